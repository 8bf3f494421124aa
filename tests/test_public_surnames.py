"""A register figure's surname standing alone: the passage decides (issue 14, redact/public_acts.py).

The register marks surnames private people share ``surname_alone: false`` (Gerasimov, Lavrov, Kovalenko). Such a
surname alone is kept when it governs a public act, is the source of a report or stands in a clause about the
screen; any register surname alone is withheld after a rank below colonel, with kin in apposition, as an address,
or where the passage ties it to a private person. Sentences are invented; private people in them are invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a public act the surname governs, a few words on
        ("Вечером Лавров в интервью телеканалу заявил, что диалог возможен.", "Лавров", "ru"),
        ("На брифінгу Коваленко заявив, що ворог поширює нові фейки про мобілізацію.", "Коваленко", "uk"),
        ("At a meeting in Moscow, Gerasimov claimed the front had been stabilised.", "Gerasimov", "en"),
        ("Afterwards Lavrov told reporters in Ankara that no deal was close.", "Lavrov", "en"),
        # the source of a report
        ("Наступ, за словами Герасимова, йде за планом, хоча карти кажуть інше.", "Герасимова", "uk"),
        ("По словам Лаврова, Москва готова к переговорам без условий.", "Лаврова", "ru"),
        ("The offensive, according to Gerasimov, is ahead of schedule.", "Gerasimov", "en"),
        # a clause about the screen
        ("— А вчера по телику Соловьёв опять Одессу брал, ты смотрел?", "Соловьёв", "ru"),
        ("— Мам, не дивись ти той ефір, там Соловйов тільки кричить.", "Соловйов", "uk"),
        # a plain "said" beside another public figure of the register
        ("— Gerasimov says they are winning, and Peskov says the same thing every week.", "Gerasimov", "en"),
    ],
)
def test_register_surname_in_a_public_act_is_kept(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a rank below colonel
        ("Рядовой Лавров заявил командиру, что дальше не пойдёт.", "Лавров", "ru"),
        ("Молодший сержант Коваленко повідомив, що група вийшла.", "Коваленко", "uk"),
        ("Corporal Gerasimov announced he would not sign again.", "Gerasimov", "en"),
        # kin in apposition, before or after the surname (a surname the register keeps alone, too)
        ("At the wedding his cousin Shoigu announced the couple's plans.", "Shoigu", "en"),
        ("Мой двоюродный брат Лавров заявил, что больше не поедет.", "Лавров", "ru"),
        ("Коваленко, мій дядько, заявив, що його не відпустять.", "Коваленко", "uk"),
        # an address
        ("— Товарищ Лавров, вы обещали отпуск ещё в мае!", "Лавров", "ru"),
        ("— Gerasimov, you there? Gerasimov announced nothing to us.", "Gerasimov", "en"),
        # a first name or initial in the passage that is not the figure's
        ("Вчера Андрей Лавров вернулся из госпиталя. Лавров заявил, что больше не поедет.", "Лавров заявил", "ru"),
        (
            "Сергій Коваленко, 1990 р.н., зник безвісти. Коваленко повідомив рідним про полон.",
            "Коваленко повідомив",
            "uk",
        ),
        (
            "Nadia Gerasimov wrote to us in March. Gerasimov announced the appeal on Telegram.",
            "Gerasimov announced",
            "en",
        ),
        ("П. Шойгу, 1987 г.р., пропал под Кременной. Шойгу обещал позвонить.", "Шойгу обещал", "ru"),
        # no public act: a plain verb of a private comrade, a visit, an order
        ("— Лавров сказал, что завтра выезжаем на точку.", "Лавров", "ru"),
        ("Gerasimov said we move out at dawn, bring the water.", "Gerasimov", "en"),
    ],
)
def test_private_surname_is_withheld(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    from redact.pipeline import analyze_text

    # the mention tested is the one ``word`` starts with (the later one where the passage names two)
    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    assert any(f.start <= i < f.end for f in found), f"the surname at {i} was kept"


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a register surname that is also an oblique form of a place ("Песков" of the village Пески)
        ("Днём Песков снова отказался комментировать обмен пленными.", "Песков", "ru"),
        # a woman's surname in an oblique Russian case (the dictionary gives the man's lemma)
        ("Письмо передали Захаровой ещё в понедельник.", "Захаровой", "ru"),
        ("Родные пленных обратились к Москальковой с открытым письмом.", "Москальковой", "ru"),
        # a typographic apostrophe: the dictionaries' forms still meet ("Куп’янська" is Kupiansk's genitive)
        ("Колону помітили на південь від Куп’янська вранці.", "Куп’янська", "uk"),
        ("Бої тривають біля Слов’янська й Краматорська.", "Слов’янська", "uk"),
    ],
)
def test_register_forms_are_kept(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)
