"""The audit writer: pre-encoded findings are written exactly as json.dumps would write the decoded value."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from redact.output import EncodedJSON, _dumps

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text())
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3)
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), _VALUES, max_size=5), st.lists(st.dictionaries(st.text(), _SCALARS, max_size=4)))
def test_encoded_value_is_spliced_byte_for_byte(record: dict[str, object], findings: list[dict[str, object]]) -> None:
    plain = {**record, "findings": findings}
    encoded = {**record, "findings": EncodedJSON(json.dumps(findings, ensure_ascii=False, sort_keys=True))}
    assert _dumps(encoded) == json.dumps(plain, ensure_ascii=False, sort_keys=True)
    assert json.loads(_dumps(encoded)) == json.loads(json.dumps(plain))
