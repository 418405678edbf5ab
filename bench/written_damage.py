"""Recall on damage written by hand: stray fragments and sentence splits that people who
had not read the rules put into articles they wrote (``data/written_damage.jsonl``).

Usage::

    uv run python bench/written_damage.py [--data bench/data/written_damage.jsonl] [--misses]

Each record holds the damaged text (``text``), the article before the damage (``clean``)
and the damaged spans (``damages``: start, end and kind, STRAY or SPLIT, code-point
offsets into ``text``). A damage counts as found when a finding of the fragment rules
(FRG) overlaps its span; a finding that overlaps no damage is reported as an extra (it
may be right: a split read as a stray tail is still a damaged place). The clean texts
are linted too: any finding there is a false alarm. The injected benchmark
(``quality.py``) places artifacts at random; this one measures the shapes people make.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tanqih.linter.config import Config  # noqa: E402
from tanqih.linter.document import Document  # noqa: E402
from tanqih.linter.engine import Linter  # noqa: E402

DATA = Path(__file__).parent / "data" / "written_damage.jsonl"


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    return (
        text[max(0, start - width) : start] + "⟦" + text[start:end] + "⟧" + text[end : end + width]
    ).replace("\n", " ⏎ ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--select", default="FRG,PUN004", help="rules counted as finding a damage")
    ap.add_argument("--misses", action="store_true", help="print each missed damage")
    args = ap.parse_args(argv)

    linter = Linter(Config(select=args.select.split(",")))
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    extras = false_alarms = 0
    with args.data.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    for rec in records:
        text = rec["text"]
        findings = linter.lint(Document(text, path=rec["id"]))
        used: set[int] = set()
        for dmg in rec["damages"]:
            a, b, kind = dmg["start"], dmg["end"], dmg["kind"]
            tried[kind] += 1
            hits = [i for i, f in enumerate(findings) if f.start < b and f.end > a or f.start == a]
            used.update(hits)
            if hits:
                found[kind] += 1
            elif args.misses:
                print(f"miss {kind} {rec['id']}: {_context(text, a, b)}")
        extras += sum(1 for i in range(len(findings)) if i not in used)
        for f in linter.lint(Document(rec["clean"], path=rec["id"])):
            false_alarms += 1
            print(f"false alarm {rec['id']}: {f.code} {_context(rec['clean'], f.start, f.end)}")
    total_t, total_f = sum(tried.values()), sum(found.values())
    for kind in sorted(tried):
        print(f"{kind}: {found[kind]} / {tried[kind]} ({100 * found[kind] / tried[kind]:.1f}%)")
    print(f"all: {total_f} / {total_t} ({100 * total_f / max(total_t, 1):.1f}%)")
    print(f"findings on no damage: {extras}; findings on the clean texts: {false_alarms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
