"""Lazy views of one document, computed once and shared by all rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from tanqih.linter import arabic
from tanqih.linter.document import Document


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """An Arabic word with its clitics split off for comparison.

    Immutable; a named tuple rather than a frozen dataclass because documents have
    thousands of tokens and a named tuple is built about 5x faster.
    """

    start: int
    end: int
    text: str  # as written
    bare: str  # without diacritics / tatweel
    prefix: str  # leading clitics of `bare` (و ف ب ل ك ال ...)
    stem: str  # `bare` without the clitics

    @property
    def definite(self) -> bool:
        """Do the clitics carry the article: ال, or لل (ل with ال), after و ف ب ك?"""
        return self.prefix.endswith(("ال", "لل"))


# A sentence ends at . ! ? ؟ (possibly repeated), then closing quotes / brackets, then a
# space or the end of the paragraph.
SENTENCE_END_RE = re.compile(r"[.!?؟…]+[”»\"')\]]*(?=\s|$)")
PARAGRAPH_RE = re.compile(r"[^\n]+")
# word -> (word, bare, prefix, stem): pure functions of the word, shared by every document.
_WORD_PARTS: dict[str, tuple[str, str, str, str]] = {}
# WORD_RE as a capturing split: text pieces alternate non-word, word, non-word ...
_HASHTAG_RE = re.compile(r"#\w+")
_WORD_SPLIT_RE = re.compile(f"({arabic.WORD_RE.pattern})")
_new_token = tuple.__new__
# Letters of Persian and Urdu (not Arabic): a quotation holding them is in that language.
_PERSIAN_LETTERS = "یکپچژگہےںۀ"
_QUOTATION_RE = re.compile(r'«[^»\n]{1,300}»|“[^”\n]{1,300}”|"[^"\n]{1,300}"')


class Analysis:
    """The document plus cached paragraphs, sentences, tokens and quote marks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[Analysis], Any]) -> Any:
        """Cache any derived view under ``key`` so rules of one family share it."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
            return value

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Non-empty lines (scraped corpora store one paragraph per line), \\r excluded."""
        out = []
        for m in PARAGRAPH_RE.finditer(self.text):
            s, e = m.span()
            while e > s and self.text[e - 1] in "\r":
                e -= 1
            if self.text[s:e].strip():
                out.append(Span(s, e, self.text[s:e]))
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences inside paragraphs, each with its final punctuation and closing marks."""
        out = []
        for p in self.paragraphs:
            pos = 0
            t = p.text
            for m in SENTENCE_END_RE.finditer(t):
                end = m.end()
                seg_start = pos
                while seg_start < end and t[seg_start].isspace():
                    seg_start += 1
                if seg_start < end:
                    out.append(Span(p.start + seg_start, p.start + end, t[seg_start:end]))
                pos = end
            seg_start = pos
            while seg_start < len(t) and t[seg_start].isspace():
                seg_start += 1
            seg_end = len(t)
            while seg_end > seg_start and t[seg_end - 1].isspace():
                seg_end -= 1
            if seg_start < seg_end:
                out.append(Span(p.start + seg_start, p.start + seg_end, t[seg_start:seg_end]))
        return out

    @cached_property
    def tokens(self) -> list[Token]:
        """Arabic words in order, with clitics split off (see arabic.split_clitics)."""
        out = []
        cache = _WORD_PARTS
        if len(cache) > 50_000:  # bounded (~13 MB): words follow Zipf's law, the cache stays hot
            cache.clear()
        # One split instead of a match object per word: offsets are running lengths.
        pieces = _WORD_SPLIT_RE.split(self.text)
        pos = len(pieces[0])
        append = out.append
        for i in range(1, len(pieces), 2):
            word = pieces[i]
            parts = cache.get(word)
            if parts is None:
                bare = arabic.strip_marks(word)
                parts = cache[word] = (word, bare, *arabic.split_clitics(bare))
            end = pos + len(word)
            append(_new_token(Token, (pos, end, *parts)))
            pos = end + len(pieces[i + 1])
        return out

    @cached_property
    def prose_tokens(self) -> list[Token]:
        """The tokens outside quoted Qur'anic verses: a verse between ornate parentheses
        (﴿ ... ﴾) or braces, or a word in Uthmani script (ٱللَّهِ), keeps its own
        orthography, which the spelling rules must neither count nor correct."""
        text = self.text
        if not arabic.QURANIC_RE.search(text) and not any(c in text for c in "{\ufd3e\ufd3f"):
            return self.tokens
        verses = [m.span() for m in arabic.VERSE_RE.finditer(text)]
        quranic = arabic.QURANIC_RE.search
        out = []
        i = 0
        for tok in self.tokens:
            while i < len(verses) and verses[i][1] <= tok.start:
                i += 1
            if i < len(verses) and verses[i][0] <= tok.start:
                continue
            if quranic(tok.text):
                continue
            out.append(tok)
        return out

    @cached_property
    def spelling_tokens(self) -> list[Token]:
        """The prose tokens outside hashtags and quoted Persian / Urdu phrases, whose
        spellings the variant rules compare: a hashtag (#نتائج_السادس_الاعدادي) is an
        identifier spelled as it is used, and respelling it would break the tag; a
        quotation with Persian or Urdu letters («ما امروز یکی از بزرگان ادب ...») is in
        its own language. (Look-alike letters in a hashtag are still fixed.)"""
        toks = self.prose_tokens
        text = self.text
        tags = [m.span() for m in _HASHTAG_RE.finditer(text)] if "#" in text else []
        if any(c in text for c in _PERSIAN_LETTERS):
            tags += [
                m.span()
                for m in _QUOTATION_RE.finditer(text)
                if any(c in m.group() for c in _PERSIAN_LETTERS)
            ]
            tags.sort()
        if not tags:
            return toks
        out = []
        i = 0
        for tok in toks:
            while i < len(tags) and tags[i][1] <= tok.start:
                i += 1
            if i < len(tags) and tags[i][0] <= tok.start:
                continue
            out.append(tok)
        return out

    @cached_property
    def quotes(self):
        """Quote marks oriented and paired per paragraph (see tanqih.linter.quotemarks)."""
        from tanqih.linter.quotemarks import analyze

        return analyze(self.text, self.paragraphs, self.doc.masked)

    @cached_property
    def has_arabic(self) -> bool:
        return arabic.is_arabic(self.text)

    def paragraph_at(self, offset: int) -> Span | None:
        for p in self.paragraphs:
            if p.start <= offset <= p.end:
                return p
        return None

    def inside_match(self, offset: int, pattern: re.Pattern) -> bool:
        """Does ``offset`` fall strictly inside a match of ``pattern`` in its paragraph
        (a mark inside a quotation the paragraph cites, say)?"""
        p = self.paragraph_at(offset)
        return p is not None and any(
            p.start + m.start() < offset < p.start + m.end() for m in pattern.finditer(p.text)
        )
