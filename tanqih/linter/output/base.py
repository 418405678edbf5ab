"""The formatter protocol: streamed one document at a time, finished once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from tanqih.linter.document import Document
from tanqih.linter.findings import Finding

FORMATS: dict[str, type[Formatter]] = {}


def register(name: str):
    def deco(cls: type[Formatter]) -> type[Formatter]:
        FORMATS[name] = cls
        cls.format_name = name
        return cls

    return deco


@dataclass
class Summary:
    """What the run saw, for formatters that print totals."""

    documents: int = 0
    files: int = 0
    findings: int = 0
    fixed: int = 0  # fixes applied
    errors: list[str] = field(default_factory=list)
    fixable_safe: int = 0
    fixable_unsafe: int = 0


class Formatter:
    format_name = ""

    def __init__(self, stream: TextIO, color: bool = False, show_source: bool = True) -> None:
        self.stream = stream
        self.color = color
        self.show_source = show_source

    def start(self) -> None:
        pass

    def document(self, doc: Document, findings: list[Finding]) -> None:  # pragma: no cover
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        pass


def finding_dict(doc: Document, f: Finding) -> dict:
    """The JSON shape of a finding (shared by json, jsonl and other machine formats)."""
    line, col = doc.line_col(f.start)
    end_line, end_col = doc.line_col(f.end)
    return {
        "code": f.code,
        "name": f.name,
        "message": f.message,
        "path": doc.path,
        "record": doc.record,
        "id": doc.id,
        "field": doc.field,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "fix": f.fix.to_dict() if f.fix is not None else None,
    }
