"""find_forms finds exactly what the whole-word alternation regex finds (the recognizers' case-form search)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.recognizers.nlp.gazetteer import find_forms

# Letters, a combining accent (a \w mark), digits, underscore, hyphen, apostrophes, spaces and punctuation.
_ALPHABET = "АаБбяЯ-'’ _1\u0301.,\n"
_texts = st.text(alphabet=_ALPHABET, max_size=60)
_forms = st.sets(st.text(alphabet=_ALPHABET, max_size=5), max_size=6)


def _by_regex(text: str, forms: set[str]) -> list[tuple[int, int]]:
    alternation = "|".join(map(regex.escape, sorted(forms, key=len, reverse=True)))
    return [m.span() for m in regex.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])").finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_texts, _forms)
def test_the_same_spans_as_the_alternation(text: str, forms: set[str]) -> None:
    # Forms are also taken from the text itself, so that most examples hold matches.
    forms |= {text[i : i + n] for i, n in ((0, 3), (len(text) // 2, 4)) if text[i : i + n]}
    assert find_forms(text, forms) == _by_regex(text, forms)


def test_longest_form_wins_and_a_hyphenated_word_is_not_split() -> None:
    text = "Петренко-Сидоренко, Петренка и Петренко пишут: Петренко_1, Петренкову"
    spans = find_forms(text, {"Петренко", "Петренка", "Петренков"})
    assert [text[s:e] for s, e in spans] == ["Петренка", "Петренко"]
    assert find_forms(text, {"Иванов"}) == []
