"""Residual risk: what a run left in the text that still looks identifying.

Presidio explains what it found, never what it missed. This module lists, for
a reviewer, stretches of text that no span covers but that look risky, each
with the reason it is listed:

* **capitalised** words that are not common words: in English not in the
  model's 20,000 most frequent words, or tagged a proper noun by spaCy; in
  Russian and Ukrainian unknown to pymorphy3's dictionary, or parsed as a
  name, surname, patronymic or place; and any capitalised word inside a
  sentence in Russian or Ukrainian (where common nouns are not capitalised);
* **numbers** shaped like a phone number (7 or more digits in groups) or a unit
  number (4 or 5 digits, optionally with a letter);
* **below threshold**: candidates a recognizer did raise, with a score under
  the policy's threshold for their type;
* **places** not on the allow list: spaCy place entities and pymorphy3
  ``Geox`` words that no span covers;
* **allow-listed**: findings the policy's allow list let through (public
  figures, war geography), so the reviewer sees each exception that was used.

Stop words, speaker labels (``MOTHER:``) and allow-listed words are skipped.
Known false positive: a sentence-initial interjection the dictionary lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from redact.resolve import Span

__all__ = ["Residual", "Candidate", "find_residuals", "KINDS"]

KINDS: dict[str, str] = {
    "capitalised": "capitalised word not in the dictionary",
    "number": "number of phone or unit shape",
    "below-threshold": "candidate below the score threshold",
    "place": "place not on the allow list",
    "allow-listed": "let through by the allow list",
    "public": "kept: public (register)",
}

_WORD = regex.compile(r"\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}")
_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}])\+?\d[\d\s().\-]{5,}\d(?![\p{N}])|(?<![\p{L}\p{N}\-])[АAВB]?\d{4,5}(?![\p{N}])"
)
_CLITIC = regex.compile(r"(?:['’]s|-(?:то|ка|таки|нибудь|либо|от|бо))$", regex.IGNORECASE)
# Diarization labels (WhisperX "SPEAKER_00") are context, never a place.
_DIARIZATION = regex.compile(r"\bSPEAKER_\d+\b")
_SPEAKER = regex.compile(r"(?m)^\s*[\p{Lu}\p{N} .'’\-]{1,40}:")
_SENTENCE_END = frozenset('.!?…:;"«»“”„()[]—–-\n')

# Words English capitalises that identify nobody, and forms of address heard in calls.
_EN_COMMON = frozenset(
    "i mom mum mama dad papa ma lord god jesus sir madam hello hi yes no ok okay oh ah uh um well "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december russian russians ukrainian ukrainians english "
    "christmas easter grandma grandpa granny son brother sister auntie uncle".split()
)


@dataclass(frozen=True)
class Candidate:
    """A raw recognizer result the report saw with threshold 0 (for below-threshold and allow-listed)."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    threshold: float
    allowed: bool
    public: bool = False  # kept by the policy's public register (redact/public.py)


@dataclass(frozen=True)
class Residual:
    """One stretch of text left in the output that a reviewer should look at."""

    start: int
    end: int
    kind: str
    reason: str
    suggested_entity: str
    score: float | None = None


@lru_cache(maxsize=2)
def _morph(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    import spacy

    return frozenset(w.casefold() for w in spacy.blank(language).Defaults.stop_words)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    # Markdown markup before a word ("## Context", "- **Commander**") does not end a sentence but starts a line.
    while i >= 0 and text[i] in " \t#*>_|`":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _ru_uk_reason(word: str, language: str, initial: bool) -> tuple[str, str] | None:
    """(reason, suggested entity) for a Cyrillic capitalised word, or None when it looks common."""
    morph = _morph(language)
    word = word.replace("’", "'").replace("ʼ", "'")  # pymorphy3's Ukrainian dictionary spells the apostrophe '
    parses = morph.parse(word)
    # At a sentence start only the likeliest parse counts ("Дай" is a verb before it is a surname).
    considered = parses[:1] if initial else parses
    tags = {t for p in considered for t in ("Name", "Surn", "Patr", "Geox", "Orgn") if t in p.tag.grammemes}
    if {"Name", "Surn", "Patr"} & tags:
        return "the dictionary knows it as a name or surname", "PERSON"
    if "Geox" in tags:
        return "the dictionary knows it as a place name", "LOCATION"
    if not morph.word_is_known(word.lower()):
        return "not in the dictionary", "PERSON"
    if not initial:
        return "capitalised inside a sentence", "PERSON"
    return None


def _en_reason(word: str, token: Any, initial: bool) -> tuple[str, str] | None:
    """(reason, suggested entity) for an English capitalised word, or None when it looks common."""
    lower = regex.sub(r"['’]s$", "", word.casefold())
    if lower in _EN_COMMON:
        return None
    if token is not None:
        # "Forty-one", "How's": every part must be a frequent word.
        parts = [p for p in regex.split(r"[-'’]", lower) if p]
        known = all(token.vocab[p].has_vector and token.vocab[p].rank < 20_000 for p in parts)
        if token.ent_type_ in {"GPE", "LOC", "FAC"}:
            return "spaCy tags it as a place", "LOCATION"
        if not known:
            return "not among the 20,000 most frequent English words", "PERSON"
        if token.pos_ == "PROPN" and not initial:
            return "spaCy tags it as a proper noun", "PERSON"
        return None
    return None if initial else ("capitalised inside a sentence", "PERSON")


def find_residuals(
    text: str,
    language: str,
    spans: Sequence[Span],
    candidates: Sequence[Candidate],
    *,
    allowed_text: Callable[[str], bool],
    spacy_doc: Any = None,
    skip: Callable[[str, str | None], bool] | None = None,
) -> list[Residual]:
    """Everything in ``text`` outside ``spans`` that looks identifying, each with why.

    ``allowed_text(surface)`` says whether the policy's allow list covers a
    surface; ``skip(surface, entity)`` lets reviewer decisions (keep) hide
    items already accepted; ``spacy_doc`` (English) gives POS tags and entities.
    """
    taken = [(s.start, s.end) for s in spans]
    speakers = [(m.start(), m.end()) for m in _SPEAKER.finditer(text)]
    speakers += [(m.start(), m.end()) for m in _DIARIZATION.finditer(text)]
    out: list[Residual] = []
    seen: set[tuple[int, int]] = set()

    def add(r: Residual) -> None:
        key = (r.start, r.end)
        # The first reason given for a stretch is the most specific; never list it twice.
        if key in seen or _covered(r.start, r.end, taken) or _covered(r.start, r.end, list(seen)):
            return
        surface = text[r.start : r.end]
        if skip is not None and skip(surface, r.suggested_entity):
            return
        seen.add(key)
        out.append(r)

    # Candidates first: their reason is the most specific.
    for c in candidates:
        if c.public and c.score >= c.threshold:
            add(
                Residual(
                    c.start,
                    c.end,
                    "public",
                    f"kept: public (register) — {c.entity_type} found by {c.recognizer} (score {c.score:.2f})",
                    c.entity_type,
                    c.score,
                )
            )
        elif c.allowed:
            add(
                Residual(
                    c.start,
                    c.end,
                    "allow-listed",
                    f"{c.entity_type} found by {c.recognizer} (score {c.score:.2f}) but on the policy's allow list",
                    c.entity_type,
                    c.score,
                )
            )
        elif c.score < c.threshold:
            add(
                Residual(
                    c.start,
                    c.end,
                    "below-threshold",
                    f"{c.entity_type} found by {c.recognizer} with score "
                    f"{c.score:.2f}, under the policy threshold {c.threshold:.2f}",
                    c.entity_type,
                    c.score,
                )
            )

    tokens_by_start: dict[int, Any] = {}
    if spacy_doc is not None:
        tokens_by_start = {t.idx: t for t in spacy_doc}
        for ent in spacy_doc.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"} and not allowed_text(ent.text) and not _DIARIZATION.search(ent.text):
                add(
                    Residual(
                        ent.start_char,
                        ent.end_char,
                        "place",
                        f"spaCy tags it as a place ({ent.label_}) and it is not on the allow list",
                        "LOCATION",
                    )
                )

    stop = _stop_words(language) if language in {"en", "ru", "uk"} else frozenset()
    for m in _WORD.finditer(text):
        # The word without a possessive or a Russian particle: "Prigozhin's" -> "Prigozhin", "Позывной-то".
        word = _CLITIC.sub("", m.group())
        start, end = m.start(), m.start() + len(word)
        if len(word) < 2 or _covered(start, end, speakers) or word.casefold() in stop:
            continue
        if allowed_text(word):
            continue
        if word.isupper() and len(word) <= 5:
            continue  # acronyms (ID, TV, ФАБ, ТЦК) name things, rarely a person
        initial = _sentence_initial(text, start)
        if language in {"ru", "uk"} and regex.search(r"\p{Cyrillic}", word):
            found = _ru_uk_reason(word, language, initial)
            if found is not None and found[1] == "LOCATION":
                add(Residual(start, end, "place", found[0] + " and it is not on the allow list", "LOCATION"))
                continue
        else:
            found = _en_reason(word, tokens_by_start.get(start), initial)
        if found is not None:
            add(Residual(start, end, "capitalised", found[0], found[1]))

    for m in _NUMBER.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group())
        if digits >= 7:
            add(
                Residual(
                    m.start(), m.end(), "number", f"{digits} digits in the shape of a phone number", "PHONE_NUMBER"
                )
            )
        elif 4 <= digits <= 5 and not (1900 <= int(regex.sub(r"\D", "", m.group())) <= 2099):
            add(
                Residual(
                    m.start(), m.end(), "number", f"{digits} digits in the shape of a unit number", "MILITARY_UNIT"
                )
            )
    return sorted(out, key=lambda r: (r.start, r.end))


def counts_by_kind(residuals: Iterable[Residual]) -> dict[str, int]:
    """Residuals per kind, in :data:`KINDS` order."""
    out = dict.fromkeys(KINDS, 0)
    for r in residuals:
        out[r.kind] += 1
    return {k: v for k, v in out.items() if v}
