"""FRG001 stray-fragment: a one-to-three-word "sentence" left over after a complete one.

The rule and the tests that tell a fragment from a real short sentence: a beat of a
narrative told in short sentences, an item that continues a list, a word echoed from the
sentence before, a quote mark without a partner.
"""

from __future__ import annotations

import re
from collections import Counter

from tanqih.linter.arabic import LETTERS, MARKS, TATWEEL, hamza_key, has_tanween, strip_marks
from tanqih.linter.findings import Edit
from tanqih.linter.quotemarks import CUE_LINE_RE
from tanqih.linter.registry import Option, Rule
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.fragments.complement_words import (
    NEEDS_COMPLEMENT,
    pair_after_bayna,
)
from tanqih.rules.fragments.copulas import forms
from tanqih.rules.fragments.document_words import (
    ALL_Q,
    CLOSE_Q,
    HSPACE,
    OPEN_Q,
    STRAIGHT_Q,
    addresses_reader,
    noun_uses,
    paragraph_of,
    staccato,
)
from tanqih.rules.fragments.phrase_words import (
    ANNOUNCED_BY,
    PERSON_ENDINGS,
    adjective_after,
    without_conjunction,
)
from tanqih.rules.fragments.set_phrases import set_phrase
from tanqih.rules.fragments.verb_complements import (
    REPORTING,
    SAYING_PRESENT,
)
from tanqih.rules.phrases import (
    WRAP_WIDTH,
    curly_quotation_open,
    hard_wrapped,
    inside_quotation,
    load_phrases,
    pkey,
)
from tanqih.rules.word_frequencies import large_zipf, zipf

_NEGATIONS = shapes.NEGATIONS | {"ما"}
# Words of emphasis with their pronoun, said alone after a sentence to stress who it
# spoke of ("... لا يسمع إلا الديك. وحده.", "... رسموا الشيء نفسه. كلهم."): a beat of
# a feature, not debris.
_EMPHASIS_BEATS = {
    hamza_key(w + p)
    for w in ("وحد", "كل", "جميع")
    for p in ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم")
    if w + p != "كلي"  # (كلي: whole, an adjective)
}
# "ليس" needs its predicate: "غربية ليست." is cut.
_NEGATED_COPULAS = forms("ليس", "he she they")
# Copulas whose subject must agree with a feminine verb, or is in the verb ("we", "they",
# "I"): after them a lone indefinite word is their predicate, which then takes the
# accusative (كانت تمديدا), or their subject, which then agrees (كانت حرب).
# (Looked up without the و / ف before them.)
_FEMININE_COPULAS = forms("كان أصبح صار بات ظل أضحى أمسى", "she")
_PERSON_COPULAS = (
    forms("كان", "they we i you") | forms("أصبح", "they we i") | forms("صار بات ظل", "they we")
)
# Endings of a word that may be a copula's predicate or subject as it is written: the
# accusative's alif, -ة, -ى, the plurals and duals, a pronoun.
_PREDICATE_ENDINGS = ("ا", "ى", "ة", "ات", "ين", "ون", "ان", "ه", "ها", "هم", "هن", "كم", "نا")


def _fragment_core(text: str) -> tuple[str, str] | None:
    """Split a candidate 'sentence' into (words part, closing part) or None.

    The words part holds only Arabic words and spaces; the closing part is one full
    stop with the closing quote marks written after it or before it ("حدث.”",
    "حدث”."), given as the full stop first: ``closing[1:]`` are the marks.
    """
    m = _FRAGMENT_RE.fullmatch(text)
    if not m:
        return None
    return m.group(1), "." + m.group(2) + m.group(3)


_FRAGMENT_RE = re.compile(
    f"([{LETTERS}{MARKS}{TATWEEL}{HSPACE}]+?)([{CLOSE_Q}{STRAIGHT_Q}]*)\\."
    f"([{CLOSE_Q}{STRAIGHT_Q}]*)"
)


# Adverbs that modify a clause and never stand alone after a full sentence ("... أسواق
# جديدة. أيضًا."; "وأنا أيضا." is a sentence), and a distributive referring back ("كل
# منها."). ("جدا." may stress a short sentence in a column, "الوضع خطير. جدا."; a phrase
# of manner may be a comment: "بصورة مؤقتة.")
_LONE_ADVERBS = {shapes.key(w) for w in "أيضا للغاية".split()}
_EACH_OF = {shapes.key(w) for w in "منها منهم منهما منهن".split()}
# Words that close a text by custom, without a full stop ("والسلام", "شكرا").
_CLOSING_FORMULAS = {shapes.key(w) for w in "والسلام السلام شكرا وشكرا انتهى".split()}


_NUMBER_RE = re.compile(r"\d+(?:[.,٫]\d+)*")


def _length(sentence: str) -> int:
    """The words of a sentence, its numbers counted ("... رصيده إلى 14 نقطة")."""
    return len(shapes.words(sentence)) + len(_NUMBER_RE.findall(sentence))


# A line of a transcript or a chat log: a speaker's label of one to five words, after a
# time if any, then a colon ("كمال: الختم عندي.", "21:03 - سارة: تمام.", "[10:32 م]
# أحمد: وصلت.", "السطر 4122 — القائدة رنا: لا.").
_TRANSCRIPT_WORDS = 16  # (a chat message or a line of dialogue, its label counted)
_LABEL_LINE_RE = re.compile(
    r"[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[صمAaPp][Mm]?)?[\])]?[ \t]*[-–—]?[ \t]*)?"
    r"([^\s:،.؟!«“\"\-–—•*]+)(?:[ \t][^\s:،.؟!«“\"]+){0,4}[ \t]*:[ \t]"
)


# A line opening with an item's number: "10. ", "3- ", "(4) ", a list's entry when it
# is short (a title, its author, a note).
_ITEM_WORDS = 20
_ITEM_LINE_RE = re.compile(r"[ \t]*(?:\d{1,3}[.\-–)]|\(\d{1,3}\))[ \t]")


def _label_line(line: str, pos: int = 0) -> bool:
    """Does a speaker's label open the line at ``pos`` (not a list's item, "- في نظر
    التاريخ: ...", whose label opens with a bullet or a preposition)?"""
    m = _LABEL_LINE_RE.match(line, pos)
    return m is not None and not shapes.is_function(strip_marks(m.group(1)))


def _transcript_line(text: str, at: int) -> bool:
    """Is offset ``at`` on a line of a transcript: a speaker's short line ("كمال: الختم
    عندي. غدا.") next to another in the same block ("21:04 - سارة: تمام.")? What a
    speaker says is speech, in sentences as short as the speaker's. (Not an interview's
    answer, a paragraph of its own: "ج: التحديات موجودة، لكنها أقل ...".)"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _label_line(text, start):
        return False
    if len(text[start : end if end != -1 else len(text)].split()) > _TRANSCRIPT_WORDS:
        return False
    # (a stage direction in brackets between two lines is passed over: "(صمت.)")
    prev_end = start - 1
    while prev_end > 0:
        before = text.rfind("\n", 0, prev_end) + 1
        if not CUE_LINE_RE.fullmatch(text, before, prev_end):
            break
        prev_end = before - 1
    while end != -1:
        nxt = text.find("\n", end + 1)
        if not CUE_LINE_RE.fullmatch(text, end + 1, nxt if nxt != -1 else len(text)):
            break
        end = nxt
    return (prev_end > 0 and _label_line(text[before:prev_end])) or (
        end != -1 and _label_line(text, end + 1)
    )


def _wire_credit(words: str) -> bool:
    """Is the fragment the name of a wire agency (the built-in list of BLP007, which
    reports a credit closing a paragraph)?"""
    return pkey(words) in load_phrases("agencies.txt")


# The names of the Latin letters as Arabic spells them: a foreign name's initials ("جي.
# دي. فانس", "إتش. جي. ويلز").
_LETTER_NAMES = frozenset(
    "إيه ايه بي سي دي إي اي إف اف جي جيه إتش اتش آي جاي كيه كي إل ام إم إن أو كيو آر ار "
    "إس اس تي يو في دبليو إكس اكس واي زد زي".split()
)


class StrayFragment(Rule):
    """A one-to-three-word "sentence" left over after a complete sentence ("بلد.").

    **What it does**
    Flags a short sentence of one to three Arabic words that ends a paragraph right
    after a complete sentence (or a single word between two sentences of a paragraph:
    "... مناطق النزاع. عائلة. وحضر ..."), when it has none of the marks of a real
    sentence: it opens with no conjunction (و، ف), carries no function word (pronoun,
    demonstrative, particle, preposition, negation: "هذا لم يحدث.", "أعتقد خلاف
    ذلك."), no adverbial tanween on its first word ("تماماً."), and is not an initial
    or abbreviation ("العميد ي.", "د.", "م."). The sentence before it must be a full
    one (at least ``min-preceding-words`` words, its numbers counted, closed by one
    full stop). A word that is an adjective of the last word before the full stop
    ("... القطاع المصرفي. الخليجي.") and, inside a paragraph, a word led by و / ف or a
    particle ("... الجوية. ولم. يتمكن ...") belong to a sentence the full stop split:
    FRG002 reports them and joins them back (deleting them would lose or reverse the
    meaning).

    One word alone is no sentence and is flagged, unless it is a verb that holds its own
    subject ("سنرى.", "انتصرنا.", "لننتظر.", an imperative: "انتظر."; one of the shapes
    افتعل / انفعل / استفعل, which is the past of the third person too, closes a
    paragraph only in a text that speaks to its reader (أنت، عليكم، يا، a noun with
    "your": هاتفك): "استمع.", not "... في سوريا. استهدف."; in such a text any word of
    an imperative's shape is one, "تأمل.", "اجتهد."; inside a paragraph also a beat of
    a run told in short sentences: "سجل. ثم جلس يبكي.", "صبرت. ونجحت ...", "فكر.
    وستجد ...", "تخيط. تقص. تطرز.", a word the next sentence names, "الانتماء. هذا ما
    ...", or one it picks up again, "نجحنا. نجحنا رغم ..."), the reveal of what the
    sentence before announced ("وأعلن القرار. براءة."), a past verb that takes no
    object telling the next beat of a story (a closed list: "... ورفع ذراعيه. وصل.",
    "... مد يده مصافحا. استسلم.", "رحل.", "انتهى."), a word that answers or
    closes ("نعم.", "إلخ.", "آمين.") or a stance adverb or verdict commenting on the sentence before
    ("للأسف.", "حتما.", "صحيح.", "كالعادة.", "مسبقا.", "رائع.", "مؤسف."; closed lists,
    and adverbs made from a nisba: "رسميا.", "حصريا.", not a country: "تركيا."); "أيضًا." and "للغاية." alone
    after a full sentence, and "كل منها." (each of them), are flagged: they only modify
    or refer to the sentence before ("وأنا أيضا." is a sentence); a particle or a
    preposition with a pronoun ("فيها.", "لها.") is flagged after any sentence of three
    words or more. A
    word opening with و / ف is read as a conjunction only when word frequencies say so
    (فلسطينية and وزير are words of their own); a conjunction with one word is flagged
    when it repeats the form of the word that ends the sentence before, a list item cut
    off by sentence-wise translation ("الإقليمية. والدولية.", "وأفرادها. وحمايتها."; not
    the sign-off "والسلام."), when that word is itself on و, a list going on ("...
    البحرين وسنغافورة. ولوكسمبرج."), or when it follows بين and one noun, which takes a
    second ("... بين الصومال. وإثيوبيا."; not a verb: "... بين الوفد. وانتهى."). A
    prepositional phrase alone is a comment ("في النهاية.", "على الإطلاق.", "مع
    التحية.", "إلى اللقاء.", "عن جدارة.") unless it repeats a word of
    the sentence before or is a time phrase cut off from it ("منذ أيام."); with the
    option ``prepositional-tails`` a phrase of place, part or source is flagged too ("في
    الجنوب.", "من المشاركين.", "بحسب مصادر.") unless it is a listed idiom. Two or three
    words inside a paragraph that repeat the end of the sentence before word for word
    ("... 35 في المئة. في المئة. وهي ...") and one to three words that the next sentence
    opens with again ("ومن جهة. ومن جهة أخرى، ...") are flagged wherever they stand
    (not a triple repeat: "لن نتراجع. لن نتراجع. لن نتراجع!", nor one verb or definite
    word said and then built on: "نجحنا. نجحنا رغم ..."); so are a connective that
    announces a clause it does not have ("وفي سياق متصل.", "من جهته.", "إلى ذلك.",
    "ولذلك."), one
    word, conjunction and all, that repeats the last word of the sentence before ("...
    وممراته. وممراته."), a particle left with no mark at the end of a paragraph
    ("... والاستدامة. ومن"), and one or two content words with no mark at all closing
    a paragraph after a full sentence ("... في المركز التاسع. الاتفاق"; not in a
    hard-wrapped text or on a line of wrapped width with another right under it, where
    the sentence goes on, nor a sign-off: "والسلام"). Two or three
    words pass when they have the shape of a sentence: a noun with adjectives that agree
    with it in gender and definiteness ("زيارة تاريخية.", "أيام صعبة.", "خسائر فادحة.",
    "الله أكبر."; an adjective is a word written in both genders, so nouns of its shape
    such as مدينة or رئيس are none, nor verbs such as يسعى; a feminine nisba as common as
    its masculine is an adjective itself and describes nothing: "اقتصادية محفوظة."; a
    few three-letter ones are listed: صعب، حذر; two
    definite words have no predicate and are flagged: "السنوات الأخيرة.", "الطاقة
    النظيفة."; not "الله المستعان."), a definite subject with its predicate ("الحرب
    مستمرة.", "الحرب خدعة.", "العبرة
    بالنتائج.", "الصبر مفتاح الفرج."; a subject made definite by its pronoun:
    "آخرها استمر شهورا."), a verb with an agreeing subject ("حدث انفجار.",
    "سقطت قذيفة.", "عاشت المقاومة.", "رحمه الله.", "طاب يومكم."; a verb of "we" with
    its object or complement: "نرحب بالجميع."; a masculine verb
    before an indefinite feminine noun has none: "أطلق صحفية.", and a broken plural or
    a noun with a pronoun is no verb: "نتائج إعلان.", "ضحيتها إطار."; a verb is no
    noun for an adjective to describe, a plural in -ات takes no masculine one ("قوات
    محلي."), an adjective takes no pronoun ("موظفيها مداه."), a feminine nisba alone
    is no subject ("دانت إخبارية.") and أفعل in -ى is a verb, not an elative: "رقابة
    أبدى."), an indefinite subject with its verb when the subject is no plural or -ة
    noun ("حلم تحقق."; but "أيام مضت." for "مضت أيام", and so "شهور مضت.", "مواسم
    مضت."; a plural in -ين is no subject: "مسؤولين تراجع."), an indefinite
    construct comment, with or without an adjective ("جريمة حرب.", "ردة فعل
    طبيعية."; not with a participle as its head or an accusative as its genitive:
    "مقبولة شروط.", "حملة عددا."), a manner phrase ("بصورة مؤقتة."), a count ("مليون
    دولار."), a superlative ("أسوأ كابوس."), an adjective with an intensifier ("صعب
    للغاية.", "وضع صعب للغاية."), a participle with its preposition ("متفق عليه.",
    "مبالغ فيه."; a closed list), two or three nouns joined by و ("دموع وابتسامات.",
    "شوارع ومبان وإسمنت."), an item of a list written in full stops after a colon
    ("... تتضح التفاصيل: النخيل. الينابيع. القلعة ..."), the last word of the
    sentence before stressed with an
    adverb ("... في مرحلة الدراسة. الدراسة فقط."), a chain of nouns ("معركة كسر
    عظم."), a noun with its adjective and a phrase in لـ / بـ ("عودة قوية للنجم.") or
    with its manner in بـ ("تعادل بطعم الخسارة."), an idiom that repeats its noun ("يدا
    بيد."), an adverbial phrase with its
    adjective ("للمرة الثالثة."), a name with a family name ("محمد العلي.") or a
    dedication headed by a definite noun or a word of thanks or wishes or by a common
    noun ("المجد للشهداء.", "شكرا للجميع.", "ليلة للتاريخ."; not "تقدم للوطن.").
    Otherwise they are flagged: a word repeated from the sentence before, an indefinite
    noun before a verb ("أيام مضت." for "مضت أيام"), or words with no sentence shape
    ("اتفاق فضائية.", "بحملة معركة."). Whatever their shape, two or three words are
    flagged when every one of them echoes the sentence before ("... مرحلة صعبة. مرحلة
    صعبة."; written the same, in any order, they are flagged inside a paragraph too,
    led by a conjunction or holding a particle: "... ست ساعات. ست ساعات.", "...
    وتغريمه مليون دينار. وتغريمه مليون دينار.", "... إلا للضرورة. للضرورة إلا
    الخروج."), when they end in a word that needs a complement ("منفصلتين خلال.", "سوريا
    إننا."), repeat a word ("قناة قناة."), put a quantifier before an indefinite word
    ("جميع فضائية."), end with ليس ("غربية ليست."), put a feminine nisba after a verb
    with a person of its own ("تزامنا إقليمية."), put after a copula one indefinite
    word that can be neither its predicate, which takes the accusative, nor its subject,
    which agrees with it ("كانت تمديد.", "أصبحنا خدمي."; not "كنا أفضل.", "كانت بخير.",
    "كانت حرب."), put an accusative adjective after a noun with no case ending, whose
    case it would share ("مفرق جويا."; not "عشرون عاما.", "أكثر وضوحا.", "سنعود
    قريبا."), or are a noun with a preposition and a third-person pronoun ("استهداف
    إليهم.") or one word with "أيضا". A closing quote mark after a fragment
    that follows a closed quotation closes nothing, and that is debris too ("“... حدث
    غير مسبوق”. حدث.”"). Otherwise short sentences inside a quotation are left alone
    (speech has short emphatic sentences); an odd straight quote still open at the end
    of the paragraph, after the fragment, is taken for a mark lost in scraping, not for
    a quotation ("...: "إن البرنامج ... عماد الوطن. مجال."; an open “ or « is one).

    A short line of a transcript or a chat log, a speaker's label (after a time, if any) and
    a colon beside another such line, is speech and is left alone ("21:03 - كمال: الختم
    عندي. غدا."), and so is the note closing a numbered item of a list or a chart ("10.
    «حكايات قبل النوم» – هالة زكي. قصص للأطفال.").

    **Why is this bad?**
    Sentence-by-sentence machine translation and careless scraping leave the tail of
    a sentence ("days ago", "each country") as a sentence of its own. It carries no
    information, reads as noise, and misleads sentence splitters and language models
    trained on the text.

    Whole-paragraph short lines (headlines, datelines, list items, bylines), questions
    and exclamations ("لماذا؟"), pauses ("..") and Latin text are never flagged.

    **Example**
    حيث كان الاتصال يتم فقط من خلال أجهزة المخابرات لكل منهما. بلد.

    **Use instead**
    حيث كان الاتصال يتم فقط من خلال أجهزة المخابرات لكل منهما.

    **Fix safety**
    Unsafe: the fragment (with the space before it and any stray closing quote after
    it) is deleted, which removes words; review it, the words may belong to the
    sentence before. An item of the list the full stop cut ("... الإقليمية.
    والدولية.") and a phrase opening with a connective ("... كان صعبا. بسبب تقارب
    المستويات.", "... بين الطرفين. منذ أيام.") are joined back instead: the full stop
    before them is removed, no word is. Opinion
    and sports writing close paragraphs with short comments of shapes this rule may not
    know; if it is noisy on such a source, ignore it there (``per-file-ignores``).
    Inside a paragraph, a word or two before a sentence of three words or fewer is a
    beat of a run ("ندوات. كلمات رسمية. صور تذكارية."), and a text written in beats
    (eight sentences of one to three words or more inside its paragraphs, a fifth of
    their sentences: stories, columns) is left alone but for a quote mark that closes
    nothing.

    **Options**
    ``min-preceding-words``: how many words the sentence before the fragment must have.
    ``prepositional-tails`` (default false): flag a phrase of place, part or source
    alone. Off by default: of 60 correct idioms of that shape written for the purpose
    ("عن جدارة.", "من الصفر.", "في مهب الريح."), 41 would be flagged; on copy that
    has no such style (wire news, machine translation) it finds tails the rest misses.
    """

    code = "FRG001"
    name = "stray-fragment"
    family = "fragments"
    fix = "unsafe"
    triggers = "."
    options = {
        "min-preceding-words": Option(
            5, "minimum number of words of the complete sentence before the fragment"
        ),
        "prepositional-tails": Option(
            False,
            "also flag a phrase of place, part or source alone ('في الجنوب.', 'من "
            "المشاركين.', 'بحسب مصادر.'); off by default: columnists close paragraphs "
            "with idioms of that shape ('عن جدارة.', 'من الصفر.')",
        ),
    }

    def check(self, doc):
        # In a text written in beats only a quote mark that closes nothing is debris
        yield from self._check(doc, closing_only=staccato(doc))

    def _check(self, doc, closing_only: bool = False):
        """The fragments of ``doc``; with ``closing_only``, only those whose quote mark
        closes nothing."""
        text = doc.text
        sentences = doc.sentences
        min_prev = self.opts["min-preceding-words"]
        marks = _MarkCounts()  # quote marks of the paragraph before each candidate
        for i in range(1, len(sentences)):
            s = sentences[i]
            para = paragraph_of(doc, s.start)
            if para is None:
                continue
            # Inside a paragraph only a single word is looked at ("... النزاع. عائلة.
            # وحضر ..."); two or three words there are often a sentence of their own.
            mid = i + 1 < len(sentences) and sentences[i + 1].start < para.end
            if not mid and text[s.end : para.end].strip():
                continue
            prev = sentences[i - 1]
            if prev.start < para.start:
                continue  # the fragment is the whole paragraph (headline, list item, byline)
            if _transcript_line(text, s.start):
                continue  # a speaker's words in a transcript: "21:03 - كمال: عندي. غدا."
            if (
                _ITEM_LINE_RE.match(text, para.start)
                and len(shapes.words(para.text)) <= _ITEM_WORDS
            ):
                # a ranked or numbered item's note ("10. «حكايات قبل النوم» – هالة زكي.
                # قصص للأطفال."): a list's entry, not prose
                continue
            if mid and len(shapes.words(sentences[i + 1].text)) <= 3:
                # A run of short sentences, a columnist's list or beats ("... الشاشة.
                # ندوات. كلمات رسمية. صور تذكارية.", "... المرتبة. النصف. تخيلوا."):
                # a leftover stands alone between full sentences
                continue
            split = _fragment_core(s.text)
            if split is None:
                if closing_only:
                    continue
                if not mid and self._dangling(s.text, prev.text, min_prev):
                    # "... والاستدامة. ومن": a particle left at the end of a paragraph
                    yield self._delete(doc, s, para, "a particle that needs what follows it")
                elif not mid and self._unclosed(doc, s.text, prev.text, para, min_prev):
                    # "... في المركز التاسع. الاتفاق": a word left after the last sentence
                    yield self._delete(
                        doc, s, para, "one or two words with no full stop closing the paragraph"
                    )
                continue
            words_part, closing = split
            if closing_only and not closing[1:]:
                continue  # (no quote mark after the full stop: none that closes nothing)
            words = words_part.split()
            if (
                2 <= len(words) <= 3
                and not closing[1:]
                and _length(prev.text) >= min_prev
                and prev.text.rstrip().endswith(".")
                and not prev.text.rstrip().endswith("..")
                and _taken_from(words, prev.text)
                and not (mid and _opens_with(sentences[i + 1].text, words))
                and not inside_quotation(text[para.start : s.start])
            ):
                # Every word of the "sentence" is a word of the one before, the tail of
                # it written twice or its words shuffled ("... ست ساعات. ست ساعات.",
                # "... إلا للضرورة. للضرورة إلا الخروج."): a leftover, not a comment (a
                # comment adds a word of its own: "... الزيارة. زيارة تاريخية.").
                why = (
                    "it repeats the end of the sentence before"
                    if _echoes_tail(words, prev.text)
                    else "all its words are taken from the sentence before"
                )
                yield self._delete(doc, s, para, why)
                continue
            if mid and 2 <= len(words) <= 3 and not closing[1:]:
                # Inside a paragraph, two or three words that repeat the end of the
                # sentence before word for word are its tail written twice ("... بلغت
                # نحو 35 في المئة. في المئة. وهي ..."), not a sentence of their own.
                # Said three times it is rhetoric ("لن نتراجع. لن نتراجع. لن نتراجع!"), as
                # is a repeat inside a quotation.
                if (
                    _echoes_tail(words, sentences[i - 1].text)
                    and not shapes.is_function(strip_marks(words[-1]))
                    and not _opens_with(sentences[i + 1].text, words)
                    and not inside_quotation(text[para.start : s.start])
                ):
                    yield self._delete(doc, s, para, "it repeats the end of the sentence before")
                continue
            if not 1 <= len(words) <= (1 if mid else 3):
                continue
            if mid and shapes.is_function(strip_marks(words[0])):
                continue  # "... الجوية. ولم. يتمكن ...": a cut sentence, FRG002's
            if len(words) != len(shapes.words(words_part)):
                continue
            if _wire_credit(words_part):
                continue  # "... الهجوم. الأناضول.": a credit, BLP007's finding
            if len(words) == 1 and _continues(doc, text[prev.start : s.start], words[0]):
                continue  # "... القطاع المصرفي. الخليجي.": a split, FRG002's (join, not delete)
            if len(words) == 1 and _listed_after_colon(prev.text, words[0]):
                continue  # "... تتضح التفاصيل: النخيل. الينابيع. القلعة ...": a list's item
            if (
                mid
                and len(words) == 1
                and _narrative_verb(words[0], sentences[i + 1].text, prev.text)
            ):
                continue  # "... اسمه علي. سجل. ثم جلس يبكي.": a verb in a run of events
            before = marks.upto(text, para, s)
            if not mid and not closing[1:] and _straight_open(before):
                # An odd straight quote left open at the paragraph's end, by a fragment that
                # does not close it, closes nowhere: a mark lost or doubled in scraping (a
                # name in quotes inside a quotation), no speech to leave alone ("...: "إن
                # البرنامج ... هم عماد الوطن. مجال."). An open “ or « is speech whose
                # closing mark was lost: "... «نحن نعمل من أجل السلام. سلام."
                before = ""  # (no marks counted: only ``count`` is asked of it)
            reason = self._reason(
                words,
                closing,
                prev.text,
                before,
                min_prev,
                mid,
                lambda: addresses_reader(doc),
            )
            if reason is None or (closing_only and reason != _CLOSES_NOTHING):
                continue
            if reason == _LIST_GOES_ON or shapes.connective_led(words[0]):
                # The item belongs to the list the full stop cut ("... الإقليمية.
                # والدولية."), or the phrase to the clause before it ("كان صعبا. بسبب
                # تقارب المستويات.", "الموقعة بين الطرفين. منذ أيام."): remove the full
                # stop, never the words.
                dot = text.rfind(".", prev.start, s.start)
                cut = "the list" if reason == _LIST_GOES_ON else "the sentence before"
                yield self.finding(
                    s.start,
                    s.end,
                    f"stray fragment '{s.text}' after a complete sentence ({reason}): "
                    f"a full stop cut {cut}",
                    [Edit(dot, dot + 1, "")],
                    fix_message="remove the full stop before it",
                )
                continue
            if mid and words[0][0] in "وف":
                continue  # "... والطاقة. وأضاف. أن ...": a cut sentence, FRG002's
            yield self._delete(doc, s, para, reason)
        if not closing_only:
            yield from self._head_echoes(doc)

    @staticmethod
    def _dangling(text: str, prev_text: str, min_prev: int) -> bool:
        """One word, with no mark after it, closing a paragraph after a full sentence, that
        is a preposition or particle needing what follows it ("ومن", "في", "إلى أن")."""
        words = text.split()
        if not 1 <= len(words) <= 2 or not prev_text.rstrip().endswith("."):
            return False
        if prev_text.rstrip().endswith("..") or _length(prev_text) < min_prev:
            return False
        if not all(re.fullmatch(f"[{LETTERS}{MARKS}]+", w) for w in words):
            return False
        return all(shapes.key(w) in NEEDS_COMPLEMENT for w in words)

    @staticmethod
    def _unclosed(doc, text: str, prev_text: str, para, min_prev: int) -> bool:
        """One or two content words of three letters or more, with no mark at all, closing
        a paragraph after a full sentence ("... في المركز التاسع. الاتفاق"). Not in a
        hard-wrapped text, nor on a line of wrapped width with the next line right under
        it: there the sentence goes on on the next line."""
        words = text.split()
        if not 1 <= len(words) <= 2 or not prev_text.rstrip().endswith("."):
            return False
        if prev_text.rstrip().endswith("..") or _length(prev_text) < min_prev:
            return False
        bares = [strip_marks(w) for w in words]
        if not all(re.fullmatch(f"[{LETTERS}]{{3,}}", b) for b in bares):
            return False
        if any(shapes.is_function(b) or shapes.key(b) in _CLOSING_FORMULAS for b in bares):
            return False
        full = doc.text
        nxt = para.end + (2 if full[para.end : para.end + 2] == "\r\n" else 1)
        if para.end - para.start <= WRAP_WIDTH and nxt < len(full) and full[nxt] not in "\r\n":
            return False  # (a line of wrapped width with another right under it)
        return not hard_wrapped(doc)

    def _delete(self, doc, s, para, reason: str, where: str = "after a complete sentence"):
        """The finding for a fragment whose fix deletes it with the space before it (or,
        opening its paragraph, the space after it)."""
        text = doc.text
        start, end = s.start, s.end
        while start > para.start and text[start - 1] in HSPACE:
            start -= 1
        if start == para.start:
            while end < para.end and text[end] in HSPACE:
                end += 1
        return self.finding(
            s.start,
            s.end,
            f"stray fragment '{s.text}' {where} ({reason}): "
            "likely a leftover of scraping or translation",
            [Edit(start, end, "")],
            fix_message=f"delete '{text[start:end].strip()}'",
        )

    def _head_echoes(self, doc):
        """One to three words, closed by a full stop, that the next sentence of the
        paragraph opens with again ("ومن جهة. ومن جهة أخرى، ارتفع ..."): the start of that
        sentence written twice. A word of one letter (an initial), a particle alone ("لا.
        لا أعتقد."), a negation ("لا أحد. لا أحد على الإطلاق.") and words in a quotation
        are left alone."""
        text = doc.text
        sentences = doc.sentences
        for i in range(len(sentences) - 1):
            s, t = sentences[i], sentences[i + 1]
            if len(s.text) > 60 or "." not in s.text[-1:] or t.start - s.end > 2:
                continue
            if len(t.text) < len(s.text) + 4:
                continue  # the next sentence must hold the words and more
            head = s.text.split(None, 1)[0]
            if not t.text.startswith(head[: max(1, len(head) - 1)]):
                continue  # (cheap test first: the next sentence opens with the same word)
            split = _fragment_core(s.text)
            if split is None or split[1] != ".":
                continue
            words = split[0].split()
            if not 1 <= len(words) <= 3 or any(len(strip_marks(w)) < 2 for w in words):
                continue
            if len(words) == 1 and shapes.is_function(strip_marks(words[0])):
                continue
            if len(words) == 1 and (
                shapes.one_word_verb(strip_marks(words[0])) or words[0].startswith("ال")
            ):
                # Emphasis, not a cut start: a verb that holds its subject said and then
                # built on ("فشلنا. فشلنا في أن ..."), a topic named and then described
                # ("الكبة. الكبة الحلبية بكل أنواعها.")
                continue
            if shapes.key(strip_marks(words[0])) in _NEGATIONS:
                continue  # a negation is a statement of its own: "لا أحد. لا أحد على الإطلاق."
            if len(t.text.split()) <= len(words) + 1 or not _opens_with(t.text, words):
                continue  # ("جهة. جهة." or a short sentence is no cut start)
            para = paragraph_of(doc, s.start)
            if para is None or t.start > para.end:
                continue
            if inside_quotation(text[para.start : s.start]):
                continue
            yield self._delete(
                doc,
                s,
                para,
                "the sentence after it opens with the same words",
                where="before the sentence it repeats",
            )

    def _reason(
        self, words, closing, prev_text, before_text, min_prev, mid=True, reader=lambda: False
    ):
        # ``reader``: does the text speak to its reader (asked only of one word that may
        # be an imperative: the answer costs a pass over the text)
        # The sentence before: complete, long enough, closed by one full stop (not a
        # pause, not an initial).
        prev_core = prev_text.rstrip(CLOSE_Q + STRAIGHT_Q + ")]")
        if not prev_core.endswith(".") or prev_core.endswith(".."):
            return None
        prev_words = shapes.words(prev_text)
        bares = [strip_marks(w) for w in words]
        # A particle alone is no sentence whatever precedes it; a content word needs a
        # full sentence before it to be told from a short line of its own.
        alone_particle = len(bares) == 1 and shapes.is_function(bares[0])
        # A closing mark after the fragment when the quotation already closed before the
        # full stop is debris on its face: a short quoted sentence before it will do.
        stray_close = bool(closing[1:]) and prev_text.rstrip().endswith(("”.", '".', "»."))
        if _length(prev_text) < (min(3, min_prev) if alone_particle or stray_close else min_prev):
            return None
        tail = prev_core[:-1].rstrip(CLOSE_Q + STRAIGHT_Q + ")]")
        if not tail or not (tail[-1].isdigit() or tail.endswith(prev_words[-1])):
            return None  # Latin, a symbol or a dotted abbreviation ends the sentence
        if not tail[-1].isdigit() and len(strip_marks(prev_words[-1])) < 2:
            return None  # an initial: "العميد ي."
        if any(len(b) < 2 for b in bares):
            return None  # initials: "ي.", "م."
        if len(bares) == 1 and _LETTER_NAMES.issuperset((bares[0], strip_marks(prev_words[-1]))):
            return None  # a foreign name's initials spelled out: "جي. دي. فانس"
        if stray_close:
            # The quotation closed right before the full stop of the sentence before, and
            # the fragment opens none: its closing mark closes nothing ("“... غير
            # مسبوق”. حدث.”"), whatever the parity of the marks in a messy paragraph.
            return _CLOSES_NOTHING
        first = bares[0]
        if not closing[1:] and " ".join(shapes.key(b) for b in bares) in shapes.CONNECTIVE_PHRASES:
            return "a connective that announces a clause it does not have"
        if (
            len(bares) == 1
            and len(first) >= 4
            and first == strip_marks(prev_words[-1])
            and not shapes.is_function(first)
        ):
            return "it repeats the last word of the sentence before"  # "ومكاتبه. ومكاتبه."
        if shapes.conjunction_led(first):
            if len(bares) == 1 and (
                shapes.coordinated(first[1:], strip_marks(prev_words[-1]))
                or (pair_after_bayna(prev_words) and not _verb_on_waw(first))
                or _list_of_names(first, prev_words)
            ):
                if closing[1:] or inside_quotation(before_text):
                    return None
                return _LIST_GOES_ON
            k = shapes.key(first)
            if (
                len(bares) == 1
                and shapes.is_function(k)
                and without_conjunction(k) not in shapes.ALONE | _ABSOLUTE_ADVERBS
                and not (closing[1:] or inside_quotation(before_text))
            ):
                return "a particle or pronoun alone is no sentence"  # "فحتى.", "ولذلك."
            return None  # a conjunction opens a real sentence: "وهذا صحيح.", "فنفت ذلك."
        # A word or phrase that only modifies the clause before: "أيضًا.", "كل منها."
        k0 = shapes.key(first) if len(bares) <= 2 else ""
        if (
            (k0 in _LONE_ADVERBS and len(bares) == 1)
            or (k0 == "كل" and len(bares) == 2 and shapes.key(bares[1]) in _EACH_OF)
        ) and not (closing[1:] or inside_quotation(before_text)):
            if len(bares) == 1:
                return f"'{words[0]}' alone is no sentence: it belongs to the sentence before"
            return f"'{words[0]} {words[1]}' refers to the sentence before and is no sentence"
        if (
            len(bares) == 1
            and shapes.key(first) in _EMPHASIS_BEATS
            and shapes.key(first) not in {shapes.key(strip_marks(w)) for w in prev_words}
        ):
            # the sentence before stressed: "... إلا الديك. وحده.", "كلهم." (not its last
            # word pasted again: "... عن ذلك كله. كله.")
            return None
        if len(bares) == 1 and shapes.key(first) in shapes.ALONE:
            return None  # "إلخ.", "نعم.", "آمين.", "ربما.", "نقطة." (full stop: no more)
        if len(bares) == 1 and shapes.is_function(first):
            if closing[1:] or inside_quotation(before_text):
                return None
            return "a particle or pronoun alone is no sentence"
        if len(bares) > 1 and (
            shapes.key(first) in shapes.PREPOSITIONS
            or shapes.key(first) in shapes.TAIL_PREPOSITIONS
        ):
            # A prepositional phrase alone may be the tail of the sentence before, cut
            # off ("... في المدينة. في المدينة.", "... باتت مهددة. في الجنوب.", "...
            # نسبة عالية. من المشاركين.", "... مع الحلفاء. بحسب مصادر."), or an idiom
            # commenting on that sentence ("في النهاية.", "على الإطلاق.", "عن جدارة.",
            # "من الصفر."). A repeated word or a cut time phrase tells the tail; with
            # ``prepositional-tails`` a phrase of place, part or source is one too,
            # unless it is a listed idiom ("في النهاية.", "بفضل الله.") or holds a
            # function word ("على ما يبدو.", "منذ ذلك الحين.").
            if inside_quotation(before_text) or closing[1:]:
                return None
            prev_stems = {shapes.stem(w) for w in prev_words}
            if any(len(shapes.stem(b)) >= 3 and shapes.stem(b) in prev_stems for b in bares[1:]):
                return "a prepositional phrase repeated from the sentence before"
            if (
                shapes.key(first) in ("منذ", "خلال")
                and not bares[1].startswith("ال")
                and not any(shapes.is_function(b) for b in bares[1:])  # "منذ ذلك الحين."
            ):
                return "a time phrase cut off from its sentence"  # "منذ أيام."
            if (
                not self.opts["prepositional-tails"]
                or shapes.key(first) not in shapes.TAIL_PREPOSITIONS
                or " ".join(shapes.key(b) for b in bares) in shapes.COMMENT_PHRASES
                or shapes.key(bares[-1]) == hamza_key("الله")
                or any(shapes.is_function(b) for b in bares[1:])
            ):
                return None
            return "a prepositional phrase is no sentence on its own"
        keys = [shapes.key(b) for b in bares]
        if (
            len(keys) == 2
            and keys[0] in shapes.QUANTIFIERS
            and not keys[1].startswith(shapes.DEFINITE_PREFIXES)
            and not shapes.is_function(keys[1])
            and not closing[1:]
        ):
            return f"'{words[0]}' needs a definite noun after it"
        if len(keys) > 1 and not closing[1:] and not inside_quotation(before_text):
            if (
                keys[-1] in NEEDS_COMPLEMENT
                or keys[-1] in _NEGATED_COPULAS
                or shapes.particle_with_pronoun(bares[-1])
            ):
                return f"it ends with '{words[-1]}', which needs a complement"
            if any(
                a == b and not shapes.is_function(a) and a not in shapes.SCALE_WORDS
                for a, b in zip(keys, keys[1:], strict=False)
            ):
                return "a word repeated"  # (not "لا لا.", "نعم نعم.", "ألف ألف مبروك.")
            if len(keys) == 2 and shapes.subordinator(bares[0]) and not shapes.is_function(keys[1]):
                return f"'{words[0]}' opens a clause that it does not finish"
            if len(keys) == 2 and _phrase_without_subject(keys):
                return f"'{words[0]} {words[1]}' has no subject: it is no sentence"
            if len(keys) == 2 and _said_nothing(keys):
                return "a verb of saying with nothing said"
            if len(keys) == 2 and _copula_without_predicate(keys, words[1]):
                return f"'{words[1]}' can be neither the subject nor the predicate of '{words[0]}'"
            if len(keys) == 2 and _accusative_after_noun(keys, words):
                return f"'{words[1]}' is accusative and cannot describe '{words[0]}'"
            if (
                len(keys) == 2
                and keys[0] in shapes.TRAILING_ADVERBS
                and not shapes.is_function(keys[1])
            ):
                return f"'{words[0]}' with one word is no sentence"
            if (
                len(keys) == 2
                and shapes.prep_with_pronoun(keys[1])
                and not shapes.is_function(keys[0])
                and not shapes.past_or_present_verb(keys[0])
                and not keys[0].endswith(("نا", "تم"))
                and " ".join(keys) not in shapes.PARTICIPLE_PHRASES  # "متفق عليه."
            ):
                return f"a noun with '{words[1]}' is no sentence"
            if (
                len(keys) == 2
                and keys[1] in shapes.TRAILING_ADVERBS
                and not shapes.is_function(keys[0])
                # (the last word of the sentence before, picked up and stressed: "... في
                # مرحلة الدراسة. الدراسة فقط.")
                and bares[0] != strip_marks(prev_words[-1])
                and not shapes.evaluative(bares[0])  # "جميل جدا.", "صعب للغاية."
                and not has_tanween(words[0])
                and not shapes.one_word_verb(bares[0])
                and not shapes.past_or_present_verb(keys[0])
                and not keys[0].endswith(("نا", "تم"))  # فزنا أيضا، عدتم أيضا
            ):
                return f"one word with '{words[1]}' is no sentence"
            if len(keys) == 2 and keys[0] in _ABSOLUTE_ADVERBS and keys[1] in ANNOUNCED_BY:
                return "a time phrase cut off from its sentence"  # "قبل ذلك.", "بعد هذا."
            if keys[0] in ANNOUNCED_BY and all(
                k.startswith("ال") and len(k) >= 5 for k in keys[1:]
            ):
                # "... هذا العام.", "... ذلك الوقت.": a demonstrative and its noun, the
                # time or the thing a sentence spoke of, with no predicate ("هذا هو
                # الحل." has one)
                return "a demonstrative and its noun with no predicate are no sentence"
        if any(shapes.is_function(b) or shapes.key(b) in shapes.ALONE for b in bares):
            return None  # (and a comment on "نقطة": "نقطة تحول.")
        if has_tanween(words[0]):
            return None  # adverbial accusative: "شكراً.", "تماماً."
        # Signs of debris. A single word is no sentence at all. Two or three words may
        # be a real sentence: a verb with a definite subject ("عاشت الأمة.", "الله
        # أكبر.") or a nominal sentence whose subject is left out ("زيارة تاريخية.",
        # "هدف رائع."), so there the debris must show itself.
        if closing[1:]:
            if self._unpartnered_close(before_text, closing[1:]):
                return _CLOSES_NOTHING
            return None  # the end of a real quotation: speech has short emphatic sentences
        if inside_quotation(before_text):
            return None
        prev_stems = {shapes.stem(w) for w in prev_words}
        repeats = any(len(shapes.stem(b)) >= 3 and shapes.stem(b) in prev_stems for b in bares)
        if len(words) == 1:
            if repeats:
                return "it repeats a word of the sentence before"
            if _imperative_to_reader(first, words[0]) and reader():
                return None  # "تأمل.", "اجتهد.": advice to the reader
            if _imperative_to_her(first, words[0]):
                return None  # a recipe's step: "صفّيه.", "ضعيه."
            if shapes.one_word_verb(first) and not (
                shapes.past_like_imperative(first) and not (mid or reader())
            ):
                # A verb is a sentence: "سنرى.", "ننتظر.", "انتصرنا.", and an imperative
                # inside a paragraph or in a text that speaks to its reader ("استمع.");
                # the same word closing a paragraph of news copy is a past verb cut from
                # its subject ("... في سوريا. استهدف."), unless it is a beat (below)
                return None
            if shapes.key(strip_marks(prev_words[-1])) in _REVEALED:
                return None  # what the sentence before announced: "وأعلن القرار. براءة."
            if shapes.key(first) in _STORY_BEATS:
                # a verb that takes no object, a beat of the story: "... ورفع ذراعيه.
                # وصل.", "... مد يده مصافحا. استسلم."
                return None
            if shapes.stance_adverb(first):
                return None  # "للأسف.", "حتما.", "صحيح.": a comment on the sentence before
            if hamza_key(first) in shapes.VERDICTS or shapes.written_sound(first):
                return None  # "رائع.", "مؤسف.": a verdict on the sentence before; "ههههه."
            return "a single word is no sentence"
        # Every word an echo of the sentence before ("... حدث غير مسبوق. غير مسبوق."):
        # a comment on a sentence adds a word of its own ("... الزيارة. زيارة تاريخية.").
        if all(len(shapes.stem(b)) >= 3 and shapes.stem(b) in prev_stems for b in bares):
            return "all its words repeat the sentence before"
        if (
            len(bares) == 2
            and all(b.startswith("ال") and len(b) >= 5 for b in bares)
            and hamza_key(bares[0]) not in _DEFINITE_PREDICATE_OPENERS
        ):
            # Both definite: a noun and its adjective ("السنوات الأخيرة.", "الموسم
            # الماضي.") or two nouns, with no predicate: no sentence (a nominal sentence
            # has an indefinite predicate: "الصورة قاتمة.").
            return "a definite noun phrase without a predicate is no sentence"
        if shapes.sentence_shape(bares):
            return None
        if (
            len(bares) == 2
            and shapes.key(bares[1]) in _VERB_ADVERBS
            and shapes.past_with_object(bares[0])
        ):
            return None  # a past verb, its object and an adverb: "عرفتها فورا."
        if len(bares) == 2 and shapes.key(bares[0]) in _NAMED:
            return None  # a name given: "اسمها سلمى.", "لقبه الصقر."
        if (
            len(bares) == 2
            and set_phrase(shapes.key(bares[0]), shapes.key(bares[1]))
            and not shapes.past_or_present_verb(hamza_key(bares[1]))
        ):
            # two nouns of a set phrase, a comment: "علامة استفهام.", "حالة طوارئ." (not
            # a noun and its verb, common too: "أيام مضت.")
            return None
        if repeats:
            return "it repeats a word of the sentence before"
        if shapes.indefinite_subject(bares):
            return "an indefinite noun cannot open a sentence"
        # Neither noun + adjective nor verb + subject ("حدث انفجار."): no sentence.
        return "its words do not form a sentence"

    @staticmethod
    def _unpartnered_close(before: str, marks: str) -> bool:
        """True when the closing quote after the fragment has no opening partner."""
        for q in marks:
            if q in CLOSE_Q:
                opener = OPEN_Q[CLOSE_Q.index(q)]
                opens = before.count(opener) + (before.count("„") if opener == "“" else 0)
                if before.count(q) >= opens:
                    return True
            elif q == STRAIGHT_Q and before.count(q) % 2 == 0:
                return True
        return False


_CLOSES_NOTHING = "the quote mark after it closes nothing"


def _listed_after_colon(prev_text: str, word: str) -> bool:
    """Does the sentence before end with a colon and a noun of one or two words after
    it, the first item of a list written in full stops that ``word`` goes on ("...
    تتضح التفاصيل: النخيل. الينابيع.")? Not a clause ("في نظر التاريخ: أنت العميد.
    المؤسس."), a list closed on و, nor ``word`` said again."""
    head, colon, items = prev_text.rpartition(":")
    if not colon or head[-1:].isdigit() or not items[:1].isspace():
        return False  # (no colon, or a time: "الساعة 00:05")
    item = [strip_marks(w) for w in shapes.words(items)]
    if len(shapes.words(head)) < 2 or not 1 <= len(item) <= 2:
        return False
    bare = strip_marks(word)
    if bare == item[-1] or any(shapes.is_function(shapes.key(w)) for w in item):
        return False
    if any(shapes.conjunction_led(w) for w in item):
        return False
    return item[0].startswith("ال") == bare.startswith("ال")


def _intransitive_forms(words: str) -> frozenset[str]:
    """The keys of past verbs that take no object, with their feminine (رحل، رحلت; مضى،
    مضت)."""
    forms = set()
    for w in words.split():
        k = shapes.key(w)
        forms.add(k)
        forms.add(k[:-1] + "ت" if k.endswith("ى") else k + "ت")
    return frozenset(forms)


# A past verb that takes no object, alone after a sentence of a story, tells what its
# person did next ("... ومشى في الزقاق دون أن يلتفت. رحل.", "... وأدارته ببطء.
# انفتح."); a verb that needs an object alone is one cut from it ("... استهدف.").
_STORY_BEATS = _intransitive_forms(
    "رحل وصل عاد مات نام سكت صمت ضحك بكى مضى غاب فاز خسر نجح فشل سقط نهض جلس ركض "
    "هرب انتهى انفتح انغلق انطفأ هدأ استسلم استقال انسحب انتصر انهار انفجر "
    "اعتذر ابتسم انصرف ارتبك انكسر تعادل تأهل"
)
# Nouns of what is announced, closing a sentence before a one-word reveal ("ثم أعلن
# القرار. براءة.", "وجاء الجواب. لا.")
_REVEALED = {
    shapes.key(w)
    for w in "القرار الحكم النتيجة الجواب الإجابة الرد الخلاصة الكلمة المفاجأة".split()
}
# Adverbs of time used without their complement ("وبعد.": and then?).
_ABSOLUTE_ADVERBS = {shapes.key(w) for w in "بعد قبل".split()}
# Prepositions with a pronoun that cannot come first as a predicate: "لها تاريخ.",
# "عليه دين.", "منهم أطباء." are sentences, "إليها بيروت." is none.
_TOWARD = ("الي", "عن")


def _verb_on_waw(first: str) -> bool:
    """Is ``first`` (led by و / ف) و / ف and a verb ("وانتهى", "فنفى"), by its shape
    after the conjunction too ("وتراجع")?"""
    return shapes.verb_like(first[1:]) or shapes.verb_on_waw(first)


def _list_of_names(first: str, prev_words: list[str]) -> bool:
    """Is ``first`` (on و, alone after the sentence before) the next item of a list of
    names or nouns on و that ends that sentence ("... أعلام البحرين وسنغافورة.
    ولوكسمبرج.")? Both items indefinite, neither a verb."""
    last = strip_marks(prev_words[-1])
    if last[:1] != "و" or not shapes.conjunction_led(last) or len(first) < 4:
        return False
    a, b = shapes.key(last[1:]), shapes.key(first[1:])
    if a.startswith("ال") or b.startswith("ال") or shapes.is_function(a) or shapes.is_function(b):
        return False
    return not (shapes.verb_like(last[1:]) or _verb_on_waw(first))


def _phrase_without_subject(keys: list[str]) -> bool:
    """Two words that are a preposition with its pronoun and either a phrase in بـ / لـ
    ("منهم لقناة.") or, after إلى / عن, any content word ("عنها استخدام."): no subject,
    no predicate."""
    k0, k1 = keys
    toward = any(k0.startswith(p) and k0[len(p) :] in shapes.THIRD_PERSON_SUFFIXES for p in _TOWARD)
    if not toward and not shapes.prep_with_pronoun(k0):
        return False
    return not shapes.is_function(k1) and (toward or shapes.pp_prefixed(k1))


def _copula_without_predicate(keys: list[str], word: str) -> bool:
    """A copula and one indefinite word that can be neither its predicate (no
    accusative: "كانت تمديد." would be كانت تمديدا) nor its subject (a masculine word after
    a feminine verb; or the subject is in the verb: "أصبحنا خدمي."). Not a verb
    ("كانوا يعملون."), a phrase ("كانت بخير."), an elative ("كنا أفضل."), a broken plural,
    whose accusative may have no alif ("كانوا أقارب."), nor a short word that may be
    feminine without -ة ("كانت حرب.")."""
    k0, k1 = keys
    copula = without_conjunction(k0)
    if copula not in _FEMININE_COPULAS and copula not in _PERSON_COPULAS:
        return False
    return not (
        len(k1) < 4
        or has_tanween(word)
        or shapes.is_function(k1)
        or k1.startswith("ال")
        or k1.endswith(_PREDICATE_ENDINGS)
        or shapes.pp_prefixed(k1)
        or (k1[0] in "بلك" and zipf(k1[1:]) >= 3.0)  # ("كانت بخير.")
        or shapes.prep_with_pronoun(k1)
        or shapes.predicate_verb(k1)
        or shapes.elative(strip_marks(word))
        or shapes.feminine(k1)
    )


# A name, a nickname or a kunya with its owner's pronoun, the subject of a sentence
# that gives it ("اسمها سلمى.", "لقبه الصقر.").
_NAMED = {
    shapes.key(w + p)
    for w in ("اسم", "لقب", "كنيت")
    for p in ("ه", "ها", "هما", "هم", "هن", "ي", "ك", "نا")
}

# Accusatives that qualify a verb ("عرفتها فورا.", "سمعته جيدا."): after a word that may
# be a past verb with its object, they make it one.
_VERB_ADVERBS = {
    shapes.key(w)
    for w in "فورا حالا جيدا سريعا مجددا كثيرا قليلا تماما دائما أبدا طويلا مرارا".split()
}


def _accusative_after_noun(keys: list[str], words: list[str]) -> bool:
    """An indefinite noun with no case ending and an adjective in the accusative ("مفرق
    جويا.", "حسين مقرا."): an adjective takes its noun's case, and nothing in two words
    makes the noun accusative. Not after a verb ("سنعود قريبا."), a number ("عشرون
    عاما."), an elative ("أكثر وضوحا."), nor an adverb ("ساعة تقريبا.")."""
    k0, k1 = keys
    first = strip_marks(words[0])
    if (
        len(k0) < 3
        or len(k1) < 4
        or not k1.endswith("ا")
        or k0.endswith(("ا", "ى", "ء"))
        or has_tanween(words[0])
        or k0.startswith("ال")
        or shapes.is_function(k0)
        or shapes.pp_prefixed(k0)
        or k0 in shapes.NUMBER_WORDS
        or k1 in shapes.TRAILING_ADVERBS
        or shapes.stance_adverb(strip_marks(words[1]))
        or shapes.elative(first)
        or shapes.one_word_verb(first)
        or shapes.past_or_present_verb(k0)
    ):
        return False
    bare = strip_marks(words[1])
    return zipf(bare[:-1]) >= 3.0 and zipf(bare[:-1]) > zipf(bare)


def _said_nothing(keys: list[str]) -> bool:
    """A verb of saying and a noun, its subject ("قاسم أوضح.", "نتنياهو يؤكد.", "ذكرت
    سياسة."): what is said is missing."""
    said = [
        i for i, k in enumerate(keys) if without_conjunction(k) in REPORTING or k in SAYING_PRESENT
    ]
    if len(said) != 1:
        return False
    other = keys[1 - said[0]]
    return not shapes.is_function(other) and not shapes.past_or_present_verb(other)


def _narrative_verb(word: str, following: str, before: str) -> bool:
    """A one-word sentence inside a paragraph that is a beat of a run told in short
    sentences, not a word left over ("عائلة. وحضر ..."):

    - a verb, or a word that the sentence before holds, when the next sentence opens
      with ثم ("تنتظر. ثم تنتظر.", "... بعد نقطتين من الفوز. نقطتان. ثم انقلب كل شيء";
      not a word from nowhere: "... المباراة. مدينة. ثم ركض ...");
    - any word that the next sentence names with a demonstrative ("الوفاء. هذه هي الكلمة
      التي ...");
    - a past verb of three letters, bare or with a person ending (its imperfect a common
      word: سجل / يسجل، بقيت / يبقى), with the next sentence opening on و / ف and another
      past verb ("خسر. وغادر الملعب.", "بقيت. وعملت في ...");
    - a verb that holds its own subject before a future on و ("جرب. وستفهم ...");
    - an imperfect verb before another one, each a sentence of one word ("تخيط. تقص.
      تطرز."), or between two sentences that open with one ("يضع الجد يده على كتفه.
      يبتسم. يقول: ...")."""
    nxt = following.split(None, 1)
    if not nxt:
        return False
    first = shapes.key(nxt[0])
    if first in ANNOUNCED_BY:
        return True
    k = shapes.key(word)
    if _imperfect(k) and _imperfect(shapes.key(strip_marks(nxt[0].rstrip(".!:،,")))):
        if len(nxt) == 1:
            return True  # a run of beats: "تخيط. تقص. تطرز."
        # a story told in the present, the sentence before opening with a verb of it
        # too: "يضع الجد يده على كتفه. يبتسم. يقول: ..."
        opening = shapes.words(before)[:1]
        if opening and _imperfect(shapes.key(strip_marks(opening[0]))):
            return True
    if first == "ثم":
        if shapes.stem(word) in {shapes.stem(w) for w in shapes.words(before)}:
            return True
        if k[:1] in "يتن" and 4 <= len(k) <= 6 and zipf("ي" + k[1:]) >= 3.0:
            return True  # an imperfect: "تنتظر. ثم تنتظر."
    if first[:2] in ("وس", "فس") and len(first) >= 5:
        if shapes.one_word_verb(strip_marks(word)) or (len(k) == 3 and zipf("ي" + k) >= 3.0):
            return True  # (an imperative of three letters: "جرب. وستفهم ...")
    stem = _past_stem(k)
    if len(stem) != 3 or not shapes.past_or_present_verb(stem) or zipf("ي" + stem) < 3.0:
        if not (len(stem) == 3 and stem.endswith("ي") and zipf("ي" + stem[:2] + "ى") >= 3.5):
            return False  # (a weak final letter: بقيت / يبقى)
    if first == "ثم":
        return True  # "سجل. ثم جلس يبكي."
    if first[:1] not in "وف":
        return False
    core = _past_stem(first[1:])
    return len(core) == 3 and shapes.past_or_present_verb(core)


def _imperative_to_reader(bare: str, word: str = "") -> bool:
    """An imperative by its shape, in a text that speaks to its reader: hamzat al-wasl
    and a known imperfect ("اجتهد": يجتهد), the forms تفعّل / تفاعل ("تأمل": يتأمل), or
    فعّل with its shadda written (``word``, the word as written: a recipe's "قلّب.",
    stir, not قلب, a heart; its imperfect يقلّب known)."""
    if shapes.wasl_imperative_shape(bare):
        return large_zipf("ي" + bare[1:]) >= 2.0
    if len(bare) == 3 and _DOUBLED_MIDDLE_RE.match(word):
        return large_zipf("ي" + bare) >= 2.0
    return (
        4 <= len(bare) <= 5
        and bare[0] == "ت"
        and "ا" not in bare[1:]
        and large_zipf("ي" + bare) >= 2.5
    )


# The ending of an imperative said to a woman with its object pronoun (ضعيه، اتركيها).
_TO_HER = ("يهما", "يها", "يهم", "يهن", "يه")


def _imperative_to_her(bare: str, word: str) -> bool:
    """An imperative said to a woman with its object pronoun, a sentence of its own (a
    recipe's "صفّيه.", "ضعيه.", "اتركيها."): the ending ي and a pronoun after a stem
    that is an imperative beyond doubt, by hamzat al-wasl (اترك: يترك), by its shadda
    as written (صفّ، قلّب) or as a known verb of two letters (ضع: يضع). Not a dual noun
    with its pronoun ("عينيه", "يديه")."""
    for suffix in _TO_HER:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 2:
            stem = bare[: -len(suffix)]
            if shapes.wasl_imperative_shape(stem):
                return large_zipf("ي" + stem[1:]) >= 2.0
            if "\u0651" in word and 2 <= len(stem) <= 3:
                return large_zipf("ي" + stem) >= 2.0  # (يصف، يقلب)
            return len(stem) == 2 and large_zipf("ي" + stem) >= 3.5  # (يضع)
    return False


# A word of three letters with a shadda on the second: the verb form فعّل.
_DOUBLED_MIDDLE_RE = re.compile(
    f"[{LETTERS}][{MARKS}]*[{LETTERS}][{MARKS}]*\u0651[{MARKS}]*[{LETTERS}][{MARKS}]*$"
)


def _imperfect(k: str) -> bool:
    """An imperfect verb of the third person ("تخيط", "يقص"): its يـ form a known word."""
    return 3 <= len(k) <= 6 and k[0] in "يت" and large_zipf("ي" + k[1:]) >= 2.0


def _past_stem(k: str) -> str:
    """A past verb of three letters without its person ending ("صبرت" -> "صبر", "عملوا"
    -> "عمل"); other words as they are."""
    return next((k[: -len(e)] for e in PERSON_ENDINGS if k.endswith(e) and len(k) - len(e) == 3), k)


def _opens_with(sentence: str, words: list[str]) -> bool:
    """Does ``sentence`` open with ``words`` (diacritics aside)?"""
    head = sentence.split()[: len(words)]
    return [strip_marks(w).rstrip(".!؟?") for w in head] == [strip_marks(w) for w in words]


def _echoes_tail(words: list[str], prev_text: str) -> bool:
    """Do ``words`` repeat the last words of ``prev_text`` (before its full stop)?"""
    prev_words = shapes.words(prev_text)
    n = len(words)
    if len(prev_words) < n + 3:
        return False
    tail = [strip_marks(w) for w in prev_words[-n:]]
    return tail == [strip_marks(w) for w in words]


def _taken_from(words: list[str], prev_text: str) -> bool:
    """Are ``words`` (two or three) all words of ``prev_text``, written the same, in any
    order ("... إلا للضرورة. للضرورة إلا الخروج.", "... وجزءا من إيجار المنزل. المنزل
    إيجار وجزءا.", "... ست ساعات. ست ساعات.")? One of them must be a content word of three
    letters or more, and the sentence before must hold three words more."""
    prev = Counter(strip_marks(w) for w in shapes.words(prev_text))
    bares = [strip_marks(w) for w in words]
    if not 2 <= len(bares) <= 3 or sum(prev.values()) < len(bares) + 3:
        return False
    if not any(len(b) >= 3 and not shapes.is_function(b) for b in bares):
        return False
    return not Counter(bares) - prev


class _MarkCounts:
    """The quote marks of a paragraph from its start up to a sentence, counted as the
    sentences are visited in order (each character once: a paragraph of thousands of
    short sentences stays linear). ``upto`` returns an object whose ``count(mark)`` is
    the count, as ``str.count`` on the paragraph's text before the sentence would be."""

    def __init__(self) -> None:
        self.para = -1
        self.pos = 0
        self.counts: Counter = Counter()

    def upto(self, text: str, para, sentence) -> _MarkCounts:
        if para.start != self.para:
            self.para, self.pos, self.counts = para.start, para.start, Counter()
        seg = text[self.pos : sentence.start]
        self.counts.update(ch for ch in seg if ch in ALL_Q)
        self.pos = sentence.start
        return self

    def count(self, mark: str) -> int:
        return self.counts[mark]


def _straight_open(before) -> bool:
    """Is a quotation open in ``before`` (see ``_MarkCounts``) by an odd straight quote
    only, every “ „ and « closed?"""
    return not curly_quotation_open(before) and before.count('"') % 2 == 1


_LIST_GOES_ON = "it continues the list that ends the sentence before"
# Subjects whose predicate may be definite in a set phrase ("الله المستعان.").
_DEFINITE_PREDICATE_OPENERS = {hamza_key(w) for w in "الله".split()}


def _continues(doc, prev_text: str, word: str) -> bool:
    """Is the one-word "sentence" ``word`` an adjective of the last word before the full
    stop ("... في القطاع المصرفي. الخليجي.")? Then the full stop split the sentence (as
    FRG002 reports it: not when the text uses the word as a noun elsewhere)."""
    before = shapes.words(prev_text)
    if not before or not word.startswith("ال") or noun_uses(doc)[word] > 1:
        return False  # (definite after definite: the agreement is clearest there)
    w1 = strip_marks(before[-1])
    return adjective_after(shapes.key(w1), strip_marks(word), ".", False, w1) is not None
