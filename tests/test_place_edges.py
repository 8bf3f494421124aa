"""A place finding's edges (strict precision): a spaCy place span that swallows a chat's time stamp keeps only the
name, which stays withheld; the time is no part of a place. A court registry's placeholder ("PERSON_1", "ОСОБА_3") is
no place either: the registry has already withheld what it stands for. Sentences are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.spacy_ner import screen_span


def _screen(text: str, span: str, entity: str = "LOCATION") -> str | None:
    i = text.index(span)
    kept = screen_span(text, i, i + len(span), entity)
    return None if kept is None else text[kept[0] : kept[1]]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Bird up.\n\nTomsk 06:44\ncopy, two 300s loaded", "Tomsk 06:44", "Tomsk"),
        ("who has the card?\n\nRamil 21:07\nno, it's blocked", "Ramil 21:07", "Ramil"),
        ("[07:15 Kherson] sirens again", "07:15 Kherson", "Kherson"),
        ("Admin 9.05 Kursk region\nwrite to me", "9.05 Kursk", "Kursk"),
    ],
)
def test_a_time_stamp_is_no_part_of_a_place(text: str, span: str, name: str) -> None:
    assert _screen(text, span) == name


def test_a_place_without_a_time_stamp_is_unchanged() -> None:
    assert _screen("We moved to Vasylivka at night.", "Vasylivka") == "Vasylivka"
    assert _screen("He is in Kursk region now.", "Kursk region") == "Kursk region"
    # a person holding a time stamp is still dropped whole (a speaker label, found by the label recognizer)
    assert _screen("Ramil 21:07\nno", "Ramil 21:07", "PERSON") is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The accused entered the household of PERSON_1 in the village.", "PERSON_1"),
        ("He lived at ADDRESS_2 until the war.", "ADDRESS_2"),
        ("Суд розглянув справу ОСОБА_3 у спеціальному провадженні.", "ОСОБА_3"),
    ],
)
def test_a_registry_placeholder_is_no_place(text: str, span: str) -> None:
    assert _screen(text, span) is None


def test_a_name_with_a_number_after_it_is_no_placeholder() -> None:
    # a capitalised place with a house number stays a place ("Sadova 7" is an address, withheld)
    assert _screen("She lived on Sadova 7 in Kupiansk.", "Kupiansk") == "Kupiansk"
    assert _screen("Drones hit KHARKIV overnight.", "KHARKIV") == "KHARKIV"
