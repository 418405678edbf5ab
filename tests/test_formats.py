"""Corpus formats: compressed JSONL, CSV / TSV, Parquet (reading, record numbers, byte-exact
or schema-exact rewriting, missing text passed through, --diff refused)."""

from __future__ import annotations

import csv
import gzip
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tanqih.linter.sources.csv_source import field_value, parse_fields

SEL = ("--select", "PUN001,INP001")
DIRTY = "قال الوزير ، إن الاتفاق مهم ."
CLEAN = "قال الوزير، إن الاتفاق مهم."
DIRTY2 = 'سطر أول\nوأضاف أن العمل مستمر ، "جدا".'
CLEAN2 = 'سطر أول\nوأضاف أن العمل مستمر، "جدا".'

ROWS = [
    {"id": "a1", "text": DIRTY, "n": 1},
    {"id": "a2", "text": None, "n": 0},
    {"id": "a3", "text": DIRTY2, "n": 2},
    {"id": "a4", "text": CLEAN, "n": 3},
]


def _jsonl_bytes(rows) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _usage_error(capsys, *args) -> str:
    """Run the CLI with arguments argparse refuses: exit 2; returns stderr."""
    from tanqih.cli import main

    with pytest.raises(SystemExit) as exc:
        main(list(args))
    assert exc.value.code == 2
    return capsys.readouterr().err


def _findings(run_cli, *args):
    code, out, err = run_cli("check", *SEL, "--output-format", "json", *args)
    return code, json.loads(out), err


# -- compressed JSONL -------------------------------------------------------------------


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data)


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard", reason="extra tanqih[zstd] not installed")
    return zstandard.ZstdCompressor().compress(data)


def _unzstd(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()


@pytest.mark.parametrize(
    ("suffix", "pack", "unpack", "magic"),
    [
        (".jsonl.gz", _gzip, gzip.decompress, b"\x1f\x8b"),
        (".jsonl.zst", _zstd, _unzstd, b"\x28\xb5\x2f\xfd"),
    ],
)
def test_compressed_jsonl_check_and_fix(tmp_path, run_cli, suffix, pack, unpack, magic):
    f = tmp_path / f"shard{suffix}"
    f.write_bytes(pack(_jsonl_bytes(ROWS)))
    code, findings, _ = _findings(run_cli, "--id-field", "id", str(f))
    assert code == 1
    assert [(x["code"], x["record"], x["id"]) for x in findings] == [
        ("PUN001", 1, "a1"),
        ("PUN001", 1, "a1"),
        ("INP001", 2, "a2"),
        ("PUN001", 3, "a3"),
    ]
    # --diff is refused with a pointer to --patch-out; the file is untouched.
    before = f.read_bytes()
    code, _, err = run_cli("check", *SEL, "--diff", str(f))
    assert code == 2 and "--patch-out" in err
    assert f.read_bytes() == before
    # --fix rewrites with the same compression; only the text fields change.
    code, _, _ = run_cli("check", *SEL, "--fix", "--jobs", "1", str(f))
    assert code == 1  # the null record is still reported
    data = f.read_bytes()
    assert data.startswith(magic)
    expected = [dict(r) for r in ROWS]
    expected[0]["text"], expected[2]["text"] = CLEAN, CLEAN2
    assert unpack(data) == _jsonl_bytes(expected)


def test_corrupt_gzip_is_an_error_naming_the_file(tmp_path, run_cli):
    f = tmp_path / "bad.jsonl.gz"
    good = _gzip(_jsonl_bytes(ROWS))
    f.write_bytes(good[: len(good) // 2])  # truncated
    code, _, err = run_cli("check", *SEL, "--fix", str(f))
    assert code == 2 and "bad.jsonl.gz" in err
    assert f.read_bytes() == good[: len(good) // 2]


# -- CSV / TSV ---------------------------------------------------------------------------


def test_csv_records_header_not_counted_and_fields_kept_byte_exact(tmp_path, run_cli):
    raw = (
        '"id",text,note\r\n'  # quoted header field, CRLF line ends
        f'"a1",{DIRTY},"keep ""this"" , exactly"\r\n'
        "a2,,empty text\r\n"
        f'a3,"{DIRTY2.replace(chr(34), chr(34) * 2)}",multi-line\r\n'
        f"a4,{CLEAN},clean\r\n"
    )
    f = tmp_path / "c.csv"
    f.write_bytes(raw.encode("utf-8"))
    code, findings, _ = _findings(run_cli, "--id-field", "id", str(f))
    assert code == 1
    assert [(x["record"], x["id"]) for x in findings] == [(1, "a1"), (1, "a1"), (3, "a3")]
    third = findings[2]
    assert (third["line"], third["column"]) == (2, 21)  # inside the embedded newline text
    run_cli("check", *SEL, "--fix", str(f))
    expected = (
        raw.replace(f"{DIRTY},", f"{CLEAN},", 1)
        .replace(DIRTY2.replace('"', '""'), CLEAN2.replace('"', '""'))
        .encode("utf-8")
    )
    assert f.read_bytes() == expected
    # The csv module reads the result as the same table with fixed texts.
    rows = list(csv.reader(io.StringIO(f.read_text(encoding="utf-8"), newline="")))
    assert rows[1] == ["a1", CLEAN, 'keep "this" , exactly']
    assert rows[3] == ["a3", CLEAN2, "multi-line"]


def test_csv_fixed_text_gets_quoted_when_needed(tmp_path, run_cli):
    # An unquoted field whose fix introduces no delimiter stays unquoted; a new text with
    # a comma, quote or newline would be quoted (checked directly on the helper).
    from tanqih.linter.sources.csv_source import quote_field

    assert quote_field("نص، عربي", ",", False) == "نص، عربي"
    assert quote_field("a,b", ",", False) == '"a,b"'
    assert quote_field('a"b', "\t", False) == '"a""b"'
    assert quote_field("plain", ",", True) == '"plain"'


@pytest.mark.parametrize("suffix,sep", [(".tsv", "\t"), (".csv", ",")])
def test_field_opening_with_a_quotation_keeps_its_quote_marks(tmp_path, run_cli, suffix, sep):
    # '"نعم" قال ...' is no RFC 4180 quoted field (text follows the closing quote): it is
    # read literally, so the quote rules see the marks and a fix writes them back.
    f = tmp_path / f"q{suffix}"
    f.write_bytes(
        f'id{sep}text{sep}x\n1{sep}"نعم" قال الوزير ، هنا.{sep}x\n2{sep}"كامل"{sep}y\n'.encode()
    )
    code, _out, _err = run_cli("check", "--fix", "--no-cache", str(f))
    assert code == 0
    assert f.read_text(encoding="utf-8") == (
        f'id{sep}text{sep}x\n1{sep}"نعم" قال الوزير، هنا.{sep}x\n2{sep}"كامل"{sep}y\n'
    )
    body = '"نعم" قال الوزير، هنا.'
    (span,) = parse_fields(body, sep)
    assert field_value(body, span) == body


def test_csv_missing_column_reported_and_passed_through(tmp_path, run_cli):
    f = tmp_path / "c.csv"
    raw = f"id,body\na1,{DIRTY}\na2,x\n".encode()
    f.write_bytes(raw)
    code, findings, _ = _findings(run_cli, "--fix", str(f))
    assert code == 1
    # A header without the column is said once for the file, not once a row.
    assert [(x["code"], x["record"]) for x in findings] == [("INP001", 1)]
    assert "column 'text'" in findings[0]["message"]
    assert "(columns: id, body)" in findings[0]["message"]
    assert f.read_bytes() == raw
    code, findings, _ = _findings(run_cli, "--text-field", "body", str(f))
    assert {x["code"] for x in findings} == {"PUN001"}


@pytest.mark.parametrize("sep", [";", "|", "\t"])
def test_csv_delimiter_option_reads_and_writes_that_separator(tmp_path, run_cli, sep):
    f = tmp_path / "c.csv"
    f.write_bytes(f"id{sep}text{sep}n\na1{sep}{DIRTY}{sep}1\n".encode())
    shown = "tab" if sep == "\t" else sep
    code, findings, _ = _findings(run_cli, str(f))
    assert [x["code"] for x in findings] == ["INP001"]  # read with ',': one column
    assert f"--csv-delimiter {shown if sep == chr(9) else repr(sep)}" in findings[0]["message"]
    code, findings, _ = _findings(run_cli, "--csv-delimiter", shown, "--fix", str(f))
    assert code == 0 and findings == []
    assert f.read_bytes() == f"id{sep}text{sep}n\na1{sep}{CLEAN}{sep}1\n".encode()


def test_csv_delimiter_from_the_config_and_bad_values(tmp_path, run_cli, capsys):
    (tmp_path / "tanqih.toml").write_text('csv-delimiter = ";"\n', encoding="utf-8")
    f = tmp_path / "c.csv"
    f.write_bytes(f'id;text\na1;"{DIRTY}; ثم"\n'.encode())
    code, findings, _ = _findings(run_cli, str(f))
    assert [x["code"] for x in findings] == ["PUN001", "PUN001"]
    # A .tsv stays tab-separated whatever the CSV separator is.
    t = tmp_path / "t.tsv"
    t.write_bytes(f"id\ttext\na1\t{DIRTY}\n".encode())
    code, findings, _ = _findings(run_cli, str(t))
    assert {x["code"] for x in findings} == {"PUN001"}
    for bad in (";;", '"', ""):
        assert "one character" in _usage_error(capsys, "check", "--csv-delimiter", bad, str(f))
    (tmp_path / "tanqih.toml").write_text('csv-delimiter = "ab"\n', encoding="utf-8")
    code, _, err = run_cli("check", str(f))
    assert code == 2 and "csv-delimiter" in err and "tanqih.toml" in err


def test_a_one_value_option_given_twice_is_a_usage_error(tmp_path, run_cli, capsys):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "key": "b", "text": DIRTY}) + "\n", encoding="utf-8")
    err = _usage_error(capsys, "check", "--id-field", "id", "--id-field", "key", str(f))
    assert "--id-field given twice ('id', 'key')" in err
    for cmd in ("names", "corpus"):
        err = _usage_error(capsys, cmd, "--encoding", "utf-8", "--encoding", "cp1256", str(f))
        assert "given twice" in err
    # The same value twice (a config alias and a flag, say) is harmless.
    code, _, _ = run_cli("check", *SEL, "--id-field", "id", "--id-field", "id", str(f))
    assert code == 1


def test_tsv_and_unterminated_quote(tmp_path, run_cli):
    f = tmp_path / "t.tsv"
    f.write_bytes(f"id\ttext\na1\t{DIRTY}\n".encode())
    assert run_cli("check", *SEL, "--fix", str(f))[0] == 0
    assert f.read_bytes() == f"id\ttext\na1\t{CLEAN}\n".encode()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(f'id,text\na1,"{DIRTY}\n'.encode())
    code, _, err = run_cli("check", *SEL, str(bad))
    assert code == 2 and "bad.csv" in err and "unterminated" in err


_cell = st.text(
    alphabet=st.sampled_from(list('ab ,"\n\r\tعربي،')),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(_cell, min_size=1, max_size=4), min_size=1, max_size=4),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    delimiter=st.sampled_from([",", "\t"]),
)
def test_parse_fields_agrees_with_the_csv_module(rows, quoting, delimiter):
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    expected = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    # Split the text into records the way the reader does: line by line until complete.
    got = []
    pending = ""
    for line in text.split("\n")[:-1]:  # the reader splits physical lines at \n only
        pending += line + "\n"
        body = pending[:-2] if pending.endswith("\r\n") else pending[:-1]
        spans = parse_fields(body, delimiter)
        if spans is None:
            continue
        got.append([field_value(body, s) for s in spans])
        pending = ""
    assert pending == ""
    assert got == expected


# -- Parquet ----------------------------------------------------------------------------


def _parquet_table(pa):
    schema = pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("text", pa.large_string()),
            pa.field("n", pa.int32(), nullable=False),
            pa.field("tags", pa.list_(pa.string())),
        ],
        metadata={b"origin": b"tanqih-test"},
    )
    rows = [dict(r, n=r["n"], tags=["x"] * r["n"]) for r in ROWS]
    return pa.Table.from_pylist(rows, schema=schema)


def test_parquet_check_fix_keeps_schema_row_groups_and_compression(tmp_path, run_cli):
    pa = pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    import pyarrow.parquet as pq

    f = tmp_path / "p.parquet"
    table = _parquet_table(pa)
    pq.write_table(table, f, compression="zstd", row_group_size=2)
    schema = pq.read_schema(f)
    code, findings, _ = _findings(run_cli, "--id-field", "id", str(f))
    assert [(x["code"], x["record"], x["id"]) for x in findings] == [
        ("PUN001", 1, "a1"),
        ("PUN001", 1, "a1"),
        ("INP001", 2, "a2"),
        ("PUN001", 3, "a3"),  # row 3 is in the second row group: numbering continues
    ]
    code, _, err = run_cli("check", *SEL, "--diff", str(f))
    assert code == 2 and "--patch-out" in err
    run_cli("check", *SEL, "--fix", str(f))
    pf = pq.ParquetFile(f)
    assert pf.schema_arrow.equals(schema, check_metadata=True)
    assert pf.schema_arrow.metadata[b"origin"] == b"tanqih-test"
    assert pf.num_row_groups == 2
    assert str(pf.metadata.row_group(0).column(0).compression).upper() == "ZSTD"
    out = pf.read()
    assert out.column("text").to_pylist() == [CLEAN, None, CLEAN2, CLEAN]
    for name in ("id", "n", "tags"):
        assert out.column(name).equals(table.column(name))


def test_parquet_non_string_column_is_reported_not_dropped(tmp_path, run_cli):
    pa = pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    import pyarrow.parquet as pq

    f = tmp_path / "p.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), f)
    before = f.read_bytes()
    code, findings, _ = _findings(run_cli, "--fix", str(f))
    assert code == 1
    assert [(x["code"], x["record"]) for x in findings] == [("INP001", 1)]
    assert "not a string" in findings[0]["message"]
    assert f.read_bytes() == before


def test_not_a_parquet_file_is_an_error(tmp_path, run_cli):
    pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    f = tmp_path / "broken.parquet"
    f.write_bytes(b"this is not parquet at all")
    code, _, err = run_cli("check", *SEL, str(f))
    assert code == 2 and "broken.parquet" in err


def test_folder_walk_finds_every_format(tmp_path, run_cli):
    (tmp_path / "a.jsonl.gz").write_bytes(_gzip(_jsonl_bytes(ROWS[:1])))
    (tmp_path / "b.csv").write_bytes(f"text\n{DIRTY}\n".encode())
    (tmp_path / "c.tsv").write_bytes(f"text\n{DIRTY}\n".encode())
    code, findings, _ = _findings(run_cli, "--jobs", "1", str(tmp_path))
    assert sorted({x["path"].rsplit("/", 1)[-1] for x in findings}) == [
        "a.jsonl.gz",
        "b.csv",
        "c.tsv",
    ]


def test_parquet_missing_column_is_said_once(tmp_path, run_cli):
    pa = pytest.importorskip("pyarrow", reason="extra tanqih[parquet] not installed")
    import pyarrow.parquet as pq

    f = tmp_path / "p.parquet"
    pq.write_table(pa.table({"id": ["a", "b", "c"], "body": ["x", "y", "z"]}), f)
    before = f.read_bytes()
    code, findings, _ = _findings(run_cli, "--fix", str(f))
    assert code == 1
    assert [(x["code"], x["record"]) for x in findings] == [("INP001", 1)]
    assert "(columns: id, body)" in findings[0]["message"]
    assert f.read_bytes() == before


# -- JSONL escape style of a rewritten field ---------------------------------------------


def test_jsonl_fix_keeps_raw_arabic_when_the_field_has_one_escape(tmp_path, run_cli):
    """Scraped data: raw UTF-8 Arabic with one escaped NBSP. The fixed field stays raw
    (not rewritten as \\u0642\\u0627...), and only that field changes."""
    f = tmp_path / "scraped.jsonl"
    line = '{"id":7,"text":"قال الوزير\\u00a0إن الاتفاق مهم ."}\n'
    f.write_bytes(line.encode())
    code, _, _ = run_cli("check", "--select", "PUN001", "--no-cache", "--fix", str(f))
    assert code == 0
    out = f.read_bytes().decode()
    assert out.startswith('{"id":7,"text":"قال الوزير') and out.endswith('"}\n')
    assert "\\u0642" not in out and "قال الوزير" in out
    assert json.loads(out) == {"id": 7, "text": "قال الوزير\u00a0إن الاتفاق مهم."}
    assert len(out.encode()) < len(line.encode())  # not doubled: one byte less (the space)


def test_jsonl_fix_keeps_a_fully_escaped_field_escaped(tmp_path, run_cli):
    f = tmp_path / "escaped.jsonl"
    line = json.dumps({"id": 8, "text": DIRTY}, ensure_ascii=True) + "\n"
    assert line.isascii()
    f.write_bytes(line.encode())
    code, _, _ = run_cli("check", "--select", "PUN001", "--no-cache", "--fix", str(f))
    assert code == 0
    out = f.read_bytes().decode()
    assert out == json.dumps({"id": 8, "text": CLEAN}, ensure_ascii=True) + "\n"
    assert out.isascii()


def test_encode_like_styles_and_what_stays_escaped():
    from tanqih.linter.sources.jsonl import encode_like

    mixed = '"قال\\u00a0نعم"'
    text = 'قال\u00a0نعم، "حقا" \\ \n\t\x01 \u2028\u2029 \ud800'
    out = encode_like(mixed, text)
    assert json.loads(out) == text
    # Raw non-ASCII, JSON's own escapes, and U+2028 / U+2029 / lone surrogates escaped.
    assert out == '"قال\u00a0نعم، \\"حقا\\" \\\\ \\n\\t\\u0001 \\u2028\\u2029 \\ud800"'
    out.encode("utf-8")  # no lone surrogate left raw
    # A fully escaped value stays ASCII; '\\u' after an escaped backslash is no escape.
    assert encode_like('"\\u0642\\u0627\\u0644"', text).isascii()
    assert encode_like('"C:\\\\users"', "قال") == '"قال"'
    # No hint (ASCII text, empty string): raw.
    assert encode_like('""', "قال") == '"قال"'
    assert encode_like('"abc"', "قال") == '"قال"'


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=())),
    raw=st.sampled_from(['"قال\\u00a0"', '"\\u0642"', '"abc"', '""', '"C:\\\\u"']),
)
def test_encode_like_is_valid_json_that_round_trips(text, raw):
    from tanqih.linter.sources.jsonl import encode_like

    out = encode_like(raw, text)
    assert json.loads(out) == text
    assert "\u2028" not in out and "\u2029" not in out
    if raw == '"\\u0642"':
        assert out.isascii()
    else:  # raw: every non-ASCII character but U+2028 / U+2029 / surrogates as is
        kept = {c for c in text if ord(c) > 127}
        kept -= {c for c in kept if c in "\u2028\u2029" or "\ud800" <= c <= "\udfff"}
        assert kept <= set(out)
        assert len(out) <= len(json.dumps(text, ensure_ascii=True))


def test_blank_jsonl_lines_are_kept_but_not_counted(tmp_path, run_cli):
    """Blank lines of a JSONL file are written back as they are; they are no documents
    (not in the summary, not JUnit test cases)."""
    f = tmp_path / "b.jsonl"
    f.write_text('{"id":1,"text":"قال الوزير ، إن الاتفاق مهم ."}\n\n\n', encoding="utf-8")
    code, out, err = run_cli("check", "--output-format", "junit", str(f))
    assert code == 1 and 'tests="1"' in out
    assert "1 document," in err
    code, _, _ = run_cli("check", "--fix", "--select", "PUN001", str(f))
    assert code == 0
    assert f.read_text(encoding="utf-8") == '{"id":1,"text":"قال الوزير، إن الاتفاق مهم."}\n\n\n'


def test_jsonl_record_ids_that_are_null_or_not_strings(tmp_path, run_cli):
    """A null id is no id (not the string 'None', which merged records in baselines); a
    number or an object is written as JSON."""
    f = tmp_path / "ids.jsonl"
    rows = [None, 5, {"a": 1}, "x1"]
    f.write_text(
        "".join(json.dumps({"id": i, "text": "قال الوزير ، نعم"}) + "\n" for i in rows),
        encoding="utf-8",
    )
    code, findings, _ = _findings(run_cli, "--id-field", "id", str(f))
    assert code == 1
    assert [x.get("id") for x in findings] == [None, "5", '{"a":1}', "x1"]


def test_a_missing_text_field_names_the_fields_there_are(tmp_path, run_cli):
    f = tmp_path / "b.jsonl"
    f.write_text('{"id": "1", "body": "نص", "n": 3}\n', encoding="utf-8")
    code, out, _ = run_cli("check", "--output-format", "concise", str(f))
    assert code == 1
    assert "string fields: id, body; choose with --text-field" in out


def test_an_undecodable_file_suggests_an_encoding(tmp_path, run_cli):
    f = tmp_path / "legacy.txt"
    f.write_bytes("قال الوزير".encode("cp1256"))
    code, _, err = run_cli("check", str(f))
    assert code == 2 and "--encoding cp1256" in err


# -- input layer: a UTF-8 file under a legacy --encoding, CR-only line ends ---------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("u.txt", "قال الوزير إن الحكومة ستعمل.\n".encode()),  # clean UTF-8
        ("bom.txt", b"\xef\xbb\xbf" + f"{DIRTY}\n".encode()),  # UTF-8 with a BOM
        ("bom-cp.txt", b"\xef\xbb\xbf" + f"{DIRTY}\n".encode("cp1256")),  # BOM + cp1256
        ("u.jsonl", _jsonl_bytes([{"text": "نص سليم"}, {"text": DIRTY}])),
        ("u.csv", f"id,text\n1,{DIRTY}\n".encode()),
    ],
)
@pytest.mark.parametrize("how", ["flag", "config"])
def test_a_utf8_file_under_a_legacy_encoding_is_an_input_error(tmp_path, run_cli, name, data, how):
    """Read as cp1256, UTF-8 Arabic is mojibake that the safe ENC fixes would "repair" and
    write back in cp1256 (a BOM'd file would become BOM + cp1256 body): exit 2, untouched."""
    f = tmp_path / name
    f.write_bytes(data)
    if how == "config":
        (tmp_path / "tanqih.toml").write_text('encoding = "cp1256"\n', encoding="utf-8")
        args = ("check", "--fix", "--unsafe-fixes", str(f))
    else:
        args = ("check", "--fix", "--unsafe-fixes", "--encoding", "cp1256", str(f))
    code, _out, err = run_cli(*args)
    assert code == 2
    assert f.read_bytes() == data
    assert f"{name}" in err and "looks like UTF-8" in err
    assert "drop --encoding" in err and "--encoding utf-8" in err
    if name.startswith("bom"):
        assert "byte order mark" in err


def test_real_cp1256_files_are_still_read_and_written_in_cp1256(tmp_path, run_cli):
    files = {
        "a.txt": f"{DIRTY}\n",
        "a.jsonl": json.dumps({"text": DIRTY}, ensure_ascii=False) + "\n",
        "a.csv": f"id,text\n1,{DIRTY}\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("cp1256"))
    code, _, err = run_cli("check", *SEL, "--fix", "--encoding", "cp1256", str(tmp_path))
    assert code == 0, err
    for name, text in files.items():
        assert (tmp_path / name).read_bytes() == text.replace(DIRTY, CLEAN).encode("cp1256")


@pytest.mark.parametrize("suffix,sep", [(".csv", ","), (".tsv", "\t")])
def test_csv_with_cr_only_line_ends_is_read_and_keeps_them(tmp_path, run_cli, suffix, sep):
    """Excel's "CSV (Macintosh)": records end with a bare CR (before: one header record,
    "0 documents", exit 0). A quoted field may hold a CR of its own."""
    f = tmp_path / f"mac{suffix}"
    raw = f'id{sep}text\r1{sep}{DIRTY}\r2{sep}"سطر\r{DIRTY}"\r3{sep}{CLEAN}\r'
    f.write_bytes(raw.encode())
    code, findings, _ = _findings(run_cli, "--id-field", "id", str(f))
    assert code == 1
    assert [(x["record"], x["id"]) for x in findings] == [(1, "1"), (1, "1"), (2, "2"), (2, "2")]
    assert run_cli("check", *SEL, "--fix", str(f))[0] == 0
    assert f.read_bytes() == raw.replace(DIRTY, CLEAN).encode()
    rows = list(csv.reader(io.StringIO(f.read_text(encoding="utf-8"), newline=""), delimiter=sep))
    assert [r[0] for r in rows] == ["id", "1", "2", "3"]  # as the csv module reads it


def test_text_file_with_cr_only_line_ends_has_lines_and_keeps_its_crs(tmp_path, run_cli):
    f = tmp_path / "mac.txt"
    raw = f"قال الوزير إن الخطة ناجحة.\rشارك المقال\r{DIRTY}\r"
    f.write_bytes(raw.encode())
    code, out, _ = run_cli("check", "--select", "PUN001,BLP001", "--output-format", "json", str(f))
    assert code == 1
    assert [(x["code"], x["line"]) for x in json.loads(out)] == [
        ("BLP001", 2),
        ("PUN001", 3),
        ("PUN001", 3),
    ]
    # The same text with LF line ends gives the same findings.
    lf = tmp_path / "lf.txt"
    lf.write_bytes(raw.replace("\r", "\n").encode())
    _, out_lf, _ = run_cli("check", "--select", "PUN001,BLP001", "--output-format", "json", str(lf))
    strip = lambda s: [{k: v for k, v in x.items() if k != "path"} for x in json.loads(s)]  # noqa: E731
    assert strip(out) == strip(out_lf)
    assert run_cli("check", "--select", "PUN001", "--fix", str(f))[0] == 0
    assert f.read_bytes() == raw.replace(DIRTY, CLEAN).encode()


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary().map(lambda b: bytes(b"ab\r\n"[x % 4] for x in b)),
    size=st.integers(1, 9),
)
def test_split_cr_lines_splits_at_cr_lf_and_crlf(data, size):
    import re

    from tanqih.linter.sources.base import split_cr_lines

    lines = list(split_cr_lines(io.BytesIO(data), size))
    assert b"".join(lines) == data
    assert lines == re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", data)


def test_jsonl_nested_text_field_by_dotted_path(tmp_path, run_cli):
    # --text-field doc.body reaches into a nested object; only that value's bytes change,
    # a top-level key named "doc.body" would win, and records without it are reported.
    f = tmp_path / "n.jsonl"
    lines = [
        '{"id": 1, "doc": {"title": "x ، y", "body": "قال الوزير ، إن الخطة ناجحة."}, "n": 2}',
        '{"id": 2, "doc": {"title": "z"}}',
        '{"id": 3, "doc.body": "قال ، لا", "doc": {"body": "نص سليم."}}',
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run_cli(
        "check",
        "--fix",
        "--no-cache",
        "--text-field",
        "doc.body",
        "--output-format",
        "concise",
        str(f),
    )
    assert "INP001" in out and "doc.body" in out
    # The hint names the string fields of the object the path reached.
    assert "'doc.body' is missing (string fields: doc.title; choose with --text-field)" in out
    got = f.read_text(encoding="utf-8").splitlines()
    assert got[0] == lines[0].replace("الوزير ، إن", "الوزير، إن")
    assert got[1] == lines[1]
    assert got[2] == lines[2].replace("قال ، لا", "قال، لا")
