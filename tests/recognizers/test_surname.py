"""SurnameRecognizer: surname-shaped words beside a rank, an initial or a given name."""

from __future__ import annotations

import pytest

from redact.recognizers.surname import SurnameRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> SurnameRecognizer:
    return SurnameRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Private Dambaev, 23, served there.", "Dambaev"),
        ("Sergeant KOZLOV was wounded.", "KOZLOV"),
        ("Signed: A. V. Petrov.", "A. V. Petrov"),
        ("Moscow-400, v/ch 92714-2, Yegorov D.A.", "Yegorov D.A."),
        ("The car belongs to Bair Tsyrenov, a driver.", "Bair Tsyrenov"),
        ("Andrei Sergeyevich Lapin from our platoon was a 200 yesterday.", "Sergeyevich Lapin"),
        ("a letter from Olena Kovalenko arrived", "Olena Kovalenko"),
        ("I, Dorzhieva Sesegma, ask you", "Dorzhieva Sesegma"),
        ("Tell Olga Kalinina to call.", "Olga Kalinina"),
        # a given name after the surname stays a name before a body's noun ("Petrov Ivan Department" is rare, but a
        # given name is never the body's word)
        ("Sergeant Petrov Ivan Service record attached.", "Petrov Ivan"),
    ],
)
def test_finds(rec: SurnameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("They moved me from the 20th Motor Rifle Regiment to the 3rd company.", "Regiment"),
        ("We were sent to Rostov for training.", "Rostov"),
        ("The Ukrainian drones came at night.", "Ukrainian"),
        ("In Saratov it was raining.", "In"),
        # a pair that only a function word made stays rejected once the word is trimmed
        ("In Saratov it was raining.", "Saratov"),
        ("After Pavlovsk we turned back.", "Pavlovsk"),
        ("Send the parcel to Moscow-400, military unit 24680.", "Moscow-400"),
        # A given name that merely ends like a surname does not make the word before it a given name.
        ("SOLDIER: Tell Marina not to message me.", "Tell"),
        ("SOLDIER: Tell Sabina not to message me.", "Tell"),
        # a Title-case headline's dictionary word before a gazetteer place is no given name
        ("Soldier's Call Reveals Chaos in Occupied Tokmak", "Occupied"),
        ("Drones Hit Shelled Rostov Again", "Shelled"),
        # a town or an adjective and a dictionary word before a body's noun name the body, not a person
        ("The Kedrov Border Directorate of the FSB reported the arrest.", "Border"),
        ("The Main Military Investigation Directorate opened a case.", "Military"),
        ("He studied at the Tambov Tank School before the war.", "Tank"),
    ],
)
def test_ignores(rec: SurnameRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


# A closed-class word the pair swallowed is left out; the surname stays.
@pytest.mark.parametrize(
    ("text", "surface", "swallowed"),
    [
        ("Did Zelensky sign it? Nobody knows.", "Zelensky", "Did"),
        ("Is Kravchenko still alive?", "Kravchenko", "Is"),
        ("Was Hrytsenko there at all?", "Hrytsenko", "Was"),
        ("Because Melnychuk refused, they left.", "Melnychuk", "Because"),
    ],
)
def test_trims_closed_words(rec: SurnameRecognizer, text: str, surface: str, swallowed: str) -> None:
    results = rec.analyze(text, ["PERSON"])
    assert_found(text, results, surface, "PERSON")
    assert all(text[r.start : r.end] == surface for r in results if r.start <= text.index(surface) < r.end), [
        text[r.start : r.end] for r in results
    ]
    assert_not_found(text, results, swallowed)


# One name a line: a pair never runs over a line break (lists, transcripts, signatures).
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Wounded: Bondarenko\nDied: Ostapchuk", "Bondarenko\nDied"),
        ("Signed\nKovalchuk", "Signed\nKovalchuk"),
        ("Maryna\nTkachenko wrote back", "Maryna\nTkachenko"),
        ("Private\nDemchenko", "Private\nDemchenko"),
    ],
)
def test_never_crosses_a_line_break(rec: SurnameRecognizer, text: str, surface: str) -> None:
    results = rec.analyze(text, ["PERSON"])
    assert not any("\n" in text[r.start : r.end] for r in results), [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Maryna Tkachenko\nwrote back", "Maryna Tkachenko"),
        ("List:\nTkachenko Maryna\nBondar Oleh", "Tkachenko Maryna"),
        ("Junior Sergeant Demchenko\nwas wounded", "Demchenko"),
    ],
)
def test_finds_a_name_on_its_line(rec: SurnameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a line in capitals, surname first as a register or a search post writes it: the whole name, not the given
        # name alone (which the given-name gazetteer finds by itself)
        ("HELP FIND GRIBOV DENIS! REPOST!", "GRIBOV DENIS"),
        ("MISSING: SHCHERBAKOVA YULIA, BORN 1999", "SHCHERBAKOVA YULIA"),
        ("(R): WE LOST CHERNYKH ALEKSEI AND TWO MORE", "CHERNYKH ALEKSEI"),
        ("LIST: BONDARCHUK TARAS, HORBENKO OKSANA", "BONDARCHUK TARAS"),
        ("LIST: BONDARCHUK TARAS, HORBENKO OKSANA", "HORBENKO OKSANA"),
        # a surname of any shape, four letters or more
        ("HELP FIND GRACH SERGEI! REPOST!", "GRACH SERGEI"),
        ("MISSING MOROZ VITALY AND TWO MORE", "MOROZ VITALY"),
    ],
)
def test_finds_a_name_in_capitals_surname_first(rec: SurnameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("THE ADMIN SERGEI SAID HELLO", "ADMIN SERGEI"),  # an English word with a surname's ending
        ("NATO IVAN", "NATO IVAN"),
        ("THE CABIN ANNA BUILT", "CABIN ANNA"),
        ("IVANOV PROMISED", "IVANOV PROMISED"),  # no given name after the surname
        ("PLEASE HELP IVAN", "HELP IVAN"),  # English words
        ("FROM BRYANSK ANNA WROTE", "BRYANSK ANNA"),  # a place
        ("IVAN SERGEI AND OLEG", "IVAN SERGEI"),  # two given names
    ],
)
def test_ignores_capitals_without_a_given_name(rec: SurnameRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)
