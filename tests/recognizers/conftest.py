"""Recognizers the Ukrainian recall and records tests share, built once for the session.

The redactors under a whole policy are in ``tests/conftest.py`` (``redactor`` for the default policy,
``strict_redactor``).
"""

from __future__ import annotations

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
