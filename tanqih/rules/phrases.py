"""Line and phrase helpers of the boilerplate rules (BLP): the key phrases are compared
by (:func:`pkey`), the edits that delete a line or a span, the content lines of a
document, and the phrase lists kept as data files in ``tanqih/rules/data/boilerplate/``
that a user can extend (``extend-phrases``) or replace (``phrases-file``).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import ClassVar

from tanqih.linter.analysis import Analysis, Span
from tanqih.linter.arabic import LETTERS, hamza_key, loose_key
from tanqih.linter.findings import Edit
from tanqih.linter.registry import Option, Rule, RuleError
from tanqih.rules.sentence_shapes import past_or_present_verb
from tanqih.rules.word_frequencies import zipf

# ----------------------------------------------------------------------------------------
# Shared helpers
# ----------------------------------------------------------------------------------------

_NONWORD_RE = re.compile(r"[^\w]+")
_AR_LETTER_RE = re.compile(f"[{LETTERS}]")
_SENTENCE_PUNCT = set(".!?؟،,؛;")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
LEADING_LINK_RE = re.compile(
    r"^\s*(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|https?://\S+|www\.\S+)\s*"
)


def _pkey(text: str) -> str:
    s = loose_key(text).lower().replace("_", " ")
    return " ".join(_NONWORD_RE.sub(" ", s).split())


_pkey_cached = functools.lru_cache(maxsize=1 << 16)(_pkey)


def pkey(text: str) -> str:
    """Comparison key for phrases: no diacritics, unified alef/hamza/ta marbuta, lower case,
    punctuation and decoration turned into single spaces. (Short texts are cached: page
    furniture repeats across the documents of a site.)"""
    return _pkey_cached(text) if len(text) <= 120 else _pkey(text)


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return "«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»"


def words(text: str) -> list[str]:
    return text.split()


def has_sentence_punct(text: str) -> bool:
    return any(c in _SENTENCE_PUNCT for c in text)


def word_count(text: str) -> int:
    """Words of ``text`` holding a letter or digit (a dash or a bullet between them is
    none: "فواصل — فنون بصرية" has 3)."""
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def curly_quotation_open(before: str) -> bool:
    """Is a quotation opened with “ „ or « in ``before`` still open: more “ „ than ”, or
    more « than »?"""
    opens = before.count("“") + before.count("„")
    return opens > before.count("”") or before.count("«") > before.count("»")


def inside_quotation(before: str) -> bool:
    """Is a quotation opened in ``before`` (the text of a paragraph up to a point) still
    open there: more “ „ than ”, more « than », or an odd number of straight quotes?"""
    return curly_quotation_open(before) or before.count('"') % 2 == 1


# Words only the spoken dialects use (Egyptian, Levantine, Gulf, Iraqi, Maghrebi): a
# quotation holding one of them is in dialect ("أنا مش مصدقة، الجايزة دي ...").
DIALECT_WORDS = frozenset(
    """
    مش موش ده عشان علشان كده كدا دلوقتي عايز عايزة عاوز عاوزة بتاع بتاعة ازاي إزاي
    امتى إمتى أوي اوي هيك هلق هلأ بدنا منيح لأنو لانو نحنا إلنا مبارح وايد شلون شنو
    جذي چذي شكو ماكو هسه ديالي بزاف كيفاش علاش مزيان هادشي احنا إحنا لحتى مشان منشان
    هيدا هيدي حدا انو إنو بكرا اشي إشي ابغى أبغى نبغى تبغى اللي بلاش
    """.split()
)
# ... and words of the dialects that are also a name, a letter or a foreign word ("دي
# ميستورا", "شو"): two of them, or one with a word above.
_DIALECT_WEAK = frozenset(
    "دي ايه إيه ليه فين بقى شو هون هاد هاي بدي ليش بس يبي اكو ديال واش دابا غادي".split()
)
_QUOTE_END_RE = re.compile('[»”"\n]')


# Pronouns a noun may end with ("بيتهم", their house: بيت + هم).
_PRONOUNS = ("ه", "ها", "هم", "هما", "كم", "نا", "ك")


def _b_imperfect(word: str) -> bool:
    """Is ``word`` the dialects' imperfect with بـ ("بيقول", "بيعرف") or their future
    with هـ ("هيرجع"): the particle glued to a common imperfect in ي, which the written
    language never does? The whole is rarer than the verb, the verb is known with و too
    ("ويقول"; a name or a month is not: "بيونغ", "بيناير"), and the word is no noun
    with a pronoun ("بيتهم", their house)."""
    verb = word[1:]
    if len(verb) < 4 or word[:2] not in ("بي", "هي") or zipf("و" + verb) < 3.0:
        return False
    if any(word.endswith(p) and zipf(word[: -len(p)]) >= 3.0 for p in _PRONOUNS):
        return False
    if not past_or_present_verb(hamza_key(verb)) or zipf("ال" + verb) >= 2.5:
        return False
    return zipf(verb) >= 3.8 and zipf(word) < min(3.7, zipf(verb) - 0.2)


def dialect_quotation(text: str, pos: int) -> bool:
    """Is offset ``pos`` inside a quotation in dialect (a word only a dialect uses, or
    the dialects' imperfect in بـ or future in هـ, "بيعرف", "هيرجع", or two words that
    are also other words),
    where the speaker's spelling is the speaker's ("الجايزة", "المية")?"""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    if not inside_quotation(before):
        return False
    opening = max(before.rfind("«"), before.rfind("“"), before.rfind('"'))
    end = _QUOTE_END_RE.search(text, pos)
    quoted = text[start + opening + 1 : end.start() if end else len(text)]
    ws = set(_NONWORD_RE.split(quoted))
    if not DIALECT_WORDS.isdisjoint(ws) or len(_DIALECT_WEAK.intersection(ws)) >= 2:
        return True
    return any(_b_imperfect(w) for w in ws)


def arabic_letters(text: str) -> int:
    return len(_AR_LETTER_RE.findall(text))


def same_block(text: str, a: Span, b: Span) -> bool:
    """Are lines ``a`` and ``b`` (``a`` above) in one block, no blank line between?"""
    return text[a.end : b.start].count("\n") == 1


def delete_line(text: str, start: int, end: int) -> Edit:
    """An edit that removes the line holding text[start:end] together with its line end."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    if e != -1:
        return Edit(s, e + 1, "")
    # The last line: remove the line end before it instead.
    e = len(text)
    if s > 0:
        s -= 1
        if s > 0 and text[s - 1] == "\r":
            s -= 1
    return Edit(s, e, "")


def delete_span(text: str, start: int, end: int) -> Edit:
    """Remove text[start:end] and the horizontal space before it (or after it at a line start)."""
    s = start
    while s > 0 and text[s - 1] in " \t\u00a0":
        s -= 1
    e = end
    if s == 0 or text[s - 1] == "\n":
        while e < len(text) and text[e] in " \t\u00a0":
            e += 1
    return Edit(s, e, "")


def strip_span(p: Span) -> tuple[int, int]:
    """The span of a line without its leading and trailing whitespace."""
    t = p.text
    lead = len(t) - len(t.lstrip())
    trail = len(t) - len(t.rstrip())
    return p.start + lead, p.end - trail


def line_finding(rule, p: Span, text: str, message: str):
    """A finding on the line ``p`` (without its surrounding whitespace) whose fix deletes
    the whole line: what most boilerplate rules report."""
    s, e = strip_span(p)
    return rule.finding(s, e, message, [delete_line(text, s, e)])


def content_lines(doc: Analysis) -> list[Span]:
    """Non-empty lines with at least one letter or digit (decoration-only lines skipped)."""

    def compute(a: Analysis) -> list[Span]:
        return [p for p in a.paragraphs if any(ch.isalnum() for ch in p.text)]

    return doc.memo("blp.lines", compute)


_WRAP_STOPS = tuple('.!؟?:：»”")]|')
_ROW_SEP_RE = re.compile("[|•·▪■●◆◂▸►◄›‹←→⬅]")
# The widest line of a hard-wrapped text (exported from a PDF or an e-mail at 70 to 90
# characters a line); a text stored a paragraph a line has longer ones.
WRAP_WIDTH = 110


def _wraps(text: str, prev: Span, cur: Span) -> bool:
    """Is ``cur`` right under ``prev`` (no blank line between), whose prose (eight words
    or more, no separator of a row of links) stops with a word or a comma rather than the
    end of a sentence?"""
    gap = cur.start - prev.end
    if gap != 1 and not (gap == 2 and text[prev.end] == "\r"):
        return False
    t = prev.text.rstrip()
    if len(t) < 55 or t.endswith(_WRAP_STOPS):
        return False
    if _ROW_SEP_RE.search(t) or t.count(" ") < 7:
        return False  # (a row of links or a ticker: "الرئيسية ▪ أخبار السودان ▪ ...")
    return sum(ch.isalpha() for ch in t) * 5 >= len(t) * 3  # (prose, not a row of figures)


def wrapped_after(doc: Analysis, lines: list[Span], i: int) -> bool:
    """Does line ``i`` go on a sentence hard-wrapped at the end of line ``i - 1`` ("... على
    خطوط المياه والقناة" / "الرئيسية، بعد ضبط ...", "... يوم الاثنين 3" / "جوان 2024.")?
    Only in a hard-wrapped text: no line wider than a wrapped line, and three lines or
    more that stop inside a sentence with the next line right under them. (A text stored
    a paragraph a line has headlines without a full stop above its furniture.)"""
    return i > 0 and _wraps(doc.text, lines[i - 1], lines[i]) and hard_wrapped(doc)


def hard_wrapped(doc: Analysis) -> bool:
    """Is the text hard-wrapped (see :func:`wrapped_after`)?"""

    def compute(d: Analysis) -> bool:
        ls = content_lines(d)
        if not ls or max(len(p.text) for p in ls) > WRAP_WIDTH:
            return False
        return sum(1 for k in range(1, len(ls)) if _wraps(d.text, ls[k - 1], ls[k])) >= 3

    return doc.memo("blp.hard_wrapped", compute)


# ----------------------------------------------------------------------------------------
# Phrase lists (data files, user-extensible)
# ----------------------------------------------------------------------------------------


class PhraseList:
    """Phrases of one list, keyed by :func:`pkey`.

    A phrase ending in `` *`` matches a line that starts with it (anything may follow);
    one ending in `` **`` too, even when the line reads as a full sentence (a cookie
    notice, a comment-form note); one ending in `` :`` a line that starts with it followed
    by a separator; any other a whole line (several whole-line phrases in a row match too:
    "Next Previous").
    """

    def __init__(self, entries: list[str]):
        self.whole: set[str] = set()
        self.prefix_any: list[str] = []
        self.prefix_strong: list[str] = []
        self.prefix_sep: list[str] = []
        for raw in entries:
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            kind = "whole"
            if raw.endswith(" **"):
                kind, raw = "strong", raw[:-2]
            elif raw.endswith(" *") or raw == "*":
                kind, raw = "any", raw[:-1]
            elif raw.endswith(" :"):
                kind, raw = "sep", raw[:-1]
            key = pkey(raw)
            if not key:
                continue
            if kind == "whole":
                self.whole.add(key)
            elif kind == "any":
                self.prefix_any.append(key)
            elif kind == "strong":
                self.prefix_strong.append(key)
            else:
                self.prefix_sep.append(key)
        self.max_words = max((len(k.split()) for k in self.whole), default=0)
        self.strong_first = frozenset(k.split()[0] for k in self.prefix_strong)
        # prefix phrases by their first word, so a line is compared with few of them
        self._seg_cache: dict[str, bool] = {}
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        for kind, keys in (
            ("strong", self.prefix_strong),
            ("any", self.prefix_any),
            ("sep", self.prefix_sep),
        ):
            for k in keys:
                self._by_first.setdefault(k.split()[0], []).append((kind, k))

    def __contains__(self, key: str) -> bool:
        return key in self.whole

    def segments(self, key: str) -> bool:
        """Whether ``key`` is a run of whole-line phrases (numbers allowed in between)."""
        hit = self._seg_cache.get(key)
        if hit is None:
            if len(self._seg_cache) > 1 << 15:
                self._seg_cache.clear()
            hit = self._seg_cache[key] = self._segments(key)
        return hit

    def _segments(self, key: str) -> bool:
        toks = key.split()
        n = len(toks)
        if not n:
            return False
        reach = [False] * (n + 1)
        used = [False] * (n + 1)
        reach[0] = True
        for i in range(n):
            if not reach[i]:
                continue
            if toks[i].isdigit():
                reach[i + 1] = True
                used[i + 1] = used[i + 1] or used[i]
            for j in range(i + 1, min(n, i + self.max_words) + 1):
                phrase = " ".join(toks[i:j])
                if phrase in self.whole or (
                    phrase.startswith("و") and len(phrase) > 2 and phrase[1:] in self.whole
                ):  # "وفيسبوك": the conjunction glued to a button name
                    reach[j] = True
                    used[j] = True
        return reach[n] and used[n]

    def prefix(self, key: str, raw: str, strong_only: bool = False) -> tuple[str, int] | None:
        """(phrase, end) when ``raw`` opens with a prefix phrase: ``end`` is the offset in
        ``raw`` where the flagged part ends (the whole line, or the label and separator).
        ``strong_only``: only the phrases that open furniture even as a full sentence."""
        first = key.split(" ", 1)[0]
        for kind, p in self._by_first.get(first, ()):
            if strong_only and kind != "strong":
                continue
            if kind in ("any", "strong"):
                if key == p or key.startswith(p + " "):
                    return p, len(raw.rstrip())
            elif key.startswith(p + " "):
                m = _SEP_RE.search(raw)
                if m and pkey(raw[: m.start()]) == p:
                    end = m.end()
                    while end < len(raw) and raw[end] in " \t\u00a0":
                        end += 1
                    return p, end
        return None


_SEP_RE = re.compile(r"\s*[:|>»›/\\\-–—]+")


def _read_phrase_file(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuleError(f"cannot read phrases file {path}: {exc.strerror or exc}") from None


@functools.lru_cache(maxsize=64)
def load_phrases(
    data_file: str, extend: tuple[str, ...] = (), phrases_file: str = "", cls=PhraseList
) -> PhraseList:
    """The built-in list ``data/boilerplate/<data_file>`` (or ``phrases_file``) plus
    ``extend``, as a ``cls`` (a PhraseList that may know shapes too)."""
    if phrases_file:
        entries = _read_phrase_file(Path(phrases_file).expanduser())
    else:
        ref = resources.files("tanqih.rules") / "data" / "boilerplate" / data_file
        entries = ref.read_text(encoding="utf-8").splitlines()
    return cls([*entries, *extend])


@functools.cache
def byline_labels() -> PhraseList:
    """The built-in byline and caption labels (BLP008's list: كتب، بقلم، تصوير ...)."""
    return load_phrases("labels.txt")


PHRASE_OPTIONS = {
    "extend-phrases": Option(
        [], "phrases added to the built-in list (same syntax as the list's data file)", list
    ),
    "phrases-file": Option(
        "",
        "a UTF-8 file of phrases, one a line, that REPLACES the built-in list "
        "(a relative path is taken from the folder of the config file that sets it)",
        str,
    ),
}


class PhraseRule(Rule):
    """A rule reading a phrase list (no code: not registered).

    A relative ``phrases-file`` is taken from the folder of the config file that set it
    (from the working folder when the config does not come from a file).
    """

    data_file: ClassVar[str] = ""

    def __init__(self, **opts):
        super().__init__(**opts)
        extend = self.opts.get("extend-phrases", [])
        if not all(isinstance(x, str) for x in extend):
            raise RuleError(f"{self.code}: option 'extend-phrases' must be a list of strings")
        path = self.opts.get("phrases-file", "")
        # A relative file is resolved against the config's folder in configure().
        relative = bool(path) and not Path(path).expanduser().is_absolute()
        self.phrases: PhraseList = None if relative else self._load(None)  # type: ignore[assignment]

    def _load(self, root) -> PhraseList:
        path = self.opts.get("phrases-file", "")
        if path and root is not None and not Path(path).expanduser().is_absolute():
            path = str(Path(root) / path)
        return load_phrases(self.data_file, tuple(self.opts.get("extend-phrases", [])), path)

    def configure(self, config) -> None:
        super().configure(config)
        if self.phrases is None:
            self.phrases = self._load(getattr(config, "root", None))
