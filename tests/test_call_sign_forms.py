"""The forms a call sign takes in speech and write-ups (issue #15), each with the trap that looks like it.

Every sentence is invented; the call signs are ordinary words used as names, the way soldiers choose them.
"""

from __future__ import annotations

import pytest

from redact.recognizers.call_sign import CallSignRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer


def _ru(text: str, language: str = "ru") -> list[str]:
    rec = RuCallSignRecognizer(supported_language=language)
    return sorted({text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])})


def _en(text: str) -> list[str]:
    return sorted({text[r.start : r.end] for r in CallSignRecognizer().analyze(text, ["CALL_SIGN"])})


@pytest.mark.parametrize(
    ("text", "sign", "language"),
    [
        # a quoted creature's name that inflects by itself: an oblique case inside the quotes
        ("Все деньги сдали на руки «Филину», а он пропал.", "Филину", "ru"),
        ("Мы до вечера ждали «Грача» у посадки.", "Грача", "ru"),
        ("Набери «Борсука», скажи, що ми вже на місці.", "Борсука", "uk"),
        ("Без «Ягуара» нікуди не йдемо.", "Ягуара", "uk"),
        # a post or trade of any kind beside a quoted word (no list of posts: the parse says "a person")
        ("Водитель наш «Бублик» опять машину разбил.", "Бублик", "ru"),
        ("Связистом у них «Репей», он и передал.", "Репей", "ru"),
        ("Кухар у нас «Пиріжок», готує на всіх.", "Пиріжок", "uk"),
        # chats write the call sign in lower case after its introducer
        ("ищу брата, позывной у него рыжий, связи нет с мая", "рыжий", "ru"),
        ("мой с позывным бобёр был, кто знает отпишитесь", "бобёр", "ru"),
        ("шукаю чоловіка, позивний їжак, 2 рота", "їжак", "uk"),
        # "they called you ...": any object pronoun, the second person too
        ("Хлопці звали тебе «Місяць», бо ти не спав ночами.", "Місяць", "uk"),
        ("Ребята называли вас «Прорабом».", "Прорабом", "ru"),
        # a plain noun opening a turn is an address when the words after it speak to him
        ("— Туча, ты где застрял?\n— Иду уже.", "Туча", "ru"),
        ("— Скеля, ти мене чуєш?\n— Чую.", "Скеля", "uk"),
        # "with" and the instrumental is a man kept company with, not a place come from
        ("Ночью с Бородой ходили на позицию.", "Бородой", "ru"),
        # killed or wounded in radio slang: said of a man, even at the start of a sentence
        ("Кирпич вчера трёхсотый, увезли.", "Кирпич", "ru"),
        ("Молот — двохсотий, Лис поранений.", "Молот", "uk"),
        # a thing's name as the subject of a verb only a man does, masculine
        ("Гроза опять звонил, ругался на нас.", "Гроза", "ru"),
        ("Хмара наказав не висовуватись.", "Хмара", "uk"),
        # a thing's name in the dative before an imperative of telling: a thing is not told, a man is
        ("Туче передай, что мы вышли.", "Туче", "ru"),
        # a radio call as a header: caller, then the called in the dative
        ("Утёс — Бархану: выходим через пять минут.", "Бархану", "ru"),
        ("Утёс — Бархану: выходим через пять минут.", "Утёс", "ru"),
        # a quoted word inside or after a given name
        ("Серед поранених Андрій «Граніт» Мельничук.", "Граніт", "uk"),
        ("Вчера похоронили Игоря Сомова «Мазута».", "Мазута", "ru"),
        # in brackets after a list's surname and given name
        ("— Гайдученко Назар («Явір»), 31 рік, м. Сарни.", "Явір", "uk"),
        ("Погиб Лапшин Егор («Тополь»), стрелок.", "Тополь", "ru"),
        # a quoted thing's name mid-sentence as the subject of a man's verb, masculine in the past
        ("Его «Утюг» вывез на «ноль», а потом «Утюг» сам пропал.", "Утюг", "ru"),
        ("Тоді нас «Дуб» відправив на точку.", "Дуб", "uk"),
        # told by: the quoted word after a verb of telling in an interview or a write-up
        ("— Заходили ночью, без связи, — рассказал «Кипарис».", "Кипарис", "ru"),
        ("«Нас було шестеро», — згадує «Вулкан».", "Вулкан", "uk"),
        # told to, given to or thanked, in the dative: trees, beards and tools as often as birds
        ("Передай «Кипарису», что мы вышли.", "Кипарису", "ru"),
        ("Скинь «Лопате» координаты, он ждёт.", "Лопате", "ru"),
        ("«Кипарису» скажи, пусть не ждёт.", "Кипарису", "ru"),
        ("Подзвони «Бороді», він знає дорогу.", "Бороді", "uk"),
        ("Окрема подяка «Явору» і «Смереці», які винесли побратима.", "Смереці", "uk"),
        ("Дякуємо всім, хто допоміг, особливо «Дубу».", "Дубу", "uk"),
        # one quoted man as company kept, Russian speech in a Ukrainian document read with the Russian dictionary
        ("Я с «Лесником» ходил на позицию.", "Лесником", "ru"),
        # the man names himself
        ("Військовий, який називає себе Бурштин, розповідає про обстріли.", "Бурштин", "uk"),
        ("Он представился как «Кипарис» и попросил воды.", "Кипарис", "ru"),
        ("Окупант, що назвався «Тайфуном», погрожував місцевим.", "Тайфуном", "uk"),
        ("Окупант: я с «Вороной» говорил, он сказал ждать.", "Вороной", "uk"),
        # a quoted word that goes "with" someone to do a man's act: the companions between the word and its verb
        ("«Ясень» з групою пішов на точку по балці.", "Ясень", "uk"),
        ("Ночью «Утюг» с ребятами вывез раненых.", "Утюг", "ru"),
        # the object of a verb of wounding or killing: only a man is wounded or killed
        ("Вчера опять «Петровича» ранило, вывезли на «Урале».", "Петровича", "ru"),
        ("Говорят, вашего «Филина» убили под Клещеевкой.", "Филина", "ru"),
        ("Вчора «Борсука» поранило, везуть у госпіталь.", "Борсука", "uk"),
        ("Під ранок контузило «Дятла», але він на ногах.", "Дятла", "uk"),
        # a capitalised common word in a list of men with the speaker, his town after it perhaps
        ("Из наших осталось трое. Лысый с Ягодного, я и Андрюха Сомов.", "Лысый", "ru"),
        ("Остались Бородач и я, остальных увезли.", "Бородач", "ru"),
        ("На точці лишились я та Ясень.", "Ясень", "uk"),
        ("Нас лишилось двоє: Туман і я.", "Туман", "uk"),
    ],
)
def test_call_sign_forms_ru_uk(text: str, sign: str, language: str) -> None:
    assert sign in _ru(text, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # endearments and interjections open a turn and are followed by "ты", but name no one
        ("Солнышко, ты поела?", "Солнышко", "ru"),
        ("Зай, ты где?", "Зай", "ru"),
        ("Блин, ты опять забыл?", "Блин", "ru"),
        ("Сонечко, ти як там?", "Сонечко", "uk"),
        # a plain noun opening a turn that does not speak to anyone
        ("— Вопрос такой, а деньги когда?", "Вопрос", "ru"),
        # "с"/"з" and the genitive is where from; with a relative it is family
        ("Мы вернулись с Урала вчера.", "Урала", "ru"),
        ("С мамой поговорил, всё хорошо.", "мамой", "ru"),
        # units named after people and works after a title noun, in an oblique case inside quotes
        ("Из «Вагнера» многие ушли в армию.", "Вагнера", "ru"),
        ("Премьера «Ревизора» прошла в субботу.", "Ревизора", "ru"),
        ("Бойцы «Беркута» стояли у здания.", "Беркута", "ru"),
        # the head of a body, and a body as the subject of a verb of speech
        ("Директор «Ромашки» уволился.", "Ромашки", "ru"),
        ("Кремль сказал своё слово.", "Кремль", "ru"),
        ("Газпром сообщил о росте.", "Газпром", "ru"),
        ("Бороду отпустил, как дед.", "Бороду", "ru"),  # the object of the verb, not its subject
        ("Маме скажи, что я звонил.", "Маме", "ru"),  # a relative told
        ("Штабу передай координаты.", "Штабу", "ru"),  # a body told
        ("Волонтери загону «Лелеки» знайшли тіла.", "Лелеки", "uk"),
        # a lower-case word after the introducer that is no call sign
        ("позывной не помню, какой-то смешной", "не", "ru"),
        ("позывной ему дали новый", "ему", "ru"),
        ("позывной командира не знаю", "командира", "ru"),
        # the slang for the wounded said of any man, or of a commander
        ("Пацан трёхсотый, остальные целы.", "Пацан", "ru"),
        ("Командир двухсотый, нас ведёт зам.", "Командир", "ru"),
        # a performer's stage name after the performer's noun
        ("Певец «Филин» дал концерт в клубе.", "Филин", "ru"),
        # bodies and media speak; a feminine verb is a figure of speech
        ("Штаб приказал держать позицию.", "Штаб", "ru"),
        ("Телевизор говорит, что всё хорошо.", "Телевизор", "ru"),
        ("Совесть сказала своё.", "Совесть", "ru"),
        # a headline, places on both sides
        ("Москва — Киеву: переговоров не будет.", "Москва", "ru"),
        # an author and his work
        ("Вийшов роман Сергія Жадана «Вогонь».", "Вогонь", "uk"),
        # a quoted thing mid-sentence: a film or a paper after its noun, a feminine verb, a body thanked
        ("Фильм «Брат» рассказал о девяностых.", "Брат", "ru"),
        ("Газета «Правда» сказала своё слово.", "Правда", "ru"),
        ("Батальон «Восток» вывез раненых.", "Восток", "ru"),
        ("Дякуємо «Укрзалізниці» за евакуаційний поїзд.", "Укрзалізниці", "uk"),
        # naming oneself a trade, in lower case, is no call sign
        ("Він представився співробітником банку.", "співробітником", "uk"),
        # a quoted word in an oblique case that is no dative after a verb of telling ("про", "на")
        ("Написал про «Кипарис» в сводке.", "Кипарис", "ru"),
        # a vehicle hit and a position shelled are no men; a place where men were killed is no man either
        ("Вчера «Урал» подбили на дороге.", "Урал", "ru"),
        ("Ночью «Берёзу» накрыло, все живы.", "Берёзу", "ru"),
        ("Говорят, в «Ромашке» убили двоих.", "Ромашке", "ru"),
        ("Вчора на «Сосні» поранило двох.", "Сосні", "uk"),
        # a vehicle that goes with its load is no man: no verb of a man's act after it
        ("Утром «Урал» с боеприпасами уехал на позиции.", "Урал", "ru"),
        # beside "я": a relative, a place, a post, and a word opening the sentence before a comma
        ("Мама и я ждём тебя дома.", "Мама", "ru"),
        ("Москва и я — вот и вся история.", "Москва", "ru"),
        ("Командир и я остались.", "Командир", "ru"),
        ("Добре, я зрозумів.", "Добре", "uk"),
        ("Хорошо, я и так знаю.", "Хорошо", "ru"),
        ("Скажи, ти був на «Ромашці»?", "Ромашці", "uk"),
        # a plural: people or a unit, not one man
        ("Передай «Соколам», что мы вышли.", "Соколам", "ru"),
        # company kept with a body or a thing
        ("Мы с «Газпромом» договорились о поставках.", "Газпромом", "ru"),
        ("Пошли в кафе с «Ромашкой» на вывеске.", "Ромашкой", "ru"),
    ],
)
def test_call_sign_traps_ru_uk(text: str, word: str, language: str) -> None:
    assert word not in _ru(text, language)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the object of a verb of speaking to someone, quoted
        ("Text 'Kashtan' that we're out of water.", "Kashtan"),
        # the subject of a past or present verb, quoted
        ('In the recording, "Yastreb" orders the men to dig in.', "Yastreb"),
        # "'X' is their commander"
        ("He says 'Kurgan' was his deputy until March.", "Kurgan"),
        # reflexive cues in any tense
        ("The man, introducing himself as 'Barsuk', asks for his mother.", "Barsuk"),
        ("A sniper who signed off as Kedrach wrote the post.", "Kedrach"),
        # a Russian post and an English common word used as a name
        ("Then kombat Buffalo called and cancelled everything.", "Buffalo"),
        ("our commander Falcon never leaves the dugout", "Falcon"),
        # a station called twice, then the caller
        ("Topol, Topol, this is Yolka, we have two wounded.", "Topol"),
        # a quoted word inside a given name and surname, or after both
        ('We buried Mykola "Breeze" Hrytsenko on Sunday.', "Breeze"),
        ("The family of Andriy Lytvyn 'Granite' asked for privacy.", "Granite"),
        # a verb of speaking to someone before a bare English word used as a name
        ("If the car is late, ask Lynx, he drives it.", "Lynx"),
        # punctuation inside the closing quote
        ("He asked to be called by his call sign “Gopher,” nothing more.", "Gopher"),
        # the man's full name between "knew" and "as", the nickname quoted
        ("In the village everyone knew Petro Ivanovych Hnatiuk as «Sych».", "Sych"),
        # a numbered station in a chat whose turns are header lines of sender and time
        ("Bear 06:42\nmoving\n\nLynx 06:44\nguys report to Zenit-7 only by radio", "Zenit-7"),
    ],
)
def test_call_sign_forms_en(text: str, sign: str) -> None:
    assert sign in _en(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The word 'Victory' is painted on every wall.", "Victory"),  # a noun names the quoted thing
        ("The 'Vostok' battalion moved north.", "Vostok"),  # a determiner: a unit
        ("'Freedom' is what they promised.", "Freedom"),  # a copula says nothing of a person
        ("He identified himself as Georgian and asked for water.", "Georgian"),  # a nationality
        ("A major Ukrainian counter-offensive began.", "Ukrainian"),  # "major" is no rank here
        ("Our commander Syrskyi visited the front.", "Syrskyi"),  # a surname after a rank is PERSON's
        ("Dmitry said 'Enough' and hung up.", "Enough"),  # a word quoted after a name and a verb
        ("Thank God, ask Mum first.", "God"),  # the sacred and kin after a verb of speaking to someone
        # a numbered place with its article in a chat of header lines
        ("Bear 06:42\nmoving to the Treeline-3 now\n\nLynx 06:44\ncopy", "Treeline-3"),
    ],
)
def test_call_sign_traps_en(text: str, word: str) -> None:
    assert word not in _en(text)


def test_a_lower_case_call_sign_is_found_in_its_other_case_forms() -> None:
    text = "Ира: позывной у него хмурый, из 2 роты\nЛена: хмурого видела в списках\nИра: хмурый вечер был, не помню"
    found = [text[r.start : r.end] for r in RuCallSignRecognizer(supported_language="ru").analyze(text, ["CALL_SIGN"])]
    assert "хмурого" in found
    # the plain adjective before a noun it agrees with stays
    assert found.count("хмурый") == 1


def test_a_country_after_a_verb_of_speaking_is_no_call_sign() -> None:
    """The model's places and peoples are no call signs ("tell Russia"); the recognizer reads them from spaCy."""
    from redact.anonymize import RunContext
    from redact.corpus import Passage
    from redact.evaluate import Ours
    from redact.keys import load_key
    from redact.policy import load_policy

    ours = Ours(load_policy("strict").policy, ctx=RunContext(load_key(ephemeral=True)))
    text = "Tell Russia we are coming. If you see him, ask Falcon about the car."
    found = {text[p.start : p.end]: p.entity_type for p in ours(Passage("t", "en", text, [], ""))}
    assert found.get("Falcon") == "CALL_SIGN"
    assert found.get("Russia") != "CALL_SIGN"


@pytest.mark.parametrize(
    ("text", "signs", "language"),
    [
        # a common word, an animal or a place as a speaker label taking turns; the one who speaks once too
        ("Ворон: ну что, едем?\nБерёза: через час.\nВорон: понял.", ["Берёза", "Ворон"], "ru"),
        ("[08:10] Вітер: хто на зв'язку\n[08:11] Тітка Ніна: я тут\n[08:12] Вітер: добре", ["Вітер"], "uk"),
        # a quoted label, though the dictionary also reads a rare given name in the word
        ("«Курай»: кто на связи?\nРустам: я тут\n«Курай»: понял, жди", ["Курай"], "ru"),
    ],
)
def test_speaker_labels_that_are_call_signs(text: str, signs: list[str], language: str) -> None:
    found = _ru(text, language)
    assert all(s in found for s in signs), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # roles and relatives taking turns, and a record card's field labels
        ("Оккупант: алло\nЖена: да\nОккупант: слышишь?\nЖена: слышу", "ru"),
        ("Питання: де служили?\nВідповідь: у частині.\nПитання: коли?\nВідповідь: давно.", "uk"),
        ("Образование: среднее\nЧасть: 1234\nЗвание: рядовой", "ru"),
        # speakers numbered, not named (a Russian word in a Ukrainian file too)
        ("Перший: ти бачив?\nДругой: видел.\nПерший: ну і що?\nДругой: ничего.", "uk"),
    ],
)
def test_role_and_field_labels_are_no_call_signs(text: str, language: str) -> None:
    assert _ru(text, language) == []


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # an English common word owning a group of men, at a sentence's start or after a verb
        ("Wolf's guys held the tree line all night.", "Wolf"),
        ("Tell Hunter's boys we are coming.", "Hunter"),
        ("Me and Badger's men sat in the cellar for two days.", "Badger"),
        ("Yesterday Owl's group went in and nobody came back.", "Owl"),
        # a numbered station in a radio exchange, the caller to the called, or spoken to
        ("Yug-95 to Buran-30: cover the area with artillery.", "Buran-30"),
        ("Yug-95 to Buran-30: cover the area with artillery.", "Yug-95"),
        ("He keeps telling Zarya-7 to pull back.", "Zarya-7"),
        ("Come in, Kedr-3, this is Baza.", "Kedr-3"),
        # a station addressed as a turn opens, then the caller
        ("Fox, this is Bear, read you fine.", "Fox"),
        ("Fox, this is Bear, read you fine.", "Bear"),
        ("(R): Otter, it's Lynx, we're out of water.", "Otter"),
        # a station called twice and asked to answer; a station naming itself
        ("Storm-1, Storm-1, respond.", "Storm-1"),
        ("Kedr, Kedr, do you copy?", "Kedr"),
        ("Zenit-2 here, we have two wounded.", "Zenit-2"),
        ("(B): Granite here, moving to point three.", "Granite"),
        # the answer to a question about a call sign, and the next one asked about another man
        ("Q: What's your call sign? A: Bear. Q: And your commander's? A: Tundra.", "Bear"),
        ("Q: What's your call sign? A: Bear. Q: And your commander's? A: Tundra.", "Tundra"),
        ("Interviewer: – Your nickname?\nPrisoner: – Lemon.", "Lemon"),
        # a numbered station speaking, as reporting retells a radio exchange
        ('"Tanks are approaching," said Buran-30.', "Buran-30"),
        ("Later Zenit-4 reported that the bridge was down.", "Zenit-4"),
        # English nouns as speaker labels taking turns in a radio exchange
        ("Bear: Copy that.\nFox: Moving to the tree line.\nBear: Go.", "Bear"),
        ("Bear: Copy that.\nFox: Moving to the tree line.\nBear: Go.", "Fox"),
        ("[12:01] Owl: how many 200s?\n[12:02] Granite: two\n[12:03] Owl: ok", "Owl"),
        # a possessive pronoun standing for "call sign", and the translator's gloss after it
        ("Everyone gets a nickname here. Mine is Taiga, his is Bison. Bison, like the animal.", "Bison"),
        ("We all have call signs. His is Kaban. Boar.", "Boar"),
        # an English common noun spoken to as a turn opens, then asked or ordered
        ("(R): Owl, where are you? Owl, answer!", "Owl"),
        ("— Badger, do you hear me?\n— I hear you.", "Badger"),
        ("Granite, cover the left side!", "Granite"),
    ],
)
def test_call_signs_in_english_speech(text: str, sign: str) -> None:
    assert sign in _en(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a body, a public figure, a season or a sacred word owning people
        ("The Army's men came and took everything.", "Army"),
        ("God's people, all of them.", "God"),
        ("Summer's people came in June.", "Summer"),
        ("Mother's people are from the village.", "Mother"),
        # a word opening a turn, a place, a verb or a greeting before "this is" or "here"
        ("Listen, this is Sasha, call me back.", "Listen"),
        ("Well, this is Russia, what did you expect.", "Russia"),
        ("Come here. Stay here, I said.", "Come"),
        ("Come here. Stay here, I said.", "Stay"),
        ("Nothing here, just mud.", "Nothing"),
        ("Moscow here, the weather is bad.", "Moscow"),
        ("Listen, listen, do you copy?", "Listen"),
        # weapons with numbers are no stations; no call sign given is no call sign
        ("We shot down an Orlan-10 to the south.", "Orlan-10"),
        ("Q: Your call sign? A: None.", "None"),
        ("Q: Did you have a call sign? A: Yes.", "Yes"),
        ("Q: Was it the sergeant's? A: Yes.", "Yes"),
        ("We all have call signs. Mine is Russian, like the language.", "Russian"),
        ("Mom, it's Artyom, I'm calling from a friend's phone.", "Artyom"),  # a son on the phone: PERSON's
        # a greeting, a curse, a group, a relative, a role, a country or a name cut short spoken to
        ("Listen, where are you now?", "Listen"),
        ("Guys, where are you?", "Guys"),
        ("Stop, where are you going?", "Stop"),
        ("Doctor, come here quickly.", "Doctor"),
        ("Honey, are you okay?", "Honey"),
        ("(W): Sash, where are you now?", "Sash"),
        # field labels of records, roles and given names as speaker labels
        ("Born: 1990\nUnit: 123\nStatus: missing\n\nBorn: 1991\nUnit: 124\nStatus: killed", "Status"),
        ("Base: Pilot, report.\nPilot: I am hit!\nBase: Copy.", "Pilot"),
        ("Base: Pilot, report.\nPilot: I am hit!\nBase: Copy.", "Base"),
        ("OCCUPANT: Dad, it's me.\nFATHER: Got it.\nOCCUPANT: We're fine.", "OCCUPANT"),
        ("[08:12] Marina: any news?\n[08:13] Olga: no\n[08:16] Marina: do you know?", "Marina"),
        # a verb after a call sign and its comma is the sentence going on, not a gloss
        ("Two commanders, call sign Venets and call sign Ratnik, discuss operations.", "discuss operations"),
    ],
)
def test_english_speech_that_names_no_station(text: str, word: str) -> None:
    assert word not in _en(text)


# A public figure, body or country in the same shapes is the public register's to keep, after the recognizers: a
# recognizer does not read the register (tests/test_imports.py), the pipeline's screen does.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Putin's people don't care about us.", "Putin"),
        ("Wagner's guys were here before us.", "Wagner"),
        ("Russia, do you hear us?", "Russia"),
    ],
)
def test_public_names_in_station_shapes_are_kept(redactor, text: str, word: str) -> None:  # noqa: ANN001
    from redact.documents import Document, Segment

    found = redactor.find(Document("x", "txt", text, (Segment(0, len(text), "1"),)))
    i = text.index(word)
    assert not [s for s in found.spans if s.start < i + len(word) and i < s.end]


def test_a_given_name_in_a_radio_address_form_is_a_person() -> None:
    text = "Kostya? Kostya, it's Nadya. Dad is in hospital."
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # what a speaker calls things, quoted after "називає їх": a plural noun, no one's call sign
        ("Окупант згадує заяви міністра та називає їх «сказками».", "сказками", "uk"),
        ("Он читает сводки и называет их «байками».", "байками", "ru"),
    ],
)
def test_a_plural_word_for_things_is_no_call_sign(text: str, word: str, language: str) -> None:
    assert word not in _ru(text, language)


def test_a_quoted_call_sign_after_the_same_cue_is_still_one() -> None:
    assert "Кот" in _ru("Командир называет его «Кот», он у нас главный.")
