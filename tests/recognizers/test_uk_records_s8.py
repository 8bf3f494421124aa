"""Ukrainian records and reporting (session 8): the jaeger brigades' abbreviation (ОЄБр; ОЕБр in Russian) in a
sub-unit chain and a hashtag, and names of things headed by a capitalised adjective ("Женевську конвенцію",
"Української Гельсінської спілки", "Римський статут"), which are no person's name.

Every private name, number and village is invented; each positive is in another shape than the passage the rule
was learnt from, and each trap is what a looser rule would take.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.policy import load_policy
from redact.recognizers.military_unit import MilitaryUnitRecognizer


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Командир 3 взводу 2 роти 68 ОЄБр старший лейтенант загинув під Покровськом.", "3 взводу 2 роти 68 ОЄБр"),
        ("Воїни 68 ОЄБр мужньо зустріли ворога на підступах до Вугледара.", "68 ОЄБр"),
        ("Просимо поширити! #зниклийбезвісти #57ОЄБр #Донеччина", "57ОЄБр"),
        ("По словам пехотинцев из 68 ОЕБр, черепаха прибилась к отряду на учениях.", "68 ОЕБр"),
    ],
)
def test_jaeger_brigade_abbreviation(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    start = text.index(surface)
    found = [r for r in uk_unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]
    assert any(r.start <= start and start + len(surface) <= r.end for r in found), surface


def test_jaeger_abbreviation_is_case_sensitive(uk_unit: MilitaryUnitRecognizer) -> None:
    text = "Ось 5 оєб, сказав він, і пішов до магазину."
    assert not [r for r in uk_unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]


# --- names of things headed by a capitalised adjective ---------------------------------------------------------


def _types(text: str, word: str, redactor: Redactor) -> list[str]:
    """Types of the findings that overlap ``word`` in ``text``."""
    i = text.index(word)
    found = analyze_text(text, "uk", redactor.engines, redactor.policy)
    return [f.entity_type for f in found if f.start < i + len(word) and i < f.end]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a treaty, a statute, a register: kept as written under every policy
        ("Окупанти грубо порушують Гаазьку конвенцію та звичаї війни.", "Гаазьку"),
        ("Гарантії визначені Женевською Конвенцією про захист цивільного населення.", "Женевською"),
        ("Україна ратифікувала Римський статут минулого року.", "Римський"),
        ("Текст вироку внесено до Єдиного державного реєстру судових рішень.", "Єдиного"),
    ],
)
def test_a_treaty_or_register_is_no_name(text: str, word: str, redactor: Redactor, strict_redactor: Redactor) -> None:
    assert _types(text, word, redactor) == []
    assert _types(text, word, strict_redactor) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # public bodies the register lists, whatever case
        ("Правники Української Гельсінської спілки з прав людини подали скаргу.", "Гельсінської"),
        ("Представники Міжнародного Червоного Хреста відвідали табір.", "Червоного"),
        ("Бригади Хмельницькобленерго відновили живлення, повідомили в Укренерго.", "Хмельницькобленерго"),
        ("Вона переїхала до сестри на Галичину, а батьки лишилися на Поділлі.", "Поділлі"),
    ],
)
def test_public_bodies_and_historical_regions_are_kept(text: str, word: str, redactor: Redactor) -> None:
    assert _types(text, word, redactor) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a private institution named by its village's adjective: withheld, but never as a person
        ("Довгі роки працював лісником у Вербівському лісництві.", "Вербівському"),
        ("Син закінчив Гнилицьку гімназію з відзнакою.", "Гнилицьку"),
    ],
)
def test_a_village_institution_is_withheld_as_no_person(text: str, word: str, strict_redactor: Redactor) -> None:
    types = _types(text, word, strict_redactor)
    assert types and not {"PERSON", "CALL_SIGN"} & set(types), types


def test_a_surname_before_an_animate_noun_stays_a_person(strict_redactor: Redactor) -> None:
    text = "Похорон організували побратими, а Ковальського командира роти нагородили посмертно."
    assert "PERSON" in _types(text, "Ковальського", strict_redactor)


# --- a capitalised part of a camel-cased brand is no place -----------------------------------------------------


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


# --- a town's hashtag, its hyphen, space or apostrophe dropped -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Шукаємо тата! #зниклийбезвісти #ВолодимирВолинський", "ВолодимирВолинський"),
        ("Вічна пам'ять Герою 🕯 #НаЩиті #КамянецьПодільський", "КамянецьПодільський"),
        ("Прощання завтра о 10:00. #БілаЦерква #Герої", "Біла"),
    ],
)
def test_a_town_hashtag_is_a_place_not_a_person(text: str, word: str, strict_redactor: Redactor) -> None:
    types = _types(text, word, strict_redactor)
    assert types and not {"PERSON", "CALL_SIGN"} & set(types), types


def test_a_name_hashtag_stays_a_person(strict_redactor: Redactor) -> None:
    text = "Пам'ятаємо кожного. #ОлегБондарчук #НаЩиті"
    assert "PERSON" in _types(text, "ОлегБондарчук", strict_redactor)


# --- one initial is no register name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Прокурори повідомили про підозру командиру частини — полковнику Г. та трьом його підлеглим.", "Г."),
        ("Свідок Х. підтвердив, що бачив обвинуваченого біля складу.", "Х."),
    ],
)
def test_a_lone_initial_is_withheld(text: str, initial: str, redactor: Redactor) -> None:
    assert "PERSON" in _types(text, initial, redactor)


def test_the_outlet_with_a_letter_in_its_name_is_still_public() -> None:
    from redact.public import public_register

    spec = load_policy("withhold-identities").policy.public
    assert spec is not None
    register = public_register(spec)
    hit = register.match("7х7", "uk")
    assert hit is not None and hit.kind == "media"
    assert register.match("Г.", "uk") is None and register.match("К. В. М.", "uk") is None


# --- the rifleman before a named sub-unit is his post, not part of the unit --------------------------------------


@pytest.mark.parametrize(
    ("text", "unit_words", "post"),
    [
        ("Старший стрілець штурмової роти «Грім» загинув під Торецьком.", "штурмової роти «Грім»", "стрілець"),
        ("Служив стрільцем роти «Вовки», потім кулеметником.", "роти «Вовки»", "стрільцем"),
        ("Стрілець мотострілецької роти «Беркут» потрапив у полон.", "мотострілецької роти «Беркут»", "Стрілець"),
    ],
)
def test_rifleman_is_no_unit_word(uk_unit: MilitaryUnitRecognizer, text: str, unit_words: str, post: str) -> None:
    found = [r for r in uk_unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]
    i, p = text.index(unit_words), text.index(post)
    assert any(r.start <= i and i + len(unit_words) <= r.end for r in found), unit_words
    assert not any(r.start <= p < r.end for r in found), [text[r.start : r.end] for r in found]


# --- "н.п." between a word of nearness and a front-line village ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Загинув від артилерійського обстрілу поблизу н.п. Білогорівка Луганської області.",
        "Отримав смертельне поранення під н. п. Білогорівка під час штурму.",
        "Погиб в ходе боя под н.п. Білогорівка.",
    ],
)
def test_front_village_after_the_settlement_abbreviation_is_kept(text: str, redactor: Redactor) -> None:
    assert _types(text, "Білогорівка", redactor) == []


def test_home_village_after_the_settlement_abbreviation_is_withheld(redactor: Redactor) -> None:
    text = "Народився у н.п. Білогорівка Луганської області, там і закінчив школу."
    assert _types(text, "Білогорівка", redactor) == ["LOCATION"]


# --- a home named after a settlement abbreviation ----------------------------------------------------------------


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
    assert "LOCATION" in _types(text, place, redactor)


def test_a_city_of_the_fighting_after_the_abbreviation_stays(redactor: Redactor) -> None:
    text = "Воював під м. Бахмут, а родина чекала вдома."
    assert _types(text, "Бахмут", redactor) == []
