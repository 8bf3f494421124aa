"""Institution extents: the whole designation of a local institution is one ORGANIZATION span.

Real shapes (English translation and reporting, Russian and Ukrainian obituaries): a town "of" which the institution
is ("Central cemetery of the city of Birobidzhan", "School No. 3 of Chegem-2"), a colony with its region ("penal colony
54 of the Yekaterinburg region", "VK-3 of the Irkutsk region"), an office two towns share ("the Revda and Degtyarsk
military commissariat"), a church by its saint written without the dot ("Church of St George"), a village's medical
post and a mining artel as workplaces; the honour alley of a cemetery ("на Алеї Слави Далекосхідного кладовища", "на
Алеї Героїв Лісового кладовища", "на Аллее Славы городского кладбища"). Every private name is invented.
"""

from __future__ import annotations

import pytest

from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import touched


def _en(text: str) -> list[str]:
    rec = EnglishOrganizationRecognizer(supported_language="en")
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("He finished Secondary School No. 3 of Chegem-2 in 2009.", "Secondary School No. 3 of Chegem-2"),
        ("Buried: Northern Cemetery of Kedrovsk, Alley of Heroes.", "Northern Cemetery of Kedrovsk"),
        ("She taught at Kedrove Gymnasium of the town of Lypivka.", "Kedrove Gymnasium of the town of Lypivka"),
        ("A recruiter came to penal colony IK-10 of the Kedrovsk region.", "penal colony IK-10 of the Kedrovsk region"),
        ("He served four years in IK-6 of the Ryazan Region before the war.", "IK-6 of the Ryazan Region"),
        ("Called up: Kedrovsk and Lypivka military commissariat", "Kedrovsk and Lypivka military commissariat"),
        ("the Leninsky and Kirovsky district enlistment office", "Leninsky and Kirovsky district enlistment office"),
        ("The cortege will be met near the Kedrove feldsher-midwife station.", "Kedrove feldsher-midwife station"),
        ("Dad is at the Kedrovsk gold-mining artel, on shift.", "Kedrovsk gold-mining artel"),
        ("a ring from the Church of St George in Kedrivka", "Church of St George in Kedrivka"),
    ],
)
def test_the_whole_designation_is_one_span(text: str, institution: str) -> None:
    assert institution in _en(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine council talks stalled.",  # countries are never an office's towns
        "The Security Council of Ukraine met on Monday.",  # a national body
        "He worked at a feldsher station for a year.",  # the noun alone
        "The artel paid in cash.",
    ],
)
def test_no_institution(text: str) -> None:
    assert _en(text) == []


def test_a_region_after_a_colony_of_stays_outside_a_town_tail() -> None:
    # "of the Federal Penitentiary Service" is the board, not a town: the board grammar keeps it whole
    text = "He was in IK-3 of the Federal Penitentiary Service for the Kedrovsk Region."
    assert "IK-3 of the Federal Penitentiary Service for the Kedrovsk Region" in _en(text)


def _cyr(text: str, language: str) -> list[str]:
    from redact.recognizers.organization import OrganizationRecognizer

    rec = OrganizationRecognizer(supported_language=language)
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(
    ("text", "language", "institution"),
    [
        # a venue by its quoted name, with its village after it
        ("Прощание пройдёт в спорткомплексе «Олимп» с. Кедровка в 10:00.", "ru", "спорткомплексе «Олимп» с. Кедровка"),
        ("Прощання відбудеться в спорткомплексі «Олімп» у Кедрівці.", "uk", "спорткомплексі «Олімп» у Кедрівці"),
        ("Світлана працювала кухаркою в дитсадку «Сонечко», а він – на заводі.", "uk", "дитсадку «Сонечко»"),
        ("Його позивний лишився від команди ФК «Кедрівка».", "uk", "ФК «Кедрівка»"),
        ("Снаряд зруйнував будівлю Кедрівського клубу.", "uk", "Кедрівського клубу"),
        # a house of culture of a Tuvan or Yakut rural municipality
        ("Прощание пройдёт 14 марта в СДК сумона Кедр-Аксы.", "ru", "СДК сумона Кедр-Аксы"),
        # a town named by a stressed adjective, in a chat's lower case
        ("Я ездила в стрежевской военкомат по твоей выплате.", "ru", "стрежевской военкомат"),
        ("Он лежит в стрежевской больнице.", "ru", "стрежевской больнице"),
        # an occupation authority's town administration by its abbreviation
        ("Після окупації він став заступником глави Кедрівської ВГА.", "uk", "Кедрівської ВГА"),
    ],
)
def test_cyrillic_designations(text: str, language: str, institution: str) -> None:
    assert institution in _cyr(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Він ходив до клубу щовечора.", "uk"),  # the noun alone
        ("Ми граємо у футбольному клубі з друзями.", "uk"),
        ("Он пошёл в городской военкомат.", "ru"),  # "городской": no town's adjective
        ("Я был в донской степи, там военкомат закрыт.", "ru"),
    ],
)
def test_no_cyrillic_institution(text: str, language: str) -> None:
    assert _cyr(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He trained at the Russian Special Forces University before the front.", "en"),
        ("Он прошёл подготовку в Российском университете спецназа.", "ru"),
        ("Він навчався в Українському католицькому університеті.", "uk"),
    ],
)
def test_a_university_a_country_names_is_no_local_institution(text: str, language: str) -> None:
    assert (_en(text) if language == "en" else _cyr(text, language)) == []


@pytest.mark.parametrize(
    ("text", "language", "institution"),
    [
        ("He graduated from the Kedrovsk Pedagogical University in 2010.", "en", "Kedrovsk Pedagogical University"),
        ("Он окончил Кедровский государственный университет.", "ru", "Кедровский государственный университет"),
    ],
)
def test_a_town_university_stays(text: str, language: str, institution: str) -> None:
    assert institution in (_en(text) if language == "en" else _cyr(text, language))


# --- public bodies the default keeps ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Поранених доставили до Херсонської обласної клінічної лікарні.", "Херсонської", "uk"),
        ("Пострадавших доставили в Курскую областную клиническую больницу.", "Курскую", "ru"),
        ("He trained at the Russian Special Forces University before the front.", "University", "en"),
    ],
)
def test_a_regional_or_national_institution_is_kept(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Його прооперували в Кедрівській районній лікарні.", "Кедрівській", "uk"),  # a district's
        ("Он умер в Кедровской областной больнице № 2.", "Кедровской", "ru"),  # numbered: one of several
        ("Він працював у Кедрівській ВГА.", "Кедрівській", "uk"),  # an occupation town administration
    ],
)
def test_a_local_institution_stays_withheld(redactor, text, word, language) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)


# --- where a named place stands: the part of town, the village, the district -----------------------------------
# Real shapes: "храме Петра и Павла в Ясенево", "кладбищенском комплексе «Степной» в Оренбурге", "на кладовищі у
# мікрорайоні Ракове", "работал на Северском трубном заводе", "похоронен на сельском кладбище в деревне ..."; a
# neighbourhood by its own name after "на" (Поділ, Оболонь, Сортировка), a railway depot by its code (ТЧ-7, ПЧ-14).


@pytest.mark.parametrize(
    ("text", "language", "institution"),
    [
        # a named place and the part of town it stands in, by its name after "на"
        (
            "Чин похорону – у храмі Покрови Пресвятої Богородиці на Кедрівці, о 10:00.",
            "uk",
            "храмі Покрови Пресвятої Богородиці на Кедрівці",
        ),
        (
            "Отпевание пройдёт в Свято-Никольском храме на Сортировке, затем кладбище.",
            "ru",
            "Свято-Никольском храме на Сортировке",
        ),
        ("Её положили в больницу № 3 на Соснинке, к хирургу.", "ru", "больницу № 3 на Соснинке"),
        ("Він навчався у школі № 12 на Оболоні, потім у коледжі.", "uk", "школі № 12 на Оболоні"),
        # a plant, a club or a hospital by the village or small town it stands in
        ("До війни працював слюсарем на цукровому заводі в Кедрівці.", "uk", "цукровому заводі в Кедрівці"),
        ("Трудился на молокозаводе в Кимрах, потом ушёл по контракту.", "ru", "молокозаводе в Кимрах"),
        ("Прощание прошло в доме культуры в Кедровке, пришло всё село.", "ru", "доме культуры в Кедровке"),
        # a district's police by its place; a Russian village in a Ukrainian text
        ("Мать написала заявление в полицию Кедровского района.", "ru", "полицию Кедровского района"),
        (
            "Прощалися в сільському будинку культури Кедрыка, прийшло все село.",
            "uk",
            "сільському будинку культури Кедрыка",
        ),
        # railway units by their code; a legal form's kind in brackets before its name; a customs post by its name
        ("Отец сорок лет отработал в локомотивном депо ТЧ-7.", "ru", "локомотивном депо ТЧ-7"),
        ("Працював монтером колії в дистанції колії ПЧ-14.", "uk", "дистанції колії ПЧ-14"),
        ("Работал на участке Кедровской дистанции пути.", "ru", "участке Кедровской дистанции пути"),
        ("До армии был механизатором в СПК (колхоз) «Рассвет».", "ru", "СПК (колхоз) «Рассвет»"),
        ("Працював у ФГ (фермерське господарство) «Кедр» до війни.", "uk", "ФГ (фермерське господарство) «Кедр»"),
        ("Работал трактористом в колхозе (СПК) «Рассвет».", "ru", "колхозе (СПК) «Рассвет»"),
        ("Служил инспектором на таможенном посту «Кедровый».", "ru", "таможенном посту «Кедровый»"),
        # a burial place by the microdistrict it lies in; the police's guard service of a district
        ("Поховали на кладовищі у мікрорайоні Кедровому поруч із батьком.", "uk", "кладовищі у мікрорайоні Кедровому"),
        (
            "Служил в отделе вневедомственной охраны по Кедровскому району.",
            "ru",
            "отделе вневедомственной охраны по Кедровскому району",
        ),
        # a college joins its street like a school
        ("Його тримали в підвалі ВПУ № 21 на вул. Кедровій.", "uk", "ВПУ № 21 на вул. Кедровій"),
    ],
)
def test_where_a_named_place_stands_is_part_of_it(text: str, language: str, institution: str) -> None:
    assert institution in _cyr(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a land, a region, a compass point or a feast after "на" is no part of town
        ("Он служил в школе № 5 на Донбассе, потом на Урале.", "ru"),
        ("Освячення у храмі святого Миколая на Великдень.", "uk"),
        ("Работал в ООО «Кедр» на Севере вахтой.", "ru"),
        ("Наш храм Святої Трійці на Харківщині зруйновано.", "uk"),
        # a plant in a country, a region or a big city is one of many
        ("Він працював на заводі в Польщі, потім на заводі в Харкові.", "uk"),
        ("Работал на заводе в Подмосковье.", "ru"),
        ("Лежал в больнице в Москве.", "ru"),
        ("Раненых везут в госпиталь в Кимрах.", "ru"),  # a hospital: the town is news, the hospital names no one
        ("Дрон попал по нефтебазе в Новороссийске.", "ru"),  # a city's
        # a region's and a nation's police are public
        ("Полиция Курской области сообщила о задержании.", "ru"),
        ("Національна поліція України відкрила провадження.", "uk"),
        ("Он пошёл в полицию писать заявление.", "ru"),
        # a post alone, a distance
        ("Он стоял на посту всю ночь.", "ru"),
        ("Держи дистанцию десять метров.", "ru"),
    ],
)
def test_no_named_place_there(text: str, language: str) -> None:
    found = _cyr(text, language)
    places = ("Донбасс", "Урале", "Великдень", "Севере", "Харківщині", "Польщі", "Харкові", "Подмосковье", "Москве")
    for word in (*places, "Кимрах", "Новороссийске"):
        assert not any(word in f for f in found), found
    if "полици" in text.lower() or "поліці" in text.lower() or "посту" in text or "дистанц" in text:
        assert found == []


# --- a plant by its compound name in speech --------------------------------------------------------------------
# Real shapes: "сварщиком на «Полимете»", "Денис с работы искал, с «Уралхиммаша»", "на «Нижнекамскнефтехиме»"; speech
# names the works without a verb of working: "мужики с «...маша»", "премію дали всім з «...»".


@pytest.mark.parametrize(
    ("text", "language", "plant"),
    [
        ("Передай Михалычу с «Кедрмаша», что я к весне не вернусь.", "ru", "«Кедрмаша»"),
        ("Там всім хлопцям з «Соснаагрегату» премію дали.", "uk", "«Соснаагрегату»"),
        ("Пусть на «Кедрцемент» справку сделают, что я там был.", "ru", "«Кедрцемент»"),
        ("Скажи Петровичу на «Сосновуглі», що я живий.", "uk", "«Сосновуглі»"),
    ],
)
def test_a_plant_by_its_compound_name(text: str, language: str, plant: str) -> None:
    assert plant in _cyr(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Приехали на «Газели», потом в «Шторме» были, на «Ромашке» двое.", "ru"),  # a minibus, a unit, a position
        ("Він у «Едельвейсах», з «Лисом» ходив, у «Магниті» сказали.", "uk"),
        ("С «Энергии» ребята приходили, с «Прометея» не знаю.", "ru"),  # a word the dictionary holds
    ],
)
def test_no_plant_in_other_quoted_names(text: str, language: str) -> None:
    assert _cyr(text, language) == []


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Он раньше работал на «Газпроме», а теперь на фронте.", "Газпроме", "ru"),
        ("Він був на «Азовсталі» до кінця.", "Азовсталі", "uk"),
    ],
)
def test_a_national_company_named_in_speech_is_kept(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


# --- a chain of departments whose field is a prepositional phrase ------------------------------------------------
# Real shapes: "департамента по вопросам экологии, энергоменеджмента, охраны труда и гражданской безопасности",
# "відділ у справах сім'ї та молоді міської ради", "сектор з питань надзвичайних ситуацій".


@pytest.mark.parametrize(
    ("text", "language", "office"),
    [
        (
            "По данным отдела по делам ГО и ЧС администрации Кедровского округа, погибли трое.",
            "ru",
            "отдела по делам ГО и ЧС администрации Кедровского округа",
        ),
        (
            "Працювала у відділі у справах сім'ї та молоді Кедрівської міської ради.",
            "uk",
            "відділі у справах сім'ї та молоді Кедрівської міської ради",
        ),
        (
            "Повідомив сектор з питань надзвичайних ситуацій Кедрівської РДА.",
            "uk",
            "сектор з питань надзвичайних ситуацій Кедрівської РДА",
        ),
    ],
)
def test_a_department_with_a_prepositional_field(text: str, language: str, office: str) -> None:
    assert office in _cyr(text, language)


def test_a_prepositional_phrase_before_an_office_is_no_department() -> None:
    text = "Я говорил по делам с администрацией Кедровского района."
    assert _cyr(text, "ru") == ["администрацией Кедровского района"]
