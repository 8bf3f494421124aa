"""Replacing findings: the run and document contexts, redact's operators, and the block anonymizer.

Operators are Presidio ``Operator`` classes registered with one ``AnonymizerEngine`` (see
:data:`CUSTOM_OPERATORS`); policies name them by ``operator_name()``. Their names and parameter checks live
in :mod:`redact.operators` (which the policy schema reads without loading any of this), what ``generalize``
says in :mod:`redact.generalize`, and pseudonyms in :mod:`redact.names`. Spans reach the engine already
resolved (:mod:`redact.resolve`) and never overlap, so Presidio's conflict handling has nothing to change,
and its whitespace merging is switched off: what the audit lists is exactly what was replaced.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import regex
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, InvalidParamError, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult
from presidio_anonymizer.operators import Operator, OperatorType

from redact.generalize import generalize
from redact.names.choose import assigned, distinct, recording
from redact.names.linker import Linker
from redact.operators import OPERATORS, PERSON_PARTS, ParamError, check_params
from redact.policy import EntityRule, Policy
from redact.resolve import Replacement, Span

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
    # A call sign's English translation given beside it ('"Yastreb". Hawk.'): the translation's word (folded)
    # → the call sign it translates, for every mention of that word in the document (:func:`_glosses`).
    glosses: dict[str, str] = field(default_factory=dict)
    _full_names: dict[str, list[tuple[str, str, str]]] | None = None

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

    def given_of(self, text: str) -> str | None:
        """For a mention by surname and initials ("Korovin D. O."), a mention of the same person by given name and
        surname elsewhere in the document ("Denis Korovin"), whose given name the initial stands for; else None.

        Among a family of that surname ("Denis Korovin", "Lyudmila Korovina") the initial says which one.
        """
        linker = self.run.linker
        parts = linker.parts(text, self.language)
        if not any(p.kind == "initial" for p in parts) or any(p.kind in {"given", "unknown"} for p in parts):
            return None
        if self._full_names is None:  # the document's full names by surname, read once
            self._full_names = {}
            for m in dict.fromkeys(self.mentions):
                mparts = linker.parts(m, self.language)
                given = next((p for p in mparts if p.kind == "given"), None)
                surname = next((p for p in mparts if p.kind == "surname"), None)
                if given is not None and surname is not None:
                    ident = linker.person_key(m, self.language, self.links)
                    self._full_names.setdefault(surname.key, []).append((ident, given.text[:1].casefold(), m))
        surname_key = next((p.key for p in parts if p.kind == "surname"), "")
        family = self._full_names.get(surname_key, [])
        ident = linker.person_key(text, self.language, self.links)
        same = next((m for i, _, m in family if i == ident), None)
        if same is not None:
            return same
        letter = next(p.text[:1].casefold() for p in parts if p.kind == "initial")
        by_letter = {i: m for i, first, m in family if first == letter}
        return next(iter(by_letter.values())) if len(by_letter) == 1 else None

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
        entity = doc.kind(str(params.get("entity_type")), text)
        sign = doc.glosses.get(text.strip().casefold()) if entity in {"PERSON", "CALL_SIGN"} else None
        if sign is not None and (gloss := doc.run.linker.sign_gloss(sign, text.strip(), doc.language)) is not None:
            return text[: len(text) - len(text.lstrip())] + gloss + text[len(text.rstrip()) :]
        links = doc.links if entity == "PERSON" and regex.search(r"(?<!\w)\w\.", text) else None
        given = doc.given_of(text) if links is not None else None
        return doc.run.linker.pseudonym(entity, text, doc.language, links=links, given=given)


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


# A call sign, then its translation as a sentence or a bracket of one word: '"Yastreb". Hawk.', 'Filin (Owl)',
# '"Shchuka" - Pike.'. What lies between the two findings, and what must follow the translation.
_GLOSS_GAP = regex.compile(r'^["”’\'»]?[ \t]*(?:[.:;]|[-–—]|,[ \t]*(?:meaning|or|i\.e\.)|[(])[ \t]*[(]?[ \t]*$')
_GLOSS_END = regex.compile(r"^[ \t]*(?:[.!?)]|$)")


def _glosses(text: str, spans: Sequence[Span], doc: DocContext) -> dict[str, str]:
    """English translations of call signs the text gives beside them (see :data:`_GLOSS_GAP`).

    The call sign is a finding read as one (a CALL_SIGN, or a word the document names as one) in Latin
    letters; the translation is the next finding, one unquoted capitalised word ending its sentence or bracket.
    """
    out: dict[str, str] = {}
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        sign, word = text[a.start : a.end], text[b.start : b.end].strip()
        if a.entity_type not in {"CALL_SIGN", "PERSON"} or b.entity_type not in {"CALL_SIGN", "PERSON"}:
            continue
        if doc.kind(a.entity_type, sign) != "CALL_SIGN" or not regex.fullmatch(r"\p{Lu}[a-z]+", word):
            continue
        if not regex.search(r"[A-Za-z]", sign) or text[b.start - 1 : b.start] in {'"', "“", "'", "«"}:
            continue
        gap = text[a.end : b.start]
        if "\n" in gap or not _GLOSS_GAP.match(gap) or not _GLOSS_END.match(text[b.end : b.end + 3]):
            continue
        if any(p.kind in {"given", "patronymic"} for p in doc.run.linker.parts(word, doc.language)):
            continue  # 'call sign "Tundra". Mikhalych.': a name after a call sign is a man, not a translation
        if word.casefold() != sign.strip("\"'“”«» ").casefold():
            out[word.casefold()] = sign
    return out


CUSTOM_OPERATORS: tuple[type[_Anonymize], ...] = (Label, Remove, Keep, Mask, Numbered, Pseudonym, Generalize, Trim)


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


# A number joined to a place's name by a hyphen is part of the name: "Pustoshka-2", "Богашево-2", "Степное-1".
_PLACE_NUMBER = regex.compile(r"-\d{1,3}(?![\p{L}\p{N}])")


def _title_only(mention: str) -> bool:
    """Whether a person mention is only titles: kin words and forms of address (Dyadya, тётя, Mr)."""
    from redact.names.parts import split_person

    lang = (
        "en" if not regex.search(r"[\u0400-\u04ff]", mention) else "uk" if regex.search("[іїєґІЇЄҐ]", mention) else "ru"
    )
    parts = split_person(mention, lang)
    return bool(parts) and all(p.kind == "title" for p in parts)


def _whole_mentions(text: str, spans: Sequence[Span], bounds: Sequence[tuple[int, int]] | None) -> list[Span]:
    """Findings widened or joined to the whole mention they are pieces of.

    - a place's number after a hyphen ("Pustoshka-2") goes with the place, never "[place withheld]-2".
    """
    segments = sorted(bounds) if bounds else [(0, len(text))]
    starts = [b[0] for b in segments]

    def within(a: int, b: int) -> bool:  # never across a segment (a cue, a JSON field): each is written on its own
        k = bisect.bisect_right(starts, a) - 1
        return k >= 0 and segments[k][0] <= a and b <= segments[k][1]

    out: list[Span] = []
    ordered = sorted(spans, key=lambda x: x.start)
    for i, s in enumerate(ordered):
        number = _PLACE_NUMBER.match(text, s.end) if s.entity_type == "LOCATION" else None
        if (
            number is not None
            and (i + 1 == len(ordered) or ordered[i + 1].start >= number.end())
            and within(s.start, number.end())
        ):
            s = replace(s, end=number.end())
        out.append(s)
    return out


def _join_titles(text: str, reps: list[Replacement], pseudonym: Callable[[str], str]) -> list[Replacement]:
    """A person finding that is only a kin word or form of address and the person finding one space after it are one
    mention found in two pieces («Dyadya» + «Fyodor»): the first writes the pseudonym of both (the kin word kept, the
    name replaced), the second writes nothing and takes in the space; each keeps its own span and type (the audit
    lists what was found). No piece is then a title alone, which has no pseudonym."""
    out = list(reps)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.operator == b.operator == "pseudonym"
            and a.span.entity_type == b.span.entity_type == "PERSON"
            and text[a.span.end : b.span.start] == " "
            and _title_only(text[a.span.start : a.span.end])
        ):
            out[i] = replace(a, new_text=pseudonym(text[a.span.start : b.span.end]))
            out[i + 1] = replace(b, span=replace(b.span, start=a.span.end), new_text="")
    return out


class Anonymizer:
    """A Presidio ``AnonymizerEngine`` with redact's operators, driven by a policy."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
        for cls in CUSTOM_OPERATORS:
            self.engine.add_anonymizer(cls)

    def _config(self, entity: str, ctx: DocContext | RunContext | None) -> OperatorConfig:
        rule = self.policy.rule_for(entity) or EntityRule(operator="keep")
        if rule.operator == "trim" and entity != "PERSON":
            rule = EntityRule(operator="label", params={"text": rule.params["text"]} if "text" in rule.params else {})
        params = dict(rule.params)
        if ctx is not None:
            params["_ctx"] = ctx
        return OperatorConfig(rule.operator, params)

    def anonymize(
        self,
        text: str,
        spans: Sequence[Span],
        ctx: DocContext | RunContext | None = None,
        *,
        bounds: Sequence[tuple[int, int]] | None = None,
        fit: bool = True,
    ) -> tuple[str, list[Replacement]]:
        """Replace every span; return the new text and the replacements, in text order.

        Case-registry findings are always withheld: where the policy would keep
        them (``keep``, ``trim``), they are labelled instead. With ``fit`` (the
        default) a span crossing a line break or a speaker label is cut there
        first, and each replacement is fitted to its sentence (:func:`redact.fit.fit`;
        a fitted span may take in the article before it), never across ``bounds``
        (the document's segments).
        """
        from redact import fit as fitting

        if fit:
            spans = fitting.split_at_lines(text, spans)
        spans = _whole_mentions(text, spans, bounds)
        if isinstance(ctx, DocContext):
            ctx.glosses.update(_glosses(text, spans, ctx))
        # Two identities of one document never share a pseudonym: the keyed first choices are recorded, and when
        # two clash the document is replaced again with the loser moved on (:func:`redact.names.choose.distinct`).
        with recording() as seen:
            new_text, reps = self._replace(text, spans, ctx)
        table = distinct(seen)
        with assigned(table):
            if table:
                new_text, reps = self._replace(text, spans, ctx)
            if not fit or not reps:
                return new_text, reps
            return self._fit(text, reps, ctx, bounds)

    def _fit(
        self,
        text: str,
        reps: list[Replacement],
        ctx: DocContext | RunContext | None,
        bounds: Sequence[tuple[int, int]] | None,
    ) -> tuple[str, list[Replacement]]:
        """The replacements fitted to their sentences (:func:`redact.fit.fit`) and the text they make."""
        from redact import fit as fitting

        language = ctx.language if isinstance(ctx, DocContext) else "en"
        address = possessive = in_case = None
        sexes: Linker | None = None
        if isinstance(ctx, DocContext) and ctx.run.key is not None:
            linker = ctx.run.linker
            address = lambda t, f=None: linker.addressed(t, "uk", f)  # noqa: E731
            possessive, in_case, sexes = linker.possessive, linker.in_case, linker
        rule = self._config("PERSON", ctx)
        if rule.operator_name == "pseudonym":
            params = {**rule.params, "entity_type": "PERSON"}
            reps = _join_titles(text, reps, lambda t: Pseudonym().operate(t, params))
        reps = fitting.fit(text, reps, language, bounds, generalize, address, possessive, in_case, sexes)
        out: list[str] = []
        pos = 0
        for r in reps:
            out.append(text[pos : r.span.start])
            out.append(r.new_text)
            pos = r.span.end
        out.append(text[pos:])
        return "".join(out), reps

    def _replace(
        self, text: str, spans: Sequence[Span], ctx: DocContext | RunContext | None
    ) -> tuple[str, list[Replacement]]:
        """Presidio's replacement of every span, block by block (see the comment below); nothing fitted."""
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
