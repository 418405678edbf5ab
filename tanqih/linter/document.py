"""A document: one text to lint, and where it came from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from dataclasses import field as dc_field


@dataclass(slots=True)
class Document:
    """The text of one file or one record field, with its origin.

    ``text`` is the decoded text with any BOM removed; line ends are kept as written,
    so offsets into it are the offsets users see (CRLF counts as two code points).
    """

    text: str
    path: str = "<text>"
    record: int | None = None  # 1-based line / row for record formats, None for a plain file
    # The file line where the record starts, when it is not ``record`` (a CSV row after
    # the header or after fields holding line breaks).
    file_line: int | None = None
    id: str | None = None  # record key when an id field is configured
    field: str | None = None  # the record field the text came from
    # Spans (start, end) that rules must not report on or edit (Markdown code, link targets).
    masked: list[tuple[int, int]] = dc_field(default_factory=list)
    # Set by a reader when the record has no usable text (missing / null / not a string).
    problem: str | None = None
    _line_starts: list[int] | None = None

    @property
    def label(self) -> str:
        """A human name for messages: path plus record when there is one."""
        if self.record is None:
            return self.path
        return f"{self.path}:{self.record}"

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset (lines split at \\n only)."""
        starts = self.line_starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line end."""
        starts = self.line_starts()
        begin = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r")

    def is_masked(self, start: int, end: int) -> bool:
        for a, b in self.masked:
            if start < b and a < end or (start == end and a <= start < b):
                return True
        return False
