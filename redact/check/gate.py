"""The gate itself: check files through the pipeline, in parallel when worth it, and apply the baseline."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.check.baseline import Baseline, Suppression, apply_baseline, load_baseline, write_baseline
from redact.check.baseline import update_baseline as extend
from redact.check.findings import CheckFinding, FileReport, Target
from redact.check.masking import Positions, find_manifest, marker_pattern, mask_own, subtract, trim
from redact.errors import UsageError, error_line
from redact.fingerprint import FingerprintKey, fingerprint, mask
from redact.policy import LoadedPolicy

if TYPE_CHECKING:
    import datetime as dt

    from redact.casefile import CaseRegistry
    from redact.decisions import Decisions
    from redact.engine import Engines

__all__ = [
    "PARALLEL_MIN_BYTES",
    "Checker",
    "Outcome",
    "all_findings",
    "check_files",
    "default_workers",
    "run_check",
]


# Below this much input, starting worker processes (each importing Presidio and loading the
# models again) costs more than checking everything in this process.
PARALLEL_MIN_BYTES = 512 * 1024


def default_workers(n_files: int, total_bytes: int | None = None) -> int:
    """One worker per core, never more than files; one for small inputs."""
    if total_bytes is not None and total_bytes < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, n_files))


def _total_bytes(targets: Sequence[Target]) -> int:
    total = 0
    for t in targets:
        try:
            total += t.path.stat().st_size
        except OSError:
            continue  # reported when the file is checked
    return total


# --- checking ---------------------------------------------------------------------------------


_ENGINES: dict[tuple[str, str | None], Engines] = {}


class Checker:
    """Engines for one policy, built once per worker; checks one file at a time."""

    def __init__(
        self,
        policy: LoadedPolicy,
        key: FingerprintKey,
        *,
        model: str | None = None,
        language: str = "auto",
        decisions: Decisions | None = None,
        case: Path | None = None,
        engines: Engines | None = None,
    ):
        """``engines`` (a :class:`redact.engine.Engines` built for this policy, e.g. a Redactor's) saves
        loading the models again; by default one set per policy and model is built and kept per process."""
        from redact.engine import Engines
        from redact.pipeline import Redactor

        self.loaded = policy
        self.policy = policy.policy
        self.key = key
        self.language = language
        self.decisions = decisions  # reviewer decisions (redact.decisions): keep = allow, withhold = deny
        # The case registry: people always withheld, found even where no recognizer fires (as in `redact run`).
        self.case: CaseRegistry | None = None
        if case is not None:
            from redact.casefile import load_case

            self.case = load_case(case)
        # One set of engines per policy and model in a process: models load once even when a
        # library caller (or the test suite) checks many times.
        cache_key = (policy.sha256, model)
        if engines is None and cache_key not in _ENGINES:
            _ENGINES[cache_key] = Engines(self.policy, model)
        self.engines = engines if engines is not None else _ENGINES[cache_key]
        # Findings are made by the same pipeline as `redact run` makes them (redact.pipeline.find).
        self.redactor = Redactor(self.policy, model=model, language=language, decisions=decisions, engines=self.engines)
        self.markers = marker_pattern(self.policy)
        self.withheld = frozenset(self.policy.withheld_entities())

    def check(self, target: Target) -> FileReport:
        """Check one file; any failure becomes a one-line error that names no text."""
        from redact.errors import DocumentError
        from redact.inputs import special_file

        try:
            refused = target.refused or special_file(target.path)  # a FIFO would block forever: never opened
            if refused is not None:
                raise DocumentError(target.display, refused)
            return self._check(target)
        except Exception as exc:  # noqa: BLE001 - fail closed, and never echo text-bearing messages
            msg = error_line(target.display, exc, not_done="file not checked")
        return FileReport(target.display, error=msg)

    def _check(self, target: Target) -> FileReport:
        from redact.documents import read, read_source

        doc = read(target.path)  # refuses by size (stat) before reading, and anything not a regular file
        data = read_source(target.path)
        text = doc.text

        # What redact wrote: labels it could emit, and replacements whose text is still what it wrote.
        markers = [m.span() for m in self.markers.finditer(text)]
        manifest = find_manifest(target.path, data)
        own = manifest.places(text) if manifest is not None else []
        holes = sorted(markers + own)
        # Analysed with redact's own text masked, so that it is neither found nor context for its neighbours.
        masked = mask_own(text, holes)
        found = self.redactor.find(doc, self.case, masked=masked)
        # A ``keep`` rule finds but replaces nothing: what it keeps is not a leak.
        spans = [s for s in found.spans if s.entity_type in self.withheld or s.recognizer == "CaseRegistry"]

        try:
            raw: str | None = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raw = None
        where = Positions(doc, raw)
        findings: list[CheckFinding] = []
        skipped = 0
        for span in spans:
            parts = [t for a, b in subtract(span.start, span.end, holes) if (t := trim(text, a, b))]
            if not parts:
                skipped += 1
                continue
            for a, b in parts:
                surface = text[a:b]
                if manifest is not None and manifest.emitted_around(text, a, b):
                    skipped += 1
                    continue
                line, col, locator = where.line_col(a)
                end_line, end_col, _ = where.line_col(b)
                if end_line == line and end_col <= col:
                    end_col = col + (b - a)
                findings.append(
                    CheckFinding(
                        file=target.display,
                        line=line,
                        column=col,
                        end_line=end_line,
                        end_column=end_col,
                        entity_type=span.entity_type,
                        recognizer=span.recognizer,
                        score=round(float(span.score), 2),
                        snippet=mask(surface),
                        fingerprint=fingerprint(self.key, surface, span.entity_type),
                        locator=locator if locator not in {"", "text"} else "",
                    )
                )
        return FileReport(target.display, tuple(findings), own_replacements_skipped=skipped, spans=found.spans)


_STATE: dict[str, Checker] = {}


def _init_worker(
    policy: LoadedPolicy,
    key: FingerprintKey,
    model: str | None,
    language: str,
    decisions: Decisions | None = None,
    case: Path | None = None,
) -> None:
    _STATE["checker"] = Checker(policy, key, model=model, language=language, decisions=decisions, case=case)


def _check_one(target: Target) -> FileReport:
    return _STATE["checker"].check(target)


def check_files(
    targets: Sequence[Target],
    policy: LoadedPolicy,
    key: FingerprintKey,
    *,
    model: str | None = None,
    language: str = "auto",
    workers: int | None = None,
    on_done: Callable[[FileReport], None] | None = None,
    decisions: Decisions | None = None,
    case: Path | None = None,
) -> list[FileReport]:
    """Check every target (in parallel when there are several) and return one report per file, in order."""
    if workers is None:
        n = default_workers(len(targets), _total_bytes(targets))
    else:
        n = max(1, min(workers, len(targets) or 1))
    reports: list[FileReport] = []
    if n <= 1:
        checker = Checker(policy, key, model=model, language=language, decisions=decisions, case=case)
        for t in targets:
            rep = checker.check(t)
            reports.append(rep)
            if on_done:
                on_done(rep)
        return reports
    from redact.interrupt import worker_pool

    with worker_pool(n, _init_worker, policy, key, model, language, decisions, case) as pool:
        for rep in pool.map(_check_one, targets):
            reports.append(rep)
            if on_done:
                on_done(rep)
    return reports


def all_findings(reports: Iterable[FileReport]) -> list[CheckFinding]:
    """Every finding of every file, in file order."""
    return [f for r in reports for f in r.findings]


# --- the whole gate -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """Everything a report needs: per-file results, the baseline's effect, and the exit code."""

    reports: tuple[FileReport, ...]
    findings: tuple[CheckFinding, ...]
    suppressed: tuple[tuple[CheckFinding, Suppression], ...]
    expired: tuple[Suppression, ...]
    pending_matched: tuple[Suppression, ...]
    policy_name: str
    policy_sha256: str
    withheld: tuple[str, ...]
    keyed: bool
    baseline: str | None = None
    baseline_added: int = 0

    @property
    def errors(self) -> list[str]:
        """One line per file that could not be checked."""
        return [r.error for r in self.reports if r.error is not None]

    @property
    def exit_code(self) -> int:
        """3 when any file could not be checked (the verdict is incomplete), else 1 when anything was found, else 0."""
        from redact.errors import EXIT_FAILED, EXIT_FOUND, EXIT_OK

        if self.errors:
            return EXIT_FAILED
        return EXIT_FOUND if self.findings else EXIT_OK


def run_check(
    targets: Sequence[Target],
    policy: LoadedPolicy,
    key: FingerprintKey,
    *,
    baseline: Path | None = None,
    update_baseline: bool = False,
    model: str | None = None,
    language: str = "auto",
    workers: int | None = None,
    today: dt.date | None = None,
    decisions: Decisions | None = None,
    case: Path | None = None,
) -> Outcome:
    """Check ``targets``, apply (and optionally extend) the baseline; the only write is the baseline file."""
    if (baseline is not None or update_baseline) and key.ephemeral:
        from redact.errors import KeyRequiredError

        raise KeyRequiredError(
            "a baseline needs a fingerprint key",
            hint="pass --key-file or set REDACT_KEY; without a key fingerprints are not stable and could be guessed",
        )
    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    base = load_baseline(baseline, key.key_id, missing_ok=update_baseline) if baseline is not None else Baseline()
    reports = check_files(
        targets, policy, key, model=model, language=language, workers=workers, decisions=decisions, case=case
    )
    applied = apply_baseline(all_findings(reports), base, today)
    added = 0
    if update_baseline and baseline is not None:
        new, added = extend(base, applied.findings, key.key_id, today)
        write_baseline(baseline, new)
    return Outcome(
        reports=tuple(reports),
        findings=applied.findings,
        suppressed=applied.suppressed,
        expired=applied.expired,
        pending_matched=applied.pending_matched,
        policy_name=policy.name,
        policy_sha256=policy.sha256,
        withheld=tuple(policy.policy.withheld_entities()),
        keyed=not key.ephemeral,
        baseline=str(baseline) if baseline is not None else None,
        baseline_added=added,
    )
