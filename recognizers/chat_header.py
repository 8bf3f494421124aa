"""A chat member's display name heading his messages, with the message's time: "Shaman 06:42", "Ded Vasya 07:02",
"Кедр, 18:02", "Гульшат [11:48]:".

Chats copied from a messenger or a screenshot put the sender's name and the time on a line of their own, the message
under it; some keep a colon after the time and the message on the same line. In a chat of soldiers the name is a call
sign as often as a given name ("Shaman", "Granite", "Старый Лис"): the header says it is a name whatever the word.

A text is a chat when two header lines or more stand in it, each heading a message (a line of text after it, or text
after its colon). A header made only of common words (English dictionary words, Russian and Ukrainian common nouns and
adjectives) is a call sign only when that sender writes twice or another sender is named as people are: a schedule's
"Lunch 12:00" or a log's "Shelling 06:40" heads one line once. Roles and relatives alone ("Mom 21:03", "Admin 09:00")
are no names; a word of them beside a name is part of it ("Ded Vasya", "Old Fox"). The kinship chat names of
:mod:`redact.recognizers.speaker_label` are its own. A display name may carry its owner's town or the code of his region
("Vera from Pogar 10:40", "Kostyan 161 11:02", "Юля из Ростова, 09:12"): the whole is the name.

Reported as CALL_SIGN when every word is a common word, else PERSON.

Known miss: a chat whose every sender writes once under a common word.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers._names import is_not_name
from redact.recognizers.nlp import morph
from redact.recognizers.spacy_ner import dictionary_word

__all__ = ["ChatHeaderRecognizer"]

_WORD = r"\p{Lu}[\p{Ll}'’-]*\p{Ll}\.?|\p{Lu}\p{Ll}?\."
# what a display name adds to the name: the home town ("Vera from Pogar", "Юля из Ростова") or the region's code
# ("Kostyan 161"), all of it the name
_TAIL = rf"(?:[ \t]+(?:from|из|с|со|з|із|зі)[ \t]+(?:{_WORD})|[ \t]+\d{{2,3}}(?![\d:]))"
# the name, one to three capitalised words and a tail; an optional comma; the time, bare or in brackets, with a date
# before it perhaps; then the end of the line, or a colon and the message
_HEADER = regex.compile(
    # (the name may stand in quotes, as a unit's chat writes call signs: "«Хмара» 05:41")
    rf"^[ \t]*[«\"„“]?(?P<v>(?:{_WORD})(?:[ \t](?:{_WORD})){{0,2}}{_TAIL}?)[»\"“”]?[ \t]*,?[ \t]*\[?"
    r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]?"
    r"(?:[ \t]*$(?P<next>\n[ \t]*\S)?|[ \t]*:[ \t]+(?P<same>\S))",
    regex.MULTILINE,
)
# Words that head a chat line and name no one: roles, relatives and kinds of message.
_NOT_SENDERS = frozenset(
    """admin moderator bot channel group chat me you unknown deleted forwarded reply адмін админ модератор бот канал
    група группа чат я ты ти невідомий неизвестный видалено удалено переслано anonymous аноним анонім""".split()
)
_TAIL_WORDS = frozenset("from из с со з із зі".split())
_KIN_AND_ROLES = frozenset(
    """мама мать мати папа отец батько тато жена дружина муж чоловік сын син дочь донька сестра брат бабушка бабуся
    дедушка дідусь командир ротный ротний комбат взводный взводний мамуля мамочка мамуся матуся папуля батя
    бабуля дочка доча синок сынок сыночек""".split()
)


class ChatHeaderRecognizer(SingleEntityRecognizer):
    """Senders' names in a chat's header lines ("Shaman 06:42"): CALL_SIGN for common words, else PERSON."""

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES = ["CALL_SIGN", "PERSON"]
    SCORE = 0.7

    def _common(self, word: str) -> bool:
        """A common word, not a name: an English dictionary word, or a Russian/Ukrainian noun or adjective the
        dictionary knows and reads first as such (a surname may share it: "Старий", "Вовк")."""
        w = word.rstrip(".")
        if self.supported_language == "en" or regex.fullmatch(r"[\p{Script=Latin}'’-]+", w):
            return dictionary_word(w)
        lang = self.supported_language
        ps = morph.parses(w, lang)[:2]
        return (
            morph.is_known(w.lower(), lang)
            and morph.tag_share(w, lang, frozenset({"Name", "Patr"})) < 0.5
            and any(p.tag.POS in ("NOUN", "ADJF") and not p.tag.grammemes & {"Name", "Patr"} for p in ps[:1])
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Header lines of a chat of two messages or more."""
        if not {"CALL_SIGN", "PERSON"} & set(entities):
            return []
        headers = [m for m in _HEADER.finditer(text) if m.group("next") or m.group("same")]
        if len(headers) < 2:
            return []
        names = [m.group("v") for m in headers]
        turns = Counter(n.casefold() for n in names)
        kinds: dict[str, bool] = {}  # label -> all words common
        for n in turns:
            words = [w for w in n.split() if not w.isdigit() and w not in _TAIL_WORDS]
            if all(is_not_name(w) or w.strip(".").lower() in _NOT_SENDERS | _KIN_AND_ROLES for w in words):
                continue  # "Mom 21:03", "Admin": a role or a relative; "Old Fox", "Ded Vasya" are names
            kinds[n] = all(self._common(w) for w in words)
        named = any(not common for common in kinds.values())
        out: list[RecognizerResult] = []
        for m in headers:
            key = m.group("v").casefold()
            if key not in kinds:
                continue
            common = kinds[key]
            if common and turns[key] < 2 and not named and not any(turns[k] >= 2 for k in kinds):
                continue  # "Lunch 12:00", "Drill 14:00": a schedule's lines, each once, no sender named
            start, end = m.span("v")
            if text[end - 1] == "." and not regex.search(r"\s\p{Lu}\p{Ll}?\.$", text[start:end]):
                end -= 1
            entity = "CALL_SIGN" if common else "PERSON"
            if entity in entities:
                out.append(self._result(start, end, self.SCORE, "a chat sender's name heading a message", entity))
        return out
