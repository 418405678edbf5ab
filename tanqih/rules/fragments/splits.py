"""FRG002 sentence-split: a full stop that cuts one sentence in two.

The rule holds its docs, its options and the order of the signals it runs; the signals
are grouped by what they read in ``split_verbs``, ``split_pairs``, ``split_heads``,
``split_numbers``, ``split_phrases`` and ``split_corpus`` (classes mixed into the rule),
and the patterns and word tests they read are in ``verb_clauses``, ``verb_complements``,
``complement_words``, ``number_words``, ``noun_phrases``, ``sentence_openings``,
``open_clauses``, ``phrase_words`` and ``document_words``.
"""

from __future__ import annotations

import re

from tanqih.linter.analysis import Span
from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.linter.findings import Edit
from tanqih.linter.registry import Option, Rule
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.citations import LeavesCitedExamples
from tanqih.rules.fragments.complement_words import (
    BEFORE_RE,
    governs_li,
    named_ali,
    needs_complement,
    other_hamza,
    purpose_masdar,
    to_me,
)
from tanqih.rules.fragments.copulas import forms
from tanqih.rules.fragments.document_words import (
    listed_after_colon,
    paragraph_of,
    staccato,
)
from tanqih.rules.fragments.noun_phrases import (
    LABELS,
    opening_head,
)
from tanqih.rules.fragments.open_clauses import (
    verb_among,
)
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    TIME_ADVERBS,
    clear_verb,
    nisba,
    possessed,
    waw_clause,
    without_conjunction,
)
from tanqih.rules.fragments.sentence_openings import (
    OPENING_RE,
    SEPARATING_PRONOUNS,
    cut_opening,
    parallel,
)
from tanqih.rules.fragments.split_corpus import CorpusSignals
from tanqih.rules.fragments.split_heads import HeadSignals
from tanqih.rules.fragments.split_numbers import NumberSignals
from tanqih.rules.fragments.split_pairs import PairSignals
from tanqih.rules.fragments.split_phrases import PhraseSignals
from tanqih.rules.fragments.split_verbs import VerbSignals
from tanqih.rules.fragments.verb_clauses import (
    COPULAS,
    line_before,
    long_enough,
    past_verb,
    sentence_words,
    word_before,
)
from tanqih.rules.fragments.verb_complements import (
    REPORTING,
    attribution,
)
from tanqih.rules.phrases import dialect_quotation, inside_quotation
from tanqih.rules.word_frequencies import zipf


def _definite_by_pronoun(bare: str) -> bool:
    """A noun made definite by a pronoun: "وجهه", "معيشتهم", and the kin of "my" whose
    stem is a word of two letters ("أبي", "أخي", "أمي")."""
    if possessed(bare):
        return True
    return len(bare) == 3 and bare.endswith("ي") and zipf(bare[:-1]) >= 4.0


# A noun with the tanween of the nominative or genitive (بِنْتٌ، بَحْرٌ) is no construct
# head and no verb: a vocalised text's sentence may close on it ("هَذِهِ بِنْتٌ.").
_NUNATION = ("\u064c", "\u064d")
_AMMA = {shapes.key(w) for w in "أما وأما".split()}


def _closed_here(text: str, dot: int) -> bool:
    """Does the sentence close at the full stop ``dot`` by its form: the word before it
    nunated ("هَذِهِ بِنْتٌ. اسْمُهَا مَرْيَمُ."), or أمّا opening the next ("... كما
    ينبغي أن تكون. أما المقبلات الساخنة فكان ...")?"""
    if text[max(0, dot - 3) : dot].rstrip("\u0651").endswith(_NUNATION):
        return True
    nxt = shapes.words(text[dot + 1 : dot + 12])
    return bool(nxt) and shapes.key(nxt[0]) in _AMMA


_FI = shapes.key("في")
# "بمعنى" before the word it glosses; "من" before an adverb of place ("من تحت").
_MEANING = shapes.key("بمعنى")
_FROM = shapes.key("من")
_PLACE_ADVERBS = {shapes.key(w) for w in "تحت فوق".split()}
_LAKIN = shapes.key("لكن")
# كان complete, "existed", after a word of "wherever" or "whatever": "حيث كانت.", "أيا كان."
_COMPLETE_KANA = forms("كان", "he she they")
_WHEREVER = {hamza_key(w) for w in "حيث حيثما أينما كيفما أيا مهما".split()}
_NOT_ANY_MORE = {shapes.key(w) for w in "ما عاد".split()}


def _dialect_there_is(text: str, start: int) -> bool:
    """Is "في" at ``start``, after "ما" or "ما عاد", the Levantine "there is" closing a
    quoted sentence («وحتى الفراطة ما عاد في.»), not a preposition?"""
    if shapes.key(word_before(text, start)) not in _NOT_ANY_MORE:
        return False
    return inside_quotation(line_before(text, start, 300))


# Verbs of becoming and being whose predicate an elative may be ("صارت الصورة أوضح."),
# and "which" asking which of two is more so ("أيّ القراءتين أوضح.").
_ELATIVE_LEADS = (
    COPULAS
    | forms("بات ظل", "he she does she-does")
    | forms("أضحى أمسى", "he she")
    | {hamza_key(w) for w in "أي أيهما أيهم".split()}
)


def _elative_predicate(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``) an elative أفعل, written with the article elsewhere in
    the language (الأوضح), after a verb of becoming and its subject in the same clause
    ("صارت الصورة أوضح.") or after "which" ("وأسألهم أيّ القراءتين أوضح.")?"""
    bare = strip_marks(word)
    if not (shapes.elative(bare) and shapes.takes_article(bare)):
        return False
    clause = re.split("[.؟!:،,\n]", text[max(0, start - 40) : start])[-1]
    return any(hamza_key(strip_marks(w)) in _ELATIVE_LEADS for w in shapes.words(clause)[-3:])


def _listed_particle(text: str, start: int) -> bool:
    """Is the word at ``start`` the last item of a list of words named by a lesson, the
    two items before it single particles after commas ("ومن أخوات إن: أن، وكأن، ولكن،
    وليت، ولعل.") or the three before it single words, it and the one before it on و
    ("... بهمزة قطع: الإذاعة، والأثير، والأخبار، وأجهزة، وإلى.")?"""
    items = text[max(0, start - 80) : start].split("،")
    if len(items) < 3 or items[-1].strip():
        return False
    words = [x.split() for x in items[-3:-1]]
    if all(
        len(w) == 1 and shapes.is_function(without_conjunction(shapes.key(w[0]))) for w in words
    ):
        return True
    # (the last item on و like the one before it: not "... والمزمار، والخبيتي، بينما.")
    return (
        len(items) >= 4
        and all(len(x.split()) == 1 for x in items[-4:-1])
        and text[start : start + 1] == "و"
        and items[-2].strip()[:1] == "و"
    )


class SentenceSplit(
    LeavesCitedExamples,
    VerbSignals,
    PairSignals,
    CorpusSignals,
    NumberSignals,
    HeadSignals,
    PhraseSignals,
    Rule,
):
    """A full stop that cuts one sentence in two ("مع المغرب. أهمية أكبر، لأن").

    **What it does**
    Flags a full stop inside a paragraph when the text around it cannot be a sentence
    boundary:

    - the word before the full stop is a preposition or particle that needs a
      complement ("في.", "إلى.", "أن.", "بأنه.", "التي.", "بشأن.", "جميع.", "لجميع.",
      "بمختلف.", "دون.", "وعدم.", "لعدم.", "بإحدى."; not the preposition with "me",
      إليّ / لديّ without its shadda in a text that writes ى elsewhere: "هذه أحب القطع
      إلي.", nor the name علي, in a text that writes على with ى or right after a given
      name or a word for a person: "... اللاعب محمود علي.", nor a noun written like a
      particle but for its hamza, bare: "عادل إمام.", "أي أثر.", nor بعض closing a
      reciprocal: "بعضها عن بعض."), an adverb of place or time that
      heads a construct ("جنوب.", "منتصف.", "أثناء.", "حوالي.", "داخل."; not those that close an idiom: "عن قرب.", "فما فوق.", "لا غير.", nor a compass word naming a place after a noun of place, "في منطقة شرق."), "باسم" after a spokesman ("المتحدث باسم."), a title after an honorific ("سمو رئيس."), a
      phrase in بـ that works as a preposition ("بقيادة.", "بحضور.", "بمشاركة."), a
      conjunction that needs its clause ("بعدما.", "حيث.", "فيما.", "ولكن."), or a
      verb of saying that needs its clause ("وأضاف. المتحدث أن ..."; not "كما قال.",
      nor a masdar of its shape after a noun, "... بشاحنة نقل.",
      nor after the quotation it reports, "«كانوا أفضل منا»، قال.", nor alone in a
      story told in short sentences, before a sentence with a verb of its own: "...
      عن المسجد. فأشار. الطريق كان قصيرا."),
      or an incomplete verb that needs its predicate ("وكانت. الحكومة قد ..."; not
      "كما كانت.", "أيا كان."), after a clause of two words or as a sentence of one
      word opening a paragraph or inside one ("وكان. من المفترض ...", "... الجوية. ولم.
      يتمكن ...", "... والطاقة. وأضاف. أن ..."); the same after "و" / "ف" ("وحول.",
      "فمنذ."; not "وحسب.", "فقد."); and any closed-class word as a sentence of its own
      ("وهذا. العدد ...", "هناك. اتفاق ..."), but an answer or an interjection ("نعم.",
      "أنا." after a question) or a word repeated for emphasis ("قريبة جدا. جدا.");
    - a sentence of one noun, opening a paragraph or after a full stop, that the next
      word completes: an indefinite noun that heads a construct before a definite word
      ("مجلس. الأمن الدولي ...", "مصادر. الميادين تفيد ..."), or a definite noun before
      an agreeing relational adjective or participle ("الرئيس. اللبناني ميشال عون
      ..."); not a label or the name of a site's section ("عاجل.", "فيديو.", "اقتصاد."),
      a verb, an adverb or a word with tanween (a date or a time stamp alone before the
      noun is a sentence of its own: "... 4 حزيران 2023  شبكة. الميادين ..."); and a
      sentence of a preposition and an
      indefinite noun that heads a construct, before the definite or indefinite noun
      that completes it ("مع تطورات. الأحداث ..."; not an adjective, "من جديد.", nor
      before a subject and its verb, "في صمت. الجميع كان ...", or a short nominal
      sentence, "من أجل جرعة. النوم علاج أيضا.");
    - a sentence of a conjunction of time or place (حيث، فيما، بينما، عندما) or "كما"
      and a verb, cut from the rest whatever follows ("... عقود. عندما اندلعت. الحرب
      ...", "كما أعلن. المتحدث ..."; inside a sentence "حيث ولد." is complete);
    - a circumstantial participle of a verb of saying or stance alone after a comma
      ("...، مؤكدا. مواصلة القتال ...", "...، مشيرة. إلى أن ...", "...، محملين.
      نتنياهو المسؤولية ..."), cut from what it says whatever follows (not "مجددا",
      again);
    - the word after it is an adjective agreeing with the noun before it: a definite
      relational adjective after a definite noun ("الاحتلال. الإسرائيلي",
      "الطائرات. الإسرائيلية", "الأراضي. الزراعية", "الأفلام. الوثائقية", "التعاون.
      الأمني": a word in -ون / -ين is a plural only when the word without the ending
      is one; after two words too, "تداعيات
      الحصار. الاقتصادي على ...", but not before a verb, "عاجل الاحتلال. الإسرائيلي
      يقصف", nor before a name and its verb, a nationality opening a sentence, "...
      مع النادي. البرازيلي نيمار ينتظر ...", nor after a verb and its subject,
      "وصلت القوات. العربية للطيران ..."), an indefinite feminine one after an indefinite feminine
      noun or a broken plural, of four letters too ("شبكة. عربية", "مصادر. محلية", "أربعة
      خطوط. جديدة", "رياح. جنوبية"), an indefinite masculine
      one after an indefinite masculine singular noun ("سياق. سياسي"), a definite one
      agreeing with the indefinite head of the construct before it ("حصيلة القتلى.
      الإجمالية", "عملية الطعن. البطولية"; not before a verb), an indefinite one
      agreeing with the indefinite construct before it ("وسائل إعلام. إسرائيلية"; not
      after a construct made definite by its pronoun, "على نفقة مالكها. بلدية الكويت
      ..."), the adjective of a
      fixed name, which never opens a sentence ("الأمم. المتحدة", "الشرق. الأوسط",
      "مكة. المكرمة"), or of a former holder or a past time ("الرئيس. الأسبق", "العام.
      المنصرم"; not a colour, which names a team: "الأحمر يفوز ..."), an indefinite descriptive
      adjective (فعيل / فاعل, or a participle in م- used in both genders) agreeing in
      gender with the common indefinite noun before it, before a preposition, a particle
      or a verb ("وقعت مواجهات. عنيفة بين ...", "أول جندي. جريح بسببها ..."; a word of
      that shape before a noun heads it, "... بوتين. رئيس أركان الجيش ...", and one
      before أن or a pronoun is a predicate put first, "صحيح أن ...", "كبيرة هي
      الخسائر"; a noun with a pronoun is definite, "منازلهم. كبيرة ..."), a definite
      one of those shapes, no noun of persons (نائب، لاعب: far more common than the
      feminine, or common in a plural in -ون / -ين), agreeing with the definite noun
      before it, before a preposition but في / من ("يعكس الاهتمام. الكبير لمقام ...";
      not "الجديد في الأمر أن ...", "الفارق يتسع", "النائب الذي تحدث ..."). Abstract nouns in -ية
      ("المسؤولية", "العملية", "الرواية") open sentences; word frequencies tell them apart (the masculine
      adjective in -ي is about as common as the feminine one, the abstract noun is far
      more common than any -ي form, and a noun in -ي far more common than its
      feminine, "القاضي", opens sentences too). After an indefinite noun, a definite word of that
      shape is its genitive ("وزير. المالية"), but not after an adjective or an adverb
      (a sentence ends in those, and the next may open with "الإسرائيلي" or
      "السعودية" as a noun), nor before a verb, whose subject it is ("... دون تأخير.
      الآليات تعمل ..."). A word the text uses as a noun elsewhere (after a
      preposition or an imperfect verb, or opening a sentence: "أمام الأهلي", "يلتقي
      الأهلي") may open a sentence and is left alone, and so may an epithet naming a
      person by the field he works in, with its own adjective, after his name ("...
      محمد صلاح. الدولي المصري سجل ...", "... عبد الهادي. السينمائي المخضرم ..."), or a relational
      adjective after a descriptive one, an ordinal or an elative ("... السويس
      الجديد. المصري حقق ...", "... في الشوط الأول. الجزائري ياسين ..."). An
      ordinal or label before a comma is left alone, and so is a masculine one before a
      verb after the last word of a list on "و" ("... في الداخل والخارج. الحسيني يقول
      ...": a name). A definite participle in م- agreeing with the definite noun before
      it is its adjective too ("الحصار. المفروض على ...", "الغارات. المتواصلة على
      ...") when word frequencies call it an adjective: common in both genders, about
      as often, never with a possessive pronoun nor in a plural of persons about as
      common as the singular (not "المتحدث", "المكتب", "المقاومة", "المبنى", "المتهم",
      which name people and things and open sentences, nor a plural: "المشرفون"; an
      adjective's plural is far rarer: "المستمر", "المشترك"), or, too rare for the
      small word list, rare in both genders about as often in the large one
      ("الثورة. المستحكمة في ...", "المتوغلة"; not a name: "المعتصم"), and not after an adjective
      or an ordinal, nor before a verb or أن ("... بالتعادل. المهاجم سجل ...",
      "المتوقع أن ..."). No adjective signal fires on a word followed by a pronoun of
      separation, a subject ("... القطاع. البنية التحتية هي ..."), nor on a feminine
      one before a verb ("... التجار. البلدية ترى ...") or after a phrase of manner
      ("... بانتظام. التهوية الجيدة ..."), nor on a masculine one before its verb,
      maybe after an adjective and a phrase of part or place ("... منطقة الجزاء.
      السوري المحترف في صفوف الفريق سجل ...");
    - the word after it is a relative pronoun agreeing with the definite noun before it
      ("الهدنة. التي استمرت ...", "الأضرار. التي تلحق ...", and التي after any noun
      of three letters, a broken plural or a feminine without ة: "الطرق. التي سيجري
      ..."), or following a name
      ("... آموس هوكستين. الذي شدد ...") or a quoted name ("... معرض «خيوط الذاكرة».
      الذي يضم ..."), unless a pronoun of separation makes the relative clause a
      subject ("الذي يجري هناك هو ..."); نفسه / ذاته after their noun ("... العدد.
      نفسه الذي ...");
    - (none of the signals on the two words around the full stop fires when the next
      sentence opens with the word before it made definite, a style of short
      sentences: "... تحتاج إلى قرار. القرار لم يصدر ...", "... عن راع. الراعي ...",
      nor when it opens with the word before it said again, "نادرة. نادرة جدا", nor
      between parallel sentences, opening with the same relative, demonstrative or
      definite word, each a noun and its relative clause, or repeating أن and a verb:
      "الذين ... . الذين ...", "المدرسة التي ... . الجامعة التي ...", or each opening
      with a one-word label and its colon, "الثانية: ... . الثالثة: ...", nor in a run of
      three sentences opening with one preposition, the verb given once: "في عبدون
      يتراوح السعر بين ... . في دابوق بين 950 و1200 دينار. في الرابية ...");
    - the sentence before it ends with أنّ / إنّ and a definite subject, maybe with its
      adjective, a demonstrative or an indefinite head ("أن قوات الاحتلال", "أن هذه
      الخلافات"), and the next opens with the clause's predicate: any word after إنّ,
      بأنّ, لأنّ ("قالت إن الحالة. مستقرة ..."), a verb after أنّ ("... إلى أن
      المشروع. سينقل المدينة ...", "أن الشركات الصينية. تواجه ..."), or any word but
      a definite one after أنّ inside its sentence ("وأضاف أنّ الحكومة العراقية. قادرة
      ..."); a real sentence ends with أن and a verb, "... أن يستمر.", with the verb
      أنّ, "فأنّ الشيخ. الألم ...", or with a conditional إن, "إن سمحت الظروف.";
    - the word after it is "و" and the bare masdar of a derived verb, and the sentence
      before holds a masdar on "و" or the same masdar: one list of verbal nouns ("...
      واستهداف المنشآت العامة. وتخريب الممتلكات ..."); not when that sentence itself
      opens so, nor before a verb of its own ("وتقليل المضاعفات هدف آخر. وتحسين
      الجودة يأتي ...");
    - the word after it is a relational adjective on "و" with the article and ending of
      the one before it, one list of adjectives: an indefinite one ("شخصيات رياضية.
      وثقافية"; not before a verb, a pronoun or a comma), a definite one before a
      relative clause or the list's next item ("الدول العربية. والإسلامية التي ...",
      "الاقتصادية. والاجتماعية والسياسية"; elsewhere a country, a language or a noun of
      that shape opens a sentence: "... الإماراتية. والسعودية أعلنت ...", "...
      بالعربية. والكردية لها زاويتها");
    - the word after it is "و" and a noun with the article (or without it) of the word
      before it, the next item of a list of nouns, when the sentence it opens has no
      verb, no pronoun of separation and no demonstrative: an indefinite one ("...
      نيران مباشرة. ورشقة صاروخية نحو ..."), a definite one only with the list going on
      ("... في التعليم. والصحة والمواصلات وسائر ..."), not a noun with its own
      pronoun, a definite subject ("... في وقت مبكر. وثالثها إهمال ..."); a sentence
      opens with "و" and a noun when its predicate follows ("... الحرب. والسلام مطلب الجميع.", "والمدارس
      والطرق بحاجة إلى ...", "والمال الذي في أيدينا أمانة ..."), and with an elative
      ("والأسوأ من ذلك ...");
    - the word before it is "لـ" and a masdar of the pattern تفعيل, إفعال, استفعال or
      مفاعلة, a purpose that needs its object ("لتوسيع. عملياتها", "لإنهاء. الخلاف";
      not with the article, "للتعليق.", nor a noun of another shape: "دعا لاجتماع.",
      "نقلوا المقترح لحماس.", nor the object of a verb that takes لـ, "تعرض القارب
      لأضرار.", unless إلى took that verb's object: "توصلا إلى اتفاق لتأمين. ...");
    - the word before it is a verb that takes its object through one preposition and
      the word after it is that preposition ("حرصت. على توسيع ...", "تحتاج. إلى ...",
      "تساهم. فيه ..."; not before an idiom that opens a sentence, "إلى جانب ذلك",
      "على الرغم", nor a form that is a noun too, "بكل حرص.");
    - the clause before ends with a verb or participle that takes its object through
      "بـ", alone or with its subject of one to three nouns, and the next sentence opens
      with "بـ" and a noun ("... فيما يتعلق. بالمساجد ...", "قامت قوات الاحتلال.
      بتنفيذ حملة ...", "الدعوات المطالبة. بهدنة ...", "البسطات المليئة.
      بالمأكولات ..."), or with a masdar of such a verb that seldom stands without it,
      right before the full stop ("بهدف الاهتمام. بشحنات ..."); not a verb that also
      stands alone, "اعترف المتهم.", nor an adverbial or a ceremonial opener,
      "بدوره،", "بالمقابل،", "برعاية الأمير ...");
    - the sentence before holds a verb of saying (قال، أضاف، صرح، يقول) with nothing
      said after it, and the next opens with "إن" / "إنه" ("وقالت الوزيرة في مؤتمر
      صحفي. إن الحكومة ..."; not "كما قال.", not "قال ذلك."), or with one to four
      words before "إن" that are the rest of the speaker's name or title ("وقال رئيس
      الجمعية عبد الرحيم. الودغيري إن ...", "... ريتا. حداد، إن ..."; not a verb,
      "وأضاف إن ...");
    - the sentence before it is a verb of saying and its subject, one to three words,
      with nothing said ("... الماضي. وقال مدير. مستشفى الأمل ...", "وقالت الممثلة.
      العليا ..."; not before an initial, "وقالت د. سلمى ...", nor with what was said
      in a verb or a particle, "قالت ستعود.", "قالوا نعم.");
    - the words after it are an indefinite feminine noun or a noun in the accusative
      with a comparative, closed by a comma ("أهمية أكبر،", "دورا أكبر،"): a
      comparison cut from what it compares is the object of the clause before. (With
      a positive adjective the phrase may be a comment of its own, "خطوة جريئة، لكنها
      متأخرة.", and is left alone);
    - the words after it are a noun and its adjective both in the accusative, and the
      sentence goes on ("... قبل أربع سنوات. نموا سريعا في ...", "خطرا حقيقيا على"):
      an indefinite object cannot open a sentence (greetings and adverbs can: "شكرا
      جزيلا لكم", "سابقا كانت", "دوليا ...");
    - the word after it continues a clause and never opens a sentence: "بأن" or "أنه"
      governed by a verb before the stop ("... لم يثبت. أن موكله ...", "قضت المحكمة.
      بأن ..."; not "أن تصل متأخرا خير ...", an infinitive clause as subject), "تزال" /
      "يزال" after لا / ما ("... لا. تزال ..."), "سيما", بـ on a noun of place
      with no article before the place's name ("... مكتب العمل. بمحافظة تبوك ...";
      not "بمدينة مثل هذه ...", "بقرية صغيرة ...");
    - the sentence after it is the tail of the clause before: a phrase that always
      attaches to what precedes it ("... في الأسواق. ولا سيما الطماطم.", "بما في ذلك
      ..."), or a prepositional phrase of five to twelve words with no comma and no
      verb ("... في الحي الشرقي. عبر شراكة مع عدد من الشركات المحلية."; three
      words will do for the means or purpose of the clause before, بـ / لـ with the
      masdar of a derived verb: "... والاستعداد. لاستقبال ضيوف الرحمن ...", up to a
      comma too when no clause follows the comma, "... في المنطقة. لتكثيف العمليات
      العسكرية، بما فيها ...", not "باستخدام هذه التقنية، يمكن للأطباء ..."; so
      too a phrase of cause, بسبب، جراء، إثر، بفعل, up to a comma when no verb follows
      in the whole sentence, "... تسليم الجثامين. جراء القصف الإسرائيلي، وتسليم
      ...", not "بسبب الأحوال الجوية، أغلقت السلطات ..."; a verb of any shape ends
      it, but not the verb of a relative clause, "خلال الهدنة التي بدأت أمس ...", "في الشوط الثاني أراح المدرب ...", and "نحو" before a
      number opens a quantity, its subject, "نحو 40 ألف وحدة ..."; not "خلال
      الأيام الماضية، خاض ...", "في تلك السنوات كان ...", "في عام 2010 فاز الفريق
      ...", "من الواضح أن ...", a predicate put first before its indefinite subject,
      after a quantity and its noun too ("لدى كل فريق حجج وجيهة.", "داخل بعض
      الحكومات ميل إلى ..."), a headline closed by a pause, a post with a link, nor
      a shorter comment closing a paragraph: "عن طيب خاطر.", "من البداية إلى
      النهاية.");
    - the sentence before it is only a connective that opens the sentence after it
      ("من جانبه. أكد الوزير ...", "ومن جهة أخرى. أعلنت ...", "في حين. تراجعت ..."):
      the fix puts the comma such a connective takes, or joins the two when it takes none
      ("في حين تراجعت");
    - the two words around it are one phrase: a time word before a weekday ("يوم.
      الأحد", "مساء. الخميس") or a part of the day before اليوم / أمس ("صباح. اليوم";
      not after كل / ذات, "كل صباح. اليوم كان ..."), a number before the noun it counts, in the accusative
      ("220. كيلومترا", "12. فيلماً": a و / ف of the word's own; not "عاما بعد عام",
      nor an adverb or an attribution on و / ف, "فوراً", "وفقاً"), a number word of three to ten before the
      plural it counts ("أربعة. أسابيع", "لمدة عشرة. أيام"; not "التاسع عشر.",
      "ثلاثة عشر."), or before its scale ("300. مليون"),
      the units and the tens of one number on و ("الدورة الخامسة. والعشرون", "خمسة.
      وعشرين ألف"), a number in words (tens, a teen after its unit, hundreds, a scale
      after another number word or in the dual) before the singular noun it counts
      when no verb follows that noun in its clause ("ثمانية عشر. شهرا من العمل ...",
      "ثلاثمئة ألف. جرعة من اللقاح ..."; not "... مئة ألف. مصدر في الإدارة أكد ..."),
      a weekday before the day and month it falls on ("يوم الأحد. 15 يونيو"), a compound
      first name before its family name ("عبد اللطيف. الحسناوي"), two words of a
      name or fixed term of the built-in list ("المملكة. المتحدة", "مجلس. الأمن",
      "الذكاء. الاصطناعي"; option ``extend-fixed-names``), a link of a name (بن،
      بنت، أبو، آل) before the next part of it ("سعاد بنت. خميس") or بن / بنت after
      the part before it ("يوسف. بن علي"; not after an initial, "م. ع. بن سالم", an
      adverb or an adjective, "... حذر متبادل. بن شقرون يتحرك ..."); a word
      that needs a complement before a number too ("قبل نحو. 400 عام");
    - the two words around the full stop are written side by side, without it,
      elsewhere in the same document ("القوات. الإسرائيلية" beside "القوات
      الإسرائيلية"); not before a subject and its verb, "حسب الشركة. الجهاز يدعم
      ...", nor before نفسه / ذاته, "... ماهر عيد. المدرب نفسه قال ..." beside
      "ويخلف عيد المدرب البرتغالي";
    - the paragraph opens (indented or not) with one or two words led by a conjunction
      or a verb, cut off from the rest ("وقالت. وسائل إعلام ...", "أعلنت. محكمة العدل
      ...", "ومصادر الوزارة. تشير ..."; not a verb with its definite subject, "فاز
      الهلال. النصر خسر ...", nor a noun phrase before a past verb with a subject of
      its own, "وخريطة الطريق. أكد الوزير ...", nor a verb with its adverb, "وصلت
      ظهرا. الطريق استغرق ...", "جربوا بأنفسكم. اسألوا ...", nor a verb and its
      indefinite subject before another verb, "يضيع هاتف. يتعطل آخر."; nor before a
      new clause on "و", "وانتهى الاجتماع. وغادر ...", nor on a short line of a list or
      a script after a colon, "... على هذا النحو:" / "ليل. شارع ضيق تحت المطر.", nor
      a verbal noun and its relational adjective, "تعادل سلبي. سيطرة بيضاء ..."); the
      same for two such words
      inside a paragraph, after a full sentence ("... في غزة. ومصادر الميادين. تشير
      إلى ...", "... أمس. وقيدت إضرابات. الأطباء ..."; not "... الضائع. وانتهى الأمر.
      غادر اللاعبون ...");
    - a verb in the third person after "و" (its future too: "وستجري", "وسينشر") stands
      alone as a sentence between two others and the next opens with a noun, its subject or object ("... عالمياً.
      ويشير. المسؤولون ...", "... المحلية. وتنتج. شركة ..."; not a verb with a person
      of its own, "وانتظرنا.", nor in a run of short sentences, before a new clause or
      a comma, "... ضغط. أهدر.", "وعملت. ثم ...", nor before a word that may be a verb
      or a sentence with a verb of its own, "وذهب. شاهد اللقطة ...", "وعجز. المؤتمر
      الصحفي ... استمر ...");
    - the word before is a common noun of four letters or more that heads a
      construct, after a particle, a preposition, a definite word or a verb, and the
      word after is a plain definite noun, its genitive, with a sentence of three words
      or more after it ("... قال إن مستوى. الدعم للرئيس ...", "... في موقع. المالكية
      العسكري ...", "نجح الوسطاء في إنهاء. الأزمة ..."; the word is written with the
      article too, or is a masdar of إفعال, تفعيل or استفعال written with it at least
      once in a hundred times, which a name of that shape is not, "إيران"); not an
      adjective, a plural in -ين / -ات, a name, a word with a
      pronoun or tanween, a verb first ("أطلق"), a noun after an indefinite noun, a
      number, "كل" or "أو" ("جرائم حرب.", "منذ 10 شهور.", "دواء أو وقود."), nor before
      "اليوم" or "الآن"; the same head cut from an indefinite noun or adjective that
      completes it ("في ظل ظروف. معينة ...", "وتواصل القوات اقتحام. مخيم طولكرم ...",
      "عن وجود. أدلة جديدة ...") unless the head has the shape فعال of names ("ضد
      حماس.") or closes a sentence or clause elsewhere in the text, the word after is a
      quantity ("عشرات"), a predicate put before a pronoun of separation ("حشود.
      كثيرة هي الأسئلة ..."), or it opens a subject whose verb comes within four words,
      before a comma or preposition ("... عبر رسالة. جمعية البنوك أصدرت ...", "... لأي
      مشروع. ميزانية محدودة تحكم ..."). No head is read in a noun of time ("منذ
      شهور.", "مدتها أسبوع."), after a verb that takes a predicate (كان، ليس، بات،
      تبقى، ما زال: "تبقى قائمة.") nor after بلا, من, لا or بعد ("بلا توقف.", "لم تخل
      من تحذير.", "إلى ما لا نهاية.", "بعد دراسة."); a common noun in -ية far more
      common than its -ي form heads a construct ("توسيع عملية. التطبيع ..."), a rarer
      one is an adjective ("رسالة توعوية."), and after a verb one is an accusative of
      respect ("لا تقل أهمية."). After a masdar, a noun in -ة or another construct
      head that it completes, with no article nor case ending, the head is the middle
      of a chain of constructs when the next sentence has no verb of its own ("...
      تفعيل خدمة. التوعية عبر ...", "... رئيس منظمة. المحاربين ..."; not "... عن
      توفير مسكن. الحلول المطروحة لا تتجاوز ...", nor "بطائرةٍ مسيرة.", nor a counted
      noun and its adjective, "37 درجة مئوية."). A definite
      word after the full stop that opens a nominal sentence, its predicate after it
      and up to two adjectives, is a subject and no genitive: a phrase of state or
      place (في، تحت، أمام، بحاجة، بدوره) or an indefinite adjective ("... وسط موجة
      غلاء. الأسعار في ارتفاع ...", "... أعمال تجهيز. المركز الجديد مجهز ...");
    - the word before is a verb in the third person that is all its clause holds,
      after a comma and an opening phrase or after a conjunction of time or place
      (حيث، فيما، بينما، عندما), and the next sentence has no verb of its own ("من
      جهتها، نشرت. سرايا القدس مشاهد ...", "إلى جانب ذلك، قد تشهد. الحكومة تغييرات
      ...", "... المدينة، حيث غمرت. السيول عشرات المنازل ..."; a sentence opening
      with و and a verb has one: "... حيث توفي. وقال المدير ..."); not after the
      quotation it follows ("«...»، ابتسمت."), after ثم in a story ("ثم توقفت."), nor
      with a person of its own ("نفذوا.", "انتصرنا.");
    - the word before is one of the verbs of news copy that always take an object
      (واصل، أطلق، استهدف، نفذ، شن، أصدر، اقتحم، أنقذ، أظهر، أحبط ...; the imperfects
      يكشف، يوثق، يجذب، يوضح، يثير ...), in a clause of three words or more ("... في
      لبنان تستهدف. موقع حدب ...", "... في المدينة نفذت. عمليات إخلاء ...", "... صورا
      جديدة توثق. آثار الدمار ...");
      not a noun written the same ("دون دعم."), nor after أن / لم / قد / حيث or a
      relative pronoun, where it may be passive or need no object ("كان قد أطلق.",
      "الصاروخ الذي أطلق.", "لم يصدر.", "... حيث اعتقل."), nor before و / ف and a verb,
      a clause of its own ("... ثم أطلقت. وسارعت فرق الإسعاف ..."), nor after a noun
      that may be the subject of a passive when the next sentence has a verb of its
      own ("... إن الجلسة عقدت. الأعضاء ناقشوا ...", "... عشر غارات شنت. الدفاع
      المدني أعلن ..."; a noun before a comma, an accusative or a verb on و is no
      subject: "... غارةً استهدفت. منزلا ..."), nor after كم and the word it counts,
      its object ("كم قرصا تناول."); also أسقط، اغتال، دمر right before the full stop ("...
      أسقطت. ثلاث طائرات ..."); a verb of the first list and its subject, one or two
      definite words or a construct, cut from an indefinite object when the next
      sentence has no verb of its own ("... شنت قوات الأمن. حملة مداهمات واسعة ..."; not
      a quantity, which is as often the object: "واستخدمت معظم الصواريخ.", nor a
      phrase put before a main clause that opens with a verb after a comma: "... يرفع
      إنتاجية الموظفين. بتطبيق هذا النظام في الشركات، لاحظ الباحثون ...");
    - the sentence before it is a verb that needs an object or a complement (أكد،
      أعلن، ذكر، كشف، بث، تمكن، أصدر ...) and its subject, one to three words with no
      function word, tanween or object pronoun, and what follows goes on with that
      subject: a definite adjective of its last word ("تمكنت القوات. الليبية الحكومية
      ...", "كشف الممثل. المصري أحمد حلمي ...") or, after an indefinite head, its
      genitive with no verb after it ("ذكرت وسائل. إعلام محلية ..."), or, after a
      definite subject, an indefinite noun opening a clause with no verb before its
      first comma, relative or word on و, the object it lacks ("... وبثت الميادين.
      مشاهد إصابة الصحافي، والذي ..."). The verb and a
      definite word before a sentence of its own pass: a passive, an object with its
      subject left out, a subject and its object ("ورفعت الجلسة. الوفود غادرت ...",
      "فأوضح السبب. الشركة ...", "واستعرض الوفد الخطة. المسؤولون ...");
    - the word before is a verb beyond doubt (an imperfect, a past with its person
      ending) that closes its clause with nothing after it, after a particle (لا، لن،
      قد، أن), a definite word (its subject) or opening its clause, and the sentence
      after it is a phrase: three words or more, four before any comma or its end,
      and in its first words no verb, no أن / إن, relative, pronoun of separation,
      demonstrative or digit ("... أن قوات الأمن أغلقت. مداخل البلدة ...", "...، ولا تستطيع. طواقم
      الإسعاف ..."); not a verb closing a relative clause ("ما يحدث."), with an object
      pronoun or a person of its own, after a preposition (a masdar: "عن تجدد."), of
      the shapes تفعّل / تفاعل / انفعل after its subject, which take no object ("... إن
      المفاوضات ستتواصل."), nor before a subject and its predicate ("... لن ترتفع.
      الخسائر كبيرة ...", "... مصادر الوزارة متفائلة ...");
    - the sentence after it opens with a noun in بـ / لـ (not a noun that begins with
      those letters: "بيان", "لبنان") and is such a phrase, up to a comma after four
      words when no clause follows the comma, or of two or three words before a comma
      and a clause on و or a participle in the accusative: a complement of the clause
      before ("... بسبب انتهاكاتها. لحقوق العمال ...", "... تعاني نقصا حادا. بالأدوية
      والمستلزمات ...", "... المهتمة. بالأعمال الدرامية، وقد أحدث ...", "... الجامعة
      العربية. لإنشاء صندوق إقليمي، مشيرا إلى ..."); not a compound preposition
      ("بالإضافة إلى ..."), a phrase before its clause ("بقرار من المجلس، تقرر ..."),
      an aside before it ("بالنسبة للمستثمرين، وقد عانوا طويلا، فإن ..."), a predicate put before its indefinite
      subject ("للحكومة خطة واضحة ..."), a comment of under five words closing its
      paragraph ("بالتوفيق للجميع."), nor a tail preposition (بسبب، بحسب، بموجب: read
      above);
    - the sentence after it opens with a preposition written apart (من، على، إلى، عن،
      في، مع، دون) before an indefinite common noun that heads a construct, and is
      such a phrase with no main clause, neither after its comma nor after a later
      one ("... فرض الضيوف سيطرتهم. على مجريات اللعب في وسط الملعب، وأهدر ..."); not
      a phrase of under four words before a comma that leads on to its clause ("من
      جانب آخر، عبر ..."), a noun with its adjective ("من جهة أخرى ..."), a sentence
      holding أن, a preposition before a definite noun, a name or a pronoun ("في
      المقابل"، "في غزة"، "من جهته"), which may be a predicate put first ("في مدينة
      غزة أطفال ..."), nor a full stop after an initial ("العميد ج. من لواء ...");
    - the word before is an indefinite common noun (written with the article too, once
      per million words at least; plurals in -ات too), and the word after a definite
      common noun opening such a phrase, the genitive the construct was cut from ("...
      في توسيع عملية. التطبيع بإضافة دول ...", "... شارك في مهرجانات. الصيف السنوية
      عبر ..."); not an adjective, a noun of time, a word with a pronoun, tanween or
      the ending -ين / -ون / -ا, a name ("غزة", "السودان"), nor أحد closing a negated
      clause ("... دون أن يكتبها أحد. الخضار عند المدخل ..."). For these three signals the
      phrase has no verb of any length ("يتقاطرون", "استقبلوها"), ends with a full
      stop on its line (a heading or a list of tags has none), and is no subject with
      its predicate in على, غير or an adjective of both genders ("... بعد غياب.
      التفاصيل الكاملة في تقرير ...", "... المهمة صعبة ...");
    - the word before is the bare masdar of a derived verb (إفعال، تفعيل، استفعال، and
      افتعال / انفعال before a definite noun or a noun of no adjective's shape)
      after a verb, a definite word, a particle or a word of purpose, and the word
      after is the noun it governs ("... أعلنت الفصائل استهداف. تجمع لجنود ...",
      "... بهدف تطوير. مهارات ...", "أعلنت الوزارة ارتفاع. حصيلة الضحايا ...", "أعلن
      الجيش انسحاب. قواته ..."); not after an indefinite noun, whose genitive it is
      ("صفارات إنذار."), after إلى، دون، بلا، من، بعد ("بحاجة إلى تطوير.", "بعد
      تقييم."), nor before a word on "و" / "ف" ("... عن إصلاح. ويعدون ...");
    - the word before is a demonstrative of a feminine noun or a plural (هذه، تلك،
      هؤلاء) led by a preposition or و, and the word after is a definite feminine or
      plural noun it points at ("... واستكمالا لتلك. الجهود ...", "... وتلك. الواقعة
      على ..."); not ذلك / هذا, pronouns as often ("أشاد بذلك."), nor after كـ ("أجواء
      كهذه.");
    - with corpus counts (``tanqih check --corpus`` or ``--corpus-table``), other
      documents write the two words side by side, more of them than half the documents
      where the first word ends a sentence and the second opens one (each counted from
      two documents on): "وناقش مجلس. الأمن الدولي ..." where the corpus writes "مجلس
      الأمن" elsewhere; not "... مع الفريق. المدرب وعد ..." where both words close and
      open sentences as often as they stand together, nor where so many sentences end
      with the first and open with the second that they meet by chance, nor beside a
      function word ("... الاحتلال. في المقابل ..."), nor two definite words before a
      verb written side by side in fewer than five documents ("... إدارة النادي. الأهلي
      تحرك ..."). A sentence ends at a full stop
      inside a line or at its end;
    - with corpus counts, the word before is an indefinite noun that may head a
      construct, written in thirty documents or more and closing a sentence in at most
      one of a hundred of them, and the word after is definite, its genitive ("...
      بمحاسبة حكومة. الاحتلال ..."); not an adjective, a plural, a verb, an adverb or a
      word after a preposition ("... بإخلاص."), which end sentences, nor before a word
      that opens sentences across the corpus ("اليوم", "اللافت");
    - the two words are a set phrase of Arabic, written side by side in a 32-million-word
      reference corpus at least ten times and sixteen times more often than chance
      (``data/collocations.txt.gz``, from the bigram counts of the MIT-licensed
      ar-corrector package: "قناة. فضائية", "توفير. الحماية", "مخيمات. اللاجئين",
      "الساعات. الأولى"; the first word also with a preposition or a conjunction:
      "باتخاذ. الاحتياطات"); not when the sentence after may stand on its own: it opens
      with a word on a conjunction ("... في المائة. وتراجعت ..."), a function word, a
      verb, "أما" or "اليوم", or a phrase in بـ / لـ before its main clause; it holds a
      word that may be a verb in its first six words, before any أن ("... دون أن يذكر
      السبب. الرئيس يعاني ...", unless its first word is an indefinite adjective: "...
      قناة. فضائية مستقلة انطلقت ..."), or a nominal predicate right after its first word
      ("... لها سعر. الفائدة منخفضة ..."); its first word is an adjective used as a
      noun before في / من ("... الحكومة. الجديدة في التشكيلة ..."), a name or an
      epithet before its verb, or, after a verb that may go without its object, a
      definite noun described by a relative clause ("«أتركه يقرأ. الكتاب الذي يقرأ على
      الرصيف خير ...»"), or the ordinal that opens an enumeration whose second item
      follows ("... تتوقف العبارة مرتين. الأولى عند ... والثانية ..."); it has fewer
      than three words. Nor when the first word
      closes its phrase, after أي، بلا، دون، كل، "أكثر من" or a number ("... دون أي
      وسائل. الإعلام الحكومي ..."), or is said twice ("من مهرجان إلى مهرجان."), after a
      verb with its object pronoun, or when the pair is a set phrase both ways round
      ("الحمد لله" / "لله الحمد");
    - with corpus counts, both words written in ten documents or more, the first
      closing a sentence and the second opening one in at most one of a hundred of
      them ("... أعلنت الوزارة إطلاق منصة. جديدة لتسجيل ...", "... إطلاق خدمة.
      التسجيل الإلكتروني ..."); not an indefinite word after a definite one, which
      opens sentences whatever the counts ("... تحت القصف. مواصلة الحرب تعني ..."),
      nor before a subject and its verb ("... صفقة. أداء القطاعات ارتفع ..."), nor
      after a span of time ("... أعلى رقم منذ عقد. القطاع الفندقي ...").

    A full stop inside a quotation that a text about machine output or punctuation cites as
    an example of the error it explains («يمرر الكرة إلى. الجناح الأيسر»، والصواب ...) is
    left alone, and so is one inside a quotation in dialect, whose grammar is not the
    written language's («كل يوم التاجر بيعرف الأسعار قبلنا. بسعر الجملة اللي ...»).

    **Why is this bad?**
    Sentence-wise translation and scrapers that split at line breaks insert a full stop
    in the middle of a clause. The two halves are ungrammatical, sentence splitters
    cut there, and the meaning is lost.

    In a text written in beats (eight sentences of one to three words or more inside
    its paragraphs, a fifth of their sentences: stories, columns: "رجل غريب. بدلة
    رمادية.") only the cuts no style explains are reported: inside a name or a date,
    between a number and its noun, a relative pronoun, نفسه or a demonstrative cut from
    its noun.

    A sentence that ends with a demonstrative ("فنفت ذلك.") or with "بعد" (yet),
    definite nouns and names at the start of a sentence, adverbials ("بدوره،", "مرة
    أخرى،"), labels and datelines ("عاجل. ..."), abbreviations and initials are not
    flagged, nor is a subject whose predicate is a clause in أن when no verb before the
    full stop could govern that clause ("... في الشقق الكبيرة أعلى. النتيجة أن ..."),
    nor an imperative said to a woman in a text that tells her what not to do ("...
    في دفتر. نامي سبع ساعات."). The rule is conservative: many splits need a parser to
    be seen (of full stops inserted at random word boundaries of the development corpus
    it finds about half, 53-59% on three seeds and 49-51% on two never looked at, and
    61-68% with corpus counts; see the options below).

    **Example**
    إلا أن إسرائيل ترى علاقاتها المتجددة مع المغرب. أهمية أكبر، لأن لها مصلحة في ذلك.

    **Use instead**
    إلا أن إسرائيل ترى علاقاتها المتجددة مع المغرب أهمية أكبر، لأن لها مصلحة في ذلك.

    **Fix safety**
    Unsafe: removing the full stop joins two sentences; review it, the clause may need
    other words.

    **Options**
    ``definite-after-indefinite`` (default false): also flag a full stop between an
    indefinite word and a definite noun ("وزارة. الدفاع", "أغلقت. السلطات") when the
    word before never ends a sentence elsewhere in the text. It finds about a third
    more of the splits, but real text also has such boundaries ("... صورة مقلقة.
    الوحدة ..."): about 1 in 300 real sentence boundaries is flagged. Turn it on for
    text known to be translated sentence by sentence.

    ``extend-fixed-names`` (default empty): names of two words or more to add to the
    built-in list of names and fixed terms (``data/fixed_names.txt``: countries,
    organisations, offices, competitions) that no full stop may split.

    ``corpus-pairs`` (default true): use the corpus counts above when there are any.
    On the 500 articles of the development corpus, counted as one corpus, it adds
    between a ninth and a sixth of the full stops inserted at random word boundaries
    (three seeds) and flags none of the 1,578 real boundaries inside lines, nor any of
    the 10 MB bench corpus made of its sentences shuffled; the evidence grows with the
    corpus.
    """

    code = "FRG002"
    name = "sentence-split"
    family = "fragments"
    fix = "unsafe"
    triggers = "."
    options = {
        "definite-after-indefinite": Option(
            False,
            "also flag a full stop between an indefinite word that never ends a sentence "
            "elsewhere in the text and a definite noun ('وزارة. الدفاع'); finds more "
            "splits but also about 1 in 300 real sentence boundaries",
        ),
        "extend-fixed-names": Option(
            [],
            "names of two words or more to add to the built-in list (data/fixed_names.txt): "
            "a full stop between two of their words splits the name",
        ),
        "corpus-pairs": Option(
            True,
            "with corpus counts (check --corpus / --corpus-table), flag a full stop between "
            "two words that other documents write side by side far more often than they "
            "end or open a sentence, or after a noun that heads constructs and never ends "
            "a sentence in them",
        ),
    }
    corpus_pairs = True

    def _check(self, doc):
        # Each signal yields (full stop, reason[, replacement, fix message]); a full stop
        # is reported once, by the first signal that finds it (the later ones skip
        # the full stops in ``seen`` before doing their work).
        seen: set[int] = set()
        signals = self._CERTAIN_SIGNALS if staccato(doc) else self._SIGNALS
        for signal in signals:
            for dot, why, *fix in signal(self, doc, seen):
                if dot not in seen:
                    seen.add(dot)
                    if parallel(doc.text, dot) or _closed_here(doc.text, dot):
                        continue
                    if not dialect_quotation(doc.text, dot):
                        yield self._report(doc.text, dot, why, *fix)

    def _by_before(self, doc, seen):
        text = doc.text
        for m in BEFORE_RE.finditer(text):
            word = m.group(1)
            dot = m.end(1)
            if "آ" in word:
                continue  # "في آن." (at once) is no "أن.": the key drops the madda
            if word.endswith("يّ") or to_me(text, word):
                continue  # a preposition with the pronoun "me": "نظر إليّ.", "عليّ."
            if other_hamza(word):
                continue  # a noun written like a particle but for its hamza: "عادل إمام."
            if attribution(text, m.start(1), word):
                continue  # a verb of saying after its quotation: "«كانوا أفضل منا»، قال."
            if _listed_particle(text, m.start(1)):
                continue  # the last of words listed by name: "أن، وكأن، وليت، ولعل."
            k = shapes.key(word)
            prev = word_before(text, m.start(1))
            if shapes.key(prev) == _MEANING or (shapes.key(prev) == _FROM and k in _PLACE_ADVERBS):
                continue  # a word glossed, "“گال” بمعنى قال."; an adverb, "نقاط من تحت."
            if k == "علي" and named_ali(text, word, prev):
                continue  # the name: "... في شارع محمد علي. ثم درس ..."
            if k == _FI and _dialect_there_is(text, m.start(1)):
                continue  # the dialects' "there is" in a quotation: «... ما عاد في.»
            if k == _LAKIN and shapes.key(word_before(text, m.start(1))) in shapes.NEGATIONS:
                continue  # لَكُنّ, "for you" (women): "... إن هذا المجال ليس لكن."
            if k in _COMPLETE_KANA and shapes.key(prev) in _WHEREVER:
                continue  # كان complete: "الحاجة حيث كانت.", "أيا كان."
            purpose = purpose_masdar(k, word) and not governs_li(text, m.start(1))
            alone = cut_opening(text, m.start(1))  # a sentence of one word
            if (
                not needs_complement(k, alone, text, m.start(1))
                and not shapes.particle_with_pronoun(strip_marks(word))
                and not purpose
            ):
                if not self._reporting_verb_cut(text, m.start(1), k):
                    continue
            if not (long_enough(text, dot, 2) or alone):
                continue  # (two words: "في منتصف. الشهر الجاري ...")
            if alone and self._told_verb(text, m, k):
                continue
            if _elative_predicate(text, m.start(1), word):
                continue  # "... صارت الصورة أوضح.": the elative, clearer, not أوضح, he explained
            yield dot, f"'{word}' needs a complement"

    def _by_short_opening(self, doc, seen):
        text = doc.text
        for para, mid in self._openings(doc):
            dot = self._short_opening(para)
            if dot is None or dot in seen:
                continue
            words = text[para.start : dot].strip()
            if mid and min(len(strip_marks(w)) for w in words.split()) < 3:
                continue  # (debris of initials or a foreign name: "... بي بي سي. دي. شبكة ...")
            if mid and " " not in words:
                continue  # (one word between two sentences is _by_lone_verb's to read)
            if mid and self._beat_before(text, para.start):
                continue  # a run of beats: '... جدتي: "فنجان. خزف صيني. دمشق ...
            if not mid and listed_after_colon(doc, para):
                continue  # a line of a list or a script after a colon: "ليل. شارع ضيق."
            if mid:
                why = f"'{words}', a sentence of one or two words, cannot stand on its own"
            else:
                why = (
                    f"the paragraph opens with '{words}', one or two words that cannot "
                    "stand as a sentence"
                )
            yield dot, why

    # The first beat of a list told in beats: up to three words after a colon or an
    # opening quote mark, closed by a full stop.
    _BEAT_BEFORE_RE = re.compile(
        f'(?:: ?|[«“]|(?<![^\\s:])")[{LETTERS}{MARKS}]+(?: [{LETTERS}{MARKS}]+){{0,2}}\\. ?$'
    )

    @classmethod
    def _beat_before(cls, text: str, start: int) -> bool:
        """Does a sentence of three words or fewer, after a colon or a quote mark that
        opens a list of beats, come right before ``start`` ('بطاقة: "فنجان. خزف صيني.
        دمشق على الأرجح.')? A label or a list told in beats, not a cut sentence."""
        return cls._BEAT_BEFORE_RE.search(text, max(0, start - 40), start) is not None

    @staticmethod
    def _openings(doc):
        """The paragraphs (with False), and the sentences inside a paragraph after a
        full sentence closed by a full stop, from their start to the paragraph's end
        (with True: "... ضد القوات الأميركية. ومصادر الميادين. تشير إلى ...")."""
        text = doc.text
        for para in doc.paragraphs:
            yield para, False
        sentences = doc.sentences
        for prev, s in zip(sentences, sentences[1:], strict=False):
            para = paragraph_of(doc, s.start)
            if para is None or para.start >= s.start or prev.start < para.start:
                continue
            if not prev.text.rstrip().endswith(".") or prev.text.rstrip().endswith(".."):
                continue
            if len(shapes.words(prev.text)) < 3:
                continue
            yield Span(s.start, para.end, text[s.start : para.end]), True

    # In the order they run: the first to find a full stop reports it.
    _SIGNALS = (
        _by_before,
        _by_short_opening,
        VerbSignals._by_lone_verb,
        VerbSignals._by_said,
        VerbSignals._by_said_alone,
        VerbSignals._by_speaker,
        HeadSignals._by_compound_name,
        HeadSignals._by_fixed_name,
        NumberSignals._by_date,
        HeadSignals._by_bound,
        PhraseSignals._by_tail,
        PhraseSignals._by_governed,
        VerbSignals._by_that_clause,
        PhraseSignals._by_connective,
        PhraseSignals._by_b_tail,
        PairSignals._by_pair,
        PairSignals._by_word_alone,
        HeadSignals._by_construct,
        HeadSignals._by_masdar,
        VerbSignals._by_clause_verb,
        VerbSignals._by_transitive,
        VerbSignals._by_verb_alone,
        PhraseSignals._by_open_clause,
        NumberSignals._by_counted,
        NumberSignals._by_accusative,
        NumberSignals._by_comparative,
        PhraseSignals._by_amma,
        PhraseSignals._by_demonstrative,
        PhraseSignals._by_follower,
        PhraseSignals._by_quoted_antecedent,
        CorpusSignals._by_corpus,
    )

    _INTERJECTIONS = {shapes.key(w) for w in "ويل ويح آه أواه".split()}

    # In a text written in beats (``staccato``) only the cuts no style explains: inside
    # a name, between a number and its noun, a date, a relative or a demonstrative cut
    # from its noun.
    _CERTAIN_SIGNALS = (
        HeadSignals._by_compound_name,
        HeadSignals._by_fixed_name,
        NumberSignals._by_date,
        NumberSignals._by_counted,
        PhraseSignals._by_demonstrative,
        PhraseSignals._by_follower,
        PhraseSignals._by_quoted_antecedent,
    )

    # Two sentences of two or three words each: the paragraph goes on in beats.
    _SHORT_RUN_RE = re.compile(
        f"(?:[{LETTERS}{MARKS}]+(?: [{LETTERS}{MARKS}]+){{1,2}}[.؟!] ?){{2}}"
    )

    # "because" and "but", with or without a pronoun: what follows answers the sentence
    # before, whatever its length.
    _BECAUSE_BUT = tuple(shapes.key(w) for w in "لأن لان لكن ولكن".split())

    def _short_opening(self, para):
        """A paragraph that opens with a one- or two-word sentence led by a conjunction
        ("وقالت. وسائل إعلام ...", "وجدد دعوته. للمجتمع ..."): the offset of its full stop."""
        m = OPENING_RE.match(para.text)
        if not m:
            return None
        rest = para.text[m.end() :]
        if len(shapes.words(rest)) < 3:
            return None
        words = [w for w in m.groups()[:2] if w]
        nxt = shapes.key(m.group(3))
        if any(shapes.is_function(w) for w in words) or shapes.is_function(nxt):
            return None
        if len(words) == 1 and shapes.key(words[0]) in LABELS:
            return None  # a label: "عاجل. ...", "تحديث. ..."
        if len(words) == 1 and shapes.key(words[0]) in self._INTERJECTIONS:
            return None  # a cry: "ويل. كلمة وعيد ...", "آه. ..."
        if nxt.startswith(self._BECAUSE_BUT):
            return None  # a reason given for a short sentence: "أتمنى. لأنني ما زلت ..."
        if shapes.key(shapes.words(rest)[1]) in RELATIVES:
            return None  # a noun and its description: "نجيب محفوظ. الروائي الذي ..."
        if re.match(f"[{LETTERS}{MARKS}]+[.؟!]", rest) or self._SHORT_RUN_RE.match(rest):
            # a run of short sentences: "عشر سنوات. دراسات. لجان. ...", "طازجة. مختارة
            # بعناية. تليق بضيوفك."
            return None
        first = shapes.key(words[0])
        bare = strip_marks(words[0])
        led = bare[:1] in "وف" and zipf(bare[1:]) >= 3.0  # ("وأضاف"; not "فوضى", "فجأة")
        # A conjunction and a known word, not a word of its own far more common than
        # what is left without its first letter ("ورشة", "وزير").
        conj = led and len(first) > 3 and zipf(bare) < zipf(bare[1:]) + 1.0
        if len(nxt) < 3:
            return None
        if (
            para.text[m.end() : m.end() + 1] in '«“"'
            and without_conjunction(first) not in REPORTING
        ):
            return None  # a gesture before a quotation: "يبتسم. «اليوم رزق»، يقول."
        if waw_clause(strip_marks(m.group(3))) and not (conj and len(words) == 1):
            return None  # a new clause: "وانتهى الاجتماع. وغادر الوفد ..."
        if len(words) == 1 and not led and self._sentence_follows(rest, bare):
            # A dateline or a beat of a story before a sentence with its own verb:
            # "بيروت. أعلنت الوزارة ...", "صمت. الجميع ينظرون ..."
            return None
        if not conj and not shapes.verb_like(bare):
            if not (len(words) == 1 and opening_head(words[0], m.group(3))):
                return None  # a label or dateline: "عاجل. ...", "تغطية صحفية. ..."
        if has_tanween(words[0]) or shapes.stance_adverb(bare):
            return None  # an answer: "أبدًا. الدور ...", "طبعا. الحكومة ..."
        if len(words) == 2:
            verb = first[1:] if conj else first
            second = shapes.key(words[1])
            if (
                (second.startswith("ال") and shapes.subject(second, verb))
                or (_definite_by_pronoun(strip_marks(words[1])) and not shapes.pp_prefixed(second))
            ) and (not conj or shapes.predicate_verb(verb) or past_verb(nxt)):
                if self._speaker_alone(verb, second):
                    return para.start + m.end() - 2
                # A verb and its subject, definite by the article or a pronoun: "فاز
                # الهلال.", "هدأ القصف.", "وتغير وجهه.", "وتوقف أبي."; not a noun after
                # the conjunction, a noun phrase with no predicate, before the imperfect
                # verb it is the subject of ("ومصادر الميادين. تشير إلى ..."; a past verb
                # after a title has a subject of its own: "وخريطة الصراع. أكد عضو ...")
                return None
            if second in TIME_ADVERBS or has_tanween(words[1]):
                return None  # a verb with its adverb: "وصلت ظهرا.", "عدنا مساءً."
            if len(second) >= 5 and second.endswith("ون") and shapes.past_or_present_verb(verb):
                return None  # a verb and its plural subject: "ضحك كثيرون.", "شارك مواطنون."
            if shapes.verb_like(bare) and self._coordinated_verb(second):
                return None  # two verbs, the second on و: "اذهبوا وشاهدوها.", "جاء ورحل."
            if (
                # (a noun in ف that takes the article is no conjunction: "فكرة جيدة.")
                (not conj or zipf("ال" + bare) >= 3.0)
                and not second.startswith("ال")
                and shapes.evaluative(strip_marks(words[1]))
            ):
                return None  # a verdict: "... من أجمل ما شاهدناه. عرض صادق. ممثلات ..."
            if not conj and not second.startswith("ال") and nisba(strip_marks(words[1])):
                return None  # a verbal noun and its adjective: "تعادل سلبي. سيطرة بيضاء ..."
            if not second.startswith("ال") and shapes.verb_like(strip_marks(m.group(3))):
                return None  # a verb and its subject, then another verb: "يضيع هاتف. يتعطل آخر."
            if (
                not conj
                and not second.startswith("ال")
                and not shapes.verb_like(strip_marks(words[1]))
                and zipf("ال" + bare) >= max(3.0, zipf(bare))
                and self._sentence_follows(rest, bare)
            ):
                # a noun and its adjective, an answer of their own before a sentence with
                # its verb: "فرق كبير. النسبة الثابتة تحسب على ..."
                return None
            if (
                second[:1] == "ب"
                and not second.startswith("بال")
                and shapes.pp_prefixed(second)
                and verb.endswith("وا")
            ):
                # A plural verb with its manner ("جربوا بأنفسكم.", "فكروا بهدوء."); not
                # with a definite object ("وطالبوا بالإفراج. عن ...").
                return None
        if any(len(strip_marks(w)) < 2 for w in words):
            return None  # initials: "د. ناصر"
        return para.start + m.end() - 2

    # Verbs of saying that take no definite noun as their object: what they say comes
    # in a clause or a phrase ("قال إن ...", "أشار إلى ...", "شدد على ...").
    _SAY_NO_OBJECT = {
        hamza_key(w + t) for w in "قال أشار صرح أعرب شدد طالب".split() for t in ("", "ت")
    }

    @classmethod
    def _speaker_alone(cls, verb: str, second: str) -> bool:
        """Are ``verb`` and ``second`` a verb of saying and the speaker, with nothing
        said ("وأكد المتحدث. باسم وزارة الصحة ...", "قال المسؤول. إن ...")? The noun is
        the speaker, not an object, when the verb takes none or the noun names a person
        (a participle in م-: المتحدث، المسؤول، المراسل)."""
        if verb not in REPORTING or not second.startswith("ال"):
            return False
        base = second[2:]
        return verb in cls._SAY_NO_OBJECT or (
            base[:1] == "م" and len(base) >= 5 and not base.endswith(("ة", "ات"))
        )

    @staticmethod
    def _coordinated_verb(k: str) -> bool:
        """Is the key ``k`` a verb on و / ف, maybe with its object pronoun ("ورحل",
        "وشاهدوها": شاهدوا and ها)?"""
        if k[:1] not in "وف" or len(k) < 4:
            return False
        verb = k[1:]
        if clear_verb(verb):
            return True
        for suffix in shapes.PRON_SUFFIXES:
            if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
                stem = verb[: -len(suffix)]
                return clear_verb(stem + "ا" if stem.endswith("و") else stem)
        return False

    @staticmethod
    def _sentence_follows(rest: str, bare: str) -> bool:
        """Does ``rest``, after a one-word sentence ``bare`` opening a paragraph, open
        with a verb ("بيروت. أعلنت ..."), have a pronoun of separation or a negation
        after its first word, or hold a verb in its first words when ``bare`` is a
        common noun ("صمت. الجميع ينظرون ...": as common with the article, and more
        common with it than without when it has the shape of a verb)? Then ``bare``
        is a sentence or a dateline of its own."""
        ws = sentence_words(rest, 0)
        if ws and (shapes.predicate_verb(shapes.key(ws[0])) or clear_verb(shapes.key(ws[0]))):
            return True
        k0 = shapes.key(ws[0]) if ws else ""
        if k0[:1] == "س" and k0[1:2] in "يتن" and clear_verb(k0[1:]):
            return True  # a future: "مألوف. سيحل في اللحظة الأخيرة."
        if any(shapes.key(w) in SEPARATING_PRONOUNS | shapes.NEGATIONS for w in ws[1:4]):
            return True  # "تعريف. الجملة الاسمية هي ...", "تذكر. النجاح لا يأتي ..." (its verb)
        z, z_article = zipf(bare), zipf("ال" + bare)
        noun = z_article >= 3.0 and (not clear_verb(shapes.key(bare)) or z_article >= z)
        return noun and verb_among(ws[:6])

    def _report(self, text, dot, why, content="", fix_message="remove the full stop"):
        # The words around the full stop, on its line (a message is one line).
        a = max(text.rfind(" ", 0, dot - 1), text.rfind("\n", 0, dot - 1))
        ends = [i for i in (text.find(" ", dot + 2), text.find("\n", dot + 1)) if i >= 0]
        b = min(ends) if ends else len(text)
        shown = text[a + 1 : b].strip()
        return self.finding(
            dot,
            dot + 1,
            f"full stop splits a sentence in '{shown}': {why}",
            [Edit(dot, dot + 1, content)],
            fix_message=fix_message,
        )
