"""Machine-readable reports of a ``redact check`` run: JSON, SARIF 2.1.0, GitHub annotations and job summary.

Every format carries the masked snippet, type, place, recognizer, score and
keyed fingerprint of a finding, never its text. Shapes are documented in the
README ("Pre-publication gate"); ``JSON_SCHEMA_ID`` changes when the JSON shape does.

GitHub shows only the first few annotations of a step, so :func:`to_github`
annotates at most :data:`GITHUB_MAX_ANNOTATIONS` and ends with one summary
line; the full list goes to the job summary (:func:`to_step_summary`, written
to ``$GITHUB_STEP_SUMMARY`` by the CLI).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import redact
from redact.check.findings import CheckFinding
from redact.check.gate import Outcome
from redact.entities import ENTITIES

__all__ = [
    "JSON_SCHEMA_ID",
    "SARIF_FINGERPRINT",
    "GITHUB_MAX_ANNOTATIONS",
    "STEP_SUMMARY_MAX_BYTES",
    "to_json",
    "to_sarif",
    "to_github",
    "to_step_summary",
    "message",
]

JSON_SCHEMA_ID = "redact-check/1"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_FINGERPRINT = "redactFingerprint/v1"

GITHUB_MAX_ANNOTATIONS = 50
"""At most this many ``::error``/``::warning`` annotations (GitHub displays only the first few of a step);
files that could not be checked come first, then findings in file order, then expired suppressions."""

STEP_SUMMARY_MAX_BYTES = 900 * 1024
"""The job summary stays under this size (GitHub refuses a step summary over 1 MiB); rows past it are counted."""


def message(f: CheckFinding) -> str:
    """``PERSON (SpacyNerRecognizer 0.85) S***** V*****``."""
    return f"{f.entity_type} ({f.recognizer} {f.score:.2f}) {f.snippet}"


def _suppression(entry: Any) -> dict[str, Any]:
    return {
        "fingerprint": entry.fingerprint,
        "entity_type": entry.entity_type,
        "file": entry.file,
        "line": entry.line,
        "snippet": entry.snippet,
        "justification": entry.justification,
        "approved_by": entry.approved_by,
        "approved_on": entry.approved_on.isoformat() if entry.approved_on else None,
        "expires": entry.expires.isoformat() if entry.expires else None,
    }


def to_json(o: Outcome) -> str:
    """The stable JSON report (``schema: redact-check/1``)."""
    data = {
        "schema": JSON_SCHEMA_ID,
        "tool": {"name": "redact", "version": redact.__version__},
        "policy": {"name": o.policy_name, "sha256": o.policy_sha256},
        "fingerprints": "keyed" if o.keyed else "ephemeral",
        "exit_code": o.exit_code,
        "summary": {
            "files": len(o.reports),
            "files_failed": len(o.errors),
            "findings": len(o.findings),
            "suppressed": len(o.suppressed),
            "expired_suppressions": len(o.expired),
            "own_replacements_skipped": sum(r.own_replacements_skipped for r in o.reports),
        },
        "findings": [f.as_dict() for f in o.findings],
        "suppressed": [{**f.as_dict(), "suppression": _suppression(s)} for f, s in o.suppressed],
        "errors": [{"file": r.file, "message": r.error} for r in o.reports if r.error is not None],
        "baseline": None
        if o.baseline is None
        else {
            "path": o.baseline,
            "added": o.baseline_added,
            "expired": [_suppression(s) for s in o.expired],
            "pending_matched": [_suppression(s) for s in o.pending_matched],
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def to_github(o: Outcome, *, step_summary: bool = False) -> str:
    """GitHub Actions workflow commands: at most :data:`GITHUB_MAX_ANNOTATIONS` annotations, then one summary line.

    ``step_summary`` says whether the full list was written to the job summary (the summary line says
    where to find what was not annotated).
    """
    annotations = []
    for r in o.reports:
        if r.error is not None:
            annotations.append(f"::error file={_gh_prop(r.file)},title=redact: file not checked::{_gh_data(r.error)}")
    for f in o.findings:
        props = f"file={_gh_prop(f.file)},line={f.line},col={f.column}"
        if f.end_line == f.line:
            props += f",endColumn={f.end_column}"
        props += f",title={_gh_prop('redact ' + f.entity_type)}"
        annotations.append(f"::error {props}::{_gh_data(message(f))}")
    for s in o.expired:
        where = f"file={_gh_prop(s.file)}," if s.file else ""
        annotations.append(
            f"::warning {where}title=redact baseline::suppression {s.fingerprint} ({s.entity_type}) "
            f"expired on {s.expires.isoformat() if s.expires else '?'}; it no longer suppresses"
        )
    shown = annotations[:GITHUB_MAX_ANNOTATIONS]
    files = len({f.file for f in o.findings})
    parts = [f"redact check: {_plural(len(o.findings), 'finding')} in {_plural(files, 'file')}"]
    if o.errors:
        parts.append(f"{_plural(len(o.errors), 'file')} not checked")
    if o.suppressed:
        parts.append(f"{len(o.suppressed)} suppressed by the baseline")
    if len(annotations) > len(shown):
        where = "full list in the job summary" if step_summary else "full list with --format json or --sarif-output"
        parts.append(f"first {len(shown)} of {len(annotations)} annotated, {where}")
    elif step_summary and (o.findings or o.errors):
        parts.append("list in the job summary")
    level = "error" if o.exit_code else "notice"
    return "\n".join([*shown, f"::{level}::{_gh_data('; '.join(parts))}"]) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _md(s: str) -> str:
    """Text for a Markdown table cell: on one line, characters that mean something inside one escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", s))


def to_step_summary(o: Outcome) -> str:
    """The full list for ``$GITHUB_STEP_SUMMARY``: one Markdown table row per finding, masked snippets only."""
    files = len({f.file for f in o.findings})
    verdict = "passed" if o.exit_code == 0 else "failed"
    head = [
        f"## redact check {verdict}",
        "",
        f"{_plural(len(o.findings), 'finding')} in {_plural(files, 'file')} of {len(o.reports)} checked"
        f", {len(o.suppressed)} suppressed by the baseline, {_plural(len(o.errors), 'file')} not checked"
        f"; policy {_md(o.policy_name)}.",
        "",
    ]
    if o.errors:
        head += ["### Files not checked", "", "| File | Reason |", "|---|---|"]
        head += [f"| {_md(r.file)} | {_md(r.error)} |" for r in o.reports if r.error is not None]
        head.append("")
    if o.expired:
        head += ["### Expired suppressions", "", "| Fingerprint | Type | File | Line | Snippet | Expired on |"]
        head.append("|---|---|---|---|---|---|")
        head += [
            f"| {s.fingerprint} | {s.entity_type} | {_md(s.file or 'any')} | {s.line or ''} | {_md(s.snippet)} "
            f"| {s.expires.isoformat() if s.expires else ''} |"
            for s in o.expired
        ]
        head.append("")
    lines = head
    if o.findings:
        lines += [
            "### Findings",
            "",
            "| File | Line | Column | Type | Recognizer | Score | Snippet (masked) | Fingerprint |",
            "|---|---:|---:|---|---|---:|---|---|",
        ]
    size = sum(len(x.encode("utf-8")) + 1 for x in lines)
    for i, f in enumerate(o.findings):
        row = (
            f"| {_md(f.file)} | {f.line} | {f.column} | {f.entity_type} | {_md(f.recognizer)} | {f.score:.2f} "
            f"| {_md(f.snippet)} | {f.fingerprint} |"
        )
        size += len(row.encode("utf-8")) + 1
        if size > STEP_SUMMARY_MAX_BYTES:
            rest = len(o.findings) - i
            lines += [
                "",
                f"{_plural(rest, 'more finding')} not listed here (the summary has a size limit); "
                "run with --format json or --sarif-output for all of them.",
            ]
            break
        lines.append(row)
    return "\n".join(lines) + "\n\n"


def _uri(path: str) -> str:
    """Relative paths stay relative (resolved against the checkout); absolute ones become file URIs."""
    return ("file://" + quote(path, safe="/")) if path.startswith("/") else quote(path, safe="/")


def _region(f: CheckFinding) -> dict[str, int]:
    region = {"startLine": f.line, "startColumn": f.column}
    if f.end_line != f.line:
        region["endLine"] = f.end_line
    region["endColumn"] = f.end_column
    return region


def _result(f: CheckFinding, rule_index: dict[str, int], keyed: bool, suppression: Any = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.entity_type,
        "ruleIndex": rule_index[f.entity_type],
        "level": "error",
        "message": {"text": message(f)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.file)}, "region": _region(f)}}],
        "properties": {"recognizer": f.recognizer, "score": f.score, "snippet": f.snippet},
    }
    if f.locator:
        res["locations"][0]["logicalLocations"] = [{"name": f.locator, "kind": "element"}]
    if keyed:
        # Stable across runs only with the same key, which is exactly when they can be compared.
        res["partialFingerprints"] = {SARIF_FINGERPRINT: f.fingerprint}
    if suppression is not None:
        res["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{suppression.justification} (approved by {suppression.approved_by}"
                f" on {suppression.approved_on.isoformat() if suppression.approved_on else '?'})",
            }
        ]
    return res


def to_sarif(o: Outcome) -> str:
    """A SARIF 2.1.0 log with one rule per entity type the policy withholds."""
    types = list(o.withheld) or list(ENTITIES)
    for f in [*o.findings, *(f for f, _ in o.suppressed)]:
        if f.entity_type not in types:
            types.append(f.entity_type)
    rule_index = {t: i for i, t in enumerate(types)}
    rules = [
        {
            "id": t,
            "name": "".join(w.capitalize() for w in t.split("_")),
            "shortDescription": {"text": f"{t.replace('_', ' ').lower()} withheld by the policy"},
            "fullDescription": {"text": ENTITIES.get(t, t)},
            "defaultConfiguration": {"level": "error"},
        }
        for t in types
    ]
    results = [_result(f, rule_index, o.keyed) for f in o.findings]
    results += [_result(f, rule_index, o.keyed, s) for f, s in o.suppressed]
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.file)}}}],
        }
        for r in o.reports
        if r.error is not None
    ]
    notifications += [
        {
            "level": "warning",
            "message": {
                "text": f"suppression {s.fingerprint} ({s.entity_type}) expired on "
                f"{s.expires.isoformat() if s.expires else '?'}; it no longer suppresses"
            },
        }
        for s in o.expired
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "redact",
                        "version": redact.__version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not o.errors,
                        "exitCode": o.exit_code,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "properties": {"policy": o.policy_name, "policySha256": o.policy_sha256},
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
