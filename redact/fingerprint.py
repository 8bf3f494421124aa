"""Fingerprints and masked snippets: how the gate names a finding without showing it.

A fingerprint is ``HMAC-SHA256(k, TYPE + "\\x1f" + normalised text)`` truncated to
16 hex digits, where ``k`` is derived from the newsroom's secret key (``--key-file``
or ``REDACT_KEY``) with a fixed label, so fingerprints are useless without the key
and never equal a pseudonym HMAC made from the same key. A plain hash of a name
would not do: anyone could hash a list of surnames and look them up.

Normalisation makes the same identifier give the same fingerprint wherever it is
written: Unicode NFKC, casefold, ``ё`` → ``е``, runs of whitespace collapsed; for
number-like types (phones, documents, cards, IMEIs) only the digits count.

Without a key, the gate uses a random key for this run only (fingerprints still
tell repeated findings apart within one report but are not stable), and refuses
to read or write a baseline.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redact.errors import KeyRequiredError

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = [
    "DIGIT_TYPES",
    "FP_HEX",
    "KEY_ENV",
    "MIN_KEY_BYTES",
    "FingerprintKey",
    "load_key",
    "normalize",
    "fingerprint",
    "mask",
    "text_digest",
    "emitted_marks",
]

KEY_ENV = "REDACT_KEY"
MIN_KEY_BYTES = 16
FP_HEX = 16
# Types whose identity is their digits: "+7 916 123-45-67" and "89161234567" are one phone.
DIGIT_TYPES = frozenset({"PHONE_NUMBER", "ID_NUMBER", "CREDIT_CARD", "IMEI"})
_LABEL = b"redact/check-fingerprint/v1"
_KEY_ID_LABEL = b"redact key fingerprint v1"  # as redact.keys.Key.fingerprint


@dataclass(frozen=True)
class FingerprintKey:
    """The derived fingerprint key, where the secret came from, and whether it lasts beyond this run."""

    secret: bytes = field(repr=False)
    source: str
    ephemeral: bool = False

    @property
    def derived(self) -> bytes:
        """The key actually used for fingerprints (domain-separated from the newsroom key)."""
        return hmac.new(self.secret, _LABEL, hashlib.sha256).digest()

    @property
    def key_id(self) -> str:
        """The key's public label (the one the audit carries), stored in baselines to catch a key mix-up."""
        return hmac.new(self.secret, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def load_key(
    key_file: Path | None = None, *, environ: Mapping[str, str] | None = None, required: bool = False
) -> FingerprintKey:
    """The key from ``key_file``, else ``$REDACT_KEY`` (as :func:`redact.keys.load_key` reads them).

    Without either, a random key for this run only, unless ``required`` (baselines), which raises.
    """
    from redact.keys import load_key as load_newsroom_key

    key = load_newsroom_key(key_file, ephemeral=not required, env=None if environ is None else dict(environ))
    if key is None:
        raise KeyRequiredError(
            "a baseline needs a fingerprint key",
            hint=f"pass --key-file or set {KEY_ENV}; without a key fingerprints are not stable and could be guessed",
        )
    return FingerprintKey(key.secret, key.source, ephemeral=key.source == "ephemeral")


def normalize(text: str, entity_type: str) -> str:
    """The form of ``text`` that is fingerprinted for ``entity_type``."""
    text = unicodedata.normalize("NFKC", text)
    if entity_type in DIGIT_TYPES:
        digits = "".join(c for c in text if c.isdigit())
        if digits:
            return digits
    folded = text.casefold().replace("ё", "е")
    return " ".join(folded.split())


def fingerprint(key: FingerprintKey, text: str, entity_type: str) -> str:
    """The keyed fingerprint of one finding."""
    msg = (entity_type + "\x1f" + normalize(text, entity_type)).encode("utf-8")
    return hmac.new(key.derived, msg, hashlib.sha256).hexdigest()[:FP_HEX]


def text_digest(text: str) -> str:
    """Unkeyed digest of text redact itself wrote (a label or pseudonym, public in the output anyway)."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()[:FP_HEX]


def mask(text: str) -> str:
    """``Sergei Volkov`` → ``S***** V*****``: first letter of each word, other letters and every digit masked.

    Punctuation stays, so a reviewer can tell a phone from a name; whitespace is collapsed.
    """
    words = []
    for word in text.split():
        out = []
        first = True
        for ch in word:
            if ch.isalpha():
                out.append(ch if first else "*")
                first = False
            elif ch.isdigit():
                out.append("*")
                first = False
            else:
                out.append(ch)
        words.append("".join(out))
    return " ".join(words)


def emitted_marks(text: str, replacements: Sequence[Replacement]) -> list[dict[str, Any]]:
    """For each replacement (in the given order): where its text landed in the output, and its digest.

    ``redact run`` stores these in the audit so ``redact check`` can tell its own
    labels, pseudonyms and policy-kept parts (a ``trim``-kept given name) from real
    names. Every digested text is in the published output anyway. ``keep`` (the
    policy does not withhold the type at all) and deletions get no mark.
    """
    order = sorted(range(len(replacements)), key=lambda i: replacements[i].span.start)
    marks: list[dict[str, Any]] = [{} for _ in replacements]
    delta = 0
    for i in order:
        r = replacements[i]
        start, end = r.span.start, r.span.end
        new = r.new_text
        if new.strip() and r.operator != "keep":
            marks[i] = {"out_start": start + delta, "out_end": start + delta + len(new), "out_digest": text_digest(new)}
        delta += len(new) - (end - start)
    return marks
