"""The case registry: one YAML file per story naming the people who must never be identified.

::

    case: kedrovka-calls            # a label for the story (optional)
    people:
      - names: [Бурцев Никита Андреевич, Nikita Burtsev]
        nicknames: [Филин]
        relatives: [Бурцева Алёна]
        phones: ["8 (983) 214-57-09"]
        units: [в/ч 64217]
        places: [Тальниковка, Осиновый Лог]

Everything listed is withheld wherever it appears, in every variant, even when
no recognizer fires: the registry runs as one more recognizer (named
``CaseRegistry``, score 1.0, never filtered by the allow list or a threshold).
Variants are matched through the same normalisation identity linking uses, so
case forms (Никите, Бурцевой), diminutives (Никитушка), transliterations
(Burtsev, Burtseva), possessives (Nikita's) and any phone format with the same
digits are all found. Matches are linked to the same pseudonym as the listed
name. The registry's text never reaches outputs, logs or the audit: the audit
records ``CaseRegistry`` findings by type and offset, and the file's sha256.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redact.errors import UsageError
from redact.names.keys import TOKEN, is_cyrillic, lemma, sign_lemma, skeleton
from redact.names.linker import Linker
from redact.names.parts import given_name_for, patronymic_key, split_person, surname_key
from redact.resolve import Finding

__all__ = ["CaseFile", "CasePerson", "CaseRegistry", "load_case", "RECOGNIZER_NAME"]

RECOGNIZER_NAME = "CaseRegistry"


class CasePerson(BaseModel):
    """One protected person and everything that identifies them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    names: list[str] = Field(default_factory=list, description="Full names and other names, any language and spelling")
    nicknames: list[str] = Field(default_factory=list, description="Call signs and nicknames")
    relatives: list[str] = Field(default_factory=list, description="Names of relatives (each is protected in turn)")
    phones: list[str] = Field(default_factory=list, description="Phone numbers in any format")
    units: list[str] = Field(default_factory=list, description="Military units (numbers or names)")
    places: list[str] = Field(default_factory=list, description="Home places: villages, towns, streets")


class CaseFile(BaseModel):
    """The YAML file given to ``--case``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    case: str = ""
    people: list[CasePerson] = Field(default_factory=list)


def _lang_of(text: str) -> str:
    return "uk" if regex.search(r"[іїєґІЇЄҐ]", text) else ("ru" if is_cyrillic(text) else "en")


@lru_cache(maxsize=65536)
def token_keys(word: str, lang: str) -> frozenset[str]:
    """Every key a word may match under: its skeleton, its lemma's, and its name readings."""
    keys = {skeleton(word), skeleton(lemma(word, lang))}
    g = given_name_for(word, lang)
    if g is not None:
        keys.add(g.canonical)
    keys.add(surname_key(word, lang)[0])
    if regex.search(r"(?i)(?:ич|вна|чна|ich|ych|vna|chna)\w{0,3}$", word):
        keys.add(patronymic_key(word, lang)[0])
    keys.discard("")
    return frozenset(keys)


@dataclass(frozen=True)
class _Entry:
    entity: str
    words: tuple[frozenset[str], ...]  # one key set per word, matched in order
    partial: bool  # a person's name: any single word of it matches alone


@dataclass
class CaseRegistry:
    """A loaded case file: matchers for the pipeline, aliases for the linker, and the file's hash."""

    sha256: str
    entries: list[_Entry] = field(default_factory=list)
    digits: list[tuple[str, str]] = field(default_factory=list)  # (entity, digit string)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)
    claims: dict[str, set[str]] = field(default_factory=dict)  # name key → registry people who have it

    @classmethod
    def build(cls, data: CaseFile, sha256: str) -> CaseRegistry:
        """Compile every listed item into matchers and aliases."""
        reg = cls(sha256)
        for n, person in enumerate(data.people):
            reg._add_person(person.names, f"c:{n}")
            for m, rel in enumerate(person.relatives):
                reg._add_person([rel], f"c:{n}.{m}")
            reg._add_words("CALL_SIGN", person.nicknames)
            reg._add_words("LOCATION", person.places)
            for unit in person.units:
                digits = "".join(regex.findall(r"\d", unit))
                if len(digits) >= 3:
                    reg.digits.append(("MILITARY_UNIT", digits))
                else:
                    reg._add_words("MILITARY_UNIT", [unit])
            for phone in person.phones:
                digits = "".join(regex.findall(r"\d", phone))
                if len(digits) >= 5:
                    reg.digits.append(("PHONE_NUMBER", digits[-10:]))
        # A surname or given name that only one protected person has stands for that person (one number
        # for "Nikita", "Burtsev" and "Burtsev Nikita"); a shared one (a relative's surname) stands for no one.
        reg.persons = {k: next(iter(v)) for k, v in reg.claims.items() if len(v) == 1}
        return reg

    def _add_person(self, names: list[str], pid: str) -> None:
        canonical: dict[str, str] = {}
        for i, name in enumerate(names):
            lang = _lang_of(name)
            parts = split_person(name, lang)
            if i == 0:
                for p in parts:
                    if p.kind not in {"initial", "title"}:
                        canonical.setdefault("given" if p.kind == "unknown" else p.kind, p.key)
                for kind in ("surname", "given"):
                    if canonical.get(kind):
                        self.claims.setdefault(canonical[kind], set()).add(pid)
            words: list[frozenset[str]] = []
            for p in parts:
                if p.kind in {"initial", "title"}:
                    continue
                kind = "given" if p.kind == "unknown" else p.kind
                keys = token_keys(p.text, lang) | {p.key}
                words.append(keys)
                target = canonical.get(kind)
                if target and target != p.key:
                    for k in keys:
                        self.aliases[("PERSON", k)] = f"{kind}:{target}"
            if words:
                self.entries.append(_Entry("PERSON", tuple(words), partial=True))

    def _add_words(self, entity: str, items: Iterable[str]) -> None:
        first: str | None = None
        for item in items:
            lang = _lang_of(item)
            words = tuple(token_keys(w.rstrip("."), lang) for w in TOKEN.findall(item))
            if not words:
                continue
            self.entries.append(_Entry(entity, words, partial=False))
            lem = sign_lemma if entity == "CALL_SIGN" else lemma  # as the linker keys them
            key = " ".join(skeleton(lem(w, lang)) for w in TOKEN.findall(item))
            if entity in {"CALL_SIGN", "LOCATION"}:
                if first is None:
                    first = key
                elif key != first:
                    self.aliases[(entity, key)] = first

    def linker_aliases(self, linker: Linker) -> None:
        """Teach ``linker`` that every registry variant is the same identity as the listed name."""
        linker.aliases.update(self.aliases)
        linker.persons.update(self.persons)

    def find(self, text: str, language: str) -> list[Finding]:
        """Every registry item in ``text``, as findings of the ``CaseRegistry`` recognizer."""
        out: list[Finding] = []
        tokens = [
            (m.start(), m.start() + len(m.group(0).rstrip(".")), m.group(0).rstrip(".")) for m in TOKEN.finditer(text)
        ]
        keys = [token_keys(_strip_possessive(w), language) for _, _, w in tokens]
        for i in range(len(tokens)):
            for e in self.entries:
                n = len(e.words)
                if (
                    i + n <= len(tokens)
                    and all(keys[i + j] & e.words[j] for j in range(n))
                    and _adjacent(text, tokens, i, n)
                ):
                    out.append(Finding(tokens[i][0], tokens[i + n - 1][1], e.entity, 1.0, RECOGNIZER_NAME))
                elif e.partial and n > 1 and any(keys[i] & w for w in e.words):
                    out.append(Finding(tokens[i][0], tokens[i][1], e.entity, 1.0, RECOGNIZER_NAME))
        for m in regex.finditer(r"(?<![\d])\+?\d[\d\s\-().‑–]*\d(?![\d])", text):
            digits = "".join(regex.findall(r"\d", m.group(0)))
            for entity, want in self.digits:
                if len(digits) >= 4 and (want.endswith(digits) or digits.endswith(want)):
                    out.append(Finding(m.start(), m.end(), entity, 1.0, RECOGNIZER_NAME))
                    break
        return _merge_people(text, out)


def _strip_possessive(word: str) -> str:
    for suf in ("'s", "’s"):
        if word.endswith(suf):
            return word[: -len(suf)]
    return word


def _adjacent(text: str, tokens: list[tuple[int, int, str]], i: int, n: int) -> bool:
    return all(not text[tokens[k][1] : tokens[k + 1][0]].strip(" \t-") for k in range(i, i + n - 1))


def _merge_people(text: str, found: list[Finding]) -> list[Finding]:
    """Join neighbouring person words ("Бурцеву" "Никите") into one finding, so they link as one person."""
    people = sorted((f for f in found if f.entity_type == "PERSON"), key=lambda f: (f.start, f.end))
    merged: list[Finding] = []
    for f in people:
        if merged and (f.start <= merged[-1].end or not text[merged[-1].end : f.start].strip(" \t")):
            last = merged[-1]
            merged[-1] = Finding(last.start, max(last.end, f.end), "PERSON", 1.0, RECOGNIZER_NAME)
        else:
            merged.append(f)
    return merged + [f for f in found if f.entity_type != "PERSON"]


_FIELDS = frozenset(CaseFile.model_fields) | frozenset(CasePerson.model_fields)


def _parse(text: str) -> tuple[object, yaml.Node | None]:
    """The YAML document as data, and its node tree (for line and column numbers)."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        repeated = _repeated(node) if node is not None else None
        if repeated is not None:
            raise _AliasError(repeated)
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


class _AliasError(Exception):
    """A case file with YAML anchors/aliases: refused (a registry never needs them, an alias bomb would)."""

    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def _repeated(root: yaml.Node) -> yaml.Node | None:
    """A node reached twice (through an ``*alias``), which is also how an alias bomb is built; else None."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack += [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return None


def _where(root: yaml.Node | None, loc: tuple[int | str, ...]) -> str:
    """``line L, column C (people entry 2, field 'names', item 1)`` for a validation error's location.

    Field names come from the schema; a key the schema does not know is the file's own text (it may be a
    person's name written as a key), so it is called "an unknown key" and shown only by its position.
    """
    node = root
    mark = root.start_mark if root is not None else None
    words: list[str] = []
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next((kv for kv in node.value if getattr(kv[0], "value", None) == str(part)), None)
            known = isinstance(part, str) and part in _FIELDS
            words.append(f"field '{part}'" if known else "an unknown key")
            if pair is None:
                node = None
            else:
                mark = pair[0].start_mark if not known else pair[1].start_mark
                node = pair[1] if known else None
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            words.append(f"entry {part + 1}" if not words or words[-1] == "field 'people'" else f"item {part + 1}")
            node = node.value[part]
            mark = node.start_mark
        else:
            node = None
            words.append(f"field '{part}'" if isinstance(part, str) and part in _FIELDS else "a nested value")
    place = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "top level"
    return f"{place} ({', '.join(words)})" if words else place


def load_case(path: Path) -> CaseRegistry:
    """Read and validate a case file; errors name the file and the place (line, column, entry), never contents.

    Each error is raised outside the ``except`` that caught the parser's or validator's own exception, so the
    raised error carries no ``__context__`` holding the file's values.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read --case {path} ({exc.strerror or type(exc).__name__})") from None
    data, root, problem = _read_case(raw)
    case: CaseFile | None = None
    if problem is None:
        try:
            case = CaseFile.model_validate(data if data is not None else {})
        except ValidationError as exc:
            errors = exc.errors(include_url=False, include_input=False, include_context=False)
            problem = "is invalid: " + "; ".join(f"{_where(root, tuple(e['loc']))}: {e['msg']}" for e in errors)
    if problem is not None or case is None:
        raise UsageError(f"--case {path} {problem}")
    return CaseRegistry.build(case, hashlib.sha256(raw).hexdigest())


def _read_case(raw: bytes) -> tuple[object, yaml.Node | None, str | None]:
    """The parsed document, its node tree, and what is wrong with it (None when it parsed)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, None, f"is not valid UTF-8 (byte {exc.start + 1})"
    try:
        data, root = _parse(text)
    except _AliasError as exc:
        mark = exc.node.start_mark
        return (
            None,
            None,
            (
                f"uses a YAML anchor/alias (anchored at line {mark.line + 1}, column {mark.column + 1}), "
                "which a case file may not; write each item out"
            ),
        )
    except yaml.YAMLError as exc:
        # The parser's own wording can quote the file (a character, a tag), so only its position is given.
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        return None, None, f"is not valid YAML{where}"
    except (RecursionError, ValueError, TypeError, OverflowError):
        return None, None, "is not valid YAML (a value could not be read)"
    return data, root, None
