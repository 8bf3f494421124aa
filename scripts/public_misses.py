"""List identifying gold spans a policy leaves in the text, and the share of non-identifying spans kept.

Usage: python scripts/public_misses.py POLICY CORPUS... (dev aid for the public register; prints spans of the
synthetic development corpora only).
"""

from __future__ import annotations

import sys
from pathlib import Path

from redact.evaluate import Ours, _covers, _mask, read_corpus
from redact.policy import load_policy


def main() -> None:
    policy = load_policy(sys.argv[1]).policy
    ours = Ours(policy)
    for corpus in sys.argv[2:]:
        passages = read_corpus(Path(corpus))
        leaks, kept, public = 0, 0, 0
        for p in passages:
            mask = _mask(len(p.text), ours(p))
            for g in p.spans:
                covered = _covers(mask, p.text, g)
                if g.identifying and not covered:
                    leaks += 1
                    print(f"LEAK {p.id} {g.entity_type} {p.text[g.start:g.end]!r}")
                if not g.identifying:
                    public += 1
                    untouched = not any(mask[g.start : g.end])
                    kept += untouched
                    if not untouched:
                        print(f"REPLACED {p.id} {g.entity_type} {p.text[g.start:g.end]!r}")
        print(f"{corpus}: leaks {leaks}; non-identifying kept {kept}/{public}")


if __name__ == "__main__":
    main()
