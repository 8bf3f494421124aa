"""Operators: what replaces a finding. Each is a Presidio ``Operator``.

Operators are registered with one ``AnonymizerEngine`` (see
:data:`CUSTOM_OPERATORS`); policies name them by ``operator_name()``. Spans
reach the engine already resolved (:mod:`redact.resolve`) and never overlap,
so Presidio's conflict handling has nothing to change, and its whitespace
merging is switched off: what the audit lists is exactly what was replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, InvalidParamError, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult
from presidio_anonymizer.operators import Operator, OperatorType

from redact.linking import Linker, is_cyrillic
from redact.operators import OPERATORS, PERSON_PARTS, ParamError, check_params
from redact.policy import EntityRule, Policy
from redact.resolve import Span

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry
    from redact.keys import Key

__all__ = [
    "CUSTOM_OPERATORS",
    "Replacement",
    "Anonymizer",
    "RunContext",
    "DocContext",
]


# --- the per-run context operators read through the "_ctx" parameter ------------------------


@dataclass
class RunContext:
    """What keyed operators share across every file of a run: the key, the linker, the case registry.

    Built once per worker process from the same key and case file, so every
    worker derives the same identities and pseudonyms without talking to the others.
    """

    key: Key | None = None
    case: CaseRegistry | None = None
    linker: Linker = field(init=False)

    def __post_init__(self) -> None:
        self.linker = Linker(self.key.secret if self.key is not None else None)
        if self.case is not None:
            self.case.linker_aliases(self.linker)

    def document(
        self, language: str, person_mentions: Sequence[str] = (), call_signs: Sequence[str] = ()
    ) -> DocContext:
        """A context for one document: its language and the links between its partial and full names.

        The links and call-sign keys are worked out on first use: only keyed operators read them, and
        splitting every name (morphology) for a policy that only labels was a tenth of a run's time.
        """
        return DocContext(self, language, mentions=tuple(person_mentions), sign_mentions=tuple(call_signs))

    def number(self, entity: str, identity: str, digits: int) -> int:
        """The identity's keyed number: a pure function of key and identity, so every worker and run agrees.

        No counter and no clash-probing: probing would depend on which file a
        worker saw first and break consistency across files and runs. Two
        identities may share a number with probability about n²/(2·10^digits).
        """
        return self.linker.number(entity, identity, digits)


def _doc_links(linker: Linker, mentions: Sequence[str], language: str) -> dict[str, str]:
    """Within one document, a lone given name or surname joins the only full name that contains it."""
    by_given: dict[str, set[str]] = {}
    by_surname: dict[str, set[str]] = {}
    for text in mentions:
        parts = linker.parts(text, language)
        surname = next((p.key for p in parts if p.kind == "surname"), "")
        given = next((p.key for p in parts if p.kind in {"given", "unknown"}), "")
        if surname and given:
            ident = linker.person_key(text, language)
            by_given.setdefault(given, set()).add(ident)
            by_surname.setdefault(surname, set()).add(ident)
    links = {"g:" + g: next(iter(v)) for g, v in by_given.items() if len(v) == 1}
    links.update({"s:" + s: next(iter(v)) for s, v in by_surname.items() if len(v) == 1})
    return links


@dataclass
class DocContext:
    """The run context seen from one document.

    ``links`` and ``call_signs`` may be given, or derived on first use from the document's person
    and call-sign mentions (``mentions``, ``sign_mentions``).
    """

    run: RunContext
    language: str
    _links: dict[str, str] | None = None
    _call_signs: frozenset[str] | None = None
    mentions: tuple[str, ...] = ()
    sign_mentions: tuple[str, ...] = ()

    @property
    def links(self) -> dict[str, str]:
        """A lone given name or surname → the only full name of the document that contains it."""
        if self._links is None:
            self._links = _doc_links(self.run.linker, self.mentions, self.language)
        return self._links

    @property
    def call_signs(self) -> frozenset[str]:
        """Identity keys of the document's call signs."""
        if self._call_signs is None:
            self._call_signs = frozenset(
                self.run.linker.simple_key("CALL_SIGN", t, self.language) for t in self.sign_mentions
            )
        return self._call_signs

    def kind(self, entity: str, text: str) -> str:
        """The entity a mention stands for: a one-word "name" that is a call sign in this document is a call sign."""
        if entity == "PERSON" and self.call_signs and len(text.split()) == 1:
            if self.run.linker.simple_key("CALL_SIGN", text, self.language) in self.call_signs:
                return "CALL_SIGN"
        return entity

    def identity(self, entity: str, text: str) -> str:
        """The identity of a mention in this document."""
        return self.run.linker.identity(self.kind(entity, text), text, self.language, self.links)


def _doc(params: dict[str, Any] | None) -> DocContext:
    ctx = (params or {}).get("_ctx")
    if isinstance(ctx, DocContext):
        return ctx
    if isinstance(ctx, RunContext):
        return ctx.document("en")
    return RunContext().document("en")


class _Anonymize(Operator):
    """Shared plumbing: every redact operator is an anonymize operator."""

    NAME = ""
    PARAMS: frozenset[str] = frozenset()

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize

    def validate(self, params: dict[str, Any] | None = None) -> None:
        try:
            check_params(self.NAME, params)
        except ParamError as exc:
            raise InvalidParamError(str(exc)) from None


class Label(_Anonymize):
    """``<PERSON>``: the entity type in angle brackets (or a fixed ``text``)."""

    NAME = "label"
    PARAMS = OPERATORS["label"]

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return str(params.get("text") or f"<{params.get('entity_type')}>")


class Remove(_Anonymize):
    """Delete the finding entirely."""

    NAME = "remove"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return ""


class Keep(_Anonymize):
    """Leave the finding as it is (it is still reported in the audit)."""

    NAME = "keep"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return text


class Mask(_Anonymize):
    """Replace characters with a mask character, keeping the last ``keep_last`` digits or letters."""

    NAME = "mask"
    PARAMS = OPERATORS["mask"]

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        char = str(params.get("char", "*"))
        keep = int(params.get("keep_last", 0))
        alnum_positions = [i for i, c in enumerate(text) if c.isalnum()]
        kept = set(alnum_positions[len(alnum_positions) - keep :]) if keep > 0 else set()
        return "".join(c if (not c.isalnum() or i in kept) else char for i, c in enumerate(text))


class Numbered(_Anonymize):
    """``[PERSON 4821]``: one number per identity, the same in every file and run with the same key.

    The number is HMAC-SHA256(key, entity, identity) reduced to ``digits``
    digits, so workers need no shared counter and a later run numbers the same
    person the same way (see :meth:`RunContext.number` for the clash trade-off).
    """

    NAME = "numbered"
    PARAMS = OPERATORS["numbered"]

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        doc = _doc(params)
        entity = doc.kind(str(params.get("entity_type")), text)
        n = doc.run.number(entity, doc.identity(entity, text), int(params.get("digits", 4)))
        return f"[{params.get('label') or entity.replace('_', ' ')} {n}]"


class Pseudonym(_Anonymize):
    """A readable replacement of the same kind, consistent through a keyed HMAC of the identity.

    A given name for a given name, a surname for a surname (gender and case
    kept where morphology tells), a call sign for a call sign, an invented
    village for a place, invented digits for a unit or number. Never the input.
    """

    NAME = "pseudonym"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        doc = _doc(params)
        return doc.run.linker.pseudonym(doc.kind(str(params.get("entity_type")), text), text, doc.language)


class Generalize(_Anonymize):
    """Replace a detail with its category.

    A village becomes "a village in the Saratov region", a numbered unit "a motor
    rifle brigade" or "a military unit", a date of birth its year.
    """

    NAME = "generalize"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        doc = _doc(params)
        return generalize(str(params.get("entity_type")), text, doc.language)


class Trim(_Anonymize):
    """Keep only the named parts of a person's name (by default the given name); withhold the rest.

    ``rest`` says what replaces a withheld part: ``remove`` (default), ``initial``
    (its first letter and a full stop) or ``label``. A mention with nothing to
    keep becomes ``text`` (default ``<PERSON>``). Other entity types are labelled.
    """

    NAME = "trim"
    PARAMS = OPERATORS["trim"]
    PART_NAMES = PERSON_PARTS

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        entity = str(params.get("entity_type"))
        fallback = str(params.get("text") or f"<{entity}>")
        if entity != "PERSON":
            return fallback
        doc = _doc(params)
        keep = set(params.get("keep", ["given"]))
        rest = str(params.get("rest", "remove"))
        pieces: list[str] = []
        kept_any = False
        for p in doc.run.linker.parts(text, doc.language):
            if p.kind == "title":  # "бабе Вале" keeps its kinship word
                pieces.append(p.text)
            elif p.kind in keep:
                pieces.append(p.text)
                kept_any = True
            elif rest == "initial" and p.kind != "initial":
                pieces.append(p.text[:1].upper() + ".")
            elif rest == "label":
                pieces.append(fallback)
        if not kept_any:
            return fallback
        return " ".join(pieces)


CUSTOM_OPERATORS: tuple[type[_Anonymize], ...] = (Label, Remove, Keep, Mask, Numbered, Pseudonym, Generalize, Trim)


# --- generalisation --------------------------------------------------------------------------

_GAZ = Path(__file__).resolve().parent.parent / "recognizers" / "data"


@dataclass(frozen=True)
class Place:
    """What generalisation may say about a place: its kind, admin-1 region and country."""

    kind: str  # village, town, city, district, region
    region: str  # English name of the admin-1 region ("Saratov Region"), "" when unknown or ambiguous
    region_ru: str  # its Russian name ("Саратовская область")
    country: str  # ISO code, "" when ambiguous


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a gazetteer TSV (plain or .gz) as dicts keyed by the header; empty when the file is absent."""
    import gzip

    for path in (_GAZ / name, _GAZ / (name + ".gz")):
        if path.is_file():
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            lines = raw.decode("utf-8").splitlines()
            header = lines[0].split("\t") if lines else []
            return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:] if ln.strip()]
    return []


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("’", "'").split())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Every name and variant in recognizers/data/{places,regions}.tsv → what may be said about it.

    A variant shared by places in different regions keeps only what they have in common
    (the country, or nothing), so generalisation never names a region that might be wrong.
    """
    regions = {r.get("name", ""): r for r in _rows("regions.tsv")}
    table: dict[str, Place] = {}

    def add(variant: str, place: Place) -> None:
        key = _fold(variant)
        old = table.get(key)
        if old is None:
            table[key] = place
        elif old != place:
            same_region = old.region == place.region
            table[key] = Place(
                old.kind if old.kind == place.kind else "place",
                old.region if same_region else "",
                old.region_ru if same_region else "",
                old.country if old.country == place.country else "",
            )

    for r in _rows("places.tsv"):
        region = r.get("admin1", "")
        place = Place(
            r.get("kind", "place") or "place", region, regions.get(region, {}).get("ru", ""), r.get("country", "")
        )
        for v in [r.get("name", ""), *r.get("variants", "").split("|")]:
            if v.strip():
                add(v, place)
    for name, r in regions.items():
        place = Place("region", name, r.get("ru", ""), r.get("country", ""))
        for v in [
            name,
            r.get("ru", ""),
            r.get("uk", ""),
            *r.get("variants", "").split("|"),
            *r.get("inflected", "").split("|"),
        ]:
            if v.strip():
                add(v, place)
    return table


_COUNTRY = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus", "KZ": "Kazakhstan"}
_COUNTRY_RU = {"RU": "Россия", "UA": "Украина", "BY": "Беларусь", "KZ": "Казахстан"}
_KIND_RU = {"village": "село", "town": "город", "city": "город", "place": "населённый пункт"}
_UNIT_TYPES_EN = (
    "army corps",
    "brigade",
    "regiment",
    "battalion",
    "company",
    "platoon",
    "division",
    "corps",
    "army",
    "detachment",
    "battery",
    "squad",
)
_UNIT_MODS_EN = (
    "motor rifle",
    "motorized rifle",
    "tank",
    "marine",
    "naval infantry",
    "airborne",
    "air assault",
    "artillery",
    "mechanized",
    "mechanised",
    "reconnaissance",
    "special forces",
    "assault",
    "engineer",
)
_UNIT_TYPES_RU = {
    "бригад": "бригада",
    "полк": "полк",
    "батальон": "батальон",
    "батальйон": "батальйон",
    "рот": "рота",
    "взвод": "взвод",
    "дивизи": "дивизия",
    "корпус": "корпус",
    "арми": "армия",
    "отряд": "отряд",
    "батаре": "батарея",
}


def _place_lookup(text: str, language: str) -> Place | None:
    from redact.linking import _TOKEN, lemma

    words = [w.rstrip(".") for w in _TOKEN.findall(text)]
    lang = language if language in {"ru", "uk"} else "ru"
    cands = [text, " ".join(words), " ".join(lemma(w, lang) for w in words)]
    table = _gazetteer()
    for c in cands:
        hit = table.get(_fold(c))
        if hit is not None:
            return hit
    return None


def generalize(entity: str, text: str, language: str) -> str:
    """The category of a finding, in the document's language."""
    ru = language in {"ru", "uk"} or is_cyrillic(text)
    if entity == "DATE_OF_BIRTH":
        year = regex.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text)
        if year:
            return str(year.group(1))
        short = regex.search(r"(?<!\d)(\d\d)(?!\d)", text)
        if short:
            return ("19" if int(short.group(1)) > 30 else "20") + str(short.group(1))
        return "[год рождения]" if ru else "<YEAR OF BIRTH>"
    if entity == "MILITARY_UNIT":
        low = text.lower()
        if ru:
            for stem, noun in _UNIT_TYPES_RU.items():
                if regex.search(r"\b" + stem, low):
                    return f"[{noun}]"
            return "[воинская часть]"
        kind = next((t for t in _UNIT_TYPES_EN if regex.search(r"\b" + t + r"s?\b", low)), None)
        if kind is None:
            return "a military unit"
        mod = next((m for m in _UNIT_MODS_EN if m in low), None)
        phrase = f"{mod} {kind}" if mod else kind
        return ("an " if phrase[0] in "aeiou" else "a ") + phrase
    if entity == "LOCATION":
        place = _place_lookup(text, language)
        if place is None:
            return "[населённый пункт]" if ru else "a place"
        country = _COUNTRY.get(place.country, "")
        if place.kind == "region":
            if ru:
                return f"[регион, {_COUNTRY_RU[place.country]}]" if place.country in _COUNTRY_RU else "[регион]"
            return f"a region of {country}" if country else "a region"
        kind = place.kind if place.kind in {"village", "town", "city"} else "place"
        if ru:
            where = place.region_ru or _COUNTRY_RU.get(place.country, "")
            return (
                f"[{_KIND_RU.get(kind, 'населённый пункт')}, {where}]"
                if where
                else f"[{_KIND_RU.get(kind, 'населённый пункт')}]"
            )
        if place.region:
            region = place.region
            if region.endswith(" Region"):
                region = "the " + region[: -len(" Region")] + " region"
            elif region.endswith(("Oblast", "Krai", "Okrug", "Republic")):
                region = "the " + region
            return f"a {kind} in {region}"
        return f"a {kind} in {country}" if country else f"a {kind}"
    if entity == "PERSON":
        return "[человек]" if ru else "a person"
    return f"<{entity}>"


_NEVER_FOR_CASE = frozenset({"keep", "trim"})
# Spans per Presidio call: its cost per call is (block text × spans), so small blocks keep it linear.
_BLOCK_SPANS = 16


def _blocks(ordered: Sequence[Span], size: int) -> list[tuple[int, int]]:
    """[lo, hi) index ranges of about ``size`` spans (ordered by start), cut only where a gap follows a span."""
    out: list[tuple[int, int]] = []
    lo = 0
    reach = -1  # furthest end so far in the current block
    for i, s in enumerate(ordered):
        if i - lo >= size and s.start > reach:
            out.append((lo, i))
            lo = i
        reach = max(reach, s.end) if i > lo else s.end
    if ordered:
        out.append((lo, len(ordered)))
    return out


@dataclass(frozen=True)
class Replacement:
    """One resolved span and the text that replaces it."""

    span: Span
    operator: str
    new_text: str


class Anonymizer:
    """A Presidio ``AnonymizerEngine`` with redact's operators, driven by a policy."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
        for cls in CUSTOM_OPERATORS:
            self.engine.add_anonymizer(cls)

    def _config(self, entity: str, ctx: Any) -> OperatorConfig:
        rule = self.policy.rule_for(entity) or EntityRule(operator="keep")
        if rule.operator == "trim" and entity != "PERSON":
            rule = EntityRule(operator="label", params={"text": rule.params["text"]} if "text" in rule.params else {})
        params = dict(rule.params)
        if ctx is not None:
            params["_ctx"] = ctx
        return OperatorConfig(rule.operator, params)

    def anonymize(self, text: str, spans: Sequence[Span], ctx: Any = None) -> tuple[str, list[Replacement]]:
        """Replace every span; return the new text and one replacement per span, in text order.

        Case-registry findings are always withheld: where the policy would keep
        them (``keep``, ``trim``), they are labelled instead.
        """
        ordered = sorted(spans, key=lambda s: s.start)
        if not ordered:
            return text, []
        operators = {ent: self._config(ent, ctx) for ent in {s.entity_type for s in ordered}}
        keys: list[str] = []
        for s in ordered:
            key = s.entity_type
            if s.recognizer == "CaseRegistry" and operators[key].operator_name in _NEVER_FOR_CASE:
                key = "CASE:" + s.entity_type
                operators[key] = OperatorConfig("label", {"text": f"<{s.entity_type}>"})
            keys.append(key)
        # Presidio rebuilds the whole output string for every span (O(text × spans): seconds on a large
        # transcript), so it gets one block of spans at a time, with the text from the block's first span
        # to its last. Blocks are cut only at a gap between spans, where Presidio's conflict and merge
        # steps (which look at overlapping or touching spans only) have nothing to join, and operators
        # see only their span's text: the output is the same as one call over the whole text.
        out: list[str] = []
        reps: list[Replacement] = []
        pos = 0
        for lo, hi in _blocks(ordered, _BLOCK_SPANS):
            block = ordered[lo:hi]
            base = block[0].start
            result = self.engine.anonymize(
                text[base : max(s.end for s in block)],
                [AnonResult(k, s.start - base, s.end - base, s.score) for k, s in zip(keys[lo:hi], block, strict=True)],
                operators=operators,
                # Spans never overlap here, so Presidio's conflict step has nothing to change.
                conflict_resolution=ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED,
                merge_entities_with_spaces=False,
            )
            items = sorted(result.items, key=lambda i: (i.start, i.end))
            if len(items) != len(block):  # pragma: no cover - guarded by resolve()
                raise RuntimeError("anonymizer returned a different number of items than spans")
            reps.extend(Replacement(s, it.operator, it.text) for s, it in zip(block, items, strict=True))
            out.append(text[pos:base])
            out.append(result.text)
            pos = max(s.end for s in block)
        out.append(text[pos:])
        return "".join(out), reps
