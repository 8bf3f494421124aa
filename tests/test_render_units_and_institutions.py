"""Default-policy replacements of units and institutions an editor would otherwise repair by hand, by class.

- a unit's quoted name before the unit's noun goes with the unit ("the «Smolensk» assault battalion" → "an assault
  battalion"), never "the [name withheld] an assault battalion"; a unit's abbreviation or compound says its kind
  ("разведвзвод" → "[взводе]", "2nd MSB" → "a motor rifle battalion");
- a place of worship keeps its kind (мечеть, синагога, a mosque, a Buddhist temple);
- an institution an appositive describes withholds only its name ("at [name withheld], a school for...");
- Russian and Ukrainian labels take the case their slot governs (окончил [школу], уроженец [населённого пункта]);
- English labels take the article and capital of their slot ("the so-called local council", "— A military unit").

Findings are marked by hand ({TYPE|text}) so what is tested is the rendering (the ``render`` fixture of
``tests/conftest.py``). Every private name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (
            "He serves in the «{LOCATION|Smolensk}» {MILITARY_UNIT|assault battalion of the 144th division}, he says.",
            "He serves in an assault battalion, he says.",
        ),
        (
            'He joined the "{MILITARY_UNIT|Kaskad}" {MILITARY_UNIT|battalion of the 70th regiment} in May.',
            "He joined a regiment in May.",  # the label names the largest unit,
        ),
    ],
)
def test_a_quoted_unit_name_goes_with_the_unit(render, marked: str, want: str) -> None:
    assert render(marked, "en") == want


@pytest.mark.parametrize(
    ("marked", "lang", "want"),
    [
        # the label is read as its words: "во взводе", as the language says it
        ("Юлий служил в {MILITARY_UNIT|разведвзводе}, потом в штабе.", "ru", "служил во [взводе]"),
        ("Він служив у {MILITARY_UNIT|медроті} три роки.", "uk", "у [роті]"),
        ("матрос Ігор, {MILITARY_UNIT|36 ОБрМП}, с. Городище.", "uk", "[бригада]"),
        ("He served in {MILITARY_UNIT|2nd MSB} near Avdiivka.", "en", "in a motor rifle battalion near"),
    ],
)
def test_a_unit_abbreviation_or_compound_says_its_kind(render, marked: str, lang: str, want: str) -> None:
    out = render(marked, lang)
    assert want in out, out


@pytest.mark.parametrize(
    ("marked", "lang", "want"),
    [
        ("Прощание прошло у {ORGANIZATION|мечети на ул. Гагарина}.", "ru", "у [мечети]"),
        ("Отпевание прошло в {ORGANIZATION|синагоге на ул. Ленина}.", "ru", "в [синагоге]"),
        ("Мама в {ORGANIZATION|мечеть в Аксубаево} ходила.", "ru", "в [мечеть]"),
        ("Прощання відбулося біля {ORGANIZATION|мечеті на вулиці Шевченка}.", "uk", "біля [мечеті]"),
        ("Отпевание прошло в {ORGANIZATION|храме Покрова}.", "ru", "в [храме]"),
        ("The funeral was held at the {ORGANIZATION|Kizilyurt Central Mosque}.", "en", "at a mosque"),
        ("He was buried from the {ORGANIZATION|Ivolginsky datsan}.", "en", "from a Buddhist temple"),
        # a church stays a church
        ("Отпевание — в {ORGANIZATION|церкви Святого Николая}.", "ru", "в [церкви]"),
    ],
)
def test_a_place_of_worship_keeps_its_kind(render, marked: str, lang: str, want: str) -> None:
    out = render(marked, lang)
    assert want in out, out


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (
            "He repaired tractors at {ORGANIZATION|TOV «Dibrova-Agro»}, the farming company that employs half of us.",
            "He repaired tractors at [name withheld], the farming company that employs",
        ),
        ("He taught at {ORGANIZATION|Lyceum No. 5}, a school for gifted children.", "at [name withheld], a school for"),
        # no appositive: the label says what it is
        ("He repaired tractors at {ORGANIZATION|TOV «Dibrova-Agro»} for years.", "at a company for years"),
        ("He worked at {ORGANIZATION|TOV «Dibrova-Agro»}, then left.", "at a company, then left"),
    ],
)
def test_an_institution_described_by_an_appositive_withholds_its_name(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert want in out, out


@pytest.mark.parametrize(
    ("marked", "lang", "want"),
    [
        ("Окончил {ORGANIZATION|МБОУ «Белогорская СОШ»} в 2019 г.", "ru", "Окончил [школу]"),
        ("Закінчив {ORGANIZATION|Кіцманський ліцей № 1}, працював у полі.", "uk", "Закінчив [школу]"),
        ("Уроженец {LOCATION|Великих Лук}, он служил в полку.", "ru", "Уроженец [населённого пункта]"),
        # a subject after its verb stays a nominative
        ("Об этом сообщила {ORGANIZATION|администрация Аркадакского района}.", "ru", "сообщила [местная"),
    ],
)
def test_a_label_takes_the_case_its_slot_governs(render, marked: str, lang: str, want: str) -> None:
    out = render(marked, lang)
    assert want in out, out


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (
            "He was head of the so-called {ORGANIZATION|Ternova Balka village administration} in 2022.",
            "He was head of the so-called local council in 2022.",
        ),
        (
            "They met in the premises of the former {ORGANIZATION|Ternova Balka starosta office}.",
            "They met in the premises of the former local council.",
        ),
        ("— Which unit?\n— {MILITARY_UNIT|Military unit 41611}, the second battalion.", "— A military unit,"),
        ("He served in {MILITARY_UNIT|military unit 41611}, {MILITARY_UNIT|2nd MSB}.", "a motor rifle battalion"),
    ],
)
def test_english_articles_and_capitals(render, marked: str, want: str) -> None:
    out = render(marked, "en")
    assert want in out, out
