"""BLP008: a byline, a photo caption or a translator credit ("تصوير: ...", "كتب: ...",
"(صورة: ...)"), and the note on the author closing an opinion piece.
"""

from __future__ import annotations

import re

from tanqih.linter.analysis import Span
from tanqih.linter.arabic import strip_marks
from tanqih.rules.boilerplate.byline_shapes import (
    _BARE_BYLINE_RE,
    _CAPTION_LINE_RE,
    _LABEL_LINE_RE,
    PHOTO_LEAD_RE,
    PLACE_CREDIT_RE,
    PLACE_NAME_RE,
    _post_meta,
    credited_caption,
    name_alone,
    name_words,
    named_role,
)
from tanqih.rules.boilerplate.chrome import chrome_line, head_line, inside_lists
from tanqih.rules.boilerplate.datelines import SPACED_DASH_RE, before_bar_date, is_timestamp
from tanqih.rules.boilerplate.furniture_shapes import PAGE_NUMBER_RE, counter_kind
from tanqih.rules.boilerplate.link_shapes import _links_only
from tanqih.rules.boilerplate.platform_lines import comments_heading
from tanqih.rules.phrases import (
    PHRASE_OPTIONS,
    PhraseRule,
    content_lines,
    delete_span,
    has_sentence_punct,
    line_finding,
    pkey,
    quote,
    wrapped_after,
)
from tanqih.rules.sentence_shapes import (
    conjunction_led,
    is_function,
    past_or_present_verb,
    pp_prefixed,
)

# A caption naming the photo and its source: "صورة أرشيفية لمسبار الأمل | المصدر: وام",
# "صورة من موقع الحادث - تصوير: فلان".
_PHOTO_SOURCE_RE = re.compile(
    r"^\s*(?:ال)?(?:صورة|صور|لقطة)\s+[^.!؟?\n]{2,120}?\s*[|\-–—]\s*"
    r"(?:(?:ال)?مصدر|تصوير|المصور|credit|photo)\s*[:：]\s*\S[^.!؟?\n]{0,40}$",
    re.I,
)
_CREDIT_SEP_RE = re.compile(r"\s*\|\s*|\s+[·/—]\s+")
# A reporter's name and role with the account's handle, in the head of the article
# ("جيمس ريد مراسل الشؤون الاجتماعية @jamesreed_news").
_HANDLE_BYLINE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){1,7}\s+@\w{2,30}\s*$")
_PAREN_CAPTION_RE = re.compile(r"\(\s*([^()\n:：]{1,25}?)\s*[:：]\s*[^()\n]{1,60}\)")
_ARCHIVE_RE = re.compile(
    r"\(\s*(?:(?:ال)?صورة\s+)?(?:أرشيفية|ارشيفية|أرشيف|ارشيف|تعبيرية|من الأرشيف|من الارشيف)"
    r"(?:\s*[:：]\s*[^()\n]{1,30})?\s*\)"  # (and its source: "(أرشيفية: الإنترنت)")
)
# The note on the author under an opinion piece: "* كاتب وباحث سياسي فلسطيني".
# (the writer's name may come first, under a colon: "* لمى الأتاسي: صحفية من دمشق، ...")
_AUTHOR_NOTE_RE = re.compile(
    r"^\s*\*+\s*(?:[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,3}\s*[:：]\s*)?"
    r"(?:كاتب|كاتبة|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|أستاذ|أستاذة|إعلامي|إعلامية|"
    r"محلل|محللة|أكاديمي|أكاديمية|خبير|خبيرة|مستشار|مستشارة|رئيس\s+تحرير|مراسل|مراسلة|"
    r"محرر|محررة|روائي|روائية|ناقد|ناقدة|مترجم|مترجمة)\b[^.!؟?:\n]{0,80}\.?\s*$"
)


# The same note unstarred, as the article's last line: a profession, then a nationality,
# another profession or a field ("كاتب وصحفي مصري، يكتب في الشؤون العربية.", "صحفي ليبي
# مختص بشؤون الطاقة.", "الكاتب: باحث في الشؤون الاستراتيجية").
_PROFESSIONS = (
    "كاتب|كاتبة|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|أستاذ|أستاذة|إعلامي|إعلامية|محلل|محللة|"
    "أكاديمي|أكاديمية|خبير|خبيرة|مستشار|مستشارة|روائي|روائية|شاعر|شاعرة|ناشط|ناشطة|"
    "دبلوماسي|دبلوماسية|محامي|محامية|طبيب|طبيبة|مهندس|مهندسة|ناقد|ناقدة|مترجم|مترجمة"
)
# (under a label, "عن الكاتب:", "الكاتب:" and the name before a comma or not, or
# "الكاتب" opening the note: "الكاتب صحفي
# متخصص في ...", "الكاتب أستاذ الاقتصاد المالي ...", the field may follow the profession
# in the genitive)
_BIO_RE = re.compile(
    r"^\s*((?:عن\s+)?(?:ال)?كاتب(?:ة)?\s*[:：]\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}،\s*)?"
    r"|الكاتب(?:ة)?\s+)?"
    f"(?:{_PROFESSIONS})\\s+(\\S+)(?:\\s+(\\S+))?[^\\n]{{0,120}}$"
)
_BIO_SECOND = frozenset(
    pkey(w)
    for w in "في من متخصص متخصصة مختص مختصة مقيم مقيمة سابق سابقة ومحلل وباحث مستقل مستقلة".split()
)


def _bio_line(t: str) -> bool:
    """A note on the author without a star closing the article (see ``_BIO_RE``): the
    word after the profession is a nationality (-ي / -ية), "و" and another profession,
    or a field ("في", "مختص", "مقيم"), or anything under the label "الكاتب" ("الكاتب
    أستاذ الاقتصاد ..."), and no verb follows it ("صحفي فلسطيني استشهد ..." is news).
    In brackets whole too ("(روائية وناقدة لبنانية، صدرت لها ...)")."""
    s = t.strip()
    if s[:1] == "(" and s[-1:] == ")":
        t = s[1:-1]
    m = _BIO_RE.match(t)
    if m is None or len(t.split()) > 20 or any(c in t for c in '«»“”"'):
        return False
    labelled = bool(m.group(1))
    if labelled and ":" not in m.group(1) and "：" not in m.group(1):
        # "الكاتب" opening a sentence of prose about a writer ("الكاتب أستاذ الأدب في
        # الجامعة قال إن ..."): a verb before the first comma tells it
        head = t[m.end(1) :].split("،", 1)[0].split()[1:]
        if any(past_or_present_verb(strip_marks(w)) for w in head):
            return False
    second, third = m.group(2).rstrip("،,."), (m.group(3) or "").rstrip("،,.")
    k2 = pkey(second)
    nisba = k2.endswith(("ي", "يه")) and not k2.startswith("ال")
    prof = k2[:1] == "و" and re.fullmatch(f"(?:{_PROFESSIONS})", second[1:]) is not None
    # (or the place of work after a preposition: "صحفية بقسم الاقتصاد")
    field = pp_prefixed(k2) and not past_or_present_verb(strip_marks(second))
    if not (nisba or prof or field or k2 in _BIO_SECOND or labelled):
        return False
    k3 = pkey(third)
    if (
        third
        and "،" not in m.group(2)
        and not k3.endswith(("ي", "يه"))  # (a nationality: "معماري أردني")
        and past_or_present_verb(strip_marks(third))
    ):
        return k3 in _BIO_SECOND
    return True


# A note on the author that opens with the writer's name ("رنا العلي صحفية سورية مقيمة في
# برلين ...", "* سلمى الراوي صحافية عراقية ...", "منة الله سمير: صحفية علمية ...", "عن
# الكاتبة: نادين الحكيم صحفية متخصصة ..."): the name, then a profession (more of them
# than ``_PROFESSIONS``: the name already tells a note) and the rest of the note.
_NAMED_BIO_RE = re.compile(
    r"^\s*(?:\*+\s*)?(?:عن\s+(?:ال)?كاتب(?:ة)?\s*[:：]\s*)?"
    r"([^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,4}?)\s*[:：،,]?\s+"
    f"(?:{_PROFESSIONS}|ناقد|ناقدة|مترجم|مترجمة|مدون|مدونة|مدوّن|مدوّنة|مصور|مصورة|مراسل|مراسلة|"
    r"محرر|محررة|مطور|مطورة)(?=[\s،,])\s*[،,]?\s*(\S+)"
)
_NAMED_BIO_HINT_RE = re.compile(f"(?:{_PROFESSIONS}|ناقد|مترجم|مدون|مدوّن|مصور|مراسل|محرر|مطور)")
_NAME_PARTICLES = frozenset(pkey(w) for w in "بن ابن بنت أبو ابو آل ولد عبد".split())


def _named_bios(doc, lines: list[Span]) -> dict[int, str]:
    """Notes on the author after the article's prose that open with the name of the
    writer the head of the article gives ("بقلم: رنا العلي", "رنا العلي" alone, "لندن:
    سلمى الراوي"): line index -> the name, for the note and, in a hard-wrapped text, the
    lines that go on its sentence. After the note come only short lines (handles,
    chrome, at most two of ten words or more); after the name come a profession and a
    nationality, another profession or a field (see :func:`_bio_line`)."""
    n = len(lines)
    head = [lines[k].text for k in range(min(n, 8)) if len(lines[k].text.split()) <= 12]
    out: dict[int, str] = {}
    sizes = [len(p.text.split()) for p in lines]
    first = next((k for k in range(n) if sizes[k] >= 10), n)
    # (scanned from the end: the lines after ``i`` hold no line of more than twenty
    # words and at most two of ten or more)
    last_long = max((k for k in range(n) if sizes[k] > 20), default=-1)
    tens = [k for k in range(n) if sizes[k] >= 10]
    start = max(first + 1, last_long, tens[-3] if len(tens) >= 3 else 0)
    for i in range(start, n):
        t = lines[i].text
        if len(t) > 400 or not _NAMED_BIO_HINT_RE.search(t):
            continue
        m = _NAMED_BIO_RE.match(t)
        if m is None:
            continue
        name = m.group(1)
        if any(
            is_function(w) or conjunction_led(w)
            for w in name.split()
            if pkey(w) not in _NAME_PARTICLES
        ):
            continue
        second = pkey(m.group(2).rstrip("،,."))
        nisba = second.endswith(("ي", "يه")) and not second.startswith("ال")
        if not (nisba or second[:1] == "و" or second in _BIO_SECOND):
            continue
        pat = re.compile(r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])")
        if any(pat.search(h) for h in head):
            out[i] = name
            k = i + 1
            while k < n and wrapped_after(doc, lines, k):
                out[k] = name
                k += 1
            break
    return out


def _short_name(t: str) -> bool:
    """Two to four words of letters, no function word, no conjunction opening them: a
    person's name as a line of its own may be (next to a note on the author)."""
    words = t.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[^\W\d_]{2,}", w) for w in words)
        and name_words(words)
    )


# A line of the page's markup: a JSON object ('{"@context": ...'), an HTML tag.
_MARKUP_LINE_RE = re.compile(r'^\s*(?:[{\[]\s*"|</?[A-Za-z][\w-]*[\s>/])')


def _comments_start(lines: list[Span], k: int) -> int:
    """The index of the comments' heading at or after line ``k``, or the line count."""
    return next((j for j in range(k, len(lines)) if comments_heading(lines[j].text)), len(lines))


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
        # (page chrome after it, a printed page's number: "3", or the page's markup: a
        # JSON-LD object, a tag; up to the comments' heading, after which the readers'
        # comments are no article text)
        and all(
            chrome_line(lines, j)
            or PAGE_NUMBER_RE.match(lines[j].text)
            or _MARKUP_LINE_RE.match(lines[j].text)
            for j in range(i + 1, _comments_start(lines, i + 1))
        )
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


# Labels that describe a work (a film, a series, a book) and never credit a page: beside
# them, "إخراج: ..." and "تصوير: ..." are the work's credits, content of its review.
_WORK_LABELS = frozenset(
    pkey(w)
    for w in (
        "بطولة",
        "تمثيل",
        "سيناريو",
        "سيناريو وحوار",
        "مدة العرض",
        "مدة الفيلم",
        "سنة الإنتاج",
        "الممثلون",
        "عدد الحلقات",
        "عدد الصفحات",
        "دار النشر",
    )
)


def _field_label(t: str) -> str | None:
    """The label of a "label: value" line (a field of a card), or None."""
    m = _FIELD_RE.match(t) if len(t) < 120 else None
    if not m or len(m.group(1).split()) > 3 or len(m.group(2).split()) > 12:
        return None
    if not any(ch.isalpha() for ch in m.group(1)):
        return None  # a clock time ("3:12 ..."), no label
    return pkey(m.group(1)) or None


_INLINE_LABEL_RE = re.compile(r"(?<=[.!؟?\"”»])\s*([^\s.!؟?:]{2,12}(?:\s[^\s.!؟?:]{2,12})?)\s*:\s*")
# The writer's role after the name and a spaced dash: "د. فلانة - استشارية طب الأسرة".
_ROLE_RE = re.compile(r"[^.!؟?\n\d|:]{2,50}")
_VALUE_STOP_RE = re.compile(r"\s+(?=[@#]|https?://|pic\.twitter|www\.)|$")


# A dateline's place and site, then a bar and the writer, a role or the date.
_DATELINE_ROW_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\|"
    r"\s*[^|\n.!؟?]{2,70}$"
)


def _dated(rest: str) -> bool:
    """The date after a byline's bar: " | 22 مارس 2024"."""
    head = before_bar_date(rest)
    return head is not None and not head.strip()


class BylineCaption(PhraseRule):
    """A byline, photo-caption or translator credit: "تصوير: ...", "كتب: ...", "(صورة: ...)".

    **What it does**
    Flags a line "LABEL: value" whose label is a credit label ("تصوير", "كتب", "بقلم",
    "إعداد", "ترجمة", "المصدر", "مصدر الصورة" ...) and whose value is a short name (at
    most six words, no sentence punctuation; the writer's role may follow after a
    spaced dash: "بقلم: د. فلان - أستاذ الهندسة المائية"), except a field of a data card (a block of
    "label: value" lines whose other lines hold at least two labels that are no credit
    labels, and at most as many credit labels: "المؤلف: ...", "ترجمة: ...", "الناشر:
    ..." describe a book, not the page); the same credit glued after the last
    sentence of a line ("... المراسم.تصوير: فلان"); and captions in parentheses
    ("(صورة: أرشيفية)", "(أرشيفية)", "(الصورة: رويترز)") or as a line of their own
    ("صورة أرشيفية", "مترو الأنفاق - أرشيفية", "ميناء جبل علي (أرشيفية)") or naming
    the photo and its source ("صورة أرشيفية لمسبار الأمل | المصدر: وام") or opening
    by saying what the picture is, with no full stop ("صورة: ...", "صورة من الفيديو:
    ...", "صورة أرشيفية لجلسة ...", "(صورة من المباراة - تصوير: فلان)", a gallery's
    caption under its rank, "الصورة 4 من 9: ..."; not a line of
    prose about a picture, "صورة قاتمة ترسمها الأرقام ...", or "جانب من ..." ending in a
    full stop), its source alone ("الصورة من Pexels"), or an archive mark with its source
    ("(أرشيفية: الإنترنت)"); a dateline credited to the desk ("الرياض - خاص", "بغداد –
    المحرر الاقتصادي", "إدلب - مراسل الموقع", "<site> – متابعات",
    "إربد - مندوب <paper>"; the date may follow after a bar: "<site> - خاص | الأحد 9
    مارس 2025"); in the head, the place and the site with the writer, a role or the date
    after a bar ("أبها - المدار | هند القحطاني @hind_qht", "دمشق - الفيحاء |
    2024-07-11"); a caption closed by the archive it comes from ("... - أرشيف قناة
    الواحة"); in the head of the
    article, under the headline, a place and the reporter after a colon, a slash or a
    dash, the site's name between dashes or not, a byline label or a second reporter
    after و ("الرياض: فلان العنزي", "البصرة / فلان فلان العيداني", "بغداد – <site> –
    فلانة الساعدي", "<site> – جدة: فلان الحربي", "طنطا – فلانة عبد الرحمن وفلان
    فلان": a name of two or three words,
    the last a family name in ال-...-ي; the reporter's role may follow after a dash,
    "- مراسلة الموقع في لندن") or the paper in guillemets ("الشارقة: «الخليج»"; or a
    name with a particle of lineage, "بسكرة: نور الدين بن عيسى", or opening with عبد,
    "مقديشو: عبد الرحمن حسن طاهر"), a writer's name with the role after a comma or a
    dash, in the head or on the last two lines ("فلانة الفلانية، محررة الشؤون المحلية",
    "فلان الفلاني - محرر الشؤون الاقتصادية", "فلان، مراسل <site> في مصراتة"), the
    writer's name alone under the headline with the text or its date under it (a first
    name and a family name in ال-...-ي, or with بن / عبد: "مريم الشامسي", "سعيد بن حمد
    المعمري", "كريم عبد الفتاح"), or a reporter's name and role with the account's handle
    ("... مراسل الشؤون الاجتماعية @handle"); a caption line closed by the picture's
    credit in parentheses, the archive or the source and photographer ("... (أرشيف
    "النهار")", "... (عنب بلدي/ محمد الأسعد)", "... (تصوير: المركز الإعلامي)"; not a
    reference with numbers, "(ص 3/
    البند 2)", or after a camera, "... 📷 <site>"; in brackets whole too) or opening with
    its label ("التعليق على الصورة، ...", "لقطة شاشة من ...", "رسم توضيحي: ..."); the starred
    note on the author closing an opinion piece ("* كاتب وباحث سياسي": no item of a
    starred list, no paragraph of prose after it), and the same note unstarred as the
    article's last line (only page chrome, markup or the readers' comments after it), a
    profession and then a nationality, another profession or a field ("صحفي ليبي مختص
    بشؤون الطاقة.", "الكاتب: باحث في الشؤون الاستراتيجية", "عن الكاتب: <name>، مهندس
    اتصالات ..."; not
    a sentence whose verb follows, "صحفي فلسطيني استشهد ..."); a note after the
    article's prose that opens with the name of the writer the head of the article
    gives ("بقلم: رنا العلي" ... "رنا العلي صحفية سورية مقيمة في برلين، تكتب عن ...",
    "* فلان: كاتب ومترجم ...", with only short lines after it), and then the writer's
    name alone in the head too; the writer's name on the line right above a note on the
    author ("نادين خوري" / "(روائية وناقدة لبنانية، صدرت لها ...)"; a note in brackets
    whole is one too; so is one under the label "الكاتب", "الكاتب أستاذ الاقتصاد ..."). A byline without a label ("كتب محمد
    السيد", "كتبت ...", "بقلم ...", "بواسطة ...") is flagged on the first two or last two
    lines, or in the head of the article (at most the headline above it among date
    lines, section labels, chrome and bylines). A post's meta line is flagged anywhere:
    an author after "بواسطة" / "by" and a date ("نشر في 14 سبتمبر 2023 بواسطة فلان",
    "بواسطة فلان | 29 فبراير 2024", "نشر بواسطة فلان في 9:40 ص"); so is a row of two
    or more credits between "|", "·", " / " or " — " ("إخراج: فلان | تصوير: فلان"), or
    of one credit beside the desk or site that signs it ("فريق التحرير | راجعه طبيا: د.
    فلان"), unless it is a field of a
    data card (a film's card: "سيناريو: ...", "بطولة: ...", "المدة: ..."; one label
    that only a work has, "بطولة" or "مدة العرض", is enough). A date or a
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
        if v[:1].isdigit():
            return False  # an amount or a count, no name: "الرسوم: 20 ريالا عمانيا."
        if len(ws) > 2 and ws[1] == "في":
            return False  # a title, no name: "عدسة: يوم في أزقة الحرفيين بفاس"
        if v.endswith((".", "!", "؟")) and (
            "، و" in v or any(is_function(strip_marks(w).strip(".،!؟")) and w != "علي" for w in ws)
        ):
            # a reply, no name: "المحرر: شكرًا لك.", "المحرر: رأي آخر، ويسعدنا نشره."
            return False
        # (a comma may join two names or a name and a role: "د. فلان، استشاري القلب")
        return 0 < len(ws) <= 6 and not has_sentence_punct(
            (v.replace(".", "", 1) if len(ws) > 1 else v).replace("،", " ", 1)
        )

    def named_with_role(self, value: str) -> bool:
        """A short name, or a short name and the writer's role after a spaced dash
        ("د. فلانة - استشارية طب الأسرة")."""
        if self.short_value(value):
            return True
        parts = SPACED_DASH_RE.split(value.strip(), maxsplit=1)
        return (
            len(parts) == 2
            and self.short_value(parts[0])
            and _ROLE_RE.fullmatch(parts[1]) is not None
            and len(parts[1].split()) <= 8
        )

    def credit_run(self, t: str) -> bool:
        """Credits in a row, between "|", "·", " / " or " — " ("إخراج: فلان | تصوير: فلان",
        "كتبته: فلانة · رسوم: فلان"): two or more, or one beside the desk or site that
        signs it ("فريق التحرير | راجعه طبيا: د. فلان", "فريق التحقق — مراجعة: فلانة")."""
        parts = [x for x in _CREDIT_SEP_RE.split(t) if x.strip()] if len(t) < 200 else []
        if len(parts) < 2:
            return False
        credits = other = 0
        for x in parts:
            m = _LABEL_LINE_RE.match(x)
            if m and pkey(m.group(1)) in self.phrases and self.short_value(m.group(2)):
                credits += 1
            elif (
                len(x.split()) <= 4
                and not has_sentence_punct(x)
                and not any(c.isdigit() for c in x)
            ):
                other += 1
            else:
                return False
        return credits >= 2 or (credits == 1 and other == 1)

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
        if other >= 2 and other >= len(labels) - other:
            return True
        # a film's or a book's card ("بطولة: ...", "مدة العرض: ..."), its lines one
        # under the other (not the byline above it, a blank line between)
        lo, hi = i, i + 1
        while lo > a and lines[lo].start - lines[lo - 1].end <= 1:
            lo -= 1
        while hi < b and lines[hi].start - lines[hi - 1].end <= 1:
            hi += 1
        return any(k != i and _field_label(lines[k].text) in _WORK_LABELS for k in range(lo, hi))

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        # the credits of a work the article is about, listed by it ("وجاءت أسرة الفيلم
        # على النحو الآتي:" / "إخراج: فلان" / prose), not of the article
        listed = inside_lists(doc)
        bios = _named_bios(doc, lines)
        bio_names = {pkey(name) for name in bios.values()}
        # the writer's name on the line right above the note on the author ("نادين خوري"
        # / "(روائية وناقدة لبنانية، ...)")
        named_notes = {
            i - 1 for i in range(2, n) if _short_name(lines[i - 1].text) and _author_note(lines, i)
        }
        for i, p in enumerate(lines):
            t = p.text
            if i in listed:
                continue
            if i in bios:
                yield line_finding(self, p, text, f"a note on the author: {quote(t)}")
                continue
            if i in named_notes:
                yield line_finding(self, p, text, f"a byline line: {quote(t)}")
                continue
            if i < 8 and bio_names and pkey(t) in bio_names and head_line(lines, i):
                # the writer's name alone in the head, the note on the author below
                yield line_finding(self, p, text, f"a byline line: {quote(t)}")
                continue
            m = _BARE_BYLINE_RE.match(t) if len(t) < 80 else None
            if (
                m
                and self.short_value(m.group(2).rstrip(":"))
                and (i <= 1 or i >= n - 2 or head_line(lines, i))
            ):
                yield line_finding(self, p, text, f"a byline line: {quote(t)}")
                continue
            if _post_meta(t):
                yield line_finding(
                    self, p, text, f"a post's meta line (author and date): {quote(t)}"
                )
                continue
            if (
                any(c in t for c in "|·/—")
                and ":" in t
                and self.credit_run(t)
                and not self.in_data_card(lines, i)
            ):
                yield line_finding(self, p, text, f"a line of credits: {quote(t)}")
                continue
            if (
                (
                    1 <= i <= 4
                    and len(t) < 90
                    and (PLACE_NAME_RE.match(t) or ("@" in t and _HANDLE_BYLINE_RE.match(t)))
                    and head_line(lines, i)
                )
                or (
                    len(t) < 90
                    and (i >= n - 2 or (1 <= i <= 6 and head_line(lines, i)))
                    and named_role(t)
                )
                or (
                    # the writer's name alone under the headline, the article's text or its
                    # date under it (not a name heading a reply in a column: "مساعد الزويهري"
                    # / "- شد حيلك")
                    1 <= i <= 6
                    and i + 1 < n
                    and name_alone(t)
                    and (len(lines[i + 1].text.split()) >= 10 or is_timestamp(lines[i + 1].text))
                    and head_line(lines, i)
                )
            ) and not (":" in t and _field_label(t) and self.in_data_card(lines, i)):
                # (a field of a card under the headline: "الاسم: ..." / "تاريخ الميلاد: ...")
                yield line_finding(self, p, text, f"a byline or credit line: {quote(t)}")
                continue
            core = t
            if "|" in t:
                # (the date after a bar: "... - خاص | الاثنين ...")
                head, _, date = t.rpartition("|")
                core = head if is_timestamp(date) else t
            if (
                1 <= i <= 6
                and len(t) < 100
                and "|" in t
                and _DATELINE_ROW_RE.match(t)
                and head_line(lines, i)
            ):
                # the place and the site, then the writer, a role or the date after a bar
                # ("أبها - المدار | هند القحطاني @hind_qht", "دمشق - الفيحاء | 2024-07-11")
                yield line_finding(self, p, text, f"a byline or credit line: {quote(t)}")
                continue
            if len(core) < 60 and PLACE_CREDIT_RE.match(core) and not self.in_data_card(lines, i):
                yield line_finding(self, p, text, f"a byline or credit line: {quote(t)}")
                continue
            if (
                (len(t) < 80 and len(t.split()) <= 8 and _CAPTION_LINE_RE.match(t))
                or (len(t) < 200 and _PHOTO_SOURCE_RE.match(t))
                or (
                    len(t.split()) <= 25
                    and PHOTO_LEAD_RE.match(t)
                    and not t.rstrip().endswith(".")
                    and not self.in_data_card(lines, i)
                )
            ):
                yield line_finding(self, p, text, f"a photo caption: {quote(t)}")
                continue
            head = t[:34]
            m = _LABEL_LINE_RE.match(t) if any(c in head for c in ":：/،-–—") else None
            if m and pkey(m.group(1)) in self.phrases:
                value = _VALUE_STOP_RE.split(m.group(2), maxsplit=1)[0]
                named = before_bar_date(value)
                if named and self.named_with_role(named):
                    value = named  # (the date after a bar: "بقلم: فلان | 22 مارس 2024")
                rest = m.group(2)[len(value) :]
                if self.named_with_role(value) and (
                    not rest.strip() or _links_only(rest) or _dated(rest)
                ):
                    if _field_label(t) and self.in_data_card(lines, i):
                        continue
                    yield line_finding(self, p, text, f"a byline or credit line: {quote(t)}")
                    continue
            if _author_note(lines, i):
                yield line_finding(self, p, text, f"a note on the author: {quote(t)}")
                continue
            if len(t) < 40 and _ARCHIVE_LINE_RE.match(t):
                yield line_finding(self, p, text, f"a photo caption: {quote(t)}")
                continue
            if (
                not t.rstrip().endswith(".")
                and credited_caption(t)
                and not self.in_data_card(lines, i)
            ):
                yield line_finding(self, p, text, f"a photo caption with its credit: {quote(t)}")
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
