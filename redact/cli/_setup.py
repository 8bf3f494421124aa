"""What every command sets up before it touches a file, in one order and with one set of messages.

``--lang`` is checked, the policy loaded, the key and case registry read (``redact run`` and ``redact
report``: the run's key; ``redact check``: its fingerprint key), the reviewer's decisions loaded; after
the inputs are known, :func:`require_model` refuses a missing spaCy model. Every failure is a
:class:`~redact.errors.RedactError` (exit 2), raised before any file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import UsageError

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry
    from redact.decisions import Decisions
    from redact.fingerprint import FingerprintKey
    from redact.keys import Key
    from redact.policy import LoadedPolicy

__all__ = ["LANGUAGES", "Setup", "case_path", "check_language", "prepare", "require_model"]

LANGUAGES = ("auto", "en", "ru", "uk")


def check_language(lang: str) -> str:
    """``--lang`` as given, when it is one redact analyses."""
    if lang not in LANGUAGES:
        raise UsageError(f"--lang must be auto, en, ru or uk, not '{lang}'")
    return lang


@dataclass(frozen=True)
class Setup:
    """A command's policy, language, key, case registry and reviewer decisions."""

    policy: LoadedPolicy
    language: str
    key: Key | None  # the run's key (run, report)
    case: CaseRegistry | None
    decisions: Decisions | None
    fingerprint_key: FingerprintKey | None = None  # the gate's key (check)
    case_file: Path | None = None  # where the case registry was read from


def prepare(
    policy: str,
    *,
    lang: str,
    decisions: Path | None,
    key_file: Path | None = None,
    ephemeral_key: bool = False,
    case: Path | None = None,
    require_approved: bool = False,
    gate: bool = False,
    key_required: bool = False,
) -> Setup:
    """Check ``--lang``, load the policy, read the key (and the case registry), load the decisions.

    ``gate`` is for ``redact check``: a fingerprint key (required with ``key_required``) instead of the
    run's key, and the case registry read after the decisions.
    """
    from redact.decisions import load_decisions
    from redact.policy import load_policy

    language = check_language(lang)
    loaded = load_policy(policy)
    if gate:
        from redact.fingerprint import load_key

        fp_key = load_key(key_file, required=key_required)
        reviewed = load_decisions(decisions) if decisions is not None else None
        where = case_path(loaded, case)
        registry = None
        if where is not None:
            from redact.casefile import load_case

            registry = load_case(where)  # a broken registry is a usage error (exit 2) before any file is read
        return Setup(loaded, language, None, registry, reviewed, fp_key, where)
    from redact.keys import check_run_options

    key, registry = check_run_options(
        loaded, key_file=key_file, ephemeral=ephemeral_key, case=case, require_approved=require_approved
    )
    reviewed = load_decisions(decisions) if decisions is not None else None
    return Setup(loaded, language, key, registry, reviewed, None, case_path(loaded, case))


def case_path(loaded: LoadedPolicy, case: Path | None) -> Path | None:
    """``--case``, else the policy's own ``case_registry`` (relative to the policy file)."""
    if case is None and loaded.policy.case_registry:
        return Path(loaded.path).parent / loaded.policy.case_registry
    return case


def require_model(loaded: LoadedPolicy, model: str | None) -> None:
    """Refuse to start when the English spaCy model the run needs is not installed (never downloaded)."""
    from redact.engine import check_model, model_package

    if model is not None or "en" in loaded.policy.languages:
        check_model(model_package(model or loaded.policy.model))
