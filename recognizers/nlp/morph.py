"""Russian and Ukrainian morphology: one cached pymorphy3 analyzer per language.

Everything in redact and its recognizers that needs lemmas, name tags or case
forms of Cyrillic words goes through this module (it lives with the recognizers
so that they depend on nothing in ``redact/``), so each dictionary is loaded once per process
(about 15 MB for ru, 10 MB for uk) and only for a language that is used.
natasha's own ``MorphVocab`` wraps pymorphy2, which crashes on Python 3.11
(``inspect.getargspec``); pymorphy3 is its maintained fork with the same API.

Scores: pymorphy3's Russian parses carry probabilities from a corpus; the
Ukrainian dictionary gives every parse 1.0. :func:`tag_share` therefore
normalises by the sum of all parse scores, which makes "share of the parses
that say X" comparable between the two languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

__all__ = [
    "MORPH_LANGUAGES",
    "NAME_TAGS",
    "analyzer",
    "parses",
    "tag_share",
    "has_tag",
    "is_known",
    "lemma",
    "lemmas",
    "name_lemmas",
    "variants",
    "match_case",
]

MORPH_LANGUAGES = ("ru", "uk")
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})

# Grammatical cases pymorphy3 can inflect into (nominative first).
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_CASES_UK = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")

# Endings for words pymorphy3 does not know (a nickname like "Шаманыч"),
# keyed by the nominative's ending: a hard-stem masculine noun declension and
# the -а/-я feminine one cover nearly every call sign and surname heard.
_SUFFIXES_RU: dict[str, tuple[str, ...]] = {
    "а": ("а", "ы", "е", "у", "ой", "ою"),
    "я": ("я", "и", "е", "ю", "ей", "ею"),
    "й": ("й", "я", "ю", "ем", "е", "и"),
    "ь": ("ь", "я", "ю", "ем", "е", "и"),
    "": ("", "а", "у", "ом", "е", "ы", "ым", "ов"),
}
_SUFFIXES_UK: dict[str, tuple[str, ...]] = {
    "а": ("а", "и", "і", "у", "ою", "о"),
    "я": ("я", "і", "ю", "ею", "е"),
    "о": ("о", "а", "у", "ові", "ом", "е"),
    "й": ("й", "я", "ю", "єм", "ї", "ю"),
    "ь": ("ь", "я", "ю", "ем", "і", "е"),
    "": ("", "а", "у", "ові", "ом", "е", "і"),
}


@cache
def analyzer(language: str) -> Any:
    """The process-wide pymorphy3 ``MorphAnalyzer`` for ``language`` ("ru" or "uk")."""
    if language not in MORPH_LANGUAGES:
        raise ValueError(f"no morphology for language '{language}'")
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


# The Ukrainian dictionary spells the apostrophe as ASCII "'"; published text mostly writes the typographic "’" or the
# modifier letter "ʼ" ("Кам’янка", "Словʼянськ", "Мар’яна"), which pymorphy3 then only guesses at (a surname, an
# adjective). One character for one keeps every offset.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


# Letters that look alike in the Latin and Cyrillic alphabets. Real text mixes them inside a word (a Latin "p" typed
# on the wrong layout in "Часів Яp", a Latin "y" in "Кyрск"); a lookup reads such a word in its own script.
_LATIN_AS_CYRILLIC = dict(zip("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ", strict=True))
_CYRILLIC_AS_LATIN = {c: lat for lat, c in _LATIN_AS_CYRILLIC.items()}
_LATIN_FOLD = str.maketrans(_LATIN_AS_CYRILLIC)
_CYRILLIC_FOLD = str.maketrans(_CYRILLIC_AS_LATIN)
_SEGMENT = re.compile(r"[^\W\d_]+")


def _fold_segment(m: re.Match[str]) -> str:
    seg = m.group(0)
    latin = [c for c in seg if "a" <= c.lower() <= "z"]
    if not latin or len(latin) == len(seg):
        return seg  # one script: "SIM", "карта", "Kyiv"
    cyrillic = [c for c in seg if "\u0400" <= c <= "\u04ff"]
    if len(latin) + len(cyrillic) != len(seg):
        return seg
    # the script of the letters that have no twin in the other one decides, then the majority
    own_cyr = sum(c not in _CYRILLIC_AS_LATIN for c in cyrillic)
    own_lat = sum(c not in _LATIN_AS_CYRILLIC for c in latin)
    if (own_cyr, len(cyrillic)) > (own_lat, len(latin)):
        folded = seg.translate(_LATIN_FOLD)
        return folded if not any("a" <= c.lower() <= "z" for c in folded) else seg
    folded = seg.translate(_CYRILLIC_FOLD)
    return folded if not any("\u0400" <= c <= "\u04ff" for c in folded) else seg


def fold_script(text: str) -> str:
    """``text`` with every run of letters that mixes Latin and Cyrillic lookalikes written in its own script ("Яp" ->
    "Яр", "Кyрск" -> "Курск", "Kуiv" -> "Kyiv"), one character for one; runs in one script ("IT" of "IT-компания",
    "SIM-карта") stay as written. For keys and lookups only: the text redact writes out is never changed."""
    if text.isascii():
        return text
    return _SEGMENT.sub(_fold_segment, text)


@lru_cache(maxsize=200_000)
def parses(word: str, language: str) -> tuple[Any, ...]:
    """All pymorphy3 parses of ``word`` (cased as written; pymorphy3 lowercases itself; any apostrophe read as the
    dictionary's)."""
    return tuple(analyzer(language).parse(fold_script(word.translate(_APOSTROPHES))))


def _share(word: str, language: str, tags: frozenset[str]) -> float:
    ps = parses(word, language)
    if language == "uk":
        # Every Ukrainian parse scores 1.0, so case homonyms of one lemma would outvote a name: count readings
        # (lemma, part of speech, tagged or not) instead of parses.
        readings = {(str(p.normal_form), p.tag.POS, any(t in p.tag.grammemes for t in tags)) for p in ps}
        return sum(1 for r in readings if r[2]) / (len(readings) or 1)
    total = float(sum(p.score for p in ps)) or 1.0
    return float(sum(p.score for p in ps if any(t in p.tag.grammemes for t in tags))) / total


@lru_cache(maxsize=200_000)
def tag_share(word: str, language: str, tags: frozenset[str] = NAME_TAGS) -> float:
    """The share (0..1) of ``word``'s parse weight that carries any of ``tags``."""
    return _share(word, language, tags)


@lru_cache(maxsize=200_000)
def is_known(word: str, language: str) -> bool:
    """Whether ``word`` (any case) is in the dictionary rather than guessed by pymorphy3's predictor."""
    return bool(analyzer(language).word_is_known(word.lower().translate(_APOSTROPHES)))


@lru_cache(maxsize=200_000)
def has_tag(word: str, language: str, tag: str) -> bool:
    """Whether any parse of ``word`` carries the grammeme ``tag`` (Name, Surn, Patr, Geox...)."""
    return any(tag in p.tag.grammemes for p in parses(word, language))


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The most likely normal form of ``word`` (lowercase)."""
    ps = parses(word, language)
    return str(ps[0].normal_form) if ps else word.lower()


@lru_cache(maxsize=200_000)
def lemmas(word: str, language: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers for ``word`` (lowercase)."""
    return frozenset(str(p.normal_form) for p in parses(word, language)) | {word.lower()}


def lemmas_either(word: str, language: str) -> frozenset[str]:
    """Every normal form of ``word`` under Russian and Ukrainian both: a Ukrainian text quotes Russian speech and a
    Russian one Ukrainian place names, so a cue word is looked up in either dictionary (the text's own first)."""
    first = language if language in MORPH_LANGUAGES else "ru"
    return lemmas(word, first) | lemmas(word, "uk" if first == "ru" else "ru")


def name_lemmas(word: str, language: str, tags: Iterable[str] = NAME_TAGS) -> frozenset[str]:
    """Normal forms of the parses of ``word`` tagged with one of ``tags`` (e.g. Name/Surn/Patr)."""
    wanted = tuple(tags)
    return frozenset(str(p.normal_form) for p in parses(word, language) if any(t in p.tag.grammemes for t in wanted))


@lru_cache(maxsize=200_000)
def possessive_of_given_name(word: str, language: str) -> bool:
    """Whether ``word`` is a possessive adjective built on a given name in -а/-я: "Сашин", "Катину", "Диминого"
    (Саша, Катя, Дима). The Russian dictionary tags these Poss (the Ukrainian one reads them as plain adjectives, and
    Ukrainian documents quote Russian speech); the name is the lemma less -ин plus -а/-я. A place of that shape
    ("Калинин") is a place."""
    for lang in dict.fromkeys((language, "ru")):
        ps = parses(word, lang)[:3]
        if any("Geox" in p.tag.grammemes for p in ps):
            return False
        for p in ps:
            lem = str(p.normal_form)
            if p.tag.POS == "ADJF" and "Poss" in p.tag.grammemes and lem.endswith("ин") and len(lem) >= 5:
                for cand in (lem[:-2] + "а", lem[:-2] + "я"):
                    if is_known(cand, "ru") and tag_share(cand, "ru", frozenset({"Name"})) >= 0.5:
                        return True
    return False


def match_case(form: str, model: str) -> str:
    """Write ``form`` in the letter case of ``model`` (ALL CAPS, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))
    return form


def _suffix_forms(word: str, language: str) -> set[str]:
    table = _SUFFIXES_UK if language == "uk" else _SUFFIXES_RU
    low = word.lower()
    for ending in sorted(table, key=len, reverse=True):
        if ending and low.endswith(ending):
            stem = low[: -len(ending)]
            return {stem + e for e in table[ending]}
    if low[-1:] in "оеиуыэюі":  # indeclinable (Шевченко in Russian, Мулино)
        return {low}
    return {low + e for e in table[""]}


def _lexeme(word: str, language: str, prefer: tuple[str, ...]) -> set[str]:
    ps = parses(word, language)
    chosen = None
    for tag in prefer:
        chosen = next((p for p in ps if tag in p.tag.grammemes), None)
        if chosen is not None:
            break
    if chosen is None:
        chosen = next((p for p in ps if p.tag.POS in ("NOUN", "ADJF")), None)
    if chosen is None:
        return set()
    lemma_ = str(chosen.normal_form)
    # Keep the gender of the form we saw: "Иванова" (femn) must not grow into "Иванов" only.
    forms = {str(f.word) for f in chosen.lexeme if "plur" not in f.tag.grammemes or tag_is_surname(chosen)}
    forms.add(lemma_)
    return forms


def tag_is_surname(parse: Any) -> bool:
    """Whether a pymorphy3 parse is a surname (its plural "Ивановых" names the family)."""
    return "Surn" in parse.tag.grammemes


@lru_cache(maxsize=50_000)
def variants(token: str, language: str, prefer: tuple[str, ...] = ("Name", "Surn", "Patr", "Geox")) -> frozenset[str]:
    """Every case form of ``token`` in its own letter case, ``token`` included.

    Known words inflect through pymorphy3's lexeme of the parse tagged with the
    first of ``prefer`` found (a person's name before the common noun: "Котом"
    should give "Кот", "Кота"...). Words pymorphy3 only guesses get a suffix
    table as well, because its guesses for nicknames are often adjectives.
    Multi-word tokens ("Злой Дед") are inflected word by word, case by case.
    """
    token = token.strip()
    if not token or language not in MORPH_LANGUAGES:
        return frozenset({token}) if token else frozenset()
    words = token.split()
    if len(words) > 1:
        return _phrase_variants(words, language)
    forms: set[str] = set()
    if "-" in token and not is_known(token, language):
        # Hyphenated names inflect in the last part only ("Улан-Удэ", "Ростов-на-Дону" is in the dictionary).
        head, _, last = token.rpartition("-")
        forms = {f"{head.lower()}-{f}" for f in variants(last, language, prefer)}
    else:
        forms = _lexeme(token, language, prefer)
        if not is_known(token, language):
            forms |= _suffix_forms(token, language)
    forms.add(token.lower())
    return frozenset(match_case(f, token) for f in forms if f)


def _phrase_variants(words: list[str], language: str) -> frozenset[str]:
    out = {" ".join(words)}
    cases = _CASES_UK if language == "uk" else _CASES
    inflected: list[dict[str, str]] = []
    for w in words:
        ps = parses(w, language)
        p = next((x for x in ps if x.tag.POS in ("NOUN", "ADJF")), ps[0] if ps else None)
        by_case: dict[str, str] = {}
        for case in cases:
            f = p.inflect({case}) if p is not None else None
            by_case[case] = match_case(str(f.word), w) if f is not None else w
        inflected.append(by_case)
    for case in cases:
        out.add(" ".join(d[case] for d in inflected))
    return frozenset(out)
