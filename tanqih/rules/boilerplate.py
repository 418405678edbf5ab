"""Boilerplate family (BLP): page furniture that scrapers keep along with the article.

Every rule here is generic: it looks at the shape of a line (its length, its position in
the article, the absence of sentence punctuation, dash-separated segments, link syntax)
and, where words matter, at phrase lists kept as data files in
``tanqih/rules/data/boilerplate/`` that a user can extend (``extend-phrases``) or replace
(``phrases-file``). Fixes delete text and are therefore unsafe: review them first.

Lines that look like furniture by their shape alone (a temperature, a rate, a count, a
contact line, a date, a link, a hashtag, an agency's name, a cue in brackets) are left
alone when they are items of a list the article announces: the run of lines right after
a line of its prose ending in ":" or in "التالي / الآتي / كما يلي" ("وفي ما يلي درجات
الحرارة المتوقعة:"), or after a header of one to three words ending in ":" under the
article's prose when the article goes on after the list ("المقادير:", "الموقعون:",
"فريق العمل:"), not after the header of a block of furniture ("اقرأ أيضا:",
"للاستفسارات الإعلامية:", "تابعونا على:", "الكلمات المفتاحية:") or a line where the site
speaks of itself or to its reader ("عبر حساباتنا التالية:", "قد تهمكم"). The whole list
is kept, never some of its items.

The corpus-level rules (BLP1xx) flag lines that recur across many documents of a corpus;
they need counts from ``tanqih check --corpus`` or ``--corpus-table`` and stay silent
without them.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from tanqih.linter.analysis import Analysis, Span
from tanqih.linter.arabic import LETTERS, strip_marks
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules.datelines import (
    COUNTER_RE,
    MONTHS,
    dated_heading,
    entry_line,
    is_timestamp,
    place_dateline,
)
from tanqih.rules.furniture_shapes import (
    BARE_CONTACT_RE,
    BULLETS,
    CHAPTER_HEADINGS,
    CHAPTER_RE,
    CONTACT_RE,
    CONTACT_WORDS,
    CUE_RE,
    DIGIT_RE,
    EMOJI_LEAD_RE,
    INDEX_ENTRY_RE,
    LAST_SENTENCE_END_RE,
    MARKS_RE,
    MAX_HEADLINES,
    PAGE_NUMBER_RE,
    POST_AGE_RE,
    RELEASE_HEADERS,
    VOTE_BUTTONS,
    clock_seconds,
    counter_kind,
    headline_like,
    one_item_ticker,
    poll_option,
    poll_question,
    rating_line,
    section_label,
    shape_furniture,
    widget_line,
)
from tanqih.rules.phrases import (
    LEADING_LINK_RE,
    PHRASE_OPTIONS,
    PhraseList,
    PhraseRule,
    arabic_letters,
    byline_labels,
    content_lines,
    delete_line,
    delete_span,
    has_sentence_punct,
    load_phrases,
    pkey,
    quote,
    strip_span,
)
from tanqih.rules.sentence_shapes import conjunction_led, is_function, past_or_present_verb
from tanqih.rules.variants import zipf

FAMILIES["BLP"] = "boilerplate"

# ----------------------------------------------------------------------------------------
# BLP001 page chrome
# ----------------------------------------------------------------------------------------

_COPYRIGHT_RE = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)", re.I)
# The opinion-page disclaimer: "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر
# بالضرورة عن رأي الموقع."
_DISCLAIMER_RE = re.compile(
    r"^\W*(?:جميع\s+|كل\s+)?(?:المقالات|المقال|الآراء|الاراء|التعليقات|المواد|ما\s+ينشر|هذا\s+المقال)"
    r".{0,80}?(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+بالضرورة\b"
)
# An aggregator's note: "تنويه: محتوى هذا الخبر منقول من مصدره ولا يعبر عن رأي الموقع" (a
# note label, then "... does not reflect the view of the site").
_SOURCE_NOTE_RE = re.compile(
    r"^\W*(?:تنويه|تنبيه|ملاحظة|إخلاء\s+مسؤولية|اخلاء\s+مسؤولية|إخلاء\s+المسؤولية)\s*[:：]"
    r".{0,120}?(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+(?:بالضرورة\s+)?عن\s+"
    r"(?:رأي|آراء|اراء|وجهة\s+نظر|موقف|سياسة)\s+(?:ال)?(?:موقع|صحيفة|جريدة|شبكة|قناة|مدونة|"
    r"إدارة|ادارة|تحرير|ناشر|منصة|تطبيق)"
)
_SMS_RE = re.compile(r"\bSMS\b|رسالة نصية|رسالة قصيرة", re.I)
_SMS_VERB_RE = re.compile(r"أرسل|ارسل|إرسال|ارسال|للاشتراك|اشترك|للتواصل|للتعليق")
# A copyright sign after a site's name: "Lebanon24 © 2024 جميع الحقوق محفوظة" (a word of
# its own: "ط©" is "ة" read as cp1256, mojibake).
_COPYRIGHT_SIGN_RE = re.compile(r"(?<!\S)©|\(c\)\s*\d{4}", re.I)

# A navigation breadcrumb: "الصفحة الرئيسية / صحة / دراسة: ...", "Site > Section > Title".
_CRUMB_SEPS = (" » ", " › ", " > ", " / ")
_HOME = frozenset(pkey(w) for w in ("الرئيسية", "الصفحة الرئيسية", "home"))


def _breadcrumb(line: str) -> bool:
    """Two or more crumb separators between short segments (at most three words, no
    punctuation or digits) and a last segment of at most 15 words (the headline). With
    "/" the first crumb must be the home page; "»" is a crumb separator only in a line
    without "«" (not a closing guillemet)."""
    s = line.strip()
    if len(s) > 220:
        return False
    for sep in _CRUMB_SEPS:
        if s.count(sep) < 2 or (sep == " » " and "«" in s):
            continue
        segs = [x.strip() for x in s.split(sep)]
        head, last = segs[:-1], segs[-1]
        if sep == " / " and pkey(head[0]) not in _HOME:
            continue
        if not last or len(last.split()) > 15 or last.endswith((".", "!")):
            continue
        if all(
            0 < len(x.split()) <= 3
            and not has_sentence_punct(x)
            and ":" not in x
            and not any(c.isdigit() for c in x)
            for x in head
        ):
            return True
    return False


# "تابعوا <site> على Google News", "لمزيد من الأخبار تابع قناة <site> على واتساب",
# "تابع <site> على:": a follow verb, at most six words, then the last على / عبر / من
# خلال and only button names (listed phrases) after it, or nothing but a colon.
_FOLLOW_RE = re.compile(
    r"^\s*(?:(?:لمزيد|للمزيد|لمتابعة|لمتابعه|لآخر|لاخر)\s[^\n]{0,40}?\s)?"
    r"(تابع|تابعوا|تابعونا|تابعنا|تابعي|اتبعونا|اتبعنا|follow)((?:\s+\S+){0,6}?)\s+"
    r"(?:على|عبر|من\s+خلال|في|on|via)(?!\w)\s*[:：]?\s*((?:\S+\s*){0,5})$",
    re.I,
)
# "المزيد من اقتصاد": a link to the rest of a section (one or two words).
_MORE_FROM_RE = re.compile(r"^\s*(?:ال)?مزيد\s+(?:من|في)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")
# The consent button under a cookie notice.
_COOKIE_KEY_RE = re.compile(r"ملفات تعريف الارتباط|كوكيز|cookies")
_CONSENT = frozenset(
    pkey(w)
    for w in (
        "موافق",
        "أوافق",
        "قبول",
        "أقبل",
        "قبول الكل",
        "حسنا",
        "فهمت",
        "رفض",
        "accept",
        "accept all",
        "ok",
        "okay",
        "i agree",
        "agree",
        "got it",
    )
)

# Wiki pages: the edit link after a section heading ("التاريخ[عدل]"), reference marks
# glued to a word or a full stop ("الحرة.[1]"), the lines of the reference list ("^ ..."),
# portal links ("بوابة المغرب") and the headings of the closing sections.
_WIKI_EDIT_RE = re.compile(
    r"[ \t]*\[\s*(?:عدل|تعديل|عدل المصدر|تعديل المصدر|تحرير|edit|edit source)\s*\]", re.I
)
_REF_MARK_RE = re.compile(
    r"(?<=[^\s\d\[\]])(?:\[\s*(?:\d{1,3}|بحاجة (?:ل|إلى |الى )مصدر|citation needed)\s*\])+",
    re.I,
)
_WIKI_REF_LINE_RE = re.compile(r"^\s*[\^↑]\s*\S")
_PORTAL_RE = re.compile(r"^\s*بوابة\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")
_WIKI_SECTIONS = frozenset(
    pkey(w)
    for w in (
        "مراجع",
        "المراجع",
        "مصادر",
        "المصادر",
        "المراجع والمصادر",
        "مراجع ومصادر",
        "ملاحظات",
        "هوامش",
        "الهوامش",
        "وصلات خارجية",
        "روابط خارجية",
        "انظر أيضا",
        "قراءات إضافية",
        "references",
        "notes",
        "see also",
        "external links",
        "further reading",
    )
)


class PageChrome(PhraseRule):
    """A line of page furniture: "read more", "share", "follow us", "next / previous", footers.

    **What it does**
    Flags a line that is only navigation or sharing furniture: "اقرأ أيضاً: ...",
    "تصفح المزيد", "شارك", "تابعونا على ...", "Next Previous", "جميع الحقوق محفوظة",
    a copyright line (also after a site's name: "Site © 2024 ..."), an SMS-subscription
    or "contact the writer" line, an opinion-page disclaimer ("... ولا تعبر بالضرورة عن
    رأي الموقع"), a counter ("0 تعليق"), a cookie notice and the consent button under it,
    comment-form notes, theme credits ("Powered by ..."). The phrases come from a data
    file (``chrome.txt``); a line matches when it is one of them (or a run of them, "Next
    Previous", "فيسبوك تويتر واتساب"), or starts with a phrase marked as a prefix ("اقرأ
    أيضاً" followed by a headline). A label phrase followed by a separator ("شاهد بالفيديو
    | ...") flags only the label. A long line ending like a sentence is never taken for
    furniture, unless it opens with a phrase marked to open furniture even as a sentence
    (a cookie notice). A listed phrase glued after the last sentence of a paragraph ("...
    بين البلدين. للمزيد اضغط هنا") is flagged on its own.

    Also by shape: a follow line naming the site ("تابعوا <site> عبر Google News", "تابع
    <site> على:": a follow verb, then only listed button names after the last على / عبر);
    a link to a section ("المزيد من <section>", one or two words); a breadcrumb ("Site >
    Section > Headline", "الصفحة الرئيسية / ... / ..."); a line of counters ("348
    تعليقًا · 97 مشاركة", "👁 18.4K", "45,218 مشاهدة قبل 3 أسابيع", "عرض 389 تعليقًا
    آخر"; a lone count of shares or subscribers, "2.1 مليون مشترك", only beside other
    furniture); listed buttons with the age of a post among them ("أعجبني · رد · 1
    يوم"); a printed page's marks ("الصفحة 5", "التتمة في الصفحة 7", two or more index
    entries "... ص 12", a page number closing the text); a transcript cue in square
    brackets ("[موسيقى]", "[00:12:41]"); feed residue ("The post ... appeared first on
    ...", an Atom "tag:" id); a contact line (a label naming the channel, "البريد
    الإلكتروني:", "الهاتف:", "فيسبوك:", and only addresses or numbers after it; a phone
    number only after a phone label; an address alone); a weather, currency or
    prayer-time strip ("الرباط 19° غائم", two rates or more between "|", two prayers
    with their times); a call to join or visit the channel (an imperative, "قناتنا" or
    "القناة" with a second person or an emoji: "📌 لا تنسوا مشاركة القناة"); a blog
    platform's footer ("مدعوم من Blogger."), a blog comment's header ("فلان يقول..."),
    an archive entry ("▼ 2025 (38)"), a news ticker (a label, "عاجل", "آخر الأخبار",
    "مباشر", and two headlines or more between "|", "•", "◄" or "//"; or three longer
    headlines so strung without a label, or one headline after the label with another
    headline under the line; not headlines the article quotes in «»), a
    readers' rating widget (stars or a score out of 5 with the readers' average or
    votes, "★★★★☆ 4.2 (37 صوتا)"; a critic's own "التقييم: 4/5" is the article's), the
    row of its buttons ("1 2 3 4 5"), a count of the page's comments or views ("عدد
    التعليقات: 4"), a section label of the site above the article's first line of prose
    or below its last ("اقتصاد", "عربي ودولي", "أخبار لبنان", "الرياضة العالمية": only
    words of section names, or "أخبار" / "شؤون" and one or two words; not when the
    article writes the same words elsewhere: then it is its title or topic), a "click
    here" line, a download link with the
    file's type or size, the who's-online box, a login note under comments, an
    aggregator's note ("تنويه: ... ولا يعبر عن رأي الموقع"). By the lines around it: the
    chapters of a video (three or more "0:00 title" lines, the times rising, under a
    chapters heading, "الفصول:", "⏱️ محتوى الحلقة", or beside other furniture of a video
    page: a counter or a button right before or after them; a short heading ending in
    ":" above them goes with them), a poll (a question, its short options and the
    vote button; or a question and a "نعم ... | لا ..." line), a press release's header
    ("بيان صحفي") beside other furniture ("للنشر الفوري", a dateline). Under a header of a block of links
    to other articles (``related.txt``: "مقالات ذات صلة", "الأكثر قراءة", "اقرأ أيضاً:",
    "محتوى مدفوع", "المزيد من <section>" ...) placed after some prose of the article (in
    the menu above it a header opens no list), each short title-like line (4 to 15 words,
    2 under a wiki page's links section; no full stop or colon at its end, no second
    sentence, not opening with و / ف; six words or more inside the article, where a
    short sub-heading of the article may follow the box) is a headline of another
    article, up to the first
    other line (at most 12; date lines between them are BLP002's and do not end the
    list). Wiki pages: the frame ("من ويكيبيديا، الموسوعة الحرة",
    "اذهب إلى التنقل", the last-edited and licence lines, "لمعانٍ أخرى، طالع ...
    (توضيح)"), the reference list ("^ ..."), a run of portal links ("بوابة ..."), the
    heading of a references or links section with its edit link ("مراجع[عدل]") and the
    links under it, and inside a line the edit link ("[عدل]") and reference marks glued to
    a word or a full stop ("...الحرة.[1]").

    A list the article announces is its own (a line of its prose ending in ":" or in
    "التالي / الآتي / كما يلي", not a furniture header such as "اقرأ أيضا:" or
    "للاستفسارات الإعلامية:", nor the site speaking of itself or to its reader:
    "عبر حساباتنا التالية:", "البودكاست الخاص بنا", "العناوين التي قد تهمكم", "آراء
    القراء"): its weather, rate, count, contact and date lines, platform names, the cues
    of a transcript it quotes, the poll whose result it reports, the clock lines of a
    timeline are left alone, and so is a related-links header right under the announcing
    line ("... على النحو التالي." / "الأكثر قراءة": the caption of the list). The list
    ends at a line of narrative prose or at furniture known by its words ("شارك"). A
    short line where the site announces its own pages or accounts ("يمكنكم متابعة آخر
    أخبارنا عبر حساباتنا التالية:", "ننصحكم بمطالعة التقارير التالية من أرشيفنا:",
    "العناوين التي قد تهمكم:") is furniture with its short items, up to a line of prose;
    not when a source the article quotes or names speaks ("وقالت الشركة في بيانها:
    «نعلن عن منصاتنا التالية:»"): its "we" is not the site's.

    **Why is this bad?**
    Scrapers keep the links and buttons around an article as lines of text. They are not
    part of the article, repeat across every page of a site, and teach a model or a search
    index that news text ends with "شارك".

    **Example**
    انتهى الاجتماع دون اتفاق.
    تصفح المزيد
    جميع الحقوق محفوظة

    **Use instead**
    انتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the line (or the label, the edit link, the reference mark) is deleted, and a
    phrase list can be wrong for a site.

    **Options**
    ``extend-phrases`` adds phrases (``"phrase"`` whole line, ``"phrase *"`` prefix,
    ``"phrase **"`` prefix even of a full sentence); ``phrases-file`` replaces the built-in
    list with your own file. The related-links headers (``related.txt``) are built in.
    """

    code = "BLP001"
    name = "page-chrome"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "chrome.txt"
    options = dict(PHRASE_OPTIONS)

    def match(self, line: str) -> int | None:
        """None, or the offset in ``line`` where the furniture ends (len: the whole line)."""
        whole = len(line)
        if _COPYRIGHT_RE.match(line) or _WIKI_REF_LINE_RE.match(line):
            return whole
        if "©" in line or "(c" in line.lower():
            if _COPYRIGHT_SIGN_RE.search(line) and len(line.split()) <= 14:
                return whole
        if len(line) < 200 and (_DISCLAIMER_RE.search(line) or _SOURCE_NOTE_RE.search(line)):
            return whole
        if len(line) < 30 and COUNTER_RE.match(line):
            return whole
        if shape_furniture(line):
            return whole
        n_words = line.count(" ") + 1  # an upper bound of the word count
        if n_words > 40:
            n_words = len(line.split())
            if n_words > 40:
                return None
        lead = LEADING_LINK_RE.match(line) if "@" in line[:80] or ":" in line[:12] else None
        skip = lead.end() if lead else 0
        body = line[skip:]
        sentence_like = body.rstrip().endswith((".", "!", "?", "؟"))
        if n_words <= 12:
            key = pkey(body)
            if not key:
                return None
            if self.phrases.segments(key):
                return whole
            if " " in key and DIGIT_RE.search(key):
                # the age of a post among the buttons: "أعجبني · رد · 1 يوم"
                bare = POST_AGE_RE.sub(" ", key).strip()
                if bare and bare != key and self.phrases.segments(" ".join(bare.split())):
                    return whole
        elif sentence_like:
            # a long line ending like a sentence is prose for the prefix phrases, except
            # the few that open furniture even as a sentence (a cookie notice)
            key = pkey(body[:80]) if self._strong_first(body) else ""
        else:
            key = pkey(body[:80])
        # A prefix phrase opens a link or a button, not a sentence: a long line ending
        # like a sentence ("شارك على مدى يومين ... في المؤتمر.") is prose.
        hit = None
        if key:
            hit = self.phrases.prefix(key, body, strong_only=n_words > 6 and sentence_like)
        if hit:
            end = skip + hit[1]
            return whole if end >= len(line.rstrip()) else end
        if n_words <= 14 and self._follow_line(body):
            return whole
        if n_words <= 4 and _MORE_FROM_RE.match(body):
            return whole
        if n_words <= 25 and _breadcrumb(body):
            return whole
        if (
            n_words <= 30
            and not (sentence_like and n_words > 12)  # a news sentence about an SMS service
            and ("رسال" in line or "sms" in line.lower())
            and _SMS_RE.search(line)
            and _SMS_VERB_RE.search(line)
        ):
            return whole
        return None

    def _strong_first(self, body: str) -> bool:
        """Does the line open with the first word of a phrase that opens furniture even as
        a full sentence (`` **`` in the data file)?"""
        first = self.phrases.strong_first
        return bool(first) and pkey(body.lstrip()[:30].split(" ", 1)[0]) in first

    def _follow_line(self, line: str) -> bool:
        """A follow line ("تابعوا <site> على Google News"): a follow verb, then only buttons
        after the last على / عبر (or a colon: "تابع <site> على:"). The past tense "تابع"
        ("he followed") opens prose too: with it the line must not end like a sentence and
        at most four words come before the preposition."""
        if "تابع" not in line and "اتبع" not in line and "ollow" not in line:
            return False
        m = _FOLLOW_RE.match(line)
        if m is None:
            return False
        tail = m.group(3).strip()
        if tail:
            key = pkey(tail)
            if not key or not self.phrases.segments(key):
                return False
        elif not line.rstrip().endswith((":", "：")):
            return False
        if m.group(1) == "تابع" and (
            line.rstrip().endswith((".", "!")) or len(m.group(2).split()) > 4
        ):
            return False
        return True

    def _tail(self, line: str) -> int | None:
        """Offset of furniture glued after the last sentence of a line ("... البلدين.
        للمزيد اضغط هنا"): a whole listed phrase of at most six words, unpunctuated."""
        base = max(0, len(line) - 120)  # six words fit: the scan stays bounded
        m = LAST_SENTENCE_END_RE.search(line, base)
        if m is None:
            return None
        tail = line[m.end() :].strip()
        if not tail or len(tail.split()) > 6 or tail[-1] in ".!?؟:،,":
            return None
        key = pkey(tail)
        if key and self.phrases.segments(key):
            return m.end()
        return None

    def check(self, doc):
        for _i, s, e, message, edits in self.scan(doc):
            yield self.finding(s, e, message, edits)

    def _video_chapters(self, texts: list[str], i: int, j: int) -> bool:
        """Are the clock lines ``texts[i:j]`` the chapters of a video: under a known
        chapters heading ("الفصول:", "⏱️ محتوى الحلقة"), or beside other furniture of a
        video page (a counter, a button or a call to subscribe right before or after
        them)? A timeline of the article ("0:00 الإقلاع", "1:54 انفصال المرحلة الأولى")
        has the same shape."""
        h = texts[i - 1] if i else ""
        if h and pkey(h) in CHAPTER_HEADINGS:
            return True
        around = [k for k in (i - 2 if h.rstrip().endswith((":", "：")) else i - 1, j) if k >= 0]
        for k in around:
            if k < len(texts):
                t = texts[k]
                end = self.match(t)
                if counter_kind(t) or (end is not None and end >= len(t.rstrip())):
                    return True
        return False

    @staticmethod
    def _named_in_text(texts: list[str], k: int) -> bool:
        """Is line ``k`` written word for word in another line of the article? Then it is
        the article's own title or topic ("الاقتصاد العالمي" over a story about the world
        economy, the name of a column the text refers to), not the site's section label."""
        phrase = texts[k].strip()
        pat = re.compile(f"(?<![{LETTERS}]){re.escape(phrase)}(?![{LETTERS}])")
        return any(pat.search(t) for j, t in enumerate(texts) if j != k)

    def _context(self, lines: list[Span], ann: dict | None = None) -> dict[int, str]:
        """Furniture known by the lines around it: the chapters of a video (three or more
        "clock title" lines from 0:00 on, the times rising, under a chapters heading or
        beside other furniture), a poll (a question, its options and the vote button; or
        a question and "نعم ... | لا ..."), the index of a printed issue (two or more
        "title ص 12" lines), the page number closing a printed page, a lone count of
        shares or subscribers beside other furniture. Not in a list the article announces
        (:func:`announced`): a timeline, the result of a poll, the figures of a report."""
        ann = ann or {}
        out: dict[int, str] = {}
        texts = [p.text for p in lines]
        n = len(texts)
        i = 0
        while i < n:
            m = CHAPTER_RE.match(texts[i]) if texts[i][:3].strip()[:1].isdigit() else None
            if m is None or clock_seconds(m.group(1)) != 0:
                i += 1
                continue
            j, last = i, -1
            while j < n:
                m = CHAPTER_RE.match(texts[j])
                if m is None or len(m.group(2).split()) > 10 or m.group(2).rstrip().endswith("."):
                    break
                sec = clock_seconds(m.group(1))
                if sec <= last:
                    break
                last, j = sec, j + 1
            if j - i >= 3 and i not in ann and self._video_chapters(texts, i, j):
                for k in range(i, j):
                    out[k] = "a chapter of a video's description"
                h = texts[i - 1].strip() if i else ""
                if (
                    h
                    and len(h.split()) <= 3
                    and (h.endswith((":", "：")) or EMOJI_LEAD_RE.match(h))
                ):
                    out[i - 1] = "the heading of a video's chapters"
            i = max(j, i + 1)

        # (furniture that reads like prose, a ticker of headlines, is no article text)
        def article(k: int) -> bool:
            return _prose_line(texts[k]) and self.match(texts[k]) is None

        first = next((k for k in range(n) if article(k)), n)
        last = next((k for k in range(n - 1, first, -1) if article(k)), first)
        for k in range(min(first, _HEAD_LINES) - 1):
            # "عاجل | headline" above another headline: a ticker of one item
            if one_item_ticker(texts[k]) and headline_like(texts[k + 1], 2):
                out[k] = "a news ticker"
        for k, t in enumerate(texts):
            if (
                (k < first or k > last)
                and k not in ann
                and section_label(t)
                and self.match(t) is None  # (a header of related links: its own reading)
                and pkey(t) not in _related()
                and not self._named_in_text(texts, k)
            ):
                out[k] = "a section label of the site"
                continue
            if len(t) > 90:
                continue
            key = pkey(t) if len(t) <= 20 else ""
            # a poll or a count in a list the article announces is its own
            listed = k in ann
            if key in VOTE_BUTTONS and k >= 3:
                if listed:
                    continue
                j = k - 1
                while j >= 0 and k - j <= 6 and poll_option(texts[j]):
                    j -= 1
                if k - j > 2 and j >= 0 and poll_question(texts[j]):
                    for x in range(j, k + 1):
                        out[x] = "a poll of the page"
            elif "|" in t and k and poll_question(texts[k - 1]):
                if listed:
                    continue
                parts = [pkey(x).split() for x in t.split("|") if x.strip()]
                if (
                    2 <= len(parts) <= 5
                    and all(0 < len(x) <= 4 for x in parts)
                    and parts[0][0] == "نعم"
                    and any(x[0] == "لا" for x in parts[1:])
                ):
                    out[k - 1] = out[k] = "a poll of the page"
            elif t.rstrip()[-1:].isdigit() and "ص" in t and INDEX_ENTRY_RE.match(t):
                if any(
                    0 <= x < n
                    and texts[x].rstrip()[-1:].isdigit()
                    and "ص" in texts[x]
                    and INDEX_ENTRY_RE.match(texts[x])
                    for x in (k - 1, k + 1)
                ):
                    out[k] = "an entry of a printed issue's index"
            elif k == n - 1 and k >= 2 and PAGE_NUMBER_RE.match(t):
                if not PAGE_NUMBER_RE.match(texts[k - 1]):
                    out[k] = "the number of a printed page"
            elif (t[:1].isdigit() and counter_kind(t) == 1) or key in RELEASE_HEADERS:
                if listed and key not in RELEASE_HEADERS:
                    continue
                what = "a press release's header" if key in RELEASE_HEADERS else "a counter"
                for x in (k - 1, k + 1):
                    if 0 <= x < n and (
                        counter_kind(texts[x]) == 2
                        or is_timestamp(texts[x])
                        or place_dateline(texts[x])
                        or (self.match(texts[x]) or 0) >= len(texts[x].rstrip())
                    ):
                        out[k] = what
                        break
        return out

    def scan(self, doc) -> list[tuple[int, int, int, str, list[Edit]]]:
        """(line index, start, end, message, edits) of every finding."""
        text = doc.text
        lines = content_lines(doc)
        out: list[tuple[int, int, int, str, list[Edit]]] = []
        header = ""  # the header of the block of links being read ("مقالات ذات صلة")
        items = 0
        cookie = False  # the line before was a cookie notice
        # A header opens a list of headlines only after some prose: at the top of a page
        # ("آخر الأخبار" in a menu) the next title-like line is the article's own.
        prose = False
        # Whether prose follows a line: a list inside the article (followed by prose)
        # takes only lines of six words or more as headlines, not a short sub-heading of
        # the article ("تفاصيل الخطة الجديدة") that may follow a "read also" box.
        prose_after = [False] * len(lines)
        for k in range(len(lines) - 2, -1, -1):
            prose_after[k] = prose_after[k + 1] or _prose_line(lines[k + 1].text)
        whole_lines: set[int] = set()

        def whole(i: int, s: int, e: int, message: str) -> None:
            """A finding on the whole line, deleted with its line end."""
            out.append((i, s, e, message, [delete_line(text, s, e)]))
            whole_lines.add(i)

        ann = announced(doc)
        context = {**_site_blocks(lines), **self._context(lines, ann)}
        for i, p in enumerate(lines):
            if i and i - 1 not in whole_lines and not prose:
                prose = _prose_line(lines[i - 1].text)
            t = p.text
            s, e = strip_span(p)
            if i in context:
                whole(i, s, e, f"{context[i]}, not article text: {quote(t)}")
                header, items, cookie = "", 0, False
                continue
            section = ""
            if "[" in t:
                bare = _WIKI_EDIT_RE.sub("", t)
                if bare != t and pkey(bare) in _WIKI_SECTIONS:
                    section = bare.strip()
            if section:
                whole(i, s, e, f"heading of a wiki page's references or links section: {quote(t)}")
                header = section if prose and pkey(section) in _related() else ""
                items, cookie = 0, False
                continue
            end = self.match(t)
            if end is not None and p.start + end >= e:
                if i in ann and (
                    _listable(t) or (ann[i][0] == i - 1 and pkey(t) in _related()) or _named_item(t)
                ):
                    # an item of a list the article announces ("... كالتالي:" / "الرباط
                    # 19° غائم", "واتساب" in a list of platforms), or the caption of that
                    # list ("الأكثر قراءة")
                    header, items, cookie = "", 0, False
                    continue
                whole(i, s, e, f"page furniture, not article text: {quote(t)}")
                key = pkey(t)
                header = (
                    t.strip() if prose and (key in _related() or _MORE_FROM_RE.match(t)) else ""
                )
                items, cookie = 0, bool(_COOKIE_KEY_RE.search(key))
                continue
            if cookie and pkey(t) in _CONSENT:
                whole(i, s, e, f"consent button of a cookie notice: {quote(t)}")
                cookie = False
                continue
            cookie = False
            if header:
                if is_timestamp(t):
                    continue  # a headline's date (BLP002's): the list goes on
                wiki = pkey(header) in _WIKI_SECTIONS
                least = 2 if wiki else 6 if prose_after[i] else 4
                if items < MAX_HEADLINES and headline_like(t, least):
                    items += 1
                    what = "link" if wiki else "headline of another article"
                    listed = f"listed under {quote(header, 30)}, not article text"
                    whole(i, s, e, f"{what} {listed}: {quote(t)}")
                    continue
                header = ""
            if _PORTAL_RE.match(t) and any(
                0 <= k < len(lines) and _PORTAL_RE.match(lines[k].text) for k in (i - 1, i + 1)
            ):
                whole(i, s, e, f"portal link of a wiki page: {quote(t)}")
                continue
            if end is not None:
                label_end = p.start + end
                shown = text[s:label_end].rstrip()
                out.append(
                    (
                        i,
                        s,
                        s + len(shown),
                        f"page furniture label opening the line: {quote(shown)}",
                        [Edit(s, label_end, "")],
                    )
                )
            else:
                cut = self._tail(t) if len(t) > 20 else None
                if cut is not None:
                    ts = p.start + cut
                    while text[ts - 1] in " \t":
                        ts -= 1
                    shown = text[ts:e].strip()
                    out.append(
                        (
                            i,
                            e - len(shown),
                            e,
                            f"page furniture closing the paragraph: {quote(shown)}",
                            [Edit(ts, e, "")],
                        )
                    )
            if "[" in t:
                out.extend(self._wiki_marks(text, p, i))
        return out

    def _wiki_marks(self, text: str, p: Span, i: int):
        """Edit links ("[عدل]") and reference marks ("[1]") of a wiki page inside a line."""
        t = p.text
        for m in _WIKI_EDIT_RE.finditer(t):
            ms, me = p.start + m.start(), p.start + m.end()
            shown = m.group().strip()
            yield (
                i,
                me - len(shown),
                me,
                f"edit link of a wiki page: {quote(shown)}",
                [Edit(ms, me, "")],
            )
        for m in _REF_MARK_RE.finditer(t):
            ms, me = p.start + m.start(), p.start + m.end()
            yield (
                i,
                ms,
                me,
                f"reference mark of a wiki page: {quote(m.group())}",
                [Edit(ms, me, "")],
            )


@functools.cache
def _related() -> PhraseList:
    """Headers of a block of links to other articles (``related.txt``)."""
    return load_phrases("related.txt")


@functools.cache
def _builtin_chrome() -> PageChrome:
    """BLP001 with its built-in phrases (for the other rules' view of page furniture)."""
    return PageChrome()


def chrome_line(lines: list[Span], k: int) -> bool:
    """Is line ``k`` page chrome as BLP001 sees it with its built-in phrases: a furniture
    line, or a headline under a related-links header a few lines before it?"""
    chrome = _builtin_chrome()
    t = lines[k].text
    end = chrome.match(t)
    if end is not None and end >= len(t.rstrip()):
        return True
    if not headline_like(t, 2):
        return False
    for j in range(k - 1, max(-1, k - MAX_HEADLINES - 1), -1):
        u = lines[j].text
        key = pkey(_WIKI_EDIT_RE.sub("", u) if "[" in u else u)
        if key in _related() or (len(u.split()) <= 4 and _MORE_FROM_RE.match(u)):
            least = 2 if key in _WIKI_SECTIONS else 4
            return all(
                headline_like(lines[x].text, least) or is_timestamp(lines[x].text)
                for x in range(j + 1, k + 1)
            )
        if not (headline_like(u, 2) or is_timestamp(u)):
            return False
    return False


def _prose_line(t: str) -> bool:
    """A line of the article's prose: twelve words or more, or a sentence of four words
    or more closed by a full stop, question or exclamation mark."""
    return t.count(" ") >= 11 and len(t.split()) >= 12 or entry_line(t)


# ----- announced lists: the lines an article introduces itself ("... كالتالي:") -----

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
# A "label: text" line: a speaker of a transcript ("القاضي: ..."), a field of a card
# ("المكان: ..."); a label of one to three words, not a clock time.
_LABELLED_RE = re.compile(r"^\s*([^\n:：.!؟?«»\"“”()\d]{1,30}?)\s*[:：]\s*\S")
_MAX_ANNOUNCED = 30


def _word_count(t: str) -> int:
    return sum(1 for w in t.split() if any(ch.isalnum() for ch in w))


def _intro_line(t: str) -> bool:
    """A line of the article's prose announcing a list: it ends in ":" or in "التالي /
    الآتي / كما يلي" and reads as prose (four words or more), not as the header of a
    block of furniture ("اقرأ أيضا:", "للاستفسارات الإعلامية:", "تابعونا على:",
    "الكلمات المفتاحية:", "📲 انضم إلى قناتنا:"), a byline ("كتب - فلان:"), a speaker's
    label or a dateline ("دبي، 10 مارس 2025:")."""
    s = t.strip()
    if not s or len(s) > 600:
        return False
    if not _ends_announcing(s):
        return False
    if _word_count(s) < 4 or EMOJI_LEAD_RE.match(s):
        return False
    # ("ولمزيد من المعلومات ...": a conjunction before لـ only; "وحمل" is "and carried")
    if _furniture_header(s, ("ول", "فل")):
        return False
    return not (place_dateline(s) or (len(s.split()) <= 16 and _head_furniture(s)))


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


def _short_header(t: str) -> bool:
    """A header of one to three words ending in ":" ("المقادير:", "الموقعون:", "أسرة
    الفيلم:"), not of a block of furniture (a related-links, tag, contact or sharing
    header, "اقرأ أيضا:", "تابعونا:"). Under a line of the article's prose, with prose
    after its list, it announces a list of the article."""
    s = t.strip()
    if not s.endswith((":", "：")) or not 1 <= _word_count(s) <= 3:
        return False
    if EMOJI_LEAD_RE.match(s) or DIGIT_RE.search(s) or _furniture_header(s, ("و", "ف")):
        return False
    return _builtin_chrome().match(s) is None


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
    line, a date, a cue in brackets, links or hashtags only."""
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
        if not 4 <= _word_count(t) <= _SITE_BLOCK_INTRO_WORDS:
            continue
        key = pkey(t)
        if not _SITE_SELF_RE.search(key) or not _site_voice(key):
            continue
        j = k + 1
        while j < n and j - k <= _MAX_SITE_BLOCK:
            item = lines[j].text.strip()
            if _word_count(item) > _SITE_BLOCK_ITEM_WORDS or _prose_line(item):
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


def announced(doc: Analysis) -> dict[int, tuple[int, bool]]:
    """Lines that are items of a list the article announces: {line index: (index of the
    announcing line, whether prose of the article follows the list)}.

    The run starts right after an announcing line (:func:`_intro_line`; not the first
    line, a headline announces nothing) and holds its items: short lines, "label: text"
    lines (the speakers of a transcript, the fields of a card) and lines that look like
    furniture only by their shape (:func:`_listable`); a related-links header right after
    the announcing line is the list's caption ("... على النحو التالي." / "الأكثر قراءة"
    / titles). It ends at a line of narrative prose (a sentence, twelve words or more, or
    a line opening with the conjunction و / ف), at another announcing line, at a line of
    furniture by its words ("شارك", "اقرأ أيضا"), or after thirty lines."""

    def compute(a: Analysis) -> dict[int, tuple[int, bool]]:
        lines = content_lines(a)
        n = len(lines)
        out: dict[int, tuple[int, bool]] = {}
        chrome = _builtin_chrome()
        k = 1
        while k < n:
            short = not _intro_line(lines[k].text)
            if short and not (_short_header(lines[k].text) and _prose_line(lines[k - 1].text)):
                k += 1
                continue
            j = k + 1
            while j < n and j - k <= _MAX_ANNOUNCED:
                t = lines[j].text
                s = t.strip()
                ws = s.split()
                if _intro_line(t):
                    break
                if j == k + 1 and pkey(s) in _related():
                    j += 1  # the caption of the list
                    continue
                if _listable(t):
                    j += 1
                    continue
                end = chrome.match(t)
                if end is not None and end >= len(t.rstrip()):
                    if _named_item(t):
                        j += 1  # a platform's name in the article's list ("واتساب")
                        continue
                    break
                first = strip_marks(ws[0].strip("\"'«»“”()[].,:،")) if ws else ""
                if len(ws) >= 5 and conjunction_led(first):
                    break
                if j == k + 1 and poll_question(s):
                    j += 1  # the question of a poll or an interview the article quotes
                    continue
                if (_word_count(s) >= 12 or entry_line(s)) and not (
                    _LABELLED_RE.match(s) and len(s.split(":", 1)[0].split()) <= 3
                ):
                    break
                j += 1
            closed = j < n and _prose_line(lines[j].text)
            if short and not closed:
                k += 1  # a short header announces a list only inside the article
                continue
            for x in range(k + 1, j):
                out[x] = (k, closed)
            k = max(j, k + 1)
        return out

    return doc.memo("blp.announced", compute)


def inside_lists(doc: Analysis) -> set[int]:
    """The items of the lists the article announces and goes on after (prose follows
    the list): its own lines, whatever furniture they look like."""
    return {i for i, (_k, closed) in announced(doc).items() if closed}


# ----------------------------------------------------------------------------------------
# BLP002 timestamp lines
# ----------------------------------------------------------------------------------------


class TimestampLine(Rule):
    """A line that holds only a date or a time (a sidebar or metadata timestamp).

    **What it does**
    Flags a line made only of date and time words: "اليوم 06:42", "19 آب",
    "20 اب 16:41", "منذ 3 ساعات", "الأحد 12/5/2024", "آخر تحديث: 10:22 ص", "التاريخ: 11
    مارس 2024", "... (بتوقيت مكة المكرمة)", "تاريخ البث: ...", "تم التعديل 09:20", a
    feed's date ("Wed, 12 Mar 2025 07:30:00 +0300"). Month names include the Levantine
    (آذار) and Maghrebi ones (فيفري، جوان، نونبر، غشت ...). The line must contain a clock
    time, a numeric date, a day with a month name, "منذ" with a unit, or a number with
    a singular or abbreviated unit, the age of a post ("3 س", "1 يوم"); any other word
    makes it prose. A printed page's masthead counts too: an issue number ("العدد 8741")
    with dates, the year of publication or the price between spaced dashes. In the head
    of the article a dateline on a line of its own is flagged: a place of one to four
    words and a full date with its year ("دبي، 10 مارس 2025:", "الرباط في 20 فبراير
    2025").
    Two to four such parts separated by "|" make a timestamp line too, counters allowed
    among them ("نشر في: ... | آخر تحديث: ...", "6 فبراير 2024 | 0 تعليق"). A date that
    heads an entry of a chronology or a schedule (introduced by a line ending in ":" or
    by another entry, followed by a sentence of its own; a relative date, "منذ 3 أشهر",
    only after another dated entry) is content and is left alone, and so is a date in a
    list the article announces ("وجاء الجدول كالتالي:" / "الأحد 12/5/2024" / subject;
    a masthead the article quotes; "الساعة: 9:00 صباحا" in an event's card).

    **Why is this bad?**
    Timestamps of sidebar items ("most read", "latest news") and publication metadata
    are scraped as lines of their own. They are not article text and, in a corpus, they
    become thousands of meaningless short lines.

    **Example**
    وانتهى الاجتماع دون اتفاق.
    اليوم 06:42
    19 آب

    **Use instead**
    وانتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the line is deleted (keep it in metadata if the date matters).
    """

    code = "BLP002"
    name = "timestamp-line"
    family = "boilerplate"
    fix = "unsafe"

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        ann = announced(doc)
        for i, p in enumerate(lines):
            if i in ann:
                continue  # a date the article lists ("... كالتالي:" / "الأحد 12/5/2024")
            if (
                i < _HEAD_LINES
                and ("،" in p.text or "في" in p.text)
                and place_dateline(p.text)
                and head_line(lines, i)
            ):
                s, e = strip_span(p)
                yield self.finding(
                    s,
                    e,
                    f"a dateline (a place and a date) on a line of its own: {quote(p.text)}",
                    [delete_line(text, s, e)],
                )
                continue
            if is_timestamp(p.text):
                # A date between two paragraphs of prose is a sub-heading (a chronology:
                # "7 أكتوبر 2023" followed by the day's events), not a stray timestamp.
                if 1 < i < n - 2 and all(len(lines[k].text.split()) >= 10 for k in (i - 1, i + 1)):
                    continue
                # The same in a short chronology or a schedule: a date introduced by a line
                # ending in ":" or by an entry, heading a sentence of its own ("أبرز
                # المحطات:" / "7 أكتوبر 2023" / "شنت حماس هجوما ..."). Sidebar timestamps
                # sit above headlines, which end in no full stop.
                if i > 0 and i + 1 < n and entry_line(lines[i + 1].text):
                    before = lines[i - 1].text.rstrip()
                    if dated_heading(p.text) and (
                        before.endswith((":", "：")) or entry_line(before)
                    ):
                        continue
                    # a relative date heading the last entry of a chronology of dates
                    # ("12 أكتوبر 2024" / entry / ... / "منذ 3 أشهر" / entry)
                    if (
                        i >= 2
                        and entry_line(before)
                        and dated_heading(lines[i - 2].text)
                        and is_timestamp(lines[i - 2].text)
                    ):
                        continue
                s, e = strip_span(p)
                yield self.finding(
                    s,
                    e,
                    f"a line holding only a date or time (sidebar or metadata timestamp): "
                    f"{quote(p.text)}",
                    [delete_line(text, s, e)],
                )


# ----------------------------------------------------------------------------------------
# BLP003 script / style code
# ----------------------------------------------------------------------------------------

_CODE_RE = re.compile(
    r"""
    # Every alternative starts with one of these characters, or at the line start: the
    # leading lookahead lets the regex engine skip other characters fast (4x faster).
    (?:(?=[A-Za-z_<\]}=@.\#-])|^)
    (?:
    \b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=
    | \bfunction\s*[A-Za-z_$]*\s*\([^)]*\)\s*\{
    | \b(?:googletag|adsbygoogle|gtag|dataLayer|fbq|_gaq|__gads|pbjs|apstag|twttr|instgrm)\b
    | \bdocument\.(?:write|getElementById|getElementsBy\w+|createElement|querySelector\w*|
        addEventListener|cookie)\b
    | \bwindow\.[A-Za-z_$]+
    | </?(?:script|style|iframe|noscript)\b | <!-- | --> | <!\[CDATA\[ | \]\]>
    | ^\s*\{\s*"[\w@$-]+"\s*:
    | \}\s*\)\s*(?:\(\s*\))?\s*;
    | =>\s*\{
    | @media\s*[(\w]
    | [.#]?[A-Za-z][\w-]{0,40}[ \t]?\{[ \t]*[a-z-]{1,30}[ \t]*:[ \t]*[^;{}\n]{1,80};
    )
    """,
    re.X,
)
_BRACES_ONLY_RE = re.compile(r"^\s*[{}()\[\];,]*[{}][{}()\[\];,\s]*$")
_CODE_SYMBOLS = set("{}();=<>[]$:")


def _code_symbols(text: str) -> int:
    return sum(1 for c in text if c in _CODE_SYMBOLS)


class ScriptCode(Rule):
    """JavaScript or CSS pasted into the text from an ad slot or an embed.

    **What it does**
    Flags a line, or the tail of a line, that is script or style code: ``var x = ...``,
    ``function() {``, ``googletag.cmd.push(...)``, ``document.write(...)``, ``<script>``,
    CSS rules (``.ad { display: none; }``), and lines of only braces (``});``). The code
    part must carry code punctuation (``{ } ( ) ; =``) and almost no Arabic letters.

    **Why is this bad?**
    Ad slots and embeds put scripts in the page; careless extraction keeps them as text.
    Code in a news corpus is noise for search and for language models.

    **Example**
    انتهى الاجتماع دون اتفاق.
    googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });

    **Use instead**
    انتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the code line (or tail) is deleted.
    """

    code = "BLP003"
    name = "script-code"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "{};=<]"

    def check(self, doc):
        text = doc.text
        for p in doc.paragraphs:
            t = p.text
            if _BRACES_ONLY_RE.match(t):
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"code left from a script: {quote(t)}", [delete_line(text, s, e)]
                )
                continue
            m = _CODE_RE.search(t)
            if m is None:
                continue
            start = m.start()
            while start < len(t) and t[start].isspace():
                start += 1
            code_part = t[start:]
            letters = sum(1 for c in code_part if c.isalpha())
            ar = arabic_letters(code_part)
            if _code_symbols(code_part) < 3 or (letters and ar / letters > 0.2):
                continue
            before = t[:start]
            if arabic_letters(before) == 0 and not any(c.isalpha() for c in before.strip()):
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"script or style code: {quote(t)}", [delete_line(text, s, e)]
                )
            else:
                s = p.start + start
                e = strip_span(p)[1]
                yield self.finding(
                    s,
                    e,
                    f"script or style code glued to the text: {quote(code_part)}",
                    [delete_span(text, s, e)],
                )


# ----------------------------------------------------------------------------------------
# BLP004 embed links, BLP005 hashtag / handle runs, BLP006 embed attribution lines
# ----------------------------------------------------------------------------------------

_EMBED_URL_RE = re.compile(
    r"(?<![\w./-])(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|t\.co|instagr\.am|"
    r"instagram\.com/(?:p|reel|tv)|youtu\.be|fb\.me|fb\.watch|bit\.ly|goo\.gl|tinyurl\.com|"
    r"ow\.ly|buff\.ly|dlvr\.it|lnkd\.in|tiktok\.com/@[\w.]+/video)/[\w./?=&%#~+-]*…?",
    re.I,
)
_LINK_HINT_RE = re.compile(r"https?://|www\.|\.[a-z]{2,4}/", re.I)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"«»“”]+", re.I)
_TAG_RE = r"[#＃][^\s#＃@.,،!?؟:;\"“”«»()\[\]]+"
_HANDLE_RE = r"(?<![\w.@])@[A-Za-z0-9_]{2,30}(?![\w@])"
_TAIL_ITEM_RE = re.compile(f"(?:{_TAG_RE}|{_HANDLE_RE})[\\s\u200c-\u200f]*$")
_LINKISH_RE = re.compile(f"(?:{_URL_RE.pattern}|{_EMBED_URL_RE.pattern}|{_TAG_RE}|{_HANDLE_RE})")
_JUNK = " \t\u00a0\u200b-\u200f…👇⬇️⬇👈👉🔴🔻📌🎥📹▶️▶\ufe0f|:-–—"


# Longest link or tag looked for at a line end (a bound that keeps the tail scan linear).
_WINDOW = 1024
_EMBED_URL_END_RE = re.compile(f"(?:{_EMBED_URL_RE.pattern})$", re.I)
_URL_END_RE = re.compile(f"(?:{_URL_RE.pattern})$", re.I)


def _rstrip_pos(t: str, end: int) -> int:
    """``len(t[:end].rstrip(_JUNK))`` without copying the line."""
    while end > 0 and t[end - 1] in _JUNK:
        end -= 1
    return end


def _links_only(line: str) -> bool:
    rest = _LINKISH_RE.sub(" ", line)
    return not any(c.isalnum() for c in rest)


class EmbedLink(Rule):
    """A link left by an embedded post: pic.twitter.com, t.co, short links, link-only lines.

    **What it does**
    Flags media and short links that embeds leave in the text (``pic.twitter.com/...``,
    ``t.co/...``, ``youtu.be/...``, ``bit.ly/...``, Instagram post links) wherever they
    are, and any URL on a line that holds only links, hashtags or handles. A URL inside a
    sentence ("عبر الموقع www.moh.gov.sa") is content and is not flagged, and so is a
    line of links the sentence above it announces ("... على الرابط التالي:"; not after a
    furniture line such as "📲 انضم إلى قناتنا:" or "للمزيد من التفاصيل:").

    **Why is this bad?**
    When a page embeds a tweet, the scraper keeps the tweet's text and its media link. The
    link points at nothing useful once the page is gone and breaks sentences for readers
    and tokenizers.

    **Example**
    مشاهد من القصف على غزة pic.twitter.com/AbC123xYz

    **Use instead**
    مشاهد من القصف على غزة

    **Fix safety**
    Unsafe: the link is deleted.
    """

    code = "BLP004"
    name = "embed-link"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "./"

    def check(self, doc):
        text = doc.text
        for i, p in enumerate(content_lines(doc)):
            t = p.text
            if ("/" not in t and "www." not in t) or not _LINK_HINT_RE.search(t):
                continue
            if _links_only(t) and i in announced(doc):
                continue  # the link the sentence above points to ("على الرابط التالي:")
            if _links_only(t) and (_URL_RE.search(t) or _EMBED_URL_RE.search(t)):
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"a line of links only: {quote(t)}", [delete_line(text, s, e)]
                )
                continue
            for m in _EMBED_URL_RE.finditer(t):
                s, e = p.start + m.start(), p.start + m.end()
                yield self.finding(
                    s,
                    e,
                    f"link left by an embedded post: {quote(m.group())}",
                    [delete_span(text, s, e)],
                )


_PREPOSITIONS = {
    pkey(w)
    for w in (
        "في من إلى الى على عن مع حول ضد بين عبر داخل خارج قرب نحو لدى عند لـ ل ب ك و "
        "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي وسط أنحاء انحاء مدينة بلدة قطاع مخيم "
        "محافظة منطقة ولاية حي قرية دولة جمهورية مملكة مقاطعة إقليم ضاحية بلاد"
    ).split()
}


class HashtagRun(Rule):
    """A run of hashtags or @handles at the end of a line (a social-media tail).

    **What it does**
    Flags the hashtags and handles that close a line, "#لبنان #الميادين_لبنان" or
    "@AlMayadeenNews", when there are at least two of them, or one followed by an embed
    link, or when the line holds nothing else. A hashtag used as a word of the sentence
    ("في قطاع #غزة.") is not a tail and is not flagged; nor are lines of hashtags an
    article lists after a sentence announcing them ("جاءت الوسوم الأكثر تداولا كالتالي:";
    not after "الوسوم:" or "تابعونا على:").

    **Why is this bad?**
    Embedded posts bring their hashtags and handles into the article. They are not
    sentences, repeat the same tags across thousands of documents and split the words of
    the last sentence from its punctuation.

    **Example**
    مشاهد من القصف على المدينة #غزة_تنتصر #فلسطين @AlMayadeenNews

    **Use instead**
    مشاهد من القصف على المدينة

    **Fix safety**
    Unsafe: hashtags hold words; they are deleted.
    """

    code = "BLP005"
    name = "hashtag-run"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "#＃@"

    def check(self, doc):
        text = doc.text
        for i, p in enumerate(content_lines(doc)):
            t = p.text
            if "#" not in t and "＃" not in t and "@" not in t:
                continue
            # Strip trailing links and decoration, remembering whether a link was there.
            # Every search is bounded to a window before the current end, so a line of
            # thousands of links or tags stays linear.
            end = _rstrip_pos(t, len(t))
            had_link = False
            while True:
                lo = max(0, end - _WINDOW)
                m = None
                for rx in (_EMBED_URL_END_RE, _URL_END_RE):
                    m = rx.search(t, lo, end) or m
                if m is None:
                    break
                had_link = True
                end = _rstrip_pos(t, m.start())
            items: list[int] = []
            pos = end
            while pos > 0:
                # An item's body holds no # or @, so it starts at the last one before pos.
                lo = max(0, pos - _WINDOW)
                start = max(t.rfind("#", lo, pos), t.rfind("＃", lo, pos), t.rfind("@", lo, pos))
                m = _TAIL_ITEM_RE.match(t, start, pos) if start >= 0 else None
                if m is None:
                    break
                items.append(m.start())
                pos = _rstrip_pos(t, m.start())
            if not items:
                continue
            run_start = items[-1]
            only = not any(c.isalnum() for c in t[:run_start])
            # A tag right after a preposition is a word of the sentence: keep it.
            prev = pkey(t[:run_start]).split()
            if prev and prev[-1] in _PREPOSITIONS and not only:
                items.pop()
                if not items:
                    continue
                run_start = items[-1]
            n = len(items)
            if not (n >= 2 or (n >= 1 and (had_link or only))):
                continue
            run_end = end
            while run_end > run_start and t[run_end - 1] in " \t\u00a0\u200b-\u200f":
                run_end -= 1
            s, e = p.start + run_start, p.start + run_end
            if only:
                ls, le = strip_span(p)
                if not _links_only(t) or i in announced(doc):
                    continue  # (hashtags the article lists: "... كالتالي:" / "#وسم")
                yield self.finding(
                    ls,
                    le,
                    f"a line of hashtags or handles: {quote(t)}",
                    [delete_line(text, ls, le)],
                )
            else:
                yield self.finding(
                    s,
                    e,
                    f"hashtags or handles closing the line (social-media tail): {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )


_DATE_TAIL = (
    r"(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[^\s\d()]+\s+\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2})"
)
_TWEET_SIG_RE = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*[^—–()\n]{0,60}?\(\s*@[A-Za-z0-9_]{1,30}\s*\)\s*"
    f"(?:{_DATE_TAIL})?\\s*$"
)
_POSTED_RE = re.compile(
    r"^\s*(?:A post shared by\b|View this post on Instagram|View on Instagram|Watch on YouTube|"
    r"Watch on TikTok|شاهد هذا المنشور على (?:إ|ا)نستغرام|منشور (?:مشترك|شاركه) (?:بواسطة|من قبل))",
    re.I,
)


class EmbedAttribution(Rule):
    """The signature line of an embedded tweet or post ("— Name (@handle) date").

    **What it does**
    Flags the attribution that tweet and post embeds print under the quoted text:
    "— الميادين (@AlMayadeenNews) December 5, 2023", "A post shared by ... (@...)",
    "View this post on Instagram". As a line of its own the whole line is flagged; at the
    end of a line only the signature.

    **Why is this bad?**
    The signature is markup of the embed widget, not text of the article.

    **Example**
    القصف مستمر على غزة — الميادين (@AlMayadeenNews) December 5, 2023

    **Use instead**
    القصف مستمر على غزة

    **Fix safety**
    Unsafe: the signature is deleted.
    """

    code = "BLP006"
    name = "embed-attribution"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "@—–-IiVvWwشم"

    def check(self, doc):
        text = doc.text
        for p in content_lines(doc):
            t = p.text
            if _POSTED_RE.match(t) and len(t.split()) <= 15:
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"embed widget text: {quote(t)}", [delete_line(text, s, e)]
                )
                continue
            if "@" not in t:
                continue
            m = _TWEET_SIG_RE.search(t)
            if m is None:
                continue
            start = m.start()
            while start < len(t) and t[start].isspace():
                start += 1
            if not t[:start].strip():
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"signature of an embedded post: {quote(t)}", [delete_line(text, s, e)]
                )
            else:
                s, e = p.start + start, strip_span(p)[1]
                yield self.finding(
                    s,
                    e,
                    f"signature of an embedded post: {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )


# ----------------------------------------------------------------------------------------
# The head of an article: the lines above its text (headline, date, section, byline)
# ----------------------------------------------------------------------------------------

_HEAD_LINES = 7


def _head_furniture(t: str) -> bool:
    """A line that may sit above an article's text: a date, a one- or two-word section
    label, page chrome, a counter, a byline or credit ("كتب: ...", "كتب محمد السيد",
    "SITE - name")."""
    ws = t.split()
    if len(ws) > 16:
        return False
    if len(ws) <= 2 and not has_sentence_punct(t) and not any(c.isdigit() for c in t):
        return True
    if is_timestamp(t) or COUNTER_RE.match(t):
        return True
    end = _builtin_chrome().match(t)
    if end is not None and end >= len(t.rstrip()):
        return True
    if _BARE_BYLINE_RE.match(t) or _post_meta(t):
        return True
    m = _LABEL_LINE_RE.match(t)
    if m and pkey(m.group(1)) in byline_labels() and 0 < len(m.group(2).split()) <= 6:
        return True
    segs = [x for x in _DASH_SPLIT_RE.split(t.strip()) if x.strip()]
    return (
        2 <= len(segs) <= 3
        and all(len(x.split()) <= 4 and not has_sentence_punct(x) for x in segs)
        and not any(c.isdigit() for c in t)
    )


def head_line(lines: list[Span], i: int) -> bool:
    """Is line ``i`` in the head of the article: among its first lines, with at most one
    line of text before it (the headline, at most 20 words), the others furniture (a
    date, a section label, chrome, a byline)? A byline or credit sits there, not only on
    the first line."""
    if i >= _HEAD_LINES:
        return False
    text_lines = 0
    for k in range(i):
        t = lines[k].text
        if not _head_furniture(t):
            text_lines += 1
            if text_lines > 1 or len(t.split()) > 20:
                return False
    return True


# ----------------------------------------------------------------------------------------
# BLP007 wire codes and credit tails
# ----------------------------------------------------------------------------------------

_DASH_SPLIT_RE = re.compile(r"\s*[-–—]+\s*|\s+ـ+\s+")
_ENUMERATORS = {
    pkey(w)
    for w in "أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا أخيرا اخيرا".split()
}
_LEAD_RE = re.compile(r"^\s*([^\n:.،؟!?\"“”«»]{2,70}?)\s*:\s*(?=\S)")
# Words of a sentence that names its source before the agency in brackets ("ونقلت وكالة
# (سانا) عن ...", "بحسب صحيفة (الوطن)"): no place of a dateline.
_REPORTING_HEAD = frozenset(
    pkey(w)
    for w in (
        "وكالة وكاله وكالات صحيفة صحيفه موقع قناة قناه شبكة شبكه مصادر مصدر نقلت نقل "
        "ذكرت ذكر قالت قال أفادت افادت أفاد افاد أوردت اوردت بحسب حسب وفق وفقا عن"
    ).split()
)
_PAREN_LEAD_RE = re.compile(
    r"^\s*([^\n()«»\-–—:.ـ]{2,40}?)\s*([:\-–—ـ]?)\s*[(«]\s*([^()«»]{1,25})\s*[)»]\s*([-–—:]?)\s*(?=\S)"
)
# "عمان - بترا - أكد ...": a place and a known agency between dashes opening a paragraph.
_DASH_LEAD_RE = re.compile(
    r"^\s*([^\n\-–—:.،()]{2,25}?)\s*[-–—]\s*([^\n\-–—:.،()]{2,20}?)\s*[-–—:]\s*(?=\S)"
)
# "شفق نيوز/ ...": one to three words and a slash opening a paragraph.
_SLASH_LEAD_RE = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*/\s+(?=\S)")
# A date in a dateline ("الرياض 15 مايو 2024 (واس)", "دبي، 3 يونيو (رويترز)").
_DATE_WORDS_RE = re.compile(r"[0-9٠-٩]+")
_PAREN_TAIL_RE = re.compile(r"\s*\(\s*([^()]{1,30}?)\s*\)\s*\.?\s*$")
_DASH_TAIL_RE = re.compile(r"(?<=[.!؟?\"”»)])\s*[-–—]\s*([^\-–—.!؟?()\"”«»\n]{1,30}?)\s*$")
_BARE_TAIL_RE = re.compile(r"(?<=[.!؟?])\s+([^\-–—.!؟?()\"”«»\n]{1,20}?)\s*\.?\s*$")


# The wire code closing a story: "-- (بترا) م ع/ س ج" (the agency and editors' initials).
_WIRE_CODE_RE = re.compile(
    r"^[\s\-–—_]*\(\s*([^()]{1,25}?)\s*\)((?:[\s/]*[^\W\d_]{1,2}(?=[\s/]|$))+)[\s/]*$"
)

# Credits that name no agency: "... + وكالات" follows a site's own name.
_GENERIC_CREDITS = frozenset(
    pkey(w) for w in ("وكالات", "وكالات الأنباء", "مواقع", "وكالات ومواقع")
)


class WireCredit(PhraseRule):
    """A wire-agency code, credit or byline-dateline: "(واس)", "- سبق-", "– عين اليوم".

    **What it does**
    Flags credits that agencies and papers put around a story:
    a line that is only an agency ("رويترز", "(أ ف ب)"), or an agency code with the
    editors' initials ("-- (بترا) م ع/ س ج"); a short line of dash-separated
    name / paper / city segments at the start or end of the article
    ("لجين الأحمدي – عين اليوم", "الرياضي ـ جدة") or in its head (at most the headline
    above it among date lines, section labels, chrome and bylines: "SITE - name" under
    the date), unless it is an item of a list (a run
    of three or more lines with the same number of dash-separated segments, or lines after
    one ending in ":": fixtures "نهضة بركان – الرجاء الرياضي", routes "الدوحة – ألماتي")
    or a caption ("... - أرشيفية", BLP008's); the byline-dateline opening a
    paragraph ("أحمد الزهراني- سبق- مكة المكرمة:", "الرياض - واس:",
    "بيروت (رويترز) -", "دبي، 3 يونيو (رويترز) -", "عمان - بترا -", a paper's name in
    guillemets after a place and a dash: "القاهرة ـ «القدس العربي»:", a name of one to
    three words and a slash opening the first paragraph of a story: "شفق نيوز/ ..."); a
    line of a site's name with "+ وكالات"; and a credit closing a paragraph ("... الأمن.
    (واس)", "... الأسبوع. – عين اليوم"). Agencies come from ``agencies.txt``; an agency
    named in a sentence ("قالت رويترز إن ...") is not a credit and is not flagged, nor
    one listed as an item of a list the article announces and goes on after ("مرتبة على
    النحو التالي:" / "رويترز" / "أسوشيتد برس" / prose).

    **Why is this bad?**
    Credits are metadata. Inside the text they start sentences with names and codes that
    are not part of them and repeat across the corpus.

    **Example**
    الرياض - واس: أعلنت الوزارة أمس عن خطة جديدة.

    **Use instead**
    أعلنت الوزارة أمس عن خطة جديدة.

    **Fix safety**
    Unsafe: the credit is deleted (keep it in metadata if you need it).

    **Options**
    ``extend-phrases`` adds agency or site names (your site's own name is worth adding);
    ``phrases-file`` replaces the built-in agency list.
    """

    code = "BLP007"
    name = "wire-credit"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "agencies.txt"
    options = dict(PHRASE_OPTIONS)

    def is_agency(self, segment: str) -> bool:
        key = pkey(segment)
        if not key:
            return False
        if key in self.phrases:
            return True
        if not any(c in segment for c in "،,/|+&") and " و" not in segment:
            return False
        # "رويترز، أ ف ب" / "واس / رويترز" / "الجزيرة نت + وكالات" / "رويترز & أ ف ب"
        parts = [pkey(x) for x in re.split(r"[،,/|و]\s+|\s*[+&]\s*|\s+و(?=\S)", segment)]
        parts = [x for x in parts if x]
        if len(parts) < 2:
            return False
        if all(x in self.phrases for x in parts):
            return True
        # A site's own name with "agencies": the name need not be listed. (Not after a
        # label: "المصدر: ... + وكالات" is BLP008's.)
        return (
            ":" not in segment
            and any(x in _GENERIC_CREDITS for x in parts)
            and all(
                x in self.phrases or (len(x.split()) <= 3 and not any(c.isdigit() for c in x))
                for x in parts
            )
        )

    @staticmethod
    def _place_and_date(head: str) -> bool:
        """The place (and date) before an agency in a dateline: at most three words that
        are not part of a date ("الرياض 15 مايو 2024", "دبي، 3 يونيو")."""
        words = [w for w in head.replace("،", " ").split() if not _DATE_WORDS_RE.fullmatch(w)]
        words = [w for w in words if pkey(w) not in MONTHS]
        if words and (
            conjunction_led(strip_marks(words[0])) or any(pkey(w) in _REPORTING_HEAD for w in words)
        ):
            return False  # a sentence naming its source: "ونقلت وكالة (سانا) عن ..."
        return 1 <= len(words) <= 3 and not has_sentence_punct(head.replace("،", " "))

    def segments_ok(self, segs: list[str], max_words: int = 4) -> bool:
        if len(segs) < 2:
            return False
        for seg in segs:
            ws = seg.split()
            if not ws or len(ws) > max_words:
                return False
            if any(ch.isdigit() for ch in seg) or has_sentence_punct(seg):
                return False
            if pkey(seg) in _ENUMERATORS:
                return False
            if not any(ch.isalpha() for ch in seg):
                return False
        return True

    def dash_segments(self, t: str) -> list[str] | None:
        """The name / paper / city segments of a short dash-separated line, or None."""
        s = t.strip().strip("()[]")
        if not s or len(s) > 70 or len(s.split()) > 8:
            return None
        segs = [x for x in _DASH_SPLIT_RE.split(s) if x.strip()]
        if not self.segments_ok(segs) or any(":" in x for x in segs):
            return None
        return segs

    def list_items(self, lines: list[Span]) -> set[int]:
        """Lines that are items of a list of dash-separated pairs (fixtures "نهضة بركان –
        الرجاء الرياضي", routes "الدوحة – ألماتي"): a run of at least three consecutive
        lines with the same number of segments, or a run after a line ending in ":"."""
        shapes = []
        for p in lines:
            segs = self.dash_segments(p.text) if any(c in p.text for c in "-–—ـ") else None
            shapes.append(len(segs) if segs else 0)
        items: set[int] = set()
        i, n = 0, len(lines)
        while i < n:
            if not shapes[i]:
                i += 1
                continue
            j = i
            while j < n and shapes[j] == shapes[i]:
                j += 1
            announced = i > 0 and lines[i - 1].text.rstrip().endswith((":", "："))
            if j - i >= 3 or announced:
                items.update(range(i, j))
            i = j
        return items

    def credit_line(self, t: str, edge: bool, listed: bool = False) -> bool:
        if "(" in t[:12]:
            m = _WIRE_CODE_RE.match(t)
            if m and self.is_agency(m.group(1)):
                return True
        s = t.strip().strip("()[]")
        if not s or len(s) > 70 or len(s.split()) > 8:
            return False
        if self.is_agency(s):
            return not listed  # "رويترز" as an item of a ranking the article gives
        segs = self.dash_segments(s)
        # An item of a list is content, whatever names its segments hold; a caption
        # ("مترو الأنفاق - أرشيفية") is BLP008's.
        if segs is None or listed or _CAPTION_LINE_RE.match(t):
            return False
        if any(self.is_agency(x) for x in segs):
            return True
        # "كتب - محمد عبد الله" is a byline: BLP008's line, not reported twice.
        return edge and pkey(segs[0]) not in byline_labels()

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        # a credit closes no list of the article ("مرتبة على النحو التالي:" / "رويترز" /
        # "أسوشيتد برس" / prose)
        listed = self.list_items(lines) | inside_lists(doc)
        for i, p in enumerate(lines):
            t = p.text
            edge = i <= 1 or i >= n - 2 or (len(t) <= 70 and head_line(lines, i))
            if self.credit_line(t, edge, i in listed):
                s, e = strip_span(p)
                yield self.finding(
                    s,
                    e,
                    f"a credit line (agency, byline or dateline): {quote(t)}",
                    [delete_line(text, s, e)],
                )
                continue
            # A byline-dateline opening the paragraph.
            lead = None
            m = _LEAD_RE.match(t) if ":" in t[:80] else None
            if m:
                segs = [x for x in _DASH_SPLIT_RE.split(m.group(1)) if x.strip()]
                agency = any(self.is_agency(x) for x in segs)
                # Without a known agency, only the opening of the article's first paragraph
                # (a headline "ترامب - بايدن: مناظرة" is short, a story is not).
                body = t[m.end() :].rstrip()
                n_body = len(body.split())
                story = n_body >= 12 or (
                    n_body >= 5 and body.endswith((".", "!", "؟", "?", "”", '"'))
                )
                if self.segments_ok(segs) and (agency or (i <= 1 and story)):
                    lead = m
            if lead is None and ("(" in t[:50] or "«" in t[:50]):
                m = _PAREN_LEAD_RE.match(t)
                if m and self._place_and_date(m.group(1)):
                    # A known agency ("(واس)", "(رويترز)"), or a paper's name in
                    # guillemets after a place and a dash, before a colon ("القاهرة ـ
                    # «القدس العربي»: ...").
                    named = (
                        bool(m.group(2))
                        and m.group(2) in "-–—ـ"
                        and m.group(4) == ":"
                        and "«" in t[: m.end()]
                        and len(m.group(1).split()) <= 2
                    )
                    if self.is_agency(m.group(3)) or named:
                        lead = m
            if lead is None and i <= 1 and any(c in t[:50] for c in "-–—"):
                m = _DASH_LEAD_RE.match(t)
                if m and self.is_agency(m.group(2)) and len(m.group(1).split()) <= 3:
                    lead = m
            if lead is None and "/" in t[:40]:
                # "شفق نيوز/ وقعت الوزارة ...", "بغداد/ واع: ...": a name and a slash
                # opening the article's first paragraph (or any paragraph for an agency)
                m = _SLASH_LEAD_RE.match(t)
                if m and (
                    self.is_agency(m.group(1))
                    or ((i <= 1 or head_line(lines, i)) and len(t[m.end() :].split()) >= 12)
                ):
                    lead = m
            if lead is not None and len(t) > lead.end():
                s = p.start + len(t) - len(t.lstrip())
                e = p.start + lead.end()
                yield self.finding(
                    s,
                    e,
                    f"credit or dateline opening the paragraph: {quote(text[s:e])}",
                    [Edit(s, e, "")],
                )
                continue
            # A credit closing the paragraph (looked for in the last 60 characters).
            tail = None
            off = max(0, len(t) - 60)
            w = t[off:]
            m = _PAREN_TAIL_RE.search(w) if ")" in w else None
            if (
                m
                and off + m.start() > 0
                and self.is_agency(m.group(1))
                and not t[: off + m.start()].rstrip().endswith((":", "："))
            ):
                tail = m  # (not what a colon introduces: "... اسم الوكالة: (رويترز).")
            if tail is None and ("-" in w or "–" in w or "—" in w):
                m = _DASH_TAIL_RE.search(w)
                if m and (
                    self.is_agency(m.group(1))
                    or (
                        i == n - 1 and self.segments_ok(["x", *_DASH_SPLIT_RE.split(m.group(1))], 3)
                    )
                ):
                    tail = m
            if tail is None:
                m = _BARE_TAIL_RE.search(w)
                if m and self.is_agency(m.group(1)):
                    tail = m
            if tail is not None:
                st = off + tail.start()
                while st < len(t) and t[st].isspace():
                    st += 1
                s, e = p.start + st, strip_span(p)[1]
                yield self.finding(
                    s,
                    e,
                    f"credit closing the paragraph: {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )


# ----------------------------------------------------------------------------------------
# BLP008 bylines and photo captions
# ----------------------------------------------------------------------------------------

_LABEL_LINE_RE = re.compile(
    r"^\s*([^\n:：/،\-–—]{1,30}?)\s*(?:[:：،]|/(?=\s)|\s?[-–—](?=\s*\S))\s*(.*?)\s*$"
)
# "كتب محمد السيد" with no separator: a byline when it is a short edge line.
_BARE_BYLINE_RE = re.compile(
    r"^\s*(كتب|كتبت|كتبه|كتبته|بقلم|إعداد|اعداد|تقرير|حوار|بواسطة)\s+(\S+(?:\s+\S+){0,3})\s*$"
)
# A post's meta line: an author after "بواسطة" / "by" and a date ("نشر في 14 سبتمبر 2023
# بواسطة فلان", "بواسطة فلان | 29 فبراير 2024", "By Jane Doe - March 3, 2024").
_BY_RE = re.compile(
    r"(?:^|(?<=[\s|\-–—·•]))(?:بواسطة|by)\s+([^|\-–—·•\d:،.!؟?]{2,40}?)\s*"
    r"(?=$|[|\-–—·•]|(?:في|on|at)\s)",
    re.I,
)
# The verb of a post's meta line before "بواسطة": "نشر بواسطة فلان في 9:40 ص".
_POSTED_VERB_RE = re.compile(
    r"^\s*(?:نشر|نشرت|نشره|نشرها|أرسل|أرسلت|أرسله|أرسلها|ارسل|ارسلت|كتب|كتبت|كتبه|كتبها|"
    r"posted|written|submitted)(?=\s|$)",
    re.I,
)


def _post_meta(t: str) -> bool:
    """An author (at most four words after "بواسطة") and a date or counter, nothing else."""
    if len(t) > 120 or ("بواسطة" not in t and "by" not in t.lower()):
        return False
    m = _BY_RE.search(t)
    if m is None or len(m.group(1).split()) > 4:
        return False
    rest = (t[: m.start()] + " " + t[m.end() :]).strip(" \t|-–—·•")
    verb = _POSTED_VERB_RE.match(rest)
    if verb and m.start() > 0:
        rest = rest[verb.end() :].strip(" \t|-–—·•")
    return bool(rest) and is_timestamp(rest)


# A caption line: a few words and "- أرشيفية" or "(أرشيفية)" ("مترو الأنفاق - أرشيفية").
_CAPTION_LINE_RE = re.compile(
    r"^\s*[^.!؟?:«»()\n]{2,50}?\s*(?:[-–—ـ|]\s*|\(\s*)(?:(?:ال)?صورة\s+)?"
    r"(?:أرشيفية|ارشيفية|تعبيرية)\s*\)?\s*$"
)
# A caption naming the photo and its source: "صورة أرشيفية لمسبار الأمل | المصدر: وام",
# "صورة من موقع الحادث - تصوير: فلان".
_PHOTO_SOURCE_RE = re.compile(
    r"^\s*(?:ال)?(?:صورة|صور|لقطة)\s+[^.!؟?\n]{2,120}?\s*[|\-–—]\s*"
    r"(?:(?:ال)?مصدر|تصوير|المصور|credit|photo)\s*[:：]\s*\S[^.!؟?\n]{0,40}$",
    re.I,
)
_PAREN_CAPTION_RE = re.compile(r"\(\s*([^()\n:：]{1,25}?)\s*[:：]\s*[^()\n]{1,60}\)")
_ARCHIVE_RE = re.compile(
    r"\(\s*(?:(?:ال)?صورة\s+)?(?:أرشيفية|ارشيفية|أرشيف|ارشيف|تعبيرية|من الأرشيف|من الارشيف)\s*\)"
)
# The note on the author under an opinion piece: "* كاتب وباحث سياسي فلسطيني".
_AUTHOR_NOTE_RE = re.compile(
    r"^\s*\*+\s*(?:كاتب|كاتبة|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|أستاذ|أستاذة|إعلامي|إعلامية|"
    r"محلل|محللة|أكاديمي|أكاديمية|خبير|خبيرة|مستشار|مستشارة|رئيس\s+تحرير)\b[^.!؟?:\n]{0,80}\.?\s*$"
)


# The same note unstarred, as the article's last line: a profession, then a nationality,
# another profession or a field ("كاتب وصحفي مصري، يكتب في الشؤون العربية.", "صحفي ليبي
# مختص بشؤون الطاقة.", "الكاتب: باحث في الشؤون الاستراتيجية").
_PROFESSIONS = (
    "كاتب|كاتبة|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|أستاذ|أستاذة|إعلامي|إعلامية|محلل|محللة|"
    "أكاديمي|أكاديمية|خبير|خبيرة|مستشار|مستشارة|روائي|روائية|شاعر|شاعرة|ناشط|ناشطة|"
    "دبلوماسي|دبلوماسية|محامي|محامية|طبيب|طبيبة|مهندس|مهندسة"
)
_BIO_RE = re.compile(
    r"^\s*(?:(?:عن\s+)?(?:ال)?كاتب(?:ة)?\s*[:：]\s*)?"
    f"(?:{_PROFESSIONS})\\s+(\\S+)(?:\\s+(\\S+))?[^\\n]{{0,120}}$"
)
_BIO_SECOND = frozenset(
    pkey(w) for w in "في متخصص متخصصة مختص مختصة مقيم مقيمة سابق سابقة ومحلل وباحث".split()
)


def _bio_line(t: str) -> bool:
    """A note on the author without a star closing the article (see ``_BIO_RE``): the
    word after the profession is a nationality (-ي / -ية), "و" and another profession,
    or a field ("في", "مختص", "مقيم"), and no verb follows it ("صحفي فلسطيني استشهد
    ..." is news)."""
    m = _BIO_RE.match(t)
    if m is None or len(t.split()) > 20 or any(c in t for c in '«»“”"'):
        return False
    second, third = m.group(1).rstrip("،,."), (m.group(2) or "").rstrip("،,.")
    k2 = pkey(second)
    nisba = k2.endswith(("ي", "يه")) and not k2.startswith("ال")
    prof = k2[:1] == "و" and re.fullmatch(f"(?:{_PROFESSIONS})", second[1:]) is not None
    if not (nisba or prof or k2 in _BIO_SECOND):
        return False
    k3 = pkey(third)
    if (
        third
        and "،" not in m.group(1)
        and not k3.endswith(("ي", "يه"))  # (a nationality: "معماري أردني")
        and past_or_present_verb(strip_marks(third))
    ):
        return k3 in _BIO_SECOND
    return True


def _author_note(lines: list[Span], i: int) -> bool:
    """Is line ``i`` the note on the author closing an opinion piece: starred ("* كاتب
    وباحث سياسي": no item of a starred list, no paragraph of prose after it), or
    unstarred (:func:`_bio_line`) as the last line, only page chrome after it ("أضف
    تعليقا")?"""
    t = lines[i].text
    n = len(lines)
    if (
        len(t) < 120
        and _AUTHOR_NOTE_RE.match(t)
        and i > 0
        and not _in_starred_list(lines, i)
        and all(len(lines[j].text.split()) < 20 for j in range(i + 1, n))
    ):
        return True
    return (
        i >= 2
        and len(t) < 160
        and _bio_line(t)
        and all(chrome_line(lines, j) for j in range(i + 1, n))
    )


def _in_starred_list(lines: list, i: int) -> bool:
    """Is line ``i`` an item of a list (announced by a colon, or beside other starred
    items) rather than a note of its own?"""
    prev = lines[i - 1].text.strip() if i > 0 else ""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return prev.endswith((":", "：")) or prev.startswith("*") or nxt.startswith("*")


# The same caption written as a line of its own: "صورة أرشيفية", "الصورة: تعبيرية".
_ARCHIVE_LINE_RE = re.compile(
    r"^\s*(?:(?:ال)?صورة\s*[:：]?\s*)?(?:أرشيفية|ارشيفية|تعبيرية|من الأرشيف|من الارشيف)\s*$"
)
# A "label: value" line of a data card ("المؤلف: غابرييل غارسيا ماركيز", "الناشر: دار
# الآداب، بيروت"): a label of one to three words, a short value.
_FIELD_RE = re.compile(r"^\s*([^\n:：.!؟?«»\"“”()]{1,30}?)\s*[:：]\s*(\S[^\n]*?)\s*$")


def _field_label(t: str) -> str | None:
    """The label of a "label: value" line (a field of a card), or None."""
    m = _FIELD_RE.match(t) if len(t) < 120 else None
    if not m or len(m.group(1).split()) > 3 or len(m.group(2).split()) > 12:
        return None
    if not any(ch.isalpha() for ch in m.group(1)):
        return None  # a clock time ("3:12 ..."), no label
    return pkey(m.group(1)) or None


_INLINE_LABEL_RE = re.compile(r"(?<=[.!؟?\"”»])\s*([^\s.!؟?:]{2,12}(?:\s[^\s.!؟?:]{2,12})?)\s*:\s*")
_VALUE_STOP_RE = re.compile(r"\s+(?=[@#]|https?://|pic\.twitter|www\.)|$")


class BylineCaption(PhraseRule):
    """A byline, photo-caption or translator credit: "تصوير: ...", "كتب: ...", "(صورة: ...)".

    **What it does**
    Flags a line "LABEL: value" whose label is a credit label ("تصوير", "كتب", "بقلم",
    "إعداد", "ترجمة", "المصدر", "مصدر الصورة" ...) and whose value is a short name (at
    most six words, no sentence punctuation), except a field of a data card (a block of
    "label: value" lines whose other lines hold at least two labels that are no credit
    labels, and at most as many credit labels: "المؤلف: ...", "ترجمة: ...", "الناشر:
    ..." describe a book, not the page); the same credit glued after the last
    sentence of a line ("... المراسم.تصوير: فلان"); and captions in parentheses
    ("(صورة: أرشيفية)", "(أرشيفية)", "(الصورة: رويترز)") or as a line of their own
    ("صورة أرشيفية", "مترو الأنفاق - أرشيفية", "ميناء جبل علي (أرشيفية)") or naming
    the photo and its source ("صورة أرشيفية لمسبار الأمل | المصدر: وام"); the starred
    note on the author closing an opinion piece ("* كاتب وباحث سياسي": no item of a
    starred list, no paragraph of prose after it), and the same note unstarred as the
    article's last line, a profession and then a nationality, another profession or a
    field ("صحفي ليبي مختص بشؤون الطاقة.", "الكاتب: باحث في الشؤون الاستراتيجية"; not
    a sentence whose verb follows, "صحفي فلسطيني استشهد ..."). A byline without a label ("كتب محمد
    السيد", "كتبت ...", "بقلم ...", "بواسطة ...") is flagged on the first two or last two
    lines, or in the head of the article (at most the headline above it among date
    lines, section labels, chrome and bylines). A post's meta line is flagged anywhere:
    an author after "بواسطة" / "by" and a date ("نشر في 14 سبتمبر 2023 بواسطة فلان",
    "بواسطة فلان | 29 فبراير 2024", "نشر بواسطة فلان في 9:40 ص"); so is a row of two
    or more credits between "|" ("إخراج: فلان | تصوير: فلان"), unless it is a field of a
    data card (a film's card: "سيناريو: ...", "بطولة: ...", "المدة: ..."). A date or a
    counter beside a byline ("نشر في: ...", "الزيارات: ...") does not make a data card,
    nor does a clock line ("3:12 ...").
    Labels come from ``labels.txt``.

    **Why is this bad?**
    Credits and captions are metadata of the page, not sentences of the story.

    **Example**
    انتهى الاجتماع دون اتفاق.
    تصوير: أحمد علي

    **Use instead**
    انتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the credit is deleted.

    **Options**
    ``extend-phrases`` adds labels; ``phrases-file`` replaces the built-in label list.
    """

    code = "BLP008"
    name = "byline-caption"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "labels.txt"
    options = dict(PHRASE_OPTIONS)

    def short_value(self, value: str) -> bool:
        v = value.strip().rstrip(":：")
        ws = v.split()
        return 0 < len(ws) <= 6 and not has_sentence_punct(
            v.replace(".", "", 1) if len(ws) > 1 else v
        )

    def credit_run(self, t: str) -> bool:
        """Two or more credits in a row separated by "|" ("إخراج: فلان | تصوير: فلان")."""
        parts = [x for x in t.split("|") if x.strip()] if len(t) < 200 else []
        if len(parts) < 2:
            return False
        for x in parts:
            m = _LABEL_LINE_RE.match(x)
            if not m or pkey(m.group(1)) not in self.phrases or not self.short_value(m.group(2)):
                return False
        return True

    def in_data_card(self, lines: list[Span], i: int) -> bool:
        """Is line ``i`` a field of a block of "label: value" lines whose labels are mostly
        not credit labels (a book or film card: "المؤلف: ...", "ترجمة: ...", "الناشر:
        ...")? Its credit label then gives data about a work, not a credit of the page."""
        a = i
        while a > 0 and _field_label(lines[a - 1].text):
            a -= 1
        b = i + 1
        while b < len(lines) and _field_label(lines[b].text):
            b += 1
        # a date or a counter beside a byline ("نشر في: ...", "الزيارات: 1275") is the
        # page's meta, not a field of a card
        labels = [
            _field_label(lines[k].text)
            for k in range(a, b)
            if k != i and not is_timestamp(lines[k].text) and counter_kind(lines[k].text) != 2
        ]
        other = sum(1 for x in labels if x not in self.phrases)
        return other >= 2 and other >= len(labels) - other

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        # the credits of a work the article is about, listed by it ("وجاءت أسرة الفيلم
        # على النحو الآتي:" / "إخراج: فلان" / prose), not of the article
        listed = inside_lists(doc)
        for i, p in enumerate(lines):
            t = p.text
            if i in listed:
                continue
            m = _BARE_BYLINE_RE.match(t) if len(t) < 80 else None
            if (
                m
                and self.short_value(m.group(2).rstrip(":"))
                and (i <= 1 or i >= n - 2 or head_line(lines, i))
            ):
                s, e = strip_span(p)
                yield self.finding(s, e, f"a byline line: {quote(t)}", [delete_line(text, s, e)])
                continue
            if _post_meta(t):
                s, e = strip_span(p)
                yield self.finding(
                    s,
                    e,
                    f"a post's meta line (author and date): {quote(t)}",
                    [delete_line(text, s, e)],
                )
                continue
            if "|" in t and self.credit_run(t) and not self.in_data_card(lines, i):
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"a line of credits: {quote(t)}", [delete_line(text, s, e)]
                )
                continue
            if (len(t) < 80 and len(t.split()) <= 8 and _CAPTION_LINE_RE.match(t)) or (
                len(t) < 200 and _PHOTO_SOURCE_RE.match(t)
            ):
                s, e = strip_span(p)
                yield self.finding(s, e, f"a photo caption: {quote(t)}", [delete_line(text, s, e)])
                continue
            head = t[:34]
            m = _LABEL_LINE_RE.match(t) if any(c in head for c in ":：/،-–—") else None
            if m and pkey(m.group(1)) in self.phrases:
                value = _VALUE_STOP_RE.split(m.group(2), maxsplit=1)[0]
                rest = m.group(2)[len(value) :]
                if self.short_value(value) and (not rest.strip() or _links_only(rest)):
                    if _field_label(t) and self.in_data_card(lines, i):
                        continue
                    s, e = strip_span(p)
                    yield self.finding(
                        s, e, f"a byline or credit line: {quote(t)}", [delete_line(text, s, e)]
                    )
                    continue
            if _author_note(lines, i):
                s, e = strip_span(p)
                yield self.finding(
                    s, e, f"a note on the author: {quote(t)}", [delete_line(text, s, e)]
                )
                continue
            if len(t) < 40 and _ARCHIVE_LINE_RE.match(t):
                s, e = strip_span(p)
                yield self.finding(s, e, f"a photo caption: {quote(t)}", [delete_line(text, s, e)])
                continue
            if "(" not in t and ":" not in t:
                continue
            for m in _PAREN_CAPTION_RE.finditer(t) if "(" in t else ():
                if pkey(m.group(1)) in self.phrases:
                    s, e = p.start + m.start(), p.start + m.end()
                    yield self.finding(
                        s,
                        e,
                        f"a photo caption or credit: {quote(m.group())}",
                        [delete_span(text, s, e)],
                    )
            for m in _ARCHIVE_RE.finditer(t) if "(" in t else ():
                s, e = p.start + m.start(), p.start + m.end()
                yield self.finding(
                    s, e, f"a photo caption: {quote(m.group())}", [delete_span(text, s, e)]
                )
            for m in _INLINE_LABEL_RE.finditer(t) if ":" in t else ():
                if pkey(m.group(1)) not in self.phrases:
                    continue
                rest = t[m.end() :]
                value = _VALUE_STOP_RE.split(rest, maxsplit=1)[0]
                after = rest[len(value) :]
                if self.short_value(value) and (not after.strip() or _links_only(after)):
                    st = m.start()
                    while st < len(t) and t[st].isspace():
                        st += 1
                    s = p.start + st
                    e = p.start + m.end() + len(value.rstrip())
                    yield self.finding(
                        s,
                        e,
                        f"a credit glued to the text: {quote(text[s:e])}",
                        [delete_span(text, s, e)],
                    )


# ----------------------------------------------------------------------------------------
# BLP009 tag-list tails
# ----------------------------------------------------------------------------------------

_TAG_LABEL_RE = re.compile(
    r'(?:^|(?<=[.!؟?"”»)]))[\s"”»“«]*([^\s:.!؟?"”»“«]+(?:\s[^\s:.!؟?"”»“«]+)?)\s*:?\s*'
)


_MARK_RE = re.compile("[\u064b-\u0652]")


def _verse_like(items: list[str]) -> bool:
    """Short lines of poetry (or of prose cut into lines), not tags: vocalised, a line
    opening with a vocative (يا, أيها), or most of
    them opening with the conjunction و / ف, or more than half of them opening with a
    closed-class word (a particle, preposition or pronoun: "في القدس", "من في القدس",
    "إلا أنت"). Tags are names and noun phrases; they do not open with one."""
    vocalised = sum(1 for t in items if len(_MARK_RE.findall(t)) >= 3)
    conj = sum(1 for t in items if t.strip()[:1] in ("و", "ف") and len(t.split()) > 1)
    closed = sum(1 for t in items if t.split() and is_function(t.split()[0]))
    if any(t.split()[:1] in (["يا"], ["أيها"], ["أيتها"]) for t in items):
        return True  # a vocative ("يا بيروت قومي"): a song or a poem calls; tags name
    return vocalised * 3 > len(items) or conj * 2 >= len(items) or closed * 2 > len(items)


def _announces(prev: str) -> bool:
    """Does the line before a run of short lines announce it as a list (a colon, or a
    sentence ending "التالية أسماؤهم.", "كما يلي.")? Then the run is the article's list."""
    return prev.endswith((":", "：")) or bool(_ANNOUNCE_RE.search(prev))


def _keyword_line(t: str, max_words: int) -> bool:
    s = t.strip()
    if not s or len(s) > 40 or s[0] in BULLETS:
        return False
    ws = s.split()
    if len(ws) > max_words:
        return False
    if has_sentence_punct(s) or ":" in s or any(ch.isdigit() for ch in s):
        return False
    return any(ch.isalpha() for ch in s)


_SENTENCE_END_RE = re.compile(r"[.!?؟…][\"”»')\]]*\s*$")


class TagListTail(PhraseRule):
    """A tag / keyword list at the end of an article ("الكلمات المفتاحية: ...", short lines).

    **What it does**
    Flags (1) a tag label from ``tags.txt`` ("الكلمات المفتاحية", "الوسوم", "كلمات
    دلالية", "سمات", "Tags") that opens one of the last lines of the article or of the
    lines after its last sentence (other page furniture may sit around it), with a run
    of keywords after it and no sentence punctuation (page furniture that ends like a
    sentence, "التعليقات مغلقة." or a headline under "الأكثر قراءة", is not the article's
    last sentence); and (2) a run
    of at least ``min-lines`` consecutive short keyword lines (one to four words, no
    punctuation, no digits, no bullets) reaching into the second half of the article (a
    run that starts before the middle counts whole), or of one or more after a tag label
    on its own line ("الكلمات الدالة:"), not introduced by another line ending in ":" or
    by a sentence announcing a list ("... التالية أسماؤهم.", "كما يلي.": a list of the
    article), nor part of such a list further down (a longer first item or a caption,
    "الأكثر قراءة", between the announcing line and the run) and not reading as verse: tags are names and noun phrases, so a run whose
    lines are vocalised, call someone (a line opening with يا or أيها), mostly open
    with the conjunction و / ف, or more than half open
    with a closed-class word (a particle, preposition or pronoun: "في القدس", "من في
    القدس", "إلا أنت") is left alone.

    **Why is this bad?**
    Tag lists are navigation, not text: "السعودية / الإمارات / فلسطين المحتلة" as lines
    make a corpus full of one-word "paragraphs".

    **Example**
    وانتهى الاجتماع دون اتفاق على موعد جديد.
    السعودية
    الإمارات
    قطر

    **Use instead**
    وانتهى الاجتماع دون اتفاق على موعد جديد.

    **Fix safety**
    Unsafe: the tag lines are deleted.

    **Options**
    ``min-lines`` (default 3): shortest run of keyword lines (after a tag label on its
    own line one will do); ``extend-phrases`` / ``phrases-file``: tag labels.
    """

    code = "BLP009"
    name = "tag-list-tail"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "tags.txt"
    options = {
        **PHRASE_OPTIONS,
        "min-lines": Option(3, "shortest run of short keyword lines flagged as a tag list"),
    }

    def _is_label(self, t: str) -> bool:
        s = t.strip()
        return s.endswith((":", "：")) and pkey(s) in self.phrases

    def _label_tail(self, t: str) -> int | None:
        """Offset in ``t`` where a tag label opens the keyword tail, or None."""
        # a tag tail is short: look in the last 300 characters only
        for m in _TAG_LABEL_RE.finditer(t, max(0, len(t) - 300)):
            label = m.group(1)
            first = pkey(label)
            cand = [first]
            if " " in first:
                cand.append(first.split()[0])
            hit = next((c for c in cand if c in self.phrases), None)
            if hit is None:
                continue
            # Where the keyword run starts: after the (one- or two-word) label.
            lab_end = m.start(1) + (len(label) if hit == first else len(label.split()[0]))
            after = t[lab_end:].lstrip(" \u00a0")
            explicit = after.startswith((":", "："))  # "الوسوم: ..." / "Tags: ..."
            rest = after.lstrip(" :：\u00a0")
            ws = rest.split()
            if not ws or len(ws) > 20:
                continue
            if explicit:
                # keywords may be separated by commas and hold numbers ("رؤية 2030")
                if any(c in ".!?؟;؛" for c in rest):
                    continue
            elif has_sentence_punct(rest) or any(ch.isdigit() for ch in rest):
                continue
            elif is_function(ws[0]):
                continue  # a phrase, not a label and its keywords: "مواضيع ذات صلة"
            st = m.start(1)
            return st
        return None

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        if not n:
            return
        done: set[int] = set()
        # (1) a labelled tail in the last three lines, or anywhere among the lines after
        # the last sentence (other furniture may follow it: "أضف تعليق", "مشاركة").
        # Page furniture that ends like a sentence ("التعليقات مغلقة.", a headline under
        # "الأكثر قراءة" ending in "؟") is not the article's last sentence.
        first = max(0, n - 3)
        k = n - 1
        while k >= max(0, n - 15) and (
            not _SENTENCE_END_RE.search(lines[k].text) or chrome_line(lines, k)
        ):
            k -= 1
        first = min(first, k + 1)
        for i in range(first, n):
            p = lines[i]
            off = self._label_tail(p.text)
            if off is None:
                continue
            done.add(i)
            s, e = p.start + off, strip_span(p)[1]
            if not p.text[:off].strip():
                yield self.finding(s, e, f"a tag list: {quote(p.text)}", [delete_line(text, s, e)])
            else:
                yield self.finding(
                    s,
                    e,
                    f"a tag list closing the article: {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )
        # (2) runs of short keyword lines in the second half.
        ann = announced(doc)
        min_lines = max(2, int(self.opts["min-lines"]))
        i = n // 2
        while i < n:
            if i in done or not _keyword_line(lines[i].text, 4):
                i += 1
                continue
            # (a run that starts before the middle is one run: "أحمد ... / فاطمة ...")
            while i > 0 and i - 1 not in done and _keyword_line(lines[i - 1].text, 4):
                i -= 1
            j = i
            while j < n and j not in done and _keyword_line(lines[j].text, 4):
                j += 1
            labelled = i > 0 and i - 1 not in done and self._is_label(lines[i - 1].text)
            if labelled:
                i -= 1  # "الوسوم:" on its own line opens the run (one tag after it will do)
            need = 2 if labelled else min_lines
            if not labelled and all(k in ann for k in range(i, j)):
                i = j  # a list the article announces ("على النحو التالي." / titles)
                continue
            if j - i >= need and not _verse_like([lines[k].text for k in range(i, j)]):
                prev = lines[i - 1].text.rstrip() if i > 0 else ""
                if self._is_label(lines[i].text) or not _announces(prev):
                    s = strip_span(lines[i])[0]
                    e = strip_span(lines[j - 1])[1]
                    edit = delete_line(text, s, e)
                    items = " / ".join(" ".join(lines[k].text.split()) for k in range(i, j))
                    yield self.finding(
                        s,
                        e,
                        f"a tag list or menu of {j - i} short lines: {quote(items)}",
                        [edit],
                    )
            i = j


# ----------------------------------------------------------------------------------------
# BLP1xx corpus-level: lines, sentences and prefixes that recur across documents
# ----------------------------------------------------------------------------------------

_CORPUS_OPTIONS = {
    "min-documents": Option(
        5, "a unit must occur in at least this many documents of the corpus to be flagged"
    ),
    "min-fraction": Option(
        0.0,
        "... and in at least this fraction of the corpus's documents (0 = no fraction; "
        "keep it 0 for corpora mixing many sites)",
        float,
    ),
    "min-documents-long": Option(
        20,
        "documents a long unit (>= 25 words) needs: a story republished a few times "
        "repeats its paragraphs too, a site's footer recurs in far more documents",
    ),
}
_LONG_WORDS = 25


class _CorpusRule(Rule):
    level: ClassVar[str] = ""
    needs_corpus = True
    what: ClassVar[str] = ""

    def check(self, doc):
        table = self.context.get("corpus")
        if table is None:
            return
        from tanqih.linter.corpus import iter_units

        need = table.threshold(int(self.opts["min-documents"]), float(self.opts["min-fraction"]))
        need_long = max(need, int(self.opts["min-documents-long"]))
        text = doc.text
        for u in iter_units(doc, table.fold_digits):
            if u.level != self.level:
                continue
            n = table.count(u.hash)
            if n < need:
                continue
            if n < need_long and text.count(" ", u.start, u.end) + 1 >= _LONG_WORDS:
                continue  # a long paragraph in a few documents: a republished story
            if self.level == "line":
                edit = delete_line(text, u.start, u.end)
            else:
                edit = delete_span(text, u.start, u.end)
            yield self.finding(
                u.start,
                u.end,
                f"{self.what} recurs in {n} of {table.documents} documents of the corpus "
                f"(site boilerplate): {quote(text[u.start : u.end])}",
                [edit],
            )


class RepeatedLine(_CorpusRule):
    """A line that recurs in many documents of the corpus: the site's own boilerplate.

    **What it does**
    With corpus counts (``tanqih check --corpus PATH...`` counts over the given inputs
    first; ``--corpus-table table.json`` reads counts saved by ``tanqih corpus``), flags
    every line whose text (spacing, tatweel, invisible marks and case ignored, digits
    folded so "اليوم 06:42" and "اليوم 09:18" are one line) occurs in at least
    ``min-documents`` documents. Identical copies of a document count
    once. Without corpus counts the rule is silent.

    **Why is this bad?**
    Every site has its own furniture: an "about us" footer, a related-stories teaser, a
    sidebar of timestamps, a fixed tag. No phrase list knows them all, but they betray
    themselves by recurring across the site's articles.

    **Example**
    A line "شبكة الميادين الإعلامية قناة فضائية ..." found at the end of 210 of 500
    articles.

    **Use instead**
    The article without the footer.

    **Fix safety**
    Unsafe: the line is deleted. Wire stories republished many times also recur: review
    before applying, or raise ``min-documents``.

    **Options**
    ``min-documents`` (default 5) and ``min-fraction`` (default 0): how often a line must
    recur; ``min-documents-long`` (default 20): how often a line of 25 words or more must
    recur (wire stories republished a few times repeat whole paragraphs; footers recur in
    far more documents). The counting threshold of ``tanqih corpus`` / ``--corpus`` is taken from
    ``[rules.BLP101]`` too (with ``fold-digits``, default true).
    """

    code = "BLP101"
    name = "repeated-line"
    family = "boilerplate"
    fix = "unsafe"
    level = "line"
    what = "line"
    options = {
        **_CORPUS_OPTIONS,
        "fold-digits": Option(
            True, "count lines that differ only in their digits as one (used when counting)"
        ),
    }


class RepeatedSentence(_CorpusRule):
    """A sentence, inside a longer line, that recurs in many documents of the corpus.

    **What it does**
    With corpus counts (see BLP101), flags a sentence of a multi-sentence line whose
    normalised text occurs (as a line or as a sentence) in at least ``min-documents``
    documents: a signature or a "follow us" sentence glued to the last paragraph.

    **Why is this bad?**
    Site boilerplate glued to a real paragraph escapes line-level checks.

    **Example**
    ... انتهى الاجتماع. لمتابعة آخر الأخبار تابعونا على قناتنا في تلغرام.

    **Use instead**
    ... انتهى الاجتماع.

    **Fix safety**
    Unsafe: the sentence is deleted. Formulaic sentences of wire copy ("ولم يصدر أي
    تعليق فوري") also recur across a corpus: this rule is opt-in.

    **Options**
    ``min-documents`` (default 5), ``min-fraction`` (default 0), ``min-documents-long``
    (default 20, for sentences of 25 words or more).
    """

    code = "BLP102"
    name = "repeated-sentence"
    family = "boilerplate"
    default = False
    fix = "unsafe"
    level = "sentence"
    what = "sentence"
    options = dict(_CORPUS_OPTIONS)


class RepeatedPrefix(_CorpusRule):
    """A line prefix (before "–", "-" or "|") that recurs in many documents of the corpus.

    **What it does**
    With corpus counts (see BLP101), flags the start of a line up to a dash or pipe
    separator (at most five words) when that prefix opens lines in at least
    ``min-documents`` documents: "عين اليوم –", "شاهد بالفيديو |", a columnist's
    byline.

    **Why is this bad?**
    Credits and section labels glued to the first line of every article are the site's
    template, not the story.

    **Example**
    عين اليوم – جدة

    **Use instead**
    (the line without the site's credit)

    **Fix safety**
    Unsafe: the prefix is deleted. Datelines ("غزة -") also recur: this rule is opt-in.

    **Options**
    ``min-documents`` (default 5), ``min-fraction`` (default 0).
    """

    code = "BLP103"
    name = "repeated-prefix"
    family = "boilerplate"
    default = False
    fix = "unsafe"
    level = "prefix"
    what = "line prefix"
    options = dict(_CORPUS_OPTIONS)
