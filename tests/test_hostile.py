"""Hostile and broken input: each has a defined behaviour, a clear message and an exit code,
and no file that could not be read completely is changed.

| input | behaviour |
|---|---|
| 20 MB single line | checked (linear time), exit 0/1 |
| a million quote marks / periods, 100k nested brackets | checked, no hang |
| NUL bytes in a .txt | binary (git's rule: NUL in the first 8 KB): skipped with a warning |
| NUL escaped inside JSON text | checked as text (C0 rule may flag it) |
| lone surrogate escape in JSON ("\\ud800") | checked; fixed text keeps the escape |
| BOM in the middle | a character of the text (invisible-character rule) |
| CR-only line ends | kept byte for byte |
| empty file / empty JSONL line | nothing to report, exit 0, untouched |
| text field missing / null / not a string | INP001 finding, record passed through |
| path that cannot be read (directory named x.txt, missing file) | error naming it, exit 2 |
| symlink loop | error naming it, exit 2 |
| FIFO | skipped with a warning (never blocks) |
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from tanqih import fix_text, lint_text
from tanqih.linter.config import Config
from tanqih.linter.registry import all_rules

from .adversarial import adversarial

ALL = Config(select=["ALL"])


@pytest.mark.parametrize("name", list(adversarial(10)))
def test_every_rule_survives_adversarial_text(name):
    """Correctness only (the growth timing is bench/adversarial.py)."""
    text = adversarial(20_000)[name]
    for rule in all_rules():
        cfg = Config(select=[rule.code])
        lint_text(text, cfg)
    fixed, _ = fix_text(text, ALL, unsafe=True)
    assert fix_text(fixed, ALL, unsafe=True)[0] == fixed


def test_twenty_megabyte_single_line(tmp_path, run_cli):
    f = tmp_path / "big.txt"
    f.write_text(("قال الوزير، إن الاتفاق مهم وإن العمل مستمر بين البلدين " * 400_000)[:20_000_000])
    code, _, err = run_cli("check", "--output-format", "concise", str(f))
    assert code in (0, 1), err


def test_nul_bytes_make_a_binary_file_skipped(tmp_path, run_cli):
    f = tmp_path / "bin.txt"
    raw = b"abc\x00def \xd9\x82\xd8\xa7\xd9\x84 ,"
    f.write_bytes(raw)
    code, out, err = run_cli("check", "--fix", str(f))
    assert code == 0
    assert "binary" in err and "bin.txt" in err
    assert f.read_bytes() == raw


def test_lone_surrogate_escape_in_json(tmp_path, run_cli):
    f = tmp_path / "s.jsonl"
    raw = '{"text": "قال \\ud800 الوزير ، إن"}\n'.encode()
    f.write_bytes(raw)
    code, out, err = run_cli("check", "--select", "PUN001", "--fix", str(f))
    assert code in (0, 1), err
    data = f.read_bytes()
    assert b"\\ud800" in data
    assert json.loads(data)["text"] == "قال \ud800 الوزير، إن"


def test_bom_in_the_middle_and_cr_only_line_ends(tmp_path, run_cli):
    f = tmp_path / "cr.txt"
    raw = "قال الوزير ، إن\rوأضاف\ufeff أن العمل مستمر.\r".encode()
    f.write_bytes(raw)
    code, out, err = run_cli("check", "--select", "PUN001", "--fix", str(f))
    assert code in (0, 1), err
    assert f.read_bytes() == raw.replace(" ،".encode(), "،".encode())


@pytest.mark.parametrize("content", [b"", b"\n", b"\xef\xbb\xbf"])
def test_empty_files(tmp_path, run_cli, content):
    for name in ("e.txt", "e.jsonl"):
        f = tmp_path / name
        f.write_bytes(content)
        code, out, err = run_cli("check", "--fix", str(f))
        assert code == 0, err
        assert f.read_bytes() == content


def test_empty_jsonl_line_and_bad_records(tmp_path, run_cli):
    f = tmp_path / "r.jsonl"
    raw = b'{"text": "\xd9\x82\xd8\xa7\xd9\x84"}\n\n{"text": 5}\n{"x": 1}\n{"text": null}\n'
    f.write_bytes(raw)
    code, out, err = run_cli("check", "--fix", "--output-format", "json", str(f))
    found = json.loads(out)
    assert [(x["code"], x["record"]) for x in found] == [
        ("INP001", 3),
        ("INP001", 4),
        ("INP001", 5),
    ]
    assert code == 1
    assert f.read_bytes() == raw


def test_directory_named_like_a_text_file(tmp_path, run_cli):
    d = tmp_path / "dir.txt"
    d.mkdir()
    (d / "inner.txt").write_text("قال الوزير، إن.\n")
    code, out, err = run_cli("check", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err
    code, out, err = run_cli("check", str(d))  # a folder is walked, whatever its name
    assert code in (0, 1), err


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs are POSIX")
def test_symlink_loop_and_fifo(tmp_path, run_cli):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    code, out, err = run_cli("check", str(loop))
    assert code == 2 and "loop.txt" in err
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, out, err = run_cli("check", str(fifo))  # must not block
    assert "pipe.txt" in err
    walk = tmp_path / "walk"
    walk.mkdir()
    os.mkfifo(walk / "p.txt")
    os.symlink(walk / "l.txt", walk / "l.txt")
    (walk / "ok.txt").write_text("قال الوزير، إن.\n")
    code, out, err = run_cli("check", str(walk))
    assert "p.txt" in err
