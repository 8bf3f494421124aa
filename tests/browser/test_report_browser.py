"""The review report in a real browser (the ``browser`` fixture of conftest.py: headless Chromium).

Set REDACT_DOCS_SCREENSHOT=docs/report.png to refresh the README's screenshot.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from redact.decisions import parse_decisions
from redact.output import atomic_write
from redact.report import build_report, render_html

# Synthetic: every name, number and place is invented.
EN = (
    "[Intercepted call. Translated from Russian.]\n\n"
    "MOTHER: Is that you? Whose number is this?\n"
    "SON: Mom, it's Sergei Volkov. My new phone number is +7 916 123-45-67.\n"
    "SON: I am with the 237th Motor Rifle Regiment now, near Kedrovka. Tell Grusha I am fine.\n"
    "MOTHER: Your father says they listen to everything. <script>alert('x')</script>\n"
    "MOTHER: The parcel code was 48213. Hello from Aunt Ulyasha, and Borka says hello too.\n"
)
RU = "МАТЬ: Алло!\nСОЛДАТ: Мам, это я, Никита Бурцев. Запиши номер 8 (916) 555-12-34.\nМАТЬ: Передам Шаманычу.\n"


CONTRAST_JS = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  let worst = 21;
  for (const el of document.querySelectorAll("button.hl, span.rep, #sensitive-banner, .muted, th")) {
    const st = getComputedStyle(el);
    let bg = st.backgroundColor, node = el;
    while (bg === "rgba(0, 0, 0, 0)" && node.parentElement) {
      node = node.parentElement;
      bg = getComputedStyle(node).backgroundColor;
    }
    if (bg === "rgba(0, 0, 0, 0)") { bg = "rgb(255, 255, 255)"; }
    const [a, b] = [lum(st.color), lum(bg)].sort((x, y) => y - x);
    worst = Math.min(worst, (a + 0.05) / (b + 0.05));
  }
  return worst;
}"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory, strict_policy, strict_redactor):
    d = tmp_path_factory.mktemp("browser")
    src = d / "in"
    src.mkdir()
    (src / "call-a.en.txt").write_text(EN, encoding="utf-8")
    (src / "call-b.ru.txt").write_text(RU, encoding="utf-8")
    data = build_report([src], strict_policy, redactor=strict_redactor)
    out = d / "report.html"
    atomic_write(out, render_html(data).encode("utf-8"), mode=0o600)
    return out, data


def test_report_in_chromium(browser, report_file, tmp_path: Path) -> None:
    path, data = report_file
    url = path.resolve().as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)

    findings = sum(len(d.findings) for d in data.documents)
    assert findings > 0
    highlights = page.locator("button.hl")
    assert highlights.count() == findings
    assert page.locator("#sensitive-banner").is_visible()
    assert "SENSITIVE" in page.locator("#sensitive-banner").inner_text()

    # Click a finding: its explanation names type, recognizer, score, rule, operator, replacement.
    en = next(d for d in data.documents if d.name.endswith("call-a.en.txt"))
    target = next(f for f in en.findings if f.text == "Sergei Volkov")
    di = [d.name for d in data.documents].index(en.name)
    hl = page.locator(f"#hl-{di}-{target.idx}")
    hl.click()
    panel = page.locator("#panel")
    assert panel.is_visible()
    text = panel.inner_text()
    for expected in ("PERSON", target.recognizer, f"{target.score:.2f}", "Policy rule", target.rule, "Replacement"):
        assert expected in text, expected
    assert "Context words" in text
    assert hl.get_attribute("aria-expanded") == "true"
    # A finding whose score a context word raised says which word, and from what score.
    raised = [f for f in en.findings if f.context_word]
    assert raised, "the phone number's 'phone' context should have raised its score"
    page.locator(f"#hl-{di}-{raised[0].idx}").click()
    ctx_text = page.locator("#panel .x-context").inner_text()
    assert raised[0].context_word in ctx_text
    assert "raised from" in page.locator("#panel .x-score").inner_text()
    hl.click()

    # Keyboard: Escape closes and returns focus; Enter reopens; Space toggles.
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert page.evaluate("document.activeElement.id") == f"hl-{di}-{target.idx}"
    page.keyboard.press("Enter")
    assert panel.is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('hl')")
    page.keyboard.press(" ")
    assert panel.is_visible()
    page.keyboard.press("Escape")

    # The transcript's <script> is text, not code: nothing ran, and no error was logged.
    assert "<script>alert('x')</script>" in page.locator(f"#doc-{di}-orig").inner_text()
    assert errors == []

    # WCAG AA: every highlight, replacement and the banner keep a contrast of at least 4.5:1.
    worst = page.evaluate(CONTRAST_JS)
    assert worst >= 4.5, f"lowest text contrast {worst:.2f}"

    # Filter by entity type and by score.
    page.locator("input.type-filter[value=PERSON]").uncheck()
    persons = page.locator("button.hl[data-type=PERSON]")
    assert persons.count() > 0 and persons.count() == page.locator("button.hl.off[data-type=PERSON]").count()
    page.locator("input.type-filter[value=PERSON]").check()
    page.locator("#min-score").fill("1")
    below = sum(1 for d in data.documents for f in d.findings if f.score < 1)
    assert page.locator("button.hl.off").count() == below

    page.locator("#min-score").fill("0")
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)

    # No request but the report itself: no fonts, images, scripts or beacons.
    assert requests == [url]

    # Narrow window: the two columns stack and nothing scrolls sideways.
    page.set_viewport_size({"width": 380, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 380 + 1
    page.screenshot(path=str(tmp_path / "report-narrow.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    # Decisions: mark a residual "withhold" and a finding "keep", export, read it back as a decisions file.
    residual_select = page.locator("select.decision[data-kind=residual]").first
    residual_select.select_option("withhold")
    hl.click()
    page.locator("#panel-decision").select_option("keep")
    assert page.locator(f'select.decision[data-key="f-{di}-{target.idx}"]').input_value() == "keep"
    page.keyboard.press("Escape")
    page.locator("#reviewer").fill("A. Reviewer")
    with page.expect_download() as dl:
        page.locator("#export").click()
    exported = tmp_path / "decisions.json"
    dl.value.save_as(exported)
    blob = json.loads(exported.read_text(encoding="utf-8"))
    dec = parse_decisions(blob)
    assert dec.reviewer == "A. Reviewer" and dec.salt == data.salt and not dec.sensitive
    assert {e.decision for e in dec.entries} == {"keep", "withhold"}
    assert "Sergei" not in exported.read_text(encoding="utf-8"), "no plain text unless asked for"
    assert dec.keeps("Sergei Volkov", "PERSON")
    assert all(u == url or u.startswith("blob:") for u in requests), "the export is a local blob, not a request"

    docs_shot = os.environ.get("REDACT_DOCS_SCREENSHOT")
    if docs_shot:  # the README's picture: the top of the report with one explanation open
        page.set_viewport_size({"width": 1280, "height": 1500})
        page.locator(f"#hl-{di}-{raised[0].idx}").click()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=docs_shot)
    page.close()
