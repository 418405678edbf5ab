"""Punctuation family (PUN): spacing around Arabic punctuation, Latin marks, doubled marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tanqih.linter.arabic import LETTERS, MARKS, TATWEEL
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Rule
from tanqih.rules.citations import LeavesCitedExamples
from tanqih.rules.encoding import LOST_WORD_RE  # (words of question marks: ENC010's)

FAMILIES["PUN"] = "punctuation"

_AR = f"[{LETTERS}]"
_ARABIC_BEFORE = re.compile(f"[{LETTERS}]")


class SpaceBeforePunctuation(LeavesCitedExamples, Rule):
    """Space before an Arabic punctuation mark (، ؛ ؟ . : !).

    **What it does**
    Flags horizontal space between an Arabic word (also one ending in a diacritic,
    "الوزيرُ ،", or a closing quote mark, curly, guillemet or straight, or bracket after
    Arabic text) and a following comma, semicolon, question mark, full stop, colon or
    exclamation mark, between a number, a percentage or a Latin word and a
    following Arabic comma, semicolon or question mark ("عام 2022 ،"), and between a
    number and a full stop when Arabic text follows or the line ends ("في الدقيقة 58 .
    وأضاف"; not a spaced decimal, "4 . 5").
    A mark inside a short quotation in a text about punctuation (الترقيم، الفاصلة ...)
    is an example the text cites, right or wrong («كلمة ، كلمة»), and is left alone.

    **Why is this bad?**
    Arabic typography, like Latin, attaches these marks to the preceding word. A space
    before them is left by scrapers that join inline elements, and lets a line break put
    the mark at the start of a line.

    **Example**
    على المستوى الأمني ، وهذا يسمح

    **Use instead**
    على المستوى الأمني، وهذا يسمح

    **Fix safety**
    Safe: only the space is removed.
    """

    code = "PUN001"
    name = "space-before-punctuation"
    family = "punctuation"
    fix = "safe"
    triggers = "،؛؟.:!"

    _re = re.compile(
        f'(?<=[{LETTERS}{MARKS}{TATWEEL}”»)"])([ \\t\\u00a0]+)([،؛؟:!]|\\.(?![./A-Za-z]))'
        # the Arabic marks ، ؛ ؟ are Arabic text's wherever they stand: also after a
        # number, a percentage or a Latin word ("عام 2022 ،", "بنسبة 5% ،", "Apple ،");
        # a dot before a Latin letter opens a name (".NET", ".com") and one before a
        # slash a path ("./backup.sh"), no full stop
        "|(?<=[0-9٠-٩%٪A-Za-z])([ \\t\\u00a0]+)([،؛؟])"
        # ... and a full stop after a number when Arabic text goes on ("في الدقيقة 58 .
        # وأضاف"; not a decimal, "3 . 5")
        f"|(?<=[0-9٠-٩%٪])([ \\t\\u00a0]+)(\\.)(?=[ \\t\\u00a0]*(?:[{LETTERS}]|\\n|$))"
    )

    def _check(self, doc):
        text = doc.text
        for m in self._re.finditer(text):
            g = 1 if m.group(1) is not None else 3 if m.group(3) is not None else 5
            s, e = m.span(g)
            mark = m.group(g + 1)
            if g >= 3 and _in_url(text, s - 1):
                continue  # an address before the mark keeps its space ("x@y.sa ،")
            if text[s - 1] == '"' and (s < 2 or text[s - 2].isspace()):
                continue  # a straight quote that opens: the space follows nothing
            if text[s - 1] in '”»)"' and not _ARABIC_BEFORE.search(text, max(0, s - 40), s):
                continue  # a closing quote or bracket of a Latin passage
            yield self.finding(
                s,
                m.end(g + 1),
                f"space before '{mark}': the mark belongs to the word before it",
                [Edit(s, e, "")],
            )


# -- shared helpers ------------------------------------------------------------------------

_WORDCH = f"{LETTERS}{MARKS}{TATWEEL}"
_HSPACE = " \t\u00a0\u2009\u202f"
# Non-space runs that look like a URL, an e-mail address or a handle: never touched.
_URLISH = re.compile(r"(?:https?:|www\.|@|/|\.(?:com|net|org|sa|lb|html?)\b)", re.IGNORECASE)
_SENT_MARKS = ".،,؛;!?؟"
_QUOTES = "“”\"«»'‘’‹›"
_ALL_MARKS = _SENT_MARKS + ":…" + _QUOTES


def _run_around(text: str, pos: int) -> tuple[int, int]:
    """The maximal non-whitespace run of ``text`` that holds offset ``pos``."""
    s = pos
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = pos
    n = len(text)
    while e < n and not text[e].isspace():
        e += 1
    return s, e


def _in_url(text: str, pos: int) -> bool:
    s, e = _run_around(text, pos)
    return _URLISH.search(text, s, e) is not None


def _letters(word: str) -> int:
    return sum(1 for ch in word if _IS_LETTER(ch))


_IS_LETTER = re.compile(f"[{LETTERS}]").fullmatch


class MissingSpaceAfterPunctuation(LeavesCitedExamples, Rule):
    """No space between a punctuation mark and the Arabic word after it ("قال،إن").

    **What it does**
    Flags an Arabic comma, semicolon, question mark or exclamation mark glued to the
    Arabic word that follows it, and a full stop or colon glued between two Arabic words
    ("المنطقة.وأكد", "الحمود:فايز"), or a full stop after a closing quote mark glued to
    the next sentence ("أيضاً».وختمت").
    A mark inside a short quotation in a text about punctuation (الترقيم، الفاصلة ...)
    is an example the text cites, right or wrong («كلمة ، كلمة»), and is left alone.

    **Why is this bad?**
    Scrapers that join inline elements (a sentence and the next one, a caption and a
    paragraph) drop the space. Tokenizers then see one word ("غزة،وفق"), search misses
    both words, and the text reads as a typo.

    Numbers ("3.5", "1،5"), URLs and e-mail addresses, and dotted abbreviations
    ("أ.ف.ب", "ص.ب", "إتش.إس.بي.سي") are not flagged: a full stop is reported only
    between two words of at least two letters, in a run without another full stop.
    A pause ("..") glued to the next word is left alone.

    **Example**
    ناقش معهم مستقبل قطاع غزة،وفق ما أفادت به الوكالة.وأكد المتحدث

    **Use instead**
    ناقش معهم مستقبل قطاع غزة، وفق ما أفادت به الوكالة. وأكد المتحدث

    **Fix safety**
    Safe: a space is inserted after the mark; no letter changes.
    """

    code = "PUN002"
    name = "missing-space-after-punctuation"
    family = "punctuation"
    fix = "safe"
    triggers = "،؛؟!.:"

    # A comma / semicolon / question / exclamation run glued to an Arabic letter.
    # (Starting only at the first mark of a run keeps the scan linear on long mark runs.)
    _glued = re.compile(f"(?<![،؛؟!])[،؛؟!]+(?=[{LETTERS}])")
    # A single full stop or colon between two Arabic words (the leading lookahead lets
    # the regex engine skip fast to the marks: 2x faster scan, same matches).
    _between = re.compile(f"(?=[.:])(?<=[{LETTERS}{MARKS}])(?<!\\.)([.:])(?=[{LETTERS}])")
    # A full stop after a closing quote mark, glued to the next sentence ("أيضاً».وختمت").
    _after_quote = re.compile(f'(?<=[{LETTERS}{MARKS}][»”"])\\.(?=[{LETTERS}])')

    def _check(self, doc):
        text = doc.text
        for m in self._glued.finditer(text):
            s, e = m.span()
            if _in_url(text, s):
                continue
            mark = m.group()
            yield self._report(text, s, e, mark)
        for m in self._between.finditer(text):
            s, e = m.span()
            mark = m.group()
            rs, re_ = _run_around(text, s)
            if _in_url(text, s):
                continue
            if mark == ".":
                before, after = text[rs:s], text[e:re_]
                if "." in before or "." in after:
                    continue  # dotted abbreviation or name: أ.ف.ب, اس.بي.دي.ار
                wb = re.findall(f"[{_WORDCH}]+", before)
                wa = re.findall(f"[{_WORDCH}]+", after)
                if not wb or not wa or _letters(wb[-1]) < 2 or _letters(wa[0]) < 2:
                    continue  # initials: ص.ب, م.ع
            yield self._report(text, s, e, mark)
        if "»." in text or "”." in text or '".' in text:
            for m in self._after_quote.finditer(text):
                s, e = m.span()
                if not _in_url(text, s):
                    yield self._report(text, s, e, ".")

    def _report(self, text, s, e, mark):
        ws = s
        while ws > 0 and text[ws - 1] not in " \t\n":
            ws -= 1
        we = e
        while we < len(text) and not text[we].isspace():
            we += 1
        shown = text[ws:we]
        if len(shown) > 40:
            shown = text[max(ws, s - 15) : min(we, e + 15)]
        return self.finding(
            s,
            e,
            f"no space after '{mark}' in '{shown}': the next word is glued to it",
            [Edit(e, e, " ")],
        )


class LatinPunctuation(LeavesCitedExamples, Rule):
    """A Latin comma, semicolon or question mark in Arabic text ("قال , إن" / "لماذا?").

    **What it does**
    Flags ``,`` ``;`` and ``?`` written after an Arabic word and followed by an Arabic
    word (or, for ``?``, ending the sentence), also across a closing quote mark
    ("الفقيرة?”، مشيرة"), and proposes the Arabic mark ، ؛ ؟.
    A mark inside a short quotation in a text about punctuation (الترقيم، الفاصلة ...)
    is an example the text cites, right or wrong («كلمة ، كلمة»), and is left alone.

    **Why is this bad?**
    Arabic has its own comma, semicolon and question mark, which face the other way and
    sit correctly in right-to-left text. Latin marks come from keyboards set to a Latin
    layout or from machine translation; they look wrong, and tools that split Arabic text
    at ، ؛ ؟ miss them.

    Latin passages, numbers ("1,5") and marks inside a word broken on purpose with
    tatweel ("العـ,دوان") are not flagged.

    **Example**
    أوضح مدير عام الجمرك إبراهيم العنزي, أن الكمية كانت مخبأة. لماذا?

    **Use instead**
    أوضح مدير عام الجمرك إبراهيم العنزي، أن الكمية كانت مخبأة. لماذا؟

    **Fix safety**
    Safe: only the mark is replaced; spacing is left to PUN001 / PUN002.
    """

    code = "PUN003"
    name = "latin-punctuation"
    family = "punctuation"
    fix = "safe"
    triggers = ",;?"

    _ARABIC_MARK = {",": "،", ";": "؛", "?": "؟"}
    _re = re.compile(
        f'(?<=[{_WORDCH}\\)”»"])([ \\t\\u00a0]*)([,;?])'
        f'(?=[ \\t\\u00a0]*[“«"(]?[{LETTERS}]|[ \\t\\u00a0]*[”»"]?[ \\t\\u00a0]*$'
        # (or a closing quote and then Arabic text or an Arabic mark: "الفقيرة?”، مشيرة")
        f'|[”»"][ \\t\\u00a0]*(?:[،؛.]|[{LETTERS}]))',
        re.MULTILINE,
    )

    def _check(self, doc):
        text = doc.text
        for m in self._re.finditer(text):
            s, e = m.span(2)
            mark = m.group(2)
            # The word before: the last non-space char before any closing quote must be Arabic.
            i = m.start(1) - 1
            while i >= 0 and text[i] in ')”»"':
                i -= 1
            if i < 0 or not re.match(f"[{_WORDCH}]", text[i]):
                continue
            after = text[e : e + 1]
            if text[i] == TATWEEL and m.group(1) == "" and _IS_LETTER(after or " "):
                continue  # a word broken on purpose: العـ,دوان
            # ? and ; at the end need an Arabic sentence; , at the paragraph end is not "between".
            if not re.match(f'[ \\t\\u00a0]*[“«"(]?[{LETTERS}]', text[e:]):
                if mark == ",":
                    continue
            if _in_url(text, s):
                continue
            arabic = self._ARABIC_MARK[mark]
            yield self.finding(
                s,
                e,
                f"Latin '{mark}' in Arabic text: use the Arabic '{arabic}'",
                [Edit(s, e, arabic)],
            )


# -- orphan punctuation runs (shared with the quote rules) -----------------------------------

_TERMINAL = ".!?؟"
_SINGLE_MARK_RE = re.compile(f"[{re.escape(_SENT_MARKS)}]+")
_QUOTE_ONLY_RE = re.compile(f"[{re.escape(_QUOTES)}]+")
_MARK_TOKEN_RE = re.compile(f"[{re.escape(_SENT_MARKS + _QUOTES)}]+")
_NONSPACE_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class OrphanRun:
    """A run of stray marks: ``start`` is the first space before it, ``end`` its last mark.

    ``marks_start`` is the first mark of the run; ``after`` is the mark (with any closing
    quotes stripped) that closed the clause before the run.
    """

    start: int
    end: int
    marks_start: int
    after: str


def _core(token: str) -> str:
    return token.strip(_QUOTES)


def _arabic_before_flags(toks) -> list[bool]:
    """For each token, whether the nearest word token before it is Arabic (not a Latin
    passage): one forward pass, so long runs of marks stay linear."""
    flags = []
    last = False
    for _, _, tok in toks:
        flags.append(last)
        if _ARABIC_CH(tok) is not None:
            last = True
        elif _LATIN_CH(tok) is not None:
            last = False
    return flags


_ARABIC_CH = re.compile(f"[{LETTERS}]").search
_LATIN_CH = re.compile(r"[A-Za-z\u00c0-\u024f]").search


# A whitespace-delimited token of marks and quotes only: a run can only start at one
# (possessive, so a long run of marks followed by a letter is scanned once).
_MARKS_ONLY_TOKEN_RE = re.compile(f"(?<!\\S)[{re.escape(_SENT_MARKS + _QUOTES)}]++(?!\\S)")


def _orphan_runs(doc) -> list[OrphanRun]:
    text = doc.text
    runs: list[OrphanRun] = []
    # Cheap pre-filter: paragraphs without a token of marks that is not only quotes
    # cannot hold a run; the token loop below runs on the others only.
    hits = [m.start() for m in _MARKS_ONLY_TOKEN_RE.finditer(text) if _core(m.group())]
    if not hits:
        return runs
    h = 0
    for para in doc.paragraphs:
        while h < len(hits) and hits[h] < para.start:
            h += 1
        if h == len(hits):
            break
        if hits[h] >= para.end:
            continue
        toks = [
            (m.start() + para.start, m.end() + para.start, m.group())
            for m in _NONSPACE_RE.finditer(para.text)
        ]
        arabic_before = _arabic_before_flags(toks)
        i = 1
        while i < len(toks):
            s, e, tok = toks[i]
            prev = _core(toks[i - 1][2])
            core = _core(tok)
            if (
                _MARK_TOKEN_RE.fullmatch(tok)
                and core
                and _SINGLE_MARK_RE.fullmatch(core)
                and ".." not in core
                and prev
                and prev[-1] in _SENT_MARKS
                and (len(prev) > 1 or i >= 2)
                and arabic_before[i]
            ):
                j = i + 1
                end = e
                while j < len(toks):
                    _, e2, t2 = toks[j]
                    if not _MARK_TOKEN_RE.fullmatch(t2) or ".." in t2:
                        break
                    if _QUOTE_ONLY_RE.fullmatch(t2):
                        # A lone quote opening the next sentence is not part of the run;
                        # one at the paragraph end (or before more stray marks) is.
                        if j + 1 < len(toks) and not _MARK_TOKEN_RE.fullmatch(toks[j + 1][2]):
                            break
                    end = e2
                    j += 1
                lost = sum(1 for k in range(i, j) if LOST_WORD_RE.fullmatch(toks[k][2]))
                if lost >= 2:
                    i = j  # words of question marks: text lost to an encoding (ENC010)
                    continue
                ws = s
                while ws > para.start and text[ws - 1] in _HSPACE:
                    ws -= 1
                runs.append(OrphanRun(ws, end, s, prev[-1]))
                i = j
                continue
            i += 1
    return runs


def orphan_runs(doc) -> list[OrphanRun]:
    """Orphan punctuation runs of a document (cached; the quote rules consult it too)."""
    return doc.memo("punctuation.orphan_runs", _orphan_runs)


class OrphanPunctuation(Rule):
    """Stray punctuation standing alone after a sentence ("”. . “", ". .", "، ،").

    **What it does**
    Flags marks separated by spaces from a clause that is already closed: a full stop,
    comma, semicolon, question or exclamation mark that stands alone after another mark,
    together with any lone quote marks that trail it at the end of the paragraph. The
    finding covers the whole run, stray quote marks included, so the quote rules do not
    report those quote marks again.

    **Why is this bad?**
    Such runs are debris: the remains of a deleted sentence or of a quotation the
    scraper or the translation tool cut away. Readers see dangling marks, and the stray
    quote mark unbalances the quotation pairs of the paragraph.

    ".." and "..." are a common pause in Arabic news and are never flagged, nor is a
    mark after a word ("قال ." is a space-before-punctuation problem, PUN001).

    **Example**
    وبناء علاقة طويلة الأمد تكون حجر الزاوية للأمن الإسرائيلي”. . “

    **Use instead**
    وبناء علاقة طويلة الأمد تكون حجر الزاوية للأمن الإسرائيلي”.

    **Fix safety**
    Safe when clear: the run is deleted when the clause before it ends with a full stop,
    question or exclamation mark, or with the same mark as the run. Otherwise ("، ."
    where either mark may be the intended one) the finding has no fix.
    """

    code = "PUN004"
    name = "orphan-punctuation"
    family = "punctuation"
    fix = "sometimes"
    triggers = _SENT_MARKS
    covers = True  # the run's quote marks and spaces are no findings of their own

    def check(self, doc):
        text = doc.text
        for run in orphan_runs(doc):
            shown = text[run.marks_start : run.end]
            marks = set(_core(shown).replace(" ", "").strip(_QUOTES)) - set(_QUOTES) - {" "}
            clear = run.after in _TERMINAL or marks <= {run.after}
            edits = [Edit(run.start, run.end, "")] if clear else None
            yield self.finding(
                run.start,
                run.end,
                f"stray punctuation '{shown}' after a closed clause: "
                "debris of a cut sentence or quotation",
                edits,
            )


class DoubledPunctuation(LeavesCitedExamples, Rule):
    """Two different or repeated marks where one is meant ("،،", "؟،", "،.", "!.").

    **What it does**
    Flags a comma, semicolon or colon written twice ("،،"), a question or exclamation
    mark followed by a full stop, comma or semicolon ("؟.", "؟،", "!!."), and a comma or
    semicolon right before a full stop ("،."). A full stop followed by a comma or by a
    question mark ("جامعيا.؟", "عام 2030.،") is flagged too, except after initials and
    abbreviations ("العميد ي.،" is correct).
    A mark inside a short quotation in a text about punctuation (الترقيم، الفاصلة ...)
    is an example the text cites, right or wrong («كلمة ، كلمة»), and is left alone.

    **Why is this bad?**
    One clause takes one mark. Doubled marks come from joining text pieces (a caption
    ending with a comma and a paragraph starting with one) or from careless typing, and
    they break sentence splitting.

    "..", "..." and "…" are a pause, "!!" and "؟؟" are (informal) emphasis, and "؟!"
    is the usual mark for an astonished question; none of them is flagged. Nor is "؟.."
    (a question followed by a pause).

    **Example**
    كيف حدث ذلك؟، وما الذي تغير؟. قال الوزير،، إن الأمر انتهى،.

    **Use instead**
    كيف حدث ذلك؟ وما الذي تغير؟ قال الوزير، إن الأمر انتهى.

    **Fix safety**
    Safe where one mark clearly wins: the repeated comma, the mark after ؟ or !, the comma
    before a full stop is removed. A full stop before a comma or a question mark and a
    comma beside a semicolon are reported without a fix (which one was meant is unclear).
    """

    code = "PUN005"
    name = "doubled-punctuation"
    family = "punctuation"
    fix = "sometimes"
    triggers = "،,؛;:؟?!"

    # Every alternative starts with one of [،,؛;:.]: the leading lookahead lets the regex
    # engine skip other characters fast (6x faster scan, same matches).
    _re = re.compile(
        r"(?=[،,؛;:.])"
        r"(?:(?P<same>([،,؛;:])\2+)"
        r"|(?P<after_q>(?<=[؟?!])[.،,؛;](?![.]))"
        r"|(?P<before_stop>[،,؛;](?=\.(?!\.)))"
        r"|(?P<stop_comma>(?<![.])\.[،,؛;])"
        r"|(?P<stop_q>(?<![.])\.؟(?!؟))"
        r"|(?P<mixed>[،,][؛;]|[؛;][،,]))"
    )

    def _check(self, doc):
        text = doc.text
        for m in self._re.finditer(text):
            s, e = m.span()
            kind = m.lastgroup
            if _in_url(text, s) or self._near_digit(text, s, e):
                continue
            if kind == "same":
                edits = [Edit(s + 1, e, "")]
                msg = f"'{m.group()}' repeats the mark: one is enough"
            elif kind == "after_q":
                q = s
                while q > 0 and text[q - 1] in "؟?!":
                    q -= 1
                if q > 0 and text[q - 1].isascii() and text[q - 1].isalnum():
                    continue  # a Latin token's own marks: a chess move "Nxe6!?،", "Yahoo!،"
                edits = [Edit(s, e, "")]
                msg = (
                    f"'{text[s - 1 : e]}': the question or exclamation mark already ends the clause"
                )
            elif kind == "before_stop":
                edits = [Edit(s, e, "")]
                msg = f"'{text[s : e + 1]}': a comma right before the full stop"
            elif kind in ("stop_comma", "stop_q"):
                # Initials and abbreviations keep their full stop: "العميد ي.،", "أ.ف.ب.،".
                rs, _ = _run_around(text, s)
                word = text[rs:s]
                if (_letters(word) <= 1 and not word.isdigit()) or "." in word:
                    continue  # (a number is no initial: "عام ٢٠٣٠.، وهو")
                edits = None
                other = "a comma" if kind == "stop_comma" else "a question mark"
                msg = f"'{text[s:e]}' after '{word}': a full stop and {other} together"
            else:
                edits = None
                msg = f"'{m.group()}': a comma and a semicolon together"
            yield self.finding(s, e, msg, edits)

    @staticmethod
    def _near_digit(text, s, e):
        before = text[s - 1 : s]
        after = text[e : e + 1]
        return before.isdigit() and after.isdigit()
