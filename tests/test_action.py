"""The composite GitHub Action: pinned by commit, pip cached, paths taken as a list."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHA = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return loaded


def test_every_third_party_action_is_pinned_by_a_full_commit_sha() -> None:
    uses = [s["uses"] for s in _action()["runs"]["steps"] if "uses" in s]
    assert uses, "the action uses setup-python, cache and upload-sarif"
    for ref in uses:
        assert SHA.match(ref), f"{ref} is pinned by a movable tag, not a commit"


def test_pip_downloads_are_cached_under_a_key_of_the_pinned_requirements() -> None:
    steps = _action()["runs"]["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    key_step = next(s for s in steps if s.get("id") == "pip-key")
    assert "requirements/*.txt" in key_step["run"] and "pip cache dir" in key_step["run"]
    assert "steps.pip-key.outputs.hash" in cache["with"]["key"]
    install = next(i for i, s in enumerate(steps) if "pip install" in s.get("run", ""))
    assert steps.index(cache) < install, "the cache must be restored before pip runs"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_paths_are_one_per_line_and_keep_their_spaces(tmp_path: Path) -> None:
    check = next(s for s in _action()["runs"]["steps"] if s.get("id") == "check")
    venv_bin = tmp_path / "redact-venv" / "bin"
    venv_bin.mkdir(parents=True)
    fake = venv_bin / "redact"
    fake.write_text('#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$RUNNER_TEMP/argv"\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "INPUT_PATHS": "transcripts/June calls\n\n  \nnotes.md\n",
        "INPUT_POLICY": "strict",
        "INPUT_FORMAT": "github",
        "INPUT_BASELINE": "",
        "INPUT_CHANGED_SINCE": "",
        "INPUT_SARIF_FILE": "redact.sarif",
    }
    done = subprocess.run(["bash", "-e", "-c", check["run"]], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    argv = (tmp_path / "argv").read_text(encoding="utf-8").splitlines()
    assert argv[argv.index("--") + 1 :] == ["transcripts/June calls", "notes.md"]
    assert (tmp_path / "output").read_text(encoding="utf-8") == "exit-code=0\n"

    env["INPUT_PATHS"] = "\n \n"
    empty = subprocess.run(["bash", "-e", "-c", check["run"]], env=env, capture_output=True, text=True)
    assert empty.returncode == 2 and "paths input is empty" in empty.stdout
