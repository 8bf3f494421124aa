"""Throughput bench: raw spaCy, vanilla Presidio and redact on the same synthetic corpus.

Not part of the test suite. Each mode runs in its own process so that peak RSS
and start-up are measured separately; all modes run in one invocation, on the
same generated corpus, so the ratios compare like with like.

    python bench/run.py [--mb 1.0] [--model md] [--huge-mb 0] [--json results.json]

Rows: raw spaCy full pipeline (nlp.pipe), vanilla Presidio BatchAnalyzerEngine, redact in one
process (English, strict policy: every recognizer on), redact on 1 and 2 workers over many files
and over one large file, Russian and Ukrainian throughput, memory with en+ru+uk loaded, optionally
one --huge-mb transcript (peak RSS, bounded memory), and start-up of `redact run` and `redact check`.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, megabytes: float, seed: int = 7, lang: str = "en") -> list[Path]:
    """Synthetic transcripts built from the development corpus passages (all invented)."""
    from redact.corpus import load_corpus

    folder.mkdir(parents=True, exist_ok=True)
    passages = [p.text for p in load_corpus(ROOT / "tests" / "corpus" / f"{lang}.jsonl")]
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
    from redact.evaluate import presidio_classes_only

    t0 = time.perf_counter()
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model_package(model)}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry()
    with presidio_classes_only():  # redact's own EmailRecognizer is loaded too: pick Presidio's
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


def _cold_run(folder: Path, model: str, workers: int, language: str) -> dict:
    """Wall time of a whole run, engine builds included, as `redact run --workers N` does it."""
    from redact.batch import plan, run_batch
    from redact.policy import load_policy

    policy = load_policy("strict")
    out = Path(tempfile.mkdtemp(prefix="redact-bench-out-"))
    jobs = plan([folder], out)
    t0 = time.perf_counter()
    res = run_batch(jobs, policy, out, model=model, language=language, workers=workers)
    dt = time.perf_counter() - t0
    assert not res.failures, [f.error for f in res.failures]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"chars": chars, "seconds": dt, "load_s": 0.0, "rss_mb": _rss_mb(), "worker_rss_mb": children}


def mode_w1(folder: Path, model: str) -> dict:
    return _cold_run(folder, model, 1, "en")


def mode_w2(folder: Path, model: str) -> dict:
    return _cold_run(folder, model, 2, "en")


def _lang_mode(language: str) -> Callable[[Path, str], dict]:
    def mode(folder: Path, model: str) -> dict:
        from redact.batch import plan, run_batch
        from redact.pipeline import Redactor
        from redact.policy import load_policy

        t0 = time.perf_counter()
        policy = load_policy("strict")
        Redactor(policy.policy, model=model).engines.analyzer(language)
        load = time.perf_counter() - t0
        out = Path(tempfile.mkdtemp(prefix="redact-bench-out-"))
        t0 = time.perf_counter()
        res = run_batch(plan([folder], out), policy, out, model=model, language=language)
        dt = time.perf_counter() - t0
        assert not res.failures
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
        return {"chars": chars, "seconds": dt, "load_s": load, "rss_mb": _rss_mb()}

    return mode


def mode_all_languages(folder: Path, model: str) -> dict:
    """Memory with the English, Russian and Ukrainian engines all built and used once."""
    from redact.pipeline import Redactor
    from redact.policy import load_policy

    t0 = time.perf_counter()
    r = Redactor(load_policy("strict").policy, model=model)
    for text in (
        "Call Ivan on +7 912 345-67-89.",
        "Позвони Ивану на +7 912 345-67-89.",
        "Подзвони Івану, він у Києві.",
    ):
        r.redact(_doc(text))
    return {"chars": 0, "seconds": time.perf_counter() - t0, "load_s": 0.0, "rss_mb": _rss_mb()}


def _doc(text: str):
    from redact.documents import read

    p = Path(tempfile.mkdtemp(prefix="redact-bench-doc-")) / "t.txt"
    p.write_text(text, encoding="utf-8")
    return read(p)


MODES = {
    "spacy": mode_spacy,
    "presidio": mode_presidio,
    "redact": mode_redact,
    "w1": mode_w1,
    "w2": mode_w2,
    "en": _lang_mode("en"),
    "ru": _lang_mode("ru"),
    "uk": _lang_mode("uk"),
    "all_languages": mode_all_languages,
}


def _child(mode: str, folder: Path, model: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--folder", str(folder), "--model", model],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _startup(model: str, small: Path, command: str = "run") -> float:
    """Wall time of one `redact run` or `redact check` on one small file, interpreter start included."""
    out = Path(tempfile.mkdtemp(prefix="redact-bench-start-"))
    redact_bin = Path(sys.executable).parent / "redact"
    args = ["run", str(small), "--out", str(out), "-q"] if command == "run" else ["check", str(small), "-f", "json"]
    t0 = time.perf_counter()
    proc = subprocess.run(
        [str(redact_bin), *args, "--policy", "strict", "--model", model], capture_output=True, check=False
    )
    dt = time.perf_counter() - t0
    assert proc.returncode in (0, 1), proc.returncode  # check exits 1 when it finds something
    return dt


def _best(mode: str, folder: Path, model: str, repeat: int) -> dict:
    runs = [_child(mode, folder, model) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    best["chars_per_s"] = best["chars"] / best["seconds"] if best["seconds"] else 0.0
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="English corpus size (many files)")
    ap.add_argument("--cyrillic-mb", type=float, default=0.25, help="Russian and Ukrainian corpus size each")
    ap.add_argument("--huge-mb", type=float, default=0.0, help="also one transcript this large (peak RSS); 0 = skip")
    ap.add_argument("--model", default="md")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child")
    ap.add_argument("--folder", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(MODES[args.child](args.folder, args.model)))
        return

    root = Path(tempfile.mkdtemp(prefix="redact-bench-"))
    many = root / "many"
    files = make_corpus(many, args.mb)
    one = root / "one"
    one.mkdir()
    (one / "large.txt").write_text("\n".join(p.read_text(encoding="utf-8") for p in files), encoding="utf-8")
    ru, uk = root / "ru", root / "uk"
    make_corpus(ru, args.cyrillic_mb, lang="ru")
    make_corpus(uk, args.cyrillic_mb, lang="uk")
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = os.getloadavg()[0]

    results: dict[str, dict] = {}
    for label, mode, folder in [
        ("spaCy full pipeline", "spacy", many),
        ("Presidio vanilla batch", "presidio", many),
        ("redact, 1 process", "redact", many),
        ("redact ru, 1 process", "ru", ru),
        ("redact uk, 1 process", "uk", uk),
        ("many files, 1 worker", "w1", many),
        ("many files, 2 workers", "w2", many),
        ("one large file, 1 worker", "w1", one),
        ("one large file, 2 workers", "w2", one),
        ("en+ru+uk engines loaded", "all_languages", many),
    ]:
        results[label] = _best(mode, folder, args.model, args.repeat)
        print(f"  done: {label}", file=sys.stderr, flush=True)
    if args.huge_mb > 0:
        huge = root / "huge"
        huge.mkdir()
        text = (one / "large.txt").read_text(encoding="utf-8")
        reps = max(1, int(args.huge_mb * 1_000_000 / max(1, len(text))) + 1)
        (huge / "huge.txt").write_text("\n".join([text] * reps)[: int(args.huge_mb * 1_000_000)], encoding="utf-8")
        # Two workers analyse its windows; the parent holds the whole text, findings and output, so the
        # parent's peak RSS is the figure that grows with the file.
        results[f"one {args.huge_mb:g} MB transcript, 2 workers"] = _best("w2", huge, args.model, 1)
    small = root / "small.txt"
    small.write_text(files[0].read_text(encoding="utf-8")[:2000], encoding="utf-8")
    start_run = min(_startup(args.model, small, "run") for _ in range(3))
    start_check = min(_startup(args.model, small, "check") for _ in range(3))

    base = results["spaCy full pipeline"]["chars_per_s"]
    van = results["Presidio vanilla batch"]["chars_per_s"]
    print(
        f"# redact bench, started {started}, {os.cpu_count()} cores, load average {load:.1f} at start, "
        f"Python {platform.python_version()}, model {args.model}, English corpus "
        f"{results['spaCy full pipeline']['chars'] / 1e6:.2f} M chars in {len(files)} files"
    )
    print()
    print("| run | chars/s | vs spaCy | vs Presidio | peak RSS MB | engine load s |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, r in results.items():
        cps = r["chars_per_s"]
        rss = r.get("worker_rss_mb") if "2 workers" in label else r["rss_mb"]  # parent and worker both shown
        rss_s = f"{r['rss_mb']:.0f} (worker {rss:.0f})" if "2 workers" in label else f"{rss:.0f}"
        if cps:
            print(f"| {label} | {cps:.0f} | {cps / base:.2f} | {cps / van:.2f} | {rss_s} | {r['load_s']:.1f} |")
        else:
            print(f"| {label} | | | | {rss_s} | {r['seconds']:.1f} |")
    for what in ("many files", "one large file"):
        a = results[f"{what}, 1 worker"]["seconds"]
        b = results[f"{what}, 2 workers"]["seconds"]
        print(f"\n{what}: 2 workers vs 1: {a / b:.2f}x (wall {a:.1f} s -> {b:.1f} s, engine start-up included)", end="")
    print()
    print(
        f"start-up (one 2 kB file, wall, best of 3): `redact run` {start_run:.2f} s, `redact check` {start_check:.2f} s"
    )
    if args.json:
        payload = {"results": results, "startup_run_s": start_run, "startup_check_s": start_check, "started": started}
        args.json.write_text(json.dumps(payload, indent=2))


if __name__ == "__main__":
    main()
