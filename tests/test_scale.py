"""Scale: long texts in windows (an entity exactly on a window border), large files over workers, Dask.

Speed is measured in bench/, never here; these tests check that splitting work changes nothing.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact import pipeline
from redact.output import file_records
from redact.pipeline import windows

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Invented details; the filler is plain English so nothing else is found.
FILLER = "We talked about the weather and the food for a long while today. "
PHONE = "+7 912 345-67-89"


@given(st.text(alphabet="ab \n", max_size=400), st.integers(5, 60), st.integers(0, 20))
@settings(max_examples=200, deadline=None)
def test_window_cores_tile_the_text(text: str, size: int, overlap: int) -> None:
    wins = windows(text, size, overlap)
    assert wins[0].core_start == 0 and wins[-1].core_end == len(text)
    for a, b in zip(wins, wins[1:], strict=False):
        assert a.core_end == b.core_start and a.core_start < a.core_end
    for w in wins:
        assert w.lo == max(0, w.core_start - overlap) and w.hi == min(len(text), w.core_end + overlap)
        assert w.core_end - w.core_start <= size


def test_default_windows_stay_under_spacys_limit() -> None:
    text = ("x" * 9 + " ") * 300_000  # 3 M chars, beyond spaCy's 1,000,000
    assert all(w.hi - w.lo < 1_000_000 for w in windows(text))


def _placed(entity: str, where: str) -> tuple[str, int]:
    """Filler + ``entity`` + filler with a window border (CHUNK_CHARS=200) exactly at or inside the entity."""
    for pad in range(120, 400):
        prefix = (FILLER * 8)[: pad - 1] + " "
        text = prefix + entity + ". " + FILLER * 4
        s, e = len(prefix), len(prefix) + len(entity)
        borders = [w.core_end for w in windows(text, 200, 40)[:-1]]
        if (where == "at" and s in borders) or (where == "inside" and any(s < b < e for b in borders)):
            return text, s
    raise AssertionError(f"no layout puts a border {where} the entity")


@pytest.mark.parametrize("where", ["at", "inside"])
@pytest.mark.parametrize(("entity", "entity_type"), [(PHONE, "PHONE_NUMBER"), ("Grigory Vasilchenko", "PERSON")])
def test_entity_on_a_window_border_is_found_whole_once(
    strict_redactor, monkeypatch, where: str, entity: str, entity_type: str
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    monkeypatch.setattr(pipeline, "CHUNK_OVERLAP", 40)
    text, start = _placed(entity, where)
    assert len(windows(text)) > 2
    found = pipeline.analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy)
    hits = [(f.start, f.end) for f in found if f.entity_type == entity_type and f.start < start + len(entity)]
    hits = [h for h in hits if h[1] > start]
    assert hits == [(start, start + len(entity))]


def test_windowed_and_whole_analysis_agree(strict_redactor, monkeypatch) -> None:
    text = (SAMPLES / "call-01-mother.en.txt").read_text(encoding="utf-8")
    whole = pipeline.analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    monkeypatch.setattr(pipeline, "CHUNK_OVERLAP", 120)
    assert len(windows(text)) > 2
    split = pipeline.analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy)
    key = lambda fs: sorted((f.start, f.end, f.entity_type) for f in fs)  # noqa: E731
    assert key(split) == key(whole)


def test_piece_mapper_is_used_for_every_window(strict_redactor, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    text = FILLER * 20
    seen: list[int] = []

    def mapper(pieces: list[tuple[str, str]]) -> list[list[pipeline.Finding]]:
        seen.append(len(pieces))
        return [pipeline.analyze_piece(p, lang, strict_redactor.engines, strict_redactor.policy) for p, lang in pieces]

    pipeline.analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy, mapper)
    assert seen == [len(windows(text))] and seen[0] > 1


def _tree(out: Path) -> dict[str, bytes]:
    """The outputs (the audit differs by run id and order of completion: its file records are compared apart)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "audit.jsonl"
    }


def test_dask_cluster_gives_identical_outputs_and_audit(strict_policy, tmp_path: Path, monkeypatch) -> None:
    """Two Dask worker processes on loopback: same outputs and audit as one process, large file included."""
    pytest.importorskip("distributed")
    from redact import executors
    from redact.batch import plan, run_batch

    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("call-01-mother.en.txt", "call-05-mother.ru.txt", "call-09-son.en.srt", "interview-03.en.txt"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    (inbox / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    # Files over 2 kB count as "large": their windows are analysed on the workers and merged in the
    # parent; the SRT (one window) and the broken file go to the workers whole.
    monkeypatch.setattr(executors, "LARGE_CHARS", 2000)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1500)
    local, dask = tmp_path / "local", tmp_path / "dask"
    one = run_batch(plan([inbox], local), strict_policy, local, language="auto")
    with warnings.catch_warnings():
        # distributed may warn about ports, clocks or slow start-up on a loaded CI machine.
        warnings.simplefilter("ignore")
        two = run_batch(plan([inbox], dask), strict_policy, dask, language="auto", executor="dask", workers=2)
    assert [r.rel for r in one.results] == [r.rel for r in two.results]
    assert [r.rel for r in two.failures] == ["broken.txt"]
    # Records are appended as outputs are committed (the order of completion) and carry each run's id.
    audit = sorted(({**r, "run": None} for r in file_records(dask / "audit.jsonl")), key=lambda r: r["input"])
    local_audit = sorted(({**r, "run": None} for r in file_records(local / "audit.jsonl")), key=lambda r: r["input"])
    for a, b in zip(local_audit, audit, strict=True):
        assert a == b, a["input"]
    assert _tree(local) == _tree(dask)
    assert len(audit) == 5 and sum(r["status"] == "ok" for r in audit) == 4
    assert any(r["counts"] for r in audit if r["status"] == "ok")


def test_local_workers_analyse_a_large_files_windows_with_few_in_flight(strict_policy, tmp_path: Path, monkeypatch):
    """A large file's windows go to two local workers a few at a time; outputs and audit equal one process."""
    from concurrent.futures import Future

    from redact import executors
    from redact.batch import plan, run_batch

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "long.en.txt").write_bytes((SAMPLES / "call-01-mother.en.txt").read_bytes() * 3)
    monkeypatch.setattr(executors, "LARGE_CHARS", 2000)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    text = (inbox / "long.en.txt").read_text(encoding="utf-8")
    assert len(windows(text)) > 3 * 2 * 2  # more windows than the in-flight limit allows at once
    peak = {"n": 0}
    submit = executors.ProcessPoolExecutor.submit
    pending: list[Future[object]] = []

    def counting_submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        pending[:] = [f for f in pending if not f.done()]
        fut = submit(self, fn, *args, **kwargs)
        pending.append(fut)
        peak["n"] = max(peak["n"], len(pending))
        return fut

    monkeypatch.setattr(executors.ProcessPoolExecutor, "submit", counting_submit)
    local, pooled = tmp_path / "one", tmp_path / "two"
    run_batch(plan([inbox], local), strict_policy, local, language="auto")
    run_batch(plan([inbox], pooled), strict_policy, pooled, language="auto", workers=2)
    assert _tree(local) == _tree(pooled)
    assert [{**r, "run": None} for r in file_records(local / "audit.jsonl")] == [
        {**r, "run": None} for r in file_records(pooled / "audit.jsonl")
    ]
    assert 1 <= peak["n"] <= 3 * 2


def test_pieces_slice_the_text_on_demand() -> None:
    text = FILLER * 20
    wins = windows(text, 200, 40)
    pieces = pipeline.Pieces(text, wins, "en")
    assert len(pieces) == len(wins) > 3
    assert list(pieces) == [(text[w.lo : w.hi], "en") for w in wins]
    assert pieces[1:3] == [pieces[1], pieces[2]]
