"""The phone recognizer's short cut (no parsing of too-short candidates) finds exactly what Presidio's does."""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneMetadata
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from redact.corpus import load_corpus
from redact.recognizers.phone import REGIONS, PhoneNumberRecognizer, _ShortCutMatcher, drop_dates, min_symbols

ROOT = Path(__file__).resolve().parent.parent


def _key(results: list[RecognizerResult]) -> list[tuple[object, ...]]:
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.analysis_explanation.textual_explanation if r.analysis_explanation else None,
            tuple(sorted((r.recognition_metadata or {}).items())),
        )
        for r in results
    ]


@pytest.fixture(scope="module")
def recognizers() -> dict[str, PhoneNumberRecognizer]:
    return {lang: PhoneNumberRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _texts() -> list[tuple[str, str]]:
    out = []
    for lang in ("en", "ru", "uk"):
        for p in load_corpus(ROOT / "tests" / "corpus" / f"{lang}.jsonl"):
            out.append((lang, p.text))
    for path in sorted((ROOT / "samples").glob("*")):
        if path.suffix in {".txt", ".md", ".srt", ".vtt", ".json"} and not path.name.endswith(".gold.json"):
            out.append(("en", path.read_text(encoding="utf-8")))
    return out


def test_same_results_as_presidio_on_corpora_and_samples(recognizers: dict[str, PhoneNumberRecognizer]) -> None:
    texts = _texts()
    assert len(texts) > 100
    found = 0
    for lang, text in texts:
        rec = recognizers[lang]
        ours = rec._match(text)
        theirs = PhoneRecognizer.analyze(rec, text, ["PHONE_NUMBER"], None)
        assert _key(ours) == _key(theirs)
        found += len(ours)
    assert found > 20  # the comparison saw real numbers, not only empty lists


def test_whole_corpus_as_one_text(recognizers: dict[str, PhoneNumberRecognizer]) -> None:
    rec = recognizers["en"]
    text = "\n".join(t for _, t in _texts())
    theirs = drop_dates(text, PhoneRecognizer.analyze(rec, text, ["PHONE_NUMBER"]))
    assert _key(rec.analyze(text, ["PHONE_NUMBER"])) == _key(theirs)


_PHONEY = st.text(alphabet="0123456789 +-()./x#:\n\u00a0abcАБ8", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_PHONEY)
def test_matcher_identical_on_phone_like_noise(text: str) -> None:
    for region in ("RU", "DE", "GB", "US"):
        ours = [(m.start, m.end, m.raw_string) for m in _ShortCutMatcher(text, region, 1)]
        theirs = [(m.start, m.end, m.raw_string) for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=1)]
        assert ours == theirs


_NOISY = st.lists(
    st.sampled_from(
        [
            "+7 916 482-13-07",
            "8 (916) 482 13 07",
            "+49 30 1234567",
            "030 1234567",
            "+380 67 123 45 67",
            "0044 20 7946 0958",
            "ext. 12",
            " x",
            "доб. 3",
            "12:45",
            "2012-01-02 08:00",
            "1/2/2023",
            "б",
            "b",
            "$",
            "%",
            "€",
            ":",
            "\n",
            " ",
            "call ",
            "12",
            "1998",
            "-",
            "/",
            "(",
            ")",
            "tel:",
            "+",
            "9161234567",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_NOISY)
def test_recognizer_identical_on_number_soup(text: str) -> None:
    rec = PhoneNumberRecognizer(supported_language="en")
    assert _key(rec._match(text)) == _key(PhoneRecognizer.analyze(rec, text, ["PHONE_NUMBER"]))
    theirs = drop_dates(text, PhoneRecognizer.analyze(rec, text, ["PHONE_NUMBER"]))
    assert _key(rec.analyze(text, ["PHONE_NUMBER"])) == _key(theirs)


def test_floor_is_below_every_valid_example_number() -> None:
    """Every example number libphonenumber ships for a region has at least the floor's digits."""
    for region in REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        floor = min_symbols(region)
        assert 0 < floor <= min_symbols(region, plus=False)
        for desc in (meta.fixed_line, meta.mobile, meta.toll_free, meta.voip, meta.premium_rate):
            if desc is not None and desc.example_number:
                number = phonenumbers.parse(desc.example_number, region)
                national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
                international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                assert sum(c.isdigit() for c in national) >= min_symbols(region, plus=False)
                assert sum(c.isdigit() for c in international) >= floor
    # A five-digit German local number is valid for DE: its floor must let it through.
    assert min_symbols("DE") <= 5
