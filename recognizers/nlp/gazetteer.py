"""Gazetteers shipped in ``recognizers/data``: loaded once per process, matched in one Aho-Corasick pass.

The data files are compact TSVs with a header row. :func:`read_tsv` reads one;
:class:`Gazetteer` turns surface forms into a pyahocorasick automaton and finds
them in text on word boundaries, case-sensitively (the caller adds the case
variants it wants: "Roman" and "ROMAN" are names, "roman" is a word).
:func:`gazetteer` caches one automaton per (name, builder), so the English,
Russian and Ukrainian recognizers share the same loaded data.
"""

from __future__ import annotations

import gzip
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import regex

from redact.recognizers.nlp import cache as _cache
from redact.recognizers.nlp import morph

__all__ = [
    "DATA",
    "Entry",
    "Gazetteer",
    "read_tsv",
    "gazetteer",
    "split_cell",
    "place_gazetteer",
    "given_name_forms",
    "find_forms",
]

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Entry:
    """What a surface form stands for: a canonical name and free-form attributes."""

    canonical: str
    kind: str = ""
    flags: frozenset[str] = frozenset()


def split_cell(cell: str | None) -> list[str]:
    """Values in one TSV cell, joined with ``|``."""
    if not cell:
        return []
    return [v.strip() for v in cell.split("|") if v.strip()]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``data/<name>`` (or its ``.gz``) as dicts keyed by the header; a missing file has no rows."""
    path = DATA / name
    if not path.is_file():
        path = DATA / f"{name}.gz"
        if not path.is_file():
            return []
    if path.suffix == ".gz":
        raw = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split("\t")]
    width = len(header)
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


_Row = tuple[str, str, tuple[str, ...]]  # an Entry as plain data: canonical, kind, sorted flags


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_"


# ``regex``'s own \w (letters, marks, digits, connectors) and the hyphen: what ``(?<![\w-])`` and ``(?![\w-])`` test.
_WORD_OR_HYPHEN = regex.compile(r"[\w-]")


def find_forms(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    r"""(start, end) of every whole-word occurrence of one of ``forms`` (literal, case-sensitive), left to right.

    Exactly the spans of ``regex.compile(r"(?<![\w-])(?:" + "|".join(map(regex.escape, sorted(forms, key=len,
    reverse=True))) + r")(?![\w-])").finditer(text)``: at each start the longest form whose end is a word border
    wins, and matches do not overlap. One Aho-Corasick pass instead of compiling that alternation for every
    document (the case forms of the names a document holds): compiling it was a tenth of a Russian or Ukrainian
    run. An empty form or none (the regex then matches the empty string at every border) goes to the regex itself.
    """
    forms = set(forms)
    if "" in forms or not forms:
        alternation = "|".join(map(regex.escape, sorted(forms, key=len, reverse=True)))
        return [m.span() for m in regex.finditer(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", text)]
    automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for form in forms:
        automaton.add_word(form)
    automaton.make_automaton()
    border = _WORD_OR_HYPHEN.match
    longest: dict[int, int] = {}
    size = len(text)
    for last, length in automaton.iter(text):
        start, end = last - length + 1, last + 1
        if (start > 0 and border(text[start - 1])) or (end < size and border(text[end])):
            continue
        if longest.get(start, -1) < end:
            longest[start] = end
    out: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(longest):
        if start >= reached:
            out.append((start, longest[start]))
            reached = longest[start]
    return out


class Gazetteer:
    """Surface forms → entries, matched whole-word and case-sensitively in one pass.

    The automaton stores an int per form (an index into ``_lengths``/``_first``/``_more``) rather than Python
    objects; :meth:`to_data`/:meth:`from_data` turn it into plain data for the on-disk cache (see :func:`gazetteer`).
    """

    def __init__(self, forms: Iterable[tuple[str, Entry]]) -> None:
        table: dict[str, list[Entry]] = {}
        for form, entry in forms:
            if len(form) < 2:
                continue
            table.setdefault(form, []).append(entry)
        automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        # Per form index: its length, its first entry, and (rarely) its further entries, as flat int arrays.
        lengths = array("i")
        first = array("i")
        more: dict[int, tuple[int, ...]] = {}
        numbering: dict[Entry, int] = {}
        for index, (form, found) in enumerate(table.items()):
            automaton.add_word(form, index)
            lengths.append(len(form))
            ids = [numbering.setdefault(e, len(numbering)) for e in found]
            first.append(ids[0])
            if len(ids) > 1:
                more[index] = tuple(ids[1:])
        if lengths:
            automaton.make_automaton()
        rows = [(e.canonical, e.kind, tuple(sorted(e.flags))) for e in numbering]
        self._set(automaton, lengths, first, more, rows)

    def _set(
        self, automaton: Any, lengths: array[int], first: array[int], more: dict[int, tuple[int, ...]], rows: list[_Row]
    ) -> None:
        self._automaton = automaton
        self._lengths = lengths
        self._first = first
        self._more = more
        self._rows = rows
        self._made: dict[int, Entry] = {}  # Entry objects are made on first use
        self.size = len(lengths)

    def _entry(self, i: int) -> Entry:
        entry = self._made.get(i)
        if entry is None:
            canonical, kind, flags = self._rows[i]
            entry = self._made[i] = Entry(canonical, kind, frozenset(flags))
        return entry

    def _entries(self, index: int) -> tuple[Entry, ...]:
        head = self._entry(self._first[index])
        extra = self._more.get(index)
        return (head, *(self._entry(i) for i in extra)) if extra else (head,)

    def to_data(self) -> dict[str, object] | None:
        """The gazetteer as plain JSON data for the on-disk cache (no code, no pickle); None if it cannot be.

        Strings are joined with NUL (and flags with ``|``) into a few long strings, which JSON reads several
        times faster than one small list per entry.
        """
        forms = [form for form, _ in sorted(self._automaton.items(), key=lambda item: item[1])] if self.size else []
        canonicals = [row[0] for row in self._rows]
        kinds = [row[1] for row in self._rows]
        flags = ["|".join(row[2]) for row in self._rows]
        if any("\0" in text for text in (*forms, *canonicals, *kinds, *flags)) or any(
            "|" in flag for row in self._rows for flag in row[2]
        ):
            return None
        return {
            "forms": "\0".join(forms),
            "first": self._first.tolist(),
            "more_at": sorted(self._more),  # forms with further entries, their count, and the entries, flat
            "more_count": [len(self._more[index]) for index in sorted(self._more)],
            "more_ids": [i for index in sorted(self._more) for i in self._more[index]],
            "rows": len(self._rows),
            "canonical": "\0".join(canonicals),
            "kind": "\0".join(kinds),
            "flags": "\0".join(flags),
        }

    @classmethod
    def from_data(cls, data: object) -> Gazetteer | None:
        """The gazetteer rebuilt from :meth:`to_data`'s output; None when ``data`` is not well-formed.

        The automaton is rebuilt from the forms (a few tenths of a second for the settlement gazetteer)
        rather than loaded from a binary dump, so a cache file holds nothing but strings and numbers.
        """
        try:
            if not isinstance(data, dict):
                return None
            n_rows = data["rows"]
            blobs = [data[name] for name in ("forms", "canonical", "kind", "flags")]
            if type(n_rows) is not int or not all(isinstance(b, str) for b in blobs):
                return None
            forms, canonicals, kinds, flags = (blob.split("\0") if blob else [] for blob in blobs)
            if n_rows == 1:  # one row: an empty string splits to nothing but stands for one empty value
                canonicals, kinds, flags = canonicals or [""], kinds or [""], flags or [""]
            if not len(canonicals) == len(kinds) == len(flags) == n_rows:
                return None
            rows: list[_Row] = [
                (c, k, tuple(f.split("|")) if f else ()) for c, k, f in zip(canonicals, kinds, flags, strict=True)
            ]
            # array() refuses anything but ints (TypeError, OverflowError), min/max check the ranges in C
            first, more_at, more_count, more_ids = (
                array("i", data[name]) for name in ("first", "more_at", "more_count", "more_ids")
            )
            lengths = array("i", map(len, forms))
            if len(first) != len(forms) or (lengths and min(lengths) < 2):
                return None
            if len(more_at) != len(more_count) or sum(more_count) != len(more_ids):
                return None
            for numbers, top in ((first, n_rows), (more_at, len(forms)), (more_ids, n_rows)):
                if numbers and (min(numbers) < 0 or max(numbers) >= top):
                    return None
            if more_count and min(more_count) < 1:
                return None
            more: dict[int, tuple[int, ...]] = {}
            offset = 0
            for index, count in zip(more_at, more_count, strict=True):
                more[index] = tuple(more_ids[offset : offset + count])
                offset += count
            automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            add = automaton.add_word
            for index, form in enumerate(forms):
                add(form, index)
            if forms:
                automaton.make_automaton()
            made = cls.__new__(cls)
            made._set(automaton, lengths, first, more, rows)
            return made
        except (KeyError, TypeError, ValueError, OverflowError):
            return None

    def __contains__(self, form: str) -> bool:
        return self.size > 0 and form in self._automaton

    def get(self, form: str) -> tuple[Entry, ...]:
        """Entries for an exact form (empty when unknown)."""
        if not self.size:
            return ()
        index = self._automaton.get(form, -1)
        return self._entries(index) if index >= 0 else ()

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[Entry, ...]]]:
        """(start, end, entries) of every whole-word match; at each start only the longest match."""
        if not self.size:
            return
        best: dict[int, tuple[int, int]] = {}
        lengths = self._lengths
        for end_idx, index in self._automaton.iter(text):
            start = end_idx - lengths[index] + 1
            end = end_idx + 1
            if start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] in "-"):
                continue
            if end < len(text) and (
                _is_word_char(text[end]) or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum())
            ):
                continue
            if start not in best or best[start][0] < end:
                best[start] = (end, index)
        last_end = -1
        for start in sorted(best):
            end, index = best[start]
            if start < last_end:  # inside a longer match that started earlier
                continue
            last_end = end
            yield start, end, self._entries(index)


@cache
def gazetteer(name: str, builder: Callable[[], Iterable[tuple[str, Entry]]]) -> Gazetteer:
    """The process-wide gazetteer ``name`` built once from ``builder``, through the on-disk cache.

    Building the settlement gazetteer from its TSVs takes one to two seconds (reading and inflecting the forms);
    rebuilding it from the cached plain-data form list takes a few tenths (JSON load plus the Aho-Corasick build).
    The cache holds data only (see :mod:`redact.recognizers.nlp.cache`): no pickle, nothing that can run code. The cache
    file is named by a digest of everything the result depends on (the data files, the builder's module, this
    module, pyahocorasick and Python versions), so a changed input never reads a stale file.
    """
    key = _cache_key(name, builder)
    cached = Gazetteer.from_data(_cache.load(key))
    if cached is not None:
        return cached
    built = Gazetteer(builder())
    data = built.to_data()
    if data is not None:
        _cache.store(key, data)
    return built


def _cache_key(name: str, builder: Callable[..., object]) -> str:
    sources = [Path(__file__), Path(ahocorasick.__file__ or __file__)]
    module_file = getattr(sys.modules.get(builder.__module__), "__file__", None)
    if module_file:
        sources.append(Path(module_file))
    sources += sorted(p for p in DATA.iterdir() if p.is_file()) if DATA.is_dir() else []
    return _cache.key("gazetteer", (name, builder.__module__, builder.__qualname__, sys.version), sources)


def _place_forms() -> Iterator[tuple[str, Entry]]:
    """Every variant of every settlement and region, Latin and Cyrillic, nominative and inflected."""
    for row in read_tsv("places.tsv"):
        ambiguous = set(split_cell(row.get("ambiguous")))
        plain = Entry(row.get("name", ""), row.get("kind", "place"))
        unsure = Entry(plain.canonical, plain.kind, _AMBIGUOUS)
        for form in split_cell(row.get("variants")):
            yield form, unsure if form in ambiguous else plain
    for row in read_tsv("regions.tsv"):
        ambiguous = set(split_cell(row.get("ambiguous")))
        kind = "region:" + row.get("kind", "")
        plain = Entry(row.get("name", ""), kind)
        unsure = Entry(plain.canonical, kind, _AMBIGUOUS)
        for column in ("variants", "inflected"):
            for form in split_cell(row.get(column)):
                yield form, unsure if form in ambiguous else plain


_AMBIGUOUS = frozenset({"ambiguous"})


def place_gazetteer() -> Gazetteer:
    """The shared gazetteer of settlements (places.tsv) and regions (regions.tsv), one automaton for all languages.

    Matching is case-sensitive and whole-word; an entry flagged ``ambiguous`` is also an ordinary word
    or a name and should only be reported with context.
    """
    return gazetteer("places+regions", _place_forms)


@lru_cache(maxsize=50_000)
def is_given_name(word: str, language: str) -> bool:
    """Whether ``word`` is a given name of the gazetteer in any case form ("Володимир", "Богданові", "Ярославом"):
    the Ukrainian dictionary tags many of them as plain nouns (Володимир, Богдан), so a Name tag alone misses them."""
    forms = given_name_forms()
    if word.casefold() in forms:
        return True
    return any(p.tag.POS == "NOUN" and str(p.normal_form) in forms for p in morph.parses(word, language)[:3])


GIVEN_NAME_COLUMNS = ("name", "uk", "diminutives", "vocatives", "latin")


@lru_cache(maxsize=8)
def given_name_forms(columns: tuple[str, ...] = GIVEN_NAME_COLUMNS, ambiguous: bool = True) -> frozenset[str]:
    """Every form of every given name in the gazetteer (name, Ukrainian, diminutives, vocatives, Latin), lower case:
    the one loader of ``given_names.tsv``'s forms.

    Most callers want them all. Two narrower sets exist on purpose: ``columns`` without "latin" for a caller that
    reads Cyrillic words against Cyrillic names only (a place reading, :mod:`recognizers.nlp.places`), or with
    "vocatives" alone for the spoken vocatives ("Серёг", "Лёх"); ``ambiguous=False`` leaves out the forms a row
    marks ambiguous (Вера, Роман, Рома are also common words) for a caller that lets a listed form overrule the
    dictionary's common-noun reading (:mod:`recognizers.ru_person`).
    """
    out: set[str] = set()
    for row in read_tsv("given_names.tsv"):
        skip = set() if ambiguous else {a.lower() for a in split_cell(row.get("ambiguous"))}
        for column in columns:
            out.update(v.lower() for v in split_cell(row.get(column)) if v.lower() not in skip)
    return frozenset(out)
