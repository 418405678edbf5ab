"""What a short Arabic sentence looks like: closed word classes and the shapes of two
or three words that make a sentence ("زيارة تاريخية.", "حدث انفجار.", "الحرب خدعة.").

Unvocalised Arabic does not tell a verb from a noun; these tests read the shapes of words
(patterns, prefixes, endings), their agreement, and word frequencies (``wordfreq``), and
lean towards "it may be a sentence" wherever the shapes are ambiguous. The fragment rules
(the ``fragments`` package) use them to tell debris from a real short sentence.
"""

from __future__ import annotations

import functools
import re

from tanqih.linter.arabic import (
    WORD_RE,
    hamza_key,
    has_tanween,
    split_clitics,
    strip_marks,
)
from tanqih.rules.word_frequencies import key_zipf, large_zipf, zipf

# The prefixes of a definite word. (Words are arabic.WORD_RE's, tanween arabic.TANWEEN.)
DEFINITE_PREFIXES = ("ال", "لل", "بال", "وال", "فال", "كال")

# The particles and the verb that negate a clause ("لا أحد.", "لم يحدث.", "ليست استثناء.").
NEGATIONS = {hamza_key(w) for w in "لا لن لم ليس ليست ليسوا".split()}
# The negations of the dialects a quotation may be in (Egyptian and Levantine مش،
# Maghrebi ماشي، Tunisian موش): they open a clause ("... ويبيع غالي. ماشي حنا اللي ...").
DIALECT_NEGATIONS = {hamza_key(w) for w in "مش موش ماشي مهوش مانيش".split()}

# Closed-class words (comparison keys: no diacritics, hamza forms unified): pronouns,
# demonstratives, relatives, particles, prepositions, negation, interrogatives, quantifiers,
# auxiliaries and sentence adverbs. A real short sentence nearly always has one of them
# ("هذا لم يحدث.", "أعتقد خلاف ذلك.", "لا أفق آخر."); a translation leftover ("بلد.",
# "أيام مضت.") has none. This is grammar, not a list of the seed's words.
FUNCTION = {
    hamza_key(w)
    for w in """
    هو هي هم هن هما أنا نحن أنت أنتم أنتن أنتما إياه إياها إياهم
    هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك هكذا كذلك
    الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي ما من ماذا
    لا لم لن ليس ليست ليسوا قد لقد سوف إن أن إنه أنه إنها أنها إنما لكن لكنه لكنها بل
    أو أم ثم حتى إذا إذ إذن إذًا لو لولا كي لكي كلا نعم بلى أجل هل أين كيف متى لماذا
    كم أي أية إلا غير سوى كل بعض جميع كلا كلتا رب ذو ذات ذوو ذوي
    عند عن على في إلى الى مع بين منذ مذ
    خلال حول ضد دون فوق تحت أمام وراء خلف بعد قبل عبر لدى لدي نحو حيث بينما عندما
    كان كانت كانوا يكون تكون صار أصبح أضحى ظل بات مازال لايزال عاد ليت لعل كأن
    أيضا أيضاً فقط جدا جداً ربما طبعا طبعاً إلخ الخ آمين انتهى شكرا شكراً
    تحياتي تحياتنا بالتوفيق الحمدلله
    """.split()
}
# Closed-class words that can stand as a sentence of their own: answers, interjections,
# closing formulas, sentence adverbs and (sloppily punctuated) questions.
ALONE = {
    hamza_key(w)
    for w in """
    نعم لا كلا بلى أجل إلخ الخ آمين انتهى شكرا أيضا فقط ربما طبعا هكذا كذلك كفى
    تحياتي تحياتنا بالتوفيق نقطة الحمدلله لماذا كيف متى أين ماذا هل كم واو
    """.split()
}
# Sentence adverbs that may close a sentence but do not make one ("لافتا أيضا.").
TRAILING_ADVERBS = {hamza_key(w) for w in "أيضا أيضاً فقط جدا للغاية".split()}
# The scales of a number ("300 مليون", "12 ألفا").
SCALE_WORDS = {hamza_key(w) for w in "ألف آلاف ألفا مليون ملايين مليار مليارات".split()}
# Number words: a count with its noun is a comment of its own ("مليون دولار.", "خمسون عاما.").
NUMBER_WORDS = SCALE_WORDS | {
    hamza_key(w)
    for w in """ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة
    عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون
    ثمانين تسعون تسعين مئة مائة مئات""".split()
}
# The months, Gregorian, Levantine, Hijri and Maghrebi (datelines read them; a month
# is no verb, however it is shaped: تموز، تشرين، نيسان).
MONTH_NAMES = (
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس "
    "سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار اذار نيسان أيار ايار حزيران "
    "تموز آب اب أيلول ايلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة "
    "الحجة january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec "
    # Maghrebi names: Algeria and Tunisia (جانفي ... ديسمبر), Morocco (يوليوز ... دجنبر)
    "جانفي جانفييه فيفري فيفرييه أفريل افريل ماي جوان جويلية جويلييه أوت اوت "
    "يوليوز غشت شتنبر نونبر دجنبر"
).split()
# (مارس is the common verb "practised" too)
_MONTHS = {hamza_key(m) for m in MONTH_NAMES if m != "مارس"}
# The days of the week, as written with and without hamza.
WEEKDAYS = "السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة".split()
# Prepositions: a phrase they open is no sentence, though it may comment on the sentence
# before ("في النهاية."); with a pronoun they need a noun before them ("استهداف إليهم.").
PREPOSITIONS = {
    hamza_key(w)
    for w in "في من إلى الى على عن مع منذ خلال عبر حول لدى نحو أمام بين ضد فوق تحت وراء خلف".split()
}
# Prepositions of place, part and source, and words of attribution ("في الجنوب.", "من
# المشاركين.", "بحسب مصادر.", "وفقا للبيان."): a phrase they open, alone, is the tail of
# the sentence before. (A phrase with على، إلى، نحو، بين ... may be a comment of its own in
# sports and opinion writing: "على المحك.", "نحو اللقب.", "بين الأمل والألم.")
TAIL_PREPOSITIONS = {
    hamza_key(w) for w in "في من عن لدى عبر بحسب حسب وفقا وفقاً وفق طبقا طبقاً".split()
}
# Prepositional idioms that comment on the sentence before and so may stand alone ("في
# النهاية.", "على الإطلاق.", "مع التحية.", "إلى اللقاء."); any other phrase a
# preposition opens is no sentence ("في الجنوب.", "من المشاركين.").
COMMENT_PHRASES = {
    " ".join(hamza_key(w) for w in phrase.split())
    for phrase in """
    في النهاية|في الختام|في المقابل|في الحقيقة|في الواقع|في كل الأحوال|في جميع الأحوال|
    في الغالب|في العموم|في المحصلة|في نهاية المطاف|في آخر المطاف|في القريب العاجل|
    في الصميم|على الإطلاق|على الأقل|على الأرجح|على الأغلب|على الفور|على أي حال|
    على كل حال|على حد سواء|على الدوام|على العموم|على الرحب والسعة|مع التحية|مع الأسف|
    مع الشكر|مع خالص التحية|مع فائق الاحترام|مع الاحترام|مع التقدير|إلى اللقاء|إلى الأبد|
    إلى الأمام|إلى حين|من جديد|من دون شك|من دون جدوى|عن جدارة|عن قريب|بين قوسين
    """.replace("\n", "").split("|")
}
# Connectives that announce a clause and say nothing alone ("وفي سياق متصل.", "من
# جهته.", "إلى ذلك."): as a sentence of their own they are a cut start.
CONNECTIVE_PHRASES = {
    " ".join(hamza_key(w) for w in phrase.split())
    for phrase in """
    في سياق متصل|وفي سياق متصل|في السياق|وفي السياق|في السياق ذاته|وفي السياق ذاته|في السياق نفسه|وفي السياق نفسه|
    في هذا السياق|وفي هذا السياق|من جهته|ومن جهته|من جهتها|ومن جهتها|من جانبه|ومن جانبه|
    من جانبها|ومن جانبها|من ناحية أخرى|ومن ناحية أخرى|من جهة أخرى|ومن جهة أخرى|إلى ذلك|
    وإلى ذلك|علاوة على ذلك|وعلاوة على ذلك|بالإضافة إلى ذلك|وبالإضافة إلى ذلك|في غضون ذلك|
    وفي غضون ذلك|في الأثناء|وفي الأثناء|في الأثناء ذاتها|وتجدر الإشارة|وتجدر الإشارة إلى|
    يذكر أن|ويذكر أن|وأضاف|وأوضح|وتابع|في هذا الإطار|وفي هذا الإطار|في هذا الصدد|وفي هذا الصدد|
    من ناحيته|ومن ناحيته|من ناحيتها|ومن ناحيتها|من جهتهم|ومن جهتهم|من جانبهم|ومن جانبهم|
    بدوره|وبدوره|بدورها|وبدورها|ولذلك|لذلك|وفي حين|في حين
    """.replace("\n", "").split("|")
}
# Those of them that are no verb: opening a sentence, they take a comma ("من جانبه، أكد
# ..."), never a full stop ("من جانبه. أكد ...").
CONNECTIVE_OPENERS = {
    p
    for p in CONNECTIVE_PHRASES
    if p.split()[0] not in {hamza_key(w) for w in "وأضاف وأوضح وتابع".split()}
}
# Prepositions and prepositional nouns whose phrase attaches to the clause before it
# ("... في المجالس المحلية. عبر لوائح جهوية مخصصة للنساء."): a sentence that is only such
# a phrase, with no comma and no verb, is that clause's tail cut off by a full stop. A
# real sentence opening with one goes on after a comma or with a verb ("خلال الأشهر
# الماضية، قامت ...", "في الماضي كنا نستخدم ...").
PHRASE_TAILS = {
    hamza_key(w)
    for w in """
    عبر خلال حتى مقابل ضمن قرب مثل مقارنة إضافة بينهم بينها برئاسة بقيادة بمشاركة بحضور
    في من على إلى الى عن لدى نحو تجاه بسبب جراء إثر عقب وسط داخل خارج بفضل بهدف بموجب
    وفقا بحسب حول ضد بدون
    """.split()
}
# What makes such an opening a clause of its own: "من الواضح أن ...", "على أن ...", "حتى
# إن ...", "في حين ...", "إضافة إلى ذلك ...", "خلال ذلك ...", "من الحكمة ...".
PHRASE_CLAUSE_SECONDS = {
    hamza_key(w)
    for w in """أن إن أنه أنها ما لا حين ذلك هذا هذه ذاك تلك هنا هناك
    الواضح الصعب المتوقع المقرر المفترض الممكن المنتظر الضروري المهم اللافت المعروف
    المؤكد المرجح المستحيل الطبيعي الغريب الجدير المستغرب المؤسف الحكمة الأفضل الأجدر
    الأولى المفيد المنطقي المعقول المحتمل المبكر السابق""".split()
}
# Phrases that attach to the clause before whatever follows them ("... الدول المجاورة.
# ولا سيما تشاد ومصر."): a sentence never opens with one.
ATTACHED_OPENINGS = (
    ("ولا", "سيما"),
    ("لا", "سيما"),
    ("بما", "في", "ذلك"),
    ("بمن", "فيهم"),
    ("بمن", "فيهن"),
)

# Quantifiers that take a definite noun or a pronoun after them ("جميع الدول", "معظمهم"):
# with an indefinite word they make no phrase ("جميع فضائية.").
QUANTIFIERS = {hamza_key(w) for w in "جميع معظم أغلب كافة".split()}
# Pronoun suffixes that attach to particles and prepositions (عليه، منها، لكنهم).
PRON_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ك", "ي")


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    return hamza_key(strip_marks(word))


@functools.lru_cache(maxsize=65536)
def is_function(word: str) -> bool:
    """A closed-class word, possibly with a conjunction / preposition or pronoun suffix."""
    k = key(word)
    if len(k) >= 2 and k[0] in "بلك" and k[1:] in PRON_SUFFIXES:
        return True  # a preposition with a pronoun: لها، به، لهم
    candidates = {k}
    if len(k) > 2 and k[0] in "وفبلك":
        candidates.add(k[1:])
    for base in list(candidates):
        for suf in PRON_SUFFIXES:
            if base.endswith(suf) and len(base) > len(suf) + 1:
                candidates.add(base[: -len(suf)])
    return any(c in FUNCTION for c in candidates)


SUBORDINATORS = {hamza_key(w) for w in "بينما عندما حينما لأن لكي كي إذا لو حين".split()}


def subordinator(bare: str) -> bool:
    """A word that opens a subordinate clause: بينما، عندما، لأن، or أنّ with a pronoun
    ("أنها", "بأنهم"; not إنها, which opens a main sentence: "إنها مأساة.")."""
    if hamza_key(bare) in SUBORDINATORS:
        return True
    for pre in ("أن", "بأن", "لأن"):
        if bare.startswith(pre) and bare[len(pre) :] in PRON_SUFFIXES:
            return True
    return False


def particle_with_pronoun(bare: str) -> bool:
    """أنّ / إنّ / لأنّ / كأنّ with a pronoun ("أنها", "بأنه", "لأنهم"): the clause it
    opens has to follow; it cannot end a sentence. With و / ف too ("فإننا", "وإنه")."""
    if bare[:1] in "وف" and bare[1:3] in ("أن", "إن", "لأ", "لك"):
        bare = bare[1:]
    for pre in ("أن", "إن", "بأن", "لأن", "كأن", "لكن"):
        if bare.startswith(pre) and bare[len(pre) :] in PRON_SUFFIXES:
            return True
    return False


# Pronoun suffixes of the third person, longest first.
THIRD_PERSON_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


def definite(word: str) -> bool:
    """Is ``word`` definite: with the article (after بـ / لـ / كـ / و / ف too) or a
    pronoun of the third person ("دونها", "عملهم", "بيته")?"""
    k = key(word)
    if k.startswith(DEFINITE_PREFIXES):
        return True
    return k.endswith(THIRD_PERSON_SUFFIXES) and len(k) > 3


def prep_with_pronoun(k: str) -> bool:
    """A preposition with a third-person pronoun ("عليها", "إليهم", "فيه", "منهما")."""
    for suf in THIRD_PERSON_SUFFIXES:
        if k.endswith(suf) and len(k) > len(suf):
            base = k[: -len(suf)]
            return base in PREPOSITIONS or base in ("ب", "ل", "عند", "بين")
    return False


def conjunction_led(bare: str) -> bool:
    """Does the word open with the conjunction و / ف ("وهذا", "فنفت")? Not when the
    whole word is a known word more frequent than what is left without its first letter
    (فلسطينية, وزير, فريق are words of their own)."""
    if len(bare) <= 3 or bare[0] not in "وف":
        return False
    whole, rest = zipf(bare), zipf(bare[1:])
    if bare[1:3] == "ال" and len(bare) >= 6 and rest >= 3.0:
        # the article after it: "والعشرون", "والإرشاد" (not "والده", nor names that open
        # with وال / فال: "فالنسيا", "والتر")
        return True
    if bare[1] == "أ" and rest >= 3.0:
        return True  # no word opens with وأ / فأ: "وأضاف", "وأضافت" (more common than أضاف)
    return not (whole >= 3 and whole > rest)


def verb_on_waw(bare: str) -> bool:
    """Does the word open a clause of its own with و / ف and a verb ("وعقد", "فنفى",
    "ويقول")? No object of a verb before it, nor an item of a list, opens that way."""
    return conjunction_led(bare) and predicate_verb(key(bare)[1:])


PRON_3 = ("هما", "هم", "هن", "ها")
# Sign-off formulas written as a conjunction and one noun ("... والسلام.").
FORMULAS = {"السلام", "سلامتكم"}


def coordinated(rest: str, last: str) -> bool:
    """Is ``و`` + ``rest`` ("والدولية", "وموظفيها", "ويقظة") one more item of a
    coordination whose previous item is ``last``, the word that ends the sentence
    before? The two words must share their form: both definite, both carrying the same
    third-person pronoun suffix (ه only on two known words: "دوافعه ومبرراته"), or both
    indefinite feminine nouns in -ة."""
    r, k = hamza_key(rest), hamza_key(last)
    if len(r) < 3 or len(k) < 3 or rest in FORMULAS or is_function(r):
        return False
    if r.startswith(("ال", "بال")) and k.startswith(("ال", "لل", "بال", "وال")):
        return True
    for suf in PRON_3:
        if r.endswith(suf) and k.endswith(suf):
            return len(r) - len(suf) >= 3 and len(k) - len(suf) >= 2
    if r.endswith("ه") and k.endswith("ه"):
        # "him / its" on both ("دوافعه ومبرراته"), told from a root's ه ("وجه",
        # "انتباه") by the words without it
        return _known_stem(r[:-1]) and _known_stem(k[:-1])
    return r.endswith("ة") and k.endswith("ة") and not k.startswith("ال")


def _known_stem(stem: str) -> bool:
    """Is ``stem``, a word without its pronoun, a known word (حكومت: حكومة)?"""
    if len(stem) < 3:
        return False
    return zipf(stem) >= 3.0 or (stem.endswith("ت") and zipf(stem[:-1] + "ة") >= 3.0)


# -- the shapes of a two- or three-word sentence ------------------------------------------
# Unvocalised Arabic does not tell a verb from a noun; these tests read the shapes of
# words (patterns, prefixes, endings) and the agreement between them, and lean towards
# "it may be a sentence" wherever the shapes are ambiguous.

OBJ_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم")


def pp_prefixed(k: str) -> bool:
    """A preposition glued to a noun ("بالأمن", "للاحتلال", "بحملة"): no subject."""
    if k.startswith(("بال", "لل", "كال")):
        return True
    if len(k) >= 4 and k[0] in "بلك":
        # (the rest by its key: "لجرايم" is "لجرائم")
        whole, rest = zipf(k), max(zipf(k[1:]), key_zipf(k[1:]))
        if k.endswith("ي") and zipf(k + "ة") > zipf(k[1:] + "ة"):
            return False  # a nisba known by its feminine: بطولي (بطولية)
        return rest >= 3 and rest > whole
    return False


def feminine(k: str) -> bool:
    """A feminine or non-human plural form: -ة, -ات, or a broken plural أفعال."""
    k = k[2:] if k.startswith("ال") else k
    if k.endswith(("ة", "ات", "ى")):
        return True
    if len(k) == 4 and k[2] in "او":
        return True  # فعال / فعول / أفعل broken plurals: أيام، رجال، شهور
    if len(k) == 5 and k[2] == "ا" and k[0] != "ا":
        # فعائل / مفاعل / فواعل broken plurals: خسائر، مصادر، قواعد; not an imperfect
        # verb (يطالب، تمارس), a masdar تفاعل (تعاون: a plural in ت is تجارب, whose
        # singular تجربة is a word), nor a participle of persons with its sound plural
        # (مراسل / مراسلون، مقاتل / مقاتلين)
        if k[0] == "ي":
            return False
        if k[0] == "ت":
            return zipf(k[:2] + k[3:] + "ة") >= 3.0
        if k[0] == "م" and max(zipf(k + "ين"), zipf(k + "ون")) >= 3.0:
            return False
        return True
    return afal_plural(k)


def afal_plural(word: str) -> bool:
    """Is ``word`` (with or without the article, written with its hamza) a broken
    plural أفعال ("أسعار", "الأفلام"; not "اتفاق")? A hamza key cannot tell it: without
    the hamza it is the masdar إفعال, a singular ("الإعلام")."""
    base = word[2:] if word.startswith("ال") else word
    return len(base) == 5 and base[0] == "أ" and base[3] == "ا"


def _future(k: str) -> bool:
    """An imperfect verb with the future's سـ: ستعلن، سيواصل."""
    return len(k) >= 5 and k[0] == "س" and k[1] in "يتنا" and past_or_present_verb(k[1:])


def predicate_verb(k: str) -> bool:
    """Could ``k`` (a key) be a verb that says something of a subject before it: a past
    or imperfect verb, or a future ("سينقل")?"""
    return past_or_present_verb(k) or _future(k)


def past_or_present_verb(k: str) -> bool:
    """Could ``k`` be a verb (with an object pronoun): فعل، فعلت، فعلوا، افتعل، استفعل،
    أفعل، يفعل / تفعل؟"""
    if k.startswith("ال") or k.endswith(("ة", "ى")):
        return False
    for suf in OBJ_SUFFIXES:
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            k = k[: -len(suf)]
            break
    else:
        if len(k) >= 6 and k.endswith("تني"):
            k = k[:-2]  # a past verb and "me": "علمتني", "أخبرتني" (not "مباني", "معاني")
    n = len(k)
    if n == 3:
        return True
    if n <= 6 and k.endswith(("ت", "وا")) and not k.endswith(("ات", "وت")):
        return True  # (not the plurals in -ات: قوات, nor names such as بيروت)
    if 4 <= n <= 6 and k.endswith("ات") and zipf(k[:-2] + "أت") >= 3.0:
        return True  # a past of a root in hamza, which the key reads -ات: بدأت، امتلأت
    if n == 5 and k[0] == "ت" and k[3] == "ي":
        return False  # the verbal noun تفعيل: تأجيل، تسجيل
    if n == 4 and k[0] in "اأ" and k[2] not in "او":
        return True  # أفعل (also an elative, which is then an adjective; not أيام)
    if n in (5, 6) and k[0] in "اأ" and k[-2] != "ا":
        return True  # انفعل، افتعل، استفعل (not the verbal nouns افتعال)
    if 4 <= n <= 6 and k[0] in "يتن" and not k.endswith(("ين", "ات", "ية")):
        return True
    return False


def agreeing_adjective(adj: str, noun: str) -> bool:
    """Is ``adj`` shaped like an adjective that agrees with ``noun`` in gender and
    definiteness ("زيارة تاريخية", "هدف رائع", "أيام صعبة", "الله أكبر" is an elative)?"""
    if pp_prefixed(adj) or is_function(adj) or _with_pronoun(adj):
        return False  # (an adjective takes no pronoun: "مسؤوليها مداه.")
    noun_def, adj_def = noun.startswith("ال"), adj.startswith("ال")
    if adj_def and not noun_def:
        return False
    a = adj[2:] if adj_def else adj
    if len(a) == 4 and a[0] in "اأ" and not set("اأ") & set(a[1:]) and a[-1] not in "ةىه":
        return takes_article(a)  # elative أفعل: one form for both genders (not the verb أعلن)
    if len(a) == 3 and a[1] == "ا":
        return True  # فاعّ: حار، سار، هام
    if len(a) == 3:
        # Three-letter adjectives are a small class; nouns of the same shape have common
        # feminines too (بلد / بلدة، دور / دورة), so frequencies cannot tell them apart.
        return a in SHORT_ADJECTIVES
    if len(a) >= 5 and a.endswith("اء") and a[0] in "اأ" and a[2] != "ت":
        return True  # أفعلاء: أقوياء، أوفياء (not the verbal nouns افتعال: ارتقاء)
    if len(a) == 5 and a.endswith("اء") and feminine(noun):
        return True  # فعلاء, feminine colours and qualities: بطاقة حمراء، ليلة ليلاء
    # A definite subject may be feminine without -ة (الحرب مستمرة، الشمس ساطعة), and so
    # may a loanword in -ا that takes the article (كاميرا ممتازة، دراما جريئة).
    fem = feminine(noun) or (noun_def and not noun.endswith("ة")) or _loanword_in_a(noun)
    if a.endswith("ى") and len(a) == 4:
        # فعلى elatives (كبرى, and أخرى، أولى; not the verbs يسعى، تبقى، أبدى)
        return fem and a[0] not in "يتن" and (a[0] not in "اأإ" or a in ("أخرى", "أولى"))
    if a.endswith("ة") and len(a) >= 4:
        # -ة adjectives (صعبة، مستمرة); not nouns in -ة (مدينة، لجنة، رقابة)
        return fem and (a.endswith("ية") or gendered(a))
    if a.endswith(("ون", "ين")) and len(a) >= 5:
        return noun.endswith(("ون", "ين"))
    if fem and noun.endswith("ة"):
        return False  # a masculine form after a feminine singular noun
    if noun.endswith("ات") and (len(noun) >= 5 or zipf(noun[:-2] + "ة") >= 3.5):
        # nor after a plural in -ات, which takes a feminine ("قوات بدوي"; not the
        # singulars ثبات، نبات)
        return False
    if a.endswith("ي") and len(a) >= 4:
        return zipf(a + "ة") >= 3  # nisba, with its feminine (not the verbs يعني، يأتي)
    if a.startswith("م") and len(a) >= 4:
        # participle مفعول / مفعل (مستمر، مرفوض، مشروع; not the nouns مؤشر، مستشفى)
        return gendered(a, 1.6)
    if len(a) == 4 and (a[2] == "ي" or a[1] == "ا"):
        return gendered(a)  # فعيل / فاعل: كبير، رائع (not the nouns رئيس، قتيل)
    if len(a) == 4 and a[2] == "ا":
        # فعال is mostly a noun (غلاف، كتاب، قرار): an adjective only with a known
        # feminine as common as it (شجاع / شجاعة، جبان)
        zp = zipf(a + "ة")
        return zp >= 3.0 and abs(zipf(a) - zp) <= 1.0
    return False


def _loanword_in_a(noun: str) -> bool:
    """A noun in -ا that is written with the article as it stands (كاميرا: الكاميرا,
    دراما, سينما), not an accusative in -ا (جنودا)."""
    return len(noun) >= 4 and noun.endswith("ا") and zipf("ال" + noun) >= 3.0


def adjective_itself(bare: str) -> bool:
    """Is the indefinite word a feminine nisba whose masculine is as common ("إخبارية",
    "اقتصادية"; not the nouns "عملية", "شخصية", "اتفاقية"), an adjective and no noun
    for another to describe? Two adjectives are no sentence ("إخبارية محفوظة."). The same
    frequency test as the -ية branch of ``fragments.phrase_words.nisba``, stricter (a
    masculine of 3.5 or more in the common list, within 0.5) because here it flags."""
    if len(bare) < 5 or not bare.endswith("ية") or bare.startswith("ال"):
        return False
    masculine = zipf(bare[:-1])
    return masculine >= 3.5 and masculine >= zipf(bare) - 0.5


# Adjectives of judgement that stand alone as a verdict on the sentence before ("رائع.",
# "مؤسف."), in the masculine of an implied "this", the nouns of judgement ("كارثة.",
# "فضيحة.") and interjections ("مبروك.", "مبارك.", "برافو."); a closed class, like the adverbs
# above (a descriptive adjective alone, "سابق.", is a cut-off word).
VERDICTS = {
    hamza_key(w)
    for w in """رائع مذهل مدهش مؤسف مخجل معيب مشين محزن مؤلم مفرح محبط مقلق مخيف مرعب صادم
    غريب عجيب مستغرب مفهوم منطقي مقبول مرفوض مهم خطير جميل ممتاز عظيم مثير مضحك مبكي
    جيد سيء سيئ مؤكد مستحيل مستبعد مستبعدة وارد واردة محتمل محتملة مرجح مرجحة
    كارثة فضيحة مهزلة مأساة مصيبة صدمة معجزة عار خسارة حرام عيب خيبة مفارقة
    مبروك مبارك برافو هاردلك واو أحسنت""".split()
}
# A sound written out: one or two letters said three times or more, laughter ("ههههه.",
# "هاهاها.") or a cry; an interjection, which stands alone.
_SOUND_RE = re.compile(r"(.{1,2})\1{2,}")


def written_sound(bare: str) -> bool:
    """Is ``bare`` a sound written out (``_SOUND_RE``): "ههههه", "هاهاها", "خخخ"?"""
    return _SOUND_RE.fullmatch(bare) is not None


# A participle with its preposition and pronoun, a verdict of its own ("متفق عليه." closing
# a hadith, "مبالغ فيه.").
PARTICIPLE_PHRASES = {
    hamza_key(w)
    for w in (
        "متفق عليه",
        "مجمع عليه",
        "مختلف فيه",
        "مختلف عليه",
        "مبالغ فيه",
        "مشكوك فيه",
        "مرغوب فيه",
        "مسموح به",
        "معمول به",
        "مطعون فيه",
        "مسكوت عنه",
        "مفروغ منه",
        "معترف به",
        "مبالغ فيها",
        "متفق عليها",
    )
}
SHORT_ADJECTIVES = frozenset(
    "صعب سهل حر مر جيد سيء سيئ قلق حذر حسن جاد حاد هش فذ حي ميت امن آمن".split()
)


def gendered(a: str, gap: float = 1.0) -> bool:
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


def subject(k: str, verb: str) -> bool:
    """Could ``k`` be the subject of ``verb`` (a noun agreeing with it)?"""
    if pp_prefixed(k) or is_function(k) or len(k) < 3 or one_word_verb(k):
        return False  # (a future verb is no subject: "تتحرك ستظل.")
    # A past verb with its feminine ت (not an imperfect in ت: "تتحرك").
    feminine_past = verb.endswith("ت") and len(verb) >= 4 and verb[0] not in "يتن"
    if hamza_key(k) in _MONTHS:
        # a month is a masculine noun, whatever its shape: "جاء أيلول.", "أقبل تموز."
        return not feminine_past
    possessed = k.endswith(("كم", "ها", "هم", "نا")) and len(k) >= 4  # طاب يومكم
    # A very common noun or name is no verb, whatever its shape ("تحيا مصر.", "يأتي يوم.").
    common = zipf(k) >= 5.0
    if past_or_present_verb(k) and not feminine(k) and not k.startswith("ال"):
        if not (len(k) == 4 and k[0] in "اأ") and not possessed and not common:
            return False  # (أفعال / أفعل nouns pass)
    if feminine_past:
        # سقطت قذيفة، مضت أيام، عاشت فلسطين (names of countries and towns are feminine)
        return feminine(k) or k.startswith("ال") or (common and not past_or_present_verb(k))
    if (
        k.endswith("ة")
        and not k.startswith("ال")
        and len(k) >= 4
        and len(verb) >= 4
        and verb[0] not in "تن"
        and zipf(k[:-1]) >= 3.0
    ):
        # A masculine verb before an indefinite feminine noun: the noun is its object,
        # a subject right after its verb would make it feminine ("أطلق صحفية." for
        # "أطلقت صحفية"; not the men's names in -ة, حمزة، أسامة, which have no masculine)
        return False
    return True


def _we_verb(bare: str) -> bool:
    """Is ``bare`` an imperfect of "we" ("نرحب", "نشكر", "ندعو"): the word with ي for its
    ن a common imperfect, the word itself no noun ("نظام", "نتائج", "نواب")?"""
    if bare[:1] != "ن" or len(bare) < 4 or not past_or_present_verb(hamza_key(bare)):
        return False
    return zipf("ي" + bare[1:]) >= 3.0 and zipf("ال" + bare) < 2.5 and zipf(bare) < 4.5


def one_word_verb(bare: str) -> bool:
    """A verb that holds its own subject: a future ("سنرى", "سيأتي": the word without
    its س is a more common imperfect; سابق and سياسي are words of their own), a past
    verb with a first- or second-person ending ("انتصرنا", "نجحتم"), an imperative
    ("انتظر"), a verb with "me" as its object ("انتظرني", "صدقني", "صدقوني"), a past
    with "we" / "you" and its object ("صدقناكم", "رأيناه"), a past with "I" / "you" and
    its object ("أحضرتها", not the noun "حملتها") or an imperfect with its plural
    subject and its object ("يهدمونها"), or of "he" with its object ("يحذفها")."""
    rest = bare[1:]
    if bare[0] == "س" and len(bare) >= 4 and rest[0] in "يتنأ":
        if zipf(rest) >= 3 and zipf(rest) > zipf(bare):
            return True
    # An exhortation with لـ ("لننتظر", "فلننتظر", "لنعمل"): لـ and a known imperfect.
    core = bare[1:] if bare[:2] == "فل" else bare
    if core[:2] == "لن" and len(core) >= 4 and zipf(core[1:]) >= 3:
        if past_or_present_verb(hamza_key(core[1:])):
            return True
    k = hamza_key(bare)
    if len(k) == 4 and k.endswith(("نا", "تم")) and zipf(bare) >= 3.0:
        return True  # a hollow verb: قلنا، عدنا، دمتم
    if _imperative(bare):
        return True  # an imperative: "انتظر.", "اصبر.", "استمع."
    if len(bare) == 3 and bare[0] == "ا" and zipf(bare) < 3.6:
        # the imperative of a verb with a weak last letter: "امش." (يمشي), "ادع." (يدعو),
        # "ابق." (يبقى); not the nouns ابن، اسم
        if max(zipf("ي" + bare[1:] + c) for c in "يوى") >= 3.9:
            return True
    base = bare[:-2]
    if bare.endswith("ني") and len(base) >= 3 and zipf(bare[:-1]) < 3:
        # A verb with "me" as its object: "انتظرني.", "صدقني.", "أخبرني." (not a nisba
        # in -ني of a known noun: معدني is معدن + ي)
        if _imperative(base) or (zipf(base) >= 3.5 and past_or_present_verb(hamza_key(base))):
            return True
    if bare.endswith("وني") and len(bare) >= 5 and zipf(bare[:-3] + "وا") >= 3.0:
        return True  # a plural verb with "me": "صدقوني.", "ساعدوني." (not the nisba قانوني)
    if _plural_imperfect_with_object(bare) or _imperfect_with_object(bare):
        return True
    for suf in ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "ه", "ك"):
        core = bare[: -len(suf)]
        if bare.endswith(suf) and core.endswith(("نا", "تم")) and len(core) >= 5:
            # the past with "we" / "you" and an object pronoun ("صدقناكم.", "رأيناه."):
            # no noun carries two pronouns
            return one_word_verb(core)
    core = past_with_object(bare)
    if core:
        # the past with "I" / "you" and an object pronoun ("أحضرتها.", "كتبته."),
        # when no common noun in -ة reads the same ("حملتها": حملة + ها, her
        # campaign; "دفعتهم", their batch; "صدقتها", her alms)
        return zipf(core[:-1] + "ة") < 3.0
    if _PAST_OBJECT_RE.search(bare):
        return False  # a plural in -ات, "بيروت", "بيت" with a pronoun: "دعواتها"
    if k.endswith("نا") and zipf("ال" + bare[:-1]) >= 3.5:
        return False  # a noun in -ن with its accusative ا, no verb and "we": عدوانا، بيانا
    return len(k) >= 5 and k.endswith(("نا", "تم")) and past_or_present_verb(k[:-2])


_PAST_OBJECT_RE = re.compile("ت(?:هما|هم|هن|ها|ه|كم|ك)$")


def past_with_object(bare: str) -> str:
    """The past verb in -ت ("I" / "you" / "she") that ``bare`` may be with an object
    pronoun ("عرفتها" -> "عرفت"), or "": the verb is a known word (a Zipf of 3.5),
    not a plural in -ات, "بيروت" or "بيت" with a pronoun ("دعواتها"). A noun in -ة
    with the pronoun may read the same ("حملتها", her campaign)."""
    m = _PAST_OBJECT_RE.search(bare)
    if m is None:
        return ""
    core = bare[: m.start() + 1]
    if len(core) < 4 or (core.endswith(("ات", "وت", "يت")) and not core.endswith("أيت")):
        return ""
    return core if zipf(core) >= 3.5 else ""


_OBJECT_PRONOUNS = ("هما", "هم", "ها", "كم", "ه", "ك", "نا")


def _plural_imperfect_with_object(bare: str) -> bool:
    """An imperfect with its plural or dual subject and its object pronoun
    ("يهدمونها", "تحبونه", "يقولانها"): a sentence in one word. A noun drops its ن
    before a pronoun, so -ونها is a verb's; the imperfect without its endings must be
    a known word ("تعاونها" is تعاون + ها: "تعا" is none)."""
    for suf in _OBJECT_PRONOUNS:
        core = bare[: -len(suf)]
        if bare.endswith(suf) and core[:1] in "يت" and core.endswith(("ون", "ان")):
            return len(core) >= 5 and zipf(core[:-2]) >= 3.0
    return False


def _imperfect_with_object(bare: str) -> bool:
    """An imperfect of "he" with its object pronoun ("يحذفها", "يقرؤه"): a sentence in
    one word, its subject in the verb. The imperfect and its past are known words, and
    no noun reads the same with the article ("يمينها": اليمين)."""
    for suf in _OBJECT_PRONOUNS:
        core = bare[: -len(suf)]
        if bare.endswith(suf) and core[:1] == "ي" and len(core) >= 4:
            # (the hamza on its seat before the pronoun: يقرؤه, يقرأ)
            core = max((core, core[:-1] + "أ"), key=zipf) if core[-1] in "ؤئ" else core
            # (and its past a known word: يحذف / حذف; not "يديها", "ينبوعها")
            return (
                zipf(core) >= 3.0
                and zipf(core[1:]) >= 3.0
                and zipf("ال" + core) < 2.0
                and past_or_present_verb(hamza_key(core))
            )
    return False


def past_like_imperative(bare: str) -> bool:
    """An imperative of the forms افتعل / انفعل / استفعل ("اجتمع", "انسحب", "استهدف"),
    written as the past of the third person: news copy has the past, a text that
    speaks to its reader may have the imperative ("استمع.", "انتبه.")."""
    if not _imperative(bare):
        return False
    return (len(bare) == 5 and (bare[2] in "تطد" or bare[1] == "ن")) or (
        len(bare) == 6 and bare.startswith("است")
    )


def wasl_imperative_shape(bare: str) -> bool:
    """The shape of an imperative with hamzat al-wasl (انتظر، اصبر، اكتب، استمع): a bare
    alef, four to six letters, no other alef (the masdars افتعال / استفعال have one)."""
    return (
        4 <= len(bare) <= 6 and bare[0] == "ا" and not bare.startswith("ال") and "ا" not in bare[1:]
    )


def _imperative(bare: str) -> bool:
    """An imperative with hamzat al-wasl (:func:`wasl_imperative_shape`) whose imperfect
    (ينتظر، يصبر) is a word of the list."""
    return wasl_imperative_shape(bare) and zipf("ي" + bare[1:]) >= 3.0


# Words that answer or comment on the sentence before, alone: stance and degree adverbs,
# verdicts (a closed class, like the function words above).
STANCE = {
    hamza_key(w)
    for w in """
    للأسف بالتأكيد بالطبع بالضبط بالفعل بالتالي حتما قطعا إطلاقا أبدا مطلقا حقا فعلا
    تماما يقينا غالبا دائما أحيانا نادرا نهائيا فورا صحيح خطأ مستحيل ممكن أكيد مؤكد
    وارد طبيعي بامتياز بجدارة ببساطة بصراحة باختصار بوضوح بحق عجبا كفى مجددا سلفا
    مسبقا سريعا قريبا لاحقا سابقا مؤخرا أخيرا أولا ثانيا تقريبا خصوصا عموما جميعا معا
    عفوا معذرة آسف آسفة مرحبا وداعا أحسنت أحسنتم صدقت
    """.split()
}


def stance_adverb(bare: str) -> bool:
    """Can the word stand alone after a sentence as a comment on it ("للأسف.",
    "حتما.", "صحيح.")? A stance or degree adverb or a verdict (a closed class: other
    adverbs in -ا, "رسميا." or "عالميا.", are left to the fragment test)."""
    k = hamza_key(bare)
    # (كالعادة، كالمعتاد: "as usual", an adverb whenever it stands alone)
    if k in STANCE or (k.startswith("كال") and len(k) >= 6):
        return True
    # An adverb made from a nisba: رسميا، حصريا، نهائيا، جزئيا (رسمي + ا). Not the name
    # of a country (سوريا، تركيا beside سوري، تركي): a name takes a preposition, "بسوريا"
    # or "لتركيا", an adverb never does ("برسميا").
    return (
        len(bare) >= 5
        and bare.endswith("يا")
        and zipf(bare[:-1]) >= 3.5
        and max(zipf("ب" + bare), zipf("ل" + bare)) < 1.5
    )


def indefinite_construct(first: str, second: str) -> bool:
    """An indefinite feminine noun with a common noun as its genitive, an elliptical
    comment ("مسألة وقت.", "جريمة حرب.", "ضربة جزاء."); the genitive is no verb and
    no plural in -ات (as in debris such as "ساعات مضت.")."""
    if not first.endswith("ة") or len(first) < 3 or first.startswith("ال"):
        return False
    if first.endswith("ية") and zipf(first[:-1]) >= 3:
        return False  # a relational adjective (إخبارية، إسرائيلية) heads no construct
    if second.startswith("ال") or pp_prefixed(second) or is_function(second):
        return False
    k2 = hamza_key(second)
    if second.endswith(("ات", "ة")) or (second.endswith("ت") and zipf(second) < 5.5):
        return False  # (a past verb: "ساعات مضت."; but "مسألة وقت.")
    if len(k2) > 3 and past_or_present_verb(k2):
        return False  # (three-letter nouns look like past verbs: حرب، وقت)
    if k2.endswith("ا") and zipf(second[:-1]) >= 3.0 and zipf(second[:-1]) > zipf(second):
        return False  # a genitive takes no accusative alef ("بلدة عددا.", "مضاعفة جميعا.")
    if first.startswith("م") and gendered(first) and zipf(first[:-1]) >= 3.0:
        return False  # a participle is an adjective, no head ("محفوظة جنود.")
    return zipf(second) >= 4


def one_verb_after_noun(noun: str, verb: str) -> bool:
    """A known verb after a noun that is no verb itself, agreeing with it in gender
    ("حلم تحقق", "قصة انتهت"), or in number and gender ("دقيقتان تكفيان")."""
    k1, k2 = hamza_key(noun), hamza_key(verb)
    if len(k1) < 3 or is_function(k1) or pp_prefixed(k1) or len(k2) < 3:
        return False
    if k1.endswith("ا") or has_tanween(noun):
        return False  # an accusative is no subject ("بطلا يعني.")
    if k1.endswith("ان") and k2.endswith("ان") and k2[:1] in "يت" and len(k2) >= 5:
        # a dual and the imperfect of a dual, its gender in its prefix: "دقيقتان تكفيان."
        stem = k2[:-2]
        if past_or_present_verb(stem) and zipf(stem) >= 3.0:
            return (k2[0] == "ت") == k1.endswith("تان")
    # (A plural in -ون with a plural verb in -وا agrees on its face, a rare verb too:
    # "كثيرون بكوا.")
    plural = k1.endswith("ون") and k2.endswith("وا") and len(k2) >= 4
    if not past_or_present_verb(k2) or (zipf(verb) < 3.0 and not plural):
        return False
    if past_or_present_verb(k1) and zipf(noun) < 4.5:
        return False  # the first word may be a verb itself ("يعانيه فاقتحمت")
    if k1.endswith("ين") and len(k1) >= 5 and zipf(noun[:-2] + "ون") >= 2.5:
        return False  # a plural in -ين is no subject, which takes -ون ("إسرائيليين تصفح")
    if elative(k2) and takes_article(k2):
        return False  # an elative is no verb ("برنامج أوسع.")
    if k2 in _MONTHS or _possessed_noun(k2):
        return False  # a month or a noun with its pronoun ("بيروت تموز.", "إسرائيل نفسها.")
    if (
        len(k2) >= 5
        and k2.endswith("ا")
        and not k2.endswith("وا")
        and not k1.endswith(("ان", "ين"))
    ):
        # A verb of two, or an accusative, after one noun agrees with none ("مسبوق تضامنا.")
        return False
    fem_verb = k2.endswith("ت")
    return fem_verb == feminine(k1)


def _described_by_clause(noun: str, verb: str) -> bool:
    """An indefinite noun and an imperfect verb agreeing with it in gender, the clause
    that describes it ("إنجاز يستحق", "خطوة تستحق"; not a past verb: "أيام مضت" is a
    subject after its verb, turned about)."""
    k1, k2 = hamza_key(noun), hamza_key(verb)
    if k2[:1] not in "يت" or len(k2) < 4 or len(k1) < 3 or is_function(k1):
        return False
    if pp_prefixed(k1) or k1.endswith("ا") or has_tanween(noun):
        return False
    if not past_or_present_verb(k2) or zipf(verb) < 3.0 or past_or_present_verb(k1):
        return False
    return (k2[0] == "ت") == feminine(k1)


def elative(word: str) -> bool:
    """The elative أفعل (أكبر، أجمل، أسوأ with a final hamza)."""
    k = hamza_key(word)
    return len(k) == 4 and k[0] == "ا" and "ا" not in k[1:3] and k[-1] not in "ةىيه"


def takes_article(word: str) -> bool:
    """Is the word written with the article too (الأكبر، الأعمق)? A verb of the same
    shape never is (أعلن، أطلق، أكد)."""
    return large_zipf("ال" + word) >= 1.0


def evaluative(word: str) -> bool:
    """An adjective that can stand alone as a verdict on the sentence before ("رائع.",
    "مؤسف.", "صعب."): a word written in both genders, each common (the partner at most
    about 3 times rarer), or one of the few three-letter adjectives. Not a relational
    adjective (سياسي، عسكري: those classify, they do not judge)."""
    if word in SHORT_ADJECTIVES:
        return True  # صعب، جيد، حذر
    if len(word) < 4 or word.startswith("ال") or is_function(word) or word.endswith(("ي", "ية")):
        return False
    partner = word[:-1] if word.endswith("ة") else word + "ة"
    zw, zp = zipf(word), zipf(partner)
    return zw >= 3.0 and zp >= 3.0 and abs(zw - zp) <= 0.5


def paired_adverbial(first: str, second: str) -> bool:
    """An accusative and its own noun again after a preposition or ف ("يدا بيد",
    "وجها لوجه", "شيئا فشيئا"): an adverbial idiom."""
    if not first.endswith("ا") or len(first) < 3 or second[:1] not in "بلف":
        return False
    stem = first[:-1]
    return second[1:] in (stem, first)


def dedication_head(first: str) -> bool:
    """Can ``first`` open a dedication or a wish with لـ ("المجد للشهداء.", "شكرا
    للجميع.", "تحية للأبطال.", "تعازينا للعائلة.", "ليلة للتاريخ.")? A definite noun,
    an accusative of exclamation (شكرا، هنيئا، وداعا), a first-person plural (تعازينا،
    تهانينا), تحية / مبروك or a common noun; not a verb or a rare word ("تقدم للوطن.",
    "تناقض للاحتلال.")."""
    k = hamza_key(first)
    return (
        k.startswith("ال")
        or k.endswith(("ا", "نا"))
        or has_tanween(first)
        or k in ("تحية", "مبروك", "مبارك", "طوبي")
        # a common noun: "ليلة للتاريخ.", "رسالة للعالم."
        or (zipf(first) >= 5.0 and not past_or_present_verb(k))
    )


def sentence_shape(ks: list[str]) -> bool:
    """Do two or three words (hamza keys) have the shape of a sentence: a noun with
    agreeing adjectives ("زيارة تاريخية.", "الحرب مستمرة."), a definite subject and a
    verb ("المباراة انتهت."), or a verb and its subject ("حدث انفجار.", "عاشت
    المقاومة.", "رحمه الله.")?"""
    first, rest = ks[0], ks[1:]
    if len(rest) == 1 and hamza_key(rest[0]) in _MONTHS:
        if len(hamza_key(first)) == 2 and not is_function(first):
            return True  # a doubled verb of two letters and its month: "حلّ رمضان."
    if one_word_verb(first):
        # the subject is in the verb: "دمتم بخير.", "انتصرنا أخيرا." (a feminine nisba
        # alone describes no "we" or "you": "عدوانا عربية.")
        return not (len(rest) == 1 and adjective_itself(rest[0]))
    if len(rest) == 1 and _we_verb(first) and (rest[0].startswith("ال") or pp_prefixed(rest[0])):
        return True  # a verb of "we" and its object or complement: "نرحب بالجميع."
    if len(rest) == 2 and _we_verb(first) and pp_prefixed(rest[0]):
        if rest[1][:1] == "و" and pp_prefixed(rest[1][1:]):
            return True  # and two complements on و: "نعتذر للقراء وللحفرة."
    if len(rest) == 2 and hamza_key(rest[0]) in _HIS_NAME and not is_function(first):
        return True  # a name given: "صاحبه اسمه بهادر.", "والمرشدة اسمها ليلى."
    if _past_with_ending(first) and _my_noun(rest[0]):
        if len(rest) == 1 or (len(rest) == 2 and rest[1].endswith("تين")):
            return True  # a verb and "my" something: "حرقت أصابعي.", "صححت نطقي مرتين."
    if len(rest) == 1 and hamza_key(rest[0]) in TRAILING_ADVERBS and evaluative(first):
        return True  # "صعب للغاية.", "جميل جدا."
    if hamza_key(first) in NUMBER_WORDS and not any(is_function(w) for w in rest):
        return True  # a count: "مليون دولار.", "خمسون عاما."
    if len(rest) == 1 and elative(first) and takes_article(first) and not rest[0].startswith("ال"):
        return True  # a superlative: "أسوأ كابوس.", "أجمل هدية." (not "أطلق صحفية.")
    if len(rest) == 1 and paired_adverbial(first, rest[0]):
        return True  # "يدا بيد.", "وجها لوجه.", "شيئا فشيئا."
    if (
        len(rest) == 1
        and rest[0][:1] == "و"
        and conjunction_led(rest[0])
        and (zipf(rest[0][1:]) >= 3 or rest[0].endswith(("ات", "ة")))
        and not first.startswith("ال")
    ):
        # two nouns joined by و: "صدمة وذهول.", "دموع وابتسامات."
        if not is_function(rest[0]) and not past_or_present_verb(hamza_key(rest[0][1:])):
            return True
    if (
        len(rest) == 2
        and rest[0][:1] == "و"
        and rest[1][:1] == "و"
        and conjunction_led(rest[1])
        and not is_function(rest[1])
        and max(zipf(rest[1][1:]), zipf(hamza_key(rest[1][1:]))) >= 3
        and sentence_shape(ks[:2])
    ):
        return True  # three nouns on و: "شوارع ومبان وإسمنت."
    if first.startswith(("لل", "بال")) and len(rest) == 1 and rest[0].startswith("ال"):
        # an adverbial phrase with its adjective: "للمرة الثالثة.", "بالدرجة الأولى."
        if agreeing_adjective(rest[0], "ال" + first[2:] if first[:2] == "لل" else first[1:]):
            return True
    if (
        len(rest) == 2
        and first.endswith("ة")
        and not first.startswith("ال")
        and not any(is_function(w) or pp_prefixed(w) for w in rest)
        and not (len(rest[0]) > 3 and past_or_present_verb(hamza_key(rest[0])))
    ):
        return True  # a chain of nouns: "معركة كسر عظم.", "لعبة عض الأصابع."
    if len(rest) == 1 and first[:1] == "ب" and pp_prefixed(first) and not first.startswith("بال"):
        if agreeing_adjective(rest[0], first[1:]):
            return True  # a manner phrase: "بصورة مؤقتة.", "بشكل كامل."
    if (
        len(rest) == 1
        and not first.startswith("ال")
        and not indefinite_subject([first, rest[0]])
        and one_verb_after_noun(first, rest[0])
    ):
        return True  # an indefinite subject and its verb: "حلم تحقق." (not "أيام مضت.")
    if len(rest) == 2 and indefinite_construct(first, rest[0]):
        if agreeing_adjective(rest[1], first):
            return True  # a construct with its adjective: "ردة فعل طبيعية."
    if len(rest) == 2 and rest[1].startswith("ال") and _described_by_clause(first, rest[0]):
        return True  # a noun and the clause describing it: "إنجاز يستحق الإشادة."
    if len(rest) == 2 and not first.startswith("ال") and not is_function(first):
        if (
            agreeing_adjective(rest[0], first)
            and rest[1].startswith(("لل", "بال"))
            and not adjective_itself(first)
        ):
            return True  # a noun, its adjective and a phrase: "عودة قوية للنجم."
        if (
            rest[0][:1] == "ب"
            and pp_prefixed(rest[0])
            and not rest[0].startswith("بال")
            and rest[1].startswith("ال")
        ):
            return True  # a noun and its manner: "تعادل بطعم الخسارة."
    if len(rest) == 2 and rest[1][:1] == "و" and not first.startswith("ال"):
        if agreeing_adjective(rest[0], first) and agreeing_adjective(rest[1][1:], first):
            return True  # two adjectives on و: "نص جريء ومختلف.", "أداء قوي ومقنع."
    if not pp_prefixed(first):
        adjectives = rest
        if len(rest) == 2 and hamza_key(rest[-1]) in TRAILING_ADVERBS:
            adjectives = rest[:1]  # with its intensifier: "وضع صعب للغاية."
        if (
            all(agreeing_adjective(a, first) for a in adjectives)
            and not adjective_itself(first)
            and not _verb_first(first)
        ):
            return True
        if len(rest) == 1 and indefinite_construct(first, rest[0]):
            return True
        if len(rest) == 1 and (
            (rest[0].startswith("لل") and dedication_head(first))
            or (rest[0].startswith("ال") and not first.startswith("ال"))
        ):
            # A name with its family name ("محمد العلي."), a construct phrase, or a
            # dedication ("المجد للشهداء.", "مبروك للجميع."): not told from debris.
            return True
        if first.startswith("ال") and predicate_verb(rest[0]):
            return True  # "الحكومة ستعلن قرارها."
        if _possessed_noun(first) and predicate_verb(hamza_key(rest[0])):
            return True  # a subject made definite by its pronoun: "آخرها استمر أسابيع."
        if (
            first.startswith("ال")
            and len(first) > 3
            and not rest[0].startswith("ال")
            and not is_function(rest[0])
            and (
                len(rest) == 1
                or pp_prefixed(rest[0])
                or pp_prefixed(rest[1])
                or rest[1].startswith("ال")  # a construct predicate: "الصبر مفتاح الفرج."
                or indefinite_construct(rest[0], rest[1])  # "المسألة مسألة وقت."
                or stance_adverb(rest[1])  # "النتيجة معروفة سلفا."
            )
        ):
            # A definite subject and its predicate, a noun, an adjective or a phrase
            # with a preposition ("الحرب خدعة.", "الصورة قاتمة.", "العبرة بالنتائج.",
            # "الحصيلة مرشحة للارتفاع.", "الجميع بانتظار القرار.")
            return True
    if past_or_present_verb(first) and not _noun_first(first) and subject(rest[0], first):
        if len(rest) == 1:
            # (an adjective alone is no subject: "دانت فضائية.")
            return not adjective_itself(rest[0])
        return not pp_prefixed(rest[1]) or rest[1].startswith(("بال", "لل"))
    return False


# "His name", "her name": a noun, this word and a name make a sentence.
_HIS_NAME = {hamza_key(w) for w in "اسمه اسمها".split()}


def _past_with_ending(word: str) -> bool:
    """A past verb with the ending ت of its person ("حرقت", "صححت"): the word without
    it is a past verb of three letters or more."""
    return len(word) >= 4 and word.endswith("ت") and past_or_present_verb(hamza_key(word[:-1]))


def _my_noun(word: str) -> bool:
    """A noun with "my" ("أصابعي", "نطقي", "يدي"): the word without ي a common noun
    with the article, more common than the word itself, which has no feminine (no
    nisba: "عربي", "عربية")."""
    stem = word[:-1]
    return (
        word.endswith("ي")
        and len(stem) >= 2
        and zipf("ال" + stem) >= 3.5
        and zipf(stem) > zipf(word)
        and zipf(word + "ة") < 3.0
    )


def _possessed_noun(word: str) -> bool:
    """A noun with a pronoun of the third person ("آخرها", "أغلبهم", "رئيسه"): the word
    without it a common noun, not a verb with its object."""
    for suf in ("ها", "هم", "هما", "هن", "ه"):
        stem = word[: -len(suf)]
        if word.endswith(suf) and len(stem) >= 3:
            if stem.endswith("ت") and zipf(stem[:-1] + "ة") >= 3.5:
                return True  # (a noun in -ة: حكومتها)
            return zipf("ال" + stem) >= 3.5
    return False


def _with_pronoun(word: str) -> bool:
    """A word carrying a pronoun of the third person ("مداه", "جنوده", "قادتها"): the
    word without it is a more common word ("تافه", "نزيه" keep their ه)."""
    for suf in ("ها", "هم", "هما", "ه"):
        stem = word[: -len(suf)]
        if word.endswith(suf) and len(stem) >= 2 and not word.startswith("ال"):
            if stem.endswith("ت"):
                stem = stem[:-1] + "ة"
            elif stem.endswith("ا"):
                stem = stem[:-1] + "ى"  # (مداه: مدى)
            return zipf(stem) >= 3.5 and zipf(stem) > zipf(word)
    return False


def _noun_first(word: str) -> bool:
    """Is the verb-shaped first word a noun: a broken plural the article goes with
    ("نتائج", "أوامر") or a noun with a pronoun ("ضحيتها")?"""
    k = hamza_key(word)
    if feminine(k) and len(k) >= 5 and zipf("ال" + word) >= 3.0:
        return True
    return _possessed_noun(word)


def _verb_first(word: str) -> bool:
    """Is the first word a verb the article never goes with ("انطلقت", "يستدعي"), so no
    noun for an adjective to describe?"""
    return past_or_present_verb(hamza_key(word)) and zipf("ال" + word) < 2.5 and zipf(word) >= 2.5


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough stem for "does this word repeat one before it": clitics and number
    suffixes off (البلدين -> بلد, المعلومات -> معلوم)."""
    k = key(word)
    _, s = split_clitics(k)
    for suf in ("ين", "ان", "ون", "ات", "ة", "ه"):
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            s = s[: -len(suf)]
            break
    return s


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def verb_like(bare: str) -> bool:
    """Could the word be a verb opening a verbal sentence ("حدث انفجار.", "سقطت
    قذيفة.", "يستمر القصف.")? Generous on purpose: past فعل / فعلت / افتعل,
    imperfect with a prefix."""
    k = hamza_key(bare)
    if k.endswith("ة") or k.startswith("ال") or (bare.endswith("ات") and len(k) >= 5):
        return False  # (a noun: "غزة", "دراسات"; not "امتلأت")
    if len(k) <= 3:
        return True
    if k.endswith(("ت", "وا")) and len(k) <= 6:
        return True
    if k[0] in "يتنا" and len(k) <= 6:
        return True
    return False


def indefinite_subject(bares) -> bool:
    """An indefinite plural or feminine noun followed by a word that is no adjective,
    a verb ("أيام مضت." for "مضت أيام"): an indefinite noun cannot open a sentence."""
    first = hamza_key(bares[0])
    if len(first) < 3 or first.startswith(DEFINITE_PREFIXES):
        return False
    # Broken plural أفعال / feminine -ة / sound plural -ات: nominal shapes, never verbs.
    nominal = (
        first.endswith(("ة", "ات"))
        or (len(first) == 4 and first[0] == "ا" and first[2] == "ا")  # أيام، أعمال
        or (len(first) == 5 and first[0] == "ا" and first[3] == "ا")  # أشهار
        # فعول plurals (شهور، عقود، قرون); not an imperfect verb of a hollow root (يقول)
        or (len(first) == 4 and first[2] == "و" and first[0] not in "يتنا")
        # مفاعل / مفاعيل plurals (مواسم، مصانع، مشاريع)
        or (len(first) in (5, 6) and first[0] == "م" and first[2] == "ا")
    )
    return nominal and all(not hamza_key(b).startswith("ال") for b in bares[1:])


# Nouns and particles that open an adverbial phrase of the clause before ("كان صعبا.
# بسبب تقارب المستويات."): a short "sentence" opening with one is a cut clause, to be
# joined back, never deleted.
CONNECTIVES = {
    hamza_key(w)
    for w in """
    بسبب بفضل نتيجة جراء إثر عقب رغم برغم بعد قبل خلال بين حول ضد دون عبر وفق وفقا حسب بحسب
    لدى منذ نحو تجاه إزاء بهدف بغية لأجل بدافع بموجب بناء طبقا تبعا لصالح بدلا عوضا إضافة
    """.split()
}


def connective_led(word: str) -> bool:
    """Does the word open an adverbial phrase (بسبب، بعد، خلال ...)?"""
    return hamza_key(strip_marks(word)) in CONNECTIVES


# Verbs that take their object through one preposition and almost never end a clause
# without it ("حرصت على ...", "تحتاج إلى ...", "شككوا في ...", "أعرب عن ..."): the past
# stem, and the present one after "|" when it is not the past stem without its first
# alef. Inflected forms are generated below (keys: hamza-less, ى as ي).
_GOVERNING = {
    "على": "حرص اعتمد ركز حث عثر تغلب استحوذ انعكس استولى|ستولي أشرف|شرف",
    "إلى": "احتاج لجأ سعى|سعى توصل تطرق أشار|شير استند افتقر أفضى|فضي أدى|ودي",
    "في": "شكك ساهم تسبب",
    "عن": "أسفر|سفر أعرب|عرب تخلى|تخلى",
}
# Forms that are nouns too ("بكل حرص.", "سعي", "شكك" "your doubt"): left out.
_NOUN_FORMS = {"حرص", "سعي", "شكك"}
_PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_ENDINGS = ("", "ون", "ان", "ين", "ن")


def _verb_forms(entry: str) -> set[str]:
    """The keys of a verb's past and present forms for "past|present" (persons and
    numbers, with و / ف before them, and س / ل before the present)."""
    past, _, present = entry.partition("|")
    past = key(past)
    if not present:
        present = past[1:] if past[0] == "ا" else past
    present = key(present)
    forms = set()
    if past.endswith("ي"):  # a weak final letter: سعى / سعت / سعوا / سعينا
        stem = past[:-1]
        forms |= {past, stem + "ت", stem + "وا", stem + "يا", stem + "ينا", stem + "يتم"}
    else:
        forms |= {past + e for e in _PAST_ENDINGS}
    if present.endswith("ي"):
        tails = (present, present[:-1] + "ون", present[:-1] + "ين", present + "ان")
    else:
        tails = tuple(present + e for e in _PRESENT_ENDINGS)
    forms |= {p + t for p in "يتنا" for t in tails}
    out = set()
    for f in forms:
        out |= {f, "و" + f, "ف" + f}
        if f[0] in "يتنا" and f not in {past + e for e in _PAST_ENDINGS}:
            out |= {"س" + f, "وس" + f, "فس" + f, "ل" + f, "ول" + f}
    return out


GOVERNED = {
    form: key(prep)
    for prep, entries in _GOVERNING.items()
    for e in entries.split()
    for form in _verb_forms(e)
    if form not in _NOUN_FORMS
}
# Masdars of verbs that take their object through "بـ" and seldom stand without it, with
# the article: only right before the full stop do they show the cut ("... بهدف
# الاهتمام. بشحنات ...", "... على ضرورة التمسك. بالحقوق ...").
_B_MASDARS = {
    key(w) for w in "الاهتمام الإشادة التنديد التمسك الاستعانة الاكتفاء الظفر الاحتفاظ".split()
}
# Verbs that take their object through "بـ", written on the noun ("قامت القوات بتنفيذ",
# "يتعلق بالقضية", "أقر الجيش بمقتل"): past stem, and the present one after "|" as above.
_GOVERNING_B = """قام|قوم أقر|قر اعترف طالب رحب ندد أشاد|شيد تعهد التزم تمسك احتفظ استعان
اكتفى|كتفي اهتم حظي|حظى أدلى|دلي أوصى|وصي نوه تعلق ارتبط سمح تسبب اتسم اتصف تكفل احتفل
احتفى|حتفي أفاد|فيد"""
GOVERNED_B = (
    {form for e in _GOVERNING_B.split() for form in _verb_forms(e) if form not in _NOUN_FORMS}
    | {
        # participles that need their "بـ" as much: "المعني بالأمن", "المرتبطة بالنشاط"
        p + w + e
        for w in ("معني", "متعلق", "مرتبط")
        for e in ("", "ة", "ين", "ون")
        for p in ("", "ال", "و", "وال")
    }
    | {
        # "المليئة بالمأكولات", "المثقلة بالديون", "الدعوات المطالبة بهدنة", "مطالبا بوقف"
        # (not the plural noun مطالب, "demands", which closes sentences)
        key(p + w)
        for w in "مليء مليئة مليئين مثقل مثقلة مثقلين مطالبة مطالبين مطالبون مطالبا".split()
        for p in ("", "ال", "و", "وال")
    }
    | _B_MASDARS
)
# Words in "بـ" that open a sentence of their own: adverbials and the ceremonial openers
# of official news ("بدوره، قال ...", "برعاية الأمير افتتح ...").
B_OPENERS = {
    key(w)
    for w in """بعد بين بدون بلا بدوره بدورها بدورهم بالنسبة بالإضافة بالتزامن بالمقابل بالتالي
    بالطبع بالفعل بالتأكيد بالرغم بمعنى بعبارة بصراحة بكل بشكل بخلاف بالمناسبة بالعودة بالحديث
    بالمثل بالتوازي بالموازاة بعيدا بينما برعاية بحضور بمشاركة بمناسبة بتوجيه بتوجيهات بتكليف
    بدعم بإشراف بالتعاون بالتنسيق بالتفصيل باختصار بإيجاز بوضوح بالأمس بالأرقام بالصور بالفيديو
    بالأحرى بالعكس بالمقارنة بالتحديد بالضبط بحق بصدق بصورة بطريقة بكلمات بعبارات بصوت بهدوء
    ببساطة بسرعة بجد بنفسه بنفسها بأنفسهم
    """.split()
}
# Those of them that also stand without their object ("اعترف المتهم.", "احتفل الجمهور.",
# "التزم الجميع."): only right before the full stop do they show the cut ("... اعترف.
# بمسؤوليته ...").
B_ABSOLUTE = {
    form for e in "اعترف احتفل التزم رحب اهتم".split() for form in _verb_forms(e)
} | _B_MASDARS
# What may follow such a preposition when it opens a sentence of its own ("على الرغم من
# ...", "في المقابل", "إلى جانب ذلك", "عن طريق ...").
OPENING_IDIOMS = {
    key(w)
    for w in "الرغم رغم صعيد سبيل خلاف ذلك جانب المقابل حين سياق الوقت هذا هذه ظل طريق أي نحو".split()
}
