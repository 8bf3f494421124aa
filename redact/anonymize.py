"""Operators: what replaces a finding. Each is a Presidio ``Operator``.

Operators are registered with one ``AnonymizerEngine`` (see
:data:`CUSTOM_OPERATORS`); policies name them by ``operator_name()``. Spans
reach the engine already resolved (:mod:`redact.resolve`) and never overlap,
so Presidio's conflict handling has nothing to change, and its whitespace
merging is switched off: what the audit lists is exactly what was replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, InvalidParamError, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult
from presidio_anonymizer.operators import Operator, OperatorType

from redact.policy import EntityRule, Policy
from redact.resolve import Span

__all__ = [
    "CUSTOM_OPERATORS",
    "Replacement",
    "Anonymizer",
    "validate_rule",
    "operator_names",
]


class _Anonymize(Operator):
    """Shared plumbing: every redact operator is an anonymize operator."""

    NAME = ""
    PARAMS: frozenset[str] = frozenset()

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize

    def validate(self, params: dict[str, Any] | None = None) -> None:
        unknown = set(params or {}) - self.PARAMS - {"entity_type", "_ctx"}
        if unknown:
            raise InvalidParamError(f"unknown parameter(s) {', '.join(sorted(unknown))} for operator '{self.NAME}'")


class Label(_Anonymize):
    """``<PERSON>``: the entity type in angle brackets (or a fixed ``text``)."""

    NAME = "label"
    PARAMS = frozenset({"text"})

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return str(params.get("text") or f"<{params.get('entity_type')}>")

    def validate(self, params: dict[str, Any] | None = None) -> None:
        super().validate(params)
        value = (params or {}).get("text")
        if value is not None and not isinstance(value, str):
            raise InvalidParamError("'text' must be a string")


class Remove(_Anonymize):
    """Delete the finding entirely."""

    NAME = "remove"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return ""


class Keep(_Anonymize):
    """Leave the finding as it is (it is still reported in the audit)."""

    NAME = "keep"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return text


class Mask(_Anonymize):
    """Replace characters with a mask character, keeping the last ``keep_last`` digits or letters."""

    NAME = "mask"
    PARAMS = frozenset({"char", "keep_last"})

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        char = str(params.get("char", "*"))
        keep = int(params.get("keep_last", 0))
        alnum_positions = [i for i, c in enumerate(text) if c.isalnum()]
        kept = set(alnum_positions[len(alnum_positions) - keep :]) if keep > 0 else set()
        return "".join(c if (not c.isalnum() or i in kept) else char for i, c in enumerate(text))

    def validate(self, params: dict[str, Any] | None = None) -> None:
        super().validate(params)
        params = params or {}
        char = params.get("char", "*")
        if not isinstance(char, str) or len(char) != 1:
            raise InvalidParamError("'char' must be a single character")
        keep = params.get("keep_last", 0)
        if not isinstance(keep, int) or isinstance(keep, bool) or not 0 <= keep <= 8:
            raise InvalidParamError("'keep_last' must be a whole number from 0 to 8")


CUSTOM_OPERATORS: tuple[type[_Anonymize], ...] = (Label, Remove, Keep, Mask)


def operator_names() -> list[str]:
    """Names a policy may use."""
    return [cls.NAME for cls in CUSTOM_OPERATORS]


def validate_rule(rule: EntityRule) -> list[tuple[str, str]]:
    """Problems with one entity rule as (field, message) pairs."""
    by_name = {cls.NAME: cls for cls in CUSTOM_OPERATORS}
    cls = by_name.get(rule.operator)
    if cls is None:
        return [("operator", f"unknown operator '{rule.operator}' (known: {', '.join(by_name)})")]
    try:
        cls().validate(dict(rule.params))
    except InvalidParamError as exc:
        return [("params", str(exc.err_msg if hasattr(exc, "err_msg") else exc))]
    return []


@dataclass(frozen=True)
class Replacement:
    """One resolved span and the text that replaces it."""

    span: Span
    operator: str
    new_text: str


class Anonymizer:
    """A Presidio ``AnonymizerEngine`` with redact's operators, driven by a policy."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.engine = AnonymizerEngine()
        for cls in CUSTOM_OPERATORS:
            self.engine.add_anonymizer(cls)

    def _config(self, entity: str, ctx: Any) -> OperatorConfig:
        rule = self.policy.rule_for(entity) or EntityRule(operator="keep")
        params = dict(rule.params)
        if ctx is not None:
            params["_ctx"] = ctx
        return OperatorConfig(rule.operator, params)

    def anonymize(self, text: str, spans: Sequence[Span], ctx: Any = None) -> tuple[str, list[Replacement]]:
        """Replace every span; return the new text and one replacement per span, in text order."""
        ordered = sorted(spans, key=lambda s: s.start)
        if not ordered:
            return text, []
        operators = {ent: self._config(ent, ctx) for ent in {s.entity_type for s in ordered}}
        result = self.engine.anonymize(
            text,
            [AnonResult(s.entity_type, s.start, s.end, s.score) for s in ordered],
            operators=operators,
            # Spans never overlap here, so Presidio's conflict step has nothing to change.
            conflict_resolution=ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED,
            merge_entities_with_spaces=False,
        )
        items = sorted(result.items, key=lambda i: (i.start, i.end))
        if len(items) != len(ordered):  # pragma: no cover - guarded by resolve()
            raise RuntimeError("anonymizer returned a different number of items than spans")
        reps = [Replacement(s, it.operator, it.text) for s, it in zip(ordered, items, strict=True)]
        return result.text, reps
