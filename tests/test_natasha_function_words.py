"""slovnet's PERSON spans that open with a pronoun, preposition or conjunction ("Я з Новоуральска"): the function
word is trimmed; an initial with its dot and a surname that is also a particle ("Ли") stay.

Every sentence is invented; private names are invented, places are real.
"""

from __future__ import annotations

import pytest

from redact.recognizers.natasha_ner import _function_word, _screen_person


@pytest.mark.parametrize("word", ["з", "Под", "Мы", "Но", "Так"])
def test_function_words(word: str) -> None:
    assert _function_word(word)


@pytest.mark.parametrize("word", ["Ли", "Ким", "Лев", "Вера", "Роман"])
def test_names_that_are_also_words_are_no_function_words(word: str) -> None:
    assert not _function_word(word)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Я з Новоуральска, мама там живе.", "Новоуральска"),
        ("Мы Коляну звонили вчера.", "Коляну"),
        ("А. Петров погиб.", "А. Петров"),
        ("Ли Сергей погиб.", "Ли Сергей"),
    ],
)
def test_a_span_opening_with_a_function_word_is_trimmed(text: str, kept: str) -> None:
    end = text.index(kept) + len(kept)
    span = _screen_person(text, 0, end)
    assert span is not None and text[span[0] : span[1]] == kept
