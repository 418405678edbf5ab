"""--jobs: across files and chunks of one big JSONL file, byte-identical to --jobs 1."""

from __future__ import annotations

import gzip
import random
import shutil

import pytest

from tanqih.linter.parallel import plan_chunks

from .corpus_helpers import make_tree, snapshot, without_root, write_jsonl


@pytest.mark.parametrize("chunk", ["1500", "100000000"])
def test_check_output_identical_across_jobs(tmp_path, run_cli, chunk):
    root = make_tree(tmp_path / "corpus")
    write_jsonl(root / "big.jsonl", 120, seed=7)
    args = ("check", "--output-format", "json", "--chunk-size", chunk, str(root))
    one = run_cli(*args, "--jobs", "1")
    two = run_cli(*args, "--jobs", "2")
    assert one[0] == two[0] == 1
    assert one[1] == two[1] and one[1].count('"code"') > 50
    assert one[2] == two[2]


def test_chunked_file_reports_global_record_numbers(tmp_path, run_cli):
    f = write_jsonl(tmp_path / "big.jsonl", 90, seed=3)
    assert len(plan_chunks(f, 700)) > 5
    whole = run_cli("check", "--output-format", "concise", "--jobs", "1", str(f))
    chunked = run_cli(
        "check", "--output-format", "concise", "--jobs", "2", "--chunk-size", "700", str(f)
    )
    assert whole == chunked
    # record 85 only exists in a late chunk: its findings name line 85
    assert "big.jsonl:85:" in whole[1]


def test_fix_identical_across_jobs_and_chunks(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    write_jsonl(src / "big.jsonl", 150, seed=11)
    gz = src / "news" / "z.jsonl.gz"
    gz.write_bytes(gzip.compress((src / "news" / "a.jsonl").read_bytes()))
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(src, a)
    shutil.copytree(src, b)
    r1 = run_cli("check", "--fix", "--output-format", "json", "--jobs", "1", str(a))
    r2 = run_cli(
        "check", "--fix", "--output-format", "json", "--jobs", "2", "--chunk-size", "2000", str(b)
    )
    assert r1[0] == r2[0]
    assert without_root(r1[1], a) == without_root(r2[1], b)
    sa, sb = snapshot(a), snapshot(b)
    assert sa == sb
    assert sa != snapshot(src)  # something was fixed
    assert sa["news/seed.txt"] != snapshot(src)["news/seed.txt"]


def test_patch_stream_identical_across_jobs(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    write_jsonl(src / "big.jsonl", 100, seed=5)
    before = snapshot(src)
    p1, p2 = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    c1 = run_cli("check", "--patch-out", str(p1), "--jobs", "1", "-q", str(src))[0]
    c2 = run_cli(
        "check", "--patch-out", str(p2), "--jobs", "2", "--chunk-size", "1200", "-q", str(src)
    )[0]
    assert c1 == c2 == 1
    assert p1.read_bytes() == p2.read_bytes() and p1.stat().st_size > 0
    assert snapshot(src) == before  # --patch-out alone writes no corpus file


def test_error_in_a_late_chunk_matches_jobs_1(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "big.jsonl", 120, seed=2, extra_lines={100: '{"text": "broken'})
    raw = (src / "big.jsonl").read_bytes()
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(src, a)
    shutil.copytree(src, b)
    r1 = run_cli("check", "--fix", "--output-format", "concise", "--jobs", "1", str(a))
    r2 = run_cli(
        "check", "--fix", "--output-format", "concise", "-j", "2", "--chunk-size", "900", str(b)
    )
    assert r1[0] == r2[0] == 2
    assert without_root(r1[1], a) == without_root(r2[1], b)
    assert "big.jsonl:100" in r1[2] and "big.jsonl:100" in r2[2]
    # a file with a parse error is never written, and no temp part is left behind
    assert (a / "big.jsonl").read_bytes() == raw == (b / "big.jsonl").read_bytes()
    assert sorted(p.name for p in b.iterdir()) == ["big.jsonl"]


def test_output_dir_with_chunks(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "big.jsonl", 80, seed=9)
    inplace = tmp_path / "inplace"
    shutil.copytree(src, inplace)
    run_cli("check", "--fix", "-q", "--jobs", "1", str(inplace))
    out = tmp_path / "out"
    run_cli("fix", "-q", "--jobs", "2", "--chunk-size", "1000", "--output-dir", str(out), str(src))
    assert (out / "big.jsonl").read_bytes() == (inplace / "big.jsonl").read_bytes()
    assert snapshot(src)["big.jsonl"] != (out / "big.jsonl").read_bytes()


@pytest.mark.parametrize("seed", range(5))
def test_plan_chunks_cuts_at_line_starts(tmp_path, seed):
    rng = random.Random(seed)
    lines = [b"x" * rng.randint(0, 300) + b"\n" for _ in range(rng.randint(1, 200))]
    if rng.random() < 0.5:
        lines[-1] = lines[-1].rstrip(b"\n")  # no final newline
    data = b"".join(lines)
    f = tmp_path / "f.jsonl"
    f.write_bytes(data)
    size = rng.randint(1, 2000)
    chunks = plan_chunks(f, size)
    assert chunks[0].start == 0 and chunks[-1].end == len(data)
    for c, nxt in zip(chunks, chunks[1:], strict=False):
        assert c.end == nxt.start
        assert data[nxt.start - 1 : nxt.start] == b"\n"
    for c in chunks:
        assert c.first == data.count(b"\n", 0, c.start) + 1
        assert c.count == len(chunks)


def test_diff_is_identical_across_jobs(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    write_jsonl(src / "big.jsonl", 60, seed=8)
    one = run_cli("check", "--diff", "--jobs", "1", str(src))
    two = run_cli("check", "--diff", "--jobs", "2", "--chunk-size", "1000", str(src))
    assert one[0] == two[0] == 1
    assert one[1] == two[1] and one[1].count("diff --git") == 5


def _dying_worker(unit):
    """A worker that is killed on one file (as the OOM killer would)."""
    import os

    from tanqih.linter import parallel

    if unit.path.name == "d5.txt":
        os._exit(9)
    return parallel._REAL_WORKER(unit)


@pytest.mark.parametrize("command", ["check", "fix"])
def test_a_worker_that_dies_stops_the_run_instead_of_hanging(
    tmp_path, run_cli, monkeypatch, command
):
    # multiprocessing.Pool replaces a dead worker (killed by the OOM killer, say) silently
    # and never returns its unit: the run must end with an error, not wait forever.
    from tanqih.linter import parallel

    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text("قال الوزير ، إن الخطة ناجحة.\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "_REAL_WORKER", parallel._worker, raising=False)
    monkeypatch.setattr(parallel, "_worker", _dying_worker)  # (forked workers inherit it)
    code, _out, err = run_cli(command, "--no-cache", "--jobs", "2", str(tmp_path))
    assert code == 2
    assert "a worker process ended" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"d{i}.txt" for i in range(8)]
