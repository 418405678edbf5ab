"""BLP009: a tag / keyword list at the end of an article ("الكلمات المفتاحية: ...", short
lines).
"""

from __future__ import annotations

import re

from tanqih.linter.registry import Option
from tanqih.rules.boilerplate.announcing import _ANNOUNCE_RE
from tanqih.rules.boilerplate.chrome import announced, chrome_line
from tanqih.rules.boilerplate.furniture_shapes import BULLETS
from tanqih.rules.phrases import (
    PHRASE_OPTIONS,
    PhraseRule,
    content_lines,
    delete_line,
    delete_span,
    has_sentence_punct,
    pkey,
    quote,
    same_block,
    strip_span,
)
from tanqih.rules.sentence_shapes import PREPOSITIONS, is_function, key

_TAG_LABEL_RE = re.compile(
    r'(?:^|(?<=[.!؟?"”»)]))[\s"”»“«]*([^\s:.!؟?"”»“«]+(?:\s[^\s:.!؟?"”»“«]+)?)\s*:?\s*'
)


_MARK_RE = re.compile("[\u064b-\u0652]")


def _verse_like(items: list[str]) -> bool:
    """Short lines of poetry (or of prose cut into lines), not tags: vocalised, a line
    opening with a vocative (يا, أيها), or most of
    them opening with the conjunction و / ف, or more than half of them opening with a
    closed-class word (a particle, preposition or pronoun: "في القدس", "من في القدس",
    "إلا أنت"). Tags are names and noun phrases; they do not open with one."""
    vocalised = sum(1 for t in items if len(_MARK_RE.findall(t)) >= 3)
    conj = sum(1 for t in items if t.strip()[:1] in ("و", "ف") and len(t.split()) > 1)
    closed = sum(1 for t in items if t.split() and is_function(t.split()[0]))
    if any(t.split()[:1] in (["يا"], ["أيها"], ["أيتها"]) for t in items):
        return True  # a vocative ("يا بيروت قومي"): a song or a poem calls; tags name
    return vocalised * 3 > len(items) or conj * 2 >= len(items) or closed * 2 > len(items)


def _announces(prev: str) -> bool:
    """Does the line before a run of short lines announce it as a list (a colon, or a
    sentence ending "التالية أسماؤهم.", "كما يلي.")? Then the run is the article's list."""
    return prev.endswith((":", "：")) or bool(_ANNOUNCE_RE.search(prev))


def _keyword_line(t: str, max_words: int) -> bool:
    s = t.strip()
    if not s or len(s) > 40 or s[0] in BULLETS:
        return False
    ws = s.split()
    if len(ws) > max_words:
        return False
    if has_sentence_punct(s) or ":" in s or any(ch.isdigit() for ch in s):
        return False
    return any(ch.isalpha() for ch in s)


_SENTENCE_END_RE = re.compile(r"[.!?؟…][\"”»')\]]*\s*$")


def _notice_lines(text: str, lines: list, i: int, j: int) -> bool:
    """Is the run ``lines[i:j]`` the middle of a notice (a greeting or a condolence set
    out a phrase a line: "يتقدم نادي الظفرة الرياضي / بخالص العزاء إلى لاعبه / سيف حمد
    المزروعي / في وفاة جده / ... الذي عرفه أبناء المنطقة رجلا كريما.")? Its block goes
    on below it to a sentence, and one of its lines opens with a preposition ("إلى
    الزميلة", "في وفاة جده") or the line above it, in the same block, is a sentence's
    start that the run carries on. A tag list is names, ending the article or its
    block."""
    if j >= len(lines) or not same_block(text, lines[j - 1], lines[j]):
        return False
    k = j
    while not (
        _SENTENCE_END_RE.search(lines[k].text) and len(lines[k].text.split()) >= _NOTICE_CLOSE
    ):
        if k + 1 >= len(lines) or not same_block(text, lines[k], lines[k + 1]):
            return False
        k += 1
    if any(key(lines[m].text.split()[0]) in PREPOSITIONS for m in range(i, j)):
        return True
    above = lines[i - 1] if i > 0 else None
    return (
        above is not None
        and same_block(text, above, lines[i])
        and len(above.text.split()) >= _NOTICE_OPENING
        and not _SENTENCE_END_RE.search(above.text)
        and not above.text.rstrip().endswith((":", "："))
    )


# A notice ends on a sentence of three words or more ("نجاحك فرحتنا كلنا."); the line
# opening it that the run carries on has five words or more ("تهنئ أسرة الشركة الأردنية
# للصناعات الغذائية").
_NOTICE_CLOSE = 3
_NOTICE_OPENING = 5


# The letter or number of an enumerated item: "a) will attend", "ب) ...", "3. ...",
# "أ- سيدني", the options of a question, which no tag list numbers.
_ITEM_MARK_RE = re.compile(r"\s*\(?(?:[a-hA-H]|[أبجدهوزح]|[0-9٠-٩]{1,2})[).\-–]\s")


class TagListTail(PhraseRule):
    """A tag / keyword list at the end of an article ("الكلمات المفتاحية: ...", short lines).

    **What it does**
    Flags (1) a tag label from ``tags.txt`` ("الكلمات المفتاحية", "الوسوم", "كلمات
    دلالية", "سمات", "Tags") that opens one of the last lines of the article or of the
    lines after its last sentence (other page furniture may sit around it), with a run
    of keywords after it and no sentence punctuation (page furniture that ends like a
    sentence, "التعليقات مغلقة." or a headline under "الأكثر قراءة", is not the article's
    last sentence); and (2) a run
    of at least ``min-lines`` consecutive short keyword lines (one to four words, no
    punctuation, no digits, no bullets) reaching into the second half of the article (a
    run that starts before the middle counts whole), or of one or more after a tag label
    on its own line ("الكلمات الدالة:"), not introduced by another line ending in ":" or
    by a sentence announcing a list ("... التالية أسماؤهم.", "كما يلي.": a list of the
    article), nor part of such a list further down (a longer first item or a caption,
    "الأكثر قراءة", between the announcing line and the run) and not reading as verse: tags are names and noun phrases, so a run whose
    lines are vocalised, call someone (a line opening with يا or أيها), mostly open
    with the conjunction و / ف, or more than half open
    with a closed-class word (a particle, preposition or pronoun: "في القدس", "من في
    القدس", "إلا أنت") is left alone. So is the middle of a notice set out a phrase a
    line ("يتقدم نادي الظفرة الرياضي / بخالص العزاء إلى لاعبه / سيف حمد المزروعي / في
    وفاة جده / الذي عرفه أبناء المنطقة رجلا كريما."): a run whose block goes on to a
    sentence, with a line opening with a preposition or under the start of a sentence
    that it carries on. Nor is a run of items each marked by a letter or a number ("a)
    will attend" / "b) would attend", the options of a question).

    **Why is this bad?**
    Tag lists are navigation, not text: "السعودية / الإمارات / فلسطين المحتلة" as lines
    make a corpus full of one-word "paragraphs".

    **Example**
    وانتهى الاجتماع دون اتفاق على موعد جديد.
    السعودية
    الإمارات
    قطر

    **Use instead**
    وانتهى الاجتماع دون اتفاق على موعد جديد.

    **Fix safety**
    Unsafe: the tag lines are deleted.

    **Options**
    ``min-lines`` (default 3): shortest run of keyword lines (after a tag label on its
    own line one will do); ``extend-phrases`` / ``phrases-file``: tag labels.
    """

    code = "BLP009"
    name = "tag-list-tail"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "tags.txt"
    options = {
        **PHRASE_OPTIONS,
        "min-lines": Option(3, "shortest run of short keyword lines flagged as a tag list"),
    }

    def _is_label(self, t: str) -> bool:
        s = t.strip()
        return s.endswith((":", "：")) and pkey(s) in self.phrases

    def _label_tail(self, t: str) -> int | None:
        """Offset in ``t`` where a tag label opens the keyword tail, or None."""
        # a tag tail is short: look in the last 300 characters only
        for m in _TAG_LABEL_RE.finditer(t, max(0, len(t) - 300)):
            label = m.group(1)
            first = pkey(label)
            cand = [first]
            if " " in first:
                cand.append(first.split()[0])
            hit = next((c for c in cand if c in self.phrases), None)
            if hit is None:
                continue
            # Where the keyword run starts: after the (one- or two-word) label.
            lab_end = m.start(1) + (len(label) if hit == first else len(label.split()[0]))
            after = t[lab_end:].lstrip(" \u00a0")
            explicit = after.startswith((":", "："))  # "الوسوم: ..." / "Tags: ..."
            rest = after.lstrip(" :：\u00a0")
            ws = rest.split()
            if not ws or len(ws) > 20:
                continue
            if explicit:
                # keywords may be separated by commas and hold numbers ("رؤية 2030")
                if any(c in ".!?؟;؛" for c in rest):
                    continue
            elif has_sentence_punct(rest) or any(ch.isdigit() for ch in rest):
                continue
            elif is_function(ws[0]):
                continue  # a phrase, not a label and its keywords: "مواضيع ذات صلة"
            st = m.start(1)
            return st
        return None

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        if not n:
            return
        done: set[int] = set()
        # (1) a labelled tail in the last three lines, or anywhere among the lines after
        # the last sentence (other furniture may follow it: "أضف تعليق", "مشاركة").
        # Page furniture that ends like a sentence ("التعليقات مغلقة.", a headline under
        # "الأكثر قراءة" ending in "؟") is not the article's last sentence.
        first = max(0, n - 3)
        k = n - 1
        while k >= max(0, n - 15) and (
            not _SENTENCE_END_RE.search(lines[k].text) or chrome_line(lines, k)
        ):
            k -= 1
        first = min(first, k + 1)
        for i in range(first, n):
            p = lines[i]
            off = self._label_tail(p.text)
            if off is None:
                continue
            done.add(i)
            s, e = p.start + off, strip_span(p)[1]
            if not p.text[:off].strip():
                yield self.finding(s, e, f"a tag list: {quote(p.text)}", [delete_line(text, s, e)])
            else:
                yield self.finding(
                    s,
                    e,
                    f"a tag list closing the article: {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )
        # (2) runs of short keyword lines in the second half.
        ann = announced(doc)
        min_lines = max(2, int(self.opts["min-lines"]))
        i = n // 2
        while i < n:
            if i in done or not _keyword_line(lines[i].text, 4):
                i += 1
                continue
            # (a run that starts before the middle is one run: "أحمد ... / فاطمة ...")
            while i > 0 and i - 1 not in done and _keyword_line(lines[i - 1].text, 4):
                i -= 1
            j = i
            while j < n and j not in done and _keyword_line(lines[j].text, 4):
                j += 1
            labelled = i > 0 and i - 1 not in done and self._is_label(lines[i - 1].text)
            if labelled:
                i -= 1  # "الوسوم:" on its own line opens the run (one tag after it will do)
            need = 2 if labelled else min_lines
            if not labelled and all(k in ann for k in range(i, j)):
                i = j  # a list the article announces ("على النحو التالي." / titles)
                continue
            if (
                j - i >= need
                and not _verse_like([lines[k].text for k in range(i, j)])
                and (labelled or not _notice_lines(text, lines, i, j))
                and not all(_ITEM_MARK_RE.match(lines[k].text) for k in range(i, j))
            ):
                prev = lines[i - 1].text.rstrip() if i > 0 else ""
                if self._is_label(lines[i].text) or not _announces(prev):
                    s = strip_span(lines[i])[0]
                    e = strip_span(lines[j - 1])[1]
                    edit = delete_line(text, s, e)
                    items = " / ".join(" ".join(lines[k].text.split()) for k in range(i, j))
                    yield self.finding(
                        s,
                        e,
                        f"a tag list or menu of {j - i} short lines: {quote(items)}",
                        [edit],
                    )
            i = j
