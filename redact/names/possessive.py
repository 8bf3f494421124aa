"""Possessive adjectives of a given name: "Андріїву маму", "Тарасова сестра", "Сашкиного друга", "Миколиного брата".

Russian and Ukrainian make "X's" an adjective: the name's stem, a possessive suffix (-ин/-ын/-ін/-їн after an a-stem
name, -ов/-ев/-ів/-їв/-єв after any other) and an adjective ending that agrees with the noun it stands before. Such
a word is the name of a person, so it is withheld; its replacement must be the same adjective built on the
pseudonym ("Андріїву маму" → "Тарасову маму"), never the pseudonym in some case of the name ("Підберезенкові
маму"). :func:`read_possessive` reads the form (stem, suffix, ending; the ending must agree with the next noun),
:func:`possessive_of` builds it on a pseudonym.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from redact.names.given import GivenName, given_names
from redact.names.keys import is_cyrillic, name_parse, skeleton
from redact.recognizers.nlp import morph

__all__ = ["Possessive", "read_possessive", "possessive_of"]

# (gender or plural, case) → adjective endings after the possessive suffix; "" is the short masculine nominative.
_RU = {
    ("masc", "nomn"): {""},
    ("masc", "gent"): {"а", "ого"},
    ("masc", "datv"): {"у", "ому"},
    ("masc", "accs"): {"", "а", "ого"},
    ("masc", "ablt"): {"ым"},
    ("masc", "loct"): {"ом"},
    ("femn", "nomn"): {"а"},
    ("femn", "gent"): {"ой"},
    ("femn", "datv"): {"ой"},
    ("femn", "accs"): {"у"},
    ("femn", "ablt"): {"ой", "ою"},
    ("femn", "loct"): {"ой"},
    ("neut", "nomn"): {"о"},
    ("neut", "gent"): {"а", "ого"},
    ("neut", "datv"): {"у", "ому"},
    ("neut", "accs"): {"о"},
    ("neut", "ablt"): {"ым"},
    ("neut", "loct"): {"ом"},
    ("plur", "nomn"): {"ы"},
    ("plur", "gent"): {"ых"},
    ("plur", "datv"): {"ым"},
    ("plur", "accs"): {"ы", "ых"},
    ("plur", "ablt"): {"ыми"},
    ("plur", "loct"): {"ых"},
}
_UK = {
    ("masc", "nomn"): {""},
    ("masc", "gent"): {"ого"},
    ("masc", "datv"): {"ому"},
    ("masc", "accs"): {"", "ого"},
    ("masc", "ablt"): {"им"},
    ("masc", "loct"): {"ому", "ім"},
    ("masc", "voct"): {""},
    ("femn", "nomn"): {"а"},
    ("femn", "gent"): {"ої"},
    ("femn", "datv"): {"ій"},
    ("femn", "accs"): {"у"},
    ("femn", "ablt"): {"ою"},
    ("femn", "loct"): {"ій"},
    ("femn", "voct"): {"а"},
    ("neut", "nomn"): {"е"},
    ("neut", "gent"): {"ого"},
    ("neut", "datv"): {"ому"},
    ("neut", "accs"): {"е"},
    ("neut", "ablt"): {"им"},
    ("neut", "loct"): {"ому", "ім"},
    ("plur", "nomn"): {"і"},
    ("plur", "gent"): {"их"},
    ("plur", "datv"): {"им"},
    ("plur", "accs"): {"і", "их"},
    ("plur", "ablt"): {"ими"},
    ("plur", "loct"): {"их"},
}
_ENDINGS = {"ru": _RU, "uk": _UK}
_ALL_ENDINGS = sorted({e for t in _ENDINGS.values() for v in t.values() for e in v}, key=len, reverse=True)
# The possessive suffix: after an a-stem name (Петька, Микола, Ілля, Марія), after any other (Тарас, Андрій, Петро).
_A_SUFFIX = ("ин", "ын", "ін", "їн")
_O_SUFFIX = ("ов", "ев", "ёв", "ів", "їв", "єв")
_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")


@dataclass(frozen=True)
class Possessive:
    """A possessive adjective read: the name it is built on and the adjective ending it carries."""

    name: GivenName
    base: str  # the name's nominative the form was built on (Андрій, Петька)
    ending: str  # "", "а", "ого", "ову"'s "у" ...


def _bases(stem: str, suffix: str) -> list[str]:
    """Nominatives a possessive stem may have been built on: Петьк+ин → Петька, Андрі+їв → Андрій, Петр+ів → Петро."""
    if suffix in _A_SUFFIX:
        return [stem + "а", stem + "я"]
    out = [stem, stem + "о"]
    if suffix in {"ев", "єв", "їв", "ёв"}:
        out += [stem + "й", stem + "ь"]
    if stem.endswith("ь"):  # Игорь+ев is written Игорев, Григорий+ев Григорьев
        out += [stem, stem[:-1] + "ий"]
    return out


def _agrees(ending: str, noun: str, lang: str) -> bool:
    """Whether ``ending`` is an adjective ending that agrees with some noun reading of ``noun``."""
    table = _ENDINGS[lang]
    found = morph.parses(noun, lang)
    if not found or found[0].tag.POS != "NOUN" or not found[0].is_known:
        return False  # "от Марины из Стерлитамака": a preposition follows a genitive, not a possessive
    for p in found:
        if p.tag.POS != "NOUN":
            continue
        g = p.tag.grammemes
        cases = [c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct") if c in g]
        if "loc2" in g:
            cases.append("loct")
        plural = "plur" in g
        genders = ["plur"] if plural else [x for x in ("masc", "femn", "neut") if x in g] or ["masc", "femn", "neut"]
        for gender in genders:
            for case in cases:
                if ending in table.get((gender, case), set()):
                    return True
    return False


def read_possessive(word: str, noun: str, lang: str) -> Possessive | None:
    """``word`` read as the possessive adjective of a given name, agreeing with the ``noun`` after it, or None.

    Russian reads only the a-stem suffix (Петькин, Сашкиного): a Russian -ов form of a full name is a surname far
    more often than a possessive. Ukrainian reads both (Тарасова, Андріїву, Миколиного).
    """
    if lang not in _ENDINGS or not is_cyrillic(word) or not _WORD.fullmatch(word) or not noun.islower():
        return None
    low = word.lower()
    suffixes = _A_SUFFIX + (_O_SUFFIX if lang == "uk" else ())
    for ending in _ALL_ENDINGS:
        if not low.endswith(ending):
            continue
        rest = low[: len(low) - len(ending)] if ending else low
        for suffix in suffixes:
            if not rest.endswith(suffix) or len(rest) - len(suffix) < 2:
                continue
            stem = rest[: -len(suffix)]
            for base in _bases(stem, suffix):
                hit = given_names().get(skeleton(base))
                if hit is None:
                    p = name_parse(base.capitalize(), lang, "Name")
                    if p is None or str(p.normal_form) != base or "nomn" not in p.tag:
                        continue
                    hit = given_names().get(skeleton(str(p.normal_form)))
                    if hit is None:
                        continue
                if _agrees(ending, noun, lang):
                    return Possessive(hit, base.capitalize(), ending)
    return None


def possessive_of(nominative: str, genitive: str, ending: str, lang: str) -> str:
    """The possessive adjective of a name (given in its nominative and genitive) with ``ending``.

    Полина → Полинин-; Павел (Павла) → Павлов-; Игорь (Игоря) → Игорев-; Тарас → Тарасів / Тарасов-у;
    Андрій (Андрія) → Андріїв / Андрієв-у; Ілля → Іллін-; Марія → Маріїн-.
    """
    low = nominative.lower()
    vowels = "аеєиіїоуюяыэё"
    if low.endswith(("а", "я")):
        stem = low[:-1]
        if lang == "uk" and low.endswith("я"):
            suffix = "їн" if stem[-1:] in vowels or stem.endswith("ь") else "ін"
            stem = stem[:-1] if stem.endswith("ь") else stem
        else:
            suffix = "ин"
        out = stem + suffix + ending
    else:
        gen = genitive.lower()
        soft = gen.endswith("я")
        stem = gen[:-1] if gen.endswith(("а", "я")) else low.rstrip("оь")
        if lang == "uk":
            if soft and stem[-1:] in vowels:
                suffix = "їв" if not ending else "єв"
            elif soft:
                suffix = "ів" if not ending else "ев"
            else:
                suffix = "ів" if not ending else "ов"
        else:
            if soft and stem.endswith("и"):
                stem = stem[:-1] + "ь"
            suffix = "ев" if soft else "ов"
            ending = {"ого": "а", "ому": "у"}.get(ending, ending)  # "Вовкиного отца" → "Матвеева отца"
        out = stem + suffix + ending
    return out[:1].upper() + out[1:]
