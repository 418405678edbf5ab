"""tanqih throughput and memory benchmark (public tools only: Python, regex, tanqih).

One run reports, for each corpus size:

- MB/s of ``tanqih check`` and ``tanqih fix`` with ``--jobs 1`` (per core);
- the ratio of ``check`` to a single ``regex`` ``\\p{Arabic}+`` pass over the same texts
  (the floor of any Arabic tokenizer);
- the speed-up of ``check --jobs 2`` over ``--jobs 1``;
- peak RSS summed over the tanqih process and all its workers (sampled from /proc).

Input: a JSONL corpus (``--corpus``), used as is, or recombined into bigger corpora of the
sizes asked for (``--sizes 10MB,100MB,1GB``): its paragraphs are cut into sentences and new
articles are drawn from random sentences, so no line repeats unnaturally.

    uv run python bench/perf.py --corpus ../shared/corpus/dev/articles.jsonl --sizes 10MB
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import regex

LAST_CPU = 0.0  # CPU seconds of the last measured run's process tree
TARGETS = {"check_mb_s": 20.0, "ratio": 0.4, "speedup": 1.8, "rss_mb": 200.0}
SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]+[”»\"')]*\s*|[^.!?؟\n]+$")


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", text.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError(f"bad size {text!r} (e.g. 10MB, 1GB)")
    return int(float(m.group(1)) * {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}[m.group(2)])


def sentences_of(corpus: Path, field: str) -> list[str]:
    out = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get(field)
            if not isinstance(text, str):
                continue
            for para in text.split("\n"):
                out.extend(s.strip() for s in SENTENCE.findall(para) if len(s.strip()) > 2)
    return out


def build_corpus(sentences: list[str], size: int, path: Path, seed: int = 1) -> Path:
    """Articles of 3-8 paragraphs of 1-5 random sentences until ``size`` bytes."""
    rng = random.Random(seed)
    written = 0
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            n += 1
            paras = [
                " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 5)))
                for _ in range(rng.randint(3, 8))
            ]
            line = json.dumps({"id": f"bench-{n}", "text": "\n".join(paras)}, ensure_ascii=False)
            fh.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
    return path


def regex_floor(path: Path, field: str) -> float:
    """Seconds for one ``\\p{Arabic}+`` pass over every text of the file (read included)."""
    pattern = regex.compile(r"\p{Arabic}+")
    start = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get(field)
            if isinstance(text, str):
                for _ in pattern.finditer(text):
                    pass
    return time.perf_counter() - start


def _tree(pid: int) -> list[int]:
    out = [pid]
    i = 0
    while i < len(out):
        p = out[i]
        i += 1
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    out.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in kB. PSS splits pages shared by forked workers between
    them, so its sum over a process tree is the memory really used; RSS counts them again
    in every process."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def run_measured(cmd: list[str], limit: float | None = None) -> tuple[float, float, float, int]:
    """(seconds, peak RSS and peak PSS in MB summed over the process tree, exit code).

    ``limit``: stop the run after so many seconds (a memory-only sample of a huge corpus).
    """
    global LAST_CPU
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if limit is not None:
        timer = threading.Timer(limit, proc.terminate)
        timer.daemon = True
        timer.start()
    peak = 0
    peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            mems = [_mem_kb(p) for p in _tree(proc.pid)]
            peak = max(peak, sum(m[0] for m in mems))
            peak_pss = max(peak_pss, sum(m[1] for m in mems))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    done.set()
    t.join()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the whole tree (workers are waited for by tanqih, so they count too)
    LAST_CPU = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return seconds, peak / 1024, peak_pss / 1024, proc.returncode


def tanqih(*args: str) -> list[str]:
    return [sys.executable, "-m", "tanqih", *args]


def bench_file(
    path: Path, field: str, select: list[str], skip_fix: bool, limit: float | None = None
) -> dict:
    mb = path.stat().st_size / 1e6
    sel = ["--select", ",".join(select)] if select else []
    common = ["--exit-zero", "-q", "--no-cache", "--output-format", "concise", "-o", os.devnull]
    row: dict = {"file": str(path), "mb": round(mb, 1)}
    if limit is not None:  # memory only: run check --jobs 2 for `limit` seconds
        _, rss, pss, _ = run_measured(
            tanqih("check", *common, *sel, "--jobs", "2", str(path)), limit
        )
        row.update(partial_seconds=limit, jobs2_rss_mb=rss, jobs2_pss_mb=pss)
        return row
    floor = regex_floor(path, field)
    row["regex_mb_s"] = mb / floor
    t1, rss1, pss1, _ = run_measured(tanqih("check", *common, *sel, "--jobs", "1", str(path)))
    row["check_mb_s"] = mb / t1
    row["check_rss_mb"] = rss1
    row["check_pss_mb"] = pss1
    row["ratio"] = row["check_mb_s"] / row["regex_mb_s"]
    t2, rss2, pss2, _ = run_measured(tanqih("check", *common, *sel, "--jobs", "2", str(path)))
    row["jobs2_mb_s"] = mb / t2
    row["speedup"] = t1 / t2
    row["jobs2_rss_mb"] = rss2
    row["jobs2_pss_mb"] = pss2
    # cores the --jobs 2 run actually got (2.0 on an idle 2-core machine)
    row["jobs2_cores_used"] = LAST_CPU / t2
    if not skip_fix:
        with tempfile.TemporaryDirectory() as out:
            tf, rssf, pssf, _ = run_measured(
                tanqih("fix", *common, *sel, "--jobs", "1", "--output-dir", out, str(path))
            )
        row["fix_mb_s"] = mb / tf
        row["fix_rss_mb"] = rssf
        row["fix_pss_mb"] = pssf
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL corpus (text field)")
    ap.add_argument("--field", default="text")
    ap.add_argument(
        "--sizes",
        default="",
        help="build corpora of these sizes from the corpus's sentences (e.g. 10MB,100MB,1GB); "
        "empty: benchmark the corpus as is. SIZE~SECONDS (e.g. 1GB~300): only sample the "
        "peak memory of `check --jobs 2` for that long",
    )
    ap.add_argument("--select", default="", help="rules (default: the default rule set)")
    ap.add_argument("--no-fix", action="store_true", help="skip the fix measurement")
    ap.add_argument("--workdir", type=Path, help="where built corpora go (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    select = [s for s in args.select.split(",") if s]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        files: list[tuple[Path, float | None]] = [(args.corpus, None)]
        if args.sizes:
            sents = sentences_of(args.corpus, args.field)
            files = []
            for item in args.sizes.split(","):
                size_text, _, seconds = item.partition("~")
                size = parse_size(size_text)
                path = work / f"bench-{size_text.strip()}.jsonl"
                if not path.exists() or path.stat().st_size < size:
                    build_corpus(sents, size, path)
                files.append((path, float(seconds) if seconds else None))
        for path, limit in files:
            row = bench_file(path, args.field, select, args.no_fix, limit)
            rows.append(row)
            print(
                json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()})
            )
            sys.stdout.flush()
    print()
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}")
    header = (
        "| size | check MB/s/core | fix MB/s/core | regex MB/s | ratio | jobs 2 speed-up "
        "| peak RSS sum, MB (check j1 / j2 / fix) | peak PSS sum, MB (j1 / j2 / fix) |"
    )
    print(header)
    print("|" + "---|" * 8)
    for r in rows:
        if "partial_seconds" in r:
            print(
                f"| {r['mb']} MB (first {r['partial_seconds']:.0f} s only) | - | - | - | - | - "
                f"| - / {r['jobs2_rss_mb']:.0f} / - | - / {r['jobs2_pss_mb']:.0f} / - |"
            )
            continue
        fix = f"{r['fix_mb_s']:.2f}" if "fix_mb_s" in r else "-"
        print(
            f"| {r['mb']} MB | {r['check_mb_s']:.2f} | {fix} | {r['regex_mb_s']:.1f} | "
            f"{r['ratio']:.3f} | {r['speedup']:.2f}x | {r['check_rss_mb']:.0f} / "
            f"{r['jobs2_rss_mb']:.0f} / {r.get('fix_rss_mb', 0):.0f} | {r['check_pss_mb']:.0f} / "
            f"{r['jobs2_pss_mb']:.0f} / {r.get('fix_pss_mb', 0):.0f} |"
        )
    print(
        f"targets: check >= {TARGETS['check_mb_s']} MB/s/core (ratio >= {TARGETS['ratio']}), "
        f"jobs 2 >= {TARGETS['speedup']}x, RSS < {TARGETS['rss_mb']} MB"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
