"""Spelling keys: every spelling and case form of one name meets at one key.

A mention is normalised to a *skeleton*: Cyrillic is lemmatised (pymorphy3, taking the Name/Surn/Patr/Geox
parse, not ``parse()[0]``), transliterated (iuliia, Wikipedia schema) and folded so that the usual spelling
variants meet (Artyom/Artem/Artiom, Yury/Iurii, Alexei/Aleksey, Бурцева/Burtseva/Бурцеву). The morphology is
:mod:`redact.recognizers.nlp.morph`'s (one dictionary per language and process); this module only chooses the parse.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from redact.recognizers.nlp.morph import MORPH_LANGUAGES, parses
from redact.recognizers.nlp.morph import lemma as morph_lemma

__all__ = [
    "TOKEN",
    "GRAM_KEEP",
    "is_cyrillic",
    "latin",
    "skeleton",
    "name_parses",
    "name_parse",
    "lemma",
    "grammemes",
    "sign_parse",
    "sign_adjective",
    "sign_lemma",
]

_CYR = regex.compile(r"\p{Script=Cyrillic}")
TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ]*(?:-\p{L}[\p{L}\p{M}'’ʼ]*)*\.?")
_UK_TO_RU = str.maketrans(
    {"і": "и", "ї": "йи", "є": "е", "ґ": "г", "І": "И", "Ї": "Йи", "Є": "Е", "Ґ": "Г", "'": "", "’": "", "ʼ": ""}
)


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` contains Cyrillic letters."""
    return bool(_CYR.search(text))


@lru_cache(maxsize=1)
def _schema() -> Any:
    import iuliia

    return iuliia.WIKIPEDIA


@lru_cache(maxsize=65536)
def latin(text: str) -> str:
    """A readable Latin spelling of ``text`` (iuliia's Wikipedia schema; Ukrainian letters folded first)."""
    if not is_cyrillic(text):
        return text
    return str(_schema().translate(text.translate(_UK_TO_RU)))


_FOLD = [
    ("shch", "Q"),
    ("sch", "Q"),
    ("zh", "Z"),
    ("kh", "H"),
    ("ch", "C"),
    ("sh", "S"),
    ("tz", "T"),
    ("ts", "T"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ck", "k"),
    ("h", "g"),
    ("H", "g"),
    ("j", "i"),
    ("y", "i"),
]


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A spelling-insensitive key: transliterated, lower-cased, variants folded, doubles collapsed."""
    s = latin(text).lower()
    s = "".join(c for c in s if "a" <= c <= "z")
    for a, b in _FOLD:
        s = s.replace(a, b)
    for a, b in (("ii", "i"), ("ie", "e"), ("io", "e")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


# --- morphology ------------------------------------------------------------------------------


def _morph_lang(lang: str) -> str:
    return lang if lang in MORPH_LANGUAGES else "ru"


def _langs_for(word: str, lang: str) -> tuple[str, ...]:
    if any(c in word.lower() for c in "іїєґ"):
        return ("uk",)
    return ("uk", "ru") if lang == "uk" else ("ru", "uk")


@lru_cache(maxsize=65536)
def name_parses(word: str, lang: str, tag: str) -> tuple[Any, ...]:
    """The pymorphy3 parses of ``word`` carrying ``tag``: the text's language first, the other one when it has none
    (a Ukrainian letter settles it)."""
    out: list[Any] = []
    for lg in _langs_for(word, lang):
        out.extend(p for p in parses(word, lg) if tag in p.tag.grammemes)
        if out:
            break
    return tuple(out)


def name_parse(word: str, lang: str, tag: str) -> Any | None:
    """The best pymorphy3 parse of ``word`` carrying ``tag`` (Name, Surn, Patr, Geox), or None."""
    found = name_parses(word, lang, tag)
    return found[0] if found else None


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str = "ru") -> str:
    """The dictionary form of a Cyrillic word, a name's reading first; Latin words come back unchanged.

    The one lemma of identity keys: a first name, surname, patronymic or place reading (Name, Surn, Patr,
    Geox) wins over the dictionary's most likely parse (:func:`redact.recognizers.nlp.morph.lemma`), which decides
    only a word with none of them.
    """
    if not is_cyrillic(word):
        return word
    for tag in ("Name", "Surn", "Patr", "Geox"):
        p = name_parse(word, lang, tag)
        if p is not None:
            return str(p.normal_form)
    return morph_lemma(word, _morph_lang(lang))


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# Endings only an adjective has (Серый, Малого, Сивому): a call sign with one and an adjective reading is an adjective.
_ADJ_END = regex.compile(r"(?i)(?:ый|ий|ій|ой|ого|его|ього|ому|ему|ьому|ым|им|ім|ую|юю|ая|яя)$")


@lru_cache(maxsize=65536)
def sign_parse(word: str, lang: str) -> Any | None:
    """The common-noun reading of a call sign (Сове: of сова, not of a surname Сов), or None when it has none.

    A call sign is a word of the language used as a name: its case and its dictionary form are the common noun's.
    Where the dative and the prepositional look alike (Сове, Бороде), a person is more often given to or told
    than spoken of, so the dative comes first; one man bears it, so a singular reading comes before a plural one
    (Лисы: of лиса, not the plural of лис), and a call sign is named in the nominative most (Ворона: ворона, not
    the genitive of ворон).
    """
    if not is_cyrillic(word):
        return None
    for lg in _langs_for(word, lang):
        found = [p for p in parses(word, lg) if p.is_known]  # a guessed reading of an unknown word is no reading
        if sign_adjective(word, lang) is not None:
            return None  # Серый, Малого: an adjective used as a name
        nouns = [p for p in found if p.tag.POS == "NOUN" and not _NAME_TAGS & set(p.tag.grammemes)]
        if nouns:
            g = [p.tag.grammemes for p in nouns]
            order = sorted(range(len(nouns)), key=lambda i: ("plur" in g[i], "nomn" not in g[i], "loct" in g[i]))
            return nouns[order[0]]
    if lang == "uk":
        return _uk_personified(word)
    return None


# A man named by a Ukrainian thing-noun takes a person's endings the dictionary does not list for the thing: the
# genitive in -а (у Граніта; граніт has граніту) and the vocative with its consonant change (Маяче, of маяк).
_UK_PERSON_ENDS = (("че", "к", "voct"), ("же", "г", "voct"), ("ше", "х", "voct"), ("е", "", "voct"), ("а", "", "gent"))


def _uk_personified(word: str) -> Any | None:
    low = word.lower()
    for end, stem_end, case in _UK_PERSON_ENDS:
        if not low.endswith(end) or len(low) - len(end) < 2:
            continue
        base = low[: -len(end)] + stem_end
        if case == "gent" and len(base) < 5:
            continue  # Шапа, Хата: a short word in -а is an a-stem call sign of its own, not a genitive
        for p in parses(base, "uk"):
            if (
                p.is_known
                and p.tag.POS == "NOUN"
                and "nomn" in p.tag
                and "masc" in p.tag
                and not _NAME_TAGS & set(p.tag.grammemes)
            ):
                form = p.inflect({case})
                if form is not None:
                    return form
    return None


@lru_cache(maxsize=65536)
def sign_adjective(word: str, lang: str) -> Any | None:
    """The adjective reading of a call sign that is an adjective used as a name (Серый, Серого, Малой), or None."""
    if not is_cyrillic(word):
        return None
    if not _ADJ_END.search(word):
        return None
    for lg in _langs_for(word, lang):
        found = [p for p in parses(word, lg) if p.is_known and p.tag.POS == "ADJF"]
        if found:  # a man's name, named in the nominative most: Седой is "grey-haired", not "of a grey-haired woman"
            g = [p.tag.grammemes for p in found]
            return found[min(range(len(found)), key=lambda i: ("nomn" not in g[i], "masc" not in g[i], "plur" in g[i]))]
    return None


def sign_lemma(word: str, lang: str) -> str:
    """The dictionary form of a call sign word: its common noun's (:func:`sign_parse`), else :func:`lemma`."""
    p = sign_parse(word, lang) or sign_adjective(word, lang)
    return str(p.normal_form) if p is not None else lemma(word, lang)


def grammemes(word: str, lang: str, tag: str | None = None) -> frozenset[str]:
    """Case, number and gender grammemes of ``word`` (from the ``tag`` parse when there is one)."""
    if not is_cyrillic(word):
        return frozenset()
    p = name_parse(word, lang, tag) if tag else None
    if p is None:
        found = parses(word, _morph_lang(lang))
        p = found[0] if found else None
    if p is None:
        return frozenset()
    return frozenset(str(g) for g in p.tag.grammemes if str(g) in GRAM_KEEP)


GRAM_KEEP = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "sing", "plur", "masc", "femn"})
