"""``tanqih check`` for CI and hooks: standard input, --show-fixes, --exit-non-zero-on-fix,
--statistics with --fix, and the exit codes that go with them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SEL = ("--select", "PUN001", "--no-cache")
DIRTY = "قال الوزير ، إن الاتفاق مهم .\n"
FIXED = "قال الوزير، إن الاتفاق مهم.\n"
FRAGMENT = "وقالت الوزارة إن هذه الخطوة تأتي في إطار مذكرة التفاهم الموقعة بين البلدين. أيام مضت.\n"


def tanqih(*args: str, stdin: bytes = b"", cwd=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "tanqih", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_stdin_check_uses_the_stdin_filename(tmp_path):
    p = tanqih(
        "check",
        *SEL,
        "--output-format",
        "json",
        "-",
        "--stdin-filename",
        "news/today.txt",
        stdin=DIRTY.encode(),
        cwd=tmp_path,
    )
    assert p.returncode == 1, p.stderr
    findings = json.loads(p.stdout)
    assert {f["path"] for f in findings} == {"news/today.txt"} and len(findings) == 2


def test_stdin_without_filename_is_plain_text(tmp_path):
    p = tanqih("check", *SEL, "--output-format", "concise", "-", stdin=DIRTY.encode(), cwd=tmp_path)
    assert p.returncode == 1
    assert p.stdout.decode().startswith("stdin.txt:1:11: PUN001")


def test_stdin_fix_writes_fixed_text_to_stdout_and_findings_to_stderr(tmp_path):
    p = tanqih(
        "check", *SEL, "--fix", "-", "--stdin-filename", "a.txt", stdin=DIRTY.encode(), cwd=tmp_path
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout == FIXED.encode()
    assert not (tmp_path / "a.txt").exists()  # nothing written to disk
    # Unfixable findings remain: reported on stderr, exit 1, text still on stdout.
    p = tanqih(
        "check",
        "--select",
        "PUN001,FRG001",
        "--no-cache",
        "--fix",
        "--output-format",
        "concise",
        "-",
        stdin=FRAGMENT.encode(),
        cwd=tmp_path,
    )
    assert p.stdout == FRAGMENT.encode()
    assert b"FRG001" in p.stderr and p.returncode == 1


def test_stdin_clean_text_passes_through_unchanged(tmp_path):
    data = "\ufeffنص سليم،\r\nبلا سطر أخير".encode()
    p = tanqih("check", *SEL, "--fix", "-", stdin=data, cwd=tmp_path)
    assert (p.returncode, p.stdout) == (0, data)


def test_stdin_jsonl_by_filename_suffix(tmp_path):
    data = (json.dumps({"id": "x", "text": DIRTY}, ensure_ascii=False) + "\n").encode()
    p = tanqih("check", *SEL, "--fix", "-", "--stdin-filename", "c.jsonl", stdin=data, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"id": "x", "text": FIXED}


def test_stdin_uses_config_of_the_stdin_filename(tmp_path):
    (tmp_path / "quoted").mkdir()
    (tmp_path / "quoted" / "tanqih.toml").write_text(
        'select = ["PUN001"]\nignore = ["PUN001"]\n', "utf-8"
    )
    args = ("check", "--output-format", "json", "-", "--stdin-filename")
    p = tanqih(*args, "quoted/x.txt", stdin=DIRTY.encode(), cwd=tmp_path)
    assert (p.returncode, json.loads(p.stdout)) == (0, [])
    p = tanqih(*args, "other/x.txt", stdin=DIRTY.encode(), cwd=tmp_path)
    assert p.returncode == 1


def test_stdin_force_exclude_passes_the_text_through(tmp_path):
    (tmp_path / "tanqih.toml").write_text('exclude = ["vendor"]\n', "utf-8")
    p = tanqih(
        "check", *SEL, "--force-exclude", "--fix", "-", "--stdin-filename", "vendor/x.txt",
        stdin=DIRTY.encode(), cwd=tmp_path,
    )  # fmt: skip
    assert (p.returncode, p.stdout) == (0, DIRTY.encode())


def test_stdin_diff(tmp_path):
    p = tanqih(
        "check",
        *SEL,
        "--diff",
        "-",
        "--stdin-filename",
        "n/a.txt",
        stdin=DIRTY.encode(),
        cwd=tmp_path,
    )
    assert p.returncode == 1
    out = p.stdout.decode()
    assert "--- a/n/a.txt" in out and "+" + FIXED in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-", "x.txt"), "cannot be mixed"),
        (("--stdin-filename", "a.txt", "x.txt"), "needs `-`"),
    ],
)
def test_stdin_usage_errors(run_cli, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("check", *SEL, *args)
    assert code == 2 and message in err


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص ، آخر\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("نص سليم.\n", encoding="utf-8")
    return tmp_path


def test_show_fixes_lists_fixes_per_file(files, run_cli):
    code, out, err = run_cli("check", *SEL, "--fix", "--show-fixes", "--jobs", "1", ".")
    assert code == 0
    assert "Fixed 3 findings:" in err
    a = err.index("- a.txt:")
    b = err.index("- b.txt:")
    assert a < b and "c.txt" not in err
    assert "2 × PUN001 (space-before-punctuation)" in err[a:b]
    assert "1 × PUN001" in err[b:]
    code, out, err = run_cli("check", *SEL, "--fix", "--show-fixes", ".")
    assert "No fixes applied." in err


def test_show_fixes_with_worker_processes(files, run_cli):
    code, _, err = run_cli("check", *SEL, "--fix", "--show-fixes", "--jobs", "2", ".")
    assert code == 0 and "Fixed 3 findings:" in err


def test_exit_non_zero_on_fix(files, run_cli):
    code, _, _ = run_cli("check", *SEL, "--fix", "--exit-non-zero-on-fix", "a.txt")
    assert code == 1
    assert (files / "a.txt").read_text(encoding="utf-8") == FIXED
    code, _, _ = run_cli("check", *SEL, "--fix", "--exit-non-zero-on-fix", "a.txt")
    assert code == 0  # nothing left to fix
    code, _, _ = run_cli("check", *SEL, "--fix", "b.txt")
    assert code == 0  # without the flag a successful fix exits 0


def test_statistics_after_fix_counts_what_remains(files, run_cli):
    code, out, _ = run_cli(
        "check", "--select", "PUN001,FRG001", "--no-cache", "--statistics", "--fix", "."
    )
    assert code == 0 and out == ""


def test_fixes_of_a_file_that_fails_to_parse_are_not_counted(tmp_path, run_cli):
    """A JSONL file with a broken line is left untouched (exit 2): the summary must not
    say its first records were fixed."""
    f = tmp_path / "b.jsonl"
    raw = '{"id":1,"text":"قال الوزير ، إن الاتفاق مهم ."}\n{"id":2,"text": broken\n'.encode()
    f.write_bytes(raw)
    code, _, err = run_cli("check", "--fix", str(f))
    assert code == 2 and "malformed JSON" in err
    assert f.read_bytes() == raw
    assert "fixed" not in err.splitlines()[-1]


def test_fixing_a_symbolic_link_fixes_the_file_it_points_to(tmp_path, run_cli):
    target = tmp_path / "target.txt"
    target.write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("target.txt")
    code, _, _ = run_cli("check", "--fix", "--select", "PUN001", str(link))
    assert code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "قال الوزير، إن الاتفاق مهم.\n"


def test_repeated_select_flags_add_up(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق &quot;مهم&quot;.\n", encoding="utf-8")
    code, out, _ = run_cli(
        "check", "--select", "PUN001", "--select", "ENC001", "--output-format", "concise", str(f)
    )
    assert code == 1
    assert {line.split()[1] for line in out.splitlines()} == {"PUN001", "ENC001"}


def test_empty_select_is_a_usage_error(tmp_path, capsys):
    # "--select $RULES" with an unset variable would run no rule and pass every file.
    from tanqih.cli import main

    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق مهم.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["check", "--select", "", str(f)])
    assert exc.value.code == 2
    assert "no rule given" in capsys.readouterr().err


def test_unwritable_output_file_and_missing_corpus_input_exit_2(tmp_path, run_cli):
    code, _, err = run_cli("check", "--output", str(tmp_path / "no" / "x.json"), str(tmp_path))
    assert code == 2 and "cannot write" in err
    code, _, err = run_cli("corpus", str(tmp_path / "nope"), "-o", str(tmp_path / "t.json"))
    assert code == 2 and "no such file or folder" in err
    code, _, err = run_cli("corpus", str(tmp_path), "--min-documents", "0", "-o", "t.json")
    assert code == 2 and "--min-documents" in err


def test_tanqih_fix_does_not_count_the_fixes_of_a_file_not_written(tmp_path, run_cli):
    f = tmp_path / "b.jsonl"
    raw = '{"id":1,"text":"قال الوزير ، إن الاتفاق مهم ."}\n{"id":2,"text": broken\n'.encode()
    f.write_bytes(raw)
    code, _, err = run_cli("fix", str(f))
    assert code == 2 and f.read_bytes() == raw
    assert "fixes applied: 0 safe, 0 unsafe" in err
    assert "not written" in err


@pytest.mark.skipif(sys.platform == "win32", reason="hard links as POSIX has them")
def test_fixing_a_hard_linked_file_keeps_its_links(tmp_path, run_cli):
    """A rename would give the path a new inode and leave the other links with the old
    text: a file with hard links is rewritten in place (same inode, every link fixed)."""
    first = tmp_path / "a.txt"
    first.write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    os.link(first, second)
    inode = first.stat().st_ino
    code, _, _ = run_cli("check", "--fix", "--select", "PUN001", str(first))
    assert code == 0
    assert first.stat().st_ino == inode and first.stat().st_nlink == 2
    assert second.read_text(encoding="utf-8") == "قال الوزير، إن الاتفاق مهم.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_folder_that_cannot_be_written_is_checked_and_named(tmp_path, run_cli, monkeypatch):
    """--fix where no temp file can be made (a read-only folder): the findings are still
    reported, the error says the folder cannot be written (not "cannot read"), exit 2."""
    from tanqih.linter import parallel

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(parallel.Sink, "__init__", refuse)
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    code, out, err = run_cli("check", "--fix", "--output-format", "concise", str(f))
    assert code == 2
    assert "cannot write to" in err and "Permission denied" in err and "cannot read" not in err
    assert out.count("PUN001") == 2
    assert f.read_text(encoding="utf-8") == "قال الوزير ، إن الاتفاق مهم .\n"


def test_a_folder_without_text_files_says_so(tmp_path, run_cli):
    (tmp_path / "img.png").write_bytes(b"\x89PNG")
    code, _, err = run_cli("check", str(tmp_path))
    assert code == 0
    assert "no files to check" in err


def test_diff_summary_says_nothing_was_written(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    code, out, err = run_cli("check", "--diff", "--select", "PUN001", str(f))
    assert code == 1 and out.startswith("diff --git")
    assert "2 fixes in the diff (no file written)" in err and "2 fixed" not in err


def test_a_file_named_twice_is_checked_once(tmp_path, run_cli, monkeypatch):
    """As ruff: `check a.txt a.txt ./a.txt` or `check in in/a.txt` reports each file once,
    in the order first met."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    for name in ("in/a.txt", "in/b.txt"):
        (tmp_path / name).write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    for args, order in [
        (("in/a.txt", "in/a.txt", "./in/a.txt"), ["in/a.txt"]),
        (("in", "in/a.txt"), ["in/a.txt", "in/b.txt"]),
        (("in/b.txt", "in", str(tmp_path / "in" / "a.txt")), ["in/b.txt", "in/a.txt"]),
    ]:
        for jobs in ("1", "2"):
            code, out, err = run_cli(
                "check", "--select", "PUN001", "--jobs", jobs, "--output-format", "json", *args
            )
            assert code == 1
            paths = [x["path"] for x in json.loads(out)]
            assert paths == [p for p in order for _ in range(2)], (args, jobs)
            assert f"{len(order)} document" in err


def test_check_fix_summary_says_the_fixes_of_a_failed_file_were_not_applied(tmp_path, run_cli):
    """A malformed line further on leaves the file unchanged: the fixes of the lines before
    it were shown nowhere (the summary read like a clean, fixed file)."""
    f = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": f"a{i}", "text": "قال الوزير ، إن الاتفاق مهم ."}, ensure_ascii=False)
        for i in range(3)
    ]
    raw = ("\n".join(lines) + '\n{"id":"a6", "text": "bad line\n').encode()
    f.write_bytes(raw)
    code, _, err = run_cli("check", "--select", "PUN001", "--fix", str(f))
    assert code == 2 and f.read_bytes() == raw
    assert "news.jsonl:4: malformed JSON" in err
    assert "(file left unchanged: 6 fixes not applied)" in err
    summary = err.strip().splitlines()[-1]
    assert summary == (
        "tanqih: 3 documents, 0 findings, 6 fixes not applied "
        "(1 file left unchanged after an error), 1 error (above; exit 2)."
    )
    code, _, err = run_cli("fix", "--select", "PUN001", str(f))
    assert code == 2 and "6 fixes not applied" in err
