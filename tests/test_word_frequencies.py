"""Word frequencies: looked up by a word's hamza key, and ``large_zipf`` equal to
wordfreq's own ``zipf_frequency`` (it reads a compact copy of wordfreq's large Arabic
list: a newer wordfreq that computed it otherwise would change what LAY001, ENC008 and
VAR001 report)."""

from pathlib import Path

import pytest
import regex
import wordfreq

from tanqih.linter.arabic import hamza_key
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.word_frequencies import key_zipf, large_zipf, zipf

SEEDS = Path(__file__).parent.parent / "seeds"


def test_key_finds_the_word_written_with_hamza():
    assert zipf(hamza_key("جرائم")) == 0.0  # the key is no word of the list
    assert key_zipf(hamza_key("جرائم")) == zipf("جرائم") > 3.0
    assert key_zipf(hamza_key("إسرائيل")) >= zipf("إسرائيل")


def test_key_of_no_word():
    assert key_zipf("قثغفص") == 0.0


def test_preposition_on_a_noun_with_hamza():
    assert shapes.pp_prefixed(shapes.key("لجرائم"))
    assert shapes.pp_prefixed(shapes.key("بالأمن"))
    assert not shapes.pp_prefixed(shapes.key("بمناسبة"))  # a word of its own


def _sample() -> list[str]:
    words: set[str] = set()
    for path in sorted(SEEDS.rglob("*.txt")):
        words.update(regex.findall(r"\w+", path.read_text(encoding="utf-8")))
    # common and rare words, web noise, digits, Latin, words glued at a tag boundary
    words.update(["في", "الاحتلال", "وبالتالي", "اشتهدفت", "2024", "١٤٤٥", "covid", "غزة19"])
    words.update(["الغربيةالمراسل", "", "ـ", "هـ", "ABC", "x" * 40])
    return sorted(words)


@pytest.mark.parametrize("word", _sample())
def test_large_zipf_is_wordfreqs_zipf_frequency(word):
    assert large_zipf(word) == wordfreq.zipf_frequency(word, "ar")
