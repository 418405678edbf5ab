"""Quote marks: detection, direction from context, and pairing within paragraphs.

Three styles of double quote appear in Arabic news text: curly “…” (U+201C / U+201D, with
the low „ U+201E as an opener), guillemets «…» and the straight ASCII "…". Curly marks and
guillemets carry a direction; straight marks do not. A WordPress-style double prime ″
(U+2033) right after a digit often stands for a closing curly quote (“ويندوز 10″).

Pairing works per paragraph and per style. Every mark gets a *context direction* from its
neighbours (space before and a letter after reads as an opener, a letter or full stop
before and a space after reads as a closer). A small dynamic programme then assigns each
mark a role (open, close, or unmatched) minimising a cost:

- leaving a mark unmatched costs most (``UNMATCHED``), so marks are paired whenever the
  sequence allows it;
- a curly mark or guillemet used against its own direction (a *flip*) costs 1 when its
  context agrees with the flip, 2 when the context says nothing, and is not allowed when the
  context agrees with the mark as written; kept as written against its context, 0.5;
- a quotation nested in another of the same style costs 1.5;
- a straight mark used against its context costs 1; straight quotes do not nest, so they
  pair by alternation.

A flip that the optimum needs is a misdirected mark; a mark the optimum leaves unmatched is
an unbalanced quotation. Both are reported as *unambiguous* only when no other assignment
of the same cost changes them. Quotation continued over several paragraphs (an opening mark
at the start of each paragraph, the closing mark only in the last) is recognised and not
treated as unbalanced. Marks in a Latin passage and straight marks inside a foreign word
(צה"ל) are left out, but a Latin quotation in an Arabic sentence, one mark beside Arabic
and the other inside the Latin words ('قال: "Make no mistake ..."'), is a pair; an
unpaired inch mark after a number, an unpaired mark in an orphan punctuation run at the
end of a paragraph (". . “"), a stray closing mark after a short
fragment ("مسبوق”. حدث.”"), guillemets used as separators in a breadcrumb trail
("الرئيسية » أخبار » محلية") and the „ “ ” bytes of Arabic read as cp1256 (mojibake,
ENC003's) are not quotation problems of their own (``Mark.ignored``).

The result (:class:`QuoteAnalysis`) is computed once per document (``Analysis.quotes``) and
shared by the quote rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tanqih.linter.arabic import LETTERS, TATWEEL

CURLY = "curly"
GUILLEMETS = "guillemets"
STRAIGHT = "straight"
STYLES = (CURLY, GUILLEMETS, STRAIGHT)

OPEN = "open"
CLOSE = "close"

# Opening and closing mark of each style (what fixes write).
STYLE_MARKS = {CURLY: ("“", "”"), GUILLEMETS: ("«", "»"), STRAIGHT: ('"', '"')}
STYLE_LABEL = {CURLY: "curly “…”", GUILLEMETS: "guillemets «…»", STRAIGHT: 'straight "…"'}

# char -> (style, intrinsic direction or None)
MARK_CHARS: dict[str, tuple[str, str | None]] = {
    "“": (CURLY, OPEN),
    "„": (CURLY, OPEN),
    "”": (CURLY, CLOSE),
    "«": (GUILLEMETS, OPEN),
    "»": (GUILLEMETS, CLOSE),
    '"': (STRAIGHT, None),
}
PRIME = "″"
ALL_MARKS = "".join(MARK_CHARS) + PRIME
MARK_RE = re.compile(f"[{re.escape(ALL_MARKS)}]")
# Quote marks named in brackets, one or a pair ("(“ ”)", "(")"): the text speaks of the
# marks themselves (an article on punctuation), they open or close no quotation.
_NAMED_MARKS_RE = re.compile(
    f"[(\\[][ ]?[{re.escape(ALL_MARKS)}](?:[ ]?[{re.escape(ALL_MARKS)}])?[ ]?[)\\]]"
)

UNMATCHED = 10.0
PRIME_DROP = 3.0
NESTED = 1.5  # a quotation inside another of the same style is possible, but uncommon
AGAINST_CONTEXT = 0.5  # a mark kept as written although its neighbours read the other way
# A quotation closed this many paragraphs after it opened is a multi-paragraph quotation
# (a speech or a letter quoted whole, with no other mark of its style in between).
SPAN_LIMIT = 12
FORBIDDEN = float("inf")
MAX_DEPTH = {CURLY: 3, GUILLEMETS: 3, STRAIGHT: 1}
# Beyond this many marks of one style in one paragraph, the ambiguity checks are skipped
# (each costs one more pass); the pairing itself still runs.
AMBIGUITY_LIMIT = 200

_AR_LETTER = re.compile(f"[{LETTERS}]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_HSPACE = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
_OPEN_PUNCT = "([{"
_CLOSE_PUNCT = ".,،;؛!?؟…)]}%"
_DASHES = "-–—"
_CLITICS = "وفبلك"
_LATIN_WINDOW = 25

# An orphan punctuation run at the end of a paragraph: two or more space-separated pieces
# made only of punctuation and quote marks (". . “", "، .").
_ORPHAN_TAIL = re.compile(
    f"(?:[{_HSPACE}]+[.,،;؛:!?؟…\\-{re.escape(ALL_MARKS)}]+){{2,}}[{_HSPACE}]*$"
)
_FRAGMENT_WORD = f"[{LETTERS}][{LETTERS}\u064b-\u065f\u0670{TATWEEL}]*"
# What lies between a closed quotation and a stray closing mark when that mark ends a short
# fragment left by sentence-wise translation ("مسبوق”. حدث.”"): reported by the fragment
# family, not as an unbalanced quotation.
_STRAY_FRAGMENT = re.compile(
    f"^[.!?؟،,]*[{_HSPACE}]+{_FRAGMENT_WORD}(?:[{_HSPACE}]+{_FRAGMENT_WORD}){{0,2}}[.!?؟…]*$"
)


@dataclass(slots=True, eq=False)
class Mark:
    """One quote mark in the text (compared by identity: marks point at their partners)."""

    pos: int  # absolute offset in the document
    char: str
    style: str
    intrinsic: str | None  # the direction the character itself has (None for ")
    context: str | None  # the direction its neighbours suggest (None if unclear)
    paragraph: int  # index into the paragraph list
    role: str | None = None  # open / close as paired, None if unmatched or ignored
    partner: Mark | None = field(default=None, repr=False)
    ignored: str | None = None  # why the mark is left out of pairing, if it is
    ambiguous: bool = False  # another assignment of equal cost changes this mark
    continued: bool = False  # unmatched open continued in the next paragraph
    inch: bool = False  # a straight mark glued after a digit (6.1"): closes, or is an inch

    @property
    def end(self) -> int:
        return self.pos + 1

    @property
    def is_prime(self) -> bool:
        return self.char == PRIME

    @property
    def flipped(self) -> bool:
        """Used against its own direction (an opener closing, a closer opening)."""
        if self.role is None:
            return False
        if self.is_prime:
            return True  # a double prime standing for a closing quote
        return self.intrinsic is not None and self.role != self.intrinsic

    @property
    def direction(self) -> str | None:
        """The role it plays, or for an unmatched mark the direction it most likely has."""
        return self.role or self.intrinsic or self.context


@dataclass(slots=True, eq=False)
class Pair:
    """A quotation: its opening and closing mark (of one style, or two for a mixed pair)."""

    open: Mark
    close: Mark

    @property
    def style(self) -> str:
        return self.open.style

    @property
    def mixed(self) -> bool:
        """Opened in one style and closed in another («…” or "…»)."""
        return self.open.style != self.close.style

    @property
    def start(self) -> int:
        return self.open.pos

    @property
    def end(self) -> int:
        return self.close.end


@dataclass(slots=True)
class QuoteAnalysis:
    marks: list[Mark]
    pairs: list[Pair]

    @property
    def misdirected(self) -> list[Mark]:
        return [m for m in self.marks if m.flipped]

    @property
    def unmatched(self) -> list[Mark]:
        """Marks left unpaired (not ignored, not a continued quotation)."""
        return [m for m in self.marks if m.role is None and m.ignored is None and not m.continued]

    def style_counts(self) -> dict[str, int]:
        """Same-style pairs per style, in Arabic context (what the document's style is)."""
        counts = dict.fromkeys(STYLES, 0)
        for p in self.pairs:
            if not p.mixed:
                counts[p.style] += 1
        return counts

    def first_style(self) -> str | None:
        for p in self.pairs:
            if not p.mixed:
                return p.style
        return None


# -- context ---------------------------------------------------------------------------
def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _garbled(t: str) -> bool:
    """A paragraph of UTF-8 Arabic read as cp1256 ("ظ‚ط§ظ„ ط§ظ„ظˆط²ظٹط±"): every letter
    became ط or ظ and a second character, some of them quote marks („ for the byte of ل).
    In Arabic text ط and ظ are a few letters in a hundred; here they are half."""
    tz = t.count("ط") + t.count("ظ")
    if tz < 4:
        return False  # (cheap: most paragraphs stop here)
    letters = len(_AR_LETTER.findall(t))
    return letters >= 8 and tz > 0.35 * letters


def _separator(t: str) -> str | None:
    """A guillemet used as a separator in a paragraph (a breadcrumb trail: "الرئيسية »
    أخبار » محلية"): written at least twice between spaces, its partner never; or once
    between spaces in a short line with no sentence punctuation ("الرئيسية » حوادث")."""
    for ch, partner in (("»", "«"), ("«", "»")):
        if partner in t:
            continue
        n = t.count(f" {ch} ")
        if n >= 2 or (n == 1 and len(t.split()) <= 8 and not _SENTENCE_MARK_RE.search(t)):
            return ch
    return None


_SENTENCE_MARK_RE = re.compile(r"[.!?؟،,:؛]")


def _context(t: str, i: int) -> str | None:
    """The direction the neighbours of t[i] suggest: open, close, or None."""
    left = t[i - 1] if i > 0 else None
    right = t[i + 1] if i + 1 < len(t) else None
    l_space = left is not None and (left in _HSPACE or left.isspace())
    r_space = right is not None and (right in _HSPACE or right.isspace())
    clitic = (
        left is not None
        and left in _CLITICS
        and (i < 2 or not _is_word(t[i - 2]) and t[i - 2] != TATWEEL)
    )
    left_open = (
        left is None or l_space or left in _OPEN_PUNCT or left in ":" + TATWEEL + _DASHES or clitic
    )
    left_close = (
        left is not None
        and not clitic
        and left != TATWEEL
        and (_is_word(left) or left in _CLOSE_PUNCT)
    )
    right_open = right is not None and (_is_word(right) or right in _OPEN_PUNCT)
    right_close = right is None or r_space or right in _CLOSE_PUNCT + ":" + _DASHES
    if left_open and right_open:
        return OPEN
    if left_close and right_close:
        return CLOSE
    if l_space and right is not None and right in _CLOSE_PUNCT:
        return CLOSE  # "الخاصة “."
    if left is None and r_space:
        return OPEN
    if l_space and right is None:
        return CLOSE
    if left is not None and left in _CLOSE_PUNCT and right is not None and _is_word(right):
        return OPEN  # ،"الحدود (space missing after the comma)
    if left_open and left is not None and not l_space and left not in _DASHES and r_space:
        return OPEN  # قال:" نعم / لـ" النص / و" النص
    return None


def _latin_context(t: str, i: int) -> bool:
    """A mark inside a Latin passage: Latin letters near it and no Arabic letter."""
    window = t[max(0, i - _LATIN_WINDOW) : i + _LATIN_WINDOW + 1]
    return _AR_LETTER.search(window) is None and _LATIN_LETTER.search(window) is not None


def _in_foreign_word(t: str, i: int) -> bool:
    """A straight mark glued between two non-Arabic letters (צה"ל): part of a word."""
    if i == 0 or i + 1 >= len(t):
        return False
    a, b = t[i - 1], t[i + 1]
    return a.isalpha() and b.isalpha() and _ARABIC_SCRIPT.search(a + b) is None


# -- the assignment ----------------------------------------------------------------------
def _costs(mark: Mark) -> tuple[float, float, bool]:
    """(cost as open, cost as close, may be dropped for free) for one mark."""
    if mark.is_prime:
        return FORBIDDEN, 0.0, True
    if mark.intrinsic is None:  # straight
        c_open = 1.0 if mark.context == CLOSE else 0.0
        c_close = 1.0 if mark.context == OPEN else 0.0
        return c_open, c_close, False
    if mark.intrinsic == OPEN:
        if mark.context == OPEN:
            return 0.0, FORBIDDEN, False
        if mark.context == CLOSE:
            return AGAINST_CONTEXT, 1.0, False
        return 0.0, 2.0, False
    if mark.context == CLOSE:
        return FORBIDDEN, 0.0, False
    if mark.context == OPEN:
        return 1.0, AGAINST_CONTEXT, False
    return 2.0, 0.0, False


def _solve(
    marks: Sequence[Mark],
    max_depth: int,
    forbid: tuple[int, str | None] | None = None,
) -> tuple[float, list[str | None]]:
    """Minimum-cost roles for a sequence of marks of one style.

    Roles: "open", "close", None (unmatched; for a prime: not a quote at all).
    ``forbid`` = (index, role) excludes one role of one mark (for the ambiguity checks).
    """
    n = len(marks)
    inf = FORBIDDEN
    # dp[i][d]: best cost after i marks with stack depth d; back[i][d]: (prev_d, role)
    dp = [[inf] * (max_depth + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, str | None] | None]] = [
        [None] * (max_depth + 1) for _ in range(n + 1)
    ]
    dp[0][0] = 0.0
    for i, mark in enumerate(marks):
        c_open, c_close, droppable = _costs(mark)
        # A double prime may be just that (12″); one standing where a quotation closes
        # ("“ويندوز 10″ و") is most likely a closing quote mangled by smart-quoting.
        if droppable:
            c_skip = PRIME_DROP if mark.context == CLOSE else 0.5
        else:
            c_skip = UNMATCHED
        if forbid is not None and forbid[0] == i:
            if forbid[1] == OPEN:
                c_open = inf
            elif forbid[1] == CLOSE:
                c_close = inf
            else:
                c_skip = inf
        row, nxt, bk = dp[i], dp[i + 1], back[i + 1]
        for d in range(max_depth + 1):
            base = row[d]
            if base == inf:
                continue
            options = [(d, None, c_skip)]
            if d < max_depth:
                options.append((d + 1, OPEN, c_open + (NESTED if d else 0.0)))
            if d > 0:
                options.append((d - 1, CLOSE, c_close))
            for nd, role, c in options:
                v = base + c
                if v < nxt[nd]:
                    nxt[nd] = v
                    bk[nd] = (d, role)
    best = dp[n][0]
    roles: list[str | None] = [None] * n
    if best == inf:  # cannot happen: leaving every mark unmatched is always possible
        return best, roles
    d = 0
    for i in range(n, 0, -1):
        prev = back[i][d]
        assert prev is not None
        roles[i - 1] = prev[1]
        d = prev[0]
    return best, roles


def _alternating(marks: Sequence[Mark]) -> list[str | None] | None:
    """Roles open, close, open, ... when every mark agrees with them as written and by
    context (cost 0, so optimal, and unique: any other assignment flips, skips or nests)."""
    roles: list[str | None] = []
    expect = OPEN
    for m in marks:
        if m.is_prime or (m.intrinsic or expect) != expect or m.context not in (None, expect):
            return None
        roles.append(expect)
        expect = CLOSE if expect == OPEN else OPEN
    return roles if expect == OPEN else None


def _assign(marks: list[Mark], style: str) -> None:
    """Pair one paragraph's marks of one style in place (roles, partners, ambiguity)."""
    if not marks:
        return
    depth = MAX_DEPTH[style]
    roles = _alternating(marks)
    if roles is not None:  # the common case: the optimum at cost 0, and the only one
        cost = 0.0
    else:
        cost, roles = _solve(marks, depth)
    stack: list[Mark] = []
    for mark, role in zip(marks, roles, strict=True):
        mark.role = role
        if role == OPEN:
            stack.append(mark)
        elif role == CLOSE:
            opener = stack.pop()
            opener.partner, mark.partner = mark, opener
    if len(marks) > AMBIGUITY_LIMIT:
        for m in marks:
            m.ambiguous = m.flipped or m.role is None
        return
    for i, mark in enumerate(marks):
        if mark.flipped or (mark.role is None and not mark.is_prime):
            alt, _ = _solve(marks, depth, forbid=(i, mark.role))
            if alt <= cost + 1e-9:
                mark.ambiguous = True


def _orphan_tail_start(t: str) -> int | None:
    """Where the orphan marks of a punctuation run ending the paragraph start, if any."""
    base = max(0, len(t) - 200)  # a run is short; never scan a long line from every offset
    m = _ORPHAN_TAIL.search(t, base)
    if m is None:
        return None
    # A tail made of quote marks only is not a punctuation run.
    if not re.search(r"[.,،;؛:!?؟…\-]", m.group()):
        return None
    # The first piece may be a legitimate spaced closing mark; only later pieces are orphans.
    pieces = list(re.finditer(r"\S+", m.group()))
    return m.start() + pieces[1].start()


def analyze(
    text: str, paragraphs: Iterable, masked: Sequence[tuple[int, int]] = ()
) -> QuoteAnalysis:
    """Find, orient and pair the quote marks of a document, paragraph by paragraph.

    ``paragraphs`` are spans with ``start``, ``end`` and ``text`` (Analysis.paragraphs);
    marks inside ``masked`` spans (Markdown code, link targets) are not quote marks.
    """
    all_marks: list[Mark] = []
    pairs: list[Pair] = []
    first = MARK_RE.search(text)
    if first is None:
        return QuoteAnalysis(all_marks, pairs)
    paras = list(paragraphs)
    per_para: list[list[Mark]] = []
    for pi, p in enumerate(paras):
        t = p.text
        marks: list[Mark] = []
        if p.end <= first.start() or MARK_RE.search(t) is None:
            per_para.append(marks)
            continue
        tail = _orphan_tail_start(t)
        has_arabic = _AR_LETTER.search(t) is not None
        separator = _separator(t)
        garbled = has_arabic and _garbled(t)
        named = [m.span() for m in _NAMED_MARKS_RE.finditer(t)] if "(" in t or "[" in t else []
        for m in MARK_RE.finditer(t):
            i = m.start()
            ch = m.group()
            if masked and any(a <= p.start + i < b for a, b in masked):
                continue
            if ch == PRIME:
                if i == 0 or not t[i - 1].isdigit():
                    continue  # a double prime (seconds, inches), not a quote
                style, intrinsic = CURLY, CLOSE
            else:
                style, intrinsic = MARK_CHARS[ch]
            mark = Mark(p.start + i, ch, style, intrinsic, _context(t, i), pi)
            if ch == '"' and i > 0 and t[i - 1].isdigit() and mark.context == CLOSE:
                mark.inch = True
            if not has_arabic or _latin_context(t, i):
                mark.ignored = "latin"
            elif garbled or (i > 0 and t[i - 1] in "ØÙÚÛ"):
                # "ط§ظ„ظˆ" (cp1256) or "Ø§Ù„" (cp1252): the „ is a byte of a letter
                mark.ignored = "mojibake"
            elif ch == '"' and _in_foreign_word(t, i):
                mark.ignored = "abbreviation"  # צה"ל, Hebrew gershayim, o"clock
            elif ch == separator and t[i - 1 : i + 2] == f" {ch} ":
                mark.ignored = "separator"  # الرئيسية » أخبار » محلية: a breadcrumb
            elif any(a < i < b for a, b in named):
                mark.ignored = "named"  # "... العلامة المستقيمة (")": a mark spoken of
            marks.append(mark)
        if has_arabic:
            _join_latin_quotations(t, p.start, marks)
        by_style: dict[str, list[Mark]] = {}
        for m in marks:
            if m.ignored is None:
                by_style.setdefault(m.style, []).append(m)
        for style, group in by_style.items():
            _assign(group, style)
            if style == STRAIGHT:
                _drop_inch_openers(group)
        mixed = _pair_mixed(marks) if len(by_style) > 1 else []
        if mixed:
            # Pair the rest again without the mixed pairs: the marks they took may have
            # looked interchangeable with others of their style before.
            taken = {id(m) for pr in mixed for m in (pr.open, pr.close)}
            for style in {m.style for pr in mixed for m in (pr.open, pr.close)}:
                rest = [
                    m
                    for m in marks
                    if m.style == style and m.ignored is None and id(m) not in taken
                ]
                for m in rest:
                    m.role = m.partner = None
                    m.ambiguous = False
                _assign(rest, style)
            for pr in mixed:
                # Sure when no other unpaired mark could have taken either end.
                sure = not any(
                    m.role is None
                    and m.ignored is None
                    and id(m) not in taken
                    and m.style in (pr.open.style, pr.close.style)
                    for m in marks
                )
                pr.open.ambiguous = pr.close.ambiguous = not sure
        for m in marks:
            if m.role == OPEN and m.partner is not None:
                pairs.append(Pair(m, m.partner))
        _mark_ignorable(t, p.start, marks, tail)
        per_para.append(marks)
        all_marks.extend(m for m in marks if not (m.is_prime and m.role is None))
    _mark_continued(paras, per_para)
    pairs.sort(key=lambda pr: pr.start)
    return QuoteAnalysis(all_marks, pairs)


def _join_latin_quotations(t: str, base: int, marks: list[Mark]) -> None:
    """A Latin quotation in an Arabic sentence ('قال: "Make no mistake ... democracy".')
    has one mark beside Arabic and one inside Latin text, which alone reads as a mark of
    a Latin passage: when a kept mark that can open is followed by a Latin-context mark
    of its style that can close, with no Arabic letter between, the two are one
    quotation (and the same the other way round: '"We will win" قال المرشح')."""
    for a, b in zip(marks, marks[1:], strict=False):
        if a.style != b.style or (a.ignored is None) == (b.ignored is None):
            continue
        if "latin" not in (a.ignored, b.ignored) or None not in (a.ignored, b.ignored):
            continue
        if a.intrinsic == CLOSE or b.intrinsic == OPEN:
            continue
        if a.context == CLOSE or b.context == OPEN:
            continue
        if _AR_LETTER.search(t, a.pos - base + 1, b.pos - base) is None:
            a.ignored = b.ignored = None


def _drop_inch_openers(group: list[Mark]) -> None:
    """A quotation never opens glued after a digit: a straight mark there that was paired
    as an opener (6.1" ... 6.7", two screen sizes) is an inch mark; pair the rest again."""
    while True:
        inches = [m for m in group if m.inch and m.role == OPEN]
        if not inches:
            return
        for m in inches:
            m.ignored = "inch"
        for m in group:
            m.role = m.partner = None
            m.ambiguous = False
        group[:] = [m for m in group if m.ignored is None]
        _assign(group, STRAIGHT)


def _pair_mixed(marks: list[Mark]) -> list[Pair]:
    """Pair an unmatched opener of one style with the next unmatched closer of another.

    "«النص”" or '"النص»': one quotation whose marks disagree. Only when nothing unmatched
    lies between them and neither mark's context disagrees.
    """
    out: list[Pair] = []
    loose = [m for m in marks if m.role is None and m.ignored is None and not m.is_prime]
    for a, b in zip(loose, loose[1:], strict=False):
        if a.role is not None or b.role is not None or a.style == b.style:
            continue
        a_dir = a.intrinsic or a.context
        b_dir = b.intrinsic or b.context
        if a_dir == OPEN and b_dir == CLOSE and a.context != CLOSE and b.context != OPEN:
            a.role, b.role = OPEN, CLOSE
            a.partner, b.partner = b, a
            out.append(Pair(a, b))
    return out


def _mark_ignorable(t: str, base: int, marks: list[Mark], tail: int | None) -> None:
    """Unmatched marks that are not quotation problems of their own."""
    prev_close: Mark | None = None
    for m in marks:
        if m.ignored is not None:
            continue
        if m.role is None:
            i = m.pos - base
            if tail is not None and i >= tail:
                m.ignored = "orphan-run"  # ". . “": debris reported by the punctuation family
                continue
            if m.style == STRAIGHT and i > 0 and t[i - 1].isdigit():
                nxt = t[i + 1] if i + 1 < len(t) else " "
                if not nxt.isalpha():
                    m.ignored = "inch"  # 12" pipe: an inch mark, not a quote
                    continue
            if (
                m.direction == CLOSE
                and prev_close is not None
                and not t[i + 1 :].strip(" .،!؟?" + _HSPACE)
                and _STRAY_FRAGMENT.match(t[prev_close.end - base : i])
            ):
                m.ignored = "fragment"  # "مسبوق”. حدث.”": left to the fragment family
                continue
        if m.role == CLOSE:
            prev_close = m


# A line that is all a stage direction or a cue in brackets: "(صمت. صوت الريح.)",
# "(تصفيق)", "[موسيقى]".
CUE_LINE_RE = re.compile(r"[ \t]*(?:\([^()\n]*\)|\[[^\[\]\n]*\])[ \t]*")
# A line of dialogue of a story, opened by a dash: "– أخذتها يا أمي."
DIALOGUE_LINE_RE = re.compile(r"[ \t]*[–—][ \t]*[^\n]{1,80}")


def _mark_continued(paras: list, per_para: list[list[Mark]]) -> None:
    """Quotations that run over several paragraphs are not unbalanced.

    Two shapes: news style, where each following paragraph opens again with the same mark
    and only the last one closes; and a quotation (a letter, a statement) opened in one
    paragraph and closed a few paragraphs later with no quote marks of its style left
    unpaired in between.
    """
    if not any(
        m.role is None and m.ignored is None and m.direction == OPEN
        for marks in per_para
        for m in marks
    ):
        return  # no quotation left open: none to continue (most documents)
    # A paragraph that is all a bracketed cue ("(تصفيق)", "[موسيقى]") or a short line of
    # dialogue opened by a dash ("– أخذتها.", a story's excerpt) belongs to the speech,
    # script or story around it and does not count towards SPAN_LIMIT.
    counted = [0] * len(per_para)
    n = 0
    for pi, p in enumerate(paras):
        t = p.text.strip()
        n += not (CUE_LINE_RE.fullmatch(t) or DIALOGUE_LINE_RE.fullmatch(t))
        counted[pi] = n
    for style in STYLES:
        pending: Mark | None = None
        pending_at = -1
        for pi, marks in enumerate(per_para):
            loose = [m for m in marks if m.style == style and m.role is None and m.ignored is None]
            if pending is not None:
                p = paras[pi]
                lead = len(p.text) - len(p.text.lstrip())
                first = next((m for m in marks if m.style == style and m.ignored is None), None)
                if (
                    pi == pending_at + 1
                    and first is not None
                    and first.pos == p.start + lead
                    and first.direction == OPEN
                ):
                    pending.continued = True  # reopened at the start of the next paragraph
                elif (
                    loose
                    and loose[0].direction == CLOSE
                    and counted[pi] - counted[pending_at] <= SPAN_LIMIT
                    and not any(m.pos < loose[0].pos and m.role == OPEN for m in marks)
                ):
                    pending.continued = True  # closed a few paragraphs later
                    loose[0].continued = True
                    loose = loose[1:]
                elif not loose and counted[pi] - counted[pending_at] < SPAN_LIMIT:
                    continue  # nothing of this style here: the quotation may go on
            pending = None
            if loose and loose[-1].direction == OPEN and not loose[-1].continued:
                pending, pending_at = loose[-1], pi
