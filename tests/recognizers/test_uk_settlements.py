"""Ukrainian settlements: where a place's name begins and ends, and which place a home is.

- a place written with any apostrophe, a town's hashtag with its hyphen, space or apostrophe dropped, a home named
  after a settlement abbreviation ("н.п.", "с."), a village's name ending before a man's given name and patronymic,
  a two-word village, the town in its own cases, a real demonym of Donetsk;
- traps: a capitalised part of a camel-cased brand, a front-line village after "н.п." and a word of nearness (kept
  under the default), a city of the fighting, a given name in the instrumental after "з" (a man, not a town), a
  daughter who is no demonym.

Every private name, number and village is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import surfaces, types_over


@pytest.mark.parametrize("apostrophe", ["’", "ʼ", "'"])
def test_place_with_any_apostrophe(strict_redactor: Redactor, apostrophe: str) -> None:
    # the dictionary spells the apostrophe as ASCII; published text mostly writes the typographic one
    town = f"Кам{apostrophe}янці-Дніпровській"
    text = f"Її брат досі мешкає в окупованій {town}, у батьківському домі."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    i = text.index(town)
    assert any(f.start <= i and i + len(town) <= f.end and f.entity_type == "LOCATION" for f in found)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ролик із полоненим спершу з'явився у ТікТок, потім у Телеграмі.", "Тік"),
        ("Зерно вивозили на КамАЗах у напрямку кордону.", "Кам"),
        ("Сторінку у ВКонтакте видалили після публікації.", "Контакте"),
    ],
)
def test_camel_cased_brand_is_no_place(text: str, part: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    rec = RuLocationRecognizer("uk")
    i = text.index(part)
    hits = [r for r in rec.analyze(text, ["LOCATION"]) if r.start < i + len(part) and i < r.end]
    assert not hits, [text[r.start : r.end] for r in hits]


def test_a_whole_place_word_is_still_found() -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    text = "Родина переїхала з Тернополя до Кам'янця-Подільського."
    found = {text[r.start : r.end] for r in RuLocationRecognizer("uk").analyze(text, ["LOCATION"])}
    assert {"Тернополя", "Кам'янця-Подільського"} <= found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Шукаємо тата! #зниклийбезвісти #ВолодимирВолинський", "ВолодимирВолинський"),
        ("Вічна пам'ять Герою 🕯 #НаЩиті #КамянецьПодільський", "КамянецьПодільський"),
        ("Прощання завтра о 10:00. #БілаЦерква #Герої", "Біла"),
    ],
)
def test_a_town_hashtag_is_a_place_not_a_person(text: str, word: str, strict_redactor: Redactor) -> None:
    types = types_over(text, word, strict_redactor)
    assert types and not {"PERSON", "CALL_SIGN"} & set(types), types


@pytest.mark.parametrize(
    "text",
    [
        "Загинув від артилерійського обстрілу поблизу н.п. Білогорівка Луганської області.",
        "Отримав смертельне поранення під н. п. Білогорівка під час штурму.",
        "Погиб в ходе боя под н.п. Білогорівка.",
    ],
)
def test_front_village_after_the_settlement_abbreviation_is_kept(text: str, redactor: Redactor) -> None:
    assert types_over(text, "Білогорівка", redactor) == []


def test_home_village_after_the_settlement_abbreviation_is_withheld(redactor: Redactor) -> None:
    text = "Народився у н.п. Білогорівка Луганської області, там і закінчив школу."
    assert types_over(text, "Білогорівка", redactor) == ["LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Солдат, уродженець м. Краматорськ, загинув під Торецьком.", "Краматорськ"),
        ("Обвинувачена — мешканка м. Херсон, 1979 р. н., вину визнала.", "Херсон"),
        ("Народився у м. Полтава, там закінчив ліцей.", "Полтава"),
        ("Военнослужащий, уроженец г. Курск, сдался в плен.", "Курск"),
    ],
)
def test_home_after_a_settlement_abbreviation_is_withheld(text: str, place: str, redactor: Redactor) -> None:
    assert "LOCATION" in types_over(text, place, redactor)


def test_a_city_of_the_fighting_after_the_abbreviation_stays(redactor: Redactor) -> None:
    text = "Воював під м. Бахмут, а родина чекала вдома."
    assert types_over(text, "Бахмут", redactor) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ми з Володимиром служили в одній роті з весни.", "Володимиром"),
        ("Прощання з Володимиром відбудеться у суботу біля школи.", "Володимиром"),
        ("Вчора розмовляв із Богданом по телефону.", "Богданом"),
    ],
)
def test_given_name_after_with_is_a_man(uk_person: RuPersonRecognizer, text: str, name: str) -> None:
    assert name in surfaces(uk_person, text, "PERSON", min_score=0.35)
    assert name not in surfaces(RuLocationRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Він приїхав з Володимира до Луцька автобусом.", "Володимира"),
        ("Бої тривають під Володимиром, кажуть волонтери.", "Володимиром"),
    ],
)
def test_the_town_in_its_own_cases_stays_a_place(text: str, town: str) -> None:
    assert town in surfaces(RuLocationRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "village", "name"),
    [
        (
            "На Донеччині загинув мешканець села Сокиринці Дмитро Андрійович Гончарук.",
            "Сокиринці",
            "Дмитро Андрійович Гончарук",
        ),
        ("Загинув житель с. Вербівка Олег Петрович Мазур, 1985 р.н.", "Вербівка", "Олег Петрович Мазур"),
    ],
)
def test_village_then_full_name(uk_person: RuPersonRecognizer, text: str, village: str, name: str) -> None:
    places = surfaces(RuLocationRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)
    assert village in places and not [p for p in places if name.split()[0] in p]
    assert name in surfaces(uk_person, text, "PERSON", min_score=0.35)


def test_a_two_word_village_stays_whole() -> None:
    text = "Народився в селі Нова Ушиця, служив у ЗСУ."
    assert "Нова Ушиця" in surfaces(RuLocationRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    "text",
    [
        "У Героя залишилися дружина та маленька донечка.",
        "Він встиг подарувати донечці ведмедика на день народження.",
        "Донечка щодня питає, коли тато повернеться.",
    ],
)
def test_daughter_is_no_demonym(text: str) -> None:
    assert not surfaces(MunicipalRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)


def test_a_real_demonym_of_donetsk_stays() -> None:
    text = "Загинула донеччанка, яка волонтерила з 2014 року."
    assert "донеччанка" in surfaces(MunicipalRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)


# --- a settlement's extent in a chain: a numbered village, a village before its district with no type word ------


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("ru", "Проживал в д. Кедровка 2-я Кедровского района.", "Кедровка 2-я"),
        ("ru", "Уроженец с. 1-е Кедровое Кедровского района.", "1-е Кедровое"),
        ("uk", "Житель с. 2-га Кедрівка Кедрівської громади.", "2-га Кедрівка"),
    ],
)
def test_a_numbered_village_keeps_its_number(language: str, text: str, span: str) -> None:
    assert span in surfaces(RuLocationRecognizer(supported_language=language), text, "LOCATION", min_score=0.35)


def test_an_ordinal_that_opens_a_phrase_stays_out() -> None:
    text = "В д. Кедровка 5-й год нет дороги."
    assert "Кедровка" in surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("uk", "Житель Кедрівки Кедрівського району загинув на Донеччині.", "Кедрівки"),
        ("uk", "Жителі Вербівки Кедрівської ОТГ попрощалися з воїном.", "Вербівки"),
        ("uk", "Уродженець Кедрополя Кедрівської міської територіальної громади.", "Кедрополя"),
        ("ru", "Уроженка Кедровки Кедровского сельсовета, 1961 г. р.", "Кедровки"),
        ("ru", "Похоронен в Кедровке Кедровского района.", "Кедровке"),
    ],
)
def test_a_village_before_its_unit_without_a_type_word(language: str, text: str, span: str) -> None:
    assert span in surfaces(RuLocationRecognizer(supported_language=language), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("uk", "Голова Кедрівської громади висловив співчуття.", "Голова"),
        ("uk", "Староста Петренко Кедрівської громади.", "Петренко"),
        ("ru", "Глава Кедровского района выразил соболезнования.", "Глава"),
        ("ru", "Прокуратура Кедровского района возбудила дело.", "Прокуратура"),
    ],
)
def test_a_head_or_a_person_before_a_unit_is_no_village(language: str, text: str, word: str) -> None:
    assert word not in surfaces(RuLocationRecognizer(supported_language=language), text, "LOCATION", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Уроженец р.п. Кедровый Кедровской области.", "Кедровый"),
        ("Проживал в р. п. Кедровка, работал на элеваторе.", "Кедровка"),
    ],
)
def test_a_workers_settlement_abbreviation_with_dots(text: str, span: str) -> None:
    assert span in surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION", min_score=0.35)
