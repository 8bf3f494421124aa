"""Score redaction against a labelled corpus, ours and vanilla Presidio side by side.

The scoring itself is pure: :func:`score` takes passages and, for each, the
redacted stretches a system produced, and returns figures. :func:`evaluate`
does the model work: it runs redact's pipeline under a policy and a vanilla
Presidio ``AnalyzerEngine`` (predefined recognizers, English NLP on every
language, default phone regions, every finding redacted) on the same model.

Definitions (per system, per language group):

* an identifying gold span is *found* when redacted characters cover it
  entirely (a partly covered name is a leak); *typed* when spans of its own
  entity type cover it; *lenient* when any of its characters is redacted;
* **recall** is the type-agnostic found share, the safety headline;
* **precision** of a type: predicted spans of that type that overlap a gold
  span of the same type, over all predicted spans of that type;
* **F2** weighs typed recall four times as much as precision;
* **leaky documents**: share of passages with at least one identifying gold
  span not found;
* **over-redaction**: share of plain word tokens (outside every gold span,
  ``~`` spans included) with any redacted character, an article restated
  by a replacement left out;
* **articles restated**: English articles (a, an, the) right before a gold
  span that one predicted stretch covers together with the span: the
  replacement took the article in and writes its own ("the 35th brigade" →
  "a brigade"), so the word is said again, not lost. They stay plain words
  (the denominator of over-redaction does not depend on the system) but are
  counted here, not as plain words redacted.

Readability is measured on the text a system actually writes (redact's real
run path, policy operators and key included; vanilla Presidio's default
``<TYPE>`` replacement). Gold spans are mapped through the replacement
offsets (:func:`edits_of`, :func:`map_span`):

* **kept as written**: share of non-identifying (``~``) gold spans that no
  replacement changed, so the output holds them character for character;
* **misnamed**: non-identifying places and organisations (``LOCATION~``,
  ``ORGANIZATION~``) that a replacement typed PERSON or CALL_SIGN changed;
* **doubled determiners** (English only): "the a", "a an", "the the", "his
  an" ... in the output beyond those already in the input;
* **withheld**: share of identifying gold spans whose every letter and digit
  lies in a changing replacement that does not repeat the span's text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, astuple, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from redact.corpus import GoldSpan, Passage, parse_markup
from redact.entities import ENTITIES
from redact.errors import RedactError

if TYPE_CHECKING:
    from redact.anonymize import RunContext
    from redact.casefile import CaseRegistry
    from redact.keys import Key
    from redact.pipeline import Redactor
    from redact.policy import Policy

__all__ = [
    "CorpusError",
    "Predicted",
    "Edit",
    "Output",
    "Readability",
    "edits_of",
    "map_span",
    "doubled_determiners",
    "readability",
    "score_readability",
    "TypeScore",
    "SystemScore",
    "EvalReport",
    "read_corpus",
    "score",
    "evaluate",
    "Ours",
    "Vanilla",
    "vanilla",
    "OURS",
    "VANILLA",
]

OURS = "redact"
VANILLA = "presidio"
ALL = "all"
_WORD = regex.compile(r"\w+")
_ARTICLES = frozenset({"a", "an", "the"})


class CorpusError(RedactError):
    """A corpus file is missing or has a line that is not a valid record (exit 2)."""


@dataclass(frozen=True)
class Predicted:
    """One redacted stretch of a passage, as a system produced it."""

    start: int
    end: int
    entity_type: str


@dataclass(frozen=True)
class Edit:
    """One replacement in a system's output: ``text[start:end]`` became ``new_text``."""

    start: int
    end: int
    entity_type: str
    operator: str
    new_text: str


@dataclass(frozen=True)
class Output:
    """What a system wrote for one passage: the output text and the edits that made it from the input."""

    text: str
    edits: tuple[Edit, ...]
    # The system's own redacted stretches when ``edits`` came from a diff (they may hold an absorbed article).
    redacted: tuple[Predicted, ...] | None = None

    def predicted(self) -> list[Predicted]:
        """The redacted stretches (every replacement whose operator is not ``keep``), for the recall scores."""
        if self.redacted is not None:
            return list(self.redacted)
        return [Predicted(e.start, e.end, e.entity_type) for e in self.edits if e.operator not in {"keep", "render"}]


@dataclass(frozen=True)
class Readability:
    """Counts behind the readability figures of one system on a group of passages."""

    public: int = 0  # non-identifying gold spans
    kept: int = 0  # ... of them, in the output exactly as written
    misnamed: int = 0  # LOCATION~ / ORGANIZATION~ gold spans replaced as a PERSON or CALL_SIGN
    doubled: int = 0  # doubled determiners made by replacements (English passages)
    english: int = 0  # English passages (doubled determiners are counted on these only)
    identifying: int = 0  # identifying gold spans
    withheld: int = 0  # ... of them, withheld in the output

    def __add__(self, other: Readability) -> Readability:
        return Readability(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    @property
    def kept_share(self) -> float:
        """Share of non-identifying mentions kept as written (1.0 when there are none)."""
        return _ratio(self.kept, self.public, empty=1.0)

    @property
    def withheld_share(self) -> float:
        """Share of identifying gold spans withheld in the output text."""
        return _ratio(self.withheld, self.identifying)

    def as_dict(self) -> dict[str, Any]:
        """Counts and derived figures, for JSON (doubled determiners are null without English passages)."""
        out: dict[str, Any] = asdict(self)
        out["kept_share"] = round(self.kept_share, 4)
        out["withheld_share"] = round(self.withheld_share, 4)
        if not self.english:
            out["doubled"] = None
        return out


@dataclass(frozen=True)
class TypeScore:
    """Figures for one gold entity type."""

    entity_type: str
    gold: int
    found: int
    typed: int
    lenient: int
    predicted: int
    correct: int

    @property
    def recall(self) -> float:
        """Share of identifying gold spans entirely redacted, whatever the type."""
        return _ratio(self.found, self.gold)

    @property
    def typed_recall(self) -> float:
        """Share of identifying gold spans entirely redacted by spans of their own type."""
        return _ratio(self.typed, self.gold)

    @property
    def lenient_recall(self) -> float:
        """Share of identifying gold spans with at least one redacted character."""
        return _ratio(self.lenient, self.gold)

    @property
    def precision(self) -> float:
        """Predicted spans of this type that overlap a gold span of this type."""
        return _ratio(self.correct, self.predicted, empty=1.0)

    @property
    def f2(self) -> float:
        """F-beta with beta 2 over typed recall and precision."""
        p, r = self.precision, self.typed_recall
        return 0.0 if p + r == 0 else 5 * p * r / (4 * p + r)

    def as_dict(self) -> dict[str, Any]:
        """Counts and derived figures, for JSON."""
        out = asdict(self)
        for name in ("recall", "typed_recall", "lenient_recall", "precision", "f2"):
            out[name] = round(getattr(self, name), 4)
        if not self.predicted:
            out["precision"] = None  # nothing predicted: precision is undefined, not perfect
        return out


@dataclass(frozen=True)
class SystemScore:
    """Figures for one system on one group of passages."""

    system: str
    documents: int
    leaky_documents: int
    plain_tokens: int
    redacted_plain_tokens: int
    per_type: tuple[TypeScore, ...]
    predicted: int
    predicted_correct: int
    readability: Readability | None = None
    articles_restated: int = 0

    def _sum(self, name: str) -> int:
        return sum(int(getattr(t, name)) for t in self.per_type)

    @property
    def gold(self) -> int:
        """Identifying gold spans."""
        return self._sum("gold")

    @property
    def recall(self) -> float:
        """Type-agnostic identifying recall (the headline)."""
        return _ratio(self._sum("found"), self.gold)

    @property
    def typed_recall(self) -> float:
        """Identifying recall counting only spans of the right type."""
        return _ratio(self._sum("typed"), self.gold)

    @property
    def lenient_recall(self) -> float:
        """Identifying gold spans with any redacted character."""
        return _ratio(self._sum("lenient"), self.gold)

    @property
    def precision(self) -> float:
        """Predicted spans overlapping any gold span (identifying or not), over all predicted spans."""
        return _ratio(self.predicted_correct, self.predicted, empty=1.0)

    @property
    def leak_rate(self) -> float:
        """Share of passages with any identifying detail left (partly) visible."""
        return _ratio(self.leaky_documents, self.documents)

    @property
    def over_redaction(self) -> float:
        """Share of plain word tokens redacted (an article a replacement restates is not counted)."""
        return _ratio(self.redacted_plain_tokens, self.plain_tokens)

    def as_dict(self) -> dict[str, Any]:
        """Counts and derived figures, for JSON."""
        return {
            "system": self.system,
            "documents": self.documents,
            "gold": self.gold,
            "recall": round(self.recall, 4),
            "typed_recall": round(self.typed_recall, 4),
            "lenient_recall": round(self.lenient_recall, 4),
            "precision": round(self.precision, 4),
            "leaky_documents": self.leaky_documents,
            "leak_rate": round(self.leak_rate, 4),
            "plain_tokens": self.plain_tokens,
            "redacted_plain_tokens": self.redacted_plain_tokens,
            "over_redaction": round(self.over_redaction, 4),
            "articles_restated": self.articles_restated,
            "predicted": self.predicted,
            "per_type": {t.entity_type: t.as_dict() for t in self.per_type},
            "readability": None if self.readability is None else self.readability.as_dict(),
        }


@dataclass(frozen=True)
class EvalReport:
    """Scores per language group (``all`` when the corpus mixes languages) and per system."""

    corpus: str
    policy: str
    model: str
    groups: dict[str, dict[str, SystemScore]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The whole report, for ``--format json``."""
        return {
            "corpus": self.corpus,
            "policy": self.policy,
            "model": self.model,
            "groups": {g: {s: sc.as_dict() for s, sc in systems.items()} for g, systems in self.groups.items()},
        }


def _ratio(num: int, den: int, *, empty: float = 0.0) -> float:
    return num / den if den else empty


def read_corpus(path: Path) -> list[Passage]:
    """Every passage of a ``.jsonl`` corpus file (or of each in a folder), checked line by line.

    Raises :class:`CorpusError` naming ``file:line`` (never the text) on the first bad record.
    """
    if path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
    elif path.is_file():
        files = [path]
    else:
        raise CorpusError(f"corpus {path} does not exist")
    if not files:
        raise CorpusError(f"corpus folder {path} holds no .jsonl files")
    passages: list[Passage] = []
    for file in files:
        passages.extend(_read_file(file))
    if not passages:
        raise CorpusError(f"corpus {path} holds no passages")
    return passages


def _read_file(file: Path) -> Iterator[Passage]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{file}: cannot read corpus ({type(exc).__name__})") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            raise CorpusError(f"{file}:{lineno}: not valid JSON") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise CorpusError(f"{file}:{lineno}: a record must be an object with a string 'text'")
        text, spans = parse_markup(rec["text"])
        for s in spans:
            if s.entity_type not in ENTITIES:
                raise CorpusError(f"{file}:{lineno}: unknown entity type '{s.entity_type}'")
        yield Passage(
            id=str(rec.get("id", f"{file.stem}-{lineno}")),
            lang=str(rec.get("lang", "en")),
            text=text,
            spans=spans,
            kind=str(rec.get("kind", "")),
        )


def _covered(mask: Sequence[bool], start: int, end: int) -> bool:
    return all(mask[start:end])


def _touched(mask: Sequence[bool], start: int, end: int) -> bool:
    return any(mask[start:end])


def _mask(length: int, spans: Iterable[Predicted], entity: str | None = None) -> list[bool]:
    mask = [False] * length
    for p in spans:
        if entity is None or p.entity_type == entity:
            for i in range(max(0, p.start), min(length, p.end)):
                mask[i] = True
    return mask


def _covers(mask: Sequence[bool], text: str, g: GoldSpan) -> bool:
    # Whitespace and punctuation inside a gold span need no cover: "A. V. Petrov" split into
    # three findings is still fully withheld.
    return all(mask[i] or not text[i].isalnum() for i in range(g.start, g.end))


def _restated_article(text: str, start: int, end: int, golds: Sequence[GoldSpan], preds: Sequence[Predicted]) -> bool:
    """Whether the word ``text[start:end]`` is an article right before a gold span ("the [35th brigade]") and one
    predicted stretch covers both: a replacement that took the article in and restates it ("a brigade")."""
    if text[start:end].lower() not in _ARTICLES:
        return False
    for g in golds:
        if g.start > end and text[end : g.start].isspace():
            return any(p.start <= start and p.end > g.start for p in preds)
    return False


def score(system: str, passages: Sequence[Passage], predictions: Sequence[Sequence[Predicted]]) -> SystemScore:
    """Score one system's redactions (``predictions[i]`` for ``passages[i]``)."""
    gold_n: dict[str, int] = defaultdict(int)
    found_n: dict[str, int] = defaultdict(int)
    typed_n: dict[str, int] = defaultdict(int)
    lenient_n: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    correct_n: dict[str, int] = defaultdict(int)
    leaky = plain = plain_hit = restated = predicted = predicted_ok = 0
    for passage, preds in zip(passages, predictions, strict=True):
        text = passage.text
        any_mask = _mask(len(text), preds)
        type_masks: dict[str, list[bool]] = {}
        leak = False
        for g in passage.spans:
            if not g.identifying:
                continue
            t = g.entity_type
            if t not in type_masks:
                type_masks[t] = _mask(len(text), preds, t)
            gold_n[t] += 1
            if _covers(any_mask, text, g):
                found_n[t] += 1
            else:
                leak = True
            if _covers(type_masks[t], text, g):
                typed_n[t] += 1
            if _touched(any_mask, g.start, g.end):
                lenient_n[t] += 1
        leaky += leak
        for p in preds:
            predicted += 1
            pred_n[p.entity_type] += 1
            hits = [g for g in passage.spans if g.start < p.end and p.start < g.end]
            if hits:
                predicted_ok += 1
            if any(g.entity_type == p.entity_type for g in hits):
                correct_n[p.entity_type] += 1
        gold_mask = [False] * len(text)
        for g in passage.spans:
            for i in range(g.start, g.end):
                gold_mask[i] = True
        for m in _WORD.finditer(text):
            if _touched(gold_mask, m.start(), m.end()):
                continue
            plain += 1
            if not _touched(any_mask, m.start(), m.end()):
                continue
            if _restated_article(text, m.start(), m.end(), passage.spans, preds):
                restated += 1
            else:
                plain_hit += 1
    types = [t for t in ENTITIES if gold_n[t] or pred_n[t]]
    per_type = tuple(
        TypeScore(t, gold_n[t], found_n[t], typed_n[t], lenient_n[t], pred_n[t], correct_n[t]) for t in types
    )
    return SystemScore(
        system, len(passages), leaky, plain, plain_hit, per_type, predicted, predicted_ok, articles_restated=restated
    )


# --- readability: gold spans mapped through the output ---------------------------------------------------------

_DIFF_GAP = 2
_PUBLIC_PLACES = frozenset({"LOCATION", "ORGANIZATION"})
_NAMES = frozenset({"PERSON", "CALL_SIGN"})
# A determiner followed by an article ("the a", "a an", "the the", "his an"), an opening bracket allowed between
# ("a [a city ...]"). "that" and "her" are left out: "said that a", "gave her a" are English.
_DOUBLED = regex.compile(
    r"(?<![\w'’])(?:the|an?|my|his|its|our|their|your)\s+[\[<«\"“(]?(?:the|an?)(?![\w'’-])", regex.IGNORECASE
)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with every edit applied (edits must not overlap)."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos : e.start])
        out.append(e.new_text)
        pos = max(pos, e.end)
    out.append(text[pos:])
    return "".join(out)


def _overlaps(e: Edit, start: int, end: int) -> bool:
    if e.start == e.end:  # an insertion changes a span only strictly inside it
        return start < e.start < end
    return e.start < end and start < e.end


def _changing(text: str, edits: Iterable[Edit]) -> list[Edit]:
    return sorted((e for e in edits if e.new_text != text[e.start : e.end]), key=lambda e: (e.start, e.end))


def map_span(text: str, edits: Sequence[Edit], start: int, end: int) -> tuple[int, int] | None:
    """Where ``text[start:end]`` stands in the output, or None when an edit changed any of it."""
    shift = 0
    for e in _changing(text, edits):
        if _overlaps(e, start, end):
            return None
        if e.end <= start:
            shift += len(e.new_text) - (e.end - e.start)
    return start + shift, end + shift


def edits_of(text: str, output: str, edits: Sequence[Edit]) -> tuple[Edit, ...]:
    """The edits that turn ``text`` into ``output``.

    When the replacements alone rebuild the output they are the answer. When rendering changed text outside
    them (an absorbed article, a fixed capital), the edits come from a character diff of input and output,
    each widened to the whole of every replacement it touches (so a pseudonym that happens to share letters
    with the name still counts as one change) and typed by that replacement.
    """
    if apply_edits(text, edits) == output:
        return tuple(sorted(edits, key=lambda e: (e.start, e.end)))
    from difflib import SequenceMatcher

    opcodes = SequenceMatcher(None, text, output, autojunk=False).get_opcodes()
    changing = _changing(text, edits)
    # [lo, hi) in the input and [jlo, jhi) in the output; outside the diff's changes the two map one to one.
    blocks: list[list[int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        lo, hi = i1, i2
        for e in changing:
            if e.start <= hi and lo <= e.end:
                lo, hi = min(lo, e.start), max(hi, e.end)
        jlo, jhi = j1 - (i1 - lo), j2 + (hi - i2)
        # Changes a character or two apart are one change the diff split on a chance match ("the X" -> "a v").
        if blocks and lo <= blocks[-1][1] + _DIFF_GAP:
            last = blocks[-1]
            if hi >= last[1]:
                last[1], last[3] = hi, jhi
        else:
            blocks.append([lo, hi, jlo, jhi])
    out: list[Edit] = []
    for lo, hi, jlo, jhi in blocks:
        owner = next((e for e in changing if _overlaps(e, lo, hi) or lo <= e.start < hi), None)
        entity, operator = (owner.entity_type, owner.operator) if owner is not None else ("", "render")
        out.append(Edit(lo, hi, entity, operator, output[jlo:jhi]))
    return tuple(out)


def doubled_determiners(before: str, after: str) -> int:
    """Doubled determiners ("the a", "a an") in ``after`` beyond those already in ``before``."""
    return max(0, len(_DOUBLED.findall(after)) - len(_DOUBLED.findall(before)))


def _withheld(text: str, changing: Sequence[Edit], g: GoldSpan) -> bool:
    cover = [e for e in changing if _overlaps(e, g.start, g.end)]
    for i in range(g.start, g.end):
        if text[i].isalnum() and not any(e.start <= i < e.end for e in cover):
            return False
    surface = text[g.start : g.end].strip().casefold()
    return len(surface) < 3 or not any(surface in e.new_text.casefold() for e in cover)


def readability(passage: Passage, output: Output) -> Readability:
    """The readability counts of one passage's output."""
    text = passage.text
    changing = _changing(text, output.edits)
    public = kept = misnamed = identifying = withheld = 0
    for g in passage.spans:
        if g.identifying:
            identifying += 1
            withheld += _withheld(text, changing, g)
            continue
        public += 1
        where = map_span(text, changing, g.start, g.end)
        kept += where is not None and output.text[where[0] : where[1]] == text[g.start : g.end]
        if g.entity_type in _PUBLIC_PLACES and any(
            e.entity_type in _NAMES and _overlaps(e, g.start, g.end) for e in changing
        ):
            misnamed += 1
    english = passage.lang == "en"
    doubled = doubled_determiners(text, output.text) if english else 0
    return Readability(public, kept, misnamed, doubled, int(english), identifying, withheld)


def score_readability(passages: Sequence[Passage], outputs: Sequence[Output]) -> Readability:
    """The readability counts of one system over ``passages`` (``outputs[i]`` for ``passages[i]``)."""
    total = Readability()
    for p, o in zip(passages, outputs, strict=True):
        total = total + readability(p, o)
    return total


def _groups(passages: Sequence[Passage]) -> dict[str, list[int]]:
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        by_lang[p.lang].append(i)
    out = dict(sorted(by_lang.items()))
    if len(out) > 1:
        out[ALL] = list(range(len(passages)))
    return out


def score_groups(
    passages: Sequence[Passage],
    predictions: Mapping[str, Sequence[Sequence[Predicted]]],
    outputs: Mapping[str, Sequence[Output]] | None = None,
) -> dict[str, dict[str, SystemScore]]:
    """Score every system on every language group (with readability for the systems in ``outputs``)."""
    out: dict[str, dict[str, SystemScore]] = {}
    outputs = outputs or {}
    for group, idx in _groups(passages).items():
        sub = [passages[i] for i in idx]
        out[group] = {}
        for name, preds in predictions.items():
            sc = score(name, sub, [preds[i] for i in idx])
            if name in outputs:
                sc = replace(sc, readability=score_readability(sub, [outputs[name][i] for i in idx]))
            out[group][name] = sc
    return out


# --- the systems -----------------------------------------------------------------------------------------------


class Ours:
    """redact's pipeline under a policy, as a system: every replaced span whose operator is not ``keep``.

    ``ctx`` is the run context (key, case registry) the real run path uses; keyed operators (pseudonyms)
    refuse to run without a key in it.
    """

    def __init__(
        self,
        policy: Policy,
        model: str | None = None,
        *,
        redactor: Redactor | None = None,
        ctx: RunContext | None = None,
    ) -> None:
        from redact.pipeline import Redactor

        self.redactor = redactor if redactor is not None else Redactor(policy, model=model)
        self.ctx = ctx

    def output(self, p: Passage) -> Output:
        """What ``redact run`` writes for one passage (as a .txt file), with its edits."""
        from redact.documents import Document, Segment

        doc = Document(path=f"{p.id}.txt", format="txt", text=p.text, segments=(Segment(0, len(p.text), "line 1"),))
        red = self.redactor.redact(doc, self.ctx)
        text = red.output.decode("utf-8")
        edits = [Edit(r.span.start, r.span.end, r.span.entity_type, r.operator, r.new_text) for r in red.replacements]
        redacted = tuple(Predicted(e.start, e.end, e.entity_type) for e in edits if e.operator != "keep")
        return Output(text, edits_of(p.text, text, edits), redacted)

    def __call__(self, p: Passage) -> list[Predicted]:
        """The redacted stretches of one passage."""
        return self.output(p).predicted()

    def english_pipeline(self) -> Any:
        """The English spaCy pipeline this system loaded, if it did (shared with the baseline)."""
        analyzer = self.redactor.engines._analyzers.get("en")
        nlp = getattr(getattr(analyzer, "nlp_engine", None), "nlp", None)
        return nlp.get("en") if isinstance(nlp, dict) else None


class Vanilla:
    """Presidio as a naive user gets it, built offline on the same model: everything found is redacted.

    Its output is Presidio's default anonymizer's: each finding replaced by ``<ENTITY_TYPE>``.
    ``nlp`` is an already loaded pipeline of that model to share (spaCy pipelines are read-only here).
    """

    def __init__(self, model: str, nlp: Any = None) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration

        from redact.engine import _PreloadedSpacyEngine, load_spacy

        nlp_engine = _PreloadedSpacyEngine(
            {"en": nlp if nlp is not None else load_spacy(model)}, NerModelConfiguration()
        )
        registry = RecognizerRegistry(supported_languages=["en"])
        with presidio_classes_only():
            registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])

    def output(self, p: Passage) -> Output:
        """The passage with every finding replaced by its type in angle brackets."""
        from redact.resolve import Finding, resolve

        # A naive user runs English on every language; no threshold, no allow list.
        results = self.analyzer.analyze(p.text, language="en")
        spans = resolve(Finding(r.start, r.end, r.entity_type, float(r.score), "presidio") for r in results)
        edits = tuple(Edit(s.start, s.end, s.entity_type, "replace", f"<{s.entity_type}>") for s in spans)
        return Output(apply_edits(p.text, edits), edits)

    def __call__(self, p: Passage) -> list[Predicted]:
        """The redacted stretches of one passage."""
        return self.output(p).predicted()


def vanilla(model: str, nlp: Any = None) -> Callable[[Passage], list[Predicted]]:
    """Vanilla Presidio as a system (see :class:`Vanilla`)."""
    return Vanilla(model, nlp)


@contextmanager
def presidio_classes_only() -> Iterator[None]:
    """Make Presidio's loader pick its own classes.

    The loader finds predefined recognizers by class name among every loaded
    ``EntityRecognizer`` subclass, so redact's ``EmailRecognizer`` (same name,
    other constructor) could be picked instead of Presidio's.
    """
    from unittest import mock

    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader

    def presidio_only(recognizer_name: str) -> Any:
        for cls in RecognizerListLoader.get_all_existing_recognizers():
            if cls.__name__ == recognizer_name and cls.__module__.startswith("presidio_analyzer."):
                return cls
        raise ValueError(f"Presidio has no predefined recognizer {recognizer_name}")

    with mock.patch.object(RecognizerListLoader, "get_existing_recognizer_cls", staticmethod(presidio_only)):
        yield


def evaluate(
    corpus: Path | Sequence[Path],
    policy_ref: str | Path | None,
    *,
    model: str | None = None,
    baseline: bool = True,
    key: Key | None = None,
    case: CaseRegistry | None = None,
) -> EvalReport:
    """Run redact (and vanilla Presidio unless ``baseline`` is off) on ``corpus`` and score both.

    redact runs as ``redact run`` does, with ``key`` and ``case`` (see :func:`redact.keys.check_run_options`):
    keyed policies need a key. ``corpus`` is a file, a folder, or several of them.
    """
    from redact.anonymize import RunContext
    from redact.engine import model_package
    from redact.keys import require_key
    from redact.policy import load_policy

    loaded = load_policy(policy_ref)
    require_key(loaded.policy, key, loaded.name)
    paths = [corpus] if isinstance(corpus, Path) else list(corpus)
    passages = [p for path in paths for p in read_corpus(path)]
    model_name = model_package(model or loaded.policy.model)
    outputs: dict[str, list[Output]] = {}
    system = Ours(loaded.policy, model, ctx=RunContext(key, case))
    outputs[OURS] = [system.output(p) for p in passages]
    if baseline:
        baseline_system = Vanilla(model_name, system.english_pipeline())
        outputs[VANILLA] = [baseline_system.output(p) for p in passages]
    predictions = {name: [o.predicted() for o in outs] for name, outs in outputs.items()}
    return EvalReport(
        corpus=", ".join(str(p) for p in paths),
        policy=loaded.name,
        model=model_name,
        groups=score_groups(passages, predictions, outputs),
    )
