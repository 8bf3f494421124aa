"""Identity linking: every mention of one person, call sign, unit or place maps to one identity and pseudonym.

The steps, one module each:

- :mod:`~redact.names.keys`: spelling keys (lemma, transliteration, folding: Бурцеву/Burtseva meet);
- :mod:`~redact.names.given`: the given-names gazetteer (diminutives, Ukrainian and English forms);
- :mod:`~redact.names.parts`: a person mention split into given name, surname, patronymic, each with its key;
- :mod:`~redact.names.choose`: a pool entry or digits chosen by a keyed HMAC of an identity;
- :mod:`~redact.names.render`: the chosen pseudonym in the original's case, gender, script and letter case;
- :mod:`~redact.names.linker`: :class:`Linker`, which puts them together for one run.
"""

from __future__ import annotations

from redact.names.keys import TOKEN, is_cyrillic, latin, lemma, skeleton
from redact.names.linker import Linker
from redact.names.parts import NamePart, PartKind, split_person
from redact.names.render import match_case

__all__ = [
    "TOKEN",
    "Linker",
    "NamePart",
    "PartKind",
    "is_cyrillic",
    "latin",
    "lemma",
    "match_case",
    "skeleton",
    "split_person",
]
