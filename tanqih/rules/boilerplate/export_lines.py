"""Lines that a printed page, a browser's print view or an e-mail adds around an article
when it is exported to text: a printed paper's running head (its name, issue number,
date, section and page number), a page number between dashes, "continued from page 6"
with its title, the header and footer a browser prints on every page (the date and the
page's title; its address and "1/2"), the header lines of an e-mail ("From:",
"Subject:"), a feed's labels and footer ("Posted on:", "ظهرت المقالة ... أولاً على
..."), a Telegram export's post header, a wire message's slug with its GMT time, a web
archive's capture count, an e-mailed newsletter's greeting, digest introduction and
farewell. :func:`export_line` is one of the shapes of
:func:`tanqih.rules.boilerplate.furniture_shapes.shape_furniture`; none of them is a rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import strip_marks
from tanqih.rules.boilerplate.datelines import is_timestamp, stamp
from tanqih.rules.phrases import has_sentence_punct

# The issue's number in a running head: "العدد 218", "العدد (512)", "عدد 47".
_ISSUE_PART_RE = re.compile(r"^\s*(?:ال)?عدد\s*(?:رقم\s*)?[:：]?\s*\(?\s*[\d٠-٩]{1,6}\s*\)?\s*")


def _issue_part(x: str) -> bool:
    """The issue's number, alone or with the issue's date ("العدد (4512) الثلاثاء 23 تموز
    2024")."""
    m = _ISSUE_PART_RE.match(x)
    if m is None:
        return False
    rest = x[m.end() :].strip(" ،,-–—")
    return not rest or bool(stamp(rest))


# A weekly's dates: "من 7 إلى 13 مارس 2024".
_WEEK_RE = re.compile(
    r"^\s*من\s+[\d٠-٩]{1,2}\s+(?:[^\W\d_]+\s+)?إلى\s+[\d٠-٩]{1,2}\s+[^\W\d_]+\s+[\d٠-٩]{4}\s*$"
)
_PAGE_NO_RE = re.compile(r"^\s*(?:(?:ال)?صفحة\s*|ص\s*)?[\d٠-٩]{1,3}\s*$")
_HEAD_SEP_RE = re.compile(r"\s+[-–—|ـ]\s+|\s*[|■●◆▪]\s*")
# A page number between dashes or brackets: "- 4 -", "— 12 —", "[5]".
_DASHED_PAGE_RE = re.compile(r"^\s*(?:[-–—]\s*[\d٠-٩]{1,3}\s*[-–—]|\[\s*[\d٠-٩]{1,3}\s*\])\s*$")
# "تتمة المنشور ص 6: موسم التمور ...", "تابع ص 3 - ...": the rest of an article carried
# over from another page, under the title it had there.
_CARRIED_RE = re.compile(
    r"^\s*(?:(?:ال)?(?:تتمة|بقية|تكملة)|تابع)\s+(?:[^\W\d_]+\s+){0,2}"
    r"(?:(?:ال)?صفحة|ص)\.?\s*[\d٠-٩]{1,3}\s*[:：\-–—]\s*\S[^\n]{0,90}$"
)
# The header a browser prints on each page: the date and time, then the page's title
# ("14/05/2024, 10:22 بلاغ حول ...", "5/14/24, 10:22 AM ..."); its footer: the page's
# address and the page's rank ("https://.../news/1187 1/2").
_PRINT_HEADER_RE = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}(?:\s*(?:AM|PM|ص|م))?\s+\S[^\n]{0,150}$", re.I
)
_PRINT_FOOTER_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}\s*$", re.I)
# The header lines of an e-mail: "From: ...", "Subject: ...", "Date: ..."; in Arabic
# with the sender's address ("من: نشرة البيدر <info@...>").
_MAIL_HEADER_RE = re.compile(
    r"^\s*(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To)\s*:\s*\S"
    r"|^\s*(?:من|إلى|الى|نسخة|المرسل)\s*:\s*(?:[^\n<]{0,60}<[^\s<>@]+@[^\s<>]+>|[^\s<>@]+@[\w.-]+\.\w+)\s*$",
    re.I,
)
# A feed reader's or a feed's own labels: "Feed: ...", "Posted on: ...", "Author: ...".
_FEED_LABEL_RE = re.compile(
    r"^\s*(?:Feed|Posted on|Posted|Author|Published|Updated)\s*:\s*\S"
    # (a feed dumped field by field: "title:", "link: https://...", "dc:creator: ...")
    r"|^\s*(?:title|link|guid|pubDate|dc:creator|category|description)\s*:(?:\s+\S[^\n]{0,150})?\s*$",
    re.I,
)
# WordPress's feed footer in Arabic: "ظهرت المقالة <title> أولاً على <site>."
_FEED_FOOTER_RE = re.compile(
    r"^\s*ظهرت\s+(?:المقالة|التدوينة|المشاركة)\s.{1,200}?\sأول(?:اً|ًا|ا)?\s+على\s.{1,80}$"
)


# An e-mailed newsletter's greeting, the line that introduces its digest, and its
# farewell: "صباح الخير، أهلاً بك في نشرة الظهيرة من <site>", "عزيزي القارئ، إليك أبرز ما
# نتابعه اليوم:", "أعزاءنا المشتركين، تحية طيبة وبعد،", "هذه نشرتكم المسائية ليوم
# الثلاثاء، وفيها:", "نضع بين أيديكم أبرز موضوعات هذا الأسبوع:", "شكراً لقراءتك، نراك في
# نشرة الغد.", "مع تحيات فريق التحرير".
_GREETING = (
    r"(?:صباح|مساء)\s+(?:الخير|النور|الورد)|(?:أهلا|اهلا|مرحبا)\s+(?:بك|بكم|بكن)|"
    r"(?:عزيزي|عزيزتي)\s+(?:ال)?(?:قارئ|قارئة|مشترك|مشتركة)|(?:أعزاءنا|اعزاءنا|أعزائي|اعزائي)\s+"
    r"(?:ال)?(?:قراء|مشتركين|متابعين)|(?:قراءنا|قرّاءنا|متابعينا|مشتركينا)\s+(?:ال)?(?:أعزاء|اعزاء|كرام)"
)
_ISSUE_WORDS = r"(?:نشرة|النشرة|نشرتكم|نشرتنا|نشرتك|عدد|العدد|عددنا)"
_NEWSLETTER_RE = re.compile(
    # a greeting naming the newsletter, introducing the digest, or a greeting of the day on
    # a short line with no full stop ("مساء الخير من <site>،"; speech in a transcript
    # ends: "أهلا بك وبالسادة المشاهدين.")
    rf"^\W*(?:{_GREETING})(?:[،,!]|\s)(?:[^\n]*{_ISSUE_WORDS}[^\n]*|[^\n]*[:：]|[^\n]*تحية\s+طيبة"
    r"[^\n]*)$"
    r"|^\W*(?:صباح|مساء)\s+(?:الخير|النور|الورد)(?:[،,]|\s)(?:\S+\s*){0,4}(?<![.!؟?])$"
    # the line introducing the digest: what the issue holds today or this week
    rf"|^\W*(?:(?:هذه|هذا)\s+{_ISSUE_WORDS}[^\n]{{0,60}}(?:وفيها|وفيه|وتتضمن|ويتضمن)\s*[:：]"
    r"|(?:إليك|اليك|إليكم|اليكم|نضع\s+بين\s+أيديكم|نضع\s+بين\s+ايديكم)\s+(?:أبرز|ابرز|أهم|اهم)\s+"
    r"[^\n]{0,50}(?:اليوم|الأسبوع|الاسبوع|الليلة|الصباح|المساء)[^\n]{0,30})$"
    # the farewell: until the next issue
    rf"|^\W*[^\n]{{0,40}}(?:إلى\s+اللقاء|الى\s+اللقاء|نلقاك|نلقاكم|نلتقيكم|نلتقي|نراك|نراكم|موعدنا)"
    rf"(?:\s+معكم|\s+بكم)?\s+(?:غدا\s+)?في\s+{_ISSUE_WORDS}[^\n]{{0,50}}$"
    r"|^\W*مع\s+(?:أطيب\s+)?تحيات\s+(?:فريق|أسرة|اسرة|هيئة)\s+(?:ال)?تحرير[^\n]{0,30}$"
    # why the reader got it: "أرسلت هذه الرسالة إلى <address> لأنك مشترك في نشرة ..."
    r"|^\W*(?:أرسلت|ارسلت|وصلتك|وصلت)\s+هذه\s+(?:الرسالة|النشرة)\s+[^\n]{0,80}"
    r"(?:لأنك|لانك)\s+(?:مشترك|مشتركة|اشتركت|سجلت)[^\n]{0,80}$"
)


_GREETING_LEAD_RE = re.compile(rf"^\W*(?:{_GREETING})\s*[،,!]\s*")


def newsletter_line(s: str) -> bool:
    """A newsletter's greeting, its digest's introduction or its farewell (see
    ``_NEWSLETTER_RE``), at most 25 words; a greeting may open the introduction ("صباح
    الخير! إليك أهم ما تحتاج معرفته اليوم ...")."""
    if s.count(" ") >= 25:
        return False
    s = strip_marks(s)
    if _NEWSLETTER_RE.match(s):
        return True
    lead = _GREETING_LEAD_RE.match(s)
    return lead is not None and _NEWSLETTER_RE.match(s[lead.end() :]) is not None


def feed_footer(s: str) -> bool:
    """WordPress's feed footer in Arabic ("ظهرت المقالة ... أولاً على ...")."""
    return s[:1] == "ظ" and len(s) <= 300 and _FEED_FOOTER_RE.match(s) is not None


# A Telegram export's post header: the channel, then the date and time in brackets
# ("شبكة أخبار الخرطوم, [15.04.2024 20:14]").
_TELEGRAM_HEAD_RE = re.compile(
    r"^\s*[^\n,\[\]]{2,50},\s*\[\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*$"
    # (or the date first: "[05.07.24 18:42] شنقيط الآن:")
    r"|^\s*\[\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*[^\n\[\]]{2,50}:\s*$"
)
# A WhatsApp export's message header with nothing after it: "[14/05/2024، 7:12 ص] <name>:".
_WHATSAPP_HEAD_RE = re.compile(
    r"^\s*\[\d{1,2}/\d{1,2}/\d{2,4}[،,]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?\]"
    r"\s*[^:\n\[\]]{2,40}:\s*$"
)
# A wire message's slug or end code, with the time in GMT: "مشرق 0457 3 اقت / أردن -
# فوسفات / 240415 GMT 0932", "240415 GMT 0951", "خليج 142205 جمت أبر 24".
_WIRE_SLUG_RE = re.compile(
    r"(?<!\d)\d{6}\s+(?:GMT|جمت)(?!\w)"
    # (the agency's initials, the message's time and "غ ت": "(أ ش د) 1402 غ ت 14/05/2024")
    r"|^\s*\(\s*[^\W\d_](?:\s[^\W\d_]){1,3}\s*\)\s*\d{3,4}\s+غ\s?ت(?!\w)"
)
# A web archive's capture count: "84 captures".
_CAPTURES_RE = re.compile(r"^\s*[\d,]+\s+captures?\s*$", re.I)


def running_head(s: str) -> bool:
    """A printed paper's running head: three to seven parts between dashes or bars, one
    the issue's number, the others dates, a page number or short names ("المرصد الليبي -
    أسبوعية مستقلة - العدد 218 - الخميس 7 نوفمبر 2024 - 4", "شرفة | العدد 47 | مايو 2024 |
    22"); or the name and the issue's number alone ("نشرة الإرشاد الأسبوعية - العدد 96")."""
    if len(s) > 160:
        return False
    parts = [x for x in _HEAD_SEP_RE.split(s.strip()) if x.strip()]
    if not 2 <= len(parts) <= 7:
        return False
    if not any(_issue_part(x) for x in parts):
        # (a magazine's head: its name, the month and the page, "الأرقام ● تموز/يوليو
        # 2023 ● 52")
        if not (
            len(parts) >= 3
            and _PAGE_NO_RE.match(parts[-1] if parts[-1][:1].isdigit() else parts[0])
            and any(stamp(x) for x in parts)
        ):
            return False
    names = 0
    for x in parts:
        if _issue_part(x) or _PAGE_NO_RE.match(x) or stamp(x) or _WEEK_RE.match(x):
            continue
        if len(x.split()) > 4 or has_sentence_punct(x) or any(c.isdigit() for c in x):
            return False
        names += 1
    if names == 0:
        # the issue and its date ("العدد 1873 | الخميس 18 يناير 2024"); a masthead of dates
        # only is a timestamp line, BLP002's
        return not is_timestamp(s)
    return names <= 3 and (len(parts) >= 3 or names == 1)


# A page's number under its word: "صفحة 1 من 2", "الصفحة 3", "page 2 of 5".
_PAGE_WORD_RE = re.compile(
    r"^\s*[-–—(\[]*\s*(?:(?:ال)?صفحة|page)\s*[\d٠-٩]{1,3}(?:\s*(?:من|/|of)\s*[\d٠-٩]{1,3})?"
    r"\s*[-–—)\]]*\s*$",
    re.I,
)
_RUNNING_SEP_RE = re.compile(r"\s+[-–—|•·]\s+|\s*[|■●◆▪]\s*")


def running_heads(texts: list[str]) -> set[int]:
    """The lines of a paper's or a site's running head repeated on every printed page: a
    line of two to four short parts between bars, dashes or bullets (the name, the
    section, the date: "أصداء الأطلس | مجتمع", "<paper> — ثقافة — الأحد 19 نوفمبر 2023")
    written twice or more in the text, or once as its first line when it ends with a date.
    No part is a sentence, and only a date holds figures."""
    seen: dict[str, list[int]] = {}
    for k, t in enumerate(texts):
        s = t.strip()
        if 5 <= len(s) <= 90 and _RUNNING_SEP_RE.search(s):
            seen.setdefault(s, []).append(k)
    out: set[int] = set()
    for s, ks in seen.items():
        parts = [x for x in _RUNNING_SEP_RE.split(s) if x.strip()]
        if not 2 <= len(parts) <= 4 or any(len(x.split()) > 4 for x in parts):
            continue
        dated = stamp(parts[-1])
        if any(
            has_sentence_punct(x) or (any(c.isdigit() for c in x) and not stamp(x)) for x in parts
        ):
            continue
        if len(ks) >= 2 or (ks == [0] and dated and len(parts) >= 3):
            out.update(ks)
    return out


def export_line(s: str, digits: bool) -> bool:
    """A line added by a print or an e-mail export (see the module's docstring)."""
    if digits:
        if len(s) <= 12 and _DASHED_PAGE_RE.match(s):
            return True
        if len(s) <= 24 and _PAGE_WORD_RE.match(s):
            return True
        if running_head(s):
            return True
        if s[0].isdigit() and _PRINT_HEADER_RE.match(s):
            return True
        if s[0] in "hHwW" and _PRINT_FOOTER_RE.match(s):
            return True
        if _CARRIED_RE.match(s):
            return True
        if len(s) <= 120 and _WIRE_SLUG_RE.search(s) and not s.rstrip().endswith("."):
            return True
        if (s[-1] == "]" or s[0] == "[") and _TELEGRAM_HEAD_RE.match(s):
            return True
        if s[0] == "[" and _WHATSAPP_HEAD_RE.match(s):
            return True
        if len(s) <= 30 and _CAPTURES_RE.match(s):
            return True
    if len(s) > 300:
        return False
    if _MAIL_HEADER_RE.match(s) or (s[0] in "FfPpAaUuTtLlGgDdCc" and _FEED_LABEL_RE.match(s)):
        return True
    return feed_footer(s) or newsletter_line(s)
