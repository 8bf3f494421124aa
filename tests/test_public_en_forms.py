"""English public mentions the default policy keeps by their form, and the private ones beside them (issue 14).

Each case is an invented English sentence of one form the English tune sets showed replaced: a national body's
regional directorate whose noun a recognizer took alone ("the SBU |Directorate| in the Cherkasy region"), the places
drones or missiles were launched from ("launched overnight from Kursk, Oryol and Primorsko-Akhtarsk"), the scene of an
occupation crime with its district ("in the occupied village of X, Pokrovsk district"), a refinery or airfield in
the sentence of a strike, a register region with its noun in the plural ("the Volga regions"), a river,
estuary or reservoir named by its noun ("the Inhulets River", "the river Vovcha"). Every private name and village is
invented; the public places are real.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a national body's regional directorate, the noun found alone
        (
            "The operation was carried out by the SBU Directorate in the Cherkasy region under procedural guidance.",
            "Directorate",
        ),
        ("The detention was carried out by the SBU Directorate in Donetsk Oblast.", "Directorate"),
        # places drones or missiles were launched from: alone, in a list, by direction, with a region in brackets
        (
            "The Air Force says 47 of 61 drones launched overnight from Kursk and Primorsko-Akhtarsk were shot down.",
            "Primorsko-Akhtarsk",
        ),
        (
            "It shot down 61 of 87 drones launched overnight from Kursk, Oryol and Primorsko-Akhtarsk.",
            "Primorsko-Akhtarsk",
        ),
        ("Russia attacked with 40 Shaheds from the directions of Millerovo, Yeysk and Kursk.", "Yeysk"),
        ("Russia attacked with 40 Shaheds from the directions of Millerovo, Yeysk and Kursk.", "Millerovo"),
        # the scene of an occupation crime with its district after a comma, as a verdict locates it
        (
            "Prosecutors served a notice of suspicion to an officer who ordered the ill-treatment of civilians in the "
            "occupied village of Novoselivka Persha, Pokrovsk district, in the spring of 2022.",
            "Persha",
        ),
        (
            "Prosecutors served a notice of suspicion to an officer who ordered the ill-treatment of civilians in the "
            "occupied village of Novoselivka Persha, Pokrovsk district, in the spring of 2022.",
            "Pokrovsk district",
        ),
        # the accused's presence there in 2022, a soldier by his call sign in the sentence
        (
            "In May 2022, in the village of Pokrovske, Bekov and his subordinate with the call sign «Zubr» detained a "
            "58-year-old local man.",
            "Pokrovske",
        ),
        # a refinery, oil depot or airfield named in the sentence of a strike
        ("Ukrainian drones hit Yaroslavl refinery for the second time this month", "Yaroslavl refinery"),
        (
            "Debris from a downed drone fell on the territory of the Slavneft-YANOS refinery overnight.",
            "Slavneft-YANOS",
        ),
        # a register region named with its noun in the plural
        ("Signing bonuses in the Volga regions rose fivefold in eighteen months.", "Volga"),
        # a power plant a recognizer stopped before its noun, after "Russian-occupied"
        (
            "He was sowing wheat across the river from the Russian-occupied Zaporizhzhia Nuclear Power Plant.",
            "Zaporizhzhia",
        ),
        # a named formation beside Wagner, and the same name before a plural unit noun: the kind, not one unit
        ("From Wagner to Storm-V: how Russia's convict recruitment changed", "Storm-V"),
        ('The ministry formed "Storm-Z" assault companies attached to regular regiments.', "Storm-Z"),
        # the town of a garrison's prosecutor, and the prosecutor acting in office with his rank
        (
            "Judge Orlov D. A., with court secretary Zimina E. S., assistant military prosecutor of the Kolomna "
            "garrison Captain of Justice Rybchenko I. O., defender Pankova M. V.",
            "Kolomna",
        ),
        (
            "Judge Orlov D. A., with court secretary Zimina E. S., assistant military prosecutor of the Kolomna "
            "garrison Captain of Justice Rybchenko I. O., defender Pankova M. V.",
            "Rybchenko",
        ),
        # a town where a man did his army service, named once and no home in its clause
        ("He studied at a boarding school, served in the army in Pechenga and then herded reindeer.", "Pechenga"),
        # the occupiers' prison of prisoners of war, a register place of the war
        ("Many of them spent two years in the Olenivka colony and in detention centres in Mordovia.", "Olenivka"),
        # a river, estuary or reservoir by its noun
        ("Russian troops tried to cross the Inhulets River near the bridge.", "Inhulets"),
        ("Two boats were hit on the river Vovcha overnight.", "Vovcha"),
        ("Shelling hit the shore of the Dniester estuary overnight, the regional administration said.", "Dniester"),
    ],
)
def test_public_by_form_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(text, word, "en", redactor)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a town named as someone's home, whatever drones the sentence has
        ("Ivan Dudko, 34, born in Primorsko-Akhtarsk, launched drones from a field near Kursk.", "Primorsko-Akhtarsk"),
        ("He launched his business from Prymorske after the drones stopped.", "Prymorske"),
        # a village and its district as someone's home or address, whatever the occupation
        (
            "Ivan Dudko, a resident of the occupied village of Novoselivka Persha, Pokrovsk district, was detained.",
            "Novoselivka Persha",
        ),
        ("Ivan Dudko, Novoselivka Persha, Pokrovsk district, phone 0671234567.", "Pokrovsk district"),
        # a directorate of no national body: a local office
        ("She worked at the Zarichne village council's Education Directorate in Dubrivka.", "Dubrivka"),
        # a refinery as someone's workplace, a sugar refinery, a call sign that shares a region's name
        ("He worked as a fitter at the Kremenchuk oil refinery until the drone strike.", "Kremenchuk oil refinery"),
        ("He worked as a driver at the Smila sugar refinery before the attack.", "Smila sugar refinery"),
        ("Volga, over. Volga, do you hear me?", "Volga"),
        # the court's secretary and the defender beside the prosecutor; a town of service that is also the home
        (
            "Judge Orlov D. A., with court secretary Zimina E. S., assistant military prosecutor of the Kolomna "
            "garrison Captain of Justice Rybchenko I. O., defender Pankova M. V.",
            "Zimina",
        ),
        ("He was born in Pechenga and served in the army in Pechenga.", "Pechenga"),
        # the same name as one soldier's own company
        ("Near Robotyne. Storm-V, the fourth company. Listen, did they pay you?", "Storm-V"),
        # the village of the same name, said with no war around it
        ("The bus drove through Olenivka on its way to the market.", "Olenivka"),
        # a street named after a river is an address
        ("The family lived at 12 Richkova Street in Dubrivka.", "Dubrivka"),
    ],
)
def test_private_details_beside_these_forms_are_withheld(redactor: Redactor, text: str, word: str) -> None:
    assert touched(text, word, "en", redactor)
