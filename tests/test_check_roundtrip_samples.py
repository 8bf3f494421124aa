"""`redact check` passes what `redact run` wrote from every sample, under every shipped policy.

Issue #7 item 5: labels, numbered markers, pseudonyms and policy-kept given names are not findings,
while one invented name and one phone number written into any output are. Every format in samples/
is covered (plain text, Markdown, subtitles, the JSON transcript shapes, .docx). One Redactor per
policy for the module, and its engines are lent to the Checker, so every model loads once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from redact.anonymize import Replacement, RunContext
from redact.batch import AUDIT_NAME, is_annotation, walk
from redact.check import Checker, Target, select_files
from redact.documents import read, render
from redact.fingerprint import FingerprintKey
from redact.keys import Key
from redact.output import audit_record, write_audit
from redact.pipeline import Redactor
from redact.policy import load_policy, shipped_policies
from redact.resolve import Span
from tests.conftest import SAMPLES

SECRET = b"test-key-not-secret-0123456789"

# Invented: the name is in no pseudonym pool, the number belongs to no one known.
LEAKS = {
    "en": " Also Nikolai Bondarenko called from +7 903 555-21-87.",
    "ru": " Ещё звонил Николай Бондаренко с номера +7 903 555-21-87.",
    "uk": " Ще дзвонив Микола Бондаренко з номера +380 67 555 21 87.",
}


def _samples() -> list[Path]:
    return [p for p in walk(SAMPLES) if not is_annotation(p)]


def _policies() -> list[str]:
    return sorted(shipped_policies())


def test_every_format_is_covered() -> None:
    suffixes = {p.suffix for p in _samples()}
    assert {".txt", ".md", ".srt", ".vtt", ".json", ".docx"} <= suffixes


@pytest.fixture(scope="module", params=_policies())
def round_trip(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every sample redacted under one policy (as `redact run` writes it, audit included), and a Checker."""
    name: str = request.param
    loaded = load_policy(name)
    redactor = Redactor(loaded.policy)
    ctx = RunContext(Key(SECRET, "env"))
    out = tmp_path_factory.mktemp(f"rt-{name}")
    records = []
    languages: dict[Path, str] = {}
    words: dict[Path, list[str]] = {}  # one-word PERSON replacements (pseudonyms, kept given names) per output
    for src in _samples():
        rel = src.relative_to(SAMPLES).as_posix()
        redaction = redactor.redact(read(src), ctx)
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(redaction.output)
        languages[target.resolve()] = redaction.language
        words[target.resolve()] = [
            r.new_text
            for r in redaction.replacements
            if r.span.entity_type == "PERSON" and r.new_text.isalpha() and r.new_text.istitle()
        ]
        records.append(
            audit_record(
                input_rel=rel,
                output_rel=rel,
                input_bytes=src.read_bytes(),
                redaction=redaction,
                policy=loaded,
                model=redactor.engines.info(redaction.language),
            )
        )
    write_audit(out / AUDIT_NAME, records)
    checker = Checker(loaded, FingerprintKey(SECRET, "env"), engines=redactor.engines)
    return {"name": name, "out": out, "checker": checker, "languages": languages, "words": words}


def test_redacted_samples_pass(round_trip: dict[str, Any]) -> None:
    targets = select_files([round_trip["out"]])
    assert len(targets) == len(_samples())
    reports = [round_trip["checker"].check(t) for t in targets]
    assert [r.error for r in reports if r.error] == []
    found = [(f.file, f.line, f.column, f.entity_type, f.recognizer, f.snippet) for r in reports for f in r.findings]
    assert found == [], round_trip["name"]
    assert sum(r.own_replacements_skipped for r in reports) > 0  # there was something of redact's to recognise


def _insert(path: Path, leak: str) -> None:
    """Write ``leak`` after the end of the output's longest text segment, in the file's own format."""
    doc = read(path)
    seg = max(doc.segments, key=lambda s: s.end - s.start)
    last = doc.text[seg.end - 1]
    edit = Replacement(Span(seg.end - 1, seg.end, "PERSON", 1.0, "test"), "insert", last + leak)
    path.write_bytes(render(doc, [edit]))


def test_an_inserted_name_and_number_fail(round_trip: dict[str, Any]) -> None:
    checker: Checker = round_trip["checker"]
    missed = []
    for target in select_files([round_trip["out"]]):
        path = target.path
        original = path.read_bytes()
        leak = LEAKS[round_trip["languages"][path.resolve()]]
        try:
            _insert(path, leak)
            report = checker.check(Target(path, target.display))
        finally:
            path.write_bytes(original)
        assert report.error is None, report.error
        types = {f.entity_type for f in report.findings}
        if not {"PERSON", "PHONE_NUMBER"} <= types:
            missed.append((target.display, sorted(types)))
        # Snippets stay masked: neither the name nor the number is echoed.
        assert not any("Bondarenko" in f.snippet or "555" in f.snippet for f in report.findings)
    # Any finding is exit 1 (tested in test_check.py); here both kinds must be among them.
    assert missed == [], round_trip["name"]


def test_a_surname_pasted_next_to_a_copied_pseudonym_fails(round_trip: dict[str, Any]) -> None:
    """Each replacement is recognised at one place only: a copy of a pseudonym pasted elsewhere is not
    masked, so the invented surname written after it is analysed with the given name beside it."""
    english = [p for p, lang in round_trip["languages"].items() if lang == "en" and p.suffix == ".txt"]
    candidates = [(p, w) for p in sorted(english) for w in round_trip["words"][p]]
    if round_trip["name"] == "strict":
        assert not candidates  # labels only: no pseudonym to copy
        return
    assert candidates, round_trip["name"]
    path, word = candidates[0]
    original = path.read_bytes()
    try:
        _insert(path, f" {word} Kovalchuk said so.")
        report = round_trip["checker"].check(Target(path, path.name))
    finally:
        path.write_bytes(original)
    assert any(f.entity_type == "PERSON" and "K" in f.snippet for f in report.findings), report.findings
