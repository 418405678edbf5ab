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
import zlib
from array import array
from bisect import bisect_left
from importlib import resources

from tanqih.linter.arabic import hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.phrase_words import (
    clear_verb,
    definite_base,
    name_then_verb,
    nisba,
    ordinal_or_elative,
)
from tanqih.rules.fragments.split_shapes import (
    REPORTING,
    clause_words,
    copula_after,
    epithet_opens,
    sentence_words,
)
from tanqih.rules.sentence_shapes import key
from tanqih.rules.word_frequencies import zipf


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
_OPENERS = {hamza_key(w) for w in "أما اليوم الآن الليلة".split()}
_OBJECTS = ("ها", "هم", "هما", "هن")
_CLITICS = "بلكوف"
# Prepositions that open the predicate of a sentence whose subject is an adjective used
# as a noun ("الجديد في الأمر أن ...", "الجديدة في التشكيلة حقيبة ...").
_PREDICATE_PHRASES = {hamza_key(w) for w in "في من".split()}


def cut_set_phrase(text: str, dot: int, end2: int, w1: str, w2: str) -> bool:
    """Does the full stop at ``dot`` (``w2`` ending at ``end2``) cut the set phrase
    ``w1 w2`` ("... بثتها قناة. فضائية عربية ...", "... دقت ناقوس. الخطر بشأن ...";
    ``w1`` also with a preposition or a conjunction: "... باتخاذ. الاحتياطات ...")?

    Not when ``w2`` may open a sentence of its own:
    - a word on a conjunction ("... الماضي. وقالت ...": the language model lost its
      punctuation, so such pairs met across sentence ends; "... العربية. والإنجليزية
      لغته الثانية": a nominal sentence may open on و);
    - an opener ("أما", "اليوم") or a verb ("... المناسبة. أكد قائد ...");
    - the subject of a verb within the three words after it, before any particle ("... السبب. الرئيس يعاني
      ...", "... تمويل. القطاع الخاص تدخل ...", "... مشروع. ميزانية محدودة تحكم ...";
      an indefinite adjective is no subject: "... وكانت مصادر. محلية أفادت ...");
    - a name or an epithet before its verb, a noun before a pronoun of separation, an
      adjective but an ordinal or an elative before في / من, its predicate ("... رئيس
      الحكومة. الجديدة في التشكيلة حقيبة ...").
    Nor after a verb with its object pronoun, which closes its clause ("... لم يعرفها.
    قطاع غزة ..."), when the sentence after the full stop has fewer than three words on
    its line, or when the pair is a set phrase both ways round ("الحمد لله" / "لله
    الحمد")."""
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
    if shapes.conjunction_led(b2):
        return False
    if clear_verb(k2) or k2 in REPORTING or (shapes.predicate_verb(k1) and k1.endswith(_OBJECTS)):
        # A sentence opens with its verb ("... بالأسلحة المناسبة. أكد قائد ..."); a verb
        # with its object pronoun closes its clause ("... أنه لم يعرفها. قطاع غزة ...").
        return False
    if len(sentence_words(text, dot + 1)) < 3:
        return False
    following = text[end2 : end2 + 60]
    if b2.startswith("ال") and not ordinal_or_elative(definite_base(k2)):
        ws = shapes.words(following[:20])
        if ws and key(ws[0]) in _PREDICATE_PHRASES:
            return False  # a noun of adjective shape and its predicate: "الجديدة في ..."
    if name_then_verb(following) or copula_after(following) or epithet_opens(w2, following):
        return False
    if nisba(b2) and not b2.startswith("ال"):
        return True  # an indefinite adjective is no subject: "... مصادر. محلية أفادت ..."
    # (a verb within three words, before any particle: "... لأي مشروع. ميزانية محدودة
    # تحكم عمل ..."; not "... وزارة. الدفاع بأن القوات أنهت ...")
    for w in clause_words(following)[:3]:
        if shapes.is_function(w):
            return True
        if clear_verb(key(w)) and zipf(strip_marks(w)) >= 3.0:
            return False
    return True
