"""Quote family (QUO): quote-mark styles, direction, balance and spacing.

All four rules read one shared pairing of the document's quote marks
(``Analysis.quotes``, see :mod:`tanqih.linter.quotemarks`), so one problem gets one
finding: a misdirected mark is not also unbalanced, and its inner space is fixed with it.
"""

from __future__ import annotations

import re
from collections import Counter

from tanqih.linter.arabic import LETTERS
from tanqih.linter.findings import Applicability, Edit
from tanqih.linter.quotemarks import (
    ALL_MARKS,
    CLOSE,
    CURLY,
    GUILLEMETS,
    OPEN,
    STRAIGHT,
    STYLE_LABEL,
    STYLE_MARKS,
    STYLES,
    Mark,
    Pair,
)
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules.citations import QUOTE_MARK_TALK_RE, LeavesCitedExamples

FAMILIES["QUO"] = "quotes"

_HSPACE = " \t\u00a0\u202f\u2009"
_EXCERPT = 30


def _excerpt(text: str, start: int, end: int) -> str:
    s = text[start:end].strip()
    if len(s) > _EXCERPT:
        s = s[: _EXCERPT - 1].rstrip() + "…"
    return s


def _before(text: str, pos: int) -> str:
    """A few words before ``pos`` in its line, for messages."""
    line_start = text.rfind("\n", 0, pos) + 1
    s = text[max(line_start, pos - _EXCERPT) : pos].strip()
    return ("…" + s) if pos - _EXCERPT > line_start else s


def _after(text: str, pos: int) -> str:
    line_end = text.find("\n", pos)
    if line_end == -1:
        line_end = len(text)
    s = text[pos : min(line_end, pos + _EXCERPT)].strip()
    return (s + "…") if pos + _EXCERPT < line_end else s


def _quoted(text: str, pair: Pair) -> str:
    return f"{pair.open.char}{_excerpt(text, pair.open.end, pair.close.pos)}{pair.close.char}"


def _orphan_spans(doc) -> list[tuple[int, int]]:
    """Spans of orphan punctuation runs (PUN004): their quote marks are reported there."""
    try:
        from tanqih.rules.punctuation import orphan_runs
    except ImportError:  # pragma: no cover - the punctuation family is part of the catalog
        return []
    return [(r.start, r.end) for r in orphan_runs(doc)]


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _outside_orphan_runs(doc, marks):
    """The marks not inside an orphan punctuation run (those are PUN004's to report);
    the runs are computed only when there is a mark to test."""
    orphans = None
    for m in marks:
        if orphans is None:
            orphans = _orphan_spans(doc)
        if not _in_spans(m.pos, orphans):
            yield m


def _inner_space(text: str, mark: Mark, role: str) -> tuple[int, int] | None:
    """Horizontal space on the quoted side of a mark playing ``role`` (None if none)."""
    if role == OPEN:
        j = mark.end
        while j < len(text) and text[j] in _HSPACE:
            j += 1
        if j > mark.end and j < len(text) and text[j] != "\n":
            return mark.end, j
        return None
    i = mark.pos
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    if i < mark.pos and i > 0 and text[i - 1] != "\n":
        return i, mark.pos
    return None


def _confident(pair: Pair) -> bool:
    """The pairing is not in doubt: no ambiguous mark, straight marks agree with context."""
    o, c = pair.open, pair.close
    if o.ambiguous or c.ambiguous:
        return False
    if o.style == STRAIGHT and o.context == CLOSE:
        return False
    return not (c.style == STRAIGHT and c.context == OPEN)


class MixedQuoteStyles(Rule):
    """Quotation marks of different styles in one document (“…” beside "…" or «…»).

    **What it does**
    Pairs the quote marks of each paragraph and counts the quotations written in each
    style: curly “…”, guillemets «…» and straight "…". Every quotation in a minority
    style is reported once, with the document's majority style (on a tie the style of
    the first quotation is proposed, and the fix is only shown: nothing tells which
    style is the stray one), or with the style set by the `preferred` option. A quotation opened in one style and
    closed in another ("«النص”") is reported too, even when it is the only one (it then
    takes the style of its curly or guillemet mark).

    Marks in a Latin passage, inch marks after a number and marks that cannot be paired
    are not counted, and a quotation inside a quotation of another style («... "تاريخي"
    ...») is left alone, and so is the quotation around it: the inner one takes the
    other style on purpose.

    **Why is this bad?**
    Mixed styles betray text pasted from several sources (a wire story, a tweet, an
    editor's insertion). They look careless, and tools that extract quotations (for
    attribution, search or training data) must handle every style at once.

    **Example**
    قال الوزير إن “الاتفاق مهم”، وأضاف أن "التعاون سيستمر".

    **Use instead**
    قال الوزير إن “الاتفاق مهم”، وأضاف أن “التعاون سيستمر”.

    **Options**
    `preferred`: "auto" (the document's majority style), "curly", "guillemets" or
    "straight". With a fixed style every quotation in another style is reported, even in
    a document that uses one style throughout.

    `separate-titles` (default true): some papers write the names of works in one style
    and speech in another (كتابه «عطش المدن» beside قال إن “...”). A style is left
    alone as the document's style for titles when every quotation in it is a name or
    title (at most eight words, no sentence punctuation, not introduced as speech by a
    colon, إن, أن, بأنه or قائلا), at least half of them follow the noun of their kind
    (كتاب، فيلم، تقرير، صحيفة، مسابقة ...), open the items of a list or name a paper as
    news copy names its medium (قال لـ«الوطن», a dateline "الدوحة – «الشرق»"), and at
    most one quotation of the other styles does, one in ten of them at most and beside
    two titles or more (مبادرة "أمة تقرأ" among a column's quotations of speech). Set
    it to false to have one style for everything. When every quotation of the other styles is
    short enough to be a title too, two named works or more settle the house style.

    **Fix safety**
    Safe when the pairing is unambiguous: both marks of the quotation are replaced by the
    opening and closing marks of the preferred style; the words are untouched. When the
    pairing is in doubt (straight marks whose neighbours disagree with the pairing, or a
    mark that could pair otherwise) the fix is shown only.
    """

    code = "QUO001"
    name = "mixed-quote-styles"
    family = "quotes"
    fix = "sometimes"
    triggers = ALL_MARKS
    options = {
        "preferred": Option(
            "auto",
            "quote style to enforce: auto (majority of the document), curly, guillemets, straight",
            choices=("auto", CURLY, GUILLEMETS, STRAIGHT),
        ),
        "separate-titles": Option(
            True,
            "let a document keep one style for the names of works and bodies (كتاب «...» "
            "beside speech in “...”)",
        ),
    }

    def check(self, doc):
        q = doc.quotes
        if not q.pairs:
            return
        text = doc.text
        preferred = self.opts["preferred"]
        nested = _nested_in_other_style(q.pairs, q.marks)
        counts = q.style_counts()
        for p in q.pairs:
            if id(p) in nested and not p.mixed:
                counts[p.style] -= 1  # (an inner quotation is no evidence of the style)
        titles = None
        if preferred == "auto":
            if self.opts["separate-titles"] and sum(1 for st in STYLES if counts[st]) > 1:
                titles = _title_style(text, q.pairs)
                if titles is not None:
                    counts[titles] = 0
            used = [s for s in STYLES if counts[s]]
            if not used:  # only quotations whose two marks disagree: each is its own case
                yield from self._lone_mixed(text, q.pairs)
                return
            first = next((p.style for p in q.pairs if not p.mixed and p.style != titles), None)
            # A tie goes to the style of the first quotation, but only as a proposal:
            # nothing tells which style is the stray one (straight marks are the house
            # style of most scraped Arabic sites, curly or guillemets of others).
            target = max(used, key=lambda s: (counts[s], s == first))
            tie = sum(counts[s] == counts[target] for s in used) > 1
            if tie:
                why = (
                    f"this document uses {STYLE_LABEL[target]} as often (a tie: the first "
                    "style is proposed; choose one)"
                )
            else:
                why = f"this document mostly uses {STYLE_LABEL[target]}"
        else:
            target, tie = preferred, False
            why = f"the preferred style is {STYLE_LABEL[target]}"
        # The outer quotation of a nested pair keeps its style too: «هذا "مهم" للبلد»
        # rewritten in straight marks would read "هذا "مهم" للبلد".
        inners = [i for i in q.pairs if id(i) in nested]
        outer = {
            id(p)
            for p in (q.pairs if inners else ())
            if any(p.start < i.start and i.end < p.end for i in inners)
        }
        for pair in q.pairs:
            if not pair.mixed and pair.style in (target, titles):
                continue  # (the house style of titles: «عطش المدن» beside “...” for speech)
            if not pair.mixed and (id(pair) in nested or id(pair) in outer):
                continue  # a quotation inside a quotation takes the other style: «… "…" …»
            if pair.mixed:
                msg = (
                    f"quotation {_quoted(text, pair)} opens with '{pair.open.char}' and "
                    f"closes with '{pair.close.char}': {why}"
                )
            else:
                msg = f"quotation {_quoted(text, pair)} uses {STYLE_LABEL[pair.style]}: {why}"
            yield self._restyle(pair, target, msg, shown_only=tie and not pair.mixed)

    def _lone_mixed(self, text, pairs):
        """A document whose every quotation mixes two styles ('"النص»'): each takes the
        style of its curly or guillemet mark (the opening one if both are)."""
        for pair in pairs:
            if pair.mixed:
                target = pair.open.style if pair.open.style != STRAIGHT else pair.close.style
                msg = (
                    f"quotation {_quoted(text, pair)} opens with '{pair.open.char}' and "
                    f"closes with '{pair.close.char}': a quotation has one style"
                )
                yield self._restyle(pair, target, msg)

    def _restyle(self, pair, target, msg, shown_only=False):
        o_mark, c_mark = STYLE_MARKS[target]
        edits = []
        if pair.open.char != o_mark:
            edits.append(Edit(pair.open.pos, pair.open.end, o_mark))
        if pair.close.char != c_mark:
            edits.append(Edit(pair.close.pos, pair.close.end, c_mark))
        confident = _confident(pair) and not shown_only
        applicability = Applicability.SAFE if confident else Applicability.DISPLAY_ONLY
        return self.finding(
            pair.start,
            pair.end,
            msg,
            edits,
            applicability,
            fix_message=f"use {o_mark}…{c_mark}",
        )


# What a title may hold: a few words (a subtitle after a colon too), no sentence
# punctuation.
_TITLE_RE = re.compile(r"[^.،,؛;!?؟\n]{1,80}")
_TITLE_WORDS = 8
# Words that introduce speech, not a title: "قال إن «...»", "وصفه بأنه «...»".
_SPEECH_BEFORE_RE = re.compile(
    r"(?:(?:^|\s)(?:[وف]?[إأ]ن(?:ه|ها)?|بأن(?:ه|ها)?|قائل\u064b?ا\u064b?)|:)\s*$"
)


def _title_like(text: str, pair) -> bool:
    """A name or title between the marks (a book, a paper, a film, a report: «عطش
    المدن», «الاقتصادية», «المياه في الأردن: أرقام وحقائق»), not speech: at most eight
    words, no sentence punctuation inside, and not introduced as speech (a colon, إن,
    أن, بأنه, قائلا before it)."""
    inner = text[pair.open.end : pair.close.pos]
    if not _TITLE_RE.fullmatch(inner) or len(inner.split()) > _TITLE_WORDS:
        return False
    return not _SPEECH_BEFORE_RE.search(text[max(0, pair.open.pos - 12) : pair.open.pos])


# Nouns that name a work or a body before its title: كتاب «...», لفيلم «...», تقرير «...».
_WORK_NOUNS = """كتاب كتب رواية روايات فيلم أفلام ديوان دواوين قصيدة قصائد تقرير دراسة
برنامج مشروع مسابقة مبادرة حملة صحيفة جريدة مجلة موقع قناة شركة مسلسل أغنية مسرحية معرض
مهرجان منصة تطبيق وكالة دار مركز مؤسسة جمعية حزب حركة عملية مؤتمر ندوة وثيقة اتفاقية خطة
جائزة بطولة ألبوم سلسلة مؤلف مؤلفات عنوان بعنوان باسم مجموعة""".split()
# The noun, with its clitics and a possessive, perhaps followed by one adjective
# ("قصيدته الشهيرة «...»").
# A noun in ة takes a possessive after ت: روايتها، قصيدته، مجلتنا.
_WORK_BEFORE_RE = re.compile(
    r"(?:^|\s)[وفبل]?(?:(?:ال)?(?:"
    + "|".join(_WORK_NOUNS)
    + r")(?:ه|ها|هم|هما|ي|نا|كم|اته)?|(?:"
    + "|".join(n[:-1] for n in _WORK_NOUNS if n.endswith("ة"))
    + r")ت(?:ه|ها|هم|هما|ي|نا|كم))(?:\s+ال\S+)?\s*$"
)
# A paper or a site named where news copy names its medium: after لـ ("قال لـ«الوطن»",
# told to the paper; speech is never introduced by لـ) or as a dateline's source, a
# place and a dash before it on a line of their own ("الدوحة – «الشرق»").
_MEDIUM_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])لـ?\s*|(?:^|\n)\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—]\s*)$"
)
# An item of a numbered or bulleted list ("1- «...»", "- «...»").
_LIST_ITEM_RE = re.compile(r"(?:^|\n)\s*(?:[0-9٠-٩]+\s*[-.)]|[-•*])\s*$")


# "... «نشأة إمارة» و«عنوان المجد»": a title joined to the one before it.
_JOINED_RE = re.compile(r"^\s*(?:،|و|،\s*و)\s*$")


def _named_work(text: str, pair, previous=None, previous_named: bool = False) -> bool:
    """A title introduced by the noun of its kind ("كتابه «عطش المدن»", "لفيلم
    «هوبال»", "قصيدته الشهيرة «...»"), opening an item of a list ("1- «...»"), or
    joined by و or a comma to a title right before it ("... «نشأة إمارة» و«...»"), or a
    paper named as the medium ("قال لـ«الوطن»", "الدوحة – «الشرق»" on its own line)."""
    before = text[max(0, pair.open.pos - 30) : pair.open.pos]
    if _LIST_ITEM_RE.search(before) or _WORK_BEFORE_RE.search(before):
        return True
    if _MEDIUM_BEFORE_RE.search(before):
        after = text[pair.close.end : pair.close.end + 2]
        if before.endswith(("ل", "لـ")) or not after.strip(" \t") or after[0] in "\n\r:":
            return True  # ("... لـ«الوطن»", "الدوحة – «الشرق»" alone on its line)
    return (
        previous_named
        and previous is not None
        and previous.style == pair.style
        and bool(_JOINED_RE.match(text[previous.close.end : pair.open.pos]))
    )


def _title_style(text: str, pairs) -> str | None:
    """The style a document keeps for titles (some papers write «...» for the names of
    works and “...” or "..." for speech): every quotation of that style is title-like
    and at least half of them follow the noun of their kind, while one of the other
    styles' quotations is speech and at most one of them, and one in ten, is a named
    work (none beside a single title). None otherwise."""
    stats: dict[str, list[int]] = {}  # style -> [quotations, title-like, named works]
    previous, named = None, False
    for p in sorted((p for p in pairs if not p.mixed), key=lambda p: p.start):
        named = _named_work(text, p, previous, named)
        st = stats.setdefault(p.style, [0, 0, 0])
        st[0] += 1
        title_like = _title_like(text, p)
        st[1] += title_like
        st[2] += named and title_like  # (speech after a noun: إن الرواية “تحكي ...”)
        previous = p
    titles = [s for s, (n, t, w) in stats.items() if t == n and 2 * w >= n]
    if len(titles) != 1:
        return None
    others = [v for s, v in stats.items() if s != titles[0]]
    if not others:
        return None
    if all(t == n for n, t, _ in others) and (
        stats[titles[0]][2] < 2 or any(w for _, _, w in others)
    ):
        # Every quotation title-like: no evidence which style is speech, unless two
        # named works or more keep theirs and the others name none (a paper's name in
        # the dateline and after لـ, a short quotation of speech in the other style)
        return None
    # The other styles may name one work in ten quotations (an initiative quoted like
    # speech, مبادرة "أمة تقرأ", beside «...» for every book), but only beside two
    # titles or more: one title is no house style.
    named_others = sum(w for _, _, w in others)
    if named_others and (
        named_others > 1
        or 10 * named_others > sum(n for n, _, _ in others)
        or stats[titles[0]][0] < 2
    ):
        return None
    return titles[0]


def _nested_in_other_style(pairs, marks=()) -> set[int]:
    """Ids of the pairs that lie inside a pair of another style («... "تاريخي" ...»), or
    after the opening mark of another style of a quotation that runs on into the next
    paragraph («خرجنا ... "ارجعوا" ... / «رجعنا ...»): an inner quotation is written
    in the other style on purpose. One pass over the pairs in order, with the enclosing
    pairs on a stack (linear in the number of marks)."""
    out: set[int] = set()
    running = [m for m in marks if m.continued and m.direction == OPEN]
    if running:
        for pair in pairs:
            if any(
                m.paragraph == pair.open.paragraph and m.pos < pair.start and m.style != pair.style
                for m in running
            ):
                out.add(id(pair))
    stack: list = []  # enclosing pairs, innermost last
    styles: Counter = Counter()
    for pair in sorted(pairs, key=lambda p: (p.start, -p.end)):
        while stack and stack[-1].end <= pair.start:
            styles[stack.pop().style] -= 1
        if any(n > 0 for st, n in styles.items() if st != pair.style):
            out.add(id(pair))
        stack.append(pair)
        styles[pair.style] += 1
    return out


class MisdirectedQuote(LeavesCitedExamples, Rule):
    """An opening quote mark used to close a quotation, or a closing one to open it.

    **What it does**
    Flags a curly mark or guillemet whose direction contradicts the quotation it belongs
    to: “ closing a quotation ("الخاصة “."), ” or » opening one ("”عين اليوم”",
    "معرض»شاهد»"), and a double prime ″ after a number standing for a closing quote
    (“ويندوز 10″). The mark is found by pairing the paragraph's marks: the rule reports
    it only when reading it the other way round is what balances the paragraph, and its
    neighbours (a space before and a full stop after, say) agree.

    A space between the misdirected mark and the quoted text is part of the same finding
    (not also reported by QUO004), and a misdirected mark is not reported as unbalanced
    (QUO003). A quotation with both marks reversed ("”النص“") is one finding.

    Marks inside a quotation that a text about quote marks (علامات التنصيص) cites as an
    example of the error it explains are left alone.

    **Why is this bad?**
    Arabic text is right-to-left but quote characters are not mirrored: “ (U+201C) opens
    and ” (U+201D) closes in both scripts. Writers who pick the mark by its look, and
    scrapers that drop or re-encode marks, leave reversed ones, which break quotation
    extraction and render the wrong way.

    **Example**
    أن “الاتفاق يسمح بمساعدة المغرب وفقا لمصالحها الخاصة “.

    **Use instead**
    أن “الاتفاق يسمح بمساعدة المغرب وفقا لمصالحها الخاصة”.

    **Fix safety**
    Safe when the pairing is unambiguous: the mark is replaced by the mark of the right
    direction (of the same style) and the space on its quoted side is removed. When two
    marks could equally be the misdirected one, the fix is shown only.
    """

    code = "QUO002"
    name = "misdirected-quote"
    family = "quotes"
    fix = "sometimes"
    triggers = ALL_MARKS

    citing = QUOTE_MARK_TALK_RE

    def _check(self, doc):
        text = doc.text
        for m in _outside_orphan_runs(doc, doc.quotes.misdirected):
            partner = m.partner
            both = partner.flipped and not m.is_prime and not partner.is_prime
            if both and m.role == CLOSE:
                continue  # a reversed pair is one finding, made at its opening mark
            edits, start, end, space = self._turn(text, m)
            o_mark, c_mark = STYLE_MARKS[m.style]
            right = o_mark if m.role == OPEN else c_mark
            ambiguous = m.ambiguous
            if both:
                more, _, end, _ = self._turn(text, partner)
                # (with only a space between the marks, "» «", both remove that space)
                edits += [e for e in more if e not in edits]
                ambiguous = ambiguous or partner.ambiguous
                msg = (
                    f"quotation '{m.char}{_excerpt(text, m.end, partner.pos)}{partner.char}' "
                    f"has its marks reversed: use '{o_mark}…{c_mark}'"
                )
                fix_message = f"use {o_mark}…{c_mark}"
            elif m.is_prime:
                msg = (
                    f"double prime '″' after '{_before(text, m.pos)}' closes the quotation "
                    f"'{partner.char}{_excerpt(text, partner.end, m.pos)}': use '{c_mark}'"
                )
                fix_message = f"use '{right}'"
            elif m.role == CLOSE:
                spaced = " (and the space before it removed)" if space else ""
                msg = (
                    f"opening mark '{m.char}' after '{_before(text, m.pos)}' closes the "
                    f"quotation '{partner.char}{_excerpt(text, partner.end, m.pos)}': "
                    f"use '{right}'{spaced}"
                )
                fix_message = f"use '{right}'"
            else:
                spaced = " (and the space after it removed)" if space else ""
                msg = (
                    f"closing mark '{m.char}' opens the quotation "
                    f"'{m.char}{_after(text, m.end)}': use '{right}'{spaced}"
                )
                fix_message = f"use '{right}'"
            applicability = Applicability.DISPLAY_ONLY if ambiguous else Applicability.SAFE
            yield self.finding(start, end, msg, edits, applicability, fix_message=fix_message)

    @staticmethod
    def _turn(text: str, m: Mark) -> tuple[list[Edit], int, int, tuple[int, int] | None]:
        """Edits turning one mark the right way, removing the space on its quoted side."""
        o_mark, c_mark = STYLE_MARKS[m.style]
        edits = [Edit(m.pos, m.end, o_mark if m.role == OPEN else c_mark)]
        start, end = m.pos, m.end
        space = _inner_space(text, m, m.role)
        if space is not None:
            edits.append(Edit(space[0], space[1], ""))
            start, end = min(start, space[0]), max(end, space[1])
        return edits, start, end, space


class UnbalancedQuote(LeavesCitedExamples, Rule):
    """A quotation opened and not closed in its paragraph, or closed without being opened.

    **What it does**
    Pairs the quote marks of each paragraph (curly, guillemets and straight marks; straight
    marks pair by alternation) and flags a mark left without a partner. Where several marks
    could be the odd one out, the one whose neighbours fit least (an opening-looking mark
    with no closer after it) is reported.

    Not flagged: a quotation continued over several paragraphs the way news copy does it
    (an opening mark at the start of each paragraph, the closing mark only in the last);
    inch marks after a number (12"); marks inside a Latin passage; a stray mark in an
    orphan punctuation run (". . “", reported by PUN004); and a closing mark that ends a
    stray 1-3 word fragment after a closed quotation ("مسبوق”. حدث.”", reported by the
    fragment family). A misdirected mark is reported by QUO002 instead.

    **Why is this bad?**
    An unclosed quotation leaves readers (and quotation extractors) unsure where the
    quoted words end; it usually means the scraper or an editor lost a mark or a piece
    of the sentence.

    **Example**
    ووفق التقرير، "بلغ خط الفقر العام الماضي 3100 شيكل.

    **Use instead**
    ووفق التقرير، "بلغ خط الفقر العام الماضي 3100 شيكل".

    **Fix safety**
    No fix: where the quotation should end is a matter of the text's meaning.
    """

    code = "QUO003"
    name = "unbalanced-quote"
    family = "quotes"
    fix = "none"
    triggers = ALL_MARKS

    citing = QUOTE_MARK_TALK_RE

    def _check(self, doc):
        text = doc.text
        for m in _outside_orphan_runs(doc, doc.quotes.unmatched):
            if m.direction == CLOSE:
                msg = (
                    f"closing mark '{m.char}' after '{_before(text, m.pos)}' has no opening "
                    "mark in this paragraph"
                )
            elif m.direction == OPEN:
                msg = (
                    f"quotation '{m.char}{_after(text, m.end)}' is opened but not closed "
                    "in this paragraph"
                )
            else:
                msg = (
                    f"quote mark '{m.char}' between '{_before(text, m.pos)}' and "
                    f"'{_after(text, m.end)}' has no partner in this paragraph"
                )
            yield self.finding(m.pos, m.end, msg)


# A quotation in a language of the Latin script: letters, none of them Arabic.
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_LETTER_RE = re.compile(f"[{LETTERS}]")


def _foreign_quotation(text: str, pair) -> bool:
    """Are the words quoted by ``pair`` in a Latin script ("« Le raï, c'est la mémoire
    d'Oran ; on la danse ! »"): a French quotation keeps French typography?"""
    inside = text[pair.open.end : pair.close.pos]
    return _LATIN_LETTER_RE.search(inside) is not None and not _ARABIC_LETTER_RE.search(inside)


def _french_guillemets(text: str, pairs) -> bool:
    """Does the document space every pair of its guillemets inside (« ... »), two pairs or
    more: French typography, kept on purpose?"""
    guillemets = [p for p in pairs if p.style == GUILLEMETS and not p.mixed]
    if len(guillemets) < 2:
        return False
    return all(
        _inner_space(text, p.open, OPEN) is not None
        and _inner_space(text, p.close, CLOSE) is not None
        for p in guillemets
    )


class SpaceInsideQuotes(Rule):
    """Space just inside a quotation's marks ("« النص »", "“ النص”").

    **What it does**
    Flags a space right after the opening mark or right before the closing mark of a
    paired quotation, once per quotation. Straight marks are checked only in paragraphs
    where they all pair up and their neighbours agree with the pairing, so a lost mark
    elsewhere cannot make a space look inside a quotation.

    A document that spaces every one of its guillemets (two quotations or more, «
    ... » each time) follows French typography, the house style of some Maghrebi
    outlets, and is left alone; so is a quotation in French, Latin letters only
    between its guillemets ("« Le raï, c'est la mémoire d'Oran ! »").

    **Why is this bad?**
    Quote marks attach to the quoted words. A space inside lets a line break separate
    the mark from its text, and shows that the text was assembled from pieces (a scraper
    joining elements, a translation tool spacing tokens).

    **Example**
    بإشراف « البرنامج الوطني لكفاءة الطاقة » الذي يسعى

    **Use instead**
    بإشراف «البرنامج الوطني لكفاءة الطاقة» الذي يسعى

    **Fix safety**
    Safe: only the spaces inside the marks are removed.
    """

    code = "QUO004"
    name = "space-inside-quotes"
    family = "quotes"
    fix = "safe"
    triggers = ALL_MARKS

    def check(self, doc):
        text = doc.text
        q = doc.quotes
        unbalanced_straight = {
            m.paragraph for m in q.marks if m.style == STRAIGHT and m.role is None
        }
        french = _french_guillemets(text, q.pairs)
        for pair in q.pairs:
            o, c = pair.open, pair.close
            if french and pair.style == GUILLEMETS and not pair.mixed:
                continue  # « ... » throughout: French typography, a house style
            if pair.style == GUILLEMETS and _foreign_quotation(text, pair):
                continue  # a French quotation with its own typography
            if STRAIGHT in (o.style, c.style) and (
                o.paragraph in unbalanced_straight or not _confident(pair)
            ):
                continue
            if not text[o.end : c.pos].strip():
                continue  # an empty quotation: nothing to attach to
            edits = []
            if not o.flipped:
                sp = _inner_space(text, o, OPEN)
                if sp is not None:
                    edits.append(Edit(*sp, ""))
            if not c.flipped:
                sp = _inner_space(text, c, CLOSE)
                if sp is not None:
                    edits.append(Edit(*sp, ""))
            if not edits:
                continue
            yield self.finding(
                pair.start,
                pair.end,
                f"space inside the quotation {_quoted(text, pair)}: the marks belong "
                "to the quoted words",
                edits,
            )
