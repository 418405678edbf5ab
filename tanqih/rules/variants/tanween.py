"""The tanween rules: VAR003 tanween-variant, one word written with and without tanween in
one document (وفقا / وفقًا), and VAR004 tanween-placement, tanween fatha written before
the alef (وفقًا) and after it (قائلاً) in one document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from tanqih.linter.analysis import Analysis, Token
from tanqih.linter.arabic import TANWEEN, TASHKEEL, has_tanween
from tanqih.linter.findings import Edit
from tanqih.linter.registry import Rule
from tanqih.rules.citations import kept_spellings, outside, talks_about
from tanqih.rules.phrases import dialect_quotation
from tanqih.rules.sentence_shapes import is_function
from tanqih.rules.variants.index import cited_words, quote
from tanqih.rules.variants.relation import MARK_CHARS, tanween_distinct
from tanqih.rules.word_frequencies import large_zipf, zipf

FATHATAN = "\u064b"
SHADDA = "\u0651"
_OTHER_HARAKAT = set(TASHKEEL) - {FATHATAN, SHADDA} - set(TANWEEN)


@dataclass(frozen=True, slots=True)
class TanweenWord:
    token: Token
    placement: str | None  # "before" (ًا), "after" (اً) or None (no fathatan on the alef)
    has_tanween: bool
    vocalised: bool  # carries other harakat: a vocalised quotation, left alone


def _tanween_shape(text: str) -> tuple[str | None, bool, bool]:
    """(placement, has tanween, vocalised) of a word as written."""
    has = has_tanween(text)
    placement = None
    if text.endswith("ا" + FATHATAN):
        placement = "after"
    else:
        i = len(text) - 1
        if i > 0 and text[i] == "ا":
            j = i - 1
            while j > 0 and text[j] in MARK_CHARS:
                if text[j] == FATHATAN:
                    placement = "before"
                    break
                j -= 1
    vocalised = any(c in _OTHER_HARAKAT for c in text)
    return placement, has, vocalised


# word as written -> its tanween shape: a pure function shared by every document.
_SHAPES: dict[str, tuple[str | None, bool, bool]] = {}


# A text that talks about tanween ("موضع التنوين", "تنوين الفتح") cites its forms.
_TANWEEN_TALK_RE = re.compile("تنوين")


def _tanween_words(doc: Analysis) -> list[TanweenWord]:
    """The words whose bare form ends in alef (the only ones with a tanween placement),
    less the words a text about tanween cites as words («شكراً» و«شكرًا»): examples of
    both forms, not the text's own spelling."""
    out = []
    shapes = _SHAPES
    if len(shapes) > 50_000:  # bounded: words follow Zipf's law
        shapes.clear()
    cited = set()
    if talks_about(doc, _TANWEEN_TALK_RE):
        cited = {at for offsets in cited_words(doc).values() for at in offsets}
    kept = kept_spellings(doc)  # (quoted documents keep their own spelling)
    for tok in doc.spelling_tokens:
        if not tok.bare.endswith("ا") or tok.start in cited:
            continue
        if kept and not outside(kept, tok.start):
            continue
        text = tok.text
        shape = shapes.get(text)
        if shape is None:
            shape = shapes[text] = _tanween_shape(text)
        out.append(TanweenWord(tok, *shape))
    return out


# Words in ال that are no definite nouns ("لافتا الى أن ...", "التي").
_SCALES = frozenset("ألف الف مليون مليار".split())
_WORD_NEXT = re.compile(r" ([\u0621-\u064a]+)")
_DEFINITE_NEXT = re.compile(r" (?!(?:الى|الا|الي|التي|الذي|الذين|اللذان|اللتان)\b)ال\w")


def _dual_construct(text: str, tok: Token) -> bool:
    """Is a word in -ا a dual before its genitive ("لاعبا الهلال", the two players of
    al-Hilal; "مليارا دولار", two billion dollars), not an accusative without its
    tanween? No number comes before it ("45 شهيدا اليوم", "15 مليارا"), and a definite
    noun follows a word whose dual in -ان is known (not "أيضا الآليات", "قائلا"), or any
    word but a particle follows a scale (ألف، مليون، مليار): "بلغ مليارا في ..." is
    an accusative."""
    if text[max(0, tok.start - 16) : tok.start].rstrip()[-1:].isdigit():
        return False
    if tok.bare[len(tok.prefix) : -1] in _SCALES:
        nxt = _WORD_NEXT.match(text, tok.end)
        return nxt is not None and not is_function(nxt.group(1))
    if _DEFINITE_NEXT.match(text, tok.end) is None:
        return False
    # (with its clitic or without: a token's prefix may be the word's first letter)
    stems = (tok.bare[:-1], tok.bare[len(tok.prefix) : -1])
    return max(large_zipf(stem + "ان") for stem in stems) >= 1.8


def tanween_words(doc: Analysis) -> list[TanweenWord]:
    return doc.memo("tanween", _tanween_words)


def _nisba_adverb(stem: str) -> bool:
    """Is ``stem`` (ending in يا) an adverb made from a nisba, دوليا / دوليًا from دولي,
    rather than a name of its own such as روسيا (Russia, beside روسيًا, Russian)? The
    adverb is no more common than its nisba (by a Zipf margin of 0.5); a country's name
    is far more common than the adjective (روسيا 5.3, روسي 4.3)."""
    nisba = stem[:-1]
    return zipf(nisba) >= 3.5 and zipf(stem) <= zipf(nisba) + 0.5


class TanweenVariant(Rule):
    """One word written with and without tanween in one document (وفقا / وفقًا).

    **What it does**
    Finds words ending in alef that a document writes both with tanween fatha (وفقًا,
    أيضاً) and without it (وفقا, أيضا), and reports the minority form, naming the
    majority. On a tie the form with tanween wins when the document writes tanween on
    other words, else the first occurrence wins. Fully vocalised words (a quoted verse),
    words whose tanween makes another word (إذا / إذًا, كلا / كلًّا) and names in -يا
    beside their adjective (روسيا / روسيًا; an adverb made from a nisba, دوليا /
    دوليًا, is no more common than the nisba and is checked) are left alone, and so is
    a dual before its genitive (لاعبا الهلال, the two players of al-Hilal, beside
    لاعبًا; مليارا دولار, two billion dollars, beside 15 مليارًا). A word inside a quotation in dialect keeps the speaker's spelling and is
    not counted («ده كان حلم فعلا»), as in the other spelling rules.

    **Why is this bad?**
    Copy assembled from several sources writes the same adverb two ways in one article.
    The inconsistency is visible to readers and splits the word for exact-match search.

    **Example**
    لكن وفقا لمصالح إسرائيل ... وفقًا لوزارة الدفاع ... قائلًا ... إطارًا قانونيًا

    **Use instead**
    لكن وفقًا لمصالح إسرائيل ... وفقًا لوزارة الدفاع ... قائلًا ... إطارًا قانونيًا

    **Fix safety**
    Unsafe: adding or removing a diacritic changes what is written; review it.
    """

    code = "VAR003"
    name = "tanween-variant"
    family = "variants"
    fix = "unsafe"
    triggers = FATHATAN

    def check(self, doc: Analysis):
        words = tanween_words(doc)
        groups: dict[str, list[TanweenWord]] = defaultdict(list)
        for w in words:
            bare = w.token.bare
            if len(w.token.stem) < 2 or not bare.endswith("ا") or w.vocalised:
                continue
            if bare.endswith("يا") and not _nisba_adverb(bare[len(w.token.prefix) :]):
                continue  # روسيا (Russia) / روسيًا (Russian), تكنولوجيا / تكنولوجيًا
            if w.has_tanween:
                if w.placement is None or w.token.text.replace(FATHATAN, "") != bare:
                    continue  # other marks too: مهمًّا (important) is not مهما (whatever)
            elif w.token.text != bare:
                continue
            elif _dual_construct(doc.text, w.token):
                continue  # a dual before its genitive: "لاعبا الهلال" (its two players)
            groups[bare].append(w)
        skip = tanween_distinct()
        quoted = any(c in doc.text for c in '«“"')
        for bare, ws in groups.items():
            if bare in skip or bare[len(ws[0].token.prefix) :] in skip:
                continue
            with_t = [w for w in ws if w.has_tanween]
            without = [w for w in ws if not w.has_tanween]
            if not with_t or not without:
                continue
            if quoted:  # a quotation in dialect keeps the speaker's spelling
                with_t = [w for w in with_t if not dialect_quotation(doc.text, w.token.start)]
                without = [w for w in without if not dialect_quotation(doc.text, w.token.start)]
                if not with_t or not without:
                    continue
            if len(with_t) != len(without):
                majority_tanween = len(with_t) > len(without)
            else:
                elsewhere = any(w.placement is not None and w.token.bare != bare for w in words)
                majority_tanween = elsewhere or ws[0].has_tanween
            if majority_tanween:
                model = Counter(w.token.text for w in with_t).most_common(1)[0][0]
                for w in without:
                    t = w.token
                    yield self.finding(
                        t.start,
                        t.end,
                        f"{quote(t.text)} is written with tanween ({quote(model)}) "
                        f"{len(with_t)} time(s) in this document: use one form",
                        [Edit(t.start, t.end, model)],
                        fix_message=f"write {quote(model)}",
                    )
            else:
                for w in with_t:
                    t = w.token
                    edits = [
                        Edit(t.start + i, t.start + i + 1, "")
                        for i, c in enumerate(t.text)
                        if c == FATHATAN
                    ]
                    yield self.finding(
                        t.start,
                        t.end,
                        f"{quote(t.text)} is written without tanween ({quote(bare)}) "
                        f"{len(without)} time(s) in this document: use one form",
                        edits,
                        fix_message=f"write {quote(bare)}",
                    )


def _move_tanween(tok: Token, to: str) -> Edit:
    """Edit moving the final tanween fatha to ``to`` ("before" or "after") the alef."""
    text = tok.text
    alef = text.rfind("ا")
    j = alef
    while j > 0 and text[j - 1] in MARK_CHARS:
        j -= 1
    marks = text[j:alef].replace(FATHATAN, "")
    if to == "after":
        return Edit(tok.start + j, tok.end, marks + "ا" + FATHATAN)
    # Canonical order of the marks on one letter: fathatan (class 27) before shadda (33).
    marks = "".join(sorted(marks + FATHATAN, key=unicodedata.combining))
    return Edit(tok.start + j, tok.end, marks + "ا")


class TanweenPlacement(Rule):
    """Tanween fatha written before the alef (وفقًا) and after it (قائلاً) in one document.

    **What it does**
    Counts the words of a document whose final alef carries tanween fatha, by where the
    mark is written: on the letter before the alef (وفقًا, the form of the Unicode
    standard and of most style guides) or after the alef (وفقاً, common in typed copy).
    When both placements occur, every word with the minority placement is reported
    (the first occurrence breaks a tie).

    **Why is this bad?**
    Mixed placements show copy pasted from several sources. Both render alike, but
    exact-match search and deduplication treat وفقًا and وفقاً as different strings.

    **Example**
    وفقًا لوزارة الدفاع ... توفر إطارًا قانونيًا ... قائلاً:

    **Use instead**
    وفقًا لوزارة الدفاع ... توفر إطارًا قانونيًا ... قائلًا:

    **Fix safety**
    Safe: the fix only moves the tanween mark across the alef. The letters and the
    diacritics of the word stay the same, so the word written does not change; only the
    order of the mark and the (silent) alef does.
    """

    code = "VAR004"
    name = "tanween-placement"
    family = "variants"
    fix = "safe"
    triggers = FATHATAN

    def check(self, doc: Analysis):
        words = [w for w in tanween_words(doc) if w.placement is not None and not w.vocalised]
        counts = Counter(w.placement for w in words)
        if len(counts) < 2:
            return
        if counts["before"] != counts["after"]:
            majority = max(counts, key=counts.__getitem__)
        else:
            majority = words[0].placement
        minority = "after" if majority == "before" else "before"
        where = "before" if majority == "before" else "after"
        for w in words:
            if w.placement != minority:
                continue
            t = w.token
            edit = _move_tanween(t, majority)
            fixed = doc.text[t.start : edit.start] + edit.content
            yield self.finding(
                t.start,
                t.end,
                f"{quote(t.text)}: tanween is written {where} the alef in "
                f"{counts[majority]} other word(s) of this document ({quote(fixed)})",
                [edit],
                fix_message=f"write {quote(fixed)}",
            )
