"""Shared pieces of the English name, call-sign and place recognizers.

* :class:`RegexRecognizer`: a small ``EntityRecognizer`` over compiled ``regex``
  patterns in which the identifying part is the named group ``v`` (the cue,
  "call sign" or "village of", stays outside the span) and matching is
  case-sensitive unless a pattern says otherwise: capitalisation is most of
  the evidence that "Roman" is a name and "roman" is not.
* word lists that are never names on their own (kinship words, ranks, roles,
  transcript speaker roles), used by speaker labels, call signs and
  document-level propagation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.recognizers.nlp import compiled
from redact.recognizers.nlp.ranks import name_words

__all__ = [
    "NamePattern",
    "RegexRecognizer",
    "KINSHIP",
    "RANKS",
    "RANK_ABBREVIATIONS",
    "ROLES",
    "NOT_NAMES",
    "is_not_name",
    "TITLE_WORD",
]

# One Title-case word, hyphenated parts allowed (Aldar-ool, Ust-Kamenka), apostrophes inside (D'Artagnan).
TITLE_WORD = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*"

KINSHIP = frozenset(
    """
    mom mum mama mamma mommy mummy mother mothers mamochka mamulya mam ma dad daddy papa pa father dads batya
    son sonny sonny-boy synok daughter dochka brother bro brat bratan sister sis sestra wife husband
    grandma granny grandmother babushka babulya baba grandpa grandad granddad grandfather dedushka ded deda
    uncle aunt auntie nephew niece cousin kum kuma godfather godmother godson goddaughter in-law
    mother-in-law father-in-law son-in-law darling honey sweetheart dear love baby bunny zaya zai kitten
    boys guys lads pal mate buddy friend friends comrade comrades kid kids child children family
    """.split()
)
# Ranks, posts, titles and unit words (recognizers/data/ranks.tsv, column "names"); among them the rank
# abbreviations of English military writing ("Senior Sgt.", "Jr. Lt.", "Pvt.", "Lt. Col."): never a name.
RANK_ABBREVIATIONS = name_words(abbreviations_only=True)
RANKS = name_words()
# Speaker labels and headings that name a role, not a person.
ROLES = frozenset(
    """
    q a b c d x y interviewer interviewee journalist reporter correspondent editor translator translation
    narrator speaker speakers voice voices caller callee man woman men women boy girl male female unknown
    unidentified other operator dispatcher radio host guest source witness note notes update summary transcript
    intercept call recording audio video date time location place address subject text message sms chat
    question answer comment editors editor's mother father son daughter wife husband brother sister
    grandmother grandfather grandma grandpa mom dad mama papa aunt uncle soldier soldiers commander officer
    medic prisoner pow captive relative relatives friend neighbour neighbor sbu gur ua ru en uk all both
    participant participants person background inaudible unclear crosstalk laughs laughter pause
    interrogator investigator officer write send remember attention warning ps important urgent
    tel mob fax phone email e-mail whatsapp viber telegram dob callsign call-sign nickname alias admin administrator
    moderator judge judges prosecutor prosecutors lawyer lawyers attorney counsel presiding
    ombudsman ombudsperson commissioner
    """.split()
)
# English words that begin sentences or headings and are capitalised only for that reason (the verbs: orders
# that open a line, "Tell Marina ...", where a surname-shaped given name would otherwise pair with them).
_FUNCTION = frozenset(
    """
    the a an and or but if then so yes no not ok okay hello hi hey bye goodbye listen look well oh ah
    thanks thank please sorry what who whom whose which where when why how this that these those there here
    it its i me my mine we us our you your he him his she her they them their one two three all any some
    every each no none nothing everything someone anyone everyone nobody today tomorrow yesterday tonight
    now later again still just also only even very too more most much many few little big small old new
    good bad great dear god lord jesus christ allah amen happy merry birthday new year christmas easter
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december spring summer autumn fall winter morning evening night
    in on at to from for with without by of about after before over under near into onto up down out off
    tell ask give buy bring kiss hug greet say let meet visit wish text phone
    """.split()
)
NOT_NAMES = KINSHIP | RANKS | ROLES | _FUNCTION


def is_not_name(word: str) -> bool:
    """True for words that are never a person's name on their own (kinship, rank, role, function words)."""
    w = word.casefold().strip("'’.:,")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w in NOT_NAMES or (w.endswith("days") and w[:-1] in _WEEKDAYS)  # "on Thursdays"


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class NamePattern:
    """One compiled pattern: its name, score and (optional) entity type override."""

    name: str
    pattern: Any  # regex.Pattern[str]
    score: float
    entity: str | None = None
    overlapped: bool = False


def compile_pattern(
    name: str,
    source: str,
    score: float,
    *,
    ignore_case: bool = False,
    entity: str | None = None,
    overlapped: bool = False,
) -> NamePattern:
    """Compile ``source`` with ``regex`` (VERBOSE off, MULTILINE on) into a :class:`NamePattern`."""
    flags = regex.MULTILINE | (regex.IGNORECASE if ignore_case else 0)
    return NamePattern(name, compiled.pattern(source, flags), score, entity, overlapped)


class RegexRecognizer(EntityRecognizer):
    """Base: report group ``v`` of each pattern match (or the whole match) when :meth:`accept` agrees."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = ()

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=type(self).__name__,
        )
        self.label: str = type(self).__name__

    def load(self) -> None:  # patterns are compiled at import
        return None

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Hook: reject a candidate span (default: reject words that are never names)."""
        words = text[start:end].split()
        return bool(words) and not all(is_not_name(w) for w in words)

    def spans(self, text: str) -> Iterable[tuple[int, int, NamePattern]]:
        """Candidate (start, end, pattern) triples before :meth:`accept`."""
        for pat in self.PATTERNS:
            for m in pat.pattern.finditer(text, overlapped=pat.overlapped):
                groups = [g for g in m.re.groupindex if g == "v" or g.startswith("v_")]
                if not groups:
                    yield m.start(), m.end(), pat
                for g in groups:
                    if m.start(g) >= 0 and m.end(g) > m.start(g):
                        yield m.start(g), m.end(g), pat

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every accepted pattern match as a result of this recognizer's entity type."""
        out: list[RecognizerResult] = []
        seen: set[tuple[int, int, str]] = set()
        for start, end, pat in self.spans(text):
            entity = pat.entity or self.ENTITIES[0]
            if entity not in entities or (start, end, entity) in seen:
                continue
            if not self.accept(text, start, end, pat):
                continue
            seen.add((start, end, entity))
            out.append(
                RecognizerResult(
                    entity_type=entity,
                    start=start,
                    end=end,
                    score=pat.score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self.label, original_score=pat.score, pattern_name=pat.name
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return out
