"""What a word can be inside a noun phrase, judged by its shape and its frequency.

An adjective agreeing with the noun before it (definite after definite, feminine after a
feminine noun or a broken plural), a nisba, an ordinal or an elative, the head of a
construct, an imperfect verb or any verb beyond doubt, a word of scale after a number, a
verb opening a clause with و. FRG002 reads them on both sides of a full stop; FRG001
reads some of them too. None of them needs the document: those that do are in
``document_words``.
"""

from __future__ import annotations

import functools
import re

from tanqih.linter.arabic import hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.boilerplate.datelines import MONTHS
from tanqih.rules.fragments.copulas import forms
from tanqih.rules.phrases import pkey
from tanqih.rules.word_frequencies import key_zipf, large_zipf, zipf

# Scale words after a number ("300 مليون", "12 ألفا"): one phrase with it.
SCALE_WORDS = shapes.SCALE_WORDS | {hamza_key("تريليون")}
PLURAL_SCALES = {hamza_key(w) for w in "آلاف ملايين مليارات".split()}


ANNOUNCED_BY = {shapes.key(w) for w in "هذه هذا تلك ذلك هذان هاتان".split()}
PERSON_ENDINGS = ("ت", "نا", "وا", "تم")


def without_conjunction(k: str) -> str:
    """A verb's key without the و / ف before it ("وأضاف" -> "اضاف")."""
    return k[1:] if k[:1] in "وف" and len(k) > 3 else k


def waw_clause(bare: str) -> bool:
    """Does the word open a new clause with و / ف ("وغادر", "وأضافت")? Not a noun of its
    own, far more common than the word without its first letter ("وزارة", "وكالة",
    "وسائل")."""
    if len(bare) <= 3 or bare[0] not in "وف":
        return False
    return zipf(bare) - zipf(bare[1:]) < 1.0


def definite_base(k1: str) -> str:
    """A definite word without its article and the clitic before it (والمدارس -> مدارس)."""
    return k1[3:] if k1.startswith(("بال", "وال", "فال", "كال")) else k1[2:]


RELATIVES = {hamza_key(w) for w in "التي الذي الذين اللذين اللتين اللواتي اللاتي".split()}


NISBA_ENDINGS = ("يين", "يون", "يات", "ية", "ي")
SUBJECT_PRONOUNS = {shapes.key(w) for w in "هي هو هم هن".split()}


def coordinated_nisba(b1: str, b2: str, after: str) -> bool:
    """A relational adjective on و right after a full stop, with the article and the
    ending of the one before it ("الدول العربية. والإسلامية", "شخصيات رياضية. وسياسية"):
    one list of adjectives, cut. A definite one only before a relative clause or the
    list's next item ("... الإنسانية. والاقتصادية التي ...", "... العسكرية. والأمنية
    والسياسية"): otherwise a country, a language or a noun of that shape opens a
    sentence ("... الإماراتية. والسعودية أعلنت ...", "... بالعربية. والكردية لها
    زاويتها", "... الدولية. والجالية الليبية ..."); an indefinite one not before a verb,
    a pronoun or a comma."""
    if b2[:1] != "و" or len(b2) < 6:
        return False
    x1 = b1[1:] if b1.startswith("وال") else "ال" + b1[3:] if b1.startswith("بال") else b1
    x1 = "ال" + x1[2:] if x1.startswith("لل") else x1
    x2 = b2[1:]
    if x1.startswith("ال") != x2.startswith("ال"):
        return False
    end1 = next((e for e in NISBA_ENDINGS if x1.endswith(e)), None)
    if end1 is None or not x2.endswith(end1) or hamza_key(x1) == hamza_key(x2):
        return False
    if not (nisba(x1) and nisba(x2)):
        return False
    if after[:1] in "،,":
        return False  # a subject and its apposition: "... والإنجليزية، التي تتقدم ..."
    nxt = shapes.words(after[:40])
    if not nxt:
        return True
    k = shapes.key(nxt[0])
    if x2.startswith("ال"):
        # A definite one goes on a list before a relative clause or the list's next
        # item; before anything else it may be a noun opening a sentence, with its
        # predicate ("والكردية لها زاويتها", "والكردية في المرتبة الثانية") or its own
        # adjective ("والجالية الليبية ...").
        if k in RELATIVES:
            return True
        return k[:3] == "وال" and k.endswith(end1) and nisba(strip_marks(nxt[0])[1:])
    if shapes.is_function(k):
        return k not in SUBJECT_PRONOUNS  # "... والسعودية هي الشريك الأول."
    return not shapes.verb_like(strip_marks(nxt[0]))


def relative_after(k1: str, k2: str) -> str | None:
    """A relative pronoun opening a sentence right after a definite noun ("الحرب. التي
    ..."): a relative clause describes the noun before it; a sentence cannot open with
    one. Definite, because only a definite noun takes الذي / التي."""
    if not k1.startswith(("ال", "وال", "بال", "لل")) or shapes.is_function(k1):
        return None
    base = definite_base(k1)
    afal = len(base) == 5 and base[0] == "ا" and base[3] == "ا"  # أفعال: الأضرار، الأطفال
    # (a plural of things takes التي too: "والمدارس. التي", "الأضرار. التي")
    fem_noun = (
        shapes.feminine(k1)
        or k1.endswith("ى")
        or broken_plural(base)
        or afal
        # (a noun of three letters may be a broken plural, فعل / فعول, or feminine
        # without ة, and a headless التي opens no sentence after it: "الطرق. التي",
        # "القمم. التي", "الحرب. التي")
        or len(base) == 3
    )
    if k2 in ("التي", "اللتين") and not fem_noun and not k1.endswith("ين"):
        return None  # "... الاجتماع. التي": no agreement, perhaps a headless relative
    if k2 == "الذي" and (k1.endswith(("ة", "ات")) or broken_plural(base) or afal):
        return None  # ("... الأمطار. الذي ...": no agreement, a headless relative)
    if k2 in ("الذين", "اللذين") and (
        k1.endswith(("ة", "ات"))
        or len(base) <= 3
        or not (k1.endswith(("ين", "ون")) or broken_plural(base) or afal)
    ):
        # الذين after a plural of persons only ("... القرية. الذين بقوا فيها قلة.",
        # "... المؤلف. الذين ...": a headless relative opening a sentence)
        return None
    return "the relative pronoun '{w2}' describes '{w1}' before the full stop"


def _future_verb(k: str) -> bool:
    """A verb in the future with س ("ستكتمل", "سيعلن"), no noun heading a construct
    ("... إن كانت ستكتمل. الروايات عندي ..."; not "سنوات", whose rest is no verb)."""
    return len(k) >= 5 and k[0] == "س" and k[1] in "يتن" and shapes.predicate_verb(k[1:])


# A relational adjective in -ي is written with the article at least this often.
_DEFINITE_NISBA = 2.0


def _definite(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


@functools.lru_cache(maxsize=65536)
def nisba(bare: str, attested: bool = False) -> bool:
    """A relational adjective in -ي / -ية / -يون / -يات (إسرائيلية، عسكري، القطريون),
    told from abstract nouns in -ية (مسؤولية، عملية، رواية) by word frequencies: the
    masculine adjective is about as common as the feminine, while the abstract noun is
    far more common than any -ي form. ``attested``: the text uses the word elsewhere
    right after a definite noun, as an adjective, which is evidence enough for a known
    masculine form."""
    x = bare[2:] if bare.startswith("ال") else bare
    if hamza_key(x) in shapes.NUMBER_WORDS:
        return False  # a number in -ي / -ية: ثماني، ثمانية
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
        # (A masculine the common list lacks is looked up in the large one: أسترالي.)
        # (not for five letters: the large list holds verbs such as تحلي for تحلية)
        whole, masc = zipf(x), zipf(x[:-1]) or (large_zipf(x[:-1]) if len(x) > 5 else 0.0)
        if not (whole > 0 and masc >= 2.5 and (whole - masc <= 0.55 or attested)):
            return False
        # The adjective is written with the article too ("الأمني"): a masculine that is
        # a name or a verb is not (أندية / أندي, Andy; تغطية / تغطي; أغنية / أغني).
        masculines = (x[:-1], x[1:-1]) if x[0] in "وف" else (x[:-1],)
        return any(large_zipf(_definite(m)) >= _DEFINITE_NISBA for m in masculines)
    if x.endswith("ي"):
        # (a noun in -ي is far more common than its feminine: قاضي / قاضية; the forms
        # with the article count too, where adjectives live: العمراني / العمرانية)
        return any(
            zipf(m) >= 3.0 and zipf(m + "ة") >= max(3.0, zipf(m) - 0.6) for m in (x, "ال" + x)
        )
    return False


# Definite adjectives that follow their noun and never open a sentence of their own.
# Ordinals do open one after an enumeration ("... بطريقتين. الأول يتطلب ..."), and so
# does "الأخير" (the latter).
ORDINALS = {hamza_key("الأخرى")}
# Definite adjectives of fixed names that never open a sentence ("الأمم. المتحدة",
# "الشرق. الأوسط", "مكة. المكرمة"), and those of a former holder or a past time, which
# only follow their noun ("الرئيس. الأسبق", "العام. المنصرم", "الشهر. الفائت"). (Not
# the colours, which name teams: "الأحمر يفوز ...", nor "الأقصى", the mosque, nor
# "الماضي", "القادم", which open sentences as nouns: "القادم أجمل", nor "العظمى", the
# highest temperature of a weather report: "العظمى ستبلغ 27 درجة".)
FIXED_ADJECTIVES = {
    hamza_key(w)
    for w in """الأوسط الأدنى الوسطى القصوى العليا المتحدة المحتلة المكرمة المنورة المقدسة
    المشرفة الأسبق المنصرم المنصرمة الفائت الفائتة""".split()
}
# Ordinal numbers of the relational shape (الثاني، الثالثة): they open a sentence after
# the one before counted the first ("... الهدف الأول. الثاني جاء بعد دقائق").
COUNTING = {
    hamza_key("ال" + w + t)
    for w in "ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر حادي".split()
    for t in ("", "ة")
}


# "One", the adjective that closes its phrase ("في آن واحد", "في تصميم واحد"): an
# adjective after it opens a sentence whose subject is understood.
_ONE = {hamza_key(w) for w in "واحد واحدة".split()}


def adjective_after(
    k1: str,
    b2: str,
    after: str,
    attested: bool,
    b1: str | None = None,
    following: str = "",
    b0: str = "",
) -> str | None:
    """An adjective after the full stop agreeing with the noun before it: definite after
    definite ("الاحتلال. الإسرائيلي", "للقاعدة. الأميركية", "المرة. الأولى"),
    indefinite feminine after an indefinite feminine noun or a broken plural ("قناة.
    فضائية", "مصادر. محلية"). A sentence
    cannot open with an adjective. ``after`` is the character after the word,
    ``following`` the text after it, ``b0`` the word before ``b1``."""
    if after in "،,:؛":
        return None  # an enumeration ("الثاني، ...") or a label
    if k1 in _ONE and not b2.startswith("ال"):
        return None  # "... في تصميم واحد. مثالي للعمل ..."
    k2 = hamza_key(b2)
    why = "the adjective '{w2}' describes '{w1}' before the full stop"
    # (definiteness from the written word: the key writes آ as ا, "آليات" as "اليات")
    def1 = (b1 or k1).startswith(shapes.DEFINITE_PREFIXES)
    fem_noun = k1.endswith(("ة", "ات"))
    if k2 in ORDINALS and def1 and not shapes.is_function(k1):
        # الأخرى: after a feminine noun or a non-human plural
        return why if fem_noun or shapes.feminine(k1) else None
    if k1 == k2:
        return None  # a word repeated across the stop
    if k1 in _IDIOM_NOUNS:
        return None  # "على التوالي", "على الإطلاق": nouns of set phrases take no adjective
    if k2 in FIXED_ADJECTIVES and not shapes.is_function(k1):
        # (after a name on و, the last item of a list: "... وبريطانيا وإسرائيل". المتحدة")
        return None if k1[:1] in "وف" and not k1[1:].startswith("ال") else why
    if not nisba(b2, attested):
        return None
    fem_adj = k2.endswith(("ية", "يات"))
    if def1 and b2.startswith("ال"):
        # Agreement both ways: a feminine adjective after a feminine noun or a non-human
        # plural ("القوات. الإسرائيلية"), a masculine one after a masculine noun. (An
        # abstract noun in -ية after a masculine noun opens a sentence: "... الاحتلال.
        # الصهيونية حركة ...".)
        base = definite_base(k1)
        if k2 in COUNTING:
            return None  # an ordinal counting on: "... الهدف الأول. الثاني جاء ..."
        if large_zipf(b1 or k1) < 2.0 and large_zipf(base) < 2.5:
            # a rare word with the article is a family name, which no adjective follows:
            # "... القاضي نزار الحياري. المدعي العام رأى ..."
            return None
        if plain_adjective(base) or ordinal_or_elative(base):
            # A relational adjective follows its noun before the other adjectives
            # ("الرئيس المصري الجديد"): after "الجديد", an ordinal or an elative it
            # opens a sentence as a name ("... على ملعب السويس الجديد. المصري حقق
            # الفوز ...", "... في الشوط الأول. الجزائري ياسين بن زية سجل ...").
            return None
        if fem_adj and predicate_next(following):
            return None  # a noun of that shape and its verb: "الباعة. البلدية تقول ..."
        if name_then_verb(following):
            # a nationality before a name, opening a sentence with its verb: "... مع
            # النادي. البرازيلي نيمار ينتظر ...", "... الميدان. المصري محمد صلاح سجل ..."
            return None
        plain = not fem_adj and not k2.endswith(("ين", "ون"))
        if (
            plain
            and verb_after_adjectives(following, particle=False)
            and hamza_key(b0) not in _THAT_WORDS
        ):
            # a masculine word of nisba shape before a verb is a name or a side opening a
            # sentence: "... في الداخل والخارج. الحسيني يقول", "... شمال القطاع.
            # الإسرائيلي يرفض ...", "... تباطؤ التضخم. المركزي برر قراره ..."; not
            # after a subject of أن, whose clause the full stop cut: "... أن القصف.
            # الإسرائيلي استهدف ...", nor before a particle and its verb, which an
            # adjective is as often: "... على الكتاب. الورقي لا يزال قويا ..."
            return None
        return why if definite_agreement(k1, k2, b1 or k1) else None
    if (
        b2.startswith("ال")
        and k1[-1] not in "،,"
        and k1 not in TIME_NOUNS  # "... منذ شهور. الاحتياطي ارتفع ..."
        and construct_head(b1 or k1)
        and not (seldom_definite(b1 or k1) and not _head_before_name(b0))
        and not _future_verb(k1)
        and not shapes.pp_prefixed(k1)
        and not _manner(b1 or k1)
        and not predicate_next(following)
        and not closes_phrase(b0)
        and not pronoun_and_verb(b0, b1 or k1)
        # (an ordinal after a word on و or in ة counts on, "الأولى خفيفة ومنعشة.
        # الثانية غنية ..."; after a name it is a regnal number, "فيصل. الثاني")
        and not (
            k2 in COUNTING
            and ((k1[:1] == "و" and shapes.conjunction_led(b1 or k1)) or k1.endswith("ة"))
        )
    ):
        # After an indefinite noun the definite adjective-shaped word is its genitive
        # ("وزير. المالية", "مساعي. السلام الإقليمية"), or it agrees with a noun made
        # definite by a pronoun ("دولته. الفلسطينية"). (After a manner phrase it opens a
        # sentence: "أدار المباراة بنجاح. الدولي فيصل ...", "... بانتظام. التهوية
        # الجيدة ..."; before a verb, the word is its subject: "... دون تأخير. الآليات
        # تنتشر ..."; a noun after بلا / دون / أي closes its phrase: "... بلا منازع.
        # الجزائري رياض محرز ...")
        return "'{w2}' completes '{w1}' before the full stop"
    if not def1 and not b2.startswith("ال") and k2.endswith("ية"):
        # (after a broken plural too, which takes a feminine adjective: "مصادر. محلية",
        # and after the last noun of a list on و: "ومواقع. عسكرية")
        if feminine_head(b1 or k1) and not shapes.pp_prefixed(k1):
            return why
    if (
        not def1
        and not b2.startswith("ال")
        and k2.endswith("ي")
        and not fem_noun
        and len(k1) >= 3
        and not k1.endswith(("ي", "ين", "ون", "ا"))
        and k1 not in TIME_ADVERBS
        and not shapes.pp_prefixed(k1)
        and not shapes.past_or_present_verb(k1)
        and not broken_plural(k1)
    ):
        # an indefinite masculine nisba after the indefinite masculine noun it describes
        # ("في سياق. سياسي هادئ")
        return why
    return None


# Nouns that close set adverbial phrases ("على التوالي", "على الإطلاق", "على الفور",
# "على الأقل", "على حد سواء"): no adjective follows them.
_IDIOM_NOUNS = {
    hamza_key(w)
    for w in "التوالي الإطلاق الفور الأقل الأرجح الأغلب التحديد الخصوص العموم سواء".split()
}


def construct_adjective(b0: str, b1: str, b2: str) -> str | None:
    """A feminine nisba after the full stop describing the indefinite construct before
    it, whose head is feminine or a broken plural ("وسائل إعلام. إسرائيلية", "مصادر
    أمن. مصرية"): a sentence cannot open with an adjective."""
    k0, k1, k2 = hamza_key(b0), hamza_key(b1), hamza_key(b2)
    if k2.startswith("ال") or not k2.endswith("ية") or not nisba(b2):
        return None
    for k in (k0, k1):
        if k.startswith(shapes.DEFINITE_PREFIXES) or shapes.is_function(k) or shapes.pp_prefixed(k):
            return None
    if k1.endswith(("ة", "ات")) or shapes.past_or_present_verb(k1) or nisba(b1):
        return None  # (the adjective would describe the second noun, or none)
    if possessed(b1):
        return None  # a construct made definite by its pronoun: "على نفقة مالكها. بلدية ..."
    if feminine_head(b0):
        return "the adjective '{w2}' describes '" + b0 + " {w1}' before the full stop"
    return None


def feminine_head(word: str) -> bool:
    """Does ``word`` (on و or not) take a feminine adjective: a noun in -ة / -ات or a
    broken plural, of four letters at least (فعول / فعال too: "خطوط", "رياح"; the
    callers ask the word after it to be a relational adjective, which a masdar or a
    singular of that shape, "وصول", "ضباب", does not take in the feminine)?"""
    k = hamza_key(word)
    base = k[1:] if shapes.conjunction_led(word) else k
    return _takes_feminine(base) and len(base) >= 4


# Words after a predicate put first ("صحيح أن ...", "كبيرة هي الخسائر ...").
_AFTER_FRONTED = {hamza_key(w) for w in "أن أنه أنها أنهم إن إنه إنها إنهم هو هي هم هن".split()}


def described_indefinite(w1: str, w2: str, following: str) -> str | None:
    """A descriptive adjective after the full stop, indefinite and agreeing in gender
    with the indefinite noun before it ("وقعت مواجهات. عنيفة بين ...", "وفاة أول جندي.
    جريح بسببها ...", "في مجالات. جديدة مثل ..."): فعيل / فاعل or a participle in م-
    used in both genders. A sentence cannot open with an indefinite adjective; a word of
    that shape that opens one is a noun heading what follows ("رئيس لواء ...", "قائد
    حرس ...") or a predicate put first ("صحيح أن ..."), so the word after it must be a
    preposition, a particle or a verb. ``following`` is the text after ``w2``."""
    b1, b2 = strip_marks(w1), strip_marks(w2)
    k1, k2 = hamza_key(b1), hamza_key(b2)
    if k1.startswith(shapes.DEFINITE_PREFIXES) or k2.startswith("ال") or k2[:1] in "وفبلك":
        return None
    if len(k1) < 3 or shapes.is_function(k1) or shapes.is_function(k2):
        return None
    if k1 in _ONE:
        return None  # "one" closes its phrase: "... في تصميم واحد. مثالي للعمل ..."
    if has_tanween(w1 + w2) or k2.endswith("ا"):
        return None  # (an accusative: its adjective carries the same ending)
    if shapes.verb_like(b1) or shapes.verb_like(b2):
        return None
    if k1.endswith(("ين", "ون")) or zipf("ال" + b1) < 3.0:
        return None  # a plural of people takes a plural adjective; a name takes none
    if possessed(b1):
        return None  # a pronoun makes the noun definite: "معيشتهم. رئيس ..."
    if not (
        plain_adjective(b2) or (b2.startswith("م") and len(b2) >= 4 and _adjective_participle(b2))
    ):
        return None
    # a feminine adjective after a feminine noun or a broken plural, a masculine after a
    # masculine noun
    if k2.endswith("ة") != _takes_feminine(k1):
        return None
    nxt = shapes.words(following[:30])
    if nxt:
        k3 = shapes.key(nxt[0])
        if k3 in _AFTER_FRONTED:
            return None  # a predicate put first: "صحيح أن ...", "كبيرة هي ..."
        verb = shapes.predicate_verb(k3) and zipf("ال" + strip_marks(nxt[0])) < 3.0
        if not (verb or shapes.is_function(k3) or shapes.pp_prefixed(k3)):
            return None  # (a noun heading a construct: "رئيس أركان ...", "قائد حرس ...")
    return "the adjective '{w2}' describes '{w1}' before the full stop"


# Words after which a definite descriptive adjective is still the noun's: prepositions
# (but في / من, after which the adjective is a noun opening a sentence: "الجديد في
# الأمر", "الأهم من ذلك") and adverbs of a clause's complement. (Not a relative: "...
# الانتظار. النائب الذي تحدث ...".)
_ADJECTIVE_GOES_ON = (shapes.PREPOSITIONS - {hamza_key(w) for w in "في من".split()}) | {
    hamza_key(w) for w in "بعد قبل ضمن لدى تجاه إزاء".split()
}


def described_definite(w1: str, w2: str, following: str) -> str | None:
    """A definite descriptive adjective after the full stop (فعيل / فاعل, not an
    elative nor a nisba), agreeing in gender with the definite noun before it and
    not a noun of persons, followed by a preposition or a noun in بـ / لـ: "الاهتمام.
    الكبير لمقام ...", "التعديلات. اللازمة على ...". Such a word opens sentences as a
    noun before أن, في, من, a relative, a demonstrative or a verb ("الجديد في الأمر أن
    ...", "الفارق يتسع", "الجدير بالذكر", "النائب الذي تحدث ...")."""
    b1, b2 = strip_marks(w1), strip_marks(w2)
    k1, k2 = hamza_key(b1), hamza_key(b2)
    if not k1.startswith(shapes.DEFINITE_PREFIXES) or not k2.startswith("ال"):
        return None
    if shapes.is_function(k1) or shapes.is_function(k2) or k2 in _SUBSTANTIVE:
        return None
    base2 = b2[2:]  # (as written: the word list keeps its hamzas)
    if not plain_adjective(base2) or shapes.elative(base2) or nisba(b2) or _person(base2):
        return None
    base1 = definite_base(k1)
    if plain_adjective(base1) or ordinal_or_elative(base1) or nisba(b1):
        return None  # (an adjective before: the word after may be a noun)
    fem1 = shapes.feminine(k1) or k1.endswith("ات") or broken_plural(base1)
    if base2.endswith("ة") != fem1:
        return None
    nxt = shapes.words(following[:30])
    if not nxt:
        return None
    k3 = shapes.key(nxt[0])
    if k3 not in _ADJECTIVE_GOES_ON and not shapes.pp_prefixed(k3):
        return None
    return "the adjective '{w2}' describes '{w1}' before the full stop"


def _person(base: str) -> bool:
    """Is the singular ``base`` (فاعل / فعيل) a noun of persons more than an adjective:
    far more common than its feminine (نائب، رئيس، قائد), or with a common plural in
    -ون / -ين (لاعب، كاتب)? Such a noun opens sentences before a preposition: "اللاعب
    على دكة البدلاء"."""
    masc = base[:-1] if base.endswith("ة") else base
    z, zf = zipf(masc), zipf(masc + "ة")
    plural = max(zipf(masc + "ون"), zipf(masc + "ين"))
    return z - zf > 0.6 or (plural >= 3.0 and z - plural < 1.1)


# Adjectives used as nouns before their complement ("الجدير بالذكر أن ...").
_SUBSTANTIVE = {hamza_key(w) for w in "الجدير الجديرة".split()}


def participle_after(k1: str, b2: str, after: str, following: str = "") -> str | None:
    """A definite participle in م- after the full stop that agrees with the definite
    noun before it ("عدوان الاحتلال. المستمر على غزة", "حرب الإبادة. المتواصلة على
    ..."). Participles name people and things too and open sentences ("المتحدث باسم
    ...", "المكتب الإعلامي ..."), so word frequencies must call the word an adjective
    (:func:`_adjective_participle`); a nisba is :func:`adjective_after`'s, and a
    participle after an adjective or an ordinal, or before a verb, is a noun opening
    a sentence ("... في الشوط الأول. المهاجم سجل ..."), and one before أن opens it
    ("المتوقع أن ...")."""
    if after in "،,:؛" or not k1.startswith(shapes.DEFINITE_PREFIXES) or shapes.is_function(k1):
        return None
    k2 = hamza_key(b2)
    if len(k2) < 6 or not k2.startswith("الم") or k1 == k2 or nisba(b2):
        return None
    if k2.endswith(("ين", "ون", "ات")):
        return None  # a plural names people or things opening a sentence ("المشرفون")
    if b2.endswith("ى") or not _adjective_participle(k2[2:]):
        return None  # (a noun of place in -ى: "المبنى", "الملتقى")
    base = definite_base(k1)
    if plain_adjective(base) or ordinal_or_elative(base) or verb_after_adjectives(following):
        return None  # (a noun and its verb: "... هدف التقدم. المهاجم البديل نجح ...")
    nxt = shapes.words(following[:12])
    if nxt and shapes.key(nxt[0]).startswith("ان") and shapes.is_function(shapes.key(nxt[0])):
        return None  # a participle that opens a sentence on أن: "المتوقع أن ...", "المعروف أنه"
    if k2.endswith("ة"):
        agrees = k1.endswith(("ة", "ات")) or shapes.feminine(base) or broken_plural(base)
    else:
        agrees = not k1.endswith(("ة", "ات", "ين", "ون")) and not broken_plural(base)
    return "the participle '{w2}' describes '{w1}' before the full stop" if agrees else None


def _adjective_participle(x: str) -> bool:
    """Is the singular participle ``x`` (without the article) an adjective: common in
    both genders, about as often (مستمر / مستمرة، مسلح / مسلحة), and never written with
    a possessive pronoun? Participles that are nouns have no partner (مجلس، مزيد), a
    partner far rarer (مقاومة / مقاوم، متحدث / متحدثة), take pronouns (مكتبه،
    موضوعها) or name people in a common plural (المتهمين، المختصون)."""
    masc = x[:-1] if x.endswith("ة") else x
    z, zm, zf = zipf(x), zipf(masc), zipf(masc + "ة")
    if min(zm, zf) < 3.0:
        return _rare_adjective_participle(masc)
    if abs(zm - zf) > 0.6:
        return False
    plural = max(zipf(masc + "ون"), zipf(masc + "ين"))
    if plural >= 3.0 and zm - plural < 1.1:
        # A person too, in its plural: المتهم / المتهمين، المختص / المختصون (the plural
        # of an adjective is far rarer than its singular: مستمر / مستمرون)
        return False
    possessed = (masc + "ت" if x.endswith("ة") else masc, masc)
    return z > 0 and not any(zipf(p + sfx) >= 2.5 for p in possessed for sfx in ("ه", "ها", "هم"))


def _rare_adjective_participle(masc: str) -> bool:
    """Is the participle ``masc`` (masculine, without the article), too rare for the
    small word list, an adjective: rare in both genders in the large list (the forms of a
    rare derived verb: متوغل / متوغلة، مبرم / مبرمة), about as often? A rare participle
    that is a noun or a name has one gender far more common (معتصم، مستوصف), and a
    common one is in the small list."""
    lm, lf = large_zipf(masc), large_zipf(masc + "ة")
    if max(lm, lf) >= 3.0 or min(lm, lf) < 1.5 or abs(lm - lf) > 0.6:
        return False
    return max(large_zipf(masc + "ون"), large_zipf(masc + "ين")) < lm


def _manner(bare: str) -> bool:
    """بـ on a common noun, a phrase of manner that closes sentences ("بانتظام",
    "بمفاجأة", "بهدوء"), however common the whole word is (``bare`` as written: the
    word list keeps its hamzas)."""
    return (
        len(bare) >= 5 and bare[0] == "ب" and not bare.startswith("بال") and zipf(bare[1:]) >= 3.5
    )


def predicate_next(following: str) -> bool:
    """Is the first word of ``following`` a verb that may say something of the word
    before it (not a function word, not a definite noun), a copula ("... الماضي كان
    ...", "... الماضي هنا ليس ذكرى"), or a particle before its verb ("... الماضي ما
    يزال حاضرا")? An adverb of place or time may come first."""
    ws = shapes.words(following[:40])
    if not ws or following[:1] not in " ":
        return False
    keys = [shapes.key(w) for w in ws[:4]]
    while len(keys) > 1 and keys[0] in _ADVERBS_BEFORE_PREDICATE:
        keys = keys[1:]
    k = keys[0]
    if k in _COPULA_VERBS:
        return True
    if k in _VERB_PARTICLES and len(keys) > 1:
        return not keys[1].startswith("ال") and shapes.predicate_verb(keys[1])
    return not shapes.is_function(k) and not k.startswith("ال") and shapes.predicate_verb(k)


# Between a subject and its predicate: "الماضي هنا ليس ذكرى", "الوضع أيضا يتحسن".
_ADVERBS_BEFORE_PREDICATE = {hamza_key(w) for w in "هنا هناك أيضا الآن".split()}
# Copulas, closed-class words that are verbs all the same ("الوضع كان صعبا").
_COPULA_VERBS = forms("كان ليس", "he she they") | forms("أصبح بات صار ظل", "he she")
_VERB_PARTICLES = {hamza_key(w) for w in "ما لا لم لن قد".split()}


def any_clear_verb(ws: list[str]) -> bool:
    """Is one of the words ``ws`` (as written) a verb beyond doubt (``clear_verb``)?"""
    return any(clear_verb(shapes.key(strip_marks(w))) for w in ws)


def clear_verb(k: str) -> bool:
    """A verb by its shape beyond doubt: an imperfect (يفعل، تفعل; of three letters a
    common word never written with the article: يرى، تظل, not يوم), a past with its
    person ending (أغلقت، أكدوا), a past of three letters or of the shape فاعل whose
    imperfect is a common word (صدر / يصدر, دعا / يدعو, عاش / يعيش, ناقش / يناقش; not
    "وسط": يوسط is none, nor "كاتب", nor the adverb "غدا")."""
    if len(k) == 3 and k.endswith("ا") and k not in TIME_ADVERBS:
        return zipf("ي" + k[:2] + "و") >= 3.5  # a defective past: دعا / يدعو، بدا / يبدو
    if len(k) == 3 and k[0] in "يت" and zipf(k) >= 3.5 and zipf("ال" + k) < 3.0:
        return not shapes.is_function(k)  # an imperfect of three letters: يرى، تظل
    if len(k) == 3 and k[1] == "ا" and zipf("ال" + k) == 0:
        # a hollow past whose imperfect is a common word (عاش / يعيش، قال / يقول; not
        # باب، مال، دار, written with the article)
        return max(zipf("ي" + k[0] + c + k[2]) for c in "يوا") >= 3.5
    if len(k) == 3:
        return zipf("ي" + k) >= 3.0 and not shapes.is_function(k)
    if len(k) == 4 and k[1] == "ا" and zipf("ي" + k) >= 3.0:
        return True  # a past فاعل whose imperfect is a common word (ناقش / يناقش)
    if not shapes.predicate_verb(k) or k.startswith("ال"):
        return False
    return k[0] in "يت" or k.endswith(("ت", "وا")) or k.startswith("س")


def definite_run(ws: list[str], most: int, on_waw: bool = False) -> int:
    """How many of the first ``most`` words of ``ws`` carry the article (on و too with
    ``on_waw``): a subject's adjectives or the definite genitives of a construct, which a
    reader passes over to the word that says something of them."""
    prefixes = ("ال", "وال") if on_waw else ("ال",)
    i = 0
    while i < most and i < len(ws) and strip_marks(ws[i]).startswith(prefixes):
        i += 1
    return i


# أن / إن and their compounds: the noun after them is the subject of their clause.
_THAT_WORDS = {hamza_key(w) for w in "أن إن بأن لأن وأن وإن".split()}


def verb_after_adjectives(following: str, particle: bool = True) -> bool:
    """Does a verb come in ``following`` (the text after a definite word) right after
    up to two definite adjectives of that word ("يرفض ...", "البديل نجح ...", "العام
    طالب ...")? The word is then the subject of a sentence of its own. With
    ``particle`` a verb after ما / لا / لم / لن / قد counts too ("... لا تزال")."""
    ws = shapes.words(re.split("[،,.؛:؟!\n]", following[:60], maxsplit=1)[0])
    i = definite_run(ws, 2)
    if i >= len(ws) or (i == 0 and following[:1] != " "):
        return False
    if i and shapes.key(ws[i]) in _PART_OF and i + 1 < len(ws):
        # a phrase of part or place on the subject: "المعروض الجديد من الوحدات السكنية
        # لم يواكب ...", "السوري المحترف في صفوف الفريق سجل ..."
        run = definite_run(ws[i + 1 :], 3)
        head = shapes.key(ws[i + 1])
        if not run and not (shapes.is_function(head) or shapes.predicate_verb(head)):
            run = definite_run(ws[i + 2 :], 2)
            run = run and 1 + run  # an indefinite head and its genitive
        if run:
            i += 1 + run
    if particle and i < len(ws) - 1 and shapes.key(ws[i]) in _VERB_PARTICLES:
        # a particle before the verb: "... لم يواكب", "... لا تزال" (no name follows it)
        return clear_verb(shapes.key(ws[i + 1]))
    # (a verb beyond doubt and a known word: not a name of a verb's shape, "أحمد",
    # "تاكاشي")
    return i < len(ws) and clear_verb(shapes.key(ws[i])) and zipf(strip_marks(ws[i])) >= 3.0


_PART_OF = {hamza_key(w) for w in "من في".split()}


def broken_plural(base: str) -> bool:
    """The broken plurals أفاعل / فواعل / مفاعل and مفاعيل / أفاعيل (أجانب، مصادر،
    مشاريع، أساليب), told by their shape."""
    if len(base) == 5 and base[2] == "ا" and not base.endswith(("ي", "ة")):
        return base[0] != "ت"  # (not the verbal nouns تفاعل: تواصل، تعاون)
    return len(base) == 6 and base[2] == "ا" and base[4] == "ي"


def _takes_feminine(k: str) -> bool:
    """Does the indefinite noun keyed ``k`` take a feminine adjective: a noun in -ة /
    -ات or a broken plural (of four letters too, فعول / فعال)?"""
    return k.endswith(("ة", "ات")) or broken_plural(k) or _plural_of_four(k)


def _plural_of_four(k: str) -> bool:
    """May ``k`` be a broken plural of four letters, فعول / فعال ("خطوط", "رياح",
    "جنود", "جبال")? The shape is also that of masdars and singulars ("وصول", "نظام"), so
    it only lets a feminine adjective after it agree, never makes a word plural."""
    return len(k) == 4 and k[2] in "وا" and k[3] not in "ةاىي"


def manqus_plural(base: str) -> bool:
    """A broken plural ending in ي (أراضي، نواحي، مباني، أغاني): أفاعي / فواعي / مفاعي,
    not a nisba of that shape (إضافي, whose feminine is as common)."""
    return len(base) == 5 and base[2] == "ا" and base.endswith("ي") and not nisba(base)


ORDINAL_BASES = {hamza_key(w) for w in "أول أولى أخير أخيرة".split()} | {k[2:] for k in COUNTING}


def ordinal_or_elative(base: str) -> bool:
    """An ordinal (أول، ثاني، أخير) or an elative أفعل (أكبر، أفضل): adjectives that
    come last after their noun."""
    return base in ORDINAL_BASES or shapes.elative(base)


def name_then_verb(following: str) -> bool:
    """Do one to three words of a name (no article, no ending of a common noun: -ة،
    -ات، -ون، -ين، -ا) and then a verb (an imperfect, or a past of three letters whose
    imperfect is common, or of the shapes افتعل / تفعّل) open ``following``, the text
    after a relational adjective, before any punctuation ("نيمار ينتظر", "محمد صلاح
    سجل", "محمد صلاح افتتح", "رياض محرز تألق")? A name's first word is no common noun
    ("استيفاء نموذج طلب") unless a rare word follows it ("كريم بنزيمة"); its later ones
    may be ("صلاح", "محرز"), and a rare one may end like a common noun ("بنزيمة")."""
    ws = shapes.words(re.split("[،,.؛:؟!\n]", following[:50], maxsplit=1)[0])
    for i, w in enumerate(ws[:4]):
        bare, k = strip_marks(w), shapes.key(w)
        if shapes.is_function(k) or k.startswith("ال") or has_tanween(w):
            return False
        if i and (
            (k[:1] in "يت" and len(k) >= 4 and shapes.past_or_present_verb(k))
            or (len(k) == 3 and zipf("ي" + k) >= 3.0)
            or (len(k) == 5 and k[0] == "ا" and k[2] in "تطد" and zipf("ي" + k[1:]) >= 3.0)
        ):
            return True
        if (
            (k.endswith(("ة", "ات", "ون", "ين", "ا")) and not (i and _rare(bare)))
            or shapes.conjunction_led(bare)
            or shapes.pp_prefixed(k)
            or (i == 0 and zipf("ال" + bare) >= 3.5 and not _rare_after(ws))
        ):
            return False  # a common noun ("استيفاء نموذج طلب"), not a first name ("كريم")
    return False


def _rare_after(ws: list[str]) -> bool:
    """Is the second of the words ``ws`` a rare one (``_rare``): a family name after a
    first name that is a common word too ("كريم بنزيمة")?"""
    return len(ws) > 1 and _rare(strip_marks(ws[1]))


def _rare(bare: str) -> bool:
    """Is ``bare`` a rare word, never written with the article: a name, whatever its
    ending ("بنزيمة")?"""
    return zipf("ال" + bare) < 2.0 and zipf(bare) < 3.0


def definite_agreement(k1: str, k2: str, raw: str) -> bool:
    """Does the definite nisba keyed ``k2`` agree with the definite noun keyed ``k1``
    (written ``raw``)? A feminine adjective after a feminine noun or a non-human plural
    ("القوات الإسرائيلية"), a plural one after a masculine noun, a masculine singular one
    after a masculine singular noun."""
    base = definite_base(k1)
    fem_noun = k1.endswith(("ة", "ات"))
    if k2.endswith(("ية", "يات")):
        # (after a non-human plural too, broken or in -ى; not after a masculine
        # plural or dual in -ين: "... اليومين الماضيين. الشرقية سجلت ...")
        if k2.endswith("يات") and not (k1.endswith("ات") or broken_plural(base)):
            return False  # a plural in -يات describes no singular: "السيارة. البلديات"
        return (
            fem_noun
            or shapes.feminine(base)
            or broken_plural(base)
            or manqus_plural(base)
            or k1.endswith("ى")
            or shapes.afal_plural(raw)  # (by the word: the key drops its hamza)
        )
    if k2.endswith(("ين", "ون")):
        return not fem_noun  # a plural adjective: "الأسرى. الإسرائيليين"
    # A masculine singular describes no plural: "... مبيعات الأجانب. السعودي في
    # المقابل ارتفع" opens a sentence. (فعلى plurals, أسرى، جرحى: the key writes their
    # ى as ي; not the مفعل nouns, مبنى.)
    plural = (
        _sound_plural(base)
        or broken_plural(base)
        or (len(base) == 4 and raw.endswith("ى") and base[0] != "م")
    )
    return not fem_noun and not plural


def _sound_plural(base: str) -> bool:
    """Is ``base`` (a key without its article) a plural or a dual in -ون / -ين, the
    word without the ending being one ("المسؤولين", "الطرفين"; not the masdar
    "التعاون" nor "القانون")?"""
    if not base.endswith(("ين", "ون")):
        return False
    stem = base[:-2]
    return len(stem) >= 2 and max(key_zipf(stem), key_zipf("ال" + stem)) >= 3.0


def plain_adjective(base: str) -> bool:
    """A descriptive adjective of the shapes فعيل / فاعل (جديد، كبير، سابق; with -ة),
    used in both genders (word frequencies), not a participle in م- nor a nisba."""
    a = base[:-1] if base.endswith("ة") else base
    if len(a) != 4 or not (a[2] == "ي" or a[1] == "ا"):
        return False
    return shapes.gendered(base)  # (the word as written, against its partner)


TIME_ADVERBS = {
    hamza_key(w)
    for w in """أمس غدا مساء صباح ليلا نهارا مؤخرا حاليا سابقا لاحقا ظهرا عصرا فجرا
    صباحا باكرا متأخرا""".split()
}


# Nouns of time that close sentences after قبل / منذ / بعد or as a duration ("... قبل
# أيام.", "... منذ شهور.", "مدتها أسبوع."): no head of a construct cut by a full stop.
TIME_NOUNS = {
    hamza_key(w)
    for w in """أيام ساعات أسابيع أشهر شهور سنوات سنين أعوام عقود دقائق ليال
    يوم أسبوع شهر سنة عام ساعة دقيقة ليلة""".split()
}


def _head_before_name(b0: str) -> bool:
    """Is ``b0``, the word before a name, an indefinite noun heading a construct whose
    genitive the name is, so that an adjective after the name may be the head's
    ("معرض تونس. الدولي للكتاب")?"""
    b = strip_marks(b0)
    k0 = hamza_key(b)
    if len(k0) < 3 or shapes.is_function(k0) or k0.startswith(shapes.DEFINITE_PREFIXES):
        return False
    # (a common noun, written with the article too; "نادي" as well, in -ي before its
    # genitive: "نادي توتنهام. الإنجليزي")
    return zipf("ال" + b) >= 3.0 and not nisba(b) and not possessed(b)


def seldom_definite(bare: str) -> bool:
    """Is ``bare`` a hundred times rarer with the article than without, by itself, after
    a و / ف / بـ / لـ / كـ on it or without a possessive pronoun ("دراسته": "الدراسة"),
    in the large word list? Then it is a name ("ريكس", "ماكس": a dog's), which heads no
    construct: "مبروك على ريكس. الراعي الألماني سلالة ..."."""
    stems = [bare, bare[1:]] if bare[:1] in "وفبلك" and len(bare) > 3 else [bare]
    for s in list(stems):
        suf = next((x for x in shapes.PRON_SUFFIXES if s.endswith(x)), "")
        if suf and len(s) - len(suf) >= 2:
            s = s[: -len(suf)]
            stems += [s, s[:-1] + "ة"] if s.endswith("ت") else [s]
    return all(large_zipf("ال" + s) <= large_zipf(s) - 2.0 for s in stems)


def construct_head(b1: str) -> bool:
    """Could the indefinite word ``b1`` before a full stop be the head of a construct
    phrase whose genitive follows ("وزير. المالية")? Not an adjective (a word used in
    both genders: "طويلة"; a nisba: "مبدئي", "تفقدية"), a plural, an adverb of time or
    an accusative in -ا, a month's name: a sentence ends with those, and the next may open with a noun
    of nisba shape ("... ستكون طويلة. الإسرائيلي لا يملك حلا", "... بعشرة لاعبين.
    الإسباني سيرجيو راموس ...")."""
    k1 = hamza_key(b1)
    if k1 in TIME_ADVERBS or (k1.endswith("ا") and not k1.endswith("ايا")):
        return False
    if pkey(b1) in MONTHS:
        return False  # a month's name ("... في سبتمبر. التصفيات تبدأ ...") heads nothing
    if b1.endswith("ي") or (
        b1.endswith("ية") and (nisba(b1) or zipf(b1) < 4.0 or zipf(b1[:-2] + "يين") >= 3.0)
    ):
        # a relational adjective: "مبدئي", "تفقدية", "توعوية" (not a common noun in -ية,
        # far more common than its -ي form: "عملية", "قضية"), or a participle whose
        # masculine is written without its ي but whose plural is common: "متتالية" /
        # "متتاليين"
        return False
    if b1.endswith(("ين", "ون", "ات")):
        return False  # a plural ends sentences ("بعشرة لاعبين."); heads here are singular
    partner = b1[:-1] if b1.endswith("ة") else b1 + "ة"
    zp = zipf(partner)
    return not (zp >= 3.0 and abs(zipf(b1) - zp) <= 1.0)


# Words after which an indefinite noun is a genitive or a count, not a head of its own
# ("كل قوة", "ألف صفقة"), or the second part of a name ("بيت لحم", "أبو ظبي").
COUNTING_WORDS = {
    hamza_key(w)
    for w in "كل أي أية ألف آلاف مليون ملايين مليار بعض جميع عدة بضع كافة أحد إحدى أو".split()
}
NAME_PARTS = {hamza_key(w) for w in "بنت بيت ابن بن أبو أم عبد".split()}
# After these a bare noun or masdar may close a sentence: the object of a need or a
# lack ("يحتاج إلى تمويل.", "دون إعلان.", "بلا توقف."), a part of what it is taken from
# ("لم تخل من تحذير.") or what came before ("اتخذ القرار بعد دراسة.").
NOUN_CLOSERS = {hamza_key(w) for w in "إلى الى دون بدون بلا من بعد".split()}
# After these an indefinite noun is a predicate ("ليست استثناء.", "تبقى قائمة."), one of
# NOUN_CLOSERS' or what لا denies ("إلى ما لا نهاية.").
PREDICATE_BEFORE = (
    NOUN_CLOSERS
    | forms("ليس كان", "he she they")
    | forms("أصبح صار بات", "he she")
    | forms("بقي ظل زال", "he she does she-does")
    | {
        hamza_key(w)
        for w in "مازال مازالت هو هي هم أنه أنها أنهم إنه إنها إنهم لأنه لأنها لأنهم لا".split()
    }
)
# Definite adverbs of time that open sentences (and dated lines: "اليوم 07:43").
TIME_OPENERS = {hamza_key(w) for w in "اليوم الآن الليلة البارحة".split()}
# The pronoun suffixes a noun may carry, but "ك" and "كما", which end many nouns too.
OBJECT_SUFFIXES = tuple(s for s in shapes.PRON_SUFFIXES if s not in ("ك", "كما"))


_PHRASE_CLOSERS = {hamza_key(w) for w in "بلا دون بدون أي أية".split()}


# Pronouns of the third person, which open a nominal sentence or separate a subject
# from its predicate ("والمشكلة هي ..."): the subject pronouns and the dual.
SEPARATING_PRONOUNS = SUBJECT_PRONOUNS | {shapes.key("هما")}


def pronoun_and_verb(b0: str, b1: str) -> bool:
    """Is ``b0`` a pronoun of the third person and ``b1`` a verb, a word never written
    with the article ("وهو أجاب."): a nominal sentence whose predicate is the verb,
    complete in itself (not "وهو أمين. الصندوق")?"""
    k0 = shapes.key(b0)
    return (
        (k0 in SEPARATING_PRONOUNS or (k0[:1] in "وف" and k0[1:] in SEPARATING_PRONOUNS))
        and shapes.verb_like(b1)
        and zipf("ال" + strip_marks(b1)) < 3.0
    )


def closes_phrase(b0: str) -> bool:
    """Is ``b0``, the word before a bare noun, one after which that noun closes its
    phrase and heads nothing: بلا / دون / بدون ("بلا منازع.", "دون تمييز.") or أي ("غياب
    أي تمويل.")? (After من / إلى / بعد a noun heads a construct as often: "من استهداف
    السفن".)"""
    return hamza_key(strip_marks(b0)) in _PHRASE_CLOSERS


def possessed(bare: str) -> bool:
    """Does the noun ``bare`` carry a pronoun suffix: a stem of three letters or more
    more common than the whole word ("مجازره", "معيشتهم")? Such a noun is definite."""
    z = zipf(bare)
    return any(
        bare.endswith(s) and len(bare) - len(s) >= 3 and zipf(bare[: -len(s)]) > z
        for s in OBJECT_SUFFIXES
    )


def derived_masdar(b: str) -> bool:
    """A masdar of a derived verb by its shape: إفعال written with its hamza ("إنهاء"; أفعال
    is a plural), تفعيل ("تطوير") or استفعال ("استكمال"). Heads of constructs, seldom
    written with the article ("الإنهاء" is rare, "إنهاء الحرب" common)."""
    n = len(b)
    if n == 5 and b[0] == "إ" and b[3] == "ا":
        return True
    if n == 5 and b[0] == "ت" and b[3] == "ي":
        return True
    return n == 7 and b.startswith("است") and b[5] == "ا"


def ifti_masdar(b: str) -> bool:
    """A masdar of افتعل / انفعل by its shape ("ارتفاع", "اصطدام", "انسحاب"): six
    letters, alef first and fifth, ت (or its assimilated ط / د) third or ن second; not
    one in ال-, which a noun with the article shares ("الدمار"). Bare, these head
    constructs: in the dev corpus 1 of the 817 closes a sentence ("من دون أدنى
    اكتراث.")."""
    if len(b) != 6 or b[0] != "ا" or b[4] != "ا" or b[1] == "ل":
        return False
    return b[2] in "تطد" or b[1] == "ن"


def head_noun(word: str) -> bool:
    """Is ``word`` (as written, before a full stop) a common noun of four letters or more
    that heads a construct? It is written with the article too (an established noun,
    not a name: "مستوى" -> "المستوى"; a masdar of a derived verb at least once in a
    hundred times), carries no tanween, pronoun or conjunction, and is not a verb first."""
    b1 = strip_marks(word)
    k1 = hamza_key(b1)
    if len(k1) < 4 or shapes.is_function(k1) or k1.startswith(shapes.DEFINITE_PREFIXES):
        return False
    if has_tanween(word) or not construct_head(b1):
        return False
    # (the definite form looked up in the large list when the small one lacks it:
    # "الحصيلة")
    z1, zdef = zipf(b1), zipf("ال" + b1) or large_zipf("ال" + b1)
    if min(z1, zdef) < 3.0 and not (
        z1 >= 3.0 and derived_masdar(b1) and large_zipf("ال" + b1) >= max(2.5, z1 - 2.0)
    ):
        # A name or a rare word. A masdar is written with the article less often than
        # without, but not a hundred times less, as a name of its shape is ("إيران").
        return False
    if b1[0] in "وفبلك" and zipf(b1[1:]) > z1:
        return False  # a conjunction or a preposition on it
    if possessed(b1):
        return False  # a pronoun on it: no genitive can follow
    return not (shapes.past_or_present_verb(k1) and zdef < z1 - 0.5)  # a verb first


def bare_head(word: str, before: str) -> bool:
    """Is ``word`` a :func:`head_noun` that is neither a genitive nor a name part (see
    ``COUNTING_WORDS``, ``NAME_PARTS``)? The word ``before`` it must be a particle, a
    preposition, a definite word or a verb: after an indefinite noun the word is that
    noun's genitive or adjective ("جرائم حرب", "طائرات مسيرة")."""
    if not head_noun(word):
        return False
    b0 = strip_marks(before)
    k0 = hamza_key(b0)
    if k0 in COUNTING_WORDS or k0 in NAME_PARTS or k0 in PREDICATE_BEFORE:
        return False
    if shapes.is_function(k0) or k0.startswith(shapes.DEFINITE_PREFIXES):
        return True
    if strip_marks(word).endswith("ية"):
        return False  # after a verb, an accusative of respect: "لا تقل أهمية."
    # a verb, not a noun or an elative of a verb's shape ("متر مكعب", "أقرب موقع"); a
    # verb behind و / ف too ("فارتفعت حصيلة.")
    if k0[:1] in "وف" and len(k0) > 4 and shapes.past_or_present_verb(k0[1:]):
        b0, k0 = b0[1:], k0[1:]
    if not shapes.past_or_present_verb(k0) or shapes.elative(b0):
        return False
    zdef0 = zipf("ال" + b0)
    return zdef0 < 3.0 if len(k0) == 3 else zdef0 < max(3.0, zipf(b0) - 0.5)


# Quantities that open sentences ("عشرات الآلاف ...", "بعض المصادر ..."): no genitive
# cut off from the noun before the full stop.
OPENING_QUANTITIES = {
    hamza_key(w) for w in "عشرات مئات آلاف ملايين عدد بعض كل جميع نحو حوالي قرابة".split()
}


def indefinite_genitive(word: str) -> bool:
    """Could ``word``, after a full stop, be the indefinite genitive of a construct head
    before it ("في ظل ظروف. معينة", "وتواصل قوات الاحتلال اقتحام. مخيم طولكرم")? A
    common noun or adjective of three letters or more (written with the article too, so
    not a name), with no article, tanween, accusative alef or conjunction, not a verb
    first and not a quantity that opens sentences ("عشرات")."""
    b2 = strip_marks(word)
    k2 = hamza_key(b2)
    if len(k2) < 3 or k2.startswith("ال") or shapes.is_function(k2) or k2 in OPENING_QUANTITIES:
        return False
    if has_tanween(word) or k2.endswith("ا"):
        return False
    z2 = zipf(b2)
    if b2[0] in "وفبلك" and zipf(b2[1:]) > z2:
        return False  # a conjunction or a preposition on it
    zdef = zipf("ال" + b2)
    if zdef < 3.0:
        return False  # a name or a rare word
    return not (shapes.past_or_present_verb(k2) and zdef < z2 - 0.5)


def imperfect_verb(word: str) -> bool:
    """An imperfect verb in ي- ("يواجه", "ويلتقي", "فيستضيف"): the word after it is its
    subject or object, a noun ("ويلتقي الأهلي مع ..."), never an adjective."""
    k = shapes.key(word)
    if len(k) >= 5 and k[0] in "وف" and k[1] == "ي":
        k = k[1:]
    return len(k) >= 4 and k[0] == "ي" and shapes.past_or_present_verb(k) and zipf(k) < 5.0
