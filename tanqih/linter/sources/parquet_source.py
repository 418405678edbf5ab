"""Parquet with named text columns (extra ``tanqih[parquet]``: pyarrow).

Read one row group at a time (memory is bounded by the largest row group, never the whole
file). A fixed file keeps the schema (with its metadata), the row-group boundaries, the
format version and each column's compression; only the text columns' values change (each
text column named by ``--text-field`` is a document of its own per row).
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


def _field_path(pa, schema, name: str) -> tuple[int, ...] | None:
    """The column index of ``name`` and, for a dotted name no column has ("doc.body"), the
    indexes of the struct fields it goes through; None when there is no such field."""
    col = schema.get_field_index(name)
    if col >= 0:
        return (col,)
    if "." not in name:
        return None
    parts = name.split(".")
    col = schema.get_field_index(parts[0])
    if col < 0:
        return None
    path = [col]
    ftype = schema.field(col).type
    for part in parts[1:]:
        if not pa.types.is_struct(ftype):
            return None
        k = ftype.get_field_index(part)
        if k < 0:
            return None
        path.append(k)
        ftype = ftype.field(k).type
    return tuple(path)


def _path_type(schema, path: tuple[int, ...]):
    ftype = schema.field(path[0]).type
    for k in path[1:]:
        ftype = ftype.field(k).type
    return ftype


def _read(table, path: tuple[int, ...]):
    """The values at ``path``; a null struct makes its fields null (flatten)."""
    if len(path) == 1:
        return table.column(path[0])  # (a top-level column: no copy)
    array = table.column(path[0]).combine_chunks()
    for k in path[1:]:
        array = array.flatten()[k]
    return array


def _replaced(pa, array, path: tuple[int, ...], changes: dict[int, str]):
    """``array`` with the strings at ``path`` (struct field indexes) replaced at the rows
    of ``changes``; every other value, null and type kept."""
    if path:
        children = [array.field(i) for i in range(array.type.num_fields)]
        children[path[0]] = _replaced(pa, children[path[0]], path[1:], changes)
        return pa.StructArray.from_arrays(
            children, fields=list(array.type), mask=array.is_null() if array.null_count else None
        )
    ftype = array.type
    values = array.to_pylist()
    for i, text in changes.items():
        values[i] = text
    if pa.types.is_dictionary(ftype):
        return pa.array(values, type=ftype.value_type).dictionary_encode().cast(ftype)
    return pa.array(values, type=ftype)


@dataclass
class _Group:
    """One row group being streamed: its table and the texts fixed so far."""

    table: Any
    rows: int
    changes: dict[str, dict[int, str]] = field(default_factory=dict)  # column -> row -> text


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

    def _column(self, pa, schema, name: str) -> tuple[tuple[int, ...], str | None]:
        """A text column's path (its index, then the indexes of the struct fields a dotted
        name reaches into: "doc.body") and the problem that keeps it from being checked."""
        path = _field_path(pa, schema, name)
        if path is None:
            return (), (
                f"column '{name}' is missing (columns: {', '.join(schema.names)}); no row "
                "of this file is checked"
                + (" for it" if len(self.config.text_fields) > 1 else "")
                + " (choose the column with --text-field)"
            )
        ftype = _path_type(schema, path)
        if not _is_text_type(pa, ftype):
            return path, (
                f"column '{name}' is {ftype}, not a string; no row of "
                "this file is checked" + (" for it" if len(self.config.text_fields) > 1 else "")
            )
        return path, None

    def records(self) -> Iterator[Record]:
        pa, _pq = self._libs()
        pf = self.open()
        names = self.config.text_fields
        id_field = self.config.id_field
        schema = pf.schema_arrow
        columns = [self._column(pa, schema, name) for name in names]
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
            texts = [
                _read(table, path).to_pylist() if problem is None else None
                for path, problem in columns
            ]
            ids = table.column(id_col).to_pylist() if id_col >= 0 else None
            for i in range(table.num_rows):
                number += 1
                rec_id = str(ids[i]) if ids is not None and ids[i] is not None else None
                for k, (name, (_col, problem)) in enumerate(zip(names, columns, strict=True)):
                    doc = Document("", path=self.display, record=number, field=name, id=rec_id)
                    if problem is not None:
                        if number == 1:  # a schema problem: said once, for the file
                            doc.problem = problem
                    elif texts[k][i] is None:
                        doc.problem = f"text column '{name}' is null"
                    else:
                        doc.text = texts[k][i]
                    yield Record(doc, raw=(group, i), last=k == len(names) - 1)
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
            group.changes.setdefault(record.doc.field, {})[i] = new_text
        if i == group.rows - 1 and record.last:
            self._flush(group)

    def _flush(self, group: _Group) -> None:
        if self.writer is None:
            self.writer = self._open()
        table = group.table
        pa = self.pa
        for name, changes in group.changes.items():
            path = _field_path(pa, table.schema, name)
            col = path[0]
            column = table.column(col).combine_chunks()
            array = _replaced(pa, column, path[1:], changes)
            table = table.set_column(col, table.schema.field(col), array)
        self.writer.write_table(table, row_group_size=max(group.rows, 1))
        group.table = None

    def close(self) -> None:
        if self.writer is None:
            self.writer = self._open()  # a file with no rows still gets its schema
        self.writer.close()
