"""Cleanup statistics, the progress bar and the summary table of ``tanqih fix``.

The progress bar (rich) is drawn on standard error only when it is a terminal and
``--quiet`` is off; it shows documents/s, MB/s, findings so far and the ETA. The summary
table is printed by ``tanqih fix`` to standard error after the run.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tanqih.linter.runner import Runner


@dataclass
class RunStats:
    """What a cleanup run did (merged from workers like the findings summary)."""

    bytes: int = 0  # input bytes read (file sizes; compressed size for compressed files)
    documents_changed: int = 0
    fixes_safe: int = 0
    fixes_unsafe: int = 0
    fixed_by_code: Counter = field(default_factory=Counter)
    files_written: int = 0

    def record_fix(self, applied) -> None:
        """Count the findings whose fixes were applied to one document."""
        for f in applied:
            self.fixed_by_code[f.code] += 1
            if f.fix is not None and f.fix.applicability.value == "unsafe":
                self.fixes_unsafe += 1
            else:
                self.fixes_safe += 1


class ProgressBar:
    """A rich progress bar over input bytes; updates are throttled to ~10 per second."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.progress = None
        self.done = 0
        self.docs = 0
        self.findings = 0
        self._last = 0.0

    def start(self, total_bytes: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.console = Console(file=self.stream, stderr=True)
        self.progress = Progress(
            TextColumn("[bold]tanqih[/]"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[docs]} docs · {task.fields[rate]}"),
            TextColumn("· {task.fields[findings]} findings"),
            TextColumn("· ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.total = max(total_bytes, 1)
        self.task = self.progress.add_task("", total=self.total, docs=0, rate="", findings=0)
        self.started = time.perf_counter()
        self.progress.start()

    def tick(self, nbytes: int = 0, docs: int = 0, findings: int = 0) -> None:
        self.done += nbytes
        self.docs += docs
        self.findings += findings
        now = time.perf_counter()
        if self.progress is not None and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = f"{self.docs / elapsed:,.0f} docs/s · {self.done / elapsed / 1e6:.1f} MB/s"
        self.progress.update(
            self.task,
            completed=min(self.done, self.total),
            docs=f"{self.docs:,}",
            rate=rate,
            findings=f"{self.findings:,}",
        )

    @contextlib.contextmanager
    def paused(self):
        """Stop the refresh thread for a moment (e.g. while forking workers)."""
        live = self.progress
        if live is None:
            yield
            return
        live.stop()
        try:
            yield
        finally:
            live.start()

    def stop(self) -> None:
        if self.progress is not None:
            self._draw(time.perf_counter())
            self.progress.stop()
            self.progress = None


def want_progress(stream: TextIO, quiet: bool) -> bool:
    if quiet or os.environ.get("TANQIH_NO_PROGRESS"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def print_fix_summary(runner: Runner, elapsed: float, stream: TextIO, color: bool) -> None:
    """The table ``tanqih fix`` prints on standard error: per rule found / fixed / left,
    then documents, fixes applied safe and unsafe, documents unchanged, time and MB/s."""
    from rich.console import Console
    from rich.table import Table

    from tanqih.linter.registry import get_rule

    s = runner.summary
    st = runner.stats
    console = Console(file=stream, no_color=not color, highlight=False, width=100)
    codes = sorted(set(runner.codes) | set(st.fixed_by_code))
    table = Table(title="tanqih fix: findings per rule", title_justify="left")
    for col, justify in (("rule", "left"), ("name", "left"), ("found", "right")):
        table.add_column(col, justify=justify)
    table.add_column("fixed", justify="right")
    table.add_column("left", justify="right")
    for code in codes:
        try:
            name = get_rule(code).name
        except Exception:  # a code from a plugin that is no longer loaded
            name = ""
        fixed = st.fixed_by_code.get(code, 0)
        left = runner.codes.get(code, 0)
        table.add_row(code, name, f"{fixed + left:,}", f"{fixed:,}", f"{left:,}")
    if codes:
        table.add_row(
            "total",
            "",
            f"{sum(st.fixed_by_code.values()) + s.findings:,}",
            f"{sum(st.fixed_by_code.values()):,}",
            f"{s.findings:,}",
            style="bold",
        )
        console.print(table)
    mb = st.bytes / 1e6
    rate = mb / elapsed if elapsed > 0 else 0.0
    unchanged = s.documents - st.documents_changed
    lines = [
        f"documents: {s.documents:,} ({st.documents_changed:,} changed, {unchanged:,} unchanged)",
        f"fixes applied: {st.fixes_safe:,} safe, {st.fixes_unsafe:,} unsafe",
        f"findings left: {s.findings:,}",
        f"time: {elapsed:.2f} s, {mb:,.1f} MB at {rate:,.2f} MB/s",
    ]
    if s.errors:
        lines.append(f"errors: {len(s.errors)} file(s) not written (see above)")
    for line in lines:
        console.print(line, markup=False)
