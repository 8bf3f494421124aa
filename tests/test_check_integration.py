"""Integration: the pre-commit hook (run by pre-commit itself, offline) and the GitHub Action files.

The hook definition comes from the repository's ``.pre-commit-hooks.yaml``; only
``language`` is switched to ``unsupported`` (pre-commit's name for "already on PATH")
so that pre-commit uses the installed ``redact`` instead of building an environment
from the index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

BIN = Path(sys.executable).parent
PRE_COMMIT = BIN / "pre-commit"
needs_tools = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None, reason="needs pre-commit and git"
)

NAMED = "SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\n"
CLEAN = "MOTHER: The bread was fresh and the weather was fine.\n"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        PRE_COMMIT_HOME=str(tmp_path / "cache"),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(tmp_path),
        REDACT_KEY="test-key-not-secret-0123456789",
    )
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@needs_tools
def test_manifest_is_valid() -> None:
    result = subprocess.run(
        [str(PRE_COMMIT), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"], hook["types"]) == (
        "redact-check",
        "redact check",
        "python",
        ["text"],
    )


@needs_tools
def test_hook_blocks_a_commit_with_a_name_and_lets_a_clean_one_through(tmp_path: Path) -> None:
    env = _env(tmp_path)
    repo = tmp_path / "repo"
    repo.mkdir()
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {**hook, "language": "unsupported", "args": ["--policy", "strict"]}
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "script.py").write_text("# Sergei Volkov wrote this\n", encoding="utf-8")  # not a transcript format

    assert _run(["git", "init", "-q"], repo, env).returncode == 0
    installed = _run([str(PRE_COMMIT), "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    _run(["git", "add", "."], repo, env)
    ok = _run(["git", "commit", "-q", "-m", "clean"], repo, env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout + ok.stderr

    (repo / "call.txt").write_text(NAMED, encoding="utf-8")
    _run(["git", "add", "call.txt"], repo, env)
    blocked = _run(["git", "commit", "-q", "-m", "leak"], repo, env)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "Failed" in out and "call.txt:1:16: PERSON" in out and "S***** V*****" in out
    assert "Volkov" not in out and "123-45-67" not in out
    log = _run(["git", "log", "--oneline"], repo, env).stdout.splitlines()
    assert len(log) == 1, "the commit with a name must not have been made"


def test_action_is_a_composite_that_installs_hashed_models_and_reports_for_github() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "policy", "format", "baseline", "changed-since", "sarif-file", "upload-sarif"} <= set(
        action["inputs"]
    )
    assert action["inputs"]["format"]["default"] == "github"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = next(s["run"] for s in steps if "pip install" in s.get("run", ""))
    assert "--require-hashes" in install and "requirements/models.txt" in install
    assert (ROOT / "requirements" / "models.txt").is_file() and (ROOT / "requirements" / "lock.txt").is_file()
    check = next(s for s in steps if s.get("id") == "check")
    assert "${{" not in check["run"], "inputs must reach the script through env, not be pasted into it"
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["if"].startswith("always()")


def test_example_workflow_uses_only_declared_inputs_and_does_not_run_here() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    step = next(s for s in job["steps"] if "redact" in s.get("uses", ""))
    assert set(step["with"]) <= set(action["inputs"])
    assert "REDACT_KEY" in step["env"]
    assert not (ROOT / ".github" / "workflows" / "github-workflow.yml").exists()
