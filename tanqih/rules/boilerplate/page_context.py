"""Short lines that only their neighbours tell as page furniture: the title of a widget
over its rows ("مواقيت الصلاة - نواكشوط"), a header of related links with a few words
after it ("الأكثر قراءة في الرأي"), a score and the teams of a match's score box. BLP001's
context (:mod:`tanqih.rules.boilerplate.chrome`) uses them; none of them is a rule.
"""

from __future__ import annotations

import re

from tanqih.rules.boilerplate.chrome_patterns import _related
from tanqih.rules.boilerplate.furniture_shapes import DIGIT_RE
from tanqih.rules.phrases import has_sentence_punct

_WIDGET_TITLE_RE = re.compile(
    r"^\W*(?:مواقيت|أوقات|اوقات|أسعار|اسعار|الطقس|طقس|حالة\s+الطقس|درجات\s+الحرارة)(?=\s|$|:)"
)


def widget_title(t: str) -> bool:
    """A short line naming a widget (prayer times, weather, prices), no sentence mark."""
    s = t.strip()
    if _WIDGET_TITLE_RE.match(s) is None:
        return False
    # the name without its place or market: "مواقيت الصلاة - نواكشوط", "(السوق الموازي)"
    core = re.sub(r"\([^()]*\)|\s[-–—]\s.*$", " ", s)
    return len(core.split()) <= 3 and not has_sentence_punct(s.rstrip(":："))


def related_header(key: str) -> bool:
    """A header of related links, or one with a few words after it ("الأكثر قراءة في
    الرأي", "اقرأ أيضا في اقتصاد")."""
    if key in _related():
        return True
    ws = key.split()
    return any(" ".join(ws[:n]) in _related() and len(ws) <= n + 3 for n in (2, 3))


SCORE_RE = re.compile(r"^\s*\d{1,2}\s*[-–:]\s*\d{1,2}\s*$")


def team_name(t: str) -> bool:
    """A team's name in a score box: one to three words, no digit or mark."""
    return 1 <= len(t.split()) <= 3 and not DIGIT_RE.search(t) and not has_sentence_punct(t)
