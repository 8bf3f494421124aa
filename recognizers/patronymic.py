"""Patronymics, and the informal patronymic by which older men are addressed.

Matches Title-case words ending -ovich/-evich/-ovna/-evna/-ichna/-ivna
(Sergeyevich, Petrovna, Mykolaivna, Ivanovych) and the short spoken forms
(Mikhalych, Palych, Sanych, Kuzmich, Ilyich), with a following surname when
there is one. Known false positive: surnames of the same shape used as place
or company names ("Abramovich Street").
"""

from __future__ import annotations

from typing import ClassVar

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern, is_not_name
from redact.recognizers.surname import SURNAME

# In capitals, Russian and Ukrainian transliterations: "SERGEYEVICH", "VOLODYMYROVYCH", "MYKOLAIVNA".
CAPS_PATRONYMIC = r"(?-i:\p{Lu}+(?:OVICH|EVICH|OVYCH|EVYCH|OVNA|EVNA|ICHNA|IVNA|LYCH|NYCH|RYCH)\b)"
_CAPS_WORD = r"(?-i:\p{Lu}{2,}(?:-\p{Lu}{2,})?)"
PATRONYMIC = (
    r"\p{Lu}\p{Ll}+(?:ovich|evich|ievich|yevich|ovych|evych|iyovych|ovna|evna|ievna|yevna|ichna|ivna|ïvna|yivna)\b"
    r"|\p{Lu}\p{Ll}*(?:lych|nych|rych|mych|tych|vych|sych)\b"
    r"|(?:Kuzmich|Ilyich|Ilich|Fomich|Lukich|Nikitich|Savvich|Kuzmichna|Ilyinichna|Fominichna|Lukinichna)\b"
    r"|"
    + CAPS_PATRONYMIC
    # Turkic patronymics: the father's name and oglu/kyzy/ugli/uly ("Elchin Huseyn oglu", "Leyla Fuad kyzy").
    + r"|\p{Lu}\p{Ll}+\s(?:oglu|ogly|oghlu|ogli|kyzy|kizi|qizi|gizi|gyzy|uly|ugli|uulu)\b"
)


_EN_STOP = frozenset(STOP_WORDS)


class PatronymicRecognizer(RegexRecognizer):
    """Patronymics (full and informal), with a following surname."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("patronymic", rf"\b(?P<v>(?:{PATRONYMIC})(?:\s+(?:{SURNAME}))?)", 0.7),
        # Register style, surname in capitals first: "HAIDUK Mykola Ivanovych", "KOVAL, Yurii Mykolayovych"; a memory
        # book gives the surname's other spelling in brackets: "CHEBOTARYOV (Chebotarev) Pavel Igorevich".
        compile_pattern(
            "surname first",
            rf"(?-i:\b(?P<v>\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?(?:\s+\(\p{{Lu}}[\p{{L}}'’-]+\))?,?\s+\p{{Lu}}\p{{Ll}}+\s+"
            rf"(?:{PATRONYMIC})))",
            0.8,
        ),
        # Register and list style in Title case, surname first: "Kuular Aidys Olegovich, 31", "Sat Artur
        # Kanchyyrovich". The middle word must be a given name (checked in accept), the first no rank or role word.
        compile_pattern(
            "surname first title",
            rf"(?-i:\b(?P<v>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?\s+(?P<g>\p{{Lu}}\p{{Ll}}+)\s+(?:{PATRONYMIC})))",
            0.75,
        ),
        # A whole name in capitals, as headings and memorial lists write it: "OKSANA PETRIVNA KEDRENKO",
        # "KEDRENKO OKSANA PETRIVNA" (the patronymic in the middle or last says it is a name).
        compile_pattern(
            "capitals",
            rf"\b(?P<v>{_CAPS_WORD}\s+{CAPS_PATRONYMIC}\s+{_CAPS_WORD}|{_CAPS_WORD}\s+{_CAPS_WORD}\s+{CAPS_PATRONYMIC})"
            r"(?![\p{L}-])",
            0.8,
        ),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """A Title-case surname-first name needs a given name in the middle and no common word first ("Citizen
        Artur Olegovich", "When Artur Olegovich came" keep their first word out: the plain patronymic pattern finds the
        name)."""
        if not super().accept(text, start, end, pattern):
            return False
        if pattern.name != "surname first title":
            return True
        first, given = text[start:end].split()[:2]
        before = regex.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
        if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1:].isalpha():
            return False  # a title or body before it: "... Border Guard Service Vitalii Petrovych"
        if is_not_name(first) or first.lower() in _EN_STOP or first.lower() in _NOT_SURNAME:
            return False
        if first.lower().endswith(("er", "or", "ist", "ant", "ent", "ian")):
            from redact.recognizers.spacy_ner import dictionary_word

            if dictionary_word(first):
                return False  # a role noun before the name: "Organiser Maryna Popovych", "Director Oleh Ivanovych"
        from redact.recognizers.given_name import given_names

        return any("ambiguous" not in e.flags for e in given_names().get(given))


# Title-case words before a name that are no surname: a person's status in a court or casualty text.
_NOT_SURNAME = frozenset(
    "citizen defendant convict accused suspect hero deceased late dear beloved fallen comrade brother warrior"
    " defender volunteer mobilised mobilized conscript contractor veteran servicemen serviceman".split()
)
