"""Command-line pieces of corpus cleanup: ``--jobs``, ``--output-dir``, ``--patch-out``,
the progress bar, ``tanqih fix``'s summary table, ``tanqih apply`` and ``--executor``.

``tanqih fix PATH...`` is ``tanqih check --fix`` with the cleanup defaults: fixes on,
remaining findings in the ``concise`` format, a progress bar on a terminal, all cores, and a
summary table on standard error. Flags, exit codes and the unsafe-fix policy are those of
``check``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from tanqih.input_options import add_input_options, input_overrides
from tanqih.linter.config import ConfigError
from tanqih.linter.parallel import default_jobs
from tanqih.linter.progress import ProgressBar, print_fix_summary, want_progress


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs must be a number, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (all cores) or more")
    return n


def add_cleanup_options(p: argparse.ArgumentParser) -> None:
    """Flags of ``check`` and ``fix`` for corpus-scale runs."""
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        help="worker processes across files and chunks of big JSONL files "
        "(default: all cores; 1: no workers)",
    )
    p.add_argument(
        "--chunk-size",
        type=_jobs,
        default=None,
        help=argparse.SUPPRESS,  # bytes per chunk of a big JSONL file (tests, tuning)
    )
    p.add_argument(
        "--output-dir",
        type=Path,
        metavar="DIR",
        help=(
            "write fixed copies under DIR with the same layout instead of fixing in place: "
            "every file checked is written there (fixed or as it was), nothing else (the "
            "files a folder walk skips are listed in a warning); DIR must not be an input or "
            "hold one (exit 2), and a DIR inside an input folder is not checked"
        ),
    )
    p.add_argument(
        "--patch-out",
        type=Path,
        metavar="FILE",
        help="write a JSONL patch stream (one line per fixed document) for review; "
        "without --fix no file is changed (apply it later with `tanqih apply FILE`)",
    )


def add_fix_parser(sub, add_check_options) -> argparse.ArgumentParser:
    fix = sub.add_parser(
        "fix",
        help="clean files up: `check --fix` with cleanup defaults and a summary table",
        description="Fix PATH... in place, or into --output-dir with the same layout; "
        "print a summary table (findings per rule, fixes applied, time, MB/s) to stderr.",
    )
    add_check_options(fix)
    fix.add_argument(
        "--executor",
        choices=["local", "slurm", "ray"],
        help="run as a datatrove pipeline over JSONL shards (extra tanqih[datatrove])",
    )
    fix.add_argument("--tasks", type=int, help="datatrove tasks (default: one per input shard)")
    fix.add_argument(
        "--logging-dir", type=Path, help="datatrove logging folder (default: DIR/.datatrove-logs)"
    )
    fix.add_argument("--partition", help="Slurm partition (with --executor slurm)")
    fix.add_argument("--time", default="24:00:00", help="Slurm time limit per task")
    fix.add_argument(
        "--max-damage",
        type=float,
        default=None,
        help="datatrove: drop documents with more findings per 1000 characters than this "
        "(the reason is recorded); default: keep every document",
    )
    fix.set_defaults(fix=True)
    return fix


def add_apply_parser(sub) -> argparse.ArgumentParser:
    apply = sub.add_parser(
        "apply",
        help="apply a patch stream written by --patch-out",
        description="Replay a JSONL patch stream onto the files it names. A record whose "
        "text no longer has the patch's sha256 is refused (left as it is).",
    )
    apply.add_argument("patch", type=Path, help="the patch stream (JSONL); '-' for stdin")
    apply.add_argument("--output-dir", type=Path, help="write patched copies under DIR")
    apply.add_argument(
        "--root",
        type=Path,
        help="folder the patch's relative paths start from (default: the current folder; "
        "use the folder `check` ran in)",
    )
    apply.add_argument("--config", type=Path, help="use this config file (for --encoding)")
    add_input_options(apply, text_field=False)  # --encoding, --csv-delimiter
    apply.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    return apply


def configure(args: argparse.Namespace, options) -> None:
    """Copy the cleanup flags into RunOptions (``fix`` turns --fix on)."""
    if getattr(args, "command", None) == "fix":
        options.fix = True
    jobs = getattr(args, "jobs", None)
    options.jobs = default_jobs() if not jobs else jobs
    options.output_dir = getattr(args, "output_dir", None)
    if options.output_dir is not None and not options.fix:
        raise ConfigError(
            "--output-dir writes fixed copies: add --fix (or run `tanqih fix`); "
            "without it nothing would be written"
        )
    if getattr(args, "chunk_size", None):
        options.chunk_bytes = args.chunk_size


@contextlib.contextmanager
def session(args: argparse.Namespace, runner, err: TextIO | None = None) -> Iterator[None]:
    """Open --patch-out and the progress bar around ``runner.run``; afterwards print
    ``tanqih fix``'s summary table."""
    err = err or sys.stderr
    patch_out = getattr(args, "patch_out", None)
    fh = None
    if patch_out is not None:
        if str(patch_out) == "-":
            fh = sys.stdout
        else:
            patch_out.parent.mkdir(parents=True, exist_ok=True)
            fh = patch_out.open("w", encoding="utf-8", errors="surrogatepass", newline="\n")
        runner.patch_sink = fh
    quiet = getattr(args, "quiet", False)
    if want_progress(err, quiet):
        runner.progress = ProgressBar(err)
    started = time.perf_counter()
    try:
        yield
    finally:
        if fh is not None and fh is not sys.stdout:
            fh.close()
        runner.patch_sink = None
        runner.progress = None
    if getattr(args, "command", None) == "fix" and not quiet:
        from tanqih.cli import use_color

        print_fix_summary(runner, time.perf_counter() - started, err, use_color(err))


def cmd_apply(args: argparse.Namespace) -> int:
    from tanqih.linter.config import ConfigResolver
    from tanqih.linter.patchstream import PatchError, apply_stream

    resolver = ConfigResolver(args.config, input_overrides(args))
    if args.root is not None and not args.root.is_dir():
        raise ConfigError(f"--root {args.root}: no such folder")
    try:
        if str(args.patch) == "-":
            report = apply_stream(
                sys.stdin, "<stdin>", resolver, sys.stderr, args.output_dir, args.root
            )
        else:
            with args.patch.open(encoding="utf-8", errors="surrogatepass") as fh:
                report = apply_stream(
                    fh, str(args.patch), resolver, sys.stderr, args.output_dir, args.root
                )
    except PatchError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"error: {args.patch}: cannot read: {exc.strerror or exc}\n")
        return 2
    if not args.quiet:
        sys.stderr.write(
            f"tanqih apply: {report.applied} record(s) patched in {report.files} file(s), "
            f"{report.refused} refused, {report.errors} error(s).\n"
        )
    if report.errors:
        return 2
    return 1 if report.refused else 0


def cmd_executor(args: argparse.Namespace) -> int:
    """``tanqih fix --executor ...``: build the datatrove pipeline and launch it."""
    from tanqih.integrations.launch import launch

    return launch(args)
