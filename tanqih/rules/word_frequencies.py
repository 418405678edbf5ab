"""Word frequencies of written Arabic (the ``wordfreq`` package), shared by every family.

``zipf`` reads wordfreq's small list (56k words), ``large_zipf`` its large one (rare
words and web noise too); both give the Zipf scale, where 3.0 is once per million words
(``KNOWN``: an established word) and 4.5 is clearly above the noise of sloppy web
spellings (``COMMON``).
"""

from __future__ import annotations

import functools
import itertools
import math
from array import array

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


class _CompactWords:
    """A word list held compactly: its words joined into one string, where each starts,
    each one's frequency band (``-cB``), and a hash table of word numbers (open
    addressing). wordfreq's large Arabic list (620k words) takes about 20 MB this way
    against about 90 MB as wordfreq's dict of separate strings."""

    def __init__(self, bands: list[list[str]]) -> None:
        words = list(itertools.chain.from_iterable(bands))
        self.text = "".join(words)
        self.starts = array("I", itertools.accumulate(map(len, words), initial=0))
        self.bands = array("H", (i for i, band in enumerate(bands) for _ in band))
        self.mask = mask = (1 << (len(words) * 3 // 2).bit_length()) - 1  # < 2/3 full
        slots = self.slots = array("I", bytes(4 * (mask + 1)))  # word number + 1, 0: free
        for k, word in enumerate(words, 1):
            h = hash(word) & mask
            while slots[h] and words[slots[h] - 1] != word:
                h = (h + 1) & mask
            slots[h] = k  # (a word in two bands keeps the last, as in wordfreq's dict)

    def band(self, word: str) -> int | None:
        """The frequency band of ``word``, None when it is not in the list."""
        text, starts, slots, mask = self.text, self.starts, self.slots, self.mask
        h = hash(word) & mask
        while k := slots[h]:
            if text[starts[k - 1] : starts[k]] == word:
                return self.bands[k - 1]
            h = (h + 1) & mask
        return None


@functools.cache
def _large_list() -> tuple[_CompactWords, list[float], float]:
    """wordfreq's large Arabic list (``best`` for Arabic), each band's frequency and the
    floor frequency (Zipf 0) that wordfreq gives a word it does not know."""
    import wordfreq

    bands = wordfreq.get_frequency_list("ar", "best")
    wordfreq.get_frequency_list.cache_clear()  # (wordfreq would keep the raw list)
    freqs = [wordfreq.cB_to_freq(-i) for i in range(len(bands))]
    return _CompactWords(bands), freqs, wordfreq.zipf_to_freq(0.0)


@functools.cache
def _helpers():
    """wordfreq's tokenizer and number helpers that ``large_zipf`` follows, imported once
    (None when a wordfreq release moved them)."""
    try:
        from wordfreq import freq_to_zipf, lossy_tokenize
        from wordfreq.numbers import digit_freq, smash_numbers
    except ImportError:  # pragma: no cover - a wordfreq whose helpers moved
        return None
    return freq_to_zipf, lossy_tokenize, digit_freq, smash_numbers


@functools.lru_cache(maxsize=4096)
def large_zipf(word: str) -> float:
    """Zipf frequency in wordfreq's large Arabic list (rare words and web noise too),
    for every rule that needs it (LAY001, ENC008, VAR001): ``wordfreq.zipf_frequency(word,
    "ar")`` (whose default ``best`` list is the large one for Arabic), computed as wordfreq
    computes it but over the compact copy of the list (wordfreq's dict of it is 90 MB)."""
    helpers = _helpers()
    if helpers is None:  # pragma: no cover - its own function, with its 90 MB dict
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "ar")
    freq_to_zipf, lossy_tokenize, digit_freq, smash_numbers = helpers
    words, band_freq, minimum = _large_list()
    # wordfreq's word_frequency (3.1): the frequencies of a word's tokens combine as
    # 1 / f = 1 / f1 + 1 / f2 + ..., digits count as zeroes weighted by digit_freq, and
    # the result keeps three significant digits (its penalty for inferred word breaks is
    # for languages cut by jieba, not Arabic). Checked equal to zipf_frequency on every
    # word of both lists and every token of the dev, styles and 2.5 MB corpora.
    tokens = lossy_tokenize(word, "ar")
    if not tokens:
        return round(freq_to_zipf(minimum), 2)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        band = words.band(smashed)
        if band is None:
            return round(freq_to_zipf(minimum), 2)
        freq = band_freq[band]
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(freq_to_zipf(round(unrounded, leading_zeroes + 3)), 2)


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
