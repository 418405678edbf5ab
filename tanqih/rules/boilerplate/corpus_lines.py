"""The corpus-level rules: lines (BLP101), sentences (BLP102) and line prefixes (BLP103)
that recur across many documents of a corpus. They need counts from ``tanqih check
--corpus`` or ``--corpus-table`` and stay silent without them.
"""

from __future__ import annotations

from typing import ClassVar

from tanqih.linter.registry import Option, Rule
from tanqih.rules.phrases import delete_line, delete_span, quote

_CORPUS_OPTIONS = {
    "min-documents": Option(
        5,
        "a unit must occur in at least this many documents of the corpus to be flagged "
        "(default: the --min-documents a saved --corpus-table was built with, else 5)",
    ),
    "min-fraction": Option(
        0.0,
        "... and in at least this fraction of the corpus's documents (0 = no fraction; "
        "keep it 0 for corpora mixing many sites)",
        float,
    ),
    "min-documents-long": Option(
        20,
        "documents a long unit (>= 25 words) needs: a story republished a few times "
        "repeats its paragraphs too, a site's footer recurs in far more documents",
    ),
}
_LONG_WORDS = 25


class _CorpusRule(Rule):
    level: ClassVar[str] = ""
    needs_corpus = True
    what: ClassVar[str] = ""

    def check(self, doc):
        table = self.context.get("corpus")
        if table is None:
            return
        from tanqih.linter.corpus import iter_units

        # A table saved by `tanqih corpus --min-documents N` holds its own threshold: it is
        # the rule's too unless the config sets min-documents for the rule.
        if "min-documents" in self.explicit:
            min_documents = int(self.opts["min-documents"])
        else:
            min_documents = table.min_documents
        need = table.threshold(min_documents, float(self.opts["min-fraction"]))
        need_long = max(need, int(self.opts["min-documents-long"]))
        text = doc.text
        for u in iter_units(doc, table.fold_digits):
            if u.level != self.level:
                continue
            n = table.count(u.hash)
            if n < need:
                continue
            if n < need_long and text.count(" ", u.start, u.end) + 1 >= _LONG_WORDS:
                continue  # a long paragraph in a few documents: a republished story
            if self.level == "line":
                edit = delete_line(text, u.start, u.end)
            else:
                edit = delete_span(text, u.start, u.end)
            yield self.finding(
                u.start,
                u.end,
                f"{self.what} recurs in {n} of {table.documents} documents of the corpus "
                f"(site boilerplate): {quote(text[u.start : u.end])}",
                [edit],
            )


class RepeatedLine(_CorpusRule):
    """A line that recurs in many documents of the corpus: the site's own boilerplate.

    **What it does**
    With corpus counts (``tanqih check --corpus PATH...`` counts over the given inputs
    first; ``--corpus-table table.json`` reads counts saved by ``tanqih corpus``), flags
    every line whose text (spacing, tatweel, invisible marks and case ignored, digits
    folded so "اليوم 06:42" and "اليوم 09:18" are one line) occurs in at least
    ``min-documents`` documents. Identical copies of a document count
    once. Without corpus counts the rule is silent.

    **Why is this bad?**
    Every site has its own furniture: an "about us" footer, a related-stories teaser, a
    sidebar of timestamps, a fixed tag. No phrase list knows them all, but they betray
    themselves by recurring across the site's articles.

    **Example**
    A line "شبكة الميادين الإعلامية قناة فضائية ..." found at the end of 210 of 500
    articles.

    **Use instead**
    The article without the footer.

    **Fix safety**
    Unsafe: the line is deleted. Wire stories republished many times also recur: review
    before applying, or raise ``min-documents``.

    **Options**
    ``min-documents`` (default 5) and ``min-fraction`` (default 0): how often a line must
    recur; ``min-documents-long`` (default 20): how often a line of 25 words or more must
    recur (wire stories republished a few times repeat whole paragraphs; footers recur in
    far more documents). The counting threshold of ``tanqih corpus`` / ``--corpus`` is taken from
    ``[rules.BLP101]`` too (with ``fold-digits``, default true). A table saved with
    ``tanqih corpus --min-documents N`` makes N the default ``min-documents`` of the three
    corpus-level rules when ``--corpus-table`` reads it; a value set in the config wins.
    """

    code = "BLP101"
    name = "repeated-line"
    family = "boilerplate"
    fix = "unsafe"
    level = "line"
    what = "line"
    options = {
        **_CORPUS_OPTIONS,
        "fold-digits": Option(
            True, "count lines that differ only in their digits as one (used when counting)"
        ),
    }


class RepeatedSentence(_CorpusRule):
    """A sentence, inside a longer line, that recurs in many documents of the corpus.

    **What it does**
    With corpus counts (see BLP101), flags a sentence of a multi-sentence line whose
    normalised text occurs (as a line or as a sentence) in at least ``min-documents``
    documents: a signature or a "follow us" sentence glued to the last paragraph.

    **Why is this bad?**
    Site boilerplate glued to a real paragraph escapes line-level checks.

    **Example**
    ... انتهى الاجتماع. لمتابعة آخر الأخبار تابعونا على قناتنا في تلغرام.

    **Use instead**
    ... انتهى الاجتماع.

    **Fix safety**
    Unsafe: the sentence is deleted. Formulaic sentences of wire copy ("ولم يصدر أي
    تعليق فوري") also recur across a corpus: this rule is opt-in.

    **Options**
    ``min-documents`` (default 5), ``min-fraction`` (default 0), ``min-documents-long``
    (default 20, for sentences of 25 words or more).
    """

    code = "BLP102"
    name = "repeated-sentence"
    family = "boilerplate"
    default = False
    fix = "unsafe"
    level = "sentence"
    what = "sentence"
    options = dict(_CORPUS_OPTIONS)


class RepeatedPrefix(_CorpusRule):
    """A line prefix (before "–", "-" or "|") that recurs in many documents of the corpus.

    **What it does**
    With corpus counts (see BLP101), flags the start of a line up to a dash or pipe
    separator (at most five words) when that prefix opens lines in at least
    ``min-documents`` documents: "عين اليوم –", "شاهد بالفيديو |", a columnist's
    byline.

    **Why is this bad?**
    Credits and section labels glued to the first line of every article are the site's
    template, not the story.

    **Example**
    عين اليوم – جدة

    **Use instead**
    (the line without the site's credit)

    **Fix safety**
    Unsafe: the prefix is deleted. Datelines ("غزة -") also recur: this rule is opt-in.

    **Options**
    ``min-documents`` (default 5), ``min-fraction`` (default 0).
    """

    code = "BLP103"
    name = "repeated-prefix"
    family = "boilerplate"
    default = False
    fix = "unsafe"
    level = "prefix"
    what = "line prefix"
    options = dict(_CORPUS_OPTIONS)
