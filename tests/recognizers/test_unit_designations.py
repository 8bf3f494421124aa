"""Unit designations in full (issue 15): honorifics, chains, territorial defence, compounds, English forms.

All units, numbers and people here are invented or used only as shapes; real public unit names appear only as
the kind of text the grammar must cover.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from tests.assertions import assert_not_found, each_covered

ENTITY = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def recs() -> dict[str, MilitaryUnitRecognizer]:
    return {lang: MilitaryUnitRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _spans(rec: MilitaryUnitRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


def _one_span_covers(rec: MilitaryUnitRecognizer, text: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    return any(r.start <= start and r.end >= end and r.score >= 0.35 for r in rec.analyze(text, [ENTITY]))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # honorific names, in several cases
        (
            "uk",
            "Служив у 61-й окремій бригаді імені гетьмана Петра Дорошенка.",
            "61-й окремій бригаді імені гетьмана Петра Дорошенка",
        ),
        ("uk", "Навідник 61 ОМПБр ім. Степана Дорошенка загинув.", "61 ОМПБр ім. Степана Дорошенка"),
        (
            "uk",
            "Воював у складі шістдесят першої окремої бригади імені князя Ярополка.",
            "шістдесят першої окремої бригади імені князя Ярополка",
        ),
        ("ru", "Он служил в 71-м полку имени маршала Петрова до весны.", "71-м полку имени маршала Петрова"),
        (
            "en",
            "He served with the 61st Separate Brigade named after Hetman Petro Doroshenko until March.",
            "61st Separate Brigade named after Hetman Petro Doroshenko",
        ),
        (
            "uk",
            "навідника реактивного артилерійського дивізіону 29-ї окремої бригади імені Лицарів Зимового походу. Іван",
            "реактивного артилерійського дивізіону 29-ї окремої бригади імені Лицарів Зимового походу",
        ),
        # nickname in quotes after adjectives + noun with no number
        ("uk", "Потім пішов у стрілецький батальйон «Сірі вовки».", "стрілецький батальйон «Сірі вовки»"),
        ("ru", "Ушёл в отряд специального назначения «Кедровый» весной.", "отряд специального назначения «Кедровый»"),
        ("ru", "Пропал без вести в составе мсп «Таёжный».", "мсп «Таёжный»"),
        # word ordinals in any case
        (
            "uk",
            "Служив у сімнадцятій окремій танковій Вербівській бригаді.",
            "сімнадцятій окремій танковій Вербівській бригаді",
        ),
        (
            "uk",
            "Пішов у сто шістнадцяту окрему бригаду ТрО Полтавщини.",
            "сто шістнадцяту окрему бригаду ТрО Полтавщини",
        ),
        (
            "ru",
            "служил в пятой отдельной гвардейской танковой Кедровской Краснознамённой ордена Суворова бригаде.",
            "пятой отдельной гвардейской танковой Кедровской Краснознамённой ордена Суворова бригаде",
        ),
        # sub-unit chains, one span
        (
            "uk",
            "Стрілець 2 відділення 3 взводу 1 роти 2 батальйону 118 окремої механізованої бригади.",
            "2 відділення 3 взводу 1 роти 2 батальйону 118 окремої механізованої бригади",
        ),
        ("ru", "рядовой 2 отделения 1 взвода 3 роты сто пятого полка.", "2 отделения 1 взвода 3 роты сто пятого полка"),
        (
            "uk",
            "зустрілися в роті вогневої підтримки 2-го батальйону 73-ї. Хай береже.",
            "роті вогневої підтримки 2-го батальйону 73-ї",
        ),
        (
            "uk",
            "командира гармати самохідно-артилерійського дивізіону 26-ї окремої Вербівської бригади.",
            "самохідно-артилерійського дивізіону 26-ї окремої Вербівської бригади",
        ),
        # territorial defence with its region
        (
            "uk",
            "Воював у складі 119 бригади тероборони Полтавщини, потім перевівся.",
            "119 бригади тероборони Полтавщини",
        ),
        ("uk", "Він пішов добровольцем у тероборону Рівненщини.", "тероборону Рівненщини"),
        ("uk", "Служив у 106 окремій бригаді ТрО.", "106 окремій бригаді ТрО"),
        # compounds and abbreviations
        ("uk", "Мобілізований до тербату у березні.", "тербату"),
        ("ru", "Мой сын был в артбригаде под Херсоном.", "артбригаде"),
        ("ru", "Служил в пятьдесят первой бригаде, в разведроте.", "разведроте"),
        ("uk", "Служив у ДШБ, потім у штабі.", "ДШБ"),
        ("ru", "Все военнослужащие 1231-го мсп.", "1231-го мсп"),
        ("ru", "Служил с мужем в 1-й роте 2-го батальона 1009-го полка.", "1-й роте 2-го батальона 1009-го полка"),
        # noun understood
        ("uk", "Бригада «Холодна Балка» — 94-та окрема механізована. Її боєць загинув.", "94-та окрема механізована"),
        ("uk", "Частина? — Тридцять друга десантно-штурмова, Ульяновськ.", "Тридцять друга десантно-штурмова"),
        # bare unit number in context
        ("ru", "Пишите, если кто-то знал его по 2817-му или по позывному «Кабан».", "2817-му"),
        ("ru", "Он служил в 2817-м.", "2817-м"),
        # English
        ("en", "He was a gunner in the 37 separate motorized rifle brigade.", "37 separate motorized rifle brigade"),
        ("en", "He later joined the 112 Regiment near the river.", "112 Regiment"),
        ("en", "His cousin served in Territorial Defense Forces 118.", "Territorial Defense Forces 118"),
        ("en", "He joined the Fifth Brigade of the special forces in 2019.", "Fifth Brigade of the special forces"),
        ("en", "The 541th guards regiment lost him.", "541th guards regiment"),
        ("en", "Kovalchuk O. P., born 1981, 3rd company of the 48 OMBr.", "3rd company of the 48 OMBr"),
        # a kind in brackets after the noun is part of the name
        (
            "en",
            "He drove a truck in the 61st separate motor rifle brigade (mountain) until May.",
            "61st separate motor rifle brigade (mountain)",
        ),
        (
            "en",
            "Both served with the 80th Separate Motor Rifle Brigade (Arctic).",
            "80th Separate Motor Rifle Brigade (Arctic)",
        ),
        (
            "en",
            "He commanded a platoon in the rocket artillery battalion of the 37th Separate Guards Motor Rifle Brigade.",
            "rocket artillery battalion of the 37th Separate Guards Motor Rifle Brigade",
        ),
        ("en", "My uncle is in the 59th motorized infantry.", "59th motorized infantry"),
        (
            "en",
            "He commanded a platoon in the anti-tank battery of the 8th Guards Mountain Air Assault Division.",
            "anti-tank battery of the 8th Guards Mountain Air Assault Division",
        ),
        (
            "en",
            "Yakymenko Oleh, b. 1978, Territorial Defense battalion of Vinnytsia Oblast.",
            "Territorial Defense battalion of Vinnytsia Oblast",
        ),
        (
            "en",
            "He served with the 117 brigade of the Poltava Territorial Defense.",
            "117 brigade of the Poltava Territorial Defense",
        ),
        (
            "en",
            "He's a platoon sergeant in the second battalion of the 94th, call sign Batia.",
            "second battalion of the 94th",
        ),
        # a unit in the instrumental opens on its own noun, the post trimmed only when it is a person's
        (
            "uk",
            "Командував мінометною батареєю 2-го батальйону 24-ї ОМБр.",
            "мінометною батареєю 2-го батальйону 24-ї ОМБр",
        ),
        ("ru", "Служил старшим стрелком роты 2-го батальона 64-й бригады.", "роты 2-го батальона 64-й бригады"),
        # the unit's orders after its noun, as official names write them
        (
            "ru",
            "Служил в 47-й отдельной бригаде специального назначения ордена Кутузова ордена Александра Невского.",
            "47-й отдельной бригаде специального назначения ордена Кутузова ордена Александра Невского",
        ),
        (
            "ru",
            "Служил в 318-м гвардейском парашютно-десантном полку орденов Кутузова и Богдана Хмельницкого, погиб.",
            "318-м гвардейском парашютно-десантном полку орденов Кутузова и Богдана Хмельницкого",
        ),
    ],
)
def test_whole_designation_is_one_span(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), _spans(recs[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Цена 2817 рублей, в 2023 году он купил 3 машины.", "2817"),
        ("ru", "В 2017-м он переехал, а в 2022-м вернулся в армию.", "2017-м"),
        ("ru", "В 2017-м он переехал, а в 2022-м вернулся в армию.", "2022-м"),
        ("uk", "Командир відділення зателефонував матері.", "відділення"),
        ("ru", "Он лежал в 3-м отделении больницы.", "3-м отделении"),
        ("en", "The company announced that 112 people died.", "112"),
        ("en", "The company announced that 112 people died.", "company"),
        ("en", "There were 3 companies and two battalions on the road.", "3 companies"),
        ("en", "The regiment was famous in 1812.", "1812"),
        ("ru", "Малый бизнес: МСП получат льготы.", "МСП"),
        ("uk", "За 2 роки ціна зросла на 47%, 5 червня 2023 року відбулося свято.", "47%"),
        # a man's post before the chain, with his rank's adjective, is no part of the unit's name
        ("uk", "Служив стрільцем роти вогневої підтримки 1-го батальйону 24-ї ОМБр.", "стрільцем"),
        ("ru", "Служил старшим стрелком роты 2-го батальона 64-й бригады.", "старшим стрелком"),
        ("uk", "Служив пулеметчиком роти 2-го батальйону.", "пулеметчиком"),
        # an order the man was awarded is no part of his unit's name
        ("ru", "Служил в 207-й отдельной мотострелковой бригаде, награжден орденом Мужества.", "орденом"),
    ],
)
def test_leaves_ordinary_numbers_and_words(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    found = [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert_not_found(text, found, surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "ru",
            "— Номер части? — Двадцать три шестьсот двадцать шесть. — Где проживали?",
            "Двадцать три шестьсот двадцать шесть",
        ),
        ("en", "Q: Unit? A: Two-seven-one, guards motor rifle regiment.", "Two-seven-one"),
        (
            "uk",
            "Військова частина сорок один п'ятсот вісімдесят два, так записано.",
            "сорок один п'ятсот вісімдесят два",
        ),
    ],
)
def test_unit_numbers_read_aloud(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    assert _one_span_covers(recs[lang], text, surface), _spans(recs[lang], text)


@pytest.mark.parametrize(
    "text",
    ["Часть сто двадцать раз меняли, было три роты.", "Номер части? — Не помню, две тысячи двадцать второй год."],
)
def test_number_words_that_are_not_unit_numbers(recs: dict[str, MilitaryUnitRecognizer], text: str) -> None:
    assert _spans(recs["ru"], text) == []


def test_a_latin_letter_inside_a_russian_line_does_not_split_it() -> None:
    from redact.language import language_runs

    text = "Он ушёл добровольцем в «Шторм Z» прямо из колонии, пишите мне: vk.com/ivan_kedrovka_poisk"
    runs = language_runs(text)
    unit = text.index("Шторм Z")
    assert any(a <= unit and unit + len("Шторм Z") <= b and lang == "ru" for a, b, lang in runs), runs


def test_a_military_plate_is_not_a_unit(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    assert _spans(recs["ru"], "машина ихняя уазик номер 4512 АК 21 военный") == []


def test_a_date_before_rotation_is_not_a_company(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    assert _spans(recs["ru"], "нас с 11 мая по 26 мая на ротацию, ты скажи Вере") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            'He now commands the Chuvashia volunteer battalion "Sura" near Bakhmut.',
            'Chuvashia volunteer battalion "Sura"',
        ),
        ('She joined a Kuban motor rifle regiment "Plastun" last year.', 'Kuban motor rifle regiment "Plastun"'),
        ("He served in the Volhynian Brigade until May.", "Volhynian Brigade"),
    ],
)
def test_english_region_and_arm_belong_to_the_name(text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Russian Brigade was shelled overnight.", "Russian"),
        ('Later volunteer battalion "Dozor" left the village.', "Later"),
    ],
)
def test_english_nation_or_sentence_word_is_not_part_of_a_unit(text: str, word: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert not [r for r in rec.analyze(text, ["MILITARY_UNIT"]) if r.start <= text.index(word) < r.end]


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ru", "Вместе с ним в плен попал его сослуживец по взводу связи той же бригады.", "взводу связи"),
        # the guard company and the brigade it belongs to are one chain
        ("uk", "Служив у роті охорони 14 бригади до весни.", "роті охорони 14 бригади"),
        ("ru", "Из военкомата Ужурского района поехал сам. Попал в мсп, номер не скажу.", "мсп"),
    ],
)
def test_support_sub_units_and_bare_abbreviations_near_unit_words(language: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=language)
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])]


def test_a_guard_company_of_a_shop_is_not_a_unit() -> None:
    text = "Рота охраны магазина работает круглосуточно."
    assert not MilitaryUnitRecognizer(supported_language="ru").analyze(text, ["MILITARY_UNIT"])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A sub-unit chain is one designation, whatever its article: the "whole designation is withheld".
        (
            "He commanded a mortar platoon of the 3rd battalion of the 88th rifle regiment.",
            "mortar platoon of the 3rd battalion of the 88th rifle regiment",
        ),
        (
            "He served in the reconnaissance company of the 25th Separate Guards Brigade.",
            "reconnaissance company of the 25th Separate Guards Brigade",
        ),
    ],
)
def test_a_sub_unit_chain_is_withheld_whole(text: str, span: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert _one_span_covers(rec, text, span), _spans(rec, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a named sub-unit and the numbered unit it belongs to are one designation
        ("He signed up for «Storm V» of military unit 45123 in June.", "«Storm V» of military unit 45123"),
        (
            "Private, assault company «Storm Z» of military unit 51730.",
            "assault company «Storm Z» of military unit 51730",
        ),
        (
            'He was in the assault detachment "Kedr" of the 1321st regiment.',
            'assault detachment "Kedr" of the 1321st regiment',
        ),
    ],
)
def test_a_named_sub_unit_joins_its_numbered_unit(text: str, span: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert _one_span_covers(rec, text, span), _spans(rec, text)


def test_an_unnamed_unit_of_a_numbered_one_is_not_joined_by_the_named_rule() -> None:
    text = "He told «Kedr» of the 12th of May that the convoy was late."
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert not [s for s in _spans(rec, text) if " of " in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("#Sosnovka #searching #military_unit_51730 #help", "military_unit_51730"),
        ("Please repost! #military_unit_45123", "military_unit_45123"),
    ],
)
def test_a_unit_number_in_a_hashtag(text: str, span: str) -> None:
    assert span in _spans(MilitaryUnitRecognizer(supported_language="en"), text)


def test_a_year_in_a_unit_hashtag_is_no_unit() -> None:
    assert not _spans(MilitaryUnitRecognizer(supported_language="en"), "#unit_2023 #memory")


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
    assert all(each_covered(uk_unit, text, "MILITARY_UNIT", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ми мріяли про роту «велику» і дружну.", "роту"),  # a quoted lower-case word is no nickname
        ("Рота при штабі полку стояла в лісі.", "Рота при штабі"),  # attached to an unnumbered staff
        ("Усього 3 (три) роти вийшли з оточення.", "роти вийшли"),
    ],
)
def test_unit_designation_traps(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert not any(each_covered(uk_unit, text, "MILITARY_UNIT", surface))


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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Удари завдавав розрахунок роти ударних БпЛА 1152 мотострілецького полку ЗС РФ.",
            "роти ударних БпЛА 1152 мотострілецького полку",
        ),
        ("Оператор взводу ударних БпАК 3 батальйону 47 ОМБр загинув 4 березня.", "взводу ударних БпАК 3 батальйону"),
        (
            "Обіймав посаду навідника батареї протитанкових керованих ракет 128 окремої бригади.",
            "батареї протитанкових керованих ракет 128 окремої бригади",
        ),
        ("Санінструктор медроти 5-ї мотострілецької бригади брав гроші за довідки.", "медроти 5-ї мотострілецької"),
    ],
)
def test_function_sub_unit_opens_the_chain(uk_unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    start = text.index(surface)
    found = [r for r in uk_unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]
    assert any(r.start <= start and start + len(surface) <= r.end for r in found), surface


@pytest.mark.parametrize(
    "text",
    [
        "Він служив у роті ударних БпЛА, а потім перевівся до штабу.",
        "Поранених доставили до медроти, там уже чекали лікарі.",
        "Роти ударних БПЛА тепер створюють у кожній бригаді.",
    ],
)
def test_a_sub_unit_with_no_number_is_no_unit(uk_unit: MilitaryUnitRecognizer, text: str) -> None:
    assert not [r for r in uk_unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # an honorary name in the genitive with no "імені", as hromada obituaries write it
        (
            "uk",
            "Загинув стрілець 14-ї бригади Червоних Гайдамаків Степан Ковальчук.",
            "14-ї бригади Червоних Гайдамаків",
        ),
        ("ru", "Служил во 2-м полку Донских казаков, погиб под Кременной.", "2-м полку Донских казаков"),
        # a sub-unit named by its own name, no kind given (the generic noun stays in the text)
        ("ru", "Боец подразделения «Сокол» скончался в больнице.", "Сокол"),
        ("uk", "Він служив у підрозділі «Фенікс» з 2023 року.", "Фенікс"),
        ("ru", "Бойцы отдельного отряда спецназа «Витязь-2» провели", "отдельного отряда спецназа «Витязь-2»"),
        # a battalion's abbreviation opening a chain
        ("uk", "головний сержант 3 МБ 44-ї окремої механізованої бригади", "3 МБ 44-ї окремої механізованої бригади"),
        ("ru", "механик-водитель 1 тб 12 омсбр, пропал без вести", "1 тб 12 омсбр"),
        # a Russian number word opening a designation inside a Ukrainian text is no person's post
        ("uk", "— Двести сорок пятый полк, вторая рота.", "Двести сорок пятый полк"),
        ("uk", "— Семьдесят первая бригада, нас там мало осталось.", "Семьдесят первая бригада"),
    ],
)
def test_honorary_names_named_sub_units_and_chain_abbreviations(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), _spans(recs[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Файл весит 2 МБ 3 килобайта.", "2 МБ"),
        ("ru", "Купил диск на 4 тб, 2 штуки.", "4 тб"),
        ("ru", "Его перевели в другую бригаду, ближе к дому.", "другую бригаду"),
        ("ru", "Он в другой роте служит, не в нашей.", "другой роте"),
        ("ru", "Боец подразделения «Сокол» скончался в больнице.", "подразделения"),
        ("uk", "служив у 72-й бригаді Збройних Сил України", "Збройних Сил"),
    ],
)
def test_megabytes_and_other_companies_are_not_units(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    found = [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert_not_found(text, found, surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a named formation, its own noun, then the numbered unit it belongs to
        ("He signed up for the Storm-Z unit of the 1431st regiment in May.", "Storm-Z unit of the 1431st regiment"),
        # a region's territorial defence and its brigade joined by the possessive
        ("a rifleman of the Sumy Territorial Defense's 117th brigade", "Sumy Territorial Defense's 117th brigade"),
        # the group's kind after its name
        ("He fought for the Wagner Group near Soledar.", "Wagner Group"),
        ("recruited by the Wagner PMC in a prison colony", "Wagner PMC"),
    ],
)
def test_english_named_formations_join_their_units(
    recs: dict[str, MilitaryUnitRecognizer], text: str, surface: str
) -> None:
    assert _one_span_covers(recs["en"], text, surface), _spans(recs["en"], text)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the fleet's abbreviation after the marines
        ("uk", "окупант зі 40-ї бригади морської піхоти ТОФ здався", "40-ї бригади морської піхоти ТОФ"),
        ("ru", "боец 336-й бригады морской пехоты БФ погиб", "336-й бригады морской пехоты БФ"),
        # a reservists' detachment with its name
        ("ru", "доброволец БАРС-21 «Енисей» вернулся домой", "БАРС-21 «Енисей»"),
        # a battalion of special forces by its name
        ("ru", "командир отдельного батальона спецназа «Сармат» погиб", "отдельного батальона спецназа «Сармат»"),
    ],
)
def test_fleets_reservists_and_special_forces_by_name(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), _spans(recs[lang], text)


def test_a_stormtrooper_is_no_part_of_his_detachment(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    text = "штурмовик отряда «Шторм Z» при 1008-м полку"
    found = [r for r in recs["ru"].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert_not_found(text, found, "штурмовик")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # Ukrainian abbreviations as casualty lists and search chats write them
        ("uk", "Шукаю брата – Кравець Петро, 25 ОПДБр, зник під Торецьком.", "25 ОПДБр"),
        ("uk", "Військова частина: А1234 (130 ОБ ТрО)", "130 ОБ ТрО"),
        ("uk", "Воював у 241 ОБр ТрО з перших днів.", "241 ОБр ТрО"),
        ("ru", "Мой в 79 опдбр был, потом перевели.", "79 опдбр"),
        # the same in English translations
        ("en", "2. PETRENKO Ivan, 1990 r.n., Kedrivka — 113th TDF brigade;", "113th TDF brigade"),
        ("en", "He served in the 241st TrO Brigade until March.", "241st TrO Brigade"),
        ("en", "He joined the 25 OPDBr in 2022.", "25 OPDBr"),
        # a battalion known by its commander's call sign, unquoted
        ("uk", "Чат «Рідні 3 роти Вовки Да Вінчі» у Viber", "Вовки Да Вінчі"),
        ("en", "He fought with the Da Vinci Wolves near Bakhmut.", "Da Vinci Wolves"),
    ],
)
def test_abbreviations_and_known_names(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), surface


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "Про це ОБ повідомило вчора.", "ОБ"),  # no territorial defence after it
        ("en", "The TDF volunteers dug trenches near the school.", "TDF"),  # no number, no unit noun
        ("uk", "Вовки вийшли до села, а Да Вінчі намалював Джоконду.", "Вовки"),  # two things apart
    ],
)
def test_abbreviation_traps(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str) -> None:
    assert not _touches(recs[lang], text, word), word


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # honours and orders among the modifiers of an official name in translation
        (
            "en",
            "A soldier of the 2nd battalion of the 1st Guards Motor Rifle Kedrovsk Red Banner Regiment was killed.",
            "2nd battalion of the 1st Guards Motor Rifle Kedrovsk Red Banner Regiment",
        ),
        (
            "en",
            "He served in the 205th Separate Guards Motor Rifle Sosnovka Order of Kutuzov Brigade until 2022.",
            "205th Separate Guards Motor Rifle Sosnovka Order of Kutuzov Brigade",
        ),
        # the force between a designation and its name
        (
            "uk",
            "Служив у 7 бригаді оперативного призначення НГУ «Кедр» з 2022 року.",
            "7 бригаді оперативного призначення НГУ «Кедр»",
        ),
    ],
)
def test_long_official_names(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    assert _one_span_covers(recs[lang], text, surface), surface


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "Воював у 72 ОМБр ЗСУ, а потім у 110 ОМБр.", "ЗСУ"),  # the force alone after it stays the reader's
        ("en", "The 12th Street Bar opened in the 1990s.", "12th"),
    ],
)
def test_long_official_names_traps(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str) -> None:
    assert not _touches(recs[lang], text, word), word


def _touches(rec: MilitaryUnitRecognizer, text: str, word: str) -> bool:
    """Whether a finding of ``rec`` takes in the start of ``word``."""
    start = text.index(word)
    return any(r.start <= start < r.end for r in rec.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # BARS detachments named by their region's town, in English with their arm and noun
        ("ru", "Доброволец «БАРС-Белгород» погиб при обстреле.", "БАРС-Белгород"),
        ("ru", "Бойцы отряда «Барс-Брянск» получили награды.", "Барс-Брянск"),
        ("en", "He was in the BARS-Tambov volunteer detachment until May.", "BARS-Tambov volunteer detachment"),
        ("en", "He joined the Bars-Kursk detachment in 2024.", "Bars-Kursk detachment"),
        # a strike battalion's arm and a volunteer battalion's town belong to its name
        ("uk", "Пілот ударного батальйону «Кондор» загинув під Курахове.", "ударного батальйону «Кондор»"),
        (
            "ru",
            "Он воюет в составе Тамбовского добровольческого батальона «Сокол».",
            "Тамбовского добровольческого батальона «Сокол»",
        ),
        # a sub-unit before a regiment's bare four-digit number and its noun
        ("uk", "Його штурмову роту 1187 полку знову кинули вперед.", "штурмову роту 1187 полку"),
        ("ru", "Перевели в роту охраны 1451 полка.", "роту охраны 1451 полка"),
        # the fleet or flotilla an English designation ends with, in two words too
        (
            "en",
            "He served in the 382nd Marine Battalion of the Black Sea Fleet.",
            "382nd Marine Battalion of the Black Sea Fleet",
        ),
        ("en", "the 177th Marine Regiment of the Caspian Flotilla", "177th Marine Regiment of the Caspian Flotilla"),
    ],
)
def test_named_and_chained_units_session13(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Барс-самец живёт в зоопарке.", "Барс-самец"),  # a leopard, in lower case after the hyphen
        ("uk", "Його штурмову роту кинули вперед.", "Його"),  # a possessive is no adjective of the unit
        ("ru", "Погиб командир белорусского батальона «Волат».", "белорусского"),  # a nation's adjective
        ("ru", "Его перевели в роту 2023 года призыва.", "2023"),  # a year is no regiment's number
    ],
)
def test_session13_traps(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str) -> None:
    assert word not in " ".join(_spans(recs[lang], text))


def test_a_bank_named_after_a_leopard_is_no_bars_detachment(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    assert _spans(recs["en"], "The money came from the Ak Bars Bank branch.") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a base abroad by its number, and the troops after a brigade's arm
        ("ru", "Контрактник 7-й военной базы в Абхазии погиб.", "7-й военной базы"),
        ("uk", "Служив у 201-й російській військовій базі.", "201-й російській військовій базі"),
        ("en", "He served at the 102nd Russian military base in Gyumri.", "102nd Russian military base"),
        (
            "ru",
            "Разведчик 22-й отдельной бригады специального назначения ГРУ.",
            "22-й отдельной бригады специального назначения ГРУ",
        ),
    ],
)
def test_bases_and_troops_after_an_arm(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface)


def test_bases_without_a_number_are_no_units(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    assert _spans(recs["ru"], "Около 5 военных баз закрыли. Военная база в Сирии осталась.") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a volunteer, combined or named battalion's status adjective belongs to its quoted name
        ("ru", "в добровольческом отряде «Кедр-12» служил житель", "добровольческом отряде «Кедр-12»"),
        ("ru", "Все они служили в сводном отряде «Тайга-3».", "сводном отряде «Тайга-3»"),
        ("ru", "Удмуртский именной батальон «Иж» вернулся на отдых.", "Удмуртский именной батальон «Иж»"),
        ("uk", "Воював у зведеному загоні «Буревій».", "зведеному загоні «Буревій»"),
        # the quoted name before its noun
        ("ru", "Ефрейтор в/ч 54321 («Среднеуральский» батальон).", "«Среднеуральский» батальон"),
        ("ru", "Воевал в составе «Прикамского» батальона до весны.", "«Прикамского» батальона"),
        # a sub-unit's function between it and its unit number
        (
            "uk",
            "командиру взводу матеріального забезпечення в/ч 54321 Коваленку",
            "взводу матеріального забезпечення в/ч 54321",
        ),
        (
            "ru",
            "водитель роты материально-технического обеспечения в/ч 54321",
            "роты материально-технического обеспечения в/ч 54321",
        ),
        ("ru", "связист взвода связи войсковой части 54321 Петров", "взвода связи войсковой части 54321"),
        # a named company "при" its regiment: both withheld, the preposition no part of either
        ("ru", "Я в «Шторме» при 1239-м, нас никто не считает.", "Шторме"),
        ("ru", "Я в «Шторме» при 1239-м, нас никто не считает.", "1239-м"),
        # a Cossack or international brigade's adjective belongs to its name; a private company by its quoted name
        ("ru", "Воевал в казачьей бригаде «Дон-7», потом ушёл.", "казачьей бригаде «Дон-7»"),
        ("uk", "Був бійцем інтернаціональної бригади «Вереск».", "інтернаціональної бригади «Вереск»"),
        ("ru", "Потом подписал контракт с «Редутом» и уехал.", "Редутом"),
        # a spelled ordinal, its noun understood, before a share of its men
        ("ru", "У нас с тридцать седьмой половины нет, остальные трехсотые.", "тридцать седьмой"),
        ("uk", "З сорок восьмої половина поранені, кажуть.", "сорок восьмої"),
    ],
)
def test_named_battalions_functions_and_attached_companies(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), (text, _spans(recs[lang], text))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Он пришёл добровольцем в отряд «Кедр-12».", "добровольцем"),  # the man, not his unit's status
        ("ru", "Во второй половине дня пришёл приказ.", "второй"),  # half of the day
        ("ru", "Он штурмовик отряда «Шторм V» при 57-й бригаде.", "при"),  # two findings, "при" no part of either
    ],
)
def test_named_battalions_traps(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str) -> None:
    assert_not_found(text, [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35], word)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a republic's adjective in lower case belongs to its named battalion
        ("ru", "Служил в удмуртском батальоне «Иж» до осени.", "удмуртском батальоне «Иж»"),
        ("uk", "Воював у бурятському батальйоні «Сокіл».", "бурятському батальйоні «Сокіл»"),
    ],
)
def test_a_republics_adjective_belongs_to_its_battalion(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), (text, _spans(recs[lang], text))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Говорят, в российском батальоне «Иж» служат сибиряки.", "российском"),  # a nation's adjective
        ("uk", "Він розповів про вражеський батальйон «Сокіл».", "вражеський"),
    ],
)
def test_a_nations_adjective_stays_out_of_the_name(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str
) -> None:
    assert_not_found(text, [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35], word)


@pytest.mark.parametrize(
    ("lang", "text", "nickname"),
    [
        ("ru", "Мобилизован осенью, в/ч 54321 («трёшка», как её звали). Погиб зимой.", "трёшка"),
        ("uk", "Служив у в/ч А4417 («Сапсан»).", "Сапсан"),
        ("en", 'He served in military unit 40417 ("the Owls") until May.', "the Owls"),
    ],
)
def test_a_nickname_in_brackets_after_a_unit(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, nickname: str
) -> None:
    assert _one_span_covers(recs[lang], text, nickname), (text, _spans(recs[lang], text))


def test_a_quoted_source_in_brackets_is_no_nickname(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    text = "Служил в в/ч 54321 (см. «Новости» за май)."
    assert_not_found(text, [r for r in recs["ru"].analyze(text, [ENTITY]) if r.score >= 0.35], "Новости")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a regiment or battalion by its garrison town, its arm between
        ("ru", "Он военнослужащий Вичугского десантного полка.", "Вичугского десантного полка"),
        ("uk", "Боєць Ірпінського штурмового батальйону загинув.", "Ірпінського штурмового батальйону"),
    ],
)
def test_a_regiment_by_its_garrison_town(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _one_span_covers(recs[lang], text, surface), (text, _spans(recs[lang], text))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Российский танковый полк вошёл в село.", "Российский"),
        ("ru", "Караул несёт Президентский полк.", "Президентский"),
    ],
)
def test_a_nation_or_the_kremlins_guard_is_no_garrison_town(
    recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, word: str
) -> None:
    assert_not_found(text, [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35], word)
