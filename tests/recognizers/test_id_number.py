"""IdNumberRecognizer: passports (with context), military IDs, dog tags, SNILS/INN/RNTRC checksums.

Also the numbers records and posts give with no passport word: court-case UIDs and long criminal-case numbers, IBANs
with a valid check, a fundraising jar's key, a document's series letters (Cyrillic or transliterated), an ID card
after "No" and a passport after a Latin number sign; a product code, a show's series or a number with no case word
are none.
"""

from __future__ import annotations

import pytest

from redact.recognizers.id_number import IdNumberRecognizer, snils_ok
from tests.assertions import assert_found, assert_not_found, surfaces

ENTITY = "ID_NUMBER"


@pytest.fixture(scope="module")
def rec() -> IdNumberRecognizer:
    return IdNumberRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Жетон у него АБ-123456, военный билет АК 1234567.", "АБ-123456"),
        ("Жетон у него АБ-123456, военный билет АК 1234567.", "АК 1234567"),
        ("Паспорт 45 12 345678, СНИЛС 123-456-789 64, 1999 г.р.", "45 12 345678"),
        ("Паспорт 45 12 345678, СНИЛС 123-456-789 64, 1999 г.р.", "123-456-789 64"),
        ("паспорт 4512 345678 на имя брата", "4512 345678"),
        ("dude my passport is 45 19 771204, the copy is lost", "45 19 771204"),
        ("серия 63 09, номер 148207 — это паспорт", "63 09"),
        ("паспорт: серия 63 09, номер 148207.", "148207"),
        ("ИНН ещё, 281590139635. Сохрани.", "281590139635"),
        ("The tax number (INN) on the form, 381145720691, belongs to him", "381145720691"),
        ("personal number YuK-731208, military unit 23511", "YuK-731208"),
        ("a dog tag reading VS-204581.", "VS-204581"),
        ("ти ж знаєш мій РНОКПП? Запиши: 3530838523.", "3530838523"),
        ("І паспорт, ID-картка 004518273. Це для виплати.", "004518273"),
        ("по жетону Н-207314 установили личность", "Н-207314"),
        ("жетон АБ 123456 нашли рядом", "АБ 123456"),
        # Right after the document's name the number needs no other context (its checksum still must pass).
        ("його РНОКПП: 3089709946, місце реєстрації", "3089709946"),
        ("реєстраційний номер облікової картки платника податків 2080521324", "2080521324"),
        ("His tax ID number 3183364967 was on the form.", "3183364967"),
        ("RNOKPP 3251976312.", "3251976312"),
        ("УНЗР 19950412-04471, паспорт-картка", "19950412-04471"),
        ("військовий квиток серії АО № 381442 видано", "АО № 381442"),
        ("военный билет АЕ 7718204 выдан военкоматом", "АЕ 7718204"),
        ("особистий номер Ж-402118 вибито на жетоні", "Ж-402118"),
        ("by his token number RU-558120", "RU-558120"),
        ("жетон № 3251976312 знайшли поруч", "3251976312"),
        ("посвідчення УБД серії АБ № 123456 видане", "АБ № 123456"),
        ("удостоверение ветерана боевых действий БК № 1234567", "БК № 1234567"),
        ("посвідчення водія ВХЕ 123456 вилучено", "ВХЕ 123456"),
        ("закордонний паспорт FA123456 дійсний", "FA123456"),
        ("загранпаспорт 75 1234567 выдан в 2019", "75 1234567"),
        ("військовий квиток № 381442 загублено", "381442"),
        ("ухвала у провадженні № 11-кп/824/1234/2023 набрала сили", "11-кп/824/1234/2023"),
        ("матеріали 1-кп/752/1107/2024 передано", "1-кп/752/1107/2024"),
        ("The case number given by the district court was 2-41/2023.", "2-41/2023"),
        ("Номер уголовного дела — 1-87/2024.", "1-87/2024"),
        # Case numbers with a letter after the court's code, and a pre-trial register number in English.
        ("по административному делу № 3а-1187/2022 суд", "3а-1187/2022"),
        ("у справі № 2а-5512/24 позов задоволено", "2а-5512/24"),
        ("criminal proceedings No. 12023100040001177 were opened", "12023100040001177"),
        ("внесеному до реєстру за №32019100000000412 та № 52021000000000377", "52021000000000377"),
        ("за №32019100000000412, ухвала", "32019100000000412"),
        ("Справа № 760/4410/19 Провадження1-кп/4910/77/20", "1-кп/4910/77/20"),
        ("Решение № 250011-01-2021-000412-31 от 05.04.2021", "250011-01-2021-000412-31"),
        # a prisoner's number in the camp, read out on a call home
        ("Mum, write down: my number here is KZ-3318-0071, give it to the lady.", "KZ-3318-0071"),
        ("My number in the camp is UA-PoW 52210, tell the coordination HQ.", "UA-PoW 52210"),
        ("His POW number is 30418, they said on the phone.", "30418"),
        ("prisoner number RU 4471", "RU 4471"),
    ],
)
def test_finds(rec: IdNumberRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Т-72, ФАБ-500, АК-74 и 152-мм.", "АК-74"),
        ("Call 89161234567 tonight.", "89161234567"),
        ("45 12 345678 said the radio, no document here", "45 12 345678"),
        ("СНИЛС 123-456-789 65", "123-456-789 65"),
        ("ИНН 281590139636", "281590139636"),
        ("Москва-400, индекс 103400", "103400"),
        ("VIN 12345678901234567 on the chassis", "12345678901234567"),
        ("The camp number 2 is closed, they moved us.", "2"),  # a camp's own number, one digit
        ("my number here is not working, call Sveta", "not"),  # a phone, no value
    ],
)
def test_ignores(rec: IdNumberRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(("number", "ok"), [("12345678964", True), ("15247321849", True), ("12345678965", False)])
def test_snils_checksum(number: str, ok: bool) -> None:
    assert snils_ok(number) is ok


_ID = IdNumberRecognizer("en")


def test_case_uid_shape_without_cue() -> None:
    text = "The appeal (52GV0003-01-2023-000117-08) was dismissed in March."
    assert surfaces(_ID, text, "ID_NUMBER") == ["52GV0003-01-2023-000117-08"]


def test_uid_like_product_code_not_found() -> None:
    text = "The part 52XX0003-01-2023-000117-08 ships in March."  # no court kind letters
    assert surfaces(_ID, text, "ID_NUMBER") == []


def test_jar_link_key() -> None:
    text = "Support his crew: https://send.monobank.ua/jar/9QpLm2Xc7T"
    assert surfaces(_ID, text, "ID_NUMBER") == ["9QpLm2Xc7T"]


def test_translit_series_letter_token() -> None:
    text = "Personal token: Shch-120394, found on the body."
    assert surfaces(_ID, text, "ID_NUMBER") == ["Shch-120394"]


def test_iban_with_a_valid_check() -> None:
    text = "Help the family: IBAN UA18 3052 9900 0002 6001 2345 67, recipient his mother."
    assert surfaces(_ID, text, "ID_NUMBER") == ["UA18 3052 9900 0002 6001 2345 67"]


def test_iban_shape_failing_its_check_not_found() -> None:
    text = "Part number UA19 3052 9900 0002 6001 2345 67 is out of stock."
    assert surfaces(_ID, text, "ID_NUMBER") == []


def test_id_card_number_after_no() -> None:
    text = "His ID card No. 004817263 was in the pocket."
    assert surfaces(_ID, text, "ID_NUMBER") == ["004817263"]


def test_a_long_criminal_case_number_after_its_cue() -> None:
    text = "Возбуждено уголовное дело № 12301450077000912 по статье о дезертирстве."
    assert "12301450077000912" in surfaces(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER")


def test_a_long_number_without_a_case_word_is_not_a_case() -> None:
    text = "Тираж составил 12301450077000912 экземпляров."
    assert surfaces(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER") == []


def test_series_letters_of_a_document() -> None:
    text = "Личность установили: паспорт гражданина серии КМ, выданный в Кедровске."
    assert "КМ" in surfaces(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER")


def test_series_of_a_show_is_no_document() -> None:
    assert surfaces(IdNumberRecognizer(supported_language="ru"), "Он смотрел серии ТВ до утра.", "ID_NUMBER") == []


def test_passport_with_latin_number_sign() -> None:
    """A passport dictated in a call, the number sign typed as the Latin "No": series and number are one span."""
    text = "— Паспорт у тебя остался, на полке. Серия 36 11 No 482913, запиши."
    results = IdNumberRecognizer(supported_language="ru").analyze(text, ["ID_NUMBER"])
    assert_found(text, results, "36 11 No 482913", "ID_NUMBER")


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        # a comma after the case word, or a dash before its number
        (
            "en",
            "According to the court register entry of the case, No. 522/3141/23, the accused lived alone.",
            "522/3141/23",
        ),
        ("ru", "Его дело — 1-2275/2021, рассматривал районный суд.", "1-2275/2021"),
        ("uk", "Справа – 758/4410/22, суддя відмовила.", "758/4410/22"),
    ],
)
def test_a_case_number_after_a_comma_or_a_dash(lang: str, text: str, number: str) -> None:
    assert number in surfaces(IdNumberRecognizer(supported_language=lang), text, "ID_NUMBER")


def test_a_season_after_a_case_word_is_no_case_number() -> None:
    text = "In that case, 2022/23 was a bad season, and the case — 3-4 pages — was thin."
    assert surfaces(IdNumberRecognizer(supported_language="en"), text, "ID_NUMBER") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a Ukrainian case's unified unique number by its abbreviation, a Supreme Court cassation, a Russian court file
        ("uk", "Вирок у справі ЄУН 361/4412/23 оскаржено.", "361/4412/23"),
        ("uk", "Верховний Суд, провадження № 51-2290км24, залишив вирок без змін.", "51-2290км24"),
        ("uk", "постанова у справі № 2-1187/2023, провадження № 61-7731св23", "61-7731св23"),
        ("ru", "Материал № 4/17-112/2024 передан в районный суд.", "4/17-112/2024"),
    ],
)
def test_case_numbers_in_their_national_shapes(lang: str, text: str, surface: str) -> None:
    found = [text[r.start : r.end] for r in IdNumberRecognizer(lang).analyze(text, [ENTITY]) if r.score >= 0.4]
    assert surface in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В материале 12 страниц и 3 фотографии."),
        ("uk", "ЄУН — це єдиний унікальний номер, його присвоює суд."),
    ],
)
def test_case_cues_without_a_number(lang: str, text: str) -> None:
    assert [r for r in IdNumberRecognizer(lang).analyze(text, [ENTITY]) if r.score >= 0.4] == []
