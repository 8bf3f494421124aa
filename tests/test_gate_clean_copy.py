"""Clean copy the pre-publication gate must pass (session 16): words of a live blog or of soldiers' talk that read
as a village or a home, while the same words naming someone's place stay withheld. Every village, name and date is
invented; the cities are real public places."""

from __future__ import annotations

import pytest

from tests.assertions import touched


# A digest's or a live blog's heading: a substantivised neuter adjective opening a line before the span of time it
# sums up. A village of that name (Головне in Volyn, Зелене) is still withheld where it is someone's place.
@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Головне за 14 листопада. Онлайн-репортаж\n\n09:20 Повітряні сили повідомили про загрозу.", "Головне", "uk"),
        ("Головне за добу: ворог атакував Херсон дронами.", "Головне", "uk"),
        ("Головне на ранок 3 квітня\n\nУ Харкові пролунали вибухи.", "Головне", "uk"),
        ("Главное за сутки: удары по Харькову и Сумам.", "Главное", "ru"),
        ("Важливе станом на 18:00\n\nСили оборони відбили атаки.", "Важливе", "uk"),
    ],
)
def test_a_digest_heading_is_no_village(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Мешканці села Головне на Волині попрощалися з Тарасом Дичуком.", "Головне", "uk"),
        ("Він родом із села Зелене, там і похований.", "Зелене", "uk"),
    ],
)
def test_a_village_so_named_stays_withheld(redactor, text, word, language) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)


# "They sit in Moscow": soldiers' word for the command far from the front, no one's home; where one's own live
# ("они в Омске", "мама в Курске сидит с внуками") stays withheld.
@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("— Шойгу пусть приедет. Они в Москве сидят, а тут всё горит.", "Москве", "ru"),
        ("— Вони в Києві сидять і нічого не знають про нас.", "Києві", "uk"),
    ],
)
def test_they_sit_in_the_capital_is_no_home(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("— Родители как? — Они в Омске, живут потихоньку.", "Омске", "ru"),
        ("— Моя мама в Курске сидит с внуками.", "Курске", "ru"),
    ],
)
def test_where_ones_own_live_stays_withheld(redactor, text, word, language) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)
