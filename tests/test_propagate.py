"""Document-level propagation: a name found once is found everywhere in the document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redact.propagate import RECOGNIZER, name_tokens, propagate, register_variants, variants
from redact.resolve import Finding


def find(text: str, surface: str, entity: str = "PERSON", score: float = 0.85) -> Finding:
    start = text.index(surface)
    return Finding(start, start + len(surface), entity, score, "Test")


def surfaces(text: str, findings: list[Finding]) -> list[tuple[str, str]]:
    return sorted((text[f.start : f.end], f.entity_type) for f in findings if f.recognizer == RECOGNIZER)


def test_full_name_spreads_to_bare_surname_given_name_caps_and_possessive() -> None:
    text = "Sergei Volkov called. Later Volkov's wife said VOLKOV and Sergei were fine."
    out = propagate(text, [find(text, "Sergei Volkov")], "en")
    assert surfaces(text, out) == [("Sergei", "PERSON"), ("VOLKOV", "PERSON"), ("Volkov", "PERSON")]
    new = [f for f in out if f.recognizer == RECOGNIZER]
    assert all(f.score == 0.8 for f in new)


def test_call_sign_keeps_its_type_and_floor_applies() -> None:
    text = 'call sign "Grom". Grom says hi. Tell Grom.'
    out = propagate(text, [find(text, "Grom", "CALL_SIGN", 0.4)], "en", floor=lambda _e: 0.38)
    assert surfaces(text, out) == [("Grom", "CALL_SIGN"), ("Grom", "CALL_SIGN")]
    assert {f.score for f in out if f.recognizer == RECOGNIZER} == {0.38}


def test_numbered_station_spreads_with_its_number() -> None:
    text = 'the call sign "Sokol-3" asked for fire. Later Sokol-3 went quiet; Sokol answered.'
    out = propagate(text, [find(text, "Sokol-3", "CALL_SIGN")], "en")
    assert surfaces(text, out) == [("Sokol", "CALL_SIGN"), ("Sokol-3", "CALL_SIGN")]


def test_display_name_with_its_town_spreads_whole() -> None:
    text = "Nadia from Kursk 10:40\nhello\n\nwrite to Nadia from Kursk, she knows"
    out = propagate(text, [find(text, "Nadia from Kursk")], "en")
    assert ("Nadia from Kursk", "PERSON") in surfaces(text, out)


def test_short_common_kinship_and_rank_tokens_do_not_spread() -> None:
    text = "Private Ivan Li and Mom. Later: Private, Mom, Li, the commander."
    findings = [find(text, "Private Ivan Li"), find(text, "Mom")]
    assert surfaces(text, propagate(text, findings, "en")) == []
    assert name_tokens("Uncle Sergeant the Ivan Li's") == ["Ivan"]


def test_words_of_an_identifier_do_not_spread() -> None:
    # spaCy can read a label such as <MILITARY_UNIT> as a PERSON; its words are not names.
    text = "Send it to <MILITARY_UNIT>, for Petrov. MOTHER: Military unit... Petrov2 again."
    findings = [find(text, "MILITARY_UNIT"), find(text, "Petrov")]
    assert name_tokens("MILITARY_UNIT Petrov2 Ivan") == ["Ivan"]
    assert surfaces(text, propagate(text, findings, "en")) == []


def test_other_entity_types_do_not_spread_and_word_boundaries_hold() -> None:
    text = "From Kedrovka. Kedrovka again. Ivanovka and Ivanov."
    last = text.rindex("Ivanov")
    findings = [find(text, "Kedrovka", "LOCATION"), Finding(last, last + 6, "PERSON", 0.85, "Test")]
    assert surfaces(text, propagate(text, findings, "en")) == []


def test_allow_list_is_respected() -> None:
    text = "Vladimir Putin spoke. Putin again."
    out = propagate(text, [find(text, "Vladimir Putin")], "en", allowed=lambda s, _e: s == "Putin")
    assert surfaces(text, out) == []


def test_language_variants_hook() -> None:
    register_variants("xx", lambda tok: {tok, tok + "a", tok + "u"})
    try:
        assert variants("Andrey", "xx") == {"Andrey", "Andreya", "Andreyu"}
        text = "Andrey here. Tell Andreyu."
        assert surfaces(text, propagate(text, [find(text, "Andrey")], "xx")) == [("Andreyu", "PERSON")]
    finally:
        from redact import propagate as module

        module._VARIANTS.pop("xx", None)


# --- numbers read back ------------------------------------------------------------------------------------

from redact.propagate import propagate_numbers  # noqa: E402


def _surfaces(text: str, found: list[Finding], entity: str) -> list[str]:
    return sorted(text[f.start : f.end] for f in found if f.entity_type == entity)


def _seed(text: str, surface: str, entity: str) -> list[Finding]:
    i = text.index(surface)
    return [Finding(i, i + len(surface), entity, 0.9, "Seed")]


def test_unit_number_read_back_in_words_and_digits() -> None:
    text = "Send it to military unit 71348. MOTHER: Military unit... seven, one, three, four, eight. Yes, 71348."
    out = propagate_numbers(text, _seed(text, "military unit 71348", "MILITARY_UNIT"))
    assert _surfaces(text, out, "MILITARY_UNIT") == ["71348", "military unit 71348", "seven, one, three, four, eight"]


def test_russian_and_ukrainian_read_backs() -> None:
    ru = "Пиши: в/ч 64217. МАТЬ: Шестьдесят четыре двести семнадцать. А старая часть?"
    found_ru = propagate_numbers(ru, _seed(ru, "в/ч 64217", "MILITARY_UNIT"))
    assert "Шестьдесят четыре двести семнадцать" in _surfaces(ru, found_ru, "MILITARY_UNIT")
    uk = "Пиши: військова частина А4917. ОКСАНА: А4917. Записала."
    found_uk = propagate_numbers(uk, _seed(uk, "військова частина А4917", "MILITARY_UNIT"))
    assert _surfaces(uk, found_uk, "MILITARY_UNIT") == [
        "А4917",
        "військова частина А4917",
    ]


def test_partial_phone_read_back() -> None:
    text = "call my old one, it ends in 41-19. MOTHER: Forty-one nineteen. I'll remember."
    out = propagate_numbers(text, _seed(text, "41-19", "PHONE_NUMBER"))
    assert _surfaces(text, out, "PHONE_NUMBER") == ["41-19", "Forty-one nineteen"]


def test_three_digit_unit_needs_an_ordinal_ending() -> None:
    text = "They put us in the 611th Motor Rifle Regiment. The 611th moved. It cost 611 roubles."
    out = propagate_numbers(text, _seed(text, "611th Motor Rifle Regiment", "MILITARY_UNIT"))
    assert _surfaces(text, out, "MILITARY_UNIT") == ["611th", "611th Motor Rifle Regiment"]


def test_other_numbers_are_left_alone() -> None:
    text = "Military unit 71348. Two 300s today, cargo 200, seven hundred metres, 7134 steps."
    out = propagate_numbers(text, _seed(text, "Military unit 71348", "MILITARY_UNIT"))
    assert len(out) == 1


_FORMS = ["Ivan", "Ivana", "Ivanov", "Van", "Иван", "Ивана", "О'Нил", "Ян"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_FORMS),
            st.sampled_from([" ", "_", "-", "7", "a", "ё", "\u0301", "Ⅻ", "²", ".", "\n", "'"]),
            st.characters(),
        ),
        max_size=30,
    ),
    st.lists(st.sampled_from(_FORMS), min_size=1, unique=True),
)
def test_whole_words_finds_what_the_alternation_regex_finds(parts: list[str], forms: list[str]) -> None:
    import regex

    from redact.propagate import whole_words

    text = "".join(parts)
    ordered = sorted(forms, key=len, reverse=True)
    alternation = "|".join(regex.escape(f) for f in ordered)
    pattern = regex.compile(r"(?<![\p{L}\p{N}_])(?:" + alternation + r")(?![\p{L}\p{N}_])")
    assert whole_words(text, forms) == [m.span() for m in pattern.finditer(text)]


def test_whole_words_reads_letters_by_the_regex_modules_unicode_tables() -> None:
    from redact.propagate import whole_words

    # U+31350 is a CJK letter in the regex module's tables but unassigned in Python 3.11's unicodedata:
    # "Ivan" glued to it is inside a longer word, as the regex path says (found by hypothesis above).
    assert whole_words("Ivan\U00031350", ["Ivan"]) == []
    assert whole_words("Ivan \U00031350", ["Ivan"]) == [(0, 4)]
