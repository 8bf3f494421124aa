"""A relatives' chat, group or channel by its quoted name: «Жёны 1-го батальона | Кумертау», «Рідні 2 роти».

Wives, mothers and relatives of mobilised men gather in closed chats named after the unit and the town they were
called up from; a leaked screenshot or a court report quotes the name ("скриншоты из закрытого чата «Родные 1231
полка | Пенза»", "пост в телеграм-канале «Жёны 252-го | Россошь»", "вона з чату «Жінки 1430 полку»", "група у Viber
«Мамочки 128 бригади»"). The whole name is the identifying thing: it points at one unit's families in one town, so
the name is withheld as one ORGANIZATION span (the unit and the town inside it are part of it), not only its parts.

A quoted name is such a chat when

* a chat word stands before it (чат, группа/група, канал, паблик, сообщество/спільнота, беседа/бесіда, in any case,
  also compounded: "телеграм-канале", "VK-группе"), at most three words between ("чату дружин мобілізованих «...»",
  "Група у Viber «...»");
* and its name says whose it is: it opens with a word for relatives or waiting (Жёны, Жены, Родные, Мамы, Матери,
  Жінки, Дружини, Рідні, Мами, Ждём, Чекаємо ...), or it carries a unit designation (a number with a unit word,
  "в/ч 12721", "252-го").

Not such a chat: a national channel or movement ("канал «Путь домой»", "канал «Рыбарь»", "«Луганщина»"), a town's
news or search group ("«Дніпро – пошук полонених ЗСУ»", "«Подслушано Краснокаменск»": the town is the place finding's)
and a family's own chat ("«Наші 💙💛»"): none opens with a relatives' word or names a unit.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer

__all__ = ["GroupChatRecognizer"]

# A chat word in any case form, alone or compounded ("телеграм-чат", "телеграм-канале", "VK-группе", "вайбер-групі").
_CHAT_WORD = r"(?:[\p{L}]+-)?(?:чат|канал|групп|груп|паблик|пабліке|сообществ|спільнот|бесед|бесід)\p{Ll}{0,4}"
_QUOTE = r"[«\"“„](?P<n>[^«»\"“”„\n]{3,60}?)\s*[»\"”“]"
_CHAT_NAME = regex.compile(
    rf"(?i)(?<![\p{{L}}-]){_CHAT_WORD}(?![\p{{L}}])(?:\s+[\p{{L}}][\p{{L}}'’.-]*){{0,3}}\s*{_QUOTE}",
    regex.V1,
)
# The first word of a relatives' chat: who writes in it, or what they wait for.
_RELATIVES = frozenset(
    """
    жёны жены жена жінки жінка дружини дружина родные родня родственники родственницы рідні родичі мамы мамочки
    матери мами матусі матері сёстры сестры сестри семьи сім'ї сім’ї ждём ждем ждёмдомой чекаємо ждущие
    """.split()
)
_FIRST_WORD = regex.compile(r"[\p{L}][\p{L}'’]*")
# A unit inside the name: "в/ч 12721", "1231 полка", "1-го батальона", "252-го", "2 роти", "128 бригади", "1-го МСБ".
_UNIT_IN_NAME = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:в/ч\s*\d{3,5}"
    r"|\d{1,4}(?:\s?-\s?(?:го|й|ї|ої|ого|ий|ої))?\s+(?:[\p{Ll}-]+\s+)?"
    r"(?:(?:полк|батальон|батальйон|бригад|рот|дивизи|дивізі|отряд|загін|загон)\p{L}*"
    r"|(?-i:МСБ|МСП|ОМСБр|ОМСП|ОМСБ|ДШБ|ДШП|ОШБ|ОМБр|ОБр|ОМПБр|ОДШБр|БТГр|ТБ|ПДП|МСР)(?![\p{L}]))"
    r"|\d{1,4}\s?-\s?(?:го|ї|ої)(?![\p{L}\d]))",
    regex.V1,
)


def relatives_chat(name: str) -> bool:
    """Whether a quoted chat name says whose it is: a relatives' first word or a unit designation inside."""
    first = _FIRST_WORD.search(name)
    if first is not None and first.group().lower() in _RELATIVES:
        return True
    return _UNIT_IN_NAME.search(name) is not None


class GroupChatRecognizer(SingleEntityRecognizer):
    """ORGANIZATION: a relatives' chat or channel named after its unit or town, by its quoted name (ru, uk)."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["ORGANIZATION"]
    SCORE = 0.93  # above the unit and the town inside it: the merged span is the chat's

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every quoted relatives' chat name after a chat word."""
        if "ORGANIZATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        for m in _CHAT_NAME.finditer(text):
            if relatives_chat(m.group("n")):
                out.append(self._result(m.start("n"), m.end("n"), self.SCORE, "relatives' chat by its quoted name"))
        return out
