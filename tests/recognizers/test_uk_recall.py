"""Ukrainian identifying recall under strict (issue 15): the forms memory books, hromada obituaries, award lists,
brigade pages and SBU intercept write-ups use for a person, a unit, a workplace, a grave and a call sign.

Every private name, nickname, unit number and village here is invented; each positive is in another shape than the
sentence the rule was learnt from (case, order, capitals, position), and each trap is what a looser rule would take.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import assert_not_found, surfaces


def _covered(rec: object, text: str, entity: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    return any(
        r.start <= start and r.end >= end and r.score >= 0.35
        for r in rec.analyze(text, [entity])  # type: ignore[attr-defined]
    )


# --- people -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a given name the Ukrainian dictionary files only as a common noun, opening a list line after a heading
        ("Нагороджені посмертно жителі громади:\nБогдан Петрович Кузьмич, солдат.", "Богдан Петрович Кузьмич"),
        ("Почесні громадяни:\nЛюбов Степанівна Гнатюк — вчителька.", "Любов Степанівна Гнатюк"),
        # the same given name without a patronymic, either order
        ("Сьогодні попрощалися з воїном. Загинув Богдан Кузьмич, кулеметник.", "Богдан Кузьмич"),
        ("Кузьмич Богдан, 1994 р.н., солдат.", "Кузьмич Богдан"),
        # a full name in capitals heading a notice, either order, with a patronymic
        ("ПРОЩАЄМОСЯ З ГЕРОЄМ. ТАРАС ВЕРБИЦЬКИЙ загинув під Кліщіївкою.", "ТАРАС ВЕРБИЦЬКИЙ"),
        ("Сьогодні громада зустріла на щиті ВЕРБИЦЬКОГО ТАРАСА.", "ВЕРБИЦЬКОГО ТАРАСА"),
        ("КНИГА ПАМ'ЯТІ\nВЕРБИЦЬКИЙ ТАРАС ОЛЕГОВИЧ (1990–2023)", "ВЕРБИЦЬКИЙ ТАРАС ОЛЕГОВИЧ"),
    ],
)
def test_uk_person_forms(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert _covered(uk_person, text, "PERSON", surface), surfaces(uk_person, text, "PERSON", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("СЛАВА УКРАЇНІ! ГЕРОЯМ СЛАВА!", "СЛАВА УКРАЇНІ"),
        ("ВІЧНА ПАМ'ЯТЬ ЗАХИСНИКАМ ХЕРСОНЩИНИ", "ВІЧНА ПАМ'ЯТЬ"),
        ("Сержант Петрович прийшов пізно.", "Сержант"),
    ],
)
def test_uk_person_traps(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk_person.analyze(text, ["PERSON"]), surface)


# --- units --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a company named by its function, then the brigade
        ("Оператор роти ударних безпілотних систем 61 ОМПБр загинув.", "роти ударних безпілотних систем 61 ОМПБр"),
        (
            "Служив у батареї реактивних систем залпового вогню 44 ОАБр.",
            "батареї реактивних систем залпового вогню 44 ОАБр",
        ),
        # a squad named by its weapon, before the company it belongs to
        ("Командир: мінометне відділення 2-ї штурмової роти.", "мінометне відділення 2-ї штурмової роти"),
        # a vehicle of the sub-unit opens the chain
        ("механік-водій БТР 1-го взводу 3-ї роти 2-го батальйону", "БТР 1-го взводу 3-ї роти 2-го батальйону"),
        # a border post and a unit abbreviation with their names
        ("Служив на прикордонній заставі «Кедрівка» до 2022 року.", "прикордонній заставі «Кедрівка»"),
        ("Солдат ОШБ «Вереск» загинув під Бахмутом.", "ОШБ «Вереск»"),
        # a border guard detachment named by its town
        (
            "Прикордонники Кедрівського прикордонного загону прощалися з побратимом.",
            "Кедрівського прикордонного загону",
        ),
        # territorial defence with the town that raised it
        ("Водій 212 батальйону ТрО міста Кедрове повернувся.", "212 батальйону ТрО міста Кедрове"),
        # four-digit number with adjectives, no suffix
        ("Заступник командира 1432 окремого мотострілецького полку.", "1432 окремого мотострілецького полку"),
        # the service written before a unit number
        ("Список: Кедренко Іван, ДПСУ, в/ч 2144.", "ДПСУ, в/ч 2144"),
        # a unit nickname as the subject of a unit's obituary formula
        ("Вовча Зграя втратила ще одного побратима.", "Вовча Зграя"),
    ],
)
def test_uk_unit_forms(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert _covered(uk_unit, text, "MILITARY_UNIT", surface), surfaces(uk_unit, text, "MILITARY_UNIT", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("У 2023 окремих випадках батальйон не відповів.", "2023"),
        ("Стара Синява втратила ще одного захисника.", "Стара Синява"),
        ("Суд відпустив його під заставу «Приватбанку».", "заставу"),
        ("Ціна — 4512 гривень за мішок.", "4512"),
    ],
)
def test_uk_unit_traps(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk_unit.analyze(text, ["MILITARY_UNIT"]), surface)


# --- institutions -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Освіта: Великокедрівський професійний будівельний ліцей", "Великокедрівський професійний будівельний ліцей"),
        ("Працював слюсарем у Кедрівському райводоканалі до мобілізації.", "Кедрівському райводоканалі"),
        ("Він роками лагодив труби в Кедрівському міськводоканалі.", "Кедрівському міськводоканалі"),
        ("До війни був пилорамником на пилорамі ФГ «Кедровий бір».", "пилорамі ФГ «Кедровий бір»"),
        ("Поховали на цвинтарі на вул. Кедровій у селі.", "цвинтарі на вул. Кедровій"),
    ],
)
def test_uk_institution_forms(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert _covered(uk_org, text, "ORGANIZATION", surface), surfaces(uk_org, text, "ORGANIZATION", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Освіта: Міський ліцей, потім армія.", "Міський ліцей"),
        ("Він працював у водоканалі все життя.", "водоканалі"),
        ("Поховали на міському кладовищі.", "міському кладовищі"),
    ],
)
def test_uk_institution_traps(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk_org.analyze(text, ["ORGANIZATION"]), surface)


# --- call signs ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("— «Грак», «Сова» на зв'язку, як чуєте?", ["Грак", "Сова"]),
        ("— Борсук, прийом.\n— Прийняв, Борсук.", ["Борсук"]),
        ("Відповідь: «Ворон» і «Граб», а старший — не пам'ятаю.", ["Ворон", "Граб"]),
    ],
)
def test_uk_radio_call_signs(uk_sign: RuCallSignRecognizer, text: str, names: list[str]) -> None:
    found = surfaces(uk_sign, text, "CALL_SIGN", min_score=0.35)
    for s in names:
        assert s in found, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Підприємства: «Азовсталь», «Іллічівець» і «Маяк».", "Азовсталь"),
        ("— Добре, прийом.", "Добре"),
        ("Вже і Херсон, і Миколаїв на зв'язку з Києвом.", "Миколаїв"),
    ],
)
def test_uk_radio_traps(uk_sign: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk_sign.analyze(text, ["CALL_SIGN"]), surface)
