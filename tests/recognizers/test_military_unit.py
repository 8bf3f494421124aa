"""MilitaryUnitRecognizer: unit numbers, ordinal + type, named formations (domain-identifiers §1, §8)."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def recs() -> dict[str, MilitaryUnitRecognizer]:
    return {lang: MilitaryUnitRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _spans(rec: MilitaryUnitRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # §8 English
        (
            "en",
            "We're in the 155th Separate Guards Marine Brigade now, 2nd battalion.",
            "155th Separate Guards Marine Brigade",
        ),
        ("en", "We're in the 155th Separate Guards Marine Brigade now, 2nd battalion.", "2nd battalion"),
        ("en", "They moved me from the 20th Motor Rifle Regiment to the 3rd company.", "20th Motor Rifle Regiment"),
        ("en", "They moved me from the 20th Motor Rifle Regiment to the 3rd company.", "3rd company"),
        ("en", "Send the parcel to Moscow-400, military unit 24680.", "military unit 24680"),
        ("en", "I signed up with Storm-V, before that I was in Wagner.", "Storm-V"),
        ("en", "I signed up with Storm-V, before that I was in Wagner.", "Wagner"),
        ("en", "The guys from the 1st Army Corps (DNR) were on our left.", "1st Army Corps (DNR)"),
        ("en", "Across from us is the 47th, the Ukrainian mechanized brigade.", "47th"),
        ("en", "The T-72 from the 4th tank battalion took a FAB-500 hit.", "4th tank battalion"),
        ("en", "He served in the 3rd battalion of the 20th regiment until May.", "3rd battalion of the 20th regiment"),
        ("en", "Write to unit No. 31612, and to v/ch 08275 for Kolya.", "unit No. 31612"),
        ("en", "Write to unit No. 31612, and to v/ch 08275 for Kolya.", "v/ch 08275"),
        ("en", "the address is field post office 88512", "field post office 88512"),
        ("en", "the regiment includes the 1st and 2nd motorized rifle battalions.", "1st"),
        ("en", "Which brigade? — 64th. The Sixty-fourth Motor Rifle Brigade.", "Sixty-fourth Motor Rifle Brigade"),
        ("en", "after his BARS-13 contract ended he joined the Akhmat", "BARS-13"),
        ("en", "after his BARS-13 contract ended he joined the Akhmat", "Akhmat"),
        ("en", "I'm now with the Vostok battalion, it's hard.", "Vostok"),
        ("en", "She says you're in the 64th. I'm in the 74th.", "64th"),
        ("en", 'the "Tiger" battalion moved out', '"Tiger" battalion'),
        # §8 Russian
        (
            "ru",
            "Я теперь в 155-й отдельной гвардейской бригаде морской пехоты, 1-й батальон.",
            "155-й отдельной гвардейской бригаде морской пехоты",
        ),
        ("ru", "Я теперь в 155-й отдельной гвардейской бригаде морской пехоты, 1-й батальон.", "1-й батальон"),
        ("ru", "Перевели из 20-го МСП в 3-ю роту.", "20-го МСП"),
        ("ru", "Перевели из 20-го МСП в 3-ю роту.", "3-ю роту"),
        ("ru", "Пиши на полевую почту: 103400, Москва-400, в/ч 24680.", "в/ч 24680"),
        ("ru", "Я подписал через «Шторм V», до этого был в ЧВК «Вагнер».", "Шторм V"),
        ("ru", "Я подписал через «Шторм V», до этого был в ЧВК «Вагнер».", "ЧВК «Вагнер»"),
        ("ru", "Слева ребята из БАРС-13 и 1-го армейского корпуса.", "БАРС-13"),
        ("ru", "Слева ребята из БАРС-13 и 1-го армейского корпуса.", "1-го армейского корпуса"),
        ("ru", "Напротив нас 93-я ОМБр, хохлы злые.", "93-я ОМБр"),
        ("ru", "Т-72 из 4-го танкового батальона поймал ФАБ-500.", "4-го танкового батальона"),
        ("ru", "Его отправили в 155-ю отдельную бригаду морской пехоты.", "155-ю отдельную бригаду морской пехоты"),
        ("ru", "Служит в 20-м мотострелковом полку, войсковая часть 12345.", "20-м мотострелковом полку"),
        ("ru", "Служит в 20-м мотострелковом полку, войсковая часть 12345.", "войсковая часть 12345"),
        ("ru", "Адрес: ВЧ 24680-2, в.ч. 13579", "ВЧ 24680-2"),
        ("ru", "Адрес: ВЧ 24680-2, в.ч. 13579", "в.ч. 13579"),
        ("ru", "он в батальоне «Гром», а кум в Пятнашке", "батальоне «Гром»"),
        ("ru", "он в батальоне «Гром», а кум в Пятнашке", "Пятнашке"),
        ("ru", "брат уехал с ахматовцами под Курск", "ахматовцами"),
        ("ru", "пишите на полевую почту 12345", "полевую почту 12345"),
        # Ukrainian
        (
            "uk",
            "Позивний «Кобзар», служить у 47-й окремій механізованій бригаді, номер 067 123 45 67.",
            "47-й окремій механізованій бригаді",
        ),
        ("uk", "Збір для 32-ї ОМБр і 93-тя ОМБр «Холодний Яр».", "32-ї ОМБр"),
        ("uk", "Збір для 32-ї ОМБр і 93-тя ОМБр «Холодний Яр».", "93-тя ОМБр «Холодний Яр»"),
        ("uk", "Пишіть: військова частина А1234, польова пошта В1234.", "військова частина А1234"),
        ("uk", "Пишіть: військова частина А1234, польова пошта В1234.", "польова пошта В1234"),
        ("uk", "збір на дрон для 3-ї роти", "3-ї роти"),
        ("uk", "Я тепер у 3-тій роті, командир у нас суворий.", "3-тій роті"),
        ("uk", "служив у 3-тій окремій штурмовій бригаді.", "3-тій окремій штурмовій бригаді"),
        ("uk", "а «Сомалі» та «Пятнашка» зайшли в село", "Сомалі"),
        # spelled-out and bare ordinals, later unit numbers
        ("en", "He served with the 1st Slavic Brigade until spring.", "1st Slavic Brigade"),
        ("en", "We're with the Kantemirovskaya Division now.", "Kantemirovskaya Division"),
        ("ru", "Он в Таманской дивизии служит.", "Таманской дивизии"),
        ("en", "He signed with Shtorm-Z after prison.", "Shtorm-Z"),
        ("ru", "Пиши на в\\ч 12345, там разберутся.", "в\\ч 12345"),
        ("ru", "Его перевели в 155ой бригады морпехов, потом 20 мсп.", "155ой бригады"),
        ("ru", "Его перевели в 155ой бригады морпехов, потом 20 мсп.", "20 мсп"),
        ("uk", "Пишіть на в/ч А-1234, дійде.", "в/ч А-1234"),
        ("ru", "Перевели в 3-ю роту, второй батальон, теперь там.", "второй батальон"),
        ("ru", "нас в сто пятьдесят пятую бригаду перекинули", "сто пятьдесят пятую бригаду"),
        ("ru", "нас в 155-ю бригаду перекинули. Сто пятьдесят пятая, ну ты поняла.", "Сто пятьдесят пятая"),
        ("ru", "Олег твой в какой части? Не в 138-й?", "138-й"),
        ("ru", "номер части теперь другой — 41582. Посылки шли", "41582"),
        ("ru", "Братан, я в Шторме, в «Шторм Z» который", "Шторме"),
    ],
)
def test_finds(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    assert_found(text, recs[lang].analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The T-72 from the 4th tank battalion took a FAB-500 hit.", "T-72"),
        ("en", "The T-72 from the 4th tank battalion took a FAB-500 hit.", "FAB-500"),
        ("en", "It was the 5th time they shelled us with 152-mm rounds.", "5th"),
        ("en", "It was the 5th time they shelled us with 152-mm rounds.", "152-mm"),
        ("en", "Two 300s and one 500 in our company today, don't tell babushka.", "300s"),
        ("en", "They sent him home as cargo 200 last week.", "200"),
        ("en", "Send the parcel to Moscow-400, military unit 24680.", "Moscow-400"),
        ("en", "On the 5th of May the brigade moved.", "5th"),
        ("en", "We live on the 3rd floor, the unit is far away.", "3rd"),
        ("en", "The contract for the unit ends in 2025, unit 2023 records.", "2023"),
        ("ru", "Пиши на полевую почту: 103400, Москва-400, в/ч 24680.", "103400"),
        ("ru", "Пиши на полевую почту: 103400, Москва-400, в/ч 24680.", "Москва-400"),
        ("ru", "В 5-й раз за неделю, уже 155-й день.", "5-й раз"),
        ("ru", "В 5-й раз за неделю, уже 155-й день.", "155-й день"),
        ("ru", "Пришёл груз 200, Т-72 сгорел, ФАБ-500 упала.", "груз 200"),
        ("ru", "Пришёл груз 200, Т-72 сгорел, ФАБ-500 упала.", "Т-72"),
        ("ru", "20-го числа мы пошли в роту к ребятам.", "20-го числа"),
        ("ru", "На востоке шторм в море, Восток горит.", "шторм в"),
        ("ru", "На востоке шторм в море, Восток горит.", "Восток"),
        ("ru", "У каждого по 2 АК-74.", "2 АК"),
        ("uk", "Це було 5 та 6 червня.", "5 та"),
        ("ru", "Он пришёл в 155-й раз, на 20-й день.", "20-й"),
        ("ru", "В море шторм, а Шторм Z ушёл.", "шторм"),
        ("ru", "Жди меня до двадцать пятого, ладно?", "двадцать пятого"),
    ],
)
def test_ignores(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    found = [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert_not_found(text, found, surface)


def test_unit_span_excludes_cue_outside_number() -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert _spans(rec, "Across from us is the 47th, the Ukrainian mechanized brigade.") == ["47th"]


def test_bare_ordinal_needs_unit_words() -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert _spans(rec, "Grandma turned ninety on the 21st, and the 22nd was quiet.") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a regiment's compound noun written as one word, in a sub-unit chain or alone
        ("ru", "Служил в 2-м батальоне 1123-го артполка, позывной «Кедр».", "2-м батальоне 1123-го артполка"),
        ("uk", "Воював у 1123-му артполку до осені.", "1123-му артполку"),
    ],
)
def test_compound_regiment(recs: dict[str, MilitaryUnitRecognizer], lang: str, text: str, surface: str) -> None:
    assert surface in _spans(recs[lang], text)


def test_compound_regiment_needs_its_number(recs: dict[str, MilitaryUnitRecognizer]) -> None:
    assert _spans(recs["ru"], "В 2022 году артполк стоял под городом, полковник Кедров молчал.") == []
