"""The CLI traps a newsroom met in its first week (issue 17): flags that looked like they took a value, free-string
choices, no "did you mean", no shell completion, findings broken across lines, ragged help."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperOption
from typer.testing import CliRunner

from redact.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _commands() -> list[tuple[list[str], object]]:
    """Every command path (``["run"]``, ``["policy", "explain"]`` ...) with its click command."""
    out: list[tuple[list[str], object]] = []

    def walk(prefix: list[str], cmd: object) -> None:
        subs = getattr(cmd, "commands", None)
        out.append((prefix, cmd))
        if subs:
            for name, sub in subs.items():
                walk([*prefix, name], sub)

    walk([], typer.main.get_command(app))
    return out


COMMANDS = [path for path, _ in _commands()]


def _help(path: list[str], columns: int = 80) -> str:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": str(columns), "TERMINAL_WIDTH": None})
    assert result.exit_code == 0, result.output
    return result.output


def _one_line_error(args: list[str], *, env: dict[str, str | None] | None = None) -> str:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("redact: error: ")
    assert "Traceback" not in result.output and "╭" not in result.stderr
    return lines[0]


def _python_redact(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, "-m", "redact", *args], env=full, cwd=cwd, capture_output=True, text=True, timeout=120
    )


# --- boolean options are flags, shown as flags ------------------------------------------------------


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "redact")
def test_help_never_shows_a_value_for_a_flag(path: list[str]) -> None:
    text = _help(path)
    assert "<bool>" not in text
    assert "╭" not in text and "│" not in text  # one plain layout, no boxed panels
    for _, cmd in _commands():
        for param in getattr(cmd, "params", []):
            if isinstance(param, TyperOption) and param.type_descriptor.annotation is bool:
                assert param.is_flag, f"{cmd}: {param.name} takes a value"


def test_flags_are_listed_bare() -> None:
    text = _help(["run"])
    assert re.search(r"^  -q, --quiet +No progress bar", text, re.M), text
    for flag in ("--mute-spans", "--ephemeral-key", "--require-approved"):
        assert re.search(rf"^  {flag} +[A-Z]", text, re.M), flag
    assert re.search(r"^  --update-baseline +Append", _help(["check"]), re.M)
    assert re.search(r"^  --baseline / --no-baseline +Also score", _help(["eval"]), re.M)


@pytest.mark.parametrize("value", ["true", "False", "yes"])
def test_a_value_after_a_switch_is_explained(tmp_path: Path, value: str) -> None:
    src = tmp_path / "call.txt"
    src.write_text("Hello.\n", encoding="utf-8")
    out = tmp_path / "out"
    line = _one_line_error(["run", str(src), "-o", str(out), "--policy", "strict", "--quiet", value])
    assert f"{value}: no such file or folder" in line and "switches such as --quiet take no value" in line
    line = _one_line_error(["check", str(src), value, "--policy", "strict"])
    assert "take no value" in line
    assert not out.exists()


# --- choices ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "option", "choices"),
    [
        (["run"], "--lang", "<auto|en|ru|uk>"),
        (["check"], "--lang", "<auto|en|ru|uk>"),
        (["report"], "--lang", "<auto|en|ru|uk>"),
        (["check"], "-f, --format", "<text|json|sarif|github>"),
        (["report"], "--format", "<html|md>"),
        (["eval"], "--format", "<table|json|md>"),
        (["policy", "explain"], "--format", "<md|html>"),
        (["policy", "diff"], "--format", "<md|html>"),
        (["run"], "--executor", "<local|dask>"),
    ],
)
def test_choices_are_listed_in_help(path: list[str], option: str, choices: str) -> None:
    assert f"  {option} {choices}" in _help(path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "{f}", "--lang", "fr"], "Invalid value for '--lang': 'fr' is not one of 'auto', 'en', 'ru', 'uk'."),
        (["check", "{f}", "--format", "xml"], "'xml' is not one of 'text', 'json', 'sarif', 'github'."),
        (["report", "{f}", "-o", "{out}", "--format", "pdf"], "'pdf' is not one of 'html', 'md'."),
        (["eval", "{f}", "--format", "csv"], "'csv' is not one of 'table', 'json', 'md'."),
        (["policy", "explain", "strict", "--format", "pdf"], "'pdf' is not one of 'md', 'html'."),
        (["run", "{f}", "-o", "{out}", "--executor", "ray"], "'ray' is not one of 'local', 'dask'."),
        (["run", "{f}", "-o", "{out}", "--workers", "0"], "Invalid value for '--workers'"),
        (["run", "{f}"], "Missing option '--out' / '-o'."),
        (["run", "{f}", "-o", "{out}", "--quiett"], "No such option: --quiett (Possible options:"),
        (["check"], "Missing argument"),
        (["nosuchcommand"], "No such command 'nosuchcommand'"),
    ],
)
def test_usage_errors_are_one_line_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Hello.\n", encoding="utf-8")
    argv = [a.format(f=f, out=tmp_path / "out") for a in args]
    line = _one_line_error(argv)
    assert message in line
    assert "--help" in line  # where to read more
    assert not (tmp_path / "out").exists()


def test_choices_are_case_insensitive(tmp_path: Path) -> None:
    src = tmp_path / "in" / "call.txt"
    src.parent.mkdir()
    src.write_text("The weather was fine and the bread was fresh.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(src), "-o", str(out), "--policy", "strict", "--lang", "EN", "--quiet"])
    assert res.exit_code == 0, res.output
    assert (out / "call.txt").read_text(encoding="utf-8").startswith("The weather")
    res = runner.invoke(app, ["check", str(src), "--policy", "strict", "--lang", "En", "--format", "JSON"])
    assert res.exit_code == 0, res.output
    assert res.stdout.lstrip().startswith("{")
    res = runner.invoke(app, ["policy", "explain", "strict", "--format", "HTML"])
    assert res.exit_code == 0 and res.output.startswith("<!DOCTYPE html>")


# --- did you mean -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("stirct", "strict"),
        ("withold-identities", "withhold-identities"),
        ("Strict", "strict"),
        ("first-names", "first-names-only"),
    ],
)
def test_misspelt_policy_gets_a_suggestion(tmp_path: Path, typed: str, meant: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Hello.\n", encoding="utf-8")
    line = _one_line_error(["check", str(f), "--policy", typed])
    assert f"unknown policy '{typed}'" in line and f"did you mean '{meant}'?" in line


def test_unlike_policy_gets_no_suggestion(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Hello.\n", encoding="utf-8")
    line = _one_line_error(["check", str(f), "--policy", "zzz"])
    assert "did you mean" not in line and "shipped policies: first-names-only, strict, withhold-identities" in line


# --- shell completion -------------------------------------------------------------------------------


def test_completion_is_offered_in_help() -> None:
    text = _help([])
    assert "--install-completion" in text and "--show-completion" in text


def test_show_completion_prints_a_script_for_the_shell(tmp_path: Path) -> None:
    # The shell is detected from the parent process, as for a user typing it at a bash prompt.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = f"'{sys.executable}' -m redact --show-completion; exit $?"  # two commands: bash stays the parent
    res = subprocess.run(["bash", "-c", cmd], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "_REDACT_COMPLETE=complete_bash" in res.stdout and "complete " in res.stdout


def _complete(words: str, tmp_path: Path) -> list[str]:
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    env = {"_REDACT_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    res = _python_redact(env=env, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    return res.stdout.split()


def test_completion_candidates(tmp_path: Path) -> None:
    (tmp_path / "newsroom.yaml").write_text("name: newsroom\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "desk.yml").write_text("name: desk\n", encoding="utf-8")
    assert _complete("redact r", tmp_path) == ["run", "report"]
    assert _complete("redact policy ", tmp_path) == ["validate", "explain", "diff", "schema"]
    assert _complete("redact run --policy ", tmp_path) == [
        "first-names-only",
        "strict",
        "withhold-identities",
        "newsroom.yaml",
    ]
    assert _complete("redact check --policy st", tmp_path) == ["strict"]
    assert _complete("redact check --policy po", tmp_path) == ["policies/"]
    assert _complete("redact check --policy policies/", tmp_path) == ["policies/desk.yml"]
    assert _complete("redact policy explain w", tmp_path) == ["withhold-identities"]
    assert _complete("redact check --lang ", tmp_path) == ["auto", "en", "ru", "uk"]
    assert _complete("redact check --format s", tmp_path) == ["sarif"]


# --- check --format text on a narrow terminal -------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_check_text_keeps_one_finding_per_line_on_a_narrow_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    # Invented people and numbers; the pipeline finds each of them.
    long = tmp_path / "a-rather-long-folder-name" / "another-level" / "transcript-of-the-second-call.txt"
    long.parent.mkdir(parents=True)
    long.write_text("SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\nMOTHER: Sergei, be careful.\n")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 40, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "40", "REDACT_KEY": "test-key-not-secret-0123456789"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "redact",
            "check",
            str(long.relative_to(tmp_path)),
            "--policy",
            "strict",
            "--lang",
            "en",
        ],
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tmp_path,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=300) == 1
    os.close(master)
    text = ANSI.sub("", b"".join(chunks).decode("utf-8")).replace("\r\n", "\n")
    lines = [line for line in text.split("\n") if line.strip()]
    rel = str(long.relative_to(tmp_path))  # findings name files as given, relative to the working folder
    findings = [line for line in lines if line.startswith(rel)]
    assert len(findings) >= 2, text
    for line in findings:
        assert re.match(re.escape(rel) + r":\d+:\d+: .* fp=[0-9a-f]{16}$", line), line
    assert all(line in findings or line.startswith("redact check:") for line in lines), text
    assert "Sergei" not in text and "916" not in text


# --- help reads evenly ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [["run"], ["check"], ["report"], ["eval"], ["policy", "explain"]], ids=" ".join)
def test_help_wraps_at_words_within_the_terminal(path: list[str]) -> None:
    text = _help(path, columns=80)
    assert all(len(line) <= 80 for line in text.splitlines()), text
    flat = " ".join(text.split())
    cmd = dict((tuple(p), c) for p, c in _commands())[tuple(path)]
    for param in getattr(cmd, "params", []):
        if param.help:  # every description survives whole: broken only between words
            assert " ".join(param.help.split()) in flat, param.name
    # Descriptions start in one column: every continuation line is indented as far as the first.
    option_lines = text.split("Options:\n", 1)[1].splitlines()
    starts = {m.start(2) for line in option_lines if (m := re.match(r"^  (\S.*?\S)  +(\S)", line))}
    continuation = {len(line) - len(line.lstrip()) for line in option_lines if line.startswith(" " * 10)}
    assert len(starts) <= 2 and continuation <= starts, text  # a very long option puts its text on the next line


def test_help_is_no_wider_than_100_columns_on_a_wide_terminal() -> None:
    text = _help(["check"], columns=200)
    assert max(len(line) for line in text.splitlines()) <= 100


@pytest.mark.parametrize("path", [[], ["policy"]], ids=["redact", "policy"])
def test_command_summaries_are_whole_sentences(path: list[str]) -> None:
    commands = _help(path, columns=80).split("Commands:\n", 1)[1].splitlines()
    assert commands and all(len(line) <= 80 and line.rstrip().endswith(".") for line in commands), commands
    assert not any(line.rstrip().endswith("...") for line in commands), commands
