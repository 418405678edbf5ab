"""Rules that cover a whole piece of debris (``covers = True``): findings of other rules
starting inside one of their findings are bytes of the same debris and are dropped."""

from __future__ import annotations

from tanqih.linter.document import Document
from tanqih.linter.engine import Linter


def test_bytes_of_mojibake_are_no_findings_of_other_rules():
    # "الحكومة" read as cp1256 holds a „ (U+201E) and a soft hyphen (U+00AD): they are
    # bytes of the mojibake that ENC003 repairs, not a quote mark or an invisible
    # character of their own.
    broken = "الحكومة".encode().decode("cp1256")
    assert "\u201e" in broken and "\u00ad" in broken
    text = f"وقالت {broken} إن التحول الرقمي أولوية وطنية في السنوات المقبلة.\n"
    found = Linter().lint(Document(text))
    assert [f.code for f in found] == ["ENC003"]
    # Outside the mojibake the other rules still report.
    text2 = text.replace("أولوية", "أولوية\u00ad")
    assert sorted(f.code for f in Linter().lint(Document(text2))) == ["ENC003", "ENC005"]


def test_quote_marks_of_punctuation_debris_are_not_reported_again():
    # "“. ”" after a closed sentence is debris (PUN004); the space between its marks is
    # no "space inside a quotation" (QUO004).
    text = "وقال الموسيقار إن الحفل سيكون احتفاء بالتراث وبأصوات المدينة القديمة. “. ”\n"
    found = Linter().lint(Document(text))
    assert [f.code for f in found] == ["PUN004"]


def test_characters_of_an_entity_or_a_tag_are_not_punctuation():
    # The ';' of "&raquo;" next to a comma is no doubled mark (PUN005); the straight
    # quotes of an attribute are no quotation.
    text = (
        "وقال الوزير إن الاقتصاد يتعافى&raquo;، وإن الحكومة ستطلق حزمة من "
        '<a href="https://example.com/x">المشاريع</a> خلال العام المقبل.\n'
    )
    codes = sorted(f.code for f in Linter().lint(Document(text)))
    assert codes == ["ENC001", "ENC002", "ENC002"]


def test_of_two_covering_findings_the_smaller_inside_is_dropped():
    # "????? ????" is text lost to an encoding (ENC010); its second word is no stray
    # punctuation after a closed clause (PUN004), though PUN004 covers its own runs.
    text = "وقال الوزير إن ????? ???? ستبدأ العمل في الأسبوع المقبل بعد انتهاء الصيانة.\n"
    assert [f.code for f in Linter().lint(Document(text))] == ["ENC010"]
