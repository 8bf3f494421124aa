"""Document-level propagation: a name found once is found everywhere in the document."""

from __future__ import annotations

from redact.propagate import RECOGNIZER, name_tokens, propagate, register_variants, variants
from redact.resolve import Finding


def find(text: str, surface: str, entity: str = "PERSON", score: float = 0.85) -> Finding:
    start = text.index(surface)
    return Finding(start, start + len(surface), entity, score, "Test")


def surfaces(text: str, findings: list[Finding]) -> list[tuple[str, str]]:
    return sorted((text[f.start : f.end], f.entity_type) for f in findings if f.recognizer == RECOGNIZER)


def test_full_name_spreads_to_bare_surname_given_name_caps_and_possessive() -> None:
    text = "Sergei Volkov called. Later Volkov's wife said VOLKOV and Sergei were fine."
    out = propagate(text, [find(text, "Sergei Volkov")], "en")
    assert surfaces(text, out) == [("Sergei", "PERSON"), ("VOLKOV", "PERSON"), ("Volkov", "PERSON")]
    new = [f for f in out if f.recognizer == RECOGNIZER]
    assert all(f.score == 0.8 for f in new)


def test_call_sign_keeps_its_type_and_floor_applies() -> None:
    text = 'call sign "Grom". Grom says hi. Tell Grom.'
    out = propagate(text, [find(text, "Grom", "CALL_SIGN", 0.4)], "en", floor=lambda _e: 0.38)
    assert surfaces(text, out) == [("Grom", "CALL_SIGN"), ("Grom", "CALL_SIGN")]
    assert {f.score for f in out if f.recognizer == RECOGNIZER} == {0.38}


def test_short_common_kinship_and_rank_tokens_do_not_spread() -> None:
    text = "Private Ivan Li and Mom. Later: Private, Mom, Li, the commander."
    findings = [find(text, "Private Ivan Li"), find(text, "Mom")]
    assert surfaces(text, propagate(text, findings, "en")) == []
    assert name_tokens("Uncle Sergeant the Ivan Li's") == ["Ivan"]


def test_other_entity_types_do_not_spread_and_word_boundaries_hold() -> None:
    text = "From Kedrovka. Kedrovka again. Ivanovka and Ivanov."
    last = text.rindex("Ivanov")
    findings = [find(text, "Kedrovka", "LOCATION"), Finding(last, last + 6, "PERSON", 0.85, "Test")]
    assert surfaces(text, propagate(text, findings, "en")) == []


def test_allow_list_is_respected() -> None:
    text = "Vladimir Putin spoke. Putin again."
    out = propagate(text, [find(text, "Vladimir Putin")], "en", allowed=lambda s, _e: s == "Putin")
    assert surfaces(text, out) == []


def test_language_variants_hook() -> None:
    register_variants("xx", lambda tok: {tok, tok + "a", tok + "u"})
    try:
        assert variants("Andrey", "xx") == {"Andrey", "Andreya", "Andreyu"}
        text = "Andrey here. Tell Andreyu."
        assert surfaces(text, propagate(text, [find(text, "Andrey")], "xx")) == [("Andreyu", "PERSON")]
    finally:
        from redact import propagate as module

        module._VARIANTS.pop("xx", None)
