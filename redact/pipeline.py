"""The pure core: a Document in, a Redaction out, no I/O.

``analyze`` runs the policy's recognizers (in overlapping chunks, so spaCy's
length limit never bites and an entity on a chunk border is still whole in
one chunk), applies thresholds and the allow list, ``resolve`` merges
overlaps, and the anonymizer applies the policy's operators.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from redact.anonymize import Anonymizer, Replacement
from redact.documents import Document, render
from redact.engine import Engines
from redact.entities import ENTITIES
from redact.language import detect_language
from redact.policy import Policy
from redact.propagate import propagate
from redact.resolve import Finding, Span, clip_to_segments, resolve

__all__ = ["Redaction", "Redactor", "analyze_text", "chunks", "CHUNK_CHARS", "CHUNK_OVERLAP"]

CHUNK_CHARS = 100_000
CHUNK_OVERLAP = 1_000


@dataclass(frozen=True)
class Redaction:
    """What was found in one document and what replaced it."""

    document: Document
    language: str
    spans: tuple[Span, ...]
    replacements: tuple[Replacement, ...]
    output: bytes
    counts: dict[str, int] = field(default_factory=dict)


def chunks(text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) covering ``text``; consecutive pieces overlap by ``overlap`` chars.

    Cuts prefer a line break, then a space, in the last quarter of a piece.
    """
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            window = text[start + size * 3 // 4 : end]
            cut = max(window.rfind("\n"), window.rfind(" "))
            if cut >= 0:
                end = start + size * 3 // 4 + cut + 1
        stop = min(n, end + overlap)
        yield start, text[start:stop]
        if stop >= n:
            break
        start = end


class _AllowList:
    """The policy's allow list compiled once: exact (case-insensitive) texts and regexes."""

    def __init__(self, policy: Policy) -> None:
        self.entries: list[tuple[frozenset[str], frozenset[str], str | None, Any]] = []
        for e in policy.allow_list:
            pattern = regex.compile(e.regex, regex.IGNORECASE) if e.regex else None
            text = e.text.casefold() if e.text else None
            self.entries.append((frozenset(e.languages), frozenset(e.entities), text, pattern))

    def allows(self, surface: str, entity: str, language: str) -> bool:
        folded = surface.casefold()
        for langs, ents, text, pattern in self.entries:
            if language not in langs or (ents and entity not in ents):
                continue
            if text is not None and folded == text:
                return True
            if pattern is not None and pattern.fullmatch(surface):
                return True
        return False


def analyze_text(text: str, language: str, engines: Engines, policy: Policy) -> list[Finding]:
    """Every finding of the policy's entities in ``text`` above its threshold."""
    analyzer = engines.analyzer(language)
    wanted = [e for e in ENTITIES if policy.rule_for(e) is not None]
    allow = _AllowList(policy)
    found: list[Finding] = []
    for offset, piece in chunks(text):
        for r in analyzer.analyze(piece, language=language, entities=wanted):
            if r.score < policy.threshold_for(r.entity_type):
                continue
            surface = piece[r.start : r.end]
            if allow.allows(surface, r.entity_type, language):
                continue
            meta = r.recognition_metadata or {}
            found.append(
                Finding(
                    offset + r.start,
                    offset + r.end,
                    r.entity_type,
                    round(float(r.score), 4),
                    str(meta.get("recognizer_name", "unknown")),
                )
            )
    # A name found once is withheld everywhere in the document (bare surnames, later repeats).
    return propagate(
        text,
        found,
        language,
        floor=policy.threshold_for,
        allowed=lambda surface, entity: allow.allows(surface, entity, language),
    )


class Redactor:
    """Everything needed to redact documents under one policy, built once per worker."""

    def __init__(self, policy: Policy, *, model: str | None = None, language: str = "auto") -> None:
        self.policy = policy
        self.language = language
        self.engines = Engines(policy, model)
        self.anonymizer = Anonymizer(policy)

    def language_of(self, doc: Document) -> str:
        """The language to analyse ``doc`` in."""
        return detect_language(doc.text) if self.language == "auto" else self.language

    def redact(self, doc: Document, ctx: Any = None) -> Redaction:
        """Find, resolve and replace every identifying detail in ``doc``."""
        language = self.language_of(doc)
        findings = analyze_text(doc.text, language, self.engines, self.policy) if doc.text.strip() else []
        spans = clip_to_segments(resolve(findings), doc.bounds())
        spans = [s for s in spans if self.policy.rule_for(s.entity_type) is not None]
        _, replacements = self.anonymizer.anonymize(doc.text, spans, ctx)
        counts = Counter(s.entity_type for s in spans)
        return Redaction(
            document=doc,
            language=language,
            spans=tuple(spans),
            replacements=tuple(replacements),
            output=render(doc, replacements),
            counts=dict(sorted(counts.items())),
        )
