"""Things and formulae Russian writing capitalises, which no policy withholds as a person or a place.

Weapons, drones and banks by their model or brand names ("Шахеды", "Мавик", "Искандер-М", "на Сбер"), the Arabic
formulae of Muslim obituaries and speech ("Инна лиллахи ва инна илайхи раджиун", "Альхамдулиллах", "Иншаллах"), and
chat roles ("Админ:", "модератор") are plain words (redact/discipline.py: ``thing_word``, ``ROLES``). A given name
sharing a thing's stem (Искандер, Инна) stays a name, and a call sign stays a call sign whatever word it is. Every
person and place here is invented.
"""

from __future__ import annotations

import pytest

from redact.discipline import thing_word
from redact.evaluate import Ours
from tests.assertions import output_of


def _out(system: Ours, text: str) -> str:
    return output_of(system, text, "ru")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Военный: Ночью опять Шахеды летели, два сбили над заводом.", "Шахеды"),
        ("Боец: Мавик висит над посадкой уже полчаса, не высунуться.", "Мавик"),
        ("По складу отработали Искандеры, потом ещё Ланцет прилетел.", "Искандеры"),
        ("По аэродрому ударил Искандер-М, есть раненые.", "Искандер-М"),
        ("Жена: Деньги я тебе на Сбер скинула, проверь.", "Сбер"),
        ("Инна лиллахи ва инна илайхи раджиун. Сообщаем о гибели односельчанина.", "Инна лиллахи"),
        ("Мама: Альхамдулиллах, живой. Иншаллах, скоро увидимся.", "Альхамдулиллах"),
        ("Мама: Альхамдулиллах, живой. Иншаллах, скоро увидимся.", "Иншаллах"),
        ("12:40 Админ: фамилии и номера частей в чат не пишем.", "Админ"),
    ],
)
def test_things_and_formulae_stay(strict: Ours, text: str, kept: str) -> None:
    assert kept in _out(strict, text)


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("С нами служит Искандер Рахимов из Кукмора, он водитель.", "Искандер Рахимов"),
        ("Инна Петровна Зорькина сказала, что позвонит вечером.", "Инна Петровна Зорькина"),
        ("Командир взвода с позывным «Шахед» вышел на связь.", "Шахед"),
    ],
)
def test_names_sharing_a_things_stem_are_withheld(strict: Ours, text: str, withheld: str) -> None:
    assert withheld not in _out(strict, text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Шахедов было много.", "Шахедов", True),
        ("Искандер пришёл домой.", "Искандер", False),
        ("Инна лиллахи ва инна илайхи раджиун.", "Инна", True),
        ("Инна, позвони мне.", "Инна", False),
        ("Машаллах, сын вырос.", "Машаллах", True),
        ("Маша, привет.", "Маша", False),
        # the formulae and the greeting as English transcripts spell them; the greeting alone only where it closes
        ("SON: Salam, brother. All quiet here.", "Salam", True),
        ("UNCLE: Wa alaikum salam! How is your mother?", "Wa alaikum salam", True),
        ("MOTHER: Alhamdulillah, you called.", "Alhamdulillah", True),
        ("We will be home soon, inshallah.", "inshallah", True),
        ("Ассаламу алейкум, брат!", "Ассаламу алейкум", True),
        ("Salam Dzhabrailov was killed near Bakhmut.", "Salam", False),
    ],
)
def test_thing_word(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert thing_word(text, start, start + len(word)) is expected


# The motherland of obituaries and speeches is no woman named Rodina; a name beside the word makes it her surname.
@pytest.mark.parametrize(
    "text",
    [
        "Погиб, защищая Родину и мир, при выполнении боевой задачи.",
        "Он отдал жизнь за нашу Родину. Вечная память герою.",
        "Всегда был пример верности Родине и присяге.",
        "Боец: За Родину! Держитесь, братцы, смена скоро.",
    ],
)
def test_the_motherland_stays(strict: Ours, text: str) -> None:
    assert _out(strict, text) == text


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("Медсестра Анна Родина дежурила в ту ночь.", "Родина"),
        ("Родина Анна Петровна, 1991 г.р., проживает в селе Луговом.", "Родина Анна Петровна"),
        ("Справку подписала И. Родина, фельдшер.", "Родина"),
    ],
)
def test_a_woman_named_rodina_is_withheld(strict: Ours, text: str, withheld: str) -> None:
    assert withheld not in _out(strict, text)


# The closing lines of an obituary and a fund's slogan: prayers, verbs and pronouns, no names or places.
@pytest.mark.parametrize(
    "text",
    [
        "Царствие Небесное воину. Спи спокойно, братишка.",
        "Любим, помним, скорбим. Родные и близкие.",
        "Помогли волонтёры фонда «Своих не бросаем».",
        "Выражаем благодарность лично Главе поселения и всем, кто пришёл проститься.",
    ],
)
def test_obituary_formulae_stay(strict: Ours, text: str) -> None:
    assert _out(strict, text) == text


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("Родом из города Любим Ярославской области, там и похоронен.", "Любим"),
        ("Он жил в Любиме, работал на молокозаводе.", "Любиме"),
    ],
)
def test_the_town_lyubim_is_withheld(strict: Ours, text: str, withheld: str) -> None:
    assert withheld not in _out(strict, text)


# A listed name or vocative called out before an imperative is no list of verbs ("Мариш" also parses as a verb).
@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("Оксана: Мариш, держись, моему тоже никто ничего не говорит.", "Мариш"),
        ("Мариш, пиши, как только что-то узнаешь.", "Мариш"),
    ],
)
def test_a_vocative_before_an_imperative_is_withheld(strict: Ours, text: str, withheld: str) -> None:
    assert withheld not in _out(strict, text)


# A Russian street in a Ukrainian edition's mixed line: the Ukrainian dictionary lacks the word and guesses a verb by
# its ending, which makes no list of verbs with the "помнишь" after it.
@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("— Он с Комсомольской, помнишь? (окупант має на увазі вулицю, — ред.)", "Комсомольской"),
        ("— Мы с ним с одного двора, с Заводской, помнишь его (ідеться про вулицю, — ред.).", "Заводской"),
    ],
)
def test_an_unknown_word_opens_no_verb_list(strict: Ours, text: str, withheld: str) -> None:
    assert withheld not in _out(strict, text)


def test_ukrainian_verbs_of_an_obituary_close_stay(strict: Ours) -> None:
    text = "Любимо, пам'ятаємо, сумуємо. Рідні та близькі."
    assert _out(strict, text) == text


# Soldiers' and mothers' speech: a kinship word and a prayer capitalised mid-sentence are no call sign.
@pytest.mark.parametrize(
    "text",
    [
        "Военный: Короче, Мамка, нас завтра перекидывают.",
        "Мать: Сынок, Христом Богом прошу, береги себя.",
    ],
)
def test_kin_and_prayer_words_stay(strict: Ours, text: str) -> None:
    assert _out(strict, text) == text
