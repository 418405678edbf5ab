"""Several text fields per record (``--text-field title --text-field text`` or
``text-field = ["title", "text"]``): each field is a document of its own, reported with
its field name, and a fix rewrites every fixed field of the record in one write."""

from __future__ import annotations

import json

import pytest

SEL = ("--select", "PUN001,INP001")
DIRTY = "قال الوزير ، إن الاتفاق مهم ."
CLEAN = "قال الوزير، إن الاتفاق مهم."
TITLE = "الوزير ، في زيارة"
TITLE_CLEAN = "الوزير، في زيارة"


def _findings(run_cli, *args):
    code, out, err = run_cli("check", *SEL, "--output-format", "json", *args)
    assert code in (0, 1), err
    return [(x["record"], x["field"], x["code"]) for x in json.loads(out)]


def _jsonl(tmp_path, rows, name="a.jsonl"):
    f = tmp_path / name
    # Mixed key orders and spacing: the writer must keep every byte it does not fix.
    lines = []
    for r in rows:
        if r is None:
            lines.append("")
            continue
        lines.append(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")))
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_jsonl_two_fields_are_checked_and_fixed_in_one_line(tmp_path, run_cli):
    rows = [
        {"id": 1, "text": DIRTY, "n": 5, "title": TITLE},  # text before title in the line
        None,  # a blank line stays
        {"id": 2, "title": "عنوان سليم", "text": DIRTY},
        {"id": 3, "text": CLEAN},  # no title: reported, the text still checked
    ]
    f = _jsonl(tmp_path, rows)
    assert _findings(run_cli, "--text-field", "title", "--text-field", "text", str(f)) == [
        (1, "title", "PUN001"),
        (1, "text", "PUN001"),
        (1, "text", "PUN001"),
        (3, "text", "PUN001"),
        (3, "text", "PUN001"),
        (4, "title", "INP001"),
    ]
    # The comma-separated form is the same selection.
    assert _findings(run_cli, "--text-field", "title,text", str(f)) == _findings(
        run_cli, "--text-field", "title", "--text-field", "text", str(f)
    )
    before = f.read_text(encoding="utf-8")
    code, _, err = run_cli("check", *SEL, "--text-field", "title,text", "--fix", str(f))
    assert code == 1  # the missing title is still reported
    after = f.read_text(encoding="utf-8")
    # Only the two fields' bytes changed, the rest byte for byte.
    assert after == before.replace(DIRTY, CLEAN).replace(TITLE, TITLE_CLEAN)
    assert json.loads(after.splitlines()[0]) == {
        "id": 1,
        "text": CLEAN,
        "n": 5,
        "title": TITLE_CLEAN,
    }


def test_jsonl_escaped_and_nested_fields(tmp_path, run_cli):
    line = json.dumps({"meta": {"title": TITLE}, "text": DIRTY}, ensure_ascii=True)
    f = tmp_path / "n.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    assert run_cli("check", *SEL, "--text-field", "meta.title,text", "--fix", str(f))[0] == 0
    out = f.read_text(encoding="utf-8")
    assert out.isascii()  # each value keeps its escape style
    assert json.loads(out) == {"meta": {"title": TITLE_CLEAN}, "text": CLEAN}


def test_the_same_field_twice_is_one_field(tmp_path, run_cli):
    f = _jsonl(tmp_path, [{"text": DIRTY}])
    assert _findings(run_cli, "--text-field", "text,text", str(f)) == [
        (1, "text", "PUN001"),
        (1, "text", "PUN001"),
    ]


def test_text_fields_from_the_config(tmp_path, run_cli):
    f = _jsonl(tmp_path, [{"title": TITLE, "body": DIRTY}])
    (tmp_path / "tanqih.toml").write_text('text-field = ["title", "body"]\n', encoding="utf-8")
    assert [x[1] for x in _findings(run_cli, str(f))] == ["title", "body", "body"]
    # A flag replaces the config's list, as every flag does.
    assert [x[1] for x in _findings(run_cli, "--text-field", "title", str(f))] == ["title"]
    (tmp_path / "tanqih.toml").write_text('text-field = "body"\n', encoding="utf-8")
    assert [x[1] for x in _findings(run_cli, str(f))] == ["body", "body"]
    for bad in ("[]", '[""]', "[1]", "5", '{a = "b"}'):
        (tmp_path / "tanqih.toml").write_text(f"text-field = {bad}\n", encoding="utf-8")
        code, _, err = run_cli("check", str(f))
        assert code == 2 and "text-field" in err and "tanqih.toml" in err, bad


def test_an_empty_field_name_on_the_command_line_is_a_usage_error(tmp_path, capsys):
    from tanqih.cli import main

    f = _jsonl(tmp_path, [{"text": DIRTY}])
    with pytest.raises(SystemExit) as exc:
        main(["check", "--text-field", "title,", str(f)])
    assert exc.value.code == 2
    assert "--text-field" in capsys.readouterr().err


def test_csv_two_columns_fixed_in_one_row(tmp_path, run_cli):
    f = tmp_path / "a.csv"
    data = (
        f'id,title,n,text\r\na1,"{TITLE}",1,{DIRTY}\r\na2,,2,"{DIRTY}, ""x"""\r\na3,{CLEAN},3\r\n'
    )
    f.write_bytes(data.encode())
    assert _findings(run_cli, "--text-field", "title,text", str(f)) == [
        (1, "title", "PUN001"),
        (1, "text", "PUN001"),
        (1, "text", "PUN001"),
        (2, "text", "PUN001"),
        (2, "text", "PUN001"),
        (3, "text", "INP001"),  # the short row has no text column
    ]
    run_cli("check", *SEL, "--text-field", "title,text", "--fix", str(f))
    assert f.read_bytes().decode() == (
        f'id,title,n,text\r\na1,"{TITLE_CLEAN}",1,{CLEAN}\r\na2,,2,"{CLEAN}, ""x"""\r\n'
        f"a3,{CLEAN},3\r\n"
    )


def test_csv_missing_column_is_said_once_for_that_column(tmp_path, run_cli):
    f = tmp_path / "a.csv"
    f.write_bytes(f"id,text\na1,{DIRTY}\na2,{DIRTY}\n".encode())
    code, out, _ = run_cli(
        "check", *SEL, "--text-field", "title,text", "--output-format", "json", str(f)
    )
    found = json.loads(out)
    inp = [x for x in found if x["code"] == "INP001"]
    assert [(x["record"], x["field"]) for x in inp] == [(1, "title")]
    assert "for it" in inp[0]["message"]
    assert sum(x["code"] == "PUN001" for x in found) == 4


def test_parquet_two_columns_fixed_row_groups_kept(tmp_path, run_cli):
    pa = pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    import pyarrow.parquet as pq

    f = tmp_path / "p.parquet"
    table = pa.table(
        {
            "id": ["a", "b", "c"],
            "title": [TITLE, None, "عنوان"],
            "text": [CLEAN, DIRTY, DIRTY],
        }
    )
    pq.write_table(table, f, row_group_size=2)
    assert _findings(run_cli, "--text-field", "title,text", str(f)) == [
        (1, "title", "PUN001"),
        (2, "title", "INP001"),
        (2, "text", "PUN001"),
        (2, "text", "PUN001"),
        (3, "text", "PUN001"),
        (3, "text", "PUN001"),
    ]
    run_cli("check", *SEL, "--text-field", "title,text", "--fix", str(f))
    pf = pq.ParquetFile(f)
    assert pf.num_row_groups == 2
    out = pf.read()
    assert out.column("title").to_pylist() == [TITLE_CLEAN, None, "عنوان"]
    assert out.column("text").to_pylist() == [CLEAN, CLEAN, CLEAN]
    assert out.column("id").equals(table.column("id"))


def test_patch_stream_of_two_fields_applies(tmp_path, run_cli):
    rows = [{"id": i, "title": TITLE, "text": DIRTY} for i in range(3)]
    f = _jsonl(tmp_path, rows)
    original = f.read_text(encoding="utf-8")
    patches = tmp_path / "fix.patch.jsonl"
    run_cli("check", *SEL, "--text-field", "title,text", "--patch-out", str(patches), str(f))
    lines = [json.loads(x) for x in patches.read_text(encoding="utf-8").splitlines()]
    assert [(p["record"], p["field"]) for p in lines] == [
        (r, fld) for r in (1, 2, 3) for fld in ("title", "text")
    ]
    assert f.read_text(encoding="utf-8") == original  # --patch-out alone writes nothing
    code, _, err = run_cli("apply", str(patches))
    assert code == 0, err
    assert f.read_text(encoding="utf-8") == original.replace(DIRTY, CLEAN).replace(
        TITLE, TITLE_CLEAN
    )


def test_parallel_jobs_give_the_same_bytes(tmp_path, run_cli):
    rows = [{"id": i, "title": TITLE if i % 3 else "عنوان", "text": DIRTY} for i in range(400)]
    one = _jsonl(tmp_path, rows, "one.jsonl")
    two = _jsonl(tmp_path, rows, "two.jsonl")
    args = ("check", *SEL, "--text-field", "title,text", "--fix", "--output-format", "concise")
    r1 = run_cli(*args, "--jobs", "1", str(one))
    r2 = run_cli(*args, "--jobs", "2", "--chunk-size", "3000", str(two))  # 10+ chunks
    assert r1[1].replace("one.jsonl", "") == r2[1].replace("two.jsonl", "")
    assert one.read_bytes() == two.read_bytes()
    assert DIRTY not in one.read_text(encoding="utf-8")
    assert TITLE not in one.read_text(encoding="utf-8")


def test_parquet_field_inside_a_struct_column(tmp_path, run_cli):
    pa = pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    import pyarrow.parquet as pq

    f = tmp_path / "n.parquet"
    doc_type = pa.struct([("title", pa.string()), ("body", pa.string()), ("n", pa.int32())])
    docs = pa.array(
        [
            {"title": TITLE, "body": DIRTY, "n": 1},
            None,  # a null struct: its fields are null, reported, written back null
            {"title": "عنوان", "body": CLEAN, "n": 3},
        ],
        type=doc_type,
    )
    table = pa.table({"id": ["a", "b", "c"], "doc": docs})
    pq.write_table(table, f, row_group_size=2)
    assert _findings(run_cli, "--text-field", "doc.body", str(f)) == [
        (1, "doc.body", "PUN001"),
        (1, "doc.body", "PUN001"),
        (2, "doc.body", "INP001"),
    ]
    code, _, err = run_cli("check", *SEL, "--text-field", "doc.title,doc.body", "--fix", str(f))
    assert code == 1, err  # the null row is still reported
    out = pq.read_table(f)
    assert out.schema.equals(table.schema)
    assert out.column("doc").to_pylist() == [
        {"title": TITLE_CLEAN, "body": CLEAN, "n": 1},
        None,
        {"title": "عنوان", "body": CLEAN, "n": 3},
    ]
    assert pq.ParquetFile(f).num_row_groups == 2
    # A dotted name that reaches no string field is said once, like a missing column.
    code, out_json, _ = run_cli(
        "check", *SEL, "--text-field", "doc.n", "--output-format", "json", str(f)
    )
    found = json.loads(out_json)
    assert [(x["code"], x["record"]) for x in found] == [("INP001", 1)]
    assert "not a string" in found[0]["message"]
