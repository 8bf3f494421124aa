"""Machine-readable reports of a ``redact check`` run: JSON, SARIF 2.1.0 and GitHub annotations.

Every format carries the masked snippet, type, place, recognizer, score and
keyed fingerprint of a finding, never its text. Shapes are documented in the
README ("Pre-publication gate"); ``JSON_SCHEMA_ID`` changes when the JSON shape does.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import redact
from redact.check.findings import CheckFinding
from redact.check.gate import Outcome
from redact.entities import ENTITIES

__all__ = ["JSON_SCHEMA_ID", "SARIF_FINGERPRINT", "to_json", "to_sarif", "to_github", "message"]

JSON_SCHEMA_ID = "redact-check/1"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_FINGERPRINT = "redactFingerprint/v1"


def message(f: CheckFinding) -> str:
    """``PERSON (SpacyNerRecognizer 0.85) S***** V*****``."""
    return f"{f.entity_type} ({f.recognizer} {f.score:.2f}) {f.snippet}"


def _suppression(entry: Any) -> dict[str, Any]:
    return {
        "fingerprint": entry.fingerprint,
        "entity_type": entry.entity_type,
        "file": entry.file,
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


def to_github(o: Outcome) -> str:
    """GitHub Actions workflow commands: one ``::error`` per finding and per unchecked file."""
    lines = []
    for f in o.findings:
        props = f"file={_gh_prop(f.file)},line={f.line},col={f.column}"
        if f.end_line == f.line:
            props += f",endColumn={f.end_column}"
        props += f",title={_gh_prop('redact ' + f.entity_type)}"
        lines.append(f"::error {props}::{_gh_data(message(f))}")
    for r in o.reports:
        if r.error is not None:
            lines.append(f"::error file={_gh_prop(r.file)},title=redact: file not checked::{_gh_data(r.error)}")
    for s in o.expired:
        where = f"file={_gh_prop(s.file)}," if s.file else ""
        lines.append(
            f"::warning {where}title=redact baseline::suppression {s.fingerprint} ({s.entity_type}) "
            f"expired on {s.expires.isoformat() if s.expires else '?'}; it no longer suppresses"
        )
    return "\n".join(lines) + ("\n" if lines else "")


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
