"""Patterns rebuilt from the on-disk cache are the patterns ``regex.compile`` makes (start-up cost, not results)."""

from __future__ import annotations

import pytest
import regex

from redact.recognizers.nlp import compiled

_PATTERNS = [
    (r"(?<![\w-])(?P<v>ab|cd)(?i:x)\b", regex.MULTILINE | regex.IGNORECASE),
    (r"\b(?P<v>\d{1,3}(?:\s?-\s?(?:й|м|го))?)\s+(?:вул\.|вулиця|улица)\s+(?P<name>\p{Lu}\p{Ll}+)", regex.V1),
    (r"(?-i:\G(?:\s+(?:та|і|и)\s+СП)?)|(?<=born\s)(?P<y>(?:19|20)\d\d)", regex.DOTALL | regex.IGNORECASE),
    (r"(\w+)\s+\1(?!\p{L})", 0),
    (r"(?:Street|St\.|Avenue|Ave\.?|Lane)(?![\p{L}.])", regex.V1),
]
_TEXTS = [
    "ab X cd x, abx cdX 12-й вулиця Шевченка, 5 улица Ленина",
    "born 1990 та СП and і СП the the Street St. Lane Avenues",
    "",
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and the module as a new process finds it."""
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    for name, value in (("_made", {}), ("_table", None), ("_added", {}), ("_used", set())):
        monkeypatch.setattr(compiled, name, value)
    return tmp_path


def _new_process(monkeypatch) -> None:
    for name, value in (("_made", {}), ("_table", None), ("_added", {}), ("_used", set())):
        monkeypatch.setattr(compiled, name, value)


def _behaviour(p: regex.Pattern[str]) -> list[object]:
    return [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t)] for t in _TEXTS]


def test_a_pattern_read_back_from_the_cache_is_the_one_regex_compiles(fresh, monkeypatch) -> None:
    first = [compiled.pattern(s, f) for s, f in _PATTERNS]
    compiled.save()
    assert len(list(fresh.glob("regex-*.json"))) == 1, "the patterns were not written to the cache"
    _new_process(monkeypatch)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(compiled.regex, "compile", refuse)
    read = [compiled.pattern(s, f) for s, f in _PATTERNS]
    monkeypatch.undo()
    for (source, flags), a, b in zip(_PATTERNS, first, read, strict=True):
        reference = regex.compile(source, flags)
        assert b is not a
        assert b._pickled_data == reference._pickled_data  # type: ignore[attr-defined]
        assert (b.pattern, b.flags, b.groupindex, b.groups) == (
            source,
            reference.flags,
            reference.groupindex,
            reference.groups,
        )
        assert _behaviour(b) == _behaviour(reference)


def test_a_damaged_entry_is_compiled_instead(fresh, monkeypatch) -> None:
    source, flags = _PATTERNS[1]
    compiled.pattern(source, flags)
    compiled.save()
    _new_process(monkeypatch)
    table = compiled._load()
    assert table is not None
    for broken in ([], ["x"] * 8, [0, "not base64!", {}, [], 0, None, 0, 0], None):
        table[f"{flags}:{source}"] = broken
        compiled._made.clear()
        p = compiled.pattern(source, flags)
        assert _behaviour(p) == _behaviour(regex.compile(source, flags))


def test_with_the_cache_off_patterns_are_compiled_and_nothing_is_written(tmp_path, monkeypatch, fresh) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", "off")
    source, flags = _PATTERNS[0]
    p = compiled.pattern(source, flags)
    compiled.save()
    assert _behaviour(p) == _behaviour(regex.compile(source, flags))
    assert not list(tmp_path.iterdir())


def test_a_missing_cache_folder_under_a_file_is_no_error(tmp_path, monkeypatch, fresh) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("REDACT_CACHE_DIR", str(blocker / "cache"))  # cannot be created: its parent is a file
    source, flags = _PATTERNS[2]
    p = compiled.pattern(source, flags)
    compiled.save()
    assert _behaviour(p) == _behaviour(regex.compile(source, flags))
