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


# A named formation on the flank moving as a whole, or its men as a crowd ("Ахмат отошёл", "the Akhmat guys pulled
# back"): written about as the force, kept as Wagner is; one man's service in it stays withheld.
@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("— Справа всё горит, Ахмат отошел, фланг открытый.", "Ахмат", "ru"),
        ("— «Вагнер» зашёл в город с востока, мы держим окраину.", "Вагнер", "ru"),
        ("(2): The Akhmat guys on the left flank pulled back again.", "Akhmat", "en"),
        ("(1): Akhmat withdrew from the tree line last night.", "Akhmat", "en"),
    ],
)
def test_a_formation_moving_as_a_whole_is_kept(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Он служил в «Ахмате» с весны, погиб под Курском.", "Ахмате", "ru"),
        ("He signed a contract with Akhmat in May and left for the front.", "Akhmat", "en"),
        # a town's or a village's men as a crowd: they are from there (only a formation's name makes a force)
        ("(2): The Sosnovka guys on the left flank are all from my street.", "Sosnovka", "en"),
        ("(1): Only the Kovrov lads are left in the second platoon.", "Kovrov", "en"),
    ],
)
def test_one_mans_service_in_a_formation_stays_withheld(redactor, text, word, language) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)


# A hyphenated capital the register lists, thanked or named as a mediator ("поблагодарил Абу-Даби"): the dictionary
# reads it by its first part as a given name; only a hyphenated given name's last part makes it one ("Анна-Мария").
@pytest.mark.parametrize(
    ("text", "word", "language", "kept"),
    [
        ("Омбудсман поблагодарил Абу-Даби за посредничество в обмене.", "Абу-Даби", "ru", True),
        ("Омбудсман подякував Абу-Дабі за посередництво в обміні.", "Абу-Дабі", "uk", True),
        ("Анна-Мария Гречко погибла при обстреле, ей было 19.", "Анна-Мария", "ru", False),
    ],
)
def test_a_hyphenated_capital_is_no_given_name(redactor, text, word, language, kept) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor) is not kept
