"""Walk paths, read documents, lint or fix them, write results, compute the exit status."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tanqih.linter import parallel
from tanqih.linter.config import Config, ConfigError, ConfigResolver
from tanqih.linter.discovery import iter_files
from tanqih.linter.engine import Linter
from tanqih.linter.findings import Applicability, Finding
from tanqih.linter.fixer import FixError
from tanqih.linter.output.base import Formatter, Summary
from tanqih.linter.patches import ConcurrentChange, Snapshot, atomic_writer, unified_diff
from tanqih.linter.patchstream import patch_line
from tanqih.linter.progress import RunStats
from tanqih.linter.sources import InputError, source_for
from tanqih.linter.sources.base import SkipFile, looks_binary


@dataclass
class RunOptions:
    fix: bool = False
    unsafe_fixes: bool | None = None  # None: take it from config
    diff: bool = False
    exit_zero: bool = False
    context: dict[str, Any] = field(default_factory=dict)
    # CI layer (issue 4): see tanqih.linter.baseline / cache / discovery.
    baseline: Any = None  # Baseline: hides recorded findings, records for --write-baseline
    cache: Any = None  # Cache: per-document results keyed by content + config + version
    force_exclude: bool | None = None  # exclude applies to explicitly named files too
    exit_non_zero_on_fix: bool = False
    stdin_filename: str | None = None  # the one path is a temp copy of stdin named so
    # Corpus cleanup (issue 5): see tanqih.linter.parallel / patchstream / progress.
    jobs: int = 1  # worker processes (files and chunks of big JSONL files in parallel)
    output_dir: Path | None = None  # write fixed copies there (same layout) instead of in place
    chunk_bytes: int | None = parallel.CHUNK_BYTES  # cut plain JSONL bigger than this
    # Corpus-level rules (issue 3): count over the inputs first, or read a saved table.
    corpus: bool = False
    corpus_table: Path | None = None


@dataclass
class FileOutcome:
    path: str
    documents: int = 0
    findings: int = 0
    fixes_applied: int = 0
    fixed_codes: Counter = field(default_factory=Counter)  # of the fixes applied
    docs_changed: int = 0
    unsafe_fixes: int = 0
    changed: bool = False
    error: str | None = None
    diff: str = ""
    part: Path | None = None  # a chunk's fixed bytes, assembled by the parent in order
    bytes: int = 0  # input bytes of a chunked file (summed over its chunks)


def check_readable(path: Path, display: str, cls) -> None:
    """Refuse what must not be opened as a text file: FIFOs and devices (which would block
    or never end) are skipped with a warning, binary text files too (NUL in the first 8 KB,
    as git decides); a folder named like a file is an error."""
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise InputError(display, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise SkipFile(display, "not a regular file (FIFO, socket or device)")
    if cls.sniff_binary and looks_binary(path):
        raise SkipFile(display, "binary file (NUL bytes in its first 8 KB)")


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
        self.fixed_by_file: dict[str, Counter[str]] = {}  # for --show-fixes
        self.unsafe_hint = 0
        self.stats = RunStats()  # cleanup figures for `tanqih fix`'s summary table
        self.progress: Any = None  # a progress.ProgressBar when drawing on a terminal
        self.patch_sink: Any = None  # a text stream for --patch-out (one JSON line a fix)
        # Fixes made in files that then failed (a malformed line further on): not written.
        self.unapplied_fixes = 0
        self.unapplied_files = 0

    # Counters a worker process (--jobs) starts afresh and the parent adds back; a layer
    # that counts outside ``_report`` lists its attribute here. ``_report`` itself always
    # runs in the parent, in input order.
    merged_state: tuple[str, ...] = ("summary", "codes", "fixed_by_file", "stats", "unsafe_hint")

    def linter_for(self, cfg: Config) -> Linter:
        key = id(cfg)
        if key not in self._linters:
            self._linters[key] = Linter(cfg, self.options.context)
        return self._linters[key]

    def unsafe_for(self, cfg: Config) -> bool:
        if self.options.unsafe_fixes is not None:
            return self.options.unsafe_fixes
        return cfg.unsafe_fixes

    def files(self, paths: Iterable[Path]):
        """(file, the path argument it was found under) for every file to check, each file
        once (where it is first met: ``check a.txt ./a.txt`` or ``check in in/a.txt``)."""
        out = self.options.output_dir.resolve() if self.options.output_dir else None
        targets: dict[Path, Path] = {}  # --output-dir: target -> the file written there
        seen: set[str] = set()
        for root in paths:
            skipped: list[Path] | None = [] if out is not None and root.is_dir() else None
            for path in iter_files(
                [root], self.resolver, self.err, self.options.force_exclude, seen, skipped
            ):
                if out is not None:
                    real = path.resolve()
                    if real.is_relative_to(out):
                        continue  # --output-dir inside the input folder: never re-read it
                    target = parallel.target_for(path, root, self.options.output_dir).resolve()
                    other = targets.get(target)
                    if other is None:
                        targets[target] = real
                    elif other == real:
                        continue  # the same file named twice: written once
                    else:
                        # Two inputs with one relative name (a.txt and x/a.txt given as
                        # arguments, or two folders holding a.txt): the second would
                        # overwrite the first's fixed copy.
                        msg = (
                            f"{display_path(path)}: its fixed copy would overwrite that of "
                            f"{display_path(other)} ({display_path(target)}); not written "
                            "(--output-dir keeps the layout below each path argument: "
                            "give their common folder instead)"
                        )
                        self.summary.errors.append(msg)
                        self.err.write(f"error: {msg}\n")
                        continue
                yield path, root
            if skipped:
                self._warn_not_copied(root, skipped, out)

    def _warn_not_copied(self, root: Path, skipped: list[Path], out: Path) -> None:
        """--output-dir writes the files it checks, nothing else: say in one line what a
        folder walk passed over (other file types, hidden, excluded or ignored entries)."""
        names = []
        folders = 0
        for p in skipped:
            if p.resolve() == out or p.resolve().is_relative_to(out):
                continue  # the output folder itself, inside the input folder
            is_dir = p.is_dir() and not p.is_symlink()
            folders += is_dir
            names.append(Path(os.path.relpath(p, root)).as_posix() + ("/" if is_dir else ""))
        if not names:
            return
        names.sort()
        files = len(names) - folders
        counts = []
        if files:
            counts.append(f"{files} file{'s' if files != 1 else ''}")
        if folders:
            counts.append(f"{folders} folder{'s' if folders != 1 else ''}")
        shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
        self.err.write(
            f"warning: {' and '.join(counts)} under {display_path(root)}/ "
            f"{'were' if len(names) > 1 else 'was'} not checked and not copied to "
            f"{display_path(self.options.output_dir)}/ (not a text input: other file "
            f"type, hidden, excluded or ignored): {shown}\n"
        )

    def _check_output_dir(self, paths: list[Path]) -> None:
        """--output-dir must not be an input, nor hold one: the fixed copies would land
        on or among the inputs (and the walk skips the output folder: nothing would be
        fixed). An output folder inside an input folder is fine: the walk skips it."""
        if self.options.output_dir is None:
            return
        out = self.options.output_dir.resolve()
        for p in paths:
            real = p.resolve()
            if real == out or real.is_relative_to(out):
                what = "is the input folder" if real == out else "contains the input"
                raise ConfigError(
                    f"--output-dir {display_path(self.options.output_dir)} {what} "
                    f"{display_path(p)}: to fix in place, leave out --output-dir; otherwise "
                    "give a folder outside the inputs"
                )

    def run(self, paths: Iterable[Path]) -> int:
        paths = list(paths)
        self._check_output_dir(paths)
        if self.options.corpus or self.options.corpus_table is not None:
            from tanqih.linter.corpus import corpus_context

            self.options.context.update(
                corpus_context(
                    paths,
                    self.resolver,
                    self.options.corpus,
                    self.options.corpus_table,
                    self.err,
                )
            )
            # Cached results do not know the corpus counts: recompute every document.
            self.options.cache = None
        self.formatter.start()
        changed_files = 0
        jobs = max(1, self.options.jobs or 1)
        # A diff is made of whole files: --diff never cuts a file into chunks.
        chunk_bytes = None if self.options.diff else self.options.chunk_bytes
        units = parallel.plan_units(self.files(paths), chunk_bytes, jobs)
        if self.progress is not None:
            units = list(units)
            self.progress.start(sum(u.size for u in units))
        pending: dict = {}  # a chunked file being assembled: outcome, parts, snapshot
        self._chunk_snapshots: dict = {}
        try:
            for unit, result in parallel.execute(self, self._snapshots(units), jobs):
                chunk = unit.chunk
                if self.progress is not None:
                    self.progress.tick(unit.size)
                if chunk is None:
                    parallel.replay(self, result)
                    outcome = result.outcome
                else:
                    outcome = self._assemble(unit, result, pending)
                    if outcome is None:
                        continue
                self.stats.bytes += unit.size if chunk is None else outcome.bytes
                self.summary.files += 1
                if outcome.error:
                    self._uncount_fixes(outcome)
                    self.summary.errors.append(outcome.error)
                    self.err.write(f"error: {outcome.error}\n")
                if outcome.changed:
                    changed_files += 1
                if outcome.diff:
                    self.diff_out.write(outcome.diff)
        finally:
            for state in pending.values():
                parallel.discard_parts(state["parts"])
            if self.progress is not None:
                self.progress.stop()
        if self.summary.files == 0 and not self.summary.errors:
            # (as ruff does: an empty folder, or one without text files, is no error)
            shown = ", ".join(display_path(Path(p)) for p in paths)
            self.err.write(f"warning: no files to check under {shown}\n")
        self.formatter.finish(self.summary)
        return self.exit_code(changed_files)

    def _snapshots(self, units):
        """Note each chunked file's state before its first chunk is read (for the write)."""
        for unit in units:
            if unit.chunk is not None and unit.chunk.index == 0 and self.options.fix:
                try:
                    self._chunk_snapshots[unit.path] = Snapshot.of(unit.path)
                except OSError:
                    pass
            yield unit

    def _assemble(self, unit, result, pending: dict):
        """Fold the chunks of one file into one outcome; write the file after the last."""
        chunk = unit.chunk
        state = pending.get(unit.path)
        if state is None:
            state = pending[unit.path] = {"outcome": None, "parts": [], "failed": False}
        out = result.outcome
        if result.outcome.part is not None:
            state["parts"].append(result.outcome.part)
        if not state["failed"]:
            parallel.replay(self, result)
            if state["outcome"] is None:
                state["outcome"] = out
                out.bytes = 0
            else:
                acc = state["outcome"]
                acc.documents += out.documents
                acc.findings += out.findings
                acc.fixes_applied += out.fixes_applied
                acc.fixed_codes.update(out.fixed_codes)
                acc.docs_changed += out.docs_changed
                acc.unsafe_fixes += out.unsafe_fixes
                acc.changed = acc.changed or out.changed
                acc.error = out.error
            state["outcome"].bytes += unit.size
            if out.error:
                state["failed"] = True
        if not chunk.last:
            return None
        del pending[unit.path]
        outcome = state["outcome"]
        parts = state["parts"]
        snapshot = self._chunk_snapshots.pop(unit.path, None)
        if outcome.error or not self.options.fix or self.options.diff:
            parallel.discard_parts(parts)
            return outcome
        target = parallel.target_for(unit.path, unit.root, self.options.output_dir)
        try:
            if outcome.changed:
                expect = snapshot if parallel.in_place(target, unit.path) else None
                parallel.commit(parts, target, unit.path, expect=expect)
                self.stats.files_written += 1
            else:
                parallel.discard_parts(parts)
                if self.options.output_dir is not None:
                    parallel.copy_unchanged(unit.path, target)
                    self.stats.files_written += 1
        except ConcurrentChange:
            self.err.write(f"warning: {outcome.path}: changed on disk while fixing; not written\n")
        except OSError as exc:
            outcome.error = f"{outcome.path}: cannot write: {exc.strerror or exc}"
        return outcome

    def _uncount_fixes(self, outcome: FileOutcome) -> None:
        """Nothing of a file that failed is written: take its fixes out of the counts
        (the summary, ``tanqih fix``'s table, --show-fixes)."""
        if not outcome.fixes_applied:
            return
        # Say so: the findings those fixes were for are still in the file, and neither
        # the list (it shows what is left after fixing) nor the counts would show them.
        n = outcome.fixes_applied
        if self.options.fix and not self.options.diff:
            fixes = f"{n} fix{'es' if n != 1 else ''} not applied"
            if "left unchanged" in outcome.error:
                outcome.error += f" ({fixes})"
            else:
                outcome.error += f" (file left unchanged: {fixes})"
            self.unapplied_fixes += n
            self.unapplied_files += 1
        self.summary.fixed -= outcome.fixes_applied
        self.stats.documents_changed -= outcome.docs_changed
        self.stats.fixed_by_code.subtract(outcome.fixed_codes)
        for code in [c for c, n in self.stats.fixed_by_code.items() if n <= 0]:
            del self.stats.fixed_by_code[code]
        self.stats.fixes_unsafe -= outcome.unsafe_fixes
        self.stats.fixes_safe -= outcome.fixes_applied - outcome.unsafe_fixes
        self.fixed_by_file.pop(outcome.path, None)
        outcome.changed = False

    def exit_code(self, changed_files: int) -> int:
        if self.summary.errors:
            return 2
        if self.options.exit_zero:
            return 0
        if self.summary.findings:
            return 1
        if self.options.exit_non_zero_on_fix and self.summary.fixed:
            return 1
        if self.options.diff and changed_files:
            return 1
        if self.patch_sink is not None and not self.options.fix and changed_files:
            return 1  # --patch-out alone, like --diff: fixes are pending
        return 0

    def process(self, path: Path, unit: Any = None) -> FileOutcome:
        chunk = unit.chunk if unit is not None else None
        display = self.options.stdin_filename or display_path(path)
        outcome = FileOutcome(display)
        cls = source_for(path)
        if cls is None:
            outcome.error = f"{display}: no reader for this file type"
            return outcome
        try:
            check_readable(path, display, cls)
        except SkipFile as exc:
            self.err.write(f"warning: {exc}\n")
            return outcome
        except InputError as exc:
            outcome.error = str(exc)
            return outcome
        except OSError as exc:
            outcome.error = f"{display}: cannot read: {exc.strerror or exc}"
            return outcome
        cfg = self.resolver.for_path(Path(display) if self.options.stdin_filename else path)
        cached = self.options.cache is not None
        if cached:  # one cache entry per file, or per chunk of a big JSONL file
            part = chunk.index if chunk is not None else None
            make = lambda: self.linter_for(cfg)  # noqa: E731 - rules set up on a miss only
            linter = self.options.cache.for_file(make, cfg, Path(display), part)
        else:
            linter = self.linter_for(cfg)
        source = cls(path, cfg, display=display)
        if chunk is not None:
            source.byte_range = (chunk.start, chunk.end, chunk.first)
        unsafe = self.unsafe_for(cfg)
        writing = self.options.fix or self.options.diff or self.patch_sink is not None
        try:
            snapshot = Snapshot.of(path) if writing else None
            if not writing:
                self._check_only(source, linter, unsafe, outcome)
                return outcome
            if self.options.diff and not source.diffable:
                raise InputError(
                    display, "--diff is not available for this format; use --patch-out"
                )
            if not self.options.diff:
                return self._fix_to_file(path, unit, source, linter, unsafe, outcome, snapshot)
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
                with atomic_writer(path, expect=snapshot) as fh:
                    fh.write(data)
        except ConcurrentChange:
            # Another process (a second tanqih run, an editor) wrote the file after we read
            # it: keep its content rather than overwrite it with a fix of the old text.
            self.err.write(f"warning: {display}: changed on disk while fixing; not written\n")
        except InputError as exc:
            outcome.error = str(exc)
        except OSError as exc:
            outcome.error = f"{display}: cannot read: {exc.strerror or exc}"
        finally:
            if cached:
                linter.save()
        return outcome

    def _check_only(self, source, linter: Linter, unsafe: bool, outcome: FileOutcome) -> None:
        for record in source.records():
            if record.blank:
                continue
            self._report(record.doc, linter.lint(record.doc), unsafe)
            outcome.documents += 1

    def _fix_to_file(self, path, unit, source, linter, unsafe, outcome, snapshot) -> FileOutcome:
        """Stream fixed records into a temp file beside the target (flat memory), then
        rename it over the target if anything changed (or copy as is for --output-dir).
        A chunk leaves its temp file for the parent; --patch-out alone writes nothing."""
        if not self.options.fix:  # --patch-out only: compute the fixes, write no file
            with open(os.devnull, "wb") as null:
                outcome.changed = self._fix_into(source, linter, unsafe, null, outcome)
            return outcome
        root = unit.root if unit is not None else None
        target = parallel.target_for(path, root, self.options.output_dir)
        sink = None
        try:
            try:
                sink = parallel.Sink(target)
            except OSError as exc:
                # Nothing can be written beside the target (a read-only folder): check the
                # file as without --fix, and say why it was not fixed.
                self._check_only(source, linter, unsafe, outcome)
                raise InputError(
                    outcome.path,
                    f"cannot write to {display_path(target.parent)}: "
                    f"{exc.strerror or exc}; checked, not fixed",
                ) from exc
            outcome.changed = self._fix_into(source, linter, unsafe, sink.fh, outcome)
            sink.close()
            try:
                if unit is not None and unit.chunk is not None:
                    outcome.part, sink = sink.tmp, None
                elif outcome.changed:
                    expect = snapshot if parallel.in_place(target, path) else None
                    parallel.commit([sink.tmp], target, path, expect=expect)
                    sink = None
                    self.stats.files_written += 1
                elif self.options.output_dir is not None:
                    sink.discard()
                    sink = None
                    parallel.copy_unchanged(path, target)
                    self.stats.files_written += 1
            except OSError as exc:
                raise InputError(
                    outcome.path, f"cannot write {display_path(target)}: {exc.strerror or exc}"
                ) from exc
        finally:
            if sink is not None:
                sink.discard()
        return outcome

    def _fix_into(self, source, linter: Linter, unsafe: bool, out, outcome: FileOutcome) -> bool:
        writer = source.writer(out)
        changed = False
        for record in source.records():
            if record.blank:
                writer.write(record, None)
                continue
            doc = record.doc
            try:
                result = linter.fix(doc, unsafe)
            except FixError as exc:
                # A fix that keeps re-creating its own finding (a user's substitution whose
                # replacement holds what it replaces): this file is left as it is.
                raise InputError(
                    doc.path,
                    f"{exc}; the file is left unchanged (a custom rule whose replacement "
                    "contains what it replaces never settles; otherwise please report this "
                    "as a tanqih bug)",
                    record=doc.record,
                ) from exc
            outcome.documents += 1
            new_text = result.text if result.text != doc.text else None
            if new_text is not None:
                changed = True
                self.summary.fixed += len(result.applied)
                outcome.fixes_applied += len(result.applied)
                outcome.fixed_codes.update(f.code for f in result.applied)
                outcome.docs_changed += 1
                outcome.unsafe_fixes += sum(
                    1
                    for f in result.applied
                    if f.fix is not None and f.fix.applicability is Applicability.UNSAFE
                )
                self.stats.documents_changed += 1
                self.stats.record_fix(result.applied)
                if self.patch_sink is not None:
                    self.patch_sink.write(patch_line(doc, result))
                self.fixed_by_file.setdefault(doc.path, Counter()).update(
                    f.code for f in result.applied
                )
            writer.write(record, new_text)
            if new_text is not None:
                doc = type(doc)(**{**_doc_fields(doc), "text": result.text})
            self._report(doc, result.findings, unsafe)
        writer.close()
        return changed

    def _report(self, doc, findings: list[Finding], unsafe: bool) -> None:
        if self.options.baseline is not None:
            findings = self.options.baseline.process(doc, findings)
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
        if self.progress is not None:
            self.progress.tick(docs=1, findings=len(findings))


def _doc_fields(doc) -> dict:
    return {
        "text": doc.text,
        "path": doc.path,
        "record": doc.record,
        "file_line": doc.file_line,
        "id": doc.id,
        "field": doc.field,
        "masked": doc.masked,
        "problem": doc.problem,
    }
