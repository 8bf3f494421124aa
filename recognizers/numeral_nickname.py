"""Units, colonies and schools called by a numeral noun, as soldiers and their families say them.

In calls and chats a battalion, company or brigade is "двушка", "семёрка", "the dvushka"; a penal colony is
"двенадцатка", a school "сорокпятка" or "дванадцятка". The word is a noun made from a number (Russian -ка/-ушка/
-ёшка, Ukrainian -ка/-ірка; transliterated dvushka, semyorka, desyatka) in any case, and what it names is told
by the words around it, never by the word alone (a двушка is also a two-room flat, a семёрка a car or a bus, a
двойка a school mark):

* it follows a preposition, a possessive or "the" ("в семёрку", "с двушки нашей", "to the semyorka"), or a possessive
  follows it ("Семёрку нашу всю перемешали");
* a military word near it makes it a MILITARY_UNIT (перевели, штурм, рота, батальон, позиции, служит,
  assault, company, moved me, transferred);
* a prison word makes it the colony, an ORGANIZATION (колония, зона, сидел, срок, этап, везли, зэки);
* a verb of studying just before it makes it the school, an ORGANIZATION ("учился в сороковке", "вчився у
  дванадцятці"), whatever else the passage says;
* a vehicle, flat or mark word near it rules it out (машина, приехал, маршрутка, квартира, оценка, car, flat); a
  playing card does, a bank card money is sent to ("скину на карту") does not.

"Near" is 150 characters either side within the paragraph: a call's next turn often says
what was meant ("in the dvushka still?" / "No, they moved me to the assault company").

Known false positive: a numeral noun for a bus route or a card in a passage that also talks of the front.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph

__all__ = ["NumeralNicknameRecognizer"]

_APOS = "['’ʼ]"
_RU = (
    r"(?:перв(?:ух|ушк)|дв[ао]йк|двушк|тройк|тр[её]шк|четв[её]рк|пят[её]рк|шест[её]рк|сем[её]рк|восьм[её]рк|девятк|десятк|"
    r"одиннадцатк|двенадцатк|тринадцатк|четырнадцатк|пятнадцатк|пятнашк|шестнадцатк|семнадцатк|восемнадцатк|"
    r"девятнадцатк|двадцатк|тридцатк|сороковк|полтинник|сотк)(?:а|и|е|у|ой|ою)?"
)
_UK = (
    rf"(?:двій|трій|четвір|п{_APOS}?ятір|шіст|сім|вісім|дев{_APOS}?ят|десят|одинадцят|дванадцят|тринадцят|"
    rf"чотирнадцят|п{_APOS}?ятнадцят|шістнадцят|сімнадцят|вісімнадцят|дев{_APOS}?ятнадцят|двадцят|тридцят|сорокі?в"
    r"|сот)(?:к(?:а|и|у|ою|о)?|ці)"
)
_LAT = (
    r"(?:dvoyk|dvushk|troyk|tr[yi]oshk|chetv[yi]ork|py?at[yi]ork|shest[yi]ork|sem[yi]ork|vosm[yi]ork|devyatk|"
    r"desyatk|dvenadtsatk|dvanadtsiatk|sorokovk)(?:a|i|e|u|oy)"
)
_WORD = regex.compile(rf"(?<![\p{{L}}'’ʼ-])(?P<w>{_RU}|{_UK}|{_LAT})(?![\p{{L}}'’ʼ-])", regex.IGNORECASE)
# What must stand just before the word: a preposition, a possessive, "the", or an opening quote after one.
_BEFORE = regex.compile(
    r"(?i)(?:\b(?:в|во|у|из|с|со|з|із|зі|до|на|к|по|от|від|the|our|my|his|their|in|from|to|into)"
    r"|\b(?:наш\p{L}*|сво\p{L}*|мо[яюеий]\p{L}*|мі[йя]\p{L}*|тво\p{L}*))\s*[«\"“„]?\s*$"
    # the unit's name in quotes after a dash or "unit": "его подразделение — «шестёрка» из ...", "часть «семёрка»"
    r"|(?:[—–]|\bподразделени\p{L}*|\bпідрозділ\p{L}*|\bчаст\p{L}*|\bбатальй?он\p{L}*|\bбригад\p{L}*|\bполк\p{L}*)\s*[«\"“„]\s*$"
    # quoted in apposition after the unit's number or "это": "в/ч 32755, это «шестёрка»", "полк, «двойка»"
    r"|(?:\bэто|\bце|,)\s*[«\"“„]\s*$"
    # quoted where a sentence or a turn opens: "«Дванадцяткою» він називає свою колонію" (quotes make it a name)
    r"|(?:^|[.!?…:]\s*|[\n—–]\s*)[«\"“„]\s*$"
)
# Or a possessive just after it, as speech puts it first in the clause: "Семёрку нашу всю перемешали", "двійку нашу
# розформували" (a possessive after the noun is its own; "наш" before a sentence's next noun is not reached).
_AFTER = regex.compile(r"(?i)\G[ \t]+(?:наш|сво|мо[яюейи]|мі[йя]|тво|ихн|їхн)\p{L}*(?![\p{L}])")
# Words near it that tell what the nickname names.
_MILITARY = regex.compile(
    r"(?i)(?:перевел|перевод|перевіл|перевели|перебросил|перекинул|штурм|\bрот[аыуеі]|батальон|батальйон|бригад|"
    r"подразделени|підрозділ|"
    r"\bполк|позици|позиці|служ|воюе|воює|воюю|на\s+[«\"]?ноль|командир|окоп|\bfront|assault|company|battalion|"
    r"brigade|regiment|moved\s+(?:me|us|him)|transferred|serv(?:e|es|ing|ed)\b|trench|\bunit\b"
    # driven or thrown to the front: "под Курахово загнали", "знову під Бахмут закинули", "погнали под Купянск" (not
    # "под Тверью" alone: a flat is "near" a town too)
    r"|загнал|загнали|загнав|закинул|закинули|закинув|погнал|погнали|погнав)"
)
_PRISON = regex.compile(
    r"(?i)(?:колони|колоні|\bзон[аеуыі]|\bзоны|сидел|сидів|отсидел|\bсрок|\bстрок|этап|етап|везли|зэк|зек|"
    r"\bзк\b|заключ|ув['’ʼ]?язн|arrest|prison|colony|inmate)"
)
_SCHOOL = regex.compile(r"(?i)(?:учил|вчив|вчил|закончил|закінчив|окончил|выпуск|випуск|studied|school|graduat)")
# A verb of riding: a bus or car by its route number ("на семёрке приехал"), unless the nickname is where the men came
# from ("С пятёрки нас сорок человек приехало": a colony they were taken from).
_RIDE = regex.compile(r"(?i)(?:\b(?:при|по|до|у|за|от|в)?(?:е|ї)хал|\bїхав|приїхав|drove|\bride)")
_FROM = regex.compile(r"(?i)(?:\b(?:с|со|из|з|із|зі|від|от|from))\s*[«\"“„]?\s*$")
_NOT = regex.compile(
    r"(?i)(?:машин|маршрут|автобус|троллейбус|тролейбус|трамва|\bавто|ваз|жигул|квартир|комнат|кімнат|оценк|"
    r"оцінк|\bбал[аил]|(?<!\b(?:на|по|с|з)\s)карт[аыуо]|\bcar\b|\bbus\b|\bflat\b|apartment|\bgrade|\bmark)"
)
_SCORE = 0.6
# The word right after the numeral noun (the genitive plural it may count).
_NEXT_WORD = regex.compile(r"[ \t]+(?P<w>\p{L}[\p{L}'’ʼ-]*)")
_REACH = 150  # characters either side read for what the nickname names


class NumeralNicknameRecognizer(SingleEntityRecognizer):
    """MILITARY_UNIT or ORGANIZATION: a numeral noun naming a unit, a colony or a school, told by the words near it."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["MILITARY_UNIT", "ORGANIZATION"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every numeral nickname whose neighbourhood says what it names."""
        out: list[RecognizerResult] = []
        for m in _WORD.finditer(text):
            start, end = m.span("w")
            if not _BEFORE.search(text[max(0, start - 12) : start]) and not _AFTER.match(text, end):
                continue
            if m.group("w").lower().startswith("перв") and text[start - 1 : start] not in '«"“„':
                continue  # "по первухе было страшно": "at first"; only quoted is it the first battalion or regiment
            if self._counts(text, end):
                continue  # "в десятки тысяч", "входит в десятку регионов": a count or a ranking of what follows
            # The words around it, within its paragraph: a call's next turn often says what was meant.
            para = text.rfind("\n\n", 0, start)
            lo = max(para + 2 if para >= 0 else 0, start - _REACH)
            hi = text.find("\n\n", end)
            window = text[lo : min(hi if hi >= 0 else len(text), end + _REACH)]
            if _NOT.search(window) or (_RIDE.search(window) and not _FROM.search(text[max(0, start - 8) : start])):
                continue
            if _SCHOOL.search(text[max(0, start - 40) : start]):
                entity, why = "ORGANIZATION", "a school by its number's nickname"
            elif _PRISON.search(window):
                entity, why = "ORGANIZATION", "a penal colony by its number's nickname"
            elif _MILITARY.search(window):
                entity, why = "MILITARY_UNIT", "a unit by its number's nickname"
            else:
                continue
            if entity in entities:
                out.append(self._result(start, end, _SCORE, why, entity))
        return out

    def _counts(self, text: str, end: int) -> bool:
        """Whether the word after the numeral noun is the genitive plural it counts ("десятки тысяч", "в десятку
        регионов", "сотні людей", "у першу п'ятірку областей"), not a name's next word."""
        if self.supported_language not in ("ru", "uk"):
            return False
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None:
            return False
        parses = morph.parses(nxt.group("w"), self.supported_language)[:3]
        return any(
            p.tag.POS in ("NOUN", "ADJF", "PRTF") and {"gent", "plur"} <= set(p.tag.grammemes) for p in parses
        ) and not any(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in parses)
