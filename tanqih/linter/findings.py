"""Findings, edits and fixes: the values rules produce and the fixer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Applicability(StrEnum):
    """How safe a fix is to apply without review (as ruff's Applicability)."""

    SAFE = "safe"  # keeps the words: spaces, punctuation, quote marks, invisibles, debris
    UNSAFE = "unsafe"  # changes content (deletes a fragment, picks a spelling)
    DISPLAY_ONLY = "display-only"  # shown as a suggestion, never applied


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with content (code-point offsets)."""

    start: int
    end: int
    content: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad edit range {self.start}..{self.end}")

    @property
    def is_insertion(self) -> bool:
        return self.start == self.end

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "content": self.content}


@dataclass(frozen=True, slots=True)
class Fix:
    """A list of edits applied all together or not at all."""

    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    message: str | None = None

    @classmethod
    def safe(cls, *edits: Edit, message: str | None = None) -> Fix:
        return cls(
            tuple(sorted(edits, key=lambda e: (e.start, e.end))), Applicability.SAFE, message
        )

    @classmethod
    def unsafe(cls, *edits: Edit, message: str | None = None) -> Fix:
        return cls(
            tuple(sorted(edits, key=lambda e: (e.start, e.end))), Applicability.UNSAFE, message
        )

    @classmethod
    def display_only(cls, *edits: Edit, message: str | None = None) -> Fix:
        return cls(
            tuple(sorted(edits, key=lambda e: (e.start, e.end))),
            Applicability.DISPLAY_ONLY,
            message,
        )

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)

    def applies(self, unsafe: bool) -> bool:
        if self.applicability is Applicability.SAFE:
            return True
        return unsafe and self.applicability is Applicability.UNSAFE

    def to_dict(self) -> dict:
        return {
            "applicability": self.applicability.value,
            "message": self.message,
            "edits": [e.to_dict() for e in self.edits],
        }


@dataclass(slots=True)
class Finding:
    """One problem a rule found in one document. Spans are code-point offsets."""

    code: str
    name: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    family: str = ""
    # Filled in by the runner when the finding is attached to a document.
    extra: dict = field(default_factory=dict)

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability is not Applicability.DISPLAY_ONLY

    def sort_key(self) -> tuple:
        return (self.start, self.end, self.code)
