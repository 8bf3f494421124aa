"""Check a blind set's files before they are committed: JSON lines, ids, passage and clean counts, span markup.

    python scripts/check_blind_markup.py DIR/records-s-en.jsonl DIR/reporting-s-en.jsonl DIR/intercepts-s-en.jsonl

Standalone on purpose (no project import): the writers of a blind set run it and never run `redact` or read its code
(tests/corpus/WRITING.md). Prints the counts of identifying and `~` spans per file and OK, or what to fix.
"""

from __future__ import annotations

import json
import re
import sys

SPAN = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)(~?)\)")
TYPES = {
    "PERSON",
    "CALL_SIGN",
    "MILITARY_UNIT",
    "LOCATION",
    "ORGANIZATION",
    "PHONE_NUMBER",
    "DATE_OF_BIRTH",
    "ID_NUMBER",
    "SOCIAL_HANDLE",
    "CREDIT_CARD",
    "VEHICLE_PLATE",
    "IMEI",
    "COORDINATES",
    "EMAIL_ADDRESS",
}
# passages per file and how many of them hold no identifying span
WANT = {"records": (16, 0), "reporting": (12, 4), "intercepts": (16, 2)}
# an English article inside an identifying span (a public name such as "The Moscow Times" may keep its own)
ARTICLE = re.compile(r"(?:the|a|an|A|An) ")


def check(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    kind, letter, lang = name.removesuffix(".jsonl").split("-")
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    size, clean_want = WANT[kind]
    ok = True
    if len(rows) != size:
        print(path, "passages", len(rows), "want", size)
        ok = False
    if [r.get("id") for r in rows] != [f"heldout-{kind}-{letter}-{lang}-{i:03d}" for i in range(1, len(rows) + 1)]:
        print(path, "ids are not heldout-<kind>-<set>-<lang>-001, -002, ...")
        ok = False
    clean = identifying = public = 0
    for r in rows:
        if set(r) != {"id", "lang", "kind", "text"} or r["lang"] != lang:
            print(r.get("id"), "keys must be id, lang, kind, text and lang", lang)
            ok = False
        spans = SPAN.findall(r["text"])
        unknown = sorted({t for _, t, _ in spans if t not in TYPES})
        if unknown:
            print(r["id"], "unknown types", unknown)
            ok = False
        if re.search(r"\]\([A-Z_]+~?\)|\[[^\]]*\]\([A-Z]", SPAN.sub("", r["text"])):
            print(r["id"], "broken markup")
            ok = False
        if lang == "en" and any(ARTICLE.match(s) or (s.startswith("The ") and not t) for s, _, t in spans):
            print(r["id"], "an article inside a span: leave the/a/an outside")
            ok = False
        ident = sum(1 for _, _, t in spans if not t)
        identifying += ident
        public += len(spans) - ident
        clean += ident == 0
    if clean != clean_want:
        print(path, "clean passages", clean, "want", clean_want)
        ok = False
    print(path, "spans identifying / ~:", identifying, "/", public)
    return ok


if __name__ == "__main__":
    results = [check(p) for p in sys.argv[1:]]
    print("OK" if results and all(results) else "FIX")
    sys.exit(0 if results and all(results) else 1)
