"""Formats end to end with the real model: golden outputs, boundaries, speaker labels, mute spans, bad files."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import docx as docxlib
import pytest
import srt as srtlib
import webvtt
from typer.testing import CliRunner

from redact.cli import app
from redact.documents import read
from redact.mute import mute_ranges
from tests.conftest import GOLDEN, SAMPLES

runner = CliRunner()
FORMAT_SAMPLES = [
    "call-09-son.en.srt",
    "call-10-wife.en.vtt",
    "call-11-brother.en.whisper.json",
    "call-12-sister.en.turns.json",
    "call-14-friend.en.whisperx.json",
    "call-13-wife.en.docx",
    "report-04.en.md",
]
GOLDEN_FORMATS = GOLDEN / "formats"


def golden_name(sample: str) -> str:
    """``x.en.srt`` -> ``x.en.strict.srt``; a .docx is compared by its text (``x.en.strict.docx.txt``)."""
    stem, ext = sample.rsplit(".", 1)
    return f"{stem}.strict.{ext}" + (".txt" if ext == "docx" else "")


def comparable(sample: str, output: bytes, tmp_path: Path) -> bytes:
    if not sample.endswith(".docx"):
        return output
    p = tmp_path / sample
    p.write_bytes(output)
    return read(p).text.encode("utf-8")


def check_structure(sample: str, before: bytes, after: bytes) -> None:
    """The output parses with the same library, with the same cues, timings and structure."""
    if sample.endswith(".srt"):
        a, b = list(srtlib.parse(before.decode())), list(srtlib.parse(after.decode()))
        assert [(s.index, s.start, s.end) for s in a] == [(s.index, s.start, s.end) for s in b]
    elif sample.endswith(".vtt"):
        a, b = webvtt.from_string(before.decode()), webvtt.from_string(after.decode(), strict=True)
        assert [(c.start, c.end, str(c.settings)) for c in a.captions] == [
            (c.start, c.end, str(c.settings)) for c in b.captions
        ]
    elif sample.endswith(".json"):

        def shape(x: object) -> object:
            if isinstance(x, dict):
                return {k: shape(v) for k, v in x.items()}
            if isinstance(x, list):
                return [shape(v) for v in x]
            return "S" if isinstance(x, str) else x

        assert shape(json.loads(after)) == shape(json.loads(before))
    elif sample.endswith(".docx"):
        a, b = docxlib.Document(io.BytesIO(before)), docxlib.Document(io.BytesIO(after))
        assert len(a.paragraphs) == len(b.paragraphs) and len(a.tables) == len(b.tables)


@pytest.mark.parametrize("sample", FORMAT_SAMPLES)
def test_golden_strict(sample: str, strict_redactor, update_golden: bool, tmp_path: Path) -> None:
    src = SAMPLES / sample
    redaction = strict_redactor.redact(read(src))
    check_structure(sample, src.read_bytes(), redaction.output)
    got = comparable(sample, redaction.output, tmp_path)
    golden = GOLDEN_FORMATS / golden_name(sample)
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(got)
    assert golden.exists(), f"missing {golden.name}; run pytest --update-golden and review the diff"
    assert got == golden.read_bytes(), f"{sample} differs from {golden.name}; review, then pytest --update-golden"


def test_name_and_phone_split_across_cues_are_redacted_in_both_parts(strict_redactor, tmp_path: Path) -> None:
    p = tmp_path / "split.srt"
    p.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nWrite down Pasha's number, it's 8 914 265\n\n"
        "2\n00:00:03,200 --> 00:00:05,000\n37 08. And tell Gleb\n\n"
        "3\n00:00:05,200 --> 00:00:07,000\nNosov to call his mother.\n",
        encoding="utf-8",
    )
    red = strict_redactor.redact(read(p))
    subs = list(srtlib.parse(red.output.decode()))
    assert subs[0].content == "Write down <PERSON>'s number, it's <PHONE_NUMBER>"
    assert subs[1].content.startswith("<PHONE_NUMBER>. And tell <PERSON>")
    assert subs[2].content.startswith("<PERSON> to call")
    assert [(s.start, s.end) for s in subs] == [
        (timedelta(seconds=1), timedelta(seconds=3)),
        (timedelta(seconds=3.2), timedelta(seconds=5)),
        (timedelta(seconds=5.2), timedelta(seconds=7)),
    ]


def test_speaker_labels_get_the_same_pseudonym_as_the_text(tmp_path: Path) -> None:
    from redact.anonymize import RunContext
    from redact.keys import Key
    from redact.pipeline import Redactor
    from redact.policy import load_policy

    turns = [
        {"speaker": "Kostya", "start": 0.0, "end": 2.0, "text": "Nadya, it's me, Kostya."},
        {"speaker": "Nadya", "start": 2.1, "end": 4.0, "text": "Kostya! Where are you?"},
    ]
    p = tmp_path / "t.json"
    p.write_text(json.dumps(turns, indent=2), encoding="utf-8")
    redactor = Redactor(load_policy("withhold-identities").policy)
    ctx = RunContext(key=Key(b"k" * 32, "file"))
    out = json.loads(redactor.redact(read(p), ctx).output)
    kostya, nadya = out[0]["speaker"], out[1]["speaker"]
    assert kostya not in {"Kostya", ""} and nadya not in {"Nadya", ""} and kostya != nadya
    assert out[0]["text"] == f"{nadya}, it's me, {kostya}."
    assert out[1]["text"].startswith(f"{kostya}!")
    assert [(t["start"], t["end"]) for t in out] == [(0.0, 2.0), (2.1, 4.0)]


def test_run_mute_spans(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("call-09-son.en.srt", "call-11-brother.en.whisper.json", "call-01-mother.en.txt"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "strict", "-q", "--mute-spans"])
    assert result.exit_code == 0, result.output
    assert not (out / "call-01-mother.en.txt.mute.json").exists(), "untimed formats get no mute file"
    srt_mute = json.loads((out / "call-09-son.en.srt.mute.json").read_text())
    ranges = [(r["start"], r["end"]) for r in srt_mute["ranges"]]
    assert ranges and ranges == sorted(ranges)
    assert all(a < b for a, b in ranges) and all(ranges[i][1] < ranges[i + 1][0] for i in range(len(ranges) - 1))
    subs = list(srtlib.parse((inbox / "call-09-son.en.srt").read_text()))
    starts, ends = {s.start.total_seconds() for s in subs}, {s.end.total_seconds() for s in subs}
    # No word timings in SRT: every range runs from a cue start to a cue end.
    assert all(a in starts and b in ends for a, b in ranges)
    assert (3.1, 5.2) in ranges, "cue 2 (Glebushka) is muted with its cue timing"
    assert srt_mute["unit"] == "seconds" and "Gleb" not in json.dumps(srt_mute)
    # Whisper words carry their own timings: the ranges are word ranges, shorter than the segments.
    w_mute = json.loads((out / "call-11-brother.en.whisper.json.mute.json").read_text())
    src = json.loads((inbox / "call-11-brother.en.whisper.json").read_text())
    word_starts = {w["start"] for s in src["segments"] for w in s["words"]}
    assert w_mute["ranges"] and all(r["start"] in word_starts for r in w_mute["ranges"])
    stas = next(w for w in src["segments"][0]["words"] if w["word"].startswith(" Stas"))
    assert {"start": stas["start"], "end": stas["end"]} in w_mute["ranges"]


def test_mute_ranges_fall_back_to_cue_timings(strict_redactor) -> None:
    doc = read(SAMPLES / "call-10-wife.en.vtt")
    red = strict_redactor.redact(doc)
    ranges = mute_ranges(doc, red.replacements)
    assert ranges is not None and ranges[0] == (1.0, 4.2)
    assert mute_ranges(read(SAMPLES / "call-01-mother.en.txt"), red.replacements) is None


def test_bad_files_fail_one_line_each_others_still_processed(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    files = {
        "good.srt": b"1\n00:00:01,000 --> 00:00:02,000\nCall Sergei Volkov.\n",
        "bad.srt": b"1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:02,000 -> 00:00:03\nSergei Volkov\n",
        "bad.json": b'{"segments": [{"text": "Sergei Volkov"}',
        "bad.docx": b"Sergei Volkov, not a zip",
        "bad.vtt": b"WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nSergei Volkov\n",
        "notes.odt": b"Sergei Volkov",
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", *[str(inbox / n) for n in files], "--out", str(out), "--policy", "strict", "-q"]
    )
    assert result.exit_code == 3
    errors = sorted(line for line in result.stderr.splitlines() if line.strip())
    assert errors == [
        "redact: error: bad.docx:byte 0: not a .docx file (not a zip archive)",
        "redact: error: bad.json:line 1 column 40: broken JSON (Expecting ',' delimiter) (check the export)",
        "redact: error: bad.srt:line 5 (cue 2): malformed SRT cue (bad index or timing line) "
        "(each cue needs a timing line 'HH:MM:SS,mmm --> HH:MM:SS,mmm')",
        "redact: error: bad.vtt:line 3: malformed WebVTT cue timing (use 'HH:MM:SS.mmm --> HH:MM:SS.mmm')",
        "redact: error: notes.odt: unsupported file type '.odt' (supported: .docx, .json, .md, .srt, .txt, .vtt)",
    ]
    assert "Volkov" not in result.output
    assert (out / "good.srt").read_text() == "1\n00:00:01,000 --> 00:00:02,000\nCall <PERSON>.\n"
    assert sorted(p.name for p in out.iterdir()) == ["audit.jsonl", "good.srt"]
