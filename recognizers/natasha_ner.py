"""People and places found by natasha's slovnet NER in Russian text.

The NLP engine for ``ru`` (``redact/cyrillic_nlp.py``) runs slovnet and
applies the gazetteer-first combination rule (a one-word "person" that is a
known place becomes a place); this recognizer reports those entities.
A one-word "person" that is an ordinary noun or adjective ("Бес", "Гром") is
reported as CALL_SIGN.

slovnet reads text as running prose; on transcripts, lists and record cards
its spans overrun. They are screened here, as classes of form (pymorphy3
tags decide what a word is):

* a span never crosses a line break or a speaker label: "Кузя. Б: Кузьмин"
  gives "Кузя" and "Кузьмин", the label "Б" goes;
* a word after a sentence end inside a span that is an ordinary word with
  no name reading is trimmed ("Григорьеву Д. Н. Поцелуй за меня …"), and so
  is a hyphenated particle ("Валя-то");
* a one-word "person" hyphenated onto an ordinary inanimate noun is an
  organisation or a thing ("Форин-офис"), not a person ("Петров-Водкин" is);
* a kinship word of address before a name is trimmed ("Дядь Коль",
  "тётя Люба"): the name stays withheld;
* a place span loses words that are only verbs ("Под Работино стоим") and is
  dropped when nothing else is left ("Представьтесь, пожалуйста");
* a one-word place that pymorphy3 knows only as an ordinary inanimate noun,
  with no Geox reading, in no place list and with no settlement cue before it
  ("вернулись на Родину") is no place.

A military district ("Центрального военного округа") stays a place here: the
span keeps the call-sign recognizer's reading of its adjective from being
replaced as a nickname (the register should keep it as written).

Known false positive: a capitalised word pymorphy3 does not know, opening a
line ("Срочку проходил …"), is taken for a name.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redact.recognizers.nlp import morph
from redact.recognizers.nlp.places import is_known_place, resident_nouns

__all__ = ["NatashaNerRecognizer", "screen_spans"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
# Where a span must end: a line break, or a speaker label ("Б:", "Мать:") inside it.
_BREAK = regex.compile(r"\n|\s*:\s*")
_PARTICLE = regex.compile(r"-(?:то|таки|де)$", regex.IGNORECASE)
# Kinship words of address (lemmas and the truncated vocatives of speech: "дядь", "тёть", "баб").
_KIN = frozenset(
    """
    дядя дядь дядька тётя тетя тёть теть тётка тетка баба баб бабушка бабуль бабуля дедушка дедуль деда
    """.split()
) | frozenset(
    # and the relatives a report names someone by ("Мать Хуаде, Фатима Аслановна, рассказала", "Вдова Кедрова"): the
    # kin noun is no part of the name after it
    "мать мама отец папа сын брат сестра жена муж дочь дочка вдова вдовец".split()
)
_NON_NOMINAL = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED"})
# Settlement cues: a common noun after one is a village's name ("с. Победа", "посёлок Заря").
_SETTLEMENT_CUE = regex.compile(
    r"(?:\b(?:с|д|п|х|г|пгт|ст|пос|дер|ст-ца|село|селе|села|деревн\p{L}*|пос[её]л\p{L}*|хутор\p{L}*|город\p{L}*|"
    r"станиц\p{L}*|аул\p{L}*|улиц\p{L}*|ул|микрорайон\p{L}*|мкр)\.?\s+)$",
    regex.IGNORECASE,
)
# A settlement abbreviation written in lower case right before a word ("житель ст. Платнировской", "уроженец х.
# Кедровый", "д. Кедровка"): slovnet reads an unknown village in an oblique case as a surname; after the
# abbreviation it is the village. Case-sensitive, so an initial ("Д. Петров") is no cue.
_SETTLEMENT_ABBR = regex.compile(r"(?<![\p{L}.-])(?:(?:с|д|п|х|ст|пос|дер|ст-ца|ст-цы)\.|пгт|рп)[ \t]*$", regex.V1)


def _only_verb(word: str) -> bool:
    """A known word whose every pymorphy3 reading is a verb or another non-nominal part of speech ("стоим")."""
    if not morph.is_known(word, "ru"):
        return False
    return all(p.tag.POS in _NON_NOMINAL for p in morph.parses(word, "ru"))


def _plain_word(word: str) -> bool:
    """A dictionary word with no name or place reading ("Поцелуй", "Родину")."""
    return (
        morph.is_known(word, "ru")
        and morph.tag_share(word, "ru") == 0
        and not morph.has_tag(word, "ru", "Geox")
        and not is_known_place(word, "ru")
    )


def _function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction or particle in Russian or Ukrainian ("Я", "з", "А", "Под"): the first
    reading of it in each dictionary that knows it, so a name that is also a word ("Ума", "Лев") is no function
    word."""
    low = word.lower()
    readings = [morph.parses(low, lang)[0] for lang in ("ru", "uk") if morph.is_known(low, lang)]
    if not readings or (len(word) > 1 and any(morph.tag_share(word, lang) > 0 for lang in ("ru", "uk"))):
        return False  # "Ли Сергей": a surname that is also a particle stays (one letter is asked by its dot)
    return all(p.tag.POS in _FUNCTION_POS for p in readings)


_FUNCTION_POS = frozenset({"NPRO", "PREP", "CONJ", "PRCL"})
# The nouns of a region or a municipality a post is named by ("Глава Республики Алтай", "мэр города Кедровска").
_REGION_NOUNS = frozenset("республика область край округ район город".split())


def _label_word(word: str) -> bool:
    """An ordinary word in the nominative, as a line label is written ("Вопрос", "Ответ", "Адрес")."""
    return _plain_word(word) and any("nomn" in p.tag for p in morph.parses(word, "ru"))


def _name_word(word: str) -> bool:
    return morph.tag_share(word, "ru") > 0 or not morph.is_known(word, "ru")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks and speaker labels."""
    out: list[tuple[int, int]] = []
    lo = start
    for m in _BREAK.finditer(text, start, end):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, end))
    return out


def _after_region(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words after a region that opens a person's span: "Глава Республики Алтай Андрей Турчак", "губернатор
    Кедровской области Иван Орлов" (the region a post is named by, then its holder). The region's noun, its adjective
    before it or its name after it are no part of the name; a name word must follow."""
    for k in (0, 1):
        if len(words) <= k + 2 or not morph.lemmas(words[k][2], "ru") & _REGION_NOUNS:
            continue
        if k == 1 and not any(p.tag.POS == "ADJF" for p in morph.parses(words[0][2], "ru")[:2]):
            continue
        rest = words[k + 1 :]
        while len(rest) > 1 and morph.has_tag(rest[0][2], "ru", "Geox") and morph.tag_share(rest[0][2], "ru") == 0:
            rest = rest[1:]
        if len(rest) >= 1 and morph.tag_share(rest[0][2], "ru") > 0:
            return rest
    return words


def _screen_person(
    text: str, lo: int, hi: int, *, before_label: bool = False, cut: bool = False
) -> tuple[int, int] | None:
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]
    if before_label and len(words) > 1 and len(words[-1][2]) == 1:
        words.pop()  # "Кузя. Б" before ":": the speaker label of the next turn
    last = words[-1][2] if words else ""
    after_stop = len(words) > 1 and regex.search(r"[.!?…]", text[words[-2][1] : words[-1][0]]) is not None
    if after_stop and len(last) > 2 and _plain_word(last):
        # An ordinary word opening the next sentence: after a full word ("Кузя. Поцелуй"), or after initials that
        # already follow a surname ("Григорьеву Д. Н. Поцелуй"; but "А. В. Мельник" is initials and a surname).
        initials = 0
        while initials < len(words) - 1 and len(words[-2 - initials][2]) == 1:
            initials += 1
        if initials == 0 or initials < len(words) - 1:
            words.pop()
    while len(words) > 1 and text[words[0][1] : words[0][1] + 1] != "." and _function_word(words[0][2]):
        words.pop(0)  # "Я з Новоуральска", "А Сашка": a pronoun, preposition or conjunction opening the span
    words = _after_region(words)
    while len(words) > 1 and (words[0][2].lower() in _KIN or morph.lemmas(words[0][2], "ru") & _KIN):
        if not _name_word(words[1][2]):
            break
        words.pop(0)
    if len(words) == 1 and "-" in words[0][2]:
        head = words[0][2].rsplit("-", 1)[1]
        if len(head) > 2 and _plain_word(head) and all("inan" in p.tag for p in morph.parses(head, "ru")):
            return None  # a compound with an ordinary noun as its head is a thing ("Форин-офис"), not a person
    if not words or (cut and before_label and len(words) == 1 and _label_word(words[0][2])):
        return None  # nothing left, or an ordinary word labelling the next line ("Вопрос:"; not "Сомов:")
    s, e, last = words[-1]
    p = _PARTICLE.search(last)
    if p is not None and len(last) - len(p.group()) >= 2:
        e = s + p.start()
    elif len(last) == 1 and text[e : e + 1] == ".":
        e += 1  # the dot of a final initial ("Мельник А. В.")
    return words[0][0], e


# A front's common noun after its adjective: "на Кураховском направлении", "Покровского напрямку", "на Донецком
# участке": the adjective names the place, the noun is plain.
_FRONT_NOUN = regex.compile(
    r"(?:направлени\p{L}*|напрям\p{L}*|участ(?:ок|ка|ке|ку|ком|ки|ках)|фронт\p{L}{0,3})", regex.IGNORECASE
)


def _screen_place(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    bracket = text.find("(", lo, hi)
    if bracket > lo:
        hi = bracket  # "ВС РФ (В) — жена (Ж)": a place name does not run into a bracket
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]
    while words and _only_verb(words[-1][2]):
        words.pop()
    if len(words) > 1 and words[-1][2].islower() and _FRONT_NOUN.fullmatch(words[-1][2]):
        words.pop()
    while words and _only_verb(words[0][2]):
        words.pop(0)
    if not words:
        return None
    if len(words) == 1:
        s, e, w = words[0]
        if w.lower() in resident_nouns():
            return None  # "Уроженец пос. Кедровый": the noun of a native opening a line, before the place it names
        if (
            _plain_word(w)
            and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in morph.parses(w, "ru"))
            and _SETTLEMENT_CUE.search(text[max(0, s - 20) : s]) is None
        ):
            return None  # "на Родину": a capitalised ordinary noun
    return words[0][0], words[-1][1]


def screen_spans(text: str, start: int, end: int, entity: str) -> list[tuple[int, int]]:
    """The parts of a slovnet span that name someone or somewhere (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for lo, hi in _pieces(text, start, end):
        if not _WORD.search(text, lo, hi):
            continue
        if entity == "PERSON":
            label = text[hi : hi + 3].lstrip(" ")[:1] == ":"
            span = _screen_person(text, lo, hi, before_label=label, cut=(lo, hi) != (start, end))
        elif entity == "LOCATION":
            span = _screen_place(text, lo, hi)
        else:
            m = list(_WORD.finditer(text, lo, hi))
            span = (m[0].start(), m[-1].end())
        if span is not None and span[1] - span[0] >= 2:
            out.append(span)
    return out


class NatashaNerRecognizer(SpacyRecognizer):
    """PERSON, LOCATION and nickname-like CALL_SIGN from slovnet (Russian only: natasha has no Ukrainian model)."""

    LANGUAGES = ("ru",)
    ENTITIES = ["PERSON", "LOCATION", "CALL_SIGN"]

    def __init__(self, supported_language: str = "ru") -> None:
        super().__init__(
            supported_language=supported_language,
            supported_entities=list(self.ENTITIES),
            name="NatashaNerRecognizer",
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """slovnet's entities, cut and trimmed where they overrun (:func:`screen_spans`)."""
        out: list[RecognizerResult] = []
        for r in super().analyze(text, entities, nlp_artifacts):
            for start, end in screen_spans(text, r.start, r.end, r.entity_type):
                entity = r.entity_type
                if (
                    entity == "PERSON"
                    and " " not in text[start:end]
                    and _SETTLEMENT_ABBR.search(text, max(0, start - 8), start)
                ):
                    entity = "LOCATION"  # "ст. Платнировской": the village the abbreviation names
                out.append(
                    RecognizerResult(entity, start, end, r.score, r.analysis_explanation, r.recognition_metadata)
                )
        return out
