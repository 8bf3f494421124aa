"""The military-unit grammar, English: ordinals in digits and words, modifiers, unit nouns, Ukrainian abbreviations
in Latin letters, "of the ..." and "named after ..." tails, bare ordinals. Used by
:mod:`redact.recognizers.military_unit`.
"""

from __future__ import annotations

# --- English ordinal + type ---------------------------------------------------------------------
MOD = (
    r"(?:Separate|Guards?|Motori[sz]ed|Motor|Rifle|Tank|Mechani[sz]ed|Marine|Naval|Infantry|Airborne|Air|Assault"
    r"|Artillery|Special|Purpose|Forces|Recon(?:naissance)?|Engineer|Combined|Arms|Volunteer|Mountain|Territorial"
    r"|Defen[cs]e|Airmobile|Parachute|Missile|Operational|Reserve|Storm|Spetsnaz|Sapper|Signals|Rocket|Arctic"
    r"|Anti-?aircraft|Howitzer|Self-propelled|Landing|Light|Heavy|Jaeger|Rifles|Brigade|Regiment)"
)
TYPE_EN = (
    r"(?:Army\s+Corps|Brigades?|Regiments?|Battalions?|Bn|Compan(?:y|ies)|Coy|Platoons?|Squads?|Divisions?|Army"
    r"|Armies|Corps|Detachments?|Batter(?:y|ies)|BTGs?|MRB|MRR|CAA|Squadrons?|Flotillas?|Fleets?"
    # the abbreviations of English military writing, after an ordinal as orders of battle write them: "1st Bn., 155th
    # Bde.", "the 5th Regt", "2nd Bty", "3rd Plt", "4th Sqn"
    r"|(?-i:Bde|BDE|Regt|Bty|Plt|Sqn)"
    # a base abroad by its number: "the 201st Military Base", "the 102nd Russian military base"
    r"|(?:Russian\s+)?Military\s+Base)"
)
# Arms and functions that stand only before a unit noun (not in MOD, which also ends a designation with the noun
# understood: "the 58th motorized infantry"): "fifty-first paratrooper regiment", "the 3rd pontoon bridge battalion".
_MOD_BEFORE_NOUN = (
    r"(?:Paratroop(?:er)?s?|Commando|Ranger|Pontoon|Bridg(?:e|ing)|Coastal|Border|Chemical|Radiation|Communications?"
    r"|Electronic|Warfare|EW|Unmanned|Systems|Drones?|UAV|Snipers?|Mortar|Logistics?|Support|Medical|Repair"
    r"|Maintenance|Transport|Security|Commandant|Presidential|Rapid|Reaction|Strike|Aerial|Guard|National|Fighting"
    r"|Anti-?tank|Radio-?technical|Radar|Flamethrower|Combat|Training|Penal|Cossack|Independent|Mechanised|Attack"
    r"|Expeditionary|Railway|Pipeline|Automobile|Motorcycle|Electronic-warfare|Air-?defen[cs]e|Rifle-?motor|Mobile"
    # territorial defence by its abbreviation, as translations keep it: "the 113th TDF brigade", "241st TrO Brigade"
    r"|(?-i:TDF|TrO|TRO)"
    # the service or force by its abbreviation, between the ordinal and the noun as English retellings keep it: "the
    # 18th NGU brigade", "the 11th BARS detachment", "the 4th SSO regiment", "the 45th VDV brigade", "the 2nd DShV
    # battalion" (two to five letters, capitals at both ends; only ever before a unit noun here)
    r"|(?-i:\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu}))"
)
_MODS = r"(?:" + MOD + r"|" + _MOD_BEFORE_NOUN + r")"
ORD_EN_NUM = r"\d{1,4}(?:st|nd|rd|th)"
_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_CARD_UNITS_EN = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_EN = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS_EN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_ORD_EN = (
    r"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
)
# A three-digit number read out digit group by digit group, as soldiers and translators say unit numbers:
# "the two-seventy-ninth", "one fifty-fifth brigade" (a fraction, "one fifth", has no tens word).
# A mobilised regiment's four digits the same way, its hundreds in teens: "the twelve-eighty-first", "fourteen
# thirty-ninth".
ORD_EN_DIGITWISE = (
    r"(?:(?:"
    + _CARD_UNITS_EN
    + r"|"
    + _TEENS_EN
    + r")[-\s](?:"
    + _TENS_EN
    + r"[-\s]"
    + _UNITS
    + r"|"
    + _TENS_ORD_EN
    + r"))"
)
# A unit's number read out as a cardinal, as soldiers say it on the phone: digit by digit ("the one-five-five", "the
# two-oh-one", "of the four-seven-one") or by its hundreds and tens ("the two-seventy-nine", "one-fifty-five").
# Hyphens only and three or four digits, the first never zero: "four-five guys" is a guess at a count; a phone number
# read the same way comes in comma-separated groups after a number cue, never after "the" or "our".
# "niner" is how radio voice procedure says nine: a number said that way is read out, two digits too ("the two-niner").
_DIGIT_WORD_EN = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|niner)"
NUM_EN_READOUT = (
    r"(?:" + _CARD_UNITS_EN + r"(?:-" + _DIGIT_WORD_EN + r"){2,3}"
    r"|(?:"
    + _CARD_UNITS_EN
    + r"|niner)-niner|niner-"
    + _DIGIT_WORD_EN
    + r"|"
    + _CARD_UNITS_EN
    + r"-"
    + _TENS_EN
    + r"(?:-"
    + _CARD_UNITS_EN
    + r")?"
    # four digits by hundreds in teens, never a round or a time ("twelve-thirty"): "the twelve-eighty-one"
    + r"|"
    + _TEENS_EN
    + r"-"
    + _TENS_EN
    + r"-"
    + _CARD_UNITS_EN
    + r")(?![-\p{L}])"
)
# A unit's number read out digit by digit, its last digit an ordinal: "the one-four-three-ninth regiment", "the
# two-nine-first", "one-five-fifth" (hyphens only, three or four digits).
ORD_EN_READOUT = (
    r"(?:"
    + _CARD_UNITS_EN
    + r"|niner)(?:-(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|niner)){1,2}-(?:"
    + _UNITS
    + r")(?![-\p{L}])"
)
# "Two hundred forty-fifth", "one hundred and fifty-fifth", "Thirty-seventh", "hundredth".
ORD_EN_WORD = (
    r"(?:"
    + ORD_EN_READOUT
    + r"|"
    + ORD_EN_DIGITWISE
    # the count before "hundred" may be left out, as "сто тридцать восьмая" is translated: "the hundred and
    # thirty-eighth"
    + r"|(?:(?:(?:(?:"
    + _CARD_UNITS_EN
    + r"|a)[-\s]+)?hundred(?:[-\s]+and)?[-\s]+)?(?:"
    + _TENS_EN
    + r"[-\s]"
    + _UNITS
    + r"|"
    + _UNITS
    + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
    r"|(?:" + _CARD_UNITS_EN + r"[-\s]+)?hundredth))"
)
# A name in single quotes, as British style writes a unit's name: "the 'Rubizh' brigade", "‘Kara-Dag’".
_SINGLE_QUOTED = r"['‘](?-i:\p{Lu})[^'‘’\"“”«»\n]{1,30}(?<=\p{L})['’](?!\p{L})"
_ONE_EN = (
    # Modifiers: the known words in any case, or any capitalised name ("1st Slavic Brigade").
    r"(?:"
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + r")(?:\s+(?:"
    + _MODS
    # a unit's name in quotes between its ordinal and its noun: 'the 93rd "Kholodnyi Yar" brigade'
    # a capitalised name, hyphenated honours too: "Zvenigorod-Berlin", "Kharkiv-Vilnius"
    + r"|(?-i:\p{Lu}[\p{Ll}']+(?:-\p{Lu}?[\p{Ll}']+)*-?)|[«\"“„](?-i:\p{Lu})[^\"“”«»\n]{1,30}[»\"”“]|"
    + _SINGLE_QUOTED
    # its orders among its honours, as official names translate them: "the 1st Guards Motor Rifle Sevastopol Red
    # Banner Regiment", "the 200th Separate Guards Motor Rifle Pechenga Order of Kutuzov Brigade"
    + r"|(?-i:Orders?\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?)"
    + r")){0,8}\s+(?:"
    + TYPE_EN
    # a border guard's posts by their number: "the 2nd border outpost", "the 3rd border commandant's office"
    + r"|outposts?|commandant['’]?s?\s+offices?)\b"
    # its honorary name in quotes after the noun, as Ukrinform and Ukrainska Pravda write it: "the 47th Separate
    # Mechanized Brigade "Magura"", "the 10th mobile border detachment «Hart»"
    + r"(?:\s+[«\"“„](?-i:\p{Lu})[^\"“”«»\n]{1,30}[»\"”“])?"
    # a kind in brackets belongs to the name: "(DNR)", "the 34th separate motor rifle brigade (mountain)"
    r"(?:\s+\((?:DNR|LNR|DPR|LPR|GRU|[Mm]ountain|[Aa]rctic|[Aa]irborne|[Aa]ir\s+[Aa]ssault|[Rr]eserve)\))?"
)
# What follows a designation and names it too: "of the Special Operations Forces", "named after Prince Roman".
TAIL_EN = (
    r"(?:\s+of\s+the\s+(?:special\s+(?:operations\s+)?(?:forces|purpose)|airborne\s+(?:forces|troops)|marines?"
    r"|navy|national\s+guard|territorial\s+defen[cs]e(?:\s+forces)?"
    # the fleet or flotilla it belongs to: "of the Black Sea Fleet", "of the Northern Fleet", "of the Caspian Flotilla"
    r"|(?-i:SSO|GUR|HUR|NGU|VDV|DShV|DPR|LPR|DNR|LNR|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Fleet|Flotilla))"
    # a region's territorial defence: "of the Zakarpattia TDF", "of the Kyiv Oblast Territorial Defense Forces"
    r"|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+(?:Oblast|[Rr]egion))?\s+(?:TDF|TrO|Territorial\s+Defen[cs]e"
    r"(?:\s+Forces)?))))?"
    # "named after the Knights of the Winter Campaign", "named after Hetman Ivan Vyhovsky".
    r"(?:,?\s+named\s+after\s+(?:the\s+)?(?-i:(?:\p{Ll}+\s+){0,1}\p{Lu}[\p{L}'’-]+"
    # a ruler's epithet after its article: "named after Prince Roman the Great", "named after Yaroslav the Wise"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|the\s+)?\p{Lu}[\p{L}'’-]+){0,5}))?"
)
# Ukrainian abbreviations in Latin letters: "59 OMPBr", "47 OMBr".
_ABBR_LAT = (
    r"(?-i:OMBr|OShBr|OShB|OShP|OBrOP|OMPBr|OMPB|OBrMP|ODShBr|OPDBr|OAeMBr|OAMBr|OMSBr|OMSBR|OTBr|OGShBr|OBrTrO|OABr|MSP|ODShB|DShB|OBrSpN"
    r"|MSB|MSR|PDP|DShP|OMSB)"
)
_ORD_TRANSLIT = r"-(?:ya|aya|ia|iy|yi|y|i|oy|oi|go|ogo|m|om|oi|ii|yy|ey)"
_ONE_EN_ANY = (
    # a mobilised regiment's four digits too: "1435 MSP", "the 1009th MSP"
    r"(?:" + _ONE_EN + r"|\d{1,4}(?:st|nd|rd|th|" + _ORD_TRANSLIT + r")?\s*" + _ABBR_LAT + r"\b"
    # its honorary name in quotes after the abbreviation: '47 OMBr "Magura"', "93 OMBr «Kholodnyi Yar»"
    r"(?:\s+[«\"“„](?-i:\p{Lu})[^\"“”«»\n]{1,30}[»\"”“])?"
    r"|\d{1,3}" + _ORD_TRANSLIT + r"(?:\s+" + _MODS + r"){0,5}\s+" + TYPE_EN + r"\b)"
)
# A unit named by a quoted name only: "the "Rubizh" brigade", "the 'Kara-Dag' brigade".
_NAMED_ONE_EN = (
    r"(?:[«\"“„](?-i:\p{Lu})[^\"“”«»\n]{1,30}[»\"”“]|" + _SINGLE_QUOTED + r")\s+"
    r"(?:brigade|regiment|battalion|division|detachment|corps|company|platoon|battery|squad|unit|Brigade|Regiment"
    r"|Battalion|Division|Detachment|Corps|Company|Platoon|Battery|Squad|Unit)\b"
)
# An ordinal and the unit's honorary name, its noun understood, as obituaries and brigade news write it: 'the 47th
# "Magura"', "the 93rd «Kholodnyi Yar»" (with unit words near: a quoted title after an ordinal may be a season's),
# and an ordinal "named after" its patron: "the 72nd named after the Black Zaporozhians".
# A title with a lower-case word in it ('the 3rd "Hero of Ukraine"') is an award or a show, no unit's name.
UNIT_ORD_NAMED_EN = (
    r"\b(?:"
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + r")\s+[«\"“„](?-i:\p{Lu})(?![^\"“”«»\n]*\s\p{Ll})[^\"“”«»\n]{1,30}[»\"”“]"
)
UNIT_ORD_PATRON_EN = r"\b" + ORD_EN_NUM + r"(?=,?\s+named\s+after\s+(?:the\s+)?(?-i:\p{Lu}))" + TAIL_EN
# A unit by its quoted name before a noun of any unit, as speech and obituaries name a volunteer or assault unit:
# 'the "Veterans" unit', "the «Sych» platoon", "the 'Kedr' company". The name is withheld, the noun stays plain as
# after a brigade's or battalion's quoted name.
UNIT_QUOTED_NAME_EN = (
    # a police, rescue or other service's own unit is public, a service's known team ('the National Police "White
    # Angels" unit', 'the State Emergency Service "Phoenix" unit')
    r"(?<![\p{L}\d])(?<!(?:police|[Pp]olice|rescue|[Rr]escue|[Ee]mergency|[Ss]ervice|[Ss]ervices|[Pp]atrol|SES|SBU|NABU)\s+)"
    r"(?P<v>[«\"“„](?-i:\p{Lu})[^\"“”«»\n]{1,30}[»\"”“]|"
    + _SINGLE_QUOTED
    + r")(?=\s+(?:unit|company|platoon|squad|battery)\b)"
)
# A unit's number after its noun: "military unit 6792", "m/u 95383", "field post 12345", "#military_unit_46108".
# "MU 12345" / "MU A4010": the capitals of "military unit", as English releases abbreviate it.
_NUMBERED_EN = (
    r"(?:(?:military|army)[\s_]+unit|m/u|v/ch|(?-i:MU)|field[\s_]+post)[\s_]+(?:No\.?\s*)?(?-i:[AVB]-?)?\d{4,5}\b"
)
# The designation a unit number belongs to, as prosecutors' releases add it: "military unit 41852 of the 36th separate
# motorized rifle brigade of the 29th combined arms army".
_NUMBERED_TAIL_EN = r"(?:\s+of\s+the\s+" + _ONE_EN_ANY + r"(?:\s+of\s+the\s+" + _ONE_EN_ANY + r"){0,3})?"
# A designation inside another: "of the 47th brigade", and the possessive "the 36th Army's 37th brigade"; the
# named or numbered unit it belongs to ends the chain: "of the 'Rubizh' brigade", "of military unit 6792".
# A unit named by its town, ending a chain: "of the Sumy border detachment", "of the Kedrivka territorial defence
# battalion" (a kind word between them: "the Wagner group" is none).
_TOWN_NAMED_EN = r"(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?:\s+" + _MODS + r"){1,3}\s+" + TYPE_EN + r"\b"
_CHAIN_EN = (
    r"(?:(?:\s+of\s+the\s+|['’]s\s+)" + _ONE_EN_ANY + r")*"
    r"(?:\s+of\s+(?:the\s+)?(?:"
    + _NAMED_ONE_EN
    + r"|"
    + _NUMBERED_EN
    + _NUMBERED_TAIL_EN
    + r")|\s+of\s+the\s+"
    + _TOWN_NAMED_EN
    + r")?"
)
UNIT_NUMBERED_CHAIN_EN = r"\b" + _NUMBERED_EN + r"\s+of\s+the\s+" + _ONE_EN_ANY + _CHAIN_EN + TAIL_EN
_ORD_EN_BODY = r"\b" + _ONE_EN_ANY + _CHAIN_EN + r"(?:\s+of\s+the\s+" + ORD_EN_NUM + r"\b)?" + TAIL_EN
UNIT_ORD_EN = r"(?:(?-i:\b(?:\p{Lu}\p{Ll}+\s+)?Territorial\s+Defen[cs]e(?:\s+Forces)?)\s+)?" + _ORD_EN_BODY
# Where it can start (CuedPattern.starts): the territorial defence before it, its capital first, or the designation
# itself. The capitalised word costs the whole pattern its first characters: scanned, it was tried at every letter.
UNIT_ORD_EN_STARTS = (r"(?-i:\b\p{Lu}(?=\p{Ll}+\s+Territorial|erritorial))", r"(?=" + _ORD_EN_BODY + r")")
# An unnumbered sub-unit of a numbered one: "the rocket artillery battalion of the 36th Separate ... Brigade".
# The sub-unit may be a post or office of a border or security unit: "the rapid response commandant's office of the
# 31st border detachment", "the operational battalion of military unit 6792", "an outpost of the 9th detachment".
# A group by its task, as Ukrainian units name their crews: "the mobile fire group of the 114th TDF brigade", "an
# assault group of the 3rd battalion" (not "a group of": the task word is needed).
_HEAD_TYPE_EN = (
    r"(?:" + TYPE_EN + r"|commandant['’]s\s+offices?|commandant\s+offices?|outposts?"
    r"|(?:fire|assault|storm|sabotage|recon(?:naissance)?|evacuation|strike|search|manoeuvre|maneuver|shock|drone"
    r"|mortar|sniper|UAV|evacuation)\s+groups?)"
)
UNIT_HEAD_EN = (
    r"\b(?:(?:"
    + MOD
    + r"|rocket|support|fire|sniper|mortar|drone|medical|anti-tank|anti-armou?r|security|signal|repair|response|patrol"
    r"|escort|evacuation|mobile|material|materiel|technical|supply|headquarters|command|engineering|"
    + _MOD_BEFORE_NOUN
    # two arms joined: "the engineering and sapper battalion of ...", "the repair and maintenance company of ..."
    + r")(?:\s+and)?\s+){0,3}"
    + _HEAD_TYPE_EN
    + r"\s+of\s+(?:the\s+(?:"
    + _ONE_EN_ANY
    + _CHAIN_EN
    + r"|"
    + _NAMED_ONE_EN
    # "the second battalion of the four-seven-one": the number read out, the noun understood
    + r"|"
    + NUM_EN_READOUT
    + r")|"
    + _NUMBERED_EN
    + _NUMBERED_TAIL_EN
    + r")"
    + TAIL_EN
)
# An ordinal and two or more arms with the noun understood: "the 58th motorized infantry"; one arm in Title case is
# the unit's short name ("the newly formed 3rd Assault", "the 93rd Mechanized", "the 37th Guards are next to us").
UNIT_ORD_MODS_EN = (
    r"\b" + ORD_EN_NUM + r"(?:\s+" + MOD + r"){2,4}\b(?!\s+" + TYPE_EN + r")"
    r"|\b"
    + ORD_EN_NUM
    + r"\s+(?-i:Guards|Assault|Airborne|Mechani[sz]ed|Marines?|Tank|Jaeger|Spetsnaz|Airmobile|Mountain"
    r"|Motori[sz]ed|Artillery|Infantry)\b(?!\s+(?:" + TYPE_EN + r"|" + MOD + r")\b)(?![-’'])"
    r"|\b" + ORD_EN_WORD + r"(?:\s+" + MOD + r"){2,4}\b(?=\s*(?:[.,;:!?)—–]|$))"
    # one arm in lower case (none that is also a thing or an attack: "the 2nd tank", "the 3rd assault"), the clause
    # ending or going on with an adverb, as speech is transcribed: "we're in the 64th
    # motorized now", "with the 200th airborne."
    r"|\b" + ORD_EN_NUM + r"\s+(?:motori[sz]ed|mechani[sz]ed|airborne|airmobile|guards|spetsnaz|jaeger)"
    r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:now|then|too|again|already|still|together|anymore|since|until)\b)"
    # the unit by its men, as soldiers and reporters say it: "the 810th marines are on our flank", "the 76th
    # paratroopers", "the 45th spetsnaz"
    r"|\b"
    + ORD_EN_NUM
    + r"\s+(?:marines|paratroop(?:er)?s|paras|spetsnaz|tankers|airborne\s+troops|naval\s+infantry)\b"
)
_NOT_TD_PLACE = (
    r"(?:The|A|An|His|Her|Their|Our|My|Its|This|That|Local|National|Ukraine|Ukrainian|Russia|Russian|Belarus"
    r"|Belarusian|Moldova|Estonian|Latvian|Lithuanian|Polish|Georgian|Joined|Join|In|Into|From|With|Of|And|When|After"
    r"|Before|Then|Former|New|Old|Volunteer|Separate|Brigade|Battalion|Regional|City|Oblast|District|Territorial)"
)
# A place's territorial defence, the place first (see UNIT_TERDEF_EN).
_TD_OF_PLACE_EN = (
    r"(?-i:\b(?!" + _NOT_TD_PLACE + r"\b)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?!['’])"
    r"(?:\s+(?:regional|region|oblast|city|district|raion|town|municipal))?\s+"
    r"(?:territorial\s+defen[cs]e(?:\s+forces)?|(?-i:TDF|TrO|TRO|TD))\b"
    r"(?:\s+(?:brigade|battalion|regiment|unit|company|detachment)\b)?(?:\s*\(\d{1,3}(?:st|nd|rd|th)?\))?"
)
# Territorial defence of a region: "Territorial Defense battalion of Vinnytsia Oblast", "116 brigade of the
# Poltava Territorial Defense".
UNIT_TERDEF_EN = (
    r"(?-i:\bTerritorial\s+Defen[cs]e(?:\s+Forces)?)\s+(?:battalion|brigade|unit|company)\s+of\s+(?:the\s+)?"
    r"(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:Oblast|region|Region))?"
    r"|\b\d{1,3}(?:st|nd|rd|th)?\s+(?:brigade|battalion|regiment)\s+of\s+the\s+(?-i:\p{Lu}\p{Ll}+\s+)?"
    r"(?-i:Territorial\s+Defen[cs]e)(?:\s+Forces)?"
    # The place before it, in any case, with the abbreviations translations keep: "the Sumy territorial defense",
    # "Rivne regional TDF brigade (104th)", "a Kharkiv city TrO battalion", "Lviv Oblast Territorial Defence Forces".
    # A nation's is the whole force ("Ukraine's territorial defence", "the Ukrainian TDF"), not a unit.
    + r"|"
    + _TD_OF_PLACE_EN
    # "the territorial defence of Sumy", "Territorial Defense Forces of the Poltava region".
    + r"|\bterritorial\s+defen[cs]e(?:\s+forces)?\s+of\s+(?:the\s+)?(?-i:(?!"
    + _NOT_TD_PLACE
    + r"\b)"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?:\s+(?:region|oblast|city|district))?"
)
# Where it can start (CuedPattern.starts): the capital of the place before a territorial defence, or the rest of the
# pattern. The place's capital costs the whole pattern its first characters: scanned, it was tried at every letter.
UNIT_TERDEF_EN_STARTS = (
    r"\b(?=(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?:\s+(?:regional|region|oblast|city|district|raion|town|municipal))?"
    r"\s+(?:territorial\s+defen[cs]e|(?-i:TDF|TrO|TRO|TD))\b)",
    r"(?=" + UNIT_TERDEF_EN.replace("|" + _TD_OF_PLACE_EN, "", 1) + r")",
)
# A cardinal as written in translations: "37 separate motorized rifle brigade", "112 Regiment" (a count such as
# "3 companies" or "two battalions" is plural; a singular noun after a bare number needs a modifier or a capital).
_TYPE_EN_ONE = r"(?:Army\s+Corps|Brigade|Regiment|Battalion|Division|Corps|Detachment|Squadron|Flotilla)"
UNIT_CARD_EN = (
    # Three or four digits before a lower-case singular noun are a regiment's or brigade's number, not a count ("the
    # 1231 regiment", "the 1427 motor rifle regiment"); not a year or a round number, not a noun used as a modifier
    # ("1500 brigade patches").
    r"\b(?!(?:19|20)\d\d\b)(?!\d0{2,}\b)\d{3,4}(?:\s+"
    + _MODS
    # a closing quote may follow ("the chat 'wives of the 1231 regiment'"), a possessive or hyphen may not
    + r"){0,5}\s+(?:regiment|brigade|division|battalion|detachment)\b(?!\s+\p{Ll}+s\b)(?!['’]\p{L}|-)"
    + TAIL_EN
    + r"|\b\d{1,3}(?:\s+"
    + _MODS
    + r"){1,5}\s+"
    + _TYPE_EN_ONE
    + r"\b"
    + TAIL_EN
    + r"|\b\d{1,3}\s+(?-i:"
    + _TYPE_EN_ONE
    + r")\b"
    + TAIL_EN
)
# The number after the noun: "Territorial Defense Forces 118", "Brigade 155", "Regiment No. 7", "Company 3".
UNIT_NOUN_NUM_EN = (
    r"(?-i:\b(?:(?:" + MOD + r"|Forces)\s+){0,4}(?:Brigade|Regiment|Battalion|Division|Detachment|Forces|Corps"
    r"|Company|Platoon|Battery|Squadron)"
    r"\s+(?:No\.?\s*|#\s?)?(?!(?:19|20)\d\d\b)\d{1,4})\b(?![.,]\d)"
    # in lower case, as speech is transcribed, when an arm says it is a unit and not a count or a page: "assault
    # detachment 4", "storm company No. 7", "sniper platoon 2"; no count of men or things after the number.
    # A regiment or brigade by the number lists translate after the noun ("мсп 1486" -> "motor rifle regiment 1486"):
    # up to four digits, never a year.
    r"|\b(?:assault|storm|motor\s+rifle|motori[sz]ed\s+rifle|rifle|tank|recon(?:naissance)?|sniper|mortar|artillery"
    r"|spetsnaz|penal|drone|airborne|air\s+assault|marine|paratroop(?:er)?|mechani[sz]ed|separate)"
    r"\s+(?:detachment|company|battalion|platoon|squad|group|battery|regiment|brigade|division)"
    r"\s+(?:No\.?\s*|#\s?|number\s+)?(?!(?:19|20)\d\d\b)"
    r"\d{1,4}\b(?![.,:]\d)(?!\s+(?:men|people|guys|soldiers|fighters|of|times|km|kilomet\p{L}*|met(?:er|re)s|days|hours"
    r"|minutes|percent|tanks|vehicles)\b)(?!\s*%)"
)
# The number after the noun said as a word, as a soldier dictates his unit: "company three, battalion two, regiment
# one-four-three-nine", "platoon number four."; the number ends its phrase (not "the company three years ago").
UNIT_NOUN_NUM_WORD_EN = (
    r"\b(?:company|platoon|battalion|battery|squad|regiment|brigade|detachment)\s+(?:number\s+)?(?:"
    + NUM_EN_READOUT
    + r"|"
    + _CARD_UNITS_EN
    + r"|"
    + _TEENS_EN
    + r")(?=\s*[,.;:!?—–)]|\s*$)"
)
# A sub-unit of a unit named by its ordinal alone: "the 155th's reconnaissance company", "the 93rd's drone platoon".
UNIT_ORD_POSS_EN = (
    r"\b" + ORD_EN_NUM + r"['’]s\s+(?:(?:" + _MODS + r"|rocket|support|fire|sniper|mortar|drone|medical|security|signal"
    r"|repair)\s+){0,3}" + TYPE_EN + r"\b"
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
    r"(?!\s+(?!and\b|or\b|to\b|at\b|near\b|in\b|is\b|was\b|has\b|had\b|now\b|too\b|then\b|again\b|from\b|with\b"
    # A clause that goes on after a unit of two digits or more: "served in the 810th until his capture", "in the 64th
    # for two years"; "the 4th when ..." or "the 3rd for ..." is as often a rank in a list or a race.
    r"|(?<=\d\d(?:st|nd|rd|th)\s{1,3})(?:until|till|since|before|after|during|when|where|who|which|but|for|under"
    r"|alongside|outside|by|were|are|lost|took|fought|held"
    # the unit as the subject of what a unit does: "Guys from the 810th came yesterday", "the 155th got hammered"
    r"|came|went|left|got|moved|pulled|attacked|advanced|retreated|arrived|stormed|stands|stood|sent|says|said"
    # what its men say and do: "the guys from the 64th say they shot them", "the 79th told us to wait"
    r"|say|told|tell|saw|shot|shoot|hit|hold|holds|lose|need|want)\b)\p{Ll})"
    r"(?!\s+(?:\p{Lu}\p{Ll}+\s+)?(?:time|day|floor|anniversary|birthday|century|grade|place|year|round|attempt"
    r"|minute|hour|week|month|street|avenue|lane|percent|percentile)s?\b)"
)
UNIT_BARE_EN = (
    r"(?<!\b[Oo]n\s)\b(?:[Tt]he|[Ww]hich|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our)\s+(?P<v>"
    + ORD_EN_NUM
    + r")\b(?![-’'])"
    + _NOT_UNIT_AFTER
)
# "Both in the 291st with me", "a guy from the 155th, remember", "he's with the 810th since May": an ordinal of three
# digits (not a round hundred) after being in or from it is a unit whatever is said near it; no noun of its own after
# it ("in the 150th minute", "of the 300th anniversary").
UNIT_BARE_THREE_EN = (
    r"\b(?:in|with|from|into|joined|join|of)\s+the\s+(?P<v>(?!\d00th)[1-9]\d{2}(?:st|nd|rd|th))\b(?![-’'])"
    + _NOT_UNIT_AFTER
)
# "Tell Oleg from the 64th I'm fine", "he was in the 57th with my cousin", "guys from the 83rd say": an ordinal of two
# digits no day of a month can have (32nd to 99th, not a round ten: "the 50th" is an anniversary) after being in or
# from it, no noun of its own after it ("in the 57th minute") nor a Title-case one ("of the 45th President").
_HIGH_TWO_DIGIT = r"(?:3[2-9]|[4-9][1-9])(?:st|nd|rd|th)"
UNIT_BARE_TWO_EN = (
    r"\b(?:in|with|from|into|joined|join)\s+the\s+(?P<v>" + _HIGH_TWO_DIGIT + r")\b(?![-’'])"
    # a new clause after it, its subject a pronoun ("from the 64th I'm fine", "in the 57th he lost two fingers")
    r"(?:(?=\s+(?-i:I|he|she|we|they|you)(?:['’]\p{Ll}+)?\b)|(?!\s+(?-i:\p{Lu}\p{Ll}))" + _NOT_UNIT_AFTER + r")"
)
# "the 1231st", "of the 1429th": an ordinal of four digits is a mobilised regiment's number, not a rank, a day or a
# count ("Wives of the 1231st | Berdsk", "the 1429th is a herd"); not a round number ("the 1000th") or a year, and no
# noun of its own after it ("the 1500th day").
UNIT_BARE_FOUR_EN = (
    r"(?<!\b[Oo]n\s)\b(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our)\s+(?P<v>(?!(?:1[89]|20)\d\d(?:st|nd|rd|th))"
    r"(?!\d0{2,}th)[1-9]\d{3}(?:st|nd|rd|th))\b(?![-’'])" + _NOT_UNIT_AFTER
)
# "The 345th has been here since the autumn", "the 155th is still in Vuhledar", "our 810th got hammered": an ordinal of
# three or four digits (not a round hundred), or of two no day has ("our 64th got hammered", "the 57th is still
# there"), as the subject of being somewhere or of what a unit does, no noun of its own: a regiment or brigade whatever
# is said near it (not "the 150th was a record", "the 300th episode").
UNIT_BARE_SUBJECT_EN = (
    r"\b(?-i:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Mm]y)\s+(?P<v>(?!\d0{2,}th)[1-9]\d{2,3}(?:st|nd|rd|th)|"
    + _HIGH_TWO_DIGIT
    + r")\b(?![-’'])"
    r"(?=\s+(?:(?:has|have|had)\s+been\s+(?:here|there|in|at|on|near|since|for|stuck|sitting|standing|holding|fighting"
    r"|storming|dug|pinned|sent|thrown|pulled|moved|transferred|wiped|surrounded)"
    r"|(?:is|was|are|were)\s+(?:here|there|still|already|now|near|at|on|in|being|getting|stuck|sitting|standing|holding"
    r"|fighting|storming|pinned|dug|sent|thrown|pulled|moved|transferred|wiped|surrounded)"
    r"|got|lost|took|came|went|left|moved|stormed|attacked|advanced|retreated|arrived|withdrew|pulled)\b)"
)
# "in the 64th." / "with the 76th," / "Which 64th?": a preposition before and the clause ending after.
UNIT_BARE_PREP_EN = (
    r"\b(?:in|with|from|to|into|joined|join|Which|which)\s+(?:the\s+)?(?P<v>"
    + ORD_EN_NUM
    + r")(?=\s*(?:[.,;:?!—–)]|$))"
)
# A compound spelled ordinal: "two hundred and first", "forty-fifth", "two-seventy-ninth".
_BARE_WORD_ORD = (
    ORD_EN_DIGITWISE + r"|(?:(?:(?:" + _CARD_UNITS_EN + r"|a)[-\s]+)?hundred"
    r"(?:[-\s]+and)?[-\s]+)?"
    + _TENS_EN
    + r"[-\s]"
    + _UNITS
    + r"|(?:(?:"
    + _CARD_UNITS_EN
    + r"|a)[-\s]+)?hundred(?:[-\s]+and)?[-\s]+"
    r"(?:" + _UNITS + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
    # a round hundred: "with the two hundredth."
     + r"|" + _CARD_UNITS_EN + r"[-\s]+hundredth"
)
# "He's in the two hundred and first.", "with the forty-fifth,": a compound spelled ordinal ending its clause.
UNIT_BARE_WORD_EN = (
    r"\b(?:in|with|from|to|into|joined|join|Which|which)\s+the\s+(?P<v>" + _BARE_WORD_ORD + r")(?=\s*(?:[.,;:?!—–)]|$))"
)
# "We were in the thirty-sixth together", "he's with the seventy-first now": being in a unit, the clause going on with
# an adverb or a conjunction, never a noun ("in the twenty-first century"); not "from" or "to", which open dates.
UNIT_IN_WORD_EN = (
    r"\b(?:in|with|into|joined|join)\s+the\s+(?P<v>"
    + _BARE_WORD_ORD
    + r")(?=\s+(?:together|now|then|again|already|still|too|anymore|since|until|till|back|when|before|after|but"
    r"|for\s+(?:a|two|three|four|five|six|\d|years?|months?|half)\b|as\s+(?:a|an)\b)\b)"
)
# A soldier's own words for his unit, quoted by a retelling: 'his unit — "the hundred and thirty-eighth, second
# battalion"', 'his unit, which he calls "the fifteenth"', 'serves in what he calls "the three hundred and fourteenth"'.
# The quote opens on the ordinal (figures or words) right after a unit's noun, or after "calls" with a unit's noun or
# serving shortly before it, and closes or goes on with a comma after the ordinal; an article inside the quote stays
# outside the mark, as every English span leaves it (the replacement's fitting restates it).
_QUOTE_OPEN = r"\s*[\"“«‘]\s*(?:(?-i:[Tt]he)\s+)?(?!(?:first|second|third)\b)(?P<v>"
_QUOTED_ORD_END = r")(?=\s*[,\"”»’.!?])"
UNIT_QUOTED_ORD_EN = (
    r"\b(?:unit|brigade|regiment|battalion|division)\s*[,—–:]?"
    + _QUOTE_OPEN
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + _QUOTED_ORD_END
    + r"|(?<=\b(?:unit|brigade|regiment|battalion|division|serves|served|serving)\b[^.!?\n]{0,40}?)\bcall(?:s|ed)"
    + _QUOTE_OPEN
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + _QUOTED_ORD_END
)
# "Which brigade? — 64th." : a reply that is only an ordinal.
UNIT_REPLY_EN = (
    # the answer's speaker label between ("(S): Seventy-first", "SON: 64th", "A: the 155th")
    r"(?<=[?]\s*(?:[—–-]|\(?(?-i:\p{Lu}\p{L}{0,11})\)?\s*:)?\s*)(?:(?-i:[Tt]he)\s+)?(?P<v>"
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + r")(?=\s*[.!,])"
)
# "The seventy-fifth got smashed", "our two hundred and first was pulled out": a determiner, a spelled ordinal of
# thirty-second and above (never a day of a month) or of the hundreds, and a verb or the clause's end after it: the
# subject of a sentence about a unit whose noun is understood. Not "the fiftieth anniversary", "the seventy-fifth of
# them". In speech the hundreds' count is often left out ("our hundred-and-fifth", "the hundredth") and a turn may
# open on the ordinal with no determiner at all, as Russian says "Тридцать шестая всё": "Thirty-sixth is finished,
# Dad", "Forty-first is gone" (a Title-case ordinal after a turn's or sentence's start only).
_SUBJECT_HIGH_WORD = (
    ORD_EN_DIGITWISE + r"|(?:(?:(?:" + _CARD_UNITS_EN + r"|a)[-\s]+)?hundred"
    r"(?:[-\s]+and)?[-\s]+)?(?:thirty-(?!first)|(?:forty|fifty|sixty|seventy|eighty|ninety)[-\s])"
    + _UNITS
    + r"|(?:(?:"
    + _CARD_UNITS_EN
    + r"|a)[-\s]+)?hundred(?:[-\s]+and)?[-\s]+(?:"
    + _UNITS
    + r"|(?:twen|thir|for|fif|six|seven|eigh|nine)t(?:y-|ieth)"
    r"\p{L}*|tenth|eleventh|twelfth|\p{L}+teenth)"
    # a round hundred: "the two hundredth" (the 200th brigade), "the hundredth"
    r"|(?:" + _CARD_UNITS_EN + r"[-\s]+)?hundredth"
)
UNIT_SUBJECT_WORD_EN = (
    r"(?:\b(?-i:[Tt]he|[Oo]ur|[Yy]our|[Hh]is|[Mm]y|[Tt]heir)\s+"
    r"|(?<=(?:^|[\n:—–.!?])[ \t]{0,3}[\"“«]?)(?-i:(?=\p{Lu})))(?P<v>" + _SUBJECT_HIGH_WORD + r")(?![-\p{L}])"
    # "the seventy-sixth from Pskov": where a unit is from, a place in Title case
    r"(?=\s*[,;:!?—–]|\s*\.|\s+from\s+(?-i:\p{Lu}\p{Ll})|\s+(?-i:(?:(?:was|were|is|are|has|had|have|got)\s+"
    r"(?:been\s+|all\s+|almost\s+|getting\s+|being\s+)?"
    r"(?:\p{Ll}+ed|taken|thrown|sent|hit|beaten|shot|gone|put|wiped|cut|left|broken|torn|smashed)"
    # where it stands or what it is doing: "The seventy-first is next to us", "the two hundredth is still here"
    r"|(?:was|were|is|are)\s+(?:here|there|still|already|now|near|next|right|stuck|sitting|standing|holding|fighting"
    r"|storming|pinned|dug|surrounded|getting|being)"
    # whose it is and how it ended: "The hundredth is not ours", "the forty-second isn't theirs", "is done", "is over"
    r"|(?:was|were|is|are)(?:\s+not|n['’]t)?\s+(?:ours|theirs|yours|done|over|no\s+more|finished|dead|gone)"
    r"|lost|took|went|came|moved|left|held|fought|stands|stood|withdrew|ran|\p{Ll}+ed)\b))"
)
# "We're with the one-five-five now", "the two-oh-one is on our left", "our two-five-two lost half the battalion":
# a determiner, a number read out (or the number and its noun: "the one-five-five brigade"), and the clause going
# on with a verb, an adverb or a preposition, or ending. Not a noun after it ("the nine-one-one call"), nor more
# groups of a phone number ("the one-two-three, four-five...").
UNIT_READOUT_EN = (
    r"\b(?-i:[Tt]he|[Oo]ur|[Yy]our|[Hh]is|[Mm]y|[Tt]heir|[Ww]hich)\s+(?P<v>"
    + NUM_EN_READOUT
    + r"(?:(?:\s+"
    + _MODS
    + r"){0,4}\s+"
    + TYPE_EN
    + r"\b)?)(?!\s*,\s*"
    + _DIGIT_WORD_EN
    + r"\b)"
    r"(?=\s*[.,;:!?—–)]|\s*$|\s+(?-i:(?:is|was|are|were|has|had|have|got|lost|took|went|came|moved|left|held|stands"
    r"|stood|ran|now|then|too|again|already|still|together|near|at|in|on|by|from|with|and|or|to|for|guys|boys|lads"
    r"|\p{Ll}+ed)\b))"
)
# "Our brigade, the fifteenth, lost twenty", "my regiment, the 1434th, is": a unit noun and its ordinal in apposition,
# the noun said first and the number after it between commas.
UNIT_APPOSED_EN = (
    r"\b(?:brigade|regiment|division|battalion|detachment|company|platoon|battery|squad)\s*,\s+the\s+(?P<v>"
    + ORD_EN_NUM
    + r"|"
    + ORD_EN_WORD
    + r")(?=\s*[,—–)])"
)
