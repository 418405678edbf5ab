"""The linter: selected rules run over one document's shared analysis."""

from __future__ import annotations

import codecs
import dataclasses
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from tanqih.linter.analysis import Analysis
from tanqih.linter.config import Config, ConfigError
from tanqih.linter.document import Document
from tanqih.linter.findings import Applicability, Finding
from tanqih.linter.fixer import FixResult, fix_to_fixpoint
from tanqih.linter.registry import Rule, RuleError, all_rules, get_rule, select_rules


class RuleCrash(Exception):
    """A rule raised on a document: a bug in tanqih, reported with rule and document."""


def _options_by_code(config: Config) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for ref, opts in config.rules.items():
        try:
            rule = get_rule(ref)
        except RuleError as exc:
            raise ConfigError(f"[rules.{ref}]: {exc}") from None
        out.setdefault(rule.code, {}).update(opts)
    return out


class Linter:
    """Holds the rule instances for one effective config."""

    def __init__(self, config: Config | None = None, context: dict[str, Any] | None = None):
        self.config = config or Config()
        try:
            classes = select_rules(
                self.config.select, self.config.extend_select, self.config.ignore
            )
            options = _options_by_code(self.config)
            # Validate options of every configured rule, selected or not.
            for rule in all_rules():
                if rule.code in options:
                    rule(**options[rule.code])
            self.rules: list[Rule] = [cls(**options.get(cls.code, {})) for cls in classes]
            for rule in self.rules:
                rule.configure(self.config)
        except RuleError as exc:
            raise ConfigError(str(exc)) from None
        for rule in self.rules:
            rule.context = context or {}
        self._covering = frozenset(r.code for r in self.rules if r.covers)
        # A file kept in a legacy encoding (cp1256) cannot hold every fix (★ from &#9733;).
        try:
            name = codecs.lookup(self.config.encoding).name
        except LookupError:
            name = "utf-8"  # (an unknown encoding is reported when the file is read)
        self._narrow = None if name.startswith("utf") else name

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.rules]

    def ignored_codes(self, doc: Document) -> set[str]:
        """Codes switched off for this document by per-file-ignores (path globs or record ids)."""
        if not self.config.per_file_ignores:
            return set()
        out: set[str] = set()
        from tanqih.linter.discovery import per_document_ignore_matches

        path = PurePath(doc.path).as_posix()
        for pattern, codes in self.config.per_file_ignores.items():
            if per_document_ignore_matches(pattern, path, doc.id, self.config):
                for c in codes:
                    out.update(r.code for r in select_rules([c]))
        return out

    def lint(self, doc: Document) -> list[Finding]:
        analysis = Analysis(doc)
        text = doc.text
        ignored = self.ignored_codes(doc)
        findings: list[Finding] = []
        for rule in self.rules:
            if rule.code in ignored:
                continue
            trig = rule.triggers
            if trig is not None and not any(c in text for c in trig):
                continue
            try:
                findings.extend(rule.check(analysis))
            except Exception as exc:  # a rule bug must name itself and the document
                raise RuleCrash(
                    f"rule {rule.code} ({rule.name}) crashed on {doc.label}: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
        if doc.masked:
            findings = [f for f in findings if not _touches_mask(doc, f)]
        if self._covering:
            findings = _drop_covered(findings, self._covering)
        if self._narrow is not None:
            findings = [_writable(f, self._narrow) for f in findings]
        findings.sort(key=Finding.sort_key)
        return _dedupe(findings)

    def fix(self, doc: Document, unsafe: bool = False) -> FixResult:
        def lint(text: str) -> list[Finding]:
            return self.lint(dataclasses.replace(doc, text=text, _line_starts=None))

        return fix_to_fixpoint(doc.text, lint, unsafe)


def _touches_mask(doc: Document, f: Finding) -> bool:
    if doc.is_masked(f.start, f.end):
        return True
    if f.fix is not None:
        return any(doc.is_masked(e.start, max(e.end, e.start)) for e in f.fix.edits)
    return False


def _drop_covered(findings: list[Finding], covering: frozenset[str]) -> list[Finding]:
    """Drop the findings that start inside a finding of a covering rule (a quote mark or
    an invisible character that is a byte of mojibake is no finding of its own). Of two
    covering findings, the one inside the other's larger span is dropped."""
    covers = [f for f in findings if f.code in covering and f.end > f.start]
    if not covers:
        return findings

    def covered(f: Finding) -> bool:
        size = f.end - f.start if f.code in covering else -1
        return any(
            c is not f and c.start <= f.start < c.end and c.end - c.start > size for c in covers
        )

    return [f for f in findings if not covered(f)]


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple] = set()
    for f in findings:
        key = (f.code, f.start, f.end, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _writable(f: Finding, encoding: str) -> Finding:
    """A fix whose new text the file's encoding cannot hold is shown, not applied: the
    other fixes of the file are still written."""
    if f.fix is None or f.fix.applicability is Applicability.DISPLAY_ONLY:
        return f
    try:
        for e in f.fix.edits:
            e.content.encode(encoding)
    except UnicodeEncodeError:
        fix = dataclasses.replace(f.fix, applicability=Applicability.DISPLAY_ONLY)
        return dataclasses.replace(
            f, fix=fix, message=f"{f.message} (the fix cannot be written in {encoding})"
        )
    return f
