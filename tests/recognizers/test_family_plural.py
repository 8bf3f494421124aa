"""FamilyPluralRecognizer: a household named by its surname in the plural, in every case ("Мищенки", "у Петровых",
"з Гончаренками", "the Kuzmins"); common plurals, words after a preposition of place and English words stay.
Every sentence is invented."""

from __future__ import annotations

import pytest

from redact.recognizers.family_plural import FamilyPluralRecognizer
from tests.assertions import assert_found, assert_not_found


def _found(lang: str, text: str) -> list:
    return FamilyPluralRecognizer(lang).analyze(text, ["PERSON"])


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Ж: Дізналась. Гайденки з Польової, у них син у ЗСУ.", "Гайденки"),
        ("uk", "Ми вчора сиділи з Гончаренками до ночі.", "Гончаренками"),
        ("ru", "Соседи сказали, что Тарасенки уехали ещё в марте.", "Тарасенки"),
        ("ru", "Надо, чтобы Букреевы написали в Красный Крест.", "Букреевы"),
        ("ru", "Вечером зайди к Жигаловым, они ждут.", "Жигаловым"),
        ("ru", "У Мартыновых сын пропал под Бахмутом.", "Мартыновых"),
        ("ru", "Мы с Корчагиными договорились.", "Корчагиными"),
        ("en", "The Zhigalovs next door heard everything.", "Zhigalovs"),
        ("en", "he told the Tarasenkos to leave", "Tarasenkos"),
    ],
)
def test_family_plurals(lang: str, text: str, surface: str) -> None:
    assert_found(text, _found(lang, text), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # common plurals with a surname's ending
        ("ru", "Головы полетят, сказал он.", "Головы"),
        ("ru", "Новых приказов не было.", "Новых"),
        ("ru", "Оценки у сына хорошие.", "Оценки"),
        ("ru", "Коленки сбиты в кровь.", "Коленки"),
        ("ru", "Готовы выдвигаться?", "Готовы"),
        # a village named after a family, after a preposition of place
        ("uk", "Ми жили в Мищенках до війни.", "Мищенках"),
        ("ru", "Колонна шла из Коваленков на север.", "Коваленков"),
        # English words and peoples
        ("en", "The Robins and the Bolsheviks.", "Robins"),
        ("en", "The Muslims of the town prayed.", "Muslims"),
    ],
)
def test_no_family_plurals(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _found(lang, text), surface)
