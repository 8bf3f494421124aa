"""The recognizer table: a reviewed snapshot of name → languages and entities, and plug-in rules."""

from __future__ import annotations

import json

import pytest

from redact import registry
from redact.entities import ENTITIES
from redact.errors import PolicyError
from tests.conftest import GOLDEN

SNAPSHOT = GOLDEN / "registry.json"


def _table() -> dict[str, dict[str, list[str]]]:
    return {
        name: {"languages": sorted(cls.LANGUAGES), "entities": sorted(cls.ENTITIES)}
        for name, cls in sorted(registry.recognizer_table().items())
    }


def test_registry_snapshot(update_golden: bool) -> None:
    table = _table()
    if update_golden or not SNAPSHOT.exists():
        SNAPSHOT.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert table == json.loads(SNAPSHOT.read_text(encoding="utf-8")), "review the change, then --update-golden"


def test_every_recognizer_declares_known_entities_and_languages() -> None:
    for name, cls in registry.recognizer_table().items():
        assert set(cls.ENTITIES) <= set(ENTITIES), name
        assert set(cls.LANGUAGES) <= {"en", "ru", "uk"} and cls.LANGUAGES, name
        assert (cls.__doc__ or "").strip(), f"{name} needs a docstring"


def test_every_entity_type_has_a_recognizer_in_every_language() -> None:
    covered = {
        (lang, ent) for cls in registry.recognizer_table().values() for lang in cls.LANGUAGES for ent in cls.ENTITIES
    }
    missing = {(lang, ent) for lang in ("en", "ru", "uk") for ent in ENTITIES if (lang, ent) not in covered}
    assert missing == set()


def test_plugin_name_clash_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class _EP:
        name = "phone"

        def load(self) -> type:  # pragma: no cover - never reached
            raise AssertionError

    monkeypatch.setattr(registry, "entry_points", lambda group: [_EP()])
    registry.recognizer_table.cache_clear()
    try:
        with pytest.raises(PolicyError, match="clashes"):
            registry.recognizer_table()
    finally:
        monkeypatch.undo()
        registry.recognizer_table.cache_clear()


def test_package_exports() -> None:
    import redact

    assert redact.__all__ == ["__version__"] and redact.__version__
