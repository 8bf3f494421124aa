"""Shared machinery for redact's pattern recognizers: value groups, text cues, checksums.

Presidio's :class:`PatternRecognizer` scores the whole regex match and leaves
context to the lemma-based enhancer, which sees nothing in Russian or
Ukrainian (``spacy.blank`` pipelines have no lemmas) and only looks five
tokens back. The recognizers here need two things more:

* the cue that makes a match safe ("паспорт", "born", "the number ending in")
  belongs in the regex but must stay *outside* the span, so a pattern may
  capture the identifying part in a group named ``v``;
* some patterns are only worth reporting near a hotword, so
  :attr:`CuedPatternRecognizer.CONTEXT` stems are searched in the raw text
  around the match (a few words either side), independent of the NLP engine.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from redact.recognizers.nlp import compiled as _compiled

__all__ = ["CuedPattern", "CuedPatternRecognizer", "luhn_ok", "DEFAULT_FLAGS", "cascaded_context", "matches_from"]

DEFAULT_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
_WORD = regex.compile(r"\w[\w'’-]*")


@dataclass(frozen=True)
class CuedPattern:
    """One regex with its score; ``needs_context`` drops matches with no hotword nearby.

    ``starts``, when given, is a cheap regex that finds every place a match of ``regex`` can start: each match of
    the pattern starts where a match of ``starts`` starts (a character class of the pattern's first character,
    ``[(\\d]``; or a cue its look-behind requires, with ``\\K`` after it: ``[,—–]\\s*\\K``). The pattern is then
    tried only there (:func:`matches_from`), with the same matches as a scan of every position: a pattern opening
    on a look-behind is otherwise tried, look-behind first, at every character of the text. Worth it only for a
    rare start (a bracket, a comma): each start costs a call from Python, and where ``regex`` knows the pattern's
    first characters itself a class of common letters as ``starts`` was slower than its own scan (measured).

    ``starts`` may also be several regexes, each compiled alone, whose starts together find every start: a pattern
    opening on an optional capitalised word (``(?-i:\\p{Lu}...)``) before letters matched in any case has no first
    characters ``regex`` can use (it folds the case of the whole set, so every letter is a start), while the
    capitalised word alone and the rest of the pattern alone each have."""

    name: str
    regex: str
    score: float
    needs_context: bool = False
    flags: int | None = None
    starts: str | tuple[str, ...] | None = None

    @property
    def compile_flags(self) -> int:
        """The flags ``regex`` (and ``starts``) is compiled with."""
        return DEFAULT_FLAGS if self.flags is None else self.flags


def cascaded_context(en: list[str], ru: list[str], uk: list[str]) -> dict[str, list[str]]:
    """Hotword stems by language for :attr:`CuedPatternRecognizer.CONTEXT`: Russian text also uses the English
    stems, Ukrainian text the Russian and English ones (quoted documents, surzhyk, transliterations)."""
    return {"en": en, "ru": ru + en, "uk": uk + ru + en}


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by card numbers and IMEIs."""
    from stdnum import luhn

    return bool(digits.isdigit() and luhn.is_valid(digits))


@cache
def _compile(source: str, flags: int) -> regex.Pattern[str]:
    """A recognizer's pattern, compiled once per process: every engine built (a worker's, after a warm-up's) reuses
    it. regex's own cache holds 500 patterns and this code base compiles more, so it drops patterns at random and
    a second build compiled a third of them again (a second or more of CPU per build)."""
    return _compiled.pattern(source, flags)


class _Compiled(Pattern):
    """Presidio's Pattern around a regex this module already compiled.

    ``Pattern.__init__`` validates by compiling the source again without flags: a second compile of
    every pattern at start-up (a few hundred ms for all recognizers). The compile above is the validation.
    """

    def __init__(self, name: str, compiled: regex.Pattern[str], score: float) -> None:  # noqa: D107
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = compiled.pattern
        self.score = score
        self.compiled_regex = compiled
        self.compiled_with_flags = compiled.flags


class CuedPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose spans may be a named group and whose context is read from the text.

    Subclasses set ``ENTITY``, ``PATTERNS`` (a list of :class:`CuedPattern`),
    ``CONTEXT`` (language → lowercase stems) and may override
    :meth:`validate_result` / :meth:`invalidate_result` as in Presidio.
    """

    ENTITY: ClassVar[str] = ""
    ENTITIES: ClassVar[list[str]] = []
    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = []
    CONTEXT: ClassVar[dict[str, list[str]]] = {}
    # Words looked at before and after a match for a hotword.
    CONTEXT_BEFORE: ClassVar[int] = 6
    CONTEXT_AFTER: ClassVar[int] = 4
    # Added to a pattern's score when a hotword is near (Presidio's enhancer uses 0.35 as well).
    CONTEXT_BOOST: ClassVar[float] = 0.35

    def __init__(self, supported_language: str = "en") -> None:
        context = self.CONTEXT.get(supported_language) or self.CONTEXT.get("en") or []
        self._cued = list(self.PATTERNS)
        self._compiled = [_compile(p.regex, p.compile_flags) for p in self._cued]
        stems = sorted({s.casefold() for s in context}, key=len, reverse=True)
        # One alternation instead of a startswith loop: context is checked for every match.
        self._stem_re = (
            regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(s) for s in stems) + ")") if stems else None
        )
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=[_Compiled(p.name, c, p.score) for p, c in zip(self._cued, self._compiled, strict=True)],
            context=list(context),
        )

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """Checksum hook with the pattern known; defaults to Presidio's :meth:`validate_result`."""
        result: bool | None = self.validate_result(value)
        return result

    def matches(self, pattern: CuedPattern, compiled: regex.Pattern[str], text: str) -> Iterable[regex.Match[str]]:
        """Where ``pattern`` matches ``text`` (only where its ``starts`` finds a start, if it has one); a subclass may
        look only near cheap anchors (:func:`matches_near`)."""
        if isinstance(pattern.starts, str):
            return matches_from(compiled, text, _compile(pattern.starts, pattern.compile_flags))
        if pattern.starts is not None:
            starts = [_compile(s, pattern.compile_flags) for s in pattern.starts]
            return matches_from(compiled, text, *starts)
        found: Iterable[regex.Match[str]] = compiled.finditer(text)
        return found

    def has_context(self, text: str, start: int, end: int) -> bool:
        """Whether a hotword stem begins one of the words around ``text[start:end]``."""
        if self._stem_re is None:
            return False
        before = _WORD.findall(text[max(0, start - 200) : start])[-self.CONTEXT_BEFORE :]
        after = _WORD.findall(text[end : end + 200])[: self.CONTEXT_AFTER]
        return self._stem_re.search(" ".join((*before, *after)).casefold()) is not None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run every pattern; span = group ``v`` if the pattern has one, else the whole match."""
        results: list[RecognizerResult] = []
        name = type(self).__name__
        for pattern, compiled in zip(self._cued, self._compiled, strict=True):
            for m in self.matches(pattern, compiled, text):
                if "v" in compiled.groupindex and m.group("v") is not None:
                    start, end = m.span("v")
                else:
                    start, end = m.span()
                value = text[start:end]
                if not value.strip():
                    continue
                valid = self.validate_match(pattern, value)
                if valid is False or self.invalidate_result(value):
                    continue
                cued = self.has_context(text, start, end)
                if pattern.needs_context and not cued:
                    continue
                score = EntityRecognizer.MAX_SCORE if valid else pattern.score
                if cued and not pattern.needs_context:
                    score = min(EntityRecognizer.MAX_SCORE, score + self.CONTEXT_BOOST)
                explanation = self.build_regex_explanation(
                    name, pattern.name, pattern.regex, pattern.score, bool(valid), compiled.flags
                )
                results.append(self._cued_result(start, end, score, explanation))
        return _drop_contained(results)

    def _explained_result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        """A result a subclass found outside its patterns, with the reason it gives (see :meth:`_cued_result`)."""
        explanation = AnalysisExplanation(recognizer=type(self).__name__, original_score=score, textual_explanation=why)
        return self._cued_result(start, end, score, explanation)

    def _cued_result(self, start: int, end: int, score: float, explanation: Any) -> RecognizerResult:
        """A result whose score already holds its context (subclasses that find more call this too)."""
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # Context was read here already; Presidio's enhancer must not add it twice.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


def _drop_contained(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of identical spans and drop spans inside a longer one of at least equal score."""
    results = sorted(results, key=lambda r: (r.start, -(r.end - r.start), -r.score))
    kept: list[RecognizerResult] = []
    for r in results:
        if any(k.start <= r.start and r.end <= k.end and k.score >= r.score for k in kept):
            continue
        kept.append(r)
    return kept


def matches_near(
    compiled: regex.Pattern[str], text: str, anchor: regex.Pattern[str], before: int, after: int
) -> list[regex.Match[str]]:
    """Matches of ``compiled`` looked for only in windows reaching ``before``/``after`` characters around each match
    of a cheap ``anchor`` (overlapping windows merged); at each start the longest match, in text order."""
    windows: list[list[int]] = []
    for a in anchor.finditer(text):
        lo, hi = max(0, a.start() - before), min(len(text), a.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    found: dict[int, regex.Match[str]] = {}
    for lo, hi in windows:
        for m in compiled.finditer(text, lo, hi):
            if m.start() not in found or m.end() > found[m.start()].end():
                found[m.start()] = m
    return [found[k] for k in sorted(found)]


def matches_from(compiled: regex.Pattern[str], text: str, *starts: regex.Pattern[str]) -> list[regex.Match[str]]:
    """``compiled.finditer(text)``'s matches, tried only where a match of one of ``starts`` starts.

    The same matches when every match of ``compiled`` starts where one of ``starts`` does (see
    :attr:`CuedPattern.starts`): a scan takes, from where the last match ended, the first position the pattern
    matches at, and that position is one of the starts; ``match`` at a position sees the text before it (its
    look-behinds and word boundaries read as in a scan)."""
    found: list[regex.Match[str]] = []
    reached = 0
    cues = (
        starts[0].finditer(text) if len(starts) == 1 else heapq.merge(*(c.finditer(text) for c in starts), key=_start)
    )
    for cue in cues:
        at = cue.start()
        if at < reached:
            continue
        m = compiled.match(text, at)
        if m is not None:
            found.append(m)
            reached = max(m.end(), at + 1)
    return found


def _start(m: regex.Match[str]) -> int:
    start: int = m.start()
    return start
