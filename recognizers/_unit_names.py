"""Named formations, all three languages: ЧВК «…», Storm-Z, BARS-N, weak names beside a unit noun, quoted names,
honorific adjectives, named units in English, volunteer formations of a community. Used by
:mod:`redact.recognizers.military_unit`.
"""

from __future__ import annotations

from redact.recognizers._unit_grammar_en import MOD, TAIL_EN
from redact.recognizers._unit_grammar_ru import CARD_WORD_RU, ORD_RU, ORD_STEM_RU

# --- police and security units (en) -------------------------------------------------------------
# Rosgvardia's riot and rapid-response police and the special-purpose units of the security services are named by a
# quoted name or by their region: 'SOBR "Rys"', 'Rosgvardia OMON "Bulat"', 'the special purpose unit "Kizlyar"',
# 'the Sakhalin OMON', 'OMON of the Kemerovo region', 'SOBR of the Rosgvardia directorate for Perm Krai'. The service
# before it belongs to the designation.
_SERVICE_EN = (
    r"(?:Rosgvardi(?:a|ya)(?:['’]s)?|Russian\s+Guard|National\s+Guard|MVD|FSB|FSIN|GUR|HUR|SBU|Interior\s+Ministry"
    r"|(?:riot\s+)?police)"
)
_SECURITY_UNIT_EN = (
    r"(?:(?-i:OMON|SOBR|OMSN|SOBR/OMSN)(?:\s+(?:unit|detachment|squad))?"
    r"|(?:(?:special|rapid|response|mobile|purpose|riot|police|spetsnaz|reaction|designation|forces|rapid-response"
    r"|special-purpose)\s+){1,3}(?:unit|detachment|squad|cent(?:er|re)))"
)
_QUOTED_NAME_EN = (
    r"(?:[«\"“„](?-i:\p{Lu})[\p{L}\d\s-]{1,25}[»\"”“]|['‘](?-i:\p{Lu})[\p{L}\d\s-]{1,25}(?<=\p{L})['’](?!\p{L}))"
)
_PLACE_EN = r"(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)"
_NOT_PLACE_EN = (
    r"(?:The|A|An|This|That|Russian|Ukrainian|Belarusian|Chechen|Dagestani|Soviet|National|Federal|Local|Regional"
    r"|Rosgvardia|Rosgvardiya|His|Her|Their|Our|My|Its|Every|Each|Moscow['’]s|When|Then|After|Before|In|On|At|From"
    r"|With|Of|For|And|But|Former|New|Old|Riot|Police|Special|Mobile|Interior|Guard|Ministry)"
)
# the region's own riot police: "the Sakhalin OMON", "a Kemerovo SOBR unit"
_REGION_POLICE_EN = (
    r"\b(?!"
    + _NOT_PLACE_EN
    + r"\b)"
    + _PLACE_EN
    + r"(?:\s+(?:regional|region|Oblast|oblast|Krai|krai))?\s+(?-i:OMON|SOBR|OMSN)\b(?:\s+(?:unit|detachment|squad))?"
)
UNIT_SECURITY_EN = (
    # the region's directorate of the service it belongs to, as prosecutors' releases and OSINT profiles write it:
    # 'OMON "Grom" of the Rosgvardia directorate for Khabarovsk Krai', "the SOBR of the Russian Guard Department in the
    # Republic of Bashkortostan"
    r"\b(?:"
    + _SERVICE_EN
    + r"\s+)?(?:(?-i:OMON|SOBR|OMSN)(?:\s+(?:unit|detachment|squad))?|"
    + _SECURITY_UNIT_EN
    + r")(?:\s*"
    + _QUOTED_NAME_EN
    + r")?\s+of\s+(?:the\s+)?(?:"
    + _SERVICE_EN
    + r"\s+)?(?:[Dd]irectorate|[Dd]epartment|[Aa]dministration|[Oo]ffice|[Bb]ranch)\s+(?:for|of|in)\s+(?:the\s+)?"
    r"(?:(?-i:Republic)\s+of\s+)?(?!"
    + _NOT_PLACE_EN
    + r"\b)"
    + _PLACE_EN
    + r"(?:\s+(?:region|Region|Oblast|oblast|Krai|krai|Republic|Territory|Autonomous\s+Okrug))?"
    + r"|\b(?:"
    + _SERVICE_EN
    + r"\s+)?"
    + _SECURITY_UNIT_EN
    + r"\s*"
    + _QUOTED_NAME_EN
    + r"|"
    + _REGION_POLICE_EN
    + r"|\b(?-i:OMON|SOBR|OMSN)(?:\s+(?:unit|detachment|squad))?\s+of\s+(?:the\s+)?(?!"
    + _NOT_PLACE_EN
    + r"\b)"
    + _PLACE_EN
    + r"(?:\s+(?:region|Region|Oblast|Krai|Republic))?"
)
# Where it can start (CuedPattern.starts): a capitalised place before the riot police, or the rest of the pattern.
# The place's capital costs the whole pattern its first characters: scanned, it was tried at every letter.
UNIT_SECURITY_EN_STARTS = (
    r"\b(?=" + _PLACE_EN + r"(?:\s+(?:regional|region|Oblast|oblast|Krai|krai))?\s+(?-i:OMON|SOBR|OMSN)\b)",
    r"(?=" + UNIT_SECURITY_EN.replace("|" + _REGION_POLICE_EN, "", 1) + r")",
)
# A region's or town's riot police or rapid-response unit by the place's adjective, in any case and in either
# capitalisation, as news and obituaries write it: "бойцы тульского ОМОНа", "сотрудники Сахалинского ОМОНа",
# "бойцу березниковского ОМОН", "Тюменскому СОБР", "Наш отряд, «Сургутский СОБР»", "боєць Курського ОМОНу", with its
# name after it ("Липецкий ОМОН «Ратник»"). A nation's adjective names no one unit ("российского ОМОНа").
UNIT_SECURITY_RU = (
    r"(?-i:(?<![\p{L}\d-])(?![Рр]оссийск|[Рр]осійськ|[Рр]усск|[Сс]оветск|[Рр]адянськ|[Уу]краинск|[Уу]країнськ)"
    r"[\p{Lu}\p{Ll}]\p{Ll}*+(?<=\p{Ll}(?:ск|цк|ськ|цьк)(?:ий|ый|ого|ому|им|ым|ом|ім))\s+(?:ОМОН|СОБР|ОМСН|ОПОН)"
    r"(?:а|у|ом|е|і)?(?![\p{L}\d-]))(?:\s*[«\"„“](?-i:\p{Lu})[\p{L}\d\s'’-]{0,25}[»\"”“])?"
)
# A border outpost by its name: "border post Krasny Mayak", "the Krasny Mayak border outpost".
UNIT_BORDER_POST_EN = (
    r"(?-i:\b(?:[Bb]order\s+(?:out)?post|[Oo]utpost)\s+(?!of\b)\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2})"
    r"|(?-i:\b(?!(?:The|A|An|This|Russian|Ukrainian|Their|His|Our|Its)\b)\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2}"
    r"\s+border\s+outpost)\b"
)

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
# A prefix of a formation's name: "Zapad-Akhmat" (see UNIT_NAMED_STRONG).
_NAMED_PREFIX = r"(?-i:\p{Lu}\p{Ll}+-)?"
UNIT_NAMED_STRONG = (
    r"\b(?:ЧВК|ПВК|PMC|частн\p{L}*\s+военн\p{L}*\s+компани\p{L}*|приватн\p{L}*\s+військов\p{L}*\s+компані\p{L}*"
    r"|private\s+military\s+company)\s*[«\"“]?(?:Вагнер\p{L}*|Wagner|Редут\p{L}*|Redut|Конвой|Convoy|Патриот|Patriot)[»\"”]?"
    # a Storm company by its number after the name: "«Шторм Z-7»", "Storm V-3", "в «Шторм-2»" (a prison's own company)
    r"|\b(?:Шторм|Storm|Shtorm)(?:а|е|у|ом)?\s?-?\s?(?:(?-i:[ZVЗВ])|Зет|Зэт|Вэ)\b(?:\s?-\s?\d{1,3}\b)?"
    r"|(?<=[«\"“„])(?-i:Шторм|Storm)(?:а|е|у|ом|і)?\s?-\s?\d{1,3}(?=[»\"”])"
    # with the name of its detachment: "БАРС-13 «Кубань»"; or by its region's town, as the border regions' brigades
    # are named ("БАРС-Курск", "«Барс-Брянск»", "BARS-Smolensk"); in English with what it does and its noun ("the
    # BARS-Smolensk volunteer detachment", "the BARS-13 assault detachment")
    r"|\b(?:(?:БАРС|BARS)\s?-?\s?\d{1,3}\b|(?-i:БАРС|BARS|Барс|Bars)-(?-i:\p{Lu}\p{Ll}+)(?!\p{L}))"
    r"(?:\s*[«\"“„]\p{Lu}[\p{L}\s-]{1,25}[»\"”“]"
    r"|(?:\s+(?:volunteer|assault|reconnaissance|special|territorial|defen[cs]e|rifle|motori[sz]ed)){0,3}"
    r"\s+(?:detachment|battalion|brigade|regiment|company|unit)\b)?"
    # A Storm company by its number, its ordinal said before the name: "его «седьмой Шторм» при в/ч ...", "в 3-й
    # Шторм", "у сьомому «Штормі»" (the ordinal is the company's; lower-case "шторм" after an ordinal is a gale)
    r"|(?<![\p{L}\d'’-])(?:" + ORD_RU + r"|(?:" + CARD_WORD_RU + r"\s+)?" + ORD_STEM_RU + r")\s+(?:[«\"“„]"
    r"(?-i:Шторм(?:а|е|у|ом|і)?)[»\"”]|(?-i:Шторм(?:а|е|у|ом|і)?)(?![\p{L}-])(?!\s?-?\s?[ZVЗВ]\b))"
    # Capitalised "Шторм" inside a sentence is the formation ("я в Шторме"); the weather word is lower case.
    r"|(?<![.!?:]\s|^|[«\"“])(?-i:\bШторм(?:а|е|у|ом)?\b)(?!\s?-?\s?[ZVЗВ]\b)"
    # quoted after a preposition of joining or leaving it: "в «Шторм» закинули", "добровольцем у «Шторм»", "контракт с
    # «Редутом»"
    # (not after "о", "про", "на": what is said about the programme as a whole, "рассказывает о «Шторме»")
    r"|(?<=\b(?:в|во|у|из|с|со|з|із|до)\s[«\"“])"
    r"(?-i:Шторм(?:а|е|у|ом)?|Редут(?:а|е|у|ом|і)?)(?=[»\"”])"
    # "Zapad-Akhmat battalion", "Akhmat special forces", "спецназ «Ахмат»": a prefix and the unit noun belong to it.
    r"|\b" + _NAMED_PREFIX + r"(?:Wagner(?:ites?)?|Вагнер(?:а|у|ом|е)?|вагнер(?:ов|ів)ц\p{L}*|Akhmat|Ахмат(?:а|у|ом|е)?"
    r"|ахматовц\p{L}*|Pyatnashka|Пятнашк(?:а|и|е|у|ой)|П'ятнашк\p{L}{1,2})\b(?:-(?-i:\p{Lu}\p{Ll}+))?"
    # "the Wagner Group", "the Wagner PMC": the group's kind after its name
    r"(?:\s+(?:special\s+forces|spetsnaz|battalion|brigade|regiment|detachment|(?-i:Group|PMC)|private\s+military\s+company|спецназ\p{L}*|батальй?он\p{L}*"
    r"|полк\p{L}*|бригад\p{L}*|отряд\p{L}*)\b)?"
    # a battalion known by its commander's call sign, quoted or not: "2 роти Вовки Да Вінчі", "the Da Vinci Wolves"
    r"|\b(?:Вовк(?:и|ів|ам|ами|ах)|Волк(?:и|ов|ам|ами|ах))\s+(?-i:Да\s+(?:Вінчі|Винчи))|\b(?-i:Da\s+Vinci\s+Wolves)"
)
# Where it can start (CuedPattern.starts): the capital of a prefix, or the rest of the pattern. The prefix's capital
# costs the whole pattern its first characters: scanned, it was tried at every letter.
UNIT_NAMED_STRONG_STARTS = (
    r"(?-i:\b\p{Lu}(?=\p{Ll}+-))",
    r"(?=" + UNIT_NAMED_STRONG.replace(_NAMED_PREFIX, "", 1) + r")",
)
UNIT_NAMED_WEAK = (
    # The noun and the quotes are matched (not looked behind for, which is slow) and left out of the span.
    r"\b" + _UNIT_NOUN + r"\s*[«\"“„]?(?P<v>" + _WEAK_NAMES + r")\b"
    r"|\b(?P<v>" + _WEAK_NAMES + r"[»\"”]?\s+" + _UNIT_NOUN + r")\b(?!\s+of\s+(?:forces|troops))"
    # A grouping of forces and a military district are public ("группировка войск «Запад»", "ОК «Запад»").
    # English speech names a battalion by its men: "the Vostok guys are all gone", "our Somalia boys went in first"
    r"|(?-i:\b(?P<v>(?:Vostok|Sparta|Somalia?|Kaskad|Rusich|Arbat|Espanola|Kraken|Oplot|Kalmius|Storm|Shtorm|Redut"
    r"|Veterany|Aidar)(?:-\p{Lu}\p{Ll}+)?)(?=\s+(?:guys|boys|lads|men|fighters|people)\b))"
    r"|(?<!(?:группировк|угрупованн|угруповань|округ|(?-i:ОК|ОСУВ|ОТУ))\p{L}{0,3}(?:\s+(?:войск|військ))?\s*)"
    r"[«\"“„](?P<v>" + _WEAK_NAMES + r")(?=[»\"”])"
)
# A battalion or detachment named by a capitalised word without quotes, as chats write it: "бат Тайфун", "в батальоне
# Ветер", "у загоні Кречет" (the recogniser keeps a noun in the nominative that is no place or personal name).
UNIT_NAMED_BARE = (
    r"\b(?:бат(?:а|у|е|ом|і|ы)?|батальй?он\p{L}{0,3}|отряд\p{L}{0,3}|загін|загон\p{L}{0,3})"
    r"[ \t]+(?-i:\p{Lu}\p{Ll}{2,})(?![\p{L}\d'’-])(?![ \t]*-)"
)
# A nation's or an enemy's adjective before a named battalion describes it ("в российском батальоне «...»").
_NATION_ADJ = (
    r"[Рр]оссийск|[Рр]осійськ|[Рр]усск|[Рр]уськ|[Сс]оветск|[Рр]адянськ|[Уу]краинск|[Уу]країнськ|[Бб]елорусск"
    r"|[Бб]ілоруськ|[Гг]рузинск|[Гг]рузинськ|[Пп]ольск|[Пп]ольськ|[Аа]мериканск|[Аа]мериканськ|[Нн]емецк|[Нн]імецьк"
    r"|[Бб]ританск|[Бб]ританськ|[Фф]ранцузск|[Фф]ранцузьк|[Вв]ражеск|[Вв]ражеськ"
)
# Honorific names: "Kantemirovskaya Division", "Таманской дивизии", "Київська бригада".
UNIT_HONORIFIC = (
    r"(?-i:\b\p{Lu}\p{Ll}+(?:skaya|skiy|sky|skoy|ская|ской|скую|ский|ского|ском|ська|ської|ській|ську|ський|ського))"
    r"(?:\s+(?:Guards|Tank|Motor|Rifle|гвардейск\p{L}*|танков\p{L}*|мотострелков\p{L}*|гвардійськ\p{L}*)){0,3}"
    r"\s+(?:Division|Brigade|дивизи\p{L}*|бригад\p{L}*|дивізі\p{L}*|соединени\p{L}*|з['’]єднанн\p{L}*)"
    # a regiment or battalion by its garrison town, its arm between: "Костромского десантного полка", "Ивановский
    # парашютно-десантный полк", "Луганського штурмового батальйону" (not a nation's, nor the Kremlin's guard)
    r"|(?-i:\b(?!" + _NATION_ADJ + r"|Президентск|Президентськ|Кремлевск|Кремлівськ|Преображенск|Семеновск)"
    r"\p{Lu}\p{Ll}+(?:ский|ского|скому|ским|ском|ський|ського|ському|ським|цкий|цкого|цкому|цким|цком|цький|цького"
    r"|цькому|цьким))(?:\s+(?:десантн|парашютн|штурмов|десантно-штурмов|парашютно-десантн|мотострелков|мотострілецьк"
    r"|танков|гвардейск|гвардійськ|стрелков|стрілецьк|механізован|механизированн|артиллерийск|артилерійськ)\p{L}*){1,3}"
    r"\s+(?:полк|батальон|батальйон)\p{L}{0,3}\b"
    # a border guard detachment named by its town: "Чопського прикордонного загону", "Луцький прикордонний загін"
    r"|(?-i:\b\p{Lu}\p{Ll}+(?:ський|цький|зький|ського|цького|зького|ському|цькому|зькому|ським|цьким|зьким"
    r"|ский|цкий|ского|цкого|скому|цкому|ским|цким|ском|цком))"
    r"\s+(?:прикордонн\p{L}*|пограничн\p{L}*)\s+(?:загін|загон\p{L}*|отряд\p{L}*)"
    # English regional adjectives in -ian/-ean ("the Galician Brigade", "Volhynian Regiment"); a nation's
    # adjective names an army, not a unit.
    r"|(?-i:\b(?!(?:Russian|Ukrainian|Belarusian|Canadian|Australian|Italian|Georgian|Romanian|Bulgarian"
    r"|Serbian|Croatian|Estonian|Lithuanian|Latvian|Indian|Iranian|Syrian|Libyan|Nigerian|Brazilian|Colombian"
    r"|Norwegian|Hungarian|Austrian|Asian|European|Christian|Guardian)\b)\p{Lu}\p{Ll}{3,}(?:ian|ean))"
    r"(?:\s+(?-i:Guards|Tank|Motor|Rifle|Mechani[sz]ed|Infantry|Assault|Mountain|Jaeger|Volunteer)){0,3}"
    r"\s+(?-i:Division|Brigade|Regiment|Battalion)\b"
)
# Adjectives of arm and status that belong to a designation ("стрілецький батальйон «Волинь»"), a volunteer,
# combined or named battalion's status too, as obituaries and releases write it with the name ("в добровольческом
# батальоне «Алтай»", "в сводном отряде «Север-7»", "именной батальон «Алга»", "зведений загін «...»").
_BRANCH_ADJ = (
    r"(?:(?:мото)?стр(?:ілецьк|елков)\p{L}*|штурмов\p{L}*|механ[іи]зован\p{L}*|окрем\p{L}*|отдельн\p{L}*|танков\p{L}*"
    r"|артил\p{L}*|десантн\p{L}*|гвард\p{L}*|розвід\p{L}*|разведыв\p{L}*|мотопіхот\p{L}*|гірськ\p{L}*"
    r"|горн\p{L}*|прикордон\p{L}*|спецназ\p{L}*|ударн\p{L}*|добровольческ\p{L}*|добровольч\p{L}*|сводн\p{L}*"
    r"|зведен\p{L}*|именн\p{L}*|іменн\p{L}*|казач\p{L}*|козац\p{L}*|интернациональн\p{L}*|інтернаціональн\p{L}*"
    # drone units and compound arms written with a hyphen: "безпілотному батальйоні «...»", "ударно-безпілотний
    # батальйон «...»", "ракетно-артилерійської бригади «...»" (two adjective stems joined by "-о-")
    r"|безпілотн\p{L}*|беспилотн\p{L}*|\p{Ll}{3,}о-\p{Ll}{3,}(?:ому|ого|ий|ій|ої|ою|ом|им|ый|ой|ая|ую|а|у|і|е|ые|их|ых))"
    # a noun of the same stem is the man, not his unit's arm: "штурмовик отряда «Шторм Z»", "артиллерист"
    r"(?<!(?:ик|ист)(?:а|у|ом|ами|ам|ах|и|ы|ов|ів|е|і)?|(?:ец|ець|ця|цю|цем|ці|цы|цев|ців))"
)
# What a unit does, written in lower case between its name and its noun: "the Pyatnashka international brigade",
# "the Veterans assault detachment", "the Achilles strike drone battalion".
_ARM_EN = (
    r"(?:international|volunteer|assault|strike|drone|unmanned|systems|special|separate|sabotage|reconnaissance"
    r"|recon|rifle|motori[sz]ed|mechani[sz]ed|mountain|tank|artillery|mortar|sniper|marine|penal|reserve|rapid"
    r"|reaction|guards?|spetsnaz|partisan|Cossack|tactical|operational|air|aerial|border|frontier|forces|purpose"
    # a police regiment by its name: "the Akhmat-Grozny special police regiment", "the Sich police battalion"
    r"|police"
    # what the unit fights with or guards, as translations of obituaries write it: "the Kyiv air defence regiment", "the
    # Odesa anti-aircraft missile regiment", "the Izmail border detachment"
    r"|defen[cs]e|anti-?aircraft|missile|engineer(?:ing)?|signals?|communications|logistics|medical|pontoon|naval"
    r"|infantry|airborne|coastal|electronic|warfare)"
)
# The arm words in title case too, as a name's own words: "the Mariupol Border Detachment", "Kyiv Air Defence Regiment".
_ARM_ANY_EN = r"(?i:" + _ARM_EN + r")"
# The directorate and region of a riot-police or rapid-response unit named by them alone, as Rosgvardia's releases and
# obituaries write it: "ОМОН Управления Росгвардии по г. Москве", "СОБР Росгвардии по Республике Татарстан" (withheld
# with the unit: they are its only name). After the unit's own name ("ОМОН «Кречет» Управления Росгвардии по
# Волгоградской области") the directorate is the public body it answers to and stays in the default's text, as most
# writers mark it; the directorate alone is public too (its press office).
_REGION_RU = (
    r"(?:[Рр]еспублик[еі]|[Рр]еспубліці)(?:\s+(?-i:\p{Lu}[\p{Ll}-]+)){1,2}"
    r"|(?-i:\p{Lu}[\p{Ll}-]+)\s+(?:[Рр]еспублик[еі]|[Рр]еспубліці)"
    r"|(?:(?:г\.|м\.)\s*)?(?-i:\p{Lu}[\p{Ll}-]+)(?:\s+(?:област[иі]|краю|округу|автономному\s+округу))?"
)
_DIRECTORATE_RU = (
    r"(?:\s+(?:(?:[Гг]лавного|[Гг]оловного)\s+)?(?:[Уу]правлени[яе]|[Уу]правління|(?-i:ГУ))"
    r"\s+(?:Росгвардии|Росгвардії|(?-i:ФСВНГ)(?:\s+России)?)(?:\s+(?:по|в|у)\s+(?:" + _REGION_RU + r"))?"
    # the service and the region with no directorate between: "СОБР Росгвардии по Республике Татарстан"
    r"|\s+(?:Росгвардии|Росгвардії)\s+по\s+(?:" + _REGION_RU + r"))"
)
# A battalion named after its commander's call sign: батальон «Гром», the "Tiger" battalion.
UNIT_QUOTED = (
    # a sub-unit named by its own name, no kind given: "боец подразделения «Орлан»", "у підрозділі «Фенікс»"; the
    # generic noun stays in the text, the name alone is withheld (as the corpus marks "підрозділ «[Ахмат]»")
    r"\b(?:подразделени|підрозділ)\p{L}*\s*[«\"“„](?P<v>(?-i:\p{Lu})[\p{L}\d\s—–-]{0,25}?)[»\"”“]|"
    # the region or town it was raised in, and "volunteer" after it, belong to the name: "Брянского добровольческого
    # батальона «Витязь»", "Київського добровольчого батальйону «Січ»"; a republic's adjective is written in lower case
    # ("татарстанский именной батальон «Алга»", "в башкирском батальоне «Шаймуратов»"), a nation's names no one unit
    r"\b(?:(?-i:(?!" + _NATION_ADJ + r")[\p{Lu}\p{Ll}]\p{Ll}*+(?<=\p{Ll}(?:ск|цк|ськ|цьк)\p{Ll}{1,3}))\s+"
    r"(?:добровол\p{L}+\s+)?)?"
    r"(?:" + _BRANCH_ADJ + r"\s+){0,2}(?:батальй?он\p{L}*|бригад\p{L}*|полк\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|тербат\p{L}*|рот[аыеуоиі]|ротою|взвод\p{L}*|батаре\p{L}*|дивизион\p{L}*|дивізіон\p{L}*|(?-i:мсп|МСП)"
    # the battalion clipped, as soldiers and their chats write it: "в бат «Тайфун»", "з бату «Вовки»"
    r"|бат(?:а|у|е|ом|і|ы)?(?![\p{L}\d-])"
    # a unit abbreviation with its nickname: "ОШБ «Кедр»", "ОМСБ «Тайга»", "ДШБ «...»"
    r"|(?-i:ОШБ|ОМСБ|ОМСБр|ОДШБ|ДШБ|ОМБ|ОМБр|ОШБр|ОБрМП|ОМПБ|ОМПБр|ОРБ|ОСБ|ОТБ|ОБ|ДШП|ОМСП|ОШО|ОШП|ШО|ШР|ШБ"
    r")"
    # in English its arm before the noun belongs to it too: 'assault company "Storm-12"', 'the sniper platoon "Sych"'
    r"|(?:(?:assault|storm|motor|rifle|tank|mortar|sniper|recon|reconnaissance|penal|special|separate|volunteer"
    r"|drone|artillery)\s+){0,2}(?:battalion|brigade|regiment|detachment|company|platoon|battery)"
    # a special forces unit by its name: "отряда спецназа «Оберег»", "отдельного батальона спецназа «Сармат»"
    r"|(?:(?:отдельн|окрем)\p{L}*\s+)?(?:отряд|загін|загон|батальй?он|полк|рот)\p{L}*\s+спецназ\p{L}*)"
    # the police's own: "полка полиции специального назначения «Ахмат-Грозный»", "батальйону поліції особливого
    # призначення «Дніпро-1»"
    r"(?:\s+(?:(?:полиции|поліції)\s+)?(?:специального\s+назначения|спеціального\s+призначення|оперативного\s+призначення"
    # "отряде мобильном особого назначения «...»": the riot police unit of a region, its words inverted
    r"|(?:мобильн\p{L}*\s+)?особого\s+назначения|(?:мобільн\p{L}*\s+)?особливого\s+призначення"
    # what the sub-unit is for, in the genitive: "роти ударних БпЛА «...»", "роті вогневої підтримки «...»",
    # "взвода беспилотных систем «...»"
    r"|(?:\p{Ll}+(?:их|ых|ої|ой)\s+){1,3}(?:\p{Ll}+(?:ів|ов|ок|ки|ти|ем|ей)|(?-i:БпЛА|БПЛА|РЕБ|РЭБ|ППО|ПВО|ПТУР))"
    r"))?"
    r"\s*[«\"“„](?-i:\p{Lu})[\p{L}\d\s—–-]{0,25}[»\"”“]"
    # A border post and a unit abbreviation with its name: "прикордонна застава «Рудка»", "ОШП «Свобода»",
    # "ОШБ «Аратта»" (a "застава" alone is also a bail, so the border adjective or a unit word must be there).
    r"|\b(?:(?:прикордонн|пограничн)\p{L}*\s+застав\p{L}*"
    # a border command's post: "отделение пограничной комендатуры «...»", "прикордонної комендатури «...»"
    r"|(?:(?:отделени|відділенн)\p{L}*\s+)?(?:прикордонн|пограничн)\p{L}*\s+комендатур\p{L}*|(?:прикордонн\p{L}*\s+)?відділ\p{L}{0,2}\s+прикордонної"
    r"\s+служби|отдел\p{L}{0,2}\s+пограничной\s+службы|(?-i:ОПОН|ОШП|ОШБ|ОШБр|ОМБр|ОМПБ|ОМПБр|ОГШБр|ОДШБр|ОАБр|ОТБр|ОМБ|ОШО|ОБрОП|ОПП|ОСП|ОБСП|ОРБ|ОРБр))"
    r"\s*[«\"“„](?-i:\p{Lu})[\p{L}\d\s'’-]{0,25}[»\"”“]"
    # a riot-police or rapid-response unit of a region with its name, quoted as a translation quotes it: "СОБР
    # «Рубіж»", "наш ОМОН «Терек»", "Our OMON 'Terek'", "SOBR "Grom"" (the region's directorate alone is public; its
    # named detachment is the man's own)
    r"|\b(?-i:ОМОН|СОБР|ОМСН|OMON|SOBR|OMSN)\s*(?:[«\"“„‘](?-i:\p{Lu})[\p{L}\d\s'’-]{0,25}[»\"”“’]"
    r"|(?<![\p{L}])'(?-i:\p{Lu})[\p{L}\d\s-]{0,25}'(?![\p{L}]))"
    # the region's riot police by its directorate alone: "ОМОНа Управления Росгвардии по Курской области"
    r"|\b(?-i:ОМОН|СОБР|ОМСН|ОПОН)(?:а|у|ом|е)?"
    + _DIRECTORATE_RU
    # a quoted name holding its own unit noun, and the formation it belongs to: "«Уральский батальон» БАРС-7"
    + r"|[«\"“„]\p{Lu}[\p{L}\s-]{1,25}\s(?:батальй?он|бригад[аи]|отряд|полк|загін|дружин[аи]|легіон|легион)[»\"”“]"
    r"(?:\s+(?-i:БАРС|BARS)\s?-?\s?\d{1,3}\b)?"
    # the quoted name before its noun, as Russian and Ukrainian also write it: "(«Южноуральский» батальон)", "в
    # «Тигре» отряде", "«Вовки» батальйону"
     + r"|[«\"“„](?-i:\p{Lu})[\p{L}\d\s-]{1,25}[»\"”“]\s+(?:" + _BRANCH_ADJ + r"\s+)?(?:батальй?он|отряд|загін|загон"
    # ("дружина" before a capitalised name is a wife: "виклала в «Одноклассниках» дружина Ксенія")
    r"|полк|бригад|дружин(?!\p{L}{0,3}\s+(?-i:\p{Lu}\p{Ll}))|легіон|легион)\p{L}{0,3}\b"
    # A formation's capitals-and-number name needs no quotes ("штурмовой отряд БАРС-16"); after a company or
    # battery the same shape is a weapon ("роте БМП-2"), so only after a detachment or battalion.
    r"|\b(?:" + _BRANCH_ADJ + r"\s+){0,2}(?:батальй?он\p{L}*|отряд\p{L}*|загін\p{L}*|загон\p{L}*"
    r"|battalion|detachment)\s+(?-i:\p{Lu}{2,}\s?-\s?\d{1,3})\b"
    # A quoted name of one to three words, with a number ("«Dnipro-1»") and what the unit does in lower case before
    # its noun: "the «Karpatska Sich» battalion", "the "Bars-13" volunteer detachment", "«Orenburg» volunteer assault
    # detachment"; the force it belongs to after it ("regiment of the National Guard").
    r"|[«\"“„]\p{Lu}[\p{L}\d-]{1,20}(?:\s\p{Lu}[\p{L}\d-]{1,20}){0,2}[»\"”“](?:\s+" + _ARM_EN + r"){0,3}"
    r"\s+(?:battalion|brigade|regiment|detachment)\b"
    + TAIL_EN
    # single quotes (British style): the name only, the noun after it stays plain ("the 'Kara-Dag' brigade")
    + r"|(?P<v>['‘](?-i:\p{Lu})[\p{L}-]{1,20}(?<=\p{L})['’])(?=\s+(?:battalion|brigade|regiment|detachment)\b)"
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
# A unit's nickname, said to be one: "a company commander in the Steppe Foxes, as the 99th Brigade is nicknamed",
# "the brigade known as the "Night Owls"", "бригаду прозвали «Нічні сови»". Only near unit words.
_NICK = r"[«\"„“]?(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})[»\"“”]?"
UNIT_NICKNAME = (
    r"\b(?:brigade|battalion|regiment|detachment|company|unit|division)s?,?(?:\s+\p{Ll}+){0,2}?\s+"
    r"(?:nicknamed|dubbed|known\s+as|called)\s+(?:the\s+)?(?P<v>" + _NICK + r")"
    r"|(?:(?<=\bthe\s)|(?<=[«\"„“]))(?P<v>(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}))[»\"“”]?,?\s+as\s+"
    r"(?:the\s+)?\d{1,4}(?:st|nd|rd|th)?\b[^.;\n]{0,60}?\s+is\s+(?:nicknamed|known|called)"
    r"|\b(?:бригад|батальй?он|полк|рот[аиуеі]|загін|загон|отряд|підрозділ|подразделени)\p{L}*,?(?:\s+\p{L}+){0,3}?\s+"
    r"(?:прозвал\p{L}*|прозван\p{L}*|прозвали|називають|называют|відом\p{L}*\s+як|известн\p{L}*\s+как"
    r"|на\s+прізвисько|по\s+прозвищу)\s+(?P<v>[«\"„“]\p{Lu}[\p{L}\s'’-]{1,30}[»\"“”])"
)
# A capitalised name before a unit noun: "the Edelweiss detachment", "the Khartiia brigade of the National Guard".
# Not a determiner, nation, arm or rank: "The brigade", "Russian battalion", "Marine brigade", "Guards regiment".
_NOT_A_NAME_EN = (
    r"(?:The|A|An|This|That|These|Those|Each|Every|Our|His|Her|Their|Its|My|Your|One|Which|What|Whose|Another|Same|Whole|Entire"
    r"|Russian|Ukrainian|Belarusian|Chechen|Georgian|Polish|American|British|Foreign|International|National|Local"
    r"|Soviet|German|French|Turkish|Chinese|Korean|Nazi|Allied|Imperial|Royal|Red|Enemy|Infantry|Cavalry|Airborne"
    r"|Volunteer|Territorial|Defen[cs]e|Army|Navy|Military|Penal|Storm|Special|Combined|Reserve|Separate|Guards?"
    r"|When|Then|After|Before|In|On|At|From|With|Of|For|His|New|Old|Former|First|Second|Third|Last|Next|Own|Her"
    r"|Commander|Colonel|Major|Captain|General|Lieutenant|Sergeant|Private|Soldier|Brigade|Battalion|Regiment"
    r"|Medical|Engineering|Mortar|Drone|Sniper|Support|Logistics|Repair|Signal|Training|Punitive|Rear|Penal|Naval"
    r"|Border|Police|Presidential|Honou?r|Guard|Tank|Rifle|Marine|Infantry|Artillery|Cossack|Assault|Strike|Elite"
    # a month or a day before a unit noun is when, not a name ("since March brigade commanders")
    r"|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# One word of a unit's name: "Edelweiss", "Sever-V", "Da", "Vinci"; not a determiner, nation, arm or rank.
# Nor a word of a state body or outlet ("the Interior Ministry battalion", "the Kharkiv Oblast brigade").
_BODY_WORD_EN = (
    r"(?:Ministry|Directorate|Service|Oblast|Region|Krai|District|Post|Office|Agency|Committee|Forces|Staff"
    r"|Intelligence|Security|Interior|Affairs|Times|News|Police|Government|Administration|Council|Federation"
    # a national service's own division is its office ("the district Rosgvardia division")
    r"|Rosgvardiy?a|Rosguard)"
)
_NAME_WORD_EN = (
    r"(?!" + _NOT_A_NAME_EN + r"\b)(?!" + MOD + r"\b)(?!" + _BODY_WORD_EN + r"\b)"
    r"\p{Lu}\p{Ll}+(?:-(?:\p{Lu}[\p{Ll}\d]*|\d{1,3}))?(?![\p{L}\d'’])"
)
_NAMED_NOUN_EN = r"(?:detachment|battalion|brigade|regiment|division|Detachment|Battalion|Brigade|Regiment|Division)"
UNIT_NAMED_EN = (
    # Inside a sentence: after a lower-case word, a determiner, a possessive, a comma or a speaker's colon ("S:
    # Kalach division is here"), or right after a quote or a bracket ('("Kyiv air defence regiment")'); not in a
    # title-case headline ("Soldier Joins Brigade") nor on a sentence's first word ("Later volunteer battalion ...").
    # One to three words of name ("the Da Vinci Wolves battalion", "the Kastus Kalinouski Regiment", "the whole Pskov
    # division", "Tatarstan's Alga volunteer battalion"), then what the unit does in any case, then its noun; "unit"
    # too in lower case ("the Yamal unit").
    r"(?-i:(?=\p{Lu})(?:(?<=(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ww]hole|[Ee]ntire)|\b\p{Ll}+|['’]s"
    r"|[,;:(—–])\s+)|(?<=[(«\"“„]))"
    + _NAME_WORD_EN
    # a town's police regiment by the town's name alone is its police, no named unit ("The Kedrovsk police regiment")
    + r"(?:(?:\s+"
    + _NAME_WORD_EN
    + r"){1,2}|(?<=-\p{L}+)|(?!\s+police\s))(?:\s+"
    + _ARM_ANY_EN
    + r"){0,3}"
    r"\s+(?:" + _NAMED_NOUN_EN + r"s?|unit))\b(?!-\p{L})" + TAIL_EN
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
    r"(?:\s*№\s*\d{1,3}|\s*[«\"„“]\p{Lu}[\p{L}\d\s-]{0,25}[»\"“”])?"
    + _COMMUNITY_UK
    + r"|\bдобровольческ\p{L}*\s+формировани\p{L}*(?:\s+территориальн\p{L}*\s+общин\p{L}*)?"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}+(?:ой|ого))(?:\s+(?:городской|поселковой|сельской))?\s+(?:общины|громады))"
    r"|\b(?:local\s+)?volunteer\s+formation\s+of\s+the\s+(?-i:\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:territorial|urban|rural"
    r"|village|town|city)\s+)?(?:community|hromada)"
    r"|(?-i:\b\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:territorial|urban|rural|village|town|city)\s+)?(?:community|hromada)"
    r"\s+volunteer\s+formation"
)
