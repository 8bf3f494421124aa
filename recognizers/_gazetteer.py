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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

__all__ = ["DATA", "Entry", "Gazetteer", "read_tsv", "gazetteer", "split_cell", "place_gazetteer"]

DATA = Path(__file__).resolve().parent / "data"


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_"


class Gazetteer:
    """Surface forms → entries, matched whole-word and case-sensitively in one pass."""

    def __init__(self, forms: Iterable[tuple[str, Entry]]) -> None:
        self._automaton: Any = ahocorasick.Automaton()
        self.size = 0
        table: dict[str, list[Entry]] = {}
        for form, entry in forms:
            if len(form) < 2:
                continue
            table.setdefault(form, []).append(entry)
        for form, entries in table.items():
            self._automaton.add_word(form, (form, tuple(entries)))
            self.size += 1
        if self.size:
            self._automaton.make_automaton()

    def __contains__(self, form: str) -> bool:
        return self.size > 0 and form in self._automaton

    def get(self, form: str) -> tuple[Entry, ...]:
        """Entries for an exact form (empty when unknown)."""
        if not self.size or form not in self._automaton:
            return ()
        return tuple(self._automaton.get(form)[1])

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[Entry, ...]]]:
        """(start, end, entries) of every whole-word match; at each start only the longest match."""
        if not self.size:
            return
        best: dict[int, tuple[int, tuple[Entry, ...]]] = {}
        for end_idx, (form, entries) in self._automaton.iter(text):
            start = end_idx - len(form) + 1
            end = end_idx + 1
            if start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] in "-"):
                continue
            if end < len(text) and (
                _is_word_char(text[end]) or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum())
            ):
                continue
            if start not in best or best[start][0] < end:
                best[start] = (end, entries)
        last_end = -1
        for start in sorted(best):
            end, entries = best[start]
            if start < last_end:  # inside a longer match that started earlier
                continue
            last_end = end
            yield start, end, entries


@cache
def gazetteer(name: str, builder: Callable[[], Iterable[tuple[str, Entry]]]) -> Gazetteer:
    """The process-wide gazetteer ``name`` built once from ``builder``."""
    return Gazetteer(builder())


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
