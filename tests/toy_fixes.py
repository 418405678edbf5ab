"""Two toy rules with safe fixes, for measuring the fixer alone on documents with thousands
of fixes: shared by tests/test_fixer_scale.py (behaviour) and bench/fix_scale.py (speed)."""

from __future__ import annotations

import re

from tanqih.linter.findings import Edit, Finding, Fix

LINE = "قال الوزير  إن الاتفاق مهم ، جدا."  # a double space and a space before the comma


def toy_lint(text: str) -> list[Finding]:
    """A pair of spaces becomes one, a space before a comma goes."""
    out = []
    for code, pattern, content in (("SP", "  ", " "), ("CM", " ،", "،")):
        for m in re.finditer(pattern, text):
            fix = Fix.safe(Edit(m.start(), m.end(), content))
            out.append(Finding(code, code.lower(), "m", m.start(), m.end(), fix))
    return out
