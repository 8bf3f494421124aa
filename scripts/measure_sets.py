"""Aggregate figures per corpus file, without printing a line of any passage (for the held-out sets).

Usage: python scripts/measure_sets.py OUT.json FILE... [--workers N]

For every file: strict identifying recall with the per-type found/gold counts, plain words redacted (the
over-redaction figure of ``redact eval``), and under ``withhold-identities`` the share of public mentions kept as
written (with the per-type counts of those not kept), places and organisations misnamed as people, identifying
details withheld, and how many clean passages (no identifying gold span) the gate would flag. A fixed throw-away key
makes two runs comparable. Only counts are printed and stored: the held-out sets stay unread.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

KEY_HEX = "5f" * 32


def _measure(path: str) -> dict[str, Any]:
    from redact.anonymize import RunContext
    from redact.documents import Document, Segment
    from redact.evaluate import Ours, _changing, _withheld, map_span, read_corpus, score, score_readability
    from redact.keys import Key
    from redact.pipeline import Redactor
    from redact.policy import load_policy

    passages = read_corpus(Path(path))
    key = Key(bytes.fromhex(KEY_HEX), "ephemeral")
    out: dict[str, Any] = {"file": path, "passages": len(passages)}

    strict = load_policy("strict").policy
    ours = Ours(strict, ctx=RunContext(key, None))
    preds = [ours(p) for p in passages]
    sc = score("ours", passages, preds)
    out["strict"] = {
        "recall": round(sc.recall, 4),
        "gold": sc.gold,
        "over": round(sc.over_redaction, 4),
        "per_type": {t.entity_type: [t.found, t.gold] for t in sc.per_type},
    }

    default = load_policy("withhold-identities").policy
    ours_d = Ours(default, ctx=RunContext(key, None))
    outputs = [ours_d.output(p) for p in passages]
    r = score_readability(passages, outputs)
    not_kept: Counter[str] = Counter()
    public: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    for p, o in zip(passages, outputs, strict=True):
        changing = _changing(p.text, o.edits)
        for g in p.spans:
            if g.identifying and not _withheld(p.text, changing, g):
                leaked[g.entity_type] += 1
            if not g.identifying:
                public[g.entity_type] += 1
                where = map_span(p.text, changing, g.start, g.end)
                if where is None or o.text[where[0] : where[1]] != p.text[g.start : g.end]:
                    not_kept[g.entity_type] += 1
    # Clean passages: nothing identifying in the gold; the gate flags one when it finds any withheld entity.
    withheld = frozenset(default.withheld_entities())
    redactor = Redactor(default)
    clean = flagged = 0
    flagged_types: Counter[str] = Counter()
    for p in passages:
        if any(g.identifying for g in p.spans):
            continue
        clean += 1
        doc = Document(path=f"{p.id}.txt", format="txt", text=p.text, segments=(Segment(0, len(p.text), "line 1"),))
        found = redactor.find(doc, None)
        hits = [s.entity_type for s in found.spans if s.entity_type in withheld]
        if hits:
            flagged += 1
            flagged_types.update(set(hits))
    out["default"] = {
        "kept": round(r.kept_share, 4),
        "public": r.public,
        "misnamed": r.misnamed,
        "withheld": round(r.withheld_share, 4),
        "not_kept": {t: [not_kept[t], public[t]] for t in sorted(public)},
        "not_withheld": dict(leaked),
        "clean": clean,
        "flagged": flagged,
        "flagged_types": dict(flagged_types),
    }
    return out


def main(argv: list[str]) -> None:
    workers = 2
    if "--workers" in argv:
        i = argv.index("--workers")
        workers = int(argv[i + 1])
        del argv[i : i + 2]
    out_path, files = Path(argv[0]), argv[1:]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_measure, files))
    out_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{'file':42} {'strict':>7} {'plain':>6} {'kept':>6} {'misn':>5} {'withh':>6} {'flag':>6}")
    for r in results:
        s, d = r["strict"], r["default"]
        print(
            f"{Path(r['file']).name:42} {100 * s['recall']:7.1f} {100 * s['over']:6.1f} {100 * d['kept']:6.1f} "
            f"{d['misnamed']:5d} {100 * d['withheld']:6.1f} {d['flagged']:>3}/{d['clean']:<2}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
