"""The per-document analysis the variants rules share (``variant_index``, cached).

Every Arabic token is looked at with its clitics (و ف ب ل ك ال) peeled off one by one,
the stems are grouped by :func:`relation`, names are linked by their context (the word
beside them, a full name written elsewhere in the document), and each group's spelling
to use is found: the majority, unless another is far more common in written Arabic or
a names file gives it.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

from tanqih.linter.analysis import Analysis, Token
from tanqih.linter.findings import Edit
from tanqih.linter.registry import RuleError
from tanqih.rules.citations import cited_example, kept_spellings, outside
from tanqih.rules.phrases import dialect_quotation
from tanqih.rules.sentence_shapes import is_function
from tanqih.rules.variants.relation import (
    HAMZA,
    HAMZA_ALEF,
    LETTER,
    LKEY,
    LONG_VOWELS,
    MARK_CHARS,
    MAX_WORD,
    MEDIAL_SEATS,
    MIN_STEM,
    MIN_VOWEL_STEM,
    MISSPELLING_GAP,
    SAME_SOUND,
    TKEY,
    VOWEL,
    article_length,
    foreign_pair,
    hkey,
    listed_distinct,
    lkey,
    relation,
    seat_key,
)
from tanqih.rules.word_frequencies import (
    COMMON,
    KNOWN,
    frequencies,
    zipf,
)

# Web text drops hamza often, so the hamza spelling of a word is "the usual one" at a
# smaller gap (0.4, about 2.5 times as common): إلى 6.9 / الى 6.0, أمس 4.95 / امس 4.5,
# and the other way round اجتماع 4.8 / إجتماع 3.5.
HAMZA_USUAL_GAP = 0.4
# A word at most this frequent may be part of a name (العمري 4.1، المنصوري 3.3); common
# nouns are more frequent (مجلس 5.6، الحكومة 5.6).
NAME_PART_ZIPF = 4.5
# Words that make the word beside them part of a name ("أبو ليلى", "المرتضى ولد الطالب",
# "بنت الهدى"), however common they are.
NAME_PARTICLES = frozenset("أبو ابو أم ام بن ابن بنت ولد آل".split())
# Particles a verb follows: a word after them is read as the verb (يحيي "revives"),
# not a name (يحيى). أن may also head a name ("أن يحيى الخطيب فاز"): there the two
# readings cannot be told apart, and the word is left alone.
_VERB_PARTICLES = frozenset(
    p + w for w in "أن ان لن لم كي لكي قد لقد سوف".split() for p in ("", "و", "ف")
)


def clitic_cuts(prefix: str) -> list[int]:
    """Offsets (in the bare word) after each clitic of ``prefix``: وبال -> [0, 1, 2, 4]."""
    cuts = [0]
    i = 0
    if prefix[i : i + 1] in ("و", "ف") and len(prefix) > i:
        i += 1
        cuts.append(i)
    if prefix.startswith("لل", i):
        i += 2
        cuts.append(i)
    elif prefix[i : i + 1] in ("ب", "ل", "ك") and len(prefix) > i:
        i += 1
        cuts.append(i)
    if prefix.startswith("ال", i):
        i += 2
        cuts.append(i)
    return cuts if i == len(prefix) else [0]


_BARE = operator.attrgetter("bare")
# bare word -> _word_info: pure functions of the word, shared by every document.
_VIEW_CACHE: dict[str, tuple] = {}


@functools.lru_cache(maxsize=100_000)
def _long_vowel_shorts(k: str) -> tuple[str, ...]:
    """``k`` with one long vowel inside it removed, for each such vowel (in order)."""
    return tuple(k[:pos] + k[pos + 1 :] for pos in range(1, len(k) - 1) if k[pos] in LONG_VOWELS)


# (Generated on the fly, not cached: a cache of every rare word's variants would grow by
# tens of megabytes on a large corpus.)
def _one_letter_swaps(k: str) -> Iterator[str]:
    """``k`` with one letter replaced by another letter of its sound class."""
    return (k[:i] + other + k[i + 1 :] for i, c in enumerate(k) for other in SAME_SOUND.get(c, ""))


@functools.lru_cache(maxsize=200_000)
def _views(bare: str, prefix: str) -> tuple[tuple[int, str], ...]:
    """The word's stems with 0, 1, 2 ... clitics removed, but for a stem whose word with
    one clitic more is a known word at least as common: كبيرا (big) is no ك + بيرا, وادي
    (valley) no و + ادي."""
    out: list[tuple[int, str]] = []
    for cut in clitic_cuts(prefix):
        if len(bare) - cut < MIN_STEM:
            continue
        if out and out[-1][0] == cut - 1:
            longer = zipf(out[-1][1])
            if longer >= KNOWN and longer >= zipf(bare[cut:]):
                break
        out.append((cut, bare[cut:]))
    return tuple(out)


# A letter written three times in a row: a sound or a cry drawn out on purpose ("هووووو",
# "ماااء"), whose length is the writer's, not a spelling to compare.
_STRETCHED_RE = re.compile(r"(.)\1\1")


def _word_info(bare: str, prefix: str) -> tuple:
    """(views, ((stem, lkey, rare, seats), ...), name_key) of a bare word: ``rare`` the
    key's ``tkey`` when the stem is unknown to the frequency list and its key long enough
    for a long-vowel pair (else None); ``seats`` the stem's ``seat_key`` when a hamza
    sits inside it (else None);
    ``name_key`` (lkey, tkey) when the whole word may be a name's spelling for
    :meth:`VariantIndex._known_name_links` (else None)."""
    vs = _views(bare, prefix)
    freq = frequencies()
    keys = []
    for _, stem in vs:
        k = stem.translate(LKEY)
        medial = len(stem) >= 4 and any(c in MEDIAL_SEATS for c in stem[1:-1])
        keys.append(
            (
                stem,
                k,
                k.translate(TKEY) if stem not in freq and len(k) > MIN_VOWEL_STEM - 1 else None,
                seat_key(stem) if medial else None,
            )
        )
    name_key = None
    if 5 <= len(bare) <= 20 and bare[0] not in "يتن" and _name_like(bare):
        lk = keys[0][1] if vs[0][0] == 0 else bare.translate(LKEY)
        name_key = (lk, lk.translate(TKEY))
    return vs, tuple(keys), name_key


def _name_like(word: str) -> bool:
    """Does a word the list may know read as a name: not common, taking no article (or
    an article that no word behind it explains: اليونسكو)? (Imperfect verbs, in ي ت ن,
    are left out before.)"""
    if zipf(word) >= 4.5:
        return False
    if article_length(word):
        # (a nisba or a plural is a word's: الصحفيين / الصحافيين are both correct)
        core = word[article_length(word) :]
        return zipf(core) < 3.5 and not core.endswith(_DERIVED_TAILS)
    if word[0] in "وفبكل" and zipf(word[1:]) >= KNOWN:
        return False  # a word with a clitic the list lacks: بأقاليم (أقاليم)
    return zipf("ال" + word) < 1.5


_DERIVED_TAILS = ("ي", "ية", "ين", "ون", "ات")


def written_beside(a: Token, b: Token, text: str) -> bool:
    """Are ``a`` and ``b`` written side by side, one space between them?"""
    return b.start == a.end + 1 and text[a.end] == " "


def _neighbours(toks: list[Token], i: int, text: str, keep) -> set[tuple[int, str]]:
    """The words written right before and after token ``i`` (one space between), as
    (side, bare word), side -1 or 1, for those ``keep`` accepts."""
    out = set()
    for side, j in ((-1, i - 1), (1, i + 1)):
        if 0 <= j < len(toks):
            other = toks[j]
            a, b = (other, toks[i]) if side < 0 else (toks[i], other)
            if written_beside(a, b, text) and keep(other.bare):
                out.add((side, other.bare))
    return out


def bare_offsets(token: Token) -> list[int]:
    """Text offset of each letter of ``token.bare`` (diacritics and tatweel skipped)."""
    out = []
    for i, ch in enumerate(token.text):
        if ch not in MARK_CHARS:
            out.append(token.start + i)
    return out


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A token whose stem is a minority spelling of its group."""

    token: Token
    cut: int  # clitic letters before the stem (in token.bare)
    stem: str  # the bare stem as written here
    target: str  # the spelling to use (majority, or the names file's canonical)
    kind: str  # HAMZA / LETTER / VOWEL / "names"
    count: int  # occurrences of the target spelling in the document
    total: int  # occurrences of the whole group

    def edits(self) -> list[Edit]:
        """Letter-level edits from ``stem`` to ``target``, keeping diacritics in place."""
        offs = bare_offsets(self.token)
        base = self.cut
        out = []
        sm = difflib.SequenceMatcher(None, self.stem, self.target, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            content = self.target[j1:j2]
            if i1 == i2:  # insertion before stem letter i1
                at = offs[base + i1] if base + i1 < len(offs) else self.token.end
                out.append(Edit(at, at, content))
            else:
                out.append(Edit(offs[base + i1], offs[base + i2 - 1] + 1, content))
        return out

    def fixed_word(self) -> str:
        """The token as the fix writes it."""
        text, start = self.token.text, self.token.start
        for e in sorted(self.edits(), key=lambda e: e.start, reverse=True):
            text = text[: e.start - start] + e.content + text[e.end - start :]
        return text

    def seen_as(self, words: Container[str]) -> str:
        """How the spelling used elsewhere is named in a message: the whole word when
        the document has it (``words``: its bare words), else the stem ("للامارات" is
        "written with “إمارات” elsewhere": the text has "الإمارات", never "للإمارات")."""
        word = self.fixed_word()
        if self.cut == 0 or self.token.bare[: self.cut] + self.target in words:
            return f"written {quote(word)}"
        k = bare_offsets(self.token)[self.cut] - self.token.start
        return f"written with {quote(word[k:])}"


class VariantIndex:
    """Spelling groups of one document and the tokens that deviate from them."""

    def __init__(self, doc: Analysis, names: dict[str, str] | None = None) -> None:
        self.doc = doc
        self.names = names or {}
        self.canonical = set(self.names.values())
        self.by_token: dict[int, Occurrence] = {}
        self.name_keys: dict[str, tuple[str, str]] = {}  # see _word_info
        self._build()
        self._context_links()
        self._full_name_links()
        self._known_name_links()
        self._drop_quoted()
        self._drop_particle_names()

    # A token's candidate stems: the word with 0, 1, 2 ... clitics removed.
    @staticmethod
    def _views(tok: Token) -> tuple[tuple[int, str], ...]:
        return _views(tok.bare, tok.prefix)

    def _build(self) -> None:
        all_tokens = self.doc.spelling_tokens  # (quoted verses and hashtags keep theirs)
        # (a text about spelling: the documents it quotes keep theirs; so does an old
        # print quoted without its hamzas)
        kept = kept_spellings(self.doc)
        if kept:
            all_tokens = [t for t in all_tokens if outside(kept, t.start)]
        # Distinct words in order of first occurrence (their first token): the stems,
        # their first positions and keys are worked out once per word, not per token.
        # (C-level: building a dict from reversed pairs keeps each word's first token;
        # dict.fromkeys keeps the order of first occurrence.)
        rev = all_tokens[::-1]
        first_token = dict(zip(map(_BARE, rev), rev, strict=True))
        first: dict[str, Token] = {b: first_token[b] for b in dict.fromkeys(map(_BARE, all_tokens))}
        self.words = first.keys()  # the document's distinct bare words
        vcache = _VIEW_CACHE
        if len(vcache) > 100_000:  # bounded: words follow Zipf's law
            vcache.clear()
        word_views: dict[str, tuple[tuple[int, str], ...]] = {}
        word_keys = []  # (first position, ((stem, lkey, rare), ...)) per distinct word
        for bare, t in first.items():
            if MIN_STEM <= len(bare) <= MAX_WORD and not _STRETCHED_RE.search(bare):
                info = vcache.get(bare)
                if info is None:
                    info = vcache[bare] = _word_info(bare, t.prefix)
                word_views[bare] = info[0]
                word_keys.append((t.start, info[1]))
                if info[2] is not None:
                    self.name_keys[bare] = info[2]
        tokens: list[Token] = []
        views: list[tuple[tuple[int, str], ...]] = []

        def token_views() -> None:
            if not tokens:
                for t in all_tokens:
                    vs = word_views.get(t.bare)
                    if vs is not None:
                        tokens.append(t)
                        views.append(vs)

        # Names file first: a listed variant is rewritten to its canonical spelling.
        claimed: set[int] = set()
        if self.names:
            token_views()
            canon_count = Counter()
            for vs in views:
                for _, stem in vs:
                    if stem in self.canonical:
                        canon_count[stem] += 1
            for idx, (tok, vs) in enumerate(zip(tokens, views, strict=True)):
                for cut, stem in reversed(vs):
                    target = self.names.get(stem)
                    if target is not None and target != stem:
                        self.by_token[tok.start] = Occurrence(
                            tok, cut, stem, target, "names", canon_count[target], 0
                        )
                        claimed.add(idx)
                        break
        # Count every view, then link stems that are variants of each other.
        # Long-vowel pairs join only rare spellings (see _vowel_relation): they are
        # looked for among the keys with a spelling unknown to the frequency list.
        seen: dict[str, int] = {}  # stem -> first position
        one_lkey: dict[str, str] = {}  # lkey -> its first stem
        by_lkey: dict[str, list[str]] = {}  # lkey -> its stems, for keys with two or more
        keys: set[str] = set()
        tkeys: dict[str, str] = {}  # rare key -> its tkey
        # Seats of a hamza inside the word (مسئول / مسؤول): their keys differ.
        by_seat: dict[str, list[str]] = defaultdict(list)
        for start, stem_keys in word_keys:
            for stem, k, rare, seats in stem_keys:
                if stem in seen:
                    continue
                seen[stem] = start
                if seats is not None:
                    by_seat[seats].append(stem)
                other = one_lkey.setdefault(k, stem)
                if other is not stem:
                    group = by_lkey.get(k)
                    if group is None:
                        by_lkey[k] = [other, stem]
                    else:
                        group.append(stem)
                if rare is not None:
                    keys.add(k)
                    tkeys[k] = rare
        stems = list(seen)
        parent: dict[str, str] = {}  # only linked stems; any other stem is its own root

        def find(s: str) -> str:
            while True:
                p = parent.get(s, s)
                if p == s:
                    return s
                gp = parent.get(p, p)
                parent[s] = gp
                s = gp

        linked: set[str] = set()

        def union(a: str, b: str) -> None:
            linked.add(a)
            linked.add(b)
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        def lkey_group(k: str) -> list[str]:
            group = by_lkey.get(k)
            return group if group is not None else [one_lkey[k]]

        for group in by_lkey.values():
            if len(group) > 1:
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        if relation(a, b):
                            union(a, b)
        for group in by_seat.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if relation(a, b):
                        union(a, b)
        for k in keys:
            if len(k) <= MIN_VOWEL_STEM:
                continue
            # Beside a long spelling no list knows, a known short one may pair too
            # (نتنياهو / نتانياهو; see _vowel_relation).
            for short in _long_vowel_shorts(k):
                if short in keys or (len(k) >= 7 and short in one_lkey):
                    for a in lkey_group(short):
                        for b in lkey_group(k):
                            if relation(a, b):
                                union(a, b)
        # Foreign names with another letter for one sound (غوتيريش / غوتيريس): among
        # the spellings unknown to the frequency list only.
        by_tkey: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            by_tkey[tkeys[k]].append(k)
        for ks in by_tkey.values():
            for i, k1 in enumerate(ks):
                for k2 in ks[i + 1 :]:
                    for a in lkey_group(k1):
                        for b in lkey_group(k2):
                            if relation(a, b):
                                union(a, b)
        # ... and an unknown spelling beside a known, uncommon one (شولتس / شولتز).
        for k1 in keys:
            if len(k1) >= 5:
                for k2 in _one_letter_swaps(k1):
                    if k2 in one_lkey and k2 not in keys:
                        for a in lkey_group(k1):
                            for b in lkey_group(k2):
                                if relation(a, b):
                                    union(a, b)
        if not linked:
            return
        # Only stems that were linked can be in a group of two or more.
        members: dict[str, list[str]] = defaultdict(list)
        for s in stems:
            if s in linked:
                members[find(s)].append(s)
        clustered = {s for ms in members.values() if len(ms) > 1 for s in ms}
        if not clustered:
            return
        # Each token takes its most-split stem that is in a group.
        token_views()
        assigned: list[tuple[Token, int, str]] = []
        for idx, (tok, vs) in enumerate(zip(tokens, views, strict=True)):
            if idx in claimed:
                continue
            for cut, stem in reversed(vs):
                if stem in clustered:
                    assigned.append((tok, cut, stem))
                    break
        counts: Counter[str] = Counter(stem for _, _, stem in assigned)
        for tok, cut, stem in assigned:
            group = members[find(stem)]
            present = [s for s in group if counts[s]]
            if len(present) < 2:
                continue
            canonical = [s for s in present if s in self.canonical]
            if canonical:
                target = canonical[0]
            else:
                # Majority; on a tie the spelling more frequent in written Arabic (a
                # misspelling loses), then the first occurrence (names).
                target = max(present, key=lambda s: (counts[s], zipf(s), -seen[s]))
                # A misspelling in the majority (الى three times, إلى once) does not
                # win over the spelling written Arabic uses far more often.
                usual = max(present, key=zipf)
                gap = zipf(usual) - zipf(target)
                kind = relation(target, usual) if gap > 0 else None
                if (kind == HAMZA and gap >= HAMZA_USUAL_GAP) or (
                    kind == LETTER
                    and gap >= MISSPELLING_GAP
                    # (not a name's spelling the list happens to know, شولتز 3.2,
                    # over the document's majority, شولتس)
                    and (zipf(usual) >= COMMON or zipf(target) > 0)
                ):
                    target = usual
            if target == stem:
                continue
            kind = relation(stem, target)
            if kind is None:
                # Linked through a third spelling only: report against it if related.
                continue
            total = sum(counts[s] for s in present)
            if (
                kind in (VOWEL, LETTER)
                and total < 3
                and not foreign_pair(stem, target)
                # (a ه for ة no list knows beside the known word: حمزه once, حمزة once; not
                # ى / ي, which is the house style of Egyptian sites: الحسينى beside الرسمى)
                and not (
                    kind == LETTER
                    and stem[-1:] == "ه"
                    and lkey(stem) == lkey(target)
                    and zipf(stem) == 0
                    and zipf(target) >= KNOWN
                )
            ):
                # A name is repeated; two one-off words (عدة "several" / عده "counting
                # it", كاتب / كتب) are more often two words than one misspelled.
                continue
            if cut and not self._whole_word_agrees(tok, cut, target, kind):
                continue
            if cut and kind == VOWEL and zipf(stem) == 0 and zipf(target) >= KNOWN:
                continue  # a clitic read off an unknown name: كاسرييل is no كإسرائيل
            self.by_token[tok.start] = Occurrence(
                tok, cut, stem, target, kind, counts[target], total
            )

    def _context_links(self) -> None:
        """A hamza-less word that may be read two ways (اعلام: إعلام or أعلام; امام:
        أمام or إمام) is left out of the groups above; it is the text's hamza spelling
        when the text writes that spelling after the same word ("وسائل اعلام" beside
        "وسائل إعلام"). The word before must be a content word of four letters or more
        (after "في" or "من" both readings occur), the word five letters or more (the
        particles أنها / إنها depend on the verb before them)."""
        toks = self.doc.spelling_tokens
        # Distinct words first (a document repeats its words): most have no candidate.
        words = {t.bare for t in toks if len(t.bare) >= 5}
        marked = {b for b in words if HAMZA_ALEF.search(b)}
        if not marked:
            return
        # The hamza-less spelling of a marked word is its key (أ إ آ written ا), when the
        # word has no other hamza seat (ؤ ئ).
        bare = {k for k in map(hkey, marked) if k in words}
        if not bare:
            return
        cand = marked | bare
        text = self.doc.text
        after: dict[tuple[str, str], Counter] = defaultdict(Counter)
        pairs = []
        for i in range(1, len(toks)):
            tok = toks[i]
            b = tok.bare
            if b not in cand:
                continue
            prev = toks[i - 1]
            if len(prev.bare) < 4 or not written_beside(prev, tok, text):
                continue
            if b in marked:
                after[(hkey(prev.bare), hkey(b))][b] += 1
            else:
                pairs.append((prev, tok))
        for prev, tok in pairs:
            if tok.start in self.by_token:
                continue
            spellings = after.get((hkey(prev.bare), hkey(tok.bare)))
            if not spellings or len(spellings) > 1:
                continue  # (two hamza spellings after that word: no one reading)
            ((target, n),) = spellings.items()
            if zipf(tok.bare) > zipf(target):
                continue  # particles (أنها / إنها), or the bare form is the common one
            self.by_token[tok.start] = Occurrence(tok, 0, tok.bare, target, HAMZA, n, n + 1)

    def _full_name_links(self) -> None:
        """A name whose final ى is written ي or the other way round, beside the same
        other part of the name ("يحيى الإدريسي" twice, "يحيي الإدريسي" once; "ليلى الورغي"
        / "ليلي الورغي"): both spellings are common words (يحيي "revives", ليلي
        "nocturnal"), so frequencies alone keep them apart; the shared family or first
        name tells the person (so does a particle of a name beside it: "أبو ليلى",
        "المرتضى ولد الطالب"). The neighbour must be a word of three letters or more,
        written the same in both places, as rare as a name (not "تبنّي مجلس" / "تبنّى
        مجلس", a masdar and a verb before a common noun); the majority spelling wins (a
        tie is left alone) and function words (على / علي) are never compared."""
        finals = {b for b in self.words if len(b) >= 3 and b[-1] in "يى"}
        swapped = {b for b in finals if b[:-1] + ("ى" if b[-1] == "ي" else "ي") in finals}
        if not swapped:
            return
        toks = self.doc.spelling_tokens
        text = self.doc.text
        counts = Counter(t.bare for t in toks if t.bare in swapped)
        beside: dict[str, set[tuple[int, str]]] = defaultdict(set)
        at: list[tuple[Token, set[tuple[int, str]]]] = []
        for i, tok in enumerate(toks):
            if tok.bare not in swapped or is_function(tok.bare):
                continue
            if i and toks[i - 1].bare in _VERB_PARTICLES:
                continue  # "أن يحيي الخطيب حفلا": the verb, before the name of its subject
            sides = _neighbours(
                toks,
                i,
                text,
                lambda w: (
                    w in NAME_PARTICLES
                    or (len(w) >= 3 and not is_function(w) and zipf(w) < NAME_PART_ZIPF)
                ),
            )
            beside[tok.bare] |= sides
            at.append((tok, sides))
        for tok, sides in at:
            if tok.start in self.by_token:
                continue
            other = tok.bare[:-1] + ("ى" if tok.bare[-1] == "ي" else "ي")
            if counts[other] <= counts[tok.bare] or not sides & beside[other]:
                continue
            total = counts[other] + counts[tok.bare]
            self.by_token[tok.start] = Occurrence(
                tok, 0, tok.bare, other, LETTER, counts[other], total
            )

    def _known_name_links(self) -> None:
        """Two spellings of a name that the word list knows (كردستان / كوردستان،
        غوارديولا / جوارديولا، اليونسكو / اليونيسكو; or one of them: هاريس / هارئيس): one
        long vowel or one letter of a foreign sound apart. Frequencies cannot tell them
        from two words (كتاب / كاتب), so both must read as names: no common word (Zipf
        under 4.5), no word that takes the article (كاتب / الكاتب) or whose article is a
        word's (الكاتبة), no imperfect verb (يستعد / يستعيد); and one occurrence of each
        must stand beside the same word, written the same ("إقليم كردستان" / "إقليم
        كوردستان"). The majority spelling wins; a tie is left alone."""
        from tanqih.rules.sentence_shapes import is_function

        # (the words that read as names, with their keys, were collected by _build)
        keys = self.name_keys
        by_key: dict[str, list[str]] = defaultdict(list)
        for b, k in keys.items():
            by_key[k[1]].append(b)
        pairs = []
        for group in by_key.values():
            if len(group) > 1:
                pairs += [
                    (a, b, LETTER)
                    for i, a in enumerate(group)
                    for b in group[i + 1 :]
                    if hkey(a) != hkey(b)  # (hamza seats alone are VAR002's: استراتيجي / إستراتيجي)
                ]
        by_lkey = {k[0]: b for b, k in keys.items()}
        for b, k in keys.items():
            for short in _long_vowel_shorts(k[0]):
                if short in by_lkey and len(short) >= 4:
                    pairs.append((by_lkey[short], b, VOWEL))
        if not pairs:
            return
        wanted = {w for a, b, _ in pairs for w in (a, b)}
        toks = self.doc.spelling_tokens
        text = self.doc.text
        counts: Counter[str] = Counter()
        beside: dict[str, set[tuple[int, str]]] = defaultdict(set)
        at: dict[str, list[tuple[Token, set[tuple[int, str]]]]] = defaultdict(list)
        for i, tok in enumerate(toks):
            if tok.bare not in wanted:
                continue
            counts[tok.bare] += 1
            sides = _neighbours(
                toks,
                i,
                text,
                lambda w: len(w) >= 3 and w not in wanted and not is_function(w),
            )
            beside[tok.bare] |= sides
            at[tok.bare].append((tok, sides))
        for a, b, kind in pairs:
            if counts[a] == counts[b] or listed_distinct(a, b):
                continue
            minority, majority = (a, b) if counts[a] < counts[b] else (b, a)
            if not any(sides & beside[majority] for _, sides in at[minority]):
                continue
            total = counts[a] + counts[b]
            for tok, _ in at[minority]:
                if tok.start not in self.by_token:
                    self.by_token[tok.start] = Occurrence(
                        tok, 0, minority, majority, kind, counts[majority], total
                    )

    @staticmethod
    def _whole_word_agrees(tok: Token, cut: int, target: str, kind: str) -> bool:
        """With clitics attached, the longer words must not be distinct words either.

        لازمة (necessary) is no variant of لأزمة although ازمة / أزمة are, nor وبعده
        (and after it) of وبعدة (and with several); checked where both longer forms are
        known words. (A known word more frequent than its supposed stem, وادي, is no
        view of that stem at all: see ``_views``.) A known word whose hamza respelling
        with the clitics no list knows was split wrongly: وكالة (agency) is no و + ك +
        الة beside آلة, "وكآلة" is no word (واعادة / وإعادة both are; a foreign name's
        respelling is unknown to the list whatever its clitics: البارسا / البرسا); and
        a long vowel between two words that read whole as two forms of one word (بناياتنا /
        بنايتنا).
        """
        for c in clitic_cuts(tok.prefix):
            if c >= cut:
                break
            whole = tok.bare[c:]
            zwhole = zipf(whole)
            other = tok.bare[c:cut] + target
            zother = zipf(other)
            if zwhole >= KNOWN and zother >= KNOWN and relation(whole, other) is None:
                return False
            if kind == HAMZA and c == 0 and zwhole >= KNOWN and zother == 0:
                return False  # وكالة (agency) is no و + ك + الة, "وكآلة" is no word
            if kind == VOWEL and relation(whole, other) is None:
                # two forms of one word read whole ("بناياتنا" / "بنايتنا", our buildings
                # / our building), no name spelled two ways behind a clitic
                return False
        return True

    def _drop_quoted(self) -> None:
        """Leave alone a pair of spellings that the text compares, each cited as a word
        of its own between quote marks, the two close together («إنتهى» ... والصواب
        «انتهى»; “شكسبير” و“شيكسبير”): an article about spelling names both forms on
        purpose. Leave alone too a spelling inside a quotation in dialect («أنا مش
        مصدقة، الجايزة دي ...»): the speaker's, not the editor's; and one inside a
        quotation that a text about writing cites as an example of an error
        (``cited_example``: «الحكومه تناقش خطة جديدة». والخطأ هنا ...). (Not a names
        file's.)"""
        if not self.by_token:
            return
        text = self.doc.text
        cited = len(cited_words(self.doc)) >= 2
        quoted = any(c in text for c in '«“"')
        for start, occ in list(self.by_token.items()):
            if occ.kind == "names":
                continue
            if (
                (cited and compared(self.doc, occ.stem, occ.target))
                or (quoted and dialect_quotation(text, start))
                or (quoted and cited_example(self.doc, start))
            ):
                del self.by_token[start]

    def _drop_particle_names(self) -> None:
        """Leave alone a word written like a particle but for its hamza that stands
        before a punctuation mark somewhere in the text ("وقال لاي، ...", Lai Ching-te,
        beside "لأي سبب"): a particle such as لأي never ends a clause, so the bare word
        is a name."""
        pairs = {
            (occ.stem, occ.target)
            for occ in self.by_token.values()
            if occ.kind == HAMZA and occ.target.lstrip("وفبلك") in _OPENING_PARTICLES
        }
        if not pairs:
            return
        text = self.doc.text
        closing = {
            t.bare
            for t in self.doc.spelling_tokens
            if text[t.end : t.end + 1] in _CLAUSE_PUNCTUATION
        }
        named = {p for p in pairs if closing.intersection(p)}
        for start, occ in list(self.by_token.items()):
            if (occ.stem, occ.target) in named:
                del self.by_token[start]

    def occurrences(self, kinds: Iterable[str]) -> Iterator[Occurrence]:
        kinds = set(kinds)
        for start in sorted(self.by_token):
            occ = self.by_token[start]
            if occ.kind in kinds:
                yield occ


# Particles with a hamza that open what follows them and never end a clause (أي، أن،
# إن، إذا ...): a bare look-alike before a punctuation mark is another word.
_OPENING_PARTICLES = frozenset("أي أن إن إذ إذا أو أم إما أما إلى إلا".split())
# Marks that end a clause: no particle stands right before one.
_CLAUSE_PUNCTUATION = frozenset("،,.:؛;!؟?")
_OPENING_QUOTES = frozenset("«“\"'‘")
_CLOSING_QUOTES = frozenset("»”\"'’")
# How near two cited forms must stand to be compared by the text ("فيكتبون «إنتهى»
# ... والصواب «انتهى»"): scare quotes far apart ("إسرائيل" ... "اسرائيل") are no
# comparison.
_CITED_REACH = 80


def cited_words(doc: Analysis) -> dict[str, list[int]]:
    """The bare words the text cites as words, with their offsets: the words of a
    phrase of up to four words alone between quote marks, each on its own and each two
    side by side (kept with their space: «إنتهى», “عبد الله”, «إمرأة عاملة»), and the
    words of a line listing the forms of one word ("إلكتروني، لا الكتروني.", "همبرغر
    وهامبرغر وهمبرجر.")."""

    def compute(d: Analysis) -> dict[str, list[int]]:
        text, toks = d.text, d.spelling_tokens
        out: dict[str, list[int]] = {}
        for i, t in enumerate(toks):
            if t.start == 0 or text[t.start - 1] not in _OPENING_QUOTES:
                continue
            k = i
            while text[toks[k].end : toks[k].end + 1] not in _CLOSING_QUOTES:
                if k - i + 1 >= _CITED_WORDS or k + 1 >= len(toks):
                    break
                if text[toks[k].end : toks[k + 1].start] != " ":
                    break
                k += 1
            else:
                for j in range(i, k + 1):
                    for form in {toks[j].bare, toks[j].stem}:  # (with its clitics or not)
                        out.setdefault(form, []).append(toks[j].start)
                    if j < k:
                        pair = toks[j].bare + " " + toks[j + 1].bare
                        out.setdefault(pair, []).append(toks[j].start)
        starts = None
        for m in _ALTERNATIVES_RE.finditer(text):
            # a line listing forms of one word: "إلكتروني، لا الكتروني.", "همبرغر
            # وهامبرغر وهمبرجر."
            starts = starts or [t.start for t in toks]
            for t in toks[
                bisect.bisect_left(starts, m.start()) : bisect.bisect_left(starts, m.end())
            ]:
                for form in {t.bare, t.stem}:
                    out.setdefault(form, []).append(t.start)
        return out

    return doc.memo("cited-words", compute)


# A line of two to four words joined by "و", "،" or "، لا", closed by a full stop: the
# forms of one word a text about spelling lists.
_ALTERNATIVES_RE = re.compile(r"^[^\s،.]+(?:(?:، لا |، | و)[^\s،.]+){1,3}\.?$", re.MULTILINE)
# A phrase cited as an example of writing has a few words ("«استقبل الوزير ضيفه»").
_CITED_WORDS = 4

# Words about writing a word: its spelling, letters and hamza ("يكتبه آخرون", "كتابة
# «مسايل» بالياء", "بتاء مربوطة", "والصواب", "والصحيح", "بهمزة تحت الألف", "بصيغتين",
# "قبول صورتين"), a verse's readings ("ويُروى «...»"), a name's renderings by
# translators ("في الترجمة الأولى", "يتعدد رسمه", "النطق الألماني"; not "بدلا من",
# instead of, which names a team as often: "بدلا من «اودينيزي» الرديف"), or a word
# named as a word or a form ("كلمة «عايز»", "بصورة «هلسينكي»").
_SPELLING_TALK_RE = re.compile(
    "(?:يكتب|تكتب|نكتب|يُكتب|تُكتب|كتابة|كتابت|إملاء|املاء|همزة|الصواب|الصحيح|بالياء|بالألف"
    "|بالواو|بالتاء|بالهاء|بتاء|بياء|بألف|بهاء|صيغ|صورتين|صورتان|ترجم|رسمه|رسمها|تعدد|النطق"
    "|ينطق|يلفظ|يروى|يُروى"
    '|(?:كلمة|لفظة|لفظ|بمعنى|صورة|بصورة) ?[«“"])'
)

# Two cited forms further apart than _CITED_REACH are still compared when the talk
# about writing stands between them ("فالصواب «إكرام» و«إنتاج» ... ومن الخطأ كتابتها
# «اكرام»") or within _TALK_AFTER after the later one ("“غوته” ... و“جوته” ...
# و“غوتة” بتاء مربوطة").
_TALK_REACH = 200
_TALK_AFTER = 40


def compared(doc: Analysis, one: str, other: str) -> bool:
    """Does the text cite the forms ``one`` and ``other`` as words side by side and talk
    about writing them there («عبد الله» أم «عبدالله»؟ ... يُكتب; فيكتبون «إنتهى» ...
    والصواب «انتهى»)? (Club names or scare quotes, «أودينيزي» / «اودينيزي», "إسرائيل"
    / "اسرائيل", are cited but not compared.)"""
    cited = cited_words(doc)
    a, b = cited.get(one), cited.get(other)
    if not (a and b):
        return False
    text = doc.text
    for x in a:
        for y in b:
            lo, hi = min(x, y), max(x, y)
            if hi - lo <= _CITED_REACH:
                if _SPELLING_TALK_RE.search(text, max(0, lo - 120), hi + 120):
                    return True
            elif hi - lo <= _TALK_REACH and _SPELLING_TALK_RE.search(text, lo, hi + _TALK_AFTER):
                return True
    return False


def variant_index(doc: Analysis, names: dict[str, str] | None = None) -> VariantIndex:
    key = "variants" if not names else f"variants:{id(names)}"
    return doc.memo(key, lambda d: VariantIndex(d, names))


def load_names(config) -> dict[str, str]:
    """The config's names file as {variant: canonical}; a bad file is a config error."""
    from tanqih.linter.config import ConfigError
    from tanqih.linter.names import names_for

    try:
        return names_for(config)
    except ConfigError as exc:
        raise RuleError(str(exc)) from None


class ReadsNamesFile:
    """For the rules that read the user's names file: ``self.names`` after configure."""

    names: dict[str, str] = {}

    def configure(self, config) -> None:
        super().configure(config)
        self.names = load_names(config)


def quote(s: str) -> str:
    return f"“{s}”"
