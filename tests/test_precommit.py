"""The published pre-commit hooks, end to end, with the real pre-commit.

A snapshot of this repository's working tree (committed in a temporary clone, so the test
also covers uncommitted work) is the hook repository; a temporary git repository with a
dirty and a clean file is the user's. ``pre-commit try-repo`` runs the ``tanqih`` hook (it
fails on the dirty file); then, as a user would after adding the README's snippet to
``.pre-commit-config.yaml``, ``tanqih-fix`` fixes the file and a second run passes.

pre-commit installs the hook repository with pip from the package index (as for any
user); the first install takes about half a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DIRTY = "قال الوزير ، إن الاتفاق مهم .\n"
FIXED = "قال الوزير، إن الاتفاق مهم.\n"
CLEAN = "نص سليم، بلا أخطاء.\n"

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "tanqih tests",
    "GIT_AUTHOR_EMAIL": "tests@tanqih.invalid",
    "GIT_COMMITTER_NAME": "tanqih tests",
    "GIT_COMMITTER_EMAIL": "tests@tanqih.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def run(cmd, cwd, env, check=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and p.returncode != 0:
        raise AssertionError(f"{cmd} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def test_manifest_declares_both_hooks():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(ROOT / ".pre-commit-hooks.yaml")}
    assert set(hooks) == {"tanqih", "tanqih-fix"}
    import re

    for h in hooks.values():
        assert h["language"] == "python" and h["require_serial"] is True
        assert "--force-exclude" in h["entry"]
        files = re.compile(h["files"])
        for name in ("a.txt", "b/c.md", "d.jsonl", "e.ndjson", "f.csv", "g.tsv", "h.jsonl.gz"):
            assert files.search(name), name
        for name in ("a.py", "txt", "a.txt.bak", "a.json", "a.csv.gz", "a.parquet"):
            assert not files.search(name), name
    assert "--fix" in hooks["tanqih-fix"]["entry"] and "--fix" not in hooks["tanqih"]["entry"]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """A git repository holding this working tree's files, committed: (path, commit)."""
    if not (ROOT / ".git").exists():
        pytest.fail("the pre-commit test needs the project's git repository")
    env = {**os.environ, **GIT_ENV}
    repo = tmp_path_factory.mktemp("hookrepo") / "tanqih"
    listed = run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env
    ).stdout.split("\0")
    run(["git", "init", "-q", str(repo)], ROOT, env)
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            dst = repo / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    run(["git", "add", "-A"], repo, env)
    run(["git", "commit", "-q", "-m", "snapshot"], repo, env)
    sha = run(["git", "rev-parse", "HEAD"], repo, env).stdout.strip()
    return repo, sha


@pytest.fixture(scope="module")
def pc_home(tmp_path_factory) -> str:
    """One pre-commit store for the module: the hook environment is installed once."""
    return str(tmp_path_factory.mktemp("pre-commit-home"))


def test_hooks_fail_fix_and_pass_in_another_repository(hook_repo, pc_home, tmp_path):
    repo, sha = hook_repo
    user = tmp_path / "user"
    user.mkdir()
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": pc_home}
    env.pop("NO_COLOR", None)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    run(["git", "init", "-q"], user, env)
    (user / "news").mkdir()
    (user / "news" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (user / "news" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (user / "notes.py").write_text("x = 1 ,\n", encoding="utf-8")  # not ours: not passed
    # The project's own tanqih config: PUN rules only (keeps the test about the hooks).
    (user / "tanqih.toml").write_text('select = ["PUN"]\n', encoding="utf-8")
    run(["git", "add", "-A"], user, env)

    # 1. try-repo: the check hook fails on the dirty file and names it.
    p = run([*pre_commit, "try-repo", str(repo), "tanqih", "--all-files"], user, env, check=False)
    out = p.stdout + p.stderr
    assert p.returncode == 1, out
    assert "news/dirty.txt:1:11: PUN001" in out
    assert "clean.txt" not in out.replace("2 documents", "")
    assert (user / "news" / "dirty.txt").read_text(encoding="utf-8") == DIRTY

    # 2. The README's snippet in the user's config; tanqih-fix fixes the file.
    config = {"repos": [{"repo": str(repo), "rev": sha, "hooks": [{"id": "tanqih-fix"}]}]}
    (user / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(["git", "add", "-A"], user, env)
    p = run([*pre_commit, "run", "--all-files"], user, env, check=False)
    out = p.stdout + p.stderr
    assert p.returncode == 1 and "files were modified by this hook" in out, out
    assert (user / "news" / "dirty.txt").read_text(encoding="utf-8") == FIXED
    assert (user / "news" / "clean.txt").read_text(encoding="utf-8") == CLEAN

    # 3. A second run passes (both hooks), and the cache folder stays out of git.
    config["repos"][0]["hooks"] = [{"id": "tanqih-fix"}, {"id": "tanqih"}]
    (user / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(["git", "add", "-A"], user, env)
    p = run([*pre_commit, "run", "--all-files"], user, env, check=False)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out
    assert out.count("Passed") == 2
    status = run(["git", "status", "--porcelain", "--ignored=no"], user, env).stdout
    assert ".tanqih_cache" not in status

    # 4. New damage in a commit: the hook, installed as a git hook, blocks it.
    run([*pre_commit, "install"], user, env)
    (user / "news" / "new.txt").write_text("خبر ، جديد\n", encoding="utf-8")
    run(["git", "add", "news/new.txt"], user, env)
    p = run(["git", "commit", "-q", "-m", "add news"], user, env, check=False)
    assert p.returncode != 0
    assert (user / "news" / "new.txt").read_text(encoding="utf-8") == "خبر، جديد\n"


def test_excluded_files_are_skipped_even_when_passed(hook_repo, pc_home, tmp_path):
    """pre-commit passes file names; the project's `exclude` still applies to them."""
    repo, sha = hook_repo
    user = tmp_path / "user"
    user.mkdir()
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": pc_home}
    run(["git", "init", "-q"], user, env)
    (user / "vendor").mkdir()
    (user / "vendor" / "third.txt").write_text(DIRTY, encoding="utf-8")
    (user / "tanqih.toml").write_text('select = ["PUN"]\nexclude = ["vendor"]\n', "utf-8")
    config = {"repos": [{"repo": str(repo), "rev": sha, "hooks": [{"id": "tanqih"}]}]}
    (user / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(["git", "add", "-A"], user, env)
    p = run([sys.executable, "-m", "pre_commit", "run", "--all-files"], user, env, check=False)
    assert p.returncode == 0, p.stdout + p.stderr


def test_project_hook_runs_tanqih_on_seeds_against_the_committed_baseline():
    from pre_commit.clientlib import load_config

    from tanqih.linter.baseline import load

    config = load_config(ROOT / ".pre-commit-config.yaml")
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    hook = hooks["tanqih-seeds"]
    assert "--baseline .tanqih-baseline.json" in hook["entry"]
    import re

    assert re.search(hook["files"], "seeds/000_ec3ffd30b3365593.txt")
    docs = load(ROOT / ".tanqih-baseline.json")
    assert docs and all((ROOT / key.split("#")[0]).is_file() for key in docs)
    assert all(key.startswith("seeds/") for key in docs)


def test_seed_stays_dirty_but_new_damage_fails(tmp_path, monkeypatch, run_cli):
    """The mechanism of the project's hook on a copy of the seed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    seed = next((ROOT / "seeds").glob("*.txt"))
    shutil.copy(seed, tmp_path / "seeds" / seed.name)
    assert run_cli("check", "--no-cache", "seeds")[0] == 1  # dirty on purpose
    run_cli("check", "--no-cache", "seeds", "--write-baseline", ".tanqih-baseline.json")
    args = ("check", "--no-cache", "--force-exclude", "--baseline", ".tanqih-baseline.json")
    args = (*args, "--output-format", "json", f"seeds/{seed.name}")
    code, out, _ = run_cli(*args)
    assert (code, out) == (0, "[]\n")
    text = (tmp_path / "seeds" / seed.name).read_text(encoding="utf-8")
    (tmp_path / "seeds" / seed.name).write_text(
        text.replace("\n", "\nوقال الوزير ، إن العمل مستمر.\n", 1), encoding="utf-8"
    )
    code, out, _ = run_cli(*args)
    import json

    findings = json.loads(out)
    assert code == 1 and [f["code"] for f in findings] == ["PUN001"] and findings[0]["line"] == 2
