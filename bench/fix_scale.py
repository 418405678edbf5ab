"""Growth benchmark of the fixer: time to fix one document with thousands of fixes.

    uv run python bench/fix_scale.py [--lines 1000,2000,4000,8000] [--line-mb 1]

The document is N copies of a line with two safe fixes (a double space, a space before a
comma), one document of N lines, then the same as one line of about --line-mb MB. For each
it prints the time of ``fix_to_fixpoint`` alone (its lint is two regexes, so the time is the
fixer's) and of ``Linter.fix`` with the default rules, and the growth per doubling of N:
about 2x is linear, 4x quadratic.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tanqih.linter.config import Config  # noqa: E402
from tanqih.linter.document import Document  # noqa: E402
from tanqih.linter.engine import Linter  # noqa: E402
from tanqih.linter.fixer import fix_to_fixpoint  # noqa: E402
from tests.toy_fixes import LINE, toy_lint  # noqa: E402


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lines", default="1000,2000,4000,8000", help="document sizes in lines")
    ap.add_argument("--line-mb", type=float, default=1.0, help="size of the one-line document")
    args = ap.parse_args(argv)
    linter = Linter(Config())
    docs = [(f"{n} lines", (LINE + "\n") * int(n)) for n in args.lines.split(",")]
    copies = int(args.line_mb * 1e6) // len((LINE + " ").encode())
    docs.append((f"1 line, {args.line_mb:g} MB", " ".join([LINE] * copies)))
    print("| document | fixes | fixer alone | growth | Linter.fix (default rules) | growth |")
    print("|---|---|---|---|---|---|")
    prev = None
    for name, text in docs:
        t_fixer, result = timed(fix_to_fixpoint, text, toy_lint)
        expected = text.replace("  ", " ").replace(" ،", "،")
        assert result.text == expected, f"wrong fix on {name}"
        t_full, _ = timed(linter.fix, Document(text))
        if prev is not None and name.endswith("lines"):
            g1, g2 = f"{t_fixer / prev[0]:.1f}x", f"{t_full / prev[1]:.1f}x"
        else:
            g1 = g2 = ""
        print(
            f"| {name} | {len(result.applied)} | {t_fixer:.3f} s | {g1} | {t_full:.2f} s | {g2} |"
        )
        prev = (t_fixer, t_full)
    return 0


if __name__ == "__main__":
    sys.exit(main())
