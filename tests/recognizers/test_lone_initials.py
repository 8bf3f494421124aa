"""One initial standing for a person, as verdicts and prosecutors' releases leave a name.

- Russian: initials after the word for a role ("потерпевший К."), one initial standing alone in a release, and
  under strict through the pipeline;
- Ukrainian: one initial after a role or an age, kin named by one initial, and under strict and the default policy
  through the pipeline;
- traps: initials after a thing or before a surname, abbreviations and list letters, an outlet with a letter in its
  name (public).

Every private name is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.policy import load_policy
from redact.recognizers.role_initial import RoleInitialRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import each_covered, surfaces, touched, types_over


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Следствие установило, что он ударил ножом соседа Б. и скрылся.", "Б."),
        ("Деньги перевела пенсионерка Ж., поверив звонку.", "Ж."),
        ("Ущерб возмещён потерпевшему Т. в полном объёме.", "Т."),
        ("Обвиняемый угрожал водителю ИП «Колос-Сервис» Ш., требуя выручку.", "Ш."),
        ("Суд допросил свидетеля Р. П. Д. в закрытом заседании.", "Р. П. Д."),
        ("Вирок оголошено обвинуваченому Ф., який визнав провину.", "Ф."),
    ],
)
def test_initials_after_a_role_word_are_a_person(text: str, initials: str) -> None:
    lang = "uk" if "Вирок" in text else "ru"
    assert initials in surfaces(RoleInitialRecognizer(supported_language=lang), text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "См. пункт Б. и приложение В. к договору.",  # an inanimate noun before a capital letter
        "Участок передан в аренду группе А. по жребию.",
        "Свидетелю Р. Кочетову вручили повестку.",  # the initial of a full name, not a stand-in
    ],
)
def test_initials_after_a_thing_or_before_a_surname_are_not_a_stand_in(text: str) -> None:
    assert surfaces(RoleInitialRecognizer(supported_language="ru"), text, "PERSON") == []


def test_pipeline_withholds_a_role_initial_under_strict(strict_redactor) -> None:  # noqa: ANN001
    text = "По версии следствия, обвиняемый избил охранника З. возле рынка."
    assert touched(text, "З.", "ru", strict_redactor)
    assert not touched(text, "рынка", "ru", strict_redactor)


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Прокуратура направила в суд дело в отношении Ф., ранее судимого.", "Ф."),
        ("Суд назначил Ц. наказание в виде штрафа.", "Ц."),
        ("Позже Э. вернулся в часть сам.", "Э."),
    ],
)
def test_one_initial_standing_alone_in_a_release(text: str, initial: str) -> None:
    assert initial in surfaces(RoleInitialRecognizer(supported_language="ru"), text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Т. е. выплаты задержали. И. о. главы района ответил письменно.",
        "А. общие положения\nБ. порядок выплат",
        "Дорога на Н. Новгород закрыта.",
    ],
)
def test_abbreviations_and_list_letters_are_no_lone_initial(text: str) -> None:
    assert surfaces(RoleInitialRecognizer(supported_language="ru"), text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Повідомлено про підозру 46-річній Д., яка передавала дані окупантам. Д. перебуває під вартою.", "Д."),
        ("Військовослужбовця Ф. затримали на блокпосту, згодом Ф. дав свідчення.", "Ф."),
        ("Як з'ясували слідчі, громадянин Ш., 1979 р.н., переховувався в селі. Ш. оголошено в розшук.", "Ш."),
        ("Командира взводу, лейтенанта Ю. Є., звинувачують у катуваннях; Ю. Є. не з'явився до суду.", "Ю. Є."),
    ],
)
def test_one_initial_after_a_role_or_an_age(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert all(each_covered(uk_person, text, "PERSON", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an initial with a surname is the name pattern's, not a lone initial: the surname is not cut off
        ("Прокурор області О. Мороз доповів, що 37-річний О. Гаврилюк затриманий.", "О."),
        # a lone capital with a dot that no role or age introduced stays (a list item, a variant)
        ("Варіанти відповіді: А. так; Б. ні. Пункт В. виключено.", "Б."),
        # "м." and "с." are places, lower case, never an initial
        ("Мешканця м. Березне затримали, а жителя с. Тучин відпустили.", "м."),
    ],
)
def test_one_initial_traps(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    found = [r for r in uk_person.analyze(text, ["PERSON"]) if r.score >= 0.35]
    i = text.index(surface)
    assert not any(r.start == i and r.end == i + len(surface) for r in found)


def test_lone_initial_survives_the_strict_pipeline(strict_redactor: Redactor) -> None:
    text = "Суд заочно засудив 52-річного К., який командував ротою. Зараз К. переховується в Бєлгороді."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    for i in (text.index("К.,"), text.index("К. пере")):
        assert any(f.start <= i < f.end for f in found), i


def test_kin_named_by_one_initial(uk_person: RuPersonRecognizer) -> None:
    text = "Шахрай переконав його матір Г., що син живий. Згодом Г. звернулася до поліції."
    assert all(each_covered(uk_person, text, "PERSON", "Г."))


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Прокурори повідомили про підозру командиру частини — полковнику Г. та трьом його підлеглим.", "Г."),
        ("Свідок Х. підтвердив, що бачив обвинуваченого біля складу.", "Х."),
    ],
)
def test_a_lone_initial_is_withheld(text: str, initial: str, redactor: Redactor) -> None:
    assert "PERSON" in types_over(text, initial, redactor)


def test_the_outlet_with_a_letter_in_its_name_is_still_public() -> None:
    from redact.public import public_register

    spec = load_policy("withhold-identities").policy.public
    assert spec is not None
    register = public_register(spec)
    hit = register.match("7х7", "uk")
    assert hit is not None and hit.kind == "media"
    assert register.match("Г.", "uk") is None and register.match("К. В. М.", "uk") is None
