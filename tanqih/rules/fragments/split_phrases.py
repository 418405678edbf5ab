"""Signals of FRG002 (``splits``) that read the phrase after a full stop: a tail
phrase, a governed word, a connective, a phrase in a preposition, a clause left open,
أما without its answer, a relative or demonstrative cut from its noun."""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, strip_marks
from tanqih.linter.quotemarks import STYLE_MARKS
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.complement_words import (
    B_TAIL_RE,
    GOVERNED_RE,
    NEEDS_COMPLEMENT,
    b_governor,
    b_object,
    means_or_purpose,
    prep_with_pronoun,
    prepositional_head,
)
from tanqih.rules.fragments.noun_phrases import (
    noun_head,
)
from tanqih.rules.fragments.open_clauses import (
    head_left_open,
    phrase_alone,
    predicate_in,
    prepositional_opening,
    separate_prepositional_opening,
    verb_left_open,
)
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    broken_plural,
)
from tanqih.rules.fragments.sentence_openings import (
    CLAUSE_HEADS,
    CONNECTIVE_RE,
    FOLLOWERS,
    QUOTED_RELATIVE_RE,
    TAIL_FIRST,
    TAIL_RE,
    phrase_tail,
    relative_subject,
)
from tanqih.rules.fragments.verb_clauses import (
    line_before,
    long_enough,
    sentence_words,
    word_before,
)

# "أما" (not "إما", either) and the words of its topic, up to the full stop.
AMMA_RE = re.compile(f"(?:^|[\\s،,])و?أما\\s+([{LETTERS}].*)$")


def _fa_answer(word: str) -> bool:
    """Does ``word`` open the answer of أما on ف: ف before a word with the article, a
    particle or pronoun, or any word ("فالواقع", "فهي", "فقد", "فإن", "فيصعب")?"""
    if word[:1] != "ف":
        return False
    rest = shapes.key(word[1:])
    return rest.startswith("ال") or shapes.is_function(rest) or shapes.conjunction_led(word)


# The opening quote mark of each closing one ("”" -> "“", "»" -> "«", '"' -> '"').
_OPENER_OF = {close: opening for opening, close in STYLE_MARKS.values()}
_ON = shapes.key("على")
_THAT_WORDS = {shapes.key("أن")}


def _obligation(words: list[str]) -> bool:
    """Do ``words`` open with على, a noun with a pronoun and a definite masdar or أن
    ("على صاحبه الاتصال بالرقم ...", "على أصحابها أن يراجعوا ..."): an obligation put
    first, a nominal sentence of its own?"""
    if len(words) < 3 or shapes.key(words[0]) != _ON:
        return False
    owner, what = strip_marks(words[1]), shapes.key(strip_marks(words[2]))
    return (
        owner.endswith(shapes.PRON_SUFFIXES)
        and len(owner) >= 4
        and (what.startswith("ال") or what in _THAT_WORDS)
    )


def _speech_closed(text: str, dot: int) -> bool:
    """Does a quotation introduced by a colon close right before the full stop at ``dot``
    ('وفي آخرها يكتب: "ما تقلقيش، هانت". في اليوم التالي ...'): a verb of saying and
    the words it quotes, a whole sentence?"""
    opener = _OPENER_OF.get(text[dot - 1 : dot])
    if opener is None:
        return False
    start = text.rfind(opener, max(0, dot - 400), dot - 1)
    return start > 0 and text[max(0, start - 3) : start].rstrip().endswith(":")


class PhraseSignals:
    """The phrase signals, mixed into ``SentenceSplit``."""

    def _by_tail(self, doc, seen):
        text = doc.text
        for m in TAIL_RE.finditer(text):
            dot = m.end(1)
            if shapes.key(m.group(2)) not in TAIL_FIRST and not means_or_purpose(m.group(2)):
                continue
            if dot in seen or len(word_before(text, dot)) < 2:
                continue  # (an initial: "العميد ي. من وحدة ...")
            why = phrase_tail(text, dot + 2)
            if why is None or not long_enough(text, dot, 5):
                continue
            if predicate_in(sentence_words(text, dot + 2)):
                continue  # a predicate put first: "لدى الشركة الصينية ... خبرة طويلة."
            if _speech_closed(text, dot):
                continue  # words quoted after a colon close their sentence: 'يكتب: "...".'
            if _obligation(sentence_words(text, dot + 2)):
                continue  # "على صاحبه الاتصال ...": who must, then what, a sentence
            yield dot, why

    def _by_governed(self, doc, seen):
        text = doc.text
        for m in GOVERNED_RE.finditer(text):
            # "... حرصت. على توسيع ...", "... تحتاج. إلى بنية ...": a verb cut from the
            # preposition that brings its object
            dot = m.end(1)
            if dot in seen:
                continue
            prep = shapes.GOVERNED.get(shapes.key(m.group(1)))
            after = shapes.key(m.group(2))
            if prep is None or not (after == prep or prep_with_pronoun(after, prep)):
                continue
            if m.group(3) and shapes.key(m.group(3)) in shapes.OPENING_IDIOMS:
                continue  # "... سعى. إلى جانب ذلك، ..."
            if not long_enough(text, dot, 3):
                continue
            yield (
                dot,
                (
                    f"'{m.group(1)}' takes its object through '{m.group(2)}': the full stop cuts "
                    "them apart"
                ),
            )

    def _by_connective(self, doc, seen):
        text = doc.text
        for m in CONNECTIVE_RE.finditer(text):
            # "من جانبه. أكد الوزير ...", "... الأسبوع الماضي. ومن جهة أخرى. أعلنت
            # ...": a connective that opens the sentence after it, cut off by a full stop
            dot = m.end(1)
            phrase = " ".join(shapes.key(strip_marks(w)) for w in m.group(1).split())
            if dot in seen:
                continue
            if phrase not in shapes.CONNECTIVE_OPENERS:
                if prepositional_head(m.group(1).split(), text, dot):
                    yield (
                        dot,
                        f"'{m.group(1)}' is a preposition and the noun that heads a construct: "
                        "the full stop cuts it from what completes it",
                    )
                continue
            line_end = text.find("\n", dot)
            if len(shapes.words(text[dot : line_end if line_end >= 0 else len(text)])) < 3:
                continue  # (the sentence after it must go on)
            # ("في حين أكد ...", "وتجدر الإشارة إلى ...": no comma there)
            words = phrase.split()
            if words[-1] in NEEDS_COMPLEMENT or words[0] in CLAUSE_HEADS:
                yield dot, f"'{m.group(1)}' opens the sentence after it"
            else:
                yield (
                    dot,
                    f"'{m.group(1)}' opens the sentence after it and takes a comma",
                    "،",
                    "replace the full stop with a comma",
                )

    def _by_b_tail(self, doc, seen):
        text = doc.text
        for m in B_TAIL_RE.finditer(text):
            # "... وقامت قوات الاحتلال. بتنفيذ حملة ...", "... فيما يتعلق. بالمساجد
            # ...": a verb that takes its object through "بـ", and the next sentence
            # opens with that object.
            dot = m.end(1)
            if dot in seen or not long_enough(text, dot, 3):
                continue
            verb = b_governor(text, m.start(1))
            if verb is None or not b_object(m.group(2)):
                continue
            yield (
                dot,
                (
                    f"'{verb}' takes its object through 'بـ': the full stop cuts it from "
                    f"'{m.group(2)}'"
                ),
            )

    def _by_open_clause(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            if verb_left_open(text, m.start(1), w1, w2):
                # "... أن قوات الاحتلال أغلقت. منزل الشهيدين ...": a verb closing its
                # sentence before a phrase with no verb, its subject or object
                yield (
                    dot,
                    f"'{w1}' ends its sentence with no subject or object after it, and "
                    f"'{w2} ...' is a phrase with no verb: the full stop cuts them apart",
                )
            elif head_left_open(text, m.start(2), w1, w2) and long_enough(text, dot, 3):
                # "... في توسيع عملية. التطبيع بإضافة ...": a construct cut before its
                # genitive
                yield (
                    dot,
                    f"'{w1}' heads a construct that '{w2}' completes, and '{w2} ...' is a "
                    "phrase with no verb: the full stop cuts them apart",
                )
            elif prepositional_opening(text, m.start(2), w2) and long_enough(text, dot, 3):
                # "... بسبب انتهاكاتها. لحقوق الإنسان ...": a phrase in بـ / لـ with no
                # verb of its own completes the clause before
                yield (
                    dot,
                    f"'{w2} ...' is a phrase in a preposition with no verb of its own: it "
                    "completes the sentence before",
                )
            elif (
                len(strip_marks(w1)) > 1  # (an initial: "العميد ج. من لواء ...")
                and separate_prepositional_opening(text, m.start(2), w2)
                and long_enough(text, dot, 3)
            ):
                # "... وحذرت وزارة الصحة العامة. من مخاطر استهلاك مياه ...": a phrase
                # in a preposition with no main clause completes the clause before
                yield (
                    dot,
                    f"'{w2} ...' opens a phrase in a preposition with no verb of its own: "
                    "it completes the sentence before",
                )
            elif phrase_alone(text, m.start(2), w1, w2) and long_enough(text, dot, 4):
                # "... والتعقب للسفن. الإسرائيلية المتجهة إلى ...": a phrase with no
                # verb and no predicate is no sentence after any other
                yield (
                    dot,
                    f"'{w2} ...' is a phrase with no verb and no predicate: it cannot "
                    "stand as a sentence and continues the one before",
                )

    # A demonstrative for a feminine noun or a plural, after a preposition or و ("لتلك",
    # "بهذه", "وتلك"): it points at the noun after it.
    _POINTING = {shapes.key(w) for w in "هذه تلك هؤلاء هاتين هذين".split()}

    def _by_demonstrative(self, doc, seen):
        text = doc.text
        for _m, dot, w1, w2 in self._pairs(doc, seen):
            # "... واستمرارا لتلك. الإنجازات العلمية ...": a demonstrative led by a
            # preposition or و, cut from the definite noun it points at (alone it
            # would be a pronoun: "أشاد بهذا.", "بذلك.", and so it is after كـ: "أجواء
            # كهذه.")
            k1 = shapes.key(w1)
            if k1[:1] not in "لبوف" or k1[1:] not in self._POINTING:
                continue
            b2 = strip_marks(w2)
            k2 = shapes.key(b2)
            if not k2.startswith("ال") or not (
                shapes.feminine(k2) or broken_plural(k2[2:]) or k2.endswith(("ين", "ون"))
            ):
                continue
            if long_enough(text, dot, 3):
                yield dot, f"'{w1}' points at '{w2}': no sentence ends between them"

    def _by_follower(self, doc, seen):
        text = doc.text
        for _m, dot, w1, w2 in self._pairs(doc, seen):
            # "... المبعوث آموس هوكستين. الذي شدد ...", "... وهو العدد. نفسه الذي سجل":
            # the word after the full stop belongs to the noun before it
            k1, k2 = shapes.key(w1), shapes.key(w2)
            if k2 not in FOLLOWERS:
                continue
            if shapes.is_function(k1) or len(strip_marks(w1)) < 3:
                continue
            if hamza_key(w2) in RELATIVES:
                # After a definite noun the pair signal, which checks agreement, has
                # spoken; after a verb or a common indefinite noun a relative opens a
                # headless clause ("... انسحب. الذي حدث كان ..."): only a name is left
                # ("... آموس هوكستين. الذي شدد ...")
                if k1.startswith("ال") or shapes.past_or_present_verb(k1) or noun_head(k1):
                    continue
                if relative_subject(text, dot):
                    continue  # a relative clause as a subject: "الذي يجري الآن هو ..."
            else:
                following = sentence_words(text, dot + 2)[1:2]
                if following and shapes.past_or_present_verb(shapes.key(following[0])):
                    continue  # "نفسه تتوق إلى ...": the noun (his soul), a subject
            if long_enough(text, dot, 2):
                yield dot, f"'{w2}' belongs to '{w1}' before it: no sentence opens with it"

    def _by_quoted_antecedent(self, doc, seen):
        text = doc.text
        for m in QUOTED_RELATIVE_RE.finditer(text):
            # "... معرض «خيوط الذاكرة». الذي يضم ...": the quoted name is the antecedent
            dot = m.start() + 1
            if dot in seen or relative_subject(text, dot) or not long_enough(text, dot, 3):
                continue
            yield (
                dot,
                f"'{m.group(1)}' describes the quoted name before it: no sentence opens with it",
            )

    def _by_amma(self, doc, seen):
        text = doc.text
        for _m, dot, _w1, w2 in self._pairs(doc, seen):
            # "... ويتجول الناس فيها، أما اليوم. فالواقع أصبح مغايرا": أما opens a
            # topic that its answer on ف completes; the full stop cuts them apart
            if not _fa_answer(w2):
                continue
            sentence = re.split("[.؟!]", line_before(text, dot, 200))[-1]
            topic = AMMA_RE.search(sentence)
            if topic is None:
                continue
            words = shapes.words(topic.group(1))
            if any(_fa_answer(w) for w in words):
                continue  # the answer is there: "أما اليوم فالواقع ...", "... فهي خالية"
            if shapes.key(words[0]) == "بعد":
                continue  # the formula "أما بعد."
            yield dot, f"'أما' waits for its answer on ف, '{w2}', which the full stop cuts off"

    @staticmethod
    def _objects_after(text, seen, pattern, need):
        """(full stop, w1, w2) for each match of ``pattern`` (a full stop and two words)
        right after a word of three letters or more (not an initial or an abbreviation)
        that closes a clause of ``need`` words."""
        for m in pattern.finditer(text):
            dot = m.start()
            if dot in seen or dot == 0 or not re.match(f"[{LETTERS}{MARKS}]", text[dot - 1]):
                continue
            if len(word_before(text, dot)) < 3 or not long_enough(text, dot, need):
                continue  # (initials / abbreviations; a label)
            yield dot, m.group(1), m.group(2)
