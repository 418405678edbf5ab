"""Command-line pieces for CI and pre-commit: baseline, cache, statistics, stdin.

Flags of ``check`` (and ``fix``): ``--baseline FILE`` / ``--write-baseline FILE``,
``--no-cache`` / ``--cache-dir``, ``--statistics``, ``--show-fixes``,
``--exit-non-zero-on-fix``, ``--force-exclude``, ``--no-respect-gitignore`` and
``--stdin-filename`` for ``tanqih check -`` (standard input; with ``--fix`` the fixed
text goes to standard output and the findings to standard error).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from tanqih.linter.baseline import Baseline
from tanqih.linter.cache import Cache
from tanqih.linter.config import ConfigError


def add_ci_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("CI and pre-commit")
    g.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="report only findings not recorded in this baseline file",
    )
    g.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="record the findings in FILE (sorted JSON) and exit 0 (2 on errors)",
    )
    g.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    g.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="cache folder (default: .tanqih_cache, or $TANQIH_CACHE_DIR)",
    )
    g.add_argument(
        "--statistics",
        action="store_true",
        help="print a count per rule (code, name, fixable) instead of the findings",
    )
    g.add_argument("--show-fixes", action="store_true", help="list what --fix changed, per file")
    g.add_argument(
        "--exit-non-zero-on-fix",
        action="store_true",
        help="exit 1 when --fix changed something, even if no findings remain",
    )
    g.add_argument(
        "--force-exclude",
        action="store_true",
        default=None,
        help="apply `exclude` to files named on the command line too (for pre-commit)",
    )
    g.add_argument(
        "--no-respect-gitignore",
        dest="respect_gitignore",
        action="store_false",
        default=None,
        help="also check files that .gitignore lists",
    )
    g.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name of the document read from standard input (`-`): picks the reader "
        "and the config, and is the path in findings",
    )


def overrides(args: argparse.Namespace) -> dict:
    """Config overrides from these flags (for the resolver)."""
    if getattr(args, "respect_gitignore", None) is False:
        return {"respect_gitignore": False}
    return {}


def reading_stdin(args: argparse.Namespace) -> bool:
    return [str(p) for p in (getattr(args, "paths", None) or [])] == ["-"]


def stdout_taken(args: argparse.Namespace) -> bool:
    """With ``-`` and --fix, standard output carries the fixed text (findings go to stderr)."""
    return reading_stdin(args) and bool(getattr(args, "fix", False)) and not args.diff


def configure(args: argparse.Namespace, options) -> None:
    """Set the CI fields of RunOptions from the flags."""
    if "-" in [str(p) for p in (args.paths or [])] and not reading_stdin(args):
        raise ConfigError("`-` (standard input) cannot be mixed with other paths")
    if args.stdin_filename is not None and not reading_stdin(args):
        raise ConfigError("--stdin-filename needs `-` as the only path")
    if args.baseline is not None or args.write_baseline is not None:
        options.baseline = Baseline(args.baseline, args.write_baseline)
    if args.write_baseline is not None:
        options.exit_zero = True  # recording is the point; read errors still exit 2
    if not args.no_cache:
        options.cache = Cache(args.cache_dir, lambda: options.context)
    options.force_exclude = args.force_exclude
    options.exit_non_zero_on_fix = args.exit_non_zero_on_fix


def wrap_formatter(args: argparse.Namespace, formatter, stream: TextIO, fmt: str):
    """``--statistics`` replaces the findings with counts per rule; ``--write-baseline``
    records them instead of printing them."""
    if getattr(args, "write_baseline", None) is not None and not args.statistics:
        return _Recording(formatter)
    if not getattr(args, "statistics", False):
        return formatter
    from tanqih.linter.output.ci_formats import Statistics

    return Statistics(stream, as_json=fmt in ("json", "jsonl"))


class _Recording:
    """The format's frame without findings (``[]`` for json) while a baseline is written."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def start(self) -> None:
        self.inner.start()

    def document(self, doc, findings) -> None:
        self.inner.document(doc, [])

    def finish(self, summary) -> None:
        self.inner.finish(summary)


@contextlib.contextmanager
def session(
    args: argparse.Namespace, runner, paths: list[Path], err: TextIO | None = None
) -> Iterator[list[Path]]:
    """Around ``runner.run``: stdin to a temp file and back; afterwards write the
    baseline, list the fixes and say what the baseline hid."""
    err = err or sys.stderr
    options = runner.options
    tmpdir = None
    stdin_data = b""
    if reading_stdin(args):
        name = args.stdin_filename or "stdin.txt"
        stdin_data = sys.stdin.buffer.read()
        skip = False
        if options.force_exclude:
            from tanqih.linter.discovery import is_excluded

            skip = is_excluded(Path(name), runner.resolver.for_path(Path(name)))
        tmpdir = Path(tempfile.mkdtemp(prefix="tanqih-stdin-"))
        tmp = tmpdir / (Path(name).name or "stdin.txt")
        tmp.write_bytes(stdin_data)
        options.stdin_filename = name
        options.cache = None  # nothing to gain for one piped document
        paths = [] if skip else [tmp]
    try:
        yield paths
        if tmpdir is not None and stdout_taken(args):
            out = (tmpdir / Path(paths[0]).name) if paths else None
            data = out.read_bytes() if out is not None else stdin_data
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
    if options.cache is not None:
        options.cache.prune()  # unused entries and old versions, at most once a day
    quiet = getattr(args, "quiet", False)
    baseline = options.baseline
    if baseline is not None and baseline.write_path is not None:
        n = baseline.write()
        if not quiet:
            err.write(
                f"tanqih: recorded {n} finding{'s' if n != 1 else ''} in {args.write_baseline}\n"
            )
    elif baseline is not None and not quiet:
        if baseline.hidden:
            err.write(f"tanqih: {baseline.hidden} known finding(s) hidden by the baseline.\n")
        stale = baseline.stale()
        if stale:
            err.write(
                f"tanqih: {stale} baseline entr{'y' if stale == 1 else 'ies'} no longer "
                f"occur{'s' if stale == 1 else ''}; update it with --write-baseline "
                f"{args.baseline}\n"
            )
    if getattr(args, "show_fixes", False):
        show_fixes(runner, err)


def show_fixes(runner, err: TextIO) -> None:
    from tanqih.linter.registry import RuleError, get_rule

    fixed = {path: c for path, c in runner.fixed_by_file.items() if c}
    if not fixed:
        err.write("No fixes applied.\n")
        return
    total = sum(sum(c.values()) for c in fixed.values())
    err.write(f"Fixed {total} finding{'s' if total != 1 else ''}:\n")
    for path in sorted(fixed):
        err.write(f"- {path}:\n")
        counts = fixed[path]
        for code in sorted(counts, key=lambda c: (-counts[c], c)):
            try:
                name = get_rule(code).name
            except RuleError:
                name = ""
            err.write(f"    {counts[code]} × {code}{f' ({name})' if name else ''}\n")
