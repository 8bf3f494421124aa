"""Foreign proper nouns in English text: Title-case words the English model has never seen.

In an English translation of a Russian or Ukrainian call, a capitalised word
whose lower-case form is missing from the English pipeline's vocabulary (no
vector among its ~500k keys; capitalised keys are not consulted because the
table holds many foreign names too) or is rare there (vector rank beyond
:data:`RARE_RANK`; rows are ordered by frequency) is almost always a transliterated
name, call sign or place: "Starik", "Kuznets", "Choduraa", "Yurga". Gazetteers
cannot list them all; this recognizer is the safety net. It reports LOCATION
after a place preposition ("in Yurga", "from Chita"), for a town of the gazetteer
("Sumy", not a village: "Voron" is a call sign too) and for a place's adjective
("Crimean"), and PERSON otherwise, at a low score, so the specific recognizers'
types win in overlaps.
Not names, whatever their rank:

* things: a brand or product (:data:`NOT_NAMES_HERE`, ``spacy_ner.PRODUCTS``: "Volkswagen", "Mavic") and the
  model words after one ("Skoda Octavia", "Toyota Land Cruiser"); a Title-case word before a hardware noun
  ("Patriot systems", "Tornado launchers"); a model designation glued to a letter code ("Iskander-M");
* a nationality or its plural ("Ukrainians", "French");
* an English dictionary word whose capital its place explains: the sentence start, a longer name of dictionary
  words ("Coordination Headquarters", "Ukrainian Railways"), a possessive ("Ukraine's Navy"), an article and a
  noun around it ("the Farewell ceremony"); unless it is quoted, follows a call-sign cue, is a truncated vocative
  ("Sash"), or stands next to what makes a word a surname: a given name, a rank or title, an initial, a cue such
  as "surname" ("Anna Baker", "Sergeant Hunter", "J. Miller", "Miller A."). A dictionary word alone mid-sentence
  ("where's the Beard?") or beside a place ("the Zhytomyr Owls") is a call sign or a unit's name and stays. A
  surname-shaped word ("Pavlov": WordNet lists famous people) is never screened as a dictionary word;
* a feature or street noun ("Kerch Strait", "Alley of Heroes", "Ulitsa");
* a hyphenated pair of gazetteer places ("Sloviansk-Kramatorsk" agglomeration): the place recognizer has them.

Known false positive: a rare brand or model name the lists do not hold.
Known false positive: a national body alone after "the" mid-sentence ("asked the Navy for help").
Known miss: a call sign that is an English word opening a sentence ("Hunter said ...") with no cue, quotes or
name beside it.
Runs on English only (the Russian and Ukrainian pipelines have no vectors).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.recognizers._names import RANKS, is_not_name
from redact.recognizers._things import NOT_NAMES_HERE

__all__ = ["UnknownNameRecognizer", "NOT_NAMES_HERE"]

# Vector rows are ordered by frequency: a capitalised word ranked below this is rare in English and,
# capitalised mid-sentence, a proper noun ("Orion", "Beso"); sentence-initial words need to be rarer still.
RARE_RANK = 10_000
RARE_RANK_INITIAL = 15_000
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "to", "at", "outside", "around", "towards", "toward", "via"})
# Lower-case nouns after a Title-case word that make it the name of a piece of hardware ("Patriot systems").
_HARDWARE = frozenset(
    """
    system systems missile missiles launcher launchers battery batteries complex complexes drone drones rocket
    rockets shell shells munition munitions tank tanks vehicle vehicles howitzer howitzers rifle rifles gun guns
    jet jets aircraft helicopter helicopters truck trucks van vans car cars sedan suv minivan jeep pickup radar
    radars interceptor interceptors warhead warheads bomb bombs round rounds mortar mortars
    """.split()
)
# A model designation: a word glued to a letter code or number ("Iskander-M", "Tor-M2", "Su-25").
_DESIGNATION = regex.compile(r"-(?:\p{Lu}{1,3}\d{0,3}|\d{1,4})\b")
# What makes a dictionary word a name: a call-sign cue or a word for "surname" just before it.
_NAME_CUE = regex.compile(
    r"(?i:call[\s-]?signs?|callsigns?|nick[\s-]?named?|code[\s-]?named?|alias|a\.k\.a\.?|aka|known\s+as|goes\s+by|"
    r"call(?:s|ed)?\s+(?:him|her|me|himself|herself|myself)|surnamed?|last\s+name|family\s+name|named|"
    r"name\s+(?:is|was))(?:\s+(?:is|was|of))?[\s:—–-]*$"
)
_CUE_NEAR = regex.compile(r"(?i:call[\s-]?signs?|callsigns?|nick[\s-]?names?|позывн|позивн)")
_ONE_WORD_TURN = regex.compile(r"[.?!…]")
# Nouns that name a part of a place, never a person ("Kerch Strait", "Alley of Heroes", "Sobornyi Avenue").
_PLACE_NOUNS = frozenset(
    """
    strait straits sea bay gulf lake river creek island islands peninsula spit cape mountain mountains hill hills
    ridge valley forest park alley avenue boulevard embankment street square lane highway road bridge dam reservoir
    canal harbour harbor port quarter district region oblast province territory
    ulitsa ulica vulytsia vulytsya prospekt pereulok provulok shosse naberezhnaya ploshchad ploshcha bulvar krai
    raion rayon selo derevnya posyolok poselok hromada gromada mikrorayon
    """.split()
)
# A patronymic is a given name and a suffix: "Ivanovna", "Sergeyevich", "Oleksandrivna" (not "Popovych": no "Pop").
_PATRONYMIC = regex.compile(r"(?:ovna|evna|ivna|ychna|ichna|ovich|evich|ovych|evych|ich|ych)$")
# Titles before a surname ("Mr Baker", "Sergeant Hunter"); not unit words, "chief" or "deputy" ("Chief Prosecutor").
_TITLES = RANKS - frozenset(
    "unit company battalion brigade regiment squad platoon chief deputy officer officers soldiers fighters commanders "
    "saint st father".split()
)
_QUOTES_OPEN = "\"“«„'‘"
_QUOTES_CLOSE = "\"”»“'’"


def _sentence_initial(doc: Any, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    return doc[i - 1].text in {".", "!", "?", '"', "“", "...", "…", "—"}


def _compound(doc: Any, i: int) -> tuple[int, int]:
    """Token range of the hyphenated word around token ``i`` ("Ulan-Ude", "Ust-Kamenka", "Aldar-ool")."""
    first = last = i
    while (
        last + 2 < len(doc)
        and doc[last].whitespace_ == ""
        and doc[last + 1].text == "-"
        and not doc[last + 1].whitespace_
        and doc[last + 2].is_alpha
    ):
        last += 2
    while (
        first - 2 >= 0
        and doc[first - 1].text == "-"
        and doc[first - 2].whitespace_ == ""
        and not doc[first - 1].whitespace_
        and doc[first - 2].is_alpha
    ):
        first -= 2
    return first, last


def _title(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _after_product(doc: Any, first: int) -> bool:
    """Whether the Title-case run just before token ``first`` holds a brand ("Skoda Octavia", "Toyota Land ...")."""
    from redact.recognizers.spacy_ner import PRODUCTS

    j = first - 1
    for _ in range(2):
        if j < 0 or not _title(doc[j].text) or not doc[j].whitespace_:
            return False
        if doc[j].lower_ in PRODUCTS:
            return True
        j -= 1
    return False


def _initial_at(doc: Any, i: int) -> bool:
    """An initial ("J." or "J") at token ``i``."""
    if i < 0 or i >= len(doc):
        return False
    word = doc[i].text
    return (len(word) == 1 and word.isupper()) or (len(word) == 2 and word[0].isupper() and word[1] == ".")


def _named_here(text: str, doc: Any, first: int, last: int) -> bool:
    """Whether a dictionary word is used as a name here: quoted, after a cue, beside a given name, title or initial,
    or a Russian truncated vocative of a given name ("Sash" for Sasha, "Dim" for Dima)."""
    from redact.recognizers.nlp.gazetteer import given_name_forms
    from redact.recognizers.spacy_ner import CLOSED_WORDS

    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if start > 0 and end < len(text) and text[start - 1] in _QUOTES_OPEN and text[end] in _QUOTES_CLOSE:
        return True
    if _NAME_CUE.search(text[max(0, start - 40) : start]):
        return True
    # A one-word utterance just after talk of a call sign is that call sign or its gloss ('my call sign now,
    # "Filin". Owl.' — 'MOTHER: Owl? Whatever for?').
    if first == last and _ONE_WORD_TURN.match(text, end) and _CUE_NEAR.search(text[max(0, start - 150) : start]):
        return True
    given = given_name_forms()
    lower = doc[first].lower_
    if lower + "a" in given or lower + "ya" in given:
        return True
    if first > 0:
        prev = doc[first - 1]
        key = prev.lower_.rstrip(".")
        if key in _TITLES or _initial_at(doc, first - 1) or (prev.text.endswith(".") and _initial_at(doc, first - 2)):
            return True
        if _title(prev.text) and key in given and key not in CLOSED_WORDS:
            return True
    if last + 1 < len(doc):
        nxt = doc[last + 1]
        if _initial_at(doc, last + 1):
            return True
        # Surname first, as registers write it: "Baker Olga" or "Baker Olga Ivanovna", not "Organiser Olga Popova".
        if _title(nxt.text) and nxt.lower_ in given and nxt.lower_ not in CLOSED_WORDS:
            after = doc[last + 2].text if last + 2 < len(doc) else ""
            return not _title(after) or _patronymic(after)
    return False


def _patronymic(word: str) -> bool:
    from redact.recognizers.nlp.gazetteer import given_name_forms

    m = _PATRONYMIC.search(word.lower())
    return bool(m) and word.lower()[: m.start()] in given_name_forms()


def _capital_explained(doc: Any, i: int) -> bool:
    """Whether a dictionary word's capital comes from its place, not from naming someone: the sentence start,
    a longer name of dictionary words ("Coordination Headquarters", "Ukrainian Railways", "The Navy"), a possessive
    before it ("Ukraine's Navy") or a noun it modifies ("Farewell ceremony"). A capitalised word alone mid-sentence
    ("Where's the Beard?", "tell him Orion wants him") is a call sign; so is one beside a place or a name
    ("the Zhytomyr Owls")."""
    from redact.recognizers.spacy_ner import CLOSED_WORDS, dictionary_word, is_demonym

    if _sentence_initial(doc, i) or (i > 0 and doc[i - 1].text in {":", "(", "[", "•", "*", "-", "–"}):
        return True
    if i > 0 and doc[i - 1].lower_ in {"'s", "’s"}:
        return True
    neighbours = [
        doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc) and _title(doc[j].text) and doc[min(i, j)].whitespace_
    ]
    if neighbours:
        return all(dictionary_word(t.text) or is_demonym(t.text) or t.lower_ in CLOSED_WORDS for t in neighbours)
    # "the Navy spokesman", "a Farewell ceremony": after an article, before a word that can only be a noun.
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ not in {"the", "a", "an"} or not doc[i + 1].is_lower:
        return False
    from redact.recognizers.spacy_ner import _lemma_index  # the English dictionary by part of speech

    index, nxt = _lemma_index(), doc[i + 1].lower_
    return nxt in index.get("noun", frozenset()) and not any(nxt in index.get(p, ()) for p in ("verb", "adj", "adv"))


def _place_adjective(word: str) -> bool:
    """An adjective made from a gazetteer place: "Crimean" (Crimea), "Bessarabian", "Kharkivian"."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    stems = [word[:-1]] if word.endswith(("ean", "ian")) else []
    if word.endswith("ian") and len(word) > 6:
        stems.append(word[:-3])
    places = place_gazetteer()
    return any(places.get(stem) for stem in stems)


def _place_entity(doc: Any, first: int, last: int) -> bool:
    """Whether the word is a town of the gazetteer and no given name ("Sumy", "Kramatorsk" without a preposition)."""
    from redact.recognizers.nlp.gazetteer import given_name_forms, place_gazetteer

    word = doc[first : last + 1].text
    if word.lower() in given_name_forms():
        return False
    # A town, city or region; a village shares its name with call signs and surnames too often ("Voron").
    return any(e.kind != "village" and "ambiguous" not in e.flags for e in place_gazetteer().get(word))


_DETERMINER_BEFORE = regex.compile(
    r"(?i:\b(?:the|a|an|this|that|our|my|your|his|her|their|its|one|every|each|no|some|any)\s+)$"
)
_WORD_AFTER = regex.compile(r"\s+(?:(?:also|then|just|already|never|still)\s+)?(\p{Ll}+)\b")
# A capitalised word mid-sentence right before: the nationality word ends a longer name ("BBC News Russian said",
# "Radio Liberty's Tatar-Bashkir Service"), it is nobody's nickname.
_NAME_BEFORE = regex.compile(r"(?<![.!?:;\n]\s*)(?<=\S\s+)(?:\p{Lu}[\p{L}'’.-]*)\s+$")


_ADDRESS_OPEN = regex.compile(r"(?:^|\n|[—–]\s*|^[^\n:]{1,24}:\s*|\n[^\n:]{1,24}:\s*)$")
_CAPITALISED = regex.compile(r"(?<![\w-])\p{Lu}\p{Ll}{3,}")


def _truncated_address(text: str, start: int, end: int) -> bool:
    """A short form opening a turn as an address ("Rus, are you there?") that cuts a given name the same text
    calls the person by ("Ruslanchik", "Ruslan"): the truncated vocative of chats."""
    word = text[start:end]
    if not (3 <= len(word) <= 5) or text[end : end + 1] not in {",", "!", "?"}:
        return False
    if not _ADDRESS_OPEN.search(text[max(0, start - 30) : start]):
        return False
    from redact.recognizers.nlp.gazetteer import given_name_forms

    names = given_name_forms()
    low = word.lower()
    for m in _CAPITALISED.finditer(text):
        longer = m.group().lower()
        if m.start() == start or not longer.startswith(low) or len(longer) < len(low) + 2:
            continue
        if any(longer[:k] in names for k in range(len(low) + 2, len(longer) + 1)):
            return True
    return False


def _is_demonym(word: str) -> bool:
    from redact.recognizers.spacy_ner import is_demonym

    return is_demonym(word)


def _bare_singular_subject(text: str, start: int, end: int) -> bool:
    """A singular nationality word with no article, the subject of a past-tense verb: English writes "the Chechen
    said", so "Chechen brought noodles" is someone called that (not after a capitalised word mid-sentence: "BBC News
    Russian said" ends an outlet's name)."""
    from redact.recognizers.spacy_ner import past_verb

    if text[start:end].endswith("s") or _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group().strip().casefold().rstrip(".") not in RANKS:
        return False  # "BBC News Russian said": the end of an outlet's name ("Sergeant Chechen said" is his name)
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and past_verb(nxt.group(1))


def _not_a_name(text: str, doc: Any, i: int, first: int, last: int) -> bool:
    """Things, nationalities, dictionary words and pairs of places the rank test lets through (module doc)."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer
    from redact.recognizers.spacy_ner import PRODUCTS, dictionary_word, is_demonym
    from redact.recognizers.surname import SURNAME_WORD

    words = [doc[j].text for j in range(first, last + 1, 2)]
    if any(w.lower() in PRODUCTS for w in words) or _after_product(doc, first):
        return True
    end = doc[last].idx + len(doc[last].text)
    if _DESIGNATION.match(text, end) or (last > first and len(doc[last].text) <= 2 and doc[last].text.isupper()):
        return True  # "Iskander-M", "Tor-M2"
    if last + 1 < len(doc) and doc[last + 1].lower_ in _HARDWARE and doc[last].whitespace_:
        return True
    if len(words) > 1:
        places = place_gazetteer()
        return all(places.get(w) for w in words)
    word = doc[i].text
    if is_demonym(word):
        return True
    if word.lower() in _PLACE_NOUNS and not _named_here(text, doc, first, last):
        return True  # "Kerch Strait", "the Alley of Heroes": a part of a place's name
    if dictionary_word(word) and not SURNAME_WORD.fullmatch(word) and _office_before_name(doc, first, last):
        return True  # "the head of the Republic Vladislav Khovalyg": the body a named person heads
    return (
        dictionary_word(word)
        and not SURNAME_WORD.fullmatch(word)
        and _capital_explained(doc, i)
        and not _named_here(text, doc, first, last)
    )


def _office_before_name(doc: Any, first: int, last: int) -> bool:
    """A dictionary word after "the" and before a given name and a surname is the office or body that person holds
    ("the head of the Republic Vladislav Khovalyg", "the Region Aisen Nikolaev"), not a second name."""
    from redact.recognizers.nlp.gazetteer import given_name_forms

    if first == 0 or doc[first - 1].lower_ != "the" or last + 2 >= len(doc):
        return False
    given, surname = doc[last + 1], doc[last + 2]
    return _title(given.text) and given.lower_ in given_name_forms() and _title(surname.text)


# Chat and messenger quotes are often all lower case ("tell dulma i'll call", "the new commander, orlov"): there a
# name has no capital to show it, only its cue. Words before a person's name (a verb of addressing, a kinship or
# rank noun, "it's"), and the prepositions before a place.
_LOWER_PERSON_CUES = frozenset(
    """
    tell ask call text message named called it's its is me brother sister friend uncle aunt wife husband son
    daughter mom mum mother dad father grandma granny grandpa babushka cousin nephew niece guy commander sergeant
    lieutenant captain major colonel private neighbour neighbor godfather
    """.split()
)
_LOWER_PLACE_CUES = frozenset("in from near to at outside around via".split())
# A line with no capital letter at all, long enough to be a message rather than a label.
_LOWER_LINE = regex.compile(r"(?m)^(?=[^\p{Lu}\n]*$)(?=(?:\S+\s+){3,})[^\n]+$")


def _lower_case_names(doc: Any, seen: set[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """PERSON and LOCATION in all-lower-case lines: a word the English vocabulary does not hold (or holds as rare,
    and is no dictionary word) right after a name cue or a place preposition."""
    lines = [(m.start(), m.end()) for m in _LOWER_LINE.finditer(doc.text)]
    if not lines:
        return []
    from redact.recognizers.nlp.gazetteer import place_gazetteer
    from redact.recognizers.spacy_ner import dictionary_word

    vocab = doc.vocab
    out: list[tuple[str, int, int]] = []
    for tok in doc:
        if tok.i == 0 or not tok.is_alpha or not tok.text.islower():
            continue
        first, last = _compound(doc, tok.i)
        if first != tok.i:
            continue  # the first part of a compound ("ust-kamenka") carries it
        parts = [t.text for t in doc[first : last + 1] if t.is_alpha]
        word = "-".join(parts)
        if len(word) < 4 or not any(lo <= tok.idx < hi for lo, hi in lines):
            continue
        if word in NOT_NAMES_HERE or word[:-1] in NOT_NAMES_HERE or is_not_name(word):
            continue
        # Every part known and frequent ("well-known", "long-range"), or a dictionary word: no name.
        if all((vocab[p].has_vector and vocab[p].rank <= RARE_RANK) or dictionary_word(p) or len(p) < 4 for p in parts):
            continue
        prev = doc[first - 1]
        cue = prev.lower_
        if cue in {",", "—", "-"} and first >= 2:
            cue = doc[first - 2].lower_  # "the new commander, orlov"
        if cue in _LOWER_PLACE_CUES and prev.lower_ == cue:
            title = "-".join(p.capitalize() for p in parts)
            if any(e.kind == "city" for e in place_gazetteer().get(title)):
                continue  # a city may be public ("in bryansk"): the place recognizers and the register decide
            entity = "LOCATION"
        elif cue in _LOWER_PERSON_CUES or cue in {"'s", "’s"}:
            entity = "PERSON"
        else:
            continue
        span = (doc[first].idx, doc[last].idx + len(doc[last].text))
        if span not in seen:
            seen.add(span)
            out.append((entity, *span))
    return out


class UnknownNameRecognizer(EntityRecognizer):
    """Title-case words unknown to the English vocabulary, as PERSON or (after "in/from") LOCATION."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["PERSON", "LOCATION", "CALL_SIGN"]
    SCORE: ClassVar[float] = 0.4

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES), supported_language=supported_language, name="UnknownNameRecognizer"
        )
        self.label = "UnknownNameRecognizer"

    def load(self) -> None:
        """Nothing to load: the vocabulary comes with the NLP artifacts."""
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every out-of-vocabulary Title-case word (hyphenated parts joined: "Ust-Kamenka")."""
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or not len(doc) or not doc.vocab.vectors.shape[0]:
            return []
        out: list[RecognizerResult] = []
        vocab = doc.vocab
        seen: set[tuple[int, int]] = set()
        for tok in doc:
            word = tok.text
            if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper():
                continue
            if not word[1:].islower():
                continue
            if _bare_singular_subject(text, tok.idx, tok.idx + len(word)) and _is_demonym(word):
                span = (tok.idx, tok.idx + len(word))
                seen.add(span)
                if "CALL_SIGN" in entities:
                    out.append(self._result("CALL_SIGN", *span))  # "Chechen brought noodles": a nickname
                continue
            if _truncated_address(text, tok.idx, tok.idx + len(word)):
                span = (tok.idx, tok.idx + len(word))
                seen.add(span)
                if "PERSON" in entities:
                    out.append(self._result("PERSON", *span))  # "Rus, are you there?" to a Ruslan of the same talk
                continue
            lower = word.lower()
            if lower in NOT_NAMES_HERE or lower[:-1] in NOT_NAMES_HERE or is_not_name(word):
                continue
            lexeme = vocab[lower]
            if lexeme.has_vector and lexeme.rank <= (RARE_RANK_INITIAL if _sentence_initial(doc, tok.i) else RARE_RANK):
                continue
            first, last = _compound(doc, tok.i)
            span = (doc[first].idx, doc[last].idx + len(doc[last].text))
            if span in seen:
                continue
            if _not_a_name(text, doc, tok.i, first, last):
                seen.add(span)
                continue
            seen.add(span)
            prev = doc[first - 1].lower_ if first > 0 else ""
            place = _place_entity(doc, first, last) or (first == last and _place_adjective(tok.text))
            entity = "LOCATION" if prev in _PLACE_PREPOSITIONS or place else "PERSON"
            if entity in entities:
                out.append(self._result(entity, *span))
        for entity, start, end in _lower_case_names(doc, seen):
            if entity in entities:
                out.append(self._result(entity, start, end))
        return out

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=self.SCORE,
            analysis_explanation=AnalysisExplanation(recognizer=self.label, original_score=self.SCORE),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
