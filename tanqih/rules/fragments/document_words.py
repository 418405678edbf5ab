"""What one document says about its own words, for the fragment rules.

The word pairs it writes side by side, the words it uses as nouns, the words it writes
before the end of a sentence or clause and the words it writes after a definite word,
each computed once per document and cached in ``doc.memo``; the paragraph around an
offset; and the spaces and quote marks the rules read around a full stop.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from tanqih.linter.arabic import LETTERS, MARKS, TATWEEL, hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.phrase_words import imperfect_verb
from tanqih.rules.word_frequencies import zipf

HSPACE = " \t\u00a0\u2009\u202f"
OPEN_Q = "“«„"
CLOSE_Q = "”»"
STRAIGHT_Q = '"'
ALL_Q = frozenset(OPEN_Q + CLOSE_Q + STRAIGHT_Q)


def _paragraph_index(doc, offset: int) -> int:
    """The index of the last paragraph starting at or before ``offset`` (-1 if none),
    by bisect over the cached paragraph starts."""
    starts = doc.memo("fragments.paragraph_starts", lambda d: [p.start for p in d.paragraphs])
    return bisect.bisect_right(starts, offset) - 1


def paragraph_of(doc, offset):
    """The paragraph holding ``offset``."""
    paras = doc.paragraphs
    i = _paragraph_index(doc, offset)
    if i >= 0 and paras[i].start <= offset <= paras[i].end:
        return paras[i]
    return None


def listed_after_colon(doc, para, most: int = 10) -> bool:
    """Is ``para`` (``most`` words or fewer) a line of a list or of a quoted text
    introduced by a colon: the paragraph before it, or one before a run of lines as
    short, ends with ":" ("... على هذا النحو:" / "ليل. شارع ضيق تحت المطر." / "رجل في
    معطف رمادي يركض.")?"""
    if len(para.text.split()) > most:
        return False
    paras = doc.paragraphs
    i = _paragraph_index(doc, para.start)
    for j in range(i - 1, max(-1, i - 9), -1):
        prev = paras[j].text.rstrip()
        if prev.endswith(":"):
            return True
        if len(prev.split()) > most:
            return False
    return False


def listed_word(text: str, start: int) -> bool:
    """Is the word at ``start`` the last item of a list of single words after commas, the
    three before it one word each ("الشارقة: فوز، فوز، فوز، تعادل.")? A listed noun,
    not a verb alone in its clause."""
    items = text[max(0, start - 60) : start].split("،")
    return (
        len(items) >= 4 and not items[-1].strip() and all(len(x.split()) == 1 for x in items[-4:-1])
    )


PAIR_WORDS_RE = re.compile(
    f"(?<![{LETTERS}{MARKS}{TATWEEL}])([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*)[{HSPACE}]+"
    f"(?=([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*))"
)


def compute_pairs(doc) -> set[tuple[str, str]]:
    return {m.groups() for m in PAIR_WORDS_RE.finditer(doc.text)}


def side_by_side(text: str, w1: str, w2: str) -> bool:
    """Does the text write ``w1`` and ``w2`` next to each other, whole words with only
    spaces between them (the pairs of :func:`adjacent_pairs`, for one pair)?"""
    if text.count(w1) < 2 or text.count(w2) < 2:
        return False  # (the pair around the full stop holds one of each)
    return (
        re.search(
            f"(?<![{LETTERS}{MARKS}{TATWEEL}]){re.escape(w1)}[{HSPACE}]+{re.escape(w2)}"
            f"(?![{LETTERS}{MARKS}{TATWEEL}])",
            text,
        )
        is not None
    )


def adjacent_pairs(doc) -> set[tuple[str, str]]:
    """Word pairs written next to each other with only spaces between them (cached)."""
    return doc.memo("fragments.adjacent_pairs", compute_pairs)


# A sentence starts at a line start or after . ! ? ؟ … (and closing marks) and a space.
SENTENCE_START_RE = re.compile(
    f'(?:^|[.!?؟…][”»"\')\\]]*[ \\t]+)[ \\t"“«(-]*([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*)',
    re.MULTILINE,
)
NOUN_MARKERS = {
    hamza_key(w)
    for w in "في من إلى الى على عن مع بين حول عبر ضد لدى نحو أمام خلف وراء تجاه إزاء".split()
}


def noun_uses(doc) -> Counter:
    """How often the text uses a word as a noun: right after a preposition ("في
    السعودية") or an imperfect verb ("يواجه الأهلي"), or at the start of a sentence. An
    adjective-shaped word used so is a name or a noun, and may open a sentence (cached).
    The candidate sentence start itself counts once."""

    def compute(d):
        out = Counter(m.group(1) for m in SENTENCE_START_RE.finditer(d.text))
        for w1, w2 in adjacent_pairs(d):
            if shapes.key(w1) in NOUN_MARKERS or imperfect_verb(w1):
                out[w2] += 2  # counts as used even after discounting the candidate
        return out

    return doc.memo("fragments.noun_uses", compute)


def definite_stems(doc) -> set[str]:
    """The keys of the words the text writes with the article, the article and the
    clitics before it taken off (cached): a word so written is a noun, whatever its
    shape ("بالقارت": قارت, omnivore, is no verb)."""

    def compute(d):
        return {hamza_key(t.stem) for t in d.tokens if t.definite}

    return doc.memo("fragments.definite_stems", compute)


def sentence_final_words(doc) -> Counter:
    """How often each word is written right before . ؟ ! : or ، (cached, one pass)."""

    def compute(d):
        return Counter(m.group(1) for m in FINAL_WORD_RE.finditer(d.text))

    return doc.memo("fragments.final_words", compute)


FINAL_WORD_RE = re.compile(f"([{LETTERS}][{LETTERS}{MARKS}]*)[.؟!:،]")


def definite_after_indefinite(doc, w1: str, k1: str, k2: str, after: str) -> str | None:
    """Opt-in: an indefinite word before the full stop and a definite noun after it, the
    shape of a construct phrase or a verb and its subject cut in two ("وزارة. الدفاع",
    "أغلقت. السلطات"). Real sentences end in indefinite words too (names, adverbs), so
    the word before must never end a sentence or clause elsewhere in the text, and must
    carry no pronoun suffix or accusative ending."""
    if k1.startswith(shapes.DEFINITE_PREFIXES) or shapes.is_function(k1) or after in "،,:؛":
        return None
    if k1.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ا")) or not k2.startswith("ال"):
        return None
    if sentence_final_words(doc)[w1] > 1:
        return None  # the word ends a sentence elsewhere: a name, an adverb
    return "'{w1}' cannot end a sentence before the definite noun '{w2}'"


def after_definite(doc) -> set[str]:
    """Words the text writes right after a definite word: adjectives in use (cached)."""

    def compute(d):
        return {
            w2
            for w1, w2 in adjacent_pairs(d)
            if strip_marks(w1).startswith(shapes.DEFINITE_PREFIXES)
        }

    return doc.memo("fragments.after_definite", compute)


# Words that speak to the reader: the second person and the vocative.
_SECOND_PERSON = {
    hamza_key(w)
    for w in """أنت أنتم أنتما أنتن لك لكم عليك عليكم إليك إليكم منك منكم بك بكم عندك عندكم
    نفسك أنفسكم معك معكم فيك فيكم يا أيها عزيزي عزيزتي""".split()
}
_WORD_RE = re.compile(f"[{LETTERS}][{LETTERS}{MARKS}]*")


def _your(word: str) -> bool:
    """A common noun with "your" ("هاتفك", "عملك", "بيوتكم"): the word without ك / كم
    is common and far more common than with it (not بنوك، سمك، شريك، هناك)."""
    for suffix in ("ك", "كم"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and zipf(stem) >= 4.0:
            return zipf(stem) - zipf(word) >= 0.4
    return False


# A text written in beats: this many sentences of one to three Arabic words inside
# paragraphs of two sentences or more, and this share of those paragraphs' sentences
# ("غرفة ضيقة. نافذة واحدة. سرير حديدي.", a column's "صمت. ثم ضحكة."). Literary
# pages and columns reach 9-79 such sentences and 25-86% of them; no article of the
# dev corpus has more than 7, nor more than 16% (a scrape's leftovers are one or two
# in a document of news prose).
STACCATO_SENTENCES = 8
STACCATO_SHARE = 0.2


def staccato(doc) -> bool:
    """Is the text written in short sentences on purpose (cached)? Then a sentence of
    one or two words is its style, and only debris that shows itself (a quote mark
    that closes nothing) or a cut no style explains (a name, a number and its noun)
    is reported."""

    def compute(d):
        starts = [p.start for p in d.paragraphs]
        para = [bisect.bisect_right(starts, s.start) - 1 for s in d.sentences]
        sizes = Counter(para)
        n = short = 0
        for s, i in zip(d.sentences, para, strict=True):
            if sizes[i] < 2:
                continue
            n += 1
            if 1 <= len(shapes.words(s.text)) <= 3 and not _LATIN_RE.search(s.text):
                short += 1
        return short >= STACCATO_SENTENCES and short >= STACCATO_SHARE * n

    return doc.memo("fragments.staccato", compute)


_LATIN_RE = re.compile("[A-Za-z]")


def addresses_reader(doc) -> bool:
    """Does the text speak to its reader (أنت، لكم، عليك، يا)? Then a one-word
    imperative ("استمع.", "انتبه.") is rhetoric, not a verb left over (cached)."""

    def compute(d):
        for m in _WORD_RE.finditer(d.text):
            bare = strip_marks(m.group())
            k = hamza_key(bare)
            if k in _SECOND_PERSON or (k[:1] in "وف" and k[1:] in _SECOND_PERSON):
                return True
            if _your(bare):
                return True
        return False

    return doc.memo("fragments.addresses_reader", compute)


# A prohibition said to a woman: "لا تقارني", "لا تتوقفي" (the imperfect in ت... ي).
_TO_A_WOMAN_RE = re.compile(
    f"(?<![{LETTERS}])لا\\s+ت[{LETTERS}{MARKS}]{{2,}}ي(?![{LETTERS}{MARKS}])"
)


def addresses_a_woman(doc) -> bool:
    """Does the text tell a woman what not to do ("لا تقارني نفسك")? Then a word in ي
    opening a sentence may be an imperative said to her ("نامي سبع ساعات.", sleep),
    not a relational adjective (cached)."""
    return doc.memo("fragments.to_a_woman", lambda d: _TO_A_WOMAN_RE.search(d.text) is not None)
