"""Bylines, credits and captions told by their shape: a "label: name" line ("كتب: ..."),
a byline without a separator ("كتب محمد السيد"), a name with its role after a comma or
a dash ("فلانة الفلانية، محررة الشؤون المحلية"), a post's meta line ("بواسطة فلان | 29
فبراير 2024"), segments between dashes ("SITE - name"), a caption line ("... -
أرشيفية"). The head of an article (``chrome``), BLP007 and BLP008 share them; none of
them is a rule.
"""

from __future__ import annotations

import re

from tanqih.rules.boilerplate.datelines import is_timestamp
from tanqih.rules.sentence_shapes import conjunction_led, is_function

# (a hyphen inside a Latin word joins it: "Abonnez-vous", "Jean-Pierre")
_DASH_SPLIT_RE = re.compile(
    r"\s*(?!(?<=[A-Za-z\u00c0-\u024f])-[A-Za-z\u00c0-\u024f])[-–—]+\s*|\s+ـ+\s+"
)

_LABEL_LINE_RE = re.compile(
    r"^\s*([^\n:：/،\-–—]{1,30}?)\s*(?:[:：،]|/(?=\s)|\s?[-–—](?=\s*\S))\s*(.*?)\s*$"
)
# A dateline whose credit is the desk, not a name: "الرياض - خاص", "بغداد – المحرر
# الاقتصادي", "إدلب - مراسل الموقع", "الدار البيضاء: متابعة"; a line of its own.
PLACE_CREDIT_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—:|]\s*(?:خاص|متابعة|متابعات|وكالات|"
    r"(?:ال)?(?:مراسل|مندوب|موفد)(?:ة|نا|تنا)?(?:\s+[^\W\d_]+){0,2}|(?:ال)?محرر(?:ة)?\s+[^\W\d_]+|فريق\s+التحرير)\s*$"
)
# A byline naming the place and the reporter, or the paper in guillemets, in the head of
# the article: "الرياض: خالد العنزي", "الشارقة: «الخليج»". The name is two words, the
# second a family name in ال-...-ي (a headline "الرياض: المعرض الدولي" opens with ال).
PLACE_NAME_RE = re.compile(
    # (the place, and the site's name after it between dashes: "بغداد – الرصافة – ...")
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+[-–—]\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s*(?:[-–—]\s|[:：])))?"
    r"\s*(?:[:：]|\s/|\s[-–—]\s)\s*"
    # (a byline label before the name: "عمّان – <site> – كتب: فلان الفلاني")
    r"(?:(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير)\s*[:：]?\s*)?"
    r"(?:«[^\W\d_]+(?:\s+[^\W\d_]+){0,2}»|"
    # (a name of two or three words, the last a family name in ال-...-ي: "حسين كاظم
    # العيداني")
    r"(?!ال)[^\W\d_]{2,}(?:\s+(?!ال)[^\W\d_]{2,})?\s+ال[^\W\d_]{2,}ي"
    # (or a name with a particle of lineage: "نور الدين بن عيسى", "عبد الرحمن حسن طاهر")
    r"|(?!ال)[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){0,2}\s+(?:بن|ابن|بنت|أبو|ابو|آل|أيت|آيت|ايت)\s+[^\W\d_]{2,}"
    r"|عبد\s?ال[^\W\d_]{2,}(?:\s+(?!ال)[^\W\d_]{2,}){1,2}"
    # (or a first name and a name in عبد: "مي عبد العزيز")
    r"|(?!ال)[^\W\d_]{2,}\s+عبد\s?ال[^\W\d_]{2,})"
    # (a second reporter after و: "... ومحمد فتحي")
    r"(?:\s+و(?!ال)[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,2})?"
    # (and the reporter's role after a dash: "- مراسلة «الجسر» في بريطانيا")
    r"(?:\s+[-–—]\s+(?:ال)?(?:مراسل|محرر|مندوب|موفد)(?:ة)?(?:\s+[^\n.!؟?:|\d]{2,40})?)?\s*$"
)
# The nouns that name an office and its units: an official notice's letterhead opens
# each of its segments with one ("دائرة صحة بابل - قسم العقود", "وزارة التربية -
# مديرية المناهج"), where a dateline has a place and a credit a name or a paper.
_UNIT_NOUNS = frozenset(
    """وزارة دائرة مديرية قسم شعبة وحدة إدارة ادارة هيئة مكتب مصلحة مؤسسة جامعة كلية
    بلدية أمانة امانة ديوان رئاسة قيادة فرع لجنة""".split()
)


def letterhead(segs: list[str]) -> bool:
    """Do two or more dash-separated segments each open with a noun naming an office or
    a unit of one (an official notice's letterhead, not a credit)?"""
    return len(segs) >= 2 and all(
        (x.split() or [""])[0].strip("()[]«»") in _UNIT_NOUNS for x in segs
    )


# A caption that opens by saying what the picture is: "صورة: ...", "صورة من الفيديو:
# ...", "صورة أرشيفية لجلسة ...", "(صورة من المباراة - تصوير: فلان)", "لقطة من مقطع
# متداول ..."; a line of its own with no full stop.
PHOTO_LEAD_RE = re.compile(
    r"^\s*\(?\s*(?:(?:ال)?(?:صورة|لقطة)(?:\s*\(\s*[\d٠-٩]{1,3}\s*\)|\s+[\d٠-٩]{1,3}(?=\s*[:：]))?\s*(?:[:：]|من\s+(?:ال)?(?:فيديو|مقطع|مباراة|حدث|جلسة|"
    r"موقع|مكان|أرشيف|ارشيف|حفل|لقاء|اجتماع)|(?:أرشيفية|ارشيفية|تعبيرية|متداولة)(?=\s|$|\))"
    # "الصورة من Pexels": the picture's source alone
    r"|من\s+\S+(?:\s+\S+)?\s*\)?\s*$)"
    # "جانب من الاجتماع ...": the classic caption opener
    r"|جانب\s+من\s"
    # "التعليق على الصورة، ...": a caption under its label
    r"|(?:ال)?تعليق\s+على\s+(?:ال)?صورة\s*[،,:：]"
    # "لقطة شاشة من ...", "رسم توضيحي: ...", "إنفوغرافيك: ..."
    r"|لقطة\s+شاشة\s|(?:رسم|شكل)\s+توضيحي\s*[:：]|(?:إنفوغرافيك|انفوغرافيك|إنفوجراف|انفوجراف)\s*[:：]"
    # "الصورة 2 من 12: ...": a gallery's caption under its rank
    r"|(?:ال)?صورة\s+[\d٠-٩]{1,3}\s+من\s+[\d٠-٩]{1,3}\s*[:：\-–—|])"
)
# A caption line closed by the picture's credit in parentheses: the archive it comes
# from ("... (أرشيف "النهار")") or its source and photographer ("... (عنب بلدي/ محمد
# الأسعد)").
CREDIT_TAIL_RE = re.compile(
    r"\(\s*(?:(?:أرشيف|ارشيف)(?:ية)?(?=[\s:：)])[^()\n]{0,30}|[^\W\d_][^()\n/\d]{1,24}/\s*[^\W\d_][^()\n/\d]{1,24})\s*\)\s*$"
    # or after a dash, under its label: "... المشاتل البحرية - المصدر: هيئة البيئة"
    r"|\s[-–—]\s*(?:(?:(?:ال)?مصدر|مصدر\s+الصورة|تصوير|(?:ال)?صورة|عدسة|بعدسة)\s*[:：]|(?:عدسة|بعدسة)\s)"
    r"\s*[^.!؟?\n:()]{2,50}\)?$"
    # or the credit under its label in brackets: "... في عمان (تصوير: المركز الإعلامي)"
    r"|\(\s*(?:تصوير|عدسة|بعدسة|(?:ال)?مصدر|مصدر\s+الصورة|(?:ال)?صورة)\s*[:：]\s*[^()\n:]{2,40}\)\s*$"
    # or "from the source" in brackets: "... في محطة عجمان. (من المصدر)"
    r"|\(\s*(?:من\s+)?(?:ال)?مصدر\s*\)\s*$"
    # or the archive after a dash: "... - أرشيف قناة الواحة"
    r"|\s[-–—]\s*(?:أرشيف|ارشيف)\s+[^.!؟?\n:()]{2,40}$"
    # or after a camera: "... البصل المقرمش 📷 صحن وسفرة"
    r"|📷\ufe0f?\s*[^\n.!؟?]{2,30}$"
)


def caption_line(t: str) -> bool:
    """A photo caption on a line of its own, by its opening ("صورة أرشيفية لـ ...",
    "جانب من ...", "التعليق على الصورة، ...") or by the credit closing it ("... (أرشيف
    "النهار")", "... (الموقع/ المصور)", "... - المصدر: ..."); no full stop, at most 25
    words."""
    s = t.strip()
    if not s or s.endswith(".") or len(s.split()) > 25:
        return False
    return PHOTO_LEAD_RE.match(s) is not None or credited_caption(s)


def credited_caption(t: str) -> bool:
    """A caption line known by the credit closing it (see :func:`caption_line`), at most
    20 words; in brackets whole too."""
    s = t.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()  # a caption in brackets: "(أطفال في الصف — تصوير: الموقع)"
    return not s.startswith("(") and len(s.split()) <= 20 and bool(CREDIT_TAIL_RE.search(s))


# "كتب محمد السيد" with no separator: a byline when it is a short edge line.
_BARE_BYLINE_RE = re.compile(
    r"^\s*(كتب|كتبت|كتبه|كتبته|بقلم|إعداد|اعداد|تقرير|حوار|بواسطة)\s+(\S+(?:\s+\S+){0,3})"
    # (and the writer's role after a dash: "بقلم ريما الخوري – اختصاصية في علم النفس")
    r"(?:\s+[-–—]\s+[^.!؟?\n\d]{2,50})?\s*$"
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
    r"(?:أرشيفية|ارشيفية|تعبيرية|رمزية)\s*\)?\s*$"
)


# A writer's name, then a comma or a dash and the role ("رنا الحياري، محررة الشؤون
# المحلية", "<name> - محرر الشؤون الاقتصادية", "<name>، مراسل <site> في مصراتة"): a
# line of its own in the head of the article or closing it.
_NAME_ROLE_RE = re.compile(
    r"^\s*((?:د\.\s*)?[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,3})\s*(?:[،,]|\s[-–—|])\s*"
    r"(?:ال)?(?:محرر|محررة|مراسل|مراسلة|مندوب|مندوبة|موفد|موفدة|صحفي|صحفية|صحافي|صحافية)"
    r"(?:\s+[^\n.!؟?:\d|]{2,50})?\s*$"
)


def named_role(t: str) -> bool:
    """A writer's name and role after a comma or a dash (``_NAME_ROLE_RE``); the name no
    sentence: no function word, no conjunction opening it."""
    m = _NAME_ROLE_RE.match(t) if len(t) < 90 else None
    if m is None:
        return False
    return name_words(m.group(1).replace("د.", " ").split())


def name_words(words: list[str]) -> bool:
    """Can ``words`` be a person's name: no function word among them (the name علي is no
    preposition على), no conjunction opening them?"""
    return (
        bool(words)
        and not conjunction_led(words[0])
        and not any(is_function(w) and w != "علي" for w in words)
    )


# A writer's name alone on a line ("مريم الشامسي", "سعيد بن حمد المعمري", "كريم عبد
# الفتاح", "د. فلان بن فلان الحربي", two names joined by و): a first name (no article),
# then a family name in ال-...-ي, a particle of lineage and a name, or عبد and a name.
NAME_ALONE_RE = re.compile(
    r"^\s*(?:د\.\s*)?(?!ال|لل|بال|وال|فال|كال)[^\W\d_]{2,}(?:\s+(?!ال)[^\W\d_]{2,})?\s+"
    r"(?:ال[^\W\d_]{2,}ي|(?:بن|ابن|بنت|أبو|ابو|آل|ولد|أيت|آيت|ايت)\s+[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?|"
    r"عبد\s?ال[^\W\d_]{2,})"
    r"(?:\s+و(?!ال)[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,2})?\s*$"
)


def name_alone(t: str) -> bool:
    """A writer's name alone (``NAME_ALONE_RE``), no word of it a function word or a
    conjunction opening it."""
    if len(t) > 60 or NAME_ALONE_RE.match(t) is None:
        return False
    return name_words(t.replace("د.", " ").split())
