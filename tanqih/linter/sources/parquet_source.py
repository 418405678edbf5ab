"""Parquet with a named text column (extra ``tanqih[parquet]``: pyarrow).

Read one row group at a time (memory is bounded by the largest row group, never the whole
file). A fixed file keeps the schema (with its metadata), the row-group boundaries, the
format version and each column's compression; only the text column's values change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from tanqih.linter.document import Document
from tanqih.linter.sources.base import InputError, Record, Source, Writer


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None
    return pa, pq


def _is_text_type(pa, t) -> bool:
    if pa.types.is_dictionary(t):
        t = t.value_type
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


_CODECS = {"UNCOMPRESSED": "none", "LZ4_RAW": "lz4", "LZ4": "lz4"}


@dataclass
class _Group:
    """One row group being streamed: its table and the texts fixed so far."""

    table: Any
    rows: int
    changes: dict[int, str] = field(default_factory=dict)


class ParquetSource(Source):
    suffixes = (".parquet", ".pq")
    diffable = False
    splittable = False
    sniff_binary = False

    def _libs(self):
        libs = _pyarrow()
        if libs is None:
            raise InputError(
                self.display, "reading Parquet needs pyarrow: pip install 'tanqih[parquet]'"
            )
        return libs

    def open(self):
        pa, pq = self._libs()
        try:
            return pq.ParquetFile(self.path)
        except (pa.ArrowInvalid, pa.ArrowIOError) as exc:
            if isinstance(exc, FileNotFoundError | PermissionError):
                raise
            raise InputError(self.display, f"not a readable Parquet file: {exc}") from None

    def records(self) -> Iterator[Record]:
        pa, _pq = self._libs()
        pf = self.open()
        name = self.config.text_field
        id_field = self.config.id_field
        schema = pf.schema_arrow
        col = schema.get_field_index(name)
        problem = None
        if col < 0:
            problem = (
                f"column '{name}' is missing (columns: {', '.join(schema.names)}); no row "
                "of this file is checked (choose the column with --text-field)"
            )
        elif not _is_text_type(pa, schema.field(col).type):
            problem = (
                f"column '{name}' is {schema.field(col).type}, not a string; no row of "
                "this file is checked"
            )
        id_col = schema.get_field_index(id_field) if id_field else -1
        number = 0
        for rg in range(pf.num_row_groups):
            try:
                table = pf.read_row_group(rg)
            except pa.ArrowException as exc:
                raise InputError(
                    self.display, f"cannot read row group {rg}: {exc}", number + 1
                ) from None
            group = _Group(table, table.num_rows)
            texts = table.column(col).to_pylist() if problem is None else None
            ids = table.column(id_col).to_pylist() if id_col >= 0 else None
            for i in range(table.num_rows):
                number += 1
                doc = Document("", path=self.display, record=number, field=name)
                if ids is not None and ids[i] is not None:
                    doc.id = str(ids[i])
                if problem is not None:
                    if number == 1:  # a schema problem: said once, for the file
                        doc.problem = problem
                elif texts[i] is None:
                    doc.problem = f"text column '{name}' is null"
                else:
                    doc.text = texts[i]
                yield Record(doc, raw=(group, i))
            del texts, ids

    def writer(self, out: BinaryIO) -> Writer:
        return _ParquetWriter(self, out)


class _ParquetWriter(Writer):
    def __init__(self, source: ParquetSource, out: BinaryIO) -> None:
        self.source = source
        self.out = out
        self.writer = None
        self.pa, self.pq = source._libs()

    def _open(self):
        pf = self.source.open()
        meta = pf.metadata
        compression: dict[str, str] = {}
        if meta.num_row_groups:
            rg = meta.row_group(0)
            for j in range(rg.num_columns):
                c = rg.column(j)
                codec = str(c.compression).upper()
                compression[c.path_in_schema] = _CODECS.get(codec, codec.lower())
        return self.pq.ParquetWriter(
            self.out,
            pf.schema_arrow,
            compression=compression or "snappy",
            version=meta.format_version if meta.format_version in ("1.0", "2.4", "2.6") else "2.6",
        )

    def write(self, record: Record, new_text: str | None) -> None:
        group, i = record.raw
        if new_text is not None and new_text != record.doc.text:
            group.changes[i] = new_text
        if i == group.rows - 1:
            self._flush(group)

    def _flush(self, group: _Group) -> None:
        if self.writer is None:
            self.writer = self._open()
        table = group.table
        if group.changes:
            pa = self.pa
            name = self.source.config.text_field
            col = table.schema.get_field_index(name)
            ftype = table.schema.field(col).type
            values = table.column(col).to_pylist()
            for i, text in group.changes.items():
                values[i] = text
            if pa.types.is_dictionary(ftype):
                array = pa.array(values, type=ftype.value_type).dictionary_encode()
                array = array.cast(ftype)
            else:
                array = pa.array(values, type=ftype)
            table = table.set_column(col, table.schema.field(col), array)
        self.writer.write_table(table, row_group_size=max(group.rows, 1))
        group.table = None

    def close(self) -> None:
        if self.writer is None:
            self.writer = self._open()  # a file with no rows still gets its schema
        self.writer.close()
