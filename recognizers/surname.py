"""Slavic surnames by shape next to something that makes them a name.

A Title-case (or ALL-CAPS) word ending like a Russian/Ukrainian surname
(-ov/-ev/-in/-sky/-tsky/-enko/-uk/-chuk/-ich/-ykh and feminine forms) counts
when it follows a rank or title ("Private Dambaev", "Sergeant KOZLOV"), an
initial ("A. V. Petrov"), or another Title-case word that is not a function
word ("Bair Tsyrenov", "Dorzhieva Sesegma" in reverse order); the neighbour
is part of the span unless it is a rank or title.
Known false positive: two-word place names whose second word has a surname
ending ("Novy Oskolin"); they are withheld, as PERSON instead of LOCATION.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._names import RANKS, NamePattern, RegexRecognizer, compile_pattern, is_not_name
from redact.recognizers.given_name import given_names
from redact.recognizers.initials import INITIAL

# Endings of Russian, Ukrainian, Belarusian and Buryat/Tatar-Russified surnames (masculine and feminine).
ENDINGS = (
    r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|ski|skaya|tsky|tskiy|tskaya|enko|uk|chuk|yuk|"
    r"ich|ych|ykh|ikh|oy|ko|ak|yak|ets|yan|dze|shvili|ullin)"
)
SURNAME = rf"\p{{Lu}}\p{{Ll}}+{ENDINGS}\b|\p{{Lu}}+(?:OV|OVA|EV|EVA|INA|SKY|SKAYA|ENKO|CHUK|OVICH)\b"
SURNAME_WORD = regex.compile(SURNAME)
_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?"
_RANK = (
    r"(?:Private|Pvt\.?|Corporal|Cpl\.?|(?:Junior\s|Senior\s|Staff\s)?Sergeant|Sgt\.?|(?:Junior\s|Senior\s)?Lieutenant|"
    r"Lt\.?|Captain|Capt\.?|Major|(?:Lieutenant[\s-])?Colonel|Col\.?|General|Gen\.?|Ensign|Praporshchik|Starshina|"
    r"Comrade|Commander|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Citizen|Gunner|Medic|Driver|Soldier|Fighter)"
)


class SurnameRecognizer(RegexRecognizer):
    """Surname-shaped words after a rank, an initial or a Title-case given name."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("rank_surname", rf"\b{_RANK}\s+(?P<v>(?:{_WORD}\s+)?(?:{SURNAME}))", 0.7),
        compile_pattern("initials_surname", rf"(?<!\w)(?P<v>{INITIAL}\s?(?:{INITIAL}\s?)?(?:{SURNAME}))", 0.7),
        compile_pattern("surname_initials", rf"\b(?P<v>(?:{SURNAME})\s{INITIAL}\s?(?:{INITIAL})?)", 0.7),
        compile_pattern("given_surname", rf"\b(?P<v>{_WORD}\s+(?:{SURNAME}))", 0.55, overlapped=True),
        compile_pattern(
            "surname_given", rf"\b(?P<v>(?:{SURNAME})\s+{_WORD})(?=\s+{_WORD}|[,.;:!?)]|\s+\d)", 0.5, overlapped=True
        ),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject pairs built on a function word, a rank or a kinship word, and a capitalised word before a
        given name that merely ends like a surname ("Tell Marina": Marina is a given name, Tell is not)."""
        words = text[start:end].split()
        if pattern.name in {"given_surname", "surname_given"}:
            if any(is_not_name(w) or w.casefold() in RANKS for w in words):
                return False
            if pattern.name == "given_surname":
                names = given_names()
                return not (words[-1] in names and words[0] not in names)
            return True
        return not is_not_name(words[-1])
