"""SlugNameRecognizer: surnames in the slug of a memorial link, never in any link."""

from __future__ import annotations

import pytest

from redact.recognizers.slug_name import SlugNameRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> SlugNameRecognizer:
    return SlugNameRecognizer(supported_language="en")


def test_the_town_is_not_a_name(rec: SlugNameRecognizer) -> None:
    # The town in the slug is the place-tag recogniser's; this one leaves it alone.
    text = "Photos: kaniv.city/news/kaniv-poproshchalysia-z-voiinom"
    assert_not_found(text, rec.analyze(text, ["PERSON"]), "kaniv")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Full report: https://kaniv.city/news/kaniv-farewell-savchenko", "savchenko"),
        ("Link: horodok.info/2024/05/pokhoron-tkachuka-ta-stepaniuk", "stepaniuk"),
        ("dzherelo: https://sumy.ua/pamiat/olena-marchenko-zahynula", "marchenko"),
        ("see ryazan.ru/news/proshchanie-s-voennym-kuznetsovym-ivanov", "ivanov"),
        ("there: news.example.org/obituary-dmytro-kovalevskyi", "kovalevskyi"),
    ],
)
def test_finds(rec: SlugNameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # Not a memorial slug: the same surname shape is left alone.
        ("Budget: https://kaniv.city/news/kaniv-budget-savchenko-report", "savchenko"),
        # A memorial slug, but the word is news-site vocabulary, not a name.
        ("https://sumy.ua/novyny/pamiat-heroiv-ukrainy", "ukrainy"),
        # Prose outside a link is not a slug.
        ("The farewell for Savchenko took place at noon.", "Savchenko"),
    ],
)
def test_ignores(rec: SlugNameRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


def test_english_words_with_surname_endings_in_an_english_memorial_slug() -> None:
    text = "Read: https://example.org/news/soldier-killed-again-says-captain"
    assert not SlugNameRecognizer("en").analyze(text, ["PERSON"])


def test_a_weak_ending_counts_in_a_transliterated_memorial_slug() -> None:
    text = "Dzherelo: https://tomsk.ru/news/proshchanie-s-kuznetsovym-ivanov"
    assert_found(text, SlugNameRecognizer("ru").analyze(text, ["PERSON"]), "ivanov", "PERSON")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # A slug word that spells a name of the text, inflected or not, memorial link or not.
        (
            "uk",
            "У Ковелі попрощалися з Остапом Гнатюком. Джерело: kovel.city/news/proshchannia-z-ostapom-hnatiukom",
            "hnatiukom",
        ),
        (
            "uk",
            "У Ковелі попрощалися з Остапом Гнатюком. Джерело: kovel.city/news/proshchannia-z-ostapom-hnatiukom",
            "ostapom",
        ),
        ("ru", "Школе присвоят имя Тимура Лапшина. Ссылка: tver.ru/news/shkola-imeni-timura-lapshina", "lapshina"),
        ("en", "The school will be named after Taras Bodnar. See lviv.city/news/school-named-bodnar-2024", "bodnar"),
    ],
)
def test_slug_spells_a_name_of_the_text(language: str, text: str, surface: str) -> None:
    rec = SlugNameRecognizer(supported_language=language)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


def test_slug_place_of_the_text_stays() -> None:
    text = "У Ковелі відкрили школу. Джерело: kovel.city/news/kovel-shkola-vidkryttia"
    rec = SlugNameRecognizer(supported_language="uk")
    assert_not_found(text, rec.analyze(text, ["PERSON"]), "kovel")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("uk", "Вічна пам'ять! #МаркіянЛещук #ГероїНеВмирають", "Маркіян"),
        ("uk", "Вічна пам'ять! #МаркіянЛещук #ГероїНеВмирають", "Лещук"),
        ("ru", "Помним. #помним_тимура", "тимура"),
        ("en", "Goodbye, Taras Bodnar. #TarasBodnar #bodnar", "bodnar"),
    ],
)
def test_names_in_hashtags(language: str, text: str, surface: str) -> None:
    rec = SlugNameRecognizer(supported_language=language)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("uk", "Ми пам'ятаємо. #СлаваУкраїні #ГероямСлава", "Слава"),
        ("uk", "Обстріл. #Бахмут #Донеччина", "Бахмут"),
        ("en", "We stand. #StandWithUkraine", "Stand"),
    ],
)
def test_hashtags_without_names_stay(language: str, text: str, surface: str) -> None:
    rec = SlugNameRecognizer(supported_language=language)
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)
