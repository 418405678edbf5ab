"""Config that scales to a repository: nearest-folder discovery, ``extend``, include /
exclude globs (and --force-exclude for named files), .gitignore, per-file-ignores."""

from __future__ import annotations

import json
import subprocess

import pytest

from tanqih.linter.discovery import glob_match

SEL = ("--select", "PUN001", "--no-cache", "--jobs", "1", "--output-format", "json")
DIRTY = "قال الوزير ، إن الاتفاق مهم.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for rel in ("a.txt", "docs/b.md", "docs/drafts/c.txt", "data/d.jsonl", "data/raw/e.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".jsonl"):
            p.write_text(json.dumps({"text": DIRTY}, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            p.write_text(DIRTY, encoding="utf-8")
    return tmp_path


def paths(run_cli, *args) -> list[str]:
    code, out, err = run_cli("check", *SEL, *args)
    assert code in (0, 1), err
    return sorted({f["path"] for f in json.loads(out)})


def test_folders_walked_for_known_suffixes(tree, run_cli):
    (tree / "notes.csvx").write_text(DIRTY, encoding="utf-8")
    (tree / ".hidden").mkdir()
    (tree / ".hidden" / "h.txt").write_text(DIRTY, encoding="utf-8")
    assert paths(run_cli, ".") == [
        "a.txt",
        "data/d.jsonl",
        "data/raw/e.txt",
        "docs/b.md",
        "docs/drafts/c.txt",
    ]


def test_exclude_globs_skip_files_and_folders(tree, run_cli):
    (tree / "tanqih.toml").write_text('exclude = ["drafts", "data/raw/**", "*.md"]\n', "utf-8")
    assert paths(run_cli, ".") == ["a.txt", "data/d.jsonl"]


def test_exclude_is_relative_to_the_config_folder(tree, run_cli, monkeypatch):
    (tree / "tanqih.toml").write_text('exclude = ["/docs/drafts"]\n', "utf-8")
    monkeypatch.chdir(tree / "docs")
    assert paths(run_cli, ".") == ["b.md"]


def test_include_limits_walked_files_not_named_ones(tree, run_cli):
    (tree / "tanqih.toml").write_text('include = ["*.txt"]\n', "utf-8")
    assert paths(run_cli, ".") == ["a.txt", "data/raw/e.txt", "docs/drafts/c.txt"]
    assert paths(run_cli, "docs/b.md") == ["docs/b.md"]


def test_named_files_are_checked_unless_force_exclude(tree, run_cli):
    (tree / "tanqih.toml").write_text('exclude = ["drafts"]\n', "utf-8")
    named = ("a.txt", "docs/drafts/c.txt")
    assert paths(run_cli, *named) == ["a.txt", "docs/drafts/c.txt"]
    assert paths(run_cli, "--force-exclude", *named) == ["a.txt"]
    (tree / "tanqih.toml").write_text('exclude = ["drafts"]\nforce-exclude = true\n', "utf-8")
    assert paths(run_cli, *named) == ["a.txt"]


def test_force_exclude_with_only_excluded_files_exits_0(tree, run_cli):
    (tree / "tanqih.toml").write_text('exclude = ["drafts"]\n', "utf-8")
    code, out, _ = run_cli("check", *SEL, "--force-exclude", "docs/drafts/c.txt")
    assert code == 0 and json.loads(out) == []


def test_builtin_excludes(tree, run_cli):
    for d in ("node_modules", "venv", "__pycache__"):
        (tree / d).mkdir()
        (tree / d / "x.txt").write_text(DIRTY, encoding="utf-8")
    assert "venv/x.txt" not in paths(run_cli, ".")
    assert paths(run_cli, ".") == paths(run_cli, "a.txt", "data", "docs")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_gitignore_respected_while_walking(tree, run_cli):
    git(tree, "init", "-q")
    (tree / ".gitignore").write_text("data/raw/\n*.md\n", encoding="utf-8")
    (tree / "docs" / ".gitignore").write_text("drafts/*\n!drafts/c.txt\n", encoding="utf-8")
    (tree / "docs" / "drafts" / "z.txt").write_text(DIRTY, encoding="utf-8")
    assert paths(run_cli, ".") == ["a.txt", "data/d.jsonl", "docs/drafts/c.txt"]
    # From a subfolder, the repository root's .gitignore still applies.
    (tree / "data" / "raw" / "inner").mkdir()
    assert paths(run_cli, "data") == ["data/d.jsonl"]
    assert paths(run_cli, "--no-respect-gitignore", "data") == ["data/d.jsonl", "data/raw/e.txt"]
    (tree / "tanqih.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert "docs/b.md" in paths(run_cli, ".")


def test_git_info_exclude_respected(tree, run_cli):
    git(tree, "init", "-q")
    (tree / ".git" / "info").mkdir(parents=True, exist_ok=True)
    (tree / ".git" / "info" / "exclude").write_text("a.txt\n", encoding="utf-8")
    assert "a.txt" not in paths(run_cli, ".")


def test_gitignore_outside_a_repository_only_below_the_walk(tree, run_cli):
    (tree / "docs" / ".gitignore").write_text("*.md\n", encoding="utf-8")
    assert "docs/b.md" not in paths(run_cli, ".")


def test_nearest_config_wins(tree, run_cli):
    (tree / "tanqih.toml").write_text('ignore = ["PUN001"]\n', "utf-8")
    (tree / "docs" / ".tanqih.toml").write_text("select = []\n", "utf-8")
    (tree / "docs" / "drafts" / "pyproject.toml").write_text(
        '[tool.tanqih]\nselect = ["PUN001"]\n', "utf-8"
    )
    code, out, _ = run_cli("check", "--no-cache", "--jobs", "1", "--output-format", "json", ".")
    assert sorted({f["path"] for f in json.loads(out)}) == ["docs/drafts/c.txt"]


def test_dot_tanqih_toml_beats_tanqih_toml_beats_pyproject(tree, run_cli):
    (tree / "pyproject.toml").write_text('[tool.tanqih]\nselect = ["PUN001"]\n', "utf-8")
    (tree / "tanqih.toml").write_text('select = ["PUN001"]\nignore = ["PUN001"]\n', "utf-8")
    code, out, _ = run_cli("check", "--no-cache", "--output-format", "json", "a.txt")
    assert json.loads(out) == []
    (tree / ".tanqih.toml").write_text('select = ["PUN001"]\n', "utf-8")
    code, out, _ = run_cli("check", "--no-cache", "--output-format", "json", "a.txt")
    assert len(json.loads(out)) == 1


def test_pyproject_without_tanqih_section_is_skipped(tree, run_cli):
    (tree / "tanqih.toml").write_text('select = ["PUN001"]\nignore = ["PUN001"]\n', "utf-8")
    (tree / "docs" / "pyproject.toml").write_text("[tool.other]\nx = 1\n", "utf-8")
    code, out, err = run_cli("check", "--output-format", "json", "docs/b.md")
    assert (code, json.loads(out)) == (0, []), err


def test_extend_inherits_and_overrides(tree, run_cli):
    (tree / "base.toml").write_text(
        'exclude = ["drafts"]\nignore = ["PUN001"]\n[per-file-ignores]\n"*.md" = ["PUN"]\n', "utf-8"
    )
    (tree / "docs" / "tanqih.toml").write_text('extend = "../base.toml"\nignore = []\n', "utf-8")
    # docs: exclude and per-file-ignores inherited, ignore overridden.
    code, out, _ = run_cli("check", "--no-cache", "--jobs", "1", "--output-format", "json", "docs")
    assert json.loads(out) == []  # b.md ignored by the inherited per-file-ignores
    (tree / "docs" / "b.md").write_text("نص\n", encoding="utf-8")
    (tree / "docs" / "x.txt").write_text(DIRTY, encoding="utf-8")
    code, out, _ = run_cli("check", "--no-cache", "--jobs", "1", "--output-format", "json", "docs")
    assert sorted({f["path"] for f in json.loads(out)}) == ["docs/x.txt"]


def test_extend_cycle_is_an_error(tree, run_cli):
    (tree / "tanqih.toml").write_text('extend = "other.toml"\n', "utf-8")
    (tree / "other.toml").write_text('extend = "tanqih.toml"\n', "utf-8")
    code, _, err = run_cli("check", *SEL, "a.txt")
    assert code == 2 and "cycle" in err


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("exclud = []\n", "unknown config key 'exclud'"),
        ('exclude = "drafts"\n', "must be a list"),
        ('force-exclude = "yes"\n', "must be a bool"),
        ("respect-gitignore = 1\n", "must be a bool"),
    ],
)
def test_config_errors_exit_2(tree, run_cli, body, message):
    (tree / "tanqih.toml").write_text(body, encoding="utf-8")
    code, _, err = run_cli("check", *SEL, "a.txt")
    assert code == 2 and message in err


@pytest.mark.parametrize(
    ("pattern", "rel", "expected"),
    [
        ("*.md", "docs/b.md", True),
        ("drafts", "docs/drafts/c.txt", True),
        ("drafts", "docs/drafts2/c.txt", False),
        ("/docs", "docs/b.md", True),
        ("/docs", "x/docs/b.md", False),
        ("docs/*.md", "docs/b.md", True),
        ("docs/*.md", "docs/sub/b.md", False),
        ("docs/**/*.md", "docs/sub/deeper/b.md", True),
        ("docs/**/*.md", "docs/b.md", True),
        ("data/raw/**", "data/raw/e.txt", True),
        ("data/raw", "data/raw/x/e.txt", True),
        ("data/[rs]aw/*.txt", "data/raw/e.txt", True),
        ("data/[!r]aw/*.txt", "data/raw/e.txt", False),
        ("?.txt", "a.txt", True),
        ("./a.txt", "a.txt", True),
    ],
)
def test_glob_semantics(pattern, rel, expected):
    assert glob_match(pattern, rel) is expected


def test_select_flag_starts_afresh_over_the_config_ignore(tmp_path, run_cli):
    """`--select X` where the config ignores X runs X (ruff's semantics: the CLI select
    sets the config's select / ignore aside); --extend-select adds to the config."""
    (tmp_path / "tanqih.toml").write_text('ignore = ["PUN001"]\n', encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق &quot;مهم&quot;.\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--output-format", "concise", str(f))
    assert "PUN001" not in out and "ENC001" in out
    code, out, _ = run_cli("check", "--select", "PUN001", "--output-format", "concise", str(f))
    assert code == 1 and {line.split()[1] for line in out.splitlines()} == {"PUN001"}
    code, out, _ = run_cli(
        "check", "--select", "PUN", "--ignore", "PUN001", "--output-format", "concise", str(f)
    )
    assert "PUN001" not in out
