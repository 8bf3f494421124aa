"""The review report reads on a phone, a laptop and a wide screen (headless Chromium, as in test_report_browser).

The samples give the widest counts table redact makes (one column per entity type found). At each width the
page never scrolls sideways, the sticky SENSITIVE banner stays a thin strip, and the counts table either fits or
scrolls inside its own box with the document column pinned. Screenshots are written for a look by eye
(REDACT_LAYOUT_SHOTS=DIR keeps them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = [(400, 800), (1280, 900), (1920, 1080)]


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("layout") / "report.html"
    done = subprocess.run(
        [sys.executable, "-m", "redact", "report", str(ROOT / "samples"), "--out", str(out), "--policy", "strict"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize(("width", "height"), WIDTHS)
def test_report_reads_at_width(browser: Any, samples_report: Path, width: int, height: int, tmp_path: Path) -> None:
    shots = Path(os.environ.get("REDACT_LAYOUT_SHOTS", tmp_path))
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        page.goto(samples_report.resolve().as_uri())

        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, "the page scrolls sideways"
        banner = page.locator("#sensitive-banner")
        assert "SENSITIVE" in banner.inner_text()
        assert banner.bounding_box()["height"] <= 0.07 * height, "the sticky banner takes too much of the screen"
        assert "never publish it" in page.locator("#sensitive-note").inner_text()

        columns = page.locator("#counts thead th")
        assert columns.count() >= 10, "the samples should give a wide counts table"
        box = page.evaluate(
            """() => { const w = document.querySelector('#counts').parentElement;
                       return [w.scrollWidth, w.clientWidth, getComputedStyle(w).overflowX]; }"""
        )
        scroll_width, client_width, overflow = box
        if width >= 1280:
            assert scroll_width <= client_width + 1, "the counts table is cut off on a laptop screen"
        else:
            assert overflow == "auto" and scroll_width > client_width
        # Every column can be brought into view, and its header is then really on screen.
        last = columns.last
        last.scroll_into_view_if_needed()
        hb = last.bounding_box()
        assert hb is not None and hb["x"] >= 0 and hb["x"] + hb["width"] <= width + 1
        page.evaluate("window.scrollTo(0, 0)")
        shot = shots / f"report-{width}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        page.close()
