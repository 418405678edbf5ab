"""Property tests (hypothesis) over every rule: no crash, edits stay at their finding,
fixing is idempotent and converges, safe fixes keep the Arabic letters."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tanqih import fix_text, lint_text
from tanqih.linter.config import Config
from tanqih.linter.findings import Applicability
from tanqih.linter.registry import all_rules

ALL = Config(select=["ALL"])

WORDS = [
    "قال", "الوزير", "إسرائيل", "اسرائيل", "وفقًا", "وفقا", "قائلاً", "بلطي", "بالطي",
    "على", "علي", "كتب", "كاتب", "الاحـــتـلال", "لـ", "هـ", "د.", "أ.ف.ب", "إلخ.", "بلد.",
    "أيام مضت.", "حدث.”", "”. . “", "..", "...", "،", "؛", "؟", ",", "?", ";", "«", "»", "“",
    "”", '"', "(", ")", "-", "–", ":", "!", "&quot;", "&amp;", "<br>", "</p>", "ط§ظ„",
    "Ø§Ù„", "\u00a0", "\u200b", "\u200f", "\u202b", "\ufeff", "\x07", "ﻻ", "ی", "ک", "2023",
    "٢٠٢٣", "https://t.co/x", "@user", "#وسم", "pic.twitter.com/a", "واس", "- سبق-",
    "اقرأ أيضاً", "Next Previous", "\n", "\r\n", " ", "  ", "\t",
    "﴿", "﴾", "{", "}", "ٱللَّهِ", "??", "???", "\ufffd", "\u200c", "الرئيسية »",
    "للمزيد اضغط هنا", "(رويترز) -", "دبي،", "مبروك.", "الأول.", "الثاني", "0 تعليق",
    "* كاتب", "وسائل", "اعلام", "إعلام", "   ",
]  # fmt: skip

ARABIC_CHARS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْ"
arabic_heavy = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet=ARABIC_CHARS + ' .،\n“”"«»', min_size=1, max_size=12),
    ),
    max_size=60,
).map(lambda parts: " ".join(parts))
any_text = st.one_of(arabic_heavy, st.text(max_size=200))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ENC008's look-alikes (ی ک ڪ ہ ھ ە ۃ) and their Arabic letters count as the same letter.
PERSIAN = str.maketrans(
    {"ی": "ي", "ک": "ك", "ڪ": "ك", "ى": "ي", "ہ": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه", "ۃ": "ة"}
)
# Rules whose safe fix repairs encoding debris INTO letters (mojibake): the letters of the
# debris are not the article's words, so they are exempt from the letter invariant.
ENCODING_REPAIR = {r.code for r in all_rules() if "mojibake" in r.name}


def arabic_letters(text: str) -> str:
    norm = unicodedata.normalize("NFKC", text).translate(PERSIAN)
    return "".join(
        ch
        for ch in norm
        # (U+061C ARABIC LETTER MARK is a bidi control, category Cf, not a letter)
        if "ARABIC LETTER" in unicodedata.name(ch, "") and unicodedata.category(ch) != "Cf"
    )


@SETTINGS
@given(any_text)
def test_no_rule_raises_and_spans_are_valid(text):
    for f in lint_text(text, ALL):
        assert 0 <= f.start <= f.end <= len(text), f
        if f.fix is not None:
            assert f.fix.edits, f
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)
                # every edit lies inside or touches its finding's span
                assert f.start <= e.end and e.start <= f.end, (f.code, f.start, f.end, e)


@SETTINGS
@given(any_text, st.booleans())
def test_fixing_is_idempotent_and_leaves_nothing_fixable(text, unsafe):
    fixed, remaining = fix_text(text, ALL, unsafe=unsafe)
    again, _ = fix_text(fixed, ALL, unsafe=unsafe)
    assert again == fixed
    for f in remaining:
        assert f.fix is None or not f.fix.applies(unsafe), (f.code, f.message)


@SETTINGS
@given(any_text)
@example("ـ")  # a line of tatweel alone crashed BLP001's shape check (empty once stripped)
def test_safe_fixes_keep_the_arabic_letters(text):
    for f in lint_text(text, ALL):
        if f.fix is None or f.fix.applicability is not Applicability.SAFE:
            continue
        if f.code in ENCODING_REPAIR:
            continue
        out = []
        pos = 0
        for e in f.fix.edits:
            out.append(text[pos : e.start])
            out.append(e.content)
            pos = e.end
        out.append(text[pos:])
        assert arabic_letters("".join(out)) == arabic_letters(text), (f.code, f.message)
