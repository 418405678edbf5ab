"""Corpus-level counts for the repeated-line rules: which lines recur across documents.

A corpus (folders, JSONL files, any format tanqih reads) is streamed once. Every document
yields a set of *units*: its lines, the sentences of its multi-sentence lines, and its
line prefixes (the text before a "–", "|" or ":" separator near the line start). A unit
is a 64-bit hash of a normalised key (spacing collapsed, invisible marks and tatweel
dropped, digits folded to 0 so that "اليوم 06:42" and "اليوم 09:18" are one unit). The count of a unit is the number of distinct documents it
occurs in (byte-identical copies of a document count once).

Memory stays bounded: (unit, document) pairs are buffered up to ``max_pairs``, then
sorted and spilled to a temporary file; the runs are merged at the end and only units at
or above ``min_documents`` are kept. The result, a :class:`CorpusTable`, is what the
rules see (as ``self.context["corpus"]``) and what ``tanqih corpus --output`` saves.

When a selected rule reads word pairs (FRG002), *word units* are counted too: every pair
of Arabic words written side by side on a line, the same pair across a full stop ("w1.
w2"), the words that end and open sentences, and the documents each word without the
article is written in. Only the pairs also found across a full stop somewhere are kept,
the words ending and opening sentences from two documents on (a sentence ends at a full
stop inside a line or at its end), the words' documents from ten.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import string
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tanqih.input_options import add_input_options, input_overrides
from tanqih.linter.analysis import Analysis
from tanqih.linter.arabic import TASHKEEL, TATWEEL
from tanqih.linter.config import ConfigError
from tanqih.linter.document import Document

TABLE_FORMAT = "tanqih-corpus-table"
TABLE_VERSION = 1
KEY_VERSION = "v5"

TEXT, PREFIX = "text", "prefix"

_DIGITS_RE = re.compile(r"\d+")
_HAS_DIGIT_RE = re.compile(r"\d")
# A line prefix ends at a dash or a pipe near the start of the line (not at a colon:
# "وأضاف:" opens quotations in every document).
_PREFIX_SEP_RE = re.compile(r"\s[-–—ـ|]\s|[-–—|]\s|\s[-–—|]")
_PREFIX_MAX_WORDS = 5


def _key_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in TASHKEEL + TATWEEL}
    for src, dst in (("أإآٱ", "ا"), ("ؤ", "و"), ("ئىی", "ي"), ("ة", "ه"), ("ک", "ك")):
        for c in src:
            table[ord(c)] = dst
    spaces = (
        string.punctuation
        + "،؛؟«»“”„‘’‚‹›…–—―‐‑٪٫٬·•●▪►◄▶◀★☆※✓✔❖➡⬅⬇⬆"
        + "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
        + "\u2068\u2069\ufeff\u3000"
    )
    for c in spaces:
        table[ord(c)] = " "
    return table


_KEY_TABLE = _key_table()


def fast_key(text: str) -> str:
    """A comparison key in one ``str.translate``: no diacritics or tatweel, unified alef /
    hamza / ya / ta marbuta, punctuation and odd spaces as spaces, lower case, single
    spaces. (Fast enough for every line and sentence of a corpus.)"""
    return " ".join(text.translate(_KEY_TABLE).lower().split())


def _fold(key: str) -> str:
    return _DIGITS_RE.sub("0", key) if _HAS_DIGIT_RE.search(key) else key


_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u0640")


def normalise(text: str, fold_digits: bool = True) -> str:
    """The counting key of a line or sentence: spacing collapsed, invisible marks and
    tatweel dropped, lower case, digits folded to 0 (by default).

    Deliberately cheaper than :func:`fast_key`: a site's furniture is produced by one
    template, byte for byte, so diacritics and punctuation need no unifying, and the
    counting pass must keep up with a corpus.
    """
    for c in _INVISIBLE:
        if c in text:
            text = text.replace(c, "")
    s = " ".join(text.lower().split())
    return _fold(s) if fold_digits else s


_TOP = 1 << 63
WORD_FLOOR = 2  # a word ending or opening sentences is kept from this many documents on
DOCUMENT_FLOOR = 10  # a word's number of documents is kept from this many on
_WORD_UNIT = 1 << 62  # with _TOP: a word unit (a pair of words, a sentence's last / first)
_DOCS_TAG = 1 << 61  # with _WORD_UNIT: the documents a word is written in
_PAIR_TAG = 1  # the low bit of a pair's hash: 0 written side by side, 1 across a full stop


def unit_hash(kind: str, key: str) -> int:
    """A line, sentence or prefix unit: a 64-bit hash with the top bit clear."""
    h = hashlib.blake2b((kind + "\x00" + key).encode("utf-8"), digest_size=8)
    return int.from_bytes(h.digest(), "big") & (_TOP - 1)


def word_hash(kind: str, key: str) -> int:
    """A word unit: the top bit set. "pair" keys are two words ("w1 w2"), their low bit
    clear (the words written side by side; the same pair across a full stop, a *cut*, is
    the hash with the low bit set); "end" and "start" keys are one word that ends or
    opens a sentence (the next bit set too); a "word" key is a word written anywhere in a
    document (the next two bits set)."""
    h = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")
    h = (h >> 3) | _TOP
    if kind == "pair":
        return h & ~(_WORD_UNIT | _PAIR_TAG)
    if kind == "word":
        return h | _WORD_UNIT | _DOCS_TAG
    return (h | _WORD_UNIT) ^ (1 if kind == "end" else 0)


def word_unit_floor(h: int) -> int:
    """The documents a word unit needs to be kept (1 for a pair, which is kept when it is
    also found cut somewhere)."""
    if not h & _WORD_UNIT:
        return 1
    return DOCUMENT_FLOOR if h & _DOCS_TAG else WORD_FLOOR


# An Arabic word (two letters or more) or any other character but a space.
_TOKEN_RE = re.compile(r"([\u0621-\u064a\u066e-\u06d3][\u0621-\u0652\u0640\u066e-\u06d3]+)|\S")
_WORD_MARKS = str.maketrans("", "", TASHKEEL + TATWEEL)


def word_key(word: str) -> str:
    """A word as the word units count it: without diacritics and tatweel."""
    return word.translate(_WORD_MARKS)


def iter_word_units(text: str) -> set[int]:
    """The word units of a text: every pair of Arabic words written side by side on a
    line, every pair across a full stop ("w1. w2", a cut), the words ending and opening
    those sentences, and every word (FRG002 asks how many documents write a word that
    never ends or never opens a sentence)."""
    out: set[int] = set()
    for line in text.split("\n"):
        word = cut = None  # the last token when it was a word / a word and a full stop
        for m in _TOKEN_RE.finditer(line):
            t = m.group(1)
            if t is not None:
                w = word_key(t)
                out.add(word_hash("word", w))
                if word is not None:
                    out.add(word_hash("pair", word + " " + w))
                elif cut is not None:
                    out.add(word_hash("pair", cut + " " + w) | _PAIR_TAG)
                    out.add(word_hash("end", cut))
                    out.add(word_hash("start", w))
                word, cut = w, None
            elif m.group() == "." and word is not None:
                word, cut = None, word
            else:
                word = cut = None
        if cut is not None:
            out.add(word_hash("end", cut))  # the last sentence of the line
    return out


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # "text" (a line or a sentence) or "prefix"
    level: str  # "line", "sentence" or "prefix"
    start: int
    end: int
    hash: int


def _has_letter(key: str) -> bool:
    return any(c.isalpha() for c in key)


def iter_units(doc: Analysis, fold_digits: bool = True) -> list[Unit]:
    """The units of one document (memoised on the analysis)."""

    def compute(a: Analysis) -> list[Unit]:
        out: list[Unit] = []
        sentences = a.sentences
        si = 0
        text = a.text
        for p in a.paragraphs:
            t = p.text
            lead = len(t) - len(t.lstrip())
            s0, e0 = p.start + lead, p.start + len(t.rstrip())
            # sentences of this line
            inside = []
            while si < len(sentences) and sentences[si].start < p.end:
                if sentences[si].start >= p.start:
                    inside.append(sentences[si])
                si += 1
            key = normalise(t, fold_digits)
            skeys = [normalise(x.text, fold_digits) for x in inside] if len(inside) > 1 else []
            if not _has_letter(key):
                continue
            out.append(Unit(TEXT, "line", s0, e0, unit_hash(TEXT, key)))
            for x, skey in zip(inside, skeys, strict=False):
                if skey.count(" ") >= 2 and _has_letter(skey):
                    out.append(Unit(TEXT, "sentence", x.start, x.end, unit_hash(TEXT, skey)))
            # the prefix before a separator near the line start
            m = _PREFIX_SEP_RE.search(t, lead, lead + 80)
            if m is not None:
                head = t[lead : m.start()]
                rest = t[m.end() :]
                hkey = normalise(head, fold_digits)
                if (
                    hkey
                    and _has_letter(hkey)
                    and len(head.split()) <= _PREFIX_MAX_WORDS
                    and len(rest.split()) >= 1
                ):
                    pe = p.start + m.end()
                    while pe > s0 and text[pe - 1].isspace():
                        pe -= 1
                    out.append(Unit(PREFIX, "prefix", s0, pe, unit_hash(PREFIX, hkey)))
        return out

    return doc.memo(f"corpus.units.{fold_digits}", compute)


def document_hash(text: str) -> int:
    h = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(h.digest(), "big")


# ----------------------------------------------------------------------------------------
# Counting with bounded memory
# ----------------------------------------------------------------------------------------


class UnitCounter:
    """Counts, per unit, the distinct documents it occurs in, spilling sorted runs to disk."""

    def __init__(
        self,
        min_documents: int = 5,
        fold_digits: bool = True,
        max_pairs: int = 500_000,
        spill_dir: Path | None = None,
        words: bool = False,
    ) -> None:
        self.min_documents = max(1, int(min_documents))
        self.fold_digits = fold_digits
        self.words = words  # count word units too (pairs of words, sentence ends)
        self.max_pairs = max(1, int(max_pairs))
        self.spill_dir = spill_dir
        self.documents = 0
        self.spills = 0
        self.compactions = 0
        self.max_runs = 32  # runs merged into one beyond this (bounded open files)
        self._buf: list[int] = []
        self._runs: list[tempfile._TemporaryFileWrapper] = []
        self._seen_docs = 0

    def add_text(self, text: str) -> None:
        self.add_analysis(Analysis(Document(text)))

    def add_analysis(self, analysis: Analysis) -> None:
        self.documents += 1
        dh = document_hash(analysis.text)
        units = {u.hash for u in iter_units(analysis, self.fold_digits)}
        if self.words:
            units |= iter_word_units(analysis.text)
        buf = self._buf
        for h in units:
            buf.append((h << 64) | dh)
        if len(buf) >= self.max_pairs:
            self._spill()

    def _spill(self) -> None:
        if not self._buf:
            return
        self._buf.sort()
        arr = array("Q")
        mask = (1 << 64) - 1
        for v in self._buf:
            arr.append(v >> 64)
            arr.append(v & mask)
        fh = tempfile.TemporaryFile(dir=self.spill_dir, prefix="tanqih-corpus-")
        arr.tofile(fh)
        fh.flush()
        fh.seek(0)
        self._runs.append(fh)
        self._buf = []
        self.spills += 1
        if len(self._runs) >= self.max_runs:
            self._compact()

    def _compact(self) -> None:
        """Merge the spilled runs into one (duplicates dropped), keeping few files open."""
        out = tempfile.TemporaryFile(dir=self.spill_dir, prefix="tanqih-corpus-")
        mask = (1 << 64) - 1
        arr = array("Q")
        prev = -1
        for v in heapq.merge(*(self._read_run(fh) for fh in self._runs)):
            if v == prev:
                continue
            prev = v
            arr.append(v >> 64)
            arr.append(v & mask)
            if len(arr) >= 1 << 16:
                arr.tofile(out)
                arr = array("Q")
        arr.tofile(out)
        out.flush()
        for fh in self._runs:
            fh.close()
        self._runs = [out]
        self.compactions += 1

    @staticmethod
    def _read_run(fh, chunk: int = 1 << 15) -> Iterator[int]:
        fh.seek(0)
        while True:
            arr = array("Q")
            try:
                arr.fromfile(fh, chunk * 2)
            except EOFError:
                pass
            if not arr:
                return
            for i in range(0, len(arr), 2):
                yield (arr[i] << 64) | arr[i + 1]
            if len(arr) < chunk * 2:
                return

    def counts(self) -> dict[int, int]:
        """Units occurring in at least ``min_documents`` documents, with their counts.
        Words ending or opening sentences are kept from ``WORD_FLOOR`` documents on, and a
        pair of words only when it is also found across a full stop somewhere (the only
        pairs a rule asks about: the table stays small)."""
        if self._runs:
            self._spill()
            stream: Iterable[int] = heapq.merge(*(self._read_run(fh) for fh in self._runs))
        else:
            self._buf.sort()
            stream = self._buf
        out: dict[int, int] = {}
        prev = -1
        cur = -1
        n = 0
        floor = self.min_documents
        pair = (-1, 0)  # the last pair of words written side by side, with its count

        def keep(u: int, n: int) -> None:
            nonlocal pair
            if not u & _TOP:
                if n >= floor:
                    out[u] = n
            elif u & _WORD_UNIT:
                if n >= word_unit_floor(u):
                    out[u] = n  # a word ending or opening sentences, or in n documents
            elif u & _PAIR_TAG:
                if pair[0] == u ^ _PAIR_TAG:
                    out[pair[0]] = pair[1]  # the pair is found cut somewhere
            else:
                pair = (u, n)

        for v in stream:
            if v == prev:
                continue  # the same document twice (identical copies)
            prev = v
            u = v >> 64
            if u != cur:
                if cur != -1:
                    keep(cur, n)
                cur, n = u, 0
            n += 1
        if cur != -1:
            keep(cur, n)
        for fh in self._runs:
            fh.close()
        self._runs = []
        self._buf = []
        return out


# ----------------------------------------------------------------------------------------
# The table
# ----------------------------------------------------------------------------------------


@dataclass
class CorpusTable:
    """Unit hash -> number of documents, for units at or above ``min_documents``."""

    counts: dict[int, int]
    documents: int
    min_documents: int = 5
    fold_digits: bool = True
    samples: dict[int, tuple[str, str]] = field(default_factory=dict)  # hash -> (level, text)
    source: str | None = None
    words: bool = False  # word units counted too (see iter_word_units)

    def count(self, h: int) -> int:
        return self.counts.get(h, 0)

    def pair_counts(self, w1: str, w2: str) -> tuple[int, int, int]:
        """In how many documents ``w1 w2`` is written side by side (0 unless it is also
        found across a full stop), ``w1`` ends a sentence and ``w2`` opens one (0 below
        ``WORD_FLOOR`` documents)."""
        k1, k2 = word_key(w1), word_key(w2)
        get = self.counts.get
        return (
            get(word_hash("pair", k1 + " " + k2), 0),
            get(word_hash("end", k1), 0),
            get(word_hash("start", k2), 0),
        )

    def documents_with(self, w: str) -> int:
        """In how many documents the word ``w`` is written (0 below ``DOCUMENT_FLOOR``
        documents)."""
        return self.counts.get(word_hash("word", word_key(w)), 0)

    def threshold(self, min_documents: int, min_fraction: float) -> int:
        """Documents a unit needs to be reported with these rule options."""
        need = max(int(min_documents), self.min_documents)
        if min_fraction > 0:
            need = max(need, int(-(-min_fraction * self.documents // 1)))
        return need

    def to_json(self) -> dict[str, Any]:
        units = []
        for h, n in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0])):
            entry: dict[str, Any] = {"hash": f"{h:016x}", "documents": n}
            if h in self.samples:
                entry["level"], entry["sample"] = self.samples[h]
            units.append(entry)
        return {
            "format": TABLE_FORMAT,
            "version": TABLE_VERSION,
            "key": KEY_VERSION,
            "documents": self.documents,
            "params": {
                "min-documents": self.min_documents,
                "fold-digits": self.fold_digits,
                "word-pairs": self.words,
            },
            "units": units,
        }

    def save(self, path: Path) -> None:
        from tanqih.linter.patches import atomic_writer

        data = json.dumps(self.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        with atomic_writer(path) as fh:
            fh.write(data + b"\n")

    @classmethod
    def load(cls, path: Path) -> CorpusTable:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read corpus table {path}: {exc.strerror or exc}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"corpus table {path} is not valid JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != TABLE_FORMAT:
            raise ConfigError(f"{path} is not a tanqih corpus table (see `tanqih corpus`)")
        if data.get("version") != TABLE_VERSION or data.get("key") != KEY_VERSION:
            raise ConfigError(
                f"corpus table {path} was made by another tanqih version; rebuild it "
                "with `tanqih corpus`"
            )
        try:
            params = data["params"]
            counts = {int(u["hash"], 16): int(u["documents"]) for u in data["units"]}
            samples = {
                int(u["hash"], 16): (u.get("level", ""), u["sample"])
                for u in data["units"]
                if "sample" in u
            }
            return cls(
                counts,
                int(data["documents"]),
                int(params["min-documents"]),
                bool(params["fold-digits"]),
                samples,
                str(path),
                bool(params.get("word-pairs", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"corpus table {path} is damaged: {exc}") from None


# ----------------------------------------------------------------------------------------
# Building from files
# ----------------------------------------------------------------------------------------


def table_params(resolver, paths: list[Path]) -> dict[str, Any]:
    """Counting parameters (min-documents, fold-digits) from the options of the first
    corpus-level rule that declares them, in the config of the first path."""
    from tanqih.linter.engine import _options_by_code
    from tanqih.linter.registry import all_rules

    if not paths:
        return {}
    configured = _options_by_code(resolver.for_path(paths[0]))
    for rule in all_rules():
        if rule.needs_corpus and "min-documents" in rule.options:
            return configured.get(rule.code, {})
    return {}


def iter_corpus_texts(
    paths: Iterable[Path], resolver, err: TextIO, strict: bool = False
) -> Iterator[str]:
    """Stream the document texts under ``paths`` as ``tanqih check`` walks them. A file that
    cannot be read or parsed is a warning (the corpus pass goes on), or with ``strict`` a
    ConfigError naming it (``tanqih names`` writes nothing then)."""
    from tanqih.linter.discovery import iter_files
    from tanqih.linter.runner import display_path
    from tanqih.linter.sources import InputError, source_for

    for path in iter_files(paths, resolver, err):
        cls = source_for(path)
        if cls is None:
            continue
        cfg = resolver.for_path(path)
        source = cls(path, cfg, display=display_path(path))
        try:
            for record in source.records():
                if record.doc.problem is None and not record.blank:
                    yield record.doc.text
        except InputError as exc:
            if strict:
                raise ConfigError(str(exc)) from None
            err.write(f"warning: corpus pass: {exc}\n")
        except OSError as exc:
            if strict:
                raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
            err.write(f"warning: corpus pass: {exc}\n")


def build_table(
    paths: Iterable[Path],
    resolver,
    min_documents: int = 5,
    fold_digits: bool = True,
    samples: bool = False,
    max_pairs: int = 500_000,
    err: TextIO | None = None,
    strict: bool = False,
    words: bool = False,
) -> CorpusTable:
    """Stream over ``paths`` and count units (a second pass collects samples if asked).
    ``strict``: a file that cannot be read or parsed is a ConfigError (no table), not a
    warning."""
    err = err or sys.stderr
    paths = list(paths)
    counter = UnitCounter(min_documents, fold_digits, max_pairs, words=words)
    for text in iter_corpus_texts(paths, resolver, err, strict):
        counter.add_text(text)
    table = CorpusTable(
        counter.counts(), counter.documents, counter.min_documents, fold_digits, words=words
    )
    if samples and table.counts:
        for text in iter_corpus_texts(paths, resolver, err, strict):
            a = Analysis(Document(text))
            for u in iter_units(a, fold_digits):
                if u.hash in table.counts and u.hash not in table.samples:
                    table.samples[u.hash] = (u.level, " ".join(text[u.start : u.end].split())[:200])
            if len(table.samples) == len(table.counts):
                break
    return table


def _corpus_rules_selected(cfg) -> bool:
    from tanqih.linter.registry import select_rules

    return any(
        r.needs_corpus or r.corpus_pairs
        for r in select_rules(cfg.select, cfg.extend_select, cfg.ignore)
    )


def _pairs_wanted(cfg) -> bool:
    """Does a selected rule read word pairs from the corpus (FRG002's evidence), with its
    ``corpus-pairs`` option (if it has one) left on?"""
    from tanqih.linter.engine import _options_by_code
    from tanqih.linter.registry import select_rules

    configured = _options_by_code(cfg)
    return any(
        r.corpus_pairs and configured.get(r.code, {}).get("corpus-pairs", True)
        for r in select_rules(cfg.select, cfg.extend_select, cfg.ignore)
    )


def corpus_context(
    paths: list[Path],
    resolver,
    corpus: bool = False,
    table_path: Path | None = None,
    err: TextIO | None = None,
) -> dict[str, Any]:
    """The rule context for ``check --corpus`` / ``--corpus-table``: {"corpus": table}."""
    if table_path is not None:
        return {"corpus": CorpusTable.load(table_path)}
    if not corpus:
        return {}
    if paths and not _corpus_rules_selected(resolver.for_path(paths[0])):
        (err or sys.stderr).write(
            "warning: --corpus: no rule that reads corpus counts is selected (BLP101 ..., "
            "FRG002); the counting pass is skipped\n"
        )
        return {}
    opts = table_params(resolver, paths)
    table = build_table(
        paths,
        resolver,
        min_documents=int(opts.get("min-documents", 5)),
        fold_digits=bool(opts.get("fold-digits", True)),
        err=err,
        words=bool(paths) and _pairs_wanted(resolver.for_path(paths[0])),
    )
    return {"corpus": table}


# ----------------------------------------------------------------------------------------
# Command line: `tanqih corpus`, and --corpus / --corpus-table on check and fix
# ----------------------------------------------------------------------------------------


def add_corpus_options(p: Any) -> None:
    """``--corpus`` and ``--corpus-table`` for ``check`` / ``fix``."""
    p.add_argument(
        "--corpus",
        action="store_true",
        help="count lines over all given inputs first (corpus-level rules such as "
        "BLP101 repeated-line), then check",
    )
    p.add_argument(
        "--corpus-table",
        type=Path,
        metavar="TABLE",
        help="read corpus-level counts saved by `tanqih corpus --output TABLE`",
    )


def configure(args: Any, options: Any) -> None:
    """Copy the corpus flags into RunOptions."""
    options.corpus = bool(getattr(args, "corpus", False))
    options.corpus_table = getattr(args, "corpus_table", None)
    if options.corpus and options.corpus_table is not None:
        raise ConfigError("use either --corpus or --corpus-table, not both")


def add_corpus_parser(sub: Any) -> None:
    p = sub.add_parser(
        "corpus",
        help="count lines recurring across a corpus (writes a table for --corpus-table)",
        description=(
            "Stream over the documents of PATH... once, count in how many documents each "
            "line, sentence and line prefix occurs (normalised; bounded memory: sorted runs "
            "spilled to disk), and save those reaching --min-documents as a JSON table. "
            "`tanqih check --corpus-table TABLE FILES` then flags them (BLP101-BLP103). "
            "With FRG002 selected, pairs of words written across a full stop in one "
            "document and side by side in others are counted too (sentence splits)."
        ),
    )
    p.add_argument("paths", nargs="+", type=Path, help="files or folders")
    p.add_argument("-o", "--output", type=Path, required=True, help="write the table here")
    p.add_argument(
        "--min-documents",
        type=int,
        default=None,
        help="keep units found in at least this many documents (default: "
        "[rules.BLP101] min-documents, else 5)",
    )
    p.add_argument(
        "--no-fold-digits",
        dest="fold_digits",
        action="store_false",
        default=None,
        help="count lines that differ only in digits separately",
    )
    p.add_argument(
        "--no-samples",
        dest="samples",
        action="store_false",
        help="do not store an example text per unit (no second pass)",
    )
    p.add_argument(
        "--max-pairs",
        type=int,
        default=500_000,
        help="(unit, document) pairs kept in memory before spilling to disk",
    )
    add_input_options(p)  # --text-field, --encoding, --csv-delimiter
    p.add_argument("--config", type=Path, help="use this config file instead of discovery")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def cmd_corpus(args: Any) -> int:
    from tanqih.linter.config import ConfigResolver

    overrides = input_overrides(args)
    resolver = ConfigResolver(args.config, overrides)
    missing = [str(p) for p in args.paths if not Path(p).exists()]
    if missing:
        raise ConfigError(f"no such file or folder: {', '.join(missing)}")
    opts = table_params(resolver, list(args.paths))
    if args.min_documents is not None:
        min_documents = args.min_documents  # (0 is refused below, not the default)
    else:
        min_documents = int(opts.get("min-documents", 5))
    fold = args.fold_digits if args.fold_digits is not None else bool(opts.get("fold-digits", True))
    if min_documents < 2 or args.max_pairs < 1000:
        raise ConfigError("--min-documents must be >= 2 and --max-pairs >= 1000")
    try:
        table = build_table(
            args.paths,
            resolver,
            min_documents=min_documents,
            fold_digits=fold,
            samples=args.samples,
            max_pairs=args.max_pairs,
            strict=True,  # a table built from part of the inputs is not written (as `names`)
            words=_pairs_wanted(resolver.for_path(args.paths[0])),
        )
    except ConfigError as exc:
        raise ConfigError(f"{exc}; no table written") from None
    table.save(args.output)
    if not args.quiet:
        err = sys.stderr
        lines = [(h, n) for h, n in table.counts.items() if not h & _TOP]
        words = len(table.counts) - len(lines)
        err.write(
            f"tanqih corpus: {table.documents} document(s), {len(lines)} unit(s) in "
            f">= {table.min_documents} documents"
            + (f" and {words} word unit(s)" if table.words else "")
            + f" written to {args.output}.\n"
        )
        top = sorted(lines, key=lambda kv: -kv[1])[:10]
        for h, n in top:
            level, sample = table.samples.get(h, ("", f"{h:016x}"))
            err.write(f"  {n:>7}  {level:<8} {sample[:80]}\n")
    return 0
