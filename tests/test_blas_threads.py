"""numpy's OpenBLAS runs on one thread in redact's processes (redact/_offline.py), unless the caller set it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, os
import redact.batch
import numpy as np
a = np.ones((600, 600), dtype="float32")
a @ a
tasks = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else None
print(json.dumps({"env": os.environ.get("OPENBLAS_NUM_THREADS"), "tasks": tasks}))
"""

_SPANS = """
import json
from redact.cyrillic_nlp import natasha_spans
texts = [
    "Вчера в Белгороде Иван Петрович Сидоров встретился с Марией Ковалёвой из Курской области.",
    "Командир роты Олег Смирнов сообщил, что в Донецке и под Авдеевкой идут бои.",
]
print(json.dumps([natasha_spans(t, "ru") for t in texts]))
"""


def _run(code: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environ.update(env, PYTHONPATH=str(_ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], env=environ, capture_output=True, text=True, check=True, cwd=_ROOT
    )
    return out.stdout.strip().splitlines()[-1]


def test_openblas_runs_on_one_thread_in_a_redact_process() -> None:
    probe = json.loads(_run(_PROBE))
    assert probe["env"] == "1"
    if probe["tasks"] is not None:
        assert probe["tasks"] == 1  # no OpenBLAS worker thread was started by the matrix product


def test_a_callers_own_setting_stands() -> None:
    assert json.loads(_run(_PROBE, OPENBLAS_NUM_THREADS="2"))["env"] == "2"


@pytest.mark.slow
def test_natasha_finds_the_same_spans_on_one_thread_or_two() -> None:
    assert _run(_SPANS) == _run(_SPANS, OPENBLAS_NUM_THREADS="2")
