"""How a line announces a list, and whose voice it speaks in: the helpers of the lists an
article announces (:func:`tanqih.rules.boilerplate.chrome.announced`) that need no view of
page chrome.

A line of the article's prose (``_prose_line``) ending in ":" or in "التالي / الآتي / كما
يلي" (``_ends_announcing``); the header of a block of furniture rather than of a list
(``_furniture_header``); the site speaking of itself or to its reader (``_site_voice``)
and the block of furniture it so announces (``_site_blocks``, BLP001's); what an item of
an announced list may look like (``_listable``, ``_named_item``, ``_titled_item``). None of them is a rule.
"""

from __future__ import annotations

import functools
import re

from tanqih.linter.analysis import Span
from tanqih.linter.arabic import strip_marks
from tanqih.rules.boilerplate.chrome_patterns import _related
from tanqih.rules.boilerplate.datelines import entry_line, is_timestamp
from tanqih.rules.boilerplate.furniture_shapes import (
    BARE_CONTACT_RE,
    CONTACT_RE,
    CONTACT_WORDS,
    CUE_RE,
    MARKS_RE,
    counter_kind,
    market_line,
    rating_line,
    widget_line,
)
from tanqih.rules.boilerplate.link_shapes import _links_only
from tanqih.rules.phrases import PhraseList, load_phrases, pkey, word_count
from tanqih.rules.word_frequencies import zipf


def _prose_line(t: str) -> bool:
    """A line of the article's prose: twelve words or more, or a sentence of four words
    or more closed by a full stop, question or exclamation mark."""
    return t.count(" ") >= 11 and len(t.split()) >= 12 or entry_line(t)


# "... وهم على النحو التالي." / "الفائزون هم الآتية أسماؤهم" / "كما يلي": a sentence
# announcing a list (a colon at its end does the same).
# (Whole words: "الإسرائيلي." ends in "يلي" too.)
_ANNOUNCE_RE = re.compile(
    r"(?<!\S)[كو]?(?:ال)?(?:تالي|تالية|آتي|آتية|اتي|اتية)(?:\s+\S+)?\s*[.:：]?\s*$"
    r"|(?<!\S)يلي\s*[.:：]?\s*$"
)
_ANNOUNCE_HINT_RE = re.compile(r"تالي|آتي|اتي|يلي")


def _ends_announcing(s: str) -> bool:
    """Does a stripped line end as an announcement of what follows (":", "التالي", "كما
    يلي")? (The hint on its last characters spares the full pattern on most lines.)"""
    return s.endswith((":", "：")) or bool(
        _ANNOUNCE_HINT_RE.search(s, max(0, len(s) - 30)) and _ANNOUNCE_RE.search(s)
    )


# Words that open the header of a block of page furniture even in a longer line ("للمزيد
# من المعلومات اضغط على الرابط التالي:", "شاهد الحلقات السابقة من قائمة التشغيل:"):
# such a line announces links and buttons, not the article's list.
_FURNITURE_OPENERS = frozenset(
    pkey(w)
    for w in (
        "للمزيد لمزيد المزيد للاطلاع لقراءة لمشاهدة لمتابعة لمتابعه شاهد شاهدوا شاهدي "
        "شارك شاركوا شاركي زوروا ادعم ادعموا "
        "اقرأ اقرا إقرأ تابع تابعوا تابعونا تابعنا اشترك اشتركوا انضم انضموا حمل حملوا "
        "لتحميل للتحميل لتنزيل رابط الرابط روابط"
    ).split()
)


def _furniture_header(s: str, conjunctions: tuple[str, ...]) -> bool:
    """Is the announcing line ``s`` the header of a block of furniture rather than of a
    list of the article: its first word opens furniture ("اقرأ", "تابعونا", "للتواصل";
    also after one of ``conjunctions``: "وللمزيد"), it is a related-links or tag header,
    or the site speaks of itself or to its reader (:func:`_site_voice`)?"""
    first = pkey(s.split(" ", 1)[0])
    if first.startswith(conjunctions) and first[1:] in _FURNITURE_OPENERS:
        first = first[1:]
    if first in _FURNITURE_OPENERS or first in CONTACT_WORDS:
        return True
    key = pkey(s)
    return _site_voice(key) or key in _related() or key in _tag_labels()


# The site speaking of itself or to its reader, not the article announcing its list:
# "عبر حساباتنا الرسمية التالية:", "البودكاست الخاص بنا", "العناوين التي قد تهمكم",
# "آراء القراء ... كالتالي:", "الأخبار الأكثر قراءة على موقعنا", "كلمات البحث ...".
_SITE_OURS_RE = re.compile(
    r"(?<!\S)\S*(?:موقع|تطبيق|حساب|حسابات|منصات|منصت|قنات|صفحت|صفحات|نشرت|ارشيف|"
    r"مكتبت|تغطيت|مجتمع|فريق|اخبار|بريد|خدمات|حلقات|برامج)نا(?!\S)|"
    r"(?<!\S)(?:ال)?خاص[ةه]? بنا(?!\S)"
)
_READER_WORDS_RE = re.compile(
    r"(?:اراء|تعليقات|مشاركات) (?:ال)?قراء(?!\S)|الاكثر قراءه|"
    r"كلمات البحث|ملفات تعريف الارتباط|(?:ال)?اقسام الاخرى|اقسام الموقع"
)
# "إليكم" / "لكم" introduce the article's own list ("وإليكم أسعار الذهب:").
# So does "يمكنكم" ("ويمكنكم التعرف على أسعار الذهب من الجدول التالي:" on web news).
_YOU_INTRO = frozenset(pkey(w) for w in "إليكم اليكم لكم عليكم إليك لك يمكنكم يمكنك".split())


def _addresses_reader(key: str) -> bool:
    """A verb or noun with "you" (يمكنكم، تهمكم، تواصلكم، لديكم): the word without كم is
    a word far more common than the whole (not تراكم or محاكم, words of their own)."""
    for tok in key.split():
        if tok[:1] in ("و", "ف") and len(tok) > 4:
            tok = tok[1:]
        if not tok.endswith("كم") or tok in _YOU_INTRO or tok.startswith("ال"):
            continue
        stem = tok[:-2]
        if len(stem) >= 3 and zipf(stem) >= 3.0 and zipf(stem) > zipf(tok) + 0.5:
            return True
    return False


# A source the article quotes or names speaks in that line ("وقالت الشركة في بيانها:
# «نعلن عن منصاتنا التالية:»"): its "we" and "you" are not the site's.
_ATTRIBUTED_RE = re.compile(
    r"[«“\"]|(?<!\S)[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|ذكر|ذكرت|صرح|صرحت|"
    r"اعلن|اعلنت|بيان|بيانه|بيانها|خطاب|خطابه|خطابها|نداء|رساله|كلمته|كلمتها)(?!\S)"
)


def _site_voice(key: str) -> bool:
    """Does an announcing line (its pkey) speak for the site ("حساباتنا", "الخاص بنا"),
    to the reader ("تهمكم", "تواصلكم") or of the site's own sections ("آراء القراء",
    "الأكثر قراءة", "كلمات البحث"), and not in the words of a source the article quotes?
    Then what follows is no list of the article's."""
    if _ATTRIBUTED_RE.search(key):
        return False
    return bool(_SITE_OURS_RE.search(key) or _READER_WORDS_RE.search(key) or _addresses_reader(key))


# The site naming its own pages and accounts, or "you may also like": the line and its
# items are furniture (a company's "منصاتنا" or "خدماتنا" may be the news; these are not).
_SITE_SELF_RE = re.compile(
    r"(?<!\S)\S*(?:موقع|حساب|حسابات|صفحت|صفحات|قنات|تطبيق|نشرت|ارشيف|تغطيت|اخبار)نا(?!\S)|"
    r"(?<!\S)(?:ال)?خاص[ةه]? بنا(?!\S)|قد تهمك(?:م)?(?!\S)"
)
_SITE_BLOCK_INTRO_WORDS = 16


@functools.cache
def _tag_labels() -> PhraseList:
    """The built-in tag labels (BLP009's list: الكلمات المفتاحية، الوسوم ...)."""
    return load_phrases("tags.txt")


def _listable(t: str) -> bool:
    """A line that looks like furniture by its shape alone and that an article may list
    too: a count ("2.1 مليون مشترك"), a contact line, a weather, currency or prayer-time
    line, a market ticker's line ("أرامكو (2222): 28.45 ▲ 0.35%"), a date, a cue in
    brackets, links or hashtags only."""
    s = t.strip()
    if MARKS_RE.search(s):
        s = strip_marks(s)
    return bool(
        counter_kind(s)
        or is_timestamp(s)
        or (s[:1] == "[" and CUE_RE.match(s))
        or CONTACT_RE.match(s)
        or BARE_CONTACT_RE.match(s)
        or widget_line(s)
        or rating_line(s)
        or market_line(s)
        or _links_only(s)
    )


# The items of a block the site announces: short lines, no sentence of prose.
_SITE_BLOCK_ITEM_WORDS = 12
_MAX_SITE_BLOCK = 15


def _site_blocks(lines: list[Span]) -> dict[int, str]:
    """A block of furniture the site announces in a sentence of its own ("يمكنكم متابعة
    آخر أخبارنا عبر حساباتنا التالية:", "وإليكم أبرز العناوين التي قد تهمكم أيضا:"):
    the announcing line and its short items, up to a line of prose."""
    out: dict[int, str] = {}
    n = len(lines)
    for k in range(1, n):
        t = lines[k].text.strip()
        if not _ends_announcing(t):
            continue
        if not 4 <= word_count(t) <= _SITE_BLOCK_INTRO_WORDS:
            continue
        key = pkey(t)
        if not _SITE_SELF_RE.search(key) or not _site_voice(key):
            continue
        j = k + 1
        while j < n and j - k <= _MAX_SITE_BLOCK:
            item = lines[j].text.strip()
            if word_count(item) > _SITE_BLOCK_ITEM_WORDS or _prose_line(item):
                break
            j += 1
        if j > k + 1:
            out[k] = "a block the site announces (its accounts, links or services)"
            for x in range(k + 1, j):
                out[x] = "an item of a block the site announces"
    return out


def _named_item(t: str) -> bool:
    """A name of a platform or a button alone ("واتساب", "تيك توك"), no verb: under a
    line of the article announcing a list it is an item of that list."""
    ws = t.split()
    return 0 < len(ws) <= 3 and pkey(ws[0]) not in _FURNITURE_OPENERS


def _titled_item(intro: str, t: str) -> bool:
    """The title of a text the article quotes, named by the line announcing it ("وفيما
    يلي نص الإعلان كما ورد:" / "بلدية مسقط" / "إعلان"): under it, "إعلان" heads a
    municipality's notice, not an ad slot."""
    key = pkey(t)
    if not key or key.count(" ") > 1:
        return False
    return re.search(rf"(?<!\S)(?:ال)?{re.escape(key)}(?!\S)", pkey(intro)) is not None
