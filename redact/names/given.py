"""The given-names gazetteer: every known form of a first name (full, diminutive, Ukrainian, English) → the name.

``redact/data/given_names.yaml`` merged with ``recognizers/data/given_names.tsv`` when the gazetteer ships it;
affectionate forms the tables miss are read through their stem (Никитушка → Никита).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from redact.names.keys import is_cyrillic, name_parse, skeleton

__all__ = [
    "DATA_DIR",
    "GAZETTEER_DIR",
    "GivenName",
    "given_names",
    "shared_forms",
    "gender_of",
    "diminutive_stem",
    "cyrillic_guess",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "recognizers" / "data"


@dataclass(frozen=True)
class GivenName:
    """A full given name, its gender (None: either, like Валя) and every spelling that refers to it."""

    canonical: str  # skeleton of the Russian full form
    female: bool | None


def gender_of(parse: Any) -> bool | None:
    """True for a woman's name, False for a man's, None when morphology says either (ms-f: Валя, Женя)."""
    if "ms-f" in parse.tag.grammemes:
        return None
    return "femn" in parse.tag


@lru_cache(maxsize=1)
def given_names() -> dict[str, GivenName]:
    """Skeleton of every known form (full, diminutive, Ukrainian, English) → its full given name."""
    table: dict[str, GivenName] = {}
    sexes = _SEXES
    sexes.clear()

    def add(full: str, forms: Iterable[str], female: bool) -> None:
        entry = GivenName(skeleton(full), female)
        for f in [full, *forms]:
            if f and f.strip():
                table.setdefault(skeleton(f.strip()), entry)
                sexes.setdefault(f.strip().lower().replace("ё", "е"), set()).add(female)

    data = yaml.safe_load((DATA_DIR / "given_names.yaml").read_text(encoding="utf-8")) or {}
    for full, spec in data.items():
        if isinstance(spec, dict):
            add(full, spec.get("forms", []), bool(spec.get("f", False)))
        else:
            add(full, spec or [], False)
    _load_gazetteer(add)
    return table


_SEXES: dict[str, set[bool]] = {}


@lru_cache(maxsize=1)
def shared_forms() -> frozenset[str]:
    """Spellings (lower case, ё as е) listed under a man's name and a woman's: Саша (Александр, Александра), Женя,
    Валя, Шура. Such a name says nothing of its bearer's sex; the words around it do."""
    given_names()
    return frozenset(k for k, v in _SEXES.items() if len(v) > 1 and k.endswith(("а", "я", "a")))


def _load_gazetteer(add: Callable[[str, Iterable[str], bool], None]) -> None:
    """Merge recognizers/data/given_names.tsv when the gazetteer ships it (columns read by header)."""
    path = GAZETTEER_DIR / "given_names.tsv"
    if not path.is_file():
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    if not rows:
        return
    header = [h.strip().lower() for h in rows[0]]

    def col(*names: str) -> int | None:
        for n in names:
            for i, h in enumerate(header):
                if n in h:
                    return i
        return None

    i_name = col("canonical", "name", "full")
    i_gender = col("gender", "sex")
    others = [
        i
        for i, h in enumerate(header)
        if h in {"uk", "be", "en", "latin"} or any(k in h for k in ("dimin", "vocativ", "variant", "translit", "form"))
    ]
    if i_name is None:
        return
    # Vocatives last: a truncated vocative (Стась, of Стася) must not take the key of another name's own form
    # (Стас, of Станислав), which would make Стас a woman.
    vocative = {i for i in others if "vocativ" in header[i]}
    for columns in ([i for i in others if i not in vocative], sorted(vocative)):
        for row in rows[1:]:
            if len(row) <= i_name:
                continue
            full = row[i_name].strip()
            female = i_gender is not None and len(row) > i_gender and row[i_gender].strip().lower()[:1] in {"f", "ж"}
            forms: list[str] = []
            for i in columns:
                if i < len(row) and i != i_name:
                    forms.extend(x for x in re.split(r"[|;,]", row[i]) if x.strip())
            add(full, forms, female)


def diminutive_stem(word: str, lang: str) -> GivenName | None:
    """Affectionate forms the table misses: Никитушка → Никита, Алёнка → Алёна (stem + а/я is a Name)."""
    low = word.lower()
    for suffix in ("ушка", "юшка", "онька", "енька", "очка", "ечка", "уся", "ка", "ик"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            for ending in ("а", "я", "") if suffix != "ик" else ("", "ий"):
                cand = stem + ending
                hit = given_names().get(skeleton(cand))
                if hit is not None:
                    return hit
                p = name_parse(cand.capitalize(), lang, "Name") if is_cyrillic(cand) else None
                if p is not None:
                    return GivenName(skeleton(str(p.normal_form)), gender_of(p))
    return None


_BACK = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yo", "ё"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ye", "е"),
    ("iy", "ий"),
    ("yi", "ый"),
    ("y", "ы"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("j", "й"),
    ("c", "к"),
    ("x", "кс"),
    ("w", "в"),
    ("q", "к"),
]


@lru_cache(maxsize=65536)
def cyrillic_guess(word: str) -> str:
    """A rough Cyrillic spelling of a Latin name, only to ask the morphology dictionary about it."""
    s = word.lower()
    out = []
    i = 0
    while i < len(s):
        for a, b in _BACK:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            i += 1
    res = "".join(out)
    if res.endswith("ы") and len(res) > 3:  # Yury → Юрий, not Юры
        res = res[:-1] + "ий"
    return res.capitalize()
