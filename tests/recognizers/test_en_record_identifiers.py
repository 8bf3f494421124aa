"""English records and intercepts (issue 15, fifteenth release): the forms of identifiers, units, institutions, chats
and call signs that English retellings of Russian and Ukrainian documents write.

- a document's series and number after "series", whatever the document (military ID, passport, a civil-registry
  certificate with its Roman numeral); a certificate's series without the word; "No." between series and number;
- case numbers as English transliterates them: a cassation proceeding's code in Latin letters, a Russian arbitration
  case or a file with a capital letter first, the Russian Supreme Court's "5-UD24-12-K2";
- the number a court decision has in the register of decisions, a crime-report register (KUSP) number, a medical
  insurance policy, a parcel's tracking number, a captive's number on a list or with the Red Cross;
- a border guard's posts and a group by its task in a unit chain, a chain ending in a unit named by its town;
- a district's power grid office; a commissariat of a town and the districts it serves;
- a relatives' chat named in English; a radio log's quoted and numbered speaker labels.

Traps: a law's, decree's, resolution's or warrant's number, an article or a page, a bare count; a group that is no
unit; a big city's or a nationwide chat. Every name, number and village is invented; real public places are public.
"""

from __future__ import annotations

import pytest

from redact.recognizers.call_sign import CallSignRecognizer
from redact.recognizers.group_chat import GroupChatRecognizer
from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import surfaces

_ID = IdNumberRecognizer("en")
_UNIT = MilitaryUnitRecognizer("en")
_ORG = EnglishOrganizationRecognizer("en")
_CHAT = GroupChatRecognizer("en")


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the series and the number after "series", whatever the document is called
        ("He was identified by his military ID series KM No. 218406 found on the body.", "KM No. 218406"),
        ("The military ID card, series BZ No. 4410372, was issued in Kedrovsk.", "BZ No. 4410372"),
        ("A death certificate, series II-MYu No. 512834, was issued by the registry office.", "II-MYu No. 512834"),
        ("Birth certificate series I-AG No. 618204 was attached.", "I-AG No. 618204"),
        ("She showed his combatant certificate series YuA No. 077215.", "YuA No. 077215"),
        ("Passport series KV No. 123456 issued by the Kedrivka district department.", "KV No. 123456"),
        ("серії ЖК № 4410372 видано", "ЖК № 4410372"),
        # a certificate's series with no "series", a Roman numeral first
        ("The death certificate I-DN No. 731104 lists shrapnel wounds.", "I-DN No. 731104"),
        # "No." between a military ID's letters and digits; a licence with a passport-like number
        ("His military ID AB No. 1234567 was in the trench.", "AB No. 1234567"),
        ("driver's licence No. 77 12 345678 was seized", "77 12 345678"),
        # case numbers as English transliterates them
        ("The Supreme Court ruling in proceedings No. 51-1234km24 upheld the verdict.", "51-1234km24"),
        ("cassation proceedings No. 61-3814sv22 were closed", "61-3814sv22"),
        ("The arbitration court case No. A40-123456/2023 concerned his debts.", "A40-123456/2023"),
        ("the Military Collegium, case No. 222-UD23-37-A6, upheld it", "222-UD23-37-A6"),
        # a court decision's number in the register of decisions
        ("The verdict (register No. 119453382) was published.", "119453382"),
        ("It is entered in the Unified State Register of Court Decisions under No. 118234567.", "118234567"),
        ("Court decision No. 118234567 was entered in the register.", "118234567"),
        # a crime report's register number, an insurance policy, a parcel
        ("The crime report, KUSP No. 4512, was filed on 3 March.", "4512"),
        ("His OMS policy No. 5097800830004215 was among the papers.", "5097800830004215"),
        ("Write down the tracking number, 1048 2277 3310. The parcel comes Friday.", "1048 2277 3310"),
        ("трек-номер RA123456785RU", "RA123456785RU"),
        # a serviceman's document as English renders it, literally too
        ("His military ticket KM 1234567 was found in the trench.", "KM 1234567"),
        ("officer's ID GA No. 123456 was seized", "GA No. 123456"),
        ("his service card No. 4417829 was in the car", "4417829"),
        ("the serviceman's ID card VA 123456", "VA 123456"),
        # an en dash or "#" in a case number, as translations set them
        ("Case No. 1–203/2024 was heard on Monday.", "1–203/2024"),
        ("Case # 1-118/2024 was heard.", "1-118/2024"),
        # a civil-registry act record, a personal or search file
        ("The death record No. 170 of 12.03.2024 was made by the Kedrovsk registry office.", "170"),
        ("death record number 170249670001500358008", "170249670001500358008"),
        ("запись акта о смерти № 1704 составлена", "1704"),
        ("the search file No. 4512 was opened in May", "4512"),
        ("his personal file No. 45312 at the commissariat", "45312"),
        # a captive's number on a list or with the Red Cross
        ("ICRC registration number 00412-37 was given to him in the camp.", "00412-37"),
        ("He is on the POW list under number 4417.", "4417"),
    ],
)
def test_identifier_forms_found(text: str, span: str) -> None:
    assert span in surfaces(_ID, text, "ID_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "pursuant to Law No. 2102-IX of 2022",
        "under Resolution No. 1329 of the Cabinet",
        "ICC warrant No. ICC-01/22-18 was issued for him.",
        "Decree No. 757/2022 of the President",
        "Article 438 part 1, page 17 of the verdict",
        "We are tracking number 3 of the targets.",
        "a series of 12 strikes, No. 4 the worst",
        "the verdict of 14 May 2024 was upheld",
        "the record of 3 May was lost",
        "an act record of the meeting, No. 3",
        "the 1–2 March talks",
        "death records 2023 show a rise",
        "the military card game ended 3 to 1",
        "a service card for 12 months costs 1200000 rubles",
    ],
)
def test_identifier_traps(text: str) -> None:
    assert surfaces(_ID, text, "ID_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "He served at the 2nd border outpost of the 3rd border commandant's office of the Kedrivka border "
            "detachment.",
            "2nd border outpost of the 3rd border commandant's office of the Kedrivka border detachment",
        ),
        (
            "He was a gunner in the mobile fire group of the 117th TDF brigade.",
            "mobile fire group of the 117th TDF brigade",
        ),
        ("the assault group of the 2nd battalion went in first", "assault group of the 2nd battalion"),
        ("He commanded the 4th outpost until spring.", "4th outpost"),
        (
            "He was a sapper in the engineering and sapper battalion of the 20th Guards Army.",
            "engineering and sapper battalion of the 20th Guards Army",
        ),
    ],
)
def test_unit_chain_forms(text: str, span: str) -> None:
    assert _covered(_UNIT, "MILITARY_UNIT", text, span)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The 3rd company of the Kedrivka Drama Theatre toured the front.", "Kedrivka Drama Theatre"),
        ("A group of the 93rd brigade soldiers came to the funeral.", "group of the"),
    ],
)
def test_unit_chain_traps(text: str, plain: str) -> None:
    i = text.index(plain)
    assert not any(r.start <= i < r.end for r in _UNIT.analyze(text, ["MILITARY_UNIT"]))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Before the war he worked at the Kedrivka district power grid office.", "Kedrivka district power grid office"),
        ("He was an electrician of the Sosnivka electric grid section.", "Sosnivka electric grid section"),
        (
            "He graduated from the Kedrovsk branch of the Russian State Social University.",
            "Kedrovsk branch of the Russian State Social University",
        ),
        (
            "He was called up by the military commissariat of the town of Kedrovsk and the Kedrovsky and Sosnovsky "
            "districts.",
            "military commissariat of the town of Kedrovsk and the Kedrovsky and Sosnovsky districts",
        ),
    ],
)
def test_institution_forms(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He was detained by the Kedrovsk OMVD.", "Kedrovsk OMVD"),
        ("The Kedrovsky ROVD opened a case.", "Kedrovsky ROVD"),
        ("He was an operator at the Kedrovsk gas compressor station.", "Kedrovsk gas compressor station"),
        ("And the boys at the gym on Sadova street in Kedrovsk, tell them.", "gym on Sadova street in Kedrovsk"),
    ],
)
def test_police_departments_and_stations(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's power grid was hit again overnight.",
        "The Russian MVD said the numbers were false.",
        "According to the MVD, he was wanted.",
        "the OVD-Info project reported the arrest.",
        "He went to the gym in the evening.",
    ],
)
def test_national_bodies_not_local(text: str) -> None:
    assert surfaces(_ORG, text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("From the chat «Kinel mobilised wives» (screenshots shared with journalists)", "Kinel mobilised wives"),
        ('Screenshots from a chat of wives of the mobilised, "Kinel mobiks 2022" (translated)', "Kinel mobiks 2022"),
        (
            "Kinel – wives and mothers of the mobilized (Telegram chat, screenshots)",
            "Kinel – wives and mothers of the mobilized",
        ),
        ('The group "Wives of the 1231st regiment" asked for news.', "Wives of the 1231st regiment"),
    ],
)
def test_relatives_chats_in_english(text: str, span: str) -> None:
    assert surfaces(_CHAT, text, "ORGANIZATION") == [span]


@pytest.mark.parametrize(
    "text",
    [
        'In the Telegram channel "Wives of the mobilised of Russia" they argued.',  # nationwide
        'A post in the chat "Moscow mobilised wives" went viral.',  # a big city's
        'The group "Kinel News" posted the obituary.',  # a town's news
    ],
)
def test_relatives_chats_traps(text: str) -> None:
    assert surfaces(_CHAT, text, "ORGANIZATION") == []


def test_quoted_numbered_speaker_labels() -> None:
    text = "«Kedr-21»: Kedr to «Pikha», come in.\n«Pikha»: Receiving.\n«Kedr-21»: Sit tight, ammo at dark."
    found = surfaces(CallSignRecognizer(), text, "CALL_SIGN")
    assert found.count("Kedr-21") == 2


def test_numbered_word_outside_a_transcript_not_a_station() -> None:
    text = "The «Berezka-3» children's camp reopened in June."
    assert "Berezka-3" not in surfaces(CallSignRecognizer(), text, "CALL_SIGN")


def test_identifiers_withheld_and_law_kept(strict_redactor) -> None:  # noqa: ANN001 - a Redactor
    from redact.pipeline import analyze_text

    text = (
        "The death certificate, series II-MYu No. 512834, was issued in Kedrovsk. The verdict (register No. "
        "119453382) cites Law No. 2102-IX."
    )
    found = {text[f.start : f.end] for f in analyze_text(text, "en", strict_redactor.engines, strict_redactor.policy)}
    assert "II-MYu No. 512834" in found
    assert "119453382" in found
    assert not any("2102" in f for f in found)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Senior soldier Ivan Hnatiuk (c/s Bars) was killed near Kupiansk.", "Bars"),
        ("Private Oleh Moroz, c/s «Yastrub», died on 3 May.", "Yastrub"),
        ('Sergeant Petro Lys, pseudo "Tykhyi", served in the 3rd company.', "Tykhyi"),
        ("Mykola Bilyk, under the pseudonym «Kum», commanded a platoon.", "Kum"),
        ("The commander with the callname Granit called him.", "Granit"),
        ("Andrii, better known to his brothers-in-arms as «Chaika», died in Kherson Oblast.", "Chaika"),
        ("His comrades called him «Lis».", "Lis"),
        ("Now he is «Bars» in the 3rd company. He calls when he can.", "Bars"),
        ("He was «Ded» to everyone in the battalion.", "Ded"),
        ("Farewell to «Bars»: the village buried its defender.", "Bars"),
        ("Rest in peace, «Kum». We will not forget.", "Kum"),
        ("Eternal memory to our «Sych»!", "Sych"),
    ],
)
def test_call_sign_cues_of_records(text: str, sign: str) -> None:
    assert sign in surfaces(CallSignRecognizer(), text, "CALL_SIGN")


@pytest.mark.parametrize(
    "text",
    [
        "He is «Zenit» fan since childhood.",  # a team's fan
        "She was «Ukrainian» by choice.",  # a people
        'He was "fine", he said.',
        'his brother called him "a coward" in the chat',
        "The c/s ratio of the samples was low.",
        "the so-called pseudo-DPR held a vote",
        "a pseudo-Republic in the occupied east",
        "in memory of the «Kursk» submarine crew",
        'Farewell to "Ukrainian" rock legend',
    ],
)
def test_call_sign_cues_of_records_traps(text: str) -> None:
    assert surfaces(CallSignRecognizer(), text, "CALL_SIGN") == []
