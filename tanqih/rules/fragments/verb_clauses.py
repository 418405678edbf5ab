"""The clause around a full stop and whether it holds a verb, for FRG002 (``splits``).

The words of the sentence or clause after a full stop and the line before it
(``sentence_words``, ``clause_words``, ``line_before``, ``word_before``,
``long_enough``); whether a clause holds a word that may be its verb (``has_verb``,
``clause_verb``, ``verbless_clause``) and the words that tell (particles, copulas,
conjunctions that open a clause, words that govern a genitive); a verb opening the clause
before the full stop (``verb_first``) or all its clause holds (``verb_alone_in_clause``,
``opener_and_verb``). Which signal of the rule uses which is documented on the rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.copulas import forms
from tanqih.rules.fragments.document_words import HSPACE
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    TIME_ADVERBS,
    clear_verb,
)
from tanqih.rules.word_frequencies import zipf

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
        if k in TIME_ADVERBS or has_tanween(w):
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
# Incomplete verbs take a predicate: "وكانت. القوات ..." cannot end there.
COPULAS = forms("كان أصبح صار", "he she does she-does") | forms("ليس", "he she")


def mid_sentence(text: str, start: int) -> bool:
    """Does a word of the same sentence come before ``start`` ("وأضاف أنّ ...")?"""
    before = re.split("[.؟!:\n]", text[max(0, start - 40) : start])[-1]
    return bool(shapes.words(before))


def verb_after_comma(text: str, start: int) -> bool:
    """Does the sentence opening at ``start`` go on, after a comma, with a verb first: a
    phrase put before its main clause ("بتجربة هذا النظام في مئة شركة، لاحظ الباحثون
    ...")?"""
    sentence = SENTENCE_END_RE.split(text[start : start + 200], maxsplit=1)[0]
    if "،" not in sentence:
        return False
    ws = shapes.words(sentence.split("،", 1)[1][:40])
    return bool(ws) and clear_verb(shapes.key(ws[0]))


SENTENCE_END_RE = re.compile(r"[.؟!?]|\n")
# A verb or an auxiliary inside the phrase: it is a clause ("في الماضي كنا نستخدم").
CLAUSE_WORDS = {shapes.key(w) for w in "كان كانت كنا كانوا تم قد لقد سوف ليس ليست".split()}


def clause_verb(ws: list[str], j: int) -> bool:
    """Could word ``j`` of a phrase (keys) be its verb? An auxiliary, a word of a
    verb's shape (not an accusative noun: "يوما"), a common hollow past verb that never
    takes the article ("مات صديقي"; not "مال", "عام", "دار"), and another three-letter
    one only before a definite noun ("فاز الفريق"; not "عدد من", "خمس سنوات")."""
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
    if len(w) == 3 and w[1] == "ا" and zipf(w) >= 3.5 and zipf("ال" + w) < 2.0:
        return True  # a hollow past verb, which never takes the article: "مات صديقي"
    return len(w) > 3 or (j + 1 < len(ws) and ws[j + 1].startswith("ال"))


def hollow_causative(w: str) -> bool:
    """أفعل of a hollow root, with its alef inside (أراح، أقام، أعاد، أثار: يريح، يقيم),
    a verb the shape tests miss; not a noun of that shape, which takes the article
    (إطار، أمان)."""
    if len(w) != 4 or w[0] != "ا" or w[2] != "ا":
        return False
    return zipf("ي" + w[1] + "ي" + w[3]) >= 3.0 and zipf("ال" + w) < 2.5


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


_MIMMA = shapes.key("مما")

# Circumstantial participles of verbs of saying and stance, in the accusative ("...،
# مؤكدا أن ...", "مشيرة إلى ...", "محملين نتنياهو المسؤولية"): what they say follows.
_SAYING_HAL_STEMS = """مؤكد مشير موضح مضيف لافت معتبر منوه مشدد محذر مطالب معرب محمل
مستنكر مبين مردف معلن مشيد مثمن مرجح مستبعد مستعرض""".split()
SAYING_HAL = {
    shapes.key(stem + end) for stem in _SAYING_HAL_STEMS for end in ("ا", "ة", "ين", "تين")
} | {shapes.key(w) for w in "داعيا داعية داعين نافيا نافية نافين مبديا مبدية مبدين".split()}


def saying_participle_alone(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``, before a full stop) a circumstantial participle of a
    verb of saying or stance, alone after a comma ("... في محيط المخيم، مؤكدة.
    إيقاع إصابات ...", "... قدرات العدو، مؤكدا. مواصلة القتال ...")? It has said
    nothing yet, whatever the next sentence holds. (مجددا, "again", is not one.)"""
    if shapes.key(strip_marks(word)) not in SAYING_HAL:
        return False
    return re.search("[،,][ \u00a0]*$", text[max(0, start - 4) : start]) is not None


# What closes a clause before a verb: punctuation, a line end or a quote mark.
CLAUSE_BREAK_RE = re.compile('[.،,:؛؟!\n«»“”"]')


def verb_alone_in_clause(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``, before a full stop) a verb in the third person that
    is all its clause holds, after a comma and an opening phrase ("من جهتها، نشرت.
    سرايا القدس ...", "إلى جانب ذلك، قد تشهد. الحكومة ...", "ونفذ عمليات أخرى،
    استهدفت. خلالها ...") or after a conjunction of time or place that opens its
    clause (``TIME_PLACE_OPENERS``: "... المدينة، حيث غمرت.", "... طولكرم. فيما
    يواصل.") or after "، مما" ("... بنسبة 50%، مما يدعو."): such a verb has said
    nothing yet. Not a verb of saying after its quotation ("«...»، قال."; one on و
    goes on from it, "... "إسرائيل"، وتتزايد."), nor one after ثم in a story ("ثم
    صمت."), nor a verb with a person of its own ("انتصرنا.", "نفذوا.")."""
    if has_tanween(word):
        return False  # a noun: "المدة المقترحة: 21 يومًا."
    k = shapes.key(word)
    led = k[:1] in "وف" and len(k) > 4
    if led:
        k = k[1:]
    if shapes.is_function(k) or k.endswith(("نا", "تم", "وا")) or not clear_verb(k):
        return False
    look = text[max(0, start - 200) : start]
    breaks = list(CLAUSE_BREAK_RE.finditer(look))
    if not breaks:
        return False
    cut = breaks[-1].start()
    heads = [shapes.key(w) for w in shapes.words(look[cut + 1 :])]
    if heads == [_MIMMA] and look[cut] in "،,":
        return True  # a clause of consequence that says nothing: "... 50%، مما يدعو."
    opener = bool(heads) and heads[0] in TIME_PLACE_OPENERS
    if look[cut] in ".؟!\n" and not opener:
        return False  # the verb opens its sentence: "... نهاية. ارتفعت ..." is a cut elsewhere
    if any(h != "قد" for h in heads[1 if opener else 0 :]):
        return False  # the clause holds more than the verb ("ثم صمت.", "الأسعار ارتفعت.")
    if opener:
        return True  # "... طولكرم. فيما يواصل. الاحتلال ...", "... حيث غمرت. الأمطار ..."
    if not led and (
        any(ch in "”»" for ch in look[max(0, cut - 3) : cut + 1])
        or re.search('[^\\s«“]"[،, ]*$', look[: cut + 1])
    ):
        # a verb after the quotation it reports: "«...»، قالت." (one on و / ف goes on
        # from it: "... مُنيت به "إسرائيل"، وتتزايد.")
        return False
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
