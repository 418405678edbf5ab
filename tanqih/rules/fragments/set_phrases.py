"""Set phrases of Arabic: word pairs a large reference corpus writes side by side far
more often than chance ("وسائل إعلام", "قناة فضائية", "ناقوس الخطر", "لكرة القدم").

The pairs come from ``data/collocations.txt.gz`` (built by
``tools/build_collocations.py`` from the bigram counts of the MIT-licensed
``ar-corrector`` package; its header says how). They are held as a sorted array of
64-bit hashes (CRC-32 and Adler-32 of "first second", keys without diacritics and with
the hamza forms unified): 1.4 MB for 170,000 pairs, built once per process on first use
(about 0.15 s).
"""

from __future__ import annotations

import functools
import gzip
import re
import zlib
from array import array
from bisect import bisect_left
from importlib import resources

from tanqih.linter.arabic import LETTERS, hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.open_clauses import phrase_has_clause, predicate_in, sentence_at
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    TIME_OPENERS,
    clear_verb,
    closes_phrase,
    definite_base,
    feminine_head,
    name_then_verb,
    nisba,
    ordinal_or_elative,
)
from tanqih.rules.fragments.sentence_openings import (
    copula_after,
    epithet_opens,
)
from tanqih.rules.fragments.verb_clauses import (
    has_verb,
    sentence_words,
)
from tanqih.rules.fragments.verb_complements import (
    OBJECT_ENDINGS,
    REPORTING,
)
from tanqih.rules.sentence_shapes import key


def _hash(pair: bytes) -> int:
    return zlib.crc32(pair) << 32 | zlib.adler32(pair)


@functools.cache
def _table() -> array:
    ref = resources.files("tanqih.rules") / "data" / "collocations.txt.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rb") as fh:
        lines = fh.read().split(b"\n")
    # (each line: first word, second word, count)
    pairs = (line.rpartition(b" ")[0] for line in lines if line and line[:1] != b"#")
    return array("Q", sorted(map(_hash, pairs)))


def set_phrase(k1: str, k2: str) -> bool:
    """Are the keys ``k1`` and ``k2`` (:func:`sentence_shapes.key`) a set phrase?"""
    table = _table()
    h = _hash(f"{k1} {k2}".encode())
    i = bisect_left(table, h)
    return i < len(table) and table[i] == h


# Words that open sentences although a set phrase may end in them ("... أجمعين. أما
# بعد", "... الصحفية. اليوم ...").
_OPENERS = TIME_OPENERS | {hamza_key("أما")}
_CLITICS = "بلكوف"
# أن and its compounds open a clause of their own: a verb after them is that clause's
# ("... باسم وزارة. الدفاع بأن القوات أنهت ...").
_THAT = {hamza_key(w) for w in "أن إن أنه إنه أنها إنها بأن لأن وأن".split()}
# Prepositions that open the predicate of a sentence whose subject is an adjective used
# as a noun ("الجديد في الأمر أن ...", "الجديدة في التشكيلة حقيبة ...").
_PREDICATE_PHRASES = {hamza_key(w) for w in "في من".split()}


def cut_set_phrase(text: str, dot: int, end2: int, w1: str, w2: str) -> bool:
    """Does the full stop at ``dot`` (``w2`` ending at ``end2``) cut the set phrase
    ``w1 w2`` ("... بثتها قناة. فضائية عربية ...", "... دقت ناقوس. الخطر بشأن ...";
    ``w1`` also with a preposition or a conjunction: "... باتخاذ. الاحتياطات ...")?

    Not when the sentence after the full stop may stand on its own:
    - it opens with a word on a conjunction ("... الماضي. وقالت ...": the language
      model lost its punctuation, so such pairs met across sentence ends; "...
      العربية. والإنجليزية لغته الثانية": a nominal sentence may open on و), a function
      word, an opener ("أما", "اليوم"), a verb ("... المناسبة. أكد قائد ..."), or a
      phrase in بـ / لـ before its main clause ("... آخرين. لتعزيز الحضور، أطلقت ...");
    - a word that may be its verb comes in its first six words, before any أن ("...
      السبب. الرئيس يعاني ...", "... مشروع. ميزانية محدودة تحكم ..."; an indefinite
      adjective is no subject: "... وكانت مصادر. محلية أفادت ..."), or a nominal
      predicate right after its first word ("... لها سعر. الفائدة منخفضة ...");
    - its first word is an adjective but an ordinal or an elative before في / من, its
      predicate ("... رئيس الحكومة. الجديدة في التشكيلة حقيبة ..."), a name or an
      epithet before its verb, or a noun before a pronoun of separation;
    - it has fewer than three words on its line.
    Nor when ``w1`` closes its phrase, after أي، بلا، دون، كل، "أكثر من" or a number
    ("... دون أي وسائل. الإعلام الحكومي ..."), is said twice ("من مهرجان إلى مهرجان."),
    or is a verb with its object pronoun ("... لم يعرفها. قطاع غزة ..."); nor when the
    pair is a set phrase both ways round ("الحمد لله" / "لله الحمد")."""
    k1, k2 = key(w1), key(w2)
    if k2 in _OPENERS:
        return False
    if not set_phrase(k1, k2):
        # the first word with a preposition or a conjunction: "لرئيس. مجلس", "بهيئة. ناخبة"
        k1 = k1[1:] if k1[:1] in _CLITICS and len(k1) >= 5 else ""
        if not k1 or not set_phrase(k1, k2):
            return False
    if set_phrase(k2, k1):
        return False
    b2 = strip_marks(w2)
    if shapes.conjunction_led(b2) or shapes.is_function(k1) or shapes.is_function(k2):
        return False
    if k2[:1] in "بل" and shapes.pp_prefixed(k2):
        # a phrase in بـ / لـ put first, before its main clause ("... آخرين. لتعزيز
        # الحضور الدولي، أطلقت الوزارة ...")
        if phrase_has_clause(sentence_at(text, end2 - len(w2))[1]):
            return False
    if (
        clear_verb(k2)
        or k2 in REPORTING
        or (shapes.predicate_verb(k1) and k1.endswith(OBJECT_ENDINGS))
    ):
        # A sentence opens with its verb ("... بالأسلحة المناسبة. أكد قائد ..."); a verb
        # with its object pronoun closes its clause ("... أنه لم يعرفها. قطاع غزة ...").
        return False
    ws = sentence_words(text, dot + 1)
    if len(ws) < 3:
        return False
    if k2 in _FIRST and _SECOND_RE.search(text, end2, end2 + 400):
        # the first of what the sentence before counted, the second told after it:
        # "تتوقف العبارة مرتين. الأولى عند قرية ... والثانية عند معبد ..."
        return False
    if b2.startswith("ال") and key(ws[1]) in RELATIVES and clear_verb(k1):
        # a verb that may go without its object, before a subject described by a
        # relative clause: "«أتركه يقرأ. الكتاب الذي يقرأ على الرصيف خير من ...»" (a
        # noun before it is cut: "... في مقدمة. الدول التي تدافع ...")
        return False
    following = text[end2 : end2 + 60]
    if b2.startswith("ال") and not ordinal_or_elative(definite_base(k2)):
        nxt = shapes.words(following[:20])
        if nxt and key(nxt[0]) in _PREDICATE_PHRASES:
            return False  # a noun of adjective shape and its predicate: "الجديدة في ..."
    if name_then_verb(following) or copula_after(following) or epithet_opens(w2, following):
        return False
    if _phrase_closed(text, dot - len(w1)) or _repeated(text, dot - len(w1), k1):
        return False
    if not b2.startswith("ال") and (nisba(b2) or (k2.endswith("ية") and feminine_head(w1))):
        # an indefinite adjective is no subject: "... مصادر. محلية أفادت ...", "...
        # قناة. فضائية عربية مستقلة انطلقت ..."
        return True
    # (a word that may be a verb in the sentence's first words, "... لأي مشروع. ميزانية
    # محدودة تحكم عمل ...", "... مجريات الشوط. الأول جاء ...", or a nominal predicate,
    # "... لها سعر. الفائدة منخفضة ...")
    ws = ws[: next((i for i, w in enumerate(ws) if key(w) in _THAT), len(ws))]
    return not (has_verb(ws, hollow=False) or predicate_in(ws[:2]))


_FIRST = {key(w) for w in "الأول الأولى".split()}
_SECOND_RE = re.compile(rf"(?<![^\s.،,])[وف]?(?:ال)?ثاني(?:ة|هما)?(?![{LETTERS}])")


# Words after which a noun closes its phrase: those of ``closes_phrase`` ("دون أي
# وسائل.", "بلا مدير."), كل ("كل صباح.") and "أكثر من" ("أكثر من وزارة."): the next
# sentence may open with what would complete it.
_EVERY = hamza_key("كل")
_MORE_LESS = {hamza_key(w) for w in "أكثر أقل".split()}


def _repeated(text: str, start: int, k1: str) -> bool:
    """Is the first word of the pair said twice, "من مهرجان إلى مهرجان", "يوما بعد
    يوم": an idiom closed on the repeated noun?"""
    before = [key(w) for w in shapes.words(text[max(0, start - 30) : start])[-3:]]
    return any(k == k1 or (k[:1] in _CLITICS and k[1:] == k1) for k in before)


def _phrase_closed(text: str, start: int) -> bool:
    """Does the word before ``start`` (where the first word of the pair begins) close
    the noun after it into a phrase: أي (with a preposition too: "بأي"), بلا, دون, كل,
    a number, or "أكثر من" / "أقل من"?"""
    before = [key(w) for w in shapes.words(text[max(0, start - 30) : start])[-2:]]
    if not before:
        return False
    bare = [k[1:] if k[:1] in _CLITICS and len(k) >= 3 else k for k in before]
    if any(closes_phrase(k) or k == _EVERY for k in (before[-1], bare[-1])):
        return True
    if bare[-1] in shapes.NUMBER_WORDS:
        return True  # (a counted noun: "... أربع شركات. الاتصالات الهاتفية ...")
    if before[-1] == "من" and len(before) == 2 and bare[0] in _MORE_LESS:
        return True  # "بأكثر من سبيل."
    return False
