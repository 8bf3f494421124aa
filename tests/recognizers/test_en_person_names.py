"""English person names as releases, registers and translations write them, and the words that are none.

- names transliterated with the soft-sign apostrophe ("Vasyl' Mel'nyk"), surnames in capitals before a given name
  (any shape, "HNATYSHYN Roman"), surnames cut to two letters with initials, a surname that is an English word, a
  title-case surname before a given name and patronymic in a list line, a name run together in a hashtag;
- traps: rank abbreviations, contact labels, court titles, a slogan hashtag and capitalised words of a heading are
  no names.

Every private name is invented; each positive is a shape of its own, each trap is what a looser rule would take.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.recognizers.given_name import GivenNameRecognizer
from redact.recognizers.initials import InitialsRecognizer
from redact.recognizers.patronymic import PatronymicRecognizer
from redact.recognizers.slug_name import SlugNameRecognizer
from redact.recognizers.surname import SurnameRecognizer

_GIVEN = GivenNameRecognizer()


_INITIALS = InitialsRecognizer("en")


_SURNAME = SurnameRecognizer()


def _spans(rec: object, entity: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity])]  # type: ignore[attr-defined]


def _found(text: str, redactor: Redactor) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze_text(text, "en", redactor.engines, redactor.policy)]


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


_PATRONYMIC = PatronymicRecognizer("en")


_SLUG = SlugNameRecognizer("en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tat'yana Il'ina asked the judge for a lighter sentence.", "Tat'yana Il'ina"),
        ("The volunteers were led by Ol'ha Stepanchuk from the parish.", "Ol'ha Stepanchuk"),
        ("His widow, Dar’ya, keeps his letters.", "Dar’ya"),  # typographic apostrophe, a name alone
        ("Vasyl' Korniichuk, 52, was buried on Friday.", "Vasyl' Korniichuk"),  # the apostrophe ends the word
        ("Mar'yana said he had called on Sunday.", "Mar'yana"),  # read as Mariana
        ("The commander, Hryhor'yev, did not answer.", "Hryhor'yev"),  # a surname by its ending alone
        ("Statements were taken from the witness Dem'yanchuk.", "Dem'yanchuk"),
    ],
)
def test_soft_sign_names(text: str, span: str) -> None:
    assert span in _spans(_GIVEN, "PERSON", text), (text, _spans(_GIVEN, "PERSON", text))


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien's report quoted Zelensky's adviser, and it's what they'd said.",  # Irish prefix, clitics
        "Ukrains'ka Pravda and the Qur'an were cited.",  # a paper's name, a book: no name, no surname ending
        "He'll call when he's back; they'd gone.",
        "Kam'yanets'-Podil's'kyi hosted the ceremony.",  # a city in the old transliteration
    ],
)
def test_soft_sign_traps(text: str) -> None:
    assert _spans(_GIVEN, "PERSON", text) == [], text


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("Senior Sgt. Mykyta Obolonskyi was killed near the river.", "Mykyta Obolonskyi", "Sgt"),
        ("Jr. Sgt. Artur Pidlisnyi came home in the exchange.", "Artur Pidlisnyi", "Sgt"),
        ("Cpl. Oleh Marushchak and Pvt. Ivan Zhyvotko died in the same strike.", "Ivan Zhyvotko", "Pvt"),
        ("Pfc. Taras Hlyniuk was wounded.", "Taras Hlyniuk", "Pfc"),
    ],
)
def test_rank_abbreviation_is_no_name(strict_redactor: Redactor, text: str, name: str, rank: str) -> None:
    found = _found(text, strict_redactor)
    i = text.index(name)
    assert any(text.index(s) <= i and e == "PERSON" and len(s) >= len(name) for s, e in found if s in text), found
    r = text.index(rank)
    spans = [(f.start, f.end) for f in analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy)]
    assert not any(s <= r < e for s, e in spans), (text, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("HNATYSHYN Roman, private, 1991, Zhovkva district.", "HNATYSHYN Roman"),  # -YN in capitals
        ("Defender Petro KOVALYK, 44, from Sambir.", "Petro KOVALYK"),  # -YK
        ("STEPANIUK Ihor was reported missing.", "STEPANIUK Ihor"),
    ],
)
def test_register_surnames_in_capitals(text: str, span: str) -> None:
    assert span in _spans(_SURNAME, "PERSON", text), (text, _spans(_SURNAME, "PERSON", text))


@pytest.mark.parametrize("text", ["DEPLOY Ivan.", "The NATO Summit opened.", "BREAKING Zelensky says"])
def test_register_surnames_traps(text: str) -> None:
    assert _spans(_SURNAME, "PERSON", text) == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The accused S-k Yurii Ivanovych denied everything.", "S-k Yurii Ivanovych"),
        ("Ts-ko Oleh was detained at the checkpoint.", "Ts-ko Oleh"),
        ("The victim, Hanna K-va, was 63.", "Hanna K-va"),
    ],
)
def test_cut_surnames(text: str, span: str) -> None:
    assert span in _spans(_INITIALS, "PERSON", text), (text, _spans(_INITIALS, "PERSON", text))


@pytest.mark.parametrize("text", ["He wore a T-shirt and an X-ray Vision cap.", "Plan B-to Go was cancelled."])
def test_cut_surnames_traps(text: str) -> None:
    assert _spans(_INITIALS, "PERSON", text) == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Illia Zaporozhets and Danylo Kit were friends since school.", "Danylo Kit"),
        ("The medic Mykola Fox carried him out.", "Mykola Fox"),
        ("Volunteers brought Taras Bas home.", "Taras Bas"),
    ],
)
def test_surname_that_is_a_word(text: str, span: str) -> None:
    assert span in _spans(_GIVEN, "PERSON", text), (text, _spans(_GIVEN, "PERSON", text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He called Oleksandr Sunday night.", "Oleksandr Sunday"),  # a day
        ("Glory to Ukraine, said Andriy Ukraine-style.", "Andriy Ukraine"),  # a country
        ("He met Petro Kharkiv residents.", "Petro Kharkiv"),  # a gazetteer place
    ],
)
def test_surname_that_is_a_word_traps(text: str, name: str) -> None:
    assert name not in _spans(_GIVEN, "PERSON", text), (text, _spans(_GIVEN, "PERSON", text))


@pytest.mark.parametrize("text", ["Tel.: 050 123 45 67 (his mother).", "Mob.: +380 93 555 12 34, Viber or WhatsApp."])
def test_contact_labels_are_no_names(strict_redactor: Redactor, text: str) -> None:
    assert not any(e == "PERSON" for _, e in _found(text, strict_redactor)), _found(text, strict_redactor)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("4. Mongush Aldar Borisovich, 27, driver, Kyzyl.", "Mongush Aldar Borisovich"),
        ("Among them were Oorzhak Chingis Valeryevich and two others.", "Oorzhak Chingis Valeryevich"),
        (
            "Bay Denis Olegovich, a welder, signed the contract in May.",
            "Bay Denis Olegovich",
        ),  # a surname that is a word
    ],
)
def test_title_case_surname_first_found(text: str, span: str) -> None:
    assert _covered(_PATRONYMIC, "PERSON", text, span), _spans(_PATRONYMIC, "PERSON", text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Yesterday Ivan Petrovich came home.", "Yesterday"),
        ("Coordinator Oksana Popovych read the list.", "Coordinator"),  # a role noun before the name
        ("Citizen Artur Olegovich was fined.", "Citizen"),
        ("A sergeant of the National Police Service Ivan Petrovych Koval spoke.", "Service"),  # a body's name before it
    ],
)
def test_title_case_surname_first_traps(text: str, word: str) -> None:
    assert not _covered(_PATRONYMIC, "PERSON", text, word), _spans(_PATRONYMIC, "PERSON", text)


def test_camel_case_name_hashtag_is_one_name() -> None:
    text = "Please share! #poisk #KuzminaOlga #Ryazan"
    assert "KuzminaOlga" in _spans(_SLUG, "PERSON", text)


def test_slogan_hashtag_is_not_a_name() -> None:
    text = "#SlavaUkraini #HeroyamSlava"
    assert _spans(_SLUG, "PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("HORBATA Nadiia, b. 1971, nurse, village of Lisove.", "HORBATA Nadiia"),
        ("3. KRAVETS-SULYMA Ostap — rifleman, missing since May.", "KRAVETS-SULYMA Ostap"),
    ],
)
def test_caps_surname_of_any_shape_before_a_given_name(text: str, span: str) -> None:
    assert span in _spans(_SURNAME, "PERSON", text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The SBGS Oleksandr Hrytsenko was quoted by name.", "SBGS"),  # an acronym without a vowel-led word
        ("TODAY Ivan, tomorrow someone else.", "TODAY"),  # an English word in capitals
        ("Under the NATO Olena plan, nothing changed.", "NATO"),  # an acronym
    ],
)
def test_caps_word_before_a_given_name_traps(text: str, word: str) -> None:
    assert not _covered(_SURNAME, "PERSON", text, word), _spans(_SURNAME, "PERSON", text)


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        # a court's or prosecutor's office title before a name stays in the text; the name is withheld
        ("Judge K. V. Lomova found the excuse unconvincing.", "Judge", "Lomova"),
        ("Prosecutor I. M. Kedrova asked for twelve years.", "Prosecutor", "Kedrova"),
        ("Lawyer Anna Kedrova said she would appeal.", "Lawyer", "Kedrova"),
    ],
)
def test_court_titles_stay(strict_redactor, text: str, title: str, name: str) -> None:  # noqa: ANN001
    from tests.assertions import touched

    assert touched(text, name, "en", strict_redactor)
    assert not touched(text, title, "en", strict_redactor)
