"""Russian and Ukrainian given names and diminutives in English text, from a gazetteer.

Forms come from ``data/given_names.tsv`` (built by scripts/build_gazetteers.py):
the ``latin`` column (transliterations of each name and its diminutives),
matched Title-case and ALL-CAPS ("Artyom", "ARTYOM"), and
lower-case only for unambiguous names of four letters or more (chat
messages: "tell lyokha"). Names that are also words (Roman, Vera, Nadezhda,
Slava, Lev) need context: an address ("Listen, Slava,"), a possessive, a
following surname or patronymic, a verb of saying. spaCy tags "Roman" ORG;
this recognizer is what finds it.
Known false positive: a Title-case unambiguous name used as a common noun
in English ("Mila" the fashion brand).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.recognizers._names import is_not_name
from redact.recognizers.nlp.gazetteer import Entry, gazetteer, read_tsv, split_cell

__all__ = ["GivenNameRecognizer", "name_forms", "given_names"]

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_ENDEARING_BASE = regex.compile(r"^([A-Z][a-z]*(?:sh|zh|ch))(?:a|ya)$")
_ASCII_NAME = regex.compile(r"^[A-Za-z][A-Za-z'-]+$")
# Lower-case forms that are English words: never matched in lower case.
_ENGLISH_WORDS = frozenset(
    "mark max lada vera roma rose lily nadia hope faith love will grant victor nika mira mila lena gala art "
    "dina nina tim sam dan leo lev ilya yana alla ira maya kira roman slava stas zoya sima tema gleb".split()
)
# Words that, right after an ambiguous name, show it is not one: "Slava Ukraini", "Roman Empire".
_NOT_AFTER = frozenset(
    "ukraini ukraine ukrayini rossii rossiya russia bogu god gospodi kpss vdv empire empires numeral numerals "
    "catholic catholics law alphabet church holiday times era army legion legions soldiers style".split()
)
_SAYING = frozenset(
    "says said asked asks told tells called calls wants wanted sends sent is was has had will can "
    "came went got knows knew thinks".split()
)
_BEFORE_OK = frozenset(
    "it's its it’s i'm im i’m is named name tell told ask asked call called with and dear hi hello hey "
    "thanks thank son brother sister uncle aunt friend wife husband cousin nephew niece says said "
    "private sergeant lieutenant captain major colonel comrade mr mrs ms our my your his her "
    # Verbs of loss and remembrance take a person: "since we lost Roma", "we buried Slava", "remember Vera".
    "lost lose losing buried bury burying remember remembering remembered miss missed missing mourn mourned "
    "mourning honour honor honoured honored honouring honoring farewell goodbye killed wounded met visited "
    "loved".split()
)
_WORD_AFTER = regex.compile(r"^(?:['’]s\b|[ \t]+(?P<w>[\p{L}'’-]+)|(?P<p>[,?!:;]))")
_WORD_BEFORE = regex.compile(r"(?P<w>[\p{L}'’]+)[ \t]*[,]?[ \t]*$")
_SURNAME_OR_PATRONYMIC = regex.compile(
    r"^\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|ski|skaya|tsky|tskaya|enko|uk|chuk|yuk|"
    r"ich|ych|ovich|evich|ovna|evna|ichna|ivna|ykh|ikh|iy|oy|aya)$"
)


_TITLE_WORD = regex.compile(r"(?<![\p{L}'’-])[A-Z][a-z]{3,}(?![\p{L}'’-])")
# A Title-case word with the apostrophe that transliterates the Cyrillic soft sign (ь) or the Ukrainian separating
# apostrophe: "Tat'yana", "Il'ya", "Natal'ya", "Dar'ya", "Vasyl'", "Dem'yanchuk", "Mar'yan". Not an English clitic
# ("Zelensky's", "Ivan'll"), not an Irish or French prefix (O'Brien, D'Artagnan: a capital after the apostrophe).
_SOFT_SIGN_WORD = regex.compile(
    r"(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:['’](?!(?:s|t|ll|re|ve|d|m)(?![\p{L}]))\p{Ll}+)+(?:['’](?![\p{L}]))?(?![\p{L}'’-])"
    r"|(?<![\p{L}'’-])\p{Lu}\p{Ll}+[lnrtsdzc]['’](?![\p{L}])"
)
# Words that follow a name without being its surname: days, months, feasts, a verb of saying in a headline.
_NOT_SURNAME = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december christmas easter day street avenue square says said told asked
    ukraine russia belarus poland georgia moldova kazakhstan crimea donbas europe america britain germany france
    israel turkey lithuania latvia estonia romania hungary slovakia czechia canada
    """.split()
)
# The word right after such a name on its line, any Title-case word, soft signs allowed: its surname.
# A possessive "'s" stays outside ("Lyosha Gorbunov's").
_TITLE_AFTER = regex.compile(
    r"[ \t]+(?P<w>\p{Lu}\p{Ll}+(?:['’](?!s(?!\p{L}))\p{Ll}+)*(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])(?!['’](?!s(?!\p{L})))"
)
_DIMINUTIVE_SUFFIX = regex.compile(r"(?:chyk|chik|ochka|echka|ushka|yusha|ik|yk|ko|ka|ok|ek)$")


def _is_diminutive(word: str, names: Any) -> bool:
    """Whether ``word`` is a suffixed or H-spelt form of an unambiguous gazetteer name."""

    def known(form: str) -> bool:
        return any("ambiguous" not in e.flags for e in names.get(form))

    if word.startswith("H") and known("G" + word[1:]):
        return True  # Ukrainian H for Russian G: Hena, Hosha, Hrysha
    m = _DIMINUTIVE_SUFFIX.search(word)
    if m is None or m.start() < 3:
        return False
    stem = word[: m.start()]
    return any(known(stem + end) for end in ("", "a", "ya", "ia", "o", "iy", "y"))


def name_forms(row: dict[str, str]) -> tuple[str, set[str], set[str]]:
    """(canonical, ambiguous forms, Latin forms) of one ``given_names.tsv`` row."""
    canonical = row.get("name", "")
    ambiguous = {v.casefold() for v in split_cell(row.get("ambiguous"))}
    latin: set[str] = set()
    # Only Latin forms: the Cyrillic columns serve the Russian and Ukrainian recognizers.
    for value in split_cell(row.get("latin")):
        if not _CYRILLIC.search(value) and _ASCII_NAME.match(value):
            latin.add(value[0].upper() + value[1:])
    # The endearing -en'ka of a short name in -sha/-zha/-cha, as transliterated ("Serezhenka", "Lyoshenka"), in
    # the nominative and the case forms translations keep ("to Serezhenka", "Lyoshenku").
    for value in sorted(latin):
        m = _ENDEARING_BASE.match(value)
        if m:
            latin.update(m.group(1) + ending for ending in ("enka", "enku", "enki", "en'ka"))
    return canonical, ambiguous, latin


def _build() -> Iterator[tuple[str, Entry]]:
    for row in read_tsv("given_names.tsv"):
        canonical, ambiguous_forms, latin = name_forms(row)
        for form in latin:
            ambiguous = form.casefold() in ambiguous_forms or form.casefold() in _ENGLISH_WORDS
            flags = frozenset({"ambiguous"} if ambiguous else set())
            yield form, Entry(canonical, "title", flags)
            yield form.upper(), Entry(canonical, "caps", flags)
            if not ambiguous and len(form) >= 4:
                yield form.lower(), Entry(canonical, "lower", flags)


def given_names() -> Any:
    """The shared given-name gazetteer (loaded once per process)."""
    return gazetteer("given_names.tsv", _build)


class GivenNameRecognizer(EntityRecognizer):
    """Given names and diminutives from the gazetteer, ambiguous ones only with context."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    SCORES: ClassVar[dict[str, float]] = {"title": 0.75, "caps": 0.7, "lower": 0.5, "ambiguous": 0.6}

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES), supported_language=supported_language, name="GivenNameRecognizer"
        )
        self.label = "GivenNameRecognizer"

    def load(self) -> None:
        """Build (or reuse) the shared gazetteer."""
        self.names = given_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every gazetteer name that passes the ambiguity test."""
        if "PERSON" not in entities:
            return []
        return [self._result(s, e, score) for s, e, score in self.matches(text)]

    def diminutives(self, text: str, taken: set[tuple[int, int]]) -> Iterable[tuple[int, int, float]]:
        """Title-case words built on a known name with a Slavic diminutive suffix, or in the Ukrainian H-spelling
        of a G-name: "Vovchyk" (Vova), "Mykolka" (Mykola), "Hena" (Gena)."""
        for m in _TITLE_WORD.finditer(text):
            if (m.start(), m.end()) in taken or self.names.get(m.group()):
                continue
            if _is_diminutive(m.group(), self.names):
                yield m.start(), m.end(), self.SCORES["ambiguous"]

    def matches(self, text: str) -> Iterable[tuple[int, int, float]]:
        """(start, end, score) of each accepted name."""
        found = list(self._gazetteer_matches(text))
        yield from found
        yield from self.diminutives(text, {(s, e) for s, e, _ in found})
        yield from _caps_surnames(text, found)
        yield from self.soft_signs(text)
        yield from self.word_surnames(text, found)

    def word_surnames(self, text: str, found: list[tuple[int, int, float]]) -> Iterable[tuple[int, int, float]]:
        """A Title-case word right after an unambiguous Title-case given name inside a sentence is its surname, even
        an English word ("Danylo Kit", "Ivan Bas", "Oleh Fox"): no month or day, no place, no word that is never
        a name, and not the next sentence's first word."""
        from redact.recognizers.nlp.places import listed_place

        for start, end, score in found:
            if score != self.SCORES["title"] or not text[start:end][1:].islower():
                continue
            m = _TITLE_AFTER.match(text, end)
            if m is None:
                continue
            word = m.group("w")
            if is_not_name(word) or word.casefold() in _NOT_SURNAME or self.names.get(word) or listed_place(word):
                continue
            yield start, m.end("w"), self.SCORES["ambiguous"]

    def soft_signs(self, text: str) -> Iterable[tuple[int, int, float]]:
        """Names written with the apostrophe of the soft sign ("Tat'yana Il'ina", "Vasyl' Dem'yanchuk"): the word
        read without it is a gazetteer name, or a surname or patronymic by its ending; the Title-case word after a
        given name so written is its surname."""
        from redact.recognizers.spacy_ner import dictionary_word

        for m in _SOFT_SIGN_WORD.finditer(text):
            plain = regex.sub(r"['’]", "", m.group())
            # The apostrophe before a iotated vowel is also written as i ("Mar'yana", "Mariana").
            entries = self.names.get(plain) or self.names.get(regex.sub(r"['’]y", "i", m.group()))
            given = any("ambiguous" not in e.flags for e in entries) or (
                bool(entries) and self._has_context(text, m.start(), m.end())
            )
            if not given and not _SURNAME_OR_PATRONYMIC.match(plain):
                continue
            end = m.end()
            after = _TITLE_AFTER.match(text, end)
            if given and after is not None:
                word = after.group("w")
                if not is_not_name(word) and (not dictionary_word(word) or "'" in word or "’" in word):
                    end = after.end("w")
            yield m.start(), end, self.SCORES["title"] if given else self.SCORES["ambiguous"]

    def _gazetteer_matches(self, text: str) -> Iterable[tuple[int, int, float]]:
        for start, end, entries in self.names.find(text):
            kinds = {e.kind for e in entries}
            kind = "title" if "title" in kinds else ("caps" if "caps" in kinds else "lower")
            if any("ambiguous" in e.flags for e in entries):
                if kind == "lower" or not self._has_context(text, start, end):
                    continue
                yield start, end, self.SCORES["ambiguous"]
            else:
                yield start, end, self.SCORES[kind]

    @staticmethod
    def _has_context(text: str, start: int, end: int) -> bool:
        after = _WORD_AFTER.match(text[end : end + 40])
        nxt = after.group("w") if after is not None else None
        if nxt is not None and nxt.casefold() in _NOT_AFTER:
            return False
        if after is not None and (after.group(0).startswith(("'", "’")) or after.group("p")):
            return True
        if nxt is not None and (_SURNAME_OR_PATRONYMIC.match(nxt) or nxt.casefold() in _SAYING):
            return True
        before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
        if before is not None and before.group("w").casefold() in _BEFORE_OK:
            return True
        # A line-initial speaker label ("ROMAN:") is handled by its own recognizer.
        return False

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=self.label, original_score=score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


# The word after a given name in capitals, itself in capitals: the surname of a heading or memorial list ("ANDRIY
# TKACH", "OKSANA MELNYK"), whatever its ending. Not a dictionary word ("PETRO DIED"), nor an acronym.
_CAPS_AFTER = regex.compile(r"[ \t]+(?P<w>\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\d-])")


def _caps_surnames(text: str, found: list[tuple[int, int, float]]) -> Iterable[tuple[int, int, float]]:
    from redact.recognizers._things import NOT_NAMES_HERE
    from redact.recognizers.spacy_ner import dictionary_word

    for start, end, score in found:
        if not text[start:end].isupper():
            continue
        m = _CAPS_AFTER.match(text, end)
        if m is None:
            continue
        word = m.group("w")
        if word.casefold() in NOT_NAMES_HERE or dictionary_word(word) or is_not_name(word):
            continue
        yield start, m.end("w"), score
