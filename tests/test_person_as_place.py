"""A person said with a name that is also a place, and places written with mixed scripts (class s15b-resolve).

1. A surname or given name that the gazetteer also lists as a settlement is a person when the grammar says so: the
   subject of a verb of a person's doing ("Morozov sent everyone", "Борисов приехал"), a name called out ("Morozov,
   bring ..."), or a name after a kinship or role word ("brother Morozov", "командир Борисов"). A place cue governing
   it ("to Morozov", "под Борисовом", "Borisov district") keeps the place, and a public city said for its government
   ("Kyiv said") stays as written.
2. A word mixing Latin and Cyrillic lookalike letters ("Часів Яp" with a Latin p, "Кyрск" with a Latin y) is looked up
   in its own script; the text written out keeps the letters as they were. A Latin abbreviation glued to a Cyrillic
   word ("IT-компания", "SIM-карта") is no mix.

Every sentence is invented; private names are invented, public places are real.
"""

from __future__ import annotations

import pytest

from redact.documents import Document, Segment
from redact.recognizers.nlp.morph import fold_script
from redact.recognizers.nlp.places import is_known_place, listed_place


def _types(redactor, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Types of the spans the redactor withholds over ``word`` in ``text``."""
    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    i = text.index(word)
    return [s.entity_type for s in redactor.find(doc, None).spans if s.start < i + len(word) and i < s.end]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Morozov sent everyone to the trench after midnight.", "Morozov"),  # subject of a person's verb
        ("At dawn Morozov then called his mother from the dugout.", "Morozov"),  # an adverb between
        ("Morozov, bring the water here.", "Morozov"),  # called out, then spoken to
        ("My brother Morozov is still at the position.", "Morozov"),  # after a kinship word
        ("Борисов приехал вчера с позиций.", "Борисов"),  # nominative before a verb of a person's doing
        ("Командир Борисов уже приехал на точку.", "Борисов"),  # after a role word
        ("Борисов сказав, що все буде добре.", "Борисов"),  # a Ukrainian past form: gender, no number
        ("And tell Morozov from the second platoon he owes me.", "Morozov"),  # after a verb of speaking to someone
        ("Call her, her Morozov is here with me too.", "Morozov"),  # after a possessive
        ("Наш Борисов уже приехал домой.", "Борисов"),  # after a possessive, before a verb
        ("Hello? It's Morozov, from the battery.", "Morozov"),  # introducing oneself
        ("Listen, Morozov, my contract ends in May.", "Morozov"),  # called out after a call word
        ("— Уходим, — сказал Борисов и встал.", "Борисов"),  # the speaker after a verb of speech
        ("'We are leaving,' said Morozov.", "Morozov"),  # the speaker after the quote
    ],
)
def test_a_name_said_as_a_person_is_a_person(redactor, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(redactor, text, word) == ["PERSON"], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We went to Morozov yesterday with the drones.", "Morozov"),  # a preposition of place governs it
        ("They shelled a village called Morozov at night.", "Morozov"),  # named as a village
        ("Officials said Morozov was shelled overnight.", "Morozov"),  # the subject of a reported clause
        ("Жінки з Лиманова та Борисова пишуть, що шукають своїх.", "Борисова"),  # a list of places
        ("Morozov, a village of three hundred people, lost power again.", "Morozov"),  # an apposition, no call
        ("Моя мама живёт в Борисове, приехал к ней.", "Борисов"),  # в + locative: the town, a home
    ],
)
def test_a_place_cue_keeps_the_place(redactor, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(redactor, text, word) == ["LOCATION"], text


def test_a_word_of_the_language_before_a_verb_form_is_no_name(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "Intercepted calls obtained by the desk show how the unit was moved."
    assert _types(redactor, text, "Intercepted") == []


def test_a_public_city_said_for_its_government_is_no_person(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv said the talks had failed again."
    assert _types(redactor, text, "Kyiv") == []


# --- mixed scripts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Яp", "Яр"),  # a Latin p in a Cyrillic word
        ("Кyрск", "Курск"),  # a Latin y
        ("Xарків", "Харків"),  # a Latin capital X
        ("Kуiv", "Kyiv"),  # a Cyrillic у in a Latin word
        ("IT-компания", "IT-компания"),  # an abbreviation glued by a hyphen: each part in one script
        ("SIM-карта", "SIM-карта"),
        ("COVID-19", "COVID-19"),
        ("ТОВ", "ТОВ"),
    ],
)
def test_fold_script(written: str, read: str) -> None:
    assert fold_script(written) == read
    assert len(fold_script(written)) == len(written)  # one character for one: offsets hold


def test_a_mixed_script_place_is_found_in_the_gazetteer() -> None:
    assert is_known_place("Кyрск", "ru")
    assert listed_place("Xарків")
    assert not listed_place("IT-компания")


def test_a_public_place_with_a_lookalike_letter_stays_as_written(withhold) -> None:  # type: ignore[no-untyped-def]
    from tests.assertions import output_of

    text = "Бої тривають під Часів Яp, кажуть у штабі."
    out = output_of(withhold, text, "uk")
    assert "Часів Яp" in out  # kept, with the Latin p the writer typed
    text_ru = "Кyрск обстреляли ночью, говорят в новостях."
    assert "Кyрск" in output_of(withhold, text_ru, "ru")


def test_a_latin_abbreviation_in_cyrillic_text_stays(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "Он работал в IT-компания, потом купил SIM-карта на рынке."
    assert _types(redactor, text, "IT-компания") == []
    assert _types(redactor, text, "SIM-карта") == []
