"""A village written before its republic ("с. Кижинга Республіки Бурятія") is one word: the region's own noun is
never the second word of the village's name, so the replacement keeps the region readable ("з с. [назву приховано]
Республіки Бурятія", not "[назву приховано] Бурятія"). Villages are invented or public places."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_location import RuLocationRecognizer


@pytest.mark.parametrize(
    ("lang", "text", "village"),
    [
        ("uk", "Чоловік родом з с. Кедрівка Республіки Бурятія.", "Кедрівка"),
        ("ru", "Уроженец с. Кедровка Республики Башкортостан погиб.", "Кедровка"),
        ("uk", "Проживав у с. Соснівка Республіки Татарстан.", "Соснівка"),
        ("ru", "Он из д. Сосновка Области Войска Донского.", "Сосновка"),
    ],
)
def test_the_region_noun_is_not_part_of_the_village(lang: str, text: str, village: str) -> None:
    found = [text[r.start : r.end] for r in RuLocationRecognizer(lang).analyze(text, ["LOCATION"])]
    assert village in found
    assert not [f for f in found if f.startswith(village + " ")]


@pytest.mark.parametrize(
    ("lang", "text", "village"),
    [("uk", "Жив у селі Нова Ушиця.", "Нова Ушиця"), ("ru", "Жил в селе Сосновый Лог.", "Сосновый Лог")],
)
def test_two_word_villages_stay_whole(lang: str, text: str, village: str) -> None:
    found = [text[r.start : r.end] for r in RuLocationRecognizer(lang).analyze(text, ["LOCATION"])]
    assert village in found
