"""UnknownNameRecognizer: Title-case words the English vocabulary lacks or ranks rare (needs the real model)."""

from __future__ import annotations

import pytest

from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def analyze(strict_redactor):
    analyzer = strict_redactor.engines.analyzer("en")
    recognizer = next(r for r in analyzer.registry.recognizers if r.name == "UnknownNameRecognizer")

    def run(text: str):
        artifacts = analyzer.nlp_engine.process_text(text, "en")
        return recognizer.analyze(text, ["PERSON", "LOCATION", "CALL_SIGN"], artifacts)

    return run


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("A: Is Starik with you? B: he's a 300.", "Starik", "PERSON"),
        ("Kuznets is guarding them.", "Kuznets", "PERSON"),
        ("I'm in the 74th, the one from Yurga.", "Yurga", "LOCATION"),
        ("tell Choduraa that he is dead", "Choduraa", "PERSON"),
        # a singular nationality word with no article as the subject of a past-tense verb is someone's nickname
        ("they fed us, then Georgian took the radio and left", "Georgian", "CALL_SIGN"),
        ("B: Chechen told me the car is gone.", "Chechen", "CALL_SIGN"),
        # a rank before it keeps it his name
        ("then Sergeant Chechen took the radio and left", "Chechen", "CALL_SIGN"),
        # a short form opening a turn as an address, cutting a given name the same talk uses
        ("W: Kol, come here!\nM: What?\nW: Kolyan, I said come here.", "Kol", "PERSON"),
    ],
)
def test_finds(analyze, text: str, surface: str, entity: str) -> None:
    assert_found(text, analyze(text), surface, entity)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Thuraya is off, call on Monday.", "Thuraya"),
        ("The Kamaz took a FAB-500 hit.", "Kamaz"),
        ("Listen, Mom, we held the line near the river.", "Listen"),
        ("They shelled us with HIMARS all night.", "HIMARS"),
        ("Where's the commander?", "Where"),
        ("The Uzbek said the car is gone.", "Uzbek"),
        ("Two Chechens said nothing.", "Chechens"),
        ("Chechen fighters stormed the village.", "Chechen"),
        # a nationality word that ends a longer name mid-sentence: an outlet, not a nickname
        ("Mediazona and BBC News Russian said the count had passed 100,000.", "Russian"),
        ("Reporters of Radio Azattyq Kazakh found the grave.", "Kazakh"),
        # the body a named person heads, between "the" and the person's given name and surname
        ("The head of the Republic Artur Kuular thanked the volunteers.", "Republic"),
        ("The Kol river froze early; Kolyan skated on it.", "Kol"),
    ],
)
def test_ignores(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


def test_rare_capitalised_word_mid_sentence(analyze) -> None:
    text = "A: Tell him Beso wants him back."
    assert_found(text, analyze(text), "Beso", "PERSON")


# Things, nationalities and plain dictionary words that the vocabulary ranks rare are no names.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # brands and the model word after one
        ("He drove a grey Volkswagen to the border.", "Volkswagen"),
        ("The Skoda Octavia was parked by the gate.", "Octavia"),
        ("They took the Toyota Land Cruiser north.", "Cruiser"),
        ("We need a new Mavic before Friday.", "Mavic"),
        # a car model a call or a chat names for a car sold or taken
        ("a guy from the next village wants the Granta, offers 500", "Granta"),
        ("The Priora is still in the garage at Dad's.", "Priora"),
        ("The commander drives a white Prado he took at the crossing.", "Prado"),
        # hardware: a Title-case word before a hardware noun, a designation glued to a letter code
        ("Kyiv asked for more Patriot systems this week.", "Patriot"),
        ("Two Iskander-M missiles hit the square.", "Iskander-M"),
        ("A Tornado launcher fired twice.", "Tornado"),
        # nationalities
        ("Ukrainians queued at the border all night.", "Ukrainians"),
        ("The French sent more shells in May.", "French"),
        # dictionary words the rank test lets through, in any position
        ("Returned via the Coordination Headquarters list.", "Coordination"),
        ("Concussion, two broken ribs, but I'm fine.", "Concussion"),
        ("The Navy spokesman denied it.", "Navy"),
        ("Farewell ceremony at noon on the square.", "Farewell"),
        ("Organiser of the fair thanked the volunteers.", "Organiser"),
        # a weekday in the plural ("every Tuesday") is a date word, not a name
        ("Orlov brings the mail; the bus runs Saturdays only.", "Saturdays"),
        # a pair of gazetteer places
        ("Shelling of the Sloviansk-Kramatorsk agglomeration went on.", "Sloviansk-Kramatorsk"),
    ],
)
def test_ignores_things_and_words(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


# A dictionary word is a surname or call sign when quoted, cued, or next to a given name, rank or initial.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('Tell him "Orion" wants him back.', "Orion"),
        ("his call sign is Farewell, he is from the 3rd company", "Farewell"),
        ("The parcel is for Olga Baker, the medic.", "Baker"),
        ("Baker Olga Ivanovna, born 1990.", "Baker"),
        ("Mr Baker said nothing more.", "Baker"),
        ("The shop belongs to Sergeant Hunter now.", "Hunter"),
        ("Signed by J. Baker on Monday.", "Baker"),
        ("Yesterday Hunter A. was wounded near the river.", "Hunter"),
        ("a man named Hunter came by", "Hunter"),
        # not a dictionary word: no context needed, however plain it looks; a call sign that merely contains a
        # place ("Tuma" + n, "Fili" + n) is no place adjective
        ("B: Tuman. A: put him on.", "Tuman"),
        ("Last seen with a guy called Filin near the river.", "Filin"),
        ("Then Voron came back with the water.", "Voron"),
        # a surname shape the dictionary also lists (a famous namesake) is a surname anyway
        ("Then Pavlov came back with the water.", "Pavlov"),
        # a hyphenated name whose parts are not both places
        ("Aldar-ool Choduraa sent a letter.", "Aldar-ool"),
    ],
)
def test_keeps_names_that_are_words(analyze, text: str, surface: str) -> None:
    assert_found(text, analyze(text), surface, "PERSON")


def test_word_alone_is_not_a_name_beside_a_cue_elsewhere(analyze) -> None:
    text = "Hunter said nothing. Later Ukraine's Navy said more."
    results = analyze(text)
    assert_not_found(text, results, "Hunter")
    assert_not_found(text, results, "Navy")


# A dictionary word capitalised where nothing else explains the capital names someone: alone mid-sentence (a
# call sign in a transcript), beside a place ("the Kherson Owls"), or a truncated Russian vocative ("Sash").
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("B: Put the Walrus on, he owes me.", "Walrus"),
        ("we waited and Orion never came back", "Orion"),
        ("He served with the Kherson Owls until spring.", "Owls"),
        ("Dina: Sash, what is your blood type?", "Sash"),
    ],
)
def test_keeps_a_word_capitalised_as_a_name(analyze, text: str, surface: str) -> None:
    assert_found(text, analyze(text), surface, "PERSON")


# ... but not when the sentence start, a name of dictionary words, a possessive or a noun after it explains it.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Ukrainian Railways said trains ran late.", "Railways"),
        ("Later the Navy spokesman said more.", "Navy"),
        ("Organiser Maryna Popova thanked everyone.", "Organiser"),
        # a Ukrainian surname in -ovych is no patronymic: its stem is no given name
        ("Organiser Maryna Popovych thanked everyone.", "Organiser"),
    ],
)
def test_ignores_a_capital_explained_by_its_place(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


# A gazetteer place is a place wherever it stands; a place's adjective and a feature noun in a place's name are none.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Drones hit Sumy again overnight.", "Sumy"),
        ("Kramatorsk and Sloviansk lost power.", "Sloviansk"),
        ("He served in the Crimean battalion until June.", "Crimean"),
    ],
)
def test_gazetteer_place_is_a_location(analyze, text: str, surface: str) -> None:
    """A town or its adjective; a unit named after a place ("the Crimean battalion") keeps it withheld."""
    assert_found(text, analyze(text), surface, "LOCATION")
    assert_not_found(text, [r for r in analyze(text) if r.entity_type == "PERSON"], surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ferries crossed the Kerch Strait at night.", "Strait"),
        ("He lies in the Alley of Heroes now.", "Alley"),
        ("Address: Ulitsa Sadovaya, house 9.", "Ulitsa"),
    ],
)
def test_ignores_place_words(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


def test_a_one_word_turn_after_talk_of_a_call_sign_is_that_call_sign() -> None:
    """'my call sign now, "Filin". Owl.' and 'MOTHER: Owl?': the gloss of a call sign, though a dictionary word
    opening a sentence."""
    from redact.pipeline import Redactor, analyze_text
    from redact.policy import load_policy

    text = 'SON: Everyone calls me by my call sign now, "Kedrach". Owl.\nMOTHER: Owl? Whatever for?'
    r = Redactor(load_policy("strict").policy)
    found = analyze_text(text, "en", r.engines, r.policy)
    for i in (text.index("Owl."), text.index("Owl?")):
        assert any(f.start <= i < f.end for f in found)


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # all-lower-case messages: a name has only its cue to show it
        ("ok ask tsyrendorzh to bring the power bank tomorrow", "tsyrendorzh", "PERSON"),
        ("we have a new platoon commander, zhamsuev, a strict guy", "zhamsuev", "PERSON"),
        ("say hi to aunt dolgorzhap and the kids from me", "dolgorzhap", "PERSON"),
        ("when this ends i'm going back to verkhnyaya-kedrovka for good", "verkhnyaya-kedrovka", "LOCATION"),
    ],
)
def test_finds_lower_case_names_in_chat(analyze, text: str, surface: str, entity: str) -> None:
    assert_found(text, analyze(text), surface, entity)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("tell mom the long-range stuff came and the guys are fine", "long-range"),
        ("text me when you get this, the connection here is bad", "connection"),
        ("mom is in the hospital in bryansk, call her", "bryansk"),  # a city: the register decides
        ("Tell Mom that zhamsuev is back.", "zhamsuev"),  # not a lower-case line, and no cue before it
    ],
)
def test_lower_case_traps(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)
