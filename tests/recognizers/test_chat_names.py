"""Names as chats write them (issue #15): lower-case authors' labels, clipped vocatives opening a reply, a name
beside an imperative of speaking, diminutives the dictionary reads as common nouns, the endearing -аня.
Sentences are invented; the negatives are words that are also names ("вера", "надежда", "роман", "мир", "слава")."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import assert_found, assert_not_found

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
