"""A broken policy is a list of problems (exit 2), never an internal error, whatever shape the YAML has.

Every top-level key of a valid policy, and every field of its first entity rule and allow-list entry, is replaced
by arbitrary YAML-shaped data (scalars, lists, mappings, nested); parse_policy either accepts it or raises
PolicyError. Found a nested ``entities`` list and a non-mapping ``public`` that used to crash.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.errors import PolicyError
from redact.policy import parse_policy, shipped_policies

BASE: dict[str, Any] = yaml.safe_load(shipped_policies()["withhold-identities"].read_text(encoding="utf-8"))

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["PERSON", "label", "pseudonym", "md", "en", "default", "keep", "2026-13-01", "[", "(?<"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)
PLACES = st.sampled_from(
    [("top", k) for k in BASE]
    + [("rule", k) for k in ("operator", "params", "threshold")]
    + [("allow", k) for k in ("text", "regex", "entities", "languages", "inflect", "note")]
    + [("public", k) for k in ("registers", "min_population", "keep")]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(PLACES, VALUES), min_size=1, max_size=3))
def test_any_policy_shape_is_accepted_or_a_policy_error(changes: list[tuple[tuple[str, str], Any]]) -> None:
    data = copy.deepcopy(BASE)
    for (where, key), value in changes:
        if where == "top":
            data[key] = value
        elif where == "rule" and isinstance(data.get("entities"), dict) and data["entities"]:
            first = next(iter(data["entities"]))
            if isinstance(data["entities"][first], dict):
                data["entities"][first][key] = value
        elif where == "allow" and isinstance(data.get("allow_list"), list) and data["allow_list"]:
            if isinstance(data["allow_list"][0], dict):
                data["allow_list"][0][key] = value
        elif where == "public" and isinstance(data.get("public"), dict):
            data["public"][key] = value
    try:
        parse_policy(data, source="fuzz.yaml")
    except PolicyError as exc:
        assert "\n" not in exc.message or all(line.strip() for line in exc.message.splitlines())


@pytest.mark.parametrize("ref", ["x" * 5000, "bad\x00name", str({"a": [1, {"b": None}]}) * 200])
def test_a_register_reference_that_names_no_file_is_a_policy_error(ref: str) -> None:
    """A `public:` reference too long for the file system or holding a NUL byte names no register: a policy error,
    never an OSError from the file system."""
    with pytest.raises(PolicyError):
        parse_policy({**copy.deepcopy(BASE), "public": ref}, source="fuzz.yaml")
