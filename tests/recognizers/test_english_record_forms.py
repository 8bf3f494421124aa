"""English record forms (issue 15): unit designations with word ordinals, possessive chains and territorial defence
named by its region; colleges with their field, schools with their levels, starosta offices, recruitment centres by
their full name, plants named in lower case, penal institutions of a town, honour sections of a cemetery,
orphanages; whole names in capitals; an initial after a rank; a decade of birth.

Every private name, town and number here is invented. Each positive names the exact span in a shape other than the
corpus sentence it was learnt from (other order, case, abbreviation, position); each trap is a sentence a looser
rule would withhold.
"""

from __future__ import annotations

import pytest

from redact.generalize import generalize
from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.initials import InitialsRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from redact.recognizers.patronymic import PatronymicRecognizer

_UNIT = MilitaryUnitRecognizer("en")
_ORG = EnglishOrganizationRecognizer("en")
_DOB = DateOfBirthRecognizer("en")
_INITIALS = InitialsRecognizer("en")
_PATRONYMIC = PatronymicRecognizer("en")


def _spans(rec: object, entity: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity])]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an ordinal in words before an arm that only stands before the noun
        ("Kedrenko was a sniper of the seventy-ninth paratrooper brigade.", "seventy-ninth paratrooper brigade"),
        ("He trained with the Twelfth Pontoon Bridge Battalion.", "Twelfth Pontoon Bridge Battalion"),
        ("the 14th drone regiment was formed in spring", "14th drone regiment"),
        # a unit inside an army, written with the army's possessive
        ("He led a platoon in the 8th Army's 150th division near the river.", "8th Army's 150th division"),
        (
            "Orders came to the sniper platoon of the 20th Guards Army's 144th Motor Rifle Division.",
            "sniper platoon of the 20th Guards Army's 144th Motor Rifle Division",
        ),
        # territorial defence named by its region, town or abbreviation
        ("In March he signed up with the Kedrivka territorial defence.", "Kedrivka territorial defence"),
        ("They served in a Zolotoverkh city TrO battalion until June.", "Zolotoverkh city TrO battalion"),
        ("Vasyl joined the Kedrove Oblast TDF brigade (131st) in 2022.", "Kedrove Oblast TDF brigade (131st)"),
        ("He volunteered for the Territorial Defense Forces of the Kedrove region.", None),
        ("After the invasion he joined the territorial defense of Kedrivka.", "territorial defense of Kedrivka"),
    ],
)
def test_unit_designations(text: str, span: str | None) -> None:
    found = _spans(_UNIT, "MILITARY_UNIT", text)
    if span is None:
        assert found, text
    else:
        assert span in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's territorial defence forces were set up in 2022.",
        "The Ukrainian TDF grew to a hundred thousand.",
        "Local Territorial Defense units patrolled at night.",
        "Territorial defence is a branch of the armed forces.",
        "He took part in the national security conference for the 2nd year.",
    ],
)
def test_unit_traps(text: str) -> None:
    assert not _spans(_UNIT, "MILITARY_UNIT", text), text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Studied at the Kedrove Technical College of Food and Processing Industry in 2010.",
            "Kedrove Technical College of Food and Processing Industry",
        ),
        ("a graduate of Zolotoverkh Medical College of Nursing", "Zolotoverkh Medical College of Nursing"),
        (
            "Kedrivka general secondary school of the I-III levels No. 2 was his school.",
            "Kedrivka general secondary school of the I-III levels No. 2",
        ),
        ("The certificate came from the Zolotoverkh starosta district.", "Zolotoverkh starosta district"),
        (
            "He was stopped by officers of the Kedrove City Territorial Centre of Recruitment and Social Support.",
            "Kedrove City Territorial Centre of Recruitment and Social Support",
        ),
        ("Taken to the Zolotoverkh district TCR and SS in a van.", "Zolotoverkh district TCR and SS"),
        ("A fitter at the Kedrove pipe and fittings plant since 2001.", "Kedrove pipe and fittings plant"),
        ("Welder at Zolotoverkh Heavy Crane Building Plant", "Zolotoverkh Heavy Crane Building Plant"),
        ("He waits for trial in SIZO-2 of Kedrogorsk.", "SIZO-2 of Kedrogorsk"),
        (
            "Laid to rest in the Heroes' Alley of the Kedrivka town cemetery.",
            "Heroes' Alley of the Kedrivka town cemetery",
        ),
        ("He lies at the Avenue of Glory at Zolotoverkh Cemetery.", "Avenue of Glory at Zolotoverkh Cemetery"),
        ("Buried on the Alley of Heroes in Kedrivka on Friday.", "Alley of Heroes in Kedrivka"),
        ("She was brought up in Orphanage No. 12 in Kedrogorsk.", "Orphanage No. 12 in Kedrogorsk"),
        ("He spent his childhood in the Kedrivka children's home.", "Kedrivka children's home"),
    ],
)
def test_institutions(text: str, span: str) -> None:
    found = _spans(_ORG, "ORGANIZATION", text)
    assert span in found, (text, found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The College of Europe and the Academy of Sciences of Ukraine signed it.", "College"),
        ("He went to the Alley of Heroes every Sunday.", "Alley"),
        ("Penal colony IK-7 in Karelia released him.", "Karelia"),
        ("Kedrove Maritime College of Fishing\nEmployment: deckhand", "Employment"),
        ("Nobody from the recruitment centre came.", "recruitment"),
    ],
)
def test_institution_traps(text: str, word: str) -> None:
    assert not any(word in s for s in _spans(_ORG, "ORGANIZATION", text)), text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("IN MEMORY: OKSANA PETRIVNA KEDRENKO (1990-2024)", "OKSANA PETRIVNA KEDRENKO"),
        ("List: KEDRENKO TARAS MYKOLAYOVYCH, private", "KEDRENKO TARAS MYKOLAYOVYCH"),
        ("Name: ZOLOTAREV IGOR SERGEYEVICH", "ZOLOTAREV IGOR SERGEYEVICH"),
    ],
)
def test_names_in_capitals(text: str, span: str) -> None:
    assert span in _spans(_PATRONYMIC, "PERSON", text)


def test_capitals_without_a_patronymic_are_no_name() -> None:
    assert not _spans(_PATRONYMIC, "PERSON", "BREAKING NEWS FROM THE FRONT LINE TODAY")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The commander, Captain K. (call sign Kedr), gave the order.", "K."),
        ("According to the court, the serviceman O. M. left his unit.", "O. M."),
        ("Sgt. Zh. refused to testify.", "Zh."),
    ],
)
def test_initial_after_a_title(text: str, span: str) -> None:
    assert span in _spans(_INITIALS, "PERSON", text)


@pytest.mark.parametrize("text", ["The victim I. said nothing.", "He moved to the U.S. in 2010."])
def test_initial_traps(text: str) -> None:
    assert not _spans(_INITIALS, "PERSON", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kedrenko, born in the late 1970s, worked as a driver.", "late 1970s"),
        ("She was born in the early '90s near Kedrivka.", "early '90s"),
        ("Born in the eighties, he remembered the old army.", "eighties"),
        ("He was born in the 80s.", "80s"),
    ],
)
def test_decade_of_birth(text: str, span: str) -> None:
    assert span in _spans(_DOB, "DATE_OF_BIRTH", text)


@pytest.mark.parametrize(
    "text",
    [
        "She worked there through the 1990s and the 2000s.",  # no birth cue
        "The baby was born 30s after midnight.",  # seconds, not a decade
    ],
)
def test_decade_traps(text: str) -> None:
    assert not _spans(_DOB, "DATE_OF_BIRTH", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("mid-1990s", "the 1990s"), ("late '80s", "the 1980s"), ("nineties", "the 1990s"), ("1994", "1994")],
)
def test_decade_generalizes_to_a_decade_never_a_year(text: str, expected: str) -> None:
    assert generalize("DATE_OF_BIRTH", text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SIZO-2 of Kedrogorsk", "a detention centre"),
        ("the Kedrove pre-trial detention centre", "a detention centre"),
        ("FKU IK-4", "a penal colony"),
        ("Zolotoverkh district TCR and SS", "an enlistment office"),
        ("Kedrove TCC", "an enlistment office"),
        ("Kedrivka starosta district", "a local council"),
        ("Orphanage No. 12 in Kedrogorsk", "an orphanage"),
        ("Kedrivka children's home", "an orphanage"),
    ],
)
def test_new_institutions_generalize_to_their_kind(text: str, expected: str) -> None:
    assert generalize("ORGANIZATION", text, "en") == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the compact marker directly before the date is inside its finding (the corpus convention)
        ("Born Sept. 14, 1989, he grew up in Kedrivka.", "Born Sept. 14, 1989"),
        ("She was born on 2 Feb. 1995 in a village.", "2 Feb. 1995"),
        ("He was born in Oct. 1992.", "Oct. 1992"),
    ],
)
def test_abbreviated_month_with_a_full_stop(text: str, span: str) -> None:
    assert span in _spans(_DOB, "DATE_OF_BIRTH", text)


def test_a_death_date_with_an_abbreviated_month_is_no_birth() -> None:
    assert not _spans(_DOB, "DATE_OF_BIRTH", "He was killed Aug. 3, 2023, near the river.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He taught at Lyceum No. 9 named after Ivan Kedrenko until 2020.", "Lyceum No. 9 named after Ivan Kedrenko"),
        (
            "She died in the Kedrove city hospital named after O. P. Kedrenko last week.",
            "Kedrove city hospital named after O. P. Kedrenko",
        ),
        ("He sang in the choir of the Zolotoverkh parish for years.", "Zolotoverkh parish"),
    ],
)
def test_institution_named_after_and_parish(text: str, span: str) -> None:
    assert span in _spans(_ORG, "ORGANIZATION", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [("He led Platoon 2 of the assault company.", "Platoon 2"), ("Battery 4 fired first.", "Battery 4")],
)
def test_unit_noun_and_number(text: str, span: str) -> None:
    assert span in _spans(_UNIT, "MILITARY_UNIT", text)


def test_a_lower_case_count_is_no_unit() -> None:
    assert not _spans(_UNIT, "MILITARY_UNIT", "The company 3 times refused to pay.")


def test_a_garrison_military_court_names_the_garrison() -> None:
    text = "A deserter was jailed by the Kedrogorsk Garrison Military Court on Monday."
    assert "Kedrogorsk Garrison Military Court" in _spans(_ORG, "ORGANIZATION", text)
    assert generalize("ORGANIZATION", "Kedrogorsk Garrison Military Court", "en") == "a garrison military court"


def test_a_national_or_district_court_is_left_to_the_register() -> None:
    text = "The Southern District Military Court and the Kedrove District Court heard it."
    assert not _spans(_ORG, "ORGANIZATION", text)


# --- release 14: birth dates in list fields, life spans by month, the birthday after the year ---------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a whole date in any written form after a name of two or three words, as lists and tables give it
        ("Taras Kedrenko, 5 December 1991, Zolotoverkh, grenadier", "5 December 1991"),
        ("Kedrenko Taras Ivanovych, 1991-12-05, Zolotoverkh", "1991-12-05"),
        ("Lysyuk Ostap, Dec 5, 1991, private", "Dec 5, 1991"),
        ("| Lysyuk Ostap Petrovych | 05/12/1990 | Kedrivka |", "05/12/1990"),
        # a year alone in a table cell or a semicolon-separated field
        ("| Lysyuk Ostap Petrovych | 1990 | Kedrivka | 155th brigade |", "1990"),
        ("Lysyuk Ostap Petrovych; 1987; Kedrivka; senior soldier", "1987"),
        # a date in brackets after the name; a life span given by its months
        ("Private Ostap Lysyuk (5 December 1991) was buried on Friday.", "5 December 1991"),
        ("Ostap Lysyuk (March 1989 – July 2024)", "March 1989"),
        # the genealogists' star
        ("Ostap Lysyuk (*1989) fought near the river.", "1989"),
        # the birthday said after the year of birth, English order
        ("— Lysyuk Ostap Petrovych, born in '93, August 14.", "August 14"),
        ("Ostap Lysyuk, b. 1990, 3 March, Kedrivka", "3 March"),
        ("Ostap Lysyuk, 1990 g.r., 3 March, Kedrivka", "3 March"),
        # a record's field label and the year's English tail
        ("Ostap Lysyuk. Birth: 1988. Death: 2024.", "1988"),
        ("Lysyuk Ostap, 1988 birth year, Kedrivka", "1988 birth year"),
    ],
)
def test_birth_dates_in_list_fields(text: str, span: str) -> None:
    assert span in _spans(_DOB, "DATE_OF_BIRTH", text), (text, _spans(_DOB, "DATE_OF_BIRTH", text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kyiv, 24 February 2022, the invasion began.", "2022"),  # a dateline: no name, a war year
        ("Ostap Lysyuk, 24 February 2022, Kedrivka", "2022"),  # a year no soldier was born in
        ("Battle of Ilovaisk (August 2014 – September 2014)", "2014"),  # a battle's span, not a life
        ("The Kyiv Post (12.05.99) reported it first.", "12.05.99"),  # a short year after a title
        ("He was born in 1990, 3 March 2022 he was mobilised.", "3 March"),  # the day has its own year
        ("The birth of the republic in 1991 was celebrated.", "1991"),  # "birth" without a field's colon
    ],
)
def test_birth_date_field_traps(text: str, date: str) -> None:
    found = _spans(_DOB, "DATE_OF_BIRTH", text)
    assert not [f for f in found if date in f], (text, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # abbreviations of English orders of battle
        ("He was in the 1st Bn., 155th Bde. until May.", "155th Bde"),
        ("a gunner of the 5th Regt since the spring", "5th Regt"),
        # a mobilised regiment's four digits before a transliterated abbreviation
        ("He was sent to 1439 MSP in October.", "1439 MSP"),
        ("He deserted from the 1009th MSP.", "1009th MSP"),
        # "military unit" by its capitals
        ("The notice names MU 71718 as his unit.", "MU 71718"),
        ("He was transferred to MU A4321.", "MU A4321"),
        # a regiment or brigade by the number a translated list puts after the noun
        ("Kedrov Ilya, contract, motor rifle regiment 1487 — k. 03.2024", "motor rifle regiment 1487"),
        ("He joined a separate brigade 59 in Kedrivka.", "separate brigade 59"),
        # the soldier's own words for his unit, quoted by a retelling
        ('He says his unit, which he calls "the seventeenth", was sent in.', "seventeenth"),
        ('He serves in what he calls "the three hundred and twelfth". His wife asks.', "three hundred and twelfth"),
        ('His unit — "the hundred and forty-sixth, second battalion" — holds the line.', "hundred and forty-sixth"),
        ("We're in the hundred and forty-sixth now.", "hundred and forty-sixth"),
    ],
)
def test_unit_abbreviations_and_quoted_ordinals(text: str, span: str) -> None:
    assert span in _spans(_UNIT, "MILITARY_UNIT", text), (text, _spans(_UNIT, "MILITARY_UNIT", text))


@pytest.mark.parametrize(
    "text",
    [
        "The tank battalion 2022 rotation ended in May.",  # a year after the noun
        "The assault company 120 men strong entered the village.",  # a count of men
        'She calls "the first" her favourite film.',  # no unit near
        'His friends called "the third" a cursed bridge.',  # a low ordinal, no unit near
        "MU students marched on Friday.",  # the capitals without a number
    ],
)
def test_unit_abbreviation_traps(text: str) -> None:
    assert not _spans(_UNIT, "MILITARY_UNIT", text), (text, _spans(_UNIT, "MILITARY_UNIT", text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the unit's kind before its number, past a comma: the same unit
        ("In May he was assigned to the Arctic motor rifle brigade, v/ch 07331.", "Arctic motor rifle brigade"),
        ("He served in a motorised rifle regiment, military unit 12344, near the border.", "motorised rifle regiment"),
        # a field label that names the number before its colon
        ("He wrote me the new field post number: V2781", "V2781"),
        # a patron with a ruler's epithet after its article
        (
            "a gunner of the 2nd battalion of the 33rd separate brigade named after Prince Roman the Great",
            "2nd battalion of the 33rd separate brigade named after Prince Roman the Great",
        ),
        (
            "He served in the 7th brigade named after Yaroslav the Wise the whole war.",
            "7th brigade named after Yaroslav the Wise",
        ),
    ],
)
def test_unit_kind_before_its_number_and_labelled_numbers(text: str, span: str) -> None:
    assert span in _spans(_UNIT, "MILITARY_UNIT", text), (text, _spans(_UNIT, "MILITARY_UNIT", text))


def test_unit_kind_alone_stays_plain() -> None:
    # no number after it: a kind of unit, not one unit
    assert not _spans(_UNIT, "MILITARY_UNIT", "A motor rifle brigade, they said, was coming.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a street named after a man, written as the genitive of a city's name (улица Кирова)
        ("Go to the social protection office on Kirova, take the paper.", "social protection office on Kirova"),
        ("She works at the pharmacy on Kirova in the centre.", "pharmacy on Kirova"),
    ],
)
def test_institution_on_a_street_named_in_the_genitive(text: str, span: str) -> None:
    assert span in _spans(_ORG, "ORGANIZATION", text), (text, _spans(_ORG, "ORGANIZATION", text))


def test_a_city_itself_is_no_street() -> None:
    assert not [s for s in _spans(_ORG, "ORGANIZATION", "They shelled the plant on Moskva yesterday.") if "on" in s]
