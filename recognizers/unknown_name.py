"""Foreign proper nouns in English text: Title-case words the English model has never seen.

In an English translation of a Russian or Ukrainian call, a capitalised word
whose lower-case form is missing from the English pipeline's vocabulary (no
vector among its ~500k keys; capitalised keys are not consulted because the
table holds many foreign names too) or is rare there (vector rank beyond
:data:`RARE_RANK`; rows are ordered by frequency) is almost always a transliterated
name, call sign or place: "Starik", "Kuznets", "Choduraa", "Yurga". Gazetteers
cannot list them all; this recognizer is the safety net. It reports LOCATION
after a place preposition ("in Yurga", "from Chita") and PERSON otherwise,
at a low score, so the specific recognizers' types win in overlaps.
Known false positive: transliterated hardware and brand names ("Kamaz",
"Geran"); the common ones are listed in :data:`NOT_NAMES_HERE`.
Runs on English only (the Russian and Ukrainian pipelines have no vectors).
"""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.recognizers._names import is_not_name

__all__ = ["UnknownNameRecognizer", "NOT_NAMES_HERE"]

# Transliterated words that are capitalised in translations but name things, not people or places.
NOT_NAMES_HERE = frozenset(
    """
    thuraya iridium inmarsat himars geran shahed lancet kamaz uaz bukhanka buhanka niva zhiguli gazel msta
    krasnopol bayraktar starlink kyivstar ukraini ukrayini geroyam belarusian kazakh chechen georgian
    dagestani ossetian ingush tuvan buryat yakutian mon tue wed thu fri sat sun airborne greetings
    tinkoff sber sberbank gosuslugi vkontakte odnoklassniki avito ozon wildberries yandex mts megafon beeline
    tele2 rosgvardia rosgvardiya voenkomat svo zsu vsu tro dnr lnr dpr lpr gruz cargo ppd lbs szch
    """.split()
)
# Vector rows are ordered by frequency: a capitalised word ranked below this is rare in English and,
# capitalised mid-sentence, a proper noun ("Orion", "Beso"); sentence-initial words need to be rarer still.
RARE_RANK = 10_000
RARE_RANK_INITIAL = 15_000
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "to", "at", "outside", "around", "towards", "toward", "via"})


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


class UnknownNameRecognizer(EntityRecognizer):
    """Title-case words unknown to the English vocabulary, as PERSON or (after "in/from") LOCATION."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["PERSON", "LOCATION"]
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
            seen.add(span)
            prev = doc[first - 1].lower_ if first > 0 else ""
            entity = "LOCATION" if prev in _PLACE_PREPOSITIONS else "PERSON"
            if entity in entities:
                out.append(self._result(entity, *span))
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
