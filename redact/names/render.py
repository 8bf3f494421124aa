"""Rendering: a chosen pseudonym written in the original's case, gender, script and letter case.

Russian and Ukrainian forms come from pymorphy3 (:mod:`redact.recognizers.nlp.morph`), with ending tables for the
pool surnames and Ukrainian patronymics the dictionary does not inflect.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from redact.names.keys import is_cyrillic, latin
from redact.names.parts import ADJ_SURN, SURN_CYR, NamePart
from redact.recognizers.nlp import morph

__all__ = [
    "inflect",
    "to_ukrainian",
    "uk_spelling",
    "match_case",
    "surname_form",
    "uk_surname_form",
    "uk_patronymic_form",
    "fix_ordinals",
]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@lru_cache(maxsize=65536)
def inflect(lemma_: str, gram: frozenset[str], tag: str | None, female: bool | None = None, lang: str = "ru") -> str:
    """``lemma_`` in the case and number of ``gram`` (pymorphy3), or unchanged when it cannot be inflected.

    Russian has no vocative, so a Russian vocative reading is rendered as the nominative; Ukrainian keeps
    it (Тарасе → Павле), through the Ukrainian dictionary.
    """
    uk = lang == "uk"
    want = {g for g in gram if g in _CASES or g in {"sing", "plur"}}
    if female is True and tag in {"Surn", "Patr"}:
        want.add("femn")
    if "voct" in want and not uk:
        want = (want - {"voct"}) | {"nomn"}
    if not want or want <= {"nomn", "sing"} and not (female and tag in {"Surn", "Patr"}):
        return lemma_
    parses = morph.parses(lemma_, "uk" if uk else "ru")
    low = lemma_.lower()
    exact = [p for p in parses if str(p.word) == low and "nomn" in p.tag]
    if female is not None and tag == "Name":  # Павло is also the vocative of a woman's Павла
        exact = [p for p in exact if ("femn" in p.tag) == female] or exact
    if tag is None:  # a word (a call sign, a place): its common-noun reading, not a surname it also spells (Верес)
        exact = [p for p in exact if not {"Name", "Surn", "Patr", "Fixd"} & set(p.tag.grammemes)] or exact
    chosen = [p for p in exact if tag and tag in p.tag.grammemes] or exact
    chosen = chosen or [p for p in parses if tag and tag in p.tag.grammemes] or list(parses)
    if not chosen:
        return lemma_
    res = chosen[0].inflect(want) or chosen[0].inflect(want & set(_CASES))
    if res is None:
        return lemma_
    word = str(res.word)
    return word[:1].upper() + word[1:] if lemma_[:1].isupper() else word


_UK_FOLD = str.maketrans({"ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ъ": "ʼ", "Ъ": "ʼ"})


def to_ukrainian(word: str) -> str:
    """Respell a Russian-spelled pseudonym with Ukrainian letters: ы, э, ё, ъ (not и → і, which needs a dictionary)."""
    word = regex.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])ё", "ьо", word)
    word = regex.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])Ё", "ЬО", word)
    return word.replace("ё", "йо").replace("Ё", "Йо").translate(_UK_FOLD)


def uk_spelling(word: str) -> str:
    """A Russian-spelt word respelt in Ukrainian: :func:`to_ukrainian`, then и → і where only that spelling is a word
    the Ukrainian dictionary knows (Гранит → Граніт, Магнит → Магніт; Сигнал stays)."""
    base = to_ukrainian(word)
    if morph.is_known(base, "uk"):
        return base
    spots = [i for i, c in enumerate(base) if c in "иИ"][:4]
    for mask in range(1, 1 << len(spots)):
        cand = list(base)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                cand[i] = "і" if base[i] == "и" else "І"
        text = "".join(cand)
        if morph.is_known(text, "uk"):
            return text
    return base


def match_case(original: str, replacement: str) -> str:
    """Copy the original's capitalisation style (UPPER, Title, lower) onto the replacement.

    :func:`redact.recognizers.nlp.morph.match_case` with one addition: a lower-case original gets a lower-case
    replacement (a pool entry is capitalised; the morphology's forms are lower-case already).
    """
    if original[:1].islower():
        return replacement.lower()
    return morph.match_case(replacement, original)


def surname_form(pseudo: str, part: NamePart, lang: str) -> str:
    """A masculine -ов/-ев/-ин pool surname in the form of the original (gender, case, number)."""
    if is_cyrillic(part.text):
        word = part.text.lower()
        m = ADJ_SURN.match(word)
        if m:
            ending = {
                "ский": "",
                "ская": "а",
                "ского": "а",
                "ской": "ой",
                "скому": "у",
                "ским": "ым",
                "ском": "е",
                "скую": "у",
                "ские": "ы",
                "ских": "ых",
                "скими": "ыми",
                "цкий": "",
                "цкая": "а",
                "цкого": "а",
                "цкой": "ой",
                "цкому": "у",
                "цким": "ым",
                "цком": "е",
                "цкую": "у",
            }[m.group(2)]
            return pseudo + ending
        m = SURN_CYR.match(word)
        if m:
            return pseudo + (m.group(2) or "")
        if word.endswith(("их", "ых")):
            # Седых, Черных, Долгих: a surname that never changes gets one that never does, built on the pool
            # surname's stem without its -ов/-ев/-ин suffix ("Щавелев" → "Щавелых"), so it reads as one man's name, not
            # as the plural of another ("Щавелевых" is "the Shchavelevs")
            cut = regex.sub(r"(?:ов|ев|ёв|ин|ын)+$", "", pseudo)  # "Смородинов" → "Смород"
            stem = cut if len(cut) >= 2 else pseudo  # "Лещин" → "Лещих", "Юдин" → "Юдых", never "Лещиных"
            return stem + ("их" if stem[-1:] in "кгхжшчщ" else "ых")
        return (
            pseudo
            + _POOL_ENDINGS["plur" if "plur" in part.gram else "femn" if part.female else "masc"][_case_of(part.gram)]
        )
    lat = latin(pseudo)
    if "plur" in part.gram:
        return lat + "s"  # "the Gorbunovs' boy" → "the Belovs' boy": a family stays a family
    if part.female:
        return lat + "a"
    if part.text.lower().endswith(("ykh", "ikh")):
        return lat + "ykh"
    return lat


# Case endings of a pool surname (-ов, -ев, -ин): its forms come from this table, not the dictionary, which reads
# some pool entries as something else (Клюквин as a plural of клюква, Бересклетов as one of бересклет).
_POOL_ENDINGS = {
    "masc": {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е", "voct": ""},
    "femn": {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой", "voct": "а"},
    "plur": {"nomn": "ы", "gent": "ых", "datv": "ым", "accs": "ых", "ablt": "ыми", "loct": "ых", "voct": "ы"},
}
# Case endings of a man's Ukrainian surname in -ко or a consonant (Петренко, Ковальчук); a woman's do not change.
_UK_SURN_ENDINGS = {"gent": "а", "datv": "ові", "accs": "а", "ablt": "ом", "loct": "ові", "voct": "у"}


def _case_of(gram: frozenset[str]) -> str:
    return next((c for c in _CASES if c in gram), "nomn")


def uk_surname_form(pseudo: str, part: NamePart) -> str:
    """A Ukrainian pool surname (-енко, -ук, -чук) in the case of the original; a woman's stays as it is."""
    case = _case_of(part.gram)
    if part.female or case == "nomn":
        return pseudo
    stem = pseudo[:-1] if pseudo.endswith("о") else pseudo
    return stem + _UK_SURN_ENDINGS[case]


_UK_PATR_ENDINGS = {
    "masc": {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "у", "voct": "у"},
    "femn": {"gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"},
}


def uk_patronymic_form(pseudo: str, part: NamePart) -> str:
    """A Ukrainian patronymic (Павлович, Павлівна) in the gender and case of the original."""
    case = _case_of(part.gram)
    if part.female:
        base = pseudo[:-5] + "ївна" if pseudo.endswith("йович") else pseudo[:-4] + "івна"
        return base if case == "nomn" else base[:-1] + _UK_PATR_ENDINGS["femn"][case]
    return pseudo if case == "nomn" else pseudo + _UK_PATR_ENDINGS["masc"][case]


def fix_ordinals(text: str) -> str:
    """After digits changed, make English ordinal suffixes agree again (723rd, not 723th)."""

    def fix(m: Any) -> str:
        n = int(m.group(1))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return str(m.group(1)) + (suffix.upper() if m.group(2).isupper() else suffix)

    return str(regex.sub(r"\b(\d+)(st|nd|rd|th|ST|ND|RD|TH)\b", fix, text))
