"""redact's recognizers: one module each, listed explicitly in :data:`RECOGNIZERS`.

Every class has ``LANGUAGES`` (the languages it runs on), ``ENTITIES`` (what
it finds) and a constructor taking ``supported_language``. Only
``redact/registry.py`` imports this package.
"""

from __future__ import annotations

from redact.recognizers.call_sign import CallSignRecognizer
from redact.recognizers.chat_header import ChatHeaderRecognizer
from redact.recognizers.coordinates import CoordinatesRecognizer
from redact.recognizers.credit_card import CreditCardRecognizer
from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.email import EmailRecognizer
from redact.recognizers.family_plural import FamilyPluralRecognizer
from redact.recognizers.field_position import FieldPositionRecognizer
from redact.recognizers.given_name import GivenNameRecognizer
from redact.recognizers.group_chat import GroupChatRecognizer
from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.imei import ImeiRecognizer
from redact.recognizers.initials import InitialsRecognizer
from redact.recognizers.location_pattern import LocationPatternRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.municipal_en import EnglishMunicipalRecognizer
from redact.recognizers.natasha_ner import NatashaNerRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from redact.recognizers.patronymic import PatronymicRecognizer
from redact.recognizers.phone import PhoneNumberRecognizer
from redact.recognizers.phone_normalized import NormalizedPhoneRecognizer
from redact.recognizers.phone_partial import PartialPhoneRecognizer
from redact.recognizers.phone_spoken import SpokenPhoneRecognizer
from redact.recognizers.phone_trunk import TrunkPhoneRecognizer
from redact.recognizers.place_gazetteer import PlaceGazetteerRecognizer
from redact.recognizers.place_tag import PlaceTagRecognizer
from redact.recognizers.role_initial import RoleInitialRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.slug_name import SlugNameRecognizer
from redact.recognizers.social_handle import SocialHandleRecognizer
from redact.recognizers.spacy_ner import SpacyNerRecognizer
from redact.recognizers.speaker_label import SpeakerLabelRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from redact.recognizers.surname import SurnameRecognizer
from redact.recognizers.unknown_name import UnknownNameRecognizer
from redact.recognizers.vehicle_plate import VehiclePlateRecognizer

RECOGNIZERS: dict[str, type] = {
    "spacy_ner": SpacyNerRecognizer,
    "phone": PhoneNumberRecognizer,
    "email": EmailRecognizer,
    "military_unit": MilitaryUnitRecognizer,
    "numeral_nickname": NumeralNicknameRecognizer,
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
    "family_plural": FamilyPluralRecognizer,
    "patronymic": PatronymicRecognizer,
    "initials": InitialsRecognizer,
    "role_initial": RoleInitialRecognizer,
    "speaker_label": SpeakerLabelRecognizer,
    "chat_header": ChatHeaderRecognizer,
    "call_sign": CallSignRecognizer,
    "location_pattern": LocationPatternRecognizer,
    "unknown_name": UnknownNameRecognizer,
    "place_gazetteer": PlaceGazetteerRecognizer,
    "organization": OrganizationRecognizer,
    "organization_en": EnglishOrganizationRecognizer,
    "group_chat": GroupChatRecognizer,
    "street_address": StreetAddressRecognizer,
    "municipal": MunicipalRecognizer,
    "municipal_en": EnglishMunicipalRecognizer,
    "place_tag": PlaceTagRecognizer,
    "field_position": FieldPositionRecognizer,
    "slug_name": SlugNameRecognizer,
}

__all__ = ["RECOGNIZERS"]
