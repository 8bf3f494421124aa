"""Default-policy replacements of places an editor would otherwise repair by hand, by class of form.

- a place whose region the text itself writes beside it ("from Torzhok in Tver Oblast", "из Торжка Тверской
  области") or describes in an appositive ("Roslavl, a town in Smolensk Oblast") is not located again by its
  label: the text's words say it once;
- a city used as an attribute ("Smolensk soldier's call", a headline's "Lipovka residents") takes an attribute, not
  a phrase;
- a numbered place ("Pustoshka-2") goes whole; a transliterated kind abbreviation ("s.", "smt.") stays and the name
  goes.

Findings are marked by hand ({TYPE|text}) so what is tested is the rendering (the ``render`` fixture of
``tests/conftest.py``). Every private name is invented; public places (Tver Oblast, Torzhok, Roslavl) are real.
"""

from __future__ import annotations

import pytest
import regex


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        ("He is from {LOCATION|Torzhok} in Tver Oblast, a driver.", "He is from a town in Tver Oblast, a driver."),
        ("Born in {LOCATION|Torzhok}, Tver Oblast, in 1990.", "Born in a town in Tver Oblast, in 1990."),
        ("The sergeant came from {LOCATION|Nyurba} in Yakutia.", "The sergeant came from a village in Yakutia."),
        ("A native of {LOCATION|Roslavl}, Smolensk region, he enlisted.", "A native of a town in Smolensk region, he"),
        ("He was mobilised from {LOCATION|Engels} (Saratov region).", "He was mobilised from a city (Saratov region)."),
        # an appositive that says what the place is: the name alone goes, the text's description stays
        (
            "He talks to a friend back home in {LOCATION|Roslavl}, a town in Smolensk Oblast.",
            "He talks to a friend back home in [name withheld], a town in Smolensk Oblast.",
        ),
        (
            "He grew up in {LOCATION|Kyzyl-Mazhalyg}, a village of yurt-shaped houses in Tuva.",
            "He grew up in [name withheld], a village of yurt-shaped houses in Tuva.",
        ),
    ],
)
def test_an_english_place_is_not_located_twice(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert out.startswith(want), out


def test_an_english_place_with_no_region_beside_it_is_still_located(render) -> None:
    out = render("He is from {LOCATION|Torzhok}, a driver of a tank regiment.", "en")
    assert "a town in the Tver Oblast" in out, out


@pytest.mark.parametrize(
    ("marked", "lang", "want", "never"),
    [
        ("Сержант, уроженец {LOCATION|Торжка} Тверской области, погиб.", "ru", "уроженец [города] Тверской", ","),
        ("Он родился в г. {LOCATION|Торжке} Тверской области.", "ru", "в г. [название скрыто] Тверской", ","),
        ("Він родом з м. {LOCATION|Ізяслав} Хмельницької області.", "uk", "з м. [назву приховано] Хмельницької", ","),
        ("Уродженець {LOCATION|Ізяслава} Хмельницької області служив.", "uk", "Уродженець [міста] Хмельницької", ","),
    ],
)
def test_a_cyrillic_place_before_its_region_in_the_genitive_drops_the_region(
    render, marked: str, lang: str, want: str, never: str
) -> None:
    out = render(marked, lang)
    assert want in out, out
    assert not regex.search(r"\[[^\]]*область", out), out


def test_a_cyrillic_place_with_no_region_beside_it_keeps_its_label(render) -> None:
    out = render("Сержант, уроженец {LOCATION|Торжка}, погиб.", "ru")
    assert "[города, Тверская область]" in out, out


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        ("'My wife wants the money': {LOCATION|Smolensk} soldier's call shows", "'My wife wants the money': a Russian"),
        ("The {LOCATION|Roslavl} family buried him on Monday.", "The Smolensk Oblast family buried him"),
    ],
)
def test_an_attributive_place_is_an_attribute(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert out.startswith(want), out
    assert "city in Russia soldier" not in out, out


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        ("{LOCATION|Lipovka} residents voted on Sunday.", "residents voted on Sunday."),
        ("{LOCATION|Torzhok} soldier says the bonus is gone", "A Tver Oblast soldier says"),
        # a preposition before it: a place, no attribute
        ("He moved to {LOCATION|Torzhok} soldiers' quarters.", "He moved to a town in the Tver Oblast"),
    ],
)
def test_a_headline_place_before_people_is_an_attribute(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert want in out and not regex.match(r"an? \p{L}+ (?:\p{L}+ )?residents", out, regex.I), out


@pytest.mark.parametrize(
    "marked",
    [
        "He is from the village of {LOCATION|Pustoshka}-2 in Pskov Oblast.",
        "He lived in {LOCATION|Bogashevo}-2 before the war.",
        "Он жил в посёлке {LOCATION|Пустошка}-2 до войны.",
    ],
)
def test_a_numeric_suffix_of_a_place_goes_with_it(render, marked: str) -> None:
    out = render(marked, "ru" if regex.search(r"[а-я]", marked) else "en")
    assert not regex.search(r"[\])]-\d", out) and "-2" not in out, out


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (
            "registered at: {LOCATION|vul. Sadova, 17}, s. {LOCATION|Ternova Balka}, RNOKPP",
            "s. [name withheld], RNOKPP",
        ),
        ("He lived in smt. {LOCATION|Kalynivka} until 2022.", "in smt. [name withheld] until"),
    ],
)
def test_a_transliterated_kind_abbreviation_stays_and_the_name_goes(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert want in out, out
