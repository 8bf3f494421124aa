"""The pseudonym key: where it comes from, and the refusal to run keyed operators without one.

Keyed operators (``pseudonym``, ``numbered``) derive every replacement from
HMAC-SHA256(key, normalised identity). With the same key, the same person gets
the same pseudonym in every file and every run; with another key, other
pseudonyms. The key is read from ``--key-file`` or the ``REDACT_KEY``
environment variable; ``--ephemeral-key`` makes a random one that is never
stored (pseudonyms are then consistent within the run only); asking for it
together with ``--key-file`` or ``REDACT_KEY`` is a usage error, as is a key that
is short or patterned (:func:`key_weakness` gives the rule). The key never
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
    "MIN_DISTINCT_BYTES",
    "key_weakness",
    "check_key_options",
]

KEYED_OPERATORS = frozenset({"pseudonym", "numbered"})
ENV_VAR = "REDACT_KEY"
MIN_KEY_BYTES = 16
MIN_DISTINCT_BYTES = 10
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")
_HINT = "make one with `openssl rand -hex 32`"


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


def key_weakness(secret: bytes) -> str | None:
    """Why ``secret`` is too weak to be a key, or None when it is acceptable. Never quotes the key.

    The rule, measured on the key's bytes (a key of 32 or more hex digits, such as ``openssl rand -hex 32``
    prints, is measured as the bytes it spells; the key itself is used as given):

    - at least ``MIN_KEY_BYTES`` (16) bytes;
    - at least ``MIN_DISTINCT_BYTES`` (10) distinct byte values (16 random bytes almost always have 14+;
      "aaaa…" or "0000…" have one);
    - not one short unit repeated ("abcabc…") and not a run of evenly spaced values ("abcdefgh…", 0x00 0x01 …).

    Sixteen random bytes pass with overwhelming probability; a word, a date or a typed pattern does not.
    """
    material = secret
    if len(secret) >= 32 and len(secret) % 2 == 0 and set(secret) <= _HEX_DIGITS:
        material = bytes.fromhex(secret.decode("ascii"))
    if len(material) < MIN_KEY_BYTES:
        return f"too short ({len(material)} bytes; at least {MIN_KEY_BYTES} are needed)"
    distinct = len(set(material))
    if distinct < MIN_DISTINCT_BYTES:
        values = "value" if distinct == 1 else "values"
        return f"too weak (only {distinct} distinct byte {values}; at least {MIN_DISTINCT_BYTES} are needed)"
    if _period(material) <= len(material) // 2:
        return "too weak (a short pattern repeated)"
    steps = {b - a for a, b in zip(material, material[1:], strict=False)}
    if len(steps) == 1:
        return "too weak (a run of evenly spaced values)"
    return None


def _period(data: bytes) -> int:
    """The shortest p with data[i] == data[i + p] for every i (the prefix function, linear time)."""
    border = [0] * len(data)
    for i in range(1, len(data)):
        k = border[i - 1]
        while k and data[i] != data[k]:
            k = border[k - 1]
        border[i] = k + 1 if data[i] == data[k] else 0
    return len(data) - border[-1] if data else 0


def _check(secret: bytes, where: str) -> bytes:
    secret = secret.strip()
    weakness = key_weakness(secret)
    if weakness is not None:
        raise UsageError(f"the key from {where} is {weakness}", hint=_HINT)
    return secret


def check_key_options(key_file: Path | None, ephemeral: bool, env: dict[str, str] | None = None) -> None:
    """Refuse key options that contradict each other (exit 2) instead of silently preferring one.

    ``--ephemeral-key`` asks for a random key that matches no other run; with ``--key-file`` or ``$REDACT_KEY``
    also given, the run would either not be what was asked for or silently use the stored key.
    """
    environ = os.environ if env is None else env
    if ephemeral and key_file is not None:
        raise UsageError(
            "--key-file and --ephemeral-key cannot be used together",
            hint="keep --key-file for pseudonyms that match other runs, or --ephemeral-key for a one-off run",
        )
    if ephemeral and environ.get(ENV_VAR):
        raise UsageError(
            f"--ephemeral-key was given while ${ENV_VAR} is set",
            hint=f"unset {ENV_VAR} for a one-off run, or drop --ephemeral-key to use it",
        )


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
    check_key_options(key_file, ephemeral)
    key = load_key(key_file, ephemeral=ephemeral)
    require_key(loaded.policy, key, loaded.path)
    if case is None and loaded.policy.case_registry:
        case = Path(loaded.path).parent / loaded.policy.case_registry
    return key, (load_case(case) if case is not None else None)
