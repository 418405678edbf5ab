"""Generated docs stay current, and every rule is in the quality table."""

from __future__ import annotations

from pathlib import Path

from tanqih.linter.registry import all_rules
from tanqih.linter.ruledocs import rules_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_rules_md_is_current():
    current = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(), (
        "docs/rules.md is stale: run `uv run tanqih rules --format markdown > docs/rules.md`"
    )


def test_every_builtin_rule_is_in_docs():
    rules_md = (DOCS / "rules.md").read_text(encoding="utf-8")
    quality_md = (DOCS / "quality.md").read_text(encoding="utf-8")
    for rule in all_rules():
        if getattr(rule, "user_defined", False):
            continue
        assert f"### {rule.code} {rule.name}" in rules_md
        assert f"| {rule.code} | {rule.name} |" in quality_md, f"{rule.code} missing in quality.md"
