"""Ukrainian records under strict (issue 15, session 7): what verdicts and prosecutors' releases leave of a name
(a cut surname with initials, one initial after a role or an age, and their later mentions), border-guard units
(a numbered commandant's unit or outpost and its detachment) and a town's graveyard in lower case.

Every private name, number and village is invented; each positive is in another shape than the passage the rule
was learnt from, and each trap is what a looser rule would take.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer


def _all_covered(rec: object, text: str, entity: str, surface: str) -> list[bool]:
    """For every occurrence of ``surface``, whether one finding covers it."""
    found = [r for r in rec.analyze(text, [entity]) if r.score >= 0.35]  # type: ignore[attr-defined]
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(any(r.start <= i and i + len(surface) <= r.end for r in found))
        i = text.find(surface, i + 1)
    return out


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Апеляцію подав захисник обвинуваченого Г-ка В. П., який не погодився з вироком.", "Г-ка В. П."),
        ("Свідок Т-ва О.Л. підтвердила свої покази.", "Т-ва О.Л."),
        ("Суд допитав В. Р. М-ка, який служив разом з обвинуваченим.", "В. Р. М-ка"),
        ("Колишнього старосту Н-ко Є. С. визнано винною.", "Н-ко Є. С."),
    ],
)
def test_cut_surname_with_initials(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_person, text, "PERSON", surface))


def test_cut_surname_alone_once_the_text_named_it(uk_person: RuPersonRecognizer) -> None:
    text = (
        "Вироком суду П-ву Галину Степанівну визнано винною. Захисник П-ви просив пом'якшити покарання, "
        "але суд призначив П-ва 8 років."
    )
    for surface in ("П-ви", "П-ва"):
        assert all(_all_covered(uk_person, text, "PERSON", surface)), surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # no cut surname named in the text: an abbreviation with a hyphen stays
        ("Документи видала М-во юстиції, а печатку поставив Т-во «Надія».", "М-во"),
        # a cut surname of another letter does not make this one a name
        ("Обвинувачений С-к Юрій Іванович вину визнав. Р-н цей прикордонний.", "Р-н"),
    ],
)
def test_cut_surname_traps(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert not any(_all_covered(uk_person, text, "PERSON", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Повідомлено про підозру 46-річній Д., яка передавала дані окупантам. Д. перебуває під вартою.", "Д."),
        ("Військовослужбовця Ф. затримали на блокпосту, згодом Ф. дав свідчення.", "Ф."),
        ("Як з'ясували слідчі, громадянин Ш., 1979 р.н., переховувався в селі. Ш. оголошено в розшук.", "Ш."),
        ("Командира взводу, лейтенанта Ю. Є., звинувачують у катуваннях; Ю. Є. не з'явився до суду.", "Ю. Є."),
    ],
)
def test_one_initial_after_a_role_or_an_age(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_person, text, "PERSON", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an initial with a surname is the name pattern's, not a lone initial: the surname is not cut off
        ("Прокурор області О. Мороз доповів, що 37-річний О. Гаврилюк затриманий.", "О."),
        # a lone capital with a dot that no role or age introduced stays (a list item, a variant)
        ("Варіанти відповіді: А. так; Б. ні. Пункт В. виключено.", "Б."),
        # "м." and "с." are places, lower case, never an initial
        ("Мешканця м. Березне затримали, а жителя с. Тучин відпустили.", "м."),
    ],
)
def test_one_initial_traps(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    found = [r for r in uk_person.analyze(text, ["PERSON"]) if r.score >= 0.35]
    i = text.index(surface)
    assert not any(r.start == i and r.end == i + len(surface) for r in found)


def test_lone_initial_survives_the_strict_pipeline(strict_redactor: Redactor) -> None:
    text = "Суд заочно засудив 52-річного К., який командував ротою. Зараз К. переховується в Бєлгороді."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    for i in (text.index("К.,"), text.index("К. пере")):
        assert any(f.start <= i < f.end for f in found), i


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Служив інспектором 4-ї прикордонної застави 12-го прикордонного загону.", "4-ї прикордонної застави"),
        (
            "Молодший сержант другої комендатури швидкого реагування загинув під час обстрілу.",
            "другої комендатури швидкого реагування",
        ),
        ("Начальник дев'ятої застави повідомив про обстріл.", "дев'ятої застави"),
    ],
)
def test_border_guard_units(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Суд обрав запобіжний захід у вигляді застави в розмірі 300 тисяч гривень.", "застави"),
        ("Військова комендатура міста оприлюднила правила комендантської години.", "комендатура"),
    ],
)
def test_border_guard_traps(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert not any(_all_covered(uk_unit, text, "MILITARY_UNIT", surface))


def test_town_graveyard_in_lower_case(uk_org: OrganizationRecognizer) -> None:
    text = "Поховали бійця на тисменицькому кладовищі, поруч із дідом; прощання біля тисменицького кладовища."
    assert all(_all_covered(uk_org, text, "ORGANIZATION", "тисменицькому кладовищі"))
    assert all(_all_covered(uk_org, text, "ORGANIZATION", "тисменицького кладовища"))


@pytest.mark.parametrize(
    "text",
    [
        "Поховали бійця на братському кладовищі, поруч із побратимами.",
        "Поховали бійця на військовому кладовищі, поруч із побратимами.",
        "Поховали бійця на місцевому кладовищі, поруч із побратимами.",
    ],
)
def test_common_graveyard_traps(uk_org: OrganizationRecognizer, text: str) -> None:
    assert not [r for r in uk_org.analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Служив у 44-й окремій механізованій (резервній) бригаді до самого кінця.",
            "44-й окремій механізованій (резервній) бригаді",
        ),
        ("Оператор роти ударних БпЛА «Шершні» загинув під час евакуації.", "роти ударних БпЛА «Шершні»"),
        ("Командир взводу безпілотних систем «Пугач» розповів про бій.", "взводу безпілотних систем «Пугач»"),
        ("Штурмовий взвод при 17-му батальйоні вийшов на позиції.", "Штурмовий взвод при 17-му батальйоні"),
    ],
)
def test_unit_designation_forms(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ми мріяли про роту «велику» і дружну.", "роту"),  # a quoted lower-case word is no nickname
        ("Рота при штабі полку стояла в лісі.", "Рота при штабі"),  # attached to an unnumbered staff
        ("Усього 3 (три) роти вийшли з оточення.", "роти вийшли"),
    ],
)
def test_unit_designation_traps(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert not any(_all_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize("apostrophe", ["’", "ʼ", "'"])
def test_place_with_any_apostrophe(strict_redactor: Redactor, apostrophe: str) -> None:
    # the dictionary spells the apostrophe as ASCII; published text mostly writes the typographic one
    town = f"Кам{apostrophe}янці-Дніпровській"
    text = f"Її брат досі мешкає в окупованій {town}, у батьківському домі."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    i = text.index(town)
    assert any(f.start <= i and i + len(town) <= f.end and f.entity_type == "LOCATION" for f in found)


def test_kin_named_by_one_initial(uk_person: RuPersonRecognizer) -> None:
    text = "Шахрай переконав його матір Г., що син живий. Згодом Г. звернулася до поліції."
    assert all(_all_covered(uk_person, text, "PERSON", "Г."))


def test_a_slash_does_not_cut_a_ukrainian_line() -> None:
    from redact.language import language_runs

    # a post with a contact in Latin letters: the Ukrainian stretch before it is one piece, read as Ukrainian
    text = (
        "Розшукуємо Кравчука Степана, рядового в/ч А1234, зв'язок зник у березні. "
        "Пишіть у Viber або Telegram: stepan.help@example.com, дякуємо всім небайдужим."
    )
    runs = language_runs(text)
    unit = text.index("в/ч")
    first = next(r for r in runs if r[0] <= unit < r[1])
    assert first[2] == "uk" and first[0] == 0 and first[1] > unit + len("в/ч А1234")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Усе життя пропрацював агрономом у ПОСП «Дружба», а восени — у СГВК «Обрій».", "ПОСП «Дружба»"),
        ("Усе життя пропрацював агрономом у ПОСП «Дружба», а восени — у СГВК «Обрій».", "СГВК «Обрій»"),
        ("Після армії влаштувався водієм на ВАТ «Цукрокомбінат».", "ВАТ «Цукрокомбінат»"),
    ],
)
def test_farm_and_company_forms(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_org, text, "ORGANIZATION", surface))


def test_comrade_with_a_quoted_nickname(strict_redactor: Redactor) -> None:
    text = "За словами полоненого, його товариша «Пензлика» командир відправив на штурм без зброї."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    i = text.index("Пензлика")
    assert any(f.start <= i < f.end for f in found)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a village named by a neuter adjective: its dative and locative are the masculine adjective's
        ("Він викладав фізику в Бабанському ліцеї до війни.", "Бабанському ліцеї"),
        ("Випускниця Бабанського опорного ліцею стала медсестрою.", "Бабанського опорного ліцею"),
        # the dash inside a primary-care clinic's name
        (
            "Вона двадцять років працювала в Заріцькій амбулаторії загальної практики – сімейної медицини.",
            "Заріцькій амбулаторії загальної практики – сімейної медицини",
        ),
    ],
)
def test_institution_name_forms(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_org, text, "ORGANIZATION", surface))


def test_town_and_plural_hospitals_are_not_one_institution(uk_org: OrganizationRecognizer) -> None:
    text = "В Донецьку госпіталі переповнені, а жителі Бабанського виїхали."
    assert not [r for r in uk_org.analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Підполковник очолював загін мобільний особливого призначення «Сокіл» з Уфи.",
            "загін мобільний особливого призначення «Сокіл»",
        ),
        ("За даними слідства, бійці СОБР «Гроза» утримували цивільних у підвалі.", "СОБР «Гроза»"),
    ],
)
def test_riot_police_units(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert all(_all_covered(uk_unit, text, "MILITARY_UNIT", surface))
