"""Field positions and numbered places soldiers name, as LOCATION: "на «Сосне»", "до «Тополя-2»", "moving to Kust-3".

Soldiers and the intercepts, chats and retellings that quote them name the positions they hold by a code word, a
common noun in quotes (a tree, a flower, an animal's den: «Сосна», «Ромашка», «Берёза», «Муравейник») or a word
with a number ("Berezka-4", "Зона-4", «Ноль-семь»): a position pins a unit to a few hundred metres of the front.
Three forms of one grammar, each read from the words around the name, never from a list of names:

* **a position word** before or after the quoted name: "позицию «Сосна»", "опорник «Ромашка»", "the "Ulitka"
  position", "position "Lisovka"";
* **a numbered name** (a capitalised word, a hyphen, one or two digits, quoted or not; or two numerals joined by a
  hyphen in quotes, «Ноль-семь») after a preposition of place or movement: "до «Тополя-2»", "moving to Kust-3",
  "at Berezka-4", "outside Zhuravlikha-2" (a numbered village is a place too); weapons, aircraft and vehicles with a
  number ("Орлан-10", "Shahed-136", "Leopard-2") never;
* **a quoted common noun** after a preposition of place or movement (на, по, за, до, под, біля, с, от...), read by
  morphology: an inanimate noun of the dictionary (in Russian or Ukrainian) that is no place, name, organisation or
  vehicle ("на «Сосне»", "ползи на «Сосну»", "сидят за «Сосной»"); a person's call sign is animate ("к «Шаману»",
  "на «Грача»"), and a quoted word the text uses as a speaker's call sign ("«Кедр», я «Утёс»") is left to the call
  sign recognizers.

Known gap: an unquoted common noun used as a position ("сидим на сосне") is the plain word it also is.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph

__all__ = ["FieldPositionRecognizer"]

_OPEN = "«\"“„'"
_CLOSE = "»\"”“'"
# Prepositions of place and movement a position follows (never "в"/"у" of a shop or a unit, "к" of a person).
_PREP_CYR = (
    r"на|по|за|до|под|під|біля|возле|около|коло|через|с|со|з|із|зі|от|від|из-за|із-за|из-под|з-під|перед|між|между"
)
_PREP_EN = r"at|to|from|near|towards?|outside|past|behind|beyond|around|on|reach|reached|held|hold|holding|take|took"
_PREP = regex.compile(rf"(?i)(?<!\p{{L}})(?:{_PREP_CYR}|{_PREP_EN})[ \t]+(?:the[ \t]+)?$")
# A position word right before the name ("позицию «Сосна»", "опорник «Ромашка»", "position "Lisovka"") or after it
# ("the "Ulitka" position").
_POSITION_WORD = (
    r"позици\p{L}*|позиці\p{L}*|опорник\p{L}*|опорн\p{L}+[ \t]+пункт\p{L}*|ВОП|РОП|блиндаж\p{L}*|бліндаж\p{L}*|"
    r"positions?|strongpoints?|stronghold|outpost|dugout"
)
_POSITION_BEFORE = regex.compile(rf"(?i)(?<!\p{{L}})(?:{_POSITION_WORD})[ \t]+(?:(?:called|named|under)[ \t]+)?$")
_POSITION_AFTER = regex.compile(rf"(?i)[ \t]+(?:{_POSITION_WORD})(?!\p{{L}})")
# A quoted name: one or two words, a number after a hyphen allowed.
_QUOTED = regex.compile(
    rf"[{_OPEN}](?P<v>\p{{Lu}}[\p{{L}}'’ʼ]+(?:[ \t-]\p{{L}}[\p{{L}}'’ʼ]*)?(?:-\d{{1,2}})?)[{_CLOSE}]"
)
# A numbered name, quoted or not: "Kust-3", "Тополя-2", "Berezka-4".
_NUMBERED = regex.compile(
    r"(?<![\p{L}\d-])[«\"“„]?(?P<v>\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}+)?-\d{1,2})(?![\d\p{L}]|[.,]\d)[»\"”“]?"
)
_NUMERALS = (
    r"ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"чотири|п'ять|п’ять|шість|сім|вісім|дев'ять|дев’ять|десять|одна|дві"
)
_NUMERAL_PAIR = regex.compile(rf"(?i)^(?:{_NUMERALS})-(?:{_NUMERALS})$")
# Weapons, aircraft, drones and vehicles written with a number, and brands or vehicles that are common nouns in
# quotes ("на «Ниве»", "на «Буханке»"): lemmas, lowercase, either alphabet.
_THINGS = frozenset(
    """
    орлан герань ланцет шахед искандер іскандер калибр калібр кинжал кінжал панцирь торнадо ураган смерч град
    гиацинт гіацинт мста тюльпан пион піон акация акація гвоздика корнет фагот метис джавелин игла ігла верба стрела
    стріла оса куб краснополь бархан гербера молния блискавка зала суперкам мавик леопард челленджер абрамс брэдли
    бредлі мардер страйкер патриот петріот тигр тайфун нива буханка газель камаз урал лада гранта приора ока волга
    уаз патрик шторм ахмат вагнер магнит пятёрочка пятерочка озон авито сбер госуслуги телеграм вайбер
    orlan geran lancet shahed iskander kalibr kinzhal pantsir tornado uragan smerch grad msta krasnopol zala supercam
    mavic leopard challenger abrams bradley marder stryker patriot tiger typhoon niva bukhanka gazel kamaz ural lada
    storm akhmat wagner covid windows starlink
    """.split()
)
_ANIMATE_OR_NAME = frozenset({"anim", "Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
# A quoted word the text uses as a speaker's or addressee's call sign: a line label ("«Кедр»:"), "я «Утёс»".
_CALL_SIGN_USE = r"(?:^|\n)[ \t]*(?:\d{{1,2}}:\d\d[ \t]*)?[«\"“„]?{w}[»\"”“]?[ \t]*:|(?<!\p{{L}})я[ \t]+[«\"“„]?{w}"


def _thing(word: str, language: str) -> bool:
    base = word.split("-")[0].lower()
    if base in _THINGS:
        return True
    if language == "en":
        return False
    return bool(morph.lemmas_either(base, language) & _THINGS)


def _common_noun(word: str, language: str) -> bool:
    """An inanimate dictionary noun that is no place, name, organisation or trade mark (in Russian or Ukrainian)."""
    if language == "en" or "-" in word or " " in word:
        return False
    for lg in ("ru", "uk") if language == "ru" else ("uk", "ru"):
        if not morph.is_known(word, lg):
            continue
        ps = morph.parses(word, lg)
        if (
            ps
            and any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in ps[:2])
            and not any(_ANIMATE_OR_NAME & set(p.tag.grammemes) for p in ps[:2])
        ):
            return True
    return False


class FieldPositionRecognizer(SingleEntityRecognizer):
    """LOCATION: positions named by a code word in quotes or with a number, and numbered places."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["LOCATION"]
    SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Positions and numbered places (see the module docstring)."""
        if "LOCATION" not in entities:
            return []
        lang = self.supported_language
        out: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()

        def add(start: int, end: int, why: str) -> None:
            if (start, end) not in seen:
                seen.add((start, end))
                out.append(self._result(start, end, self.SCORE, why))

        for m in _QUOTED.finditer(text):
            name, start, end = m.group("v"), m.start("v"), m.end("v")
            before = text[max(0, m.start() - 40) : m.start()]
            if _thing(name, lang):
                continue
            if _POSITION_BEFORE.search(before) or _POSITION_AFTER.match(text, m.end()):
                add(start, end, "position named after a position word")
            elif _PREP.search(before) and (
                _NUMERAL_PAIR.match(name) or (_common_noun(name, lang) and not self._call_sign(text, name, lang))
            ):
                add(start, end, "position in quotes after a preposition of place")
        for m in _NUMBERED.finditer(text):
            name, start, end = m.group("v"), m.start("v"), m.end("v")
            if _thing(name, lang):
                continue
            if _PREP.search(text[max(0, m.start() - 40) : m.start()]) or _POSITION_AFTER.match(text, m.end()):
                add(start, end, "numbered place after a preposition of place")
        return out

    @staticmethod
    def _call_sign(text: str, name: str, language: str) -> bool:
        """Whether the quoted ``name`` (any case form of its lemma) is a speaker's or addressee's call sign here."""
        lemmas = morph.lemmas_either(name, language)
        for m in regex.finditer(r"[«\"“„](\p{Lu}\p{Ll}+)[»\"”“]", text):
            if morph.lemmas_either(m.group(1), language) & lemmas:
                w = regex.escape(m.group(1))
                if regex.search(_CALL_SIGN_USE.format(w=w), text):
                    return True
        return False
