"""NatashaNerRecognizer: slovnet's spans cut and trimmed where they overrun (pymorphy3 decides what a word is)."""

from __future__ import annotations

import pytest

from redact.recognizers.natasha_ner import screen_spans
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def analyze(strict_redactor):
    analyzer = strict_redactor.engines.analyzer("ru")
    recognizer = next(r for r in analyzer.registry.recognizers if r.name == "NatashaNerRecognizer")

    def run(text: str):
        artifacts = analyzer.nlp_engine.process_text(text, "ru")
        return recognizer.analyze(text, ["PERSON", "LOCATION", "CALL_SIGN"], artifacts)

    return run


def _screen(text: str, span: str, entity: str) -> list[str]:
    start = text.index(span)
    return [text[a:b] for a, b in screen_spans(text, start, start + len(span), entity)]


@pytest.mark.parametrize(
    ("text", "span", "entity", "kept"),
    [
        # Speaker labels and line breaks end a span; both names stay.
        ("А: Здорово, это Лёха. Б: Сомов, ты?", "Лёха. Б: Сомов", "PERSON", ["Лёха", "Сомов"]),
        ("Звонил Тимур Ахметов\nВопрос: когда?", "Тимур Ахметов\nВопрос", "PERSON", ["Тимур Ахметов"]),
        ("Мать: Это Гена.\nСомов: Да, я.", "Гена.\nСомов", "PERSON", ["Гена", "Сомов"]),
        # An ordinary word opening the next sentence, after a surname with initials.
        ("Перевод Лаптеву С. И. Обнимаю вас.", "Лаптеву С. И. Обнимаю", "PERSON", ["Лаптеву С. И."]),
        # Words of address and particles.
        ("Тёть Зин, это я.", "Тёть Зин", "PERSON", ["Зин"]),
        ("А Толик-то где сейчас?", "Толик-то", "PERSON", ["Толик"]),
        # Verbs swallowed by a place.
        ("Мы под Клещеевкой сидим уже месяц.", "Клещеевкой сидим", "LOCATION", ["Клещеевкой"]),
        # Recall: initials and a surname that is a common word; a village named by a common noun after its cue.
        ("Подписал Т. Р. Кузнец вчера.", "Т. Р. Кузнец", "PERSON", ["Т. Р. Кузнец"]),
        ("Гончар Е. П. сказал", "Гончар Е. П.", "PERSON", ["Гончар Е. П."]),
        ("Он из пос. Восход родом.", "Восход", "LOCATION", ["Восход"]),
        ("Дед Мазай приехал.", "Дед Мазай", "PERSON", ["Дед Мазай"]),
        ("Картину купил Сомов-Лесной.", "Сомов-Лесной", "PERSON", ["Сомов-Лесной"]),
        ("Заявил Бим-бом.", "Бим-бом", "PERSON", ["Бим-бом"]),
        ("Жил в Красногорске.", "Красногорске", "LOCATION", ["Красногорске"]),
        # A front's common noun after its adjective is plain; a place name does not run into a bracket.
        ("Мы на Кураховском направлении третью неделю.", "Кураховском направлении", "LOCATION", ["Кураховском"]),
        ("Стояли на Кедровском участке фронта.", "Кедровском участке", "LOCATION", ["Кедровском"]),
        ("Военнослужащий ВС РФ (В) — жена (Ж).", "РФ (В", "LOCATION", ["РФ"]),
        # a relative's noun before the name it is said of
        ("Мать Хуаде, Фатима Аслановна, рассказала всё.", "Мать Хуаде", "PERSON", ["Хуаде"]),
        ("Вдова Тарасенко получила орден мужа.", "Вдова Тарасенко", "PERSON", ["Тарасенко"]),
        # the region a post is named by is no part of its holder's name
        (
            "Глава Республики Алтай Андрей Турчак вручил медаль.",
            "Республики Алтай Андрей Турчак",
            "PERSON",
            ["Андрей Турчак"],
        ),
        (
            "Губернатор Кедровской области Иван Орлов выразил соболезнования.",
            "Кедровской области Иван Орлов",
            "PERSON",
            ["Иван Орлов"],
        ),
        # a district's noun stays with its name
        ("Родом из Кедровского района.", "Кедровского района", "LOCATION", ["Кедровского района"]),
    ],
)
def test_cuts_and_trims(text: str, span: str, entity: str, kept: list[str]) -> None:
    assert _screen(text, span, entity) == kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("— Назовитесь, пожалуйста.", "Назовитесь"),
        ("Теперь он едет на Родину.", "Родину"),
        # the noun of a native opening a record's line, before the village it names
        ("Уроженец пос. Кедровый Кедровского района.", "Уроженец"),
        ("Жительница д. Кедровка, 1961 г.р.", "Жительница"),
    ],
)
def test_places_that_are_not(text: str, span: str) -> None:
    assert _screen(text, span, "LOCATION") == []


def test_a_compound_on_an_ordinary_noun_is_no_person() -> None:
    assert _screen("Об этом сообщил Форин-офис.", "Форин-офис", "PERSON") == []


def test_model_finds_people_and_places(analyze) -> None:
    text = "Сергей Викторович Бобров уехал в Тихорецк."
    results = analyze(text)
    assert_found(text, results, "Сергей Викторович Бобров", "PERSON")
    assert_found(text, results, "Тихорецк", "LOCATION")


def test_model_spans_stop_at_speaker_labels(analyze) -> None:
    text = "А: Ну что, это Федя. Б: Федя, здорово, как ты?"
    results = analyze(text)
    assert_not_found(text, results, "Б:")
    assert_found(text, results, "Федя", "PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Погиб Гаркуша Николай Степанович, житель ст. Кедроватской, доброволец.", "Кедроватской"),
        ("Сергей Кедров, уроженец х. Кедроватого, похоронен на родине.", "Кедроватого"),
    ],
)
def test_a_name_after_a_settlement_abbreviation_is_the_village(analyze, text: str, place: str) -> None:
    found = analyze(text)
    assert_found(text, found, place, "LOCATION")
    assert not [r for r in found if r.entity_type == "PERSON" and text[r.start : r.end] == place]


def test_a_preposition_or_an_initial_is_no_settlement_abbreviation(analyze) -> None:
    text = "Мы встретились с Кедровым. Позже приехал Д. Кедров."
    assert not [r for r in analyze(text) if r.entity_type == "LOCATION" and "Кедров" in text[r.start : r.end]]
