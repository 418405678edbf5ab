"""End-to-end behaviour of `tanqih check` on files: formats, fixes, diffs, errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

DIRTY = "قال الوزير ، إن الاتفاق مهم .\nوأضاف أن العمل مستمر.\n"
CLEAN = "قال الوزير، إن الاتفاق مهم.\nوأضاف أن العمل مستمر.\n"
SEL = ("--select", "PUN001")


def test_check_reports_and_exits_1(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text(DIRTY, encoding="utf-8")
    code, out, err = run_cli("check", *SEL, "--output-format", "json", str(f))
    assert code == 1
    findings = json.loads(out)
    assert [x["code"] for x in findings] == ["PUN001", "PUN001"]
    first = findings[0]
    assert DIRTY[first["start"] : first["end"]] == " ،"
    assert (first["line"], first["column"], first["record"], first["id"]) == (1, 11, None, None)
    assert first["fix"]["applicability"] == "safe"
    assert set(first) == {
        "code", "name", "message", "path", "record", "id", "field", "start", "end",
        "line", "column", "end_line", "end_column", "fix",
    }  # fmt: skip


def test_clean_file_exits_0(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text(CLEAN, encoding="utf-8")
    assert run_cli("check", *SEL, str(f))[0] == 0


def test_fix_writes_and_is_idempotent(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text(DIRTY, encoding="utf-8")
    assert run_cli("check", *SEL, "--fix", str(f))[0] == 0
    assert f.read_text(encoding="utf-8") == CLEAN
    assert run_cli("check", *SEL, "--fix", str(f))[0] == 0
    assert f.read_text(encoding="utf-8") == CLEAN


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff" + DIRTY.replace("\n", "\r\n"),  # BOM + CRLF
        DIRTY.rstrip("\n"),  # no final newline
    ],
)
def test_bom_crlf_and_missing_newline_kept(tmp_path, run_cli, raw):
    f = tmp_path / "a.txt"
    f.write_bytes(raw.encode("utf-8"))
    code, out, _ = run_cli("check", *SEL, "--output-format", "json", str(f))
    text = raw.lstrip("\ufeff")
    for x in json.loads(out):  # offsets index the text without BOM, CRLF counted as 2
        assert text[x["start"] : x["end"]].startswith(" ")
    run_cli("check", *SEL, "--fix", str(f))
    expected = raw.replace(" ،", "،").replace(" .", ".")
    assert f.read_bytes() == expected.encode("utf-8")


def test_cp1256_round_trip(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.encode("cp1256"))
    # Read as UTF-8 it is invalid: exit 2, file untouched.
    code, _, err = run_cli("check", *SEL, "--fix", str(f))
    assert code == 2 and "invalid utf-8" in err and str(f.name) in err
    assert f.read_bytes() == DIRTY.encode("cp1256")
    assert run_cli("check", *SEL, "--fix", "--encoding", "cp1256", str(f))[0] == 0
    assert f.read_bytes() == CLEAN.encode("cp1256")


def test_cp1256_file_keeps_the_fixes_it_can_hold(tmp_path, run_cli):
    """An entity whose character cp1256 cannot hold (&#9733; is ★) is shown, not fixed;
    the file's other fixes are written (they were all lost with an encode error)."""
    f = tmp_path / "legacy.txt"
    f.write_bytes("حقوق النشر &copy; محفوظة &#9733; للموقع ، والخبر مهم .\n".encode("cp1256"))
    code, out, _ = run_cli("check", "--select", "ENC001,PUN001", "--output-format", "concise",
                           "--encoding", "cp1256", str(f))  # fmt: skip
    assert code == 1 and "cannot be written in cp1256" in out
    code, _, err = run_cli(
        "check", "--select", "ENC001,PUN001", "--fix", "--encoding", "cp1256", str(f)
    )
    assert code == 1, err
    assert f.read_bytes() == "حقوق النشر © محفوظة &#9733; للموقع، والخبر مهم.\n".encode("cp1256")


def _jsonl(tmp_path: Path) -> Path:
    lines = [
        '{"id": 1, "text": "قال الوزير ، إن", "n": 1.50, "t": "\\u0642 / x"}',
        '{"text":"لا شيء هنا.","id":2}',
        '{"id": 3, "text": "\\u0642\\u0627\\u0644 \\u060c \\u0625\\u0646"}',
        '{"id": 4, "body": "no text field"}',
        '{"id": 5, "text": null}',
        "",
    ]
    f = tmp_path / "c.jsonl"
    f.write_bytes("\n".join(lines).encode("utf-8"))
    return f


def test_jsonl_fix_changes_only_the_text_field_bytes(tmp_path, run_cli):
    f = _jsonl(tmp_path)
    before = f.read_bytes().split(b"\n")
    code, out, _ = run_cli("check", *SEL, "--output-format", "json", str(f))
    findings = json.loads(out)
    assert {(x["record"], x["code"]) for x in findings} == {(1, "PUN001"), (3, "PUN001")}
    code, _, _ = run_cli("check", "--select", "PUN001,INP001", "--fix", str(f))
    after = f.read_bytes().split(b"\n")
    assert after[0] == before[0].replace(" ،".encode(), "،".encode())
    assert after[1:] == [before[1], before[2].replace(b" \\u060c", b"\\u060c"), *before[3:]]
    assert b"1.50" in after[0] and b'"\\u0642 / x"' in after[0]


def test_missing_text_field_is_an_input_finding(tmp_path, run_cli):
    f = _jsonl(tmp_path)
    code, out, _ = run_cli("check", "--select", "INP", "--output-format", "json", str(f))
    found = json.loads(out)
    assert [(x["code"], x["record"]) for x in found] == [("INP001", 4), ("INP001", 5)]
    assert "missing" in found[0]["message"] and "null" in found[1]["message"]


def test_id_field_names_records(tmp_path, run_cli):
    f = _jsonl(tmp_path)
    _, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "json", str(f))
    assert [x["id"] for x in json.loads(out)] == ["1", "3"]


def test_text_field_flag(tmp_path, run_cli):
    f = tmp_path / "b.jsonl"
    f.write_text('{"body": "قال الوزير ، إن"}\n', encoding="utf-8")
    _, out, _ = run_cli("check", *SEL, "--text-field", "body", "--output-format", "json", str(f))
    assert len(json.loads(out)) == 1


def test_malformed_jsonl_exits_2_and_leaves_file(tmp_path, run_cli):
    f = tmp_path / "bad.jsonl"
    raw = '{"text": "قال الوزير ، إن"}\n{"text": broken}\n'.encode()
    f.write_bytes(raw)
    code, _, err = run_cli("check", *SEL, "--fix", str(f))
    assert code == 2
    assert "bad.jsonl:2" in err and "malformed JSON" in err
    assert f.read_bytes() == raw


def test_invalid_utf8_in_jsonl_names_line(tmp_path, run_cli):
    f = tmp_path / "bad.jsonl"
    raw = b'{"text": "ok"}\n{"text": "\xff"}\n'
    f.write_bytes(raw)
    code, _, err = run_cli("check", *SEL, "--fix", str(f))
    assert code == 2 and "bad.jsonl:2" in err
    assert f.read_bytes() == raw


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_diff_applies_with_git_apply_and_patch(tmp_path):
    (tmp_path / "d").mkdir()
    files = {
        "d/a.txt": DIRTY,
        "d/crlf.txt": DIRTY.replace("\n", "\r\n"),
        "d/noeol.txt": DIRTY.rstrip("\n"),
        "d/c.jsonl": '{"text": "قال الوزير ، إن"}\n{"text": "سليم."}',
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content.encode("utf-8"))
    run = lambda *a: subprocess.run(  # noqa: E731
        ["uv", "run", "--frozen", "tanqih", *a], cwd=tmp_path, capture_output=True
    )
    diff = run("check", *SEL, "--diff", "d")
    assert diff.returncode == 1
    assert diff.stdout.startswith(b"diff --git a/d/")
    assert b"PUN001" not in diff.stdout  # findings go to stderr
    for name, content in files.items():  # --diff writes nothing
        assert (tmp_path / name).read_bytes() == content.encode("utf-8")
    fixed = tmp_path / "fixed"
    shutil.copytree(tmp_path / "d", fixed / "d")
    subprocess.run(
        ["uv", "run", "--frozen", "tanqih", "check", *SEL, "--fix", "d"], cwd=fixed, check=False
    )
    for tool in (["git", "apply"], ["patch", "-p1", "--quiet"]):
        if shutil.which(tool[0]) is None:
            continue
        work = tmp_path / f"w-{tool[0]}"
        shutil.copytree(tmp_path / "d", work / "d")
        subprocess.run([*tool], cwd=work, input=diff.stdout, check=True)
        for name in files:
            assert (work / name).read_bytes() == (fixed / name).read_bytes(), (tool, name)


def test_markdown_code_and_links_are_not_linted(tmp_path, run_cli):
    f = tmp_path / "a.md"
    f.write_text(
        "قال الوزير ، إن\n\n`كود ، هنا`\n\n```\nقال ، لا\n```\n\n[رابط](http://x.y/a ،b)\n",
        encoding="utf-8",
    )
    _, out, _ = run_cli("check", *SEL, "--output-format", "json", str(f))
    assert [x["line"] for x in json.loads(out)] == [1]


def test_markdown_indented_code_only_after_a_blank_line_and_outside_lists(tmp_path, run_cli):
    # CommonMark: four spaces after a blank line are code; under a list item they are a
    # nested item, and right under a paragraph they continue it.
    f = tmp_path / "a.md"
    f.write_text(
        "- البند الأول\n    - بند فرعي ، مهم\n\nفقرة أولى\n    تكملة ، الفقرة\n\n    شيفرة ، هنا\n",
        encoding="utf-8",
    )
    _, out, _ = run_cli("check", *SEL, "--output-format", "json", str(f))
    assert [x["line"] for x in json.loads(out)] == [2, 5]


def test_folder_walk_skips_hidden_and_unknown(tmp_path, run_cli):
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "x.csvx").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ndjson").write_text('{"text": "قال ، لا"}\n', encoding="utf-8")
    _, out, _ = run_cli("check", *SEL, "--output-format", "json", str(tmp_path))
    assert [Path(x["path"]).name for x in json.loads(out)] == ["b.ndjson"]


def test_concise_and_full_formats(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text(DIRTY, encoding="utf-8")
    _, out, _ = run_cli("check", *SEL, "--output-format", "concise", str(f))
    assert out.splitlines()[0].endswith(
        "PUN001 space before '،': the mark belongs to the word before it [*]"
    )
    assert ":1:11:" in out
    _, out, _ = run_cli("check", *SEL, "--output-format", "full", str(f))
    assert "⟦ ،⟧" in out and "fix: safe" in out


def test_unknown_selector_and_config_key_exit_2(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text(CLEAN, encoding="utf-8")
    code, _, err = run_cli("check", "--select", "NOPE999", str(f))
    assert code == 2 and "NOPE999" in err
    (tmp_path / "tanqih.toml").write_text('selekt = ["PUN"]\n', encoding="utf-8")
    code, _, err = run_cli("check", str(f))
    assert code == 2 and "selekt" in err


def test_rules_and_rule_commands(run_cli):
    code, out, _ = run_cli("rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and any(r["code"] == "PUN001" for r in rules)
    code, out, _ = run_cli("rule", "space-before-punctuation")
    assert code == 0 and "PUN001" in out and "**Fix safety**" in out


def test_rules_lists_the_configs_custom_rules(tmp_path, monkeypatch, run_cli):
    (tmp_path / "tanqih.toml").write_text(
        '[[custom-rules]]\ncode = "USR042"\nname = "no-colloquial-x"\ntype = "existence"\n'
        'tokens = ["هيك"]\nmessage = "colloquial {match}"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    from tanqih.rules.custom import forget_user_rules

    try:
        code, out, _ = run_cli("rules", "--format", "json")
        assert code == 0 and "USR042" in [r["code"] for r in json.loads(out)]
        code, out, _ = run_cli("rule", "USR042")
        assert code == 0 and "no-colloquial-x" in out
        code, out, _ = run_cli("rules", "--format", "markdown")  # the built-in catalog only
        assert "USR042" not in out
    finally:
        forget_user_rules()
