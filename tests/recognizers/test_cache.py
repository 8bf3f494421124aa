"""The on-disk gazetteer cache: used when valid, rebuilt when damaged or stale, never required."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.recognizers.nlp import cache as _cache
from redact.recognizers.nlp import gazetteer as _gazetteer
from redact.recognizers.nlp.gazetteer import Entry, Gazetteer


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
    files = list(tmp_path.glob("gazetteer-*.json"))
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
    (path,) = tmp_path.glob("gazetteer-*.json")
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


class _Payload:
    """A pickle that, when loaded, writes a marker file: what an attacker with write access would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (str(self.marker), "executed"))  # type: ignore[return-value]


def _plant_pickle(path: Path, marker: Path) -> None:
    """Replace a cache file by a malicious pickle, with a valid digest in the old format and in the new one."""
    import hashlib
    import pickle

    payload = pickle.dumps(_Payload(marker))
    path.write_bytes(_cache._FORMAT + hashlib.sha256(payload).digest() + payload)
    path.with_suffix(".pickle").write_bytes(b"redact-cache-1\n" + hashlib.sha256(payload).digest() + payload)


def test_a_planted_pickle_is_never_executed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _fresh(monkeypatch, cache)
    built = _gazetteer.gazetteer("test-places", _forms)
    (path,) = cache.glob("gazetteer-*.json")
    marker = tmp_path / "marker"
    _plant_pickle(path, marker)
    _gazetteer.gazetteer.cache_clear()
    again = _gazetteer.gazetteer("test-places", _forms)
    assert not marker.exists()
    assert _found(again) == _found(built) == [(5, 24, (Entry("Verkhnyaya Zarechka", "village"),))]
    assert _cache.load(path.stem) is not None  # rebuilt and rewritten as data
    # the same for the phone floor and the allow list's keys: every file in the folder replaced by the pickle
    from redact.recognizers import phone

    floor = phone._international_floor()
    phone._international_floor.cache_clear()
    phone._international_floor()
    for file in cache.glob("*.json"):
        _plant_pickle(file, marker)
    phone._international_floor.cache_clear()
    assert phone._international_floor() == floor
    assert not marker.exists()


def test_files_hold_plain_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import json

    _fresh(monkeypatch, tmp_path / "cache")
    _gazetteer.gazetteer("test-places", _forms)
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    (path,) = (tmp_path / "cache").glob("gazetteer-*.json")
    data = json.loads(path.read_bytes()[len(_cache._FORMAT) + 32 :])
    assert data["forms"].split("\0") == ["Verkhnyaya Zarechka", "Zarechka"]


def _data(**changes: object) -> dict[str, object]:
    good: dict[str, object] = {
        **{"forms": "ab", "first": [0], "more_at": [], "more_count": [], "more_ids": []},
        **{"rows": 1, "canonical": "X", "kind": "", "flags": ""},
    }
    return {**good, **changes}


def test_well_formed_data_round_trips() -> None:
    made = Gazetteer.from_data(_data())
    assert made is not None and made.get("ab") == (Entry("X"),)
    g = Gazetteer([*_forms(), ("Zarechka", Entry("Zarechka", "river", frozenset({"ambiguous", "water"})))])
    again = Gazetteer.from_data(g.to_data())
    assert again is not None and _found(again) == _found(g) and again.get("Zarechka") == g.get("Zarechka")
    assert Gazetteer.from_data(Gazetteer([]).to_data()) is not None


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        _data(first=[5]),  # entry out of range
        _data(first=[-1]),
        _data(first=["0"]),
        _data(first=[0, 0]),  # more numbers than forms
        _data(more_at=[3], more_count=[1], more_ids=[0]),  # form out of range
        _data(more_at=[0], more_count=[1], more_ids=[7]),  # entry out of range
        _data(more_at=[0], more_count=[2], more_ids=[0]),  # fewer entries than counted
        _data(more_at=[0], more_count=[0], more_ids=[]),
        _data(more_at="0"),
        _data(rows=2),  # fewer entries than announced
        _data(rows=True),
        _data(forms="a"),  # a one-letter form is never built
        _data(kind=["x"]),
        {"forms": "ab", "first": [0]},
        {**_data(), "first": {"0": 0}},
    ],
)
def test_malformed_data_is_rebuilt(data: object) -> None:
    assert Gazetteer.from_data(data) is None


def test_unsafe_folder_is_neither_read_nor_written(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    _fresh(monkeypatch, shared)
    built = _gazetteer.gazetteer("test-places", _forms)
    (path,) = shared.glob("gazetteer-*.json")
    marker = tmp_path / "marker"
    # someone else's data in a world-writable folder: a valid file that would change the result
    forged = {**_data(forms="Verkhnyaya Zarechka\0Zarechka", first=[0, 0]), "canonical": "Forged"}
    assert Gazetteer.from_data(forged) is not None
    _cache.store(path.stem, forged)
    shared.chmod(0o777)
    _gazetteer.gazetteer.cache_clear()
    assert _cache.usable_dir() is None and _cache.load(path.stem) is None
    again = _gazetteer.gazetteer("test-places", _forms)
    assert _found(again) == _found(built)
    assert not marker.exists()
    before = sorted(p.name for p in shared.iterdir())
    _cache.store("anything", {"a": 1})
    assert sorted(p.name for p in shared.iterdir()) == before  # never written
    shared.chmod(0o775)  # group-writable: refused too
    assert _cache.usable_dir() is None
    shared.chmod(0o755)  # an older release's folder, owned by us, writable by us only: used
    assert _cache.usable_dir() == shared
    assert Gazetteer.from_data(_cache.load(path.stem)) is not None


def test_a_file_not_ours_or_a_symlink_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _fresh(monkeypatch, cache)
    _cache.store("k", [1, 2])
    assert _cache.load("k") == [1, 2]
    (cache / "k.json").chmod(0o666)
    assert _cache.load("k") is None
    (cache / "k.json").chmod(0o600)
    (cache / "k.json").rename(tmp_path / "elsewhere.json")
    (cache / "k.json").symlink_to(tmp_path / "elsewhere.json")
    assert _cache.load("k") is None


def test_a_folder_owned_by_someone_else_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    cache = tmp_path / "cache"
    _fresh(monkeypatch, cache)
    _cache.store("k", [1])
    me = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: me + 1)  # the folder and its files now belong to "someone else"
    assert _cache.usable_dir() is None and _cache.load("k") is None
    _cache.store("other", [2])
    assert not (cache / "other.json").exists()
    assert _found(_gazetteer.gazetteer("test-places", _forms))


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
_fields = ("forms", "first", "more_at", "more_count", "more_ids", "rows", "canonical", "kind", "flags")


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(_fields), _json, max_size=9) | _json, st.booleans())
def test_any_json_in_a_cache_file_gives_a_gazetteer_or_a_rebuild(data: object, merge: bool) -> None:
    """Whatever JSON a cache file holds, reading it never raises: a well-formed gazetteer or None (rebuild)."""
    if merge and isinstance(data, dict):
        data = {**_data(), **data}
    made = Gazetteer.from_data(data)
    if made is not None:
        assert made.size == len(made._lengths) == len(made._first)
        for form in data["forms"].split("\0") if isinstance(data, dict) and data["forms"] else []:
            assert made.get(form)  # every stored form finds its entries
