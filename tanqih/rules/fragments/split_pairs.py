"""Signals of FRG002 (``splits``) that read the two words around a full stop ("w1.
w2"): a pair the text writes elsewhere without the stop, a set phrase of Arabic, an
adjective agreeing with the noun before the stop, a word that cannot stand alone."""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.document_words import (
    HSPACE,
    addresses_a_woman,
    after_definite,
    definite_after_indefinite,
    noun_uses,
    side_by_side,
)
from tanqih.rules.fragments.noun_phrases import (
    coordinated_masdar,
    coordinated_noun,
    echoed,
    gender_pair,
    word_alone,
)
from tanqih.rules.fragments.number_words import (
    DAY_HEADS,
    DAYS,
    TODAY,
    compound_number,
    counted_plural,
    counts_plural,
    every_time,
)
from tanqih.rules.fragments.phrase_words import (
    COUNTING,
    RELATIVES,
    TIME_OPENERS,
    adjective_after,
    any_clear_verb,
    construct_adjective,
    construct_head,
    coordinated_nisba,
    definite_agreement,
    definite_base,
    described_definite,
    described_indefinite,
    head_noun,
    name_then_verb,
    nisba,
    ordinal_or_elative,
    participle_after,
    plain_adjective,
    predicate_next,
    relative_after,
    verb_after_adjectives,
)
from tanqih.rules.fragments.sentence_openings import (
    EMPHATICS,
    copula_after,
    cut_opening,
    epithet_opens,
    relative_subject,
)
from tanqih.rules.fragments.set_phrases import cut_set_phrase
from tanqih.rules.fragments.verb_clauses import (
    has_verb,
    line_before,
    long_enough,
    sentence_words,
    verb_first,
    word_before,
)
from tanqih.rules.fragments.verb_complements import (
    attribution,
)

# One word closing the sentence, after the spaces that follow a word.
_CLOSING_WORD_RE = re.compile(f"[{HSPACE}]+([{LETTERS}][{LETTERS}{MARKS}]*)[.؟!]")


# A definite noun and نفسه / ذاته after it, "the coach himself": the subject of a
# sentence of its own ("... المدرب ماهر عيد. المدرب نفسه قال ..."), though the text
# writes the two words side by side elsewhere ("ويخلف عيد المدرب البرتغالي").
def _emphatic_after(text: str, end: int) -> bool:
    """Is the word after ``end`` نفسه / ذاته and their like (``EMPHATICS``)?"""
    ws = shapes.words(text[end : end + 12])
    return bool(ws) and shapes.key(ws[0]) in EMPHATICS


def _items_in_stops(text: str, dot: int) -> bool:
    """Do the sentence ending at ``dot`` and the two before it in its paragraph each
    hold six words or fewer and no verb beyond doubt: items of a list written in full
    stops, whose last item may open with و ("شاشتان كبيرتان. مقاعد جلدية مدفأة. فتحة
    سقف بانورامية. وشاحن لاسلكي للهاتف.")?"""
    seg = line_before(text, dot, _ITEMS_REACH)
    pieces = _STOPS_RE.split(seg)
    if len(pieces) < 3 or (len(pieces) == 3 and len(seg) == _ITEMS_REACH):
        return False  # (a first item cut by the look-back is longer than six words)
    items = [shapes.words(s) for s in pieces[-3:]]
    return all(0 < len(ws) <= 6 and not any_clear_verb(ws) for ws in items)


_STOPS_RE = re.compile("[.؟!:]")
# Three items of six words at most fit well within this look-back.
_ITEMS_REACH = 400


class PairSignals:
    """The pair signals, mixed into ``SentenceSplit``."""

    def _pairs(self, doc, seen):
        """Each "w1. w2" of the text whose full stop no signal reported yet, as (the
        match, the full stop's offset, w1, w2). The pairs are found once per document
        and shared by the signals that read them."""
        for pair in doc.memo("fragments.split_pairs", self._find_pairs):
            if pair[1] not in seen:
                yield pair

    @classmethod
    def _find_pairs(cls, doc) -> list:
        text = doc.text
        out = []
        for m in cls._PAIR_RE.finditer(text):
            if attribution(text, m.start(), m.group(1)):
                continue  # (a verb of saying after its quotation: "«...»، أوضح.")
            if echoed(m.group(1), m.group(2)):
                continue  # the next sentence opens with the word: "إلى قرار. القرار لم يصدر"
            if shapes.key(m.group(1)) == shapes.key(m.group(2)):
                continue  # a word said again for weight: "فضيلة نادرة. نادرة جدا."
            if shapes.key(strip_marks(m.group(2))) in shapes.DIALECT_NEGATIONS:
                continue  # a dialect's negation opens a clause: "... غالي. ماشي حنا ..."
            if text.startswith("!", m.end(2)):
                continue  # a one-word exclamation is a sentence: "... تستغرق عشرين. عجيب!"
            out.append((m, m.end(1), m.group(1), m.group(2)))
        return out

    _SET_PHRASE = "'{w1} {w2}' is a set phrase of Arabic: no sentence ends between its words"

    def _by_pair(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            k1, k2 = shapes.key(w1), shapes.key(w2)
            if k1 in DAY_HEADS and (k2 in DAYS or (k2 in TODAY and k1 != "يوم")):
                # ("صباح. اليوم", "مساء. أمس"; not "كل صباح.", "ذات مساء.")
                if long_enough(text, dot, 3) and not every_time(text, m.start()):
                    yield dot, f"'{w1} {w2}' names one day: no sentence ends between them"
                continue
            if len(k1) < 3 or len(k2) < 3:
                continue
            if k2[0] in "وف":
                if compound_number(k1, k2):
                    if long_enough(text, dot, 2):
                        yield dot, f"'{w1} {w2}' is one number: no sentence ends inside it"
                elif gender_pair(strip_marks(w1), strip_marks(w2)):
                    if long_enough(text, dot, 2):
                        yield dot, f"'{w1} {w2}' names both sexes: no sentence ends between them"
                elif coordinated_nisba(strip_marks(w1), strip_marks(w2), text[m.end(2) :]):
                    if long_enough(text, dot, 3):
                        yield dot, f"'{w2}' goes on the list of adjectives that '{w1}' opens"
                elif coordinated_masdar(text, m.start(), strip_marks(w2), m.end(2)):
                    if long_enough(text, dot, 3):
                        yield dot, f"'{w2}' goes on the list of verbal nouns of the clause before"
                elif coordinated_noun(w1, w2, text, m.start(2)):
                    if long_enough(text, dot, 3) and not _items_in_stops(text, dot):
                        yield dot, f"'{w2}' goes on the list of nouns that '{w1}' ends"
                elif cut_set_phrase(text, dot, m.end(2), w1, w2) and long_enough(text, dot, 2):
                    # ("قناة. فضائية": no conjunction)
                    yield dot, self._SET_PHRASE.format(w1=w1, w2=w2)
                continue
            # Words before the full stop the clause needs: a pair written elsewhere
            # without the stop is strong evidence (two words suffice), agreement takes
            # three, the opt-in signal a full clause.
            need = 2
            if k2 in RELATIVES:
                why = None if relative_subject(text, dot) else relative_after(k1, k2)
            elif (
                counts_plural(k1, k0 := shapes.key(strip_marks(word_before(text, m.start()))))
                and counted_plural(k2, strip_marks(w2))
                and not (k1.startswith("ال") and k0 and not shapes.is_function(k0))
            ):  # ("خمسة. جنود", "خلال الستة. أيام"; not after its noun: "أطفالها الثلاثة. تقول")
                why = f"'{w1}' counts '{w2}': no sentence ends between a number and its noun"
                need = 3
            elif shapes.is_function(k1) or shapes.is_function(k2):
                continue
            elif (
                k1 != k2  # (a word repeated across the stop is repetition, not a cut)
                and not k2.startswith(("بال", "لل"))
                and side_by_side(text, w1, w2)
                and not self._subject_after_definite(text, m, k1, k2)
                and not _emphatic_after(text, m.end(2))
            ):
                # (a sentence may open with a prepositional phrase: "بالتزامن مع ...")
                why = f"'{w1} {w2}' is written without the full stop elsewhere in the text"
            elif cut_set_phrase(text, dot, m.end(2), w1, w2):
                why = self._SET_PHRASE
            else:
                after = text[m.end(2) : m.end(2) + 1]
                b2 = strip_marks(w2)
                # Whether the text writes the word after a definite word matters only for
                # an -ية word the frequencies alone do not call a nisba (computed then).
                attested = b2.endswith("ية") and not nisba(b2) and w2 in after_definite(doc)
                following = text[m.end(2) : m.end(2) + 30]
                if after == " " and following[1:2].isdigit():
                    continue  # a team and its score: "... صافرة النهاية. السعودية 1-1 اليابان."
                if (
                    b2.endswith("ي")
                    and not b2.startswith("ال")
                    and addresses_a_woman(doc)
                    and shapes.past_or_present_verb(shapes.key(b2[:-1]))
                ):
                    continue  # an imperative said to a woman: "... في دفتر. نامي سبع ساعات"
                b0 = word_before(text, m.start())
                why = adjective_after(k1, b2, after, attested, strip_marks(w1), following, b0)
                if why is None and b2.startswith("الم"):
                    why = participle_after(k1, b2, after, text[m.end(2) : m.end(2) + 60])
                if why is None and k1.startswith("ال") and k2.startswith("ال"):
                    why = self._head_adjective(text, m.start(), b2, after, attested, following)
                if why is None and after not in "،,:؛":
                    why = described_indefinite(w1, w2, following) or described_definite(
                        w1, w2, following
                    )
                if why is None and after not in "،,:؛" and b2.endswith("ية"):
                    before = shapes.words(text[max(0, m.start() - 30) : m.start()])
                    if before:
                        why = construct_adjective(strip_marks(before[-1]), strip_marks(w1), b2)
                # Two words before the stop will do, unless a verb follows the word (a
                # two-word label then: "عاجل الاحتلال. الإسرائيلي يقصف ...", against
                # "تداعيات العدوان. الإسرائيلي على غزة ...") or the two words are a verb
                # and its subject before a sentence with a verb of its own ("وصلت القوات.
                # العربية للطيران أعلنت ..."; not "تمكنت المقاومة. اليمنية الشعبية في ...")
                need = 2
                if predicate_next(following) or (
                    verb_first(text, dot) and has_verb(sentence_words(text, m.end(2)), hollow=False)
                ):
                    need = 3
                if why is None and self.opts["definite-after-indefinite"]:
                    why = definite_after_indefinite(doc, w1, k1, k2, after)
                    need = 4
                rest = text[m.end(2) : m.end(2) + 60]  # (both read 50 characters at most)
                if why is not None and (epithet_opens(w2, rest) or name_then_verb(rest)):
                    # a person described or named: "... محمد صلاح. الدولي المصري سجل ...",
                    # "... مناطقهم الخلفية. الفرنسي كريم بنزيمة افتتح ..."
                    continue
                if why is not None and noun_uses(doc)[w2] > 1:
                    continue  # used as a noun elsewhere in the text
                if why is not None and copula_after(text[m.end(2) : m.end(2) + 40]):
                    continue  # a subject: "... القطاع. البنية التحتية هي الشرط ..."
                if why is not None and self._adjective_closes(text, m.end(2)):
                    continue  # a subject and its predicate: "... المناطق. السرية مضمونة."
            if why is None or not long_enough(text, dot, need):
                continue
            yield dot, why.format(w1=w1, w2=w2)

    @staticmethod
    def _adjective_closes(text: str, end2: int) -> bool:
        """Is the word after ``end2`` an indefinite adjective that closes the sentence
        ("... المناطق. السرية مضمونة.")? Then the word before it is the subject of a
        sentence of two words, its predicate."""
        m = _CLOSING_WORD_RE.match(text, end2, end2 + 40)
        if m is None or has_tanween(m.group(1)):
            return False
        b = strip_marks(m.group(1))
        if b.startswith("ال") or shapes.is_function(shapes.key(b)):
            return False
        return plain_adjective(b) or nisba(b) or (b.startswith("م") and shapes.gendered(b))

    @staticmethod
    def _subject_after_definite(text, m, k1, k2) -> bool:
        """Is ``w2`` a definite word after a definite ``w1``, before a verb (after up to
        two adjectives)? Two definite nouns side by side elsewhere in the text are a verb's
        subject and object there ("طرحت الشركة الجهاز بثلاثة ألوان"), not one phrase, and
        here ``w2`` is the subject of a sentence of its own ("... حسب الشركة. الجهاز يدعم
        ...")."""
        if not (k1.startswith("ال") and k2.startswith("ال")):
            return False
        base = definite_base(k2)
        if nisba(strip_marks(m.group(2))) or plain_adjective(base) or ordinal_or_elative(base):
            return False  # an adjective of the word before: "القوات. الإسرائيلية"
        return verb_after_adjectives(text[m.end(2) : m.end(2) + 60])

    def _by_word_alone(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            # "كاميرا. الميادين ترصد ...", "الرئيس. الفلسطيني محمود عباس يقول ...": a
            # sentence of one noun, opening a paragraph or after a full stop, that the
            # next word completes. Scraped text has almost none of its own (a dateline or
            # a label, "عاجل.", stands on its line or before a dash).
            if not cut_opening(text, m.start()) or not word_alone(w1):
                continue
            if len(sentence_words(text, dot + 1)) < 3:
                continue
            b1, b2 = strip_marks(w1), strip_marks(w2)
            k1, k2 = shapes.key(b1), shapes.key(b2)
            if shapes.is_function(k2) or k2 in TIME_OPENERS or not b2.startswith("ال"):
                continue
            after = text[m.end(2) : m.end(2) + 1]
            if b1.startswith("ال"):
                # (a verb may follow: the phrase is the subject of the sentence cut)
                attested = b2.endswith("ية") and not nisba(b2) and w2 in after_definite(doc)
                if after in "،,:؛" or k1 == k2:
                    why = None
                elif nisba(b2, attested) and k2 not in COUNTING:
                    why = "the adjective '{w2}' describes '{w1}' before the full stop"
                    why = why if definite_agreement(k1, k2, b1) else None
                elif b2.startswith("الم"):
                    why = participle_after(k1, b2, after)
                else:
                    why = None
            elif after not in "،,:؛" and construct_head(b1) and head_noun(b1):
                why = "'{w1}' heads a construct whose second noun, '{w2}', the full stop cuts off"
            else:
                why = None
            if why is not None and copula_after(text[m.end(2) : m.end(2) + 40]):
                continue  # a subject: "جواب. الممارسة اليومية هي المفتاح ..."
            if why is not None:
                yield dot, why.format(w1=w1, w2=w2)

    @staticmethod
    def _head_adjective(text, start, b2, after, attested, following) -> str | None:
        """A relational adjective after the full stop agreeing with the head of the
        construct before it, an indefinite singular noun ("حصيلة القتلى. الإجمالية",
        "عملية الطعن. البطولية"), before no verb."""
        if after in "،,:؛" or not nisba(b2, attested) or predicate_next(following):
            return None
        ws = shapes.words(text[max(0, start - 40) : start])
        if not ws:
            return None
        b0 = strip_marks(ws[-1])
        k0 = shapes.key(b0)
        if len(k0) < 4 or shapes.is_function(k0) or k0.startswith(shapes.DEFINITE_PREFIXES):
            return None
        if shapes.predicate_verb(k0) or k0.endswith(("ين", "ون", "ات", "ان")):
            return None
        k2 = shapes.key(b2)
        if k2.endswith("ية") != k0.endswith("ة") or k2.endswith(("يات", "ين", "ون")):
            return None  # (agreement in gender, a singular)
        return f"the adjective '{{w2}}' describes '{b0} {{w1}}' before the full stop"

    _PAIR_RE = re.compile(
        f"(?<![{LETTERS}{MARKS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. "
        f"([{LETTERS}][{LETTERS}{MARKS}]*)(?![{LETTERS}{MARKS}])"
    )
