"""redact's recognizers: one module each, listed explicitly in :data:`RECOGNIZERS`.

Every class has ``LANGUAGES`` (the languages it runs on), ``ENTITIES`` (what
it finds) and a constructor taking ``supported_language``. Only
``redact/registry.py`` imports this package.
"""

from __future__ import annotations

from recognizers.call_sign import CallSignRecognizer
from recognizers.email import EmailRecognizer
from recognizers.given_name import GivenNameRecognizer
from recognizers.initials import InitialsRecognizer
from recognizers.location_pattern import LocationPatternRecognizer
from recognizers.military_unit import MilitaryUnitRecognizer
from recognizers.patronymic import PatronymicRecognizer
from recognizers.phone import PhoneNumberRecognizer
from recognizers.phone_normalized import NormalizedPhoneRecognizer
from recognizers.phone_partial import PartialPhoneRecognizer
from recognizers.phone_spoken import SpokenPhoneRecognizer
from recognizers.phone_trunk import TrunkPhoneRecognizer
from recognizers.spacy_ner import SpacyNerRecognizer
from recognizers.speaker_label import SpeakerLabelRecognizer
from recognizers.surname import SurnameRecognizer

RECOGNIZERS: dict[str, type] = {
    "spacy_ner": SpacyNerRecognizer,
    "phone": PhoneNumberRecognizer,
    "email": EmailRecognizer,
    "military_unit": MilitaryUnitRecognizer,
    "phone_normalized": NormalizedPhoneRecognizer,
    "phone_trunk": TrunkPhoneRecognizer,
    "phone_spoken": SpokenPhoneRecognizer,
    "phone_partial": PartialPhoneRecognizer,
    "given_name": GivenNameRecognizer,
    "surname": SurnameRecognizer,
    "patronymic": PatronymicRecognizer,
    "initials": InitialsRecognizer,
    "speaker_label": SpeakerLabelRecognizer,
    "call_sign": CallSignRecognizer,
    "location_pattern": LocationPatternRecognizer,
}

__all__ = ["RECOGNIZERS"]
