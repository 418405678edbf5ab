"""Human formats: ``concise`` (one line per finding) and ``full`` (with the source line)."""

from __future__ import annotations

from tanqih.linter.output.base import Formatter, register

RESET = "\033[0m"
BOLD = "\033[1m"
RED = "\033[31m"
CYAN = "\033[36m"
YELLOW = "\033[33m"
DIM = "\033[2m"


def location(doc, line: int, col: int) -> str:
    where = doc.path
    if doc.record is not None:
        where += f":{doc.record}"
        if doc.id is not None:
            where += f"[{doc.id}]"
        if doc.field:
            where += f":{doc.field}"
    return f"{where}:{line}:{col}"


def fix_hint(f) -> str:
    if f.fix is None:
        return ""
    if f.fix.applicability.value == "safe":
        return " [*]"
    if f.fix.applicability.value == "unsafe":
        return " [unsafe fix]"
    return ""


def one_line(message: str) -> str:
    """A message on one line: a line break a rule quoted is shown as ⏎ (one finding a
    line is what scripts reading the concise format expect)."""
    if "\n" not in message and "\r" not in message:
        return message
    return message.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


@register("concise")
class ConciseFormatter(Formatter):
    def c(self, code: str, s: str) -> str:
        return f"{code}{s}{RESET}" if self.color else s

    def document(self, doc, findings) -> None:
        for f in findings:
            line, col = doc.line_col(f.start)
            self.stream.write(
                f"{self.c(BOLD, location(doc, line, col))}: {self.c(RED + BOLD, f.code)} "
                f"{one_line(f.message)}{fix_hint(f)}\n"
            )


@register("full")
class FullFormatter(ConciseFormatter):
    """Each finding with its source line; the flagged span between ⟦ ⟧ (bidi-safe)."""

    def document(self, doc, findings) -> None:
        for f in findings:
            line, col = doc.line_col(f.start)
            self.stream.write(
                f"{self.c(BOLD, location(doc, line, col))}: {self.c(RED + BOLD, f.code)} "
                f"[{f.name}] {one_line(f.message)}{fix_hint(f)}\n"
            )
            if self.show_source:
                self.stream.write(self._excerpt(doc, f) + "\n")
            if f.fix is not None and f.fix.edits and self.show_source:
                self.stream.write(self._fix_preview(doc, f) + "\n")
            self.stream.write("\n")

    def _window(self, doc, start: int, end: int) -> tuple[int, int]:
        line, _ = doc.line_col(start)
        starts = doc.line_starts()
        ls = starts[line - 1]
        end_line, _ = doc.line_col(end)
        le = starts[end_line] - 1 if end_line < len(starts) else len(doc.text)
        a = max(ls, start - 60)
        b = min(le, end + 60)
        return a, b

    def _excerpt(self, doc, f) -> str:
        a, b = self._window(doc, f.start, f.end)
        t = doc.text
        before, span, after = t[a : f.start], t[f.start : f.end], t[f.end : b]
        mark = self.c(YELLOW + BOLD, f"⟦{_visible(span)}⟧")
        prefix = "…" if a > 0 and t[a - 1] != "\n" else ""
        suffix = "…" if b < len(t) and t[b] not in "\r\n" else ""
        return f"  {self.c(DIM, '|')} {prefix}{_visible(before)}{mark}{_visible(after)}{suffix}"

    def _fix_preview(self, doc, f) -> str:
        t = doc.text
        a, b = self._window(doc, f.fix.start, f.fix.end)
        pieces = []
        pos = a
        for e in f.fix.edits:
            if e.start < a or e.end > b:
                continue
            pieces.append(_visible(t[pos : e.start]))
            pieces.append(self.c(CYAN + BOLD, f"⟦{_visible(e.content)}⟧"))
            pos = e.end
        pieces.append(_visible(t[pos:b]))
        label = f.fix.applicability.value
        msg = f" ({f.fix.message})" if f.fix.message else ""
        return f"  {self.c(DIM, '=')} {''.join(pieces)}   {self.c(DIM, f'fix: {label}{msg}')}"


_INVISIBLE = {
    "\u00a0": "⍽",
    "\u200b": "⟨ZWSP⟩",
    "\u200c": "⟨ZWNJ⟩",
    "\u200d": "⟨ZWJ⟩",
    "\u200e": "⟨LRM⟩",
    "\u200f": "⟨RLM⟩",
    "\u061c": "⟨ALM⟩",
    "\ufeff": "⟨BOM⟩",
    "\t": "⇥",
    "\r": "␍",
    "\n": "⏎",
}


def _visible(s: str) -> str:
    out = []
    for ch in s:
        if ch in _INVISIBLE:
            out.append(_INVISIBLE[ch])
        elif ord(ch) < 32 or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069:
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)
