"""Call signs and nicknames introduced by a cue, in English.

Cues: "call sign", "callsign", "code-named", "nicknamed", "nickname",
"goes by", "known as", "knows him as", "referred to as", "they call him",
"everyone calls him", "a man they call "X"", "identified himself as".
The value is a quoted phrase of up to four words (“Crazy Professor”,
"Taiga", «Grom») or one to three Title-case words ("call sign
Taiga", "callsign Buran"); a few linking words may sit between cue and value
("his call sign is reported to be "Sever""). Inside a passage that talks
about call signs or nicknames, other short quoted Title-case phrases are call
signs too ("Mine is "Zubr", the sergeant's is "Vdova""), and so is a
Title-case word after a possessive ("my call sign is Taiga, the commander's
is Shaman"). Radio procedure
("Come in, Tundra, this is Granit") names both stations.
Known false positive: "known as" before a place or an organisation ("known
as Donbas Arena") tags it CALL_SIGN; it is still withheld.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult

from redact.recognizers._names import TITLE_WORD, NamePattern, RegexRecognizer, compile_pattern, is_not_name

_CUE = (
    r"(?:call[\s-]?signs?|radio\s+names?|noms?\s+de\s+guerre|war\s+names?|alias|a\.k\.a\.?|aka|code[\s-]?named|codenamed?|code\s+names?|nick[\s-]?named|nick[\s-]?names?|"
    r"goes\s+by(?:\s+the\s+name)?|went\s+by|known\s+(?:only\s+)?as|(?:they|everyone|everybody|we|guys|lads)\s+(?:here\s+)?"
    r"call(?:s|ed)?\s+(?:him|her|me|them)|(?:know|knows|knew|known)\s+(?:him|her|them|me)\s+as|"
    r"(?:is\s+|was\s+)?referred\s+to\s+as|(?:they|everyone|everybody|people|guys|lads|we)\s+call(?:s|ed)?(?=\s+[\"“«])|"
    r"(?:identified|introduced|calls?|called)\s+(?:himself|herself|myself)"
    r"(?:\s+only)?\s+as|(?:identified|introduced|calls?|called)\s+(?:himself|herself|myself))"
)
# Words allowed between the cue and the value: "his call sign is reported to be", "call sign: ".
_LINK = (
    r"(?:\s*[:—–-]\s*|\s+(?:is|was|of|being|now|still|just|simply|only|reportedly|reported\s+to\s+be|said\s+to\s+be|"
)
_LINK += r"became|becomes|it's|its|here)(?=\s))*\s*"
_OPEN = r"[\"“«„'‘]"
_CLOSE = r"[\"”»“'’]"
_QUOTED = rf"{_OPEN}(?P<v>\p{{L}}[\p{{L}}\d'’ -]{{0,30}}?\p{{L}}|\p{{Lu}}){_CLOSE}"
_BARE = rf"(?P<v_bare>{TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}}|\p{{Lu}}{{2,}}(?:-\d+)?)"
_VALUE = rf"(?:{_QUOTED}|{_BARE})"
_TOPIC = regex.compile(r"call[\s-]?signs?|callsigns?|nick[\s-]?names?|code[\s-]?names?|радио|позывн", regex.IGNORECASE)
_QUOTED_TITLE = regex.compile(rf"{_OPEN}(?P<v>\p{{Lu}}[\p{{L}}'’-]+(?:\s\p{{Lu}}[\p{{L}}'’-]+){{0,2}}){_CLOSE}")
# "the commander's is Shaman": the possessive stands for "call sign" already mentioned.
_POSSESSIVE_IS = regex.compile(rf"\w['’]s\s+(?:is|was)\s+[\"“«]?(?P<v>{TITLE_WORD})")


# A translator's gloss right after a call sign: "His is Kaban. Boar.", "they call him Chaika, seagull.", "Grom
# (thunder)". One or two words standing alone to the end of their sentence or bracket; the translation tells the
# call sign as surely as the transliteration.
_GLOSS = regex.compile(
    r"[\"”»’']?(?:,[ \t]*|\.[ \t]+|[ \t]*\([ \t]*|[ \t]*[—–][ \t]*)(?:meaning[ \t]+|i\.e\.,?[ \t]+)?[\"“«‘']?"
    r"(?P<v>\p{L}[\p{Ll}'’-]+(?:[ \t]\p{Ll}+)?)[\"”»’']?(?=[ \t]*(?:[.!)]|$))"
)


_REPLIES = frozenset(
    """
    yes no yeah yep nope okay ok right sure exactly true correct fine good nice indeed well period copy roger out end
    """.split()
)


def _gloss_noun(word: str) -> bool:
    """Whether ``word`` is an English noun and neither adjective nor adverb ("seagull", "boar", "thunder")."""
    from redact.recognizers.spacy_ner import _lemma_index

    w = word.casefold().strip("'’.")
    index = _lemma_index()
    stem = w[:-1] if w.endswith("s") and w[:-1] in index.get("noun", ()) else w
    return stem in index.get("noun", ()) and stem not in index.get("adj", ()) and stem not in index.get("adv", ())


class CallSignRecognizer(RegexRecognizer):
    """Call signs and nicknames after an English cue, quoted or Title-case."""

    ENTITIES: ClassVar[list[str]] = ["CALL_SIGN"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("cue_value", rf"(?i:\b{_CUE}{_LINK}){_VALUE}", 0.95),
        compile_pattern("cue_value_ci", rf"(?i:\b{_CUE}{_LINK}){_OPEN}(?P<v>[^\"”»\n]{{1,30}}?){_CLOSE}", 0.95),
        compile_pattern(
            "radio",
            rf"\b(?:[Cc]ome\s+in|[Tt]his\s+is|[Rr]eceived|[Cc]opy(?:\s+that)?|[Oo]ver\s+to),?\s+(?P<v>{TITLE_WORD})"
            rf"(?=\s*[,.!]\s*(?:[Tt]his\s+is|[Oo]ver|[Cc]ome\s+in|\p{{Lu}}\p{{Ll}}+\s+hears|[Hh]ow\s+copy|$))",
            0.9,
        ),
        compile_pattern(
            "come_in_this_is",
            rf"\b[Cc]ome\s+in,?\s+(?P<v>{TITLE_WORD}),?\s+this\s+is\s+(?P<v_2>{TITLE_WORD})\b",
            0.9,
        ),
        compile_pattern("hears_you", rf"\b(?P<v>{TITLE_WORD}),?\s+hears\s+you\b", 0.9),
        # A quoted Title-case word beside a rank or role names him: 'His commander is "Tundra"',
        # 'the sergeant, "Babai", said', 'our platoon leader "Lesnik"'.
        compile_pattern(
            "role_quoted",
            r"(?i:\b(?:commander|commanding\s+officer|sergeant|sarge|lieutenant|captain|major|colonel|platoon\s+leader|"
            r"squad\s+leader|company\s+commander|kombat|sniper|medic|comrade|brother[\s-]in[\s-]arms|fellow\s+soldier|"
            r"deputy|officer)(?:['’]s)?)(?:\s+(?:is|was|(?:is|was)\s+called|named|called))?[\s,:—–-]+"
            rf"{_OPEN}(?P<v>{TITLE_WORD}(?:\s{TITLE_WORD})?){_CLOSE}",
            0.9,
        ),
    )
    # Cues like "known as" precede ordinary words too ("known as a hero"): a bare value must not be one.
    _BARE_STOP = frozenset("a an the his her their our my your one that this".split())
    # Russian kinship slang that is a common call sign ("they call him Ded"); English kinship words are not.
    _SLANG_CALL_SIGNS = frozenset("ded batya bratan brat kum dyadya".split())

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject function, rank and kinship words as bare values."""
        words = text[start:end].split()
        if not words or words[0].casefold() in self._BARE_STOP:
            return False
        return not all(is_not_name(w) and w.casefold() not in self._SLANG_CALL_SIGNS for w in words)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        """Cued call signs, plus quoted Title-case phrases in a passage about call signs."""
        results = super().analyze(text, entities, nlp_artifacts)
        if "CALL_SIGN" not in entities:
            return results
        results = results + self._glosses(text, results, nlp_artifacts)
        topic = [m.start() for m in _TOPIC.finditer(text)]
        if not topic:
            return results
        taken = {(r.start, r.end) for r in results}
        topical = NamePattern("topic_quoted", _QUOTED_TITLE, 0.9)
        extra = []
        for m in [*_QUOTED_TITLE.finditer(text), *_POSSESSIVE_IS.finditer(text)]:
            s, e = m.span("v")
            # Near a cue (within a few sentences after it) and short: a nickname, not a quotation.
            if (s, e) in taken or not any(0 <= s - t <= 300 for t in topic):
                continue
            if self.accept(text, s, e, topical):
                extra.append((s, e))
        extra = extra + [
            (r.start, r.end) for r in self._glosses(text, [self._result(s, e) for s, e in extra], nlp_artifacts)
        ]
        if not extra:
            return results
        for s, e in extra:
            results.append(
                RecognizerResult(
                    "CALL_SIGN",
                    s,
                    e,
                    topical.score,
                    analysis_explanation=AnalysisExplanation(self.label, topical.score, pattern_name=topical.name),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def _result(self, start: int, end: int, score: float = 0.9, name: str = "topic_quoted") -> RecognizerResult:
        return RecognizerResult(
            "CALL_SIGN",
            start,
            end,
            score,
            analysis_explanation=AnalysisExplanation(self.label, score, pattern_name=name),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _glosses(self, text: str, found: list[Any], nlp_artifacts: Any) -> list[RecognizerResult]:
        """The English gloss right after each call sign found (module :data:`_GLOSS`): a noun, not a rank, kinship or
        function word, nor a reply ("Grom, right?", "Taiga. Yes.")."""
        out = []
        for r in found:
            m = _GLOSS.match(text, r.end)
            if m is None:
                continue
            s, e = m.span("v")
            words = text[s:e].split()
            if any(is_not_name(w) or w.casefold() in self._BARE_STOP for w in words):
                continue
            if not _gloss_noun(words[-1]) or any(w.casefold() in _REPLIES for w in words):
                continue
            out.append(self._result(s, e, 0.85, "gloss"))
        return out
