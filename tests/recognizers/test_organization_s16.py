"""Local institutions in Russian and Ukrainian records and reporting (fourteenth release): the workplace a firm's legal
form stands in apposition to, a numbered shop of a plant, a colony's town after a comma, a village clinic's kind in
capitals, an oil field or gold mine, a city district's police, a lower-case village adjective whose village the text
names, and a small town's own public by its quoted name.

Every private name, firm and village here is invented; real towns appear only as towns. Each positive names the exact
span; each trap is a sentence a looser rule would withhold.
"""

from __future__ import annotations

import pytest

from redact.recognizers.group_chat import GroupChatRecognizer
from redact.recognizers.organization import OrganizationRecognizer


def _spans(rec: OrganizationRecognizer | GroupChatRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]


@pytest.fixture(scope="module")
def org() -> dict[str, OrganizationRecognizer]:
    return {"ru": OrganizationRecognizer("ru"), "uk": OrganizationRecognizer("uk")}


@pytest.fixture(scope="module")
def chat() -> dict[str, GroupChatRecognizer]:
    return {"ru": GroupChatRecognizer("ru"), "uk": GroupChatRecognizer("uk")}


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a workplace noun before a sole trader or a firm's legal form and name: one designation
        ("ru", "До мобилизации трудился на пилораме ИП Кедрина.", "пилораме ИП Кедрина"),
        ("ru", "Работала кассиром в офисе ООО «Кедр-Финанс» на площади.", "офисе ООО «Кедр-Финанс»"),
        ("uk", "Працював водієм в офісі ТОВ «Кедрагро».", "офісі ТОВ «Кедрагро»"),
        ("uk", "Був механіком на фермі ФОП Кедренко.", "фермі ФОП Кедренко"),
        # a numbered team or shop of a farm or plant
        ("ru", "Возглавлял бригаду № 7 СХП «Кедровое».", "бригаду № 7 СХП «Кедровое»"),
        ("ru", "Трудился токарем в цехе № 12 ГОК.", "цехе № 12 ГОК"),
        ("uk", "Працював у цеху № 31 КМЗ слюсарем.", "цеху № 31 КМЗ"),
        # a colony's town after a comma, as the penal service writes its address
        ("ru", "Отбывал срок в ФКУ ИК-9 УФСИН России по Кедровской области, г. Сосновск, откуда", None),
        ("ru", "Содержался в ИК-3, пос. Кедровый, до осени.", "ИК-3, пос. Кедровый"),
        # a village clinic's kind in capitals after its noun
        ("uk", "Працювала медсестрою Сосницької амбулаторії ЗПСМ до війни.", "Сосницької амбулаторії ЗПСМ"),
        # an oil field or gold mine by its place adjective or quoted name
        ("ru", "Работал вахтой на Кедровском нефтяном месторождении.", "Кедровском нефтяном месторождении"),
        ("uk", "Працював оператором на Кедрівському газовому родовищі.", "Кедрівському газовому родовищі"),
        ("ru", "Мыл золото на прииске «Кедровый ключ».", "прииске «Кедровый ключ»"),
        # a city district's police by the district's own name
        ("ru", "Его доставили в ОМВД по району Сосновка-Южное.", "ОМВД по району Сосновка-Южное"),
    ],
)
def test_workplaces_and_branches(
    org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str | None
) -> None:
    if span is None:
        span = "ФКУ ИК-9 УФСИН России по Кедровской области, г. Сосновск"
    assert span in _spans(org[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # the village is named with a capital elsewhere in the notice; its adjective is written in lower case
        (
            "uk",
            "Народився в с. Кедрівка. Похований на кедрівському сільському кладовищі.",
            "кедрівському сільському кладовищі",
        ),
        (
            "uk",
            "Мешканка Сосонки працювала у сосонській тимчасовій адміністрації.",
            "сосонській тимчасовій адміністрації",
        ),
        ("ru", "Уроженец Кедровки, отпевали в кедровском храме.", "кедровском храме"),
    ],
)
def test_a_lower_case_village_adjective_named_in_the_text(
    org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str
) -> None:
    assert span in _spans(org[lang], text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the lower-case adjective alone: no village of it in the text
        ("uk", "Похований на кедрівському сільському кладовищі."),
        ("uk", "Працювала у сосонській тимчасовій адміністрації."),
        # a common adjective, a surname of the stem is no village
        ("ru", "Сын Кедрова похоронен на городском кладбище."),
        ("uk", "Похований на сільському кладовищі в рідному селі."),
        # a field with no name is no workplace; an office alone is no firm
        ("ru", "Нефтяное месторождение обстреляли ночью."),
        ("ru", "Его задержали в офисе. ООО «Кедр» отказалось от комментариев."),
        # a brigade without "№" before a firm is not its team ("бригада" of an army takes an ordinal)
        ("ru", "Служил в 4-й бригаде, потом вернулся."),
    ],
)
def test_not_an_institution(org: dict[str, OrganizationRecognizer], lang: str, text: str) -> None:
    found = _spans(org[lang], text)
    assert not any(
        w in " ".join(found) for w in ("кладовищі", "адміністрації", "кладбище", "месторождение", "офисе", "бригаде")
    ), found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a small town's own public: residents post there about their men; the whole name is withheld
        ("ru", "Об этом написала его сестра в паблике «Подслушано Кинешма».", "Подслушано Кинешма"),
        ("ru", "Пост появился в группе «Кинешма — наш город» во «ВКонтакте».", "Кинешма — наш город"),
        ("uk", "Після публікації в місцевому чаті «Кременчук 24/7» дружини почали питати.", "Кременчук 24/7"),
    ],
)
def test_a_small_towns_public(chat: dict[str, GroupChatRecognizer], lang: str, text: str, name: str) -> None:
    assert _spans(chat[lang], text) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a big city's group names no one's home; a town's news outlet is media; a region is public
        ("ru", "в группе «Томск — поддержка семей СВО» ответили"),
        ("ru", "Об этом сообщил паблик «Кинешма Онлайн»."),
        ("uk", "Про вибухи написав телеграм-канал «Кременчук — де приліт?» уночі."),
        ("uk", "Про це написали в каналі «Луганщина 24»."),
        ("ru", "О телеграм-канале «Путь домой» стало известно после акции."),
    ],
)
def test_not_a_small_towns_public(chat: dict[str, GroupChatRecognizer], lang: str, text: str) -> None:
    assert _spans(chat[lang], text) == []


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # the people a firm or council acts on are no field of its name, nor their adjective
        ("ru", "Удерживали в подвале агрофирмы «Кедр Агро» местного жителя.", "агрофирмы «Кедр Агро»"),
        ("uk", "Секретар Кедрівської селищної ради цивільних осіб не чіпав.", "Кедрівської селищної ради"),
        # a Russian word quoted in a Ukrainian text is read in Russian: an instrumental trade, no genitive field
        ("uk", "«Работал на Кедровской ТЭЦ слесарем», — каже мати.", "Кедровской ТЭЦ"),
        # a participle before the place's adjective is the man's; after it, the institution's
        ("uk", "Він був призваним Кедрівським РТЦК та СП.", "Кедрівським РТЦК та СП"),
        ("uk", "Навчався в Кедрівському спеціалізованому ЗЗСО № 3.", "Кедрівському спеціалізованому ЗЗСО № 3"),
        # a big city after a named centre is news, not its name
        ("ru", "Тело отправили в 522-й центр приема погибших в Ростове.", "522-й центр приема погибших"),
        # quoted speech after the office is no quoted name
        ("ru", "Мать говорит, в военкомате Кедровска «ничего не говорят».", "военкомате Кедровска"),
    ],
)
def test_the_span_stops_where_the_name_does(
    org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str
) -> None:
    assert _spans(org[lang], text) == [span]


def test_a_self_propelled_gun_is_no_university(org: dict[str, OrganizationRecognizer]) -> None:
    assert _spans(org["uk"], "Розрахунок САУ «Гвоздика» відкрив вогонь по позиціях.") == []
    assert _spans(org["uk"], "Навчався в Кедрівському НАУ.") == ["Кедрівському НАУ"]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a grid company's district, the РЕМ / РЭС written out
        ("uk", "Бригада Кедрівського високовольтного району електричних мереж поверталася.", None),
        ("ru", "Работал мастером в Кедровском районе электрических сетей.", "Кедровском районе электрических сетей"),
    ],
)
def test_a_grid_district(org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str | None) -> None:
    span = span or "Кедрівського високовольтного району електричних мереж"
    assert _spans(org[lang], text) == [span]


def test_a_district_alone_is_no_grid(org: dict[str, OrganizationRecognizer]) -> None:
    assert _spans(org["uk"], "У Кедрівському районі було тихо, у районі електромереж теж.") == []


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a farm by its head's surname, like a sole trader's
        ("ru", "До СВО работал в КФХ Кедрова А. В. трактористом.", "КФХ Кедрова А. В."),
        ("ru", "Работал у ИП глава КФХ Сосновцев водителем.", "ИП глава КФХ Сосновцев"),
        ("uk", "Працював у ФГ Кедренка механізатором.", "ФГ Кедренка"),
    ],
)
def test_a_farm_by_its_heads_surname(org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str) -> None:
    assert span in _spans(org[lang], text)


def test_a_farm_form_before_common_words_is_none(org: dict[str, OrganizationRecognizer]) -> None:
    assert _spans(org["ru"], "Программа КФХ Россия развивает давно.") == []


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a forensic bureau's district office, a town's fire station and communal works
        ("ru", "Тело находится в Кедровском районном отделении СМЭ.", "Кедровском районном отделении СМЭ"),
        ("ru", "Работал в пожарной части № 12 г. Кедровска.", "пожарной части № 12 г. Кедровска"),
        (
            "uk",
            "Працював у 12-й державній пожежно-рятувальній частині м. Кедрів.",
            "12-й державній пожежно-рятувальній частині м. Кедрів",
        ),
        ("uk", "Працював у Кедрівському ККП.", "Кедрівському ККП"),
    ],
)
def test_town_services(org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str) -> None:
    assert _spans(org[lang], text) == [span]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Приехали пожарные части из соседних районов."),
        ("uk", "Звернулася до ЦНАПу по довідку."),
        # a service centre the notice sends the public to is a public address
        ("uk", "Рідним полонених: зверніться до Кедрівського ЦНАП."),
        ("ru", "Служил в воинской части, потом уволился."),
    ],
)
def test_not_a_town_service(org: dict[str, OrganizationRecognizer], lang: str, text: str) -> None:
    assert _spans(org[lang], text) == []
