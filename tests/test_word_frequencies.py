"""Word frequencies looked up by a word's hamza key."""

from tanqih.linter.arabic import hamza_key
from tanqih.rules import sentence_shapes as shapes
from tanqih.rules.word_frequencies import key_zipf, zipf


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
