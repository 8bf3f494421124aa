"""Public offices, national bodies' regional offices and national universities the default policy keeps (s15).

Each form is tested on invented sentences: the officials' names, villages and private people are invented; regions,
national bodies and cities are real. Every positive has a negative of the same shape that must stay withheld: a
village head, a private company or a district in place of the region, a town's college, a home town.
"""

from __future__ import annotations

import pytest

from redact.officials import public_official
from redact.pipeline import Redactor, analyze_text
from redact.policy import load_policy
from redact.public import PublicRegister, public_register


@pytest.fixture(scope="module")
def register() -> PublicRegister:
    spec = load_policy("withhold-identities").policy.public
    assert spec is not None
    return public_register(spec)


def _official(text: str, name: str, language: str) -> bool:
    i = text.index(name)
    return public_official(text, i, i + len(name), language)


def _kept(register: PublicRegister, text: str, span: str, entity: str, language: str) -> bool:
    i = text.index(span)
    return register.verdict(text, i, i + len(span), entity, language, front=True) is not None


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a city's head by the title of a mayor
        ("uk", "Співчуття родині загиблого висловив міський голова Тарас Ничипорук.", "Тарас Ничипорук"),
        ("ru", "Городской голова Остап Жемчужный заявил, что школы закрыты.", "Остап Жемчужный"),
        # a researcher quoted on the news, a two-word profession of comment in apposition with its body
        (
            "ru",
            "Исследователь Арсений Пчелинцев из «Левада-центра» отмечает, что опросы изменились.",
            "Арсений Пчелинцев",
        ),
        ("uk", "Дослідниця Мирослава Гуцал вважає, що мобілізація триватиме.", "Мирослава Гуцал"),
        (
            "en",
            '"Prices doubled," said Orest Pylypchuk, a political scientist at the University of Tartu.',
            "Orest Pylypchuk",
        ),
        # an official's reception office names its holder
        ("uk", "Я писала і в приймальню Жемчужного, і до омбудсмана. Відповіді нема.", "Жемчужного"),
        ("ru", "Мать обратилась в приёмную Пчелинцева, но ответа не получила.", "Пчелинцева"),
    ],
)
def test_office_and_comment_forms_make_a_public_person(language: str, text: str, name: str) -> None:
    assert _official(text, name, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a village's head is local
        ("uk", "Співчуття родині загиблого висловив сільський голова Тарас Ничипорук.", "Тарас Ничипорук"),
        # the researcher's son is no researcher; a political scientist with no body and no view quoted
        ("ru", "Сын исследователя Арсений Пчелинцев ушёл на фронт и отмечает день рождения там.", "Арсений Пчелинцев"),
        ("en", "He was drafted with Orest Pylypchuk, a political scientist.", "Orest Pylypchuk"),
        # a school director's reception office is a school's
        ("ru", "Я ходила в приемную директора школы Пчелинцева.", "Пчелинцева"),
    ],
)
def test_no_public_office_no_public_person(language: str, text: str, name: str) -> None:
    assert not _official(text, name, language)


@pytest.mark.parametrize(
    ("language", "text", "span", "entity"),
    [
        # a national body's office in a region
        (
            "ru",
            "Дело возбуждено по материалам УФСБ России по Курской области.",
            "УФСБ России по Курской области",
            "ORGANIZATION",
        ),
        (
            "ru",
            "Он служит в ОМОН Управления Росгвардии по Белгородской области.",
            "Управления Росгвардии по Белгородской области",
            "ORGANIZATION",
        ),
        ("ru", "Дело ведёт СУ СК России по Брянской области.", "СУ СК России по Брянской области", "ORGANIZATION"),
        (
            "uk",
            "Розслідування здійснюють слідчі ГУ СБУ у Сумській області.",
            "ГУ СБУ у Сумській області",
            "ORGANIZATION",
        ),
        (
            "en",
            "The operation was carried out by the SBU Directorate in Kherson Oblast.",
            "SBU Directorate in Kherson Oblast",
            "ORGANIZATION",
        ),
        (
            "en",
            "The operation was carried out by the SBU Directorate in Kherson Oblast.",
            "SBU Directorate in Kherson Oblast",
            "MILITARY_UNIT",
        ),
        # a national body's main directorate, no region
        (
            "ru",
            "Расследование ведёт Главное следственное управление СБУ.",
            "Главное следственное управление СБУ",
            "ORGANIZATION",
        ),
        (
            "en",
            "The case is led by the Main Investigative Directorate of the SBU.",
            "Main Investigative Directorate of the SBU",
            "ORGANIZATION",
        ),
        ("uk", "Розслідування здійснює Головне слідче управління СБУ.", "Головне слідче управління", "ORGANIZATION"),
        # a region's administration by its abbreviation
        ("uk", "Про це повідомив начальник Сумської ОВА у телеграмі.", "Сумської ОВА", "ORGANIZATION"),
        ("uk", "Голова Запорізької ОДА подякував рятувальникам.", "Запорізької ОДА", "ORGANIZATION"),
        # a region's or city's national or state university named in full
        (
            "en",
            "He studied at the Odesa National Maritime University before the war.",
            "Odesa National Maritime University",
            "ORGANIZATION",
        ),
        (
            "uk",
            "Закінчив Сумський національний аграрний університет.",
            "Сумський національний аграрний університет",
            "ORGANIZATION",
        ),
        # the city a prosecutor's office is named after, after a home village
        (
            "en",
            "He was a resident of the village of Verbivka-Druha, the Kharkiv Regional Prosecutor's Office said.",
            "the Kharkiv",
            "LOCATION",
        ),
        # an operational command and the Investigative Committee by their names
        ("uk", "Запис надано Південним командуванням.", "Південним командуванням", "ORGANIZATION"),
    ],
)
def test_public_bodies_by_form_are_kept(
    register: PublicRegister, language: str, text: str, span: str, entity: str
) -> None:
    assert _kept(register, text, span, entity, language)


@pytest.mark.parametrize(
    ("language", "text", "span", "entity"),
    [
        # a private company or a district office is no national body's regional office
        ("ru", "Он работал в ООО «Листопад» по Курской области.", "ООО «Листопад» по Курской области", "ORGANIZATION"),
        (
            "ru",
            "Он работал в Управлении ФСБ по Кировскому району.",
            "Управлении ФСБ по Кировскому району",
            "ORGANIZATION",
        ),
        # a colony or a unit of the office is the colony's or the unit's
        ("ru", "Отбывал срок в ИК-8 УФСИН по Курской области.", "ИК-8 УФСИН по Курской области", "ORGANIZATION"),
        # a main directorate of a company or with a colony's name is not a national body's
        ("ru", "Он работал в Главном управлении ООО «Листопад».", "Главном управлении ООО «Листопад»", "ORGANIZATION"),
        ("ru", "Он сидел в Главном управлении ФСИН ИК-8.", "Главном управлении ФСИН ИК-8", "ORGANIZATION"),
        ("ru", "Он работал в Главном управлении Листопада.", "Главном управлении", "ORGANIZATION"),
        # a state university is a town's too, where an obituary says the man studied
        (
            "ru",
            "Окончил Курский государственный медицинский университет.",
            "Курский государственный медицинский университет",
            "ORGANIZATION",
        ),
        ("en", "She studied at Petrozavodsk State University.", "Petrozavodsk State University", "ORGANIZATION"),
        # a town's administration is no region's
        ("uk", "Про це повідомив начальник Лубенської ОВА у телеграмі.", "Лубенської ОВА", "ORGANIZATION"),
        # a town's college, and a sentence's first word before "State University"
        (
            "ru",
            "Окончил Сызранский техникум речного транспорта.",
            "Сызранский техникум речного транспорта",
            "ORGANIZATION",
        ),
        ("en", "In State University he met his wife.", "State University", "ORGANIZATION"),
        # a home town without a body after it
        ("en", "He was born in Kharkiv and moved to the village of Verbivka-Druha.", "Kharkiv", "LOCATION"),
    ],
)
def test_private_forms_of_the_same_shape_are_withheld(
    register: PublicRegister, language: str, text: str, span: str, entity: str
) -> None:
    assert not _kept(register, text, span, entity, language)


def test_default_policy_keeps_the_mayor_and_the_office_and_withholds_the_soldier(redactor: Redactor) -> None:
    text = (
        "Співчуття родині Ігоря Мамчура висловив міський голова Тарас Ничипорук. "
        "Розслідування здійснюють слідчі ГУ СБУ у Сумській області."
    )
    found = analyze_text(text, "uk", redactor.engines, redactor.policy)

    def touched(word: str) -> bool:
        i = text.index(word)
        return any(f.start < i + len(word) and i < f.end for f in found)

    assert touched("Ігоря Мамчура")
    assert not touched("Тарас Ничипорук")
    assert not touched("ГУ СБУ")
