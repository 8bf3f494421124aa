"""Decide a text's language from its script: English, Russian or Ukrainian.

Cyrillic letters above :data:`CYRILLIC_SHARE` of all letters mean Cyrillic
text; Ukrainian-only letters (і ї є ґ) above :data:`UK_SHARE` of the Cyrillic
letters, or at least :data:`UK_MIN` of them, mean Ukrainian.
"""

from __future__ import annotations

__all__ = ["detect_language", "CYRILLIC_SHARE", "UK_SHARE", "UK_MIN"]

CYRILLIC_SHARE = 0.3
UK_SHARE = 0.01
UK_MIN = 3
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")


def detect_language(text: str) -> str:
    """Return ``"en"``, ``"ru"`` or ``"uk"`` for ``text``."""
    latin = cyr = uk = ru = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyr += 1
            if ch in _UK_ONLY:
                uk += 1
            elif ch in _RU_ONLY:
                ru += 1
        elif ch.isascii():
            latin += 1
    letters = latin + cyr
    if letters == 0 or cyr / letters < CYRILLIC_SHARE:
        return "en"
    if uk >= UK_MIN and uk / cyr >= UK_SHARE and uk > ru:
        return "uk"
    return "ru"
