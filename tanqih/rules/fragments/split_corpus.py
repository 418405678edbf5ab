"""The signal of FRG002 (``splits``) that reads corpus counts (``check --corpus`` /
``--corpus-table``): a pair other documents write side by side far more often than
they end or open a sentence, or a construct head that never ends a sentence in them."""

from __future__ import annotations

from tanqih.linter.arabic import has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.noun_phrases import (
    subject_opens,
)
from tanqih.rules.fragments.number_words import (
    time_span,
)
from tanqih.rules.fragments.phrase_words import (
    construct_head,
    predicate_next,
)
from tanqih.rules.fragments.verb_clauses import (
    long_enough,
)


class CorpusSignals:
    """The corpus signals, mixed into ``SentenceSplit``."""

    # Corpus evidence: the pair is written side by side in other documents, more of them
    # than half the documents where the first word ends a sentence and the second opens
    # one (counted from two documents on). None of the 1,578 real boundaries inside lines
    # of the dev corpus reach it: those written side by side elsewhere have a second
    # word that opens sentences ("... الكبيرة. من", "... هذا. بعد").
    _CORPUS_RATIO = 0.5

    # ... and a sentence ending in the first word followed by one opening with the second
    # is rare by chance: end x start / documents (the documents where the two would meet
    # if sentences were shuffled) stays under a quarter. Function words, which open and
    # close sentences everywhere, are left to the other signals. (On the 10 MB bench
    # corpus of shuffled dev sentences, both tests keep "... الاحتلال. في ..." and
    # "... حكومة. الاحتلال ..." unflagged; on the dev corpus they cost 0-6 of the
    # injected splits the corpus evidence finds, depending on the seed.)
    _CORPUS_CHANCE = 0.25

    # A definite word before a verb, after a definite one, opens a sentence as its
    # subject ("... إدارة النادي. الأهلي تحرك ...") unless this many documents write the
    # pair side by side.
    _CORPUS_SUBJECT_PAIRS = 5

    def _by_corpus(self, doc, seen):
        table = self.context.get("corpus")
        if table is None or not table.words or not self.opts["corpus-pairs"]:
            return
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            if len(strip_marks(w1)) < 2 or len(strip_marks(w2)) < 2:
                continue  # an initial: "د. ناصر"
            if shapes.is_function(shapes.key(w1)) or shapes.is_function(shapes.key(w2)):
                continue  # ("... الاحتلال. في ...": sentences open with في everywhere)
            pair, end, start = table.pair_counts(w1, w2)
            if (
                pair
                and pair > self._CORPUS_RATIO * (end + start)
                # (a definite word before a verb is a subject: "... إدارة النادي. الأهلي
                # تحرك سريعا ...", though "النادي الأهلي" is a name elsewhere)
                and not (
                    pair < self._CORPUS_SUBJECT_PAIRS
                    and strip_marks(w1).startswith("ال")
                    and strip_marks(w2).startswith("ال")
                    and predicate_next(text[m.end(2) :])
                )
                # (unless the two sentences may meet by chance)
                and end * start <= self._CORPUS_CHANCE * table.documents
            ):
                yield (
                    dot,
                    f"{pair} other documents of the corpus write '{w1} {w2}' without a full "
                    "stop between them",
                )
                continue
            n = self._corpus_head(table, w1, w2, end, start)
            if n and text[m.end(2) : m.end(2) + 1] not in "،,:؛" and long_enough(text, dot, 2):
                yield (
                    dot,
                    f"'{w1}' is written in {n} documents of the corpus and closes a sentence in "
                    f"almost none: it heads a construct that '{w2}' completes",
                )
                continue
            if time_span(text, m.start(), w1):
                continue  # "... أعلى رقم منذ عقد. القطاع الفندقي ..."
            n1, n2 = self._corpus_never(table, w1, w2, end, start)
            if n1 and not subject_opens(text, m.end(2)) and long_enough(text, dot, 3):
                yield (
                    dot,
                    f"'{w1}' closes a sentence in almost none of the {n1} documents of the "
                    f"corpus that write it, and '{w2}' opens one in almost none of its {n2}",
                )

    # A word that closes a sentence in at most one document in this many that write it
    # never closes one: it heads the construct the next word completes.
    _CORPUS_NEVER_ENDS = 100

    # ... from this many documents writing it on (in fewer, one sentence ending with the
    # word is too much of the evidence: "... دون تحديد موعد. المجلس ..." in 16).
    _CORPUS_HEAD_DOCUMENTS = 30

    # A word opening sentences in more than one document in this many opens the next.
    _CORPUS_OPENER = 100

    # Both words of a pair counted in this many documents or more, and closing (the
    # first) or opening (the second) a sentence in at most one in a hundred of them.
    _CORPUS_NEVER_DOCUMENTS = 10

    @classmethod
    def _corpus_never(cls, table, w1: str, w2: str, end: int, start: int) -> tuple[int, int]:
        """(documents writing ``w1``, documents writing ``w2``) when the corpus has both
        often enough and the first almost never closes a sentence nor the second opens
        one ("... قناة. فضائية عربية ...", "... حكومة. الاحتلال ..."); else (0, 0)."""
        if shapes.conjunction_led(strip_marks(w2)) or shapes.key(w1) == shapes.key(w2):
            return 0, 0  # (a word repeated across the stop: "... التعليم. التعليم أولا ...")
        if not strip_marks(w2).startswith("ال") and strip_marks(w1).startswith("ال"):
            # an indefinite word after a definite one opens sentences whatever the counts
            # say: a masdar with its agent ("... تحت القصف. مواصلة واشنطن الحرب تعني ...")
            return 0, 0
        n1, n2 = table.documents_with(w1), table.documents_with(w2)
        floor = cls._CORPUS_NEVER_DOCUMENTS
        if n1 < floor or n2 < floor:
            return 0, 0
        if end > n1 // cls._CORPUS_NEVER_ENDS or start > n2 // cls._CORPUS_NEVER_ENDS:
            return 0, 0
        return n1, n2

    @classmethod
    def _corpus_head(cls, table, w1: str, w2: str, end: int, start: int) -> int:
        """The documents of the corpus writing ``w1``, when it is an indefinite noun that
        could head a construct ("حكومة", "مدرب", "مكتب"), written in thirty documents or
        more and almost never ending a sentence there, and ``w2`` a definite word, its
        genitive ("... حكومة. الاحتلال ..."); else 0. (``end``, the documents where ``w1``
        ends a sentence, is 0 below two.)"""
        k1, k2, b1 = shapes.key(w1), shapes.key(w2), strip_marks(w1)
        if not k2.startswith("ال") or k1.startswith(shapes.DEFINITE_PREFIXES) or len(k1) < 3:
            return 0
        if start * cls._CORPUS_OPENER > table.documents:
            return 0  # the word after opens sentences across the corpus ("اليوم", "اللافت")
        if shapes.pp_prefixed(k1):
            return 0  # a prepositional phrase ends sentences: "بإخلاص.", "لنابلس."
        if k1.endswith(("ه", "ها", "هم", "هما", "نا", "كم")) or has_tanween(w1):
            return 0  # a pronoun suffix or an accusative ending: no construct's head
        if (
            not construct_head(b1)
            or shapes.verb_like(b1)
            or shapes.elative(k1)
            or shapes.evaluative(b1)
        ):
            return 0  # an adjective, a plural, an adverb, a verb ends sentences
        n = table.documents_with(w1)
        if n < cls._CORPUS_HEAD_DOCUMENTS:
            return 0
        return n if end <= n // cls._CORPUS_NEVER_ENDS else 0
