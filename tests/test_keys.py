"""Weak or contradictory keys are refused (exit 2, one line, a hint), never used or chosen between silently."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from redact.errors import UsageError
from redact.keys import check_key_options, key_weakness, load_key

runner = CliRunner()
GOOD = "newsroom-test-key-5Kq9vXw2Lr7Tz"  # not secret: a test value

WEAK = [
    pytest.param("x" * 16, "only 1 distinct byte value;", id="16-identical"),
    pytest.param("~" * 32, "", id="32-tildes"),
    pytest.param("0" * 64, "only 1 distinct byte value;", id="hex-of-zero-bytes"),
    pytest.param("ab" * 32, "only 1 distinct byte value;", id="hex-of-one-byte-repeated"),
    pytest.param("0123456789abcdef" * 2, "only 8 distinct byte values", id="hex-pattern"),
    pytest.param("abcabcabcabcabcabcabc", "only 3 distinct byte values", id="short-unit"),
    pytest.param("qwertyuiopasdfghqwertyuiopasdfgh", "a short pattern repeated", id="repeated-half"),
    pytest.param("abcdefghijklmnopqrstuvwxyz", "a run of evenly spaced values", id="alphabet"),
    pytest.param("password1234", "too short (12 bytes", id="short"),
    pytest.param("0f1e2d3c4b5a69788796a5b4" * 2, "a short pattern repeated", id="hex-pattern-2"),
]


@pytest.mark.parametrize(("key", "why"), WEAK)
def test_weak_keys_are_named_weak(key: str, why: str) -> None:
    weakness = key_weakness(key.encode("utf-8"))
    assert weakness is not None and why in weakness


def test_random_keys_pass() -> None:
    """What the hint and the README tell people to use passes, every time (10,000 draws of each)."""
    for _ in range(10_000):
        assert key_weakness(secrets.token_hex(32).encode()) is None  # openssl rand -hex 32
        assert key_weakness(secrets.token_hex(16).encode()) is None
        assert key_weakness(secrets.token_bytes(16)) is None
        assert key_weakness(base64.b64encode(secrets.token_bytes(32))) is None  # openssl rand -base64 32
    assert key_weakness(GOOD.encode()) is None


@pytest.mark.parametrize(("key", "why"), WEAK)
def test_weak_env_key_is_refused_in_one_line(tmp_path: Path, key: str, why: str) -> None:
    doc = tmp_path / "in.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    res = runner.invoke(app, ["run", str(doc), "--out", str(tmp_path / "o"), "-q"], env={"REDACT_KEY": key})
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "$REDACT_KEY" in lines[0] and "openssl rand -hex 32" in lines[0], res.output
    assert key not in res.output and not (tmp_path / "o").exists()


def test_weak_key_file_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "k"
    key_file.write_bytes(b"\x07" * 16 + b"\n")
    with pytest.raises(UsageError, match="only 1 distinct") as caught:
        load_key(key_file, env={})
    assert str(key_file) in str(caught.value) and "openssl rand -hex 32" in (caught.value.hint or "")
    doc = tmp_path / "in.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    res = runner.invoke(app, ["run", str(doc), "--out", str(tmp_path / "o"), "--key-file", str(key_file), "-q"])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1 and "--key-file" in res.output


@pytest.mark.parametrize("command", ["run", "report"])
def test_key_file_with_ephemeral_key_is_a_usage_error(tmp_path: Path, command: str) -> None:
    key_file = tmp_path / "k"
    key_file.write_text(secrets.token_hex(32), encoding="utf-8")
    doc = tmp_path / "in.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    out = tmp_path / ("o" if command == "run" else "r.html")
    argv = [command, str(doc), "--out", str(out), "--key-file", str(key_file), "--ephemeral-key"]
    res = runner.invoke(app, argv, env={"REDACT_KEY": ""})
    assert res.exit_code == 2, res.output
    assert len(res.output.strip().splitlines()) == 1 and "cannot be used together" in res.output
    assert not out.exists()


def test_ephemeral_key_with_env_key_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "in.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    res = runner.invoke(
        app, ["run", str(doc), "--out", str(tmp_path / "o"), "--ephemeral-key", "-q"], env={"REDACT_KEY": GOOD}
    )
    assert res.exit_code == 2 and "--ephemeral-key was given while $REDACT_KEY is set" in res.output
    assert GOOD not in res.output and len(res.output.strip().splitlines()) == 1
    with pytest.raises(UsageError):
        check_key_options(None, True, {"REDACT_KEY": GOOD})
    check_key_options(None, True, {"REDACT_KEY": ""})  # set but empty counts as unset
    check_key_options(tmp_path / "k", False, {"REDACT_KEY": GOOD})  # --key-file over $REDACT_KEY: documented order


def test_fingerprint_key_fallback_is_not_a_conflict() -> None:
    """`check` falls back to a one-off key by itself; $REDACT_KEY set there is simply used."""
    from redact.fingerprint import load_key as fingerprint_key

    assert fingerprint_key(environ={"REDACT_KEY": GOOD}).source == "env"
    assert fingerprint_key(environ={}).ephemeral


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=80) | st.text(max_size=80).map(lambda t: t.encode("utf-8")))
def test_the_rule_never_raises_and_never_quotes_the_key(secret: bytes) -> None:
    weakness = key_weakness(secret)
    if weakness is None:
        assert len(secret) >= 16 and len(set(secret)) >= 10
    else:
        assert weakness.startswith(("too short (", "too weak ("))
        if len(secret) >= 4 and not secret.isdigit():
            assert secret.decode("utf-8", "replace") not in weakness
