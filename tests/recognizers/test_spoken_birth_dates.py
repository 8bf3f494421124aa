"""Dates and years of birth said in words (Q&A, interviews, a mother's account), and the shared alternation of a said
date.

- the answer after a name and a speaker's correction share one alternation of a said date (``_SAID_DATE``): folded from
  two copies in different orders, every match stays the same (random texts of the pieces, every tune-corpus text);
- a year or a day read aloud before its birth verb ("девяносто седьмого, первого сентября родился", "в дев'яносто
  п'ятому році народився", "in ninety-three, on the fourth of March, I was born");
- an English year read aloud after a full name with its patronymic, as an introduction gives it ("Kuzmin Vadim
  Sergeyevich. Ninety-three, fourth of March.");
- traps: years of events and of service read aloud, ages after a name, a birth verb with its own date.

Every sentence is invented.
"""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.recognizers import date_of_birth as dob
from redact.recognizers._cued import DEFAULT_FLAGS

# The two alternations as they were before the fold: the answer after a name (year words first) and the correction
# (a day read aloud first).
_ANSWER_BEFORE = (
    dob._EN_YEAR_WORDS
    + r"|(?:"
    + dob._ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?|"
    + dob.WORD_DATE
    + r"|"
    + dob.DATE
    + dob._YEAR_SUFFIX
    + r"|"
    + dob._YEAR
    + r"(?!\d)"
    + dob._YEAR_SUFFIX
)
_CORRECTED_BEFORE = (
    r"(?:"
    + dob.WORD_DATE
    + r"|"
    + dob.DATE
    + dob._YEAR_SUFFIX
    + r"|"
    + dob._YEAR
    + r"(?!\d)"
    + dob._YEAR_SUFFIX
    + r"|(?:"
    + dob._ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?|"
    + dob._EN_YEAR_WORDS
    + r")"
)
_PAIRS = [
    (regex.compile(r"(?:" + _ANSWER_BEFORE + r")", DEFAULT_FLAGS), regex.compile(dob._SAID_DATE, DEFAULT_FLAGS)),
    (regex.compile(_CORRECTED_BEFORE, regex.IGNORECASE | regex.VERSION1), dob._CORRECTED),
]
_PIECES = [
    "nineteen",
    " ninety",
    "-three",
    "nineteenth",
    " of ",
    "March",
    "the ",
    "fourth",
    "twenty-",
    "first",
    "two thousand",
    " and one",
    "девяносто",
    " седьмого",
    "дев'яносто",
    " шостого",
    " года",
    " року",
    "восьм",
    "идесятого",
    "первого",
    " сентября",
    "двадцать ",
    "третьего",
    " травня",
    "две тысячи",
    "тысяча девятьсот ",
    "1997",
    "14.03.1999",
    "1999-03-14",
    "-го",
    " г.",
    "2003",
    " ",
    ", ",
    "\n",
    "x",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _same(text: str) -> None:
    for before, after in _PAIRS:
        for start in range(len(text) + 1):
            old, new = before.match(text, start), after.match(text, start)
            assert (old and old.span()) == (new and new.span()), (before.pattern[:40], text, start)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS)
def test_said_date_fold_matches_what_both_orders_matched(text: str) -> None:
    _same(text)


def test_said_date_fold_examples() -> None:
    for text in [
        "девяносто седьмого года, первого сентября",
        "nineteen ninety-three, the fourth of March",
        "two thousand and one",
        "14.03.1999 года",
        "1997-го",
        "двадцать третьего мая девяносто первого года рождения",
    ]:
        _same(text)
        assert any(after.match(text) for _, after in _PAIRS)


def test_said_date_fold_on_the_tune_corpora() -> None:
    """Every tune-corpus text, at every line start and after every comma: the same match."""
    from redact.corpus import load_corpus

    files = sorted((Path(__file__).parents[1] / "corpus").glob("*.jsonl"))
    texts = [p.text for f in files for p in load_corpus(f)]
    assert len(texts) > 1000
    starts = regex.compile(r"(?:^|[,.?!—–-]\s*|\s)", regex.MULTILINE)
    for text in texts:
        for m in starts.finditer(text):
            for before, after in _PAIRS:
                old, new = before.match(text, m.end()), after.match(text, m.end())
                assert (old and old.span()) == (new and new.span())
