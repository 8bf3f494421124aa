"""The operators a policy may name, their parameters, and the checks on them.

The schema (:mod:`redact.policy`) validates a policy against this table; the operators themselves
(:mod:`redact.anonymize`) run the same checks when Presidio validates their parameters, so a policy that loads
is one the anonymizer accepts. Nothing here renders a replacement: the operator classes stay beside the run
context and Presidio's engine they need, so the schema imports neither Presidio nor the renderers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["OPERATORS", "PERSON_PARTS", "ParamError", "check_params", "operator_names", "validate_rule"]

OPERATORS: dict[str, frozenset[str]] = {
    "label": frozenset({"text"}),
    "remove": frozenset(),
    "keep": frozenset(),
    "mask": frozenset({"char", "keep_last"}),
    "numbered": frozenset({"label", "digits"}),
    "pseudonym": frozenset(),
    "generalize": frozenset(),
    "trim": frozenset({"keep", "rest", "text"}),
}
"""Operator name → the parameters a policy may give it."""

PERSON_PARTS = frozenset({"given", "surname", "patronymic"})
"""The parts of a person's name ``trim`` can keep."""

# Added by the anonymizer at run time, never written in a policy.
_RUNTIME_PARAMS = frozenset({"entity_type", "_ctx"})


class ParamError(ValueError):
    """A parameter an operator cannot take; the message names the parameter, never any text."""


def _whole(value: Any, lo: int, hi: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


def check_params(operator: str, params: Mapping[str, Any] | None) -> None:
    """Raise :class:`ParamError` when ``params`` are wrong for ``operator`` (a known operator name)."""
    params = params or {}
    unknown = set(params) - OPERATORS[operator] - _RUNTIME_PARAMS
    if unknown:
        raise ParamError(f"unknown parameter(s) {', '.join(sorted(unknown))} for operator '{operator}'")
    if operator == "label":
        value = params.get("text")
        if value is not None and not isinstance(value, str):
            raise ParamError("'text' must be a string")
    elif operator == "mask":
        char = params.get("char", "*")
        if not isinstance(char, str) or len(char) != 1:
            raise ParamError("'char' must be a single character")
        if not _whole(params.get("keep_last", 0), 0, 8):
            raise ParamError("'keep_last' must be a whole number from 0 to 8")
    elif operator == "numbered":
        if not _whole(params.get("digits", 4), 2, 8):
            raise ParamError("'digits' must be a whole number from 2 to 8")
        if "label" in params and not isinstance(params["label"], str):
            raise ParamError("'label' must be a string")
    elif operator == "trim":
        keep = params.get("keep", ["given"])
        if not isinstance(keep, list) or not keep or not set(keep) <= PERSON_PARTS:
            raise ParamError("'keep' must be a list of: given, surname, patronymic")
        if params.get("rest", "remove") not in {"remove", "initial", "label"}:
            raise ParamError("'rest' must be remove, initial or label")


def operator_names() -> list[str]:
    """Names a policy may use."""
    return list(OPERATORS)


def validate_rule(operator: str, params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Problems with one entity rule's operator and parameters as (field, message) pairs."""
    if operator not in OPERATORS:
        return [("operator", f"unknown operator '{operator}' (known: {', '.join(OPERATORS)})")]
    try:
        check_params(operator, dict(params))
    except ParamError as exc:
        return [("params", str(exc))]
    return []
