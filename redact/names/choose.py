"""Keyed choice: a pool entry or digits chosen by HMAC-SHA256 of the key and an identity.

The same identity gets the same pseudonym in any file, in any run with the same key, in any worker: nothing
depends on the order in which files are processed. Pools ship in ``redact/data/pseudonyms.yaml``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import yaml

from redact.names.given import DATA_DIR
from redact.names.keys import skeleton
from redact.names.render import to_ukrainian

__all__ = [
    "glosses",
    "pools",
    "uk_pools",
    "uk_form",
    "digest",
    "choose",
    "keyed_digits",
    "Choice",
    "recording",
    "assigned",
    "distinct",
]


@lru_cache(maxsize=1)
def pools() -> dict[str, tuple[str, ...]]:
    """The pseudonym pools shipped in redact/data/pseudonyms.yaml."""
    data = yaml.safe_load((DATA_DIR / "pseudonyms.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in data.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def glosses() -> dict[str, str]:
    """English glosses of the call-sign pool's entries (redact/data/call_sign_glosses.yaml): Эхо → Echo."""
    data = yaml.safe_load((DATA_DIR / "call_sign_glosses.yaml").read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


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


@dataclass(frozen=True)
class Choice:
    """One keyed choice made while a document was replaced: what was asked for and what it got first."""

    namespace: str
    identity: str
    pool: tuple[str, ...]
    banned: frozenset[str]
    start: int
    entry: str


# Within one document: the choices being recorded, and the entries settled so that no two identities share one.
_RECORDING: ContextVar[list[Choice] | None] = ContextVar("redact_choices_recorded", default=None)
_ASSIGNED: ContextVar[dict[tuple[str, str], str] | None] = ContextVar("redact_choices_assigned", default=None)


@contextmanager
def recording() -> Iterator[list[Choice]]:
    """Every :func:`choose` call made inside the block is appended to the list it yields."""
    seen: list[Choice] = []
    token = _RECORDING.set(seen)
    try:
        yield seen
    finally:
        _RECORDING.reset(token)


@contextmanager
def assigned(table: dict[tuple[str, str], str]) -> Iterator[None]:
    """Inside the block, :func:`choose` gives ``table``'s entry for a (namespace, identity) it lists."""
    token = _ASSIGNED.set(table)
    try:
        yield
    finally:
        _ASSIGNED.reset(token)


def choose(key: bytes, namespace: str, identity: str, pool: Sequence[str], avoid: Iterable[str] = ()) -> str:
    """A pool entry chosen by HMAC(key, namespace, identity), never one whose skeleton is in ``avoid``.

    The identity itself is always avoided too, so a pseudonym never equals the name it replaces. Inside
    :func:`assigned`, an identity the document's table settles gets that entry (see :func:`distinct`).
    """
    table = _ASSIGNED.get()
    if table is not None:
        settled = table.get((namespace, identity))
        if settled is not None and settled in pool:
            return settled
    banned = frozenset({skeleton(a) for a in avoid if a} | {identity})
    start = int.from_bytes(digest(key, namespace, identity)[:8], "big")
    for i in range(len(pool)):
        entry = pool[(start + i) % len(pool)]
        if skeleton(entry) not in banned:
            break
    else:  # pragma: no cover - every pool has more than one entry
        entry = pool[start % len(pool)] + "ов"
    seen = _RECORDING.get()
    if seen is not None:
        seen.append(Choice(namespace, identity, tuple(pool), banned, start, entry))
    return entry


def _one_name(entry: str) -> str:
    """The key under which two entries read as one name in a document: a man's and a woman's form of it
    (Ярослав and Ярослава, Yaroslav and Yaroslava) would read as one family's, so they clash too."""
    return re.sub(r"(?:a|ia|ja|ya)$", "", skeleton(entry))


def distinct(choices: Iterable[Choice]) -> dict[tuple[str, str], str]:
    """Entries for the identities of one document such that no two identities share one (as written: Агата of
    the women's pool and Агата of the shared pool are one name).

    Deterministic and independent of the order of ``choices``: an identity keeps its first choice unless another
    identity of the document has the same one and a smaller keyed start; only the identities that lose such a
    clash move on, in order of their start, to the next entry of their pool that no identity of the document
    has. So an identity that clashes with nobody in a document has the same pseudonym in every file of the run.
    Returns the moved identities only (an empty table when nothing clashed).
    """
    by_ident: dict[tuple[str, str], Choice] = {}
    banned: dict[tuple[str, str], set[str]] = {}
    for c in choices:
        k = (c.namespace, c.identity)
        by_ident.setdefault(k, c)
        banned.setdefault(k, set()).update(c.banned)
    holders: dict[str, list[Choice]] = {}
    for c in by_ident.values():
        holders.setdefault(_one_name(c.entry), []).append(c)
    taken = set(holders)
    losers: list[Choice] = []
    for group in holders.values():
        group.sort(key=lambda c: (c.start, c.namespace, c.identity))
        # one identity asked for in two namespaces (a name of either sex) is one identity, not a clash
        losers.extend(c for c in group[1:] if c.identity != group[0].identity)
    moved: dict[tuple[str, str], str] = {}
    for c in sorted(losers, key=lambda c: (c.start, c.namespace, c.identity)):
        k = (c.namespace, c.identity)
        n = len(c.pool)
        first = c.pool.index(c.entry) if c.entry in c.pool else c.start % n
        for i in range(1, n + 1):
            cand = c.pool[(first + i) % n]
            if _one_name(cand) not in taken and skeleton(cand) not in banned[k]:
                moved[k] = cand
                taken.add(_one_name(cand))
                break
    return moved


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
