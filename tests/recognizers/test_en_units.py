"""English unit designations as releases, obituaries and translations write them.

- units named in several words, a bare unit number before a clause, a unit's quoted name after its ordinal and a
  lower-case company letter, unit numbers and handles spelt the translator's way, sub-units of numbered and named
  units ("of military unit 1234", "m/u 12345"), unit numbers read digit group by digit group ("the one-fifty-fifth"),
  a unit number with its designation, short forms, four-digit numbers before a singular noun, an ordinal in
  apposition;
- traps: fractions, years and counts before a unit noun, apostrophes that are no quotes, a join of things that are
  no units.

Every private number is invented; real units are public.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.social_handle import SocialHandleRecognizer
from tests.assertions import surfaces

_UNIT = MilitaryUnitRecognizer("en")


_HANDLE = SocialHandleRecognizer("en")


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


UNIT = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def units() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He had fought with the Sokil Chornyi Lis battalion since spring.", "Sokil Chornyi Lis battalion"),
        ("Volunteers of the Ivan Bohun Regiment carried the coffin.", "Ivan Bohun Regiment"),
        ("He joined the Zhuravli international brigade in 2023.", "Zhuravli international brigade"),
        ("He was a pilot in the Yastrub strike drone battalion.", "Yastrub strike drone battalion"),
        ("Both served in the Berkut-2 assault detachment.", "Berkut-2 assault detachment"),
    ],
)
def test_units_named_in_several_words(text: str, span: str) -> None:
    assert span in surfaces(_UNIT, text, "MILITARY_UNIT"), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff said the Ukrainian Marine brigade held the line.",  # a nation and an arm
        "Officers of the Interior Ministry battalion were questioned.",  # a state body
        "He was sent to the Kharkiv Oblast brigade headquarters.",  # a region
        "In the National Guard brigade they speak Ukrainian.",
        "Reuters said the New York battalion was a fiction.",
    ],
)
def test_units_named_traps(text: str) -> None:
    found = surfaces(_UNIT, text, "MILITARY_UNIT")
    assert not any(" " in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kovtun served in the 810th until his capture in 2023.", "810th"),
        ("The men served in the 1434th and were captured together near the river.", "1434th"),
        ("He was transferred to the 58th before the offensive.", "58th"),
    ],
)
def test_bare_unit_before_a_clause(text: str, span: str) -> None:
    assert span in surfaces(_UNIT, text, "MILITARY_UNIT"), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    "text",
    [
        "He finished the 3rd for the team in the brigade relay.",  # one digit: a place in a race
        "He was the 4th when they stormed the assault course.",
        "It was the 15th time the unit had moved.",
    ],
)
def test_bare_unit_traps(text: str) -> None:
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == [], text


@pytest.mark.parametrize(
    ("text", "span", "entity", "rec"),
    [
        ("He was listed in in/ch 40721 as a driver.", "in/ch 40721", "MILITARY_UNIT", _UNIT),
        ("The parcel went to v.ch. 61803-2 in spring.", "v.ch. 61803-2", "MILITARY_UNIT", _UNIT),
        ("He posted photos on VK as id58203311 until May.", "id58203311", "SOCIAL_HANDLE", _HANDLE),
    ],
)
def test_translators_spellings(text: str, span: str, entity: str, rec: object) -> None:
    assert span in surfaces(rec, text, entity), (text, surfaces(rec, text, entity))


def test_translators_spellings_traps() -> None:
    assert surfaces(_HANDLE, "He wrote on Telegram as well as on VK.", "SOCIAL_HANDLE") == []
    assert surfaces(_UNIT, "He checked in/out at 12345 Main Road.", "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('He served in the 93rd "Kholodnyi Yar" brigade until May.', '93rd "Kholodnyi Yar" brigade'),
        ("The 24th «Berdychiv» regiment lost two men.", "24th «Berdychiv» regiment"),
        ("He served in military unit a0224 as a driver.", "military unit a0224"),  # the letter in lower case
    ],
)
def test_unit_quoted_name_and_lower_letter(text: str, span: str) -> None:
    assert span in surfaces(_UNIT, text, "MILITARY_UNIT"), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


def test_unit_lower_letter_trap() -> None:
    assert surfaces(_UNIT, "He joined the unit, a 2022 recruit from the village.", "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "He served in the mobile commandant's office of the 12th border detachment until May.",
            "mobile commandant's office of the 12th border detachment",
        ),
        (
            "The court found that the sapper company of military unit 40417 abandoned its post.",
            "sapper company of military unit 40417",
        ),
        ("Unit: 2nd battalion, m/u 71509, call sign not known.", "m/u 71509"),
        (
            "She says he was in the 2nd assault battalion of the 'Kedr' brigade.",
            "2nd assault battalion of the 'Kedr' brigade",
        ),
        (
            'A drone operator of the recon platoon of the "Sever" brigade, he was 24.',
            'recon platoon of the "Sever" brigade',
        ),
    ],
)
def test_sub_unit_chains_found(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


def test_single_quoted_name_keeps_the_noun_plain() -> None:
    text = "He volunteered for the 'Taiga' battalion in spring."
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == ["'Taiga'"]


def test_apostrophes_are_not_quotes() -> None:
    text = "It was the men's battalion's best day, the captain's brigade said."
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They moved the battalion and put us with the three-twenty-first.", "three-twenty-first"),
        ("He fought in the one fifty-fifth brigade near Vuhledar.", "one fifty-fifth brigade"),
        ("Which regiment? We were sent to the two-fortieth, then back.", "two-fortieth"),
    ],
)
def test_digitwise_spelled_ordinals_found(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    [
        "One fifth of the battalion was lost in a week.",  # a fraction
        "He came two-thirds of the way with the brigade.",
    ],
)
def test_fractions_not_units(text: str) -> None:
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Charges were brought against a driver of military unit 52017 of the 25th separate motorized rifle brigade",
            "military unit 52017 of the 25th separate motorized rifle brigade",
        ),
        (
            "A gunner of the 3rd battery of military unit 61304 of the 150th division was named.",
            "3rd battery of military unit 61304 of the 150th division",
        ),
        ("He ran the materiel support company of the 27th brigade.", "materiel support company of the 27th brigade"),
    ],
)
def test_unit_number_with_its_designation(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A medic of the 128th's assault company was evacuated.", "128th's assault company"),
        ("He was transferred to the 47th Mechanized after the summer.", "47th Mechanized"),
    ],
)
def test_unit_short_forms(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Her son was in the 1194 regiment until November.", "1194 regiment"),
        ("They sent him to the 1439 motor rifle regiment.", "1439 motor rifle regiment"),
    ],
)
def test_four_digit_unit_numbers_before_a_singular_noun(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), surfaces(_UNIT, text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    [
        "Veterans met at the 1995 regiment reunion.",  # a year
        "The volunteers sewed 1500 brigade patches.",  # a count before a noun used as a modifier
    ],
)
def test_years_and_counts_before_unit_nouns(text: str) -> None:
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a numbered sub-unit and the unit it belongs to, named or unnumbered, are one designation
        ("He commanded the 2nd company of the Batyr battalion until May.", "2nd company of the Batyr battalion"),
        (
            "He served in the 3rd platoon of the Kastus Kalinouski regiment.",
            "3rd platoon of the Kastus Kalinouski regiment",
        ),
        (
            "The 2nd battery of the rocket artillery battalion of the 36th brigade was hit.",
            "2nd battery of the rocket artillery battalion of the 36th brigade",
        ),
        (
            "A gunner of the first company of the Alga battalion, he was captured.",
            "first company of the Alga battalion",
        ),
        # a quoted name of several words or with a number, and what the unit does before its noun
        ('He joined the "Bars-13" volunteer detachment in 2023.', '"Bars-13" volunteer detachment'),
        ("They belonged to the «Veterany» assault detachment.", "«Veterany» assault detachment"),
        ("He fought with the “Kholodny Yar” battalion near Bakhmut.", "“Kholodny Yar” battalion"),
        ("He joined the Kedr special forces detachment in 2023.", "Kedr special forces detachment"),
        # an honorary name in quotes after a numbered unit's noun
        (
            'He served in the 14th Separate Mechanized Brigade "Kedr" since 2023.',
            '14th Separate Mechanized Brigade "Kedr"',
        ),
        ("He is in the 12th mobile border detachment «Lis».", "12th mobile border detachment «Lis»"),
        ("He fought in the «Dnipro-1» regiment of the National Guard.", "«Dnipro-1» regiment of the National Guard"),
        # a hyphenated honorific name inside the designation, and a region's territorial defence after it
        (
            "He served in the 74th Separate Guards Motor Rifle Zvenigorod-Berlin Brigade.",
            "74th Separate Guards Motor Rifle Zvenigorod-Berlin Brigade",
        ),
        (
            "He was in the 68th separate battalion of the Zakarpattia TDF.",
            "68th separate battalion of the Zakarpattia TDF",
        ),
        (
            "a rifleman of the 5th battalion of the Kyiv Oblast Territorial Defense Forces",
            "5th battalion of the Kyiv Oblast Territorial Defense Forces",
        ),
    ],
)
def test_unit_forms(units: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert surface in surfaces(units, text, UNIT, min_score=0.35)


@pytest.mark.parametrize(
    ("text", "not_joined"),
    [
        # a count of sub-units is not a numbered one: the count stays out
        ("Two companies of the 155th brigade were moved.", "Two companies of the 155th brigade"),
        # "of the" after a numbered unit joins only a unit that starts right there
        ("The 3rd battalion of the war's first months is gone.", "3rd battalion of the war"),
    ],
)
def test_unit_joins_only_units(units: MilitaryUnitRecognizer, text: str, not_joined: str) -> None:
    assert not any(not_joined in s for s in surfaces(units, text, UNIT, min_score=0.35))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a bare ordinal in apposition to a designation: the unit's number said again or corrected
        ("— Which unit?\n— Military unit 12345, the twenty-fifth… no, the other one.", "twenty-fifth"),
        ("He served in military unit 54321 (the 38th) near Kupiansk.", "38th"),
    ],
)
def test_ordinal_in_apposition(units: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert surface in surfaces(units, text, UNIT, min_score=0.35)


def test_ordinal_in_apposition_ends_its_phrase(units: MilitaryUnitRecognizer) -> None:
    text = "He was in the 3rd company, the first to go in."
    assert "first" not in " ".join(surfaces(units, text, UNIT, min_score=0.35))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the honorary name after a Ukrainian abbreviation in Latin letters, the GRU's kind in brackets
        ('He served in 3 OShBr, then 28 OMBr "Lytsari".', '28 OMBr "Lytsari"'),
        ("He served in the 22nd Separate Special Purpose Brigade (GRU) before his capture.", "(GRU)"),
    ],
)
def test_names_and_kinds_after_a_designation(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span)


def test_a_quoted_word_in_the_next_sentence_is_no_name() -> None:
    text = 'He served in 47 OMBr. "Magura" is its name.'
    assert "47 OMBr" in surfaces(_UNIT, text, "MILITARY_UNIT")
    assert not _covered(_UNIT, "MILITARY_UNIT", text, "Magura")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # what a unit's men say and do after its bare ordinal, a unit word near
        ("(S): Guys from the 58th say they shot them near the trench.", "58th"),
        ("(S): The 93rd told us to wait for the storm group.", "93rd"),
    ],
)
def test_a_bare_ordinal_before_what_its_men_do(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span)


def test_a_unit_numbers_letter_in_translation() -> None:
    text = "Letters go to military unit No. 06521-Zh, Severomorsk."
    assert _covered(_UNIT, "MILITARY_UNIT", text, "military unit No. 06521-Zh")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a place or a name, what the unit does in any case, its noun: after any word, a possessive, a quote, a
        # bracket, or opening a speaker's sentence
        ("SOLDIER: We're in the woods. Our Tobolsk battalion is all here.", "Tobolsk battalion"),
        ("W: Is the whole Ostrogozhsk division there? S: Yes.", "Ostrogozhsk division"),
        ("S: Kalach division is here too, near the river.", "Kalach division"),  # after a speaker's label
        ("Later they moved him to the Verkhoturye unit.", "Verkhoturye unit"),
        ("Udmurtia's Izhevsk volunteer battalion lost nine men in May.", "Izhevsk volunteer battalion"),
        ("a lance corporal of the Izmail Border Detachment of the border service", "Izmail Border Detachment"),
        ('a platoon leader of military unit A4417 ("Lutsk air defence regiment")', "Lutsk air defence regiment"),
        ("He trained with the Vinnytsia anti-aircraft missile regiment.", "Vinnytsia anti-aircraft missile regiment"),
        ("Both were in the Kineshma battalion's second company.", "Kineshma battalion's second company"),
    ],
)
def test_a_unit_named_by_a_place_or_name_and_its_arm(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    "text",
    [
        "Soldier Joins Brigade",  # a headline's title case
        "Since March brigade commanders have asked for shells.",  # a month
        "The Interior Ministry said on Monday battalion commanders had met.",
        "He was sent to the Kharkiv Oblast brigade headquarters.",
        "A Kyiv-based brigade-level unit was mentioned.",
    ],
)
def test_a_month_a_body_or_a_headline_names_no_unit(text: str) -> None:
    found = surfaces(_UNIT, text, "MILITARY_UNIT")
    assert not any(" " in f or f[:1].isupper() for f in found), (text, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("a driver of the A2916 military unit, he was buried on Friday", "A2916 military unit"),
        ("He served in the 40417 military unit near Pskov.", "40417 military unit"),
        ("Letters reached the V0824 unit only in March.", "V0824 unit"),
    ],
)
def test_a_unit_number_before_its_noun(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    "text",
    [
        "The plant shipped 12000 units in 2023.",  # a round count, plural
        "The 2024 unit price rose.",  # a year
        "Order 12345 units of cable.",
    ],
)
def test_a_count_before_unit_is_no_unit_number(text: str) -> None:
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == [], text


def test_a_sentences_first_word_opens_no_named_unit() -> None:
    text = "It rained. Later volunteer battalion commanders arrived."
    assert not _covered(_UNIT, "MILITARY_UNIT", text, "Later")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a spelled ordinal as the subject of where the unit is or what is done to it, its noun understood
        ("SOLDIER: The two hundredth is next to us, by the river.", "two hundredth"),
        ("S: The sixty-third is getting hammered near the bridge.", "sixty-third"),
        ("S: Our fifty-second was being pulled back.", "fifty-second"),
        # a named battalion by its men, as a soldier says it
        ("S: The Kaskad guys are all gone.", "Kaskad"),
        ("S: Our Sparta boys went in first.", "Sparta"),
    ],
)
def test_a_unit_said_by_its_ordinal_or_its_men(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    "text",
    [
        "It was the two hundredth anniversary of the town.",
        "The fiftieth is here, said the host of the quiz.",  # below forty-one and round: a count
        "The storm guys came to fix the roof.",  # the weather, in lower case
        "The twenty-first is here already.",  # a day of the month
    ],
)
def test_an_anniversary_a_day_or_the_weather_is_no_unit(text: str) -> None:
    assert surfaces(_UNIT, text, "MILITARY_UNIT") == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the service or force by its abbreviation between the ordinal and the noun, and after "of the"
        ("A soldier of the 2nd operational battalion of the 17th NGU brigade went missing.", "17th NGU brigade"),
        ("Hlib, 1994, 1st battalion of the 4th operational brigade of the NGU, a driver before the war.", "of the NGU"),
        ('He fought with the 11th BARS detachment "Stanichnik" until May.', '11th BARS detachment "Stanichnik"'),
        ("A fighter of the 3rd SSO regiment, call sign Lis.", "3rd SSO regiment"),
        ("He was drafted into the 45th VDV brigade.", "45th VDV brigade"),
        # an abbreviation glued to its number, as hashtags write it
        ("#Buchach #missing #25OShB", "25OShB"),
        # the army's unit number as Reuters and others write it
        ("one soldier from army unit no. 40777 said the men were meat", "army unit no. 40777"),
        # an arm before a named sub-unit, and a lower-case designation by its number
        ('He served in assault company "Storm-14" of the regiment.', 'assault company "Storm-14"'),
        ("(R): They moved me to assault detachment 6, it is hell.", "assault detachment 6"),
        # a quoted name before the noun of any unit: the name
        ('(R): I\'m in the "Veterany-2" unit now.', '"Veterany-2"'),
        ("He led the 'Pugach' platoon for a year.", "'Pugach'"),
    ],
)
def test_abbreviations_arms_and_quoted_names_of_units(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("(R): the assault group 12 men went forward at night", "12 men"),  # a count after the number
        ("We had 3 tanks in the tank company 2 days ago.", "2 days"),
        ('He said "Come here" and the company left.', "Come here"),  # a quote before a noun it does not name
        # a police or rescue service's own team is public
        ('Civilians left with the help of the National Police "Silver Owls" unit.', "Silver Owls"),
        ("The 2nd US Army report and the CNN platoon of reporters", "CNN"),  # a network's abbreviation, no ordinal
    ],
)
def test_counts_and_quotes_before_a_unit_noun_are_no_unit(text: str, word: str) -> None:
    assert not _covered(_UNIT, "MILITARY_UNIT", text, word), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # one arm in lower case with the noun understood, the clause ending or going on with an adverb
        ("(R): We're in the 61st motorized now, mum.", "61st motorized"),
        # the republic a unit belongs to after it
        ("(R): He is in the 137th brigade of the DPR.", "137th brigade of the DPR"),
        # a soldier dictating his unit: the noun, then its number as words
        ("(R): Company four, battalion two, regiment one-four-seven-seven.", "regiment one-four-seven-seven"),
        ("(R): Company four, battalion two, regiment one-four-seven-seven.", "Company four"),
        # the number read out with its last digit an ordinal
        ("(R): the one-four-seven-seventh regiment, write it.", "one-four-seven-seventh regiment"),
        # a company and its ordinal in apposition
        ("(R): My Storm company, the sixth, is all 200s.", "sixth"),
    ],
)
def test_a_unit_as_a_soldier_dictates_it(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He left the company three years ago.", "three"),  # a count of years after the noun
        ("They repelled the 2nd assault.", "2nd"),  # an attack, no unit
        ("We lost the 3rd tank.", "3rd"),  # a vehicle
    ],
)
def test_a_count_an_attack_or_a_vehicle_is_no_dictated_unit(text: str, word: str) -> None:
    assert not _covered(_UNIT, "MILITARY_UNIT", text, word), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an ordinal and the unit's honorary name, its noun understood, unit words near
        ('He served in the 44th "Taihun" until his death.', '44th "Taihun"'),
        # an ordinal named after its patron
        ("A soldier of the 72nd named after the Black Zaporozhians, he died in May.", "72nd named after the Black"),
    ],
)
def test_an_ordinal_and_its_honorary_name(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('He served. He was the 3rd "Hero of Ukraine" from the town.', "Hero"),  # an award, a lower-case word in it
        ("The town was named after the 5th named after nothing.", "5th named"),  # no patron after it
    ],
)
def test_an_award_or_a_lower_case_patron_is_no_unit_name(text: str, word: str) -> None:
    assert not _covered(_UNIT, "MILITARY_UNIT", text, word), (text, surfaces(_UNIT, text, "MILITARY_UNIT"))
