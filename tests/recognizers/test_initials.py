"""InitialsRecognizer: names with initials ("Svetlana A.", "A. V. Petrov"), court-register initials in transliterated
digraphs included."""

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


_INITIALS = InitialsRecognizer("en")


def _spans(rec: object, entity: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity])]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The accused, Ch. O. V., admitted the charges in full.", "Ch. O. V."),
        ("A verdict on Shch. I. P. was upheld by the appeal court.", "Shch. I. P."),
        ("Zh.A.M. was 17 at the time of the shelling.", "Zh.A.M."),
        ("the defendant, Kh. T., was released on bail", "Kh. T."),  # a title, a comma, then the initials
    ],
)
def test_register_initials(text: str, span: str) -> None:
    assert span in _spans(_INITIALS, "PERSON", text), (text, _spans(_INITIALS, "PERSON", text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He emigrated to the U.S.A. in 2014.", "U.S.A."),
        ("D.O.B.: 1 Jan 1985. R.I.P. brother.", "D.O.B."),  # a form's label, not three initials
        ("D.O.B.: 1 Jan 1985. R.I.P. brother.", "R.I.P."),
        ("Resident Ye. K. told investigators about the strike.", "Resident"),  # the role is no part of the name
    ],
)
def test_register_initials_traps(text: str, word: str) -> None:
    i = text.index(word)
    assert not any(r.start <= i < r.end for r in _INITIALS.analyze(text, ["PERSON"])), text
