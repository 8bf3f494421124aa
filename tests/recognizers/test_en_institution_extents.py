"""English institutions found whole: the full designation of a translated name, a company named by one compound
word, and someone's own school, workplace or enlistment office said with only its town.

- a Soviet-style compound company name, its last stem the industry ("Uralvagonzavod", "Rostselmash", "Azovstal",
  "Yuganskneftegaz", "Uralasbest"): an ORGANIZATION, never a place or a person; a town of that shape stays a place;
- a possessive or a cue of being called up before an institution noun and "in <town>" ("my old school in X", "went
  to the enlistment office in X", "mobilised by the military commissariat in X"); not an event at an institution in a
  town ("set fire to the enlistment office in X", "a school in X was hit") and not a capital;
- the tails translations write: the city whose districts an office serves, the place after a legal form's quoted
  name, a national company's town branch; the body a police department reports to stays outside;
- the nouns of Russian records: a dispensary (диспансер), a cadet corps, a housing and utilities department (ЖКХ);
- the score of an office "of" its districts and of a town branch is above a place finding's (0.85), so the whole
  is typed ORGANIZATION when the two overlap.

Every private name, town and company is invented; the national companies and cities are real.
"""

from __future__ import annotations

import pytest

from redact.recognizers.organization_en import EnglishOrganizationRecognizer


@pytest.fixture(scope="module")
def orgs() -> EnglishOrganizationRecognizer:
    return EnglishOrganizationRecognizer(supported_language="en")


def _spans(rec: EnglishOrganizationRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He worked as a fitter at Kedrovmashzavod for twelve years.", "Kedrovmashzavod"),
        ("Before the war he was a welder at Uralvagonzavod.", "Uralvagonzavod"),
        ("According to Kedrneftegaz, the driver was not its employee.", "Kedrneftegaz"),
        ("He operated a crane at Kedrostal in Mariupol.", "Kedrostal"),
        ("My brother is still at Rostselmash, on the night shift.", "Rostselmash"),
        ("He was a chemist at Kedrovazot.", "Kedrovazot"),
        ("The miner from Kedrovuhillia was mobilised in 2023.", "Kedrovuhillia"),
        ("Thirty-one workers of Uralasbest were mobilised.", "Uralasbest"),
        ("He laid cable for Sibkabel and then for Kedrstroy.", "Kedrstroy"),
        ("Rosstat published the data on Monday.", "Rosstat"),  # a federal agency built the same way
        ("The case went to Rospotrebnadzor.", "Rospotrebnadzor"),
    ],
)
def test_compound_company_names(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He lived in Elektrostal and worked in Moscow.", "Elektrostal"),  # a town of the gazetteer
        ("The Prom team won the cup.", "Prom"),  # the stem alone
        ("Gas prices rose in the village.", "Gas"),
        ("Ivan Kostenko worked on the farm.", "Kostenko"),  # a surname without an industry stem
        ("They went to the kedrovmash plant.", "kedrovmash"),  # lower case is no name
    ],
)
def test_compound_traps(orgs: EnglishOrganizationRecognizer, text: str, word: str) -> None:
    assert not [s for s in _spans(orgs, text) if s == word]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mum, I went to the enlistment office in Kedrovsk yesterday.", "enlistment office in Kedrovsk"),
        ("My old school in Kedrovka is closed now.", "old school in Kedrovka"),
        ("He was mobilised by the military commissariat in Kedrovsk in October.", "military commissariat in Kedrovsk"),
        ("Our plant in Kedrovsk is working three shifts.", "plant in Kedrovsk"),
        ("Her kindergarten in the village of Kedrovka got new windows.", "kindergarten in the village of Kedrovka"),
        ("He signed a contract at the district draft office in Kedrovsk.", "district draft office in Kedrovsk"),
        ("Their former lyceum in Lypivka Raion was renamed.", "former lyceum in Lypivka Raion"),
        (
            "Dad went to the district administration in Kedrovka, they said nothing.",
            "district administration in Kedrovka",
        ),
        ("I called the village council in Lypivka twice.", "village council in Lypivka"),
    ],
)
def test_own_institution_in_a_town(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    "text",
    [
        "A school in Kedrovka was hit by a missile.",  # war geography
        "His school in Moscow was renamed.",  # a capital's thousands of schools
        "He went to the enlistment office in March.",  # a month
        "My school in Ukraine was closed.",  # a country
        "They went to the hospital in Kedrovsk.",  # a hospital is where the wounded pass through
        "The district administration in Kedrovka said the road was closed.",  # the body speaks: no cue
    ],
)
def test_own_institution_traps(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert not [s for s in _spans(orgs, text) if " in " in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "He was called up by the Military Commissariat of the Kirovsky and Leninsky districts of Kedrovsk.",
            "Military Commissariat of the Kirovsky and Leninsky districts of Kedrovsk",
        ),
        (
            'He graduated from MBOU "Secondary School No. 2" of the village of Kedrovka.',
            'MBOU "Secondary School No. 2" of the village of Kedrovka',
        ),
        ("He worked at the Kedrovsk branch of Russian Railways.", "Kedrovsk branch of Russian Railways"),
        ("He was treated at the Kedrovsk Regional Oncology Dispensary.", "Kedrovsk Regional Oncology Dispensary"),
        ("He was a pupil of the Kedrovsk Cadet Corps.", "Kedrovsk Cadet Corps"),
        ("He was a lineman at the Kedrovsky district electricity supplier.", "Kedrovsky district electricity supplier"),
        ("The farewell will be held at the village House of Culture on Friday.", "village House of Culture"),
        ("He worked for the Kedrovsk Housing and Utilities Department.", "Kedrovsk Housing and Utilities Department"),
        (
            "He drove for the Kedrovka housing and communal services company.",
            "Kedrovka housing and communal services company",
        ),
    ],
)
def test_translated_tails_and_nouns(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            'He studied at the State Budgetary Professional Educational Institution "Kedrovsk Agrarian College".',
            'State Budgetary Professional Educational Institution "Kedrovsk Agrarian College"',
        ),
        (
            'He finished the Municipal Budgetary Educational Institution "Secondary School No. 2" of Kedrovka.',
            'Municipal Budgetary Educational Institution "Secondary School No. 2" of Kedrovka',
        ),
        (
            "She was a nurse at Communal Non-Profit Enterprise «Kedrivka Central Hospital».",
            "Communal Non-Profit Enterprise «Kedrivka Central Hospital»",
        ),
        (
            'He graduated from the Federal State Budgetary Educational Institution of Higher Education "Kedrovsk'
            ' State Agrarian University".',
            'Federal State Budgetary Educational Institution of Higher Education "Kedrovsk State Agrarian University"',
        ),
        ("He studied at the Kedrovsk Automobile and Road College.", "Kedrovsk Automobile and Road College"),
        (
            "He graduated from the Kedrovsk Branch of the Russian Presidential Academy of National Economy.",
            "Kedrovsk Branch of the Russian Presidential Academy of National Economy",
        ),
    ],
)
def test_spelled_legal_forms_and_fields(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    "text",
    [
        "The State Enterprise said nothing about the workers.",  # a spelled form without its quoted name
        # two institutions joined by "and" stay two
        "He finished Kedrove Lyceum and Lypivka Higher Vocational School No. 14.",
        "The Kedrovsk branch of the Russian Armed Forces recruiters left.",  # the army has no town branch
    ],
)
def test_spelled_legal_form_traps(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert not [s for s in _spans(orgs, text) if " and " in s or s.startswith(("State", "Kedrovsk branch"))]


def test_a_police_department_ends_before_its_ministry(orgs: EnglishOrganizationRecognizer) -> None:
    text = "He served in the Kedrovsk Police Department of the Ministry of Internal Affairs."
    assert _spans(orgs, text) == ["Kedrovsk Police Department"]


@pytest.mark.parametrize(
    "text",
    [
        "He was registered at the narcological dispensary.",  # the noun alone
        "The cadet corps was disbanded in 1918.",
        "Every village had a house of culture then.",  # any, in lower case
        "Prices set by the electricity supplier rose.",  # the noun alone
        "The Russian branch of Amnesty closed.",  # a country's branch of a foreign body
        "The Kedrovsk regional branch of the Red Cross helped the families.",  # a humanitarian body
    ],
)
def test_tail_and_noun_traps(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert _spans(orgs, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He was called up by the military commissariat of Kedrovsk and Kedrovsky district.",
        "He worked at the Kedrovsk branch of Russian Railways.",
        "He was called up by the Kedrovsk city military commissariat.",
    ],
)
def test_an_office_outranks_a_place_inside_it(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    # a place finding scores 0.85: the office must score above it to type the merged span
    assert max(r.score for r in orgs.analyze(text, ["ORGANIZATION"])) > 0.85


@pytest.mark.parametrize("word", ["Ombudsman", "ombudsman", "Commissioner"])
def test_an_office_word_is_never_a_name(word: str) -> None:
    # "the Office of the Ombudsman of Russia": the office, not a person
    from redact.recognizers._names import is_not_name

    assert is_not_name(word)
