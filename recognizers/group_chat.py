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
  жёны 27.09»"): the corpora mark the whole name, which places the writer's family in one small town
  (nlp.institutions.relatives_chat);
* or it is a **small town's own public** (group_chat._town_public): the name carries a town of the gazetteer (a
  town or city of under half a million, not a region, a country or a village whose name is also a word) and no word
  of a news outlet ("группе «Подслушано Кинешма»", "чаті «Кинешма 24/7»", "группе «Кинешма — наш город»"). Residents
  post there about their own men; the sets written blind (o, p) withhold the whole name.

In English (the translations of such screenshots and posts), the same chats: a quoted name after a chat word, a few
words between ('From the chat «Kedrovsk mobilised wives»', 'a chat of wives of the mobilised, "Kedrovsk mobiks
2022"'), or a name heading a post and followed by the chat word in brackets ("Kedrovsk – wives and mothers of the
mobilized (Telegram chat, screenshots ...)"): a families' word in the name (wives, mothers, relatives, families,
mobiks, mobilised ...) and a small town of the gazetteer or a unit's number (_english_relatives_chat).

Not such a chat: a national channel or movement ("канал «Путь домой»", "канал «Рыбарь»", "«Луганщина»"), a big
city's news, search or support group ("«Дніпро – пошук полонених ЗСУ»", "«Подслушано Москва»", "«Томск — поддержка
семей СВО»": the city is public), a town's news outlet ("«Кинешма Онлайн»": media) and a family's own chat ("«Наші
💙💛»"): none opens with a relatives' word, names a unit or a small town's public.
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

# A chat's name as the header of a screenshot or a leaked log: the quoted name alone on its line ("«Шторм Z – родные |
# Кушва»" over the messages), no chat word before it. The same tests of the name apply.
_HEADER_NAME = regex.compile(r"(?m)^[ \t]*[«\"“„](?P<n>[^«»\"“”„\n]{3,60}?)\s*[»\"”“][ \t]*$", regex.V1)


_CHAT_WORD_EN = r"(?:group[\s-]+chat|chat|group|channel|public|community|community\s+page)s?"
_CHAT_NAME_EN = regex.compile(
    rf"(?i)(?<![\p{{L}}-]){_CHAT_WORD_EN}(?![\p{{L}}])(?:\s+[\p{{L}}][\p{{L}}'’.-]*){{0,5}}?,?\s*{_QUOTE}", regex.V1
)
# A post headed by the chat's name, its kind in brackets after it: "Kedrovsk – wives of the mobilized (Telegram chat".
_CHAT_HEADER_EN = regex.compile(
    r"(?m)^[ \t]*(?P<n>\p{Lu}[^\n()«»\"“”]{2,60}?)[ \t]*\((?:(?:Telegram|WhatsApp|Viber|VK|VKontakte|Odnoklassniki"
    r"|Facebook|closed|private|public)[ \t]+)*(?:group[ \t]+)?(?:chat|group|channel)\b",
    regex.V1,
)
# The words that say whose a chat is: its families, or the mobilised men themselves as they call each other.
_FAMILIES_EN = regex.compile(
    r"(?i)(?<![\p{L}])(?:wives|wifes|mothers|moms|mums|mamas|relatives|families|family|loved\s+ones|girlfriends"
    r"|mobiks?|mobili[sz]ed|waiting|ours)(?![\p{L}])"
)
_UNIT_NUMBER_EN = regex.compile(
    r"(?i)\b\d{1,4}(?:st|nd|rd|th)?\s+(?:regiment|brigade|battalion|division|MSP|MRR)\b|\b\d{4,5}\b"
)


def _english_relatives_chat(name: str) -> bool:
    """Whether an English chat name is a town's or a unit's families' chat: a families' word and a small town of the
    gazetteer ("Kedrovsk mobilised wives", "Kedrovsk mobiks 2022") or a unit's number ("Wives of the 1231st
    regiment"); not "Wives of the mobilised of Russia", nor a big city's."""
    if not _FAMILIES_EN.search(name):
        return False
    return bool(_UNIT_NUMBER_EN.search(name)) or _town_public(name)


class GroupChatRecognizer(SingleEntityRecognizer):
    """ORGANIZATION: a relatives' chat or channel named after its unit or town, by its quoted name (ru, uk, en)."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk", "en")
    ENTITIES = ["ORGANIZATION"]
    SCORE = 1.0  # at least the unit and the town inside it (the longer span wins a tie): the merged span is the chat's

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every quoted relatives' chat name after a chat word."""
        if "ORGANIZATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        if self.supported_language == "en":
            for pattern in (_CHAT_NAME_EN, _CHAT_HEADER_EN):
                for m in pattern.finditer(text):
                    if _english_relatives_chat(m.group("n")):
                        out.append(self._result(m.start("n"), m.end("n"), self.SCORE, "relatives' chat by its name"))
            return out
        headers = [
            m for m in _HEADER_NAME.finditer(text) if not _CHAT_NAME.search(text, max(0, m.start() - 40), m.end())
        ]
        for m in [*_CHAT_NAME.finditer(text), *headers]:
            if relatives_chat(m.group("n")):
                out.append(self._result(m.start("n"), m.end("n"), self.SCORE, "relatives' chat by its quoted name"))
            elif _town_public(m.group("n")):
                out.append(self._result(m.start("n"), m.end("n"), self.SCORE, "a small town's public by its name"))
        return out


_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*")
# A news outlet's or an alert channel's words: a town's media and its air-raid monitoring are public ("Кинешма
# Онлайн", "Кременчук — де приліт?"), not its residents' group.
_NEWS = regex.compile(
    r"(?i)новост|новин|онлайн|online|\bТВ\b|\bTV\b|\bFM\b|инфо|інфо|info|вест[иь]|вісті|газет|радио|радіо|медиа|медіа|media"
    r"|прил[іеё]т|тревог|тривог|монитор|монітор|радар|оперативн"
)
_TOWN_KINDS = frozenset({"town", "city"})


def _town_public(name: str) -> bool:
    """Whether a quoted group name carries a small town of the gazetteer and no news outlet's word ("Подслушано
    Кинешма", "Кинешма — наш город"; not "Томск — поддержка семей СВО": a big city is public)."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer
    from redact.recognizers.nlp.places import big_city

    if _NEWS.search(name):
        return False
    for m in _NAME_WORD.finditer(name):
        entries = place_gazetteer().get(m.group())
        if not entries or any(e.kind.startswith("region") or "ambiguous" in e.flags for e in entries):
            continue
        if any(e.kind in _TOWN_KINDS for e in entries) and not big_city(m.group()):
            return True
    return False
