"""Throughput bench: raw spaCy, vanilla Presidio and redact on the same synthetic corpus.

Not part of the test suite. Each mode runs in its own process so that peak RSS
and start-up are measured separately; all modes run in one invocation, on the
same generated corpus, so the ratios compare like with like.

    python bench/run.py [--mb 1.0] [--model md] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """Synthetic transcripts built from the development corpus passages (all invented)."""
    from redact.corpus import load_corpus

    passages = [p.text for p in load_corpus(ROOT / "tests" / "corpus" / "en.jsonl")]
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    files: list[Path] = []
    size = 0
    i = 0
    while size < target:
        body = "\n\n".join(rng.choice(passages) for _ in range(12)) + "\n"
        p = folder / f"doc-{i:04d}.txt"
        p.write_text(body, encoding="utf-8")
        files.append(p)
        size += len(body)
        i += 1
    return files


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mode_spacy(folder: Path, model: str) -> dict:
    import warnings

    warnings.filterwarnings("ignore", message=r"\[W095\]")
    import spacy

    from redact.engine import model_package

    t0 = time.perf_counter()
    nlp = spacy.load(model_package(model))
    load = time.perf_counter() - t0
    texts = _texts(folder)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    dt = time.perf_counter() - t0
    return {"chars": sum(map(len, texts)), "seconds": dt, "load_s": load, "rss_mb": _rss_mb()}


def mode_presidio(folder: Path, model: str) -> dict:
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import warnings

    warnings.filterwarnings("ignore", message=r"\[W095\]")
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from redact.engine import model_package

    t0 = time.perf_counter()
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model_package(model)}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine)
    batch = BatchAnalyzerEngine(analyzer)
    load = time.perf_counter() - t0
    texts = _texts(folder)
    t0 = time.perf_counter()
    list(batch.analyze_iterator(texts, language="en", batch_size=32))
    dt = time.perf_counter() - t0
    return {"chars": sum(map(len, texts)), "seconds": dt, "load_s": load, "rss_mb": _rss_mb()}


def mode_redact(folder: Path, model: str) -> dict:
    """redact's own pipeline in-process: the work `redact run` does per file, outputs included."""
    from redact.batch import plan, run_batch
    from redact.policy import load_policy

    t0 = time.perf_counter()
    policy = load_policy("strict")
    out = Path(tempfile.mkdtemp(prefix="redact-bench-out-"))
    from redact.pipeline import Redactor

    Redactor(policy.policy, model=model).engines.analyzer("en")  # warm: build once, as a worker does
    load = time.perf_counter() - t0
    jobs = plan([folder], out)
    t0 = time.perf_counter()
    res = run_batch(jobs, policy, out, model=model, language="en")
    dt = time.perf_counter() - t0
    assert not res.failures
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    return {"chars": chars, "seconds": dt, "load_s": load, "rss_mb": _rss_mb()}


MODES = {"spacy": mode_spacy, "presidio": mode_presidio, "redact": mode_redact}


def _child(mode: str, folder: Path, model: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--folder", str(folder), "--model", model],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _startup(model: str, small: Path) -> float:
    out = Path(tempfile.mkdtemp(prefix="redact-bench-start-"))
    redact_bin = Path(sys.executable).parent / "redact"
    t0 = time.perf_counter()
    subprocess.run(
        [str(redact_bin), "run", str(small), "--out", str(out), "--policy", "strict", "--model", model, "-q"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--model", default="md")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child")
    ap.add_argument("--folder", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(MODES[args.child](args.folder, args.model)))
        return

    folder = Path(tempfile.mkdtemp(prefix="redact-bench-"))
    files = make_corpus(folder, args.mb)
    results: dict[str, dict] = {}
    for mode in MODES:
        runs = [_child(mode, folder, args.model) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        best["chars_per_s"] = best["chars"] / best["seconds"]
        results[mode] = best
    small = folder / "small.txt"
    small.write_text(files[0].read_text(encoding="utf-8")[:2000], encoding="utf-8")
    startup = min(_startup(args.model, small) for _ in range(3))

    base = results["spacy"]["chars_per_s"]
    van = results["presidio"]["chars_per_s"]
    print(f"# redact bench {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, {platform.python_version()}, "
          f"model {args.model}, corpus {results['spacy']['chars'] / 1e6:.2f} M chars in {len(files)} files")
    print(f"{'mode':<10}{'chars/s':>10}{'vs spaCy':>10}{'vs Presidio':>13}{'peak RSS MB':>13}{'load s':>8}")
    for mode, r in results.items():
        cps = r["chars_per_s"]
        print(f"{mode:<10}{cps:>10.0f}{cps / base:>10.2f}{cps / van:>13.2f}{r['rss_mb']:>13.0f}{r['load_s']:>8.2f}")
    print(f"start-up: `redact run` on one 2 kB file, wall {startup:.2f} s (best of 3)")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "startup_s": startup, "files": len(files)}, indent=2))


if __name__ == "__main__":
    main()
