"""The result cache: hits on unchanged input, invalidation on content, config, corpus data,
data files and tanqih itself; never a stale or different result."""

from __future__ import annotations

import json

import pytest

from tanqih.linter import cache as cache_mod
from tanqih.linter.config import Config
from tanqih.linter.engine import Linter

SEL = ("--select", "PUN001", "--output-format", "json", "--jobs", "1")
ROWS = [
    {"id": "a", "text": "خبر ، أول"},
    {"id": "b", "text": "خبر سليم"},
    {"id": "c", "text": "خبر ، ثالث"},
]


@pytest.fixture
def lint_calls(monkeypatch):
    """Count documents actually linted (cache misses)."""
    calls = []
    real = Linter.lint

    def counting(self, doc):
        calls.append(doc.text)
        return real(self, doc)

    monkeypatch.setattr(Linter, "lint", counting)
    return calls


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("قال الوزير ، إن الاتفاق مهم .\n", encoding="utf-8")
    write_rows(tmp_path / "c.jsonl", ROWS)
    return tmp_path


def write_rows(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def run(run_cli, *args):
    code, out, _ = run_cli("check", *SEL, "--cache-dir", "cache", *args)
    return code, out


def test_second_run_hits_and_gives_the_same_output(work, run_cli, lint_calls):
    first = run(run_cli, ".")
    assert len(lint_calls) == 4
    lint_calls.clear()
    second = run(run_cli, ".")
    assert lint_calls == []
    assert second == first
    assert first[0] == 1 and len(json.loads(first[1])) == 4


def test_cache_folder_has_its_own_gitignore_and_tag(work, run_cli):
    run(run_cli, ".")
    assert (work / "cache" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (work / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d")


def test_default_folder_is_dot_tanqih_cache(work, run_cli, monkeypatch):
    monkeypatch.delenv("TANQIH_CACHE_DIR")
    run_cli("check", *SEL, "a.txt")
    assert (work / ".tanqih_cache" / ".gitignore").is_file()


def test_no_cache_reads_and_writes_nothing(work, run_cli, lint_calls):
    run_cli("check", *SEL, "--no-cache", "--cache-dir", "cache", ".")
    run_cli("check", *SEL, "--no-cache", "--cache-dir", "cache", ".")
    assert len(lint_calls) == 8
    assert not (work / "cache").exists()


def test_changed_record_alone_is_relinted_and_moved_records_keep_current_numbers(
    work, run_cli, lint_calls
):
    run(run_cli, "--id-field", "id", "c.jsonl")
    lint_calls.clear()
    rows = [ROWS[2], ROWS[1], {"id": "a", "text": "خبر ، أول معدل"}]
    write_rows(work / "c.jsonl", rows)
    code, out = run(run_cli, "--id-field", "id", "c.jsonl")
    assert lint_calls == ["خبر ، أول معدل"]
    got = [(f["id"], f["record"], f["line"], f["column"]) for f in json.loads(out)]
    assert got == [("c", 1, 1, 4), ("a", 3, 1, 4)]
    lint_calls.clear()
    assert run(run_cli, "--id-field", "id", "--no-cache", "c.jsonl") == (code, out)


def test_config_change_invalidates(work, run_cli, lint_calls):
    run(run_cli, "a.txt")
    lint_calls.clear()
    (work / "tanqih.toml").write_text('ignore = ["PUN002"]\n', encoding="utf-8")
    run(run_cli, "a.txt")
    assert len(lint_calls) == 1  # another effective config: a miss
    lint_calls.clear()
    run(run_cli, "a.txt")
    assert lint_calls == []
    (work / "tanqih.toml").write_text('[per-file-ignores]\n"a.txt" = ["PUN001"]\n', "utf-8")
    code, out = run(run_cli, "a.txt")
    assert len(lint_calls) == 1 and (code, json.loads(out)) == (0, [])


def test_flags_change_invalidates(work, run_cli, lint_calls):
    run(run_cli, "a.txt")
    lint_calls.clear()
    code, out, _ = run_cli("check", "--cache-dir", "cache", "--output-format", "json", "a.txt")
    assert len(lint_calls) == 1  # default rule selection: another config
    assert {f["code"] for f in json.loads(out)} >= {"PUN001"}


def test_fix_serves_clean_documents_from_cache_and_caches_fixed_text(work, run_cli, lint_calls):
    (work / "clean.txt").write_text("نص نظيف تماما.\n", encoding="utf-8")
    run(run_cli, "clean.txt", "a.txt")
    lint_calls.clear()
    code, out = run(run_cli, "--fix", "clean.txt", "a.txt")
    assert code == 0
    assert "نص نظيف تماما.\n" not in lint_calls  # served from the cache
    assert lint_calls  # the dirty file was really fixed
    assert (work / "a.txt").read_text(encoding="utf-8") == "قال الوزير، إن الاتفاق مهم.\n"
    lint_calls.clear()
    assert run(run_cli, "a.txt", "clean.txt") == (0, "[]\n")
    assert lint_calls == []  # the fixed text was cached by --fix


def test_corrupt_entries_are_ignored(work, run_cli, lint_calls):
    first = run(run_cli, "a.txt")
    for entry in (work / "cache").rglob("*.json"):
        entry.write_text("{broken", encoding="utf-8")
    lint_calls.clear()
    assert run(run_cli, "a.txt") == first
    assert len(lint_calls) == 1


def test_corpus_context_is_part_of_the_key(work):
    """Rules get corpus-level data through RunOptions.context: other data, other entry."""
    c1 = cache_mod.Cache(work / "cache", {"names": {"بلطي": 3}})
    c2 = cache_mod.Cache(work / "cache", {"names": {"بلطي": 4}})
    c3 = cache_mod.Cache(work / "cache", lambda: {"names": {"بلطي": 3}})
    cfg = Config()
    p = work / "a.txt"
    assert c1.entry_path(p, cfg) != c2.entry_path(p, cfg)
    assert c1.entry_path(p, cfg) == c3.entry_path(p, cfg)
    # Order of a set or mapping does not matter; an unhashable object never hits.
    assert cache_mod.stable_hash({"a": {1, 2}, "b": 1}) == cache_mod.stable_hash(
        {"b": 1, "a": {2, 1}}
    )
    assert cache_mod.stable_hash(object()) != cache_mod.stable_hash(object())


def test_files_named_by_config_are_hashed(work):
    names = work / "names.txt"
    names.write_text("بلطي\n", encoding="utf-8")
    cfg = Config(rules={"VAR001": {"names-file": "names.txt"}}, root=work)
    before = cache_mod.config_fingerprint(cfg)
    assert cache_mod.config_fingerprint(cfg) == before
    names.write_text("بالطي\n", encoding="utf-8")
    assert cache_mod.config_fingerprint(cfg) != before


def test_tanqih_code_change_invalidates(monkeypatch):
    import tanqih

    before = cache_mod.code_fingerprint()
    monkeypatch.setattr(cache_mod, "_CODE_FINGERPRINT", None)
    monkeypatch.setattr(tanqih, "__version__", "999.0")
    assert cache_mod.code_fingerprint() != before


def test_read_only_cache_folder_is_not_an_error(work, run_cli, lint_calls):
    blocker = work / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code, out = run(run_cli, "a.txt")
    assert code == 1 and len(json.loads(out)) == 2


def test_findings_roundtrip_through_json():
    from tanqih.linter.findings import Edit, Finding, Fix

    f = Finding(
        "X001", "x", "msg", 1, 3, Fix.unsafe(Edit(1, 2, "a"), Edit(2, 3), message="m"), "fam"
    )
    data = json.loads(json.dumps(cache_mod.finding_to_json(f)))
    assert cache_mod.finding_from_json(data) == f


def test_cache_with_worker_processes(work, run_cli):
    for i in range(4):
        (work / f"f{i}.txt").write_text(f"نص {i} ، هنا\n", encoding="utf-8")
    args = ("check", "--select", "PUN001", "--output-format", "json", "--cache-dir", "cache")
    first = run_cli(*args, "--jobs", "2", ".")
    entries = {p: p.stat().st_ino for p in (work / "cache").rglob("*.json")}
    assert len(entries) == 6  # one per file
    assert run_cli(*args, "--jobs", "2", ".") == first
    assert {p: p.stat().st_ino for p in (work / "cache").rglob("*.json")} == entries
    assert run_cli(*args, "--jobs", "1", "--no-cache", ".") == first


def test_moved_checkout_still_hits(tmp_path, monkeypatch, run_cli, lint_calls):
    """CI restores the cache into a fresh checkout, maybe in another folder."""
    for name in ("one", "two"):
        (tmp_path / name / "news").mkdir(parents=True)
        (tmp_path / name / "tanqih.toml").write_text('select = ["PUN001"]\n', "utf-8")
        (tmp_path / name / "news" / "a.txt").write_text("خبر ، أول\n", encoding="utf-8")
    args = ("check", "--output-format", "json", "--jobs", "1", "--cache-dir", str(tmp_path / "c"))
    monkeypatch.chdir(tmp_path / "one")
    first = run_cli(*args, "news")
    monkeypatch.chdir(tmp_path / "two")
    lint_calls.clear()
    assert run_cli(*args, "news") == first
    assert lint_calls == []


def test_chunks_of_a_big_jsonl_file_are_cached(work, run_cli):
    """--jobs cuts a big JSONL file into chunks; each chunk has its own cache entry."""
    rows = [{"id": str(i), "text": f"خبر ، رقم {i}"} for i in range(60)]
    write_rows(work / "big.jsonl", rows)
    args = ("check", "--select", "PUN001", "--output-format", "json", "--cache-dir", "cache")
    chunked = (*args, "--jobs", "2", "--chunk-size", "500", "big.jsonl")
    first = run_cli(*chunked)
    entries = {p: p.stat().st_ino for p in (work / "cache").rglob("*.json")}
    assert len(entries) > 2 and len(json.loads(first[1])) == 60
    assert run_cli(*chunked) == first
    assert {p: p.stat().st_ino for p in (work / "cache").rglob("*.json")} == entries
    assert run_cli(*args, "--no-cache", "--jobs", "1", "big.jsonl") == first


def test_prune_drops_unused_entries_and_old_versions(work, run_cli):
    import os
    import time

    run(run_cli, ".")
    cache = cache_mod.Cache(work / "cache")
    entries = sorted((work / "cache").rglob("*.json"))
    assert len(entries) == 2
    old_version = work / "cache" / "v1-0.0.1" / "ab"
    old_version.mkdir(parents=True)
    (old_version / "x.json").write_text("{}", encoding="utf-8")
    month_ago = time.time() - 31 * 86400
    for e in entries:
        os.utime(e, (month_ago, month_ago))
    run(run_cli, "a.txt")  # a hit marks a.txt's entry as used (the prune ran already)
    assert cache.prune(every_hours=24) == 0  # at most once a day
    assert cache.prune(every_hours=0) == 2  # c.jsonl's entry and the old version
    assert not old_version.exists()
    assert len(list((work / "cache").rglob("*.json"))) == 1
