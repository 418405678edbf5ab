"""Build ``tanqih/rules/data/collocations.txt.gz``: word pairs of Arabic that a large
reference corpus writes side by side far more often than chance (set phrases: "وسائل
إعلام", "قناة فضائية", "ناقوس الخطر", "لكرة القدم"). FRG002 reads a full stop between
the two words of such a pair as a cut sentence.

The counts are those of the bigram language model of the MIT-licensed ``ar-corrector``
package (PyPI, version 1.1.6; 32 million words of Arabic news and reviews), which is not
a dependency of tanqih: install it in a throwaway environment and point this script at
its ``resources`` folder::

    python -m venv /tmp/arc && /tmp/arc/bin/pip install ar-corrector==1.1.6
    uv run python tools/build_collocations.py \
        /tmp/arc/lib/python3.11/site-packages/ar_corrector/resources

Words are compared by their key (no diacritics, hamza forms unified), so counts of the
spellings of one word are merged. A pair is kept when its two words have three letters
or more, it was seen ``--min-count`` times, and its pointwise mutual information (log2 of
observed / expected) is ``--min-pmi`` or more. The language model's text lost its
punctuation, so a pair that meets across a sentence end ("تعبيره وأكد") can score high
too; the rule's guards (a second word on a conjunction, a function word or a verb, a
verb in the sentence after the full stop) keep those from flagging.
"""

from __future__ import annotations

import argparse
import gzip
import math
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tanqih.linter.arabic import LETTERS  # noqa: E402
from tanqih.rules.sentence_shapes import key  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tanqih" / "rules" / "data" / "collocations.txt.gz"
HEADER = """\
# Set phrases of Arabic: word pairs (keys: no diacritics, hamza forms unified) written
# side by side far more often than chance, with their count, from the bigram counts of
# the ar-corrector package 1.1.6 (MIT License, https://github.com/basselkassem/ar_corrector).
# Built by tools/build_collocations.py (min count {count}, min PMI {pmi}). One pair a line:
# first word, second word, count.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("resources", type=Path, help="ar_corrector/resources folder")
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--min-pmi", type=float, default=4.0)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    with (args.resources / "ngram_plus1.pickle").open("rb") as fh:
        ngrams = pickle.load(fh)
    with (args.resources / "vocab_freqs.pickle").open("rb") as fh:
        vocab = pickle.load(fh)
    arabic_word = re.compile(f"[{LETTERS}]+")

    def word_key(w: str) -> str | None:
        k = key(w)
        return k if len(k) >= 3 and arabic_word.fullmatch(k) else None

    unigrams: Counter[str] = Counter()
    for w, n in vocab.items():
        k = word_key(w)
        if k:
            unigrams[k] += n
    total = sum(vocab.values())
    pairs: Counter[tuple[str, str]] = Counter()
    for context, following in ngrams.items():
        if len(context) != 1:
            continue
        k1 = word_key(context[0])
        if not k1:
            continue
        for w2, n in following.items():
            k2 = word_key(w2)
            if k2:
                pairs[k1, k2] += n
    kept = []
    for (k1, k2), n in pairs.items():
        if n < args.min_count or k1 == k2:
            continue
        pmi = math.log2(n * total / (unigrams[k1] * unigrams[k2]))
        if pmi >= args.min_pmi:
            kept.append((k1, k2, n))
    kept.sort()
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(HEADER.format(count=args.min_count, pmi=args.min_pmi))
        for k1, k2, n in kept:
            fh.write(f"{k1} {k2} {n}\n")
    print(f"{len(kept)} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
