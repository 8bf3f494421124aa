"""The pre-publication gate: find what a policy withholds in files about to be published.

Plain functions, no output: :func:`select_files` turns paths (and optionally a git
revision) into files, :func:`check_files` analyses each with the same engines,
thresholds, allow list and span resolution as ``redact run`` (analysis only,
nothing is anonymised), and returns :class:`FileReport` objects whose findings
carry a masked snippet and a keyed fingerprint, never the found text.

What redact itself wrote is not a finding:

* **labels and numbered markers** (``<PERSON>``, ``[PERSON 3]``, ``<MILITARY UNIT>``):
  the marker vocabulary is built from the entity types and the policy's own
  label texts, and a finding is cut down to what lies outside markers;
* **pseudonyms and every other replacement**: ``redact run`` records in its
  ``audit.jsonl`` where each replacement landed in the output (``out_start``,
  ``out_end``) and an unkeyed digest of the replacement text (which is public
  in the output anyway). A finding is skipped only where the text still has
  the digest of what redact wrote: at a recorded place, or (when the file was
  edited or a writer moved text) inside any stretch of text whose digest equals
  one of the replacements redact emitted for that file. A real name inserted
  anywhere is still a finding.

Both kinds are **masked before analysis** (:func:`mask_own`): each letter and
digit of a marker or replacement becomes :data:`FILLER`, so offsets hold but
redact's own words neither are found nor lend context to their neighbours.
Without the mask, a pseudonym turns the word next to it into a name ("Tell"
before a surname-shaped "Sabina", "Як" before "Макар", "Grandma" before a
pseudonym spaCy takes whole) and name propagation spreads marker words
("MILITARY_UNIT" read as a PERSON makes every "Military" one). Labels are
still subtracted from findings afterwards, so whatever runs past them is
reported.
"""

from __future__ import annotations

from redact.check.findings import CheckFinding, FileReport, Target
from redact.check.gate import (
    PARALLEL_MIN_BYTES,
    Checker,
    Outcome,
    all_findings,
    check_files,
    default_workers,
    run_check,
)
from redact.check.masking import AUDIT_NAME, find_manifest, marker_pattern
from redact.check.select import changed_files, select_files

__all__ = [
    "CheckFinding",
    "FileReport",
    "Target",
    "select_files",
    "changed_files",
    "check_files",
    "marker_pattern",
    "default_workers",
    "PARALLEL_MIN_BYTES",
    "AUDIT_NAME",
    "Outcome",
    "run_check",
    "all_findings",
    "find_manifest",
    "Checker",
]
