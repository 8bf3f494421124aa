"""Classes of public mention the default policy keeps, and the home grammar that still withholds (issue 14).

Each test is an invented sentence of one class the reporting corpus showed missed: a word of a public multi-word
name in an oblique case (Білому домі, Часового Яру, Курской области), a front direction named by its adjective,
a register figure's surname alone after their full name, a finding that runs a title and public names together,
a regional administration, a public place in a list with another place, and the home grammar's cased
prepositions, person nouns and record lines. Private names are invented; the public ones are real.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from redact.evaluate import read_corpus
from redact.home import home_context
from redact.pipeline import Redactor, analyze_text
from redact.policy import load_policy
from redact.public import PublicSpec, front_direction, public_register
from tests.assertions import touched

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # one word of a public multi-word name, in an oblique case, is kept with the whole name
        ("Делегація провела дві зустрічі в Білому домі минулого тижня.", "Білому", "uk"),
        ("Колона рухалася на захід від Часового Яру до самого вечора.", "Часового", "uk"),
        ("Командування Повітряних сил попередило про нову загрозу.", "Повітряних", "uk"),
        ("Посол подякував Сполученим Штатам за допомогу.", "Сполученим", "uk"),
        ("Губернатор Курской области обещал восстановить мост.", "Курской", "ru"),
        # a front direction named by its adjective, alone or in a list
        ("Найважчі бої тривали на Лиманському та Сіверському напрямках.", "Сіверському", "uk"),
        ("Обстановка на Купянском направлении остаётся тяжёлой.", "Купянском", "ru"),
        # a register figure's common surname, after the full name
        (
            "Речник Генштабу Андрій Ковальов виступив на брифінгу. Ковальов додав, що бої тривають.",
            "Ковальов додав",
            "uk",
        ),
        # a regional administration of a public region
        ("Голова Сумської ОВА закликав людей зберігати спокій.", "Сумської", "uk"),
        # a public place in a list with another, whatever recognizer took it for a name
        ("Біженці прямували до Польщі і Грузії через кордон.", "Грузії", "uk"),
        # a public place that is also a name, after a verb of visiting
        ("Міністр учора відвідав Пхеньян з делегацією.", "Пхеньян", "uk"),
        # cities of 250,000 people and more named as places of events
        ("Уламки впали на дах школи у Харкові вночі.", "Харкові", "uk"),
    ],
)
def test_public_mentions_of_each_class_stay(redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word.split()[0], language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a common surname alone, with no register figure named in full, is a private person
        ("Сержант Ковальов загинув під Бахмутом, повідомила родина.", "Ковальов", "uk"),
        ("Рядовой Терехов написал матери из госпиталя.", "Терехов", "ru"),
        # an invented private name beside a front direction
        ("Стрілець Данило Мартинчук служив на Лиманському напрямку.", "Мартинчук", "uk"),
    ],
)
def test_private_names_beside_these_classes_are_withheld(
    redactor: Redactor, text: str, word: str, language: str
) -> None:
    assert touched(text, word, language, redactor)


def test_a_region_in_a_list_before_its_noun_is_public_unless_it_is_a_home() -> None:
    register = public_register(PublicSpec(min_population=250_000, gazetteer_regions=True))
    for text, word, public in [
        ("Ограничения ввели в Брянской и Курской областях.", "Брянской", True),
        ("Он родом из Брянской и Курской областей.", "Брянской", False),
        ("Он из Брянской области, служил по контракту.", "Брянской", False),
    ]:
        i = text.index(word)
        assert register.regional_body(text, i, i + len(word), "ru") is public, text


def test_a_front_direction_needs_the_direction_noun() -> None:
    text = "Він бачив Покровського вчора, а потім поїхав на Покровському напрямку."
    first = text.index("Покровського")
    assert not front_direction(text, first, first + len("Покровського"), "uk")
    later = text.index("Покровському")
    assert front_direction(text, later, later + len("Покровському"), "uk")


def test_a_title_run_together_with_public_names_is_public_but_a_private_name_is_not() -> None:
    register = public_register(PublicSpec(min_population=250_000, gazetteer_regions=True))
    for text, span, language, public in [
        ("Президент Франции Эммануэль Макрон прибыл в Киев.", "Франции Эммануэль Макрон", "ru", True),
        ("Заява Шойгу пролунала ввечері.", "Заява Шойгу", "uk", True),
        ("Брат Путина Игорь Сомов приехал.", "Брат Путина Игорь Сомов", "ru", False),
        ("Сержант Зеленский Игорь Петрович погиб.", "Сержант Зеленский Игорь Петрович", "ru", False),
    ]:
        i = text.index(span)
        assert register.composite(text, i, i + len(span), language) is public, span


@pytest.mark.parametrize(
    ("text", "place", "language", "home"),
    [
        # cased prepositions: с/з + instrumental is "beside", в/у + accusative is "to"
        ("Мы стоим рядом с Бердянском, всё тихо.", "Бердянском", "ru", False),
        ("Он с Бердянска, мобилизован весной.", "Бердянска", "ru", True),
        ("Пораненого Сашка в Донецьк відвезли вночі.", "Донецьк", "uk", False),
        ("Його мати у Донецьку живе.", "Донецьку", "uk", True),
        # the writer's own whereabouts, not anyone's origin
        ("Привіт, мамо! Пишу тобі з Дніпра, з лікарні.", "Дніпра", "uk", False),
        ("Здравствуй, брат! Звоню из Ростова, всё хорошо.", "Ростова", "ru", False),
        # one person described by a noun before "from" is from there; a count of people is not
        ("Ivan K., a plumber from Syzran, signed a contract.", "Syzran", "en", True),
        ("Водитель из Сызрани подписал контракт.", "Сызрани", "ru", True),
        ("Больше всего погибших из Дагестана, сообщили волонтёры.", "Дагестана", "ru", False),
        # a record line: year of birth or a unit number right beside the place
        ("Сомов Пётр Ильич, 1989 г. р., Сызрань, в/ч 12345.", "Сызрань", "ru", True),
        ("He signed up at the enlistment office in Syzran last May.", "Syzran", "en", True),
        # a town's residents as a whole are no one's home; one resident is
        ("Мер закликав мешканців Ізюма виїхати до зими.", "Ізюма", "uk", False),
        ("Мешканець Ізюма отримав повістку.", "Ізюма", "uk", True),
        # "from near" a place is where the fighting was
        ("His last call came from near Krynky, his wife said.", "Krynky", "en", False),
        ("He comes from Krynky, his wife said.", "Krynky", "en", True),
        # near a place is the fighting, not a garrison; "в районе" is no address
        ("Сомов покинул часть под Угледаром весной.", "Угледаром", "ru", False),
        ("Позиции на берегу Днепра, в районе Казацкого, обстреляли.", "Днепра", "ru", False),
    ],
)
def test_home_context_classes(text: str, place: str, language: str, home: bool) -> None:
    i = text.index(place)
    assert home_context(text, i, i + len(place), language) is home


# --- the pre-publication gate on the reporting corpus ------------------------------------------------------------

# Passages without any identifying gold span that `check` still flags (the goal is 0; lower it as it falls).
# With cities of 1,000,000+ kept (250,000 leaked home towns named without a cue in the intercepts), 29 of 85; with
# seas, groupings, city districts, demonyms and dotted outlet names kept by their form (session 4), 8: five regions
# the register does not list (every gazetteer region public loses recall on the records corpora), one front-line
# village, two regional capitals below the policy's size. Session 5: a count of people who "came from" a region is
# no one's home, and a regional centre listed with a public region after a repeated preposition ("у Вінниці та на
# Прикарпатті") is a place of events: 6 (five regions the register does not list, one front-line village); with every
# region and the front-line regions' settlements kept as places of events (redact/front.py): 0.
CLEAN_FLAGGED_AT_MOST = 0


@pytest.fixture(scope="module")
def gate(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], set[str], set[str]]:
    """Run `redact check --policy withhold-identities` on every tune passage as a file of its own."""
    root = tmp_path_factory.mktemp("reporting")
    clean: set[str] = set()
    holding: set[str] = set()
    for lang in ("en", "ru", "uk"):
        for p in read_corpus(CORPUS / f"reporting-{lang}.jsonl"):
            (root / f"{p.id}.txt").write_text(p.text, encoding="utf-8")
            (holding if any(g.identifying for g in p.spans) else clean).add(p.id)
    result = CliRunner().invoke(
        app,
        ["check", str(root), "--policy", "withhold-identities", "--workers", "1", "-f", "json"],
        env={"REDACT_KEY": "", "GITHUB_STEP_SUMMARY": None},
    )
    assert result.exit_code in {0, 1}, result.output[-400:]
    report = json.loads(result.stdout)
    flagged = {Path(f["file"]).stem for f in report["findings"]}
    return clean, holding, flagged


def test_check_flags_every_passage_that_holds_an_identifying_detail(gate) -> None:
    _, holding, flagged = gate
    assert len(holding) >= 100
    assert holding <= flagged, sorted(holding - flagged)


def test_check_passes_most_clean_public_copy(gate) -> None:
    clean, _, flagged = gate
    assert len(clean) >= 50
    assert len(clean & flagged) <= CLEAN_FLAGGED_AT_MOST


def test_a_region_followed_by_a_district_is_an_address() -> None:
    from redact.home import home_context

    text = "Send it to: Olena Marchuk, Poltava region, Lokhvytsia district, village of Sosnivka."
    start = text.index("Poltava region")
    assert home_context(text, start, start + len("Poltava region"), "en")
    news = "Shelling hit the Poltava region overnight, the governor said."
    s2 = news.index("Poltava region")
    assert not home_context(news, s2, s2 + len("Poltava region"), "en")


def test_a_public_region_after_a_private_name_or_place_and_a_comma_is_withheld() -> None:
    from redact.policy import load_policy
    from redact.public import public_register

    spec = load_policy("withhold-identities").policy.public
    assert spec is not None
    register = public_register(spec)
    for text, place in [
        ("Write to: Olena Marchuk, Poltava region, village of Sosnivka.", "Poltava region"),
        ("I'm calling from the base in Zarichne, Rostov region.", "Rostov region"),
    ]:
        start = text.index(place)
        assert register._locates_private(text, start, "en"), text
    news = "Russian troops shelled Bakhmut, Donetsk region, overnight."
    assert not register._locates_private(news, news.index("Donetsk region"), "en")


def test_where_a_family_member_is_now_is_home_context() -> None:
    from redact.home import home_context

    for text, place in [
        ("ok so my sister is in novosibirsk, call her", "novosibirsk"),
        ("His mother still lives in Omsk.", "Omsk"),
    ]:
        start = text.index(place)
        assert home_context(text, start, start + len(place), "en"), text
    news = "The delegation is in Moscow for talks."
    assert not home_context(news, news.index("Moscow"), news.index("Moscow") + 6, "en")


def test_a_common_word_opening_a_transcript_note_is_not_a_call_sign() -> None:
    from redact.discipline import person_verdict

    for text, word, lang in [
        ("[Перехоплення. Оригінал російською.]\n\nМАТИ: Алло?", "Перехоплення", "uk"),
        ("[Перехват разговора, 12 марта]\nСОЛДАТ: Мам?", "Перехват", "ru"),
    ]:
        start = text.index(word)
        assert person_verdict(text, start, start + len(word), lang, call_sign=True) == "drop", text
    # A call sign in the speech stays one, even when it is an ordinary word.
    speech = "СОЛДАТ: Позывной у него «Зима», он с нами."
    s = speech.index("Зима")
    assert person_verdict(speech, s, s + 4, "ru", call_sign=True) is None


# --- session 4: public by form, type discipline in transcripts, big cities named as a home ------------------------


def _types(text: str, word: str, language: str, redactor: Redactor) -> set[str]:
    """Entity types of the findings that overlap ``word`` in ``text``."""
    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    return {f.entity_type for f in found if f.start < i + len(word) and i < f.end}


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # an outlet's name written with a dot, listed or not
        ("Журналісти Кавказ.Реалії і Idel.Realii знайшли ще три некрологи.", "Realii", "uk"),
        ("A Sever.Realii reporter spoke to the mother of the conscript.", "Realii", "en"),
        # a grouping of forces or a military district, named after its cue
        ("Бойцы группировки войск «Восток» продвинулись у Великой Новосёлки.", "Восток", "ru"),
        ("Підрозділи угруповання «Південь» відбили шість атак.", "Південь", "uk"),
        ("Командование Южного военного округа сменилось весной.", "Южного", "ru"),
        ("Troops of the Central Military District were moved north.", "Central", "en"),
        # a sea named by its adjective or its "of" phrase
        ("Корабли провели учения в Охотском море и ушли на базу.", "Охотском", "ru"),
        ("Дрони атакували судно в Азовському морі.", "Азовському", "uk"),
        ("Two frigates entered the Sea of Okhotsk on Monday.", "Okhotsk", "en"),
        # a district of a public city the text names
        ("Ракета влучила в будинок у Києві. Загорівся склад у Дарницькому районі.", "Дарницькому", "uk"),
        ("A glide bomb hit Kharkiv overnight, damaging flats in the Saltivskyi district.", "Saltivskyi", "en"),
        # the people of a country or of a big public city as a whole, any case
        ("Опрос показал, что большинство россиян не следят за новостями.", "россиян", "ru"),
        ("Москвичі та кияни масово скасовують поїздки.", "Москвичі", "uk"),
        ("Українці в Польщі отримали нові правила.", "Українці", "uk"),
        ("His German counterpart arrived later.", "German", "en"),
    ],
)
def test_public_by_form_stays(redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # one resident of a city is someone from there
        ("Харків'янин Остап Гречко, 41 рік, загинув під Куп'янськом.", "Харків'янин", "uk"),
        # a battalion is a unit, not a grouping
        ("Он служил в батальоне «Восток» до весны.", "Восток", "ru"),
        # an institution in a public city is still an institution
        ("He studied at the Kyiv Polytechnic Institute in Kyiv until 2019.", "Polytechnic", "en"),
        # a regional centre in a list, named as a home
        ("He was born in Bryansk and grew up near Kursk.", "Bryansk", "en"),
        # a named formation as one man's unit (Wagner, tens of thousands of men, is kept: test_public_formations)
        ("Salman Dzhabrailov signed a contract with the Akhmat special forces in May.", "Akhmat", "en"),
        # a private name that is also a word after a grouping's name
        ("Подразделения группировки «Запад» вывел на позиции Сергей Западов.", "Западов", "ru"),
    ],
)
def test_private_details_beside_public_forms_are_withheld(
    redactor: Redactor, text: str, word: str, language: str
) -> None:
    assert touched(text, word, language, redactor)


def test_a_district_needs_a_public_city_named_nearby() -> None:
    register = public_register(load_policy("withhold-identities").policy.public or PublicSpec())
    for text, word, public in [
        ("У Харкові вночі вибухи. Пошкоджено школу в Київському районі.", "Київському", True),
        ("Він жив у селі Сосонка в Лохвицькому районі з батьками.", "Лохвицькому", False),
    ]:
        i = text.index(word)
        assert register._city_district(text, i, i + len(word), "uk") is public, text


@pytest.mark.parametrize(
    ("text", "word", "language", "public"),
    [
        # several districts of a public city sharing one plural noun, with or without the article in the finding
        (
            "Explosions in Kyiv. Debris fell in the Holosiivskyi and Obolonskyi districts.",
            "the Holosiivskyi",
            "en",
            True,
        ),
        ("Explosions in Kyiv. Debris fell in the Holosiivskyi and Obolonskyi districts.", "Obolonskyi", "en", True),
        ("Ночью дроны атаковали Киев. Обломки упали в Оболонском и Голосеевском районах.", "Оболонском", "ru", True),
        (
            "Харків знову під ударом: вибухи в Салтівському, Немишлянському та Основ'янському районах.",
            "Салтівському",
            "uk",
            True,
        ),
        # a list with no district noun after it, or no public city in the sentence, is no district of one
        ("Explosions in Kyiv. Debris fell on Obolonskyi and Sviatoshynskyi avenues.", "Obolonskyi", "en", False),
        ("He lived in the Lokhvytskyi and Myrhorodskyi districts as a child.", "Lokhvytskyi", "en", False),
    ],
)
def test_districts_listed_before_one_noun(text: str, word: str, language: str, public: bool) -> None:
    register = public_register(load_policy("withhold-identities").policy.public or PublicSpec())
    i = text.index(word)
    assert register._city_district(text, i, i + len(word), language) is public


def test_a_home_in_a_listed_district_is_withheld(redactor: Redactor) -> None:
    text = "Ivan Petrenko lives in the Holosiivskyi and Obolonskyi districts of Kyiv, his sister said."
    assert touched(text, "Holosiivskyi", "en", redactor)


@pytest.mark.parametrize(
    ("text", "word", "language", "wanted"),
    [
        # a name called out after a speaker label is a person, not the village of that name
        ("MOTHER: Hello?\nSOLDIER: Mom, it's me.\nMOTHER: Samson! Lord, we waited.", "Samson", "en", "PERSON"),
        ("ARTYOM: Vasyutka, it's me. Don't hang up.", "Vasyutka", "en", "PERSON"),
        # a word the text names as a call sign stays a call sign, everywhere in the text
        ("ТАРАС: Це номер Андрія, позивний «Чумак». Чумак надійний, не хвилюйся.", "Чумак надійний", "uk", "CALL_SIGN"),
        ('KATYA: Our company commander, call sign "Vyatka", says leave is in March.', "Vyatka", "en", "CALL_SIGN"),
        # a word the text names as a person (after a given name, before a kinship noun) is no place
        ("Sergeant Ilya Marushkin called home. Later Marushkin's wife spoke to us.", "Marushkin's", "en", "PERSON"),
        # a toponym suffix makes a place of a word no gazetteer knows
        ("ТАРАС: Він з Ясенівки-Лісової, там його всі знають.", "Ясенівки", "uk", "LOCATION"),
        ("SOLDIER: I'll come back to Talnikovka in spring.", "Talnikovka", "en", "LOCATION"),
        # a transliterated adjective naming a place with the word after it
        ("MOTHER: He asks when you come back to Zolotaya Pad, every day.", "Zolotaya", "en", "LOCATION"),
    ],
)
def test_type_discipline_in_transcripts(redactor: Redactor, text: str, word: str, language: str, wanted: str) -> None:
    assert _types(text, word.split()[0], language, redactor) == {wanted}


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("SOLDIER: I'll try. Love you. Kiss Papa for me.", "Kiss", "en"),
        ("[Intercepted call. Newsroom translation of the original (call-07).]", "call-07", "en"),
        ("СОЛДАТ: Старой больше нет, нас в штурмовую роту перевели.", "Старой", "ru"),
        ("A: I was wounded in May. Concussion and burns, then the hospital.", "Concussion", "en"),
        ("Q: Why? A: Promotion. Nobody else wanted the post.", "Promotion", "en"),
        # a country or a listed capital that a surname shares, alone
        ("Посольство чекає рішення Вашингтона вже тиждень.", "Вашингтона", "uk"),
        ("Кордон Угорщини закрили для вантажівок.", "Угорщини", "uk"),
        # a register figure named by surname alone after the full name, whatever the surname reads as alone
        ("Глава НАТО Марк Рютте приехал в Вильнюс. Визит Рютте длился день.", "Рютте длился", "ru"),
        # a regional centre in one list with a public place
        ("The ministry said it shot down drones over Kursk, Bryansk and Oryol.", "Bryansk", "en"),
        # public names a recognizer ran together into one organisation
        ("Drones struck near the Zaporizhzhia nuclear power plant in Enerhodar again.", "Enerhodar", "en"),
        # a common noun governing a public name, whatever given name shares its form
        ("Влада Казахстану заявила, що не видаватиме нікого.", "Влада", "uk"),
        # a plural adjective agreeing with the noun after it
        ("Омбудсман заявив, що Росія порушує Женевські конвенції щодо полонених.", "Женевські", "uk"),
        # a named formation written about as a whole
        ("Основатель ЧВК «Вагнер» погиб в авиакатастрофе.", "Вагнер", "ru"),
        ("Kadyrov said fighters of the Akhmat special forces were moved north.", "Akhmat", "en"),
    ],
)
def test_transcript_words_that_are_not_names_or_places(redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, redactor)


def test_a_number_is_a_word_of_a_register_name() -> None:
    register = public_register(PublicSpec())
    assert register.match("Россия", "ru").kind == "country"  # not the TV channel "Россия 1"
    assert register.match("Москва-400", "ru") is None  # a military post address, not the capital


@pytest.mark.parametrize(
    ("text", "language", "before", "label"),
    [
        ("Kharkiv", "en", "grew up in ", "a large city in Ukraine"),
        ("Новосибирске", "ru", "вырос в ", "[крупном городе, Россия]"),
        ("Харкова", "uk", "родом з ", "[великого міста, Україна]"),
        # a town keeps its region: the region does not name it
        ("Izium", "en", "from ", "a town in the Kharkiv Oblast"),
    ],
)
def test_a_big_city_named_as_a_home_never_names_itself(text: str, language: str, before: str, label: str) -> None:
    from redact.generalize import generalize

    assert generalize("LOCATION", text, language, before) == label


def test_grew_up_in_a_big_city_reads_without_its_name(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.en.txt").write_text("Ostap Hrechko, 41, grew up in Kharkiv and served as a driver.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["run", str(src), "--out", str(out), "--policy", "withhold-identities", "--ephemeral-key", "-q"]
    )
    assert result.exit_code == 0, result.output[-400:]
    written = (out / "a.en.txt").read_text(encoding="utf-8")
    assert "Kharkiv" not in written and "grew up in a large city in Ukraine" in written, written


def test_a_finding_never_crosses_a_line_break_or_a_speaker_label(redactor: Redactor) -> None:
    from redact.pipeline import line_pieces

    text = "MOTHER: He asks when his brother comes back to Sosnovy Yar.\nSOLDIER: Tell him in spring."
    start = text.index("Sosnovy")
    # each line's part, the speaker label that opens a later line left out
    assert line_pieces(text, start, text.index("Tell") + 4) == [
        (start, text.index(".")),
        (text.index("Tell"), text.index("Tell") + 4),
    ]
    # a label whose colon lies past the span ("Zolotaya Griva.\nSOLDIER") is no piece
    assert line_pieces(text, start, text.index("SOLDIER") + 7) == [(start, text.index("."))]
    for f in analyze_text(text, "en", redactor.engines, redactor.policy):
        assert "\n" not in text[f.start : f.end]


@given(st.text(alphabet="ab .:\nMOTHER", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_cut_pieces_stay_inside_in_order_and_hold_no_line_break(text: str, a: int, b: int) -> None:
    from redact.pipeline import line_pieces

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if "\n" not in text[start:end]:
        assert line_pieces(text, start, end) == [(start, end)]
        return
    last = start
    for s, e in line_pieces(text, start, end):
        assert last <= s < e <= end
        assert "\n" not in text[s:e] and text[s:e] == text[s:e].strip() and any(c.isalnum() for c in text[s:e])
        last = e


# --- a common word opening a sentence; a word before an organisation's or a place's lowercase head -------------------


def _verdict(text: str, word: str, language: str, *, last: bool = True) -> object:
    from redact.discipline import person_verdict

    i = text.rindex(word) if last else text.index(word)
    return person_verdict(
        text, i, i + len(word), language, public_register(PublicSpec(min_population=250_000, gazetteer_regions=True))
    )


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Он служил по контракту с 2019 года. Родом из Кедровки, окончил там девять классов.", "Родом", "ru"),
        ("Похороны прошли в субботу. Школа, где он учился, провела линейку памяти.", "Школа", "ru"),
        ("We reached her in May. Contact with the unit was lost a week later.", "Contact", "en"),
        ("— Где он сейчас? — спросила мать. — Семья ждёт его к лету.", "Семья", "ru"),
        ("Звонила вчера? Его ждали дома к Новому году.", "Его", "ru"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(text: str, word: str, language: str) -> None:
    assert _verdict(text, word, language) == "drop", text


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Похорон відбувся в суботу. Коваль служив у бригаді з 2015 року.", "Коваль", "uk"),  # a trade: a surname
        ("Він загинув у березні. Роману було двадцять чотири.", "Роману", "uk"),  # a given name's dative
        ("Він загинув у березні! Влада чекала на нього вдома.", "Влада", "uk"),  # Vlada: a given name too
        ("— Как позывной? — Кабан. — Фамилия? — Чугунов. — Год рождения?", "Чугунов", "ru"),  # чугун: a surname too
        ("А: Кабан, ти де? Б: На нулі. Кабана не чіпай, він спить.", "Кабана", "uk"),
        ("Прощание прошло в субботу. Вера Петровна плакала у гроба.", "Вера", "ru"),  # a given name
        ("He was buried in May. Mark was his closest friend.", "Mark", "en"),
        ("Сказал, что придёт, — Гена обещал.", "Гена", "ru"),
        # written capitalised inside a sentence too: a surname, wherever it stands
        ("Прощание прошло в субботу. Школа служил в роте. Побратимы вспоминают, как Школа пел.", "Школа", "ru"),
    ],
)
def test_a_name_opening_a_sentence_stays_a_name(text: str, word: str, language: str) -> None:
    assert _verdict(text, word, language, last=False) is None, text


@pytest.mark.parametrize(
    ("text", "word", "language", "verdict"),
    [
        ("Вона фотографувала позиції Сил оборони біля траси.", "Сил", "uk", "ORGANIZATION"),
        ("Поховали його на алеї Троїцького кладовища поруч із дідом.", "Троїцького", "uk", "LOCATION"),
        ("До армии работал слесарем в Зареченском водоканале.", "Зареченском", "ru", "ORGANIZATION"),
        ("Він обирався депутатом Вербівської сільської ради двічі.", "Вербівської", "uk", "ORGANIZATION"),
        ("Всю жизнь прожил в Кедровском районе, в деревне.", "Кедровском", "ru", "LOCATION"),
        # a national body's adjective stays as written
        ("Про підозру повідомила пресслужба Офісу Генерального прокурора.", "Генерального", "uk", "drop"),
    ],
)
def test_a_word_before_an_institution_or_place_head_is_no_person(
    text: str, word: str, language: str, verdict: str
) -> None:
    assert _verdict(text, word, language) == verdict, text


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Петренка прокурор допитав у вівторок.", "Петренка", "uk"),  # a surname before "прокурор"
        ("Олег штаб не покидал двое суток.", "Олег", "ru"),
        ("Мороз оборону тримав три дні.", "Мороз", "uk"),
    ],
)
def test_a_name_before_an_institution_word_stays_a_person(text: str, word: str, language: str) -> None:
    assert _verdict(text, word, language) is None, text


@pytest.mark.parametrize(
    ("text", "word", "language", "verdict"),
    [
        ("Вологжанин Семён Кедров погиб под Авдеевкой.", "Вологжанин", "ru", "LOCATION"),
        ("Прощание прошло в субботу. Тихоречане пришли проститься.", "Тихоречане", "ru", "LOCATION"),
        ("Тернополянин Остап загинув на Донеччині.", "Тернополянин", "uk", "LOCATION"),
        ("Вчера сказал Петровец, что рота ушла.", "Петровец", "ru", None),  # a surname inside a sentence
    ],
)
def test_a_home_place_demonym_found_as_a_person_is_a_place(
    text: str, word: str, language: str, verdict: str | None
) -> None:
    assert _verdict(text, word, language) == verdict, text


def test_a_possessive_of_a_name_before_a_plural_noun_stays_a_name(redactor: Redactor) -> None:
    """'Иркиных родителей' (Ira's parents) names a person; 'Минские соглашения' is a noun phrase."""
    assert touched("СЕРЁГА: Так это ж Иркиных родителей адрес.", "Иркиных", "ru", redactor)
    assert not touched("Минские соглашения так и не выполнили.", "Минские", "ru", redactor)


@pytest.mark.parametrize(
    ("text", "place", "language", "home"),
    [
        ("Житомир попрощався з захисником Петром Лисюком.", "Житомир", "uk", True),
        ("Київ сьогодні попрощався з військовим.", "Київ", "uk", True),
        ("Курган простился с земляком.", "Курган", "ru", True),
        ("Uman bids farewell to a paratrooper.", "Uman", "en", True),
        # a city struck, or a city where a ceremony is held, is no one's home by these words
        ("Ракети атакували Житомир уночі.", "Житомир", "uk", False),
    ],
)
def test_a_town_mourning_its_own_is_its_home(text: str, place: str, language: str, home: bool) -> None:
    i = text.index(place)
    assert home_context(text, i, i + len(place), language) is home
