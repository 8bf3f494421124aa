"""The on-disk gazetteer cache: used when valid, rebuilt when damaged or stale, never required."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.nlp import cache as _cache
from recognizers.nlp import gazetteer as _gazetteer
from recognizers.nlp.gazetteer import Entry, Gazetteer


def _forms() -> list[tuple[str, Entry]]:
    return [
        ("Verkhnyaya Zarechka", Entry("Verkhnyaya Zarechka", "village")),
        ("Zarechka", Entry("Zarechka", "village")),
    ]


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path | str) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(folder))
    _gazetteer.gazetteer.cache_clear()


def _found(g: Gazetteer) -> list[tuple[int, int, tuple[Entry, ...]]]:
    return list(g.find("from Verkhnyaya Zarechka and Zarechka-2"))


def test_second_load_reads_the_cache_and_finds_the_same(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    built = _gazetteer.gazetteer("test-places", _forms)
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    _gazetteer.gazetteer.cache_clear()
    calls: list[int] = []

    def counting() -> list[tuple[str, Entry]]:
        calls.append(1)
        return _forms()

    counting.__module__, counting.__qualname__ = _forms.__module__, _forms.__qualname__  # same cache key
    loaded = _gazetteer.gazetteer("test-places", counting)
    assert not calls  # served from the file
    assert loaded is not built and _found(loaded) == _found(built)
    assert _found(loaded) == [(5, 24, (Entry("Verkhnyaya Zarechka", "village"),))]
    assert loaded.get("Zarechka") == (Entry("Zarechka", "village"),) and "Zarechka" in loaded


def test_damaged_file_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    _gazetteer.gazetteer("test-places", _forms)
    (path,) = tmp_path.glob("gazetteer-*.pickle")
    raw = path.read_bytes()
    path.write_bytes(raw[:-10] + b"0123456789")  # same length, wrong digest
    _gazetteer.gazetteer.cache_clear()
    again = _gazetteer.gazetteer("test-places", _forms)
    assert _found(again) == [(5, 24, (Entry("Verkhnyaya Zarechka", "village"),))]
    assert not path.read_bytes().endswith(b"0123456789")  # rewritten whole
    assert _cache.load(path.stem) is not None


def test_cache_off_and_unwritable_folder_still_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, "off")
    assert _cache.cache_dir() is None
    assert _found(_gazetteer.gazetteer("test-places", _forms))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _fresh(monkeypatch, blocker / "cache")  # mkdir fails: build in memory, no error
    assert _found(_gazetteer.gazetteer("test-places", _forms))


def test_key_changes_with_the_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = _gazetteer._cache_key("places+regions", _gazetteer._place_forms)
    assert key == _gazetteer._cache_key("places+regions", _gazetteer._place_forms)
    assert key != _gazetteer._cache_key("given_names.tsv", _gazetteer._place_forms)
    data = tmp_path / "data"
    data.mkdir()
    for p in _gazetteer.DATA.iterdir():
        (data / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(_gazetteer, "DATA", data)
    assert _gazetteer._cache_key("places+regions", _gazetteer._place_forms) == key
    (data / "regions.tsv").write_bytes((data / "regions.tsv").read_bytes() + b"\n")
    assert _gazetteer._cache_key("places+regions", _gazetteer._place_forms) != key
