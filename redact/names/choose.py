"""Keyed choice: a pool entry or digits chosen by HMAC-SHA256 of the key and an identity.

The same identity gets the same pseudonym in any file, in any run with the same key, in any worker: nothing
depends on the order in which files are processed. Pools ship in ``redact/data/pseudonyms.yaml``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from functools import lru_cache

import yaml

from redact.names.given import DATA_DIR
from redact.names.keys import skeleton
from redact.names.render import to_ukrainian

__all__ = ["pools", "uk_pools", "uk_form", "digest", "choose", "keyed_digits"]


@lru_cache(maxsize=1)
def pools() -> dict[str, tuple[str, ...]]:
    """The pseudonym pools shipped in redact/data/pseudonyms.yaml."""
    data = yaml.safe_load((DATA_DIR / "pseudonyms.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in data.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def uk_pools() -> dict[str, dict[str, str]]:
    """Ukrainian counterparts of the Russian pool entries (pool → Russian entry → Ukrainian form).

    The choice is made in the Russian pool, so the same identity gets the same entry in every language;
    Ukrainian text then shows that entry's Ukrainian counterpart (Павел → Павло).
    """
    data = yaml.safe_load((DATA_DIR / "pseudonyms.yaml").read_text(encoding="utf-8"))
    uk = data.get("uk") or {}
    return {k: {str(a): str(b) for a, b in v.items()} for k, v in uk.items()}


def uk_form(pool: str, entry: str) -> str:
    """The Ukrainian counterpart of a Russian pool entry (respelt by :func:`to_ukrainian` when not listed)."""
    return uk_pools().get(pool, {}).get(entry) or to_ukrainian(entry)


def digest(key: bytes, *parts: str) -> bytes:
    """HMAC-SHA256 of the parts joined with a separator no text contains."""
    return hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).digest()


def choose(key: bytes, namespace: str, identity: str, pool: Sequence[str], avoid: Iterable[str] = ()) -> str:
    """A pool entry chosen by HMAC(key, namespace, identity), never one whose skeleton is in ``avoid``.

    The identity itself is always avoided too, so a pseudonym never equals the name it replaces.
    """
    banned = {skeleton(a) for a in avoid if a} | {identity}
    start = int.from_bytes(digest(key, namespace, identity)[:8], "big")
    for i in range(len(pool)):
        cand = pool[(start + i) % len(pool)]
        if skeleton(cand) not in banned:
            return cand
    return pool[start % len(pool)] + "ов"  # pragma: no cover - every pool has more than one entry


def keyed_digits(key: bytes, namespace: str, identity: str, original: str) -> str:
    """Digits of the same length as ``original``, derived from the key, never equal to it."""
    n = len(original)
    for attempt in range(16):
        d = digest(key, namespace, identity, str(attempt))
        num = int.from_bytes(d, "big")
        if n == 1:
            out = str(1 + num % 9)
        else:
            out = str(1 + num % 9) + str(num // 9).zfill(n - 1)[-(n - 1) :]
        if out != original:
            return out
    return "".join("1" if c != "1" else "2" for c in original)  # pragma: no cover
