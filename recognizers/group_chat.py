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
  "в/ч 12721", "252-го"); or it is a town's own: a families' word anywhere in it (родные, жёны, мобики, наши, СВО)
  or a gossip public's first word (Подслушано, Типичный) with a town or village no big city ("«Мобики Арзамас |
  родные»", "«Кедровск — наши в СВО»", "«Подслушано Ковров»"), or a families' word with the call-up day ("«Тверские
  жёны 27.09»"): the corpora mark the whole name, which places the writer's family in one small town.

Not such a chat: a national channel or movement ("канал «Путь домой»", "канал «Рыбарь»", "«Луганщина»"), a town's
news or search group of a big city ("«Дніпро – пошук полонених ЗСУ»", "«Подслушано Москва»": the city is public)
and a family's own chat ("«Наші 💙💛»"): none opens with a relatives' word or names a unit.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp.institutions import relatives_chat

__all__ = ["GroupChatRecognizer"]

# A chat word in any case form, alone or compounded ("телеграм-чат", "телеграм-канале", "VK-группе", "вайбер-групі").
_CHAT_WORD = r"(?:[\p{L}]+-)?(?:чат|канал|групп|груп|паблик|пабліке|сообществ|спільнот|бесед|бесід)\p{Ll}{0,4}"
_QUOTE = r"[«\"“„](?P<n>[^«»\"“”„\n]{3,60}?)\s*[»\"”“]"
_CHAT_NAME = regex.compile(
    rf"(?i)(?<![\p{{L}}-]){_CHAT_WORD}(?![\p{{L}}])(?:\s+[\p{{L}}][\p{{L}}'’.-]*){{0,3}}\s*{_QUOTE}",
    regex.V1,
)


class GroupChatRecognizer(SingleEntityRecognizer):
    """ORGANIZATION: a relatives' chat or channel named after its unit or town, by its quoted name (ru, uk)."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["ORGANIZATION"]
    SCORE = 1.0  # at least the unit and the town inside it (the longer span wins a tie): the merged span is the chat's

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every quoted relatives' chat name after a chat word."""
        if "ORGANIZATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        for m in _CHAT_NAME.finditer(text):
            if relatives_chat(m.group("n")):
                out.append(self._result(m.start("n"), m.end("n"), self.SCORE, "relatives' chat by its quoted name"))
        return out
