"""The word lists several modules share are each derived from one table: what each module derives stays what it
used before the tables (a refactoring that changed no output), and a new row reaches every module that uses it.

When you add a form on purpose (a street type, a rank, an abbreviation), add it to the expected set here too: the
point is that each module's list changes only when its table does.
"""

from __future__ import annotations

import regex

from redact.recognizers import organization
from redact.recognizers.street_address import institution_streets


def _forms(alternation: str) -> set[str]:
    """The literal forms of a ``(?:a|b|c)`` alternation of escaped words."""
    assert alternation.startswith("(?:") and alternation.endswith(")")
    return {regex.sub(r"\\(.)", r"\1", a) for a in alternation[3:-1].split("|")}


# The street types of the institution grammar before they came from recognizers/data/street_types.tsv.
STREET_ANY = set(
    """ул. улице улица вул. вулиці пр. пр-те проспекте просп. проспекті пер. переулке провулку пл. площади площі б-ре
    бульваре бульварі ш. шоссе шосе наб. набережной набережній мкр. микрорайоне мікрорайоні""".split()
)
STREET_TAIL = set("вул. вулиці ул. улице пров. провулку пер. переулке".split())


def test_institution_streets_are_the_table_columns_as_they_were() -> None:
    on, by = institution_streets()
    assert _forms(on) == STREET_ANY
    assert _forms(by) == STREET_TAIL


def test_institution_street_forms_match_in_order_free_alternations() -> None:
    # No form is the start of another, so the order the table lists them in cannot change a match.
    for forms in (STREET_ANY, STREET_TAIL):
        assert not [(a, b) for a in forms for b in forms if a != b and b.startswith(a)]


def test_every_table_form_is_taken_after_an_institution() -> None:
    for form in sorted(STREET_ANY):
        assert organization._STREET_ANY.match(f" на {form} Кедровой", 0) is not None, form
    for form in sorted(STREET_TAIL):
        assert organization._STREET_TAIL.match(f" на {form} Кедровой", 0) is not None, form
    assert organization._STREET_TAIL.match(" на пр. Кедровой", 0) is None  # by_street has no avenue
    assert organization._STREET_ANY.match(" на пров. Кедровому", 0) is None  # on_street has no "пров."
