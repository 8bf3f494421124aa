"""Call signs and nicknames in Russian and Ukrainian, with their inflected repeats.

Matches the word(s) after an introducer — позывной / позывным / под
позывным, кличка, погоняло, прозвище, "его все зовут"; Ukrainian позивний,
з позивним, на псевдо, прізвисько — either in quotes («Гром», "Утюг") or as
one or two capitalised words (позывной Гром). A quoted capitalised word in
the same sentence after an introducer is a call sign too ("Позывной у меня
«Тайга», а у командира «Шаман»"). The introducer and the quotes stay outside
the span.

After "позывной" a call sign stays nominative in quotes, but elsewhere it
inflects ("Беса увезли", "с Котом"): every call sign found is expanded into
its case forms (pymorphy3 lexeme, or a suffix table for words the dictionary
does not know, see :func:`redact.recognizers.nlp.morph.variants`) and each capitalised
occurrence anywhere in the text is reported as well.

Without an introducer, the form tells a call sign (each rule is a grammar over pymorphy3 parses, not a list of
phrasings):

* a quoted animate common noun in an oblique case ("у «Грача»", "номер «Ягуара»"): a body's quoted name stands in
  the nominative after its head noun; after a body, unit or title noun, or people in the plural, it is the unit;
* a quoted word beside an animate person noun in the singular, agreeing in the nominative ("механик наш «Гена»");
* a quoted word inside or after a given name ("Олег «Бурштин» Ковальчук"), in brackets after a list's "surname given
  name" too ("Тарасюк Олексій («Шаман»)");
* a lower-case value right after its introducer in a chat ("позывной малой"), and its other lower-case case forms;
* a plain noun opening a turn when the words after it speak to him ("Борода, ты где?");
* "с"/"з" with the instrumental: company kept, not a place come from ("с Бородой");
* radio slang for the killed and wounded said of a capitalised word ("Кот вчера трёхсотый", "Калмык двести.");
* a surname the text names clipped to its head ("Кирилл Бочаров ... Бочар уехал", "Шестаков? — Шест погиб"): the
  surname read by the dictionary's Surn tag or by its suffix (-ов, -ин, -енко, -ук ...), the clip a noun, no given
  name or place;
* a quoted word joined by и/і/та to a quoted call sign, or quoted men as company kept ("с «Кузей» и «Зеленым»",
  "с «Вороной»"), when it can name a man (an animate noun or a substantivised adjective);
* a quoted dictionary word in the dative after a verb of telling, giving or calling ("передай «Кедру»", "подзвони
  «Бороді»", "«Кедру» скажи"), or thanked in a sentence of thanks to men ("Дякую хлопцям ..., окремо «Сичу» і
  «Бороді»"); a quoted word in the nominative right after a man's verb of telling ("— ..., — рассказал «Граф»");
* a capitalised noun with a post set off by commas after it ("Шаман, ротный, сказал", "Бес, командир наш, —");
* an inanimate noun in the nominative opening a sentence as the subject of a colloquial verb only a man does,
  masculine in the past ("Туча сказал");
* a radio call written as a header ("Шаман — Кедру:"), or said: the called station, then the caller naming himself
  ("Сатурн, я Макар", "«Гранит», я «Дон-17», приём", "Кедр, это Тамбов" in a radio exchange), stations quoted or
  numbered ("Кедр-3"), also as a radio log's speaker labels ("05:42 «Кедр-3»: ..."); a numbered station anywhere
  in a dialogue ("Байкал-7 заряжает"), but a numbered position after a preposition of place ("на Куст-3");
* a quoted word as the subject of a man's speaking verb ("«Гром» сказал"), as the bare one ("Туча сказал"), and
  mid-sentence too, the quotes making it a name ("Его «Кедр» отправил на «ноль»");
* a one-word speaker label that is a common word, an animal or a place, in a dialogue ("Орёл: ...").

Known false positive: a capitalised common noun that happens to be a call
sign's case form ("Кот" starting a sentence about a cat) is tagged once the
call sign "Кот" has been seen in the same document.
Known false positive: a work's title inflected in quotes without a title noun before it ("читал «Ревизора»").
Known false positive: a capitalised noun that happens to be the head of a surname in the same text ("Морозов ...
Мороз ударил" opening a sentence).
Known miss: a call sign that is a kinship word or an animate noun opening a sentence with no cue ("Батя сказал",
"Шаман сказал"): the same shape as "Врач сказал".
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.gazetteer import find_forms, is_given_name
from redact.recognizers.nlp.institutions import category
from redact.recognizers.nlp.places import field_post_address, is_known_place
from redact.recognizers.nlp.ranks import HONORIFIC_PERSON_LEMMAS, MOTHERLAND_LEMMAS, stems_for
from redact.recognizers.nlp.sentences import after_time_stamp
from redact.recognizers.ru_person import _qualifies_next

__all__ = ["RuCallSignRecognizer"]

_INTRO = (
    r"(?:позывн(?:ой|ого|ому|ым|ом|ые|ых|ыми|ая)|позывняк\w*|кличк(?:а|и|е|у|ой)|погонял(?:о|а|у|ом)|"
    r"прозвищ(?:е|а|у|ем)|позивн(?:ий|ого|ому|им|і|их)|псевдо|псевдонім\w*|прізвиськ(?:о|а|у|ом)|"
    r"(?:его|её|ее|меня|нас|его\s+все|все\s+его|все|його|її|мене|усі|всі)\s+(?:тут\s+)?(?:зовут|звали|кличут|кличуть|звуть|називають)|"
    r"(?:зовут|звали|звать|кличут|кликали|кличуть|кликали|звуть|звали|называли|называют|називали|називають|прозвали"
    # one speaker's name for someone: "мать называет его «Тошик»", "жена звала его «Мишутка»", "називає його"
    r"|называет|называл|называла|называю|зовёт|зовет|звал|звала|кличет|називає|називав|називала|кличе)"
    r"\s+(?:его|её|ее|його|її|их|їх|меня|мене|тебя|тебе|вас|нас)(?:\s+(?:все|всі|усі|тут|у\s+нас|в\s+роте|ребята|хлопці))?|"
    # the one named before the verb, an animate pronoun (a man or a woman, never a thing: "город, который называют"):
    # "мужчина, которого она называет «Стёпа»", "якого мати називає «Тарасик»", "боец, которого все зовут Малой"
    r"(?:которого|которую|которых|якого|яку|яких)\s+(?:\w+\s+){0,2}?"
    r"(?:называет|называют|называл|называла|называли|зовёт|зовет|зовут|звал|звала|звали|кличет|кличут|називає|називають|"
    r"називав|називала|називали|кличе|кличуть|звуть|прозвали))"
)
# The man names himself: "военный, который называет себя «Бурят»", "який називає себе Баатр", "представился как
# «Кедр»", "назвався Тайфуном". Only an introducer of its own value: a news text where someone "представился" is no
# text about call signs (the document-wide quoted words of :data:`_INTRO_RE` stay with the other introducers).
_SELF_NAMED = (
    r"(?:(?:(?:называ(?:ет|л|ла|ющий|вший)|назвал|зов(?:ёт|ет)|назива(?:є|в|ла|ючи)|назвав|назвала|зве)\s+себ[яе]"
    r"|представил(?:ся|ась)|назвал(?:ся|ась)|представи(?:вся|лася)|назва(?:вся|лася)|відрекомендува(?:вся|лася))"
    r"(?:\s+(?:как|як))?)"
)
# An apostrophe inside a word ("Кам'янець", "Об'єднаних") is a letter of Ukrainian spelling, never a quote.
_QUOTED = r"(?:[«\"„“]|(?<!\p{L})')\s*(?P<v>(?:[^«»\"„“”'\n]|(?<=\p{L})'(?=\p{L})){1,40}?)\s*(?:[»\"“”]|'(?!\p{L}))"
_BARE = r"(?P<v>[А-ЯЁІЇЄҐA-Z][\w’'-]*(?:\s+[А-ЯЁІЇЄҐA-Z][\w’'-]*)?)"
# Between the introducer and the call sign: "у меня", "у него был", "—", ":", "это".
_GAP = (
    r"(?:[\s,:—–?-]|у\s+(?:меня|него|неё|нее|нас|командира|мене|нього|неї)\b"
    r"|был[аио]?\b|была\b|это\b|такой\b|був\b|це\b|—)*?"
)
_PATTERNS = [
    regex.compile(rf"(?<!\w)(?:{_INTRO}|{_SELF_NAMED}){_GAP}\s*{_QUOTED}", regex.IGNORECASE),
    regex.compile(rf"(?<!\w)(?:{_INTRO}|{_SELF_NAMED}){_GAP}\s*{_BARE}", regex.IGNORECASE | regex.VERSION1),
]
# Chats write a call sign in lower case after its introducer ("позывной малой", "з позивним лис"): one word, checked
# by its parse in :meth:`RuCallSignRecognizer._lower_value`.
_LOWER = regex.compile(rf"(?<!\w)(?i:{_INTRO}){_GAP}\s*(?P<v>[а-яёіїєґ][а-яёіїєґ'’-]+)(?![\w-])")
# A station's name on the radio: a capitalised word, quoted or not, with an optional station number ("Кедр-3",
# "«Дон-17»": a call sign's set or post, the way the radio exchanges GUR and SBU publish write them).
_STATION_WORD = r"\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:-\d{1,3})?"
_STATION = rf"[«\"„“]?{_STATION_WORD}[»\"“”]?"
# Radio protocol, the called station first, then the caller naming himself: "Гром, Гром, я Утюг", "«Гранит»,
# «Гранит», я «Дон-17», приём", "Кедр, это Тамбов", "Сокіл, це Лис". Both are call signs.
_RADIO = regex.compile(
    rf"(?<![\w-])(?P<a>{_STATION})(?:,\s*(?P=a))*,\s+(?P<self>я|это|тут|здесь|це)\s+(?P<b>{_STATION})(?![\w-])"
)
_STATION_INNER = regex.compile(_STATION_WORD)
# Words that make a text a radio exchange: a "это"-call is a station naming itself only there ("Кедр, это Тамбов"),
# not a caller telling whom a photo shows ("Смотри, это Авдеевка").
_RADIO_CUE = regex.compile(
    r"(?i:(?<!\p{L})(?:при[её]м|прийом|на\s+связи|на\s+зв['’]язку|как\s+слышишь|як\s+чуєш|конец\s+связи|кінець\s+зв"
    r"|радио(?:перехват|обмен|связ|переговор|эфир)\p{L}*|радіо(?:перехоплен|обмін|зв|переговор|ефір)\p{L}*|раци\p{L}*|рації|эфир\p{L}*|ефір\p{L}*|отбой|відбій))"
)
# A station number: "Кедр-3" is the station "Кедр", third post.
_STATION_NUMBER = regex.compile(r"-\d{1,3}$")
# Radio formulas: "«Кедр», «Тундра» на зв'язку", "Гром, приём", "Сокіл, як чуєш?": the words addressed or calling
# in are call signs, quoted or not.
# Quoted names may run straight into the formula; bare words are an address, set off by a comma ("Сокіл, прийом"),
# and the formula ends the clause ("Лікар, прийом з 9:00" is a doctor's hours).
_SIGN_ITEM = _STATION
_RADIO_FORMULA = regex.compile(
    rf"(?<![\w-])(?P<list>{_SIGN_ITEM}(?:\s*,\s*{_SIGN_ITEM}){{0,3}}(?:\s*,|(?<=[»\"“”])))\s+(?:(?:я|тут)\s+)?"
    r"(?:на\s+зв['’]язку|на\s+связи|прийом|приём|прием|як\s+чуєш|як\s+чуєте|как\s+слышишь|як\s+чути|как\s+слышно"
    r"|доповідай|докладывай|відповідай|ответь|відповідь\s+дай)(?![\w-])(?=\s*(?:[.!?,;:»\"—–]|$))",
    regex.MULTILINE,
)
# A radio reply that names the caller last: "— Зрозумів, «Тундра».", "Принял, Гром!", "Так точно, «Сокіл»".
_RADIO_REPLY = regex.compile(
    r"(?<![\w-])(?i:зрозумів|зрозуміла|прийняв|прийняла|прийнято|понял|поняла|принял|принято|так\s+точно|добро|плюс)"
    r"\s*,\s*[«\"„“]?(?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]?\s*[.!]"
)
# A station announcing itself where a turn opens, no comma after it: "— Кедр на связи, приём", "Скеля на зв'язку",
# "«Тундра» на приёме". (After a comma the formula above takes it.)
_ON_AIR = regex.compile(
    r"(?:^|(?<=[—–:]\s{0,3}))[ \t]*[«\"„“]?(?P<v>" + _STATION_WORD + r")[»\"“”]?[ \t]+"
    r"(?i:на\s+связи|на\s+зв['’]язку|на\s+при[её]ме|на\s+прийомі)(?![\w-])",
    regex.MULTILINE,
)
# "связи нет с «Тайфуном»", "хтось має зв'язок з «Тайфуном»": contact is kept with a man (or his station), so a quoted
# word in the instrumental after "with" there is his call sign, whatever it names unquoted.
_CONTACT_WITH = regex.compile(
    r"(?<![\p{L}])(?i:связ\p{L}{0,3}|зв['’]яз\p{L}{0,3}|звяз\p{L}{0,3}|контакт\p{L}{0,3})(?:[ \t]+\p{Ll}+){0,2}[ \t]+"
    r"(?i:с|со|з|із|зі)[ \t]+[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]"
)
# An answer or a turn that lists quoted nicknames: "Відповідь: «Шаман», «Бубен», командир відділення — ...".
_QUOTED_LIST = regex.compile(
    r"(?:(?<=(?:^|\n)\s{0,3}[—–]\s{0,3})|(?<=(?i:відповідь|ответ|відп\.|отв\.)\s{0,2}:\s{0,3}))(?P<list>[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”](?:\s*,\s*[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”]"
    r"|\s+(?:і|та|и|й)\s+[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”]){1,5})(?=\s*[,.;]|\s+(?:і|та|и|й)\s)",
    regex.MULTILINE,
)
_RADIO_WORDS = frozenset(
    "добре добро гаразд так ні зрозумів зрозуміла прийняв прийняла прийнято чую слухаю алло хорошо ладно да нет "
    "понял поняла принял принято слышу слушаю увага внимание всім всем усім привет привіт здравствуй здравствуйте "
    "здрасте вітаю салам".split()
)
_ITEM_WORD = regex.compile(_STATION_WORD)
_CAP_WORD = regex.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![\w-])")
# Address words, kinship, ranks and interjections that open a turn with a comma but are no nicknames.
_NOT_VOCATIVE = frozenset(
    """мам мама пап папа бать батя брат братан братишка сынок сын дочка доча дед деда бабуль бабушка жена муж
    командир товарищ ребята пацаны мужики парни девчонки народ друг дружище родной родная милый милая зай
    зайка солнце дорогой дорогая слушай короче алло господи боже блин ладно давай смотри слышь погоди подожди
    стой мамо тато брате друже синку хлопці пацани командире братику рідна мать отец сыночек сынуля сыночка
    доченька мамочка мамуля папочка бабуля дедушка тётя тетя дядя внук внучка сестра сестрёнка братик кум кума
    тёща свекровь бабусю бабуся мамочко матуся мати синочку синок син діду дід дідусь бабця дружина дружину
    дружино чоловік діду дідусю сестро сестра тітка дядько онук онуко кохана коханий тату таточку мамцю бабо
    тьотю тьотя тітко дядьку котик котёнок котенок малыш малышка зайчик зая киса кися солнышко золото радость
    счастье любимый любимая рыбка ласточка лапочка сокровище пупсик сонечко зайчику котику любий люба коханий
    рибко ластівко золотко мамка мамке мамку папка маманя батька батько сонце сонця""".split()
)
# Capitalised words that are no nickname in mid-sentence: God, institutions, brands, messengers.
_NOT_NICKNAMES = frozenset(
    """бог господь господи родина сбер сбербанк телеграм телега ватсап вайбер гугл яндекс авито озон ютуб
    вконтакте тинькофф мир аллах аллаху всевышний україна росія великдень різдво пасха рождество яга
    ланос приора жигули лада нива уаз газель камаз христос христом христа""".split()
)
# A call sign named before its introducer: "є Дід — позивний такий", "«Гром» — это позывной".
_BEFORE_INTRO = regex.compile(
    r"(?<![\w-])[«\"„“]?(?P<v>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)[»\"“”]?\s*[—–-]\s*(?:(?:(?:это|це|его|його|мой|мій)\s+)?(?:позывн|позивн)"
    r"|так\s+(?:\w+\s+){0,2}?(?:зовут|звали|звать|кличут|кличуть|звуть|называют|называли|називають|називали))",
    regex.IGNORECASE,
)
# A person noun (rank, role, comrade) with a quoted capitalised word beside it: "Командир у них «Тундра»",
# "сержант наш, «Бабай»", "побратим «Хижак»". The quoted word names him.
_ROLES = (
    r"(?:командир\w*|комбат\w*|комрот\w*|ротн\w+|взводн\w+|"
    + stems_for("call_sign", r"\w*")  # ranks: data/ranks.tsv, read_by "call_sign"
    + r"|снайпер\w*|медик\w*|побратим\w*|сослуживец|"
    r"сослуживц\w+|співслужив\w+|товарищ\w*|товариш(?:а|у|ем|еві)?|напарник(?:а|у|ом|ові)?|приятел(?:ь|я|ю|ем|еві)|боец|бойц\w+|боєць|бійц\w+|друг|друга|другом|другу|замполит\w*|"
    r"начальник\w*|старш\w+|зам\w*командира)"
)
# A post or role noun by itself ("Ротный сказал", "— Сослуживец, «Лом».", "СРОЧНИК:"): a post names no one.
_ROLE_WORD = regex.compile(_ROLES + r"|строковик\w*|срочник\w*")
# Words for any man: "Пацан трёхсотый" says who was hit no more than "Один трёхсотый".
_GENERIC_PEOPLE = frozenset(
    "пацан парень мужик боец солдат человек друг брат сосед хлопець чоловік боєць солдат людина сусід".split()
)
# The sub-unit a commander heads, in the genitive after his post: "Командир роти — «Шаман»", "командир відділення
# «Грек»", "командир расчёта — «Бизон»".
_HEADED = (
    # the sub-unit's ordinal may come first, its noun said or understood: "командир 3-й роты «Шаман»", "номер ротного
    # 5-й, «Сапсан»"
    r"(?:\s+\d{1,2}\s?-\s?(?:ой|ий|ый|ої|ей|го|й|я|ї))?"
    r"(?:\s+(?i:роти|роты|взводу|взвода|відділення|отделения|батареї|батареи|розрахунку|расч[её]та"
    r"|екіпажу|экипажа|штурмовиків|штурмовиков))?"
)
# Adjectives of a post's tenure between the post and the quoted word: "Ротный новый, «Хмурый»", "взводний колишній —
# «Сич»", "комбат теперешний «Бизон»". They say which holder of the post, so the quoted word is his name.
_TENURE = r"(?:нов|стар|прежн|бывш|колишн|нинішн|нынешн|теперешн|теперішн|временн|тимчасов)\p{Ll}{1,3}"
_ROLE_QUOTED = regex.compile(
    rf"(?<![\w-])(?i:{_ROLES})"
    + _HEADED
    + r"(?:\s+(?:у\s+(?:них|нас|него|неё|неї|нього)|наш\w*|ваш\w*|їхн\w*|ихн\w*|их|їх|его|його|її|её|сво\w+"
    r"|мо[йєяюеї]\w*|мій|был|була|был[аи]|був|теперь|тепер|тоже|теж|" + _TENURE + r"))*"
    r"[\s,:—–-]+(?:(?:это|це|—)\s+)?[«\"„“](?P<v>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)[»\"“”]"
)
# "знали его как «Тихого»", "відомий як «Пілігрим»", "известный под именем «Гром»": a quoted name after "known as".
_KNOWN_AS = regex.compile(
    r"(?<![\w-])(?i:зна(?:л|ли|ла|ют|ет|є|ють|в|ла|ли)|відом(?:ий|а|ого|им|і|ому|ою)|извест(?:ен|на|ны|н\w{2,}))"
    r"(?:\s+(?:его|её|ее|його|її|всем|всім|усім|все|всі|усі|в\s+роте|у\s+роті|тут))*"
    r"\s+(?i:як|как|под\s+именем|під\s+іменем)\s*[«\"„“](?P<v>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)[»\"“”]"
)
# A quoted capitalised word as what a man was or stays to the others: "Для побратимів він був «Чорним»", "для всех он
# навсегда останется «Тихим»", "він назавжди залишиться «Соколом»". A quote is a name there, not a quality.
_WAS_QUOTED = regex.compile(
    r"(?<![\w-])(?i:він|вона|он|она)(?:\s+(?i:просто|назавжди|навсегда|для\s+\w+|так\s+и|так\s+і|і|и)){0,2}\s+"
    r"(?i:був|була|был|была|став|стала|стал|залишиться|залишився|залишилася|останется|остался|осталась)"
    r"(?:\s+(?i:просто|назавжди|навсегда|для\s+\w+)){0,2}\s+[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]"
)
# A person noun of any kind (a rank, a post, a trade: "механик", "наводчиком", "водій") with a quoted capitalised
# word beside it, optionally "у них" / "наш" between: "Механик наш «Гена»", "наводчиком у них «Кот»". The noun is
# checked by its parse (an animate common noun in the singular), not looked up in a list of posts.
_PERSON_QUOTED = regex.compile(
    r"(?<![\w-])(?P<role>\p{L}[\p{Ll}'’-]+)"
    r"(?:\s+(?:у\s+(?:них|нас|него|неё|неї|нього)|наш\w*|ваш\w*|їхн\w*|ихн\w*|их|їх|его|його|її|её|мо[йєяюеї]\w*|мій|"
    + _TENURE
    + r"))*"
    r"[\s,:—–-]+(?:(?:это|це|—)\s+)?[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]"
)
# A quoted word set inside a man's name, or right after it: "Олег «Бурштин» Ковальчук", "Тарас Гнатюк «Явір»" — the
# way Ukrainian and Russian reporting writes a soldier's call sign. The word before is a given name (or a given name
# and a surname); a quoted word after a full name must not open a clause of its own ("Іван Петренко: «Досить»").
_NAME_QUOTED = regex.compile(
    r"(?<![\w-])(?P<a>\p{Lu}\p{Ll}+)(?:\s+(?P<b>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?\s+\(?"
    r"[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)[»\"“”]"
)
# A quoted word in apposition after a full name, set off by commas or a dash: "Микола Анатолійович Пастушенко,
# «Паштет», загинув ...", "Ігор Мельник — «Бурштин» — командир". Not a quotation opening a clause after a colon.
_NAME_APPOSED = regex.compile(
    r"(?<![\w-])(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s*[,—–]\s*"
    r"[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”](?=\s*[,—–)(;])"
)
# A turn asking who a person is ("А командир у вас кто сейчас?", "Хто у вас старший?") and the next turn opening
# with a quoted capitalised word: the answer names him. Turns open a line, after a dash or a speaker label.
_WHO_ANSWER = regex.compile(
    # or asking after a post by itself: "— А комбат? — «Бизон»?", "— А ротний ваш? — «Сокіл»"
    r"(?im)^[^\n]*(?<![\p{L}])(?:(?:кто|хто|who)(?![\p{L}])[^\n]*"
    r"|(?:комбат|командир|ротн|взводн|ротный|взводный|ротний|взводний|старш|начальник|commander)\p{L}{0,3}"
    r"(?:[ \t]+(?:у|в)[ \t]+(?:вас|них|тебя|тебе))?"
    r"(?:[ \t]+(?:ваш|наш|твой|твій|там|тогда|тоді|теперь|тепер|сейчас|зараз)\p{L}{0,2})?[ \t]*)\?[ \t]*\n[ \t]*"
    r"(?:[—–-][ \t]*|[\p{L}][\p{L} .]{0,25}:[ \t]*)?[«\"„“](?P<v>(?-i:\p{Lu})[\p{Ll}'’-]+)[»\"“”]"
)
# A headline or a question asking who a man is by his quoted call sign: "Хто такий «Бізон»", "Кто такой «Шаман» из
# Оренбуржья", "Who is 'Grom'".
_WHO_IS = regex.compile(
    r"(?i)(?<![\p{L}])(?:кто\s+так(?:ой|ая)|хто\s+так(?:ий|а)|who\s+is)\s+[«\"„“](?P<v>(?-i:\p{Lu})[\p{Ll}'’-]+)[»\"“”]"
)
# A quoted word and a man's given name side by side, set off by a comma: "второй – «Туман», Лёха", "Андрій,
# «Сокіл», загинув": the quoted word is what the man is called.
_QUOTED_BY_NAME = regex.compile(
    r"[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”],[ \t]+(?P<n>\p{Lu}\p{Ll}+)(?=[ \t]*[,.;!?—–])"
    r"|(?<![\p{L}])(?P<n>\p{Lu}\p{Ll}+),[ \t]+[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”](?=[ \t]*[,.;!?—–])"
)
# Verbs a man does in the field, said of a quoted call sign as their subject ("«Тайфун» подтянет «таблетку»",
# "«Кедр» вывез раненых"): bodies and media do not bring, carry off or come.
_ACTION_LEMMAS = frozenset(
    """подтянуть привезти вывезти завезти отвезти забрать прийти приехать подъехать уехать уйти пойти повести
    отвести прикрыть вытащить притащить принести зайти выйти вернуться погибнуть пропасть подтягивать забирать
    вывозить привозить тащить ползти подтягнути привезти вивезти завезти відвезти забрати прийти приїхати
    під'їхати поїхати піти повести відвести прикрити витягнути витягти притягти принести зайти вийти повернутися
    загинути зникнути забирати вивозити тягти
    отправить отправлять перевести поставить бросить кинуть вызвать вынести спасти ранить застрелить расстрелять
    відправити відправляти перевести поставити кинути викликати винести врятувати поранити застрелити
    розстріляти""".split()
)
# Verbs only a person does: speaking, ordering, calling, letting go. Their subject, if an inanimate common noun
# ("Туча сказал", "Борода приказал", "Скеля наказав"), is a man called by that word.
# Colloquial verbs only: bodies "сообщают", "заявляют", "отвечают" and "обещают" in the news ("Пентагон сообщил").
_SPEECH_LEMMAS = frozenset(
    """сказать говорить приказать велеть орать кричать звонить позвонить спросить материть послать наорать сказати
    казати наказати веліти кричати дзвонити подзвонити спитати питати послати""".split()
)
# Verbs of telling after which a quoted word in the nominative is the one who tells ("— ..., — рассказал «Граф».",
# "розповів «Сокіл»"): the speaking verbs and the reporter's verbs of an interview, a man's voice in the singular.
_TOLD_BY_LEMMAS = _SPEECH_LEMMAS | frozenset(
    """рассказать рассказывать пояснить пояснять ответить отвечать добавить вспоминать вспомнить признаться
    розповісти розповідати пояснити пояснювати відповісти відповідати додати згадувати згадати зізнатися""".split()
)
# Verbs whose dative is the one spoken to or given to: "передай «Кедру»", "подзвони «Бороді»", "ответь «Каштану»". A
# thing is not told or rung; a body is (left to the body checks). Thanks: :meth:`RuCallSignRecognizer._thanks_to_men`.
_ADDRESS_LEMMAS = frozenset(
    """сказать передать написать позвонить доложить ответить отдать дать отправить скинуть набрать объяснить
    сказати передати написати подзвонити доповісти відповісти віддати дати відправити скинути набрати
    пояснити""".split()
)
# Thanks reach the whole sentence: "Дякую хлопцям ..., окремо – «Сичу» і «Бороді»", when they go to men.
_THANKS_LEMMAS = frozenset("спасибо благодарить благодарный дякувати подякувати дякую спасибі вдячний подяка".split())
# Inanimate nouns that do speak: bodies, media, papers ("Штаб приказал", "Телевизор говорит", "Суд разрешил").
_SPEAKING_THINGS = frozenset(
    """кремль штаб суд телевизор телик радио интернет телеграм приказ закон батальон полк взвод рота отряд военкомат
    госпиталь сайт канал сердце голос телефон навигатор штаб суд телевізор радіо інтернет наказ закон батальйон
    полк взвод рота загін військкомат шпиталь сайт канал серце голос телефон""".split()
)
# A radio call written as a header, caller then the called in the dative: "Шаман — Кедру: ...", "«Лис» — «Тундрі»:".
_CALL_HEADER = regex.compile(
    r"(?:^|(?<=[\n.!?]\s{0,3}))[«\"„“]?(?P<a>\p{Lu}[\p{Ll}'’-]+)[»\"“”]?\s*[—–-]\s*"
    r"[«\"„“]?(?P<b>\p{Lu}[\p{Ll}'’-]+)[»\"“”]?\s*:",
    regex.MULTILINE,
)
# Nouns naming a performer or a work: the quoted word after them is a stage name or a title, public or no person.
_TITLE_HEADS = frozenset(
    """певец певица рэпер исполнитель артист блогер музыкант группа фильм спектакль постановка премьера роман книга
    песня пьеса сериал опера балет журнал газета співак співачка репер виконавець артист блогер гурт фільм вистава
    прем'єра книжка пісня серіал""".split()
)
# Nouns of a man who heads, owns or uses a body: the quoted word after them is the body ("директор «Укрнафти»").
_HEADS_OF_BODIES = frozenset(
    """директор гендиректор глава президент председатель руководитель основатель владелец совладелец акционер
    клиент абонент пользователь подписчик спонсор партнёр партнер керівник голова засновник власник співвласник
    акціонер клієнт користувач підписник спонсор партнер""".split()
)
# Nouns of a body or unit: the quoted creature after them names the unit ("отряда «Сармата»", "спецназ «Беркута»").
_GROUP_HEADS = frozenset(
    """отряд группа подразделение спецназ полк батальон бригада рота компания фонд клуб команда чвк псо загін
    група підрозділ спецпідрозділ батальйон бригада рота компанія фонд клуб команда""".split()
)
# A one-word speaker label at the start of a line, after an optional timestamp ("Орёл: ...", "[12:04] Тайга: ...");
# a radio log quotes its stations and numbers their posts ("05:42 «Кедр-3»: ...").
_SPEAKER = regex.compile(
    r"^[ \t]*(?:\[[\d:. ]+\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"[«\"„“]?(?P<v>\p{Lu}[\p{L}'’-]+(?:-\d{1,3})?)[»\"“”]?[ \t]?:(?=\s)",
    regex.MULTILINE,
)
# Any speaker label of one to three words ("Мама Лена:"), to tell a dialogue from a record card's one label.
_ANY_SPEAKER = regex.compile(
    r"^[ \t]*(?:\[[\d:. ]+\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"[«\"„“]?(?P<v>\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}(?:-\d{1,3})?)[»\"“”]?"
    r"[ \t]?(?:\p{So}[ \t]?)?:(?=\s)",
    regex.MULTILINE,
)
_GIVEN = frozenset({"Name", "Patr"})
# Relatives who label a family call's turns.
_FAMILY = frozenset(
    """мать мама отец папа жена муж сын дочь дочка сестра бабушка дедушка мати мама батько тато дружина чоловік син
    донька дочка сестра бабуся дідусь""".split()
)
# A word in lower case: the writer's common noun.
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}")
# Labels of a role, not a man: who speaks in a transcript ("Оккупант:", "Полонений:", "Вопрос:", "Перший:").
_ROLE_LABELS = frozenset(
    """оккупант окупант солдат пленный полонений военный військовий военнослужащий військовослужбовець мужчина
    женщина чоловік жінка собеседник співрозмовник вопрос ответ питання відповідь найманець наемник боец боєць
    воин воїн голос абонент журналист журналіст ведущий ведучий корреспондент кореспондент диспетчер оператор
    первый второй другой третий перший другий третій он она він вона интервьюер інтерв'юер следователь слідчий
    командир рядовой сержант офицер офіцер мобилизованный мобілізований контрактник заключенный ув'язнений
    родственник родич аноним анонім батько куратор агент агентка агентша колаборант коллаборант корректировщик
    коригувальник коригувальниця вербовщик вербувальник информатор інформатор""".split()
)
# Radio and chat slang for killed and wounded ("двухсотый", "трёхсотый", "200-й"): the word it is said of is a man.
# A quoted word joined to a quoted call sign by a conjunction, after it or before it.
_CONJUNCT_AFTER = regex.compile(r"\G[ \t]+(?:и|і|та|й)[ \t]+[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]")
_CONJUNCT_BEFORE = regex.compile(r"[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”][ \t]+(?:и|і|та|й)[ \t]+$")
# "с «Кузей» и «Зеленым»", "з «Лисом» та «Чорним»": a comitative list of quoted words, two or more.
_QUOTED_COMPANY = regex.compile(
    r"(?<![\p{L}])(?i:с|со|з|із|зі)[ \t]+(?P<list>[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”]"
    r"(?:[ \t]*,[ \t]*[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”])*[ \t]+(?:и|і|та|й)[ \t]+[«\"„“]\p{Lu}[\p{Ll}'’-]+[»\"“”])"
)
# A number joined to a quoted word ("«Кедр»-2", "Кедр-3"): a radio net's station or a position, not a man.
_NUMBERED_AFTER = regex.compile(r"[»\"“”]?-\d")
# One quoted man as company kept: "Я с «Вороной» говорил", "з «Лісником» ходили".
_WITH_WORDS = frozenset({"с", "со", "з", "із", "зі"})
_QUOTED_WITH = regex.compile(r"(?<![\p{L}])(?i:с|со|з|із|зі)[ \t]+[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]")
_INSTRUMENTAL = regex.compile(r"(?:ом|ем|ём|ой|ей|ёй|ым|им|ою|ею|єю|ам|ям)$")
# A Slavic surname by its suffix, its case ending cut off ("Калмыкова" -> "калмыков", "Бондаренку" -> "бондаренко").
_SURNAME_SUFFIX = regex.compile(
    r"(?P<base>\p{Ll}{3,}(?:ов|ев|ёв|ин|ын|енк(?=[оау])|чук|юк|ук))(?:о|а|у|ым|ом|е|ой|ою|им|ові|еві|ину|ині)?"
)
# A post set off by commas after a capitalised word, naming the man by it ("Шаман, ротный, сказал", "Бес, командир
# наш, приказал", "Сова, старшина роти, — на позиції"): a post is said of a man already named, so the word before it
# is his name. The post is one of _ROLES, in any form the table gives, with "наш"/"їхній" or the sub-unit it heads.
_APPOSED_ROLE = regex.compile(
    r",[ \t]+(?:(?:наш|ихний|їхній|наш\w*)[ \t]+)?(?i:"
    + _ROLES
    + r")"
    + _HEADED
    + r"(?:[ \t]+(?:наш|ихний|їхній|у[ \t]+нас))?[ \t]*(?:,|[—–])"
)
# A dialogue: two lines or more opening with a dash or a speaker's label and speaking ("— Кедр-12, я Зенит", "Ж: ...",
# "05:42 «Кедр-3»: ..."); in one, a capitalised word with a station number is a station wherever it stands ("Байкал-7
# заряжает", "передай Зениту-2"), but after a preposition of place it is a numbered position ("на Куст-3", "до
# Тополя-2"), and a weapon or a drone keeps its model number ("Орлан-10", "Ланцет-3").
_TURN_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[—–-][ \t]*|(?:\d{1,2}:\d{2}[ \t]+)?[«\"]?\p{Lu}[\p{L}\d .«»\"-]{0,24}:[ \t])(?P<t>\S[^\n]*)"
)
# A dashed turn that speaks: a pronoun of the speakers, radio words, a question or an exclamation (a record's bulleted
# list of the dead does not); a speaker's label makes a turn by itself.
_SPOKEN = regex.compile(
    r"(?i:(?<![\w-])(?:я|ты|ти|мы|вы|меня|тебя|нас|вас|мене|тебе|ми|ви|приём|прием|прийом|понял|зрозумів|слышу|чую)"
    r"(?![\w-])|[?!])"
)
# A unit's numbered name: a unit noun before its quotes or after them ("батальон «Алга-2»", "отряда «Курган-1»").
_UNIT_NOUN = r"(?:батальон|отряд|загін|загон|рот|бригад|полк|подразделени|підрозділ|групп|груп|взвод|дивизи|дивізі)\w*"
_UNIT_BEFORE_QUOTE = regex.compile(r"(?i:(?<![\w-])" + _UNIT_NOUN + r")[ \t]+[«\"„“]$")
_UNIT_AFTER_QUOTE = regex.compile(r"[»\"“”][ \t]+(?i:" + _UNIT_NOUN + r")(?![\w-])")
_NUMBERED_STATION = regex.compile(r"(?<![\w-])(?P<v>\p{Lu}\p{Ll}{2,}-\d{1,3})(?![\w-])")
_POSITION_BEFORE = regex.compile(
    r"(?i:(?<![\w-])(?:в|во|на|до|к|ко|под|під|за|из|із|з|зі|от|від|через|біля|возле|около|между|між|по|у|с|со)"
    r"[ \t]+[«\"„“]?)$"
)
_NUMBERED_THINGS = frozenset(
    """орлан ураган герань шахед ланцет мавик мавік зала элерон елерон форпост суперкам молния блискавка искандер
    іскандер калибр кинжал торнадо смерч град гиацинт гіацинт мста пион півонія тюльпан""".split()
)
_CASUALTY = regex.compile(
    # the word may close a quote, or be asked back and answered ("«Кулёк» двухсотый", "— «Танкіст»? Двохсотий.")
    r"[»\"”]?(?:[ \t]*\?)?[ \t]*(?:[—–-][ \t]*)?(?:\p{Ll}+[ \t]+)?(?i:(?:за)?(?:двух|двох|тр[её]х|трьох)сот\w*"
    r"|[23]00(?:-?(?:й|ый|ий|ій))?(?![\w-])"
    # the number said as a word closing the clause ("Калмык двести.", "Сова — триста, тяжёлый"): a sum or a
    # distance goes on with its noun ("двести рублей", "двісті метрів")
    r"|(?:двести|триста|двісті|триста)(?=[ \t]*(?:[.,!?;…\n]|$)))"
)
# A capitalised word joined to "я" in a list of men, his town after it perhaps: "Рыжий с Ягодного, я и ...", "Бородач
# и я", "я та Лелека".
_WITH_ME = regex.compile(
    r"(?<![\p{L}'’-])(?P<v>\p{Lu}\p{Ll}{2,})(?:[ \t]+(?:с|со|з|із|зі)[ \t]+\p{Lu}\p{Ll}+)?"
    # "Рыжий, я и Андрюха": after a comma the list goes on past "я" ("Добре, я зрозумів" opens a sentence)
    r"(?:,[ \t]+я[ \t]+(?:и|і|та|й)[ \t]|[ \t]+(?:и|і|та|й)[ \t]+я(?![\p{L}'’-]))"
    r"|(?<![\p{L}'’-])[Яя][ \t]+(?:и|і|та|й)[ \t]+(?P<v>\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])"
)
# Verbs of wounding and killing: their object is a man ("«Семеныча» ранило", "вашего «Тайгу» убили"). Hitting,
# shelling and catching ("подбили", "накрыло", "зацепило") are said of vehicles and positions too and stay out.
_STRUCK_LEMMAS = frozenset(
    """ранить поранить убить контузить подстрелить застрелить расстрелять поранити ранити вбити убити контузити
    підстрелити застрелити розстріляти""".split()
)
# The verb right after the closing quote, one adverb between at most ("«Лиса» вчора поранило"), or right before the
# opening quote ("убили «Тайгу»").
_VERB_AFTER = regex.compile(r"[»\"“”][ \t]+(?:(?P<a>\p{Ll}+)[ \t]+)?(?P<w>\p{L}+)")
_VERB_BEFORE = regex.compile(r"(?P<w>\p{L}+)[ \t]+[«\"„“]$")
# A quoted capitalised word that acts like a person: the subject of a verb ("«Шаман» сказал") or the speaker
# introducing himself ("Это «Хан»", "Я «Кедр»").
_HELD_BY = regex.compile(r"(?<![\p{L}])[Уу][ \t]+$")
_QUOTED_ONE = regex.compile(r"(?<![\w-])[«\"„“](?P<v>\p{Lu}[\p{Ll}'’-]+)[»\"“”]")
_SELF = regex.compile(r"(?i:(?:^|[\s—–-])(?:это|це|я|тут|здесь))\s*$")
_NEXT = regex.compile(r"[,]?\s+(?P<w>\p{Ll}[\p{Ll}'’-]+)")
_PREV_WORD = regex.compile(r"(?P<w>\p{L}[\p{L}'’-]*)\s+$")
_PLACE_PREP = regex.compile(r"(?<!\w)(?i:в|во|из|с|со|под|до|у|з|зі|із|під|біля|від|через|около|возле)\s+$")
_INTRO_RE = regex.compile(rf"(?<!\w){_INTRO}", regex.IGNORECASE)
_QUOTED_RE = regex.compile(_QUOTED)
_SENTENCE_END = regex.compile(r"[.!?…\n]")
# Words after an introducer that are not call signs ("позывной не помню", "позывной Сергей?" is still taken).
_NOT_SIGNS = frozenset({"не", "нет", "у", "его", "был", "это", "такой", "какой", "свой", "мой", "твой"})
# Honorific capitals and the nouns that name awards or titles: "Героя України", "орденом Мужества", "звання
# Героя": the capitalised word after them, or the honorific itself, is part of an award name.
_HONORIFIC_LEMMAS = frozenset({"мужество", "мужність", "слава"}) | HONORIFIC_PERSON_LEMMAS | MOTHERLAND_LEMMAS
# Award nouns before a quoted title, and the preposition award titles open with ("«За мужність»", "«За отвагу»").
_AWARD_NOUNS = frozenset({"орден", "медаль", "відзнака", "нагорода", "знак", "награда", "отличие"})
_AWARD_TITLE = regex.compile(r"За[ \u00a0]\p{L}")
_MEMORIAL_HEADS = frozenset({"алея", "аллея", "площа", "площадь"})
_AWARD_LEMMAS = frozenset({"орден", "медаль", "звание", "звання", "знак", "крест", "хрест", "степень", "ступінь"})
_FOLLOWING_WORD = regex.compile(r"[ \t\u00a0]{1,2}(?P<w>\p{L}[\p{L}'’-]*)")
_CASE_TAGS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


def _possessive_phrase(value: str, language: str) -> bool:
    """Whether a lower-case phrase opens with a possessive pronoun ("нашей мамой", "моим солнышком", "своїм братом"):
    what someone is to the speaker, said in the instrumental after "называет", never a call sign."""
    first = value.split()[0]
    return any(p.tag.POS == "ADJF" and "Apro" in p.tag.grammemes for p in morph.parses(first, language)[:2])


def _institution_head(text: str, end: int, word: str, parse: Any, language: str, depth: int = 0) -> bool:
    """Whether the capitalised common word opens a body or place phrase with the lower-case words after it.

    An adjective agreeing with an inanimate noun ("Кримінального кодексу", "к Новому году"); a noun governing a
    genitive ("Сил оборони", "Дом культуры", "Глава Киевской городской администрации", "Офісу Генерального
    прокурора"). A nickname is the subject or object, not a head with a genitive or an agreeing noun.
    """
    nxt = _FOLLOWING_WORD.match(text, end)
    if nxt is None:
        return False
    follow = nxt.group("w")
    fps = morph.parses(follow, language)[:4]
    if not fps or any(p.tag.POS in ("VERB", "INFN", "PREP", "CONJ", "PRCL", "NPRO") for p in fps[:1]):
        return False
    if parse.tag.POS == "ADJF":
        if follow[:1].isupper():
            return False
        for _ in range(2):  # "Курской областной администрации": agreeing adjectives before the noun
            if not any(p.tag.POS == "ADJF" and _agree_parse(parse, p) for p in fps[:2]):
                break
            after = _FOLLOWING_WORD.match(text, nxt.end())
            if after is None or after.group("w")[:1].isupper():
                return False
            nxt, fps = after, morph.parses(after.group("w"), language)[:4]
        nouns = [p for p in fps if p.tag.POS == "NOUN" and (depth or "inan" in p.tag.grammemes)]
        if not parse.tag.grammemes & {"nomn", "accs"}:
            return any(_agree_parse(parse, p) for p in nouns)
        # In the nominative or accusative a nickname can stand before its verb's object ("А Бурый пакет забрал");
        # only a preposition or another adjective before it ("под самый Новый год") makes it a modifier.
        prev = _PREV_WORD.search(text, 0, max(0, end - len(word)))
        prev_ps = morph.parses(prev.group("w"), language)[:2] if prev is not None else ()
        return any(p.tag.POS in ("PREP", "ADJF", "PRTF") for p in prev_ps) and any(
            _agree_parse(parse, p) for p in nouns
        )
    if follow[:1].isupper():
        # "Офісу Генерального прокурора", "Алеї Героїв міського кладовища": a genitive adjective or honorific that
        # itself heads the lower-case words after it.
        if depth or morph.tag_share(follow, language, frozenset({"Name", "Patr"})) > 0:
            return False
        gent = [p for p in fps if "gent" in p.tag.grammemes and p.tag.POS in ("ADJF", "NOUN")]
        return any(
            _institution_head(text, nxt.end(), follow, p, language, depth + 1)
            or str(p.normal_form) in _HONORIFIC_LEMMAS
            for p in gent
        )
    return any(
        "gent" in p.tag.grammemes and (p.tag.POS == "ADJF" or (p.tag.POS == "NOUN" and "inan" in p.tag.grammemes))
        for p in fps[:2]
    )


def _agree_parse(adjective: Any, noun: Any) -> bool:
    """Case, number and (in the singular) gender of two parses agree ("Новому году": datv, sing, masc)."""
    a, n = adjective.tag.grammemes, noun.tag.grammemes
    cases = {"loc2": "loct", "gen2": "gent", "gen1": "gent", "acc2": "accs", "loc1": "loct"}
    case_a = {cases.get(c, c) for c in a} & _CASE_TAGS
    case_n = {cases.get(c, c) for c in n} & _CASE_TAGS
    if not case_a & case_n or ("plur" in a) != ("plur" in n):
        return False
    genders = {"masc", "femn", "neut"}
    return "plur" in a or not (a & genders) or not (n & genders) or bool(a & n & genders)


# Relative pronouns and conjunctions: a word before ", который ..." is the subject of a clause, not spoken to.
_RELATIVES = frozenset("который которая которые кто что где когда чей який яка які хто що де коли чий".split())
# A tattoo's quoted text is a word a man wears, never his call sign ("татуювання «Мама»", "наколка «Оля»").
_TATTOOS = frozenset(
    """тату татуювання татуюванням татуюванні татуировка татуировки татуировку татуировкой татуировке наколка
    наколки наколку наколкой наколке""".split()
)
# Offices written with a capital before their holder's name ("Президент Володимир Зеленський"); a surname that is a
# common noun before a given name ("Воробей Іван") stays a candidate.
_OFFICES = frozenset(
    """президент премьер прем'єр міністр министр мер мэр губернатор голова глава командувач командующий
    головнокомандувач главнокомандующий генерал спікер спикер патріарх патриарх""".split()
)
# A post before its body's abbreviation or its holder's given name: "Головнокомандувача ЗСУ", "Президент Володимир".
_TITLE_BEFORE = regex.compile(r"[ \t\u00a0]+(?:(?P<abbr>\p{Lu}{2,}(?![\p{Ll}]))|(?P<name>\p{Lu}\p{Ll}+))")
# The capitalised word right after or right before a word (compiled once).
_CAP_NEXT = regex.compile(r"[ \t\u00a0](\p{Lu}\p{Ll}[\p{L}'’-]*)")
_CAP_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t\u00a0]$")
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}[\p{L}'’-]*)[ \t\u00a0]$")
# What an office issues or runs, whose holder follows in the genitive: "указ Президента", "розпорядження Голови".
_ACTS_OF_OFFICE = frozenset(
    """указ распоряжение постановление поручение приказ решение обращение послание администрация аппарат офис
    канцелярия пресс-служба пресс-секретарь помощник советник розпорядження постанова доручення наказ рішення
    звернення адміністрація апарат офіс канцелярія прес-служба прес-секретар помічник радник""".split()
)


def _in_proper_phrase(text: str, start: int, end: int, word: str, top: Any, language: str) -> bool:
    """Whether a capitalised adjective and a capitalised word after it (or a capitalised adjective before a noun)
    form one multi-word proper name ("Набережних Челнів", "Арабських Еміратів", "Часовим Яром", "Верховної
    Ради"): a place's or a body's name, never a nickname. The adjective agrees with the word, or the word is one the
    dictionary lacks."""
    nxt = _CAP_NEXT.match(text[end : end + 40])
    if top.tag.POS == "ADJF" and nxt is not None:
        follow = nxt.group(1)
        fps = morph.parses(follow, language)
        if not morph.is_known(follow, language) or any(
            _agree_parse(a, n) for a in morph.parses(word, language) if a.tag.POS == "ADJF" for n in fps
        ):
            return True
    base = max(0, start - 40)
    prev = _CAP_BEFORE.search(text[base:start])
    if (
        prev is None
        or not text[: base + prev.start()].strip()
        or _SENTENCE_END.search(text[max(0, base + prev.start() - 3) : base + prev.start()])
    ):
        return False  # a capitalised adjective opening a sentence says nothing ("Старий Лис сказав")
    aps = [a for a in morph.parses(prev.group(1), language) if a.tag.POS == "ADJF"]
    # the second word may be an adjective too, the name's noun left out: "ветераном Великой Отечественной",
    # "у Північному Льодовитому"
    return any(_agree_parse(a, n) for a in aps for n in morph.parses(word, language) if n.tag.POS in ("NOUN", "ADJF"))


def _names_body(text: str, start: int, end: int, word: str, top: Any, language: str) -> bool:
    """Whether a capitalised common word is the head or the office of a public body's or a state's proper name, by
    the capitalised word next to it: a genitive proper name or name adjective after it ("Центру Разумкова",
    "Института Гайдара", "Центра Карнеги", "Уполномоченного Верховной Рады", "Комиссии Европейского союза"), a
    state's name in apposition after an oblique case ("Республики Беларусь", "Республике Татарстан"), or an office
    in the genitive after the capitalised noun of its body ("Офісу Президента", "Указом Президента"). A nickname is
    the subject or object, not a head with a genitive proper name; a surname in the nominative after it ("Гром
    Петренко") leaves it one."""
    nxt = _CAP_NEXT.match(text, end)
    if nxt is not None and (top.tag.POS == "ADJF" or "inan" in top.tag.grammemes):
        follow = nxt.group(1)
        fps = morph.parses(follow, language)[:4]
        if (
            fps
            and "gent" in fps[0].tag.grammemes
            and any("gent" in p.tag.grammemes and p.tag.grammemes & {"Surn", "Name", "Geox", "Orgn"} for p in fps)
        ):
            return True  # "Центру Разумкова", "Фонда Навального"; not "Гром Петренко" (read first as nominative)
        if fps and fps[0].tag.POS == "ADJF" and "gent" in fps[0].tag.grammemes:
            noun = _CAP_NEXT.match(text, nxt.end())
            if noun is not None and any(
                _agree_parse(fps[0], n) for n in morph.parses(noun.group(1), language) if n.tag.POS == "NOUN"
            ):
                return True  # "Уполномоченного Верховной Рады": a name adjective and its noun
        if not top.tag.grammemes & {"nomn", "accs"} and any(
            "Geox" in p.tag.grammemes and "nomn" in p.tag.grammemes for p in fps
        ):
            return True  # "Республики Беларусь": a state's name in apposition
        if (
            fps
            and "gent" in top.tag.grammemes
            and fps[0].tag.POS == "NOUN"
            and {"inan", "gent"} <= fps[0].tag.grammemes
            and not fps[0].tag.grammemes & {"Surn", "Name", "Patr"}
            and _names_body(text, nxt.start(1), nxt.end(1), follow, fps[0], language)
        ):
            return True  # "Правительства Республики Ингушетия": a body's head before a state's name
    if morph.lemma(word, language) not in _OFFICES or not any(
        "gent" in p.tag.grammemes for p in morph.parses(word, language)[:2]
    ):
        return False
    prev = _CAP_BEFORE.search(text, max(0, start - 40), start)
    if prev is not None and any(
        p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in morph.parses(prev.group(1), language)[:2]
    ):
        return True
    # an act or a body of the office in lower case: "по указу Президента № 98", "распоряжением Губернатора",
    # "администрации Главы", "розпорядження Голови" (a call sign is no one's decree)
    act = _LOWER_BEFORE.search(text, max(0, start - 40), start)
    return act is not None and bool(morph.lemmas(act.group(1), language) & _ACTS_OF_OFFICE)


# Kin words soldiers give as call signs ("Батя", "Дед", "Кум", "Батько"): capitalised inside a sentence of a text
# about the war they are a name, lower case or opening a sentence a relative.
_KIN_SIGNS = frozenset("батя бать дед дід кум брат братан батько малой малый".split())
_WAR_TALK = regex.compile(
    r"(?i:\b(?:штаб|взвод|рот[аеуыі]\b|ротн|комбат|комрот|позывн|позивн|передок|передк|окоп|блиндаж|бліндаж|штурм"
    r"|позици|позиці|бригад|батальон|полк[аеуі]?\b|всу|зсу|хохл|укроп|мобилиз|мобіліз|командир|на\s+«?ноль|на\s+«?нуль))"
)


def _kin_call_sign(text: str, start: int, word: str, language: str) -> bool:
    """A kin word used as a call sign: capitalised, not the first word of its sentence, in a text about the war."""
    if word.lower() not in _KIN_SIGNS and morph.lemma(word, language) not in _KIN_SIGNS:
        return False
    stripped = text[max(0, start - 40) : start].rstrip(" \t«\"'„“(—–-")
    if not stripped or stripped[-1] in ".!?…\n:•·*" or unicodedata.category(stripped[-1])[0] == "S":
        return False
    return _WAR_TALK.search(text) is not None


def _kin_address(text: str, start: int, end: int, language: str) -> bool:
    """A kin word opening its sentence as an address, followed by a comma ("Дед, привет")."""
    word = text[start:end]
    if word.lower() not in _KIN_SIGNS and morph.lemma(word, language) not in _KIN_SIGNS:
        return False
    stripped = text[max(0, start - 40) : start].rstrip(" \t«\"'„“(—–-")
    opening = not stripped or stripped[-1] in ".!?…\n:•·*" or unicodedata.category(stripped[-1])[0] == "S"
    return opening and text[end : end + 1] == ","


_WORD_RE = regex.compile(r"\p{L}[\p{L}'’-]*")
_SPEECH_NEXT = regex.compile(r"[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]*)")


def _adjective_speaker(text: str, start: int, end: int, language: str) -> bool:
    """A capitalised adjective used as a noun and the subject of a past-tense verb of the same gender, a dative or
    accusative pronoun between them allowed: "Чорний нам сказав", "Рыжий приказал", "Лысая звонила". An adjective
    qualifying a noun ("Новий наказ прийшов") has the noun after it instead; a name or a place is no adjective."""
    word = text[start:end]
    if word.lower() in _NOT_VOCATIVE or word.lower() in _NOT_NICKNAMES or morph.has_tag(word, language, "Geox"):
        return False
    adjs = [p for p in morph.parses(word, language) if p.tag.POS == "ADJF" and "nomn" in p.tag.grammemes]
    adjs = [p for p in adjs if "plur" not in p.tag.grammemes and p.tag.grammemes & {"masc", "femn"}]
    # A quality adjective (colour, look: "Рыжий", "Чорний"), not a relative one or a participle naming a status
    # ("Пленный сказал", "Обвинувачений заявив", "Позывной был такой").
    adjs = [p for p in adjs if p.tag.grammemes & {"Qual", "compb"} and "pssv" not in p.tag.grammemes]
    if not adjs or morph.tag_share(word, language, frozenset({"Name"})) > 0:
        return False
    nxt = _SPEECH_NEXT.match(text, end)
    for _ in range(2):
        if nxt is None:
            return False
        ps = morph.parses(nxt.group("w"), language)[:3]
        if ps and ps[0].tag.POS == "NPRO" and ps[0].tag.grammemes & {"datv", "accs"}:
            nxt = _SPEECH_NEXT.match(text, nxt.end())
            continue
        verbs = [
            p for p in ps[:1] if p.tag.POS == "VERB" and "past" in p.tag.grammemes and "plur" not in p.tag.grammemes
        ]
        return any(v.tag.grammemes & a.tag.grammemes & {"masc", "femn"} for v in verbs for a in adjs)
    return False


def _second_person_after(text: str, end: int, language: str) -> bool:
    """Whether the clause after the comma at ``end`` speaks to someone: a second-person pronoun or verb, or an
    imperative, among its first three words ("Борода, ты где?", "Туман, давай к нам", "Грозо, чуєш?")."""
    if text[end : end + 1] != ",":
        return False
    clause = regex.split(r"[.!?…\n—–:;]", text[end + 1 : end + 80], maxsplit=1)[0]
    for word in regex.findall(r"\p{L}[\p{L}'’-]*", clause)[:3]:
        for p in morph.parses(word.lower(), language)[:3]:
            g = p.tag.grammemes
            if p.tag.POS == "NPRO" and ("2per" in g or str(p.normal_form) in ("ты", "вы", "ти", "ви")):
                return True
            if p.tag.POS == "VERB" and g & {"2per", "impr"}:
                return True
    return False


# Imperatives of telling: the dative before them is the one told ("Бороде скажи", "Скелі передай").
_TELL_LEMMAS = frozenset("сказать передать написать позвонить сказати передати написати подзвонити".split())


def _told(text: str, end: int, language: str) -> bool:
    """Whether the word after ``end`` is an imperative of telling ("скажи", "передайте", "подзвони")."""
    nxt = _SPEECH_NEXT.match(text, end)
    if nxt is None:
        return False
    return any(
        p.tag.POS == "VERB" and "impr" in p.tag.grammemes and str(p.normal_form) in _TELL_LEMMAS
        for p in morph.parses(nxt.group("w"), language)[:3]
    )


def _plural_people(word: str, language: str) -> bool:
    """An animate noun in the plural by its first parse ("бойцы", "ветерани", "сотрудников")."""
    ps = morph.parses(word.lower(), language)[:1]
    return bool(ps) and ps[0].tag.POS == "NOUN" and {"plur", "anim"} <= ps[0].tag.grammemes


def _comitative(before: str, word: str, language: str) -> bool:
    """ "с Бородой", "з Лисом": "with" and the instrumental of an animate noun or a quality adjective is company kept,
    a man; "с Донецка", "з Калуша" (the genitive) is where from."""
    if regex.search(r"(?<!\w)(?i:с|со|з|зі|із)\s+$", before) is None:
        return False
    return any(
        "ablt" in p.tag.grammemes and "Geox" not in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF")
        for p in morph.parses(word, language)[:2]
    )


def _address_form(parses: tuple[Any, ...], language: str, addressed: bool = False) -> bool:
    """A word that can open a turn as an address: a singular noun or adjective, nominative or vocative.

    Russian inanimate nouns opening a turn are rarely addresses ("— Вопрос, ..."). Ukrainian call signs are
    addressed in the vocative ("Грозо, ...") and towns answer "where from?" ("Звідки? — Уфа, ..."), so there
    only a neuter inanimate noun is excluded: field labels ("Звання, посада:", "Прізвище, ім'я?").
    """
    for p in parses[:3]:
        g = p.tag.grammemes
        if p.tag.POS in ("ADVB", "COMP", "PRED", "CONJ", "PRCL"):
            return False
        if p.tag.POS not in ("NOUN", "ADJF") or "plur" in g:
            continue
        if p.tag.POS == "NOUN" and "inan" in g and (language == "ru" or "neut" in g) and not addressed:
            continue  # unless the words after it speak to him ("Борода, ты где?")
        if g & {"nomn", "voct"} or not g & _CASE_TAGS:
            return True
    return False


def _opened(text: str, start: int) -> bool:
    """Whether an opening quote stands right before ``start``."""
    return start > 0 and text[start - 1] in '«"„“'


def _could_be_sign(value: str, text: str = "", quote: int = 0) -> bool:
    """Whether a quoted capitalised word in a text about call signs can be one: two letters or more ("категории «С»"
    is none), and not a tattoo's text ("татуювання «Мама»", module :data:`_TATTOOS`). Any other quoted word stays a
    candidate, after an inscription or a chevron too ("надпись «...»", "шеврон «...»"): such a quote may carry a
    body's or an employer's name the organisation recognisers miss, and a version that refused it lost one on a
    validation set's aggregates (recall first)."""
    if len(value) < 2:
        return False
    prev = _PREV_WORD.search(text, max(0, quote - 40), quote) if text else None
    return prev is None or prev.group("w").lower() not in _TATTOOS


def _plural_word(value: str, language: str) -> bool:
    """Whether a lower-case quoted value is one dictionary noun read only in the plural and not as a name
    ("сказками", "байки", "фейками"): what a speaker calls things, never one man's call sign."""
    if " " in value:
        return False
    for lang in (language, *(other for other in morph.MORPH_LANGUAGES if other != language)):
        # a Ukrainian report quotes Russian speech ("називає їх «сказками»"): either dictionary
        if not morph.is_known(value, lang):
            continue
        parses = morph.parses(value, lang)
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if nouns and parses[0].tag.POS == "NOUN":
            return all("plur" in p.tag and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in nouns)
    return False


class RuCallSignRecognizer(SingleEntityRecognizer):
    """CALL_SIGN in Russian/Ukrainian: introducer + quoted or capitalised word, then every case form of it."""

    LANGUAGES = ("ru", "uk")
    ENTITIES = ["CALL_SIGN"]
    SCORE = 0.9
    BARE_SCORE = 0.55
    REPEAT_SCORE = 0.86  # above slovnet's 0.85 PER, which tags noun call signs as people

    def _direct(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pat in _PATTERNS:
            for m in pat.finditer(text):
                start, end = m.span("v")
                value = text[start:end].strip()
                if not value or value.lower() in _NOT_SIGNS or value[:1].isdigit():
                    continue
                if value.islower() and morph.lemma(value, self.supported_language) in _NOT_VOCATIVE:
                    continue  # "мать, которую он зовёт «мамуль»": a kinship address in lower case, no call sign
                if value.islower() and " " in value and _possessive_phrase(value, self.supported_language):
                    continue  # "называет её «нашей мамой»", "звав його «своїм братом»": a description, no call sign
                if value.islower() and _plural_word(value, self.supported_language):
                    continue  # "називає їх «сказками»", "называет их «байками»": a word for things, no one's call sign
                if pat is _PATTERNS[1]:
                    if not value[:1].isupper():
                        continue
                    words = value.split()
                    if len(words) > 1 and not words[1][:1].isupper():
                        value = words[0]  # "позивним Хижак вона": only the capitalised word
                    elif len(words) > 1 and "\n" in value and text[start + len(value) : start + len(value) + 1] == ":":
                        value = words[0]  # "Позивний: Сокіл\nЗвання: ...": a record card's next field
                spans.append((start, start + len(value)))
        spans.extend(self._radio_calls(text))
        for m in _BEFORE_INTRO.finditer(text):
            if m.group("v")[:1].isupper():
                spans.append(m.span("v"))
        spans.extend(self._radio(text))
        # "бойцы «Ахмата»": after people in the plural the quoted word is their unit, not one man
        spans.extend(
            m.span("v")
            for m in _ROLE_QUOTED.finditer(text)
            if not _plural_people(m.group().split()[0], self.supported_language)
        )
        spans.extend(m.span("v") for m in _KNOWN_AS.finditer(text))
        spans.extend(
            m.span("v")
            for m in _WAS_QUOTED.finditer(text)
            if not morph.lemmas(m.group("v"), self.supported_language) & _HONORIFIC_LEMMAS
            and _could_be_sign(m.group("v"))
        )
        spans.extend(self._quoted_people(text))
        spans.extend(self._quoted_oblique(text))
        spans.extend(self._name_quoted(text))
        spans.extend(self._name_apposed(text))
        spans.extend(self._answered_who(text))
        spans.extend(self._who_is(text))
        spans.extend(self._person_quoted(text))
        spans.extend(self._lower_values(text))
        spans.extend(self._casualties(text))
        spans.extend(self._quoted_struck(text))
        spans.extend(self._with_me(text))
        spans.extend(self._role_apposed(text))
        spans.extend(self._numbered_stations(text))
        spans.extend(self._speaking_things(text))
        spans.extend(self._quoted_told_by(text))
        spans.extend(self._quoted_addressees(text))
        spans.extend(self._call_headers(text))
        spans.extend(self._speaker_labels(text))
        # Once a document talks about call signs, a quoted capitalised word anywhere in it is one too, unless an
        # award or an institution's legal form names it ("медалью «За отвагу»", "МБОУ «Кедровская СОШ»").
        if _INTRO_RE.search(text):
            for q in _QUOTED_RE.finditer(text):
                v = q.group("v")
                if v[:1].isupper() and len(v.split()) <= 2 and not any(ch.isdigit() for ch in v):
                    if not self._quoted_thing(text, q.start(), v) and _could_be_sign(v, text, q.start()):
                        spans.append(q.span("v"))
        # Later quoted capitalised words in the same or the next sentence as an introducer.
        for m in _INTRO_RE.finditer(text):
            stop = _SENTENCE_END.search(text, m.end())
            if stop is not None:
                stop = _SENTENCE_END.search(text, stop.end()) or stop
            end = stop.start() if stop else len(text)
            for q in _QUOTED_RE.finditer(text, m.end(), end):
                v = q.group("v")
                if (
                    v[:1].isupper()
                    and len(v.split()) <= 3
                    and not self._quoted_thing(text, q.start(), v)
                    and _could_be_sign(v, text, q.start())
                ):
                    spans.append(q.span("v"))
        return sorted(set(spans))

    def _quoted_thing(self, text: str, quote: int, value: str) -> bool:
        """Whether the quoted name at ``quote`` names an award or an institution, not a man: a title that opens with
        "За" ("«За отвагу»", "«За оборону України»"), which no call sign does; an award noun before it ("медалью
        «Гвардия»", "орденом «За мужність» III ступеня", "відзнаку «...»"), or a legal form or institution
        abbreviation ("МБОУ «Кедровская СОШ»", "ООО «Кедр»", "ТОВ «Агро»")."""
        if _AWARD_TITLE.match(value):
            return True
        prev = _PREV_WORD.search(text, max(0, quote - 40), quote)
        if prev is None:
            return False
        word = prev.group("w")
        if word.isupper():
            return category(word, self.supported_language) is not None
        return bool(morph.lemmas(word, self.supported_language) & (_AWARD_LEMMAS | _AWARD_NOUNS))

    def _radio_calls(self, text: str) -> list[tuple[int, int]]:
        """Both stations of a radio call (module :data:`_RADIO`), quotes outside the span.

        "X, я Y": each word that is no address word or personal name. "X, это Y" / "X, це Y" is a station naming
        itself only on the radio: a quote, a station number or a radio word in the text, and the called word an
        address (a singular noun or a word the dictionary lacks, no verb: "Смотри, это Авдеевка" shows a photo).
        """
        lang = self.supported_language
        radio = _RADIO_CUE.search(text) is not None
        out: list[tuple[int, int]] = []
        for m in _RADIO.finditer(text):
            words = []
            for g in ("a", "b"):
                inner = _STATION_INNER.search(text, m.start(g), m.end(g))
                if inner is not None:
                    words.append((inner.start(), inner.end(), inner.group()))
            if len(words) != 2:
                continue
            if m.group("self") == "я":
                for start, end, word in words:
                    base = _STATION_NUMBER.sub("", word)
                    if base.lower() not in _NOT_VOCATIVE and morph.tag_share(base, lang) < 0.5:
                        out.append((start, end))
                continue
            marked = any(_opened(text, s) or _STATION_NUMBER.search(w) for s, _, w in words)
            if not (marked or radio):
                continue
            if all(is_known_place(_STATION_NUMBER.sub("", w), lang) for _, _, w in words):
                continue  # "Бахмут, это Соледар рядом": two places, a caption
            if all(self._station(w, i == 0, _opened(text, s)) for i, (s, _, w) in enumerate(words)):
                out.extend((s, e) for s, e, _ in words)
        return out

    def _station(self, word: str, called: bool, quoted: bool) -> bool:
        """A word that can name a radio station: no address, kin or (unquoted) personal name, no verb or adverb;
        the called one in the singular. A place may be a station ("Тамбов" calls in as itself)."""
        lang = self.supported_language
        if _STATION_NUMBER.search(word):
            return True
        low = word.lower()
        if low in _NOT_VOCATIVE or low in _NOT_NICKNAMES or low in _RADIO_WORDS:
            return False
        if not quoted and morph.tag_share(word, lang) >= 0.5:
            return False  # "Оля, это Паша": a name, PERSON's
        ps = morph.parses(word, lang)[:2]
        if not ps or not morph.is_known(low, lang):
            return True
        top = ps[0].tag
        return top.POS in ("NOUN", "ADJF") and not (called and "plur" in top.grammemes)

    def _radio(self, text: str) -> list[tuple[int, int]]:
        """Call signs in radio formulas and in answers listing quoted nicknames (see the patterns above)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        found: list[tuple[int, int]] = []
        for m in _RADIO_FORMULA.finditer(text):
            found.extend((w.start(), w.end()) for w in _ITEM_WORD.finditer(text, m.start("list"), m.end("list")))
        found.extend(m.span("v") for m in _RADIO_REPLY.finditer(text))
        found.extend(m.span("v") for m in _ON_AIR.finditer(text))
        for m in _QUOTED_LIST.finditer(text):
            found.extend((w.start(), w.end()) for w in _ITEM_WORD.finditer(text, m.start("list"), m.end("list")))
        for start, end in found:
            word = text[start:end]
            low = word.lower()
            if _STATION_NUMBER.search(word):
                out.append((start, end))  # "«Дон-17»": a numbered station is no place or work
                continue
            if low in _NOT_NICKNAMES or low in _NOT_VOCATIVE or morph.lemma(word, lang) in _NOT_VOCATIVE:
                continue
            if low in _RADIO_WORDS:
                continue  # "Добре, прийом", "Так, на зв'язку": the reply itself
            ps = morph.parses(word, lang)
            if ps and morph.is_known(low, lang) and ps[0].tag.POS not in ("NOUN", "ADJF"):
                continue  # "Добре, прийом": an adverb or verb opening the turn
            animate = any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in ps[:3])
            if morph.has_tag(word, lang, "Geox") or category(word, lang) is not None:
                continue  # "«Азовсталь», «Іллічівець»": places and works, not people
            if is_known_place(word, lang) and not animate:
                continue  # a town called on the radio is a place; "Ворон" (a village too) is a bird's name first
            out.append((start, end))
        return out

    def _quoted_people(self, text: str) -> list[tuple[int, int]]:
        """Quoted capitalised words used as a person: subject of a personal verb, or a speaker's self-naming."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _QUOTED_ONE.finditer(text):
            word = m.group("v")
            ps = morph.parses(word, lang)
            if not ps or word.lower() in _NOT_NICKNAMES:
                continue
            person_like = any(
                p.tag.POS == "NOUN" and ("anim" in p.tag.grammemes or "Name" in p.tag.grammemes) for p in ps[:3]
            ) or not morph.is_known(word.lower(), lang)
            before = text[max(0, m.start() - 12) : m.start()]
            if _SELF.search(before) and (person_like or morph.is_known(word.lower(), lang)):
                out.append(m.span("v"))
                continue
            nxt = _NEXT.match(text, m.end())
            if nxt is None or not person_like:
                continue
            prev = _PREV_WORD.search(text, 0, m.start())
            prev_parses = morph.parses(prev.group("w"), lang) if prev is not None else ()
            if any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in prev_parses[:1]) or any(
                p.tag.POS == "PREP" for p in prev_parses
            ):
                continue  # "фильм «Брат» вышел", "на «Заводе», рассказала": a title, or no subject after a preposition
            after_verb = _NEXT.match(text, nxt.end())
            if after_verb is not None and any(
                p.tag.POS == "NPRO" for p in morph.parses(after_verb.group("w"), lang)[:3]
            ):
                continue  # "«Известиям», рассказал он": the verb's subject comes after it
            verb = morph.parses(nxt.group("w"), lang)
            if verb and (verb[0].tag.POS in ("ADVB", "PRCL") or verb[0].normal_form == "сам") and after_verb:
                # "«Витязь» сам отправил", "«Лис» вчера приказал": a particle, an adverb or "сам" before the verb
                verb = morph.parses(after_verb.group("w"), lang)
            # A past-tense or present personal verb in the singular: "«Шаман» сказал", "«Лис» приказал".
            if verb and verb[0].tag.POS == "VERB" and "plur" not in verb[0].tag.grammemes:
                if "neut" not in verb[0].tag.grammemes:
                    out.append(m.span("v"))
        return out

    def _nickname_word(self, word: str) -> bool:
        """A word that can be a nickname at all: no place, body, brand, kin or address word."""
        lang = self.supported_language
        low = word.lower()
        if low in _NOT_NICKNAMES or low in _NOT_VOCATIVE or morph.lemma(word, lang) in _NOT_NICKNAMES:
            return False
        if any("Orgn" in p.tag.grammemes for p in morph.parses(word, lang)[:2]):
            return False  # "Газпром", "Пентагон", "Нафтогаз": a company or a body
        return not (morph.has_tag(word, lang, "Geox") or category(word, lang) is not None)

    def _quoted_oblique(self, text: str) -> list[tuple[int, int]]:
        """A quoted animate common noun in an oblique case: "у «Грача»", "номер «Ягуара»", "передай «Ворону»".

        A quoted name of a body, a unit or a work stands in the nominative after its head noun ("батальона «Восток»");
        a quoted word that inflects by itself, and names a creature, is a man's nickname. Personal names ("«Ахмата»",
        "«Вагнера»": units named after people) and works after a title noun ("премьера «Ревизора»") are left alone.
        """
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _QUOTED_ONE.finditer(text):
            word = m.group("v")
            ps = morph.parses(word, lang)[:3]
            # a kinship word too: quoted and capitalised in an oblique case it is a man's nickname ("нашего «Деда»",
            # "передай «Бате»"), as no relative is quoted
            kin = word.lower() in _NOT_VOCATIVE and morph.lemma(word, lang) in _NOT_VOCATIVE
            if not ps or not (self._nickname_word(word) or kin) or _NUMBERED_AFTER.match(text, m.end("v")):
                continue
            top = ps[0].tag.grammemes
            # "у «Дизеля»", "ссылка у «Бороды»", "ключ у «Дюші»": "у" and a genitive is whose a thing is or under whom
            # a man serves; a quoted thing's name in that case is a man's, whatever it names when not quoted (no
            # locative may read it: Ukrainian "у «Школі»" is a place)
            held_by = (
                _HELD_BY.search(text, max(0, m.start() - 4), m.start()) is not None
                and "gent" in top
                and not any(
                    "loct" in p.tag.grammemes or "nomn" in p.tag.grammemes and "sing" in p.tag.grammemes for p in ps
                )
            )
            animate = "anim" in top or held_by
            if ps[0].tag.POS != "NOUN" or not animate or top & {"Name", "Surn", "Patr", "Geox", "Orgn"}:
                continue
            oblique = {"gent", "datv", "ablt", "loct", "accs"}
            if not top & oblique or "plur" in top:
                continue
            if any("nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in ps):
                continue  # "«Кедр»", "«Сокіл»": a nominative may be a unit's or a work's name
            prev = _PREV_WORD.search(text, 0, m.start())
            if prev is not None and morph.lemmas(prev.group("w"), lang) & (_TITLE_HEADS | _GROUP_HEADS):
                continue
            if prev is not None and _plural_people(prev.group("w"), lang):
                continue  # "бойцы «Беркута»", "ветерани «Барса»": members of a unit named after a creature
            out.append(m.span("v"))
        return out

    def _name_quoted(self, text: str) -> list[tuple[int, int]]:
        """A quoted word inside or right after a man's given name (module :data:`_NAME_QUOTED`)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _NAME_QUOTED.finditer(text):
            first, second = m.group("a"), m.group("b")
            fps = morph.parses(first, lang)[:2]
            if second is not None and fps and "Name" not in fps[0].tag.grammemes and is_given_name(second, lang):
                first, second = second, first  # a list's order, surname first: "Тарасюк Олексій («Шаман»)"
                fps = morph.parses(first, lang)[:2]
            if (
                not fps
                or ("Name" not in fps[0].tag.grammemes and not (second is not None and is_given_name(first, lang)))
                or morph.has_tag(first, lang, "Geox")
            ):
                continue  # a given name first ("Из «Вагнера»": a preposition pymorphy3 also reads as a name)
            sps = morph.parses(second, lang)[:1] if second is not None else ()
            if sps and sps[0].tag.POS in ("VERB", "INFN", "ADVB", "PREP", "CONJ", "PRCL", "NPRO", "PRED"):
                continue  # "Олег Ковальчук", "Игоря Сомова", not "Олег Пішов"
            prev = _PREV_WORD.search(text, 0, m.start())
            if prev is not None and morph.lemmas(prev.group("w"), lang) & _TITLE_HEADS:
                continue  # "роман Сергія Жадана «Інтернат»": an author and his work
            word = m.group("v")
            if self._nickname_word(word.split()[0]) and not is_known_place(word, lang):
                out.append(m.span("v"))
        return out

    def _name_apposed(self, text: str) -> list[tuple[int, int]]:
        """A quoted word set off by commas after a full name (module :data:`_NAME_APPOSED`): "Микола Анатолійович
        Пастушенко, «Паштет», 47 ОМБр". Two or three capitalised words, the first a given name, one more a surname or
        a patronymic."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _NAME_APPOSED.finditer(text):
            words = m.group("name").split()
            first = morph.parses(words[0], lang)[:2]
            if not first or "Name" not in first[0].tag.grammemes or morph.has_tag(words[0], lang, "Geox"):
                continue
            if not any(
                {"Surn", "Patr"} & p.tag.grammemes or not morph.is_known(w.lower(), lang)
                for w in words[1:]
                for p in morph.parses(w, lang)[:2] or [None]
                if p is not None
            ) and not any(not morph.is_known(w.lower(), lang) for w in words[1:]):
                continue
            word = m.group("v")
            if self._nickname_word(word) and not is_known_place(word, lang):
                out.append(m.span("v"))
        return out

    def _answered_who(self, text: str) -> list[tuple[int, int]]:
        """A turn that opens with a quoted capitalised word in reply to a turn asking who someone is: "— А командир
        у вас кто? — «Абхаз», как был." The question names a person; the answer's quoted word is what he is called."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _WHO_ANSWER.finditer(text):
            word = m.group("v")
            ps = morph.parses(word, lang)[:3]
            # a creature or a people's name ("«Абхаз»", "«Сокіл»"), not a plant or a club answering beside the question
            if not morph.is_known(word.lower(), lang) or not any(
                p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in ps
            ):
                continue
            if self._nickname_word(word) and not is_known_place(word, lang):
                out.append(m.span("v"))
        return out

    def _who_is(self, text: str) -> list[tuple[int, int]]:
        """The quoted word a question or a headline asks about as a man ("Хто такий «Бізон»", module :data:`_WHO_IS`),
        and one set off by a comma beside a given name ("«Туман», Лёха", module :data:`_QUOTED_BY_NAME`)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _WHO_IS.finditer(text):
            word = m.group("v")
            if self._nickname_word(word) and not is_known_place(word, lang):
                out.append(m.span("v"))
        for m in _QUOTED_BY_NAME.finditer(text):
            name, word = m.group("n"), m.group("v")
            before = _PREV_WORD.search(text, max(0, m.start("v") - 30), m.start("v") - 1)
            if (
                before is not None
                and morph.parses(before.group("w"), lang)[:1]
                and any(p.tag.POS == "PREP" for p in morph.parses(before.group("w"), lang)[:1])
            ):
                continue  # "в «Епіцентрі», Андрію": a place or a shop after its preposition
            wps = morph.parses(word, lang)[:3]
            if wps and not any("nomn" in p.tag.grammemes or not p.tag.grammemes & _CASE_TAGS for p in wps):
                continue  # a call sign beside a name is said in the nominative
            nps = morph.parses(name, lang)[:2]
            if not nps or "Name" not in nps[0].tag.grammemes or morph.has_tag(name, lang, "Geox"):
                continue
            if self._nickname_word(word) and not is_known_place(word, lang):
                out.append(m.span("v"))
        return out

    def _person_quoted(self, text: str) -> list[tuple[int, int]]:
        """A quoted capitalised word beside an animate common noun in the singular (a post, a trade, a rank)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _PERSON_QUOTED.finditer(text):
            role, word = m.group("role"), m.group("v")
            rps = morph.parses(role.lower(), lang)[:2]
            if not rps or morph.lemmas(role, lang) & _TITLE_HEADS or role.lower() in _NOT_VOCATIVE:
                continue
            g = rps[0].tag.grammemes
            if rps[0].tag.POS != "NOUN" or "anim" not in g or g & {"Name", "Surn", "Patr", "plur"}:
                continue
            if morph.lemmas(role, lang) & _HEADS_OF_BODIES:
                continue  # "директор «Укрнафти»", "глава «Ростеха»": the head of a body
            wps = morph.parses(word, lang)[:3]
            if wps and not any("nomn" in p.tag.grammemes or not p.tag.grammemes & _CASE_TAGS for p in wps):
                continue  # "начальник «Сармата»": a genitive after the noun is what he heads, a nickname agrees
            if self._nickname_word(word):
                out.append(m.span("v"))
        return out

    def _lower_values(self, text: str) -> list[tuple[int, int]]:
        """A lower-case call sign right after its introducer, as chats write it: a noun or a quality adjective in the
        nominative singular ("позывной малой", "позивний лис"), or a word the dictionary does not know."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _LOWER.finditer(text):
            word = m.group("v")
            if word in _NOT_SIGNS or not self._nickname_word(word):
                continue
            ps = morph.parses(word, lang)[:3]
            if not ps:
                continue
            if not morph.is_known(word, lang):
                out.append(m.span("v"))
                continue
            if ps[0].tag.grammemes & {"Name", "Surn", "Patr"} or any("Apro" in p.tag.grammemes for p in ps):
                continue  # "позывной такой", "позывной саша" (a name is PERSON's)
            if any(p.tag.POS in ("VERB", "INFN", "PRTF", "ADVB", "NPRO", "PREP", "CONJ", "PRCL") for p in ps[:1]):
                continue
            # A noun in the nominative singular, or a quality adjective in any case ("малой", "тихий").
            if any(
                (
                    p.tag.POS == "NOUN"
                    and ("nomn" in p.tag.grammemes or not p.tag.grammemes & _CASE_TAGS)
                    and "plur" not in p.tag.grammemes
                )
                or (p.tag.POS == "ADJF" and "Qual" in p.tag.grammemes and "plur" not in p.tag.grammemes)
                for p in ps
            ):
                out.append(m.span("v"))
        return out

    @staticmethod
    def _numbered_stations(text: str) -> list[tuple[int, int]]:
        """A capitalised word with a station number anywhere in a dialogue (module :data:`_NUMBERED_STATION`), not a
        numbered position after a preposition of place nor a weapon's model."""
        turns = _TURN_LINE.finditer(text)
        if sum(1 for t in turns if t.group().lstrip()[:1] not in "—–-" or _SPOKEN.search(t.group("t"))) < 2:
            return []
        out: list[tuple[int, int]] = []
        for m in _NUMBERED_STATION.finditer(text):
            if _POSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            if _UNIT_BEFORE_QUOTE.search(text, max(0, m.start() - 24), m.start()) or _UNIT_AFTER_QUOTE.match(
                text, m.end()
            ):
                continue  # "батальон «Алга-2»": a unit's name
            base = m.group("v").split("-")[0]
            if base.lower() in _NUMBERED_THINGS:
                continue
            if field_post_address(m.group("v")):
                continue  # "Москва-400": a field-post address (a city and a three-digit station), no radio name
            out.append(m.span("v"))
        return out

    def _role_apposed(self, text: str) -> list[tuple[int, int]]:
        """A capitalised noun or adjective with a post set off by commas after it ("Шаман, ротный, сказал"): the
        word names the man, even opening a sentence (module :data:`_APPOSED_ROLE`). Names are PERSON's; a post, a
        pronoun or a word for any man names no one."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _CAP_WORD.finditer(text):
            if _APPOSED_ROLE.match(text, m.end()) is None:
                continue
            word = m.group()
            if not self._nickname_word(word) or morph.lemma(word, lang) in _GENERIC_PEOPLE:
                continue
            if morph.tag_share(word, lang) > 0 or _ROLE_WORD.fullmatch(word.lower()):
                continue
            if morph.has_tag(word, "ru", "Geox") or is_known_place(word, lang):
                continue  # "Москва, командир, знает": a place
            ps = morph.parses(word, lang)[:2]
            g = ps[0].tag.grammemes if ps else frozenset()
            if ps and ps[0].tag.POS in ("NOUN", "ADJF") and "nomn" in g and "plur" not in g and "Apro" not in g:
                out.append(m.span())
        return out

    def _casualties(self, text: str) -> list[tuple[int, int]]:
        """A capitalised noun or adjective said to be killed or wounded in radio slang ("Кот вчера трёхсотый",
        "Кирпич — двухсотый"): the word is a man, even opening a sentence."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _CAP_WORD.finditer(text):
            if _CASUALTY.match(text, m.end()) is None:
                continue
            word = m.group()
            if not self._nickname_word(word) or morph.lemma(word, lang) in _GENERIC_PEOPLE:
                continue
            if morph.tag_share(word, lang) > 0 or regex.fullmatch(_ROLES, word.lower()):
                continue  # names are PERSON's; "Командир двухсотый" names no one
            ps = morph.parses(word, lang)[:2]
            g = ps[0].tag.grammemes if ps else frozenset()
            if ps and ps[0].tag.POS in ("NOUN", "ADJF") and "nomn" in g and "plur" not in g and "Apro" not in g:
                out.append(m.span())
        return out

    def _quoted_struck(self, text: str) -> list[tuple[int, int]]:
        """A quoted word that is the object of a verb of wounding or killing, next to it ("Вчера «Семеныча» ранило",
        "вашего «Тайгу» убили", "контузило «Бобра»", "«Лиса» вчора поранило"): only a man is wounded or killed, a
        position is shelled and a vehicle is hit (other verbs), so the word is a man's name, in the accusative."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _QUOTED_ONE.finditer(text):
            start, end = m.span("v")
            word = m.group("v")
            if not self._free_quote(text, start, end) or not self._nickname_word(word):
                continue
            if morph.lemma(word, lang) in _GENERIC_PEOPLE or _PLACE_PREP.search(text, max(0, start - 8), start - 1):
                continue  # "в «Ромашке» убили двоих": a place where, not whom
            if not any(p.tag.grammemes & {"accs", "gent"} for p in morph.parses(word, lang)[:3]):
                continue  # "«Кедр» ранил": the subject, found by the subject rules
            after = _VERB_AFTER.match(text, end)
            if (
                after is not None
                and after.group("a")
                and not any(p.tag.POS == "ADVB" for p in morph.parses(after.group("a"), lang)[:1])
            ):
                after = None  # "«Брата» и убил": one adverb may stand between ("«Лиса» вчора поранило"), no more
            before = _VERB_BEFORE.search(text, max(0, start - 40), start)
            verbs = [v.group("w") for v in (after, before) if v is not None]
            if any(
                p.tag.POS == "VERB" and str(p.normal_form) in _STRUCK_LEMMAS
                for w in verbs
                for p in morph.parses(w.lower(), lang)[:2]
            ):
                out.append((start, end))
        return out

    def _with_me(self, text: str) -> list[tuple[int, int]]:
        """A capitalised common word joined to "я" in a list of men ("Рыжий с Ягодного, я и Андрюха", "Остались
        Бородач и я", "я та Лелека"): only a man stands in a list with the speaker, so a thing's or a quality's word
        there is his name (a given name is PERSON's, a place, a body or a relative is none)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _WITH_ME.finditer(text):
            word = m.group("v")
            start, end = m.span("v")
            if not self._nickname_word(word) or morph.lemma(word, lang) in _GENERIC_PEOPLE:
                continue
            if morph.tag_share(word, lang) > 0 or is_given_name(word, lang) or regex.fullmatch(_ROLES, word.lower()):
                continue  # "Андрюха и я", "я и Ромка": a given name, the name recognisers'; "Командир и я": a post
            if morph.lemmas(word, lang) & _FAMILY or is_known_place(word, lang):
                continue  # "Мама и я", "Москва и я"
            ps = morph.parses(word, lang)[:2]
            g = ps[0].tag.grammemes if ps else frozenset()
            if not ps or "nomn" not in g or g & {"plur", "Apro", "Anum"}:
                continue
            if ps[0].tag.POS == "NOUN" or (ps[0].tag.POS == "ADJF" and "masc" in g):
                out.append((start, end))  # a noun, or an adjective said of a man ("Рыжий", not "Добре")
        return out

    def _conjuncts(self, text: str, found: set[tuple[int, int]]) -> list[RecognizerResult]:
        """A quoted word joined by "и"/"і"/"та" to a quoted call sign is one too ("с «Кузей» и «Зеленым»", "«Бізон» і
        «Сокіл»"): a list of quoted men keeps one kind. Places, bodies and known names are left to their rules."""
        out: list[RecognizerResult] = []
        for start, end in sorted(found):
            if start == 0 or text[start - 1] not in '«"„“' or text[end : end + 1] not in '»"“”':
                continue
            for m in (_CONJUNCT_AFTER.match(text, end + 1), _CONJUNCT_BEFORE.search(text, 0, start - 1)):
                if m is None:
                    continue
                s, e = m.span("v")
                if (s, e) not in found and self._man_word(m.group("v")):
                    found.add((s, e))
                    out.append(self._result(s, e, self.BARE_SCORE, "a quoted word joined to a quoted call sign"))
        for m in _CONTACT_WITH.finditer(text):
            s, e = m.span("v")
            word = m.group("v")
            if (s, e) not in found and _INSTRUMENTAL.search(word) and self._nickname_word(word):
                # a dictionary's common word ("Тайфуном", "Бородой"), no name and no brand ("Укртелекомом"); the Russian
                # dictionary asked for Ukrainian too, as the Ukrainian one guesses any word known
                names = morph.parses(word, self.supported_language)[:2]
                known = morph.is_known(word.lower(), "ru") and (
                    self.supported_language == "ru" or morph.is_known(word.lower(), "uk")
                )
                if known and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in names):
                    found.add((s, e))
                    out.append(self._result(s, e, self.BARE_SCORE, "a quoted man contact is kept with"))
        for m in _QUOTED_WITH.finditer(text):
            s, e = m.span("v")
            word = m.group("v")
            if (s, e) not in found and _INSTRUMENTAL.search(word) and self._man_word(word, "ablt"):
                found.add((s, e))
                out.append(self._result(s, e, self.BARE_SCORE, "a quoted man as company kept"))
        # "с «Кузей» и «Зеленым»": quoted men as company kept, the first perhaps a name the person recognisers take
        for m in _QUOTED_COMPANY.finditer(text):
            for w in _QUOTED_ONE.finditer(text, m.start("list"), m.end("list")):
                s, e = w.span("v")
                if (s, e) not in found and self._man_word(w.group("v")) and _INSTRUMENTAL.search(w.group("v")):
                    found.add((s, e))
                    out.append(self._result(s, e, self.BARE_SCORE, "quoted men as company kept"))
        return out

    def _man_word(self, word: str, case: str | None = None) -> bool:
        """A quoted word that can name a man: an animate noun or a substantivised adjective, no name, place or body;
        in ``case`` when given. A Russian word in a Ukrainian document is read with the Russian dictionary."""
        lang = self.supported_language
        if lang == "uk" and not morph.is_known(word.lower(), "uk") and morph.is_known(word.lower(), "ru"):
            lang = "ru"  # "Я с «Вороной» говорил": Russian speech quoted in Ukrainian reporting
        if not self._nickname_word(word) or morph.tag_share(word, lang) > 0:
            return False
        ps = morph.parses(word, lang)[:2]
        return any(
            (p.tag.POS == "ADJF" or (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes))
            and (case is None or case in p.tag.grammemes)
            for p in ps
        )

    def _surname_clips(self, text: str) -> list[tuple[int, int]]:
        """A capitalised word that is the head of a surname the text names ("Кирилл Бочаров ... Бочар уехал",
        "Шестаков? — Шест погиб"): soldiers call a man by his surname clipped, as a call sign or a nickname."""
        lang = self.supported_language
        words = [(m.span(), m.group()) for m in _CAP_WORD.finditer(text)]
        # each base with the word forms it was read from: a word is no clip of itself ("Командиров как звали?", the
        # genitive plural of a common noun, is not "Командир" clipped from a surname "Командиров")
        bases: dict[str, set[str]] = {}
        for _, word in words:
            if len(word) >= 6 and not is_given_name(word, lang) and not is_known_place(word, lang):
                found = set(morph.name_lemmas(word, lang, ("Surn",)))
                # a Russian surname in a Ukrainian text (or the reverse) by its suffix: the dictionary guesses
                # Surn for any unknown capitalised word, so the suffix, not the tag, decides there
                if (suffixed := _SURNAME_SUFFIX.fullmatch(word.lower())) is not None:
                    found.add(suffixed.group("base"))
                for base in found:
                    bases.setdefault(base, set()).add(word.lower())
        if not bases:
            return []
        out: list[tuple[int, int]] = []
        for span, word in words:
            if len(word) < 3 or is_given_name(word, lang) or is_known_place(word, lang):
                continue
            ps = morph.parses(word, lang)[:1]
            if (ps and ps[0].tag.POS != "NOUN") or not self._nickname_word(word):
                continue  # "Нас", "Тут": a pronoun or an adverb opening a sentence
            own = morph.name_lemmas(word, lang, ("Surn",))
            # a dictionary word by its lemmas only ("Пути" of «Пути домой» is "путь", no clip of "Путин")
            known = morph.is_known(word.lower(), lang)
            lemmas = {str(p.normal_form) for p in morph.parses(word, lang)} if known else {word.lower()}
            stems = {s for s in lemmas if len(s) >= 3}
            if any(
                base.startswith(stem) and 1 <= len(base) - len(stem) <= 4 and base not in own and froms - {word.lower()}
                for base, froms in bases.items()
                for stem in stems
            ):
                out.append(span)
        return out

    def _speaker_labels(self, text: str) -> list[tuple[int, int]]:
        """Speaker labels that are a common word used as a name, in a dialogue: the label takes at least two turns
        and another speaker takes part ("Орёл: ... / Гуцул: ... / Орёл: ..."). A role (a relative, "Оккупант",
        "Вопрос") or a personal name (PERSON's) is not taken; field labels of a record card stand once."""
        lang = self.supported_language
        labels = [(m.span("v"), m.group("v")) for m in _SPEAKER.finditer(text)]
        counts: dict[str, int] = {}
        for _, v in labels:
            counts[v.lower()] = counts.get(v.lower(), 0) + 1
        speakers = {m.group("v").lower() for m in _ANY_SPEAKER.finditer(text)}
        if len(speakers) < 2:
            return []  # one label alone heads a record or a caption, not a dialogue
        out: list[tuple[int, int]] = []
        # A family call is labelled by roles ("МАТЬ:" and "СРОЧНИК:", "Окупант:" and "Батько:"), never call signs.
        family = any(morph.lemmas(w, lang) & _FAMILY for w in speakers if " " not in w)
        common: set[str] | None = None
        for span, v in labels:
            if _STATION_NUMBER.search(v):
                out.append(span)  # "«Кедр-3»:": a numbered station speaking
                continue
            low = v.lower()
            if low in _ROLE_LABELS or morph.lemmas(low, lang) & (_ROLE_LABELS | _NOT_VOCATIVE):
                continue
            if _ROLE_WORD.fullmatch(low):
                continue  # "РОТНЫЙ:", "Сослуживец:": a post
            if family and any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in morph.parses(low, lang)[:1]):
                continue
            if common is None:
                common = {lemma for w in _LOWER_WORD.findall(text) for lemma in morph.lemmas(w, lang)}
            if morph.lemmas(low, lang) & common:
                continue  # "КУРАТОР:" in a text that tells of "розмова з куратором": the writer's common noun
            # A place speaking is a man called after it ("Орёл: ...", "Тайга: ..."); a given name is PERSON's, unless
            # quoted and only a rare reading of the word ("«Курай»:" is no "Курая"): a quoted label is a nickname.
            quoted = span[0] > 0 and text[span[0] - 1] in '«"„“'
            first = morph.parses(v, lang)[:1]
            named = morph.tag_share(v, lang, _GIVEN) > 0 and not (
                quoted and first and not first[0].tag.grammemes & _GIVEN
            )
            if low in _NOT_NICKNAMES or category(v, lang) is not None or named:
                continue
            ps = morph.parses(low, lang)[:2]
            if any(p.tag.grammemes & {"Anum", "Apro"} or p.tag.POS == "NUMR" for p in ps):
                continue  # "Первый:", "Другий:": speakers numbered, not named
            if ps and ps[0].tag.POS in ("NOUN", "ADJF") and "plur" not in ps[0].tag.grammemes:
                out.append(span)
        # A label taking two turns makes it a dialogue of call signs; then the others who speak once are too.
        if not any(counts[text[s:e].lower()] >= 2 for s, e in out):
            return []
        return out

    def _call_headers(self, text: str) -> list[tuple[int, int]]:
        """Both stations of a radio call written as a header (module :data:`_CALL_HEADER`): the called one must be in
        the dative, the caller in the nominative; a place on either side is a headline ("Москва — Киеву:")."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _CALL_HEADER.finditer(text):
            a, b = m.group("a"), m.group("b")
            if not (self._nickname_word(a) and self._nickname_word(b)):
                continue
            if is_known_place(a, lang) or is_known_place(b, lang):
                continue
            a_nom = any("nomn" in p.tag.grammemes for p in morph.parses(a, lang)[:3])
            b_dat = any("datv" in p.tag.grammemes for p in morph.parses(b, lang)[:3])
            if a_nom and b_dat:
                out.extend([m.span("a"), m.span("b")])
        return out

    def _speaking_things(self, text: str) -> list[tuple[int, int]]:
        """An inanimate common noun opening a sentence as the subject of a verb only a person does, masculine in the
        past ("Туча сказал", "Борода приказал", "Скеля наказав"; not "Командование приказало", "Жизнь сказала")."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _CAP_WORD.finditer(text):
            stripped = text[max(0, m.start() - 40) : m.start()].rstrip(" \t«\"'„“(—–-")
            if stripped and stripped[-1] not in ".!?…\n:" and not self._free_quote(text, m.start(), m.end()):
                continue  # mid-sentence bare capitals are :meth:`_bare_nicknames`' business; quoted ones are not
            word = m.group()
            ps = morph.parses(word, lang)[:2]
            if not ps or ps[0].tag.POS != "NOUN" or "inan" not in ps[0].tag.grammemes:
                continue
            g = ps[0].tag.grammemes
            if g & {"Name", "Surn", "Patr", "plur"} or not self._nickname_word(word):
                continue
            if not any("datv" in p.tag.grammemes for p in ps) and not any(
                "nomn" in p.tag.grammemes or not p.tag.grammemes & _CASE_TAGS for p in ps
            ):
                continue  # "Бороду отпустил": the object, not the subject
            if morph.lemmas(word, lang) & (_SPEAKING_THINGS | _NOT_VOCATIVE):
                continue
            dative = any("datv" in p.tag.grammemes for p in ps)
            # "«Гром» сказал": a quoted word speaks as the bare one does, the closing quote skipped
            quoted = text[m.start() - 1 : m.start()] in '«"„“' and text[m.end() : m.end() + 1] in '»"“”'
            after = m.end() + 1 if quoted and m.start() > 0 and m.end() < len(text) else m.end()
            if dative and _told(text, after, lang):
                out.append(m.span())  # "Бороде скажи, пусть позвонит": a thing is not told, a man is
                continue
            nxt = _SPEECH_NEXT.match(text, after)
            # "Туча нам сказал", "Скеля вчора наказав": one word between; "«Кедр» з групою пішов", "«Гром» с ребятами
            # вывез": a companion in the instrumental after "with" too (who goes with a group is a man)
            window = 3 if nxt is not None and nxt.group("w") in _WITH_WORDS else 2
            for _ in range(window):
                if nxt is None:
                    break
                vps = morph.parses(nxt.group("w"), lang)[:2]
                lemmas = _SPEECH_LEMMAS | _ACTION_LEMMAS if quoted else _SPEECH_LEMMAS
                verbs = [p for p in vps if p.tag.POS == "VERB" and str(p.normal_form) in lemmas]
                if verbs:
                    vg = verbs[0].tag.grammemes
                    # a man's verb: masculine in the past ("Жизнь сказала своё" is a figure of speech)
                    if "plur" not in vg and ("masc" in vg if "past" in vg else "3per" in vg or "pres" in vg):
                        out.append(m.span())
                    break
                nxt = _SPEECH_NEXT.match(text, nxt.end())
        return out

    def _free_quote(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one quoted word standing by itself mid-sentence ("Его «Кедр» отправил"), not
        the quoted name of a unit, a work or a body after its head noun ("батальон «Восток»", "фильм «Брат»")."""
        if start == 0 or text[start - 1] not in '«"„“' or text[end : end + 1] not in '»"“”':
            return False
        prev = _PREV_WORD.search(text, max(0, start - 40), start - 1)
        if prev is None:
            return True
        lemmas = morph.lemmas(prev.group("w"), self.supported_language)
        return not lemmas & (_TITLE_HEADS | _GROUP_HEADS | _HEADS_OF_BODIES) and not self._quoted_thing(
            text, start - 1, text[start:end]
        )

    def _sign_noun(self, word: str, ps: Any) -> bool:
        """A quoted word that can be a call sign by its parse: a dictionary's common noun or substantivised adjective
        in the singular, no given name, place or body (those are other recognizers' business)."""
        if not ps or not self._nickname_word(word) or morph.lemmas(word, self.supported_language) & _HONORIFIC_LEMMAS:
            return False
        if not any(morph.is_known(word.lower(), lang) for lang in (self.supported_language, "ru")):
            # a call sign is a dictionary word used as a name (the Russian one too: Ukrainian documents quote Russian
            # speech); a brand's coinage is a body's ("«Укрзалізниці»")
            return False
        # the first nominal reading: "Сичу" is a verb's form first in Ukrainian ("сичати"), a noun after it
        top = next((p.tag for p in ps if p.tag.POS in ("NOUN", "ADJF")), None)
        return (
            top is not None
            and not top.grammemes & {"Name", "Patr", "Geox", "Orgn", "plur"}
            and morph.tag_share(word, self.supported_language, _GIVEN) < 0.5
        )

    def _quoted_told_by(self, text: str) -> list[tuple[int, int]]:
        """A quoted word in the nominative right after a man's verb of telling: the one who tells ("— ..., — рассказал
        «Граф».", "розповів «Сокіл»", "сказал «Кедр», что ..."). The verb is in the singular (masculine in the past);
        media "сообщают", which are no such verb."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _QUOTED_ONE.finditer(text):
            word = m.group("v")
            if _NUMBERED_AFTER.match(text, m.end("v")):
                continue
            prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if prev is None or prev.end() != m.start() - 1 and text[prev.end() : m.start()].strip():
                continue
            told = [
                p
                for p in morph.parses(prev.group("w"), lang)[:3]
                if p.tag.POS == "VERB" and str(p.normal_form) in _TOLD_BY_LEMMAS
            ]
            if not told:
                continue
            vg = told[0].tag.grammemes
            if "plur" in vg or ("past" in vg and "masc" not in vg) or ("past" not in vg and "3per" not in vg):
                continue
            ps = morph.parses(word, lang)[:3]
            if not self._sign_noun(word, ps) or not any(
                "nomn" in p.tag.grammemes or not p.tag.grammemes & _CASE_TAGS for p in ps[:2]
            ):
                continue
            out.append(m.span("v"))
        return out

    def _quoted_addressees(self, text: str) -> list[tuple[int, int]]:
        """A quoted word in the dative after a verb of telling, giving or calling, or in a sentence of thanks: the one
        told, given to or thanked ("Передай «Кедру», что мы вышли", "скажи «Бороде»", "подзвони «Бороді»", "Дякую
        хлопцям ..., окремо – «Сичу» і «Бороді»"). Any common noun: call signs are trees and beards as often as
        birds (:meth:`_quoted_oblique` takes creatures in any case)."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _QUOTED_ONE.finditer(text):
            word = m.group("v")
            if _NUMBERED_AFTER.match(text, m.end("v")):
                continue
            ps = morph.parses(word, lang)[:3]
            if not self._sign_noun(word, ps) or not any("datv" in p.tag.grammemes for p in ps):
                continue
            if any("nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in ps):
                continue  # a nominative may be a unit's or a work's name
            sentence = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            words = [w.group() for w in _WORD_RE.finditer(text, sentence, m.start())]
            near = words[-2:]  # "передай «Кедру»", "передай срочно «Кедру»"
            hit = any(
                str(p.normal_form) in _ADDRESS_LEMMAS or w.lower() in _ADDRESS_LEMMAS
                for w in near
                for p in morph.parses(w, lang)[:2]
            ) or (
                any(
                    str(p.normal_form) in _THANKS_LEMMAS or w.lower() in _THANKS_LEMMAS
                    for w in words
                    for p in morph.parses(w, lang)[:2]
                )
                and self._thanks_to_men(text, sentence, m)
            )
            if not hit and not _told(text, m.end() + 1, lang):  # "«Кедру» передай"
                continue
            out.append(m.span("v"))
        return out

    def _thanks_to_men(self, text: str, sentence: int, m: Any) -> bool:
        """Whether thanks in a sentence go to men: people in the dative thanked before the quoted word ("Дякую
        хлопцям ..., окремо «Сичу»", "всім, хто допоміг, особливо «Дубу»"), or quoted words thanked in pairs ("«Явору»
        і «Смереці»"). A body thanked alone ("Дякуємо «Укрзалізниці»") is a body."""
        lang = self.supported_language
        if _CONJUNCT_AFTER.match(text, m.end()) or _CONJUNCT_BEFORE.search(text, sentence, m.start()):
            return True
        for w in _WORD_RE.finditer(text, sentence, m.start()):
            for p in morph.parses(w.group(), lang)[:3]:
                g = p.tag.grammemes
                if "datv" in g and "plur" in g and (p.tag.POS == "NPRO" or (p.tag.POS == "NOUN" and "anim" in g)):
                    return True
                if "datv" in g and "plur" in g and str(p.normal_form) in ("весь", "все", "всі", "усі"):
                    return True
        return False

    def _address_turn(self, text: str, end: int, word: str) -> bool:
        """Whether a word opening a turn before a comma is spoken to: not a chat header's poster and time
        ("Аноним, 08:20"), not a reply already addressed to a relative ("Живой, мам.", "Живий, синку"), and an
        adjective only when the words after it speak to him ("Рыжий, ты где?"; not "Мобільний, зареєстрований ...")."""
        lang = self.supported_language
        rest = text[end + 1 : end + 40]
        if regex.match(r"[ \t]*\d{1,2}:\d{2}(?!\d)", rest):
            return False
        nxt = regex.match(r"[ \t]*(\p{L}+)", rest)
        if nxt is not None and morph.lemmas(nxt.group(1), lang) & (_NOT_VOCATIVE | _RELATIVES):
            return False  # "Батько, якого окупант називає ...": a subject and its relative clause
        ps = morph.parses(word, lang)[:3]
        if nxt is not None and any(
            # a participle (the Ukrainian dictionary tags it an adjective with its voice)
            (p.tag.POS == "PRTF" or (p.tag.POS == "ADJF" and p.tag.grammemes & {"pssv", "actv"}))
            and "nomn" in p.tag.grammemes
            and any(_agree_parse(p, n) for n in ps)
            for p in morph.parses(nxt.group(1), lang)[:3]
        ):
            return False  # "Некролог, розміщений школою, ...": a subject and its participle, no one spoken to
        if ps and not any(p.tag.POS == "NOUN" for p in ps) and morph.is_known(word.lower(), lang):
            return _second_person_after(text, end, lang)
        return True

    def _bare_nicknames(self, text: str) -> list[tuple[int, int]]:
        """Capitalised common nouns/adjectives used as names: mid-sentence ("С ним Сизый был") or as a vocative."""
        lang = self.supported_language
        out: list[tuple[int, int]] = []
        for m in _CAP_WORD.finditer(text):
            word = m.group()
            low = word.lower()
            if _kin_call_sign(text, m.start(), word, lang):
                out.append(m.span())  # "А Батя? — Батя в штабе": a kin word capitalised mid-sentence in soldiers' talk
                continue
            if len(word) < 3 or low in _NOT_NICKNAMES or low in _NOT_VOCATIVE:
                continue
            if morph.lemma(word, lang) in _NOT_NICKNAMES or morph.lemma(word, lang) in _NOT_VOCATIVE:
                continue
            if _ROLE_WORD.fullmatch(low):
                continue  # "Ротный сказал", "— Сослуживец, «Лом».": a post, not a name
            before = text[max(0, m.start() - 40) : m.start()]
            if _adjective_speaker(text, m.start(), m.end(), lang):
                out.append(m.span())  # "«Чорний нам сказав: ...»": a capitalised adjective as the one who speaks
                continue
            if before[-1:] in "«\"„“'":
                continue  # quoted names of units, operations, films: other recognizers decide
            opened = text.rfind("«", max(0, m.start() - 60), m.start())
            if (
                opened >= 0
                and "»" not in text[opened : m.start()]
                and self._quoted_thing(text, opened, text[opened + 1 : m.end()])
            ):
                continue  # "орденом «За заслуги перед Отечеством»": a word inside an award's or institution's name
            stripped = before.rstrip(" \t«\"'„“(—–-")
            # An emoji, arrow or bullet opening a line starts a sentence too ("👉 Полная запись — на канале").
            initial = (
                not stripped
                or stripped[-1] in ".!?…\n:•·*"
                or unicodedata.category(stripped[-1])[0] == "S"
                or after_time_stamp(text, m.start())
            )
            after = text[m.end() : m.end() + 2]
            if initial and not (after.startswith(",") and regex.search(r"(?:^|\n|[—–:])\s*$", before)):
                continue  # first word of a sentence, unless it opens a dialogue turn as an address ("— Рыжий, ты где?")
            if initial and not self._address_turn(text, m.end(), word):
                continue
            title = _TITLE_BEFORE.match(text, m.end())
            if (
                title is not None
                and morph.lemmas(word, lang) & _OFFICES
                and (title.group("abbr") or is_given_name(title.group("name"), lang))
            ):
                continue  # "Головнокомандувача ЗСУ", "Президент Володимир Зеленський": a post, its body or holder
            if after.startswith(":"):
                continue  # a field label ("Звание: рядовой", "Школа: ...")
            if morph.tag_share(word, lang) > 0 or morph.has_tag(word, lang, "Geox"):
                continue  # names and places are other recognizers' business
            if _PLACE_PREP.search(before[-12:]) and not _comitative(before[-12:], word, lang):
                continue  # "з Калуша", "до Дніпра": a place, not a nickname
            ps = morph.parses(word, lang)
            if not ps or not morph.is_known(low, lang):
                continue
            top = next((p for p in ps[:3] if p.tag.POS in ("NOUN", "ADJF")), None)
            if top is None:
                continue  # verbs, adverbs, particles ("Молот" is also a short adjective, but a noun too)
            if _in_proper_phrase(text, m.start(), m.end(), word, top, lang):
                continue  # "Набережних Челнів", "Часовим Яром": a word of a multi-word place or body name
            if _names_body(text, m.start(), m.end(), word, top, lang):
                continue  # "Центру Разумкова", "Республики Беларусь", "Офісу Президента": a body's or state's name
            if initial and not _address_form(ps, lang, _second_person_after(text, m.end(), lang)):
                continue  # "— Вопрос, ...", "Родственники, которые", "Коротше, ...": no address opens the turn
            lemmas = {str(p.normal_form) for p in ps[:3]}
            if lemmas & _MEMORIAL_HEADS:
                continue  # "на Алеї Слави", "біля Площі Героїв": the head of a memorial's name
            if lemmas & _HONORIFIC_LEMMAS or lemmas & _NOT_VOCATIVE:
                continue  # "Героя України", "Героям слава": an honorific capital; "Тату": a kinship address
            prev = _PREV_WORD.search(before)
            if prev is not None and morph.lemmas(prev.group("w"), lang) & _AWARD_LEMMAS:
                continue  # "орденом Мужества", "звання Героя": an award's name
            if any(p.tag.POS == "PRTF" for p in ps[:4]) and regex.match(r"\s+\p{Ll}", text[m.end() :]):
                continue  # "Уполномоченного по правам человека": a participle naming an office
            head = _PREV_WORD.search(before)
            if (
                top.tag.POS == "ADJF"
                and head is not None
                and head.group("w")[:1].isupper()
                and morph.tag_share(head.group("w"), lang) == 0
                and any(
                    p.tag.POS == "NOUN" and _institution_head(text, m.start() - 1, head.group("w"), p, lang)
                    for p in morph.parses(head.group("w"), lang)[:2]
                )
            ):
                continue  # "Офісу Генерального прокурора": inside the body phrase the noun before it heads
            if any(_institution_head(text, m.end(), word, p, lang) for p in ps[:4] if p.tag.POS in ("NOUN", "ADJF")):
                continue  # "Сил оборони", "Кримінального кодексу", "Дом культуры": heads a body's name
            if regex.match(r"\s*-\d", text[m.end() : m.end() + 3]):
                continue  # "Москва-400", "Ураган-1": designations
            if top.tag.POS == "ADJF" and _qualifies_next(text, m.end(), lang):
                continue  # "Кукморским районным судом", "Семенівській громаді": a place adjective of an institution
            out.append(m.span())
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Call signs after an introducer, then their case forms anywhere in the text."""
        if "CALL_SIGN" not in entities:
            return []
        direct = self._direct(text)
        results = [self._result(s, e, self.SCORE, "call-sign context") for s, e in direct]
        results += [
            self._result(s, e, self.BARE_SCORE, "capitalised common word used as a name")
            for s, e in self._bare_nicknames(text)
            if (s, e) not in direct
        ]
        forms: set[str] = set()
        for s, e in direct + [(r.start, r.end) for r in results[len(direct) :]]:
            sign = text[s:e]
            if sign[:1].isupper():
                forms |= morph.variants(sign, self.supported_language, ("Name", "Surn", "NOUN"))
        forms = {f for f in forms if len(f) >= 2 and f[:1].isupper()}
        if forms:
            seen = {(r.start, r.end) for r in results}
            for start, end in find_forms(text, forms):  # one automaton pass, no per-document regex to compile
                if (start, end) in seen or any(s <= start < e for s, e in direct):
                    continue
                if _kin_address(text, start, end, self.supported_language):
                    continue  # "Дед, привет.": a relative addressed, though a comrade is called Дед too
                results.append(self._result(start, end, self.REPEAT_SCORE, "case form of a call sign"))
        results += self._lower_repeats(text, direct, {(r.start, r.end) for r in results})
        results += self._conjuncts(text, {(r.start, r.end) for r in results})
        # Each case form of a clipped surname is found by itself; its lexeme is not spread, since the plural
        # genitive of a clip ("Морозов", "Волков") is the surname it was clipped from.
        seen = {(r.start, r.end) for r in results}
        results += [
            self._result(s, e, self.BARE_SCORE, "a surname clipped to its head, as soldiers call a man")
            for s, e in self._surname_clips(text)
            if (s, e) not in seen and not any(a <= s < b for a, b in direct)
        ]
        return results

    def _lower_repeats(
        self, text: str, direct: list[tuple[int, int]], seen: set[tuple[int, int]]
    ) -> list[RecognizerResult]:
        """A chat that wrote a call sign in lower case ("позывной тихий") writes its other case forms so too
        ("тихого видела"); a form qualifying a noun after it ("тихий вечер") is the plain adjective."""
        lang = self.supported_language
        forms: set[str] = set()
        for s, e in direct:
            sign = text[s:e]
            if sign[:1].islower() and " " not in sign:
                forms |= {f.lower() for f in morph.variants(sign, lang, ("NOUN",)) if len(f) >= 3}
        out: list[RecognizerResult] = []
        if not forms:
            return out
        for start, end in find_forms(text, forms):
            if (start, end) in seen or any(s <= start < e for s, e in direct):
                continue
            nxt = _FOLLOWING_WORD.match(text, end)
            if nxt is not None and any(
                a.tag.POS == "ADJF" and n.tag.POS == "NOUN" and _agree_parse(a, n)
                for a in morph.parses(text[start:end], lang)[:3]
                for n in morph.parses(nxt.group("w"), lang)[:2]
            ):
                continue
            out.append(self._result(start, end, self.REPEAT_SCORE, "case form of a call sign"))
        return out
