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
"""

from __future__ import annotations

from typing import Any, ClassVar

import phonenumbers
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from redact.recognizers.nlp.numbers import number_runs, spoken_digits

__all__ = ["SpokenPhoneRecognizer"]

REGIONS = ("RU", "UA", "BY", "KZ")
_MAX_TOKENS = 40  # longest run of number words read as one dictated number
_NAME = "SpokenPhoneRecognizer"


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
            i = 0
            while i < len(run):
                found = None
                for j in range(len(run), i + 2, -1):
                    window = run[i:j]
                    if not any(t.kind not in ("n", "p") for t in window):
                        continue  # plain digits are the other phone recognizers' job
                    digits = spoken_digits(window)
                    if digits is None or not 10 <= len(digits.lstrip("+")) <= 13:
                        continue
                    if not _counting(digits) and _valid(digits):
                        found = (window, j)
                        break
                if found is None:
                    i += 1
                    continue
                window, i = found
                results.append(self._result(window[0].start, window[-1].end))
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PHONE_NUMBER",
            start=start,
            end=end,
            score=self.SCORE,
            analysis_explanation=AnalysisExplanation(
                recognizer=_NAME, original_score=self.SCORE, textual_explanation="dictated phone number"
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: _NAME,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
