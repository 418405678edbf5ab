"""Walk paths, read documents, lint or fix them, write results, compute the exit status."""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tanqih.linter.config import Config, ConfigResolver
from tanqih.linter.engine import Linter
from tanqih.linter.findings import Applicability, Finding
from tanqih.linter.output.base import Formatter, Summary
from tanqih.linter.patches import atomic_writer, unified_diff
from tanqih.linter.sources import InputError, source_for


@dataclass
class RunOptions:
    fix: bool = False
    unsafe_fixes: bool | None = None  # None: take it from config
    diff: bool = False
    exit_zero: bool = False
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class FileOutcome:
    path: str
    documents: int = 0
    findings: int = 0
    fixes_applied: int = 0
    changed: bool = False
    error: str | None = None
    diff: str = ""


def iter_files(paths: Iterable[Path], warn: TextIO) -> Iterator[Path]:
    """Files to check: explicit files as given, folders walked (hidden folders skipped)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    p = Path(root) / name
                    if source_for(p) is not None and not name.startswith("."):
                        yield p
        elif path.exists() or path.is_symlink():
            if source_for(path) is None:
                warn.write(f"warning: {path}: no reader for this file type, skipped\n")
                continue
            yield path
        else:
            yield path  # reported as unreadable by the reader


def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


class Runner:
    def __init__(
        self,
        resolver: ConfigResolver,
        options: RunOptions,
        formatter: Formatter,
        err: TextIO | None = None,
        diff_out: TextIO | None = None,
    ) -> None:
        self.resolver = resolver
        self.options = options
        self.formatter = formatter
        self.err = err or sys.stderr
        self.diff_out = diff_out or sys.stdout
        self._linters: dict[int, Linter] = {}
        self.summary = Summary()
        self.codes: Counter[str] = Counter()
        self.unsafe_hint = 0

    def linter_for(self, cfg: Config) -> Linter:
        key = id(cfg)
        if key not in self._linters:
            self._linters[key] = Linter(cfg, self.options.context)
        return self._linters[key]

    def unsafe_for(self, cfg: Config) -> bool:
        if self.options.unsafe_fixes is not None:
            return self.options.unsafe_fixes
        return cfg.unsafe_fixes

    def run(self, paths: Iterable[Path]) -> int:
        self.formatter.start()
        changed_files = 0
        for path in iter_files(paths, self.err):
            outcome = self.process(path)
            self.summary.files += 1
            if outcome.error:
                self.summary.errors.append(outcome.error)
                self.err.write(f"error: {outcome.error}\n")
            if outcome.changed:
                changed_files += 1
            if outcome.diff:
                self.diff_out.write(outcome.diff)
        self.formatter.finish(self.summary)
        return self.exit_code(changed_files)

    def exit_code(self, changed_files: int) -> int:
        if self.summary.errors:
            return 2
        if self.options.exit_zero:
            return 0
        if self.summary.findings:
            return 1
        if self.options.diff and changed_files:
            return 1
        return 0

    def process(self, path: Path) -> FileOutcome:
        display = display_path(path)
        outcome = FileOutcome(display)
        cls = source_for(path)
        if cls is None:
            outcome.error = f"{display}: no reader for this file type"
            return outcome
        cfg = self.resolver.for_path(path)
        linter = self.linter_for(cfg)
        source = cls(path, cfg, display=display)
        unsafe = self.unsafe_for(cfg)
        writing = self.options.fix or self.options.diff
        try:
            if not writing:
                for record in source.records():
                    self._report(record.doc, linter.lint(record.doc), unsafe)
                    outcome.documents += 1
                return outcome
            if self.options.diff and not source.diffable:
                raise InputError(
                    display, "--diff is not available for this format; use --patch-out"
                )
            buffer = io.BytesIO()
            changed = self._fix_into(source, linter, unsafe, buffer, outcome)
            if not changed:
                return outcome
            outcome.changed = True
            data = buffer.getvalue()
            if self.options.diff:
                old = path.read_bytes()
                outcome.diff = unified_diff(
                    old.decode(cfg.encoding, errors="surrogateescape"),
                    data.decode(cfg.encoding, errors="surrogateescape"),
                    Path(display).as_posix(),
                )
            else:
                with atomic_writer(path) as fh:
                    fh.write(data)
        except InputError as exc:
            outcome.error = str(exc)
        except OSError as exc:
            outcome.error = f"{display}: cannot read: {exc.strerror or exc}"
        return outcome

    def _fix_into(self, source, linter: Linter, unsafe: bool, out, outcome: FileOutcome) -> bool:
        writer = source.writer(out)
        changed = False
        for record in source.records():
            doc = record.doc
            result = linter.fix(doc, unsafe)
            outcome.documents += 1
            new_text = result.text if result.text != doc.text else None
            if new_text is not None:
                changed = True
                self.summary.fixed += len(result.applied)
            writer.write(record, new_text)
            if new_text is not None:
                doc = type(doc)(**{**_doc_fields(doc), "text": result.text})
            self._report(doc, result.findings, unsafe)
        writer.close()
        return changed

    def _report(self, doc, findings: list[Finding], unsafe: bool) -> None:
        self.summary.documents += 1
        self.summary.findings += len(findings)
        for f in findings:
            self.codes[f.code] += 1
            if f.fix is not None:
                if f.fix.applicability is Applicability.SAFE:
                    self.summary.fixable_safe += 1
                elif f.fix.applicability is Applicability.UNSAFE:
                    self.summary.fixable_unsafe += 1
        self.formatter.document(doc, findings)


def _doc_fields(doc) -> dict:
    return {
        "text": doc.text,
        "path": doc.path,
        "record": doc.record,
        "id": doc.id,
        "field": doc.field,
        "masked": doc.masked,
        "problem": doc.problem,
    }
