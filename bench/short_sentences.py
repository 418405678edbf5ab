"""Precision check of the fragment rules on correct short sentences and paragraphs.

Real short sentences that close a paragraph ("الصورة قاتمة.", "المجد للشهداء.") are rare in
the dev corpus (a handful in 500 articles), so the fragment rules' precision on them is
measured here on lists written for the purpose (``bench/data/short_sentences*.txt``: most
were written after the rules were tuned on the ones before, and checked before any change;
each file's header says what it found). Each sentence is put after a full sentence at the
end of a paragraph, as a writer would; each line of ``correct_paragraphs.txt`` is checked
as a paragraph of its own. Every FRG finding is a false alarm.

    uv run python bench/short_sentences.py [--list FILE ...] [--paragraphs FILE] [--select FRG]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tanqih.linter.config import Config
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter

LEAD = "وقال المسؤول في تصريحات صحفية إن الجهود مستمرة منذ أشهر لإنهاء الأزمة في المنطقة."
NEXT = "\nوفي سياق متصل، عقد المجلس اجتماعا مطولا لمناقشة التطورات الأخيرة."


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--list",
        type=Path,
        nargs="+",
        default=sorted((Path(__file__).parent / "data").glob("short_sentences*.txt")),
        help="correct short sentences, each closing a paragraph after a full sentence",
    )
    ap.add_argument(
        "--paragraphs",
        type=Path,
        default=Path(__file__).parent / "data/correct_paragraphs.txt",
        help="correct paragraphs, each checked on its own",
    )
    ap.add_argument("--select", default="FRG")
    args = ap.parse_args(argv)
    linter = Linter(Config(select=args.select.split(",")))
    for path in args.list:
        sentences = read_list(path)
        flagged = [s for s in sentences if flags(linter, s)]
        for s in flagged:
            print(f"flagged: {s}  ({flags(linter, s)[0].message})")
        print(f"{path.name}: {len(flagged)} of {len(sentences)} correct short sentences flagged")
    paragraphs = read_list(args.paragraphs)
    flagged = 0
    for p in paragraphs:
        found = linter.lint(Document(p + "\n"))
        if found:
            flagged += 1
            print(f"flagged: {p}  ({found[0].message})")
    print(f"{args.paragraphs.name}: {flagged} of {len(paragraphs)} correct paragraphs flagged")
    return 0


def read_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.startswith("#")]


def flags(linter: Linter, sentence: str) -> list:
    """The findings on ``sentence`` closing a paragraph after a full sentence."""
    return linter.lint(Document(f"{LEAD} {sentence}{NEXT}"))


if __name__ == "__main__":
    raise SystemExit(main())
