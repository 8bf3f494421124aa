"""Memory and start-up per language: peak RSS of one process with en, ru, uk loaded, and of one language alone.

Not part of the test suite. Each configuration runs in a fresh process that
redacts one short synthetic passage per language it loads, so the numbers are
what a worker holding those pipelines costs (issue 4 bar: en+ru+uk <= 800 MB,
and a Russian-only file loads only the Russian pipeline).

    python bench/languages.py [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXTS = {
    "en": "Mom, it's Sergei, I'm calling from Yura's phone. Tell Tyoma I'll be home in Kedrovka by May.",
    "ru": "Мам, это Серёжа, звоню с телефона Лёхи. Передай Тёме, что к маю буду дома в Кедровке.",
    "uk": "Мамо, це Андрій, дзвоню з телефону Миколи. Я живий, родом з Тернопільщини.",
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from redact.documents import Document, Segment
from redact.pipeline import Redactor
from redact.policy import load_policy
texts = json.loads(sys.argv[1])
redactor = Redactor(load_policy("strict").policy)
for text in texts:
    redactor.redact(Document("bench.txt", "txt", text, (Segment(0, len(text), "text"),), source={{"bom": False}}))
print(json.dumps({{
    "loaded": sorted(redactor.engines._analyzers),
    "seconds": round(time.perf_counter() - t0, 2),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
}}))
"""


def run(languages: list[str]) -> dict[str, object]:
    """Peak RSS and start-up of a fresh process that redacts one passage in each of ``languages``."""
    code = _CHILD.format(root=str(ROOT))
    texts = json.dumps([TEXTS[lang] for lang in languages])
    out = subprocess.run([sys.executable, "-c", code, texts], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["languages"] = languages
    return result


def main() -> None:
    """Print (and optionally save) one row per configuration."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    rows = [run(langs) for langs in (["en"], ["ru"], ["uk"], ["en", "ru", "uk"])]
    for row in rows:
        name = "+".join(row["languages"])  # type: ignore[arg-type]
        print(f"{name:10} loaded={row['loaded']} peak RSS {row['peak_rss_mb']} MB, {row['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
