"""Baselines: --write-baseline records, --baseline hides recorded findings only; identity
survives unrelated edits and moved lines/records; counted duplicates; stable file."""

from __future__ import annotations

import json

import pytest

SEL = ("--select", "PUN001", "--no-cache", "--output-format", "json")
ARTICLE = "قال الوزير ، إن الاتفاق مهم.\nسطر ثان سليم تماما.\nوأضاف المتحدث ، أن العمل مستمر.\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def check(run_cli, *args):
    code, out, err = run_cli("check", *SEL, *args)
    return code, json.loads(out), err


def test_write_then_check_reports_nothing_and_exits_0(repo, run_cli):
    code, out, err = run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    assert code == 0 and json.loads(out) == []  # recording prints no findings
    assert "recorded 2 findings" in err
    data = json.loads((repo / "base.json").read_text(encoding="utf-8"))
    assert data["tanqih-baseline"] == 1
    (codes,) = data["documents"].values()
    assert list(data["documents"]) == ["news/a.txt"]
    assert sum(codes["PUN001"].values()) == 2
    # Excerpts: flagged text between ⟦ ⟧ with a little context, no line numbers.
    assert "قال الوزير⟦ ،⟧ إن الاتفاق " in codes["PUN001"]
    code, findings, err = check(run_cli, "--baseline", "base.json", "news")
    assert code == 0 and findings == []
    assert "2 known finding(s) hidden" in err


def test_new_finding_reported_old_silent_after_unrelated_edits(repo, run_cli):
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    # Unrelated edits: a paragraph inserted on top, lines moved, a word changed far away.
    lines = ARTICLE.splitlines(keepends=True)
    edited = (
        "مقدمة جديدة أضيفت في الأعلى.\n\n" + lines[2] + lines[1].replace("ثان", "ثالث") + lines[0]
    )
    edited += "خبر جديد ، فيه خطأ.\n"  # new damage
    (repo / "news" / "a.txt").write_text(edited, encoding="utf-8")
    code, findings, _ = check(run_cli, "--baseline", "base.json", "news")
    assert code == 1
    assert len(findings) == 1
    assert findings[0]["line"] == 6 and findings[0]["column"] == 9


def test_edit_next_to_a_finding_makes_it_new(repo, run_cli):
    """The fingerprint keeps a little context: rewriting the words around a finding is a
    change a reviewer should see."""
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    text = ARTICLE.replace("قال الوزير ،", "صرح الرئيس ،")
    (repo / "news" / "a.txt").write_text(text, encoding="utf-8")
    code, findings, _ = check(run_cli, "--baseline", "base.json", "news")
    assert code == 1 and len(findings) == 1 and findings[0]["line"] == 1


def test_identical_fingerprints_are_counted(repo, run_cli):
    dup = "كلمة ، كلمة\n"
    (repo / "news" / "a.txt").write_text(dup * 2, encoding="utf-8")
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    data = json.loads((repo / "base.json").read_text(encoding="utf-8"))
    assert list(data["documents"]["news/a.txt"]["PUN001"].values()) == [2]
    (repo / "news" / "a.txt").write_text(dup * 3, encoding="utf-8")
    code, findings, _ = check(run_cli, "--baseline", "base.json", "news")
    assert code == 1 and len(findings) == 1  # the third occurrence is new
    (repo / "news" / "a.txt").write_text(dup, encoding="utf-8")
    code, findings, err = check(run_cli, "--baseline", "base.json", "news")
    assert code == 0 and findings == []
    assert "1 baseline entry no longer occur" in err


def test_records_keyed_by_id_survive_reordering(repo, run_cli):
    rows = [
        {"id": "a", "text": "خبر ، أول"},
        {"id": "b", "text": "خبر ، أول"},  # same text, other record: its own identity
        {"id": "c", "text": "خبر سليم"},
    ]
    path = repo / "news" / "c.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    run_cli("check", *SEL, "--id-field", "id", "--write-baseline", "base.json", "news")
    data = json.loads((repo / "base.json").read_text(encoding="utf-8"))
    assert {"news/c.jsonl#a", "news/c.jsonl#b"} <= set(data["documents"])
    # Reordered records and a new one: only the new one is reported.
    rows = [rows[2], rows[1], {"id": "d", "text": "خبر ، أول"}, rows[0]]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    code, findings, _ = check(run_cli, "--id-field", "id", "--baseline", "base.json", "news")
    assert code == 1
    assert [(f["id"], f["record"]) for f in findings] == [("d", 3)]


def test_baseline_file_is_sorted_and_stable(repo, run_cli):
    (repo / "news" / "b.txt").write_text("نص ، آخر\n", encoding="utf-8")
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    first = (repo / "base.json").read_bytes()
    run_cli("check", *SEL, "--write-baseline", "base.json", "news/b.txt", "news/a.txt")
    assert (repo / "base.json").read_bytes() == first
    data = json.loads(first)
    docs = list(data["documents"])
    assert docs == sorted(docs)
    for codes in data["documents"].values():
        assert list(codes) == sorted(codes)
        for excerpts in codes.values():
            assert list(excerpts) == sorted(excerpts)
    assert first.endswith(b"}\n") and b"\n  " in first  # indented: one excerpt per line
    assert "،".encode() in first  # Arabic kept readable (no \\u escapes)


def test_partial_run_keeps_other_documents_and_drops_deleted_files(repo, run_cli):
    (repo / "news" / "b.txt").write_text("نص ، آخر\n", encoding="utf-8")
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    # Re-record one file: the other file's entries stay.
    (repo / "news" / "a.txt").write_text("نظيف تماما.\n", encoding="utf-8")
    run_cli("check", *SEL, "--write-baseline", "base.json", "news/a.txt")
    docs = json.loads((repo / "base.json").read_text(encoding="utf-8"))["documents"]
    assert list(docs) == ["news/b.txt"]
    (repo / "news" / "b.txt").unlink()
    (repo / "news" / "c.txt").write_text("ثالث ، هنا\n", encoding="utf-8")
    run_cli("check", *SEL, "--write-baseline", "base.json", "news/c.txt")
    docs = json.loads((repo / "base.json").read_text(encoding="utf-8"))["documents"]
    assert list(docs) == ["news/c.txt"]


def test_paths_are_relative_to_the_baseline_file(repo, run_cli, monkeypatch):
    (repo / "ci").mkdir()
    run_cli("check", *SEL, "--write-baseline", "ci/base.json", "news")
    docs = json.loads((repo / "ci" / "base.json").read_text(encoding="utf-8"))["documents"]
    assert list(docs) == ["../news/a.txt"]
    monkeypatch.chdir(repo / "news")  # run from elsewhere: same identities
    code, findings, _ = check(run_cli, "--baseline", "../ci/base.json", "a.txt")
    assert code == 0 and findings == []


def test_baseline_with_fix_hides_only_what_remains_known(repo, run_cli):
    run_cli("check", *SEL, "--write-baseline", "base.json", "news")
    code, out, _ = run_cli("check", *SEL, "--baseline", "base.json", "--fix", "news")
    assert code == 0 and json.loads(out) == []
    assert "،" in (repo / "news" / "a.txt").read_text(encoding="utf-8")
    assert " ،" not in (repo / "news" / "a.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "not valid JSON"),
        ('{"documents": {}}', "not a tanqih baseline"),
        ('{"tanqih-baseline": 1, "documents": {"a": {"X": {"t": "two"}}}}', "malformed"),
    ],
)
def test_bad_baseline_is_an_error(repo, run_cli, content, message):
    if content is not None:
        (repo / "base.json").write_text(content, encoding="utf-8")
    code, out, err = run_cli("check", *SEL, "--baseline", "base.json", "news")
    assert code == 2 and message in err


# -- per-document ignores: the false positive a baseline should not hide forever ------


def write_config(path, body: str) -> None:
    path.write_text(body, encoding="utf-8")


def test_per_file_ignores_by_path_glob(repo, run_cli):
    (repo / "news" / "quoted").mkdir()
    (repo / "news" / "quoted" / "q.txt").write_text("نص ، منقول\n", encoding="utf-8")
    write_config(repo / "tanqih.toml", '[per-file-ignores]\n"news/quoted/**" = ["PUN001"]\n')
    code, findings, _ = check(run_cli, "news")
    assert {f["path"] for f in findings} == {"news/a.txt"}
    # Globs are relative to the config file's folder, not to the working folder.
    import os

    os.chdir(repo / "news")
    code, findings, _ = check(run_cli, ".")
    assert {f["path"] for f in findings} == {"a.txt"}


def test_per_file_ignores_negated_glob(repo, run_cli):
    (repo / "news" / "b.md").write_text("نص ، آخر\n", encoding="utf-8")
    write_config(repo / "tanqih.toml", '[per-file-ignores]\n"!*.md" = ["PUN001"]\n')
    code, findings, _ = check(run_cli, "news")
    assert {f["path"] for f in findings} == {"news/b.md"}


def test_per_file_ignores_by_record_key(repo, run_cli):
    rows = [{"id": "a", "text": "خبر ، أول"}, {"id": "b", "text": "خبر ، ثان"}]
    (repo / "news" / "c.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    (repo / "news" / "a.txt").unlink()
    for key in ("news/*.jsonl#a", "#a", "a"):
        write_config(
            repo / "tanqih.toml", f'id-field = "id"\n[per-file-ignores]\n"{key}" = ["PUN"]\n'
        )
        code, findings, _ = check(run_cli, "news")
        assert [f["id"] for f in findings] == ["b"], key
    # A key glob for another file does not apply.
    write_config(
        repo / "tanqih.toml", 'id-field = "id"\n[per-file-ignores]\n"other.jsonl#a" = ["PUN"]\n'
    )
    _, findings, _ = check(run_cli, "news")
    assert [f["id"] for f in findings] == ["a", "b"]


def test_per_file_ignores_bad_value_is_a_config_error(repo, run_cli):
    write_config(repo / "tanqih.toml", '[per-file-ignores]\n"*.txt" = "PUN001"\n')
    code, _, err = run_cli("check", *SEL, "news")
    assert code == 2 and "per-file-ignores" in err


def test_rerecording_a_file_drops_its_removed_records(repo, run_cli):
    path = repo / "news" / "c.jsonl"
    rows = [{"id": "a", "text": "خبر ، أول"}, {"id": "b", "text": "خبر ، ثان"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    args = ("check", *SEL, "--id-field", "id", "--write-baseline", "base.json")
    run_cli(*args, "news")
    docs = json.loads((repo / "base.json").read_text(encoding="utf-8"))["documents"]
    assert {"news/c.jsonl#a", "news/c.jsonl#b", "news/a.txt"} == set(docs)
    path.write_text(json.dumps(rows[1], ensure_ascii=False) + "\n", "utf-8")
    run_cli(*args, "news/c.jsonl")
    docs = json.loads((repo / "base.json").read_text(encoding="utf-8"))["documents"]
    assert {"news/c.jsonl#b", "news/a.txt"} == set(docs)
