"""Short cuts taken for speed find exactly what the patterns they replace found (property tests).

Each fast path is checked against the plain regex it stands for, on random strings drawn from the characters
that decide a match (digits, other numerics, capitals, small letters, spaces, hyphens, ordinal endings).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.discipline import whole_word_starts, words_before
from redact.propagate import _ORDINAL_TAIL, _written

_CHARS = st.sampled_from(list("1234567 -–\tAZаБЖstndrhй²٣KſxX.,\n"))
_TEXTS = st.lists(
    st.one_of(_CHARS, st.sampled_from(["12", "123", "st", "th", "-го", " - й", "A12", "Б123"])), max_size=40
).map("".join)


def _reference_written(text: str, number: str, tail_required: bool) -> list[tuple[int, int]]:
    tail = _ORDINAL_TAIL if tail_required else _ORDINAL_TAIL + "?"
    pattern = regex.compile(r"(?<![\p{N}\p{L}])\p{Lu}?" + regex.escape(number) + r"(?!\p{N})" + tail + r"(?!\p{L})")
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400)
@given(text=_TEXTS, number=st.sampled_from(["1", "12", "123", "1234", "٣", "11"]), tail_required=st.booleans())
def test_written_number_finds_what_its_pattern_finds(text: str, number: str, tail_required: bool) -> None:
    assert list(_written(text, number, tail_required)) == _reference_written(text, number, tail_required)


def test_written_number_examples() -> None:
    text = "unit 71348, the A71348 post; 611th and the 611-й, 611 alone, not 6110 or x611"
    assert [text[a:b] for a, b in _written(text, "71348", False)] == ["71348", "A71348"]
    assert [text[a:b] for a, b in _written(text, "611", True)] == ["611th", "611-й"]
    assert [text[a:b] for a, b in _written(text, "611", False)] == ["611th", "611-й", "611"]


_NAME_CHARS = st.sampled_from(list("AKMaknž ЖДжд\t\n-.'’Ⓐǅ"))
_NAME_TEXTS = st.lists(
    st.one_of(_NAME_CHARS, st.sampled_from(["Anna", "Korovin", "Anna Korovin", "  "])), max_size=30
).map("".join)


@settings(max_examples=400)
@given(text=_NAME_TEXTS, word=st.sampled_from(["Korovin", "Anna", "Kor", "Ⓐk", "Ж-д", "K'a"]))
def test_words_before_finds_what_its_pattern_finds(text: str, word: str) -> None:
    pattern = regex.compile(r"(\p{Lu}\p{Ll}+)\s+" + regex.escape(word) + r"(?!\p{L})")
    assert list(words_before(text, word)) == [m.group(1) for m in pattern.finditer(text)]


def test_words_before_examples() -> None:
    text = "Denis Korovin called. McDonald  Korovina no; Anna\tKorovin, ANNA Korovin"
    assert list(words_before(text, "Korovin")) == ["Denis", "Anna"]


@settings(max_examples=400)
@given(text=_NAME_TEXTS, word=st.sampled_from(["Korovin", "Anna", "a-a", "K'a", "Ж-д", "nn"]))
def test_whole_word_starts_finds_what_its_pattern_finds(text: str, word: str) -> None:
    pattern = regex.compile(r"(?<!\p{L})" + regex.escape(word) + r"(?!\p{L})")
    assert list(whole_word_starts(text, word)) == [m.start() for m in pattern.finditer(text)]


def test_whole_word_starts_examples() -> None:
    assert list(whole_word_starts("a-a-a, Annamaria Anna. Anna", "a-a")) == [0]
    assert list(whole_word_starts("Annamaria Anna. Anna", "Anna")) == [10, 16]
