"""The pseudonym key: where it comes from, and the refusal to run keyed operators without one.

Keyed operators (``pseudonym``, ``numbered``) derive every replacement from
HMAC-SHA256(key, normalised identity). With the same key, the same person gets
the same pseudonym in every file and every run; with another key, other
pseudonyms. The key is read from ``--key-file`` or the ``REDACT_KEY``
environment variable; ``--ephemeral-key`` makes a random one that is never
stored (pseudonyms are then consistent within the run only). The key never
reaches outputs, logs or the audit: the audit carries a short fingerprint so a
reader can tell whether two runs used the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from redact.errors import KeyRequiredError, UsageError
from redact.policy import LoadedPolicy, Policy

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry

__all__ = [
    "KEYED_OPERATORS",
    "ENV_VAR",
    "Key",
    "needs_key",
    "load_key",
    "require_key",
    "check_run_options",
    "MIN_KEY_BYTES",
]

KEYED_OPERATORS = frozenset({"pseudonym", "numbered"})
ENV_VAR = "REDACT_KEY"
MIN_KEY_BYTES = 16


@dataclass(frozen=True)
class Key:
    """Key material and where it came from."""

    secret: bytes = field(repr=False)
    source: Literal["file", "env", "ephemeral"]

    @property
    def fingerprint(self) -> str:
        """A short, non-reversible label of the key for the audit (not the key, not its plain hash)."""
        return hmac.new(self.secret, b"redact key fingerprint v1", hashlib.sha256).hexdigest()[:16]


def needs_key(policy: Policy) -> bool:
    """Whether any rule of ``policy`` (or its fallback) uses a keyed operator."""
    rules = [*policy.entities.values()]
    if policy.unnamed_entities == "redact":
        rules.append(policy.unnamed_operator)
    return any(r.operator in KEYED_OPERATORS for r in rules)


def _check(secret: bytes, where: str) -> bytes:
    secret = secret.strip()
    if len(secret) < MIN_KEY_BYTES:
        raise UsageError(
            f"the key from {where} is too short",
            hint=f"use at least {MIN_KEY_BYTES} random bytes, e.g. `openssl rand -hex 32`",
        )
    return secret


def load_key(key_file: Path | None = None, *, ephemeral: bool = False, env: dict[str, str] | None = None) -> Key | None:
    """The run's key: --key-file, else $REDACT_KEY, else a random one with --ephemeral-key, else None."""
    environ = os.environ if env is None else env
    if key_file is not None:
        try:
            raw = key_file.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read --key-file {key_file} ({exc.strerror or type(exc).__name__})") from None
        return Key(_check(raw, f"--key-file {key_file}"), "file")
    value = environ.get(ENV_VAR)
    if value:
        return Key(_check(value.encode("utf-8"), f"${ENV_VAR}"), "env")
    if ephemeral:
        return Key(secrets.token_bytes(32), "ephemeral")
    return None


def require_key(policy: Policy, key: Key | None, policy_name: str) -> None:
    """Refuse a policy with keyed operators when there is no key (exit 2)."""
    if key is None and needs_key(policy):
        raise KeyRequiredError(
            f"policy {policy_name} uses pseudonyms or numbers, which need a key",
            hint=f"pass --key-file FILE or set {ENV_VAR}; "
            "--ephemeral-key for a one-off run whose pseudonyms will not match later runs",
        )


def check_run_options(
    loaded: LoadedPolicy, *, key_file: Path | None, ephemeral: bool, case: Path | None, require_approved: bool
) -> tuple[Key | None, CaseRegistry | None]:
    """Everything `redact run` checks before touching a file: approval, key, case registry (exit 2 on failure)."""
    from redact.casefile import load_case
    from redact.errors import PolicyError

    if require_approved and not loaded.policy.metadata.approved:
        raise PolicyError(
            f"policy {loaded.path} is not approved",
            hint="--require-approved needs metadata.approved_by and metadata.approved_on",
        )
    key = load_key(key_file, ephemeral=ephemeral)
    require_key(loaded.policy, key, loaded.path)
    if case is None and loaded.policy.case_registry:
        case = Path(loaded.path).parent / loaded.policy.case_registry
    return key, (load_case(case) if case is not None else None)
