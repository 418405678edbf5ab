"""Benchmark the result cache: a cold run, then a second run over the unchanged corpus.

    uv run python bench/cache_bench.py                       # the dev corpus, all rules
    uv run python bench/cache_bench.py --limit 100 --jobs 2  # a 100-record sample
    uv run python bench/cache_bench.py PATH... --select PUN

Each run is a real ``tanqih check`` process (start-up included) with a fresh cache folder
for the first run; the second run must print byte-identical findings. A third run after
touching one record shows the incremental case (only that record is linted again).
The corpus is read where it lies; a ``--limit`` sample is written to a temp folder only.
The runs use a snapshot of the ``tanqih`` package (``--live`` to skip it): the cache key
includes the package's files, so editing them between the runs would be a cache miss.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


ENV: dict[str, str] = {}


def run_check(args: list[str]) -> tuple[float, bytes, int]:
    started = time.perf_counter()
    p = subprocess.run(
        [sys.executable, "-m", "tanqih", "check", *args],
        capture_output=True,
        check=False,
        env={**os.environ, **ENV},
    )
    elapsed = time.perf_counter() - started
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr.decode(errors="replace"))
        raise SystemExit(f"tanqih exited {p.returncode}")
    return elapsed, p.stdout, p.returncode


def sample(paths: list[Path], limit: int, folder: Path) -> list[Path]:
    out = folder / "sample.jsonl"
    n = 0
    with out.open("wb") as fh:
        for path in paths:
            files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
            for f in files:
                with f.open("rb") as src:
                    for line in src:
                        if n >= limit:
                            return [out]
                        fh.write(line)
                        n += 1
    return [out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[DEV])
    ap.add_argument("--limit", type=int, help="only the first N JSONL records (a temp sample)")
    ap.add_argument("--jobs", default="1", help="tanqih --jobs (default 1)")
    ap.add_argument("--select", help="tanqih --select (default: the default rules)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--live", action="store_true", help="run the working tree's package, not a snapshot"
    )
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="tanqih-cache-bench-") as tmp:
        tmpdir = Path(tmp)
        if not args.live:
            # Run a copy of the package: edits to the working tree during the benchmark
            # would (rightly) invalidate the cache and spoil the measurement.
            import tanqih

            shutil.copytree(
                Path(tanqih.__file__).parent,
                tmpdir / "pkg" / "tanqih",
                ignore=shutil.ignore_patterns("__pycache__"),
            )
            ENV["PYTHONPATH"] = str(tmpdir / "pkg")
        paths = sample(args.paths, args.limit, tmpdir) if args.limit else args.paths
        common = ["--output-format", "json", "--jobs", str(args.jobs)]
        if args.select:
            common += ["--select", args.select]
        cache = ["--cache-dir", str(tmpdir / "cache")]
        targets = [str(p) for p in paths]

        cold, out1, _ = run_check([*common, *cache, *targets])
        warm, out2, _ = run_check([*common, *cache, *targets])
        if out1 != out2:
            raise SystemExit("the cached run printed different findings: a cache bug")
        findings = len(json.loads(out1))
        figures = {
            "paths": targets,
            "findings": findings,
            "cold_s": round(cold, 3),
            "warm_s": round(warm, 3),
            "speedup": round(cold / warm, 1),
        }
        if args.limit:  # incremental: change one record, the rest still hits
            lines = paths[0].read_bytes().splitlines(keepends=True)
            record = json.loads(lines[0])
            key = "text" if "text" in record else next(iter(record))
            record[key] = str(record[key]) + "\nسطر أضيف ، للقياس."
            lines[0] = (json.dumps(record, ensure_ascii=False) + "\n").encode()
            paths[0].write_bytes(b"".join(lines))
            one, _, _ = run_check([*common, *cache, *targets])
            figures["one_record_changed_s"] = round(one, 3)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(f"corpus:   {', '.join(figures['paths'])} ({findings} findings)")
        print(f"cold run: {figures['cold_s']:.2f} s (lint everything, fill the cache)")
        print(f"2nd run:  {figures['warm_s']:.2f} s (unchanged corpus, from the cache)")
        if "one_record_changed_s" in figures:
            print(f"1 record changed: {figures['one_record_changed_s']:.2f} s")
        print(f"speed-up: {figures['speedup']}x")
    return 0 if figures["speedup"] >= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
