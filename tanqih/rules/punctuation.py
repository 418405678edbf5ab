"""Punctuation family (PUN): spacing around Arabic punctuation, Latin marks, doubled marks."""

from __future__ import annotations

import re

from tanqih.linter.arabic import LETTERS
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Rule

FAMILIES["PUN"] = "punctuation"

_AR = f"[{LETTERS}]"


class SpaceBeforePunctuation(Rule):
    """Space before an Arabic punctuation mark (، ؛ ؟ . : !).

    **What it does**
    Flags horizontal space between an Arabic word and a following comma, semicolon,
    question mark, full stop, colon or exclamation mark.

    **Why is this bad?**
    Arabic typography, like Latin, attaches these marks to the preceding word. A space
    before them is left by scrapers that join inline elements, and lets a line break put
    the mark at the start of a line.

    **Example**
    على المستوى الأمني ، وهذا يسمح

    **Use instead**
    على المستوى الأمني، وهذا يسمح

    **Fix safety**
    Safe: only the space is removed.
    """

    code = "PUN001"
    name = "space-before-punctuation"
    family = "punctuation"
    fix = "safe"
    triggers = "،؛؟.:!"

    _re = re.compile(f"(?<={_AR})([ \t\u00a0]+)([،؛؟:!]|\\.(?!\\.))")

    def check(self, doc):
        for m in self._re.finditer(doc.text):
            s, e = m.span(1)
            mark = m.group(2)
            yield self.finding(
                s,
                m.end(2),
                f"space before '{mark}': the mark belongs to the word before it",
                [Edit(s, e, "")],
            )
