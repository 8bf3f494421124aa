"""List identifying gold spans a policy leaves in the text, and the share of non-identifying spans kept.

Usage: python scripts/public_misses.py POLICY CORPUS... (dev aid for the public register; prints spans of the
synthetic development corpora only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from redact.corpus import Passage, parse_markup
from redact.evaluate import Ours, _covers, _mask
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
    from redact.anonymize import RunContext
    from redact.keys import load_key

    ours = Ours(policy, ctx=RunContext(key=load_key(ephemeral=True)))  # a pseudonymising policy needs a key
    for corpus in sys.argv[2:]:
        passages = read(Path(corpus))
        leaks, kept, public, gold, misnamed = 0, 0, 0, 0, 0
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
        print(
            f"{corpus}: identifying withheld {gold - leaks}/{gold}; non-identifying kept {kept}/{public}; "
            f"places/organisations replaced as a person {misnamed}"
        )


if __name__ == "__main__":
    main()
