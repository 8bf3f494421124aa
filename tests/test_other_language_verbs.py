"""A verb of the other Cyrillic language is no name: Ukrainian questions put to a Russian prisoner, Russian slang.

Ukrainian outlets publish interrogations in which the interviewer speaks Ukrainian and the prisoner Russian ("–
Представтеся." / "– Сомов Пётр Ильич ..."), and a paragraph of Russian speech is analysed as Russian: pymorphy3's
Russian guesser reads the unknown "Представтеся" as a woman's name. The type discipline drops a PERSON finding the
run's dictionary does not know and the other dictionary reads only as a verb (``redact.discipline``). Names are
invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("– Представтеся.\n– Сомов Пётр Ильич, восемьдесят девятого года, из Кирова.", "Представтеся", "ru"),
        ("КУРАТОР: Сфоткай и скинь в бот, деньги завтра переведём.", "Сфоткай", "ru"),
    ],
)
def test_a_verb_of_the_other_language_is_no_name(strict_redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("– Представтеся.\n– Сомов Пётр Ильич, восемьдесят девятого года, из Кирова.", "Сомов", "ru"),
        ("МАТЬ: Сашка, ты где? Позвони Любе, она волнуется.", "Сашка", "ru"),
    ],
)
def test_names_beside_them_stay_names(strict_redactor, text: str, word: str, language: str) -> None:
    assert touched(text, word, language, strict_redactor)
