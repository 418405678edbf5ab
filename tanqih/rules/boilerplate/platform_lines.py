"""Lines that sites and platforms print around an article, known by their shape: the
reading time, a link to a recording or a gallery with its length or size, a video's label
before its title, a byline box's fields, a paywall prompt, an exchange rate, an affiliate
disclosure, what a social network prints over an embedded post, the site's contacts in a
footer row, a counter of reads or visits under its label, the numbers to call to subscribe
or advertise, a match's score box with its state, a post's reactions in a channel export,
a handle or a sound's credit left by an embedded video, the site's name with its motto, a
line closed by a donation button, an invitation to download the app, a poll's question to
the reader, a source with its story's age, a comment form flattened to one line, a
post's meta row (its age, reading time and counts), a match's statistics box, a
channel's programme schedule, a forum member's card. :func:`platform_line` is one of the shapes of
:func:`tanqih.rules.boilerplate.furniture_shapes.shape_furniture`; none of them is a rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import strip_marks
from tanqih.rules.boilerplate.datelines import stamp
from tanqih.rules.phrases import has_sentence_punct, inside_quotation
from tanqih.rules.sentence_shapes import conjunction_led
from tanqih.rules.word_frequencies import zipf

# The reading time of the page: "دقيقتان للقراءة", "زمن القراءة: 2 دقيقة", "5 min read".
_MINUTES = r"(?:[\d٠-٩]+\s*(?:دقيقة|دقائق|دق|د)|(?:[^\W\d_]+\s+)?(?:دقيقة|دقائق)|دقيقتان|دقيقتين)"
_READING_TIME_RE = re.compile(
    rf"^\W*(?:(?:(?:وقت|مدة|زمن)\s+)?(?:ال)?قراءة\s*[:：]?\s*{_MINUTES}"
    # (a clock's emoji and the minutes alone: "⌚ 4 دقائق", "⏱️ 3 min")
    rf"|[⌚⏱⏲⏳⏰🕐-🕧]\ufe0f?\s*(?:{_MINUTES}|\d+\s*min)"
    # ("ستحتاج 4 دقائق لقراءة هذا الموضوع": the reader addressed)
    rf"|[⌚⏱⏲⏳⏰]?\ufe0f?\s*(?:ستحتاج|تحتاج|يستغرق)\s+(?:إلى\s+)?{_MINUTES}\s+(?:لل?)?قراءة(?:\s+\S+){{0,3}}"
    rf"|{_MINUTES}\s+(?:لل?)?قراءة"
    rf"|قراءة\s+في\s+{_MINUTES}"
    r"|\d+\s*min(?:ute)?s?\s+read|reading\s+time\s*[:：]?\s*\d+\s*min(?:ute)?s?)\W*$",
    re.I,
)


# A link to a video, a recording or a gallery with its length or size: "🎧 استمع إلى
# التقرير (01:32)", "🎥 شاهد أهداف المباراة (3:15)", "📷 معرض الصور (12 صورة)".
_MEDIA_LENGTH_RE = re.compile(
    r"^\W*(?:شاهد|شاهدوا|شاهدي|استمع|استمعوا|استمعي|معرض\s+الصور|ألبوم\s+الصور|البوم\s+الصور|"
    r"فيديو|بالفيديو|بالصور|watch|listen)[^.!؟?\n()]{0,90}?\s*(?:\(\s*(?:\d{1,2}:\d{2}(?::\d{2})?|"
    r"\d{1,3}\s*(?:صورة|صور|دقيقة|دقائق|ثانية|ثوان|photos?|min)?)\s*\)"
    # (or the length alone at the end, after an emoji: "استمع إلى هذا التقرير 🎧 03:40")
    r"|[^\w\s.]\ufe0f?\s*\d{1,2}:\d{2}(?::\d{2})?)\s*$",
    re.I,
)
# A link to a video after its emoji: "🎥 شاهد ملخص المباراة والأهداف", "▶️ فيديو ...".
_VIDEO_EMOJI_RE = re.compile(
    r"^\s*(?:[🎥📹📺🎬▶🔴]\ufe0f?\s*(?:شاهد|شاهدوا|شاهدي|فيديو|بالفيديو)"
    # (a recording after its emoji: "🎧 استمع إلى التقرير الصوتي")
    r"|[🎧🎙📻]\ufe0f?\s*(?:استمع|استمعوا|استمعي))\s"
    # (the medium and its length in brackets before the title: "[فيديو - 02:45] شاهد ...")
    r"|^\s*\[\s*(?:فيديو|صوت|بودكاست|video|audio)\s*[-–—:|]?\s*\d{1,2}:\d{2}\s*\]\s*\S",
    re.I,
)
# A video's label before its title (and its length): "فيديو: لحظة إطلاق الصاروخ | 01:42",
# "فيديو | أهداف المباراة"; a line of its own with no full stop.
_VIDEO_LABEL_RE = re.compile(r"^\W*(?:فيديو|بالفيديو|video)\s*[|:：]\s*([^.!؟?\n]{3,100})$", re.I)


def video_title(t: str) -> str | None:
    """The title after a video's label ("بالفيديو: عتمة شاملة في طرابلس"), or None."""
    m = _VIDEO_LABEL_RE.match(t.strip()) if len(t) <= 110 else None
    return m.group(1) if m else None


# The author and role fields of a page's byline box ("Author, ليلى حداد", "Role, بي بي سي").
_BYLINE_FIELD_RE = re.compile(r"^\s*(?:author|role)\s*,\s*\S[^\n]{0,60}$", re.I)
# A paywall: the reader is asked to subscribe, upgrade or sign in to read on ("قم بالترقية
# إلى الاشتراك المميز", "هذا المحتوى متاح للمشتركين فقط").
_PAYWALL_RE = re.compile(
    r"(?:قم|قومي|قوموا)\s+ب(?:الترقية|الاشتراك|التسجيل|تسجيل\s+الدخول)"
    r"|(?:سجل|سجلي|سجلوا)\s+(?:دخولك|الدخول)\s+(?:أو|او)\s+(?:اشترك|اشتركي|اشتركوا)"
    r"|(?:أنشئ|انشئ|أنشئي)\s+حساب(?:ك|ا)?\s+(?:ال)?(?:مجاني\s+)?(?:لمواصلة|لمتابعة|لإكمال|لاكمال)"
    r"|(?:متاح|متاحة)\s+(?:مجانا\s+)?(?:لل)?(?:مسجلين|مشتركين)\s+فقط"
    # "بقي لك مقال مجاني واحد هذا الشهر", "لمتابعة قراءة المقالات الحصرية ... اشترك في ..."
    r"|(?:بقي|تبقى|يتبقى)\s+لك\s+(?:\S+\s+){0,2}(?:مقال|مقالات|مقالان)\s+(?:مجاني|مجانية|مجانيان)"
    r"|لمتابعة\s+(?:ال)?قراءة\s[^.!؟?\n]{0,80}?(?:اشترك|اشتركي|اشتركوا|سجل\s+(?:الدخول|دخولك))"
    # "أنت تقرأ 1 من 3 مقالات مجانية هذا الشهر"
    r"|(?:أنت|انت)\s+تقرأ\s+[\d٠-٩]+\s+من\s+[\d٠-٩]+\s+(?:مقالات|مقال)\s+مجاني"
    # "لقد قرأت مقالتين من أصل ثلاث مقالات مجانية هذا الشهر"
    r"|(?:لقد\s+)?(?:قرأت|استنفدت|استهلكت)\s+[^.!؟?\n]{0,40}?(?:مقالات|مقالة|مقال|مقالتين|مقالا)(?:ك|كم)?\s+(?:ال)?مجاني"
    # "متاحة لمشتركي النسخة الرقمية", "متاح لأعضاء «... بلس» فقط"
    r"|(?:متاح|متاحة)\s+(?:فقط\s+)?(?:لمشتركي|لمشتركات|لأعضاء|لاعضاء|للأعضاء|للمشتركين)\s"
    r"|^\W*(?:هذا\s+المحتوى|هذه\s+المادة|هذا\s+المقال|هذه\s+المقالة|المحتوى|المقال)\s+"
    r"(?:متاح|متاحة|حصري|حصرية|مخصص|مخصصة)\s+(?:لل)?(?:مشتركين|أعضاء|اعضاء)"
    r"|subscribe\s+to\s+(?:continue|read)|subscribers\s+only",
    re.I,
)
# An exchange rate in a widget: "USD/EGP 47.35", "EUR/USD 1.0838 ▲".
_FX_PAIR_RE = re.compile(r"^\s*[A-Z]{3}\s*/\s*[A-Z]{3}\s*[:：]?\s*[\d٠-٩][\d٠-٩.,]*\W*$")
# The affiliate disclosure of a review page: "قد نحصل على عمولة عند الشراء عبر الروابط".
_AFFILIATE_RE = re.compile(
    r"(?:(?:نحصل|يحصل\s+(?:ال)?موقع|تحصل\s+(?:ال)?منصة)\s+على|نتلقى|نتقاضى|نكسب)\s+عمولة"
    r"|we\s+may\s+(?:earn|receive)\s+(?:a\s+)?commission|affiliate\s+(?:links?|commission)",
    re.I,
)
# What a social network prints over an embedded post: "Posted by <page> on Tuesday, March
# 12, 2024".
_POSTED_BY_RE = re.compile(
    r"^\s*posted\s+by\s+.{2,80}?\s+on\s+[a-z]+day,\s+[a-z]+\s+\d{1,2},\s+\d{4}\s*$", re.I
)


# The site's contacts in a footer row: an e-mail address, a telephone or a post box
# among short segments between "|" ("هاتف: 011-2234567 | البريد: news@site.sy",
# "جامعة ... - ص.ب 1450 - هاتف: ... | جميع الحقوق محفوظة 2025").
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(
    r"(?:هاتف|الهاتف|تلفون|جوال|فاكس|واتساب|ص\.\s?ب|tel|phone)\s*[:：.]?\s*\+?[\d٠-٩]", re.I
)


_POST_BOX_RE = re.compile(r"(?:^|[\s،,])(?:ص\.\s?ب|صندوق\s+بريد)\s*[:：.]?\s*[\d٠-٩]{2,}")
_CONTACT_SEP_RE = re.compile(r"\s*\|\s*|\s+[-–—•·]\s+|\s*[•·]\s*")


def contact_row(s: str) -> bool:
    """The site's contacts: a telephone (under its label), an e-mail address or a post
    box among short segments between "|", spaced dashes or bullets ("هاتف: ... - فاكس:
    ... - البريد: ...", "<site> • ص.ب 50321 دبي • هاتف: ..."), no full stop at the end."""
    parts = [x for x in _CONTACT_SEP_RE.split(s) if x.strip()]
    if s.rstrip().endswith("."):
        return False
    if len(parts) < 2:
        # the post box in an address between commas: "<newsletter>، ص.ب 20451، المنامة"
        return len(s.split()) <= 12 and s.count("،") >= 2 and _POST_BOX_RE.search(s) is not None
    if not any(_EMAIL_RE.search(x) or _PHONE_RE.search(x) for x in parts):
        return False
    return all(len(x.split()) <= 10 for x in parts)


# A counter under its label, or the count told as a sentence of the site's: "قراءة: 1843",
# "عدد الزوار: 1,203,455", "تمت قراءة هذا الخبر 3,412 مرة", "شوهد 920 مرة".
_COUNT = r"[\d٠-٩][\d٠-٩,.٬]*(?:\s*(?:ألف|الف|مليون|[KkMm]))?"
_LABELLED_COUNT_RE = re.compile(
    r"^\W*(?:عدد\s+)?(?:ال)?(?:قراءة|قراءات|مشاهدة|مشاهدات|زيارة|زيارات|زوار|تعليقات|مصوتين|أصوات)"
    r"\s*[:：]\s*" + _COUNT + r"\s*$"
    r"|^\W*(?:(?:تمت|تم)\s+)?(?:قراءة|مشاهدة)\s+(?:هذا|هذه)\s+(?:الخبر|المقال|الموضوع|المادة|الصفحة)\s+"
    + _COUNT
    + r"\s+(?:مرة|مرات)\s*$"
    r"|^\W*(?:شوهد|قرئ|قرئت|شوهدت)\s+" + _COUNT + r"\s+(?:مرة|مرات)\s*$"
    r"|^\W*(?:قرأ|شاهد)\s+(?:هذا|هذه)\s+(?:الخبر|المقال|الموضوع|المادة)\s+"
    + _COUNT
    + r"\s+(?:مرة|مرات|شخصا?|زائرا?|قارئا?|زوار|قراء)\u064b?\s*$"
    # the number of the news item alone: "رقم الخبر: 3184427"
    r"|^\s*(?:رقم|معرف)\s+(?:ال)?(?:خبر|مقال|مادة)\s*[:：]?\s*[\d٠-٩]{3,9}\s*$"
)
# A post's reactions or views in a channel export: "👍 412 😢 37 🙏 95", "👁 18.2K edited 09:47".
_REACTIONS_RE = re.compile(
    r"^\s*(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s*[\d.,]+[KkMm]?\s*[·•|]?\s*){2,}$"
    r"|^\s*👁\ufe0f?\s*[\d.,]+[KkMm]?(?:\s*·?\s*(?:edited|تم\s+التعديل))?(?:\s+\d{1,2}:\d{2})?\s*$"
)
# A line asking to subscribe or advertise with the numbers to call after it ("للاشتراك
# السنوي والإعلان في <paper>: 0925551847 - 0913334290", "للإعلان عن الوفيات والتهاني يرجى
# التواصل عبر الواتساب: 99887766"); not a notice's own number ("للحجز والاستفسار: ...").
_CALL_US_RE = re.compile(
    r"^\W*ل(?:ل)?(?:اشتراك|إعلان|اعلان|إعلانات|اعلانات)(?:\s[^.!؟?\n]{0,80})?"
    r"(?:[:：]|\s(?:اتصلوا|اتصل|اتصلي|تواصلوا|تواصل)\s+(?:على|ب)(?:\s*الرقم)?)\s*"
    r"(?:\+?[\d٠-٩][\d٠-٩ \-–/+]{6,}(?:\s*[-–/،,]\s*\+?[\d٠-٩][\d٠-٩ \-–]{6,})*"
    # (or an address: "للاشتراك والاستفسار: subscriptions@...")
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$"
)


# A match's score box with its state: "الرفاع الشرقي 2 - 1 المحرق | انتهت المباراة",
# "الشعلة 2 - 1 الأمل | نهاية المباراة | الجولة 12" (a headline gives the score alone).
_SCORE_BOX_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+[\d٠-٩]{1,2}\s*[-–:]\s*[\d٠-٩]{1,2}\s+"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}((?:\s*\|\s*[^|\n]{2,25}){1,3})\s*$"
)
_MATCH_STATES_RE = re.compile(
    r"^\s*(?:(?:انتهت|نهاية|بداية|انطلاق)\s+(?:ال)?مباراة|(?:ال)?مباراة\s+(?:انتهت|منتهية)|"
    r"مباشر(?:\s*[\d٠-٩]{1,3}'?)?|(?:ال)?شوط\s+(?:ال)?(?:أول|اول|ثاني)|بين\s+الشوطين|لم\s+تبدأ|مؤجلة|"
    r"(?:د|الدقيقة)\s*[\d٠-٩]{1,3}'?|"
    r"(?:ال)?(?:جولة|أسبوع|اسبوع)\s+[\d٠-٩]{1,2}|FT|HT)\s*$",
    re.I,
)


def score_box(s: str) -> bool:
    """A score box: two teams and the score, then the match's state after a bar; or a
    ticker of scores (see :func:`score_ticker`)."""
    m = _SCORE_BOX_RE.match(s) if "|" in s and len(s) <= 120 else None
    if m is not None and all(_MATCH_STATES_RE.match(x) for x in m.group(1).split("|") if x.strip()):
        return True
    return score_ticker(s)


# A score between two teams: "النصر 2 - 0 الفيحاء", "إنبي 1 × 2 فاركو".
_TEAM = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
_SCORE_PART_RE = re.compile(
    rf"^\s*{_TEAM}\s+[\d٠-٩]{{1,3}}\s*[-–×x:]\s*[\d٠-٩]{{1,3}}\s+{_TEAM}"
    # and its state: "(انتهت)", "- د 74", "(الشوط الثاني)"
    r"(\s*\(\s*[^()\n]{2,20}\s*\)|\s+[-–]\s*(?:د|دقيقة|الدقيقة)\s*[\d٠-٩]{1,3}'?)?\s*$"
)
# The label of a scores ticker: "مباشر:", "انتهت |", "النتائج:", "نتائج الجولة:".
_SCORES_LABEL_RE = re.compile(
    # (not a half: "الشوط الأول: الفيصلي 1 - 0 الوحدات" sums up a match report)
    r"^\s*(?:(مباشر|انتهت|انتهت\s+المباراة|نهاية\s+المباراة)|"
    r"(?:ال)?نتائج(?:\s+[^\W\d_]+){0,2})\s*[:：|]\s*"
)


# A match's statistics box, one figure a side: "الاستحواذ: 58% - 42%", "التسديدات على
# المرمى: 6 - 3".
_MATCH_STAT_RE = re.compile(
    r"^\W*(?:نسبة\s+)?(?:ال)?(?:استحواذ|تسديدات(?:\s+على\s+المرمى)?|ركلات\s+(?:ال)?ركنية|"
    r"أخطاء|اخطاء|تسلل|حالات\s+(?:ال)?تسلل|بطاقات\s+(?:ال)?(?:صفراء|حمراء)|تمريرات(?:\s+\S+)?|"
    r"ضربات\s+(?:ال)?زاوية|فرص)\s*[:：]\s*[\d٠-٩]{1,3}\s*[%٪]?\s*[-–|]\s*[\d٠-٩]{1,3}\s*[%٪]?\s*$"
)
# A channel's programme schedule in a row under its label: "جدول البرامج: 20:00 نشرة
# الأخبار | 21:00 ...".
_SCHEDULE_PART_RE = re.compile(r"^\s*[\d٠-٩]{1,2}[:.][\d٠-٩]{2}\s+\S")
_SCHEDULE_LABEL_RE = re.compile(r"^\W*(?:جدول|دليل)\s+(?:ال)?برامج(?:\s+\S+)?\s*[:：]\s*")


def schedule_row(s: str) -> bool:
    """Two programmes or more, each after its time, between bars, under the schedule's
    label (a TV listing article lists its programmes so too: "19:30 ... | 20:15 ...")."""
    label = _SCHEDULE_LABEL_RE.match(s)
    if label is None:
        return False
    body = s[label.end() :]
    parts = [x for x in body.split("|") if x.strip()]
    return len(parts) >= 2 and all(
        _SCHEDULE_PART_RE.match(x) and len(x.split()) <= 8 for x in parts
    )


def score_line(s: str) -> bool:
    """Two teams and the score between them, a line of its own ("الأهلي 1 - 1 بيراميدز")."""
    return len(s) <= 80 and _SCORE_PART_RE.match(s) is not None


def score_ticker(s: str) -> bool:
    """A ticker of scores: one score with the match's state ("النصر 2 - 0 الفيحاء
    (انتهت)", "مباشر: إنبي 1 × 2 فاركو - د 74", "انتهت | الوكرة 2 × 2 قطر", "... |
    انتهت"), or two scores or more between bars, under a label or not ("النتائج: المحرق
    88 - 81 الأهلي | المنامة 95 - 87 النجمة"). A headline gives one score alone and no
    state, a report's result line the shoot-out's score beside it."""
    if len(s) > 160 or s.rstrip().endswith("."):
        return False
    label = _SCORES_LABEL_RE.match(s)
    body = s[label.end() :] if label else s
    parts = [x for x in re.split(r"[|•·]", body) if x.strip()]
    if (
        len(parts) == 2
        and len(parts[1].split()) <= 3
        and _MATCH_STATE_WORD_RE.search(parts[1])
        and _SCORE_PART_RE.match(parts[0])
    ):
        return True  # the state after a bar: "الوحدة 2 - 1 النصر | انتهت"
    if not parts or not all(_SCORE_PART_RE.match(x) for x in parts):
        return False
    if len(parts) >= 2:
        return True
    m = _SCORE_PART_RE.match(parts[0])
    state = m.group(1) or ""
    if label and label.group(1):
        return True  # the state as the label: "مباشر: ...", "انتهت | ..."
    if _TWO_NUMBERS_RE.search(state):
        return False  # a result, the shoot-out's score with it: "(4 - 3 بركلات الترجيح)"
    return bool(state) and (
        "د" in state.split() or "دقيقة" in state or bool(_MATCH_STATE_WORD_RE.search(state))
    )


_TWO_NUMBERS_RE = re.compile(r"[\d٠-٩]\s*[-–×:]\s*[\d٠-٩]")
_MATCH_STATE_WORD_RE = re.compile(
    r"انتهت|نهاية|مباشر|الشوط|بين\s+الشوطين|لم\s+تبدأ|مؤجلة|ركلات|FT|HT", re.I
)


# The site's or the paper's name with its motto: "المنبر - يومية عربية مستقلة تصدر في
# لندن", "جيبوتي اليوم - أول موقع إخباري جيبوتي باللغة العربية", "<site> | شبكة إخبارية
# مستقلة": a kind of publication and what it is, after a dash or a bar.
_MASTHEAD_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[-–—|]\s*(?:أول|أكبر|أقدم)?\s*"
    r"(?:صحيفة|جريدة|يومية|أسبوعية|اسبوعية|شهرية|مجلة|موقع|بوابة|شبكة)\s+"
    r"(?:إخباري|اخباري|إخبارية|اخبارية|عربية|عربي|مستقلة|مستقل|إلكترونية|الكترونية|إلكتروني|"
    r"الكتروني|يومية|أسبوعية|سياسية|شاملة|ثقافية|رياضية|اقتصادية)(?:\s+[^\d\n.!؟?:|]{0,40})?$"
)
# A handle alone on a line, or a sound's credit, left by an embedded post ("@bekaa.echo",
# "♬ الصوت الأصلي - صدى البقاع").
_EMBED_REST_RE = re.compile(r"^\s*(?:@[\w.]{3,30}|♬[^\n]{1,80})\s*$")
# A line that ends in a button: to donate, subscribe or download the app ("... ادعمونا
# بتبرع شهري ← تبرّع الآن", "... ✦ تبرع الآن"), or that invites to download the app
# ("📲 نتائج مباشرة وإشعارات فورية.. نزّل تطبيق <site> الآن").
_BUTTON_END_RE = re.compile(
    r"(?:←|⬅|»|>|✦|\||-|–|\.)\s*(?:تبرع|اشترك|ادعمنا|سجل|حمل|نزل|استمع|شاهد)\s+الآن(?:\s+مجانا)?\s*$"
)
_APP_PROMO_RE = re.compile(
    r"(?:^|\.\.\s*|\W\s)(?:نزل|حمل|ثبت|جرب)\s+(?:تطبيق|التطبيق)\s+[^.!؟?\n]{1,40}?\s*(?:الآن|مجانا)\s*$"
)
# A sponsor's line under its label: "برعاية: <bank> — تمويل عقاري ..." (prose says
# "برعاية وزير الثقافة، ..." with no colon).
_SPONSOR_RE = re.compile(
    r"^\W*(?:sponsored\s*[|:]\s*)?برعاية\s*[:：]\s*\S"
    # (or the sponsor's name and a dash before its offer: "برعاية <bank> — حسابات ...")
    r"|^\W*(?:sponsored\s*[|:]\s*)?برعاية\s+[^\n.!؟?:،,]{2,40}?\s+[—–|]\s+\S"
    r"|^\W*sponsored\s*[|:]\s*برعاية\s+\S"
    # (what the sponsor pays for, then the sponsor: "التغطية برعاية <company>")
    r"|^\W*(?:التغطية|البث|الفقرة|النشرة|هذه\s+الصفحة|هذا\s+القسم|هذه\s+الفقرة|هذه\s+الحلقة|"
    r"الحلقة|هذا\s+البرنامج|البرنامج)\s+برعاية\s+[^\n.!؟?:،,]{2,50}(?:\s+[—–-]\s+[^\n.!؟?]{2,60})?$",
    re.I,
)
# A poll's question to the reader under its label: "استطلاع: من هو أفضل لاعب في
# المباراة؟", "سبر آراء: هل تعتقد أن ...؟" (a headline on a poll gives its results:
# "استطلاع: 60% من الشباب ...").
_POLL_LINE_RE = re.compile(
    r"^\W*(?:استطلاع|استفتاء|استطلاع\s+الرأي|سبر\s+(?:ال)?آراء|سؤال\s+اليوم|سؤال\s+الأسبوع|"
    r"شارك\s+في\s+الاستطلاع)\s*[:：]\s*(?:هل\s+(?:تعتقد|تؤيد|توافق|ترى|تتوقع|تفضل|"
    # (or a verb with "you" as its object: "هل أعجبك ...", "هل يهمك ..."; a verb in ت- or
    # -ت may be "she" as well as "you": "هل تنجح الحكومة ...؟" heads a poll's results)
    r"\S{2,}ك)|"
    r"(?:برأيك|في\s+رأيك|ما\s+رأيك|من\s+هو|من\s+هي|ما\s+هو|ما\s+هي|أي|اي|"
    r"من\s+(?:أفضل|افضل|أبرز|ابرز|أحسن|احسن|أجمل|اجمل))(?!\S))"
    r"[^.!\n]{3,120}[؟?]\s*$"
    # a question to the reader with its buttons: "هل أعجبك هذا المقال؟ نعم / لا"
    r"|^\W*هل\s[^.!\n]{3,80}[؟?]\s*نعم\s*[/|]\s*لا\s*$"
)


# A comment form flattened to one line: its fields and its button ("الاسم * البريد
# الإلكتروني * التعليق *", "أضف تعليقك | الاسم * | البريد الإلكتروني (لن يُنشر) * |
# إرسال", "اكتب تعليقك هنا... (الحد الأقصى 500 حرف) | أرسل").
_FORM_WORDS = frozenset(
    strip_marks(w)
    for w in (
        "أضف اضف أضيفي اضيفي تعليق تعليقا تعليقك تعليقات التعليق التعليقات اكتب اكتبي أكتب "
        "هنا الاسم اسمك البريد الإلكتروني الالكتروني بريدك إرسال ارسال أرسل ارسل أرسلي "
        "الموقع لن يتم ينشر نشره عنوان الحقول المطلوبة مطلوب مطلوبة الحد الأقصى الاقصى حرف "
        "شاركنا شاركينا رأيك حفظ اسمي وبريدي في هذا المتصفح للمرة القادمة"
    ).split()
)
_FORM_FIELD = frozenset(strip_marks(w) for w in "الاسم اسمك البريد بريدك".split())
_FORM_ACTION = frozenset(
    strip_marks(w) for w in "التعليق تعليقك تعليقا تعليق إرسال ارسال أرسل ارسل أرسلي".split()
)
_FORM_SPLIT_RE = re.compile(r"[\s*|•·:：\-–—.…()!،,]+|\d+")


def comment_form(s: str) -> bool:
    """A comment form's fields and button on one line: every word a word of the form, a
    field (name, e-mail) or the form's separators (| *), and a comment or send word."""
    bare = strip_marks(s)
    if "تعليق" not in bare and "رسل" not in bare and "رسال" not in bare:
        return False  # (no comment or send word: the cheap test first, on every line)
    words = [w for w in _FORM_SPLIT_RE.split(bare) if w]
    return (
        3 <= len(words) <= 20
        and all(w in _FORM_WORDS for w in words)
        and (any(w in _FORM_FIELD for w in words) or "|" in s or "*" in s)
        and any(w in _FORM_ACTION for w in words)
    )


# A post's meta row: its age or dates, its reading time and its counts between bullets
# or bars ("قراءة في 3 دقائق • 1.2 ألف مشاهدة", "منذ 3 ساعات · 2,431 مشاهدة", "نُشر في
# 03/10/2024 - 09:15 | عُدّل في 03/10/2024 - 11:40").
_META_COUNT_RE = re.compile(
    r"^\W*[\d٠-٩][\d٠-٩,.٬]*\s*(?:ألف|الف|مليون|[KkMm])?\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|تعليق|"
    r"تعليقات|تعليقا|إعجاب|اعجاب|مشاركة|مشاركات|زيارة)\W*$"
)
_EDITED_RE = re.compile(r"^\W*(?:عُدّل|عدل|عُدل|تم\s+التعديل|تم\s+التحديث|حُدّث|حدث)\s+(?:في\s+)?")


_META_SPLIT_RE = re.compile(r"[•·|]|\s[—–]\s")
# The author first in a post's meta row, with or without a label: "فريق محتوى <site>",
# "تحرير: <name>".
_ROW_AUTHOR_RE = re.compile(
    r"^(?:(?:بقلم|كتب|كتبه|كتبته|تحرير|إعداد|اعداد|المحرر|المحررة)\s*[:：]?\s*)?"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,4}$"
)
# Minutes alone, a reading time in a row that has an author and a date.
_BARE_MINUTES_RE = re.compile(r"^(?:[\d٠-٩]{1,2}\s+(?:دقائق|دقيقة|دقيقه)|دقيقة|دقيقتان)$")


def meta_row(s: str) -> bool:
    """A post's meta row (see ``_META_COUNT_RE``): two parts or more between bullets,
    bars or spaced dashes, each a date or an age, a reading time or a count, one of them
    at least a reading time or a count; the author may come first ("فريق محتوى <site> · 4
    دقائق · تحديث 18 يناير 2024", "تحرير: <name> — 3 دقائق قراءة — آخر تحديث ...")."""
    parts = [x.strip() for x in _META_SPLIT_RE.split(s) if x.strip()]
    if len(parts) < 2:
        return False
    counted = False  # (dates alone are a timestamp line, BLP002's)
    named = minutes = False
    for i, x in enumerate(parts):
        m = _EDITED_RE.match(x)
        if m:
            x = x[m.end() :]
        if _READING_TIME_RE.match(x) or _META_COUNT_RE.match(x):
            counted = True
        elif len(parts) >= 3 and _BARE_MINUTES_RE.match(x):
            minutes = True
        elif stamp(x):
            continue
        elif i == 0 and _ROW_AUTHOR_RE.match(x):
            named = True
        else:
            return False
    return counted or (named and minutes)


# A forum member's card in a row: "تاريخ التسجيل: مارس 2011 | المشاركات: 6,418 | الإقامة:
# المكلا" (fields of the card between bars, two of them at least).
_CARD_FIELDS = frozenset(
    strip_marks(w)
    for w in (
        "تاريخ التسجيل|التسجيل|المشاركات|مشاركات|الإقامة|الاقامة|الإقامه|العمر|الجنس|الدولة|"
        "البلد|النقاط|التقييم|المواضيع|الردود|العضوية|الرتبة|معدل تقييم المستوى"
    ).split("|")
)


# The fields that make a card a member's: the posts' count, the date of joining.
_CARD_CORE = frozenset(strip_marks(w) for w in ("المشاركات", "مشاركات", "تاريخ التسجيل"))
_CARD_PAIR_RE = re.compile(r"تاريخ\s+التسجيل\s*[:：][^|\n]{2,30}?المشاركات\s*[:：]\s*[\d٠-٩]")


def card_field(s: str, core: bool = False) -> bool:
    """One field of a forum member's card on a line of its own ("المشاركات: 4,218");
    ``core``: the posts' count or the date of joining."""
    label, colon, value = s.partition(":")
    if not colon or not value.strip() or len(s) > 60:
        return False
    key = strip_marks(label.strip())
    return key in (_CARD_CORE if core else _CARD_FIELDS)


def member_card(s: str) -> bool:
    """Two fields or more of a forum member's card between bars, one of them the posts'
    count or the date of joining."""
    parts = [x.strip() for x in s.split("|") if x.strip()]
    if len(parts) < 2:
        # (or the date of joining and the posts' count with no bar between them)
        return len(s.split()) <= 14 and bool(_CARD_PAIR_RE.search(strip_marks(s)))
    labels = [strip_marks(x.split(":", 1)[0].strip()) for x in parts if ":" in x]
    return (
        len(labels) == len(parts)
        and all(k in _CARD_FIELDS for k in labels)
        and any(k in _CARD_CORE for k in labels)
    )


_FIELD_LABEL_RE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")


def field_row(s: str) -> bool:
    """A row of a page's fields between bars, every cell a short label, a colon and a
    short value, a figure among the values ("رقم الخبر: 472118 | القسم: اقتصاد",
    "المادة: علوم | الصف: الرابع | المدة: 20 دقيقة"): metadata, not prose."""
    parts = [x.strip() for x in s.split("|") if x.strip()]
    if len(parts) < 2:
        return False
    for x in parts:
        label, colon, value = x.partition(":")
        words = value.split()
        if (
            not colon
            or not _FIELD_LABEL_RE.match(label.strip())
            or not 1 <= len(words) <= 5
            or (any(c in value for c in ".،؛!؟?") and not re.search(r"\d[.،]\d", value))
        ):
            return False
    return True


# The heading of a blog's comments: "5 تعليقات على "<title>"".
# (WordPress's Arabic: "12 فكرة حول "<title>"", "فكرة واحدة حول "<title>"").
_COMMENTS_HEAD_RE = re.compile(
    r"^\s*(?:[\d٠-٩]{1,4}\s+(?:تعليق|تعليقات|تعليقا|ردود|رد|فكرة|أفكار|افكار)"
    r"|(?:فكرة|تعليق|رد)\s+(?:واحدة|واحد))\s+(?:على|حول)\s+[\"«“]"
)


def comments_heading(s: str) -> bool:
    """The heading of a blog's comments ("5 تعليقات على "..."", "فكرة واحدة حول "..."")."""
    return len(s) <= 200 and _COMMENTS_HEAD_RE.match(s.strip()) is not None


# A blog post's meta line: its date and author, then the comment link ("نشرت في 2 مارس،
# 2024 بواسطة <name> — اترك تعليقاً", "بواسطة <name> | 4 تعليقات").
_POST_META_RE = re.compile(
    r"^\W*(?:(?:نشر|نشرت|كتب|كتبت|اضيف|أضيف)\s+)?(?:(?:في|بتاريخ)\s+)?[^\n.!؟?]{0,40}?"
    r"(?:بواسطة|من\s+قبل)\s+[^\n.!؟?—–|·•]{2,40}?\s*[—–|·•\-]\s*"
    r"(?:(?:اترك|أترك|أضف|اضف)\s+(?:تعليقا|تعليق|ردا|رد)|لا\s+(?:توجد|يوجد)\s+تعليقات"
    r"|[\d٠-٩]{1,4}\s+(?:تعليق|تعليقات|تعليقا)|تعليق\s+واحد)\W*$"
)
# A post's header in an Instagram export: the account, its badge and the follow button
# ("<account> ✔️ • متابعة").
_INSTAGRAM_HEAD_RE = re.compile(
    r"^[A-Za-z0-9_.]{3,30}\s*(?:✔️|✔|☑️|☑)?\s*[•·]\s*(?:متابعة|تابع|Follow)\s*$"
)
# A countdown widget: days, hours and minutes with no "و" between them ("متبقٍ على إغلاق
# التسجيل: 12 يوماً 04 ساعات 37 دقيقة").
_COUNTDOWN_RE = re.compile(
    r"[\d٠-٩]{1,3}\s*(?:يوما|يوم|أيام|ايام)\s+[\d٠-٩]{1,2}\s*(?:ساعة|ساعات)\s+[\d٠-٩]{1,2}\s*"
    r"(?:دقيقة|دقائق)(?:\s+[\d٠-٩]{1,2}\s*(?:ثانية|ثوان|ثواني))?\W*$"
)
# A file attached to the page with its size: "بلاغ_الترشح.pdf (356 ك.ب)".
_ATTACHMENT_RE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)\b[^\n]{0,20}\(\s*[\d.,٫]+\s*"
    r"(?:ك\.?\s?ب|م\.?\s?ب|[KkMm]B|كيلوبايت|ميغابايت|ميجابايت)\s*\)",
    re.I,
)
# A language switcher: "English | العربية", "AR / EN / FR".
_LANGUAGES = (
    r"English|Français|Francais|Deutsch|Español|Türkçe|Русский|中文|فارسی|فارسي|اردو|"
    r"کوردی|كوردي|Kurdî|العربية|عربي|EN|AR|FR|DE|ES|TR"
)
_LANGUAGE_ROW_RE = re.compile(rf"^\W*(?:{_LANGUAGES})(?:\s*[|/•·]\s*(?:{_LANGUAGES}))+\W*$", re.I)


# A page's call to act: an imperative of the site's verbs (subscribe, share, send, watch,
# download, book ...) and a few words, with no mark at the end (a step of a lesson is
# numbered or closed by a full stop; a headline "شاهد: ..." has its colon). Most of these
# imperatives are written as the past tense too ("اشترك في القناة آلاف المشاهدين", "شاهد
# الجمهور ..."): those count only when the line speaks to the reader ("شارك برأيك",
# "أرسل سؤالك"); the others are imperatives only ("اضغط", "احجز", "شاركي").
_CALL_TO_ACTION_RE = re.compile(
    r"^\W*(?:اضغط|اضغطي|انقر|انقري|اطلب|اطلبي|احجز|احجزي|ابدأ|ابدئي|ادعم|ادعمي|اشتركي|شاركي"
    r"|شاهدي|حمّلي|حملي|سجّلي|سجلي|أرسلي|ارسلي|جرّبي|جربي|تبرعي|قيّمي|قيمي|اكتشفي)\s+\S"
)
_CALL_TO_ACT_ALSO_PAST_RE = re.compile(
    r"^\W*(?:اشترك|شارك|أرسل|ارسل|شاهد|حمّل|حمل|سجّل|سجل|جرّب|جرب|تبرع|تبرّع|قيّم|قيم|اكتشف)\s"
)
# A word that speaks to the reader: "برأيك", "سؤالك", "لديكم" (no article: "المشترك";
# not a demonstrative or an adverb: "ذلك", "هناك").
_TO_THE_READER_RE = re.compile(r"(?<!\w)(?!ال)\w{2,}(?:ك|كم|كن)(?!\w)")
_NOT_TO_THE_READER = frozenset("ذلك تلك هناك هنالك كذلك لذلك وكذلك وذلك بذلك".split())
# The app stores, named on their badges.
_STORES_RE = re.compile(
    r"App\s?Store|Google\s?Play|App\s?Gallery|آب\s?ستور|اب\s?ستور|(?:جوجل|غوغل|قوقل)\s?بلاي",
    re.I,
)
# A comment section's counter: its name and a number in brackets.
_REPLIES_COUNT_RE = re.compile(
    r"^\W*(?:الردود|التعليقات|تعليقات|ردود|الآراء)\s*\(\s*[\d٠-٩]+\s*\)\W*$"
)
# What a link or a button ends with on a web page (never a sentence).
_LINK_ARROWS = frozenset("←→›‹⇐⇒➜➔⟵⟶")


def _call_to_act(s: str) -> bool:
    if _CALL_TO_ACTION_RE.match(s):
        return True
    m = _CALL_TO_ACT_ALSO_PAST_RE.match(s)
    return m is not None and any(
        _to_the_reader(w.group()) for w in _TO_THE_READER_RE.finditer(s, m.end())
    )


def _to_the_reader(word: str) -> bool:
    """Is ``word`` a word with the pronoun "you" ("حسابك", "تجربتك", "لديكم"): what is
    left without the pronoun is a word ("نسك", the name of an app, and "مبارك" are not)?"""
    if word in _NOT_TO_THE_READER:
        return False
    stem = word[:-2] if word.endswith(("كم", "كن")) else word[:-1]
    if stem.endswith("ت"):
        stem = max(stem, stem[:-1] + "ة", key=zipf)  # "تجربتك" -> "تجربة"
    return zipf(stem) >= 3.0


def platform_line(s: str, digits: bool) -> bool:
    """Is the stripped line ``s`` (``digits``: it holds a digit) one of the lines above?"""
    if len(s) <= 40 and _READING_TIME_RE.match(s):
        return True
    if len(s) <= 110 and (_VIDEO_LABEL_RE.match(s) or _BYLINE_FIELD_RE.match(s)):
        return True
    if len(s) <= 120 and (_MEDIA_LENGTH_RE.match(s) or _VIDEO_EMOJI_RE.match(s)):
        return True
    if digits and len(s) <= 40 and s[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" and _FX_PAIR_RE.match(s):
        return True
    if len(s) <= 200 and s.count(" ") < 30:
        m = _PAYWALL_RE.search(s) or _AFFILIATE_RE.search(s)
        if m and not inside_quotation(s[: m.start()]):  # (not a source quoted saying it)
            return True  # a paywall or an affiliate disclosure
    if s[0] in "Pp" and _POSTED_BY_RE.match(s):
        return True
    if (
        (digits or "@" in s)
        and len(s) <= 120
        and (_LABELLED_COUNT_RE.match(s) or _CALL_US_RE.match(s))
    ):
        return True  # a counter of reads or visits, the numbers to call to subscribe
    if digits and len(s) <= 120 and meta_row(s):
        return True
    if digits and len(s) <= 80 and _MATCH_STAT_RE.match(s):
        return True
    if digits and "|" in s and len(s) <= 250 and schedule_row(s):
        return True
    if comments_heading(s):
        return True
    if len(s) <= 160 and ("بواسطة" in s or "قبل" in s) and _POST_META_RE.match(strip_marks(s)):
        return True
    if len(s) <= 80 and _LANGUAGE_ROW_RE.match(s):
        return True
    if s.count(" ") < 16 and not s.endswith(".") and len(_STORES_RE.findall(s)) >= 2:
        return True  # the app stores' badges: "متوفر على App Store و Google Play"
    if s.count(" ") < 7 and s.rstrip('»”"')[-1:] not in ".؟?!:،" and _call_to_act(s):
        # a button or a call to act: "شارك برأيك في التعليقات", "أرسل سؤالك" (not one
        # quoted with its full stop: «اطلب القالب من رئيس المكتب.»)
        return True
    if len(s) <= 40 and _REPLIES_COUNT_RE.match(s):
        return True  # a comment section's counter: "الردود (23)", "التعليقات (5)"
    if s[-1] in _LINK_ARROWS and s.count(" ") < 14 and s[:-1].rstrip()[-1:] not in ".؟?!:":
        return True  # a link or a button: "احجز استشارة مع طبيب الآن ←", "المواصفات الكاملة ›"
    if digits and len(s) <= 160 and _ATTACHMENT_RE.search(s):
        return True
    if len(s) <= 60 and s[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_":
        if _INSTAGRAM_HEAD_RE.match(s):
            return True
    if digits and len(s) <= 140 and not s.endswith(".") and _COUNTDOWN_RE.search(strip_marks(s)):
        return True
    if ":" in s and len(s) <= 200 and member_card(s):
        return True
    if digits and "|" in s and len(s) <= 160 and field_row(s):
        return True
    if digits and score_box(s):
        return True
    if digits and len(s) <= 80 and _REACTIONS_RE.match(s):
        return True
    if (s[-1] in "؟?" or s.endswith("لا")) and len(s) <= 140 and _POLL_LINE_RE.match(s):
        return True
    if s[0] in "@♬" and _EMBED_REST_RE.match(s):
        return True
    if s.count(" ") < 30 and "الآن" in s[-20:] and _BUTTON_END_RE.search(strip_marks(s)):
        return True
    if s.count(" ") < 20 and "تطبيق" in s and not s.endswith("."):
        if _APP_PROMO_RE.search(strip_marks(s)):
            return True
    if len(s) <= 160 and comment_form(s):
        return True
    if not digits and len(s) <= 90 and _MASTHEAD_RE.match(s):
        return True
    if len(s) <= 160 and "برعاية" in s and _SPONSOR_RE.match(strip_marks(s)):
        return True
    if len(s) <= 120 and ("منذ" in s or "قبل" in s) and source_age(s):
        return True
    return ("@" in s or digits) and len(s) <= 250 and contact_row(s)


# A source and the age of its story, as an aggregator or a newsletter prints them: "المصدر:
# وكالة أنباء الشمال · منذ 45 دقيقة", "نقلاً عن موقع دجلة بوست - قبل ساعتين", "<site> · قبل
# 5 ساعات", "عن موقع مدار الأردن · نُشر قبل 40 دقيقة", "<site> - <writer> - منذ 5 ساعات".
_SOURCE_AGE_RE = re.compile(
    r"^\W*((?:ال)?مصدر\s*[:：]\s*|نقلا\s+عن\s+|عن\s+)?([^\n·•|،:\-–—\d]{2,50}?)\s*"
    # (the site, then its writer: "<site> - <name> - منذ 5 ساعات")
    r"(?:[·•|\-–—]\s*[^\n·•|،:\-–—\d]{2,40}?\s*)?"
    r"([·•|،\-–—])\s*(?:نشر\s+)?((?:منذ|قبل)\s+[^\n]{1,30})$"
)


def source_age(s: str) -> bool:
    """A source and its story's age (see ``_SOURCE_AGE_RE``): the source at most six
    words (after a comma, only under its label), the age a relative time ("منذ 45 دقيقة", "قبل ساعتين")."""
    m = _SOURCE_AGE_RE.match(strip_marks(s))
    if m is None or len(m.group(2).split()) > 6 or has_sentence_punct(m.group(2)):
        return False
    if m.group(3) == "،" and not m.group(1):
        return False  # (a clause and a time after a comma: "وقال الوزير، قبل ساعتين")
    return not conjunction_led(m.group(2).split()[0]) and stamp(m.group(4))
