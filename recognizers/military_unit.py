"""Military units: unit numbers, ordinal + unit type, named formations (English, Russian, Ukrainian).

Matches "military unit 12345", "в/ч 24680-2", "військова частина А1234",
"155th Separate Guards Marine Brigade", "3rd battalion of the 20th regiment",
"155-й отдельной гвардейской бригады морской пехоты", "20-го МСП", "32-ї ОМБр",
"ЧВК «Вагнер»", "Storm-Z", "БАРС-13", батальон «Гром», and a bare "the 64th"
when unit words are near. Leaves alone T-72, ФАБ-500, 152-mm, "the 5th time",
«155-й день», груз 200, Москва-400 and 103400. Known false positive: a
cardinal count before a unit noun ("2 батальона", "two 300s" is safe but
"3 роты" is not).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer
from redact.recognizers.nlp.morph import parses
from redact.recognizers.nlp.numbers import number_runs, spoken_digits

# --- unit numbers -------------------------------------------------------------------------------
_UNIT_NO_CUE = (
    r"\b(?:в/ч|в\\ч|в\.\s?ч\.|вч|v/ch|v\\ch|vch|в/част\p{L}*|п/п|p/p|(?-i:пп|ПП)(?=\s+(?-i:[АВ])-?\d{4}\b))"
    r"|\b(?:войсков|воинск|военн)\p{L}*\s+част\p{L}*"
    r"|\bчаст(?:ь|и|ью)\b"
    r"|\bвійськов\p{L}*\s+частин\p{L}*|\bчастин[аиіу]\b"
    r"|\bполев\p{L}*\s+почт\p{L}*|\bпольов\p{L}*\s+пошт\p{L}*"
    r"|\b(?:military\s+)?unit|\bfield\s+post(?:\s+office)?"
)
UNIT_NO = (
    r"(?:" + _UNIT_NO_CUE + r")(?:\s*[,:—–-]\s*|\s*)(?:no\.?|number|#|№|номер)?\s*"
    r"(?P<n>(?-i:[АAВBV])\s?-?\d{4}|\d{4,5})(?:-\d{1,2}|-[А-ЯA-Z])?(?![\d/.,]\d)\b"
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
_ORD_STEM_RU = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат"
    r"|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сороков|пятидесят|шестидесят"
    r"|семидесят|восьмидесят|девяност|сот|перш|друг|четверт|п[\'’]ят|шост|сьом|дев[\'’]ят|одинадцят|дванадцят"
    r"|тринадцят|чотирнадцят|п[\'’]ятнадцят|шістнадцят|сімнадцят|вісімнадцят|дев[\'’]ятнадцят|двадцят"
    r"|тридцят|п[\'’]ятдесят|шістдесят|сімдесят|вісімдесят|дев[\'’]яност|двухсот|тр[её]хсот|четыр[её]хсот"
    r"|пятисот|шестисот|семисот|восьмисот|девятисот|двохсот|трьохсот|чотирьохсот|п[\'’]ятисот|дев[\'’]ятисот)"
    # An ending of "ь" (or "ьсот") is the cardinal: "пять", "двадцять", "пятьсот".
    r"(?!ь(?:сот)?(?!\p{L}))\p{L}{1,4}"
)
_CARD_WORD_RU = (
    r"(?:сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|двісті|чотириста|п[\'’]ятсот"
    r"|шістсот|сімсот|вісімсот|дев[\'’]ятсот|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят"
    r"|девяносто|двадцять|тридцять|п[\'’]ятдесят|шістдесят|сімдесят|вісімдесят|дев[\'’]яносто)"
)
ORD_WORD_RU = r"(?:" + _CARD_WORD_RU + r"\s+){0,2}" + _ORD_STEM_RU
# Adjectives between the ordinal and the noun: a closed set of endings keeps "20-го числа мы пошли в роту" out.
_ADJ_RU = (
    r"(?:орден(?:а|ов|ів)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:и|і|та)\s+(?-i:\p{Lu}\p{Ll}+))?|гв\.|отд\.|"
    # The whole word is taken at once and its ending checked behind it: trying each ending at every letter of
    # every word was most of this recogniser's time.
    r"\p{L}[\p{L}-]*+(?<=\p{L}(?:ая|яя|ой|ей|ий|ый|ій|ого|его|ому|ему|ом|ем|ую|юю|ые|ие|ых|их|ым|им|ыми|ими"
    r"|ою|ею|ої|ма|на|ва|ка|ну|ву|ку|ної|вої|кої)))"
)
# Compound nouns written as one word: мехбригада, артбригада, мотобригада, тербат, танкбат, артдивізіон.
_COMPOUND = r"(?:мех|арт|мото|танк|тер|десант|штурм|мотострелк|морпех)"
TYPE_RU = (
    r"(?:" + _COMPOUND + r"?бригад\p{L}*|полк\p{L}*|батальй?он\p{L}*|" + _COMPOUND + r"?дивизи\p{L}*"
    r"|" + _COMPOUND + r"?дивізі\p{L}*|рот[аыеуоиі]й?(?!\p{L})|ротою|взвод\p{L}*"
    r"|батаре\p{L}*|арми[яиюей]\p{L}*|армі[яїюєй]\p{L}*|корпус\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|(?:тер|мото|танк|мех|арт|штурм|дш)бат\p{L}{0,3}|(?:развед|розвід|мех|танк)рот\p{L}{1,3}|ескадрил\p{L}*|эскадрил\p{L}*|ескадрон\p{L}*|эскадрон\p{L}*"
    r"|штурмов\p{L}*\s+отряд\p{L}*)"
)
# Squads: "отделение" is also a hospital ward or a bank branch, so it counts only inside a chain of sub-units.
SUBTYPE_RU = r"(?:відділен\p{L}*|отделени\p{L}*)"
# Territorial defence, with the region it belongs to: "бригади тероборони Полтавщини", "бригада ТрО Києва".
_TERDEF = (
    r"(?:тероборон\p{L}*|теробороны|територіальної\s+оборони|территориальной\s+обороны|(?-i:ТрО|ТРО))"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}+(?:щини|щины|ської\s+області|ской\s+области|ого\s+району|ого\s+района|а|и|і|у)))?"
)
# Honorific names: "імені гетьмана Івана Виговського", "ім. Чорних Запорожців", "имени маршала Жукова".
_HONORIFIC = (
    r"(?:імені|имени|ім\.|им\.)\s*(?-i:(?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}"
    # "імені Лицарів Зимового походу": a capitalised adjective may take its lower-case noun.
    r"(?:(?<=(?:ого|ої|их|ей|ых|ий|ый))\s+\p{Ll}+(?:у|а|ів|ов|ей|ї|и)\b)?)"
)
_TAIL_RU = (
    r"(?:\s+(?:морской\s+пехоты|морської\s+піхоти|специального\s+назначения|спеціального\s+призначення"
    r"|оперативного\s+назначения|оперативного\s+призначення|\p{Lu}\p{Ll}+ого\s+флота|\p{Lu}\p{Ll}+ого\s+флоту|"
    + _TERDEF
    + r"))?"
    r"(?:\s+" + _HONORIFIC + r")?"
)
# Abbreviations are matched case-sensitively: "та" is Ukrainian for "and", "тд" is "etc.".
ABBR = (
    r"(?:(?-i:ОМСБр|ОМСБР|МСП|МСД|МСБ|ТД|ТП|ОТБр|ОБрМП|ОДШБр|ДШП|ДШД|ПДП|ВДД|ОБрСпН|ОБрОН|ОА|ОВА|ТА|АК|БТГ"
    r"|ОМБр|ОМБР|ОШБр|ОАеМБр|ОГШБр|ОБрТрО|ОАБр|ОМПБр|ОШП|ОПБр|ОБр|ОМПБ|ОДШБ|ДШБ|ОМБ|ОТБ|ОМПБ|ОСП|ОГШБ|ОШБ"
    r"|ОБрТО|ОРБ|ОРБр|ОМСБ|ОБСпП|ТрО|ТРО|МСР|МСВ|ОПТБ|ОПБ|ОІСБ|ОИСБ|ИСБ|ОРР|ОРЕБ|ОБС|САДн|ГСАДн|РеАДн|ЗРДн|ПТАДн"
    r"|АДн|ОБАТ|ОСБ|ДФТГ)(?![-\d\p{L}])"
    # Three letters and more are safe in lower case too ("20 мсп" in chat); "та", "тд", "ак" are words.
    r"|(?:омсбр|мсп|мсд|мсб|отбр|обрмп|одшбр|дшп|дшд|пдп|вдд|обрспн|бтг|омбр|ошбр|оаембр|огшбр|обртро|оабр"
    r"|омпбр|ошп|опбр|ова|дшб|одшб|омпб|ошбр|огшбр"
    # company, platoon, battalion and battery abbreviations of the sub-unit chains in casualty notices
    r"|мср|мсв|мсо|мсбр|оптб|опб|ошб|отб|оісб|оисб|исб|орр|ореб|садн|гсадн|реадн|зрдн|птадн|адн|обат)(?![-\d\p{L}]))"
)
_NAME_Q = r"(?:\s*(?:[—–-]\s*)?[«\"„“]\p{Lu}[\p{L}\s-]{1,25}[»\"“”])?"
UNIT_ORD_RU = (
    r"\b(?:" + ORD_RU + r"(?:(?:\s+" + _ADJ_RU + r"){0,6}\s+" + TYPE_RU + r"|\s*" + ABBR + r")"
    # the hyphen straight to the noun: "104-бригади", "72-бригада"
    r"|\d{1,4}-" + TYPE_RU + r")" + _TAIL_RU + _NAME_Q
)
UNIT_ORD_WORD_RU = r"\b" + ORD_WORD_RU + r"(?:\s+" + _ADJ_RU + r"){0,6}\s+" + TYPE_RU + _TAIL_RU + _NAME_Q
# A chain of sub-units, one span: "3 відділення 2 взводу 1 роти 2 батальйону 58 ОМПБр", "1-й батальон 4-й роты".
_SEG_RU = (
    r"(?:"
    + ORD_RU
    + r"|"
    + ORD_WORD_RU
    + r")(?:\s+"
    + _ADJ_RU
    + r"){0,3}(?:\s+(?:"
    + TYPE_RU
    + r"|"
    + SUBTYPE_RU
    + r")|\s*"
    + ABBR
    + r")"
)
# The chain may open with an unnumbered sub-unit ("самохідно-артилерійського дивізіону 25-ї бригади", "роті
# вогневої підтримки 2-го батальйону") and end on an ordinal whose noun is understood ("... батальйону 72-ї").
_HEAD_RU = (
    r"(?:(?:(?:" + _ADJ_RU + r"\s+){0,2}" + TYPE_RU + r"(?:\s+\p{Ll}+(?:ої|ого|ей|их|ки|ння)){0,2}|" + ABBR + r")\s+)"
)
UNIT_CHAIN_RU = (
    r"\b(?:" + _HEAD_RU + r"(?=\d|" + ORD_WORD_RU + r")" + _SEG_RU + r"|" + _SEG_RU + r"(?:\s*,?\s+" + _SEG_RU + r")+)"
    r"(?:\s*,?\s+" + _SEG_RU + r")*(?:\s+\d{1,4}\s?-\s?" + _ORD_SUFFIX + r"(?=\s*[.,;:!?]))?" + _TAIL_RU + _NAME_Q
)
# Ordinal and "separate" + arm with the noun understood: "93-тя окрема механізована", "Третя окрема штурмова".
UNIT_ORD_ADJ_RU = (
    r"\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")\s+(?:(?:окрем|отдельн)\p{L}+(?:\s+" + _ADJ_RU + r"){1,3}"
    r"|\p{L}+о-" + _ADJ_RU + r")"
    r"(?=\s*[.,;:!?—–]|\s+(?:бригад|полк|—))"
)
# Arms and status of a unit, singular (a plural after a number is a count: "3 танковых").
_ARM_ADJ = (
    r"(?:(?:мото)?(?:стрелков|стрілецьк)|штурмов|механ[іи]зован|танков|артил+ер|десантн|аэромобильн|аеромобільн"
    r"|гвард|разведывательн|розвідувальн|мотопехотн|мотопіхотн|горн(?:о-?стрелков)?(?=[ыоау])|гірськ|егерск|єгерськ"
    r"|инженерн|інженерн|ракетн"
    r"|зенитн|зенітн|понтонн|пехотн|піхотн|прикордонн|пограничн|казач|козацьк|морск|морськ|президентськ"
    r"|окрем|отдельн)\p{L}*+(?:-\p{L}+)?(?<=\p{L}(?:ый|ой|ий|ая|ого|ому|ом|ую|ей|ою|ій|ої|ім|[ау]))"
)
# An ordinal and its arm with the noun understood: "сімнадцятій танковій", "Двести сорок пятый, мотострелковый",
# "у 72-й механізованій." The ordinal's noun is a brigade or regiment; the clause ends after the adjectives.
UNIT_ORD_ARM_RU = (
    # "сто пятьдесят пятой морской пехоты": the genitive names the arm whatever follows
    r"\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")\s+(?:морской\s+пехоты|морської\s+піхоти|специального\s+назначения"
    r"|спеціального\s+призначення)\b"
    r"|\b(?:" + ORD_RU + r"|" + ORD_WORD_RU + r")(?:\s*,)?\s+" + _ARM_ADJ + r"(?:(?:\s+|\s*,\s*)" + _ARM_ADJ + r"){0,2}"
    r"(?:\s+" + _HONORIFIC + r")?(?=\s*(?:[.,;:!?—–)»\"]|$)|\s+(?:и|і|та|а|или|або|чи|в|у|под|під|на|с|з|із|до|после|після)\s)"
    + _NAME_Q
)
# A unit number after an unnumbered sub-unit: "мінометної батареї в/ч А4104", "роты связи войсковой части 12345".
UNIT_HEAD_NO_RU = r"\b(?:" + _ADJ_RU + r"\s+){0,2}(?:" + TYPE_RU + r"|" + SUBTYPE_RU + r")\s+" + UNIT_NO
# A unit noun with no number but a name after it: "бригада імені Чорних Запорожців", "тербат ТрО Сумщини".
UNIT_NOUN_NAMED_RU = (
    r"\b(?:" + _ADJ_RU + r"\s+){0,3}" + TYPE_RU + r"(?:\s+" + _HONORIFIC + r"|\s+" + _TERDEF + r")"
    r"|\bтероборон\p{L}*\s+(?-i:\p{Lu}\p{Ll}+щин\p{Ll})"
)
# One-word unit nouns and unit abbreviations standing alone ("пішов у тербат", "служив у ДШБ"): near unit words.
UNIT_COMPOUND_RU = (
    r"\b(?:" + _COMPOUND + r"бригад\p{L}*|(?:развед|розвід)(?:рот|взвод|бат)\p{L}{0,3}"
    r"|(?:тер|мото|танк|мех|арт|штурм)бат(?:[ауеі]|ом|ові)?|арт(?:дивизион|дивізіон)\p{L}*)\b"
)
UNIT_BARE_NOUN_RU = (
    r"\b(?:(?-i:ОМСБр|ОМБр|ОШБр|ОБрМП|ОДШБр|ОАБр|ОМПБр|ОМПБ|ДШБ|ОДШБ|ОГШБр|ОТБр|ОАеМБр|ДШП|ПДП|ОБрСпН)"
    r"|(?:омсбр|мсп|обрмп|одшбр|омбр|ошбр|омпбр|дшб|пдп))\b(?![-\d])"
)
# Support sub-units named by their function ("роте охраны", "взвод связи", "рота матеріального забезпечення"):
# one of the unit's own companies, identifying beside the unit they belong to (so only near unit words).
UNIT_FUNCTION_RU = (
    r"\b(?:рот|взвод|батальй?он|батаре|дивизион|дивізіон)\p{L}{0,3}\s+(?:(?:материального|матеріального"
    r"|технического|технічного|радиоэлектронной|радіоелектронної)\s+)?(?:охраны|охорони|связи|зв['’]язку"
    r"|управления|управління|обеспечения|забезпечення|снабжения|постачання|разведки|розвідки|борьбы|боротьби"
    r"|РЭБ|РЕБ|БПЛА|ремонта|ремонту)\b"
)
# "Не в 138-й?", "Сто пятьдесят пятая, ну ты поняла": an ordinal with no noun, kept only near unit words.
UNIT_BARE_RU = r"\b(?P<v>\d{2,4}\s?-\s?" + _ORD_SUFFIX + r")(?=\s*(?:[.,;:?!—–)]|$)|\s+(?:или|або|и|і|та|чи|а)\s)"
UNIT_BARE_WORD_RU = (
    r"(?:(?<!\p{L}\s)|(?<=\b(?:в|у|из|з|із|зі|с|со|до|от|від|к|при|под|під|о)\s))\b(?P<v>"
    + _CARD_WORD_RU
    + r"(?:\s+"
    + _CARD_WORD_RU
    + r")?\s+"
    + _ORD_STEM_RU
    + r")(?=\s*[.,;:?!—–])"
)
# "номер части теперь другой — 41582": the number a few words after the phrase.
UNIT_NO_LATER = (
    r"\b(?:номер\s+(?:в/ч|войсковой\s+части|воинской\s+части|части|частини|військової\s+частини)|unit\s+number)"
    r"[^.\d\n]{0,30}?(?P<v>(?:[АAВB]\s?)?\d{4,5})\b(?![\d/.,]\d)"
)

# --- English ordinal + type ---------------------------------------------------------------------
MOD = (
    r"(?:Separate|Guards?|Motori[sz]ed|Motor|Rifle|Tank|Mechani[sz]ed|Marine|Naval|Infantry|Airborne|Air|Assault"
    r"|Artillery|Special|Purpose|Forces|Recon(?:naissance)?|Engineer|Combined|Arms|Volunteer|Mountain|Territorial"
    r"|Defen[cs]e|Airmobile|Parachute|Missile|Operational|Reserve|Storm|Spetsnaz|Sapper|Signals|Rocket|Arctic"
    r"|Anti-?aircraft|Howitzer|Self-propelled|Landing|Light|Heavy|Jaeger|Rifles|Brigade|Regiment)"
)
TYPE_EN = (
    r"(?:Army\s+Corps|Brigades?|Regiments?|Battalions?|Bn|Compan(?:y|ies)|Coy|Platoons?|Squads?|Divisions?|Army"
    r"|Corps|Detachments?|Batter(?:y|ies)|BTGs?|MRB|MRR|CAA|Squadrons?|Flotilla|Fleet)"
)
ORD_EN_NUM = r"\d{1,4}(?:st|nd|rd|th)"
_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_CARD_UNITS_EN = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_EN = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "Two hundred forty-fifth", "one hundred and fifty-fifth", "Thirty-seventh", "hundredth".
ORD_EN_WORD = (
    r"(?:(?:(?:" + _CARD_UNITS_EN + r"|a)[-\s]+hundred(?:\s+and)?[-\s]+)?(?:" + _TENS_EN + r"[-\s]" + _UNITS
    + r"|" + _UNITS
    + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
    r"|(?:" + _CARD_UNITS_EN + r"[-\s]+)?hundredth)"
)
_ONE_EN = (
    # Modifiers: the known words in any case, or any capitalised name ("1st Slavic Brigade").
    r"(?:"
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + r")(?:\s+(?:"
    + MOD
    + r"|(?-i:\p{Lu}[\p{Ll}'-]+))){0,5}\s+"
    + TYPE_EN
    + r"\b"
    r"(?:\s+\((?:DNR|LNR|DPR|LPR)\))?"
)
# What follows a designation and names it too: "of the Special Operations Forces", "named after Prince Roman".
_TAIL_EN = (
    r"(?:\s+of\s+the\s+(?:special\s+(?:operations\s+)?(?:forces|purpose)|airborne\s+(?:forces|troops)|marines?"
    r"|navy|national\s+guard|territorial\s+defen[cs]e(?:\s+forces)?|(?-i:SSO|GUR|HUR|\p{Lu}\p{Ll}+\s+Fleet)))?"
    # "named after the Knights of the Winter Campaign", "named after Hetman Ivan Vyhovsky".
    r"(?:,?\s+named\s+after\s+(?:the\s+)?(?-i:(?:\p{Ll}+\s+){0,1}\p{Lu}[\p{L}'’-]+"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}'’-]+){0,5}))?"
)
# Ukrainian abbreviations in Latin letters: "59 OMPBr", "47 OMBr".
_ABBR_LAT = (
    r"(?-i:OMBr|OShBr|OMPBr|OMPB|OBrMP|ODShBr|OAeMBr|OAMBr|OMSBr|OMSBR|OTBr|OGShBr|OBrTrO|OABr|MSP|ODShB|DShB|OBrSpN"
    r"|MSB|MSR|PDP|DShP|OMSB)"
)
_ORD_TRANSLIT = r"-(?:ya|aya|ia|iy|yi|y|i|oy|oi|go|ogo|m|om|oi|ii|yy|ey)"
_ONE_EN_ANY = (
    r"(?:" + _ONE_EN + r"|\d{1,3}(?:st|nd|rd|th|" + _ORD_TRANSLIT + r")?\s*" + _ABBR_LAT + r"\b"
    r"|\d{1,3}" + _ORD_TRANSLIT + r"(?:\s+" + MOD + r"){0,5}\s+" + TYPE_EN + r"\b)"
)
UNIT_ORD_EN = (
    r"(?:(?-i:\b(?:\p{Lu}\p{Ll}+\s+)?Territorial\s+Defen[cs]e(?:\s+Forces)?)\s+)?"
    r"\b" + _ONE_EN_ANY + r"(?:\s+of\s+the\s+" + _ONE_EN_ANY + r")*(?:\s+of\s+the\s+" + ORD_EN_NUM + r"\b)?" + _TAIL_EN
)
# An unnumbered sub-unit of a numbered one: "the rocket artillery battalion of the 36th Separate ... Brigade".
UNIT_HEAD_EN = (
    r"\b(?:(?:"
    + MOD
    + r"|rocket|support|fire|sniper|mortar|drone|medical|anti-tank|anti-armou?r|security|signal|repair)\s+){0,3}"
    + TYPE_EN
    + r"\s+of\s+the\s+"
    + _ONE_EN_ANY
    + r"(?:\s+of\s+the\s+"
    + _ONE_EN_ANY
    + r")*"
    + _TAIL_EN
)
# An ordinal and two or more arms with the noun understood: "the 58th motorized infantry".
UNIT_ORD_MODS_EN = (
    r"\b" + ORD_EN_NUM + r"(?:\s+" + MOD + r"){2,4}\b(?!\s+" + TYPE_EN + r")"
    r"|\b" + ORD_EN_WORD + r"(?:\s+" + MOD + r"){2,4}\b(?=\s*(?:[.,;:!?)—–]|$))"
)
# Territorial defence of a region: "Territorial Defense battalion of Vinnytsia Oblast", "116 brigade of the
# Poltava Territorial Defense".
UNIT_TERDEF_EN = (
    r"(?-i:\bTerritorial\s+Defen[cs]e(?:\s+Forces)?)\s+(?:battalion|brigade|unit|company)\s+of\s+(?:the\s+)?"
    r"(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:Oblast|region|Region))?"
    r"|\b\d{1,3}(?:st|nd|rd|th)?\s+(?:brigade|battalion|regiment)\s+of\s+the\s+(?-i:\p{Lu}\p{Ll}+\s+)?"
    r"(?-i:Territorial\s+Defen[cs]e)(?:\s+Forces)?"
)
# A cardinal as written in translations: "37 separate motorized rifle brigade", "112 Regiment" (a count such as
# "3 companies" or "two battalions" is plural; a singular noun after a bare number needs a modifier or a capital).
_TYPE_EN_ONE = r"(?:Army\s+Corps|Brigade|Regiment|Battalion|Division|Corps|Detachment|Squadron|Flotilla)"
UNIT_CARD_EN = (
    r"\b\d{1,3}(?:\s+"
    + MOD
    + r"){1,5}\s+"
    + _TYPE_EN_ONE
    + r"\b"
    + _TAIL_EN
    + r"|\b\d{1,3}\s+(?-i:"
    + _TYPE_EN_ONE
    + r")\b"
    + _TAIL_EN
)
# The number after the noun: "Territorial Defense Forces 118", "Brigade 155", "Regiment No. 7".
UNIT_NOUN_NUM_EN = (
    r"(?-i:\b(?:(?:" + MOD + r"|Forces)\s+){0,4}(?:Brigade|Regiment|Battalion|Division|Detachment|Forces|Corps)"
    r"\s+(?:No\.?\s*|#\s?)?\d{1,3})\b(?![.,]\d)"
)
# "the 1st and 2nd motorized rifle battalions": the first ordinal borrows the noun of the second.
UNIT_ORD_EN_COORD = (
    r"\b(?P<v>"
    + ORD_EN_NUM
    + r")(?=(?:\s*,\s*"
    + ORD_EN_NUM
    + r")*\s*(?:,|and|or|&)\s*"
    + ORD_EN_NUM
    + r"(?:\s+"
    + MOD
    + r"){0,5}\s+"
    + TYPE_EN
    + r"\b)"
)
# A bare "the 64th": only with unit words nearby and no noun after it ("the 5th time", "on the 5th of May").
_NOT_UNIT_AFTER = (
    r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)"
    r"(?!\s+(?!and\b|or\b|to\b|at\b|near\b|in\b|is\b|was\b|has\b|had\b|now\b|too\b|then\b|again\b|from\b|with\b)\p{Ll})"
    r"(?!\s+(?:\p{Lu}\p{Ll}+\s+)?(?:time|day|floor|anniversary|birthday|century|grade|place|year|round|attempt"
    r"|minute|hour|week|month|street|avenue|lane|percent|percentile)s?\b)"
)
UNIT_BARE_EN = (
    r"(?<!\b[Oo]n\s)\b(?:[Tt]he|[Ww]hich|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our)\s+(?P<v>"
    + ORD_EN_NUM
    + r")\b(?![-’'])"
    + _NOT_UNIT_AFTER
)
# "in the 64th." / "with the 76th," / "Which 64th?": a preposition before and the clause ending after.
UNIT_BARE_PREP_EN = (
    r"\b(?:in|with|from|to|into|joined|join|Which|which)\s+(?:the\s+)?(?P<v>"
    + ORD_EN_NUM
    + r")(?=\s*(?:[.,;:?!—–)]|$))"
)
# "He's in the two hundred and first.", "with the forty-fifth,": a compound spelled ordinal ending its clause.
UNIT_BARE_WORD_EN = (
    r"\b(?:in|with|from|to|into|joined|join|Which|which)\s+the\s+(?P<v>(?:(?:" + _CARD_UNITS_EN + r"|a)[-\s]+hundred"
    r"(?:\s+and)?[-\s]+)?" + _TENS_EN + r"[-\s]" + _UNITS + r"|(?:" + _CARD_UNITS_EN + r"|a)[-\s]+hundred(?:\s+and)?[-\s]+"
    r"(?:" + _UNITS + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth))"
    r"(?=\s*(?:[.,;:?!—–)]|$))"
)
# "Which brigade? — 64th." : a reply that is only an ordinal.
UNIT_REPLY_EN = r"(?<=[?]\s*[—–-]?\s*)(?P<v>" + ORD_EN_NUM + r")(?=\s*[.!,])"

# --- named formations ---------------------------------------------------------------------------
_UNIT_NOUN = (
    r"(?:battalion|brigade|detachment|regiment|unit|company|group|батальй?он\p{L}*|бригад\p{L}*|отряд\p{L}*"
    r"|полк\p{L}*|подразделени\p{L}*|загін\p{L}*|загон\p{L}*|підрозділ\p{L}*|ПМК|PMC|ЧВК|ПВК)"
)
# Names used by ordinary words or places too (Восток = east, Азов = a city): need quotes or a unit noun beside.
_WEAK_NAMES = (
    r"(?:Vostok|Восток\p{L}{0,2}|Схід|Sparta|Спарт\p{L}{1,2}|Somali|Сомали|Сомалі|Alga|Алга|Azov|Азов\p{L}{0,2}"
    r"|Kraken|Кракен\p{L}{0,2}|Rusich|Русич\p{L}{0,2}|Arbat|Арбат\p{L}{0,2}|Espa[nñ]ola|Эспаньол\p{L}{1,2}"
    r"|Veterany|Ветераны|Kaskad|Каскад\p{L}{0,2}|Dnepr|Днепр\p{L}{0,2}|Aidar|Айдар\p{L}{0,2}|Dnipro|Дніпро"
    r"|Donbas|Донбасс?\p{L}{0,2}|Kaskad|Tigr|Тигр\p{L}{0,2}|Medved|Медвед\p{L}{0,2}|Nevsky|Невск\p{L}{1,3}"
    r"|Hurricane|Ураган\p{L}{0,2}|Kalmius|Кальмиус\p{L}{0,2}|Somalia|Oplot|Оплот\p{L}{0,2}|Zapad|Запад\p{L}{0,2})"
)
UNIT_NAMED_STRONG = (
    r"\b(?:ЧВК|ПВК|PMC|частн\p{L}*\s+военн\p{L}*\s+компани\p{L}*|приватн\p{L}*\s+військов\p{L}*\s+компані\p{L}*"
    r"|private\s+military\s+company)\s*[«\"“]?(?:Вагнер\p{L}*|Wagner|Редут\p{L}*|Redut|Конвой|Convoy|Патриот|Patriot)[»\"”]?"
    r"|\b(?:Шторм|Storm|Shtorm)(?:а|е|у|ом)?\s?-?\s?(?:(?-i:[ZVЗВ])|Зет|Зэт|Вэ)\b"
    r"|\b(?:БАРС|BARS)\s?-?\s?\d{1,3}\b"
    # Capitalised "Шторм" inside a sentence is the formation ("я в Шторме"); the weather word is lower case.
    r"|(?<![.!?:]\s|^|[«\"“])(?-i:\bШторм(?:а|е|у|ом)?\b)(?!\s?-?\s?[ZVЗВ]\b)"
    # "Zapad-Akhmat battalion", "Akhmat special forces", "спецназ «Ахмат»": a prefix and the unit noun belong to it.
    r"|\b(?-i:\p{Lu}\p{Ll}+-)?(?:Wagner(?:ites?)?|Вагнер(?:а|у|ом|е)?|вагнер(?:ов|ів)ц\p{L}*|Akhmat|Ахмат(?:а|у|ом|е)?"
    r"|ахматовц\p{L}*|Pyatnashka|Пятнашк(?:а|и|е|у|ой)|П'ятнашк\p{L}{1,2})\b(?:-(?-i:\p{Lu}\p{Ll}+))?"
    r"(?:\s+(?:special\s+forces|spetsnaz|battalion|brigade|regiment|detachment|спецназ\p{L}*|батальй?он\p{L}*"
    r"|полк\p{L}*|бригад\p{L}*|отряд\p{L}*)\b)?"
)
UNIT_NAMED_WEAK = (
    # The noun and the quotes are matched (not looked behind for, which is slow) and left out of the span.
    r"\b" + _UNIT_NOUN + r"\s*[«\"“„]?(?P<v>" + _WEAK_NAMES + r")\b"
    r"|\b(?P<v>" + _WEAK_NAMES + r"[»\"”]?\s+" + _UNIT_NOUN + r")\b(?!\s+of\s+(?:forces|troops))"
    # A grouping of forces and a military district are public ("группировка войск «Запад»", "ОК «Запад»").
    r"|(?<!(?:группировк|угрупованн|угруповань|округ|(?-i:ОК|ОСУВ|ОТУ))\p{L}{0,3}(?:\s+(?:войск|військ))?\s*)"
    r"[«\"“„](?P<v>" + _WEAK_NAMES + r")(?=[»\"”])"
)
# Honorific names: "Kantemirovskaya Division", "Таманской дивизии", "Київська бригада".
UNIT_HONORIFIC = (
    r"(?-i:\b\p{Lu}\p{Ll}+(?:skaya|skiy|sky|skoy|ская|ской|скую|ский|ского|ском|ська|ської|ській|ську|ський|ського))"
    r"(?:\s+(?:Guards|Tank|Motor|Rifle|гвардейск\p{L}*|танков\p{L}*|мотострелков\p{L}*|гвардійськ\p{L}*)){0,3}"
    r"\s+(?:Division|Brigade|дивизи\p{L}*|бригад\p{L}*|дивізі\p{L}*|соединени\p{L}*|з['’]єднанн\p{L}*)"
    # English regional adjectives in -ian/-ean ("the Galician Brigade", "Volhynian Regiment"); a nation's
    # adjective names an army, not a unit.
    r"|(?-i:\b(?!(?:Russian|Ukrainian|Belarusian|Canadian|Australian|Italian|Georgian|Romanian|Bulgarian"
    r"|Serbian|Croatian|Estonian|Lithuanian|Latvian|Indian|Iranian|Syrian|Libyan|Nigerian|Brazilian|Colombian"
    r"|Norwegian|Hungarian|Austrian|Asian|European|Christian|Guardian)\b)\p{Lu}\p{Ll}{3,}(?:ian|ean))"
    r"(?:\s+(?-i:Guards|Tank|Motor|Rifle|Mechani[sz]ed|Infantry|Assault|Mountain|Jaeger|Volunteer)){0,3}"
    r"\s+(?-i:Division|Brigade|Regiment|Battalion)\b"
)
# Adjectives of arm and status that belong to a designation ("стрілецький батальйон «Волинь»"); others
# ("добровольческом отряде «БАРС-47»") describe it and stay outside.
_BRANCH_ADJ = (
    r"(?:(?:мото)?стр[іе]л\p{L}*|штурмов\p{L}*|механ[іи]зован\p{L}*|окрем\p{L}*|отдельн\p{L}*|танков\p{L}*"
    r"|артил\p{L}*|десантн\p{L}*|гвард\p{L}*|розвід\p{L}*|разведыв\p{L}*|мотопіхот\p{L}*|гірськ\p{L}*"
    r"|горн\p{L}*|прикордон\p{L}*|спецназ\p{L}*)"
)
# A battalion named after its commander's call sign: батальон «Гром», the "Tiger" battalion.
UNIT_QUOTED = (
    r"\b(?:" + _BRANCH_ADJ + r"\s+){0,2}(?:батальй?он\p{L}*|бригад\p{L}*|полк\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|тербат\p{L}*|рот[аыеуоиі]|ротою|взвод\p{L}*|батаре\p{L}*|дивизион\p{L}*|дивізіон\p{L}*|(?-i:мсп|МСП)"
    r"|battalion|brigade|regiment|detachment|company|platoon|battery)"
    r"(?:\s+(?:специального\s+назначения|спеціального\s+призначення|оперативного\s+призначення))?"
    r"\s*[«\"“„]\p{Lu}[\p{L}\d\s-]{0,25}[»\"”“]"
    # A formation's capitals-and-number name needs no quotes ("штурмовой отряд БАРС-16"); after a company or
    # battery the same shape is a weapon ("роте БМП-2"), so only after a detachment or battalion.
    r"|\b(?:" + _BRANCH_ADJ + r"\s+){0,2}(?:батальй?он\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|battalion|detachment)\s+(?-i:\p{Lu}{2,}\s?-\s?\d{1,3})\b"
    r"|[«\"“„]\p{Lu}[\p{L}-]{1,20}[»\"”“]\s+(?:battalion|brigade|regiment|detachment)\b"
    # English: the region and the arm before the noun belong to the name ("the Tatarstan volunteer battalion
    # "Timer"", "a Bashkortostan motor rifle regiment "Ural"").
    r"|(?-i:\b(?:(?!(?:Then|When|Where|While|After|Before|Later|Today|Yesterday|This|That|These|Their|From|With"
    r"|Into|Every|Each|Another)\b)\p{Lu}\p{Ll}{3,}\s+)?(?:(?:volunteer|motor|rifle|guards|separate|assault|tank|territorial"
    r"|defen[cs]e|special|purpose|mechani[sz]ed|infantry|reconnaissance|artillery|airborne|marine)\s+){1,3}"
    r"(?:battalion|brigade|regiment|detachment))\s*[«\"“„]\p{Lu}[\p{L}\d\s-]{1,25}[»\"”“]"
)

UNIT_SERVED_QUOTED = (
    r"(?:\b(?:служ\p{L}*|воюва\p{L}*|воевал\p{L}*|воював\p{L}*|долучи\p{L}*|вступи\p{L}*|перевели?\p{L}*)\s+(?:в|у|до)"
    r"|\bдо\s+лав|\b[ув]\s+лавах)\s+(?P<v>[«\"„“]\p{Lu}[\p{L}\d\s'’-]{1,30}[»\"“”])"
)
# A capitalised name before a unit noun: "the Edelweiss detachment", "the Khartiia brigade of the National Guard".
# Not a determiner, nation, arm or rank: "The brigade", "Russian battalion", "Marine brigade", "Guards regiment".
_NOT_A_NAME_EN = (
    r"(?:The|A|An|This|That|These|Those|Each|Every|Our|His|Her|Their|Its|My|Your|One|Which|Another|Same|Whole|Entire"
    r"|Russian|Ukrainian|Belarusian|Chechen|Georgian|Polish|American|British|Foreign|International|National|Local"
    r"|Volunteer|Territorial|Defen[cs]e|Army|Navy|Military|Penal|Storm|Special|Combined|Reserve|Separate|Guards?"
    r"|When|Then|After|Before|In|On|At|From|With|Of|For|His|New|Old|Former|First|Second|Third|Last|Next|Own|Her"
    r"|Commander|Colonel|Major|Captain|General|Lieutenant|Sergeant|Private|Soldier|Brigade|Battalion|Regiment"
    r"|Medical|Engineering|Mortar|Drone|Sniper|Support|Logistics|Repair|Signal|Training|Punitive|Rear|Penal|Naval"
    r"|Border|Police|Presidential|Honou?r|Guard|Tank|Rifle|Marine|Infantry|Artillery|Cossack|Assault|Strike|Elite)"
)
UNIT_NAMED_EN = (
    # After an article, a possessive, a preposition or a comma (not a title-case headline: "Soldier Joins Brigade").
    r"(?-i:(?<=(?:\b(?:the|a|an|his|her|their|our|my|your|in|of|to|from|with|joined|into)|[,;:(—–])\s+)"
    r"(?!" + _NOT_A_NAME_EN + r"\b)(?!" + MOD + r"\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}'’])"
    r"\s+(?:detachment|battalion|brigade|regiment|Detachment|Battalion|Brigade|Regiment)s?)\b"
    + _TAIL_EN
)
# Volunteer formations of a territorial community (ДФТГ): "ДФТГ Верховинської громади", "добровольчого формування
# Тетіївської міської територіальної громади", "the local volunteer formation of the Tetiiv community".
_COMMUNITY_UK = (
    r"(?:\s+(?-i:\p{Lu}[\p{Ll}'’-]+(?:ої|ої))(?:\s+(?:міської|селищної|сільської))?(?:\s+територіальної)?"
    r"\s+(?:громади|(?-i:ОТГ|МТГ|СТГ|ТГ))"
    r"|\s+(?:(?:міської|селищної|сільської)\s+)?(?:територіальної\s+)?громади\s+(?-i:\p{Lu}[\p{Ll}'’-]+))"
)
UNIT_VOLUNTEER = (
    r"(?:\b(?-i:ДФТГ|ДФ)|\bдобровольч\p{L}*\s+формуванн\p{L}*(?:\s+територіальн\p{L}*\s+громад\p{L}*)?)"
    r"(?:\s*№\s*\d{1,3}|\s*[«\"„“]\p{Lu}[\p{L}\d\s-]{0,25}[»\"“”])?" + _COMMUNITY_UK
    + r"|\bдобровольческ\p{L}*\s+формировани\p{L}*(?:\s+территориальн\p{L}*\s+общин\p{L}*)?"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}+(?:ой|ого))(?:\s+(?:городской|поселковой|сельской))?\s+(?:общины|громады))"
    r"|\b(?:local\s+)?volunteer\s+formation\s+of\s+the\s+(?-i:\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:territorial|urban|rural"
    r"|village|town|city)\s+)?(?:community|hromada)"
    r"|(?-i:\b\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:territorial|urban|rural|village|town|city)\s+)?(?:community|hromada)"
    r"\s+volunteer\s+formation"
)

_UNIT_STEMS_EN = [
    "unit",
    "brigade",
    "regiment",
    "battalion",
    "company",
    "platoon",
    "division",
    "corps",
    "detachment",
    "serv",
    "assigned",
    "transferr",
    "airborne",
    "artillery",
    "mechani",
    "motor",
    "marine",
    "infantry",
    "paratroop",
    "tank",
    "assault",
    "contract",
    "enlist",
    "deploy",
    "army",
    "recruit",
    "front",
    "shelled",
]
_UNIT_STEMS_RU = [
    "служ",
    "перевел",
    "приписан",
    "част",
    "бригад",
    "полк",
    "батальон",
    "рот",
    "взвод",
    "комбат",
    "ппд",
    "дивизи",
    "корпус",
    "отряд",
    "контракт",
    "мобилиз",
    "призва",
    "воевал",
    "боец",
    "военн",
    "солдат",
    "доброволь",
    "позывн",
    "военком",
    "сослуж",
]
_UNIT_STEMS_UK = [
    "служ",
    "перевел",
    "частин",
    "бригад",
    "полк",
    "батальйон",
    "рот",
    "взвод",
    "комбат",
    "дивізі",
    "корпус",
    "загін",
    "контракт",
    "мобіліз",
    "призва",
    "воюва",
    "воював",
    "боєць",
    "воїн",
    "військов",
    "солдат",
    "доброволь",
    "позивн",
    "військкомат",
    "тцк",
    "позывн",
    "тербат",
    "тро",
]


_BARE_NOUN = regex.compile(r"(?i)(?:unit|част)")
_YEAR_OR_ROUND = regex.compile(r"(?:19|20)\d\d|\d0{3,}")
# A unit-number cue, then the answer's opening (a dash, "A:", "ВП:"): the number words that follow spell it.
_SPOKEN_CUE = regex.compile(
    r"(?i)(?:номер\s+(?:в/ч|(?:войсковой\s+|воинской\s+|військової\s+)?част\p{L}*)|в/ч|войсковая\s+часть"
    r"|військова\s+частина|\bчасть|\bчастина|(?:military\s+)?unit(?:\s+number)?)"
    r"\s*[?:.]?\s*(?:[—–-]\s*)?(?:(?-i:[A-ZА-ЯІЇЄ]{1,3}|Ответ|Відповідь|Answer)\s*:\s*)?(?:[—–-]\s*)?"
    r"(?:(?:the|это|це)\s+)?"
)
# A spelled compound ordinal whose noun is understood: "Из двести девяносто первого нас осталось трое", "Хлопці з
# сорок сьомої, хто ...". Read in code: the word after it must not be its noun, the word before a preposition or
# nothing (after "дом", "квартира" the ordinal is a house or flat number).
_ELIDED = regex.compile(
    r"(?i)(?<![\p{L}\d'’-])(?P<v>(?P<c>" + _CARD_WORD_RU + r")(?:\s+" + _CARD_WORD_RU + r")?\s+" + _ORD_STEM_RU + r")"
    r"(?![\p{L}'’-])"
)
_PREPOSITION = regex.compile(r"(?i)в|у|из|з|із|зі|с|со|до|от|від|к|при|под|під|о|об|про|за|на")
_HUNDREDS = regex.compile(
    r"(?i)сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|двісті|чотириста|п[\'’]ятсот|шістсот"
    r"|сімсот|вісімсот"
)
# 21st-24th feminine is an hour ("о двадцять першій"), not a brigade.
_HOUR = regex.compile(r"(?i)двадц[ая]т\p{L}*\s+(?:перв|втор|трет|четв|перш|друг)\p{L}*")
_NOUN_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NUMR"})
_PREV_WORD = regex.compile(r"([\p{L}'’-]+)\s*$")
_NEXT_WORD = regex.compile(r"\s*([\p{L}'’-]+)")
_YEAR_ORDINAL = regex.compile(r"(?:19|20)\d\d\s?-?\s?\p{L}{0,3}")
_SHARED_POST = regex.compile(r"\d{2,3}00")
_POST_WORD = regex.compile(r"(?i)почт|пошт|post|п/п")


# Unit nouns (also inside compounds: мехбригада, разведрота): the expensive patterns run only near one.
_UNIT_NOUN_ANCHOR = regex.compile(
    r"(?i)бригад|полк|батал|дивиз|дивіз|\bрот[аыеуоиі]|\bротою|(?<=развед|розвід|мех|танк)рот|взвод|батаре|арми|армі"
    r"|корпус|отряд|загін|загон|бат\p{L}{0,3}\b|ескадр|эскадр|тероборон|відділен|отделени"
)
_BEFORE, _AFTER = 200, 300
_ANCHORED = frozenset({UNIT_CHAIN_RU, UNIT_NOUN_NAMED_RU})


class MilitaryUnitRecognizer(CuedPatternRecognizer):
    """Military unit numbers, designations and named formations in English, Russian and Ukrainian.

    Known false positive: a cardinal before a unit noun ("3 роты" = three companies).
    """

    ENTITY = "MILITARY_UNIT"
    ENTITIES: ClassVar[list[str]] = ["MILITARY_UNIT"]
    LANGUAGES = ("en", "ru", "uk")
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 12
    # Specific shapes score above the NER and call-sign recognizers (0.85–0.9): "ЧВК «Редут»" or "Wagner" is a
    # unit even when a name model also claims it, and resolution keeps the higher score.
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("unit number", UNIT_NO, 0.95),
        CuedPattern("ordinal + type (ru/uk)", UNIT_ORD_RU, 0.95),
        CuedPattern("spelled ordinal + type (ru/uk)", UNIT_ORD_WORD_RU, 0.75),
        CuedPattern("chain of sub-units (ru/uk)", UNIT_CHAIN_RU, 0.95),
        CuedPattern("ordinal + separate + arm, noun understood (ru/uk)", UNIT_ORD_ADJ_RU, 0.8),
        CuedPattern("ordinal + arm, noun understood (ru/uk)", UNIT_ORD_ARM_RU, 0.75),
        CuedPattern("sub-unit + unit number (ru/uk)", UNIT_HEAD_NO_RU, 0.95),
        CuedPattern("unit noun + honorific or territorial defence (ru/uk)", UNIT_NOUN_NAMED_RU, 0.85),
        CuedPattern("one-word unit noun (ru/uk)", UNIT_COMPOUND_RU, 0.5),
        CuedPattern("unit abbreviation alone (ru/uk)", UNIT_BARE_NOUN_RU, 0.5, needs_context=True),
        CuedPattern("support sub-unit by its function (ru/uk)", UNIT_FUNCTION_RU, 0.55, needs_context=True),
        CuedPattern("bare ordinal (ru/uk)", UNIT_BARE_RU, 0.6, needs_context=True),
        CuedPattern("bare spelled ordinal (ru/uk)", UNIT_BARE_WORD_RU, 0.6, needs_context=True),
        CuedPattern("unit number later in the phrase", UNIT_NO_LATER, 0.75),
        CuedPattern("ordinal + type (en)", UNIT_ORD_EN, 0.95),
        CuedPattern("cardinal + type (en)", UNIT_CARD_EN, 0.85),
        CuedPattern("sub-unit of a numbered unit (en)", UNIT_HEAD_EN, 0.9),
        CuedPattern("ordinal + arms, noun understood (en)", UNIT_ORD_MODS_EN, 0.7),
        CuedPattern("territorial defence of a region (en)", UNIT_TERDEF_EN, 0.85),
        CuedPattern("type + number (en)", UNIT_NOUN_NUM_EN, 0.85),
        CuedPattern("coordinated ordinal (en)", UNIT_ORD_EN_COORD, 0.7),
        CuedPattern("bare ordinal (en)", UNIT_BARE_EN, 0.6, needs_context=True, flags=regex.DOTALL | regex.MULTILINE),
        CuedPattern("bare ordinal after a preposition (en)", UNIT_BARE_PREP_EN, 0.5),
        CuedPattern("ordinal reply (en)", UNIT_REPLY_EN, 0.6, needs_context=True),
        CuedPattern("bare spelled ordinal (en)", UNIT_BARE_WORD_EN, 0.6, needs_context=True),
        CuedPattern("named formation", UNIT_NAMED_STRONG, 0.95),
        CuedPattern("named formation beside a unit noun", UNIT_NAMED_WEAK, 0.92),
        CuedPattern("quoted unit name", UNIT_QUOTED, 0.92),
        CuedPattern("honorific unit name", UNIT_HONORIFIC, 0.85),
        CuedPattern("named unit (en)", UNIT_NAMED_EN, 0.8),
        CuedPattern("quoted name after service (ru/uk)", UNIT_SERVED_QUOTED, 0.8),
        CuedPattern("volunteer formation of a community", UNIT_VOLUNTEER, 0.9),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": _UNIT_STEMS_EN,
        "ru": _UNIT_STEMS_RU + _UNIT_STEMS_EN,
        "uk": _UNIT_STEMS_UK + _UNIT_STEMS_RU + _UNIT_STEMS_EN,
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def matches(self, pattern: CuedPattern, compiled: regex.Pattern[str], text: str) -> Iterable[regex.Match[str]]:
        """Chains and named units are looked for only around a unit noun: at every word they cost a third of the
        recogniser's time for nothing. Windows reach far enough either side for the longest designation."""
        if pattern.regex not in _ANCHORED:
            everywhere: Iterable[regex.Match[str]] = compiled.finditer(text)
            return everywhere
        windows: list[list[int]] = []
        for a in _UNIT_NOUN_ANCHOR.finditer(text):
            lo, hi = max(0, a.start() - _BEFORE), min(len(text), a.end() + _AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        found: dict[int, regex.Match[str]] = {}
        for lo, hi in windows:
            for m in compiled.finditer(text, lo, hi):
                if m.start() not in found or m.end() > found[m.start()].end():
                    found[m.start()] = m
        return [found[k] for k in sorted(found)]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """The patterns, then unit numbers read aloud after a unit-number question or cue."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return results + self._spoken_numbers(text) + self._elided_ordinals(text)

    def _elided_ordinals(self, text: str) -> list[RecognizerResult]:
        """A spelled compound ordinal with its noun understood. Hundreds ("двести девяносто первого") are not a year
        or an hour; tens only in the feminine (a brigade; a year is masculine), outside 21-24 (hours)."""
        if self.supported_language not in ("ru", "uk"):
            return []
        out: list[RecognizerResult] = []
        for m in _ELIDED.finditer(text):
            before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if before is not None and not _PREPOSITION.fullmatch(before.group(1)):
                continue
            after = _NEXT_WORD.match(text, m.end())
            if after is not None and any(p.tag.POS in _NOUN_POS for p in parses(after.group(1), self.supported_language)[:1]):
                continue
            last = m.group("v").split()[-1]
            hundreds = _HUNDREDS.fullmatch(m.group("c")) is not None
            if not hundreds:
                feminine = any("femn" in p.tag for p in parses(last, self.supported_language))
                if not feminine or _HOUR.fullmatch(m.group("v")):
                    continue
            score = 0.7 if hundreds else 0.6
            why = "spelled ordinal whose unit noun is understood"
            explanation = AnalysisExplanation(
                recognizer=type(self).__name__, original_score=score, textual_explanation=why
            )
            out.append(self._cued_result(m.start("v"), m.end("v"), score, explanation))
        return out

    def _spoken_numbers(self, text: str) -> list[RecognizerResult]:
        """ "Номер части? — Двадцать три шестьсот двадцать шесть", "Unit? A: Two-seven-one": the words spell it."""
        out: list[RecognizerResult] = []
        for cue in _SPOKEN_CUE.finditer(text):
            runs = number_runs(text[cue.end() : cue.end() + 120], min_len=2)
            if not runs or runs[0][0].start != 0:
                continue
            run = runs[0]
            digits = spoken_digits(run)
            shortest = 3 if ("?" in cue.group() or ":" in cue.group()) else 4  # a question and its answer
            if digits is None or not digits.isdigit() or not shortest <= len(digits) <= 5:
                continue
            if _YEAR_OR_ROUND.fullmatch(digits):
                continue
            start, end = cue.end() + run[0].start, cue.end() + run[-1].end
            score = 0.8
            why = "unit number read aloud after a unit cue"
            explanation = AnalysisExplanation(
                recognizer=type(self).__name__, original_score=score, textual_explanation=why
            )
            out.append(self._cued_result(start, end, score, explanation))
        return out

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject "unit 2023" / "часть 2000" (a year or a round sum) and shared field-post numbers."""
        if not any(ch.isdigit() for ch in pattern_text):
            return None
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        if _YEAR_ORDINAL.fullmatch(pattern_text.strip()):
            return True  # "в 2017-м", "у 2022-му": a year, not the 2817th
        if _BARE_NOUN.match(pattern_text) and _YEAR_OR_ROUND.fullmatch(digits):
            return True
        if _SHARED_POST.fullmatch(digits) and _POST_WORD.search(pattern_text):
            return True
        return None


__all__ = ["MilitaryUnitRecognizer"]
