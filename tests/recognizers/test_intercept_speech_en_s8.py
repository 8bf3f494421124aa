"""Speech forms of intercepted calls and wives' chats, session 8, by class: a mobilised regiment's four-digit ordinal
with its noun understood ("the 1231st"), a cardinal regiment number before a closing quote of a chat's name, a
spelled ordinal one serves in with the clause going on after it ("in the thirty-sixth together"), and a translated
Russian address with its house word ("On Sovetskaya, house 40"). Every sentence is
invented; each class has its traps."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from tests.assertions import assert_found, assert_not_found


def _found(text: str) -> list:
    rec = MilitaryUnitRecognizer(supported_language="en")
    return [r for r in rec.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.4]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('Screenshots from the chat "Mothers of the 1342nd | Tomsk", translated', "1342nd"),
        ("My husband is in the 1453rd now, they moved him in May.", "1453rd"),
        ("(W): Is he still with the 1198th?", "1198th"),
        ("Our 1307th was thrown at the river crossing.", "1307th"),
        ("chat 'wives of the 2nd battalion 1186 regiment' (translated)", "1186 regiment"),
        ("the group “Relatives of the 1377 regiment” was closed", "1377 regiment"),
        ("(R): We were in the thirty-sixth together, back in '14.", "thirty-sixth"),
        ("She says he's with the seventy-first now, they moved him in spring.", "seventy-first"),
        ("He served in the two hundred and first for two years.", "two hundred and first"),
        ("They put us into the fifty-eighth again, nobody asked.", "fifty-eighth"),
    ],
)
def test_unit_forms_of_speech(text: str, surface: str) -> None:
    assert_found(text, _found(text), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It was the 1000th day of the war.", "1000th"),  # a round number
        ("the 1500th time I called and nobody answered", "1500th"),  # its own noun
        ("That was her 1234th post in the chat.", "1234th"),
        ("On the 1234th attempt it worked.", "1234th"),
        ("the 2022nd year of our troubles", "2022nd"),  # a year
        ("Born in the twenty-first century, he never saw the USSR.", "twenty-first"),
        ("It happened in the thirty-fifth minute of the match.", "thirty-fifth"),
        ("From the twenty-first until the twenty-fifth we were on leave.", "twenty-first"),
        ("The regiment's commander said the 1231 regiment's losses were high.", "1231 regiment"),
    ],
)
def test_not_unit_forms(text: str, surface: str) -> None:
    assert_not_found(text, _found(text), surface)


# --- a translated Russian address with its house word: "Sovetskaya, house 40" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("SOLDIER: Go to his mum. On Sovetskaya, house 40, the green gate.", "Sovetskaya, house 40"),
        ("Tell her to bring it to Lesnaya, dom 3, kv. 7 before Friday.", "Lesnaya, dom 3, kv. 7"),
        ("(W): We moved to Zarechnaya house 12, near the school.", "Zarechnaya house 12"),
        ("the parcel goes to Kirovskaya, d. 5, flat 9", "Kirovskaya, d. 5, flat 9"),
    ],
)
def test_translated_addresses_with_a_house_word(text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language="en")
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Marina house 5 times bigger than ours.", "Marina house 5"),  # a given name
        ("Ivanova, house rules apply here.", "Ivanova, house"),  # no number
    ],
)
def test_not_translated_addresses(text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language="en")
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)
