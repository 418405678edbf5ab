"""Examples a text cites: text about writing quotes wrong forms on purpose.

An article on punctuation quotes a misplaced comma («كلمة ، كلمة»); an article on
machine translation quotes the broken output it explains («يمرر الكرة إلى. الجناح
الأيسر»، والصواب ...). The marks and words inside such a quotation are the article's
examples, not its own damage. Rules whose findings a text cites this way leave them
alone (``LeavesCitedExamples``).
"""

from __future__ import annotations

import bisect
import re

from tanqih.linter.arabic import WORD_RE, split_clitics, strip_marks
from tanqih.rules.word_frequencies import zipf

# Words about punctuation: a text with one may quote wrong marks as examples. (The
# comma named as a mark: "الفاصلة" alone is "decisive" too, "المباراة الفاصلة".)
_PUNCTUATION_TALK_RE = re.compile(
    "الترقيم|(?:علامة|علامات|وضع|موضع|بعد|قبل) (?:ال)?فاصلة|الفاصلة (?:المنقوطة|العربية"
    "|اللاتينية|المقلوبة)|[بو]الفاصلة|الفاصلتين|الفاصلات|علامة الاستفهام|علامة التعجب"
    "|النقطتين"
)
# A short quotation, an example of a few words («كلمة ، كلمة», «لماذا؟؟»).
_SHORT_QUOTE_RE = re.compile("«[^»\n]{1,40}»|“[^”\n]{1,40}”")

# Writing as a topic, in any paragraph: a machine's text (its translation, transcript or
# captions: "الترجمة الآلية", "النص الآلي", "شريط نصي آلي"; not "الصراف الآلي", "آلية"),
# punctuation or quote marks ("الترقيم", "علامات التنصيص"), or the errors of writing
# ("خطأ مطبعي", "أخطاء الكتابة"). (Not "الصواب" alone: "جانبه الصواب".)
WRITING_TALK_RE = re.compile(
    r"(?:ترجم\w*|نص|نصي|النص|تفريغ|التفريغ|تفريغه|شريط) (?:ال)?آلي(?:ة|ًا|اً|ا)?(?![\w])"
    r"|(?:مترجم|المترجم)\w* آليا|ترقيم|التنصيص"
    r"|(?:خطأ|أخطاء|الأخطاء) (?:ال)?(?:إملائي|مطبعي|طباعي|لغوي|كتابة|الكتابة|الإملاء|التحرير)"
)
# Quote marks as a topic ("علامات التنصيص", "علامة تنصيص"): a text on writing quotes
# sentences for their words, and its own marks around them are still checked.
QUOTE_MARK_TALK_RE = re.compile("تنصيص")
# A paragraph that shows an error: it gives the correct form or names what is wrong
# with the quoted sentence ("والصواب", "والصحيح", "النقطة", "مكررة", "دون مسافة"; not
# "خطأ" or "الصحيح" alone, which news writes of anything: "الطريق الصحيح").
_ERROR_TALK_RE = re.compile(
    "الصواب|والصحيح|فالصحيح|الصحيح:|نقطة|النقطة|مكرر|تكرار|التكرار|مسافة|التنصيص|علامتي"
)
# A quotation of a sentence or two.
_QUOTATION_RE = re.compile('«[^»\n]{1,200}»|“[^”\n]{1,200}”|"[^"\n]{1,200}"')


def talks_about(doc, talk: re.Pattern) -> bool:
    """Does the text name the topic ``talk`` matches anywhere (once per document)?"""
    return doc.memo(f"citations:{talk.pattern}", lambda d: bool(talk.search(d.text)))


def cited_example(doc, at: int, talk: re.Pattern = WRITING_TALK_RE) -> bool:
    """Does offset ``at`` fall inside an example the text cites?

    - a short quotation in a text that talks about punctuation ("... ومن الأخطاء «كلمة ،
      كلمة» ..." in an article on الترقيم): the mark there is an example, right or
      wrong;
    - a quotation, in a paragraph that talks about an error, of a text about writing
      (``talk``: "... حين كتب النظام: «يمرر الكرة إلى. الجناح الأيسر»، والصواب ..." in
      an article on automatic captions; "«الحكومه تناقش خطة جديدة». والخطأ هنا ..." in
      a column on headlines): the quotation shows the damage the text explains.
    """
    if talks_about(doc, _PUNCTUATION_TALK_RE) and doc.inside_match(at, _SHORT_QUOTE_RE):
        return True
    if not talks_about(doc, talk):
        return False
    p = doc.paragraph_at(at)
    return (
        p is not None
        and _ERROR_TALK_RE.search(p.text) is not None
        and doc.inside_match(at, _QUOTATION_RE)
    )


# Spelling as a topic: its rules (hamza, alef maqsura), an older orthography ("بلا
# همزة", "بالألف المقصورة", "إملاء تلك الحقبة", "بالرسم القديم"; not "إملاءات",
# dictates, nor "مسابقة الإملاء", a contest's news), or a text quoted with its errors
# or its own spelling ("ننقل نص الادعاء كما انتشر بأخطائه الإملائية", "أثبتنا
# المقتطفات بإملائها الأصلي", "... بهذا الرسم كما وردتا في الأصل", "رُويت الكلمة بأكثر
# من رسم").
_SPELLING_TALK_RE = re.compile(
    "الإملاء (?:القديم|الحديث)|بالإملاء|إملاء (?:تلك|ذلك|هذه|الحديث|القديم|عصر)"
    "|(?:بلا|دون|بغير|بدون) همزة"
    "|بهمزة|بالهمز|همزة (?:قطع|وصل|القطع|الوصل)|الألف المقصورة|الياء المتطرفة|الرسم القديم"
    "|بالرسم|بأخطائ(?:ه|ها|هم)|(?:ال)?أخطاء (?:ال)?إملائية|أخطائ(?:ه|ها) (?:ال)?إملائية"
    "|بإملائ(?:ه|ها|هم)|إملاء(?:ه|ها|هم) (?:ال)?أصلي|(?:بهذا|بذلك) الرسم|بأكثر من رسم"
)
# A quotation of a document, up to a long paragraph.
_DOCUMENT_QUOTE_RE = re.compile('«[^»\n]{1,500}»|“[^”\n]{1,500}”|"[^"\n]{1,500}"')


def spelling_quotations(doc) -> list[tuple[int, int]]:
    """The spans of the quotations of a text that talks about spelling ("... وتقول
    البرقية كما وردت: “الى حضرة رئيس تحرير جريدة الاهالى ...”" in an article on old
    orthography), in order; none in other texts. A quoted document keeps its own
    spelling: its words are no spelling of the text's."""

    def compute(d) -> list[tuple[int, int]]:
        if not _SPELLING_TALK_RE.search(d.text):
            return []
        return [m.span() for m in _DOCUMENT_QUOTE_RE.finditer(d.text)]

    return doc.memo("citations.spelling", compute)


def _hamzaless(text: str, enough: int = 2) -> bool:
    """Does ``text`` drop the hamza of its alefs: ``enough`` words or more that the word
    list knows better with one (الى / إلى، الايام / الأيام; the web drops many hamzas,
    so the margin is small)?"""
    found = set()
    for word in WORD_RE.findall(text):
        prefix, stem = split_clitics(bare := strip_marks(word))
        if stem[:1] == "ا" and len(stem) >= 3 and bare not in found:
            # (the whole word: "كانت" is no ك + انت)
            if max(zipf(prefix + h + stem[1:]) for h in "أإ") >= zipf(bare) + 0.3:
                found.add(bare)
                if len(found) >= enough:
                    return True
    return False


def hamzaless_quotations(doc) -> list[tuple[int, int]]:
    """The spans of the quotations, in order, written without a hamza on any alef, as old
    prints, manuscripts and telegrams are ("وخرج الناس الى الصحراء لصلوة الاستسقاء ..."),
    in a text that writes its own hamzas: no أ or إ in them and two words or more that
    drop one (``_hamzaless``), none outside them. A quoted old print keeps its own
    spelling; a text that drops hamzas in its own sentences too has no other spelling in
    its quotations."""

    def compute(d) -> list[tuple[int, int]]:
        text = d.text
        quotes = list(_DOCUMENT_QUOTE_RE.finditer(text))
        # (old prints keep the madda, "رفيق آنس", so آ does not count)
        spans = [
            m.span()
            for m in quotes
            if "أ" not in m.group() and "إ" not in m.group() and _hamzaless(m.group())
        ]
        if spans:
            bounds = [0, *(x for m in quotes for x in m.span()), len(text)]
            prose = " ".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
            if _hamzaless(prose, 1):
                return []
        return spans

    return doc.memo("citations.hamzaless", compute)


def kept_spellings(doc) -> list[tuple[int, int]]:
    """The spans, in order and joined where they overlap, of the quotations that keep
    their own spelling: the documents a text about spelling quotes
    (``spelling_quotations``) and the quotations written without hamzas
    (``hamzaless_quotations``). The spelling rules neither count nor correct them."""

    def compute(d) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for a, b in sorted(spelling_quotations(d) + hamzaless_quotations(d)):
            if out and a < out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    return doc.memo("citations.kept", compute)


def outside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is offset ``at`` outside every span of ``spans`` (in order, not overlapping)?"""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i < 0 or at >= spans[i][1]


class LeavesCitedExamples:
    """For a rule: its findings (``_check``) less those inside an example the text
    cites (``cited_example``, in a text whose topic ``citing`` names)."""

    citing: re.Pattern = WRITING_TALK_RE

    def check(self, doc):
        for f in self._check(doc):
            if not cited_example(doc, f.start, self.citing):
                yield f
