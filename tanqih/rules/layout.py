"""Layout family (LAY): words glued at a tag boundary, mixed digit scripts, stray whitespace."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import Counter
from itertools import compress

from tanqih.linter.arabic import (
    LETTERS,
    MARKS,
    QURANIC_RE,
    TANWEEN,
    hamza_key,
    has_tanween,
    split_clitics,
    strip_marks,
    vocalisation,
)
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules.citations import LeavesCitedExamples
from tanqih.rules.phrases import hard_wrapped
from tanqih.rules.sentence_shapes import past_or_present_verb
from tanqih.rules.word_frequencies import large_zipf

FAMILIES["LAY"] = "layout"

_LETTER = re.compile(f"[{LETTERS}]")
# Proclitic sequences: a left part that is only clitics is not a word of its own.
_CLITICS = re.compile("^[وف]?(?:[بكل]?ال|لل|[بكل])?$")
# What cannot follow a preposition, which needs its object: the end of the text or a
# line, a punctuation mark.
_NO_OBJECT = '\n.,،؛;:!?؟)»”"'
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه")


def _inflected_with_pronoun(bare: str) -> bool:
    """Is ``bare`` a known word with a dual or plural ending and an object pronoun
    ("تمنحانها", "يدعمونهم", "تحملانني", "يستعملوهما")?"""
    for suf in _PRONOUNS:
        core = bare[: -len(suf)]
        if bare.endswith(suf) and core.endswith(("ان", "ون", "ين")):
            return len(core) >= 5 and large_zipf(core[:-2]) >= 3.0
        if bare.endswith(suf) and core.endswith("و") and core[:1] in "يت" and len(core) >= 5:
            # the plural without its ن after أن / لن / لم: "أن يستعملوهما" (يستعمل)
            return large_zipf(core[:-1]) >= 3.0
    return False


def _plural_with_pronoun(bare: str) -> bool:
    """Is ``bare`` a plural in -ات the large list knows with a pronoun ("استدعاءاتهم",
    "مطالباتها")?"""
    for suf in _PRONOUNS:
        core = bare[: -len(suf)]
        if bare.endswith(suf) and core.endswith("ات"):
            return len(core) >= 6 and large_zipf(core) > 0
    return False


def _other_person(stem: str) -> bool:
    """Is ``stem`` an imperfect verb (يـ / تـ / نـ) the large list knows in another
    person ("يتوالى", known as "تتوالى")?"""
    return (
        len(stem) >= 5
        and stem[0] in "يتن"
        and any(large_zipf(p + stem[1:]) >= 3.0 for p in "يتن" if p != stem[0])
    )


# Parts of compound names that are often written joined (عبدالله، أبوظبي، نورالدين).
_NAME_HEADS = frozenset("أبو ابو عبد ابن بن بنت ذو ذي أم ام آل".split())
_NAME_TAILS = frozenset("الله الدين الرحمن الرحيم العزيز الإسلام".split())


_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي")


def _known(word: str, minf: float) -> bool:
    """Is the word, or its stem without clitics or a pronoun suffix, frequent enough?"""
    if large_zipf(word) >= minf:
        return True
    _, stem = split_clitics(word)
    if stem != word and large_zipf(stem) >= minf:
        return True
    if len(word) >= 5 and word.endswith("ا") and large_zipf(word[:-1]) >= minf:
        return True  # the accusative: "أطباقا" (أطباق)
    for w in {word, stem}:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                base = w[: -len(suf)]
                if base.endswith("ت"):
                    base = base[:-1] + "ة"  # مواجهاتها -> مواجهات, but حكومته -> حكومة
                if large_zipf(base) >= minf or large_zipf(w[: -len(suf)]) >= minf:
                    return True
    return False


_TOKEN_TEXT = operator.attrgetter("text")


# Prepositions and particles that a tag boundary glues to the word before them
# ("تعملعلى", "أكثرمن", "بالتعاونمع"); longest first. Not دون or بين, which end plurals
# and duals (الحدادون، المتدربين).
_PARTICLES = tuple(
    sorted(
        "على إلى الى من في مع عن منذ ضمن حول عبر خلال لدى نحو ضد حتى".split(),
        key=len,
        reverse=True,
    )
)


# Prepositions and particles that a tag boundary glues to the word after them
# ("منخارج", "فيإطار", "بعدأن"); longest first.
_LEADING = tuple(
    sorted(
        "على إلى الى من في مع عن منذ خلال بعد قبل حول أمام امام دون بين تحت فوق عند عبر لدى "
        "نحو حتى ضد ضمن وفق حسب".split(),
        key=len,
        reverse=True,
    )
)
# The longest token looked at: two or three words glued together are far shorter.
_MAX_GLUED = 40
# How common (Zipf) each of two words glued with no sign of the boundary must be.
_COMMON = 4.0
# What a particle of time or manner takes with no noun between: "بعدأن", "قبلما".
_CONJUNCTIONS = frozenset("أن ان ما".split())
# Particles that take أن after them ("بعد أن", "على أن", "إلى أن"; not حول: "وحولان"
# is و and the masdar حولان, the passing of a year).
_BEFORE_THAT = frozenset("على إلى الى بعد قبل منذ حتى دون عند".split())


@functools.lru_cache(maxsize=32_768)  # (a pure function of the word, asked in every document)
def _may_split(word: str) -> bool:
    """Can LAY001 split this word at all? (A necessary condition, checked cheaply.)"""
    if not 5 <= len(word) <= _MAX_GLUED:
        return False  # (a token of hundreds of letters is no two words glued: its parts
        # would be looked up one cut at a time, quadratic in its length)
    head = word[:-1]
    return (
        "ة" in head
        or "ى" in head
        or has_tanween(head)
        or (len(word) >= 8 and "ال" in word[3:])
        or (
            len(word) >= 9
            and any(x in word[4:] for x in ("وا", "وأ", "وإ"))
            and large_zipf(word) == 0  # (an unknown word: "السنوات" is none)
        )
        or (len(word) >= 6 and word.endswith(_PARTICLES))
        or (len(word) >= 8 and large_zipf(word) == 0)  # (two common words: أعلنمركز)
        or (
            (word.startswith(_LEADING) or (word[0] in "وف" and word.startswith(_LEADING, 1)))
            and large_zipf(word) < 2.5  # (a known word is no glued particle: "منطقة")
        )
    )


def _doc_words(doc) -> Counter:
    """Bare forms of the document's Arabic words (memoised for the family)."""
    # The shared tokens are the matches of arabic.WORD_RE, with their bare form.
    return doc.memo("lay.words", lambda a: Counter(t.bare for t in a.tokens))


class GluedWords(LeavesCitedExamples, Rule):
    """Two words glued together where a tag or line break was: الغربيةالمراسل.

    **What it does**
    Flags an Arabic "word" that is two words written without a space, as scrapers
    leave them where an HTML element boundary (a heading, a caption, a link) separated
    them. Three kinds are recognised:

    * a teh marbuta ة or alef maqsura ى followed by more letters: these letters only
      end a word, so the boundary is certain (غزةبسبب → غزة بسبب); the right part must
      be a real word (frequent in Arabic, or written alone elsewhere in the document);
    * likewise a tanween followed by more letters, with the alef that carries it in
      either placement (ألواحاًمسمارية → ألواحاً مسمارية، وفقًاللتقرير → وفقًا للتقرير):
      a tanween ends a word. A stray mark inside one known word (الأٌقصى) is no tanween,
      nor is one on a word with the article;
    * an unknown word that splits into a known word of four letters or more (or a
      common one of three, with no clitic: مقرالمحكمة → مقر المحكمة) and a known word
      beginning with the article ال (عاجلالدفاعات → عاجل الدفاعات; a known word
      behind a clitic, ومستلزماتالنظافة, or any word ending in the alef that "اال"
      shows to be a boundary, زابوريجياالنووية), where
      the left part is not a clitic and does not itself end in ال, and the word is no
      compound name written joined (عبدالله، أبوالفضل، العبدالعالي) nor the plural in
      -ات of a known noun behind a clitic (بالعمالات: عمالة), nor the feminine of a
      word the text writes (الزرقالية beside the name الزرقالي);
    * an unknown word that is a known word of four letters or more (or its accusative:
      أطناناعبر) with a preposition glued after it (تعملعلى → تعمل على، التعويضاتمنذ
      → التعويضات منذ); a pair that web
      text glues often enough for the large word list to know it (أكثرمن) still counts
      when the word alone is far more common, but not a known word with a clitic
      (وتحتفي, ويتضمن) or an imperfect the list knows in another person behind one
      (فيتوالى: تتوالى, not "فيتو الى"), nor a doubled past with its feminine plural ن (انضممن:
      انضم, not "انضم من"), nor an imperfect with its feminine plural ن (تتوقعن: تتوقع +
      ن, not "تتوق عن"), nor a word before a punctuation mark or a line end, where a
      preposition would have no object (the family name in "عبد الله خافيفي، ...");
    * an unknown word that is a preposition or particle with a common word of four
      letters or more glued after it (منخارج → من خارج، خلالالعام → خلال العام), or a
      particle with أن / ما (بعدأن → بعد أن، علىأن → على أن; not وحولان, و and
      the masdar حولان); not a word, even a rare one,
      behind a clitic (فينفعل is ف + ينفعل) or known with the article (منقضية, expired:
      المنقضية), nor a plural in the nominative, which
      follows no preposition (the name فيستون is no "في ستون");
    * an unknown word that is a word with a stem of four letters or more and "و" with
      a known word opening with an alef or a hamza glued after it (العائدينوإغلاق →
      العائدين وإغلاق; not الجيواستراتيجي), or with a common word of another letter
      (المستحقاتوتوفير → المستحقات وتوفير; not a clitic and the article before it,
      والموعودة); a stem of three before "وال" (البحثوالإنقاذ → البحث والإنقاذ); two
      known words with one pronoun, coordinated (حفظهاوصيانتها → حفظها وصيانتها);
    * an unknown word of eight letters or more, written once, that is two common words
      of four letters or more each, with no sign of the boundary (أعلنمركز → أعلن مركز،
      ودعتمنظمة → ودعت منظمة، الأرضبنجاح → الأرض بنجاح); not a definite word and a bare
      indefinite one (a compound: الجوفضاء), one the text writes joined more than once,
      nor a word with a pronoun (أفرادهما، استدعاءاتهم، a plural verb that lost its ن after
      أن: يستعملوهما), nor a word right after a noun that
      introduces a name (شركة، منصة، صحيفة ...: "شركة كوبرلاين" is a brand of two
      foreign words).

    A glued pair common enough on the web for the large word list to know it
    (المركزالأول) still counts when each word alone is far more common.

    Words glued inside a quotation that a text about writing or machine output cites as an
    example of the error it explains (كأن يكتب «كرةالقدم» دون مسافة) are left alone, and
    so is a word quoted alone that no ة, ى or tanween inside it shows to be two (a term
    written as the text means it: «الشيالين», the chorus of a Sudanese song).

    **Why is this bad?**
    The glued token is not a word: search, counts and language models see a string
    that exists nowhere else, and readers stumble.

    **Example**
    أفادت مراسلة الميادين في الضفة الغربيةالمراسل: قوات الاحتلال

    **Use instead**
    أفادت مراسلة الميادين في الضفة الغربية المراسل: قوات الاحتلال

    **Fix safety**
    Inserting a space keeps every letter in place. After ة or ى the fix is safe:
    Arabic orthography puts a word boundary there and nowhere else. The split before
    ال or a preposition is a judgement from word frequencies (a glued compound name such
    as a family name may be meant), so that fix is unsafe.

    **Options**
    ``min-frequency``: the Zipf frequency (wordfreq, Arabic) a part must reach to count
    as a known word (default 3.0).
    """

    code = "LAY001"
    name = "glued-words"
    family = "layout"
    fix = "sometimes"
    options = {
        "min-frequency": Option(3.0, "Zipf frequency a part needs to count as a known word"),
    }

    # A word-final letter, or a tanween (with the alef after it when the tanween is
    # written before the alef, وفقًا; not after an alef, ألواحاً, whose next ا is the
    # following word's), followed by more letters.
    _end_letter = re.compile(
        f"(?:[ةى][{MARKS}]*|(?<=[اىةء])[{TANWEEN}][{MARKS}]*"
        f"|(?<![اىةء])[{TANWEEN}][{MARKS}]*(?:ا(?![{MARKS}]))?)(?=[{LETTERS}])"
    )

    def _check(self, doc):
        minf = self.opts["min-frequency"]
        tokens = doc.tokens
        # Cheap pre-filter on the distinct words: a word can only split after a ة / ى
        # inside it (not final: a final one has no letter after it), or (unvocalised, 8
        # letters or more) before an article ال after its 4th letter.
        candidates = set(filter(_may_split, set(map(_TOKEN_TEXT, tokens))))
        if not candidates:
            return
        quranic = [p for p in doc.paragraphs if QURANIC_RE.search(p.text)]
        # word -> (hit, applicability, whether the split leaves a preposition that
        # needs its object after it)
        splits: dict[str, tuple[int | None, str, bool]] = {}
        # The shared tokens are the matches of arabic.WORD_RE, with their bare form.
        # (the tokens of candidate words, picked at C level: most tokens are none)
        for tok in compress(tokens, map(candidates.__contains__, map(_TOKEN_TEXT, tokens))):
            word = tok.text
            start = tok.start
            if quranic and any(p.start <= start < p.end for p in quranic):
                continue
            found = splits.get(word)
            if found is None:
                hit = self._after_final_letter(doc, word, minf)
                applicability = "safe"
                if hit is None:
                    hit = self._before_article(doc, tok.bare, word, minf)
                    applicability = "unsafe"
                particle = two = False
                if hit is None:
                    hit = self._before_particle(doc, tok.bare, word, minf)
                    particle = hit is not None
                if hit is None:
                    hit = self._after_particle(doc, tok.bare, word)
                if hit is None:
                    hit = self._before_conjunction(doc, tok.bare, word, minf)
                if hit is None:
                    hit = self._two_common_words(doc, tok.bare, word)
                    two = hit is not None
                found = splits[word] = (hit, applicability, particle, two)
            hit, applicability, particle, two = found
            if hit is None:
                continue
            if (
                applicability == "unsafe"
                and doc.text[start - 1 : start] in _OPENING_QUOTES
                and doc.text[tok.end : tok.end + 1] in _CLOSING_QUOTES
            ):
                continue  # a term quoted alone, as the text writes it: «الشيالين»
            if particle and doc.text[tok.end : tok.end + 1] in _NO_OBJECT:
                continue  # a preposition needs its object: "عبد الله خافيفي، ..." is a name
            if two and _named(doc.text, start):
                continue  # a brand after the noun it names: "شركة كوبرلاين للأبحاث"
            split = start + hit
            left, right = word[:hit], word[hit:]
            yield self.finding(
                start,
                tok.end,
                f"words glued together: '{word}' reads '{left} {right}'",
                [Edit(split, split, " ")],
                applicability=applicability,
            )

    def _after_final_letter(self, doc, word: str, minf: float) -> int | None:
        for em in self._end_letter.finditer(word):
            cut = em.end()
            right = strip_marks(word[cut:])
            left = strip_marks(word[:cut])
            if len(right) < 2 or len(_LETTER.findall(left)) < 2:
                continue
            if has_tanween(em.group()) and (
                len(left) < 3
                or split_clitics(left)[1].startswith("ال")
                or _known(strip_marks(word), minf)
            ):
                continue  # a stray mark inside one word ("الأٌقصى", "ستٌلاحق"), no tanween
            if _known(right, minf - 1.0) or _doc_words(doc)[right] > 0:
                return cut
        return None

    def _before_article(self, doc, bare: str, word: str, minf: float) -> int | None:
        if len(bare) < 8 or bare != word or "ال" not in bare[3:]:
            return None
        glued = large_zipf(bare)
        if glued >= 3.0 or _doc_words(doc)[bare] > 1:
            return None  # a known word, or a form the document uses repeatedly
        core = split_clitics(bare)[1]
        if core.endswith("ات") and large_zipf(core[:-2] + "ة") >= minf:
            return None  # the plural of a known noun: "بالعمالات" (عمالة), no "العم الات"
        if core != bare:
            # a rare word behind its clitic, known alone: "بالأكسالات" (الأكسالات)
            glued = max(glued, large_zipf(core))
        if bare.endswith("ة") and _doc_words(doc)[bare[:-1]]:
            return None  # the feminine of a word the text writes: "الزرقالي" / "الزرقالية"
        best = None
        for i in range(3, len(bare) - 3):
            if not bare.startswith("ال", i):
                continue
            left, right = bare[:i], bare[i:]
            if i == 3 and (left[0] in "وفبلك" or large_zipf(left) < minf + 1.0):
                continue  # three letters: a common word alone (مقرالمحكمة، نفطالكويت)
            head = left[1:] if left[0] in "وف" else left
            if left.endswith("ال") or _CLITICS.match(left):
                continue
            if head.startswith("ال"):
                head = head[2:]  # a family name: العبدالعالي
            if left in _NAME_HEADS or head in _NAME_HEADS or right in _NAME_TAILS:
                continue  # عبدالله، أبوالفضل، العبدالعالي: compound names written joined
            zl, zr = large_zipf(left), large_zipf(right)
            if zl < minf and zr >= minf and i > 4 and _known(left, minf):
                zl = minf  # a known word behind a clitic: "ومستلزمات|النظافة"
            if zl < minf and zr >= minf and left.endswith("ا") and i > 4:
                zl = minf  # "اال" ends a word and opens the next: "زابوريجيا|النووية"
            if zl >= minf and zr >= minf and (best is None or zl + zr > best[0]):
                # (web text glues the commonest pairs often enough for the large list to
                # know them, "المركزالأول", but far more rarely than either word alone)
                if not glued or min(zl, zr) >= glued + 2.5:
                    best = (zl + zr, i)
        return best[1] if best else None

    @staticmethod
    def _before_particle(doc, bare: str, word: str, minf: float) -> int | None:
        """An unknown word that is a known word of four letters or more and a
        preposition glued after it ("تعملعلى" -> "تعمل على", "أكثرمن" -> "أكثر من")."""
        if bare != word or not bare.endswith(_PARTICLES):
            return None
        glued = large_zipf(bare)
        if glued >= 3.0 or _doc_words(doc)[bare] > 1:
            return None  # a known word, or a form the document uses repeatedly
        prefix, stem = split_clitics(bare)
        if large_zipf(stem) >= 3.0 or (
            prefix.endswith("ال") and len(prefix) > 2 and large_zipf("ال" + stem) >= 3.0
        ):
            # a known word with a clitic: "وتحتفي", "كالسمن"; "والبيروفي" (البيروفي, the
            # Peruvian, a word the list knows only with its article)
            return None
        if _other_person(stem):
            return None  # an imperfect the list knows in another person: "فيتوالى" (تتوالى)
        if bare[0] in "يت" and bare.endswith("ن") and large_zipf(bare[:-1]) >= 3.0:
            return None  # an imperfect with its feminine plural ن: "تتوقعن" (تتوقع)
        if bare[-2:] in ("من", "عن") and bare[-3] == bare[-2] and bare[0] not in "يتن":
            # a doubled past with its feminine plural ن, a form the large list knows:
            # "انضممن" (انضم; not "يتممن", nor an unknown "احترممن")
            if glued >= 1.0 and past_or_present_verb(hamza_key(bare[:-2])):
                return None
        for particle in _PARTICLES:
            if not bare.endswith(particle):
                continue
            left = bare[: -len(particle)]
            if len(left) < 4 or left.endswith("ال") or _CLITICS.match(left):
                continue
            stem = split_clitics(left)[1]
            if len(stem[2:] if stem.startswith("ال") else stem) < 3:
                continue  # clitics, the article and a letter or two: "كالس" is no word
            if _known(left, minf) and (not glued or large_zipf(left) >= glued + 2.5):
                # (web text glues the commonest pairs often enough for the large list
                # to know them, "أكثرمن", but far more rarely than the word alone)
                return len(left)
        return None

    @staticmethod
    def _before_conjunction(doc, bare: str, word: str, minf: float) -> int | None:
        """An unknown word that is a known word of four letters or more and "و" with a
        known word opening with the article or a hamza glued after it ("المغادرينوإغلاق"
        -> "المغادرين وإغلاق")."""
        if bare != word or len(bare) < 9 or large_zipf(bare) > 0 or _doc_words(doc)[bare] > 1:
            return None
        for i in range(4, len(bare) - 4):
            if bare[i] != "و":
                continue
            left, right = bare[:i], bare[i + 1 :]
            suffix = next((x for x in _SUFFIXES[:5] if left.endswith(x)), None)
            if suffix and right.endswith(suffix) and _known(left, minf) and _known(right, minf):
                return i  # one pronoun on both, coordinated: "ترقيمها|وتصنيفها"
            if bare[i + 1] not in "اأإ" and large_zipf(bare[i:]) < minf + 0.5:
                continue  # (after "و", a word of another letter must be common: "وتوفير")
            core = left[1:] if left[:1] in "وفبلك" and left[1:3] == "ال" else left
            stem = len(core[2:] if core.startswith("ال") else core)  # (not "والم|وعودة")
            if stem < 3 or (stem == 3 and not right.startswith("ال")):
                continue  # a stem of four letters at least: "الجيواستراتيجي" is one word
                # (three before "وال": "البحثوالإنقاذ")
            if _known(left, minf - 0.5) and large_zipf(right) >= minf:
                return i
        return None

    @staticmethod
    def _two_common_words(doc, bare: str, word: str) -> int | None:
        """An unknown word of eight letters or more, written once, that is two common
        words of four letters or more each ("أعلنمركز" -> "أعلن مركز", "ودعتمنظمة" ->
        "ودعت منظمة"); not a word behind a clitic the large list knows, nor a compound
        the text writes joined more than once ("الجوفضاء")."""
        if bare != word or len(bare) < 8 or large_zipf(bare) > 0 or _doc_words(doc)[bare] > 1:
            return None
        if large_zipf(split_clitics(bare)[1]) > 0:
            return None
        if _inflected_with_pronoun(bare):
            return None  # "تمنحانها" is تمنحان + ها (the two give it), no "تمنح انها"
        if _plural_with_pronoun(bare):
            return None  # "استدعاءاتهم" is استدعاءات + هم (their summonses), no "استدعاء اتهم"
        definite = bare.startswith("ال") or (bare[0] in "وفبلك" and bare.startswith("ال", 1))
        best = None
        for i in range(4, len(bare) - 3):
            if definite and bare[i] not in "بلك":
                continue  # a definite noun and a bare indefinite one: a compound ("الجوفضاء")
            za = large_zipf(bare[:i])
            if za < _COMMON:
                continue
            zb = large_zipf(bare[i:])
            if zb >= _COMMON and (best is None or za + zb > best[0]):
                best = (za + zb, i)
        return best[1] if best else None

    @staticmethod
    def _after_particle(doc, bare: str, word: str) -> int | None:
        """An unknown word that is a preposition or particle with a common word glued
        after it ("منخارج" -> "من خارج", "فيإطار" -> "في إطار", "بعدأن" -> "بعد أن")."""
        glued = large_zipf(bare)
        if bare != word or glued >= 2.5 or _doc_words(doc)[bare] > 1:
            return None  # a known word, or a form the document uses repeatedly (a name)
        if large_zipf(split_clitics(bare)[1]) >= 1.5 or (
            bare[0] in "وفبكل" and large_zipf(bare[1:]) >= 1.5
        ):
            return None  # a word, even a rare one, behind a clitic: "فينفعل" is ف + ينفعل
        if large_zipf("ال" + bare) >= 1.5:
            return None  # a word the article takes: "منقضية" (المنقضية), not "من قضية"
        lead = 1 if bare[0] in "وف" and bare.startswith(_LEADING, 1) else 0
        for particle in _LEADING:
            if not bare.startswith(particle, lead):
                continue
            cut = lead + len(particle)
            right = bare[cut:]
            if right in _CONJUNCTIONS and (
                particle in _BEFORE_THAT if right != "ما" else len(particle) >= 3
            ):
                return cut  # "بعدأن", "قبلما" (web text glues them often enough for the
                # large list to know them, rarely)
            if right.endswith("ون") and large_zipf(right[:-2] + "ين") >= 3.0:
                continue  # a plural in the nominative follows no preposition: "فيستون"
                # is a name, not "في ستون" (that would be "في ستين")
            # (a rare glued form the list knows must be far rarer than the word)
            need = max(4.0 if len(particle) == 2 else 3.5, glued + 2.5)
            if len(right) >= 4 and large_zipf(right) >= need:
                return cut
        return None


# (a word quoted alone: «الشيالين», the chorus of a Sudanese song)
_OPENING_QUOTES = frozenset('«“"')
_CLOSING_QUOTES = frozenset('»”"')


# Nouns after which a word is the name of what they name: a company, a platform, a
# paper ("شركة كوبرلاين", "منصة نتفليكس"); such a name may be two foreign words joined.
_NAMERS = frozenset(
    "شركة مجموعة مؤسسة بنك مصرف منصة تطبيق موقع علامة فندق متجر وكالة صحيفة مجلة قناة "
    "فرقة مطعم مصنع منظمة".split()
)
_LAST_WORD_RE = re.compile(f"([{LETTERS}]+)[{MARKS}]*\\s+$")


def _named(text: str, start: int) -> bool:
    """Does the word at ``start`` come right after a noun of ``_NAMERS`` (with a clitic
    or the article too: "لشركة", "والشركة")?"""
    m = _LAST_WORD_RE.search(text, max(0, start - 20), start)
    if not m:
        return False
    w = m.group(1)
    return any(w[i:] in _NAMERS for i in range(0, min(len(w) - 2, 4)) if w[:i] in _CLITIC_PARTS)


_CLITIC_PARTS = frozenset(["", "و", "ف", "ب", "ل", "ال", "وال", "بال", "وب", "ول", "لل", "فال"])


# ---------------------------------------------------------------------------- LAY002

_WESTERN = "0123456789"
_EASTERN = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_TO_WESTERN = str.maketrans(_EASTERN + _PERSIAN + "٫٬", _WESTERN * 2 + ".,")
_TO_EASTERN = str.maketrans(_WESTERN + _PERSIAN, _EASTERN * 2)
_NUMBER_RE = re.compile(r"[0-9٠-٩۰-۹](?:[0-9٠-٩۰-۹]|[.,٫٬](?=[0-9٠-٩۰-۹]))*")
# Where Western digits belong to something other than Arabic prose.
_SKIP_RE = re.compile(
    # (the lookahead lets the scan skip Arabic letters and spaces at once: 8x faster)
    r"(?=[A-Za-z0-9@#._%+-])"
    r"(?:(?:https?://|www\.)\S+|(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[\w-]+\.[\w.]+"
    r"|[@#][\w\u0600-\u06ff]+|\b[A-Za-z]+[-_./]?[0-9]+\w*|\b[0-9]+[-_./]?[A-Za-z]\w*"
    # model and disease names: a Latin word and its number (iPhone 15, Windows 11), an
    # Arabic name joined to its number (كوفيد-19، سوخوي-35), which keep Western digits
    r"|(?<=[A-Za-z]{2} )[0-9]+(?:\.[0-9]+)?\b|(?<=[\u0621-\u064a]{2}-)[0-9]+\b"
    # a number to dial, seven digits or more after a 0 or a +, which papers that print
    # Arabic-Indic digits often keep in Western ones (0800 222 333, +971 4 123 4567)
    # (each later group opens with its separator: one way to read the digits, no
    # backtracking over a long run of them)
    r"|(?<![0-9.,])(?=[+0](?:[ -]?[0-9]){7})[+0][0-9]*(?:[ -][0-9]+)*(?![0-9.,]))",
)


def _vocalised_line(line: str) -> bool:
    """A line with a vowel sign on most of its letters: a verse quoted whole ("السَّيْفُ
    أَصْدَقُ إِنْباءً مِنَ الكُتُبِ     في حَدِّهِ ..."), its gap the poem's layout even alone."""
    return vocalisation(line) > 0.5


def _is_mixed(num: str) -> bool:
    """A single number written with both digit scripts (20526.٩٤)."""
    return any(c in _WESTERN for c in num) and any(c in _EASTERN or c in _PERSIAN for c in num)


# A text naming the two ways of writing digits ("الأرقام الهندية", "بالصيغة الهندية",
# "بالشكل المشرقي", "الأرقام العربية الغربية").
_DIGIT_TALK_RE = re.compile(
    r"(?:أرقام|الأرقام|بالأرقام|الصيغة|بالصيغة|الشكل|بالشكل|الأشكال|بالأشكال)\s+"
    r"(?:ال)?(?:هندية|مشرقية|المشرقي|مشرقي|غربية|الغربي|العربية\s+الغربية)"
)


def _compares_scripts(text: str, numbers) -> bool:
    """Does the text set one number beside itself in the other script, twice or more
    ("١٢٣ أم 123؟", "«٢٠٢٤» و«2024»"), or name the two ways of writing digits and
    write one number in both ("الأرقام الهندية (١، ٢، ٣) ... (1، 2، 3)"): an article
    about the two ways of writing digits, which mixes them on purpose?"""
    if _DIGIT_TALK_RE.search(text):
        values = {}
        for _, _, n, east in numbers:
            values.setdefault(n.translate(_TO_WESTERN), set()).add(east)
        if any(len(v) == 2 for v in values.values()):
            return True
    pairs = 0
    for (_, e1, n1, east1), (s2, _, n2, east2) in zip(numbers, numbers[1:], strict=False):
        if (
            east1 != east2
            and s2 - e1 <= 12
            and n1.translate(_TO_WESTERN) == n2.translate(_TO_WESTERN)
        ):
            pairs += 1
    return pairs >= 2


class MixedDigits(Rule):
    """Arabic-Indic (٠١٢) and Western (012) digits mixed in one document.

    **What it does**
    Counts the numbers of a document written with Arabic-Indic digits (٠-٩, and
    Persian ۰-۹) and with Western digits (0-9). When both occur, every number in the
    minority script is reported with the majority script; on a tie the script of the
    first number wins. The numbers of the prose decide (lines ending like a sentence or
    of fifteen words or more), not those of a page's timestamps, menus and counters,
    when one script leads there by two numbers or more. A number that mixes both
    scripts (20526.٩٤) is always reported. Digits in URLs, e-mail addresses, handles,
    hashtags, Latin tokens (F-16, COVID-19, G20), names with a number (iPhone 15,
    كوفيد-19) and numbers to dial (seven digits or more after a 0 or a +: 0800 222
    333) are not counted. A text that sets a number beside itself in the other script
    twice or more ("١٢٣ أم 123؟", "«٢٠٢٤» و«2024»"), or that names the two ways of
    writing digits and writes one number both ways ("الأرقام الهندية (١، ٢، ٣)"), is
    about the two scripts and is left alone.

    **Why is this bad?**
    A house style writes numbers one way. Mixed digits come from merging sources
    (a wire story pasted into a site's template); they break search for numbers
    (٢٠٢٤ does not match 2024) and sorting.

    **Example**
    قتل 25 شخصا في الهجوم، وأصيب ١٢ آخرون، في 2024

    **Use instead**
    قتل 25 شخصا في الهجوم، وأصيب 12 آخرون، في 2024

    **Fix safety**
    Unsafe: the number stays the same, but which script a publication uses is its
    choice. A quotation whose numbers are all in one script keeps them (a statement
    quoted word for word may keep its source's digits) and they are not counted.
    """

    code = "LAY002"
    name = "mixed-digits"
    family = "layout"
    fix = "unsafe"
    triggers = _EASTERN + _PERSIAN

    def check(self, doc):
        text = doc.text
        skip = [m.span() for m in _SKIP_RE.finditer(text)]  # sorted, non-overlapping
        skip_starts = [sp[0] for sp in skip]
        numbers = []
        for m in _NUMBER_RE.finditer(text):
            i = bisect.bisect_right(skip_starts, m.start()) - 1
            if i >= 0 and m.start() < skip[i][1]:
                continue
            eastern = m.group()[0] not in _WESTERN
            numbers.append((m.start(), m.end(), m.group(), eastern))
        if _compares_scripts(text, numbers):
            return
        if numbers and any(c in text for c in '«“"'):
            numbers = self._without_quoted(doc, numbers)
        east = sum(1 for n in numbers if n[3])
        west = len(numbers) - east
        mixed = [n for n in numbers if _is_mixed(n[2])]
        if (not east or not west) and not mixed:
            return
        # The house style is the prose's: the numbers of its sentences decide, not those
        # of the page's timestamps, menus and counters, when one script leads there by
        # two numbers or more (one or two numbers of prose are no evidence).
        prose = self._in_prose(doc, numbers)
        prose_east = sum(1 for n in prose if n[3])
        if abs(2 * prose_east - len(prose)) >= 2:  # (a clear majority: two numbers or more)
            east, west = prose_east, len(prose) - prose_east
        else:
            prose = []
        majority_east = east > west or (east == west and (prose or numbers)[0][3])
        where = "document's prose" if prose else "document"
        for s, e, num, is_east in numbers:
            if is_east == majority_east and not _is_mixed(num):
                continue
            fixed = num.translate(_TO_EASTERN if majority_east else _TO_WESTERN)
            style = "Arabic-Indic" if majority_east else "Western"
            if _is_mixed(num):
                yield self.finding(
                    s,
                    e,
                    f"number '{num}' mixes Arabic-Indic and Western digits: write '{fixed}'",
                    [Edit(s, e, fixed)],
                )
                continue
            yield self.finding(
                s,
                e,
                f"number '{num}' in {'Arabic-Indic' if is_east else 'Western'} digits: the "
                f"{where} writes {max(east, west)} of {east + west} numbers in {style} "
                f"digits ('{fixed}')",
                [Edit(s, e, fixed)],
            )

    @staticmethod
    def _in_prose(doc, numbers):
        """The numbers on lines of prose: a line ending like a sentence, or of fifteen
        words or more (not a timestamp, a menu or a counter)."""
        lines = doc.paragraphs
        starts = [p.start for p in lines]
        prose = []
        for n in numbers:
            i = bisect.bisect_right(starts, n[0]) - 1
            if i < 0:
                continue
            t = lines[i].text.rstrip().rstrip("»”\"')] ")
            if t.endswith((".", "!", "؟", "?", "،", ":")) or t.count(" ") >= 14:
                prose.append(n)
        return prose

    @staticmethod
    def _without_quoted(doc, numbers):
        """The numbers outside quotations, and those of a quotation that mixes scripts
        itself: a quotation whose numbers share one script keeps them as its source wrote
        them (a statement quoted word for word in an article of the other script)."""
        pairs = sorted((pr.open.pos, pr.close.pos) for pr in doc.quotes.pairs)
        if not pairs:
            return numbers
        starts = [a for a, _ in pairs]
        inside: dict[int, list] = {}
        out = []
        for n in numbers:
            # the quotation opened last before the number, or one of the few around it
            # that hold it (nested quotations)
            i = bisect.bisect_left(starts, n[0]) - 1
            k = next((j for j in range(i, max(-1, i - 4), -1) if pairs[j][1] > n[0]), None)
            if k is None:
                out.append(n)
            else:
                inside.setdefault(k, []).append(n)
        for group in inside.values():
            if len({n[3] for n in group}) > 1 or any(_is_mixed(n[2]) for n in group):
                out.extend(group)
        out.sort()
        return out


# ---------------------------------------------------------------------------- LAY003

_ODD = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SET = frozenset("\u00a0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}


_VERSE_LETTERS_RE = re.compile(f"[{LETTERS}{MARKS} ]+")


def _lone_verse(paras, i: int) -> bool:
    """Is the line ``i`` (two halves apart) a verse quoted on its own after prose: six
    to sixteen Arabic words and nothing else (no punctuation, digits or links), right
    under a line of prose that ends in a full stop, no blank line between ("... أن يقف
    صاحبان ويبكيا معه." / "قفا نبك من ذكرى حبيب ومنزل     بسقط اللوى بين الدخول
    فحومل")?"""
    line = paras[i].text.strip()
    if i == 0 or not _VERSE_LETTERS_RE.fullmatch(line):
        return False  # (Arabic words only: no punctuation, digits, links or Latin)
    words = line.split()
    if not 6 <= len(words) <= 16:
        return False
    before = paras[i - 1].text.rstrip()
    if paras[i].start - paras[i - 1].end > 1:
        return False  # (a blank line between: a subheading, "الاستعدادات على قدم   وساق ...")
    return before.endswith(".") and len(before.split()) >= 8


class MultipleSpaces(Rule):
    """Two or more spaces or tabs between words.

    **What it does**
    Flags a run of two or more spaces / tabs between two visible characters and
    replaces it with one space. Indentation at the start of a line is left alone, and
    runs that contain a no-break or other special space are reported by ENC004. The
    wide gap between the two halves of a line of verse (a poem quoted in an article,
    one verse a line, a single verse with a vowel sign on most letters, or one quoted
    on its own line after a paragraph of prose) is the poem's layout and is left alone.

    **Why is this bad?**
    Runs of spaces are left where a scraper dropped an element (an image, a link, a
    line break). They carry no meaning in prose, make n-gram and duplicate detection
    miss, and show as gaps.

    **Example**
    قال الوزير    إن الاتفاق  نهائي

    **Use instead**
    قال الوزير إن الاتفاق نهائي

    **Fix safety**
    Safe: only spaces change.
    """

    code = "LAY003"
    name = "multiple-spaces"
    family = "layout"
    fix = "safe"

    # The leading lookahead (two spaces / tabs) lets the regex engine skip fast to the
    # places a run can start (a third faster, same matches).
    _re = re.compile(f"(?=[ \\t][ \\t])(?<=[^\\s{_ODD}])[ \\t]{{2,}}(?=[^\\s{_ODD}])")

    # A line of verse: two hemistichs of a few words each, set apart by a wide gap.
    _HEMISTICHS_RE = re.compile(
        r"(?P<a>[^\s][^\n\t]*?[^\s])(?: {3,}|\t+)(?P<b>[^\s][^\n\t]*?[^\s])"
    )

    @classmethod
    def _verse(cls, line: str) -> tuple[int, int] | None:
        """The gap of a line of verse ("يا دارَ عبلةَ بالجواءِ تكلّمي    وعِمي صباحاً
        ..."): one wide gap between two halves of two to ten words and similar length,
        without sentence punctuation at the end of the first half."""
        if len(line) > 240:
            return None  # a verse is short (and the match stays linear on long lines)
        m = cls._HEMISTICHS_RE.fullmatch(line.strip())
        if m is None:
            return None
        a, b = m.group("a"), m.group("b")
        if "  " in a or "  " in b or a[-1] in ".؟?!:،,":
            return None
        if not (2 <= len(a.split()) <= 10 and 2 <= len(b.split()) <= 10):
            return None
        if not 0.6 <= len(a) / len(b) <= 1.67:
            return None
        offset = len(line) - len(line.lstrip())
        return offset + m.end("a"), offset + m.start("b")

    def _verse_gaps(self, doc) -> set[int]:
        """Starts of the gaps of lines of verse: a verse line next to another, or after a
        line ending in a colon (a quoted verse); the gap is the poem's layout."""
        paras = doc.paragraphs
        gaps = [self._verse(p.text) if "   " in p.text or "\t" in p.text else None for p in paras]
        out = set()
        for i, gap in enumerate(gaps):
            if gap is None:
                continue
            prev_colon = i > 0 and paras[i - 1].text.rstrip().endswith(":")
            neighbour = (i > 0 and gaps[i - 1]) or (i + 1 < len(gaps) and gaps[i + 1])
            if prev_colon or neighbour or _vocalised_line(paras[i].text) or _lone_verse(paras, i):
                out.add(paras[i].start + gap[0])
        return out

    def check(self, doc):
        if "  " not in doc.text and "\t" not in doc.text:
            return
        verse_gaps = None
        for m in self._re.finditer(doc.text):
            s, e = m.span()
            if e - s >= 3 or "\t" in m.group():
                if verse_gaps is None:
                    verse_gaps = self._verse_gaps(doc)
                if s in verse_gaps:
                    continue
            yield self.finding(
                s,
                e,
                f"{e - s} spaces between words: use one",
                [Edit(s, e, " ")],
            )


class TrailingWhitespace(Rule):
    """Spaces or tabs at the end of a line.

    **What it does**
    Flags spaces and tabs before a line end (or at the end of the text) and removes
    them; a line of only spaces becomes empty. Runs that contain a no-break space are
    reported by ENC004. In Markdown files two or more trailing spaces are a hard line
    break and are left alone.

    **Why is this bad?**
    Trailing whitespace is invisible noise: it makes identical lines differ, shows up
    in every diff, and is often a sign of a removed element.

    **Example**
    انتهى الاجتماع.\u0020\u0020

    **Use instead**
    انتهى الاجتماع.

    **Fix safety**
    Safe: only whitespace at line ends is removed.
    """

    code = "LAY004"
    name = "trailing-whitespace"
    family = "layout"
    fix = "safe"
    triggers = " \t"

    @staticmethod
    def _runs(text: str):
        """(start, end) of each maximal run of spaces / tabs right before a line end
        (``\\n`` or ``\\r\\n``) or the text end, not preceded by an odd space: found
        from the line ends (a few per document) rather than by a regex scan that stops at
        every space."""
        ends = []
        i = text.find("\n")
        while i != -1:
            ends.append(i - 1 if i > 0 and text[i - 1] == "\r" else i)
            i = text.find("\n", i + 1)
        ends.append(len(text))
        for e in ends:
            s = e
            while s > 0 and text[s - 1] in " \t":
                s -= 1
            if s < e and (s == 0 or text[s - 1] not in _ODD_SET):
                yield s, e

    def check(self, doc):
        text = doc.text
        md = str(doc.doc.path).lower().endswith((".md", ".markdown"))
        for s, e in self._runs(text):
            line_has_text = s > 0 and text[s - 1] != "\n"
            if md and line_has_text and e - s >= 2 and "\t" not in text[s:e]:
                continue
            what = "trailing whitespace" if line_has_text else "line of only whitespace"
            yield self.finding(s, e, f"{what}: remove it", [Edit(s, e, "")])


class LeadingWhitespace(Rule):
    """Spaces or tabs at the start of a line of text.

    **What it does**
    Flags spaces and tabs before the first character of a line and removes them. Runs
    that contain a no-break space are reported by ENC004; lines of only whitespace by
    LAY004. Markdown files, where indentation makes lists and code blocks, are not
    checked.

    **Why is this bad?**
    Scraped corpora store one paragraph per line; a space at its start is left where the
    scraper joined an element's text (on the dev sample 509 lines in 194 of 500 articles
    start with a space). It makes identical paragraphs differ and breaks line-start
    patterns (datelines, bylines).

    **Example**
    ما آلية التعامل مع الأمر؟ (preceded by a space at the start of the line)

    **Use instead**
    ما آلية التعامل مع الأمر؟

    **Fix safety**
    Safe: only whitespace at the line start is removed.
    """

    code = "LAY005"
    name = "leading-whitespace"
    family = "layout"
    fix = "safe"
    triggers = " \t"

    _re = re.compile(f"(?m)^[ \\t]+(?=[^\\s{_ODD}])")

    def check(self, doc):
        if str(doc.doc.path).lower().endswith((".md", ".markdown")):
            return
        for m in self._re.finditer(doc.text):
            s, e = m.span()
            yield self.finding(
                s, e, "whitespace at the start of a line: remove it", [Edit(s, e, "")]
            )


# ---------------------------------------------------------------------------- LAY006

# What ends a line that is no broken sentence: a sentence's or a clause's mark, a closing
# quote or bracket, a colon before a list.
_LINE_ENDS = tuple(".!؟?:؛;،,»”\"')]…-–—")
# A blank line between two paragraphs (spaces and a CR allowed on it).
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
# A line opening a list item, a verse or a label: no continuation of the line above.
_ITEM_START_RE = re.compile(r"^\s*(?:[-–—•*▪·●○◦]|\(?[0-9٠-٩]+[.)\-]|[^\s:]{1,20}:)")


class BrokenLine(Rule):
    """A line break inside a sentence, in a text whose paragraphs are set apart by
    blank lines.

    **What it does**
    In a text whose paragraphs are separated by blank lines and are one line each
    (four paragraphs of prose on one line each at least, twice as many as the blocks of
    several lines; not a text wrapped at a fixed width), flags a paragraph of two lines
    whose first line is long (eight words or more) and stops with no mark at all, and
    whose second line finishes the sentence with a full stop, a question or an
    exclamation mark: a line break left where the scraper met a ``<br>`` or a tag. The first paragraph (a headline and
    its lead), list items, labels ("المكان: ...") and lines ending with any mark are
    left alone.

    **Why is this bad?**
    A sentence cut by a line break reads as two paragraphs to any tool that splits on
    lines: sentence splitters, deduplication and language-model training see two
    broken halves.

    **Example**
    وتمزج المسرحية بين الأداء الحركي والغناء الشعبي ومقاطع مصورة تعرض على شاشة
    ضخمة خلال العرض.

    **Use instead**
    وتمزج المسرحية بين الأداء الحركي والغناء الشعبي ومقاطع مصورة تعرض على شاشة ضخمة خلال العرض.

    **Fix safety**
    Safe: the line break becomes a space; every word stays in place.
    """

    code = "LAY006"
    name = "broken-line"
    family = "layout"
    fix = "safe"
    triggers = "\n"

    def check(self, doc):
        text = doc.text
        if _BLANK_LINE_RE.search(text) is None or hard_wrapped(doc):
            return  # (a text wrapped at a fixed width breaks every sentence by design)
        blocks = [b for b in _BLANK_LINE_RE.split(text) if b.strip()]
        if len(blocks) < 4:
            return
        multi = sum(1 for b in blocks if "\n" in b.strip())
        prose = sum(
            1
            for b in blocks
            if "\n" not in b.strip() and len(b.split()) >= 10 and b.rstrip().endswith(_LINE_ENDS)
        )
        if prose < 4 or prose < 2 * multi:
            return  # lines, not paragraphs
        pos = 0
        for k, block in enumerate(blocks):
            start = text.index(block, pos)
            pos = start + len(block)
            if k == 0 or "\n" not in block.strip():
                continue
            lines = block.strip().split("\n")
            if len(lines) != 2:
                continue
            first, second = lines[0].rstrip(), lines[1].strip()
            if (
                len(first.split()) < 8
                or first.endswith(_LINE_ENDS)
                or not second.endswith((".", "!", "؟", "?"))
                or len(second.split()) < 2
                or _ITEM_START_RE.match(second)
                or _ITEM_START_RE.match(first)
            ):
                continue
            cut = start + block.index("\n", block.index(first) + len(first))
            s, e = cut, cut + 1
            while s > 0 and text[s - 1] in " \t\r":
                s -= 1
            while e < len(text) and text[e] in " \t":
                e += 1
            word = s  # (the finding shows the last word of the broken line)
            while word > 0 and not text[word - 1].isspace():
                word -= 1
            yield self.finding(
                word,
                e,
                f"line broken inside a sentence after '{text[word:s]}': the paragraph goes "
                "on on the next line",
                [Edit(s, e, " ")],
            )
