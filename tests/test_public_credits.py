"""What the default policy keeps as written (session 9): credit lines, quoted outlets, spelled-out armies, public
figures named in soldiers' calls, and a front-line town said "под Кураховым".

Credit lines and bylines name the publication's own journalists (shapes of Reuters, AFP, TASS, lenta.ru and
Suspilne pages); a caption of who is pictured or a family's photo is no credit. A quoted name with a newspaper's word
is an outlet, never a call sign; a quoted company name stays the company's. Every private person, outlet and village
here is invented; public figures and places are real.
"""

from __future__ import annotations

import pytest

from redact.credits import credited
from redact.public import army, quoted_media
from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops withdrew, the ministry said. (Reporting by Olena Marchuk; Editing by Peter Graff)", "Olena Marchuk"),
        ("Troops withdrew, the ministry said. (Reporting by Olena Marchuk; Editing by Peter Graff)", "Peter Graff"),
        ("(Reporting by Ivan Lysenko and Maria Tsvetkova in Kyiv; Writing by Tom Balmforth)", "Maria Tsvetkova"),
        ("Additional reporting by Guy Faulconbridge in Moscow", "Guy Faulconbridge"),
        ("A burnt-out tank near Bakhmut. Photo: Anatolii Stepanov/AFP", "Anatolii Stepanov"),
        ("Soldiers at a checkpoint. REUTERS/Viacheslav Ratynskyi", "Viacheslav Ratynskyi"),
        ("By Andrew Osborn\nLONDON (Reuters) - Russia said on Monday", "Andrew Osborn"),
        ("Прощание прошло в воскресенье. Фото: Сергей Мальгавко / ТАСС", "Сергей Мальгавко"),
        ("Памятник открыли у школы. Фото: Ирина Зотова, «Степные зори»", "Ирина Зотова"),
        ("Текст: Анна Ковалёва\nФото: Павел Лебедев", "Анна Ковалёва"),
        ("Автор: Олена Бондар", "Олена Бондар"),
        ("Похорон відбувся в суботу. Фото: Оксана Гнатюк/Суспільне", "Оксана Гнатюк"),
    ],
)
def test_a_credited_name_is_a_credit(text: str, name: str) -> None:
    i = text.index(name)
    assert credited(text, i, i + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На фото: Иван Седых с сыном", "Иван Седых"),  # who is pictured
        ("Фото: Иван Седых с сыном на рыбалке", "Иван Седых"),
        ("Фото: Ольга Седых, сестра погибшего", "Ольга Седых"),  # a relative's photo
        ("Фото из личного архива Ольги Седых", "Ольги Седых"),
        ("Photo: Maria Kovtun/family archive", "Maria Kovtun"),
        ("Photo courtesy of Maria Kovtun, his mother", "Maria Kovtun"),
        ("By Monday, Ivan Sedykh had left the unit.", "Ivan Sedykh"),
        ("He was seen by Ivan Sedykh near the school.", "Ivan Sedykh"),
    ],
)
def test_a_caption_or_a_familys_photo_is_no_credit(text: str, name: str) -> None:
    i = text.index(name)
    assert not credited(text, i, i + len(name))


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Two soldiers were detained. (Reporting by Olena Marchuk; Editing by Peter Graff)", "Olena Marchuk", "en"),
        ("Похороны прошли в субботу.\nФото: Ирина Зотова, «Степные зори»", "Ирина Зотова", "ru"),
        ("Прощання відбулося в неділю. Фото: Оксана Гнатюк/Суспільне", "Оксана Гнатюк", "uk"),
    ],
)
def test_the_default_policy_keeps_a_credit_and_strict_withholds_it(
    redactor, strict_redactor, text, word, language
) -> None:
    assert not touched(text, word, language, redactor)
    assert touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Об этом сообщила районная газета «Заречные вести».", "Заречные"),
        ("Некролог напечатала «Сельская новь».", "Сельская"),
        ("Про це написали «Вісті Придніпров'я».", "Придніпров'я"),
        ('The notice ran in "Zvezda Altaya" on Tuesday.', "Altaya"),
        ("Канал «Голос Бахмута» опубликовал видео.", "Бахмута"),
    ],
)
def test_a_quoted_name_with_a_media_word_is_an_outlet(text: str, word: str) -> None:
    i = text.index(word)
    assert quoted_media(text, i, i + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Работал трактористом в СПК «Заря Степи».", "Степи"),  # a company's quoted name
        ("Позывной «Заря», командир роты.", "Заря"),  # one word: a call sign
        ('He wrote "no news from Vanya" in the chat.', "Vanya"),  # a quoted sentence
        ("Его позывной «Медведь», он из Тулы.", "Медведь"),
    ],
)
def test_a_call_sign_or_a_company_is_no_outlet(text: str, word: str) -> None:
    i = text.index(word)
    assert not quoted_media(text, i, i + len(word))


def test_the_default_policy_keeps_a_quoted_outlet(redactor) -> None:
    text = "Про загибель бійця першими повідомили «Вісті Придніпров'я»."
    assert not touched(text, "Придніпров'я", "uk", redactor)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Он служил гранатомётчиком Сорок первой армии, потом его ранило.", "Сорок"),
        ("Он служил гранатомётчиком Сорок первой армии, потом его ранило.", "Сорок первой"),
        ("Бойцы Двадцатой гвардейской общевойсковой армии вошли в город.", "Двадцатой"),
        ("He served with the Fifty-eighth Combined Arms Army near Kherson.", "Fifty"),
        ("He served with the Fifty-eighth Army near Kherson.", "Fifty-eighth"),
    ],
)
def test_an_army_with_a_spelled_number_is_the_army(text: str, word: str) -> None:
    i = text.index(word)
    assert army(text, i, i + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сорок человек из армии вернулись домой.", "Сорок"),
        ("Сорок первой роты армии больше нет.", "Сорок"),  # a company, his own unit
        ("Он служил во 2-м батальоне 41-й армии.", "2-м батальоне"),
    ],
)
def test_a_count_or_a_unit_below_an_army_is_no_army(text: str, word: str) -> None:
    i = text.index(word)
    assert not army(text, i, i + len(word))


def test_the_default_policy_keeps_a_spelled_army(redactor) -> None:
    text = "Он служил гранатомётчиком Сорок первой армии, а потом его перевели."
    assert not touched(text, "Сорок", "ru", redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "Мужчина: Пусть приедет сюда и посмотрит. Шойгу пусть приедет, Герасимов.\nЖенщина: Тише ты.\n"
            "Мужчина: Ладно.",
            "Герасимов",
            "ru",
        ),
        ("Мужчина: Ты меньше Соловьёва смотри.\nЖенщина: А что?\nМужчина: Врут всё.", "Соловьёва", "ru"),
        ("(R1): What's on TV?\n(R2): Shoigu… I mean Belousov said the town is taken.\n(R1): Sure.", "Belousov", "en"),
    ],
)
def test_a_public_figure_named_in_a_call_is_kept(redactor, text, word, language) -> None:
    assert not touched(text, word, language, redactor)


def test_a_soldier_sharing_a_figures_surname_is_withheld(redactor) -> None:
    text = "Сын: Путин выступал вчера. А Герасимов из второй роты погиб, сержант Герасимов.\nМать: Господи.\nСын: Да."
    assert touched(text, "Герасимов", "ru", redactor)


def test_a_front_line_town_said_under_it_in_a_call_is_kept(redactor) -> None:
    text = "— Короче, под Селидовым вообще жопа, дроны висят круглосуточно.\n— А у вас?\n— Тоже обстрелы."
    assert not touched(text, "Селидовым", "ru", redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "(R): We took the generator, the whole battalion does it.\n(F): And the commander?\n"
            "(R): The commander took a whole minibus to Krasnodar, after the assault.",
            "Krasnodar",
            "en",
        ),
        (
            "Окупант: Алё, мам, слышишь? Короче, нас с Васильевки перекидывают, весь батальон.\nМати: Куда?\n"
            "Окупант: Не могу сказать, на штурм.",
            "Васильевки",
            "ru",
        ),
        (
            "(W): Where are you now?\n(R): Near Pokrovsk, can't say more. We moved from the Selydove side, the whole "
            "battalion.\n(W): Take care.",
            "Selydove",
            "en",
        ),
    ],
)
def test_a_city_or_front_place_said_as_where_troops_go_is_kept(redactor, text, word, language) -> None:
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "SOLDIER: The battalion is at the front again.\nBROTHER: And you?\n"
            "SOLDIER: Tell my brother in Krasnodar I'm fine after the assault.",
            "Krasnodar",
            "en",
        ),
        (
            "— Нас с Васильевки вывезли в Запорожье, батальон ушёл на штурм.\n— А дом?\n— Разбомбили, солдаты там.",
            "Васильевки",
            "ru",
        ),
        ("— Нас с Тамбова сорок человек в батальоне.\n— А остальные?\n— На штурме.", "Тамбова", "ru"),
    ],
)
def test_a_home_or_an_evacuees_place_said_in_a_call_is_withheld(redactor, text, word, language) -> None:
    assert touched(text, word, language, redactor)
