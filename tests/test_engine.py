"""The English pipeline as redact loads it gives the same entities as the model loaded in full."""

from __future__ import annotations

import warnings

import spacy

from redact.corpus import load_corpus
from redact.engine import _EXCLUDE_FAST, load_spacy, model_package
from tests.conftest import ROOT


def test_skipping_the_string_table_leaves_ner_unchanged() -> None:
    lean = load_spacy("md")
    assert len(lean.vocab.strings) < 50_000  # the 776k-entry table was not loaded
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        full = spacy.load(model_package("md"), exclude=list(_EXCLUDE_FAST))
    texts = [p.text for p in load_corpus(ROOT / "tests" / "corpus" / "en.jsonl")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.en.txt"))]
    for a, b in zip(lean.pipe(texts), full.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_) for e in b.ents
        ]
        assert [t.lemma_ for t in a] == [t.lower_ for t in b]
