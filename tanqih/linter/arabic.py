"""Arabic character classes and comparison keys.

Keys (no diacritics, no tatweel, unified hamza / alef forms) are for comparing words only,
never written into the user's text.
"""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from pyarabic import araby

# Letters of the Arabic block (no digits, punctuation, marks or tatweel), plus the
# extended letters used by Persian / Urdu that scrapers mix in.
LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = araby.TATWEEL
TASHKEEL = "".join(araby.TASHKEEL) + "\u0670"  # harakat, tanween, shadda, sukun, dagger alef
TANWEEN = "".join(araby.TANWIN)
HAMZA_FORMS = "".join(araby.HAMZAT)

# An Arabic word: starts with a letter, then letters, marks or tatweel.
WORD_RE = re.compile(f"[{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*")
ARABIC_LETTER_RE = re.compile(f"[{LETTERS}]")
HAS_ARABIC_RE = ARABIC_LETTER_RE
_MARK_RE = re.compile(f"[{MARKS}]")


def has_tanween(text: str) -> bool:
    """Does ``text`` carry a tanween (ً ٌ ٍ): a noun or an adjective with its case
    ending, never a verb?"""
    return any(ch in TANWEEN for ch in text)


def vocalisation(text: str) -> float:
    """Vowel signs and Qur'anic marks per Arabic letter of ``text`` (0.0 with no letter):
    about one on a fully vocalised verse, near none in news prose."""
    letters = len(ARABIC_LETTER_RE.findall(text))
    return len(_MARK_RE.findall(text)) / letters if letters else 0.0


# Qur'anic orthography (the Uthmani script of quoted verses): alef wasla and the small
# high and low signs. Such words keep their own spelling.
QURANIC_RE = re.compile("[\u0671\u06d6-\u06ed]")
# A quoted verse, on one line: between ornate parentheses (﴿ ... ﴾, either way round) or
# between braces, which Arabic prose uses for nothing else ({إِنَّ مَعَ الْعُسْرِ يُسْرًا}).
VERSE_RE = re.compile("[\ufd3e\ufd3f][^\ufd3e\ufd3f\n]*[\ufd3e\ufd3f]|\\{[^{}\n]*\\}")

_STRIP = {ord(c): None for c in TASHKEEL + TATWEEL}
_HAMZA_KEY = {
    **_STRIP,
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ى"): "ي",
}
_LOOSE_KEY = {**_HAMZA_KEY, ord("ة"): "ه", ord("ی"): "ي", ord("ک"): "ك"}


def strip_marks(word: str) -> str:
    """The word without diacritics and tatweel."""
    return word.translate(_STRIP)


def hamza_key(word: str) -> str:
    """Comparison key: no diacritics, alef/hamza forms unified (أ إ آ ٱ -> ا, ؤ -> و, ئ ى -> ي)."""
    return word.translate(_HAMZA_KEY)


def loose_key(word: str) -> str:
    """hamza_key plus ة -> ه and Persian look-alikes mapped to Arabic letters."""
    return word.translate(_LOOSE_KEY)


def is_arabic(text: str) -> bool:
    return ARABIC_LETTER_RE.search(text) is not None


# Proclitics that attach to a word: conjunctions, prepositions, the article.
CONJ = "وف"
PREP = "بلك"


def split_clitics(word: str) -> tuple[str, str]:
    """Split leading clitics (و ف ب ل ك ال, and لل) from a bare word: (prefix, stem).

    Conservative: a clitic is split only when at least three letters remain, so short
    words such as ولد or كل are left whole.
    """
    w = word
    prefix = ""
    if len(w) > 3 and w[0] in CONJ:
        prefix, w = w[0], w[1:]
    if len(w) > 4 and w.startswith("لل"):
        return prefix + "لل", w[2:]
    if len(w) > 3 and w[0] in PREP:
        if len(w) > 4 and w[1:3] == "ال":
            return prefix + w[:3], w[3:]
        prefix, w = prefix + w[0], w[1:]
    if len(w) > 4 and w.startswith("ال"):
        prefix, w = prefix + "ال", w[2:]
    return prefix, w
