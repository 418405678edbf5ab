"""What an embedded post or an ad slot leaves in the text: BLP003 script or style code,
BLP004 embed links, BLP005 runs of hashtags or @handles closing a line, BLP006 the
signature line of an embedded tweet or post.
"""

from __future__ import annotations

import json
import re

from tanqih.linter.registry import Rule
from tanqih.rules.boilerplate.chrome import announced
from tanqih.rules.boilerplate.link_shapes import (
    _EMBED_URL_RE,
    _HANDLE_RE,
    _TAG_RE,
    _URL_RE,
    TWEET_HOSTS,
    _links_only,
)
from tanqih.rules.phrases import (
    arabic_letters,
    content_lines,
    delete_line,
    delete_span,
    line_finding,
    pkey,
    quote,
    strip_span,
)

# ----------------------------------------------------------------------------------------
# BLP003 script / style code
# ----------------------------------------------------------------------------------------

_CODE_RE = re.compile(
    r"""
    # Every alternative starts with one of these characters, or at the line start: the
    # leading lookahead lets the regex engine skip other characters fast (4x faster).
    (?:(?=[A-Za-z_<\]}=@.\#-])|^)
    (?:
    \b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=
    | \bfunction\s*[A-Za-z_$]*\s*\([^)]*\)\s*\{
    | \b(?:googletag|adsbygoogle|gtag|dataLayer|fbq|_gaq|__gads|pbjs|apstag|twttr|instgrm)\b
    | \bdocument\.(?:write|getElementById|getElementsBy\w+|createElement|querySelector\w*|
        addEventListener|cookie)\b
    | \bwindow\.[A-Za-z_$]+
    | </?(?:script|style|iframe|noscript)\b | <!-- | -->(?![ \t]*\d{1,2}:\d{2}) | <!\[CDATA\[ | \]\]>
    | ^\s*\{\s*"[\w@$-]+"\s*:
    | \}\s*\)\s*(?:\(\s*\))?\s*;
    | =>\s*\{
    | @media\s*[(\w]
    | [.#]?[A-Za-z][\w-]{0,40}[ \t]?\{[ \t]*[a-z-]{1,30}[ \t]*:[ \t]*[^;{}\n]{1,80};
    )
    """,
    re.X,
)
_BRACES_ONLY_RE = re.compile(r"^\s*[{}()\[\];,]*[{}][{}()\[\];,\s]*$")
_CODE_SYMBOLS = set("{}();=<>[]$:")


def _code_symbols(text: str) -> int:
    return sum(1 for c in text if c in _CODE_SYMBOLS)


def _json_line(t: str) -> bool:
    """A line that is a JSON object or array of two items or more (a page's JSON-LD,
    ``{"@context":"https://schema.org", ...}``), whatever language its strings are in."""
    s = t.strip()
    if len(s) < 10 or s[0] + s[-1] not in ("{}", "[]") or '"' not in s:
        return False
    try:
        value = json.loads(s)
    except ValueError:
        return False
    return isinstance(value, dict | list) and len(value) >= 2


# How far a JSON value spread over lines is followed (lines, characters).
_JSON_LINES = 20
_JSON_CHARS = 8000


def _json_block(paras: list, i: int) -> int:
    """The index after the last line of a JSON object or array of two items or more that
    opens line ``i`` and goes on over the lines below it (pretty-printed, or hard-wrapped
    inside a string: "...","headline":"ميناء بنغازي يستعد" / "لتشغيل رصيف ..."}), or
    ``i`` when there is none."""
    first = paras[i].text.strip()
    if not first or first[0] not in "{[" or ('"' not in first and first not in "{["):
        return i
    joined = first
    for j in range(i + 1, min(len(paras), i + _JSON_LINES)):
        joined += " " + paras[j].text.strip()
        if len(joined) > _JSON_CHARS:
            return i
        if joined[-1:] in "}]" and _json_line(joined):
            return j + 1
    return i


class ScriptCode(Rule):
    """JavaScript or CSS pasted into the text from an ad slot or an embed.

    **What it does**
    Flags a line, or the tail of a line, that is script or style code: ``var x = ...``,
    ``function() {``, ``googletag.cmd.push(...)``, ``document.write(...)``, ``<script>``,
    CSS rules (``.ad { display: none; }``), and lines of only braces (``});``). The code
    part must carry code punctuation (``{ } ( ) ; =``) and almost no Arabic letters. A
    line that is a JSON object or array of two items or more (a page's JSON-LD,
    ``{"@context":"https://schema.org","@type":"NewsArticle",...}``) is flagged whatever
    language its strings are in; so is such a value spread over the lines below its
    first (pretty-printed, or hard-wrapped inside a string), every line of it.

    **Why is this bad?**
    Ad slots and embeds put scripts in the page; careless extraction keeps them as text.
    Code in a news corpus is noise for search and for language models.

    **Example**
    انتهى الاجتماع دون اتفاق.
    googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });

    **Use instead**
    انتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the code line (or tail) is deleted.
    """

    code = "BLP003"
    name = "script-code"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "{};=<]"

    def check(self, doc):
        text = doc.text
        paras = doc.paragraphs
        skip = 0
        for i, p in enumerate(paras):
            if i < skip:
                continue
            t = p.text
            if t.lstrip()[:1] in ("{", "[") and not _json_line(t):
                skip = _json_block(paras, i)
                if skip > i:
                    for q in paras[i:skip]:
                        yield line_finding(
                            self,
                            q,
                            text,
                            f"structured data (JSON) left from the page: {quote(q.text)}",
                        )
                    continue
            if _BRACES_ONLY_RE.match(t):
                yield line_finding(self, p, text, f"code left from a script: {quote(t)}")
                continue
            if _json_line(t):
                yield line_finding(
                    self, p, text, f"structured data (JSON) left from the page: {quote(t)}"
                )
                continue
            m = _CODE_RE.search(t)
            if m is None:
                continue
            start = m.start()
            while start < len(t) and t[start].isspace():
                start += 1
            code_part = t[start:]
            letters = sum(1 for c in code_part if c.isalpha())
            ar = arabic_letters(code_part)
            if _code_symbols(code_part) < 3 or (letters and ar / letters > 0.2):
                continue
            before = t[:start]
            if arabic_letters(before) == 0 and not any(c.isalpha() for c in before.strip()):
                yield line_finding(self, p, text, f"script or style code: {quote(t)}")
            else:
                s = p.start + start
                e = strip_span(p)[1]
                yield self.finding(
                    s,
                    e,
                    f"script or style code glued to the text: {quote(code_part)}",
                    [delete_span(text, s, e)],
                )


# ----------------------------------------------------------------------------------------
# BLP004 embed links, BLP005 hashtag / handle runs, BLP006 embed attribution lines
# ----------------------------------------------------------------------------------------

_LINK_HINT_RE = re.compile(r"https?://|www\.|\.[a-z]{2,4}/", re.I)
# A host name alone on a line, lower case ("beirut-green.com"; not "Node.js" or "3.5").
_HOST_LINE_RE = re.compile(r"^\s*(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}\s*$")
_TAIL_ITEM_RE = re.compile(f"(?:{_TAG_RE}|{_HANDLE_RE})[\\s\u200c-\u200f]*$")
_JUNK = " \t\u00a0\u200b-\u200f…👇⬇️⬇👈👉🔴🔻📌🎥📹▶️▶\ufe0f|:-–—"


# Longest link or tag looked for at a line end (a bound that keeps the tail scan linear).
_WINDOW = 1024
_EMBED_URL_END_RE = re.compile(f"(?:{_EMBED_URL_RE.pattern})$", re.I)
_URL_END_RE = re.compile(f"(?:{_URL_RE.pattern})$", re.I)


def _rstrip_pos(t: str, end: int) -> int:
    """``len(t[:end].rstrip(_JUNK))`` without copying the line."""
    while end > 0 and t[end - 1] in _JUNK:
        end -= 1
    return end


class EmbedLink(Rule):
    """A link left by an embedded post: pic.twitter.com, t.co, short links, link-only lines.

    **What it does**
    Flags media and short links that embeds leave in the text (``pic.twitter.com/...``,
    ``t.co/...``, ``youtu.be/...``, ``bit.ly/...``, Instagram post links) wherever they
    are, any URL on a line that holds only links, hashtags or handles (a footnote's
    number before it too, "[1] https://..."), and a host name alone on a line. A URL inside a
    sentence ("عبر الموقع www.moh.gov.sa") is content and is not flagged, and so is a
    short link the text names as a link ("... عبر الرابط: bit.ly/3kF9"; not
    pic.twitter.com or t.co, which only embeds write), and a
    line of links the sentence above it announces ("... على الرابط التالي:"; not after a
    furniture line such as "📲 انضم إلى قناتنا:" or "للمزيد من التفاصيل:").

    **Why is this bad?**
    When a page embeds a tweet, the scraper keeps the tweet's text and its media link. The
    link points at nothing useful once the page is gone and breaks sentences for readers
    and tokenizers.

    **Example**
    مشاهد من القصف على غزة pic.twitter.com/AbC123xYz

    **Use instead**
    مشاهد من القصف على غزة

    **Fix safety**
    Unsafe: the link is deleted.
    """

    code = "BLP004"
    name = "embed-link"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "./"

    def check(self, doc):
        text = doc.text
        for i, p in enumerate(content_lines(doc)):
            t = p.text
            if "." in t and len(t) <= 60 and _HOST_LINE_RE.match(t):
                if i not in announced(doc):  # (not the address a sentence points to)
                    yield line_finding(self, p, text, f"a line of links only: {quote(t)}")
                continue  # a site's bare host name ("alraed.example.com")
            if ("/" not in t and "www." not in t) or not _LINK_HINT_RE.search(t):
                continue
            if _links_only(t) and i in announced(doc):
                continue  # the link the sentence above points to ("على الرابط التالي:")
            if _links_only(t) and (_URL_RE.search(t) or _EMBED_URL_RE.search(t)):
                yield line_finding(self, p, text, f"a line of links only: {quote(t)}")
                continue
            for m in _EMBED_URL_RE.finditer(t):
                if _named_link(t, m):
                    continue  # a link the text names: "... عبر الرابط: bit.ly/3kF9"
                s, e = p.start + m.start(), p.start + m.end()
                yield self.finding(
                    s,
                    e,
                    f"link left by an embedded post: {quote(m.group())}",
                    [delete_span(text, s, e)],
                )


# The words for a link, just before one the text speaks of ("الرابط:", "رابطا مثل").
_LINK_WORD_RE = re.compile(
    r"(?:رابط|الرابط|رابطا|روابط|بالرابط|برابط)(?:\s+\S+){0,3}\s*[:«“\"]?\s*$"
)
# Twitter's own wrappers, which no writer types: embed debris wherever they stand.
_TWITTER_RE = re.compile(rf"(?:https?://)?(?:www\.)?(?:{TWEET_HOSTS})/", re.I)


def _named_link(line: str, m: re.Match) -> bool:
    """Is the short link ``m`` one the text names as a link, right after a word for a
    link ("عبر الرابط: bit.ly/3kF9") or quoted whole after one ("رابطا لفتح حساب مثل
    “tinyurl.com/x”")? Not Twitter's pic.twitter.com and t.co, which only embeds write."""
    if _TWITTER_RE.match(m.group()):
        return False
    return _LINK_WORD_RE.search(line, max(0, m.start() - 40), m.start()) is not None


_PREPOSITIONS = {
    pkey(w)
    for w in (
        "في من إلى الى على عن مع حول ضد بين عبر داخل خارج قرب نحو لدى عند لـ ل ب ك و "
        "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي وسط أنحاء انحاء مدينة بلدة قطاع مخيم "
        "محافظة منطقة ولاية حي قرية دولة جمهورية مملكة مقاطعة إقليم ضاحية بلاد"
    ).split()
}


class HashtagRun(Rule):
    """A run of hashtags or @handles at the end of a line (a social-media tail).

    **What it does**
    Flags the hashtags and handles that close a line, "#لبنان #الميادين_لبنان" or
    "@AlMayadeenNews", when there are at least two of them, or one followed by an embed
    link, or when the line holds nothing else. A hashtag used as a word of the sentence
    ("في قطاع #غزة.") is not a tail and is not flagged; nor are lines of hashtags an
    article lists after a sentence announcing them ("جاءت الوسوم الأكثر تداولا كالتالي:";
    not after "الوسوم:" or "تابعونا على:").

    **Why is this bad?**
    Embedded posts bring their hashtags and handles into the article. They are not
    sentences, repeat the same tags across thousands of documents and split the words of
    the last sentence from its punctuation.

    **Example**
    مشاهد من القصف على المدينة #غزة_تنتصر #فلسطين @AlMayadeenNews

    **Use instead**
    مشاهد من القصف على المدينة

    **Fix safety**
    Unsafe: hashtags hold words; they are deleted.
    """

    code = "BLP005"
    name = "hashtag-run"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "#＃@"

    def check(self, doc):
        text = doc.text
        for i, p in enumerate(content_lines(doc)):
            t = p.text
            if "#" not in t and "＃" not in t and "@" not in t:
                continue
            # Strip trailing links and decoration, remembering whether a link was there.
            # Every search is bounded to a window before the current end, so a line of
            # thousands of links or tags stays linear.
            end = _rstrip_pos(t, len(t))
            had_link = False
            while True:
                lo = max(0, end - _WINDOW)
                m = None
                for rx in (_EMBED_URL_END_RE, _URL_END_RE):
                    m = rx.search(t, lo, end) or m
                if m is None:
                    break
                had_link = True
                end = _rstrip_pos(t, m.start())
            items: list[int] = []
            pos = end
            while pos > 0:
                # An item's body holds no # or @, so it starts at the last one before pos.
                lo = max(0, pos - _WINDOW)
                start = max(t.rfind("#", lo, pos), t.rfind("＃", lo, pos), t.rfind("@", lo, pos))
                m = _TAIL_ITEM_RE.match(t, start, pos) if start >= 0 else None
                if m is None:
                    break
                items.append(m.start())
                pos = _rstrip_pos(t, m.start())
            if not items:
                continue
            run_start = items[-1]
            only = not any(c.isalnum() for c in t[:run_start])
            # A tag right after a preposition is a word of the sentence: keep it.
            prev = pkey(t[:run_start]).split()
            if prev and prev[-1] in _PREPOSITIONS and not only:
                items.pop()
                if not items:
                    continue
                run_start = items[-1]
            n = len(items)
            if not (n >= 2 or (n >= 1 and (had_link or only))):
                continue
            run_end = end
            while run_end > run_start and t[run_end - 1] in " \t\u00a0\u200b-\u200f":
                run_end -= 1
            s, e = p.start + run_start, p.start + run_end
            if only:
                ls, le = strip_span(p)
                if not _links_only(t) or i in announced(doc):
                    continue  # (hashtags the article lists: "... كالتالي:" / "#وسم")
                yield self.finding(
                    ls,
                    le,
                    f"a line of hashtags or handles: {quote(t)}",
                    [delete_line(text, ls, le)],
                )
            else:
                yield self.finding(
                    s,
                    e,
                    f"hashtags or handles closing the line (social-media tail): {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )


_DATE_TAIL = (
    r"(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[^\s\d()]+\s+\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2})"
)
_TWEET_SIG_RE = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*[^—–()\n]{0,60}?\(\s*@[A-Za-z0-9_]{1,30}\s*\)\s*"
    f"(?:{_DATE_TAIL})?\\s*$"
)
_POSTED_RE = re.compile(
    r"^\s*(?:A post shared by\b|View this post on Instagram|View on Instagram|Watch on YouTube|"
    r"Watch on TikTok|شاهد هذا المنشور على (?:إ|ا)نستغرام|منشور (?:مشترك|شاركه) (?:بواسطة|من قبل))",
    re.I,
)


class EmbedAttribution(Rule):
    """The signature line of an embedded tweet or post ("— Name (@handle) date").

    **What it does**
    Flags the attribution that tweet and post embeds print under the quoted text:
    "— الميادين (@AlMayadeenNews) December 5, 2023", "A post shared by ... (@...)",
    "View this post on Instagram". As a line of its own the whole line is flagged; at the
    end of a line only the signature.

    **Why is this bad?**
    The signature is markup of the embed widget, not text of the article.

    **Example**
    القصف مستمر على غزة — الميادين (@AlMayadeenNews) December 5, 2023

    **Use instead**
    القصف مستمر على غزة

    **Fix safety**
    Unsafe: the signature is deleted.
    """

    code = "BLP006"
    name = "embed-attribution"
    family = "boilerplate"
    fix = "unsafe"
    triggers = "@—–-IiVvWwشم"

    def check(self, doc):
        text = doc.text
        for p in content_lines(doc):
            t = p.text
            if _POSTED_RE.match(t) and len(t.split()) <= 15:
                yield line_finding(self, p, text, f"embed widget text: {quote(t)}")
                continue
            if "@" not in t:
                continue
            m = _TWEET_SIG_RE.search(t)
            if m is None:
                continue
            start = m.start()
            while start < len(t) and t[start].isspace():
                start += 1
            if not t[:start].strip():
                yield line_finding(self, p, text, f"signature of an embedded post: {quote(t)}")
            else:
                s, e = p.start + start, strip_span(p)[1]
                yield self.finding(
                    s,
                    e,
                    f"signature of an embedded post: {quote(text[s:e])}",
                    [delete_span(text, s, e)],
                )
