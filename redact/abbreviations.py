"""Abbreviations whose full stop ends no sentence, from one table (``data/abbreviations.tsv``).

Three modules split text at a full stop and must not split after "с.", "ул." or "No.": the front-line places'
sentence (redact/front.py ``_STOP``), the public register's clause (redact/public.py ``_CLAUSE_END``) and the
fitting of a replacement that opens a sentence (redact/fit/bounds.py ``ABBREV_END``). Each reads its column of the
table; where their lists differ the table shows it. The table is read once; this module imports nothing of the
recognizers, so redact/fit/ stays light.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

__all__ = ["COLUMNS", "abbreviations", "alternation"]

COLUMNS = ("sentence", "clause", "fit")
TABLE = Path(__file__).resolve().parent / "data" / "abbreviations.tsv"


@functools.cache
def abbreviations(column: str) -> tuple[str, ...]:
    """The abbreviations (as written, no full stop) a module reads: ``column`` is one of :data:`COLUMNS`."""
    if column not in COLUMNS:
        raise ValueError(column)
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t") if lines else []
    rows = [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]
    if not rows or column not in header:
        raise RuntimeError(f"{TABLE.name} is missing, empty or has no column {column!r}")
    return tuple(row["form"].strip() for row in rows if row.get(column, "").strip() == "y")


def alternation(column: str) -> str:
    """The column's abbreviations as a regex alternation (no group), each escaped."""
    return "|".join(str(regex.escape(a)) for a in abbreviations(column))
