"""Readers and writers per input format, chosen by file name suffix.

A source streams :class:`~tanqih.linter.sources.base.Record` s (a document plus what is
needed to write it back byte-exactly) and opens a writer that takes each record with its
new text (or None when unchanged). Formats register in ``SOURCES`` by suffix.
"""

from __future__ import annotations

from pathlib import Path

from tanqih.linter.sources.base import InputError, Record, Source, Writer
from tanqih.linter.sources.csv_source import CsvSource, TsvSource
from tanqih.linter.sources.jsonl import GzipJsonlSource, JsonlSource, ZstdJsonlSource
from tanqih.linter.sources.parquet_source import ParquetSource
from tanqih.linter.sources.text import TextSource

SOURCES: dict[str, type[Source]] = {}


def register(source: type[Source]) -> type[Source]:
    for suffix in source.suffixes:
        SOURCES[suffix] = source
    return source


for _cls in (
    TextSource,
    JsonlSource,
    GzipJsonlSource,
    ZstdJsonlSource,
    CsvSource,
    TsvSource,
    ParquetSource,
):
    register(_cls)


def source_for(path: Path) -> type[Source] | None:
    """The source class for a path, matching the longest known suffix (.jsonl.gz ...)."""
    name = path.name.lower()
    best = None
    for suffix, cls in SOURCES.items():
        if name.endswith(suffix) and (best is None or len(suffix) > len(best[0])):
            best = (suffix, cls)
    return best[1] if best else None


def default_globs() -> list[str]:
    return sorted(f"*{s}" for s in SOURCES)


__all__ = ["InputError", "Record", "Source", "Writer", "SOURCES", "register", "source_for"]
