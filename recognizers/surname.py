"""Slavic surnames by shape next to something that makes them a name.

A Title-case (or ALL-CAPS) word ending like a Russian/Ukrainian surname
(-ov/-ev/-in/-sky/-tsky/-enko/-uk/-chuk/-ich/-ykh and feminine forms) counts
when it follows a rank or title ("Private Dambaev", "Sergeant KOZLOV"), an
initial ("A. V. Petrov"), or another Title-case word that is not a function
word ("Bair Tsyrenov", "Dorzhieva Sesegma" in reverse order); the neighbour
is part of the span unless it is a rank or title. A name never runs over a
line break (a list or a transcript puts one name a line), and a closed-class
English word at either edge ("Did Zelensky", "Kovalenko And") is left out.
Known false positive: two-word place names whose second word has a surname
ending ("Novy Oskolin"); they are withheld, as PERSON instead of LOCATION.
"""

from __future__ import annotations

from collections.abc import Iterable
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
# In capitals (a register or memorial list: "MELNYK Petro", "Ivan TKACHUK"), every ending of a Ukrainian or Russian
# surname; an English word in capitals with one of them ("DEPLOY", "ADMIN") needs a Title-case name beside it.
_CAPS_ENDINGS = (
    r"(?:OV|OVA|EV|EVA|YOV|IN|INA|YN|YNA|SKY|SKYI|SKYY|SKIY|SKII|SKA|SKAYA|TSKA|ENKO|UK|CHUK|YUK|YK|IK|ICH|YCH|OVICH"
    r"|KO|AK|YAK|ETS|DZE|SHVILI|YKH|IKH)"
)
SURNAME = rf"\p{{Lu}}\p{{Ll}}+{ENDINGS}\b|\p{{Lu}}{{2,}}{_CAPS_ENDINGS}\b"
SURNAME_WORD = regex.compile(SURNAME)
_TOKEN = regex.compile(r"\S+")
_PAIRS = frozenset({"given_surname", "surname_given"})
_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?"
_SP = r"[^\S\n]"  # a space that is not a line break: a name stays on its line
_RANK = (
    rf"(?:Private|Pvt\.?|Corporal|Cpl\.?|(?:Junior{_SP}|Senior{_SP}|Staff{_SP})?Sergeant|Sgt\.?|"
    rf"(?:Junior{_SP}|Senior{_SP})?Lieutenant|Lt\.?|Captain|Capt\.?|Major|(?:Lieutenant(?:{_SP}|-))?Colonel|Col\.?|"
    r"General|Gen\.?|Ensign|Praporshchik|Starshina|"
    r"Comrade|Commander|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Citizen|Gunner|Medic|Driver|Soldier|Fighter)"
)


# Capitals that are bodies, forces and document words, not surnames, in reporting on the war.
_ACRONYMS = frozenset(
    "NATO OMON SOBR OMSN UFSIN GUFSIN FSIN OSINT UNIAN UKRINFORM NABU DBR SBGS DPSU NGU ZSU TRO SSO GUR HUR SBU TCC"
    " RTCC ERDR UNZR RNOKPP SNILS IMEI DPR LPR DNR LNR ORDLO USSR RSFSR CIS OSCE UNHCR ICRC UNICEF CNN BBC RFE"
    " TASS RIA AFU RUAF VDV VKS GRU FSB MVD KGB PMC BARS".split()
)


class SurnameRecognizer(RegexRecognizer):
    """Surname-shaped words after a rank, an initial or a Title-case given name."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("rank_surname", rf"\b{_RANK}{_SP}+(?P<v>(?:{_WORD}{_SP}+)?(?:{SURNAME}))", 0.7),
        compile_pattern("initials_surname", rf"(?<!\w)(?P<v>{INITIAL}{_SP}?(?:{INITIAL}{_SP}?)?(?:{SURNAME}))", 0.7),
        compile_pattern("surname_initials", rf"\b(?P<v>(?:{SURNAME}){_SP}{INITIAL}{_SP}?(?:{INITIAL})?)", 0.7),
        compile_pattern("given_surname", rf"\b(?P<v>{_WORD}{_SP}+(?:{SURNAME}))", 0.55, overlapped=True),
        compile_pattern(
            "surname_given",
            rf"\b(?P<v>(?:{SURNAME}){_SP}+{_WORD})(?={_SP}+{_WORD}|[,.;:!?)]|\s+\d|{_SP}*$)",
            0.5,
            overlapped=True,
        ),
        # A surname in capitals before a given name, whatever follows ("STEPANIUK Ihor was reported missing").
        compile_pattern(
            "caps_surname_given", rf"\b(?P<v>\p{{Lu}}{{2,}}{_CAPS_ENDINGS}{_SP}+{_WORD})(?![\p{{L}}'’-])", 0.6
        ),
        # A line in capitals writes the whole name so, surname first as a register or a search post puts it
        # ("HELP FIND KUZMIN SERGEI!", "MISSING: SEDYKH VITALY, 1995", "MOROZ VITALY"): the given name in capitals is
        # a gazetteer name and the word before it no English word, acronym, place or given name (checked in accept).
        compile_pattern(
            "caps_surname_caps_given",
            rf"\b(?P<v>(?:\p{{Lu}}{{2,}}{_CAPS_ENDINGS}|\p{{Lu}}{{4,}}){_SP}+\p{{Lu}}{{2,}}(?:-\p{{Lu}}{{2,}})?)(?![\p{{L}}'’-])",
            0.6,
            overlapped=True,
        ),
        # Registers write Ukrainian surnames of every shape in capitals ("ZHURBA Ivan", "TKACH Olha,"): any capitals
        # word of four letters or more before a given name, when it is no English word and no acronym (checked in
        # accept).
        compile_pattern(
            "caps_word_given",
            rf"\b(?P<v>\p{{Lu}}{{4,}}(?:-\p{{Lu}}{{2,}})?{_SP}+{_WORD})(?![\p{{L}}'’-])(?=\s*[,;:(—–-]|{_SP}+\p{{Lu}}\p{{Ll}})",
            0.55,
        ),
    )

    def spans(self, text: str) -> Iterable[tuple[int, int, NamePattern]]:
        """Candidates cut at a line break and with closed-class words ("Did", "And") trimmed from the edges."""
        from redact.recognizers.spacy_ner import CLOSED_WORDS

        for start, end, pat in super().spans(text):
            words = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
            cut: list[str] = []
            while len(words) > 1 and text[words[0][0] : words[0][1]].casefold() in CLOSED_WORDS:
                cut.append(text[slice(*words.pop(0))])
            while len(words) > 1 and text[words[-1][0] : words[-1][1]].casefold() in CLOSED_WORDS:
                cut.append(text[slice(*words.pop())])
            # A pair that was only a pair through a word that is never a name ("In Saratov") stays rejected.
            if any(is_not_name(w) for w in cut) and pat.name in _PAIRS:
                continue
            start, end = words[0][0], words[-1][1]
            if "\n" not in text[start:end]:
                yield start, end, pat

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject pairs built on a function word, a rank or a kinship word, and a capitalised word before a
        given name that merely ends like a surname ("Tell Marina": Marina is a given name, Tell is not)."""
        words = text[start:end].split()
        if pattern.name == "caps_surname_caps_given":
            from redact.recognizers.spacy_ner import dictionary_word

            entries = given_names().get(words[-1])
            if not any("ambiguous" not in e.flags for e in entries) or is_not_name(words[0]):
                return False
            first = words[0]
            if first in _ACRONYMS or dictionary_word(first) or given_names().get(first):
                return False
            return bool(SURNAME_WORD.fullmatch(first)) or (
                regex.search(r"[AEIOUY]", first) is not None and not _known_place(first.title())
            )
        if pattern.name == "caps_surname_given":
            entries = given_names().get(words[-1])
            return any("ambiguous" not in e.flags for e in entries) and not is_not_name(words[0])
        if pattern.name == "caps_word_given":
            entries = given_names().get(words[-1])
            if not any("ambiguous" not in e.flags for e in entries) or is_not_name(words[0]):
                return False
            from redact.recognizers.spacy_ner import dictionary_word

            caps = words[0]
            has_vowel = regex.search(r"[AEIOUY]", caps) is not None
            return has_vowel and caps not in _ACRONYMS and not any(dictionary_word(p) for p in caps.split("-"))
        if pattern.name in _PAIRS:
            if any(is_not_name(w) or w.casefold() in RANKS for w in words):
                return False
            from redact.recognizers.spacy_ner import dictionary_word

            if any(w.isupper() and dictionary_word(w) for w in words):
                return False  # "ADMIN Post", "DEPLOY Ivan": an English word in capitals
            if pattern.name == "given_surname":
                names = given_names()
                if words[0] not in names and dictionary_word(words[0]) and _known_place(words[-1]):
                    return False  # "Chaos in Occupied Tokmak", "Shelled Rostov": a headline's word and a place
                return not (words[-1] in names and words[0] not in names)
            # "Rostov Border Directorate", "Main Military Investigation Directorate": a town or an adjective and a
            # dictionary word before a body's noun name a body, not "Surname Given"
            return not (
                words[-1] not in given_names()
                and dictionary_word(words[-1])
                and _BODY_AFTER.match(text, end) is not None
            )
        return not is_not_name(words[-1])


# A body's noun after a pair, with at most one more Title-case word between ("Investigation Directorate").
_BODY_AFTER = regex.compile(
    r"[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+)?(?:Directorate|Department|Service|Committee|Court|Office|Administration"
    r"|Command|Agency|Bureau|Ministry|Inspectorate|Division|Prosecutor['’]s|Institute|University|Academy|College"
    r"|School|Plant|Factory)(?![\p{L}'’-])"
)


def _known_place(word: str) -> bool:
    """A settlement or region of the shipped gazetteer."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    return bool(place_gazetteer().get(word))
