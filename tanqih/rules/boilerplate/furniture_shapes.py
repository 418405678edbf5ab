"""Page furniture told by its shape rather than its words: headline-like lines, polls,
video chapters, counters, widgets, page marks, cues, contact and call-to-action lines.

The boilerplate rules (``tanqih/rules/boilerplate/``) share these recognisers; none of
them is a rule. ``shape_furniture`` is the one BLP001 asks of every short line.
"""

from __future__ import annotations

import functools
import re

from tanqih.linter.arabic import strip_marks
from tanqih.rules.boilerplate.datelines import POST_AGE_UNITS, stamp
from tanqih.rules.boilerplate.export_lines import export_line, feed_footer
from tanqih.rules.boilerplate.platform_lines import platform_line
from tanqih.rules.phrases import has_sentence_punct, load_phrases, pkey, word_count
from tanqih.rules.sentence_shapes import conjunction_led

BULLETS = "-–—•*·▪►●○◦+>◂▸◄"

MAX_HEADLINES = 12
# A full stop or exclamation mark followed by more text: two sentences (".." and "..."
# inside a headline are no full stop: "بالفيديو.. أمطار غزيرة").
_INNER_STOP_RE = re.compile(r"(?<!\.)[.!](?!\.)\s+\S")


ENUM_RE = re.compile(r"^[\d٠-٩]{1,2}\s*[.)\-–]\s+")


def headline_like(t: str, least: int = 4) -> bool:
    """A short title-like line: ``least`` (4: a shorter line is more likely a sub-heading
    of the article) to 15 words, no full stop, colon or comma at its end, no second
    sentence, at most one comma, not opening with the conjunction و / ف (a paragraph that
    goes on the story: "وأضاف المصدر ..."). A question mark may close it ("متى يجب قياس
    ضغط الدم؟")."""
    s = ENUM_RE.sub("", t.strip().lstrip(BULLETS + " "), count=1)  # "1. ...": its rank
    ws = s.split()
    if not least <= len(ws) <= 15 or len(s) > 130:
        return False
    if s.endswith((".", "!", ":", "：", "،", ",", "؛", ";")) and not s.endswith(".."):
        return False
    if _INNER_STOP_RE.search(s) or s.count("،") + s.count(",") > 1:
        return False
    first = ws[0].strip("\"'«»“”()[].,:،")
    if conjunction_led(strip_marks(first)):
        return False
    return any(ch.isalpha() for ch in s)


# The end of the last sentence of a line: a full stop, question or exclamation mark and
# closing quotes, then the rest of the line (a space before it).
LAST_SENTENCE_END_RE = re.compile(r"[.!?؟][”»\"')]*(?=\s+[^.!?؟]*$)")


# The age of a post among its buttons, in a line's key ("1 يوم", "3 س", "2 w"): the units
# of a timestamp's post age, and "w" (a week) that only buttons abbreviate so.
POST_AGE_RE = re.compile(
    r"(?<!\S)\d+ (?:" + "|".join(sorted(map(re.escape, POST_AGE_UNITS | {"w"}))) + r")(?!\S)"
)
# A chapter of a video's description: "00:00 مقدمة", "3:12 مغادرة المدينة".
CHAPTER_RE = re.compile(r"^\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*[-–—]?\s+(\S[^\n]{0,80})$")
# The header of a press release: furniture above "للنشر الفوري" or a dateline, the title of
# the text when the release is printed as an article.
RELEASE_HEADERS = frozenset(
    pkey(w)
    for w in ("بيان صحفي", "بيان صحافي", "بلاغ صحفي", "بلاغ صحافي", "بيان إعلامي", "press release")
)
# The heading of a video's chapters (an emoji and a colon around it are ignored).
CHAPTER_HEADINGS = frozenset(
    pkey(w)
    for w in (
        "الفصول",
        "فصول الفيديو",
        "فصول الحلقة",
        "محتوى الحلقة",
        "محتويات الحلقة",
        "محتوى الفيديو",
        "محتويات الفيديو",
        "أقسام الحلقة",
        "أقسام الفيديو",
        "المحاور",
        "محاور الحلقة",
        "محاور الفيديو",
        "فهرس الحلقة",
        "فهرس الفيديو",
        "المحتويات",
        "الطوابع الزمنية",
        "التوقيتات",
        "chapters",
        "timestamps",
        "contents",
    )
)
VOTE_BUTTONS = frozenset(pkey(w) for w in ("تصويت", "صوت", "صوت الآن", "التصويت", "vote"))


def clock_seconds(clock: str) -> int:
    total = 0
    for part in clock.split(":"):
        total = total * 60 + int(part)
    return total


def poll_question(t: str) -> bool:
    s = t.strip()
    return s.endswith(("؟", "?")) and len(s.split()) <= 15


def poll_option(t: str) -> bool:
    s = t.strip()
    return 0 < len(s.split()) <= 4 and not has_sentence_punct(s) and not s.endswith((":", "؟"))


# ----- furniture recognised by its shape (BLP001): counters, widgets, cues, page marks -----

EMOJI_LEAD_RE = re.compile("^\\s*[\u2190-\u2bff\U0001f000-\U0001faff]")
# Counters of a post or a page: "348 تعليقًا 97 مشاركة", "👁 18.4K", "2.1 مليون مشترك",
# "45,218 مشاهدة بُث مباشرةً في 4 مارس 2025", "عرض 389 تعليقًا آخر". A number is split at
# its separators by pkey ("1.2" -> "1 2"); "18.4K" ends in "4k".
_META_UNITS = frozenset(
    pkey(w)
    for w in (
        "تعليق تعليقات تعليقا مشاهدة مشاهدات قراءة قراءات إعجاب اعجاب إعجابا إعجابات زيارة زيارات "
        "استماع استماعات "
        "view views comment comments like likes"
    ).split()
)
# Units that also count things in prose ("2 مليون مشترك" in a report on a phone
# network): a line of one such counter is furniture only beside other furniture.
_SOCIAL_UNITS = frozenset(
    pkey(w)
    for w in (
        "مشاركة مشاركات مشترك مشتركا مشتركين متابع متابعا متابعين تفاعل تفاعلا تفاعلات "
        "share shares subscriber subscribers follower followers reaction reactions"
    ).split()
)
_MAGNITUDES = frozenset(pkey(w) for w in "ألف آلاف مليون ملايين k m".split())
_NUM_TOKEN_RE = re.compile(r"\d+[km]?$")
_COUNTER_LEAD = frozenset(pkey(w) for w in "عرض view".split())
# The number of a list's item before its word: "1- استماع", "٢) أكرم", "3. انطلاق".
_LIST_ITEM_RE = re.compile(r"\s*[0-9٠-٩]{1,2}\s*[-–.)]\s*[^\W\d_]")
_COUNTER_TRAIL = frozenset(pkey(w) for w in "آخر أخرى إضافي إضافية more".split())
# Words of a post's status beside its counters: "بث مباشرة", "edited", "تم التعديل".
_STATUS_WORDS = frozenset(pkey(w) for w in "بث البث مباشرة مباشر تم التعديل edited".split())


def counter_kind(line: str) -> int:
    """2: a line of counters only (a count with a unit of views, comments or likes; two
    counts; an emoji and a count; a count and the post's date); 1: a lone count of shares
    or subscribers, or a bare "1.2 ألف" (furniture only beside other furniture); 0: no
    counter line. A bare number ("2024", "12 15") is no counter."""
    if len(line) > 90 or not DIGIT_RE.search(line):
        return 0
    if _LIST_ITEM_RE.match(line):
        return 0  # a numbered item ("1- استماع", a quiz's choice), not a count
    toks = pkey(line).split()
    n = len(toks)
    lead = bool(toks) and toks[0] in _COUNTER_LEAD
    i = 1 if lead else 0
    counts = meta = marked = 0  # counts; with a views/comments unit; with any unit or "ألف"
    while i < n:
        j = i
        while j < n and _NUM_TOKEN_RE.match(toks[j]):
            j += 1
        if j == i:
            break
        mark = not toks[j - 1].isdigit()  # "18.4K"
        if j < n and toks[j] in _MAGNITUDES:
            j, mark = j + 1, True
        if j < n and toks[j] in _META_UNITS:
            j, mark = j + 1, True
            meta += 1
        elif j < n and toks[j] in _SOCIAL_UNITS:
            j, mark = j + 1, True
        counts += 1
        marked += mark
        i = j
        if i < n and toks[i] in _COUNTER_TRAIL:
            i += 1
    if not counts or (lead and not meta):
        return 0
    rest = [t for t in toks[i:] if t not in _STATUS_WORDS]
    dated = bool(rest)
    if rest and not stamp(" ".join(rest)):
        return 0
    if meta or (marked and (counts > 1 or dated or EMOJI_LEAD_RE.match(line))):
        return 2
    return 1 if marked else 0


# A number of a page: "الصفحة 5", "ص 12", "صفحة 3 من 8", "Page 4".
_PAGE_MARK_RE = re.compile(
    r"^\s*[-–—(\[]*\s*(?:(?:ال)?صفحة|ص|page|p)\.?\s*[\d٠-٩]{1,3}"
    r"(?:\s*(?:من|/|of)\s*[\d٠-٩]{1,3})?\s*[-–—)\]]*\s*$",
    re.I,
)
# Where a printed story goes on: "التتمة في الصفحة 7", "تتمة ص 5", "continued on page 9".
_CONTINUED_RE = re.compile(
    r"^\s*[(\[]?\s*(?:(?:ال)?(?:تتمة|بقية|تكملة|تفاصيل)|تابع|يتبع|continued)\s+"
    r"(?:(?:المقال|الموضوع|الخبر|on)\s+)?(?:(?:في|على|on)\s+)?"
    r"(?:(?:ال)?صفحة|ص|page|p)\.?\s*[\d٠-٩]{1,3}\s*[)\].]?\s*$",
    re.I,
)


def page_mark(s: str) -> bool:
    """A page's number or where a printed story goes on ("صفحة 3 من 8", "التتمة ص 7")."""
    return len(s) <= 40 and bool(_PAGE_MARK_RE.match(s) or _CONTINUED_RE.match(s))


# An entry of a printed paper's index: "رياضة: ... ص 15".
INDEX_ENTRY_RE = re.compile(r"^[^.!؟?،,\n]{3,90}?\s+ص\s*\.?\s*[\d٠-٩]{1,3}\s*$")
PAGE_NUMBER_RE = re.compile(r"^\s*[-–—]?\s*[\d٠-٩]{1,3}\s*[-–—]?\s*$")
# A cue of a transcript in square brackets: "[موسيقى]", "[فاصل إعلاني]", "[00:12:41]".
CUE_RE = re.compile(
    r"^\s*\[\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}|\d{1,2}:\d{2}(?::\d{2})?)\s*\]\s*$"
)
# Feed residue: the RSS footer of WordPress, an Atom entry id.
_FEED_RE = re.compile(
    r"^\s*(?:the post\s.{1,200}?\sappeared first on\s.{1,100}|"
    r"tag:[\w.-]+,\d{4}(?:-\d{2}){0,2}:\S+)\s*$",
    re.I,
)
# A contact line: a label naming the channel and only addresses or numbers after it
# ("البريد الإلكتروني: ...@...", "الهاتف: +971 ...", "فيسبوك: https://..."); an address
# or an international number alone on a line.
_CONTACT_VALUE = (
    r"(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:https?://|www\.|t\.me/)\S+|"
    r"\+?[\d٠-٩][\d٠-٩ ()\-]{5,}[\d٠-٩])"
)
CONTACT_RE = re.compile(
    rf"^\s*([^:：\n]{{1,40}}?)\s*[:：]\s*{_CONTACT_VALUE}(?:\s*(?:[|/،,-]|\s)\s*{_CONTACT_VALUE})*\s*$"
)
BARE_CONTACT_RE = re.compile(
    r"^\s*(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\+\d[\d ()\-]{6,}\d)\s*$"
)
CONTACT_WORDS = frozenset(
    pkey(w)
    for w in (
        "للتواصل تواصل التواصل تواصلوا الاتصال للاتصال اتصال اتصل للاستفسار للاستفسارات "
        "المراسلة للمراسلة مراسلة المراسلات للمراسلات "
        "الاستفسارات استفسارات الاعلانات للاعلانات البريد بريد الهاتف هاتف الجوال جوال "
        "الموبايل الفاكس فاكس واتساب الرابط رابط الموقع موقعنا email mail tel phone mobile "
        "fax contact website web"
    ).split()
)
# A phone number is a contact card only after the name of the line ("الهاتف:"): after
# "للاستفسار:" it belongs to a notice ("للاستفسار: 99887766" under an obituary).
_PHONE_WORDS = frozenset(
    pkey(w)
    for w in "الهاتف هاتف الجوال جوال الموبايل الفاكس فاكس واتساب tel phone mobile fax".split()
)
_PHONE_VALUE_RE = re.compile(r"[:：]\s*\+?[\d٠-٩][\d٠-٩ ()\-]{5,}[\d٠-٩]\s*$")
# A weather widget: "الخرطوم 38° مشمس", "بغداد 46° | البصرة 49°".
_WEATHER_WORDS = (
    r"(?:مشمس|مشمسة|غائم|غائمة|جزئيا|جزئي|ممطر|ماطر|ماطرة|صحو|صاف|صافي|صافية|ضباب|ضبابي|"
    r"غبار|مغبر|عاصف|رياح|أمطار|امطار|ثلوج|مثلج|رعدي|معتدل|معتدلة|حار|حارة|بارد|باردة|رطب|"
    r"سماء|قليلة|السحب|سحب|sunny|cloudy|clear|rain|partly)"
)
# The degrees, or the day's high and low ("24° / 16°"), and the widget's weather icon.
_DEGREES = r"-?[\d٠-٩]{1,2}\s*°\s*[CFcfمس]?(?:\s*/\s*-?[\d٠-٩]{1,2}\s*°\s*[CFcfمس]?)?"
_WEATHER_ICON = r"(?:\s*[\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?)?"
_WEATHER_PART_RE = re.compile(
    # (a place of up to three words, or a widget's title of four before a colon)
    r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–:]?|[^\W\d_]+(?:\s+[^\W\d_]+){3}\s*:)"
    rf"\s*{_DEGREES}"
    rf"(?:\s+{_WEATHER_WORDS}){{0,3}}{_WEATHER_ICON}\s*$"
    # the weather's words first, then the degrees ("الطقس في الفجيرة: غائم جزئيا 27°")
    rf"|^\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s*[:：]\s*(?:{_WEATHER_WORDS}\s+){{1,3}}-?[\d٠-٩]{{1,2}}\s*°\s*$"
    # the humidity or the wind beside them ("الرطوبة 64%", "الرياح شمالية شرقية 18 كم/س")
    r"|^\s*(?:ال)?رطوبة\s*[:：]?\s*[\d٠-٩]{1,3}\s*[%٪]\s*$"
    r"|^\s*(?:ال)?رياح(?:\s+[^\W\d_]+){0,3}\s*[:：]?\s*[\d٠-٩]{1,3}\s*(?:كم/س|كم/ساعة|km/h)\s*$"
)
# A currency ticker: at least two rates separated by "|" ("الدولار 2,350 جنيه | ...").
_CURRENCY = (
    r"(?:ال)?(?:دولار|يورو|جنيه|دينار|ريال|درهم|ليرة|ين|فرنك|روبل|يوان|استرليني|إسترليني|"
    r"ذهب|عيار|بنزين|البنزين|ديزل|الديزل|سولار|غاز|برنت|خام|نفط)"
    # (or the abbreviation after the figure: "0.150 د.ل", "2480 ج.س")
    r"|(?<=\s)[دجرل]\.\s?[^\W\d_]\.?(?=\s|$)"
)
_RATE_RE = re.compile(
    rf"^\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_CURRENCY})(?:\s+[^\W\d_]+){{0,2}}\s*[:=]?\s*"
    rf"[\d٠-٩][\d٠-٩.,]*\s*(?:(?:{_CURRENCY})(?:\s+[^\W\d_]+)?|[$€£])?\s*$"
)
# One rate on a line of its own, as a site's ticker shows it above or beside the article
# ("الدولار 47.35 جنيه", "الذهب عيار 24: 289.75 درهم ▲", "الدولار في بغداد: 148,250 دينار
# لكل 100 دولار", "الريال السعودي = 425 ريالاً يمنياً (عدن)"): a currency or a commodity,
# at most three words more, the figure, the unit it is priced in, and an arrow or a
# change after it. (An article's own list of rates is announced: "... كالتالي:".)
_RATE_NAME = (
    r"(?:ال)?(?:دولار|يورو|جنيه|دينار|ريال|درهم|ليرة|فرنك|روبل|يوان|روبية|ذهب|فضة|نفط|برنت|"
    r"بنزين|ديزل|سولار)"
)
_RATE_UNIT = (
    r"(?:جنيه|جنيها|جنيهات|دينار|دينارا|ريال|ريالا|درهم|درهما|ليرة|دولار|دولارا|يورو|شيقل|"
    r"شيكل|أوقية|اوقية|فرنك|روبية|ين|[دجرل]\.\s?[^\W\d_]\.?)"
)
_SINGLE_RATE_RE = re.compile(
    rf"^\s*(?:سعر\s+)?{_RATE_NAME}(?:\s+عيار\s+[\d٠-٩]{{2,3}})?(?:\s+[^\W\d_]+){{0,3}}?\s*[:=]?\s*[\d٠-٩][\d٠-٩.,٬]*\s*"
    rf"(?:{_RATE_UNIT}(?:\s+[^\W\d_]+){{0,2}}?|[$€£])"
    r"(?:\s+(?:لكل|للغرام|للجرام|للأونصة|للاونصة|للأوقية|للبرميل|لليتر|للتر)(?:\s+[\d٠-٩]+)?(?:\s+[^\W\d_]+)?)?"
    r"(?:\s*\([^()\n]{1,20}\))?\s*(?:[▲▼△▽↑↓🔺🔻]\s*(?:[+\-−]?[\d٠-٩][\d٠-٩.,]*\s*[%٪])?)?\s*$"
)


def single_rate(s: str) -> bool:
    """One rate on a line of its own (see ``_SINGLE_RATE_RE``)."""
    return len(s) <= 90 and _SINGLE_RATE_RE.match(strip_marks(s)) is not None


# A part of a rates row that opens on a currency or a commodity within three words and
# holds a figure ("الدولار 47.30 ج", "أسعار الذهب الآن: عيار 21 — 4100 ج", "بنزين 95
# أوكتان: 1,459,000 ل.ل"): in a row of such parts between "|", each is a rate.
_RATE_LEAD_RE = re.compile(rf"^\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_CURRENCY})")


def _rate_part(x: str) -> bool:
    return bool(
        _RATE_RE.match(x)
        or _BUY_SELL_RE.match(x)
        or (_RATE_LEAD_RE.match(x) and DIGIT_RE.search(x))
    )


# A buying or selling rate: "شراء 2480 ج.س", "بيع 3.75".
_BUY_SELL_RE = re.compile(
    r"^\s*(?:شراء|بيع|مبيع|buy|sell)\s*[:=]?\s*[\d٠-٩][\d٠-٩.,]*\s*[^\s\d]{0,6}\s*$", re.I
)
# One rate under the widget's label: "سعر الصرف: 1 دولار أمريكي = 177.72 فرنك جيبوتي".
_ONE_RATE_RE = re.compile(
    r"^\s*(?:سعر\s+الصرف|أسعار\s+الصرف|سعر\s+العملة|العملات)\s*[:：]\s*[\d٠-٩]+\s+[^\W\d_]+"
    r"(?:\s+[^\W\d_]+)?\s*=\s*[\d٠-٩][\d٠-٩.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$"
)
# Prayer times: two or more prayers with their clock times ("الفجر 4:02 الظهر 12:07").
_PRAYER = r"(?:ال)?(?:فجر|شروق|ظهر|عصر|مغرب|عشاء|إمساك|امساك|إفطار|افطار|سحور)"
_PRAYER_TIMES_RE = re.compile(
    rf"^(?:[^:：\n]{{2,40}}[:：])?(?:[\s|·•\-–—]*{_PRAYER}\s*[:：]?\s*\d{{1,2}}:\d{{2}}"
    rf"(?:\s*(?:ص|م|am|pm))?){{2,}}[\s|·•]*$",
    re.I,
)
# A call to join or visit the channel ("📌 لا تنسوا مشاركة القناة", "انضم إلى قناتنا",
# "زوروا موقعنا الإلكتروني"): an imperative, "our / the channel", and a second person or
# an emoji.
_CALL_VERBS = frozenset(
    pkey(w)
    for w in (
        "اشترك اشتركوا اشتركي انضم انضموا انضمي شارك شاركوا شاركي زوروا زر فعل فعلوا ادعم "
        "ادعموا تنس تنسى تنسوا تنسي"
    ).split()
)
_OUR_CHANNEL = frozenset(pkey(w) for w in "قناتنا صفحتنا موقعنا مجموعتنا حسابنا تطبيقنا".split())
_THE_CHANNEL = frozenset(pkey(w) for w in "القناة الصفحة المجموعة الجروب".split())
_SECOND_PERSON = frozenset(
    pkey(w)
    for w in "ليصلك ليصلكم ليصلهم اصدقائك اصدقاءك لاصدقائك الجرس الاشعارات التنبيهات".split()
)
# The footer of a blog platform ("مدعوم من Blogger.", "يتم التشغيل بواسطة Blogger.").
_PLATFORM_RE = re.compile(
    r"(?:بواسطة|من|by)\s+(?:Blogger|WordPress|Joomla!?|Drupal|بلوجر|بلوغر|ووردبريس)\s*\.?\s*$",
    re.I,
)
# A blog comment's header: "نور يقول..."
_COMMENT_HEAD_RE = re.compile(r"^\s*\S+(?:\s+\S+){0,3}\s+(?:يقول|تقول|says)\s*(?:\.{2,}|…)\s*$")
# A blog archive entry: "▼ 2025 (38)", "► مارس (9)".
_ARCHIVE_ENTRY_RE = re.compile(r"^\s*[▼►▶◄▸▾]\s*[^\W_]+(?:\s+[^\W_]+)?\s*\(\s*\d+\s*\)\s*$")
# A link button: "لقراءة المقال كاملا اضغط هنا".
_CLICK_HERE_RE = re.compile(
    r"(?:اضغط|إضغط|انقر|اضغطوا|انقروا|click)\s+(?:هنا|here)\s*[.:!]?\s*$", re.I
)
# A download link with the file's type or size: "تحميل البلاغ (PDF - 245 KB)".
_DOWNLOAD_RE = re.compile(
    r"^\s*(?:⬇\ufe0f?\s*)?(?:تحميل|تنزيل|حمل|download)\b.{0,60}?(?:\(\s*(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|MP3|MP4)\b[^()]{0,25}\)|"
    r"\b\d+(?:[.,]\d+)?\s*(?:KB|MB|ك\.?ب|م\.?ب|كيلوبايت|ميغابايت|ميجابايت)\b\)?)\s*$",
    re.I,
)
# The who's-online box: "لدينا 42 زائر متصل".
_ONLINE_RE = re.compile(
    r"^\s*(?:لدينا|يوجد|هناك|we have)\s+\d+\s+(?:زائرا?|زوار|ضيفا?|ضيوف|عضوا?|أعضاء|اعضاء|"
    r"guests?|members?)(?:\s+\S+){0,3}?\s+(?:متصلا?|متصلون|متصلين|online)\s*\.?\s*$",
    re.I,
)
# A login note under comments: "تسجيل الدخول أو التسجيل لإضافة تعليقات".
_LOGIN_RE = re.compile(
    r"^\s*(?:يجب\s+(?:عليك\s+)?)?(?:تسجيل الدخول|سجل الدخول|سجل دخولك|log in|login)\b.{0,50}?"
    r"(?:لإضافة|لاضافة|للتعليق|لكتابة|لنشر|لترك|to (?:post|add|comment))",
    re.I,
)


DIGIT_RE = re.compile(r"\d")
MARKS_RE = re.compile("[\u064b-\u0652\u0640]")
# The object of a call to join: "قناتنا", "القناة", "صفحتنا" ... (a fast first look)
_CALL_HINT_RE = re.compile(r"قنا|صفح|موقعن|مجموع|حسابن|تطبيقن|الجروب")
_INNER_PUNCT_RE = re.compile(r"[.!?؟]")
_LINK_MARK_RE = re.compile(r"://|www\.|t\.me/|@")
_BARE_LINK_RE = re.compile(r"(?:https?://|www\.|t\.me/)\S+|\S+@\S+\.\w+")


def _call_line(line: str) -> bool:
    """A call to join or visit the channel or site: an imperative ("اشترك", "انضموا",
    "لا تنسوا", "زوروا") and "our channel" or "the channel" with a second person
    ("ليصلك", "أصدقائك") or an emoji or link."""
    key = pkey(line)
    toks = key.split()
    if not 2 <= len(toks) <= 20 or line.rstrip().endswith("."):
        return False
    if not any(t in _CALL_VERBS for t in toks):
        return False
    if any(t in _OUR_CHANNEL for t in toks):
        return True
    return any(t in _THE_CHANNEL for t in toks) and (
        any(t in _SECOND_PERSON for t in toks) or bool(EMOJI_LEAD_RE.match(line)) or "t.me/" in line
    )


def widget_line(line: str) -> bool:
    """A weather, currency or prayer-time widget line."""
    if "°" in line and len(line) <= 200:
        parts = [x for x in re.split(r"[|·•]", line) if x.strip()]
        # (the date beside the cities' degrees: "دبي 36° | أبوظبي 38° | الخميس 18 أبريل")
        weather = [x for x in parts if _WEATHER_PART_RE.match(x)]
        if weather and all(x in weather or stamp(x) for x in parts):
            return True
    if "=" in line and len(line) <= 100 and _ONE_RATE_RE.match(line):
        return True
    if "|" in line and len(line) <= 200:
        # (after the widget's title, "أسعار العملات: ...", or not: "برنت: 81.92 $ | ...")
        for body in (line.split(":", 1)[1] if ":" in line[:40] else "", line):
            parts = [x for x in body.split("|") if x.strip()]
            if len(parts) >= 2 and all(_rate_part(x) for x in parts):
                return True
    return ":" in line and len(line) <= 200 and bool(_PRAYER_TIMES_RE.match(line))


# A news ticker: headlines strung on one line between bars, bullets, arrows or slashes,
# after a ticker's label or not ("عاجل | ... | ...", "آخر الأخبار: ... • ... • ...").
_TICKER_SEP_RE = re.compile(r"\s*(?:\||•|◄|►|◀|▶|◂|▸|⬅|▪|◆|■|//)\s*")
_TICKER_LABELS = frozenset(
    pkey(w)
    for w in (
        "عاجل",
        "خبر عاجل",
        "أخبار عاجلة",
        "اخبار عاجلة",
        "آخر الأخبار",
        "اخر الاخبار",
        "أحدث الأخبار",
        "أهم الأخبار",
        "شريط الأخبار",
        "شريط الاخبار",
        "مباشر",
        "الآن",
        "breaking",
        "breaking news",
        "latest",
    )
)


def ticker_line(s: str) -> bool:
    """A ticker strip: a ticker's label ("عاجل", "آخر الأخبار", "مباشر") and two headlines
    or more between separators (| • ◄ //), or three headlines of four words or more
    without a label. No headline ends with a full stop."""
    if len(s) > 500 or len(_TICKER_SEP_RE.findall(s)) < 2:
        return False
    labelled, segs = _ticker_parts(s)
    if sum(x[:1] in '«“"' for x in segs) * 2 > len(segs):
        return False  # headlines the article quotes («...» | «...»): a press review
    if labelled:
        return len(segs) >= 2 and all(len(x.split()) >= 2 for x in segs)
    return len(segs) >= 3 and all(len(x.split()) >= 4 for x in segs)


def _ticker_parts(s: str) -> tuple[bool, list[str]]:
    """(whether a ticker's label opens ``s``, the headlines after it) of a line cut at
    the ticker's separators; no headlines when one ends like a sentence or is too long
    for a headline. The label is the first segment, or what precedes a colon in it
    ("آخر الأخبار: ... • ...")."""
    segs = [x.strip() for x in _TICKER_SEP_RE.split(s) if x.strip()]
    label = None
    if segs and ":" in segs[0][:25]:
        head, _, rest = segs[0].partition(":")
        label = pkey(head)
        segs[0] = rest.strip()
        segs = [x for x in segs if x]
    elif segs:
        label = pkey(segs[0])
        if label in _TICKER_LABELS:
            segs = segs[1:]
    if any(x.endswith((".", "!", ":")) or len(x.split()) > 16 for x in segs):
        segs = []
    return label in _TICKER_LABELS, segs


# A rating widget: stars with the readers' average or their votes ("★★★★☆ 4.2 (37
# صوتا)"), an average out of 5 or 10 ("تقييم القراء: 4.2/5"), the row of its buttons
# ("1 2 3 4 5"); a count of the page's comments or views after its label ("عدد التعليقات:
# 4"). A critic's own score ("التقييم: 4/5", "★★★★☆" alone, a half point) is the
# article's and is left alone: an average has other decimals, or votes beside it.
_STARS = "★☆⭐✩✪✫✬✭✮✯"
_AVERAGE_RE = re.compile(r"(?<![\d٠-٩])[\d٠-٩][.,٫][1-46-9١-٤٦-٩]\d?(?![\d٠-٩])")
_VOTES_RE = re.compile(r"[\d٠-٩]+\s*(?:صوت|أصوات|اصوات|تقييم|تقييمات|votes?|ratings?)", re.I)
_SCORE_RE = re.compile(
    r"^\s*(?:(?:ال)?تقييم(?:\s+(?:ال)?(?:قراء|زوار|مستخدمين))?|rating)?\s*[:：]?\s*"
    r"[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?\s*/\s*(?:5|10|٥|١٠)\s*(?:\(([^()]{1,30})\))?\s*$",
    re.I,
)
_BUTTON_ROW_RE = re.compile(r"^\s*1\s+2\s+3\s+4\s+5(?:\s+6\s+7\s+8\s+9\s+10)?\s*$")
_PAGE_COUNT_RE = re.compile(
    r"^\s*عدد\s+(?:ال)?(?:تعليقات|مشاهدات|قراءات|زيارات|مشاركات|إعجابات|اعجابات)"
    r"\s*[:：]?\s*[\d٠-٩][\d٠-٩,.]*\s*$"
)


def rating_line(s: str) -> bool:
    """A rating widget or a count of the page's comments or views (see above)."""
    average = _AVERAGE_RE.search(s) is not None or _VOTES_RE.search(s) is not None
    if len(s) <= 60 and sum(s.count(c) for c in _STARS) >= 3:
        return average
    if _SCORE_RE.match(s):
        return average
    return bool(_BUTTON_ROW_RE.match(s) or _PAGE_COUNT_RE.match(s))


# The words of a news site's section names ("اقتصاد", "عربي ودولي", "الرياضة العالمية",
# "مال وأعمال"): a line of them alone above or below the article is its section label.
_SECTION_WORDS = frozenset(
    pkey(w)
    for w in """سياسة سياسي اقتصاد اقتصادي اقتصادية رياضة رياضي رياضية ثقافة ثقافي فن فنون
    منوعات محليات محلي محلية دوليات دولي دولية عربي عربية عالمي عالمية عالم صحة طب
    تكنولوجيا تقنية علوم آراء رأي مقالات مقال حوادث قضايا مجتمع تعليم بيئة سياحة سفر
    سيارات طاقة أعمال مال بورصة أسواق عقارات كرة قدم شرق أوسط خليج خليجية خليجي تقارير
    تحقيقات حوارات ملفات فيديو صور أدب مرأة أسرة شباب ترفيه مشاهير محافظات برلمان جامعات
    وطني وطنية إقليمي إقليمية""".split()
)
_SECTION_HEADS = frozenset(pkey(w) for w in "أخبار شؤون".split())


def section_label(t: str) -> bool:
    """A line of one to four words that are all words of section names ("مال وأعمال",
    "الشرق الأوسط"), or "أخبار" / "شؤون" and one or two words ("أخبار الجزائر", "شؤون
    خليجية"). Only where no article text is around it (above the first line of prose
    or below the last) is it a section label (BLP001's context)."""
    if len(t) > 40 or DIGIT_RE.search(t) or has_sentence_punct(t):
        return False
    ws = pkey(t).split()
    if not 1 <= len(ws) <= 4:
        return False
    if ws[0] in _SECTION_HEADS and 2 <= len(ws) <= 3:
        return True

    def known(w: str) -> bool:
        for x in (w, w[1:] if w[:1] == "و" else ""):
            if x and (x in _SECTION_WORDS or (x[:2] == "ال" and x[2:] in _SECTION_WORDS)):
                return True
        return False

    return all(known(w) for w in ws)


_PATH_SEP_RE = re.compile(r"\s+(?:›|»|>|\||/|·|•|⟵|←|⟶|→)\s+")


def section_path(t: str) -> bool:
    """A section and its subsection joined by a separator ("اقتصاد | شركات", "رياضة ›
    البطولة الاحترافية", "الجزائر | حوارات"): two or three segments of one to three
    words, no digits or sentence marks, one of them a section label. Like a section
    label, it is furniture only above the article's first line of prose or below its
    last (BLP001's context)."""
    if len(t) > 60 or not _PATH_SEP_RE.search(t):
        return False
    if DIGIT_RE.search(t) or has_sentence_punct(t) or "«" in t:
        return False
    segs = [x.strip() for x in _PATH_SEP_RE.split(t.strip())]
    if not 2 <= len(segs) <= 3 or not all(1 <= len(x.split()) <= 3 for x in segs):
        return False
    return any(section_label(x) for x in segs)


# A row of links: a menu of sections ("سياسة | أمن | اقتصاد | منوعات") or the article's
# tags ("هواتف ذكية | أندرويد | هواتف قابلة للطي"); "،" and " - " join tags too, at
# least four of them ("فضاء، وكالة الفضاء الأوروبية، ناسا، كويكبات").
_ROW_SEP_RE = re.compile(r"\s*[☰]\s*|\s+(?:\||·|•|‧|⋅|‹|›|←|→|/)\s+")
_SOFT_SEP_RE = re.compile(r"\s*،\s*|\s+[-–—]\s+")
_ROW_HINT_RE = re.compile(r"[|·•‧⋅‹›←→/☰،]|\s[-–—]\s")
_ROW_MARKS = " \t+▶►◀▾☰*"  # (buttons' marks around an item: "بيع سيارتك الآن +")


def link_row(t: str) -> bool:
    """Three or more items of one to three words between "|", "·", "•", "›", "‹", "←", " /
    " or a menu's "☰" (four with "،", " - " or " — ", and no label),
    no sentence mark, quotation or parenthesis in any, the line at most 150 characters;
    not after a tag label of ``tags.txt`` ("الوسوم:", BLP009's). Like a section label,
    it is furniture only above the article's first line of prose or below its last
    (BLP001's context)."""
    s = t.strip()
    if len(s) > 150 or not _ROW_HINT_RE.search(s) or any(c in s for c in '«»“”"()'):
        return False  # (no separator at all: most lines)
    label, colon, _ = s.partition(":")
    if colon and pkey(label) in load_phrases("tags.txt"):
        return False  # "الوسوم: ...": a tag list, BLP009's
    segs = [x for x in (y.strip(_ROW_MARKS) for y in _ROW_SEP_RE.split(s)) if x]
    least = 3
    if len(segs) < 3:
        if colon:
            return False  # "المكونات: دقيق، سكر، زبدة، بيض": a list of the article's
        segs, least = _SOFT_SEP_RE.split(s), 4
    if len(segs) < least:
        return False
    return all(
        1 <= word_count(x) <= 3 and not has_sentence_punct(x) and not x.isdigit() for x in segs
    )


def one_item_ticker(s: str) -> bool:
    """A ticker's label, a separator and one headline ("عاجل | مجلس الأمن يعقد جلسة
    طارئة"): a ticker strip only when another headline stands under it (the caller
    checks), else it may be the article's own breaking headline."""
    if len(s) > 200 or len(_TICKER_SEP_RE.findall(s)) != 1 or not ("|" in s or "//" in s):
        return False
    labelled, segs = _ticker_parts(s)
    return labelled and len(segs) == 1 and len(segs[0].split()) >= 2


# A market ticker's arrow beside a number ("▲ 0.64%").
_MARKET_ARROW_RE = re.compile(r"[▲▼🔺🔻⬆⬇↑↓]\s*[+\-−]?[0-9٠-٩]|[0-9٠-٩%]\s*[▲▼🔺🔻]")


def market_line(s: str) -> bool:
    """A line of a market ticker: a number beside an arrow, no sentence ("برنت 67.84$ ▲
    0.9%", "أرامكو (2222): 28.45 ▲ 0.35%")."""
    return (
        len(s) <= 120
        and DIGIT_RE.search(s) is not None
        and _MARKET_ARROW_RE.search(s) is not None
        and not s.endswith(".")
    )


# A teaser line ending in the kind of media it links to: "(فيديو)", "[صور]".
_MEDIA_TEASER_RE = re.compile(
    r"^[^.!؟?\n()]{3,90}?\s*[(\[]\s*(?:فيديو|بالفيديو|صور|بالصور|فيديوجراف|إنفوجراف|انفوجراف|"
    r"إنفوغراف|انفوغراف|video|photos)\s*[)\]]$",
    re.I,
)
# "شاهد ... بالفيديو / بالصور": a link to the video or the gallery.
_WATCH_TEASER_RE = re.compile(
    r"^\W*(?:شاهد|شاهدوا|شاهدي|تابع|شوف)\s[^.!؟?\n]{2,80}?\s(?:بالفيديو|بالصور|فيديو)\s*$"
)


# A forum's BBCode tag around a link or a picture: "[IMG]https://...[/IMG]".
_BBCODE_RE = re.compile(
    r"^\s*\[(img|url|video|youtube|media)(?:=[^\]\n]*)?\][^\[\n]*\[/\1\]\s*$", re.I
)


def phone_line(line: str) -> bool:
    """A phone label and its numbers alone on a line ("هاتف: 99887766", "الجوال: +965
    ..."): the site's contacts in a footer, or the family's number inside a notice."""
    s = line.strip()
    if len(s) > 80 or not _PHONE_VALUE_RE.search(s):
        return False
    m = CONTACT_RE.match(s)
    if m is None:
        return False
    label = pkey(m.group(1)).split()
    return 0 < len(label) <= 4 and any(
        w in _PHONE_WORDS or (w[:1] == "و" and w[1:] in _PHONE_WORDS) for w in label
    )


_SERVICE_NUMBER_RE = re.compile(r"^\s*[^:：\n\d٠-٩]{3,40}[:：]\s*[\d٠-٩][\d٠-٩ \-]*\s*$")


def service_number(line: str) -> bool:
    """A service and its number to call, under a label that names no phone ("طوارئ
    الكهرباء: ١٧٦", "الشكاوى والمقترحات: ٠٦٤٦٢٠١٤٥"): an item of a directory of
    numbers that a notice lists, not a site's contacts."""
    return bool(_SERVICE_NUMBER_RE.match(line)) and not phone_line(line)


@functools.lru_cache(maxsize=1 << 12)
def shape_furniture(line: str) -> bool:
    """Page furniture recognised by its shape rather than its words. (Cached: the rules
    look at the same lines more than once.)"""
    s = line.strip()
    if not s or len(s) > 500:
        return False
    if ("|" in s or "•" in s or "/" in s or "◄" in s or "◂" in s or "▸" in s) and ticker_line(s):
        return True
    if s[0] == "[" and _BBCODE_RE.match(s):
        return True  # a forum's picture or link in BBCode
    if len(s) > 220:
        return False
    if len(s) > 100 and s[-1] in ".؟?!":  # a sentence of prose, or a feed's footer
        return (s[0] in "Tt" and _FEED_RE.match(s) is not None) or feed_footer(s)
    raw = s  # (a tatweel may separate a running head's parts: "<paper> ـ العدد (418) ـ ...")
    if MARKS_RE.search(s):
        s = strip_marks(s)
        if not s:
            return False  # marks or tatweel alone ("ـ")
    digits = DIGIT_RE.search(s) is not None
    first = s[0]
    if (digits or s[0] in _STARS) and len(s) <= 60 and rating_line(s):
        return True
    if digits and market_line(s):
        return True  # a market ticker: "برنت 67.84$ ▲ 0.9%", "تاسي 11,234 ▼ 0.3%"
    if s[-1] in ")]" and len(s) <= 100 and _MEDIA_TEASER_RE.match(s):
        return True  # a link to a video or a gallery: "شاهد أهداف المباراة (فيديو)"
    if len(s) <= 100 and _WATCH_TEASER_RE.match(s):
        return True  # "▶ شاهد أهداف المباراة بالفيديو"
    if platform_line(s, digits):
        return True  # a paywall, a video's label, a byline box, a reading time ...
    if export_line(raw, digits):
        return True  # a printed paper's running head, a browser's print header, e-mail ...
    if (
        digits
        and len(s) <= 90
        and (first.isdigit() or first in "عvV" or EMOJI_LEAD_RE.match(s))
        and counter_kind(s) == 2
    ):
        return True
    if len(s) <= 40 and (
        (digits and (_PAGE_MARK_RE.match(s) or _CONTINUED_RE.match(s)))
        or (s[0] == "[" and CUE_RE.match(s))
    ):
        return True
    if digits and len(s) <= 60 and first in "ليهwW" and _ONLINE_RE.match(s):
        return True
    if first in "Tt" and _FEED_RE.match(s):
        return True
    if first in "▼►▶◄▸▾" and _ARCHIVE_ENTRY_RE.match(s):
        return True
    if ("@" in s or "+" in s) and BARE_CONTACT_RE.match(s):
        return True
    colon = ":" in s or "：" in s
    if colon and ("@" in s or "/" in s or digits):
        m = CONTACT_RE.match(s)
        if m:
            label = pkey(m.group(1)).split()
            words = _PHONE_WORDS if _PHONE_VALUE_RE.search(s) else CONTACT_WORDS
            if 0 < len(label) <= 4 and (
                any(w in words or (w[:1] == "و" and w[1:] in words) for w in label)
                or load_phrases("chrome.txt").segments(" ".join(label))
            ):
                return True
    if digits and ("°" in s or "|" in s or colon or "=" in s) and widget_line(s):
        return True
    n_words = s.count(" ") + 1
    if n_words > 20 and s.endswith((".", "؟", "?", "!")):
        return False
    if n_words <= 10 and _PLATFORM_RE.search(s[-40:]):
        return True
    if s.endswith(("..", "…")) and _COMMENT_HEAD_RE.match(s):
        return True
    if first in "تحسيdDlL⬇" and (_DOWNLOAD_RE.match(s) or _LOGIN_RE.match(s)):
        return True
    # one link or button, not a sentence followed by one ("... يومين. للمزيد اضغط هنا")
    if _INNER_PUNCT_RE.search(s, 0, len(s) - 1):
        if not _LINK_MARK_RE.search(s):
            return False
        bare = _BARE_LINK_RE.sub(" ", s).rstrip()
        if _INNER_PUNCT_RE.search(bare, 0, len(bare) - 1):
            return False
    if n_words <= 12 and _CLICK_HERE_RE.search(s[-30:]):
        return True
    return _CALL_HINT_RE.search(s) is not None and _call_line(s)
