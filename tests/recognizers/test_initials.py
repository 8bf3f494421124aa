"""InitialsRecognizer: names with initials ("Svetlana A.", "A. V. Petrov")."""

from __future__ import annotations

import pytest

from redact.recognizers.initials import InitialsRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> InitialsRecognizer:
    return InitialsRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Svetlana A., 46, from the region, told us.", "Svetlana A."),
        ("sberbank, Artem V. [10:14] ok", "Artem V."),
        ("Signed: A. V. Petrov.", "A. V. Petrov"),
        ("Signed: Petrov A.V. on Monday", "Petrov A.V."),
        ("A.V. Zhukova called.", "A.V. Zhukova"),
    ],
)
def test_finds(rec: InitialsRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The U.S. Army sent more shells.", "Army"),
        ("We have a plan. A. Then B.", "Then"),
        ("In World War I. it was worse.", "War"),
    ],
)
def test_ignores(rec: InitialsRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Among the wounded: Kovalchuk Yu. M., a driver.", "Kovalchuk Yu. M."),
        ("The order was signed by Zh. O. Tkach.", "Zh. O. Tkach"),
        ("Witness Lytvyn Kh. A. confirmed it.", "Lytvyn Kh. A."),
    ],
)
def test_transliterated_digraph_initials(rec: InitialsRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")
