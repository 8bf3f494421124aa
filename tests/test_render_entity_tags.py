"""No replacement writes a raw entity tag ("<PERSON>") that its policy does not configure.

- a kin word found apart from the name after it ("«Dyadya Fyodor»") is one mention with it: the kin word stays, the
  name gets a pseudonym, and neither becomes "<PERSON>";
- under every shipped policy, on the latest tune corpora, the only angle-bracket labels written are those the
  policy's own label and trim rules configure.

Findings are marked by hand ({TYPE|text}) or taken from the corpora's gold markup, so what is tested is the
rendering. Every private name is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from redact.anonymize import Anonymizer, RunContext
from redact.corpus import parse_markup
from redact.entities import ENTITIES
from redact.keys import Key
from redact.policy import Policy, load_policy
from redact.resolve import Span

KEY = b"render-s9-test-key-0123456789abcdef"


_POLICIES = sorted(p.stem for p in (Path(__file__).parent.parent / "policies").glob("*.yaml"))


_CORPORA = sorted((Path(__file__).parent / "corpus").glob("*-[ik]-*.jsonl"))  # the latest tune sets, not heldout/


def _labels(policy: Policy) -> set[str]:
    """The angle-bracket labels ``policy`` itself configures (label and trim rules): the only ones it may write."""
    out: set[str] = set()
    for entity in ENTITIES:
        rule = policy.rule_for(entity)
        if rule is not None and rule.operator in {"label", "trim"}:
            out.add(str(rule.params.get("text") or f"<{entity}>"))
    return out


@pytest.mark.parametrize(
    ("marked", "lang"),
    [
        ("His commander, whom he calls «{PERSON|Dyadya} {PERSON|Fyodor}», sends men forward.", "en"),
        ("{PERSON|Dyadya} said nothing.", "en"),
        ("Командир, которого он зовёт «{PERSON|Дядя} {PERSON|Федя}», гонит людей вперёд.", "ru"),
        ("{PERSON|Дядько} мовчав.", "uk"),
    ],
)
def test_no_raw_entity_tag_is_written(render, marked: str, lang: str) -> None:
    out = render(marked, lang)
    assert not regex.search(r"<[A-Z_]+>", out), out


def test_a_kin_word_and_the_name_after_it_are_one_mention(render) -> None:
    out = render("His commander, whom he calls «{PERSON|Dyadya} {PERSON|Fyodor}», sends men forward.", "en")
    assert regex.search(r"«Dyadya \p{Lu}\p{Ll}+»", out) and "Fyodor" not in out, out


@pytest.mark.parametrize("name", _POLICIES)
def test_no_policy_writes_an_entity_tag_it_does_not_configure(name: str) -> None:
    policy = load_policy(name).policy
    anon = Anonymizer(policy)
    allowed = _labels(policy)
    ctx = RunContext(Key(KEY, "test"))
    for path in _CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            text, gold = parse_markup(d["text"])
            spans = [Span(g.start, g.end, g.entity_type, 0.9, "Test") for g in gold]
            people = [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
            signs = [text[s.start : s.end] for s in spans if s.entity_type == "CALL_SIGN"]
            out, _ = anon.anonymize(text, spans, ctx.document(d["lang"], people, signs))
            tags = set(regex.findall(r"<[A-Z][A-Z_ ]*>", out)) - set(regex.findall(r"<[A-Z][A-Z_ ]*>", text))
            assert tags <= allowed, (name, d["id"], tags - allowed)
