"""List identifying gold spans a policy leaves in the text, public ones it changes, and plain words it redacts.

Usage: python scripts/public_misses.py POLICY CORPUS... (dev aid; prints spans of the synthetic development
corpora only). Lines: LEAK (identifying, not withheld), REPLACED (public, changed), MISNAMED (a place or
organisation covered by a PERSON/CALL_SIGN finding), OVER (a predicted span that redacts plain words outside
every gold span, with its type: the over-redaction figure of ``redact eval``, one line per span).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from redact.anonymize import RunContext
from redact.corpus import Passage, parse_markup
from redact.evaluate import _WORD, Ours, _covers, _mask
from redact.keys import load_key
from redact.policy import load_policy


def read(path: Path) -> list[Passage]:
    """Passages of a .jsonl corpus, any entity type (ORGANIZATION of the reporting corpus included)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            text, spans = parse_markup(d["text"])
            out.append(Passage(d["id"], d["lang"], text, spans, d.get("kind", "")))
    return out


def main() -> None:
    policy = load_policy(sys.argv[1]).policy
    ours = Ours(policy, ctx=RunContext(load_key(ephemeral=True)))  # $REDACT_KEY, else a throw-away key
    for corpus in sys.argv[2:]:
        passages = read(Path(corpus))
        leaks, kept, public, gold, misnamed, over = 0, 0, 0, 0, 0, 0
        for p in passages:
            predicted = ours(p)
            mask = _mask(len(p.text), predicted)
            people = _mask(len(p.text), [x for x in predicted if x.entity_type in {"PERSON", "CALL_SIGN"}])
            for g in p.spans:
                covered = _covers(mask, p.text, g)
                gold += g.identifying
                if g.entity_type in {"LOCATION", "ORGANIZATION"} and any(people[g.start : g.end]):
                    misnamed += 1
                    print(f"MISNAMED {p.id} {g.entity_type} {p.text[g.start : g.end]!r}")
                if g.identifying and not covered:
                    leaks += 1
                    print(f"LEAK {p.id} {g.entity_type} {p.text[g.start : g.end]!r}")
                if not g.identifying:
                    public += 1
                    untouched = not any(mask[g.start : g.end])
                    kept += untouched
                    if not untouched:
                        print(f"REPLACED {p.id} {g.entity_type} {p.text[g.start : g.end]!r}")
            gold_mask = [False] * len(p.text)
            for g in p.spans:
                gold_mask[g.start : g.end] = [True] * (g.end - g.start)
            for x in predicted:
                words = [
                    m.group() for m in _WORD.finditer(p.text, x.start, x.end) if not any(gold_mask[m.start() : m.end()])
                ]
                if words:
                    over += len(words)
                    print(f"OVER {p.id} {x.entity_type} {p.text[x.start : x.end]!r} plain: {' '.join(words)}")
        print(
            f"{corpus}: identifying withheld {gold - leaks}/{gold}; non-identifying kept {kept}/{public}; "
            f"places/organisations replaced as a person {misnamed}; plain words redacted {over}"
        )


if __name__ == "__main__":
    main()
