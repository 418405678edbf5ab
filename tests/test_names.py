"""Names files (VAR001 canonical spellings) and `tanqih names` learning."""

from __future__ import annotations

import tomllib

import pytest

from tanqih import fix_text, lint_text
from tanqih.cli import main
from tanqih.linter.config import ConfigError
from tanqih.linter.names import NameLearner, learn, load_names, parse_names

TEXT = "قال نتانياهو إن اسرائيل ستواصل الحرب. وأكد أن إسرائيل وإسرائيل واسرائيل ستنتصر."


@pytest.fixture
def names_file(tmp_path):
    path = tmp_path / "names.toml"
    path.write_text('"إسرائيل" = ["اسرائيل"]\n"نتنياهو" = ["نتانياهو"]\n', encoding="utf-8")
    return path


def test_parse_names_maps_variants_to_canonical():
    assert parse_names({"إسرائيل": ["اسرائيل", "إسرائيل"]}) == {"اسرائيل": "إسرائيل"}
    # Diacritics are not part of the spelling key.
    assert parse_names({"وفقًا": ["وفقا"]}) == {}


@pytest.mark.parametrize(
    "data",
    [
        {"إسرائيل": 3},
        {"إسرائيل": ["اسرائيل"], "اسرائيلي": ["اسرائيل"]},
        {"إسرائيل": ["اسرائيل"], "اسرائيل": ["اسراييل"]},
    ],
)
def test_parse_names_rejects_bad_files(data):
    with pytest.raises(ConfigError):
        parse_names(data)


def test_names_file_rewrites_listed_variants_regardless_of_majority(names_file):
    cfg = {"select": ["VAR"], "names-file": str(names_file)}
    found = lint_text(TEXT, cfg)
    var001 = [f for f in found if f.code == "VAR001"]
    assert [TEXT[f.start : f.end] for f in var001] == ["نتانياهو", "اسرائيل", "واسرائيل"]
    assert all(f.fix.applicability == "unsafe" for f in var001)
    # A token the names file covers is reported once, by VAR001 only.
    assert not [f for f in found if f.code == "VAR002"]
    fixed, _ = fix_text(TEXT, cfg, unsafe=True)
    assert fixed == "قال نتنياهو إن إسرائيل ستواصل الحرب. وأكد أن إسرائيل وإسرائيل وإسرائيل ستنتصر."
    # Safe fixes alone leave the words as they are.
    assert fix_text(TEXT, cfg)[0] == TEXT


def test_names_file_fixes_can_be_declared_safe(names_file):
    cfg = {
        "select": ["VAR001"],
        "names-file": str(names_file),
        "rules": {"VAR001": {"names-file-fixes": "safe"}},
    }
    fixed, remaining = fix_text(TEXT, cfg)
    assert "اسرائيل" not in fixed and "نتانياهو" not in fixed
    assert remaining == []


def test_without_names_file_majority_decides():
    found = lint_text(TEXT, {"select": ["VAR"]})
    assert [(f.code, TEXT[f.start : f.end]) for f in found] == [
        ("VAR002", "اسرائيل"),
        ("VAR002", "واسرائيل"),
    ]


def test_names_file_relative_to_config_folder(tmp_path, names_file, monkeypatch, capsys):
    project = tmp_path / "corpus"
    project.mkdir()
    (project / "tanqih.toml").write_text(
        'names-file = "../names.toml"\nselect = ["VAR001"]\n', encoding="utf-8"
    )
    (project / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)
    code = main(["check", "--output-format", "concise", str(project)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.count("VAR001") == 3 and "names file" in out


def test_missing_or_invalid_names_file_is_a_config_error(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    cfg = tmp_path / "tanqih.toml"
    cfg.write_text('names-file = "missing.toml"\n', encoding="utf-8")
    assert main(["check", str(doc)]) == 2
    assert "missing.toml" in capsys.readouterr().err
    (tmp_path / "bad.toml").write_text('"إسرائيل" = 3\n', encoding="utf-8")
    cfg.write_text('names-file = "bad.toml"\n', encoding="utf-8")
    assert main(["check", str(doc)]) == 2
    assert "list of variant spellings" in capsys.readouterr().err
    with pytest.raises(ConfigError):
        lint_text(TEXT, {"names-file": str(tmp_path / "nowhere.toml")})


CORPUS = [
    "زار الوزير إسرائيل أمس، وقال إن إسرائيل شريك.",
    "أعلنت إسرائيل أمس عن اتفاق، وقالت اسرائيل إنه مهم.",
    "رحبت إسرائيل بالخطوة. وكان أحد المسؤولين حاضرا.",
    "وقالت اسرائيل إن الوفد وصل امس إلى الرباط.",
]


def test_learner_writes_majority_spelling_per_group(tmp_path):
    learner = learn(CORPUS, min_count=2)
    groups = dict(learner.groups())
    assert groups["إسرائيل"] == [("اسرائيل", 2)]
    assert groups["أمس"] == [("امس", 1)]
    path = tmp_path / "names.toml"
    path.write_text(learner.to_toml(), encoding="utf-8")
    assert load_names(path) == {"اسرائيل": "إسرائيل", "امس": "أمس"}
    # Distinct words are not merged: أن / إن stay apart.
    learner = learn(["قال إنه سيعود وأكد أنه لن يتأخر. إنه وأنه وإنه وأنه."] * 3)
    assert learner.groups() == []


def test_learner_memory_is_bounded():
    learner = NameLearner(max_keys=100, min_count=3)
    for i in range(60):
        # Each document brings new one-off words (a long tail) and the recurring group.
        tail = " ".join(f"كلمة{chr(0x0628 + (i * 7 + k) % 20)}{chr(0x0628 + k)}" for k in range(20))
        learner.add_text(f"زار الوزير إسرائيل وقالت اسرائيل إن إسرائيل شريك. {tail}")
        assert len(learner.table) <= 100
    assert learner.pruned > 0
    assert dict(learner.groups())["إسرائيل"] == [("اسرائيل", 60)]


def test_names_command(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    import json

    corpus.write_text(
        "".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(CORPUS)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "names.toml"
    assert main(["names", str(corpus), "--output", str(out)]) == 0
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["إسرائيل"] == ["اسرائيل"]
    assert "4 document(s)" in capsys.readouterr().err
