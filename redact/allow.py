"""The policy's allow list, compiled: which findings stay as written (public figures, countries, media).

A ``text`` entry matches case-insensitively, and (with ``inflect``) every inflected form and spelling
of it; a ``regex`` entry must match the whole finding. The schema of the list is in :mod:`redact.policy`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from redact.policy import Policy

__all__ = ["AllowMatcher"]

_ENTRY_KEYS: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {}


@functools.cache
def _entry_cache_name(texts: tuple[str, ...]) -> str:
    """Cache name for these allow-list texts' keys: changes with the texts, the key code and the dictionaries."""
    import importlib.util

    from redact.recognizers.nlp import cache as _cache

    sources = [Path(__file__).parent / "names" / "keys.py"]
    for module in ("pymorphy3", "pymorphy3_dicts_ru", "pymorphy3_dicts_uk"):
        spec = importlib.util.find_spec(module)
        if spec is not None and spec.origin:
            origin = Path(spec.origin).parent
            sources += [origin / "__init__.py", origin / "data" / "meta.json"]
    return _cache.key("allow-keys", texts, sources)


def _keys_from_data(data: object) -> dict[tuple[str, str], tuple[str, ...]] | None:
    """Allow-list keys from the cache's plain data (``[[text, language, [key, ...]], ...]``); None if malformed."""
    if not isinstance(data, list):
        return None
    keys: dict[tuple[str, str], tuple[str, ...]] = {}
    for item in data:
        if not (isinstance(item, list) and len(item) == 3):
            return None
        text, lang, key = item
        if not (isinstance(text, str) and isinstance(lang, str) and isinstance(key, list)):
            return None
        if not all(isinstance(k, str) for k in key):
            return None
        keys[(text, lang)] = tuple(key)
    return keys


class AllowMatcher:
    """The policy's allow list compiled once.

    A ``text`` entry matches the finding case-insensitively, and (with
    ``inflect``) also when every word has the same lemma (Путина → Путин,
    Бахмутом → Бахмут) or the same transliteration skeleton (Zelenskyy →
    Zelensky). A ``regex`` entry must match the whole finding.
    """

    def __init__(self, policy: Policy) -> None:
        import regex

        self.entries: list[tuple[frozenset[str], frozenset[str], str | None, Any, bool]] = []
        for e in policy.allow_list:
            pattern = regex.compile(e.regex, regex.IGNORECASE) if e.regex else None
            text = e.text.casefold() if e.text else None
            self.entries.append((frozenset(e.languages), frozenset(e.entities), text, pattern, e.inflect))
        self._keys: dict[tuple[str, str], tuple[str, ...]] = {}
        self._entry_texts = sorted({t for _, _, t, _, inflect in self.entries if t is not None and inflect})
        self._entry_keys: dict[tuple[str, str], tuple[str, ...]] | None = None

    def _key(self, text: str, language: str) -> tuple[str, ...]:
        from redact.names.keys import TOKEN, lemma, skeleton

        k = (text, language)
        if k not in self._keys:
            lang = language if language in {"ru", "uk"} else "ru"
            self._keys[k] = tuple(skeleton(lemma(w.rstrip("."), lang)) for w in TOKEN.findall(text))
        return self._keys[k]

    def _entry_key(self, text: str, language: str) -> tuple[str, ...]:
        """The key of an allow-list entry, from the on-disk cache when this list was keyed before.

        Keying a Cyrillic entry ("Путин") loads pymorphy3's dictionaries, a quarter of a second that an
        English file would otherwise pay on every run just to compare "Putin" with it.
        """
        if self._entry_keys is None:
            self._entry_keys = self._load_entry_keys()
        lang = language if language in {"ru", "uk"} else "ru"
        found = self._entry_keys.get((text, lang))
        return found if found is not None else self._key(text, language)

    def _load_entry_keys(self) -> dict[tuple[str, str], tuple[str, ...]]:
        from redact.recognizers.nlp import cache as _cache

        name = _entry_cache_name(tuple(self._entry_texts))
        if name in _ENTRY_KEYS:  # a matcher is built per analysis window; the keys once per process
            return _ENTRY_KEYS[name]
        keys = _keys_from_data(_cache.load(name))
        if keys is None:
            keys = {(t, lang): self._key(t, lang) for t in self._entry_texts for lang in ("ru", "uk")}
            _cache.store(name, [[t, lang, list(k)] for (t, lang), k in keys.items()])  # plain JSON data
        _ENTRY_KEYS[name] = keys
        return keys

    def allows(self, surface: str, entity: str, language: str) -> bool:
        """Whether a finding of ``entity`` with this text is allowed through in ``language``."""
        folded = surface.casefold()
        for langs, ents, text, pattern, inflect in self.entries:
            if language not in langs or (ents and entity not in ents):
                continue
            if text is not None and (
                folded == text or (inflect and self._key(surface, language) == self._entry_key(text, language))
            ):
                return True
            if pattern is not None and pattern.fullmatch(surface):
                return True
        return False
