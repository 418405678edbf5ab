"""Variants family (VAR): one word or name spelled more than one way in one document.

The family shares one analysis per document (``Analysis.memo("variants", ...)``): every
Arabic token is looked at with its clitics (و ف ب ل ك ال) peeled off one by one, the
stems are grouped when they differ only by hamza, by ة / ه or ى / ي at the end, or by one
long vowel inside the word, and each group's spelling to use is found (the majority,
unless another is far more common in written Arabic). Which pairs count
as variants is decided by :func:`relation`, which uses word frequencies (the ``wordfreq``
package) and a small list of distinct function words (``data/distinct_spellings.txt``)
to keep distinct words such as على / علي, أن / إن or كتب / كاتب apart.
"""

from __future__ import annotations

import difflib
import functools
import math
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tanqih.linter.analysis import Analysis, Token
from tanqih.linter.arabic import TANWEEN, TASHKEEL, TATWEEL, strip_marks
from tanqih.linter.findings import Applicability, Edit
from tanqih.linter.registry import FAMILIES, Option, Rule, RuleError

FAMILIES["VAR"] = "variants"

DATA = Path(__file__).parent / "data"

# --------------------------------------------------------------------------------------
# Word frequencies
# --------------------------------------------------------------------------------------

# A word with a Zipf frequency of at least KNOWN (once per million words) is an
# established word of written Arabic; below it are names, rare words and misspellings.
KNOWN = 3.0
# A known form is "common" when clearly above the noise floor of sloppy web spellings.
COMMON = 4.5
# Two known spellings are one word misspelled when one is this much rarer (1.5 on the
# Zipf scale is about 30 times): القاهرة / القاهره, but not يرى / يري (sees / shows).
MISSPELLING_GAP = 1.5
# Web text drops hamza often, so the hamza spelling of a word is "the usual one" at a
# smaller gap (0.4, about 2.5 times as common): إلى 6.9 / الى 6.0, أمس 4.95 / امس 4.5,
# and the other way round اجتماع 4.8 / إجتماع 3.5.
HAMZA_USUAL_GAP = 0.4
# A word at most this frequent may be part of a name (العمري 4.1، المنصوري 3.3); common
# nouns are more frequent (مجلس 5.6، الحكومة 5.6).
NAME_PART_ZIPF = 4.5
# Words that make the word beside them part of a name ("أبو ليلى", "المرتضى ولد الطالب",
# "بنت الهدى"), however common they are.
NAME_PARTICLES = frozenset("أبو ابو أم ام بن ابن بنت ولد آل".split())
# Particles a verb follows: a word after them is read as the verb (يحيي "revives"),
# not a name (يحيى). أن may also head a name ("أن يحيى الخطيب فاز"): there the two
# readings cannot be told apart, and the word is left alone.
_VERB_PARTICLES = frozenset(
    p + w for w in "أن ان لن لم كي لكي قد لقد سوف".split() for p in ("", "و", "ف")
)
# A final ى written ي in a name or noun (مصطفى / مصطفي, موسى / موسي) is a misspelling
# at a smaller gap than other letters: 1.25 (about 18 times). Pairs of distinct nouns
# lie below it (معنى / معني 1.07, مبنى / مبني 0.6, ليلى / ليلي 0.3).
MAQSURA_GAP = 1.25
# The gap for a final ة / ه on a word with the article, where ه cannot be "his".
ARTICLE_TA_GAP = 1.2


@functools.cache
def _frequencies() -> dict[str, float]:
    """Arabic word frequencies from wordfreq's small list (56k words, ~20 MB, 20 ms)."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - wordfreq is a runtime dependency
        return {}
    return wordfreq.get_frequency_dict("ar", "small")


@functools.lru_cache(maxsize=4096)
def large_zipf(word: str) -> float:
    """Zipf frequency in wordfreq's large Arabic list (rare words and web noise too),
    for every rule that needs it (LAY001, ENC008, VAR001). The default ``best`` list is
    the large one for Arabic: asking for it by that name shares wordfreq's cache (asking
    for ``large`` would load the same 90 MB list a second time)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a runtime dependency
        return 1.0
    return zipf_frequency(word, "ar")


def zipf(word: str) -> float:
    """Zipf frequency of a bare word (0.0 when it is not among the known words)."""
    f = _frequencies().get(word)
    return 9.0 + math.log10(f) if f else 0.0


# --------------------------------------------------------------------------------------
# Letters and keys
# --------------------------------------------------------------------------------------

ALEFS = "اأإآٱ"
HAMZA_SEATS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي"}
_HKEY = str.maketrans(HAMZA_SEATS)
_LKEY = str.maketrans({**HAMZA_SEATS, "ة": "ه", "ى": "ي"})
LONG_VOWELS = "اوي"
_MARKS = set(TASHKEEL + TATWEEL)


def hkey(word: str) -> str:
    """Hamza key: hamza seats written as their bare letter (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي)."""
    return word.translate(_HKEY)


def lkey(word: str) -> str:
    """Loose key: hkey plus ة -> ه and ى -> ي."""
    return word.translate(_LKEY)


# Letters that transliterate one foreign sound two ways: G (غ / ج), S and SH (س / ش،
# س / ز), T (ت / ط), K (ك / ق), V (ف / ڤ), P (ب / پ).
# Letters written for one foreign sound (غوتيريش / غوتيريس): each class is made one
# letter, its first, in the transliteration key.
_SOUND_CLASSES = ("غج", "سشز", "تط", "كق", "فڤ", "بپ")
_TKEY = str.maketrans({c: cls[0] for cls in _SOUND_CLASSES for c in cls[1:]})
_SAME_SOUND = {c: cls.replace(c, "") for cls in _SOUND_CLASSES for c in cls}


def tkey(word: str) -> str:
    """Transliteration key: lkey with the letters of one foreign sound made one."""
    return lkey(word).translate(_TKEY)


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
def _tanween_distinct() -> frozenset[str]:
    text = (DATA / "tanween_distinct.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def listed_distinct(a: str, b: str) -> bool:
    groups = _distinct_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


# --------------------------------------------------------------------------------------
# The variant relation between two bare stems
# --------------------------------------------------------------------------------------

HAMZA = "hamza"  # differ only in hamza seats (VAR002)
LETTER = "letter"  # differ in ة / ه, ى / ي (possibly hamza too) (VAR001)
VOWEL = "vowel"  # differ by one long vowel inside the word (VAR001)

MIN_STEM = 3  # shorter stems (أن, من ...) are function words, never compared
# Longer runs of letters are no words (the longest Arabic words with their clitics have
# about fifteen letters): their variants are not looked for, which would cost the square
# of their length (a 300,000-letter run of garbage took two minutes).
_MAX_WORD = 40
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
    if {x, y} != {"أ", "إ"} or i != _article_length(a) or len(a) - i < 6:
        return False
    return a[i + 3] != "ا"


def _letter_relation(a: str, b: str) -> bool:
    """Stems that differ in a final ة / ه or ى / ي (and maybe hamza)."""
    if a[:-1] != b[:-1]:
        return False  # a hamza difference too (أدى / ادي, أضافه / إضافة): too far apart
    h_form = a if a.endswith("ه") else b if b.endswith("ه") else ""
    if h_form and not _article_length(h_form) and zipf(h_form[:-1]) >= KNOWN:
        return False  # a word and "him / his": وحياه (he greeted him) / حياة (life)
    if (
        h_form.endswith("اه")
        and not _article_length(h_form)
        and zipf(h_form[:-2] + "ى") >= KNOWN
        and zipf(b if h_form == a else a) < COMMON
    ):
        # a verb in ى and "him": رعاه (he sponsored it) / رعاة (sponsors); a common word
        # is misspelled with ه more often than it meets such a verb (صلاة / صلاه)
        return False
    za, zb = zipf(a), zipf(b)
    if za >= KNOWN and zb >= KNOWN and h_form and _article_length(h_form):
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
            break
    grammatical = (
        (pos == 2 and long[pos] == "ا" and len(short) <= 5)
        or long[pos + 1 :] in _GRAMMATICAL_TAILS
        or long[pos:] in ("ين", "ون", "ان", "ات", "ية")
        # a feminine noun and its plural, each with a pronoun (افتتاحيتها / افتتاحياتها)
        or any(long[pos:] == "ات" + suf and short.endswith("ت" + suf) for suf in _PRONOUN_SUFFIXES)
        # the masdar تفعيل beside the imperfect تفعّل (تطريز / تطرز، تسجيل / تسجل)
        or (len(long) == 5 and long[0] == "ت" and pos == 3 and long[pos] == "ي")
    )
    # Broken plurals فعالل / مفاعل / مفاعيل (محفل / محافل, مربض / مرابض), nisbas, duals
    # and plurals are grammatical forms of real words; two spellings unknown even to the
    # large word list are a foreign name spelled two ways (دوفيف / دوافيف).
    if grammatical and (large_zipf(short) > 0 or large_zipf(long) > 0):
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


def _known_name_beside_unknown(short: str, long: str, pos: int, zs: float, zl: float) -> bool:
    """A long word the list knows beside a spelling it has never seen, one long vowel
    apart (نتنياهو / نتانياهو): one name. Not when the unseen form
    is the known one with a clitic or a suffix the list lacks (مصيرهم / مصائرهم،
    بمسؤوليتها / بمسؤولياتها) or a masdar or plural made by an alef before the last
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
    return not any(w[0] in "وفبكل" and _known_core(w[1:]) for w in (short, long))


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


_HAMZA_ALEF = re.compile("[أإآ]")
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")


def _foreign_letters(a: str, b: str) -> bool:
    """Two spellings of a foreign name with another letter for one sound (غوتيريش /
    غوتيريس، هرتسوغ / هرتزوغ): neither may be a word of the frequency list, alone or
    with the article (السعر / الشعر and الكتل / القتل are two words, الزهراني /
    الشهراني two family names; a name as common as غوارديولا / جوارديولا is in the
    list and left alone), and they differ in one or two letters of a long word; or one
    is an uncommon known word (a name) and the other unknown, one letter apart
    (شولتز / شولتس)."""
    if _article_length(a) or len(a) < 5:
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


def _foreign_pair(a: str, b: str) -> bool:
    """Two long spellings that no common word list knows (a transliterated name written
    twice, two ways: زيلينسكي / زيلنسكي): a variant even when each occurs once. (Not
    when only a letter for one sound differs: two names may, زهران / شهران.)"""
    if lkey(a) != lkey(b) and tkey(a) == tkey(b):
        return False
    return min(len(a), len(b)) >= 6 and zipf(a) == 0 and zipf(b) == 0


def relation(a: str, b: str) -> str | None:
    """The kind of spelling variation between two bare stems, or None (distinct words)."""
    if a == b or min(len(a), len(b)) < MIN_STEM:
        return None
    if listed_distinct(a, b):
        return None
    if len(a) == len(b):
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
            n = _article_length(short)
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


def _article_length(word: str) -> int:
    """The length of the definite article with its clitics that opens ``word`` (ال،
    وال، بال، لل، ...), or 0."""
    for art in _ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 3:
            return len(art)
    return 0


# --------------------------------------------------------------------------------------
# Per-document analysis
# --------------------------------------------------------------------------------------


def clitic_cuts(prefix: str) -> list[int]:
    """Offsets (in the bare word) after each clitic of ``prefix``: وبال -> [0, 1, 2, 4]."""
    cuts = [0]
    i = 0
    if prefix[i : i + 1] in ("و", "ف") and len(prefix) > i:
        i += 1
        cuts.append(i)
    if prefix.startswith("لل", i):
        i += 2
        cuts.append(i)
    elif prefix[i : i + 1] in ("ب", "ل", "ك") and len(prefix) > i:
        i += 1
        cuts.append(i)
    if prefix.startswith("ال", i):
        i += 2
        cuts.append(i)
    return cuts if i == len(prefix) else [0]


_BARE = operator.attrgetter("bare")
# bare word -> _word_info: pure functions of the word, shared by every document.
_VIEW_CACHE: dict[str, tuple] = {}


@functools.lru_cache(maxsize=100_000)
def _long_vowel_shorts(k: str) -> tuple[str, ...]:
    """``k`` with one long vowel inside it removed, for each such vowel (in order)."""
    return tuple(k[:pos] + k[pos + 1 :] for pos in range(1, len(k) - 1) if k[pos] in LONG_VOWELS)


# (Generated on the fly, not cached: a cache of every rare word's variants would grow by
# tens of megabytes on a large corpus.)
def _one_letter_swaps(k: str) -> Iterator[str]:
    """``k`` with one letter replaced by another letter of its sound class."""
    return (k[:i] + other + k[i + 1 :] for i, c in enumerate(k) for other in _SAME_SOUND.get(c, ""))


@functools.lru_cache(maxsize=200_000)
def _views(bare: str, prefix: str) -> tuple[tuple[int, str], ...]:
    return tuple((cut, bare[cut:]) for cut in clitic_cuts(prefix) if len(bare) - cut >= MIN_STEM)


def _word_info(bare: str, prefix: str) -> tuple:
    """(views, ((stem, lkey, rare), ...), name) of a bare word: ``rare`` when the stem
    is unknown to the frequency list and its key long enough for a long-vowel pair;
    ``name`` when the whole word may be a name's spelling for
    :meth:`VariantIndex._known_name_links`."""
    vs = _views(bare, prefix)
    freq = _frequencies()
    keys = []
    for _, stem in vs:
        k = stem.translate(_LKEY)
        keys.append((stem, k, stem not in freq and len(k) > MIN_VOWEL_STEM - 1))
    name = 5 <= len(bare) <= 20 and bare[0] not in "يتن" and _name_like(bare)
    return vs, tuple(keys), name


def _name_like(word: str) -> bool:
    """Does a word the list may know read as a name: not common, taking no article (or
    an article that no word behind it explains: اليونسكو)? (Imperfect verbs, in ي ت ن,
    are left out before.)"""
    if zipf(word) >= 4.5:
        return False
    if _article_length(word):
        # (a nisba or a plural is a word's: الصحفيين / الصحافيين are both correct)
        core = word[_article_length(word) :]
        return zipf(core) < 3.5 and not core.endswith(_DERIVED_TAILS)
    return zipf("ال" + word) < 1.5


_DERIVED_TAILS = ("ي", "ية", "ين", "ون", "ات")


def _beside(a: Token, b: Token, text: str) -> bool:
    """Are ``a`` and ``b`` written side by side, one space between them?"""
    return b.start == a.end + 1 and text[a.end] == " "


def _neighbours(toks: list[Token], i: int, text: str, keep) -> set[tuple[int, str]]:
    """The words written right before and after token ``i`` (one space between), as
    (side, bare word), side -1 or 1, for those ``keep`` accepts."""
    out = set()
    for side, j in ((-1, i - 1), (1, i + 1)):
        if 0 <= j < len(toks):
            other = toks[j]
            a, b = (other, toks[i]) if side < 0 else (toks[i], other)
            if _beside(a, b, text) and keep(other.bare):
                out.add((side, other.bare))
    return out


def bare_offsets(token: Token) -> list[int]:
    """Text offset of each letter of ``token.bare`` (diacritics and tatweel skipped)."""
    out = []
    for i, ch in enumerate(token.text):
        if ch not in _MARKS:
            out.append(token.start + i)
    return out


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A token whose stem is a minority spelling of its group."""

    token: Token
    cut: int  # clitic letters before the stem (in token.bare)
    stem: str  # the bare stem as written here
    target: str  # the spelling to use (majority, or the names file's canonical)
    kind: str  # HAMZA / LETTER / VOWEL / "names"
    count: int  # occurrences of the target spelling in the document
    total: int  # occurrences of the whole group

    def edits(self) -> list[Edit]:
        """Letter-level edits from ``stem`` to ``target``, keeping diacritics in place."""
        offs = bare_offsets(self.token)
        base = self.cut
        out = []
        sm = difflib.SequenceMatcher(None, self.stem, self.target, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            content = self.target[j1:j2]
            if i1 == i2:  # insertion before stem letter i1
                at = offs[base + i1] if base + i1 < len(offs) else self.token.end
                out.append(Edit(at, at, content))
            else:
                out.append(Edit(offs[base + i1], offs[base + i2 - 1] + 1, content))
        return out

    def fixed_word(self) -> str:
        """The token as the fix writes it."""
        text, start = self.token.text, self.token.start
        for e in sorted(self.edits(), key=lambda e: e.start, reverse=True):
            text = text[: e.start - start] + e.content + text[e.end - start :]
        return text

    def seen_as(self, words: Container[str]) -> str:
        """How the spelling used elsewhere is named in a message: the whole word when
        the document has it (``words``: its bare words), else the stem ("للامارات" is
        "written with “إمارات” elsewhere": the text has "الإمارات", never "للإمارات")."""
        word = self.fixed_word()
        if self.cut == 0 or self.token.bare[: self.cut] + self.target in words:
            return f"written {_q(word)}"
        k = bare_offsets(self.token)[self.cut] - self.token.start
        return f"written with {_q(word[k:])}"


class VariantIndex:
    """Spelling groups of one document and the tokens that deviate from them."""

    def __init__(self, doc: Analysis, names: dict[str, str] | None = None) -> None:
        self.doc = doc
        self.names = names or {}
        self.canonical = set(self.names.values())
        self.by_token: dict[int, Occurrence] = {}
        self.name_keys: dict[str, tuple[str, str]] = {}  # see _word_info
        self._build()
        self._context_links()
        self._full_name_links()
        self._known_name_links()

    # A token's candidate stems: the word with 0, 1, 2 ... clitics removed.
    @staticmethod
    def _views(tok: Token) -> tuple[tuple[int, str], ...]:
        return _views(tok.bare, tok.prefix)

    def _build(self) -> None:
        all_tokens = self.doc.spelling_tokens  # (quoted verses and hashtags keep theirs)
        # Distinct words in order of first occurrence (their first token): the stems,
        # their first positions and keys are worked out once per word, not per token.
        # (C-level: building a dict from reversed pairs keeps each word's first token;
        # dict.fromkeys keeps the order of first occurrence.)
        rev = all_tokens[::-1]
        first_token = dict(zip(map(_BARE, rev), rev, strict=True))
        first: dict[str, Token] = {b: first_token[b] for b in dict.fromkeys(map(_BARE, all_tokens))}
        self.words = first.keys()  # the document's distinct bare words
        vcache = _VIEW_CACHE
        if len(vcache) > 100_000:  # bounded: words follow Zipf's law
            vcache.clear()
        word_views: dict[str, tuple[tuple[int, str], ...]] = {}
        word_keys = []  # (first position, ((stem, lkey, rare), ...)) per distinct word
        for bare, t in first.items():
            if MIN_STEM <= len(bare) <= _MAX_WORD:
                info = vcache.get(bare)
                if info is None:
                    info = vcache[bare] = _word_info(bare, t.prefix)
                word_views[bare] = info[0]
                word_keys.append((t.start, info[1]))
                if info[2]:
                    lk = info[1][0][1] if info[0][0][0] == 0 else bare.translate(_LKEY)
                    self.name_keys[bare] = (lk, lk.translate(_TKEY))
        tokens: list[Token] = []
        views: list[tuple[tuple[int, str], ...]] = []

        def token_views() -> None:
            if not tokens:
                for t in all_tokens:
                    vs = word_views.get(t.bare)
                    if vs is not None:
                        tokens.append(t)
                        views.append(vs)

        # Names file first: a listed variant is rewritten to its canonical spelling.
        claimed: set[int] = set()
        if self.names:
            token_views()
            canon_count = Counter()
            for vs in views:
                for _, stem in vs:
                    if stem in self.canonical:
                        canon_count[stem] += 1
            for idx, (tok, vs) in enumerate(zip(tokens, views, strict=True)):
                for cut, stem in reversed(vs):
                    target = self.names.get(stem)
                    if target is not None and target != stem:
                        self.by_token[tok.start] = Occurrence(
                            tok, cut, stem, target, "names", canon_count[target], 0
                        )
                        claimed.add(idx)
                        break
        # Count every view, then link stems that are variants of each other.
        # Long-vowel pairs join only rare spellings (see _vowel_relation): they are
        # looked for among the keys with a spelling unknown to the frequency list.
        seen: dict[str, int] = {}  # stem -> first position
        one_lkey: dict[str, str] = {}  # lkey -> its first stem
        by_lkey: dict[str, list[str]] = {}  # lkey -> its stems, for keys with two or more
        keys: set[str] = set()
        for start, stem_keys in word_keys:
            for stem, k, rare in stem_keys:
                if stem in seen:
                    continue
                seen[stem] = start
                other = one_lkey.setdefault(k, stem)
                if other is not stem:
                    group = by_lkey.get(k)
                    if group is None:
                        by_lkey[k] = [other, stem]
                    else:
                        group.append(stem)
                if rare:
                    keys.add(k)
        stems = list(seen)
        parent: dict[str, str] = {}  # only linked stems; any other stem is its own root

        def find(s: str) -> str:
            while True:
                p = parent.get(s, s)
                if p == s:
                    return s
                gp = parent.get(p, p)
                parent[s] = gp
                s = gp

        linked: set[str] = set()

        def union(a: str, b: str) -> None:
            linked.add(a)
            linked.add(b)
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        def lkey_group(k: str) -> list[str]:
            group = by_lkey.get(k)
            return group if group is not None else [one_lkey[k]]

        for group in by_lkey.values():
            if len(group) > 1:
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        if relation(a, b):
                            union(a, b)
        # Seats of a hamza inside the word (مسئول / مسؤول): their keys differ.
        by_seat: dict[str, list[str]] = defaultdict(list)
        for stem in stems:
            if len(stem) >= 4 and any(c in MEDIAL_SEATS for c in stem[1:-1]):
                by_seat[seat_key(stem)].append(stem)
        for group in by_seat.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if relation(a, b):
                        union(a, b)
        for k in keys:
            if len(k) <= MIN_VOWEL_STEM:
                continue
            # Beside a long spelling no list knows, a known short one may pair too
            # (نتنياهو / نتانياهو; see _vowel_relation).
            for short in _long_vowel_shorts(k):
                if short in keys or (len(k) >= 7 and short in one_lkey):
                    for a in lkey_group(short):
                        for b in lkey_group(k):
                            if relation(a, b):
                                union(a, b)
        # Foreign names with another letter for one sound (غوتيريش / غوتيريس): among
        # the spellings unknown to the frequency list only.
        by_tkey: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            by_tkey[k.translate(_TKEY)].append(k)
        for ks in by_tkey.values():
            for i, k1 in enumerate(ks):
                for k2 in ks[i + 1 :]:
                    for a in lkey_group(k1):
                        for b in lkey_group(k2):
                            if relation(a, b):
                                union(a, b)
        # ... and an unknown spelling beside a known, uncommon one (شولتس / شولتز).
        for k1 in keys:
            if len(k1) >= 5:
                for k2 in _one_letter_swaps(k1):
                    if k2 in one_lkey and k2 not in keys:
                        for a in lkey_group(k1):
                            for b in lkey_group(k2):
                                if relation(a, b):
                                    union(a, b)
        if not linked:
            return
        # Only stems that were linked can be in a group of two or more.
        members: dict[str, list[str]] = defaultdict(list)
        for s in stems:
            if s in linked:
                members[find(s)].append(s)
        clustered = {s for ms in members.values() if len(ms) > 1 for s in ms}
        if not clustered:
            return
        # Each token takes its most-split stem that is in a group.
        token_views()
        assigned: list[tuple[Token, int, str]] = []
        for idx, (tok, vs) in enumerate(zip(tokens, views, strict=True)):
            if idx in claimed:
                continue
            for cut, stem in reversed(vs):
                if stem in clustered:
                    assigned.append((tok, cut, stem))
                    break
        counts: Counter[str] = Counter(stem for _, _, stem in assigned)
        for tok, cut, stem in assigned:
            group = members[find(stem)]
            present = [s for s in group if counts[s]]
            if len(present) < 2:
                continue
            canonical = [s for s in present if s in self.canonical]
            if canonical:
                target = canonical[0]
            else:
                # Majority; on a tie the spelling more frequent in written Arabic (a
                # misspelling loses), then the first occurrence (names).
                target = max(present, key=lambda s: (counts[s], zipf(s), -seen[s]))
                # A misspelling in the majority (الى three times, إلى once) does not
                # win over the spelling written Arabic uses far more often.
                usual = max(present, key=zipf)
                gap = zipf(usual) - zipf(target)
                kind = relation(target, usual) if gap > 0 else None
                if (kind == HAMZA and gap >= HAMZA_USUAL_GAP) or (
                    kind == LETTER
                    and gap >= MISSPELLING_GAP
                    # (not a name's spelling the list happens to know, شولتز 3.2,
                    # over the document's majority, شولتس)
                    and (zipf(usual) >= COMMON or zipf(target) > 0)
                ):
                    target = usual
            if target == stem:
                continue
            kind = relation(stem, target)
            if kind is None:
                # Linked through a third spelling only: report against it if related.
                continue
            total = sum(counts[s] for s in present)
            if (
                kind in (VOWEL, LETTER)
                and total < 3
                and not _foreign_pair(stem, target)
                # (a ه for ة no list knows beside the known word: حمزه once, حمزة once; not
                # ى / ي, which is the house style of Egyptian sites: الحسينى beside الرسمى)
                and not (
                    kind == LETTER
                    and stem[-1:] == "ه"
                    and lkey(stem) == lkey(target)
                    and zipf(stem) == 0
                    and zipf(target) >= KNOWN
                )
            ):
                # A name is repeated; two one-off words (عدة "several" / عده "counting
                # it", كاتب / كتب) are more often two words than one misspelled.
                continue
            if cut and not self._whole_word_agrees(tok, cut, target, kind):
                continue
            if cut and kind == VOWEL and zipf(stem) == 0 and zipf(target) >= KNOWN:
                continue  # a clitic read off an unknown name: كاسرييل is no كإسرائيل
            self.by_token[tok.start] = Occurrence(
                tok, cut, stem, target, kind, counts[target], total
            )

    def _context_links(self) -> None:
        """A hamza-less word that may be read two ways (اعلام: إعلام or أعلام; امام:
        أمام or إمام) is left out of the groups above; it is the text's hamza spelling
        when the text writes that spelling after the same word ("وسائل اعلام" beside
        "وسائل إعلام"). The word before must be a content word of four letters or more
        (after "في" or "من" both readings occur), the word five letters or more (the
        particles أنها / إنها depend on the verb before them)."""
        toks = self.doc.spelling_tokens
        # Distinct words first (a document repeats its words): most have no candidate.
        words = {t.bare for t in toks if len(t.bare) >= 5}
        marked = {b for b in words if _HAMZA_ALEF.search(b)}
        if not marked:
            return
        # The hamza-less spelling of a marked word is its key (أ إ آ written ا), when the
        # word has no other hamza seat (ؤ ئ).
        bare = {k for k in map(hkey, marked) if k in words}
        if not bare:
            return
        cand = marked | bare
        text = self.doc.text
        after: dict[tuple[str, str], Counter] = defaultdict(Counter)
        pairs = []
        for i in range(1, len(toks)):
            tok = toks[i]
            b = tok.bare
            if b not in cand:
                continue
            prev = toks[i - 1]
            if len(prev.bare) < 4 or not _beside(prev, tok, text):
                continue
            if b in marked:
                after[(hkey(prev.bare), hkey(b))][b] += 1
            else:
                pairs.append((prev, tok))
        for prev, tok in pairs:
            if tok.start in self.by_token:
                continue
            spellings = after.get((hkey(prev.bare), hkey(tok.bare)))
            if not spellings or len(spellings) > 1:
                continue  # (two hamza spellings after that word: no one reading)
            ((target, n),) = spellings.items()
            if zipf(tok.bare) > zipf(target):
                continue  # particles (أنها / إنها), or the bare form is the common one
            self.by_token[tok.start] = Occurrence(tok, 0, tok.bare, target, HAMZA, n, n + 1)

    def _full_name_links(self) -> None:
        """A name whose final ى is written ي or the other way round, beside the same
        other part of the name ("يحيى الإدريسي" twice, "يحيي الإدريسي" once; "ليلى الورغي"
        / "ليلي الورغي"): both spellings are common words (يحيي "revives", ليلي
        "nocturnal"), so frequencies alone keep them apart; the shared family or first
        name tells the person (so does a particle of a name beside it: "أبو ليلى",
        "المرتضى ولد الطالب"). The neighbour must be a word of three letters or more,
        written the same in both places, as rare as a name (not "تبنّي مجلس" / "تبنّى
        مجلس", a masdar and a verb before a common noun); the majority spelling wins (a
        tie is left alone) and function words (على / علي) are never compared."""
        # (sentence_shapes reads this module's frequencies: imported when first needed)
        from tanqih.rules.sentence_shapes import is_function

        finals = {b for b in self.words if len(b) >= 3 and b[-1] in "يى"}
        swapped = {b for b in finals if b[:-1] + ("ى" if b[-1] == "ي" else "ي") in finals}
        if not swapped:
            return
        toks = self.doc.spelling_tokens
        text = self.doc.text
        counts = Counter(t.bare for t in toks if t.bare in swapped)
        beside: dict[str, set[tuple[int, str]]] = defaultdict(set)
        at: list[tuple[Token, set[tuple[int, str]]]] = []
        for i, tok in enumerate(toks):
            if tok.bare not in swapped or is_function(tok.bare):
                continue
            if i and toks[i - 1].bare in _VERB_PARTICLES:
                continue  # "أن يحيي الخطيب حفلا": the verb, before the name of its subject
            sides = _neighbours(
                toks,
                i,
                text,
                lambda w: (
                    w in NAME_PARTICLES
                    or (len(w) >= 3 and not is_function(w) and zipf(w) < NAME_PART_ZIPF)
                ),
            )
            beside[tok.bare] |= sides
            at.append((tok, sides))
        for tok, sides in at:
            if tok.start in self.by_token:
                continue
            other = tok.bare[:-1] + ("ى" if tok.bare[-1] == "ي" else "ي")
            if counts[other] <= counts[tok.bare] or not sides & beside[other]:
                continue
            total = counts[other] + counts[tok.bare]
            self.by_token[tok.start] = Occurrence(
                tok, 0, tok.bare, other, LETTER, counts[other], total
            )

    def _known_name_links(self) -> None:
        """Two spellings of a name that the word list knows (كردستان / كوردستان،
        غوارديولا / جوارديولا، اليونسكو / اليونيسكو; or one of them: هاريس / هارئيس): one
        long vowel or one letter of a foreign sound apart. Frequencies cannot tell them
        from two words (كتاب / كاتب), so both must read as names: no common word (Zipf
        under 4.5), no word that takes the article (كاتب / الكاتب) or whose article is a
        word's (الكاتبة), no imperfect verb (يستعد / يستعيد); and one occurrence of each
        must stand beside the same word, written the same ("إقليم كردستان" / "إقليم
        كوردستان"). The majority spelling wins; a tie is left alone."""
        from tanqih.rules.sentence_shapes import is_function

        # (the words that read as names, with their keys, were collected by _build)
        keys = self.name_keys
        by_key: dict[str, list[str]] = defaultdict(list)
        for b, k in keys.items():
            by_key[k[1]].append(b)
        pairs = []
        for group in by_key.values():
            if len(group) > 1:
                pairs += [
                    (a, b, LETTER)
                    for i, a in enumerate(group)
                    for b in group[i + 1 :]
                    if hkey(a) != hkey(b)  # (hamza seats alone are VAR002's: استراتيجي / إستراتيجي)
                ]
        by_lkey = {k[0]: b for b, k in keys.items()}
        for b, k in keys.items():
            for short in _long_vowel_shorts(k[0]):
                if short in by_lkey and len(short) >= 4:
                    pairs.append((by_lkey[short], b, VOWEL))
        if not pairs:
            return
        wanted = {w for a, b, _ in pairs for w in (a, b)}
        toks = self.doc.spelling_tokens
        text = self.doc.text
        counts: Counter[str] = Counter()
        beside: dict[str, set[tuple[int, str]]] = defaultdict(set)
        at: dict[str, list[tuple[Token, set[tuple[int, str]]]]] = defaultdict(list)
        for i, tok in enumerate(toks):
            if tok.bare not in wanted:
                continue
            counts[tok.bare] += 1
            sides = _neighbours(
                toks,
                i,
                text,
                lambda w: len(w) >= 3 and w not in wanted and not is_function(w),
            )
            beside[tok.bare] |= sides
            at[tok.bare].append((tok, sides))
        for a, b, kind in pairs:
            if counts[a] == counts[b] or listed_distinct(a, b):
                continue
            minority, majority = (a, b) if counts[a] < counts[b] else (b, a)
            if not any(sides & beside[majority] for _, sides in at[minority]):
                continue
            total = counts[a] + counts[b]
            for tok, _ in at[minority]:
                if tok.start not in self.by_token:
                    self.by_token[tok.start] = Occurrence(
                        tok, 0, minority, majority, kind, counts[majority], total
                    )

    @staticmethod
    def _whole_word_agrees(tok: Token, cut: int, target: str, kind: str) -> bool:
        """With clitics attached, the longer words must not be distinct words either.

        لازمة (necessary) is no variant of لأزمة although ازمة / أزمة are, nor وبعده
        (and after it) of وبعدة (and with several); checked where both longer forms are
        known words. A known word more frequent than its supposed stem was split wrongly:
        وادي (valley) is not و + ادي, واحد is not و + احد; so is a known word whose
        hamza respelling with the clitics no list knows: وكالة (agency) is no و + ك +
        الة beside آلة, "وكآلة" is no word (واعادة / وإعادة both are; a foreign name's
        respelling is unknown to the list whatever its clitics: البارسا / البرسا).
        """
        stem = tok.bare[cut:]
        zstem = zipf(stem)
        for c in clitic_cuts(tok.prefix):
            if c >= cut:
                break
            whole = tok.bare[c:]
            zwhole = zipf(whole)
            if cut - c == 1 and zwhole >= KNOWN and zwhole >= zstem:
                return False
            other = tok.bare[c:cut] + target
            zother = zipf(other)
            if zwhole >= KNOWN and zother >= KNOWN and relation(whole, other) is None:
                return False
            if kind == HAMZA and c == 0 and zwhole >= KNOWN and zother == 0:
                return False  # وكالة (agency) is no و + ك + الة, "وكآلة" is no word
        return True

    def occurrences(self, kinds: Iterable[str]) -> Iterator[Occurrence]:
        kinds = set(kinds)
        for start in sorted(self.by_token):
            occ = self.by_token[start]
            if occ.kind in kinds:
                yield occ


def variant_index(doc: Analysis, names: dict[str, str] | None = None) -> VariantIndex:
    key = "variants" if not names else f"variants:{id(names)}"
    return doc.memo(key, lambda d: VariantIndex(d, names))


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------


def _load_names(config) -> dict[str, str]:
    """The config's names file as {variant: canonical}; a bad file is a config error."""
    from tanqih.linter.config import ConfigError
    from tanqih.linter.names import names_for

    try:
        return names_for(config)
    except ConfigError as exc:
        raise RuleError(str(exc)) from None


def _q(s: str) -> str:
    return f"“{s}”"


class NameVariant(Rule):
    """A name or word spelled two ways in one document (بلطي / بالطي).

    **What it does**
    Groups the words of a document whose spellings differ only by a long vowel inside
    the word (بلطي / بالطي), by a final ة / ه (القاهرة / القاهره) or by a final ى / ي
    (مصطفى / مصطفي, الحسيني / الحسينى; a ه for ة only when it cannot be a word with the
    pronoun "his": حمزه is حمزة, وحياه "greeted him" is no حياة, and then from two
    occurrences; with the article ه is never "his", and a far rarer form is a
    misspelling: الجامعه / الجامعة, but not الكره "hatred" / الكرة), with clitics (و ف
    ب ل ك ال) split off, and reports every
    occurrence of a minority spelling, naming the majority spelling (the first
    occurrence breaks a tie). Distinct words are kept apart with word frequencies:
    two established words of one root (كتب / كاتب, علم / عالم; with the same pronoun
    too: اختبرنا / اختبارنا) or a preposition and a name (على / علي) are never variants; a long-vowel pair is reported only when
    neither form is a common word and the group occurs at least three times (twice
    when both are spellings of six letters or more that the word list does not know, a
    transliterated name: زيلينسكي / زيلنسكي, but not two known words behind one clitic,
    ويستعد / ويستعيد; or when a known word of seven letters or
    more stands beside a spelling no list knows and no clitic, suffix or masdar explains
    it: نتنياهو / نتانياهو), and when
    it has the shape of a grammatical form (a broken plural محفل / محافل, a dual, a
    nisba, a masdar تفعيل beside the imperfect تطرز / تطريز) only when neither spelling is in wordfreq's large list at all (a foreign
    name: دوفيف / دوافيف). Two spellings of a foreign name with another letter for
    one sound (غ / ج، س / ش / ز، ت / ط، ك / ق: غوتيريش / غوتيريس) are grouped when
    the word list knows neither, with or without the article (Arabic family names
    differ so: الزهراني / الشهراني), and reported from three occurrences. A final
    ى written ي in a name or noun (مصطفي، مستشفي, the Egyptian spelling, common on
    the web) is reported at a smaller frequency gap than other letters; verbs keep
    the larger one (يرى "sees" / يري "shows"). Where both spellings are common words
    (يحيى / يحيي "revives", ليلى / ليلي "nocturnal"), the minority one is reported when
    it stands beside the same other part of the name as the majority one ("يحيى
    الإدريسي" twice, "يحيي الإدريسي" once); that part must be as rare as a name, not a
    common noun ("تبنّي مجلس" / "تبنّى مجلس" are a masdar and a verb), and a word after a
    particle a verb follows is the verb ("لن يحيي الخطيب الحفل": أن، لن، لم، قد ...).

    Two spellings the word list knows (both, or one beside a form it has never seen) are
    two words as far as frequencies can tell (كتاب / كاتب); they are grouped only when
    both read as names (no common word, none that takes the article or ends as a nisba
    or plural, no imperfect verb), one long vowel or one letter of a foreign sound
    apart, and one occurrence of each stands beside the same word ("إقليم كردستان" / "إقليم كوردستان", "بلدية شيكاغو" / "بلدية
    شيكاجو").

    A compound written as two words and as one (عبد الرحمن / عبدالرحمن، خان يونس /
    خانيونس، دير الزور / ديرالزور) is reported the same way, the minority form against
    the majority (a tie is left alone); neither part may be a function word (كل ما /
    كلما, إن ما / إنما are two words and one).

    With a names file (``names-file = "names.toml"`` in the config; a TOML table
    ``canonical = ["variant", ...]``), every listed variant is reported and rewritten to
    its canonical spelling whatever the majority is.

    **Why is this bad?**
    Machine translation and hurried editing transliterate a foreign name differently
    in different sentences. Readers may take two spellings for two people, and search
    and entity linking over the corpus split one person into two.

    **Example**
    ونقلت الصحيفة عن زوهار بلطي قوله ... وأوضح بلطي أن ... بحسب ما قاله بالطي.

    **Use instead**
    ونقلت الصحيفة عن زوهار بلطي قوله ... وأوضح بلطي أن ... بحسب ما قاله بلطي.

    **Fix safety**
    Unsafe: the fix chooses a spelling (the majority one), which changes a word; review
    it. Fixes that follow a user's names file are unsafe too unless the option
    ``names-file-fixes = "safe"`` declares the names file authoritative.

    **Options**
    - ``names-file-fixes``: ``"unsafe"`` (default) or ``"safe"``: the applicability of
      fixes that follow the names file.
    """

    code = "VAR001"
    name = "name-variant"
    family = "variants"
    fix = "unsafe"
    options = {
        "names-file-fixes": Option(
            "unsafe", "applicability of fixes that follow the names file", str, ("unsafe", "safe")
        ),
    }

    _names: dict[str, str] = {}

    def configure(self, config) -> None:
        super().configure(config)
        self._names = _load_names(config)

    def check(self, doc: Analysis):
        index = variant_index(doc, self._names)
        for occ in index.occurrences((LETTER, VOWEL, "names")):
            start, end = occ.token.start, occ.token.end
            here = occ.token.text
            fixed = occ.fixed_word()
            if occ.kind == "names":
                msg = f"{_q(here)}: the names file spells it {_q(fixed)}"
                appl = (
                    Applicability.SAFE
                    if self.opts["names-file-fixes"] == "safe"
                    else Applicability.UNSAFE
                )
            else:
                others = occ.count
                msg = (
                    f"{_q(here)}: {occ.seen_as(index.words)} elsewhere in this document "
                    f"({others} of {occ.total} occurrences); use one spelling"
                )
                appl = Applicability.UNSAFE
            yield self.finding(
                start,
                end,
                msg,
                occ.edits(),
                applicability=appl,
                fix_message=f"write {_q(fixed)}",
            )
        yield from self._compounds(doc)

    def _compounds(self, doc: Analysis):
        """A name written as two words and as one (عبد الرحمن / عبدالرحمن، بورت سودان /
        بورتسودان): the minority form is reported; a tie is left alone."""
        for tok, joined, here, fixed, edit, count, total in compound_variants(doc):
            yield self.finding(
                tok,
                joined,
                f"{_q(here)}: written {_q(fixed)} elsewhere in this document ({count} of "
                f"{total} occurrences); use one spelling",
                [edit],
                applicability=Applicability.UNSAFE,
                fix_message=f"write {_q(fixed)}",
            )


def compound_variants(doc: Analysis) -> list[tuple]:
    """(start, end, as written, the other form, edit, its count, total) for every
    minority occurrence of a compound written both as two words ("عبد الرحمن") and as
    one ("عبدالرحمن") in one document. Neither part may be a function word (كل ما /
    كلما, إن ما / إنما are two words and one); the joined form has five letters or more."""
    # (sentence_shapes reads this module's frequencies: imported when first needed)
    from tanqih.rules.sentence_shapes import is_function as is_function_word

    text = doc.text
    toks = doc.spelling_tokens
    bares = [t.bare for t in toks]
    long_words = {b for b in bares if len(b) >= 5}
    pairs: dict[str, list] = defaultdict(list)
    for i, key in enumerate(map(str.__add__, bares, bares[1:])):
        if key not in long_words:
            continue
        a, b = toks[i], toks[i + 1]
        if not _beside(a, b, text) or len(a.bare) < 2 or len(b.bare) < 2:
            continue
        if not is_function_word(a.bare) and not is_function_word(b.bare):
            pairs[key].append((a, b))
    if not pairs:
        return []
    joined: dict[str, list] = defaultdict(list)
    for t in toks:
        if t.bare in pairs:
            joined[t.bare].append(t)
    out = []
    for key, two in pairs.items():
        one = joined[key]
        total = len(two) + len(one)
        if len(two) == len(one):
            continue  # a tie: nothing tells which is the house spelling
        if len(two) < len(one):
            for a, b in two:
                out.append(
                    (
                        a.start,
                        b.end,
                        text[a.start : b.end],
                        key,
                        Edit(a.end, b.start, ""),
                        len(one),
                        total,
                    )
                )
        else:
            cut = len(two[0][0].bare)
            spaced = two[0][0].bare + " " + two[0][1].bare
            for t in one:
                at = _offset_of(t, cut)
                if at is not None:
                    out.append((t.start, t.end, t.text, spaced, Edit(at, at, " "), len(two), total))
    return out


def _offset_of(tok, n_bare: int) -> int | None:
    """The text offset of the token after its first ``n_bare`` bare letters."""
    seen = 0
    for i, ch in enumerate(tok.text):
        if seen == n_bare:
            return tok.start + i
        if strip_marks(ch):
            seen += 1
    return None


class HamzaVariant(Rule):
    """One word written with and without hamza in one document (اسرائيل / إسرائيل).

    **What it does**
    Groups the words of a document that differ only in their hamza seats (ا أ إ آ, و ؤ,
    ي ئ, or ؤ / ئ / ء inside a word of four letters or more: مسئول / مسؤول، رءوس / رؤوس;
    not before a pronoun, where the seat shows the case, أعضاؤهم / أعضائهم, nor ئ / ء
    after the alef of a four-letter word, سائل / ساءل), clitics split off, and reports every occurrence of the minority spelling with
    the majority spelling in the message. When one spelling is far more common in
    written Arabic (word frequencies: إلى against الى, اجتماع against إجتماع), it is the
    one to use even where the document writes the other more often. Words that differ by
    hamza and are distinct words are left alone: the function words أن / إن, أما / إما,
    ألا / إلا, أي / إي and others listed in ``data/distinct_spellings.txt``; pairs with
    two different hamza seats (أثر / إثر, آمن / أمن), except أ / إ opening a word of six
    letters or more that is no plural / masdar pair أفعال / إفعال (أردوغان / إردوغان is
    one name; أعداد / إعداد two words); a hamza-less form that may stand
    for two words (امام: أمام or إمام), unless the text writes one of them after the
    same word ("وسائل اعلام" beside "وسائل إعلام"); and a bare form that is a common word
    of its own (كان / كأن). A token that VAR001 reports (a long-vowel or ة / ه
    difference as well) is reported there only. A quoted Qur'anic verse (between ﴿ ﴾
    or braces, or in Uthmani script: ٱللَّهِ) keeps its own orthography and is neither
    counted nor corrected, by any of the spelling rules.

    **Why is this bad?**
    Scraped copy mixes text typed with and without hamza. Inside one article this is an
    inconsistency readers notice, and it splits a word in search and counting.

    **Example**
    بمساعدة المغرب في كل ما يحتاجه من إسرائيل، وفقا لمصالح اسرائيل الخاصة

    **Use instead**
    بمساعدة المغرب في كل ما يحتاجه من إسرائيل، وفقا لمصالح إسرائيل الخاصة

    **Fix safety**
    Unsafe: the fix rewrites a word to the majority (or the usual) spelling; in rare
    cases the two spellings are two words, so review it.
    """

    code = "VAR002"
    name = "hamza-variant"
    family = "variants"
    fix = "unsafe"

    _names: dict[str, str] = {}

    def configure(self, config) -> None:
        super().configure(config)
        self._names = _load_names(config)

    def check(self, doc: Analysis):
        index = variant_index(doc, self._names)
        for occ in index.occurrences((HAMZA,)):
            start, end = occ.token.start, occ.token.end
            here = occ.token.text
            fixed = occ.fixed_word()
            usual = ", the usual spelling" if 2 * occ.count < occ.total else ""
            yield self.finding(
                start,
                end,
                f"{_q(here)}: {occ.seen_as(index.words)} elsewhere in this document "
                f"({occ.count} of {occ.total} occurrences{usual}); use one hamza spelling",
                occ.edits(),
                fix_message=f"write {_q(fixed)}",
            )


# --------------------------------------------------------------------------------------
# Tanween
# --------------------------------------------------------------------------------------

FATHATAN = "\u064b"
SHADDA = "\u0651"
_OTHER_HARAKAT = set(TASHKEEL) - {FATHATAN, SHADDA} - set(TANWEEN)


@dataclass(frozen=True, slots=True)
class TanweenWord:
    token: Token
    placement: str | None  # "before" (ًا), "after" (اً) or None (no fathatan on the alef)
    has_tanween: bool
    vocalised: bool  # carries other harakat: a vocalised quotation, left alone


def _tanween_shape(text: str) -> tuple[str | None, bool, bool]:
    """(placement, has tanween, vocalised) of a word as written."""
    has = any(c in TANWEEN for c in text)
    placement = None
    if text.endswith("ا" + FATHATAN):
        placement = "after"
    else:
        i = len(text) - 1
        if i > 0 and text[i] == "ا":
            j = i - 1
            while j > 0 and text[j] in _MARKS:
                if text[j] == FATHATAN:
                    placement = "before"
                    break
                j -= 1
    vocalised = any(c in _OTHER_HARAKAT for c in text)
    return placement, has, vocalised


# word as written -> its tanween shape: a pure function shared by every document.
_SHAPES: dict[str, tuple[str | None, bool, bool]] = {}


def _tanween_words(doc: Analysis) -> list[TanweenWord]:
    """The words whose bare form ends in alef (the only ones with a tanween placement)."""
    out = []
    shapes = _SHAPES
    if len(shapes) > 50_000:  # bounded: words follow Zipf's law
        shapes.clear()
    for tok in doc.spelling_tokens:
        if not tok.bare.endswith("ا"):
            continue
        text = tok.text
        shape = shapes.get(text)
        if shape is None:
            shape = shapes[text] = _tanween_shape(text)
        out.append(TanweenWord(tok, *shape))
    return out


def tanween_words(doc: Analysis) -> list[TanweenWord]:
    return doc.memo("tanween", _tanween_words)


def _nisba_adverb(stem: str) -> bool:
    """Is ``stem`` (ending in يا) an adverb made from a nisba, دوليا / دوليًا from دولي,
    rather than a name of its own such as روسيا (Russia, beside روسيًا, Russian)? The
    adverb is no more common than its nisba (by a Zipf margin of 0.5); a country's name
    is far more common than the adjective (روسيا 5.3, روسي 4.3)."""
    nisba = stem[:-1]
    return zipf(nisba) >= 3.5 and zipf(stem) <= zipf(nisba) + 0.5


class TanweenVariant(Rule):
    """One word written with and without tanween in one document (وفقا / وفقًا).

    **What it does**
    Finds words ending in alef that a document writes both with tanween fatha (وفقًا,
    أيضاً) and without it (وفقا, أيضا), and reports the minority form, naming the
    majority. On a tie the form with tanween wins when the document writes tanween on
    other words, else the first occurrence wins. Fully vocalised words (a quoted verse),
    words whose tanween makes another word (إذا / إذًا, كلا / كلًّا) and names in -يا
    beside their adjective (روسيا / روسيًا; an adverb made from a nisba, دوليا /
    دوليًا, is no more common than the nisba and is checked) are left alone.

    **Why is this bad?**
    Copy assembled from several sources writes the same adverb two ways in one article.
    The inconsistency is visible to readers and splits the word for exact-match search.

    **Example**
    لكن وفقا لمصالح إسرائيل ... وفقًا لوزارة الدفاع ... قائلًا ... إطارًا قانونيًا

    **Use instead**
    لكن وفقًا لمصالح إسرائيل ... وفقًا لوزارة الدفاع ... قائلًا ... إطارًا قانونيًا

    **Fix safety**
    Unsafe: adding or removing a diacritic changes what is written; review it.
    """

    code = "VAR003"
    name = "tanween-variant"
    family = "variants"
    fix = "unsafe"
    triggers = FATHATAN

    def check(self, doc: Analysis):
        words = tanween_words(doc)
        groups: dict[str, list[TanweenWord]] = defaultdict(list)
        for w in words:
            bare = w.token.bare
            if len(w.token.stem) < 2 or not bare.endswith("ا") or w.vocalised:
                continue
            if bare.endswith("يا") and not _nisba_adverb(bare[len(w.token.prefix) :]):
                continue  # روسيا (Russia) / روسيًا (Russian), تكنولوجيا / تكنولوجيًا
            if w.has_tanween:
                if w.placement is None or w.token.text.replace(FATHATAN, "") != bare:
                    continue  # other marks too: مهمًّا (important) is not مهما (whatever)
            elif w.token.text != bare:
                continue
            groups[bare].append(w)
        skip = _tanween_distinct()
        for bare, ws in groups.items():
            if bare in skip or bare[len(ws[0].token.prefix) :] in skip:
                continue
            with_t = [w for w in ws if w.has_tanween]
            without = [w for w in ws if not w.has_tanween]
            if not with_t or not without:
                continue
            if len(with_t) != len(without):
                majority_tanween = len(with_t) > len(without)
            else:
                elsewhere = any(w.placement is not None and w.token.bare != bare for w in words)
                majority_tanween = elsewhere or ws[0].has_tanween
            if majority_tanween:
                model = Counter(w.token.text for w in with_t).most_common(1)[0][0]
                for w in without:
                    t = w.token
                    yield self.finding(
                        t.start,
                        t.end,
                        f"{_q(t.text)} is written with tanween ({_q(model)}) "
                        f"{len(with_t)} time(s) in this document: use one form",
                        [Edit(t.start, t.end, model)],
                        fix_message=f"write {_q(model)}",
                    )
            else:
                for w in with_t:
                    t = w.token
                    edits = [
                        Edit(t.start + i, t.start + i + 1, "")
                        for i, c in enumerate(t.text)
                        if c == FATHATAN
                    ]
                    yield self.finding(
                        t.start,
                        t.end,
                        f"{_q(t.text)} is written without tanween ({_q(bare)}) "
                        f"{len(without)} time(s) in this document: use one form",
                        edits,
                        fix_message=f"write {_q(bare)}",
                    )


def _move_tanween(tok: Token, to: str) -> Edit:
    """Edit moving the final tanween fatha to ``to`` ("before" or "after") the alef."""
    text = tok.text
    alef = text.rfind("ا")
    j = alef
    while j > 0 and text[j - 1] in _MARKS:
        j -= 1
    marks = text[j:alef].replace(FATHATAN, "")
    if to == "after":
        return Edit(tok.start + j, tok.end, marks + "ا" + FATHATAN)
    # Canonical order of the marks on one letter: fathatan (class 27) before shadda (33).
    marks = "".join(sorted(marks + FATHATAN, key=unicodedata.combining))
    return Edit(tok.start + j, tok.end, marks + "ا")


class TanweenPlacement(Rule):
    """Tanween fatha written before the alef (وفقًا) and after it (قائلاً) in one document.

    **What it does**
    Counts the words of a document whose final alef carries tanween fatha, by where the
    mark is written: on the letter before the alef (وفقًا, the form of the Unicode
    standard and of most style guides) or after the alef (وفقاً, common in typed copy).
    When both placements occur, every word with the minority placement is reported
    (the first occurrence breaks a tie).

    **Why is this bad?**
    Mixed placements show copy pasted from several sources. Both render alike, but
    exact-match search and deduplication treat وفقًا and وفقاً as different strings.

    **Example**
    وفقًا لوزارة الدفاع ... توفر إطارًا قانونيًا ... قائلاً:

    **Use instead**
    وفقًا لوزارة الدفاع ... توفر إطارًا قانونيًا ... قائلًا:

    **Fix safety**
    Safe: the fix only moves the tanween mark across the alef. The letters and the
    diacritics of the word stay the same, so the word written does not change; only the
    order of the mark and the (silent) alef does.
    """

    code = "VAR004"
    name = "tanween-placement"
    family = "variants"
    fix = "safe"
    triggers = FATHATAN

    def check(self, doc: Analysis):
        words = [w for w in tanween_words(doc) if w.placement is not None and not w.vocalised]
        counts = Counter(w.placement for w in words)
        if len(counts) < 2:
            return
        if counts["before"] != counts["after"]:
            majority = max(counts, key=counts.__getitem__)
        else:
            majority = words[0].placement
        minority = "after" if majority == "before" else "before"
        where = "before" if majority == "before" else "after"
        for w in words:
            if w.placement != minority:
                continue
            t = w.token
            edit = _move_tanween(t, majority)
            fixed = doc.text[t.start : edit.start] + edit.content
            yield self.finding(
                t.start,
                t.end,
                f"{_q(t.text)}: tanween is written {where} the alef in "
                f"{counts[majority]} other word(s) of this document ({_q(fixed)})",
                [edit],
                fix_message=f"write {_q(fixed)}",
            )
