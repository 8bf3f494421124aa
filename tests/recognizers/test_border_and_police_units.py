"""Border-guard, police and security units named by their number, their town or a quoted name.

- English: Rosgvardia OMON/SOBR and special-purpose units by a quoted name or their region, border detachments and
  outposts by their town;
- Russian and Ukrainian: border posts and commands, a numbered commandant's unit or outpost and its detachment,
  riot police units with a name, border outposts said in speech;
- traps: the security-force words alone, bail and a commandant's office without a number, an outpost that is no
  unit's.

Every private number and place is invented.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from tests.assertions import assert_found, assert_not_found, each_covered, surfaces

_UNIT = MilitaryUnitRecognizer("en")


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


def _ok(results: list) -> list:
    return [r for r in results if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('Lieutenant Savin of the SOBR "Yastreb" was buried on Friday.', 'SOBR "Yastreb"'),
        ("Sergeant Elkin, Rosgvardiya OMON 'Zubr', died near Kreminna.", "Rosgvardiya OMON 'Zubr'"),
        ('He later joined the FSB special purpose center "Vympel-7" as a driver.', 'special purpose center "Vympel-7"'),
        ("Nine men of the Tomsk OMON were wounded in the strike.", "Tomsk OMON"),
        ("Before the war he served in OMON of the Penza region for six years.", "OMON of the Penza region"),
        ("He transferred to the Lutsk border detachment in 2020.", "Lutsk border detachment"),
        ("Conscript Ilyin served at border outpost Sosnovy Dol when it was shelled.", "border outpost Sosnovy Dol"),
        ("Their son was posted to the Zarechye border outpost after training.", "Zarechye border outpost"),
        # the region's directorate of the service (session 8)
        (
            "Sergeant Kurochkin of the SOBR 'Rys' of the Rosgvardia directorate for Kedrovsk Oblast was charged.",
            "SOBR 'Rys' of the Rosgvardia directorate for Kedrovsk Oblast",
        ),
        (
            "Until 2020 she served in the OMON of the Russian Guard Department in the Republic of Kedria.",
            "OMON of the Russian Guard Department in the Republic of Kedria",
        ),
        (
            'He joined the special purpose police unit "Bars" of the MVD directorate for Sosnovsk region in 2015.',
            'special purpose police unit "Bars" of the MVD directorate for Sosnovsk region',
        ),
    ],
)
def test_security_units_found(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russian OMON officers detained the protesters outside the court.", "OMON"),  # the force, no unit named
        ("The OMON is the riot police of the National Guard.", "OMON"),
        ("The border post was shelled twice that night.", "border post"),  # no name after the post
        ("A special purpose unit was sent to the village.", "special purpose unit"),  # no name, no region
        # the directorate alone, without a unit of it, is the service's office
        ("Officers of the Rosgvardia directorate for Kedrovsk Oblast detained them.", "Rosgvardia directorate"),
    ],
)
def test_security_force_words_alone_not_units(text: str, word: str) -> None:
    assert not _covered(_UNIT, "MILITARY_UNIT", text, word), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Служил на 4-й заставе пограничного отряда.", "4-й заставе"),
        ("Прапорщик 2-й пограничной комендатуры погиб при обстреле.", "2-й пограничной комендатуры"),
        ("Сотрудник СОБР «Кедр» получил ранение.", "СОБР «Кедр»"),
        ("Он был инспектором отдела пограничной службы «Ольховка».", "отдела пограничной службы «Ольховка»"),
    ],
)
def test_border_and_police_units(text: str, unit: str) -> None:
    assert unit in surfaces(MilitaryUnitRecognizer(supported_language="ru"), text, "MILITARY_UNIT")


def test_a_bail_or_a_commandant_office_without_number_is_no_unit() -> None:
    text = "Суд отказал в заставе. В комендатуре ему ничего не сказали."
    assert surfaces(MilitaryUnitRecognizer(supported_language="ru"), text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "І Петрику з дев'ятої застави передай, хай подзвонить.", "дев'ятої застави"),
        ("ru", "Служил на 3-й заставе под Сумами, потом перевели.", "3-й заставе"),
    ],
)
def test_border_outposts(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


def test_not_border_outpost() -> None:
    text = "Он заставил нас ждать. Под заставу не брали, только под залог."
    rec = MilitaryUnitRecognizer(supported_language="ru")
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), "заставу")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "found"),
    [
        ("en", "(B): Same here. Our OMON 'Kuban' does it too.", "OMON 'Kuban'", True),
        ("ru", 'У нас ОМОН «Ратник» так же делает, и СОБР "Гром" тоже.', "ОМОН «Ратник»", True),
        ("en", "OMON officers detained them. The OMON's 'rules' are strict.", "OMON", False),
    ],
)
def test_named_riot_police_units(lang: str, text: str, surface: str, found: bool) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    results = _ok(rec.analyze(text, ["MILITARY_UNIT"]))
    if found:
        assert_found(text, results, surface, "MILITARY_UNIT")
    else:
        assert_not_found(text, results, surface)


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
    assert all(each_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Суд обрав запобіжний захід у вигляді застави в розмірі 300 тисяч гривень.", "застави"),
        ("Військова комендатура міста оприлюднила правила комендантської години.", "комендатура"),
    ],
)
def test_border_guard_traps(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert not any(each_covered(uk_unit, text, "MILITARY_UNIT", surface))


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
    assert all(each_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a riot-police or rapid-response unit by its name, or by its directorate and region alone
        (
            "ru",
            "Прапорщик полиции служит в ОМОН «Ястреб» Управления Росгвардии по Кедровской области седьмой год.",
            "ОМОН «Ястреб»",
        ),
        (
            "ru",
            "Бойцы СОБР «Гарпун» Главного управления Росгвардии по Сосновскому краю вернулись из командировки.",
            "СОБР «Гарпун»",
        ),
        (
            "ru",
            "Сотрудник ОМОНа Управления Росгвардии по г. Кедровску погиб.",
            "ОМОНа Управления Росгвардии по г. Кедровску",
        ),
        ("ru", "Сотрудник СОБР Росгвардии по Республике Кедрия ранен.", "СОБР Росгвардии по Республике Кедрия"),
        (
            "uk",
            "Слідство встановило, що СОБР «Вихор» Управління Росгвардії по Сосновській області стояв у селі.",
            "СОБР «Вихор»",
        ),
        # a police special-purpose regiment or battalion by its name, and a company of it
        (
            "ru",
            "Служил во 2-й роте полка полиции специального назначения «Кедр-Южный».",
            "полка полиции специального назначения «Кедр-Южный»",
        ),
        (
            "uk",
            "Він пішов до батальйону поліції особливого призначення «Сокіл-2».",
            "батальйону поліції особливого призначення «Сокіл-2»",
        ),
        (
            "en",
            "He was a driver in the 3rd company of the Kedr-South special police regiment.",
            "3rd company of the Kedr-South special police regiment",
        ),
    ],
)
def test_police_units_with_their_directorate(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert _covered(rec, "MILITARY_UNIT", text, surface), surfaces(rec, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # the directorate alone is the service's office, the source of a release
        ("ru", "Об этом сообщили в Управлении Росгвардии по Кедровской области.", "Управлении Росгвардии"),
        ("ru", "Пресс-служба Главного управления Росгвардии по Сосновскому краю сообщила о задержании.", "Главного"),
        ("uk", "Про це повідомили в Управлінні Росгвардії по Сосновській області.", "Управлінні"),
        # after the unit's own name, the directorate is the public body it answers to
        ("ru", "Боец ОМОН «Ястреб» Управления Росгвардии по Кедровской области погиб.", "Управления"),
        ("en", "The Kedrovsk police regiment said nothing.", "police regiment"),  # a place, no name of the unit
    ],
)
def test_a_directorate_alone_is_no_unit(lang: str, text: str, word: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert not _covered(rec, "MILITARY_UNIT", text, word), surfaces(rec, text, "MILITARY_UNIT")


_RU_UNIT = MilitaryUnitRecognizer("ru")
_UK_UNIT = MilitaryUnitRecognizer("uk")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a region's or town's riot police by the place's adjective, in any case and capitalisation
        ("ru", "Погибли трое бойцов тульского ОМОНа, сообщили в управлении.", "тульского ОМОНа"),
        ("ru", "Он восемь лет прослужил в Ижевском СОБРе.", "Ижевском СОБРе"),
        ("ru", "Сводный отряд, Нижневартовский ОМОН, вернулся из командировки.", "Нижневартовский ОМОН"),
        ("ru", "Бойцу берёзовского ОМОН было двадцать шесть лет.", "берёзовского ОМОН"),
        ("ru", "Орловский ОМОН «Витязь-Орёл» вернулся домой.", "Орловский ОМОН «Витязь-Орёл»"),
        ("uk", "Загинув співробітник Бєлгородського ОМОНу, повідомив канал.", "Бєлгородського ОМОНу"),
    ],
)
def test_riot_police_by_their_places_adjective(lang: str, text: str, surface: str) -> None:
    rec = _RU_UNIT if lang == "ru" else _UK_UNIT
    assert all(each_covered(rec, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    "text",
    [
        # a nation's adjective and the words of a force's kind name no one unit
        "Российского ОМОНа там не было.",
        "Местного ОМОНа тоже не было, только сводного СОБРа.",
    ],
)
def test_a_nations_or_a_local_riot_police_is_no_unit(text: str) -> None:
    assert surfaces(_RU_UNIT, text, "MILITARY_UNIT", 0.35) == []
