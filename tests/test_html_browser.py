"""The HTML review report in a real headless Chromium (Debian's chromium + chromium-driver).

Skipped, with the reason, where no Chromium is installed; `.ci/run` installs it and fails
on any skip. Expectations are computed from the JSON findings of the same run, never
hard-coded: the rule catalog grows.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _find(env: str, *names: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (uv sync installs the dev dependencies)")
    chromium = _find("TANQIH_CHROMIUM", "chromium", "chromium-browser")
    driver_path = _find("TANQIH_CHROMEDRIVER", "chromedriver")
    if not chromium or not driver_path:
        pytest.skip(
            "headless Chromium not found: apt-get install chromium chromium-driver "
            "(or set TANQIH_CHROMIUM / TANQIH_CHROMEDRIVER)"
        )
    opts = Options()
    opts.binary_location = chromium
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in (
        "--headless=new",
        "--no-sandbox",  # needed as root (CI containers)
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager must not try to download anything.
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(120)
    yield driver
    driver.quit()


def open_report(driver, path: Path) -> list[dict]:
    """Load a report; return the console messages it produced (cleared afterwards)."""
    driver.get(path.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    # The page's own script ran: the CSP hash matches it.
    assert driver.execute_script("return document.documentElement.dataset.ready") == "1"
    return driver.get_log("browser")


def csp_errors(logs: list[dict]) -> list[str]:
    return [e["message"] for e in logs if "Content Security Policy" in e["message"]]


def rule_families(run_cli) -> dict[str, str]:
    _, out, _ = run_cli("rules", "--format", "json")
    return {r["code"]: r["family"] for r in json.loads(out)}


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    from tanqih.cli import main

    folder = tmp_path_factory.mktemp("seeds-report")
    report = folder / "report.html"
    findings_json = folder / "findings.json"
    assert main(["check", "-q", "--output-format", "html", "-o", str(report), str(SEEDS)]) == 1
    assert (
        main(["check", "-q", "--output-format", "json", "-o", str(findings_json), str(SEEDS)]) == 1
    )
    findings = json.loads(findings_json.read_text(encoding="utf-8"))
    assert findings, "the seed article is dirty: its report must show findings"
    return report, findings


def visible_primary(driver) -> list:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('mark.hl:not(.cont):not(.off)'))"
    )


def test_seeds_report_highlights_every_finding(browser, seeds_report, run_cli):
    report, findings = seeds_report
    logs = open_report(browser, report)
    assert csp_errors(logs) == []
    severe = [e for e in logs if e["level"] == "SEVERE"]
    assert severe == []
    primaries = browser.execute_script(
        "return document.querySelectorAll('main mark.hl:not(.cont)').length"
    )
    assert primaries == len(findings)
    # Each highlight is on screen with a size (zero-width findings get a visible marker).
    sizes = browser.execute_script(
        "return Array.from(document.querySelectorAll('main mark.hl:not(.cont)'))"
        ".map(m => { const r = m.getBoundingClientRect(); return [r.width, r.height]; })"
    )
    assert all(w > 0 and h > 0 for w, h in sizes)
    # Highlighted text is the flagged text of the JSON findings, in document order.
    # Paths in findings are relative to the working folder (or absolute).
    seed = {f["path"]: Path(f["path"]).read_text(encoding="utf-8") for f in findings}
    ordered = sorted(findings, key=lambda f: (f["path"], f["start"], f["end"], f["code"]))
    shown = browser.execute_script(
        "const out = {}; document.querySelectorAll('main mark.hl').forEach(m => {"
        " const k = m.dataset.f; out[k] = (out[k] || '') + m.textContent; }); return out;"
    )
    for i, f in enumerate(ordered):
        span = seed[f["path"]][f["start"] : f["end"]]
        assert shown[str(i)] == "".join(ch for ch in span if ch not in "\r\n")


def test_seeds_report_renders_rtl(browser, seeds_report):
    report, _ = seeds_report
    open_report(browser, report)
    info = browser.execute_script(
        "const t = document.querySelector('main .text');"
        "const p = t.querySelector('p'); const r = p.getBoundingClientRect();"
        "return {dir: getComputedStyle(t).direction, lang: t.lang, pdir: getComputedStyle(p).direction,"
        " align: getComputedStyle(p).textAlign, w: r.width, h: r.height, text: t.innerText,"
        " right: r.right, left: r.left};"
    )
    assert info["dir"] == "rtl" and info["pdir"] == "rtl" and info["lang"] == "ar"
    assert info["w"] > 100 and info["h"] > 10
    first_line = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8").split("\n")[0]
    assert first_line[:40] in info["text"]
    # Right-to-left: the first word of a paragraph sits to the right of its last word.
    pos = browser.execute_script(
        "const p = document.querySelector('main .text p');"
        "const node = Array.from(p.childNodes).find(n => n.nodeType === 3 && n.textContent.trim().length > 10);"
        "const r = document.createRange(); const s = node.textContent;"
        "const a = s.search(/\\S/); r.setStart(node, a); r.setEnd(node, a + 1);"
        "const first = r.getBoundingClientRect().left;"
        "const b = s.trimEnd().length - 1; r.setStart(node, b); r.setEnd(node, b + 1);"
        "return [first, r.getBoundingClientRect().left, a, b];"
    )
    assert pos[0] > pos[1]


def test_family_and_rule_filters_and_search(browser, seeds_report, run_cli):
    report, findings = seeds_report
    families = rule_families(run_cli)
    open_report(browser, report)
    total = len(findings)
    by_family: dict[str, int] = {}
    for f in findings:
        by_family[families[f["code"]]] = by_family.get(families[f["code"]], 0) + 1
    family = max(sorted(by_family), key=lambda k: by_family[k])
    box = browser.find_element("css selector", f'input[data-filter="f"][value="{family}"]')
    box.click()
    state = browser.execute_script(
        "return Array.from(document.querySelectorAll('main mark.hl:not(.cont)')).map(m => ["
        " Array.from(m.classList).find(c => c.startsWith('fam-')), m.classList.contains('off'),"
        " getComputedStyle(m).backgroundColor, getComputedStyle(m).display]);"
    )
    hidden = [s for s in state if s[1]]
    assert len(hidden) == by_family[family]
    for fam_class, off, bg, display in state:
        if fam_class == f"fam-{family}":
            assert off and (bg == "rgba(0, 0, 0, 0)" or display == "none")
        else:
            assert not off and bg != "rgba(0, 0, 0, 0)"
    status = browser.find_element("id", "tq-status").text
    assert status == f"{total - by_family[family]} of {total} findings shown"
    if by_family[family] == total:  # the only family: the document itself is hidden
        assert browser.execute_script("return document.querySelector('section.doc').hidden")
    box.click()
    assert len(visible_primary(browser)) == total

    # Rule filter.
    code = findings[0]["code"]
    n_code = sum(1 for f in findings if f["code"] == code)
    rule_box = browser.find_element("css selector", f'input[data-filter="c"][value="{code}"]')
    rule_box.click()
    assert len(visible_primary(browser)) == total - n_code
    rule_box.click()

    # Search by code.
    search = browser.find_element("id", "tq-q")
    search.send_keys(code)
    assert len(visible_primary(browser)) == n_code
    search.clear()
    search.send_keys(" ")  # fire an input event on the cleared box
    assert len(visible_primary(browser)) == total


def test_keyboard_navigation_and_popup(browser, seeds_report):
    from selenium.webdriver.common.action_chains import ActionChains

    report, findings = seeds_report
    open_report(browser, report)
    ordered = sorted(findings, key=lambda f: (f["path"], f["start"], f["end"], f["code"]))
    body = browser.find_element("tag name", "body")
    seen = []
    for _ in range(min(3, len(ordered))):
        body.send_keys("j")
        seen.append(browser.execute_script("return document.activeElement.dataset.f"))
    assert seen == [str(i) for i in range(len(seen))]
    pop = browser.find_element("id", "tq-pop")
    assert pop.is_displayed()
    last = ordered[len(seen) - 1]
    assert last["code"] in pop.text and last["message"][:20] in pop.text
    if last["fix"] and last["fix"]["edits"]:
        assert "before" in pop.text and "after" in pop.text
    if len(seen) > 1:
        browser.switch_to.active_element.send_keys("k")
        assert browser.execute_script("return document.activeElement.dataset.f") == seen[-2]
    browser.switch_to.active_element.send_keys("\ue00c")  # Escape
    assert not pop.is_displayed()
    # Hover shows the popup too.
    first = browser.find_element("css selector", "main mark.hl:not(.cont)")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    ActionChains(browser).move_to_element(first).perform()
    assert pop.is_displayed() and ordered[0]["code"] in pop.text


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot(browser, seeds_report, tmp_path):
    """A screenshot of the seeds' report with one fix shown (the README's docs/report.png:
    TANQIH_UPDATE_SCREENSHOT=1 uv run pytest tests/test_html_browser.py -k screenshot)."""
    report, findings = seeds_report
    open_report(browser, report)
    browser.set_window_size(1280, 1240)
    # Show the popup of a finding with a fix, preferring an unsafe one (before / after).
    shown = browser.execute_script(
        "const data = JSON.parse(document.getElementById('tq-data').textContent).findings;"
        "let k = data.findIndex(f => f.a === 'unsafe' && f.b);"
        "if (k < 0) k = data.findIndex(f => f.b); if (k < 0) k = 0;"
        "document.getElementById('f' + k).focus({preventScroll: true}); return data[k].c;"
    )
    pop = browser.find_element("id", "tq-pop")
    assert pop.is_displayed() and shown in pop.text
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    browser.set_window_size(1280, 1000)
    width, height = _png_size(shot)
    assert width >= 800 and height >= 600
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank canvas
    if os.environ.get("TANQIH_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "report.png")


PAYLOADS = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    "</textarea><svg onload=window.__xss=3>",
    '<a id="xss-link" href="javascript:window.__xss=4">اضغط هنا</a>',
    '"><script>window.__xss = 5</script>',
    "</script><script>window.__xss = 6</script><!--",
    '<iframe srcdoc="<script>parent.__xss=7</script>"></iframe>',
]


def test_xss_payloads_show_as_text_and_never_run(browser, tmp_path):
    from tanqih.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Each payload sits in an Arabic paragraph with a space before a comma, which the
    # core punctuation rule flags, so every paragraph is shown (its message quotes text).
    lines = [f"قال المتحدث ، إن {p} ثم غادر ، مسرعا" for p in PAYLOADS]
    (corpus / "article.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / 'x"><img src=x onerror=window.__xss=8>.txt').write_text(
        lines[0] + "\n", encoding="utf-8"
    )
    records = [
        json.dumps({"id": p, "text": line}, ensure_ascii=False)
        for p, line in zip(PAYLOADS, lines, strict=True)
    ]
    (corpus / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    report = tmp_path / "xss.html"
    code = main(
        [
            "check",
            "-q",
            "--id-field",
            "id",
            "--output-format",
            "html",
            "-o",
            str(report),
            str(corpus),
        ]
    )
    assert code == 1
    findings_json = tmp_path / "f.json"
    main(
        [
            "check",
            "-q",
            "--id-field",
            "id",
            "--output-format",
            "json",
            "-o",
            str(findings_json),
            str(corpus),
        ]
    )
    findings = json.loads(findings_json.read_text(encoding="utf-8"))
    assert len({(f["path"], f["record"]) for f in findings}) == 2 + len(PAYLOADS)

    logs = open_report(browser, report)
    # Visit every finding: the popup (built from the same text) must not run anything either.
    body = browser.find_element("tag name", "body")
    for _ in range(len(findings)):
        body.send_keys("j")
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    assert browser.execute_script("return typeof parent.__xss") == "undefined"
    injected = browser.execute_script(
        "return document.querySelectorAll('main script, main img, main svg, main iframe, "
        'main textarea, main a[href^="javascript"], #xss-link, .toolbar img, .summary img,'
        " .summary script').length"
    )
    assert injected == 0
    text = browser.execute_script("return document.body.innerText")
    for p in PAYLOADS:
        assert p in text, p
    assert 'x"><img src=x onerror=window.__xss=8>.txt' in text
    assert csp_errors(logs + browser.get_log("browser")) == []
    assert browser.execute_script(
        "return document.querySelectorAll('main mark.hl:not(.cont)').length"
    ) == len(findings)


def test_ten_thousand_findings_page_is_usable(browser, tmp_path):
    """A page at the report cap loads, counts its highlights and filters them."""
    import re

    from tanqih.linter.document import Document
    from tanqih.linter.findings import Edit, Finding, Fix
    from tanqih.linter.output.html_report import HtmlReport

    text = "قال الوزير ، إن الاتفاق مهم ، وأضاف أن العمل مستمر ، في المشروع ،\n" * 2
    spans = [(m.start(), m.end()) for m in re.finditer(" ،", text)]
    out = tmp_path / "big.html"
    with out.open("w", encoding="utf-8") as fh:
        fmt = HtmlReport(fh)
        fmt.start()
        for i in range(1500):
            fs = [
                Finding(
                    "PUN001" if j % 2 else "QUO001",
                    "x",
                    "space before the comma",
                    a,
                    b,
                    Fix.safe(Edit(a, a + 1, "")),
                    "punctuation" if j % 2 else "quotes",
                )
                for j, (a, b) in enumerate(spans)
            ]
            fmt.document(Document(text, path="big.jsonl", record=i + 1), fs)
        fmt.finish(None)
    open_report(browser, out)
    assert (
        browser.execute_script("return document.querySelectorAll('main mark.hl:not(.cont)').length")
        == 10_000
    )
    assert (
        "shows the first 10,000 of 12,000 findings"
        in browser.find_element("css selector", ".cap").text
    )
    browser.find_element("css selector", 'input[data-filter="f"][value="quotes"]').click()
    assert browser.find_element("id", "tq-status").text == "5000 of 10000 findings shown"


def test_clean_corpus_report_loads(browser, tmp_path):
    from tanqih.cli import main

    clean = tmp_path / "clean.txt"
    clean.write_text("هذا نص سليم لا شيء فيه.\n", encoding="utf-8")
    report = tmp_path / "clean.html"
    assert main(["check", "-q", "--output-format", "html", "-o", str(report), str(clean)]) == 0
    logs = open_report(browser, report)
    assert [e for e in logs if e["level"] == "SEVERE"] == []
    assert "No findings." in browser.find_element("tag name", "main").text
    assert browser.find_element("id", "tq-status").text == "0 findings shown"
