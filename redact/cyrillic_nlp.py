"""Russian and Ukrainian NLP without spaCy models: blank tokenizer, pymorphy3 lemmas, natasha NER.

There is no usable spaCy model for Russian or Ukrainian on PyPI, so the
pipeline for ``ru`` / ``uk`` is assembled here from three offline parts:

* ``spacy.blank(lang)`` tokenisation, with the letter-hyphen-letter infix
  rule removed so that Ростове-на-Дону, Улан-Удэ and из-под stay one token
  (pymorphy3 knows most of them as one word: "ростов-на-дону", Geox);
* a ``redact_morph_lemmatizer`` component writing pymorphy3's most likely
  normal form into ``token.lemma_`` (Presidio's context enhancer compares
  context words with lemmas, so "позывным" must read "позывной");
* for Russian only, a ``redact_natasha_ner`` component running the slovnet
  NER model bundled in the natasha wheel (loaded from its files directly:
  importing natasha's ``MorphVocab`` would touch pymorphy2, which crashes on
  Python 3.11). natasha has no Ukrainian model; Ukrainian names and places
  come from pymorphy3-uk tags, the gazetteers and patterns in ``recognizers/``.

**Combination rule.** natasha and pymorphy3 both guess from the word alone
and both call "Бахмута" a person (slovnet PER; pymorphy3's top parse is a
Name, Geox only second). A place list is the better judge of what a single
word refers to, so for each natasha span:

1. ORG spans are dropped (units have their own pattern recognizer; other
   organisations are not identifying details in this domain);
2. a *one-word* PER span becomes LOC when the word is a known place — a
   lemma of it is in the place gazetteer (``recognizers/nlp/places.py``)
   or pymorphy3 gives Geox at least as much weight as Name/Surn/Patr —
   unless it is a patronymic; multi-word PER spans ("Андрей Сергеевич
   Лапин") stay PER because a place is rarely followed by a patronymic;
3. a one-word PER span that is an ordinary dictionary word with no name
   reading ("Бес", "Гром", "Сизый") becomes NICK, reported as CALL_SIGN;
4. a LOC span loses a common word opening a sentence ("Група у Viber", "Мер Харкова"), and
   a LOC span whose words have no Geox parse, are in no place list, and are
   mostly names (share ≥ 0.5) becomes PER ("Саньку" is never a village);
5. everything else keeps natasha's label.

The recognizers that read pymorphy3 themselves (``ru_person``,
``ru_location``) apply the same gazetteer-first rule, so the three sources
agree on a word's type and overlap resolution only merges extents.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.about import __version__ as spacy_version
from spacy.language import Language
from spacy.tokens import Doc, Span

from redact.recognizers.nlp import morph
from redact.recognizers.nlp.places import is_known_place, place_beats_name

__all__ = [
    "register_name_variants",
    "build_pipeline",
    "natasha_files",
    "cyrillic_info",
    "NATASHA_LABELS",
]

# natasha label -> redact entity type (ORG is dropped by the combination rule).
# NICK is redact's own label for a one-word "person" that is an ordinary noun or adjective ("Бес", "Гром").
NATASHA_LABELS: dict[str, str] = {"PER": "PERSON", "LOC": "LOCATION", "NICK": "CALL_SIGN"}
# slovnet reads at most this many characters at once; longer text is cut at sentence or line ends.
_NER_PIECE = 2_000
_SENT_END = regex.compile(r"(?<=[.!?…])\s+|\n+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# A word for the combination rule: letters and inner hyphens ("Ростове-на-Дону"), digits excluded ("Москва-400").
_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def natasha_files() -> tuple[Path, Path]:
    """Paths of the navec embeddings and slovnet NER model inside the installed natasha wheel."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("natasha")
    root = Path(next(iter(spec.submodule_search_locations))) / "data"
    return root / "emb" / "navec_news_v1_1B_250K_300d_100q.tar", root / "model" / "slovnet_ner_news_v1.tar"


@lru_cache(maxsize=1)
def _slovnet() -> Any:
    """The slovnet NER tagger with navec embeddings, loaded once per process (~2 s, ~110 MB)."""
    from navec import Navec
    from slovnet import NER

    emb_path, ner_path = natasha_files()
    ner = NER.load(str(ner_path))
    ner.navec(Navec.load(str(emb_path)))
    return ner


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Cut ``text`` into pieces of at most about :data:`_NER_PIECE` chars at sentence/line ends."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + _NER_PIECE)
        if end < n:
            cut = None
            for m in _SENT_END.finditer(text, start + _NER_PIECE // 2, end):
                cut = m.end()
            end = cut or end
        yield start, text[start:end]
        start = end


def _implausible(word: str, language: str, sentence_initial: bool) -> bool:
    """A word slovnet put in a PER span that is no name part: a verb, or a known common word opening a sentence."""
    if morph.tag_share(word, language) > 0 or not word[:1].isupper():
        return not word[:1].isupper()
    ps = morph.parses(word, language)
    if not any(p.tag.POS == "NOUN" for p in ps):
        return True
    return sentence_initial and morph.is_known(word, language)


def _common_opening(word: str, language: str, sentence_initial: bool) -> bool:
    """A word slovnet put first in a LOC span that is a common word opening a sentence: the dictionary knows it, with
    no name and no place reading, and no place list holds it ("Група", "Мер", "Військова")."""
    return (
        sentence_initial
        and morph.is_known(word, language)
        and morph.tag_share(word, language) == 0
        and not morph.has_tag(word, language, "Geox")
        and not is_known_place(word, language)
    )


def _relabel(text: str, start: int, stop: int, label: str, language: str) -> tuple[int, int, str] | None:
    if label not in ("PER", "LOC"):
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop)]
    if label == "PER":
        while words and _implausible(words[0][2], language, _at_sentence_start(text, words[0][0])):
            words.pop(0)
        while words and _implausible(words[-1][2], language, False):
            words.pop()
    if label == "LOC" and words and _common_opening(words[0][2], language, _at_sentence_start(text, words[0][0])):
        # "Група у Viber", "– Військова частина?", "Мер Харкова ...", "Прикордонні громади Сумської області": a common
        # word opening a sentence is no place; the place, if any, follows it
        words.pop(0)
        while words and not words[0][2][:1].isupper():
            words.pop(0)
    if not words:
        return None
    start, stop = words[0][0], words[-1][1]
    bare = [w[2] for w in words]
    if label == "PER" and len(bare) == 1:
        w = bare[0]
        if not morph.has_tag(w, language, "Patr") and place_beats_name(w, language):
            return start, stop, "LOC"
        if morph.tag_share(w, language) == 0 and morph.is_known(w, language) and not morph.has_tag(w, language, "Geox"):
            return start, stop, "NICK"  # a dictionary word used as a name: a call sign or nickname
    if (
        label == "LOC"
        and bare
        and all(not morph.has_tag(w, language, "Geox") and not is_known_place(w, language) for w in bare)
    ):
        if all(morph.tag_share(w, language) >= 0.5 for w in bare):
            return start, stop, "PER"
    return start, stop, label


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t«\"'„“(—–-")
    return not before or before[-1] in ".!?…\n:"


def natasha_spans(text: str, language: str = "ru") -> list[tuple[int, int, str]]:
    """(start, end, PER|LOC) spans from slovnet over ``text``, after the combination rule."""
    ner = _slovnet()
    out: list[tuple[int, int, str]] = []
    offsets: list[int] = []
    pieces: list[str] = []
    for off, piece in _pieces(text):
        if piece.strip():
            offsets.append(off)
            pieces.append(piece)
    for off, markup in zip(offsets, ner.map(pieces), strict=True):
        for s in markup.spans:
            span = _relabel(text, off + s.start, off + s.stop, s.type, language)
            if span is not None:
                out.append(span)
    return out


def _strip_hyphen_infix(nlp: Language) -> None:
    """Stop splitting letter-hyphen-letter (keeps Улан-Удэ, из-под as one token); dashes still split."""
    from spacy.lang.char_classes import ALPHA, HYPHENS

    rules = {
        rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])",
    }
    dashes = rf"(?<=[{ALPHA}])(?:–|—|--|---|~)(?=[{ALPHA}])"
    infixes = [dashes if p in rules else p for p in (nlp.Defaults.infixes or [])]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@Language.factory("redact_morph_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    language = str(nlp.lang)

    def lemmatize(doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha or "-" in token.text:
                token.lemma_ = morph.lemma(token.text, language)
            else:
                token.lemma_ = token.text.lower()
        return doc

    return lemmatize


@Language.factory("redact_natasha_ner")
def _make_natasha(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    language = str(nlp.lang)
    _slovnet()  # load now, not on the first document

    def tag(doc: Doc) -> Doc:
        ents: list[Span] = []
        last = -1
        for start, end, label in natasha_spans(doc.text, language):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or span.start < last:
                continue
            ents.append(span)
            last = span.end
        doc.ents = ents
        return doc

    return tag


def build_pipeline(language: str) -> Language:
    """A spaCy pipeline for ``ru`` or ``uk``: fixed tokenizer, pymorphy3 lemmas, natasha NER for ru."""
    nlp = spacy.blank(language)
    _strip_hyphen_infix(nlp)
    nlp.add_pipe("redact_morph_lemmatizer")
    if language == "ru":
        nlp.add_pipe("redact_natasha_ner")
    return nlp


def cyrillic_info(language: str) -> dict[str, str]:
    """What serves ``language``, for the audit."""
    from importlib.metadata import version

    parts = [f"spacy.blank:{language}", f"pymorphy3 {version('pymorphy3')}"]
    if language == "ru":
        parts.append(f"natasha/slovnet {version('natasha')}")
    return {"name": " + ".join(parts), "version": spacy_version}


def register_name_variants(language: str) -> None:
    """Make document-level propagation search every case form of a Russian/Ukrainian name token.

    "Андрей" found once is then also found as Андрея, Андрею, Андреем...;
    forms keep the token's letter case, so lower-case common words ("кот")
    are never searched for.
    """
    from redact.propagate import register_variants

    def forms(token: str) -> frozenset[str]:
        # Words that are names only in context ("Слава", "Вера", "Дед") are not spread: "Слава богу" must stay.
        title = morph.match_case(token.lower(), "Aa")
        known = morph.is_known(token, language)
        if not token[:1].isupper() or (known and morph.tag_share(title, language) < 0.5):
            return frozenset()
        return morph.variants(token, language)

    register_variants(language, forms)
