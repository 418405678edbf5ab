"""Signals of FRG002 (``splits``) that read numbers and dates: a number cut from the
noun it counts, a date cut in two, an accusative of specification or a comparative
cut from what it measures."""

from __future__ import annotations

import re

from tanqih.linter.arabic import hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.boilerplate.datelines import MONTHS
from tanqih.rules.fragments.number_words import (
    ACCUSATIVE_RE,
    AFTER_RE,
    COUNTED_RE,
    DATE_RE,
    NUMBER_END_RE,
    NUMBER_ENDS,
    TENS_COUNTED_RE,
    accusative,
    counted,
    indefinite_np,
    number_in_words,
)
from tanqih.rules.fragments.phrase_words import (
    broken_plural,
)
from tanqih.rules.fragments.sentence_openings import (
    SEPARATING_PRONOUNS,
)
from tanqih.rules.fragments.verb_clauses import (
    long_enough,
    sentence_words,
    verbless_clause,
    word_before,
)
from tanqih.rules.phrases import pkey
from tanqih.rules.word_frequencies import zipf


def _word_at(text: str, pos: int) -> str:
    """The token starting at ``pos`` (up to the next space), or ""."""
    ws = text[pos : pos + 30].split(maxsplit=1)
    return ws[0] if ws else ""


class NumberSignals:
    """The number signals, mixed into ``SentenceSplit``."""

    def _by_date(self, doc, seen):
        text = doc.text
        for m in DATE_RE.finditer(text):
            dot = m.end(1)
            if dot in seen or pkey(m.group(3)) not in MONTHS:
                continue
            if not long_enough(text, dot, 3):
                continue
            yield (
                dot,
                (
                    f"'{m.group(1)} {m.group(2)} {m.group(3)}' names one date: no sentence ends "
                    "between them"
                ),
            )

    def _by_counted(self, doc, seen):
        text = doc.text
        for m in COUNTED_RE.finditer(text):
            dot = m.start()
            noun = m.group(1)
            if dot in seen or not counted(noun, _word_at(text, m.end() + 1)):
                continue
            number = NUMBER_END_RE.search(text, max(0, dot - 20), dot)
            if number is None or not long_enough(text, dot, 3):
                continue  # (a decimal, "3.5. ..." or "1,000. ...": not a count)
            yield (
                dot,
                (
                    f"'{noun}' is the noun that {number.group()} counts (accusative): no sentence "
                    "ends between them"
                ),
            )

        for _m, dot, w1, w2 in self._pairs(doc, seen):
            # "... انخفض من 13 ألف. سفينة إلى ...": a number and its scale before the
            # noun they count (an indefinite noun does not open a sentence)
            if shapes.key(w1) not in shapes.SCALE_WORDS:
                continue
            if not re.search(r"[0-9٠-٩]\s*$", text[max(0, dot - len(w1) - 12) : dot - len(w1)]):
                continue
            b2 = strip_marks(w2)
            k2 = shapes.key(b2)
            if not self._counted_noun(b2, k2) or shapes.predicate_verb(k2):
                continue
            after = sentence_words(text, dot + 2)[1:2]
            if (
                after
                and not shapes.is_function(shapes.key(after[0]))
                and k2 not in self._CURRENCIES
            ):
                continue  # (a noun and its adjective may open one: "... 3 آلاف. نسبة كبيرة منهم ...")
            if long_enough(text, dot, 3):
                yield dot, f"'{w2}' is the noun that '{w1}' counts: no sentence ends between them"
        for m, dot, w1, w2 in self._pairs(doc, seen):
            # "... استغرق نحو ثمانية عشر. شهرا من العمل ...", "... أكثر من ثلاثمئة ألف.
            # جرعة من اللقاح ...": a number in words before the singular noun it counts,
            # in a next sentence with no verb of its own
            k1 = shapes.key(strip_marks(w1))
            if k1 not in NUMBER_ENDS:
                continue
            if not number_in_words(k1, shapes.key(strip_marks(word_before(text, m.start())))):
                continue
            b2 = strip_marks(w2)
            k2 = shapes.key(b2)
            if (
                not self._counted_noun(b2, k2)
                or (shapes.predicate_verb(k2) and zipf("ال" + b2) < 3.0)  # ("جنيه" is a noun)
                or k2.endswith(("ات", "ون", "ين"))  # (these numbers count a singular)
                or broken_plural(k2)
            ):
                continue
            nxt = sentence_words(text, dot + 2)[1:2]
            if nxt and self._comment_on_count(b2, strip_marks(nxt[0])):
                continue  # "... ثلاثين. حصيلة كبيرة ...": a comment on the number
            if any(
                shapes.key(w) in self._YEAR
                for w in shapes.words(text[max(0, m.start() - 40) : m.start()])[-4:]
            ):
                continue  # a year: "... عام ألف وتسعمئة. عمال كثيرون ..."
            if verbless_clause(text, dot, counted=True) and long_enough(text, dot, 3):
                yield (
                    dot,
                    f"'{w2}' is the noun that the number '{w1}' counts: no sentence ends between them",
                )
        for m in TENS_COUNTED_RE.finditer(text):
            dot = m.end(1)
            if dot in seen or not counted(m.group(2), _word_at(text, m.end() + 1)):
                continue
            if long_enough(text, dot, 3):
                yield (
                    dot,
                    f"'{m.group(2)}' is the noun that '{m.group(1)}' counts (accusative): no "
                    "sentence ends between them",
                )

    _YEAR = {shapes.key(w) for w in "عام العام سنة السنة عامي".split()}

    @staticmethod
    def _counted_noun(bare: str, k: str) -> bool:
        """Could the word after the full stop be the noun a number counts: indefinite,
        not on و / ف, no function word, a known word?"""
        return not (
            k.startswith(shapes.DEFINITE_PREFIXES)
            or shapes.conjunction_led(bare)
            or shapes.is_function(k)
            or max(zipf(k), zipf(bare)) < 3.0
        )

    @staticmethod
    def _comment_on_count(noun: str, nxt: str) -> bool:
        """Is ``nxt``, after the indefinite ``noun`` that opens the sentence after a
        number, its adjective, a verb or a pronoun of separation: a comment on the
        number ("... ثلاثين. حصيلة كبيرة ...", "... ألف. زيادة تقارب ...", "... ثلاثين.
        حصيلة هي الأعلى ..."), not the noun it counts ("ألف. جرعة من اللقاح ...")?"""
        k = shapes.key(nxt)
        if k in SEPARATING_PRONOUNS or shapes.predicate_verb(k):
            return True
        return shapes.agreeing_adjective(hamza_key(nxt), hamza_key(noun))

    def _by_accusative(self, doc, seen):
        for dot, w1, w2 in self._objects_after(doc.text, seen, ACCUSATIVE_RE, 3):
            if accusative(w1, head=True) and accusative(w2, head=False):
                yield (
                    dot,
                    (
                        f"'{w1} {w2}' is an indefinite noun and its adjective in the "
                        "accusative, the object of the clause before"
                    ),
                )

    def _by_comparative(self, doc, seen):
        for dot, w1, w2 in self._objects_after(doc.text, seen, AFTER_RE, 4):
            if indefinite_np(w1, w2):
                yield (
                    dot,
                    f"'{w1} {w2}' is an indefinite noun with a comparative, the object of the "
                    "clause before",
                )

    # Currencies and units: after a number and its scale, never a sentence's opening
    # ("... 500 ألف. دولار متغيرات ...").
    _CURRENCIES = {
        shapes.key(w)
        for w in "دولار ريال درهم جنيه دينار يورو ليرة فرنك روبية طن برميل كيلومتر متر".split()
    }
