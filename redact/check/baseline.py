"""Suppressions legal can approve: a YAML baseline of fingerprints, never of text.

::

    version: 1
    key_id: 3f9a0c1d2e4b5a6f        # which key made the fingerprints (redact.keys label)
    suppressions:
      - fingerprint: 9c1e4f0a7b2d3e5f
        entity_type: PERSON
        file: transcripts/call-07.txt  # optional: without it the entry applies in every file
        line: 12                       # where it was found when the entry was written (information only)
        snippet: "S***** V*****"       # the finding, masked as `check` shows it (information only)
        justification: "Public spokesperson, named in the published story"
        approved_by: "J. Doe (legal)"
        approved_on: 2026-11-20
        expires: 2027-05-20           # optional

An entry suppresses a finding with the same fingerprint and type (and file, when
given) only while it is **approved** (justification, approver and approval date
all filled in) and **not expired** (``expires`` is after today). Entries written
by ``--update-baseline`` have empty approval fields, so they suppress nothing
until legal fills them in; expired entries stop suppressing and are reported.

``line`` and ``snippet`` let the approver see what they approve without the
text: they are written with the entry and never used for matching (the keyed
fingerprint is), so an edit that moves the name does not undo an approval.
Baselines written before these fields existed still load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redact import yamlio
from redact.check.findings import CheckFinding
from redact.errors import PolicyError, UsageError

__all__ = ["Suppression", "Baseline", "Applied", "load_baseline", "apply_baseline", "update_baseline", "write_baseline"]

Status = Literal["active", "pending", "expired"]


class Suppression(BaseModel):
    """One approved (or awaiting approval) suppression."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str = Field(pattern=r"^[0-9a-f]{16}$")
    entity_type: str
    file: str | None = None
    line: int | None = Field(default=None, ge=1)
    snippet: str = ""
    justification: str = ""
    approved_by: str = ""
    approved_on: dt.date | None = None
    expires: dt.date | None = None

    @field_validator("justification", "approved_by", "snippet", mode="before")
    @classmethod
    def _none_is_empty(cls, v: Any) -> Any:
        return "" if v is None else v

    _dates = field_validator("approved_on", "expires", mode="before")(yamlio.parse_date)

    def status(self, today: dt.date) -> Status:
        """``expired`` once ``expires`` is reached, ``pending`` until approved, else ``active``."""
        if self.expires is not None and self.expires <= today:
            return "expired"
        if not (self.justification.strip() and self.approved_by.strip() and self.approved_on is not None):
            return "pending"
        return "active"

    def matches(self, f: CheckFinding) -> bool:
        """Same fingerprint and type, and same file when the entry names one."""
        return (
            self.fingerprint == f.fingerprint
            and self.entity_type == f.entity_type
            and (self.file is None or self.file == f.file)
        )


class Baseline(BaseModel):
    """A baseline file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    key_id: str | None = None
    suppressions: list[Suppression] = Field(default_factory=list)


@dataclass(frozen=True)
class Applied:
    """Findings split by the baseline, and the entries a reviewer should look at."""

    findings: tuple[CheckFinding, ...]
    suppressed: tuple[tuple[CheckFinding, Suppression], ...]
    expired: tuple[Suppression, ...]
    pending_matched: tuple[Suppression, ...]


def load_baseline(path: Path, key_id: str, *, missing_ok: bool = False) -> Baseline:
    """Read and validate a baseline; refuse one made with another key.

    An absent file is an error (a mistyped path must not silently suppress nothing), unless
    ``missing_ok`` (``--update-baseline`` creates it), when it is an empty baseline.
    """
    if not path.exists():
        if missing_ok:
            return Baseline(key_id=key_id)
        raise UsageError(
            f"baseline {path} does not exist",
            hint="check the path, or create it with --update-baseline; new entries suppress nothing until approved",
        )
    try:
        data = yamlio.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read baseline {path} ({type(exc).__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"baseline {path} is not valid YAML{where}") from None
    try:
        baseline = Baseline.model_validate(data or {})
    except ValidationError as exc:
        issues = [
            "[" + " -> ".join(str(x) for x in e["loc"]) + "] " + e["msg"]
            for e in exc.errors(include_url=False, include_input=False)
        ]
        raise PolicyError(f"baseline {path} is invalid", issues=issues) from None
    if baseline.key_id is not None and baseline.key_id != key_id:
        raise UsageError(
            f"baseline {path} was written with another key (key_id {baseline.key_id}, this key {key_id})",
            hint="use the key the baseline was made with; fingerprints from another key never match",
        )
    return baseline


def apply_baseline(findings: Sequence[CheckFinding], baseline: Baseline, today: dt.date | None = None) -> Applied:
    """Drop findings that an active entry covers; list expired entries and pending ones that matched."""
    day = today or dt.date.today()
    active = [s for s in baseline.suppressions if s.status(day) == "active"]
    pending = [s for s in baseline.suppressions if s.status(day) == "pending"]
    kept: list[CheckFinding] = []
    suppressed: list[tuple[CheckFinding, Suppression]] = []
    pending_hit: dict[int, Suppression] = {}
    for f in findings:
        entry = next((s for s in active if s.matches(f)), None)
        if entry is not None:
            suppressed.append((f, entry))
            continue
        kept.append(f)
        for s in pending:
            if s.matches(f):
                pending_hit[id(s)] = s
    expired = tuple(s for s in baseline.suppressions if s.status(day) == "expired")
    return Applied(tuple(kept), tuple(suppressed), expired, tuple(pending_hit.values()))


def update_baseline(
    baseline: Baseline, findings: Sequence[CheckFinding], key_id: str, today: dt.date | None = None
) -> tuple[Baseline, int]:
    """Append a pending entry (empty justification and approver) for each finding no live entry covers.

    Returns the new baseline and how many entries were added. Existing entries
    are kept as they are; an expired entry gets a fresh pending one beside it.
    """
    day = today or dt.date.today()
    entries = list(baseline.suppressions)
    added = 0
    for f in findings:
        if any(s.matches(f) and s.file in (None, f.file) and s.status(day) != "expired" for s in entries):
            continue
        entries.append(
            Suppression(
                fingerprint=f.fingerprint, entity_type=f.entity_type, file=f.file, line=f.line, snippet=f.snippet
            )
        )
        added += 1
    return Baseline(version=1, key_id=key_id, suppressions=entries), added


_HEADER = """\
# redact baseline: suppressions of `redact check` findings, by keyed fingerprint (never text).
# An entry suppresses only when justification, approved_by and approved_on are filled in
# and `expires` (optional) is still in the future. Entries added by --update-baseline are
# pending until legal fills them in. `line` and `snippet` (masked) show what an entry is
# about; matching is by fingerprint alone. See README, "Pre-publication gate".
"""


def write_baseline(path: Path, baseline: Baseline) -> None:
    """Write the baseline atomically, entries in a stable order."""
    from redact.output import atomic_write

    def entry(s: Suppression) -> dict[str, Any]:
        return {
            "fingerprint": s.fingerprint,
            "entity_type": s.entity_type,
            "file": s.file,
            "line": s.line,
            "snippet": s.snippet,
            "justification": s.justification,
            "approved_by": s.approved_by,
            "approved_on": s.approved_on,
            "expires": s.expires,
        }

    data = {"version": 1, "key_id": baseline.key_id, "suppressions": [entry(s) for s in baseline.suppressions]}
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
    atomic_write(path, (_HEADER + body).encode("utf-8"))
