"""The entity types redact knows, with the plain-language description legal reads."""

from __future__ import annotations

ENTITIES: dict[str, str] = {
    "PERSON": "names of people: given names, surnames, patronymics, diminutives, initials",
    "CALL_SIGN": "call signs and nicknames",
    "MILITARY_UNIT": "military unit numbers and designations",
    "PHONE_NUMBER": "telephone numbers, whole, partial or spoken",
    "LOCATION": "identifying places: home towns, villages, regions of origin, streets and addresses",
    "COORDINATES": "map coordinates and grid references",
    "ID_NUMBER": "passport, military ID, dog tag and other document numbers",
    "VEHICLE_PLATE": "vehicle registration plates",
    "CREDIT_CARD": "bank card numbers",
    "IMEI": "handset identifiers (IMEI)",
    "SOCIAL_HANDLE": "messenger and social-network handles and profile links",
    "EMAIL_ADDRESS": "e-mail addresses",
    "DATE_OF_BIRTH": "dates and years of birth",
    "ORGANIZATION": "local institutions that identify a person: schools, colleges, employers, councils, "
    "enlistment offices, hospitals, morgues, penal colonies, cemeteries, churches",
}

__all__ = ["ENTITIES"]
