"""Page chrome known by its words or its pattern: a copyright line, an opinion-page
disclaimer, an aggregator's note, an SMS-subscription line, a breadcrumb, a follow line, a
link to a section, the consent button under a cookie notice, the frame of a wiki page; and
the headers of a block of related links (``related.txt``).

BLP001 (:mod:`tanqih.rules.boilerplate.chrome`) matches them; the announced lists and the
other rules' view of page chrome use some of them too. None of them is a rule.
"""

from __future__ import annotations

import functools
import re

from tanqih.rules.phrases import PhraseList, has_sentence_punct, load_phrases, pkey

_COPYRIGHT_RE = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)", re.I)
# The opinion-page disclaimer: "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر
# بالضرورة عن رأي الموقع."
_DISCLAIMER_RE = re.compile(
    r"^\W*(?:جميع\s+|كل\s+)?(?:المقالات|المقال|الآراء|الاراء|التعليقات|المواد|المدونات|"
    r"التدوينات|ما\s+ينشر|هذا\s+المقال)"
    r".{0,80}?(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+بالضرورة\b"
)
# An aggregator's note: "تنويه: محتوى هذا الخبر منقول من مصدره ولا يعبر عن رأي الموقع" (a
# note label, then "... does not reflect the view of the site").
_SOURCE_NOTE_RE = re.compile(
    r"^\W*(?:تنويه|تنبيه|ملاحظة|إخلاء\s+مسؤولية|اخلاء\s+مسؤولية|إخلاء\s+المسؤولية)\s*[:：]"
    r".{0,120}?(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+(?:بالضرورة\s+)?عن\s+"
    r"(?:رأي|آراء|اراء|وجهة\s+نظر|موقف|سياسة)\s+(?:ال)?(?:موقع|صحيفة|جريدة|شبكة|قناة|مدونة|"
    r"إدارة|ادارة|تحرير|ناشر|منصة|تطبيق)"
    # ... or "the site bears no responsibility for it", "... is no advice to buy or sell"
    # (a press release or market page's note)
    r"|^\W*(?:تنويه|تنبيه|ملاحظة|إخلاء\s+مسؤولية|اخلاء\s+مسؤولية|إخلاء\s+المسؤولية)\s*[:：]"
    r".{0,160}?(?:(?:لا|ولا)\s+(?:يتحمل|تتحمل)\s+(?:ال)?(?:موقع|صحيفة|جريدة|منصة|إدارة)"
    r"|(?:لا|ولا)\s+(?:تعد|يعد|تعتبر|يعتبر|تشكل|يشكل|تمثل|يمثل)\s+(?:توصية|نصيحة|دعوة))"
)
# The same note without a label, read on the line without diacritics: "هذه المادة مترجمة
# عن مصدر أجنبي، والآراء الواردة فيها لا تعبّر بالضرورة عن رأي المنصة."
_NOT_OUR_VIEW_RE = re.compile(
    # (an aggregator's: "... وتطبيق لمحة غير مسؤول عن محتواه")
    r"(?:غير|ليس|ليست)\s+مسؤول(?:ة|ا)?\s+عن\s+(?:محتواه|محتواها|محتوى\s+(?:الخبر|المادة|التعليقات|"
    r"الأخبار|الاخبار|المواد|الروابط))"
    r"|"
    # (the comments' authors: "الآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر عن ...")
    r"(?:تعبر|يعبر)\s+عن\s+(?:آراء\s+|رأي\s+)?(?:أصحابها|اصحابها|كتابها|صاحبها)\s+(?:و)?(?:لا|ولا)\s+"
    r"(?:تعبر|يعبر)\s+عن"
    r"|"
    r"(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+بالضرورة\s+عن\s+(?:رأي|آراء|اراء|وجهة\s+نظر|"
    r"موقف|سياسة)\s+(?:ال)?(?:موقع|صحيفة|جريدة|شبكة|قناة|مدونة|إدارة|ادارة|تحرير|ناشر|منصة)"
)
# A health or finance page's note that it informs and does not advise: "المعلومات الواردة
# في هذا المقال لأغراض التثقيف فقط ولا تغني عن استشارة الطبيب".
_INFO_ONLY_RE = re.compile(
    r"(?:(?:لأغراض|للأغراض|لغرض|بغرض|لأهداف)\s+(?:ال)?(?:تثقيف|توعية|تثقيفية|توعوية|معلوماتية|"
    r"إعلامية|اعلامية|معرفية|تعليمية|تعليم)|للتثقيف|للتوعية|للاطلاع|للمعلومات)"
    r"(?:\s+\S+)?\s*(?:فقط|حصرا)?.{0,60}?(?:لا|ولا)\s+(?:تغني|يغني|تعد|يعد|"
    r"تعتبر|يعتبر|تشكل|يشكل|تحل|يحل)\s+(?:عن|بديلا|محل|استشارة|نصيحة|نصيحه|توصية)"
    r"|for\s+(?:informational|educational)\s+purposes\s+only",
    re.I,
)
# A comment section's rules: "المرجو الالتزام بآداب الحوار، التعليقات المسيئة لن تنشر".
_COMMENT_POLICY_RE = re.compile(
    r"(?:التعليقات|تعليقات|التعليق|تعليقك|تعليقكم)\s[^.!؟?\n]{0,40}?(?:لن|لا)\s+(?:تنشر|ينشر|يتم\s+نشر)"
    # (the reader asked to keep the manners of the debate: a request opens the line)
    r"|(?:^\W*|[—–:|-]\s*)(?:المرجو|نرجو|يرجى|الرجاء|رجاء)\s[^.!؟?\n]{0,30}?آداب\s+"
    r"(?:الحوار|النشر|التعليق|النقاش)"
    r"|(?:التعليقات|تعليقات\s+القراء)\s+(?:تعبر|تعكس|تمثل)\s+(?:عن\s+)?(?:رأي\s+)?(?:أصحابها|كاتبيها)"
)
_SMS_RE = re.compile(r"\bSMS\b|رسالة نصية|رسالة قصيرة", re.I)
_SMS_VERB_RE = re.compile(r"أرسل|ارسل|إرسال|ارسال|للاشتراك|اشترك|للتواصل|للتعليق")
# The rights reserved after the site's name and a dash or a bar ("<site> - جميع الحقوق
# محفوظة 2025").
_RIGHTS_AFTER_NAME_RE = re.compile(
    r"^[^.!؟?\n]{2,50}?\s[-–—|]\s*(?:جميع\s+|كل\s+)?(?:ال)?حقوق(?:\s+(?:ال)?(?:نشر|طبع|طبع\s+والنشر))?"
    r"\s+محفوظة"
)
# A copyright sign after a site's name: "Lebanon24 © 2024 جميع الحقوق محفوظة" (a word of
# its own: "ط©" is "ة" read as cp1256, mojibake).
_COPYRIGHT_SIGN_RE = re.compile(r"(?<!\S)©|\(c\)\s*\d{4}", re.I)

# The label of an ad slot ("إعلان", "إشهار"): never an item of the article's list, it
# ends one (a list of prices or of a team's players does not go on through an ad).
_AD_SLOTS = frozenset(
    pkey(w)
    for w in "إعلان|إعلانات|إشهار|مساحة إعلانية|إعلان مدفوع|محتوى مدفوع|محتوى ممول|advertisement|"
    "sponsored".split("|")
)

# A navigation breadcrumb: "الصفحة الرئيسية / صحة / دراسة: ...", "Site > Section > Title".
_CRUMB_SEPS = (" » ", " › ", " > ", " / ", " ◂ ", " ▸ ")
_HOME = frozenset(pkey(w) for w in ("الرئيسية", "الصفحة الرئيسية", "home"))


def _breadcrumb(line: str) -> bool:
    """Two or more crumb separators between short segments (at most three words, no
    punctuation or digits; one is enough for "›") and a last segment of at most 15
    words (the headline). With
    "/" the first crumb must be the home page; "»" is a crumb separator only in a line
    without "«" (not a closing guillemet)."""
    s = line.strip()
    if len(s) > 220:
        return False
    for sep in _CRUMB_SEPS:
        # (one arrow "›" is enough: no prose uses it, "المركز الإعلامي › الأخبار")
        if s.count(sep) < (1 if sep == " › " else 2) or (sep == " » " and "«" in s):
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
    r"(تابع|تابعوا|تابعونا|تابعنا|تابعي|اتبعونا|اتبعنا|اشترك|اشتركوا|انضم|انضموا|follow)"
    r"((?:\s+\S+){0,6})\s+"
    r"(?:على|عبر|من\s+خلال|في|on|via)(?!\w)\s*[:：]?\s*((?:\S+\s*){0,8})$",
    re.I,
)
# The site's own channels in a follow or subscribe line ("تابع آخر الأخبار عبر قناتنا على
# واتساب", "تابع الأخبار على تطبيق الموقع"): the site speaking, whatever comes after.
_SITE_OWN_RE = re.compile(
    r"(?:قنات|صفحت|حسابات|حساب|تطبيق|منصات|منصت|نشرت|موقع)نا(?!\w)"
    r"|(?:تطبيق|قناة|صفحة|حساب|حسابات)\s+(?:ال)?موقع(?!\w)"
)
_SUBSCRIBE_RE = re.compile(
    r"^\s*(?:(?:لمزيد|للمزيد|لمتابعة|لآخر|لاخر)\s[^\n]{0,40}?\s)?(?:تابع|تابعوا|تابعونا|تابعي|"
    r"اشترك|اشتركوا|اشتركي|انضم|انضموا|انضمي|حمل|حملوا|حملي|نزل|نزلوا|سجل|سجلي|سجلوا|شاهدوا|شاهدي)\s"
)
# The marks around a list of links inside an article, as some sites print them ("list 1
# of 3" above each linked headline, "end of list" after the last).
LIST_MARK_RE = re.compile(r"^\s*(?:list\s+(\d+)\s+of\s+\d+|end\s+of\s+list)\s*$", re.I)
# "المزيد من اقتصاد": a link to the rest of a section (one or two words).
_MORE_FROM_RE = re.compile(r"^\s*(?:ال)?مزيد\s+(?:من|في)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")
# The consent button under a cookie notice.
_COOKIE_KEY_RE = re.compile(r"ملفات (?:تعريف )?الارتباط|كوكيز|cookies")
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


def cookie_banner(line: str) -> bool:
    """A cookie notice with its buttons on one line: "هذا الموقع يستخدم الكوكيز ... اعرف
    المزيد | أوافق", "... ملفات الارتباط لأغراض إحصائية. قبول الكل - رفض". The line
    names cookies and ends with consent buttons (separated by | or -, or after the
    notice's full stop); a sentence about cookies ends with no button."""
    if len(line) > 400 or not _COOKIE_HINT_RE.search(line):
        return False  # (a cheap look first: this runs on every line)
    key = pkey(line)
    if not _COOKIE_KEY_RE.search(key):
        return False
    parts = [x for x in re.split(r"\s[|\-–]\s|\.\s|\|", line) if x.strip()]
    if len(parts) < 2:
        return False
    tail = pkey(parts[-1])
    return tail in _CONSENT or all(w in _CONSENT_WORDS for w in tail.split())


_COOKIE_HINT_RE = re.compile(r"الارتباط|كوكيز|cookie", re.I)
# Single words of consent and settings buttons ("قبول الكل - رفض", "الإعدادات").
_CONSENT_WORDS = frozenset(
    pkey(w) for w in "موافق أوافق قبول أقبل الكل رفض أرفض حسنا فهمت إغلاق الإعدادات إعدادات".split()
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


# A related-links header by its shape, whatever its noun ("قضايا ذات صلة", "دروس
# مشابهة", "أخبار مرتبطة", "مقالات للكاتبة نفسها"; keys as ``pkey`` writes them).
# The items a site lists under a related-links header (keys: hamza-less, ة as ه).
_ITEM_NOUNS = (
    "اخبار|مواد|مقالات|تغطيات|قصص|تقارير|موضوعات|مواضيع|عناوين|فيديوهات|وصفات|مقارنات|"
    "مراجعات|حلقات|البومات|قراءات|دروس|منشورات|تدوينات|فعاليات|مقاطع"
)
_RELATED_SHAPE_RE = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+)? (?:ذات (?:ال)?صله|ذات العلاقه|مشابهه|مماثله|مرتبطه)$"
    r"|^[^\W\d_]+ (?:مرتبط|مشابه|مماثل)$"
    r"|^[^\W\d_]+ (?:للكاتب|للكاتبه|للمؤلف|للمؤلفه) (?:نفسه|نفسها|ذاته|ذاتها)$"
    # a kind of item the site publishes, "other" or "that may interest you": "تغطيات أخرى
    # من <site>", "مواد أخرى من القسم", "وصفات قد تعجبك" (not any noun: "أسباب أخرى" may
    # head a section of the article)
    rf"|^(?:{_ITEM_NOUNS}) اخري(?: (?:من|في) [^\W\d_]+(?: [^\W\d_]+){{0,2}})?$"
    rf"|^(?:{_ITEM_NOUNS})(?: [^\W\d_]+)? قد (?:تهمك|تعجبك|يهمك|يعجبك|تهمكم|تعجبكم)$"
)


class _RelatedHeaders(PhraseList):
    """The listed headers, and any of the shapes above."""

    def __contains__(self, key: str) -> bool:
        return key in self.whole or _RELATED_SHAPE_RE.match(key) is not None


@functools.cache
def _related() -> PhraseList:
    """Headers of a block of links to other articles (``related.txt``)."""
    return load_phrases("related.txt", cls=_RelatedHeaders)
