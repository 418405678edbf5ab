"""--patch-out (a reviewable JSONL patch stream) and `tanqih apply` (refusing stale records)."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil

from tanqih.linter.patchstream import apply_edits

from .corpus_helpers import make_tree, snapshot, write_jsonl


def _texts(path):
    """text per record number of a JSONL file (None when missing)."""
    out = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        out[i] = json.loads(line).get("text")
    return out


def test_patch_lines_are_relative_to_the_original_text(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    f = write_jsonl(src / "a.jsonl", 40, seed=1)
    fixed = tmp_path / "fixed"
    shutil.copytree(src, fixed)
    run_cli("check", "--fix", "--unsafe-fixes", "-q", "--jobs", "1", str(fixed))
    patch = tmp_path / "p.jsonl"
    code, _, _ = run_cli("check", "--unsafe-fixes", "--patch-out", str(patch), "-q", str(f))
    assert code == 1  # fixes pending, nothing written
    original, after = _texts(f), _texts(fixed / "a.jsonl")
    lines = [json.loads(x) for x in patch.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == sum(1 for k in original if original[k] != after[k]) > 10
    for p in lines:
        assert set(p) == {"path", "record", "id", "field", "sha256", "edits"}
        assert p["path"].endswith("a.jsonl") and p["field"] == "text" and p["id"] is None
        text = original[p["record"]]
        assert p["sha256"] == hashlib.sha256(text.encode()).hexdigest()
        for e in p["edits"]:
            assert set(e) == {"start", "end", "content", "codes", "applicability"}
            assert e["codes"] and e["applicability"] in ("safe", "unsafe")
        starts = [(e["start"], e["end"]) for e in p["edits"]]
        assert starts == sorted(starts)
        # composed over every pass of the fixpoint: one application gives the fixed text
        assert apply_edits(text, p["edits"]) == after[p["record"]]


def test_patch_out_with_id_field(tmp_path, run_cli):
    f = write_jsonl(tmp_path / "a.jsonl", 5, seed=2)
    patch = tmp_path / "p.jsonl"
    run_cli("check", "--id-field", "id", "--patch-out", str(patch), "-q", str(f))
    ids = [json.loads(x)["id"] for x in patch.read_text(encoding="utf-8").splitlines()]
    assert ids and all(i.startswith("doc-2-") for i in ids)


def test_apply_equals_fix_for_every_format(tmp_path, run_cli, monkeypatch):
    src = make_tree(tmp_path / "src")
    (src / "z.jsonl.gz").write_bytes(gzip.compress((src / "news" / "a.jsonl").read_bytes()))
    fixed = tmp_path / "fixed"
    shutil.copytree(src, fixed)
    run_cli("check", "--fix", "-q", "--jobs", "1", str(fixed))
    work = tmp_path / "work"
    shutil.copytree(src, work)
    monkeypatch.chdir(work)  # patch paths are relative to the working folder
    assert run_cli("check", "--patch-out", "../p.jsonl", "-q", ".")[0] == 1
    assert snapshot(work) == snapshot(src)
    code, _, err = run_cli("apply", "../p.jsonl")
    assert code == 0, err
    got, want = snapshot(work), snapshot(fixed)
    gz = "z.jsonl.gz"
    assert gzip.decompress(got.pop(gz)) == gzip.decompress(want.pop(gz))
    assert got == want
    # Replaying the same stream again: every record now has another hash -> refused.
    code, _, err = run_cli("apply", "../p.jsonl")
    assert code == 1
    assert "refused: news/a.jsonl:1: the text changed since the patch was made" in err
    assert snapshot(work)["news/a.jsonl"] == snapshot(fixed)["news/a.jsonl"]


def test_apply_refuses_only_the_changed_record(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = write_jsonl(tmp_path / "a.jsonl", 6, seed=4)
    run_cli("check", "--patch-out", "p.jsonl", "-q", "a.jsonl")
    patched = [json.loads(x)["record"] for x in open("p.jsonl", encoding="utf-8")]
    victim = patched[0]
    lines = f.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[victim - 1])
    rec["text"] = rec["text"] + " (تحديث)"
    lines[victim - 1] = json.dumps(rec, ensure_ascii=False)
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run_cli("apply", "p.jsonl")
    assert code == 1
    assert f"refused: a.jsonl:{victim}: the text changed" in err
    assert f"{len(patched) - 1} record(s) patched" in err
    after = _texts(f)
    assert after[victim] == rec["text"]  # left as it is
    for r in patched[1:]:
        assert after[r] != json.loads(lines[r - 1])["text"]


def test_apply_errors(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"path": "x.jsonl"}\n', encoding="utf-8")
    code, _, err = run_cli("apply", "bad.jsonl")
    assert code == 2 and "bad.jsonl:1: not a tanqih patch line" in err
    write_jsonl(tmp_path / "a.jsonl", 3, seed=1)
    missing = {
        "path": "a.jsonl",
        "record": 99,
        "id": None,
        "field": "text",
        "sha256": "0" * 64,
        "edits": [],
    }
    (tmp_path / "m.jsonl").write_text(json.dumps(missing) + "\n", encoding="utf-8")
    code, _, err = run_cli("apply", "m.jsonl")
    assert code == 1 and "a.jsonl:99: no such record" in err
    assert run_cli("apply", "nope.jsonl")[0] == 2


def test_apply_output_dir(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = write_jsonl(tmp_path / "a.jsonl", 8, seed=6)
    before = f.read_bytes()
    run_cli("check", "--patch-out", "p.jsonl", "-q", "a.jsonl")
    assert run_cli("apply", "p.jsonl", "--output-dir", "out")[0] == 0
    assert f.read_bytes() == before
    run_cli("check", "--fix", "-q", "a.jsonl")
    assert (tmp_path / "out" / "a.jsonl").read_bytes() == f.read_bytes()


def test_apply_root_names_the_folder_the_patch_paths_start_from(tmp_path, run_cli, monkeypatch):
    work = tmp_path / "work"
    (work / "news").mkdir(parents=True)
    f = write_jsonl(work / "news" / "a.jsonl", 6, seed=5)
    before = f.read_bytes()
    monkeypatch.chdir(work)
    assert run_cli("check", "--patch-out", "../p.jsonl", "-q", "news")[0] == 1
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, _, err = run_cli("apply", "../p.jsonl")
    assert code == 2
    assert "news/a.jsonl: cannot read" in err and "pass --root DIR" in err
    assert f.read_bytes() == before
    code, _, err = run_cli("apply", "../p.jsonl", "--root", "../work")
    assert code == 0, err
    assert f.read_bytes() != before
    code, _, err = run_cli("apply", "../p.jsonl", "--root", "../nowhere")
    assert code == 2 and "no such folder" in err
