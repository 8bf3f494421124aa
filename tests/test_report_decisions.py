"""Reviewer decisions: the file format, matching without plain text, and `run`/`check --decisions`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from redact.decisions import (
    RECOGNIZER_NAME,
    DecisionsError,
    document_hash,
    load_decisions,
    normalise,
    parse_decisions,
    text_hash,
)
from redact.output import file_records
from redact.resolve import Finding

runner = CliRunner()
SALT = "5a1t5a1t5a1t5a1t"
# Synthetic text: the names and places are invented.
TEXT = "Vasya Kolotov called from Kedrovka. Later KEDROVKA came up again, and Vasya said hi.\n"


def _file(entries: list[dict], **extra) -> dict:
    return {
        "format": "redact-decisions",
        "version": 1,
        "reviewer": "A. Reviewer",
        "date": "2026-11-25",
        "salt": SALT,
        "entries": entries,
        **extra,
    }


def _entry(decision: str, text: str, entity: str | None, **extra) -> dict:
    return {
        "decision": decision,
        "kind": "residual",
        "document": "a.txt",
        "entity_type": entity,
        "sha256": text_hash(SALT, text),
        "words": len(normalise(text).split()),
        **extra,
    }


def test_normalise_and_hash() -> None:
    assert normalise("  Ёлкин,  ВАСЯ!") == "елкин вася"
    assert text_hash(SALT, "Kedrovka") == text_hash(SALT, "KEDROVKA") != text_hash("other-salt", "Kedrovka")
    assert len(text_hash(SALT, "x")) == 64


@given(st.text(alphabet=st.characters(categories=["L", "N", "Zs"]), max_size=40))
def test_normalise_is_idempotent(s: str) -> None:
    assert normalise(normalise(s)) == normalise(s)


def test_withhold_adds_every_occurrence_and_keep_drops() -> None:
    dec = parse_decisions(_file([_entry("withhold", "Kedrovka", "LOCATION"), _entry("keep", "Vasya", "PERSON")]))
    found = [Finding(0, 5, "PERSON", 0.85, "SpacyRecognizer"), Finding(6, 13, "PERSON", 0.85, "SpacyRecognizer")]
    out = dec.apply(TEXT, found)
    surfaces = {(TEXT[f.start : f.end], f.entity_type, f.recognizer) for f in out}
    assert ("Vasya", "PERSON", "SpacyRecognizer") not in surfaces, "keep drops the finding"
    assert ("Kolotov", "PERSON", "SpacyRecognizer") in surfaces, "others stay"
    assert ("Kedrovka", "LOCATION", RECOGNIZER_NAME) in surfaces
    assert ("KEDROVKA", "LOCATION", RECOGNIZER_NAME) in surfaces


def test_multiword_and_offsets_bound_to_document() -> None:
    e1 = _entry("withhold", "Vasya Kolotov", "PERSON")
    e2 = _entry("withhold", "said", None, document_sha256=document_hash(TEXT), start=72, end=76)
    dec = parse_decisions(_file([e1, e2]))
    out = dec.apply(TEXT, [])
    spans = {(f.start, f.end) for f in out}
    assert (0, 13) in spans and (72, 76) in spans
    other = "Another text where Vasya Kolotov appears; nothing at 72.\n" * 2
    out2 = dec.apply(other, [])
    assert {other[f.start : f.end] for f in out2} == {"Vasya Kolotov"}, "offsets apply only to the reviewed text"


def test_invalid_files_collect_issues_without_text(tmp_path: Path) -> None:
    bad = _file([_entry("withhold", "Kedrovka", "NOT_A_TYPE"), {"decision": "maybe", "sha256": "zz"}], version=7)
    bad["reviewer"] = ""
    with pytest.raises(DecisionsError) as exc:
        parse_decisions(bad)
    msg = str(exc.value)
    assert "reviewer" in msg and "decision" in msg and "sha256" in msg and "Kedrovka" not in msg
    with pytest.raises(DecisionsError, match="version"):
        parse_decisions(_file([_entry("keep", "x", "NOT_A_TYPE")], version=7))
    p = tmp_path / "d.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(DecisionsError, match="not valid JSON at line 1"):
        load_decisions(p)
    with pytest.raises(DecisionsError, match="cannot read"):
        load_decisions(tmp_path / "missing.json")


def test_run_and_check_accept_decisions(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "call.txt").write_text(TEXT, encoding="utf-8")
    dec = tmp_path / "decisions.json"
    dec.write_text(json.dumps(_file([_entry("withhold", "Kedrovka", "LOCATION"), _entry("keep", "Vasya", "PERSON")])))
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--policy", "strict", "-q", "--decisions", str(dec)])
    assert res.exit_code == 0, res.output
    text = (out / "call.txt").read_text(encoding="utf-8")
    assert "Kedrovka" not in text and "KEDROVKA" not in text and "Vasya" in text
    record = file_records(out / "audit.jsonl")[0]
    assert record["decisions"]["withhold"] == 1 and record["decisions"]["keep"] == 1
    assert "Kedrovka" not in (out / "audit.jsonl").read_text() and "Vasya" not in (out / "audit.jsonl").read_text()
    # check: the reviewer's withheld word is a finding; kept "Vasya" is not.
    res = runner.invoke(
        app, ["check", str(src / "call.txt"), "--policy", "strict", "--format", "json", "--decisions", str(dec)]
    )
    assert res.exit_code == 1, res.output
    assert "Kedrovka" not in res.output and RECOGNIZER_NAME in res.output
    res = runner.invoke(
        app,
        [
            "run",
            str(src),
            "--out",
            str(tmp_path / "o2"),
            "--policy",
            "strict",
            "--decisions",
            str(tmp_path / "nope.json"),
        ],
    )
    assert res.exit_code == 2 and not (tmp_path / "o2").exists()
