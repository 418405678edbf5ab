"""Fragment family (FRG): leftovers of scraping and of sentence-wise translation.

Both rules read the structure of a paragraph rather than lists of words: where a short
"sentence" sits, what precedes it, whether it carries the function words every real
Arabic sentence has, whether it repeats a word of the sentence before it, and whether a
quote mark after it has a partner.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from tanqih.linter.arabic import LETTERS, MARKS, TATWEEL, hamza_key, split_clitics, strip_marks
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules.variants import zipf

FAMILIES["FRG"] = "fragments"

_WORD_RE = re.compile(f"[{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*")
_HSPACE = " \t\u00a0\u2009\u202f"
_OPEN_Q = "“«„"
_CLOSE_Q = "”»"
_STRAIGHT_Q = '"'

# Closed-class words (comparison keys: no diacritics, hamza forms unified): pronouns,
# demonstratives, relatives, particles, prepositions, negation, interrogatives, quantifiers,
# auxiliaries and sentence adverbs. A real short sentence nearly always has one of them
# ("هذا لم يحدث.", "أعتقد خلاف ذلك.", "لا أفق آخر."); a translation leftover ("بلد.",
# "أيام مضت.") has none. This is grammar, not a list of the seed's words.
_FUNCTION = {
    hamza_key(w)
    for w in """
    هو هي هم هن هما أنا نحن أنت أنتم أنتن أنتما إياه إياها إياهم
    هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك هكذا كذلك
    الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي ما من ماذا
    لا لم لن ليس ليست ليسوا قد لقد سوف إن أن إنه أنه إنها أنها إنما لكن لكنه لكنها بل
    أو أم ثم حتى إذا إذ إذن إذًا لو لولا كي لكي كلا نعم بلى أجل هل أين كيف متى لماذا
    كم أي أية إلا غير سوى كل بعض جميع كلا كلتا رب ذو ذات ذوو ذوي عند عن على في إلى الى مع بين منذ مذ
    خلال حول ضد دون فوق تحت أمام وراء خلف بعد قبل عبر لدى لدي نحو حيث بينما عندما
    كان كانت كانوا يكون تكون صار أصبح أضحى ظل بات مازال لايزال عاد ليت لعل كأن
    أيضا أيضاً فقط جدا جداً ربما طبعا طبعاً إلخ الخ آمين انتهى شكرا شكراً
    تحياتي تحياتنا بالتوفيق نقطة الحمدلله
    """.split()
}
# Closed-class words that can stand as a sentence of their own: answers, interjections,
# closing formulas, sentence adverbs and (sloppily punctuated) questions.
_ALONE = {
    hamza_key(w)
    for w in """
    نعم لا كلا بلى أجل إلخ الخ آمين انتهى شكرا أيضا فقط ربما طبعا هكذا كذلك كفى
    تحياتي تحياتنا بالتوفيق نقطة الحمدلله لماذا كيف متى أين ماذا هل كم
    """.split()
}
# Sentence adverbs that may close a sentence but do not make one ("لافتا أيضا.").
_TRAILING_ADVERBS = {hamza_key(w) for w in "أيضا أيضاً فقط جدا للغاية".split()}
# Number words: a count with its noun is a comment of its own ("مليون دولار.", "خمسون عاما.").
_NUMBER_WORDS = {
    hamza_key(w)
    for w in """ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة
    عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون
    ثمانين تسعون تسعين مئة مائة مئات ألف آلاف ألفا مليون ملايين مليار مليارات""".split()
}
# Prepositions: a phrase they open is no sentence, though it may comment on the sentence
# before ("في النهاية."); with a pronoun they need a noun before them ("استهداف إليهم.").
_PREPOSITIONS = {
    hamza_key(w)
    for w in "في من إلى الى على عن مع منذ خلال عبر حول لدى نحو أمام بين ضد فوق تحت وراء خلف".split()
}
# Quantifiers that take a definite noun or a pronoun after them ("جميع الدول", "معظمهم"):
# with an indefinite word they make no phrase ("جميع فضائية.").
_QUANTIFIERS = {hamza_key(w) for w in "جميع معظم أغلب كافة".split()}
# Pronoun suffixes that attach to particles and prepositions (عليه، منها، لكنهم).
_PRON_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ك", "ي")
_TANWEEN = "\u064b\u064c\u064d"


@functools.lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return hamza_key(strip_marks(word))


@functools.lru_cache(maxsize=65536)
def _is_function(word: str) -> bool:
    """A closed-class word, possibly with a conjunction / preposition or pronoun suffix."""
    k = _key(word)
    if len(k) >= 2 and k[0] in "بلك" and k[1:] in _PRON_SUFFIXES:
        return True  # a preposition with a pronoun: لها، به، لهم
    candidates = {k}
    if len(k) > 2 and k[0] in "وفبلك":
        candidates.add(k[1:])
    for base in list(candidates):
        for suf in _PRON_SUFFIXES:
            if base.endswith(suf) and len(base) > len(suf) + 1:
                candidates.add(base[: -len(suf)])
    return any(c in _FUNCTION for c in candidates)


_SUBORDINATORS = {hamza_key(w) for w in "بينما عندما حينما لأن لكي كي إذا لو حين".split()}


def _subordinator(bare: str) -> bool:
    """A word that opens a subordinate clause: بينما، عندما، لأن، or أنّ with a pronoun
    ("أنها", "بأنهم"; not إنها, which opens a main sentence: "إنها مأساة.")."""
    if hamza_key(bare) in _SUBORDINATORS:
        return True
    for pre in ("أن", "بأن", "لأن"):
        if bare.startswith(pre) and bare[len(pre) :] in _PRON_SUFFIXES:
            return True
    return False


def _particle_with_pronoun(bare: str) -> bool:
    """أنّ / إنّ / لأنّ / كأنّ with a pronoun ("أنها", "بأنه", "لأنهم"): the clause it
    opens has to follow; it cannot end a sentence."""
    for pre in ("أن", "إن", "بأن", "لأن", "كأن", "لكن"):
        if bare.startswith(pre) and bare[len(pre) :] in _PRON_SUFFIXES:
            return True
    return False


def _prep_with_pronoun(k: str) -> bool:
    """A preposition with a third-person pronoun ("عليها", "إليهم", "فيه", "منهما")."""
    for suf in ("هما", "هم", "هن", "ها", "ه"):
        if k.endswith(suf) and len(k) > len(suf):
            base = k[: -len(suf)]
            return base in _PREPOSITIONS or base in ("ب", "ل", "عند", "بين")
    return False


def _conjunction_led(bare: str) -> bool:
    """Does the word open with the conjunction و / ف ("وهذا", "فنفت")? Not when the
    whole word is a known word more frequent than what is left without its first letter
    (فلسطينية, وزير, فريق are words of their own)."""
    if len(bare) <= 3 or bare[0] not in "وف":
        return False
    whole, rest = zipf(bare), zipf(bare[1:])
    return not (whole >= 3 and whole > rest)


_PRON_3 = ("هما", "هم", "هن", "ها")
# Sign-off formulas written as a conjunction and one noun ("... والسلام.").
_FORMULAS = {"السلام", "سلامتكم"}


def _coordinated(rest: str, last: str) -> bool:
    """Is ``و`` + ``rest`` ("والدولية", "وموظفيها", "ويقظة") one more item of a
    coordination whose previous item is ``last``, the word that ends the sentence
    before? The two words must share their form: both definite, both carrying the same
    third-person pronoun suffix, or both indefinite feminine nouns in -ة."""
    r, k = hamza_key(rest), hamza_key(last)
    if len(r) < 3 or len(k) < 3 or rest in _FORMULAS or _is_function(r):
        return False
    if r.startswith(("ال", "بال")) and k.startswith(("ال", "لل", "بال", "وال")):
        return True
    for suf in _PRON_3:
        if r.endswith(suf) and k.endswith(suf):
            return len(r) - len(suf) >= 3 and len(k) - len(suf) >= 2
    return r.endswith("ة") and k.endswith("ة") and not k.startswith("ال")


# -- the shapes of a two- or three-word sentence ------------------------------------------
# Unvocalised Arabic does not tell a verb from a noun; these tests read the shapes of
# words (patterns, prefixes, endings) and the agreement between them, and lean towards
# "it may be a sentence" wherever the shapes are ambiguous.

_OBJ_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم")


def _pp_prefixed(k: str) -> bool:
    """A preposition glued to a noun ("بالأمن", "للاحتلال", "بحملة"): no subject."""
    if k.startswith(("بال", "لل", "كال")):
        return True
    if len(k) >= 4 and k[0] in "بلك":
        whole, rest = zipf(k), zipf(k[1:])
        if k.endswith("ي") and zipf(k + "ة") > zipf(k[1:] + "ة"):
            return False  # a nisba known by its feminine: بطولي (بطولية)
        return rest >= 3 and rest > whole
    return False


def _feminine(k: str) -> bool:
    """A feminine or non-human plural form: -ة, -ات, or a broken plural أفعال."""
    k = k[2:] if k.startswith("ال") else k
    if k.endswith(("ة", "ات", "ى")):
        return True
    if len(k) == 4 and k[2] in "او":
        return True  # فعال / فعول / أفعل broken plurals: أيام، رجال، شهور
    if len(k) == 5 and k[2] == "ا" and k[0] != "ا":
        return True  # فعائل / مفاعل / فواعل broken plurals: خسائر، مصادر، قواعد
    return len(k) == 5 and k[0] == "أ" and k[3] == "ا"  # أفعال: أسعار (not اتفاق)


def _past_or_present_verb(k: str) -> bool:
    """Could ``k`` be a verb (with an object pronoun): فعل، فعلت، فعلوا، افتعل، استفعل،
    أفعل، يفعل / تفعل؟"""
    if k.startswith("ال") or k.endswith(("ة", "ى")):
        return False
    for suf in _OBJ_SUFFIXES:
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            k = k[: -len(suf)]
            break
    n = len(k)
    if n == 3:
        return True
    if n <= 6 and k.endswith(("ت", "وا")) and not k.endswith(("ات", "وت")):
        return True  # (not the plurals in -ات: قوات, nor names such as بيروت)
    if n == 5 and k[0] == "ت" and k[3] == "ي":
        return False  # the verbal noun تفعيل: تأجيل، تسجيل
    if n == 4 and k[0] in "اأ" and k[2] not in "او":
        return True  # أفعل (also an elative, which is then an adjective; not أيام)
    if n in (5, 6) and k[0] in "اأ" and k[-2] != "ا":
        return True  # انفعل، افتعل، استفعل (not the verbal nouns افتعال)
    if 4 <= n <= 6 and k[0] in "يتن" and not k.endswith(("ين", "ات", "ية")):
        return True
    return False


def _agreeing_adjective(adj: str, noun: str) -> bool:
    """Is ``adj`` shaped like an adjective that agrees with ``noun`` in gender and
    definiteness ("زيارة تاريخية", "هدف رائع", "أيام صعبة", "الله أكبر" is an elative)?"""
    if _pp_prefixed(adj) or _is_function(adj):
        return False
    noun_def, adj_def = noun.startswith("ال"), adj.startswith("ال")
    if adj_def and not noun_def:
        return False
    a = adj[2:] if adj_def else adj
    if len(a) == 4 and a[0] in "اأ" and not set("اأ") & set(a[1:]) and a[-1] not in "ةىه":
        return True  # elative أفعل: one form for both genders
    if len(a) == 3 and a[1] == "ا":
        return True  # فاعّ: حار، سار، هام
    if len(a) == 3:
        # Three-letter adjectives are a small class; nouns of the same shape have common
        # feminines too (بلد / بلدة، دور / دورة), so frequencies cannot tell them apart.
        return a in _SHORT_ADJECTIVES
    if len(a) >= 5 and a.endswith("اء") and a[0] in "اأ" and a[2] != "ت":
        return True  # أفعلاء: أقوياء، أوفياء (not the verbal nouns افتعال: ارتقاء)
    if len(a) == 5 and a.endswith("اء") and _feminine(noun):
        return True  # فعلاء, feminine colours and qualities: بطاقة حمراء، ليلة ليلاء
    # A definite subject may be feminine without -ة (الحرب مستمرة، الشمس ساطعة).
    fem = _feminine(noun) or (noun_def and not noun.endswith("ة"))
    if a.endswith("ى") and len(a) == 4:
        return fem  # فعلى elatives (كبرى)
    if a.endswith("ة") and len(a) >= 4:
        # -ة adjectives (صعبة، مستمرة); not nouns in -ة (مدينة، لجنة، رقابة)
        return fem and (a.endswith("ية") or _gendered(a))
    if a.endswith(("ون", "ين")) and len(a) >= 5:
        return noun.endswith(("ون", "ين"))
    if fem and noun.endswith("ة"):
        return False  # a masculine form after a feminine singular noun
    if a.endswith("ي") and len(a) >= 4:
        return zipf(a + "ة") >= 3  # nisba, with its feminine (not the verbs يعني، يأتي)
    if a.startswith("م") and len(a) >= 4:
        # participle مفعول / مفعل (مستمر، مرفوض، مشروع; not the nouns مؤشر، مستشفى)
        return _gendered(a, 1.6)
    if len(a) == 4 and (a[2] == "ي" or a[1] == "ا"):
        return _gendered(a)  # فعيل / فاعل: كبير، رائع (not the nouns رئيس، قتيل)
    if len(a) == 4 and a[2] == "ا":
        # فعال is mostly a noun (غلاف، كتاب، قرار): an adjective only with a known
        # feminine as common as it (شجاع / شجاعة، جبان)
        zp = zipf(a + "ة")
        return zp >= 3.0 and abs(zipf(a) - zp) <= 1.0
    return False


# Adjectives of judgement that stand alone as a verdict on the sentence before ("رائع.",
# "مؤسف."), in the masculine of an implied "this"; a closed class, like the adverbs above
# (a descriptive adjective alone, "سابق.", is a cut-off word).
_VERDICTS = {
    hamza_key(w)
    for w in """رائع مذهل مدهش مؤسف مخجل معيب مشين محزن مؤلم مفرح محبط مقلق مخيف مرعب صادم
    غريب عجيب مستغرب مفهوم منطقي مقبول مرفوض مهم خطير جميل ممتاز عظيم مثير مضحك مبكي
    جيد سيء سيئ مؤكد مستحيل""".split()
}
_SHORT_ADJECTIVES = frozenset("صعب سهل حر مر جيد سيء سيئ قلق حذر حسن جاد حاد هش فذ حي ميت".split())


def _gendered(a: str, gap: float = 1.0) -> bool:
    """Could the indefinite word ``a`` be an adjective? Adjectives are used in both
    genders (صعب / صعبة، رائع / رائعة، مستمر / مستمرة); nouns of the same shapes are
    far more common than their partner or have none (مدينة / مدين، لجنة، رئيس /
    رئيسة، مؤشر): word frequencies decide."""
    partner = a[:-1] if a.endswith("ة") else a + "ة"
    za, zp = zipf(a), zipf(partner)
    if zp >= 3.0:
        return za - zp <= gap
    # No known partner: a common word is a noun (لجنة، مؤشر); a rarer one is given the
    # benefit of the doubt (قاتمة، مؤجلة، متعثرة: the word list is short).
    return za < 4.5


def _subject(k: str, verb: str) -> bool:
    """Could ``k`` be the subject of ``verb`` (a noun agreeing with it)?"""
    if _pp_prefixed(k) or _is_function(k) or len(k) < 3 or _one_word_verb(k):
        return False  # (a future verb is no subject: "تتحرك ستظل.")
    possessed = k.endswith(("كم", "ها", "هم", "نا")) and len(k) >= 4  # طاب يومكم
    # A very common noun or name is no verb, whatever its shape ("تحيا مصر.", "يأتي يوم.").
    common = zipf(k) >= 5.0
    if _past_or_present_verb(k) and not _feminine(k) and not k.startswith("ال"):
        if not (len(k) == 4 and k[0] in "اأ") and not possessed and not common:
            return False  # (أفعال / أفعل nouns pass)
    if verb.endswith("ت") and len(verb) >= 4 and verb[0] not in "يتن":
        # سقطت قذيفة، مضت أيام، عاشت فلسطين (names of countries and towns are feminine)
        return _feminine(k) or k.startswith("ال") or (common and not _past_or_present_verb(k))
    return True


def _one_word_verb(bare: str) -> bool:
    """A verb that holds its own subject: a future ("سنرى", "سيأتي": the word without
    its س is a more common imperfect; سابق and سياسي are words of their own) or a past
    verb with a first- or second-person ending ("انتصرنا", "نجحتم")."""
    rest = bare[1:]
    if bare[0] == "س" and len(bare) >= 4 and rest[0] in "يتنأ":
        if zipf(rest) >= 3 and zipf(rest) > zipf(bare):
            return True
    # An exhortation with لـ ("لننتظر", "فلننتظر", "لنعمل"): لـ and a known imperfect.
    core = bare[1:] if bare[:2] == "فل" else bare
    if core[:2] == "لن" and len(core) >= 4 and zipf(core[1:]) >= 3:
        if _past_or_present_verb(hamza_key(core[1:])):
            return True
    k = hamza_key(bare)
    if len(k) == 4 and k.endswith(("نا", "تم")) and zipf(bare) >= 3.0:
        return True  # a hollow verb: قلنا، عدنا، دمتم
    return len(k) >= 5 and k.endswith(("نا", "تم")) and _past_or_present_verb(k[:-2])


# Words that answer or comment on the sentence before, alone: stance and degree adverbs,
# verdicts (a closed class, like the function words above).
_STANCE = {
    hamza_key(w)
    for w in """
    للأسف بالتأكيد بالطبع بالضبط بالفعل بالتالي حتما قطعا إطلاقا أبدا مطلقا حقا فعلا
    تماما يقينا غالبا دائما أحيانا نادرا نهائيا فورا صحيح خطأ مستحيل ممكن أكيد مؤكد
    وارد طبيعي بامتياز بجدارة ببساطة بصراحة باختصار بوضوح بحق عجبا كفى مجددا سلفا
    مسبقا سريعا قريبا لاحقا سابقا مؤخرا أخيرا أولا ثانيا تقريبا خصوصا عموما جميعا معا
    عفوا معذرة آسف آسفة مرحبا وداعا أحسنت أحسنتم صدقت
    """.split()
}


def _stance_adverb(bare: str) -> bool:
    """Can the word stand alone after a sentence as a comment on it ("للأسف.",
    "حتما.", "صحيح.")? A stance or degree adverb or a verdict (a closed class: other
    adverbs in -ا, "رسميا." or "عالميا.", are left to the fragment test)."""
    k = hamza_key(bare)
    # (كالعادة، كالمعتاد: "as usual", an adverb whenever it stands alone)
    if k in _STANCE or (k.startswith("كال") and len(k) >= 6):
        return True
    # An adverb made from a nisba: رسميا، حصريا، نهائيا، جزئيا (رسمي + ا).
    return len(bare) >= 5 and bare.endswith("يا") and zipf(bare[:-1]) >= 3.5


def _indefinite_construct(first: str, second: str) -> bool:
    """An indefinite feminine noun with a common noun as its genitive, an elliptical
    comment ("مسألة وقت.", "جريمة حرب.", "ضربة جزاء."); the genitive is no verb and
    no plural in -ات (as in debris such as "ساعات مضت.")."""
    if not first.endswith("ة") or len(first) < 3 or first.startswith("ال"):
        return False
    if first.endswith("ية") and zipf(first[:-1]) >= 3:
        return False  # a relational adjective (إخبارية، إسرائيلية) heads no construct
    if second.startswith("ال") or _pp_prefixed(second) or _is_function(second):
        return False
    k2 = hamza_key(second)
    if second.endswith(("ات", "ة")) or (second.endswith("ت") and zipf(second) < 5.5):
        return False  # (a past verb: "ساعات مضت."; but "مسألة وقت.")
    if len(k2) > 3 and _past_or_present_verb(k2):
        return False  # (three-letter nouns look like past verbs: حرب، وقت)
    return zipf(second) >= 4


def _one_verb_after_noun(noun: str, verb: str) -> bool:
    """A known verb after a noun that is no verb itself, agreeing with it in gender
    ("حلم تحقق", "قصة انتهت")."""
    k1, k2 = hamza_key(noun), hamza_key(verb)
    if len(k1) < 3 or _is_function(k1) or _pp_prefixed(k1) or len(k2) < 3:
        return False
    if k1.endswith("ا") or any(ch in _TANWEEN for ch in noun):
        return False  # an accusative is no subject ("بطلا يعني.")
    if not _past_or_present_verb(k2) or zipf(verb) < 3.0:
        return False
    if _past_or_present_verb(k1) and zipf(noun) < 4.5:
        return False  # the first word may be a verb itself ("يعانيه فاقتحمت")
    fem_verb = k2.endswith("ت")
    return fem_verb == _feminine(k1)


def _elative(word: str) -> bool:
    """The elative أفعل (أكبر، أجمل، أسوأ with a final hamza)."""
    k = hamza_key(word)
    return len(k) == 4 and k[0] == "ا" and "ا" not in k[1:3] and k[-1] not in "ةىيه"


def _evaluative(word: str) -> bool:
    """An adjective that can stand alone as a verdict on the sentence before ("رائع.",
    "مؤسف.", "صعب."): a word written in both genders, each common (the partner at most
    about 3 times rarer), or one of the few three-letter adjectives. Not a relational
    adjective (سياسي، عسكري: those classify, they do not judge)."""
    if word in _SHORT_ADJECTIVES:
        return True  # صعب، جيد، حذر
    if len(word) < 4 or word.startswith("ال") or _is_function(word) or word.endswith(("ي", "ية")):
        return False
    partner = word[:-1] if word.endswith("ة") else word + "ة"
    zw, zp = zipf(word), zipf(partner)
    return zw >= 3.0 and zp >= 3.0 and abs(zw - zp) <= 0.5


def _paired_adverbial(first: str, second: str) -> bool:
    """An accusative and its own noun again after a preposition or ف ("يدا بيد",
    "وجها لوجه", "شيئا فشيئا"): an adverbial idiom."""
    if not first.endswith("ا") or len(first) < 3 or second[:1] not in "بلف":
        return False
    stem = first[:-1]
    return second[1:] in (stem, first)


def _dedication_head(first: str) -> bool:
    """Can ``first`` open a dedication or a wish with لـ ("المجد للشهداء.", "شكرا
    للجميع.", "تحية للأبطال.", "تعازينا للعائلة.", "ليلة للتاريخ.")? A definite noun,
    an accusative of exclamation (شكرا، هنيئا، وداعا), a first-person plural (تعازينا،
    تهانينا), تحية / مبروك or a common noun; not a verb or a rare word ("تقدم للوطن.",
    "تناقض للاحتلال.")."""
    k = hamza_key(first)
    return (
        k.startswith("ال")
        or k.endswith(("ا", "نا"))
        or any(ch in _TANWEEN for ch in first)
        or k in ("تحية", "مبروك", "طوبي")
        # a common noun: "ليلة للتاريخ.", "رسالة للعالم."
        or (zipf(first) >= 5.0 and not _past_or_present_verb(k))
    )


def _sentence_shape(ks: list[str]) -> bool:
    """Do two or three words (hamza keys) have the shape of a sentence: a noun with
    agreeing adjectives ("زيارة تاريخية.", "الحرب مستمرة."), a definite subject and a
    verb ("المباراة انتهت."), or a verb and its subject ("حدث انفجار.", "عاشت
    المقاومة.", "رحمه الله.")?"""
    first, rest = ks[0], ks[1:]
    if _one_word_verb(first):
        return True  # the subject is in the verb: "دمتم بخير.", "انتصرنا أخيرا."
    if len(rest) == 1 and hamza_key(rest[0]) in _TRAILING_ADVERBS and _evaluative(first):
        return True  # "صعب للغاية.", "جميل جدا."
    if hamza_key(first) in _NUMBER_WORDS and not any(_is_function(w) for w in rest):
        return True  # a count: "مليون دولار.", "خمسون عاما."
    if len(rest) == 1 and _elative(first) and not rest[0].startswith("ال"):
        return True  # a superlative: "أسوأ كابوس.", "أجمل هدية."
    if len(rest) == 1 and _paired_adverbial(first, rest[0]):
        return True  # "يدا بيد.", "وجها لوجه.", "شيئا فشيئا."
    if (
        len(rest) == 1
        and rest[0][:1] == "و"
        and _conjunction_led(rest[0])
        and (zipf(rest[0][1:]) >= 3 or rest[0].endswith(("ات", "ة")))
        and not first.startswith("ال")
    ):
        # two nouns joined by و: "صدمة وذهول.", "دموع وابتسامات."
        if not _is_function(rest[0]) and not _past_or_present_verb(hamza_key(rest[0][1:])):
            return True
    if first.startswith(("لل", "بال")) and len(rest) == 1 and rest[0].startswith("ال"):
        # an adverbial phrase with its adjective: "للمرة الثالثة.", "بالدرجة الأولى."
        if _agreeing_adjective(rest[0], "ال" + first[2:] if first[:2] == "لل" else first[1:]):
            return True
    if (
        len(rest) == 2
        and first.endswith("ة")
        and not first.startswith("ال")
        and not any(_is_function(w) or _pp_prefixed(w) for w in rest)
        and not (len(rest[0]) > 3 and _past_or_present_verb(hamza_key(rest[0])))
    ):
        return True  # a chain of nouns: "معركة كسر عظم.", "لعبة عض الأصابع."
    if len(rest) == 1 and first[:1] == "ب" and _pp_prefixed(first) and not first.startswith("بال"):
        if _agreeing_adjective(rest[0], first[1:]):
            return True  # a manner phrase: "بصورة مؤقتة.", "بشكل كامل."
    if (
        len(rest) == 1
        and not first.startswith("ال")
        and not StrayFragment._indefinite_subject([first, rest[0]])
        and _one_verb_after_noun(first, rest[0])
    ):
        return True  # an indefinite subject and its verb: "حلم تحقق." (not "أيام مضت.")
    if len(rest) == 2 and _indefinite_construct(first, rest[0]):
        if _agreeing_adjective(rest[1], first):
            return True  # a construct with its adjective: "ردة فعل طبيعية."
    if not _pp_prefixed(first):
        if all(_agreeing_adjective(a, first) for a in rest):
            return True
        if len(rest) == 1 and _indefinite_construct(first, rest[0]):
            return True
        if len(rest) == 1 and (
            (rest[0].startswith("لل") and _dedication_head(first))
            or (rest[0].startswith("ال") and not first.startswith("ال"))
        ):
            # A name with its family name ("محمد العلي."), a construct phrase, or a
            # dedication ("المجد للشهداء.", "مبروك للجميع."): not told from debris.
            return True
        if first.startswith("ال") and _past_or_present_verb(rest[0]):
            return True
        if (
            first.startswith("ال")
            and len(first) > 3
            and not rest[0].startswith("ال")
            and not _is_function(rest[0])
            and (
                len(rest) == 1
                or _pp_prefixed(rest[0])
                or _pp_prefixed(rest[1])
                or rest[1].startswith("ال")  # a construct predicate: "الصبر مفتاح الفرج."
                or _stance_adverb(rest[1])  # "النتيجة معروفة سلفا."
            )
        ):
            # A definite subject and its predicate, a noun, an adjective or a phrase
            # with a preposition ("الحرب خدعة.", "الصورة قاتمة.", "العبرة بالنتائج.",
            # "الحصيلة مرشحة للارتفاع.", "الجميع بانتظار القرار.")
            return True
    if _past_or_present_verb(first) and _subject(rest[0], first):
        if len(rest) == 1:
            return True
        return not _pp_prefixed(rest[1]) or rest[1].startswith(("بال", "لل"))
    return False


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A rough stem for "does this word repeat one before it": clitics and number
    suffixes off (البلدين -> بلد, المعلومات -> معلوم)."""
    k = _key(word)
    _, s = split_clitics(k)
    for suf in ("ين", "ان", "ون", "ات", "ة", "ه"):
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            s = s[: -len(suf)]
            break
    return s


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _fragment_core(text: str) -> tuple[str, str] | None:
    """Split a candidate 'sentence' into (words part, closing part) or None.

    The words part holds only Arabic words and spaces; the closing part is one full
    stop with optional closing quote marks after it.
    """
    m = re.fullmatch(
        f"([{LETTERS}{MARKS}{TATWEEL}{_HSPACE}]+?)(\\.[{_CLOSE_Q}{_STRAIGHT_Q}]*)", text
    )
    if not m:
        return None
    return m.group(1), m.group(2)


def _paragraph_of(doc, offset):
    """The paragraph holding ``offset`` (bisect over the cached paragraph starts)."""
    paras = doc.paragraphs
    starts = doc.memo("fragments.paragraph_starts", lambda d: [p.start for p in d.paragraphs])
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and paras[i].start <= offset <= paras[i].end:
        return paras[i]
    return None


_PAIR_WORDS_RE = re.compile(
    f"(?<![{LETTERS}{MARKS}{TATWEEL}])([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*)[{_HSPACE}]+"
    f"(?=([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*))"
)


def _compute_pairs(doc) -> set[tuple[str, str]]:
    return {m.groups() for m in _PAIR_WORDS_RE.finditer(doc.text)}


def _side_by_side(text: str, w1: str, w2: str) -> bool:
    """Does the text write ``w1`` and ``w2`` next to each other, whole words with only
    spaces between them (the pairs of :func:`_adjacent_pairs`, for one pair)?"""
    if text.count(w1) < 2 or text.count(w2) < 2:
        return False  # (the pair around the full stop holds one of each)
    return (
        re.search(
            f"(?<![{LETTERS}{MARKS}{TATWEEL}]){re.escape(w1)}[{_HSPACE}]+{re.escape(w2)}"
            f"(?![{LETTERS}{MARKS}{TATWEEL}])",
            text,
        )
        is not None
    )


def _adjacent_pairs(doc) -> set[tuple[str, str]]:
    """Word pairs written next to each other with only spaces between them (cached)."""
    return doc.memo("fragments.adjacent_pairs", _compute_pairs)


class StrayFragment(Rule):
    """A one-to-three-word "sentence" left over after a complete sentence ("بلد.").

    **What it does**
    Flags a short sentence of one to three Arabic words that ends a paragraph right
    after a complete sentence, when it has none of the marks of a real sentence: it
    opens with no conjunction (و، ف), carries no function word (pronoun, demonstrative,
    particle, preposition, negation: "هذا لم يحدث.", "أعتقد خلاف ذلك."), no adverbial
    tanween on its first word ("تماماً."), and is not an initial or abbreviation
    ("العميد ي.", "د.", "م."). The sentence before it must be a full one (at least
    ``min-preceding-words`` words, closed by one full stop).

    One word alone is no sentence and is flagged, unless it is a verb that holds its own
    subject ("سنرى.", "انتصرنا.", "لننتظر."), a word that answers or closes ("نعم.",
    "إلخ.", "آمين.") or a stance adverb or verdict commenting on the sentence before
    ("للأسف.", "حتما.", "صحيح.", "كالعادة.", "مسبقا.", "رائع.", "مؤسف."; closed lists,
    and adverbs made from a nisba: "رسميا.", "حصريا."); a particle or a preposition with
    a pronoun ("فيها.", "لها.") is flagged after any sentence of three words or more. A
    word opening with و / ف is read as a conjunction only when word frequencies say so
    (فلسطينية and وزير are words of their own); a conjunction with one word is flagged
    when it repeats the form of the word that ends the sentence before, a list item cut
    off by sentence-wise translation ("الإقليمية. والدولية.", "وأفرادها. وحمايتها."; not
    the sign-off "والسلام."). A prepositional phrase alone is a comment ("في النهاية.",
    "على الإطلاق.", "مع التحية.", "إلى اللقاء.") unless it repeats a word of the
    sentence before or is a time phrase cut off from it ("منذ أيام."). Two or three
    words pass when they have the shape of a sentence: a noun with adjectives that agree
    with it in gender and definiteness ("زيارة تاريخية.", "أيام صعبة.", "خسائر فادحة.",
    "الله أكبر."; an adjective is a word written in both genders, so nouns of its shape
    such as مدينة or رئيس are none; a few three-letter ones are listed: صعب، حذر), a
    definite subject with its predicate ("الحرب مستمرة.", "الحرب خدعة.", "العبرة
    بالنتائج.", "الصبر مفتاح الفرج."), a verb with an agreeing subject ("حدث انفجار.",
    "سقطت قذيفة.", "عاشت المقاومة.", "رحمه الله.", "طاب يومكم."), an indefinite subject
    with its verb when the subject is no plural or -ة noun ("حلم تحقق."; but "أيام مضت."
    for "مضت أيام"), an indefinite construct comment, with or without an adjective
    ("جريمة حرب.", "ردة فعل طبيعية."), a manner phrase ("بصورة مؤقتة."), a count ("مليون
    دولار."), a superlative ("أسوأ كابوس."), an adjective with an intensifier ("صعب
    للغاية."), two nouns joined by و ("دموع وابتسامات."), a chain of nouns ("معركة كسر
    عظم."), an idiom that repeats its noun ("يدا بيد."), an adverbial phrase with its
    adjective ("للمرة الثالثة."), a name with a family name ("محمد العلي.") or a
    dedication headed by a definite noun or a word of thanks or wishes or by a common
    noun ("المجد للشهداء.", "شكرا للجميع.", "ليلة للتاريخ."; not "تقدم للوطن.").
    Otherwise they are flagged: a word repeated from the sentence before, an indefinite
    noun before a verb ("أيام مضت." for "مضت أيام"), or words with no sentence shape
    ("اتفاق فضائية.", "بحملة معركة."). Whatever their shape, two or three words are
    flagged when every one of them echoes the sentence before ("... مرحلة صعبة. مرحلة
    صعبة."), when they end in a word that needs a complement ("منفصلتين خلال.", "سوريا
    إننا."), repeat a word ("قناة قناة."), put a quantifier before an indefinite word
    ("جميع فضائية."), or are a noun with a preposition and a third-person pronoun
    ("استهداف إليهم.") or one word with "أيضا". A closing quote mark after a fragment
    that follows a closed quotation closes nothing, and that is debris too ("“... حدث
    غير مسبوق”. حدث.”"). Otherwise short sentences inside a quotation are left alone
    (speech has short emphatic sentences).

    **Why is this bad?**
    Sentence-by-sentence machine translation and careless scraping leave the tail of
    a sentence ("days ago", "each country") as a sentence of its own. It carries no
    information, reads as noise, and misleads sentence splitters and language models
    trained on the text.

    Whole-paragraph short lines (headlines, datelines, list items, bylines), questions
    and exclamations ("لماذا؟"), pauses ("..") and Latin text are never flagged.

    **Example**
    حيث كان الاتصال يتم فقط من خلال أجهزة المخابرات لكل منهما. بلد.

    **Use instead**
    حيث كان الاتصال يتم فقط من خلال أجهزة المخابرات لكل منهما.

    **Fix safety**
    Unsafe: the fragment (with the space before it and any stray closing quote after
    it) is deleted, which removes words; review it, the words may belong to the
    sentence before. Opinion and sports writing close paragraphs
    with short comments of shapes this rule may not know; if it is noisy on such a
    source, ignore it there (``per-file-ignores``).

    **Options**
    ``min-preceding-words``: how many words the sentence before the fragment must have.
    """

    code = "FRG001"
    name = "stray-fragment"
    family = "fragments"
    fix = "unsafe"
    triggers = "."
    options = {
        "min-preceding-words": Option(
            6, "minimum number of words of the complete sentence before the fragment"
        ),
    }

    def check(self, doc):
        text = doc.text
        sentences = doc.sentences
        min_prev = self.opts["min-preceding-words"]
        for i in range(1, len(sentences)):
            s = sentences[i]
            para = _paragraph_of(doc, s.start)
            if para is None or (i + 1 < len(sentences) and sentences[i + 1].start < para.end):
                continue  # not the last sentence of its paragraph
            if text[s.end : para.end].strip():
                continue
            prev = sentences[i - 1]
            if prev.start < para.start:
                continue  # the fragment is the whole paragraph (headline, list item, byline)
            split = _fragment_core(s.text)
            if split is None:
                continue
            words_part, closing = split
            words = words_part.split()
            if not 1 <= len(words) <= 3 or len(words) != len(_words(words_part)):
                continue
            reason = self._reason(words, closing, prev.text, text[para.start : s.start], min_prev)
            if reason is None:
                continue
            start = s.start
            while start > para.start and text[start - 1] in _HSPACE:
                start -= 1
            end = s.end
            yield self.finding(
                s.start,
                s.end,
                f"stray fragment '{s.text}' after a complete sentence ({reason}): "
                "likely a leftover of scraping or translation",
                [Edit(start, end, "")],
                fix_message=f"delete '{text[start:end].strip()}'",
            )

    def _reason(self, words, closing, prev_text, before_text, min_prev):
        # The sentence before: complete, long enough, closed by one full stop (not a
        # pause, not an initial).
        prev_core = prev_text.rstrip(_CLOSE_Q + _STRAIGHT_Q + ")]")
        if not prev_core.endswith(".") or prev_core.endswith(".."):
            return None
        prev_words = _words(prev_text)
        bares = [strip_marks(w) for w in words]
        # A particle alone is no sentence whatever precedes it; a content word needs a
        # full sentence before it to be told from a short line of its own.
        alone_particle = len(bares) == 1 and _is_function(bares[0])
        if len(prev_words) < (min(3, min_prev) if alone_particle else min_prev):
            return None
        tail = prev_core[:-1].rstrip(_CLOSE_Q + _STRAIGHT_Q + ")]")
        if not tail or not (tail[-1].isdigit() or tail.endswith(prev_words[-1])):
            return None  # Latin, a symbol or a dotted abbreviation ends the sentence
        if not tail[-1].isdigit() and len(strip_marks(prev_words[-1])) < 2:
            return None  # an initial: "العميد ي."
        if any(len(b) < 2 for b in bares):
            return None  # initials: "ي.", "م."
        if closing[1:] and prev_text.rstrip().endswith(("”.", '".', "».")):
            # The quotation closed right before the full stop of the sentence before, and
            # the fragment opens none: its closing mark closes nothing ("“... غير
            # مسبوق”. حدث.”"), whatever the parity of the marks in a messy paragraph.
            return "the quote mark after it closes nothing"
        first = bares[0]
        if _conjunction_led(first):
            if len(bares) == 1 and _coordinated(first[1:], strip_marks(prev_words[-1])):
                if closing[1:] or self._inside_quotation(before_text):
                    return None
                return "it continues the list that ends the sentence before"
            return None  # a conjunction opens a real sentence: "وهذا صحيح.", "فنفت ذلك."
        if len(bares) == 1 and _is_function(first):
            if _key(first) in _ALONE:
                return None  # "إلخ.", "نعم.", "آمين.", "ربما."
            if closing[1:] or self._inside_quotation(before_text):
                return None
            return "a particle or pronoun alone is no sentence"
        if len(bares) > 1 and _key(first) in _PREPOSITIONS:
            # An adverbial phrase may comment on the sentence before ("في النهاية.",
            # "على الإطلاق.", "مع التحية.", "إلى اللقاء."); one that repeats a word of
            # that sentence is its tail cut off and repeated ("... في المدينة. في
            # المدينة.").
            if self._inside_quotation(before_text) or closing[1:]:
                return None
            prev_stems = {_stem(w) for w in prev_words}
            if any(len(_stem(b)) >= 3 and _stem(b) in prev_stems for b in bares[1:]):
                return "a prepositional phrase repeated from the sentence before"
            if (
                _key(first) in ("منذ", "خلال")
                and not bares[1].startswith("ال")
                and not any(_is_function(b) for b in bares[1:])  # "منذ ذلك الحين."
            ):
                return "a time phrase cut off from its sentence"  # "منذ أيام."
            return None
        keys = [_key(b) for b in bares]
        if (
            len(keys) == 2
            and keys[0] in _QUANTIFIERS
            and not keys[1].startswith(_DEFINITE_PREFIXES)
            and not _is_function(keys[1])
            and not closing[1:]
        ):
            return f"'{words[0]}' needs a definite noun after it"
        if len(keys) > 1 and not closing[1:] and not self._inside_quotation(before_text):
            if keys[-1] in SentenceSplit._NEEDS_COMPLEMENT or _particle_with_pronoun(bares[-1]):
                return f"it ends with '{words[-1]}', which needs a complement"
            if any(a == b and not _is_function(a) for a, b in zip(keys, keys[1:], strict=False)):
                return "a word repeated"  # (not "لا لا.", "نعم نعم.")
            if len(keys) == 2 and _subordinator(bares[0]) and not _is_function(keys[1]):
                return f"'{words[0]}' opens a clause that it does not finish"
            if len(keys) == 2 and keys[0] in _TRAILING_ADVERBS and not _is_function(keys[1]):
                return f"'{words[0]}' with one word is no sentence"
            if (
                len(keys) == 2
                and _prep_with_pronoun(keys[1])
                and not _is_function(keys[0])
                and not _past_or_present_verb(keys[0])
                and not keys[0].endswith(("نا", "تم"))
            ):
                return f"a noun with '{words[1]}' is no sentence"
            if (
                len(keys) == 2
                and keys[1] in _TRAILING_ADVERBS
                and not _is_function(keys[0])
                and not _evaluative(bares[0])  # "جميل جدا.", "صعب للغاية."
                and not any(ch in _TANWEEN for ch in words[0])
                and not _one_word_verb(bares[0])
                and not _past_or_present_verb(keys[0])
                and not keys[0].endswith(("نا", "تم"))  # فزنا أيضا، عدتم أيضا
            ):
                return f"one word with '{words[1]}' is no sentence"
        if any(_is_function(b) for b in bares):
            return None
        if any(ch in _TANWEEN for ch in words[0]):
            return None  # adverbial accusative: "شكراً.", "تماماً."
        # Signs of debris. A single word is no sentence at all. Two or three words may
        # be a real sentence: a verb with a definite subject ("عاشت الأمة.", "الله
        # أكبر.") or a nominal sentence whose subject is left out ("زيارة تاريخية.",
        # "هدف رائع."), so there the debris must show itself.
        if closing[1:]:
            if self._unpartnered_close(before_text, closing[1:]):
                return "the quote mark after it closes nothing"
            return None  # the end of a real quotation: speech has short emphatic sentences
        if self._inside_quotation(before_text):
            return None
        prev_stems = {_stem(w) for w in prev_words}
        repeats = any(len(_stem(b)) >= 3 and _stem(b) in prev_stems for b in bares)
        if len(words) == 1:
            if repeats:
                return "it repeats a word of the sentence before"
            if _one_word_verb(first):
                return None  # a verb is a sentence: "سنرى.", "ننتظر.", "انتصرنا."
            if _stance_adverb(first):
                return None  # "للأسف.", "حتما.", "صحيح.": a comment on the sentence before
            if hamza_key(first) in _VERDICTS:
                return None  # "رائع.", "مؤسف.": a verdict on the sentence before
            return "a single word is no sentence"
        # Every word an echo of the sentence before ("... حدث غير مسبوق. غير مسبوق."):
        # a comment on a sentence adds a word of its own ("... الزيارة. زيارة تاريخية.").
        if all(len(_stem(b)) >= 3 and _stem(b) in prev_stems for b in bares):
            return "all its words repeat the sentence before"
        if _sentence_shape(bares):
            return None
        if repeats:
            return "it repeats a word of the sentence before"
        if self._indefinite_subject(bares):
            return "an indefinite noun cannot open a sentence"
        # Neither noun + adjective nor verb + subject ("حدث انفجار."): no sentence.
        return "its words do not form a sentence"

    @staticmethod
    def _inside_quotation(before: str) -> bool:
        """True when a quotation opened earlier in the paragraph is still open."""
        opens = before.count("“") + before.count("„")
        if opens > before.count("”") or before.count("«") > before.count("»"):
            return True
        return before.count(_STRAIGHT_Q) % 2 == 1

    @staticmethod
    def _unpartnered_close(before: str, marks: str) -> bool:
        """True when the closing quote after the fragment has no opening partner."""
        for q in marks:
            if q in _CLOSE_Q:
                opener = _OPEN_Q[_CLOSE_Q.index(q)]
                opens = before.count(opener) + (before.count("„") if opener == "“" else 0)
                if before.count(q) >= opens:
                    return True
            elif q == _STRAIGHT_Q and before.count(q) % 2 == 0:
                return True
        return False

    @staticmethod
    def _verb_like(bare: str) -> bool:
        """Could the word be a verb opening a verbal sentence ("حدث انفجار.", "سقطت
        قذيفة.", "يستمر القصف.")? Generous on purpose: past فعل / فعلت / افتعل,
        imperfect with a prefix."""
        k = hamza_key(bare)
        if len(k) <= 3:
            return True
        if k.endswith("ة") or k.startswith("ال"):
            return False
        if k.endswith(("ت", "وا")) and len(k) <= 6:
            return True
        if k[0] in "يتنا" and len(k) <= 6:
            return True
        return False

    @staticmethod
    def _indefinite_subject(bares) -> bool:
        """An indefinite plural or feminine noun followed by a word that is no adjective,
        a verb ("أيام مضت." for "مضت أيام"): an indefinite noun cannot open a sentence."""
        first = hamza_key(bares[0])
        if len(first) < 3 or first.startswith(_DEFINITE_PREFIXES):
            return False
        # Broken plural أفعال / feminine -ة / sound plural -ات: nominal shapes, never verbs.
        nominal = (
            first.endswith(("ة", "ات"))
            or (len(first) == 4 and first[0] == "ا" and first[2] == "ا")  # أيام، أعمال
            or (len(first) == 5 and first[0] == "ا" and first[3] == "ا")  # أشهار
        )
        return nominal and all(not hamza_key(b).startswith("ال") for b in bares[1:])


_RELATIVES = {hamza_key(w) for w in "التي الذي الذين اللذين اللتين اللواتي اللاتي".split()}


def _relative_after(k1: str, k2: str) -> str | None:
    """A relative pronoun opening a sentence right after a definite noun ("الحرب. التي
    ..."): a relative clause describes the noun before it; a sentence cannot open with
    one. Definite, because only a definite noun takes الذي / التي."""
    if not k1.startswith(("ال", "وال", "بال", "لل")) or _is_function(k1):
        return None
    fem_noun = _feminine(k1) or k1.endswith("ى")
    if k2 in ("التي", "اللتين") and not fem_noun and not k1.endswith("ين"):
        return None  # "... الاجتماع. التي": no agreement, perhaps a headless relative
    if k2 in ("الذي", "اللذين") and k1.endswith("ة"):
        return None
    return "the relative pronoun '{w2}' describes '{w1}' before the full stop"


@functools.lru_cache(maxsize=65536)
def _nisba(bare: str, attested: bool = False) -> bool:
    """A relational adjective in -ي / -ية / -يون / -يات (إسرائيلية، عسكري، القطريون),
    told from abstract nouns in -ية (مسؤولية، عملية، رواية) by word frequencies: the
    masculine adjective is about as common as the feminine, while the abstract noun is
    far more common than any -ي form. ``attested``: the text uses the word elsewhere
    right after a definite noun, as an adjective, which is evidence enough for a known
    masculine form."""
    x = bare[2:] if bare.startswith("ال") else bare
    # Verbs (يأتي، تنتمي) and nouns after a preposition (بداية) have no common
    # feminine / masculine partner and fail the frequency tests below.
    if len(x) < 4:
        return False
    if x.endswith("يين"):
        # Genitive / accusative plural: after its noun. The nominative -يون names the
        # people and opens sentences ("الفلسطينيون يعانون ...").
        return zipf(x[:-2]) >= 3.5
    if x.endswith("يات"):
        return zipf(x[:-2] + "ة") >= 3.5 and zipf(x[:-3]) >= 3.0
    if x.endswith("ية"):
        if len(x) == 4 and zipf("ال" + x[:-1]) < 3.0:
            return False  # a three-letter masculine that is a verb: بقية / بقي
        whole, masc = zipf(x), zipf(x[:-1])
        return whole > 0 and masc >= 3.0 and (whole - masc <= 0.55 or attested)
    if x.endswith("ي"):
        return zipf(x) >= 3.0 and zipf(x + "ة") >= 3.0
    return False


# Definite adjectives that follow their noun and never open a sentence of their own.
# Ordinals do open one after an enumeration ("... بطريقتين. الأول يتطلب ..."), and so
# does "الأخير" (the latter).
_ORDINALS = {hamza_key("الأخرى")}
_DEFINITE_PREFIXES = ("ال", "لل", "بال", "وال", "فال", "كال")


def _adjective_after(
    k1: str, b2: str, after: str, attested: bool, b1: str | None = None
) -> str | None:
    """An adjective after the full stop agreeing with the noun before it: definite after
    definite ("الاحتلال. الإسرائيلي", "للقاعدة. الأميركية", "المرة. الأولى"),
    indefinite feminine after an indefinite feminine noun ("قناة. فضائية"). A sentence
    cannot open with an adjective."""
    if after in "،,:؛":
        return None  # an enumeration ("الثاني، ...") or a label
    k2 = hamza_key(b2)
    why = "the adjective '{w2}' describes '{w1}' before the full stop"
    fem_noun = k1.endswith(("ة", "ات"))
    if k2 in _ORDINALS and k1.startswith(_DEFINITE_PREFIXES) and not _is_function(k1):
        # الأخرى: after a feminine noun or a non-human plural
        return why if fem_noun or _feminine(k1) else None
    if not _nisba(b2, attested):
        return None
    fem_adj = k2.endswith(("ية", "يات"))
    if k1.startswith(_DEFINITE_PREFIXES) and k2.startswith("ال"):
        # Agreement both ways: a feminine adjective after a feminine noun or a non-human
        # plural ("القوات. الإسرائيلية"), a masculine one after a masculine noun. (An
        # abstract noun in -ية after a masculine noun opens a sentence: "... الاحتلال.
        # الصهيونية حركة ...".)
        base = k1[3:] if k1.startswith(("بال", "وال", "فال", "كال")) else k1[2:]
        if fem_adj:
            return why if fem_noun or _feminine(base) or k1.endswith(("ى", "ين")) else None
        return why if not fem_noun else None
    if k2.startswith("ال") and k1[-1] not in "،," and _construct_head(b1 or k1):
        # After an indefinite noun the definite adjective-shaped word is its genitive
        # ("وزير. المالية", "مساعي. السلام الإقليمية"), or it agrees with a noun made
        # definite by a pronoun ("دولته. الفلسطينية").
        return "'{w2}' completes '{w1}' before the full stop"
    if not k1.startswith(_DEFINITE_PREFIXES) and not k2.startswith("ال") and k2.endswith("ية"):
        if fem_noun and not _pp_prefixed(k1) and len(k1) >= 4:
            return why
    return None


_TIME_ADVERBS = {
    hamza_key(w) for w in "أمس غدا مساء صباح ليلا نهارا مؤخرا حاليا سابقا لاحقا".split()
}


def _construct_head(b1: str) -> bool:
    """Could the indefinite word ``b1`` before a full stop be the head of a construct
    phrase whose genitive follows ("وزير. المالية")? Not an adjective (a word used in
    both genders: "طويلة"; a nisba: "مبدئي", "تفقدية"), a plural, an adverb of time or
    an accusative in -ا: a sentence ends with those, and the next may open with a noun
    of nisba shape ("... ستكون طويلة. الإسرائيلي لا يملك حلا", "... بعشرة لاعبين.
    الإسباني سيرجيو راموس ...")."""
    k1 = hamza_key(b1)
    if k1 in _TIME_ADVERBS or (k1.endswith("ا") and not k1.endswith("ايا")):
        return False
    if b1.endswith(("ي", "ية")):
        return False  # a relational adjective: "مبدئي", "تفقدية"
    if b1.endswith(("ين", "ون", "ات")):
        return False  # a plural ends sentences ("بعشرة لاعبين."); heads here are singular
    partner = b1[:-1] if b1.endswith("ة") else b1 + "ة"
    zp = zipf(partner)
    return not (zp >= 3.0 and abs(zipf(b1) - zp) <= 1.0)


# A sentence starts at a line start or after . ! ? ؟ … (and closing marks) and a space.
_SENTENCE_START_RE = re.compile(
    f'(?:^|[.!?؟…][”»"\')\\]]*[ \\t]+)[ \\t"“«(-]*([{LETTERS}][{LETTERS}{MARKS}{TATWEEL}]*)',
    re.MULTILINE,
)
_NOUN_MARKERS = {
    hamza_key(w)
    for w in "في من إلى الى على عن مع بين حول عبر ضد لدى نحو أمام خلف وراء تجاه إزاء".split()
}


def _noun_uses(doc) -> Counter:
    """How often the text uses a word as a noun: right after a preposition ("في
    السعودية") or at the start of a sentence. An adjective-shaped word used so is a name
    or a noun, and may open a sentence (cached). The candidate sentence start itself
    counts once."""

    def compute(d):
        out = Counter(m.group(1) for m in _SENTENCE_START_RE.finditer(d.text))
        for w1, w2 in _adjacent_pairs(d):
            if _key(w1) in _NOUN_MARKERS:
                out[w2] += 2  # counts as used even after discounting the candidate
        return out

    return doc.memo("fragments.noun_uses", compute)


def _sentence_final_words(doc) -> Counter:
    """How often each word is written right before . ؟ ! : or ، (cached, one pass)."""

    def compute(d):
        return Counter(m.group(1) for m in _FINAL_WORD_RE.finditer(d.text))

    return doc.memo("fragments.final_words", compute)


_FINAL_WORD_RE = re.compile(f"([{LETTERS}][{LETTERS}{MARKS}]*)[.؟!:،]")


def _definite_after_indefinite(doc, w1: str, k1: str, k2: str, after: str) -> str | None:
    """Opt-in: an indefinite word before the full stop and a definite noun after it, the
    shape of a construct phrase or a verb and its subject cut in two ("وزارة. الدفاع",
    "أغلقت. السلطات"). Real sentences end in indefinite words too (names, adverbs), so
    the word before must never end a sentence or clause elsewhere in the text, and must
    carry no pronoun suffix or accusative ending."""
    if k1.startswith(_DEFINITE_PREFIXES) or _is_function(k1) or after in "،,:؛":
        return None
    if k1.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ا")) or not k2.startswith("ال"):
        return None
    if _sentence_final_words(doc)[w1] > 1:
        return None  # the word ends a sentence elsewhere: a name, an adverb
    return "'{w1}' cannot end a sentence before the definite noun '{w2}'"


def _after_definite(doc) -> set[str]:
    """Words the text writes right after a definite word: adjectives in use (cached)."""

    def compute(d):
        return {
            w2 for w1, w2 in _adjacent_pairs(d) if strip_marks(w1).startswith(_DEFINITE_PREFIXES)
        }

    return doc.memo("fragments.after_definite", compute)


class SentenceSplit(Rule):
    """A full stop that cuts one sentence in two ("مع المغرب. أهمية أكبر، لأن").

    **What it does**
    Flags a full stop inside a paragraph when the text around it cannot be a sentence
    boundary:

    - the word before the full stop is a preposition or particle that needs a
      complement ("في.", "إلى.", "أن.", "بأنه.", "التي.", "بشأن.", "جميع."), or a
      verb of saying that needs its clause ("وأضاف. المتحدث أن ..."; not "كما قال.");
    - the word after it is an adjective agreeing with the noun before it: a definite
      relational adjective after a definite noun ("الاحتلال. الإسرائيلي",
      "الطائرات. الإسرائيلية"), an indefinite feminine one after an indefinite feminine
      noun ("شبكة. عربية"). Abstract nouns in -ية ("المسؤولية", "العملية",
      "الرواية") open sentences; word frequencies tell them apart (the masculine
      adjective in -ي is about as common as the feminine one, the abstract noun is far
      more common than any -ي form). After an indefinite noun, a definite word of that
      shape is its genitive ("وزير. المالية"), but not after an adjective or an adverb
      (a sentence ends in those, and the next may open with "الإسرائيلي" or
      "السعودية" as a noun). A word the text uses as a noun elsewhere (after a
      preposition or opening a sentence: "أمام الأهلي") may open a sentence and is left
      alone. An ordinal or label before a comma is left alone;
    - the word after it is a relative pronoun agreeing with the definite noun before it
      ("الهدنة. التي استمرت ...");
    - the words after it are an indefinite feminine noun with a comparative closed by a
      comma ("أهمية أكبر،"): a comparison cut from what it compares is the object of
      the clause before. (With a positive adjective the phrase may be a comment of its
      own, "خطوة جريئة، لكنها متأخرة.", and is left alone);
    - the two words around the full stop are written side by side, without it,
      elsewhere in the same document ("القوات. الإسرائيلية" beside "القوات
      الإسرائيلية");
    - the paragraph opens with one or two words led by a conjunction or a verb, cut off
      from the rest ("وقالت. وسائل إعلام ...", "أعلنت. محكمة العدل ..."; not a verb with
      its definite subject: "فاز الهلال. النصر خسر ...").

    **Why is this bad?**
    Sentence-wise translation and scrapers that split at line breaks insert a full stop
    in the middle of a clause. The two halves are ungrammatical, sentence splitters
    cut there, and the meaning is lost.

    A sentence that ends with a demonstrative ("فنفت ذلك.") or with "بعد" (yet),
    definite nouns and names at the start of a sentence, adverbials ("بدوره،", "مرة
    أخرى،"), labels and datelines ("عاجل. ..."), abbreviations and initials are not
    flagged. The rule is conservative: most splits need a parser to be seen (on
    full stops inserted at random word boundaries it finds between a quarter and a
    third; see the option below).

    **Example**
    إلا أن إسرائيل ترى علاقاتها المتجددة مع المغرب. أهمية أكبر، لأن لها مصلحة في ذلك.

    **Use instead**
    إلا أن إسرائيل ترى علاقاتها المتجددة مع المغرب أهمية أكبر، لأن لها مصلحة في ذلك.

    **Fix safety**
    Unsafe: removing the full stop joins two sentences; review it, the clause may need
    other words.

    **Options**
    ``definite-after-indefinite`` (default false): also flag a full stop between an
    indefinite word and a definite noun ("وزارة. الدفاع", "أغلقت. السلطات") when the
    word before never ends a sentence elsewhere in the text. It finds about a third
    more of the splits, but real text also has such boundaries ("... صورة مقلقة.
    الوحدة ..."): about 1 in 300 real sentence boundaries is flagged. Turn it on for
    text known to be translated sentence by sentence.
    """

    code = "FRG002"
    name = "sentence-split"
    family = "fragments"
    fix = "unsafe"
    triggers = "."
    options = {
        "definite-after-indefinite": Option(
            False,
            "also flag a full stop between an indefinite word that never ends a sentence "
            "elsewhere in the text and a definite noun ('وزارة. الدفاع'); finds more "
            "splits but also about 1 in 300 real sentence boundaries",
        ),
    }

    _NEEDS_COMPLEMENT = {
        hamza_key(w)
        for w in """في من إلى الى على عن مع أن إن التي الذي الذين اللذين اللتين بين لدى حول
        عبر ضد منذ خلال نحو أو ثم بل لكن لم لن قد كل بعض أي وفي ومن وإلى وعلى وعن ومع
        وأن وإن والتي والذي وبين بشأن بسبب جراء إثر ضمن تجاه إزاء وفق حسب بحسب لأن
        كي لكي حين حينما عندما بينما إذا لو لدى أمام جميع معظم أغلب""".split()
    }
    _AFTER_RE = re.compile(
        f"\\. ([{LETTERS}][{LETTERS}{MARKS}]*) ([{LETTERS}][{LETTERS}{MARKS}]*)،",
    )
    _BEFORE_RE = re.compile(
        f'(?:^|(?<=[\\s"“«(]))([{LETTERS}][{LETTERS}{MARKS}]*)\\. (?=["“«]?[{LETTERS}])',
        re.MULTILINE,
    )

    def check(self, doc):
        text = doc.text
        seen = set()
        for m in self._BEFORE_RE.finditer(text):
            word = m.group(1)
            dot = m.end(1)
            k = _key(word)
            if k not in self._NEEDS_COMPLEMENT and not _particle_with_pronoun(strip_marks(word)):
                if not self._reporting_verb_cut(text, m.start(1), k):
                    continue
            if not self._long_enough(text, dot):
                continue
            seen.add(dot)
            yield self._report(text, dot, f"'{word}' needs a complement")
        for para in doc.paragraphs:
            dot = self._short_opening(para)
            if dot is not None and dot not in seen:
                seen.add(dot)
                yield self._report(
                    text,
                    dot,
                    f"the paragraph opens with '{text[para.start : dot]}', one or two words "
                    "that cannot stand as a sentence",
                )
        for m in self._PAIR_RE.finditer(text):
            dot = m.end(1)
            if dot in seen:
                continue
            w1, w2 = m.group(1), m.group(2)
            k1, k2 = _key(w1), _key(w2)
            if len(k1) < 3 or len(k2) < 3 or k2[0] in "وف":
                continue
            # Words before the full stop the clause needs: a pair written elsewhere
            # without the stop is strong evidence (two words suffice), agreement takes
            # three, the opt-in signal a full clause.
            need = 2
            if k2 in _RELATIVES:
                why = _relative_after(k1, k2)
            elif _is_function(k1) or _is_function(k2):
                continue
            elif (
                k1 != k2  # (a word repeated across the stop is repetition, not a cut)
                and not k2.startswith(("بال", "لل"))
                and _side_by_side(text, w1, w2)
            ):
                # (a sentence may open with a prepositional phrase: "بالتزامن مع ...")
                why = f"'{w1} {w2}' is written without the full stop elsewhere in the text"
            else:
                after = text[m.end(2) : m.end(2) + 1]
                b2 = strip_marks(w2)
                # Whether the text writes the word after a definite word matters only for
                # an -ية word the frequencies alone do not call a nisba (computed then).
                attested = b2.endswith("ية") and not _nisba(b2) and w2 in _after_definite(doc)
                why = _adjective_after(k1, b2, after, attested, strip_marks(w1))
                need = 3  # (not after a two-word label: "عاجل الاحتلال. الإسرائيلي ...")
                if why is None and self.opts["definite-after-indefinite"]:
                    why = _definite_after_indefinite(doc, w1, k1, k2, after)
                    need = 4
                if why is not None and _noun_uses(doc)[w2] > 1:
                    continue  # used as a noun elsewhere in the text
            if why is None or not self._long_enough(text, dot, need):
                continue
            seen.add(dot)
            yield self._report(text, dot, why.format(w1=w1, w2=w2))
        for m in self._AFTER_RE.finditer(text):
            dot = m.start()
            if dot in seen or dot == 0 or not re.match(f"[{LETTERS}{MARKS}]", text[dot - 1]):
                continue
            w1, w2 = m.group(1), m.group(2)
            if not self._indefinite_np(w1, w2):
                continue
            prev_word = _words(text[max(0, dot - 40) : dot])
            if not prev_word or len(strip_marks(prev_word[-1])) < 3:
                continue  # initials / abbreviations
            if not self._long_enough(text, dot):
                continue
            yield self._report(
                text,
                dot,
                f"'{w1} {w2}' is an indefinite noun with a comparative, the object of the "
                "clause before",
            )

    _PAIR_RE = re.compile(
        f"(?<![{LETTERS}{MARKS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. "
        f"([{LETTERS}][{LETTERS}{MARKS}]*)(?![{LETTERS}{MARKS}])"
    )
    _OPENING_RE = re.compile(
        f'["“«]?([{LETTERS}][{LETTERS}{MARKS}]*)(?: ([{LETTERS}][{LETTERS}{MARKS}]*))?'
        f'\\. (?=["“«]?([{LETTERS}][{LETTERS}{MARKS}]*))'
    )

    # Verbs of saying take a clause or an object: "وأضاف." cannot end a sentence.
    _REPORTING = {
        hamza_key(w + t)
        for w in "قال أكد أضاف أوضح أشار ذكر أفاد أعلن صرح كشف أعرب شدد لفت نقل اعتبر طالب".split()
        for t in ("", "ت")
    }
    _AS_RE = re.compile(f"(?:^|[^{LETTERS}])(?:ك|مثل|حسب|وفق|بحسب)?ما\\s*$")

    def _reporting_verb_cut(self, text, start, k) -> bool:
        """A verb of saying right before the full stop ("وأضاف. وزير ..."), unless it
        closes "كما قال." (as he said)."""
        if k[:1] in "وف" and len(k) > 3:
            k = k[1:]
        if k not in self._REPORTING:
            return False
        return not self._AS_RE.search(text[max(0, start - 12) : start])

    def _short_opening(self, para):
        """A paragraph that opens with a one- or two-word sentence led by a conjunction
        ("وقالت. وسائل إعلام ...", "وجدد دعوته. للمجتمع ..."): the offset of its full stop."""
        m = self._OPENING_RE.match(para.text)
        if not m:
            return None
        rest = para.text[m.end() :]
        if len(_words(rest)) < 3:
            return None
        words = [w for w in m.groups()[:2] if w]
        nxt = _key(m.group(3))
        if any(_is_function(w) for w in words) or _is_function(nxt):
            return None
        first = _key(words[0])
        conj = len(first) > 3 and first[0] in "وف"
        if len(nxt) < 3:
            return None
        if nxt[0] in "وف" and len(nxt) > 3 and not (conj and len(words) == 1):
            return None  # a new clause: "وانتهى الاجتماع. وغادر الوفد ..."
        if not conj and not StrayFragment._verb_like(first):
            return None  # a label or dateline: "عاجل. ...", "تغطية صحفية. ..."
        if len(words) == 2:
            verb = first[1:] if conj else first
            second = _key(words[1])
            if second.startswith("ال") and _subject(second, verb):
                return None  # a verb and its subject: "فاز الهلال.", "هدأ القصف."
        if any(len(strip_marks(w)) < 2 for w in words):
            return None  # initials: "د. ناصر"
        return para.start + m.end() - 2

    @staticmethod
    def _long_enough(text, dot, need=4) -> bool:
        """The clause before the full stop has at least ``need`` words in its paragraph."""
        # Four words fit in a bounded look-back: the scan stays linear on one long line.
        line_start = max(text.rfind("\n", max(0, dot - 400), dot) + 1, dot - 400, 0)
        seg = text[line_start:dot]
        cut = max(seg.rfind(". "), seg.rfind("؟ "), seg.rfind("! "))
        if cut >= 0:
            seg = seg[cut + 2 :]
        return len(_words(seg)) >= need

    @staticmethod
    def _indefinite_np(w1: str, w2: str) -> bool:
        b1, b2 = hamza_key(strip_marks(w1)), hamza_key(strip_marks(w2))
        if _is_function(b1) or _is_function(b2):
            return False
        if b1[0] in "وف" or b1.startswith(("ال", "لل", "بال", "كال")) or b2.startswith("ال"):
            return False
        if any(ch in _TANWEEN for ch in w1 + w2):
            return False  # adverbial: "تماماً"
        # The noun: a feminine noun in -ة (never a verb, rarely a name here).
        if not (b1.endswith("ة") and len(b1) >= 4):
            return False
        # The adjective: an elative أفعل (أكبر، أهم), a comparison that needs what it
        # compares ("أهمية أكبر،"). A positive adjective makes a comment of its own
        # ("خطوة جريئة، لكنها متأخرة.", "نهاية مؤلمة، كما وصفها ...").
        return len(b2) in (3, 4) and b2[0] == "ا" and b2[-1] not in "ايىةه" and "ا" not in b2[1:]

    def _report(self, text, dot, why):
        a = text.rfind(" ", 0, dot - 1)
        b = text.find(" ", dot + 2)
        b = len(text) if b < 0 else b
        shown = text[a + 1 : b].strip()
        return self.finding(
            dot,
            dot + 1,
            f"full stop splits a sentence in '{shown}': {why}",
            [Edit(dot, dot + 1, "")],
            fix_message="remove the full stop",
        )
