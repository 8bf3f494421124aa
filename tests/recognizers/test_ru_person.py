"""RuPersonRecognizer: Russian/Ukrainian names in every case and form (domain-identifiers §3, §8 Russian)."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def ru() -> RuPersonRecognizer:
    return RuPersonRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> RuPersonRecognizer:
    return RuPersonRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Мам, это Серёжа, звоню с телефона Лёхи.", "Серёжа"),
        ("Мам, это Серёжа, звоню с телефона Лёхи.", "Лёхи"),
        ("Запиши номер, это жена Андрея.", "Андрея"),
        ("Передай Андрею, что я звонил.", "Андрею"),
        ("Мы вчера с Андреем ходили за водой.", "Андреем"),
        ("Я говорил с Сергеем Маковлевым про отпуск.", "Сергеем Маковлевым"),
        ("Нет вестей от Ильи Максимова уже неделю.", "Ильи Максимова"),
        ("Андрей Сергеевич Лапин из нашего взвода вчера двухсотый.", "Андрей Сергеевич Лапин"),
        ("В списке значится Лапин Андрей Сергеевич, рядовой.", "Лапин Андрей Сергеевич"),
        ("Передай Тёме, что к маю буду дома.", "Тёме"),
        ("Слава богу, живой, Вера Ивановна передаёт привет.", "Вера Ивановна"),
        ("Михалыч говорит, что в пятницу нас выводят.", "Михалыч"),
        ("Брат в городе, скажи Саньку, пусть позвонит.", "Саньку"),
        ("Саш, ты меня слышишь?", "Саш"),
        ("Серёж, ну ты чего молчишь?", "Серёж"),
        ("Короче, Лёх, давай потом.", "Лёх"),
        ("Андрюша, ешь нормально.", "Андрюша"),
        ("У нас тут Санёк с Тимуркой всё время спорят.", "Санёк"),
        ("У нас тут Санёк с Тимуркой всё время спорят.", "Тимуркой"),
        ("Скажи, что звонил Артём Х. из третьей роты.", "Артём Х."),
        ("Подписал приказ А. В. Петров, начальник штаба.", "А. В. Петров"),
        ("Жена: Кто? Дима: Толик Корнеев, больше никто.", "Толик Корнеев"),
        ("Передай Макаренко привет.", "Макаренко"),
        ("МИКОЛА: Алло, ти мене чуєш?", "МИКОЛА"),
        ("ЛЁХА: Да, слышу тебя нормально.", "ЛЁХА"),
        ("Адрес записал, спросишь Ивановых.", "Ивановых"),
        ("А потом пришла Вера и всё рассказала.", "Вера"),
        ("Знаешь, Роман вчера вернулся с передовой.", "Роман"),
        ("Тут Максим-старший тоже служит.", "Максим"),
    ],
)
def test_ru_finds(ru: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_found(text, ru.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Мам, це Андрій, дзвоню з чужого телефону.", "Андрій"),
        ("Передай Миколу, щоб не чекав.", "Миколу"),
        ("Командир у нас Шевченко, нормальний мужик.", "Шевченко"),
        ("Я бачив Петренка вчора ввечері.", "Петренка"),
        ("Тарасе, ти де був?", "Тарасе"),
        ("Бачив учора Лева Аркадійовича. Лев у нас як лев, ти ж знаєш.", "Лева Аркадійовича"),
        ("Бачив учора Лева Аркадійовича. Лев у нас як лев, ти ж знаєш.", "Лев"),
        ("— Гроза, у тебе Монгуш? — Так.", "Монгуш"),
        ("Як Макар взагалі, вчиться?", "Макар"),
    ],
)
def test_uk_finds(uk: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Слава богу, живой.", "Слава"),
        ("Надежда есть, что нас скоро выведут.", "Надежда"),
        ("Тема у нас одна: когда домой.", "Тема"),
        ("Я тут читаю «Роман» какой-то, скучно.", "Роман"),
        ("МАТЬ: Сынок, ты где?", "МАТЬ"),
        ("СОЛДАТ: Под Бахмутом стоим.", "СОЛДАТ"),
        ("Мам, ну не плачь.", "Мам"),
        ("Передай бабушке, что всё нормально.", "Передай"),
        ("Жетон у него АБ-123456, военный билет.", "АБ"),
        ("Пиши на полевую почту: Москва-400.", "Москва"),
        ("Стоим под Бахмутом, всю ночь кроют.", "Бахмутом"),
        ("Бог его знает, когда отпустят.", "Бог"),
        # A verb or a kinship word before a surname-tagged name is not a given name (nor, later, a "surname").
        ("Передай Макаренко привет.", "Передай"),
        ("ДАНИИЛ: Дядя Богдан пьёт. Дядя говорит, всё хорошо.", "Дядя"),
    ],
)
def test_ru_ignores(ru: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Слава Україні, кричать вони по рації.", "Слава"),
        ("Вона каже, що все добре.", "Вона"),
        ("МАТИ: Синочку, ти де?", "МАТИ"),
        ("Я народився в селі Зелена Балка на Полтавщині.", "Балка"),
        ("Як Макар взагалі, вчиться?", "Як"),
        ("Як Макар? Як ти?", "Як ти"),
    ],
)
def test_uk_ignores(uk: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk.analyze(text, ["PERSON"]), surface)


def test_surname_repeat_in_every_case(ru: RuPersonRecognizer) -> None:
    text = "Со мной служит Игорь Маковлев. Маковлева вчера ранило, Маковлеву дали отпуск."
    results = ru.analyze(text, ["PERSON"])
    for surface in ("Игорь Маковлев", "Маковлева", "Маковлеву"):
        assert_found(text, results, surface, "PERSON")


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("uk", "Обвинувальний акт щодо С-ка Олега надіслано до суду.", "С-ка Олега"),
        ("uk", "Суд призначив С-ку Юрію Івановичу покарання.", "С-ку Юрію Івановичу"),
        ("ru", "Обвиняемый Ж-в Андрей Петрович вину признал.", "Ж-в Андрей Петрович"),
    ],
)
def test_abbreviated_surname_joins_the_name(language: str, text: str, span: str) -> None:
    rec = RuPersonRecognizer(language)
    assert span in [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]


def test_an_abbreviation_alone_is_not_a_name() -> None:
    text = "Магазин Т-ка работает до девяти."
    assert not RuPersonRecognizer("ru").analyze(text, ["PERSON"])


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("uk", "Мобілізований Бершадським РТЦК та СП у квітні.", "Бершадським"),
        ("uk", "Мешканці Ободівської громади зустріли колону.", "Мешканці"),
        ("ru", "Жители Кожевниковского района пришли проститься.", "Кожевниковского"),
    ],
)
def test_a_place_adjective_of_an_institution_or_community_is_not_a_surname(language: str, text: str, word: str) -> None:
    assert_not_found(text, RuPersonRecognizer(language).analyze(text, ["PERSON"]), word)


def test_an_adjective_shaped_surname_before_a_disagreeing_noun_is_still_a_name() -> None:
    # The trap: "школу" (feminine accusative) does not agree with "Ковальчинський", so the surname stays.
    text = "Андрій Ковальчинський школу закінчив з відзнакою."
    assert "Андрій Ковальчинський" in [
        text[r.start : r.end] for r in RuPersonRecognizer("uk").analyze(text, ["PERSON"])
    ]


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # Short forms alone, even opening a sentence, when the common-word reading is an oblique case.
        ("ru", "Гена вчера звонил, всё хорошо.", "Гена"),
        ("ru", "— Рома дома? — Нет.", "Рома"),
        ("ru", "Толя передаёт привет.", "Толя"),
        ("ru", "Вовчик опять без связи.", "Вовчик"),
        ("uk", "Сашко вже вдома.", "Сашко"),
        # Ukrainian spellings of Russian short names.
        ("uk", "Дзвоню з телефону Сьоми.", "Сьоми"),
        ("uk", "Льоня приїде завтра.", "Льоня"),
        # Endearing suffixes on a short name, in any case, even when the dictionary lists a stray common noun.
        ("ru", "Передай Танечке, что я звонила.", "Танечке"),
        ("ru", "Вчера видела Димуську в магазине.", "Димуську"),
        ("uk", "Ярусь, ти мене чуєш?", "Ярусь"),
    ],
)
def test_short_forms_alone(language: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(language)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ru", "Вера в победу у нас одна.", "Вера"),
        ("ru", "Роман интересный, дочитаю.", "Роман"),
        ("ru", "Лев рычит в зоопарке.", "Лев"),
        ("uk", "Родом із Полтави, жив у Києві.", "Родом"),  # an oblique case of a noun opening the sentence
    ],
)
def test_common_words_opening_a_sentence_stay(language: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(language)
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


def test_a_weak_name_used_as_a_name_earlier_opens_a_sentence() -> None:
    text = "Запиши номер Веры: 8 900 000-00-00. Вера, кстати, вернулась из Курска."
    found = RuPersonRecognizer("ru").analyze(text, ["PERSON"])
    assert_found(text, found, "Вера", "PERSON")


def test_a_fixed_phrase_stays_when_the_name_is_elsewhere() -> None:
    text = "Слава богу, живой. Передай Славе привет."
    found = RuPersonRecognizer("ru").analyze(text, ["PERSON"])
    assert_not_found(text, found, "Слава")


@pytest.mark.parametrize(
    ("language", "text", "name", "not_name"),
    [
        ("ru", "Рядовой Олег Кравцов погиб под Авдеевкой.", "Олег Кравцов", "Рядовой"),
        ("ru", "Ефрейтор Павел Зубарев вышел на связь.", "Павел Зубарев", "Ефрейтор"),
        ("uk", "Речник Орест Пилипчук прокоментував обстріл.", "Орест Пилипчук", "Речник"),
        ("uk", "Окупант Степан Гуляєв потрапив у полон.", "Степан Гуляєв", "Окупант"),
        ("uk", "Тернополянин Ярема Сидорук загинув на Донеччині.", "Ярема Сидорук", "Тернополянин"),
        ("uk", "Полтавець Назар Будько повернувся з полону.", "Назар Будько", "Полтавець"),
        ("uk", "Староста Петро Коваль відкрив збори.", "Петро Коваль", "Староста"),
        ("uk", "Заяву Пєскова ніхто не коментував.", "Пєскова", "Заяву"),
        ("uk", "Слова Кадирова повторили в ефірі.", "Кадирова", "Слова"),
        ("uk", "Мені Ганна Петрівна розповіла все.", "Ганна Петрівна", "Мені"),
        ("ru", "Машина Валерки сгорела во дворе.", "Валерки", "Машина"),
    ],
)
def test_titles_demonyms_and_common_openers_stay_outside_the_name(
    language: str, text: str, name: str, not_name: str
) -> None:
    found = RuPersonRecognizer(language).analyze(text, ["PERSON"])
    assert_found(text, found, name, "PERSON")
    assert_not_found(text, found, not_name)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("uk", "Школа: ліцей № 4 міста.", "Школа"),  # a field label
        ("uk", "Староста громади оголосив день жалоби.", "Староста"),  # a title governing a genitive
    ],
)
def test_lone_labels_and_titles_are_no_names(language: str, text: str, surface: str) -> None:
    assert_not_found(text, RuPersonRecognizer(language).analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("uk", "Коваль Іван Петрович, 1979 р.н., загинув.", "Коваль Іван Петрович"),
        ("uk", "Мельник Ігор служив у десанті.", "Мельник Ігор"),
        ("uk", "Вовк Олег Васильович повернувся додому.", "Вовк Олег Васильович"),
        ("uk", "Сьогодні Горобець Тарас вийшов на зв'язок.", "Горобець Тарас"),
        ("uk", "Шевчук О. М. отримав повідомлення про підозру.", "Шевчук О. М."),
        ("uk", "У бою загинув солдат Вовк.", "Вовк"),
        ("ru", "Машина Ольга Петровна, 1970 г.р., свидетель.", "Машина Ольга Петровна"),
    ],
)
def test_surnames_that_are_common_words_still_found(language: str, text: str, surface: str) -> None:
    found = RuPersonRecognizer(language).analyze(text, ["PERSON"])
    assert_found(text, found, surface, "PERSON")


def test_a_body_after_a_plural_rank_is_no_surname() -> None:
    text = "Бійці Сил оборони знищили склад, а солдат Гончаренко вийшов на зв'язок."
    found = RuPersonRecognizer("uk").analyze(text, ["PERSON"])
    assert_not_found(text, found, "Сил")
    assert_found(text, found, "Гончаренко", "PERSON")


def test_a_speaker_label_with_a_given_name_stays_a_name() -> None:
    text = "Дружина: Петре, де ти?\nОлена: Під Херсоном, на лівому березі."
    found = RuPersonRecognizer("uk").analyze(text, ["PERSON"])
    assert_found(text, found, "Олена", "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Загинув під Бахмутом. Світла пам'ять Герою!", "Герою"),
        ("Ліцей — його друга домівка, кажуть учителі.", "Ліцей"),
    ],
)
def test_honorifics_and_copula_subjects_are_no_names(text: str, surface: str) -> None:
    assert_not_found(text, RuPersonRecognizer("uk").analyze(text, ["PERSON"]), surface)


def test_an_animate_surname_before_a_dash_stays_a_name() -> None:
    text = "Вовк — мій командир, а Школа — наш медик."
    found = RuPersonRecognizer("uk").analyze(text, ["PERSON"])
    assert_found(text, found, "Вовк", "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "ОКСАНА: Записала. Тобі посилку через Андрієву маму передати?", "Тобі"),
        ("uk", "Тебе Остап шукав учора ввечері.", "Тебе"),
        ("ru", "Мне Кирилл звонил вчера.", "Мне"),
    ],
)
def test_a_personal_pronoun_opening_a_sentence_is_no_name(lang: str, text: str, word: str) -> None:
    """A pronoun the dictionary also knows as a rare given name (Тобі) stays a pronoun; the name next to it stays."""
    found = RuPersonRecognizer(lang).analyze(text, ["PERSON"])
    i = text.index(word)
    assert not any(r.start <= i < r.end for r in found)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # Lower-case names of chats and transcribed calls, in address position.
        ("ru", "— димочка, ты поел?", "димочка"),
        ("ru", "привет саня! как ты там", "саня"),
        ("uk", "— тарасику, поїж нормально.", "тарасику"),
        ("uk", "ну оксанко, не плач", "оксанко"),
        # An unpunctuated message: the addressee opens a clause and a pronoun, question word or imperative follows.
        ("ru", "купила всё. танечка где ты сейчас", "танечка"),
        ("ru", "ок. димочка позвони вечером", "димочка"),
        ("uk", "Мама: отримала. тарасику коли приїдеш", "тарасику"),
    ],
)
def test_lowercase_names_in_address_position(language: str, text: str, surface: str) -> None:
    assert_found(text, RuPersonRecognizer(language).analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # Lower-case kin words and common nouns that are also names stay, in address position or not.
        ("ru", "— мамочка, не плачь.", "мамочка"),
        ("ru", "— роман, который я читаю, скучный.", "роман"),
        ("ru", "вера, надежда, любовь!", "вера"),
        ("uk", "— мамусю, не хвилюйся.", "мамусю"),
        ("ru", "а дима сказал, что придёт", "дима"),  # a lower-case name mid-sentence is left to context
        ("ru", "всё. галочку поставь в анкете", "галочку"),  # an object before an imperative is no addressee
        ("ru", "ладно. мамочка где сейчас?", "мамочка"),  # a kin word opening a clause stays
    ],
)
def test_lowercase_kin_and_common_words_are_no_names(language: str, text: str, surface: str) -> None:
    assert_not_found(text, RuPersonRecognizer(language).analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A Russian short name in a Ukrainian text written with є for the Russian ё or е after a consonant.
        ("Вчора дзвонив Лєха, каже, що все добре.", "Лєха"),
        ("Побачив Пєтю вчора біля школи.", "Пєтю"),
    ],
)
def test_uk_ye_spelling_of_a_russian_short_name(text: str, surface: str) -> None:
    assert_found(text, RuPersonRecognizer("uk").analyze(text, ["PERSON"]), surface, "PERSON")


def test_uk_ye_spelling_of_a_common_word_is_no_name() -> None:
    text = "Вони пішли до лєсу, а там Сєвер і Пєсок."  # Russianisms, not names
    found = RuPersonRecognizer("uk").analyze(text, ["PERSON"])
    assert_not_found(text, found, "лєсу")
    assert_not_found(text, found, "Пєсок")
