"""Growth benchmark: time every rule on adversarial inputs of growing size (1x, 4x, 16x).

    uv run python bench/adversarial.py [--base 20000] [--rules CODE,...]

Reports, per rule and input, the time at each size and the growth factor per 4x step. A rule
whose time grows faster than about 2x per doubling is flagged: linear code grows ~4x per 4x
step, quadratic code 16x; the limit is 8x on the 4x -> 16x step (timer noise allowed), for
rules that take over 50 ms at 16x, and anything over 0.5 s at 16x.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tanqih.linter.analysis import Analysis  # noqa: E402
from tanqih.linter.config import Config  # noqa: E402
from tanqih.linter.document import Document  # noqa: E402
from tanqih.linter.engine import Linter  # noqa: E402
from tests.adversarial import adversarial  # noqa: E402

# Growth per 4x step above which a rule is reported: 4x is linear, 16x quadratic.
# 2x per doubling means 4x per 4x step; allow noise up to 8x (n log n and timer noise).
LIMIT = 8.0


def time_rule(rule, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        analysis = Analysis(Document(text))
        t0 = time.perf_counter()
        for _ in rule.check(analysis):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", type=int, default=20_000, help="size of the 1x input")
    ap.add_argument("--rules", default="ALL")
    args = ap.parse_args(argv)
    linter = Linter(Config(select=args.rules.split(",")))
    sizes = [args.base, 4 * args.base, 16 * args.base]
    inputs = {n: adversarial(n) for n in sizes}
    worst = []
    print(f"| rule | input | {' | '.join(f'{n // 1000}k chars' for n in sizes)} | growth/4x |")
    print("|---|---|---|---|---|---|")
    for rule in linter.rules:
        for name in inputs[sizes[0]]:
            times = [time_rule(rule, inputs[n][name]) for n in sizes]
            # The last step (4x -> 16x) is the least noisy; tiny times are all noise.
            growth = times[2] / times[1] if times[1] > 1e-3 else 0.0
            if (growth > LIMIT and times[2] > 0.05) or times[-1] > 0.5:
                worst.append((growth, rule.code, name, times))
            cells = " | ".join(f"{t * 1000:.1f} ms" for t in times)
            if growth > LIMIT or times[-1] > 0.05:
                print(f"| {rule.code} | {name} | {cells} | {growth:.1f}x |", flush=True)
    print()
    if worst:
        print(f"Rules over the limit (growth per 4x step > {LIMIT:.0f}x, or > 0.5 s at 16x):")
        for growth, code, name, times in sorted(worst, reverse=True):
            print(f"  {code} on {name}: {growth:.1f}x per 4x step, {times[-1]:.2f} s at 16x")
        return 1
    print(
        f"All {len(linter.rules)} rules grow linearly (<= {LIMIT:.0f}x per 4x step) on every input."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
