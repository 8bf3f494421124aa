"""Russian settlements named by a common or adjective-shaped word, and the home-town adjective on people.

- a settlement named by a common word after a home cue, an adjective-shaped stanitsa or village after a verb of
  living ("вырос в Платнировской"), a stanitsa after "ст.", a town's adjective on the people it names;
- traps: a capitalised common word after a home cue, a woman of that surname elsewhere (a person), an article or a
  rank after "ст.", a nation's or a quality's adjective on people.

Every name and small place here is made up.
"""

from __future__ import annotations

import pytest

from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import surfaces


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сын уроженки Горок, он вырос у бабушки.", "Горок"),
        ("Последние годы проживал в Ключах вместе с матерью.", "Ключах"),
        ("После ранения вернулся домой в Горки.", "Горки"),
    ],
)
def test_a_homonym_settlement_after_a_home_cue(text: str, place: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert place in surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Он вернулся в Строй через месяц.", "Проживал у Петра на даче.", "Вернулся в Семью."])
def test_a_capitalised_common_word_after_a_home_cue_is_no_settlement(text: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION") == []


def test_a_town_adjective_on_the_people_it_names() -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    text = "На прощание приехали кинешемские мужики, его сослуживцы."
    assert "кинешемские" in surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Там стояли немецкие солдаты.", "Помогли братские народы и русские люди."])
def test_a_nation_or_quality_adjective_on_people_is_no_home_town(text: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION") == []


@pytest.mark.parametrize(
    "text",
    [
        "Родился и вырос в Кедроватской, окончил школу.",
        "Жил в Кедровском до армии, работал трактористом.",
        "Похоронен в Кедроватской на станичном кладбище.",
    ],
)
def test_an_adjective_shaped_village_after_living_is_no_person(text: str) -> None:
    assert surfaces(RuPersonRecognizer("ru"), text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Он служил вместе с Кедроватской, она санинструктор.", "Кедроватской"),
        ("Жила в Москве с Анной Кедровской.", "Анной Кедровской"),
    ],
)
def test_a_woman_of_that_surname_elsewhere_stays_a_person(text: str, span: str) -> None:
    assert span in surfaces(RuPersonRecognizer("ru"), text, "PERSON")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("На СВО погиб Иван Кедров, житель ст. Кедроватской. Прощание в пятницу.", "Кедроватской"),
        ("Родился в ст. Кедроватской Краснодарского края.", "Кедроватской"),
    ],
)
def test_a_stanitsa_after_st(text: str, span: str) -> None:
    assert span in surfaces(RuLocationRecognizer("ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Осуждён по ст. 337 УК РФ.", "Его знал ст. сержант Сомов."])
def test_an_article_or_a_rank_after_st_is_no_place(text: str) -> None:
    assert surfaces(RuLocationRecognizer("ru"), text, "LOCATION") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Родом из п. Кедровка 2-я, работал на ферме.", "Кедровка 2-я"),
        ("Родом из п. Кедровка 2-я Лискинского района.", "Кедровка 2-я"),
        # an ordinal word opening a two-word village name
        ("Жил в с. Вторая Пятилетка Кедровского района.", "Вторая Пятилетка"),
        ("Уроженец д. Третья Кедровка, механизатор.", "Третья Кедровка"),
    ],
)
def test_a_numbered_village_keeps_its_ordinal(text: str, place: str) -> None:
    assert place in surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")


def test_an_ordinal_word_alone_after_an_abbreviation_is_no_village() -> None:
    found = surfaces(RuLocationRecognizer(supported_language="ru"), "См. с. Вторая глава описывает бой.", "LOCATION")
    assert not any("Вторая" in s for s in found), found


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Уроженец станицы Кедровской Владимир Ткачёв погиб.", "Кедровской", "Владимир"),
        ("Житель аула Кедрохабль Руслан Хатков погиб.", "Кедрохабль", "Руслан"),
    ],
)
def test_a_settlement_ends_before_a_given_name_and_surname(text: str, place: str, person: str) -> None:
    found = surfaces(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")
    assert place in found and not any(person in s for s in found), found


def test_a_two_word_settlement_keeps_its_second_word() -> None:
    found = surfaces(
        RuLocationRecognizer(supported_language="ru"), "Уроженец с. Новая Кедровка, механизатор.", "LOCATION"
    )
    assert "Новая Кедровка" in found
