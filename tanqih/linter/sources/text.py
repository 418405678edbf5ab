"""Plain text and Markdown: one file is one document. BOM and line ends kept as found.

A file whose line ends are all bare CRs (classic Mac OS) is read with LF line ends, so
that line numbers and the line-based rules work, and written back with CRs.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from tanqih.linter.document import Document
from tanqih.linter.sources.base import Record, Source, Writer

BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-8-sig": codecs.BOM_UTF8,
    "utf8": codecs.BOM_UTF8,
}

# Markdown parts that are not prose: fenced and indented code, code spans, link targets,
# autolinks and raw HTML tags are masked so rules neither report nor edit inside them.
_INDENTED_RE = re.compile(r"(?:^(?: {4}|\t)[^\n]*(?:\n|$))+", re.M)
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_MD_MASKS = [
    re.compile(r"^(```|~~~)[^\n]*\n.*?(?:^\1[^\n]*$|\Z)", re.M | re.S),  # fenced code
    re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S),  # code spans
    re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"),  # inline link targets
    re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.M),  # reference definitions
    re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>"),  # autolinks
]


def _indented_code(text: str) -> list[tuple[int, int]]:
    """Indented code blocks as CommonMark reads them: four spaces or a tab, after a blank
    line (it cannot interrupt a paragraph), and not inside a list (an indented line
    under a list item is a nested item or its continuation: "- البند\n    - فرعي")."""
    out = []
    for m in _INDENTED_RE.finditer(text):
        end = m.start() - 1  # the line feed that ends the line above
        blank_before = False
        above = ""
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.strip():
                above = line
                break
            blank_before = True
            end = start - 1
        if above and not blank_before:
            continue  # no blank line before it: a paragraph's or a list item's continuation
        if _LIST_ITEM_RE.match(above):
            continue  # inside a list (the item above, nested or not)
        out.append(m.span())
    return out


def markdown_masks(text: str) -> list[tuple[int, int]]:
    spans = _indented_code(text)
    for pattern in _MD_MASKS:
        spans.extend(m.span() for m in pattern.finditer(text))
    spans.sort()
    return spans


class TextSource(Source):
    suffixes = (".txt", ".md", ".markdown")

    def _bom(self) -> bytes:
        return BOMS.get(self.config.encoding.lower().replace("_", "-"), b"")

    def records(self) -> Iterator[Record]:
        data = self.path.read_bytes()
        bom = self._bom()
        has_bom = bool(bom) and data.startswith(bom)
        text = self.decode(data[len(bom) :] if has_bom else data)
        if self.config.encoding.lower().replace("_", "-") not in BOMS and text.startswith("\ufeff"):
            has_bom, text = True, text[1:]
        cr = "\r" in text and "\n" not in text
        if cr:
            text = text.replace("\r", "\n")
        masked = markdown_masks(text) if self.path.suffix.lower() in (".md", ".markdown") else []
        doc = Document(text, path=self.display, masked=masked)
        yield Record(doc, raw=(has_bom, cr))

    def writer(self, out: BinaryIO) -> Writer:
        return _TextWriter(self, out)


class _TextWriter(Writer):
    def __init__(self, source: TextSource, out: BinaryIO) -> None:
        self.source = source
        self.out = out

    def write(self, record: Record, new_text: str | None) -> None:
        text = record.doc.text if new_text is None else new_text
        has_bom, cr = record.raw
        if cr:
            text = text.replace("\r\n", "\r").replace("\n", "\r")
        if has_bom:
            bom = self.source._bom()
            if bom:
                self.out.write(bom)
            else:
                text = "\ufeff" + text
        self.out.write(self.source.encode(text))
