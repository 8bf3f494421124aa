"""Street addresses in Russian and Ukrainian, withheld whole: street type, name, house, building and flat.

The grammar, over forms rather than phrasings:

* a **street type** in any case or abbreviation, Russian (ул., улица, пр-т, пр-кт, просп., проспект, пер.,
  переулок, ш., шоссе, б-р, бул., бульвар, ал., алл., аллея, наб., набережная, пл., площадь, туп., тупик,
  пр-д, проезд, мкр., микрорайон, кв-л, квартал, тракт, линия, спуск, въезд) and Ukrainian (вул., вулиця,
  пров., провулок, просп., проспект, бульв., б-р, пл., площа, майдан, узвіз, наб., набережна, шосе, проїзд,
  алея, тупик, мікрорайон, мкрн., ж/м, житловий масив, в'їзд, спуск, лінія);
* a **street name** before or after it: Title-case words, initials ("Т. Шевченка", "Т.Г. Шевченка"), a
  number phrase ("8 Марта", "50-летия Октября", "1-й Садовый", "40-річчя Перемоги"), "имени/імені" + name;
* then optionally the **house** (", 5", "д. 5", "дом 5а", "буд. 12/2", "№ 7", " 14-22"), **building** (корп.,
  к., стр., строение, секция) and **flat** or office (кв., квартира, оф., под., подъезд, эт.).

The name may come first when it is an adjective ("Садовая ул., д. 5", "Ленинградский пр-т, 12",
"Почтовий провулок, 3"). A street type with no name and no number ("на улице", "по проспекту") is not an
address. Known false positive: a famous square or avenue named without a house number ("на Красной
площади") is withheld like any street.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer

__all__ = ["StreetAddressRecognizer", "STREET_TYPES"]

# Street types: abbreviations (with their dot or hyphen) and full words as stems taking any case ending.
_ABBR = (
    r"ул\.|ул(?=\s)|пр-т(?:е|а|у|ом)?\.?|пр-кт(?:е|а|у|ом)?\.?|просп\.|пер\.|б-р\.?|бул\.|бульв\.|ал\.|алл\.|наб\.|пл\.|туп\.|"
    r"пр-д\.?|пр-зд\.?|мкр\.|мкрн\.|мкр-н\.?|мк-н\.?|кв-л\.?|вул\.|пров\.|ж/м\.?|ж\.\s?м\.|м-н\.?|тр-т\.?|"
    r"лин\.|пл-ка\.?|снт\.?|СНТ|ДНТ"
)
STREET_TYPES = (
    r"улиц(?:а|ы|е|у|ей|ею)|вулиц(?:я|і|ю|ею|ях)|проспект(?:а|е|у|ом|і|ові)?|переул(?:ок|ка|ке|ку|ком)|"
    r"провул(?:ок|ка|ку|ком|ці)|шоссе|шосе|бульвар(?:а|е|у|ом|і)?|алле(?:я|и|е|ю|ей)|але(?:я|ї|ю|єю)|"
    r"набережн(?:ая|ой|ую|а|ої|у|ій)|площад(?:ь|и|ью)|площ(?:а|і|у|ею)|майдан(?:а|і|у|ом)?|узв(?:із|озу|озі|озом)|"
    r"тупик(?:а|е|у|ом|і)?|проезд(?:а|е|у|ом)?|проїзд(?:у|і|ом)?|микрорайон(?:а|е|у|ом)?|мікрорайон(?:у|і|ом)?|"
    r"квартал(?:а|е|у|і)?|тракт(?:а|е|у)?|лини(?:я|и|ю|ей)|лінія|лінії|спуск(?:а|е|у|і)?|въезд(?:а|е)?|"
    r"в['’]їзд(?:у|і)?|житлов(?:ий|ого|ому|ім)\s+масив(?:у|і)?|садов(?:ое|ого|ом)\s+товарищество"
)
_TYPE = rf"(?:(?i:{_ABBR})|ш\.|(?:{STREET_TYPES})(?!\w))"
# A capitalised full street word ("Алея Героїв", "Площа Слави") names a memorial unless a house number follows.
_TYPE_CAP = rf"(?:(?i:{STREET_TYPES})(?!\w))"
_CAP = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*"
_INITIALS = r"(?:\p{Lu}\.\s?){1,2}"
_NUMWORD = r"\d{1,3}(?:\s?-\s?(?:го|я|й|ї|ий|ої|ого|летия|летия|річчя|ліття|річчя|лет|років))?\s+(?:лет\s+)?"
_NAME = (
    rf"(?:(?:им\.|имени|ім\.|імені)\s+)?(?:{_NUMWORD})?(?:{_INITIALS})?{_CAP}"
    rf"(?:\s+(?:{_INITIALS})?{_CAP}){{0,2}}"
    rf"|\d{{1,3}}\s?-?\s?(?:я|й|а|ая|ий|ый|ша|га|тя|ма|та)\s+{_CAP}(?:\s+{_CAP})?"
)
_NUM = r"\d{1,4}(?:-?[а-яА-ЯіІєЄ](?![\p{L}]))?(?:\s?/\s?\d{1,4}[а-яА-Я]?)?(?:\s?-\s?\d{1,4}(?!\d))?"
_HOUSE = (
    rf"(?:,?\s*(?:д\.|дом(?:а|е)?|буд\.|будинок|будинку|б\.|№)\s*{_NUM}"
    rf"|,\s*{_NUM}(?![\d.,]\d)|\s+{_NUM}(?=[,.;:)\s]|$))"
)
_PART = (
    rf"(?:,?\s*(?:корп\.|корпус|к\.|стр\.|строение|секц\.|секция|кв\.|квартира|квартиры|кв|оф\.|офис|"
    rf"под\.|подъезд|п-д|эт\.|этаж|пов\.|поверх|літ\.|лит\.)\s*{_NUM})"
)
# An adjective-shaped street name before its type: "Садовая ул.", "Ленинградский пр-т", "Почтовий провулок".
_ADJ_NAME = (
    r"(?:\d{1,3}\s?-\s?(?:я|й|а|ий|ый|ша|га|тя|ма|та)\s+)?\p{Lu}[\p{Ll}'’-]+(?:ая|яя|ый|ий|ой|ое|ее|ой|ую|ом|"
    r"ому|ого|ої|ою|ім|им|ым|ей|ка|на|ва|ська|цька|ський|цький|ій|а|е)"
)
_PATTERNS: list[tuple[str, Any, float]] = [
    (
        "type-name",
        regex.compile(rf"(?<![\w-])(?P<v>{_TYPE}\s*(?:{_NAME})(?:{_HOUSE})?{_PART}*)", regex.V1),
        0.85,
    ),
    (
        "name-type",
        regex.compile(
            rf"(?<![\w-])(?P<v>{_ADJ_NAME}\s+{_TYPE}(?:{_HOUSE})?{_PART}*)",
            regex.V1,
        ),
        0.8,
    ),
    (
        "type-name-capital",
        regex.compile(rf"(?<![\w-])(?P<v>(?=\p{{Lu}}){_TYPE_CAP}\s*(?:{_NAME}){_HOUSE}{_PART}*)", regex.V1),
        0.8,
    ),
    (
        "highway-capital",  # "Ш. Окружное, д. 3": a capital Ш. is an initial unless a house number follows
        regex.compile(rf"(?<![\w-])(?P<v>Ш\.\s*{_CAP}{_HOUSE}{_PART}*)", regex.V1),
        0.8,
    ),
    (
        "type-number",  # "мкр. 3, д. 14", "квартал 5, дом 2": a numbered district with a house
        regex.compile(
            rf"(?<![\w-])(?P<v>(?:мкр\.|мкрн\.|кв-л\.?|(?i:микрорайон|мікрорайон|квартал)\w*)\s*\d{{1,3}}[а-я]?"
            rf"(?:{_HOUSE})?{_PART}*)",
            regex.V1,
        ),
        0.75,
    ),
]
_REQUIRES_HOUSE = frozenset({"name-type"})
# Words that look like adjective street names but are not ("Каждая улица", "Главная площадь").
_NOT_STREET_NAME = frozenset(
    "каждая каждый эта этот та тот наша наш ваша ваш моя мой своя свой вся весь любая любой другая другой "
    "главная главный центральная центральний центральна головна головний нова новая новый стара старая "
    "кожна кожний ця цей наша та".split()
)


class StreetAddressRecognizer(SingleEntityRecognizer):
    """LOCATION: Russian and Ukrainian street addresses, type + name + house + building + flat, as one span."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["LOCATION"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every address the grammar above finds."""
        if "LOCATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        for name, pat, score in _PATTERNS:
            for m in pat.finditer(text):
                start, end = m.span("v")
                value = m.group("v")
                first = value.split()[0].lower()
                if name == "name-type" and first in _NOT_STREET_NAME:
                    continue
                if name == "name-type" and not regex.search(r"\d", value) and _sentence_initial(text, start):
                    continue  # "Садовая улица ..." opening a sentence without a number: too weak
                out.append(self._result(start, end, score, f"street address ({name})"))
        return out


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].rstrip(" \t«\"'„“(—–-")
    return not before or before[-1] in ".!?…\n:"
