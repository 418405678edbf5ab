"""Rule registry: metadata and docs of every rule, and ruff-style selection."""

from __future__ import annotations

import re

import pytest

from tanqih.linter.registry import FAMILIES, RuleError, all_rules, get_rule, select_rules

SECTIONS = (
    "**What it does**",
    "**Why is this bad?**",
    "**Example**",
    "**Use instead**",
    "**Fix safety**",
)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_metadata_and_docs(rule):
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert FAMILIES.get(rule.code[:3]) == rule.family
    assert rule.fix in ("none", "safe", "unsafe", "sometimes")
    doc = rule.doc()
    assert doc.split("\n", 1)[0].strip(), "first docstring line is the summary"
    for section in SECTIONS:
        assert section in doc, f"{rule.code} docstring lacks {section}"
    if rule.options:
        assert "**Options**" in doc or all(o.help for o in rule.options.values())


def test_names_are_unique():
    names = [r.name for r in all_rules()]
    assert len(names) == len(set(names))


def test_default_selection_is_the_default_rules():
    assert {r.code for r in select_rules()} == {r.code for r in all_rules() if r.default}


def test_all_selects_every_rule():
    assert select_rules(["ALL"]) == all_rules()


def test_select_by_code_prefix_name_family():
    assert [r.code for r in select_rules(["PUN001"])] == ["PUN001"]
    assert "PUN001" in [r.code for r in select_rules(["PUN"])]
    assert [r.code for r in select_rules(["space-before-punctuation"])] == ["PUN001"]
    assert "PUN001" in [r.code for r in select_rules(["punctuation"])]


def test_most_specific_selector_wins():
    # ignore a family but re-select one code of it: the code is more specific
    chosen = {r.code for r in select_rules(["ALL"], ignore=["PUN"], extend_select=["PUN001"])}
    assert "PUN001" in chosen
    chosen = {r.code for r in select_rules(["PUN"], ignore=["PUN001"])}
    assert "PUN001" not in chosen
    # equal specificity: ignore wins
    assert select_rules(["PUN001"], ignore=["PUN001"]) == []


def test_default_off_rule_needs_explicit_selection():
    from tanqih.linter import registry

    class OptIn(registry.Rule):
        """Test rule."""

        code = "ZZT901"
        name = "zz-test-opt-in"
        family = "zz-test"
        default = False

    registry.FAMILIES["ZZT"] = "zz-test"
    try:
        assert OptIn not in select_rules()
        assert OptIn in select_rules(extend_select=["ZZT901"])
        assert OptIn in select_rules(extend_select=["zz-test-opt-in"])
        assert OptIn in select_rules(["ALL"])
    finally:
        del registry._REGISTRY["ZZT901"]
        del registry.FAMILIES["ZZT"]


def test_unknown_selector_is_an_error():
    with pytest.raises(RuleError):
        select_rules(["XYZ"])
    with pytest.raises(RuleError):
        get_rule("no-such-rule")


def test_rule_options_are_validated():
    from tanqih.linter.config import ConfigError, from_mapping
    from tanqih.linter.engine import Linter

    with pytest.raises(ConfigError, match="unknown option"):
        Linter(from_mapping({"rules": {"PUN001": {"no-such-option": 1}}}))
    with pytest.raises(ConfigError, match="unknown rule"):
        Linter(from_mapping({"rules": {"ZZZ999": {}}}))
