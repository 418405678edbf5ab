"""Links, hashtags and @handles on a line: the patterns of BLP004 and BLP005, and
``_links_only`` (a line of links, tags or handles alone), which the announced lists and
BLP008 ask too. None of them is a rule.
"""

from __future__ import annotations

import re

# Twitter's own link hosts: only an embedded tweet writes them.
TWEET_HOSTS = r"pic\.twitter\.com|t\.co"
_EMBED_URL_RE = re.compile(
    rf"(?<![\w./-])(?:https?://)?(?:www\.)?(?:{TWEET_HOSTS}|instagr\.am|"
    r"instagram\.com/(?:p|reel|tv)|youtu\.be|fb\.me|fb\.watch|bit\.ly|goo\.gl|tinyurl\.com|"
    r"ow\.ly|buff\.ly|dlvr\.it|lnkd\.in|tiktok\.com/@[\w.]+/video)/[\w./?=&%#~+-]*…?",
    re.I,
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"«»“”]+", re.I)
_TAG_RE = r"[#＃][^\s#＃@.,،!?؟:;\"“”«»()\[\]]+"
_HANDLE_RE = r"(?<![\w.@])@[A-Za-z0-9_]{2,30}(?![\w@])"
_LINKISH_RE = re.compile(f"(?:{_URL_RE.pattern}|{_EMBED_URL_RE.pattern}|{_TAG_RE}|{_HANDLE_RE})")


# A footnote's number before its link in a print view ("[1] https://...").
_FOOTNOTE_MARK_RE = re.compile(r"^\s*\[\d{1,3}\]\s*")


def _links_only(line: str) -> bool:
    rest = _LINKISH_RE.sub(" ", _FOOTNOTE_MARK_RE.sub(" ", line))
    return not any(c.isalnum() for c in rest)
