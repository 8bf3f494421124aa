"""Names as chats write them (issue #15): lower-case authors' labels, clipped vocatives opening a reply, a name
beside an imperative of speaking, diminutives the dictionary reads as common nouns, the endearing -аня, Ukrainian
endearing forms, whole names in lower case, listed spoken vocatives, a chat member signed by kinship to her man.
Sentences are invented; the negatives are words that are also names ("вера", "надежда", "роман", "мир", "слава")."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.speaker_label import SpeakerLabelRecognizer
from tests.assertions import assert_found, assert_not_found, touched

ENTITY = "PERSON"


@pytest.fixture(scope="module")
def ru() -> RuPersonRecognizer:
    return RuPersonRecognizer("ru")


def _found(rec: RuPersonRecognizer, text: str) -> list:
    return [r for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an author's label at the start of a line, with a note after the name
        ("Марина К.: кто едет в субботу?\nоксана: я еду, место есть", "оксана"),
        ("юля с ростова: скинула на карту", "юля"),
        ("[19:42] кристина: девочки я нашла его", "кристина"),
        # a clipped vocative opening a reply, whatever follows it
        ("Катя: ну что?\nТоня: оль мой тоже не звонил", "оль"),
        ("серёж тут все наши переживают", "серёж"),
        # thanks after the addressee
        ("Ольга: светлана спасибо огромное", "светлана"),
        # beside an imperative of speaking
        ("ты сашке передай что я жив", "сашке"),
        ("позвони андрюхе он знает", "андрюхе"),
        # a listed diminutive the dictionary reads as a common noun, and the endearing -аня
        ("Не волнуйся. Юльке я сама всё объясню.", "Юльке"),
        ("Вчера Галюня пирог испекла.", "Галюня"),
        ("Любаня звонила, спрашивала про тебя.", "Любаня"),
        # after a preposition or a possessive, a word that reads only as a name
        ("вчера с андрюхой на рыбалку ездили", "андрюхой"),
        ("у полины завтра утренник", "полины"),
        ("наш серёга тоже там где-то", "серёга"),
        # a word the dictionary reads only as a name, wherever it stands
        ("пап привет это витёк, звоню с чужого", "витёк"),
        ("вчера заходил колян, про тебя спрашивал", "колян"),
    ],
)
def test_chat_names(ru: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("вера: без неё никак", "вера"),
        ("надежда: умирает последней", "надежда"),
        ("роман: дочитал до середины", "роман"),
        ("мир: когда уже", "мир"),
        ("слава: богу живой", "слава"),
        ("скажи правду, не бойся", "правду"),
        ("передай привет всем", "привет"),
        ("Сумке конец, ручка оторвалась.", "Сумке"),
        ("Точке сбора сказали ждать.", "Точке"),
        ("роман на полке, стакан на столе", "роман"),
        # three-letter words with a common reading are no clipped vocative
        ("дим: из трубы валит", "дим"),
        ("вер нет никаких", "вер"),
        # after a preposition: verbs, conjunctions and common nouns that are also names
        ("с верой и надеждой ждём", "верой"),
        ("вали отсюда, сказал он", "вали"),
        ("для кати ничего не нашла", "кати"),
        ("с любовью, твоя мама", "любовью"),
        # a listed diminutive with a common reading needs a preposition or a possessive before it
        ("лены сегодня нет", "лены"),
        ("толик сахара остался", "толик"),
    ],
)
def test_words_that_are_also_names(ru: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "— Юрічку, синочку, відповідай, ми всі чекаємо.", "Юрічку"),
        ("uk", "Передай Василечку, що тато дзвонив.", "Василечку"),
        ("ru", "Женечка, ты поел? Позвони бабушке.", "Женечка"),
    ],
)
def test_endearing_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Синочку мій, я так чекала.", "Синочку"),  # a kin word
        ("uk", "Свічечку запали за нього в неділю.", "Свічечку"),  # a candle, no name under it
        ("ru", "Жёнушка моя, не плачь.", "Жёнушка"),
    ],
)
def test_not_endearing_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "девочки, кто видел димку журавлёва? он с нашей роты", "димку журавлёва"),
        ("uk", "передай тарасу бондаренку що я дзвонив", "тарасу бондаренку"),
        ("ru", "передай серёге калинину, что я звонил", "серёге калинину"),
    ],
)
def test_lowercase_full_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "скажи сашке новости, мы с димкой белым ездили", "димкой белым"),  # an adjective, no surname
        ("uk", "передай тарасу привіт від мами", "тарасу привіт"),  # a greeting
    ],
)
def test_not_lowercase_surnames(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    results = rec.analyze(text, ["PERSON"])
    start = text.index(surface)
    assert not any(r.start <= start and r.end >= start + len(surface) for r in results)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Жена: Серёг, позвони маме, она с утра звонит.", "Серёг"),
        ("— Серёг, ты где вообще?", "Серёг"),
        ("Мать: Вер, ну хватит плакать.", "Вер"),
    ],
)
def test_listed_vocative_called(text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language="ru")
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Серёг у неё много, целая шкатулка.", "Серёг"),  # earrings: no comma, no one called
        ("Родом из Кнежи, там и вырос.", "Родом"),  # an oblique common noun opening the sentence
    ],
)
def test_listed_vocative_not_called(text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language="ru")
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Юлия Смирнова 21:14\nДевочки, кто знает?\nМама Вовчика 21:25\nНам опять не пришло.", "Мама Вовчика"),
        ("ru", "Жена Серёжи: мой тоже молчит с субботы", "Жена Серёжи"),
        ("uk", "Галина Возняк: Мій з суботи мовчить\nОксана (мама Богдана): Мій вчора писав", "Оксана (мама Богдана)"),
        ("uk", "[00:12] Дружина Андрія, 21:03: скинула 500", "Дружина Андрія"),
    ],
)
def test_kin_chat_label(lang: str, text: str, surface: str) -> None:
    assert_found(text, SpeakerLabelRecognizer(supported_language=lang).analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the kin word inside a message, not opening a label
        ("ru", "Вчера в 21:25 мама Даньки написала: пришло.", "мама"),
        # prose: the kin phrase opens a sentence, no colon or time after it
        ("ru", "Мама Даньки звонила в военкомат, ей не ответили.", "Мама"),
    ],
)
def test_kin_chat_label_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, SpeakerLabelRecognizer(supported_language=lang).analyze(text, ["PERSON"]), surface)


def test_kin_title_with_her_own_name_stays_outside() -> None:
    text = "Христя: дякую\nБабуся Галя: а де то Краматорськ?"
    assert_not_found(text, SpeakerLabelRecognizer(supported_language="uk").analyze(text, ["PERSON"]), "Бабуся")


# An oblique case of a listed masculine diminutive ending in a consonant, though the dictionary reads the form as a
# common word (Толик: "Толика" is also the noun толика): a name inside a sentence, not opening one.
@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Так это ж Толика машина, он фермер.", "Толика"),
        ("ru", "Передай Вадику, что я звонил.", "Вадику"),
        ("ru", "Мы с Коляном вчера вернулись на точку.", "Коляном"),
        ("uk", "Скажи Славику, нехай подзвонить мамі.", "Славику"),
    ],
)
def test_case_of_listed_diminutive(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Толика соли не помешает.",  # the common noun opening the sentence
        "Нужна лишь толика терпения.",  # lower case
    ],
)
def test_case_of_listed_diminutive_traps(ru: RuPersonRecognizer, text: str) -> None:
    assert_not_found(text, _found(ru, text), "олика")


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a given name's possessive adjective names its bearer, opening a question or inside a sentence, in a
        # Ukrainian document quoting Russian speech too
        ("Дружина: А Тимур? Сашин брат?", "Сашин", "uk"),
        ("Я вчера Катину маму видел у военкомата.", "Катину", "ru"),
        ("Там и Димин отец был, и Светин муж.", "Светин", "ru"),
        # a capitalised clipped vocative set off by a comma or "!"
        ("Ольга: Мариш, держись. Всё будет хорошо.", "Мариш", "uk"),
        ("Серёж, перезвони, как сможешь.", "Серёж", "ru"),
        # a listed diminutive opening a question, though the dictionary has an oblique homonym
        ("ВІЙСЬКОВИЙ: Ладно, как там дома? Дашка твоя родила?", "Дашка", "uk"),
        # a Turkic kin honorific written onto the name is how he is called
        ("Гульнара 11:48: Ильдар-абый звонил, говорит, всех забрали", "Ильдар-абый", "uk"),
    ],
)
def test_names_in_speech(strict_redactor, text: str, word: str, language: str) -> None:  # noqa: ANN001
    assert touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # interjections and function words opening a turn before a comma; a parent's possessive; a place's name
        ("Ага, понял, выхожу.", "Ага", "ru"),
        ("Как, ещё не вернулись?", "Как", "ru"),
        ("Мамин брат приехал вчера.", "Мамин", "ru"),
        ("Машину разбили под Купянском.", "Машину", "ru"),
    ],
)
def test_no_names_in_speech(strict_redactor, text: str, word: str, language: str) -> None:  # noqa: ANN001
    assert not touched(text, word, language, strict_redactor)
