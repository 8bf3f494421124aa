"""The run's worker settings and input discovery (redact.worker, redact.inputs), and the one error line."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from redact import worker
from redact.errors import DocumentError, UsageError, error_line
from redact.inputs import discover
from redact.policy import load_policy


def test_worker_config_is_frozen_and_travels_whole() -> None:
    config = worker.WorkerConfig(load_policy("strict"), language="en", mute_spans=True)
    assert pickle.loads(pickle.dumps(config)) == config
    with pytest.raises(AttributeError):
        config.language = "ru"  # type: ignore[misc]


def test_processing_needs_an_initialised_worker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(worker, "_CURRENT", [])
    with pytest.raises(RuntimeError):
        worker.process(worker.Job(tmp_path / "a.txt", "a.txt", tmp_path / "out" / "a.txt"))


def test_discover_walks_folders_and_keeps_named_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for name in ("b.txt", "a.md", "sub/c.srt", ".hidden/d.txt", "e.gold.json", "f.pdf", ".g.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    named = tmp_path / "named.pdf"  # unsupported, but named: kept so that it fails loudly
    named.write_text("x", encoding="utf-8")
    found = discover([folder, named])
    assert [(f.rel, f.folder is None) for f in found] == [
        ("a.md", False),
        ("b.txt", False),
        ("sub/c.srt", False),
        ("named.pdf", True),
    ]
    assert all(f.path.is_absolute() for f in found)
    with pytest.raises(UsageError, match="no such file or folder"):
        discover([folder, tmp_path / "missing"])
    with pytest.raises(UsageError, match="no input paths"):
        discover([])


def test_error_line_names_the_file_and_never_the_text() -> None:
    secret = "Ivan Petrovich Sidorenko"  # invented
    assert error_line("a.srt", DocumentError("a.srt", "bad timing", where="block 3", hint="fix it")) == (
        "a.srt:block 3: bad timing (fix it)"
    )
    assert error_line("a.txt", FileNotFoundError(2, "No such file")) == "a.txt: cannot read (No such file)"
    line = error_line("a.txt", ValueError(secret), not_done="file not checked")
    assert line == "a.txt: internal error (ValueError); file not checked" and secret not in line
