"""Recognizers the Ukrainian recall and records tests share, built once for the session.

The redactors under a whole policy are in ``tests/conftest.py`` (``redactor`` for the default policy,
``strict_redactor``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer


@pytest.fixture(scope="session")
def uk_person() -> RuPersonRecognizer:
    return RuPersonRecognizer("uk")


@pytest.fixture(scope="session")
def uk_unit() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer("uk")


@pytest.fixture(scope="session")
def uk_org() -> OrganizationRecognizer:
    return OrganizationRecognizer("uk")


@pytest.fixture(scope="session")
def uk_sign() -> RuCallSignRecognizer:
    return RuCallSignRecognizer("uk")


@pytest.fixture(scope="session")
def org_spans(uk_org: OrganizationRecognizer) -> Callable[[str, str], list[str]]:
    """The institutions the organisation recognizer finds in a text (as in a run: score 0.35 or more), by language."""
    recs = {"ru": OrganizationRecognizer("ru"), "uk": uk_org}

    def spans(language: str, text: str) -> list[str]:
        return [text[r.start : r.end] for r in recs[language].analyze(text, ["ORGANIZATION"]) if r.score >= 0.35]

    return spans
