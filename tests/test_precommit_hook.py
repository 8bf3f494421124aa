"""The pre-commit hook as a newsroom installs it: the README's configuration, pre-commit builds the environment.

Unlike tests/test_check_integration.py (which reuses the installed redact), this lets pre-commit install the
hook repository itself, as a user's machine would: ``pip install`` of this repository into a fresh virtual
environment, the md model arriving as a pinned dependency and checked against its manifest by redact. It
needs the package index (CI has it) and takes a few minutes the first time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None, reason="needs pre-commit and git"),
]

# Invented people and numbers.
NAMED = "SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\n"
KEY = "test-key-not-secret-0123456789abcdef"


def _readme_config() -> dict[str, object]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"\*\*Pre-commit hook\.\*\*.*?```yaml\n(.*?)```", readme, re.S)
    assert block, "the README shows the pre-commit configuration"
    config: dict[str, object] = yaml.safe_load(block.group(1))
    return config


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)


def test_readme_hook_blocks_a_name_and_passes_redacted_output(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "REDACT_", "VIRTUAL_ENV"))}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        PATH=f"{PRE_COMMIT.parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    env.pop("PYTHONPATH", None)
    # The hook repository: this checkout as committed plus its uncommitted changes, as a one-commit clone.
    hook_repo = tmp_path / "redact-src"
    shutil.copytree(
        ROOT,
        hook_repo,
        ignore=shutil.ignore_patterns(".venv", ".git", "demo-out", "__pycache__", ".*_cache", "*.egg-info", "build"),
    )
    for cmd in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "snapshot"]):
        assert _run(cmd, hook_repo, env).returncode == 0
    rev = _run(["git", "rev-parse", "HEAD"], hook_repo, env).stdout.strip()

    config = _readme_config()
    repos = config["repos"]
    assert isinstance(repos, list) and len(repos) == 1
    (entry,) = repos
    entry["repo"], entry["rev"] = str(hook_repo), rev  # only where the repository lives differs
    repo = tmp_path / "newsroom"
    # Redacted output as an editor makes it: redact run with the newsroom key, audit kept beside the outputs.
    src = tmp_path / "in"
    src.mkdir()
    (src / "call-redacted.txt").write_text(NAMED, encoding="utf-8")
    run_env = {**env, "REDACT_KEY": KEY}
    done = subprocess.run(
        [sys.executable, "-m", "redact", "run", str(src), "--out", str(repo), "--policy", "withhold-identities"],
        env={**run_env, "PYTHONPATH": os.environ.get("PYTHONPATH", "")},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Volkov" not in (repo / "call-redacted.txt").read_text(encoding="utf-8")
    env = run_env  # the hook reads the same key (REDACT_KEY), as the README says
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    assert _run(["git", "init", "-q"], repo, env).returncode == 0
    installed = _run([str(PRE_COMMIT), "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert _run(["git", "add", "."], repo, env).returncode == 0
    # The first commit builds the hook environment (pip install of the hook repository and the model).
    ok = _run(["git", "commit", "-q", "-m", "redacted"], repo, env)
    assert ok.returncode == 0, (ok.stdout + ok.stderr)[-3000:]
    assert "Passed" in ok.stdout + ok.stderr

    (repo / "call.txt").write_text(NAMED, encoding="utf-8")
    assert _run(["git", "add", "call.txt"], repo, env).returncode == 0
    blocked = _run(["git", "commit", "-q", "-m", "leak"], repo, env)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "Failed" in out and "call.txt:1:" in out and "PERSON" in out
    assert "Volkov" not in out and "123-45-67" not in out
    assert len(_run(["git", "log", "--oneline"], repo, env).stdout.splitlines()) == 1
