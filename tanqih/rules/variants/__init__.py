"""Variants family (VAR): one word or name spelled more than one way in one document.

The family shares one analysis per document (``index``: ``Analysis.memo("variants",
...)``): every Arabic token is looked at with its clitics (و ف ب ل ك ال) peeled off one
by one, the stems are grouped when they differ only by hamza, by ة / ه or ى / ي at the
end, or by one long vowel inside the word, and each group's spelling to use is found
(the majority, unless another is far more common in written Arabic). Which pairs count
as variants is decided by :func:`relation.relation`, which uses word frequencies (the
``wordfreq`` package, read through ``tanqih.rules.word_frequencies``) and a small list
of distinct function words (``data/distinct_spellings.txt``) to keep distinct words
such as على / علي, أن / إن or كتب / كاتب apart.

The rules live in ``name_variants`` (VAR001), ``hamza_variants`` (VAR002) and
``tanween`` (VAR003, VAR004), beside ``relation`` (when two spellings are one word) and
``index`` (the per-document analysis), which are no rules.
"""

from tanqih.linter.registry import FAMILIES

# The modules that define rules, in the order of their codes: importing them registers
# the rules (VAR001 first, as when the family was one module).
# isort: off
from tanqih.rules.variants import name_variants, hamza_variants, tanween
# isort: on

__all__ = ["hamza_variants", "name_variants", "tanween"]

FAMILIES["VAR"] = "variants"
