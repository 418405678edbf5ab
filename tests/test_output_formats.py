"""Every machine output format, parsed back: jsonl, github, gitlab, sarif (validated against
the official SARIF 2.1.0 schema), junit; plus --statistics, colour and --quiet."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SEL = ("--select", "PUN001", "--no-cache")
DIRTY = "قال الوزير ، إن الاتفاق مهم .\nسطر ثان سليم.\nوأضاف ، أن العمل مستمر.\n"
CLEAN = "قال الوزير، إن الاتفاق مهم.\n"
SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0.json"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder with a dirty text file, a clean one and a JSONL file with record keys."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    rows = [
        {"id": "k1", "text": "خبر أول ، بلا مشكلة."},
        {"id": "k2", "text": "نص سليم تماما."},
        {"id": "k3", "text": "سطر\nثم قال نعم ، وانتهى."},
    ]
    (tmp_path / "news.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return tmp_path


def findings_json(run_cli, *args):
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "json", *args)
    return code, json.loads(out)


def test_jsonl_is_one_json_finding_per_line_equal_to_json(corpus, run_cli):
    _, expected = findings_json(run_cli, ".")
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "jsonl", ".")
    assert code == 1
    lines = out.splitlines()
    assert [json.loads(line) for line in lines] == expected
    assert len(expected) == 5  # 3 in dirty.txt, 1 in record k1, 1 in record k3
    assert {f["id"] for f in expected} == {None, "k1", "k3"}


def test_jsonl_clean_run_prints_nothing(corpus, run_cli):
    code, out, _ = run_cli("check", *SEL, "--output-format", "jsonl", "clean.txt")
    assert (code, out) == (0, "")


GH = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def _gh_unescape(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")


def parse_github(out: str) -> list[dict]:
    items = []
    for line in out.splitlines():
        m = GH.match(line)
        assert m, line
        props = {}
        for part in m["props"].split(","):
            key, _, value = part.partition("=")
            props[key] = _gh_unescape(value).replace("%25", "%")
        props["message"] = _gh_unescape(m["msg"]).replace("%25", "%")
        items.append(props)
    return items


def test_github_annotations_point_at_line_and_column(corpus, run_cli):
    _, expected = findings_json(run_cli, ".")
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "github", ".")
    assert code == 1
    got = parse_github(out)
    assert len(got) == len(expected)
    for ann, f in zip(got, expected, strict=True):
        assert ann["file"] == f["path"]
        assert ann["title"] == f"tanqih ({f['code']})"
        assert f["code"] in ann["message"] and f["message"] in ann["message"]
        if f["record"] is None:
            assert (int(ann["line"]), int(ann["col"])) == (f["line"], f["column"])
            assert (int(ann["endLine"]), int(ann["endColumn"])) == (f["end_line"], f["end_column"])
        else:  # a record: the file line is the record's line, no column
            assert int(ann["line"]) == f["record"] and "col" not in ann
            assert f"id {f['id']}" in ann["message"]


def test_github_escapes_newlines_and_percent(tmp_path, monkeypatch, run_cli):
    """A message is one line: %, CR and LF are escaped as the workflow commands require."""
    from tanqih.linter.document import Document
    from tanqih.linter.findings import Finding
    from tanqih.linter.output.ci_formats import GithubFormatter

    class S:
        text = ""

        def write(self, s):
            self.text += s

    s = S()
    doc = Document("abc\ndef", path="a,b:c.txt")
    GithubFormatter(s).document(doc, [Finding("X001", "x", "50% off\nnow", 4, 5)])
    (line,) = s.text.splitlines()
    assert "%0A" in line and "50%25" in line and "file=a%2Cb%3Ac.txt" in line
    assert parse_github(s.text)[0]["message"].endswith("X001 50% off\nnow")


def test_github_annotates_a_file_that_cannot_be_parsed(tmp_path, run_cli):
    f = tmp_path / "news.jsonl"
    f.write_text('{"id": "a1", "text": "قال الوزير ، هنا."}\n{"id": "a2", "text": "bad\n', "utf-8")
    code, out, _err = run_cli("check", "--output-format", "github", "--no-cache", str(f))
    assert code == 2
    error = [a for a in parse_github(out) if "malformed JSON" in a["message"]]
    assert len(error) == 1
    assert error[0]["file"].endswith("news.jsonl") and error[0]["line"] == "2"


def test_gitlab_code_quality_with_stable_unique_fingerprints(corpus, run_cli):
    _, expected = findings_json(run_cli, ".")
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "gitlab", ".")
    assert code == 1
    report = json.loads(out)
    assert len(report) == len(expected)
    for item, f in zip(report, expected, strict=True):
        assert item["check_name"] == f["code"]
        assert item["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert item["location"]["path"] == f["path"]
        assert f["message"] in item["description"]
        if f["record"] is None:
            assert item["location"]["positions"]["begin"] == {
                "line": f["line"],
                "column": f["column"],
            }
        else:
            assert item["location"]["lines"]["begin"] == f["record"]
        assert re.fullmatch(r"[0-9a-f]{32}", item["fingerprint"])
    fps = [i["fingerprint"] for i in report]
    assert len(set(fps)) == len(fps)
    # Moving lines and records keeps every fingerprint.
    (corpus / "dirty.txt").write_text("سطر جديد في الأعلى.\n\n" + DIRTY, encoding="utf-8")
    lines = (corpus / "news.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (corpus / "news.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    _, out2, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "gitlab", ".")
    assert sorted(i["fingerprint"] for i in json.loads(out2)) == sorted(fps)


def test_gitlab_identical_findings_get_distinct_fingerprints(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("كلمة ، كلمة ، كلمة ، كلمة ، كلمة\n", encoding="utf-8")
    _, out, _ = run_cli("check", *SEL, "--output-format", "gitlab", "a.txt")
    report = json.loads(out)
    assert len(report) == 4
    assert len({i["fingerprint"] for i in report}) == 4


def test_gitlab_and_empty_json_arrays(corpus, run_cli):
    for fmt in ("gitlab", "json"):
        code, out, _ = run_cli("check", *SEL, "--output-format", fmt, "clean.txt")
        assert code == 0 and json.loads(out) == []


def sarif_log(run_cli, *args):
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "sarif", *args)
    return code, json.loads(out)


def test_sarif_is_valid_against_the_official_schema(corpus, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert "sarif" in schema["title"].lower() and "2.1.0" in schema["title"]
    code, log = sarif_log(run_cli, ".")
    assert code == 1
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    # The validator really checks: a broken log fails.
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert list(jsonschema.Draft4Validator(schema).iter_errors(broken))


def test_sarif_content_rules_results_and_code_point_columns(corpus, run_cli):
    _, expected = findings_json(run_cli, ".")
    _, log = sarif_log(run_cli, ".")
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "tanqih"
    (rule,) = driver["rules"]
    assert rule["id"] == "PUN001" and rule["name"]
    assert rule["shortDescription"]["text"] and "What it does" in rule["fullDescription"]["text"]
    results = run["results"]
    assert len(results) == len(expected)
    for r, f in zip(results, expected, strict=True):
        assert r["ruleId"] == f["code"]
        assert driver["rules"][r["ruleIndex"]]["id"] == f["code"]
        assert r["message"]["text"] == f["message"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == f["path"]
        region = loc["region"]
        if f["record"] is None:
            assert (region["startLine"], region["startColumn"]) == (f["line"], f["column"])
            assert (region["endLine"], region["endColumn"]) == (f["end_line"], f["end_column"])
        else:
            assert region == {"startLine": f["record"]}
            assert r["properties"]["id"] == f["id"]
            assert r["properties"]["start"] == f["start"]
            assert r["locations"][0]["logicalLocations"][0]["name"] == f["id"]
            assert "fixes" not in r and r["properties"]["fix"] == f["fix"]
        assert r["partialFingerprints"]


def _apply_sarif_fixes(text: str, results: list[dict]) -> str:
    """Apply every SARIF replacement (line/column regions in code points) to text."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    edits = []
    for r in results:
        for fix in r.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    reg = rep["deletedRegion"]
                    a = starts[reg["startLine"] - 1] + reg["startColumn"] - 1
                    b = starts[reg["endLine"] - 1] + reg["endColumn"] - 1
                    edits.append((a, b, rep["insertedContent"]["text"]))
    for a, b, content in sorted(edits, reverse=True):
        text = text[:a] + content + text[b:]
    return text


def test_sarif_fixes_reproduce_tanqih_fix(corpus, run_cli):
    _, log = sarif_log(run_cli, "dirty.txt")
    results = log["runs"][0]["results"]
    assert all(r["fixes"][0]["properties"]["applicability"] == "safe" for r in results)
    patched = _apply_sarif_fixes(DIRTY, results)
    code, _, _ = run_cli("check", *SEL, "--fix", "dirty.txt")
    assert code == 0
    assert patched == (corpus / "dirty.txt").read_text(encoding="utf-8")
    assert patched != DIRTY


def test_sarif_columns_count_code_points_not_utf16(tmp_path, monkeypatch, run_cli):
    """An astral character (emoji: 2 UTF-16 units) before the finding counts as one column."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "e.txt").write_text("😀 قال الوزير ، إن\n", encoding="utf-8")
    _, log = sarif_log(run_cli, "e.txt")
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == "😀 قال الوزير".__len__() + 1


def test_sarif_empty_run_is_valid(corpus, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    code, log = sarif_log(run_cli, "clean.txt")
    assert code == 0 and log["runs"][0]["results"] == []
    jsonschema.Draft4Validator(schema).validate(log)


def test_junit_one_testcase_per_document(corpus, run_cli):
    code, out, _ = run_cli("check", *SEL, "--id-field", "id", "--output-format", "junit", ".")
    assert code == 1
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    names = sorted(c.get("name") for c in cases)
    assert names == sorted(
        ["clean.txt", "dirty.txt", "news.jsonl:1 [k1]", "news.jsonl:2 [k2]", "news.jsonl:3 [k3]"]
    )
    failed = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
    assert set(failed) == {"dirty.txt", "news.jsonl:1 [k1]", "news.jsonl:3 [k3]"}
    assert failed["dirty.txt"].get("message") == "3 findings"
    assert "PUN001" in failed["dirty.txt"].text
    assert root.get("tests") == "5" and root.get("failures") == "3"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert suites["news.jsonl"].get("tests") == "3" and suites["news.jsonl"].get("failures") == "2"


def test_junit_read_errors_are_error_cases_and_control_chars_are_legal_xml(
    tmp_path, monkeypatch, run_cli
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": "ok"}\n{not json\n')
    (tmp_path / "ctl.txt").write_text("قال\x0c الوزير ، إن\n", encoding="utf-8")
    code, out, _ = run_cli("check", *SEL, "--output-format", "junit", ".")
    assert code == 2
    root = ET.fromstring(out)  # parses: no raw control characters
    errors = root.findall(".//testcase/error")
    assert len(errors) == 1 and "bad.jsonl:2" in errors[0].get("message")
    assert root.get("errors") == "1"


def test_statistics_counts_per_rule_sorted(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "قال الوزير ، إن الاتفاق مهم ،وأضاف أن.\nوقال ، أيضا ، إن.\n", encoding="utf-8"
    )
    code, out, _ = run_cli("check", "--no-cache", "--select", "PUN", "--statistics", "a.txt")
    assert code == 1
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows and all(len(r) >= 3 for r in rows)
    counts = [int(r[0]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    _, as_json = findings_json(run_cli, "a.txt")  # PUN001 only
    code, out, _ = run_cli(
        "check", "--no-cache", "--select", "PUN", "--statistics", "--output-format", "json", "a.txt"
    )
    stats = json.loads(out)
    by_code = {s["code"]: s for s in stats}
    assert by_code["PUN001"]["count"] == len(as_json)
    assert by_code["PUN001"]["fixable"] == len(as_json)
    assert by_code["PUN001"]["name"] == "space-before-punctuation"
    assert sum(s["count"] for s in stats) == sum(int(r[0]) for r in rows)


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_colour_only_on_a_terminal_and_never_with_no_color(corpus, monkeypatch, run_cli):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    _, out, _ = run_cli("check", *SEL, "dirty.txt")  # captured: not a terminal
    assert not ANSI.search(out)
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run_cli("check", *SEL, "dirty.txt")
    assert ANSI.search(out)
    monkeypatch.setenv("NO_COLOR", "1")  # NO_COLOR wins over everything
    _, out, _ = run_cli("check", *SEL, "dirty.txt")
    assert not ANSI.search(out)


def test_colour_on_a_real_terminal(corpus, monkeypatch):
    import io

    from tanqih.cli import use_color

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())


def test_quiet_prints_only_findings(corpus, run_cli):
    code, out, err = run_cli("check", *SEL, "-q", "--output-format", "concise", "dirty.txt")
    assert code == 1 and len(out.splitlines()) == 3 and err == ""
    code, out, err = run_cli("check", *SEL, "--output-format", "concise", "dirty.txt")
    assert "3 findings" in err


@pytest.mark.parametrize("fmt", ["jsonl", "github", "gitlab", "sarif", "junit"])
def test_every_format_to_output_file(corpus, run_cli, fmt):
    code, out, _ = run_cli("check", *SEL, "--output-format", fmt, "-o", "report.out", ".")
    assert code == 1 and out == ""
    text = (corpus / "report.out").read_text(encoding="utf-8")
    if fmt in ("gitlab", "sarif"):
        json.loads(text)
    elif fmt == "junit":
        ET.fromstring(text)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in text.splitlines())
    else:
        assert parse_github(text)


def test_concise_and_full_keep_one_finding_a_line():
    """A message quoting a line break is still one line in concise and full output."""
    from tanqih.linter.document import Document
    from tanqih.linter.findings import Finding
    from tanqih.linter.output.text_formats import ConciseFormatter, FullFormatter

    class S:
        text = ""

        def write(self, s):
            self.text += s

    doc = Document("abc\n\ndef", path="a.txt")
    finding = Finding("X001", "x", "in 'abc.\n\ndef'", 4, 5)
    for cls in (ConciseFormatter, FullFormatter):
        s = S()
        cls(s).document(doc, [finding])
        assert s.text.splitlines()[0].endswith("in 'abc.⏎⏎def'")


def test_gitlab_identical_findings_in_different_records_get_distinct_fingerprints(
    tmp_path, monkeypatch, run_cli
):
    """GitLab drops issues sharing a fingerprint: the same finding in two records (of a
    JSONL or a CSV file, with or without record keys, even duplicate keys) is two issues,
    and the same input gives the same fingerprints."""
    monkeypatch.chdir(tmp_path)
    text = "قال الوزير ، إن الاتفاق مهم."
    same = json.dumps({"id": "k1", "text": text}, ensure_ascii=False) + "\n"
    (tmp_path / "twice.jsonl").write_text(same * 2, encoding="utf-8")
    (tmp_path / "twice.csv").write_text(f"id,text\nk1,{text}\nk1,{text}\n", encoding="utf-8")
    for args in ((), ("--id-field", "id")):
        for name in ("twice.jsonl", "twice.csv"):
            _, out, _ = run_cli("check", *SEL, *args, "--output-format", "gitlab", name)
            report = json.loads(out)
            lines = [1, 2] if name.endswith(".jsonl") else [2, 3]  # (a CSV has a header)
            assert [i["location"]["lines"]["begin"] for i in report] == lines
            fps = [i["fingerprint"] for i in report]
            assert len(set(fps)) == 2
            assert all(re.fullmatch(r"[0-9a-f]{32}", fp) for fp in fps)
            _, again, _ = run_cli("check", *SEL, *args, "--output-format", "gitlab", name)
            assert [i["fingerprint"] for i in json.loads(again)] == fps
    # Distinct record keys: the fingerprint follows the key, not the record number.
    rows = [{"id": "k1", "text": text}, {"id": "k2", "text": text}]
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in rows]
    (tmp_path / "keyed.jsonl").write_text("".join(lines), encoding="utf-8")
    cmd = ("check", *SEL, "--id-field", "id", "--output-format", "gitlab", "keyed.jsonl")

    def by_key() -> dict[str, str]:
        report = json.loads(run_cli(*cmd)[1])
        return {re.search(r"\[id (k\d)\]", i["description"])[1]: i["fingerprint"] for i in report}

    before = by_key()
    (tmp_path / "keyed.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    assert by_key() == before and set(before) == {"k1", "k2"}
    assert len(set(before.values())) == 2


def test_csv_annotations_point_at_the_line_where_the_row_starts(tmp_path, run_cli):
    """A CSV row is not a file line: after the header, and after a field holding a line
    break, GitHub / GitLab / SARIF point at the line where the row starts."""
    f = tmp_path / "r.csv"
    f.write_text(
        'id,text\na1,"قال الوزير\nفي بيان ، إن الاتفاق مهم."\na2,"وأضاف ، أن العمل مستمر."\n',
        encoding="utf-8",
    )
    _, out, _ = run_cli("check", "--output-format", "github", str(f))
    assert [line.split("line=")[1].split("::")[0] for line in out.splitlines()] == ["2", "4"]
    _, out, _ = run_cli("check", "--output-format", "gitlab", str(f))
    assert [i["location"]["lines"]["begin"] for i in json.loads(out)] == [2, 4]
