"""OrganizationRecognizer forms met on blind reporting (issue 15): offices serving several towns, an office named by
the town it stands in, and their traps. Invented towns and sentences, in other shapes than the corpora's."""

from __future__ import annotations

import pytest

from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import assert_not_found


def _spans(rec, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.fixture(scope="module")
def recs() -> dict[str, object]:
    return {
        "ru": OrganizationRecognizer("ru"),
        "uk": OrganizationRecognizer("uk"),
        "en": EnglishOrganizationRecognizer("en"),
    }


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # an enlistment office serving two towns: both towns are its name
        (
            "ru",
            "Повестку ему вручили из военкомата Сызрани и Октябрьска прямо на работе.",
            "военкомата Сызрани и Октябрьска",
        ),
        ("uk", "Мобілізували через ТЦК Ужгорода та Мукачева взимку.", "ТЦК Ужгорода та Мукачева"),
        # a selection point or enlistment office by the town it stands in (no "г." before it)
        (
            "ru",
            "Сам пришёл в пункт отбора на контракт в Вологде и подписал бумаги.",
            "пункт отбора на контракт в Вологде",
        ),
        ("ru", "В военкомате в Сызрани ему сказали ждать.", "военкомате в Сызрани"),
        ("uk", "Його оформили у ТЦК в Лубнах за одну годину.", "ТЦК в Лубнах"),
        # English: an office serving several districts; a colony with its town
        (
            "en",
            "He was drafted by the enlistment office of the Kedrove and Lypy districts in 2023.",
            "enlistment office of the Kedrove and Lypy districts",
        ),
        ("en", "Recruiters took him from IK-8 in Kedrogorsk last winter.", "IK-8 in Kedrogorsk"),
    ],
)
def test_offices_by_their_towns(recs: dict[str, object], language: str, text: str, span: str) -> None:
    found = _spans(recs[language], text)
    assert span in found, found


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a second institution after the towns is no part of the first one's name
        ("ru", "Сотрудники военкомата Сызрани и полиции пришли к нему домой.", "полиции"),
        # a region, a day or a person after "в" names no office
        ("ru", "Контракт он подписал в пункте отбора в Белгородской области.", "Белгородской"),
        ("ru", "Был в военкомате в понедельник и ничего не понял.", "понедельник"),
        ("uk", "Мобілізований у ТЦК у Полтавській області.", "Полтавській"),
        ("ru", "Он пошёл в военкомат.", "военкомат"),
        # English: a region after a colony is context; a month is a date
        ("en", "Recruiters came to IK-4 in Karelia in the spring.", "Karelia"),
        ("en", "He served time in IK-2 in March 2021.", "March"),
        ("en", "The Russian and Ukrainian districts were shelled.", "districts"),
    ],
)
def test_office_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a service or filling station by its quoted name, or by the road it stands on (the road joins the span)
        ("ru", "На СТО «Кедр-Моторс» его знали все механики.", "СТО «Кедр-Моторс»"),
        ("uk", "Вона була операторкою АЗС «Кедр-Ойл» понад п'ять років.", "АЗС «Кедр-Ойл»"),
        ("uk", "Ремонтував машини на СТО по вул. Кедровій разом із батьком.", "СТО по вул. Кедровій"),
        ("ru", "Держал шиномонтаж на ул. Сосновой вместе с братом.", "шиномонтаж на ул. Сосновой"),
        ("uk", "Чергував на АЗС на проспекті Кедровому до війни.", "АЗС на проспекті Кедровому"),
    ],
)
def test_roadside_stations(recs: dict[str, object], language: str, text: str, span: str) -> None:
    assert span in _spans(recs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a station with neither name nor road is any station
        ("uk", "Працювала касиркою на АЗС і фотографувала техніку.", "АЗС"),
        ("ru", "Работал на СТО, потом в такси.", "СТО"),
        ("uk", "Працював на СТО біля вокзалу.", "СТО"),
        # a street after someone's home is no station's
        ("ru", "Жил на ул. Ленина, работал на СТО.", "Ленина"),
    ],
)
def test_roadside_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a plural head with only a region or district after it is many institutions, not one
        ("ru", "Он отбывал срок в колониях Мордовии и Чувашии.", "колониях"),
        ("uk", "Полонених тримали у колоніях Брянщини.", "колоніях"),
        ("ru", "В школах Кедровского района прошли уроки мужества.", "школах"),
        # a person's full name after a school is the person, not the school's name
        ("ru", "Погиб выпускник школы Кедров Иван Петрович, ему было 24.", "Кедров"),
        ("uk", "Директорка гімназії Кедрук Ольга Петрівна розповіла про нього.", "Кедрук"),
    ],
)
def test_not_one_institution(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a town's genitive before a person's name still names the school
        ("ru", "Выпускник школы Кедровки Иван Петров погиб под Угледаром.", "школы Кедровки"),
        ("uk", "Випускник ліцею Кедрівки Іван Петрів загинув.", "ліцею Кедрівки"),
    ],
)
def test_still_one_institution(recs: dict[str, object], language: str, text: str, span: str) -> None:
    found = _spans(recs[language], text)
    assert any(span in f for f in found), found


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a local society by its place adjective, with a field after it or a kind before it
        ("ru", "В 2019 году вступил в Кедровское районное казачье общество.", "Кедровское районное казачье общество"),
        (
            "uk",
            "Був членом Кедрівського товариства мисливців і рибалок.",
            "Кедрівського товариства мисливців і рибалок",
        ),
    ],
)
def test_local_societies(recs: dict[str, object], language: str, text: str, span: str) -> None:
    assert span in _spans(recs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a national society, a quoted one, and society in general name no home
        ("ru", "Лекцию организовало Российское военно-историческое общество.", "общество"),
        ("ru", "Он состоял в обществе «Знание» и в обществе охотников.", "обществе"),
        ("ru", "В обществе к ним относятся по-разному.", "обществе"),
    ],
)
def test_society_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a shop, office or school on a street named after a person, its type word left out (speech, SMS)
        ("ru", "Мать работает в аптеке на Чапаева, сменами.", "аптеке на Чапаева"),
        ("uk", "Я стояла в черзі в ТЦК на Івана Франка.", "ТЦК на Івана Франка"),
        ("ru", "Малой ходит в садик «Кедрёнок» на Гагарина.", "садик «Кедрёнок» на Гагарина"),
        # a small workplace by its village
        ("uk", "Батько працює на пилорамі в Кедрівці, ти знаєш.", "пилорамі в Кедрівці"),
        ("ru", "Дояркой была на ферме в Сосновке.", "ферме в Сосновке"),
    ],
)
def test_workplaces_by_street_or_village(recs: dict[str, object], language: str, text: str, span: str) -> None:
    assert span in _spans(recs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a locative after "на" is a region, not a street; an accusative person is no street
        ("ru", "Он работал в магазине на Урале.", "Урале"),
        ("ru", "Надеемся на Кирова и на Петрова.", "Кирова"),
        # a shop in a city, a farm in a region or on a weekday
        ("ru", "Купил хлеб в магазине в Москве.", "Москве"),
        ("ru", "Работал на ферме в Кедровской области.", "ферме"),
        ("ru", "Работал на ферме в понедельник и вторник.", "ферме"),
        ("ru", "Зашёл в гастроном, купил хлеба.", "гастроном"),
    ],
)
def test_workplace_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a transcript writes a town's adjective in lower case; a verb after the head ends the name
        ("ru", "да его тульский военкомат забрал в октябре", "тульский военкомат"),
        ("ru", "мать в курскую больницу положили", "курскую больницу"),
    ],
)
def test_lowercase_town_adjective(recs: dict[str, object], language: str, text: str, span: str) -> None:
    assert span in _spans(recs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ru", "курские школы закрыли на карантин", "школы"),
        ("ru", "там советская школа была, старая", "школа"),
        ("ru", "обычная городская больница, ничего особенного", "больница"),
        ("ru", "русская школа, русский язык", "школа"),
    ],
)
def test_lowercase_adjective_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


def test_a_genitive_that_reads_first_as_a_verb_stays_in_the_name(recs: dict[str, object]) -> None:
    # "війни" is listed first as an imperative, but is the genitive of "war" here
    text = "Помер у Кедрівському обласному госпіталі ветеранів війни після поранення."
    assert "Кедрівському обласному госпіталі ветеранів війни" in _spans(recs["uk"], text)


# The whole designation is one span (session 10: on blind sets most institution misses were partly withheld, the
# owner, the board, the profile or a department's number left in clear). Shapes read on real obituaries, school pages
# and regional news; towns, names and sentences invented.
@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # the owning council after a school, hospital or utility, as Ukrainian names end in translation
        (
            "en",
            "She taught at Lyceum No. 4 of the Lypivka Town Council until the war.",
            "Lyceum No. 4 of the Lypivka Town Council",
        ),
        ("en", "Their son went to Sosnivka Gymnasium of the Sosnivka Village Council.", None),
        (
            "en",
            "He was a locksmith at the communal enterprise «Lypivka Teplo» of the Lypivka City Council.",
            "communal enterprise «Lypivka Teplo» of the Lypivka City Council",
        ),
        # the penitentiary board after a numbered colony, a village after "in the village of"
        (
            "en",
            "He served time in Penal Colony No. 3 of the Federal Penitentiary Service for the Kedrove Region.",
            "Penal Colony No. 3 of the Federal Penitentiary Service for the Kedrove Region",
        ),
        ("en", "Recruiters visited IK-4 in the village of Kedrivka in May.", "IK-4 in the village of Kedrivka"),
        # the recruitment centre with its "and SP", a centre with its field, an educational complex with its name
        ("en", "In 2024 the Lypivka RTCC and SP called him up.", "Lypivka RTCC and SP"),
        (
            "en",
            "She is a nurse at the Sosnivka Centre for Primary Health Care.",
            "Sosnivka Centre for Primary Health Care",
        ),
        (
            "en",
            "He finished the Lypivka Educational Complex «School-Gymnasium».",
            "Lypivka Educational Complex «School-Gymnasium»",
        ),
        ("en", "Tell Ira at the Lypivka CRH we are coming.", "Lypivka CRH"),
        # the kind in brackets before the number; a council "of" its village; a children's and youth sports school
        (
            "en",
            "Pupils of Lyceum (specialised school) No. 3 named after Olena Lypa laid flowers.",
            "Lyceum (specialised school) No. 3 named after Olena Lypa",
        ),
        ("en", "The Village Council of Sosnivka announced a day of mourning.", "Village Council of Sosnivka"),
        (
            "en",
            "He coached at the Sosnivka Children and Youth Sports School.",
            "Sosnivka Children and Youth Sports School",
        ),
        # a sole trader by his surname; a small workplace by its owner (Russian "у" + the genitive)
        ("ru", "Последние два года работал у ИП Кедрова А. А. грузчиком.", "ИП Кедрова А. А."),
        ("uk", "До мобілізації працював водієм у ФОП Липенко.", "ФОП Липенко"),
        ("ru", "Руку повредил на пилораме у Сосновского, ещё до войны.", "пилораме у Сосновского"),
        # a company by its legal form after a name of several words, or a Ukrainian form transliterated before it
        ("en", "Before the war he drove a truck for Lypa Agro Trans LLC near Sumy.", "Lypa Agro Trans LLC"),
        (
            "en",
            "She was a nurse at KNP «Lypivka Multidisciplinary Hospital».",
            "KNP «Lypivka Multidisciplinary Hospital»",
        ),
        # a Russian or Ukrainian public-institution form before a quoted name, with its owner council
        ("en", 'Her son studied at MBOU "Lipovka School No. 4" until 2012.', 'MBOU "Lipovka School No. 4"'),
        (
            "en",
            'He finished KZ "Sosnivka Gymnasium" of the Sosnivka Village Council in 2014.',
            'KZ "Sosnivka Gymnasium" of the Sosnivka Village Council',
        ),
        # Ukrainian: a church body inside a church's name, a stage after the field, a district's state
        # administration, a numbered department of the enlistment office
        (
            "uk",
            "Чин похорону у Свято-Покровському храмі ПЦУ села Липівка.",
            "Свято-Покровському храмі ПЦУ села Липівка",
        ),
        ("uk", "Відспівали у церкві Святого Духа УПЦ МП у Липівці.", "церкві Святого Духа УПЦ МП у Липівці"),
        (
            "uk",
            "Навчалася в Липівському закладі загальної середньої освіти І-ІІІ ступенів, потім у коледжі.",
            "Липівському закладі загальної середньої освіти І-ІІІ ступенів",
        ),
        (
            "uk",
            "Працювала бухгалтеркою в Липівській районній державній адміністрації.",
            "Липівській районній державній адміністрації",
        ),
        ("uk", "До війни працював у Липівській РДА.", "Липівській РДА"),
        ("uk", "Призваний 3 відділом Липівського РТЦК та СП у 2023 році.", "3 відділом Липівського РТЦК та СП"),
        (
            "uk",
            "Закінчив Липівську гімназію № 2 з поглибленим вивченням англійської мови у 2012 році.",
            "Липівську гімназію № 2 з поглибленим вивченням англійської мови",
        ),
        # Russian: the school's profile with its town after it, a Samara-style district after the village
        (
            "ru",
            "Окончил МБОУ СОШ № 7 с углублённым изучением отдельных предметов г. Кедрогорска.",
            "МБОУ СОШ № 7 с углублённым изучением отдельных предметов г. Кедрогорска",
        ),
        ("ru", "Окончил ГБОУ ООШ с. Липовка м.р. Кедровский и пошёл работать.", "ГБОУ ООШ с. Липовка м.р. Кедровский"),
        # the honour alley of a cemetery named by its village
        ("ru", "Похоронен на Аллее Славы кладбища в Липовке рядом с отцом.", "Аллее Славы кладбища в Липовке"),
        # a named place and the street it stands on, "на" inside (the house number is the street recogniser's)
        ("ru", "Панихида в храме Казанской иконы на ул. Садовой, 3.", "храме Казанской иконы на ул. Садовой"),
        ("uk", "Збір коштів у кав'ярні «Липа» на вул. Соборній, 7.", "кав'ярні «Липа» на вул. Соборній"),
        ("ru", "Прощание в траурном зале «Покой» на ул. Заводской.", "траурном зале «Покой» на ул. Заводской"),
        # a given name after the street opens the next clause: it stays out
        (
            "uk",
            "Продавчиня магазину «Липа» на вул. Соборній Олена К. розповіла про обстріл.",
            "магазину «Липа» на вул. Соборній",
        ),
    ],
)
def test_whole_designation(recs: dict[str, object], language: str, text: str, span: str | None) -> None:
    found = _spans(recs[language], text)
    if span is None:  # the owner joins the school's name: one span from the town to the council
        span = text[text.index("Sosnivka") : text.index(" Council") + len(" Council")]
    assert span in found, found


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a regional state administration is public; a state body with no district is national
        ("uk", "Про це повідомила Липівська обласна державна адміністрація.", "обласна"),
        ("uk", "Державна адміністрація міста повідомила про обстріл.", "Державна"),
        # a church body alone names no church; a profile alone names no school
        ("uk", "Він ходив до храму ПЦУ щонеділі.", "храму"),
        ("ru", "В школе с углублённым изучением математики он не учился.", "школе"),
        # a quotation after a noun is speech, not a name; a number before a ward is no department of an office
        ("en", 'The hospital said "We have no beds for them" to the family.', "hospital"),
        ("en", "He went to the social protection office yesterday.", "office"),
        ("uk", "Він лежав у 2 відділенні лікарні.", "відділенні"),
        ("en", "The council of Ukraine met on Monday.", "council"),
        ("en", "The Council of Europe condemned the strike.", "Council"),
        ("ru", "На ферме у нас всегда коровы.", "ферме"),
        ("ru", "На ферме у соседа случился пожар.", "ферме"),
        ("en", "Children and youth were evacuated from the school.", "school"),
    ],
)
def test_whole_designation_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)
