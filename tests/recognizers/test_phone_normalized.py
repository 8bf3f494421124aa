"""normalize() and NormalizedPhoneRecognizer: typography that hides numbers from phonenumbers, and a chat header's
unsaved author's number before the hour."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.recognizers.phone_normalized import NormalizedPhoneRecognizer, normalize
from tests.assertions import assert_found, assert_not_found

ENTITY = "PHONE_NUMBER"


@pytest.fixture(scope="module")
def rec() -> NormalizedPhoneRecognizer:
    return NormalizedPhoneRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Запиши номер: +7\u202f916\u202f123-45-67, это жена Андрея.", "+7\u202f916\u202f123-45-67"),
        (
            "Call \uff18\uff19\uff11\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17 tomorrow",
            "\uff18\uff19\uff11\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17",
        ),
        ("номер +375\u202f29\u202f612\u201134\u201156, брат", "+375\u202f29\u202f612\u201134\u201156"),
        ("номер +7\u202f916\u200b123\u200b45\u200b67 вот", "+7\u202f916\u200b123\u200b45\u200b67"),
    ],
)
def test_finds(rec: NormalizedPhoneRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # Plain text is the plain recognizer's job: nothing is reported twice.
        ("Запиши номер: +7 916 123-45-67.", "+7 916 123-45-67"),
        ("в/ч\u202f24680, паспорт 45\u00a012\u00a0345678", "24680"),
        ("экстренная\u00a0112, скорая 103", "112"),
    ],
)
def test_ignores(rec: NormalizedPhoneRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


def test_normalize_one_for_one_and_drops_zero_width() -> None:
    n = normalize("a\u00a0b\u200bc\u2013\uff15")
    assert n.text == "a bc-5"
    assert n.origin == (0, 1, 2, 4, 5, 6)
    assert n.span(2, 4) == (2, 5)


_ALPHABET = st.sampled_from(
    list("0123456789 +-()abc")
    + ["\u00a0", "\u202f", "\u2011", "\u2013", "\u200b", "\u200d", "\ufeff", "\uff10", "\uff19", "\u0663", "\uff0b"]
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40), data=st.data())
def test_offsets_map_back(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    assert len(n.origin) == len(n.text)
    assert list(n.origin) == sorted(set(n.origin))
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    o_start, o_end = n.span(start, end)
    # The original text at the mapped span normalises to exactly the matched text.
    assert normalize(text[o_start:o_end]).text == n.text[start:end]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Марина 21:21\nПишем!\n+7 912 448-20-17 21:33\nЭто Таня, мама Ильи.", "+7 912 448-20-17"),
        ("uk", "+380 67 314 22 90 08:05\nДівчата, є новини?", "+380 67 314 22 90"),
        ("ru", "8 916 204 55 71  19:47:02 — скиньте список", "8 916 204 55 71"),
    ],
)
def test_phone_before_a_time(lang: str, text: str, surface: str) -> None:
    results = NormalizedPhoneRecognizer(supported_language=lang).analyze(text, ["PHONE_NUMBER"])
    assert_found(text, results, surface, "PHONE_NUMBER")
    assert not any(":" in text[r.start : r.end] for r in results)  # the hour stays outside


def test_time_alone_is_no_phone() -> None:
    text = "Звонил вчера в 21:33, и 22:40 ещё раз, номер не определился."
    assert NormalizedPhoneRecognizer(supported_language="ru").analyze(text, ["PHONE_NUMBER"]) == []
