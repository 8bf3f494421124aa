"""One pipeline makes findings: `redact run`, `redact check` on the original and `redact report` agree.

Issue #13: the run's findings (from its audit trail), the gate's findings on the untouched original
(the pipeline's spans it judged) and the review report's findings are the same spans (start, end,
entity type, recognizer, score) on every sample and every document of the corpora, under every
shipped policy. Each command is driven through its library entry point as the CLI drives it
(run_batch, Checker, build_report), with a fixed key so pseudonyms are stable.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from redact.anonymize import RunContext
from redact.batch import AUDIT_NAME, plan, run_batch
from redact.check import Checker, Target
from redact.documents import read
from redact.fingerprint import FingerprintKey
from redact.keys import Key
from redact.output import file_records
from redact.policy import load_policy, shipped_policies
from redact.report import build_report
from tests.conftest import ROOT, SAMPLES

SECRET = b"test-key-not-secret-0123456789"
_MARKUP = re.compile(r"\[([^\]]+)\]\([A-Z_]+~?\)")

SpanKey = tuple[int, int, str, str, float]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and the corpora's plain text (markup removed), one folder."""
    root = tmp_path_factory.mktemp("one-pipeline")
    corpus = root / "corpus"
    corpus.mkdir()
    for jsonl in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                (corpus / f"{rec['id']}.txt").write_text(_MARKUP.sub(r"\1", rec["text"]) + "\n", encoding="utf-8")
    return root


def _by_file(records: list[dict[str, Any]]) -> dict[str, list[SpanKey]]:
    return {
        r["input"]: sorted(
            (f["start"], f["end"], f["entity_type"], f["recognizer"], round(float(f["score"]), 4))
            for f in r["findings"]
        )
        for r in records
    }


# redact/fit/ may widen a replacement over words beside the finding that the replacement now says itself
# ("the 155th brigade" -> "a brigade", "село Тальниковка" -> "[село]", brackets a removal takes with it); the
# audit records the replaced stretch. It never crosses a line and takes in a few words at most.
_FIT_REACH = 40


def _same_finding(text: str, found: SpanKey, replaced: SpanKey) -> bool:
    """``replaced`` (from the audit) is ``found`` (the pipeline's span), widened by fitting at most."""
    if found == replaced:
        return True
    (fs, fe, *rest), (rs, re_, *rest2) = found, replaced
    if rest != rest2 or rs > fs or re_ < fe:
        return False
    widened = text[rs:fs] + text[fe:re_]
    return len(widened) <= _FIT_REACH and "\n" not in widened


@pytest.mark.parametrize("name", sorted(shipped_policies()))
def test_run_check_and_report_find_the_same_spans(name: str, inputs: Path, tmp_path: Path) -> None:
    loaded = load_policy(name)
    key = Key(SECRET, "env")
    sources = [SAMPLES, inputs / "corpus"]

    out = tmp_path / "out"
    jobs = plan(sources, out)
    result = run_batch(jobs, loaded, out, key=key)
    assert not result.failures
    records = file_records(out / AUDIT_NAME)
    run = _by_file(records)
    assert len(run) == len(jobs) > 400
    assert sum(map(len, run.values())) > 1000  # the comparison is about real findings

    checker = Checker(loaded, FingerprintKey(SECRET, "env"))
    withheld = set(loaded.policy.withheld_entities()) | {"__case__"}
    for job in jobs:
        report = checker.check(Target(job.source, job.rel))
        assert report.error is None
        checked = sorted((s.start, s.end, s.entity_type, s.recognizer, round(float(s.score), 4)) for s in report.spans)
        text = read(job.source).text
        assert len(checked) == len(run[job.rel]), job.rel
        for found, replaced in zip(checked, run[job.rel], strict=True):
            assert _same_finding(text, found, replaced), (job.rel, found, replaced)
        # What the gate reports is the run's spans, less what a `keep` rule leaves in place.
        assert {f.entity_type for f in report.findings} <= withheld

    data = build_report(sources, loaded, ctx=RunContext(key), salt="0" * 32)
    assert not data.failures
    reported = {
        doc.name: sorted((f.start, f.end, f.entity_type, f.recognizer, round(f.score, 4)) for f in doc.findings)
        for doc in data.documents
    }
    assert reported == run
