"""Apply fixes: non-overlapping fixes together in one pass, repeated to a fixpoint."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from tanqih.linter.findings import Edit, Finding, Fix

MAX_PASSES = 10


class FixError(Exception):
    """Fixes did not settle within MAX_PASSES (a bug in a rule: exit 2)."""


@dataclass(slots=True)
class AppliedEdit:
    """An edit that was applied, with the codes and applicability of its fix."""

    start: int
    end: int
    content: str
    code: str
    applicability: str


@dataclass(slots=True)
class FixResult:
    text: str
    findings: list[Finding]  # what remains after fixing (re-linted on the final text)
    applied: list[Finding] = field(default_factory=list)  # findings whose fix was applied
    passes: int = 0
    # Edits relative to the ORIGINAL text, composed over all passes.
    edits: list[AppliedEdit] = field(default_factory=list)


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool) -> tuple[str, list[Finding]]:
    """One pass: apply every fix that does not overlap an earlier one. Returns (text, applied)."""
    candidates = [f for f in findings if f.fix is not None and f.fix.applies(unsafe)]
    candidates.sort(key=lambda f: (f.fix.start, f.fix.end, f.code))
    out: list[str] = []
    pos = 0
    last_end = -1
    last_start = -1
    applied: list[Finding] = []
    seen: set[tuple] = set()
    for f in candidates:
        fix: Fix = f.fix
        key = tuple((e.start, e.end, e.content) for e in fix.edits)
        if key in seen:  # two rules proposing the same fix: apply once, credit both
            applied.append(f)
            continue
        if fix.edits[0].start < last_end or (
            fix.edits[0].start == last_end == last_start and fix.edits[0].is_insertion
        ):
            continue
        ok = True
        prev_end = fix.edits[0].start
        for e in fix.edits:
            if e.start < prev_end or e.end > len(text):
                ok = False
                break
            prev_end = e.end
        if not ok:
            continue
        for e in fix.edits:
            out.append(text[pos : e.start])
            out.append(e.content)
            pos = e.end
        last_start = fix.edits[-1].start
        last_end = fix.edits[-1].end
        seen.add(key)
        applied.append(f)
    out.append(text[pos:])
    return "".join(out), applied


def _compose(original: str, passes: list[list[tuple[Edit, str, str]]]) -> list[AppliedEdit]:
    """Compose per-pass edits into one edit list relative to the original text.

    The current text is kept as pieces: ``(a, b)`` is original[a:b] untouched, and
    ``[content, codes, applicability]`` is text some fix wrote. A gap between the original
    ranges of consecutive untouched pieces is what the fixes replaced.
    """
    pieces: list = [(0, len(original))] if original else []
    for edits in passes:
        pieces = _apply_pass(pieces, edits)
    out: list[AppliedEdit] = []
    opos = 0
    pending: list[list] = []
    for p in [*pieces, (len(original), len(original))]:
        if isinstance(p, tuple):
            if pending or p[0] != opos:
                content = "".join(x[0] for x in pending)
                codes = ",".join(dict.fromkeys(c for x in pending for c in x[1]))
                appl = "unsafe" if any(x[2] == "unsafe" for x in pending) else "safe"
                if content or p[0] != opos:
                    out.append(AppliedEdit(opos, p[0], content, codes, appl))
                pending = []
            opos = p[1]
        else:
            pending.append(p)
    return out


def _length(p) -> int:
    return p[1] - p[0] if isinstance(p, tuple) else len(p[0])


def _cut(p, a: int, x: int, y: int):
    """The part [x, y) of piece p, which starts at offset a."""
    if isinstance(p, tuple):
        return (p[0] + x - a, p[0] + y - a)
    return [p[0][x - a : y - a], p[1], p[2]]


def _apply_pass(pieces: list, edits: list[tuple[Edit, str, str]]) -> list:
    """Apply the edits of one pass (non-overlapping, relative to the same text) to pieces.

    Right to left, so the pieces left of an edit keep their offsets: ``left`` holds the
    pieces not yet reached, with their start offsets in ``starts``, and ``right`` the
    finished pieces, reversed. Each edit touches only the pieces it covers: linear time.
    """
    left = list(pieces)
    starts = list(accumulate(map(_length, pieces), initial=0))[:-1]
    right: list = []
    for edit, code, appl in sorted(edits, key=lambda x: (x[0].start, x[0].end), reverse=True):
        s, e = edit.start, edit.end
        inside: list = []
        while left:
            p, a = left[-1], starts[-1]
            n = _length(p)
            b = a + n
            # An empty piece at s stays before an insertion at s but is dropped by a
            # replacement starting at s.
            if b <= s and not (n == 0 and a == s and e > s):
                break
            left.pop()
            starts.pop()
            if a >= e:
                right.append(p)
                continue
            if b > e:
                right.append(_cut(p, a, e, b))
            if min(b, e) > max(a, s):
                inside.append(_cut(p, a, max(a, s), min(b, e)))
            if s > a:
                left.append(_cut(p, a, a, s))
                starts.append(a)
        # Empty pieces that an edit to the right left at s come before an insertion at s.
        while s == e and right and _length(right[-1]) == 0:
            left.append(right.pop())
            starts.append(s)
        codes, applicability = [code], appl
        for p in reversed(inside):
            if isinstance(p, list):
                codes.extend(p[1])
                if p[2] == "unsafe":
                    applicability = "unsafe"
        right.append([edit.content, codes, applicability])
    return left + right[::-1]


def fix_to_fixpoint(
    text: str, lint: Callable[[str], list[Finding]], unsafe: bool = False
) -> FixResult:
    """Lint, apply fixes, re-lint ... until nothing changes (at most MAX_PASSES passes)."""
    original = text
    seen = {text: 0}  # each text met, with the pass that produced it
    pass_findings: list[list[Finding]] = []
    all_applied: list[Finding] = []
    passes_edits: list[list[tuple[Edit, str, str]]] = []
    findings = lint(text)
    for n in range(1, MAX_PASSES + 1):
        new_text, applied = apply_fixes(text, findings, unsafe)
        if not applied or new_text == text:
            return FixResult(text, findings, all_applied, n - 1, _finish(original, passes_edits))
        all_applied.extend(applied)
        passes_edits.append(
            [(e, f.code, f.fix.applicability.value) for f in _dedupe(applied) for e in f.fix.edits]
        )
        pass_findings.append(applied)
        if new_text in seen:
            # Every pass since the text was last met is part of the cycle.
            loop = [f for p in pass_findings[seen[new_text] :] for f in p]
            raise FixError(f"fixes of {_codes(loop)} cycle after {n} passes")
        seen[new_text] = n
        text = new_text
        findings = lint(text)
    if any(f.fix is not None and f.fix.applies(unsafe) for f in findings):
        new_text, applied = apply_fixes(text, findings, unsafe)
        if applied and new_text != text:
            raise FixError(f"fixes of {_codes(applied)} did not settle after {MAX_PASSES} passes")
    return FixResult(text, findings, all_applied, MAX_PASSES, _finish(original, passes_edits))


def _codes(applied: list[Finding]) -> str:
    return ", ".join(sorted({f.code for f in applied}))


def _dedupe(applied: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in applied:
        key = tuple((e.start, e.end, e.content) for e in f.fix.edits)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _finish(original: str, passes_edits) -> list[AppliedEdit]:
    if not passes_edits:
        return []
    return _compose(original, passes_edits)
