"""Phone numbers dictated in words: "eight nine one six, one two three, forty-five, sixty-seven",
"плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "вісім нуль п'ятдесят …".

Number words are read (``recognizers/nlp/numbers.py``) in groups as people dictate them (a hundreds word, then
tens, then units: "девятьсот шестнадцать" = 916, "forty-five" = 45; single
digits one by one; "double five" = 55; "восьмёрка" = 8), the digits are
joined and the result must be a valid number for Russia, Ukraine, Belarus or
Kazakhstan (or internationally after "plus"). word2number reads "nine one six"
as 15, hence the small hand-written maps. Known false positive: a dictated
string of digits that is not a phone (a card or unit number read aloud) but
forms a valid number.

People misdictate and transcribers mishear: a number read out after a phone word ("запиши номер", "write down
her number", "набери", "дзвони на") is withheld even when its digits are one short or phonenumbers calls them
invalid, so long as it reads as a dictation of seven to thirteen digits (a lower score says so).
"""

from __future__ import annotations

from typing import Any, ClassVar

import phonenumbers
import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from redact.recognizers.nlp.numbers import number_runs, spoken_digits

__all__ = ["SpokenPhoneRecognizer"]

REGIONS = ("RU", "UA", "BY", "KZ")
_MAX_TOKENS = 40  # longest run of number words read as one dictated number
_NAME = "SpokenPhoneRecognizer"
_CUE_SCORE = 0.55
_CUE_REACH = 80  # characters before a run searched for a phone word
# A phone word, in any case form: the number is being asked for, given or dialled.
_CUE = regex.compile(
    r"(?i)(?<!\p{L})(?:phone|number|mobile|cell|dial|call\s+(?:me|him|her|them)\s+(?:at|on)|write\s+(?:it\s+)?down"
    r"|телефон|тел\.|номер|мобил|мобіл|сотов|набер|набир|звон|дзвон|запиш|цифр)"
)


def _counting(digits: str) -> bool:
    """Counting aloud ("one two three … ten") or one digit over and over is not a number being dictated."""
    bare = digits.lstrip("+")
    # Nine digits in counting order: dictated numbers such as 8 916 123-45-67 hold shorter runs.
    return any(run in bare for run in ("012345678", "123456789", "987654321", "876543210")) or len(set(bare)) <= 2


def _valid(digits: str) -> bool:
    candidates: list[tuple[str, str | None]]
    if digits.startswith("+"):
        candidates = [(digits, None)]
    elif digits.startswith("80") and len(digits) == 11:
        # The old "8 0XX" trunk form: Belarus today, Ukraine before 2009.
        candidates = [("+375" + digits[2:], None), ("+380" + digits[2:], None)]
    else:
        candidates = [(digits, r) for r in REGIONS] + [("+" + digits, None)]
    for number, region in candidates:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
    return False


class SpokenPhoneRecognizer(LocalRecognizer):
    """Phone numbers read out in English, Russian or Ukrainian words, checked with phonenumbers.

    Known false positive: a card or unit number read aloud that also forms a valid phone number.
    """

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES: ClassVar[list[str]] = ["PHONE_NUMBER"]
    SCORE = 0.7

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=_NAME,
        )

    def load(self) -> None:
        """Nothing to load: the word maps are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Find dictated numbers: the longest valid window of each run of number words."""
        results: list[RecognizerResult] = []
        for run in number_runs(text):
            run = run[:_MAX_TOKENS]
            cued = _CUE.search(text, max(0, run[0].start - _CUE_REACH), run[0].start) is not None
            i = 0
            while i < len(run):
                found = None
                for j in range(len(run), i + 2, -1):
                    window = run[i:j]
                    if not any(t.kind not in ("n", "p") for t in window):
                        continue  # plain digits are the other phone recognizers' job
                    digits = spoken_digits(window)
                    if digits is None or _counting(digits):
                        continue
                    size = len(digits.lstrip("+"))
                    if 10 <= size <= 13 and _valid(digits):
                        found = (window, j, self.SCORE)
                        break
                    if cued and i == 0 and 7 <= size <= 13:
                        found = (window, j, _CUE_SCORE)
                        break
                if found is None:
                    i += 1
                    continue
                window, i, score = found
                results.append(self._result(window[0].start, window[-1].end, score))
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        why = "dictated phone number" if score == self.SCORE else "number dictated after a phone word"
        return RecognizerResult(
            entity_type="PHONE_NUMBER",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=_NAME, original_score=score, textual_explanation=why),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: _NAME,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
