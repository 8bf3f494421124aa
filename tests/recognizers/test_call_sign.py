"""CallSignRecognizer: cued call signs and nicknames (domain-identifiers §8 English 9, 10)."""

from __future__ import annotations

import pytest

from redact.recognizers.call_sign import CallSignRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> CallSignRecognizer:
    return CallSignRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("My call sign is Taiga, the commander's is Shaman.", "Taiga"),
        ('Everyone here calls him "Crazy Professor".', "Crazy Professor"),
        ("Everyone here calls him “Crazy Professor”.", "Crazy Professor"),
        ('the new guy, call sign "Baikal", came yesterday', "Baikal"),
        ("unit 77932, callsign Buran, ask around", "Buran"),
        ("Call sign Tuman. I'm from the north.", "Tuman"),
        ('A soldier who goes by "Yakut" told relatives', "Yakut"),
        ('The fighter, known as "Pepel", was pardoned', "Pepel"),
        ("He was code-named Granite Wolf by the staff.", "Granite Wolf"),
        ("a sniper nicknamed Ghost", "Ghost"),
        ("They call him Chaika, seagull.", "Chaika"),
        ('his call sign is reported to be "Sever".', "Sever"),
        ('the speaker identified himself only as "Tatarin".', "Tatarin"),
        ('Nobody uses names, only call signs. Mine is "Zubr", the sergeant\'s is "Vdova".', "Vdova"),
        ('His commander is a man they call "Bes".', "Bes"),
        ("They call him Ded, he's 54 and the oldest.", "Ded"),
        ('Everyone here knows him as "Uncle Vanya", the oldest.', "Uncle Vanya"),
        ("Come in, Tundra, this is Granit.", "Tundra"),
        ("Come in, Tundra, this is Granit.", "Granit"),
        # a first word that is no known given name keeps the whole introduction withheld
        ('He introduced himself as "Kedrik from Chita" on the call.', "Kedrik from Chita"),
    ],
)
def test_finds(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He is known as a hero in the village.", "hero"),
        ("What's your call sign? I forgot mine.", "forgot"),
        ('She said "Slava Ukraini" on the radio.', "Slava Ukraini"),
        ("Everyone calls him Dad now.", "Dad"),
        # a known given name and a known town introduced together are a person and a place, not one call sign
        ('He introduced himself as "Tolik from Chita" and asked for water.', "from"),
        ("The caller called himself 'Vova from Ulan-Ude'.", "Ulan-Ude"),
        ("Two 300s and one 500 in our company today, don't tell babushka.", "babushka"),
    ],
)
def test_ignores(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)


def test_quote_marks_stay_outside(rec: CallSignRecognizer) -> None:
    text = 'call sign "Baikal" here'
    [r] = rec.analyze(text, ["CALL_SIGN"])
    assert text[r.start : r.end] == "Baikal"


def test_possessive_in_call_sign_talk(rec: CallSignRecognizer) -> None:
    text = "My call sign is Taiga, the commander's is Shaman."
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), "Shaman", "CALL_SIGN")
    plain = "The commander's is a hard job."
    assert rec.analyze(plain, ["CALL_SIGN"]) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('The platoon leader, "Sych", ordered them forward.', "Sych"),
        ("Our company commander was \u201cPastor\u201d, a quiet man.", "Pastor"),
        ('His commander is "Granit" and he is strict.', "Granit"),
    ],
)
def test_quoted_word_beside_a_rank(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


def test_a_quoted_word_without_a_rank_stays(rec: CallSignRecognizer) -> None:
    text = 'The newspaper "Pravda" wrote about the commander.'
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), "Pravda")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('The accused, Lytkin, alias "Bober", did not appear.', "Bober"),
        ("His nom de guerre was Yastreb.", "Yastreb"),
    ],
)
def test_alias_and_nom_de_guerre(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        ("Everyone calls him Kedr, cedar. He is from the north.", "cedar"),
        ("His call sign was Zubr (bison) and he led the assault.", "bison"),
        ('Her call sign is "Lastochka" — swallow.', "swallow"),
    ],
)
def test_a_translators_gloss_after_a_call_sign_is_withheld_too(text: str, gloss: str) -> None:
    rec = CallSignRecognizer()
    assert gloss in [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]


@pytest.mark.parametrize(
    "text",
    [
        "My call sign is Taiga, right? Yes.",
        "His call sign is Vityaz, brother.",
        "His call sign is Sever. Period.",
        "His call sign is Sever. Nice.",
        "Come in, Tundra, this is Granit. Over.",
    ],
)
def test_a_reply_or_a_kinship_word_after_a_call_sign_is_no_gloss(text: str) -> None:
    rec = CallSignRecognizer()
    found = [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]
    assert not any(w in found for w in ("right", "Yes", "brother", "Period", "Nice", "Over")), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a numbered station keeps its number
        ("The platoon leader, callsign Sokil-2, ordered a retreat.", "Sokil-2"),
        ("Call sign: Buran-14. Unit unknown.", "Buran-14"),
        # after a cue that names only call signs, common English words in Title case are one
        ("His call sign was Old Man, and everyone in the company knew him.", "Old Man"),
        ("a drone operator with the callsign Hunter was wounded", "Hunter"),
    ],
)
def test_numbered_and_common_word_call_signs(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He was known as a Hero of the Soviet Union.", "Hero"),
        ("The soldiers were known as heroes in the village.", "heroes"),
    ],
)
def test_descriptions_after_weak_cues_are_no_call_signs(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)
