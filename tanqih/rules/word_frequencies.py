"""Word frequencies of written Arabic (the ``wordfreq`` package), shared by every family.

``zipf`` reads wordfreq's small list (56k words), ``large_zipf`` its large one (rare
words and web noise too); both give the Zipf scale, where 3.0 is once per million words
(``KNOWN``: an established word) and 4.5 is clearly above the noise of sloppy web
spellings (``COMMON``).
"""

from __future__ import annotations

import functools
import math

from tanqih.linter.arabic import hamza_key

# A word with a Zipf frequency of at least KNOWN (once per million words) is an
# established word of written Arabic; below it are names, rare words and misspellings.
KNOWN = 3.0
# A known form is "common" when clearly above the noise floor of sloppy web spellings.
COMMON = 4.5


@functools.cache
def frequencies() -> dict[str, float]:
    """Arabic word frequencies from wordfreq's small list (56k words, ~20 MB, 20 ms)."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - wordfreq is a runtime dependency
        return {}
    return wordfreq.get_frequency_dict("ar", "small")


@functools.lru_cache(maxsize=4096)
def large_zipf(word: str) -> float:
    """Zipf frequency in wordfreq's large Arabic list (rare words and web noise too),
    for every rule that needs it (LAY001, ENC008, VAR001). The default ``best`` list is
    the large one for Arabic: asking for it by that name shares wordfreq's cache (asking
    for ``large`` would load the same 90 MB list a second time)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a runtime dependency
        return 1.0
    return zipf_frequency(word, "ar")


def zipf(word: str) -> float:
    """Zipf frequency of a bare word (0.0 when it is not among the known words)."""
    f = frequencies().get(word)
    return 9.0 + math.log10(f) if f else 0.0


@functools.cache
def _key_frequencies() -> dict[str, float]:
    """The small list keyed by ``hamza_key``: the frequency of the most frequent word
    of each key."""
    table: dict[str, float] = {}
    for word, f in frequencies().items():
        k = hamza_key(word)
        if f > table.get(k, 0.0):
            table[k] = f
    return table


def key_zipf(k: str) -> float:
    """Zipf frequency of the most frequent known word whose ``hamza_key`` is ``k`` (a
    key drops the hamza forms, so ``zipf`` finds no word with a hamza by its key:
    "لجرايم" is "لجرائم")."""
    f = _key_frequencies().get(k)
    return 9.0 + math.log10(f) if f else 0.0
