"""What the sentence after a full stop opens with, for FRG002 (``splits``).

A phrase that continues the clause before (``phrase_tail``), a short opening or a
connective, a sentence that opens a paragraph or follows a date stamp (``cut_opening``),
words that follow their noun and never open a sentence, parallel sentences, and what
shows a sentence of its own: a pronoun of separation, a nominal predicate, an epithet,
a clause in أن. Which signal of the rule uses which is documented on the rule.
"""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS, MARKS, hamza_key, has_tanween, strip_marks
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.boilerplate.datelines import MONTHS
from tanqih.rules.fragments.complement_words import means_or_purpose
from tanqih.rules.fragments.document_words import HSPACE
from tanqih.rules.fragments.noun_phrases import DEMONSTRATIVES
from tanqih.rules.fragments.phrase_words import (
    RELATIVES,
    SEPARATING_PRONOUNS,
    definite_run,
    derived_masdar,
    nisba,
    plain_adjective,
    without_conjunction,
)
from tanqih.rules.fragments.verb_clauses import (
    SENTENCE_END_RE,
    clause_verb,
    clause_words,
    line_before,
    sentence_words,
)
from tanqih.rules.phrases import pkey

OPENING_RE = re.compile(
    f'[{HSPACE}]*["“«]?([{LETTERS}][{LETTERS}{MARKS}]*)(?: ([{LETTERS}][{LETTERS}{MARKS}]*))?'
    f'\\. (?=["“«]?([{LETTERS}][{LETTERS}{MARKS}]*))'
)
# Words that follow the noun they belong to and never open a sentence: a relative
# pronoun after its antecedent ("... المبعوث آموس هوكستين. الذي شدد ...") and نفس /
# ذات with a pronoun after the noun they stress ("... وهو العدد. نفسه الذي ...").
EMPHATICS = {
    shapes.key(w)
    for w in "نفسه نفسها نفسهما نفسهم نفسهن أنفسهم أنفسهن ذاته ذاتها ذاتهما ذاتهم".split()
}
FOLLOWERS = {
    shapes.key(w)
    for w in "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي".split()
} | EMPHATICS
# One to four words opening a paragraph or a sentence, closed by a full stop, with
# the paragraph going on after it.
CONNECTIVE_RE = re.compile(
    f"(?:^|(?<=[.؟!] ))((?:[{LETTERS}][{LETTERS}{MARKS}]* ){{0,3}}[{LETTERS}][{LETTERS}{MARKS}]*)"
    f"\\. (?=[{LETTERS}])",
    re.MULTILINE,
)
CLAUSE_HEADS = {shapes.key(w) for w in "تجدر وتجدر يذكر ويذكر".split()}


# A full stop after a word (or a closing quote mark) before the next word.
TAIL_RE = re.compile(f'([{LETTERS}{MARKS}]["”»]?)\\. (?=([{LETTERS}][{LETTERS}{MARKS}]*))')
# The words such a tail opens with (checked before the sentence is read).
TAIL_FIRST = shapes.PHRASE_TAILS | {o[0] for o in shapes.ATTACHED_OPENINGS}


# Prepositions written like a verb (حوّل "turned", عبَر "crossed"), which takes its
# object and then إلى: "حول الكرة برأسه إلى الشباك."
_VERB_HOMOGRAPHS = {hamza_key(w) for w in "حول عبر".split()}
_TO = {hamza_key(w) for w in "إلى الى".split()}

# "على ... أن ...": what someone must do ("على الحكومة أن تقرأ ..."), a sentence (أن
# as in _THAT below).
_ON = hamza_key("على")

# Words of approximation that open a sentence before a number ("نحو 40 ألفا ...").
QUANTITY_HEADS = {hamza_key(w) for w in "نحو حوالي قرابة".split()}


def phrase_tail(text: str, start: int) -> str | None:
    """Why the sentence opening at ``start`` is the tail of the clause before, or
    None: a phrase that always attaches to what precedes it ("ولا سيما تشاد ومصر.",
    "بما في ذلك ..."), or a prepositional phrase of five to twelve words with no
    comma and no verb ("عبر لوائح جهوية مخصصة للنساء.", "خلال النصف الثاني من العام
    المقبل."; not "خلال الأشهر الماضية، قامت ...", "من الواضح أن ...", "خلال ذلك ...",
    nor a shorter comment: "عن طيب خاطر.")."""
    end = SENTENCE_END_RE.search(text, start, start + 400)
    if end is None:
        return None
    sentence = text[start : end.start()]
    ws = [shapes.key(w) for w in shapes.words(sentence)]
    if not ws:
        return None
    for opening in shapes.ATTACHED_OPENINGS:
        if tuple(ws[: len(opening)]) == opening:
            return f"'{' '.join(sentence.split()[: len(opening)])}' attaches to the clause before"
    # (five words at least: a comment closing a paragraph is shorter, "عن طيب خاطر.",
    # "من دون تردد.", "من البداية إلى النهاية."; three for the means or purpose of the
    # clause before, a masdar of a derived verb in بـ / لـ: "... للسماح. بتوزيع مساعدات
    # إغاثية ...", "... والاستعداد. لاستقبال ضيوف الرحمن ...")
    means = means_or_purpose(sentence.split()[0])
    least = 3 if means else 5
    if re.search("[،,]", sentence) and (
        means or (ws[0] in _CAUSES and not any(_main_verb(ws, j) for j in range(1, len(ws))))
    ):
        # The means or purpose phrase up to a comma, and after it no clause of its own,
        # which would open with a verb or its subject ("... للمرة الأولى. لتكثيف أنواع
        # العمليات العسكرية، بما فيها ...", "... باستخدام الطيران المسير، مؤكدةً أن
        # ..."; not "باستخدام هذه التقنية، يمكن للأطباء ..."); so too a phrase of cause
        # when no verb follows in the whole sentence ("... جثامين القتلى. جراء القصف
        # الإسرائيلي، وتسليم جثامين ...", "... توسع الحرب. بسبب التصعيد الإسرائيلي،
        # باستهداف ...")
        sentence, rest = re.split("[،,]", sentence, maxsplit=1)
        if not _no_clause_after(rest):
            return None
        ws = [shapes.key(w) for w in shapes.words(sentence)]
        least = 3
    if not least <= len(ws) <= 12 or not (means or ws[0] in shapes.PHRASE_TAILS):
        return None
    if end.group() in "؟!?" or any(c in sentence for c in "،,:؛;#"):
        return None  # a question, or a clause after the fronted phrase (or a post)
    if ws[0] in QUANTITY_HEADS and re.match("\\S+\\s+[0-9٠-٩]", sentence.lstrip()):
        return None  # a quantity, the subject of its sentence: "نحو 40 ألف وحدة ..."
    if text.startswith("..", end.start()) or re.search("[A-Za-z]", sentence):
        return None  # a pause (a headline: "من ... إلى ..") or Latin (a link, a post)
    if ws[1] in shapes.PHRASE_CLAUSE_SECONDS or " ".join(ws) in shapes.COMMENT_PHRASES:
        return None
    if len(ws) > 2 and ws[1].endswith(("ها", "هم", "هما", "هن")) and not ws[2].startswith("ال"):
        if not shapes.is_function(ws[2]) and not ws[2].startswith(("لل", "بال")):
            # a predicate fronted before its subject: "على جدرانها صور ..." (not a
            # phrase after the noun: "بسبب دعمها للقصف ...")
            return None
    if any(_main_verb(ws, j) for j in range(1, len(ws))):
        return None  # a verb: "في الموسم المقبل تنتقل الفرقة ...", "في عام 2010 فاز ..."
    if any(w in SEPARATING_PRONOUNS for w in ws[2:]):
        return None  # a subject and its pronoun: "حتى الكراسي هي نفسها تقريبا."
    if ws[0] == _ON and not _THAT.isdisjoint(ws[2:4]):
        return None  # an obligation, its own sentence: "على الحكومة أن تقرأ هذه الرسالة."
    if ws[0] in _VERB_HOMOGRAPHS and ("\u0651" in sentence.split()[0] or _TO & set(ws[2:])):
        return None  # the verb حوّل / عبَر and its object: "حول الكرة برأسه إلى الشباك."
    return f"'{sentence.split()[0]} ...' is a phrase with no verb that continues the clause before"


# Prepositions of cause, whose phrase closes the clause it explains.
_CAUSES = {hamza_key(w) for w in "بسبب جراء إثر بفعل".split()}


# Adjectives of the shapes فُعلى / أفعل ending in ى, whose key reads like an imperfect
# of the first person (أخرى: اخري).
_FULA = {hamza_key(w) for w in "أخرى كبرى صغرى عظمى أولى وسطى قصوى عليا أقصى أدنى أعلى".split()}


def _main_verb(ws: list[str], j: int) -> bool:
    """Could word ``j`` of a phrase (keys) be the verb of a clause of its own? Not the
    verb of a relative clause, right after its pronoun ("خلال الهدنة التي بدأت أمس
    ...", "الذي استهدف ..."), nor an adjective in ى ("عائلات أخرى")."""
    if j >= 2 and ws[j - 1] in _VERB_NEGATIONS and shapes.definite(ws[j - 2]):
        # a negated imperfect after a definite phrase put first (the article or a
        # pronoun): its main verb, however short ("على الهاتف لا ترى شيئًا", "من دونها
        # لن نجد ..."; after an indefinite noun it is the noun's clause: "خلال فترة لا
        # تتجاوز شهرًا")
        w = ws[j]
        return w[:1] in "يتنا" and len(w) >= 3 and not w.startswith("ال")
    return clause_verb(ws, j) and ws[j - 1] not in RELATIVES and ws[j] not in _FULA


# The negations of a verb (لا لم لن), not ليس and its forms, which a noun may follow.
_VERB_NEGATIONS = {k for k in shapes.NEGATIONS if not k.startswith("ليس")}


def _no_clause_after(rest: str) -> bool:
    """Does ``rest``, the text after a comma, only go on with the phrase before it: a
    preposition or a phrase that refers back ("بما فيها ...", "وذلك للمرة ...", "إلى
    ...", "الأمر الذي ..."), a state in the accusative ("مشيرًا إلى ...") or the next
    item on "و" of a list of verbal nouns ("وإتاحة مقاعد ...")? Anything else may open
    the main clause: a verb, a particle, a pronoun or a subject ("يمكن للأطباء ...", "لا
    بد من ...", "نحن بحاجة ...", "هناك خطة ...", "خطة جديدة تقضي ...")."""
    ws = shapes.words(rest[:60])
    if not ws:
        return False
    b, k = strip_marks(ws[0]), shapes.key(ws[0])
    if has_tanween(ws[0]):
        return True
    if k in _REFERRING_BACK or k in shapes.PREPOSITIONS or means_or_purpose(ws[0]):
        return True  # (a means: "...، باستهداف عاصمتين ...")
    if k == hamza_key("الأمر"):
        return len(ws) > 1 and shapes.key(ws[1]) in RELATIVES
    return b[:1] == "و" and len(b) > 4 and derived_masdar(b[1:])


# Words after a comma that refer back to the phrase before it ("بما فيها", "مما يعني").
_REFERRING_BACK = {hamza_key(w) for w in "بما مما وذلك وهو وهي".split()}


def cut_opening(text, start) -> bool:
    """The word opens a paragraph or a sentence inside one ("وكان. من المفترض ...",
    "... الجوية. ولم. يتمكن ...", "... والطاقة. وأضاف. أن ..."): a sentence of one
    word that needs what follows the next full stop."""
    head = text[max(0, start - 8) : start].rstrip(HSPACE)
    if head.endswith("\n") or (not head and start <= 8):
        return True  # opening a paragraph, indented or not: "وكان. من المفترض أن ..."
    if _after_stamp(text, start):
        return True  # after a date or a time on its line: "4 حزيران 2023  شبكة. الميادين ..."
    # After a sentence, whatever run of spaces scrapers left after its full stop.
    return (
        len(head) < start - max(0, start - 8)
        and head.endswith(".")
        and len(head) >= 2
        and head[-2] not in "\n ."
    )


# A date or a time stamp: numbers (with their ":" "/" "-") and month names, nothing else.
_STAMP_TOKEN_RE = re.compile(r"\d+(?:[:/.-]\d+)*")
_STAMP_END_RE = re.compile(r"[\n؟!]|\.(?=\s)")


def _after_stamp(text, start) -> bool:
    """Does the word at ``start`` follow only a date or a time since the last line or
    sentence end ("... تهز إسرائيل.  4 حزيران 2023  شبكة.", "07 أيلول 09:23 شبكة.")?
    Such a stamp stands as a sentence of its own: the word after it opens the next."""
    window = text[max(0, start - 60) : start]
    parts = _STAMP_END_RE.split(window)
    if len(parts) == 1 and start > 60:
        return False  # (the sentence runs back further than the window)
    tokens = parts[-1].split()
    if not tokens:
        return False
    digits = False
    for token in tokens:
        if _STAMP_TOKEN_RE.fullmatch(token):
            digits = True
        elif pkey(strip_marks(token)) not in MONTHS:
            return False
    return digits


_RELATIVE_ALT = "|".join("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
# A relative pronoun opening a sentence after a quoted name ("... معرض «خيوط الذاكرة».
# الذي يضم ..."): the name is its antecedent.
QUOTED_RELATIVE_RE = re.compile(f"[»”]\\. ((?:{_RELATIVE_ALT})(?![{LETTERS}{MARKS}]))")


_RELATIVE_OPENING_RE = re.compile(f"^و?ال[{LETTERS}]+[{MARKS}]* (?:{_RELATIVE_ALT})(?![{LETTERS}])")


def parallel(text: str, dot: int) -> bool:
    """Do the sentences on both sides of the full stop at ``dot`` open alike, a
    columnist's parallel sentences rather than one sentence cut: the same first word
    ("الذين لا يملكون ... . الذين تؤلمهم ..."), each a definite noun and its relative
    clause ("المدرسة التي ... . الجامعة التي ..."), the sentence after repeating a
    particle and verb prefix of the one before ("أريد أن أعمل ... . أن أقترح ..."), or
    a preposition of the phrase before said again, then once more after "و" ("عن
    البيت. عن شجرة الليمون، وعن غرفهم")?"""
    seg = line_before(text, dot, 400)
    stop = max(seg.rfind(". "), seg.rfind("؟ "), seg.rfind("! "))
    cut = max(stop, seg.rfind(": "))
    before = seg[cut + 2 :] if cut >= 0 else seg
    after = text[dot + 2 : dot + 120].split("\n", 1)[0]
    if _LABEL_RE.match(after) and _LABEL_RE.match(seg, stop + 2 if stop >= 0 else 0):
        return True  # items labelled alike: "الثانية: خسارة ... . الثالثة: تعادل ..."
    bw, aw = shapes.words(before), shapes.words(after)
    if len(bw) < 2 or len(aw) < 2:
        return False
    bk = [shapes.key(strip_marks(w)) for w in bw]
    ak = [shapes.key(strip_marks(w)) for w in aw]
    first = without_conjunction(ak[0])
    if first == without_conjunction(bk[0]) and (
        hamza_key(first) in RELATIVES or first in DEMONSTRATIVES or first.startswith("ال")
    ):
        return True  # (not a verb: "وأطلق ...، وبعدها. أطلق الجنود ..." is one sentence)
    if _RELATIVE_OPENING_RE.match(before.strip()) and _RELATIVE_OPENING_RE.match(after.strip()):
        return True
    if ak[0] in _VERB_GOVERNORS and shapes.past_or_present_verb(ak[1]):
        return any(a == ak[0] and b[:1] == ak[1][:1] for a, b in zip(bk, bk[1:], strict=False))
    if ak[0] in _LISTED_PREPOSITIONS and ak[0] == bk[0]:
        # a run of three sentences or more opening with one preposition, the later ones
        # without the verb the first gave them ("في عبدون يتراوح سعر المتر بين ... . في
        # دابوق بين 950 و1200 دينار. في الرابية ...")
        return ak[0] in (_opening(seg[: max(cut, 0)], last=True), _opening(_line_after(text, dot)))
    if ak[0] in _LISTED_PREPOSITIONS and ak[0] in bk[-3:-1]:
        # the preposition of the phrase before, said again and once more after "و": a
        # list of its objects ("نحكي لهم عن البيت. عن شجرة الليمون، وعن غرفهم.")
        return "و" + ak[0] in ak[2:14]
    return False


_STOP_RE = re.compile(r"[.؟!:] ")
# A sentence that opens with a one-word label and its colon ("الثالثة: تعادل سلبي").
_LABEL_RE = re.compile(r"\s*[^\s.:،]+: ")


def _opening(segment: str, last: bool = False) -> str:
    """The first word (keyed, without و / ف) of the first sentence of ``segment`` after
    its first full stop, or of its last sentence with ``last``; "" if none."""
    if last:
        stops = list(_STOP_RE.finditer(segment))
        segment = segment[stops[-1].end() :] if stops else segment
    else:
        stop = _STOP_RE.search(segment)
        if stop is None:
            return ""
        segment = segment[stop.end() :]
    ws = shapes.words(segment)
    return without_conjunction(shapes.key(strip_marks(ws[0]))) if ws else ""


# How far after a full stop the sentence after the next one is looked for: two short
# items of a list fit well within it.
_AFTER_REACH = 400


def _line_after(text: str, dot: int) -> str:
    """The line's text after the full stop at ``dot``, at most ``_AFTER_REACH``
    characters of it: a bounded look-ahead, as ``line_before`` looks back, keeps the
    scan linear on one long line."""
    start = dot + 2
    end = text.find("\n", start, start + _AFTER_REACH)
    return text[start : end if end >= 0 else start + _AFTER_REACH]


# Particles before an imperfect verb: said again after a full stop with a verb of the
# same person, they go on a series ("أريد أن أعمل ... . أن أقترح ...").
_VERB_GOVERNORS = {hamza_key(w) for w in "أن لن لم كي لكي".split()}
# Prepositions a writer repeats to list the objects of one verb, a full stop between.
_LISTED_PREPOSITIONS = {shapes.key(w) for w in "في عن من إلى على مع".split()}


def relative_subject(text: str, dot: int) -> bool:
    """Is the relative clause opening the sentence after ``dot`` its subject, with a
    pronoun of separation before the predicate ("الذي يجري هناك هو عقاب جماعي"), or a
    clause in أن as its predicate right after a verb of happening or a verb whose object
    is a pronoun ("الذي حدث أن ...", "الذي يقلقني أن ..."; after a verb of saying the
    clause is the verb's object: "... المتحدث. الذي أكد أن ...")? (A
    second verb in its first clause would show the predicate too, "الذين حضروا الندوة
    أشادوا ...", but it is just as much the verb of the sentence a full stop cut
    before its subject's relative clause: "... أن الهدنة المؤقتة. التي استمرت سبعة
    أيام انتهت ...", and in news copy that cut is far the more common.)"""
    ws = sentence_words(text, dot + 2)
    if any(shapes.key(w) in SEPARATING_PRONOUNS for w in ws):
        return True
    if len(ws) < 3 or shapes.key(ws[2]) not in _THAT:
        return False
    k = shapes.key(ws[1])
    if k in _HAPPENING:
        return True
    return k.endswith(_OBJECT_PRONOUNS) and shapes.predicate_verb(k)


# Verbs of happening, whose subject a clause in أن may be ("الذي حدث أن ...").
_HAPPENING = {hamza_key(w) for w in "حدث جرى حصل وقع يحدث يجري يحصل يقع".split()}
# Object pronouns on a verb: "يقلقني", "نعرفه", "يهمنا".
_OBJECT_PRONOUNS = ("ني", "نا", "ه", "ها", "هم", "كم")


def copula_after(following: str) -> bool:
    """Does a pronoun of separation come within the two words after a noun ("البنية
    التحتية هي الشرط ...")? Then the noun is the subject of a sentence of its own."""
    return any(shapes.key(w) in SEPARATING_PRONOUNS for w in clause_words(following[:40])[:2])


# Prepositions and adverbs that open the predicate of a nominal sentence ("الأسعار في
# ارتفاع", "الأسواق تحت ضغط", "الموظف بدوره ضحية", "آلاف النازحين بلا مأوى").
PREDICATE_OPENERS = {
    hamza_key(w)
    for w in """في تحت فوق أمام لدى بين خارج داخل بصدد بحاجة بدوره بدورها بدورهم
    بانتظار رهن قيد بلا بدون دون""".split()
}
# Relational adjectives that name a person by the field he works in, opening a sentence
# after his name in sports and culture pages ("... محمد صلاح. الدولي المصري سجل ...",
# "... كمال عبد الهادي. السينمائي المخضرم أكد ...").
EPITHETS = {
    hamza_key(w + ending)
    for w in """الدولي السينمائي الإعلامي الأكاديمي الحقوقي الدبلوماسي الروائي المسرحي
    التشكيلي الموسيقي""".split()
    for ending in ("", "ة")
}


def epithet_opens(word: str, following: str) -> bool:
    """Is ``word``, after the full stop, an epithet naming a person (``EPITHETS``)
    described by a definite adjective right after it ("الدولي المصري", "السينمائي
    المخضرم")? It opens a sentence about the person named before the full stop."""
    if shapes.key(word) not in EPITHETS:
        return False
    ws = clause_words(following[:40])
    if not ws:
        return False
    b = strip_marks(ws[0])
    return b.startswith("ال") and (nisba(b) or plain_adjective(b[2:]) or b.startswith("الم"))


# Adverbs of place between a subject and its predicate ("الوضع هناك بالغ الخطورة").
_HERE = {hamza_key(w) for w in "هنا هناك هنالك".split()}


def nominal_predicate(following: str) -> bool:
    """Does a definite word (``following`` is the text after it), with up to two
    definite adjectives, open a nominal sentence: its predicate follows, a prepositional
    phrase of state or place or an indefinite adjective ("... الأسعار في ارتفاع
    مستمر", "... الأسواق الآسيوية تحت ضغط", "... المركز الجديد مجهز بأحدث ...")?"""
    ws = clause_words(following[:60])
    i = definite_run(ws, 2)  # (the subject's adjectives)
    if 0 < i < len(ws) and strip_marks(ws[i]).startswith("لل"):
        i += 1  # (a phrase on an adjective: "القسم المخصص للطوارئ بحاجة ...")
    if i < len(ws) and shapes.key(ws[i]) in _HERE:
        i += 1  # "الوضع الصحي هناك بالغ الخطورة"
    if i >= len(ws):
        return False
    b, k = strip_marks(ws[i]), shapes.key(ws[i])
    if k in PREDICATE_OPENERS:
        return True
    j = i
    while j < len(ws) - 1 and has_tanween(ws[j]):
        j += 1  # (adverbs: "الحافلة ذهابا وإيابا بمئة بيزو")
    if price(ws[j]):
        return True  # a price: "التذكرة بخمسين جنيها", "الليلة الواحدة بأربعمئة درهم"
    if shapes.is_function(k) or has_tanween(ws[i]):
        return False
    if (k[:1] in "وف" and shapes.conjunction_led(b)) or shapes.pp_prefixed(k):
        return False  # (a list going on, a phrase: not "كبيرة", "كثيرة")
    return (
        plain_adjective(b) or nisba(b) or (b.startswith("م") and len(b) >= 4 and shapes.gendered(b))
    )


_THAT = {hamza_key(w) for w in "أن أنه أنها أنهم".split()}


def price(word: str) -> bool:
    """Is ``word`` بـ and a number, in digits or words ("بخمسين", "بأربعمئة", "ب50"):
    what a thing costs, the predicate of a nominal sentence ("التذكرة بخمسين جنيها")?"""
    b = strip_marks(word)
    if b[:1] != "ب" or len(b) < 2:
        return False
    rest = b[1:]
    k = shapes.key(rest)
    return rest[0].isdigit() or k in shapes.NUMBER_WORDS or k.endswith(shapes.key("مئة"))


def clause_predicate(word: str, following: str) -> bool:
    """Is the definite ``word`` an adjective, a participle or an elative whose predicate
    is the clause in أن after it ("المؤكد أن ...", "اللافت أن ...", "الأهم أن ...")? A
    sentence opens that way; a noun before أن is a subject cut from its verb ("...
    أكدت وزارة. الصحة أن ..."), unless an adjective of its own, no nisba, stands
    between and is that predicate ("الخبر الجيد أن ...", "الأمر اللافت أن ...")."""
    ws = clause_words(following[:40])
    b = strip_marks(word)
    if not ws or not b.startswith("ال"):
        return False
    if len(ws) >= 2 and shapes.key(ws[1]) in _THAT:
        adj = strip_marks(ws[0])
        return not nisba(adj) and shapes.agreeing_adjective(adj, b)
    if shapes.key(ws[0]) not in _THAT:
        return False
    b = b[2:]
    if len(b) == 3 and b[0] in "أا":
        return True  # a doubled elative: الأهم، الأشد
    if b.startswith("م"):
        # a participle of both genders (مؤكد، متوقع، مهم), not a noun (مجلس، مكتب)
        return len(b) == 3 or shapes.gendered(b, 1.6)
    return shapes.elative(b) or plain_adjective(b)
