"""BLP002: a line that holds only a date or a time. Its recognisers, which the other
boilerplate rules use too, are in ``datelines``.
"""

from __future__ import annotations

import re

from tanqih.linter.registry import Rule
from tanqih.rules.boilerplate.chrome import _HEAD_LINES, announced, head_line
from tanqih.rules.boilerplate.datelines import (
    dated_heading,
    entry_line,
    is_timestamp,
    place_dateline,
)
from tanqih.rules.phrases import content_lines, line_finding, quote, wrapped_after

# How a paragraph of prose ends (a full stop, a question or exclamation mark, a closing
# quote mark after one).
_SENTENCE_ENDS = (".", "!", "؟", "?", "»", "”", '"', ":")
# A field of a card, its label and its value closed by a full stop ("إخراج: أوس الشرقي.").
_CARD_FIELD_RE = re.compile(r"\s*[^\s:][^:\n]{0,24}:\s+\S[^\n]*\.\s*")
# An entry of a programme: a clock time, a colon and what happens then ("6:00 مساء:
# معرض للحرف اليدوية", with or without a full stop).
_SCHEDULE_ENTRY_RE = re.compile(r"\s*[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}[^:\n]{0,20}:\s*\S+(?:\s+\S+){2,}")


def _introduces_list(line: str) -> bool:
    """A sentence of prose that introduces what follows: four words or more, closed by a
    colon ("نفذت القوات المشاركة اليوم المرحلة الثانية وفق ما يلي:")."""
    line = line.rstrip()
    return line.endswith(":") and len(line.split()) >= 4


class TimestampLine(Rule):
    """A line that holds only a date or a time (a sidebar or metadata timestamp).

    **What it does**
    Flags a line made only of date and time words: "اليوم 06:42", "19 آب",
    "20 اب 16:41", "منذ 3 ساعات", "الأحد 12/5/2024", "آخر تحديث: 10:22 ص", "التاريخ: 11
    مارس 2024", "... (بتوقيت مكة المكرمة)", a clock time with its time zone ("07:15 بتوقيت أبوظبي",
    "11:48 ت م", "08:45 ص بتوقيت مكة، 02.04.2024"), "... على الساعة 08:15", a place and the
    date after "|" or ":" ("دمشق | السبت، 8 تشرين الثاني 2025", "ود مدني: الخميس 7 ديسمبر
    2023م", "نواكشوط: 2024/02/19"; not a score, "التقييم: 4.5/5"), the site's name with
    the date and time between dashes ("واحات نيوز - الجمعة 25 أكتوبر 2024 - 18:07"), "تاريخ البث: ...", "تم التعديل 09:20", a
    feed's date ("Wed, 12 Mar 2025 07:30:00 +0300"). Month names include the Levantine
    (آذار) and Maghrebi ones (فيفري، جوان، نونبر، غشت ...). The line must contain a clock
    time, a numeric date, a day with a month name, "منذ" with a unit, or a number with
    a singular or abbreviated unit, the age of a post ("3 س", "1 يوم"); any other word
    makes it prose. A printed page's masthead counts too: an issue number ("العدد 8741")
    alone (three digits or more: "عدد 7" is left alone) or with dates, the year of
    publication or the price between spaced dashes ("... - رقم العدد [16452]"); so
    does a place before the date and time ("الزرقاء - الخميس 6 آذار 2025 | 14:20"), and
    two dates joined by a dash ("تاريخ النشر: ... - آخر تحديث: ..."), a place, a date
    and a time between bars ("إربد | الأحد 9 مارس 2025 | 08:15 ص"), time zones by
    their abbreviation ("GST"). In the head
    of the article a dateline on a line of its own is flagged: a place of one to four
    words and a full date with its year ("دبي، 10 مارس 2025:", "الرباط في 20 فبراير
    2025", or with the dash that opened the story: "الخرطوم 24 أغسطس 2023 —").
    Two to four such parts separated by "|" or "•" make a timestamp line too, counters
    allowed among them ("نشر في: ... | آخر تحديث: ...", "6 فبراير 2024 | 0 تعليق", "12
    يونيو 2024 • الرياض"); an edited time ("معدّل 08:55") and the wires' GMT mark ("(ت.غ)")
    are time words. A date that
    heads an entry of a chronology or a schedule (introduced by a line ending in ":" or
    by another entry, or one of two calendar dates or more each heading an entry, followed
    by a sentence of its own or one that introduces a list, "... وفق ما يلي:", and then
    every calendar date over a line ending like a sentence, however short; a
    headline asking a question is
    no entry, a date under it is the page's; a relative date, "منذ 3 أشهر",
    only after another dated entry) is content and is left alone, and so is a date in a
    list the article announces ("وجاء الجدول كالتالي:" / "الأحد 12/5/2024" / subject;
    a masthead the article quotes; "الساعة: 9:00 صباحا" in an event's card; a labelled
    date closed by a full stop under another field so closed: "إخراج: أوس الشرقي." /
    "الطرح: الخميس 6 مارس.", a release date in a work's card).

    **Why is this bad?**
    Timestamps of sidebar items ("most read", "latest news") and publication metadata
    are scraped as lines of their own. They are not article text and, in a corpus, they
    become thousands of meaningless short lines.

    **Example**
    وانتهى الاجتماع دون اتفاق.
    اليوم 06:42
    19 آب

    **Use instead**
    وانتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the line is deleted (keep it in metadata if the date matters).
    """

    code = "BLP002"
    name = "timestamp-line"
    family = "boilerplate"
    fix = "unsafe"

    def check(self, doc):
        text = doc.text
        lines = content_lines(doc)
        n = len(lines)
        ann = announced(doc)
        stamped = [is_timestamp(p.text) for p in lines]  # (read once: used below thrice)
        # Calendar dates heading entries, two or more: a programme or a chronology
        # ("الإثنين 17 مارس" / "أمسية شعرية ..." ... "الثلاثاء 18 مارس" / "عرض مسرحي ...").
        headings = [
            i
            for i in range(n - 1)
            if stamped[i]
            and dated_heading(lines[i].text)
            and (
                entry_line(lines[i + 1].text)
                or _introduces_list(lines[i + 1].text)
                or _SCHEDULE_ENTRY_RE.match(lines[i + 1].text)
            )
        ]
        series = set(headings) if len(headings) >= 2 else set()
        if series:
            # In a series, a dated heading over a shorter entry is one of them too (a
            # diary: "السبت 9 ذي الحجة" / "عرفات. يوم العمر.")
            series.update(
                i
                for i in range(n - 1)
                if stamped[i]
                and dated_heading(lines[i].text)
                and lines[i + 1].text.rstrip().endswith((".", "!", "؟", "?"))
            )
        for i, p in enumerate(lines):
            if i in ann or i in series:
                continue  # a date the article lists ("... كالتالي:" / "الأحد 12/5/2024")
            if wrapped_after(doc, lines, i):
                continue  # the end of a sentence wrapped from the line above ("... 3" / "جوان 2024.")
            if (
                i < _HEAD_LINES
                and ("،" in p.text or "في" in p.text or p.text.rstrip().endswith(("-", "–", "—")))
                and place_dateline(p.text)
                and head_line(lines, i)
            ):
                yield line_finding(
                    self,
                    p,
                    text,
                    f"a dateline (a place and a date) on a line of its own: {quote(p.text)}",
                )
                continue
            if stamped[i]:
                if (
                    i > 0
                    and not stamped[i - 1]
                    and _CARD_FIELD_RE.fullmatch(p.text)
                    and _CARD_FIELD_RE.fullmatch(lines[i - 1].text)
                ):
                    continue  # a card's field under another ("إخراج: ..." / "الطرح: الخميس 6 مارس.")
                # A date between two paragraphs of prose is a sub-heading (a chronology:
                # "7 أكتوبر 2023" followed by the day's events), not a stray timestamp.
                # (The paragraph before ends like a sentence: a headline does not, and a
                # timestamp under the headline is the page's: "منذ ساعتين".)
                if (
                    1 < i < n - 2
                    and all(len(lines[k].text.split()) >= 10 for k in (i - 1, i + 1))
                    and lines[i - 1].text.rstrip().endswith(_SENTENCE_ENDS)
                ):
                    continue
                # The same in a short chronology or a schedule: a date introduced by a line
                # ending in ":" or by an entry, heading a sentence of its own ("أبرز
                # المحطات:" / "7 أكتوبر 2023" / "شنت حماس هجوما ..."). Sidebar timestamps
                # sit above headlines, which end in no full stop.
                if i > 0 and i + 1 < n and entry_line(lines[i + 1].text):
                    before = lines[i - 1].text.rstrip()
                    # (a headline asking a question is no entry: "... هل تصمد البطارية؟")
                    headline = before.endswith(("؟", "?")) and head_line(lines, i - 1)
                    if dated_heading(p.text) and (
                        before.endswith((":", "：")) or (entry_line(before) and not headline)
                    ):
                        continue
                    # a relative date heading the last entry of a chronology of dates
                    # ("12 أكتوبر 2024" / entry / ... / "منذ 3 أشهر" / entry)
                    if (
                        i >= 2
                        and entry_line(before)
                        and dated_heading(lines[i - 2].text)
                        and stamped[i - 2]
                    ):
                        continue
                yield line_finding(
                    self,
                    p,
                    text,
                    f"a line holding only a date or time (sidebar or metadata timestamp): "
                    f"{quote(p.text)}",
                )
