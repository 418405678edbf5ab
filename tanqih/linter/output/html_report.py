"""``html``: a self-contained review report (one file, no network, opens from disk).

The page shows a summary of the run (documents checked, findings per rule as an inline SVG
bar chart, fixable counts, the documents with most findings) and then every document that
has findings, right-to-left, with each finding's span highlighted in place and coloured by
rule family. Hovering or focusing a highlight shows the code, the message and the fix as
before / after. Filters (family, rule, fix kind), a search box and keyboard navigation are a
few lines of plain JavaScript.

It is an ordinary formatter: it sees exactly what the ``json`` format sees (the same
findings, through :func:`finding_dict`), one document at a time, and writes the page in
:meth:`HtmlReport.finish`. Only documents with findings are kept, long documents are cut to
windows around their findings, and at most :attr:`HtmlReport.max_findings` findings are
rendered (the summary still counts all of them).

Security: every piece of corpus text (document text, paths, record ids, messages, fix
contents) is escaped, invisible and bidi control characters are shown as visible badges,
the finding data travels as JSON with ``<``, ``>`` and ``&`` escaped, and a
Content-Security-Policy meta tag allows only the page's own inline script and style (by
SHA-256 hash, computed here) and no network access at all.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import heapq
import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from tanqih import __version__
from tanqih.linter.output.base import Formatter, Summary, finding_dict, register

# Colour-blind-friendly hues (Okabe-Ito and Tol), readable as a translucent background under
# Arabic text. Families get them in name order, so one family keeps its colour across reports.
PALETTE = [
    "#8c6d31",
    "#7f7f7f",
    "#999933",
    "#009e73",
    "#d55e00",
    "#56b4e9",
    "#cc79a7",
    "#7b3fbf",
    "#e69f00",
    "#0072b2",
    "#e73f74",
    "#11a579",
]

# Characters that would be invisible, or would reorder the text around them, if written raw.
_INVISIBLE = {
    "\u00a0": "NBSP",
    "\u00ad": "SHY",
    "\u061c": "ALM",
    "\u180e": "MVS",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u2028": "LSEP",
    "\u2029": "PSEP",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2060": "WJ",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\ufeff": "BOM",
    "\ufffc": "OBJ",
    "\t": "TAB",
    "\r": "CR",
    "\n": "LF",
}
_SPECIAL_RE = re.compile(
    "[" + "".join(re.escape(c) for c in _INVISIBLE) + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\ud800-\udfff\ufff9-\ufffb]"
)


def _badge(ch: str) -> str:
    return _INVISIBLE.get(ch) or f"U+{ord(ch):04X}"


def visible_text(s: str) -> str:
    """Plain text with invisible / control characters spelled out (for the JSON data)."""
    return _SPECIAL_RE.sub(lambda m: f"⟨{_badge(m.group())}⟩", s)


def visible_html(s: str) -> str:
    """Escaped HTML with invisible / control characters shown as small badges."""
    out = []
    pos = 0
    for m in _SPECIAL_RE.finditer(s):
        out.append(html.escape(s[pos : m.start()], quote=True))
        out.append(f'<span class="inv">{_badge(m.group())}</span>')
        pos = m.end()
    out.append(html.escape(s[pos:], quote=True))
    return "".join(out)


def json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def family_class(family: str) -> str:
    return "fam-" + (re.sub(r"[^a-z0-9-]+", "-", family.lower()).strip("-") or "other")


def _asset(name: str) -> str:
    return (resources.files("tanqih.linter.output") / "html_assets" / name).read_text("utf-8")


def _family_of(code: str, family: str) -> str:
    if family:
        return family
    from tanqih.linter.registry import FAMILIES

    prefix = code.rstrip("0123456789")
    return FAMILIES.get(prefix, "other")


def _known_families() -> list[str]:
    try:
        from tanqih.linter.registry import iter_families

        return sorted({name for _, name in iter_families()})
    except Exception:  # pragma: no cover - the report must not fail on a registry problem
        return []


@dataclass(slots=True)
class _Item:
    """One finding as the renderer sees it."""

    fid: int
    start: int
    end: int
    cls: str  # family class


@dataclass(slots=True)
class _Piece:
    """A stretch of one line that is shown: text[a:b] of line ``line`` (0-based)."""

    line: int
    a: int
    b: int
    spans: list  # (start, end, item) clipped, start < end
    markers: list  # (pos, item)


def _line_bounds(text: str, starts: list[int], k: int) -> tuple[int, int]:
    """Start and visible end (before ``\\r\\n`` / ``\\n``) of 0-based line k."""
    ls = starts[k]
    le = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
    if le > ls and text[le - 1] == "\r":
        le -= 1
    return ls, le


class DocumentRenderer:
    """Renders one document's text, with nested highlights, as HTML paragraphs."""

    def __init__(self, text: str, line_starts: list[int], full_limit: int, context: int):
        self.text = text
        self.starts = line_starts
        self.full_limit = full_limit
        self.context = context
        self.windowed = False

    # -- which parts of the text are shown ------------------------------------------------
    def _line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def windows(self, items: list[_Item]) -> list[tuple[int, int]]:
        n = len(self.text)
        if n <= self.full_limit or not items:
            return [(0, n)]
        self.windowed = True
        text, ctx = self.text, self.context
        raw = []
        for it in items:
            ls, _ = _line_bounds(text, self.starts, self._line_of(it.start))
            _, le = _line_bounds(text, self.starts, self._line_of(it.end))
            a = max(ls, it.start - ctx)
            b = min(max(le, it.end), it.end + ctx)
            if a > ls:  # start the excerpt at a word boundary
                space = text.find(" ", a, min(it.start, a + 24))
                if space != -1:
                    a = space + 1
            if b < le:
                space = text.rfind(" ", max(it.end, b - 24), b)
                if space != -1:
                    b = space
            raw.append((a, b))
        raw.sort()
        merged: list[list[int]] = []
        for a, b in raw:
            if merged and a <= merged[-1][1] + 24:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged]

    def pieces(self, windows: list[tuple[int, int]]) -> list[_Piece]:
        out: list[_Piece] = []
        for wa, wb in windows:
            k = self._line_of(wa)
            while k < len(self.starts) and self.starts[k] <= wb:
                ls, le = _line_bounds(self.text, self.starts, k)
                # (a window that starts inside a line end, "\r|\n", starts at the line's end)
                a, b = min(max(ls, wa), le), min(le, wb)
                if a <= b:
                    if out and out[-1].line == k and out[-1].b >= a:
                        out[-1].b = max(out[-1].b, b)
                    else:
                        out.append(_Piece(k, a, b, [], []))
                k += 1
        return out

    # -- assigning findings to pieces -------------------------------------------------------
    def assign(self, pieces: list[_Piece], items: list[_Item]) -> None:
        starts = [p.a for p in pieces]
        for it in items:
            placed = False
            i = max(0, bisect.bisect_right(starts, it.start) - 1)
            if it.end > it.start:
                j = i
                while j < len(pieces) and pieces[j].a < it.end:
                    p = pieces[j]
                    a, b = max(p.a, it.start), min(p.b, it.end)
                    if a < b:
                        p.spans.append((a, b, it))
                        placed = True
                    j += 1
            if not placed:  # zero-width, or a span of only line ends: a marker at its start
                p = pieces[i]
                pos = min(max(it.start, p.a), p.b)
                p.markers.append((pos, it))

    # -- HTML -----------------------------------------------------------------------------------
    @staticmethod
    def _open(it: _Item, primary: bool) -> str:
        if primary:
            return f'<mark class="hl {it.cls}" data-f="{it.fid}" id="f{it.fid}" tabindex="0">'
        return f'<mark class="hl cont {it.cls}" data-f="{it.fid}">'

    def render_piece(self, p: _Piece, started: set[int]) -> str:
        text = self.text
        opens: dict[int, list] = defaultdict(list)
        marks: dict[int, list] = defaultdict(list)
        points = {p.a, p.b}
        for a, b, it in p.spans:
            opens[a].append((b, it))
            points.update((a, b))
        for pos, it in p.markers:
            marks[pos].append(it)
            points.add(pos)
        for lst in opens.values():
            lst.sort(key=lambda e: (-e[0], e[1].fid))  # longer spans outside
        out: list[str] = []
        stack: list[tuple[int, _Item]] = []
        ordered = sorted(points)
        for idx, pos in enumerate(ordered):
            if any(end == pos for end, _ in stack):
                reopen = []
                while any(end == pos for end, _ in stack):
                    end, it = stack.pop()
                    out.append("</mark>")
                    if end != pos:
                        reopen.append((end, it))
                for end, it in reversed(reopen):
                    out.append(self._open(it, primary=False))
                    stack.append((end, it))
            for it in marks.get(pos, ()):
                out.append(
                    f'<mark class="hl zw {it.cls}" data-f="{it.fid}" id="f{it.fid}" '
                    'tabindex="0"></mark>'
                )
                started.add(it.fid)
            for end, it in opens.get(pos, ()):
                out.append(self._open(it, primary=it.fid not in started))
                started.add(it.fid)
                stack.append((end, it))
            if idx + 1 < len(ordered):
                out.append(visible_html(text[pos : ordered[idx + 1]]))
        assert not stack, "unbalanced highlight stack"
        return "".join(out)

    def nonempty_lines(self, first: int, last: int) -> int:
        """Non-empty lines among 0-based lines first..last-1."""
        count = 0
        for k in range(max(first, 0), min(last, len(self.starts))):
            ls, le = _line_bounds(self.text, self.starts, k)
            if le > ls:
                count += 1
        return count

    def render(self, items: list[_Item]) -> str:
        pieces = self.pieces(self.windows(items))
        self.assign(pieces, items)
        pieces = [p for p in pieces if p.b > p.a or p.spans or p.markers]
        out: list[str] = []
        started: set[int] = set()
        prev_line = -1
        i = 0
        while i < len(pieces):
            k = pieces[i].line
            skipped = self.nonempty_lines(prev_line + 1, k)
            if skipped:
                out.append(_skip_note(skipped))
            ls, le = _line_bounds(self.text, self.starts, k)
            parts = []
            while i < len(pieces) and pieces[i].line == k:
                p = pieces[i]
                if p.a > ls:
                    parts.append('<span class="gap">…</span>')
                parts.append(self.render_piece(p, started))
                ls = p.b
                i += 1
            if ls < le:
                parts.append('<span class="gap">…</span>')
            out.append(f'<p data-ln="{k + 1}">{"".join(parts)}</p>')
            prev_line = k
        skipped = self.nonempty_lines(prev_line + 1, len(self.starts))
        if skipped and pieces:
            out.append(_skip_note(skipped))
        return "".join(out)  # no whitespace between paragraphs: the block is pre-wrap


def _skip_note(n: int) -> str:
    return f'<div class="skip">⋯ {n} paragraph{"s" if n != 1 else ""} without findings ⋯</div>'


def fix_preview(text: str, starts: list[int], f, context: int = 30) -> tuple[list, list]:
    """Before / after segments of a fix: lists of [kind, text], kind 0 context, 1 changed,
    2 a point (insertion in before, deletion in after)."""
    edits = sorted(f.fix.edits, key=lambda e: (e.start, e.end))
    lo = min(f.start, edits[0].start)
    hi = max(f.end, max(e.end for e in edits))
    first = bisect.bisect_right(starts, lo) - 1
    last = bisect.bisect_right(starts, hi) - 1
    ls, _ = _line_bounds(text, starts, first)
    _, le = _line_bounds(text, starts, last)
    a = max(ls, lo - context)
    b = min(max(le, hi), hi + context)
    if a > ls:  # cut the context at a word boundary
        space = text.find(" ", a, lo)
        a = space + 1 if space != -1 else a
    if b < le:
        space = text.rfind(" ", hi, b)
        b = space if space != -1 else b
    before: list = []
    after: list = []

    def ctx(s: str) -> None:
        if s:
            before.append([0, visible_text(s)])
            after.append([0, visible_text(s)])

    def changed(s: str) -> str:
        s = visible_text(s)
        return s.replace(" ", "␣") if s.strip() == "" else s

    if a > ls:
        before.append([0, "…"])
        after.append([0, "…"])
    pos = a
    for e in edits:
        if e.start < pos:  # overlapping edits never happen in a valid fix; be defensive
            continue
        ctx(text[pos : e.start])
        old = text[e.start : e.end]
        before.append([1, changed(old)] if old else [2, ""])
        after.append([1, changed(e.content)] if e.content else [2, ""])
        pos = e.end
    ctx(text[pos:b])
    if b < le:
        before.append([0, "…"])
        after.append([0, "…"])
    return before, after


@register("html")
class HtmlReport(Formatter):
    """A self-contained HTML review report (``--output-format html -o report.html``)."""

    max_findings = 10_000  # findings rendered in the page; the summary counts all
    full_limit = 4_000  # documents up to this many characters are shown whole
    context = 160  # characters of context around a finding in longer documents
    top_documents = 10

    def __init__(
        self,
        stream,
        color: bool = False,
        show_source: bool = True,
        max_findings: int | None = None,
    ) -> None:
        super().__init__(stream, color, show_source)
        if max_findings is not None:
            self.max_findings = max_findings
        self.start()

    def start(self) -> None:
        self.documents = 0
        self.total = 0
        self.by_code: Counter[str] = Counter()
        self.rule_names: dict[str, str] = {}
        self.code_family: dict[str, str] = {}
        self.fixes: Counter[str] = Counter()
        # The documents with most findings: a bounded heap of (n, -order, label, section).
        self.top: list[tuple[int, int, str, int | None]] = []
        self.sections: list[str] = []
        self.findings: list[dict] = []
        self.docs: list[dict] = []
        self.docs_with_findings = 0

    # -- streaming ------------------------------------------------------------------------------
    def document(self, doc, findings) -> None:
        self.documents += 1
        if not findings:
            return
        findings = sorted(findings, key=lambda f: f.sort_key())
        self.docs_with_findings += 1
        self.total += len(findings)
        for f in findings:
            self.by_code[f.code] += 1
            self.rule_names.setdefault(f.code, f.name)
            self.code_family.setdefault(f.code, _family_of(f.code, f.family))
            self.fixes[f.fix.applicability.value if f.fix is not None else "none"] += 1
        label = _doc_label(doc)
        room = self.max_findings - len(self.findings)
        index = None
        if room > 0:
            index = len(self.docs)
            self._render(doc, findings[:room], len(findings), label, index)
        entry = (len(findings), -self.docs_with_findings, label, index)
        if len(self.top) < self.top_documents:
            heapq.heappush(self.top, entry)
        else:  # on a tie the earlier document stays
            heapq.heappushpop(self.top, entry)

    def _render(self, doc, findings, total: int, label: str, index: int) -> None:
        text = doc.text
        starts = doc.line_starts()
        n = len(text)
        items = []
        for f in findings:
            fid = len(self.findings)
            family = _family_of(f.code, f.family)
            d = finding_dict(doc, f)
            a, b = min(max(f.start, 0), n), min(max(f.end, 0), n)
            entry = {
                "c": d["code"],
                "n": d["name"],
                "m": visible_text(d["message"]),
                "f": family,
                "d": index,
                "l": f"{d['line']}:{d['column']}",
                "t": visible_text(text[a : min(b, a + 200)]),
                "a": None,
            }
            if f.fix is not None:
                entry["a"] = f.fix.applicability.value
                if f.fix.message:
                    entry["fm"] = visible_text(f.fix.message)
                if f.fix.edits:
                    entry["b"], entry["x"] = fix_preview(text, starts, f)
            self.findings.append(entry)
            items.append(_Item(fid, a, max(a, b), family_class(family)))
        renderer = DocumentRenderer(text, starts, self.full_limit, self.context)
        body = renderer.render(items)
        self.docs.append({"p": label})
        fams = Counter(self.findings[it.fid]["f"] for it in items)
        chips = "".join(
            f'<span class="chip {family_class(fam)}"><i class="sw"></i>{html.escape(fam)} '
            f"{cnt}</span>"
            for fam, cnt in sorted(fams.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        notes = []
        if renderer.windowed:
            notes.append(f"{n:,} characters; excerpts around the findings")
        if len(findings) < total:
            notes.append(f"{len(findings):,} of {total:,} findings shown (report cap)")
        note = f'<span class="note">{html.escape("; ".join(notes))}</span>' if notes else ""
        self.sections.append(
            f'<section class="doc" id="d{index}" data-d="{index}">'
            f'<header><h3><a class="anchor" href="#d{index}">#</a> '
            f'<span class="path" dir="ltr">{visible_html(label)}</span></h3>'
            f'<span class="count">{total:,} finding{"s" if total != 1 else ""}</span>'
            f"{chips}{note}</header>"
            f'<div class="text" dir="rtl" lang="ar">{body}</div></section>'
        )

    # -- the page ---------------------------------------------------------------------------------
    def finish(self, summary: Summary | None = None) -> None:
        self.stream.write(self.render_page(summary))

    def render_page(self, summary: Summary | None = None) -> str:
        families = _known_families()
        for fam in sorted(set(self.code_family.values())):
            if fam not in families:
                families.append(fam)
        css = _asset("report.css") + "".join(
            f".{family_class(fam)}{{--c:{PALETTE[i % len(PALETTE)]}}}\n"
            for i, fam in enumerate(families)
        )
        js = _asset("report.js")
        csp = (
            "default-src 'none'; "
            f"script-src {csp_hash(js)}; style-src {csp_hash(css)}; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "base-uri 'none'; form-action 'none'"
        )
        data = {"findings": self.findings, "docs": self.docs}
        parts = [
            "<!DOCTYPE html>\n",
            '<html lang="en" dir="ltr"><head><meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>tanqih review report: {self.total:,} findings</title>\n",
            f"<style>{css}</style></head>\n<body>\n",
            '<header class="top"><h1>tanqih <span lang="ar" dir="rtl">تنقيح</span> '
            f'review report</h1><span class="ver">tanqih {html.escape(__version__)}</span>'
            "</header>\n",
            self._summary_html(summary, families),
            self._toolbar_html(families),
            '<main id="docs">\n',
            "\n".join(self.sections),
            "\n</main>\n" if self.sections else '<p class="empty">No findings.</p></main>\n',
            '<div id="tq-pop" role="tooltip" hidden></div>\n',
            f'<script type="application/json" id="tq-data">{json_for_script(data)}</script>\n',
            f"<script>{js}</script>\n</body></html>\n",
        ]
        return "".join(parts)

    def _summary_html(self, summary: Summary | None, families: list[str]) -> str:
        shown = len(self.findings)
        cards = [
            (f"{self.documents:,}", "documents checked"),
            (f"{self.docs_with_findings:,}", "with findings"),
            (f"{self.total:,}", "findings"),
            (f"{self.fixes['safe']:,}", "fixable (safe)"),
            (f"{self.fixes['unsafe']:,}", "fixable (unsafe)"),
            (f"{self.fixes['none'] + self.fixes['display-only']:,}", "to review by hand"),
        ]
        if summary is not None and summary.fixed:  # a --fix run reports what is left
            cards.insert(3, (f"{summary.fixed:,}", "fixes applied"))
        out = ['<section class="summary"><div class="cards">']
        for value, label in cards:
            out.append(f'<div class="card"><b>{value}</b><span>{label}</span></div>')
        out.append("</div>")
        if self.fixes["safe"] or self.fixes["unsafe"]:
            out.append(
                '<p class="hint">Safe fixes apply with <code>tanqih check --fix</code>; unsafe '
                "ones (they change words) also need <code>--unsafe-fixes</code>: review them "
                "here first.</p>"
            )
        if shown < self.total:
            docs_shown = len(self.docs)
            out.append(
                f'<p class="cap" role="note">This report shows the first {shown:,} of '
                f"{self.total:,} findings ({docs_shown:,} of {self.docs_with_findings:,} "
                "documents with findings); the counts and the chart cover all of them. "
                "Narrow the run with <code>--select</code> / <code>--ignore</code> or check "
                "fewer files to review the rest.</p>"
            )
        if summary is not None and summary.errors:
            out.append('<div class="errors"><h2>Errors</h2><ul>')
            for err in summary.errors:
                out.append(f"<li>{visible_html(err)}</li>")
            out.append("</ul></div>")
        out.append('<div class="panels">')
        out.append(self._chart_svg())
        out.append(self._top_documents_html())
        out.append("</div></section>\n")
        return "".join(out)

    def _chart_svg(self) -> str:
        if not self.by_code:
            return '<div class="panel"><h2>Findings per rule</h2><p>None.</p></div>'
        rows = sorted(self.by_code.items(), key=lambda kv: (-kv[1], kv[0]))
        top = max(n for _, n in rows)
        row_h, label_w, bar_w = 24, 250, 300
        height = row_h * len(rows) + 8
        width = label_w + bar_w + 70
        out = [
            '<div class="panel"><h2>Findings per rule</h2>',
            f'<svg class="chart" role="img" aria-label="findings per rule" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            'xmlns="http://www.w3.org/2000/svg">',
        ]
        for i, (code, n) in enumerate(rows):
            y = 4 + i * row_h
            w = max(2.0, bar_w * n / top)
            fam = self.code_family.get(code, "other")
            name = self.rule_names.get(code, "")
            out.append(
                f'<g class="{family_class(fam)}"><title>{html.escape(code)} '
                f"{html.escape(name)} ({html.escape(fam)}): {n:,}</title>"
                f'<text x="0" y="{y + 16}" class="lbl"><tspan class="code">'
                f"{html.escape(code)}</tspan> {html.escape(_short(name, 26))}</text>"
                f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 7}" rx="3"/>'
                f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" class="num">{n:,}</text></g>'
            )
        out.append("</svg></div>")
        return "".join(out)

    def _top_documents_html(self) -> str:
        top = sorted(self.top, reverse=True)
        out = ['<div class="panel"><h2>Documents with most findings</h2><ol class="topdocs">']
        for count, _, label, index in top:
            name = f'<span dir="ltr">{visible_html(label)}</span>'
            if index is not None:
                name = f'<a href="#d{index}">{name}</a>'
            out.append(f"<li>{name} <b>{count:,}</b></li>")
        if not top:
            out.append("<li>None.</li>")
        out.append("</ol></div>")
        return "".join(out)

    def _toolbar_html(self, families: list[str]) -> str:
        present = {self.code_family[c] for c in self.by_code}
        fam_counts: Counter[str] = Counter()
        for code, n in self.by_code.items():
            fam_counts[self.code_family[code]] += n
        out = [
            '<nav class="toolbar" aria-label="filters">',
            '<div class="row"><input type="search" id="tq-q" placeholder="search findings '
            '(code, message, text, path)" aria-label="search findings">'
            '<button type="button" id="tq-prev" title="previous finding (k / p)">◀ prev</button>'
            '<button type="button" id="tq-next" title="next finding (j / n)">next ▶</button>'
            f'<span id="tq-status">{len(self.findings):,} findings shown</span>'
            '<span class="keys">keys: <kbd>j</kbd>/<kbd>n</kbd> next, <kbd>k</kbd>/<kbd>p</kbd> '
            "previous, <kbd>/</kbd> search, <kbd>Esc</kbd> close</span></div>",
            '<fieldset class="row"><legend>family</legend>',
        ]
        for fam in families:
            if fam not in present:
                continue
            out.append(
                f'<label class="{family_class(fam)}"><input type="checkbox" checked '
                f'data-filter="f" value="{html.escape(fam)}"><i class="sw"></i>'
                f"{html.escape(fam)} <small>{fam_counts[fam]:,}</small></label>"
            )
        out.append('</fieldset><fieldset class="row"><legend>rule</legend>')
        for code in sorted(self.by_code):
            fam = self.code_family[code]
            out.append(
                f'<label class="{family_class(fam)}" title="{html.escape(self.rule_names[code])}">'
                f'<input type="checkbox" checked data-filter="c" value="{html.escape(code)}">'
                f'<i class="sw"></i>{html.escape(code)} <small>{self.by_code[code]:,}</small>'
                "</label>"
            )
        out.append('</fieldset><fieldset class="row"><legend>fix</legend>')
        for kind, label in (
            ("safe", "safe"),
            ("unsafe", "unsafe"),
            ("display-only", "suggestion"),
            ("none", "no fix"),
        ):
            if self.fixes[kind]:
                out.append(
                    f'<label><input type="checkbox" checked data-filter="a" value="{kind}">'
                    f"{label} <small>{self.fixes[kind]:,}</small></label>"
                )
        out.append("</fieldset></nav>\n")
        return "".join(out)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _doc_label(doc) -> str:
    label = doc.path
    if doc.record is not None:
        label += f":{doc.record}"
    if doc.id is not None:
        label += f" [{doc.id}]"
    if doc.record is not None and doc.field:
        label += f":{doc.field}"  # (as the text formats: a record's fields are told apart)
    return label
