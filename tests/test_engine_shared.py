"""A process loads each pipeline once, however many Engines (policies, gate, warm-up) it builds."""

from __future__ import annotations

from redact.engine import Engines
from redact.policy import load_policy


def test_engines_of_one_process_share_the_loaded_pipeline() -> None:
    strict = load_policy("strict").policy
    other = load_policy("withhold-identities").policy
    a, b = Engines(strict, "md"), Engines(other, "md")
    nlp_a = a.analyzer("en").nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    assert b.analyzer("en").nlp_engine.nlp["en"] is nlp_a  # type: ignore[attr-defined]
    assert a.analyzer("en") is not b.analyzer("en")  # each policy keeps its own recognizers
    assert a.info("en") == b.info("en") and a.info("en")["name"]
    tagged = Engines(strict, "md", tagger=True).analyzer("en").nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    assert tagged is not nlp_a and "tagger" in tagged.pipe_names and "tagger" not in nlp_a.pipe_names
    uk = Engines(strict).analyzer("uk").nlp_engine.nlp["uk"]  # type: ignore[attr-defined]
    assert Engines(other).analyzer("uk").nlp_engine.nlp["uk"] is uk
