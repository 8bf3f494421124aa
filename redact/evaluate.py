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
  ``~`` spans included) with any redacted character.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import regex

from redact.corpus import GoldSpan, Passage, parse_markup
from redact.entities import ENTITIES
from redact.errors import RedactError

__all__ = [
    "CorpusError",
    "Predicted",
    "TypeScore",
    "SystemScore",
    "EvalReport",
    "read_corpus",
    "score",
    "evaluate",
    "Ours",
    "vanilla",
    "OURS",
    "VANILLA",
]

OURS = "redact"
VANILLA = "presidio"
ALL = "all"
_WORD = regex.compile(r"\w+")


class CorpusError(RedactError):
    """A corpus file is missing or has a line that is not a valid record (exit 2)."""


@dataclass(frozen=True)
class Predicted:
    """One redacted stretch of a passage, as a system produced it."""

    start: int
    end: int
    entity_type: str


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
        """Share of plain word tokens redacted."""
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
            "predicted": self.predicted,
            "per_type": {t.entity_type: t.as_dict() for t in self.per_type},
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


def score(system: str, passages: Sequence[Passage], predictions: Sequence[Sequence[Predicted]]) -> SystemScore:
    """Score one system's redactions (``predictions[i]`` for ``passages[i]``)."""
    gold_n: dict[str, int] = defaultdict(int)
    found_n: dict[str, int] = defaultdict(int)
    typed_n: dict[str, int] = defaultdict(int)
    lenient_n: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    correct_n: dict[str, int] = defaultdict(int)
    leaky = plain = plain_hit = predicted = predicted_ok = 0
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
            plain_hit += _touched(any_mask, m.start(), m.end())
    types = [t for t in ENTITIES if gold_n[t] or pred_n[t]]
    per_type = tuple(
        TypeScore(t, gold_n[t], found_n[t], typed_n[t], lenient_n[t], pred_n[t], correct_n[t]) for t in types
    )
    return SystemScore(system, len(passages), leaky, plain, plain_hit, per_type, predicted, predicted_ok)


def _groups(passages: Sequence[Passage]) -> dict[str, list[int]]:
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(passages):
        by_lang[p.lang].append(i)
    out = dict(sorted(by_lang.items()))
    if len(out) > 1:
        out[ALL] = list(range(len(passages)))
    return out


def score_groups(
    passages: Sequence[Passage], predictions: Mapping[str, Sequence[Sequence[Predicted]]]
) -> dict[str, dict[str, SystemScore]]:
    """Score every system on every language group."""
    out: dict[str, dict[str, SystemScore]] = {}
    for group, idx in _groups(passages).items():
        sub = [passages[i] for i in idx]
        out[group] = {name: score(name, sub, [preds[i] for i in idx]) for name, preds in predictions.items()}
    return out


# --- the systems -----------------------------------------------------------------------------------------------


class Ours:
    """redact's pipeline under a policy, as a system: every replaced span whose operator is not ``keep``."""

    def __init__(self, policy: Any, model: str | None = None, *, redactor: Any = None) -> None:
        from redact.pipeline import Redactor

        self.redactor = redactor if redactor is not None else Redactor(policy, model=model)

    def __call__(self, p: Passage) -> list[Predicted]:
        """The redacted stretches of one passage."""
        from redact.documents import Document, Segment

        doc = Document(path=f"{p.id}.txt", format="txt", text=p.text, segments=(Segment(0, len(p.text), "line 1"),))
        red = self.redactor.redact(doc)
        return [
            Predicted(r.span.start, r.span.end, r.span.entity_type) for r in red.replacements if r.operator != "keep"
        ]

    def english_pipeline(self) -> Any:
        """The English spaCy pipeline this system loaded, if it did (shared with the baseline)."""
        analyzer = self.redactor.engines._analyzers.get("en")
        nlp = getattr(getattr(analyzer, "nlp_engine", None), "nlp", None)
        return nlp.get("en") if isinstance(nlp, dict) else None


def vanilla(model: str, nlp: Any = None) -> Callable[[Passage], list[Predicted]]:
    """Presidio as a naive user gets it, built offline on the same model: everything found is redacted.

    ``nlp`` is an already loaded pipeline of that model to share (spaCy pipelines are read-only here).
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration

    from redact.engine import _PreloadedSpacyEngine, load_spacy
    from redact.resolve import Finding, resolve

    nlp_engine = _PreloadedSpacyEngine({"en": nlp if nlp is not None else load_spacy(model)}, NerModelConfiguration())
    registry = RecognizerRegistry(supported_languages=["en"])
    with _presidio_classes_only():
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])

    def predict(p: Passage) -> list[Predicted]:
        # A naive user runs English on every language; no threshold, no allow list.
        results = analyzer.analyze(p.text, language="en")
        spans = resolve(Finding(r.start, r.end, r.entity_type, float(r.score), "presidio") for r in results)
        return [Predicted(s.start, s.end, s.entity_type) for s in spans]

    return predict


@contextmanager
def _presidio_classes_only() -> Iterator[None]:
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
    corpus: Path, policy_ref: str | Path | None, *, model: str | None = None, baseline: bool = True
) -> EvalReport:
    """Run redact (and vanilla Presidio unless ``baseline`` is off) on ``corpus`` and score both."""
    from redact.engine import model_package
    from redact.policy import load_policy

    loaded = load_policy(policy_ref)
    passages = read_corpus(corpus)
    model_name = model_package(model or loaded.policy.model)
    predictions: dict[str, list[list[Predicted]]] = {}
    system = Ours(loaded.policy, model)
    predictions[OURS] = [system(p) for p in passages]
    if baseline:
        baseline_system = vanilla(model_name, system.english_pipeline())
        predictions[VANILLA] = [baseline_system(p) for p in passages]
    return EvalReport(
        corpus=str(corpus), policy=loaded.name, model=model_name, groups=score_groups(passages, predictions)
    )
