"""Reviewer decisions: the file the review report exports, loaded and applied to a run.

A reviewer marks findings and residual risks in the report as ``withhold`` or
``keep`` and exports a decisions file. ``redact run --decisions FILE`` (and
``redact check``) then, for that run only:

* **keep**: drop every finding whose normalised text matches a kept entry (of
  the same entity type, when the entry names one), like an allow-list entry;
* **withhold**: add a finding wherever the normalised text of a withheld entry
  occurs (whole words, any case), and at the entry's exact offsets in the
  reviewed document, like a deny list.

**What the file stores, and why it is not plain PII by default.** Each entry
carries a salted SHA-256 of its normalised text (NFC, case-folded, ``ё``→``е``,
words joined by one space) instead of the text; the salt is random per report.
Matching a run's text against a hash needs no plain text, so the file is as
useful without it. A short name's hash can still be confirmed by someone who
guesses the name, so the file is *confidential*, not anonymous. The reviewer may
choose to include the text (to read the file, or to promote entries to the
policy's allow list later): the file is then marked ``"sensitive": true`` and
must be handled like the report itself. Offsets bind an entry to the reviewed
document only while that document's text is unchanged (its ``document_sha256``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redact.entities import ENTITIES
from redact.errors import UsageError
from redact.resolve import Finding

__all__ = [
    "DECISIONS_VERSION",
    "RECOGNIZER_NAME",
    "DecisionsError",
    "Decision",
    "Decisions",
    "normalise",
    "text_hash",
    "document_hash",
    "load_decisions",
    "parse_decisions",
]

DECISIONS_VERSION = 1
# The recognizer name findings added by a reviewer's "withhold" carry in the audit.
RECOGNIZER_NAME = "ReviewerDecision"

# Combining marks belong to their word (case folding can produce one, e.g. "İ" -> "i̇").
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")


class DecisionsError(UsageError):
    """A decisions file is missing, unreadable or invalid (exit 2, nothing is written)."""


def _tokens(text: str) -> list[str]:
    return [m.group().casefold().replace("ё", "е") for m in _TOKEN.finditer(unicodedata.normalize("NFC", text))]


def normalise(text: str) -> str:
    """The form decisions are matched on: NFC words, case-folded, ``ё``→``е``, joined by one space."""
    return " ".join(_tokens(text))


def text_hash(salt: str, text: str) -> str:
    """Salted SHA-256 of ``text``'s normalised form (what a decisions file stores)."""
    return hashlib.sha256(f"{salt}\n{normalise(text)}".encode()).hexdigest()


def document_hash(text: str) -> str:
    """SHA-256 of a document's flattened text: binds offsets to the exact text reviewed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _EntryModel(_Frozen):
    decision: Literal["withhold", "keep"]
    kind: Literal["finding", "residual"] = "finding"
    document: str = ""
    document_sha256: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
    start: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)
    entity_type: str | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    words: int = Field(default=1, ge=1, le=12)
    text: str | None = None


class _FileModel(_Frozen):
    format: Literal["redact-decisions"]
    version: int
    reviewer: str = Field(min_length=1)
    date: dt.date | dt.datetime
    salt: str = Field(min_length=8)
    sensitive: bool = False
    note: str = ""
    policy: dict[str, Any] = Field(default_factory=dict)
    entries: list[_EntryModel] = Field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """One reviewer decision about one stretch of one document."""

    decision: Literal["withhold", "keep"]
    kind: str
    document: str
    document_sha256: str
    start: int
    end: int
    entity_type: str | None
    sha256: str
    words: int


@dataclass(frozen=True)
class Decisions:
    """A validated decisions file, ready to apply to findings."""

    reviewer: str
    date: str
    salt: str
    sensitive: bool
    entries: tuple[Decision, ...]
    sha256: str = ""

    def audit(self) -> dict[str, Any]:
        """How an audit record names the decisions applied: the file's hash and counts, never words."""
        return {
            "sha256": self.sha256,
            "reviewer": self.reviewer,
            "date": self.date,
            "keep": len(self.kept),
            "withhold": len(self.withheld),
        }

    @property
    def kept(self) -> list[Decision]:
        """Entries the reviewer keeps (allow)."""
        return [e for e in self.entries if e.decision == "keep"]

    @property
    def withheld(self) -> list[Decision]:
        """Entries the reviewer withholds (deny)."""
        return [e for e in self.entries if e.decision == "withhold"]

    def keeps(self, text: str, entity_type: str | None) -> bool:
        """Whether a kept entry covers ``text`` (found as ``entity_type``)."""
        h = text_hash(self.salt, text)
        return any(e.sha256 == h and (e.entity_type in (None, entity_type)) for e in self.kept)

    def apply(self, text: str, findings: Sequence[Finding]) -> list[Finding]:
        """``findings`` with kept ones dropped and withheld ones added, for a document whose text is ``text``."""
        doc_sha = document_hash(text)
        kept_hashes: dict[str, set[str | None]] = defaultdict(set)
        kept_offsets: set[tuple[int, int]] = set()
        for e in self.kept:
            kept_hashes[e.sha256].add(e.entity_type)
            if e.document_sha256 == doc_sha:
                kept_offsets.add((e.start, e.end))
        out: list[Finding] = []
        for f in findings:
            if (f.start, f.end) in kept_offsets:
                continue
            types = kept_hashes.get(text_hash(self.salt, text[f.start : f.end]))
            if types is not None and (None in types or f.entity_type in types):
                continue
            out.append(f)
        out.extend(self._withheld_findings(text, doc_sha))
        return out

    def _withheld_findings(self, text: str, doc_sha: str) -> Iterable[Finding]:
        withheld = self.withheld
        if not withheld:
            return []
        added: list[Finding] = []
        by_hash: dict[tuple[int, str], str] = {}
        for e in withheld:
            entity = e.entity_type or "PERSON"
            by_hash[(e.words, e.sha256)] = entity
            if e.document_sha256 == doc_sha and 0 <= e.start < e.end <= len(text):
                added.append(Finding(e.start, e.end, entity, 1.0, RECOGNIZER_NAME))
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        folded = [unicodedata.normalize("NFC", s[2]).casefold().replace("ё", "е") for s in spans]
        for n in sorted({e.words for e in withheld}):
            for i in range(len(spans) - n + 1):
                # Hash what normalise() would produce for this run of n words.
                norm = " ".join(folded[i : i + n])
                h = hashlib.sha256(f"{self.salt}\n{norm}".encode()).hexdigest()
                hit = by_hash.get((n, h))
                if hit is not None:
                    added.append(Finding(spans[i][0], spans[i + n - 1][1], hit, 1.0, RECOGNIZER_NAME))
        return added


def _loc(loc: tuple[Any, ...]) -> str:
    return "[" + " -> ".join(str(x) for x in loc) + "]"


def parse_decisions(data: Any, *, source: str = "<decisions>") -> Decisions:
    """Validate parsed JSON into :class:`Decisions`, collecting every issue (never echoing values)."""
    try:
        model = _FileModel.model_validate(data)
    except ValidationError as exc:
        found = [f"{_loc(e['loc'])} {e['msg']}" for e in exc.errors(include_url=False, include_input=False)]
        raise DecisionsError(f"decisions file {source} is invalid: " + "; ".join(found)) from None
    issues: list[str] = []
    if model.version != DECISIONS_VERSION:
        issues.append(f"[version] unsupported version {model.version} (this redact reads {DECISIONS_VERSION})")
    for i, e in enumerate(model.entries):
        if e.entity_type is not None and e.entity_type not in ENTITIES:
            issues.append(f"[entries -> {i} -> entity_type] unknown entity type")
        if e.end < e.start:
            issues.append(f"[entries -> {i}] end is before start")
    if issues:
        raise DecisionsError(f"decisions file {source} is invalid: " + "; ".join(issues))
    entries = tuple(
        Decision(
            decision=e.decision,
            kind=e.kind,
            document=e.document,
            document_sha256=e.document_sha256,
            start=e.start,
            end=e.end,
            entity_type=e.entity_type,
            sha256=e.sha256,
            words=e.words,
        )
        for e in model.entries
    )
    return Decisions(
        reviewer=model.reviewer,
        date=model.date.isoformat(),
        salt=model.salt,
        sensitive=model.sensitive,
        entries=entries,
    )


def load_decisions(path: Path) -> Decisions:
    """Read and validate a decisions file exported from the review report."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DecisionsError(f"cannot read decisions file {path} ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecisionsError(f"decisions file {path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DecisionsError(
            f"decisions file {path} is not valid JSON at line {exc.lineno}, column {exc.colno}"
        ) from None
    parsed = parse_decisions(data, source=str(path))
    return dataclasses.replace(parsed, sha256=hashlib.sha256(raw).hexdigest())
