"""Forms of speech in intercepted calls and relatives' chats (the speech class of the fourteenth release).

- a quoted call sign said killed or wounded, the quote closed before the slang, or asked back and answered
  ("«Кулёк» двухсотый", "— «Танкіст»? Двохсотий.");
- an enlistment office named by its town's adjective after it or a short town's adjective before it ("военкомат наш
  ефремовский", "буйский военкомат"), or by the part of town it stands in ("в военкомате на Отке");
- a town's families' chat or gossip public by its quoted name ("Подслушано Ковров", "Мобики Арзамас | родные");
- a Storm company by its number ("«Шторм Z-7»", "в «Шторм-2»");
- a date of birth dictated after the name with "дата" between, and its day said back as it is written down.

Every name, number, village and chat here is invented (the towns are real and small, the cities public).
"""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.group_chat import GroupChatRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer


def _spans(rec: object, text: str, entity: str, floor: float = 0.35) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity]) if r.score >= floor]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lang", "text", "sign"),
    [
        ("ru", "Военный: «Бублик» двухсотый. Неделю назад.", "Бублик"),
        ("ru", "— А Рустам как?\n— «Токарь»? Двухсотый. Ещё в июне.", "Токарь"),
        ("uk", "— А Тимур як?\n— «Кулеметник»? Двохсотий. Ще в червні.", "Кулеметник"),
        ("ru", "«Сверчок» — трёхсотый, тяжёлый.", "Сверчок"),
    ],
)
def test_quoted_call_sign_said_killed(lang: str, text: str, sign: str) -> None:
    assert sign in _spans(RuCallSignRecognizer(lang), text, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "— Кто? Двухсотый. Ещё в июне."),  # no name asked back
        ("ru", "— «Урал»? Двухсотый, сгорел весь."),  # a lorry, not a man
        ("ru", "— Командир? Двухсотый."),  # a post names no one
    ],
)
def test_no_call_sign_where_none_is_said(lang: str, text: str) -> None:
    assert _spans(RuCallSignRecognizer(lang), text, "CALL_SIGN") == []


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Я уже в военкомат наш ефремовский ходила, там говорят – не знаем.", "военкомат наш ефремовский"),
        ("Он советует валить в буйский военкомат и писать рапорт.", "буйский военкомат"),
        ("Нас набирали, помнишь, в военкомате на Отке?", "военкомате на Отке"),
    ],
)
def test_enlistment_office_in_speech(text: str, office: str) -> None:
    assert office in _spans(OrganizationRecognizer("ru"), text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Сходи в военкомат на Пасху, там дежурят.",  # a feast, not a part of town
        "Он сейчас в военкомате на Донбассе служит.",  # a land
        "Сходи в военкомат наш районный, спроси.",  # no town's adjective
        "Я пошла в военкомат московский, там очередь.",  # a capital's offices are many
    ],
)
def test_enlistment_office_without_its_town(text: str) -> None:
    assert _spans(OrganizationRecognizer("ru"), text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Пишет сослуживец в паблике «Подслушано Сосногорск» (орфография сохранена)", "Подслушано Сосногорск"),
        ("uk", "Допис сестри, який ми знайшли у групі «Подслушано Муром» (мовою оригіналу).", "Подслушано Муром"),
        ("ru", "Чат «Мобики Арзамас | родные», 21:14", "Мобики Арзамас | родные"),
        ("ru", "Родительский чат «Колпино — наши в СВО», фрагмент", "Колпино — наши в СВО"),
        ("uk", "Скріни з чату дружин мобілізованих «Тверские жёны 14.10», оприлюднені", "Тверские жёны 14.10"),
    ],
)
def test_town_families_chat(lang: str, text: str, name: str) -> None:
    assert _spans(GroupChatRecognizer(lang), text, "ORGANIZATION") == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Пост в VK-группе «Подслушано Москва» собрал тысячу комментариев."),  # a capital's public
        ("ru", "в группе «Томск — поддержка семей СВО» ответили"),  # a big city's
        ("ru", "в телеграм-канале «Наши в СВО» написали"),  # no town
    ],
)
def test_public_or_nationwide_chat(lang: str, text: str) -> None:
    assert _spans(GroupChatRecognizer(lang), text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Из колонии нас девятнадцать человек пришло, в «Шторм-2». Сейчас шестеро живых.", "Шторм-2"),
        ("Колян в «Шторм Z-7» ушел, ему срок скостить обещали.", "Шторм Z-7"),
    ],
)
def test_storm_company_by_number(text: str, unit: str) -> None:
    assert unit in _spans(MilitaryUnitRecognizer("ru"), text, "MILITARY_UNIT")


def test_storm_weather_is_no_unit() -> None:
    assert _spans(MilitaryUnitRecognizer("ru"), "Ночью был шторм, до 2 баллов.", "MILITARY_UNIT") == []


def test_date_dictated_after_name_with_its_word() -> None:
    text = "Мам, запиши: Лапшин Олег Викторович, дата седьмое марта двухтысячного, часть в/ч 12345."
    assert _spans(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH") == ["седьмое марта двухтысячного"]


def test_date_without_year_after_its_word_is_not_a_birth() -> None:
    text = "Лапшин Олег Викторович, дата седьмое марта, часть в/ч 12345."
    assert _spans(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH") == []


def test_day_read_back_as_written_down() -> None:
    text = "СЫН: Лапшин Олег Викторович, двадцать третье мая двухтысячного.\nМАТЬ: Записываю… двадцать третье… да."
    assert _spans(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH") == [
        "двадцать третье мая двухтысячного",
        "двадцать третье",
    ]


def test_another_date_with_the_same_day_is_not_read_back() -> None:
    text = "Лапшин Олег Викторович, двадцать третье мая двухтысячного. Двадцать третье июня мы уехали."
    assert _spans(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH") == ["двадцать третье мая двухтысячного"]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("ru", "шестой мотострелковый вообще весь положили, а по телевизору тишина", "шестой мотострелковый"),
        ("uk", "у сімнадцятій танковій теж нікого не лишилось", "сімнадцятій танковій"),
        ("uk", "Він у 1 роту, я в 3-тю нашого батальйону, але бачились щодня.", "3-тю"),
        ("ru", "Он во 2-м взводе, а я в 4-м, рядом стоим.", "4-м"),
    ],
)
def test_unit_noun_understood_in_speech(lang: str, text: str, unit: str) -> None:
    assert unit in _spans(MilitaryUnitRecognizer(lang), text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Это третий штурмовой день подряд."),  # its own noun after the arm
        ("uk", "Він у 1 роту пішов, а в 3-ю неділю повернувся."),  # a week, its noun said
        ("ru", "Он во 2-м взводе был с 3-го по 5-е."),  # a range of days
    ],
)
def test_no_unit_where_the_noun_is_said(lang: str, text: str) -> None:
    spans = _spans(MilitaryUnitRecognizer(lang), text, "MILITARY_UNIT")
    assert not any(s.startswith(("третий", "3-", "5-")) for s in spans)


@pytest.mark.parametrize(
    ("lang", "text", "office"),
    [
        ("ru", "Ты в соцзащиту в Заводском сходи, там по детским пересчитают.", "соцзащиту в Заводском"),
        ("uk", "Сходи до ТЦК у Шевченківському, там скажуть.", "ТЦК у Шевченківському"),
    ],
)
def test_office_by_its_city_district(lang: str, text: str, office: str) -> None:
    assert office in _spans(OrganizationRecognizer(lang), text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Ты в соцзащиту в Новом году сходи."),  # a time, its noun said
        ("uk", "Сходи до ТЦК у Львові, там скажуть."),  # a big city's offices are many
    ],
)
def test_office_without_a_district(lang: str, text: str) -> None:
    assert _spans(OrganizationRecognizer(lang), text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("(R): 'Bublik' is 200. A week ago.", "Bublik"),
        ("(W): And Timur? (R): 'Tokar'? Two hundred. Back in June.", "Tokar"),
        ("(R): 'Sverchok' — three hundred, heavy.", "Sverchok"),
    ],
)
def test_english_quoted_call_sign_said_killed(text: str, sign: str) -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    assert sign in _spans(CallSignRecognizer(), text, "CALL_SIGN")


@pytest.mark.parametrize("text", ["(R): 'Kedr' is 200 metres away.", "(R): The 'Ural' is 200 km from here."])
def test_english_distance_is_no_casualty(text: str) -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    assert _spans(CallSignRecognizer(), text, "CALL_SIGN") == []


def test_quoted_kinship_nickname_and_its_repeat() -> None:
    text = "Сегодня 40 дней как нет нашего «Деда» — Петра Ильича Сомова. Спи спокойно Дед. Мы помним."
    assert _spans(RuCallSignRecognizer("ru"), text, "CALL_SIGN") == ["Деда", "Дед"]


@pytest.mark.parametrize(
    "text",
    [
        "Я звонила маме, передала привет деду.",  # relatives, not quoted
        "Песня «Маме» звучала весь вечер.",  # a work's title after its noun
    ],
)
def test_kinship_words_stay(text: str) -> None:
    assert _spans(RuCallSignRecognizer("ru"), text, "CALL_SIGN") == []


# --- English speech (s16b): units with the noun left out, numbered stations, colonies by number ------------------


@pytest.fixture(scope="module")
def en_unit() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer("en")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tell Denys from the 64th I'm alive.", "64th"),
        ("He was in the 57th with my cousin.", "57th"),
        ("Guys from the 83rd say the road is mined.", "83rd"),
        ("Our 64th got hammered near the river.", "64th"),
        ("The 57th is still in Vuhledar.", "57th"),
        ("«Osa»: The hundredth is not ours, forget it.", "hundredth"),
        ("Our hundred-and-fifth got hammered near the river.", "hundred-and-fifth"),
        ("SOLDIER: Thirty-sixth is finished, Dad. Only two of us left.", "Thirty-sixth"),
        ("Forty-second isn't ours either.", "Forty-second"),
        ('His unit — "the hundred and fourteenth, third battalion" — is near Kupiansk.', "hundred and fourteenth"),
    ],
)
def test_en_unit_noun_left_out(en_unit: MilitaryUnitRecognizer, text: str, unit: str) -> None:
    assert unit in _spans(en_unit, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    [
        "He scored in the 57th minute.",
        "From the 15th I'm on leave.",
        "The speech of the 45th President was long.",
        "It was the 50th anniversary of the plant.",
        "Thirty-first is Sunday, we'll call.",
        "A hundredth of a second was enough.",
        "The fifteenth of May is his birthday.",
        "It was the fifth time he called.",
        "The thirty second clip was posted.",
        "The 45th was a great president.",
        "The 15th is still free for a visit.",
    ],
)
def test_en_ordinals_that_are_no_unit(en_unit: MilitaryUnitRecognizer, text: str) -> None:
    assert _spans(en_unit, text, "MILITARY_UNIT") == []


def test_en_numbered_station_with_adverb_or_role() -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    rec = CallSignRecognizer()
    assert "Oryol-14" in _spans(rec, "Oryol-14 then responded: hold the line! Over!", "CALL_SIGN")
    assert "Klyon-22" in _spans(rec, 'He told soldier "Klyon-22" to pull back.', "CALL_SIGN")
    assert _spans(rec, "A Ka-52 then attacked the column.", "CALL_SIGN") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("They took us from colony six straight to the training ground.", "colony six"),
        ("We were in colony number eleven together.", "colony number eleven"),
        ("He did time in penal colony nine.", "penal colony nine"),
    ],
)
def test_en_colony_by_spoken_number(text: str, org: str) -> None:
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    assert org in _spans(EnglishOrganizationRecognizer(), text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    ["The colony six kilometres away was shelled.", "It was the second colony in a row to refuse."],
)
def test_en_colony_count_is_no_name(text: str) -> None:
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    assert _spans(EnglishOrganizationRecognizer(), text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            '(A): Zhenya, it\'s Gosha. From "eighteen" in Kedrovsk, remember? We were in one detachment in the colony.',
            "eighteen",
        ),
        ('The convicts of the colony were moved from "the sixth" to the front.', "sixth"),
    ],
)
def test_en_colony_by_quoted_number(text: str, org: str) -> None:
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    assert org in _spans(EnglishOrganizationRecognizer(), text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        'The school moved from "two" to "three" in the ranking.',  # no colony or prison word
        'He scored from "eleven" metres, the crowd said.',
    ],
)
def test_en_quoted_number_without_a_colony_is_no_name(text: str) -> None:
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    assert _spans(EnglishOrganizationRecognizer(), text, "ORGANIZATION") == []
