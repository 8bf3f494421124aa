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

from recognizers.nlp import morph
from redact.names.keys import TOKEN, is_cyrillic, lemma
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
    region_uk: str = ""  # its Ukrainian name ("Саратовська область")


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
                old.region_uk if same_region else "",
            )

    for r in _rows("places.tsv"):
        region = r.get("admin1", "")
        reg = regions.get(region, {})
        place = Place(
            r.get("kind", "place") or "place", region, reg.get("ru", ""), r.get("country", ""), reg.get("uk", "")
        )
        for v in [r.get("name", ""), *r.get("variants", "").split("|")]:
            if v.strip():
                add(v, place)
    for name, r in regions.items():
        place = Place("region", name, r.get("ru", ""), r.get("country", ""), r.get("uk", ""))
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
# Labels in the text's language: country names, kinds of place, kinds of unit (nominative; inflected on use).
_COUNTRY_L = {
    "ru": {"RU": "Россия", "UA": "Украина", "BY": "Беларусь", "KZ": "Казахстан"},
    "uk": {"RU": "Росія", "UA": "Україна", "BY": "Білорусь", "KZ": "Казахстан"},
}
_KIND_L = {
    "ru": {"village": "село", "town": "город", "city": "город", "place": "населённый пункт", "region": "регион"},
    "uk": {"village": "село", "town": "місто", "city": "місто", "place": "населений пункт", "region": "регіон"},
}
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
# Stem of a unit word in the text → the label's head noun, per language (either spelling of a stem maps to the
# label of the text's language: a Ukrainian text that says "батальон" still gets "[батальйон]").
_UNIT_TYPES_L = {
    "ru": {
        "бригад": "бригада",
        "полк": "полк",
        "батальон": "батальон",
        "батальйон": "батальон",
        "рот": "рота",
        "взвод": "взвод",
        "дивизи": "дивизия",
        "дивізі": "дивизия",
        "корпус": "корпус",
        "арми": "армия",
        "армі": "армия",
        "отряд": "отряд",
        "загін": "отряд",
        "загон": "отряд",
        "батаре": "батарея",
        "част": "воинская часть",
        "в/ч": "воинская часть",
    },
    "uk": {
        "бригад": "бригада",
        "полк": "полк",
        "батальйон": "батальйон",
        "батальон": "батальйон",
        "рот": "рота",
        "взвод": "взвод",
        "дивізі": "дивізія",
        "дивизи": "дивізія",
        "корпус": "корпус",
        "армі": "армія",
        "арми": "армія",
        "загін": "загін",
        "загон": "загін",
        "отряд": "загін",
        "батаре": "батарея",
        "частин": "військова частина",
        "част": "військова частина",
        "в/ч": "військова частина",
    },
}
_UNIT_DEFAULT = {"ru": "воинская часть", "uk": "військова частина"}


# A kind-of-place word before a place name ("в селе Ивановка", "у місті Ізюм"): fit() takes it into the label.
_KIND_WORD = (
    r"(?i)(?:сел[оаеуі]|сёл|деревн[яиеюій]|город[аеуом]*|посёл|посел|поселк|хутор|станиц|міст[оаіу]|мiст"
    r"|селищ|смт|пгт)\p{L}*$"
)


def _place_lookup(text: str, language: str) -> Place | None:
    words = [w.rstrip(".") for w in TOKEN.findall(text)]
    if len(words) > 1 and regex.match(_KIND_WORD, words[0]):
        words = words[1:]
        text = " ".join(words)
    lang = language if language in {"ru", "uk"} else "ru"
    cands = [text, " ".join(words), " ".join(lemma(w, lang) for w in words)]
    table = _gazetteer()
    for c in cands:
        hit = table.get(_fold(c))
        if hit is not None:
            return hit
    return None


def label_language(text: str, language: str) -> str:
    """The language a label for ``text`` is written in: ``uk``, ``ru`` or ``en``.

    Cyrillic text in a Ukrainian document (or with letters only Ukrainian has) gets Ukrainian labels;
    other Cyrillic gets Russian ones; everything else follows the document, English by default.
    """
    if is_cyrillic(text):
        return "uk" if language == "uk" or regex.search(r"[іїєґІЇЄҐ]", text) else "ru"
    return language if language in {"ru", "uk"} else "en"


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


# Cases a preposition governs (Russian and Ukrainian together: the spellings barely overlap).
_PREP_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(["в", "во", "у", "на"], frozenset({"loct", "accs"})),
    **dict.fromkeys(["о", "об", "обо", "при", "по"], frozenset({"loct", "datv"})),
    **dict.fromkeys(
        ["из", "изо", "от", "ото", "до", "без", "для", "около", "возле", "из-под", "из-за", "вокруг", "близ", "кроме"],
        frozenset({"gent"}),
    ),
    **dict.fromkeys(
        ["з", "із", "зі", "від", "біля", "коло", "поблизу", "навколо", "серед", "край"], frozenset({"gent"})
    ),
    **dict.fromkeys(["к", "ко", "навстречу", "согласно", "завдяки"], frozenset({"datv"})),
    **dict.fromkeys(["с", "со"], frozenset({"gent", "ablt"})),
    **dict.fromkeys(["под", "над", "за", "перед", "между", "під", "між", "понад"], frozenset({"ablt", "accs"})),
    **dict.fromkeys(["через", "про", "сквозь", "крізь"], frozenset({"accs"})),
}


def _phrase_case(words: Sequence[str], lang: str, before: str = "") -> str:
    """The case of a Cyrillic phrase: the head (last) word's first reading every word and the preposition allow.

    "Дніпропетровській області": "області" alone reads first as a genitive, the adjective rules it out;
    "в ... области" rules out the genitive the noun alone would suggest.
    """
    morph_lang = "uk" if lang == "uk" else "ru"
    cyr = [w for w in words if is_cyrillic(w)]
    if not cyr:
        return "nomn"
    # Singular readings first: one unit or place is meant ("бригады" of a brigade, not brigades).
    readings = [
        [
            c
            for p in sorted(morph.parses(w, morph_lang), key=lambda p: "plur" in p.tag)
            for c in _CASES
            if c in p.tag.grammemes
        ]
        for w in cyr
    ]
    allowed = set(_CASES)
    for r in readings:
        if r:
            allowed &= set(r)
    prev = regex.search(r"(\p{L}+(?:-\p{L}+)?)\s+$", before)
    governed = _PREP_CASES.get(prev.group(1).lower()) if prev else None
    if governed and allowed & governed:
        allowed &= governed
    if {"loct", "accs"} <= allowed:  # "у Новомосковську": where someone is, not where they go
        allowed.discard("accs")
    head = readings[-1]
    return next((c for c in head if c in allowed), head[0] if head else "nomn")


def inflect_label(phrase: str, case: str, lang: str) -> str:
    """A nominative label phrase ("воинская часть", "місто") in ``case``, word by word (pymorphy3)."""
    if case == "nomn":
        return phrase
    morph_lang = "uk" if lang == "uk" else "ru"
    if case == "accs":  # an inanimate masculine or neuter noun's accusative is its nominative (adjective too)
        head = [p for p in morph.parses(phrase.split(" ")[-1], morph_lang) if "nomn" in p.tag]
        if head and "inan" in head[0].tag and "femn" not in head[0].tag:
            return phrase
    out = []
    for word in phrase.split(" "):
        parses = [p for p in morph.parses(word, morph_lang) if "nomn" in p.tag and str(p.word) == word.lower()]
        # The Ukrainian dictionary marks no number on singular forms: ask for the case alone when "sing" fails.
        base = {case} | ({str(parses[0].tag.gender)} if parses and parses[0].tag.gender else set())
        wants = [base | {"sing", "inan"}, base | {"inan"}] if case == "accs" else []
        wants += [base | {"sing"}, base, {case}]
        form = next((f for f in (parses[0].inflect(w) for w in wants) if f is not None), None) if parses else None
        word_out = str(form.word) if form is not None else word
        if lang == "uk" and case == "loct" and "ADJF" in parses[0].tag and word_out.endswith("ім"):
            word_out = word_out[:-2] + "ому"  # "у населеному пункті": the -ім form reads archaic
        out.append(word_out)
    return " ".join(out)


def _label(head: str, case: str, lang: str, rest: str = "") -> str:
    return "[" + inflect_label(head, case, lang) + (f", {rest}" if rest else "") + "]"


def generalize(entity: str, text: str, language: str, before: str = "") -> str:
    """The category of a finding, in the document's language and (Russian, Ukrainian) in the case it replaces.

    A date of birth becomes its year here; :func:`fit` turns the year into a phrase that reads in its
    sentence ("born in 1995", "родился в 1995 году"). ``before`` is the text before the finding on its
    line, when known: its preposition settles a case the words alone leave open (в/из области).
    """
    lang = label_language(text, language)
    ru = lang in {"ru", "uk"}
    if entity == "DATE_OF_BIRTH":
        year = regex.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text)
        if year:
            return str(year.group(1))
        short = regex.search(r"(?<!\d)(\d\d)(?!\d)", text)
        if short:
            return ("19" if int(short.group(1)) > 30 else "20") + str(short.group(1))
        return {"ru": "[год рождения]", "uk": "[рік народження]"}.get(lang, "<YEAR OF BIRTH>")
    if entity == "MILITARY_UNIT":
        low = text.lower()
        if ru:
            words = TOKEN.findall(text)
            for stem, noun in _UNIT_TYPES_L[lang].items():
                word = next((w for w in words if w.lower().startswith(stem)), None)
                if word is not None or (stem == "в/ч" and "в/ч" in low):
                    return _label(noun, _phrase_case([word], lang, before) if word else "nomn", lang)
            return f"[{_UNIT_DEFAULT[lang]}]"
        kind = next((t for t in _UNIT_TYPES_EN if regex.search(r"\b" + t + r"s?\b", low)), None)
        if kind is None:
            return "a military unit"
        mod = next((m for m in _UNIT_MODS_EN if m in low), None)
        phrase = f"{mod} {kind}" if mod else kind
        return ("an " if phrase[0] in "aeiou" else "a ") + phrase
    if entity == "LOCATION":
        place = _place_lookup(text, lang if ru else language)
        if ru:
            words = TOKEN.findall(text)
            # "Новомосковську Дніпропетровської області": the region is a genitive beside the place, whose
            # case is the phrase's; "в селе Ивановка": the kind word carries the case, the name stands beside.
            tail = next(
                (i for i, w in enumerate(words) if i and regex.match(r"(?i)област|район|кра[яюй]|округ", w)), None
            )
            head = words[: tail - 1] if tail is not None and tail >= 2 else words
            kind_word = head[0] if len(head) > 1 and regex.match(_KIND_WORD, head[0]) else None
            case = _phrase_case([kind_word] if kind_word else head, lang, before)
            kinds, countries = _KIND_L[lang], _COUNTRY_L[lang]
            if place is None:
                # "село Ивановка" of an unknown village: the text's own kind word says what it is, in its case.
                return f"[{kind_word.lower()}]" if kind_word else _label(kinds["place"], case, lang)
            if place.kind == "region":
                return _label(kinds["region"], case, lang, countries.get(place.country, ""))
            kind = place.kind if place.kind in {"village", "town", "city"} else "place"
            region = place.region_uk if lang == "uk" else place.region_ru
            return _label(kinds[kind], case, lang, region or countries.get(place.country, ""))
        if place is None:
            return "a place"
        country = _COUNTRY.get(place.country, "")
        if place.kind == "region":
            return f"a region of {country}" if country else "a region"
        kind = place.kind if place.kind in {"village", "town", "city"} else "place"
        if place.region:
            region = place.region
            if region.endswith(" Region"):
                region = "the " + region[: -len(" Region")] + " region"
            elif region.endswith(("Oblast", "Krai", "Okrug", "Republic")):
                region = "the " + region
            return f"a {kind} in {region}"
        return f"a {kind} in {country}" if country else f"a {kind}"
    if entity == "PERSON":
        return {"ru": "[человек]", "uk": "[людина]"}.get(lang, "a person")
    if entity == "ORGANIZATION":
        return generalize_organization(text, language)
    return f"<{entity}>"


# An institution's category in English, Russian and Ukrainian (recognizers.organization's categories).
_INSTITUTION_KINDS: dict[str, tuple[str, str, str]] = {
    "school": ("a school", "[школа]", "[школа]"),
    "college": ("a college", "[колледж]", "[коледж]"),
    "university": ("a university", "[вуз]", "[заклад вищої освіти]"),
    "employer": ("a company", "[предприятие]", "[підприємство]"),
    "council": ("a local council", "[местная администрация]", "[місцева рада]"),
    "enlistment": ("an enlistment office", "[военкомат]", "[ТЦК]"),
    "hospital": ("a hospital", "[больница]", "[лікарня]"),
    "morgue": ("a morgue", "[морг]", "[морг]"),
    "colony": ("a penal colony", "[колония]", "[колонія]"),
    "cemetery": ("a cemetery", "[кладбище]", "[кладовище]"),
    "church": ("a church", "[церковь]", "[церква]"),
    "culture": ("a community centre", "[дом культуры]", "[будинок культури]"),
    "square": ("a square", "[сквер]", "[сквер]"),
}
_INSTITUTION_EN = (
    ("colony", r"colony|prison|detention"),
    ("enlistment", r"enlistment|commissariat|recruitment|voenkomat|\bR?TCC\b"),
    ("council", r"council|administration|starostat|duma"),
    ("hospital", r"hospital|clinic"),
    ("morgue", r"morgue"),
    ("cemetery", r"cemetery|graveyard"),
    ("church", r"church|cathedral|monastery|chapel|mosque"),
    ("culture", r"house of culture|palace of culture|community cent"),
    ("university", r"university|academy|institute"),
    ("college", r"college|technical school|vocational|technikum"),
    ("school", r"school|lyceum|gymnasium|kindergarten"),
    ("employer", r"plant|factory|works|mine|colliery|farm|enterprise|company|agrofirm|depot"),
)


def generalize_organization(text: str, language: str) -> str:
    """A local institution as its kind in the text's language: "a school", "[школа]", "[лікарня]"."""
    cyrillic = is_cyrillic(text)
    kind = ""
    if cyrillic:
        from recognizers.nlp.institutions import institution_kind

        kind = institution_kind(text, "uk" if language == "uk" else "ru")
    else:
        low = text.lower()
        kind = next((k for k, pat in _INSTITUTION_EN if regex.search(pat, low)), "")
    en, ru, uk = _INSTITUTION_KINDS.get(kind, ("an institution", "[учреждение]", "[установа]"))
    if language == "uk" or (cyrillic and language != "ru" and regex.search(r"[іїєґІЇЄҐ]", text)):
        return uk
    return ru if cyrillic or language == "ru" else en


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

    def anonymize(
        self,
        text: str,
        spans: Sequence[Span],
        ctx: Any = None,
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
        new_text, reps = self._replace(text, spans, ctx)
        if not fit or not reps:
            return new_text, reps
        language = ctx.language if isinstance(ctx, DocContext) else "en"
        address = None
        if isinstance(ctx, DocContext) and ctx.run.key is not None:
            linker = ctx.run.linker
            address = lambda t: linker.addressed(t, "uk")  # noqa: E731
        reps = fitting.fit(text, reps, language, bounds, generalize, address)
        out: list[str] = []
        pos = 0
        for r in reps:
            out.append(text[pos : r.span.start])
            out.append(r.new_text)
            pos = r.span.end
        out.append(text[pos:])
        return "".join(out), reps

    def _replace(self, text: str, spans: Sequence[Span], ctx: Any) -> tuple[str, list[Replacement]]:
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
