"""RuLocationRecognizer: Russian/Ukrainian places, regions, colonies (domain-identifiers §4, §8 Russian)."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_location import RuLocationRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def ru() -> RuLocationRecognizer:
    return RuLocationRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> RuLocationRecognizer:
    return RuLocationRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Передай, что к маю буду дома в Кедровке.", "Кедровке"),
        ("Я сам из Кедровки, это под Томском.", "Кедровки"),
        ("Он с Кедровки, наш земляк.", "Кедровки"),
        ("Она так и живёт в селе Сосновый Лог Забайкальского края.", "Сосновый Лог"),
        ("Она так и живёт в селе Сосновый Лог Забайкальского края.", "Забайкальского края"),
        ("Мать живёт в Саратовской области, в деревне.", "Саратовской области"),
        ("Лежал в госпитале в Ростове-на-Дону две недели.", "Ростове-на-Дону"),
        ("Брат в Гомеле, скажи ему.", "Гомеле"),
        ("Я сам с Верхнезареченска, мне 24.", "Верхнезареченска"),
        ("Забрали прямо из ИК-6, потом в СИЗО-1 держали.", "ИК-6"),
        ("Забрали прямо из ИК-6, потом в СИЗО-1 держали.", "СИЗО-1"),
        ("Родом из пгт Октябрьский, там и школа.", "Октябрьский"),
        ("Он уроженец Республики Бурятия, служил по контракту.", "Республики Бурятия"),
        ("Я тут с уфимцем одним познакомился.", "уфимцем"),
        ("Там много кинешемских ребят служит.", "кинешемских"),
        ("Там много саратовских ребят служит.", "саратовских"),
        ("Нас там всех саратовских собрали, с Энгельса.", "саратовских"),
        ("Нас трое балашовцев в роте.", "балашовцев"),
        ("Призван Кировским военкоматом в сентябре.", "Кировским"),
    ],
)
def test_ru_finds(ru: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_found(text, ru.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Родом з Тернопільщини, там і батьки.", "Тернопільщини"),
        ("Родина в смт Берегове, там і школа.", "Берегове"),
        ("Народився в с. Кедрівка Томської області.", "Томської області"),
        ("Тіло відправили в Дербент.", "Дербент"),
        ("Мобілізували в ДНР у 2022-му.", "ДНР"),
        ("Я народився в селі Зелена Балка на Полтавщині.", "Зелена Балка"),
        ("Поруч Тарас Мельничук з Калуша, нормальний хлопець.", "Калуша"),
    ],
)
def test_uk_finds(uk: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Пиши на полевую почту: 103400, Москва-400, номер части.", "Москва-400"),
        ("Я дома, всё нормально.", "дома"),
        ("Это добровольческий отряд, не армия.", "добровольческий"),
        ("Пиши в телегу, собака volk.", "собака"),
        ("Мы русские, нам не страшно.", "русские"),
        ("Т-72 из батальона поймал ФАБ-500.", "Т-72"),
        ("Скажи Андрею, пусть позвонит.", "Андрею"),
    ],
)
def test_ru_ignores(ru: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a settlement-type word stays outside the span, a regional one (станица, хутор, улус) as a common one
        ("ru", "Родом он из станицы Старолесской, там и похоронен.", "Старолесской"),
        ("ru", "Адрес: Курская обл., п. Сосновый, ул. Лесная, 4.", "Сосновый"),
        ("ru", "Жил на хуторе Калиновом до армии.", "Калиновом"),
        ("ru", "Похоронен в улусе Верхний Кижир.", "Верхний Кижир"),
        ("ru", "Адрес: х. Глубокий Яр, у. Нижний Торей.", "Глубокий Яр"),
        ("uk", "Уродженець смт Кедрівка Житомирської області.", "Кедрівка"),
        ("uk", "Мешкав у с. Лісове разом із матір'ю.", "Лісове"),
    ],
)
def test_settlement_with_its_type_word(lang: str, text: str, surface: str) -> None:
    results = RuLocationRecognizer(lang).analyze(text, ["LOCATION"])
    assert_found(text, results, surface, "LOCATION")
    for common in ("п.", "смт", "с.", "х.", "у.", "станицы", "хуторе", "улусе"):
        if f"{common} {surface}" in text:
            assert_not_found(text, results, common)  # a plain word of the sentence stays as written


@pytest.mark.parametrize(
    "text",
    ["Он родился в 1990 г. Многие его помнят.", "Пришли вместе с. Передай ему привет."],
)
def test_a_sentence_after_an_abbreviation_is_no_settlement(text: str) -> None:
    results = RuLocationRecognizer("ru").analyze(text, ["LOCATION"])
    for word in ("Многие", "Передай"):
        if word in text:
            assert_not_found(text, results, word)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "Звернулася п. Оксана до суду.", "Оксана"),  # п. = пані before a given name
        ("ru", "Согласно п. Иванову, всё в порядке.", "Иванову"),
    ],
)
def test_p_before_a_person_is_no_settlement(lang: str, text: str, word: str) -> None:
    assert_not_found(text, RuLocationRecognizer(lang).analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a two-word place in an oblique case: each word back to its nominative, then the gazetteer
        ("uk", "Він виріс у Білій Церкві, а працював у Малій Вільшанці.", "Малій Вільшанці"),
        ("ru", "Работал водителем в Белой Калитве до призыва.", "Белой Калитве"),
        ("uk", "Родом з Великої Новосілки, там і школа.", "Великої Новосілки"),
    ],
)
def test_two_word_place_in_any_case(lang: str, text: str, surface: str) -> None:
    assert_found(text, RuLocationRecognizer(lang).analyze(text, ["LOCATION"]), surface, "LOCATION")


def test_two_capitalised_names_are_no_place() -> None:
    text = "Іван Петренко та Марія Коваль приїхали."
    results = RuLocationRecognizer("uk").analyze(text, ["LOCATION"])
    for word in ("Петренко", "Марія"):
        assert_not_found(text, results, word)


@pytest.mark.parametrize(
    ("lang", "text", "again"),
    [
        # a village named once with its type word is the same place in another case later, even when the
        # dictionary reads the word as a name or does not know it
        ("uk", "Уродженець с. Вербиче Хабаровського краю. Мати досі живе у Вербичі.", "Вербичі"),
        ("ru", "Похоронен: д. Сухарино. В Сухарине его помнят.", "Сухарине"),
        ("uk", "Місце народження: с. Кедрівка Вербівської громади. Кедрівку обстріляли.", "Кедрівку"),
    ],
)
def test_a_settlement_named_again(lang: str, text: str, again: str) -> None:
    results = RuLocationRecognizer(lang).analyze(text, ["LOCATION"])
    assert_found(text, results, again, "LOCATION")
    # the region or unit after the name is not part of the settlement's name
    assert not any(text[r.start : r.end].endswith(("Хабаровського", "Вербівської")) for r in results)


def test_a_given_name_after_p_is_not_named_again() -> None:
    text = "п. Светлана сказала, что Светлану все знали."
    assert_not_found(text, RuLocationRecognizer("ru").analyze(text, ["LOCATION"]), "Светлану")


@pytest.mark.parametrize("word", ["громадянин", "громадянка"])
def test_citizen_is_no_home_town_word(word: str) -> None:
    text = f"Підозрюваний — {word} РФ."
    assert_not_found(text, RuLocationRecognizer("uk").analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "А командир у нас нормальный мужик, сам с Осинового Лога.", "Осинового Лога"),
        ("ru", "Его перевели из Сухой Балки в госпиталь.", "Сухой Балки"),
        ("uk", "Бої тривають під Красним Лиманом.", "Красним Лиманом"),
    ],
)
def test_a_place_adjective_takes_its_agreeing_noun(lang: str, text: str, place: str) -> None:
    """After a place preposition, an adjective and the capitalised noun that agrees with it are one place."""
    spans = {text[r.start : r.end] for r in RuLocationRecognizer(lang).analyze(text, ["LOCATION"])}
    assert place in spans


def test_an_adjective_before_a_given_name_stays_apart() -> None:
    text = "Письмо от Осинового Петра пришло вчера."
    spans = {text[r.start : r.end] for r in RuLocationRecognizer("ru").analyze(text, ["LOCATION"])}
    assert "Осинового Петра" not in spans


def test_an_adjective_before_an_institution_noun_is_no_two_word_place() -> None:
    text = "Мать обратилась в Красный Крест за помощью."
    spans = {text[r.start : r.end] for r in RuLocationRecognizer("ru").analyze(text, ["LOCATION"])}
    assert "Красный Крест" not in spans


@pytest.mark.parametrize(
    "text",
    [
        "Женщина у военкомата требовала вернуть мужа.",
        "Мужчины из соседнего подъезда помогли.",
        "Украинская сторона не комментирует. Много россиян уехало.",
        "Он вернулся на Родину в мае.",
        "Звонила вчера. Его ждали дома. Жил он скромно. Многие помнят.",
    ],
)
def test_no_place_in_person_nouns_country_words_or_pronouns(ru: RuLocationRecognizer, text: str) -> None:
    res = ru.analyze(text, ["LOCATION"])
    assert res == [], [text[r.start : r.end] for r in res]


@pytest.mark.parametrize(
    "text",
    [
        "На Великдень постараюся бути вдома.",
        "Про підозру повідомлено посадовцю селищної ради.",
        "Підтримує українську армію, як і всі українці.",
    ],
)
def test_no_place_in_feasts_officials_or_country_words_uk(uk: RuLocationRecognizer, text: str) -> None:
    res = uk.analyze(text, ["LOCATION"])
    assert res == [], [text[r.start : r.end] for r in res]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Белгородчина прощается с земляком.", "Белгородчина"),
        ("Родом он уфимец, служил по контракту.", "уфимец"),
        ("Сам я тамбовец, а жена из Липецка.", "тамбовец"),
        ("Він сам тернополянин, служив з 2014 року.", "тернополянин"),
        ("На Житомирщині його знали всі.", "Житомирщині"),
    ],
)
def test_regions_and_home_town_words_still_found(ru: RuLocationRecognizer, uk: RuLocationRecognizer, text, surface):
    rec = uk if any(c in text for c in "іїєґ") else ru
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


def test_a_street_of_people_after_na_is_still_a_place(ru: RuLocationRecognizer) -> None:
    text = "Она живёт в Питере, на Ветеранов, у метро."
    assert_found(text, ru.analyze(text, ["LOCATION"]), "Ветеранов", "LOCATION")


# A region's adjective or its people in lower case names no one's home: the region is public, a town is not.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("В тамбовском селе простились с рядовым.", "тамбовском"),
        ("Это одно из татарстанских добровольческих подразделений.", "татарстанских"),
        ("Среди погибших много сахалинцев и приморцев.", "сахалинцев"),
        ("На курских полях стоит жара.", "курских"),
        ("Дагестанские бойцы держат этот участок.", "Дагестанские"),
    ],
)
def test_a_regions_word_is_no_home_town(ru: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Глава республики Айдар Сабитов выразил соболезнования семье.", "республики Айдар Сабитов"),
        ("Премьер республики Ольга Дамбаева приехала на похороны.", "республики Ольга Дамбаева"),
    ],
)
def test_a_republics_head_is_no_republic(ru: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["LOCATION"]), surface)


def test_a_republic_by_its_name_is_still_found(ru: RuLocationRecognizer) -> None:
    text = "Он уроженец Республики Тыва, служил по контракту."
    assert_found(text, ru.analyze(text, ["LOCATION"]), "Республики Тыва", "LOCATION")


# --- a feast day after a preposition is a time, not a place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("Командир сказав, що до Нового року відпусток не буде.", "Нового", "uk"),
        ("Поранений уже в Новому році, лежить у шпиталі.", "Новому", "uk"),
        ("Передай усім наших з Новим роком, я подзвоню.", "Новим", "uk"),
        ("Обіцяв приїхати після Різдва, а загинув під Бахмутом.", "Різдва", "uk"),
        ("Востаннє був удома на Паску.", "Паску", "uk"),
        ("Сказали, что к Новому году всех отпустят.", "Новому", "ru"),
        ("Звонил после Рождества, больше не выходил на связь.", "Рождества", "ru"),
    ],
)
def test_feast_day_is_no_place(text: str, word: str, lang: str) -> None:
    rec = RuLocationRecognizer(lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Народився в с. Новий Буг, жив у Новому Розділі.", "Новому Розділі"),
        ("Родом з Нового Бугу, там і похований.", "Нового Бугу"),
    ],
)
def test_places_named_new_are_still_places(uk: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface", "found"),
    [
        # a town's adjective in the plural standing for its people, after a pronoun of people or a collective numeral
        ("Из наших, кинешемских, я один остался.", "кинешемских", True),
        ("Нас, шадринских, в одну роту свели.", "шадринских", True),
        ("Да все знают, что мы кинешемские.", "кинешемские", True),
        # the same adjective on a thing, or with no people before it, is no one's home
        ("Двое шадринских заводов закрылись.", "шадринских", False),
        ("У нас шадринские пельмени лучше.", "шадринские", False),
    ],
)
def test_a_town_adjective_standing_for_its_people(
    ru: RuLocationRecognizer, text: str, surface: str, found: bool
) -> None:
    results = ru.analyze(text, ["LOCATION"])
    if found:
        assert_found(text, results, surface, "LOCATION")
    else:
        assert_not_found(text, results, surface)


@pytest.mark.parametrize(
    ("language", "text", "surface", "found"),
    [
        # a town as the subject of its people's farewell, at a sentence start too, a common noun's twin too
        ("uk", "Житомир попрощався з захисником Петром Лисюком.", "Житомир", True),
        ("uk", "Конотоп у жалобі: загинув Олег Бондар.", "Конотоп", True),
        ("uk", "Дубно провело в останню путь Героя.", "Дубно", True),
        ("ru", "Курган простился с земляком, погибшим под Авдеевкой.", "Курган", True),
        ("uk", "Кам'янець-Подільський попрощався з десантником.", "Кам'янець-Подільський", True),
        # a given name that is also a town stays a person
        ("uk", "Володимир попрощався з братом на вокзалі.", "Володимир", False),
        # the mourners named by what they are: a hromada, a village, a school mourn in their own right
        ("uk", "Громада прощається з Героєм.", "Громада", False),
        ("ru", "Село простилось с земляком.", "Село", False),
    ],
)
def test_a_town_mourning_its_own(language: str, text: str, surface: str, found: bool) -> None:
    results = RuLocationRecognizer(language).analyze(text, ["LOCATION"])
    if found:
        assert_found(text, results, surface, "LOCATION")
    else:
        assert_not_found(text, results, surface)
