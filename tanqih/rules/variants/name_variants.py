"""VAR001 name-variant: a name or word spelled two ways in one document (بلطي / بالطي),
and a compound written as one word and as two ("عبدالرحمن" / "عبد الرحمن").
"""

from __future__ import annotations

import re
from collections import defaultdict

from tanqih.linter.analysis import Analysis
from tanqih.linter.arabic import strip_marks
from tanqih.linter.findings import Applicability, Edit
from tanqih.linter.registry import Option, Rule
from tanqih.rules.sentence_shapes import is_function as is_function_word
from tanqih.rules.variants.index import (
    ReadsNamesFile,
    compared,
    quote,
    variant_index,
    written_beside,
)
from tanqih.rules.variants.relation import LETTER, LKEY, VOWEL
from tanqih.rules.word_frequencies import zipf


class NameVariant(ReadsNamesFile, Rule):
    """A name or word spelled two ways in one document (بلطي / بالطي).

    **What it does**
    Groups the words of a document whose spellings differ only by a long vowel inside
    the word (بلطي / بالطي), by a final ة / ه (القاهرة / القاهره) or by a final ى / ي
    (مصطفى / مصطفي, الحسيني / الحسينى; a ه for ة only when it cannot be a word with the
    pronoun "his": حمزه is حمزة, وحياه "greeted him" is no حياة, and then from two
    occurrences; with the article ه is never "his", and a far rarer form is a
    misspelling: الجامعه / الجامعة, but not الكره "hatred" / الكرة), with clitics (و ف
    ب ل ك ال) split off, and reports every
    occurrence of a minority spelling, naming the majority spelling (the first
    occurrence breaks a tie). Distinct words are kept apart with word frequencies:
    two established words of one root (كتب / كاتب, علم / عالم; with the same pronoun
    too: اختبرنا / اختبارنا; two participles in a sound plural that the large word
    list knows: المدعين / المودعين) or a preposition and a name (على / علي) are never
    variants; a long-vowel pair is reported only when
    neither form is a common word and the group occurs at least three times (twice
    when both are spellings of six letters or more that the word list does not know, a
    transliterated name: زيلينسكي / زيلنسكي, but not two known words behind one clitic,
    ويستعد / ويستعيد; or when a known word of seven letters or
    more stands beside a spelling no list knows and no clitic, suffix or masdar explains
    it: نتنياهو / نتانياهو), and when
    it has the shape of a grammatical form (a broken plural محفل / محافل or زامل /
    زوامل, a dual, a
    nisba, a masdar تفعيل beside the imperfect تطرز / تطريز, or افتعال beside its verb
    ادخر / ادخار) only when neither spelling is in wordfreq's large list at all (a foreign
    name: دوفيف / دوافيف). Two spellings of a foreign name with another letter for
    one sound (غ / ج، س / ش / ز، ت / ط، ك / ق: غوتيريش / غوتيريس) are grouped when
    the word list knows neither, with or without the article (Arabic family names
    differ so: الزهراني / الشهراني), and reported from three occurrences. A final
    ى written ي in a name or noun (مصطفي، مستشفي, the Egyptian spelling, common on
    the web) is reported at a smaller frequency gap than other letters; verbs keep
    the larger one (يرى "sees" / يري "shows"). Where both spellings are common words
    (يحيى / يحيي "revives", ليلى / ليلي "nocturnal"), the minority one is reported when
    it stands beside the same other part of the name as the majority one ("يحيى
    الإدريسي" twice, "يحيي الإدريسي" once); that part must be as rare as a name, not a
    common noun ("تبنّي مجلس" / "تبنّى مجلس" are a masdar and a verb), and a word after a
    particle a verb follows is the verb ("لن يحيي الخطيب الحفل": أن، لن، لم، قد ...).
    Three letters in ى / ي that the large word list knows both ways are a verb and a
    noun of one root (كُنى "kunyas" / كُني "was named", سعى / سعي) and are left apart.

    Two spellings the word list knows (both, or one beside a form it has never seen) are
    two words as far as frequencies can tell (كتاب / كاتب); they are grouped only when
    both read as names (no common word, none that takes the article or ends as a nisba
    or plural, no imperfect verb), one long vowel or one letter of a foreign sound
    apart, and one occurrence of each stands beside the same word ("إقليم كردستان" / "إقليم كوردستان", "بلدية شيكاغو" / "بلدية
    شيكاجو").

    Two spellings that each follow given names the other never follows are the names
    of two people ("هيروشي ساتو", "يوكو ساتو" beside "كينجي سايتو": Sato and Saito)
    and are left alone; a given name spelled two ways still counts as one (إيسينور /
    أيسينور).

    A compound written as two words and as one (عبد الرحمن / عبدالرحمن، خان يونس /
    خانيونس، دير الزور / ديرالزور) is reported the same way, the minority form against
    the majority (a tie is left alone); neither part may be a function word (كل ما /
    كلما, إن ما / إنما are two words and one).

    Left alone: two spellings the text cites side by side as words where it talks about
    writing them (“شكسبير” و“شيكسبير”، «عبد الله» أم «عبدالله»؟; a line listing them:
    "همبرغر وهامبرغر وهمبرجر."), a spelling inside a
    quotation in dialect (the speaker's: «أنا جايبها من العبور») or in a quotation that
    never writes a hamza on its alefs in a text that does (an old print, a reader's
    letter: "الفاتوره", not counted either), an active participle
    in ي beside its passive in ى with a preposition and pronoun (المشتكي / المشتكى عليه);
    the masdar of a verb تفعّى / تفاعى, always with the article, beside the verb, never
    with it (التهجي / وتهجى، التعافي / تعافى); a word beside its broken plural (بذر /
    بذور، الشاشية / الشواشية); a word with a letter drawn out, three
    times in a row (a sound or a cry: "هووووو" / "هوووووو", a story's wind).

    With a names file (``names-file = "names.toml"`` in the config; a TOML table
    ``canonical = ["variant", ...]``), every listed variant is reported and rewritten to
    its canonical spelling whatever the majority is.

    **Why is this bad?**
    Machine translation and hurried editing transliterate a foreign name differently
    in different sentences. Readers may take two spellings for two people, and search
    and entity linking over the corpus split one person into two.

    **Example**
    ونقلت الصحيفة عن زوهار بلطي قوله ... وأوضح بلطي أن ... بحسب ما قاله بالطي.

    **Use instead**
    ونقلت الصحيفة عن زوهار بلطي قوله ... وأوضح بلطي أن ... بحسب ما قاله بلطي.

    **Fix safety**
    Unsafe: the fix chooses a spelling (the majority one), which changes a word; review
    it. Fixes that follow a user's names file are unsafe too unless the option
    ``names-file-fixes = "safe"`` declares the names file authoritative.

    **Options**
    - ``names-file-fixes``: ``"unsafe"`` (default) or ``"safe"``: the applicability of
      fixes that follow the names file.
    """

    code = "VAR001"
    name = "name-variant"
    family = "variants"
    fix = "unsafe"
    options = {
        "names-file-fixes": Option(
            "unsafe", "applicability of fixes that follow the names file", str, ("unsafe", "safe")
        ),
    }

    def check(self, doc: Analysis):
        index = variant_index(doc, self.names)
        given: dict[str, set[str]] | None = None
        passive: dict[tuple[str, str], bool] = {}  # (one scan of the tokens a pair)
        for occ in index.occurrences((LETTER, VOWEL, "names")):
            if occ.kind != "names":
                pair = (occ.stem, occ.target)
                if pair not in passive:
                    passive[pair] = _passive_participle(doc, *pair) or _masdar_and_verb(doc, *pair)
                if passive[pair]:
                    # "المشتكي" (the plaintiff) and "المشتكى عليه" (the defendant);
                    # "التهجي" (spelling) and "تهجى" (he spelled)
                    continue
                if _plural_with_pronoun(*pair) or _plural_with_pronoun(*pair[::-1]):
                    continue  # "قوافيه" (its rhymes) beside "قافية" (a rhyme)
                if _broken_plural(*pair) or _broken_plural(*pair[::-1]):
                    continue  # "بذور" (seeds) beside "بذر"; "الشواشية" beside "الشاشية"
                given = _given_names(doc) if given is None else given
                mine, theirs = given.get(occ.stem), given.get(occ.target)
                if mine and theirs and not mine & theirs:
                    continue  # two people: "هيروشي ساتو" and "كينجي سايتو"
            start, end = occ.token.start, occ.token.end
            here = occ.token.text
            fixed = occ.fixed_word()
            if occ.kind == "names":
                msg = f"{quote(here)}: the names file spells it {quote(fixed)}"
                appl = (
                    Applicability.SAFE
                    if self.opts["names-file-fixes"] == "safe"
                    else Applicability.UNSAFE
                )
            else:
                others = occ.count
                msg = (
                    f"{quote(here)}: {occ.seen_as(index.words)} elsewhere in this document "
                    f"({others} of {occ.total} occurrences); use one spelling"
                )
                appl = Applicability.UNSAFE
            yield self.finding(
                start,
                end,
                msg,
                occ.edits(),
                applicability=appl,
                fix_message=f"write {quote(fixed)}",
            )
        yield from self._compounds(doc)

    def _compounds(self, doc: Analysis):
        """A name written as two words and as one (عبد الرحمن / عبدالرحمن، بورت سودان /
        بورتسودان): the minority form is reported; a tie is left alone."""
        for tok, joined, here, fixed, edit, count, total in compound_variants(doc):
            yield self.finding(
                tok,
                joined,
                f"{quote(here)}: written {quote(fixed)} elsewhere in this document ({count} of "
                f"{total} occurrences); use one spelling",
                [edit],
                applicability=Applicability.UNSAFE,
                fix_message=f"write {quote(fixed)}",
            )


_LONG_VOWELS_RE = re.compile("(?<=.)[اوي](?=.)")
# A preposition with its pronoun after a passive participle ("المدعى عليه", "المتوفى
# عنها زوجها", "المشتكى منه").
_PREPOSITION_PRONOUNS = frozenset(
    p + s
    for p in ("علي", "عن", "من", "ب", "ل", "في", "إلي", "الي")
    for s in ("ه", "ها", "هم", "هما", "هن")
)


def _broken_plural(one: str, other: str) -> bool:
    """Is ``other`` a broken plural of ``one`` (their accusative alef and article
    aside): فعول / فعال of a word of three letters ("بذور" / "بذر", "جبال" / "جبل"), or
    فواعل of فاعل ("الشواشية" / "الشاشية")? Its plural, not its spelling."""
    if one.endswith("ا") and other.endswith("ا"):
        one, other = one[:-1], other[:-1]
    if one.startswith("ال") and other.startswith("ال"):
        one, other = one[2:], other[2:]
    if len(one) == 3 and len(other) == 4 and other[2] in "وا":
        return other[:2] + other[3:] == one
    return len(one) >= 4 and one[1] == "ا" and other == one[0] + "و" + one[1:]


def _plural_with_pronoun(one: str, other: str) -> bool:
    """Is ``one`` the broken plural فواعل with the pronoun "ه" of the singular فاعلة
    ``other`` ("قوافيه" / "قافية", "قواعده" / "قاعدة"): its plural, not its spelling?"""
    x, y = one[:-1], other
    return (
        one.endswith("ه")
        and len(x) == 5
        and len(y) == 5
        and x[1:3] == "وا"
        and y[1] == "ا"
        and y[4] == "ة"
        and x[0] == y[0]
        and x[3:] == y[2:4]
    )


def _passive_participle(doc: Analysis, one: str, other: str) -> bool:
    """Are ``one`` and ``other`` an active participle in ي and the passive in ى that a
    preposition with its pronoun always follows ("المدعي" / "المدعى عليه", "المشتكي" /
    "المشتكى عليه"): two words, the plaintiff and the defendant?"""
    if one[:-1] != other[:-1] or {one[-1:], other[-1:]} != {"ى", "ي"}:
        return False
    passive = one if one.endswith("ى") else other
    toks = doc.spelling_tokens
    seen = False
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.bare == passive or t.stem == passive:
            if nxt.bare not in _PREPOSITION_PRONOUNS:
                return False
            seen = True
    return seen


def _masdar_and_verb(doc: Analysis, one: str, other: str) -> bool:
    """Are ``one`` and ``other`` the masdar of a verb تفعّى / تفاعى in ي, always with the
    article, and the verb in ى, never with it ("التهجي" / "وتهجى", "التعافي" /
    "تعافى"): two words, spelling and he spelled?"""
    if one[:-1] != other[:-1] or {one[-1:], other[-1:]} != {"ى", "ي"}:
        return False
    if not one.startswith("ت") or len(one) not in (4, 5):
        return False
    verb = one if one.endswith("ى") else other
    seen = set()
    for t in doc.spelling_tokens:
        if t.stem in (one, other):
            if t.definite == (t.stem == verb):
                return False
            seen.add(t.stem)
    return len(seen) == 2


def _given_names(doc: Analysis) -> dict[str, set[str]]:
    """For each word, the words as rare as a name written right before it ("هيروشي" before
    "ساتو"): two spellings that always follow different given names are the family
    names of different people (ساتو / سايتو), not one name spelled two ways."""
    toks = doc.spelling_tokens
    text = doc.text
    out: dict[str, set[str]] = defaultdict(set)
    for prev, tok in zip(toks, toks[1:], strict=False):
        b = prev.bare
        if len(b) >= 3 and zipf(b) < 3.0 and not is_function_word(b):
            if written_beside(prev, tok, text):
                # (by a loose key: the given name may vary too, إيسينور / أيسينور)
                out[tok.bare].add(_LONG_VOWELS_RE.sub("", b.translate(LKEY)))
    return out


def compound_variants(doc: Analysis) -> list[tuple]:
    """(start, end, as written, the other form, edit, its count, total) for every
    minority occurrence of a compound written both as two words ("عبد الرحمن") and as
    one ("عبدالرحمن") in one document. Neither part may be a function word (كل ما /
    كلما, إن ما / إنما are two words and one); the joined form has five letters or more."""
    text = doc.text
    toks = doc.spelling_tokens
    bares = [t.bare for t in toks]
    long_words = {b for b in bares if len(b) >= 5}
    pairs: dict[str, list] = defaultdict(list)
    for i, key in enumerate(map(str.__add__, bares, bares[1:])):
        if key not in long_words:
            continue
        a, b = toks[i], toks[i + 1]
        if not written_beside(a, b, text) or len(a.bare) < 2 or len(b.bare) < 2:
            continue
        if not is_function_word(a.bare) and not is_function_word(b.bare):
            pairs[key].append((a, b))
    if not pairs:
        return []
    joined: dict[str, list] = defaultdict(list)
    for t in toks:
        if t.bare in pairs:
            joined[t.bare].append(t)
    out = []
    for key, two in pairs.items():
        one = joined[key]
        total = len(two) + len(one)
        if len(two) == len(one):
            continue  # a tie: nothing tells which is the house spelling
        if compared(doc, key, f"{two[0][0].bare} {two[0][1].bare}"):
            continue  # both forms cited as words: «عبد الله» أم «عبدالله»؟
        if len(two) < len(one):
            for a, b in two:
                out.append(
                    (
                        a.start,
                        b.end,
                        text[a.start : b.end],
                        key,
                        Edit(a.end, b.start, ""),
                        len(one),
                        total,
                    )
                )
        else:
            cut = len(two[0][0].bare)
            spaced = two[0][0].bare + " " + two[0][1].bare
            for t in one:
                at = _offset_of(t, cut)
                if at is not None:
                    out.append((t.start, t.end, t.text, spaced, Edit(at, at, " "), len(two), total))
    return out


def _offset_of(tok, n_bare: int) -> int | None:
    """The text offset of the token after its first ``n_bare`` bare letters."""
    seen = 0
    for i, ch in enumerate(tok.text):
        if seen == n_bare:
            return tok.start + i
        if strip_marks(ch):
            seen += 1
    return None
