"""Plain words `strict` must not withhold (the over-redaction of `redact eval`), with identifying recall kept.

Span boundaries: a cue written before a date of birth, a home place or a unit number stays outside its finding ("b.
1984", "native of Reni", "field post V2910"); a region after "in" is no part of an institution; a finding never runs
into the next line of a record. Public places: `strict` leaves a country named as a place of events and withholds
it as someone's home. Every private name, number and place is invented; countries and regions are real.
"""

from __future__ import annotations

import pytest

from redact.evaluate import Ours
from redact.recognizers.location_pattern import LocationPatternRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import output_of


def _out(system: Ours, text: str, lang: str) -> str:
    return output_of(system, text, lang)


# --- a cue before the date of birth stays in the text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "strict_out", "withhold_out"),
    [
        (
            "Returned: Taras Moroz (b. 1984) and Ilko Zhuk; b. '02.",
            "en",
            "b. <DATE_OF_BIRTH>",
            "b. 1984",
        ),
        (
            "Повернулися: Гнатюк Остап, н. 12.04.1979, с. Липове.",
            "uk",
            "н. <DATE_OF_BIRTH>",
            "н. 1979",
        ),
    ],
)
def test_a_birth_marker_is_left_to_read(
    strict: Ours, withhold: Ours, text: str, lang: str, strict_out: str, withhold_out: str
) -> None:
    assert strict_out in _out(strict, text, lang)
    out = _out(withhold, text, lang)
    assert withhold_out in out and "12.04" not in out


def test_a_date_tail_written_after_the_year_is_still_withheld_with_it(strict: Ours) -> None:
    out = _out(strict, "Список: Ярошук Ілля, 1994 р.н., м. Ніжин.", "uk")
    assert "1994" not in out and "р.н." not in out


# --- home cues, region tails, line breaks ------------------------------------------------------------------------


def test_native_of_leaves_the_cue_and_withholds_the_place() -> None:
    text = "Both of them, natives of Verkhnia Dubrava, signed in May."
    rec = LocationPatternRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
    assert "Verkhnia Dubrava" in spans
    assert not [s for s in spans if "native" in s]


def test_a_place_name_never_runs_into_the_next_line() -> None:
    text = "Place of birth: village of Kedrivka\nSchooling: Kedrivka lyceum"
    rec = LocationPatternRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
    assert "Kedrivka" in spans and not [s for s in spans if "Schooling" in s or "\n" in s]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("She ran the Kedrovka rural library in Tver Oblast for years.", "Kedrovka rural library"),
        ("He left Penal Colony No. 9 near Chuvashia last spring.", "Penal Colony No. 9"),
    ],
)
def test_a_region_after_in_is_no_part_of_an_institution(text: str, institution: str) -> None:
    rec = EnglishOrganizationRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]
    assert institution in spans and not [s for s in spans if "Tver" in s or "Chuvashia" in s]


def test_a_town_after_in_still_names_the_institution() -> None:
    text = "He was deacon of the Church of St. Paraskeva in Dubrivka until the war."
    rec = EnglishOrganizationRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]
    assert "Church of St. Paraskeva in Dubrivka" in spans


def test_an_institution_never_runs_into_the_next_record_line() -> None:
    text = "Похований: цвинтар с. Нижні Липи\nНадіслала: дружина Олена"
    rec = OrganizationRecognizer(supported_language="uk")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]
    assert "цвинтар с. Нижні Липи" in spans and not [s for s in spans if "Надіслала" in s]


# --- countries under strict ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("The talks were held in Romania and then in the UAE.", "en", "Romania"),
        ("Обмен прошёл при посредничестве ОАЭ, пленных доставили в Россию.", "ru", "Россию"),
        ("Полонених везли через кордон з Молдовою.", "uk", "Молдовою"),
    ],
)
def test_strict_leaves_a_country_named_as_a_place_of_events(strict: Ours, text: str, lang: str, country: str) -> None:
    assert country in _out(strict, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Сабиров Рустам (род. в г. Хорог, Таджикистан) служил водителем.", "ru", "Таджикистан"),
        ("Він родом з Молдови, з села Кетроси.", "uk", "Молдови"),
    ],
)
def test_strict_withholds_a_country_named_as_a_home(strict: Ours, text: str, lang: str, country: str) -> None:
    assert country not in _out(strict, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "public"),
    [
        ("Governor Vyacheslav Gladkov spoke in Kursk Oblast.", "en", "Gladkov"),
        ("Обстрел Белгородской области продолжился, сообщили в Минобороны.", "ru", "Белгородской"),
        ("Бої тривали біля Покровська.", "uk", "Покровська"),
    ],
)
def test_strict_keeps_no_public_figure_region_or_front_line_place(
    strict: Ours, text: str, lang: str, public: str
) -> None:
    assert public not in _out(strict, text, lang)


# --- a field label before a unit number stays in the text; a field post is part of the designation ---------------


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Військова частина: А2941\nПосада: стрілець", "uk", "А2941"),
        ("Unit: 63518; rank: private.", "en", "63518"),
        ("Адрес части: в/ч: 41873, Псков.", "ru", "41873"),
    ],
)
def test_a_unit_number_after_a_field_label_leaves_the_label(text: str, lang: str, number: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])] == [number]


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        ("He was a contract soldier of military unit 63518 near Pskov.", "en", "military unit 63518"),
        ("Служил в в/ч 41873 под Псковом.", "ru", "в/ч 41873"),
        # the corpora's annotators mostly take the field post in with its number
        ("Пишіть на польову пошту В3184, там передадуть.", "uk", "польову пошту В3184"),
    ],
)
def test_a_unit_number_named_with_its_noun_stays_whole(text: str, lang: str, whole: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert whole in [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])]


@pytest.mark.parametrize(
    ("text", "lang", "strict_out", "withhold_out"),
    [
        (
            "Військова частина: А2941\nПосада: стрілець",
            "uk",
            "Військова частина: <MILITARY_UNIT>",
            "Військова частина: [",
        ),
        (
            "Unit: 63518\nRank: private",
            "en",
            "Unit: <MILITARY_UNIT>",
            "Unit: [number withheld]",
        ),  # the label says it is a unit
    ],
)
def test_a_field_label_reads_under_both_policies(
    strict: Ours, withhold: Ours, text: str, lang: str, strict_out: str, withhold_out: str
) -> None:
    assert strict_out in _out(strict, text, lang)
    out = _out(withhold, text, lang)
    assert withhold_out in out and "2941" not in out and "63518" not in out


# --- a person's post before a unit, a phone line -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        (
            "Прощалися із сержантом Іваном Дзюбою, командиром другого відділення третьої роти.",
            "uk",
            "другого відділення",
        ),
        ("Он был снайпером 3-й роты 2-го батальона до весны.", "ru", "3-й роты 2-го батальона"),
    ],
)
def test_a_post_before_a_unit_chain_is_no_part_of_it(text: str, lang: str, unit: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])]
    assert any(s.startswith(unit) for s in spans)
    assert not [s for s in spans if "командир" in s or "снайпер" in s]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Родные звонят на горячую линию Генштаба каждый день.", "ru", None),
        ("Рідні дзвонять на гарячу лінію Координаційного штабу.", "uk", None),
        ("Жила на линии Садовой, дом 14, у тётки.", "ru", "линии Садовой, дом 14"),
    ],
)
def test_a_line_is_a_street_only_with_a_house(text: str, lang: str, found: str | None) -> None:
    from redact.recognizers.street_address import StreetAddressRecognizer

    spans = [
        text[r.start : r.end] for r in StreetAddressRecognizer(supported_language=lang).analyze(text, ["LOCATION"])
    ]
    assert spans == ([found] if found else [])


def test_a_regional_settlement_type_stays_in_the_text_and_reads_under_both_policies(
    strict: Ours, withhold: Ours
) -> None:
    text = "Он вырос на хуторе Верхний Кут, жил в х. Сладкий Ключ, а похоронен в станице Кедровской."
    out = _out(strict, text, "ru")
    assert "на хуторе <LOCATION>" in out and "х. <LOCATION>" in out and "станице <LOCATION>" in out
    out = _out(withhold, text, "ru")
    assert "Кут" not in out and "Ключ" not in out and "Кедровской" not in out
    assert "х. [" not in out and "хуторе [" not in out  # the kind is taken into the category, not written twice


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Загиблі:\n1) Бойко Ілля, в/ч 2917;\n2) Мороз Остап, с. Липове.", "uk"),
        ("Freed:\n1. Lis Oleh, military unit 4170;\n2. Zhuk Ilko, Lypove.", "en"),
    ],
)
def test_a_list_number_after_a_unit_number_is_no_part_of_it(text: str, lang: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["MILITARY_UNIT"])]
    assert spans and not [s for s in spans if "\n" in s or s.strip() in {"2", "2)"}]


@pytest.mark.parametrize(
    ("text", "lang", "institution", "named"),
    [
        ("Відспівували у Свято-Покровському храмі міста, потім на цвинтарі.", "uk", "Свято-Покровському храмі", False),
        ("Похоронен на кладбище села Кедровка, рядом с отцом.", "ru", "кладбище села Кедровка", True),
    ],
)
def test_a_town_noun_joins_an_institution_only_with_its_name(
    text: str, lang: str, institution: str, named: bool
) -> None:
    spans = [
        text[r.start : r.end] for r in OrganizationRecognizer(supported_language=lang).analyze(text, ["ORGANIZATION"])
    ]
    assert institution in spans
    assert named or not [s for s in spans if "міста" in s]


@pytest.mark.parametrize(
    ("text", "lang", "institution"),
    [
        ("Срок отбывал в колонии № 11 в Кедровской области, потом подписал контракт.", "ru", "колонии № 11"),
        ("Відбував покарання у виправній колонії № 4 у Кедрівській області.", "uk", "виправній колонії № 4"),
    ],
)
def test_a_region_after_v_is_no_part_of_a_russian_or_ukrainian_institution(
    text: str, lang: str, institution: str
) -> None:
    spans = [
        text[r.start : r.end] for r in OrganizationRecognizer(supported_language=lang).analyze(text, ["ORGANIZATION"])
    ]
    assert institution in spans and not [s for s in spans if "област" in s or "Кедр" in s]


# --- a kinship or role word before a name is the sentence's, not the name's ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "role", "name"),
    [
        ("Дружина Ганна Михайлівна передала до музею його нагороди.", "uk", "Дружина", "Ганна Михайлівна"),
        ("Мать Зинаида Петровна до сих пор ждёт ответа из части.", "ru", "Мать", "Зинаида Петровна"),
        ("Командир Петров приказал отходить к посадке.", "ru", "Командир", "Петров"),
    ],
)
def test_a_kinship_word_before_a_name_stays_in_the_text(
    strict: Ours, text: str, lang: str, role: str, name: str
) -> None:
    out = _out(strict, text, lang)
    assert out.startswith(role + " ")
    assert name not in out


@pytest.mark.parametrize(
    ("text", "lang", "finding", "name_start"),
    [
        ("Коваль Андрій Петрович, 1987 р.н.", "uk", "Коваль Андрій Петрович", 0),  # a surname first, register style
        ("Мама сказала, что всё хорошо.", "ru", "Мама", 0),  # no name after the word
        ("Сын Андрей вернулся.", "ru", "Сын Андрей", 4),
        ("Мама Даньки звонила вчера.", "ru", "Мама Даньки", 0),  # the mother of someone named: one mention
        ("Дружина Сашка приїхала.", "uk", "Дружина Сашка", 0),  # Сашко's wife or a wife named Сашка: left whole
        ("Mother Olena Hnatiuk said nothing.", "en", "Mother Olena Hnatiuk", 7),
        # a chat role heading a line is part of the display name; in a sentence it is the role's word
        ("Админ Лена: удалила, не пишите номера.", "ru", "Админ Лена", 0),
        ("Модератор Оксана 21:40: видаляю.", "uk", "Модератор Оксана", 0),
        ("Админ Лена удалила сообщение.", "ru", "Админ Лена", 6),
        ("Журналістка Ярина Гулак поговорила з полоненим.", "uk", "Журналістка Ярина Гулак", 12),
        ("Governor Ostap Kvitkovsky sent his condolences.", "en", "Governor Ostap Kvitkovsky", 9),
        ("жене Зинаиде напишите в личку", "ru", "жене Зинаиде", 5),  # lowercase: no name, whatever Женя's form
    ],
)
def test_role_before_name_cuts_only_a_kinship_word(text: str, lang: str, finding: str, name_start: int) -> None:
    from redact.discipline import role_before_name

    assert role_before_name(text, 0, len(finding), lang) == name_start


# --- the adjective of an office's title is no place and no name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "lang", "expected"),
    [
        ("з Верховним представником ЄС", "Верховним", "uk", True),
        ("родом с Луганский казак", "Луганский", "ru", False),  # a place's adjective
        ("жив у Новій Каховці", "Новій", "uk", False),  # a capitalised noun after it: a place's name
        ("на Каменском кладбище", "Каменском", "ru", False),
    ],
)
def test_title_adjective_needs_a_person_noun_after_it(text: str, word: str, lang: str, expected: bool) -> None:
    from redact.discipline import _title_adjective

    i = text.index(word)
    assert _title_adjective(text, i + len(word), word, lang) is expected


def test_a_title_adjective_found_as_a_place_is_dropped() -> None:
    from redact.discipline import location_verdict

    text = "Міністр обговорив удар з Верховним представником ЄС у Брюсселі."
    i = text.index("Верховним")
    assert location_verdict(text, i, i + len("Верховним"), "uk") == "drop"


# --- an English translation's words of endearment are no names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "withheld"),
    [
        ("MOTHER: Alyoshenka, sonny, eat something, please.", "sonny", "Alyoshenka"),
        ("WIFE: Daddy says hi to you, and Mommy misses you, Tolik.", "Mommy", "Tolik"),
    ],
)
def test_words_of_endearment_stay(strict: Ours, text: str, kept: str, withheld: str) -> None:
    out = _out(strict, text, "en")
    assert kept in out and withheld not in out


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a pair of units sharing one plural noun: each name a place, "and" and the noun outside
        (
            "Debris fell in the Pecherskyi and Obolonskyi districts, the city administration said.",
            ["Pecherskyi", "Obolonskyi"],
        ),
        ("Power was cut in the Chernihiv and Sumy regions after the strike.", ["Chernihiv", "Sumy"]),
        (
            "Fires broke out in Kyiv's Podilskyi, Darnytskyi, and Pecherskyi districts.",
            ["Podilskyi", "Darnytskyi", "Pecherskyi"],
        ),
    ],
)
def test_a_pair_of_districts_names_two_places(text: str, places: list[str]) -> None:
    rec = LocationPatternRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
    assert all(p in spans for p in places), spans
    assert not [s for s in spans if " and " in s]


@pytest.mark.parametrize(
    "text",
    [
        "Any foreign troops on Ukrainian territory would be targets, the ministry said.",
        "The drone came down in a Russian region bordering Ukraine.",
    ],
)
def test_a_country_adjective_before_a_unit_noun_is_no_place_name(text: str) -> None:
    rec = LocationPatternRecognizer(supported_language="en")
    assert not rec.analyze(text, ["LOCATION"])


def test_a_named_unit_before_its_noun_stays_a_place() -> None:
    text = "He was born in the Aginsky district and later moved to Chita region."
    rec = LocationPatternRecognizer(supported_language="en")
    spans = [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
    assert "Aginsky district" in spans and "Chita region" in spans


# --- an award named after a person names no one -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept", "withheld"),
    [
        (
            "Рядовой Сидоренко Олег Иванович посмертно награждён медалью Суворова.",
            "ru",
            "медалью Суворова",
            "Сидоренко",
        ),
        ("Вдове Андрея Кулешова вручили Медаль Александра Суворова.", "ru", "Александра Суворова", "Кулешова"),
        ("Орденами Кутузова и Жукова награждён майор Игорь Шавкун.", "ru", "Кутузова и Жукова", "Шавкун"),
        ("Семье передали медали «Жукова» и «За отвагу» Дениса Рябцева.", "ru", "«Жукова»", "Рябцева"),
        ("Його посмертно нагороджено орденом Богдана Хмельницького III ступеня.", "uk", "Богдана Хмельницького", None),
        ("Олексію Гнатюку присвоєно орден Данила Галицького.", "uk", "Данила Галицького", "Гнатюку"),
        ("Нагороджена орденом княгині Ольги III ступеня Марія Тимчук.", "uk", "княгині Ольги", "Тимчук"),
    ],
)
def test_an_awards_eponym_stays_in_the_text(
    strict: Ours, text: str, lang: str, kept: str, withheld: str | None
) -> None:
    out = _out(strict, text, lang)
    assert kept in out, out
    if withheld is not None:
        assert withheld not in out, out


@pytest.mark.parametrize(
    ("text", "lang", "withheld"),
    [
        # a private name after an award's noun is the owner of the award, not its eponym
        ("Орден Андрея Кузнецова передали его матери.", "ru", "Кузнецова"),
        ("Медаль Кузнецову вручил военком.", "ru", "Кузнецову"),
        ("Вчера медаль вручили Александру Суворову из Лесного.", "ru", "Суворову"),
        ("Орден Тараса Мельника передали матері.", "uk", "Мельника"),
        # the eponym's city as a home place stays withheld
        ("Народився в Хмельницькому, служив у зенітному полку.", "uk", "Хмельницькому"),
    ],
)
def test_a_name_after_an_award_noun_not_in_the_table_is_withheld(
    strict: Ours, text: str, lang: str, withheld: str
) -> None:
    assert withheld not in _out(strict, text, lang)
