"""Dates, times and datelines as they stand alone on a line of a scraped page: the
recognisers behind the timestamp rule (BLP002) that the other boilerplate rules use too
("اليوم 06:42", "الأحد 12/5/2024", "منذ 3 ساعات", "العدد 8741 - الأربعاء 12 مارس 2025",
"دبي، 10 مارس 2025:").
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import strip_marks
from tanqih.rules.phrases import pkey
from tanqih.rules.sentence_shapes import MONTH_NAMES, WEEKDAYS, is_function

# A wire story's end mark and the editors' initials glued after the last sentence:
# "... الرطبة. (انتهى) ع.م/ح.ص" (BLP007's; BLP001 leaves it).
END_TAIL_RE = re.compile(
    r"(?<=[.!؟?])\s*\(\s*(?:انتهى|النهاية|إنتهى)\s*\)(?:[\s/.]*[^\W\d_]{1,2}(?=[\s/.]|$))*[\s/.]*$"
)
# A counter under an article: "0 تعليق", "1,234 مشاهدة", "15 إعجاب", "1,284 تسجيل إعجاب".
COUNTER_RE = re.compile(
    r"^\s*[\d٠-٩][\d٠-٩,.٬]*\s*(?:تعليق|تعليقات|مشاهدة|مشاهدات|قراءة|قراءات|(?:تسجيل(?:ات)?\s+)?"
    r"(?:إعجاب|اعجاب)|زيارة)\s*$"
)

MONTHS = {pkey(m) for m in MONTH_NAMES}
_TIME_WORDS = {
    pkey(w)
    for w in (
        # ("و" alone: "قبل 3 ساعات و20 دقيقة"; "واحدة": "قبل ساعة واحدة")
        "و واحد واحدة مراجعة المراجعة اليوم أمس امس البارحة غدا غداً منذ قبل حوالي نحو ساعة ساعات ساعتين ساعتان دقيقة "
        "دقائق دقيقتين دقيقتان ثانية ثوان ثواني يوم أيام ايام يومين يومان أسبوع اسبوع أسابيع "
        "اسبوعين أسبوعين شهر أشهر شهور شهرين سنة سنوات عام ص م صباحا صباحاً مساء مساءً مساءا "
        "ظهرا ظهراً فجرا عصرا ليلا الساعة بتوقيت غرينتش غرينيتش جرينتش مكة القدس بيروت "
        "هـ ه الموافق الأول الاول الثاني الآخر الاخر الأولى الاولى الآخرة الاخرة ذو ذي "
        "في نشر نشرت تاريخ التاريخ النشر آخر اخر تحديث التحديث تعديل محدث تم بتاريخ منشور أضيف "
        "المكرمة توقيت البث بث بثت أذيعت الإصدار الاصدار التعديل معدل س د ت غ للصفحة الطباعة طباعة قديم المدة حدث gst ast eet cet est bst msk "
        "t z am pm gmt utc ago hours hour minutes minute days day updated published at on "
        "edited saturday sunday monday tuesday wednesday thursday friday "
        "sat sun mon tue tues wed thu thur thurs fri"
    ).split()
    + WEEKDAYS
}
_TIME_RE = re.compile(r"\d{1,2}\s*:\s*\d{2}")
_NUM_DATE_RE = re.compile(r"\d{1,4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,4}")
_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+")
_PERCENT_RE = re.compile(r"\d\s*[%٪]|[%٪]\s*\d")
_RELATIVE = {pkey(w) for w in "منذ قبل ago".split()}
_UNITS = {
    pkey(w)
    for w in (
        "ساعة ساعات ساعتين دقيقة دقائق دقيقتين ثانية ثوان يوم أيام يومين أسبوع أسابيع "
        "أسبوعين شهر أشهر شهرين hours hour minutes minute days day س د"
    ).split()
}
# The age of a post on a social page, a number and a singular or abbreviated unit ("3 س",
# "1 يوم"): prose counts with a plural ("3 أيام") or a number word ("يوم واحد").
POST_AGE_UNITS = {pkey(w) for w in "س د يوم ساعة دقيقة أسبوع اسبوع h d".split()}
# The masthead of a printed page: the issue number and the price beside the date ("العدد
# 8741 - الأربعاء 12 مارس 2025 - 250 دينارا", "العدد 3102 - السنة الثانية عشرة").
_ISSUE_NO_RE = re.compile(
    r"^\s*(?:رقم\s+)?(?:ال)?عدد\s*(?:رقم\s*)?[:：]?\s*[\[(]?\s*[\d٠-٩]+\s*[\])]?\s*$"
)
_ISSUE_RE = re.compile(
    r"^\s*(?:(?:رقم\s+)?(?:ال)?عدد\s*(?:رقم\s*)?[:：]?\s*[\[(]?\s*[\d٠-٩]+\s*[\])]?|(?:السنة|العام)\s+(?:[\d٠-٩]+|"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}))\s*$"
)
_PRICE_RE = re.compile(
    r"^\s*(?:الثمن|السعر)?\s*[:：]?\s*[\d٠-٩][\d٠-٩.,]*\s*(?:دينارا?|دنانير|درهما?|دراهم|"
    r"جنيها?|ريالا?|ليرة|فلسا?|قرشا?|سنتيما?|دج|فرنكا?)\s*$"
)
# A dash between spaces, the separator of a dateline's or a masthead's parts.
SPACED_DASH_RE = re.compile(r"\s+[-–—]\s+")
# A numeric date with its year ("2024/02/19", "19.02.2024"), not a score ("4.5/5").
_YEAR_DATE_RE = re.compile(
    r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2}"
)
_PART_SEP_RE = re.compile(r"\s+[-–—·]\s+")
# The number of a news item beside its date: "رقم الخبر: 4521", "ID: 88213".
_ITEM_ID_RE = re.compile(
    r"^\s*(?:رقم|معرف)\s+(?:ال)?(?:خبر|مقال|مادة|موضوع)\s*[:：]?\s*[\d٠-٩]{1,9}\s*$"
    r"|^\s*(?:id|news id)\s*[:：#]?\s*\d{1,9}\s*$",
    re.I,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:1[34]\d\d|20\d\d)(?!\d)")
_PLACE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")


def _place(text: str) -> bool:
    """One or two words of letters (a place, a site's name), diacritics allowed ("عمّان")."""
    return _PLACE_RE.match(strip_marks(text)) is not None


# The timing line of a subtitle's cue (SRT, WebVTT): "00:01:23,456 --> 00:01:25,000".
_CUE_TIMING_RE = re.compile(
    r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}"
)


def is_timestamp(line: str) -> bool:
    """A line of date and time words only (a label such as "التاريخ:" or "آخر تحديث:"
    included); or two to four such parts separated by "|" or "•", counters allowed among
    them ("نشر في: ... | آخر تحديث: ...", "6 فبراير 2024 | 0 تعليق", "12 يونيو 2024 •
    الرياض")."""
    raw = line.strip()
    if _CUE_TIMING_RE.match(raw):
        return False  # a subtitle's cue, quoted with its file: "00:01:23,456 --> ..."
    if ("|" in raw or "•" in raw) and len(raw) <= 160:
        parts = [x for x in re.split("[|•]", raw) if x.strip()]
        stamps = sum(1 for x in parts if stamp(x))
        if (
            2 <= len(parts) <= 4
            and stamps
            and all(stamp(x) or COUNTER_RE.match(x) or _ITEM_ID_RE.match(x) for x in parts)
        ):
            return True  # (the item's number beside its date: "... | رقم الخبر: 4521")
        # the date and the section: "12 سبتمبر 2024 | أخبار الجمعية"
        if (
            len(parts) == 2
            and stamp(parts[0])
            and _place(parts[1])
            and any(t in MONTHS for t in _TOKEN_RE.findall(pkey(parts[0])))
            and _YEAR_RE.search(parts[0])
        ):
            return True
        # a place and the date (and the time): "دمشق | السبت، 8 تشرين الثاني 2025",
        # "بنغازي | الأحد 21 يوليو 2024 | 09:10 ص"
        if 2 <= len(parts) <= 3 and _place(parts[0]) and all(stamp(x) for x in parts[1:]):
            return any(t in MONTHS for t in _TOKEN_RE.findall(pkey(parts[1])))
    if len(raw) <= 120 and (" - " in raw or " — " in raw or " · " in raw):
        # the site's name and the date and time: "واحات نيوز - الجمعة 25 أكتوبر 2024 - 18:07"
        parts = [x for x in _PART_SEP_RE.split(raw) if x.strip()]
        # (a part may be a date and a time in a row: "عمّان - الأربعاء 17 نيسان 2024 | 09:10")
        plain = [x for x in parts if not (stamp(x) or ("|" in x and is_timestamp(x)))]
        if 2 <= len(parts) <= 4 and not plain:
            return True  # "تاريخ النشر: ... - آخر تحديث: ..."
        if (
            2 <= len(parts) <= 4
            and len(plain) == 1
            and len(parts) - len(plain) >= 1
            and _place(plain[0])
            and any(_TIME_RE.search(x) or _NUM_DATE_RE.search(x) for x in parts if x not in plain)
        ):
            return True
    place, colon, date = raw.partition(":")
    if colon and len(raw) <= 80 and _place(place) and stamp(date):
        # "ود مدني: الخميس 7 ديسمبر 2023م": a place, a colon and a calendar date
        if (
            (any(t in MONTHS for t in _TOKEN_RE.findall(pkey(date))) or _YEAR_DATE_RE.search(date))
            and not stamp(place)
            and not any(t in _TIME_WORDS for t in pkey(place).split())
        ):
            return True
    if ("عدد" in raw or "السنة" in raw) and len(raw) <= 160 and SPACED_DASH_RE.search(raw):
        parts = [x for x in SPACED_DASH_RE.split(raw) if x.strip()]
        if (
            2 <= len(parts) <= 4
            and any(_ISSUE_NO_RE.match(x) for x in parts)
            and all(stamp(x) or _ISSUE_RE.match(x) or _PRICE_RE.match(x) for x in parts)
        ):
            return True
    if _ISSUE_NO_RE.match(raw) and sum(ch.isdigit() for ch in raw) >= 3:
        return True  # the printed issue's number alone: "العدد 18342"
    if _PERCENT_RE.search(raw) and _PART_SEP_RE.search(raw):
        return False  # a live blog's entry, its time and a share: "17:00 — 34%."
    return stamp(raw)


# A time zone after a clock time: "بتوقيت أبوظبي", "بتوقيت مكة المكرمة", "(توقيت القاهرة)".
_ZONE_RE = re.compile(
    r"(?<=[\dصم])\s*\(?\s*ب?توقيت\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\)?\s*(?=$|[،,—|·\-])"
)


_AT_HOUR_RE = re.compile(r"(?<=\d)\s+على\s+(?=(?:(?:ال)?ساعة\s+)?\d)")


def before_bar_date(text: str) -> str | None:
    """The text before the first bar when a date (and time) follows it ("فلان | 22 مارس
    2024" -> "فلان "), or None."""
    head, bar, date = text.partition("|")
    return head if bar and is_timestamp(date) else None


def stamp(line: str) -> bool:
    raw = line.strip()
    if not raw or len(raw) > 70:
        return False
    if "توقيت" in raw:
        raw = _ZONE_RE.sub("", raw)
    if "على" in raw:
        raw = _AT_HOUR_RE.sub(" ", raw)  # "... على الساعة 08:15" (the Maghreb's "at")
    toks = _TOKEN_RE.findall(pkey(raw))
    if not toks:
        return False
    alpha = [t for t in toks if not t.isdigit()]
    if any(t not in MONTHS and t not in _TIME_WORDS for t in alpha):
        return False
    numbers = [t for t in toks if t.isdigit()]
    if _TIME_RE.search(raw) or _NUM_DATE_RE.search(raw):
        return True
    if numbers and any(t in MONTHS for t in alpha):
        return True
    if any(t in _RELATIVE for t in alpha) and any(t in _UNITS for t in alpha):
        return True
    return len(toks) == 2 and toks[0].isdigit() and toks[1] in POST_AGE_UNITS


_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}")
# A dateline on a line of its own: a place (one to four words, "دبي، الإمارات العربية
# المتحدة") and a calendar date with its year, after a comma or "في" ("الرباط في 20
# فبراير 2025"), a colon at most after it.
_PLACE_DATE_RE = re.compile(
    r"^\s*([^\W\d_]+(?:[\s،,]+[^\W\d_]+){0,3})\s*(?:[،,]|\s+في)\s+"
    r"([^:：]*?[\d٠-٩]{4})\s*[:：]?\s*$"
)


# ... and a place and its date with the dash that opened the story, the story on the
# next line: "الخرطوم 24 أغسطس 2023 —".
_PLACE_DATE_DASH_RE = re.compile(
    r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+([^:：\-–—]*?[\d٠-٩]{4})\s*[-–—]\s*$"
)


def place_dateline(line: str) -> bool:
    m = _PLACE_DATE_RE.match(line) if len(line) <= 80 else None
    if m is None and len(line) <= 80:
        m = _PLACE_DATE_DASH_RE.match(line)
    if m is None or not stamp(m.group(2)):
        return False
    date = _TOKEN_RE.findall(pkey(m.group(2)))
    place = pkey(m.group(1)).split()
    return any(t in MONTHS for t in date) and not any(
        t in _TIME_WORDS or t in MONTHS or is_function(t) for t in place
    )


_RELATIVE_TIME = ("اليوم", "منذ", "آخر", "امس", "أمس")


def dated_heading(line: str) -> bool:
    """A calendar date that may head an entry ("7 أكتوبر 2023", "السبت 13 يناير"), not
    a clock time or a relative one ("اليوم 06:42", "منذ 3 ساعات")."""
    t = line.strip()
    return not _CLOCK_RE.search(t) and not t.startswith(_RELATIVE_TIME)


def entry_line(line: str) -> bool:
    """A sentence of prose: four words or more, closed by a full stop or a question or
    exclamation mark."""
    line = line.rstrip()
    return line.endswith((".", "؟", "!", "?")) and len(line.split()) >= 4
