"""What the gate reports: a finding described without its text, one file's outcome, a file to check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redact.resolve import Span

__all__ = ["CheckFinding", "FileReport", "Target"]


@dataclass(frozen=True)
class CheckFinding:
    """One withheld entity found in a file, described without its text."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    entity_type: str
    recognizer: str
    score: float
    snippet: str
    fingerprint: str
    locator: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (see the README, "Pre-publication gate")."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "entity_type": self.entity_type,
            "recognizer": self.recognizer,
            "score": self.score,
            "snippet": self.snippet,
            "fingerprint": self.fingerprint,
            "locator": self.locator,
        }


@dataclass(frozen=True)
class FileReport:
    """The outcome for one file: its findings, or the one-line reason it could not be checked."""

    file: str
    findings: tuple[CheckFinding, ...] = ()
    error: str | None = None
    own_replacements_skipped: int = 0
    # The pipeline's spans (offsets and types, no text) before redact's own text is subtracted.
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Target:
    """A file to check and how reports name it."""

    path: Path
    display: str
    refused: str | None = None  # why discovery refused it (special file, symlink out of its folder): never opened
