"""ENC / LAY rules beyond the YAML cases: Markdown documents and fix invariants."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tanqih.linter.config import from_mapping
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter


def _lint(code: str, text: str, path: str):
    linter = Linter(from_mapping({"select": [code]}))
    return [f for f in linter.lint(Document(text, path=path)) if f.code == code]


def test_markdown_keeps_entity_escapes_but_decodes_others():
    text = "اكتب &lt;br&gt; و&amp; في HTML، وقال &quot;نعم&quot;"
    assert len(_lint("ENC001", text, "notes.txt")) == 5
    md = _lint("ENC001", text, "notes.md")
    assert [text[f.start : f.end] for f in md] == ["&quot;", "&quot;"]


def test_markdown_inline_html_is_not_flagged():
    text = "سطر أول<br>سطر ثان <b>مهم</b>"
    assert len(_lint("ENC002", text, "a.txt")) == 3
    assert _lint("ENC002", text, "a.md") == []


def test_markdown_hard_line_break_is_kept():
    text = "سطر أول  \nسطر ثان \n"
    assert len(_lint("LAY004", text, "a.txt")) == 2
    md = _lint("LAY004", text, "a.md")
    assert [(f.start, f.end) for f in md] == [(len("سطر أول  \nسطر ثان"), len(text) - 1)]


# -- property: the whitespace / invisible / tatweel fixes never change a letter -------

WORDS = ["قال", "الوزير", "إن", "الاتفاق", "غزة", "مستمر", "CNN", "25", "لـ", "هـ", "في"]
JUNK = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u200b", "\u200c", "\u200f", "\u202b",
        "\ufeff", "\x1a", "\x0b", "\u0640", "\u0640\u0640", "،", ".", "\"", "\r\n"]  # fmt: skip
SAFE_CODES = ["ENC004", "ENC005", "ENC006", "ENC009", "LAY003", "LAY004", "LAY005"]
LETTER = re.compile("[\u0621-\u063f\u0641-\u064aA-Za-z0-9]")


def _letters(text: str) -> str:
    return "".join(LETTER.findall(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS + JUNK), min_size=1, max_size=30))
def test_safe_fixes_keep_letters_and_converge(parts):
    text = "".join(parts)
    linter = Linter(from_mapping({"select": SAFE_CODES}))
    result = linter.fix(Document(text))
    assert _letters(result.text) == _letters(text)
    assert [f for f in result.findings if f.fix is not None and f.fix.applies(False)] == []
    assert linter.fix(Document(result.text)).text == result.text


def test_markdown_indentation_is_not_flagged():
    text = "- بند أول\n    - بند فرعي\n"
    assert len(_lint("LAY005", text, "a.txt")) == 1
    assert _lint("LAY005", text, "a.md") == []
