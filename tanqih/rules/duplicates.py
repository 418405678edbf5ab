"""Duplicates family (DUP): a paragraph, a sentence or a word repeated inside one document.

Scrapers join the lead and the body (the lead comes twice), keep an embedded post and
its quotation in the text (a tweet twice), or read a page's mobile and desktop blocks.
Texts are compared after normalisation (no diacritics, unified alef / hamza / ta marbuta,
punctuation and spacing ignored). The first occurrence is kept; the repeat is flagged.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from tanqih.linter.analysis import Analysis, Span
from tanqih.linter.arabic import LETTERS, hamza_key, strip_marks, vocalisation
from tanqih.linter.corpus import fast_key
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.citations import LeavesCitedExamples, spelling_quotations
from tanqih.rules.phrases import (
    delete_line,
    delete_span,
    inside_quotation,
    quote,
    same_block,
    strip_span,
)
from tanqih.rules.word_frequencies import zipf

FAMILIES["DUP"] = "duplicates"


def _wordy(key: str, min_words: int) -> bool:
    toks = key.split()
    return len(toks) >= min_words and sum(1 for t in toks if not t.isdigit()) >= min(3, min_words)


def _vocalised(text: str) -> bool:
    return vocalisation(text) > 0.4


# Marks of verse and scripture: hemistichs apart ("***", "…"), Qur'anic brackets.
_VERSE_MARKS = ("***", "**", "…", "...", "﴿", "{")


def _vocalised_verse(text: str) -> bool:
    """A vocalised line that may recur on purpose: verse or scripture (its marks, or a
    short line), not vocalised prose (a children's page, a sermon's paragraph of
    twelve words or more ending like a sentence)."""
    if not _vocalised(text):
        return False
    if any(m in text for m in _VERSE_MARKS):
        return True
    return len(text.split()) < _MOTTO_WORDS or not text.rstrip().endswith((".", "!", "؟"))


def _refrain(text: str) -> bool:
    """A chant that repeats itself ("الله أكبر، الله أكبر، الله أكبر، ولله الحمد."): half
    of its words or more are repeats. A refrain recurs on purpose (a sermon, a song)."""
    words = fast_key(text).split()
    return len(words) >= 4 and len(set(words)) * 2 <= len(words) + 1


# A line of verse or song: a few words and no sentence punctuation at its end.
_VERSE_WORDS = 8
_SENTENCE_END = '.!?؟…،,؛;:"”»)'


# A refrain closing the paragraphs of a column is short, and closes three or more.
_REFRAIN_WORDS = 10
_REFRAIN_CLOSES = 3
# A formula closing each notice of a page is longer: a blessing of a clause or two.
_NOTICE_FORMULA_WORDS = 20


def closing_refrains(doc: Analysis) -> frozenset[str]:
    """Keys of the short sentences (ten words at most) that close three paragraphs or
    more, two of them after sentences of their own (the others may stand alone): a
    columnist's refrain ("... كانت أمي تقول: الخبز لا يرمى."), written again on
    purpose; a scraper's copy is a lead, a post or a line, pasted whole. So are the
    sentences of twenty words at most that close two paragraphs or more, each after
    sentences of its own, when those paragraphs open with the same word: the formula
    closing each notice of a page ("ورُزق ... . ألف مبروك، جعله الله من مواليد
    السعادة ...")."""

    def compute(a: Analysis) -> frozenset[str]:
        bounds = {e: s for s, e in map(strip_span, a.paragraphs)}
        closes: Counter[str] = Counter()
        after_prose: Counter[str] = Counter()
        words: dict[str, int] = {}
        openings: dict[str, set[str]] = {}
        for sent in a.sentences:
            start, end = strip_span(sent)
            n = sent.text.count(" ") + 1
            if end not in bounds or n > _NOTICE_FORMULA_WORDS:
                continue
            key = fast_key(sent.text)
            closes[key] += 1
            after_prose[key] += bounds[end] < start
            words[key] = n
            opening = a.text[bounds[end] : start].split(maxsplit=1)[:1]
            openings.setdefault(key, set()).add(_opening_key(opening[0]) if opening else "")
        refrains = set()
        for k, c in closes.items():
            if not k:
                continue
            if words[k] <= _REFRAIN_WORDS and c >= _REFRAIN_CLOSES and after_prose[k] >= 2:
                refrains.add(k)
            elif (
                c >= 2 and after_prose[k] == c and len(openings[k] - {""}) == 1 == len(openings[k])
            ):
                refrains.add(k)  # the formula closing parallel notices
        return frozenset(refrains)

    return doc.memo("dup.refrains", compute)


# Two hemistichs on one line: apart by a star or by a run of spaces.
_HEMISTICHS_RE = re.compile(r"[ \t]+\*[ \t]+|[ \t]{3,}|\t")


def _opening_key(word: str) -> str:
    """A paragraph's first word, keyed, without its و / ف ("ورُزق" -> "رزق")."""
    k = hamza_key(strip_marks(word))
    return k[1:] if k[:1] in "وف" and len(k) > 3 else k


def _verse_line(text: str) -> bool:
    t = text.strip()
    if not t or t[-1] in _SENTENCE_END:
        return False
    halves = _HEMISTICHS_RE.split(t)
    return len(halves) <= 2 and all(len(h.split()) <= _VERSE_WORDS for h in halves)


def _in_stanza(text: str, paragraphs: list[Span], rep: Span) -> bool:
    """A short unpunctuated line with another such line right above or below it, or
    between two short lines closed by a full stop (no blank line between): a stanza of a
    song or poem, whose refrain is written out after every verse (unvocalised lyrics
    quoted in a story; a translated poem that closes some of its lines)."""
    if not _verse_line(rep.text):
        return False
    i = bisect.bisect_left([p.start for p in paragraphs], rep.start)
    short = 0
    for j in (i - 1, i + 1):
        if 0 <= j < len(paragraphs):
            other = paragraphs[j]
            gap = text[min(other.end, rep.end) : max(other.start, rep.start)]
            if gap.count("\n") != 1 or fast_key(other.text) == fast_key(rep.text):
                continue  # (a line pasted twice)
            if _verse_line(other.text):
                return True
            short += len(other.text.split()) <= _VERSE_WORDS
    return short == 2


def _filled_lines(doc: Analysis) -> tuple[list[Span], list[str]]:
    """The document's lines that hold text, and their keys (cached: each repeat looks
    for the copies of its line among them)."""

    def compute(a: Analysis) -> tuple[list[Span], list[str]]:
        lines = [p for p in a.paragraphs if p.text.strip()]
        return lines, [fast_key(p.text) for p in lines]

    return doc.memo("dup.filled_lines", compute)


def _copies(keys: list[str], rep: Span) -> list[int]:
    """The indices, among the filled lines' ``keys``, of the copies of line ``rep``."""
    key = fast_key(rep.text)
    return [k for k, other in enumerate(keys) if other == key]


def _alternating_refrain(filled: tuple[list[Span], list[str]], rep: Span) -> bool:
    """A short unpunctuated line written three times or more with only such lines
    between its copies: a song's refrain after each verse, the verses a paragraph each
    ("طلع الفجر على السهل" / "يا سنابل يا ذهب" / "يا أم العيال هاتي الزاد" / "يا سنابل
    يا ذهب" ...)."""
    if not _verse_line(rep.text):
        return False
    lines, keys = filled
    copies = _copies(keys, rep)
    if len(copies) < 3 or copies[-1] - copies[0] + 1 - len(copies) < 2:
        return False  # (three copies in a row, no verse between, are pasted)
    return all(
        lines[k].text.count(" ") < _VERSE_BETWEEN_WORDS
        and lines[k].text.strip()[-1] not in _SENTENCE_END
        for k in range(copies[0], copies[-1] + 1)
    )


# A verse between the copies of a refrain may be a little longer than a stanza's line.
_VERSE_BETWEEN_WORDS = 12


def _quoted_refrain(text: str, paragraphs: list[Span], rep: Span, first: Span) -> bool:
    """A short line written twice in a row under a line that ends with ":" ("ويكرر
    الحداد شطرها الثاني مرتين:"): a refrain quoted as it is sung, not a line pasted
    twice. A sung line may end on "؟" or "!" ("يا قمر يا قمر، وين رحت الليلة؟"). When a
    blank line parts the announcing line from the pair, the pair opens a stanza: another
    line of the song follows it in the same block."""
    if not _sung_line(rep.text):
        return False
    i = bisect.bisect_left([p.start for p in paragraphs], first.start)
    if i < 1 or i + 1 >= len(paragraphs) or paragraphs[i + 1] is not rep:
        return False
    if not same_block(text, first, rep):
        return False
    above = paragraphs[i - 1]
    if not above.text.rstrip().endswith(":"):
        return False
    gap = text[above.end : first.start].count("\n")
    if gap == 1:
        return True
    if gap != 2 or i + 2 >= len(paragraphs):
        return False
    below = paragraphs[i + 2]
    return same_block(text, rep, below) and _sung_line(below.text)


def _sung_line(text: str) -> bool:
    """A line of a song as an article quotes it: short, unpunctuated or ending on a
    question or an exclamation."""
    return _verse_line(text.rstrip().rstrip("؟?!"))


_LIST_ITEM_RE = re.compile(r"\s*(?:[-–•*▪●]|[0-9٠-٩]+\s*[-.)])\s")
# A section's heading: a line ending with a colon ("منطقة الرياض:"), or a label, its
# colon and a short title with no full stop ("ثانيًا: فني مختبر (عدد 4)").
_SECTION_HEAD_RE = re.compile(
    r"^(?:[^\n.؟?!]{2,60}:[ \t]*|[^\n.؟?!:]{2,25}: [^\n.؟?!:]{2,60})$", re.M
)


# A short line of a section: it may recur, word for word, in a parallel section.
_SECTION_LINE_WORDS = 12


def _under_heading(text: str, span: Span) -> bool:
    """Is ``span`` a line of a block headed by a "heading:" line (up to eight lines above
    it, no blank line and no long paragraph of prose between)?"""
    end = span.start
    for _ in range(8):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1].rstrip("\r")
        if not line.strip() or line.count(" ") >= 20:
            return False
        if _SECTION_HEAD_RE.fullmatch(line):
            return True
        end = start
    return False


def _parallel_item(text: str, rep: Span, first: Span, headings: list[int]) -> bool:
    """A list item repeated under another heading ("منطقة الرياض:" ... "المنطقة
    الشرقية:"): parallel sections of a bulletin share items on purpose, marked ("- رياح
    نشطة") or not, when the line is short and both copies sit under a heading.
    ``headings``: the sorted starts of the document's heading lines."""
    if not (
        _LIST_ITEM_RE.match(rep.text)
        or (
            rep.text.count(" ") < _SECTION_LINE_WORDS
            and _under_heading(text, rep)
            and _under_heading(text, first)
        )
    ):
        return False
    k = bisect.bisect_left(headings, first.end)
    return k < len(headings) and headings[k] < rep.start  # a heading between the copies


def _head(text: str) -> str:
    """A cheap bucket key: the first two words, normalised (only they are translated)."""
    return " ".join(fast_key(" ".join(text.split(None, 4)[:4])).split()[:2])


def find_repeats(spans: list[Span], min_words: int) -> list[tuple[Span, Span]]:
    """(repeat, first occurrence) for every span whose key equals an earlier one's.

    Spans are first bucketed by a cheap key (their first words); the full key, a pass
    over the whole text, is computed only inside buckets holding two or more spans.
    """
    buckets: dict[str, list[Span]] = {}
    for sp in spans:
        if sp.text.count(" ") + 1 < min_words:
            continue
        buckets.setdefault(_head(sp.text), []).append(sp)
    out = []
    for group in buckets.values():
        if len(group) < 2:
            continue
        seen: dict[str, Span] = {}
        for sp in group:
            key = fast_key(sp.text)
            if not _wordy(key, min_words):
                continue
            if key in seen:
                out.append((sp, seen[key]))
            else:
                seen[key] = sp
    out.sort(key=lambda pair: pair[0].start)
    return out


def repeated_paragraphs(doc: Analysis, min_words: int) -> list[tuple[Span, Span]]:
    """(repeat, first occurrence) for every paragraph equal to an earlier one."""
    return doc.memo(f"dup.paragraphs.{min_words}", lambda a: find_repeats(a.paragraphs, min_words))


class DuplicateParagraph(Rule):
    """A paragraph that repeats an earlier paragraph of the same document.

    **What it does**
    Flags a line whose text equals an earlier line of the document once diacritics,
    hamza / alef forms, punctuation and spacing are ignored, when it has at least
    ``min-words`` words. The first occurrence is kept. Refrains are left alone: fully
    vocalised verse or scripture (not vocalised prose: a line of twelve words or more
    ending like a sentence, with no hemistich marks), chants that repeat their own
    words ("الله أكبر، الله أكبر، الله أكبر، ولله الحمد." opening each part of a
    sermon), a short sentence (ten words at most) closing three paragraphs or more, two
    of them after sentences of their own (a columnist's refrain, "كانت أمي تقول: الخبز
    لا يرمى."), a sentence of twenty words at most closing two paragraphs or more that
    open with the same word, each after sentences of its own (the formula closing each
    notice of a page: "ألف مبروك، جعله الله من مواليد السعادة ..."), and a line of a
    stanza (a short line without final punctuation beside another one, or two
    hemistichs of up to eight words each apart by a star or a run of spaces: a song's
    refrain written out after each verse). So is a list item
    repeated under another heading ("منطقة الرياض:" ... "المنطقة الشرقية:": parallel
    sections of a bulletin), marked as an item or a short line (under twelve words) of
    its section, a short line written twice in a row right under a line ending with
    ":" (a refrain quoted as it is sung; a blank line may part them when a third line of
    the song follows the pair), a short motto (a sentence of twelve words or fewer on a
    line of its own) among the first four lines that the text says once again five
    lines or more below, a field of a record shared by two records ("القدرة: 18000 وحدة
    حرارية (BTU)" under two models compared: a label of up to four words, a colon, ten
    words at most with a figure after the colon and no full stop), a line written three
    times or more after one to three lines of its own each time (a formula after each
    item of a list: "تسلم لصاحبها من مكتب الإشراف."), a short unpunctuated line written
    three times or more with only such lines between its copies (a song's refrain after each verse, a paragraph each),
    a short line closing two blocks of three lines or more under different lines (a
    formula closing each notice of a page: "إنا لله وإنا إليه راجعون."), a line of any
    length closing blocks whose lines open alike, with no blank line between them (a
    page of official notices: "إعلان رقم (655)" / "تعلن وزارة ..." / "فعلى كل من لديه
    اعتراض ..." under "إعلان رقم (654)" / "تعلن وزارة ..." / the same), an entry of a
    run of entries ("«الطالبُ»: فاعل مرفوع ...": a quoted term, a colon and its gloss)
    whose neighbouring entries differ from those of its first copy (a parsing lesson
    parsing one word in two examples; a block of entries pasted twice is reported), the
    title quoted on a line of its own (a column opening on the proverb it is named
    after: a scraper pasting the title adds no quote marks), and, in a text about
    spelling that quotes, a line written again in other letters (a verse cited as
    the manuscript writes it, "راى الشيب قد غطى ذوابة راسه", then respelled).

    **Why is this bad?**
    Scrapers repeat the lead in the body, or an embedded post and its quotation. The
    repeat inflates the document, skews word counts and near-duplicate detection, and
    reads as an error.

    **Example**
    أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المنطقة.
    وقال الوزير إن الخطة تبدأ الشهر المقبل.
    أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المنطقة.

    **Use instead**
    أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المنطقة.
    وقال الوزير إن الخطة تبدأ الشهر المقبل.

    **Fix safety**
    Unsafe: the repeated line is deleted with its line end (the words are still in the
    first occurrence, but the choice of which copy to keep is yours).

    **Options**
    ``min-words`` (default 5): shorter lines are not compared (a repeated "اليوم 06:42"
    is a timestamp, not a duplicated paragraph).
    """

    code = "DUP001"
    name = "duplicate-paragraph"
    family = "duplicates"
    fix = "unsafe"
    options = {"min-words": Option(5, "shortest paragraph, in words, that is compared")}

    def check(self, doc):
        text = doc.text
        found: list[int] = []

        def headings() -> list[int]:  # (found once, on the first repeat that needs them)
            if not found:
                found.extend(m.start() for m in _SECTION_HEAD_RE.finditer(text))
                found.append(len(text) + 1)  # (a sentinel: never between two copies)
            return found

        pairs = repeated_paragraphs(doc, int(self.opts["min-words"]))
        repeats: dict[int, list[Span]] = {}  # first occurrence -> its repeats, in order
        for rep, first in pairs:
            repeats.setdefault(first.start, []).append(rep)
        for rep, first in pairs:
            if _vocalised_verse(rep.text) or _refrain(rep.text):
                continue  # a refrain (vocalised verse or scripture, a chant) recurs on purpose
            if fast_key(rep.text) in closing_refrains(doc):
                continue  # a column's refrain, closing its paragraphs
            if (
                _in_stanza(text, doc.paragraphs, rep) and _in_stanza(text, doc.paragraphs, first)
            ) or _parallel_item(text, rep, first, headings()):
                continue  # a song's refrain; an item shared by parallel sections of a list
            if _quoted_refrain(text, doc.paragraphs, rep, first):
                continue  # "... ويكرر شطرها الثاني مرتين:" and the line twice
            if _alternating_refrain(_filled_lines(doc), rep):
                continue  # a song's refrain after each verse, a paragraph each
            if _closes_notices(text, doc.paragraphs, rep, first):
                continue  # "إنا لله وإنا إليه راجعون." closing each notice of a page
            if _after_each_item(_filled_lines(doc), rep):
                continue  # a formula after each item of a list: "تسلم لصاحبها من مكتب ..."
            if _closes_parallel_blocks(doc.paragraphs, rep, first, repeats[first.start]):
                continue  # a formula closing each notice of a page, no blank line between
            if len(repeats[first.start]) == 1 and _bookends(doc.paragraphs, rep, first):
                continue  # a motto opening and closing a statement (said twice, no more)
            if _field(rep.text):
                continue  # a field of a record, the same in two records: "القدرة: 18000 وحدة"
            if _title_quoted(doc.paragraphs, rep, first):
                continue  # the title quoted: a column opens on the proverb it is named after
            if _entry_among_others(doc.paragraphs, rep, first):
                continue  # a term glossed again for another example, in a parsing drill
            if spelling_quotations(doc) and _letters(rep.text) != _letters(first.text):
                continue  # a text about spelling cites a line as written and respelled
            line = doc.doc.line_col(first.start)[0]
            s, e = strip_span(rep)
            yield self.finding(
                s,
                e,
                f"paragraph repeats line {line}: {quote(rep.text)}",
                [delete_line(text, s, e)],
            )


def _field(text: str) -> bool:
    """Is the line ``text`` a field of a record ("label: value", a label of up to four
    words, ten words at most, a value of up to 50 characters with a figure and no full
    stop after it: a spec sheet's row, "القدرة: 18000 وحدة حرارية (BTU)"), which two
    records of a list may share? A sentence after a label ("الحضور: ممثلو الوزارات.")
    is prose, pasted twice when it recurs."""
    t = text.rstrip()
    m = _LABEL_RE.match(t)
    if m is None or len(t.split()) > 10 or t.endswith("."):
        return False
    value = t[m.end() :]
    return value[:1] == " " and len(value) <= 51 and any(c.isdigit() for c in value)


_NON_LETTER_RE = re.compile(f"[^{LETTERS}]+")


def _letters(text: str) -> str:
    """The Arabic letters of a text, no marks, spaces or punctuation."""
    return _NON_LETTER_RE.sub("", text)


def _closes_notices(text: str, paras: list[Span], rep: Span, first: Span) -> bool:
    """A short line closing two blocks of three lines or more (the blocks parted by
    blank lines), each with its own lines above it: the formula that closes each notice
    of a page of notices ("إنا لله وإنا إليه راجعون." under each death notice), not a
    line pasted twice."""
    if rep.text.count(" ") + 1 > _REFRAIN_WORDS:
        return False
    starts = [p.start for p in paras]
    above = []
    for copy in (first, rep):
        i = bisect.bisect_left(starts, copy.start)
        if i < 2 or paras[i] is not copy:
            return False
        if i + 1 < len(paras) and same_block(text, copy, paras[i + 1]):
            return False  # (the block goes on below the copy)
        if not all(same_block(text, paras[j], paras[j + 1]) for j in (i - 2, i - 1)):
            return False  # (a block of three lines at least, the copy its last)
        above.append(fast_key(paras[i - 1].text))
    return above[0] != above[1]


# An entry of a glossary or a parsing drill: a quoted term, a colon and its gloss
# ("«الطالبُ»: فاعل مرفوع ...", "\"الكاف\": ضمير متصل ...").
_ENTRY_RE = re.compile(r"\s*[«“\"]([^»”\"\n]{1,40})[»”\"]\s*:")


def _entry_among_others(paras: list[Span], rep: Span, first: Span) -> bool:
    """Are both copies entries ("«term»: gloss") of runs of entries whose neighbours
    differ: a term glossed again for another example (a parsing lesson parses "الطالبُ"
    in two sentences), not a block of entries pasted twice?"""
    if not (_ENTRY_RE.match(rep.text) and _ENTRY_RE.match(first.text)):
        return False
    starts = [p.start for p in paras]

    def neighbours(copy: Span) -> set[str] | None:
        i = bisect.bisect_left(starts, copy.start)
        if i >= len(paras) or paras[i] is not copy:
            return None
        near = [paras[j] for j in (i - 1, i + 1) if 0 <= j < len(paras)]
        return {fast_key(p.text) for p in near if _ENTRY_RE.match(p.text)}

    around_rep, around_first = neighbours(rep), neighbours(first)
    return bool(around_rep) and bool(around_first) and not around_rep & around_first


# A line that is a quotation and nothing else: «...», “...” or "...", a full stop
# inside or after the closing mark.
_WHOLE_QUOTE_RE = re.compile(r'\s*(?:«[^«»]+»|“[^“”]+”|"[^"]+")\.?\s*')


def _title_quoted(paras: list[Span], rep: Span, first: Span) -> bool:
    """Is the first copy the title (the first line, no quote marks, no full stop) and
    the repeat that title quoted on a line of its own (a column on a proverb opens by
    quoting the proverb it is named after: “تسمع بالمعيدي خير من أن تراه.”)? A
    scraper pasting the title into the lead adds no quote marks."""
    if next((p for p in paras if p.text.strip()), None) is not first:
        return False
    if first.text.rstrip().endswith("."):
        return False
    return first.text.lstrip()[:1] not in '«“"' and _WHOLE_QUOTE_RE.fullmatch(rep.text) is not None


def _opening(text: str) -> str:
    """The first two words of a line, letters only: "إعلان رقم (655)" -> "اعلان رقم";
    the label of a field, up to its colon: "العمر: 7 سنوات." -> "العمر"."""
    m = _LABEL_RE.match(text)
    if m:
        return fast_key(_NON_LETTER_RE.sub(" ", m.group(1)))
    return " ".join(fast_key(_NON_LETTER_RE.sub(" ", text)).split()[:2])


# A field's label: up to four words before a colon ("آخر مرة شوهد: ...").
_LABEL_RE = re.compile(r"\s*([^\s:.،]+(?: [^\s:.،]+){0,3}):")


def _after_each_item(filled: tuple[list[Span], list[str]], rep: Span) -> bool:
    """A line written three times or more, each copy after one to three lines of its own:
    the formula that follows each item of a list ("سترة زرقاء ..." / "تسلم لصاحبها من
    مكتب الإشراف." / "قارورة ماء ..." / "تسلم لصاحبها ..."), not a line pasted twice."""
    keys = filled[1]
    copies = _copies(keys, rep)
    if len(copies) < 3:
        return False
    between = [keys[a + 1 : b] for a, b in zip(copies, copies[1:], strict=False)]
    if not all(1 <= len(run) <= 3 for run in between):
        return False
    items = [k for run in between for k in run]
    return len(set(items)) == len(items)


def _closes_parallel_blocks(paras: list[Span], rep: Span, first: Span, repeats: list[Span]) -> bool:
    """Does the line close blocks of the same form, one after the other: a third of the
    lines since the copy before it, two or more, open the way lines above the first copy
    do, not on و / ف ("إعلان رقم (655) ..." / "تعلن وزارة ..." / formula, under "إعلان
    رقم (654) ..." / "تعلن وزارة ..." / formula)? A page of notices, each closed by its
    formula, with no blank line between the notices; a pasted lead is no block's end."""
    starts = [p.start for p in paras]
    prev = max((c for c in (first, *repeats) if c.start < rep.start), key=lambda c: c.start)
    k_prev, k_rep, k_first = (bisect.bisect_left(starts, c.start) for c in (prev, rep, first))
    block = {_opening(p.text) for p in paras[k_prev + 1 : k_rep] if p.text.strip()}
    if not 2 <= len(block) <= 12:
        return False
    above = paras[max(0, k_first - _BLOCK_REACH) : k_first]
    shared = {
        o for o in block & {_opening(p.text) for p in above if p.text.strip()} if o[:1] not in "وف"
    }  # (not "وقال ...", "وأضاف ...": a story's, going on)
    return len(shared) >= 2 and 3 * len(shared) >= len(block)


# How far above the first copy the lines of its own block are looked for.
_BLOCK_REACH = 30


# A motto that opens and closes a statement is short.
_MOTTO_WORDS = 12


def _bookends(paras: list[Span], rep: Span, first: Span) -> bool:
    """A short sentence on a line of its own (a motto, a slogan: "الأرض لمن يزرعها،
    والماء لمن يرويها.") among the first four lines of the text, said again five lines
    or more below: a statement opening and closing with its motto on purpose, not a
    lead pasted twice."""
    if rep.text.count(" ") + 1 > _MOTTO_WORDS or not rep.text.rstrip().endswith((".", "!")):
        return False
    filled = [p for p in paras if p.text.strip()]
    at = {id(p): k for k, p in enumerate(filled)}
    k1, k2 = at.get(id(first)), at.get(id(rep))
    return k1 is not None and k2 is not None and k1 < 4 and k2 - k1 > 5


_NON_SPACE_RE = re.compile(r"\S")
# A sentence said twice for emphasis is short.
_ECHO_WORDS = 10


# Reported speech ("وأكد أن ...", "وقال إن ..."): a narrator does not repeat himself for
# emphasis, a scraper does.
_REPORTED_RE = re.compile(r"^\W*[وف]?\S{2,8}\s+(?:ب?[أإ]ن|أنه|أنها|إنه|إنها)\s")


def _echo(text: str, first: Span, sent: Span, para: Span | None) -> bool:
    """The repeat follows its first occurrence right away in the same paragraph and is
    short: emphasis in a speech ("لن نتنازل. لن نتنازل."), not a pasted copy (nor a
    sentence of reported speech, "وأكد أن ...", said twice)."""
    if para is None or first.start < para.start or sent.text.count(" ") + 1 > _ECHO_WORDS:
        return False
    if _REPORTED_RE.match(sent.text):
        return False
    # (searched, not sliced: a sentence repeated many times must not copy the text
    # between each repeat and the first)
    return _NON_SPACE_RE.search(text, first.end, sent.start) is None


# The number or letter of a list item before its text ("2. ", "3- ", "ب) ").
_ITEM_MARK_RE = re.compile(r"\s*(?:[0-9٠-٩]{1,2}|[أبجده])\s?[.)\-–]\s*")


def _list_item(text: str, para: Span | None, sent: Span) -> bool:
    """Does ``sent`` open a paragraph after the number or letter of a list item only?"""
    return para is not None and _ITEM_MARK_RE.fullmatch(text, para.start, sent.start) is not None


def _callback(paras: list[Span], first: Span, k: int) -> bool:
    """The first occurrence is the headline (a whole line among the first three, no full
    stop closing it: a title or its question) and the repeat lies three paragraphs or
    more below it: a writer coming back to the title ("هل ستكتب الآلة بالعربية أفضل
    منا؟ ربما. ..."), not a scraper pasting the title into the lead."""
    fk = bisect.bisect_right([p.start for p in paras[:3]], first.start) - 1
    if fk < 0 or k - fk < 3 or strip_span(paras[fk]) != (first.start, first.end):
        return False
    return not first.text.rstrip().endswith(".")


class DuplicateSentence(Rule):
    """A sentence that repeats an earlier sentence of the same document.

    **What it does**
    Flags a sentence of at least ``min-words`` words equal to an earlier sentence of the
    document (diacritics, hamza / alef forms, punctuation and spacing ignored): the lead
    repeated as the first sentence of the body, a quotation pasted twice. Whole repeated
    paragraphs are left to DUP001, and so is a sentence repeating the headline (a whole
    line among the first three, not closed by a full stop) three paragraphs or more
    below it (a columnist coming back to the title's question), and so are refrains (see
    DUP001) and a short sentence (ten words at most) said twice in a row for emphasis ("لن نتنازل عن حقوق العمال
    مهما طال الزمن. لن نتنازل عن حقوق العمال مهما طال الزمن."), and an item of a
    numbered or lettered list that restates a sentence of the prose above it (a quiz or
    a summary: "صح أم خطأ؟" / "2. الحوت الأزرق أكبر حيوان عاش على الأرض.").

    **Why is this bad?**
    A repeated sentence is scraping debris (lead and body joined, an embed and its
    quotation) and reads as an editing error.

    **Example**
    أعلنت الوزارة عن خطة جديدة لدعم المزارعين. وقال الوزير إن الخطة تبدأ قريباً. أعلنت الوزارة عن خطة جديدة لدعم المزارعين.

    **Use instead**
    أعلنت الوزارة عن خطة جديدة لدعم المزارعين. وقال الوزير إن الخطة تبدأ قريباً.

    **Fix safety**
    Unsafe: the later copy of the sentence is deleted.

    **Options**
    ``min-words`` (default 6): shorter sentences are not compared ("وأضاف أنه لا
    يعرف." may legitimately recur).
    """

    code = "DUP002"
    name = "duplicate-sentence"
    family = "duplicates"
    fix = "unsafe"
    options = {"min-words": Option(6, "shortest sentence, in words, that is compared")}

    def check(self, doc):
        text = doc.text
        min_words = int(self.opts["min-words"])
        # Paragraphs repeated as a whole are DUP001's (with its default threshold).
        skip = {(r.start, r.end) for r, _ in repeated_paragraphs(doc, 5)}
        repeats = find_repeats(doc.sentences, min_words)
        if not repeats:
            return
        paras = doc.paragraphs
        starts = [p.start for p in paras]
        for sent, first in repeats:
            k = bisect.bisect_right(starts, sent.start) - 1
            para = paras[k] if k >= 0 else None
            if para is not None and (para.start, para.end) in skip:
                continue
            if _vocalised(sent.text) or _refrain(sent.text):
                continue  # fully vocalised text (scripture, poetry) or a chant recurs
            if fast_key(sent.text) in closing_refrains(doc):
                continue  # a column's refrain, closing its paragraphs
            if _echo(text, first, sent, para):
                continue  # said twice for emphasis: "لن نتنازل عن حقوقنا. لن نتنازل عن حقوقنا."
            if _callback(paras, first, k):
                continue  # the headline's question answered at the end of a column
            if _list_item(text, para, sent):
                fk = bisect.bisect_right(starts, first.start) - 1
                if not _list_item(text, paras[fk] if fk >= 0 else None, first):
                    continue  # a quiz or a summary restating the text: "2. الحوت الأزرق ..."
            line = doc.doc.line_col(first.start)[0]
            whole = para is not None and strip_span(para) == (sent.start, sent.end)
            edit = (
                delete_line(text, sent.start, sent.end)
                if whole
                else delete_span(text, sent.start, sent.end)
            )
            yield self.finding(
                sent.start,
                sent.end,
                f"sentence repeats one on line {line}: {quote(sent.text)}",
                [edit],
            )


# Words that are never written twice in a row on purpose: prepositions, relative
# pronouns, particles, demonstratives ("في في", "التي التي"). Not "من" ("من من؟", from
# whom?), "هو" / "هي" ("الموقف هو هو": the same), nor "لا" / "نعم" (said twice).
_FUNCTION_DOUBLES = frozenset(
    hamza_key(w)
    for w in """في على إلى الى عن مع التي الذي الذين اللذين اللتين اللاتي اللواتي أن إن
    قد لم لن هذا هذه ذلك تلك هؤلاء عند بين حول خلال منذ ضد عبر قبل أمام لدى نحو كان كانت
    ثم أو بل لكن حيث إذا لو كي لكي بأن بشأن ضمن وفي ومن وعلى وإلى والتي والذي""".split()
)
# Numbers said twice to distribute ("اثنين اثنين", "ثلاثة ثلاثة": two by two).
_DISTRIBUTIVE = {
    hamza_key(w)
    for w in "اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع "
    "ثمانية ثماني تسعة تسع عشرة عشر".split()
}
# Function words that make an idiom said twice, closing a phrase: "بين بين" (in between,
# neither one nor the other: "همزة بين بين").
_IDIOM_DOUBLES = frozenset({hamza_key("بين")})
# What closes a phrase after a doubled word: a mark, a closing quote or the line's end.
_PHRASE_END_RE = re.compile(r"[ \t]*(?:[،,.؛;:!؟?»”\")]|\n|$)")


def _phrase_closes(text: str, end: int) -> bool:
    """Does a phrase close at ``end`` (a mark of punctuation, a closing quote mark or
    the end of the line)? A word doubled by mistake runs on into its sentence."""
    return _PHRASE_END_RE.match(text, end) is not None


# Definite words that are also first names, written twice for a man named after his
# father ("السيد السيد البدوي"), and "الله الله" (an exhortation).
_NAME_DOUBLES = frozenset(hamza_key(w) for w in "الله السيد الحسن الحسين الخضر".split())
# Abbreviations spelled out letter by letter: "سي إن إن" (CNN), "بي بي سي" (BBC).
_SPELLED = frozenset(hamza_key(w) for w in "سي بي اي إي".split())


def _relational(k: str) -> bool:
    """A relational adjective with the article, by its ending (الليبي، الفلسطينية)."""
    return k.startswith("ال") and k.endswith(("ي", "ية")) and len(k) >= 5


# Nouns of dealings between parties, which a doubled relational adjective restricts to
# one people ("الحوار اللبناني اللبناني", "المصالحة الفلسطينية الفلسطينية").
_BETWEEN = {
    hamza_key("ال" + w)
    for w in """حل حوار اقتتال مصالحة انقسام خلاف خلافات صراع تقارب لقاء تنسيق تعاون
    توافق اتفاق تفاهم نزاع حرب""".split()
}


# Relative pronouns whose clause may end in the verb the predicate repeats ("الذي
# عرفناه عرفناه من ..."); not ما / من, which are also a particle and a preposition.
_RELATIVES = frozenset(hamza_key(w) for w in "الذي التي الذين اللذين اللتين".split())


def _intra(tokens, i: int, k: str) -> bool:
    """Is the word doubled at ``tokens[i - 1 : i + 1]`` (key ``k``) written twice on
    purpose: a relational adjective doubled after a noun of dealings between parties,
    "among the X themselves" ("الحل الليبي الليبي", "المصالحة الفلسطينية الفلسطينية";
    not "الجيش الإسرائيلي الإسرائيلي"), or a noun on و whose second copy an adjective
    makes another item ("التربية والتعليم والتعليم الفني"), or the second word of a
    construct that is a verb's subject, said again as its object ("كلف رئيس الوزراء
    الوزراء المعنيين")?"""
    if _relational(k) and i >= 2 and hamza_key(tokens[i - 2].bare) in _BETWEEN:
        return True
    if k.startswith("ال") and i >= 3 and _construct_subject(tokens[i - 3].bare, tokens[i - 2].bare):
        return True  # a verb, its subject a construct, its object: "كلف رئيس الوزراء الوزراء"
    return (
        k.startswith("وال") and i + 1 < len(tokens) and _relational(hamza_key(tokens[i + 1].bare))
    )


def _construct_subject(verb: str, head: str) -> bool:
    """Are ``verb`` and ``head`` a verb and the indefinite noun heading its subject, a
    construct whose definite second word the object repeats ("كلف رئيس الوزراء
    الوزراء المعنيين")?"""
    if head.startswith("ال") or shapes.is_function(hamza_key(head)):
        return False
    if zipf("ال" + head) < 3.0 or not shapes.past_or_present_verb(verb):
        return False
    return zipf("ال" + verb) < 2.0  # (a verb never takes the article)


# The case endings (the short vowels, tanween and sukun on a word's last letter): a
# writer who marks them doubles the word on purpose.
_CASE_ENDINGS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")


class RepeatedWord(LeavesCitedExamples, Rule):
    """A word written twice in a row: "في في", "التي التي", "الحكومة الحكومة".

    **What it does**
    Flags a word followed by itself, one space between them, when the word is a
    preposition, a particle, a relative pronoun or a demonstrative, or a word of five
    letters or more with the article ("الحكومة الحكومة"), a word of four letters or
    more behind a conjunction ("وعاجل وعاجل") or of five behind a preposition and the
    article ("بالحل بالحل"), or any word of six letters or more ("منطقتي منطقتي").
    Left alone: a word said three times or more (a chant, a page's repeated label; on
    و too: "نام ونام ونام", on and on),
    reduplication in the accusative ("رويدا رويدا") or of an indefinite dual ("يصلي
    ركعتين ركعتين": two at a time) or of an indefinite noun in -ة closing its phrase
    ("نفكر مباراة مباراة،": match by match), "بين بين" closing its phrase (in between),
    a word no Arabic word list knows, doubled inside a quotation (a foreign title in
    Arabic letters: “توينكل توينكل ليتل ستار”), "من من" (from whom), "هو هو" (the
    same), letters of a spelled-out abbreviation ("سي إن إن"), compound names ("عبدالله عبدالله"),
    a man named after his father ("السيد السيد"),
    a relational adjective doubled after a noun of dealings between parties ("الحل
    الليبي الليبي": among Libyans; not "الجيش الإسرائيلي الإسرائيلي"), a noun on و
    that its adjective makes another item ("التربية والتعليم والتعليم الفني"),
    a noun doubled at the start of a line or before a number (a label or a sidebar's
    time: "اليوم اليوم 06:42"), a word doubled with its case ending written (the
    warning and the urging: "النارَ النارَ", "الصبرَ الصبرَ"), and fully vocalised text.

    A word doubled at the opening of a quotation before a comma is a song's or a chant's
    call ("برجالاتك برجالاتك، حلقة دهب في وداناتك") and is left alone.

    A doubled word inside a quotation that a text about machine output or punctuation cites
    as an example of the error it explains (“الأرنب الأرنب يحب الجزر”، والكلمة مكررة خطأ) is
    left alone.

    **Why is this bad?**
    A doubled word is a copy-editing slip or a join of two text blocks; it reads as an
    error and adds a bigram that exists nowhere else to a corpus.

    **Example**
    وقالت الوزارة إن الاجتماع سيعقد في في العاصمة الأسبوع المقبل.

    **Use instead**
    وقالت الوزارة إن الاجتماع سيعقد في العاصمة الأسبوع المقبل.

    **Fix safety**
    Unsafe: the second copy of the word is deleted; a name written twice on purpose
    (a first name that is also the family name) would lose a word.
    """

    code = "DUP003"
    name = "repeated-word"
    family = "duplicates"
    fix = "unsafe"

    def _check(self, doc):
        text = doc.text
        tokens = doc.tokens
        for i in range(1, len(tokens)):
            a, b = tokens[i - 1], tokens[i]
            if a.bare != b.bare or text[a.end : b.start] != " ":
                continue
            if i >= 2 and tokens[i - 2].bare == a.bare and tokens[i - 2].end + 1 == a.start:
                continue  # three times or more: a chant ("ارحل ارحل ارحل")
            if i + 1 < len(tokens) and tokens[i + 1].bare == a.bare:
                continue
            if (
                i >= 2
                and a.bare[:1] in "وف"
                and tokens[i - 2].bare == a.bare[1:]
                and tokens[i - 2].end + 1 == a.start
            ):
                continue  # a verb said over on و, on and on: "نام ونام ونام", "دفع ودفع ودفع"
            if a.text[-1] in _CASE_ENDINGS:
                continue  # a case ending written: "الصبرَ الصبرَ", urging (الإغراء)
            k = hamza_key(a.bare)
            if not self._doubled_by_mistake(k, a.text):
                continue
            if k not in _FUNCTION_DOUBLES and (
                a.start == 0
                or text[a.start - 1] == "\n"
                or text[b.end : b.end + 2].strip()[:1].isdigit()
            ):
                continue  # a label or a sidebar's time opening a line ("اليوم اليوم 06:42")
            if k == "ان" and i >= 2 and hamza_key(tokens[i - 2].bare) in _SPELLED:
                continue  # "سي إن إن"
            if _intra(tokens, i, k):
                continue
            if i >= 2 and hamza_key(tokens[i - 2].bare) in _RELATIVES and not shapes.is_function(k):
                continue  # the relative clause's verb, then the predicate: "الذي عرفناه عرفناه"
            if _vocalised(a.text):
                continue
            if zipf(a.bare) == 0 and inside_quotation(
                text[text.rfind("\n", 0, a.start) + 1 : a.start]
            ):
                continue  # a foreign title written in Arabic letters: “توينكل توينكل ليتل ستار”
            if k in _IDIOM_DOUBLES and _phrase_closes(text, b.end):
                continue  # "بين بين" (in between), closing its phrase: "همزة بين بين»"
            if not k.startswith("ال") and k.endswith("ة") and _phrase_closes(text, b.end):
                continue  # a noun said twice to distribute: "نفكر مباراة مباراة،"
            if a.start and text[a.start - 1] in '«“"' and text[b.end : b.end + 1] in '»”"،!':
                # the repetition is all the quotation cites, «الأسدَ الأسدَ», or the call
                # that opens a quoted song or chant: "برجالاتك برجالاتك، حلقة دهب ..."
                continue
            yield self.finding(
                a.start,
                b.end,
                f"word written twice: {quote(a.text + ' ' + b.text)}",
                [Edit(a.end, b.end, "")],
                fix_message="delete the second copy",
            )

    @staticmethod
    def _doubled_by_mistake(k: str, word: str) -> bool:
        if k in _FUNCTION_DOUBLES:
            return True
        if word.endswith(("ا", "ً", "اً")) or k.startswith(("عبد", "ابو")):
            return False  # reduplication ("رويدا رويدا", "شيئا شيئا"), compound names
        if k in _NAME_DOUBLES:
            return False  # "الله الله في ...", a first name and a father's name "السيد السيد"
        if k in _DISTRIBUTIVE:
            return False  # numbers said twice: "دخلوا اثنين اثنين" (two by two)
        if not k.startswith("ال") and k.endswith(("تين", "تان")):
            return False  # an indefinite dual said twice: "يصلي ركعتين ركعتين" (two at a time)
        if k.startswith(("لل", "بال")) and len(k) >= 5:
            return True  # a preposition and the article: "للأسر للأسر"
        if len(k) >= 4 and k[0] in "وف" and zipf(k[1:]) >= 3.0 and zipf(k[1:]) > zipf(k):
            # A word after a conjunction ("ومهمة ومهمة"): reduplication ("خطوة خطوة",
            # "ببطء ببطء" for emphasis) never takes one.
            return True
        return (k.startswith("ال") and len(k) >= 5) or len(k) >= 6
