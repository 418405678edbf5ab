"""Work units, output sinks and the process pool behind ``--jobs``.

The runner's loop works on *units*: a whole file, or a byte range of one big plain-JSONL
file (cut at line starts, so each chunk knows the line number it starts at). With
``--jobs 1`` units run in this process; with more, a pool of forked workers runs them and
the parent replays their results strictly in input order, so the findings, the written
files, the patch stream and the exit code are byte-identical to ``--jobs 1``.

A forked worker starts from a copy of the parent's :class:`~tanqih.linter.runner.Runner`
(config, rules, corpus context and any hooks other layers installed), swaps its formatter
for a collector and resets the counters named in ``Runner.merged_state``; the parent merges
those counters back. Nothing is pickled but the unit and its result.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import io
import multiprocessing
import os
import shutil
import signal
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from tanqih.linter.patches import remove_dead_temps, remove_stale_temps, replace_checked
from tanqih.linter.sources import source_for

if TYPE_CHECKING:
    from tanqih.linter.runner import FileOutcome, Runner

CHUNK_BYTES = 8 << 20  # a plain JSONL file bigger than this is cut into chunks of this size
MIN_CHUNK = 1 << 20  # with several workers, chunks are made smaller, down to this
# A short text that makes rules load their lazy data (word lists, frequency tables) in the
# parent before it forks, so the workers share those pages instead of each loading a copy.
WARM_UP = "قال الوزير ، إن “إسرائيل” و اسرائيل وفقا وفقًا للاتفاق.. (مهم) , نعم؟\n" * 2


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Chunk:
    """Lines starting in [start, end) of a file; ``first`` is the line number at start."""

    start: int
    end: int
    first: int
    index: int
    count: int  # chunks in the file

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


@dataclass(frozen=True)
class Unit:
    path: Path
    root: Path | None  # the path argument the file was found under (for --output-dir)
    chunk: Chunk | None = None
    size: int = 0


def plan_chunks(path: Path, chunk_bytes: int) -> list[Chunk]:
    """Cut a file at line starts near every ``chunk_bytes`` (one streaming read)."""
    size = path.stat().st_size
    bounds: list[tuple[int, int]] = [(0, 1)]  # (offset, line number starting there)
    line = 1
    pos = 0
    target = chunk_bytes
    block = 1 << 20
    with path.open("rb") as fh:
        while True:
            data = fh.read(block)
            if not data:
                break
            while target < pos + len(data):
                i = data.find(b"\n", max(target - pos, 0))
                if i == -1:
                    break
                start = pos + i + 1
                if start >= size:
                    break
                line_at = line + data.count(b"\n", 0, i + 1)
                bounds.append((start, line_at))
                target = start + chunk_bytes
            line += data.count(b"\n")
            pos += len(data)
    out = []
    for k, (start, first) in enumerate(bounds):
        end = bounds[k + 1][0] if k + 1 < len(bounds) else size
        out.append(Chunk(start, end, first, k, len(bounds)))
    return out


def plan_units(
    files: Iterable[tuple[Path, Path | None]], chunk_bytes: int | None, jobs: int = 1
) -> Iterator[Unit]:
    """Units in input order. With ``jobs`` > 1 a big file is cut finer (about 4 chunks
    per worker, at least 1 MB each) so the workers stay busy to the end of the file."""
    for path, root in files:
        cls = source_for(path)
        size = 0
        with contextlib.suppress(OSError):
            size = path.stat().st_size if path.is_file() else 0
        step = chunk_bytes
        if step and jobs > 1:
            step = min(step, max(MIN_CHUNK, size // (4 * jobs)))
        if step and cls is not None and getattr(cls, "splittable", False) and size > step:
            try:
                chunks = plan_chunks(path, step)
            except OSError:
                chunks = []
            if len(chunks) > 1:
                for c in chunks:
                    yield Unit(path, root, c, c.end - c.start)
                continue
        yield Unit(path, root, None, size)


# -- output sinks ---------------------------------------------------------------------


def target_for(path: Path, root: Path | None, output_dir: Path | None) -> Path:
    """Where the fixed copy of ``path`` goes: in place, or under --output-dir with the
    layout below the path argument it was found under (a file argument: its name). In
    place, a symbolic link is followed: the file it points to is fixed, the link stays."""
    if output_dir is None:
        return path.resolve() if path.is_symlink() else path
    if root is not None and root.is_dir():
        rel = os.path.relpath(path, root)
    else:
        rel = path.name
    return output_dir / rel


def in_place(target: Path, path: Path) -> bool:
    """Is ``target`` the file read as ``path`` (itself, or the file its link points to)?"""
    return target == path or (path.is_symlink() and target == path.resolve())


class Sink:
    """A temp file next to the target: committed by rename, or discarded."""

    def __init__(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(target.parent)  # parts left by killed runs (dead pids only)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.tanqih-{os.getpid()}-", suffix=".part", dir=target.parent
        )
        self.target = target
        self.tmp = Path(tmp)
        self.fh: BinaryIO = os.fdopen(fd, "wb", buffering=1 << 20)

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.flush()
            self.fh.close()

    def discard(self) -> None:
        self.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def discard_parts(parts: list[Path]) -> None:
    for part in parts:
        with contextlib.suppress(OSError):
            part.unlink()


def commit(tmp_paths: list[Path], target: Path, mode_from: Path | None, expect: Any = None) -> None:
    """Concatenate parts (or rename a single one) onto ``target`` atomically (fsync).

    ``expect``: a patches.Snapshot of ``target`` taken when it was read; if the file has
    changed since (another process wrote it), ConcurrentChange is raised, nothing written.
    The check and the rename are :func:`patches.replace_checked`'s, under the same folder
    lock as every other write.
    """
    if len(tmp_paths) == 1:
        final = tmp_paths[0]
    else:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.tanqih-{os.getpid()}-", suffix=".tmp", dir=target.parent
        )
        final = Path(name)
        with os.fdopen(fd, "wb") as out:
            for part in tmp_paths:
                with part.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        for part in tmp_paths:
            with contextlib.suppress(OSError):
                part.unlink()
    try:
        with final.open("rb+") as fh:
            os.fsync(fh.fileno())
        if mode_from is not None:
            with contextlib.suppress(OSError):
                os.chmod(final, mode_from.stat().st_mode & 0o7777)
        replace_checked(final, target, expect)
    except BaseException:
        with contextlib.suppress(OSError):
            final.unlink()
        raise


def copy_unchanged(path: Path, target: Path) -> None:
    """--output-dir: an unchanged file is copied as is (atomically)."""
    if path.resolve() == target.resolve():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target.parent)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.tanqih-{os.getpid()}-", suffix=".tmp", dir=target.parent
    )
    os.close(fd)
    try:
        shutil.copyfile(path, name)
        commit([Path(name)], target, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


# -- workers --------------------------------------------------------------------------


class Collector:
    """Stands in for ``Runner._report`` in a worker: keeps (doc, findings, unsafe) in order
    so the parent reports them (baseline, counters, formatter) exactly as ``--jobs 1``."""

    def __init__(self) -> None:
        self.items: list[tuple[Any, list, bool]] = []

    def __call__(self, doc, findings, unsafe) -> None:
        if not findings:  # nothing downstream reads the text of a clean document
            doc = dataclasses.replace(doc, text="", _line_starts=None)
        self.items.append((doc, findings, unsafe))


_RUNNER: Runner | None = None


def fresh(value: Any) -> Any:
    """An empty counter of the same type (0, [], {}, Counter(), a default dataclass)."""
    return type(value)()


def merge(into: Any, value: Any) -> Any:
    """Add counters of a worker into the parent's (ints add, lists extend, dicts add)."""
    if isinstance(value, bool):
        return into or value
    if isinstance(value, int | float):
        return into + value
    if isinstance(value, Counter):
        into.update(value)
        return into
    if isinstance(value, dict):
        for k, v in value.items():
            into[k] = merge(into[k], v) if k in into else v
        return into
    if isinstance(value, list):
        into.extend(value)
        return into
    if isinstance(value, set):
        into.update(value)
        return into
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            setattr(into, f.name, merge(getattr(into, f.name), getattr(value, f.name)))
        return into
    return into


@dataclass
class UnitResult:
    outcome: FileOutcome
    items: list
    state: dict[str, Any]
    err: str
    patches: list[str]


def run_unit(runner: Runner, unit: Unit, isolated: bool) -> UnitResult:
    """Process one unit. ``isolated``: collect everything (worker or chunk of a file)."""
    if not isolated:
        outcome = runner.process(unit.path, unit=unit)
        return UnitResult(outcome, [], {}, "", [])
    saved = {name: getattr(runner, name) for name in runner.merged_state}
    saved_err, saved_patches = runner.err, runner.patch_sink
    saved_progress = runner.progress
    collector = Collector()
    err = io.StringIO()
    patches = _Lines()
    runner._report = collector  # an instance attribute shadows the method
    runner.err = err
    runner.progress = None
    runner.patch_sink = patches if saved_patches is not None else None
    for name in runner.merged_state:
        setattr(runner, name, fresh(saved[name]))
    try:
        outcome = runner.process(unit.path, unit=unit)
        state = {name: getattr(runner, name) for name in runner.merged_state}
    finally:
        for name, value in saved.items():
            setattr(runner, name, value)
        del runner._report
        runner.err, runner.patch_sink = saved_err, saved_patches
        runner.progress = saved_progress
    return UnitResult(outcome, collector.items, state, err.getvalue(), list(patches))


class _Lines(list):
    """A patch sink that keeps lines (inside a worker) for the parent to write in order."""

    def write(self, line: str) -> None:
        self.append(line)


def replay(runner: Runner, result: UnitResult) -> None:
    """Apply a collected result in the parent: counters, messages, findings, patches."""
    for name, value in result.state.items():
        setattr(runner, name, merge(getattr(runner, name), value))
    if result.err:
        runner.err.write(result.err)
    for doc, findings, unsafe in result.items:
        runner._report(doc, findings, unsafe)
    if runner.patch_sink is not None:
        for line in result.patches:
            runner.patch_sink.write(line)


def _worker(unit: Unit) -> UnitResult:
    assert _RUNNER is not None
    return run_unit(_RUNNER, unit, isolated=True)


def _warm_up(runner: Runner, unit: Unit, budget: int = 200_000) -> None:
    """Lint the first documents of the first file (up to ``budget`` characters) in the
    parent, results discarded: rules load their lazy data once, before the fork."""
    from tanqih.linter.document import Document

    if runner.options.cache is not None:
        return  # with the result cache most documents are never linted: set up on a miss
    with contextlib.suppress(Exception):  # only an optimisation: a failure is harmless
        cfg = runner.resolver.for_path(unit.path)
        linter = runner.linter_for(cfg)
        linter.lint(Document(WARM_UP, path=str(unit.path)))
        cls = source_for(unit.path)
        seen = 0
        for record in cls(unit.path, cfg, display=str(unit.path)).records():
            linter.lint(record.doc)
            seen += len(record.doc.text)
            if seen > budget:
                break


def _ignore_interrupt() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the pool and cleans up);
    a worker that took it too would print a traceback and leave its temp file behind."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _clean_after_workers(window: deque, folders: set[Path]) -> None:
    """After the pool was stopped early (Ctrl-C, an error): remove the chunk parts of
    results no one will assemble and the temp files the killed workers left behind."""
    for _unit, fut in window:
        if fut.ready() and fut.successful():
            part = fut.get().outcome.part
            if part is not None:
                discard_parts([part])
    for folder in folders:
        remove_dead_temps(folder)


def _pool(runner: Runner, jobs: int, first: Unit):
    global _RUNNER
    _RUNNER = runner
    _warm_up(runner, first)
    gc.collect()
    gc.freeze()  # keep the shared pages out of the collector's reach (copy-on-write)
    ctx = multiprocessing.get_context("fork")
    # No thread may hold a lock while we fork: stop the progress bar's refresher meanwhile.
    pause = runner.progress.paused() if runner.progress is not None else contextlib.nullcontext()
    try:
        with pause:
            return ctx.Pool(jobs, initializer=_ignore_interrupt)
    finally:
        gc.unfreeze()


class WorkerDied(Exception):
    """A worker process ended while checking (killed by the system, out of memory): the
    pool would replace it but never return its unit, so the run stops instead of hanging."""


def _result(pool, fut, workers: frozenset[int]) -> UnitResult:
    """The unit's result; raises :class:`WorkerDied` when a worker of the pool is gone
    (``multiprocessing.Pool`` restarts a dead worker silently and loses its task)."""
    while not fut.ready():
        fut.wait(0.5)
        if not fut.ready() and frozenset(p.pid for p in pool._pool) != workers:
            fut.wait(0.5)  # (the unit may have finished just before its worker ended)
            if fut.ready():
                break
            raise WorkerDied(
                "a worker process ended while checking (killed by the system, out of "
                "memory?); no file was left half-written: run again with fewer --jobs"
            )
    return fut.get()


def execute(runner: Runner, units: Iterable[Unit], jobs: int) -> Iterator[tuple[Unit, UnitResult]]:
    """Run units in order (``jobs`` 1) or on a pool, yielding results in input order.

    Results are already replayed into the runner when yielded. At most ``2 * jobs`` units
    are in flight, so memory stays bounded however many files there are.
    """
    it = iter(units)
    if jobs <= 1:
        for unit in it:
            result = run_unit(runner, unit, isolated=unit.chunk is not None)
            yield unit, result
        return
    first = next(it, None)
    second = next(it, None)
    if second is None:  # one unit: no pool to start
        if first is not None:
            yield first, run_unit(runner, first, isolated=first.chunk is not None)
        return
    pool = _pool(runner, jobs, first)
    workers = frozenset(p.pid for p in pool._pool)
    window: deque = deque()
    folders: set[Path] = set()  # where workers may write temp files
    finished = False
    try:

        def submit(u: Unit) -> None:
            if runner.options.fix:
                folders.add(target_for(u.path, u.root, runner.options.output_dir).parent)
            window.append((u, pool.apply_async(_worker, (u,))))

        submit(first)
        submit(second)
        for u in it:
            while len(window) >= 2 * jobs:
                unit, fut = window.popleft()
                yield unit, _result(pool, fut, workers)
            submit(u)
        while window:
            unit, fut = window.popleft()
            yield unit, _result(pool, fut, workers)
        finished = True
    finally:
        pool.terminate()
        pool.join()
        if not finished:
            _clean_after_workers(window, folders)
        global _RUNNER
        _RUNNER = None
