"""Signals of FRG002 (``splits``) that read a noun phrase cut at its head: a name of
two words or more, a bound word, the head of a construct or a masdar cut from its
genitive."""

from __future__ import annotations

import re

from tanqih.linter.arabic import hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.complement_words import (
    BOUND_RE,
    named_ali,
)
from tanqih.rules.fragments.document_words import (
    sentence_final_words,
)
from tanqih.rules.fragments.noun_phrases import (
    COMPOUND_NAME_RE,
    NAME_LINKS,
    construct_then_verb,
    fixed_name,
    masdar_cut,
    name_shape,
    subject_opens,
)
from tanqih.rules.fragments.phrase_words import (
    TIME_NOUNS,
    TIME_OPENERS,
    any_clear_verb,
    bare_head,
    clear_verb,
    construct_head,
    derived_masdar,
    head_noun,
    imperfect_verb,
    indefinite_genitive,
    plain_adjective,
    predicate_next,
)
from tanqih.rules.fragments.sentence_openings import (
    clause_predicate,
    copula_after,
    epithet_opens,
    nominal_predicate,
)
from tanqih.rules.fragments.verb_clauses import (
    has_verb,
    line_before,
    long_enough,
    sentence_words,
    word_before,
)
from tanqih.rules.word_frequencies import zipf

# "son of", "daughter of" between two parts of a name (not ابن / أبو / آل, which open
# a name of their own: "أبو مازن", "ابن الشهيد")
_SON_OF = {hamza_key(w) for w in "بن بنت".split()}


_THAT = {hamza_key(w) for w in "أن وأن".split()}


def _that_clause_before(text: str, dot: int) -> bool:
    """Does the sentence that the full stop at ``dot`` closes open with أن too: one of
    several items in a row, each a clause in أن ("أعدكم بثلاثة أشياء. أن تفتح المكتبة.
    أن يعود الدوري.")?"""
    ws = shapes.words(re.split("[.؟!:]", line_before(text, dot))[-1])
    return bool(ws) and shapes.key(ws[0]) in _THAT


def _that_ungoverned(text: str, head: int, following: str) -> bool:
    """Does a clause in أن follow the definite word after the full stop (``following``
    is the text after it), while the clause the stop closes holds no verb before its
    last word (the head, at ``head``) that could govern it? Then the word is a subject
    whose predicate is that clause ("... لأن الربح في الشقق الكبيرة أعلى. النتيجة أن
    ..."), not a construct's noun cut from its head ("... وأكدت وزارة. الصحة أن ...")."""
    ws = shapes.words(following[:20])
    if not ws or shapes.key(ws[0]) not in _THAT:
        return False
    clause = re.split("[.،,؛;:!؟?]", line_before(text, head))[-1]
    return not has_verb(shapes.words(clause))


def _verb_agrees(subject: str, following: str) -> bool:
    """Does the verb opening ``following`` agree with a feminine ``subject`` (in ة or
    ات) put before it, in ت ("الساحات تتسع", "الحرب بدأت"; not "الساحات بدأ", which a
    full stop cut from the masdar before it: "... اشتعال. الساحات بدأ يتصاعد")? A
    masculine subject takes either."""
    b = strip_marks(subject)
    if not b.endswith(("ة", "ات")):
        return True
    ws = shapes.words(following[:30])
    k = shapes.key(ws[0]) if ws else ""
    return k.startswith("ت") or k.endswith("ت")


def _short_nominal(words: list[str]) -> bool:
    """Are the words of a sentence (three or four) a short nominal sentence, a definite
    subject and its predicate, maybe with an adverb ("النوم علاج أيضا.")?"""
    if len(words) > 4:
        return False
    core = [strip_marks(w) for w in words]
    while core and shapes.key(core[-1]) in shapes.TRAILING_ADVERBS:
        core.pop()
    return 2 <= len(core) <= 3 and shapes.sentence_shape(core)


# A relative after a definite noun, and the endings of the nouns it agrees with.
_RELATIVE_AGREES = {
    hamza_key("الذي"): lambda k: not k.endswith(("ة", "ات", "ون", "ين")),
    hamza_key("التي"): lambda k: k.endswith(("ة", "ات")),
    hamza_key("الذين"): lambda k: k.endswith(("ون", "ين")),
}


def _described_subject(w2: str, following: str) -> bool:
    """Does the definite noun ``w2`` open its sentence as a subject with a relative
    clause agreeing with it, and the verb it is the subject of after a comma ("... بل
    وعاء ذاكرة. الطفل الذي لا يستطيع أن يقرأ رسالة كتبها جده، يفقد خيطا")? A
    relative after a cut construct has no such verb ("... ضمن شروط. الهدنة التي تقضي
    بإطلاق ...")."""
    ws = shapes.words(following[:30])
    agrees = _RELATIVE_AGREES.get(shapes.key(ws[0])) if ws else None
    if agrees is None or not agrees(shapes.key(strip_marks(w2))):
        return False
    sentence = following[: following.find(".")] if "." in following else following
    return any_clear_verb(
        [part.split(None, 1)[0] for part in sentence.split("، ")[1:] if part.strip()]
    )


def _adverb(w1: str) -> bool:
    """Is ``w1`` an adverb (with tanween, or one that closes sentences: تماما، جدا)?"""
    b1 = strip_marks(w1)
    return has_tanween(w1) or shapes.key(b1) in shapes.TRAILING_ADVERBS or shapes.stance_adverb(b1)


def _describes_word_before(text: str, start: int, w1: str) -> bool:
    """Is ``w1`` (at ``start``) an adjective agreeing with the indefinite noun before it
    ("حذر متبادل"), so no first name?"""
    before = word_before(text, start)
    b0, b1 = strip_marks(before), strip_marks(w1)
    if not b0 or b0.startswith("ال") or shapes.is_function(shapes.key(b0)):
        return False
    return shapes.agreeing_adjective(shapes.key(b1), shapes.key(b0))


def _place_name(word: str) -> bool:
    """Is ``word``, after بمحافظة / بمدينة ..., the place's name: with the article
    ("الحدود"), or never written with it ("تبوك", "حلب"), and no function word
    ("كهذه")?"""
    b = strip_marks(word)
    if shapes.is_function(shapes.key(b)) or b[:1] == "ك":
        return False
    return b.startswith("ال") or zipf("ال" + b) == 0


# A number, its counted noun and one more word closing the text read: "37 درجة مئوية",
# a unit and its adjective, not a chain of constructs cut before its last noun.
_COUNTED_PAIR_RE = re.compile(r"\d\s+\S+\s*$")


# After "or" a word of kinship is a common noun ("ولد أو بنت.": a boy or a girl), not
# a link inside a name.
_OR = {shapes.key(w) for w in "أو أم ولا".split()}


# A ruler's title, before his given name ("الملك خالد", "الأمير سلطان").
_RULERS = {shapes.key(w) for w in "الملك الأمير السلطان الخليفة".split()}


class HeadSignals:
    """The head signals, mixed into ``SentenceSplit``."""

    def _by_compound_name(self, doc, seen):
        text = doc.text
        for m in COMPOUND_NAME_RE.finditer(text):
            # "... المغربي عبد اللطيف. الحسناوي بالتزام ...": a compound first name and the
            # family name (ال-...-ي) the full stop cut from it
            dot = m.end(1)
            if dot in seen or not long_enough(text, dot, 3):
                continue
            if epithet_opens(m.group(2), text[m.end(2) :]):
                continue  # "... كمال عبد الهادي. السينمائي المخضرم أكد ..."
            yield (
                dot,
                (f"'{m.group(1)} {m.group(2)}' is one name: the family name follows the first"),
            )

    def _by_fixed_name(self, doc, seen):
        extra = tuple(self.opts["extend-fixed-names"])
        for _m, dot, w1, w2 in self._pairs(doc, seen):
            # "... دعا مندوب المملكة. المتحدة، التي ...": one name cut in two
            if fixed_name(w1, w2, extra) and long_enough(doc.text, dot, 2):
                yield dot, f"'{w1} {w2}' is one name: no sentence ends inside it"
            elif (
                hamza_key(strip_marks(w1)) in NAME_LINKS
                and not shapes.is_function(shapes.key(w2))
                and shapes.key(word_before(doc.text, dot - len(w1))) not in _OR
                and long_enough(doc.text, dot, 2)
            ):
                # "... الدكتورة سعاد بنت. خميس الحارثية ...": بن / بنت / أبو link two
                # parts of one name
                yield dot, f"'{w1}' links two parts of a name: '{w2}' is the next one"
            elif (
                hamza_key(strip_marks(w2)) in _SON_OF
                and len(strip_marks(w1)) > 1  # (an initial: "أ. بن سالم")
                and not strip_marks(w1).startswith("ال")
                and not shapes.is_function(shapes.key(w1))
                and not _adverb(w1)  # "... تماما. بن شقرون ..."
                and not _describes_word_before(doc.text, dot - len(w1), w1)
                and long_enough(doc.text, dot, 2)
            ):
                # "... عن طريق المهاجم يوسف. بن علي، الذي ...": بن / بنت opens no
                # sentence; it links the name before to the next part (not after an
                # adverb or an adjective, where a family name in بن opens a sentence:
                # "... حذر متبادل. بن شقرون يتحرك ...")
                yield dot, f"'{w2}' links '{w1}' to the next part of the name"

    def _by_bound(self, doc, seen):
        text = doc.text
        for m in BOUND_RE.finditer(text):
            dot = m.start()
            if dot in seen or len(word_before(text, dot)) < 2:
                continue  # an initial: "العميد ي. بأن ..."
            if m.group(1) == "أن" and (
                imperfect_verb(m.group(2)) or shapes.key(m.group(2))[:1] in "تن"
            ):
                continue  # "أن تصل متأخرا خير من ألا تصل.": an infinitive clause as subject
            if m.group(1) == "أن" and _that_clause_before(text, dot):
                continue  # items in a row: "بثلاثة أشياء. أن تفتح المكتبة. أن يعود ..."
            if m.group(1)[:1] == "ب" and not _place_name(m.group(2)):
                continue  # a place of the sentence's own: "بمدينة صغيرة ولد ...", "بحي مثل ..."
            if not long_enough(text, dot, 2):
                continue  # (two words will do: "وقضت المحكمة. بأن ...")
            yield dot, f"'{m.group(1)}' cannot open a sentence: it continues the clause before"

    def _by_construct(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            # "... قال إن مستوى. الدعم للرئيس ...", "... في موقع. المالكية العسكري ...":
            # a noun that heads a construct, cut from the definite noun it governs; or,
            # bare, cut from the indefinite noun or adjective that completes it ("في ظل
            # ظروف. معينة ...", "وتواصل قوات الاحتلال اقتحام. مخيم طولكرم ...")
            k2 = shapes.key(w2)
            if shapes.key(w1) in TIME_NOUNS:
                continue  # ("... منذ شهور. الاحتياطي ارتفع ...")
            definite = strip_marks(w2).startswith("ال")
            if definite:
                if shapes.is_function(k2) or k2 in TIME_OPENERS:
                    continue  # ("... في بيان. اليوم 07:43")
            elif not indefinite_genitive(w2):
                continue
            elif sentence_final_words(doc)[w1] > 1 or name_shape(w1):
                continue  # a name: closes a sentence or clause elsewhere, or "حماس"
            elif subject_opens(text, m.end(2)):
                continue  # "... عبر رسالة. جمعية البنوك أصدرت ...": a subject and its verb
            if text[m.end(2) :].startswith("،"):
                continue  # a subject before a parenthesis: "... في تصريح. الحكومة، بحسب قوله"
            head = text[max(0, m.start() - 40) : m.start()]
            before = shapes.words(head)
            if not before or head.rstrip()[-1:].isdigit():
                continue  # (a noun after a number is counted: "منذ 10 شهور.")
            if not bare_head(w1, before[-1]) and not (
                definite
                and self._chain_head(text, dot, w1, before[-1])
                and not _COUNTED_PAIR_RE.search(head)
            ):
                continue
            if shapes.key(before[-1]) == "علي" and named_ali(text, before[-1]):
                continue  # a name before a name: "... علي مرتضى. عشرات ..."
            if shapes.key(before[-1]) in _RULERS:
                continue  # a given name after a ruler's title: "... طريق الملك خالد. تابع ..."
            if not long_enough(text, dot, 4) or len(sentence_words(text, dot + 1)) < 3:
                continue
            if predicate_next(text[m.end(2) :]):
                continue  # (a subject and its verb: "... مع مدرب. الجماهير تنتظر ...")
            if copula_after(text[m.end(2) : m.end(2) + 40]):
                continue  # a predicate put first, or a subject: "... حشود. كثيرة هي الأسئلة"
            if definite and nominal_predicate(text[m.end(2) :]):
                continue  # (a subject and its predicate: "... موجة غلاء. الأسعار في ارتفاع")
            if definite and clause_predicate(w2, text[m.end(2) :]):
                continue  # "... موضع مساومة. المؤكد أن ..."
            if definite and _that_ungoverned(text, m.start(), text[m.end(2) :]):
                continue  # "... في الشقق الكبيرة أعلى. النتيجة أن ...": no verb before
            if definite and _described_subject(w2, text[m.end(2) :]):
                continue  # (a subject and its relative clause: "... ذاكرة. الطفل الذي ...")
            if definite and _short_nominal(sentence_words(text, dot + 1)):
                continue  # "... من أجل جرعة. النوم علاج أيضا.": a sentence of its own
            if definite:
                yield (
                    dot,
                    f"'{w1}' heads a construct whose second noun, '{w2}', the full stop cuts off",
                )
            else:
                yield (
                    dot,
                    (
                        f"'{w1}', with no article or case ending, cannot close a sentence: the "
                        f"full stop cuts it from '{w2}', which completes it"
                    ),
                )

    def _by_masdar(self, doc, seen):
        text = doc.text
        for m, dot, w1, w2 in self._pairs(doc, seen):
            # "... أعلنت المقاومة استهداف. تجمع لجنود ...", "... بهدف تطوير. جودة المنتج
            # ...": the masdar of a derived verb, bare, governs the noun after it.
            if not masdar_cut(text, m.start(), w1, w2):
                continue
            b2 = strip_marks(w2)
            if b2.endswith(("ت", "وا")) and clear_verb(shapes.key(b2)) and zipf("ال" + b2) < 3.0:
                continue  # a past verb opens the next sentence: "... صوت اصطدام. ارتفعت ..."
            following = text[m.end(2) :]
            if strip_marks(w2).startswith("ال") and (
                nominal_predicate(following)
                or clause_predicate(w2, following)
                or (predicate_next(following) and _verb_agrees(w2, following))
            ):
                # "... على توقيع. الموظف الصغير بدوره ضحية ...", "... الخبر الجيد أن",
                # "... تصدر صوت احتكاك. الوصف يتفق مع ...": a subject and its predicate
                continue
            if not strip_marks(w2).startswith("ال") and construct_then_verb(text, m.end(2)):
                continue  # a subject and its verb: "... على تمويل. وزارة الشباب تكفلت ..."
            if len(sentence_words(text, dot + 1)) < 3 or not long_enough(text, dot, 3):
                continue
            yield (
                dot,
                f"the verbal noun '{w1}', bare, takes '{w2}' as its object: the full stop "
                "cuts them apart",
            )

    @staticmethod
    def _chain_head(text, dot, w1, before) -> bool:
        """``w1``, a construct head, after a masdar, a noun in -ة or another construct
        head that it completes, itself without the article ("... تفعيل خدمة. التوعية
        عبر ...", "... إعادة بناء. المستشفى على ...", "... رئيس منظمة. المحاربين
        ..."), before a sentence with no verb of its own: a chain of
        constructs the full stop cuts before its last noun. Not an adjective agreeing
        with the noun before it ("... نقطة مضيئة. الممثل الذي ..."). (A chain ends sentences too,
        "عن توفير مسكن. الحلول المطروحة لا تتجاوز ...", where a verb follows.)"""
        b0 = strip_marks(before)
        k0 = shapes.key(b0)
        if shapes.is_function(k0) or k0.startswith(shapes.DEFINITE_PREFIXES):
            return False
        if k0 in TIME_NOUNS:
            return False  # a count of time and its adjective: "منذ أربعة أيام متتالية."
        if has_tanween(before):
            return False  # a noun with its case ending takes an adjective: "بطائرةٍ مسيرة."
        if shapes.predicate_verb(k0) or not (
            derived_masdar(b0) or b0.endswith("ة") or head_noun(before)
        ):
            return False
        if not construct_head(b0) or not head_noun(w1):
            return False
        b1 = strip_marks(w1)
        if b1.endswith("ة") == b0.endswith("ة") and (
            plain_adjective(b1) or (b1.startswith("م") and shapes.gendered(b1))
        ):
            return False  # an adjective agreeing with the noun: "... نقطة مضيئة."
        return not has_verb(sentence_words(text, dot + 1))
