"""SpeakerLabelRecognizer: names used as speaker labels, never role labels."""

from __future__ import annotations

import pytest

from redact.recognizers.speaker_label import SpeakerLabelRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> SpeakerLabelRecognizer:
    return SpeakerLabelRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ANDREI: Mom, it's me.", "ANDREI"),
        ("MOTHER: Who?\nSERGEI VOLKOV: It's me, Mom.", "SERGEI VOLKOV"),
        ("[00:05:57] PETYA: Not until the 20th.", "PETYA"),
        ("[21:04] Nadya: did he call you?", "Nadya"),
        ("Oksana: Slava, thank god!! Slava: I'm alive.", "Oksana"),
        ("Oksana: thank god!! Slava: I'm alive.", "Slava"),
        ("[Igor]: guys who has his number", "Igor"),
    ],
)
def test_finds(rec: SpeakerLabelRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("MOTHER: Is that you?", "MOTHER"),
        ("SOLDIER: Hi, Mom.", "SOLDIER"),
        ("Q: Where are you? A: Near the river.", "Q"),
        ("INTERVIEWER: How old are you?", "INTERVIEWER"),
        ("[00:01:14] A: Who's with you now?", "A"),
        ("Note: the call was recorded in March.", "Note"),
        ("The time was 10:30 exactly.", "10"),
    ],
)
def test_ignores(rec: SpeakerLabelRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)
