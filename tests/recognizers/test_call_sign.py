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


# Call signs in English write-ups and translated intercepts (invented, in the shapes real pages use: "a soldier with
# the call sign Stone", "Maksym, call sign Hort,", "told soldier Buran-30", "nicknamed Grandpa").
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a word in apposition to a post, set off on both sides; a numbered station after "soldier"
        ("(R): The new kombat, Zhuk, sends us out every night.\n(W): Be careful.", "Zhuk"),
        ("(R): Our sergeant, Walrus, drinks from morning on.\n(W): Oh.", "Walrus"),
        ("An officer ordered soldier Tayfun-12 to shell the road.", "Tayfun-12"),
        # a nickname cue before a kin word; the cue and a comma before a value set off on both sides
        ("The medic, nicknamed Granny, carried out nine men.", "Granny"),
        ("The sapper, who gave only his call sign, Kremen, said the road was mined.", "Kremen"),
        # a quoted or bracketed word after a full name, set off by commas
        ('(R): Pavel Orlov, "Shmel", our deputy, took the money.\n(W): Really?', "Shmel"),
        ("Among the dead was Taras Hnatiuk (Yavir), a driver.", "Yavir"),
    ],
)
def test_call_signs_in_english_write_ups(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an English common noun in Title case in a slot only a man fills, inside a transcript
        ("(R): I went with Walrus to the second line.\n(W): And then?", "Walrus"),
        ("(R): Me and Badger stood watch all night.\n(W): Cold?", "Badger"),
        # a numbered station anywhere in a transcript; the one-word answer to "who"; a bare subject after a time word
        ("(R): They put us under Sokol-7 now.\n(W): Who is that?", "Sokol-7"),
        ("(W): Who is in charge there?\n(R): Walrus. He drinks.", "Walrus"),
        ("(R): Yesterday Walrus took four guys to the trench.\n(W): And?", "Walrus"),
    ],
)
def test_common_words_as_call_signs_in_transcripts(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # weapons, drones, gods, relatives, roles, replies and plurals in the same slots name no one
        ("(R): We got hit by Tornado again.\n(W): Where?", "Tornado"),
        ("(R): An Orlan-10 hung over us all day.\n(W): God.", "Orlan-10"),
        ("(R): I pray to God every night.\n(W): Me too.", "God"),
        ("(R): Me and Mom talked yesterday.\n(W): Good.", "Mom"),
        ("(W): Who told you?\n(R): Nobody. I saw it.", "Nobody"),
        ("(W): Who is there with you?\n(R): Sasha. He's fine.", "Sasha"),
        ("(R): We went with Drones to the river.\n(W): OK.", "Drones"),
        # outside a transcript the slot says nothing: a title, a song
        ("She went to see Titanic with friends.", "Titanic"),
        # a post and a word not set off on both sides
        ("The commander, Russia says, was killed.", "Russia"),
    ],
)
def test_no_call_sign_in_these_slots(rec: CallSignRecognizer, text: str, word: str) -> None:
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), word)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a numbered station keeps its number inside the quotes of a cue
        ('A voice identified by the call sign "Sokol-3" asked for fire.', "Sokol-3"),
        ("his callsign was 'Tundra 12' on that net", "Tundra 12"),
        # a station naming itself after the station it calls
        ("- Volga, Volga, I'm Berkut-21.\n- Berkut-21, Volga hears you.", "Berkut-21"),
        ("Then the voice said: this is Kama-5, two vehicles on the road.", "Kama-5"),
        # a numbered station anywhere in a dialogue of dashed turns
        ("- Zarya, where are you?\n- On the way.\n- Tell Shtorm-4 to wait for us.", "Shtorm-4"),
    ],
)
def test_numbered_stations(rec: CallSignRecognizer, text: str, surface: str) -> None:
    found = [r for r in rec.analyze(text, ["CALL_SIGN"]) if text[r.start : r.end] == surface]
    assert found, [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a numbered position after a preposition of place or a verb of moving to it
        ("- Zarya, where are you?\n- Moving to Topol-2, then back.\n- Copy.", "Topol-2"),
        ("- Zarya, status?\n- We are at Opora-3, three men.\n- Copy.", "Opora-3"),
        # a numbered thing outside any dialogue
        ("The Orlan-10 drone was shot down near the village.", "Orlan-10"),
        # a record's bulleted list is no dialogue, and a numbered unit keeps its unit noun
        ("- Ivan Sokolov, 41, of Kurtamysh.\n- Oleg Dubov, volunteer of the Sever-2 squad, buried 6 May.", "Sever-2"),
        ('- Who sent you?\n- They sent me to the volunteer battalion "Tayga-3", then further.', "Tayga-3"),
        # a field-post address: a city and a three-digit station
        ("- Where do I send it?\n- Send parcels to Moscow-400, military unit 71348.\n- Ok.", "Moscow-400"),
    ],
)
def test_numbered_positions_are_no_stations(rec: CallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)


def test_numbered_position_is_a_place(rec: CallSignRecognizer) -> None:
    """The station rule leaves a numbered position alone; the field-position recognizer reports it as a place."""
    from redact.recognizers.field_position import FieldPositionRecognizer

    text = "- Zarya, where are you?\n- Moving to Topol-2, then back.\n- Copy."
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), "Topol-2")
    found = FieldPositionRecognizer(supported_language="en").analyze(text, ["LOCATION"])
    assert_found(text, found, "Topol-2", "LOCATION")


@pytest.fixture(scope="module")
def analyze_en(strict_redactor, rec: CallSignRecognizer):
    """The recognizer with the English model's artifacts (its tags tell a verb)."""
    nlp_engine = strict_redactor.engines.analyzer("en").nlp_engine

    def run(text: str):
        return rec.analyze(text, ["CALL_SIGN"], nlp_engine.process_text(text, "en"))

    return run


def test_post_used_as_a_name(analyze_en) -> None:
    text = "(S): We asked for leave.\n(M): And?\n(S): Kombat tore up the list in front of everyone."
    assert_found(text, analyze_en(text), "Kombat", "CALL_SIGN")


@pytest.mark.parametrize(
    "text",
    [
        "(S): We asked for leave.\n(M): And?\n(S): The Kombat tore up the list in front of everyone.",
        "(S): We asked for leave.\n(M): And?\n(S): Our kombat tore up the list.",
        "(S): We asked for leave.\n(M): And?\n(S): Kombat Grom tore up the list.",
    ],
)
def test_post_with_a_determiner_or_a_name_is_no_call_sign(analyze_en, text: str) -> None:
    assert_not_found(text, analyze_en(text), "ombat")
