"""Nouns, constructs and names, for FRG002 (``splits``).

A genitive after an indefinite noun, the head of a construct and the noun that
completes it, a masdar cut from its genitive, demonstratives, a list of nouns or masdars
on و, a subject whose verb follows, the labels of a scraped page, and names: listed
names, compound names and the words that link a name's parts. Which signal of the rule
uses which is documented on the rule.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.boilerplate.datelines import MONTHS
from tanqih.rules.fragments.phrase_words import (
    ANNOUNCED_BY,
    NOUN_CLOSERS,
    OBJECT_SUFFIXES,
    RELATIVES,
    clear_verb,
    closes_phrase,
    construct_head,
    definite_run,
    derived_masdar,
    head_noun,
    ifti_masdar,
    ordinal_or_elative,
    possessed,
)
from tanqih.rules.fragments.verb_clauses import clause_words, has_verb, line_before, sentence_words
from tanqih.rules.phrases import pkey
from tanqih.rules.word_frequencies import KNOWN, zipf


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
    if has_tanween(ws[-1]) or k0.endswith("ا"):
        return False  # an accusative: "... مؤكدا نقل." is no construct
    return k0.endswith(("ة", "ات")) or (
        zipf("ال" + b0) >= 3.0 and not shapes.past_or_present_verb(k0)
    )


def echoed(w1: str, w2: str) -> bool:
    """Does the sentence after the full stop open with the word before it, made
    definite ("إلى قرار. القرار", "عن راع. الراعي", "لتدريب. التدريب")? A style of
    short sentences, never a cut phrase."""
    k1, k2 = shapes.key(w1), shapes.key(w2)
    if not k2.startswith("ال") or len(k1) < 3:
        return False
    rest = k2[2:]
    return rest in (k1, k1 + "ي") or (k1[0] in "لب" and rest == k1[1:])


DEMONSTRATIVES = ANNOUNCED_BY | {shapes.key(w) for w in "هذين هاتين هؤلاء".split()}


def noun_head(k: str) -> bool:
    """Is ``k`` (a key, no "ال") a noun that heads a construct or a demonstrative: its
    definite form is an established word ("قوات" → "القوات"; not "كان", "يتحمل")?"""
    return k in DEMONSTRATIVES or (not shapes.is_function(k) and zipf("ال" + k) >= KNOWN)


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


def gender_pair(b1: str, b2: str) -> bool:
    """Is ``b2`` "و" and the feminine of the participle ``b1`` (both without marks), one
    pair that names both sexes ("طالب وطالبة", "المواطنين والمواطنات"): no sentence ends
    between them ("... مئة ألف طالب. وطالبة، توزعوا على ...")?"""
    if b2[:1] != "و" or len(b1) < 3:
        return False
    x = b2[1:]
    if x == b1 + "ة":
        stem = b1
    elif len(b1) > 4 and b1.endswith(("ين", "ون")) and x == b1[:-2] + "ات":
        stem = b1[:-2]
    else:
        return False
    stem = stem[2:] if stem.startswith("ال") else stem
    # a participle names the person: فاعل (طالب، لاعب) or one of the derived forms on
    # م (مواطن، معلم، مهندس); "القراء. والقراءة" (readers / reading) are two words
    return (len(stem) == 4 and stem[1] == "ا") or (len(stem) >= 4 and stem[0] == "م")


def _waw_root_we_verb(bare: str) -> bool:
    """Is ``bare`` the past of "we" of a verb whose root opens with و, maybe with an
    object pronoun ("وضعناها", "وصلنا", "وجدناه"): no و of a conjunction?"""
    for suf in ("ها", "هم", "ه", "كم", ""):
        if suf and not bare.endswith(suf):
            continue
        core = bare[: len(bare) - len(suf)]
        if core.endswith("نا") and len(core) == 5:
            stem = core[:-2]
            return zipf(stem) >= 3.0 and shapes.past_or_present_verb(shapes.key(stem))
    return False


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
    if not shapes.conjunction_led(b2) or has_tanween(w1 + w2):
        return False  # "وزارة", "وسائل"; an adverbial accusative: "وحرصًا منه ..."
    if shapes.verb_like(x) or shapes.predicate_verb(kx) or clear_verb(kx):
        return False
    if kx.endswith("وا") or (kx[:1] == "ا" and kx.endswith("ت") and not kx.endswith("ات")):
        return False  # a past verb with its person: "واستهدفوا", "واقتحمت"
    if _waw_root_we_verb(b2):
        return False  # و of the root, a verb of "we": "وضعناها", "وصلنا"
    if x.startswith("سأ") and len(x) >= 5:
        return False  # a first person's future: "... إلى الطابور نفسه. وسأعود أنا أيضًا."
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
        # ضروريين. وطالب الحكومة ..."); a noun with its own pronoun is definite, the
        # subject of a sentence whose predicate follows ("... في وقت مبكر. وثالثها
        # إهمال خدمة العملاء ..."), unless the noun before carries the same pronoun,
        # the list's last item ("... أيادي آبائنا. وأمهاتنا وأجدادنا ...")
        if shapes.pp_prefixed(b1) or possessed(b1):
            return False
        if possessed(x) and not any(x.endswith(s) and b1.endswith(s) for s in OBJECT_SUFFIXES):
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
# A compound first name (عبد and a divine name) and a family name in ال-...-ي.
COMPOUND_NAME_RE = re.compile(
    f"(?<![{LETTERS}])(عبد ?ال[{LETTERS}]{{2,}})\\. (ال[{LETTERS}]{{2,}}ي)(?![{LETTERS}])"
)


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
    if k in LABELS or has_tanween(word) or len(k) < 3:
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
    return not (has_tanween(word) or shapes.stance_adverb(bare))


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
    if _past_of_we(b2):
        return False  # a verb with its subject opens a sentence: "... إنجاز. خسرنا أمام ..."
    b1 = strip_marks(w1)
    if ifti_masdar(b1):
        # (also the name of an event, "احتفال", "اجتماع": its adjective may follow)
        if not (b2.startswith("ال") or construct_head(b2)):
            return False
    elif not derived_masdar(b1):
        return False
    if not head_noun(w1):
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


def _past_of_we(bare: str) -> bool:
    """A past verb of "we" ("خسرنا", "قررنا"): the word without نا a common verb that
    is no noun (no "الأرض" for أرضنا, no ثقافة for ثقافتنا)."""
    stem = bare[:-2]
    if not bare.endswith("نا") or len(stem) < 3:
        return False
    return zipf(stem) >= 3.0 and zipf("ال" + stem) < 3.0


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


# The words that link the parts of a name (بن، بنت، أبو، آل): no sentence ends on one
# ("الدكتورة سعاد بنت. خميس الحارثية"). Not أبي (my father), عبد, ولد (was born).
NAME_LINKS = {hamza_key(w) for w in "بن بنت ابن ابنة أبو آل".split()}
