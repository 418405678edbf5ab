"""Encoding family (ENC): encoding debris and invisible characters left by scrapers.

Every fix here is safe in the sense of the fix model: it turns debris (an entity, a tag,
mis-decoded bytes, an invisible or look-alike code point) back into the characters the
page meant, and never changes which Arabic word is written. The few choices that could
(a final Persian yeh that may stand for ي or ى) are marked unsafe.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from html.entities import html5 as _HTML5

from tanqih.linter.arabic import LETTERS, MARKS, QURANIC_RE, TATWEEL
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule
from tanqih.rules.citations import talks_about
from tanqih.rules.word_frequencies import large_zipf

FAMILIES["ENC"] = "encoding"

_AR = f"[{LETTERS}]"
_HAS_AR = re.compile(_AR)


def _is_markdown(doc) -> bool:
    return str(doc.doc.path).lower().endswith((".md", ".markdown"))


def _shown(s: str) -> str:
    """A visible rendering of invisible / control characters for messages."""
    out = []
    for ch in s:
        if (
            ch.isprintable()
            and ch not in "\u00a0\u00ad"
            and not unicodedata.category(ch).startswith("Z")
        ):
            out.append(ch)
        else:
            out.append(f"U+{ord(ch):04X}")
    return " ".join(out) if len(out) > 1 and all(len(o) > 1 for o in out) else "".join(out)


def _names(s: str) -> str:
    seen: list[str] = []
    for ch in s:
        name = f"U+{ord(ch):04X} {unicodedata.name(ch, 'control').lower()}"
        if name not in seen:
            seen.append(name)
    return ", ".join(seen)


# ---------------------------------------------------------------------------- ENC001


class HtmlEntity(Rule):
    """An HTML character reference (``&amp;``, ``&quot;``, ``&#1604;``) left in the text.

    **What it does**
    Flags named, decimal and hexadecimal HTML character references that end with ``;``
    (``&amp;``, ``&nbsp;``, ``&#1604;``, ``&#x644;``) and replaces each with the
    character it stands for.

    **Why is this bad?**
    A scraper that reads the page source instead of the rendered page keeps the escapes.
    Readers see ``&quot;`` instead of a quote mark, search misses ``&#1604;&#1575;`` (لا),
    and a language model learns the escapes as words.

    **Example**
    قال الوزير &quot;لن نتراجع&quot; &amp; أضاف

    **Use instead**
    قال الوزير "لن نتراجع" & أضاف

    **Fix safety**
    Safe: the reference is replaced by the very character it encodes (``&nbsp;`` by a
    plain space). References that encode nothing valid (``&#0;``, surrogates) and names
    without a final ``;`` (``AT&T``) are left alone, and so is a reference quoted whole,
    an example an article on markup gives ("يُكتب الرمز “&nbsp;”"). In Markdown files
    ``&lt;``, ``&gt;`` and ``&amp;`` are escapes Markdown needs, so they are not flagged
    there.
    """

    code = "ENC001"
    name = "html-entity"
    family = "encoding"
    fix = "safe"
    triggers = "&"
    covers = True  # the ';' of '&raquo;' is no punctuation of the text

    _re = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
    _md_escapes = {"&lt;", "&gt;", "&amp;"}

    def check(self, doc):
        md = _is_markdown(doc)
        text = doc.text
        runs: list[list[tuple[int, int, str, str]]] = []  # adjacent references: one finding
        for m in self._re.finditer(text):
            ref = m.group()
            char = self._decode(ref, md)
            if char is None:
                continue
            if not runs or runs[-1][-1][1] != m.start():
                runs.append([])
            runs[-1].append((m.start(), m.end(), ref, char))
        for run in runs:
            if not _quoted_markup(text, run[0][0], run[-1][1]):
                yield self._report(run)  # (a reference quoted whole is an example: “&nbsp;”)

    def _decode(self, ref: str, md: bool) -> str | None:
        if ref[1] != "#" and ref[1:] not in _HTML5:
            return None
        if md and ref.lower() in self._md_escapes:
            return None
        char = html.unescape(ref)
        if char == ref or not char or "\ufffd" in char:
            return None
        if any(0xD800 <= ord(c) <= 0xDFFF for c in char):
            return None
        return " " if char == "\u00a0" else char

    def _report(self, run):
        s, e = run[0][0], run[-1][1]
        refs = "".join(r[2] for r in run)
        chars = "".join(r[3] for r in run)
        if len(refs) > 40:
            refs = refs[:37] + "..."
        what = "HTML entity" if len(run) == 1 else "HTML entities"
        return self.finding(
            s,
            e,
            f"{what} '{refs}' left in the text: write '{_shown(chars)}'",
            [Edit(r[0], r[1], r[3]) for r in run],
        )


# ---------------------------------------------------------------------------- ENC002

_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
    "wbr",
    "meta",
    "link",
    "input",
    "button",
    "label",
    "option",
    "select",
    "textarea",
}
_INLINE_TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "big",
    "cite",
    "code",
    "del",
    "em",
    "font",
    "i",
    "img",
    "ins",
    "kbd",
    "mark",
    "q",
    "s",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "time",
    "tt",
    "u",
    "video",
    "audio",
    "picture",
    "svg",
    "path",
    "o:p",
}
# Elements whose content is code, never prose.
_CODE_TAGS = {"script", "style", "noscript", "iframe", "object", "embed", "template"}
# The elements of an RSS or Atom feed whose text a scraper kept with its markup.
_FEED_TAGS = {
    "rss",
    "channel",
    "item",
    "pubdate",
    "guid",
    "description",
    "category",
    "enclosure",
    "dc:creator",
    "content:encoded",
    "entry",
    "feed",
    "updated",
    "published",
    "author",
}
# The elements of an AMP page (``<amp-img ...>``).
_AMP_TAGS = {"amp-img", "amp-ad", "amp-iframe", "amp-video", "amp-analytics", "amp-social-share"}
_ALL_TAGS = _BLOCK_TAGS | _INLINE_TAGS | _CODE_TAGS | _FEED_TAGS | _AMP_TAGS

# A start or end tag: a known element name, then attributes (quoted values may contain
# '>' ), then an optional '/', then '>'. A bare '<' in prose ("x < y", "<<الوطن>>") never
# matches because the name must be a known HTML element followed by space, '/' or '>'.
_TAG_RE = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]*(?::[A-Za-z]+|-[a-z]+)?)"
    r"((?:\s+[^\s<>\"'=/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s<>\"']+))?)*\s*/?)>"
)
_COMMENT_RE = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.S)
# A WordPress shortcode a scraper kept: "[caption id="attachment_12" align="alignright"]",
# "[/caption]", "[vc_column_text]". Only the names of WordPress itself and of the common
# page builders count, so a bracket in prose ("[1]", "[الكاتب]") never does; a name with
# no attribute must be closed or be a closing tag.
_SHORTCODE_NAMES = (
    r"caption|wp_caption|gallery|embed|video|audio|playlist|vc_[a-z_]+|et_pb_[a-z_]+"
    r"|su_[a-z_]+|fusion_[a-z_]+|tie_[a-z_]+|td_[a-z_]+|contact-form-7|wpforms"
)
_SHORTCODE_RE = re.compile(
    rf"\[(/?)({_SHORTCODE_NAMES})((?:\s+[A-Za-z_-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\]]+))*)"
    r"\s*/?\]"
)


# A tag the text talks about: right after a word for "tag", "element" or "code".
_NAMED_TAG_RE = re.compile(
    r"(?:\b(?:tag|element|code)|(?<![^\s\W])[وفب]?(?:ال)?(?:وسم|وسوم|عنصر|عناصر|شيفرة|كود|سطر|سطور))"
    r"\s*[\"“«'(]?\s*$",
    re.IGNORECASE,
)


# "هو <html lang="ar">": a pronoun naming the tag with its attributes after it.
_PRONOUN_BEFORE_RE = re.compile(r"(?<![^\s\W])[وف]?(?:هو|هي)\s*$")
_OPEN_MARKS = "«“\"'"
_CLOSE_MARKS = "»”\"'"


def _quoted_markup(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` quoted whole, a quote mark right before it and right after it
    ("«<script src='p.js'></script>»"), or set as code between backticks ("«`<p>`»")?"""
    if s == 0 or e >= len(text):
        return False
    if text[s - 1] == "`" == text[e]:
        return True
    return text[s - 1] in _OPEN_MARKS and text[e] in _CLOSE_MARKS


# Words that talk about markup: a line with one is a lesson that may quote tags.
_MARKUP_TALK_RE = re.compile(
    f"HTML|(?<![{LETTERS}])[وفب]?(?:ال)?(?:وسم|وسوم|شيفرة|كود|خاصية|الخاصية)(?![{LETTERS}])"
)


def _line_around(text: str, at: int) -> tuple[int, str]:
    """The start and the text of the line holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : len(text) if end < 0 else end]


def _quoted_element(text: str, m: re.Match) -> bool:
    """Is the tag ``m`` the start or the end tag of an element quoted whole, its content
    with it, on one line that talks about markup ("... بالخاصية «href» ...: «<a
    href="https://example.com">زيارة الموقع</a>»")? (Not a quotation that kept the
    page's bold: "«<b>الاتفاق نهائي</b>»" in news copy is debris.)"""
    name = re.escape(m.group(2))
    line_start, line = _line_around(text, m.start())
    if not _MARKUP_TALK_RE.search(line):
        return False
    at = m.start() - line_start
    if m.group(1):  # an end tag: its start tag opens the quotation
        if m.end() - line_start >= len(line) or line[m.end() - line_start] not in _CLOSE_MARKS:
            return False
        return re.search(rf"(?<=[{_OPEN_MARKS}])<{name}[\s>]", line[:at], re.I) is not None
    if at == 0 or line[at - 1] not in _OPEN_MARKS:
        return False
    close = re.compile(rf"</{name}\s*>(?=[{_CLOSE_MARKS}])", re.I)
    return close.search(line, m.end() - line_start) is not None


class HtmlTag(Rule):
    """An HTML tag (``<br>``, ``<p>``, ``</div>``, ``<a href=...>``) left in the text.

    **What it does**
    Flags start and end tags of known HTML elements (and of an RSS or Atom feed's
    elements: ``<item>``, ``<pubDate>``, ``<guid>`` ...; of an AMP page: ``<amp-img>``),
    and HTML comments, and removes
    them. A block tag (``<p>``, ``<br>``, ``</div>`` ...) between two words becomes a
    space so that the words do not glue; an inline tag (``<b>``, ``<span>``, ``<a>``)
    is removed, with a space left only between two words that glued would be none
    ("<b>الاتفاق</b>مهم" -> "الاتفاق مهم", but "ال<b>قدس</b>" -> "القدس"). A ``<script>`` / ``<style>`` / ``<iframe>`` element is removed together
    with its content.

    **Why is this bad?**
    Tags are markup, not text: a scraper that kept them pollutes search and training
    data, and readers see ``<br />`` in the middle of a sentence.

    **Example**
    قال الوزير<br/>إن الاتفاق <b>نهائي</b>

    **Use instead**
    قال الوزير إن الاتفاق نهائي

    **Fix safety**
    Safe for tags and comments: only markup is removed. Removing a code element
    (``<script>...</script>``) with content, or a comment or tag that holds Arabic text
    (``<img alt="صورة الوزير">``, ``<!-- تعليق -->``), is unsafe, since it deletes text.
    A ``<`` in prose (``x < y``, ``<<الوطن>>``, ``<5``) is never a tag: the name after
    ``<`` must be a known HTML element; a tag right after a word for tag, element or code
    is named by the text ("حقن وسم <script> في الصفحة") and is left alone, and so is a tag
    or element the text quotes whole ("نصه «<script src='p.js'></script>»", or between
    backticks: "«`<p>`»"; an element with its content, "«<a href="...">الموقع</a>»", only
    on a line that talks about markup: وسم، خاصية، HTML) or names with
    its attributes after a pronoun or a word for a line ("هو <html lang="ar">", "بالسطر
    <html ...>").

    A WordPress shortcode (``[caption id="attachment_12" align="alignright"]``,
    ``[/caption]``, ``[vc_column_text]``) is markup of the same kind and is removed the
    same way; only the names of WordPress's own shortcodes and of common page builders
    count, so a bracket in prose ("[1]", "[الكاتب]") is left alone. Markdown
    files, where inline HTML is legitimate, are not checked.
    """

    code = "ENC002"
    name = "html-tag"
    family = "encoding"
    fix = "sometimes"
    triggers = "<["
    covers = True  # the quotes and slashes of '<a href="...">' are no text of their own

    def check(self, doc):
        if _is_markdown(doc):
            return
        text = doc.text
        taken: list[tuple[int, int]] = []
        # Code elements with their content first.
        for m in _TAG_RE.finditer(text):
            if m.group(1) or m.group(2).lower() not in _CODE_TAGS:
                continue
            if any(s <= m.start() < e for s, e in taken):
                continue
            name = m.group(2).lower()
            close = re.compile(rf"</{name}\s*>", re.I).search(text, m.end())
            if close is None or "\n\n" in text[m.end() : close.start()]:
                continue
            s, e = m.start(), close.end()
            inner = text[m.end() : close.start()]
            taken.append((s, e))
            if _quoted_markup(text, s, e) or _NAMED_TAG_RE.search(text, max(0, s - 24), s):
                continue  # code the text quotes: "... سطر برمجي نصه «<script ...></script>»"
            yield self.finding(
                s,
                e,
                f"HTML <{name}> element left in the text: remove it with its code",
                [self._removal(text, s, e, block=True)],
                applicability="safe" if not inner.strip() else "unsafe",
            )
        for m in _COMMENT_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            yield self.finding(
                m.start(),
                m.end(),
                "HTML comment left in the text: remove it",
                [self._removal(text, m.start(), m.end(), block=True)],
                applicability=self._safety(m.group()),
            )
        for m in _TAG_RE.finditer(text):
            name = m.group(2).lower()
            if name not in _ALL_TAGS:
                continue
            if any(s <= m.start() < e for s, e in taken):
                continue
            glued = m.end() < len(text) and text[m.end()].isalpha()
            if not glued and _NAMED_TAG_RE.search(text, max(0, m.start() - 24), m.start()):
                continue  # a tag named in the text: "حقن وسم <script> في الصفحة"
            if _quoted_markup(text, m.start(), m.end()) or _quoted_element(text, m):
                continue  # a tag the text quotes: "الوسم «<br>»"
            if "=" in m.group() and _PRONOUN_BEFORE_RE.search(
                text, max(0, m.start() - 8), m.start()
            ):
                continue  # a tag the text names: "... هو <html lang="ar" dir="rtl">، الذي ..."
            block = name not in _INLINE_TAGS or _between_words(text, m.start(), m.end())
            yield self._markup(text, m.start(), m.end(), "HTML tag", block)
        if "[" in text:
            yield from self._shortcodes(text, taken)

    def _shortcodes(self, text: str, taken: list[tuple[int, int]]):
        for m in _SHORTCODE_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if _quoted_markup(text, m.start(), m.end()):
                continue  # a shortcode the text quotes: "الرمز «[gallery]»"
            yield self._markup(text, m.start(), m.end(), "WordPress shortcode", True)

    def _markup(self, text: str, s: int, e: int, what: str, block: bool):
        """The finding for a tag or a shortcode at ``text[s:e]``, removed with its fix."""
        tag = text[s:e]
        shown = tag if len(tag) <= 40 else tag[:37] + "..."
        return self.finding(
            s,
            e,
            f"{what} '{shown}' left in the text: remove it",
            [self._removal(text, s, e, block=block)],
            applicability=self._safety(tag),
        )

    @staticmethod
    def _safety(markup: str) -> str:
        """Removing markup is safe unless it holds Arabic text (a comment, an alt or
        title attribute): that text may be wanted, so its removal is unsafe."""
        return "unsafe" if _HAS_AR.search(markup) else "safe"

    @staticmethod
    def _removal(text: str, s: int, e: int, block: bool) -> Edit:
        before = text[s - 1] if s > 0 else "\n"
        after = text[e] if e < len(text) else "\n"
        if block and not before.isspace() and not after.isspace() and after != "<":
            return Edit(s, e, " ")
        if before in " \t" and after in " \t":
            return Edit(s, e + 1, "")  # don't leave two spaces
        if before == "\n" and after in " \t":
            return Edit(s, e + 1, "")
        return Edit(s, e, "")


_ARABIC_RUN_BEFORE_RE = re.compile(r"[\u0621-\u064a]+$")
_ARABIC_RUN_AFTER_RE = re.compile(r"[\u0621-\u064a]+")


def _between_words(text: str, s: int, e: int) -> bool:
    """Does an inline tag stand between two Arabic words ("<b>الاتفاق</b>مهم"), not
    inside one ("ال<b>قدس</b>")? Both sides are words of the large word list and the two
    glued are none: removing the tag must leave a space there."""
    left = _ARABIC_RUN_BEFORE_RE.search(text, max(0, s - 30), s)
    right = _ARABIC_RUN_AFTER_RE.match(text, e)
    if not left or not right:
        return False
    a, b = left.group(), right.group()
    return large_zipf(a) > 0 and large_zipf(b) > 0 and large_zipf(a + b) == 0


# ---------------------------------------------------------------------------- ENC003


def _byte_images(codec: str) -> dict[str, int]:
    """Map each character that a byte 0x80-0xFF decodes to (in codec) back to the byte."""
    out: dict[str, int] = {}
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            ch = chr(b)  # undefined in cp1252: lenient decoders give the Latin-1 control
        out.setdefault(ch, b)
    return out


_IMAGES = {"cp1256": _byte_images("cp1256"), "latin-1": _byte_images("cp1252")}
for _c in range(0x80, 0xA0):  # pure Latin-1 decoders give C1 controls for 0x80-0x9F
    _IMAGES["latin-1"].setdefault(chr(_c), _c)


def _mojibake_res(images: dict[str, int]) -> tuple[re.Pattern, re.Pattern]:
    def cls(lo: int, hi: int) -> str:
        chars = sorted(c for c, b in images.items() if lo <= b <= hi)
        return "[" + "".join(re.escape(c) for c in chars) + "]"

    lead2, lead3, cont = cls(0xC2, 0xDF), cls(0xE0, 0xEF), cls(0x80, 0xBF)
    seq = f"(?:{lead2}{cont}|{lead3}{cont}{cont})"
    # Runs of UTF-8 sequences, possibly separated by ASCII spaces / punctuation / digits;
    # a run is repaired chunk by chunk (a chunk: sequences without separators).
    run = re.compile(f"{seq}+(?:[ -/0-9:-@\\[-`{{-~]+{seq}+)*")
    return run, re.compile(f"{seq}+")


def _arabic_seq_re(images: dict[str, int]) -> re.Pattern:
    """A UTF-8 sequence with lead byte D8 / D9 (the only leads of the Arabic letters a
    repair may produce, see _CLEAN_RE): a run without one repairs to nothing."""
    lead = "".join(re.escape(c) for c, b in images.items() if b in (0xD8, 0xD9))
    cont = "".join(re.escape(c) for c, b in images.items() if 0x80 <= b <= 0xBF)
    return re.compile(f"[{lead}][{cont}]")


_MOJIBAKE_RES = {codec: _mojibake_res(images) for codec, images in _IMAGES.items()}
_ARABIC_SEQ_RES = {codec: _arabic_seq_re(images) for codec, images in _IMAGES.items()}
# What the repaired text may contain: ASCII, core Arabic letters, marks, digits and
# punctuation, general punctuation (quotes, dashes), no-break space.
_CLEAN_RE = re.compile(
    r"[\x00-\x7f\u00a0\u060c\u061b\u061f\u0621-\u065f\u0660-\u066d\u0670\u2000-\u206f]+"
)


def _decode(s: str, codec: str) -> str | None:
    """s re-encoded in codec and decoded as UTF-8, if that gives clean text."""
    images = _IMAGES[codec]
    raw = bytearray()
    for ch in s:
        if ord(ch) < 0x80:
            raw.append(ord(ch))
        elif ch in images:
            raw.append(images[ch])
        else:
            return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if _CLEAN_RE.fullmatch(fixed) else None


def _repair_run(text: str, start: int, end: int, codec: str, chunk_re: re.Pattern):
    """Split a run into groups of consecutive chunks that decode cleanly; yield repairs.

    Real Arabic next to mojibake can look like a sequence (د، is C8 A1 in cp1256): such a
    chunk does not decode to clean Arabic and only ends the group, it does not spoil it.
    """
    group: list[tuple[int, int, str]] = []

    def flush():
        if group:
            s, e = group[0][0], group[-1][1]
            pieces, pos = [], s
            for cs, ce, fixed in group:
                pieces.append(text[pos:cs])
                pieces.append(fixed)
                pos = ce
            fixed = "".join(pieces)
            if len(re.findall(_AR, fixed)) >= 2:
                yield s, e, fixed
        group.clear()

    for m in chunk_re.finditer(text, start, end):
        fixed = _decode(m.group(), codec)
        if fixed is None:
            yield from flush()
            continue
        group.append((m.start(), m.end(), fixed))
    yield from flush()


# A typographic mark (quote, dash, ellipsis, no-break space, guillemet) whose UTF-8 bytes
# were read as Windows-1252 or Latin-1: "â€œ" for “, "â€™" for ’, "Â«" for «.
_PUNCT_MOJIBAKE_RE = re.compile("â(?:€|\x80).|Â.")


def _punctuation_mojibake(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _PUNCT_MOJIBAKE_RE.finditer(text):
        seg = m.group()
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = seg.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if len(fixed) == 1 and unicodedata.category(fixed)[0] in "PZ" or fixed == "°":
                name = "Windows-1252" if codec == "cp1252" else "Latin-1"
                out.append((m.start(), m.end(), fixed, f"UTF-8 read as {name}"))
                break
    return out


# Arabic saved as Windows-1256 and read as Windows-1252 or Latin-1: every letter became
# one accented Latin letter ("ÇáÃØáÓ" for "الأطلس"). A run of words of two such letters
# or more; it is repaired only when every one of them is an Arabic letter in Windows-1256
# (French words keep their é, è, à, ç there and are never touched).
_CP1256_HINT_RE = re.compile("[\u00c0-\u00ff]{3}")
_CP1256_RUN_RE = re.compile("[\u00c0-\u00ff]{2,}(?:[\\s\\d.,:;!?()\\-–]+[\u00c0-\u00ff]{2,})*")


def _cp1256_mojibake(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _CP1256_RUN_RE.finditer(text):
        seg = m.group()
        try:
            fixed = seg.encode("cp1252").decode("cp1256")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        letters = [c for c, o in zip(fixed, seg, strict=True) if "\u00c0" <= o <= "\u00ff"]
        if len(letters) >= 3 and all("\u0600" <= c <= "\u06ff" for c in letters):
            out.append((m.start(), m.end(), fixed, "Windows-1256 text read as Windows-1252"))
    return out


def mojibake_spans(doc) -> list[tuple[int, int, str, str]]:
    """(start, end, repaired text, codec) of every repairable mojibake run (memoised)."""

    def compute(a) -> list[tuple[int, int, str, str]]:
        text = a.text
        out: list[tuple[int, int, str, str]] = []
        if "â" in text or "Â" in text:
            out.extend(_punctuation_mojibake(text))
        if _CP1256_HINT_RE.search(text):
            out.extend(_cp1256_mojibake(text))
        if not any(c in text for c in "ØÙطظ"):
            out.sort()
            return out
        for codec, (run_re, chunk_re) in _MOJIBAKE_RES.items():
            if _ARABIC_SEQ_RES[codec].search(text) is None:
                continue  # cheap pre-filter: no sequence that decodes to an Arabic letter
            for m in run_re.finditer(text):
                for s, e, fixed in _repair_run(text, m.start(), m.end(), codec, chunk_re):
                    if any(not (e <= s2 or e2 <= s) for s2, e2, _, _ in out):
                        continue
                    out.append((s, e, fixed, f"UTF-8 read as {codec}"))
        out.sort()
        return out

    return doc.memo("enc.mojibake", compute)


class Mojibake(Rule):
    """Mojibake: Arabic UTF-8 text mis-decoded as Windows-1256 or Latin-1 (``Ø§Ù„``).

    **What it does**
    Finds runs of characters that are what UTF-8 Arabic looks like when a scraper
    decoded it as Windows-1256 (``ط§ظ„``) or Latin-1 / Windows-1252 (``Ø§Ù„``), and
    repairs them by re-encoding the run in that code page and decoding it as UTF-8.
    So too a typographic mark read that way in Arabic text: ``â€œ`` for “, ``â€™``
    for ’, ``â€“`` for –, ``Â«`` for «, ``Â`` and a no-break space for the space; and
    Arabic saved as Windows-1256 and read as Windows-1252 (``ÇáÓÏæÏ`` for السدود: a
    run is repaired only when every accented letter in it is an Arabic letter in
    Windows-1256, so French words keep their é, è, à, ç).

    **Why is this bad?**
    The text is unreadable and unsearchable; every Arabic letter became two symbols.

    **Example**
    Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©

    **Use instead**
    العربية

    **Fix safety**
    Safe: a run is repaired only when the round trip succeeds exactly (every character
    maps back to a byte, the bytes are valid UTF-8) and yields clean Arabic text (core
    Arabic letters, digits and punctuation, at least two letters). Real Arabic text that
    happens to contain ط ظ ع غ before a symbol does not decode to clean Arabic, so it
    is never touched. A run quoted whole on a line that quotes its repair too is an
    example an article on encodings gives, and is left alone ("تظهر «Ø£Ø®Ø¨Ø§Ø±» بدل
    «أخبار»").
    """

    code = "ENC003"
    name = "mojibake"
    family = "encoding"
    fix = "safe"
    triggers = "ØÙطظâÂ\u00c7\u00e1\u00c9\u00ca\u00e4\u00e3"
    covers = True  # its bytes are no quote marks or invisible characters of their own

    def check(self, doc):
        text = doc.text
        for s, e, fixed, codec in mojibake_spans(doc):
            seg = text[s:e]
            if _quoted_markup(text, s, e) and _quoted_on_line(text, s, fixed):
                continue  # an example beside its repair: "«Ø£Ø®Ø¨Ø§Ø±» بدل «أخبار»"
            shown = seg if len(seg) <= 30 else seg[:27] + "..."
            yield self.finding(
                s,
                e,
                f"mojibake '{shown}' ({codec}): it reads '{fixed}'",
                [Edit(s, e, fixed)],
            )


def _quoted_on_line(text: str, at: int, words: str) -> bool:
    """Does the line around ``at`` quote ``words`` whole ("«أخبار»")?"""
    line = _line_around(text, at)[1]
    return any(
        line.find(o + words + c) >= 0 for o, c in zip(_OPEN_MARKS, _CLOSE_MARKS, strict=True)
    )


# ---------------------------------------------------------------------------- ENC004

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


class OddSpace(Rule):
    """A no-break or other special space (U+00A0, U+2000-U+200A, U+202F, U+3000 ...).

    **What it does**
    Flags no-break spaces, fixed-width spaces (en, em, thin, hair ...), the narrow
    no-break space, the medium mathematical space and the ideographic space, together
    with any ordinary spaces next to them. Between two words the run becomes one plain
    space; at the start or end of a line it is removed.

    **Why is this bad?**
    Most are ``&nbsp;`` from the publishing system. They look like spaces but are not
    to tokenizers, ``split()``-based tools, search engines and diffs: ``قال\\u00a0الوزير``
    is one "word" to many tools. In Arabic news they carry no typographic meaning (on
    the dev sample: 887 no-break spaces in 229 of 500 articles, a third of them at line
    ends, almost none between a number and its unit).

    **Example**
    قال\u00a0الوزير إن\u2009الاتفاق

    **Use instead**
    قال الوزير إن الاتفاق

    **Options**
    ``keep``: characters of the list above to leave alone, for a house style that uses
    them on purpose (for example ``"\\u202f"`` before ``%``).

    **Fix safety**
    Safe: only whitespace changes.
    """

    code = "ENC004"
    name = "odd-space"
    family = "encoding"
    fix = "safe"
    triggers = ODD_SPACES
    options = {
        "keep": Option("", "special spaces to leave alone (a string of characters, e.g. '\\u202f')")
    }

    def __init__(self, **opts):
        super().__init__(**opts)
        odd = "".join(c for c in ODD_SPACES if c not in self.opts["keep"])
        # A run that starts at an odd space; plain spaces before it are added by hand
        # (a leading "[ \\t]*" would make the scan quadratic on long runs of spaces).
        self._re = re.compile(f"[{odd}][ \\t{odd}]*") if odd else None

    def check(self, doc):
        if self._re is None:
            return
        text = doc.text
        n = len(text)
        prev_end = 0
        for m in self._re.finditer(text):
            s, e = m.span()
            while s > prev_end and text[s - 1] in " \t":
                s -= 1
            prev_end = e
            run = text[s:e]
            at_start = s == 0 or text[s - 1] == "\n"
            at_end = e == n or text[e] == "\n" or text[e : e + 2] == "\r\n"
            if at_start or at_end:
                content, where = "", "at the start of a line" if at_start else "at a line end"
            else:
                content, where = " ", "between words"
            odd = "".join(c for c in run if c not in " \t")
            yield self.finding(
                s,
                e,
                f"{_names(odd)} {where}: use {'a plain space' if content else 'nothing'}",
                [Edit(s, e, content)],
            )


# ---------------------------------------------------------------------------- ENC005

_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: meaningful between two visible characters
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")


class InvisibleCharacter(Rule):
    """Zero-width, bidi-control and soft-hyphen characters inside the text.

    **What it does**
    Flags zero-width spaces (U+200B), left-to-right / right-to-left marks (U+200E,
    U+200F, U+061C), bidi embeddings, overrides and isolates (U+202A-U+202E,
    U+2066-U+2069), the word joiner (U+2060), a byte-order mark inside the text
    (U+FEFF), soft hyphens (U+00AD), and zero-width (non-)joiners (U+200C, U+200D)
    that do not sit between two visible characters, and removes them. A zero-width
    space between two Arabic letters becomes a plain space (it marked a word break).

    **Why is this bad?**
    They are invisible: two strings that look the same compare unequal, words are split
    or hidden from search (``\\u200fالمقاومة`` is not ``المقاومة``), and bidi overrides
    can reorder what a reader sees. In scraped Arabic news they come from the CMS editor
    (runs like U+200C U+200C U+200F before a word), not from the author.

    **Example**
    ردًا على \u200c\u200c\u200fاعتداءات الاحتلال\u200f، وقال

    **Use instead**
    ردًا على اعتداءات الاحتلال، وقال

    **Fix safety**
    Safe: only invisible characters are removed. A single ZWNJ or ZWJ between two
    visible characters is kept (it shapes Persian words and joins emoji sequences),
    except a ZWNJ between two Arabic letters in a text with no Persian or Urdu letter
    (ی ک پ چ ژ گ ...): it only breaks the joining of an Arabic word ("الانتخا\u200cبات"),
    and a ZWJ between two Arabic letters, which join without it (or cannot join at all):
    the word looks the same without it. A character quoted by a text that names it (its
    code point, RLM, "علامة من اليمين إلى اليسار") is an example and is left alone.
    """

    code = "ENC005"
    name = "invisible-character"
    family = "encoding"
    fix = "safe"
    triggers = _INVISIBLE

    def check(self, doc):
        text = doc.text
        n = len(text)
        persian = None  # does the text write Persian or Urdu (ی ک پ چ ژ گ ...)?
        for m in _INVISIBLE_RE.finditer(text):
            s, e = m.span()
            run = m.group()
            before = text[s - 1] if s > 0 else ""
            after = text[e] if e < n else ""
            visible = bool(before) and bool(after) and not before.isspace() and not after.isspace()
            keep = ""
            if visible:
                kept = [c for c in run if c in _JOINERS]
                if kept == ["\u200c"] and re.match(_AR, before) and re.match(_AR, after):
                    if persian is None:
                        persian = any(c in text for c in _PERSIAN_ONLY + "یک")
                    if not persian:
                        kept = []  # "الانتخا\u200cبات": Arabic has no use for a ZWNJ
                elif kept == ["\u200d"] and re.match(_AR, before) and re.match(_AR, after):
                    kept = []  # "للأخط\u200dبوط": the letters join (or cannot) without it
                if kept:
                    keep = kept[0]
                elif "\u200b" in run and re.match(_AR, before) and re.match(_AR, after):
                    keep = " "
            if keep == run or _invisible_example(doc, s):
                continue
            end = e
            if not keep and before in (" ", "\t", "\n", "") and after in (" ", "\t"):
                end = e + 1  # "word \u200f word" -> "word word", not two spaces
            dropped = [c for c in run if c != keep] if keep in _JOINERS and keep else list(run)
            what = _names("".join(dropped))
            yield self.finding(
                s,
                e,
                f"invisible character{'s' if len(dropped) > 1 else ''} ({what}): "
                + ("write a space (it separates two words)" if keep == " " else "remove"),
                [Edit(s, end, keep)],
            )


# Invisible characters named as a topic: a code point, a mark's name ("علامة من
# اليمين إلى اليسار", RLM, ZWNJ) or "the invisible characters".
_INVISIBLE_TALK_RE = re.compile(
    r"U\+(?:200[B-F]|202[A-E]|206[6-9]|FEFF)|\b(?:RLM|LRM|ZWNJ|ZWJ)\b"
    r"|علامة (?:من )?(?:اليمين إلى اليسار|اليسار إلى اليمين)"
    r"|(?:المحارف|الحروف|الرموز|العلامات|المحرف|الحرف|العلامة) (?:غير المرئي|الخفي)"
    r"|صفري العرض|عديم العرض"
)


def _invisible_example(doc, at: int) -> bool:
    """Is the invisible character at ``at`` inside a quotation of a text that names it
    ("... إدراج «علامة من اليمين إلى اليسار»، ورمزها U+200F ... «\u200fNetflix ...»")?"""
    return talks_about(doc, _INVISIBLE_TALK_RE) and doc.inside_match(at, _QUOTED_RE)


# ---------------------------------------------------------------------------- ENC006

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]+")


class ControlCharacter(Rule):
    """A C0 or C1 control character (other than tab, line feed, carriage return).

    **What it does**
    Flags control characters U+0000-U+001F (except tab, LF and CR), DEL (U+007F) and
    the C1 controls U+0080-U+009F, and removes them. A vertical tab or form feed (a
    line break in word processors) becomes a line feed; a control that is the only thing
    between two words ("الوزير\\x96واس": a cp1252 dash read as Latin-1) becomes a
    space, so that the words stay apart.

    **Why is this bad?**
    Controls are binary debris from converters (``\\x1a`` where a bullet was,
    ``\\x0b`` for a Word line break). Many tools choke on them (XML, some JSON and CSV
    readers), and they are invisible to readers.

    **Example**
    أليس من الإنصاف\\x1a أن نقول

    **Use instead**
    أليس من الإنصاف أن نقول

    **Fix safety**
    Safe: only control characters (and the spaces they leave at a line start) change;
    the words on either side are kept apart.
    C1 characters that are part of a mojibake run are left to ENC003, which repairs
    the whole run.
    """

    code = "ENC006"
    name = "control-character"
    family = "encoding"
    fix = "safe"

    def check(self, doc):
        text = doc.text
        n = len(text)
        moji = None
        for m in _CONTROL_RE.finditer(text):
            s, e = m.span()
            run = m.group()
            if any(0x80 <= ord(c) <= 0x9F for c in run):
                if moji is None:
                    moji = mojibake_spans(doc)
                if any(ms <= s < me for ms, me, _, _ in moji):
                    continue
            newline = any(c in "\x0b\x0c" for c in run)
            content = "\n" if newline else ""
            end = e
            at_start = s == 0 or text[s - 1] == "\n"
            before = text[s - 1] if s > 0 else ""
            if not newline and before and e < n and not before.isspace() and not text[e].isspace():
                # the only separator of two words ("هنا\x85النهاية", a cp1252 dash or
                # ellipsis read as Latin-1): a space keeps them apart
                content = " "
            if not newline:
                if at_start:
                    while end < n and text[end] in " \t":
                        end += 1
                elif before in " \t" and end < n and text[end] in " \t":
                    end += 1
            yield self.finding(
                s,
                e,
                f"control character{'s' if len(run) > 1 else ''} ({_names(run)}): "
                f"{'use a line break' if newline else 'remove'}",
                [Edit(s, end, content)],
            )


# ---------------------------------------------------------------------------- ENC007

# Presentation forms A and B, without the word ligatures U+FDF0-U+FDFF (ﷺ ﷻ ﷽ ﷼ are
# symbols people write on purpose) and without U+FEFF (ENC005).
_PRESENTATION_RE = re.compile("[\ufb50-\ufdef\ufe70-\ufefc]+")


class PresentationForm(Rule):
    """Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC) instead of letters.

    **What it does**
    Flags glyph code points from the Arabic presentation-form blocks (contextual
    shapes such as ﺍ ﺏ, the lam-alef ligature ﻻ, isolated diacritic forms) and replaces
    them with the ordinary letters (Unicode NFKC): ﻻ becomes لا.

    **Why is this bad?**
    They are what old PDF extractors and legacy systems emit. They look right but are
    different code points: ﻻعبي does not match لاعبي in search, tokenizers split them
    oddly, and sorting breaks.

    **Example**
    تم تكريم ﻻعبي الفريق ﺍﻟﻌﺮﺑﻲ

    **Use instead**
    تم تكريم لاعبي الفريق العربي

    **Fix safety**
    Safe: NFKC maps each form to the same letters. The word ligatures U+FDF0-U+FDFF
    (ﷺ, ﷻ, ﷽, the rial sign ﷼) are symbols written on purpose and are not flagged;
    forms without a decomposition (ornate parentheses ﴾ ﴿) are left as they are. In a
    text about letter forms (أشكال العرض, لام ألف, "بأشكالها الأربعة", a code point
    U+FEFB) a form standing alone or quoted is an example and is left alone ("المنفصلة
    ﺏ، والابتدائية ﺑ").
    """

    code = "ENC007"
    name = "presentation-form"
    family = "encoding"
    fix = "safe"

    def check(self, doc):
        text = doc.text
        # (One regex scan; a per-character pre-check in Python cost more than the scan.)
        for m in _PRESENTATION_RE.finditer(text):
            run = m.group()
            fixed = "".join(self._letters(c) for c in run)
            if fixed == run:
                continue
            if _glyph_example(doc, m.start(), m.end()):
                continue
            yield self.finding(
                m.start(),
                m.end(),
                f"presentation-form glyphs '{run}': write the letters '{fixed}'",
                [Edit(m.start(), m.end(), fixed)],
            )

    @staticmethod
    def _letters(c: str) -> str:
        n = unicodedata.normalize("NFKC", c)
        if "\ufe70" <= c <= "\ufe7f":
            n = n.lstrip(" ")  # isolated harakat forms decompose to space + mark
        return n


# Letter forms as a topic: a text on type design or on the shapes of the letters.
_LETTER_FORMS_RE = re.compile(
    r"أشكال العرض|الأشكال السياقية|(?:الأشكال|أشكالها|أشكاله|بأشكالها) الأربعة"
    r"|(?:ال)?لام[ -]?(?:ال)?ألف|U\+F[B-E][0-9A-F]{2}|[Ll]igature|Presentation Forms"
    r"|(?:الشكل|الصورة|شكل|صورة) (?:الابتدائي|النهائي|المنفصل|المتوسط)ة?"
)


def _glyph_example(doc, start: int, end: int) -> bool:
    """Are the glyphs at ``start:end`` an example a text about letter forms shows: standing
    alone ("والابتدائية ﺑ، والمتوسطة ﺒ") or quoted («ﺭﻣﻀﺎﻥ ﻛﺮﻳﻢ»)?"""
    if not talks_about(doc, _LETTER_FORMS_RE):
        return False
    text = doc.text
    alone = not (start and re.match(_AR, text[start - 1])) and not re.match(
        _AR, text[end : end + 1]
    )
    return alone or doc.inside_match(start, _QUOTED_RE)


# ---------------------------------------------------------------------------- ENC008

# Persian / Urdu letters that look like Arabic ones, and their Arabic letters.
_LOOKALIKE = {
    "\u06a9": "\u0643",  # ک keheh -> ك
    "\u06aa": "\u0643",  # ڪ swash kaf -> ك
    "\u06c1": "\u0647",  # ہ heh goal -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee -> ه
    "\u06c3": "\u0629",  # ۃ teh marbuta goal -> ة
}
_YEH = "\u06cc"  # ی farsi yeh: ي inside a word; at the end ي or ى (a choice)
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_DIGIT_MAP = str.maketrans(_PERSIAN_DIGITS, _ARABIC_DIGITS)
# Letters only Persian, Urdu or Kurdish use (Kurdish: the vowels ە ێ ۆ and ڤ ڵ ڕ): their
# presence marks a Persian, Urdu or Kurdish word or passage ("هەولێر", "شێرکۆ").
_PERSIAN_ONLY = "پچژگڈٹڑںےۀەێۆڤڵڕۊۉۋ"
# Frequent Persian and Urdu function words (in their Persian spelling): two of them, or
# Persian-only letters, mark a Persian / Urdu passage that must keep its letters.
_PERSIAN_WORDS = frozenset(
    "که را است این برای می های ها شد کرد بود شده نیز یک کند باید کے کی ہے میں اور نے سے ہیں "
    "ایک ہم ہو تھا تھے نہیں بھی کو یہ وہ ہوں".split()
)
# A quotation or a parenthesis in a paragraph: a phrase quoted in its own language.
_QUOTED_RE = re.compile(r'«[^»\n]{1,200}»|“[^”\n]{1,200}”|"[^"\n]{1,200}"|\([^)\n]{1,200}\)')
_VOCALISED_RE = re.compile("[\u064b-\u0652]")
# The names of the languages written in the Persian script, without their ending
# (فارسي / فارسية، أوردو / الأوردية، كردي، بشتو).
_LANGUAGE_STEMS = "فارسي|أردي|اردي|أوردي|أوردو|اردو|كردي|كوردي|بشتو|بلوشي"
# A phrase the text says is in Persian, Urdu or Kurdish: the language named, a colon,
# then the phrase up to the next comma, bracket or quote mark ("(بالفارسية: جدایی نادر
# از سیمین، أي ...)").
_IN_LANGUAGE_RE = re.compile(
    rf"(?:ب|باللغة\s+|في\s+)?(?:ال)?(?:{_LANGUAGE_STEMS})ة?"
    r"\s*:\s*([^،,)»”\"\n.؛]{1,120})"
)
_LOOKALIKE_CHARS = "".join(_LOOKALIKE) + _YEH
# The name of a language written in the Persian script ("بالفارسية", "الأردية",
# "الكردي"): a paragraph that names it may quote its words in their own letters.
_LANGUAGE_NAME_RE = re.compile(
    f"(?<![{LETTERS}])[وف]?(?:بال|لل|ال|ب)?(?:{_LANGUAGE_STEMS})(?:ة|ين)?(?![{LETTERS}])"
)


class PersianLetter(Rule):
    """Persian / Urdu look-alike letters (ی ک ہ) or digits (۴۵۶) in Arabic text.

    **What it does**
    In Arabic paragraphs, flags the Persian yeh ی, keheh ک, heh goal ہ, heh
    doachashmee ھ and teh marbuta goal ۃ inside Arabic words, and Persian digits
    ۰-۹ in numbers, and writes the Arabic letters ي ك ه ة and digits ٠-٩.

    **Why is this bad?**
    They look (almost) the same but are other code points: فلسطین does not match
    فلسطين, أکبر does not match أكبر, so search, deduplication and name matching fail.
    They come from Persian or Urdu keyboards and from copy from Persian sites.

    **Example**
    متجهة نحو فلسطین المحتلة، وقال علي أکبر

    **Use instead**
    متجهة نحو فلسطين المحتلة، وقال علي أكبر

    **Fix safety**
    Safe for ک ہ ھ ۃ, for ی inside a word (medial ی has the dots of ي) and for digits:
    the word and number stay the same. A final ی is drawn without dots and may stand
    for ي or ى (فی = في, علی = على or علي): that fix is unsafe and picks the form more
    frequent in Arabic. Words with Persian-, Urdu- or Kurdish-only letters (پ چ ژ گ ں
    ے ە ێ ۆ ڤ) and the words next to them (a quoted Persian phrase, a Kurdish name:
    "هەولێر"), a quotation of two or more words most of which have look-alike letters
    in a paragraph that writes ي or ك elsewhere («ایران ای سرای امید»), or with one
    such word there when the quotation has a Persian-only letter or the paragraph names
    the language («نستعلیق» after "يُكتب بالفارسية"), a phrase after
    the name of its language ("بالفارسية: جدایی نادر از سیمین"), a Persian digit quoted
    whole as an example («۴»), paragraphs
    that are mostly Persian or Urdu, and
    Quranic text in Uthmani script (which uses these code points on purpose) are not
    flagged.
    """

    code = "ENC008"
    name = "persian-letter"
    family = "encoding"
    fix = "sometimes"
    triggers = _LOOKALIKE_CHARS + _PERSIAN_DIGITS

    def check(self, doc):
        text = doc.text
        toks = starts = None
        for p in doc.paragraphs:
            t = p.text
            if not any(c in t for c in self.triggers):
                continue
            # A quoted verse keeps its own letters (Qur'anic text in the Indo-Pakistani
            # style writes ی): the words of the prose tokens (not between ﴿ ﴾ or braces,
            # not in Uthmani script) and, in a paragraph that quotes scripture, not
            # vocalised either; the prose around is checked.
            if toks is None:
                toks = doc.prose_tokens
                starts = [tk.start for tk in toks]
            scripture = QURANIC_RE.search(t) is not None
            words = [
                tk
                for tk in toks[
                    bisect.bisect_left(starts, p.start) : bisect.bisect_left(starts, p.end)
                ]
                if not (scripture and _VOCALISED_RE.search(tk.text))
            ]
            if not words:
                continue
            # A word with پ چ ژ گ, or joined to the next by a zero-width non-joiner
            # ("نمی‌دهیم": Persian writes it inside words, Arabic never does).
            persian_only = [
                any(c in _PERSIAN_ONLY for c in tk.text)
                or text[tk.end : tk.end + 1] == "\u200c"
                or text[tk.start - 1 : tk.start] == "\u200c"
                for tk in words
            ]
            foreign = sum(
                po or tk.text in _PERSIAN_WORDS for po, tk in zip(persian_only, words, strict=True)
            )
            # (one word of the list alone may be Arabic: شد، ها، بود)
            if foreign >= 2 or (any(persian_only) and foreign / len(words) >= 0.15):
                continue  # a Persian / Urdu passage, not Arabic with stray letters
            quoted = self._foreign_quotes(t, p.start, words)
            for i, tk in enumerate(words):
                w = tk.text
                if not any(c in _LOOKALIKE_CHARS for c in w):
                    continue
                if any(persian_only[max(0, i - 2) : i + 3]):
                    # (next to) a word with پ چ ژ گ: a Persian phrase ("زن، زندگی، آزادی")
                    continue
                if any(a <= tk.start < b for a, b in quoted):
                    continue
                yield from self._word(tk.start, w)
            if any(c in t for c in _PERSIAN_DIGITS):
                for m in re.finditer(f"[{_PERSIAN_DIGITS}]+", t):
                    s = p.start + m.start()
                    d = m.group()
                    if _quoted_markup(text, s, s + len(d)):
                        continue  # a digit quoted whole, an example: "«۴» لا «٤»"
                    fixed = d.translate(_DIGIT_MAP)
                    yield self.finding(
                        s,
                        s + len(d),
                        f"Persian digits '{d}' in Arabic text: write '{fixed}'",
                        [Edit(s, s + len(d), fixed)],
                        applicability="safe",
                    )

    @staticmethod
    def _foreign_quotes(t: str, base: int, words) -> list[tuple[int, int]]:
        """Quotations of the paragraph that are Persian or Urdu phrases: two words or more
        with look-alike letters, half of the quotation's words or more (one will do in a
        quotation with a Persian-only letter or in a paragraph that names the language:
        "بالفارسية", "الكردي"), while the
        paragraph writes Arabic ي or ك elsewhere (a writer on a Persian keyboard types
        ی everywhere, not only between quote marks: «ایران ای سرای امید»); and a phrase
        after the name of its language ("بالفارسية: جدایی نادر از سیمین")."""
        out = [
            (base + m.start(1), base + m.end(1))
            for m in (_IN_LANGUAGE_RE.finditer(t) if ":" in t else ())
        ]
        if not any(c in t for c in '«“"('):
            return out
        named = _LANGUAGE_NAME_RE.search(t) is not None
        for m in _QUOTED_RE.finditer(t):
            a, b = base + m.start(), base + m.end()
            inside = [tk.text for tk in words if a <= tk.start < b]
            odd = sum(any(c in _LOOKALIKE_CHARS for c in w) for w in inside)
            if not odd:
                continue
            # A quotation with a word in پ چ ژ گ is Persian throughout («فرهنگستان زبان و
            # ادب فارسی»); so is one in a paragraph that names its language ("فيلم “خانه
            # سیاه است”" after "الفارسية"). Else most of its words must look Persian.
            persian = named or any(c in _PERSIAN_ONLY for w in inside for c in w)
            if not persian and (odd < 2 or 2 * odd < len(inside)):
                continue
            outside = t[: m.start()] + t[m.end() :]
            if "\u064a" in outside or "\u0643" in outside:
                out.append((a, b))
        return out

    def _word(self, start: int, w: str):
        letters = [i for i, c in enumerate(w) if c in LETTER_SET]
        last = letters[-1] if letters else -1
        out = []
        final_yeh = False
        for i, c in enumerate(w):
            if c in _LOOKALIKE:
                out.append(_LOOKALIKE[c])
            elif c == _YEH:
                if i == last:
                    final_yeh = True
                    out.append("\u064a")
                else:
                    out.append("\u064a")
            else:
                out.append(c)
        fixed = "".join(out)
        if final_yeh:
            alt = fixed[:last] + "\u0649" + fixed[last + 1 :]
            if large_zipf(alt) > large_zipf(fixed):
                fixed = alt
        yield self.finding(
            start,
            start + len(w),
            f"Persian/Urdu letter in the Arabic word '{w}': write '{fixed}'",
            [Edit(start, start + len(w), fixed)],
            applicability="unsafe" if final_yeh else "safe",
        )


LETTER_SET = frozenset(chr(c) for c in range(0x0600, 0x0700) if re.match(f"[{LETTERS}]", chr(c)))


# ---------------------------------------------------------------------------- ENC009

# Tatweel between two letters. After a clitic before a non-letter (لـ"رويترز", الـ25,
# بـ CNN) it is legitimate, and the look-ahead for a letter leaves it alone.
# (a mark may sit between the letter and the stretch: "الصيّـــادين")
_STRETCH_RE = re.compile(f"(?:(?<=[{LETTERS}])|(?<=[{LETTERS}][{MARKS}])){TATWEEL}+(?=[{LETTERS}])")


class Tatweel(Rule):
    """Tatweel (kashida, ـ) stretching a word: الاحـــتـلال.

    **What it does**
    Flags tatweel characters between two letters of a word and removes them.

    **Why is this bad?**
    Tatweel is a justification and decoration device. Inside a word it makes the word
    a different string: الاحـــتـلال does not match الاحتلال in search or
    deduplication, and a language model learns a spelling that does not exist.

    **Example**
    يزعم الاحـــتـلال أن المـواجـهـات انتهت

    **Use instead**
    يزعم الاحتلال أن المواجهات انتهت

    **Fix safety**
    Safe: only tatweel is removed; the letters stay (a clitic glued by tatweel to an
    Arabic word, الـسابع or فـإن, is one word: الـ is the article of سابع). Legitimate
    uses are not flagged: after a clitic before a quote, number, Latin word or hashtag
    (لـ"رويترز"، الـ25، بـ CNN، لـ #الميادين), the hijri abbreviation (1436هـ), a tatweel used as a dash
    (الرياض ـ واس), one that carries a diacritic (الرَّحْمَـٰنِ), Quranic text, and a
    stretched word quoted as an example in a text that names the kashida or the madd
    of tajweed (or in a paragraph about التطويل): "... كلمة ممدودة، كما في “محمـــد”",
    "... يقصّرون في “الضّــالّين” فلا يبلغون بها ست حركات".
    """

    code = "ENC009"
    name = "tatweel"
    family = "encoding"
    fix = "safe"
    triggers = TATWEEL

    def check(self, doc):
        # The shared tokens are the matches of arabic.WORD_RE.
        for tok in doc.tokens:
            word = tok.text
            if TATWEEL not in word or QURANIC_RE.search(word):
                continue
            start = tok.start
            edits = []
            for r in _STRETCH_RE.finditer(word):
                edits.append(Edit(start + r.start(), start + r.end(), ""))
            if not edits or _kashida_example(doc, start):
                continue
            clean = word
            for e in reversed(edits):
                clean = clean[: e.start - start] + clean[e.end - start :]
            yield self.finding(
                edits[0].start,
                edits[-1].end,
                f"tatweel stretches the word '{word}': write '{clean}'",
                edits,
            )


# The kashida named (anywhere in the text), the length of a madd in tajweed (a lesson
# writes «الضّــالّين» to show it: "المد المتصل", "ست حركات"; not "التجويد" alone, a
# recitation contest's news), or stretching as a topic ("التطويل", in the paragraph): a
# text that talks about it may quote stretched words. (Not "مدّ", "ممدودة" alone, which
# news uses for bridges and hands: "مدّ جسور التواصل".)
_KASHIDA_RE = re.compile(
    "كشيد|كشائد|المد (?:المتصل|المنفصل|اللازم|الطبيعي)|مد (?:متصل|منفصل|لازم|طبيعي)"
    "|(?:أربع|خمس|ست) حركات|حركتين|حركتان"
)
_STRETCHING_RE = re.compile(f"(?<![{LETTERS}])[وف]?(?:ال|بال)تطويل(?![{LETTERS}])")


def _kashida_example(doc, at: int) -> bool:
    """Is the stretched word at ``at`` quoted in a text that talks about the kashida
    ("... ليحصل على كلمة ممدودة، كما في “محمـــد”" in an article on الكشيدة) or about
    the madd of tajweed ("... يقصّرون في كلمة “الضّــالّين” فلا يبلغون بها ست حركات")?"""
    p = doc.paragraph_at(at)
    if p is None or not (talks_about(doc, _KASHIDA_RE) or _STRETCHING_RE.search(p.text)):
        return False
    return doc.inside_match(at, _QUOTED_RE)


# ---------------------------------------------------------------------------- ENC010

# Words of question marks: three or more in a row of two or more "?" each, between
# spaces or punctuation, as a page in Arabic saved through a code page without Arabic
# leaves it ("??? ????? ?? ???????").
# Three "words" of question marks or more, or two of three marks or more each.
_LOST_RUN_RE = re.compile(
    r"(?<![\w?])(?:\?{2,}(?:[^\w?\n]{1,3}\?{2,}){2,}|\?{3,}[^\w?\n]{1,3}\?{3,})(?![\w?])"
)
# A "word" of question marks: a letter lost to an encoding (PUN004 leaves runs of them).
LOST_WORD_RE = re.compile(r"\?{2,}")
_REPLACEMENT_RE = re.compile("\ufffd+")
_CID_RE = re.compile(r"\(cid:\d{1,5}\)")


class LostCharacters(Rule):
    """Characters lost to a wrong encoding: U+FFFD (�), words of question marks, or the
    glyph codes a PDF extractor could not map ("(cid:3)").

    **What it does**
    Flags, once per line, the span holding replacement characters U+FFFD (bytes a
    decoder could not read), a run of at least three "words" made only of question
    marks ("??? ????? ?? ???????": Arabic saved through a code page without Arabic
    letters), or of two such words of three marks or more ("????? ????"), or the
    "(cid:N)" codes a PDF-to-text tool writes for glyphs it could not map to a
    character. Question marks after a word ("ماذا??") or between words ("لماذا ???
    ولماذا ???") are punctuation and are left to PUN005.

    **Why is this bad?**
    The characters are gone: unlike mojibake (ENC003) they cannot be decoded back. The
    text is unreadable and pollutes a corpus with "words" of symbols; the document
    must be fetched or decoded again from its source.

    **Example**
    وقال الوزير ??? ????? ?? ??????? في المؤتمر.

    **Use instead**
    وقال الوزير إن الاتفاق قد يوقع قريبا في المؤتمر.

    **Fix safety**
    No fix: the lost text cannot be restored; re-fetch or re-decode the source, or drop
    the line.
    """

    code = "ENC010"
    name = "lost-characters"
    family = "encoding"
    fix = "none"
    triggers = "?\ufffd("
    covers = True  # its question marks are no stray punctuation (PUN004)

    def check(self, doc):
        text = doc.text
        if "??" not in text and "\ufffd" not in text and "(cid:" not in text:
            return
        for p in doc.paragraphs:
            t = p.text
            lost = [m.span() for m in _REPLACEMENT_RE.finditer(t)] if "\ufffd" in t else []
            n_repl = sum(e - s for s, e in lost)
            # (with the mojibake before it: "â€�" is ” read as Windows-1252, its last byte lost)
            lost = [(a - 2 if t[max(0, a - 2) : a] == "â€" else a, b) for a, b in lost]
            cids = [m.span() for m in _CID_RE.finditer(t)] if "(cid:" in t else []
            lost += cids
            runs = [m.span() for m in _LOST_RUN_RE.finditer(t)] if "??" in t else []
            lost += runs
            words = sum(len(LOST_WORD_RE.findall(t, a, b)) for a, b in runs)
            if not lost:
                continue
            s = min(a for a, _ in lost)
            e = max(b for _, b in lost)
            parts = []
            if n_repl:
                parts.append(f"{n_repl} replacement character{'s' if n_repl > 1 else ''} (�)")
            if words:
                parts.append(f"{words} words of question marks")
            if cids:
                n = len(cids)
                parts.append(
                    f"{n} glyph code{'s' if n > 1 else ''} a PDF extractor could not map (cid:N)"
                )
            yield self.finding(
                p.start + s,
                p.start + e,
                f"text lost to a wrong encoding: {' and '.join(parts)}; the characters "
                "cannot be recovered: fetch or decode the source again",
            )


# ---------------------------------------------------------------------------- ENC011

# Quoted-printable escapes of UTF-8 bytes ("=D8=B4"), soft line breaks ("=" at a line's
# end) inside them, and the spaces between encoded words.
_QP_RUN = r"(?:=[0-9A-Fa-f]{2}|=\r?\n)+"
_QP_RE = re.compile(f"{_QP_RUN}(?:[ \\t]+{_QP_RUN})*")
_QP_ESCAPE_RE = re.compile(r"=([0-9A-Fa-f]{2})")
_QP_SOFT_BREAK_RE = re.compile(r"=\r?\n")
_QP_TRAILING_BREAK_RE = re.compile(r"(?:=\r?\n)+$")


def _qp_decode(run: str) -> str | None:
    """The text a quoted-printable run encodes, or None when it is no UTF-8 text."""
    raw = _QP_SOFT_BREAK_RE.sub("", run)
    data = bytearray()
    pos = 0
    for m in _QP_ESCAPE_RE.finditer(raw):
        data += raw[pos : m.start()].encode("ascii", "replace")
        data.append(int(m.group(1), 16))
        pos = m.end()
    data += raw[pos:].encode("ascii", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


class QuotedPrintable(Rule):
    """Text left in quoted-printable, the encoding of e-mail bodies: "=D8=B4=D8=A7".

    **What it does**
    Flags a run of quoted-printable escapes ("=D8=A7=D9=84", with the spaces between
    encoded words and the soft line breaks, "=" at a line's end, inside it) that
    decodes as UTF-8 to text with letters beyond ASCII, and replaces it with that text.
    Four escapes at least (two Arabic letters); a run that is no valid UTF-8 is left
    alone, and so is an equals sign in a formula or a URL's query ("a=3").

    **Why is this bad?**
    A newsletter or an e-mail saved without decoding its body keeps its Arabic as
    escapes: the text is unreadable, and search and language models see strings of
    codes instead of words.

    **Example**
    =D8=B4=D8=A7=D9=87=D8=AF=D9=88=D8=A7 =D8=A7=D9=84=D9=84=D9=82=D8=A7=D8=A1

    **Use instead**
    شاهدوا اللقاء

    **Fix safety**
    Safe: the escapes are decoded back to the bytes they stand for; the run is fixed
    only when those bytes are valid UTF-8, so no word is guessed.
    """

    code = "ENC011"
    name = "quoted-printable"
    family = "encoding"
    fix = "safe"
    triggers = "="

    def check(self, doc):
        text = doc.text
        if "=" not in text:
            return
        for m in _QP_RE.finditer(text):
            run = m.group()
            soft = _QP_TRAILING_BREAK_RE.search(run)
            if soft:
                run = run[: soft.start()]  # (a soft break joining the next line stays)
            end = m.start() + len(run)
            if run.count("=") < 4:
                continue
            decoded = _qp_decode(run)
            if not decoded or not any(ord(c) > 127 and c.isalpha() for c in decoded):
                continue
            yield self.finding(
                m.start(),
                end,
                f"text left in quoted-printable (e-mail encoding): decode it to '{decoded[:40]}'",
                [Edit(m.start(), end, decoded)],
            )
