"""Phone numbers dictated in words: "eight nine one six, one two three, forty-five, sixty-seven",
"плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "вісім нуль п'ятдесят …".

Number words are read in groups as people dictate them (a hundreds word, then
tens, then units: "девятьсот шестнадцать" = 916, "forty-five" = 45; single
digits one by one; "double five" = 55; "восьмёрка" = 8), the digits are
joined and the result must be a valid number for Russia, Ukraine, Belarus or
Kazakhstan (or internationally after "plus"). word2number reads "nine one six"
as 15, hence the small hand-written maps. Known false positive: a dictated
string of digits that is not a phone (a card or unit number read aloud) but
forms a valid number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import phonenumbers
import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

__all__ = ["SpokenPhoneRecognizer", "spoken_digits", "WORDS"]

_DIGITS_EN = {
    "zero": 0,
    "oh": 0,
    "o": 0,
    "nought": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS_EN = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Russian and Ukrainian share many forms; ё is folded to е before look-up, apostrophes to '.
_DIGITS_RU_UK = {
    "ноль": 0,
    "нуль": 0,
    "нолик": 0,
    "нулик": 0,
    "один": 1,
    "одна": 1,
    "одно": 1,
    "одне": 1,
    "единица": 1,
    "единичка": 1,
    "два": 2,
    "две": 2,
    "дві": 2,
    "двойка": 2,
    "три": 3,
    "тройка": 3,
    "трійка": 3,
    "четыре": 4,
    "чотири": 4,
    "четверка": 4,
    "четвірка": 4,
    "пять": 5,
    "п'ять": 5,
    "пятерка": 5,
    "п'ятірка": 5,
    "шесть": 6,
    "шість": 6,
    "шестерка": 6,
    "шістка": 6,
    "семь": 7,
    "сім": 7,
    "семерка": 7,
    "сімка": 7,
    "восемь": 8,
    "вісім": 8,
    "восьмерка": 8,
    "вісімка": 8,
    "девять": 9,
    "дев'ять": 9,
    "девятка": 9,
    "дев'ятка": 9,
}
_TEENS_RU_UK = {
    "десять": 10,
    "одиннадцать": 11,
    "одинадцять": 11,
    "двенадцать": 12,
    "дванадцять": 12,
    "тринадцать": 13,
    "тринадцять": 13,
    "четырнадцать": 14,
    "чотирнадцять": 14,
    "пятнадцать": 15,
    "п'ятнадцять": 15,
    "шестнадцать": 16,
    "шістнадцять": 16,
    "семнадцать": 17,
    "сімнадцять": 17,
    "восемнадцать": 18,
    "вісімнадцять": 18,
    "девятнадцать": 19,
    "дев'ятнадцять": 19,
}
_TENS_RU_UK = {
    "двадцать": 20,
    "двадцять": 20,
    "тридцать": 30,
    "тридцять": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "п'ятдесят": 50,
    "шестьдесят": 60,
    "шістдесят": 60,
    "семьдесят": 70,
    "сімдесят": 70,
    "восемьдесят": 80,
    "вісімдесят": 80,
    "девяносто": 90,
    "дев'яносто": 90,
}
_HUNDREDS_RU_UK = {
    "сто": 100,
    "двести": 200,
    "двісті": 200,
    "триста": 300,
    "четыреста": 400,
    "чотириста": 400,
    "пятьсот": 500,
    "п'ятсот": 500,
    "шестьсот": 600,
    "шістсот": 600,
    "семьсот": 700,
    "сімсот": 700,
    "восемьсот": 800,
    "вісімсот": 800,
    "девятьсот": 900,
    "дев'ятсот": 900,
}
_REPEAT = {"double": 2, "triple": 3}
_PLUS = frozenset({"plus", "плюс"})

# word -> (kind, value): d digit, t teen, x tens, h hundreds, m "hundred" multiplier, r repeat, p plus
WORDS: dict[str, tuple[str, int]] = {
    **{w: ("d", v) for w, v in {**_DIGITS_EN, **_DIGITS_RU_UK}.items()},
    **{w: ("t", v) for w, v in {**_TEENS_EN, **_TEENS_RU_UK}.items()},
    **{w: ("x", v) for w, v in {**_TENS_EN, **_TENS_RU_UK}.items()},
    **{w: ("h", v) for w, v in _HUNDREDS_RU_UK.items()},
    "hundred": ("m", 100),
    **{w: ("r", v) for w, v in _REPEAT.items()},
    **{w: ("p", 0) for w in _PLUS},
}

_TOKEN = regex.compile(r"[\p{L}'’ʼ]+|\d+")
# What may stand between two dictated groups: spaces, commas, hyphens, dots, dashes.
_GLUE = regex.compile(r"[\s,.;:\-–—]*")
_MAX_TOKENS = 40


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    kind: str
    value: int
    raw: str
    comma_before: bool


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _runs(text: str, min_len: int = 3) -> list[list[_Tok]]:
    """Maximal runs of number words and digit groups separated only by glue."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if raw.isdigit():
            kind, value = "n", 0
        else:
            entry = WORDS.get(_fold(raw))
            if entry is None:
                if cur:
                    runs.append(cur)
                cur = []
                continue
            kind, value = entry
        gap = text[prev_end : m.start()] if cur else ""
        if cur and not _GLUE.fullmatch(gap):
            runs.append(cur)
            cur = []
            gap = ""
        cur.append(_Tok(m.start(), m.end(), kind, value, raw, "," in gap or "." in gap))
        prev_end = m.end()
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) >= min_len]


def spoken_digits(tokens: list[_Tok]) -> str | None:
    """The digits a run of dictated groups spells, or None if the run is not a well-formed dictation."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t.kind == "p":
            if i != 0:
                return None
            out.append("+")
            i += 1
        elif t.kind == "n":
            out.append(t.raw)
            i += 1
        elif t.kind == "r":
            if i + 1 < n and tokens[i + 1].kind == "d":
                out.append(str(tokens[i + 1].value) * t.value)
                i += 2
            else:
                return None
        elif t.kind == "d" and i + 1 < n and tokens[i + 1].kind == "m":
            i = _group(tokens, i + 2, t.value * 100, out)
        elif t.kind == "m":
            i = _group(tokens, i + 1, 100, out)
        elif t.kind == "h":
            i = _group(tokens, i + 1, t.value, out)
        elif t.kind == "x":
            value = t.value
            i += 1
            if i < n and tokens[i].kind == "d" and tokens[i].value and not tokens[i].comma_before:
                value += tokens[i].value
                i += 1
            out.append(f"{value:02d}")
        elif t.kind == "t":
            out.append(str(t.value))
            i += 1
        else:  # single digit
            out.append(str(t.value))
            i += 1
    return "".join(out)


def _group(tokens: list[_Tok], i: int, value: int, out: list[str]) -> int:
    """Read the tens and units after a hundreds word ("девятьсот шестнадцать", "one hundred twenty three")."""
    n = len(tokens)
    if i < n and tokens[i].kind in ("t",) and not tokens[i].comma_before:
        value += tokens[i].value
        i += 1
    elif i < n and tokens[i].kind == "x" and not tokens[i].comma_before:
        value += tokens[i].value
        i += 1
        if i < n and tokens[i].kind == "d" and tokens[i].value and not tokens[i].comma_before:
            value += tokens[i].value
            i += 1
    elif i < n and tokens[i].kind == "d" and tokens[i].value and not tokens[i].comma_before:
        value += tokens[i].value
        i += 1
    out.append(f"{value:03d}")
    return i


REGIONS = ("RU", "UA", "BY", "KZ")
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
        for run in _runs(text):
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
