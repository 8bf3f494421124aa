"""Ukrainian public places as regional news writes them (issue 14, release 15): the forms of a district or hromada
named after its centre, a district right after its settlement, districts coordinated under one noun, the munitions
an attack is told by, and a chronicle line of strikes. Each form is kept as a place of events under the default
policy; a home, a residence and a line without the fighting stay withheld. Sentences are invented; the places are
real, the people are not.
"""

from __future__ import annotations

import pytest

from redact.front import alternate_centres, front_kind
from redact.pipeline import Redactor
from redact.public import REGISTER_DIR, PublicSpec, load_front_regions
from tests.assertions import kept_by_register, touched

REGIONS = load_front_regions(REGISTER_DIR / "default.yaml")


def _kept(text: str, word: str, language: str = "uk", entity: str = "LOCATION") -> bool:
    return kept_by_register(text, word, language, entity, spec=PublicSpec())


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("Марганецькій громаді", "area"),  # -ецьк- ← -ець: Марганець
        ("Шосткинському районі", "area"),  # -инськ- ← -а: Шостка
        ("Великобурлуцьку громаду", "area"),  # a compound of two words, ц ← к: Велика Бурлука
        ("Малоданилівської громади", "area"),  # Мала Данилівка
        ("Старосалтівській громаді", "area"),  # Старий Салтів
        ("Нижньосірогозької громади", "area"),  # Нижні Сірогози
        ("Куп'янському та Чугуївському районах", "area"),  # two districts under one plural noun
        ("Богодухівського, Харківського, Ізюмського та Куп'янського районів", "area"),
        # a district is named after its town (Богодухів), not after a village elsewhere sharing a derived name
        ("Богодухівського району", "area"),
        ("Глухівській та Краснопільській громадах", "area"),
        # negatives: a hromada of a region with no front, and a list with one district elsewhere
        ("Жовківській громаді", None),
        ("Бахмутському і Жовківському районах", None),
        ("Великоберезнянській громаді", None),  # Великий Березний, Zakarpattia
    ],
)
def test_front_kind_of_ukrainian_area_forms(surface: str, kind: str | None) -> None:
    assert front_kind(surface, "uk", REGIONS) == kind


def test_alternate_centres_are_only_for_cyrillic_adjectives() -> None:
    assert "Велика Бурлука" in alternate_centres("Великобурлуцька")
    assert "Марганець" in alternate_centres("Марганецький")
    assert alternate_centres("Kupianskyi") == []
    assert alternate_centres("Марганець") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a hromada named after a town of two words, struck
        ("Ворог знову обстрілював Великобурлуцьку громаду, пошкоджено склад і два будинки.", "Великобурлуцьку громаду"),
        ("Цілив ворог і по Марганецькій громаді, людей не зачепило.", "Марганецькій громаді"),
        ("Рятувальники ліквідували пожежу в Шосткинському районі після атаки дронів.", "Шосткинському районі"),
        # a district in the genitive right after the settlement it locates, no kind word
        ("Вранці ворог атакував Оріхів та Гуляйполе Пологівського району.", "Пологівського району"),
        # districts coordinated under one noun
        (
            "За добу ворог обстріляв 19 населених пунктів у Куп'янському та Чугуївському районах області.",
            "Куп'янському та Чугуївському районах",
        ),
        # the munitions an attack is told by
        ("Окупанти вдарили касетними боєприпасами по смт Мала Данилівка в Харківському районі.", "Мала Данилівка"),
        ("Окупанти вдарили касетними боєприпасами по смт Мала Данилівка в Харківському районі.", "Харківському районі"),
        # a chronicle line: a time, the settlement, a word of the fighting after the comma
        ("08:20-12:00 м. Нікополь, обстріли, пошкоджено 27 приватних будинків.", "Нікополь"),
        ("12:05 с. Антонівка Херсонського району, артобстріл, без постраждалих.", "Антонівка"),
        ("12:05 с. Антонівка Херсонського району, артобстріл, без постраждалих.", "Херсонського району"),
        # between two places: the stretch of road or front the strike or fighting was on
        ("Дрон уразив вантажівку, що їхала дорогою між селами Сварків та Заруцьке Глухівської громади.", "Заруцьке"),
        ("Дрон уразив вантажівку, що їхала дорогою між селами Сварків та Заруцьке Глухівської громади.", "Сварків"),
        ("Важкі бої тривають між Кліщіївкою та Андріївкою.", "Кліщіївкою"),
    ],
)
def test_ukrainian_place_forms_of_events_are_kept(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # home beats size: a native or a resident of the settlement, and so its district
        ("Уродженець Гуляйполя Пологівського району, він пішов на фронт у 2022 році.", "Пологівського району"),
        ("Жителька Малоданилівської громади Олена Пасічна отримала нове житло.", "Малоданилівської громади"),
        # a hromada with no fighting named: anyone's
        ("Його сестра працює бухгалтеркою у Великобурлуцькій громаді.", "Великобурлуцькій громаді"),
        # a chronicle line with no word of the fighting
        ("09:10 с. Антонівка, прибирання території після зимових свят.", "Антонівка"),
        # between two villages with no fighting: a commute, anyone's
        ("Він щодня возив хліб між селами Сварків та Заруцьке.", "Заруцьке"),
        # a district of a town with no fighting after it
        ("Він виріс у Гуляйполі Пологівського району, там живе його мати.", "Пологівського району"),
    ],
)
def test_ukrainian_place_forms_at_home_or_without_events_are_withheld(text: str, word: str) -> None:
    assert not _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word", "withheld"),
    [
        ("Протягом дня ворог обстріляв Марганецьку громаду з важкої артилерії.", "Марганецьку громаду", False),
        ("Ворог атакував Оріхів та Гуляйполе Пологівського району.", "Пологівського району", False),
        ("Петро Гнатів родом із Великобурлуцької громади, служив навідником.", "Великобурлуцької громади", True),
    ],
)
def test_end_to_end_under_withhold_identities(text: str, word: str, withheld: bool, redactor: Redactor) -> None:
    assert touched(text, word, "uk", redactor) is withheld


@pytest.mark.parametrize(
    ("text", "word", "withheld"),
    [
        # a live blog's entry opens its line after the time stamp: a title there is no surname
        ("Ворог атакував Запоріжжя.\n\n12:05 — Голова Запорізької ОВА повідомив про удар по місту.", "Голова", False),
        ("09:40 Голова громади закликав жителів залишатися в укриттях.", "Голова", False),
        # a private person's name after the time stamp is still a name
        ("12:05 — Тарасові Гнатюку, мешканцю Запоріжжя, оголосили підозру.", "Тарасові Гнатюку", True),
    ],
)
def test_a_line_opening_after_a_time_stamp(text: str, word: str, withheld: bool, redactor: Redactor) -> None:
    assert touched(text, word, "uk", redactor) is withheld
