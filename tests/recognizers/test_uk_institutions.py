"""Ukrainian institutions tied to a person in records: graveyards, farms, companies and named institutions.

- a town's graveyard in lower case, farm and company forms (ПОСП, СГВК, ВАТ) with their quoted name, institution
  name forms;
- traps: a common graveyard, a town's and plural hospitals joined into one institution.

Every private name and village is invented.
"""

from __future__ import annotations

import pytest

from redact.recognizers.organization import OrganizationRecognizer
from tests.assertions import each_covered


def test_town_graveyard_in_lower_case(uk_org: OrganizationRecognizer) -> None:
    text = "Поховали бійця на тисменицькому кладовищі, поруч із дідом; прощання біля тисменицького кладовища."
    assert all(each_covered(uk_org, text, "ORGANIZATION", "тисменицькому кладовищі"))
    assert all(each_covered(uk_org, text, "ORGANIZATION", "тисменицького кладовища"))


@pytest.mark.parametrize(
    "text",
    [
        "Поховали бійця на братському кладовищі, поруч із побратимами.",
        "Поховали бійця на військовому кладовищі, поруч із побратимами.",
        "Поховали бійця на місцевому кладовищі, поруч із побратимами.",
    ],
)
def test_common_graveyard_traps(uk_org: OrganizationRecognizer, text: str) -> None:
    assert not [r for r in uk_org.analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Усе життя пропрацював агрономом у ПОСП «Дружба», а восени — у СГВК «Обрій».", "ПОСП «Дружба»"),
        ("Усе життя пропрацював агрономом у ПОСП «Дружба», а восени — у СГВК «Обрій».", "СГВК «Обрій»"),
        ("Після армії влаштувався водієм на ВАТ «Цукрокомбінат».", "ВАТ «Цукрокомбінат»"),
    ],
)
def test_farm_and_company_forms(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert all(each_covered(uk_org, text, "ORGANIZATION", surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a village named by a neuter adjective: its dative and locative are the masculine adjective's
        ("Він викладав фізику в Бабанському ліцеї до війни.", "Бабанському ліцеї"),
        ("Випускниця Бабанського опорного ліцею стала медсестрою.", "Бабанського опорного ліцею"),
        # the dash inside a primary-care clinic's name
        (
            "Вона двадцять років працювала в Заріцькій амбулаторії загальної практики – сімейної медицини.",
            "Заріцькій амбулаторії загальної практики – сімейної медицини",
        ),
    ],
)
def test_institution_name_forms(uk_org: OrganizationRecognizer, text: str, surface: str) -> None:
    assert all(each_covered(uk_org, text, "ORGANIZATION", surface))


def test_town_and_plural_hospitals_are_not_one_institution(uk_org: OrganizationRecognizer) -> None:
    text = "В Донецьку госпіталі переповнені, а жителі Бабанського виїхали."
    assert not [r for r in uk_org.analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]
