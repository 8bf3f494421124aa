"""A person named by initials alone after the word for their role, in Russian and Ukrainian court and news style.

Prosecutors' releases, verdicts and reports withhold a surname down to its first letter and name the person by
their role: "избил сотрудника охраны Л., причинив ...", "угнал машину, принадлежавшую фермеру Н.", "убедил его
мать К. перевести деньги", "при секретаре Г.А.Т.", "потерпілого С." The grammar:

* a word for a person right before: an animate noun in any case (pymorphy3 ``NOUN,anim``: фермер, сотрудник,
  мать, гражданин, військовослужбовець) or a substantivised participle of the court register (потерпевший,
  осуждённый, обвиняемый, задержанный, потерпілий, засуджений ...); a company name in quotes may stand between
  the role and the initial ("сотрудника ООО «Вектор» Л.");
* then one to three capital initials with full stops ("Л.", "Г.А.Т.", "М. В. Н.");
* and no capitalised name after them: "фермеру Н. Петренко" is an initial and a surname, which the person
  recogniser finds whole.

One initial also stands alone where a lower-case word or a comma follows it ("в отношении Н., уроженца ...", "суд
приговорил К. к шести годам", "К. признан виновным"): no sentence goes on in lower case after a capital letter and a
full stop. Not an abbreviation pair ("Т. е.", "И. о. главы") and not a list letter opening a line.

An inanimate word before a capital letter ("пункт Б.", "приложение А.", "группа В.") is no person. Known false
positive: a role word before a one-letter abbreviation that is not an initial.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph

__all__ = ["RoleInitialRecognizer"]

_INITIALS = regex.compile(
    r"(?<=(?P<before>[\p{L}»\"][ \t]{1,2}))(?P<v>[А-ЯЁІЇЄҐ]\.(?:[ \t]?[А-ЯЁІЇЄҐ]\.){0,2})(?![\p{L}\d])",
    regex.V1,
)
# What may close the phrase before the initials: the role word itself, or a company in quotes after it.
_COMPANY_TAIL = regex.compile(
    r"(?:\s+(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ПрАТ|ПАТ|ФОП|МУП|ГУП|КП|ПП)(?![\p{L}]))?\s*«[^«»\n]{1,50}»[ \t]*$",
    regex.V1,
)
_LAST_WORD = regex.compile(r"(?P<w>\p{Ll}[\p{Ll}-]{2,})[ \t]*$", regex.V1)
# The substantivised participles and adjectives of the court register: parsed as ADJF/PRTF, they name a person.
_COURT_ROLE = regex.compile(
    r"^(?:потерпевш|пострадавш|осужд[её]нн|обвиняем|подсудим|задержанн|подозреваем|военнослужащ|погибш|умерш|"
    r"пропавш|ран[её]нн|раненн|мобилизованн|заключ[её]нн|потерпіл|постраждал|засуджен|обвинувачен|підозрюван|"
    r"затриман|військовослужбовц|загибл|поранен|зниклого|зникл|мобілізован|ув['’]язнен)",
    regex.V1,
)
# One initial standing alone in running text: a capital and a full stop with a lower-case word or a comma after it
# ("в отношении Н., уроженца ...", "Суд приговорил К. к шести годам", "К. признан виновным", "со слов Ш., он ...").
# No sentence goes on in lower case after a capital and a full stop but a withheld name's.
_LONE_INITIAL = regex.compile(
    r"(?<![\p{L}\d.])(?<![\p{Lu}]\.[ \t]?)(?P<v>[А-ЯЁІЇЄҐ]\.)(?=[ \t]*(?:[,;:)]|\p{Ll}))"
    # not an abbreviation pair ("Т. е.", "И. о. главы", "Т. к.") or a list letter opening a line ("Б. вводная часть")
    r"(?![ \t]*\p{Ll}{1,2}\.)",
    regex.V1,
)
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*$")
# After the initials: a capitalised word that is a name makes them the initials of a full name, not a stand-in.
_NEXT_WORD = regex.compile(r"[ \t]*(?P<w>\p{Lu}\p{Ll}+)", regex.V1)
_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


class RoleInitialRecognizer(SingleEntityRecognizer):
    """PERSON in Russian and Ukrainian: one to three initials standing for a person after the word for their role."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["PERSON"]
    SCORE = 0.7
    LONE_SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Initials after a role word in ``text``."""
        if "PERSON" not in entities:
            return []
        lang = self.supported_language
        out = []
        for m in _INITIALS.finditer(text):
            start, end = m.span("v")
            head = text[max(0, start - 120) : start]
            company = _COMPANY_TAIL.search(head)
            if company:
                head = head[: company.start()]
            word = _LAST_WORD.search(head)
            if not word or not _is_person_word(word.group("w"), lang):
                continue
            nxt = _NEXT_WORD.match(text, end)
            if nxt and morph.tag_share(nxt.group("w"), lang, _NAME_TAGS) > 0.3:
                continue  # "фермеру Н. Петренко": the initial of a full name the person recogniser finds
            out.append(self._result(start, end, self.SCORE, "initials after the word for a person's role"))
        for m in _LONE_INITIAL.finditer(text):
            if _LINE_START.search(text, max(0, m.start() - 4), m.start()):
                continue  # "А. вводная часть": a list letter
            word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            if word and _letter_noun(word.group("w"), lang):
                continue  # "пункт Б.", "группе А. по жребию": a thing named by a letter
            out.append(self._result(m.start("v"), m.end("v"), self.LONE_SCORE, "one initial standing for a person"))
        return out


# Nouns that name a thing by a letter after them: "пункт Б.", "группа А.", "приложение В.", "корпус Г.".
_LETTER_NOUNS = frozenset(
    """
    пункт подпункт приложение группа литера корпус раздел подраздел категория строение класс блок вариант план тип
    сектор ряд зона серия графа колонка столбец часть глава статья рисунок схема таблица форма модель вагон палата
    пункт підпункт додаток група літера розділ категорія будова клас варіант сектор ряд зона серія графа частина
    глава стаття рисунок схема таблиця форма модель вагон палата
    """.split()
)


def _letter_noun(word: str, lang: str) -> bool:
    return any(str(p.normal_form) in _LETTER_NOUNS for p in morph.parses(word, lang)[:2])


def _is_person_word(word: str, lang: str) -> bool:
    """An animate noun (not itself a name) or a court-register participle that names a person."""
    if _COURT_ROLE.match(word):
        return True
    for p in morph.parses(word, lang):
        grams = p.tag.grammemes
        if p.tag.POS == "NOUN" and "anim" in grams and not _NAME_TAGS & grams:
            return True
    return False
