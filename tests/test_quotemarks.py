"""Quote-mark detection and pairing (tanqih.linter.quotemarks) and the QUO family together."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tanqih import fix_text, lint_text
from tanqih.linter.analysis import Analysis
from tanqih.linter.document import Document
from tanqih.linter.quotemarks import CLOSE, CURLY, GUILLEMETS, OPEN, STRAIGHT

QUO = {"select": ["QUO"]}


def quotes(text: str):
    return Analysis(Document(text)).quotes


def mark_at(q, text: str, needle: str, occurrence: int = 0):
    """The mark at the first character of the ``occurrence``-th ``needle`` in text."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(needle, pos + 1)
    return next(m for m in q.marks if m.pos == pos)


def codes(text: str, config=None) -> list[str]:
    return [f.code for f in lint_text(text, config or QUO)]


# -- pairing ------------------------------------------------------------------------------
def test_pairs_per_style_with_partners():
    text = 'قال إن “الاتفاق مهم” و«التعاون مستمر» و"الزيارة ناجحة".'
    q = quotes(text)
    assert [p.style for p in q.pairs] == [CURLY, GUILLEMETS, STRAIGHT]
    for p in q.pairs:
        assert p.open.partner is p.close and p.close.partner is p.open
        assert p.open.role == OPEN and p.close.role == CLOSE
        assert not p.mixed
    assert q.style_counts() == {CURLY: 1, GUILLEMETS: 1, STRAIGHT: 1}
    assert q.unmatched == [] and q.misdirected == []


def test_straight_marks_pair_by_alternation():
    text = 'قال "نعم" ثم قال "لا" ثم "ربما".'
    q = quotes(text)
    assert [(text[p.open.end : p.close.pos]) for p in q.pairs] == ["نعم", "لا", "ربما"]


def test_nested_curly_quotation():
    text = "قال “إن ما يسمى “الحل” مرفوض” ثم غادر."
    q = quotes(text)
    inner = mark_at(q, text, "“", 1)
    assert inner.partner is mark_at(q, text, "”", 0)
    assert mark_at(q, text, "“", 0).partner is mark_at(q, text, "”", 1)


def test_context_directions():
    text = "قال “نعم”، ثم “لا “. و”كذا"
    q = quotes(text)
    assert mark_at(q, text, "“", 0).context == OPEN  # space before, letter after
    assert mark_at(q, text, "”", 0).context == CLOSE  # letter before, comma after
    assert mark_at(q, text, "“", 2).context == CLOSE  # space before, full stop after
    assert mark_at(q, text, "”", 1).context == OPEN  # after the clitic و


def test_seed_misdirected_mark_is_flipped_and_sure():
    text = "وأوضح أن “الاتفاق يسمح، لكن وفقا لمصالح اسرائيل الخاصة “."
    q = quotes(text)
    m = mark_at(q, text, "“", 1)
    assert m.flipped and m.role == CLOSE and not m.ambiguous
    assert m.partner is mark_at(q, text, "“", 0)
    assert q.unmatched == []


def test_unmatched_mark_chosen_by_context():
    text = 'سقطت صواريخ في "ديشون" ومستوطنة "دان، و"شنير" في الشمال.'
    q = quotes(text)
    assert [text[m.pos : m.pos + 4] for m in q.unmatched] == ['"دان']


def test_ambiguous_unmatched_is_marked():
    # Either opening mark may be the one left open.
    text = "قال “نعم ثم قال “لا” وانصرف."
    q = quotes(text)
    (m,) = q.unmatched
    assert m.ambiguous


def test_double_prime_after_number_closes():
    text = "التحديث مجاني لنظامي “ويندوز 7″ و”ويندوز 8″، حيث سيتم التنبيه."
    q = quotes(text)
    assert len(q.pairs) == 2
    assert len(q.misdirected) == 3
    assert all(not m.ambiguous for m in q.misdirected)


def test_double_prime_alone_is_not_a_quote():
    q = quotes("سجل العداء زمنا قدره 9″ في السباق.")
    assert q.marks == [] and q.pairs == []


def test_mixed_style_pair():
    text = 'قال: "إن المبادرة جاءت لتضيف الكثير»، وأكد أن "العمل مستمر".'
    q = quotes(text)
    mixed = [p for p in q.pairs if p.mixed]
    assert len(mixed) == 1
    assert mixed[0].open.char == '"' and mixed[0].close.char == "»"
    assert not mixed[0].open.ambiguous and q.unmatched == []


# -- what is left out -----------------------------------------------------------------------
def test_latin_passage_marks_are_ignored():
    text = 'قال الوزير كلاما واضحا.\nThe report of the committee says "final and done today.'
    q = quotes(text)
    assert [m.ignored for m in q.marks] == ["latin"]
    assert q.unmatched == []


def test_quoted_latin_inside_arabic_is_paired():
    text = 'أنهما "كانا مسلحين ببندقيتي M16".'
    assert len(quotes(text).pairs) == 1


def test_inch_mark_is_ignored():
    q = quotes('اشترى شاشة مقاس 55" من المتجر.')
    assert [m.ignored for m in q.marks] == ["inch"]


def test_orphan_run_marks_are_ignored():
    text = "أن “العلاقات لا تقوم على مبيعات الأسلحة، بل على الأمن”. . “"
    q = quotes(text)
    assert mark_at(q, text, "“", 1).ignored == "orphan-run"
    assert len(q.pairs) == 1 and q.unmatched == []


def test_stray_fragment_closing_mark_is_left_to_fragment_rule():
    text = "قائلاً: “نحن في خضم حدث غير مسبوق”. حدث.”"
    q = quotes(text)
    assert mark_at(q, text, "”", 1).ignored == "fragment"
    assert q.unmatched == []


def test_news_style_continuation():
    text = 'وقال في بيانه: "إن الحكومة ماضية.\n"ونحن نعمل مع الشركاء.\n"وسنعلن النتائج قريبا".'
    q = quotes(text)
    assert q.unmatched == []
    assert sum(m.continued for m in q.marks) == 2


def test_quotation_spanning_paragraphs_without_marks_between():
    text = "قال في رسالته:\n“أبنائي الأعزاء، السلام عليكم.\nأوصيكم بالصبر، والسلام عليكم”.\nانتهى."
    assert quotes(text).unmatched == []


def test_far_apart_marks_are_not_one_quotation():
    # (a speech quoted whole may run over up to SPAN_LIMIT paragraphs: twelve)
    paras = ["قال إن “الأمر انتهى."] + ["فقرة بلا علامات."] * 13 + ["والسلام”."]
    assert len(quotes("\n".join(paras)).unmatched) == 2


# -- the rules together ---------------------------------------------------------------------
def test_one_problem_one_finding_in_the_seed_sentence():
    text = "وأوضح أن “الاتفاق يسمح، لكن وفقا لمصالح اسرائيل الخاصة “."
    findings = lint_text(text, QUO)
    assert [f.code for f in findings] == ["QUO002"]
    f = findings[0]
    assert text[f.start : f.end] == " “"
    fixed, remaining = fix_text(text, QUO)
    assert fixed == "وأوضح أن “الاتفاق يسمح، لكن وفقا لمصالح اسرائيل الخاصة”."
    assert remaining == []


def test_seed_article_quote_findings():
    from pathlib import Path

    seed = Path(__file__).parents[1] / "seeds" / "000_ec3ffd30b3365593.txt"
    text = seed.read_text(encoding="utf-8")
    findings = lint_text(text, QUO)
    assert [f.code for f in findings] == ["QUO002"]
    assert text[findings[0].start : findings[0].end] == " “"


def test_fix_all_quote_rules_converges_to_clean_text():
    text = (
        'قال إن « الاتفاق مهم «، وأضاف أن «التعاون مستمر» و"الزيارة ناجحة".\n'
        "وتابع: »شاهد وشهيد» ثم « النهاية »."
    )
    fixed, remaining = fix_text(text, QUO)
    assert fixed == (
        "قال إن «الاتفاق مهم»، وأضاف أن «التعاون مستمر» و«الزيارة ناجحة».\n"
        "وتابع: «شاهد وشهيد» ثم «النهاية»."
    )
    assert remaining == []


def test_preferred_option_is_validated():
    import pytest

    from tanqih.linter.config import ConfigError

    with pytest.raises(ConfigError):
        lint_text("قال «نعم».", {"select": ["QUO001"], "rules": {"QUO001": {"preferred": "x"}}})


# -- properties -----------------------------------------------------------------------------
PIECES = [
    "قال", "الوزير", "و", "لـ", "نعم", "لا", "الاتفاق", "M16", "PSP", "10", "2023", ".", "،",
    ":", "..", "“", "”", "«", "»", '"', "″", "„", " ", "  ", "\n", "\u00a0", "(", ")",
]  # fmt: skip
quote_text = st.lists(st.sampled_from(PIECES), max_size=50).map(
    lambda parts: "".join(p if p in '“”«»"″„' else " " + p for p in parts)
)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(quote_text)
def test_pairs_are_well_formed(text):
    q = quotes(text)
    for p in q.pairs:
        assert p.open.pos < p.close.pos
        assert p.open.partner is p.close and p.close.partner is p.open
        assert p.open.paragraph == p.close.paragraph
        assert "\n" not in text[p.open.pos : p.close.pos]
        assert p.open.ignored is None and p.close.ignored is None
    for m in q.marks:
        assert (m.role is None) == (m.partner is None)
        if m.ignored is not None:
            assert m.role is None
    # same-style pairs nest properly (no crossing)
    for style in (CURLY, GUILLEMETS, STRAIGHT):
        spans = [(p.start, p.end) for p in q.pairs if not p.mixed and p.style == style]
        for a, b in spans:
            for c, d in spans:
                assert not (a < c < b < d)


@SETTINGS
@given(quote_text)
def test_quote_fixes_converge_and_are_idempotent(text):
    fixed, _ = fix_text(text, QUO)
    again, _ = fix_text(fixed, QUO)
    assert again == fixed
    remaining = [f for f in lint_text(fixed, QUO) if f.fixable]
    assert remaining == [], [(f.code, f.message) for f in remaining]


def test_masked_marks_are_not_quote_marks():
    text = 'قال الوزير إن "الاتفاق مهم" وكتب `x = "a` في الشيفرة.'
    code = text.index("`")
    doc = Document(text, path="t.md", masked=[(code, text.index("`", code + 1) + 1)])
    q = Analysis(doc).quotes
    assert len(q.marks) == 2 and q.unmatched == []
