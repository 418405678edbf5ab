"""CSV / TSV with a named text column (RFC 4180 quoting, embedded newlines).

The first record is the header; ``--text-field`` names the text column (or columns: each is
a document of its own) and ``--id-field`` the key column. Records are streamed one at a
time. When a text is fixed only that field's bytes change: every other field, the quoting
style, the delimiter and the line ends of the record are written back exactly as read, and
unchanged records are copied byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from tanqih.linter.document import Document
from tanqih.linter.sources.base import (
    InputError,
    Record,
    Source,
    Writer,
    cr_only,
    split_cr_lines,
)


def parse_fields(text: str, delimiter: str) -> list[tuple[int, int, bool]] | None:
    """Raw spans ``(start, end, quoted)`` of the fields of one record, None if a quoted
    field is still open at the end of ``text`` (the record continues on the next line).

    ``text`` is the record without its final line end. Follows RFC 4180: a field is
    quoted when its first character is ``"`` and its closing quote comes right before the
    delimiter (or the end); inside it ``""`` is a literal quote. A field that opens with a
    quotation and goes on after it (``"نعم" قال الوزير``, not valid RFC 4180, common in
    hand-made TSV) is read literally, quote marks included (the csv module would drop
    them, and a fix would write the text back without them).
    """
    spans: list[tuple[int, int, bool]] = []
    n = len(text)
    i = 0
    while True:
        start = i
        if i < n and text[i] == '"':
            j = i + 1
            while True:
                k = text.find('"', j)
                if k == -1:
                    return None
                if k + 1 < n and text[k + 1] == '"':
                    j = k + 2
                    continue
                break
            end = text.find(delimiter, k + 1)
            end = n if end == -1 else end
            spans.append((start, end, end == k + 1))
        else:
            end = text.find(delimiter, i)
            end = n if end == -1 else end
            spans.append((start, end, False))
        if end >= n:
            return spans
        i = end + 1


def field_value(text: str, span: tuple[int, int, bool]) -> str:
    start, end, quoted = span
    if not quoted:
        return text[start:end]
    return text[start + 1 : end - 1].replace('""', '"')


def quote_field(value: str, delimiter: str, was_quoted: bool) -> str:
    if (
        not was_quoted
        and value.startswith('"')
        and not any(c in value for c in (delimiter, "\n", "\r"))
    ):
        # A quotation opening a literal field is written as read when it reads back so.
        spans = parse_fields(value, delimiter)
        if spans is not None and len(spans) == 1 and field_value(value, spans[0]) == value:
            return value
    if (
        was_quoted
        or any(c in value for c in (delimiter, '"', "\n", "\r"))
        or value != value.strip()
    ):
        return '"' + value.replace('"', '""') + '"'
    return value


def _split_line_end(text: str) -> tuple[str, str]:
    if text.endswith("\r\n"):
        return text[:-2], "\r\n"
    if text.endswith(("\n", "\r")):  # (a bare CR: classic Mac line ends)
        return text[:-1], text[-1]
    return text, ""


# Separators a CSV file may use instead of the comma (named in a hint when a header read
# with the configured one has a single column holding one of them).
_OTHER_DELIMITERS = (";", "\t", "|", ",")


def _delimiter_hint(header: list[str], delimiter: str) -> str:
    if len(header) != 1:
        return ""
    for d in _OTHER_DELIMITERS:
        if d != delimiter and d in header[0]:
            shown = "tab" if d == "\t" else f"'{d}'"
            return (
                f"; the header reads as one column: if the file is {shown}-separated, "
                f"pass --csv-delimiter {shown}"
            )
    return ""


class CsvSource(Source):
    """Comma-separated values (or another separator: ``csv-delimiter``); the header names
    the columns."""

    suffixes = (".csv",)
    diffable = True
    splittable = False

    def __init__(self, path, config, display=None) -> None:
        super().__init__(path, config, display)
        self.delimiter = self.config.csv_delimiter or ","

    def _raw_records(self) -> Iterator[tuple[int, bytes, str]]:
        """(physical line of the record's start, raw bytes, decoded text) per record."""
        with self.path.open("rb") as fh:
            # Records end at LF or CRLF; in a file whose line ends are bare CRs (Excel's
            # "CSV (Macintosh)"), at CR too, as the csv module reads it.
            mac = cr_only(fh.read(1 << 16))
            fh.seek(0)
            lines = split_cr_lines(fh) if mac else fh
            pending_raw: list[bytes] = []
            pending: list[str] = []
            first_line = 0
            for line_no, raw in enumerate(lines, start=1):
                if not pending:
                    first_line = line_no
                pending_raw.append(raw)
                pending.append(self.decode(raw, line_no))
                text = "".join(pending)
                body, _ = _split_line_end(text)
                if parse_fields(body.lstrip("\ufeff"), self.delimiter) is None:
                    continue
                yield first_line, b"".join(pending_raw), text
                pending_raw, pending = [], []
            if pending:
                raise InputError(
                    self.display,
                    f"unterminated quoted field starting on line {first_line}",
                )

    def records(self) -> Iterator[Record]:
        fields = self.config.text_fields
        id_field = self.config.id_field
        header: list[str] | None = None
        cols: list[int | None] = []
        id_col = None
        row = 0
        for line_no, raw, text in self._raw_records():
            body, _end = _split_line_end(text)
            if header is None:
                clean = body.lstrip("\ufeff")
                spans = parse_fields(clean, self.delimiter) or []
                header = [field_value(clean, s) for s in spans]
                cols = [header.index(f) if f in header else None for f in fields]
                if id_field is not None and id_field in header:
                    id_col = header.index(id_field)
                continue
            row += 1
            spans = (parse_fields(body, self.delimiter) or []) if body else []
            rec_id = None
            if id_col is not None and id_col < len(spans):
                rec_id = field_value(body, spans[id_col])
            for k, (field, col) in enumerate(zip(fields, cols, strict=True)):
                last = k == len(fields) - 1
                doc = Document(
                    "", path=self.display, record=row, field=field, file_line=line_no, id=rec_id
                )
                if not body:
                    yield Record(doc, raw=(raw, None, None), last=last)
                    continue
                if col is None:
                    # A file-level problem: said once, on the first row; the other rows are
                    # passed through as silently as the first.
                    if row == 1:
                        doc.problem = (
                            f"column '{field}' is missing from the header (columns: "
                            f"{', '.join(header)}); no row of this file is checked"
                            + (" for it" if len(fields) > 1 else "")
                            + " (choose the column with --text-field)"
                            + _delimiter_hint(header, self.delimiter)
                        )
                    yield Record(doc, raw=(raw, None, None), last=last)
                    continue
                if col >= len(spans):
                    doc.problem = f"column '{field}' is missing in this row"
                    yield Record(doc, raw=(raw, None, None), last=last)
                    continue
                doc.text = field_value(body, spans[col])
                yield Record(doc, raw=(raw, text, spans[col]), last=last)

    def header_bytes(self) -> bytes:
        """The header record as read (written first by the writer)."""
        for _line, raw, _text in self._raw_records():
            return raw
        return b""

    def writer(self, out: BinaryIO) -> Writer:
        return _CsvWriter(self, out)


class TsvSource(CsvSource):
    """Tab-separated values, same quoting rules as CSV (``csv-delimiter`` does not apply)."""

    suffixes = (".tsv",)

    def __init__(self, path, config, display=None) -> None:
        super().__init__(path, config, display)
        self.delimiter = "\t"


class _CsvWriter(Writer):
    def __init__(self, source: CsvSource, out: BinaryIO) -> None:
        self.source = source
        self.out = out
        self._header_written = False
        # (span, new text) of the row being written, until its last text field comes.
        self._changes: list[tuple[tuple[int, int, bool], str]] = []

    def _header(self) -> None:
        if not self._header_written:
            self.out.write(self.source.header_bytes())
            self._header_written = True

    def write(self, record: Record, new_text: str | None) -> None:
        self._header()
        raw, text, span = record.raw
        if new_text is not None and text is not None and new_text != record.doc.text:
            self._changes.append((span, new_text))
        if not record.last:
            return
        changes, self._changes = self._changes, []
        if not changes:
            self.out.write(raw)
            return
        body, end = _split_line_end(text)
        # Right to left, so that the spans of the fields before stay valid.
        for (a, b, quoted), new_text in sorted(changes, key=lambda c: c[0][0], reverse=True):
            body = body[:a] + quote_field(new_text, self.source.delimiter, quoted) + body[b:]
        self.out.write(self.source.encode(body + end, record.doc.record))

    def close(self) -> None:
        self._header()
