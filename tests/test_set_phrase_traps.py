"""Precision of FRG002 on text built to trap its set phrases (bench/data/set_phrase_traps.jsonl).

Blind probe 141: twelve correct articles written by a helper who had not read the rules,
with 120 sentence boundaries where a sentence ends in the first word of a two-word set
phrase and the next opens with its second word, in a role of its own ("... دون أن يذكر
السبب. الرئيس يعاني ...", "... أكثر من وزارة. المالية لم تفرج ..."). Every finding on
them is a false alarm. The first version of the set-phrase signal drew 41; its guards
brought that to 2 ("... بدل مجلس. الإدارة الحالية، التي عينتها ...، وعدت ...", "...
أغلبهم رجال. الأعمال الإنشائية في المنطقة ... كانت ...": a subject whose verb comes
after a relative clause or a long phrase, which a cut sentence cannot be told from).
The older signals of FRG002 flag 13 of the traps (a subject of adjective shape, "...
السياسة. الخارجية ...", a construct head alone, "... أربع شركات. الاتصالات ..."): known
and left, since the same shapes are the most common cuts. This test is a ceiling: a
change that adds false alarms on the traps fails it.
"""

import json
from collections import Counter
from pathlib import Path

from tanqih.linter.config import Config
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter

TRAPS = Path(__file__).parent.parent / "bench" / "data" / "set_phrase_traps.jsonl"


def test_set_phrase_traps_draw_few_false_alarms():
    with TRAPS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    assert len(records) == 12
    linter = Linter(Config())
    counts: Counter[str] = Counter()
    for rec in records:
        for f in linter.lint(Document(rec["text"], path=rec["id"])):
            kind = "set phrase" if "is a set phrase" in f.message else "other"
            counts[f.code, kind] += 1
    assert counts[("FRG002", "set phrase")] <= 2
    assert sum(counts.values()) <= 15, counts
