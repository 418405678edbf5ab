"""VAR002 hamza-variant: one word written with and without hamza in one document
(اسرائيل / إسرائيل).
"""

from __future__ import annotations

from tanqih.linter.analysis import Analysis
from tanqih.linter.registry import Rule
from tanqih.rules.variants.index import ReadsNamesFile, quote, variant_index
from tanqih.rules.variants.relation import HAMZA
from tanqih.rules.word_frequencies import KNOWN, zipf


class HamzaVariant(ReadsNamesFile, Rule):
    """One word written with and without hamza in one document (اسرائيل / إسرائيل).

    **What it does**
    Groups the words of a document that differ only in their hamza seats (ا أ إ آ, و ؤ,
    ي ئ, or ؤ / ئ / ء inside a word of four letters or more: مسئول / مسؤول، رءوس / رؤوس;
    not before a pronoun, where the seat shows the case, أعضاؤهم / أعضائهم, nor ئ / ء
    after the alef of a four-letter word, سائل / ساءل), clitics split off, and reports every occurrence of the minority spelling with
    the majority spelling in the message. When one spelling is far more common in
    written Arabic (word frequencies: إلى against الى, اجتماع against إجتماع), it is the
    one to use even where the document writes the other more often. Words that differ by
    hamza and are distinct words are left alone: the function words أن / إن, أما / إما,
    ألا / إلا, أي / إي and others listed in ``data/distinct_spellings.txt``; pairs with
    two different hamza seats (أثر / إثر, آمن / أمن), except أ / إ opening a word of six
    letters or more that is no plural / masdar pair أفعال / إفعال (أردوغان / إردوغان is
    one name; أعداد / إعداد two words); a hamza-less form that may stand
    for two words (امام: أمام or إمام), unless the text writes one of them after the
    same word ("وسائل اعلام" beside "وسائل إعلام"); a bare form that is a common word
    of its own (كان / كأن); an imperative and the first person of one verb (اسأل /
    أسأل: the alef form opens a clause, on و / ف too, "فاذهب", or a line of dialogue
    after its dash, or follows "ثم", "ثم اكتب جملة", or another imperative on و, "اربح
    واضحك", and the hamza form
    follows "لن", "لم", "أنا" or a question word with no subject after it, "ماذا أسأل
    قبل التوقيع؟", or is no past of a verb of form IV, which written Arabic inflects,
    nor an elative: "أكتب هذه الزاوية" beside "اكتب المصطلح", not أعلن / أعلنت nor
    أكثر / الأكثر); a verb of colour beside its adjective (اسودّ / أسود: the verb
    with its shadda or before its definite subject, "ثم اسود السعف"); and a common
    word written with ؤ / ئ for its و / ي in a spelling the word list does not know, a
    rarer word of its own (يوم / يؤم). A token that VAR001 reports (a long-vowel or ة / ه
    difference as well) is reported there only. A quoted Qur'anic verse (between ﴿ ﴾
    or braces, or in Uthmani script: ٱللَّهِ) keeps its own orthography and is neither
    counted nor corrected, by any of the spelling rules. Two spellings the text cites
    side by side as words where it talks about writing («إنتهى» ... والصواب «انتهى»;
    a line listing them: "إلكتروني، لا الكتروني."),
    a spelling inside a quotation in dialect («الجايزة دي ...») or inside a quotation
    that never writes a hamza on its alefs in a text that does (an old print: "فهذا يوم
    تفاخر به الايام، وتتحدث بذكره الاقلام"; not counted either), a dual beside a plural
    after a long alef (العداءين / عدائين) and a name written like a particle but for its
    hamza that stands before a punctuation mark ("وقال لاي، ..." beside "لأي سبب") are
    left alone.

    **Why is this bad?**
    Scraped copy mixes text typed with and without hamza. Inside one article this is an
    inconsistency readers notice, and it splits a word in search and counting.

    **Example**
    بمساعدة المغرب في كل ما يحتاجه من إسرائيل، وفقا لمصالح اسرائيل الخاصة

    **Use instead**
    بمساعدة المغرب في كل ما يحتاجه من إسرائيل، وفقا لمصالح إسرائيل الخاصة

    **Fix safety**
    Unsafe: the fix rewrites a word to the majority (or the usual) spelling; in rare
    cases the two spellings are two words, so review it.
    """

    code = "VAR002"
    name = "hamza-variant"
    family = "variants"
    fix = "unsafe"

    def check(self, doc: Analysis):
        index = variant_index(doc, self.names)
        distinct: dict[tuple[str, str], bool] = {}  # (one scan of the tokens a pair)
        for occ in index.occurrences((HAMZA,)):
            pair = (occ.stem, occ.target)
            if pair not in distinct:
                distinct[pair] = _imperative_pair(doc, *pair) or _colour_verb(doc, *pair)
            if distinct[pair]:
                # "اسأل عن ..." (ask!) beside "ماذا أسأل؟" (what do I ask?); "اصفرّ" (it
                # turned yellow) beside "أصفر" (yellow)
                continue
            start, end = occ.token.start, occ.token.end
            here = occ.token.text
            fixed = occ.fixed_word()
            usual = ", the usual spelling" if 2 * occ.count < occ.total else ""
            yield self.finding(
                start,
                end,
                f"{quote(here)}: {occ.seen_as(index.words)} elsewhere in this document "
                f"({occ.count} of {occ.total} occurrences{usual}); use one hamza spelling",
                occ.edits(),
                fix_message=f"write {quote(fixed)}",
            )


# What may stand before a verb opening its clause: the start of a sentence, a line, a
# clause after a comma or colon, a quotation or a line of dialogue after its dash, and
# "ثم" (then) before the next step ("ثم اكتب جملة").
_CLAUSE_OPENERS = frozenset('.!؟?:\n،«"“(—–-')
_THEN = "ثم"
# Particles only an imperfect follows, and "I": after them أفعل is the first person
# ("لن أكتب", "أنا أخرج"), not the past of a verb of form IV (أعلن); after a question
# word it is so when no definite subject follows ("ماذا أسأل قبل التوقيع؟", not "ماذا
# أعلن الوزير؟").
_BEFORE_IMPERFECT = frozenset("لن لم لكي كي لا أنا انا".split())
_QUESTION_WORDS = frozenset("ماذا لماذا كيف متى هل".split())


def _imperative_pair(doc: Analysis, stem: str, target: str) -> bool:
    """Are the two spellings an imperative with its hamzat al-wasl and the first person
    of the same verb (اسأل / أسأل, اكتب / أكتب), two words: the alef form opens a clause
    (an imperative opens its clause; a comparative written without its hamza, "اكثر",
    sits inside one) and the hamza form is a first person: after a particle only an
    imperfect follows, or a question word with no definite subject after the verb
    ("ماذا أسأل قبل التوقيع؟"; "ماذا أعلن الوزير؟" is the past of a verb of form IV,
    and "اعلن" its misspelling)?"""
    if len(stem) != 4 or len(target) != 4 or stem[1:] != target[1:]:
        return False
    if {stem[0], target[0]} != {"ا", "أ"}:
        return False
    text = doc.text
    opens = after_particle = False
    for tok in doc.tokens:
        word = tok.bare[1:] if tok.bare[:1] in "وف" and len(tok.bare) == 5 else tok.bare
        if word[1:] != stem[1:] or word[:1] not in "اأ":
            continue
        j = tok.start - 1  # (the last character before the word, spaces skipped)
        while j >= 0 and text[j] in " \t":
            j -= 1
        k = j
        while k >= 0 and text[k].isalpha():
            k -= 1
        before = text[k + 1 : j + 1]
        if word[0] == "ا":
            # (on و / ف too: "فاذهب إلى مديرك", "واعرف ما يغضبك"; on و after another
            # imperative: "اربح واضحك")
            paired = word != tok.bare and len(before) == 4 and before[0] == "ا"
            opens = opens or j < 0 or text[j] in _CLAUSE_OPENERS or before == _THEN or paired
            continue
        if before in _BEFORE_IMPERFECT or (
            before in _QUESTION_WORDS and not text[tok.end : tok.end + 8].lstrip().startswith("ال")
        ):
            after_particle = True
    return opens and (after_particle or _only_first_person(target if target[0] == "أ" else stem))


# The colours and defects whose verb is افعلّ (form IX, its alef a hamzat al-wasl):
# "اسودّ السعف" (the fronds turned black) beside "أسود" (black).
_COLOUR_VERBS = frozenset("اسود ابيض احمر اخضر اصفر ازرق اعوج".split())


def _colour_verb(doc: Analysis, stem: str, target: str) -> bool:
    """Are the two spellings a verb of colour in ا and its adjective in أ, the verb known
    by the shadda written on its last letter or by the definite subject after it ("ثم
    اسودّ السعف"; an adjective follows its noun)?"""
    verb = stem if stem[:1] == "ا" else target
    if verb not in _COLOUR_VERBS or {stem[:1], target[:1]} != {"ا", "أ"}:
        return False
    text = doc.text
    for tok in doc.tokens:
        if tok.stem != verb or tok.definite:
            continue
        if text[tok.end - 1] == "\u0651" or text[tok.end : tok.end + 3].lstrip().startswith("ال"):
            return True
    return False


def _only_first_person(word: str) -> bool:
    """Is ``word`` (أفعل) the first person of a verb whose imperfect is a common word
    (أكتب / يكتب), and neither the past of a verb of form IV, which written Arabic
    inflects (أعلنت، أعلنوا; أجرت), nor an elative (الأكثر)? Its imperative is written
    with a bare alef ("أكتب هذه الزاوية" beside "اكتب المصطلح")."""
    if zipf("ي" + word[1:]) < KNOWN:
        return False  # no imperfect: أكدت، أوبك
    past = word[:-1] if word.endswith("ى") else word
    return max(zipf(past + "ت"), zipf(past + "وا"), zipf("ال" + word)) < KNOWN
