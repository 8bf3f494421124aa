"""Names written with initials: "Svetlana A.", "Artem V.", "A. V. Petrov", "Petrov A.V.".

A Title-case word (not a function, rank or kinship word) followed by one or
two capital initials, or one or two initials before a Title-case word. The
surname-shaped cases are also found by the surname recognizer; this one
covers any name ("Dzhabrailov" or "Aigul"). Known false positive: "Plan B."
style labels whose first word is missing from the stop lists.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern, is_not_name

_WORD = r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?"
# One initial: a capital, or a transliterated digraph ("Yu.", "Zh.", "Kh.", "Shch.") standing for one Cyrillic letter.
INITIAL = r"(?:Shch|Dzh|Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh|Iu|Ia|Ie|\p{Lu})\."
# Abbreviations with periods that are not initials.
_NOT_INITIALS = frozenset(
    {
        "U.S.",
        "U.K.",
        "E.U.",
        "P.S.",
        "A.M.",
        "P.M.",
        "D.C.",
        "N.B.",
        "I.",
        "U.S.A.",
        "P.P.S.",
        "D.O.B.",
        "R.I.P.",
        "P.O.W.",
        "A.T.O.",
        "U.S.S.R.",
        "T.B.C.",
        "A.K.A.",
        "E.T.A.",
    }
)


# Ranks, titles and the roles court and prosecutors' releases give a person they name by one initial ("Lieutenant
# P.", "the serviceman K.", "citizen S.", "Mr K."): the initial stands for the surname.
_TITLE = (
    r"(?:[Pp]rivate|[Cc]orporal|[Ss]ergeant|[Ll]ieutenant|[Cc]aptain|[Mm]ajor|[Cc]olonel|[Gg]eneral|[Ee]nsign"
    r"|[Ww]arrant\s+[Oo]fficer|[Oo]fficer|[Ss]oldier|[Ss]ervice(?:wo)?man|[Cc]itizen|[Rr]esident|[Dd]efendant"
    r"|[Ss]uspect|[Aa]ccused|[Cc]onvict|[Pp]risoner|[Vv]ictim|[Ww]itness|[Cc]ommander|[Mm]obili[sz]ed|[Cc]onscript"
    r"|[Dd]eserter|[Ii]nformant|[Aa]gent|[Mm]rs?|[Mm]s|[Dd]r|[Ss]gt|[Ll]t|[Cc]pt|[Cc]apt|[Cc]ol|[Pp]vt)"
)

_TITLE_WORD = regex.compile(_TITLE)
# A surname cut to its first letter (or transliterated digraph), a hyphen and its last one to three letters.
_CUT_SURNAME = r"(?:Shch|Zh|Kh|Ts|Ch|Sh|\p{Lu})-\p{Ll}{1,3}(?![\p{L}-])"
_PATRONYMIC_END = regex.compile(r"(?:ovych|evych|ovich|evich|ych|ich|ivna|ovna|evna|ichna|yivna)$")


class InitialsRecognizer(RegexRecognizer):
    """A name with one or two initials before or after it."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("name_initials", rf"\b(?P<v>{_WORD}\s{INITIAL}(?:\s?{INITIAL})?)(?!\w)", 0.6),
        compile_pattern("initials_name", rf"(?<![\w.])(?P<v>{INITIAL}\s?(?:{INITIAL}\s?)?{_WORD})", 0.6),
        compile_pattern(
            "title_initial",
            rf"(?<=(?<![\w-]){_TITLE}\.?,?\s)(?P<v>{INITIAL}(?:\s?{INITIAL}){{0,2}})(?![\w.])",
            0.6,
        ),
        # A surname cut to its first and last letters, as court registers and prosecutors write it ("S-k Yurii
        # Ivanovych", "Ts-ko Oleh", "Hanna K-va"): beside a given name, or before a name and patronymic.
        compile_pattern(
            "cut_surname_first",
            rf"(?<![\w.-])(?P<v>{_CUT_SURNAME}\s{_WORD}(?:\s{_WORD})?)(?![\w-])",
            0.6,
        ),
        compile_pattern("given_cut_surname", rf"(?<![\w-])(?P<v>{_WORD}\s{_CUT_SURNAME})(?![\w-])", 0.6),
        # The three initials of a court register that withholds the whole name ("Ch. O. V.", "Shch. I. P."): surname,
        # given name and patronymic, each one letter or one transliterated digraph.
        compile_pattern("three_initials", rf"(?<![\w.])(?P<v>{INITIAL}\s?{INITIAL}\s?{INITIAL})(?![\w.])", 0.6),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject function words and abbreviations such as "U.S."; an initial after a title stands alone."""
        surface = text[start:end]
        if pattern.name in {"cut_surname_first", "given_cut_surname"}:
            from redact.recognizers.given_name import given_names

            names = given_names()
            words = [w for w in surface.split() if not regex.fullmatch(_CUT_SURNAME, w)]
            return any(
                any("ambiguous" not in e.flags for e in names.get(w)) or _PATRONYMIC_END.search(w) for w in words
            )
        if pattern.name in {"title_initial", "three_initials"}:
            return surface.replace(" ", "") not in _NOT_INITIALS
        words = [w for w in surface.replace(".", ". ").split() if not w.endswith(".")]
        if not words or any(is_not_name(w) or _TITLE_WORD.fullmatch(w) for w in words):
            return False  # "Resident Ye. K.": the role stays, the initials are found after it
        initials = "".join(w for w in surface.split() if w.endswith("."))
        return initials not in _NOT_INITIALS
