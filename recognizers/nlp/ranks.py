"""Ranks, posts and titles from one table (``data/ranks.tsv``), for every module that reads them.

Three modules used to keep their own lists, which had to agree and did not quite: the English name recognizers'
words that are never a name (recognizers/_names.py ``RANKS``), the front-line places' rank before a name
(redact/front.py ``_RANK_BEFORE``) and the public register's rank below colonel (redact/public.py
``_LOW_RANK_BEFORE``). Each now derives its set from the table's columns; where they disagreed the table says so
(its header), and each still reads what it read before. The table is read once. Its ``read_by`` column adds the
rank lists of recognizers/ru_person.py, recognizers/ru_call_sign.py, redact/front.py (``_MILITARY``) and
redact/officials.py (:data:`READERS`), again each with the forms it held before.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

__all__ = [
    "HONORIFIC_PERSON_LEMMAS",
    "MOTHERLAND_LEMMAS",
    "LIEUTENANT_COLONEL",
    "RankForm",
    "rank_forms",
    "forms_for",
    "name_words",
    "READERS",
    "stems_for",
    "transliterated",
]

# Honorific capitals of memorial notices for the fallen ("прощання з Героєм", "зустріли Захисника", "Вічна пам'ять
# Героїні"): person nouns, never a name, place or call sign by themselves.
HONORIFIC_PERSON_LEMMAS = frozenset({"герой", "героїня", "героиня", "захисник", "захисниця", "оборонець"})
# The motherland they defended, capitalised the same way ("Захиснику Вітчизни", "за Батьківщину"): no name either.
MOTHERLAND_LEMMAS = frozenset({"вітчизна", "батьківщина", "отчизна", "отечество"})

# Seniority of a lieutenant colonel (the table's scale): the register's low ranks are those below it.
LIEUTENANT_COLONEL = 8


@dataclass(frozen=True)
class RankForm:
    """One row of the table: a form, how it is matched, and the modules that read it."""

    form: str
    languages: tuple[str, ...]
    kind: str  # "stem" (any ending follows), "word" (any letter case) or "abbr" (as written, a full stop after it)
    rank: str
    seniority: int | None
    names: str  # "", "y" or "abbr"
    front: bool
    register: bool
    modifiers: tuple[str, ...]
    read_by: tuple[str, ...]  # the other modules that read the form (the table's read_by column)


# The modules of the read_by column (data/ranks.tsv's header says which list each is).
READERS = frozenset({"person", "initial", "call_sign", "military", "officials"})


@functools.cache
def rank_forms() -> tuple[RankForm, ...]:
    """Every row of ``data/ranks.tsv``, in its order. A missing or empty table is an error, never an empty list."""
    out = []
    for row in read_tsv("ranks.tsv"):
        cell = {k: (v or "").strip() for k, v in row.items()}
        read_by = tuple(split_cell(cell["read_by"]))
        if (
            cell["kind"] not in {"stem", "word", "abbr", "lemma"}
            or cell["names"] not in {"", "y", "abbr"}
            or not READERS.issuperset(read_by)
        ):
            raise ValueError(f"data/ranks.tsv: bad row for {cell['form']!r}")
        out.append(
            RankForm(
                form=cell["form"],
                languages=tuple(split_cell(cell["languages"])),
                kind=cell["kind"],
                rank=cell["rank"],
                seniority=int(cell["seniority"]) if cell["seniority"] else None,
                names=cell["names"],
                front=cell["front"] == "y",
                register=cell["register"] == "y",
                modifiers=tuple(split_cell(cell["modifiers"])),
                read_by=read_by,
            )
        )
    if not out:
        raise RuntimeError("data/ranks.tsv is missing or empty")
    return tuple(out)


def forms_for(column: str, kind: str) -> list[RankForm]:
    """The rows of ``kind`` a module reads (``column``: "front", "register" or one of :data:`READERS`), in table
    order. For "register" only ranks below lieutenant colonel."""
    rows = [f for f in rank_forms() if f.kind == kind]
    if column == "front":
        return [f for f in rows if f.front]
    if column == "register":
        return [f for f in rows if f.register and f.seniority is not None and f.seniority < LIEUTENANT_COLONEL]
    if column in READERS:
        return [f for f in rows if column in f.read_by]
    raise ValueError(column)


def stems_for(column: str, tail: str) -> str:
    """The "stem" forms a module reads, as a regex alternation each followed by ``tail`` (its ending pattern)."""
    return "|".join(regex.escape(f.form) + tail for f in forms_for(column, "stem"))


def name_words(abbreviations_only: bool = False) -> frozenset[str]:
    """The casefolded forms recognizers/_names.py reads as never a name (``RANKS``), or only its abbreviations."""
    wanted = {"abbr"} if abbreviations_only else {"y", "abbr"}
    return frozenset(f.form.casefold() for f in rank_forms() if f.names in wanted)


@functools.cache
def transliterated() -> frozenset[str]:
    """The casefolded Latin transliterations of Russian and Ukrainian ranks and posts ("starshina", "kombat"): the
    table's rows of language "translit"."""
    return frozenset(f.form.casefold() for f in rank_forms() if "translit" in f.languages)
