"""Places, organisations and plain words that must never be replaced as a PERSON or CALL_SIGN (issue 14, type
discipline), one class per test: an apostrophe of Ukrainian spelling is no quote, a multi-word place name or a
locative after на/в is no nickname, a Russian town's Ukrainian case form, a place governed by a noun of residence
before a full name, a settlement noun, a list of places, "з" + a place's genitive, an employer, a court's seat
adjective, a given name typed as a village, a participle in a country's name and a state body with its country.

Every sentence is invented; private names are invented, public places and bodies are real.
"""

from __future__ import annotations

import pytest

from redact.discipline import location_verdict, person_verdict
from redact.pipeline import Redactor, analyze_text
from redact.policy import load_policy
from redact.public import public_register
from redact.recognizers.nlp.places import is_known_place, locative_after_preposition, place_beats_name
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import touched


@pytest.fixture(scope="module")
def register():  # type: ignore[no-untyped-def]
    spec = load_policy("withhold-identities").policy.public
    assert spec is not None
    return public_register(spec)


def _as_person(text: str, word: str, language: str, redactor: Redactor) -> list[str]:
    """Types of the PERSON/CALL_SIGN findings that overlap ``word`` in ``text``."""
    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    return [
        f.entity_type
        for f in found
        if f.start < i + len(word) and i < f.end and f.entity_type in {"PERSON", "CALL_SIGN"}
    ]


# --- call signs -----------------------------------------------------------------------------------------------


def test_an_apostrophe_inside_a_ukrainian_word_is_no_quote() -> None:
    rec = RuCallSignRecognizer(supported_language="uk")
    text = "Позивний «Борсук». До війни працював у ТОВ «Об'єднання Захід», потім переїхав до Кам'янки."
    results = rec.analyze(text, ["CALL_SIGN"])
    assert "Борсук" in [text[r.start : r.end] for r in results]
    # no finding stops at the apostrophe of "Об'єднання" or "Кам'янки"
    assert not any(text[r.end : r.end + 1] == "'" for r in results), [text[r.start : r.end] for r in results]
    # a call sign with an apostrophe in it is found whole
    named = "Його позивний «Дем'ян», він командир розрахунку."
    assert "Дем'ян" in [named[r.start : r.end] for r in rec.analyze(named, ["CALL_SIGN"])]


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a capitalised adjective agreeing with the capitalised noun after it: one place name
        ("Говорят, жители Белой Калитвы снова без света.", "Белой", "ru"),
        ("Кажуть, мешканці Великих Мостів знову без світла.", "Великих", "uk"),
    ],
)
def test_words_of_a_place_name_are_no_bare_nickname(text: str, word: str, language: str) -> None:
    rec = RuCallSignRecognizer(supported_language=language)
    i = text.index(word)
    assert not any(s <= i < e for s, e in rec._bare_nicknames(text))


def test_a_nickname_mid_sentence_is_still_one() -> None:
    rec = RuCallSignRecognizer(supported_language="ru")
    text = "С ним Сизый был до самого утра."
    assert any(text[s:e] == "Сизый" for s, e in rec._bare_nicknames(text))


def test_a_person_after_na_is_in_the_accusative() -> None:
    text = "Мы все надеемся на Бурого, он выведет."
    assert not locative_after_preposition(text, text.index("Бурого"), "Бурого", "ru")
    shop = "Он работал на Уралмаше мастером."
    assert locative_after_preposition(shop, shop.index("Уралмаше"), "Уралмаше", "ru")


def test_a_capitalised_locative_after_na_is_a_place_not_a_call_sign(register) -> None:  # type: ignore[no-untyped-def]
    # a street or a plant in the locative after на/в: withheld (or kept by the register) as a place
    for text, word in [
        ("Он всю весну простоял на Азовстали с ребятами.", "Азовстали"),
        ("Мы жили на Сиреневой, 4, возле школы.", "Сиреневой"),
    ]:
        i = text.index(word)
        assert person_verdict(text, i, i + len(word), "ru", register, call_sign=True) == "LOCATION", text


def test_a_quoted_enterprise_after_na_is_withheld_as_an_organisation(register) -> None:  # type: ignore[no-untyped-def]
    text = "Позывной у него «Шаман». Брат его до сих пор на «Ростсельмаше» в цеху."
    i = text.index("Ростсельмаше")
    assert person_verdict(text, i, i + len("Ростсельмаше"), "ru", register, call_sign=True) in {
        "ORGANIZATION",
        "LOCATION",
    }
    # the call sign itself, quoted after its cue, stays one
    j = text.index("Шаман")
    assert person_verdict(text, j, j + 5, "ru", register, call_sign=True) is None


# --- places ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Мінусинська", "Копейськом", "Ачинську", "Кірово-Чепецьком"])
def test_a_russian_towns_ukrainian_case_form_is_a_place(word: str) -> None:
    assert is_known_place(word, "uk")
    assert place_beats_name(word, "uk")


@pytest.mark.parametrize("word", ["Вишневецька", "Загорецька", "Дмитрука"])
def test_a_surname_of_the_same_shape_is_no_place(word: str) -> None:
    assert not place_beats_name(word, "uk")


@pytest.mark.parametrize(
    ("text", "place", "name", "language"),
    [
        ("Повідомили, що мешканець Дніпра Тарас Ігорович Бондар затриманий.", "Дніпра", "Тарас", "uk"),
        ("Суд арестовал уроженку Львова Анну Сергеевну Котову на два месяца.", "Львова", "Анну", "ru"),
    ],
)
def test_the_place_after_a_noun_of_residence_is_not_part_of_the_name(
    text: str, place: str, name: str, language: str
) -> None:
    rec = RuPersonRecognizer(supported_language=language)
    spans = [(r.start, r.end) for r in rec.analyze(text, ["PERSON"])]
    p = text.index(place)
    assert not any(s <= p < e for s, e in spans), [text[s:e] for s, e in spans]
    assert any(s == text.index(name) for s, _ in spans)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("The family still lives in the village of Khoit-Agash, near the lake.", "Khoit-Agash", "en"),
        ("Тепер вона живе у селі Марина під Сумами.", "Марина", "uk"),
        ("Батьки переїхали з Кропоткіна ще до війни.", "Кропоткіна", "uk"),
        ("Під обстріл потрапили Дар'ївка, Станіслав, Антонівка та інші села.", "Станіслав", "uk"),
    ],
)
def test_a_place_by_its_settlement_noun_preposition_or_list_is_a_location(  # type: ignore[no-untyped-def]
    text: str, word: str, language: str, register
) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), language, register) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Вона поїхала разом з Гагаріним на фронт.", "Гагаріним", "uk"),  # with a man: instrumental
        ("Приїхали з Херсона Станіслав і Олена.", "Станіслав", "uk"),  # a man named after a place, no list
        ("У Херсоні, Станіслав, усе гаразд.", "Станіслав", "uk"),  # called by name
        ("The village elder Ivan Petrov met us.", "Ivan Petrov", "en"),
    ],
)
def test_a_person_beside_a_place_is_still_a_person(  # type: ignore[no-untyped-def]
    text: str, word: str, language: str, register
) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), language, register) is None


def test_an_employer_is_an_organisation_not_a_person(register) -> None:  # type: ignore[no-untyped-def]
    text = "Before the war she worked for Kovrotex in the packing shop."
    i = text.index("Kovrotex")
    assert person_verdict(text, i, i + 8, "en", register) in {"ORGANIZATION", "LOCATION"}
    boss = "For years he worked for Ivan at the garage."
    j = boss.index("Ivan")
    assert person_verdict(boss, j, j + 4, "en", register) is None


def test_a_given_name_typed_as_a_village_before_a_surname_is_a_person() -> None:
    text = "The deputy mayor Oleh Marchuk said the shelter was full."
    i = text.index("Oleh")
    assert location_verdict(text, i, i + 4, "en") == "PERSON"
    place = "Shelling hit Oleh overnight, the regional head said."
    j = place.index("Oleh")
    assert location_verdict(place, j, j + 4, "en") is None


def test_a_courts_seat_adjective_is_no_place() -> None:
    text = "Захист подав скаргу до Одеського апеляційного суду минулого тижня."
    i = text.index("Одеського")
    assert location_verdict(text, i, i + len("Одеського"), "uk") == "drop"
    district = "Він жив в Одеському районі до весни."
    j = district.index("Одеському")
    assert location_verdict(district, j, j + len("Одеському"), "uk") != "drop"


# --- the register -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "language", "kind"),
    [
        ("Объединёнными Арабскими Эмиратами", "ru", "country"),  # a participle in any case
        ("Главному управлению разведки Украины", "ru", "body"),  # a body with its country in the genitive
        ("Міністерства оборони Росії", "uk", "body"),
    ],
)
def test_register_names_in_other_forms(surface: str, language: str, kind: str, register) -> None:  # type: ignore[no-untyped-def]
    m = register.match(surface, language)
    assert m is not None and m.kind == kind


def test_a_local_institution_with_a_country_after_it_is_no_body(register) -> None:  # type: ignore[no-untyped-def]
    assert register.match("Школи № 3 України", "uk") is None


# --- end to end: never a person ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Її брат, як з'ясувалося, родом з Мінусинська і служив водієм.", "Мінусинська", "uk"),
        ("Посредниками обмена снова выступили Объединённые Арабские Эмираты.", "Объединённые", "ru"),
        ("За даними слідства, уродженка Дніпра Ганна Петрівна Сидоренко передавала дані.", "Дніпра", "uk"),
    ],
)
def test_never_replaced_as_a_person(text: str, word: str, language: str, redactor: Redactor) -> None:
    assert _as_person(text, word, language, redactor) == []


# --- plain words and families -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # the common noun opening a sentence governs a territory's genitive
        ("Влада громади поки не коментує обстріл.", "Влада", "uk"),
        ("Руководство области отказалось от комментариев.", "Руководство", "ru"),
        # a word with a surname reading only, its inanimate noun agreeing with the short predicate after it
        ("Школа зачинена до кінця тижня, кажуть батьки.", "Школа", "uk"),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_name(  # type: ignore[no-untyped-def]
    text: str, word: str, language: str, register
) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), language, register) == "drop"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Школа загинув під Авдіївкою, повідомив командир.", "Школа"),  # a man: the verb is masculine
        ("Влада сказала, що подзвонить увечері.", "Влада"),  # a woman may say things
    ],
)
def test_the_same_word_as_a_person_stays_a_person(text: str, word: str, register) -> None:  # type: ignore[no-untyped-def]
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), "uk", register) is None


def test_a_family_named_by_its_plural_surname_stays_a_family() -> None:
    from redact.names.parts import split_person

    (part,) = split_person("Kovalenkos", "en")
    assert part.kind == "surname" and "plur" in part.gram
    (one,) = split_person("Kovalenko", "en")
    assert one.kind == "surname" and part.key == one.key  # one identity: the family of the man
    (given,) = split_person("Nikolas", "en")
    assert given.kind != "surname"


def test_a_plural_surname_is_replaced_by_a_plural_surname(redactor: Redactor) -> None:
    from redact.anonymize import RunContext
    from redact.documents import Document, Segment
    from redact.keys import load_key

    text = "Neighbours said the Kovalenkos' son had not called since March."
    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    out = redactor.redact(doc, RunContext(load_key(ephemeral=True))).output.decode()
    assert "Kovalenko" not in out
    head = out.split("' son")[0].split("the ")[-1]
    assert head.endswith("s") and head[:1].isupper(), out


# --- the gate: clean copy ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "language", "home"),
    [
        ("Officials said most of the mobilised men came from Chita and its suburbs.", "Chita", "en", False),
        ("At least 40 of those killed in the strike came from Omsk.", "Omsk", "en", False),
        ("Половина погибших в том бою были родом из Читы.", "Читы", "ru", False),
        # one person, whatever number stands near: still a home
        ("The 23-year-old came from Chita, his sister said.", "Chita", "en", True),
        ("Her brother came from Omsk.", "Omsk", "en", True),
        ("Он был родом из Читы.", "Читы", "ru", True),
    ],
)
def test_a_count_of_people_from_a_place_is_no_home(text: str, place: str, language: str, home: bool) -> None:
    from redact.home import home_context

    i = text.index(place)
    assert home_context(text, i, i + len(place), language) is home


def test_a_regional_centre_listed_with_a_public_region_after_a_repeated_preposition_is_kept(
    redactor: Redactor,
) -> None:
    text = "Вибухи лунали вночі на Прикарпатті та в Тернополі, повідомили рятувальники."
    i = text.index("Тернополі")
    found = analyze_text(text, "uk", redactor.engines, redactor.policy)
    assert not any(f.start <= i < f.end for f in found)
    home = "Загиблий був родом з Тернополя та мав двох дітей."
    j = home.index("Тернополя")
    assert any(f.start <= j < f.end for f in analyze_text(home, "uk", redactor.engines, redactor.policy))


@pytest.mark.parametrize(
    ("text", "plant", "kept"),
    [
        ("Вночі дрони знову атакували Бурштинську ТЕС, повідомили енергетики.", "Бурштинську ТЕС", True),
        ("Окупанти досі тримають Запорізьку АЕС.", "Запорізьку АЕС", True),
        ("Фото зроблене біля Трипільської ТЕС минулої осені.", "Трипільської ТЕС", True),
        # a workplace says who someone is
        ("Її батько двадцять років працював на Бурштинській ТЕС.", "Бурштинській ТЕС", False),
    ],
)
def test_a_named_power_plant_is_a_place_of_events_unless_a_workplace(text: str, plant: str, kept: bool) -> None:
    from redact.public import power_plant

    i = text.index(plant)
    assert power_plant(text, i, i + len(plant)) is kept
    adjective = plant.split()[0]  # the adjective alone, as a recognizer may take it
    assert power_plant(text, i, i + len(adjective)) is kept


def test_a_russian_two_word_town_in_its_ukrainian_genitive_is_one_place() -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    rec = RuLocationRecognizer(supported_language="uk")
    # the gazetteer holds the Russian "Набережные Челны" only
    text = "Після школи вона переїхала до Набережних Челнів і працювала там продавчинею."
    found = [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
    assert "Набережних Челнів" in found, found


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "Кремль і надалі обіцяє «завершити звільнення Донбасу» силою, заявив речник Пєсков у вівторок.",
            "Донбасу",
            "uk",
        ),
        ("У Кремлі знову пообіцяли забрати Крим і Донбас до кінця року, повідомляє Укрінформ.", "Донбас", "uk"),
    ],
)
def test_a_listed_region_a_model_calls_a_person_stays(redactor, text: str, word: str, language: str) -> None:
    """A region the register lists by name (not every region of the gazetteer) is a place whatever the model typed."""
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "verdict"),
    [
        # a town in capitals before its country or agency files a wire story; it addresses no one
        ("KEDROVSK, Russia, May 3 (Reuters) - Mourners gathered.", "KEDROVSK", None),
        ("SOSNOVKA (AP) - The funeral was held.", "SOSNOVKA", None),
        # a name called out at a line's start is still a person
        ("Tolik, come home, we are waiting.", "Tolik", "PERSON"),
    ],
)
def test_a_dateline_town_is_no_vocative(text: str, word: str, verdict: str | None) -> None:
    i = text.index(word)
    assert location_verdict(text, i, i + len(word), "en") == verdict


# A front-line place of the register a model typed CALL_SIGN or PERSON (session 10; tune set g, two passages):
# "у Крынок", "под Работино" where the army is spoken of before it is the place; a call sign named so is not.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Командир штурмовой группы, дважды ранен под Работино и у Крынок, вернулся в строй.", "Крынок", True),
        ("По словам бойца, его роту отправили через реку у Крынок «без лодок, на плотах».", "Крынок", True),
        ("Позывной у него был Крынок, так его и звали.", "Крынок", False),
    ],
)
def test_a_register_front_place_typed_as_a_call_sign(register, text: str, word: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    i = text.index(word)
    assert (register.verdict(text, i, i + len(word), "CALL_SIGN", "ru") is not None) is kept


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a country's, region's or city's possessive before a noun of command or kin is still the place
        ("The pattern was also described by Ukraine's commander-in-chief Oleksandr Syrskyi.", "Ukraine", None),
        ("Intercepts show Russia's unit commanders lying about losses.", "Russia", None),
        ("Kharkiv's commander of the garrison was replaced.", "Kharkiv", None),
        # a person's possessive stays a person, a given name that is also a city too
        ("Vladimir's mother cried when the call ended.", "Vladimir", "PERSON"),
        ("Korovin's mother asked the unit for news.", "Korovin", "PERSON"),
    ],
)
def test_a_public_places_possessive_is_no_person(register, text: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    i = text.index(word)
    assert location_verdict(text, i, i + len(word), "en", register) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("— Из Кедровска. Улица Студенческая, там с мамой жил.", "Студенческая"),
        ("— З Кедрівки. Вулиця Шкільна, там батьки живуть.", "Шкільна"),
    ],
)
def test_the_name_after_a_street_noun_is_a_street(text: str, word: str) -> None:
    start = text.index(word)
    language = "uk" if "З " in text else "ru"
    assert person_verdict(text, start, start + len(word), language, None, call_sign=True) == "LOCATION"
    assert person_verdict(text, start, start + len(word), language, None) == "LOCATION"


# --- a capitalised noun heading a public body's or state's name is no bare nickname (the gate on clean copy) -----


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a body's head noun before a genitive proper name (a founder's surname, a foreign name the case does not mark)
        ("Опитування провела соціологічна служба Центру Разумкова наприкінці травня.", "Центру", "uk"),
        ("За даними Інституту Горшеніна, більшість респондентів проти.", "Інституту", "uk"),
        ("Колонку для сайта написал сотрудник Центра Карнеги, сейчас он в Берлине.", "Центра", "ru"),
        ("Позже материал перепечатал сайт Фонда Навального.", "Фонда", "ru"),
        # an office before the name adjective and noun of its body
        ("Обращение передали в приёмную Уполномоченного Верховной Рады по правам человека.", "Уполномоченного", "ru"),
        ("Звернення надіслали до секретаріату Уповноваженого Верховної Ради з прав людини.", "Уповноваженого", "uk"),
        # a state's name in apposition after an oblique case
        ("Пленных разместили на территории Республики Беларусь, сообщило ведомство.", "Республики", "ru"),
        ("Новый набор объявили в Республике Татарстан и соседних регионах.", "Республике", "ru"),
        # an office in the genitive after its body's capitalised noun
        ("Про обмін повідомили на сайті Офісу Президента ввечері.", "Президента", "uk"),
        ("Копию письма направили в Администрацию Президента и в прокуратуру.", "Президента", "ru"),
    ],
)
def test_a_body_head_before_a_proper_genitive_is_no_nickname(text: str, word: str, language: str) -> None:
    rec = RuCallSignRecognizer(supported_language=language)
    assert word not in [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a nickname before a surname in the nominative, or a name in another case, stays one
        ("С ним Сизый был, а Гром Петренко не видел.", "Гром"),
        ("Потом Гром Иванову позвонил и сказал, что всё тихо.", "Гром"),
        ("Вчера Борода сказал, что Кабан уехал.", "Кабан"),
    ],
)
def test_a_nickname_before_a_name_stays_one(text: str, sign: str) -> None:
    rec = RuCallSignRecognizer(supported_language="ru")
    assert sign in [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Міністр обговорив удар з Верховним представником ЄС телефоном.", "Верховним", "uk"),
        ("Об этом заявил Генеральный секретарь НАТО на пресс-конференции.", "Генеральный", "ru"),
    ],
)
def test_an_office_title_adjective_is_no_call_sign(text: str, word: str, language: str) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), language, call_sign=True) == "drop"


def test_a_call_sign_named_with_its_cue_stays_before_a_person_noun() -> None:
    text = "Командир с позывным «Верховный» приказал. Верховный командир роты ранен."
    i = text.rindex("Верховный")
    assert person_verdict(text, i, i + len("Верховный"), "ru", call_sign=True) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Falling debris damaged cars in the Holosiivskyi and Sviatoshynskyi districts.", "Holosiivskyi"),
        ("Falling debris damaged cars in the Holosiivskyi and Sviatoshynskyi districts.", "Sviatoshynskyi"),
        ("A fire broke out in Dniprovskyi district overnight.", "Dniprovskyi"),
        ("Debris fell in the Obolonskyi, Podilskyi and Darnytskyi districts.", "Obolonskyi"),
    ],
)
def test_a_word_before_a_district_noun_is_a_place_not_a_person(text: str, word: str) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), "en") == "LOCATION"


def test_a_full_name_before_a_district_noun_stays_a_person() -> None:
    text = "Oleg Sidorov district council member, spoke first."
    assert person_verdict(text, 0, len("Oleg Sidorov"), "en") is None


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Через рік після Курської операції прикордоння досі обстрілюють.", "Курської", "uk"),
        ("Его дед был ветераном Курской битвы.", "Курской", "ru"),
        ("Ізюмський наступ змінив лінію фронту.", "Ізюмський", "uk"),
        ("Об этом писали после Херсонского контрнаступления.", "Херсонского", "ru"),
    ],
)
def test_a_place_adjective_heading_a_war_event_is_no_name(text: str, word: str, language: str) -> None:
    i = text.index(word)
    assert person_verdict(text, i, i + len(word), language) == "drop"


def test_a_place_adjective_heading_a_school_is_still_withheld() -> None:
    text = "Учился в Курской гимназии до войны."
    i = text.index("Курской")
    assert person_verdict(text, i, i + len("Курской"), "ru") in {"ORGANIZATION", "LOCATION"}


@pytest.mark.parametrize(
    ("text", "span", "language"),
    [
        ("Засуджений — уродженець м. Мирний Республіки Саха (Якутія), громадянин РФ.", "Республіки Саха", "uk"),
        ("Родился в Республике Тыва, служил по контракту.", "Республике Тыва", "ru"),
    ],
)
def test_a_unit_noun_and_its_name_are_a_place(text: str, span: str, language: str) -> None:
    i = text.index(span)
    assert person_verdict(text, i, i + len(span), language) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "span", "language"),
    [
        ("Край Іван Петрович загинув під Бахмутом.", "Край Іван Петрович", "uk"),
        ("Край Петро служив у бригаді.", "Край Петро", "uk"),
    ],
)
def test_a_surname_that_is_a_unit_noun_stays_a_person(text: str, span: str, language: str) -> None:
    i = text.index(span)
    assert person_verdict(text, i, i + len(span), language) is None
