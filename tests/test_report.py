"""The review report: HTML and Markdown contents, escaping, residual risk, the command."""

from __future__ import annotations

import base64
import hashlib
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from redact.report import build_report, render_html, render_md
from redact.report.residual import Candidate, find_residuals

runner = CliRunner()

# Synthetic: every name, number and place here is invented.
EN = (
    "MOTHER: Is that you?\n"
    "SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\n"
    "SON: I am with the 237th Motor Rifle Regiment near Kedrovka now.\n"
    "MOTHER: Grusha says hello. <script>alert('x')</script> \"><img src=x onerror=alert(1)>\n"
)
RU = "МАТЬ: Алло!\nСОЛДАТ: Мам, это я, Никита Бурцев. Запиши номер 8 (916) 555-12-34.\nМАТЬ: Передам Шаманычу.\n"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("in")
    (d / "a.en.txt").write_text(EN, encoding="utf-8")
    (d / "b.ru.txt").write_text(RU, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def data(inbox: Path, strict_policy, strict_redactor):
    return build_report([inbox], strict_policy, redactor=strict_redactor, salt="0123456789abcdef")


@pytest.fixture(scope="module")
def html(data) -> str:
    return render_html(data)


def test_one_highlight_per_finding_and_counts(data, html: str) -> None:
    total = sum(len(d.findings) for d in data.documents)
    assert total == sum(data.totals.values()) > 0
    assert len(re.findall(r'<button type="button" class="hl ', html)) == total
    assert len(re.findall(r'<div class="explain" id="x-f-', html)) == total
    assert len(re.findall(r'<select class="decision"[^>]*data-kind="finding"', html)) == total
    for d in data.documents:
        assert sum(d.counts.values()) == len(d.findings)
        for f in d.findings:
            assert d.findings[f.idx] is f
            assert f.recognizer and 0 < f.score <= 1 and f.rule and f.operator


def test_findings_are_explained(data) -> None:
    en = next(d for d in data.documents if d.name.endswith("a.en.txt"))
    texts = {f.text: f for f in en.findings}
    assert "Sergei Volkov" in texts and texts["Sergei Volkov"].entity_type == "PERSON"
    phone = next(f for f in en.findings if f.entity_type == "PHONE_NUMBER")
    assert phone.replacement == "<PHONE_NUMBER>" and phone.rule.startswith("entities → PHONE_NUMBER")
    # Presidio's decision process reached the report: an explanation for every finding it made.
    assert all(f.explanation or f.pattern_name or f.recognizer for f in en.findings)
    assert any(f.explanation for f in en.findings)


def test_self_contained_with_csp_and_banner(html: str) -> None:
    assert "default-src 'none'" in html
    m = re.search(r"script-src '(sha256-[^']+)'", html)
    assert m, "the CSP must pin the inline script by hash"
    body = re.search(r"<script>(.*?)</script>", html, re.S)
    assert body is not None
    digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
    assert m.group(1) == f"sha256-{digest}"
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html, re.I), "no external resource"
    assert "<link" not in html and "@import" not in html
    assert 'id="sensitive-banner"' in html and "SENSITIVE" in html
    assert "@media (max-width" in html


def test_transcript_text_is_escaped(html: str) -> None:
    assert html.count("<script") == 1, "only the report's own script tag"
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_side_by_side_redacted_text(data) -> None:
    en = next(d for d in data.documents if d.name.endswith("a.en.txt"))
    original = "".join(p.text for p in en.original)
    redacted = "".join(p.text for p in en.redacted)
    assert original == EN
    assert "Volkov" not in redacted and "916" not in redacted and "<PERSON>" in redacted


def test_residual_risk_listed_with_reasons(data) -> None:
    en = next(d for d in data.documents if d.name.endswith("a.en.txt"))
    found = {r.text: r for r in en.residuals}
    redacted_texts = {f.text for f in en.findings}
    # Whatever the recognizers missed of these invented words must be on the residual list.
    for word in ("Kedrovka", "Grusha"):
        assert word in found or any(word in t for t in redacted_texts), word
    assert all(r.reason and r.kind for r in en.residuals)
    ru = next(d for d in data.documents if d.name.endswith("b.ru.txt"))
    ru_found = {r.text for r in ru.residuals} | {f.text for f in ru.findings}
    assert any("Шаманыч" in t for t in ru_found)


def test_find_residuals_unit() -> None:
    text = "We met people from Zabolotye. Call 8 916 555 12 34 or write to unit 41523. And Mom said hi."
    cands = [
        Candidate(0, 2, "PERSON", 0.2, "SpacyRecognizer", 0.4, False),
        Candidate(7, 13, "PERSON", 0.9, "X", 0.4, True),
    ]
    out = find_residuals(text, "en", [], cands, allowed_text=lambda s: False)
    kinds = {(text[r.start : r.end], r.kind) for r in out}
    assert ("Zabolotye", "capitalised") in kinds
    assert ("8 916 555 12 34", "number") in kinds
    assert ("41523", "number") in kinds
    assert ("We", "below-threshold") in kinds and ("people", "allow-listed") in kinds
    assert not any(text[r.start : r.end] in {"Mom", "And"} for r in out)
    below = next(r for r in out if r.kind == "below-threshold")
    assert "0.20" in below.reason and "0.40" in below.reason
    # Allow list and existing spans hide words.
    out2 = find_residuals(text, "en", [], [], allowed_text=lambda s: s == "Zabolotye")
    assert "Zabolotye" not in {text[r.start : r.end] for r in out2}


def test_markdown_for_paper(data) -> None:
    md = render_md(data)
    assert md.startswith("# Redaction review report")
    assert "SENSITIVE" in md and data.policy.sha256 in md
    assert "| document |" in md and "### Residual risk" in md and "### Redacted text" in md
    assert "Signature" in md


def test_cli_writes_owner_only_html_and_md(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "r" / "report.html"
    res = runner.invoke(app, ["report", str(inbox / "a.en.txt"), "--out", str(out), "--policy", "strict"])
    assert res.exit_code == 0, res.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Volkov" not in res.output, "the console never shows transcript text"
    md = tmp_path / "report.md"
    args = ["report", str(inbox / "a.en.txt"), "--out", str(md), "--policy", "strict", "--format", "md", "--lang", "en"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert stat.S_IMODE(md.stat().st_mode) == 0o600 and "## " in md.read_text(encoding="utf-8")


def test_cli_errors(inbox: Path, tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["report", str(inbox), "--out", str(tmp_path / "x"), "--policy", "strict", "--format", "pdf"]
    )
    assert res.exit_code == 2 and not (tmp_path / "x").exists()
    res = runner.invoke(app, ["report", str(tmp_path / "missing"), "--out", str(tmp_path / "y"), "--policy", "strict"])
    assert res.exit_code == 2
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ok.txt").write_text("Sergei Volkov called.\n", encoding="utf-8")
    (bad / "broken.txt").write_bytes(b"\xff\xfe caf\xe9 \x81")
    out = tmp_path / "z.html"
    res = runner.invoke(app, ["report", str(bad), "--out", str(out), "--policy", "strict", "--lang", "en"])
    assert res.exit_code == 3, res.output
    page = out.read_text(encoding="utf-8")
    assert "broken.txt" in page and "could not be processed" in page and "ok.txt" in page


@given(
    st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.text(max_size=5)), max_size=6)
)
def test_pieces_rebuild_original_and_redacted(text: str, raw: list[tuple[int, int, str]]) -> None:
    from redact.report import FindingView, _pieces

    findings: list[FindingView] = []
    pos = 0
    for start, length, rep in sorted(raw):
        start = max(start, pos)
        end = min(start + length, len(text))
        if start >= end:
            continue
        findings.append(_view(len(findings), start, end, text[start:end], rep))
        pos = end
    original, redacted = _pieces(text, findings, [])
    assert "".join(p.text for p in original) == text
    expected, last = [], 0
    for f in findings:
        expected += [text[last : f.start], f.replacement]
        last = f.end
    assert "".join(p.text for p in redacted) == "".join(expected) + text[last:]
    assert [p.finding for p in original if p.finding is not None] == list(range(len(findings)))


def _view(i: int, start: int, end: int, surface: str, rep: str):
    from redact.report import FindingView

    return FindingView(
        i,
        start,
        end,
        1,
        1,
        "",
        surface,
        "PERSON",
        "X",
        0.9,
        0.4,
        "r",
        "label",
        rep,
        "",
        0.0,
        None,
        "",
        "",
        "",
        (),
        "",
        1,
    )


def test_report_applies_decisions(inbox: Path, data, strict_policy, strict_redactor) -> None:
    import copy

    from redact.decisions import parse_decisions, text_hash

    en = next(d for d in data.documents if d.name.endswith("a.en.txt"))
    kept = next(f for f in en.findings if f.text == "Sergei Volkov")
    salt = "0123456789abcdef"
    dec = parse_decisions(
        {
            "format": "redact-decisions",
            "version": 1,
            "reviewer": "A. Reviewer",
            "date": "2026-11-25",
            "salt": salt,
            "entries": [
                {"decision": "keep", "entity_type": kept.entity_type, "sha256": kept.sha256, "words": kept.words},
                {"decision": "withhold", "entity_type": "PERSON", "sha256": text_hash(salt, "hello"), "words": 1},
            ],
        }
    )
    redactor = copy.copy(strict_redactor)  # same engines, with the reviewer's decisions
    redactor.decisions = dec
    again = build_report([inbox / "a.en.txt"], strict_policy, redactor=redactor, decisions=dec, salt=salt)
    doc = again.documents[0]
    assert kept.text not in {f.text for f in doc.findings}
    withheld = [f for f in doc.findings if f.recognizer == "ReviewerDecision"]
    assert withheld and all(f.text == "hello" and "reviewer" in f.rule for f in withheld)
    assert again.decisions is not None and "A. Reviewer" in again.decisions
