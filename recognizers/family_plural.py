"""A family by its surname in the plural: "Мищенки с Садовой", "у Коваленков", "Зуевы написали", "the Kuzmins".

Neighbours, relatives and informers name a household by the surname made plural: Russian "Ивановы", "у Петровых",
"к Зуевым", "с Кузьмиными"; the -енко surnames of Ukraine and the south inflect so in speech ("Мищенки", "у
Шевченков", "Коваленкам", "з Гончаренками"); English writes "the Petrovs", "the Kovalenkos". The family's name is as
identifying as one member's, and the dictionary holds few of these plurals, so they are read by their endings:

* Cyrillic: a capitalised word ending in a plural case of a surname suffix, -ов/-ев/-ёв/-ин/-ын + ы/ых/ым/ыми, or
  -енк + и/ів/ов/ам/ами/ах; it stands when the Russian dictionary reads it first as a surname or a possessive of a
  name ("Петровых", "Ивановы"), or knows no such word at all ("Маковлевы", "Мищенки"). A word it reads first as
  something else ("Головы", "Новых", "Оценки", "Коленки") is no family, nor is a word after a preposition of place
  (a village named after a family: "в Мищенках", "из Коваленков").
* English: "the" and a capitalised surname-shaped word with a plural -s ("the Kuzmins", "the Melnyks"), no English
  dictionary word ("the Robins").

Reported as PERSON, the surname's plural alone (the article and the word "family" stay outside).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.places import listed_place
from redact.recognizers.spacy_ner import dictionary_word

__all__ = ["FamilyPluralRecognizer"]

_WHY = "a family by its surname in the plural"
_CYRILLIC = regex.compile(
    r"(?<![\p{L}\d'’-])(?P<v>\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин|ын)(?:ы|ых|ым|ыми)|енк(?:и|ів|ов|ам|ами|ах)))"
    r"(?![\p{L}\d'’-])"
)
_ENGLISH = regex.compile(
    r"(?<![\p{L}-])(?:[Tt]he)\s+(?P<v>\p{Lu}\p{Ll}{2,}(?:ov|ev|yov|in|yn|enko|ko|uk|chuk|yuk|yk|ak|ych)s)(?![\p{L}'’-])"
)


# A preposition of place before the word: a village named after a family ("в Мищенках", "из Коваленков", "под
# Ивановыми"), not the family ("с Зуевыми", "з Гончаренками" go with the family; "у" is at their home).
_PLACE_BEFORE = regex.compile(r"(?i:(?<![\p{L}-])(?:в|во|на|из|із|под|під|біля|возле|около|до|через)\s+)$")


def _cyrillic_family(word: str, before: str) -> bool:
    """Whether the Russian dictionary reads ``word`` first as a surname or a name's possessive, or not at all, and
    no preposition of place stands before it."""
    if _PLACE_BEFORE.search(before):
        return False
    if not morph.is_known(word.lower(), "ru"):
        return True
    first = morph.parses(word, "ru")[:1]
    return bool(first) and ("Surn" in first[0].tag.grammemes or "Poss" in first[0].tag.grammemes)


class FamilyPluralRecognizer(SingleEntityRecognizer):
    """PERSON: a household named by its surname in the plural (module docstring)."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["PERSON"]
    SCORE = 0.75

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every plural surname in ``text``."""
        if "PERSON" not in entities:
            return []
        out: list[RecognizerResult] = []
        if self.supported_language == "en":
            for m in _ENGLISH.finditer(text):
                word = m.group("v")
                if not dictionary_word(word) and not dictionary_word(word[:-1]) and not listed_place(word[:-1]):
                    out.append(self._result(m.start("v"), m.end("v"), self.SCORE, _WHY))
            return out
        for m in _CYRILLIC.finditer(text):
            if _cyrillic_family(m.group("v"), text[max(0, m.start() - 12) : m.start()]):
                out.append(self._result(m.start("v"), m.end("v"), self.SCORE, _WHY))
        return out
