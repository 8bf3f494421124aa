"""The recognizer registry: redact's table plus installed plug-ins.

Out-of-tree recognizer packs register classes under the entry-point group
``redact.recognizers``; a name that clashes with a built-in is an error.
This is the only module that imports the top-level ``recognizers`` package.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from redact.errors import PolicyError

__all__ = ["recognizer_table", "recognizer_names", "build_registry", "spacy_labels", "ENTRY_POINT_GROUP"]

ENTRY_POINT_GROUP = "redact.recognizers"


@lru_cache(maxsize=1)
def recognizer_table() -> dict[str, Any]:
    """Name → recognizer class, built-ins first, then entry-point plug-ins."""
    from redact.recognizers import RECOGNIZERS

    table: dict[str, Any] = dict(RECOGNIZERS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in table:
            raise PolicyError(f"recognizer plug-in '{ep.name}' clashes with an existing recognizer")
        table[ep.name] = ep.load()
    return table


def spacy_labels() -> dict[str, str]:
    """spaCy NER label → redact entity type, as the spaCy recognizer maps them (the NLP engine applies it)."""
    from redact.recognizers.spacy_ner import LABELS

    return dict(LABELS)


def recognizer_names() -> set[str]:
    """Every registered recognizer name."""
    return set(recognizer_table())


def enabled_recognizers(switches: Mapping[str, bool], language: str) -> dict[str, Any]:
    """The recognizer classes a policy runs on ``language``; ``switches`` is its ``recognizers`` table."""
    out = {}
    for name, cls in recognizer_table().items():
        if language not in getattr(cls, "LANGUAGES", ("en",)):
            continue
        if not switches.get(name, getattr(cls, "DEFAULT_ENABLED", True)):
            continue
        out[name] = cls
    return out


def build_registry(switches: Mapping[str, bool], language: str) -> RecognizerRegistry:
    """A Presidio registry holding one instance of each recognizer enabled for ``language``.

    ``switches`` is the policy's ``recognizers`` table (name → on/off); the registry knows nothing else
    of policies, so the schema can check recognizer names against it.
    """
    registry = RecognizerRegistry(supported_languages=[language])
    for cls in enabled_recognizers(switches, language).values():
        recognizer: EntityRecognizer = cls(supported_language=language)
        registry.add_recognizer(recognizer)
    return registry
