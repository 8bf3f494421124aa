"""Numbers read aloud, in English, Russian and Ukrainian: the reader shared by the spoken-phone recognizer
and redact's read-back propagation (``redact/propagate.py``), so that both agree on what a run of number
words spells.

Number words are read in groups as people dictate them (a hundreds word, then tens, then units:
"девятьсот шестнадцать" = 916, "forty-five" = 45; single digits one by one; "double five" = 55;
"восьмёрка" = 8). word2number reads "nine one six" as 15, hence the small hand-written maps.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

__all__ = ["DOB_MARKER_ABBREVIATION", "DOB_MARKER_WORD", "NumberToken", "WORDS", "number_runs", "spoken_digits"]

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


@dataclass(frozen=True)
class NumberToken:
    """One number word or digit group: where it is, its kind (d t x h m r p n) and value."""

    start: int
    end: int
    kind: str
    value: int
    raw: str
    comma_before: bool


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def number_runs(text: str, min_len: int = 3) -> list[list[NumberToken]]:
    """Maximal runs of number words and digit groups separated only by glue."""
    runs: list[list[NumberToken]] = []
    cur: list[NumberToken] = []
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
        cur.append(NumberToken(m.start(), m.end(), kind, value, raw, "," in gap or "." in gap))
        prev_end = m.end()
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) >= min_len]


def spoken_digits(tokens: list[NumberToken]) -> str | None:
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


def _group(tokens: list[NumberToken], i: int, value: int, out: list[str]) -> int:
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


# Ordinal stems, Russian and Ukrainian ("второго", "другого", "девяностого", "двохтисячного") and English: a year
# or a day read aloud ends in an ordinal. Longest stems first; a stem needs an ending after it.
_ORDINALS_RU_UK: dict[str, int] = {
    "двухтысячн": 2000,
    "двохтисячн": 2000,
    "двотисячн": 2000,
    "тысячн": 1000,
    "тисячн": 1000,
    "одиннадцат": 11,
    "одинадцят": 11,
    "двенадцат": 12,
    "дванадцят": 12,
    "тринадцат": 13,
    "тринадцят": 13,
    "четырнадцат": 14,
    "чотирнадцят": 14,
    "пятнадцат": 15,
    "п'ятнадцят": 15,
    "шестнадцат": 16,
    "шістнадцят": 16,
    "семнадцат": 17,
    "сімнадцят": 17,
    "восемнадцат": 18,
    "вісімнадцят": 18,
    "девятнадцат": 19,
    "дев'ятнадцят": 19,
    "двадцат": 20,
    "двадцят": 20,
    "тридцат": 30,
    "тридцят": 30,
    "сороков": 40,
    "пятидесят": 50,
    "п'ятдесят": 50,
    "шестидесят": 60,
    "шістдесят": 60,
    "семидесят": 70,
    "сімдесят": 70,
    "восьмидесят": 80,
    "вісімдесят": 80,
    "девяност": 90,
    "дев'яност": 90,
    "перв": 1,
    "перш": 1,
    "втор": 2,
    "друг": 2,
    "трет": 3,
    "четверт": 4,
    "пят": 5,
    "п'ят": 5,
    "шест": 6,
    "шост": 6,
    "седьм": 7,
    "сьом": 7,
    "восьм": 8,
    "девят": 9,
    "дев'ят": 9,
    "десят": 10,
}
_ORDINALS_EN: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_THOUSAND = frozenset({"тысяча", "тысячи", "тысяч", "тисяча", "тисячі", "тисяч", "thousand"})
_ORD_STEMS = sorted(_ORDINALS_RU_UK, key=len, reverse=True)
_MONTH_WORD = regex.compile(
    r"(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|январ|феврал|март|апрел|ма[яйе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав"
    r"|черв|лип|серп|верес|жовт|листопад|груд)"
)


# The compact English markers a date of birth's span takes in ("born 1996", "DOB 11.06.1985", "b. 1990" in a list):
# recognizers/date_of_birth.py finds them before a date, redact/fit/english.py writes them back before a replacement.
DOB_MARKER_WORD = r"(?i:born|DOB|D\.O\.B\.?)"
DOB_MARKER_ABBREVIATION = r"b\."


@functools.lru_cache(maxsize=65_536)
def ordinal_value(word: str) -> int | None:
    """The number an ordinal word names ("четырнадцатого" 14, "шостого" 6, "eleventh" 11), else None."""
    w = _fold(word)
    if w in _ORDINALS_EN:
        return _ORDINALS_EN[w]
    for stem in _ORD_STEMS:
        if w.startswith(stem) and 1 <= len(w) - len(stem) <= 4:
            return _ORDINALS_RU_UK[stem]
    return None


def spoken_year(text: str) -> int | None:
    """The year a phrase read aloud names, after its month if it has one, or None.

    "четырнадцатого марта девяносто второго" 1992, "восемьдесят восьмого" 1988, "тысяча девятьсот
    восьмидесятого" 1980, "двухтысячного" 2000, "дві тисячі третього" 2003, "nineteen ninety-two" 1992.
    A two-digit year above 30 is in the 1900s, else the 2000s; with no month before it, a number up to 31 is
    a day ("двадцять шостого"), not a year.
    """
    words = [w for w in regex.findall(r"[\p{L}'’ʼ]+", text)]
    months = [i for i, w in enumerate(words) if _MONTH_WORD.match(_fold(w))]
    if months:
        words = words[months[-1] + 1 :]
    total = cur = 0
    seen = False
    century: int | None = None
    for raw in words:
        w = _fold(raw)
        entry = WORDS.get(w)
        if w in _THOUSAND:
            total += (cur or 1) * 1000
            cur, seen = 0, True
        elif w == "hundred":
            cur = (cur or 1) * 100
            seen = True
        elif entry is not None and entry[0] in "dtxh":
            # "nineteen ninety": a teen or "twenty" then tens is a century and a year of it.
            if entry[0] == "x" and cur in (19, 20) and not total and century is None:
                century, cur = cur, 0
            cur += entry[1]
            seen = True
        elif w in ("and", "oh", "o") and seen:
            continue
        else:
            value = ordinal_value(w)
            if value is None:
                if seen:
                    break
                continue
            if value >= 1000:
                total += value
            else:
                cur += value
            seen = True
    if not seen:
        return None
    year = total + cur + (century * 100 if century else 0)
    if year <= 31 and not months:
        return None  # "двадцять шостого", "twenty-second": a day of the month, not a year
    if year < 100:
        year += 1900 if year > 30 else 2000
    return year if 1900 <= year <= 2030 else None
