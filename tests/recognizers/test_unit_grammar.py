"""The unit grammar in its general form (session 4): [number | ordinal digits | ordinal words, any case]
+ [arm and status adjectives]* + unit noun or abbreviation + [honorific | nickname | "of the ..."], chains of
them, and the noun understood when the sentence says it.

Every sentence is invented; unit numbers and names are made up or used only as the shape real reporting uses.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer

ENTITY = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def recs() -> dict[str, MilitaryUnitRecognizer]:
    return {lang: MilitaryUnitRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _covering(rec: MilitaryUnitRecognizer, text: str, surface: str) -> list[str]:
    start = text.index(surface)
    end = start + len(surface)
    found = rec.analyze(text, [ENTITY])
    return [text[r.start : r.end] for r in found if r.start <= start and r.end >= end and r.score >= 0.35]


def _all(rec: MilitaryUnitRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # spelled ordinals, noun understood: hundreds in any case, tens in the feminine
        ("ru", "Мой брат служит в триста тридцать восьмом, пишет редко.", "триста тридцать восьмом"),
        ("ru", "С двести первой нас перебросили под Кременную.", "двести первой"),
        ("ru", "Из сто девяносто второго вернулись только двое.", "сто девяносто второго"),
        ("uk", "Хлопці з тридцять восьмої, відгукніться!", "тридцять восьмої"),
        # ordinal + arm adjectives, noun understood, digits or words, with an honorific
        ("uk", "Він воював у сто п'ятнадцятій механізованій, потім перевівся.", "сто п'ятнадцятій механізованій"),
        ("ru", "Он был в шестьдесят четвёртой мотострелковой, потом ранен.", "шестьдесят четвёртой мотострелковой"),
        ("ru", "— Какая часть? — Сто сорок шестой, мотострелковый.", "Сто сорок шестой, мотострелковый"),
        ("uk", "Служив у 93-й механізованій до осені.", "93-й механізованій"),
        (
            "uk",
            "Служив у двадцять четвертій окремій механізованій імені короля Данила.",
            "двадцять четвертій окремій механізованій імені короля Данила",
        ),
        # sub-unit chains with abbreviations, an unnumbered head, a unit number after a sub-unit
        ("ru", "Рядовой 1 мсо 2 мсв 3 мср 1 мсб 1009-го мсп, позывной «Лис».", "3 мср"),
        ("ru", "Рядовой 1 мсо 2 мсв 3 мср 1 мсб 1009-го мсп, позывной «Лис».", "1 мсо"),
        ("uk", "Солдат, оптб сорок другої бригади, зник безвісти.", "оптб сорок другої бригади"),
        (
            "ru",
            "служил в зенитной батарее войсковой части 54321, потом пропал.",
            "зенитной батарее войсковой части 54321",
        ),
        ("uk", "У 60-й окремий батальйон 104-бригади мобілізувався у березні.", "104-бригади"),
        # nicknames and named formations
        ("ru", "боец штурмового отряда «Z-7» из колонии", "штурмового отряда «Z-7»"),
        ("ru", "Пропал боец, штурмовой отряд ГРОМ-12, с весны нет связи.", "штурмовой отряд ГРОМ-12"),
        (
            "ru",
            "служил в сто сорок третьей бригаде — «Уральской добровольческой», писал редко.",
            "сто сорок третьей бригаде — «Уральской добровольческой»",
        ),
        ("uk", "До лав «Степових котів» долучився навесні.", "«Степових котів»"),
        # volunteer formations of a community
        ("uk", "Член ДФТГ «Щит» Бобринецької міської територіальної громади загинув.", "ДФТГ «Щит» Бобринецької"),
        (
            "uk",
            "Він вступив до добровольчого формування Новоушицької селищної територіальної громади.",
            "добровольчого формування Новоушицької селищної територіальної громади",
        ),
        ("en", "He later joined the Horlivka community volunteer formation.", "Horlivka community volunteer formation"),
        # English: spelled ordinals with hundreds, transliterated ordinals, named units, honorifics, Latin numbers
        ("en", "Sixty-fourth separate motor rifle, my son wrote.", "Sixty-fourth separate motor rifle"),
        (
            "en",
            "He served in the one hundred and fifty-fifth naval infantry.",
            "one hundred and fifty-fifth naval infantry",
        ),
        ("en", "Unit? 155-y OBrMP.", "155-y OBrMP"),
        ("en", "He fought with the Kraken unit, then joined the Bratstvo battalion.", "Bratstvo battalion"),
        ("en", "Ivan served in the Sokil brigade of the National Guard.", "Sokil brigade of the National Guard"),
        ("en", "Served in the Akhmat special forces and later the Vostok-Akhmat regiment.", "Vostok-Akhmat regiment"),
        (
            "en",
            "the 47 OMBr named after Hetman Ivan Sirko; field post A2904",
            "47 OMBr named after Hetman Ivan Sirko",
        ),
        (
            "en",
            "the 24th brigade, named after the Defenders of the Southern Border, lost two men",
            "24th brigade, named after the Defenders of the Southern Border",
        ),
        ("en", "His letters came through field post V1234 until May.", "V1234"),
        ("en", "Poltava Territorial Defense Forces 116th brigade", "Poltava Territorial Defense Forces 116th brigade"),
    ],
)
def test_general_forms_are_found_whole(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _covering(recs[lang], text, surface), (text, _all(recs[lang], text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an ordinal whose noun follows or precedes is not a unit; a year and an hour are masculine or 21-24
        ("ru", "Это был двести первый раз, когда он звонил."),
        ("ru", "Дом сто двадцать пятый, квартира девятая."),
        ("ru", "С сорок первого года дед воевал, в сорок пятом вернулся."),
        ("uk", "Прийду о двадцять першій, не чекай."),
        ("uk", "Вона з тридцять першої школи, вчителька."),
        # plural counts and weapons after a company are not names
        ("ru", "Роте БМП-2 передали вчера."),
        ("ru", "На второй штурмовой волне мы потеряли многих."),
        ("uk", "Третя стрілка вказує на північ."),
        ("ru", "в пп В 2022 году"),
        # English: headlines, determiners, nations, arms, events
        ("en", "Ukrainian Soldier Joins Brigade After Training"),
        ("en", "The brigade said he was killed. The Russian battalion retreated."),
        ("en", "It was the first time he went. In the first air raid nobody died."),
        ("en", "The Mortar battery and the Medical battalion moved."),
        # public groupings of forces and districts
        ("ru", "группировка войск «Запад» сообщила об ударе"),
        ("en", "The Vostok group of forces claimed the village."),
        ("en", "Officers of the Leningrad Military District were named."),
        ("en", "It happened in the twenty-first. Nobody knows."),
        ("en", "The A1234 road was closed near the village."),
        ("en", "His friend, nicknamed Bear, served in the brigade."),
        ("en", "The town known as Little Paris welcomed the brigade's tourists."),
    ],
)
def test_traps_stay(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str) -> None:
    assert _all(recs[lang], text) == [], text


@pytest.mark.parametrize(
    ("lang", "before", "unit", "label"),
    [
        ("uk", "Служив у ", "сімнадцятій танковій", "[військовій частині]"),
        ("uk", "Хлопці з ", "сорок сьомої", "[військової частини]"),
        ("ru", "Мой брат служит в ", "триста тридцать восьмом", "[воинской части]"),
        (
            "uk",
            "Він вступив до ",
            "добровольчого формування Новоушицької селищної територіальної громади",
            "[добровольчого формування]",
        ),
        ("en", "He joined the ", "local volunteer formation of the Tetiiv community", "a volunteer formation"),
    ],
)
def test_noun_understood_generalises_in_its_case(lang: str, before: str, unit: str, label: str) -> None:
    from redact.generalize import generalize

    assert generalize(ENTITY, unit, lang, before) == label


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Her son served with the 1430th Motorized Rifle Regiment, formed in Tver.", "1430th Motorized Rifle"),
        ("ru", "ушёл в ряды частной военной компании «Редут» весной", "частной военной компании «Редут»"),
        ("ru", "Он у нас в сто пятьдесят пятой морской пехоты служит.", "сто пятьдесят пятой морской пехоты"),
        ("ru", "военнослужащий Сосновского соединения погиб", "Сосновского соединения"),
        ("en", "He served with the two hundred and first. They were shelled every night.", "two hundred and first"),
        ("uk", "Старший солдат 1-ї ДШР 2-го ДШБ 80-ї ОДШБр.", "1-ї ДШР"),
        ("uk", "Служив в А1234, загинув під Бахмутом.", "А1234"),
        ("en", "Q: Unit? A: Eight-one-two, guards tank regiment, second company.", "guards tank regiment"),
        ("ru", "— Часть? — 512-й, мотострелковый полк.", "мотострелковый полк"),
        ("en", "He served in V1234 until spring.", "V1234"),
        (
            "en",
            "Meet Captain Ivan Sokil, a company commander in the Steppe Foxes, as the 99th Brigade is nicknamed.",
            "Steppe Foxes",
        ),
        ("en", 'The 99th brigade, known as the "Night Owls", lost two men.', "Night Owls"),
        ("uk", "Бригаду в народі називають «Нічні сови», там служив її син.", "«Нічні сови»"),
        ("uk", "Бригада «Степові рисі» попрощалася з побратимом.", "Бригада «Степові рисі»"),
    ],
)
def test_more_general_forms(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    assert _covering(recs[lang], text, surface), (text, _all(recs[lang], text))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "He was born in 1975, joined the Kharytia brigade of the National Guard.", "Kharytia brigade"),
        (
            "en",
            "Happy birthday to my little brother Artur. He's with the Edelweiss detachment now.",
            "Edelweiss detachment",
        ),
        ("uk", "Служив у сорок сьомій механізованій, там і загинув.", "сорок сьомій механізованій"),
    ],
)
def test_whole_pipeline_types_it_as_a_unit(lang: str, text: str, surface: str) -> None:
    """A named unit wins over the name model's PERSON on the same word (the default policy would have given the
    merged span a pseudonym name)."""
    from redact.pipeline import Redactor, analyze_text
    from redact.policy import load_policy
    from redact.resolve import resolve

    redactor = Redactor(load_policy("withhold-identities").policy)
    i = text.index(surface)
    spans = resolve(analyze_text(text, lang, redactor.engines, redactor.policy))
    covering = [s.entity_type for s in spans if s.start <= i and s.end >= i + len(surface)]
    assert covering == ["MILITARY_UNIT"], [(text[s.start : s.end], s.entity_type) for s in spans]


def test_apposition_needs_the_phrase_right_after(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    text = "He was in the 64th brigade, and then the tank battalion came."
    assert _covering(recs["en"], text, "tank battalion") == []
    assert _covering(recs["en"], text, "64th brigade")
