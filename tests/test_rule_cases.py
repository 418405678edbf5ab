"""Run every rule's YAML cases (tests/rules/<CODE>.yml), as sqlfluff does.

A case has ``pass`` (text the rule must not flag) or ``fail`` (text it must flag) with an
optional ``fix`` (the text after fixing with only this rule; it must itself pass the rule,
and fixing must be idempotent) and ``violations`` (how many findings). ``unsafe: true``
applies unsafe fixes; ``options`` are the rule's options; ``config`` any other config keys.
A ``fail`` case without ``fix`` must change nothing when fixed. ``corpus`` (a list of
texts) gives the rule corpus counts, as ``tanqih check --corpus`` over those texts and the
case's own text would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tanqih import Linter
from tanqih.linter.config import from_mapping
from tanqih.linter.corpus import CorpusTable, UnitCounter
from tanqih.linter.document import Document
from tanqih.linter.registry import all_rules, get_rule

CASES_DIR = Path(__file__).parent / "rules"


def _load():
    for path in sorted(CASES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        code = data["rule"]
        for i, case in enumerate(data["cases"]):
            yield pytest.param(code, case, id=f"{code}-{case.get('name', i)}")


def _config(code, case):
    data = dict(case.get("config", {}))
    data["select"] = [code]
    if "options" in case:
        data["rules"] = {code: case["options"]}
    return from_mapping(data)


def test_every_rule_has_cases():
    have = {p.stem for p in CASES_DIR.glob("*.yml")}
    missing = [
        r.code
        for r in all_rules()
        if r.code not in have and r.code != "INP001" and not getattr(r, "user_defined", False)
    ]
    assert not missing, f"rules without YAML cases: {missing}"


def _linter(cfg, case) -> Linter:
    if "corpus" not in case:
        return Linter(cfg)
    counter = UnitCounter(min_documents=2, words=True)
    for text in [*case["corpus"], case.get("pass", case.get("fail"))]:
        counter.add_text(text)
    table = CorpusTable(counter.counts(), counter.documents, 2, words=True)
    return Linter(cfg, {"corpus": table})


@pytest.mark.parametrize(("code", "case"), list(_load()))
def test_rule_case(code, case):
    cfg = _config(code, case)  # first: a case's config may declare the rule (USR)
    get_rule(code)  # the rule exists
    linter = _linter(cfg, case)

    def lint(text):
        return linter.lint(Document(text))

    def fix(text, unsafe):
        return linter.fix(Document(text), unsafe=unsafe).text

    mine = lambda fs: [f for f in fs if f.code == code]  # noqa: E731
    if "pass" in case:
        found = mine(lint(case["pass"]))
        assert found == [], f"unexpected findings: {[(f.start, f.end, f.message) for f in found]}"
        return
    text = case["fail"]
    found = mine(lint(text))
    assert found, "expected at least one finding"
    if "violations" in case:
        assert len(found) == case["violations"], [(f.start, f.end, f.message) for f in found]
    if "message" in case:  # words the message must hold (what a corpus editor reads)
        assert any(case["message"] in f.message for f in found), [f.message for f in found]
    for f in found:
        assert 0 <= f.start <= f.end <= len(text)
        if f.fix is not None:
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)
    unsafe = bool(case.get("unsafe", False))
    fixed = fix(text, unsafe)
    if "fix" in case:
        assert fixed == case["fix"]
        assert mine(lint(fixed)) == [] or case.get("fix_may_flag"), "fixed text still flagged"
        again = fix(fixed, unsafe)
        assert again == fixed, "fixing is not idempotent"
    else:
        assert fixed == text, "a case without 'fix' must not be changed by fixing"
