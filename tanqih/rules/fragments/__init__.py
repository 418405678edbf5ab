"""Fragment family (FRG): leftovers of scraping and of sentence-wise translation.

Both rules read the structure of a paragraph rather than lists of words: where a short
"sentence" sits, what precedes it, whether it carries the function words every real
Arabic sentence has, whether it repeats a word of the sentence before it, and whether a
quote mark after it has a partner. What two or three words need to be a sentence (closed
word classes, agreement, the shapes of verbs and adjectives) is in ``sentence_shapes``.

The rules live in ``stray`` (FRG001, a fragment left after a complete sentence) and
``splits`` (FRG002, a full stop that cuts one sentence in two: its docs, options and
the order of its signals). FRG002's signals are grouped by what they read, each group a
class mixed into the rule: ``split_verbs`` (a verb at the full stop), ``split_pairs``
(the two words around it), ``split_heads`` (a noun phrase cut at its head),
``split_numbers`` (numbers and dates), ``split_phrases`` (the phrase after it) and
``split_corpus`` (corpus counts). The recognisers they
share, none of them a rule, live beside them: ``document_words`` (what one document says
about its own words: the pairs it writes side by side, the words it uses as nouns or
ends sentences with, and its paragraphs), ``phrase_words`` (what a word can be inside a
noun phrase: an adjective agreeing with the noun before it, a nisba, the head of a
construct, an imperfect verb), and the patterns and word tests of the places where a
full stop cannot end a sentence: ``verb_clauses`` (the clause around a full stop and
whether it holds a verb), ``verb_complements`` (verbs of saying and verbs that take an
object), ``complement_words`` (words that need a complement or govern the next word),
``copulas`` (the forms of كان and her sisters),
``number_words`` (numbers, counts and dates), ``noun_phrases`` (nouns, constructs and
names) and ``sentence_openings`` (what the sentence after a full stop opens with).
"""

from tanqih.linter.registry import FAMILIES

# The modules that define rules, in the order of their codes: importing them registers
# the rules (FRG001 first, as when the family was one module).
# isort: off
from tanqih.rules.fragments import stray, splits
# isort: on

__all__ = ["splits", "stray"]

FAMILIES["FRG"] = "fragments"
