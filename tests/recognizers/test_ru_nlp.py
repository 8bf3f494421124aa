"""The ru/uk NLP engine: tokenizer fix, pymorphy3 lemmas, natasha NER and the gazetteer-first combination rule."""

from __future__ import annotations

import pytest

from redact.cyrillic_nlp import build_pipeline, natasha_spans
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.places import is_known_place


@pytest.fixture(scope="module")
def ru_nlp():
    return build_pipeline("ru")


@pytest.fixture(scope="module")
def uk_nlp():
    return build_pipeline("uk")


@pytest.mark.parametrize("word", ["Ростове-на-Дону", "Улан-Удэ", "из-под"])
def test_hyphenated_words_stay_one_token(ru_nlp, word: str) -> None:
    doc = ru_nlp.make_doc(f"Он приехал {word} вчера")
    assert word in [t.text for t in doc]


def test_numbers_with_hyphens_keep_their_tokens(ru_nlp) -> None:
    assert "ФАБ-500" in [t.text for t in ru_nlp.make_doc("поймал ФАБ-500 вчера")]


def test_lemmas_are_pymorphy3_normal_forms(ru_nlp) -> None:
    doc = ru_nlp("С позывным «Утюг» служил Андреем")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["позывным"] == "позывной"
    assert lemmas["Андреем"] == "андрей"


def test_ukrainian_pipeline_has_no_natasha(uk_nlp) -> None:
    assert "redact_natasha_ner" not in uk_nlp.pipe_names
    doc = uk_nlp("Я бачив Петренка вчора")
    assert {t.text: t.lemma_ for t in doc}["Петренка"] == "петренко"


def test_natasha_finds_people_and_places(ru_nlp) -> None:
    doc = ru_nlp("Андрей Сергеевич Лапин уехал в Гомель.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Андрей Сергеевич Лапин", "PER") in ents
    assert ("Гомель", "LOC") in ents


def test_a_place_tagged_as_a_person_becomes_a_place() -> None:
    # slovnet calls "Верхнезареченска" a person; pymorphy3's Geox reading decides.
    text = "Я сам с Верхнезареченска, мне 24, наводчик."
    labels = {text[s:e]: label for s, e, label in natasha_spans(text)}
    assert labels.get("Верхнезареченска") == "LOC"


def test_verbs_are_trimmed_from_person_spans() -> None:
    text = "Передай Тёме, что к маю буду дома."
    spans = {text[s:e] for s, e, label in natasha_spans(text) if label == "PER"}
    assert "Передай Тёме" not in spans


@pytest.mark.parametrize(
    ("word", "place"), [("Гомеле", True), ("Бахмутом", True), ("Андреем", False), ("Саратов", True)]
)
def test_known_place(word: str, place: bool) -> None:
    assert is_known_place(word, "ru") is place


@pytest.mark.parametrize(
    ("token", "forms"),
    [
        ("Андрей", {"Андрея", "Андрею", "Андреем", "Андрее"}),
        ("Бес", {"Беса", "Бесом"}),
        ("Сизый", {"Сизого", "Сизому"}),
        ("Шаманыч", {"Шаманыча", "Шаманычем"}),
        ("ГРОМ", {"ГРОМА"}),
    ],
)
def test_variants_cover_case_forms(token: str, forms: set[str]) -> None:
    assert forms <= morph.variants(token, "ru")


def test_ukrainian_variants() -> None:
    assert {"Петренка", "Петренку"} <= morph.variants("Петренко", "uk", ("Surn",))


def test_one_analyzer_per_language() -> None:
    assert morph.analyzer("ru") is morph.analyzer("ru")
    with pytest.raises(ValueError):
        morph.analyzer("en")


@pytest.mark.parametrize(
    ("word", "language", "place"),
    [
        ("Бахмута", "ru", True),  # natasha PER, pymorphy3 top parse Name: the gazetteer decides
        ("Кедровке", "ru", True),
        ("Харкові", "uk", True),  # uk: surname "Харко" or the noun "харків"
        ("Артём", "ru", False),  # also a town, but a common given name
        ("Иванов", "ru", False),  # a surname in every reading
        ("Шевченко", "uk", False),
    ],
)
def test_gazetteer_decides_between_name_and_place(word: str, language: str, place: bool) -> None:
    from redact.recognizers.nlp.places import place_beats_name

    assert place_beats_name(word, language) is place


def test_an_ordinary_word_tagged_as_a_person_is_a_nickname() -> None:
    text = "— Рыжий, это Молот. У нас двое трёхсотых."
    labels = {text[s:e]: label for s, e, label in natasha_spans(text)}
    assert labels["Молот"] == "NICK"


@pytest.mark.parametrize(
    ("text", "span", "language"),
    [
        ("– Військова частина?", None, "uk"),  # a common word opening a line is no place
        ("Группа в телеграме пишет.", None, "ru"),
        ("Прикордонні громади Сумської області залишаються під вогнем.", "Сумської області", "uk"),
        # a place opening a sentence stays: a place list holds it, or the dictionary does not know the word
        ("Озерне попрощалося з героєм.", "Озерне", "uk"),
        ("Кедрянка простилась с бойцом.", "Кедрянка", "ru"),
    ],
)
def test_a_common_word_opening_a_sentence_leaves_a_place_span(text: str, span: str | None, language: str) -> None:
    from redact.cyrillic_nlp import _relabel

    first = text.split()[0] if not text.startswith("–") else text.split()[1]
    start = text.index(first)
    end = text.index(" залишаються") if "залишаються" in text else start + len(first)
    got = _relabel(text, start, end, "LOC", language)
    assert (text[got[0] : got[1]] if got else None) == span
