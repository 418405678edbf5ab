"""The HTML review report, checked without a browser: structure, escaping, CSP, limits.

The browser behaviour (filters, keyboard, XSS payloads not running) is in
test_html_browser.py; here the page's markup is parsed and compared with the findings.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tanqih.linter.document import Document
from tanqih.linter.findings import Edit, Finding, Fix
from tanqih.linter.output import load_formats
from tanqih.linter.output.html_report import HtmlReport, fix_preview, visible_html

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

TEXT_DIV_RE = re.compile(
    r'<section class="doc" id="d(\d+)" data-d="\d+">.*?'
    r'<div class="text" dir="rtl" lang="ar">(.*?)</div></section>',
    re.S,
)


def finding(start, end, code="PUN001", family="punctuation", message="m", fix=None):
    return Finding(code, "rule-" + code.lower(), message, start, end, fix, family)


def report(docs, full_limit=None, context=None, **kw) -> str:
    """docs: list of (Document, findings). Returns the page."""
    out = io.StringIO()
    fmt = HtmlReport(out, **kw)
    if full_limit is not None:
        fmt.full_limit = full_limit
    if context is not None:
        fmt.context = context
    fmt.start()
    for doc, findings in docs:
        fmt.document(doc, findings)
    fmt.finish(None)
    return out.getvalue()


def data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="tq-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def text_blocks(page: str) -> dict[int, ET.Element]:
    """Each document's text block parsed as XML: fails on any mis-nested tag."""
    out = {}
    for m in TEXT_DIV_RE.finditer(page):
        out[int(m.group(1))] = ET.fromstring("<root>" + m.group(2) + "</root>")
    return out


def marks(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter("mark")]


def classes(e: ET.Element) -> set[str]:
    return set(e.get("class", "").split())


def test_registered_as_html_format():
    assert load_formats()["html"] is HtmlReport


# -- structure ---------------------------------------------------------------------------------


def test_one_highlight_per_finding_overlaps_nest_and_markers():
    text = "قال الوزير إن الاتفاق مهم\nوأضاف أن العمل مستمر"
    fs = [
        finding(4, 14),  # الوزير إن
        finding(11, 21, code="QUO001", family="quotes"),  # partial overlap with the first
        finding(4, 10, code="VAR001", family="variants"),  # nested inside the first
        finding(25, 25),  # zero width at the end of line 1
        finding(20, 32, code="FRG001", family="fragments"),  # crosses the line break
        finding(25, 26),  # only the line break: shown as a marker
    ]
    page = report([(Document(text, path="a.txt"), fs)])
    root = text_blocks(page)[0]
    primaries = [m for m in marks(root) if "cont" not in classes(m)]
    assert len(primaries) == len(fs)
    assert sorted(int(m.get("data-f")) for m in primaries) == list(range(len(fs)))
    data = data_of(page)["findings"]
    # Every finding's fragments, in order, spell its span (line breaks are paragraph breaks).
    for fid, f in enumerate(sorted(fs, key=lambda f: f.sort_key())):
        frags = [m for m in marks(root) if m.get("data-f") == str(fid)]
        shown = "".join("".join(m.itertext()) for m in frags)
        assert shown == text[f.start : f.end].replace("\n", "")
        if not shown:
            assert [classes(m) >= {"zw"} for m in frags] == [True]
        assert data[fid]["c"] == f.code
    # Paragraphs are kept: one <p> per line, in order.
    paras = root.findall("p")
    assert ["".join(p.itertext()) for p in paras] == text.split("\n")
    assert [p.get("data-ln") for p in paras] == ["1", "2"]
    # Family colour classes on the highlights.
    assert {c for m in marks(root) for c in classes(m) if c.startswith("fam-")} == {
        "fam-punctuation",
        "fam-quotes",
        "fam-variants",
        "fam-fragments",
    }


LETTERS = "ابتثجحخ دذ"


@st.composite
def doc_and_findings(draw):
    lines = draw(st.lists(st.text(alphabet=LETTERS, max_size=30), min_size=1, max_size=6))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    text = eol.join(lines)
    n = len(text)
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), min_size=1, max_size=8
        )
    )
    return text, [finding(a, b, code=f"X{i:03d}") for i, (a, b) in enumerate(spans)]


@settings(max_examples=150, deadline=None)
@given(doc_and_findings(), st.sampled_from([None, 0]), st.integers(0, 12))
# a point between \r and \n, excerpted with no context: its window started past the
# line's end and made no piece to hold it
@example(("\r\n", [finding(1, 1, code="X000")]), 0, 0)
def test_any_spans_render_well_formed_and_complete(case, full_limit, context):
    """Whole documents and excerpts (full_limit 0: every document is cut to windows)."""
    text, fs = case
    page = report([(Document(text), fs)], full_limit=full_limit, context=context)
    root = text_blocks(page)[0]  # parses: every highlight is properly nested
    primaries = [m for m in marks(root) if "cont" not in classes(m)]
    assert len(primaries) == len(fs)
    assert len({m.get("id") for m in primaries}) == len(fs)
    ordered = sorted(fs, key=lambda f: f.sort_key())
    for fid, f in enumerate(ordered):
        frags = [m for m in marks(root) if m.get("data-f") == str(fid)]
        assert "".join("".join(m.itertext()) for m in frags) == "".join(
            ch for ch in text[f.start : f.end] if ch not in "\r\n"
        )
    shown = ["".join(p.itertext()) for p in root.findall("p")]
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if full_limit is None:  # the whole text, one paragraph per non-empty line
        assert [s for s in shown if s] == [line for line in lines if line]
    else:  # excerpts: each paragraph is a piece of its line, ellipses where cut
        for p in root.findall("p"):
            line = lines[int(p.get("data-ln")) - 1]
            for piece in "".join(p.itertext()).split("…"):
                assert piece in line


def test_long_document_is_cut_to_windows_around_findings():
    filler = "وأضاف المتحدث أن العمل مستمر في المشروع منذ سنوات طويلة"
    lines = [f"{filler} {i}" for i in range(300)]
    lines[120] = "قال الوزير ، إن " + filler
    text = "\n".join(lines)
    at = text.index(" ،")
    page = report([(Document(text, path="long.txt"), [finding(at, at + 2)])])
    root = text_blocks(page)[0]
    paras = root.findall("p")
    assert [p.get("data-ln") for p in paras] == ["121"]
    skips = [d.text for d in root.iter("div") if d.get("class") == "skip"]
    assert skips == ["⋯ 120 paragraphs without findings ⋯", "⋯ 179 paragraphs without findings ⋯"]
    assert "excerpts around the findings" in page
    assert len(page) < 60_000  # the other 299 paragraphs are not in the page


def test_long_paragraph_shows_context_with_ellipses():
    words = " ".join(f"كلمة{i}" for i in range(1500))
    text = words + " ، نهاية"
    at = text.index(" ،")
    page = report([(Document(text), [finding(at, at + 2)])])
    root = text_blocks(page)[0]
    (p,) = root.findall("p")
    shown = "".join(p.itertext())
    assert shown.startswith("…") and len(shown) < 400
    assert " ، نهاية" in shown


def test_cap_limits_rendered_findings_but_summary_counts_all():
    docs = []
    for d in range(4):
        text = "قال الوزير ، إن الاتفاق ، مهم ،"
        fs = [finding(m.start(), m.end()) for m in re.finditer(" ،", text)]
        docs.append((Document(text, path=f"d{d}.txt"), fs))
    page = report(docs, max_findings=7)
    data = data_of(page)
    assert len(data["findings"]) == 7
    blocks = text_blocks(page)
    assert sum(len([m for m in marks(b) if "cont" not in classes(m)]) for b in blocks.values()) == 7
    assert "shows the first 7 of 12 findings (3 of 4 documents with findings)" in page
    assert "1 of 3 findings shown (report cap)" in page
    assert '<text x="' in page and ">12</text>" in page  # the chart counts all 12
    assert "d3.txt</span> <b>3</b>" in page  # listed in top documents, without a link


def test_ten_thousand_findings_stay_in_one_page(tmp_path):
    text = "قال الوزير ، إن الاتفاق مهم ، وأضاف أن العمل مستمر ، في المشروع ،\n" * 3
    spans = [(m.start(), m.end()) for m in re.finditer(" ،", text)]
    docs = [
        (Document(text, path="c.jsonl", record=i + 1), [finding(a, b) for a, b in spans])
        for i in range(1000)
    ]
    page = report(docs)
    data = data_of(page)
    assert len(data["findings"]) == 10_000
    assert "shows the first 10,000 of 12,000 findings" in page
    assert len(page) < 15_000_000


def test_documents_without_findings_are_counted_not_shown():
    page = report(
        [
            (Document("نص سليم.", path="clean.txt"), []),
            (Document("قال ، إن", path="dirty.txt"), [finding(3, 5)]),
        ]
    )
    assert "clean.txt" not in page
    assert page.count('<section class="doc"') == 1
    assert re.search(r"<b>2</b><span>documents checked</span>", page)


def test_empty_document_finding_gets_a_marker():
    page = report([(Document("", path="x.jsonl", record=3), [finding(0, 0, code="INP001")])])
    root = text_blocks(page)[0]
    (m,) = marks(root)
    assert "zw" in classes(m)


# -- fixes -------------------------------------------------------------------------------------


def test_fix_preview_before_after():
    text = "قال الوزير ، إن الاتفاق مهم"
    at = text.index(" ،")
    f = finding(at, at + 2, fix=Fix.safe(Edit(at, at + 1, "")))
    before, after = fix_preview(text, Document(text).line_starts(), f)
    assert "".join(s for _, s in before) == text.replace(" ،", "␣،")
    assert [k for k, _ in before] == [0, 1, 0] and before[1][1] == "␣"
    assert after[1] == [2, ""]  # the deletion point
    assert "".join(s for _, s in after) == text.replace(" ،", "،")
    g = finding(3, 3, fix=Fix.safe(Edit(3, 3, " ")))
    before, after = fix_preview(text, Document(text).line_starts(), g)
    assert before[1] == [2, ""] and after[1] == [1, "␣"]


def test_fix_data_in_page():
    text = "قال الوزير ، إن"
    f = finding(10, 12, fix=Fix.unsafe(Edit(10, 11, ""), message="remove the space"))
    data = data_of(report([(Document(text), [f])]))["findings"][0]
    assert data["a"] == "unsafe" and data["fm"] == "remove the space"
    assert data["b"] and data["x"] and data["l"] == "1:11"


# -- escaping and CSP --------------------------------------------------------------------------

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "</textarea><svg onload=window.__xss=3>",
    '<a href="javascript:window.__xss=4">اضغط</a>',
    "</script><script>window.__xss=5</script>",
    "\u202eRLO\u202c",
]


def test_corpus_text_paths_ids_messages_and_fixes_are_escaped():
    text = "\n".join(f"قال ، {p}" for p in PAYLOADS)
    fs = []
    for m in re.finditer("|".join(re.escape(p) for p in PAYLOADS), text):
        fs.append(
            finding(
                m.start(),
                m.end(),
                message=f"flagged '{m.group()}'",
                fix=Fix.unsafe(Edit(m.start(), m.end(), PAYLOADS[len(fs) % len(PAYLOADS)])),
            )
        )
    doc = Document(text, path='x"><img src=x onerror=alert(1)>.jsonl', record=1, id=PAYLOADS[0])
    page = report([(doc, fs)])
    assert page.count("<script") == 2  # the data block and the page's own script
    assert page.count("</script>") == 2
    for raw in ("<img src", "<svg onload", '<a href="javascript', "</textarea", "\u202e"):
        assert raw not in page, raw
    body = page.split("<body>", 1)[1].split('<script type="application/json"', 1)[0]
    assert "javascript:" not in re.sub(r">[^<]*<", "><", body)  # only ever in text nodes
    data = data_of(page)
    assert data["docs"][0]["p"].startswith('x"><img')  # round-trips as text
    assert {d["t"] for d in data["findings"]} >= set(PAYLOADS[:5])
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert '<span class="inv">RLO</span>' in page


def test_visible_html_badges_controls():
    out = visible_html("a\u200bb\u00a0c\x07d<e")
    assert out == (
        'a<span class="inv">ZWSP</span>b<span class="inv">NBSP</span>c'
        '<span class="inv">U+0007</span>d&lt;e'
    )


def _inline(page: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
    return m.group(1)


def test_csp_allows_only_own_script_and_style_by_hash():
    page = report([(Document("قال ، إن"), [finding(3, 5)])])
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp and page.index(csp.group(0)) < page.index("<style>")
    policy = dict((d.split()[0], d.split()[1:]) for d in csp.group(1).split(";") if d.strip())
    assert policy["default-src"] == ["'none'"]
    for key in ("connect-src", "img-src", "font-src", "object-src", "base-uri", "form-action"):
        assert policy[key] == ["'none'"], key

    def sha(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    assert policy["script-src"] == [sha(_inline(page, "script"))]
    assert policy["style-src"] == [sha(_inline(page, "style"))]
    assert "unsafe-inline" not in csp.group(1)
    assert not re.search(r"\sstyle=|\son[a-z]+=|\ssrc=|https?://(?!www\.w3\.org/2000/svg)", page)


# -- through the CLI ---------------------------------------------------------------------------


def test_cli_html_report_of_seeds_matches_json_findings(tmp_path, run_cli):
    out = tmp_path / "report.html"
    code, _, _ = run_cli("check", "--output-format", "html", "-o", str(out), str(SEEDS))
    assert code == 1
    _, js, _ = run_cli("check", "--output-format", "json", str(SEEDS))
    expected = sorted(json.loads(js), key=lambda f: (f["path"], f["start"], f["end"], f["code"]))
    assert expected, "the seed article is dirty: the report must show findings"
    page = out.read_text(encoding="utf-8")
    data = data_of(page)["findings"]
    assert [(d["c"], d["l"]) for d in data] == [
        (f["code"], f"{f['line']}:{f['column']}") for f in expected
    ]
    blocks = text_blocks(page)
    assert len(blocks) == len({f["path"] for f in expected})
    all_marks = [m for b in blocks.values() for m in marks(b)]
    assert len([m for m in all_marks if "cont" not in classes(m)]) == len(expected)
    for fid, f in enumerate(expected):
        text = Path(f["path"]).read_text(encoding="utf-8")  # relative to the working folder
        frags = [m for m in all_marks if m.get("data-f") == str(fid)]
        span = "".join(ch for ch in text[f["start"] : f["end"]] if ch not in "\r\n")
        assert "".join("".join(m.itertext()) for m in frags) == span


def test_cli_html_to_stdout(run_cli):
    code, out, _ = run_cli("check", "--output-format", "html", str(SEEDS))
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


@pytest.mark.parametrize("name", ["report.css", "report.js"])
def test_assets_are_package_data(name):
    from importlib import resources

    assert (resources.files("tanqih.linter.output") / "html_assets" / name).is_file()


def test_top_documents_keeps_the_most_findings_first_on_ties():
    docs = []
    for i, n in enumerate([1, 5, 2, 5, 3, 9, 1]):
        text = "قال ، " * n
        fs = [finding(m.start(), m.end()) for m in re.finditer(" ،", text)]
        docs.append((Document(text, path=f"doc{i}.txt"), fs))
    page = report(docs)
    top = re.search(r'<ol class="topdocs">(.*?)</ol>', page).group(1)
    names = re.findall(r"doc(\d)\.txt", top)
    assert names == ["5", "1", "3", "4", "2", "0", "6"]
    fmt = HtmlReport(io.StringIO())
    fmt.top_documents = 3
    fmt.start()
    for doc, fs in docs:
        fmt.document(doc, fs)
    top = re.search(r'<ol class="topdocs">(.*?)</ol>', fmt.render_page()).group(1)
    assert re.findall(r"doc(\d)\.txt", top) == ["5", "1", "3"]


def test_run_errors_are_listed_escaped():
    from tanqih.linter.output.base import Summary

    out = io.StringIO()
    fmt = HtmlReport(out)
    fmt.start()
    fmt.finish(Summary(errors=["bad<script>.jsonl:3: malformed JSON"]))
    page = out.getvalue()
    assert "<li>bad&lt;script&gt;.jsonl:3: malformed JSON</li>" in page
    assert "No findings." in page


def test_fix_run_shows_fixes_applied(tmp_path, run_cli):
    f = tmp_path / "a.txt"
    f.write_text("قال الوزير ، إن الاتفاق مهم.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    run_cli(
        "check", "--select", "PUN001", "--fix", "--output-format", "html", "-o", str(out), str(f)
    )
    page = out.read_text(encoding="utf-8")
    assert "<b>1</b><span>fixes applied</span>" in page
    assert "<b>0</b><span>findings</span>" in page and "No findings." in page


def test_each_text_field_of_a_record_is_its_own_section(tmp_path, run_cli):
    f = tmp_path / "a.jsonl"
    row = {"id": "n1", "title": "عنوان الخبر ، هنا", "text": "قال الوزير ، إن الاتفاق مهم."}
    f.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    code, _, _ = run_cli(
        "check", "--select", "PUN001", "--text-field", "title,text", "--id-field", "id",
        "--output-format", "html", "-o", str(out), str(f),
    )  # fmt: skip
    assert code == 1
    labels = [d["p"] for d in data_of(out.read_text(encoding="utf-8"))["docs"]]
    assert [x.rsplit(":", 1)[-1] for x in labels] == ["title", "text"]
    assert all("a.jsonl:1 [n1]" in x for x in labels)
