"""Garrison towns under the default policy: where a unit is stationed or a soldier serves is kept, a home never.

Invented sentences in the shapes of garrison-court decisions ("войсковая часть ..., дислоцированная в г. X"),
obituaries ("срочную службу проходил в X", "отслужил срочную в X") and English reporting ("served as a conscript in
X", "its regiments are based in X"); private names and the small towns are invented or generic.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Рядовой не прибыл в срок в войсковую часть 40123, дислоцированную в г. Чебаркуле.", "Чебаркуле", "ru"),
        ("Срочную службу проходил в Камышлове, потом остался по контракту.", "Камышлове", "ru"),
        ("После школы отслужил срочную в Печенге и вернулся на завод.", "Печенге", "ru"),
        ("Строкову службу проходив у Яворові, згодом підписав контракт.", "Яворові", "uk"),
        ("Before the war he served as a conscript in Severomorsk with the Northern Fleet.", "Severomorsk", "en"),
        ("The division's regiments are based in Kamenka, near the border.", "Kamenka", "en"),
    ],
)
def test_a_garrison_town_is_kept(redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a home word in the clause, or the same town named as the home elsewhere in the text
        ("Родился и служил в Камышлове, там и похоронен.", "Камышлове", "ru"),
        ("Уроженец г. Чебаркуль, проходил службу в в/ч 40123, дислоцированной в г. Чебаркуле.", "Чебаркуле", "ru"),
        ("Служил в родном Камышлове, потом уехал на заработки.", "Камышлове", "ru"),
        ("He was born and served in Kandalaksha.", "Kandalaksha", "en"),
        # a town after a unit's service words that are no garrison's: a home, a funeral
        ("Жил в Камышлове, работал на заводе.", "Камышлове", "ru"),
    ],
)
def test_a_home_is_withheld_beside_words_of_service(redactor: Redactor, text: str, word: str, language: str) -> None:
    assert touched(text, word, language, redactor)


def test_strict_withholds_a_garrison_town() -> None:
    from redact.policy import load_policy

    strict = Redactor(load_policy("strict").policy)
    assert touched("Срочную службу проходил в Камышлове.", "Камышлове", "ru", strict)


def test_a_colony_a_sentence_is_served_in_is_no_garrison_town(redactor: Redactor) -> None:
    text = "The court sentenced him to six years, to be served in penal colony No. 7 in Kamenka."
    assert touched(text, "penal colony", "en", redactor)
