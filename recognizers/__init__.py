"""redact's recognizers: one module each, listed explicitly in :data:`RECOGNIZERS`.

Every class has ``LANGUAGES`` (the languages it runs on), ``ENTITIES`` (what
it finds) and a constructor taking ``supported_language``. Only
``redact/registry.py`` imports this package.
"""

from __future__ import annotations

from recognizers.call_sign import CallSignRecognizer
from recognizers.coordinates import CoordinatesRecognizer
from recognizers.credit_card import CreditCardRecognizer
from recognizers.date_of_birth import DateOfBirthRecognizer
from recognizers.email import EmailRecognizer
from recognizers.given_name import GivenNameRecognizer
from recognizers.id_number import IdNumberRecognizer
from recognizers.imei import ImeiRecognizer
from recognizers.initials import InitialsRecognizer
from recognizers.location_pattern import LocationPatternRecognizer
from recognizers.military_unit import MilitaryUnitRecognizer
from recognizers.municipal import MunicipalRecognizer
from recognizers.municipal_en import EnglishMunicipalRecognizer
from recognizers.natasha_ner import NatashaNerRecognizer
from recognizers.organization import OrganizationRecognizer
from recognizers.organization_en import EnglishOrganizationRecognizer
from recognizers.patronymic import PatronymicRecognizer
from recognizers.phone import PhoneNumberRecognizer
from recognizers.phone_normalized import NormalizedPhoneRecognizer
from recognizers.phone_partial import PartialPhoneRecognizer
from recognizers.phone_spoken import SpokenPhoneRecognizer
from recognizers.phone_trunk import TrunkPhoneRecognizer
from recognizers.place_gazetteer import PlaceGazetteerRecognizer
from recognizers.place_tag import PlaceTagRecognizer
from recognizers.ru_call_sign import RuCallSignRecognizer
from recognizers.ru_location import RuLocationRecognizer
from recognizers.ru_person import RuPersonRecognizer
from recognizers.slug_name import SlugNameRecognizer
from recognizers.social_handle import SocialHandleRecognizer
from recognizers.spacy_ner import SpacyNerRecognizer
from recognizers.speaker_label import SpeakerLabelRecognizer
from recognizers.street_address import StreetAddressRecognizer
from recognizers.street_address_en import LatinStreetAddressRecognizer
from recognizers.surname import SurnameRecognizer
from recognizers.unknown_name import UnknownNameRecognizer
from recognizers.vehicle_plate import VehiclePlateRecognizer

RECOGNIZERS: dict[str, type] = {
    "spacy_ner": SpacyNerRecognizer,
    "phone": PhoneNumberRecognizer,
    "email": EmailRecognizer,
    "military_unit": MilitaryUnitRecognizer,
    "phone_normalized": NormalizedPhoneRecognizer,
    "phone_trunk": TrunkPhoneRecognizer,
    "phone_spoken": SpokenPhoneRecognizer,
    "phone_partial": PartialPhoneRecognizer,
    "coordinates": CoordinatesRecognizer,
    "credit_card": CreditCardRecognizer,
    "date_of_birth": DateOfBirthRecognizer,
    "id_number": IdNumberRecognizer,
    "imei": ImeiRecognizer,
    "social_handle": SocialHandleRecognizer,
    "vehicle_plate": VehiclePlateRecognizer,
    "natasha_ner": NatashaNerRecognizer,
    "ru_person": RuPersonRecognizer,
    "ru_call_sign": RuCallSignRecognizer,
    "ru_location": RuLocationRecognizer,
    "given_name": GivenNameRecognizer,
    "surname": SurnameRecognizer,
    "patronymic": PatronymicRecognizer,
    "initials": InitialsRecognizer,
    "speaker_label": SpeakerLabelRecognizer,
    "call_sign": CallSignRecognizer,
    "location_pattern": LocationPatternRecognizer,
    "unknown_name": UnknownNameRecognizer,
    "place_gazetteer": PlaceGazetteerRecognizer,
    "organization": OrganizationRecognizer,
    "organization_en": EnglishOrganizationRecognizer,
    "street_address": StreetAddressRecognizer,
    "street_address_en": LatinStreetAddressRecognizer,
    "municipal": MunicipalRecognizer,
    "municipal_en": EnglishMunicipalRecognizer,
    "place_tag": PlaceTagRecognizer,
    "slug_name": SlugNameRecognizer,
}

__all__ = ["RECOGNIZERS"]
