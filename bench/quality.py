"""Quality benchmark: findings per 1,000 words on real text, and recall on injected artifacts.

Usage (the corpus stays where it is; nothing is copied into the project)::

    uv run python bench/quality.py ../shared/corpus/dev/articles.jsonl \
        [--docs 500] [--seed 1] [--select ALL] [--samples-out /tmp/samples.md] [--markdown]

(a) Injection: every artifact kind below is injected at a random place into each sampled
    article (one at a time); it counts as found when a finding of the expected family
    overlaps the injected span. Recall is reported per kind and per family.
(b) Untouched text: findings per rule and per 1,000 words. ``--samples-out`` writes up to 20
    random findings per rule with their context, for judging precision by reading.

``--with-corpus`` measures both as ``tanqih check --corpus`` over the sample would: word pairs
(FRG002's corpus evidence) are counted over the sampled articles, and each injected
article is linted with the counts of the sample in which it replaces its untouched text.
(The line-level corpus rules BLP101-BLP103 are not given counts here; their cases are in
tests/test_corpus.py.)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tanqih.linter.arabic import LETTERS  # noqa: E402
from tanqih.linter.config import Config  # noqa: E402
from tanqih.linter.corpus import CorpusTable, iter_word_units, word_unit_floor  # noqa: E402
from tanqih.linter.document import Document  # noqa: E402
from tanqih.linter.engine import Linter  # noqa: E402

AR = f"[{LETTERS}]"
WORD = re.compile(f"{AR}+")

# An injector takes (text, rng) and returns (new_text, (start, end)) of the injected
# artifact in new_text, or None when the article offers no place for it.
Injector = Callable[[str, random.Random], "tuple[str, tuple[int, int]] | None"]
INJECTORS: dict[str, tuple[str, Injector]] = {}


def injector(kind: str, family: str):
    def deco(fn: Injector) -> Injector:
        INJECTORS[kind] = (family, fn)
        return fn

    return deco


def _pick(rng, pattern, text, group=0):
    ms = list(re.finditer(pattern, text))
    return rng.choice(ms) if ms else None


def _replace(text, start, end, new):
    return text[:start] + new + text[end:], (start, start + len(new))


# -- punctuation --------------------------------------------------------------------------
@injector("space-before-comma", "PUN")
def inj_space_before(text, rng):
    m = _pick(rng, f"(?<={AR})، (?={AR})", text)
    return m and _replace(text, m.start(), m.start() + 1, " ،")


@injector("missing-space-after-comma", "PUN")
def inj_missing_after(text, rng):
    m = _pick(rng, f"(?<={AR})، (?={AR})", text)
    return m and _replace(text, m.start(), m.end(), "،")


@injector("latin-comma", "PUN")
def inj_latin_comma(text, rng):
    m = _pick(rng, f"(?<={AR})، (?={AR})", text)
    return m and _replace(text, m.start(), m.start() + 1, ",")


@injector("doubled-comma", "PUN")
def inj_doubled(text, rng):
    m = _pick(rng, f"(?<={AR})، (?={AR})", text)
    return m and _replace(text, m.start(), m.start() + 1, "،،")


@injector("orphan-punctuation", "PUN")
def inj_orphan(text, rng):
    m = _pick(rng, f"(?<={AR})\\.(?=\\n|$)", text)
    return m and _replace(text, m.start(), m.end(), ". .")


# -- fragments ----------------------------------------------------------------------------
@injector("stray-fragment", "FRG")
def inj_fragment(text, rng):
    ends = list(re.finditer(f"(?<={AR})\\.(?=\\n|$)", text))
    words = [w for w in WORD.findall(text) if len(w) >= 4 and not w.startswith(("ال", "و"))]
    if not ends or not words:
        return None
    m = rng.choice(ends)
    frag = " " + " ".join(rng.sample(words, rng.choice([1, 2]))) + "."
    new = text[: m.end()] + frag + text[m.end() :]
    return new, (m.end() + 1, m.end() + len(frag))


@injector("split-final-words", "FRG")
def inj_split_final(text, rng):
    """Sentence-wise translation splitting a sentence's last word off: "لكل منهما بلد." ->
    "لكل منهما. بلد." (a stray fragment after a now-complete sentence)."""
    ms = list(re.finditer(f"(?<={AR}) ({AR}+)\\.(?=\\n|$)", text))
    ms = [
        m for m in ms if not re.search("[.؟!:]\\s*\\S+$", text[max(0, m.start() - 40) : m.start()])
    ]
    if not ms:
        return None
    m = rng.choice(ms)
    new = text[: m.start()] + ". " + m.group(1) + "." + text[m.end() :]
    # The damage is the inserted full stop and the word it cut off: a finding on either
    # (FRG002 on the full stop, FRG001 on the fragment) finds it.
    return new, (m.start(), m.start() + 3 + len(m.group(1)))


@injector("repeated-word-fragment", "FRG")
def inj_repeat_fragment(text, rng):
    """A paragraph-final sentence followed by its own last word as a sentence: "... حدث
    غير مسبوق. مسبوق." (translation debris repeating a word)."""
    ms = list(re.finditer(f"(?<= )({AR}{{3,}})\\.(?=\\n|$)", text))
    if not ms:
        return None
    m = rng.choice(ms)
    frag = " " + m.group(1) + "."
    new = text[: m.end()] + frag + text[m.end() :]
    return new, (m.end() + 1, m.end() + len(frag))


@injector("quoted-fragment", "FRG")
def inj_quoted_fragment(text, rng):
    """A quotation closing a paragraph followed by one of its own words as a sentence
    with a stray closing mark, as sentence-wise translation leaves it (the seed's
    "“نحن في خضم حدث غير مسبوق”. حدث.”")."""
    ms = list(re.finditer('([“"])([^”"\n]{10,300})([”"])\\.(?=\\n|$)', text))
    ms = [m for m in ms if len(WORD.findall(m.group(2))) >= 3]
    if not ms:
        return None
    m = rng.choice(ms)
    word = rng.choice([w for w in WORD.findall(m.group(2)) if len(w) >= 3] or ["حدث"])
    frag = f" {word}.{m.group(3)}"
    new = text[: m.end()] + frag + text[m.end() :]
    return new, (m.end() + 1, m.end() + len(frag))


@injector("sentence-split", "FRG")
def inj_split(text, rng):
    # A long sentence: cut it after a content word, before a noun phrase.
    m = _pick(
        rng,
        f"(?<={AR}{{4}}) (?=(?:ال)?{AR}{{4,}} {AR}{{3,}} {AR}{{3,}}[^.؟!\\n]{{20,}}[.؟!])",
        text,
    )
    return m and _replace(text, m.start(), m.end(), ". ")


# -- quotes -------------------------------------------------------------------------------
QUOTED = '“[^”“\n]{3,200}”|«[^»«\n]{3,200}»|(?<![\\w"])"[^"\n]{3,200}"(?![\\w"])'
OTHER_STYLE = {"“": ("«", "»"), "«": ("“", "”"), '"': ("«", "»")}


@injector("misdirected-quote", "QUO")
def inj_misdirected(text, rng):
    ms = [m for m in re.finditer(QUOTED, text) if m.group()[0] in "“«"]
    if not ms:
        return None
    m = rng.choice(ms)
    return _replace(text, m.end() - 1, m.end(), m.group()[0])


@injector("unbalanced-quote", "QUO")
def inj_unbalanced(text, rng):
    m = _pick(rng, QUOTED, text)
    return m and (text[: m.end() - 1] + text[m.end() :], (m.start(), m.end() - 1))


@injector("space-inside-quotes", "QUO")
def inj_space_inside(text, rng):
    m = _pick(rng, QUOTED, text)
    return m and _replace(text, m.start(), m.start() + 1, m.group()[0] + " ")


@injector("mixed-quote-styles", "QUO")
def inj_mixed(text, rng):
    """One quotation restyled. Only in a document with three quotations or more: with
    two, restyling one makes a tie, and nothing tells which of the two is the stray
    one (QUO001 then proposes the first one's style, which may be the injected one)."""
    ms = list(re.finditer(QUOTED, text))
    if len(ms) < 3:
        return None
    m = rng.choice(ms)
    o, c = OTHER_STYLE[m.group()[0]]
    return _replace(text, m.start(), m.end(), o + m.group()[1:-1] + c)


# -- spelling variants --------------------------------------------------------------------
def _repeated_word(text, rng, pattern, min_count=2):
    counts = Counter(m.group() for m in re.finditer(pattern, text))
    cands = [w for w, c in counts.items() if c >= min_count]
    if not cands:
        return None
    w = rng.choice(cands)
    occ = [m for m in re.finditer(pattern, text) if m.group() == w]
    return w, rng.choice(occ[1:])


def _rare(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return True
    return zipf_frequency(word, "ar") == 0.0


@injector("name-variant", "VAR")
def inj_name_variant(text, rng):
    """A name (a word unknown to the frequency list, written 3+ times) respelled once with
    a long vowel added or dropped, or ة/ه, ى/ي swapped."""
    counts = Counter(
        m.group() for m in re.finditer(f"(?<![{LETTERS}]){AR}{{4,}}(?![{LETTERS}])", text)
    )
    names = [w for w, c in counts.items() if c >= 3 and _rare(w)]
    if not names:
        return None
    w = rng.choice(names)
    occ = [m for m in re.finditer(f"(?<![{LETTERS}]){w}(?![{LETTERS}])", text)]
    m = rng.choice(occ[1:])
    if w[-1] in "ةى":
        variant = w[:-1] + {"ة": "ه", "ى": "ي"}[w[-1]]
    elif "ا" in w[1:-1]:
        i = w.index("ا", 1)
        variant = w[:i] + w[i + 1 :]
    else:
        variant = w[:2] + "ا" + w[2:]
    return _replace(text, m.start(), m.end(), variant)


@injector("hamza-variant", "VAR")
def inj_hamza(text, rng):
    got = _repeated_word(text, rng, f"(?<![{LETTERS}])[أإ]{AR}{{3,}}(?![{LETTERS}])")
    if not got:
        return None
    w, m = got
    return _replace(text, m.start(), m.end(), "ا" + w[1:])


@injector("tanween-variant", "VAR")
def inj_tanween(text, rng):
    got = _repeated_word(
        text, rng, f"(?<![{LETTERS}]){AR}{{3,}}\u064bا|(?<![{LETTERS}]){AR}{{3,}}ا\u064b"
    )
    if not got:
        return None
    w, m = got
    return _replace(text, m.start(), m.end(), w.replace("\u064b", ""))


# -- encoding and invisibles -------------------------------------------------------------
@injector("nbsp", "ENC")
def inj_nbsp(text, rng):
    m = _pick(rng, f"(?<={AR}) (?={AR})", text)
    return m and _replace(text, m.start(), m.end(), "\u00a0")


@injector("zero-width", "ENC")
def inj_zw(text, rng):
    m = _pick(rng, f"{AR}{{2}}(?={AR}{{2}})", text)
    return m and _replace(
        text, m.end(), m.end(), rng.choice(["\u200b", "\u200f", "\u202b", "\ufeff"])
    )


@injector("html-entity", "ENC")
def inj_entity(text, rng):
    m = _pick(rng, '[“”"]', text)
    if m:
        return _replace(text, m.start(), m.end(), "&quot;")
    m = _pick(rng, f"(?<={AR}) و(?={AR})", text)
    return m and _replace(text, m.start(), m.start() + 1, " &amp; ")


@injector("html-tag", "ENC")
def inj_tag(text, rng):
    m = _pick(rng, f"(?<={AR}) (?={AR})", text)
    return m and _replace(text, m.start(), m.end(), rng.choice([" <br> ", "<br/>", " </p><p> "]))


@injector("mojibake", "ENC")
def inj_mojibake(text, rng):
    m = _pick(rng, f"{AR}{{3,}}( {AR}{{3,}}){{2}}", text)
    if not m:
        return None
    bad = m.group().encode("utf-8").decode(rng.choice(["cp1256", "latin-1"]), errors="replace")
    return _replace(text, m.start(), m.end(), bad)


@injector("quoted-printable", "ENC")
def inj_quoted_printable(text, rng):
    m = _pick(rng, f"{AR}{{3,}}( {AR}{{3,}}){{1,3}}", text)
    if not m:
        return None
    qp = " ".join("".join(f"={b:02X}" for b in w.encode("utf-8")) for w in m.group().split())
    return _replace(text, m.start(), m.end(), qp)


def _isolated(ch):
    try:
        return unicodedata.lookup(unicodedata.name(ch) + " ISOLATED FORM")
    except (KeyError, ValueError):
        return ch


@injector("presentation-forms", "ENC")
def inj_presentation(text, rng):
    m = _pick(rng, f"{AR}{{4,}}", text)
    return m and _replace(text, m.start(), m.end(), "".join(_isolated(c) for c in m.group()))


@injector("persian-letters", "ENC")
def inj_persian(text, rng):
    m = _pick(rng, f"{AR}+[يك]{AR}*", text)
    if not m:
        return None
    w = m.group().replace("ي", "ی").replace("ك", "ک")
    return _replace(text, m.start(), m.end(), w)


@injector("tatweel", "ENC")
def inj_tatweel(text, rng):
    m = _pick(rng, f"(?<=[{LETTERS}])[بتثجحخسشصضطظعغفقكلمنهي](?=[{LETTERS}]{{2}})", text)
    return m and _replace(text, m.start(), m.end(), m.group() + "ـــ")


@injector("control-char", "ENC")
def inj_control(text, rng):
    m = _pick(rng, f"(?<={AR}) (?={AR})", text)
    return m and _replace(text, m.start(), m.end(), rng.choice([" \x07", "\x0b", " \x1b "]))


# -- layout, duplicates, boilerplate -----------------------------------------------------
@injector("glued-words", "LAY")
def inj_glued(text, rng):
    m = _pick(rng, f"(?<={AR}{{3}}ة) (?=(?:ال)?{AR}{{3,}})", text)
    return m and (text[: m.start()] + text[m.end() :], (m.start() - 1, m.start() + 1))


@injector("space-run", "LAY")
def inj_space_run(text, rng):
    m = _pick(rng, f"(?<={AR}) (?={AR})", text)
    return m and _replace(text, m.start(), m.end(), "   ")


@injector("broken-line", "LAY")
def inj_broken_line(text, rng):
    """A line break at a word boundary inside a paragraph of a text whose paragraphs are
    set apart by blank lines (a scraper's stray <br>). The article is first laid out so
    (one blank line between its lines): the artifact exists only in that layout, where
    a paragraph is a line; the dev corpus writes a paragraph a line."""
    text = re.sub(r"[ \t]*\n[\s]*", "\n\n", text.strip()) + "\n"
    paras = [m for m in re.finditer(r"(?<=\n\n)[^\n]{120,}[.!؟?](?=\n\n|\n?$)", text)]
    if len(paras) < 4:
        return None
    para = rng.choice(paras)
    spaces = [m.start() for m in re.finditer(f"(?<={AR}) (?={AR})", para.group())]
    spaces = spaces[8:-3]
    if not spaces:
        return None
    cut = para.start() + rng.choice(spaces)
    return text[:cut] + "\n" + text[cut + 1 :], (cut - 1, cut + 1)


@injector("mixed-digits", "LAY")
def inj_digits(text, rng):
    """One number turned to Arabic-Indic digits. Only in a document with three numbers
    or more: the only number of a document in Arabic-Indic digits mixes nothing, and
    with two numbers neither script is the document's (LAY002 then reports the other
    number: a tie goes to the first number's script)."""
    if len(re.findall("[0-9]+", text)) < 3:
        return None
    m = _pick(rng, "[0-9]{2,}", text)
    return m and _replace(
        text, m.start(), m.end(), m.group().translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    )


@injector("duplicated-paragraph", "DUP")
def inj_dup(text, rng):
    paras = [m for m in re.finditer("[^\n]{80,}", text)]
    if len(paras) < 2:
        return None
    m = rng.choice(paras[:-1])
    end = len(text.rstrip("\n"))
    new = text[:end] + "\n" + m.group() + text[end:]
    return new, (end + 1, end + 1 + len(m.group()))


@injector("repeated-word", "DUP")
def inj_repeated_word(text, rng):
    """A word written twice where an edit or a join of two blocks left it: a preposition,
    a particle or a relative pronoun ("سيعقد في في العاصمة")."""
    m = _pick(
        rng, f"(?<!{AR})(?:في|على|إلى|عن|مع|التي|الذي|الذين|قد|لم|لن|خلال|بين|منذ)(?= {AR})", text
    )
    return m and _replace(text, m.start(), m.end(), m.group() + " " + m.group())


BOILERPLATE_LINES = [
    "اقرأ أيضا: {w} {w2} في {w3}",
    "تابعونا على تويتر وفيسبوك",
    "شارك هذا المقال عبر",
    "pic.twitter.com/Ab3xYz9Q",
    "للاشتراك في خدمة الأخبار العاجلة أرسل رسالة نصية",
    "تصوير: {w} {w2}",
    "الكلمات المفتاحية: {w} - {w2} - {w3}",
]


SCRIPT_LINES = [
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-{n}'); });",
    "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-{n}-1']);",
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; js.id = id; }(document, 'script', 'fb-{n}'));",
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
    ".ad-slot-{n} { display: none !important; margin: 0 auto; }",
]


@injector("script-code", "BLP")
def inj_script(text, rng):
    """A line of script or style code pasted from an ad slot or embed, between paragraphs."""
    breaks = [m.end() for m in re.finditer("\n", text)]
    if not breaks:
        return None
    at = rng.choice(breaks)
    line = rng.choice(SCRIPT_LINES).replace("{n}", str(rng.randint(100, 99999)))
    return text[:at] + line + "\n" + text[at:], (at, at + len(line))


@injector("boilerplate-line", "BLP")
def inj_boilerplate(text, rng):
    words = WORD.findall(text)
    if len(words) < 3:
        return None
    line = rng.choice(BOILERPLATE_LINES).format(
        w=rng.choice(words), w2=rng.choice(words), w3=rng.choice(words)
    )
    end = len(text.rstrip("\n"))
    new = text[:end] + "\n" + line + text[end:]
    return new, (end + 1, end + 1 + len(line))


@injector("lost-characters", "ENC")
def inj_lost(text, rng):
    """Arabic words saved through a code page without Arabic ("??? ?????") or bytes a
    decoder could not read (U+FFFD)."""
    if rng.random() < 0.5:
        # (every non-ASCII character of the span is lost: letters, marks, ، and ؟)
        m = _pick(rng, f"(?<!{AR}){AR}{{2,}}(?:\\S* {AR}{{2,}}){{2,6}}", text)
        return m and _replace(text, m.start(), m.end(), re.sub("[^\\x00-\\x7f ]", "?", m.group()))
    m = _pick(rng, f"{AR}{{4,}}", text)
    if not m:
        return None
    i = m.start() + rng.randrange(1, len(m.group()) - 1)
    return _replace(text, i, i + 1, "\ufffd")


# -- runner -------------------------------------------------------------------------------
class SampleCounts(dict):
    """Word-unit counts over the sample, as a CorpusTable's ``counts``, with one article
    swapped for its damaged copy (:meth:`swap`). Kept as UnitCounter.counts keeps them: a
    word from its floor on (``word_unit_floor``), a pair when it is cut somewhere."""

    def __init__(self, texts):
        super().__init__()
        self.df: Counter[int] = Counter()
        for t in texts:
            self.df.update(iter_word_units(t))
        self.minus: set[int] = set()
        self.plus: set[int] = set()

    def swap(self, old: str, new: str) -> None:
        self.minus, self.plus = iter_word_units(old), iter_word_units(new)

    def _n(self, h: int) -> int:
        return self.df[h] - (h in self.minus) + (h in self.plus)

    def get(self, h, default=0):
        n = self._n(h)
        pair = not h & (1 << 62) and not h & 1
        if n < word_unit_floor(h):
            return default
        if pair and not self._n(h | 1):
            return default  # a pair nobody cuts is not kept
        return n


def read_corpus(path: Path, field: str) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                if isinstance(obj.get(field), str):
                    out.append((str(obj.get("id", i)), obj[field]))
    return out


def overlaps(f, a, b) -> bool:
    if f.start == f.end:
        return a <= f.start <= b
    return f.start < b and a < f.end


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--docs", type=int, default=500, help="articles to sample")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--select", default=None, help="rules (default: the default rules)")
    ap.add_argument("--samples-out", type=Path, help="write up to 20 findings per rule here")
    ap.add_argument("--json-out", type=Path, help="write the figures as JSON")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument(
        "--with-corpus",
        action="store_true",
        help="give FRG002 word-pair counts over the sample (as check --corpus)",
    )
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    docs = read_corpus(args.corpus, args.text_field)
    if len(docs) > args.docs:
        docs = rng.sample(docs, args.docs)
    cfg = Config(select=args.select.split(",") if args.select else None)
    counts = SampleCounts(t for _, t in docs) if args.with_corpus else None
    context = {"corpus": CorpusTable(counts, len(docs), words=True)} if counts is not None else None
    linter = Linter(cfg, context)

    # (b) untouched text
    words = 0
    per_rule: Counter[str] = Counter()
    docs_per_rule: Counter[str] = Counter()
    samples: dict[str, list] = defaultdict(list)
    for doc_id, text in docs:
        words += len(text.split())
        found = linter.lint(Document(text, path=doc_id))
        for f in found:
            per_rule[f.code] += 1
            samples[f.code].append((doc_id, text, f))
        for code in {f.code for f in found}:
            docs_per_rule[code] += 1

    # (a) injection
    tried: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    # One random stream per kind: adding or changing a kind leaves the others' places.
    kind_rngs = {kind: random.Random(f"{args.seed}:{kind}") for kind in INJECTORS}
    for doc_id, text in docs:
        for kind, (family, inject) in INJECTORS.items():
            got = inject(text, kind_rngs[kind])
            if not got:
                continue
            new, (a, b) = got
            tried[kind] += 1
            if counts is not None:
                counts.swap(text, new)
            found = linter.lint(Document(new, path=doc_id))
            if any(f.code.startswith(family) and overlaps(f, a, b) for f in found):
                hit[kind] += 1

    rules = {r.code: r for r in linter.rules}
    report = {
        "corpus": bool(args.with_corpus),
        "documents": len(docs),
        "words": words,
        "rules": {
            code: {
                "name": rules[code].name if code in rules else code,
                "findings": per_rule[code],
                "documents": docs_per_rule[code],
                "per_1k_words": round(1000 * per_rule[code] / max(words, 1), 3),
            }
            for code in sorted(set(per_rule) | set(rules))
        },
        "injected": {
            kind: {"family": INJECTORS[kind][0], "tried": tried[kind], "found": hit[kind]}
            for kind in INJECTORS
        },
    }
    fam_tried: Counter[str] = Counter()
    fam_hit: Counter[str] = Counter()
    for v in report["injected"].values():
        fam_tried[v["family"]] += v["tried"]
        fam_hit[v["family"]] += v["found"]
    report["families"] = {
        fam: {
            "tried": fam_tried[fam],
            "found": fam_hit[fam],
            "recall": round(fam_hit[fam] / fam_tried[fam], 3) if fam_tried[fam] else None,
        }
        for fam in sorted(fam_tried)
    }

    print_report(report, args.markdown)
    if args.json_out:
        args.json_out.write_text(
            json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    if args.samples_out:
        write_samples(args.samples_out, samples, rng)
    return 0


def print_report(report, markdown: bool) -> None:
    out = sys.stdout
    out.write(f"{report['documents']} documents, {report['words']} words\n\n")
    out.write("| rule | name | findings | documents | per 1k words |\n|---|---|---|---|---|\n")
    for code, r in report["rules"].items():
        out.write(
            f"| {code} | {r['name']} | {r['findings']} | {r['documents']} | {r['per_1k_words']} |\n"
        )
    out.write("\n| injected kind | family | tried | found | recall |\n|---|---|---|---|---|\n")
    for kind, v in report["injected"].items():
        rec = f"{v['found'] / v['tried']:.1%}" if v["tried"] else "n/a"
        out.write(f"| {kind} | {v['family']} | {v['tried']} | {v['found']} | {rec} |\n")
    out.write("\n| family | tried | found | recall |\n|---|---|---|---|\n")
    for fam, v in report["families"].items():
        rec = f"{v['recall']:.1%}" if v["recall"] is not None else "n/a"
        out.write(f"| {fam} | {v['tried']} | {v['found']} | {rec} |\n")


def write_samples(path: Path, samples, rng) -> None:
    lines = []
    for code in sorted(samples):
        items = samples[code]
        chosen = rng.sample(items, min(20, len(items)))
        lines.append(f"## {code} ({len(items)} findings, {len(chosen)} shown)\n")
        for doc_id, text, f in chosen:
            a, b = max(0, f.start - 80), min(len(text), f.end + 80)
            ctx = (text[a : f.start] + "⟦" + text[f.start : f.end] + "⟧" + text[f.end : b]).replace(
                "\n", "⏎"
            )
            lines.append(f"- `{doc_id}` {f.message}\n  > {ctx}\n")
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
