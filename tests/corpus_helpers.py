"""Small synthetic corpora for the cleanup tests, built from sentences written for them."""

from __future__ import annotations

import json
import random
from pathlib import Path

# Each sentence carries a typical scraping artifact (or none): spaces before punctuation,
# missing spaces after it, mixed quote marks, a Latin comma between Arabic words ...
SENTENCES = [
    "قال الوزير ، إن الاتفاق مهم .",
    "وأضاف أن العمل مستمر،وأن النتائج جيدة.",
    "وأكد المتحدث أن “المفاوضات” ستستمر خلال الأسبوع المقبل .",
    "وقال مسؤول آخر: إن الوضع مستقر ..",
    "وأشار التقرير إلى ارتفاع الأسعار , وانخفاض الطلب.",
    "The minister said, in English, that the plan works.",
    "وبلغت نسبة النمو 12.5 في المئة خلال العام الماضي.",
    "وذكرت الصحيفة أن الاجتماع سيعقد يوم الأحد المقبل.",
    "ولفت إلى أن  الحكومة تدرس الخيارات المتاحة .",
    "وفي سياق متصل ، أعلنت الوزارة عن خطة جديدة.",
]


def article(rng: random.Random, sentences: int = 6, paragraphs: int = 2) -> str:
    paras = []
    for _ in range(paragraphs):
        paras.append(" ".join(rng.choice(SENTENCES) for _ in range(sentences)))
    return "\n".join(paras)


def write_jsonl(path: Path, n: int, seed: int = 0, extra_lines: dict | None = None) -> Path:
    """``n`` records ``{"id", "source", "text"}``; ``extra_lines`` replaces lines by number."""
    rng = random.Random(seed)
    lines = []
    for i in range(1, n + 1):
        if extra_lines and i in extra_lines:
            lines.append(extra_lines[i])
            continue
        rec = {"id": f"doc-{seed}-{i}", "source": "test", "text": article(rng)}
        if i % 17 == 0:
            rec.pop("text")  # a record without text: reported, passed through
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_tree(root: Path, seed: int = 0) -> Path:
    """A folder with nested JSONL, text and CSV files."""
    rng = random.Random(seed)
    (root / "news" / "2024").mkdir(parents=True)
    write_jsonl(root / "news" / "a.jsonl", 40, seed)
    write_jsonl(root / "news" / "2024" / "b.jsonl", 25, seed + 1)
    (root / "news" / "seed.txt").write_text(article(rng, 8, 4) + "\n", encoding="utf-8")
    (root / "clean.txt").write_text("وذكرت الصحيفة أن الاجتماع سيعقد يوم الأحد.\n", "utf-8")
    rows = ["id,text"] + [f'r{i},"{article(rng, 3, 2)}"' for i in range(8)]
    (root / "news" / "c.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def without_root(output: str, root: Path) -> str:
    """Output with the run's folder replaced by X, whether printed absolute or relative to
    the working folder (paths are shown relative to it, which depends on where it is)."""
    import os

    return output.replace(str(root), "X").replace(os.path.relpath(root), "X")
