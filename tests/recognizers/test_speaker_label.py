"""SpeakerLabelRecognizer: names used as speaker labels, never role labels."""

from __future__ import annotations

import pytest

from redact.recognizers.speaker_label import SpeakerLabelRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> SpeakerLabelRecognizer:
    return SpeakerLabelRecognizer()


@pytest.fixture(scope="module")
def analyze(strict_redactor, rec: SpeakerLabelRecognizer):
    """The recognizer with the English model's artifacts (its vocabulary tells frequent words from rare ones)."""
    nlp_engine = strict_redactor.engines.analyzer("en").nlp_engine

    def run(text: str):
        return rec.analyze(text, ["PERSON"], nlp_engine.process_text(text, "en"))

    return run


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ANDREI: Mom, it's me.", "ANDREI"),
        ("MOTHER: Who?\nSERGEI VOLKOV: It's me, Mom.", "SERGEI VOLKOV"),
        ("[00:05:57] PETYA: Not until the 20th.", "PETYA"),
        ("[21:04] Nadya: did he call you?", "Nadya"),
        ("Oksana: Slava, thank god!! Slava: I'm alive.", "Oksana"),
        ("Oksana: thank god!! Slava: I'm alive.", "Slava"),
        ("[Igor]: guys who has his number", "Igor"),
    ],
)
def test_finds(rec: SpeakerLabelRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("MOTHER: Is that you?", "MOTHER"),
        ("SOLDIER: Hi, Mom.", "SOLDIER"),
        ("Q: Where are you? A: Near the river.", "Q"),
        ("INTERVIEWER: How old are you?", "INTERVIEWER"),
        ("[00:01:14] A: Who's with you now?", "A"),
        ("Note: the call was recorded in March.", "Note"),
        ("The time was 10:30 exactly.", "10"),
        # a doxxing post's field labels and a chat's role
        ("Callsign: Grach. Phone: hidden.", "Callsign"),
        ("Nickname: Kedr\nLives: Sosnovka", "Nickname"),
        ("Admin: dear relatives, stay calm.", "Admin"),
    ],
)
def test_ignores(rec: SpeakerLabelRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # Field labels of record cards, profiles and captions: dictionary words, not speakers.
        ("Name: Taras Hnatiuk\nFell: 03.04.2024, near Vovchansk\nBuried: Lutsk", "Fell"),
        ("Name: Taras Hnatiuk\nFell: 03.04.2024, near Vovchansk\nBuried: Lutsk", "Buried"),
        ("Call sign: Lys\nDied: 11.02.2024", "Died"),
        ("Enlisted: 2022\nMarried: yes, two children", "Married"),
        ("Works at the depot. Vehicle: a grey Lada. Residence: ul. Sadovaya 4.", "Vehicle"),
        ("Works at the depot. Vehicle: a grey Lada. Residence: ul. Sadovaya 4.", "Residence"),
        ("Photo, top: the burnt school. Bottom: his mother at the grave.", "Bottom"),
        ("CAREER: driver, then mechanic", "CAREER"),
    ],
)
def test_field_labels_are_not_names(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A surname that is also an English word, used as a name: in prose, or as a speaker taking turns.
        ("Baker: I was on the bridge.\nInvestigators later questioned Baker twice.", "Baker"),
        ("HUNTER: Where is the truck?\nLYSENKO: Gone.\nHUNTER: Then walk.", "HUNTER"),
        # Names that are no dictionary word stay names wherever they stand.
        ("Service record follows. Oksana: he never wrote.", "Oksana"),
        ("Died: 2023\nMAKSYM: we buried him ourselves", "MAKSYM"),
        # A surname the English lemma tables hold for a famous bearer, but no frequent English word.
        ("PAVLOV: Who's there?", "PAVLOV"),
        ("Gorky: I hear you.", "Gorky"),
    ],
)
def test_names_that_are_words_stay_names(analyze, text: str, surface: str) -> None:
    assert_found(text, analyze(text), surface, "PERSON")


# --- a chat member signed with her role in the group: the role word is part of the chat name ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Адмін Соломія: Нагадую, ніяких геолокацій!", "uk", "Адмін Соломія"),
        ("Адмін | Таня: Збір закрито, дякуємо всім.", "uk", "Адмін | Таня"),
        ("Модератор Оксана 21:40: Видаляю повідомлення.", "uk", "Модератор Оксана"),
        ("Админ Лена: девочки, без политики.", "ru", "Админ Лена"),
        ("Оля (адмін): Посилки приймаємо до п'ятниці.", "uk", "Оля (адмін)"),
        # in an English transcript: a Latin name, and a Cyrillic one read with the Russian dictionary
        ("Admin | Tanya: the collection is closed, thank you all.", "en", "Admin | Tanya"),
        ("Админ Лена: girls, no politics please.", "en", "Админ Лена"),
        # a Russian name in a Ukrainian chat: read with the Russian dictionary too
        ("Admin | Люба 20:05\nНагадую: жодних геолокацій у чаті!", "uk", "Admin | Люба"),
    ],
)
def test_role_and_name_chat_label_is_one_person(text: str, lang: str, span: str) -> None:
    rec = SpeakerLabelRecognizer(lang)
    found = [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]
    assert span in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Адмін групи: правила чату в закріпі.", "uk"), ("Админ: без политики, девочки.", "ru")],
)
def test_role_without_a_name_is_no_person(text: str, lang: str) -> None:
    assert SpeakerLabelRecognizer(lang).analyze(text, ["PERSON"]) == []


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        # a display name with the code of its owner's region, his town or his surname's initial: all of it the name
        ("Kostyan 161: on my way with the column\nDimon 93: same", "en", "Kostyan 161"),
        ("Sasha 31: who has the list?\nMarina K: I do", "en", "Sasha 31"),
        ("Marina K: I do\nSasha: good", "en", "Marina K"),
        ("Nadia from Kursk: any news from the hospital?\nOlga: none yet", "en", "Nadia from Kursk"),
        ("Юля из Тамбова: девочки, кто звонил в часть?\nОксана: я", "ru", "Юля из Тамбова"),
        ("Оксана з Ніжина, 21:14: хто знає про обмін?", "uk", "Оксана з Ніжина"),
        ("Наталья Б: а нам ничего не сказали\nИра: и нам", "ru", "Наталья Б"),
        # a Russian rank written before a call sign in a chat name
        ("Praporshchik Grom: list by six\nKostyan 161: copy", "en", "Praporshchik Grom"),
        ("Kombat Volk: everyone to the trucks", "en", "Kombat Volk"),
        # an English rank or its abbreviation before a surname and its initials, as soldiers' chats are signed
        ("Sgt. Lutsenko V.: card number below\nKostyan 161: ok", "en", "Sgt. Lutsenko V."),
        ("Jr. Lt. Bortnik: who is on duty tonight?", "en", "Jr. Lt. Bortnik"),
        ("Sergeant Kuzin A.P. 14:02\ndone, sent", "en", "Sergeant Kuzin A.P."),
        # a relatives' chat in English translation signed by kinship: the kin word is part of the display name
        ("Mama Tarasa: they called from the hotline!\nOlena: thank God", "en", "Mama Tarasa"),
        ("Mum of Vasyl 21:40\nany news from the 2nd battalion?", "en", "Mum of Vasyl"),
        ("Dimon's wife: he called from Rostov\nSasha 31: good", "en", "Dimon's wife"),
    ],
)
def test_chat_display_name_is_one_person(text: str, lang: str, span: str) -> None:
    rec = SpeakerLabelRecognizer(lang)
    found = [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]
    assert span in found, found


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        # a room, a heading or a clause, not a chat name
        ("Room 101: keys at the desk", "en", "Room 101"),
        ("Back from Kyiv: the trip in photos", "en", "Back from Kyiv"),
        ("Table 12: results of the count", "en", "Table 12"),
        # a rank alone, and a rank before a rank, name no one
        ("Starshina: everyone out\nKombat: go", "en", "Starshina"),
        ("Kombat Sergeant: go", "en", "Kombat Sergeant"),
        ("Sgt. Major: line up by the trucks", "en", "Sgt. Major"),
        ("Staff Sergeant: line up", "en", "Staff Sergeant"),
        # a role or a title with a kin word, and a kin word alone
        ("Mother Superior: let us pray", "en", "Mother Superior"),
        ("Mother: how are you, son?\nSon: fine", "en", "Mother"),
        # her own name (a nominative the lists hold) after a kin title: the title stays outside
        ("Wife Marina: +7 900 000 00 00, write any time", "en", "Wife Marina"),
        # a common word before an initial
        ("Ответ Б: нет", "ru", "Ответ Б"),
    ],
)
def test_no_chat_display_name(text: str, lang: str, surface: str) -> None:
    assert_not_found(text, SpeakerLabelRecognizer(lang).analyze(text, ["PERSON"]), surface)
