"""Phone numbers hidden by typography: odd spaces, zero-width characters, full-width digits, odd dashes.

phonenumbers misses "+7\u202f916\u202f123-45-67" (narrow no-break spaces, common in
text from French and Russian keyboards and from word processors) and numbers
written with full-width or other non-ASCII digits. :func:`normalize` rewrites
those characters to plain ASCII, one character for one, drops zero-width
characters, and keeps a map back to the original offsets; the recognizer runs
:class:`~redact.recognizers.phone.PhoneNumberRecognizer` on the normalised text and
reports spans in the original. A number a clock time follows on a chat's header line ("+7 927 604-11-39 21:33") is
matched again with the time blanked. Known false positive: as for the plain phone
recognizer (none known at leniency VALID).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, ClassVar

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from redact.recognizers.phone import PhoneNumberRecognizer

__all__ = ["Normalized", "normalize", "NormalizedPhoneRecognizer"]

_SPACES = frozenset("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\u1680")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043")
_NAME = "NormalizedPhoneRecognizer"
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
_OTHER = {"\uff0b": "+", "\uff08": "(", "\uff09": ")", "\uff0e": ".", "\uff0f": "/", "\u2024": "."}


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the index of the original character."""

    text: str
    origin: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def _char(ch: str) -> str | None:
    if ch in _DROP:
        return None
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    if ch in _OTHER:
        return _OTHER[ch]
    if not ch.isascii() and ch.isdecimal():
        # Full-width, Arabic-Indic, Devanagari … digits: unicodedata knows their value.
        return str(unicodedata.decimal(ch))
    return ch


def normalize(text: str) -> Normalized:
    """Rewrite spaces, dashes and digits to ASCII and drop zero-width characters, keeping an offset map."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        c = _char(ch)
        if c is None:
            continue
        out.append(c)
        origin.append(i)
    return Normalized("".join(out), tuple(origin), len(text))


class NormalizedPhoneRecognizer(LocalRecognizer):
    """Phone numbers that only phonenumbers' view of normalised text reveals (U+202F, full-width digits).

    Runs :class:`~redact.recognizers.phone.PhoneNumberRecognizer` (same regions,
    leniency and context words) on the normalised text. Known false positive:
    none known beyond the plain phone recognizer's.
    """

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES: ClassVar[list[str]] = ["PHONE_NUMBER"]

    def __init__(self, supported_language: str = "en") -> None:
        self._inner = PhoneNumberRecognizer(supported_language=supported_language)
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=_NAME,
            context=list(self._inner.context or []),
        )

    def load(self) -> None:
        """Nothing to load: phonenumbers' metadata is imported with the module."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Find numbers in the normalised text around changed characters; nothing when nothing changed."""
        out = self._before_times(text, entities, nlp_artifacts)
        norm = normalize(text)
        if norm.text == text:
            return out  # the plain PhoneNumberRecognizer already saw exactly this text
        for w_start, w_end in _windows(text, norm):
            piece = norm.text[w_start:w_end]
            for r in self._inner.analyze(piece, entities, nlp_artifacts):
                start, end = norm.span(w_start + r.start, w_start + r.end)
                if text[start:end] == piece[r.start : r.end]:
                    continue  # unchanged span: the plain recognizer reports it
                if _DATE.search(text, start, end):
                    continue  # "02.11.1988 – 19.07.2023": a life span, not a number with a dash in it
                out.append(self._own(r, start, end))
        return out

    def _own(self, r: RecognizerResult, start: int, end: int) -> RecognizerResult:
        """The inner recognizer's result at ``start:end`` of the original text, under this recognizer's name."""
        return RecognizerResult(
            entity_type=r.entity_type,
            start=start,
            end=end,
            score=r.score,
            analysis_explanation=r.analysis_explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: _NAME,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _before_times(self, text: str, entities: list[str], nlp_artifacts: Any) -> list[RecognizerResult]:
        """Numbers a clock time follows on a chat's header line ("+7 927 604-11-39 21:33"): phonenumbers reads the
        hour's digits into the number, which then fails to parse. The line is matched again with the time blanked
        (same length); only a number ending right before the time is new."""
        out: list[RecognizerResult] = []
        for m in _TIME_AFTER.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            piece = text[line_start : m.start()] + " " * (m.end() - m.start()) + text[m.end() : line_end]
            for r in self._inner.analyze(piece, entities, nlp_artifacts):
                if r.end == m.start() - line_start:
                    out.append(self._own(r, line_start + r.start, line_start + r.end))
        return out


_DATE = regex.compile(r"(?<!\d)[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d)")
# A clock time right after a number, as a chat's header line writes its author and the hour; a colon is never
# inside a phone number.
_TIME_AFTER = regex.compile(r"(?<=\d)[ \t]{1,3}[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?![\d:])")
_PHONEISH = frozenset("0123456789 +-().")
# Characters kept on each side of a run so phonenumbers still sees what stands before and after a number.
_MARGIN = 8


def _windows(text: str, norm: Normalized) -> list[tuple[int, int]]:
    """Stretches of the normalised text worth re-matching: runs of phone characters that contain a change.

    Running phonenumbers over the whole text again would double the cost of the slowest recognizer for an
    em dash in prose; a number can only be hidden where a changed character sits among digits.
    """
    n = norm.text
    spans: list[tuple[int, int]] = []
    prev = -1
    for i, o in enumerate(norm.origin):
        changed = text[o] != n[i] or o != prev + 1  # rewritten, or a dropped character just before it
        prev = o
        if not changed or n[i] not in _PHONEISH:
            continue
        a = i
        while a > 0 and n[a - 1] in _PHONEISH:
            a -= 1
        b = i + 1
        while b < len(n) and n[b] in _PHONEISH:
            b += 1
        if not any(ch.isdigit() for ch in n[a:b]):
            continue
        a, b = max(0, a - _MARGIN), min(len(n), b + _MARGIN)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans
