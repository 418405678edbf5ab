"""`tanqih fix`: `check --fix` with cleanup defaults, --output-dir, summary table, progress."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tanqih.linter.progress import ProgressBar, want_progress

from .corpus_helpers import make_tree, snapshot, without_root, write_jsonl

SEED = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("unsafe", [(), ("--unsafe-fixes",)])
def test_fix_equals_check_fix(tmp_path, run_cli, unsafe):
    src = make_tree(tmp_path / "src")
    shutil.copytree(SEED, src / "seeds")
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(src, a)
    shutil.copytree(src, b)
    ca = run_cli("check", "--fix", *unsafe, "--output-format", "json", str(a))
    cb = run_cli("fix", *unsafe, "--output-format", "json", str(b))
    assert ca[0] == cb[0]
    assert without_root(ca[1], a) == without_root(cb[1], b)
    assert snapshot(a) == snapshot(b) != snapshot(src)


def test_unsafe_policy_is_that_of_check(tmp_path, run_cli):
    a = tmp_path / "a"
    shutil.copytree(SEED, a)
    b = tmp_path / "b"
    shutil.copytree(SEED, b)
    run_cli("fix", "-q", str(a))
    run_cli("fix", "-q", "--unsafe-fixes", str(b))
    assert snapshot(a) != snapshot(b)  # unsafe fixes only with the flag


def test_summary_table(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    code, out, err = run_cli("fix", str(src))
    assert code == 1  # records without text remain reported (INP001)
    assert "findings per rule" in err
    assert "PUN001" in err and "INP001" in err
    assert "documents:" in err and "changed" in err and "unchanged" in err
    assert "fixes applied:" in err and " safe, " in err and " unsafe" in err
    assert "MB/s" in err and "time:" in err
    # default output for fix is concise: one line per remaining finding
    assert out and all(": INP001 " in line or ": " in line for line in out.splitlines())
    # numbers in the table agree with the run
    docs = 40 + 25 + 8 + 2
    assert f"documents: {docs} (" in err
    code, _, err = run_cli("fix", "-q", str(src))
    assert err == ""


def test_output_dir_keeps_layout_and_leaves_originals(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    before = snapshot(src)
    out = tmp_path / "out"
    run_cli("fix", "-q", "--output-dir", str(out), str(src))
    assert snapshot(src) == before
    got = snapshot(out)
    assert set(got) == set(before)  # unchanged files are copied too: a complete clean corpus
    assert got["clean.txt"] == before["clean.txt"]
    assert got["news/2024/b.jsonl"] != before["news/2024/b.jsonl"]
    inplace = tmp_path / "inplace"
    shutil.copytree(src, inplace)
    run_cli("fix", "-q", str(inplace))
    assert snapshot(inplace) == got
    # a file argument lands under its own name
    one = tmp_path / "one"
    run_cli("fix", "-q", "--output-dir", str(one), str(src / "news" / "a.jsonl"))
    assert snapshot(one) == {"a.jsonl": got["news/a.jsonl"]}


def test_output_dir_skips_files_with_errors(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "bad.jsonl", 5, extra_lines={3: "{not json"})
    write_jsonl(src / "good.jsonl", 5)
    out = tmp_path / "out"
    code, _, err = run_cli("fix", "-q", "--output-dir", str(out), str(src))
    assert code == 2 and "bad.jsonl:3" in err
    assert sorted(p.name for p in out.iterdir()) == ["good.jsonl"]


def test_output_dir_never_writes_two_inputs_to_one_copy(tmp_path, run_cli):
    """Two path arguments holding a file of one relative name: the second would
    overwrite the first's fixed copy; it is refused with exit 2, the first is kept."""
    for folder, text in (
        ("news", "قال الوزير ، إن الاتفاق مهم .\n"),
        ("x", "وأضاف ، أن العمل مستمر .\n"),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a1.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(
        "fix", "-q", "--output-dir", str(out), str(tmp_path / "news"), str(tmp_path / "x")
    )
    assert code == 2
    assert "would overwrite" in err and "a1.txt" in err
    assert [p.name for p in out.iterdir()] == ["a1.txt"]
    assert (out / "a1.txt").read_text(encoding="utf-8") == "قال الوزير، إن الاتفاق مهم.\n"
    # the same file named twice is written once, without an error
    code, _, err = run_cli(
        "fix",
        "-q",
        "--output-dir",
        str(tmp_path / "twice"),
        *[str(tmp_path / "news" / "a1.txt")] * 2,
    )
    assert code == 0 and "overwrite" not in err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_not_quiet(monkeypatch):
    monkeypatch.delenv("TANQIH_NO_PROGRESS", raising=False)
    assert want_progress(_Tty(), quiet=False)
    assert not want_progress(_Tty(), quiet=True)
    assert not want_progress(io.StringIO(), quiet=False)


def test_progress_bar_shows_rates_and_findings():
    stream = _Tty()
    bar = ProgressBar(stream)
    bar.start(2_000_000)
    bar.tick(docs=3, findings=7)
    bar.tick(1_000_000)
    bar._draw(bar.started + 1.0)
    bar.progress.refresh()
    text = stream.getvalue()
    bar.stop()
    assert "3 docs" in text and "7 findings" in text and "MB/s" in text and "docs/s" in text


def test_no_progress_output_when_not_a_terminal(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    _, _, err = run_cli("check", "--fix", str(src))
    assert "\x1b[" not in err and "docs/s" not in err


def test_progress_bar_with_workers(tmp_path, run_cli, monkeypatch):
    """The bar pauses while the pool forks; the run ends normally and the bar is gone."""
    import sys

    src = make_tree(tmp_path / "src")
    write_jsonl(src / "big.jsonl", 60, seed=3)
    tty = _Tty()
    monkeypatch.delenv("TANQIH_NO_PROGRESS", raising=False)
    monkeypatch.setattr(sys, "stderr", tty)
    code = run_cli("fix", "--jobs", "2", "--chunk-size", "3000", str(src))[0]
    assert code == 1
    assert "findings per rule" in tty.getvalue()


def test_output_dir_inside_the_input_folder_is_not_read_back(tmp_path, run_cli):
    src = make_tree(tmp_path / "src")
    before = snapshot(src)
    out = src / "clean"
    for _ in range(2):  # the second run finds the first run's output inside the input
        code, _, err = run_cli("fix", "-q", "--jobs", "1", "--output-dir", str(out), str(src))
        assert code == 1
    got = snapshot(out)
    assert set(got) == set(before)
    assert not (out / "clean").exists()


def test_output_dir_without_fix_is_an_error(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    code, _, err = run_cli("check", "--output-dir", str(tmp_path / "out"), str(f))
    assert code == 2 and "add --fix" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", ["same", "holds-folder", "holds-file"])
def test_output_dir_that_is_or_holds_an_input_is_an_error(tmp_path, run_cli, case):
    """`fix in --output-dir in` walked in/, skipped all of it as output, said "no files
    to check" and exited 0 with nothing fixed."""
    src = make_tree(tmp_path / "in")
    before = snapshot(src)
    arg = {"same": src, "holds-folder": src / "news", "holds-file": src / "clean.txt"}[case]
    code, _, err = run_cli("fix", "-q", "--output-dir", str(src), str(arg))
    assert code == 2
    assert "--output-dir" in err and ("is the input folder" in err or "contains the input" in err)
    assert "leave out --output-dir" in err
    assert snapshot(src) == before


def test_output_dir_lists_what_it_does_not_copy(tmp_path, run_cli):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / ".hidden").mkdir()
    (src / "a.txt").write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    write_jsonl(src / "sub" / "g.ndjson", 3, 0)
    for name in ("img.png", "meta.json", "README", ".gitignore", "data.csv.gz", "sub/x.bin"):
        (src / name).write_bytes(b"x")
    (src / ".hidden" / "x.txt").write_text("نص\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli("fix", "-q", "--jobs", "1", "--output-dir", str(out), str(src))
    assert code in (0, 1)
    assert sorted(snapshot(out)) == ["a.txt", "sub/g.ndjson"]  # only what was checked
    (line,) = [x for x in err.splitlines() if "not copied" in x]
    assert line.startswith("warning: 6 files and 1 folder under ")
    assert line.endswith(
        ": .gitignore, .hidden/, README, data.csv.gz, img.png, meta.json, sub/x.bin"
    )
    # An output folder inside the input folder is not listed as left out.
    inner = src / "clean"
    code, _, err = run_cli("fix", "-q", "--jobs", "1", "--output-dir", str(inner), str(src))
    (line,) = [x for x in err.splitlines() if "not copied" in x]
    assert line.endswith(
        "ignored): .gitignore, .hidden/, README, data.csv.gz, img.png, meta.json, sub/x.bin"
    )
    # No such line without --output-dir, nor for a file argument.
    _, _, err = run_cli("fix", "-q", str(src / "a.txt"), "--output-dir", str(tmp_path / "o2"))
    assert "not copied" not in err
    _, _, err = run_cli("check", str(src))
    assert "not copied" not in err
