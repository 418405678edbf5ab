"""The patterns and word tests FRG002 (``splits``) reads around a full stop.

Words that need a complement and cannot end a sentence (prepositions, conjunctions,
relatives), verbs of saying and what was said, a verb left alone between two sentences,
prepositions that govern the word after them, objects in بـ, nouns counted by a number,
accusatives, dates and compound names. Each is a compiled pattern, a word set or a plain
function; which signal of the rule uses which, and why, is documented on the rule.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.boilerplate.datelines import MONTHS
from tanqih.rules.fragments.document_words import ALL_Q, HSPACE
from tanqih.rules.fragments.phrase_words import (
    ANNOUNCED_BY,
    NOUN_CLOSERS,
    OPENING_QUANTITIES,
    PLURAL_SCALES,
    RELATIVES,
    SCALE_WORDS,
    TIME_ADVERBS,
    TIME_NOUNS,
    broken_plural,
    clear_verb,
    closes_phrase,
    definite_base,
    definite_run,
    derived_masdar,
    head_noun,
    indefinite_genitive,
    nisba,
    ordinal_or_elative,
    plain_adjective,
    possessed,
    without_conjunction,
)
from tanqih.rules.phrases import pkey
from tanqih.rules.word_frequencies import KNOWN, zipf

NEEDS_COMPLEMENT = (
    {
        hamza_key(w)
        for w in """في من إلى الى على عن مع أن إن التي الذي الذين اللذين اللتين بين لدى حول
    عبر ضد منذ خلال نحو أو ثم بل لكن لم لن قد كل بعض أي وفي ومن وإلى وعلى وعن ومع
    وأن وإن والتي والذي وبين بشأن بسبب جراء إثر ضمن تجاه إزاء وفق حسب بحسب لأن
    كي لكي حين حينما عندما بينما إذا لو لدى أمام دون جميع معظم أغلب ولم ولن وقد فلم
    فلن بعدما كلما مثلما طالما ريثما حيثما حيث إذ لعل إنما كما عما مما بما
    فيما وبعدما وحيث وفيما وكلما ومثلما وكما وبينما وحين وعندما وإذا ولو والذين
    واللذين واللتين واللواتي واللاتي وخاصة وبخاصة وخصوصا عدم وعدم بعدم لعدم وبعدم ولعدم
    إحدى وإحدى بإحدى لإحدى وبإحدى ولإحدى""".split()
    }
    | {
        # Conjunctions and adverbs of place and time that head a construct ("ولكن.",
        # "في جنوب. لبنان", "في منتصف. الشهر"), and phrases in بـ that work as prepositions
        # ("بقيادة. مدربه", "بحضور. مدير"), with "و" too. Not the ones that close an idiom:
        # "عن قرب", "رأسا على عقب", "فما فوق", "صلة قرابة", "لا غير".
        hamza_key(c + w)
        for w in """ولكن لكنه عند تحت قبيل إبان أثناء طيلة طوال حوالي جنوب شمال شرق غرب
    منتصف أواخر أوائل مطلع سوى حتى ليس قبالة حيال بجانب باتجاه بواسطة بفعل بدون بلا
    لصالح لمصلحة علاوة بالإضافة بقيادة برئاسة بإشراف برعاية بحضور بمشاركة بمناسبة
    بمساعدة بتمويل بالتعاون بالتنسيق رغم برغم""".split()
        for c in ("", "و")
    }
    | {
        # Quantifiers in بـ / لـ: "لجميع. الدول", "بمختلف. أنواعها" ("كافة" and "مختلف" close
        # a phrase alone: "القطاعات كافة.", "رأي مختلف.")
        hamza_key(c + w)
        for w in "جميع معظم أغلب كافة مختلف".split()
        for c in ("ب", "ل", "وب", "ول")
    }
)
# Words of NEEDS_COMPLEMENT that, after "و" or "ف", are verbs or adverbs closing a
# sentence: "وكّل", "فقد" (lost), "دوّن", "عبّر", "ضمِن", "وحسب" (only).
_CONJOINED_WORDS = {
    hamza_key(w) for w in "وكل فكل فقد ودون فدون وعبر فعبر وضمن فضمن وحسب فحسب".split()
}
# A compass word that, after a player's position, names its side ("ظهير شمال", Egyptian
# for a left back: "... محتاج ظهير شمال. حراسة المرمى ..."), not "north of".
_SIDES = {hamza_key(w) for w in "شمال".split()}
_POSITIONS = {hamza_key(w) for w in "ظهير ظهيرا جناح جناحا باك مدافع".split()}


def _side_of_player(text: str, start: int) -> bool:
    ws = shapes.words(text[max(0, start - 20) : start])
    return bool(ws) and without_conjunction(shapes.key(ws[-1])) in _POSITIONS


# Closed-class words that answer a question in one word ("من؟ أنا.", "أين؟ هنا.").
_ANSWERS = {hamza_key(w) for w in "أنا نحن أنت أنتم هو هي هم هن هما هنا".split()}


def needs_complement(k: str, alone: bool, text: str, start: int) -> bool:
    """Can the word keyed ``k`` (at ``start``) not close a sentence: a preposition, a
    particle or a conjunction (bare or after "و" / "ف": "وحول.", "فمنذ."), or, when it is
    a sentence of its own (``alone``), any closed-class word that is no answer or
    interjection ("وهذا.", "هناك."; not "نعم.", nor "أنا." after a question)?"""
    if k in NEEDS_COMPLEMENT:
        if k in _PRIVATE and _after_feminine_adjective(text, start):
            return False  # "and private": "... 50 جهة حكومية وخاصة."
        return not (k in _SIDES and _side_of_player(text, start))
    if k[:1] in "وف" and k[1:] in NEEDS_COMPLEMENT and k not in _CONJOINED_WORDS:
        return True
    if k in _IMPERSONAL and impersonal_open(text, start):
        return True
    if (
        k[:1] in "وف"
        and k[1:] in _THEN
        and text[max(0, start - 9) : start].rstrip().endswith(("،", ","))
    ):
        return True  # "... إلى جرح 3 جنود، وبعدها. أطلق الجنود النار ..."
    if not alone or len(k) < 3 or not shapes.is_function(k):
        return False  # (two letters are an initial: "بي. بي. سي")
    bare = without_conjunction(k)
    if k in shapes.ALONE or bare in shapes.ALONE or bare in _ANSWERS:
        return False
    before = text[max(0, start - 30) : start].rstrip()
    if before.endswith(("؟", "?", ":")):
        return False  # an answer
    ws = shapes.words(before)
    return not (ws and shapes.key(ws[-1]) == k)  # (emphasis: "قريبة جدا. جدا.")


# "وخاصة" is "especially" before its complement, or "and private" after the adjective it
# is coordinated with ("جهات حكومية وخاصة", "مدارس عامة وخاصة").
_PRIVATE = {hamza_key("وخاصة")}


def _after_feminine_adjective(text: str, start: int) -> bool:
    """Is the word before ``start`` an indefinite feminine nisba or "عامة" (no comma
    between them), which "وخاصة" is coordinated with?"""
    before = text[max(0, start - 30) : start]
    ws = shapes.words(before)
    if not ws or before.rstrip()[-1:] in "،,":
        return False
    k = shapes.key(ws[-1])
    return not k.startswith("ال") and (k.endswith("ية") or k == "عامة")


# Adjectives of an impersonal predicate after من, whose subject is the clause or masdar
# that follows ("من المتوقع أن ...", "من المقرر إجراء ...").
_IMPERSONAL = {
    hamza_key(w)
    for w in "المتوقع المقرر المنتظر المفترض المرجح المستبعد الضروري الممكن الواضح".split()
}
# Words before "من المتوقع" that are its subject ("وهذا من المتوقع.").
_IMPERSONAL_SUBJECTS = {hamza_key(w) for w in "هو هي هذا هذه ذلك تلك كما وهذا وذلك".split()}


def impersonal_open(text: str, start: int) -> bool:
    """Is the word at ``start`` the adjective of "من المتوقع" and its like, opening a
    sentence or a quotation, so that its subject must follow ("... أنه "من المتوقع.
    إجراء محادثات ...")? Not after a subject it describes ("وهذا من المتوقع.")."""
    before = shapes.words(text[max(0, start - 30) : start])
    if not before or shapes.key(before[-1]) != "من":
        return False
    return len(before) < 2 or shapes.key(before[-2]) not in _IMPERSONAL_SUBJECTS


# Adverbs of time that open the next clause of a sentence after "، و": "، وبعدها ...".
_THEN = {hamza_key(w) for w in "بعدها بعده بعدهم قبلها قبله عندها حينها وقتها بعدئذ عندئذ".split()}


AFTER_RE = re.compile(
    f"\\. ([{LETTERS}][{LETTERS}{MARKS}]*) ([{LETTERS}][{LETTERS}{MARKS}]*)،",
)
# ". نموا سريعا في ...": two accusative words, then the sentence goes on.
ACCUSATIVE_RE = re.compile(
    f"\\. ([{LETTERS}][{LETTERS}{MARKS}]*) ([{LETTERS}][{LETTERS}{MARKS}]*)(?= [{LETTERS}]|،)",
)
# Accusatives that open a sentence of their own: greetings and time phrases ("شكرا
# جزيلا لكم", "عاما سعيدا", "يوما بعد يوم").
_TIME_SPANS = {hamza_key(w) for w in "عاما يوما شهرا أسبوعا".split()}
OPENING_ACCUSATIVES = {
    hamza_key(w)
    for w in "شكرا عفوا حظا عاما يوما شهرا أسبوعا أهلا مرحبا سلاما قولا وعدا حقا".split()
}
BEFORE_RE = re.compile(
    f'(?:^|(?<=[\\s"“«(]))([{LETTERS}][{LETTERS}{MARKS}]*)\\. (?=["“«]?[{LETTERS}0-9٠-٩])',
    re.MULTILINE,
)


# A sentence of one word between two sentences of a paragraph ("... عالمياً. ويشير.
# المسؤولون ..."), with the word after it.
LONE_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}]\\.)[{HSPACE}]+([{LETTERS}][{LETTERS}{MARKS}]*)\\."
    f'[{HSPACE}]+["“«]?([{LETTERS}][{LETTERS}{MARKS}]*)'
)


CLAUSE_OPENERS = {hamza_key(w) for w in "أن إن أنه إنه الذي التي الذين حيث".split()}
# Particles before a verb: "الرقم ما زال عندي", "الوفد لم يصل".
VERB_PARTICLES = {hamza_key(w) for w in "ما لا لم لن قد سوف".split()}


def past_verb(k: str) -> bool:
    """A key shaped like a past verb (not an imperfect in ي / ت)."""
    return k[:1] not in "يت" and shapes.past_or_present_verb(k)


def sentence_words(text: str, start: int) -> list[str]:
    """The words from ``start`` to the end of their sentence (within 80 characters of
    the line)."""
    after = text[start : start + 80].split("\n", 1)[0]
    return shapes.words(re.split("[.؟!]", after, maxsplit=1)[0])


def clause_words(text: str) -> list[str]:
    """The words of ``text`` up to its first comma, colon or sentence mark: the clause a
    test reads after a word."""
    return shapes.words(re.split("[،,.:؛؟!]", text, maxsplit=1)[0])


def has_verb(ws: list[str], hollow: bool = True) -> bool:
    """Do the first words of a sentence, up to a clause of its own, hold a word that may
    be its verb (generous: any word of a verb's shape)? With ``hollow`` false, a word of
    three letters with a long vowel in the middle after an indefinite word is taken for
    the adjective it mostly is there ("مدير عام هيئة ...", "وست هام"; not "الرجل عاد")."""
    for i, w in enumerate(ws[:6]):
        k = shapes.key(w)
        if i == 0 and len(k) > 3 and k[0] in "وف" and shapes.predicate_verb(k[1:]):
            return True  # a new clause on و: "... حيث توفي. وقال المدير ..."
        if not hollow and i and not shapes.key(ws[i - 1]).startswith(shapes.DEFINITE_PREFIXES):
            if len(k) == 3 and k[1] in "اوي" and k not in COPULAS:
                continue
            if len(k) == 3 and zipf("ال" + k) >= 4.0:
                continue  # a genitive noun far more than a verb: "تدمير عدد من ..."
            if len(k) > 3 and k.endswith("ي") and k[0] not in "يت":
                continue  # a relational adjective: "مصدر أمني", not "يجري", "تبني"
        if k in CLAUSE_OPENERS or k in TIME_PLACE_OPENERS:
            return False  # (a verb after them is its own clause's: "..., فيما رجحت ...")
        if k == "ما" and i and shapes.key(ws[i - 1]) in shapes.PREPOSITIONS:
            continue  # "what" after a preposition, no negation: "إلى ما فوق الأربعين"
        if k in VERB_PARTICLES or k in COPULAS:
            return True  # ("الطريق كان قريبا", "الرقم ما زال عندي")
        if shapes.is_function(k) or k in ADVERBIAL or k.startswith(shapes.DEFINITE_PREFIXES):
            continue
        if k in TIME_ADVERBS or any(ch in shapes.TANWEEN for ch in w):
            continue  # "مساء أمس", "تحقيقًا": no verb takes tanween
        if len(k) > 4 and k.endswith("ا") and zipf("ال" + k[:-1]) >= 3.0:
            continue  # an accusative noun without its mark: "تحقيقا", not "اتفقا"
        if i and shapes.key(ws[i - 1]) in GENITIVE_GOVERNORS:
            continue  # a genitive: "في شكل منح", "بعد تراجع الأسعار"
        if shapes.predicate_verb(k):
            return True
    return False


def verbless_clause(text: str, dot: int, counted: bool = False) -> bool:
    """Does the sentence after the full stop at ``dot`` open with a clause of two words
    or more with no verb, up to its first comma, relative pronoun or word on و ("...
    مشاهد إصابة الصحافي، والذي ...")? Then it cannot stand as a sentence. With
    ``counted`` the first word is the noun a number counts: one word will do, and
    only a verb beyond doubt after it counts ("... ثلاثمئة ألف. جرعة من اللقاح مجانا
    ...": not "مجانا")."""
    clause = re.split("[.،,؛:؟!]", text[dot + 1 : dot + 200])[0]
    ws = []
    for w in shapes.words(clause):
        bare = strip_marks(w)
        if hamza_key(bare) in RELATIVES or shapes.conjunction_led(bare):
            break
        ws.append(w)
    if counted:
        return bool(ws) and not any(
            clear_verb(shapes.key(w)) and zipf("ال" + strip_marks(w)) < 3.0 for w in ws[1:]
        )
    return len(ws) >= 2 and not has_verb(ws, hollow=False)


# Nouns used as prepositions, shaped like past verbs ("ضمن", "عقب", "وسط").
ADVERBIAL = {hamza_key(w) for w in "ضمن إثر عقب وسط قرب تجاه إزاء جراء حسب وفق".split()}
# Words after which a noun in the genitive comes, never a verb.
GENITIVE_GOVERNORS = (
    shapes.PREPOSITIONS
    | ADVERBIAL
    | {hamza_key(w) for w in "بعد قبل دون بدون بنحو حوالي لدى عند كل بعض جميع سوى".split()}
)


def lone_verb(word: str, nxt: str) -> bool:
    """Is ``word`` a verb in the third person after "و" ("ويشير", "وتنتج", "ورصد")
    that cannot close a sentence alone, and ``nxt`` a noun that it takes as its
    subject or object? A verb with a person of its own ("فانتظرنا.", "وتأهلنا."), an
    adverb ("وأخيرا."), a noun ("وعود.") or a run of verbs ("... ضغط. أهدر.") is no
    cut; nor is a verb before a sentence with a verb of its own (see ``has_verb``).
    """
    bare, nb = strip_marks(word), strip_marks(nxt)
    if bare[:1] != "و" or not shapes.conjunction_led(bare) or shapes.is_function(bare):
        return False
    rest = bare[1:]
    k = hamza_key(rest)
    future = k[:2] in ("سي", "ست") and shapes.past_or_present_verb(k[1:])
    if future:
        k = k[1:]  # the future of the third person: "وسينشر", "وستجري"
    if (
        len(k) < 3
        or not (shapes.past_or_present_verb(k) or hollow_causative(k))
        or k.endswith(("ا", "نا", "تم", "تن", "ني"))
        or any(ch in shapes.TANWEEN for ch in word)
        or (shapes.one_word_verb(rest) and not future)
        or shapes.stance_adverb(rest)
    ):
        return False
    kn = hamza_key(nb)
    if shapes.key(nb) in DEMONSTRATIVES:
        return True  # "وتأتي. هذه الخطوة ...", "ويأتي. ذلك في ..."
    return not (
        len(nb) < 3
        or shapes.is_function(nb)
        or shapes.conjunction_led(nb)
        or (shapes.past_or_present_verb(kn) and zipf("ال" + nb) < 3.5)  # ("عدد": a noun)
        or (len(kn) == 4 and kn[1] == "ا")  # فاعل, a verb too: "وذهب. شاهد اللقطة ..."
        or any(ch in shapes.TANWEEN for ch in nxt)
    )


OPENING_RE = re.compile(
    f'[{HSPACE}]*["“«]?([{LETTERS}][{LETTERS}{MARKS}]*)(?: ([{LETTERS}][{LETTERS}{MARKS}]*))?'
    f'\\. (?=["“«]?([{LETTERS}][{LETTERS}{MARKS}]*))'
)

# Verbs of saying take a clause or an object: "وأضاف." cannot end a sentence.
REPORTING = {
    hamza_key(w + t)
    for w in "قال أكد أضاف أوضح أشار ذكر أفاد أعلن صرح كشف أعرب شدد لفت نقل اعتبر طالب".split()
    for t in ("", "ت")
}
# Incomplete verbs take a predicate: "وكانت. القوات ..." cannot end there.
COPULAS = {
    hamza_key(w)
    for w in "كان كانت يكون تكون أصبح أصبحت يصبح تصبح صار صارت يصير تصير ليس ليست".split()
}
AS_RE = re.compile(f"(?:^|[^{LETTERS}])(?:(?:ك|مثل|حسب|وفق|بحسب)?ما|أيا|أيًا|أياً)\\s*$")

# ". إن الحكومة ...", ". إنه وصل ...": what a verb of saying before the stop introduces.
SAID_RE = re.compile(f"(?<=[{LETTERS}{MARKS}])\\. ((?:إن|إنه|إنها|إنهم|إنهن|إننا))(?= )")
# "لـ" and a masdar of the pattern تفعيل with no article: a purpose that needs its
# object ("لتوسيع.", "لتعزيز.", "ولتحقيق."; not "للتعليق.", "للتنقيب.").
# Also the masdars إفعال، استفعال and مفاعلة ("لإنهاء.", "لاستكمال.", "لمواجهة.")
# when ل is a clitic on a common word; not افتعال, whose masdars are nouns too ("دعا
# لاجتماع."), nor فعال, the shape of names ("لحماس.", "لبنان").
PURPOSE_MASDAR_RE = re.compile(
    f"^و?ل(?:ت[{LETTERS}]{{2}}ي[{LETTERS}]|ا[{LETTERS}]{{2}}ا[{LETTERS}]|است[{LETTERS}]{{2}}ا[{LETTERS}]"
    f"|م[{LETTERS}]ا[{LETTERS}]{{2}}ة)$"
)
# The numbers three to nine, which take a plural noun after them ("ثلاث سنوات"); not
# عشر (the ordinals of the teens end a sentence: "القرن التاسع عشر.").
UNITS = {
    shapes.key(w)
    for w in "ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة".split()
}


# The units and tens of a compound number ("خمسة وعشرون", "الخامسة والعشرون"): no
# sentence ends between them.
_ONES = UNITS | {shapes.key(w) for w in "واحد واحدة اثنان اثنين اثنتان اثنتين ثمان".split()}
_ORDINAL_ONES = {
    shapes.key(w + t)
    for w in "حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع".split()
    for t in ("", "ة")
}
_TENS = {
    shapes.key(w + e) for w in "عشر ثلاث أربع خمس ست سبع ثمان تسع".split() for e in ("ون", "ين")
}


def compound_number(k1: str, k2: str) -> bool:
    """Are the keys ``k1`` and ``k2`` the units and the tens of one number, the tens on
    و ("خمسة. وعشرون", "الخامسة. والعشرين", "بثلاثة. وأربعين"), both definite or both
    not?"""
    if k2[:1] != "و":
        return False
    tens = k2[1:]
    definite = tens.startswith("ال")
    if (tens[2:] if definite else tens) not in _TENS:
        return False
    if definite:
        for prefix in ("ال", "بال", "وال", "لل"):
            if k1.startswith(prefix):
                unit = k1[len(prefix) :]
                return unit in _ONES or unit in _ORDINAL_ONES
        return False
    return any(k1[len(p) :] in _ONES for p in ("", "ب", "ل", "و") if k1.startswith(p))


# Number words after which the counted noun is singular (in the accusative after
# the tens and the teens, in the genitive after hundreds and scales): "ثمانية عشر
# شهرا", "اثنتين وأربعين نقطة", "ثلاثمئة ألف جرعة", "ألفي مسجد".
_HUNDREDS = {
    shapes.key(u + h)
    for u in ("", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")
    for h in ("مئة", "مائة")
} | {shapes.key(w) for w in "مئتي مائتي مئتا مائتا".split()}
_SCALES = {shapes.key(w + e) for w in "ألف مليون مليار".split() for e in ("", "ا", "ي")}
_TEENS = {shapes.key(w) for w in "عشر عشرة".split()}
_ON_WAW = _TENS | _SCALES | _HUNDREDS  # (on و: "وأربعين", "وستمئة", "وخمسين ألف")
# The keys a number in words may end with, on و too: a cheap test before the word
# before it is read.
NUMBER_ENDS = frozenset(_ON_WAW | _TEENS | {"و" + k for k in _ON_WAW})


def number_in_words(k1: str, k0: str) -> bool:
    """Does the word keyed ``k1`` (``k0`` the word before it) end a number written in
    words that counts a singular noun: tens ("وأربعين"), a teen after its unit
    ("ثمانية عشر", "اثني عشر"), hundreds ("ثلاثمئة"), or a scale after another number
    word ("مئة وتسعين ألف", "اثني عشر مليون") or in the dual ("ألفي")?"""
    k1 = k1[1:] if k1[:1] == "و" and k1[1:] in _ON_WAW else k1
    k0 = k0[1:] if k0[:1] == "و" else k0
    if k1 in _TENS or k1 in _HUNDREDS:
        return True
    if k1 in _TEENS:
        return k0 in _ONES or k0 in shapes.NUMBER_WORDS
    if k1 in _SCALES:
        if k1.endswith("ي") and len(k1) > 3:
            return True  # the dual: ألفي، مليوني
        return k0 in _ONES or k0 in _TENS or k0 in _HUNDREDS or k0 in _TEENS
    return False


def purpose_masdar(k: str, word: str) -> bool:
    """ "لـ" and a masdar with no article ("لتعزيز", "لإنهاء", "لضمان"): beyond
    تفعيل, ل must be a clitic on a common word (not a name: "لبنان")."""
    m = PURPOSE_MASDAR_RE.match(k)
    if m is None:
        return False
    if k.lstrip("و")[1:2] == "ت" and k.lstrip("و")[-2:-1] == "ي":
        return True  # تفعيل
    bare = strip_marks(word)
    rest = bare[bare.index("ل") + 1 :]
    if len(rest) == 5 and rest[0] == "أ" and rest[3] == "ا":
        return False  # a plural أفعال written with its hamza: "لأضرار", "لأطفال"
    return zipf(rest) >= 3.5 and zipf(rest) > zipf(bare)


# Verbs and nouns that take their object through لـ, which then is no purpose ("تعرضت
# لاستهداف.", "خضعوا لتدريب.", "تحتاج لتحديث.", "توصلت لاتفاق.", "بحاجة لتطوير.").
LI_VERBS = (
    {
        hamza_key(p + w + t)
        for w in ("تعرض", "خضع", "احتاج", "توصل")
        for p in ("", "و", "ف")
        for t in ("", "ت", "وا")
    }
    | {
        hamza_key(p + w)
        for w in "يتعرض تتعرض يخضع تخضع يحتاج تحتاج يتوصل تتوصل التوصل التعرض الخضوع".split()
        for p in ("", "و", "ف")
    }
    | {hamza_key(w) for w in "بحاجة حاجة".split()}
)


def genitive_after_noun(text: str, start: int) -> bool:
    """Is the word at ``start`` right after an indefinite noun ("شاحنة نقل", "وسائل
    نقل"), its genitive? The noun carries no article and is no function word nor verb."""
    ws = shapes.words(text[max(0, start - 30) : start])
    if not ws or not re.search(f"[{LETTERS}{MARKS}] $", text[max(0, start - 2) : start]):
        return False
    b0 = strip_marks(ws[-1])
    k0 = shapes.key(b0)
    if len(k0) < 3 or shapes.is_function(k0) or k0.startswith(shapes.DEFINITE_PREFIXES):
        return False
    if any(ch in shapes.TANWEEN for ch in ws[-1]) or k0.endswith("ا"):
        return False  # an accusative: "... مؤكدا نقل." is no construct
    return k0.endswith(("ة", "ات")) or (
        zipf("ال" + b0) >= 3.0 and not shapes.past_or_present_verb(k0)
    )


def governs_li(text: str, start: int) -> bool:
    """Does a verb or a noun that takes its object through لـ (``LI_VERBS``) come in the
    clause before ``start``, within ten words ("وتعرض عدد من قوارب الصيد الراسية في
    الميناء لأضرار.")?"""
    clause = re.split("[،,:؛.؟!\n]", text[max(0, start - 120) : start])[-1]
    return any(shapes.key(w) in LI_VERBS for w in shapes.words(clause)[-10:])


ALA_RE = re.compile(f"(?<![{LETTERS}])على(?![{LETTERS}])")


def named_ali(text: str, word: str) -> bool:
    """Is "علي" before a full stop the name: spelled with ي in a text that writes the
    preposition على with ى elsewhere?"""
    return strip_marks(word).endswith("ي") and ALA_RE.search(text) is not None


def echoed(w1: str, w2: str) -> bool:
    """Does the sentence after the full stop open with the word before it, made
    definite ("إلى قرار. القرار", "عن راع. الراعي", "لتدريب. التدريب")? A style of
    short sentences, never a cut phrase."""
    k1, k2 = shapes.key(w1), shapes.key(w2)
    if not k2.startswith("ال") or len(k1) < 3:
        return False
    rest = k2[2:]
    return rest in (k1, k1 + "ي") or (k1[0] in "لب" and rest == k1[1:])


def counted_plural(k: str, bare: str = "") -> bool:
    """A plural that a number of three to nine counts: -ات, a broken plural, or
    thousands and millions ("سنوات", "أيام", "أشخاص", "آلاف"); not definite. ``bare``,
    the word as written, tells أفعال with its hamza ("أرقام") from اتفاق."""
    if k.startswith("ال") or shapes.is_function(k) or k.endswith("ة"):
        return False
    if len(bare) == 5 and bare[0] == "أ" and bare[3] == "ا":
        return True  # أفعال: أرقام، أشخاص، أهداف
    return k.endswith("ات") or shapes.feminine(k) or broken_plural(k) or k in PLURAL_SCALES


# A word, a full stop, a preposition (maybe with a pronoun) and the next word.
GOVERNED_RE = re.compile(
    f"(?<![{LETTERS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. (على|إلى|الى|في|عن|"
    f"علي[{LETTERS}]{{1,3}}|إلي[{LETTERS}]{{1,3}}|في[{LETTERS}]{{1,3}}|عن[{LETTERS}]{{1,3}})"
    f"(?![{LETTERS}])(?: ([{LETTERS}][{LETTERS}{MARKS}]*))?"
)
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي")
# أنّ / إنّ (bare or behind و ف ب ل) with a definite subject (and its adjective), a full
# stop and the next word (its predicate when it is a verb). The subject may open with a
# demonstrative or an indefinite head ("أن هذه الخلافات", "أن قوات الاحتلال"; group 3).
THAT_CLAUSE_RE = re.compile(
    f"(?<![{LETTERS}{MARKS}])([وفبل]?[أإا]ن[{MARKS}]*) "
    f"((?:((?!ال)[{LETTERS}]{{2,}}[{MARKS}]*) )?"
    f"ال[{LETTERS}]{{3,}}[{MARKS}]*(?: ال[{LETTERS}]{{3,}}[{MARKS}]*){{0,2}})"
    f"\\. ([{LETTERS}][{LETTERS}{MARKS}]*)"
)
# "أنّ" / "إنّ" written with its shadda (never the subjunctive أنْ, which a verb
# follows) and one word, its subject with no predicate: "... أنّ مجاهديها. يخوضون ...".
LONE_SUBJECT_RE = re.compile(
    f"(?<![{LETTERS}{MARKS}])([وفبل]?[أإ]نَ?ّ[{MARKS}]*) "
    f"((?!ال)[{LETTERS}]{{2,}}[{MARKS}]*)\\. ([{LETTERS}][{LETTERS}{MARKS}]*)"
)
# Adverbs of place that, after أنّ, are no predicate of their own ("بأنّ هناك.").
THERE = {hamza_key(w) for w in "هناك هنالك".split()}
# Words that follow the noun they belong to and never open a sentence: a relative
# pronoun after its antecedent ("... المبعوث آموس هوكستين. الذي شدد ...") and نفس /
# ذات with a pronoun after the noun they stress ("... وهو العدد. نفسه الذي ...").
FOLLOWERS = {
    shapes.key(w)
    for w in "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي نفسه "
    " نفسها نفسهما أنفسهم أنفسهن ذاته ذاتها ذاتهما".split()
}
DEMONSTRATIVES = ANNOUNCED_BY | {shapes.key(w) for w in "هذين هاتين هؤلاء".split()}


def mid_sentence(text: str, start: int) -> bool:
    """Does a word of the same sentence come before ``start`` ("وأضاف أنّ ...")?"""
    before = re.split("[.؟!:\n]", text[max(0, start - 40) : start])[-1]
    return bool(shapes.words(before))


def noun_head(k: str) -> bool:
    """Is ``k`` (a key, no "ال") a noun that heads a construct or a demonstrative: its
    definite form is an established word ("قوات" → "القوات"; not "كان", "يتحمل")?"""
    return k in DEMONSTRATIVES or (not shapes.is_function(k) and zipf("ال" + k) >= KNOWN)


# A word, a full stop and a word in "بـ" (its object, when a verb before governs it).
B_TAIL_RE = re.compile(
    f"(?<![{LETTERS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. (ب[{LETTERS}][{LETTERS}{MARKS}]{{2,}})"
)
# One to four words opening a paragraph or a sentence, closed by a full stop, with
# the paragraph going on after it.
CONNECTIVE_RE = re.compile(
    f"(?:^|(?<=[.؟!] ))((?:[{LETTERS}][{LETTERS}{MARKS}]* ){{0,3}}[{LETTERS}][{LETTERS}{MARKS}]*)"
    f"\\. (?=[{LETTERS}])",
    re.MULTILINE,
)
CLAUSE_HEADS = {shapes.key(w) for w in "تجدر وتجدر يذكر ويذكر".split()}
B_ADVERBS = {shapes.key(w) for w in "بعدها بعده أمس اليوم مجددا أيضا مرة".split()}
B_SPAN_RE = re.compile(f"[{LETTERS}{MARKS}]+|[^{LETTERS}{MARKS}\\s]")


def b_governor(text: str, start: int) -> str | None:
    """The verb governing "بـ" that the clause before a full stop ends with, either
    right before it ("يتعلق.") or followed by its subject, one to three nouns with no
    preposition and no verb ("قامت قوات الاحتلال.")."""
    before = text[max(0, start - 80) : start]
    before = before[before.rfind("\n") + 1 :]  # (the clause is on the full stop's line)
    tokens = B_SPAN_RE.findall(before)[-5:]
    words = [*tokens, B_SPAN_RE.match(text, start).group()]
    seen = 0
    for w in reversed(words):
        if w in ALL_Q:
            continue  # (a name in quotes: أقر "جيش" الاحتلال)
        seen += 1
        if seen > 4 or not w[0].isalpha():
            return None  # a comma, a digit: another clause or a number
        k = shapes.key(strip_marks(w))
        if k in shapes.GOVERNED_B:
            return w if seen == 1 or k not in shapes.B_ABSOLUTE else None
        if k in B_ADVERBS:
            continue  # "قامت إسرائيل بعدها. بحملة ..."
        if (
            shapes.is_function(k)
            or shapes.pp_prefixed(k)
            or k.startswith("ب")
            or (len(k) > 3 and shapes.past_or_present_verb(k))
        ):
            # (the verb has its complement, or the words are no subject; a word of
            # three letters may be a noun: "جيش", "وفد")
            return None
    return None


def verb_after_comma(text: str, start: int) -> bool:
    """Does the sentence opening at ``start`` go on, after a comma, with a verb first: a
    phrase put before its main clause ("بتجربة هذا النظام في مئة شركة، لاحظ الباحثون
    ...")?"""
    sentence = SENTENCE_END_RE.split(text[start : start + 200], maxsplit=1)[0]
    if "،" not in sentence:
        return False
    ws = shapes.words(sentence.split("،", 1)[1][:40])
    return bool(ws) and clear_verb(shapes.key(ws[0]))


def b_object(word: str) -> bool:
    """Is ``word`` "بـ" and a noun (not an adverbial that opens a sentence, "بدوره"
    or "بعد", nor a word whose ب is its own: "بدأ", "بيان")?"""
    k = shapes.key(strip_marks(word))
    if k in shapes.B_OPENERS or shapes.is_function(k) or shapes.connective_led(word):
        return False
    rest = strip_marks(word)[1:]
    return rest.startswith("ال") or zipf(rest) >= 3.0


# A full stop after a word (or a closing quote mark) before the next word.
TAIL_RE = re.compile(f'([{LETTERS}{MARKS}]["”»]?)\\. (?=([{LETTERS}][{LETTERS}{MARKS}]*))')
# The words such a tail opens with (checked before the sentence is read).
TAIL_FIRST = shapes.PHRASE_TAILS | {o[0] for o in shapes.ATTACHED_OPENINGS}
SENTENCE_END_RE = re.compile(r"[.؟!?]|\n")
# A verb or an auxiliary inside the phrase: it is a clause ("في الماضي كنا نستخدم").
CLAUSE_WORDS = {shapes.key(w) for w in "كان كانت كنا كانوا تم قد لقد سوف ليس ليست".split()}


def clause_verb(ws: list[str], j: int) -> bool:
    """Could word ``j`` of a phrase (keys) be its verb? An auxiliary, a word of a
    verb's shape (not an accusative noun: "يوما"), and a three-letter one only before
    a definite noun ("فاز الفريق"; not "عدد من", "خمس سنوات", "سوء التغذية")."""
    w = ws[j]
    if w in CLAUSE_WORDS or hollow_causative(w):
        return True
    if shapes.is_function(w) or (
        len(w) >= 4 and w.endswith("ا") and not w.endswith(("هما", "نا", "وا"))
    ):
        return False  # (an accusative noun, "يوما"; not "يعنيهما", "قالوا")
    if not shapes.past_or_present_verb(w):
        return False
    if len(w) == 3 and w[1] in "وي":
        return False  # a hollow root's past verb has an alef (قال، زار): "سوء", "يوم"
    return len(w) > 3 or (j + 1 < len(ws) and ws[j + 1].startswith("ال"))


def hollow_causative(w: str) -> bool:
    """أفعل of a hollow root, with its alef inside (أراح، أقام، أعاد، أثار: يريح، يقيم),
    a verb the shape tests miss; not a noun of that shape, which takes the article
    (إطار، أمان)."""
    if len(w) != 4 or w[0] != "ا" or w[2] != "ا":
        return False
    return zipf("ي" + w[1] + "ي" + w[3]) >= 3.0 and zipf("ال" + w) < 2.5


# Words of approximation that open a sentence before a number ("نحو 40 ألفا ...").
QUANTITY_HEADS = {hamza_key(w) for w in "نحو حوالي قرابة".split()}


def phrase_tail(text: str, start: int) -> str | None:
    """Why the sentence opening at ``start`` is the tail of the clause before, or
    None: a phrase that always attaches to what precedes it ("ولا سيما تشاد ومصر.",
    "بما في ذلك ..."), or a prepositional phrase of five to twelve words with no
    comma and no verb ("عبر لوائح جهوية مخصصة للنساء.", "خلال النصف الثاني من العام
    المقبل."; not "خلال الأشهر الماضية، قامت ...", "من الواضح أن ...", "خلال ذلك ...",
    nor a shorter comment: "عن طيب خاطر.")."""
    end = SENTENCE_END_RE.search(text, start, start + 400)
    if end is None:
        return None
    sentence = text[start : end.start()]
    ws = [shapes.key(w) for w in shapes.words(sentence)]
    if not ws:
        return None
    for opening in shapes.ATTACHED_OPENINGS:
        if tuple(ws[: len(opening)]) == opening:
            return f"'{' '.join(sentence.split()[: len(opening)])}' attaches to the clause before"
    # (five words at least: a comment closing a paragraph is shorter, "عن طيب خاطر.",
    # "من دون تردد.", "من البداية إلى النهاية."; three for the means or purpose of the
    # clause before, a masdar of a derived verb in بـ / لـ: "... للسماح. بتوزيع مساعدات
    # إغاثية ...", "... والاستعداد. لاستقبال ضيوف الرحمن ...")
    means = means_or_purpose(sentence.split()[0])
    if means and re.search("[،,]", sentence):
        # The means or purpose phrase up to a comma, and after it no clause of its own,
        # which would open with a verb or its subject ("... للمرة الأولى. لتكثيف أنواع
        # العمليات العسكرية، بما فيها ...", "... باستخدام الطيران المسير، مؤكدةً أن
        # ..."; not "باستخدام هذه التقنية، يمكن للأطباء ...")
        sentence, rest = re.split("[،,]", sentence, maxsplit=1)
        if not _no_clause_after(rest):
            return None
        ws = [shapes.key(w) for w in shapes.words(sentence)]
    if not (3 if means else 5) <= len(ws) <= 12 or not (means or ws[0] in shapes.PHRASE_TAILS):
        return None
    if end.group() in "؟!?" or any(c in sentence for c in "،,:؛;#"):
        return None  # a question, or a clause after the fronted phrase (or a post)
    if ws[0] in QUANTITY_HEADS and re.match("\\S+\\s+[0-9٠-٩]", sentence.lstrip()):
        return None  # a quantity, the subject of its sentence: "نحو 40 ألف وحدة ..."
    if text.startswith("..", end.start()) or re.search("[A-Za-z]", sentence):
        return None  # a pause (a headline: "من ... إلى ..") or Latin (a link, a post)
    if ws[1] in shapes.PHRASE_CLAUSE_SECONDS or " ".join(ws) in shapes.COMMENT_PHRASES:
        return None
    if len(ws) > 2 and ws[1].endswith(("ها", "هم", "هما", "هن")) and not ws[2].startswith("ال"):
        if not shapes.is_function(ws[2]):
            return None  # a predicate fronted before its subject: "على جدرانها صور ..."
    if any(clause_verb(ws, j) for j in range(1, len(ws))):
        return None  # a verb: "في الموسم المقبل تنتقل الفرقة ...", "في عام 2010 فاز ..."
    return f"'{sentence.split()[0]} ...' is a phrase with no verb that continues the clause before"


def _no_clause_after(rest: str) -> bool:
    """Does ``rest``, the text after a comma, only go on with the phrase before it: a
    preposition or a phrase that refers back ("بما فيها ...", "وذلك للمرة ...", "إلى
    ...", "الأمر الذي ..."), a state in the accusative ("مشيرًا إلى ...") or the next
    item on "و" of a list of verbal nouns ("وإتاحة مقاعد ...")? Anything else may open
    the main clause: a verb, a particle, a pronoun or a subject ("يمكن للأطباء ...", "لا
    بد من ...", "نحن بحاجة ...", "هناك خطة ...", "خطة جديدة تقضي ...")."""
    ws = shapes.words(rest[:60])
    if not ws:
        return False
    b, k = strip_marks(ws[0]), shapes.key(ws[0])
    if any(ch in shapes.TANWEEN for ch in ws[0]):
        return True
    if k in _REFERRING_BACK or k in shapes.PREPOSITIONS:
        return True
    if k == hamza_key("الأمر"):
        return len(ws) > 1 and shapes.key(ws[1]) in RELATIVES
    return b[:1] == "و" and len(b) > 4 and derived_masdar(b[1:])


# Words after a comma that refer back to the phrase before it ("بما فيها", "مما يعني").
_REFERRING_BACK = {hamza_key(w) for w in "بما مما وذلك وهو وهي".split()}


def coordinated_masdar(text: str, start: int, b2: str, end: int) -> bool:
    """Is ``b2``, after the full stop that follows the word at ``start``, "و" and the
    bare masdar of a derived verb (ending at ``end``), and does its sentence before hold
    a masdar on "و" or the same masdar ("... واستهداف المنشآت الأمنية. وتخريب الممتلكات
    ...", "... تحقيق أعلى مستوى من الخدمات. وتحقيق المطالب ...")? One list of verbal
    nouns, cut. (A sentence opens with "و" and a masdar in a text that lists goals
    as sentences, each with its predicate: "وتقليل المضاعفات هدف آخر. وتحسين الجودة
    يأتي ...".)"""
    if b2[:1] != "و" or len(b2) < 5 or not derived_masdar(b2[1:]):
        return False
    head = re.split("[.؟!\n]", line_before(text, start, 300))[-1]
    ws = [strip_marks(w) for w in shapes.words(head)]
    if ws and ws[0][:1] == "و" and derived_masdar(ws[0][1:]):
        return False  # the text opens sentences with و and a masdar: "وتقليل ... هدف آخر."
    if has_verb(sentence_words(text, end)):
        return False  # a sentence with a verb of its own: "... وتحسين الجودة يأتي ..."
    return any(
        b == b2[1:] or (b[:1] == "و" and len(b) > 4 and derived_masdar(b[1:])) for b in ws[1:]
    )


def pair_after_bayna(prev_words: list[str]) -> bool:
    """Does the sentence before end with بين and one noun that is no plural or dual
    ("... بين الصومال.", "... بين قتيل."): بين takes two, the second on و?"""
    if len(prev_words) < 2 or shapes.key(strip_marks(prev_words[-2])) != "بين":
        return False
    last = strip_marks(prev_words[-1])
    k = shapes.key(last)
    if len(k) < 3 or shapes.is_function(k) or k.endswith(("ين", "ان", "ات", "هم", "ها")):
        return False  # "بين الطرفين.", "بين المدنيين.", "بينهم."
    # (a broken plural takes no second: "بين الأطفال."; the short ones the word tests miss,
    # "الدول", "الناس", are read as one noun, which only a lone word on و after it tests)
    return not (broken_plural(definite_base(k)) or shapes.afal_plural(last))


def coordinated_noun(w1: str, w2: str, text: str, start2: int) -> bool:
    """Is ``w2`` (at ``start2``), right after the full stop that follows ``w1``, "و"
    and a noun as definite as ``w1``, the next item of a list of nouns, when the sentence
    it opens has no clause of its own: an indefinite noun with no definite word after it
    ("... نيران مباشرة. ورشقة صاروخية نحو أهداف ..."), a definite one only when the list
    goes on ("... في التعليم. والصحة والمواصلات وسائر المرافق ...")? A sentence opening
    with "و" and a noun has its verb, a pronoun of separation or a predicate ("...
    الحرب. والسلام مطلب الجميع.", "والعيد هو ...", "والمدارس والطرق بحاجة إلى ..."),
    maybe after a relative clause ("والمال الذي في أيدينا أمانة ..."). Not after a
    month's name, nor with an elative or ordinal ("والأسوأ من ذلك ..."), a demonstrative
    or أن in the sentence ("وخلاصة ذلك أن ..."); the و must be a conjunction ("وزارة")."""
    b1, b2 = strip_marks(w1), strip_marks(w2)
    if b2[:1] != "و" or len(b2) < 5:
        return False
    x = b2[1:]
    k1, kx = shapes.key(b1), shapes.key(x)
    if len(b1) < 3 or shapes.is_function(k1) or shapes.is_function(kx):
        return False
    if shapes.is_function(shapes.key(b2)) or x[:1] in "بلكف" or shapes.pp_prefixed(x):
        return False  # "وبالتالي", "وللمرة", "وفي": a phrase opening a sentence
    if not shapes.conjunction_led(b2) or any(ch in shapes.TANWEEN for ch in w1 + w2):
        return False  # "وزارة", "وسائل"; an adverbial accusative: "وحرصًا منه ..."
    if shapes.verb_like(x) or shapes.predicate_verb(kx) or clear_verb(kx):
        return False
    if kx.endswith("وا") or (kx[:1] == "ا" and kx.endswith("ت") and not kx.endswith("ات")):
        return False  # a past verb with its person: "واستهدفوا", "واقتحمت"
    if pkey(b1) in MONTHS:
        return False
    definite = x.startswith("ال")
    if b1.startswith(shapes.DEFINITE_PREFIXES) != definite:
        return False
    if definite and ordinal_or_elative(x[2:]):
        return False
    ws = sentence_words(text, start2)
    if len(ws) < 3 or has_verb(ws):
        return False
    if any(shapes.key(w) in _NOT_A_LIST or clear_verb(shapes.key(w)) for w in ws[1:]):
        return False  # a verb further on, a demonstrative
    if not definite:
        # an indefinite noun, with no preposition or pronoun on the word before, and no
        # definite word after it, which a verb or a construct head would take ("...
        # ضروريين. وطالب الحكومة ...")
        if shapes.pp_prefixed(b1) or possessed(b1):
            return False
        return not strip_marks(ws[1]).startswith("ال")
    i = 1
    while i < len(ws) and strip_marks(ws[i]).startswith(("ال", "وال")):
        if shapes.key(ws[i]) in RELATIVES:
            return False  # its predicate may come after the relative clause
        i += 1  # (its adjectives, the list's next items)
    if i == len(ws):
        return strip_marks(ws[-1]).startswith("وال")  # "... والبلديات والنقل."
    # the list going on ("... العمل. والصحة والبلديات والنقل وكل المؤسسات ..."), not a
    # predicate after it ("والمدارس والطرق بحاجة إلى صيانة.")
    listed = any(strip_marks(w).startswith("وال") for w in ws[1:i])
    return listed and shapes.key(ws[i])[:1] == "و"


# Words that show a clause of its own after "و" and a noun: a pronoun of separation, a
# demonstrative, أن / إن.
_NOT_A_LIST = {hamza_key(w) for w in "هو هي هم هما هن ذلك هذا هذه تلك أن إن أنه أنها لأن".split()}


def means_or_purpose(word: str) -> bool:
    """Is ``word`` بـ / لـ with the bare masdar of a derived verb ("بتوزيع", "لاستقبال";
    not "باستثناء", which opens sentences)?"""
    bare = strip_marks(word)
    if len(bare) < 5 or bare[0] not in "بل" or bare.startswith(("بال", "لل")):
        return False
    return derived_masdar(bare[1:]) and shapes.key(bare) not in _SENTENCE_MEANS


# Phrases in بـ of a masdar's shape that open sentences of their own.
_SENTENCE_MEANS = {shapes.key(w) for w in "باستثناء باستمرار".split()}


def prep_with_pronoun(after: str, prep: str) -> bool:
    """Is ``after`` the preposition ``prep`` (keys: "علي", "الي") with a pronoun:
    "عليه", "إليها", "فيه", "عنهم"?"""
    return after.startswith(prep) and after[len(prep) :] in PRONOUNS


# Words that continue a clause and never open a sentence: "بأن" and "أنه" (that ...,
# governed by a verb before them: "... لم يثبت. أن موكله ..."), "تزال" / "يزال" (after
# لا / ما: "... لا. تزال ..."), "سيما" (after لا).
BOUND_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}])\\. ((?:بأن|بان|بأنه|بأنها|بأنهم|بأنهن|بأننا|أن|أنه|أنها|"
    f"أنهم|أنهن|أننا|تزال|يزال|نزال|سيما))(?= ([{LETTERS}][{LETTERS}{MARKS}]*))"
)
# A time word in construct before a weekday ("... يوم. الأحد ...", "مساء. الخميس"),
# and a number before the noun it counts, in the accusative ("... 220. كيلومترا في
# الساعة"): the two are one phrase; no sentence ends between them.
DAYS = {hamza_key(w) for w in shapes.WEEKDAYS}
# A weekday before the day and month it falls on ("... يوم الأحد. 15 يونيو، ...").
DATE_RE = re.compile(
    f"(?<![{LETTERS}])(ال(?:{'|'.join(w.removeprefix('ال') for w in shapes.WEEKDAYS)}))"
    f"\\. ([0-9٠-٩]{{1,2}}) ([{LETTERS}]+)"
)
# A compound first name (عبد and a divine name) and a family name in ال-...-ي.
COMPOUND_NAME_RE = re.compile(
    f"(?<![{LETTERS}])(عبد ?ال[{LETTERS}]{{2,}})\\. (ال[{LETTERS}]{{2,}}ي)(?![{LETTERS}])"
)
# ". الودغيري إن ...": one to four words (a name, a title), then "إن" and what was said.
SPEAKER_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}])\\. ((?:[{LETTERS}][{LETTERS}{MARKS}]*،? ){{1,4}})"
    "(إن|إنه|إنها|إنهم|إنهن|إننا)(?= )"
)
DAY_HEADS = {hamza_key(w) for w in "يوم صباح مساء ليلة فجر ظهر عصر نهار".split()}
# The days a part of the day heads besides the weekdays ("صباح اليوم", "مساء أمس").
TODAY = {hamza_key(w) for w in "اليوم أمس الأمس الغد".split()}
# Before a part of the day these make it a time of its own ("كل صباح.", "ذات مساء.",
# "صباح مساء.").
_EVERY = {hamza_key(w) for w in "كل ذات صباح مساء".split()}


def every_time(text, start) -> bool:
    """Does the word at ``start`` follow كل / ذات (or صباح / مساء, the idiom "صباح
    مساء"), a time that closes sentences?"""
    ws = shapes.words(text[max(0, start - 20) : start])
    return bool(ws) and shapes.key(ws[-1]) in _EVERY


COUNTED_RE = re.compile(f"(?<=[0-9٠-٩])\\. ([{LETTERS}][{LETTERS}{MARKS}]*)(?= [{LETTERS}])")
NUMBER_END_RE = re.compile(r"(?<![0-9٠-٩.,٫])[0-9٠-٩]+$")
# A number of tens in words and the accusative noun it counts ("ثلاثين. عاماً").
TENS_COUNTED_RE = re.compile(
    f"(?<![{LETTERS}])(و?(?:عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين))\\. "
    f"([{LETTERS}][{LETTERS}{MARKS}]*)(?= [{LETTERS}])"
)
# Verbs of saying that always take what was said (not أعلن, أكد: they take a noun too).
_SAYING = "[وف]?(?:قال|قالت|قالوا|أضاف|أضافت|اضاف|اضافت|أضافوا|صرح|صرحت|يقول|تقول|يضيف|تضيف)"
SAYING_RE = re.compile(f"(?:^|\\s){_SAYING}(?=\\s)")
# A sentence of a verb of saying and one to three words, its subject, with nothing said
# ("وقال مدير. مستشفى ...", "وقالت الممثلة. العليا ...").
SAID_ALONE_RE = re.compile(
    f"(?:^|(?<=[.!؟?] ))[{HSPACE}]*{_SAYING}"
    f"((?:[{HSPACE}]+[{LETTERS}][{LETTERS}{MARKS}]*){{1,3}})\\.(?=[{HSPACE}]+[{LETTERS}])",
    re.MULTILINE,
)
SAID_DONE_RE = re.compile(r"(?:^|\s)(?:[بل]?[إأا]ن\S*|ذلك|هذا|هذه|ما|كلمة|كلمته)(?=\s|$)|[:«\"“]")
# A closing quotation mark and a comma right before a word: the attribution of a
# quotation, placed after it ("«...»، قال.").
QUOTED_BEFORE_RE = re.compile(f'[»”"][{HSPACE}]*[،,][{HSPACE}]*$')
SAYING_PRESENT = {hamza_key(p + w) for w in ("قول", "ضيف", "وضح", "ؤكد", "تابع") for p in "يت"}


def attribution(text: str, start: int, word: str) -> bool:
    """Is ``word`` at ``start`` a verb of saying right after the quotation it reports
    ("«كانوا أفضل منا»، قال.", "«...»، تقول.")?"""
    k = hamza_key(strip_marks(word))
    k = k[1:] if k[:1] in "وف" and len(k) > 3 else k
    if k not in REPORTING and k not in SAYING_PRESENT:
        return False
    return QUOTED_BEFORE_RE.search(text, max(0, start - 6), start) is not None


AS_SAID_RE = re.compile(r"(?:كما|مثلما|حسبما|ما)\s*$")


def cut_opening(text, start) -> bool:
    """The word opens a paragraph or a sentence inside one ("وكان. من المفترض ...",
    "... الجوية. ولم. يتمكن ...", "... والطاقة. وأضاف. أن ..."): a sentence of one
    word that needs what follows the next full stop."""
    head = text[max(0, start - 8) : start].rstrip(HSPACE)
    if head.endswith("\n") or (not head and start <= 8):
        return True  # opening a paragraph, indented or not: "وكان. من المفترض أن ..."
    if _after_stamp(text, start):
        return True  # after a date or a time on its line: "4 حزيران 2023  شبكة. الميادين ..."
    # After a sentence, whatever run of spaces scrapers left after its full stop.
    return (
        len(head) < start - max(0, start - 8)
        and head.endswith(".")
        and len(head) >= 2
        and head[-2] not in "\n ."
    )


# A date or a time stamp: numbers (with their ":" "/" "-") and month names, nothing else.
_STAMP_TOKEN_RE = re.compile(r"\d+(?:[:/.-]\d+)*")
_STAMP_END_RE = re.compile(r"[\n؟!]|\.(?=\s)")


def _after_stamp(text, start) -> bool:
    """Does the word at ``start`` follow only a date or a time since the last line or
    sentence end ("... تهز إسرائيل.  4 حزيران 2023  شبكة.", "07 أيلول 09:23 شبكة.")?
    Such a stamp stands as a sentence of its own: the word after it opens the next."""
    window = text[max(0, start - 60) : start]
    parts = _STAMP_END_RE.split(window)
    if len(parts) == 1 and start > 60:
        return False  # (the sentence runs back further than the window)
    tokens = parts[-1].split()
    if not tokens:
        return False
    digits = False
    for token in tokens:
        if _STAMP_TOKEN_RE.fullmatch(token):
            digits = True
        elif pkey(strip_marks(token)) not in MONTHS:
            return False
    return digits


# Words that measure a span of time before its noun ("منذ عقد.", "قبل ثلاثة أيام.").
_SPAN_HEADS = {hamza_key(w) for w in "منذ قبل بعد خلال طوال طيلة نحو حوالي قرابة".split()}
_SPANS = TIME_NOUNS | {hamza_key(w) for w in "عقد قرن".split()}


def time_span(text, start, word) -> bool:
    """Is ``word`` (at ``start``) a noun of time measuring a span after منذ / قبل /
    خلال or a number ("منذ عقد.", "قبل أيام.", "منذ 10 شهور.", "خلال ثلاثة أسابيع.")?
    Such a span closes sentences whatever word follows."""
    if shapes.key(word) not in _SPANS:
        return False
    head = text[max(0, start - 30) : start].rstrip()
    if head[-1:].isdigit():
        return True
    ws = shapes.words(head)
    if not ws:
        return False
    k0 = shapes.key(ws[-1])
    if k0 in _SPAN_HEADS:
        return True
    return len(ws) > 1 and shapes.key(ws[-2]) in _SPAN_HEADS  # (a number in words between)


# Labels a scraped page puts before its text ("عاجل.", "فيديو.", "تقرير."), and the
# names of its sections ("اقتصاد.", "رياضة.").
LABELS = {
    hamza_key(w)
    for w in """عاجل خاص حصري مباشر فيديو صور شاهد بالفيديو بالصور تحديث محدث تقرير
    تحليل رأي متابعة إنفوغراف انفوغراف تنويه توضيح تصحيح إعلان اقتصاد سياسة رياضة
    ثقافة فنون منوعات صحة تكنولوجيا علوم مجتمع محليات دوليات ملاحظة مقدمة خلاصة
    ملخص خاتمة تمهيد هامش تعقيب تعليق مقال حوار قصة مشهد لقطة""".split()
}


def opening_head(word: str, nxt: str) -> bool:
    """Is ``word``, a sentence of one word opening a paragraph, a common noun with no
    article, pronoun or tanween that heads a construct ``nxt`` completes ("مكتب.
    الإحصاء المركزي ...", "عشائر. قطاع غزة ...")? Not a label ("تقرير.", "ملاحظة.")
    nor a name (a dateline: "بيروت.", "جدة."): a name is rare with the article."""
    bare = strip_marks(word)
    k = hamza_key(bare)
    if k in LABELS or any(ch in shapes.TANWEEN for ch in word) or len(k) < 3:
        return False
    if k.startswith(shapes.DEFINITE_PREFIXES) or shapes.pp_prefixed(k) or k.endswith(_PRONOUNS):
        return False
    if zipf("ال" + bare) < 3.0 or shapes.is_function(hamza_key(strip_marks(nxt))):
        return False
    return not shapes.verb_like(strip_marks(nxt)) or strip_marks(nxt).startswith("ال")


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


def word_alone(word: str) -> bool:
    """Could ``word``, a sentence of its own, be a noun cut from the rest of its
    sentence? Not a function word, a verb, an accusative or adverb, an initial or a
    label."""
    bare = strip_marks(word)
    k = shapes.key(bare)
    if len(k) < 3 or k in LABELS or shapes.is_function(k) or shapes.verb_like(bare):
        return False
    return not (any(ch in shapes.TANWEEN for ch in word) or shapes.stance_adverb(bare))


def prepositional_head(words: list[str], text: str, dot: int) -> bool:
    """Are ``words``, a sentence of their own before the full stop at ``dot``, a
    preposition (bare or after "و" / "ف") and an indefinite noun that heads a construct,
    which the word after the full stop completes ("مع تطورات. الأحداث ...", "وسط حملة.
    ترويج ...")? A preposition with a noun that is no construct's head closes
    sentences ("من جديد.", "بلا شك.", "دون جدوى.")."""
    if len(words) != 2:
        return False
    k0 = shapes.key(words[0])
    k0 = k0[1:] if k0[:1] in "وف" and len(k0) > 2 else k0
    if k0 not in shapes.PREPOSITIONS and k0 not in ADVERBIAL:
        return False
    b1 = strip_marks(words[1])
    if not indefinite_genitive(words[1]) or len(b1) < 4:
        return False
    if plain_adjective(b1) or nisba(b1):
        return False  # an adjective: "من جديد.", "بشكل رسمي."
    after = shapes.words(text[dot + 1 : dot + 60].split("\n", 1)[0])
    if len(after) < 3:
        return False  # (the sentence after it must go on)
    b2 = strip_marks(after[0])
    if b2.startswith("ال"):
        # (not the subject of the verb right after it: "في صمت. الجميع كان ...")
        return not shapes.is_function(b2) and not has_verb(after[1:2])
    return indefinite_genitive(after[0])


# Words of purpose before a masdar ("بهدف تطوير ...").
_PURPOSE = {hamza_key(w) for w in "بهدف بغية لأجل أجل".split()}


def masdar_cut(text: str, start: int, w1: str, w2: str) -> bool:
    """Is ``w1`` (at ``start``, before a full stop) the bare masdar of a derived verb
    (إفعال، تفعيل، استفعال: "استهداف", "تطوير", "إرسال") cut from the noun ``w2`` it
    governs? The word before it in its sentence must be a verb, a definite word, a
    particle or a word of purpose: after an indefinite noun the masdar is that noun's
    genitive and may close the sentence ("صفارات إنذار."), and so it may after إلى,
    دون, بلا or من ("بحاجة إلى تطوير."). A word after the stop led by و / ف opens a
    sentence ("... عن إصلاح. ويعدون ...")."""
    b2 = strip_marks(w2)
    if shapes.is_function(shapes.key(b2)) or shapes.conjunction_led(b2):
        return False
    if not derived_masdar(strip_marks(w1)) or not head_noun(w1):
        return False
    before = re.split("[.؟!:\n]", line_before(text, start, 60))[-1]
    ws = shapes.words(before)
    if not ws:
        return False  # (the masdar opens its sentence: a label, "تحديث.")
    b0 = strip_marks(ws[-1])
    k0 = shapes.key(b0)
    if k0 in NOUN_CLOSERS or closes_phrase(b0):
        return False  # "بحاجة إلى تطوير.", "جاء القرار بعد تقييم.", "غياب أي تمويل."
    return (
        k0 in _PURPOSE
        or shapes.is_function(k0)
        or k0.startswith(shapes.DEFINITE_PREFIXES)
        or shapes.past_or_present_verb(k0)
    )


def word_before(text: str, dot: int) -> str:
    """The word right before the full stop at ``dot``, without its marks ("" if none):
    one or two letters are an initial or an abbreviation ("العميد ي.")."""
    prev = shapes.words(text[max(0, dot - 40) : dot])
    return strip_marks(prev[-1]) if prev else ""


def line_before(text: str, dot: int, reach: int = 200) -> str:
    """The line's text before ``dot``, at most ``reach`` characters of it: a bounded
    look-back keeps the scans linear on one long line."""
    start = max(text.rfind("\n", max(0, dot - reach), dot) + 1, dot - reach, 0)
    return text[start:dot]


def long_enough(text, dot, need=4) -> bool:
    """The clause before the full stop has at least ``need`` words in its paragraph."""
    seg = line_before(text, dot, 400)
    cut = max(seg.rfind(". "), seg.rfind("؟ "), seg.rfind("! "))
    if cut >= 0:
        seg = seg[cut + 2 :]
    return len(shapes.words(seg)) >= need


def accusative(word: str, head: bool) -> bool:
    """An indefinite noun (``head``) or its adjective in the accusative: -ا (or
    tanween) on a word whose stem is a common word ("نموا" from نمو, "سريعا" from
    سريع). The noun is no adverb in -يا (دوليا), no stance adverb (تماما), no word
    with a pronoun (منها) and no greeting (شكرا); the adjective may be a nisba
    (حقيقيا)."""
    b = hamza_key(strip_marks(word))
    if len(b) < 4 or not b.endswith("ا") or b.endswith(("ها", "نا")):
        return False
    if b.startswith(("ال", "و", "ف")) or shapes.is_function(b):
        return False
    if head and (b.endswith("يا") or shapes.key(b) in shapes.STANCE or b in OPENING_ACCUSATIVES):
        return False
    stem = b[:-1]
    return zipf(stem) >= 3.5 and (zipf(stem) > zipf(b) or not head)


# Spans of time in the accusative open sentences before these ("عاما بعد عام",
# "يوما تلو الآخر", "يوما ما"); after a number, before any other word, they are counted.
_SPAN_REPEATS = {hamza_key(w) for w in "بعد تلو إثر ما وراء".split()}


def counted(word: str, following: str = "") -> bool:
    """An indefinite noun in the accusative that a number counts ("كيلومتراً",
    "دولارا", "شخصا"): tanween on its alef, or a final alef on a known noun; not a
    function word, not an accusative that opens a sentence ("عاما بعد عام"; but "...
    من العمر 63. عاماً باستخدام ...", ``following`` being the word after it)."""
    k = shapes.key(word)
    if k in SCALE_WORDS:
        return True  # "300. مليون متر مكعب": a number and its scale
    if k in _TIME_SPANS and following:
        return "\u064b" in word and hamza_key(strip_marks(following)) not in _SPAN_REPEATS
    if len(k) < 4 or shapes.is_function(k) or k in OPENING_ACCUSATIVES:
        return False
    if not k.endswith("ا") or k.startswith("ال"):
        return False
    if k[:1] in "وف" and (
        shapes.conjunction_led(k)
        or k in TAIL_FIRST
        or k in shapes.TAIL_PREPOSITIONS
        or shapes.stance_adverb(strip_marks(word))
    ):
        return False  # (و / ف of the word itself counts: "فيلماً", "فريقاً"; not "وفقاً", "فوراً")
    if k.endswith("ها") and (shapes.is_function(k[:-2]) or zipf(k[:-2]) >= 3.0):
        return False  # a pronoun on a word: "في صيف 2023. حينها بدأت ..."
    return "\u064b" in word or zipf(k[:-1]) >= 3.0


def indefinite_np(w1: str, w2: str) -> bool:
    b1, b2 = hamza_key(strip_marks(w1)), hamza_key(strip_marks(w2))
    if shapes.is_function(b1) or shapes.is_function(b2):
        return False
    if shapes.conjunction_led(b1) or b1.startswith(("ال", "لل", "بال", "كال")):
        return False  # (by frequency: فرصة and وثيقة open with no conjunction)
    if b2.startswith("ال"):
        return False
    if any(ch in shapes.TANWEEN for ch in w2):
        return False
    # The noun: a feminine noun in -ة (never a verb, rarely a name here), or a noun
    # in the accusative ("دورا أكبر،", "اهتماماً أكبر،"): the object of the clause
    # before, never a subject. (Not an adverb: "تماما", "أيضا", "دوليا".)
    accusative = (
        b1.endswith("ا")
        and len(b1) >= 4
        and not b1.endswith(("يا", "ها", "نا"))
        and shapes.key(b1) not in shapes.STANCE
        and not shapes.is_function(b1)
        and zipf(b1[:-1]) >= 3.5
        and zipf(b1[:-1]) > zipf(b1)
    )
    if any(ch in shapes.TANWEEN for ch in w1) and not accusative:
        return False  # adverbial: "تماماً"
    if not ((b1.endswith("ة") and len(b1) >= 3) or accusative):
        return False
    # The adjective: an elative أفعل (أكبر، أهم), a comparison that needs what it
    # compares ("أهمية أكبر،"). A positive adjective makes a comment of its own
    # ("خطوة جريئة، لكنها متأخرة.", "نهاية مؤلمة، كما وصفها ...").
    return len(b2) in (3, 4) and b2[0] == "ا" and b2[-1] not in "ايىةه" and "ا" not in b2[1:]


def name_shape(word: str) -> bool:
    """فعال, a shape of four letters that names take ("حماس", "نضال") as often as
    masdars do: a word of it before a full stop may be a name closing the sentence."""
    k = shapes.key(word)
    return len(k) == 4 and k[2] == "ا"


def construct_then_verb(text: str, end: int) -> bool:
    """Does the indefinite word ending at ``end`` head a construct of one to three
    definite words (on و too) followed by its verb, a subject of its own ("وزارة الشباب
    والرياضة تكفلت ...")? Not a phrase going on in a preposition ("تجمع لجنود الاحتلال
    قرب ...")."""
    ws = clause_words(text[end : end + 80])
    i = definite_run(ws, 3, on_waw=True)
    return 0 < i < len(ws) and clear_verb(shapes.key(ws[i])) and zipf(strip_marks(ws[i])) >= 3.0


# Particles that stand between a subject and its verb ("بيانات العملاء لم تتعرض ...").
_BEFORE_VERB = {shapes.key(w) for w in "لم لن لا قد ليس ليست سوف".split()}


def subject_opens(text: str, end: int) -> bool:
    """Does the indefinite word ending at ``end`` open a subject whose verb comes within
    the next four words, before any comma or preposition ("جمعية البنوك أصدرت ...",
    "ركود مزمن يضرب ...", "بيانات العملاء لم تتعرض ...", "ملاحظة كهذه تستحق ...")? An
    indefinite noun may open a sentence when its verb follows."""
    for word in clause_words(text[end : end + 80])[:4]:
        k = shapes.key(word)
        if k in _BEFORE_VERB or clear_verb(k) or strip_marks(word).endswith(("أت", "ئت")):
            return True  # (a past verb on a hamza: طرأت، نشأت)
        if shapes.is_function(k) and not k.startswith("ك"):
            # a preposition: the phrase goes on ("أرقام. جديدة بشأن ..."); a
            # demonstrative with ك describes the subject ("ملاحظة كهذه تستحق ...")
            return False
    return False


SEPARATING_PRONOUNS = {shapes.key(w) for w in "هو هي هم هما هن".split()}


@functools.cache
def _fixed_name_pairs(extra: tuple[str, ...] = ()) -> frozenset[tuple[str, str]]:
    """Each two neighbouring words of a name of ``data/fixed_names.txt`` (and ``extra``),
    as keys."""
    ref = resources.files("tanqih.rules") / "data" / "fixed_names.txt"
    lines = [*ref.read_text(encoding="utf-8").splitlines(), *extra]
    pairs = set()
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            ws = [hamza_key(w) for w in line.split()]
            pairs.update(zip(ws, ws[1:], strict=False))
    return frozenset(pairs)


def fixed_name(w1: str, w2: str, extra: tuple[str, ...] = ()) -> bool:
    """Are ``w1`` and ``w2`` two neighbouring words of a listed name ("المملكة
    المتحدة", "وللأمم المتحدة"), a proclitic on ``w1`` read through?"""
    pairs = _fixed_name_pairs(extra)
    k1, k2 = hamza_key(strip_marks(w1)), hamza_key(strip_marks(w2))
    if (k1, k2) in pairs:
        return True
    k = k1[1:] if k1[:1] in "وف" else k1
    if (k, k2) in pairs:
        return True
    if k.startswith("لل"):
        return ("ا" + k[1:], k2) in pairs
    return k[:1] in "بلك" and (k[1:], k2) in pairs


_RELATIVE_ALT = "|".join("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
# A relative pronoun opening a sentence after a quoted name ("... معرض «خيوط الذاكرة».
# الذي يضم ..."): the name is its antecedent.
QUOTED_RELATIVE_RE = re.compile(f"[»”]\\. ((?:{_RELATIVE_ALT})(?![{LETTERS}{MARKS}]))")
# The words that link the parts of a name (بن، بنت، أبو، آل): no sentence ends on one
# ("الدكتورة سعاد بنت. خميس الحارثية"). Not أبي (my father), عبد, ولد (was born).
NAME_LINKS = {hamza_key(w) for w in "بن بنت ابن ابنة أبو آل".split()}


_RELATIVE_OPENING_RE = re.compile(f"^و?ال[{LETTERS}]+[{MARKS}]* (?:{_RELATIVE_ALT})(?![{LETTERS}])")


def parallel(text: str, dot: int) -> bool:
    """Do the sentences on both sides of the full stop at ``dot`` open alike, a
    columnist's parallel sentences rather than one sentence cut: the same first word
    ("الذين لا يملكون ... . الذين تؤلمهم ..."), each a definite noun and its relative
    clause ("المدرسة التي ... . الجامعة التي ..."), or the sentence after repeating a
    particle and verb prefix of the one before ("أريد أن أعمل ... . أن أقترح ...")?"""
    seg = line_before(text, dot, 400)
    cut = max(seg.rfind(". "), seg.rfind("؟ "), seg.rfind("! "), seg.rfind(": "))
    before = seg[cut + 2 :] if cut >= 0 else seg
    after = text[dot + 2 : dot + 120].split("\n", 1)[0]
    bw, aw = shapes.words(before), shapes.words(after)
    if len(bw) < 2 or len(aw) < 2:
        return False
    bk = [shapes.key(strip_marks(w)) for w in bw]
    ak = [shapes.key(strip_marks(w)) for w in aw]
    first = without_conjunction(ak[0])
    if first == without_conjunction(bk[0]) and (
        hamza_key(first) in RELATIVES or first in DEMONSTRATIVES or first.startswith("ال")
    ):
        return True  # (not a verb: "وأطلق ...، وبعدها. أطلق الجنود ..." is one sentence)
    if _RELATIVE_OPENING_RE.match(before.strip()) and _RELATIVE_OPENING_RE.match(after.strip()):
        return True
    if ak[0] in _VERB_GOVERNORS and shapes.past_or_present_verb(ak[1]):
        return any(a == ak[0] and b[:1] == ak[1][:1] for a, b in zip(bk, bk[1:], strict=False))
    return False


# Particles before an imperfect verb: said again after a full stop with a verb of the
# same person, they go on a series ("أريد أن أعمل ... . أن أقترح ...").
_VERB_GOVERNORS = {hamza_key(w) for w in "أن لن لم كي لكي".split()}


def relative_subject(text: str, dot: int) -> bool:
    """Is the relative clause opening the sentence after ``dot`` its subject, with a
    pronoun of separation before the predicate ("الذي يجري هناك هو عقاب جماعي")? (A
    second verb in its first clause would show the predicate too, "الذين حضروا الندوة
    أشادوا ...", but it is just as much the verb of the sentence a full stop cut
    before its subject's relative clause: "... أن الهدنة المؤقتة. التي استمرت سبعة
    أيام انتهت ...", and in news copy that cut is far the more common.)"""
    return any(shapes.key(w) in SEPARATING_PRONOUNS for w in sentence_words(text, dot + 2))


def copula_after(following: str) -> bool:
    """Does a pronoun of separation come within the two words after a noun ("البنية
    التحتية هي الشرط ...")? Then the noun is the subject of a sentence of its own."""
    return any(shapes.key(w) in SEPARATING_PRONOUNS for w in clause_words(following[:40])[:2])


# Prepositions and adverbs that open the predicate of a nominal sentence ("الأسعار في
# ارتفاع", "الأسواق تحت ضغط", "الموظف بدوره ضحية", "آلاف النازحين بلا مأوى").
PREDICATE_OPENERS = {
    hamza_key(w)
    for w in """في تحت فوق أمام لدى بين خارج داخل بصدد بحاجة بدوره بدورها بدورهم
    بانتظار رهن قيد بلا بدون دون""".split()
}
# Relational adjectives that name a person by the field he works in, opening a sentence
# after his name in sports and culture pages ("... محمد صلاح. الدولي المصري سجل ...",
# "... كمال عبد الهادي. السينمائي المخضرم أكد ...").
EPITHETS = {
    hamza_key(w + ending)
    for w in """الدولي السينمائي الإعلامي الأكاديمي الحقوقي الدبلوماسي الروائي المسرحي
    التشكيلي الموسيقي""".split()
    for ending in ("", "ة")
}


def epithet_opens(word: str, following: str) -> bool:
    """Is ``word``, after the full stop, an epithet naming a person (``EPITHETS``)
    described by a definite adjective right after it ("الدولي المصري", "السينمائي
    المخضرم")? It opens a sentence about the person named before the full stop."""
    if shapes.key(word) not in EPITHETS:
        return False
    ws = clause_words(following[:40])
    if not ws:
        return False
    b = strip_marks(ws[0])
    return b.startswith("ال") and (nisba(b) or plain_adjective(b[2:]) or b.startswith("الم"))


# Adverbs of place between a subject and its predicate ("الوضع هناك بالغ الخطورة").
_HERE = {hamza_key(w) for w in "هنا هناك هنالك".split()}


def nominal_predicate(following: str) -> bool:
    """Does a definite word (``following`` is the text after it), with up to two
    definite adjectives, open a nominal sentence: its predicate follows, a prepositional
    phrase of state or place or an indefinite adjective ("... الأسعار في ارتفاع
    مستمر", "... الأسواق الآسيوية تحت ضغط", "... المركز الجديد مجهز بأحدث ...")?"""
    ws = clause_words(following[:60])
    i = definite_run(ws, 2)  # (the subject's adjectives)
    if 0 < i < len(ws) and strip_marks(ws[i]).startswith("لل"):
        i += 1  # (a phrase on an adjective: "القسم المخصص للطوارئ بحاجة ...")
    if i < len(ws) and shapes.key(ws[i]) in _HERE:
        i += 1  # "الوضع الصحي هناك بالغ الخطورة"
    if i >= len(ws):
        return False
    b, k = strip_marks(ws[i]), shapes.key(ws[i])
    if k in PREDICATE_OPENERS:
        return True
    if shapes.is_function(k) or any(ch in shapes.TANWEEN for ch in ws[i]):
        return False
    if (k[:1] in "وف" and shapes.conjunction_led(b)) or shapes.pp_prefixed(k):
        return False  # (a list going on, a phrase: not "كبيرة", "كثيرة")
    return (
        plain_adjective(b) or nisba(b) or (b.startswith("م") and len(b) >= 4 and shapes.gendered(b))
    )


_THAT = {hamza_key(w) for w in "أن أنه أنها أنهم".split()}


def clause_predicate(word: str, following: str) -> bool:
    """Is the definite ``word`` an adjective, a participle or an elative whose predicate
    is the clause in أن after it ("المؤكد أن ...", "اللافت أن ...", "الأهم أن ...")? A
    sentence opens that way; a noun before أن is a subject cut from its verb ("...
    أكدت وزارة. الصحة أن ...")."""
    ws = clause_words(following[:30])
    if not ws or shapes.key(ws[0]) not in _THAT:
        return False
    b = strip_marks(word)
    if not b.startswith("ال"):
        return False
    b = b[2:]
    if len(b) == 3 and b[0] in "أا":
        return True  # a doubled elative: الأهم، الأشد
    if b.startswith("م"):
        # a participle of both genders (مؤكد، متوقع، مهم), not a noun (مجلس، مكتب)
        return len(b) == 3 or shapes.gendered(b, 1.6)
    return shapes.elative(b) or plain_adjective(b)


# Conjunctions that open a clause of time or place, whose verb says nothing alone ("...
# فيما يواصل.", "... حيث غمرت."): a verb of theirs closing the sentence is cut off.
TIME_PLACE_OPENERS = {
    shapes.key(p + w) for w in "حيث فيما بينما عندما حينما ريثما".split() for p in ("", "و")
}
# Conjunctions that cannot open a sentence of one verb: the time and place ones, and
# "كما" (also, as).
_ALONE_OPENERS = TIME_PLACE_OPENERS | {shapes.key(w) for w in "كما وكما".split()}
_SENTENCE_START_RE = re.compile(
    f"(?:^|[.؟!\n])[{HSPACE}]*([{LETTERS}][{LETTERS}{MARKS}]*)[{HSPACE}]*$"
)


def opener_and_verb(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``, before a full stop) a verb in the third person that,
    with a conjunction of time or place or "كما" before it, is the whole sentence
    ("عندما اندلعت.", "فيما يواصل.", "كما أشار.")? Such a sentence is a clause of the
    next, whatever that holds."""
    k = shapes.key(word)
    if shapes.is_function(k) or k.endswith(("نا", "تم", "وا")):
        return False
    if not clear_verb(k) and not (
        len(k) in (3, 4) and k[0] == "ا" and max(zipf("ي" + k[1:]), zipf("يؤ" + k[1:])) >= 3.0
    ):
        return False  # (أفعل, the past of a verb whose imperfect is common: "أعلن", "أكد")
    look = text[max(0, start - 40) : start]
    m = _SENTENCE_START_RE.search(look)
    if m is None or (m.start() == 0 and start > 40 and look[:1] not in ".؟!\n"):
        return False
    return shapes.key(m.group(1)) in _ALONE_OPENERS


# What closes a clause before a verb: punctuation, a line end or a quote mark.
CLAUSE_BREAK_RE = re.compile('[.،,:؛؟!\n«»“”"]')


def verb_alone_in_clause(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``, before a full stop) a verb in the third person that
    is all its clause holds, after a comma and an opening phrase ("من جهتها، نشرت.
    سرايا القدس ...", "إلى جانب ذلك، قد تشهد. الحكومة ...", "ونفذ عمليات أخرى،
    استهدفت. خلالها ...") or after a conjunction of time or place that opens its
    clause (``TIME_PLACE_OPENERS``: "... المدينة، حيث غمرت.", "... طولكرم. فيما
    يواصل.")? Such a verb has said nothing yet. Not a verb of saying
    after its quotation ("«...»، قال."), nor one after ثم in a story ("ثم صمت."), nor
    a verb with a person of its own ("انتصرنا.", "نفذوا.")."""
    k = shapes.key(word)
    if k[:1] in "وف" and len(k) > 4:
        k = k[1:]
    if shapes.is_function(k) or k.endswith(("نا", "تم", "وا")) or not clear_verb(k):
        return False
    look = text[max(0, start - 200) : start]
    breaks = list(CLAUSE_BREAK_RE.finditer(look))
    if not breaks:
        return False
    cut = breaks[-1].start()
    heads = [shapes.key(w) for w in shapes.words(look[cut + 1 :])]
    opener = bool(heads) and heads[0] in TIME_PLACE_OPENERS
    if look[cut] in ".؟!\n" and not opener:
        return False  # the verb opens its sentence: "... نهاية. ارتفعت ..." is a cut elsewhere
    if any(h != "قد" for h in heads[1 if opener else 0 :]):
        return False  # the clause holds more than the verb ("ثم صمت.", "الأسعار ارتفعت.")
    if opener:
        return True  # "... طولكرم. فيما يواصل. الاحتلال ...", "... حيث غمرت. الأمطار ..."
    if any(ch in "”»" for ch in look[max(0, cut - 3) : cut + 1]) or re.search(
        '[^\\s«“]"[،, ]*$', look[: cut + 1]
    ):
        return False  # a verb after the quotation it reports: "«...»، قالت."
    sentence = re.split("[.؟!\n]", look[:cut])[-1]
    return len(shapes.words(sentence)) >= 2


def verb_first(text: str, dot: int) -> bool:
    """Does the clause before the full stop at ``dot`` open with a verb ("وصلت القوات.")?"""
    seg = re.split("[.؟!:،,]", line_before(text, dot))[-1]
    ws = shapes.words(seg)
    if not ws:
        return False
    k = shapes.key(ws[0])
    k = k[1:] if k[:1] in "وف" and len(k) > 3 and shapes.conjunction_led(k) else k
    return shapes.past_or_present_verb(k) and zipf("ال" + strip_marks(ws[0])) < 2.5


# Verbs of news copy that always take an object ("واصل الاحتلال قصفه"): one of them
# closing a sentence has lost it. Past (with ت), imperfect (ي / ت), with و / ف.
_TRANSITIVE_PAST = (
    "واصل أطلق منع شن استهدف نفذ استخدم أصدر اتخذ تبنى أجرى شهد ضم عقد قدم رفع فرض"
    " ناقش أغلق ألغى أدخل امتلك تناول ترأس استقبل اعتقل هدم صادر اقتحم أنقذ استأنف"
    " جدد تفقد".split()
)
_TRANSITIVE_PRESENT = """يواصل يطلق يمنع يشن يستهدف ينفذ يستخدم يصدر يتخذ يجري يشهد يعقد
يقدم يرفع يفرض يتضمن يتطلب يناقش يغلق يلغي يمتلك يتناول يترأس يستقبل يقتحم ينقذ
يستأنف يجدد يتفقد يشمل""".split()


def _past_forms(verbs: list[str]) -> set[str]:
    """The keys of past verbs, masculine and feminine (أجرى / أجرت), with و / ف."""
    return {
        hamza_key(p + form)
        for v in verbs
        for form in (v, (v[:-1] if v.endswith("ى") else v) + "ت")
        for p in ("", "و", "ف")
    }


TRANSITIVE = _past_forms(_TRANSITIVE_PAST) | {
    hamza_key(p + pre + v[1:])
    for v in _TRANSITIVE_PRESENT
    for p in ("", "و", "ف")
    for pre in ("ي", "ت")
}
# Verbs that need an object or a complement after their subject: a sentence of one of
# them and its subject alone ("وأكد المتحدث.", "وبثت الميادين.", "ذكرت وسائل.",
# "تمكنت المقاومة.") has lost what it says or did.
_COMPLEMENT_VERBS = "بث نشر طرح دعا تمكن حث هدد هنأ تبادل أبدى أبلغ استعرض وجه تلقى".split()
COMPLEMENT_VERBS = (
    REPORTING
    | TRANSITIVE
    | _past_forms(_COMPLEMENT_VERBS)
    | {hamza_key(p + w) for w in REPORTING for p in ("و", "ف")}
)
# A sentence of one word and one to three words, opening a line or after a full stop,
# before a full stop and the next word.
VERB_ALONE_RE = re.compile(
    f"(?:^|(?<=[.!؟?] ))[{HSPACE}]*([{LETTERS}][{LETTERS}{MARKS}]*)"
    f"((?:[{HSPACE}]+[{LETTERS}][{LETTERS}{MARKS}]*){{1,3}})\\.[{HSPACE}]+(?=[{LETTERS}])",
    re.MULTILINE,
)
OBJECT_ENDINGS = ("ها", "هم", "هما", "هن")


def subject_alone(verb: str, words: list[str]) -> bool:
    """Are ``words`` (bare), after ``verb`` (bare) that needs a complement, its subject
    alone: no function word, verb, tanween or object pronoun among them ("وأكد
    المتحدث", "أصدرت قيادة القوات"; not "أكد ذلك", "وتواصل المقاومة عملياتها"), and
    no indefinite word after a definite one, which is the object ("وأجرى الوزير جولة
    تفقدية.") or, when the verb is also a noun, a predicate ("نقل الجرحى ضروري.")."""
    for w in words:
        k = shapes.key(w)
        if shapes.is_function(w) or k.endswith(OBJECT_ENDINGS) or len(w) < 2:
            return False
        if not k.startswith("ال") and shapes.predicate_verb(k):
            return False
    definite = [w.startswith("ال") for w in words]
    return not any(a and not b for a, b in zip(definite, definite[1:], strict=False))


# Verbs of war news that always take an object, looked at only right before the full
# stop ("... إن الدفاعات الجوية أسقطت. ثلاث طائرات ..."): with a definite word after
# them, that word is as often their object as their subject ("وأسقطت معظم الصواريخ.").
# (Not the imperfect يسقط، تسقط: "falls" too.)
_TRANSITIVE_ALONE = "أسقط أسقطت اغتال اغتالت يغتال تغتال دمر دمرت يدمر تدمر".split()
TRANSITIVE_ALONE = TRANSITIVE | {
    hamza_key(p + v) for v in _TRANSITIVE_ALONE for p in ("", "و", "ف")
}
# Before these a verb may be passive ("بعد أن أطلق.", "كان قد أطلق.", "... حيث
# اعتقل.") or need no object ("لم يصدر."); after a relative pronoun it is a relative
# clause's, after كم its object is the word it counts ("كم قرصا تناول.").
_PASSIVE_BEFORE = {hamza_key(w) for w in "أن لم لن لا قد وأن ولم ولن ولا وقد حيث".split()}
_RELATIVE_BEFORE = {hamza_key(w) for w in "الذي التي الذين اللذين اللتين ما مما كما كم".split()}


def object_lost(text: str, dot: int, word: str) -> bool:
    """Is ``word``, before the full stop at ``dot``, a verb that always takes an object
    ("... في لبنان تستهدف. موقع حدب ...", "... ونفذت. حملة اعتقالات ...") in a clause of
    three words or more? Not a noun written the same ("دعم", "عقد": common with the
    article), not after أن / لم / قد (a passive, or no object needed: "بعد أن أطلق.",
    "لم يصدر."), nor in a relative clause ("الصاروخ الذي أطلق.")."""
    bare = strip_marks(word)
    if hamza_key(bare) not in TRANSITIVE_ALONE:
        return False
    if zipf("ال" + without_conjunction(bare)) >= 3.0:
        return False
    ws = shapes.words(re.split("[.؟!]", line_before(text, dot))[-1])
    if len(ws) < 3:
        return False
    return not _needs_no_object([hamza_key(strip_marks(w)) for w in ws[-3:-1]])


def _needs_no_object(before: list[str]) -> bool:
    """Do the two words before a verb (keys) make it passive or free of an object
    (أن، لم، قد right before it: "بعد أن أطلق.", "لم يصدر.") or put it in a relative
    clause ("الصاروخ الذي أطلق.")?"""
    return (
        bool(before) and before[-1] in _PASSIVE_BEFORE or any(b in _RELATIVE_BEFORE for b in before)
    )


# Quantities heading a construct ("معظم الصواريخ", "بعض الدول"): after a verb, its
# object as often as its subject.
QUANTITY_WORDS = OPENING_QUANTITIES | {
    hamza_key(w) for w in "معظم أغلب غالبية أكثر مختلف كافة عددا".split()
}


def object_lost_after_subject(text: str, dot: int) -> str | None:
    """The verb, when the clause before the full stop at ``dot`` is one that always
    takes an object followed by its subject only, one or two definite words or a
    construct ("... استهدف الاحتلال الإسرائيلي. منزل عائلة ...", "... شنت قوات
    الاحتلال. حملة ..."); not after أن / لم / قد nor in a relative clause."""
    clause = re.split('[.؟!:،,«»“”"]', line_before(text, dot))[-1]
    ws = [strip_marks(w) for w in shapes.words(clause)]
    i = next(
        (
            i
            for i, w in enumerate(ws[:-1])
            if hamza_key(w) in TRANSITIVE and zipf("ال" + without_conjunction(w)) < 3.0
        ),
        None,
    )
    if i is None:
        return None
    subject = ws[i + 1 :]
    definite = [x.startswith("ال") for x in subject]
    k0 = shapes.key(subject[0])
    if not (
        (len(subject) <= 2 and all(definite))
        or (
            2 <= len(subject) <= 3
            and not definite[0]
            and all(definite[1:])
            and not shapes.is_function(k0)
            and not shapes.predicate_verb(k0)
            and k0 not in QUANTITY_WORDS  # ("واستخدمت معظم الصواريخ.": its object)
        )
    ):
        return None
    if _needs_no_object([hamza_key(x) for x in ws[max(0, i - 2) : i]]):
        return None
    return ws[i]
