"""English local institutions as calls, chats and translated posts name them (session 15).

- the street an office, school or hospital stands on, as speech says it without "street" ("the enlistment office on
  Kedrovskaya") and, for the offices that call a man up, with it ("the enlistment office on Lenin Street");
- the Russian or Ukrainian noun left in Latin letters ("Gimnaziya No. 3", "Kolonia № 10"), the mobilisation office
  ("the Kedrivka mobilization office", "the Kedrivka TsK");
- a parish by its saint's possessive ("the priest from St. Elijah's"), a church of two saints ("Church of Saints Peter
  and Paul"), a grave's honour section after its cemetery, a school in a hashtag ("#School7"), a convict's colony
  with its town, a plant by its acronym where a man works ("worked at AvtoVAZ"), a school's ordinal said after the
  noun ("to school, to the second"), the workplace or school a man worked or studied at with its town ("worked at the
  meat-processing plant in Kedrovka");
- traps: the same words where they name no one's institution (a house number after the street, a city, a ribbon, a
  truck, a colony without a convict's word, a noun after the ordinal).

Every private name, street and village is invented; public places and plants are real.
"""

from __future__ import annotations

import pytest

from redact.generalize import generalize_organization
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import surfaces

_ORG = EnglishOrganizationRecognizer("en")


def _found(text: str) -> list[str]:
    return surfaces(_ORG, text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "(M): I went to the enlistment office on Kedrovskaya again, they said nothing.",
            "enlistment office on Kedrovskaya",
        ),
        ("She works at the hospital on Sosnovaya, in the surgery.", "hospital on Sosnovaya"),
        ("Tell them at the school on Lypova that he is alive.", "school on Lypova"),
        ("He was called up by the enlistment office on Kedrova Street.", "enlistment office on Kedrova Street"),
        ("He studied at Gimnaziya No. 3 and then at Litsey No. 2.", "Gimnaziya No. 3"),
        ("He studied at Gimnaziya No. 3 and then at Litsey No. 2.", "Litsey No. 2"),
        ("They confirmed he is in captivity!!! Kolonia № 10, Russia", "Kolonia № 10"),
        ("He got the summons from the Kedrivka TsK last spring.", "Kedrivka TsK"),
        ("He died at the Kedrivka district mobilization office.", "Kedrivka district mobilization office"),
        ("The whole street came, the priest from St. Elijah's, the neighbours.", "St. Elijah's"),
        ("The priest from St. Paraskeva's came to the funeral.", "St. Paraskeva's"),
        ("The service was at the Church of Saints Peter and Paul.", "Church of Saints Peter and Paul"),
        (
            "His mother stood at the Church of St. Anthony and Theodosius all night.",
            "Church of St. Anthony and Theodosius",
        ),
        ("Buried: 07.06.2024, Kedrove town cemetery, Alley of Heroes.", "Kedrove town cemetery, Alley of Heroes"),
        ("We remember. #Heroes #School7 #Kuzbass", "School7"),
        ("He served eight years in the colony in Kedrovsk before the recruiters came.", "colony in Kedrovsk"),
        ("Before his contract he worked on the assembly line at AvtoVAZ.", "AvtoVAZ"),
        ("(S): Did she go back to school, to the second? (W): She did.", "second"),
        ("He worked at the meat-processing plant in Kedrovka before the war.", "meat-processing plant in Kedrovka"),
        ("She works at the hospital in Kedrivka, in surgery.", "hospital in Kedrivka"),
        ("He graduated from the school in Kedrove in 2010.", "school in Kedrove"),
    ],
)
def test_spoken_institutions(text: str, span: str) -> None:
    assert span in _found(text), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The school gym on Lisova 3 was full.", "gym"),  # a house number: the address is the finding
        ("The school on Olena Kedrenko's side of the street.", "school"),  # a person's name after "on"
        ("She wore a St. George's ribbon on the parade.", "St. George"),  # a saint's possessive before a noun
        ("They met on St. Nicholas's Day.", "St. Nicholas"),
        ("The colony in Olenivka was shelled in July.", "colony"),  # no convict's word: war geography
        ("He served in the colony in Yekaterinburg.", "colony"),  # a city's colony is one of many
        ("They destroyed a KamAZ with ammunition near the village.", "KamAZ"),  # a truck, no work
        ("He worked for years as a driver of KamAZ trucks.", "KamAZ"),
        ("He left school, for the third time this year.", "third"),  # the ordinal counts, no preposition again
        ("The Church of St. Nicholas and Father Ivan were there.", "Father"),  # a person after "and"
        ("A missile hit a school on Sumska Street in Kharkiv.", "school"),  # a strike's target, with "street"
        ("He worked at a plant in Yekaterinburg.", "plant"),  # a city's plant is one of many
        ("A plant in Kedrovka was hit overnight.", "plant"),  # no one worked or studied there
        ("He worked at the mine in Donetsk Oblast.", "mine"),  # a region leaves the noun alone
        (
            "Send the parcel to the post office in Kedrivka.",
            "post office",
        ),  # a delivery point: the village is the finding
    ],
)
def test_spoken_institution_traps(text: str, word: str) -> None:
    i = text.index(word)
    found = [r for r in _ORG.analyze(text, ["ORGANIZATION"]) if r.start <= i < r.end]
    assert not found, (text, _found(text))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Gimnaziya No. 3", "a school"),
        ("Kolonia № 10", "a penal colony"),
        ("Bolnitsa No. 4", "a hospital"),
        ("Kedrivka TsK", "an enlistment office"),
        ("Kedrivka district mobilization office", "an enlistment office"),
        ("St. Elijah's", "a church"),
        ("AvtoVAZ", "a company"),
        ("Kedrivka silrada", "a local council"),
    ],
)
def test_spoken_institutions_generalised(name: str, kind: str) -> None:
    assert generalize_organization(name, "en") == kind


def test_street_office_withheld_whole(strict_redactor) -> None:  # noqa: ANN001 - the strict redactor fixture
    """The whole office with its street is one finding under a policy, not a person named Kedrovskaya."""
    from redact.documents import Document, Segment

    text = "(M): I went to the enlistment office on Kedrovskaya again, they said he is carrying out tasks."
    found = strict_redactor.find(Document("x", "txt", text, (Segment(0, len(text), "1"),)))
    spans = {(text[s.start : s.end], s.entity_type) for s in found.spans}
    assert ("enlistment office on Kedrovskaya", "ORGANIZATION") in spans, spans
