"""BLP007: a wire-agency code, credit or byline-dateline ("(واس)", "- سبق-", "– عين
اليوم").
"""

from __future__ import annotations

import re

from tanqih.linter.analysis import Span
from tanqih.linter.arabic import strip_marks
from tanqih.linter.findings import Edit
from tanqih.rules.boilerplate.byline_shapes import (
    _CAPTION_LINE_RE,
    _DASH_SPLIT_RE,
    PLACE_CREDIT_RE,
    PLACE_NAME_RE,
    letterhead,
    named_role,
)
from tanqih.rules.boilerplate.chrome import head_line, inside_lists
from tanqih.rules.boilerplate.datelines import END_TAIL_RE, MONTHS, SPACED_DASH_RE, stamp
from tanqih.rules.phrases import (
    PHRASE_OPTIONS,
    PhraseRule,
    byline_labels,
    content_lines,
    delete_span,
    has_sentence_punct,
    line_finding,
    pkey,
    quote,
    strip_span,
    wrapped_after,
)
from tanqih.rules.sentence_shapes import conjunction_led, is_function

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
    r"^\s*([^\n()«»\-–—:.ـ]{2,40}?)\s*([:\-–—ـ]?)\s*[(«]\s*([^()«»]{1,25})\s*[)»]\s*([-–—:ـ]?)\s*(?=\S)"
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


def _place_words(head: str) -> int:
    """The words of a dateline's head that are not its date ("عمان 15 نيسان": one)."""
    return sum(
        1
        for w in head.replace("،", " ").replace("/", " ").split()
        if not _DATE_WORDS_RE.fullmatch(w) and pkey(w) not in MONTHS
    )


def _story(body: str) -> bool:
    """Prose after a dateline: twelve words or more, no "|" and few digits (not a
    widget's row, "مواقيت الصلاة - الرباط: الفجر 06:18 | الظهر 12:28 ...")."""
    return (
        len(body.split()) >= 12
        and "|" not in body
        and sum(c.isdigit() for c in body) * 20 < len(body)
    )


def _story_opening(body: str) -> bool:
    """Prose after a dateline: a story (:func:`_story`), or a short one, five words or
    more closed like a sentence (not a headline's subtitle, "درس خالد في سرعة
    التطوير", nor a row between bars)."""
    if _story(body):
        return True
    body = body.rstrip()
    return (
        len(body.split()) >= 5 and body.endswith((".", "!", "؟", "?", "”", '"')) and "|" not in body
    )


# The wire code closing a story: "-- (بترا) م ع/ س ج" (the agency and editors' initials;
# "(النهاية)", the end, in place of the agency), "وام/هـ ع/س ح" (the agency and a slash).
_WIRE_CODE_RE = re.compile(
    r"^[\s\-–—_]*\(\s*([^()]{1,25}?)\s*\)((?:[\s/]*[^\W\d_]{1,2}(?=[\s/]|$))+)[\s/]*$"
)
_SLASH_CODE_RE = re.compile(
    r"^[\s\-–—_/]*([^\W\d_]{2,12})\s*/((?:[\s/]*[^\W\d_]{1,2}(?=[\s/]|$))+)[\s/]*$"
)
# The agency between slashes and the editors' initials after the last sentence: "...
# البعيد. /سنا/ خ ع / ر م".
_SLASH_TAIL_RE = re.compile(
    r"(?<=[.!؟?])\s*/\s*([^/\n]{2,12}?)\s*/(?:\s*/?\s*[^\W\d_]{1,2}(?=[\s/]|$))+\s*$"
)
# A dateline with the agency between slashes: "مسقط في 21 مايو /سنا/ - ...".
_SLASHED_AGENCY_LEAD_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+في)?\s+[\d٠-٩]{1,2}\s+[^\W\d_]+(?:\s+[\d٠-٩]{4})?"
    r"\s*/\s*([^/\n]{2,15}?)\s*/\s*[-–—]?\s*(?=\S)"
)
_END_MARKS = frozenset(pkey(w) for w in ("النهاية", "انتهى", "end"))
# A dateline on a line of its own: a place, a date (Hijri and Gregorian) and the agency
# ("بريدة 18 صفر 1446 هـ الموافق 23 أغسطس 2024 م واس").
_PLACE_DATE_AGENCY_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*،?\s+(?=[\d٠-٩])(.{6,80})$")
# KUNA's dateline: a place, the day and month between dashes, the agency ("الكويت - 7 -
# 10 (كونا) -- ...").
_DAY_MONTH_LEAD_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:-\s*)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?"
    r"\s*\(\s*([^()]{1,25})\s*\)\s*([-–—]*)\s*(?=\S)"
)
# The initials of the story's editors closing it: "(ع.ق/ م.ن)", "(ع.ح)".
_INITIALS_CODE_RE = re.compile(
    r"^\s*\(\s*[^\W\d_]\.[^\W\d_](?:\.[^\W\d_])*(?:\s*/\s*[^\W\d_]\.[^\W\d_](?:\.[^\W\d_])*)*\s*\)\s*$"
    # (or without brackets, two editors' initials and a slash: "ك.د/ع.م")
    r"|^\s*[^\W\d_]\.[^\W\d_](?:\.[^\W\d_])*\s*/\s*[^\W\d_]\.[^\W\d_](?:\.[^\W\d_])*\s*$"
    # (or groups of an editor's letters between slashes, no brackets: "ص ع/ م ن/ هـ ر")
    r"|^\s*[^\W\d_]{1,2}\s[^\W\d_]{1,2}(?:\s*/\s*[^\W\d_]{1,2}\s[^\W\d_]{1,2}){1,3}\s*$"
    # (or two initials with a space after each dot: "(ك. ب.)")
    r"|^\s*\(\s*[^\W\d_]\.\s[^\W\d_]\.?\s*\)\s*$"
    # (or single letters with spaces and a slash: "(ر ش/ه س)")
    r"|^\s*\(\s*[^\W\d_](?:\s[^\W\d_]){1,2}\s*/\s*[^\W\d_](?:\s[^\W\d_]){1,2}\s*\)\s*$"
)
# The story's credits in brackets under it: "(إعداد فلان للنشرة العربية - تحرير فلان)".
_CREDITS_IN_BRACKETS_RE = re.compile(
    r"^\s*\(\s*(?:إعداد|اعداد|تغطية|كتابة|ترجمة)\s+[^()\n]{2,60}?\s+[-–—]\s*(?:تحرير|مراجعة)\s+"
    r"[^()\n]{2,40}\)\s*$"
)
# The agency's name written out right before its code: "... ووكالة الأنباء السعودية
# (واس)." glosses the name, it credits nothing.
_GLOSSED_RE = re.compile(r"وكال[ةه](?:\s+[^\s.!؟?]+){1,4}\s*$")
# The end mark on a line of its own with the story's number and the editors' initials.
_END_CODE_LINE_RE = re.compile(
    r"^\s*\(?\s*انتهى\s*\)?\s*[/\-–]\s*[\d٠-٩]{0,4}\s*(?:[^\W\d_]\.?\s?){1,4}(?:/\s*(?:[^\W\d_]\.?\s?){1,4})?\s*$"
)
# An agency's code of dotted initials: "ر.ن.ع", "ق. ن. أ".
_DOTTED_CODE_RE = re.compile(r"[^\W\d_](?:\.\s?[^\W\d_]){1,4}\.?")
# A site's or a place's name and a slash or a dash on a line of its own in the head
# ("شفق نيوز/", "مقديشو -": the dateline cut from the paragraph it opened).
_SLASH_LINE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[/\-–—]\s*$")


def _verb_word(word: str) -> bool:
    """A verb of two or more doers in a segment of three words or more ("تتبادلان",
    "يواصلون"): a credit names people, papers and places, a subheading says what
    happened. (Names and places may look like singular verbs: عين، يوسف، سبق.)"""
    w = strip_marks(word)
    return len(w) >= 6 and w[0] in "يتن" and w.endswith(("ان", "ون", "ين"))


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
    the date), unless a segment of three words or more holds a verb of two or more doers
    (a subheading: "غزة – الطرفان يتبادلان الاتهامات") or it is an item of a list (a run
    of three or more lines with the same number of dash-separated segments, or lines after
    one ending in ":": fixtures "نهضة بركان – الرجاء الرياضي", routes "الدوحة – ألماتي")
    or a caption ("... - أرشيفية", BLP008's); the byline-dateline opening a
    paragraph ("أحمد الزهراني- سبق- مكة المكرمة:", "الرياض - واس:",
    "بيروت (رويترز) -", "دبي، 3 يونيو (رويترز) -", "عمان - بترا -", a place of one or two words and a site's name of one to three
    between dashes opening the story's first paragraph under the headline and the page's
    furniture, with no function word among them ("عمان – الغد – ارتفع ...", not
    "الحكومة – كما قال الوزير – ستعمل ..."; the paragraph must read as prose, twelve
    words or more, not a widget's row with "|" and figures), a paper's name in
    guillemets after a place and a dash: "القاهرة ـ «القدس العربي»:", a name of one to
    three words and a slash opening the first paragraph of a story: "شفق نيوز/ ..."); a
    line of a site's name with "+ وكالات"; an agency's code after a slash ("وام/هـ ع/س ح")
    or an end mark with the editors' initials ("(النهاية) ف ع ن / ر ج ب"); a dateline on
    a line of its own with a place and the agency after a slash ("أنقرة/ الأناضول"),
    or with its dates and the agency at the end ("بريدة 18 صفر 1446 هـ
    الموافق 23 أغسطس 2024 م واس") or the day and month between dashes ("الكويت - 7 - 10
    (كونا) -- ...", "نابلس 14-10-2025 (أرض) -"); a place and a site's name in brackets
    and a dash opening the story under the headline ("نواكشوط (شنقيط الآن) – ..."), or
    an agency's code of dotted initials after a place and a date ("الموصل 4 آذار
    (و.ن.ش) - ..."), and the agency's name with that code at an edge ("وكالة أنباء
    الشمال - و.ن.ش"); the end mark and the editors' initials after the last sentence
    ("... الموسم. (انتهى) س.ع/م.ر"), or on a line of its own with the story's number
    ("انتهى/٢٩ ع.ح"); an agency no list knows between slashes, then the editors'
    initials ("/لبان/ ع م س / ه ش"), or two editors' dotted initials alone at an edge
    ("س.ع/م.ر"); the
    editors' initials on a line or after the last sentence ("(ع.ق/ م.ن)", "(ر ش/ه س)", "(ك.
    ب.)", "ص ع/ م ن/ هـ ر" at an edge, "... /سنا/ خ ع / ر م"); the story's credits in brackets ("(إعداد فلان للنشرة
    العربية - تحرير فلان)"); a dateline with the agency between slashes ("مسقط في 21 مايو /سنا/ - ..."; a
    place and a dash alone, "عمان - ...", is the article's own dateline and is left
    alone); a site's or place's name
    and a slash or a dash alone on a line in the head ("شفق نيوز/", "مقديشو -"); and a
    credit closing a paragraph ("... الأمن.
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
            conjunction_led(strip_marks(words[0]))
            or any(pkey(w) in _REPORTING_HEAD or is_function(strip_marks(w)) for w in words)
        ):
            # a sentence naming its source ("ونقلت وكالة (سانا) عن ..."), or a headline
            # ("من «أ ف ب» إلى «واس»: ...")
            return False
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

    def credit_line(self, t: str, edge: bool, listed: bool = False, closing: bool = False) -> bool:
        """Is the line ``t`` a credit: an agency, a byline or a dateline (``edge``: at the
        head or the end of the article; ``listed``: an item of a list; ``closing``: one
        of its last two lines)?"""
        if edge and "." in t and len(t) <= 60:
            # the agency's name and its code at the top ("وكالة أنباء الرافدين - ر.ن.ع")
            parts = SPACED_DASH_RE.split(t.strip())
            if (
                len(parts) == 2
                and _DOTTED_CODE_RE.fullmatch(parts[1])
                and 1 <= len(parts[0].split()) <= 4
                and not has_sentence_punct(parts[0])
                and not any(c.isdigit() for c in parts[0])
            ):
                return True
        if "(" in t[:12]:
            m = _WIRE_CODE_RE.match(t)
            if m and (self.is_agency(m.group(1)) or pkey(m.group(1)) in _END_MARKS):
                return True
        if (t.lstrip().startswith("(") or (edge and len(t) <= 16)) and _INITIALS_CODE_RE.match(t):
            return True  # the editors' initials closing the story
        if t.lstrip().startswith("(") and len(t) <= 120 and _CREDITS_IN_BRACKETS_RE.match(t):
            return True  # "(إعداد فلان للنشرة العربية - تحرير فلان)"
        if "/" in t[:16]:
            m = _SLASH_CODE_RE.match(t)
            # (an agency no list knows between slashes, then the editors' initials: "/لبان/
            # ع م س / ه ش")
            if m and (self.is_agency(m.group(1)) or t.lstrip()[:1] == "/"):
                return True
        if edge and "/" in t and len(t) <= 50 and t.count("/") == 1:
            # a place and the agency after a slash, a line of its own ("أنقرة/ الأناضول")
            place, agency = t.split("/")
            if self.is_agency(agency) and self._place_and_date(place) and place.strip():
                return True
        if t.lstrip()[:5] in ("انتهى", "(انته") and _END_CODE_LINE_RE.match(t):
            return True  # "انتهى/٢٩ ع.ح": the end mark, the story's number and initials
        if len(t) <= 80 and t.rstrip()[-1:].isalpha() and any(c.isdigit() for c in t[:40]):
            m = _PLACE_DATE_AGENCY_RE.match(t)
            words = m.group(1).replace("(", " ").replace(")", " ").split() if m else []
            for k in (1, 2, 3):  # the agency's words at the end, the date before them
                if len(words) > k and self.is_agency(" ".join(words[-k:])):
                    if stamp(" ".join(words[:-k])):
                        return True
        s = t.strip().strip("()[]")
        if not s or len(s) > 70 or len(s.split()) > 8:
            return False
        if self.is_agency(s):
            return not listed  # "رويترز" as an item of a ranking the article gives
        segs = self.dash_segments(s)
        # An item of a list is content, whatever names its segments hold; a caption
        # ("مترو الأنفاق - أرشيفية") and a dateline credited to the desk ("إدلب - مراسل
        # الموقع") are BLP008's.
        if (
            segs is None
            or listed
            or _CAPTION_LINE_RE.match(t)
            or PLACE_CREDIT_RE.match(t)
            or PLACE_NAME_RE.match(t)  # ("دبي – فلان الفلاني": BLP008's byline)
            or named_role(t)  # ("فلان - محرر الشؤون الاقتصادية": BLP008's byline)
            or "محفوظة" in t  # ("<site> - جميع الحقوق محفوظة": BLP001's copyright line)
            or (letterhead(segs) and not closing)
            # ("دائرة صحة بابل - قسم العقود" heading a notice; closing a press release,
            # "بلدية الرياض - إدارة العلاقات العامة" is its sender's credit)
        ):
            return False
        if any(self.is_agency(x) for x in segs):
            return True
        if any(len(x.split()) >= 3 and any(map(_verb_word, x.split())) for x in segs):
            return False  # a subheading with its verb: "غزة – حماس وإسرائيل تتبادلان ..."
        if any(w.startswith("لل") and len(w) > 4 for w in s.split()):
            # a name, a place or a paper takes no "for the": a heading ("كأس السوبر
            # للأندية - المباراة النهائية"); an agency's ("... للإعلام") is known above
            return False
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
            if self.credit_line(t, edge, i in listed, closing=i >= n - 2):
                yield line_finding(
                    self, p, text, f"a credit line (agency, byline or dateline): {quote(t)}"
                )
                continue
            if 1 <= i <= 4 and _SLASH_LINE_RE.match(t) and head_line(lines, i):
                yield line_finding(
                    self, p, text, f"a credit line (the site's dateline): {quote(t)}"
                )
                continue
            # A byline-dateline opening the paragraph (with the rest of the paragraph when
            # the text is hard-wrapped: the line holds a few words of the story).
            whole_t = t
            if i + 1 < n and wrapped_after(doc, lines, i + 1):
                whole_t = f"{t} {lines[i + 1].text}"
            lead = None
            m = _LEAD_RE.match(t) if ":" in t[:80] else None
            if m:
                segs = [x for x in _DASH_SPLIT_RE.split(m.group(1)) if x.strip()]
                agency = any(self.is_agency(x) for x in segs)
                # Without a known agency, only the opening of the article's first paragraph
                # (a headline "ترامب - بايدن: مناظرة" is short, a story is not).
                body = whole_t[m.end() :].rstrip()
                story = _story_opening(body)
                if self.segments_ok(segs) and (
                    agency or (story and (i <= 1 or (i <= 6 and head_line(lines, i))))
                ):
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
                        # (the story after it, not a headline's subtitle: "زاوية الشطرنج
                        # - «مباراة الأوبرا»: درس خالد في سرعة التطوير")
                        and _story_opening(whole_t[m.end() :])
                    )
                    # Without a known agency: a place, the site's name in brackets and a
                    # dash opening the story under the headline ("نواكشوط (شنقيط الآن) –").
                    unknown = (
                        m.group(4)
                        and m.group(4) in "-–—ـ"
                        and _place_words(m.group(1)) <= 2
                        and len(m.group(3).split()) <= 3
                        and not any(is_function(w) for w in pkey(m.group(3)).split())
                        and _story(whole_t[m.end() :])
                        and (i <= 1 or (i <= 4 and head_line(lines, i)))
                    )
                    # An agency's dotted initials after a place and a date, then a dash
                    # ("بغداد 15 آب (ر.ن.ع) - ..."): the shape of an agency's code.
                    coded = (
                        m.group(4)
                        and m.group(4) in "-–—"
                        and _DOTTED_CODE_RE.fullmatch(m.group(3))
                        and _story(whole_t[m.end() :])
                    )
                    if self.is_agency(m.group(3)) or named or unknown or coded:
                        lead = m
            if lead is None and i <= 3 and any(c in t[:50] for c in "-–—"):
                m = _DASH_LEAD_RE.match(t)
                if m and len(m.group(1).split()) <= 3:
                    if (i <= 1 and self.is_agency(m.group(2))) or (
                        # Without a known agency ("عمان – الغد – ارتفع ..."): a place of
                        # one or two words and a name of one to three, no function word
                        # (not "الحكومة – كما قال الوزير – ستعمل"), opening the story's
                        # first paragraph (under the headline and the page's furniture).
                        len(m.group(1).split()) <= 2
                        and self.segments_ok([m.group(1), m.group(2)], 3)
                        and not any(is_function(w) for w in pkey(m.group(0)).split())
                        and _story(whole_t[m.end() :])
                        and head_line(lines, i)
                    ):
                        lead = m
            if lead is None and i <= 4 and "/" in t[:50]:
                m = _SLASHED_AGENCY_LEAD_RE.match(t)
                if (
                    m
                    and (self.is_agency(m.group(1)) or head_line(lines, i))
                    and _story(whole_t[m.end() :])
                ):
                    lead = m
            if lead is None and i <= 6 and "(" in t[:30]:
                m = _DAY_MONTH_LEAD_RE.match(t)
                if m and (
                    self.is_agency(m.group(1))
                    or (
                        m.group(2)
                        and len(m.group(1).split()) <= 3
                        and _story(whole_t[m.end() :])
                        and head_line(lines, i)
                    )
                ):
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
                and (
                    self.is_agency(m.group(1))
                    or (  # the editors' initials after the last sentence: "... الجبلية. (ع.ح)"
                        _INITIALS_CODE_RE.match(f"({m.group(1)})")
                        and t[: off + m.start()].rstrip().endswith(".")
                    )
                )
                and not t[: off + m.start()].rstrip().endswith((":", "："))
                and not _GLOSSED_RE.search(t, max(0, off + m.start() - 60), off + m.start())
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
            if tail is None and "/" in w:
                tail = _SLASH_TAIL_RE.search(w)  # "... البعيد. /سنا/ خ ع / ر م"
            if tail is None and "(" in w:
                tail = END_TAIL_RE.search(w)  # "... الرطبة. (انتهى) ع.م/ح.ص"
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
