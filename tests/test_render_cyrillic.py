"""Russian and Ukrainian replacements under the default policy read as the language around them (issue 14).

Findings are marked by hand ({TYPE|text}), so what is tested is the rendering, not what the recognizers find. Every
name, place and call sign is invented. Each class has a sentence the rule must change and one it must leave alone.
"""

from __future__ import annotations

import pytest
import regex

from redact.anonymize import Anonymizer, RunContext
from redact.keys import Key
from redact.names.parts import split_person
from redact.policy import load_policy
from redact.recognizers.nlp import morph
from tests.assertions import unmark

KEY = b"cyrillic-rendering-key-0123456789abcdef"


@pytest.fixture(scope="module")
def render():
    anon = Anonymizer(load_policy("withhold-identities").policy)

    def run(marked: str, lang: str) -> list[str]:
        """The replacement of each marked finding, in order (the whole output is the last item)."""
        text, spans = unmark(marked)
        people = [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
        signs = [text[s.start : s.end] for s in spans if s.entity_type == "CALL_SIGN"]
        ctx = RunContext(Key(KEY, "test")).document(lang, people, signs)
        out, reps = anon.anonymize(text, spans, ctx)
        return [r.new_text for r in reps] + [out]

    return run


def _sex(name: str, lang: str) -> bool | None:
    """The sex a given-name pseudonym names (None: either, like Валя)."""
    return split_person(name, lang)[0].female


# --- 1. a kind-of-place abbreviation and the label ---------------------------------------------


@pytest.mark.parametrize(
    ("marked", "lang", "want"),
    [
        ("Её перевезли из д. {LOCATION|Малые Ключи} в районную больницу.", "ru", r"из д\. \[название скрыто[\],]"),
        ("Семья переехала в г. {LOCATION|Верхнебродск} после войны.", "ru", r"в г\. \[название скрыто[\],]"),
        ("Родина переїхала до м. {LOCATION|Вишнева Балка} навесні.", "uk", r"до м\. \[назву приховано[\],]"),
        ("с. {LOCATION|Тиха Заплава} — там він і виріс.", "uk", r"^с\. \[назву приховано[\],]"),
    ],
)
def test_a_kind_abbreviation_is_not_repeated_by_the_label(render, marked: str, lang: str, want: str) -> None:
    out = render(marked, lang)[-1]
    assert regex.search(want, out), out
    assert not regex.search(r"\[(?:сел|деревн|город|міст|населён|населен)", out), out  # never "с. [населённый пункт]"


def test_a_year_abbreviation_or_the_metro_is_no_kind_of_place(render) -> None:
    out = render("В 1990 г. {LOCATION|Заречная} опустела, а у м. {LOCATION|Садовая} открыли рынок.", "ru")[-1]
    assert "1990 г. " in out and "у м. " in out, out


# --- 2. names a man and a woman both bear ------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "lang", "female"),
    [
        ("Вчера {PERSON|Женя} вернулась с дежурства поздно.", "ru", True),
        ("{PERSON|Саша} тогда был ранен под Авдеевкой.", "ru", False),
        ("Её подруга {PERSON|Валя} всё знает.", "ru", True),
        ("Передай брату {PERSON|Шуре}, что мы дома.", "ru", False),
        ("Коли {PERSON|Женя} повернулася, все вже спали.", "uk", True),
        ("{PERSON|Саша} ще не приїхав з навчань.", "uk", False),
    ],
)
def test_a_shared_name_takes_the_sex_the_sentence_shows(render, marked: str, lang: str, female: bool) -> None:
    name = render(marked, lang)[0]
    assert _sex(name, lang) is female, name


def test_the_sex_shown_once_holds_for_every_mention_of_the_name(render) -> None:
    first, second, out = render("{PERSON|Валя} звонила утром. Передай {PERSON|Вале}, что я перезвоню.", "ru")
    assert _sex(first, "ru") is True and _sex(second, "ru") is True, out
    assert split_person(first, "ru")[0].key == split_person(second, "ru")[0].key, out


def test_a_verb_of_another_subject_says_nothing_of_the_name(render) -> None:
    # "Сашу встретила мать": встретила agrees with мать; the name is an object, its sex unknown.
    name = render("{PERSON|Сашу} встретила мать на вокзале.", "ru")[0]
    assert _sex(name, "ru") is None, name


def test_a_gender_marked_surname_decides_a_shared_name(render) -> None:
    out = render("Заявление подала {PERSON|Женя Руднева}.", "ru")[0]
    assert _sex(out.split()[0], "ru") is True, out


# --- 3. initials are the pseudonym's -----------------------------------------------------------


def test_initials_follow_the_pseudonym_of_the_same_person(render) -> None:
    short, full, out = render(
        "Приказ подписал {PERSON|Мельниченко О. В.}; {PERSON|Олег Мельниченко} прибыл позже.", "ru"
    )
    initial = short.split()[1]
    assert initial[0] == full.split()[0][0], out
    assert short.split()[0] == full.split()[1], out
    assert "О. В." not in out


def test_the_same_initials_of_two_people_are_not_one_cipher(render) -> None:
    a, b, out = render("В списке {PERSON|Гордеев А. А.} и {PERSON|Тимофеев А. А.}.", "ru")
    assert a.split(" ", 1)[1] != b.split(" ", 1)[1], out


# --- 4. non-Slavic names and surnames that never change -----------------------------------------


def _cases(word: str, lang: str) -> set[str]:
    return {c for p in morph.parses(word, lang) for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if c in p.tag}


def test_a_name_that_never_changes_takes_the_preposition_s_case(render) -> None:
    name = render("Мы долго говорили с {PERSON|Нино Церетели} о сыне.", "ru")[0]
    given, surname = name.split()
    assert "ablt" in _cases(given, "ru") and _sex(given, "ru") is True, name
    assert surname.endswith("енко"), name  # a surname that never changes gets one that never changes


@pytest.mark.parametrize(
    ("marked", "lang", "ending"),
    [
        ("Письмо передали от {PERSON|Давида Кавтарадзе}.", "ru", "енко"),
        ("Ми служили з {PERSON|Давидом Кавтарадзе} два роки.", "uk", "енком"),
        ("Задержали {PERSON|Ашота Карапетяна} и отпустили.", "ru", "енко"),
        ("С {PERSON|Анаит Карапетян} мы не виделись.", "ru", "енко"),
    ],
)
def test_a_surname_that_does_not_decline_gets_one_that_does_not(render, marked: str, lang: str, ending: str) -> None:
    name = render(marked, lang)[0]
    assert name.endswith(ending), name


def test_an_ov_surname_keeps_case_and_sex(render) -> None:
    his, hers, out = render("Матери {PERSON|Рустама Алиева} сообщили. С {PERSON|Заремой Алиевой} говорил врач.", "ru")
    assert regex.search(r"(?:ова|ева|ёва|ина|ына)$", his.split()[1]), out
    assert regex.search(r"(?:овой|евой|ёвой|иной|ыной)$", hers.split()[1]), out
    assert his.split()[1][:-1] == hers.split()[1][:-2], out  # one family name


def test_an_undeclined_surname_beside_an_oblique_name_is_a_woman_s(render) -> None:
    name = render("Ви {PERSON|Олександрі Ткачук} передайте, що дзвонили.", "uk")[0]
    given, surname = name.split()
    readings = [p for p in morph.parses(given, "uk") if p.tag.POS == "NOUN"]
    assert readings and all("femn" in p.tag for p in readings) and surname.endswith("енко"), name


# --- 5. Ukrainian call signs -----------------------------------------------------------------


def test_a_ukrainian_call_sign_is_spelt_and_declined_in_ukrainian(render) -> None:
    *signs, out = render(
        "Позивний {CALL_SIGN|«Бархан»}. {CALL_SIGN|Бархане}, прийом! {CALL_SIGN|Барханові} передай воду.", "uk"
    )
    for s in signs:
        word = s.strip("«»")
        assert not regex.search(r"[ыэёъ]", word) and morph.is_known(word, "uk"), out
    assert any("voct" in p.tag for p in morph.parses(signs[1], "uk")), out
    assert any("datv" in p.tag for p in morph.parses(signs[2], "uk")), out


def test_a_russian_call_sign_keeps_russian_forms(render) -> None:
    sign = render("Позывной {CALL_SIGN|«Бархан»}, он в строю.", "ru")[0]
    assert not regex.search(r"[іїєґ]", sign), sign


# --- 6. hashtags -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "lang"),
    [
        ("Шукаємо рідних! {LOCATION|#Вишнівка} #допоможіть", "uk"),
        ("Ищем родных, #{LOCATION|Заречная} #помогите", "ru"),
    ],
)
def test_a_hashtag_stays_a_hashtag(render, marked: str, lang: str) -> None:
    out = render(marked, lang)[-1]
    assert regex.search(r"#\p{L}{3,}", out) and "[" not in out, out


def test_a_place_that_is_no_hashtag_keeps_its_label(render) -> None:
    out = render("Он родом из {LOCATION|Заречной}, #помогите", "ru")[-1]
    assert "[" in out, out


# --- 7. a label in the case its sentence wants ------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "lang", "want"),
    [
        ("Позвони в {MILITARY_UNIT|в/ч 40517}, там всё скажут.", "ru", "в [воинскую часть]"),
        ("Його перевели у {MILITARY_UNIT|в/ч А7302} навесні.", "uk", "у [військову частину]"),
        ("Он служил в {MILITARY_UNIT|в/ч 40517} два года.", "ru", "в [воинской части]"),
        ("Він служив у {MILITARY_UNIT|в/ч А7302} до поранення.", "uk", "у [військовій частині]"),
    ],
)
def test_a_verb_of_going_or_calling_puts_the_label_in_the_accusative(render, marked: str, lang: str, want: str) -> None:
    out = render(marked, lang)[-1]
    assert want in out, out


def test_russian_u_governs_the_genitive(render) -> None:
    out = render("Бой шёл у {LOCATION|Верхнебродска}, потом стих.", "ru")[-1]
    assert regex.search(r"у \[(?:города|населённого пункта|села)", out), out


def test_a_name_run_together_in_a_hashtag_stays_a_name_run_together(render) -> None:
    tag, name, out = render("Ищем! {PERSON|#ГорбуновЕфим} Последний раз {PERSON|Ефима Горбунова} видели в мае.", "ru")
    assert regex.fullmatch(r"#\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+", tag), out
    assert tag[1:].startswith(name.split()[1][:4]), out  # the surname's pseudonym, then the given name's


def test_a_double_name_is_no_hashtag(render) -> None:
    name = render("Это {PERSON|Анна-Мария}, она звонила.", "ru")[0]
    assert "#" not in name and not regex.search(r"\p{Ll}\p{Lu}", name), name
