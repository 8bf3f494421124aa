"""Tables built once per process are kept in the on-disk cache and read back unchanged (start-up cost, not results)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact import generalize
from redact.recognizers.nlp import cache


@pytest.fixture
def fresh_gazetteer():
    generalize._gazetteer.cache_clear()
    yield
    generalize._gazetteer.cache_clear()


def _cached(folder: Path, prefix: str) -> list[Path]:
    return sorted(folder.glob(f"{prefix}-*.json"))


def test_the_generalisation_gazetteer_is_stored_and_read_back_identical(tmp_path, monkeypatch, fresh_gazetteer) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    built = generalize._build_gazetteer()
    first = generalize._gazetteer()
    assert len(_cached(tmp_path, "generalize-places")) == 1, "the table was not written to the cache"
    generalize._gazetteer.cache_clear()
    read = generalize._gazetteer()
    assert read is not first
    assert read == built and list(read) == list(built)
    assert all(type(p) is generalize.Place for p in read.values())
    # a shared variant keeps only what its places have in common, after the round trip too
    assert {p.kind for p in read.values()} >= {"village", "city", "region"}
    assert generalize._place_lookup("Харкові", "uk") == generalize._place_lookup("Харків", "uk") is not None


def test_a_damaged_or_foreign_gazetteer_cache_value_is_rebuilt(tmp_path, monkeypatch, fresh_gazetteer) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    built = generalize._gazetteer()
    (path,) = _cached(tmp_path, "generalize-places")
    for bad in (
        {"keys": "a\0b", "place": [0], "places": [["city", "", "", "RU", "", 1]]},  # one index for two keys
        {"keys": "a", "place": [3], "places": [["city", "", "", "RU", "", 1]]},  # index out of range
        {"keys": "a", "place": [0], "places": [["city", "", "", "RU", "", 1.5]]},  # population not an int
        {"keys": "a", "place": [0], "places": [["city", "", "", "RU", ""]]},  # a field missing
        ["a"],
    ):
        cache.store(path.stem, bad)
        generalize._gazetteer.cache_clear()
        assert generalize._gazetteer() == built


def test_without_a_cache_the_gazetteer_is_built_in_memory(monkeypatch, fresh_gazetteer) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", "off")
    assert generalize._gazetteer() == generalize._build_gazetteer()


def test_compound_town_stems_are_stored_and_read_back_identical(tmp_path, monkeypatch) -> None:
    from redact.recognizers.nlp import demonyms

    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    demonyms._compound_first_parts.cache_clear()
    try:
        built = demonyms._build_compound_first_parts()
        assert built.get("анжер") == "Анжеро-Судженск"
        assert demonyms._compound_first_parts() == built
        (path,) = _cached(tmp_path, "compound-first-parts")
        demonyms._compound_first_parts.cache_clear()
        assert demonyms._compound_first_parts() == built and list(demonyms._compound_first_parts()) == list(built)
        cache.store(path.stem, {"анжер": 1})  # a foreign value is rebuilt, never used
        demonyms._compound_first_parts.cache_clear()
        assert demonyms._compound_first_parts() == built
        assert demonyms._compound_town("анжерка") == "Анжеро-Судженск"
    finally:
        demonyms._compound_first_parts.cache_clear()


def test_the_register_files_read_the_same_with_the_fast_yaml_loader(tmp_path) -> None:
    import yaml

    from redact import public

    for path in sorted((Path(public.__file__).parent / "data" / "public").glob("*.yaml")):
        assert public._read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: [\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        public._read_yaml(bad)
