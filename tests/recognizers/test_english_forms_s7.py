"""English record forms of session 7 (issue 15), one grammar each, read on real English pages first.

Shapes: police and security units named by a quoted name or their region (Rosgvardia OMON/SOBR, special-purpose
units), border detachments and outposts named by their town, sub-units that are a post or office of a numbered unit
or belong to a military unit by number ("of military unit 1234", "m/u 12345"), unit numbers read digit group by digit
group ("the one-fifty-fifth"), names in single quotes before a unit noun, Russian court-case UIDs with no cue, places
of worship and mines named with a number between name and noun, a penal colony with its regional board. Every private
name, number and place here is invented; each positive is a shape of its own, each trap is what a looser rule would
withhold.
"""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.location_pattern import LocationPatternRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.municipal_en import EnglishMunicipalRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from redact.recognizers.patronymic import PatronymicRecognizer
from redact.recognizers.slug_name import SlugNameRecognizer
from redact.recognizers.social_handle import SocialHandleRecognizer
from redact.recognizers.surname import SurnameRecognizer

_UNIT = MilitaryUnitRecognizer("en")
_ORG = EnglishOrganizationRecognizer("en")
_ID = IdNumberRecognizer("en")


def _spans(rec: object, entity: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity])]  # type: ignore[attr-defined]


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


# --- police and security units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('Lieutenant Savin of the SOBR "Yastreb" was buried on Friday.', 'SOBR "Yastreb"'),
        ("Sergeant Elkin, Rosgvardiya OMON 'Zubr', died near Kreminna.", "Rosgvardiya OMON 'Zubr'"),
        ('He later joined the FSB special purpose center "Vympel-7" as a driver.', 'special purpose center "Vympel-7"'),
        ("Nine men of the Tomsk OMON were wounded in the strike.", "Tomsk OMON"),
        ("Before the war he served in OMON of the Penza region for six years.", "OMON of the Penza region"),
        ("He transferred to the Lutsk border detachment in 2020.", "Lutsk border detachment"),
        ("Conscript Ilyin served at border outpost Sosnovy Dol when it was shelled.", "border outpost Sosnovy Dol"),
        ("Their son was posted to the Zarechye border outpost after training.", "Zarechye border outpost"),
        # the region's directorate of the service (session 8)
        (
            "Sergeant Kurochkin of the SOBR 'Rys' of the Rosgvardia directorate for Kedrovsk Oblast was charged.",
            "SOBR 'Rys' of the Rosgvardia directorate for Kedrovsk Oblast",
        ),
        (
            "Until 2020 she served in the OMON of the Russian Guard Department in the Republic of Kedria.",
            "OMON of the Russian Guard Department in the Republic of Kedria",
        ),
        (
            'He joined the special purpose police unit "Bars" of the MVD directorate for Sosnovsk region in 2015.',
            'special purpose police unit "Bars" of the MVD directorate for Sosnovsk region',
        ),
    ],
)
def test_security_units_found(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russian OMON officers detained the protesters outside the court.", "OMON"),  # the force, no unit named
        ("The OMON is the riot police of the National Guard.", "OMON"),
        ("The border post was shelled twice that night.", "border post"),  # no name after the post
        ("A special purpose unit was sent to the village.", "special purpose unit"),  # no name, no region
        # the directorate alone, without a unit of it, is the service's office
        ("Officers of the Rosgvardia directorate for Kedrovsk Oblast detained them.", "Rosgvardia directorate"),
    ],
)
def test_security_force_words_alone_not_units(text: str, word: str) -> None:
    assert not _covered(_UNIT, "MILITARY_UNIT", text, word), _spans(_UNIT, "MILITARY_UNIT", text)


# --- sub-units of numbered and named units -------------------------------------------------------------------------


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
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


def test_single_quoted_name_keeps_the_noun_plain() -> None:
    text = "He volunteered for the 'Taiga' battalion in spring."
    assert _spans(_UNIT, "MILITARY_UNIT", text) == ["'Taiga'"]


def test_apostrophes_are_not_quotes() -> None:
    text = "It was the men's battalion's best day, the captain's brigade said."
    assert _spans(_UNIT, "MILITARY_UNIT", text) == []


# --- unit numbers read digit group by digit group ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They moved the battalion and put us with the three-twenty-first.", "three-twenty-first"),
        ("He fought in the one fifty-fifth brigade near Vuhledar.", "one fifty-fifth brigade"),
        ("Which regiment? We were sent to the two-fortieth, then back.", "two-fortieth"),
    ],
)
def test_digitwise_spelled_ordinals_found(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


@pytest.mark.parametrize(
    "text",
    [
        "One fifth of the battalion was lost in a week.",  # a fraction
        "He came two-thirds of the way with the brigade.",
    ],
)
def test_fractions_not_units(text: str) -> None:
    assert _spans(_UNIT, "MILITARY_UNIT", text) == []


# --- court case UID --------------------------------------------------------------------------------------------------


def test_case_uid_shape_without_cue() -> None:
    text = "The appeal (52GV0003-01-2023-000117-08) was dismissed in March."
    assert _spans(_ID, "ID_NUMBER", text) == ["52GV0003-01-2023-000117-08"]


def test_uid_like_product_code_not_found() -> None:
    text = "The part 52XX0003-01-2023-000117-08 ships in March."  # no court kind letters
    assert _spans(_ID, "ID_NUMBER", text) == []


# --- institutions -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prayers were read at the Aginsky datsan on the ninth day.", "Aginsky datsan"),
        ("Relatives gathered at the Tselinny khurul before the burial.", "Tselinny khurul"),
        (
            "He recruited from correctional colony IK-14 of the Tver UFSIN in 2023.",
            "correctional colony IK-14 of the Tver UFSIN",
        ),
        ("For twenty years he worked underground at the Krasnolimanska No. 7 mine.", "Krasnolimanska No. 7 mine"),
        ("She ran the canteen of the Stepova No. 2 colliery.", "Stepova No. 2 colliery"),
    ],
)
def test_institutions_found(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), _spans(_ORG, "ORGANIZATION", text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The team finished No. 3 overall and won the cup.", "No. 3"),
        ("Secondary School No. 10 gym on Lisova 3 was full.", "gym"),  # a school's number, then a plain noun
        ("He visited a datsan once, as a tourist.", "datsan"),  # the noun alone
    ],
)
def test_institution_traps(text: str, word: str) -> None:
    assert not _covered(_ORG, "ORGANIZATION", text, word), _spans(_ORG, "ORGANIZATION", text)


# --- list lines, hashtags, handles, heading places, jar links ---------------------------------------------------------


_PATRONYMIC = PatronymicRecognizer("en")
_SLUG = SlugNameRecognizer("en")
_HANDLE = SocialHandleRecognizer("en")
_MUNICIPAL = EnglishMunicipalRecognizer("en")
_LOCATION = LocationPatternRecognizer("en")


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
        ('His Instagram, "kolya_fpv_77", was closed after the raid.', "kolya_fpv_77"),
        ("Messages came from Vova_rus_23 every evening.", "Vova_rus_23"),
    ],
)
def test_underscored_handles_found(text: str, span: str) -> None:
    assert span in _spans(_HANDLE, "SOCIAL_HANDLE", text)


def test_underscore_traps() -> None:
    # an e-mail's local part (the e-mail recogniser's), a file name, a hashtag (the hashtag recognisers')
    text = "Write to kolya_fpv@mail.example or see photo IMG_2034.jpg and #pamiat_ivanenko."
    assert _spans(_HANDLE, "SOCIAL_HANDLE", text) == []


def test_capitals_heading_hromada_name_only() -> None:
    text = "MEMORIAL LIST OF THE SOSNIVKA RURAL HROMADA. KOVAL Petro."
    assert _spans(_MUNICIPAL, "LOCATION", text) == ["SOSNIVKA"]


def test_capitals_heading_people_not_places() -> None:
    assert _spans(_MUNICIPAL, "LOCATION", "THE GEORGIAN COMMUNITY OF KYIV MOURNS HIM.") == []


def test_tuvan_district_and_rural_unit() -> None:
    text = "He grew up in Kara-Khol sumon of the Bai-Taiga kozhuun."
    spans = _spans(_LOCATION, "LOCATION", text)
    assert "Kara-Khol sumon" in spans and "Bai-Taiga kozhuun" in spans


def test_jar_link_key() -> None:
    text = "Support his crew: https://send.monobank.ua/jar/9QpLm2Xc7T"
    assert _spans(_ID, "ID_NUMBER", text) == ["9QpLm2Xc7T"]


# --- unit numbers with their designation, employers in apposition, birth and token cues ---------------------------

_DOB = DateOfBirthRecognizer("en")


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
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Before the war he drove for Shyroka Doroha, a logistics company based in Uman.", "Shyroka Doroha"),
        ("She kept the books at Zolotyi Kolos, an agricultural firm.", "Zolotyi Kolos"),
    ],
)
def test_employer_in_apposition(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), _spans(_ORG, "ORGANIZATION", text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Serhii Panchenko, a company commander, was wounded.", "Serhii Panchenko"),  # a post, not a company
        ("Hnatiuk, a farm owner, lost his barn.", "Hnatiuk"),
        ("Oksana, a shop assistant, saw the strike.", "Oksana"),
    ],
)
def test_person_in_apposition_not_an_employer(text: str, word: str) -> None:
    assert not _covered(_ORG, "ORGANIZATION", text, word), _spans(_ORG, "ORGANIZATION", text)


def test_gave_birth_is_a_birth_cue() -> None:
    text = "His mother gave birth to him on 4 March 1992 in Uman."
    assert _spans(_DOB, "DATE_OF_BIRTH", text) == ["4 March 1992"]


def test_translit_series_letter_token() -> None:
    text = "Personal token: Shch-120394, found on the body."
    assert _spans(_ID, "ID_NUMBER", text) == ["Shch-120394"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A medic of the 128th's assault company was evacuated.", "128th's assault company"),
        ("He was transferred to the 47th Mechanized after the summer.", "47th Mechanized"),
    ],
)
def test_unit_short_forms(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Colleagues from the Kedrivka aluminium smelter carried the coffin.", "Kedrivka aluminium smelter"),
        ("He was a stoker at the Lisove boiler house for ten years.", "Lisove boiler house"),
    ],
)
def test_workplace_nouns(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), _spans(_ORG, "ORGANIZATION", text)


def test_workplace_noun_alone_not_an_institution() -> None:
    assert _spans(_ORG, "ORGANIZATION", "The smelter was shelled twice in May.") == []


def test_iban_with_a_valid_check() -> None:
    text = "Help the family: IBAN UA18 3052 9900 0002 6001 2345 67, recipient his mother."
    assert _spans(_ID, "ID_NUMBER", text) == ["UA18 3052 9900 0002 6001 2345 67"]


def test_iban_shape_failing_its_check_not_found() -> None:
    text = "Part number UA19 3052 9900 0002 6001 2345 67 is out of stock."
    assert _spans(_ID, "ID_NUMBER", text) == []


def test_id_card_number_after_no() -> None:
    text = "His ID card No. 004817263 was in the pocket."
    assert _spans(_ID, "ID_NUMBER", text) == ["004817263"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Her son was in the 1194 regiment until November.", "1194 regiment"),
        ("They sent him to the 1439 motor rifle regiment.", "1439 motor rifle regiment"),
    ],
)
def test_four_digit_unit_numbers_before_a_singular_noun(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span), _spans(_UNIT, "MILITARY_UNIT", text)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans met at the 1995 regiment reunion.",  # a year
        "The volunteers sewed 1500 brigade patches.",  # a count before a noun used as a modifier
    ],
)
def test_years_and_counts_before_unit_nouns(text: str) -> None:
    assert _spans(_UNIT, "MILITARY_UNIT", text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The parish of St. Barbara in Kedrivka prayed for him.", "parish of St. Barbara in Kedrivka"),
        ("The service was held in the church of the Holy Protection in Lisove.", "church of the Holy Protection"),
    ],
)
def test_lower_case_church_by_dedication(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), _spans(_ORG, "ORGANIZATION", text)


def test_lower_case_church_of_an_era_not_an_institution() -> None:
    assert _spans(_ORG, "ORGANIZATION", "The church of the Soviet era was turned into a club.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Parcels go to Pushkina 7-31, then on to the unit.", "Pushkina 7-31"),
        ("She still lives at Lesnaya 12/4.", "Lesnaya 12/4"),
    ],
)
def test_translit_street_with_house_and_flat(text: str, span: str) -> None:
    assert span in _spans(_LOCATION, "LOCATION", text)


def test_street_shape_needs_the_flat() -> None:
    assert _spans(_LOCATION, "LOCATION", "Anna 12 was the youngest in the class.") == []


def test_life_span_ending_a_sentence() -> None:
    text = "In memory of Taras Hnyda, 1986–2024. Rest in peace."
    assert _spans(_DOB, "DATE_OF_BIRTH", text) == ["1986"]


def test_life_span_needs_a_birth_before_the_war() -> None:
    # a span of war years after a comma is no life ("Operations, 2014–2022.")
    assert _spans(_DOB, "DATE_OF_BIRTH", "The unit fought in the east, 2014–2022.") == []


# --- register lines: any surname in capitals before a given name -----------------------------------------------------

_SURNAME = SurnameRecognizer("en")


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
