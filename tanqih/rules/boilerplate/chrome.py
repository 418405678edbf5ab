"""BLP001 page chrome, the lists an article announces and the head of an article.

The three depend on each other and so share a module: BLP001 leaves alone the items of a
list the article announces (:func:`announced`), and a list is announced by a line that is
neither page furniture as BLP001 sees it with its built-in phrases nor furniture of an
article's head (``_head_furniture``). The other rules ask here whether a line is page
chrome (:func:`chrome_line`), an item of an announced list (:func:`announced`,
:func:`inside_lists`) or in the head of the article (:func:`head_line`). What needs no
view of page chrome is in ``chrome_patterns`` and ``announcing``.
"""

from __future__ import annotations

import functools
import re

from tanqih.linter.analysis import Analysis, Span
from tanqih.linter.arabic import LETTERS, strip_marks
from tanqih.linter.findings import Edit
from tanqih.rules.boilerplate.announcing import (
    _ends_announcing,
    _furniture_header,
    _listable,
    _named_item,
    _prose_line,
    _site_blocks,
    _titled_item,
)
from tanqih.rules.boilerplate.byline_shapes import (
    _BARE_BYLINE_RE,
    _DASH_SPLIT_RE,
    _LABEL_LINE_RE,
    _post_meta,
    caption_line,
    letterhead,
)
from tanqih.rules.boilerplate.chrome_patterns import (
    _AD_SLOTS,
    _COMMENT_POLICY_RE,
    _CONSENT,
    _COOKIE_KEY_RE,
    _COPYRIGHT_RE,
    _COPYRIGHT_SIGN_RE,
    _DISCLAIMER_RE,
    _FOLLOW_RE,
    _INFO_ONLY_RE,
    _MORE_FROM_RE,
    _NOT_OUR_VIEW_RE,
    _PORTAL_RE,
    _REF_MARK_RE,
    _RELATED_SHAPE_RE,
    _RIGHTS_AFTER_NAME_RE,
    _SITE_OWN_RE,
    _SMS_RE,
    _SMS_VERB_RE,
    _SOURCE_NOTE_RE,
    _SUBSCRIBE_RE,
    _WIKI_EDIT_RE,
    _WIKI_REF_LINE_RE,
    _WIKI_SECTIONS,
    LIST_MARK_RE,
    _breadcrumb,
    _related,
    cookie_banner,
)
from tanqih.rules.boilerplate.datelines import (
    COUNTER_RE,
    END_TAIL_RE,
    before_bar_date,
    entry_line,
    is_timestamp,
    place_dateline,
)
from tanqih.rules.boilerplate.export_lines import export_line, running_heads
from tanqih.rules.boilerplate.furniture_shapes import (
    CHAPTER_HEADINGS,
    CHAPTER_RE,
    CUE_RE,
    DIGIT_RE,
    EMOJI_LEAD_RE,
    ENUM_RE,
    INDEX_ENTRY_RE,
    LAST_SENTENCE_END_RE,
    MARKS_RE,
    MAX_HEADLINES,
    PAGE_NUMBER_RE,
    POST_AGE_RE,
    RELEASE_HEADERS,
    VOTE_BUTTONS,
    clock_seconds,
    counter_kind,
    headline_like,
    link_row,
    one_item_ticker,
    page_mark,
    phone_line,
    poll_option,
    poll_question,
    section_label,
    section_path,
    service_number,
    shape_furniture,
    single_rate,
    widget_line,
)
from tanqih.rules.boilerplate.page_context import SCORE_RE, related_header, team_name, widget_title
from tanqih.rules.boilerplate.platform_lines import card_field, score_line, video_title
from tanqih.rules.phrases import (
    LEADING_LINK_RE,
    PHRASE_OPTIONS,
    PhraseRule,
    byline_labels,
    content_lines,
    delete_line,
    hard_wrapped,
    has_sentence_punct,
    pkey,
    quote,
    strip_span,
    word_count,
    wrapped_after,
)
from tanqih.rules.sentence_shapes import conjunction_led, verb_like

# ----------------------------------------------------------------------------------------
# BLP001 page chrome
# ----------------------------------------------------------------------------------------


# Words without which no line is a follow or subscribe line (a cheap test first).
_FOLLOW_HINT_RE = re.compile("تابع|اتبع|ollow|اشترك|انضم|حمل|نزل|سجل|شاهد")
# A line that is one quotation whole, closing mark at its end ("«...»", "“...”.").
_QUOTED_LINE_RE = re.compile(r'^\s*(?:«[^«»]+»|“[^“”]+”|"[^"]+")[.،:]?\s*$')
# The end of the last sentence with the furniture glued to it, no space between
# ("... المنطقة.اقرأ أيضاً: ...").
# (the glued part may end with its own mark: "... الأسواق.اقرأ أيضا: كيف ...؟")
_GLUED_END_RE = re.compile(r"(?<=[^\W\d_])[.!?؟](?=[^\W\d_][^.!?؟]*[.!?؟]?\s*$)")
_REACHES_YOU_RE = re.compile(r"(?<!\S)(?:لي|لت)صل(?:ك|كم|كي|كن)(?!\S)")
_QUOTED_HEAD_RE = re.compile(r"^\s*(?:«[^«»]{2,80}»|“[^“”]{2,80}”)\s*[:：،,]?\s+\S")
_QUOTE_MARK_RE = re.compile(r'[«»“”"]')
# A verb reporting what someone said or decided: a sentence about a policy, not the policy.
_REPORTED_RE = re.compile(
    r"(?<!\S)و?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|أوضح|أوضحت|قررت|قرر)(?!\S)"
)
# The verb of a button or a link: an imperative no past verb shares ("اقرأ", "شاركي",
# "للمزيد"), or one it shares ("شاهد", "تابع") with what a button points to after it.
_BUTTON_VERB_RE = re.compile(
    r"^\W*(?:اقرأ|اقرا|إقرأ|اقرئي|شاركي|تابعي|شاهدي|حملي|اشتركي|انضم|انضموا|انضمي|اضغط|انقر|"
    r"للمزيد|المزيد|لمشاهدة|لقراءة|لمتابعة|للاشتراك|لتحميل|تحميل|زوروا|احجز|اطلب|تسوق)(?!\w)"
    r"|^\W*(?:شاهد|شاهدوا|طالع|تابع|تابعوا|شارك|شاركوا|حمل|حملوا|نزل|اشترك|اشتركوا|سجل|اكتشف|"
    r"جرب|استمع|استمعوا)\s(?=.*(?<!\w)(?:ال)?(?:مقال|خبر|فيديو|تقرير|حلقة|تطبيق|نشرة|الآن|هنا|"
    r"صديقاتك|أصدقائك|اصدقائك|كاملا|كاملة|مباشرة|البث|قناتنا|حسابنا|موقعنا|صفحتنا)(?!\w))"
)
# A thread's post number opening a line: "1/ ", "6/6 ".
_THREAD_NO_RE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})?\s+(?=\S)")
# The separator between a related-links header and its headline: a colon or an arrow
# ("اقرأ أيضا: ...", "اقرأ أيضا ⬅️ ...", "شاهد أيضا » ...").
_HEADER_SEP_RE = re.compile("\\s*(?:[:：]|[⬅←«»›>◄◂⇐]\ufe0f?)\\s*")


# One Arabic word closed by one full stop: a sentence, not a button or an end mark.
_ONE_WORD_SENTENCE_RE = re.compile(f"^\\s*[{LETTERS}][^\\s.]*\\.\\s*$")


def _header_and_title(line: str) -> tuple[str, str]:
    """(header, headline) of a line cut at its first separator in its first 40
    characters, or ("", "")."""
    m = _HEADER_SEP_RE.search(line, 0, 40)
    if m is None or m.start() == 0:
        return "", ""
    return line[: m.start()], line[m.end() :]


# What a follow line's channel is for, after the platform: "لمتابعة آخر الأخبار".
_PURPOSE_TAIL_RE = re.compile(
    r"\s+ل(?:متابعة|معرفة|مواكبة|مشاهدة|الاطلاع\s+على)\s+[^.!؟?\n]{0,40}$"
)
_LEAD_MARKS_RE = re.compile(r"^[^\w\"«“(]+")
_LINK_IN_TAIL_RE = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?|@\w+", re.I)
# A label of one to three words and a separator, then a text ("اقرأ أيضا: ...").
_LABEL_THEN_TEXT_RE = re.compile(r"^\s*\S+(?:\s+\S+){0,2}?\s*[:|›»]\s*\S")


class PageChrome(PhraseRule):
    """A line of page furniture: "read more", "share", "follow us", "next / previous", footers.

    **What it does**
    Flags a line that is only navigation or sharing furniture: "اقرأ أيضاً: ...",
    "تصفح المزيد", "شارك", "تابعونا على ...", "Next Previous", "جميع الحقوق محفوظة",
    a copyright line (also after a site's name: "Site © 2024 ..."), an SMS-subscription
    or "contact the writer" line, an opinion-page disclaimer ("... ولا تعبر بالضرورة عن
    رأي الموقع"), a counter ("0 تعليق"), a cookie notice and the consent button under it (or
    after it on the same line: "... الكوكيز لتحسين خدماتنا. إعدادات - أقبل"),
    comment-form notes, theme credits ("Powered by ..."). The phrases come from a data
    file (``chrome.txt``); a line matches when it is one of them (or a run of them, "Next
    Previous", "فيسبوك تويتر واتساب"), or starts with a phrase marked as a prefix ("اقرأ
    أيضاً" followed by a headline). A label phrase followed by a separator ("شاهد بالفيديو
    | ...") flags only the label. A long line ending like a sentence is never taken for
    furniture, unless it opens with a phrase marked to open furniture even as a sentence
    (a cookie notice). A listed phrase glued after the last sentence of a paragraph ("...
    بين البلدين. للمزيد اضغط هنا"; or of two words or more closed by a full stop of its
    own: "... أوسع. اقرأ أيضًا.") is flagged on its own, and so is a related-links
    header whose links were lost ("... للزلازل.اقرأ أيضا", "... المزيد من الإعلانات"),
    or a button's words glued to the last sentence with no space and no full stop of
    their own ("... وإتقان.شاركي المقال مع صديقاتك"; a verb that is also a past verb,
    "شاهد", only with what a button points to: "الفيديو", "الآن", "هنا").
    The numbers of a thread's posts opening their lines ("1/ ...", "2/ ...", "3/3 ...":
    in order, one with the count) are flagged and removed; clauses numbered "1/", "2/"
    without a count are left alone. A comment section's rules ("المرجو الالتزام
    بآداب الحوار، التعليقات المسيئة لن تنشر"; not a sentence that reports a site's
    policy: "وأعلنت المنصة أن التعليقات ...") is flagged too.

    Also by shape: a follow line naming the site ("تابعوا <site> عبر Google News", "تابع
    <site> على:": a follow verb, then only listed button names after the last على / عبر,
    or none when the buttons were pictures: "تابعوا <site> على");
    a link to a section ("المزيد من <section>", one or two words); a breadcrumb ("Site >
    Section > Headline", "الصفحة الرئيسية / ... / ..."); a line of counters ("348
    تعليقًا · 97 مشاركة", "👁 18.4K", "45,218 مشاهدة قبل 3 أسابيع", "عرض 389 تعليقًا
    آخر"; a lone count of shares or subscribers, "2.1 مليون مشترك", only beside other
    furniture); listed buttons with the age of a post among them ("أعجبني · رد · 1
    يوم"); a printed page's marks ("الصفحة 5", "التتمة في الصفحة 7", two or more index
    entries "... ص 12", a page number closing the text); a transcript cue in square
    brackets ("[موسيقى]", "[00:12:41]"); feed residue ("The post ... appeared first on
    ...", an Atom "tag:" id); a contact line (a label naming the channel, "البريد
    الإلكتروني:", "الهاتف:", "فيسبوك:", and only addresses or numbers after it; a phone
    number only after a phone label, and not between two paragraphs of a notice, where
    it is the number the notice gives; an address alone); a weather, currency or
    prayer-time strip ("الرباط 19° غائم", two rates or more between "|", two prayers
    with their times), one rate on a line of its own ("الدولار 47.35 جنيه", "الذهب عيار
    24: 289.75 درهم ▲"; not in a list of rates the article announces, "... على النحو
    الآتي:"); a call to join or visit the channel (an imperative, "قناتنا" or
    "القناة" with a second person or an emoji: "📌 لا تنسوا مشاركة القناة"); a blog
    platform's footer ("مدعوم من Blogger."), a blog comment's header ("فلان يقول..."),
    an archive entry ("▼ 2025 (38)"), a news ticker (a label, "عاجل", "آخر الأخبار",
    "مباشر", and two headlines or more between "|", "•", "◄" or "//"; or three longer
    headlines so strung without a label, or one headline after the label with another
    headline under the line; not headlines the article quotes in «»), a
    readers' rating widget (stars or a score out of 5 with the readers' average or
    votes, "★★★★☆ 4.2 (37 صوتا)"; a critic's own "التقييم: 4/5" is the article's), the
    row of its buttons ("1 2 3 4 5"), a count of the page's comments or views ("عدد
    التعليقات: 4"), a section label of the site above the article's first line of prose
    or below its last ("اقتصاد", "عربي ودولي", "أخبار لبنان", "الرياضة العالمية": only
    words of section names, or "أخبار" / "شؤون" and one or two words; not when the
    article writes the same words elsewhere: then it is its title or topic) or a section
    and its subsection there ("اقتصاد | شركات", "رياضة › البطولة الاحترافية"), or a
    row of links there (a menu, a breadcrumb or the article's tags: three or more items of
    one to three words joined by "|", "·", "›", "‹", "←", " / " or after a menu's "☰", or
    four joined by "،", " - " or " — " with no label; a
    row after a tag label, "الوسوم: ...", is BLP009's), the page's reading time
    ("دقيقتان للقراءة", "زمن القراءة: 2 دقيقة"), a video's label before its title
    ("فيديو: ... | 01:42"), the fields of a byline box ("Author, ...", "Role, ..."), a
    paywall prompt ("... قم بالترقية إلى الاشتراك المميز"; not in quotation marks), an
    exchange-rate widget's row ("USD/EGP 47.35"), an affiliate disclosure ("قد نحصل على
    عمولة ..."), the line a social network prints over an embedded post ("Posted by ...
    on Tuesday, March 12, 2024"), the marks around linked headlines inside the article
    ("list 1 of 3" over each, "end of list"; the headlines under them go too), a
    match's score box above the article (a team, "4 - 1", the other team, its state), the
    title of a widget over its row ("مواقيت الصلاة - نواكشوط", "الطقس الآن:"; three
    words at most besides its place), an invitation to a channel "so that the news
    reaches you" ("... على واتساب ليصلكم كل جديد"; any short line where the site tells
    the reader what will reach them: "فعّل التنبيهات لتصلك ..."), a footer's row of listed
    links after
    the site's name and motto ("<site> — ... | أعلن معنا | اتصل بنا"), a
    link to a recording, a video or a gallery with its length or size ("🎧 استمع إلى
    التقرير (01:32)", "📷 معرض الصور (12 صورة)"), a note that the page informs and does
    not advise ("... لأغراض التثقيف فقط ولا تغني عن استشارة الطبيب"), the site's contacts
    in a footer row (an e-mail, a telephone or a post box among short segments between
    "|"), a read-also header with its headline glued after the paragraph's last sentence,
    with a space or none ("... دمشق. اقرأ أيضا: ...", "... المنطقة.اقرأ أيضا: ..."), or
    glued there a follow line or a line of furniture by its shape ("... الأمومة. اشتركي في
    نشرتنا البريدية لتصلك ...", "... استمع إلى هذا التقرير 🎧 03:40"), a
    market ticker (a number beside ▲ / ▼, "برنت 67.84$ ▲ 0.9%"), a teaser ending in the
    media it links to ("... (فيديو)"), a place and the site's name in guillemets on a
    line of their own ("دبي - «<site>»"), a follow or subscribe line naming the site's
    own channels ("تابع آخر الأخبار عبر قناتنا على واتساب", "... على تطبيق الموقع"), a
    disclaimer that the site bears no responsibility or gives no investment advice
    ("تنويه: ... ولا يتحمل الموقع مسؤولية ...", "... لا تعد توصية بالشراء"), a "watch
    ... بالفيديو" teaser, a "click
    here" line, a download link with the
    file's type or size, the who's-online box, a login note under comments, an
    aggregator's note ("تنويه: ... ولا يعبر عن رأي الموقع", or without a label: "...
    لا تعبّر بالضرورة عن رأي المنصة"); what an export to text adds: a printed paper's
    running head with its issue number ("<paper> - العدد 218 - الخميس 7 نوفمبر 2024 -
    4", "<paper> | محليات | العدد (4512) الثلاثاء 23 تموز 2024", or the issue and its
    date alone: "العدد 1873 | الخميس 18 يناير 2024"; a head of two to four short parts
    written twice or more in the text, "<paper> | مجتمع", or once as the first line
    with a date, "<paper> — ثقافة — الأحد 19 نوفمبر 2023"), a page number between
    dashes ("- 4 -") or under its word ("صفحة 1 من 2"), where a story goes on ("التتمة
    ص 7", between two halves of a hard-wrapped sentence too), the rest of an article carried over
    from another page ("تتمة المنشور ص 6: ..."), a browser's print header and footer
    (the date and the page's title; its address and "1/2"), an e-mail's header lines
    ("From:", "Subject:") and its view-in-browser, preferences and unsubscribe lines, a
    newsletter's greeting, its digest's introduction and its farewell, and its address
    with a post box ("<newsletter>، ص.ب 20451، المنامة، ..."; "صباح الخير،
    أهلاً بك في نشرة الظهيرة ...", "عزيزي القارئ، إليك أبرز ما نتابعه اليوم:", "شكراً
    لقراءتك، نراك في نشرة الغد."; not a greeting in a transcript, "أهلا بك وبالسادة
    المشاهدين."); the site's contacts between bars, dashes or bullets ("هاتف: ... -
    فاكس: ... - البريد: ..."); a source with its story's age ("المصدر: <agency> · منذ 45
    دقيقة", "نقلاً عن <site> - قبل ساعتين"); a
    counter under its label ("قراءة: 1843", "تمت قراءة هذا الخبر 3,412 مرة"), the
    numbers to call to subscribe or advertise, a poll's question to the reader
    ("استطلاع: هل تؤيد ...؟"; a headline with a poll's results is left alone) and a
    poll's question over its results, options whose shares add up to 100 ("نعم 34%" /
    "لا 52%" / "لا أدري 14%"; not under a line announcing them), a
    match's score box with its state after a bar ("النجم 3 - 2 الوحدة | انتهت
    المباراة") or in brackets ("... 2 - 0 ... (انتهت)"), a ticker of scores ("مباشر:
    ... 1 × 2 ... - د 74", "النتائج: ... 88 - 81 ... | ... 95 - 87 ..."; not a half's
    score in a match report, "الشوط الأول: ... 1 - 0 ..."), a results widget (two scores
    or more on lines of their own, under their title "نتائج الجولة" or none; not under
    a line announcing them), a comment form flattened to one line ("الاسم * البريد
    الإلكتروني * التعليق *"), a match's statistics ("الاستحواذ: 58% - 42%"), a post's meta
    row with a reading time or a count ("منذ 3 ساعات · 2,431 مشاهدة"), a channel's
    schedule under its label ("جدول البرامج: 20:00 ... | 21:00 ..."), a forum's BBCode
    picture or link ("[IMG]...[/IMG]"), a sponsor and its offer after a dash ("برعاية
    <bank> — ..."), a question to the reader with its buttons ("هل أعجبك هذا المقال؟
    نعم / لا"), a call to advertise with the number ("للإعلان ... اتصلوا على ..."), a
    note that comments are their writers' ("... تعبر عن أصحابها ولا تعبر عن ..."), the
    rights reserved after the site's name ("<site> - جميع الحقوق محفوظة 2025"), what a
    sponsor pays for ("التغطية برعاية <company>"), a listen-now or watch-now button, a
    forum member's card ("تاريخ التسجيل: ... | المشاركات: 6,418 | الإقامة: ...", or a
    field a line), a poll's options with their radio buttons ("○ ...") under its question
    (checkboxes, "☐ ...", only under a question: under a title they are a checklist),
    a WhatsApp export's message header with nothing after it ("[14/05/2024، 7:12 ص]
    <name>:"), a wire message's number and time in Arabic letters ("(أ ش د) 1402 غ ت"),
    a blog's comments heading ("5 تعليقات على "..."", "12 فكرة حول "...""), a blog
    post's date and author with its comment link ("نشرت في ... بواسطة <name> — اترك
    تعليقاً"), a language switcher ("English | العربية"), an author's meta row with
    minutes and a date ("فريق <site> · 4 دقائق · تحديث ..."), the site, its writer and
    the story's age ("<site> - <name> - منذ 5 ساعات"), an Instagram post's header
    ("<account> ✔️ • متابعة") and its likes ("1,284 تسجيل إعجاب"), a countdown ("12
    يوماً 04 ساعات 37 دقيقة"), the site's name closing the headline after a bar, or
    after a dash when the site names itself on a short line too ("... - <site>" and "©
    <site>"; not a place only the prose names), the site's masthead at the top of the
    page when its footer names the site the same way ("مختبر التقنية" and "© 2025 مختبر
    التقنية"; "جريدة <site>" and "© <site>"), with a letterhead above it ("الجمهورية
    التونسية"), its motto under it ("صحيفة أسبوعية تصدر عن ..."; not a headline that
    opens with the site's name) and a place with its name on a line of their own ("صلالة
    - <site>"), a link or a button ending with an arrow ("احجز استشارة مع طبيب الآن ←",
    "المواصفات الكاملة ›"), the app stores' badges ("متوفر على App Store و Google
    Play"), a comment section's counter ("الردود (23)"), a short call to act with no
    mark at its end, in an imperative that is no past verb ("احجز موعدك الآن", "اضغط
    هنا") or speaking to the reader ("شارك برأيك في التعليقات", "أرسل سؤالك"; not
    "اشترك في القناة آلاف المشاهدين", "شاهد الجمهور ..."), items of a breaking-news ticker ("عاجل |
    ..." on two lines or more; one alone may be the article's own headline), a file
    attached with its size ("<name>.pdf (356 ك.ب)"); a wire message's teleprinter
    markers and slug ("ZCZC", "NNNN", "... / 240415 GMT 0932"), a feed's labels and its Arabic footer ("Posted on:", "ظهرت
    المقالة ... أولاً على ..."), a Telegram export's post header and a post's reactions
    ("👍 412 😢 37"), a handle or a sound's credit left by an embedded video, the site's
    name with its motto ("<site> - يومية عربية مستقلة ..."), a paywall counting the free
    articles left; a line closed by a donation or subscription button ("...
    ادعمونا بتبرع شهري ← تبرّع الآن"), an invitation to download the app ("...
    نزّل تطبيق <site> الآن"), an aggregator's "... غير مسؤول عن محتواه", a cookie
    notice's row of buttons ("أوافق | اعرف المزيد"), a sponsor's line under its label
    ("برعاية: <bank> — ..."; not "برعاية وزير الثقافة، ..."), a feed dumped field by
    field ("title:", "link: ...", "dc:creator: ..."); a forum's, a search engine
    cache's, a web archive's and a printer-friendly page's own lines (``chrome.txt``).
    In a hard-wrapped text (no line wider than about 110 characters, three lines or
    more stopping inside a sentence) a line that goes on a sentence from the line above
    is left alone ("... خطوط المياه والقناة" / "الرئيسية، بعد ...") unless
    the line above is furniture (its rest is flagged with it; a printed page's head or
    number between two halves of a sentence is flagged all the same), and a page
    number on a line of its own is flagged anywhere. By the lines around it: the
    chapters of a video (three or more "0:00 title" lines, the times rising, under a
    chapters heading, "الفصول:", "⏱️ محتوى الحلقة", or beside other furniture of a video
    page: a counter or a button right before or after them; a short heading ending in
    ":" above them goes with them), a poll (a question, its short options and the
    vote button; or a question and a "نعم ... | لا ..." line), a press release's header
    ("بيان صحفي") beside other furniture ("للنشر الفوري", a dateline). Under a header of a block of links
    to other articles (``related.txt``: "مقالات ذات صلة", "الأكثر قراءة", "اقرأ أيضاً:",
    "محتوى مدفوع", "المزيد من <section>" ...; a kind of item the site lists, "other" or
    "that may interest you": "تغطيات أخرى من <site>", "وصفات قد تعجبك"; or one with up
    to three words after it:
    "الأكثر قراءة في الرأي") placed after some prose of the article (in
    the menu above it a header opens no list), each short title-like line (4 to 15 words,
    2 under a wiki page's links section; no full stop or colon at its end, no second
    sentence, not opening with و / ف; six words or more inside the article, where a
    short sub-heading of the article may follow the box) is a headline of another
    article, up to the first
    other line (at most 12; date lines between them are BLP002's and do not end the
    list). Wiki pages: the frame ("من ويكيبيديا، الموسوعة الحرة",
    "اذهب إلى التنقل", the last-edited and licence lines, "لمعانٍ أخرى، طالع ...
    (توضيح)"), the reference list ("^ ..."), a run of portal links ("بوابة ..."), the
    heading of a references or links section with its edit link ("مراجع[عدل]") and the
    links under it, and inside a line the edit link ("[عدل]") and reference marks glued to
    a word or a full stop ("...الحرة.[1]"), unless the text lists that note on a line of
    its own ("[1] الجبوري، سعاد. ..."): an article's references.

    A line that is one quotation whole ("«نستخدم ملفات تعريف الارتباط ...»"), or that opens
    with one ("«جميع الحقوق محفوظة»: عبارة ..."), quotes the words, and is not furniture by
    them. A listed word or two ending in ":" between two lines of prose labels what follows
    ("القائمة:" over a shopping list the article gives). A list the article announces is its
    own (a line of its prose ending in ":" or in
    "التالي / الآتي / كما يلي", not a furniture header such as "اقرأ أيضا:" or
    "للاستفسارات الإعلامية:", nor the site speaking of itself or to its reader:
    "عبر حساباتنا التالية:", "البودكاست الخاص بنا", "العناوين التي قد تهمكم", "آراء
    القراء"): its weather, rate, count, contact and date lines, platform names, the cues
    of a transcript it quotes, the poll whose result it reports, the clock lines of a
    timeline are left alone, and so is a related-links header right under the announcing
    line ("... على النحو التالي." / "الأكثر قراءة": the caption of the list). The list
    ends at a line of narrative prose or at furniture known by its words ("شارك"). A
    short line where the site announces its own pages or accounts ("يمكنكم متابعة آخر
    أخبارنا عبر حساباتنا التالية:", "ننصحكم بمطالعة التقارير التالية من أرشيفنا:",
    "العناوين التي قد تهمكم:") is furniture with its short items, up to a line of prose;
    not when a source the article quotes or names speaks ("وقالت الشركة في بيانها:
    «نعلن عن منصاتنا التالية:»"): its "we" is not the site's.

    **Why is this bad?**
    Scrapers keep the links and buttons around an article as lines of text. They are not
    part of the article, repeat across every page of a site, and teach a model or a search
    index that news text ends with "شارك".

    **Example**
    انتهى الاجتماع دون اتفاق.
    تصفح المزيد
    جميع الحقوق محفوظة

    **Use instead**
    انتهى الاجتماع دون اتفاق.

    **Fix safety**
    Unsafe: the line (or the label, the edit link, the reference mark) is deleted, and a
    phrase list can be wrong for a site.

    **Options**
    ``extend-phrases`` adds phrases (``"phrase"`` whole line, ``"phrase *"`` prefix,
    ``"phrase **"`` prefix even of a full sentence); ``phrases-file`` replaces the built-in
    list with your own file. The related-links headers (``related.txt``) are built in.
    """

    code = "BLP001"
    name = "page-chrome"
    family = "boilerplate"
    fix = "unsafe"
    data_file = "chrome.txt"
    options = dict(PHRASE_OPTIONS)

    def match(self, line: str) -> int | None:
        """None, or the offset in ``line`` where the furniture ends (len: the whole line)."""
        whole = len(line)
        if _COPYRIGHT_RE.match(line) or _WIKI_REF_LINE_RE.match(line):
            return whole
        if "©" in line or "(c" in line.lower():
            if _COPYRIGHT_SIGN_RE.search(line) and len(line.split()) <= 14:
                return whole
        if len(line) < 200 and (_DISCLAIMER_RE.search(line) or _SOURCE_NOTE_RE.search(line)):
            return whole
        if "محفوظة" in line and len(line.split()) <= 14 and _RIGHTS_AFTER_NAME_RE.match(line):
            return whole  # "<site> - جميع الحقوق محفوظة 2025"
        if (
            len(line) < 200
            and ("بالضرورة" in line or "مسؤول" in line or "أصحابها" in line or "كتابها" in line)
            and not _QUOTE_MARK_RE.search(line)
        ):
            if _NOT_OUR_VIEW_RE.search(strip_marks(line)):
                return whole
        if (
            len(line) < 250
            and _INFO_ONLY_RE.search(strip_marks(line) if MARKS_RE.search(line) else line)
            and '"' not in line
            and "«" not in line
        ):
            return whole  # "... لأغراض التثقيف فقط ولا تغني عن استشارة الطبيب"
        if (
            len(line) < 160
            and ("تعليق" in line or "آداب" in line)
            and _COMMENT_POLICY_RE.search(strip_marks(line))
            and not _QUOTE_MARK_RE.search(line)
            and not _REPORTED_RE.search(line)
        ):
            return whole  # a comment section's rules (not a report on a site's policy)
        if len(line) < 30 and (COUNTER_RE.match(line) or LIST_MARK_RE.match(line)):
            return whole
        if cookie_banner(line):
            return whole  # "هذا الموقع يستخدم الكوكيز ... | أوافق"
        if shape_furniture(line):
            return whole
        if _QUOTED_LINE_RE.match(line) or _QUOTED_HEAD_RE.match(line):
            # a notice the article quotes whole ("«نستخدم ملفات تعريف الارتباط ...»"), or a
            # line that opens by quoting it ("«جميع الحقوق محفوظة»: عبارة يكتبها الجميع")
            return None
        n_words = line.count(" ") + 1  # an upper bound of the word count
        if n_words > 40:
            n_words = len(line.split())
            if n_words > 40:
                return None
        lead = LEADING_LINK_RE.match(line) if "@" in line[:80] or ":" in line[:12] else None
        skip = lead.end() if lead else 0
        body = line[skip:]
        sentence_like = body.rstrip().endswith((".", "!", "?", "؟"))
        if sentence_like and body.rstrip()[-1] in "?؟" and _LABEL_THEN_TEXT_RE.match(body):
            sentence_like = False  # a linked headline after its label: "اقرأ أيضا: كيف ...؟"
        if n_words <= 12:
            key = pkey(body)
            if not key:
                return None
            if n_words == 1 and sentence_like and _ONE_WORD_SENTENCE_RE.match(body):
                return None  # a story's beat, "انتهى."; a press release ends "-انتهى-"
            if self.phrases.segments(key):
                return whole
            if " " in key and DIGIT_RE.search(key):
                # the age of a post among the buttons: "أعجبني · رد · 1 يوم"
                bare = POST_AGE_RE.sub(" ", key).strip()
                if bare and bare != key and self.phrases.segments(" ".join(bare.split())):
                    return whole
        elif sentence_like:
            # a long line ending like a sentence is prose for the prefix phrases, except
            # the few that open furniture even as a sentence (a cookie notice)
            key = pkey(body[:80]) if self._strong_first(body) else ""
        else:
            full = pkey(body)
            key = full if len(body) <= 80 else pkey(body[:80])
            if n_words <= 24 and self.phrases.segments(full):
                # a long row of buttons, every word of it listed ("مشاركة البريد الإلكتروني
                # كتابة مدونة حول هذه المشاركة المشاركة على X ...")
                return whole
        # A prefix phrase opens a link or a button, not a sentence: a long line ending
        # like a sentence ("شارك على مدى يومين ... في المؤتمر.") is prose.
        hit = None
        if n_words <= 20:
            head, title = _header_and_title(body)
            if title and pkey(head) in _related() and headline_like(title, 2):
                return whole  # a related-links header and its linked headline on one line
        if key:
            hit = self.phrases.prefix(key, body, strong_only=n_words > 6 and sentence_like)
        if hit:
            end = skip + hit[1]
            return whole if end >= len(line.rstrip()) else end
        if n_words <= 14 and self._follow_line(body):
            return whole
        if "|" in body and self._chrome_row(body):
            return whole
        if (
            n_words <= 20
            and _REACHES_YOU_RE.search(body)
            and not _QUOTE_MARK_RE.search(body)
            and not body.rstrip().endswith(".")
        ):
            return whole  # the site to its reader: "فعّل التنبيهات لتصلك تحذيرات الطقس"
        if n_words <= 4 and _MORE_FROM_RE.match(body):
            return whole
        if n_words <= 5 and _RELATED_SHAPE_RE.match(key):  # (key is pkey(body) here)
            return whole  # a related-links header by its shape: "قضايا ذات صلة:"
        if n_words <= 25 and _breadcrumb(body):
            return whole
        if (
            n_words <= 30
            and not (sentence_like and n_words > 12)  # a news sentence about an SMS service
            and ("رسال" in line or "sms" in line.lower())
            and _SMS_RE.search(line)
            and _SMS_VERB_RE.search(line)
        ):
            return whole
        return None

    def _chrome_row(self, body: str) -> bool:
        """A footer's row: two or more segments between "|" that are listed furniture
        ("أعلن معنا | اتصل بنا"), beside at most one other short one (the site's name and
        motto: "عالم المحركات — مجلة السيارات الأولى عربيا | أعلن معنا | اتصل بنا")."""
        parts = [x for x in body.split("|") if x.strip()]
        if len(parts) < 3 or body.rstrip().endswith((".", "!", "؟", "?")):
            return False
        known = sum(1 for x in parts if (k := pkey(x)) and self.phrases.segments(k))
        return known >= 2 and known >= len(parts) - 1 and all(len(x.split()) <= 8 for x in parts)

    def _strong_first(self, body: str) -> bool:
        """Does the line open with the first word of a phrase that opens furniture even as
        a full sentence (`` **`` in the data file)?"""
        first = self.phrases.strong_first
        return bool(first) and pkey(body.lstrip()[:30].split(" ", 1)[0]) in first

    def _follow_line(self, line: str) -> bool:
        """A follow line ("تابعوا <site> على Google News"): a follow verb, then only buttons
        after the last على / عبر (or a colon: "تابع <site> على:"). The past tense "تابع"
        ("he followed") opens prose too: with it the line must not end like a sentence and
        at most four words come before the preposition."""
        if not _FOLLOW_HINT_RE.search(line):
            if not MARKS_RE.search(line):
                return False
            line = strip_marks(line)  # "حمّل تطبيقنا": the shadda hides the verb
            if not _FOLLOW_HINT_RE.search(line):
                return False
        if (
            (_SITE_OWN_RE.search(line) or _REACHES_YOU_RE.search(line))
            and _SUBSCRIBE_RE.match(_LEAD_MARKS_RE.sub("", line))
            and not line.rstrip().endswith((".", "!"))
        ):
            # the site's own channels ("تابع آخر الأخبار عبر قناتنا على واتساب"), or a
            # channel "so that the news reaches you" ("... على واتساب ليصلكم كل جديد")
            return True
        m = _FOLLOW_RE.match(_LEAD_MARKS_RE.sub("", line))  # (after "📢 ", "👈 ")
        if m is None:
            return False
        tail = m.group(3).strip()
        if tail:
            # (the channel's link after the platform: "تيليجرام: t.me/<channel>")
            tail = _LINK_IN_TAIL_RE.sub(" ", tail).strip()
            # (and what the channel is for: "... على واتساب لمتابعة آخر الأخبار")
            tail = _PURPOSE_TAIL_RE.sub("", tail).strip()
            key = pkey(tail)
            if not key or not self.phrases.segments(key):
                return False
        elif not line.rstrip().endswith((":", "：")) and (
            m.group(1) in ("تابع", "اشترك", "انضم") or len(m.group(2).split()) > 3
        ):
            # (the buttons after the preposition were pictures: "تابعوا <site> على"; an
            # imperative or "us" verb, no prose ends on the preposition)
            return False
        if m.group(1) in ("تابع", "اشترك", "انضم") and (
            line.rstrip().endswith((".", "!")) or len(m.group(2).split()) > 4
        ):
            return False
        return True

    def _tail(self, line: str) -> int | None:
        """Offset of furniture glued after the last sentence of a line ("... البلدين.
        للمزيد اضغط هنا"): a whole listed phrase of at most six words, unpunctuated or
        (two words or more) closed by a full stop of its own ("... أوسع. اقرأ أيضًا."),
        or a related-links header with a colon and a headline ("... اقرأ أيضا: ...").
        A cue in brackets after the sentence is the report's ("... وبركاته". [تصفيق])."""
        base = max(0, len(line) - 160)  # a header and a headline fit: the scan stays bounded
        if "(" in line and END_TAIL_RE.search(line, base):
            return None  # a wire story's end mark, "(النهاية)": BLP007's credit
        m = LAST_SENTENCE_END_RE.search(line, base) or _GLUED_END_RE.search(line, base)
        if m is None:
            core = line.rstrip()
            if not core.endswith(".") or core.endswith(".."):
                return None
            # (the tail closed by a full stop of its own: "... أوسع. اقرأ أيضًا.")
            m = LAST_SENTENCE_END_RE.search(core[:-1], base)
            if m is None:
                return None
        glued = line[m.end() : m.end() + 1].isalpha()  # no space after the full stop
        # (only a glued tail may end with a mark of its own: the last sentence's end
        # above has none after it)
        tail = line[m.end() :].strip()
        if not tail or tail[-1] in ":،,":
            return None
        if ("»" in tail and "«" in line[: m.end()]) or ("”" in tail and "“" in line[: m.end()]):
            return None  # the end of a quotation: "وكتبت: «... أقوى.. لا يفوتكم»."
        head, title = _header_and_title(tail)  # (a related header and its headline)
        if title and 2 <= len(title.split()) <= 15 and pkey(head) in _related():
            # a linked headline after its header: "... دمشق. اقرأ أيضا: ...", "...
            # بالكامل.اقرأ أيضا: كيف تختار هاتفك؟"
            return m.end()
        if tail[-1] in ".!?؟":
            # a listed button or header closed by a full stop of its own, two words to
            # six ("... أوسع. اقرأ أيضًا.", "... النفاذ. شارك الخبر."; not "شارك." alone,
            # which may be a sentence)
            bare = tail[:-1].rstrip()
            if tail[-1] == "." and not bare.endswith(".") and 2 <= len(bare.split()) <= 6:
                key = pkey(bare)
                if key and (self.phrases.segments(key) or key in _related()):
                    return m.end()
            return None
        if glued and tail.count(" ") < 10 and _BUTTON_VERB_RE.match(strip_marks(tail)):
            # a button's or a link's words glued to the last sentence, unpunctuated
            # ("... وإتقان.شاركي المقال مع صديقاتك", "... الكريم.شاهد الفيديو كاملا")
            return m.end()
        n = len(tail.split())
        if CUE_RE.match(tail):
            return None  # the audience's response after a speech: "... وبركاته". [تصفيق]"
        if n <= 14 and (self._follow_line(tail) or shape_furniture(tail)):
            return m.end()  # "... الأمومة. اشتركي في نشرتنا ...", "... 🎧 03:40"
        if n > 6:
            return None
        key = pkey(tail)
        if key and (self.phrases.segments(key) or key in _related()):
            return m.end()  # (a related-links header whose links were lost: "... اقرأ أيضا")
        if n <= 5 and _MORE_FROM_RE.match(key):
            return m.end()  # "... المواسم. المزيد من الإعلانات"
        return None

    def check(self, doc):
        for _i, s, e, message, edits in self.scan(doc):
            yield self.finding(s, e, message, edits)

    def _video_chapters(self, texts: list[str], i: int, j: int) -> bool:
        """Are the clock lines ``texts[i:j]`` the chapters of a video: under a known
        chapters heading ("الفصول:", "⏱️ محتوى الحلقة"), or beside other furniture of a
        video page (a counter, a button or a call to subscribe right before or after
        them)? A timeline of the article ("0:00 الإقلاع", "1:54 انفصال المرحلة الأولى")
        has the same shape."""
        h = texts[i - 1] if i else ""
        if h and pkey(h) in CHAPTER_HEADINGS:
            return True
        around = [k for k in (i - 2 if h.rstrip().endswith((":", "：")) else i - 1, j) if k >= 0]
        for k in around:
            if k < len(texts):
                t = texts[k]
                end = self.match(t)
                if counter_kind(t) or (end is not None and end >= len(t.rstrip())):
                    return True
        return False

    @staticmethod
    def _named_in_text(texts: list[str], k: int) -> bool:
        """Is line ``k`` written word for word in another line of the article? Then it is
        the article's own title or topic ("الاقتصاد العالمي" over a story about the world
        economy, the name of a column the text refers to), not the site's section label."""
        phrase = texts[k].strip()
        pat = re.compile(f"(?<![{LETTERS}]){re.escape(phrase)}(?![{LETTERS}])")
        return any(pat.search(t) for j, t in enumerate(texts) if j != k)

    def _context(
        self, lines: list[Span], ann: dict | None = None, wrapped: bool = False
    ) -> dict[int, str]:
        """Furniture known by the lines around it: the chapters of a video (three or more
        "clock title" lines from 0:00 on, the times rising, under a chapters heading or
        beside other furniture), a poll (a question, its options and the vote button; or
        a question and "نعم ... | لا ..."), the index of a printed issue (two or more
        "title ص 12" lines), the page number closing a printed page, a lone count of
        shares or subscribers beside other furniture. Not in a list the article announces
        (:func:`announced`): a timeline, the result of a poll, the figures of a report."""
        ann = ann or {}
        out: dict[int, str] = {}
        texts = [p.text for p in lines]
        n = len(texts)
        i = 0
        while i < n:
            m = CHAPTER_RE.match(texts[i]) if texts[i][:3].strip()[:1].isdigit() else None
            if m is None or clock_seconds(m.group(1)) != 0:
                i += 1
                continue
            j, last = i, -1
            while j < n:
                m = CHAPTER_RE.match(texts[j])
                if m is None or len(m.group(2).split()) > 10 or m.group(2).rstrip().endswith("."):
                    break
                sec = clock_seconds(m.group(1))
                if sec <= last:
                    break
                last, j = sec, j + 1
            if j - i >= 3 and i not in ann and self._video_chapters(texts, i, j):
                for k in range(i, j):
                    out[k] = "a chapter of a video's description"
                h = texts[i - 1].strip() if i else ""
                if (
                    h
                    and len(h.split()) <= 3
                    and (h.endswith((":", "：")) or EMOJI_LEAD_RE.match(h))
                ):
                    out[i - 1] = "the heading of a video's chapters"
            i = max(j, i + 1)

        # (furniture that reads like prose, a ticker of headlines, is no article text)
        def article(k: int) -> bool:
            # (a date line with the number reads like prose: it is the page's)
            return (
                _prose_line(texts[k])
                and self.match(texts[k]) is None
                and not is_timestamp(texts[k])
                and not link_row(texts[k])  # (its separators count as words)
                and not one_item_ticker(texts[k])  # ("عاجل | ...": a breaking-news strip)
            )

        first = next((k for k in range(n) if article(k)), n)
        last = next((k for k in range(n - 1, first, -1) if article(k)), first)
        for k in range(min(first, _HEAD_LINES) - 1):
            # "عاجل | headline" above another headline: a ticker of one item
            if one_item_ticker(texts[k]) and (
                headline_like(texts[k + 1], 2) or link_row(texts[k + 1])
            ):
                out[k] = "a news ticker"
            # A match's score box above the article: a team, the score, the other team
            # (and the match's state: "انتهت")
            if (
                k
                and SCORE_RE.match(texts[k])
                and team_name(texts[k - 1])
                and team_name(texts[k + 1])
            ):
                box = [k - 1, k, k + 1]
                if k + 2 < first and len(texts[k + 2].split()) <= 2 and team_name(texts[k + 2]):
                    box.append(k + 2)
                for x in box:
                    out[x] = "a match's score box"
        k = 0
        while k < n:
            # a results widget: two scores or more on lines of their own ("الأهلي 1 - 1
            # بيراميدز" / "المصري 2 - 0 سموحة"), under its title ("نتائج الجولة") or none;
            # not under a line announcing them ("... على النحو الآتي:")
            j = k
            while j < n and score_line(texts[j]):
                j += 1
            if j - k >= 2 and k not in ann:
                title = k > 0 and len(texts[k - 1].split()) <= 4 and "نتائج" in texts[k - 1]
                above = texts[k - 1].rstrip() if k else ""
                if not above.endswith((":", "：")):
                    for x in range(k - 1 if title else k, j):
                        out[x] = "a results widget of the site"
            k = max(j, k + 1)
        k = 0
        while k < n:
            # a poll's options with their radio buttons ("○ فهد الشمري"), the question
            # above them and the poll's title above that ("استفتاء <site>"); and a forum
            # member's card a field a line ("تاريخ التسجيل: Mar 2016" / "المشاركات: 4,218")
            j = k
            while j < n and _RADIO_OPTION_RE.match(texts[j]):
                j += 1
            question = j - k >= 2 and k > 0 and poll_question(texts[k - 1])
            # (checkboxes under a title that asks nothing are a checklist: "قائمة سريعة
            # لحقيبة اليد" / "☐ جواز السفر")
            checklist = texts[k].lstrip()[:1] in _CHECKBOXES and not question
            if j - k >= 2 and k not in ann and not checklist:
                for x in range(k, j):
                    out[x] = "a poll of the page"
                if question:
                    out[k - 1] = "a poll of the page"
                    above = texts[k - 2] if k >= 2 else ""
                    if len(above.split()) <= 5 and ("استفتاء" in above or "استطلاع" in above):
                        out[k - 2] = "a poll of the page"
            if j == k:
                while j < n and card_field(texts[j]):
                    j += 1
                if j - k >= 2 and any(card_field(texts[x], core=True) for x in range(k, j)):
                    for x in range(k, j):
                        out[x] = "a forum member's card"
            k = max(j, k + 1)
        for k in range(n - 2):
            # a poll's question and its results, options with shares that add up to 100
            # ("هل تتوقع ...؟" / "نعم 34%" / "لا 52%" / "لا أدري 14%")
            if k not in ann and poll_question(texts[k]):
                j, total = k + 1, 0.0
                while j < n and (m := _POLL_SHARE_RE.match(texts[j])):
                    total += float(m.group(1).replace(",", "."))
                    j += 1
                if j - k > 2 and 98 <= total <= 102:
                    for x in range(k, j):
                        out[x] = "a poll of the page"
        for k in range(n - 1):
            # the title of a widget over its rows ("مواقيت الصلاة - نواكشوط", "الطقس الآن:",
            # "أسعار العملات اليوم (السوق الموازي)")
            if (
                k not in ann
                and k + 1 not in ann
                and widget_title(texts[k])
                and (
                    widget_line(texts[k + 1])
                    or (DIGIT_RE.search(texts[k + 1]) and self.match(texts[k + 1]) is not None)
                )
            ):
                out[k] = "the title of a widget"
        rate_run = (-1, -2)  # (the line above the current run of rates, its last rate)
        for k, t in enumerate(texts):
            if (
                (k < first or k > last)
                and k not in ann
                and (section_label(t) or section_path(t))
                and self.match(t) is None  # (a header of related links: its own reading)
                and pkey(t) not in _related()
                and not self._named_in_text(texts, k)
            ):
                out[k] = "a section label of the site"
                continue
            if (k < first or k > last) and k not in ann and link_row(t):
                out[k] = "a row of the site's menu or the article's tags"
                continue
            if len(t) > 90:
                continue
            key = pkey(t) if len(t) <= 20 else ""
            # a poll or a count in a list the article announces is its own
            listed = k in ann
            if not listed and single_rate(t):
                # one rate of the site's market ticker ("الدولار 47.35 جنيه"); an article's
                # own rates are a list it announces ("... على النحو الآتي:"), closed by
                # prose or not (the line above the run of rates, kept as the run goes on)
                if rate_run[1] != k - 1:
                    rate_run = (k - 1, k)
                rate_run = (rate_run[0], k)
                j = rate_run[0]
                if (
                    j < 0
                    or not texts[j].rstrip().endswith((":", "："))
                    or shape_furniture(texts[j])  # ("عزيزي القارئ، إليك أبرز ما نتابعه اليوم:")
                ):
                    out[k] = "a rate from the site's market ticker"
                continue
            if key in VOTE_BUTTONS and k >= 3:
                if listed:
                    continue
                j = k - 1
                while j >= 0 and k - j <= 6 and poll_option(texts[j]):
                    j -= 1
                if k - j > 2 and j >= 0 and poll_question(texts[j]):
                    for x in range(j, k + 1):
                        out[x] = "a poll of the page"
            elif "|" in t and k and poll_question(texts[k - 1]):
                if listed:
                    continue
                parts = [pkey(x).split() for x in t.split("|") if x.strip()]
                if (
                    2 <= len(parts) <= 5
                    and all(0 < len(x) <= 4 for x in parts)
                    and parts[0][0] == "نعم"
                    and any(x[0] == "لا" for x in parts[1:])
                ):
                    out[k - 1] = out[k] = "a poll of the page"
            elif t.rstrip()[-1:].isdigit() and "ص" in t and INDEX_ENTRY_RE.match(t):
                # (not the contents of a book or an issue the article announces: "...
                # على النحو الآتي:" / "المقدمة: ص 7")
                if not listed and any(
                    0 <= x < n
                    and texts[x].rstrip()[-1:].isdigit()
                    and "ص" in texts[x]
                    and INDEX_ENTRY_RE.match(texts[x])
                    for x in (k - 1, k + 1)
                ):
                    out[k] = "an entry of a printed issue's index"
            elif (k == n - 1 and k >= 2 or wrapped) and PAGE_NUMBER_RE.match(t):
                # (closing the text, or anywhere in a text exported from a PDF)
                if not k or not PAGE_NUMBER_RE.match(texts[k - 1]):
                    out[k] = "the number of a printed page"
            elif (t[:1].isdigit() and counter_kind(t) == 1) or key in RELEASE_HEADERS:
                if listed and key not in RELEASE_HEADERS:
                    continue
                what = "a press release's header" if key in RELEASE_HEADERS else "a counter"
                for x in (k - 1, k + 1):
                    if 0 <= x < n and (
                        counter_kind(texts[x]) == 2
                        or is_timestamp(texts[x])
                        or place_dateline(texts[x])
                        or (self.match(texts[x]) or 0) >= len(texts[x].rstrip())
                    ):
                        out[k] = what
                        break
        return out

    def scan(self, doc) -> list[tuple[int, int, int, str, list[Edit]]]:
        """(line index, start, end, message, edits) of every finding."""
        text = doc.text
        lines = content_lines(doc)
        out: list[tuple[int, int, int, str, list[Edit]]] = []
        header = ""  # the header of the block of links being read ("مقالات ذات صلة")
        items = 0
        cookie = False  # the line before was a cookie notice
        # A header opens a list of headlines only after some prose: at the top of a page
        # ("آخر الأخبار" in a menu) the next title-like line is the article's own.
        prose = False
        # Whether prose follows a line: a list inside the article (followed by prose)
        # takes only lines of six words or more as headlines, not a short sub-heading of
        # the article ("تفاصيل الخطة الجديدة") that may follow a "read also" box.
        prose_after = [False] * len(lines)
        for k in range(len(lines) - 2, -1, -1):
            u = lines[k + 1].text
            # (a numbered headline asking a question is an item of the list, not prose:
            # "2. كيف تتعاملين مع نوبات غضب طفلك؟")
            prose_after[k] = prose_after[k + 1] or (
                _prose_line(u) and not (ENUM_RE.match(u.lstrip()) and headline_like(u, 2))
            )
        whole_lines: set[int] = set()

        def whole(i: int, s: int, e: int, message: str) -> None:
            """A finding on the whole line, deleted with its line end."""
            out.append((i, s, e, message, [delete_line(text, s, e)]))
            whole_lines.add(i)

        ann = announced(doc)
        context = {**_site_blocks(lines), **self._context(lines, ann, hard_wrapped(doc))}
        for k in running_heads([p.text for p in lines]):
            context.setdefault(k, "a printed page's running head")
        tickers = [k for k, q in enumerate(lines) if "|" in q.text and one_item_ticker(q.text)]
        if len(tickers) >= 2:  # (one alone may be the article's own breaking headline)
            for k in tickers:
                context.setdefault(k, "an item of a breaking-news ticker")
        for i, p in enumerate(lines):
            if i and i - 1 not in whole_lines and not prose:
                prose = _prose_line(lines[i - 1].text)
            t = p.text
            s, e = strip_span(p)
            if i in context:
                whole(i, s, e, f"{context[i]}, not article text: {quote(t)}")
                header, items, cookie = "", 0, False
                continue
            if (
                wrapped_after(doc, lines, i)
                and not export_line(t.strip(), DIGIT_RE.search(t) is not None)
                and not page_mark(t.strip())
            ):
                # (a printed page's head or number between two halves of a sentence is no
                # part of it: "... تمويل" / "الأرقام ● تموز/يوليو 2023 ● 53" / "المشاريع ...")
                if i - 1 in whole_lines and len(t) <= len(lines[i - 1].text):
                    # the rest of a furniture line wrapped to this one ("تلقيت هذه الرسالة
                    # لأنك ... للإلغاء أرسل كلمة (إلغاء)" / "إلى 94444")
                    whole(
                        i,
                        s,
                        e,
                        f"the rest of page furniture wrapped from the line above: {quote(t)}",
                    )
                else:
                    cookie = False
                header, items = "", 0  # (a cookie notice goes on: its button may follow)
                continue  # the rest of a sentence wrapped from the line above
            section = ""
            if "[" in t:
                bare = _WIKI_EDIT_RE.sub("", t)
                if bare != t and pkey(bare) in _WIKI_SECTIONS:
                    section = bare.strip()
            if section:
                whole(i, s, e, f"heading of a wiki page's references or links section: {quote(t)}")
                header = section if prose and pkey(section) in _related() else ""
                items, cookie = 0, False
                continue
            end = self.match(t)
            if (
                end is not None
                and p.start + end >= e
                and header
                and items < MAX_HEADLINES
                and headline_like(video_title(t) or "", 4)
            ):
                # a linked headline of a video in the list ("بالفيديو: ..."): the list goes on
                items += 1
                whole(
                    i,
                    s,
                    e,
                    f"headline of another article listed under {quote(header, 30)}, "
                    f"not article text: {quote(t)}",
                )
                continue
            if end is not None and p.start + end >= e:
                if i in ann and (
                    _listable(t)
                    or (ann[i][0] == i - 1 and pkey(t) in _related())
                    or _named_item(t)
                    or _titled_item(lines[ann[i][0]].text, t)
                ):
                    # an item of a list the article announces ("... كالتالي:" / "الرباط
                    # 19° غائم", "واتساب" in a list of platforms), or the caption of that
                    # list ("الأكثر قراءة"), or the title of a text it quotes ("نص
                    # الإعلان:" / "إعلان")
                    header, items, cookie = "", 0, False
                    continue
                if (
                    0 < i < len(lines) - 1
                    and phone_line(t)
                    and (_prose_line(lines[i - 1].text) or service_number(lines[i - 1].text))
                    and _prose_line(lines[i + 1].text)
                ):
                    # a number to call inside a notice, between its paragraphs ("... منزل
                    # 18." / "هاتف: 99887766" / "وبهذه المناسبة الأليمة، ..."), or the
                    # last of the numbers it lists ("طوارئ الكهرباء: ١٧٦" / "خدمة واتساب
                    # للبلاغات: ٠٧٩..." / "وأوضحت البلدية ..."): a site's contacts sit in
                    # its footer, after the article's last paragraph
                    header, items, cookie = "", 0, False
                    continue
                if (
                    0 < i < len(lines) - 1
                    and t.rstrip().endswith((":", "："))
                    and len(t.split()) <= 2
                    and _prose_line(lines[i - 1].text)
                    and _prose_line(lines[i + 1].text)
                ):
                    # a label of the article's own between its paragraphs, what follows
                    # it prose ("... وقد أعدت لنا قائمة تسوق أسبوعية." / "القائمة:" /
                    # "البقوليات: كيلوغرام من العدس، ...")
                    header, items, cookie = "", 0, False
                    continue
                whole(i, s, e, f"page furniture, not article text: {quote(t)}")
                key = pkey(t)
                mark = LIST_MARK_RE.match(t)
                header = (
                    t.strip()
                    if prose
                    and (related_header(key) or _MORE_FROM_RE.match(t) or (mark and mark.group(1)))
                    else ""
                )
                items, cookie = 0, bool(_COOKIE_KEY_RE.search(key))
                continue
            if cookie and (
                pkey(t) in _CONSENT
                # (a row of them: "أوافق | اعرف المزيد")
                or all(
                    (k := pkey(x)) in _CONSENT or self.phrases.segments(k)
                    for x in t.split("|")
                    if x.strip()
                )
                and "|" in t
            ):
                whole(i, s, e, f"consent button of a cookie notice: {quote(t)}")
                cookie = False
                continue
            cookie = False
            if header:
                if is_timestamp(t):
                    continue  # a headline's date (BLP002's): the list goes on
                wiki = pkey(header) in _WIKI_SECTIONS
                least = 2 if wiki else 6 if prose_after[i] else 4
                if items < MAX_HEADLINES and headline_like(t, least):
                    items += 1
                    what = "link" if wiki else "headline of another article"
                    listed = f"listed under {quote(header, 30)}, not article text"
                    whole(i, s, e, f"{what} {listed}: {quote(t)}")
                    continue
                header = ""
            if _PORTAL_RE.match(t) and any(
                0 <= k < len(lines) and _PORTAL_RE.match(lines[k].text) for k in (i - 1, i + 1)
            ):
                whole(i, s, e, f"portal link of a wiki page: {quote(t)}")
                continue
            if end is not None:
                label_end = p.start + end
                shown = text[s:label_end].rstrip()
                out.append(
                    (
                        i,
                        s,
                        s + len(shown),
                        f"page furniture label opening the line: {quote(shown)}",
                        [Edit(s, label_end, "")],
                    )
                )
            else:
                # (not in a list the article announces: "... ص 6" closes an entry of an
                # issue's contents, "وجاء فهرس العدد على النحو الآتي:")
                cut = self._tail(t) if len(t) > 20 and i not in ann else None
                if cut is not None:
                    ts = p.start + cut
                    while text[ts - 1] in " \t":
                        ts -= 1
                    shown = text[ts:e].strip()
                    out.append(
                        (
                            i,
                            e - len(shown),
                            e,
                            f"page furniture closing the paragraph: {quote(shown)}",
                            [Edit(ts, e, "")],
                        )
                    )
            if "[" in t:
                out.extend(self._wiki_marks(text, p, i))
        out.extend(self._thread_numbers(text, lines))
        out.extend(_headline_suffix(text, lines, whole_lines))
        for k, what in list(_masthead(lines, whole_lines)):
            s, e = strip_span(lines[k])
            whole(k, s, e, f"{what}, not article text: {quote(lines[k].text)}")
        return out

    @staticmethod
    def _thread_numbers(text: str, lines: list[Span]):
        """The numbers of a thread's posts opening their lines ("1/ ...", "2/ ...", ...,
        "6/6 ..."): numbered 1, 2, 3 ... in order, three posts at least, one of them
        with the count after the slash. (A decision's clauses numbered "1/", "2/" have
        no count.)"""
        hits = []
        for i, p in enumerate(lines):
            if p.text[:1].isdigit() or p.text[:1] == " ":
                m = _THREAD_NO_RE.match(p.text)
                if m:
                    hits.append((i, p, m))
        if len(hits) < 3:
            return []
        numbers = [int(m.group(1)) for _, _, m in hits]
        counts = {int(m.group(2)) for _, _, m in hits if m.group(2)}
        if numbers != list(range(1, len(hits) + 1)) or counts != {len(hits)}:
            return []
        out = []
        for i, p, m in hits:
            s, e = p.start + m.start(1), p.start + m.end()
            shown = text[s:e].strip()
            message = f"a thread's post number opening the line: {quote(shown)}"
            out.append((i, s, s + len(shown), message, [Edit(s, e, "")]))
        return out

    def _wiki_marks(self, text: str, p: Span, i: int):
        """Edit links ("[عدل]") and reference marks ("[1]") of a wiki page inside a line."""
        t = p.text
        for m in _WIKI_EDIT_RE.finditer(t):
            ms, me = p.start + m.start(), p.start + m.end()
            shown = m.group().strip()
            yield (
                i,
                me - len(shown),
                me,
                f"edit link of a wiki page: {quote(shown)}",
                [Edit(ms, me, "")],
            )
        for m in _REF_MARK_RE.finditer(t):
            nums = _DIGITS_RE.findall(m.group())
            if nums and _notes(text).issuperset(nums):
                continue  # a note the article lists at its end ("المراجع:" / "[1] ...")
            ms, me = p.start + m.start(), p.start + m.end()
            yield (
                i,
                ms,
                me,
                f"reference mark of a wiki page: {quote(m.group())}",
                [Edit(ms, me, "")],
            )


_DIGITS_RE = re.compile(r"\d+")
_NOTE_LINE_RE = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]*\S", re.M)


@functools.lru_cache(maxsize=64)
def _notes(text: str) -> frozenset[str]:
    """The numbers of the notes a text lists, one a line ("[1] الجبوري، سعاد. ..."): an
    article's references, which its marks ("[1]") point to."""
    return frozenset(_NOTE_LINE_RE.findall(text))


# The site's name after the headline: "<headline> | <site>", "<headline> - <site>".
_SITE_SUFFIX_RE = re.compile(r"(?<=\S)\s+([|\-–—])\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*$")


# A menu or a path ("أخبار | مراجعات", "الرئيسية » تركيا"), or words spaced as a menu.
_MENU_SIGN_RE = re.compile(r"[|•·]|\s[»›>/]\s|\S\s{3,}\S")
# A label of one or two words opening a line: "كتب:", "بقلم:", "مستوى التنبيه:".
_LABEL_OPENING_RE = re.compile(r"^\s*[^\s:«“\"]+(?:\s+[^\s:«“\"]+){0,2}\s*:")


def _headline_suffix(text: str, lines: list[Span], taken: set[int]):
    """The site's name closing the headline (the first line among the first four of three
    words or more that is no menu or path and opens with no label): after a bar, or
    after a dash when the headline has no colon and the document names the site again
    on a short line (its footer or a byline: "... في صفاقس - شاشة" and "© شاشة"), not
    only in its prose (a place: "... – تبوك")."""
    for i in range(min(len(lines), 4)):
        if i in taken:
            continue
        p = lines[i]
        m = _SITE_SUFFIX_RE.search(p.text)
        head = p.text[: m.start()] if m else p.text
        if len(head.split()) < 3 or _MENU_SIGN_RE.search(head):
            continue  # a label, a menu or a path above the headline
        if m is None or _LABEL_OPENING_RE.match(head) or has_sentence_punct(head.rstrip()[-1:]):
            return  # the headline, or a byline ("كتب: فلان | محرر الأخبار") or prose
        name = m.group(2)
        if letterhead([head, name]):
            return  # an official notice's letterhead: "دائرة صحة بابل - قسم العقود"
        if m.group(1) != "|" and (
            ":" in head
            or len(name) < 3
            or not any(
                k != i
                and name in q.text
                and (len(q.text.split()) <= 12 or "©" in q.text or "حقوق" in q.text)
                for k, q in enumerate(lines)
            )
        ):
            return  # after a dash, the site names itself on a short line too (its footer)
        s, e = p.start + m.start(), p.start + m.end(2)
        yield (
            i,
            p.start + m.start(1),
            e,
            f"the site's name after the headline: {quote(m.group(1) + ' ' + name)}",
            [Edit(s, e, "")],
        )
        return


# The site's masthead: its name (and maybe its motto or its name in Latin letters, after
# a bar or a dot) on a line of its own at the top of the page.
_MASTHEAD_SPLIT_RE = re.compile(r"\s[|·•\-–—]\s|\s\|")
_MASTHEAD_KINDS = frozenset("جريدة صحيفة مجلة وكالة موقع قناة إذاعة راديو بوابة شبكة مؤسسة".split())
_NAME_WORD_RE = re.compile(f"[{LETTERS}]+")
# "<place> - <name>" alone on a line (one or two words of place, or "خاص").
_SITE_DATELINE_RE = re.compile(
    f"^\\s*[{LETTERS}]+(?:\\s+[{LETTERS}]+)?\\s*[-–—]\\s*([{LETTERS}\\s]+?)\\s*:?\\s*$"
)
# A motto under the name: the kind of outlet and what it is ("صحيفة أسبوعية تصدر عن ...",
# "نشرة أسبوعية عن الاقتصاد ...", "موقع إخباري مستقل").
_MOTTO_RE = re.compile(
    r"^\s*(?:صحيفة|جريدة|مجلة|نشرة|موقع|منصة|شبكة|قناة|إذاعة|وكالة|بوابة)\s+\S+(?:ية|ي)(?:\s|$)"
)


def _masthead_name(t: str) -> str | None:
    """The name a head line may give ("جريدة مسقط اليوم", "بيتك | ابحث عن عقارك",
    "راديو المتوسط FM 98.4"): its first segment's Arabic words, one to seven, with no
    sentence mark."""
    first = _MASTHEAD_SPLIT_RE.split(t.strip(), maxsplit=1)[0]
    if has_sentence_punct(first) or ":" in first:
        return None
    words = first.split()
    while words and not _NAME_WORD_RE.fullmatch(strip_marks(words[-1])):
        words.pop()  # a frequency, a number or a name in Latin letters after it
    if not 1 <= len(words) <= 7 or not all(_NAME_WORD_RE.fullmatch(strip_marks(w)) for w in words):
        return None
    return " ".join(words)


def _named_in(name: str, line: str) -> bool:
    """Is ``name`` written in ``line`` as whole words (a clitic may lead: "لوكالة ...",
    "للرابية" for "الرابية")?"""
    alt = f"|لل{re.escape(name[2:])}" if name.startswith("ال") else ""
    pattern = f"(?<![{LETTERS}])(?:[لبو]?{re.escape(name)}{alt})(?![{LETTERS}])"
    return re.search(pattern, line) is not None


def _above_masthead(t: str) -> bool:
    """A line that may sit above the site's name: furniture, or a short letterhead
    ("المملكة الأردنية الهاشمية")."""
    return _head_furniture(t) or (len(t.split()) <= 4 and not has_sentence_punct(t))


def _masthead(lines: list[Span], taken: set[int]):
    """(line index, what it is) of the site's masthead, read like BLP001's other whole
    lines. The site's name on a line of its own among the first three (with only furniture
    above it) when the page's footer names the site the same way: a copyright line or a
    line already read as furniture ("مختبر التقنية" and "© 2025 مختبر التقنية"). The
    name may lead with the kind of outlet ("جريدة مسقط اليوم" and "© مسقط اليوم"), and
    the footer may give only its first words ("مركز طقس المملكة للأرصاد ..." and "©
    مركز طقس المملكة 2025")."""
    for i in range(min(len(lines), 3)):
        if i in taken:
            continue
        if any(k not in taken and not _above_masthead(lines[k].text) for k in range(i)):
            return  # text above it: the article has begun
        p = lines[i]
        if _prose_line(p.text):
            continue  # a paragraph after its dateline: "أنقرة - رحبت أوساط سياسية ..."
        name = _masthead_name(p.text)
        if name is None:
            continue
        words = name.split()
        if words[0] in _MASTHEAD_KINDS and len(words) > 1:
            words = words[1:]
        # The whole name, or its first words when the rest is no clause ("مركز طقس
        # المملكة للأرصاد ..." and "© مركز طقس المملكة"; not a headline that opens with
        # the site's name: "منارة الخليج تطلق تطبيقها ...").
        names = {" ".join(words)} | {
            " ".join(words[:n])
            for n in range(2, len(words))
            if not any(verb_like(strip_marks(w)) for w in words[n:])
        }
        # The footer is below the article's text (not a line of the head that names the
        # page's subject: a wiki's "انظر حلب (توضيح)"); a furniture line counts only for
        # a name of one or two words (a breadcrumb or a share line may repeat a short
        # headline).
        body = next((k for k in range(i + 1, len(lines)) if k not in taken), len(lines))
        footer = [
            q.text
            for k, q in enumerate(lines)
            if k > max(i + 2, body)
            and ("©" in q.text or "حقوق" in q.text or (k in taken and len(words) <= 2))
            and len(q.text.split()) <= 16  # (not prose: "... تعزيز الحقوق الثقافية ...")
        ]
        if not any(_named_in(n, q) for n in names for q in footer):
            continue  # (a letterhead above the name: "الجمهورية التونسية")
        for k in range(i + 2):
            if k >= len(lines) or k in taken:
                continue
            t = lines[k].text
            if k < i:
                what = "the page's head above the site's name"  # "الجمهورية التونسية"
            elif k == i:
                what = "the site's name at the top of the page"
            elif _MOTTO_RE.match(t) and len(t.split()) <= 14 and not has_sentence_punct(t):
                what = "the site's motto under its name"  # "صحيفة أسبوعية تصدر عن ..."
            else:
                continue
            yield k, what
        # A place and the site's name on a line of their own: the story's dateline
        # ("صلالة - <site>", "خاص - <site>").
        for k in range(i + 1, len(lines)):
            m = _SITE_DATELINE_RE.match(lines[k].text)
            if k not in taken and m and m.group(1).strip() in names:
                yield k, "a dateline with the site's name"
        return


@functools.cache
def _builtin_chrome() -> PageChrome:
    """BLP001 with its built-in phrases (for the other rules' view of page furniture)."""
    return PageChrome()


def chrome_line(lines: list[Span], k: int) -> bool:
    """Is line ``k`` page chrome as BLP001 sees it with its built-in phrases: a furniture
    line, or a headline under a related-links header a few lines before it?"""
    chrome = _builtin_chrome()
    t = lines[k].text
    end = chrome.match(t)
    if end is not None and end >= len(t.rstrip()):
        return True
    if not headline_like(t, 2):
        return False
    for j in range(k - 1, max(-1, k - MAX_HEADLINES - 1), -1):
        u = lines[j].text
        key = pkey(_WIKI_EDIT_RE.sub("", u) if "[" in u else u)
        if key in _related() or (len(u.split()) <= 4 and _MORE_FROM_RE.match(u)):
            least = 2 if key in _WIKI_SECTIONS else 4
            return all(
                headline_like(lines[x].text, least) or is_timestamp(lines[x].text)
                for x in range(j + 1, k + 1)
            )
        if not (headline_like(u, 2) or is_timestamp(u)):
            return False
    return False


# ----- announced lists: the lines an article introduces itself ("... كالتالي:") -----

# A "label: text" line: a speaker of a transcript ("القاضي: ..."), a field of a card
# ("المكان: ..."); a label of one to three words, not a clock time.
_LABELLED_RE = re.compile(r"^\s*([^\n:：.!؟?«»\"“”()\d]{1,30}?)\s*[:：]\s*\S")
_MAX_ANNOUNCED = 30


def _intro_line(t: str) -> bool:
    """A line of the article's prose announcing a list: it ends in ":" or in "التالي /
    الآتي / كما يلي" and reads as prose (four words or more), not as the header of a
    block of furniture ("اقرأ أيضا:", "للاستفسارات الإعلامية:", "تابعونا على:",
    "الكلمات المفتاحية:", "📲 انضم إلى قناتنا:"), a byline ("كتب - فلان:"), a speaker's
    label or a dateline ("دبي، 10 مارس 2025:")."""
    s = t.strip()
    if not s or len(s) > 600:
        return False
    if not _ends_announcing(s):
        return False
    if word_count(s) < 4 or EMOJI_LEAD_RE.match(s):
        return False
    # ("ولمزيد من المعلومات ...": a conjunction before لـ only; "وحمل" is "and carried")
    if _furniture_header(s, ("ول", "فل")):
        return False
    return not (place_dateline(s) or (len(s.split()) <= 16 and _head_furniture(s)))


# The verb after a commenter's name ("أم يوسف قالت:", "<name> says:").
_SAYS = frozenset("قال قالت يقول تقول كتب كتبت علق علقت says said wrote".split())


def _short_header(t: str) -> bool:
    """A header of one to three words ending in ":" ("المقادير:", "الموقعون:", "أسرة
    الفيلم:"), not of a block of furniture (a related-links, tag, contact or sharing
    header, "اقرأ أيضا:", "تابعونا:", a byline "كتب- فلان:"). Under a line of the
    article's prose, with prose after its list, it announces a list of the article."""
    s = t.strip()
    if not s.endswith((":", "：")) or not 1 <= word_count(s) <= 3:
        return False
    if EMOJI_LEAD_RE.match(s) or DIGIT_RE.search(s) or _furniture_header(s, ("و", "ف")):
        return False
    if strip_marks(s[:-1].split()[-1]) in _SAYS:
        return False  # a name and "قالت:" heads a quotation or a blog's comment, no list
    m = _LABEL_LINE_RE.match(s)
    if m and m.group(2) and pkey(m.group(1)) in byline_labels():
        return False  # a byline: "كتب- أحمد جمعة:"
    return _builtin_chrome().match(s) is None


def announced(doc: Analysis) -> dict[int, tuple[int, bool]]:
    """Lines that are items of a list the article announces: {line index: (index of the
    announcing line, whether prose of the article follows the list)}.

    The run starts right after an announcing line (:func:`_intro_line`; not a headline,
    which announces nothing: the first line only when it is prose) and holds its items:
    short lines, "label: text" lines (the speakers of a transcript, the fields of a
    card), the title of a text it names ("نص الإعلان:" / "إعلان") and lines that look
    like furniture only by their shape (:func:`_listable`); a line opening with a clock
    time after another entry of a timeline, however long and whatever its words ("23:40
    ..." / "00:00 إغلاق النافذة", the transfer window closing); a related-links header
    right after the announcing line is the list's caption ("... على النحو التالي." /
    "الأكثر قراءة" / titles). It ends at a line of narrative prose (a sentence, twelve
    words or more, or a line opening with the conjunction و / ف), at another announcing
    line, at a line of furniture by its words ("شارك", "اقرأ أيضا"), or after thirty
    lines."""

    def compute(a: Analysis) -> dict[int, tuple[int, bool]]:
        lines = content_lines(a)
        n = len(lines)
        out: dict[int, tuple[int, bool]] = {}
        chrome = _builtin_chrome()
        k = 0
        while k < n:
            if k == 0 and not _prose_line(lines[0].text):
                k = 1  # (a headline announces nothing; a first paragraph of prose may)
                continue
            short = not _intro_line(lines[k].text)
            if short and not (_short_header(lines[k].text) and _prose_line(lines[k - 1].text)):
                k += 1
                continue
            j = k + 1
            timeline = False  # (an item of the list opened with a clock time)
            while j < n and j - k <= _MAX_ANNOUNCED:
                t = lines[j].text
                s = t.strip()
                ws = s.split()
                if _intro_line(t):
                    break
                if j == k + 1 and pkey(s) in _related():
                    j += 1  # the caption of the list
                    continue
                if pkey(s) in _AD_SLOTS and not _titled_item(lines[k].text, s):
                    break
                clock = CHAPTER_RE.match(t) is not None
                if _listable(t):
                    timeline = timeline or clock
                    j += 1
                    continue
                end = chrome.match(t)
                if end is not None and end >= len(t.rstrip()):
                    if _named_item(t):
                        j += 1  # a platform's name in the article's list ("واتساب")
                        continue
                    if timeline and clock:
                        j += 1  # an entry of a timeline after another ("00:00 إغلاق النافذة")
                        continue
                    break
                first = strip_marks(ws[0].strip("\"'«»“”()[].,:،")) if ws else ""
                if len(ws) >= 5 and conjunction_led(first):
                    break
                if j == k + 1 and poll_question(s):
                    j += 1  # the question of a poll or an interview the article quotes
                    continue
                if timeline and clock:
                    j += 1  # a long entry of a timeline ("15:10 الأهلي يعير مهاجمه ...")
                    continue
                if (word_count(s) >= 12 or entry_line(s)) and not (
                    _LABELLED_RE.match(s) and len(s.split(":", 1)[0].split()) <= 3
                ):
                    break
                timeline = timeline or clock
                j += 1
            closed = j < n and _prose_line(lines[j].text)
            if short and not closed:
                k += 1  # a short header announces a list only inside the article
                continue
            for x in range(k + 1, j):
                out[x] = (k, closed)
            k = max(j, k + 1)
        return out

    return doc.memo("blp.announced", compute)


# Checkboxes: a list of them is a checklist unless a poll's question stands above it.
_CHECKBOXES = "☐◻"
# A poll's option with its radio button: "○ فهد الشمري".
_RADIO_OPTION_RE = re.compile(r"^\s*[○◯☐◻⚪🔘]\s*[^\s○◯☐◻⚪🔘][^\n.!؟?]{0,40}$")
# A poll's option with its share of the votes: "نعم 34%", "لا أدري 14٪".
_POLL_SHARE_RE = re.compile(r"^\s*[^\d\n.!؟?]{1,30}?\s*(\d{1,3}(?:[.,]\d)?)\s*[%٪]\s*$")


def inside_lists(doc: Analysis) -> set[int]:
    """The items of the lists the article announces and goes on after (prose follows
    the list): its own lines, whatever furniture they look like."""
    return {i for i, (_k, closed) in announced(doc).items() if closed}


# ----------------------------------------------------------------------------------------
# The head of an article: the lines above its text (headline, date, section, byline)
# ----------------------------------------------------------------------------------------

_HEAD_LINES = 7


def _head_furniture(t: str) -> bool:
    """A line that may sit above an article's text: a date, a one- or two-word section
    label, page chrome, a counter, a byline or credit ("كتب: ...", "كتب محمد السيد",
    "SITE - name")."""
    ws = t.split()
    if len(ws) > 40:
        return False
    if len(ws) > 16:
        # (a long widget's row: "أسعار الصرف في عدن | الدولار: شراء 1650 - بيع 1665 | ...";
        # a long menu; a cookie notice above the headline)
        end = _builtin_chrome().match(t)
        if end is not None and end >= len(t.rstrip()):
            return True
        return "|" in t and link_row(t)
    if len(ws) <= 2 and not has_sentence_punct(t) and not any(c.isdigit() for c in t):
        return True
    if is_timestamp(t) or COUNTER_RE.match(t) or single_rate(t):
        return True
    end = _builtin_chrome().match(t)
    if end is not None and end >= len(t.rstrip()):
        return True
    if _BARE_BYLINE_RE.match(t) or _post_meta(t):
        return True
    if section_label(t) or section_path(t) or link_row(t):
        return True  # "الإمارات · محليات · الشارقة"
    if caption_line(t):
        return True  # the lead picture's caption
    m = _LABEL_LINE_RE.match(t)
    if m and pkey(m.group(1)) in byline_labels():
        if 0 < len(m.group(2).split()) <= 6:
            return True
        named = before_bar_date(m.group(2))  # (the date after a bar: "بقلم: فلان | 22 مارس")
        if named is not None and 0 < len(named.split()) <= 6:
            return True
    segs = [x for x in _DASH_SPLIT_RE.split(t.strip()) if x.strip()]
    return (
        2 <= len(segs) <= 3
        and all(len(x.split()) <= 4 and not has_sentence_punct(x) for x in segs)
        and not any(c.isdigit() for c in t)
    )


def head_line(lines: list[Span], i: int) -> bool:
    """Is line ``i`` in the head of the article: among its first lines, with at most one
    line of text before it (the headline, at most 20 words), the others furniture (a
    date, a section label, chrome, a byline)? A byline or credit sits there, not only on
    the first line."""
    if i >= _HEAD_LINES:
        return False
    text_lines = 0
    for k in range(i):
        t = lines[k].text
        # (a breaking-news strip with one headline above the article's own: "عاجل | ...")
        if not _head_furniture(t) and not (k == 0 and i >= 2 and one_item_ticker(t)):
            text_lines += 1
            if text_lines > 1 or len(t.split()) > 20:
                return False
    return True
