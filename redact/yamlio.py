"""YAML that people write by hand (policies, baselines): read so that a wrong date is a located problem.

PyYAML turns an unquoted ``2026-11-20`` into a date while parsing, and an impossible one
(``approved_on: 2026-13-01``) into a bare ``ValueError`` from deep inside the parser, with no
field name. :func:`load` leaves dates as strings; the pydantic models check them with
:func:`parse_date`, so the problem is reported like any other, e.g.
``[metadata -> approved_on] '2026-13-01' is not a real date (month must be in 1..12); write it as YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from pydantic_core import PydanticCustomError

__all__ = ["load", "parse_date"]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


# The safe loader without implicit dates (made with type(): PyYAML's classes are untyped).
_Loader: Any = type("_Loader", (yaml.SafeLoader,), {})
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def load(text: str) -> Any:
    """Parse YAML safely, dates left as strings (raises ``yaml.YAMLError`` on bad syntax)."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except ValueError as exc:  # an explicit !!timestamp tag on an impossible date
        raise yaml.YAMLError(f"not a real date ({exc})") from None


def parse_date(value: Any) -> Any:
    """A pydantic ``before`` validator: ISO dates as ``datetime.date``, or a clear error naming the value."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        if _DATE_SHAPE.fullmatch(text):
            raise PydanticCustomError(
                "date_not_real",
                "'{value}' is not a real date ({reason}); write it as YYYY-MM-DD",
                {"value": text, "reason": str(exc)},
            ) from None
        raise PydanticCustomError(
            "date_format", "'{value}' is not a date; write it as YYYY-MM-DD", {"value": text[:40]}
        ) from None
