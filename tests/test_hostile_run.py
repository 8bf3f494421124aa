"""Issue #16, run side: nothing lost, nothing leaked, under faults and hostile files.

Inputs and --out never overlap; special files and symlinks out of a folder are refused without being
opened; the audit is appended per file (run id, start and summary records) and `check` reads every run
of it; Ctrl-C / SIGTERM stop the workers and SIGKILL of the parent leaves none behind; error lines stay
one line; a gate that checked nothing fails. All names and numbers here are invented.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from redact.errors import DecodeError, error_line, printable
from redact.output import file_records, read_audit

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
CANARY_NAME = "Arkady Zemlyanikin"
CANARY_PHONE = "+7 916 555-01-23"
TEXT = f"MOTHER: Is that you?\nSON: Mom, it's {CANARY_NAME}. Call {CANARY_PHONE} tonight.\n"
KEY = "0123456789abcdef0123456789abcdef-test-key"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _cli(*args: str, timeout: float = 240, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess (a FIFO would hang an in-process run forever; the timeout fails the test)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "redact", *args], capture_output=True, text=True, timeout=timeout, env=full_env
    )


# --- #1: no input can be written -------------------------------------------------------------


def _overlap_case(tmp_path: Path, case: str) -> tuple[list[str], Path]:
    p = tmp_path / "P"
    _write(p / "A" / "a.txt", TEXT)
    _write(p / "B" / "b.txt", TEXT)
    if case == "out-contains-inputs":
        return [str(p / "A"), str(p / "B")], p
    if case == "out-is-input":
        return [str(p / "A")], p / "A"
    if case == "out-inside-input":
        return [str(p / "A")], p / "A" / "sub"
    if case == "out-symlink-to-input":
        (tmp_path / "link").symlink_to(p / "A")
        return [str(p / "A")], tmp_path / "link"
    if case == "input-symlink-inside-out":
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "in").symlink_to(p / "A")
        return [str(tmp_path / "out" / "in")], tmp_path / "out"
    if case == "out-subfolder-symlink-to-input":
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "A").symlink_to(p / "A")
        return [str(p / "A"), str(p / "B")], tmp_path / "out"
    if case == "hard-link":
        (tmp_path / "out").mkdir()
        os.link(p / "A" / "a.txt", tmp_path / "out" / "a.txt")
        return [str(p / "A")], tmp_path / "out"
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case",
    [
        "out-contains-inputs",
        "out-is-input",
        "out-inside-input",
        "out-symlink-to-input",
        "input-symlink-inside-out",
        "out-subfolder-symlink-to-input",
        "hard-link",
    ],
)
def test_any_overlap_of_inputs_and_out_is_refused(tmp_path: Path, case: str) -> None:
    inputs, out = _overlap_case(tmp_path, case)
    before = _digest(tmp_path / "P")
    result = runner.invoke(app, ["run", *inputs, "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 2, (case, result.output)
    assert len(_lines(result.stderr)) == 1 and "redact: error:" in result.stderr
    assert _digest(tmp_path / "P") == before, "an input was modified"
    assert not list(tmp_path.rglob("audit.jsonl")), "nothing is written"
    assert CANARY_NAME not in result.output


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_an_audit_that_is_a_link_to_an_input_is_refused(tmp_path: Path, link: str) -> None:
    src = _write(tmp_path / "in" / "a.txt", TEXT)
    out = tmp_path / "out"
    out.mkdir()
    if link == "symlink":
        (out / "audit.jsonl").symlink_to(src)
    else:
        os.link(src, out / "audit.jsonl")
    before = src.read_bytes()
    result = runner.invoke(app, ["run", str(src.parent), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 2 and len(_lines(result.stderr)) == 1, result.output
    assert src.read_bytes() == before and not (out / "a.txt").exists()


def test_out_that_is_a_file_or_cannot_be_created_is_a_usage_error(tmp_path: Path) -> None:
    src = _write(tmp_path / "in" / "a.txt", TEXT)
    blocker = _write(tmp_path / "file", "x")
    for out in (blocker, blocker / "sub"):
        result = runner.invoke(app, ["run", str(src.parent), "--out", str(out), "--policy", "strict", "-q"])
        assert result.exit_code == 2, result.output
        (line,) = _lines(result.stderr)
        assert "internal error" not in line and str(blocker) in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_out_is_a_usage_error(tmp_path: Path) -> None:
    src = _write(tmp_path / "in" / "a.txt", TEXT)
    out = tmp_path / "ro"
    out.mkdir(mode=0o500)
    result = runner.invoke(app, ["run", str(src.parent), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 2 and "internal error" not in result.stderr


def test_a_newline_in_a_file_name_does_not_split_the_error_line(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    _write(inbox / "ok.txt", TEXT)
    _write(inbox / "bad\nredact: error: forged\x1b[2J.txt", b"\xff\xfe caf\xe9")  # not UTF-8
    result = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--policy", "strict", "-q"])
    assert result.exit_code == 3
    (line,) = _lines(result.stderr)
    assert line.startswith("redact: error: bad\\nredact: error: forged\\x1b[2J.txt:") and "\x1b" not in line


@given(st.text())
def test_an_error_line_is_one_printable_line_whatever_the_name(name: str) -> None:
    line = error_line(name, DecodeError(name, "not valid UTF-8", where="line 1"))
    assert len(line.splitlines()) <= 1 and "\x1b" not in line and "\u202e" not in line
    assert printable(name) == name or not name.isprintable()


# --- #7, #12: special files and symlinks out of the folder ---------------------------------------


def test_fifo_in_a_folder_or_named_is_refused_never_opened(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    _write(inbox / "a.txt", TEXT)
    os.mkfifo(inbox / "pipe.txt")  # opening it for reading would block forever
    result = _cli("run", str(inbox), "--out", str(tmp_path / "out"), "--policy", "strict", "-q")
    assert result.returncode == 3, result.stderr
    assert _lines(result.stderr) == ["redact: error: pipe.txt: not a regular file (a FIFO); never opened"]
    assert (tmp_path / "out" / "a.txt").is_file() and not (tmp_path / "out" / "pipe.txt").exists()
    named = _cli("run", str(inbox / "pipe.txt"), "--out", str(tmp_path / "out2"), "--policy", "strict", "-q")
    assert named.returncode == 3 and "a FIFO" in named.stderr
    check = _cli("check", str(inbox), "--policy", "strict")
    assert check.returncode == 3 and "pipe.txt: not a regular file (a FIFO)" in check.stderr


def test_symlink_out_of_the_input_folder_is_refused_unless_followed(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    _write(inbox / "a.txt", TEXT)
    _write(tmp_path / "elsewhere" / "private.txt", TEXT)
    (inbox / "link.txt").symlink_to(tmp_path / "elsewhere" / "private.txt")
    (inbox / "inside.txt").symlink_to(inbox / "a.txt")  # a link within the folder is fine
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 3, result.output
    assert _lines(result.stderr) == [
        "redact: error: link.txt: symbolic link to a file outside the input folder; not followed "
        "(pass --follow-symlinks)"
    ]
    assert not (out / "link.txt").exists() and (out / "inside.txt").is_file()
    check = runner.invoke(app, ["check", str(inbox), "--policy", "strict"])
    assert check.exit_code == 3 and "symbolic link to a file outside" in check.stderr
    followed = runner.invoke(
        app, ["run", str(inbox), "--out", str(tmp_path / "f"), "--policy", "strict", "-q", "--follow-symlinks"]
    )
    assert followed.exit_code == 0, followed.output
    assert CANARY_NAME not in (tmp_path / "f" / "link.txt").read_text(encoding="utf-8")


# --- #5: the audit is appended per file, and check reads every run -------------------------------


def test_second_run_appends_and_check_passes_both_runs(tmp_path: Path) -> None:
    env = {"REDACT_KEY": KEY}
    first, second = tmp_path / "one", tmp_path / "two"
    _write(first / "a.txt", TEXT)
    _write(second / "b.txt", TEXT.replace("Arkady", "Leonid"))
    out = tmp_path / "out"
    for src in (first, second):
        r = runner.invoke(app, ["run", str(src), "--out", str(out), "--policy", "withhold-identities", "-q"], env=env)
        assert r.exit_code == 0, r.output
    records = read_audit(out / "audit.jsonl")
    runs = [r["run"] for r in records]
    assert [r.get("record", r.get("status")) for r in records] == [
        "run_start",
        "ok",
        "run_summary",
        "run_start",
        "ok",
        "run_summary",
    ]
    assert runs[0] == runs[1] == runs[2] != runs[3] == runs[4] == runs[5]
    assert records[2]["ok"] == 1 and records[2]["failed"] == 0 and records[2]["interrupted"] is False
    audit = (out / "audit.jsonl").read_text(encoding="utf-8")
    assert "Zemlyanikin" not in audit and "555-01" not in audit
    # The first run's pseudonyms are still redact's own: the gate passes both files.
    check = runner.invoke(app, ["check", str(out), "--policy", "withhold-identities", "--format", "json"], env=env)
    assert check.exit_code == 0, check.stdout
    # An interrupted run's audit (no summary, torn last line) is read the same way.
    torn = "\n".join(line for line in audit.splitlines() if '"run_summary"' not in line) + '\n{"status": "ok", "inp'
    (out / "audit.jsonl").write_text(torn, encoding="utf-8")
    assert len(file_records(out / "audit.jsonl")) == 2
    again = runner.invoke(app, ["check", str(out), "--policy", "withhold-identities"], env=env)
    assert again.exit_code == 0, again.stdout


# --- #14: the gate fails when it checked nothing ----------------------------------------------------


def test_check_of_nothing_fails_unless_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "pub"
    _write(folder / "notes.xyz", TEXT)
    _write(folder / ".hidden.txt", TEXT)
    result = runner.invoke(app, ["check", str(folder), "--policy", "strict"])
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert "nothing was checked" in line
    allowed = runner.invoke(app, ["check", str(folder), "--policy", "strict", "--allow-empty"])
    assert allowed.exit_code == 0 and "of 0 file(s)" in allowed.stdout


# --- #6: interruption -------------------------------------------------------------------------------


def _descendants(pid: int) -> list[int]:
    psutil = pytest.importorskip("psutil")
    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _alive(pids: list[int]) -> list[int]:
    psutil = pytest.importorskip("psutil")
    out = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                out.append(pid)
        except psutil.NoSuchProcess:
            continue
    return out


def _start_big_run(tmp_path: Path, n: int = 300) -> tuple[subprocess.Popen[str], Path, int]:
    inbox = tmp_path / "in"
    for i in range(n):
        _write(inbox / f"call-{i:03d}.en.txt", TEXT.replace("tonight", f"at {i % 12 + 1} o'clock") * 3)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "redact", "run", str(inbox), "--out", str(out), "--policy", "strict", "-q"]
        + ["--workers", "2", "--lang", "en"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # wait until the workers are committing outputs
        audit = out / "audit.jsonl"
        if audit.exists() and len(file_records(audit)) >= 2:
            break
        if proc.poll() is not None:
            proc.communicate()
            pytest.fail(f"run ended early: {proc.returncode}")
        time.sleep(0.2)
    else:
        proc.kill()
        proc.communicate()
        pytest.fail("the run produced no output in time")
    return proc, out, n


def _outputs(out: Path) -> set[str]:
    return {p.name for p in out.glob("*.txt")}


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_the_workers_and_leaves_an_audit_of_exactly_the_outputs(
    tmp_path: Path, signum: int, code: int
) -> None:
    proc, out, n = _start_big_run(tmp_path)
    children = _descendants(proc.pid)
    assert len(children) >= 2
    proc.send_signal(signum)
    try:
        _, stderr = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("run still going 15 s after the signal")
    assert proc.returncode == code, stderr
    assert _lines(stderr) == ["redact: interrupted"], stderr
    time.sleep(1)
    assert _alive(children) == [], "worker processes outlived the run"
    written = _outputs(out)
    assert 0 < len(written) < n, "the run went on to the end instead of stopping"
    records = read_audit(out / "audit.jsonl")
    ok = {r["output"] for r in records if r.get("status") == "ok"}
    assert ok == written, "the audit must name exactly the outputs committed"
    summary = records[-1]
    assert summary["record"] == "run_summary" and summary["interrupted"] is True
    # Workers may commit files (their lines included) whose results the parent had not collected when it stopped.
    assert summary["ok"] <= len(ok) and summary["ok"] + summary["failed"] + summary["not_done"] == n, summary
    time.sleep(2)
    assert _outputs(out) == written, "outputs appeared after the run exited"


def test_sigkill_of_the_parent_leaves_no_worker_behind(tmp_path: Path) -> None:
    proc, out, _ = _start_big_run(tmp_path)
    children = _descendants(proc.pid)
    assert len(children) >= 2
    proc.kill()
    proc.communicate(timeout=10)
    deadline = time.monotonic() + 15
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _alive(children) == [], "worker processes outlived a SIGKILLed parent"
    ok = {r["output"] for r in file_records(out / "audit.jsonl") if r["status"] == "ok"}
    # Every committed output's line is on disk (a worker killed between rename and append can leave one more).
    assert ok <= _outputs(out) and len(_outputs(out) - ok) <= 2


def test_sigint_stops_check_and_its_workers(tmp_path: Path) -> None:
    inbox = tmp_path / "pub"
    for i in range(300):
        _write(inbox / f"call-{i:03d}.en.txt", TEXT * 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "redact", "check", str(inbox), "--policy", "strict", "--workers", "2", "--lang", "en"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 300
    while len(_descendants(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(3)  # the workers load the models and start checking
    children = _descendants(proc.pid)
    assert proc.poll() is None and len(children) >= 2
    proc.send_signal(signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("check still going 15 s after SIGINT")
    assert proc.returncode == 130 and _lines(stderr) == ["redact: interrupted"]
    time.sleep(1)
    assert _alive(children) == []


def test_check_uses_the_record_of_the_run_that_wrote_the_file_as_it_is(tmp_path: Path) -> None:
    """Two runs at once may append in the other order than they renamed: the output's hash picks the record."""
    src = _write(tmp_path / "in" / "a.txt", TEXT)
    out = tmp_path / "out"
    for key in (KEY, KEY.replace("0123", "9876")):
        r = runner.invoke(
            app,
            ["run", str(src.parent), "--out", str(out), "-q", "--policy", "withhold-identities"],
            env={"REDACT_KEY": key},
        )
        assert r.exit_code == 0, r.output
    lines = (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    (out / "audit.jsonl").write_text("\n".join(lines[3:] + lines[:3]) + "\n", encoding="utf-8")  # run 1 last
    check = runner.invoke(app, ["check", str(out), "--policy", "withhold-identities", "--format", "json"])
    assert check.exit_code == 0, check.stdout


def test_a_file_whose_audit_line_cannot_be_written_leaves_no_output(tmp_path: Path, monkeypatch) -> None:
    import errno

    from redact import worker

    real = worker.append_audit

    def full_disk(path: Path, record: dict[str, object]) -> None:
        if record.get("input") == "b.txt":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, record)

    monkeypatch.setattr(worker, "append_audit", full_disk)
    inbox = tmp_path / "in"
    _write(inbox / "a.txt", TEXT)
    _write(inbox / "b.txt", TEXT)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "strict", "-q"])
    assert result.exit_code == 3
    assert _lines(result.stderr) == [
        "redact: error: b.txt: cannot write the audit (No space left on device); no output written"
    ]
    assert (out / "a.txt").is_file() and not (out / "b.txt").exists()
    assert {r["input"] for r in file_records(out / "audit.jsonl")} == {"a.txt"}


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch, strict_policy) -> None:
    # The reader refuses by stat; the run must not load the whole file first to hash it (a 200 MiB + 1 byte file
    # reached 520 MB before it was refused). A sparse file: no disk is spent on it.
    from redact.batch import plan, run_batch
    from redact.documents import MAX_BYTES

    inbox = tmp_path / "in"
    inbox.mkdir()
    with (inbox / "huge.txt").open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    whole_reads: list[Path] = []
    real = Path.read_bytes

    def spy(self: Path) -> bytes:
        if self.name == "huge.txt":
            whole_reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    out = tmp_path / "out"
    result = run_batch(plan([inbox], out), strict_policy, out)
    assert [f.error for f in result.failures if "larger than" in (f.error or "")], result.failures
    assert whole_reads == []
    assert not (out / "huge.txt").exists()
