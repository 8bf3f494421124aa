"""Military units: unit numbers, designations in full and named formations (English, Russian, Ukrainian).

One grammar, in three helper modules: ``_unit_grammar_ru`` (unit numbers; Russian and Ukrainian designations),
``_unit_grammar_en`` and ``_unit_names`` (named formations in all three languages). A designation is
[number | ordinal digits | ordinal words in any case] + [arm and status adjectives]* + unit noun or abbreviation
+ [honorific | nickname | "of the ..."], chains of such ("3 мсв 2 мср 1 мсб 488-го мсп", "the second company of
the third battalion of the 47th brigade"), and the noun understood when the clause says it ("служив у сімнадцятій
танковій", "Из двести девяносто первого нас осталось трое", "Thirty-seventh motor rifle,"). Matches "military
unit 12345", "в/ч А-4271", "field post V2910", "155-й отдельной гвардейской бригады морской пехоты", "оптб сто
п'ятнадцятої бригади", "ДФТГ Верховинської громади", "ЧВК «Вагнер»", "Storm-Z", "штурмовой отряд БАРС-16", "the
Edelweiss detachment", "28th brigade, named after the Knights of the Winter Campaign", a region's riot police by its
adjective ("тульского ОМОНа"), BARS by its town ("БАРС-Курск"), an ordinal after its commander or soldiers ("приказ
комбата двести девяносто первого", "бойцы 810-й"), "Both in the 291st with me", "the 810th marines", a unit by a place
or name and its arm in any case ("Our Yamal battalion", "the Mariupol Border Detachment", "Kyiv air defence regiment"),
the number before its noun ("the A1215 military unit"), a volunteer, combined or named battalion with its status and
republic adjectives ("в добровольческом батальоне «Алтай»", "башкирском батальоне «...»", "«Южноуральский»
батальон"), a sub-unit's function before its unit number ("взводу матеріального забезпечення в/ч 12128"), a nickname
in brackets after a unit ("в/ч 21208 («двушка», ...)"), a regiment by its garrison town ("Костромского десантного
полка"). Leaves alone T-72,
ФАБ-500, 152-mm, "the 5th time", «155-й день», груз 200, Москва-400, 103400, years and hours in words ("в сорок
первом", "о двадцять першій"), "группировка войск «Запад»". Known false positive: a cardinal count before a unit
noun ("3 роты" = three companies).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer, cascaded_context, matches_near
from redact.recognizers._unit_grammar_en import (
    MOD,
    ORD_EN_NUM,
    ORD_EN_WORD,
    TYPE_EN,
    UNIT_APPOSED_EN,
    UNIT_BARE_EN,
    UNIT_BARE_FOUR_EN,
    UNIT_BARE_PREP_EN,
    UNIT_BARE_SUBJECT_EN,
    UNIT_BARE_THREE_EN,
    UNIT_BARE_TWO_EN,
    UNIT_BARE_WORD_EN,
    UNIT_CARD_EN,
    UNIT_HEAD_EN,
    UNIT_IN_WORD_EN,
    UNIT_NOUN_NUM_EN,
    UNIT_NOUN_NUM_WORD_EN,
    UNIT_NUMBERED_CHAIN_EN,
    UNIT_ORD_EN,
    UNIT_ORD_EN_COORD,
    UNIT_ORD_EN_STARTS,
    UNIT_ORD_MODS_EN,
    UNIT_ORD_NAMED_EN,
    UNIT_ORD_PATRON_EN,
    UNIT_ORD_POSS_EN,
    UNIT_QUOTED_NAME_EN,
    UNIT_QUOTED_ORD_EN,
    UNIT_READOUT_EN,
    UNIT_REPLY_EN,
    UNIT_SUBJECT_WORD_EN,
    UNIT_TERDEF_EN,
    UNIT_TERDEF_EN_STARTS,
)
from redact.recognizers._unit_grammar_ru import (
    ADJ_RU,
    ARM_ADJ_RU,
    CARD_WORD_RU,
    ORD_RU,
    ORD_STEM_RU,
    ORD_WORD_RU,
    TYPE_RU,
    UNIT_APPOSED_RU,
    UNIT_ATTACHED_RU,
    UNIT_BARE_NOUN_RU,
    UNIT_BARE_RU,
    UNIT_BARE_WORD_RU,
    UNIT_BRANCH_NO,
    UNIT_CHAIN_RU,
    UNIT_COMPOUND_RU,
    UNIT_FUNCTION_RU,
    UNIT_HEAD_NO_RU,
    UNIT_LABEL_NO,
    UNIT_LOSS_SUBJECT,
    UNIT_NO,
    UNIT_NO_BARE,
    UNIT_NO_LATER,
    UNIT_NOUN_NAMED_RU,
    UNIT_NOUN_ORD_RU,
    UNIT_NUM4_NOUN_RU,
    UNIT_NUMBER_FIRST,
    UNIT_ORD_ADJ_RU,
    UNIT_ORD_ARM_RU,
    UNIT_ORD_RU,
    UNIT_ORD_WORD_RU,
)
from redact.recognizers._unit_names import (
    UNIT_BORDER_POST_EN,
    UNIT_HONORIFIC,
    UNIT_NAMED_BARE,
    UNIT_NAMED_EN,
    UNIT_NAMED_STRONG,
    UNIT_NAMED_STRONG_STARTS,
    UNIT_NAMED_WEAK,
    UNIT_NICKNAME,
    UNIT_QUOTED,
    UNIT_SECURITY_EN,
    UNIT_SECURITY_EN_STARTS,
    UNIT_SECURITY_RU,
    UNIT_SERVED_QUOTED,
    UNIT_VOLUNTEER,
)
from redact.recognizers.nlp.morph import has_tag as morph_has_tag
from redact.recognizers.nlp.morph import parses
from redact.recognizers.nlp.numbers import number_runs, spoken_digits
from redact.recognizers.nlp.places import is_known_place

_UNIT_STEMS_EN = [
    "unit",
    "brigade",
    "regiment",
    "battalion",
    "company",
    "platoon",
    "division",
    "corps",
    "detachment",
    "serv",
    "assigned",
    "transferr",
    "airborne",
    "artillery",
    "mechani",
    "motor",
    "marine",
    "infantry",
    "paratroop",
    "tank",
    "assault",
    "contract",
    "enlist",
    "deploy",
    "army",
    "recruit",
    "front",
    "shelled",
    "kombat",
    "command",
    "position",
    "trench",
    "storm",
    "rotat",
]
_UNIT_STEMS_RU = [
    "служ",
    "перевел",
    "приписан",
    "част",
    "бригад",
    "полк",
    "батальон",
    "рот",
    "взвод",
    "комбат",
    "ппд",
    "дивизи",
    "корпус",
    "отряд",
    "контракт",
    "мобилиз",
    "призва",
    "воевал",
    "боец",
    "военн",
    "солдат",
    "доброволь",
    "позывн",
    "военком",
    "сослуж",
]
_UNIT_STEMS_UK = [
    "служ",
    "перевел",
    "частин",
    "бригад",
    "полк",
    "батальйон",
    "рот",
    "взвод",
    "комбат",
    "дивізі",
    "корпус",
    "загін",
    "контракт",
    "мобіліз",
    "призва",
    "воюва",
    "воював",
    "боєць",
    "воїн",
    "військов",
    "солдат",
    "доброволь",
    "позивн",
    "військкомат",
    "тцк",
    "позывн",
    "тербат",
    "тро",
]


_BARE_NOUN = regex.compile(r"(?i)(?:unit|част)")
_YEAR_OR_ROUND = regex.compile(r"(?:19|20)\d\d|\d0{3,}")
# A unit-number cue, then the answer's opening (a dash, "A:", "ВП:"): the number words that follow spell it.
_SPOKEN_CUE = regex.compile(
    r"(?i)(?:номер\s+(?:(?:вашей|своей|твоей|вашої|своєї|твоєї)\s+)?(?:в/ч|(?:войсковой\s+|воинской\s+|військової\s+)?"
    r"част\p{L}*)(?:(?:\s+\p{Ll}+){1,2}(?=\s*\?))?|в/ч|войсковая\s+часть"
    r"|військова\s+частина|\bчасть|\bчастина|(?:military\s+)?unit(?:\s+number)?)"
    # the verb of a question between ("Номер частини знаєте? —", "Номер части помнишь?")
    r"(?:\s+(?:знаєте|знаєш|пам['’]ятаєте|пам['’]ятаєш|знаете|знаешь|помните|помнишь|скажіть|скажите))?"
    r"\s*[?:.]?\s*(?:[—–-]\s*)?(?:(?-i:[A-ZА-ЯІЇЄ]{1,3}|Ответ|Відповідь|Answer)\s*:\s*)?(?:[—–-]\s*)?"
    r"(?:(?:the|это|це)\s+)?"
)
# A spelled compound ordinal whose noun is understood: "Из двести девяносто первого нас осталось трое", "Всего по
# двести девяносто первому двадцать шесть" (losses counted by unit), "Хлопці з
# сорок сьомої, хто ...". Read in code: the word after it must not be its noun, the word before a preposition or
# nothing (after "дом", "квартира" the ordinal is a house or flat number).
# A mobilised regiment's number in full is a thousand and its hundreds ("перевели в тысяча двести тридцать первый",
# "Наш полк, тысяча четыреста двадцать девятый,"); after "тысяча" come no hundreds of a year (девятьсот, восемьсот).
_ELIDED = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?P<v>(?:(?P<k>тысяча|тисяча)\s+(?!девят|дев['’]ят|восем|вісім))?(?P<c>"
    + CARD_WORD_RU
    + r")"
    r"(?:\s+" + CARD_WORD_RU + r")?\s+" + ORD_STEM_RU + r")"
    r"(?![\p{L}'’-])"
)
# An ordinal and its arm, its noun understood, before a word that is no noun: "шестой мотострелковый вообще весь
# положили", "у сімнадцятій танковій теж" (UNIT_ORD_ARM_RU takes it before punctuation or a preposition).
_ORD_ARM_OPEN = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?:"
    + ORD_RU
    + r"|"
    + ORD_WORD_RU
    + r")\s+"
    + ARM_ADJ_RU
    + r"(?:\s+"
    + ARM_ADJ_RU
    + r"){0,2}"
    r"(?![\p{L}'’-])"
)
# A share of the men after the ordinal is no noun of its own, whatever its case: "У нас с тридцать первой половины нет",
# "из двести девяносто первого треть осталась", "з сорок сьомої половина поранені".
_SHARE = regex.compile(r"(?i)половин\p{L}*|трет(?:ь|и|ью)|третин\p{L}*|четверт(?:ь|и|ью)")
_PREPOSITION = regex.compile(r"(?i)в|во|у|из|з|із|зі|с|со|до|от|від|к|при|под|під|о|об|про|за|на|по")
# A commander, a staff or a unit's soldiers before the ordinal in the genitive: whose they are is a unit ("приказ
# комбата двести девяносто первого", "бойцы сорок седьмой", "командир 155-й", "комбат 291-го", "побратими сто
# п'ятдесят п'ятої").
_MEMBER = regex.compile(
    r"(?i)(?:комбат|комбриг|комполка|комдив|комрот|командир|командующ|начштаб|замкомбат|замкомандир|ротн|взводн"
    r"|бойц|боец|боєць|бійц|солдат|военнослужащ|військовослужбовц|морпех|морпіх|десантник|контрактник|мобик"
    r"|мобилизованн|мобілізован|сослуживц|побратим|пацан|ребят|хлопц|штаб)\p{L}*"
)
# The digits of a brigade's or regiment's ordinal in the genitive after such a word ("командира 291-го", "бойцы
# 810-й", "бійці 47-ї").
_MEMBER_DIGITS = regex.compile(r"(?i)(?<![\p{L}\d'’-])(?P<v>\d{2,4}\s?-\s?(?:го|ого|ой|й|ї|ої))(?![\p{L}\d'’-])")
# A sub-unit's noun in any case, compounds too ("роті", "розвідроті", "батальйоні", "взводу", "батареї"): before a
# brigade's ordinal in the genitive it is that brigade's sub-unit ("у розвідроті 64-ї").
_SUB_UNIT_WORD = regex.compile(
    r"(?i)(?:развед|розвід|мед|танк|мех)?(?:рот[аыеуиіо]|ротою|роті|рот)|(?:батальй?он|взвод|дивизион|дивізіон)"
    r"(?:а|у|ом|е|і|ові)?|батаре[яиюейї]|батареєю|(?:тер|мото|танк|мех|арт|штурм)?бат(?:а|у|і|ом)?"
)
# A possessive before it says whose unit it is: "нашу тридцать первую опять в штурм кидают", "у своїй сорок сьомій".
_POSSESSIVE = regex.compile(
    r"(?i)(?:наш|ваш)\p{L}{0,3}|(?:мо|тво|сво)(?:[йяюеи]|ей|ею|его|ему|их|ими|єї|їй|ї|ій)|(?:мі|тві|сві)[йя]"
)
# A brigade's ordinal in a call: 2-3 digits with a feminine ending, or one spelled ordinal word of ten and above.
_SAID_ORDINAL = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?P<v>\d{2,3}\s?-?\s?(?:ой|ая|ую|ій|ої|й|я|ю|ї)"
    # a mobilised regiment's four digits in any gender ("мы в 1439-м", "кто с 1231-го?"): no date, hour or year of
    # this war
    r"|1[0-5]\d\d\s?-\s?(?:го|м|му|й|ой|ий|ый|ом|ому|им|ым|ого|ому|ий|ій|им)"
    # a regiment's three digits in the masculine, kept only after a possessive ("з нашого 503-го", "в нашем 291-м"):
    # no day of a month, no hour
    r"|(?P<m>[1-9]\d\d\s?-\s?(?:го|м|му|й|ой|ий|ый|ом|ому|ого|ій|им|ым))"
    r"|(?:десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат"
    r"|девятнадцат|двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ую|ой|ая))"
    r"(?![\p{L}\d'’-])"
)
# An ordinal below ten, said right after its unit noun was, the noun understood: "Он в другой роте, в четвертой",
# "— В якій роті служили? — У третій". Only within a short reach after the noun.
_SAID_LOW = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?P<v>(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|перш|друг|четверт"
    r"|п['’]ят|шост|сьом|дев['’]ят)(?:ью|ью|ую|ой|ей|ем|ом|ій|ої|ім|ому|ьей|ьем|ьом|ьому|ьої))(?![\p{L}\d'’-])"
)
_LOW_NOUN = regex.compile(r"(?i)\b(?:рот[аыеуиі]|роті|взвод|батаре|бригад|батальй?он|полк|дивизи|дивізі)\p{L}*")
_LOW_REACH = 60
# Three digits, or two with the feminine nominative ("Тут 37-я вся в мясо"): the unit as the clause's subject.
_SAID_SUBJECT = regex.compile(r"(?<![\p{L}\d'’.,:/-])(?P<v>\d{2,3}\s?-\s?(?:я|ая))(?![\p{L}\d'’-])")
_SAID_REACH = 150
# One digit and its ending, a sub-unit's ordinal said in contrast to one named just before (_parallel_ordinals).
_PARALLEL_ORDINAL = regex.compile(
    r"(?<![\p{L}\d'’.,:/-])\d\s?-\s?(?:тю|ю|ю|у|ий|ій|ої|ой|й|м|му|ом|ому)(?![\p{L}\d'’-])"
)
_PARALLEL_REACH = 30
# A designation that opens on its number in digits ("7-й роті", "155-й бригады", "3 мсб"): the number, which said
# again later with its noun understood names the same unit ("у 7-й роті ... він з 7-ї").
_DESIGNATION_NUMBER = regex.compile(r"(?P<n>\d{1,4})\s?-?\s?\p{L}{0,3}\s+\p{L}")
_REPEATED_TAIL = regex.compile(r"\s?-\s?(?:й|ї|ої|ой|го|ого|ом|ому|му|м|ій|ю|у|ую)(?![\p{L}\d'’-])")
# A range of hours or days after it: "з 7-ї до 9-ї", "с 3-го по 5-е".
_RANGE_AFTER = regex.compile(r"\s*(?:до|по|[-–—])\s*\d")
# Prepositions of a point in time: an ordinal up to 24 after them is an hour ("о 7-й", "к 9-й", "після 8-ї"); one
# of "from" ("з 7-ї") opens a range, which the words after it show.
_AT_HOUR = regex.compile(r"(?i)о|об|к|до|после|після|около|біля|перед")
# "вся", "весь", "вся наша": a pronoun after the number is no noun of its own.
_DETERMINER = regex.compile(r"(?i)вся|весь|всё|все|уся|увесь|наша|ваша|наш|ваш|опять|знову|теж|тоже|же|уже|вже")
_SAID_CONTEXT = regex.compile(
    r"(?i)бригад|\bполк|батальй?он|\bрот[аыуеі]\b|\bвзвод|служ|перевел|перевод|переве|штурм|позици|позиці|передк"
    r"|передов|на\s+ноль|комбат|ротн|морпех|морпіх|контракт|мобилиз|мобіліз|\bчаст[ьи]\b|\bчастин|окоп|блиндаж"
    r"|бліндаж|\bбат\b"
    # moved from one front to another: "слышал его на Курск перекинули", "нас перебросили", "їх перекинули"
    r"|перекину|перекинут|перекида|перебро"
)
_HUNDREDS = regex.compile(
    r"(?i)сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|двісті|чотириста|п[\'’]ятсот|шістсот"
    r"|сімсот|вісімсот"
)
# 21st-24th feminine is an hour ("о двадцять першій"), not a brigade.
_HOUR = regex.compile(r"(?i)двадц[ая]т\p{L}*\s+(?:перв|втор|трет|четв|перш|друг)\p{L}*")
# Prepositions of time: an ordinal up to 24 after them is an hour ("о 21-й", "к 22-й", "після 23-ї").
_HOUR_BEFORE = regex.compile(r"(?i)о|об|к|до|после|після|около|біля|с|з|із|від|от")
_NOUN_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NUMR"})
_PREV_WORD = regex.compile(r"([\p{L}'’-]+)\s*$")
_NEXT_WORD = regex.compile(r"\s*([\p{L}'’-]+)")
_RUN_BREAK = regex.compile(r"[\n;]")
_FIRST_WORD = regex.compile(r"[\p{L}'’-]+")
_NUMBER_WORD = regex.compile(r"(?i)" + CARD_WORD_RU + r"|" + ORD_STEM_RU)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# A unit's own noun, which a chain may open on in the instrumental ("ротою 2-го батальйону", "батареей 3-го дивизиона").
_UNIT_NOUN_STEM = regex.compile(
    r"(?i)(?:рот|батаре|взвод|батальй?он|бригад|полк|дивиз|дивіз|відділен|отделени|груп|загон|загін|отряд|дивізіон"
    r"|дивизион|екіпаж|экипаж|розрахун|расчет|расчёт|застав|комендатур)"
)


def _agreeing_word(ordinal: Any, word: Any) -> bool:
    """Whether ``word`` (its readings) is a noun or adjective in the case, gender and number of one reading of
    ``ordinal``: the ordinal's own noun ("сорок второй бригаде"), not the next phrase's subject ("в сорок второй
    половина роты – зэки", where "второй" is feminine and oblique and "половина" nominative)."""
    nouns = [p for p in word if p.tag.POS in _NOUN_POS]
    if not nouns:
        return False
    if not ordinal:
        return True
    return any(
        o.tag.case == n.tag.case
        and (o.tag.number == n.tag.number == "plur" or n.tag.gender in (None, o.tag.gender) or o.tag.gender is None)
        for o in ordinal
        for n in nouns
    )


def _noun_follows(text: str, pos: int, lang: str) -> bool:
    """Whether the word right after ``pos`` reads as a noun or adjective (``_noun_word``): the ordinal before it has a
    noun of its own, so it is no unit with its noun understood."""
    after = _NEXT_WORD.match(text, pos)
    return after is not None and _noun_word(after.group(1), lang)


def _noun_word(word: str, lang: str, kinds: frozenset[str] = _NOUN_POS) -> bool:
    """Whether ``word`` reads first as a noun or adjective (the ordinal's own noun after it). A Russian soldier's words
    in a Ukrainian text ("Бойцы 810-й опять пошли", "с 64-й рядом стоим") are read in Russian too: the Ukrainian
    dictionary guesses "опять" a noun and reads "рядом" as one; a word Russian knows as something else is none."""
    first = parses(word, lang)[:1]
    if not any(p.tag.POS in kinds for p in first):
        return False
    if lang != "uk":
        return True
    ru = parses(word, "ru")[:1]
    return not any(p.is_known and p.tag.POS not in kinds for p in ru)


def _post_noun(word: str, readings: Any) -> bool:
    """Whether ``word`` reads only as a noun and names a person's post, not a unit: an animate noun ("командиром",
    "стрільцем", "бойцом"), or a noun in the instrumental that is no unit noun (the Ukrainian dictionary guesses a
    Russian "пулеметчиком" an inanimate noun)."""
    if not readings or not all(p.tag.POS == "NOUN" for p in readings):
        return False
    if _UNIT_NOUN_STEM.match(word):
        return False
    return any("anim" in p.tag for p in readings) or all("ablt" in p.tag for p in readings)


# An unnumbered unit phrase in apposition: adjectives of arm and a unit noun after ", " or " — ".
_APPOSITION = regex.compile(
    r"(?i)\s*[,—–]\s*(?P<v>(?:(?:" + MOD + r")\s+){1,4}(?:" + TYPE_EN + r")\b"
    r"|(?:" + ADJ_RU + r"\s+){1,3}(?:" + TYPE_RU + r"))(?=\s*(?:[.,;:!?—–)]|$))"
)
# The same before a unit number, as English lists and obituaries give the unit's kind and then its number: "was
# assigned to the Arctic motor rifle brigade, v/ch 08275", "a motorised rifle regiment, military unit 12345". Arms in
# front of the noun (one capitalised name among them: "Kedrovka tank regiment, MU 54321"), a comma, then the number.
_APPOSITION_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?P<v>(?:(?-i:\p{Lu}\p{Ll}+)\s+)?(?:(?:" + MOD + r")\s+){1,4}(?:" + TYPE_EN + r"))"
    r"\s*[,—–(]\s*$"
)
_UNIT_NUMBER_START = regex.compile(r"(?i)(?:(?:military|army)\s+unit|m/u|v/ch|v\.\s?ch\.|vch|(?-i:MU)|field\s+post)\b")
# A unit's nickname or name in brackets right after its number or designation: "в/ч 21208 («двушка», как они её
# называли)", "в/ч 12128 («Южноуральский» батальон)", 'military unit 40417 ("the Sparrows")'. The quoted words only.
_NICKNAME_BRACKETED = regex.compile(
    r"[ \t]*\([ \t]*(?:the[ \t]+)?[«\"“„](?P<v>[\p{L}][\p{L}\d'’ -]{1,28}[\p{L}\d])[»\"”“](?=[ \t]*[),;]|[ \t]+\p{L})"
)
# A bare ordinal in apposition to a designation, the unit's number said again or corrected: "military unit 32364, the
# thirty-fifth… no, the 208th", "military unit 41852 (the 36th)". English only; the ordinal ends its phrase.
_APPOSITION_ORD = regex.compile(
    r"(?i)\s*[,—–(]\s*(?:the\s+)?(?P<v>" + ORD_EN_NUM + r"|" + ORD_EN_WORD + r")(?=\s*(?:[.,;:!?)—–…]|$))"
)
# What joins a named unit to the numbered one it belongs to: "«Storm V» of military unit 16871", "assault detachment
# «Storm Z» of the 1434th regiment"; and an arm word before a named sub-unit ("assault company «Storm Z»").
# The named unit's own noun may stand before "of" ("the Storm-Z unit of the 1427th regiment"); a possessive joins a
# unit to its sub-unit too ("the Kyiv Territorial Defense's 112th brigade").
_OF_BETWEEN = regex.compile(
    r"[»\"”’']?(?:[ \t]+(?i:unit|company|detachment|squad|platoon|group))?[ \t]+of[ \t]+(?:the[ \t]+)?|['’]s[ \t]+"
)
_ARM_BEFORE = regex.compile(r"(?i)\b(?:" + MOD + r")[ \t]+$")
# A numbered sub-unit, all of the finding: "2nd company", "1st artillery battery", "third platoon".
_NUMBERED_SUB_UNIT = regex.compile(
    r"(?i)(?:" + ORD_EN_NUM + r"|" + ORD_EN_WORD + r")(?:\s+(?:" + MOD + r"|mortar|drone|sniper|rocket|fire|support))*"
    r"\s+(?:compan(?:y|ies)|platoons?|batter(?:y|ies)|squads?|battalions?|detachments?)$"
)
_NAMED_SUB_UNIT = regex.compile(r"(?i)(?:company|platoon|detachment|battalion|squad)\s*[«\"“„']")
# A field label ("Воинская часть: ") or a question ("Your unit? — ", "Часть? — ") before the number it asks for.
_FIELD_LABEL = regex.compile(r"[^\d:?\n]{2,30}(?::|\?[ \t]*[—–-]?)[ \t]*(?=[\p{L}\d])")
_YEAR_ORDINAL = regex.compile(r"(?:19|20)\d\d\s?-?\s?\p{L}{0,3}")
_SHARED_POST = regex.compile(r"\d{2,3}00")
_POST_WORD = regex.compile(r"(?i)почт|пошт|post|п/п")


# Unit nouns (also inside compounds: мехбригада, разведрота): the expensive patterns run only near one.
_UNIT_NOUN_ANCHOR = regex.compile(
    r"(?i)бригад|полк|батал|дивиз|дивіз|\bрот[аыеуоиі]|\bротою|(?<=развед|розвід|мех|танк)рот|взвод|батаре|арми|армі"
    r"|корпус|отряд|загін|загон|бат\p{L}{0,3}\b|ескадр|эскадр|тероборон|відділен|отделени"
    # a chain written in abbreviations only: "3 мсб 1437 мсп", "2 мср 1 мсб"
    r"|\b(?:мсп|мсб|мср|мсв|мсд|омсбр|омбр|одшбр|обрмп|ошб|дшб|омпб|дшп|пдп)\b"
)
_BEFORE, _AFTER = 200, 300
_ANCHORED = frozenset({UNIT_CHAIN_RU, UNIT_NOUN_NAMED_RU, UNIT_HEAD_NO_RU, UNIT_ATTACHED_RU})


class MilitaryUnitRecognizer(CuedPatternRecognizer):
    """Military unit numbers, designations and named formations in English, Russian and Ukrainian.

    Known false positive: a cardinal before a unit noun ("3 роты" = three companies).
    """

    ENTITY = "MILITARY_UNIT"
    ENTITIES: ClassVar[list[str]] = ["MILITARY_UNIT"]
    LANGUAGES = ("en", "ru", "uk")
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 12
    # Specific shapes score above the NER and call-sign recognizers (0.85–0.9): "ЧВК «Редут»" or "Wagner" is a
    # unit even when a name model also claims it, and resolution keeps the higher score.
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("unit number", UNIT_NO, 0.95),
        CuedPattern("service + unit number (uk)", UNIT_BRANCH_NO, 0.95),
        CuedPattern("unit nickname losing a soldier (ru/uk)", UNIT_LOSS_SUBJECT, 0.8),
        CuedPattern("unit number after a field label", UNIT_LABEL_NO, 0.95),
        CuedPattern("unit number before its noun (en)", UNIT_NUMBER_FIRST, 0.9),
        CuedPattern("ordinal + type (ru/uk)", UNIT_ORD_RU, 0.95),
        CuedPattern("spelled ordinal + type (ru/uk)", UNIT_ORD_WORD_RU, 0.75),
        CuedPattern("unit noun + its ordinal after it (ru/uk)", UNIT_NOUN_ORD_RU, 0.75),
        CuedPattern("unit noun, then its ordinal in apposition (ru/uk)", UNIT_APPOSED_RU, 0.7),
        CuedPattern("four-digit number + unit noun (ru/uk)", UNIT_NUM4_NOUN_RU, 0.8),
        CuedPattern("chain of sub-units (ru/uk)", UNIT_CHAIN_RU, 0.95),
        CuedPattern("sub-unit attached to a numbered unit (ru/uk)", UNIT_ATTACHED_RU, 0.9),
        CuedPattern("ordinal + separate + arm, noun understood (ru/uk)", UNIT_ORD_ADJ_RU, 0.8),
        CuedPattern("ordinal + arm, noun understood (ru/uk)", UNIT_ORD_ARM_RU, 0.75),
        CuedPattern("sub-unit + unit number (ru/uk)", UNIT_HEAD_NO_RU, 0.95),
        CuedPattern("unit noun + honorific or territorial defence (ru/uk)", UNIT_NOUN_NAMED_RU, 0.85),
        CuedPattern("one-word unit noun (ru/uk)", UNIT_COMPOUND_RU, 0.5),
        CuedPattern("unit abbreviation alone (ru/uk)", UNIT_BARE_NOUN_RU, 0.5, needs_context=True),
        CuedPattern("support sub-unit by its function (ru/uk)", UNIT_FUNCTION_RU, 0.55, needs_context=True),
        CuedPattern("bare ordinal (ru/uk)", UNIT_BARE_RU, 0.6, needs_context=True),
        CuedPattern("bare spelled ordinal (ru/uk)", UNIT_BARE_WORD_RU, 0.6, needs_context=True),
        CuedPattern("unit number later in the phrase", UNIT_NO_LATER, 0.75),
        CuedPattern("unit number alone (uk)", UNIT_NO_BARE, 0.6, needs_context=True),
        CuedPattern("ordinal + type (en)", UNIT_ORD_EN, 0.95, starts=UNIT_ORD_EN_STARTS),
        CuedPattern("cardinal + type (en)", UNIT_CARD_EN, 0.85),
        CuedPattern("sub-unit of a numbered unit (en)", UNIT_HEAD_EN, 0.9),
        CuedPattern("unit number and its designation (en)", UNIT_NUMBERED_CHAIN_EN, 0.95),
        CuedPattern("ordinal + arms, noun understood (en)", UNIT_ORD_MODS_EN, 0.7),
        CuedPattern("ordinal + honorary name, noun understood (en)", UNIT_ORD_NAMED_EN, 0.7, needs_context=True),
        CuedPattern("ordinal named after its patron, noun understood (en)", UNIT_ORD_PATRON_EN, 0.8),
        CuedPattern("sub-unit of a unit by its ordinal's possessive (en)", UNIT_ORD_POSS_EN, 0.9),
        CuedPattern("territorial defence of a region (en)", UNIT_TERDEF_EN, 0.85, starts=UNIT_TERDEF_EN_STARTS),
        CuedPattern("type + number (en)", UNIT_NOUN_NUM_EN, 0.85),
        CuedPattern("type + number in words (en)", UNIT_NOUN_NUM_WORD_EN, 0.7),
        CuedPattern("coordinated ordinal (en)", UNIT_ORD_EN_COORD, 0.7),
        CuedPattern("bare ordinal (en)", UNIT_BARE_EN, 0.6, needs_context=True, flags=regex.DOTALL | regex.MULTILINE),
        CuedPattern("bare ordinal after a preposition (en)", UNIT_BARE_PREP_EN, 0.5),
        CuedPattern("bare four-digit ordinal (en)", UNIT_BARE_FOUR_EN, 0.6),
        CuedPattern("bare three-digit ordinal one is in or from (en)", UNIT_BARE_THREE_EN, 0.6),
        CuedPattern("bare two-digit ordinal past any day one is in or from (en)", UNIT_BARE_TWO_EN, 0.6),
        CuedPattern("bare ordinal as a subject (en)", UNIT_BARE_SUBJECT_EN, 0.6),
        CuedPattern("ordinal reply (en)", UNIT_REPLY_EN, 0.6, needs_context=True),
        CuedPattern("ordinal quoted after a unit's noun or its naming (en)", UNIT_QUOTED_ORD_EN, 0.7),
        CuedPattern("bare spelled ordinal (en)", UNIT_BARE_WORD_EN, 0.6, needs_context=True),
        CuedPattern("spelled ordinal one is in, the clause going on (en)", UNIT_IN_WORD_EN, 0.6),
        CuedPattern("spelled ordinal as a subject, noun understood (en)", UNIT_SUBJECT_WORD_EN, 0.6),
        CuedPattern("number read out digit by digit (en)", UNIT_READOUT_EN, 0.6),
        CuedPattern("ordinal in apposition to a unit noun (en)", UNIT_APPOSED_EN, 0.7),
        CuedPattern("named formation", UNIT_NAMED_STRONG, 0.95, starts=UNIT_NAMED_STRONG_STARTS),
        CuedPattern("named formation beside a unit noun", UNIT_NAMED_WEAK, 0.92),
        CuedPattern("quoted unit name", UNIT_QUOTED, 0.92),
        CuedPattern("battalion by an unquoted name (ru/uk)", UNIT_NAMED_BARE, 0.9),
        CuedPattern("honorific unit name", UNIT_HONORIFIC, 0.85),
        CuedPattern("named unit (en)", UNIT_NAMED_EN, 0.92),
        CuedPattern("quoted name + unit noun (en)", UNIT_QUOTED_NAME_EN, 0.9),
        CuedPattern("police or security unit (en)", UNIT_SECURITY_EN, 0.9, starts=UNIT_SECURITY_EN_STARTS),
        CuedPattern("riot police by its region's adjective (ru/uk)", UNIT_SECURITY_RU, 0.9),
        CuedPattern("border outpost by its name (en)", UNIT_BORDER_POST_EN, 0.85),
        CuedPattern("quoted name after service (ru/uk)", UNIT_SERVED_QUOTED, 0.8),
        CuedPattern("a unit's nickname", UNIT_NICKNAME, 0.9, needs_context=True),
        CuedPattern("volunteer formation of a community", UNIT_VOLUNTEER, 0.9),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = cascaded_context(_UNIT_STEMS_EN, _UNIT_STEMS_RU, _UNIT_STEMS_UK)

    def matches(self, pattern: CuedPattern, compiled: regex.Pattern[str], text: str) -> Iterable[regex.Match[str]]:
        """Chains and named units are looked for only around a unit noun: at every word they cost a third of the
        recogniser's time for nothing. Windows reach far enough either side for the longest designation."""
        if pattern.regex not in _ANCHORED:
            return super().matches(pattern, compiled, text)
        return matches_near(compiled, text, _UNIT_NOUN_ANCHOR, _BEFORE, _AFTER)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """The patterns, then unit numbers read aloud after a unit-number question or cue."""
        results = [self._without_label(text, r) for r in super().analyze(text, entities, nlp_artifacts, regex_flags)]
        results = [self._without_person_noun(text, r) for r in results]
        results = results + self._spoken_numbers(text) + self._elided_ordinals(text) + self._said_ordinals(text)
        results = results + self._ordinal_arms(text, results) + self._parallel_ordinals(text, results)
        results = results + self._appositions(text, results)
        results = results + self._repeated_numbers(text, results)
        return results + self._named_of_numbered(text, results)

    def _repeated_numbers(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A unit's number said again with its noun understood, after a preposition or a possessive, once the text
        has named the unit with its noun ("у кого чоловіки у 7-й роті ... він з 7-ї", "в 155-й бригаде ... из
        155-й"): the same unit. Not a range of hours ("з 7-ї до 9-ї"), not a number with a noun of its own after it
        ("з 7-ї години")."""
        if self.supported_language not in ("ru", "uk"):
            return []
        lang = self.supported_language
        numbers = set()
        for r in found:
            if r.score < 0.75:
                continue
            m = _DESIGNATION_NUMBER.match(text, r.start, r.end)
            if m is not None and not _YEAR_OR_ROUND.fullmatch(m.group("n")):
                numbers.add(m.group("n"))
        out: list[RecognizerResult] = []
        for n in numbers:
            for m in regex.finditer(r"(?<![\p{L}\d'’.,:/-])" + n + r"(?=\s?-)", text):
                tail = _REPEATED_TAIL.match(text, m.end())
                if tail is None:
                    continue
                start, end = m.start(), tail.end()
                if any(r.start <= start < r.end or start <= r.start < end for r in found):
                    continue
                before = _PREV_WORD.search(text, max(0, start - 40), start)
                if before is None or before.end() < start - 1:
                    continue
                if not (_PREPOSITION.fullmatch(before.group(1)) or _POSSESSIVE.fullmatch(before.group(1))):
                    continue
                if _noun_follows(text, end, lang) or _RANGE_AFTER.match(text, end):
                    continue
                if _AT_HOUR.fullmatch(before.group(1)) and int(n) <= 24:
                    continue
                out.append(self._explained_result(start, end, 0.6, "a unit's number said again, its noun understood"))
        return out

    @staticmethod
    def _without_label(text: str, r: RecognizerResult) -> RecognizerResult:
        """A record's field label is no part of the number it labels: "Військова частина: А4119", "Воинская часть:
        12345" withhold the number only (the cue joined without a colon, "в/ч 12345", stays in the span)."""
        m = _FIELD_LABEL.match(text, r.start, r.end)
        if m is not None and m.end() < r.end:
            r.start = m.end()
        return r

    def _without_person_noun(self, text: str, r: RecognizerResult) -> RecognizerResult:
        """A chain that opens on a person's post takes it for an adjective by its ending ("командиром першого взводу
        ...", "бойцом 2-й роты", "стрільцем роти ...", "старшим стрелком роты ..."): the post, with the adjectives
        of its rank before it, is the person's, not the unit's name, and stays in the text."""
        if self.supported_language not in ("ru", "uk"):
            return r
        pos, cut = r.start, None
        for _ in range(3):
            word = _FIRST_WORD.match(text, pos, r.end) if pos == r.start else _NEXT_WORD.match(text, pos, r.end)
            if word is None:
                break
            w = word.group() if pos == r.start else word.group(1)
            end = word.end()
            if end >= r.end or not _CYRILLIC.search(w) or _NUMBER_WORD.fullmatch(w):
                break  # "Семьдесят пятый полк" in a Ukrainian text: the dictionary guesses a Russian numeral a noun
            readings = parses(w, self.supported_language)
            named = w[:1].isupper() and text[end + 1 : end + 2].isupper()  # a name in capitals: "Вовки Да Вінчі"
            if not named and _post_noun(w, readings):
                cut = end
                break
            if not any(p.tag.POS in ("ADJF", "PRTF") and "ablt" in p.tag for p in readings):
                break  # only a rank's adjective in the instrumental comes before a post ("старшим стрелком")
            pos = end
        if cut is None:
            return r
        rest = _NEXT_WORD.match(text, cut, r.end)
        if rest is None:
            return r
        r.start = rest.start(1)
        return r

    def _appositions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """An unnumbered unit phrase right after a designation, past a comma or dash, names the same unit or its
        part: "Two-seven-one, guards motor rifle regiment, third company", "245-й, мотострелковый полк"; so does a
        quoted nickname in brackets after a sure one ("в/ч 21208 («двушка», как её называли)")."""
        out: list[RecognizerResult] = []
        for r in found:
            if r.score < 0.5:
                continue
            if self.supported_language == "en" and r.score >= 0.9 and _UNIT_NUMBER_START.match(text, r.start, r.end):
                before = _APPOSITION_BEFORE.search(text, max(0, r.start - 80), r.start)
                if before is not None:
                    out.append(
                        self._explained_result(
                            before.start("v"), before.end("v"), 0.8, "unit phrase beside a designation"
                        )
                    )
            m = _APPOSITION.match(text, r.end)
            if m is None and self.supported_language == "en":
                m = _APPOSITION_ORD.match(text, r.end)
            if m is None and r.score >= 0.9:
                m = _NICKNAME_BRACKETED.match(text, r.end)
            if m is None:
                continue
            out.append(self._explained_result(m.start("v"), m.end("v"), 0.8, "unit phrase beside a designation"))
        return out

    def _named_of_numbered(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A named sub-unit and the numbered unit after "of (the)" are one designation ("«Storm V» of military unit
        16871", "company «Storm Z» of the 1434th regiment"), with the arm word before the sub-unit's noun ("assault
        company «Storm Z»"). English only: Russian and Ukrainian chain by the genitive (the chain grammar); a named
        company "при" its regiment ("«Шторм Z» при 1-м батальоне ...") is two findings, "при" no part of either, as
        most writers mark it."""
        if self.supported_language != "en":
            return []
        out: list[RecognizerResult] = []
        ordered = sorted((r for r in found if r.score >= 0.5), key=lambda r: (r.start, -r.end))
        for a in ordered:
            gap = _OF_BETWEEN.match(text, a.end)
            if gap is None:
                continue
            # A named (quoted) unit joins the unit it belongs to, and so does a numbered sub-unit: "the 2nd company of
            # the Batyr battalion", "the 1st battery of the artillery battalion of the 107th brigade".
            possessive = not gap.group().strip().endswith(("of", "the"))
            # a formation by its name ("Storm-Z", "Kyiv Territorial Defense") starts with a capital, a number never
            quoted = regex.search(r"[«\"“„'»”’]", text[max(0, a.start - 1) : gap.end()]) is not None
            named = possessive or quoted or text[a.start : a.start + 1].isupper()
            if not named and not (_NUMBERED_SUB_UNIT.match(text, a.start, a.end)):
                continue
            b = next((r for r in ordered if r.start == gap.end()), None)
            if b is None:
                continue
            start = a.start - 1 if a.start and text[a.start - 1] in "«\"“„'" else a.start
            arm = _ARM_BEFORE.search(text, max(0, a.start - 30), a.start)
            if arm is not None and _NAMED_SUB_UNIT.match(text, a.start):
                start = arm.start()
            out.append(self._explained_result(start, b.end, max(a.score, b.score), "named sub-unit of a numbered unit"))
        return out

    def _elided_ordinals(self, text: str) -> list[RecognizerResult]:
        """A spelled compound ordinal with its noun understood. Hundreds ("двести девяносто первого") are not a year
        or an hour; tens only in the feminine (a brigade; a year is masculine), outside 21-24 (hours)."""
        if self.supported_language not in ("ru", "uk"):
            return []
        out: list[RecognizerResult] = []
        for m in _ELIDED.finditer(text):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            last = m.group("v").split()[-1]
            readings = parses(last, self.supported_language)
            # a compound ordinal of the hundreds in the nominative is the unit as the clause's subject ("Тут двести
            # двадцать восьмой весь положили"): no year (that says its thousand), no hour
            subject = (
                _HUNDREDS.fullmatch(m.group("c")) is not None
                and m.group("k") is None
                and len(m.group("v").split()) >= 3
                and any("nomn" in p.tag and "masc" in p.tag for p in readings)
                # no noun before it whose number it is: "Дом сто двадцать пятый", "автобус двести первый"
                and (before is None or not _noun_word(before.group(1), self.supported_language))
            )
            if (
                before is not None
                and not subject
                and not _PREPOSITION.fullmatch(before.group(1))
                and not _POSSESSIVE.fullmatch(before.group(1))
                and not (_MEMBER.fullmatch(before.group(1)) and any("gent" in p.tag for p in readings))
            ):
                continue
            after = _NEXT_WORD.match(text, m.end())
            if (
                subject
                and (before is None or not _PREPOSITION.fullmatch(before.group(1)))
                and after is not None
                and not _DETERMINER.fullmatch(after.group(1))
                and (
                    _noun_word(after.group(1), self.supported_language)
                    or any(p.tag.POS in _NOUN_POS for p in parses(after.group(1), "ru")[:3])
                )
            ):
                continue  # "сто двадцать пятый раз", "двести первый километр": its own noun, whatever else it reads as
            if (
                after is not None
                and not (subject and _DETERMINER.fullmatch(after.group(1)))
                and not _SHARE.fullmatch(after.group(1))
                # its men after it are no noun of its own: "до сто п'ятдесят п'ятої морпіхів", "из двести первого ребят"
                and not _MEMBER.fullmatch(after.group(1))
                and _agreeing_word(readings, parses(after.group(1), self.supported_language)[:1])
            ):
                continue  # its own noun after it: "в сорок второй бригаде", not "в сорок второй половина роты"
            if readings and all(p.tag.POS == "NUMR" or "plur" in p.tag for p in readings):
                continue  # a count ("за сто девяносто сидишь") or mines by their calibre ("два «сто двадцатых»")
            hundreds = _HUNDREDS.fullmatch(m.group("c")) is not None or m.group("k") is not None
            if not hundreds:
                feminine = any("femn" in p.tag for p in parses(last, self.supported_language))
                if not feminine or _HOUR.fullmatch(m.group("v")):
                    continue
            score = 0.7 if hundreds else 0.6
            out.append(
                self._explained_result(m.start("v"), m.end("v"), score, "spelled ordinal whose unit noun is understood")
            )
        return out

    def _ordinal_arms(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """An ordinal and its arm with the noun understood, an adverb, a pronoun or a verb after it ("шестой
        мотострелковый вообще весь положили", "в сімнадцятій танковій теж"): no noun of its own follows, so the arm
        stands for its brigade or regiment. Not before a noun ("третий штурмовой день") nor an adjective."""
        if self.supported_language not in ("ru", "uk"):
            return []
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _ORD_ARM_OPEN.finditer(text):
            if any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in found):
                continue
            after = _NEXT_WORD.match(text, m.end())
            if after is None or not text[m.end() : after.start(1)].strip(" \t") == "":
                continue  # punctuation after it: the pattern's own case
            first = parses(after.group(1), lang)[:1]
            if not first or (
                first[0].tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR"} and "Apro" not in first[0].tag.grammemes
            ):
                continue
            out.append(
                self._explained_result(m.start(), m.end(), 0.7, "ordinal and arm, noun understood, no noun after")
            )
        return out

    def _parallel_ordinals(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A sub-unit's ordinal in digits said in contrast to a numbered sub-unit just named, its noun understood ("Він
        у 1 роту, я в 3-тю", "он во 2-м взводе, а я в 4-м"): after a preposition, a designation that opens on its
        digits ending a few words before, no noun of its own after it ("в 3-ю неделю")."""
        if self.supported_language not in ("ru", "uk"):
            return []
        lang = self.supported_language
        named = [r for r in found if r.score >= 0.75 and text[r.start : r.start + 1].isdigit()]
        out: list[RecognizerResult] = []
        for m in _PARALLEL_ORDINAL.finditer(text):
            if not any(
                0 <= m.start() - r.end <= _PARALLEL_REACH and not regex.search(r"[\n.!?;]", text[r.end : m.start()])
                for r in named
            ):
                continue  # in the same clause as the sub-unit named
            if any(r.start <= m.start() < r.end for r in found):
                continue
            before = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
            if before is None or not _PREPOSITION.fullmatch(before.group(1)) or _noun_follows(text, m.end(), lang):
                continue
            if _HOUR_BEFORE.fullmatch(before.group(1)):
                continue  # "о 6-й", "до 7-ї": an hour
            out.append(
                self._explained_result(m.start(), m.end(), 0.6, "a sub-unit's ordinal in contrast to the one named")
            )
        return out

    def _said_ordinals(self, text: str) -> list[RecognizerResult]:
        """A brigade's ordinal as a call says it, its noun understood and a unit word near: the digits with a feminine
        ending ("я в 155-ой щас", "мы с 64-й стоим рядом") or one spelled word of ten and above ("перевели в
        пятнадцатую"), after a preposition or possessive, with no noun of its own after it (not "в 64-й квартире",
        "в пятнадцатую годовщину"); the masculine "с 12-го" is a date and stays."""
        if self.supported_language not in ("ru", "uk"):
            return []
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _SAID_ORDINAL.finditer(text):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if before is None or not (
                _PREPOSITION.fullmatch(before.group(1)) or _POSSESSIVE.fullmatch(before.group(1))
            ):
                continue
            whose = _POSSESSIVE.fullmatch(before.group(1)) is not None
            if m.group("m") is not None and not whose:
                continue  # "с 291-го": a masculine ordinal after a bare preposition may be a date or a page
            after = _NEXT_WORD.match(text, m.end())
            # its share after it is no noun of its own: "з нашого 503-го половина вже в землі"
            if _noun_follows(text, m.end(), lang) and not (after is not None and _SHARE.fullmatch(after.group(1))):
                continue
            word = m.group("v")
            if not word[:1].isdigit() and not any("femn" in p.tag for p in parses(word, lang)[:2]):
                continue
            if _HOUR_BEFORE.fullmatch(before.group(1)) and int(regex.sub(r"\D", "", word) or 99) <= 24:
                continue  # "о 21-й", "до 22-й", "после 23-й": an hour
            # Whose unit it is ("з вашої 70-ї", "в нашей 155-й") or three digits (no hour, no day of a month) say
            # it without a unit word; two digits after a bare preposition need one near ("в 64-й щас, на позиции").
            three = sum(c.isdigit() for c in word) >= 3
            window = text[max(0, m.start() - _SAID_REACH) : m.end() + _SAID_REACH]
            if not (whose or three) and not _SAID_CONTEXT.search(window):
                continue
            four = sum(c.isdigit() for c in word) == 4  # "Наш 1433-й": the regiment's number alone
            start = before.start(1) if whose and not four else m.start("v")
            out.append(
                self._explained_result(start, m.end("v"), 0.6, "a brigade's ordinal said with its noun understood")
            )
        return out + self._said_low(text) + self._said_subject(text) + self._members_ordinals(text)

    def _members_ordinals(self, text: str) -> list[RecognizerResult]:
        """A brigade's or regiment's ordinal in digits after its commander, staff or soldiers, its noun understood
        ("приказ командира 291-го", "бойцы 810-й", "бійці 47-ї"): not a year ("2022-го"), no noun of its own after
        it ("командир 155-й бригады" is the designation's own pattern)."""
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _MEMBER_DIGITS.finditer(text):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if before is None or before.end() != m.start():
                continue
            # a sub-unit's noun before it in any case is part of the designation: "у розвідроті 64-ї", "роту 155-й"
            sub_unit = _SUB_UNIT_WORD.fullmatch(before.group(1)) is not None
            if not sub_unit and not _MEMBER.fullmatch(before.group(1)):
                continue
            if _YEAR_ORDINAL.fullmatch(m.group("v")):
                continue
            if _noun_follows(text, m.end(), lang):
                continue
            out.append(
                self._explained_result(
                    before.start(1) if sub_unit else m.start("v"),
                    m.end("v"),
                    0.6,
                    "a unit's ordinal after its commander, soldiers or sub-unit, noun understood",
                )
            )
        return out

    def _said_low(self, text: str) -> list[RecognizerResult]:
        """An ordinal below ten after a preposition, a unit noun just said before it: the same kind of unit, its noun
        understood ("в другой роте, в четвертой"; "В якій роті? — У третій"). No noun of its own after it."""
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _SAID_LOW.finditer(text):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if before is None or not _PREPOSITION.fullmatch(before.group(1)):
                continue
            if not _LOW_NOUN.search(text, max(0, before.start(1) - _LOW_REACH), before.start(1)):
                continue
            if _noun_follows(text, m.end(), lang):
                continue
            out.append(
                self._explained_result(
                    m.start("v"), m.end("v"), 0.6, "an ordinal said after its unit noun, the noun understood"
                )
            )
        return out

    def _said_subject(self, text: str) -> list[RecognizerResult]:
        """A brigade's number in the feminine nominative with no noun after it, a unit word near: the unit as the
        subject ("Тут 37-я вся в мясо", "155-я опять на штурм пошла"); not "37-я школа"."""
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _SAID_SUBJECT.finditer(text):
            after = _NEXT_WORD.match(text, m.end())
            if after is not None and _noun_word(after.group(1), lang, _NOUN_POS - {"ADJS"}):
                if not _DETERMINER.fullmatch(after.group(1)):
                    continue
            window = text[max(0, m.start() - _SAID_REACH) : m.end() + _SAID_REACH]
            if not _SAID_CONTEXT.search(window):
                continue
            out.append(
                self._explained_result(
                    m.start("v"), m.end("v"), 0.6, "a brigade's number as the subject, its noun understood"
                )
            )
        return out

    def _spoken_numbers(self, text: str) -> list[RecognizerResult]:
        """ "Номер части? — Двадцать три шестьсот двадцать шесть", "Unit? A: Two-seven-one": the words spell it."""
        out: list[RecognizerResult] = []
        for cue in _SPOKEN_CUE.finditer(text):
            runs = number_runs(text[cue.end() : cue.end() + 120], min_len=2)
            if not runs or runs[0][0].start != 0:
                continue
            run = runs[0]
            digits = spoken_digits(run)
            shortest = 3 if ("?" in cue.group() or ":" in cue.group()) else 4  # a question and its answer
            if digits is None or not digits.isdigit() or not shortest <= len(digits) <= 5:
                continue
            if _YEAR_OR_ROUND.fullmatch(digits):
                continue
            start, end = cue.end() + run[0].start, cue.end() + run[-1].end
            if _RUN_BREAK.search(text, start, end):
                continue  # "в/ч 3017;\n3) Ткачук": the next list item's number, no digit of this one
            score = 0.8
            out.append(self._explained_result(start, end, score, "unit number read aloud after a unit cue"))
        return out

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """A unit's obituary formula names a unit, not a town: "Велика Новосілка втратила ще одного захисника" is a
        place (the gazetteer or the dictionary knows it, whole or by its noun)."""
        if pattern.regex is UNIT_NAMED_BARE:
            # "бат Тайфун", not "батальон Донбасса" (a place), "отряд Иванова" (its commander's name) nor a verb or an
            # adjective opening the next clause: the name is a noun in the nominative
            lang = self.supported_language
            name = regex.split(r"[ \t]+", value.strip())[-1]
            readings = parses(name, lang)[:2]
            if is_known_place(name, lang) or morph_has_tag(name, lang, "Geox"):
                return False
            if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in readings):
                return False
            if readings and not any(p.tag.POS == "NOUN" and "nomn" in p.tag.grammemes for p in readings):
                return False
        if pattern.regex is UNIT_LOSS_SUBJECT:
            lang = self.supported_language
            name = value.strip('«»"„“”')
            words = name.split()
            if is_known_place(name, lang) or any(
                is_known_place(w, lang) or morph_has_tag(w, lang, "Geox") for w in words[1:] or words
            ):
                return False
        return super().validate_match(pattern, value)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject "unit 2023" / "часть 2000" (a year or a round sum) and shared field-post numbers."""
        if not any(ch.isdigit() for ch in pattern_text):
            return None
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        if _YEAR_ORDINAL.fullmatch(pattern_text.strip()):
            return True  # "в 2017-м", "у 2022-му": a year, not the 2817th
        if _BARE_NOUN.match(pattern_text) and _YEAR_OR_ROUND.fullmatch(digits):
            return True
        if _SHARED_POST.fullmatch(digits) and _POST_WORD.search(pattern_text):
            return True
        return None


__all__ = ["MilitaryUnitRecognizer"]
