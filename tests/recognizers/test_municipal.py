"""MunicipalRecognizer, EnglishMunicipalRecognizer, PlaceTagRecognizer: communities, demonyms, tags (issue 15)."""

from __future__ import annotations

import pytest

from redact.recognizers.location_pattern import LocationPatternRecognizer
from redact.recognizers.municipal import MunicipalRecognizer, demonym_place
from redact.recognizers.municipal_en import EnglishMunicipalRecognizer
from redact.recognizers.nlp.gazetteer import place_gazetteer
from redact.recognizers.place_tag import PlaceTagRecognizer
from tests.assertions import assert_not_found, surfaces


def _spans(rec, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]


@pytest.fixture(scope="module")
def ru() -> MunicipalRecognizer:
    return MunicipalRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> MunicipalRecognizer:
    return MunicipalRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Гайсинська громада прощається з героєм.", "Гайсинська громада"),
        ("Воїн з Кедрівської громади загинув.", "Кедрівської громади"),
        ("Ліцей Кедрівської ОТГ відкрив дошку.", "Кедрівської ОТГ"),
        ("Житель Вербівського старостинського округу.", "Вербівського старостинського округу"),
        ("Про це повідомила Вербівська сільська рада.", "Вербівська сільська рада"),
        ("Живе у старостинський округ Слобода.", "старостинський округ Слобода"),
        # a council's slash abbreviation after the village it governs
        ("Уродженець с. Вербівка Вербівської с/р Кедрівського району.", "Вербівської с/р"),
        ("Картка обліку: Кедрівська с/рада, 1987 р.", "Кедрівська с/рада"),
    ],
)
def test_uk_units(uk: MunicipalRecognizer, text: str, span: str) -> None:
    assert span in _spans(uk, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("В администрации Кедровского городского округа сообщили.", "Кедровского городского округа"),
        ("Житель Ключевского сельского поселения.", "Ключевского сельского поселения"),
        ("Помогала Гайсинской громаде.", "Гайсинской громаде"),
        ("Глава муниципального образования «Город Кедровый» выразил соболезнования.", None),
        # a Tuvan kozhuun and a Yakut or Buryat ulus are districts, any case
        ("Вырос в Кедро-Хемском кожууне у бабушки.", "Кедро-Хемском кожууне"),
        ("Призван из Улуг-Кедровского кожууна весной.", "Улуг-Кедровского кожууна"),
        ("Семья переехала в Кедрово-Кангаласский улус.", "Кедрово-Кангаласский улус"),
        ("Уроженец с. Кедровка Кедровского с/с Кедровского района.", "Кедровского с/с"),
        ("Проживал в д. Кедровка Ключевского с/п.", "Ключевского с/п"),
    ],
)
def test_ru_units(ru: MunicipalRecognizer, text: str, span: str | None) -> None:
    found = _spans(ru, text)
    assert (span in found) if span else any(s.endswith("Кедровый»") for s in found), found


@pytest.mark.parametrize(
    ("word", "language", "place"),
    [
        ("Омич", "ru", "Омск"),
        ("одессит", "ru", "Одесса"),
        ("киянка", "uk", "Київ"),
        ("Тернополянин", "uk", "Тернопіль"),
        ("переяславця", "uk", "Переяслав"),
        ("харьковчанка", "ru", "Харьков"),
        ("попаснянцам", "ru", "Попасна"),
        ("томичи", "ru", "Томск"),
        # every suffix the lemma ends in is tried: Гадяч-анин is not гадя- + -чанин
        ("сумчанка", "uk", "Суми"),
        ("бахмутчанин", "uk", "Бахмут"),
        # consonant alternation before the suffix (г→ж, к/ц→ч) and the feminine -енка
        ("выборжанка", "ru", "Выборг"),
        ("кременчужанин", "uk", "Кременчуг"),
        # -єць after a stem in -ія/-ия, in any case form
        ("коломийці", "uk", "Коломия"),
        # a linking -ен-/-ин- of the adjective stem (сарн-ен-ський ← Сарни)
        ("ізмаїльчанка", "uk", "Ізмаїл"),
        ("Костромичи", "ru", "Кострома"),
    ],
)
def test_demonyms(word: str, language: str, place: str) -> None:
    # The gazetteer may hold the place under another spelling (Одес, Тернополь): compare what it stands for.
    found = demonym_place(word, language)
    gaz = place_gazetteer()
    assert found, word
    assert {e.canonical for e in gaz.get(found)} & {e.canonical for e in gaz.get(place)}


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("боец", "ru"),
        ("продавец", "ru"),
        ("отец", "ru"),
        ("бабка", "ru"),
        ("кличка", "ru"),
        ("Іванович", "uk"),
        ("Петрович", "ru"),
        ("односельчанин", "ru"),
        ("громадянин", "uk"),
        # nationalities: their stem is a country (Украина, Китай, Росія), never a home place
        ("украинцы", "ru"),
        ("китаец", "ru"),
        ("росіянами", "uk"),
        ("українкою", "uk"),
        # a feminine in -ка whose masculine is a common noun (партизан) names no place
        ("партизанка", "ru"),
        ("сельчане", "ru"),
        # dictionary nouns read back only to a town or a city, never to a village of the same stem
        ("беженец", "ru"),
        ("монашенка", "ru"),
        ("колодец", "ru"),
        ("жеребец", "ru"),
        ("коленка", "ru"),
        ("неженка", "ru"),
    ],
)
def test_not_demonyms(word: str, language: str) -> None:
    assert demonym_place(word, language) == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Громада вирішила інакше.", "Громада"),
        ("Верховна Рада ухвалила закон.", "Рада"),
        ("Штаб Южного военного округа сообщил.", "Южного"),
        ("Громада Петро Іванович очолив.", "Петро"),
        ("Вона громадянка України.", "громадянка"),
        ("В кожууне и в улусе говорят иначе.", "кожууне"),
        ("Наш кожуун помнит своих.", "кожуун"),
        # a word the dictionary knows only as an inanimate noun names no people ("лопатка", not people of Лопатин)
        ("Тату на лопатці, шрам на лобі.", "лопатці"),
        ("Під лівою лопаткою болить.", "лопаткою"),
    ],
)
def test_not_units(uk: MunicipalRecognizer, ru: MunicipalRecognizer, text: str, word: str) -> None:
    for rec in (uk, ru):
        assert_not_found(text, rec.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He was a Tomsk native.", "Tomsk native"),
        ("A Tomsk-born soldier died.", "Tomsk-born"),
        ("He was a native of Kupiansk.", "Kupiansk"),
        ("The Haisyn territorial community mourns.", "Haisyn territorial community"),
        ("The Haisyn community mourns.", "Haisyn community"),
        ("Lokachi OTG announced it.", "Lokachi OTG"),
        # the official English names of hromadas, qualifiers capitalised
        ("The Kedrivka Rural Territorial Community mourns its defender.", "Kedrivka Rural Territorial Community"),
        ("A notice of the Haisyn City Territorial Community said so.", "Haisyn City Territorial Community"),
        ("BOOK OF MEMORY of the Lokachi Settlement Territorial Community", "Lokachi Settlement Territorial Community"),
    ],
)
def test_en_units_and_natives(text: str, span: str) -> None:
    assert span in _spans(EnglishMunicipalRecognizer("en"), text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He is a Russian native speaker.", "Russian"),
        ("The Jewish community gathered.", "Jewish"),
        ("The community said nothing.", "community"),
        ("A local resident saw it.", "local"),
    ],
)
def test_en_not_units(text: str, word: str) -> None:
    assert_not_found(text, EnglishMunicipalRecognizer("en").analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("uk", "Прощання #Бердичів #пам'ятаємо", "#Бердичів"),
        ("en", "Source: https://example.ua/news/123-berdychiv-farewell", "berdychiv"),
        ("en", "Local site haisyn.info/news/haisyn-farewell", "haisyn"),
        ("en", "Read /news/omsk-soldier-killed today", "omsk"),
        ("ru", "#Томск помнит", "#Томск"),
        # a transliterated locative plural after a slug preposition: u-lubnakh ← Lubny
        ("uk", "https://example.ua/news/u-lubnakh-poproshchalysia-z-voinom", "lubnakh"),
        # a two-word or hyphenated town written with an underscore
        ("ru", "Помним. #Сухой_Лог #СВО", "#Сухой_Лог"),
        ("en", "#Ust_Ilimsk #searching", "#Ust_Ilimsk"),
        # a compound village the gazetteer lacks: a linking -o/-e element and a capitalised one
        ("en", "Any news? #Verkhne_Kedrovka #missing", "#Verkhne_Kedrovka"),
        ("ru", "Ждём тебя дома #Старо_Кедровка", "#Старо_Кедровка"),
        # an area noun in -ье the dictionary lacks, alone or opening a slogan
        ("ru", "Собрали 40 тысяч! #Кедровье_помнит #СВО", "#Кедровье_помнит"),
    ],
)
def test_tags_and_links(language: str, text: str, span: str) -> None:
    assert span in _spans(PlaceTagRecognizer(language), text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("#love #news #help", "love"),
        # underscored words with no unit noun, or a unit noun without a place adjective
        ("#районная_больница #помощь", "районная_больница"),
        ("#наш_район #весна", "наш_район"),
        # a given name, or dictionary words, joined by an underscore
        ("#Petro_Kovalenko #love", "Petro_Kovalenko"),
        ("#Free_Style #Ride_Hard", "Free_Style"),
        ("#Здоровье_важно #Подмосковье_помнит", "Здоровье_важно"),
        ("https://example.com/news/farewell-to-soldier", "soldier"),
        # a rebuilt nominative must be a town: "in the streets", "in the schools" are no hamlet
        ("https://example.ua/news/na-ulytsiakh-i-v-shkolakh-mista", "ulytsiakh"),
        ("https://example.ua/news/na-ulytsiakh-i-v-shkolakh-mista", "shkolakh"),
    ],
)
def test_tags_not_places(text: str, word: str) -> None:
    assert_not_found(text, PlaceTagRecognizer("en").analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Закарпатці попрощалися з Петром Гайдою.", "Закарпатці"),
        ("Він розповів, що прикарпатець Олег приїхав на похорон.", "прикарпатець"),
        ("Слобожанці зустріли колону квітами.", "Слобожанці"),
    ],
)
def test_region_demonyms(text: str, surface: str) -> None:
    rec = MunicipalRecognizer("uk")
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]


def test_a_trade_noun_with_a_doubled_consonant_is_not_a_region_demonym() -> None:
    text = "Батько був добрим купцем і молодцем, а дід — кравцем."
    assert not MunicipalRecognizer("uk").analyze(text, ["LOCATION"])


def test_a_language_adjective_is_not_a_feminine_demonym() -> None:
    # "Оригінал українською" (in Ukrainian) read as a woman from the town of Українськ.
    for word in ("українською", "Українською", "російською"):
        assert demonym_place(word, "uk") == "", word
    assert demonym_place("полтавка", "uk") != ""


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Списки учасників АТО з Вербівської ТГ передав окупантам.", "Вербівської ТГ"),
        ("Житель Кедрівської міської територіальної громади.", "Кедрівської міської територіальної громади"),
        ("Похований у Сосницькій МТГ.", "Сосницькій МТГ"),
    ],
)
def test_a_unit_outranks_a_name_reading_of_its_adjective(uk: MunicipalRecognizer, text: str, span: str) -> None:
    """The adjective alone may read as a surname or a call sign; with its unit noun it is a place, and scores so."""
    hits = [r for r in uk.analyze(text, ["LOCATION"]) if text[r.start : r.end] == span]
    assert hits and max(r.score for r in hits) > 0.9


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        (
            "uk",
            "Хлопці з Вербівської, Кедрівської та Сосницької громад стоять разом.",
            "Вербівської, Кедрівської та Сосницької громад",
        ),
        ("ru", "Мобилизованы жители Кедровского и Сосновского районов.", "Кедровского и Сосновского районов"),
    ],
)
def test_place_adjectives_sharing_one_unit_noun(lang: str, text: str, span: str) -> None:
    assert span in _spans(MunicipalRecognizer(lang), text)


def test_national_adjectives_in_a_list_are_no_unit() -> None:
    text = "Представники Верховної та Центральної рад зустрілися."
    assert_not_found(text, MunicipalRecognizer("uk").analyze(text, ["LOCATION"]), "Верховної")


@pytest.mark.parametrize(("word", "place"), [("Вологжанин", "Вологда"), ("вологжанкой", "Вологда")])
def test_demonym_with_d_to_zh_alternation(word: str, place: str) -> None:
    assert demonym_place(word, "ru") == place  # вологж-анин ← Вологда: д alternates with ж before -анин


def test_a_demonym_before_a_name_stays_a_place_and_the_name_a_person() -> None:
    from redact.recognizers.ru_person import RuPersonRecognizer

    text = "Вологжанин Артём Клюев служил водителем."
    places = MunicipalRecognizer("ru").analyze(text, ["LOCATION"])
    people = RuPersonRecognizer("ru").analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in places] == ["Вологжанин"]
    assert [text[r.start : r.end] for r in people] == ["Артём Клюев"]


@pytest.mark.parametrize(
    ("word", "language", "place"),
    [
        ("вологжанин", "ru", "Вологда"),  # д ~ ж
        ("Вологжанка", "ru", "Вологда"),
        ("курянин", "ru", "Курск"),
        ("омичи", "ru", "Омск"),
    ],
)
def test_irregular_demonyms_read_back_to_their_town(word: str, language: str, place: str) -> None:
    assert demonym_place(word, language) == place


@pytest.mark.parametrize(
    "text",
    [
        "Посадовцю громади вручили підозру.",  # a dictionary noun before "громади", not a place adjective
        "Підтримує українську армію.",  # an adjective's form, no demonym of a town Українськ
        "Она говорила по-русски, русская по матери.",
    ],
)
def test_no_municipal_place_in_nouns_or_adjectives(uk: MunicipalRecognizer, ru: MunicipalRecognizer, text: str) -> None:
    rec = uk if any(c in text for c in "іїєґ") else ru
    res = rec.analyze(text, ["LOCATION"])
    assert res == [], [text[r.start : r.end] for r in res]


def test_a_hyphenated_place_adjective_before_its_unit_is_still_a_place(uk: MunicipalRecognizer) -> None:
    text = "Старостат Кедрово-Лісівської ТГ повідомив про загибель земляка."
    assert "Кедрово-Лісівської ТГ" in _spans(uk, text)


_MUNICIPAL = EnglishMunicipalRecognizer("en")


_LOCATION = LocationPatternRecognizer("en")


def test_capitals_heading_hromada_name_only() -> None:
    text = "MEMORIAL LIST OF THE SOSNIVKA RURAL HROMADA. KOVAL Petro."
    assert surfaces(_MUNICIPAL, text, "LOCATION") == ["SOSNIVKA"]


def test_capitals_heading_people_not_places() -> None:
    assert surfaces(_MUNICIPAL, "THE GEORGIAN COMMUNITY OF KYIV MOURNS HIM.", "LOCATION") == []


def test_tuvan_district_and_rural_unit() -> None:
    text = "He grew up in Kara-Khol sumon of the Bai-Taiga kozhuun."
    spans = surfaces(_LOCATION, text, "LOCATION")
    assert "Kara-Khol sumon" in spans and "Bai-Taiga kozhuun" in spans


@pytest.mark.parametrize(
    "text",
    [
        "Сообщение опубликовано на странице Великобурлукской поселковой громады.",
        "Прощание прошло в селе Лозовеньки Шевченковской громады.",
        "Глава Смелянской громады выразил соболезнования.",
    ],
)
def test_a_hromada_in_russian_case_forms(text: str) -> None:
    found = surfaces(MunicipalRecognizer(supported_language="ru"), text, "LOCATION")
    assert any("громад" in f for f in found)


def test_the_unit_noun_alone_is_no_place() -> None:
    assert surfaces(MunicipalRecognizer(supported_language="ru"), "Громады объединились весной.", "LOCATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("находясь в отпуске в п. Заречный Кедровского МО, не вернулся в часть", "Кедровского МО"),
        ("сообщила администрация Сосновоборского ГО в своём канале", "Сосновоборского ГО"),
        ("Уроженец с. Луговое Луговского МР Омской области.", "Луговского МР"),
        ("Глава Верхнекамского СП выразил соболезнования семье.", "Верхнекамского СП"),
        ("Призван: ВК г. Кедровск, Кедровского и Луговского р-нов, 03.10.2022", "Кедровского и Луговского р-нов"),
        ("#Память #Луговскойрайон #СВО", "Луговскойрайон"),
        ("#НеЗабудем #КедровскийРайон", "КедровскийРайон"),
    ],
)
def test_municipal_abbreviations_lists_and_hashtags(text: str, span: str) -> None:
    assert any(span in x for x in surfaces(MunicipalRecognizer("ru"), text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Согласно приказу МО РФ № 185 выплаты увеличены.", "МО"),
        ("Начальник отдела ГО и ЧС администрации провёл учения.", "ГО"),
        ("Наш МО выделил средства на памятник.", "МО"),
        ("#Нашрайон #СВО", "Нашрайон"),
        ("Совместное СП открыли в прошлом году.", "СП"),
    ],
)
def test_municipal_abbreviations_need_a_place_adjective(text: str, word: str) -> None:
    assert not any(word in x for x in surfaces(MunicipalRecognizer("ru"), text, "LOCATION"))


# A unit's kind with no name of its own ("Администрация сельского поселения", "глава городского округа") is no place;
# the kind opening a line before its name in capitals is the unit with its name.
@pytest.mark.parametrize(
    "text",
    [
        "Администрация сельского поселения с прискорбием сообщает о гибели земляка.",
        "Глава городского округа выразил соболезнования семье.",
        "Сельское поселение выделило место на кладбище.",
        "Жители муниципального округа простились с бойцом.",
    ],
)
def test_a_units_kind_alone_is_no_place(ru: MunicipalRecognizer, text: str) -> None:
    assert not _spans(ru, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Сельское поселение Верхнеключевское, глава Рахимов.", "Сельское поселение Верхнеключевское"),
        ("В Луговском сельском поселении простились с бойцом.", "Луговском сельском поселении"),
        ("Муниципальное образование Заречное сообщает о гибели.", "Муниципальное образование Заречное"),
    ],
)
def test_a_unit_with_its_name(ru: MunicipalRecognizer, text: str, span: str) -> None:
    assert span in _spans(ru, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Справка выдана с/с по месту жительства.", "ru"),
        ("Довідку видала с/р у вівторок.", "uk"),
        ("Наш с/с закрыли.", "ru"),
    ],
)
def test_a_slash_abbreviation_without_a_place_adjective_is_no_unit(text: str, language: str) -> None:
    assert not [s for s in _spans(MunicipalRecognizer(supported_language=language), text) if "/" in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the locative of a starosta district, as notices write where a hero lived
        ("Жив у Кедрівському старостинському окрузі разом із батьками.", "Кедрівському старостинському окрузі"),
        ("В Озернянському окрузі відкрили дошку.", None),  # "округ" alone needs its qualifier
        # a village with a plain adjective for a name, then its unit's abbreviation: the unit is still found whole
        ("Проживал в п. Южный Кедровского МО.", "Кедровского МО"),
        ("Уроженец с. Новый Кедровского ГО Свердловской области.", "Кедровского ГО"),
    ],
)
def test_a_unit_in_the_locative_and_after_a_plain_adjective_village(text: str, span: str | None) -> None:
    lang = "uk" if "і" in text else "ru"
    found = _spans(MunicipalRecognizer(supported_language=lang), text)
    if span is None:
        assert not found, found
    else:
        assert any(span in s for s in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Новини Кедрівської громади: сьогодні прощання.", "Кедрівської громади"),
        ("Подяка Вербівській сільській громаді від родини.", "Вербівській сільській громаді"),
    ],
)
def test_a_common_noun_before_a_unit_is_no_place_adjective(uk: MunicipalRecognizer, text: str, span: str) -> None:
    assert _spans(uk, text) == [span]
