"""RuCallSignRecognizer: Russian/Ukrainian call signs and inflected repeats (domain-identifiers §3, §8 ru 9, 10, 21)."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def ru() -> RuCallSignRecognizer:
    return RuCallSignRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> RuCallSignRecognizer:
    return RuCallSignRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позывной у меня «Тайга», а у командира «Шаман».", "Тайга"),
        ("Позывной у меня «Тайга», а у командира «Шаман».", "Шаман"),
        ("Бойца с позывным «Бес» ранило, Беса увезли в тыл.", "Бес"),
        ("Бойца с позывным «Бес» ранило, Беса увезли в тыл.", "Беса"),
        ("Его позывной Гром, он старший.", "Гром"),
        ("Пришёл новенький с позывным «Утюг», смешной.", "Утюг"),
        ("Воевал под позывным Кот. С Котом мы и вышли.", "Котом"),
        ("Кличка у него Сизый. Сизого тоже зацепило.", "Сизого"),
        ("Погоняло у него Лютый, злой был.", "Лютый"),
        ("Его все зовут Малой, хотя ему сорок.", "Малой"),
        ("— Гром, Гром, я Утюг, приём.", "Гром"),
        ("— Гром, Гром, я Утюг, приём.", "Утюг"),
        ("— Как позывной? — Кабан.", "Кабан"),
        ("— Рыжий, ты где? — Да на месте.", "Рыжий"),
        ("Вчера с ним Сизый был, тоже ранен.", "Сизый"),
    ],
)
def test_ru_finds(ru: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, ru.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позивний «Кобзар», служить у бригаді.", "Кобзар"),
        ("Військовий на псевдо Грім перейшов на наш бік.", "Грім"),
        ("У нас тут теж є Дід — позивний такий.", "Дід"),
        ("Його позивний Сокіл. Сокола поранило.", "Сокола"),
    ],
)
def test_uk_finds(uk: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позывной не помню, спроси у ротного.", "не"),
        ("— Мам, ты меня слышишь?", "Мам"),
        ("— Слушай, короче, всё нормально.", "Слушай"),
        ("Кот у бабушки опять пропал.", "Кот"),
        ("Скинь на карту Сбера, она оформлена.", "Сбера"),
        ("Пиши на полевую почту: Москва-400.", "Москва"),
        ("МАТЬ: Сыночек, ты где?", "Сыночек"),
        # an emoji or bullet opening a line starts a sentence: its first word is no mid-sentence nickname
        ("Разговор длился час.\n🔥 Свежая расшифровка — в комментариях.", "Свежая"),
        ("Итоги:\n• Главный вопрос — деньги.", "Главный"),
    ],
)
def test_ru_ignores(ru: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Поруч Тарас Мельничук з Калуша, нормальний хлопець.", "Калуша"),
        ("Його повезли до Дніпра, в лікарню.", "Дніпра"),
        ("Сьогодні Великдень, привітай усіх.", "Великдень"),
    ],
)
def test_uk_ignores(uk: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk.analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # A quoted word beside a rank or role noun, in any order and case.
        ("ru", "Нас принял ротный, «Сыч», сразу на позиции.", "Сыч"),
        ("ru", "У взводного нашего позывной не знаю, а замполит у них «Пастор».", "Пастор"),
        ("uk", "Командира їхнього, «Граніта», поранило.", "Граніта"),
        ("uk", "Її побратим «Бобер» виніс її з-під обстрілу.", "Бобер"),
        # Reversed cues: "звали его «X»", "«X» — так его называют".
        ("ru", "Старшина, кликали его «Дед», был добрый.", "Дед"),
        ("ru", "«Муха» — так её называли в роте.", "Муха"),
        ("uk", "Називали його «Кактус», бо колючий.", "Кактус"),
        # A quoted animate word acting as a person: subject of a verb, or a speaker naming himself.
        ("ru", "Вечером «Ворон» приказал отходить.", "Ворон"),
        ("uk", "Потім «Лелека» подзвонив ще раз.", "Лелека"),
        ("ru", "— Алло, это «Кречет», слышишь?", "Кречет"),
        # After the cue without quotes, only the capitalised word.
        ("uk", "Під позивним Беркут вона служила два роки.", "Беркут"),
    ],
)
def test_call_signs_beside_roles_and_reversed_cues(language: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(language)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ru", "Фильм «Солдат» вышел в прокат.", "Солдат"),  # a title after its noun
        ("ru", "Батальон «Ястреб» воюет под Торецком.", "Ястреб"),  # a unit's name: the unit recogniser's
        ("ru", "«Газпром» сообщил о прибыли.", "Газпром"),  # a company is no animate word
        ("uk", "Під позивним Беркут вона служила два роки.", "Беркут вона"),
    ],
)
def test_quoted_names_of_things_stay(language: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(language)
    found = [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"])]
    assert surface not in found


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("uk", "У батальйоні його знали як «Лиса», він був сапером.", "Лиса"),
        ("ru", "Он был известен как «Сапсан».", "Сапсан"),
        ("ru", "Воевал под псевдонимом «Кузнец».", "Кузнец"),
    ],
)
def test_known_as_and_pseudonym(language: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(language)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


def test_known_how_is_no_cue() -> None:
    text = "Известно как «Газпром» работает с подрядчиками."
    rec = RuCallSignRecognizer("ru")
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), "Газпром")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # A capitalised common word heading a body's or a place's name with the lower-case words after it.
        ("uk", "Удар по позиціях Сил оборони відбили вранці.", "Сил"),
        ("uk", "Командування Сухопутних військ підтвердило втрати.", "Сухопутних"),
        ("uk", "Про це повідомили в Офісі Генерального прокурора.", "Офісі"),
        ("uk", "Про це повідомили в Офісі Генерального прокурора.", "Генерального"),
        ("uk", "Йому загрожує стаття Кримінального кодексу про державну зраду.", "Кримінального"),
        ("ru", "Концерт прошёл в Доме культуры посёлка.", "Доме"),
        ("ru", "Пообещал вернуться к Новому году, но не вернулся.", "Новому"),
        ("ru", "Родилась под самый Новый год.", "Новый"),
        ("ru", "Заявление сделал Глава Курской областной администрации.", "Глава"),
        ("ru", "В докладе Уполномоченного по правам человека есть его имя.", "Уполномоченного"),
        # Honorifics and awards.
        ("uk", "Посмертно присвоєно звання Героя України.", "Героя"),
        ("uk", "Квіти поклали до пам'ятника Героям АТО.", "Героям"),
        ("uk", "Похований на Алеї Героїв сільського цвинтаря.", "Героїв"),
        ("ru", "Награждён орденом Мужества посмертно.", "Мужества"),
        ("uk", "Його нагородили орденом Мужності третього ступеня.", "Мужності"),
        # Field labels, kinship addresses and sentence openers that address nobody.
        ("uk", "Анкета.\nЗвання, посада: старший солдат.", "Звання"),
        ("uk", "Запитання: Прізвище, ім'я?", "Прізвище"),
        ("ru", "Список обновлён.\nРодственники, которые ищут своих, пишут нам.", "Родственники"),
        ("uk", "Запис триває.\n\nРозмову, за даними розвідки, записали під Бахмутом.", "Розмову"),
        ("uk", "ВІЙСЬКОВИЙ: Коротше, нас знову перекидають.", "Коротше"),
        ("uk", "ДОНЬКА: Тату, ти мене чуєш?", "Тату"),
        ("ru", "Дата смерти: 2023.\nОбразование: среднее.", "Образование"),
    ],
)
def test_common_words_in_body_names_awards_and_labels_are_no_call_signs(language: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(language)
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ru", "А Бурый пакет забрал и ушёл.", "Бурый"),  # the subject before its verb's object
        ("ru", "Потом Хмурый сказал, что уходим.", "Хмурый"),
        ("uk", "Вчора Сивий поїхав на ротацію.", "Сивий"),
        ("ru", "— Рыжий, ты где?", "Рыжий"),
        ("ru", "Позывной у него Новый, пришёл неделю назад. Нового тоже ранило.", "Нового"),
        ("uk", "Позивний «Герой», так його назвали хлопці.", "Герой"),  # a cue beats the honorific rule
    ],
)
def test_nicknames_beside_the_body_rules_still_found(language: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(language)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Передали, що Скеля на місці. — Зливо, у нас двоє поранених.", "Зливо"),  # a vocative address
        ("— Звідки? — Можайськ, Московська область.", "Можайськ"),  # a town answering "where from?" stays found
    ],
)
def test_ukrainian_turn_openings_that_stay_found(text: str, surface: str) -> None:
    rec = RuCallSignRecognizer("uk")
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # a capitalised adjective as the subject of a past-tense verb of its gender: a nickname, quoted speech or not
        ("uk", "«Сивий нам пояснив: завтра виходимо», — розповідає полонений.", "Сивий"),
        ("ru", "Вчера Рыжий приказал всем сидеть в блиндаже.", "Рыжий"),
        ("ru", "Кривой мне сказал, что нас меняют.", "Кривой"),
    ],
)
def test_adjective_as_the_speaker_is_a_nickname(language: str, text: str, surface: str) -> None:
    assert_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # an adjective qualifying a noun, or a plural adjective, is no speaker
        ("uk", "Новий наказ прийшов уночі.", "Новий"),
        ("ru", "Молодые сказали, что устали.", "Молодые"),
        ("ru", "Красная машина приехала за нами.", "Красная"),
        ("ru", "Раненый сказал, что их бросили.", "Раненый"),
        ("uk", "Затриманий заявив, що його змусили.", "Затриманий"),
    ],
)
def test_adjective_before_its_noun_is_no_speaker(language: str, text: str, surface: str) -> None:
    assert_not_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # a kin word capitalised inside a sentence of soldiers' talk is a call sign, and so are its other forms
        ("ru", "Вышли на позиции втроём: я, Кум и новенький. Куму ногу посекло.", "Куму"),
        ("uk", "Командир роти сказав, що з Дідом усе гаразд.", "Дідом"),
    ],
)
def test_kin_word_as_a_call_sign_in_war_talk(language: str, text: str, surface: str) -> None:
    assert_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # no war in the text, or the kin word opens its sentence: a relative
        ("ru", "Мама: А Батя звонил? Скажи, что я жду.", "Батя"),
        ("ru", "Взвод ушёл на позиции. Дед звонил вечером, переживает.", "Дед"),
        ("ru", "Кум, здорово! У нас в роте тоже есть Кум, весёлый мужик.", "Кум,"),
    ],
)
def test_kin_word_of_a_relative_is_no_call_sign(language: str, text: str, surface: str) -> None:
    assert_not_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # a quoted word as the subject of what a man does in the field
        ("ru", "Раненых ночью заберём. «Кедр» подтянет «мотолыгу» к лесополосе.", "Кедр"),
        ("uk", "Зв'язку не було. «Бурий» вивіз поранених ще до світанку.", "Бурий"),
        # a headline or a question asking who the man is
        ("uk", "Хто такий «Хижак»: що відомо про командира штурмовиків", "Хижак"),
        ("ru", "Кто такой «Гюрза» из Оренбурга и где он сейчас", "Гюрза"),
        # a post asked after, the next turn naming him
        ("ru", "— А ротный у вас?\n— «Молчун». Злой как собака.", "Молчун"),
        ("uk", "— А комбат ваш?\n— «Сокіл», він з нами не ходить.", "Сокіл"),
        # a quoted word beside a given name
        ("ru", "Нас трое вышло: я, «Сыч», Саша, и ещё новенький.", "Сыч"),
        ("uk", "Загинули двоє: Андрій, «Сокіл», і ще один хлопець.", "Сокіл"),
        # the animate relative pronoun: the one called so is a man
        ("uk", "Співрозмовник, якого називають «Бурсак», скаржиться на командира.", "Бурсак"),
        ("ru", "Сослуживец, которого все зовут «Тихий», рассказал о потерях.", "Тихий"),
    ],
)
def test_quoted_call_sign_by_what_the_man_does_or_is_asked(language: str, text: str, surface: str) -> None:
    assert_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # bodies, media and works do not carry anyone off or get asked about as men
        ("ru", "Цены растут. «Газпром» сообщил о новых тарифах.", "Газпром"),
        ("ru", "Город, который называют «Северной столицей», встретил нас дождём.", "Северной"),
        ("ru", "— А командир?\n— «Москва» его забрала, в госпиталь.", "Москва"),
        ("uk", "Ми були в «Епіцентрі», Андрію, там усе дорого.", "Епіцентрі"),
    ],
)
def test_quoted_bodies_are_no_call_signs(language: str, text: str, surface: str) -> None:
    assert_not_found(text, RuCallSignRecognizer(language).analyze(text, ["CALL_SIGN"]), surface)


# One speaker's pet name or nickname for someone, in quotes after a verb of naming in the singular or after the
# relative pronoun of the one named ("мать называет его «Тошик»", "которого она называет «Стёпа»").
@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ru", "Мать называет его «Тошик» и просит вернуться домой.", "Тошик"),
        ("ru", "Жена звала его «Мишутка», так и записала в телефоне.", "Мишутка"),
        ("ru", "Мужчина, которого она называет «Бэлиг», жалуется на командира.", "Бэлиг"),
        ("ru", "Военный, которого отец называет «Лёлик», служит в штурмовой роте.", "Лёлик"),
        ("uk", "Жінка, яку він називає «Ксюня», просить його здатися.", "Ксюня"),
    ],
)
def test_a_name_someone_calls_him_by(
    ru: RuCallSignRecognizer, uk: RuCallSignRecognizer, language: str, text: str, surface: str
) -> None:
    rec = ru if language == "ru" else uk
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    "text",
    [
        "Он называет её мамой и просит перевести денег.",
        "Третий называет Министерство обороны виновным в потерях.",
        "Мать, которую он зовёт «мамуль», просит перевести деньги.",
    ],
)
def test_naming_verbs_without_a_quoted_name(ru: RuCallSignRecognizer, text: str) -> None:
    assert not ru.analyze(text, ["CALL_SIGN"])


# Words that look like call signs and are not (invented passages in the shapes of intercept write-ups, live blogs
# and memory-book cards): role speaker labels, quoted words no call sign can be, replies, posts and time stamps.
@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a family call is labelled by roles; a post labels no one; the writer's own common noun is a role
        ("ru", "ЗВОНОК\nКОНТРАКТНИК: Мам, привет.\nМАТЬ: Ты где?\nКОНТРАКТНИК: На точке.", "КОНТРАКТНИК"),
        ("ru", "СЫН: Пап, нас выводят.\nСВЯЗИСТ: Кто это?\nОТЕЦ: Я.\nСВЯЗИСТ: Отбой.", "СВЯЗИСТ"),
        ("uk", "Розмова з вербувальником.\nВЕРБУВАЛЬНИК: Фото?\nАГЕНТ: Є.\nВЕРБУВАЛЬНИК: Скидай.", "ВЕРБУВАЛЬНИК"),
        ("ru", "Взводный: Сколько вас?\nБоец: Шестеро.\nВзводный: Держитесь.", "Взводный"),
        # the handler and the agent of a published chat are roles, though nothing else in the piece names them so
        ("ru", "КУРАТОР: Фото есть?\nАГЕНТКА: Да.\nКУРАТОР: Скидывай.\nАГЕНТКА: Ок.", "КУРАТОР"),
        # a subject before its relative clause is not spoken to
        ("uk", "Позивний «Граб».\nСусід, якого всі називають «Дядя Гриша», мовчить.", "Сусід"),
        # quoted words in a text about call signs that name a thing, are a verb, a pronoun or a letter
        ("uk", "Позивний «Сич». Прикмети: татуювання «Мама» на зап'ясті.", "Мама"),
        ("ru", "Позывной «Клён». Права категории «D», водитель.", "D"),
        # a reply already addressed to a relative; an adjective heading a field; a chat header's time
        ("ru", "— Ты живой?\n— Живой, мам, живой. Позывной теперь «Сом».", "Живой"),
        ("uk", "Позивний «Явір».\nДомашній, за яким жила родина: вул. Садова, 4.", "Домашній"),
        ("ru", "Позывной у него «Буран».\nГость, 10:42\nА где он сейчас?", "Гость"),
        ("uk", "— Сонце, ти як? Позивний у тебе який тепер?\n— «Клен».", "Сонце"),
        # a post before its body's abbreviation or its holder's name; a live blog's time stamp opens a sentence
        ("uk", "Позивний «Дуб». Звернення Командувача ДШВ до родин.", "Командувача"),
        ("uk", "09:15 – Уламки ракети впали на склад.\n09:40 Рятувальники працюють. Позивний «Ґедзь».", "Уламки"),
    ],
)
def test_no_call_sign_in_plain_words(
    ru: RuCallSignRecognizer, uk: RuCallSignRecognizer, language: str, text: str, word: str
) -> None:
    rec = ru if language == "ru" else uk
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), word)


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        # the call signs beside those traps stay found
        ("uk", "Позивний «Сич». Прикмети: татуювання «Мама» на зап'ясті.", "Сич"),
        ("ru", "Позывной оккупанта, по данным разведки, — «Нежа».", "Нежа"),
        ("ru", "— Рыжий, ты где?\n— Иду.", "Рыжий"),
        ("ru", "Кедр: Приём.\nБобёр: Слышу.\nКедр: Выходим.", "Бобёр"),
        ("uk", "Командир роти — «Явір».", "Явір"),
        # a record card's next field is no part of the call sign
        ("uk", "Позивний: Сокіл\nЗвання: старший солдат", "Сокіл"),
        # what a man was or stays to the others, quoted: a name, in any case
        ("uk", "Для хлопців з роти він був «Сірим».", "Сірим"),
        ("ru", "Для друзей он навсегда останется «Молчуном».", "Молчуном"),
    ],
)
def test_call_signs_beside_the_traps(
    ru: RuCallSignRecognizer, uk: RuCallSignRecognizer, language: str, text: str, surface: str
) -> None:
    rec = ru if language == "ru" else uk
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


def test_a_record_cards_next_field_is_no_call_sign(uk: RuCallSignRecognizer) -> None:
    text = "Позивний: Сокіл\nЗвання: старший солдат"
    assert_not_found(text, uk.analyze(text, ["CALL_SIGN"]), "Звання")
