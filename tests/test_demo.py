"""`make demo` redacts and reports with one key, so the report's pseudonyms are the outputs'."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _demo_commands() -> list[list[str]]:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    dry = subprocess.run(
        [make, "-n", "-o", "install", "demo"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [shlex.split(line) for line in dry.splitlines() if "/redact " in line]


def _key_file(argv: list[str]) -> str:
    assert "--ephemeral-key" not in argv, "an ephemeral key differs between the run and the report"
    return argv[argv.index("--key-file") + 1]


def test_demo_runs_and_reports_with_the_same_key_file() -> None:
    commands = _demo_commands()
    run = [argv for argv in commands if "run" in argv]
    report = [argv for argv in commands if "report" in argv]
    assert len(run) == 1 and len(report) == 1
    key = _key_file(run[0])
    assert _key_file(report[0]) == key
    assert "demo-out" not in key, "the key must not be written into the published output folder"
