"""Gazetteers shipped in ``recognizers/data``: loaded once per process, matched in one Aho-Corasick pass.

The data files are compact TSVs with a header row. :func:`read_tsv` reads one;
:class:`Gazetteer` turns surface forms into a pyahocorasick automaton and finds
them in text on word boundaries, case-sensitively (the caller adds the case
variants it wants: "Roman" and "ROMAN" are names, "roman" is a word).
:func:`gazetteer` caches one automaton per (name, builder), so the English,
Russian and Ukrainian recognizers share the same loaded data.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

__all__ = ["DATA", "Entry", "Gazetteer", "read_tsv", "gazetteer", "split_cell"]

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Entry:
    """What a surface form stands for: a canonical name and free-form attributes."""

    canonical: str
    kind: str = ""
    flags: frozenset[str] = frozenset()


def split_cell(cell: str | None) -> list[str]:
    """Values in one TSV cell, separated by ``|``, ``;`` or ``,``."""
    if not cell:
        return []
    for sep in ("|", ";"):
        cell = cell.replace(sep, ",")
    return [v.strip() for v in cell.split(",") if v.strip()]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``data/<name>`` as dicts keyed by the header; missing file → no rows."""
    path = DATA / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in rows]


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
                _is_word_char(text[end]) or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalpha())
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
