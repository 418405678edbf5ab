"""Adversarial inputs shared by tests/test_hostile.py (correctness) and
bench/adversarial.py (growth timing)."""

from __future__ import annotations


def adversarial(n: int) -> dict[str, str]:
    """Hostile texts of about ``n`` code points each."""
    return {
        "one-line": ("قال الوزير ، إن الاتفاق “مهم” . " * (n // 30 + 1))[:n],
        "quotes": "“" * n,
        "mixed-quotes": ('“”"«»' * (n // 5 + 1))[:n],
        "periods": "." * n,
        "dot-space": ". " * (n // 2),
        "brackets": "(" * (n // 2) + ")" * (n // 2),
        "commas": "،" * n,
        "spaces": "ا" + " " * n + "ب",
        "tatweel": "ا" + "ـ" * n + "ب",
        "one-word": "ب" * n,
        "short-sentences": "بلد. " * (n // 5),
        "lines": "بلد.\n" * (n // 5),
        "entities": "&amp;" * (n // 5),
        "tags": "<" * n,
        "nul": "\x00" * n,
        "repeated-paragraph": ("قال الوزير إن الاتفاق مهم جدا للبلدين.\n" * (n // 38 + 1))[:n],
        "hashtags": "#وسم " * (n // 5),
        "urls": "https://t.co/a " * (n // 15),
        # a long run of Western digits after a 0, in text with Arabic-Indic ones (LAY002's
        # number to dial must not backtrack over it), and the same run spaced
        "digit-run": "٣ 0" + "1" * max(n - 6, 1) + ".5",
        "spaced-digits": "٣ 0" + " 1" * (n // 2) + ".5",
    }
