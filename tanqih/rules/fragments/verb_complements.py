"""Verbs that need what follows them, for FRG002 (``splits``).

Verbs of saying and what was said (``REPORTING``, a speaker and "إن", a that-clause
with no predicate, a quotation's attribution), a verb left alone between two sentences
(``lone_verb``), and verbs that always take an object or a complement (``TRANSITIVE``,
``COMPLEMENT_VERBS``, ``subject_alone``, ``object_lost``). Which signal of the rule uses
which is documented on the rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.document_words import HSPACE
from tanqih.rules.fragments.noun_phrases import DEMONSTRATIVES
from tanqih.rules.fragments.phrase_words import (
    OPENING_QUANTITIES,
    without_conjunction,
)
from tanqih.rules.fragments.verb_clauses import hollow_causative, line_before
from tanqih.rules.word_frequencies import zipf

# A sentence of one word between two sentences of a paragraph ("... عالمياً. ويشير.
# المسؤولون ..."), with the word after it.
LONE_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}]\\.)[{HSPACE}]+([{LETTERS}][{LETTERS}{MARKS}]*)\\."
    f'[{HSPACE}]+["“«]?([{LETTERS}][{LETTERS}{MARKS}]*)'
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
        or has_tanween(word)
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
        or has_tanween(nxt)
    )


# Verbs of saying take a clause or an object: "وأضاف." cannot end a sentence.
REPORTING = {
    hamza_key(w + t)
    for w in "قال أكد أضاف أوضح أشار ذكر أفاد أعلن صرح كشف أعرب شدد لفت نقل اعتبر طالب".split()
    for t in ("", "ت")
}
AS_RE = re.compile(f"(?:^|[^{LETTERS}])(?:(?:ك|مثل|حسب|وفق|بحسب)?ما|أيا|أيًا|أياً)\\s*$")

# ". إن الحكومة ...", ". إنه وصل ...": what a verb of saying before the stop introduces.
SAID_RE = re.compile(f"(?<=[{LETTERS}{MARKS}])\\. ((?:إن|إنه|إنها|إنهم|إنهن|إننا))(?= )")
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


def written_with_hamza_elsewhere(text: str, particle: str) -> bool:
    """Is ``particle`` أن / إن written bare, with its clitic ("بان", "لان", "وان"), in a
    text that writes the particle with its hamza elsewhere ("بأن")? Then the bare word
    is another word: the verb بان (appeared), لان (softened)."""
    if not particle.endswith("ان"):
        return False
    head = particle[:-2]
    return re.search(f"(?<![{LETTERS}{MARKS}]){head}[أإ]ن(?![{LETTERS}])", text) is not None


# Adverbs of place that, after أنّ, are no predicate of their own ("بأنّ هناك.").
THERE = {hamza_key(w) for w in "هناك هنالك".split()}
# ". الودغيري إن ...": one to four words (a name, a title), then "إن" and what was said.
SPEAKER_RE = re.compile(
    f"(?<=[{LETTERS}{MARKS}])\\. ((?:[{LETTERS}][{LETTERS}{MARKS}]*،? ){{1,4}})"
    "(إن|إنه|إنها|إنهم|إنهن|إننا)(?= )"
)
# Verbs of saying that always take what was said (not أعلن, أكد: they take a noun too).
_ADDING = "أضاف|أضافت|اضاف|اضافت|أضافوا|يضيف|تضيف"
_SAYING = f"[وف]?(?:قال|قالت|قالوا|{_ADDING}|صرح|صرحت|يقول|تقول)"
SAYING_RE = re.compile(f"(?:^|\\s){_SAYING}(?=\\s)")
# أضاف meaning "added to" ("عملا يضيف إلى رصيد ..."), not a verb of saying.
ADDS_TO_RE = re.compile(f"\\s?[وف]?(?:{_ADDING})[{MARKS}]*\\s+[إا]لى(?=\\s)")
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


# Verbs of news copy that always take an object ("واصل الاحتلال قصفه"): one of them
# closing a sentence has lost it. Past (with ت), imperfect (ي / ت), with و / ف.
_TRANSITIVE_PAST = (
    "واصل أطلق منع شن استهدف نفذ استخدم أصدر اتخذ تبنى أجرى شهد ضم عقد قدم رفع فرض"
    " ناقش أغلق ألغى أدخل امتلك تناول ترأس استقبل اعتقل هدم صادر اقتحم أنقذ استأنف"
    " جدد تفقد أظهر أبرم أحرز أحبط أعاد".split()
)
_TRANSITIVE_PRESENT = """يواصل يطلق يمنع يشن يستهدف ينفذ يستخدم يصدر يتخذ يجري يشهد يعقد
يقدم يرفع يفرض يتضمن يتطلب يناقش يغلق يلغي يمتلك يتناول يترأس يستقبل يقتحم ينقذ
يستأنف يجدد يتفقد يشمل يكشف يوثق يجذب يوضح يطرح يعيد يثير يحمل يمنح""".split()


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
