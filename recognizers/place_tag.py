"""Home places hidden in hashtags and URL slugs, as LOCATION: "#Бердичів", "/news/berdychiv-proshchannia-...".

Real posts tag the home town ("#Гайсин", "#ТернопільськаГромада", "#Omsk") and news links carry it in the
slug ("https://example.ua/news/123-u-berdychevi-poproshchalysia-z-..."). A hashtag is a place when its body,
or one of its CamelCase parts, is a settlement or region of the shared gazetteer (any case form, through
pymorphy3 lemmas for Cyrillic). A slug word is a place when it is a gazetteer spelling of at least five
letters that the gazetteer does not flag as also an ordinary word; a few common Latin transliteration
endings of case forms (-i, -e, -a, -u, -om, -ovi, -akh, -ami) are stripped first and the nominative endings
(-y, -i, -a, -e, -o) tried on the stem ("u-sarnakh" ← Sarny).

Words joined by underscores are tried as the name they spell with a space or a hyphen ("#Сухой_Лог",
"#Ust_Ilimsk"), and two capitalised elements the gazetteer lacks, the first ending in the linking -o/-e of compound
toponyms, are a place too ("#Kedrovo_Polye"); a municipal unit in a hashtag ("#Кедровский_район") is the
municipal recogniser's.

Known false positive: a slug word that is both a gazetteer village and an English word of five letters or
more and not flagged ambiguous is withheld.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp.gazetteer import place_gazetteer
from redact.recognizers.nlp.places import is_known_place, listed_place

__all__ = ["PlaceTagRecognizer"]

_HASHTAG = regex.compile(r"(?<![\w#])#(?P<v>\p{L}[\p{L}\d_]{2,60})")
_CAMEL = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.(?:info|com|net|org|ua|ru|by|kz|city|news|media|online|today|su)"
    r"(?:/[^\s<>\"'«»]*)?"
    r"|(?<![\w/])/(?:[\w%-]+/)+[\w%-]+",
    regex.IGNORECASE,
)
_SLUG_WORD = regex.compile(r"(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])|\p{Cyrillic}{4,}")
_NOT_SLUG_PLACE = frozenset("https http www info news html index php com net org online media today city".split())
# Transliterated case endings of a slug word, longest first; each is tried against the nominative endings below
# (u-sarnakh ← Sarny, z-berdycheva ← Berdychiv is left to the gazetteer's own spellings).
_LATIN_ENDINGS = ("iakh", "yakh", "akh", "ovi", "ami", "ah", "om", "i", "e", "a", "u", "y")
_LATIN_NOMINATIVE = ("", "y", "i", "a", "e", "o")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def _joined_place(body: str) -> bool:
    """Whether a hashtag's words joined by underscores spell a gazetteer place with a space or a hyphen
    ("#Сухой_Лог", "#Усть_Илимск", "#Ust_Ilimsk")."""
    if "_" not in body:
        return False
    words = [w[:1].upper() + w[1:] for w in body.split("_") if w]
    return any(listed_place(sep.join(words)) for sep in (" ", "-"))


# A compound place name joined by an underscore: a first element ending in the linking -o/-e of Slavic compound
# toponyms (Novo-, Staro-, Verkhne-, Pokrovo-, Ново-, Верхне-), then a capitalised element ("#Pokrovo_Yarki").
_COMPOUND_TAG = regex.compile(r"(?P<a>\p{Lu}\p{Ll}{2,}[oeое])_(?P<b>\p{Lu}\p{Ll}{2,})")


def _compound_toponym(body: str) -> bool:
    """Whether a hashtag spells a compound place name the gazetteer does not list: two capitalised elements, the
    first ending in a linking vowel, neither a dictionary word nor a given name."""
    m = _COMPOUND_TAG.fullmatch(body)
    if m is None:
        return False
    from redact.recognizers.nlp import morph
    from redact.recognizers.nlp.gazetteer import given_name_forms
    from redact.recognizers.spacy_ner import dictionary_word

    for part in (m.group("a"), m.group("b")):
        if part.lower() in given_name_forms():
            return False
        if _CYRILLIC.search(part):
            if morph.is_known(part.lower(), "ru") or morph.is_known(part.lower(), "uk"):
                return False
        elif dictionary_word(part):
            return False
    return True


# The area around a town named by the -ье of Russian area nouns (Подмосковье, Прикамье: a region the dictionary
# knows; Сухоложье, the country round Сухой Лог, it does not): first in a hashtag, alone or opening a slogan.
_AREA_TAG = regex.compile(r"(?P<a>\p{Lu}\p{Ll}{3,}(?:ье|ья|ьє|ся))(?:_\p{L}+)*")


def _local_area(body: str) -> bool:
    """Whether a hashtag opens with an area noun in -ье the dictionary does not know ("#Сухоложье_своих_не_бросает")."""
    m = _AREA_TAG.fullmatch(body)
    if m is None:
        return False
    from redact.recognizers.nlp import morph

    area = m.group("a").lower()
    return not morph.is_known(area, "ru") and not morph.is_known(area, "uk")


class PlaceTagRecognizer(SingleEntityRecognizer):
    """LOCATION: gazetteer places in hashtags and in the path of links."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["LOCATION"]
    SCORE = 0.7

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Places in hashtags and URL paths."""
        if "LOCATION" not in entities or ("#" not in text and "/" not in text):
            return []
        out: list[RecognizerResult] = []
        for m in _HASHTAG.finditer(text):
            body = m.group("v")
            parts = [body, *(p for p in _CAMEL.findall(body.replace("_", " ")) if p != body)]
            if "_" in body:
                parts = parts[1:]  # the raw body with its underscores spells nothing; its words and the whole do
            if (
                _joined_place(body)
                or any(self._place(p) for p in parts)
                or _compound_toponym(body)
                or _local_area(body)
            ):
                out.append(self._result(m.start(), m.end(), self.SCORE, "place in a hashtag"))
        for u in _URL.finditer(text):
            url = u.group()
            # Host labels count too ("haisyn.info"), the top-level domain and "www" never do.
            for w in _SLUG_WORD.finditer(url):
                if w.group().lower() in _NOT_SLUG_PLACE:
                    continue
                if self._place(w.group(), slug=True):
                    s = u.start() + w.start()
                    out.append(self._result(s, s + len(w.group()), self.SCORE, "place in a link"))
        return out

    def _place(self, word: str, slug: bool = False) -> bool:
        if len(word) < 3:
            return False
        if _CYRILLIC.search(word):
            title = word[:1].upper() + word[1:]
            lang = self.supported_language if self.supported_language in ("ru", "uk") else "ru"
            return len(word) >= 4 and (
                is_known_place(title, lang) or is_known_place(title, "uk" if lang == "ru" else "ru")
            )
        low = word.lower()
        stems = [low[: -len(e)] for e in _LATIN_ENDINGS if low.endswith(e) and len(low) - len(e) >= 4]
        # A rebuilt nominative (sarn- + y) is a guess: it counts only as a town or city, never a hamlet that
        # shares a common word's stem ("na-ulytsiakh" is in the streets).
        rebuilt = {st + n for st in stems for n in _LATIN_NOMINATIVE if n} - {low, *stems}
        gaz = place_gazetteer()
        for c in [low, *stems, *sorted(rebuilt)]:
            if len(c) < 4:
                continue
            entries = gaz.get(c[:1].upper() + c[1:])
            if not entries or any("ambiguous" in e.flags for e in entries):
                continue
            town = any(e.kind in {"city", "town"} for e in entries)
            # Four-letter words only when a town or city of that name exists ("omsk", not a hamlet "Mira").
            if town or (len(c) >= 5 and c not in rebuilt):
                return True
        return False
