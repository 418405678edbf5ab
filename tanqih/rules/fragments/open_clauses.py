"""Four shapes of a clause a full stop leaves open, read by FRG002 (``splits``).

- ``verb_left_open``: the sentence before the full stop ends with a verb that has no
  subject or object after it, in the place where Arabic puts them ("... أن قوات الاحتلال
  أغلقت. منزل الشهيدين ...", "... ولا تستطيع. طواقم الإسعاف ...");
- ``prepositional_opening``: the sentence after it opens with a noun in بـ / لـ and has
  no verb of its own, a phrase that completes the clause before ("... بسبب انتهاكاتها.
  لحقوق الإنسان وعمليات ...");
- ``head_left_open``: the sentence before ends with an indefinite noun that heads a
  construct and the one after opens with the definite noun completing it ("... في
  توسيع عملية. التطبيع بإضافة ...");
- ``phrase_alone``: whatever ends the sentence before, the one after is a phrase that
  opens with an adjective or a noun in بـ / لـ, with no verb and no predicate ("...
  والتعقب للسفن. الإسرائيلية المتجهة إلى الموانئ الفلسطينية ...").

All four need the sentence after the full stop to be a phrase: no verb, no clause of
its own, no pronoun of separation in its first words, and no subject with its
predicate (``phrase_after``; for a phrase in بـ / لـ, which may be put before its
clause, no main clause after it: ``_verb_later``, ``_clause_start``). A phrase cannot
stand as a sentence after a complete one.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.complement_words import other_hamza
from tanqih.rules.fragments.copulas import forms
from tanqih.rules.fragments.noun_phrases import (
    DEMONSTRATIVES,
)
from tanqih.rules.fragments.number_words import (
    TODAY,
)
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    TIME_ADVERBS,
    TIME_NOUNS,
    clear_verb,
    closes_phrase,
    definite_run,
    nisba,
    ordinal_or_elative,
    plain_adjective,
)
from tanqih.rules.fragments.sentence_openings import (
    PREDICATE_OPENERS,
    SEPARATING_PRONOUNS,
    TAIL_FIRST,
    nominal_predicate,
)
from tanqih.rules.fragments.verb_clauses import (
    CLAUSE_OPENERS,
    GENITIVE_GOVERNORS,
    clause_words,
    has_verb,
    line_before,
    long_enough,
    word_before,
)
from tanqih.rules.word_frequencies import zipf

# Particles right before a verb ("لن يحتمل", "ولا تستطيع", "أن يلغي"): the word after
# them is a verb, whatever else its letters could spell.
VERB_PARTICLES = {
    hamza_key(w) for w in "لا لن لم قد لقد سوف أن إن كي لكي ولا ولن ولم وقد فقد".split()
}
# Relative words: a verb closing a relative clause has its object in the pronoun it
# leaves out ("ما يريد.", "الذي يعني.", "كما يجب."), whatever the verb.
RELATIVE_WORDS = {
    hamza_key(w)
    for w in "الذي التي الذين اللذين اللتين اللواتي ما مما كما بما عما فيما وما ومما".split()
}
# Words that give the next sentence a clause or a predicate of its own: أن / إن, a
# relative pronoun, a pronoun of separation, a demonstrative ("... ستتباطأ. المهم أن
# ...", "... تتواصل. السبب هو ...").
_THAT = {hamza_key(w) for w in "أن إن أنه أنها لأن".split()}
CLAUSE_WORDS = CLAUSE_OPENERS | SEPARATING_PRONOUNS | DEMONSTRATIVES | _THAT
_CLAUSE_BREAK_RE = re.compile('[.؟!:؛،,«»“”"\n]')
_OBJECT_PRONOUNS = ("ها", "هم", "هما", "هن", "كم")


def phrase_after(text: str, start: int, reach: int = 8) -> list[str] | None:
    """The words of the sentence at ``start`` when it is a phrase: three words or more,
    none of its first ``reach`` a verb (generous: any word of a verb's shape), أن / إن,
    a relative, a pronoun of separation or a demonstrative, no digit in its first 60
    characters (a time stamp, a score, a headline with a date) and no Latin letter,
    closed by a full stop on its line (a line with none is a heading, a label or a list
    of tags); else None."""
    line, sentence = sentence_at(text, start)
    if len(sentence) == len(line) < 120:
        return None  # no full stop closes it: a heading, a label, a list of tags
    if re.search("[0-9٠-٩]", sentence[:60]) or re.search("[A-Za-z]", sentence):
        return None
    ws = shapes.words(sentence)
    if len(ws) < 3 or verb_among(ws[:reach]):
        return None
    if any(shapes.key(w) in CLAUSE_WORDS for w in ws[:reach]):
        return None
    return ws


def sentence_at(text: str, start: int) -> tuple[str, str]:
    """The line from ``start`` (120 characters at most) and the sentence that opens it
    (up to its first . ؟ !)."""
    line = text[start : start + 120].split("\n", 1)[0]
    return line, re.split("[.؟!]", line, maxsplit=1)[0]


def verb_left_open(text: str, start: int, word: str, nxt: str) -> bool:
    """Is ``word`` (at ``start``, before a full stop) a verb beyond doubt that closes its
    clause with nothing after it, and ``nxt`` a noun opening a phrase (``phrase_after``)
    that would be its subject or object ("... أن قوات الاحتلال أغلقت. منزل الشهيدين
    مراد ...", "... أن التعيين يأتي. بموجب اتفاق مسبق ...", "... ولا تستطيع. طواقم
    الإسعاف الوصول ...")?

    The verb is in the third person or addresses someone, with no object pronoun and
    no tanween, of a shape no common noun has (an imperfect, a past with its person
    ending), and it follows a particle ("لن يحتمل"), a definite word, its subject
    ("الحكومة تستعد"), or opens its clause after a comma or a full stop ("،
    وتتزايد."). Not after a preposition or a word that governs a
    genitive ("عن تجدد.", "في ظل تسارع.": a masdar), nor in a relative clause ("الذي
    يعني.", "ما يكفي."; a negated one describing a noun with tanween: "خبرًا لا
    يأتي."), nor with a person of its own ("فشلنا.")."""
    bare = strip_marks(word)
    k = shapes.key(bare)
    led = shapes.conjunction_led(bare)
    kv = k[1:] if led else k
    if shapes.is_function(k) or not clear_verb(kv) or kv.endswith(("نا", "تم", "تن", "ني")):
        return False
    if has_tanween(word) or kv.endswith(_OBJECT_PRONOUNS):
        return False
    if kv.endswith("ه") and (len(kv) > 4 or zipf(kv[:-1]) >= 4.0):
        return False  # an object pronoun: "تعيشه", "يعرفه", "تجده" (not "يتجه")
    if zipf("ال" + kv) >= 3.0 and not (kv[:1] in "يت" or kv.endswith("وا")):
        return False  # a noun as common as the verb: "نشر", "دعم", "تقدم"
    line = line_before(text, start)
    clause = _CLAUSE_BREAK_RE.split(line)[-1]
    before = [shapes.key(strip_marks(w)) for w in shapes.words(clause)]
    if before == ["لا"] and kv[:1] == "ت" and line.rstrip()[:-2].rstrip()[-1:] in ':«“"':
        return False  # a prohibition said to someone: "قلت له: لا تعتذر."
    if before:
        if before[-1] in GENITIVE_GOVERNORS or any(b in RELATIVE_WORDS for b in before[-2:]):
            return False
        if kv.endswith("ا") and _elative_key(before[-1]):
            return False  # an accusative after an elative: "المناطق الأقل نموا."
        if before[-1] in VERB_PARTICLES and len(before) > 1:
            if has_tanween(shapes.words(clause)[-2]):
                return False  # a clause describing a noun: "ينتظرن خبرًا لا يأتي."
        subject = before[-1].startswith("ال") or before[-1] in SEPARATING_PRONOUNS
        if not (subject or before[-1] in VERB_PARTICLES):
            return False  # after an indefinite word the verb may be a noun: "توجيهات صاحب."
        if (subject or len(before) > 1) and reflexive(kv):
            return False  # after its subject, complete: "... إن المفاوضات ستتواصل."
    elif len(kv) == 3 and not led and not kv.endswith("ت"):
        return False  # a word of three letters opening a clause is a noun as often
    if not long_enough(text, start + len(word), 3):
        return False
    return _cut_complement(text, start + len(word) + 2, nxt)


def _cut_complement(text: str, start: int, nxt: str, subject: bool = True) -> bool:
    """Does ``nxt`` (at ``start``) open a phrase (``_phrase_opener``) of four words at
    least before any comma or the end of its sentence, that is no subject with its
    predicate ("... لن ترتفع. الخسائر كبيرة ...", "... مصادر الوزارة متفائلة ...",
    "... برنامج الحكومة طموح، ...")? Such a phrase is the complement the clause before
    was cut from. ``subject`` false: ``nxt`` is an adjective or a phrase in بـ / لـ,
    no subject for a phrase of place to be the predicate of ("... دعم الأسر. الفقيرة
    في المناطق الريفية ...")."""
    if _phrase_opener(text, start, nxt) is None:
        return False
    if len(shapes.words(re.split("[،,.؟!\n]", text[start : start + 80], maxsplit=1)[0])) < 4:
        return False
    following = text[start + len(nxt) : start + len(nxt) + 200]  # (read up to 80)
    if not subject:
        first = clause_words(following[:40])[:1]
        if first and shapes.key(first[0]) in PREDICATE_OPENERS:
            following = following.lstrip()[len(first[0]) :]  # (no phrase of place)
    return not _predicate_follows(following, strip_marks(nxt).startswith("ال"))


# A preposition with a pronoun ("فيها", "عنده", "لديهم"): after a subject, its predicate.
_PREPOSITION_WITH_PRONOUN = {
    shapes.key(p + s)
    for p in ("في", "عند", "لدي", "مع", "ل", "ب", "من", "عن", "علي", "إلي")
    for s in (*shapes.THIRD_PERSON_SUFFIXES, "نا", "كم")
}


def _predicate_follows(following: str, definite: bool = False) -> bool:
    """Does the predicate of a nominal sentence follow a subject (``following`` is the
    text after its first word, after up to four definite words, its adjectives or the
    next items of a list on "و"): ``nominal_predicate``, or a phrase of state or place,
    a phrase in على / غير, or a word of both genders ("الاستعدادات على أعلى مستوى",
    "الإنجاز غير مسبوق", "المهمة صعبة", "والمدارس والطرق بحاجة إلى ...")?"""
    if nominal_predicate(following):
        return True
    ws = clause_words(following[:80])
    i = definite_run(ws, 4, on_waw=True)
    if i >= len(ws):
        return False
    bare = strip_marks(ws[i])
    k = shapes.key(bare)
    if k in _PREDICATE_WORDS or k in PREDICATE_OPENERS:
        return True
    if i == 0 and k in _PREPOSITION_WITH_PRONOUN:
        return True  # a phrase with a pronoun right after the subject: "الأصل فيها ..."
    if shapes.is_function(k) or shapes.pp_prefixed(k) or has_tanween(ws[i]):
        return False
    if shapes.conjunction_led(bare):
        return False
    if definite and len(bare) >= 4 and not k.endswith("ا") and zipf("ال" + bare) >= 3.5:
        # an indefinite common noun after a definite subject (``definite``: the word
        # before ``following`` has the article) is no adjective of it (adjectives agree
        # in definiteness) and no genitive: its predicate ("المطلوب زيادة عدد
        # الموظفين", "الهدف تحقيق الاستقرار")
        return True
    return _both_genders(bare)


_PREDICATE_WORDS = {hamza_key(w) for w in "على غير".split()}


def reflexive(k: str) -> bool:
    """Is the verb key ``k`` of a shape that mostly takes no object: the imperfect of
    تفعّل / تفاعل ("يتراجع", "تتواصل", "ستتصاعد") or of انفعل ("ينسحب"), or the past
    of انفعل ("انسحب", "انتهت")?"""
    if k[:1] == "س" and k[1:2] in "يتن":
        k = k[1:]  # the future: "ستتراجع"
    if k[:1] in "يتن" and k[1:2] == "ت" and len(k) >= 5:
        return True
    if k[:1] in "يتن" and k[1:2] == "ن" and len(k) == 5:
        return True
    return k.startswith("ان") and len(k) in (5, 6) and (len(k) == 5 or k.endswith("ت"))


def _elative_key(k: str) -> bool:
    """Is the key ``k`` an elative with or without its article, of four letters
    (الأكثر، أكبر) or doubled into three (الأقل، أشد, written with the article too)?"""
    base = k[2:] if k.startswith("ال") else k
    if len(base) == 4:
        return shapes.elative(base) and shapes.takes_article(base)
    return len(base) == 3 and base[0] == "ا" and shapes.takes_article(base)


def _prose_sentence(text: str, start: int) -> tuple[str, str] | None:
    """The line and the sentence that open at ``start`` (see :func:`sentence_at`), when
    the sentence is prose a phrase test may read: closed by a full stop (or a line of
    120 characters or more: not a heading, a label or a list of tags), with no colon or
    semicolon, not closed by a pause (".."), with no digit near its start (a time stamp,
    a score) and no Latin letters."""
    line, sentence = sentence_at(text, start)
    if len(sentence) == len(line) < 120:
        return None
    if re.search("[:؛]", sentence) or line.startswith("..", len(sentence)):
        return None
    if re.search("[0-9٠-٩]", sentence[:60]) or re.search("[A-Za-z]", sentence):
        return None
    return line, sentence


def _root_letter_first(k: str) -> bool:
    """Is the first letter of ``k`` (بـ / لـ by its shape) a root letter: without it
    and a pronoun at its end one letter is left, no noun ("لفها": لف and ها)?"""
    rest = k[1:]
    return any(
        rest.endswith(suffix) and len(rest) - len(suffix) == 1 for suffix in shapes.PRON_SUFFIXES
    )


def prepositional_opening(text: str, start: int, nxt: str) -> bool:
    """Is ``nxt`` (at ``start``, right after a full stop) a noun with the preposition
    بـ / لـ glued to it ("لحقوق", "بالقدرات"; not a noun that begins with those
    letters, "لبنان", "بيان") opening a phrase of four words or more that has no main
    clause of its own ("... بسبب انتهاكاتها. لحقوق الإنسان وعمليات الإعدام ...", "...
    مددت اللجنة المنظمة. لمهرجان العسل الدولي ...", "... ضبط مخالفات. لقرار منع العمل
    ...")? Such a phrase completes the clause before.

    A sentence opens with such a phrase when its main clause follows: a verb later in
    it (``_verb_later``: "بمشاركة عشرات الدول في المعرض هذا العام تتوقع الإدارة ..."),
    a predicate ("للحكومة خطة واضحة ...", "لطلاب المدارس تخفيضات خاصة ...",
    "لثلاثة متهمين نصيب من العقوبة"), or a clause right after its comma
    (``_clause_start``: "بقرار مفاجئ من القيادة، يعتزم ...", "بعبارة أخرى، إن ...").
    Not a compound preposition ("بالإضافة إلى", "بالتزامن مع") nor a tail phrase
    ("بسبب", "بحسب"), which open sentences as connectives; not a phrase closed by a
    pause ("لتعزيز الحضور ..") or holding a colon, a digit near its start (a time
    stamp, a score) or Latin letters; not a comment closing its paragraph ("بالتوفيق
    للجميع."). A phrase of two or three words before a comma is one only when the
    comma leads on to a clause on و or an accusative participle (``_goes_on_after_comma``:
    "... المهتمة. بالأعمال الدرامية، وقد أحدث ...")."""
    bare = strip_marks(nxt)
    k = shapes.key(bare)
    if k[:1] not in "بل" or shapes.is_function(k) or not shapes.pp_prefixed(k):
        return False
    if k in TAIL_FIRST or has_tanween(nxt):
        return False  # "بسبب", "بحسب", "بموجب": a tail phrase, read by ``phrase_tail``
    if _root_letter_first(k):
        return False  # a verb with its object, "لفها الفخاري ...": no "لـ" and "فها"
    if text[start + len(nxt) : start + len(nxt) + 1] in "،,:؛":
        return False
    found = _prose_sentence(text, start)
    if found is None:
        return False
    line, sentence = found
    ws = shapes.words(re.split("[،,]", sentence, maxsplit=1)[0])
    if len(ws) < 4 or (len(ws) < 5 and not line[len(sentence) + 1 :].strip()):
        if not (2 <= len(ws) <= 3 and _goes_on_after_comma(sentence)):
            return False
    if shapes.is_function(shapes.key(ws[1])):
        return False  # "بالإضافة إلى", "بمعنى أنه"
    if hamza_key(bare[1:]) in shapes.NUMBER_WORDS:
        return False  # a count of possessors: "لثلاثة متهمين آخرين نصيب من العقوبة"
    return not phrase_has_clause(sentence)


# Prepositions written apart that open a phrase completing the clause before ("...
# وحذرت وزارة الصحة. من مخاطر استهلاك ...", "... للرد. على استفسارات المواطنين ...").
_SEPARATE_PREPOSITIONS = {hamza_key(w) for w in "من على إلى الى عن في مع دون".split()}


def separate_prepositional_opening(text: str, start: int, nxt: str) -> bool:
    """Is ``nxt`` (at ``start``, right after a full stop) a preposition written apart
    (من، على، إلى، عن، في، مع، دون) before an indefinite common noun that heads a
    construct, opening a phrase with no main clause of its own ("... فرض الضيوف
    سيطرتهم. على مجريات اللعب في وسط الملعب، وأهدر ...", "... خطا هاتفيا للرد. على
    استفسارات المواطنين حول مواعيد التطعيم، كما نشرت ...")? A sentence that opens with such a phrase has its main
    clause later ("في ظل الأزمة الحالية تسعى الحكومة ..."), a predicate put first
    ("في مدينة غزة أطفال ..."), or a clause after its comma ("من جهته، أكد ...", "على
    صعيد آخر، الحكومة ترى ..."). A preposition before a definite noun, a name, a
    pronoun or a function word ("في المقابل", "في غزة", "من جهته", "من بين") is left
    alone: the phrase may be the predicate put before its subject."""
    k = shapes.key(strip_marks(nxt))
    if k not in _SEPARATE_PREPOSITIONS:
        return False
    found = _prose_sentence(text, start)
    if found is None:
        return False
    line, sentence = found
    head, *rest = re.split("[،,]", sentence, maxsplit=1)
    ws = shapes.words(head)
    if len(ws) < 3 or (len(ws) < 5 and not line[len(sentence) + 1 :].strip()):
        return False  # a comment closing its paragraph: "من جيل إلى جيل."
    if shapes.key(ws[2]) in shapes.PREPOSITIONS:
        return False  # a span: "من وقت إلى آخر", "من بيت إلى بيت"
    noun = strip_marks(ws[1])
    k1 = shapes.key(noun)
    if (
        shapes.is_function(k1)
        or k1 in TAIL_FIRST
        or shapes.definite(noun)
        or not _common_word(noun)
        or shapes.conjunction_led(noun)
        or shapes.pp_prefixed(k1)
        or hamza_key(noun) in shapes.NUMBER_WORDS
        or has_tanween(ws[1])
        or not _genitive_head(noun)
    ):
        return False
    if shapes.agreeing_adjective(strip_marks(ws[2]), noun):
        return False  # a connective phrase: "من جهة أخرى", "من جانب آخر", "في خطوة لافتة"
    if _verb_later(ws) or any(shapes.key(w) in _PHRASE_PREDICATES for w in ws[:8]):
        return False
    if predicate_in(ws[1:]):
        return False
    if any(shapes.key(w) in _THAT for w in shapes.words(sentence)):
        return False  # a clause of أن: "من المنتظر أن ..."
    if len(ws) < 4 and not _goes_on_after_comma(sentence):
        return False  # a short phrase put first before its clause ("في خطوة مفاجئة، ...")
    for part in re.split("[،,]", rest[0]) if rest else []:
        pw = shapes.words(part)
        if pw and (_main_clause(pw[:1]) or _verb_later([""] + pw)):
            return False  # its main clause after a comma: "...، وفي ظل ...، ألف طفل ... بترت"
    return True


def _goes_on_after_comma(sentence: str) -> bool:
    """Does the comma after a short phrase in بـ / لـ lead on to a clause on و or to an
    accusative participle ("... المهتمة. بالأعمال الدرامية، وقد أحدث المسلسل ...", "...
    دعوة تركيا. لإنشاء حلف القدس، مشيراً إلى ..."), with no main clause after a later
    comma? Neither is the main clause a phrase put first would need (that comes without
    و: "بقرار من القيادة، يعتزم ...", or on ف: "بكلمات أخرى، فقد أصبح ..."), unless it
    is an aside before the main clause ("بالنسبة للمستثمرين، وقد عانوا طويلا، فإن
    ...", "بخطى واثقة، متجاوزا مدافعين اثنين، توغل ..."): the phrase goes on the
    sentence before."""
    parts = re.split("[،,]", sentence)
    after = shapes.words(parts[1]) if len(parts) > 1 else []
    if not after:
        return False
    word = after[0]
    bare = strip_marks(word)
    k = shapes.key(bare)
    if k in _WAW_QAD:
        goes_on = True
    elif bare[:1] == "و" and shapes.conjunction_led(bare):
        rest = k[1:]
        if shapes.is_function(rest) or shapes.is_function(bare[1:]):
            return False  # a phrase on و: "بالتجربة الميدانية، وعلى مدى ثلاثة أشهر ..."
        goes_on = shapes.predicate_verb(rest) or long_verb(rest)
    else:
        goes_on = _accusative_participle(word)
    return goes_on and not any(_main_clause(shapes.words(p)[:1]) for p in parts[2:])


def _main_clause(first: list[str]) -> bool:
    """Does a part of a sentence after a comma open with its main clause: a word on ف
    ("فإن", "فقد") or a clause's start (:func:`_clause_start`)?"""
    if not first:
        return False
    bare = strip_marks(first[0])
    k = shapes.key(bare)
    if bare[:1] == "ف" and len(k) > 2:
        if shapes.conjunction_led(bare) or shapes.is_function(k) or shapes.is_function(k[1:]):
            return True  # ("فإن", "فقد", "فالقرار")
    return _clause_start(first[0])


def _accusative_participle(word: str) -> bool:
    """Is ``word`` a participle in م- in the accusative, with or without its mark
    ("مشيرا", "مؤكدةً"): a circumstance of the clause before, no clause's start?"""
    bare = strip_marks(word)
    k = shapes.key(bare)
    if k[:1] != "م" or len(k) < 5:
        return False
    return has_tanween(word) or (k.endswith("ا") and zipf(bare) >= 3.0)


# "وقد" / "ولقد" open a clause of their own: its verb follows.
_WAW_QAD = {hamza_key(w) for w in "وقد ولقد".split()}


def phrase_has_clause(sentence: str) -> bool:
    """Does ``sentence``, opening with a phrase in بـ / لـ, hold a main clause of its
    own: a verb later in it, a predicate, or a clause right after its comma (see
    :func:`prepositional_opening`)?"""
    head, *rest = re.split("[،,]", sentence, maxsplit=1)
    ws = shapes.words(head)
    if _verb_later(ws) or any(shapes.key(w) in _PHRASE_PREDICATES for w in ws[:8]):
        return True
    if _fronted_predicate(ws) or predicate_in(ws):
        return True
    after = shapes.words(rest[0]) if rest else []
    return bool(after and _clause_start(after[0]))


def _genitive_head(bare: str) -> bool:
    """Can the word ``bare`` take a genitive after it: a noun with no article, pronoun
    or tanween, not an adjective (after "كبير" a word of three letters is a verb:
    "بشغف كبير حفظ الطفل ...")?"""
    k = shapes.key(bare)
    if k.startswith(shapes.DEFINITE_PREFIXES) or shapes.is_function(k) or k.endswith("ا"):
        return False
    return not (plain_adjective(bare) or nisba(bare))


# Words that give a phrase a predicate of its own: a pronoun of separation or a
# demonstrative ("بوجود هذه الأرقام هذا هو ..."). (Not a relative or أن: a verb after
# them is a clause's of its own, "... لصالح المقترح الذي طالب به ...".)
_PHRASE_PREDICATES = SEPARATING_PRONOUNS | DEMONSTRATIVES


# Particles that open the main clause after a phrase put first ("بعبارة أخرى، إن ...").
_MAIN_CLAUSE_PARTICLES = {hamza_key(w) for w in "إن قد لقد لم لن لا".split()}
_SUBJECT_PRONOUNS = {hamza_key(w) for w in "نحن هو هي هم هن أنا أنت أنتم".split()}


def _clause_start(word: str) -> bool:
    """Does ``word``, right after the comma that closes a phrase put first, open the
    sentence's main clause: a verb ("بقرار من القيادة، يعتزم ..."), one of its
    particles ("بعبارة أخرى، إن ...", "...، لا أحد فوق القانون"), a pronoun or a noun
    as its subject ("لمواجهة الأزمة، خطة حكومية جديدة تقضي ...", "...، نحن بحاجة إلى
    ...")? A word on و or ف goes on with a list or a clause of its own ("...، وقال
    ..."), and a preposition, a particle or an accusative with the sentence before
    ("...، كما اشتبك ...", "...، في أول تجربة ...", "...، مؤكدةً ...")."""
    k = shapes.key(word)
    if k in _MAIN_CLAUSE_PARTICLES or k in _SUBJECT_PRONOUNS:
        return True
    if shapes.is_function(k) or shapes.conjunction_led(strip_marks(word)) or shapes.pp_prefixed(k):
        return False
    return not has_tanween(word) and not _accusative_participle(word)


# Words after which a verb belongs to a clause of their own, not to the sentence's main
# clause ("... المقترح الذي طالب به ...", "... حيث أظهرت الدراسة ...").
_SUBORDINATE = CLAUSE_OPENERS | {
    hamza_key(w) for w in "التي الذين كما عندما بينما فيما لما ما".split()
}


# Particles only a verb follows.
_JUSSIVE = {shapes.key(w) for w in "لم لن".split()}


def _verb_later(words: list[str]) -> bool:
    """Do the words of a sentence that opens with a phrase in بـ / لـ hold, after that
    first word, the verb of its main clause ("بمشاركة عشرات الدول في المعرض هذا العام
    تتوقع الإدارة ...")? A verb after a relative or a subordinating particle, or on و,
    is a clause's of its own, not the main clause's ("... لصالح المقترح الذي طالب به
    ..."); the scan stops there."""
    for i, w in enumerate(words[:25]):
        b = strip_marks(w)
        k = shapes.key(b)
        if k in _SUBORDINATE:
            return False
        if shapes.conjunction_led(b):
            if clear_verb(k[1:]):
                return False  # a clause of its own on و: "... ، وقال ..."
            continue
        if i == 0 or shapes.is_function(k) or has_tanween(w):
            continue
        before = strip_marks(words[i - 1])
        prev = shapes.key(before)
        if prev in _JUSSIVE and b[:1] in "يتنأ":
            return True  # an imperfect after لم / لن: "في آخر لفتين لم أنظر خلفي"
        if prev in GENITIVE_GOVERNORS:
            continue
        if len(k) == 3 and zipf("ال" + k) >= 3.5 and _genitive_head(before):
            continue  # a noun of three letters, a genitive: "لقرار منع العمل", "غياب ولي الأمر"
        if clear_verb(k) or long_verb(k) or (len(b) == 4 and b.endswith(("أت", "ئت"))):
            return True  # (a past verb on a hamza: بدأت، نشأت)
    return False


def head_left_open(text: str, start: int, before: str, nxt: str) -> bool:
    """Is ``before``, right before the full stop, an indefinite common noun that heads a
    construct, and ``nxt`` (at ``start``) the definite common noun that completes it,
    opening a phrase with no verb (``_cut_complement``): "... في توسيع عملية.
    التطبيع بإضافة دول ...", "... شارك في مهرجانات. الصيف السنوية عبر ...",
    "... وتأكيد أهمية. التقيد بنظام الإقامة ..."?

    A common noun: written with the article too (once per million words at least),
    with no pronoun, tanween, dual or plural of persons (-ين، -ون), no accusative in
    -ا; not a verb, a word after a preposition glued to it, an adjective (a relational
    one, a word of both genders, an ordinal or an elative: those close sentences), nor
    before a name with the article ("... صفارات إنذار. السودان ..."). The phrase
    after it decides: a sentence of its own has a verb or a predicate."""
    b1 = strip_marks(before)
    k1, k2 = shapes.key(b1), shapes.key(strip_marks(nxt))
    if k1.startswith(shapes.DEFINITE_PREFIXES) or not k2.startswith("ال") or len(k1) < 3:
        return False
    if shapes.is_function(k1) or shapes.is_function(k2) or clear_verb(k1):
        return False
    if has_tanween(before) or shapes.pp_prefixed(k1):
        return False
    if shapes.conjunction_led(b1) or k1.endswith(_NOT_A_HEAD):
        return False
    if k1 in TIME_ADVERBS or k1 in TODAY or k1 in TIME_NOUNS:
        return False  # "... على التوالي أمس. اللاعب ...", "... منذ شهور. القطاع ..."
    if zipf("ال" + b1) < 3.0 or zipf(strip_marks(nxt)[2:]) < 3.0:
        return False  # a name: "غزة", "إيران"; with the article: "السودان", "الجنادرية"
    if plain_adjective(b1) or nisba(b1) or ordinal_or_elative(b1) or _both_genders(b1):
        return False
    if closes_phrase(word_before(text, start - 2 - len(before))):
        return False  # a noun closing its phrase: "... بلا تمييز. المسؤول الأول ..."
    if k1 == _ANYONE and _negated(text[max(0, start - 2 - len(before) - 40) : start]):
        return False  # "anyone" closing a negated clause: "... دون أن يكتبها أحد. الخضار ..."
    return _cut_complement(text, start, nxt)


_ANYONE = hamza_key("أحد")
_NEGATIONS = shapes.NEGATIONS | {hamza_key(w) for w in "ما دون بدون".split()}


def _negated(before: str) -> bool:
    """Is there a negation among the four words before the last one of ``before``?"""
    ws = [shapes.key(w) for w in shapes.words(before)]
    return any(k in _NEGATIONS for k in ws[-5:-1])


def phrase_alone(text: str, start: int, before: str, nxt: str) -> bool:
    """Is the sentence that ``nxt`` opens (at ``start``, right after a full stop) a
    phrase of six words or more, four at least before any comma, that opens with an
    adjective with the article or a noun in بـ / لـ and has no verb and no predicate,
    so that it cannot stand as a sentence whatever ends the one before ("... والتعقب
    للسفن. الإسرائيلية المتجهة إلى الموانئ ...", "... بين الأسر. المنتجة وتحقيق
    مشاركة المجتمع ...")?

    No verb: none in its first eight words (``phrase_after``), nor تم / كان / ليس /
    بات anywhere, a verb of the shape أفعل written with its hamza ("أفاد نادي الأسير
    بأن ..."), a verb with the object pronoun ني ("جعلني الله ..."), a clause on و
    ("المقاومة الفلسطينية وشدد ..."), or a verb after a comma, a definite word or a
    name (``_late_verb``). No predicate: ``_cut_complement``, ``predicate_in``,
    a pronoun of separation, "من جهته" and its like, "إلا أن". Not a phrase in tanween or in
    the accusative ("مشيرا إلى ...", "إضافةً إلى ..."), a connective or a compound
    preposition ("بالإضافة إلى ..."), which open sentences as adverbials; not a
    question, a sentence closed by a pause (".."), a sentence after an initial ("أن
    يترك م. منصبه ..."), nor an item of a list of phrases."""
    bare = strip_marks(nxt)
    k = shapes.key(bare)
    if len(k) < 3 or has_tanween(nxt) or (len(k) > 4 and k.endswith("ا")):
        return False
    if k in TAIL_FIRST or k in shapes.CONNECTIVES or len(strip_marks(before)) < 2:
        return False
    if not (shapes.pp_prefixed(k) or (k.startswith("ال") and _adjective_like(bare))):
        # A noun may be a subject whose predicate hides among the words after it: a
        # phrase in a preposition ("القوات الأميركية وقواعدها في العراق وسوريا.",
        # "خدمة المواطنين بأمانة واجب ...", "موعد الجولة ... مطلع الشهر ...").
        # An adjective with the article describes a noun; it opens no sentence.
        return False
    line, sentence = sentence_at(text, start)
    if line.startswith(("..", "؟", "?"), len(sentence)):
        return False  # a pause, or a question: "الكينونة والأهداف من ورائه؟"
    ws = [strip_marks(w) for w in shapes.words(sentence)]
    if len(ws) < 6:
        return False  # a comment: "مباراة من طرف واحد.", "بالتوفيق للجميع."
    if shapes.pp_prefixed(k) and shapes.key(ws[1]) in shapes.PREPOSITIONS:
        return False  # "بالإضافة إلى", "بالتزامن مع"
    if any(_verb_beyond_shape(w) for w in ws[:8]) or predicate_in(ws):
        return False
    if any(shapes.key(w) in _AUXILIARIES or shapes.key(w) in _IN_TURN for w in ws):
        return False  # "الرموز والمقدسات ... من مذاهب وتيارات إسلامية ليست معصومة ..."
    if any(_clause_on_waw(w) for w in ws[1:8]):
        return False  # a clause on و after a few words: "المقاومة الفلسطينية وشدد ..."
    if _late_verb(sentence):
        return False
    if any(shapes.key(w) in SEPARATING_PRONOUNS for w in ws):
        return False  # "الممر المعروف باسم محور فيلادلفيا، ...، هو شريط حدودي ..."
    if re.search("(?:^| )[إا]لا [أا]ن", sentence):
        return False  # "الاتفاق بالرغم من ترحيب العواصم به إلا أنه جاء ..."
    if _item_opener(nxt):
        # Items of a list written as sentences, each opening with a masdar or a noun:
        # "... لأسباب عدة. ارتفاع أسعار الطاقة. تراجع الطلب الخارجي ...", "... خطوات
        # بسيطة. الإكثار من شرب الماء. تجنب التعرض لأشعة الشمس ..."
        previous = shapes.words(re.split("[.؟!]", line_before(text, start - 2, 400))[-1])
        end = start + len(sentence) + 1
        following = shapes.words(re.split("[.؟!\n]", text[end : end + 60], maxsplit=1)[0])
        if (previous and _item_opener(previous[0])) or (following and _item_opener(following[0])):
            return False
    return _cut_complement(text, start, nxt, subject=False)


def _adjective_like(bare: str) -> bool:
    """Is ``bare``, a word with the article, an adjective: a relational one
    ("التشاوري"), an ordinal or an elative ("الأولى", "الأكبر"), of the shapes فعيل /
    فاعل ("الجديدة") or a participle in م- ("المانحة", "المتوجهة"), both common in
    the two genders?"""
    base = bare[2:]
    if plain_adjective(base) and zipf(base) == 0 and zipf(bare) >= 3.0:
        return False  # common only with the article, a noun: "المبيت في أحد الفنادق"
    if nisba(bare) or plain_adjective(base) or ordinal_or_elative(base):
        return True
    if base.endswith("ي") and len(base) >= 5 and zipf(base[:-1]) >= 3.0:
        return True  # a masculine relational adjective: "التشاوري" (تشاور)
    return base[:1] == "م" and len(base) >= 4 and _both_genders(base)


_WORD_AFTER_COMMA_RE = re.compile(f"[،,]?\\s*[{LETTERS}{MARKS}]+")


def _late_verb(sentence: str) -> bool:
    """Does a verb beyond doubt come later in ``sentence``, as the predicate of the
    words before it: after a comma, a definite word or a name ("المتحدث باسم حرس
    الثورة، العميد رمضان شريف، يؤكد ...", "متحدث باسم مجلس الأمن القومي الأميركي
    يشير ...", "... في أنقرة تنتهي ...")? (After an indefinite noun a verb describes
    it: "أسماء ضابطين من الجيش قتلوا في معارك".)"""
    ws = _WORD_AFTER_COMMA_RE.findall(sentence)
    for prev, w in zip(ws, ws[1:], strict=False):
        bare = strip_marks(w.lstrip("،, "))
        k = shapes.key(bare)
        if not (clear_verb(k) or (k[:1] == "س" and clear_verb(k[1:]))):
            continue
        p = shapes.key(strip_marks(prev.lstrip("،, ")))
        if p in RELATIVE_WORDS or p in VERB_PARTICLES or shapes.is_function(p):
            continue
        if w[:1] in "،," or p.startswith(shapes.DEFINITE_PREFIXES) or zipf("ال" + p) < 3.0:
            return True
    return False


def _clause_on_waw(bare: str) -> bool:
    """Does ``bare`` open a clause on و / ف: a verb or a particle that is no
    preposition ("وأعرب", "وقد", "وبينما", "وذلك")?"""
    if not shapes.conjunction_led(bare):
        return False
    rest = shapes.key(bare)[1:]
    if shapes.is_function(rest):
        return rest not in shapes.PREPOSITIONS
    return shapes.verb_on_waw(bare) or long_verb(rest)


def _prep_with_any_pronoun(k: str) -> bool:
    """A preposition with a pronoun of any person ("له", "عليكم", "لنا")."""
    if shapes.prep_with_pronoun(k):
        return True
    for suf in ("كم", "كما", "كن", "نا", "ك"):
        base = k[: -len(suf)]
        if k.endswith(suf) and (base in shapes.PREPOSITIONS or base in ("ب", "ل", "عند")):
            return True
    return False


def _item_opener(word: str) -> bool:
    """Could ``word`` open an item of a list: a masdar (افتعال، استفعال، إفعال،
    تفعيل، تفاعل، تفعّل: "ارتفاع", "الإكثار", "تسجيل", "تراجع", "تجنب"; some share
    the shape of a verb) or a common noun, with no conjunction, preposition or
    tanween?"""
    bare = strip_marks(word)
    k = shapes.key(bare)
    if shapes.is_function(k) or shapes.conjunction_led(bare) or shapes.pp_prefixed(k):
        return False
    if has_tanween(word):
        return False
    k = k[2:] if k.startswith("ال") else k
    if len(k) >= 5 and k[0] == "ا" and k[-2] == "ا":
        return True
    if k[:1] == "ت" and (len(k) == 4 or (len(k) == 5 and (k[2] == "ا" or k[3] == "ي"))):
        return True
    return zipf("ال" + k) >= 3.0 and not clear_verb(k)


def predicate_in(ws: list[str]) -> bool:
    """Does the phrase ``ws`` hold the predicate of a nominal sentence: an indefinite
    common noun, adjective or participle right after a definite word or a name, which
    it can be neither the adjective nor the genitive of ("الصهيونية حركة استعمارية
    ...", "المسؤولية عن غزة مقسمة بينها ...", "الظروف المعيشية هناك صعبة ..."), a
    preposition with its pronoun put first ("الإعلان له سبب آخر."), or a subject in
    the nominative plural ("المشاركون من ...")? Words on و, in بـ / لـ, in the
    accusative, adverbs and the words of place (شرق، قرب) are passed over."""
    ws = [strip_marks(w) for w in ws]
    if not ws:
        return False
    if len(ws) > 1 and ws[0].startswith("ال") and _prep_with_any_pronoun(shapes.key(ws[1])):
        return True
    if ws[0].startswith("ال") and ws[0].endswith("ون") and len(ws[0]) >= 6:
        return True  # a subject in the nominative: "المشاركون من أكثر من ثلاثين دولة."
    after_definite = shapes.definite(ws[0])
    governed = shapes.key(ws[0]) in GENITIVE_GOVERNORS  # ("لدى الشركة ... خبرة طويلة")
    # After an indefinite noun in بـ / لـ or on و, the indefinite word is its adjective
    # or genitive ("بوابل كثيف", "بحضور رئيس", "وتحقيق مشاركة").
    held = quantified = False
    for i, w in enumerate(ws[1:12], 1):
        k = shapes.key(w)
        if k in _QUANTITY_HEADS:
            # a quantity and the noun it governs make a whole phrase: an indefinite
            # word after it is the predicate or the subject ("لدى كل فريق حجج ...")
            governed = quantified = True
            continue
        if k in GENITIVE_GOVERNORS and not other_hamza(w):  # (not the noun أثر nor إمام)
            governed = True
            continue
        if (shapes.conjunction_led(w) and zipf("ال" + w) < 3.0) or shapes.pp_prefixed(k):
            held = not shapes.definite(w)
            after_definite = not held
            continue
        if governed:
            after_definite = shapes.definite(w) or not _common_word(w) or quantified
            governed = held = quantified = False
            continue  # a genitive: "عن غزة", "على قضية"
        if shapes.definite(w):
            after_definite, held = True, False
            continue
        if shapes.is_function(k) or k in _PLACE_WORDS or k in TIME_ADVERBS:
            continue
        if k.endswith("ا") and len(k) > 3:
            continue  # an accusative: "اتصالا هاتفيا", "الأقل سعرا"
        if clear_verb(k) and not (
            len(k) == 3
            and zipf("ال" + w) >= 3.0
            and after_definite
            and shapes.definite(ws[i - 1])
            and shapes.key(ws[i - 1]) not in RELATIVES
        ):
            # (a word of three letters common with the article, right after a definite
            # noun, is a noun: "بعض الحكومات ميل إلى ..."; not after a relative, "الذي
            # وقع فيه")
            after_definite = held = False  # what follows is the verb's object or clause's
            continue
        if not _common_word(w):
            after_definite, held = True, False  # a name: "القائد فؤاد شكر"
            continue
        if held:
            held = False
            continue
        if after_definite:
            return True
    return False


# Words of quantity that govern the noun after them ("كل فريق", "بعض الحكومات"): the
# quantifiers of sentence_shapes and كل، بعض، أي، عدة.
_QUANTITY_HEADS = shapes.QUANTIFIERS | {hamza_key(w) for w in "كل بعض أي عدة".split()}


def _common_word(bare: str) -> bool:
    """Is ``bare`` a common noun, an adjective or a participle rather than a name (a
    common word never written with the article: "غزة", "نتنياهو"): written with the
    article too, of the shape of a participle (مُفعَّل) or a relational adjective (-ي،
    -ية), or too rare to tell ("دكاكين")?"""
    if zipf("ال" + bare) >= 3.0 or zipf(bare) < 3.0:
        return True
    k = shapes.key(bare)
    return len(k) >= 4 and (k[0] == "م" or k.endswith(("ي", "ية")))


# Nouns of place used as adverbs ("شرق المدينة"), passed over looking for a predicate.
_PLACE_WORDS = {
    hamza_key(w) for w in "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي وسط قرب داخل خارج".split()
}


_AUXILIARIES = (
    forms("كان", "he she they does she-does")
    | forms("زال", "he she does she-does")
    | forms("ليس", "he she they")
    | forms("بات أصبح صار بقي", "he she")
    | {hamza_key(w) for w in "تم يتم تمت سيكون ستكون".split()}
)
# Words of a subject speaking in its turn: a clause follows ("النصراوي من جهته أنهى").
_IN_TURN = {hamza_key(w) for w in "جهته جهتها جانبه جانبها بدوره بدورها".split()}


def _verb_beyond_shape(bare: str) -> bool:
    """A verb that ``has_verb``'s shapes leave out: an auxiliary (تم، كان), أفعل of a
    hollow root written with its hamza ("أفاد", "أشار"; not "آثار", "إطار"), a past
    in -أت, a verb with the object pronoun ني ("جعلني")."""
    k = shapes.key(bare)
    if k in _AUXILIARIES:
        return True
    if len(bare) == 4 and bare[0] == "أ" and bare[2] == "ا":
        return True
    if bare.endswith("أت") and len(bare) >= 4:
        return True  # a past verb of a root in hamza: "بدأت", "فاجأت" (the key reads -ات)
    if len(bare) == 4 and bare[0] == "أ" and bare[-1] == "ى" and zipf("ال" + bare) < 2.5:
        return True  # أفعى: "أنهى", "أجرى" (not the elatives "الأعلى", "الأدنى")
    return k.endswith("ني") and len(k) >= 5 and shapes.predicate_verb(k[:-2])


# Endings of words that head no construct: pronouns, the dual and plural of persons
# in -ين / -ون, the accusative in -ا ("كاملا").
_NOT_A_HEAD = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ين", "ون", "ا")


def _both_genders(a: str) -> bool:
    """Is ``a`` written in both genders, the two about as common (an adjective:
    جديد / جديدة; a noun of that shape is far more common than its partner)?"""
    partner = a[:-1] if a.endswith("ة") else a + "ة"
    za, zp = zipf(a), zipf(partner)
    return min(za, zp) >= 3.0 and abs(za - zp) <= 1.0


def verb_among(ws: list[str]) -> bool:
    """Is one of the words ``ws`` a verb: of the shapes ``has_verb`` reads (a word of
    three letters with a long vowel after an indefinite word taken for an adjective),
    one too long for them ("... الأهالي يتقاطرون إلى ..."), or a dual after its dual
    subject ("الوفدان غادرا ...", "الفريقان تعادلا ...")?"""
    if has_verb(ws, hollow=False) or any(long_verb(shapes.key(w)) for w in ws):
        return True
    return any(_dual_verb(a, b) for a, b in zip(ws, ws[1:], strict=False))


def _dual_verb(subject: str, word: str) -> bool:
    """Is ``word`` a verb in the dual (فعلا، تفاعلا) right after the definite dual
    ``subject`` (-ان) it agrees with?"""
    s, k = shapes.key(strip_marks(subject)), shapes.key(strip_marks(word))
    if not (s.startswith("ال") and s.endswith("ان") and len(s) >= 6):
        return False
    return (
        len(k) >= 4
        and k.endswith("ا")
        and (shapes.past_or_present_verb(k[:-1]) or clear_verb(k[:-1]))
    )


def long_verb(k: str) -> bool:
    """Is the key ``k`` a verb with a plural or dual ending, maybe with an object
    pronoun, too long for ``has_verb``'s shapes ("يتقاطرون", "يتبادلن", "استقبلوها",
    "استوعبته")?"""
    for pronoun in _OBJECT_PRONOUNS + ("ه",):
        if k.endswith(pronoun) and len(k) - len(pronoun) >= 5:
            k = k[: -len(pronoun)]
            if k.endswith("و"):
                k += "ا"  # (the alef of -وا goes before a pronoun: استقبلوها)
            break
    if k.endswith("وا") and len(k) >= 6:
        return shapes.past_or_present_verb(k[:-2])
    if len(k) == 7 and k[0] == "ا" and k.endswith("ت") and not k.endswith("ات"):
        return True  # استفعلت: "استوعبته"
    if k.endswith("ين"):
        return False  # a dual or plural noun: "يومين", "تشرين"
    for end in ("ون", "ان", "ن"):
        if k.endswith(end) and k[:1] in "يت" and len(k) - len(end) >= 4:
            return shapes.past_or_present_verb(k[: -len(end)])
    return False


def _fronted_predicate(ws: list[str]) -> bool:
    """Is the phrase ``ws`` the predicate of a nominal sentence put before its
    indefinite subject: a noun in بـ / لـ, definite or followed by definite words, and
    then an indefinite noun ("للحكومة خطة واضحة ...", "بتنفيذ المهمة رجال مدربون
    ...")? (After an indefinite noun in بـ / لـ, an indefinite word is its adjective:
    "بصورة أساسية".)"""
    i = 1
    while i < len(ws) and strip_marks(ws[i]).startswith("ال"):
        i += 1
    if i == len(ws) or (i == 1 and not shapes.key(ws[0]).startswith(("بال", "لل"))):
        return False  # (بالـ / للـ: "بالقدرات", "للفريق"; an indefinite noun, "بصورة")
    bare = strip_marks(ws[i])
    k = shapes.key(bare)
    if shapes.is_function(k) or shapes.pp_prefixed(k) or has_tanween(ws[i]):
        return False
    return not shapes.conjunction_led(bare)


def _phrase_opener(text: str, start: int, nxt: str) -> list[str] | None:
    """The phrase that ``nxt`` (at ``start``) opens (``phrase_after``), when ``nxt``
    itself is a noun: not a function word, a verb, a word on "و" / "ف" (a new clause),
    a time word ("اليوم", "أمس") nor a word before punctuation."""
    bare = strip_marks(nxt)
    k = shapes.key(bare)
    if shapes.is_function(k) or clear_verb(k) or k in TODAY or k in TIME_ADVERBS:
        return None
    if shapes.conjunction_led(bare):
        return None
    if text[start + len(nxt) : start + len(nxt) + 1] in "،,:؛":
        return None
    return phrase_after(text, start)
