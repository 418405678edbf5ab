"""When two spellings are one word: the variant relation between two bare stems.

Stems are compared by keys that forget hamza seats (``hkey``), ة / ه and ى / ي too
(``lkey``), or letters of one sound in foreign names (``tkey``). Two stems are variants
when they differ only by hamza (``HAMZA``), by those final letters (``LETTER``) or by one
long vowel inside the word (``VOWEL``), and word frequencies do not show two distinct
words (على / علي, أن / إن, كتب / كاتب; the list of distinct spellings in
``data/distinct_spellings.txt`` settles the function words): :func:`relation`.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path

from tanqih.linter.arabic import TASHKEEL, TATWEEL
from tanqih.rules.word_frequencies import (
    COMMON,
    KNOWN,
    large_zipf,
    zipf,
)

DATA = Path(__file__).parent.parent / "data"  # tanqih/rules/data


# Two known spellings are one word misspelled when one is this much rarer (1.5 on the
# Zipf scale is about 30 times): القاهرة / القاهره, but not يرى / يري (sees / shows).
MISSPELLING_GAP = 1.5


# A final ى written ي in a name or noun (مصطفى / مصطفي, موسى / موسي) is a misspelling
# at a smaller gap than other letters: 1.25 (about 18 times). Pairs of distinct nouns
# lie below it (معنى / معني 1.07, مبنى / مبني 0.6, ليلى / ليلي 0.3).
MAQSURA_GAP = 1.25
# The gap for a final ة / ه on a word with the article, where ه cannot be "his".
ARTICLE_TA_GAP = 1.2


ALEFS = "اأإآٱ"
HAMZA_SEATS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي"}
_HKEY = str.maketrans(HAMZA_SEATS)
LKEY = str.maketrans({**HAMZA_SEATS, "ة": "ه", "ى": "ي"})
LONG_VOWELS = "اوي"
MARK_CHARS = set(TASHKEEL + TATWEEL)


def hkey(word: str) -> str:
    """Hamza key: hamza seats written as their bare letter (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي)."""
    return word.translate(_HKEY)


def lkey(word: str) -> str:
    """Loose key: hkey plus ة -> ه and ى -> ي."""
    return word.translate(LKEY)


# Letters that transliterate one foreign sound two ways: G (غ / ج), S and SH (س / ش،
# س / ز), T (ت / ط), K (ك / ق), V (ف / ڤ), P (ب / پ).
# Letters written for one foreign sound (غوتيريش / غوتيريس): each class is made one
# letter, its first, in the transliteration key.
_SOUND_CLASSES = ("غج", "سشز", "تط", "كق", "فڤ", "بپ")
TKEY = str.maketrans({c: cls[0] for cls in _SOUND_CLASSES for c in cls[1:]})
SAME_SOUND = {c: cls.replace(c, "") for cls in _SOUND_CLASSES for c in cls}


def tkey(word: str) -> str:
    """Transliteration key: lkey with the letters of one foreign sound made one."""
    return lkey(word).translate(TKEY)


@functools.cache
def _distinct_groups() -> dict[str, frozenset[int]]:
    """form -> ids of the lines of distinct_spellings.txt it appears on."""
    out: dict[str, set[int]] = defaultdict(set)
    text = (DATA / "distinct_spellings.txt").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for form in line.split():
            out[form].add(n)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def tanween_distinct() -> frozenset[str]:
    text = (DATA / "tanween_distinct.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def listed_distinct(a: str, b: str) -> bool:
    groups = _distinct_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


HAMZA = "hamza"  # differ only in hamza seats (VAR002)
LETTER = "letter"  # differ in ة / ه, ى / ي (possibly hamza too) (VAR001)
VOWEL = "vowel"  # differ by one long vowel inside the word (VAR001)

MIN_STEM = 3  # shorter stems (أن, من ...) are function words, never compared
# Longer runs of letters are no words (the longest Arabic words with their clitics have
# about fifteen letters): their variants are not looked for, which would cost the square
# of their length (a 300,000-letter run of garbage took two minutes).
MAX_WORD = 40
MIN_VOWEL_STEM = 4  # فعل / فاعل pairs of three-letter roots are distinct words
# A long vowel inserted in these tails makes a grammatical form, not a variant:
# nisba adjectives (سياحة / سياحية), plurals and duals (بلدين / بلديين, حشدا / حشودا).
_GRAMMATICAL_TAILS = ("ة", "ه", "ين", "ون", "ان", "ات", "ا", "ي", "و")


def _hamza_relation(a: str, b: str) -> bool:
    """Are two stems that differ only in hamza seats spellings of one word?"""
    diffs = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    last = len(a) - 1
    bare_side = None  # which of a / b carries the bare letter at every difference
    for i, x, y in diffs:
        if i == last and "ا" in (x, y):
            bare_side = "mixed"  # بدأ / بدا: a final hamza makes another verb
            break
        side = "a" if x in "اوي" else "b" if y in "اوي" else "mixed"
        if bare_side is None:
            bare_side = side
        elif side != bare_side:
            bare_side = "mixed"
    za, zb = zipf(a), zipf(b)
    if bare_side == "mixed":
        # Two different hamza seats (أثر / إثر, آمن / أمن): distinct words unless both
        # are unknown (a foreign name: آيزنكوت / أيزنكوت) or the word is too long for
        # an Arabic pair of one root (أردوغان / إردوغان, below).
        return (za < KNOWN and zb < KNOWN) or _initial_seat_only(a, b, diffs)
    bare, marked = (a, b) if bare_side == "a" else (b, a)
    zbare, zmarked = (za, zb) if bare_side == "a" else (zb, za)
    # An ambiguous bare form (امام: أمام or إمام) is no variant of either reading. In a
    # longer word the other reading must be a word, not a misspelling far rarer than this
    # one (آخرى is 150 times rarer than أخرى: اخرى is أخرى); three letters are too few to
    # tell (بان: بأن or the verb بان; انت: أنت or إنت).
    for i, x, y in diffs:
        m = y if bare_side == "a" else x
        if m in "أإآ":
            for alt in "أإآ":
                z_alt = zipf(bare[:i] + alt + bare[i + 1 :])
                rare = len(bare) >= 4 and z_alt < zmarked - MISSPELLING_GAP
                if alt != m and z_alt >= 3.5 and not rare:
                    return False
    # A bare form that is a word in its own right, at least as common as the hamzated
    # one (كان / كأن, واحد / وأحد), is another word. إ is exempt: the bare spelling of
    # إفعال / افتعال masdars is the usual one (اجتماع / إجتماع).
    if zbare >= KNOWN and zmarked >= KNOWN and zbare >= zmarked:
        if not any((y if bare_side == "a" else x) == "إ" for _, x, y in diffs):
            return False
    # A common word with a hamza seat in place of its و / ي, a spelling the list does not
    # know, is a rarer word of its own (يوم "day" / يؤم "leads the prayer"): scraping
    # drops hamzas, it does not add ؤ or ئ to a common word.
    if (
        zbare >= COMMON
        and zmarked < KNOWN
        and all((y if bare_side == "a" else x) in "ؤئ" for _, x, y in diffs)
    ):
        return False
    return True


MEDIAL_SEATS = "ؤئء"
# A pronoun after a hamza: its seat shows the case (بقاؤه، بقائه، بقاءه are all correct).
_CASE_SUFFIXES = frozenset("ه ها هم هما هن ك كم كما كن نا ي".split())


def seat_key(stem: str) -> str:
    """``stem`` with the seats of a hamza inside it made one (مسئول، مسؤول -> مسءول)."""
    inner = stem[1:-1]
    for c in "ؤئ":
        inner = inner.replace(c, "ء")
    return stem[:1] + inner + stem[-1:]


def _medial_seats(a: str, b: str) -> bool:
    """Stems of four letters or more that differ only in the seat of a hamza inside the
    word (مسئول / مسؤول، رءوس / رؤوس، شئون / شؤون): the Egyptian and the common
    spelling of one word. After an alef in a word of four letters, ئ / ء make two
    words (سائل "liquid" / ساءل "questioned", لائم / لاءم); in a longer one they are
    one (تساءل / تسائل، قراءة / قرائة). Before a pronoun the seat shows the case
    (أعضاؤهم، أعضائهم، أعضاءهم): those are left alone."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if not diffs:
        return False
    for i in diffs:
        if not (0 < i < len(a) - 1 and a[i] in MEDIAL_SEATS and b[i] in MEDIAL_SEATS):
            return False
        if a[i - 1] == "ا" and "ؤ" not in (a[i], b[i]) and len(a) == 4:
            return False
        if a[i + 1 :] in _CASE_SUFFIXES:
            return False  # the case before a pronoun: أعضاؤهم / أعضائهم / أعضاءهم
    return True


def _initial_seat_only(a: str, b: str, diffs: list) -> bool:
    """أ / إ opening a stem of six letters or more, and nothing else differs: one word
    spelled two ways (أردوغان / إردوغان، أيديولوجية / إيديولوجية). Arabic pairs of
    that kind are a plural and a masdar, أفعال / إفعال (أعداد / إعداد، أعمالهم /
    إعمالهم), whose fourth letter is the alef; they stay apart."""
    if len(diffs) != 1:
        return False
    i, x, y = diffs[0]
    if {x, y} != {"أ", "إ"} or i != article_length(a) or len(a) - i < 6:
        return False
    return a[i + 3] != "ا"


def _letter_relation(a: str, b: str) -> bool:
    """Stems that differ in a final ة / ه or ى / ي (and maybe hamza)."""
    if a[:-1] != b[:-1]:
        return False  # a hamza difference too (أدى / ادي, أضافه / إضافة): too far apart
    h_form = a if a.endswith("ه") else b if b.endswith("ه") else ""
    if h_form and not article_length(h_form) and zipf(h_form[:-1]) >= KNOWN:
        return False  # a word and "him / his": وحياه (he greeted him) / حياة (life)
    if (
        h_form.endswith("اه")
        and not article_length(h_form)
        and zipf(h_form[:-2] + "ى") >= KNOWN
        and zipf(b if h_form == a else a) < COMMON
    ):
        # a verb in ى and "him": رعاه (he sponsored it) / رعاة (sponsors); a common word
        # is misspelled with ه more often than it meets such a verb (صلاة / صلاه)
        return False
    if len(a) == 3 and not h_form and min(large_zipf(a), large_zipf(b)) >= 2.0:
        # three letters in ى / ي, both written on the web: a verb and a noun of one root
        # (كُنى "kunyas" / كُني "was named", بنى / بني, سعى / سعي)
        return False
    za, zb = zipf(a), zipf(b)
    if za >= KNOWN and zb >= KNOWN and h_form and article_length(h_form):
        # With the article, ه is no pronoun ("the" and "his" never meet on one word):
        # two spellings of one word, the much rarer one a misspelling (الجامعه 3.8 /
        # الجامعة 5.2, المدينه 4.0 / المدينة 5.6, المياة / المياه); not two words that are
        # both common (الكرة 4.9 / الكره "hatred" 4.0).
        return abs(za - zb) >= ARTICLE_TA_GAP
    if za >= KNOWN and zb >= KNOWN:
        # Both are written words: distinct (على / علي, دورة / دوره "his role", رأى / رأي)
        # unless one is a rare misspelling of the other (القاهرة 5.2 / القاهره 3.2).
        gap = MISSPELLING_GAP
        maqsura = a if a.endswith("ى") else b if b.endswith("ى") else ""
        if maqsura and maqsura[0] not in "يتنأ" and maqsura != "سوى":
            # Egyptian spelling writes a final ى as ي, so the ي form of a name or noun
            # is common on the web (مصطفى 4.9 / مصطفي 3.7, مستشفى / مستشفي); verbs keep
            # the larger gap (يرى "sees" / يري "shows", أرى / أري).
            gap = MAQSURA_GAP
        return abs(za - zb) >= gap and min(za, zb) < 4.0
    known = max(za, zb)
    if known >= KNOWN:
        # A misspelling of a common word (صلاة / صلاه) is far rarer than the word; a
        # rare word against its ي form may be a verb and a noun (تصدى / تصدي). A ه for
        # ة that is no word with a pronoun (above) is a misspelling: حمزة / حمزه. So is a
        # final ي written ى on a word no list knows (الحسينى / الحسيني, the Egyptian habit
        # carried to a nisba; a verb in ى is a word of the list: تصدى).
        if not known >= COMMON and not h_form:
            unknown = a if za == 0 else b if zb == 0 else ""
            return unknown.endswith("ى") and len(unknown) >= 5
        return True
    return True  # both rare: a name or a rare word written two ways


def _vowel_relation(short: str, long: str, pos: int) -> bool:
    """``long`` is ``short`` with a long vowel inserted at ``pos`` (inside the word)."""
    if len(short) < MIN_VOWEL_STEM or long[pos] not in LONG_VOWELS:
        return False
    if short.endswith("ة") and long == short[:-1] + "ية":
        return False  # a nisba of a name in -ة, a word of its own: الطنطورة / الطنطورية
    for suffix in _PRONOUN_SUFFIXES:
        if short.endswith(suffix) and long.endswith(suffix):
            # A pronoun on two words of one root: "اختبرنا" (we tested) / "اختبارنا" (our
            # test) are two known words with a suffix, not a name spelled two ways.
            n = len(suffix)
            if len(short) - n >= 3 and _known_core(short[:-n]) and _known_core(long[:-n]):
                return False
            if n >= 2 and min(_large_any_alef(w[:-n]) for w in (short, long)) >= 2.0:
                # two words of the large list, even rare ones, with a pronoun of two
                # letters: "ارزقنا" (provide us) / "أرزاقنا" (our livelihoods)
                return False
            break
    grammatical = (
        (pos == 2 and long[pos] == "ا" and len(short) <= 5)
        # the broken plural فواعل beside the singular فاعل (زامل / زوامل، رافد / روافد)
        or (pos == 1 and len(short) == 4 and long[1:3] == "وا")
        or long[pos + 1 :] in _GRAMMATICAL_TAILS
        or long[pos:] in ("ين", "ون", "ان", "ات", "ية")
        # a feminine noun and its plural, each with a pronoun (افتتاحيتها / افتتاحياتها)
        or any(long[pos:] == "ات" + suf and short.endswith("ت" + suf) for suf in _PRONOUN_SUFFIXES)
        # a dual or a plural in construct with a pronoun beside the singular with it
        # (ديوانيها, her two collections / ديوانها, her collection)
        or any(long[pos:] == "ي" + suf and short.endswith(suf) for suf in _PRONOUN_SUFFIXES)
        # the masdar تفعيل beside the imperfect تفعّل (تطريز / تطرز، تسجيل / تسجل)
        or (len(long) == 5 and long[0] == "ت" and pos == 3 and long[pos] == "ي")
        # the masdar إفعال / افتعال / استفعال beside its verb, an alef before the last
        # letter (ادخار / أدخر، استشهاد / استشهد)
        or (len(long) >= 5 and long[0] in "اأإ" and pos == len(long) - 2 and long[pos] == "ا")
    )
    if (
        pos == 1
        and short[0] in "وفل"
        and long[1] == "ي"
        and (long[2] in "تن" or long[2:4] == "ست")
        and large_zipf(short[1:]) > 0
        and large_zipf(long[1:]) > 0
    ):
        # the imperfect of a verb of form V, VI, VII or X behind a clitic beside another
        # form of it (فتشتت / فيتشتت، وتنقل / وينتقل): its ي is the person's, no vowel
        return False
    # Broken plurals فعالل / مفاعل / مفاعيل / فواعل (محفل / محافل, مربض / مرابض), nisbas, duals
    # and plurals are grammatical forms of real words; two spellings unknown even to the
    # large word list are a foreign name spelled two ways (دوفيف / دوافيف).
    if grammatical and (large_zipf(short) > 0 or large_zipf(long) > 0):
        return False
    if (
        short[0] == long[0] == "م"
        and short.endswith(_PLURAL_ENDINGS)
        and long.endswith(_PLURAL_ENDINGS)
        and min(large_zipf(short), large_zipf(long)) > 0
    ):
        # Participles of two verbs in a sound plural, both in the large list: المدعين
        # (plaintiffs) / المودعين (depositors), not one word spelled two ways.
        return False
    # Arabic derives words by inserting long vowels (كتب / كاتب / كتاب, محور / محاور):
    # only pairs where neither form is an established word are spelling variants, or
    # a long name the word list knows beside a spelling it has never seen (نتنياهو /
    # نتانياهو): a derived word of that length would be a word of the list too.
    zs, zl = zipf(short), zipf(long)
    if _known_name_beside_unknown(short, long, pos, zs, zl):
        return True
    if (
        zs < KNOWN
        and zl < KNOWN
        and short[0] == long[0]
        and short[0] in "وفبكل"
        and pos > 1
        and zipf(short[1:]) >= KNOWN
        and zipf(long[1:]) >= KNOWN
    ):
        return False  # two known words behind one clitic: ويستعد / ويستعيد
    return zs < KNOWN and zl < KNOWN


_PLURAL_ENDINGS = ("ين", "ون", "ات")


def _known_name_beside_unknown(short: str, long: str, pos: int, zs: float, zl: float) -> bool:
    """A long word the list knows beside a spelling it has never seen, one long vowel
    apart (نتنياهو / نتانياهو): one name. Not when the unseen form
    is the known one with a clitic or a suffix the list lacks (مصيرهم / مصائرهم،
    بمسؤوليتها / بمسؤولياتها), the plural in -ات of a known word in -ة (مبايعات, of
    مبايعة, beside مبيعات), or a masdar or plural made by an alef before the last
    letter (استشهد / استشهاد)."""
    if len(long) < 7 or min(zs, zl) != 0 or max(zs, zl) < KNOWN:
        return False
    if pos == len(long) - 2:
        return False
    for suffix in (*_PRONOUN_SUFFIXES, "ين", "ون", "ات", "ية", "ي"):
        n = len(suffix)
        if short.endswith(suffix) and long.endswith(suffix):
            if _known_core(short[:-n]) or _known_core(long[:-n]):
                return False
            if suffix == "ات" and zipf(long[:-n] + "ة") >= KNOWN:
                return False  # the plural of a known word in -ة: مبايعات (مبايعة) / مبيعات
    return not any(w[0] in "وفبكل" and _known_core(w[1:]) for w in (short, long))


def _large_any_alef(word: str) -> float:
    """The large list's frequency of ``word`` with its first alef written أ, إ or bare
    (the keys compared here write every hamza on an alef bare)."""
    if word[:1] != "ا":
        return large_zipf(word)
    return max(large_zipf(a + word[1:]) for a in "اأإ")


def _known_core(word: str) -> bool:
    """Is ``word``, or ``word`` without one or two leading clitic letters (و ف ب ك ل),
    a word of the frequency list? (The list has few words with clitics and suffixes:
    بمسؤوليت- is مسؤولية with ب, its ة written ت before the suffix.)"""
    for i in range(3):
        if i and (len(word) - i < 3 or word[i - 1] not in "وفبكل"):
            return False
        core = word[i:]
        if zipf(core) >= KNOWN or (core.endswith("ت") and zipf(core[:-1] + "ة") >= KNOWN):
            return True
    return False


HAMZA_ALEF = re.compile("[أإآ]")
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")


def _foreign_letters(a: str, b: str) -> bool:
    """Two spellings of a foreign name with another letter for one sound (غوتيريش /
    غوتيريس، هرتسوغ / هرتزوغ): neither may be a word of the frequency list, alone or
    with the article (السعر / الشعر and الكتل / القتل are two words, الزهراني /
    الشهراني two family names; a name as common as غوارديولا / جوارديولا is in the
    list and left alone), and they differ in one or two letters of a long word; or one
    is an uncommon known word (a name) and the other unknown, one letter apart
    (شولتز / شولتس)."""
    if article_length(a) or len(a) < 5:
        return False
    za, zb = zipf(a), zipf(b)
    if zipf("ال" + a) > 0 or zipf("ال" + b) > 0:
        return False  # a native family name, known with its article: الزهراني / الشهراني
    differ = sum(x != y for x, y in zip(lkey(a), lkey(b), strict=True))
    if za == 0 and zb == 0:
        return differ <= 2
    # One spelling known but uncommon (a name), the other unknown to the list and no
    # Arabic word with a clitic or suffix either: شولتز / شولتس. One letter apart.
    unknown = a if za == 0 else b if zb == 0 else ""
    if not unknown or max(za, zb) >= COMMON or differ != 1:
        return False
    if _known_core(unknown) or any(
        unknown.endswith(x) and _known_core(unknown[: -len(x)]) for x in (*_PRONOUN_SUFFIXES, "ا")
    ):
        return False  # (an Arabic word with a suffix, or in the accusative: مشيدا)
    return True


def foreign_pair(a: str, b: str) -> bool:
    """Two long spellings that no common word list knows (a transliterated name written
    twice, two ways: زيلينسكي / زيلنسكي): a variant even when each occurs once. (Not
    when only a letter for one sound differs: two names may, زهران / شهران.)"""
    if lkey(a) != lkey(b) and tkey(a) == tkey(b):
        return False
    return min(len(a), len(b)) >= 6 and zipf(a) == 0 and zipf(b) == 0


# After a long alef, the hamza of a dual sits on the line (-اءَين) and that of a plural
# on a seat (-ائين).
_DUAL_PLURAL = {"اءين", "ائين"}


def relation(a: str, b: str) -> str | None:
    """The kind of spelling variation between two bare stems, or None (distinct words)."""
    if a == b or min(len(a), len(b)) < MIN_STEM:
        return None
    if listed_distinct(a, b):
        return None
    if len(a) == len(b):
        if {a[-4:], b[-4:]} == _DUAL_PLURAL and a[:-4] == b[:-4]:
            return None  # a dual and a plural: العداءَين (two runners) / العدّائين (runners)
        if hkey(a) == hkey(b):
            return HAMZA if _hamza_relation(a, b) else None
        if _medial_seats(a, b):
            return HAMZA
        if lkey(a) == lkey(b):
            return LETTER if _letter_relation(a, b) else None
        if tkey(a) == tkey(b):
            return LETTER if _foreign_letters(a, b) else None
        return None
    if abs(len(a) - len(b)) != 1:
        return None
    short, long = (a, b) if len(a) < len(b) else (b, a)
    ks, kl = lkey(short), lkey(long)
    for pos in range(1, len(kl) - 1):
        if kl[pos] in LONG_VOWELS and kl[:pos] + kl[pos + 1 :] == ks:
            if hkey(short) != short or hkey(long) != long:
                if hkey(long[:pos] + long[pos + 1 :]) != hkey(short):
                    return None
            # The article is no part of the word: "الصهريج / الصهاريج" is judged as
            # "صهريج / صهاريج", a singular and its broken plural.
            n = article_length(short)
            # (unless both whole words are known: "التقطها" (he took them) / "التقاطها"
            # (taking them) open with the ال of a verb's root, not with the article)
            if (
                n
                and pos > n
                and long.startswith(short[:n])
                and not (zipf(short) >= KNOWN and zipf(long) >= KNOWN)
            ):
                short, long, pos = short[n:], long[n:], pos - n
            return VOWEL if _vowel_relation(short, long, pos) else None
    return None


_ARTICLES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")


def article_length(word: str) -> int:
    """The length of the definite article with its clitics that opens ``word`` (ال،
    وال، بال، لل، ...), or 0."""
    for art in _ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 3:
            return len(art)
    return 0
