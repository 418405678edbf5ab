"""Numbers, counts and dates, for FRG002 (``splits``).

The parts of a compound number and a number in words, the noun a number counts (a
plural after three to nine, a singular in the accusative after the tens), accusatives
and an indefinite noun with its elative, weekdays and the parts of the day, dates and
spans of time. Which signal of the rule uses which is documented on the rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.phrase_words import (
    PLURAL_SCALES,
    SCALE_WORDS,
    TIME_NOUNS,
    broken_plural,
)
from tanqih.rules.fragments.sentence_openings import TAIL_FIRST
from tanqih.rules.word_frequencies import zipf

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


def counts_plural(k1: str, k0: str) -> bool:
    """Is the word keyed ``k1`` (``k0`` the word before it) a number of three to ten,
    which takes a plural noun after it ("خمسة جنود", "لمدة عشرة أيام"); عشر / عشرة
    only alone, not closing a teen or its ordinal ("ثلاثة عشر", "القرن التاسع عشر.",
    "الدورة الثامنة عشرة.")?"""
    if k1 in UNITS or (k1.startswith("ال") and k1[2:] in UNITS):
        return True
    if k1 not in _TEENS:
        return False
    k0 = k0[1:] if k0[:1] == "و" else k0
    k0 = k0[2:] if k0.startswith("ال") else k0
    return not (k0 in _ONES or k0 in _ORDINAL_ONES or k0 in shapes.NUMBER_WORDS)


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


def counted_plural(k: str, bare: str = "") -> bool:
    """A plural that a number of three to nine counts: -ات, a broken plural, or
    thousands and millions ("سنوات", "أيام", "أشخاص", "آلاف"); not definite. ``bare``,
    the word as written, tells أفعال with its hamza ("أرقام") from اتفاق."""
    if k.startswith("ال") or shapes.is_function(k) or k.endswith("ة"):
        return False
    if len(bare) == 5 and bare[0] == "أ" and bare[3] == "ا":
        return True  # أفعال: أرقام، أشخاص، أهداف
    return k.endswith("ات") or shapes.feminine(k) or broken_plural(k) or k in PLURAL_SCALES


# A time word in construct before a weekday ("... يوم. الأحد ...", "مساء. الخميس"),
# and a number before the noun it counts, in the accusative ("... 220. كيلومترا في
# الساعة"): the two are one phrase; no sentence ends between them.
DAYS = {hamza_key(w) for w in shapes.WEEKDAYS}
# A weekday before the day and month it falls on ("... يوم الأحد. 15 يونيو، ...").
DATE_RE = re.compile(
    f"(?<![{LETTERS}])(ال(?:{'|'.join(w.removeprefix('ال') for w in shapes.WEEKDAYS)}))"
    f"\\. ([0-9٠-٩]{{1,2}}) ([{LETTERS}]+)"
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
    if has_tanween(w2):
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
    if has_tanween(w1) and not accusative:
        return False  # adverbial: "تماماً"
    if not ((b1.endswith("ة") and len(b1) >= 3) or accusative):
        return False
    # The adjective: an elative أفعل (أكبر، أهم), a comparison that needs what it
    # compares ("أهمية أكبر،"). A positive adjective makes a comment of its own
    # ("خطوة جريئة، لكنها متأخرة.", "نهاية مؤلمة، كما وصفها ...").
    return len(b2) in (3, 4) and b2[0] == "ا" and b2[-1] not in "ايىةه" and "ا" not in b2[1:]
