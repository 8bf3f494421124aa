"""Units as soldiers and their families say them in calls and chats (issue #15): a spelled ordinal after a
possessive with the noun understood, the noun before its ordinal, the clipped "бат", a four-digit regiment number
with no suffix, an arm adjective of the Arctic brigades, a numeral nickname in quotes, a brigade's ordinal with its
noun understood, a spelled ordinal as a subject or after "по" (English: "the 1231st", "in the thirty-sixth together"),
the Storm formation quoted after a preposition. Sentences are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def ru() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer(supported_language="ru")


@pytest.fixture(scope="module")
def uk() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer(supported_language="uk")


def _found(rec: MilitaryUnitRecognizer, text: str) -> list:
    return [r for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("вчера нашу сорок вторую опять на штурм погнали", "сорок вторую"),
        ("А в свою шестьдесят четвёртую он так и не вернулся.", "шестьдесят четвёртую"),
        ("Нас перекинули в девяностую арктическую, там хоть кормят.", "девяностую арктическую"),
        ("Его бригада двести седьмая стоит под городом.", "бригада двести седьмая"),
        ("Полк тридцать третий вывели на отдых, а нас нет.", "Полк тридцать третий"),
        ("роту 4-ю вчера расформировали", "роту 4-ю"),
        ("меня во второй бат перевели, там комбат злой", "второй бат"),
        ("с 5-го бата никого не осталось", "5-го бата"),
        ("кто знает что с 1274 полком? мой молчит", "1274 полком"),
        ("Служил в 1183 полку, потом ранение.", "1183 полку"),
    ],
)
def test_spoken_unit_forms(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


def test_possessive_ordinal_ukrainian(uk: MilitaryUnitRecognizer) -> None:
    text = "у нашій сорок сьомій знову втрати"
    assert_found(text, _found(uk, text), "сорок сьомій", ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a possessive before an ordinal whose noun follows: a time, a count, a size
        ("моя двадцать пятая годовщина свадьбы скоро", "двадцать пятая"),
        ("наша тридцать первая весна вместе", "тридцать первая"),
        ("мой сорок третий размер не подходит", "сорок третий"),
        # the noun before an ordinal of a span of time or a turn
        ("полк второй день стоит на месте", "второй"),
        ("рота третий раз идёт на штурм", "третий"),
        ("бригада пятую неделю без ротации", "пятую"),
        # a year or a round count before a unit noun
        ("в 2022 полка ещё не было", "2022"),
        ("в 3000 бригад не поверишь", "3000"),
        # "бат" with no ordinal, and "батя"
        ("у бата своя кухня", "бата"),
        ("второй батя звонил", "второй"),
        # a collective numeral after the noun is a count of men
        ("во взводе шестеро раненых", "шестеро"),
    ],
)
def test_not_units(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


def test_quoted_numeral_nickname_after_unit_word() -> None:
    rec = NumeralNicknameRecognizer(supported_language="ru")
    text = "Его часть — «семёрка» из Моздока — уже неделю на позициях у реки."
    found = rec.analyze(text, [ENTITY, "ORGANIZATION"])
    assert_found(text, found, "семёрка", ENTITY)


def test_quoted_numeral_nickname_car_is_not_a_unit() -> None:
    rec = NumeralNicknameRecognizer(supported_language="ru")
    text = "Отец продал машину — «семёрку» взял сосед, теперь ездит на ней в город."
    assert_not_found(text, rec.analyze(text, [ENTITY, "ORGANIZATION"]), "семёрку")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("контракт подписал в 37-й отдельной мотострелковой бригаде (горной) в мае", "бригаде (горной)"),
        ("служил в отряде мобильном особого назначения «Тайфун» до войны", "отряде мобильном особого назначения"),
        ("направлен в отделение пограничной комендатуры «Ручей»", "отделение пограничной комендатуры «Ручей»"),
    ],
)
def test_written_designations(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


def test_bracketed_remark_is_no_part_of_the_unit(ru: MilitaryUnitRecognizer) -> None:
    text = "служит в 12-й бригаде (это под Курском), пишет редко"
    assert_not_found(text, _found(ru, text), "Курском")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a year after a month or a season
        ("призвали осенью 23-го, а весной уже ранило", "23-го"),
        ("забрали в октябре 22-го, больше не видели", "22-го"),
        # a quoted verb after a unit is no nickname
        ("роту 3-го штурмового батальона «накрыли» за ночь", "накрыли"),
    ],
)
def test_years_and_quoted_words_are_no_units(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("их с 58-й сняли, теперь на позициях одни мы", "58-й"),
        ("сына перевели в семидесятую, там комбат нормальный", "семидесятую"),
        # moved from one front to another: the transfer says the ordinal is a unit
        ("кто знает как Витёк из 64-й? слышал его под Курск перекинули", "64-й"),
        ("Його з 72-ї перекинули під Вугледар ще влітку.", "72-ї"),
        # a mobilised regiment's four digits, noun understood
        ("мы в 1447-м, нас на Угледар кинули", "1447-м"),
        ("кто с 1263-го? отзовитесь, мой не выходит на связь", "1263-го"),
        ("Наш 1447-й опять на штурм пошёл.", "1447-й"),
    ],
)
def test_said_ordinal_near_a_unit_word(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("он в 58-й квартире живёт, служил раньше", "58-й"),  # its own noun
        ("с 14-го не выходит на связь, их повезли на штурм", "14-го"),  # a date
        ("живу теперь в 58-й, соседи тихие", "58-й"),  # no unit word near
        ("в двадцатую годовщину отец служил в храме", "двадцатую"),
        ("Приду о 21-й, встречу перекинули на вечер.", "21-й"),  # an hour
        ("Давай после 22-й, нас перебросили на другой объект.", "22-й"),
        ("в 1480-м году войско стояло на Угре", "1480-м"),  # a year, its noun after it
        ("он родился в 2001-м, служил в 2022-м", "2022-м"),
        ("Наш 1447-й опять на штурм пошёл.", "Наш"),  # the possessive stays outside a regiment's number
    ],
)
def test_said_ordinal_not_a_unit(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


@pytest.fixture(scope="module")
def en() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a unit number read out digit by digit or by hundreds and tens, as soldiers say it on the phone
        ("We're stuck with the one-five-five now, near the mine.", "one-five-five"),
        ("I'm in the two-oh-one, second company.", "two-oh-one"),
        ("Our two-five-two lost half the battalion.", "two-five-two"),
        ("The two-nine-one is on our left flank.", "two-nine-one"),
        ("They threw the one-five-five brigade in first.", "one-five-five brigade"),
        ("Which two-seventy-nine? The one from Kamenka?", "two-seventy-nine"),
        ("The first company of the three-three-eight, twelve of us left.", "company of the three-three-eight"),
        # spelled ordinals with the noun understood
        ("The boys from the two-hundred-and-first took the village.", "two-hundred-and-first"),
        ("The one-thirty-sixth came in after us.", "one-thirty-sixth"),
        ("That's the seventy-sixth from Pskov, the paratroopers.", "seventy-sixth"),
        ("Our battalion was put in with the two hundredth.", "two hundredth"),
        ("Our brigade, the fifteenth, lost twenty men.", "fifteenth"),
        ("My regiment, the 1434th, is stuck near the river.", "1434th"),
        # an ordinal and "Guards", the noun understood
        ("The 37th Guards are next to us, on the right.", "37th Guards"),
        ("We were relieved by the 20th Guards yesterday.", "20th Guards"),
        # an ordinal of three or four digits as the subject of being somewhere or of what a unit does
        ("When's your leave? When they kill me. The 345th has been here since the autumn.", "345th"),
        ("Our 1194th got hammered near the river.", "1194th"),
        ("The 155th is still in the village, the rest pulled back.", "155th"),
        # radio voice procedure's "niner": a number read out, two digits too
        ("has anyone heard from the two-niner?? mine wrote on Tuesday", "two-niner"),
        ("We're with the one-niner-two now, near the river.", "one-niner-two"),
        # a mobilised regiment's four digits, hundreds in teens
        ("Our regiment, the twelve-eighty-first, got hit again.", "twelve-eighty-first"),
        ("The fourteen-thirty-ninth got smashed near the river.", "fourteen-thirty-ninth"),
        ("We're with the twelve-eighty-one now, near the mine.", "twelve-eighty-one"),
    ],
)
def test_spoken_unit_numbers_en(en: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(en, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Write it: nine-one-two, six-oh-four, twenty-two.", "nine-one-two"),  # a phone number's groups
        ("Our number is eight-nine-one-six, four-five-two.", "eight-nine-one-six"),  # a phone number, no unit
        ("There were four-five guys in the dugout.", "four-five"),  # a guess at a count
        ("Call the nine-one-one line if he shows up.", "nine-one-one"),  # its own noun after it
        ("He took the one-two punch and fell.", "one-two"),  # two digits
        ("We waited till two-forty for the truck.", "two-forty"),  # a time, no determiner
        ("the seventy-fifth from the top of the list", "seventy-fifth"),  # not a place after "from"
        ("the two hundredth anniversary of the town", "two hundredth"),  # its own noun
        ("Our brigade, the best in the district, held.", "best"),  # no ordinal
        ("The 150th was a record for the club.", "150th"),  # no verb of a unit
        ("The 300th has been a long time coming.", "300th"),  # a round hundred
        ("The 345th episode is out today.", "345th"),  # its own noun
        ("Call me back at niner-one, five-five, after six.", "niner-one"),  # a phone number's groups
        ("We'll take the twelve-thirty, it's faster.", "twelve-thirty"),  # a time
        ("He died in the twelve thirtieth minute of the match.", "thirtieth"),
    ],
)
def test_spoken_unit_numbers_en_not(en: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(en, text), surface)


def _ok(results: list) -> list:
    return [r for r in results if r.score >= 0.35]


def _en_units(text: str) -> list:
    rec = MilitaryUnitRecognizer(supported_language="en")
    return [r for r in rec.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.4]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "хлопці з 128-ї передали привіт 😊 все добре", "128-ї"),
        ("uk", "— Він теж з нашої 93-ї? — Так, з осені.", "нашої 93-ї"),
        ("ru", "Он теперь у них в 336-й, говорит нормально.", "336-й"),
    ],
)
def test_said_ordinals(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Я сьогодні до 18-ї на роботі, з 9-ї ранку.", "18-ї"),  # an hour
        ("uk", "Живуть у 145-й квартирі, на п'ятому поверсі.", "145-й"),  # a flat, its noun after it
        ("ru", "Приходи к 17-й, мы с 12-го числа дома.", "17-й"),
    ],
)
def test_not_said_ordinals(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Your eighty-third went in first, and nobody came back.", "eighty-third"),
        ("The one hundred and fifth was pulled back yesterday.", "one hundred and fifth"),
        ("she says the ninety-sixth has been thrown at the bridge again", "ninety-sixth"),
    ],
)
def test_spelled_ordinal_subject_en(text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The seventy-fifth anniversary of the victory was held.", "seventy-fifth"),
        ("The forty-second was a good year for the plant.", "forty-second"),
        ("The sixty-first of them arrived at noon.", "sixty-first"),
    ],
)
def test_not_spelled_ordinal_subject_en(text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "жінки, хто з 1453 мсп, відгукніться", "1453 мсп"),
        ("en", "her husband is in 1435 regiment, 2nd company", "1435 regiment"),
    ],
)
def test_four_digit_regiment(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "the plant built 1500 battalions worth of trucks", "1500"),
        ("en", "in 2023 regiment commanders were replaced", "2023"),
    ],
)
def test_not_four_digit_regiment(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('Screenshots from the chat "Mothers of the 1342nd | Tomsk", translated', "1342nd"),
        ("My husband is in the 1453rd now, they moved him in May.", "1453rd"),
        ("(W): Is he still with the 1198th?", "1198th"),
        ("Our 1307th was thrown at the river crossing.", "1307th"),
        ("chat 'wives of the 2nd battalion 1186 regiment' (translated)", "1186 regiment"),
        ("the group “Relatives of the 1377 regiment” was closed", "1377 regiment"),
        ("(R): We were in the thirty-sixth together, back in '14.", "thirty-sixth"),
        ("She says he's with the seventy-first now, they moved him in spring.", "seventy-first"),
        ("He served in the two hundred and first for two years.", "two hundred and first"),
        ("They put us into the fifty-eighth again, nobody asked.", "fifty-eighth"),
    ],
)
def test_unit_forms_of_speech(text: str, surface: str) -> None:
    assert_found(text, _en_units(text), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It was the 1000th day of the war.", "1000th"),  # a round number
        ("the 1500th time I called and nobody answered", "1500th"),  # its own noun
        ("That was her 1234th post in the chat.", "1234th"),
        ("On the 1234th attempt it worked.", "1234th"),
        ("the 2022nd year of our troubles", "2022nd"),  # a year
        ("Born in the twenty-first century, he never saw the USSR.", "twenty-first"),
        ("It happened in the thirty-fifth minute of the match.", "thirty-fifth"),
        ("From the twenty-first until the twenty-fifth we were on leave.", "twenty-first"),
        ("The regiment's commander said the 1231 regiment's losses were high.", "1231 regiment"),
    ],
)
def test_not_unit_forms(text: str, surface: str) -> None:
    assert_not_found(text, _en_units(text), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Итого по сто сорок третьему за сутки восемь человек.", "сто сорок третьему"),
        ("ru", "— По двести пятой вчера опять прилетело, весь штаб.", "двести пятой"),
        ("uk", "— По триста тридцять першому нічого не чути, мовчать.", "триста тридцять першому"),
    ],
)
def test_spelled_ordinal_after_po(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["MILITARY_UNIT"]), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Раздали по двести пятьдесят рублей.", "двести пятьдесят"),  # a cardinal, not an ordinal
        ("ru", "Читай с десятой по сто двадцать пятую страницу.", "сто двадцать пятую"),  # its noun after it
        ("ru", "Сидели по двадцать первое число.", "двадцать первое"),  # a date: tens, not feminine
    ],
)
def test_not_ordinal_after_po(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["MILITARY_UNIT"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("ru", "Нас с Тамбова сорок человек в «Шторм» закинули, живых пятнадцать.", True),
        ("uk", "Він виїхав до Бєлгорода і пішов добровольцем у «Шторм» при полку.", True),
        ("ru", "Его из «Шторма» перевели в роту связи.", True),
        # a quoted name with no preposition before it: a shop, a film, an operation
        ("ru", "Магазин «Шторм» закрылся, а фильм «Шторм» я не смотрел.", False),
    ],
)
def test_storm_quoted_after_preposition(lang: str, text: str, found: bool) -> None:
    hits = MilitaryUnitRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT"])
    if found:
        assert_found(text, hits, "Шторм", "MILITARY_UNIT")
    else:
        assert_not_found(text, hits, "Шторм")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # an ordinal below ten right after its unit noun, the noun understood
        ("ru", "Серёга не в нашей роте, он в шестой, там командир другой.", "шестой"),
        ("ru", "— В каком взводе был? — Во втором, у Палыча.", "втором"),
        ("uk", "— У якій роті служив син? — У п'ятій, здається.", "п'ятій"),
        # a brigade's number as the subject, the feminine nominative
        ("ru", "Говорят, 64-я вся уже под Купянском, мы в бригаде ждём.", "64-я"),
        ("ru", "А 155-я опять на штурм пошла, потери страшные.", "155-я"),
    ],
)
def test_ordinal_said_after_its_noun_or_as_subject(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _found(rec, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("В третьей палате мест нет, во второй тоже, бригада скорой уехала.", "во второй"),
        ("Живём на пятом этаже, в шестой квартире; полк рядом.", "шестой"),
        ("37-я школа приехала на экскурсию в полк.", "37-я"),
        ("Рота вернулась в пятницу, в пятой части фильма это есть.", "пятой"),
    ],
)
def test_ordinal_said_not_a_unit(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a unit's ordinal as the subject of what a unit does, a unit word near
        ("Guys from the 810th came yesterday, the whole company.", "810th"),
        ("The 155th got hammered near the trench line again.", "155th"),
        # a post or a position near says it is a unit
        ("I'm in the 64th now, the kombat is crazy.", "64th"),
    ],
)
def test_bare_ordinal_as_a_units_subject_en(en: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(en, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He finished the 5th in the race and moved on.", "5th"),
        ("It was the 155th day of the war, the company said.", "155th"),
    ],
)
def test_bare_ordinal_not_a_unit_en(en: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(en, text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the ordinal's noun understood, the next phrase's subject after it (no agreement with the ordinal)
        ("У нас в сорок второй половина роты – зэки.", "сорок второй"),
        ("Всего по двести девяносто первому двадцать шесть.", "двести девяносто первому"),
        ("Я в тысяча четыреста сорок седьмом полку, понял?", "тысяча четыреста сорок седьмом полку"),
    ],
)
def test_elided_ordinal_before_another_phrase(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("А ты там за сто девяносто сидишь, а он три миллиона получил.", "сто девяносто"),  # a sum, a cardinal
        ("Сосед даёт два «сто двадцатых» по посадке.", "сто двадцатых"),  # mines by their calibre, plural
        ("Он хочет покинуть свой мотострелковый батальон 1-го полка.", "свой"),  # a pronoun is no arm of the unit
        ("У нас в сорок второй половина роты – зэки.", "половина"),
    ],
)
def test_counts_pronouns_and_quantities_are_no_part_of_a_unit(ru: MilitaryUnitRecognizer, text: str, word: str) -> None:
    assert_not_found(text, _found(ru, text), word)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # whose commander, staff or soldiers they are: the unit's ordinal in the genitive, its noun understood
        ("ru", "Это приказ комбата триста сорок пятого, понял?", "триста сорок пятого"),
        ("ru", "Бойцы сорок девятой третий день без воды.", "сорок девятой"),
        ("ru", "Командир 352-го сказал ждать до темноты.", "352-го"),
        ("ru", "Морпехи 336-й опять пошли вперёд.", "336-й"),
        ("uk", "Наказ комбата сто сорок другого ніхто не виконав.", "сто сорок другого"),
        ("uk", "Бійці 63-ї тримають позиції біля посадки.", "63-ї"),
    ],
)
def test_an_ordinal_after_its_commander_or_soldiers(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _found(rec, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Командиру двести первому ничего не сказали.", "двести первому"),  # dative: no unit's genitive
        ("Солдат 2022-го призыва вернулся домой.", "2022-го"),  # a year
        ("Солдаты сорок первого года были героями.", "сорок первого"),  # a year, its noun after it
    ],
)
def test_no_unit_after_a_commander(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(ru, text), surface)


_EN_UNIT = MilitaryUnitRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The lads from the depot? Both in the 347th with me, one lost a leg.", "347th"),
        ("My brother is with the 129th now, somewhere past the river.", "129th"),
        ("Of the 238th, only ten came back.", "238th"),
    ],
)
def test_an_english_three_digit_ordinal_one_is_in(text: str, surface: str) -> None:
    assert_found(text, _found(_EN_UNIT, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He scored in the 117th minute.", "117th"),
        ("The town marked the 300th anniversary of its founding.", "300th"),
    ],
)
def test_an_english_three_digit_ordinal_with_its_own_noun_is_no_unit(text: str, surface: str) -> None:
    assert_not_found(text, _found(_EN_UNIT, text), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a mobilised regiment's number in full, a thousand and its hundreds, the noun understood
        ("ru", "Нас перевели в тысяча двести сорок седьмой, мам.", "тысяча двести сорок седьмой"),
        ("ru", "Наш полк, тысяча триста шестьдесят второй, весь лёг.", "тысяча триста шестьдесят второй"),
        ("uk", "Його перекинули в тисяча сто вісімдесят третій.", "тисяча сто вісімдесят третій"),
    ],
)
def test_a_regiments_four_digits_spelled_in_full(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _found(rec, text), surface, ENTITY)


def test_a_year_spelled_in_full_is_no_regiment(ru: MilitaryUnitRecognizer) -> None:
    text = "Родился в тысяча девятьсот восемьдесят первом году, а дед воевал в тысяча девятьсот сорок первом."
    assert _found(ru, text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("(S): The 331st marines are on our flank.", "331st marines"),
        ("The 83rd paratroopers pulled back at night.", "83rd paratroopers"),
        ("(M): Which unit are you in now?\n(S): Seventy-fourth, the motor rifle.", "Seventy-fourth"),
        ("MOTHER: What brigade is it?\nSON: The 64th. Don't tell anyone.", "64th"),
    ],
)
def test_english_units_by_their_men_and_in_replies(text: str, surface: str) -> None:
    assert_found(text, _found(_EN_UNIT, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He said 20 marines died.", "marines"),
        ("(M): What day is it?\n(S): The 5th. Why?", "5th"),
        ("MOTHER: What brigade is it?\nSON: The 64th. Don't tell anyone.", "What"),
    ],
)
def test_english_counts_dates_and_question_words_are_no_units(text: str, surface: str) -> None:
    assert_not_found(text, _found(_EN_UNIT, text), surface)


@pytest.mark.parametrize(
    ("text", "surface", "found"),
    [
        # a Russian soldier's words in a Ukrainian text: a Russian adverb after the ordinal is no noun of its own
        ("Солдат: Бойцы 336-й опять пошли на штурм, мам.", "336-й", True),
        ("Солдат: Мы тут с 74-й рядом стоим, на позиции.", "74-й", True),
        # a Ukrainian noun after it still is
        ("Він живе в 64-й квартирі, а вчиться в 155-й школі.", "64-й", False),
        ("Він живе в 64-й квартирі, а вчиться в 155-й школі.", "155-й", False),
    ],
)
def test_russian_speech_in_a_ukrainian_text(uk: MilitaryUnitRecognizer, text: str, surface: str, found: bool) -> None:
    if found:
        assert_found(text, _found(uk, text), surface, ENTITY)
    else:
        assert_not_found(text, _found(uk, text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a Storm company by its number, its ordinal said before the name
        ("сказал, что его «пятый Шторм» при в/ч 31415 потерял половину", "пятый Шторм"),
        ("его перевели в 4-й Шторм, там потери", "4-й Шторм"),
        ("его перевели в девятый «Шторм», связи нет", "девятый «Шторм»"),
        # territorial defence of a country is no region's: the span stops before it, never inside a word
        ("бойцов 31-го штурмового полка территориальной обороны Украины", "31-го штурмового полка"),
    ],
)
def test_numbered_storm_and_terdef(ru: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(ru, text), surface, ENTITY)


def test_terdef_span_ends_on_a_word(ru: MilitaryUnitRecognizer) -> None:
    text = "бойцов 31-го штурмового полка территориальной обороны Украины ушли"
    for r in _found(ru, text):
        assert r.end == len(text) or not text[r.end].isalpha(), text[r.start : r.end]


def test_a_gale_on_the_third_day_is_no_storm_company(ru: MilitaryUnitRecognizer) -> None:
    text = "на третий день шторм утих, и катер вышел"
    assert_not_found(text, _found(ru, text), "шторм")


def test_uk_airborne_troops_abbreviation(uk: MilitaryUnitRecognizer) -> None:
    text = "казав, що служив у 76-ї дивізії ПДВ, потім зник"
    assert_found(text, _found(uk, text), "76-ї дивізії ПДВ", ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a unit's number said again with its noun understood, once the text named it with its noun
        ("Дівчата, у кого чоловіки у 6-й роті? Мій з 6-ї, третій день мовчить.", "з 6-ї"),
        # the noun glued to the digits, as hashtags and hurried posts write it
        ("Репост, будь ласка #Калуш #104бригада #зниклібезвісти", "104бригада"),
        ("Син служить у 57бригаді з весни.", "57бригаді"),
    ],
)
def test_repeated_number_and_glued_noun_uk(uk: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    found = _found(uk, text)
    start = text.index(surface) + (2 if surface.startswith("з ") else 0)
    assert any(r.start <= start and r.end >= text.index(surface) + len(surface) for r in found), [
        text[r.start : r.end] for r in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Чоловік у 6-й роті. Працюю з 6-ї до 9-ї, потім вільна.",  # a range of hours
        "Чоловік у 6-й роті. Прийду о 6-й.",  # an hour
        "Чоловік у 6-й роті. Приїду з 6-ї години.",  # the number's own noun
    ],
)
def test_a_repeated_number_that_is_an_hour_stays(uk: MilitaryUnitRecognizer, text: str) -> None:
    second = text.index("6-", text.index("роті"))
    assert not any(r.start <= second < r.end for r in _found(uk, text)), text


def test_repeated_number_ru(ru: MilitaryUnitRecognizer) -> None:
    text = "Муж в 138-й бригаде. Из 138-й кто-нибудь звонил?"
    second = text.index("138-й", text.index("бригаде"))
    assert any(r.start <= second < r.end for r in _found(ru, text))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the unit noun first, its ordinal after it between commas or dashes
        ("uk", "наш батальйон, 3-й, стоїть під Бахмутом", "3-й"),
        ("ru", "мой полк — тысяча двести тридцать восьмой — опять на передке", "тысяча двести тридцать восьмой"),
    ],
)
def test_ordinal_in_apposition_to_its_noun(
    ru: MilitaryUnitRecognizer, uk: MilitaryUnitRecognizer, lang: str, text: str, surface: str
) -> None:
    rec = uk if lang == "uk" else ru
    assert_found(text, _found(rec, text), surface, ENTITY)


def test_a_day_after_a_company_is_no_apposed_ordinal(ru: MilitaryUnitRecognizer) -> None:
    text = "в роте, второй день без воды, всё плохо"
    assert_not_found(text, _found(ru, text), "второй")


def test_a_spelled_ordinal_before_its_men(uk: MilitaryUnitRecognizer) -> None:
    text = "(Р): нас кинули до сто тридцять сьомої морпіхів, там пекло."
    assert_found(text, _found(uk, text), "сто тридцять сьомої", ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("(Р): у розвідроті 68-ї, в нас п'ятеро лишилось.", "розвідроті 68-ї"),
        ("(Р): у батальйоні 43-ї вже ротація.", "батальйоні 43-ї"),
    ],
)
def test_a_sub_unit_before_its_brigades_ordinal(uk: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(uk, text), surface, ENTITY)


def test_a_year_after_a_company_is_no_brigade(ru: MilitaryUnitRecognizer) -> None:
    text = "в роте с 2022-го года служил"
    assert_not_found(text, _found(ru, text), "2022-го")
