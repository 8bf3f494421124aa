"""Words capitalised in English translations that name things, not people or places.

Shared by the unknown-name recognizer and the spaCy NER screen (kept apart from both so neither imports the other).
"""

from __future__ import annotations

__all__ = ["NOT_NAMES_HERE"]

# Transliterated words that are capitalised in translations but name things, not people or places.
NOT_NAMES_HERE = frozenset(
    """
    thuraya iridium inmarsat himars geran shahed lancet kamaz uaz bukhanka buhanka niva zhiguli gazel msta
    krasnopol bayraktar starlink kyivstar ukraini ukrayini geroyam belarusian kazakh chechen georgian
    dagestani ossetian ingush tuvan buryat yakutian mon tue wed thu fri sat sun airborne greetings
    tinkoff sber sberbank gosuslugi vkontakte odnoklassniki avito ozon wildberries yandex mts megafon beeline
    tele2 rosgvardia rosgvardiya voenkomat svo zsu vsu tro dnr lnr dpr lpr gruz cargo ppd lbs szch
    """.split()
)
