"""Short cuts taken for speed find exactly what the patterns they replace found (property tests).

Each fast path is checked against the plain regex it stands for, on random strings drawn from the characters
that decide a match (digits, other numerics, capitals, small letters, spaces, hyphens, ordinal endings).
"""

from __future__ import annotations

from functools import cache

import regex
from hypothesis import HealthCheck, given, settings
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


@cache
def _started_patterns() -> list[tuple[str, regex.Pattern[str], tuple[regex.Pattern[str], ...]]]:
    """Every recognizer pattern that declares where its matches start (CuedPattern.starts), compiled (one regex or
    several, whose starts together are the pattern's)."""
    from redact.recognizers._cued import CuedPatternRecognizer, _compile
    from redact.registry import recognizer_table

    return [
        (
            f"{cls.__name__}: {p.name}",
            _compile(p.regex, p.compile_flags),
            tuple(_compile(s, p.compile_flags) for s in ((p.starts,) if isinstance(p.starts, str) else p.starts)),
        )
        for cls in recognizer_table().values()
        if isinstance(cls, type) and issubclass(cls, CuedPatternRecognizer)
        for p in cls.PATTERNS
        if p.starts is not None
    ]


# Pieces of the texts a started pattern is written for (life spans after a name, a year after a full name) and of
# what comes near them, so that random joins reach the look-behinds, the dates and the places a start may be missed.
_DATE_PIECES = [
    "Іван Петренко",
    "ЛОСЕВ Игнат Петрович",
    "Mazur A. ",
    "А. І. Коваль",
    "Петрович",
    "Ivanovna",
    "(",
    ")",
    "1984",
    "2023",
    "14.02.1984",
    "03.10.2023",
    "5 травня 1979",
    "May 5, 1979",
    " – ",
    "—",
    "-",
    ", ",
    ",",
    "  ",
    "\n",
    " р.",
    " года",
    "1914 – 1918",
    "x",
    "  (",
    "Год рождения?",
    "Рік народження? ",
    "Year of birth? ",
    "— ",
    "Иванов Иван",
    "девяносто первого",
    "nineteen ninety-one",
    "1991",
]
_DATE_TEXTS = st.lists(st.sampled_from(_DATE_PIECES), max_size=14).map("".join)


# Pieces of the units' names that open on a capitalised word (a territorial defence's place, a riot police's region, a
# formation's prefix) and of the designations after them, joined at random: a start missed by the capitals' lookahead
# or by the rest of the pattern would show as a match the scan finds and the starts do not.
_UNIT_PIECES = [
    "Kyiv",
    "Sumy",
    "Sakhalin",
    "Kharkiv-Vilnius",
    "The",
    "Territorial",
    "Territorial Defense",
    "Defence Forces",
    "territorial defence",
    "TDF",
    "TrO",
    "OMON",
    "SOBR",
    "Rosgvardia",
    "riot police",
    "unit",
    "detachment",
    "of the",
    "Oblast",
    "region",
    "regional",
    "47th",
    "241st",
    "fifty-first",
    "Separate",
    "Mechanized",
    "brigade",
    "Brigade",
    "battalion",
    "(104th)",
    "Zapad-",
    "Zapad",
    "Akhmat",
    "Вагнер",
    "Ахмата",
    "Wagner",
    "Group",
    "спецназ",
    "«Storm»",
    "'",
    "-",
    " ",
    "  ",
    ", ",
    ".",
    "\n",
]
_UNIT_TEXTS = st.lists(st.sampled_from(_UNIT_PIECES), max_size=12).map(" ".join)


def test_started_patterns_exist() -> None:
    names = [name for name, _, _ in _started_patterns()]
    assert "MilitaryUnitRecognizer: ordinal + type (en)" in names
    assert "MilitaryUnitRecognizer: police or security unit (en)" in names
    assert "MilitaryUnitRecognizer: named formation" in names
    assert "MilitaryUnitRecognizer: territorial defence of a region (en)" in names
    assert "DateOfBirthRecognizer: first year of a life span" in names
    assert "DateOfBirthRecognizer: year after a full name" in names
    assert "DateOfBirthRecognizer: year of birth answering a name-and-birth question" in names


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_DATE_TEXTS)
def test_started_patterns_find_what_a_scan_finds(text: str) -> None:
    from redact.recognizers._cued import matches_from

    for name, compiled, starts in _started_patterns():
        scanned = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for m in matches_from(compiled, text, *starts)] == scanned, name


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_UNIT_TEXTS)
def test_started_unit_patterns_find_what_a_scan_finds(text: str) -> None:
    from redact.recognizers._cued import matches_from

    for name, compiled, starts in _started_patterns():
        scanned = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for m in matches_from(compiled, text, *starts)] == scanned, name


def test_started_unit_patterns_examples() -> None:
    from redact.recognizers._cued import matches_from

    text = (
        "Kyiv Territorial Defense 241st Separate Brigade held the line; the Sumy territorial defence brigade (104th)\n"
        "and the Sakhalin OMON unit of the Rosgvardia; Zapad-Akhmat battalion, the Wagner Group. Territorial Defense "
        "47th brigade. The OMON of the Rosgvardia directorate for Khabarovsk Krai."
    )
    found = {}
    for name, compiled, starts in _started_patterns():
        scanned = [m.group() for m in compiled.finditer(text)]
        assert [m.group() for m in matches_from(compiled, text, *starts)] == scanned, name
        found[name] = scanned
    assert "Kyiv Territorial Defense 241st Separate Brigade" in found["MilitaryUnitRecognizer: ordinal + type (en)"]
    assert "Sakhalin OMON unit" in found["MilitaryUnitRecognizer: police or security unit (en)"]
    assert "Zapad-Akhmat battalion" in found["MilitaryUnitRecognizer: named formation"]
    assert (
        "Sumy territorial defence brigade (104th)"
        in found["MilitaryUnitRecognizer: territorial defence of a region (en)"]
    )


def test_started_patterns_examples() -> None:
    from redact.recognizers._cued import matches_from

    text = (
        "ЛОСЕВ Игнат Петрович (14.02.1984 – 03.10.2023); Коваль Іван Петрович, 1979 р., Mazur Anna (1986 – 2024)\n"
        "— Фамилия, имя, год рождения?\n— Соколов Антон, девяносто первого года."
    )
    found = {}
    for name, compiled, starts in _started_patterns():
        scanned = [m.group() for m in compiled.finditer(text)]
        assert [m.group() for m in matches_from(compiled, text, *starts)] == scanned, name
        found[name] = scanned
    assert found["DateOfBirthRecognizer: first year of a life span"]
    assert found["DateOfBirthRecognizer: year after a full name"]
    assert found["DateOfBirthRecognizer: year of birth answering a name-and-birth question"]


def test_started_patterns_on_the_tune_corpora() -> None:
    """The tune corpora's texts: the same matches, pattern by pattern."""
    from pathlib import Path

    from redact.corpus import load_corpus
    from redact.recognizers._cued import matches_from

    files = sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))
    texts = [p.text for f in files for p in load_corpus(f)]
    assert len(texts) > 1000
    for name, compiled, starts in _started_patterns():
        for text in texts:
            scanned = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in matches_from(compiled, text, *starts)] == scanned, name


_DATELINE_CHARS = st.sampled_from(list(" \t\n.,1мгМГорОРдеіІтсТСaК"))
_DATELINE_TEXTS = st.lists(
    st.one_of(
        _DATELINE_CHARS,
        st.sampled_from(["м. ", "г.", "гор.\t", "місто ", "МІСТІ\t", "городе ", "Город", "17 квітня 2025 року ", "\n"]),
        st.sampled_from(["місце ухвалення рішення ", "в залі суду в ", "во зале суда в ", "13.11.2025 року "]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_DATELINE_TEXTS)
def test_dateline_cue_is_needed_by_every_dateline(text: str) -> None:
    """The register's cheap look at the characters before a finding lets through every place the court dateline's
    look-back search matches at (redact.public._court_dateline)."""
    from redact.public import _DATELINE_BEFORE, _dateline_cue_before

    for start in range(len(text) + 1):
        lo = max(0, start - 80)
        if _DATELINE_BEFORE.search(text, lo, start) is not None:
            assert _dateline_cue_before(text, lo, start), (text, start)


def test_dateline_cue_examples() -> None:
    from redact.public import _dateline_cue_before

    for before in (
        "17 квітня 2025 року м. ",
        "13.11.2025 року місто ",
        "04 марта 2020 года г.\n",
        "в зале суда в городе ",
    ):
        assert _dateline_cue_before(before + "Київ", 0, len(before))
    for before in ("Він народився у ", "родом из ", "переїхали до міста "):
        assert not _dateline_cue_before(before + "Київ", 0, len(before))


def test_public_words_are_fresh_lists() -> None:
    """public.words keeps a mention's words once; every caller still gets a list of its own."""
    from redact.public import words

    first = words("the President Volodymyr Zelensky")
    first.append("x")
    assert words("the President Volodymyr Zelensky") == words("the President Volodymyr Zelensky") != first
