"""Default-policy replacements that read as the language around them (issue 14, section 4), by class of form.

- a surname beside initials keeps its sex, case and shape ("защитника Гарифуллиной Л.М." never becomes a man's
  given name with initials); a Ukrainian -ов/-ін surname keeps its kind and ending; Ukrainian initials are Ukrainian
  letters;
- an English name beside a kin or role word ("his mother, X", "X, his wife,") gets a pseudonym of the sex that word
  shows, and so does every other mention of the same given name;
- an English place finding whose own words say what it is ("the military commissariat of X", "the X branch of Y
  bank", "X district", "ul. Y") is replaced by that kind, never "[place withheld]";
- a district or hromada named after a public place ("Бахмутського району") is kept as the place is, unless it locates
  a private one.

Findings are marked by hand ({TYPE|text}) so what is tested is the rendering. Every private name is invented;
public places are real.
"""

from __future__ import annotations

import pytest
import regex

from redact.anonymize import Anonymizer, RunContext
from redact.keys import Key
from redact.names.parts import split_person
from redact.policy import load_policy
from redact.public import PublicSpec
from tests.assertions import kept_by_register, unmark

KEY = b"render-publishable-test-key-0123456789"


@pytest.fixture(scope="module")
def render():
    anon = Anonymizer(load_policy("withhold-identities").policy)

    def run(marked: str, lang: str) -> str:
        text, spans = unmark(marked)
        people = [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
        signs = [text[s.start : s.end] for s in spans if s.entity_type == "CALL_SIGN"]
        out, _ = anon.anonymize(text, spans, RunContext(Key(KEY, "test")).document(lang, people, signs))
        return out

    return run


def _between(out: str, before: str, after: str) -> str:
    m = regex.search(regex.escape(before) + r"(.+?)" + regex.escape(after), out)
    assert m is not None, out
    return m.group(1)


# --- 1. a surname beside initials ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Мухаметшиной Л.М.", "ru"),
        ("Хабибрахмановой А. Р.", "ru"),
        ("Л.М. Зарипова", "ru"),
        ("Ковальової О.В.", "uk"),
        ("Хайруллиною Л.М.", "uk"),
        ("Korovin D. O.", "en"),
    ],
)
def test_one_word_beside_two_initials_is_the_surname(name: str, lang: str) -> None:
    kinds = [p.kind for p in split_person(name, lang)]
    assert kinds.count("surname") == 1 and "given" not in kinds


def test_one_initial_after_a_given_name_stays_the_given_name() -> None:
    assert [p.kind for p in split_person("Марата Г.", "ru")] == ["given", "initial"]


@pytest.mark.parametrize(
    ("marked", "lang", "before", "after", "ending"),
    [
        (
            "Интересы подсудимого представлял защитник-адвокат {PERSON|Мухаметшиной Л.М.}, суд установил.",
            "ru",
            "защитник-адвокат ",
            ", суд",
            r"\p{Lu}\p{Ll}+ой \p{Lu}\.\p{Lu}\.",
        ),
        (
            "При участии государственного обвинителя {PERSON|Зиганшиной Р.Ф.} суд рассмотрел дело.",
            "ru",
            "обвинителя ",
            " суд",
            r"\p{Lu}\p{Ll}+ой \p{Lu}\.\p{Lu}\.",
        ),
        (
            "Справу розглянуто за участю захисника {PERSON|Мухаметшиної Л.М.} та прокурора.",
            "uk",
            "захисника ",
            " та",
            r"\p{Lu}\p{Ll}+ої \p{Lu}\.\p{Lu}\.",
        ),
        (
            "Ухвалу погоджено з прокурором {PERSON|Хайруллиною Л.М.} у присутності сторін.",
            "uk",
            "прокурором ",
            " у",
            r"\p{Lu}\p{Ll}+ою \p{Lu}\.\p{Lu}\.",
        ),
    ],
)
def test_a_womans_surname_with_initials_stays_hers_in_its_case(
    render, marked: str, lang: str, before: str, after: str, ending: str
) -> None:
    got = _between(render(marked, lang), before, after)
    assert regex.fullmatch(ending, got), got


def test_ukrainian_ov_surname_keeps_both_readings_of_its_form(render) -> None:
    # "Ковальова" is hers in the nominative and his in the genitive: the pseudonym ends alike
    got = _between(
        render("Захист здійснювала адвокат {PERSON|Ковальова О.В.} на підставі ордера.", "uk"), "адвокат ", " на"
    )
    assert regex.fullmatch(r"\p{Lu}\p{Ll}+(?:ов|ев|єв|ін|ин)а \p{Lu}\.\p{Lu}\.", got), got


def test_ukrainian_initials_are_ukrainian_letters(render) -> None:
    for surname in ("Петрівської", "Гнатюк", "Мельничук", "Бондар", "Ковальчук", "Савчук", "Ткач", "Лисенко"):
        out = render(f"Свідок {{PERSON|{surname} Н.І.}} та {{PERSON|{surname} О.П.}} підтвердили.", "uk")
        assert not regex.search(r"[ИЫЭЪ]\.", out), out


# --- 2. English: the sex a kin word shows -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "before", "after", "female"),
    [
        ("His mother, {PERSON|Saida Oorzhak}, keeps his certificate.", "His mother, ", ", keeps", True),
        ("Write to his sister {PERSON|Ruslana} on Telegram.", "sister ", " on", True),
        ("{PERSON|Vlada Kleverova}, his wife, said the number was hers.", "", ", his wife", True),
        ("Her son {PERSON|Aigel} was wounded near Bakhmut.", "Her son ", " was", False),
        ("His father, {PERSON|Dzhambul Oorzhak}, works at a mine.", "His father, ", ", works", False),
    ],
)
def test_an_english_name_takes_the_sex_of_the_kin_word_beside_it(
    render, marked: str, before: str, after: str, female: bool
) -> None:
    from redact.names.parts import given_name_for

    got = _between("^" + render(marked, "en"), "^" + before if not before else before, after)
    hit = given_name_for(got.split()[0], "en")
    assert hit is not None and hit.female is female, got


def test_the_sex_shown_once_holds_for_every_mention_of_the_name(render) -> None:
    out = render(
        "His mother, {PERSON|Saida Oorzhak}, keeps the letters. {PERSON|Saida} says he wanted to be a vet.", "en"
    )
    first = _between(out, "His mother, ", " ")
    assert _between(out, "letters. ", " says") == first


def test_the_wife_of_a_man_is_no_sign_of_his_sex(render) -> None:
    from redact.fit.english import kin_sex

    assert kin_sex("the wife of ", " said") is None
    assert kin_sex("", "'s mother said") is None
    assert kin_sex("his mother, ", ", said") is True
    assert kin_sex("", ", her husband, said") is False


# --- 3. English: a place finding's own kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (
            "He was called up by the {LOCATION|military commissariat of Sol-Iletsk urban district} in September.",
            "He was called up by an enlistment office in September.",
        ),
        (
            "The money went to the {LOCATION|Roslavl branch of Sovcombank} and straight to the loan.",
            "The money went to a bank branch and straight to the loan.",
        ),
        ("He was buried at the {LOCATION|cemetery of the settlement of Kirpichny}.", "He was buried at a cemetery."),
        (
            "He grew up in the {LOCATION|Korkino district} of the region.",
            "He grew up in the [name withheld] district of the region.",
        ),
        ("{LOCATION|Zalesovsky district} mourns him.", "[Name withheld] district mourns him."),
        (
            "He came from a village in Bashkortostan's {LOCATION|Zianchurinsky District}.",
            "He came from a village in Bashkortostan's [name withheld] District.",
        ),
        ("He was born in {LOCATION|Velykyi Bychkiv hromada}.", "He was born in [name withheld] hromada."),
        (
            "She lives at {LOCATION|ul. Titova, d. 17, kv. 54} with her son.",
            "She lives at [address withheld] with her son.",
        ),
        (
            "The house is on {LOCATION|ulitsa Chernyshevskogo}, near the school.",
            "The house is on [street withheld], near",
        ),
        (
            "Tell her not to sell the house on {LOCATION|Zarechnaya}.",
            "Tell her not to sell the house on [street withheld].",
        ),
        ("Call mum on {LOCATION|Sadovaya}, she's worried.", "Call mum on [street withheld], she's worried."),
        (
            "Police came to her flat on {LOCATION|Lesnaya 7} at night.",
            "Police came to her flat on [address withheld] at",
        ),
    ],
)
def test_an_english_place_is_replaced_by_the_kind_its_words_say(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert out.startswith(want), out
    assert "[place withheld]" not in out


# --- 4. a district named after a public place ----------------------------------------------------------------------


def _kept(text: str, word: str, language: str) -> bool:
    return kept_by_register(text, word, language, spec=PublicSpec())


@pytest.mark.parametrize(
    ("text", "word", "lang", "kept"),
    [
        (
            "Загинув у районі н.п. Кліщіївка Бахмутського району. Похований на кладовищі.",
            "Бахмутського району",
            "uk",
            True,
        ),
        ("Він служив у Бахмутському районі до 2023 року.", "Бахмутському районі", "uk", True),
        ("Он погиб на территории Бахмутского района, сообщили родные.", "Бахмутского района", "ru", True),
        # the district locates a home village: withheld with it
        ("Уродженець с. Зелене Поле Покровського району, мешкав у Києві.", "Покровського району", "uk", False),
        # a district named after no public place
        ("Загинув у Великобурлуцькому районі, повідомила громада.", "Великобурлуцькому районі", "uk", False),
    ],
)
def test_a_district_named_after_a_public_place_is_kept_as_the_place(
    text: str, word: str, lang: str, kept: bool
) -> None:
    assert _kept(text, word, lang) is kept


# --- 5. a full name's words agree in sex and case with its patronymic ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang", "female", "case"),
    [
        ("Пепеляева Евгения Андреевича", "ru", False, "gent"),  # Евгений's genitive, not the woman's Евгения
        ("Шадриной Евгении Андреевны", "ru", True, "gent"),
        ("Ильнар Маратович Гайнутдинов", "ru", False, "nomn"),  # no genitive plural of a woman's Ильнара
        ("Ооржаку Айдису Маадыровичу", "uk", False, "datv"),  # a given name the gazetteer lacks takes the case
        ("Доїна Василівна", "uk", None, "nomn"),  # the word before a patronymic is the given name
    ],
)
def test_the_patronymic_settles_the_sex_and_case_of_the_words_beside_it(
    name: str, lang: str, female: bool | None, case: str
) -> None:
    parts = split_person(name, lang)
    given = next(p for p in parts if p.kind == "given")
    if female is not None:
        assert given.female is female
    assert case in given.gram
    assert all(case in p.gram for p in parts if p.kind == "surname")


@pytest.mark.parametrize(
    ("marked", "lang", "before", "after", "shape"),
    [
        (
            "Суд рассмотрел дело в отношении {PERSON|Пепеляева Евгения Андреевича}, 1986 года рождения.",
            "ru",
            "отношении ",
            ", 1986",
            r"\p{Lu}\p{Ll}+(?:ова|ева|ина|ына) \p{Lu}\p{Ll}+[ая] \p{Lu}\p{Ll}+(?:ича)",
        ),
        (
            "Повідомлено про підозру рядовому {PERSON|Ооржаку Айдису Маадыровичу}, 2001 р. н.",
            "uk",
            "рядовому ",
            ", 2001",
            r"\p{Lu}\p{Ll}+(?:ові|у) \p{Lu}\p{Ll}+(?:ові|у|ю) \p{Lu}\p{Ll}+ичу",
        ),
        (
            "Залишилися мама {PERSON|Доїна Василівна} та брат.",
            "uk",
            "мама ",
            " та",
            r"\p{Lu}\p{Ll}+[аяь] \p{Lu}\p{Ll}+івна",
        ),
    ],
)
def test_a_full_name_is_rendered_in_one_sex_and_case(
    render, marked: str, lang: str, before: str, after: str, shape: str
) -> None:
    got = _between(render(marked, lang), before, after)
    assert regex.fullmatch(shape, got), got


@pytest.mark.parametrize(
    "marked",
    [
        "The assault on {LOCATION|Zarechnaya} began at dawn.",
        "He went back to {LOCATION|Zarechnaya} after the war.",
    ],
)
def test_a_place_not_on_a_street_is_no_street(render, marked: str) -> None:
    assert "street" not in render(marked, "en")


# --- 6. a Russian line in Ukrainian text gets Russian labels -------------------------------------------------------


def test_a_russian_line_in_ukrainian_text_reads_as_russian() -> None:
    from redact.fit.bounds import line_language

    assert line_language("«Зоря»: трёхсотый, у  его повезли", "uk") == "ru"
    assert line_language("Мы из  приехали, сорок человек", "uk") == "ru"
    assert line_language("Військовий розповідає, що дружина з  приїхала", "uk") == "uk"
    assert line_language("Він каже, що мама в  працює", "uk") == "uk"  # no sign of Russian: the text's language
    assert line_language("Мама з  дзвонила, каже, що він живий", "ru") == "uk"


@pytest.mark.parametrize(
    ("marked", "label"),
    [
        ("«Зоря»: Сосна трёхсотый, у {LOCATION|Каховки} его повезли.", "[населённого пункта"),
        ("– Нас из {LOCATION|Новосибирска} сорок человек приехало, сейчас двадцать два.", "[крупного города"),
    ],
)
def test_a_label_in_a_russian_line_of_ukrainian_text_is_russian(render, marked: str, label: str) -> None:
    assert label in render(marked, "uk")


def test_a_label_in_a_ukrainian_line_stays_ukrainian(render) -> None:
    out = render("Військовий розповідає, що дружина приїхала з {LOCATION|Новосибірська}.", "uk")
    assert "міста" in out, out
