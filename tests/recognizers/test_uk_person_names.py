"""Ukrainian person names as verdicts, notices and memorial pages write them, and the capitals that are none.

- a cut surname with initials and alone once the text named it, a surname that does not decline after a given name
  and patronymic ("солдата Івана Георгійовича Лунгу"), a surname before an animate noun, a name hashtag, the name
  after an honorific, "Слава" as a man;
- traps: a verb after a patronymic, the honorific capitals of memorial notices ("прощання з Героєм"), the country
  after an honorific, "Слава" in a memorial's name.

Every private name is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import each_covered, surfaces, types_over


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Апеляцію подав захисник обвинуваченого Г-ка В. П., який не погодився з вироком.", "Г-ка В. П."),
        ("Свідок Т-ва О.Л. підтвердила свої покази.", "Т-ва О.Л."),
        ("Суд допитав В. Р. М-ка, який служив разом з обвинуваченим.", "В. Р. М-ка"),
        ("Колишнього старосту Н-ко Є. С. визнано винною.", "Н-ко Є. С."),
    ],
)
def test_cut_surname_with_initials(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert all(each_covered(uk_person, text, "PERSON", surface))


def test_cut_surname_alone_once_the_text_named_it(uk_person: RuPersonRecognizer) -> None:
    text = (
        "Вироком суду П-ву Галину Степанівну визнано винною. Захисник П-ви просив пом'якшити покарання, "
        "але суд призначив П-ва 8 років."
    )
    for surface in ("П-ви", "П-ва"):
        assert all(each_covered(uk_person, text, "PERSON", surface)), surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # no cut surname named in the text: an abbreviation with a hyphen stays
        ("Документи видала М-во юстиції, а печатку поставив Т-во «Надія».", "М-во"),
        # a cut surname of another letter does not make this one a name
        ("Обвинувачений С-к Юрій Іванович вину визнав. Р-н цей прикордонний.", "Р-н"),
    ],
)
def test_cut_surname_traps(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert not any(each_covered(uk_person, text, "PERSON", surface))


def test_a_surname_before_an_animate_noun_stays_a_person(strict_redactor: Redactor) -> None:
    text = "Похорон організували побратими, а Ковальського командира роти нагородили посмертно."
    assert "PERSON" in types_over(text, "Ковальського", strict_redactor)


def test_a_name_hashtag_stays_a_person(strict_redactor: Redactor) -> None:
    text = "Пам'ятаємо кожного. #ОлегБондарчук #НаЩиті"
    assert "PERSON" in types_over(text, "ОлегБондарчук", strict_redactor)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Завтра о 12:00 зустрічаємо на колінах солдата Івана Георгійовича Лунгу.", "Лунгу"),
        ("Загинув старший сержант Василь Олексійович Гоншу, 1979 р.н., житель Новоселиці.", "Гоншу"),
        ("Прощання з Гіві Зурабовичем Кварацхелія відбудеться в неділю.", "Кварацхелія"),
        ("Громада висловлює співчуття рідним Андрія Петровича Довгих.", "Довгих"),
    ],
)
def test_surname_after_given_name_and_patronymic(uk_person: RuPersonRecognizer, text: str, surname: str) -> None:
    assert any(surname in s for s in surfaces(uk_person, text, "PERSON", min_score=0.35)), surname


def test_a_verb_after_a_patronymic_is_no_surname(uk_person: RuPersonRecognizer) -> None:
    text = "Він сказав: Петро Іванович прийде, а Сказав — то лише слово."
    assert not any("Сказав" in s for s in surfaces(uk_person, text, "PERSON", min_score=0.35))


@pytest.mark.parametrize(
    "text",
    [
        "Прощання з Героєм розпочнеться о 12:00 біля будинку культури.",
        "Вічна пам'ять Героєві! Співчуваємо рідним.",
        "Громада на колінах зустріла Захисника, кортеж рухався центральною вулицею.",
        "Шана Героїні, яка рятувала поранених під обстрілами.",
    ],
)
def test_honorific_capital_is_no_place_name_or_call_sign(uk_person: RuPersonRecognizer, text: str) -> None:
    assert not surfaces(uk_person, text, "PERSON", min_score=0.35)
    assert not surfaces(RuLocationRecognizer(supported_language="uk"), text, "LOCATION", min_score=0.35)
    assert not surfaces(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN", min_score=0.35)


def test_the_name_after_the_honorific_is_still_taken(uk_person: RuPersonRecognizer) -> None:
    text = "Прощання з Героєм Андрієм Коваленком відбудеться на подвір'ї школи."
    assert "Андрієм Коваленком" in surfaces(uk_person, text, "PERSON", min_score=0.35)


def test_the_country_after_an_honorific_is_no_name_part(uk_person: RuPersonRecognizer) -> None:
    text = "Завтра громада віддасть шану захиснику України Миколі Махнюку, кортеж прибуде о 10:00."
    assert surfaces(uk_person, text, "PERSON", min_score=0.35) == ["Миколі Махнюку"]


@pytest.mark.parametrize(
    "text",
    [
        "Похований на Алеї Слави міського кладовища поруч із побратимами.",
        "Квіти поклали біля Площі Слави, де стоїть стела.",
        "Похоронен на Аллее Славы городского кладбища.",
    ],
)
def test_glory_in_a_memorial_name_is_no_one(uk_person: RuPersonRecognizer, text: str) -> None:
    lang = "ru" if "Аллее" in text else "uk"
    rec = uk_person if lang == "uk" else RuPersonRecognizer(supported_language="ru")
    assert not surfaces(rec, text, "PERSON", min_score=0.35)
    assert not surfaces(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN", min_score=0.35)


def test_slava_as_a_man_is_still_a_name(uk_person: RuPersonRecognizer) -> None:
    assert "Славою" in surfaces(uk_person, "Ми зі Славою ходили на рибалку.", "PERSON", min_score=0.35)


# --- a surname no list holds after a given name the Ukrainian dictionary reads as a plain noun ------------------------
# (found by respelling the tune sets' surnames: scripts/perturb_surnames.py)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Про це повідомив староста села Богдан Лотвець.", "Богдан Лотвець"),
        ("Прийшов Володимир Нутвець, сказав, що все добре.", "Володимир Нутвець"),
        ("Поховали Володимира Гречкаля на міському кладовищі.", "Володимира Гречкаля"),
    ],
)
def test_an_unlisted_surname_after_bohdan_or_volodymyr(uk_person, text: str, span: str) -> None:  # noqa: ANN001
    assert span in surfaces(uk_person, text, "PERSON")


def test_a_verb_after_volodymyr_is_no_surname(uk_person) -> None:  # noqa: ANN001
    text = "До війни Володимир працював механіком."
    assert "Володимир працював" not in surfaces(uk_person, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a Russian chat quoted in a Ukrainian passage: a name the Ukrainian dictionary only guesses at
        ("Чат матерів, мова оригіналу.\nЕлена Петровна: надо идти\nИрина: мы ходили в военкомат", "Ирина"),
        ("Скриншот переписки.\nМарина: а нам не звонили\nЕкатерина: и нам", "Екатерина"),
    ],
)
def test_russian_name_in_a_ukrainian_passage(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert surface in surfaces(uk_person, text, "PERSON")
