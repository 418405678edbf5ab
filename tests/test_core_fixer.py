"""The fixer: overlap policy, fixpoint, composition of edits, convergence failure."""

from __future__ import annotations

import random

import pytest

from tanqih.linter.findings import Applicability, Edit, Finding, Fix
from tanqih.linter.fixer import FixError, _compose, apply_fixes, fix_to_fixpoint


def _f(code, *edits, appl=Applicability.SAFE):
    fix = Fix(tuple(edits), appl)
    return Finding(code, code.lower(), "m", fix.start, fix.end, fix)


def _apply(text, edits):
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: e.start] + e.content + text[e.end :]
    return text


def test_non_overlapping_fixes_apply_in_one_pass():
    text = "a , b , c"
    findings = [_f("X1", Edit(1, 2, "")), _f("X1", Edit(5, 6, ""))]
    new, applied = apply_fixes(text, findings, unsafe=False)
    assert new == "a, b, c"
    assert len(applied) == 2


def test_touching_fixes_both_apply():
    new, applied = apply_fixes(
        "abcd", [_f("X1", Edit(0, 2, "X")), _f("X2", Edit(2, 4, "Y"))], False
    )
    assert new == "XY" and len(applied) == 2


def test_overlapping_fix_waits_for_next_pass():
    new, applied = apply_fixes(
        "abcd", [_f("X1", Edit(0, 3, "X")), _f("X2", Edit(2, 4, "Y"))], False
    )
    assert new == "Xd" and [f.code for f in applied] == ["X1"]


def test_two_insertions_at_one_offset_conflict():
    new, applied = apply_fixes("ab", [_f("X1", Edit(1, 1, "1")), _f("X2", Edit(1, 1, "2"))], False)
    assert new == "a1b" and len(applied) == 1


def test_identical_fixes_from_two_rules_apply_once():
    new, applied = apply_fixes("a  b", [_f("X1", Edit(1, 2, "")), _f("X2", Edit(1, 2, ""))], False)
    assert new == "a b" and len(applied) == 2


def test_unsafe_fixes_need_opt_in():
    findings = [_f("X1", Edit(0, 1, ""), appl=Applicability.UNSAFE)]
    assert apply_fixes("ab", findings, unsafe=False)[0] == "ab"
    assert apply_fixes("ab", findings, unsafe=True)[0] == "b"
    display = [_f("X1", Edit(0, 1, ""), appl=Applicability.DISPLAY_ONLY)]
    assert apply_fixes("ab", display, unsafe=True)[0] == "ab"


def test_multi_edit_fix_is_all_or_nothing():
    blocker = _f("X0", Edit(0, 2, "Z"))
    pair = _f("X1", Edit(1, 2, "1"), Edit(4, 5, "2"))
    new, applied = apply_fixes("abcdef", [blocker, pair], False)
    assert new == "Zcdef" and [f.code for f in applied] == ["X0"]


def test_fixpoint_collapses_space_runs_and_composes_edits():
    def lint(text):
        i = text.find("  ")
        return [] if i < 0 else [_f("SP", Edit(i, i + 2, " "))]

    result = fix_to_fixpoint("a     b  c", lint)
    assert result.text == "a b c"
    assert result.passes >= 2
    assert _apply("a     b  c", [Edit(e.start, e.end, e.content) for e in result.edits]) == "a b c"
    assert all(e.code == "SP" for e in result.edits)


def test_non_converging_fix_is_an_error():
    def lint(text):  # grows forever
        return [_f("BAD", Edit(0, 0, "x"))]

    with pytest.raises(FixError):
        fix_to_fixpoint("a", lint)


def test_cycle_is_detected():
    def lint(text):
        return [_f("FLIP", Edit(0, 1, "b" if text[0] == "a" else "a"))]

    with pytest.raises(FixError):
        fix_to_fixpoint("a", lint)


def test_a_cycle_names_every_rule_in_it():
    # A -> B (pass 1, by R1), B -> A (pass 2, by R2): both rules are in the loop.
    def lint(text):
        return [_f("R1" if text[0] == "a" else "R2", Edit(0, 1, "b" if text[0] == "a" else "a"))]

    with pytest.raises(FixError, match="fixes of R1, R2 cycle"):
        fix_to_fixpoint("a", lint)


def test_compose_matches_sequential_application():
    rng = random.Random(7)
    for _ in range(2000):
        original = "".join(rng.choice("ابت ،.") for _ in range(rng.randint(0, 14)))
        text, passes = original, []
        for p in range(rng.randint(1, 3)):
            points = sorted(
                rng.sample(range(len(text) + 1), k=min(len(text) + 1, rng.randint(0, 4)))
            )
            edits = [
                Edit(
                    points[i],
                    points[i + 1] if rng.random() < 0.7 else points[i],
                    rng.choice(["", "ـ", "،،"]),
                )
                for i in range(0, len(points) - 1, 2)
            ]
            passes.append([(e, f"C{p}", "safe") for e in edits])
            text = _apply(text, edits)
        composed = _compose(original, passes)
        assert _apply(original, [Edit(e.start, e.end, e.content) for e in composed]) == text
