"""Corpus-level counting (tanqih.linter.corpus) and the repeated-line rules BLP101-BLP103.

Every corpus here is synthetic, written under tmp_path: a few "sites" whose articles are
made of distinct sentences plus the site's own furniture.
"""

from __future__ import annotations

import json
import random

import pytest

from tanqih import Linter
from tanqih.cli import main
from tanqih.linter.config import Config, ConfigError, ConfigResolver, from_mapping
from tanqih.linter.corpus import (
    DOCUMENT_FLOOR,
    CorpusTable,
    UnitCounter,
    build_table,
    corpus_context,
    iter_word_units,
    normalise,
    word_hash,
)
from tanqih.linter.document import Document

FOOTER = "جميع المواد المنشورة على موقع الأفق الإخباري محمية بموجب القانون"
TEASER = "اشترك في نشرتنا اليومية لتصلك أهم الأخبار"
WORDS = (
    "الوزير الحكومة المجلس الاجتماع الخطة المشروع المدينة الشركة الطلاب المزارعين "
    "الأسواق المستشفى الجامعة الملعب الفريق الرئيس البرلمان الميناء الطريق المطار"
).split()
VERBS = "أعلن ناقش أكد افتتح زار رفض طالب أطلق درس بحث".split()


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(VERBS)} {' '.join(rng.sample(WORDS, 6))} في {rng.choice(WORDS)}."


def article(rng: random.Random, n: int = 4, furniture: bool = True, stamp: str = "") -> str:
    lines = [sentence(rng) for _ in range(n)]
    if furniture:
        lines += [stamp or f"اليوم {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", FOOTER]
    return "\n".join(lines) + "\n"


def write_site(folder, count: int, seed: int = 1, furniture: bool = True) -> list:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = folder / f"a{i:03d}.txt"
        p.write_text(article(rng, furniture=furniture), encoding="utf-8")
        paths.append(p)
    return paths


def lint_with(table: CorpusTable, text: str, select=("BLP101",), rules=None):
    cfg = from_mapping({"select": list(select), "rules": rules or {}})
    return Linter(cfg, {"corpus": table}).lint(Document(text))


def test_normalise_collapses_spacing_invisibles_and_folds_digits():
    assert normalise("اليوم 06:42") == normalise(" اليوم\u00a0 09:18 ")
    assert normalise("تصفـــح\u200f المزيد") == normalise("تصفح المزيد")
    assert normalise("Next Previous") == normalise("next previous")
    assert normalise("اليوم 06:42", fold_digits=False) != normalise("اليوم 09:18", False)
    assert normalise("أعلنت الوزارة") != normalise("أعلنت الوزارات")


def test_folder_corpus_flags_site_furniture_and_nothing_else(tmp_path):
    write_site(tmp_path / "site", 8)
    table = build_table([tmp_path / "site"], ConfigResolver(), min_documents=5)
    assert table.documents == 8
    text = (tmp_path / "site" / "a003.txt").read_text(encoding="utf-8")
    found = lint_with(table, text)
    flagged = sorted(text[f.start : f.end] for f in found)
    assert FOOTER in flagged
    assert any(x.startswith("اليوم ") for x in flagged)  # timestamps fold to one line
    assert len(flagged) == 2  # the article's own sentences are not boilerplate
    assert all("8 of 8 documents" in f.message for f in found)


def test_below_threshold_is_silent(tmp_path):
    write_site(tmp_path / "site", 4)
    table = build_table([tmp_path / "site"], ConfigResolver(), min_documents=5)
    assert table.counts == {}
    text = (tmp_path / "site" / "a000.txt").read_text(encoding="utf-8")
    assert lint_with(table, text) == []


def test_rule_threshold_options(tmp_path):
    write_site(tmp_path / "site", 6)
    table = build_table([tmp_path / "site"], ConfigResolver(), min_documents=2)
    text = (tmp_path / "site" / "a000.txt").read_text(encoding="utf-8")
    assert lint_with(table, text)
    assert lint_with(table, text, rules={"BLP101": {"min-documents": 7}}) == []
    assert lint_with(table, text, rules={"BLP101": {"min-fraction": 0.9}})
    # a fraction above what the line reaches (6 of 6 = 1.0 is the maximum) keeps it
    write_site(tmp_path / "other", 14, seed=9, furniture=False)
    mixed = build_table([tmp_path / "site", tmp_path / "other"], ConfigResolver(), 2)
    assert mixed.documents == 20
    assert lint_with(mixed, text, rules={"BLP101": {"min-fraction": 0.5}}) == []
    assert lint_with(mixed, text, rules={"BLP101": {"min-fraction": 0.25}})


def test_identical_copies_count_once(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    rng = random.Random(3)
    text = article(rng)
    for i in range(6):
        (site / f"copy{i}.txt").write_text(text, encoding="utf-8")
    table = build_table([site], ConfigResolver(), min_documents=2)
    assert table.documents == 6
    assert table.counts == {}  # one document, six copies: nothing recurs


def test_spilling_and_compaction_give_the_same_counts_as_memory(tmp_path):
    rng = random.Random(5)
    texts = [article(rng) for _ in range(40)]
    big = UnitCounter(min_documents=3, max_pairs=10_000_000)
    small = UnitCounter(min_documents=3, max_pairs=7, spill_dir=tmp_path)
    small.max_runs = 3  # merge runs along the way too
    for t in texts:
        big.add_text(t)
        small.add_text(t)
    assert small.spills > 3 and small.compactions > 0
    assert small.counts() == big.counts()
    assert list(tmp_path.iterdir()) == []  # spill files are temporary


def test_jsonl_corpus_and_sentence_and_prefix_units(tmp_path):
    rng = random.Random(11)
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(7):
            body = " ".join(sentence(rng) for _ in range(2))
            text = f"الأفق – {rng.choice(WORDS)}\n{body} {TEASER}.\n{sentence(rng)}"
            fh.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    table = build_table([path], ConfigResolver(), min_documents=5, samples=True)
    levels = {level for level, _ in table.samples.values()}
    assert {"sentence", "prefix"} <= levels
    text = json.loads(path.read_text(encoding="utf-8").splitlines()[2])["text"]
    found = lint_with(table, text, select=("BLP101", "BLP102", "BLP103"))
    by_code = {f.code: text[f.start : f.end] for f in found}
    assert by_code["BLP102"] == TEASER + "."
    assert by_code["BLP103"] == "الأفق –"
    assert "BLP101" not in by_code


def test_table_round_trip_and_format_errors(tmp_path):
    write_site(tmp_path / "site", 6)
    table = build_table([tmp_path / "site"], ConfigResolver(), min_documents=5, samples=True)
    out = tmp_path / "table.json"
    table.save(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "tanqih-corpus-table" and data["documents"] == 6
    assert any(u.get("sample") == FOOTER for u in data["units"])
    again = CorpusTable.load(out)
    assert again.counts == table.counts and again.documents == 6
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a tanqih corpus table"):
        CorpusTable.load(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid JSON"):
        CorpusTable.load(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        CorpusTable.load(tmp_path / "missing.json")


def test_without_corpus_data_the_rule_is_silent(tmp_path):
    text = article(random.Random(1))
    cfg = from_mapping({"select": ["BLP101", "BLP102", "BLP103"]})
    assert Linter(cfg).lint(Document(text)) == []
    assert corpus_context([tmp_path], ConfigResolver()) == {}


def test_cli_corpus_then_check_with_table(tmp_path, capsys):
    write_site(tmp_path / "site", 6)
    table = tmp_path / "t.json"
    assert main(["corpus", str(tmp_path / "site"), "-o", str(table)]) == 0
    assert "6 document(s)" in capsys.readouterr().err
    one = tmp_path / "site" / "a001.txt"
    code = main(
        ["check", "--select", "BLP101", "--corpus-table", str(table),
         "--output-format", "json", str(one)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    findings = json.loads(out)
    assert {f["code"] for f in findings} == {"BLP101"} and len(findings) == 2


def test_a_saved_table_brings_its_threshold_unless_the_config_sets_one(tmp_path, capsys):
    write_site(tmp_path / "site", 3)  # furniture in 3 documents: under the default 5
    table = tmp_path / "t.json"
    assert main(["corpus", str(tmp_path / "site"), "-o", str(table), "--min-documents", "3"]) == 0
    one = str(tmp_path / "site" / "a001.txt")
    args = ["check", "--select", "BLP101", "--corpus-table", str(table), "-q", one]
    capsys.readouterr()
    assert main(args) == 1  # the table's 3, not the rule's default 5
    assert "recurs in 3 of 3 documents" in capsys.readouterr().out
    cfg = tmp_path / "tanqih.toml"
    cfg.write_text("[rules.BLP101]\nmin-documents = 4\n", encoding="utf-8")
    assert main([*args, "--config", str(cfg)]) == 0  # set in the config: it wins


def test_cli_check_corpus_fix_removes_furniture(tmp_path, capsys):
    paths = write_site(tmp_path / "site", 6)
    before = paths[0].read_text(encoding="utf-8")
    code = main(
        ["check", "--select", "BLP101", "--corpus", "--fix", "--unsafe-fixes",
         "-q", str(tmp_path / "site")]
    )  # fmt: skip
    capsys.readouterr()
    assert code == 0
    after = paths[0].read_text(encoding="utf-8")
    assert FOOTER not in after and "اليوم" not in after
    assert after.splitlines() == before.splitlines()[:4]  # the article itself is intact


def test_cli_bad_table_is_a_config_error(tmp_path, capsys):
    one = write_site(tmp_path / "site", 1)[0]
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["check", "--corpus-table", str(bad), str(one)]) == 2
    assert "not a tanqih corpus table" in capsys.readouterr().err


def test_counting_threshold_comes_from_config(tmp_path):
    write_site(tmp_path / "site", 4)
    (tmp_path / "site" / ".tanqih.toml").write_text(
        "[rules.BLP101]\nmin-documents = 3\n", encoding="utf-8"
    )
    ctx = corpus_context([tmp_path / "site"], ConfigResolver(), corpus=True)
    assert ctx["corpus"].min_documents == 3 and ctx["corpus"].counts
    assert Config() is not None


def test_phrases_file_replaces_list_relative_to_config(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "chrome.txt").write_text("# my site\nانضم إلى مجتمع القراء\n", encoding="utf-8")
    (site / ".tanqih.toml").write_text(
        '[rules.BLP001]\nphrases-file = "chrome.txt"\n', encoding="utf-8"
    )
    doc = site / "a.txt"
    doc.write_text("انتهى الخبر.\nانضم إلى مجتمع القراء\nتصفح المزيد\n", encoding="utf-8")
    assert main(["check", "--select", "BLP001", "--output-format", "json", str(doc)]) == 1
    found = json.loads(capsys.readouterr().out)
    # the file replaces the built-in list: its phrase is found, the built-in one is not
    assert [f["line"] for f in found] == [2]


def test_missing_phrases_file_is_a_config_error(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text("انتهى الخبر.\n", encoding="utf-8")
    (tmp_path / ".tanqih.toml").write_text(
        '[rules.BLP001]\nphrases-file = "nope.txt"\n', encoding="utf-8"
    )
    assert main(["check", "--select", "BLP001", str(doc)]) == 2
    assert "cannot read phrases file" in capsys.readouterr().err


FURNITURE = [
    "اقرأ أيضاً: الحكومة تعلن موازنة العام المقبل",
    "تصفح المزيد",
    "شارك هذا المقال عبر",
    "فيسبوك | تويتر | واتساب",
    "اليوم 06:42",
    "الثلاثاء 12 ديسمبر 2023 - 10:45 ص",
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
    "https://bit.ly/3xYzAbC",
    "#غزة #فلسطين #عاجل",
    "— Al Jazeera English (@AJEnglish) March 3, 2024",
    "(أ ف ب)",
    "تصوير: أحمد علي",
    "جميع الحقوق محفوظة © 2024",
]


@pytest.mark.parametrize("seed", range(6))
def test_unsafe_fixes_remove_furniture_and_keep_the_article(seed):
    """Furniture lines put at random places among article sentences: fixing with every BLP
    and DUP rule removes each of them and keeps every sentence of the article, in order."""
    from tanqih import fix_text, lint_text

    rng = random.Random(seed)
    body = [sentence(rng) for _ in range(8)]
    lines = list(body)
    for junk in rng.sample(FURNITURE, 6):
        lines.insert(rng.randrange(len(lines) + 1), junk)
    text = "\n".join(lines) + "\n"
    cfg = {"select": ["BLP", "DUP"]}
    assert lint_text(text, cfg)
    fixed, remaining = fix_text(text, cfg, unsafe=True)
    kept = [x for x in fixed.splitlines() if x.strip()]
    assert kept == body, (text, fixed)
    assert remaining == []
    again, _ = fix_text(fixed, cfg, unsafe=True)
    assert again == fixed


def test_corpus_pass_skipped_when_no_corpus_rule_is_selected(tmp_path, capsys):
    write_site(tmp_path / "site", 6)
    code = main(["check", "--select", "BLP002", "--corpus", "-q", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert "counting pass is skipped" in err
    assert code == 1  # BLP002 still runs


def test_long_paragraphs_need_more_documents(tmp_path):
    """A story republished six times repeats its long paragraphs: not boilerplate."""
    rng = random.Random(21)
    story = " ".join(sentence(rng) for _ in range(4))  # one long paragraph (> 25 words)
    site = tmp_path / "site"
    site.mkdir()
    for i in range(6):
        (site / f"{i}.txt").write_text(f"{sentence(rng)}\n{story}\n{FOOTER}\n", encoding="utf-8")
    table = build_table([site], ConfigResolver(), min_documents=5)
    text = (site / "0.txt").read_text(encoding="utf-8")
    flagged = [text[f.start : f.end] for f in lint_with(table, text)]
    assert flagged == [FOOTER]
    rules = {"BLP101": {"min-documents-long": 5}}
    assert len(lint_with(table, text, rules=rules)) == 2


def test_cli_corpus_with_an_unreadable_input_writes_no_table(tmp_path, capsys):
    """As `tanqih names`: a table counted from part of the inputs is not written (before:
    a warning, exit 0 and a table of the records before the bad line)."""
    f = tmp_path / "news.jsonl"
    good = [json.dumps({"text": f"{FOOTER} {i}"}, ensure_ascii=False) for i in range(6)]
    f.write_text("\n".join([*good[:3], '{"text": "bad line', *good[3:]]) + "\n", encoding="utf-8")
    table = tmp_path / "t.json"
    assert main(["corpus", str(f), "-o", str(table)]) == 2
    err = capsys.readouterr().err
    assert "news.jsonl:4: malformed JSON" in err and "no table written" in err
    assert not table.exists()
    # `check --corpus` still goes on (the file's own error is reported by the check).
    assert main(["check", "--corpus", "--select", "BLP101", str(f)]) == 2
    assert "warning: corpus pass" in capsys.readouterr().err


# ----------------------------------------------------------------------------------------
# Word units: pairs of words across documents, FRG002's corpus evidence of a split
# ----------------------------------------------------------------------------------------

COUNCIL = [
    "وعقد مجلس الأعيان جلسة طارئة مساء أمس لبحث الأوضاع في المنطقة.",
    "ودعا الأمين العام مجلس الأعيان إلى التحرك العاجل لوقف القتال.",
    "وصوّت مجلس الأعيان بالإجماع على تمديد مهمة البعثة ستة أشهر.",
]
# (after a label: after a full sentence, "واجتمع مجلس." alone is found without a corpus)
CUT = "اجتماع طارئ. واجتمع مجلس. الأعيان لبحث القرار الجديد في جلسة مطولة."


def test_word_units_pairs_cuts_and_sentence_ends():
    units = iter_word_units("قال الرئيس. الحكومة تعمل، اليوم.. غدا\nفي. بيت")
    assert word_hash("pair", "قال الرئيس") in units
    assert word_hash("pair", "الحكومة تعمل") in units
    cut = word_hash("pair", "الرئيس الحكومة") | 1
    assert cut in units and word_hash("pair", "الرئيس الحكومة") not in units
    assert {word_hash("end", "الرئيس"), word_hash("start", "الحكومة")} <= units
    assert word_hash("pair", "تعمل اليوم") not in units  # a comma between them
    assert word_hash("pair", "اليوم غدا") | 1 not in units  # ".." is a pause, not a stop
    assert word_hash("pair", "بيت في") not in units and word_hash("pair", "غدا في") not in units
    assert word_hash("end", "الرئيس") != word_hash("start", "الرئيس")
    assert iter_word_units("مجلسُ الشـــورى") == iter_word_units("مجلس الشورى")
    # every word, wherever it stands (FRG002: words that never end or open sentences)
    words = ("قال", "تعمل", "غدا", "في", "بيت", "الرئيس", "اليوم")
    assert {word_hash("word", w) for w in words} <= units
    kinds = {word_hash(k, "بيت") for k in ("pair", "end", "start", "word")}
    assert len(kinds) == 4  # four kinds of unit, four hashes
    # a sentence ends at the end of its line too (not after a pause or a quote)
    last = iter_word_units("وصل الوفد أمس.\nثم غادر سريعا..\nقال «كلمة».")
    assert word_hash("end", "أمس") in last
    assert word_hash("end", "سريعا") not in last and word_hash("end", "كلمة") not in last


def test_word_units_keep_only_pairs_cut_somewhere_and_words_in_two_documents(tmp_path):
    counter = UnitCounter(min_documents=5, words=True)
    for text in [*COUNCIL, CUT]:
        counter.add_text(text)
    table = CorpusTable(counter.counts(), counter.documents, 5, words=True)
    assert table.pair_counts("مجلس", "الأعيان") == (3, 0, 0)  # cut once, whole in 3
    # the documents writing a word are kept from DOCUMENT_FLOOR on: مجلس is in four
    assert table.documents_with("مجلس") == 0
    wide = UnitCounter(min_documents=5, words=True)
    for i in range(DOCUMENT_FLOOR):
        wide.add_text(f"{COUNCIL[i % 3]} ({i})")
    wide.add_text(CUT)
    many = CorpusTable(wide.counts(), wide.documents, 5, words=True)
    assert many.documents_with("مجلس") == DOCUMENT_FLOOR + 1
    assert many.documents_with("مجلسُ") == DOCUMENT_FLOOR + 1  # without its marks
    assert many.documents_with("جلسة") == 0  # in five of them
    # pairs nobody cuts are not kept, however common
    assert table.count(word_hash("pair", "جلسة طارئة")) == 0
    lines = [h for h in table.counts if not h >> 63]
    assert lines == []  # no line reaches the line threshold of 5 documents
    # spilling gives the same table
    small = UnitCounter(min_documents=5, words=True, max_pairs=7, spill_dir=tmp_path)
    for text in [*COUNCIL, CUT]:
        small.add_text(text)
    assert small.counts() == table.counts and small.spills > 1
    # without words, no word unit is counted
    plain = UnitCounter(min_documents=2)
    for text in [*COUNCIL, CUT]:
        plain.add_text(text)
    assert all(not h >> 63 for h in plain.counts())


def test_split_found_with_corpus_counts_only(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    for i, text in enumerate([*COUNCIL, CUT]):
        (site / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    args = ["check", "--select", "FRG002", "--output-format", "json"]
    assert main([*args, str(site)]) == 0  # no corpus: no evidence
    capsys.readouterr()
    assert main([*args, "--corpus", str(site)]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert [(f["path"].endswith("a3.txt"), f["code"]) for f in findings] == [(True, "FRG002")]
    assert "3 other documents of the corpus write 'مجلس الأعيان'" in findings[0]["message"]
    # the same through a saved table, for a later run on one file
    table = tmp_path / "t.json"
    assert main(["corpus", str(site), "-o", str(table)]) == 0
    assert "word unit(s)" in capsys.readouterr().err
    saved = CorpusTable.load(table)
    assert saved.words and saved.pair_counts("مجلس", "الأعيان") == (3, 0, 0)
    assert main([*args, "--corpus-table", str(table), str(site / "a3.txt")]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 1
    # a table counted without FRG002 selected holds no word units: FRG002 stays silent
    cfg = tmp_path / "tanqih.toml"
    cfg.write_text('ignore = ["FRG"]\n', encoding="utf-8")
    assert main(["corpus", "--config", str(cfg), str(site), "-o", str(table)]) == 0
    assert not CorpusTable.load(table).words
    capsys.readouterr()
    assert main([*args, "--corpus-table", str(table), str(site / "a3.txt")]) == 0
    # and so does one counted with the rule's corpus-pairs option off
    cfg.write_text("[rules.FRG002]\ncorpus-pairs = false\n", encoding="utf-8")
    assert main(["corpus", "--config", str(cfg), str(site), "-o", str(table)]) == 0
    assert not CorpusTable.load(table).words


def test_fix_with_corpus_joins_the_split(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    for i, text in enumerate([*COUNCIL, CUT]):
        (site / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    code = main(["fix", "--select", "FRG002", "--unsafe-fixes", "--corpus", "-q", str(site)])
    assert code == 0
    assert (site / "a3.txt").read_text(encoding="utf-8") == CUT.replace("مجلس. ", "مجلس ") + "\n"
    assert (site / "a0.txt").read_text(encoding="utf-8") == COUNCIL[0] + "\n"
