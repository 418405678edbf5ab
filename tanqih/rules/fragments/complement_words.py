"""Words that need a complement or govern the word after them, for FRG002 (``splits``).

Prepositions, conjunctions, particles and relatives that cannot end a sentence
(``NEEDS_COMPLEMENT``, ``needs_complement``), a masdar of purpose in لـ and the verbs
that take لـ, a preposition with a pronoun, a verb that governs بـ and its object, a
phrase of means or purpose, words bound to the clause before (بأن، تزال), بين and its
two nouns, and a preposition before the head of a construct. Which signal of the rule
uses which is documented on the rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.document_words import ALL_Q
from tanqih.rules.fragments.phrase_words import (
    broken_plural,
    definite_base,
    derived_masdar,
    indefinite_genitive,
    nisba,
    plain_adjective,
    without_conjunction,
)
from tanqih.rules.fragments.verb_clauses import ADVERBIAL, has_verb, word_before
from tanqih.rules.word_frequencies import zipf

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
        # ("بقيادة. مدربه", "بحضور. مدير"), with "و" too ("من داخل. المعسكر": the
        # adverbs داخل / خارج close no sentence; "في الداخل." takes the article). Not the
        # ones that close an idiom:
        # "عن قرب", "رأسا على عقب", "فما فوق", "صلة قرابة", "لا غير".
        hamza_key(c + w)
        for w in """ولكن لكنه عند تحت قبيل إبان أثناء طيلة طوال حوالي جنوب شمال شرق غرب
    منتصف أواخر أوائل مطلع سوى حتى ليس قبالة حيال بجانب باتجاه بواسطة بفعل بدون بلا
    لصالح لمصلحة علاوة بالإضافة بقيادة برئاسة بإشراف برعاية بحضور بمشاركة بمناسبة
    بمساعدة بتمويل بالتعاون بالتنسيق رغم برغم داخل بداخل لداخل خارج بمحاذاة بخصوص
    بفضل""".split()
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
    return without_conjunction(shapes.key(word_before(text, start))) in _POSITIONS


# Nouns of place that, with no article, take a name after them ("منطقة شرق", a district
# of Kuwait City; "بمحافظة طريف").
PLACE_NOUNS = "محافظة منطقة مدينة حي شارع وادي قرية بلدة مخيم ولاية إمارة مقاطعة ناحية قضاء"
_PLACE_NOUN_KEYS = {hamza_key(w) for w in PLACE_NOUNS.split()}
_COMPASS = {hamza_key(w) for w in "شرق غرب شمال جنوب".split()}


def _named_place(k: str, text: str, start: int) -> bool:
    """Is the compass word keyed ``k`` (at ``start``) the name of a place after a noun of
    place ("... في منطقة شرق.")?"""
    prev = shapes.key(word_before(text, start))
    return k in _COMPASS and (prev in _PLACE_NOUN_KEYS or prev[1:] in _PLACE_NOUN_KEYS)


# Closed-class words that answer a question in one word ("من؟ أنا.", "أين؟ هنا.").
_ANSWERS = {hamza_key(w) for w in "أنا نحن أنت أنتم هو هي هم هن هما هنا".split()}


# Particles whose key is that of a noun written with the other hamza: إمام (an imam, a
# family name: "عادل إمام") is no أمام, أثر (a trace) no إثر. Written without a hamza,
# the word stays ambiguous and is read as the particle.
_PARTICLE_SPELLINGS = {hamza_key(w): w for w in "أمام إثر".split()}


def other_hamza(word: str) -> bool:
    """Is ``word`` written with a hamza that the particle of its key does not have
    ("إمام" against أمام, "أثر" against إثر)? Not on و / ف, a noun that heads what
    follows ("... رئيس المجلس وإمام. مسجد باريس ...")."""
    bare = strip_marks(word)
    spelled = _PARTICLE_SPELLINGS.get(hamza_key(bare))
    return spelled is not None and bare[0] in "أإآ" and bare != spelled


_SOME = hamza_key("بعض")
_RECIPROCAL_RE = re.compile(f"(?:^|[^{LETTERS}])[وفلب]?بعض(?:ه|ها|هم|هما|هن|نا|كم)(?![{LETTERS}])")


def _reciprocal(text: str, start: int) -> bool:
    """Is the بعض at ``start`` the second half of a reciprocal, "بعضها عن بعض" (بعض and a
    pronoun one to three words before it)?"""
    before = text[max(0, start - 30) : start]
    ws = shapes.words(before)[-3:]
    return bool(ws) and bool(_RECIPROCAL_RE.search(" " + " ".join(ws)))


def needs_complement(k: str, alone: bool, text: str, start: int) -> bool:
    """Can the word keyed ``k`` (at ``start``) not close a sentence: a preposition, a
    particle or a conjunction (bare or after "و" / "ف": "وحول.", "فمنذ."), or, when it is
    a sentence of its own (``alone``), any closed-class word that is no answer or
    interjection ("وهذا.", "هناك."; not "نعم.", nor "أنا." after a question)?"""
    if k in NEEDS_COMPLEMENT:
        if k == _SOME and _reciprocal(text, start):
            return False  # "بعضها عن بعض.", "بعضهم إلى بعض.": the reciprocal is complete
        if k in _PRIVATE and _after_feminine_adjective(text, start):
            return False  # "and private": "... 50 جهة حكومية وخاصة."
        if k in _SIDES and _side_of_player(text, start):
            return False
        return not _named_place(k, text, start)
    if k[:1] in "وف" and k[1:] in NEEDS_COMPLEMENT and k not in _CONJOINED_WORDS:
        return True
    if k == _BISM and _after_spokesman(text, start):
        return True  # "وقال المتحدث باسم. الوزارة ..." (not the name: "قال باسم.")
    if k in _TITLE_HEADS and shapes.key(word_before(text, start)) in _TITLE_LINKS:
        return True  # "... مساعد سمو رئيس. الهيئة ...": a title heads its office
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


# "باسم" after a spokesman is "on behalf of", not the name Basim.
_BISM = hamza_key("باسم")
_SPOKESMEN = {
    hamza_key(a + w + e)
    for w in ("متحدث", "ناطق")
    for a in ("", "ال", "وال", "لل", "ك")
    for e in ("", "ة", "ا", "ون", "ين")
}
_OFFICIAL = {hamza_key(w) for w in "الرسمي الرسمية الرسميون الرسميين رسمي رسمية".split()}


def _after_spokesman(text: str, start: int) -> bool:
    """Does a spokesman ("المتحدث", "الناطق الرسمي") come right before ``start``?"""
    ks = [shapes.key(w) for w in shapes.words(text[max(0, start - 30) : start])[-2:]]
    if ks and ks[-1] in _OFFICIAL:
        ks.pop()
    return bool(ks) and ks[-1] in _SPOKESMEN


# A title after an honorific heads the office it names: "مساعد سمو رئيس الهيئة",
# "معالي وزير الصحة"; no sentence ends with it. (After a deputy's title it may:
# "انتخبت اللجنة رئيسا ونائب رئيس.")
_TITLE_HEADS = {hamza_key(w) for w in "رئيس مدير وزير أمين قائد محافظ وكيل أمير".split()}
_TITLE_LINKS = {
    hamza_key(c + w) for w in "سمو معالي سعادة فخامة".split() for c in ("", "و", "ل", "ب")
}


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
    إجراء محادثات ...")? Not after a subject it describes ("وهذا من المتوقع."), nor in a
    comparison, which is complete ("أكثر من المتوقع.")."""
    before = shapes.words(text[max(0, start - 30) : start])
    if not before or shapes.key(before[-1]) != "من":
        return False
    if len(before) < 2:
        return True
    k = shapes.key(before[-2])
    # (a comparison: "أكثر من المتوقع.", "بأسرع من المتوقع.", "أعلى من المتوقع.")
    comparative = shapes.elative(k[1:] if k[:1] in "وب" else k) or k in _ELATIVES_IN_A
    return not comparative and k not in _IMPERSONAL_SUBJECTS


_ELATIVES_IN_A = {hamza_key(w) for w in "أعلى أدنى أقصى".split()}


# Adverbs of time that open the next clause of a sentence after "، و": "، وبعدها ...".
_THEN = {hamza_key(w) for w in "بعدها بعده بعدهم قبلها قبله عندها حينها وقتها بعدئذ عندئذ".split()}


BEFORE_RE = re.compile(
    f'(?:^|(?<=[\\s"“«(]))([{LETTERS}][{LETTERS}{MARKS}]*)\\. (?=["“«]?[{LETTERS}0-9٠-٩])',
    re.MULTILINE,
)
# "لـ" and a masdar of the pattern تفعيل with no article: a purpose that needs its
# object ("لتوسيع.", "لتعزيز.", "ولتحقيق."; not "للتعليق.", "للتنقيب.").
# Also the masdars إفعال، استفعال and مفاعلة ("لإنهاء.", "لاستكمال.", "لمواجهة.")
# when ل is a clitic on a common word; not افتعال, whose masdars are nouns too ("دعا
# لاجتماع."), nor فعال, the shape of names ("لحماس.", "لبنان").
PURPOSE_MASDAR_RE = re.compile(
    f"^و?ل(?:ت[{LETTERS}]{{2}}ي[{LETTERS}]|ا[{LETTERS}]{{2}}ا[{LETTERS}]|است[{LETTERS}]{{2}}ا[{LETTERS}]"
    f"|م[{LETTERS}]ا[{LETTERS}]{{2}}ة)$"
)


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


_ILA = hamza_key("إلى")


def governs_li(text: str, start: int) -> bool:
    """Does a verb or a noun that takes its object through لـ (``LI_VERBS``) come in the
    clause before ``start``, within ten words ("وتعرض عدد من قوارب الصيد الراسية في
    الميناء لأضرار.")?"""
    clause = re.split("[،,:؛.؟!\n]", text[max(0, start - 120) : start])[-1]
    ks = [shapes.key(w) for w in shapes.words(clause)[-10:]]
    # (not when إلى follows and takes the object: "توصلا إلى اتفاق لتأمين. الإفراج ...")
    return any(k in LI_VERBS and _ILA not in ks[i + 1 :] for i, k in enumerate(ks))


ALA_RE = re.compile(f"(?<![{LETTERS}])على(?![{LETTERS}])")


# Given names that come before علي in a name ("محمد علي", "أحمد علي"), and words for a
# person before a name ("الإمام علي", "اللاعب علي").
_BEFORE_ALI = {
    hamza_key(w)
    for w in """محمد أحمد محمود حسن حسين عثمان إبراهيم مصطفى يوسف عمر خالد سعيد صالح
    عبدالله عادل سامي كريم جمال كمال طارق ناصر فهد سعد عمرو مجدي هاني وائل أيمن ياسر
    أشرف شريف حمدي رضا الإمام الشيخ السيد الحاج اللاعب الفنان الدكتور الأستاذ
    المهندس الكابتن الزميل الشهيد الطفل الشاب المواطن الأمير""".split()
}


def named_ali(text: str, word: str, before: str = "") -> bool:
    """Is "علي" before a full stop the name: spelled with ي in a text that writes the
    preposition على with ى elsewhere, or right after a given name or a word for a
    person, ``before`` ("... اللاعب محمد علي.", in a text that writes ى as ي)?"""
    if not strip_marks(word).endswith("ي"):
        return False
    return ALA_RE.search(text) is not None or hamza_key(strip_marks(before)) in _BEFORE_ALI


# A word ending in ى ("على", "حتى", "أخرى"): the text keeps ى and ي apart.
FINAL_YA_RE = re.compile(f"ى(?![{LETTERS}])")
_WITH_ME = {"إلي", "لدي"}


def to_me(text: str, word: str) -> bool:
    """Is "إلي" / "لدي" before a full stop the preposition with the pronoun "me" (إليّ،
    لديّ: "هذه أحب القطع إلي."), its shadda left out, in a text that writes ى at the
    end of words elsewhere? (Sites that write ى as ي write "إلي" for إلى.)"""
    return strip_marks(word) in _WITH_ME and FINAL_YA_RE.search(text) is not None


# A word, a full stop, a preposition (maybe with a pronoun) and the next word.
GOVERNED_RE = re.compile(
    f"(?<![{LETTERS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. (على|إلى|الى|في|عن|"
    f"علي[{LETTERS}]{{1,3}}|إلي[{LETTERS}]{{1,3}}|في[{LETTERS}]{{1,3}}|عن[{LETTERS}]{{1,3}})"
    f"(?![{LETTERS}])(?: ([{LETTERS}][{LETTERS}{MARKS}]*))?"
)
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي")


# A word, a full stop and a word in "بـ" (its object, when a verb before governs it).
B_TAIL_RE = re.compile(
    f"(?<![{LETTERS}])([{LETTERS}][{LETTERS}{MARKS}]*)\\. (ب[{LETTERS}][{LETTERS}{MARKS}]{{2,}})"
)
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


def b_object(word: str) -> bool:
    """Is ``word`` "بـ" and a noun (not an adverbial that opens a sentence, "بدوره"
    or "بعد", nor a word whose ب is its own: "بدأ", "بيان")?"""
    k = shapes.key(strip_marks(word))
    if k in shapes.B_OPENERS or shapes.is_function(k) or shapes.connective_led(word):
        return False
    rest = strip_marks(word)[1:]
    return rest.startswith("ال") or zipf(rest) >= 3.0


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
# لا / ما: "... لا. تزال ..."), "سيما" (after لا), and بـ on a noun of place with no
# article, which places what the clause before names ("... مكتب العمل. بمحافظة طريف
# ...": a sentence opens "في محافظة ..."; with لـ it may open one, "لمدينة جدة تاريخ").
BOUND_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}])\\. ((?:بأن|بان|بأنه|بأنها|بأنهم|بأنهن|بأننا|أن|أنه|أنها|"
    f"أنهم|أنهن|أننا|تزال|يزال|نزال|سيما|ب(?:{PLACE_NOUNS.replace(' ', '|')})))"
    f"(?= ([{LETTERS}][{LETTERS}{MARKS}]*))"
)


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
