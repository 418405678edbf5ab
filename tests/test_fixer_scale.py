"""The fixer on documents with thousands of fixes: the right text and the right edits.

Behaviour only, no timing (the speed is measured by bench/fix_scale.py).
"""

from __future__ import annotations

import re

from tanqih.linter.config import from_mapping
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter
from tanqih.linter.fixer import fix_to_fixpoint

from .toy_fixes import LINE, toy_lint


def _apply(text: str, edits) -> str:
    out, pos = [], 0
    for e in edits:  # sorted and non-overlapping, relative to text
        assert pos <= e.start <= e.end <= len(text)
        out.append(text[pos : e.start] + e.content)
        pos = e.end
    return "".join(out) + text[pos:]


def test_thousands_of_fixes_in_one_pass():
    text = (LINE + "\n") * 3000
    result = fix_to_fixpoint(text, toy_lint)
    assert result.text == text.replace("  ", " ").replace(" ،", "،")
    assert result.passes == 1
    assert len(result.applied) == 6000
    assert [f.code for f in result.applied].count("SP") == 3000
    assert len(result.edits) == 6000
    assert _apply(text, result.edits) == result.text
    assert {(e.code, e.applicability) for e in result.edits} == {("SP", "safe"), ("CM", "safe")}
    assert result.findings == []


def test_thousands_of_fixes_composed_over_passes():
    # A run of 5 spaces takes three passes (5 -> 3 -> 2 -> 1); a run of 3 spaces and a
    # comma takes two (3 spaces and the comma -> a space and the comma -> the comma).
    text = " ".join(f"كلمة{i}" + ("    " if i % 2 else "   ،") for i in range(3000))
    result = fix_to_fixpoint(text, toy_lint)
    assert result.text == re.sub(" +،", "،", re.sub(" {2,}", " ", text))
    assert result.passes == 3
    assert _apply(text, result.edits) == result.text
    # One composed edit per run of spaces, relative to the original text.
    runs = list(re.finditer(" {2,}،?", text))
    assert [(e.start, e.end) for e in result.edits] == [(m.start(), m.end()) for m in runs]
    assert {e.code for e in result.edits} == {"SP", "CM,SP"}
    assert fix_to_fixpoint(result.text, toy_lint).passes == 0


def test_real_rules_fix_a_long_document_and_a_long_line():
    linter = Linter(from_mapping({"select": ["LAY003", "PUN001"]}))
    for text in ((LINE + "\n") * 2000, " ".join([LINE] * 2000)):
        result = linter.fix(Document(text))
        assert result.text == text.replace("  ", " ").replace(" ،", "،")
        assert len(result.applied) == 4000
        assert _apply(text, result.edits) == result.text
        assert linter.fix(Document(result.text)).text == result.text
