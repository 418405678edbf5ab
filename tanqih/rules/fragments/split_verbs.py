"""Signals of FRG002 (``splits``) that read a verb at the full stop: a verb cut from
its subject, object or what it says (a verb of saying with nothing said, a lone verb,
a verb that always takes an object, a that-clause cut from its verb)."""

from __future__ import annotations

import re

from tanqih.linter.arabic import MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.document_words import definite_stems, listed_word
from tanqih.rules.fragments.noun_phrases import (
    DEMONSTRATIVES,
    genitive_after_noun,
    noun_head,
)
from tanqih.rules.fragments.phrase_words import (
    SCALE_WORDS,
    adjective_after,
    without_conjunction,
)
from tanqih.rules.fragments.verb_clauses import (
    COPULAS,
    has_verb,
    long_enough,
    mid_sentence,
    opener_and_verb,
    saying_participle_alone,
    sentence_words,
    verb_after_comma,
    verb_alone_in_clause,
    verbless_clause,
    word_before,
)
from tanqih.rules.fragments.verb_complements import (
    ADDS_TO_RE,
    AS_RE,
    AS_SAID_RE,
    COMPLEMENT_VERBS,
    LONE_RE,
    LONE_SUBJECT_RE,
    REPORTING,
    SAID_ALONE_RE,
    SAID_DONE_RE,
    SAID_RE,
    SAYING_RE,
    SPEAKER_RE,
    THAT_CLAUSE_RE,
    THERE,
    VERB_ALONE_RE,
    lone_verb,
    object_lost,
    object_lost_after_subject,
    subject_alone,
    written_with_hamza_elsewhere,
)

# A number right before a word, no year ("900 طالب"; not "2019 طالب"): it counts a noun.
_COUNT_BEFORE_RE = re.compile(r"(?<![0-9٠-٩])(?!(?:19|20|١٩|٢٠)[0-9٠-٩]{2} )[0-9٠-٩]+ $")
# Words that quantify the noun after them: no verb follows them ("كل طالب.").
_QUANTIFIERS = {hamza_key(w) for w in "كل لكل بكل وكل أي لأي بأي".split()}


# إنّ with its pronoun or before a definite noun, written with the hamza under the
# alef: the clause it opens is what a verb of saying says (the conditional إن is
# followed by a verb: "وإن قال ...").
_SAID_CLAUSE_RE = re.compile(
    f"(?:^|\\s)[وف]?إن[{MARKS}]*(?:(?:ه|ها|هم|هما|هن|ني|نا)[{MARKS}]*\\s|\\s+ال)"
)


class VerbSignals:
    """The verb signals, mixed into ``SentenceSplit``."""

    def _told_verb(self, text, m, k) -> bool:
        """A verb of saying alone between two sentences, in a story told in short ones:
        the next sentence has a verb of its own ("... عن الجامع. فأشار. الطريق كان
        قريبا."; not "... أمس. وقال. الوزير إن ...")."""
        if without_conjunction(k) not in REPORTING:
            return False
        return has_verb(sentence_words(text, m.end()), hollow=False)

    def _by_lone_verb(self, doc, seen):
        text = doc.text
        for m in LONE_RE.finditer(text):
            dot = m.end(1)
            if dot in seen or not lone_verb(m.group(1), m.group(2)):
                continue
            if not long_enough(text, m.start() - 1, 3):
                continue  # (a run of short sentences: "صمت. ثم ضحكة ...")
            rest = sentence_words(text, m.end(2))
            if (
                len(rest) < 2
                or text[m.end(2) : m.end(2) + 1] in "،,:؛"
                or has_verb(rest, hollow=False)
            ):
                continue  # (the next sentence has its own verb: "وعجز. المؤتمر انتهى ...")
            yield (
                dot,
                f"'{m.group(1)}' stands alone between two sentences: a verb cut from its "
                "subject or object",
            )

    def _by_said(self, doc, seen):
        text = doc.text
        for m in SAID_RE.finditer(text):
            dot = m.start()
            if len(word_before(text, dot)) < 2:
                continue  # an initial: "وقال العميد ي. إن ..."
            if dot in seen or not self._said_before(text, dot):
                continue
            yield (
                dot,
                (
                    f"the sentence before has a verb of saying without what was said, and "
                    f"'{m.group(1)}' opens it"
                ),
            )

    def _by_said_alone(self, doc, seen):
        text = doc.text
        for m in SAID_ALONE_RE.finditer(text):
            dot = m.end() - 1
            words = [strip_marks(w) for w in m.group(1).split()]
            if dot in seen or len(words[-1]) < 2:
                continue  # an initial: "وقال د. سعيد ..."
            if any(
                shapes.is_function(w)
                or (not w.startswith("ال") and shapes.predicate_verb(shapes.key(w)))
                for w in words
            ) or SAID_DONE_RE.search(m.group(1)):
                continue  # what was said is there: "قالوا نعم.", "قالت ستعود.", "قال ذلك."
            said = m.group().strip()[:-1]
            yield dot, f"'{said}' is a verb of saying and its subject, with nothing said"

    def _by_verb_alone(self, doc, seen):
        text = doc.text
        for m in VERB_ALONE_RE.finditer(text):
            # "... الصحافي. وبثت الميادين. مشاهد إصابة ...": a verb that needs an object
            # or a complement and its subject alone as a sentence, before words that
            # go on with that subject: a definite adjective of its last word ("أصدرت
            # قيادة القوات. المشتركة ...") or the genitive of an indefinite head ("ذكرت
            # وسائل. إعلام إسرائيلية ..."). (The verb and a definite word may be a
            # complete sentence, a passive, an object with the subject left out, or a
            # subject and its object: "ورفعت الجلسة.", "فأوضح السبب.", "واستعرض الوفد
            # الخطة.")
            dot = m.end(2)
            verb = strip_marks(m.group(1))
            if dot in seen or hamza_key(verb) not in COMPLEMENT_VERBS:
                continue
            words = [strip_marks(w) for w in m.group(2).split()]
            if not subject_alone(verb, words):
                continue
            rest = sentence_words(text, dot + 1)
            if len(rest) < 3:
                continue
            b2 = strip_marks(rest[0])
            k2 = shapes.key(b2)
            if shapes.is_function(b2) or shapes.conjunction_led(b2):
                continue
            last = words[-1]
            if last.startswith("ال"):
                # (or its object: an indefinite noun opening a clause with no verb)
                following = text[m.end() + len(rest[0]) : m.end() + len(rest[0]) + 30]
                after = following[:1]
                if not self._object_next(text, dot, rest, k2) and (
                    not k2.startswith("ال")
                    or not adjective_after(shapes.key(last), b2, after, False, last, following)
                ):
                    continue
            elif (len(words) > 1 and not words[-2].startswith("ال")) or has_verb(rest):
                continue  # ("وأطلقت حملة توعية. الحملة تستهدف ...")
            said = m.group().strip()[:-1]
            yield dot, f"'{said}' is a verb and its subject, without the object it needs"

    @staticmethod
    def _object_next(text, dot, rest, k2) -> bool:
        """Is the word after the full stop (keyed ``k2``; ``rest`` the words from it) an
        indefinite noun opening a clause with no verb before its first comma, relative
        or word on و ("... وبثت الميادين. مشاهد إصابة الصحافي، والذي كان ...")? Then
        it is the object the verb and its subject before the full stop lack; a noun
        with its own verb opens a sentence ("... وأكد المتحدث. مصادر أخرى نفت ...")."""
        if k2.startswith(shapes.DEFINITE_PREFIXES) or shapes.is_function(k2):
            return False
        if shapes.pp_prefixed(k2) or has_tanween(rest[0]):
            return False
        if shapes.past_or_present_verb(k2):
            return False
        return verbless_clause(text, dot)

    def _by_speaker(self, doc, seen):
        text = doc.text
        for m in SPEAKER_RE.finditer(text):
            # ". الودغيري إن ...", ". حداد، إن ...": the rest of the speaker's name (or
            # title) before what was said, cut from the verb of saying
            dot = m.start()
            if dot in seen or len(word_before(text, dot)) < 2:
                continue
            words = [strip_marks(w) for w in m.group(1).replace("،", " ").split()]
            first = shapes.key(words[0])
            if (
                shapes.conjunction_led(words[0])
                or any(shapes.is_function(w) for w in words)
                or first in REPORTING
                or shapes.past_or_present_verb(first)
                or not self._said_before(text, dot)
            ):
                continue
            yield (
                dot,
                (
                    f"the sentence before has a verb of saying without what was said, and "
                    f"'{m.group(1).strip(' ،')}' is the rest of the speaker's name before "
                    f"'{m.group(2)}'"
                ),
            )

    # Words after which أن is the subjunctive أنْ before a verb, never أنّ before a noun:
    # "... دون أن تحول المواد القديمة.", and verbs of need, will and ability and على
    # with its pronoun, "... إن كان عليها أن توقف الدواء.".
    _VERB_AN_HEADS = frozenset(
        hamza_key(w)
        for w in """دون بدون قبل بعد لدرجة يجب ينبغي يمكن يستطيع تستطيع نستطيع أستطيع
        يريد تريد نريد أريد أراد أرادت حاول حاولت قرر قررت اعتاد اعتادت عسى
        عليه عليها عليهم علينا عليك عليكم""".split()
    )

    def _by_that_clause(self, doc, seen):
        text = doc.text
        for m in THAT_CLAUSE_RE.finditer(text):
            # "... لافتا إلى أن المشروع. سينقل مصر ...": أنّ / إنّ and its subject, cut
            # before the predicate (a verb follows أن in a real sentence: "أن يستمر.")
            dot = m.end(2)
            subject = [shapes.key(w) for w in m.group(2).split()]
            if m.group(3) and not noun_head(subject[0]):
                continue  # ("إن كان الأمر.": a conditional and its verb)
            if (
                dot in seen
                or "الاوان" in subject
                or any(shapes.is_function(k) for k in subject if k not in DEMONSTRATIVES)
            ):
                continue  # ("لقد أن الأوان.": آن written without its madda)
            particle = strip_marks(m.group(1))
            if particle == "أن" and shapes.key(word_before(text, m.start())) in self._VERB_AN_HEADS:
                continue  # أنْ and its verb: "... دون أن تحول المواد القديمة."
            if written_with_hamza_elsewhere(text, particle):
                continue  # a verb: "... بان العيب." (appeared) in a text that writes "بأن"
            if (
                not particle.lstrip("وف").startswith(("إ", "ب", "ل"))
                and not shapes.predicate_verb(shapes.key(m.group(4)))
                and (
                    particle != "أن"
                    or not mid_sentence(text, m.start())
                    or shapes.key(m.group(4)).startswith("ال")
                )
            ):
                # "أن" may be the verb أنّ (moaned) with its subject: "فأنّ الشيخ. الألم
                # كان ...", "وفي الزاوية أنّ الجريح. الرصاصة ..."; "إنّ", "بأنّ", "لأنّ"
                # are particles whatever follows, and so is a bare "أن" inside a sentence
                # when its predicate may follow ("وأضاف أن الحكومة العراقية. قادرة")
                continue
            yield (
                dot,
                f"'{m.group(1)} {m.group(2)}' opens a clause that the full stop cuts before "
                "what it says of it",
            )

        for m in LONE_SUBJECT_RE.finditer(text):
            dot = m.end(2)
            k = shapes.key(m.group(2))
            if (
                dot in seen
                or (shapes.is_function(k) and k not in THERE)
                or not mid_sentence(text, m.start())
            ):
                continue  # ("... أنّ لدينا." has its predicate; "فأنّ الشيخ" moaned)
            yield (
                dot,
                f"'{m.group(1)} {m.group(2)}' opens a clause that the full stop cuts before "
                "what it says of it",
            )

    def _by_clause_verb(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            # "من جهتها، نشرت. سرايا القدس مشاهد ...": a verb alone in its clause, cut
            # from its subject or object
            if saying_participle_alone(text, m.start(), w1):
                if long_enough(text, dot, 3) and len(sentence_words(text, dot + 1)) >= 2:
                    yield (
                        dot,
                        f"'{w1}' is all its clause holds: a participle of saying cut from "
                        "what it says",
                    )
                continue
            if shapes.is_function(shapes.key(w2)):
                continue
            if without_conjunction(shapes.key(w1)) in definite_stems(doc):
                continue  # a noun the text writes with the article: "وقارت" / "بالقارت"
            if listed_word(text, m.start()):
                continue  # the last of single words listed: "فوز، فوز، فوز، تعادل."
            whole = opener_and_verb(text, m.start(), w1)  # "... اليوم. عندما اندلعت."
            if not whole and not verb_alone_in_clause(text, m.start(), w1):
                continue
            rest = sentence_words(text, dot + 1)
            if len(rest) < 3 or (not whole and has_verb(rest, hollow=False)):
                continue  # (a sentence of its own: "... عن موعد عودتها، ابتسمت. الإصابة ما زالت ...")
            yield dot, f"'{w1}' is all its clause holds: a verb cut from its subject or object"

    def _by_transitive(self, doc, seen):
        text = doc.text
        for _m, dot, w1, w2 in self._pairs(doc, seen):
            # "... المقاومة الإسلامية في لبنان تستهدف. موقع حدب يارون ...": a verb that
            # always takes an object, cut from it
            if shapes.is_function(shapes.key(w2)):
                continue
            if object_lost(text, dot, w1):
                rest = sentence_words(text, dot + 1)
                if len(rest) < 3 or shapes.verb_on_waw(strip_marks(rest[0])):
                    continue  # a new clause: "... حيث استقبل. وعقد الزعيمان ..."
                if not (self._passive_after(text, dot, w1) and has_verb(rest, hollow=False)):
                    yield dot, f"'{w1}' takes an object, and the full stop cuts it off"
                continue
            # "... استهدف الاحتلال الإسرائيلي. منزل عائلة ...": the verb and its subject,
            # cut from an indefinite object; the next sentence has no verb of its own
            b2 = strip_marks(w2)
            k2 = shapes.key(b2)
            if k2.startswith("ال") or shapes.predicate_verb(k2) or shapes.conjunction_led(b2):
                continue
            rest = sentence_words(text, dot + 1)
            if len(rest) < 3 or has_verb(rest) or verb_after_comma(text, dot + 2):
                continue  # (a phrase before its clause: "... بتجربة النظام، لاحظ الباحثون")
            verb = object_lost_after_subject(text, dot)
            if verb is not None:
                yield dot, f"'{verb}' takes an object, and the full stop cuts it from '{w2}'"

    @staticmethod
    def _passive_after(text: str, dot: int, verb: str) -> bool:
        """Does the verb before the full stop follow a noun, its subject, so that it may
        be a passive ("... إن الجلسة عقدت.", "... عشرين غارة شنت.": the session was
        held)? Then only a next sentence with no verb of its own shows the cut (a
        passive's sentence is complete: "... أغلقت. الأسواق شهدت ...")."""
        if shapes.conjunction_led(strip_marks(verb)):
            return False  # "... القطاع، وتستهدف.": no subject comes before و
        lead = text[max(0, dot - len(verb) - 40) : dot - len(verb)]
        before = shapes.words(lead)
        if not before or lead.rstrip()[-1:] in "،,":
            return False
        k = shapes.key(strip_marks(before[-1]))
        if has_tanween(before[-1]) or (len(k) > 3 and k.endswith("ا")):
            return False  # an accusative, no subject: "... شنت طائرة غارةً استهدفت."
        if len(before) > 1 and shapes.key(strip_marks(before[-2])) in shapes.PREPOSITIONS:
            return False  # a phrase, no subject: "... المقاومة في لبنان تستهدف."
        return not shapes.is_function(k) and not shapes.predicate_verb(k)

    def _said_before(self, text: str, dot: int) -> bool:
        """Does the sentence ending at ``dot`` hold a verb of saying (قال، أضاف، صرح)
        with nothing said after it ("وقالت الوزيرة في مؤتمر صحفي. إن الحكومة ...")? Not
        "كما قال." nor a verb whose clause or object is there ("قال ذلك."), nor one
        inside a clause in إنّ, what was said ("فقلت له إنها تضيف الكثير."), nor أضاف meaning
        "added to" ("عملا يضيف إلى رصيد كاتبة ... والفقد. إنها رواية ...")."""
        start = max(text.rfind(c, 0, dot) for c in ".!؟?\n") + 1
        sentence = text[start:dot]
        saying = list(SAYING_RE.finditer(sentence))
        if not saying or SAID_DONE_RE.search(sentence, saying[-1].end()):
            return False
        m = saying[-1]
        if _SAID_CLAUSE_RE.search(sentence, 0, m.start() + 1):
            # the verb is inside what was said, a clause in إنّ: "فقلت له إنها تضيف
            # الكثير."
            return False
        if ADDS_TO_RE.match(sentence, m.start()):
            return False  # "يضيف إلى رصيد كاتبة ..." (adds to), not a verb of saying
        return not AS_SAID_RE.search(sentence, 0, m.start() + 1)

    def _reporting_verb_cut(self, text, start, k) -> bool:
        """A verb of saying or an incomplete verb right before the full stop ("وأضاف.
        وزير ...", "وكانت. القوات ..."), unless it closes "كما قال." (as he said), "كما
        كان." or "أيا كان."."""
        bare = without_conjunction(k)
        if bare not in REPORTING and bare not in COPULAS:
            return False
        if bare == k and len(k) == 3 and genitive_after_noun(text, start):
            return False  # a masdar after its noun: "... بشاحنة نقل.", "عملية كشف."
        before = shapes.key(word_before(text, start))
        if bare == k and (
            before in SCALE_WORDS
            or before in _QUANTIFIERS
            or _COUNT_BEFORE_RE.search(text, max(0, start - 12), start)
        ):
            # a noun a number or كل counts, no verb: "... ٤٠ ألف طالب.", "كل طالب.",
            # "... أكثر من 900 طالب." (not a year: "وفي 2019 طالب. الرئيس ...")
            return False
        return not AS_RE.search(text[max(0, start - 12) : start])
