"""FieldPositionRecognizer: field positions by a code word in quotes or with a number, and numbered places."""

from __future__ import annotations

import pytest

from redact.recognizers.field_position import FieldPositionRecognizer
from tests.assertions import assert_not_found


def _spans(language: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in FieldPositionRecognizer(language).analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a quoted common noun after a preposition of place or movement, in any case form
        ("ru", "— Вы где? — Сидим на «Калине», ждём темноты.", "Калине"),
        ("ru", "Старшина сказал ползти до «Рябины», там подберут.", "Рябины"),
        ("ru", "Двое остались за «Бугром», вытащить не можем.", "Бугром"),
        ("uk", "Хлопці досі на «Горіху», звʼязку немає.", "Горіху"),
        # a position word before or after the name, whatever the name is
        ("ru", "Позицию «Лиса» сдали в четверг.", "Лиса"),
        ("uk", "Опорник «Каштан» тримали троє.", "Каштан"),
        ("en", 'The "Kalina" position came under drone attack at dawn.', "Kalina"),
        ("en", 'He was last heard from at position "Ryabina" on Monday.', "Ryabina"),
        # numbered names, quoted or not, and a pair of numerals
        ("ru", "Нас перекинули на «Лесок-5», там одни воронки.", "Лесок-5"),
        ("uk", "Добігли до «Ставка-3» лише двоє.", "Ставка-3"),
        ("ru", "Завтра опять на «Два-девять», сказал ротный.", "Два-девять"),
        ("en", "Copy, we are moving to Dubok-2 after dark.", "Dubok-2"),
        ("en", "The funeral was held outside Ozerki-3, a hamlet of forty houses.", "Ozerki-3"),
    ],
)
def test_positions_found(language: str, text: str, span: str) -> None:
    assert span in _spans(language, text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a call sign is animate, or used as one in the text
        ("ru", "Передай «Шаману», пусть выходит на «Грача».", "Грача"),
        ("ru", "«Туман»: понял.\n«Сокол»: выходи на «Туман», он рядом.", "Туман"),
        # vehicles, weapons, brands and organisations in quotes
        ("ru", "Его на «Ниве» увезли, а воду на «Буханке» подвезли.", "Ниве"),
        ("ru", "Над нами «Орлан-10» висит, по нам с «Ланцет-3» били.", "Орлан-10"),
        ("ru", "Отец работал на «Азовстали», потом на «Автодизеле».", "Азовстали"),
        ("en", "A Shahed-136 struck the depot; the crew flew a Mavic-3 near it.", "Mavic-3"),
        ("en", "They were sent to Leopard-2 training in Poland.", "Leopard-2"),
        # a quoted word with no preposition of place before it is no position
        ("ru", "Он читал «Правду» каждый день.", "Правду"),
    ],
)
def test_not_positions(language: str, text: str, word: str) -> None:
    assert_not_found(text, FieldPositionRecognizer(language).analyze(text, ["LOCATION"]), word)
