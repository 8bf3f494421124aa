"""Language per paragraph, and the ru/uk pipeline end to end (domain-identifiers §8 Russian, №21 Ukrainian)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.documents import Document, Segment
from redact.language import language_runs

_MARK = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)\)")


def _doc(text: str) -> Document:
    return Document("mem.txt", "txt", text, (Segment(0, len(text), "text"),), source={"bom": False})


def _parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, pos, length = [], [], 0, 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1)), m.group(2)))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


MIXED = (
    "Translator's note: the soldier speaks to his mother, we quote the original.\n"
    "«Мам, это Серёжа, я сейчас в Кедровке, передай Андрею, что живой.»\n"
    "OK\n"
    "\n"
    "Мамо, я живий, все добре. Передай Миколі, що я дзвонив з Тернопільщини.\n"
    "\n"
    "He then hangs up; the call lasted two minutes.\n"
)


def test_runs_split_a_mixed_file() -> None:
    runs = language_runs(MIXED)
    assert [lang for _, _, lang in runs] == ["en", "ru", "uk", "en"]
    assert "OK" in MIXED[runs[1][0] : runs[1][1]]  # a short line stays with its neighbours


def test_single_language_is_one_run() -> None:
    text = "Мам, это Серёжа.\nЗвоню с телефона Лёхи.\n"
    assert language_runs(text) == [(0, len(text), "ru")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Hello there, my friend, how are you?",
                "Привет, как дела у тебя дома?",
                "Мамо, я живий і здоровий, їжі вистачає.",
                "",
                "12:03",
                "OK",
            ]
        ),
        max_size=12,
    )
)
def test_runs_cover_the_text_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    runs = language_runs(text)
    assert runs[0][0] == 0 and runs[-1][1] == len(text)
    for (a0, b0, l0), (a1, _b1, l1) in zip(runs, runs[1:], strict=False):
        assert b0 == a1 and a0 <= b0 and l0 != l1


def test_a_worker_with_english_russian_and_ukrainian_loaded(strict_redactor) -> None:
    red = strict_redactor.redact(_doc(MIXED))
    assert red.language == "en" or red.language in ("ru", "uk")
    assert set(red.languages) == {"en", "ru", "uk"}
    found = {MIXED[s.start : s.end] for s in red.spans}
    for surface in ("Серёжа", "Кедровке", "Андрею", "Миколі", "Тернопільщини"):
        assert any(surface in f for f in found), surface
    out = red.output.decode("utf-8")
    assert "Серёжа" not in out and "Миколі" not in out
    assert "Translator's note" in out and "He then hangs up" in out
    for lang in ("en", "ru", "uk"):
        assert strict_redactor.engines.info(lang)["name"]


RUSSIAN_8 = [
    "Мам, это [Серёжа](PERSON), звоню с телефона [Лёхи](PERSON).",
    "Запиши номер: 8 (916) 123-45-67, это жена [Андрея](PERSON).",
    "Бойца с позывным «[Бес](CALL_SIGN)» ранило, [Беса](CALL_SIGN) увезли в Ростов.",
    "Позывной у меня «[Тайга](CALL_SIGN)», а у командира «[Шаман](CALL_SIGN)».",
    "[Андрей Сергеевич Лапин](PERSON) из нашего взвода вчера двухсотый.",
    "У нас в роте сегодня два трёхсотых и один пятисотый, бабушке не говори.",
    "Передай [Тёме](PERSON), что к маю буду дома в [Кедровке](LOCATION).",
    "Она так и живёт в селе [Сосновый Лог](LOCATION) [Забайкальского края](LOCATION).",
    "Адрес: [ул. Садовая, д. 5, кв. 12](LOCATION), спросишь [Ивановых](PERSON).",
    "Слава богу, живой, [Вера Ивановна](PERSON) передаёт привет.",
    "Я сам с [Верхнезареченска](LOCATION), мне 24, наводчик.",
    "Скинь на карту Сбера 2200 1234 5678 9019, она на [Машу](PERSON) оформлена.",
    "[Михалыч](PERSON) говорит, что в пятницу нас выводят на ППД.",
    "Брат в [Гомеле](LOCATION), его номер +375 29 612-34-56, скажи [Саньку](PERSON).",
    "Позивний «[Кобзар](CALL_SIGN)», служить у 47-й окремій механізованій бригаді, номер 067 123 45 67.",
]
# Words that must stay visible (slang, kinship, war geography is allowed by policy, not by strict).
PLAIN = {
    "У нас в роте сегодня два трёхсотых и один пятисотый, бабушке не говори.": ["трёхсотых", "пятисотый", "бабушке"],
    "Слава богу, живой, Вера Ивановна передаёт привет.": ["Слава", "богу", "живой"],
    "Мам, это Серёжа, звоню с телефона Лёхи.": ["Мам", "телефона"],
}


@pytest.mark.parametrize("marked", RUSSIAN_8)
def test_section_8_names_places_call_signs(strict_redactor, marked: str) -> None:
    text, gold = _parse(marked)
    red = strict_redactor.redact(_doc(text))
    covered = [False] * len(text)
    for s in red.spans:
        for i in range(s.start, s.end):
            covered[i] = True
    for start, end, entity in gold:
        assert all(covered[start:end]), f"{entity} {text[start:end]!r} not withheld"
    for word in PLAIN.get(text, []):
        i = text.index(word)
        assert not any(covered[i : i + len(word)]), f"{word!r} over-redacted"


def test_a_russian_quote_inside_an_english_line_is_its_own_run() -> None:
    text = "He said: «Мам, это Серёжа, я в Кедровке, передай Андрею», and hung up.\n"
    runs = language_runs(text)
    assert [lang for _, _, lang in runs] == ["en", "ru", "en"]
    ru = next(text[a:b] for a, b, lang in runs if lang == "ru")
    assert ru.startswith("Мам") and ru.endswith("Андрею")


def test_a_quoted_russian_name_in_an_english_line_is_withheld(strict_redactor) -> None:
    text = "The soldier told her: «Мам, это Серёжа, передай Тёме, что я живой», then the line dropped.\n"
    red = strict_redactor.redact(_doc(text))
    out = red.output.decode("utf-8")
    assert "Серёжа" not in out and "Тёме" not in out
    assert "then the line dropped" in out


def test_a_link_does_not_make_a_russian_line_mixed() -> None:
    text = "Кто служил с ним по позывному «Барсук», пишите: vk.com/olga_pechora88 или t.me/poisk_bratva\n"
    assert language_runs(text) == [(0, len(text), "ru")]


def test_a_house_number_stays_with_its_cyrillic_street() -> None:
    text = (
        "Write to the volunteers in English please. Жила на Ленинградском пр-те, 57. Thanks to everyone who helped.\n"
    )
    ru = [text[a:b] for a, b, lang in language_runs(text) if lang == "ru"]
    assert ru and ru[0].rstrip(".").endswith("пр-те, 57"), ru


def test_english_prose_around_a_link_still_splits_a_line() -> None:
    # The trap: English words are prose even next to a link; the Russian quote is still its own run.
    text = "He wrote on example.org that «Мам, это Серёжа, я в Кедровке» and then went offline for good.\n"
    assert [lang for _, _, lang in language_runs(text)] == ["en", "ru", "en"]


def test_a_slash_does_not_cut_a_ukrainian_line() -> None:
    from redact.language import language_runs

    # a post with a contact in Latin letters: the Ukrainian stretch before it is one piece, read as Ukrainian
    text = (
        "Розшукуємо Кравчука Степана, рядового в/ч А1234, зв'язок зник у березні. "
        "Пишіть у Viber або Telegram: stepan.help@example.com, дякуємо всім небайдужим."
    )
    runs = language_runs(text)
    unit = text.index("в/ч")
    first = next(r for r in runs if r[0] <= unit < r[1])
    assert first[2] == "uk" and first[0] == 0 and first[1] > unit + len("в/ч А1234")


@pytest.mark.parametrize(
    "text",
    [
        "(R): Tolik (Толик) is gone, mom.\n",
        "(W): And Grishin? (Гришин?) Is he alive?\n",
        "(R): Lyokha is gone. (Лёха всё.)\n",
    ],
)
def test_an_english_line_with_a_short_russian_gloss_stays_english(text: str) -> None:
    # Fewer than MIN_RUN_LETTERS Cyrillic letters: no run of their own, and the line is mostly Latin prose
    assert language_runs(text) == [(0, len(text), "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Позывной Гром, служил в Курске, vk.com/grom_1990\n",  # the link is no prose
        "Мама, это Серёжа, всё хорошо, OK\n",
    ],
)
def test_a_russian_line_with_a_few_latin_letters_stays_russian(text: str) -> None:
    assert language_runs(text) == [(0, len(text), "ru")]
