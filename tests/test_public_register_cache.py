"""The compiled public register is kept in the on-disk cache and read back unchanged (start-up cost, not results)."""

from __future__ import annotations

from pathlib import Path

from redact.public import PublicRegister, PublicSpec


def _cached(folder: Path) -> list[Path]:
    return sorted(folder.glob("public-register-*.json"))


def test_the_compiled_register_is_stored_and_read_back_identical(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    spec = PublicSpec(min_population=1_000_000)
    built = PublicRegister(spec)
    assert len(_cached(tmp_path)) == 1, "the compiled register was not written to the cache"
    read = PublicRegister(spec)
    assert read.entries == built.entries
    assert read._people == built._people and list(read._people) == list(built._people)
    assert read._names == built._names and list(read._names) == list(built._names)
    for mention, language in [("Путина", "ru"), ("Зеленського", "uk"), ("Putin's", "en"), ("Харкові", "uk")]:
        assert read.match(mention, language) == built.match(mention, language)


def test_a_damaged_or_foreign_cache_value_is_rebuilt(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    spec = PublicSpec(min_population=1_000_000)
    built = PublicRegister(spec)
    (path,) = _cached(tmp_path)
    from redact.recognizers.nlp import cache

    cache.store(path.stem, {"entries": [["x"]], "register": [0], "people": {}, "names": {}})
    again = PublicRegister(spec)
    assert again._names == built._names and again.entries == built.entries


def test_without_a_cache_the_register_is_built_in_memory(monkeypatch) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", "off")
    assert PublicRegister(PublicSpec()).match("Путина", "ru") is not None
