"""JSON Lines: one document per line and text field (a top-level key, or a dotted path into
nested objects: ``--text-field doc.body``). Only the text fields' bytes change."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from tanqih.linter.document import Document
from tanqih.linter.sources.base import InputError, Record, Source, Writer

_decoder = json.JSONDecoder()
_scanstring = json.decoder.scanstring
_WS = " \t\r\n"


def _skip_ws(s: str, i: int) -> int:
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def field_span(line: str, field: str) -> tuple[int, int] | None:
    """Span of the raw JSON value of a top-level key in a JSON object line, or None."""
    i = _skip_ws(line, 1 if line.startswith("\ufeff") else 0)
    if i >= len(line) or line[i] != "{":
        return None
    i = _skip_ws(line, i + 1)
    if i < len(line) and line[i] == "}":
        return None
    found = None
    while i < len(line):
        if line[i] != '"':
            return None
        key, i = _scanstring(line, i + 1)
        i = _skip_ws(line, i)
        if line[i] != ":":
            return None
        i = _skip_ws(line, i + 1)
        start = i
        _, i = _decoder.raw_decode(line, i)
        if key == field:
            found = (start, i)  # the last duplicate key wins, as json.loads does
        i = _skip_ws(line, i)
        if i < len(line) and line[i] == ",":
            i = _skip_ws(line, i + 1)
            continue
        break
    return found


def field_path_span(line: str, field: str) -> tuple[int, int] | None:
    """Span of the raw JSON value of ``field`` in a JSON object line: a top-level key, or
    a dotted path into nested objects ("doc.body") when no top-level key has that name."""
    span = field_span(line, field)
    if span is not None or "." not in field:
        return span
    base, part_of = 0, line
    parts = field.split(".")
    for i, part in enumerate(parts):
        span = field_span(part_of, part)
        if span is None:
            return None
        a, b = span
        if i == len(parts) - 1:
            return base + a, base + b
        part_of, base = part_of[a:b], base + a
    return None  # pragma: no cover - the loop returns


MISSING = object()


def lookup(obj: dict, field: str):
    """The value of ``field`` in a parsed record (a top-level key, else a dotted path into
    nested objects), or ``MISSING``."""
    if field in obj or "." not in field:
        return obj.get(field, MISSING)
    value = obj
    for part in field.split("."):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


# A real ``\uXXXX`` escape: a backslash not itself escaped (``"C:\\users"`` is not one).
_U_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u[0-9a-fA-F]{4}")
# Kept escaped even in raw style: line / paragraph separators (JavaScript-safety) and
# lone surrogates (no UTF-8 byte sequence exists for them).
_ALWAYS_ESCAPED = re.compile("[\u2028\u2029\ud800-\udfff]")


def encode_like(raw_value: str, text: str) -> str:
    r"""JSON-encode text in the escape style of the value it replaces.

    A value with raw non-ASCII characters is written raw (scraped data often mixes raw
    Arabic with an escaped ``\u00a0``): JSON escapes only for quote, backslash and
    control characters, plus U+2028 / U+2029 and lone surrogates. A value that has
    ``\uXXXX`` escapes and no raw non-ASCII character stays ASCII-escaped. A value with
    neither (ASCII text, empty) gives no hint: non-ASCII characters are written raw.
    """
    if not raw_value.isascii() or not _U_ESCAPE.search(raw_value):
        out = json.dumps(text, ensure_ascii=False)
        # json.dumps leaves these characters raw and writes no backslash-u for them, so
        # every match is a literal character, never part of an escape.
        return _ALWAYS_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return json.dumps(text, ensure_ascii=True)


class JsonlSource(Source):
    suffixes = (".jsonl", ".ndjson")
    # Plain JSONL can be cut into byte ranges at line starts and processed in parallel.
    splittable = True

    def __init__(self, path, config, display=None) -> None:
        super().__init__(path, config, display)
        # (start, end, first record number): only the lines starting in [start, end).
        self.byte_range: tuple[int, int, int] | None = None

    def open_binary(self):
        return self.path.open("rb")

    def wrap_output(self, out: BinaryIO) -> BinaryIO:
        """The stream fixed lines are written to (compressed formats wrap ``out``)."""
        return out

    def _lines(self, fh) -> Iterator[tuple[int, bytes]]:
        if self.byte_range is None:
            yield from enumerate(fh, start=1)
            return
        start, end, number = self.byte_range
        fh.seek(start)
        pos = start
        for raw in fh:
            if pos >= end:
                break
            yield number, raw
            number += 1
            pos += len(raw)

    def records(self) -> Iterator[Record]:
        fields = self.config.text_fields
        id_field = self.config.id_field
        with self.open_binary() as fh:
            for number, raw in self._lines(fh):
                line = self.decode(raw, number)
                body = line.rstrip("\r\n")
                if number == 1 and body.startswith("\ufeff"):  # a BOM is kept, not parsed
                    body = body[1:]
                if not body.strip():
                    yield Record(
                        Document("", path=self.display, record=number, field=fields[0]),
                        raw=(raw, None),
                        blank=True,
                    )
                    continue
                try:
                    obj = json.loads(body)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        self.display, f"malformed JSON: {exc.msg} (column {exc.colno})", number
                    ) from None
                if not isinstance(obj, dict):
                    raise InputError(
                        self.display, f"expected a JSON object, got {type(obj).__name__}", number
                    )
                rec_id = None
                if id_field is not None:
                    got = lookup(obj, id_field)
                    rec_id = _id_text(None if got is MISSING else got)
                for k, field in enumerate(fields):
                    doc = Document("", path=self.display, record=number, id=rec_id, field=field)
                    last = k == len(fields) - 1
                    value = lookup(obj, field)
                    if isinstance(value, str):
                        doc.text = value
                        yield Record(doc, raw=(raw, line), last=last)
                        continue
                    missing = value is MISSING
                    what = "missing" if missing else f"{type(value).__name__}, not a string"
                    if value is None:
                        what = "null"
                    doc.problem = f"text field '{field}' is {what}"
                    if missing:
                        names = _string_fields(obj, field)
                        if names:
                            doc.problem += (
                                f" (string fields: {', '.join(names)}; choose with --text-field)"
                            )
                    yield Record(doc, raw=(raw, line), last=last)

    def writer(self, out: BinaryIO) -> Writer:
        return _JsonlWriter(self, out)


class _JsonlWriter(Writer):
    def __init__(self, source: JsonlSource, out: BinaryIO) -> None:
        self.source = source
        self.out = source.wrap_output(out)
        self._wrapped = self.out is not out
        # (field, new text) of the file record being written, until its last field.
        self._changes: list[tuple[str, str]] = []

    def close(self) -> None:
        if self._wrapped:
            self.out.close()  # finishes the compressed stream; the target stays open

    def write(self, record: Record, new_text: str | None) -> None:
        if new_text is not None and new_text != record.doc.text:
            self._changes.append((record.doc.field, new_text))
        if not record.last:
            return
        changes, self._changes = self._changes, []
        raw, line = record.raw
        if not changes or line is None:
            self.out.write(raw)
            return
        spans = []
        for field, text in changes:
            span = field_path_span(line, field)
            if span is None:  # pragma: no cover - records() guarantees the field exists
                raise InputError(self.source.display, "text field not found", record.doc.record)
            spans.append((*span, text))
        for a, b, text in sorted(spans, reverse=True):  # right to left: offsets stay valid
            line = line[:a] + encode_like(line[a:b], text) + line[b:]
        self.out.write(self.source.encode(line, record.doc.record))


class _Compressed(JsonlSource):
    """JSONL inside a compressed container: read streaming, written back compressed."""

    splittable = False
    diffable = False
    sniff_binary = False

    def records(self) -> Iterator[Record]:
        try:
            yield from super().records()
        except InputError:
            raise
        except (EOFError, ValueError, OSError) as exc:
            if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
                raise
            raise InputError(self.display, f"corrupt {self.kind} data: {exc}") from None


class GzipJsonlSource(_Compressed):
    """``.jsonl.gz``: gzip-compressed JSON Lines (standard library)."""

    suffixes = (".jsonl.gz", ".ndjson.gz")
    kind = "gzip"

    def open_binary(self):
        return gzip.open(self.path, "rb")

    def wrap_output(self, out: BinaryIO) -> BinaryIO:
        # mtime=0 keeps the output reproducible (same bytes for --jobs 1 and --jobs N).
        return gzip.GzipFile(filename="", fileobj=out, mode="wb", compresslevel=6, mtime=0)


def _zstd():
    try:
        import zstandard
    except ImportError:
        return None
    return zstandard


class ZstdJsonlSource(_Compressed):
    """``.jsonl.zst``: zstandard-compressed JSON Lines (extra ``tanqih[zstd]``)."""

    suffixes = (".jsonl.zst", ".ndjson.zst", ".jsonl.zstd")
    kind = "zstd"

    def _module(self):
        mod = _zstd()
        if mod is None:
            raise InputError(
                self.display, "reading .zst needs the zstandard package: pip install 'tanqih[zstd]'"
            )
        return mod

    def open_binary(self):
        zstd = self._module()
        raw = self.path.open("rb")
        reader = zstd.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)

    def wrap_output(self, out: BinaryIO) -> BinaryIO:
        zstd = self._module()
        return zstd.ZstdCompressor(level=3).stream_writer(out, closefd=False)


def _string_fields(obj: dict, field: str) -> list[str]:
    """The string fields a missing ``field`` could have meant (at most eight): the
    record's top-level ones, or for a dotted path those of the deepest object it reaches
    ("doc.title" when "doc.body" is missing)."""
    prefix = ""
    if "." in field and field not in obj:
        for part in field.split(".")[:-1]:
            inner = obj.get(part)
            if not isinstance(inner, dict):
                break
            obj, prefix = inner, f"{prefix}{part}."
    return [f"{prefix}{k}" for k, v in obj.items() if isinstance(v, str)][:8]


def _id_text(value) -> str | None:
    """A record's key as text: null is no key (not the string 'None'); a number or an
    object is written as JSON (5, {"a":1}), a string as it is."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
