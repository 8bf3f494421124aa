"""Surnames in the slugs of memorial and funeral links, as PERSON: ".../haisyn-proshchannia-kovalchuk".

Local news sites name the fallen in the link itself ("/news/berdychiv-farewell-savchenko",
"/zarichne-melnyk-pokhoron"), in Latin transliteration and lower case, where no name model looks. A slug word
is a surname when two things hold:

- the slug is a memorial one: one of its words is a farewell, funeral, death or memory word in Ukrainian or
  Russian transliteration or in English (proshchannia, poproshchalysia, pokhoron, zahynuv, pogib, pamiat,
  farewell, funeral, ...), matched by stem;
- the word has the shape of an East Slavic surname in transliteration: a suffix of the -enko, -chuk/-iuk,
  -ovych/-evych, -skyi/-skiy families; the -ska, -ov/-ova/-ev/-eva/-in/-ina endings, which English words share
  ("again", "captain"), count only when the memorial word itself is transliterated, not English.

Known gaps: surnames of other shapes ("melnyk", "bondar", "tkach") are not found; a place the slug names is
left to the place-tag recogniser. Known false positive: a transliterated ordinary word of one of those shapes
in a memorial slug ("voinov", "pamiatnyk" is not one: it has no such suffix).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer

__all__ = ["SlugNameRecognizer"]

_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.(?:info|com|net|org|ua|ru|by|kz|city|news|media|online|today|su)"
    r"(?:/[^\s<>\"'«»]*)?",
    regex.IGNORECASE,
)
_SLUG_WORD = regex.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
# Stems of farewell, funeral, death and memory words (uk/ru transliterations and English).
_MEMORIAL = regex.compile(
    r"^(?:pro(?:shch|shh|sch|st)|poproshch|poproshh|pokhor|pohor|pokhov|pohov|zahyb|zahin|zagib|zagin|zahynu|pogib"
    r"|pohyb|pam[iy]at|pamj|farewell|funeral|buri|died|killed|fallen|memor|obituar|nekrolog|vichn|vechn|heroi|geroi)",
    regex.IGNORECASE,
)
_SURNAME = regex.compile(
    r"^[a-z]{3,}(?:enko|chuk|iuk|yuk|ovych|evych|ovich|evich|skyi|skyy|skyj|skiy|skii|tskyi|tskiy)$"
)
# Endings English words share ("again", "captain", "alaska"): only in a slug whose memorial word is Slavic.
_SURNAME_WEAK = regex.compile(r"^[a-z]{4,}(?:ska|ova|eva|ov|ev|ina|in)$")
_ENGLISH_MEMORIAL = regex.compile(r"^(?:farewell|funeral|buri|died|killed|fallen|memor|obituar)", regex.IGNORECASE)
# Slug words of those shapes that are not surnames: transliterated ordinary words and news-site vocabulary.
_NOT_NAMES = frozenset(
    "admin archiv domain origin login plugin online ukrainska russkaya rossiyskaya oblasna oblastnaya kyivska "
    "novyny novosti ukrainy rossii voin voinov geroev heroiv pamiatnyk zahyblykh pogibshikh".split()
)


class SlugNameRecognizer(SingleEntityRecognizer):
    """PERSON: surname-shaped words in the slug of a memorial or funeral link."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["PERSON"]
    SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Surname-shaped slug words of memorial links."""
        if "PERSON" not in entities or "/" not in text and "." not in text:
            return []
        out: list[RecognizerResult] = []
        for u in _URL.finditer(text):
            words = list(_SLUG_WORD.finditer(u.group()))
            cues = [w.group() for w in words if _MEMORIAL.match(w.group())]
            if not cues:
                continue
            slavic = any(not _ENGLISH_MEMORIAL.match(c) for c in cues)
            for w in words:
                low = w.group().lower()
                if low in _NOT_NAMES or _MEMORIAL.match(low):
                    continue
                if not (_SURNAME.match(low) or (slavic and _SURNAME_WEAK.match(low))):
                    continue
                s = u.start() + w.start()
                out.append(self._result(s, s + len(w.group()), self.SCORE, "surname in a memorial link"))
        return out
