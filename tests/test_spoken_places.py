"""Public places named in speech: a regional city (300,000 people or more) that speakers of an intercepted call or a
chat travel to, send parcels to or hear of is kept under the default policy; the same city as a home, with a
relative living there, in an address, and a smaller town, are still withheld. Sentences are invented; the cities are
real, the people and streets are not."""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from redact.speech import speech
from tests.assertions import touched

_CALL = "(W): Did you get the money?\n(R): {line}\n(W): Alright, take care.\n(R): Bye."
_LABELS = "SOLDIER: Hi mum.\nMOTHER: Hello son.\nSOLDIER: {line}\nMOTHER: I will."
_CHAT = "Olga K. 21:14\ngirls any news?\n\nMarina 21:16\n{line}\n\nOlga K. 21:20\nok"


@pytest.mark.parametrize(
    "text",
    [
        "(R): Hello?\n(W): It's me.\n(R): Where are you?",
        "SOLDIER: Mum.\nMOTHER: Yes?\nSOLDIER: Nothing.",
        "Olga K. 21:14\ngirls?\n\n@marina_b 21:16\nno news",
        "[08:15] Yulia K.: same here\n[08:16] Marina: ok\n[08:17] Yulia K.: bye",
        "— Where are you?\n— Near the river.\n— Stay there.",
        "МАТЬ: Алло?\nСЫН: Мам, это я.\nМАТЬ: Сынок!",
    ],
)
def test_transcripts_and_chats_are_speech(text: str) -> None:
    assert speech(text)


@pytest.mark.parametrize(
    "text",
    [
        'Source: the regional administration.\nDetails: two drones were shot down.\nQuote: "Everyone is safe."',
        "The governor said the city was shelled overnight. Three people were injured.",
        "Note: names are changed.\nSOLDIER: I'm fine.",  # one turn is no conversation
    ],
)
def test_reports_are_not_speech(text: str) -> None:
    assert not speech(text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (_CALL.format(line="Send it to Ulyanovsk, to the bus station, the guys will pick it up."), "Ulyanovsk"),
        (_CALL.format(line="They'll take the wounded to Nizhny Tagil next week."), "Nizhny"),
        (_LABELS.format(line="Tell dad the bus to Chelyabinsk leaves at six."), "Chelyabinsk"),
        (_CHAT.format(line="we're driving to Izhevsk on Friday with the papers"), "Izhevsk"),
        (_CALL.format(line="Everybody says Barnaul is full of our wounded now."), "Barnaul"),
    ],
)
def test_a_regional_city_named_in_speech_stays(redactor: Redactor, text: str, city: str) -> None:
    assert not touched(text, city, "en", redactor)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a home: from, a relative living there, an address
        (_CALL.format(line="Sasha Voronin from Ulyanovsk is here with me."), "Ulyanovsk"),
        (_CALL.format(line="Call my wife in Chelyabinsk, she knows everything."), "Chelyabinsk"),
        (_LABELS.format(line="Send the parcel to Izhevsk, Lesnaya street, 14, flat 3."), "Izhevsk"),
        (_CHAT.format(line="the address for parcels is Barnaul, ask me in private"), "Barnaul"),
        # a town below the size is where a family lives, whatever the verb
        (_CALL.format(line="Send it to Berdsk, to the bus station, the guys will pick it up."), "Berdsk"),
        (_CALL.format(line="Send it to Dimitrovgrad, to the bus station."), "Dimitrovgrad"),
    ],
)
def test_homes_and_towns_in_speech_are_withheld(redactor: Redactor, text: str, place: str) -> None:
    assert touched(text, place, "en", redactor)


def test_the_same_city_outside_speech_keeps_the_older_rule(redactor: Redactor) -> None:
    # a report that names no event in the city: a city below a million is withheld as it was
    text = "Ivan Sorokin went to Ulyanovsk to collect the papers, his lawyer said."
    assert touched(text, "Ulyanovsk", "en", redactor)
