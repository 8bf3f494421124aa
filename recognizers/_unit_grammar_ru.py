"""The military-unit grammar, Russian and Ukrainian: unit numbers (в/ч, field post), ordinals in digits and words
(any case), arm and status adjectives, unit nouns and abbreviations, honorifics, territorial defence, sub-unit
chains and the noun understood. Used by :mod:`redact.recognizers.military_unit`.
"""

from __future__ import annotations

# --- unit numbers -------------------------------------------------------------------------------
_UNIT_NO_CUE = (
    # "in/ch", "v.ch.", "w/ch": в/ч as translations spell it letter by letter
    r"\b(?:в/ч|в\\ч|в\.\s?ч\.|вч|v/ch|v\\ch|vch|in/ch|v\.\s?ch\.|w/ch|в/част\p{L}*|п/п|p/p|(?-i:пп|ПП)(?=\s+(?-i:[АВ])-?\d{4}\b))"
    r"|\b(?:войсков|воинск|военн)\p{L}*\s+част\p{L}*"
    r"|\bчаст(?:ь|и|ью)\b"
    r"|\bвійськов\p{L}*\s+частин\p{L}*|\bчастин[аиіу]\b"
    r"|\bполев\p{L}*\s+почт\p{L}*|\bпольов\p{L}*\s+пошт\p{L}*"
    r"|\b(?:(?:military|army)[\s_]+)?unit|\bfield\s+post(?:\s+office)?|\bm/u|\bmil\.\s?unit"
    # "MU 12345", "MU A4010": the capitals of "military unit" as English releases abbreviate it, before its number
    r"|\b(?-i:MU)(?=\s*(?-i:[AV])?-?\d{4,5}\b)"
)
# After a record's field label the cue stays outside the span ("Військова частина: [А4119]", "в/ч: [12345]"); a
# unit number with its noun or its field post is one span ("в/ч 75387", "польова пошта В2617").
# a letter after it, in translation two for one ("12345-Ж" is "12345-Zh", "-Sh", "-Ch", "-Kh", "-Ts")
_UNIT_NUMBER = (
    r"(?:(?-i:[АAВBV])\s?-?\d{4}|(?-i:a)-?\d{4}|\d{4,5})(?:-\d{1,2}|-(?-i:Zh|Sh|Ch|Kh|Ts)|-[А-ЯA-Z])?(?![\d/.,]\d)\b"
)
UNIT_NO = (
    r"(?:"
    + _UNIT_NO_CUE
    # "#military_unit_46108": a hashtag joins the words and the number with underscores
    + r")(?:\s*[,—–-]\s*|\?\s*[—–-]?\s*|\s*|_)(?:no\.?|number|#|№|номер)?\s*(?P<n>"
    + _UNIT_NUMBER
    + r")"
)
# The number before its noun, as translations of a Ukrainian obituary word it: "the A1215 military unit", "of the
# 12128 military unit", "the A0224 unit" (a letter and four digits or five digits: no count, no year).
UNIT_NUMBER_FIRST = (
    r"(?<![\p{L}\d/-])(?:(?-i:[AVАВ])-?\d{4}|\d{5})(?:-\d{1,2})?\s+(?:military\s+unit|mil\.\s?unit|unit)\b(?!s)"
)
# "field post number: V2785", "номер в/ч: 12345": the label may name the number before its colon.
UNIT_LABEL_NO = (
    r"(?:"
    + _UNIT_NO_CUE
    + r")(?:[ \t]+(?:no\.?|number|номер))?[ \t]*:[ \t]*(?:no\.?|number|#|№|номер)?\s*(?P<v>"
    + _UNIT_NUMBER
    + r")"
)

# The service a unit number belongs to, written before it in lists: "НГУ, в/ч 3017", "ДПСУ в/ч 2144".
UNIT_BRANCH_NO = r"\b(?-i:НГУ|ДПСУ|ДШВ|ССО|ТрО|ВМС)(?:\s*,\s*|\s+)(?=(?-i:в/ч|в\\ч|в\.\s?ч\.|вч|військов))" + UNIT_NO
# A unit nickname used as the subject of the formula of a unit's obituary: "Карпатська Січ втратила ще одного
# бійця", "«Вовки Да Вінчі» втратили побратима". Two capitalised words (an adjective and a noun) or a quoted name.
UNIT_LOSS_SUBJECT = (
    r"(?:^|(?<=[.!?\n]\s{0,3}))(?P<v>(?-i:\p{Lu}\p{Ll}+(?:а|ий|і|е)\s+\p{Lu}\p{Ll}+|[«\"„“]\p{Lu}[\p{L}\s'’-]{1,30}[»\"“”]))"
    r"\s+(?:втратила|втратив|втратили|втратило|потеряла|потерял|потеряли)\s+(?:ще\s+|еще\s+|ещё\s+)?"
    r"(?:одного\s+|свого\s+|своего\s+)?(?:\p{Ll}+\s+)?(?:бійця|воїна|побратима|захисника|оборонця|бойца|сослуживца"
    r"|товарища|героя|Героя|військового|военного)\b"
)

# --- Russian / Ukrainian ordinal + type ----------------------------------------------------------
# Russian and Ukrainian ordinal suffixes, longest first so "3-тій" is not read as "3-т".
_ORD_SUFFIX = (
    r"(?:тьої|тьою|шої|шій|гої|гій|тій|тою|тої|тю|тя|та|те|ого|ому|ему|ими|ій|ий|ый|ой|ая|ом|ої|ою|ма|му|ме|мі|га|ге"
    r"|ша|ше|го|ту|й|я|м|ю|е|ї|у)"
)
# The hyphen is often dropped in chat ("155ой", "20ый").
# Four-digit regiment numbers ("1009-го полка") only with their suffix: "4512 АК 21" is a military plate.
ORD_RU = (
    r"(?:\d{1,3}(?:\s?-\s?" + _ORD_SUFFIX + r"|(?:ой|ый|ий|ая|ого|ому|ым|ом|ю|я|й))?"
    r"|\d{4}(?:\s?-\s?" + _ORD_SUFFIX + r"|(?:ой|ый|ий|ая|ого|ому|ым|ом|ю|я|й)))"
)
# Spelled-out ordinals: "второй батальон", "сто пятьдесят пятая бригада", "третій роті".
ORD_STEM_RU = (
    # Russian "другой" is "other" ("в другой роте"), never the Ukrainian ordinal "другий" (second)
    r"(?!друг(?:ой|ую|ая|ое|ие|их|ими|ом)(?!\p{L}))"
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат"
    r"|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сороков|пятидесят|шестидесят"
    r"|семидесят|восьмидесят|девяност|сот|перш|друг|четверт|п[\'’]ят|шост|сьом|дев[\'’]ят|одинадцят|дванадцят"
    r"|тринадцят|чотирнадцят|п[\'’]ятнадцят|шістнадцят|сімнадцят|вісімнадцят|дев[\'’]ятнадцят|двадцят"
    r"|тридцят|п[\'’]ятдесят|шістдесят|сімдесят|вісімдесят|дев[\'’]яност|двухсот|тр[её]хсот|четыр[её]хсот"
    r"|пятисот|шестисот|семисот|восьмисот|девятисот|двохсот|трьохсот|чотирьохсот|п[\'’]ятисот|дев[\'’]ятисот)"
    # An ending of "ь" (or "ьсот") is the cardinal: "пять", "двадцять", "пятьсот".
    r"(?!ь(?:сот)?(?!\p{L}))\p{L}{1,4}"
)
CARD_WORD_RU = (
    r"(?:сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|двісті|чотириста|п[\'’]ятсот"
    r"|шістсот|сімсот|вісімсот|дев[\'’]ятсот|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят"
    r"|девяносто|двадцять|тридцять|п[\'’]ятдесят|шістдесят|сімдесят|вісімдесят|дев[\'’]яносто)"
)
# a mobilised regiment's number in full: "в тысяча четыреста тридцать девятом полку"
ORD_WORD_RU = r"(?:(?:тысяча|тисяча)\s+)?(?:" + CARD_WORD_RU + r"\s+){0,2}" + ORD_STEM_RU
# Words with an adjective's ending that are no arm or status of a unit: a possessive or demonstrative pronoun ("покинуть
# свой мотострелковый батальон", "у нашій роті"), "половина" ("в сорок второй половина роты – зэки").
_NOT_ADJ_RU = (
    r"(?!(?:сво|мо|тво)(?:й|я|ю|е|и|ей|ею|его|ему|им|ем|ём|их|ими|єї|їй|ї|ій)(?![\p{L}-])"
    r"|(?:сві|мі|тві)й(?![\p{L}-])|(?:наш|ваш)\p{L}{0,3}(?![\p{L}-])|(?:эт|т)(?:от|ого|ой|у|ом|ому|а|и|ем)(?![\p{L}-])"
    r"|(?:цей|цього|цієї|цю|цій|тієї|тій|того|тому)(?![\p{L}-])|половин\p{L}*"
    # his, her, their: "його штурмову роту 1009 полку" is his company, the pronoun no part of it
    r"|(?:його|его|её|ее|її|их|їх|ихн\p{L}*|їхн\p{L}*)(?![\p{L}-]))"
)
# Adjectives between the ordinal and the noun: a closed set of endings keeps "20-го числа мы пошли в роту" out.
ADJ_RU = (
    _NOT_ADJ_RU + r"(?:орден(?:а|ов|ів)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:и|і|та)\s+(?-i:\p{Lu}\p{Ll}+))?|гв\.|отд\.|"
    # a qualifier in brackets among them: "55-й окремій мотострілецькій (гірській) бригаді"
    # (the Ukrainian nominative too: "55 окрема мотострілецька (гірська) бригада")
    r"\(\p{L}[\p{L}-]*+(?<=\p{L}(?:ая|ой|ий|ый|ій|ого|ому|ую|ою|ої|ої|ім|им|ом|ська|цька|ська|на|ва|ка|ну|ву|ку))\)|"
    # The whole word is taken at once and its ending checked behind it: trying each ending at every letter of
    # every word was most of this recogniser's time.
    r"\p{L}[\p{L}-]*+(?<=\p{L}(?:ая|яя|ой|ей|ий|ый|ій|ого|его|ому|ему|ом|ем|ую|юю|ые|ие|ых|их|ым|им|ыми|ими"
    r"|ою|ею|ої|ма|на|ва|ка|ну|ву|ку|ної|вої|кої)))"
)
# Compound nouns written as one word: мехбригада, артбригада, артполк, танкполк, тербат, танкбат, артдивізіон.
_COMPOUND = r"(?:мех|арт|мото|танк|тер|десант|штурм|мотострелк|морпех)"
TYPE_RU = (
    r"(?:" + _COMPOUND + r"?бригад\p{L}*|" + _COMPOUND + r"?полк\p{L}*|батальй?он\p{L}*|" + _COMPOUND + r"?дивизи\p{L}*"
    r"|" + _COMPOUND + r"?дивізі\p{L}*|рот[аыеуоиі]й?(?!\p{L})|ротою|взвод\p{L}*"
    r"|батаре\p{L}*|арми[яиюей]\p{L}*|армі[яїюєй]\p{L}*|корпус\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|(?:тер|мото|танк|мех|арт|штурм|дш)бат\p{L}{0,3}|(?:развед|розвід|мех|танк|мед)рот\p{L}{1,3}|ескадрил\p{L}*|эскадрил\p{L}*|ескадрон\p{L}*|эскадрон\p{L}*"
    r"|штурмов\p{L}*\s+отряд\p{L}*"
    # border guards: a numbered commandant's unit and outpost ("3-й прикордонній комендатурі", "сьомої застави",
    # "на 3-й заставе"); only ever after an ordinal here, so the commandant's office of a town and a bail ("застава")
    # stay out, and a case ending closes the word (never "заставил")
    r"|комендатур\p{L}*|(?:погран)?застав(?:а|ы|е|у|ой|ою|і|и|ам|ами|ах)(?!\p{L})"
    # a base abroad by its number ("4-й военной базы", "102-й российской военной базе", "201-ї військової бази"):
    # only after an ordinal, as every type here
    r"|(?:(?:российск|російськ)\p{L}*\s+)?(?:военн|військов)\p{L}*\s+баз(?:а|ы|е|у|ой|ою|и|і)(?!\p{L}))"
)
# Squads: "отделение" is also a hospital ward or a bank branch, so it counts only inside a chain of sub-units.
SUBTYPE_RU = r"(?:відділен\p{L}*|отделени\p{L}*)"
# Territorial defence, with the region it belongs to: "бригади тероборони Полтавщини", "бригада ТрО Києва".
_TERDEF = (
    r"(?:тероборон\p{L}*|теробороны|територіальної\s+оборони|территориальной\s+обороны|(?-i:ТрО|ТРО))"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}+(?:щини|щины|ської\s+області|ской\s+области|ого\s+району|ого\s+района|а|и|і|у)(?!\p{L}))"
    # the town it was raised in: "батальйону ТрО м. Кременчук", "бригади тероборони міста Києва"
    r"|\s+(?:м\.|г\.|міста|города)\s*(?-i:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?))?"
)
# Honorific names: "імені гетьмана Івана Виговського", "ім. Чорних Запорожців", "имени маршала Жукова".
_HONORIFIC = (
    r"(?:імені|имени|ім\.|им\.)\s*(?-i:(?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}"
    # "імені Лицарів Зимового походу": a capitalised adjective may take its lower-case noun.
    r"(?:(?<=(?:ого|ої|их|ей|ых|ий|ый))\s+\p{Ll}+(?:у|а|ів|ов|ей|ї|и)\b)?)"
)
# The troops a unit belongs to, in the genitive: "бригада морпехов", "бригады территориальных войск", "полк ВДВ".
_TROOPS_RU = (
    r"|морпех(?:ов|ів)|морпіхів|десантник(?:ов|ів)|спецназа|(?-i:ВДВ|ПДВ|ДШВ|ВМФ|ВМС|ВКС|ПВО|ППО|МП|СпН|ССО|НГУ|ДПСУ)"
    r"(?![\p{L}\d-])|(?:\p{Ll}+(?:ых|их|ної|ої)\s+){1,2}(?:войск|військ)(?!\p{L})"
)
_ORDER_NAME = r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)"
_ORDERS = (
    r"(?:\s+орден(?:а|ов|ів)\s+" + _ORDER_NAME + r"(?:\s+(?:I{1,3}|[123]-?й)\s+степени)?"
    r"(?:\s+(?:и|і|та)\s+" + _ORDER_NAME + r")?){0,3}"
)
_TAIL_RU = (
    r"(?:\s+(?:морской\s+пехоты|морської\s+піхоти|специального\s+назначения|спеціального\s+призначення"
    r"|оперативного\s+назначения|оперативного\s+призначення|швидкого\s+реагування|быстрого\s+реагирования|\p{Lu}\p{Ll}+ого\s+флота|\p{Lu}\p{Ll}+ого\s+флоту"
    + _TROOPS_RU
    + r"|"
    + _TERDEF
    # "бригады морской пехоты Северного флота": the arm, then the fleet it belongs to
    # or its abbreviation: "бригади морської піхоти ТОФ", "бригады морской пехоты СФ"
    # the troops after the arm: "бригады специального назначения ВДВ", "бригады специального назначения ГРУ"
    + r")(?:\s+\p{Lu}\p{Ll}+(?:ого\s+флота|ого\s+флоту)|\s+(?-i:ТОФ|ЧФ|СФ|БФ|ВДВ|ДШВ|ГРУ|ГУР|ССО)(?![\p{L}\d-]))?)?"
    # its orders after the noun, as official names write them: "бригады специального назначения ордена Кутузова
    # ордена Александра Невского", "полку орденів Кутузова та Богдана Хмельницького"
    + _ORDERS
    + r"(?:\s+"
    + _HONORIFIC
    # the honorary name in the genitive with no "імені": "72-ої бригади Чорних Запорожців"
    + r"|\s+(?-i:\p{Lu}\p{Ll}+(?:их|ых)\s+\p{L}\p{Ll}+(?:ців|цев|ків|ков|ів|ов))(?![\p{L}-]))?"
    # a qualifier in brackets after the noun: "мотострелковой бригады (горной)", "бригади (резервної)"
    r"(?:\s*\(\p{Ll}+(?:ой|ая|ый|ий|ого|ую|ої|а|ий|ій)\))?"
)
# Abbreviations are matched case-sensitively: "та" is Ukrainian for "and", "тд" is "etc.".
ABBR = (
    r"(?:(?-i:ОМСБр|ОМСБР|ОЄБр|ОЕБр|МСП|МСД|МСБ|ТД|ТП|ОТБр|ОБрМП|ОДШБр|ДШП|ДШД|ПДП|ВДД|ОБрСпН|ОБрОН|ОА|ОВА|ТА|АК|БТГ"
    r"|ОМБр|ОМБР|ОШБр|ОАеМБр|ОГШБр|ОБрТрО|ОАБр|ОМПБр|ОШП|ОПБр|ОБр|ОМПБ|ОДШБ|ДШБ|ОМБ|ОТБ|ОМПБ|ОСП|ОГШБ|ОШБ"
    r"|ОБрТО|ОРБ|ОРБр|ОМСБ|ОБСпП|ТрО|ТРО|МСР|МСВ|ОПТБ|ОПБ|ОІСБ|ОИСБ|ИСБ|ОРР|ОРЕБ|ОБС|САДн|ГСАДн|РеАДн|ЗРДн|ПТАДн"
    r"|АДн|ОБАТ|ОСБ|ДФТГ|ДШР|ДШВ|ПДР|ПДВ|МПР|МПБ|ШР|ШБ|ОПДБр|ОПДБ|ОЗСП)(?![-\d\p{L}])"
    # a separate battalion of territorial defence, its two abbreviations apart: "130 ОБ ТрО" (the tail takes "ТрО")
    r"|(?-i:ОБ)(?=\s+(?-i:ТрО|ТРО)(?![\p{L}\d-]))"
    # Three letters and more are safe in lower case too ("20 мсп" in chat); "та", "тд", "ак" are words.
    r"|(?:омсбр|оєбр|оебр|мсп|мсд|мсб|отбр|обрмп|одшбр|дшп|дшд|пдп|вдд|обрспн|бтг|омбр|ошбр|оаембр|огшбр|обртро|оабр"
    r"|омпбр|ошп|опбр|ова|дшб|одшб|омпб|ошбр|огшбр|опдбр"
    # company, platoon, battalion and battery abbreviations of the sub-unit chains in casualty notices
    r"|мср|мсв|мсо|мсбр|оптб|опб|ошб|отб|оісб|оисб|исб|орр|ореб|садн|гсадн|реадн|зрдн|птадн|адн|обат|дшр|пдр|мпр|мпб)(?![-\d\p{L}]))"
)
# The name opens with a capital in any flags ("полка «закопали»" quotes a verb, not a nickname).
# The force it belongs to may stand between the designation and its name: "4 бригади оперативного призначення НГУ
# «Рубіж»", "80-й бригады ДШВ «Галицкая»".
_NAME_Q = (
    r"(?:(?:\s+(?-i:НГУ|ЗСУ|ВСУ|ДШВ|ДПСУ|ССО|ВДВ|МВС|МВД))?"
    r"\s*(?:[—–-]\s*)?[«\"„“](?-i:\p{Lu})[\p{L}\d\s—–-]{0,25}[»\"“”])?"
)
# A nickname in brackets after the number: "94-й («кедровской») отдельной бригады".
_PAREN_NICK = r"(?:\s*\((?:[«\"„“][^»\"”“()\n]{1,30}[»\"”“]|\p{L}[\p{L}-]{2,29})\))?"
# "третий бат", "з 2-го бату": the clipped battalion, a unit noun only right after its ordinal.
_CLIPPED_BAT = r"бат(?:а|у|е|ом|і|ы)?(?![\p{L}\d-])"
UNIT_ORD_RU = (
    r"\b(?:"
    + ORD_RU
    + _PAREN_NICK
    + r"(?:(?:\s+"
    + ADJ_RU
    + r"){0,6}\s+"
    + TYPE_RU
    + r"|\s*"
    + ABBR
    + r"|\s+"
    + _CLIPPED_BAT
    # the noun glued to the digits, as hashtags and hurried posts write it: "#102бригада", "служить у 47бригаді"
    + r"|(?<=\d)(?:бригад|полк|батальй?он|дивізі|дивизи)\p{L}*"
    + r")"
    # a four-digit number with no suffix when adjectives come between it and the noun ("1187 окремого штурмового
    # загону"); not a year ("2023 окремих батальйонів" is no unit)
    r"|(?!(?:19|20)\d\d\b)\d{4}(?=\s+\p{L}+(?:ого|ому|ий|ій|ий|ый|ой|ая|ої|ою|ом|им|ым)\s)(?:\s+"
    + ADJ_RU
    + r"){1,6}\s+"
    + TYPE_RU
    + r""
    # the hyphen straight to the noun: "104-бригади", "72-бригада"
    r"|\d{1,4}-" + TYPE_RU + r")" + _TAIL_RU + _NAME_Q
)
UNIT_ORD_WORD_RU = (
    r"\b"
    + ORD_WORD_RU
    + r"(?:\s+"
    + ADJ_RU
    + r"){0,6}(?:\s+"
    + TYPE_RU
    + r"|\s+"
    + ABBR
    + r"|\s+"
    + _CLIPPED_BAT
    + r")"
    + _TAIL_RU
    + _NAME_Q
)
# A sub-unit attached to a numbered unit: "Штурмова рота при 1009-му полку", "штурмовой взвод при 15-м батальоне".
UNIT_ATTACHED_RU = (
    r"\b(?:"
    + ADJ_RU
    + r"\s+){0,2}(?:рот[аыеуоиі]|ротою|взвод\p{L}{0,3}|батаре\p{L}{1,3}|загін|загон\p{L}{0,3}|отряд\p{L}{0,3}"
    + r"|груп\p{L}{1,3}|групп\p{L}{1,3})\s+при\s+"
    + UNIT_ORD_RU
)
# The noun first, its ordinal after it, as people say it: "наша бригада сто пятьдесят пятая", "полк двести первый",
# "батальйон другий", "рота 3-я". Only the unit nouns that are numbered (not "армия", "отряд").
_NUMBERED_NOUN = (
    r"(?:бригад[аыеуой]|бригад(?:ою|і|ї|у)|полк(?:а|у|ом|е)?|батальй?он(?:а|у|ом|е|і)?|дивизи[яиюей]|дивізі[яїюєй]"
    r"|рот[аыеуоиі]|ротою|взвод(?:а|у|ом|е|і)?|батаре[яиюей]|батаре[їюєй])"
)
UNIT_NOUN_ORD_RU = (
    r"\b"
    + _NUMBERED_NOUN
    + r"\s+(?:"
    + ORD_WORD_RU
    # an adjective's ending: "взводу шестеро" is a count of men, not the sixth platoon
    + r"(?<=ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ій|ої|ою|ім|ья|ью|ье"
    + r"|тя|тю|ша|ту|га|ма|ше|ге|ме|те)"
    + r"|\d{1,4}\s?-\s?"
    + _ORD_SUFFIX
    + r")(?![\p{L}\d-])"
    # not the ordinal of a span of time or a turn: "полк второй день стоит", "рота третий раз идёт"
    r"(?!\s+(?:день|дня|дн[ие]|сутк\p{L}*|недел\p{L}*|тижд\p{L}*|месяц\p{L}*|місяц\p{L}*|год\p{L}*|рок\p{L}*"
    r"|раз\p{L}*|час\p{L}*|ноч\p{L}*|смен\p{L}*|змін\p{L}*|очеред\p{L}*|черг\p{L}*|волн\p{L}*|хвил\p{L}*|штурм\p{L}*)\b)"
)
# A four-digit regiment number before its noun, no suffix, as chats write it: "кто с 1439 полка", "в 1008 полку"
# (not a year: "2022 полка" is no unit; not a round count).
UNIT_NUM4_NOUN_RU = (
    r"\b(?!(?:19|20)\d\d\b)(?!\d000\b)\d{4}\s+(?:полк(?:а|у|ом|е|у)?|бригад[аыеуойі]|батальй?он(?:а|у|ом|е|і)?"
    # or its abbreviation: "хто з 1229 мсп", "в 1008 МСП"
    r"|(?-i:мсп|МСП|ошп|ОШП|ТП|мсб|МСБ|дшп|ДШП|пдп|ПДП|ошб|ОШБ))"
    r"(?![\p{L}\d-])"
)
# A chain of sub-units, one span: "3 відділення 2 взводу 1 роти 2 батальйону 58 ОМПБр", "1-й батальон 4-й роты".
# What a sub-unit is for, after its noun: "взвода ударных БпЛА", "роты РЭБ", "батареи ПТУР".
_FIELD_ABBR = r"(?-i:БпЛА|БПЛА|БпАК|БПАК|РЭБ|РЕБ|ПВО|ППО|ПТУР|БЭК|БК|РХБЗ|МТО)"
_SEG_FIELD = r"(?:\s+(?:\p{Ll}+(?:ых|их)\s+)?" + _FIELD_ABBR + r")?"
_SEG_RU = (
    r"(?:"
    + ORD_RU
    + r"|"
    + ORD_WORD_RU
    + r")(?:\s+"
    + ADJ_RU
    + r"){0,3}(?:\s+(?:"
    + TYPE_RU
    + r"|"
    + SUBTYPE_RU
    + r")"
    + _SEG_FIELD
    + r"|\s*"
    + ABBR
    + r")"
)
# A mechanised or tank battalion's abbreviation ("2 МБ", "1 тб") is a unit only when the chain goes on (alone it is
# megabytes or terabytes).
_SEG_BAT_ABBR = r"\d{1,2}\s+(?-i:МБ|мб|ТБ|тб|МПБ|мпб)(?=\s*,?\s+\d)"
# Later in a chain a regiment's number may stand bare before its abbreviation: "2-го батальона 1009 мсп".
_SEG_NEXT_RU = r"(?:" + _SEG_RU + r"|\d{4}\s+" + ABBR + r")"
# The chain may open with an unnumbered sub-unit ("самохідно-артилерійського дивізіону 25-ї бригади", "роті
# вогневої підтримки 2-го батальйону") and end on an ordinal whose noun is understood ("... батальйону 72-ї").
_HEAD_RU = (
    r"(?:(?:(?:(?:отдельн|окрем)\p{L}+\s+)?(?:"
    + ADJ_RU
    + r"\s+){0,2}"
    + TYPE_RU
    + r"(?:\s+(?:\p{Ll}+(?:ої|ого|ей|их|ых|ки|ння|ния)|охраны|охорони|связи|зв['’]язку)){0,2}"
    # a function in the genitive after a company or battery: "роті ударних безпілотних авіаційних комплексів",
    # "роты ударных беспилотных систем", "батареї реактивних систем залпового вогню", "батареї протитанкових
    # керованих ракет", or its abbreviation: "роти ударних БпЛА", "взводу ударних БпАК"
    r"|(?:рот\p{L}{0,3}|батаре\p{L}{1,2}|взвод\p{L}{0,2}|відділен\p{L}{1,3}|отделени\p{L}{1,3})"
    r"(?:\s+\p{Ll}+(?:их|ых|ої|ой|ого)){1,3}\s+(?:\p{Ll}+(?:ів|ов|ем|ам|ей|ок|ки|ти|ню|ет)|" + _FIELD_ABBR + r")"
    r"(?:\s+\p{Ll}+(?:ого|ої|ой)\s+\p{Ll}+(?:ю|у|и|і|я))?"
    # a squad named by its weapon: "кулеметне відділення", "гранатомётное отделение"
    r"|\p{Ll}+(?:не|ке|ве|ое|ее)\s+" + SUBTYPE_RU + r"|" + ABBR + r")\s+)"
)
UNIT_CHAIN_RU = (
    # the sub-unit's vehicle opens it in casualty notices and verdicts: "БМП 2-ї роти 1-го батальйону ..."
    r"(?:\b(?-i:БМП|БТР|БМД|МТ-ЛБ)(?:-\d{1,2})?\s+)?"
    r"\b(?:"
    + _HEAD_RU
    + r"(?=\d|"
    + ORD_WORD_RU
    + r")(?:"
    + _SEG_RU
    # a regiment's bare four-digit number with its arm after a sub-unit: "роти ударних БпЛА 1152 мотострілецького
    # полку", or with its noun alone: "штурмову роту 1009 полку", "роты охраны 1439 полка" (not a year)
    + r"|(?!(?:19|20)\d\d\b)\d{4}(?:\s+"
    + ADJ_RU
    + r"){0,3}\s+"
    + TYPE_RU
    + r")|(?:"
    + _SEG_RU
    + r"|"
    + _SEG_BAT_ABBR
    + r")(?:\s*,?\s+"
    + _SEG_NEXT_RU
    + r")+)"
    r"(?:\s*,?\s+" + _SEG_NEXT_RU + r")*(?:\s+\d{1,4}\s?-\s?" + _ORD_SUFFIX + r"(?=\s*[.,;:!?]))?" + _TAIL_RU + _NAME_Q
)
# Ordinal and "separate" + arm with the noun understood: "93-тя окрема механізована", "Третя окрема штурмова".
UNIT_ORD_ADJ_RU = (
    r"\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")\s+(?:(?:окрем|отдельн)\p{L}+(?:\s+" + ADJ_RU + r"){1,3}"
    r"|\p{L}+о-" + ADJ_RU + r")"
    r"(?=\s*[.,;:!?—–]|\s+(?:бригад|полк|—))"
)
# Arms and status of a unit, singular (a plural after a number is a count: "3 танковых").
_ARM_ADJ = (
    r"(?:(?:мото)?(?:стрелков|стрілецьк)|штурмов|механ[іи]зован|танков|артил+ер|десантн|аэромобильн|аеромобільн"
    r"|гвард|разведывательн|розвідувальн|мотопехотн|мотопіхотн|горн(?:о-?стрелков)?(?=[ыоау])|гірськ|егерск|єгерськ"
    r"|инженерн|інженерн|ракетн|арктическ|арктичн|общевойсков|загальновійськов"
    r"|зенитн|зенітн|понтонн|пехотн|піхотн|прикордонн|пограничн|казач|козацьк|морск|морськ|президентськ"
    r"|окрем|отдельн)\p{L}*+(?:-\p{L}+)?(?<=\p{L}(?:ый|ой|ий|ая|ого|ому|ом|ую|ей|ою|ій|ої|ім|[ау]))"
)
# The arm adjective, for the recogniser's test of what follows an ordinal and its arm (a word no noun).
ARM_ADJ_RU = _ARM_ADJ
# An ordinal and its arm with the noun understood: "сімнадцятій танковій", "Двести сорок пятый, мотострелковый",
# "у 72-й механізованій." The ordinal's noun is a brigade or regiment; the clause ends after the adjectives.
UNIT_ORD_ARM_RU = (
    # "сто пятьдесят пятой морской пехоты": the genitive names the arm whatever follows
    r"\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")\s+(?:морской\s+пехоты|морської\s+піхоти|специального\s+назначения"
    r"|спеціального\s+призначення)\b"
    r"|\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")(?:\s*,)?\s+" + _ARM_ADJ + r"(?:(?:\s+|\s*,\s*)" + _ARM_ADJ + r"){0,2}"
    r"(?:\s+"
    + _HONORIFIC
    + r")?(?=\s*(?:[.,;:!?—–)»\"]|$)|\s+(?:и|і|та|а|или|або|чи|в|у|под|під|на|с|з|із|до|после|після)\s)"
    + _NAME_Q
)
_FUNCTION_RU = (
    r"(?:(?:материального|матеріального|материально-технического|матеріально-технічного|технического|технічного"
    r"|радиоэлектронной|радіоелектронної)\s+)?(?:охраны|охорони|связи|зв['’]язку|управления|управління|обеспечения"
    r"|забезпечення|снабжения|постачання|разведки|розвідки|борьбы|боротьби|РЭБ|РЕБ|БПЛА|ремонта|ремонту)\b"
)
# A unit number after an unnumbered sub-unit, with what it does between: "мінометної батареї в/ч А4104", "роты связи
# войсковой части 12345", "взводу матеріального забезпечення в/ч 12128", "роты материального обеспечения в/ч 12345".
UNIT_HEAD_NO_RU = (
    r"\b(?:" + ADJ_RU + r"\s+){0,2}(?:" + TYPE_RU + r"|" + SUBTYPE_RU + r")(?:\s+" + _FUNCTION_RU + r")?\s+" + UNIT_NO
)
# A unit noun with no number but a name after it: "бригада імені Чорних Запорожців", "тербат ТрО Сумщини".
UNIT_NOUN_NAMED_RU = (
    r"\b(?:" + ADJ_RU + r"\s+){0,3}" + TYPE_RU + r"(?:\s+" + _HONORIFIC + r"|\s+" + _TERDEF + r")"
    r"|\bтероборон\p{L}*\s+(?-i:\p{Lu}\p{Ll}+щин\p{Ll})"
)
# One-word unit nouns and unit abbreviations standing alone ("пішов у тербат", "служив у ДШБ"): near unit words.
UNIT_COMPOUND_RU = (
    r"\b(?:" + _COMPOUND + r"бригад\p{L}*|(?:развед|розвід)(?:рот|взвод|бат)\p{L}{0,3}"
    r"|(?:тер|мото|танк|мех|арт|штурм)бат(?:[ауеі]|ом|ові)?|арт(?:дивизион|дивізіон)\p{L}*)\b"
)
UNIT_BARE_NOUN_RU = (
    r"\b(?:(?-i:ОМСБр|ОМБр|ОЄБр|ОЕБр|ОШБр|ОБрМП|ОДШБр|ОАБр|ОМПБр|ОМПБ|ДШБ|ОДШБ|ОГШБр|ОТБр|ОАеМБр|ДШП|ПДП|ОБрСпН)"
    r"|(?:омсбр|мсп|обрмп|одшбр|омбр|ошбр|омпбр|дшб|пдп))\b(?![-\d])"
)
# Support sub-units named by their function ("роте охраны", "взвод связи", "рота матеріального забезпечення"):
# one of the unit's own companies, identifying beside the unit they belong to (so only near unit words).
UNIT_FUNCTION_RU = r"\b(?:рот|взвод|батальй?он|батаре|дивизион|дивізіон)\p{L}{0,3}\s+" + _FUNCTION_RU
# "Не в 138-й?", "Сто пятьдесят пятая, ну ты поняла": an ordinal with no noun, kept only near unit words.
# After a month or a season the ordinal is a year: "мобилизован в сентябре 22-го", "восени 23-го".
_BEFORE_YEAR = (
    r"(?<!(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн"
    r"|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн|весн|весною|летом|лета|осен|осенью|зим|зимой|восени"
    r"|влітку|взимку|навесні|року|года|год|рік)\p{L}{0,3}\s)"
)
# "наш батальйон, 2-й, стоїть ...", "мой полк — тысяча двести тридцать первый —": the unit noun said first and its
# ordinal after it between commas or dashes, as the English "our brigade, the fifteenth,". The ordinal is withheld.
UNIT_APPOSED_RU = (
    r"\b"
    + _NUMBERED_NOUN
    + r"\s*[,—–]\s*(?P<v>\d{1,4}\s?-\s?"
    + _ORD_SUFFIX
    + r"|"
    + ORD_WORD_RU
    + r")(?![\p{L}\d-])(?=\s*[,—–)])"
)
UNIT_BARE_RU = (
    r"\b"
    + _BEFORE_YEAR
    + r"(?P<v>\d{2,4}\s?-\s?"
    + _ORD_SUFFIX
    + r")(?=\s*(?:[.,;:?!—–)]|$)|\s+(?:или|або|и|і|та|чи|а)\s)"
)
UNIT_BARE_WORD_RU = (
    r"(?:(?<!\p{L}\s)|(?<=\b(?:в|у|из|з|із|зі|с|со|до|от|від|к|при|под|під|о)\s))\b(?P<v>"
    + CARD_WORD_RU
    + r"(?:\s+"
    + CARD_WORD_RU
    + r")?\s+"
    + ORD_STEM_RU
    + r")(?=\s*[.,;:?!—–])"
)
# "номер части теперь другой — 41582": the number a few words after the phrase; or the answer to it as a question,
# on the next line, after a false start ("— Номер части помните?\n— Три-четыре... нет, 34650, да.").
UNIT_NO_LATER = (
    r"\b(?:номер\s+(?:(?:вашей|своей|твоей|вашої|своєї|твоєї)\s+)?"
    r"(?:в/ч|войсковой\s+части|воинской\s+части|части|частини|військової\s+частини)|unit\s+number)"
    r"(?:[^.\d\n]{0,30}?(?P<v>(?-i:[АAВB]\s?)?\d{4,5})"
    r"|[^\d\n]{0,30}[?.][ \t]*\n[ \t]*[—–-]?[^\n]{0,60}?(?P<v>(?-i:[АAВB])\s?\d{4}|\d{5}))"
    r"\b(?![\d/.,]\d)(?!\s*(?:год|рок|г\.|р\.))"
)
# A Ukrainian unit number standing alone, in either alphabet: "служив в А4271", "served in V2910" (near unit words).
UNIT_NO_BARE = r"(?-i:(?<![\p{L}\d/-])[АВAV]-?\d{4}(?![\p{L}\d]|[-/.,]\d))"
