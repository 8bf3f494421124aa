"""End-to-end `redact run` through the CLI, with the real model."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.output import file_records
from tests.conftest import SAMPLES, gold_strings, sample_gold

runner = CliRunner()


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _write(folder: Path, name: str, data: bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    _write(d, "a.txt", b"MOTHER: Is that you?\nSON: Mom, it's Sergei Volkov. Call +7 916 123-45-67.\n")
    _write(d, "nested/b.md", b"# Call\n\nWrite to ivan.k@mail.ru, *Sergei Volkov* said.\n")
    _write(d, "c.ru.txt", "Мам, звони на 8 (916) 123-45-67, это Серёжа.\n".encode())
    return d


def test_run_samples_strict_writes_outputs_and_audit(tmp_path: Path) -> None:
    before = _digest(SAMPLES)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--policy", "strict", "--quiet"])
    assert result.exit_code == 0, result.output
    assert _digest(SAMPLES) == before, "inputs must never be modified"
    records = file_records(out / "audit.jsonl")
    transcripts = [p for p, _ in sample_gold()]
    assert transcripts, "samples/ must hold annotated transcripts"
    assert {r["input"] for r in records} >= {p.name for p in transcripts}
    for rec in records:
        assert rec["status"] == "ok"
        produced = out / rec["output"]
        assert hashlib.sha256(produced.read_bytes()).hexdigest() == rec["output_sha256"]
        assert rec["policy"]["name"] == "strict" and len(rec["policy"]["sha256"]) == 64
        assert rec["versions"]["presidio_analyzer"] and rec["model"]
        assert sum(rec["counts"].values()) == len(rec["findings"]) > 0


def test_no_gold_string_in_audit_or_console(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--policy", "strict"])
    assert result.exit_code == 0, result.output
    audit = (out / "audit.jsonl").read_text(encoding="utf-8")
    leaks = [s for s in gold_strings() if s in audit or s in result.output]
    assert not leaks, f"{len(leaks)} gold strings leaked into the audit or the console"


def test_strict_output_holds_no_identifying_gold_string(tmp_path: Path) -> None:
    """Under --policy strict no identifying mention of any sample survives in its output."""
    from redact.documents import read

    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--policy", "strict", "-q"]).exit_code == 0
    leaks = []
    for sample, gold in sample_gold():
        text = read(out / sample.name).text
        leaks += [
            f"{sample.name}: {s['type']}"
            for s in gold["spans"]
            if s["identifying"] and len(s["text"]) >= 3 and s["text"] in text
        ]
    assert not leaks, leaks


def test_mirrors_relative_paths_and_keeps_names(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").is_file() and (out / "nested" / "b.md").is_file() and (out / "c.ru.txt").is_file()
    text = (out / "a.txt").read_text()
    assert "Volkov" not in text and "916" not in text and "<PHONE_NUMBER>" in text
    assert "ivan.k@mail.ru" not in (out / "nested" / "b.md").read_text()
    assert "# Call" in (out / "nested" / "b.md").read_text()
    ru = (out / "c.ru.txt").read_text()
    assert "123-45-67" not in ru and "<PHONE_NUMBER>" in ru


def test_failing_file_gets_no_output_others_done(inbox: Path, tmp_path: Path) -> None:
    _write(inbox, "broken.txt", b"\xff\xfe caf\xe9 \x81")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 3
    assert not (out / "broken.txt").exists()
    assert (out / "a.txt").is_file() and (out / "nested" / "b.md").is_file()
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == ["redact: error: broken.txt:line 1: not valid UTF-8 (convert the file to UTF-8 first)"]
    statuses = {r["input"]: r["status"] for r in file_records(out / "audit.jsonl")}
    assert statuses["broken.txt"] == "failed" and statuses["a.txt"] == "ok"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.txt", b"\x00\x01\x02PK\x03\x04", "bin.txt: binary file (contains NUL bytes), not a text transcript"),
        ("latin1.txt", "Сергей".encode("cp1251"), "latin1.txt:line 1: not valid UTF-8"),
        ("empty.txt", b"", "empty.txt: empty file, nothing to redact"),
        ("blank.txt", b"  \n\n", "blank.txt: empty file, nothing to redact"),
    ],
)
def test_bad_file_is_one_line_exit_3(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    p = _write(tmp_path / "in", name, data)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(p), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"redact: error: {message}")
    assert "Traceback" not in result.output
    assert not (out / name).exists()


def test_unsupported_suffix_named_explicitly_fails(tmp_path: Path) -> None:
    p = _write(tmp_path / "in", "notes.pdf", b"%PDF-1.4")
    result = runner.invoke(app, ["run", str(p), "--out", str(tmp_path / "out"), "-q", "--policy", "strict"])
    assert result.exit_code == 3
    assert "notes.pdf: unsupported file type '.pdf'" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "{missing}", "--out", "{out}", "--policy", "strict"], "no such file or folder"),
        (["run", "{inbox}", "--out", "{inbox}/sub", "--policy", "strict"], "is inside the input folder"),
        (["run", "{inbox}", "--out", "{out}", "--policy", "no-such-policy"], "unknown policy 'no-such-policy'"),
        (
            ["run", "{inbox}", "--out", "{out}", "--policy", "strict", "--lang", "fr"],
            "Invalid value for '--lang': 'fr' is not one of 'auto', 'en', 'ru', 'uk'",
        ),
        (
            ["run", "{inbox}", "--out", "{out}", "--policy", "strict", "--model", "en_core_web_lg"],
            "'en_core_web_lg' is not installed",
        ),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(inbox: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "out"
    argv = [a.format(inbox=inbox, out=out, missing=tmp_path / "missing") for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert not out.exists() and not (inbox / "sub").exists()


def test_every_command_has_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    import typer.main

    group = typer.main.get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0 and len(sub.output) > 100, name


def test_workers_give_the_same_outputs(inbox: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(app, ["run", str(inbox), "--out", str(one), "--policy", "strict", "-q"]).exit_code == 0
    assert (
        runner.invoke(
            app, ["run", str(inbox), "--out", str(two), "--policy", "strict", "-q", "--workers", "2"]
        ).exit_code
        == 0
    )
    outputs = {k: v for k, v in _digest(one).items() if k != "audit.jsonl"}
    assert outputs == {k: v for k, v in _digest(two).items() if k != "audit.jsonl"}

    def records(folder: Path) -> list[dict[str, object]]:  # each run has its own id; workers append as they finish
        return sorted(({**r, "run": None} for r in file_records(folder / "audit.jsonl")), key=lambda r: str(r["input"]))

    assert records(one) == records(two)
