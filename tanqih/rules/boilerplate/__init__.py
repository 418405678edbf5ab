"""Boilerplate family (BLP): page furniture that scrapers keep along with the article.

Every rule here is generic: it looks at the shape of a line (its length, its position in
the article, the absence of sentence punctuation, dash-separated segments, link syntax)
and, where words matter, at phrase lists kept as data files in
``tanqih/rules/data/boilerplate/`` that a user can extend (``extend-phrases``) or replace
(``phrases-file``). Fixes delete text and are therefore unsafe: review them first.

Lines that look like furniture by their shape alone (a temperature, a rate, a count, a
contact line, a date, a link, a hashtag, an agency's name, a cue in brackets) are left
alone when they are items of a list the article announces: the run of lines right after
a line of its prose ending in ":" or in "التالي / الآتي / كما يلي" ("وفي ما يلي درجات
الحرارة المتوقعة:"), or after a header of one to three words ending in ":" under the
article's prose when the article goes on after the list ("المقادير:", "الموقعون:",
"فريق العمل:"), not after the header of a block of furniture ("اقرأ أيضا:",
"للاستفسارات الإعلامية:", "تابعونا على:", "الكلمات المفتاحية:") or a line where the site
speaks of itself or to its reader ("عبر حساباتنا التالية:", "قد تهمكم"). The whole list
is kept, never some of its items.

The corpus-level rules (BLP1xx) flag lines that recur across many documents of a corpus;
they need counts from ``tanqih check --corpus`` or ``--corpus-table`` and stay silent
without them.

The rules live in ``chrome`` (BLP001 page chrome, together with the lists an article
announces and the head of an article, which it depends on and which depend on it),
``timestamps`` (BLP002), ``embeds`` (BLP003 script code, BLP004 embed links, BLP005
hashtag runs, BLP006 embed attribution), ``wire`` (BLP007), ``bylines`` (BLP008),
``taglists`` (BLP009) and ``corpus_lines`` (BLP101-103). The recognisers they share, none
of them a rule, live beside them: ``chrome_patterns`` (page chrome known by its words),
``announcing`` (how a line announces a list, the site's own voice), ``link_shapes``
(links, hashtags, handles), ``byline_shapes`` (bylines, credits, captions),
``furniture_shapes`` (furniture known by its shape) and ``datelines`` (dates, times and
datelines on a line of their own).
"""

from tanqih.linter.registry import FAMILIES

# The modules that define rules, in the order of their codes: importing them registers
# the rules (BLP001 first, as when the family was one module).
# isort: off
from tanqih.rules.boilerplate import (
    chrome,
    timestamps,
    embeds,
    wire,
    bylines,
    taglists,
    corpus_lines,
)
# isort: on

__all__ = ["bylines", "chrome", "corpus_lines", "embeds", "taglists", "timestamps", "wire"]

FAMILIES["BLP"] = "boilerplate"
