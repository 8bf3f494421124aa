"""Snapshot what redact produces, to prove a refactoring changed nothing.

    python scripts/snapshot_outputs.py /tmp/before      # on the old code
    python scripts/snapshot_outputs.py /tmp/after       # on the new code
    diff -r /tmp/before /tmp/after

Policy names after the folder (``... /tmp/before strict withhold-identities``) limit the snapshot to those.

For every shipped policy it runs, through the command line, ``redact run`` on ``samples/`` and on the
corpora's plain text (each line of ``tests/corpus/*.jsonl`` written as a ``.txt`` file, markup removed),
``redact check --format json`` on the originals and on the run's output, and ``redact report --format md``,
and writes each output, the audit and the check JSON under the given folder. The key is fixed
(``REDACT_KEY``), so pseudonyms and fingerprints are stable; the report's time stamp and the audit's run id and
times are normalised, so ``diff -r`` shows only what the code changed. The
test data is synthetic, so the snapshot may hold its text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "snapshot-key-0123456789abcdef0123456789abcdef"  # a fixed test key, not a secret
MARKUP = re.compile(r"\[([^\]]+)\]\([A-Z_]+~?\)")


def corpus_texts(dest: Path) -> Path:
    """The corpora as plain .txt files, one per line of tests/corpus/*.jsonl."""
    dest.mkdir(parents=True, exist_ok=True)
    for jsonl in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            (dest / f"{rec['id']}.txt").write_text(MARKUP.sub(r"\1", rec["text"]) + "\n", encoding="utf-8")
    return dest


def redact(args: list[str], out: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, REDACT_KEY=KEY, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "redact", *args], cwd=ROOT, env=env, capture_output=True, check=False)
    if out is not None:
        out.write_bytes(proc.stdout)
    return proc


def main() -> int:
    dest = Path(sys.argv[1]).resolve()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    inputs = {"samples": ROOT / "samples", "corpus": corpus_texts(dest / "_corpus-input")}
    policies = sorted(p.stem for p in (ROOT / "policies").glob("*.yaml"))
    if sys.argv[2:]:
        policies = [p for p in policies if p in sys.argv[2:]]
    for policy in policies:
        for name, src in inputs.items():
            here = dest / policy / name
            here.mkdir(parents=True)
            run_out = here / "run"
            proc = redact(["run", str(src), "--out", str(run_out), "--policy", policy, "--quiet"])
            (here / "run.rc").write_text(f"{proc.returncode}\n{proc.stderr.decode('utf-8', 'replace')}")
            for what, target in (("check-original", src), ("check-output", run_out)):
                proc = redact(["check", str(target), "--policy", policy, "--format", "json"], here / f"{what}.json")
                (here / f"{what}.rc").write_text(f"{proc.returncode}\n{proc.stderr.decode('utf-8', 'replace')}")
            md = here / "report.md"
            proc = redact(["report", str(src), "--out", str(md), "--policy", policy, "--format", "md"])
            (here / "report.rc").write_text(f"{proc.returncode}\n{proc.stderr.decode('utf-8', 'replace')}")
            if md.exists():
                text = md.read_text(encoding="utf-8")
                md.write_text(re.sub(r"Generated \S+ by", "Generated TIME by", text), encoding="utf-8")
            print(f"{policy}/{name} done", flush=True)
    shutil.rmtree(dest / "_corpus-input")
    for audit in dest.rglob("audit.jsonl"):  # a run's id and clock times differ every run
        records = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines() if line.strip()]
        for rec in records:
            rec.update({k: "RUN" if k == "run" else "TIME" for k in ("run", "started", "finished") if k in rec})
        audit.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records), encoding="utf-8")
    for f in dest.rglob("*"):  # the snapshot folder's own path shows in check JSON and audits
        if f.is_file():
            try:
                text = f.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            if str(dest) in text:
                f.write_text(text.replace(str(dest), "<SNAPSHOT>"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
