"""User-declared rules ([[custom-rules]]): config validation, selection, fixes, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tanqih import fix_text, lint_text
from tanqih.linter.config import ConfigError, ConfigResolver, from_mapping, load_file
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter
from tanqih.linter.registry import all_rules, get_rule
from tanqih.rules.custom import UserRule, forget_user_rules

TOML = """
[[custom-rules]]
code = "USR101"
name = "no-colloquial"
type = "existence"
tokens = ["هيك", "كتير"]
message = "colloquial word '{match}' in news copy"

[[custom-rules]]
code = "USR102"
name = "house-spelling"
type = "substitution"
swap = { "الامارات" = "الإمارات" }
applicability = "safe"
message = "write '{replacement}', not '{match}'"

[[custom-rules]]
code = "USR103"
name = "one-spelling"
type = "consistency"
variants = [["أمريكا", "أميركا"]]
message = "'{match}': the document mostly writes '{expected}'"
"""

TEXT = "قال هيك إن وفد والامارات زار أمريكا ثم أمريكا ثم أميركا\n"


@pytest.fixture(autouse=True)
def _forget():
    yield
    forget_user_rules()


def _codes(findings):
    return [f.code for f in findings]


def decl(**over):
    base = {
        "code": "USR101",
        "name": "no-colloquial",
        "type": "existence",
        "tokens": ["هيك"],
        "message": "colloquial word '{match}'",
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def test_toml_declaration_registers_rules(tmp_path):
    (tmp_path / "tanqih.toml").write_text(TOML, encoding="utf-8")
    cfg = load_file(tmp_path / "tanqih.toml")
    rules = {r.code: r for r in all_rules()}
    assert {"USR101", "USR102", "USR103"} <= set(rules)
    assert issubclass(rules["USR101"], UserRule)
    assert (rules["USR101"].fix, rules["USR102"].fix, rules["USR103"].fix) == (
        "none",
        "safe",
        "unsafe",
    )
    assert get_rule("house-spelling").code == "USR102"
    assert "**Fix safety**" in rules["USR102"].doc()
    findings = lint_text(TEXT, cfg)
    usr = [f for f in findings if f.code.startswith("USR")]
    assert _codes(usr) == ["USR101", "USR102", "USR103"]
    assert usr[0].message == "colloquial word 'هيك' in news copy"
    assert usr[1].message == "write 'والإمارات', not 'والامارات'"
    assert usr[2].message == "'أميركا': the document mostly writes 'أمريكا'"
    assert all(f.family == "custom" for f in usr)


def test_pyproject_declaration(tmp_path):
    body = TOML.replace("[[custom-rules]]", "[[tool.tanqih.custom-rules]]")
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    cfg = load_file(tmp_path / "pyproject.toml")
    assert [d["code"] for d in cfg.custom_rules] == ["USR101", "USR102", "USR103"]


def test_fixes_follow_declared_applicability():
    cfg = {"custom-rules": [decl(), *from_toml()], "select": ["USR"]}
    safe, _ = fix_text(TEXT, cfg)
    assert "والإمارات" in safe and "أميركا" in safe  # consistency fix is unsafe
    unsafe, remaining = fix_text(TEXT, cfg, unsafe=True)
    assert "أميركا" not in unsafe
    assert _codes(remaining) == ["USR101"]  # existence has no fix
    again, _ = fix_text(unsafe, cfg, unsafe=True)
    assert again == unsafe


def from_toml():
    import tomllib

    return [d for d in tomllib.loads(TOML)["custom-rules"] if d["code"] != "USR101"]


def test_select_ignore_and_default_off():
    rules = [decl(), decl(code="USR102", name="off-rule", tokens=["كتير"], default=False)]
    text = "هيك وكتير"
    assert _codes(lint_text(text, {"custom-rules": rules})) == ["USR101"]
    assert _codes(lint_text(text, {"custom-rules": rules, "extend-select": ["off-rule"]})) == [
        "USR101",
        "USR102",
    ]
    assert _codes(lint_text(text, {"custom-rules": rules, "ignore": ["USR"]})) == []
    assert _codes(lint_text(text, {"custom-rules": rules, "select": ["USR102"]})) == ["USR102"]


def test_rules_table_overrides_declared_message():
    cfg = from_mapping(
        {"custom-rules": [decl()], "rules": {"USR101": {"message": "عامية: {match}"}}}
    )
    assert [f.message for f in lint_text("قال هيك", cfg)] == ["عامية: هيك"]


def test_unknown_option_in_rules_table_is_an_error():
    cfg = from_mapping({"custom-rules": [decl()], "rules": {"USR101": {"colour": "red"}}})
    with pytest.raises(ConfigError, match="USR101: unknown option 'colour'"):
        Linter(cfg)


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        (decl(pattern="(unclosed", tokens=None), r"USR101 \(no-colloquial\).*invalid pattern"),
        (decl(message=None), r"USR101 \(no-colloquial\).*'message' is required"),
        (decl(type=None), r"USR101 .*'type' must be one of"),
        (decl(type="spelling"), r"'type' must be one of existence, substitution, consistency"),
        (decl(code="ABC001"), r"'code' must be USR followed by 3 digits"),
        (decl(code="USR1"), r"'code' must be USR"),
        (decl(name="No Colloquial"), r"'name' must be kebab-case"),
        (decl(colour="red"), r"unknown key\(s\) colour"),
        (decl(replacement="x"), r"unknown key\(s\) replacement for type existence"),
        (decl(pattern="x"), r"exactly one of 'pattern' or 'tokens'"),
        (decl(tokens=[]), r"'tokens' must be a list of at least 1"),
        (decl(message="bad {word}"), r"unknown placeholder '\{word\}'"),
        (decl(message="bad {"), r"bad message template"),
        (decl(default="yes"), r"'default' must be true or false"),
        (
            decl(type="substitution", tokens=None, pattern="(a)", replacement=r"\2"),
            r"replacement refers to group 2",
        ),
        (
            decl(type="substitution", tokens=None, pattern="(?P<n>a)", replacement=r"\g<m>"),
            r"unknown group 'm'",
        ),
        (decl(type="substitution", tokens=None, pattern="a"), r"needs 'swap', or 'pattern'"),
        (
            decl(type="substitution", tokens=None, swap={"a": "b"}, pattern="a"),
            r"either 'swap' or 'pattern'",
        ),
        (
            decl(type="substitution", tokens=None, swap={"a": "b"}, applicability="maybe"),
            r"'applicability' must be one of",
        ),
        (
            decl(type="substitution", tokens=None, swap={"مصر": "جمهورية مصر"}),
            r"USR101 .*replacement 'جمهورية مصر' contains 'مصر'.*never settle",
        ),
        (
            decl(type="substitution", tokens=None, swap={"ايميل": "بريد", "بريد": "ايميل"}),
            r"never settle",
        ),
        (
            decl(type="substitution", tokens=None, pattern="مصر", replacement="جمهورية مصر"),
            r"never settle",
        ),
        (decl(type="consistency", tokens=None, variants=[["a"]]), r"at least 2"),
        (decl(type="consistency", tokens=None, variants=[["a", "a"]]), r"repeats a word"),
        (decl(name="space-before-punctuation"), r"name is already used by PUN001"),
    ],
)
def test_invalid_declarations_name_the_rule(entry, error):
    with pytest.raises(ConfigError, match=error):
        from_mapping({"custom-rules": [entry]})


def test_duplicate_code_and_name():
    with pytest.raises(ConfigError, match=r"USR101 .*duplicate code 'USR101'"):
        from_mapping({"custom-rules": [decl(), decl(name="other")]})
    with pytest.raises(ConfigError, match=r"USR102 .*duplicate name 'no-colloquial'"):
        from_mapping({"custom-rules": [decl(), decl(code="USR102")]})


def test_not_a_list_of_tables():
    with pytest.raises(ConfigError, match="custom-rules"):
        from_mapping({"custom-rules": "USR101"})
    with pytest.raises(ConfigError, match=r"custom-rules\[0\]"):
        from_mapping({"custom-rules": ["USR101"]})


def test_error_names_the_file(tmp_path):
    (tmp_path / "tanqih.toml").write_text(
        '[[custom-rules]]\ncode = "USR101"\nname = "x"\ntype = "existence"\n'
        'pattern = "[a-"\nmessage = "m"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"USR101 \(x\) in .*tanqih.toml: invalid pattern"):
        load_file(tmp_path / "tanqih.toml")


def test_folders_may_declare_one_code_differently(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for d in (a, b, c):
        d.mkdir()
    rule = '[[custom-rules]]\ncode = "USR101"\nname = "n"\ntype = "existence"\n'
    (a / "tanqih.toml").write_text(rule + 'tokens = ["هيك"]\nmessage = "A {match}"\n', "utf-8")
    (b / "tanqih.toml").write_text(rule + 'tokens = ["كتير"]\nmessage = "B {match}"\n', "utf-8")
    (c / "tanqih.toml").write_text('select = ["ALL"]\n', "utf-8")
    resolver = ConfigResolver()
    linters = {d.name: Linter(resolver.for_path(d / "x.txt")) for d in (a, b, c)}
    text = "هيك وكتير"

    def usr(name):
        found = linters[name].lint(Document(text, path=f"{name}/x.txt"))
        return [f.message for f in found if f.code == "USR101"]

    assert usr("a") == ["A هيك"]
    assert usr("b") == ["B وكتير"]
    assert usr("c") == []  # the code exists (b declared it) but c does not declare it


def test_extend_merges_and_overrides(tmp_path):
    (tmp_path / "base.toml").write_text(
        '[[custom-rules]]\ncode = "USR101"\nname = "n1"\ntype = "existence"\n'
        'tokens = ["هيك"]\nmessage = "base {match}"\n'
        '[[custom-rules]]\ncode = "USR102"\nname = "n2"\ntype = "existence"\n'
        'tokens = ["كتير"]\nmessage = "base2 {match}"\n',
        encoding="utf-8",
    )
    (tmp_path / "tanqih.toml").write_text(
        'extend = "base.toml"\n[[custom-rules]]\ncode = "USR101"\nname = "n1"\n'
        'type = "existence"\npattern = "مش"\nmessage = "child {match}"\n',
        encoding="utf-8",
    )
    cfg = load_file(tmp_path / "tanqih.toml")
    assert [d["code"] for d in cfg.custom_rules] == ["USR102", "USR101"]
    msgs = sorted(f.message for f in lint_text("هيك كتير مش", cfg))
    assert msgs == ["base2 كتير", "child مش"]


def test_per_file_ignores_apply(tmp_path):
    cfg = from_mapping({"custom-rules": [decl()], "per-file-ignores": {"*.txt": ["USR101"]}})
    linter = Linter(cfg)
    assert linter.lint(Document("هيك", path="x.txt")) == []
    assert _codes(linter.lint(Document("هيك", path="x.md"))) == ["USR101"]


def test_cli_check_json_and_fix(tmp_path, run_cli, monkeypatch):
    (tmp_path / "tanqih.toml").write_text(TOML, encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("check", "--select", "USR", "--output-format", "json", "a.txt")
    assert code == 1
    found = json.loads(out)
    assert [x["code"] for x in found] == ["USR101", "USR102", "USR103"]
    assert found[1]["fix"]["applicability"] == "safe"
    assert found[1]["name"] == "house-spelling"
    code, _, _ = run_cli("check", "--select", "USR", "--fix", "a.txt")
    assert code == 1  # the existence finding and the unsafe consistency one remain
    assert "والإمارات" in Path(f).read_text(encoding="utf-8")
    code, _, err = run_cli("check", "--select", "USR999", "a.txt")
    assert code == 2 and "USR999" in err


def test_cli_bad_declaration_exits_2(tmp_path, run_cli, monkeypatch):
    (tmp_path / "tanqih.toml").write_text(
        '[[custom-rules]]\ncode = "USR101"\nname = "x"\ntype = "existence"\n'
        'pattern = "(a"\nmessage = "m"\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("نص\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("check", "a.txt")
    assert code == 2
    assert "USR101" in err and "invalid pattern" in err


def test_a_fix_that_never_settles_leaves_its_file_and_the_run_goes_on(tmp_path, capsys):
    """A template with groups cannot be checked when the config is read: the file whose
    fixes keep re-creating their finding is left unchanged (exit 2, named with the
    rule); the other files are fixed."""
    from tanqih.cli import main

    (tmp_path / "tanqih.toml").write_text(
        '[[custom-rules]]\ncode = "USR101"\nname = "full-name"\ntype = "substitution"\n'
        'pattern = "(مصر)"\nreplacement = "جمهورية \\\\1"\napplicability = "safe"\n'
        'message = "m"\n',
        encoding="utf-8",
    )
    loop = tmp_path / "a.txt"
    loop.write_text("قال الوزير إن مصر تدعم الاتفاق .\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("ورحبت الحكومة بالقرار .\n", encoding="utf-8")
    code = main(
        ["check", "--fix", "--no-cache", "--config", str(tmp_path / "tanqih.toml"), str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "a.txt" in err and "USR101" in err and "left unchanged" in err
    assert loop.read_text(encoding="utf-8") == "قال الوزير إن مصر تدعم الاتفاق .\n"
    assert other.read_text(encoding="utf-8") == "ورحبت الحكومة بالقرار.\n"
