"""Local institutions that identify a person, in English: "School No. 3", "Sosnivka Village Council".

The grammar: optional **proper words** (a place or a name, Title case: "Kirovsky", "Sosnivka", "St. Nicholas")
+ optional **kind words** (secondary, district, military, village, penal ...) + an **institution noun**
(school, lyceum, college, plant, farm, council, administration, enlistment office, hospital, morgue, colony,
cemetery, church ...) + optional **number** (No. 14, #3, № 5, "I-III grades"). It is an institution when it
has a number, or when a proper word stands before it (not a national one: "the State Duma", "Russian
Orthodox Church", "Ministry of Defence" are not local), or when its noun is itself capitalised after a
capitalised kind word ("Central District Hospital" on its own is not enough: it needs the place).

A town, street or landmark after it joins the designation ("Lukoil refinery in Kstovo", "Holy Protection church on
vul. Tserkovna", "Church of St. Nicholas the Wonderworker in Apatity"); a burial place, church, shop, library or
workplace is one institution by that anchor alone ("a granite quarry in Rafalivka", "the old cemetery near the Nur
mosque"), a school, hospital, plant, morgue or enlistment office "in Kyiv" is not (war geography, transit points).

Also: a college or institute with its field ("Vocational College of Communications"), a school "of I-III levels", an
honorific ("School No. 5 named after ..."), a starosta office, a recruitment centre in full ("Regional Territorial
Center of Recruitment and Social Support", "TCR and SS"), a garrison military court, "SIZO-1 of <town>", the honour
section of a cemetery with its cemetery or town ("Alley of Heroes of the <town> city cemetery"), orphanages.
The whole designation is one span: the council that owns a school, hospital or utility ("Lyceum No. 4 of the
Kedrivka City Council"), a colony's penitentiary board ("Correctional Colony No. 6 of the Federal Penitentiary Service
for the Kedrovsk Region"), a quoted name after a lowercase noun ("the municipal enterprise "Kedrivka Teplo""), the kind
in brackets before a number ("Lyceum (specialised school) No. 1"), a council "of" its village ("the Rural Council of
Hostomel"), a company name of several words before its legal form ("Kedr Agro LLC").

The place that says where it is joins it (session 14): a town of two or three words or with a hyphen number ("in
Velikiye Luki", "of Ozyorny Klyuch", "Krasny Kholm-2 village cemetery"); an enlistment office, commissariat, draft
office or police department "of" its town, region, or town and district ("the military commissariat of the city of
Volzhsk and Volzhsky District"), and "in" its town without a cue (not a city's: draftees from anywhere pass there);
"penal colony IK-4 in <town>", "SIZO No. 1 of <town>"; a district's or village's own institution in or of its town
("the district hospital in Nikolsk", "the Central District Hospital of X", "the secondary school of X"); a cemetery,
mosque or church "of" its village in lower case; the army's hospitals and the centres for the dead by their number
("the 522nd centre for receiving, processing and dispatching the dead", "the 1602 Military Clinical Hospital"); a
quoted name before its legal form ('Agrofirm "X" LLC') or after a school's number ('kindergarten No. 5 "X"').

Not institutions: the noun alone ("school was closed", "the council said", "at the hospital"), and "works" after a
name or an adverb ("Rasul Abdulaev works as a driver", "Mum still works there": a verb).
Edges: a month, day or season after "in" is a date, not the institution's town ("the Lubny district enlistment
office in March 2022"); a gazetteer town's possessive before an institution with a proper name of its own is the
place's finding ("Kremenchuk's Avtokraz plant" -> "Avtokraz plant"), but stays in a designation that has only a
number ("Rostov's Morgue No. 1522").
Known false positive: a capitalised brand before "Plant" or "Farm" of a national company is withheld.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern, is_not_name

__all__ = ["EnglishOrganizationRecognizer", "quoted_institution_name"]

# The institution noun left untranslated, as transcripts and translated posts keep the Russian or Ukrainian word in
# Latin letters (школа, гимназия, лицей, колония, больница, лікарня, завод, сельсовет, військкомат, кладбище ...):
# "Gimnaziya No. 3", "Kolonia № 10", "Litsey No. 2", "the Kedrivka silrada". Like every noun it names one institution
# only with a number, a proper word before it or a place after it.
_TRANSLIT = (
    r"(?-i:[Kk]oloni(?:y?a|ia|i)|[Gg]imnazi(?:y?a|ia|i)|[Hh]ymnazi(?:ia|ya|i)|[Ss]hkol[aey]|[Ll]its?e[yij]|[Ll]ytse[yij]"
    r"|[Bb]olnits[aey]|[Ll]ikarn(?:ia|ya|i)|[Uu]chilishch?e|[Kk]olledzh|[Kk]oledzh|[Zz]avod|[Kk]ombinat|[Ff]abrika"
    r"|[Ss]hakhta|[Ss]el['’]?sovet|[Ss]il['’]?rad[ai]|[Vv]i[iy]s['’]?kkomat|[Vv]o[iy]?enkomat|[Kk]ladbishch?e"
    r"|[Tt]svyntar|[Dd]etsad|[Dd]ytsad(?:ok|ka|ku)|[Dd]ytyachyi\s+[Ss]adok|[Mm]edsanchast)(?![\w'’-])"
)
# The mobilisation office as translations of ТЦК and военкомат word it: "the Mukachevo mobilization office", "the
# Kedrivka conscription office", "the Zhytomyr TsK" (ТЦК transliterated letter by letter).
_MOBILISATION = (
    r"(?:[Mm]obili[sz]ation|[Cc]onscription)\s+(?:[Oo]ffice|[Pp]oint|[Cc]ent(?:er|re))|(?-i:T?TsK|TSK|RTsK)(?![\w-])"
)
_NOUN = (
    # Longer nouns first: "Territorial Center of Recruitment and Social Support" before "Center".
    r"(?:(?:[Tt]erritorial\s+)?[Cc]ent(?:er|re)s?\s+(?:of|for)\s+(?:[Rr]ecruitment|[Ss]taffing|[Cc]ompletion|[Pp]rocurement)"
    r"(?:\s+and\s+[Ss]ocial\s+[Ss]upport)?|R?TCR(?:\s+(?:and|&)\s+SS)?|TCRSS|TCSC|TRC|"
    r"[Ss]tarosta(?:['’]s)?\s+(?:[Oo]ffice|[Dd]istrict|[Oo]kruh|[Cc]ircuit|[Cc]ouncil)|[Ss]tarostynskyi\s+[Oo]kruh|"
    r"(?:[Ee]ducational|[Ee]ducation|[Tt]raining)(?:\s+and\s+(?:[Ee]ducational|[Ee]ducation|[Tt]raining|[Uu]pbringing))?\s+[Cc]omplex|"
    r"[Oo]rphanages?|[Cc]hildren['’]s\s+[Hh]ome|[Nn]ursing\s+[Hh]ome|[Cc]are\s+[Hh]ome|[Bb]oarding\s+[Hh]ouse|"
    r"[Gg]arrison\s+[Mm]ilitary\s+[Cc]ourt|[Pp]arish|[Aa]gro-?[Hh]olding|Holding|(?<=[Aa]gricultural\s)holding|holding(?=\s+[Cc]ompany)|[Ss]chools?|[Ll]yceums?|[Gg]ymnasiums?|[Cc]olleges?|[Tt]echnical\s+[Ss]chool|[Vv]ocational\s+[Ss]chool|"
    r"[Tt]echnikum|[Uu]niversity|[Aa]cademy|[Ii]nstitute|[Kk]indergarten|[Bb]oarding\s+[Ss]chool|"
    r"[Pp]lant|[Ff]actory|[Ww]orks|[Mm]ine|[Cc]olliery|[Ff]arm|[Ee]nterprise|[Cc]ompany|[Aa]grofirm|[Dd]epot|"
    r"[Cc]ouncil|[Aa]dministration|[Ss]tarostat|[Hh]romada\s+[Cc]ouncil|[Dd]uma|"
    r"(?:[Mm]ilitary\s+)?(?:[Rr]egistration\s+and\s+)?[Ee]nlistment\s+[Oo]ffice|[Mm]ilitary\s+[Rr]egistration\s+[Oo]ffice|(?:[Mm]ilitary\s+)?[Cc]ommissariat|[Vv]oenkomat|"
    r"[Rr]ecruitment\s+(?:[Oo]ffice|[Cc]ent(?:er|re))|R?TCC(?:\s+(?:and|&)\s+SP)?|"
    r"[Hh]ospital|[Cc]linic|[Pp]olyclinic|[Mm]orgue|(?:[Pp]enal\s+|[Cc]orrectional\s+)?[Cc]olony|[Pp]rison|"
    r"[Dd]etention\s+[Cc]ent(?:er|re)|[Cc]emetery|[Gg]raveyard|[Cc]hurch|[Cc]athedral|[Mm]onastery|[Cc]hapel|"
    r"[Mm]osque|[Dd]atsan|[Kk]hur[au]l|[Ss]ynagogue|[Pp]rayer\s+[Hh]ouse|[Cc]ent(?:re|er)|[Qq]uarry|[Cc]ooperative|[Ss]awmill|[Mm]ill|[Ss]hipyard|[Dd]epartment|"
    r"[Ww]orkshop|[Bb]ureau|[Kk]olkhoz|[Ss]ovkhoz|[Cc]ombine|[Mm]arket|[Bb]akery|[Pp]ower\s+[Ss]tation|"
    # A town's power station by its Russian abbreviation, its traffic police, its Rosgvardia office, a bank's branch:
    # "worked at Balakovo NPP", "sign the papers at the Nizhnekamsk traffic police", "the Balakovo district Rosgvardia
    # division", "an account at the Sberbank branch" ("the Sarapul branch of Sberbank": the "branch" pattern). Not the
    # plants the war news name by their town ("the Zaporizhzhia NPP", "Kursk NPP"): war geography.
    r"(?<!(?:Zaporizhzhi?a|Zaporozh(?:y|i)e|Ch[eo]rnobyl|Kursk|Enerhodar)\s)(?-i:NPP|HPP|TPP|CHPP|GRES)(?![\w-])|"
    r"[Tt]raffic\s+[Pp]olice(?:\s+(?:[Dd]epartment|[Ss]tation|[Dd]ivision|[Oo]ffice|[Ii]nspectorate))?|(?-i:GIBDD|GAI)|"
    # a town's or district's police department by its Russian abbreviation (ОМВД, ОВД, РОВД, ГОВД, МО МВД): "detained by
    # the Kedrovsk OMVD", "the Kedrovsky ROVD"
    r"(?-i:(?:MO\s+)?O?MVD|R?OVD|GOVD)(?![\w-])|"
    # a gas pipeline's compressor or a water main's pumping station as a workplace
    r"(?:[Gg]as\s+)?[Cc]ompressor\s+[Ss]tation|[Pp]umping\s+[Ss]tation|"
    r"[Rr]osgvardi(?:a|ya)\s+(?:[Dd]ivision|[Dd]epartment|[Uu]nit|[Dd]etachment|[Oo]ffice)|"
    r"(?-i:\p{Lu}[\p{L}-]*(?:bank|Bank)|VTB|Sber)\s+[Bb]ranch|"
    r"[Hh]ouse\s+of\s+[Cc]ulture|[Pp]alace\s+of\s+[Cc]ulture|[Ll]ibrary|[Mm]useum|[Ss]upermarket|[Hh]ypermarket|[Pp]olytechnic|[Vv]odokanal|[Ww]ater\s+[Uu]tility|[Ss]tore|"
    r"[Ss]hop|[Rr]estaurant|[Cc]af[eé]|[Cc]anteen|[Pp]harmacy|[Rr]efinery|[Ff]orestry|[Ll]umber\s+[Mm]ill|"
    r"[Pp]olice\s+(?:[Dd]epartment|[Ss]tation|[Dd]ivision)|[Ee]mployment\s+[Cc]ent(?:er|re)|[Rr]ecruiting\s+[Oo]ffice|"
    r"[Ss]election\s+[Pp]oint|[Rr]ecruitment\s+[Pp]oint|"
    # a district's central hospital by its translated abbreviation (ЦРБ, ЦРЛ): "the Kedrovsk CRH"; a town's social
    # protection office, where families ask for payments; a filling station as a workplace
    r"(?-i:CRH|CDH|CRB|TsRB|TsRL)|[Ss]ocial\s+(?:[Pp]rotection|[Ss]ecurity|[Ww]elfare)\s+(?:[Oo]ffice|[Dd]epartment|[Cc]ent(?:er|re))|"
    r"(?:[Gg]as|[Ff]illing|[Pp]etrol)\s+[Ss]tation|"
    # employers and venues by their brand: "the Druzhba agricultural firm", "Kozatska Rada brewery", "the Metalist
    # stadium", "the Olimp sports club"; a club only as a sports club
    r"[Ff]irm|[Bb]rewery|[Dd]istillery|[Ee]levator|[Ss]tadium|[Gg]ym|"
    # heavy industry and services by their English nouns: "the Bratsk aluminium smelter", "Kedrove boiler house"
    r"[Ss]melter|[Ff]oundry|[Ss]teelworks|[Ii]ronworks|[Bb]rickworks|[Bb]rickyard|[Tt]annery|[Cc]annery|[Ww]arehouse|"
    # a port or yard as an employer: "the Izmail seaport", "the Vyazemsky timber yard" (not "port" alone: "the Odesa
    # port" is war geography as often as a workplace)
    r"[Ss]ea\s?port|[Rr]iver\s+[Pp]ort|[Ff]ishing\s+[Pp]ort|(?:[Tt]imber|[Ll]umber|[Ww]ood|[Rr]ailway|[Ff]reight)\s+[Yy]ard|"
    # a village's medical post (ФАП, ФП), where obituaries set the funeral's meeting point or a nurse's work: "the
    # Vysoke feldsher-midwife station", "Kedrove FAP"; a mining or fishing cooperative: "the Susuman gold-mining artel"
    r"[Ff]eldsher(?:-[Mm]idwife|['’]s)?\s+(?:[Ss]tation|[Pp]oint|[Pp]ost|[Cc]ent(?:er|re))|(?-i:FAP)|[Aa]rtel|"
    # a region's specialised clinic (диспансер) and a cadet corps: "the Kedrovsk Regional Oncology Dispensary", "the
    # Kedrovsk Cadet Corps"
    r"[Dd]ispensary|[Cc]adet\s+[Cc]orps|"
    r"[Ss]laughterhouse|[Ss]anatorium|[Bb]oiler\s+[Hh]ouse|[Pp]ost\s+[Oo]ffice|[Ff]ire\s+[Ss]tation|"
    r"[Aa]mbulance\s+[Ss]tation|[Tt]hermal\s+[Pp]ower\s+[Pp]lant|[Hh]eating\s+[Pp]lant|"
    r"(?:[Ss]ports?|[Ff]ootball|[Bb]oxing|[Ww]restling|[Hh]ockey|[Ff]itness|[Cc]hess|[Yy]outh)\s+[Cc]lub|"
    # a village's culture club, as obituaries name the farewell's hall: "the Mala Khorosha village club"
    r"(?:[Vv]illage|[Rr]ural)\s+[Cc]lub|"
    # a district's power, heating or gas grid company (РЭС, РЕМ): "Vilniansk district electric networks"
    r"(?:[Ee]lectric(?:al)?|[Pp]ower|[Hh]eating|[Gg]as)\s+[Nn]etworks|"
    # ... and its office or section as translations name РЕМ / РЭС: "the Hlukhiv district power grid office", "the
    # Kedrove electric grid section", "the Kedrovsk gas grid"
    r"(?:[Ee]lectric(?:al|ity)?|[Pp]ower|[Hh]eating|[Gg]as)\s+[Gg]rids?(?:\s+(?:[Oo]ffice|[Cc]ompany|[Ss]ection|[Bb]ranch"
    r"|[Dd]ivision|[Uu]nit|[Dd]epartment))?|"
    # the same as translations word it: "the Yustinsky district electricity supplier", "the Kedrove gas company"
    r"(?:[Ee]lectricity|[Pp]ower|[Gg]as|[Ww]ater|[Hh]eat(?:ing)?)\s+(?:[Ss]upplier|[Dd]istributor|[Uu]tility)|"
    # the enlistment office as CIT and Meduza translate it: "the Tverskoy draft office", "the Lubny draft board"
    r"(?:[Mm]ilitary\s+)?[Dd]raft\s+(?:[Oo]ffice|[Bb]oard)|"
    # Soviet and Ukrainian vocational schools by their transliterated abbreviation, with a number: "PTU-12",
    # "VPU No. 25", "SPTU 3"
    r"(?-i:S?G?PTU|VPU|VPTU|PTL)(?=\s?(?:-|No\.?|#|№)?\s?\d)|"
    rf"{_MOBILISATION}|"
    rf"{_TRANSLIT})"
)
# The offices a town shares with the next one ("the Revda and Degtyarsk military commissariat").
_OFFICE = (
    r"(?:(?:[Mm]ilitary\s+)?(?:[Rr]egistration\s+and\s+)?[Ee]nlistment\s+[Oo]ffice|(?:[Mm]ilitary\s+)?[Cc]ommissariat"
    r"|[Vv]oenkomat|(?:[Mm]ilitary\s+)?[Dd]raft\s+(?:[Oo]ffice|[Bb]oard)|[Rr]ecruitment\s+(?:[Oo]ffice|[Cc]ent(?:er|re))"
    rf"|(?-i:R?TCC(?:\s+(?:and|&)\s+SP)?)|{_MOBILISATION}|[Cc]ouncil|[Aa]dministration|[Pp]olice\s+[Dd]epartment)"
)
_KIND = (
    r"(?:[Ss]econdary|[Hh]igh|[Mm]iddle|[Pp]rimary|[Ee]lementary|[Cc]omprehensive|[Gg]eneral|[Ss]pecialized|"
    r"[Ss]pecialised|[Vv]ocational|[Tt]echnical|[Aa]gricultural|[Pp]edagogical|[Mm]edical|[Mm]ilitary|"
    r"[Dd]istrict|[Cc]ity|[Tt]own|[Vv]illage|[Ss]ettlement|[Rr]ural|[Rr]egional|[Oo]blast|[Mm]unicipal|"
    r"[Cc]entral|[Cc]linical|[Mm]aternity|[Cc]hildren(?:['’]?s)?|[Yy]outh|[Pp]enal|[Cc]orrectional|[Tt]erritorial|[Ss]tate|"
    r"[Ee]ducational|[Ee]ducation|[Cc]omplex|[Pp]ublic|[Mm]ining|[Mm]achine-[Bb]uilding|[Mm]etallurgical|"
    r"[Cc]hemical|[Mm]eat|[Dd]airy|[Ss]ugar|[Oo]rthodox|[Ss]ecurity|[Gg]arrison|[Ss]chool|[Pp]oultry|"
    r"[Hh]igher|[Aa]viation|[Nn]aval|[Cc]ommand|[Ee]ngineering|[Tt]ank|[Aa]rtillery|[Ff]light|[Rr]ailway|"
    r"[Pp]olytechnic|[Mm]usic|[Aa]rts?|[Ss]ports?|[Cc]adet|[Tt]echnological|[Ee]conomic|[Ll]aw|[Pp]olice|[Oo]il|"
    r"[Gg]as|[Cc]oal|[Mm]otor|[Rr]egional|[Ii]ndustrial|[Hh]ealth|[Cc]ultural|[Ff]orestry|[Dd]ental|"
    # after a town's name: "Bila Tserkva National Agrarian University", "pre-trial detention centre No. 2"
    # "National" only before the field it teaches: a town's "National Agrarian University" is local, "Kyiv National
    # University" or "Taras Shevchenko National University" is a country's
    r"[Nn]ational(?=\s+(?-i:\p{Lu}\p{Ll}{3,}(?:al|ic|ian|ry)|Polytechnic)\b)|[Aa]grarian|[Pp]re-?trial|[Pp]rison|"
    r"[Mm]ultidisciplinary|[Mm]ulti-?profile|"
    # what a regional clinic or dispensary treats: "the Kedrovsk Regional Oncology Dispensary", "TB dispensary"
    r"[Oo]ncology|(?:[Aa]nti-?)?[Tt]uberculosis|(?-i:TB)|[Cc]ardiology|[Pp]erinatal|[Nn]arcology|"
    # a town's utilities company (ЖКХ): "the Kedrovsk Housing and Utilities Department", "housing and communal services"
    r"[Hh]ousing\s+and\s+(?:[Cc]ommunal|[Uu]tilit(?:y|ies))(?:\s+[Ss]ervices?)?|"
    # any capitalised adjective in -al or -ic between the town and the noun ("Uman National Horticultural University")
    r"(?-i:(?!National\b)\p{Lu}\p{Ll}{3,}(?:al|ic)(?![\p{L}'’-])))"
)
# Title-case words that never name a local institution's place or patron.
_NOT_PROPER = (
    r"(?:The|A|An|This|That|His|Her|Their|Our|My|Your|Its|Every|Each|No|In|At|On|From|To|Of|And|Or|But|"
    r"He|She|They|We|I|It|After|Before|When|Then|There|Where|While|Local|Former|Old|New|"
    r"National|State|Federal|Supreme|Russian|Ukrainian|Soviet|Orthodox|Catholic|Greek|Moscow|Kremlin|"
    r"Russia|Ukraine|Defence|Defense|Ministry|Security|General|Armed|Verkhovna|European|International|"
    # a foreign state's or an alliance's department is public: "the US Department of Defense", "UN Mission"
    r"US|USA|UK|EU|UN|NATO|OSCE|American|British|"
    r"Secondary|High|Middle|Primary|Elementary|Central|District|City|Town|Village|Regional|Military|Penal)"
)
# A closed town's or settlement's number after a hyphen belongs to its name: "Krasny Kholm-2", "Zheleznogorsk-26".
_TOWN_NUMBER = r"(?:-\d{1,3}(?![\d\p{L}]))?"
_PROPER = rf"(?!{_NOT_PROPER}\b)(?:St\.\s|Saint\s)?\p{{Lu}}[\p{{L}}'’]+(?:-\p{{Lu}}?[\p{{L}}'’]+)*{_TOWN_NUMBER}"
_NUMBER = r"(?:\s*(?:No\.?|Nr\.?|Number|number|no\.|№|#)\s*\d{1,4}[A-Za-z]?(?!\d)|\s*-\s*\d{1,4}(?!\d))"
# A bare number after the noun ("school 14", "Hospital 17", "prison colony 2"): one to three digits that count
# nothing ("left school 14 years ago", "the hospital 2 km away") and start no date ("school 1 September").
_BARE_NUMBER = (
    r"(?:\s+\d{1,3}(?![\d:/%-]|[.,]\d|\s*(?:years?|months?|days?|hours?|minutes?|weeks?|times?|km|kilomet\w*|miles?"
    r"|met(?:re|er)s?|people|children|pupils|students|men|women|soldiers|percent|per\s+cent|beds|am|pm|a\.m|p\.m"
    r"|o['’]clock|of|out|or|and|January|February|March|April|May|June|July|August|September|October|November|December)\b))"
)
# A school's number as a call says it, translated from "четвёртая школа", "школа номер четыре": "from the fourth
# school", "the 12th school", "school number four". The ordinal with "the" only ("his fourth school since the move"
# counts schools) and never "first" ("the first school to reopen"); not a clause that counts after it ("the third
# school this year", "the second school in a row").
_SPOKEN_CARD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight"
    r"|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)"
)
_SPOKEN_ORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|(?!1st)\d{1,3}(?:st|nd|rd|th))"
)
# A convict's colony is named the same way, translated from "шестая колония", "колония номер шесть", "с
# восемнадцатой": "the sixth colony", "colony number eleven", and with its number straight after it as convicts say
# it, "colony six" (not a count after it: "a colony six kilometres away", "colony eighteen inmates").
_NUMBERED_KIND = r"(?:[Ss]chool|[Ll]yceum|[Gg]ymnasium|[Kk]indergarten|[Pp]olyclinic|[Hh]ospital|[Cc]olony)"
_COUNTED_AFTER = (
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|times?|km|kilomet\w*|miles?|met(?:re|er)s?|people|men|inmates"
    r"|convicts|prisoners|of|or|and)\b)"
)
SPOKEN_SCHOOL = (
    rf"(?<![\w-])(?P<v>{_NUMBERED_KIND}\s+(?:number|No\.?)\s+{_SPOKEN_CARD})(?![\w-])"
    rf"|(?<![\w-])(?P<v>(?:(?:[Pp]enal|[Cc]orrectional|[Pp]rison)\s+)?[Cc]olony\s+{_SPOKEN_CARD})(?![\w-]){_COUNTED_AFTER}"
    rf"|(?<![\w-])(?-i:[Tt]he)\s+(?P<v>{_SPOKEN_ORD}\s+{_NUMBERED_KIND})(?![\w-])"
    r"(?!\s+(?:in\s+a\s+row|since|this|that|to|of|ever|on\s+the\s+list|in\s+(?:two|three|four|five|\d)))"
)
# The number said after the noun, the noun left out as speech does ("в школу, во вторую"): "did she go back to school,
# to the second?", "he's in hospital, in the fourth". The preposition comes again before "the" and no noun follows
# the ordinal; only the ordinal is the school's name.
SPOKEN_SCHOOL_ELIDED = (
    r"(?<![\w-])(?:to|in|at|from)\s+(?:the\s+)?(?:[Ss]chool|[Hh]ospital|[Kk]indergarten|[Pp]olyclinic|[Ll]yceum"
    r"|[Gg]ymnasium),\s+(?:to|in|at|from|into)\s+the\s+"
    rf"(?P<v>{_SPOKEN_ORD})(?!\s*\p{{L}}|-)"
)
_STAGE = (
    r"(?:,?\s+(?:of\s+)?(?:[Ll]evels?|[Gg]rades?|[Ss]tages?|[Dd]egrees?)\s+I{1,3}\s?[-–]\s?I{1,3}"
    r"|,?\s+of\s+(?:the\s+)?I{1,3}\s?[-–]\s?I{1,3}(?:\s+|-)(?:[Ll]evels?|[Gg]rades?|[Ss]tages?|[Dd]egrees?))"
)
_STAGE_BEFORE = r"(?:I{1,3}\s?[-–]\s?I{1,3}\s+(?:[Ll]evel|[Gg]rade|[Ss]tage|[Dd]egree)s?\s+)"
# Months, days and feasts: "the district enlistment office in March" is a date, not a place.
_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas|"
    r"Spring|Summer|Autumn|Fall|Winter)"
)
_CAPW = rf"\p{{Lu}}[\p{{L}}'’]+(?:-[\p{{L}}'’]+)*{_TOWN_NUMBER}"
_LANDMARK = r"(?:[Ss]treet|[Hh]ighway|[Rr]oad|[Aa]venue|[Ss]quare|[Ll]ane|[Pp]rospekt|mosque|church|station|bridge)"
# A town of two or three words: "in Velikiye Luki", "of Ozyorny Klyuch", "in Nizhny Novgorod". Never a region, a
# street or a date after the town ("in Tver Oblast" is trimmed to the town by _without_region; "in Kursk on Monday").
_ADMIN_WORD = (
    r"(?:Oblast|Region|Krai|Kray|Republic|Territory|Province|Okrug|Autonomous|District|Raion|Hromada|Community|Street"
    r"|Avenue|Road|Highway|Square|Lane|Prospekt|Cemetery|Church|Hospital|School)"
)
_PLACE_WORDS = (
    rf"{_CAPW}(?:\s+(?!(?:{_CALENDAR}|{_ADMIN_WORD})\b)(?-i:\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}?\p{{Ll}}+)*){_TOWN_NUMBER}"
    r"(?![\p{L}'’])){0,2}"
)
# The council or administration that owns a school, hospital or utility, as Ukrainian names end ("Lyceum No. 4 of the
# Kedrivka City Council", "Gymnasium of the Kedrivka Village Council", "Hospital No. 1 of Kedrivka Territorial
# Community"): one name with it, "of the" inside.
_COUNCIL = (
    r"(?:(?:[Cc]ity|[Tt]own|[Vv]illage|[Rr]ural|[Ss]ettlement|[Dd]istrict|[Rr]egional|[Oo]blast|[Mm]unicipal|[Uu]rban)\s+)?"
    r"(?:[Cc]ouncil|(?:[Mm]ilitary\s+|[Ss]tate\s+)?[Aa]dministration|(?:[Tt]erritorial\s+)?[Cc]ommunity|[Hh]romada)"
)
_COUNCIL_OF = (
    r"(?:\s+of\s+(?:the\s+)?(?!(?:Russia|Ukraine|Federal|National|State)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
    rf"\s+{_COUNCIL}(?![\w-]))"
)
_PLACE_TAIL = (
    rf"(?:{_COUNCIL_OF}|\s+of\s+(?:the\s+)?(?:(?:village|town|city|settlement|district|hromada)\s+of\s+)?"
    # a town with its numeral suffix ("of Chegem-2", "of Zheleznogorsk-26"); a region ("of the Chelyabinsk region")
    # not the body it reports to ("Police Department of the Ministry of Internal Affairs": the ministry is public)
    r"(?!(?:Russia|Ukraine|Defen[cs]e|Federal|National|State|Ministry|Main|Interior|Investigative|Prosecutor['’]s)\b)"
    rf"{_PLACE_WORDS}"
    r"(?:\s+(?:[Dd]istrict|[Rr]egion|[Oo]blast|[Hh]romada|[Cc]ommunity|[Rr]aion|[Kk]rai|[Tt]erritory))?)"
)

# The field a college, institute or academy teaches or a council's members: "Vocational College of Communications",
# "Technical College of Food and Processing Industry", "Academy of Music". Not a country ("of Ukraine").
_FIELD = (
    r"(?:(?<=(?:[Cc]ollege|[Ii]nstitute|[Aa]cademy|[Uu]niversity|[Ss]chool|[Ll]yceum|[Tt]echnikum|[Pp]olytechnic))"
    r" of (?!(?:Ukraine|Russia|the Russian|the Ukrainian|Belarus)\b)(?:the )?\p{Lu}[\p{L}'’-]+"
    r"(?: (?:and |of (?:the )?)?\p{Lu}[\p{L}'’-]+){0,4}"
    # what a centre is for: "Kedrivka Centre for Primary Health Care", "Center of Social Services"
    r"|(?<=[Cc]ent(?:re|er)) (?:for|of) (?!(?:Ukraine|Russia|the Russian|the Ukrainian)\b)(?:the )?\p{Lu}[\p{L}'’-]+"
    r"(?: (?:and |of (?:the )?)?\p{Lu}[\p{L}'’-]+){0,4}"
    # whom a hospital is for, as Russian regions name theirs: "the Saratov regional hospital for war veterans",
    # "Kazan Hospital of War Veterans No. 2"
    r"|(?<=[Hh]ospital)\s+(?:for|of)\s+(?:the\s+)?(?:[Ww]ar\s+)?[Vv]eterans(?:\s+of\s+(?:the\s+)?(?:[Ww]ars?"
    r"|[Gg]reat\s+[Pp]atriotic\s+[Ww]ar))?)"
)
_SITE = (
    r"(?:[Cc]emetery|[Gg]raveyard|[Cc]hurch|[Cc]athedral|[Cc]hapel|[Mm]osque|[Dd]atsan|[Kk]hur[au]l|[Mm]onastery|[Qq]uarry|[Rr]efinery|"
    r"[Mm]ine|[Cc]olliery|[Ff]arm|[Ll]ibrary|[Mm]useum|[Ss]upermarket|[Ss]tore|[Ss]hop|[Rr]estaurant|[Cc]af[eé]|[Pp]harmacy|"
    r"[Ss]awmill|[Bb]akery|[Dd]epot|[Ss]melter|[Ff]oundry|[Ww]arehouse|[Ss]anatorium|[Bb]oiler\s+[Hh]ouse|"
    # a town's gym, where a man trained: "the boys at the gym on Lenina street in Kedrovsk" (not a post office: a
    # parcel's destination "to the post office in Kedrivka" names no one)
    r"[Gg]ym)"
)
# A lowercase modifier between the name and the noun ("Korosten granite quarry", "Kolomyia meat-processing plant").
_MOD = (
    r"(?!(?:and|or|the|a|an|of|in|on|at|to|for|with|from|by|his|her|their|its|was|is|were|has|had|said|says|"
    r"who|which|that|where|when|he|she|they|we|local|old|new|former|"
    # a preposition or adverb links a place to a plain noun ("moved to Varash after school"), it names nothing
    r"after|before|since|until|during|into|onto|over|under|about|through|then|again|back|home|once|also|never|"
    r"soon|later|as|like|than|up|out|off|down|via|per|without|within|across|along|around|towards?)\b)"
    r"[a-z][a-z]+(?:-[a-z]+)?"
)
# "School No. 3 in Seversk", "Holy Intercession Church in Mezhyrich": the town the institution is in; a street or a
# landmark it stands on or near: "church on vul. Tserkovna", "cemetery on the Makhachkala highway", "near the Nur
# mosque".
_IN_PLACE = (
    r"(?:\s+(?:in|near|outside)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?!(?:Russia|Ukraine)\b)"
    rf"(?!{_CALENDAR}\b)"
    rf"{_PLACE_WORDS}(?:\s+{_LANDMARK})?"
    r"|\s+(?:on|near|at|by|behind|outside)\s+(?:the\s+)?(?:(?:vul|vulytsia|ul|ulitsa|pr|prosp|pl|per|prov|bul)\.?\s?"
    rf"{_CAPW}(?:\s+{_CAPW})?|{_CAPW}(?:\s+{_CAPW})?\s+{_LANDMARK}))"
)
# "in the Yaroslavl region", "in Tver Oblast": the region an institution is in.
_REGION_TAIL = (
    r"(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+(?:[Rr]egion|[Oo]blast|[Dd]istrict|[Kk]rai|[Rr]epublic|[Rr]aion))"
)
# Without a number the place must be marked as one: "of the village of X", "of X District".
_PLACE_OF = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:village|town|city|settlement|hromada)\s+of\s+\p{Lu}[\p{L}'’-]+"
    # a town and the district around it, as Russian offices are named (военкомат города X и X района): "of the city of
    # Volzhsk and Volzhsky District", "of the town of Kstovo and the Kstovsky district"
    r"(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+(?:(?:[Uu]rban|[Mm]unicipal)\s+)?(?:[Dd]istrict|[Rr]aion|[Uu]lus))?"
    # "of Sol-Iletsk urban district", "of Kstovo municipal district", "of Namsky ulus"
    r"|\p{Lu}[\p{L}'’-]+\s+(?:(?:[Uu]rban|[Mm]unicipal|[Cc]ity|[Rr]ural)\s+)?(?:[Dd]istrict|[Rr]aion|[Hh]romada"
    r"|[Cc]ommunity|[Oo]krug|[Uu]lus)"
    # an office serving several: "of the Porkhov and Dno districts", "for Kedrove, Lypy and Sosny hromadas", a town
    # and its district: "of Krasnokamensk and Krasnokamensky district"
    r"|\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]+){1,4}\s+(?:(?:[Uu]rban|[Mm]unicipal)\s+)?"
    r"(?:[Dd]istricts?|[Rr]aions?|[Hh]romadas?|[Cc]ommunities|[Cc]ommunity))"
    # the city whose districts they are: "of the Kirovsky and Leninsky districts of Yekaterinburg"
    r"(?:(?<=[Dd]istricts?|[Rr]aions?)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(?!(?:Russia|Ukraine)\b)\p{Lu}[\p{L}'’-]+)?)"
)

# The office a town's men are called up by, named by the town after "of" as translations of Russian names put it
# ("военкомат Кандалакши"): "the military enlistment office of Kandalaksha", "the military commissariat of Velikiye
# Luki", "the draft office of Shadrinsk and Shadrinsky District". Not a country's or a ministry's ("of Russia", "of the
# Defence Ministry"); a council or administration needs the district (_PLACE_OF: "the administration of Trump").
_DRAFT_OFFICE = (
    r"(?:(?:[Mm]ilitary\s+)?(?:[Rr]egistration\s+and\s+)?[Ee]nlistment\s+[Oo]ffice|(?:[Mm]ilitary\s+)?[Cc]ommissariat"
    r"|[Vv]oenkomat|(?:[Mm]ilitary\s+)?[Dd]raft\s+(?:[Oo]ffice|[Bb]oard)|[Rr]ecruit(?:ment|ing)\s+(?:[Oo]ffice|[Cc]ent(?:er|re))"
    rf"|{_MOBILISATION}|(?-i:R?TCC)|[Pp]olice\s+(?:[Dd]epartment|[Ss]tation))"
)
_TOWN_OF = (
    r"\s+of\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+|the\s+(?=\p{Lu}[\p{L}'’-]+\s+(?:[Rr]egion|[Oo]blast|[Kk]rai"
    r"|[Dd]istrict|[Rr]aion)\b))?"
    r"(?!(?:Russia|Ukraine|Belarus|Defen[cs]e|Federal|National|State|Ministry|Main|Interior|Armed)\b)"
    rf"{_PLACE_WORDS}(?:\s+(?:[Dd]istrict|[Rr]aion|[Rr]egion|[Oo]blast|[Kk]rai|[Uu]lus))?"
    # and the district around it: "of Kandalaksha and Kandalakshsky District"
    # ... or the districts it serves: "of the town of Sasovo and the Sasovsky and Pitelinsky districts"
    r"(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]+){0,3}\s+"
    r"(?:(?:[Uu]rban|[Mm]unicipal)\s+)?(?:[Dd]istricts?|[Rr]aions?|[Uu]lus))?"
)

# The honour section of a cemetery: "Alley of Heroes", "Avenue of Glory", "Heroes' Alley", "Field of Honor".
_PLOT = (
    r"(?:(?:[Aa]lley|[Aa]venue|[Ww]alk|[Ff]ield|[Ss]ector|[Ss]ection|[Pp]lot)\s+of\s+(?:the\s+)?(?:[Ee]ternal\s+)?"
    r"(?:[Hh]eroes|[Gg]lory|[Hh]onou?r|[Ff]ame|[Ff]allen|[Dd]efenders|[Mm]emory)"
    r"|(?:[Hh]eroes['’]?|[Gg]lory)\s+(?:[Aa]lley|[Aa]venue|[Ww]alk|[Ff]ield))"
)
# The person an institution is named after belongs to its name: "School No. 5 named after Taras Shevchenko",
# "the regional hospital named after I. I. Kedrenko" (a public figure's name withheld with it: it tells the school).
_NAMED_AFTER = (
    r"(?:,?\s+named\s+(?:after|for)\s+(?:the\s+)?(?:(?:St\.|Saint|Hero\s+of\s+(?:the\s+)?(?:Soviet\s+Union|Russian\s+Federation"
    r"|Russia|Ukraine|Socialist\s+Labou?r)|Hero|Academician|Prince"
    r"|General|Colonel)\s+)?(?:(?:\p{Lu}\.\s?){1,2}\s?)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})"
)
# The region's penitentiary board a colony belongs to: "of the Orenburg UFSIN", "of the Federal Penitentiary Service
# for the Ryazan Region" (after "IK-3" and after "Correctional Colony No. 6" alike).
_BOARD = (
    r"\s+of\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?\s+(?=G?U?FSIN))?(?:Federal\s+Penitentiary\s+Service"
    r"|G?U?FSIN)(?:\s+of\s+Russia)?"
    r"(?:\s+(?:for|of|in)\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}'’-]+"
    r"(?:\s+(?:Region|Oblast|Republic|Krai|Territory|Okrug))?)?"
)
# Russian penal institutions as English reporting transliterates them: "FKU IK-3 of the Federal Penitentiary
# Service for the Ryazan Region", "SIZO-1", "LIU-2 of UFSIN".
_PENAL = (
    # "penal colony IK-8 of the Orenburg UFSIN": the colony noun before it and the region's penitentiary board
    # (the colony noun joins only a designation with its board or town after it; "penal colony IK-3" alone keeps the
    # noun plain)
    # its town after "in" joins it as well: "penal colony IK-4 in Velikiye Luki"
    r"(?:(?:(?:[Pp]enal|[Cc]orrectional|[Pp]rison|[Cc]orrective\s+[Ll]abou?r)\s+)?[Cc]olony\s+"
    r"(?=(?-i:(?:FKU\s+)?(?:IK|LIU|SIZO|IVS))(?:\s?-?\s?|\s(?:No\.?|№)\s?)\d{1,3}\s+(?:of\s|in\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?"
    rf"(?!{_CALENDAR}\b|Russia\b|Ukraine\b)\p{{Lu}})))?"
    # "SIZO No. 1", "IK No. 3" as translations number them
    r"(?-i:(?:FKU\s+)?(?:IK|LIU|SIZO|IVS)(?:\s?-?\s?|\s(?:No\.?|№)\s?)\d{1,3}(?!\d)"
    rf"(?:{_BOARD}"
    # "SIZO-1 of Taganrog": the town it belongs to ("IK-7 in Karelia" names a region, which stays outside).
    # "IK-10 of the Chelyabinsk region": the region the colony's full name ends with (ГУФСИН по ... области)
    r"|\s+of\s+(?:the\s+(?:(?:city|town|village)\s+of\s+)?)?(?!(?:Russia|Ukraine|Crimea|UFSIN|FSIN|Federal|Ministry)\b)"
    r"\p{Lu}[\p{Ll}'’-]+(?:\s+(?:[Rr]egion|[Oo]blast|[Rr]epublic|[Kk]rai|[Tt]erritory))?"
    # "IK-11 in Kirovo-Chepetsk": the town it stands in (a region after "in" is trimmed by _without_region)
    rf"|(?=\s+in\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?\p{{Lu}})(?!\s+in\s+{_CALENDAR}\b){_IN_PLACE})?)"
)
# A company by its legal form, before or after its name, as translations keep them: LLC "Kedr", JSC Kedrneft,
# PrJSC "Kedrovsky Plant", Kedr-Agro LLC, SPK «Kedr-Agro».
# Farms keep theirs: SPK (agricultural production cooperative), SKhPK, KFKh/KFH (peasant farm), PrAT/TzOV (Ukrainian).
_LEGAL = (
    r"(?-i:LLC|JSC|PJSC|OJSC|CJSC|PrJSC|PJSC|ALLC|TOV|OOO|PAO|OAO|ZAO|AO|MUP|GUP|FGUP|SFG|PE|SPK|SKhPK|KFKh|KFH|PrAT"
    # Ukrainian forms as translations keep them: КНП, КП, ДП, ПП, ФГ, СТОВ, ПСП (communal non-profit, communal,
    # state, private enterprise, farm): "KNP «Kedrivka Hospital»", "CNE «Kedrivka CPHC»", "FH «Kedr»"
    r"|TzOV|Ltd|KNP|CNE|KP|DP|PP|FH|FG|STOV|PSP"
    # Russian and Ukrainian school, hospital and public-institution forms before a quoted or capitalised name:
    # MBOU "Kedrovsk School No. 2", GBUZ "Kedrovsk CRH", KZ "Kedrivka Lyceum" (комунальний заклад)
    r"|MBOU|MKOU|MAOU|GBOU|MOU|GBPOU|GAPOU|GPOU|FGBOU|GBUZ|GUZ|OGBUZ|KGBUZ|MBDOU|MADOU|MBUK|KZ|GKU|DNZ)"
)
# The same forms spelled out, as translations of documents and school pages write them before the quoted name:
# Municipal Budgetary Educational Institution "Secondary School No. 2" (МБОУ), State Budgetary Healthcare Institution
# "Kedrovsk CRH" (ГБУЗ), Federal State Budgetary Educational Institution of Higher Education "..." (ФГБОУ ВО),
# Communal Non-Profit Enterprise "Kedrivka Hospital" (КНП), Communal Institution "Kedrivka Lyceum No. 2" (КЗ).
_LEGAL_SPELLED = (
    r"(?-i:(?:Federal\s+)?(?:State|Municipal|Regional|Communal|Private|Public)\s+"
    r"(?:(?:Budgetary|Budget|Autonomous|Treasury|State|Non-?[Pp]rofit|Non-?[Cc]ommercial|General|Professional|Vocational"
    r"|Pre-?[Ss]chool|Educational|Education|Healthcare|Health\s+Care|Medical|Cultural|Social|Unitary|Additional"
    r"|Secondary|Comprehensive)\s+){0,4}"
    r"(?:Institution|Enterprise|Establishment)(?:\s+of\s+(?:Higher|Secondary|Additional|Further)\s+(?:Professional\s+)?"
    r"Education)?)"
)
_LEGAL_NAME = (
    r"(?:[\"“«]\p{Lu}[^\"“”«»\n]{1,40}[\"”»]|\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)*(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
)
# A town's branch of a bank or company, an employer as records and court reports name it: "the Roslavl branch of
# Sovcombank", "the Sarapul branch of Sberbank", "a Kupiansk branch of Nova Poshta".
_BRANCH = r"(?-i:[Bb]ranch)(?=\s+of\s+(?:the\s+)?\p{Lu})"
# One modifier or two joined by "and": "mining and chemical plant", "Food and Processing".
_MODS = (
    rf"(?:(?:{_KIND}|{_MOD})(?:\s+and\s+(?:{_KIND}|{_MOD}))?"
    # two fields in Title case: "Kedrovsk Automobile and Road College", "Industrial and Economic"
    # (not two institutions: "Kedrove Lyceum and Lypivka Vocational School No. 14")
    rf"|(?-i:(?!{_NOT_PROPER}\b|{_NOUN}\b)\p{{Lu}}\p{{Ll}}{{2,}}\s+and\s+(?!{_NOT_PROPER}\b)\p{{Lu}}\p{{Ll}}{{2,}}))"
)
# A company named by one Soviet-style compound word, its last stem the industry: Uralvagonzavod, Kurganmashzavod,
# Rostselmash, Sevmash, Yuganskneftegaz, Tatneft, Transgaz, Azovstal, Zaporizhstal, Karpatnaftokhim, Rivneazot,
# Sibkabel, Pavlohradvuhillia, Ukrenerho, Uralasbest, Uralkali, Rosstat. At least three letters before the stem
# ("Gazprom", not "Prom"); never a place of the gazetteer ("Elektrostal" is a town): see ``accept``. Known false
# positive: a surname built the same way ("Kostal") is typed a company.
_COMPOUND_STEM = (
    r"(?:mash|mashzavod|zavod|stal|neft|neftegaz|naft[oe](?:gaz|haz)|gaz|prom|khim|khimprom|azot|energo|enerho"
    r"|vagon|kabel|vuhillia|ugol|metall|traktor|pribor|almaz|zoloto|asbest|stroy|kali"
    # Russia's federal agencies by the same word-building: Rosstat, Roskomnadzor, Rospotrebnadzor, Rosreestr,
    # Roscosmos, Rossotrudnichestvo, Rosavtodor
    r"|stat|nadzor|reestr|kosmos|cosmos|sotrudnichestvo|avtodor|molodezh|arkhiv|finmonitoring)"
)
_COMPOUND = rf"(?-i:\p{{Lu}}\p{{Ll}}{{2,}}?{_COMPOUND_STEM})(?![\p{{L}}'’-])"

# Someone's own school, workplace or enlistment office as a call or a relative says it, with only its town to tell
# it: "my old school in Kedrovka", "his plant in Kedrovsk", "went to the enlistment office in Kedrovsk", "mobilised by
# the military commissariat in Kedrovsk". The possessive, or a cue of being called up or going there, makes it the
# person's own; "a school in Kramatorsk was hit" and "set fire to the enlistment office in Uryupinsk" stay the
# town's (war geography, events), as does a capital ("his school in Moscow": a city of thousands of schools).
_OWN_NOUN = (
    r"(?:[Ss]chool|[Ll]yceum|[Gg]ymnasium|[Kk]indergarten|[Cc]ollege|[Tt]echnical\s+[Ss]chool|[Tt]echnikum|[Pp]lant"
    r"|[Ff]actory|[Mm]ine|[Dd]epot|[Mm]ill|[Ww]orkshop)"
)
_DRAFT_NOUN = (
    r"(?:(?:[Mm]ilitary\s+)?(?:[Rr]egistration\s+and\s+)?[Ee]nlistment\s+[Oo]ffice|(?:[Mm]ilitary\s+)?[Cc]ommissariat"
    r"|[Vv]oenkomat|(?:[Mm]ilitary\s+)?[Dd]raft\s+(?:[Oo]ffice|[Bb]oard)|[Rr]ecruit(?:ment|ing)\s+(?:[Oo]ffice|[Cc]ent(?:er|re))"
    rf"|(?-i:R?TCC)|{_MOBILISATION}"
    # the family's local authority: "went to the district administration in Kedrovka", "called the village council in X"
    r"|(?:[Dd]istrict|[Vv]illage|[Rr]ural|[Tt]own|[Ss]ettlement)\s+(?:[Aa]dministration|[Cc]ouncil))"
)
_IN_TOWN = (
    # "in the Kedrovsky district": a district with its article
    r"\s+in\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+|the\s+(?=\p{Lu}[\p{L}'’-]+\s+(?:[Dd]istrict|[Rr]aion)\b))?"
    rf"(?!(?:Russia|Ukraine|Moscow|Kyiv|Kiev|Minsk|St\.?|Saint|Petersburg|Crimea|Donbas|Donbass|{_CALENDAR})\b)"
    rf"{_PLACE_WORDS}(?:\s+(?:[Dd]istrict|[Rr]aion))?"
)
_CALLED_UP = (
    r"(?:mobili[sz]ed|drafted|conscripted|called\s+up|summoned|recruited|enlisted|registered|signed\s+(?:up|a\s+contract|"
    r"the\s+contract)|went|go|goes|going|gone|came|come|sent|took\s+him|taken|work(?:s|ed|ing)?|studied|study|graduated"
    r"|called|rang|phoned|wrote|asked)"
)
OWN_INSTITUTION = (
    r"(?<![\w-])(?-i:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+"
    rf"(?P<v>(?:(?:old|former|home|local|village|district|town|city|military)\s+){{0,2}}(?:{_OWN_NOUN}|{_DRAFT_NOUN}){_IN_TOWN})"
    rf"(?![\w-])|(?<![\w-]){_CALLED_UP}\s+(?:(?:up|in|at|to|by|from|through|with|into|for)\s+)?(?:the|a)\s+"
    rf"(?P<v>(?:(?:local|city|district|town|military|regional)\s+){{0,2}}{_DRAFT_NOUN}{_IN_TOWN})(?![\w-])"
)

# The street an institution stands on, as speech names it without the word "street" (на Волховской, на Ленина, на
# Шевченка): "the enlistment office on Volkhovskaya", "the hospital on Pushkinskaya", "the school on Shevchenka". The
# Russian and Ukrainian street name ends in -a (an adjective in -aya, -ska, -na, a surname's genitive in -ina, -ova,
# -ka); a word after it in Title case makes it a person's name ("on Olena Kedrenko's side") or a street written in
# full (_NAMED_STREET: only for offices), a house number an address
# (its own finding: "the gym on Lisova 3"), and a city of the gazetteer is no street (see ``accept``).
_BARE_STREET = (
    r"(?-i:(?!(?:Crimea|Russia|Ukraine|Moscow|Kyiv|Odesa|Odessa|Via|Rada|Duma)\b)\p{Lu}\p{Ll}{2,}a"
    r")(?![\p{L}'’-])(?!\s+(?:\p{Lu}|(?:street|avenue|road|lane|square)\b)|,?\s*\d)"
)
# The same with the word "street", or a lane or square: only for the offices that call up, register or hold a man
# ("the enlistment office on Lenin Street", "the district administration on Sadova Street"); "a school on Sumska
# Street" is where a strike hit as often.
_NAMED_STREET = (
    rf"(?:the\s+)?{_CAPW}(?:\s+{_CAPW})?\s+(?-i:[Ss]treet|St\.|[Aa]venue|[Rr]oad|[Ll]ane|[Ss]quare|[Pp]rospekt|"
    r"[Bb]oulevard)(?![\w-])"
)
# A church by its saint's possessive alone, after a preposition, as people name their parish: "the priest from St.
# Elijah's", "the funeral at St. Nicholas's". Not before a noun other than a church's ("St. George's ribbon", "St.
# Andrew's flag", "St. Nicholas's Day"), never the city ("St. Petersburg's").
_SAINT_POSSESSIVE = r"(?-i:St\.?|Saint)\s(?!Petersburg)\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?['’]s(?![\w-])"
SAINT_CHURCH = (
    r"(?<![\w-])(?-i:at|from|in|to|near|behind|outside|by|of)\s+(?:the\s+)?"
    rf"(?P<v>{_SAINT_POSSESSIVE})"
    r"(?=\s*[,.;:!?…)\]\"”]|\s*$|\s+(?-i:in|on|near|at|and|where|to|for|with|after|before|was|is|had|has|church|cathedral"
    r"|monastery|parish|chapel|every|each|since|until|when|then|too|as|came|went|said|stood|rang|held|gave|took|sang"
    r"|buried|\p{Ll}+ed)\b)"
)
# An institution with its number run together in a hashtag, as school and town pages tag their obituaries: "#School7",
# "#Lyceum_12", "#Gimnaziya3".
_HASHTAG = (
    r"(?<=#)(?i:school|lyceum|gymnasium|gimnaziya|gimnazia|shkola|litsey|litsei|kindergarten|detsad|colony|kolonia"
    r"|hospital|college|technikum)_?(?i:no_?|n)?\d{1,4}(?![\w-])"
)
# A colony named by its number alone in quotes, as convicts call theirs ("с «восемнадцатой»"): 'From "eighteen" in
# Magnitogorsk, remember? We were in the same detachment in the colony', 'he came from "the sixth"'. Only with a
# colony, zone or prison word in the same or the next sentences (within 160 characters either side; the recogniser
# reads only around an institution noun, so the colony itself is said near); the number alone is withheld, an article
# inside the quote left outside the mark as every English span leaves it.
_PRISON_WORD = r"(?:colon(?:y|ies)|zone|penal|prison|convicts?|inmates?|zeks?|detachment|IK-?\d{1,3})"
QUOTED_COLONY_NUMBER = (
    r"(?<![\w-])(?i:from|in|at|into|to|of)\s+(?:the\s+)?[\"“«‘]"
    rf"(?:the\s+)?(?P<v>{_SPOKEN_CARD}|{_SPOKEN_ORD})[\"”»’](?![\w-])"
    rf"(?:(?=[^\n]{{0,160}}?\b{_PRISON_WORD}\b)|(?<=\b{_PRISON_WORD}\b[^\n]{{0,160}}?))"
)
# A convict's colony with its town, told by the convict's own words: "served his time in the colony in Kopeisk",
# "recruited from the penal colony in Kedrovsk", "inmates of the colony in Kedrovka". A city's colony is one of several
# (see ``accept``); "the colony in Olenivka was shelled" has no convict's word and stays war geography.
CONVICT_COLONY = (
    r"(?<![\w-])(?:serv(?:ed|es|ing)|sat|sitting|did\s+time|doing\s+time|sentenced|sent|recruited|released|transferred"
    r"|escaped|returned|came\s+back|inmates?|prisoners?|convicts?|zeks?|time|sentence|term)"
    r"(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|from|at|to|of|into)\s+the\s+"
    r"(?P<v>(?:(?:penal|correctional|prison|strict-regime|high-security|general-regime|maximum-security|women['’]s)\s+)?"
    rf"colony{_IN_TOWN})(?![\w-])"
    r"(?!\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Kk]ray|[Rr]epublic|[Pp]rovince|[Tt]erritory)\b)"
)

# A plant by its Soviet acronym written with its first syllable in lower case (автозавод: -AZ), as the plants style
# themselves in Latin letters: AvtoVAZ, KamAZ, BelAZ, AvtoKrAZ. The same words are the trucks a war report destroys
# ("a KamAZ with ammunition"), so only as the place a man works: "worked on the assembly line at AvtoVAZ", "an
# employee of KamAZ", "his job at BelAZ".
_CAMEL_BRAND = r"(?-i:\p{Lu}\p{Ll}{1,6}\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu})(?![\p{L}'’-])"
CUED_BRAND = (
    r"(?<![\w-])(?:work(?:s|ed|ing)?|job|jobs|employed|employee|employees|worker|workers|hired|laid\s+off|fired|shift"
    r"|shifts)(?:\s+[\p{L}'’-]+){0,5}?\s+(?:at|for|by|of|in)\s+(?:the\s+)?"
    rf"(?P<v>{_CAMEL_BRAND})(?!\s+(?:trucks?|lorr(?:y|ies)|cars?|vehicles?|jeeps?|vans?|buses|bus|dump))"
)

# The workplace or school a man worked or studied at, with its town: "he worked at the meat-processing plant in
# Kedrovka", "she works at the hospital in Kedrivka", "graduated from the school in Kedrove". The verb makes it his
# own; a city's is one of many (see ``accept``), and "a plant in Kedrovka was hit" has no such verb.
WORKPLACE_IN = (
    r"(?<![\w-])(?:work(?:s|ed|ing)?|studied|study|studies|studying|graduated|job|employed|taught|teaches|teaching)"
    r"(?:\s+(?!(?:in|at|from)\b)[\p{L}'’-]+){0,3}?\s+(?:at|in|from)\s+(?:the|a)\s+"
    rf"(?P<v>(?:(?:{_KIND}|{_MOD})\s+){{0,2}}(?:{_OWN_NOUN}|[Hh]ospital|[Ff]arm|[Cc]olliery|[Pp]olyclinic){_IN_TOWN})"
    r"(?![\w-])(?!\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Kk]ray|[Rr]epublic|[Pp]rovince|[Tt]erritory)\b)"
)

_NOUN_RE = regex.compile(
    rf"(?<![\w-])(?:{_NOUN}(?![\w])|{_BRANCH}|{_PLOT}|(?-i:FKU|IK|LIU|SIZO|IVS)(?=\s?-?\s?\d|\s(?:No\.?|№)\s?\d)|{_LEGAL}(?![\w-])|{_LEGAL_SPELLED}|{_COMPOUND}|{_OWN_NOUN}(?![\w-])|{_DRAFT_NOUN}|{_SAINT_POSSESSIVE}|{_CAMEL_BRAND})"
    rf"|{_HASHTAG}"
)


_NOUN_AT = regex.compile(rf"(?:{_KIND}\s+)*{_NOUN}(?![\w-])")
# An institution noun right before a quoted name, or a legal form or noun right after it: Agrofirm "Kedr", the
# "Kedr" plant, "Kedr-Agro" LLC.
_NOUN_BEFORE_QUOTE = regex.compile(rf"(?<![\w-])(?:{_NOUN}|{_LEGAL}|{_LEGAL_SPELLED})\s*[\"“«]$")
_AFTER_QUOTE = regex.compile(rf"[\"”»]\s*(?:(?:{_KIND}|{_MOD})\s+){{0,2}}(?:{_NOUN}|{_LEGAL})(?![\w-])")


def quoted_institution_name(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at ``text[start:end]`` name an institution by its noun or legal form before or
    after the quotes (Agrofirm "Kedr-Agro" LLC, the "Kedr" plant, "Kedr" LLC): a company's name, not a call sign
    in a passage about call signs."""
    return (
        _NOUN_BEFORE_QUOTE.search(text, max(0, start - 60), start) is not None
        or _AFTER_QUOTE.match(text, end) is not None
    )


_TRIMMED = frozenset({"numbered", "named", "named_number", "quoted"})


class EnglishOrganizationRecognizer(RegexRecognizer):
    """ORGANIZATION in English: a local institution with a number or a proper name."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["ORGANIZATION"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        # "Secondary School No. 14", "school No. 3", "Penal Colony No. 11", "Lyceum #127", "IK-7"-style "Colony-7".
        compile_pattern(
            "numbered",
            rf"(?<![\w-])(?P<v>(?:{_PROPER}\s+){{0,2}}{_STAGE_BEFORE}?(?:{_KIND}\s+){{0,4}}{_NOUN}{_STAGE}?"
            # the kind in brackets between the noun and its number: "Lyceum (specialised secondary school) No. 1"
            r"(?:\s+\((?:[a-z-]+\s+){0,3}(?:school|lyceum|gymnasium|college)\))?"
            rf"(?:{_NUMBER}|{_BARE_NUMBER})"
            # its quoted name after the number, as Russian kindergartens and schools keep it: kindergarten No. 5
            # "Solnyshko", school No. 3 "Golden Key" (Title-case words only: a quotation has its small words)
            r"(?:\s+[\"“«]\p{Lu}[\p{L}\d'’-]*(?:\s\p{Lu}[\p{L}\d'’-]*){0,2}[\"”»])?"
            rf"{_STAGE}?(?:{_BOARD}|{_PLACE_TAIL}|{_IN_PLACE})?{_NAMED_AFTER}?(?:{_COUNCIL_OF})?)",
            0.9,
        ),
        # "Sosnivka Village Council", "the Kirovsky district military enlistment office", "St. Nicholas Church".
        compile_pattern(
            "named",
            # not after a country's adjective: "the Russian Special Forces University" is the country's
            r"(?<!(?-i:Russian|Ukrainian|All-Russian|All-Ukrainian)(?:\s+\p{Lu}[\p{L}'’-]+)*\s)"
            rf"(?<![\w-])(?P<v>{_PROPER}(?:\s+{_PROPER}){{0,3}}\s+(?:{_MODS}\s+){{0,3}}{_NOUN}{_STAGE}?{_FIELD}?"
            # the town "of" which it is, as translations turn it round: "Northern Cemetery of Revda", "Kedrove
            # Gymnasium of the town of Kedrivka"
            rf"(?:{_NUMBER})?(?:\s+[\"“«]\p{{Lu}}[^\"“”«»\n]{{1,40}}[\"”»])?{_NAMED_AFTER}?(?:{_PLACE_TAIL}|{_IN_PLACE})?)"
            r"(?![\w-])",
            0.86,
        ),
        # An office two towns or districts share, as Russian enlistment offices and councils are merged: "the Revda and
        # Degtyarsk military commissariat", "Leninsky and Kirovsky district enlistment office".
        compile_pattern(
            "joint_office",
            rf"(?<![\w-])(?P<v>{_PROPER}\s+and\s+{_PROPER}\s+(?:{_MODS}\s+){{0,3}}{_OFFICE}(?:{_IN_PLACE})?)(?![\w-])",
            0.86,
        ),
        # The number between the name and the noun: "the Zarichna No. 4 mine", "Kedrova No. 2 colliery".
        compile_pattern(
            "named_number",
            rf"(?<![\w-])(?P<v>(?:(?!{_NOUN}\b){_PROPER}\s+){{0,2}}(?!{_NOUN}\b){_PROPER}\s*(?:No\.?|Nr\.?|№|#)\s*"
            rf"\d{{1,4}}[A-Za-z]?"
            rf"\s+(?:{_MODS}\s+){{0,2}}{_NOUN}(?:{_IN_PLACE})?)(?![\w-])",
            0.86,
        ),
        compile_pattern("penal", rf"(?<![\w-])(?P<v>{_PENAL})(?![\w-])", 0.9),
        compile_pattern(
            "legal_form",
            # the place after the name: MBOU "Secondary School No. 2" of the village of Kedrovka
            rf"(?<![\w-])(?P<v>{_LEGAL}\s+{_LEGAL_NAME}(?:{_PLACE_TAIL}|{_IN_PLACE})?)(?![\w-])",
            0.88,
        ),
        compile_pattern(
            "legal_form_spelled",
            rf"(?<![\w-])(?P<v>{_LEGAL_SPELLED}\s+[\"“«]\p{{Lu}}[^\"“”«»\n]{{1,60}}[\"”»](?:{_PLACE_TAIL}|{_IN_PLACE})?)(?![\w-])",
            0.9,
        ),
        compile_pattern(
            "legal_form_after",
            # a name of up to three words: "Kedr Agro LLC", "Zorya Nova Trans LLC"; a quoted name with its kind before
            # it: Agrofirm "Kedr-Agro" LLC, "Kedrivske" PE
            rf"(?<![\w-])(?P<v>(?:(?:(?!{_NOT_PROPER}\b)\p{{Lu}}[\p{{L}}'’]+(?:-\p{{Lu}}?[\p{{L}}'’]+)*{_TOWN_NUMBER}\s+){{1,3}}"
            rf"|(?:(?:{_KIND}|[Cc]ommunal|[Pp]rivate|[Ff]arming)\s+){{0,2}}(?:{_NOUN}\s+)?[\"“«]\p{{Lu}}[^\"“”«»\n]{{1,40}}[\"”»]\s+)"
            rf"{_LEGAL})(?![\w-])",
            0.88,
        ),
        # A quoted name before the noun, as translations write Russian and Ukrainian names: the "Gas Turbines"
        # plant, the "Kedr" farm, "Sonechko" kindergarten; a quoted name after it: Ternivska mine "Kedrova".
        compile_pattern(
            "quoted",
            rf"(?<![\w-])(?P<v>[\"“«]\p{{Lu}}[^\"“”«»\n]{{1,40}}[\"”»]\s+(?:(?:{_KIND}|{_MOD})\s+){{0,3}}{_NOUN}"
            rf"(?:{_NUMBER})?(?:{_IN_PLACE}|{_REGION_TAIL})?)(?![\w-])",
            0.88,
        ),
        # A quoted name after the noun: the municipal enterprise "Kedrivka Teplo", the agricultural firm «Svitanok»
        # of the Kedrivka Village Council. A short name (five words at most, no sentence stop inside): a quotation
        # after a noun ("the hospital said: "We have no beds"") runs longer or opens after a colon.
        compile_pattern(
            "quoted_after",
            rf"(?<![\w-])(?P<v>(?:(?:{_KIND}|[Cc]ommunal|[Pp]rivate|[Cc]ollective|[Ff]arming)\s+){{0,3}}{_NOUN}\s+[\"“«]\p{{Lu}}[^\"“”«»\n.,:;!?\s]*"
            rf"(?:\s[^\"“”«»\n.,:;!?\s]+){{0,4}}[\"”»](?:{_COUNCIL_OF}|{_IN_PLACE})?)(?![\w-])",
            0.86,
        ),
        # A church by its dedication: "Church of the Nativity", "Cathedral of St. Michael", "Chapel of Our Lady of
        # Kazan". The capitalised noun and "of" + a capitalised dedication name it; "the Church of England" (no
        # article, a nation) does not match.
        compile_pattern(
            "dedication",
            r"(?<![\w-])(?P<v>(?:(?-i:Church|Cathedral|Monastery|Chapel|Temple|Convent|Parish)\s+of\s+(?:(?-i:the)\s+|"
            r"(?=(?-i:Sts?\.?\s|SS\.\s|Saint|Our)))"
            # in lower case only before a saint or a feast: "the parish of St. Nicholas", "church of the Holy Trinity"
            r"|(?-i:church|cathedral|monastery|chapel|parish|convent)\s+of\s+(?:(?-i:the)\s+(?=(?-i:Holy|Nativity|Resurrection"
            r"|Intercession|Assumption|Transfiguration|Ascension|Annunciation|Trinity|Protection|Dormition|Epiphany"
            r"|Virgin|Theotokos)\b)|(?=(?-i:Sts?\.?\s|SS\.\s|Saints?\s|Our\s+Lady|Holy))))"
            r"(?-i:(?:(?:Sts?\.?|SS\.|Saints?)\s)?\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?|the\s+)?\p{Lu}[\p{L}'’-]+){0,3}"
            # two saints of one dedication: "Church of St. Anthony and Theodosius", "Church of Saints Peter and Paul",
            # "Cathedral of Sts. Cyril and Methodius"
            r"(?:\s+(?:and|&)\s+(?:(?:St\.?|Saint)\s)?(?!(?:The|A|An|He|She|They|It|We|I|His|Her|Their)\b)\p{Lu}[\p{L}'’-]+"
            r"(?:\s+(?:of\s+(?:the\s+)?|the\s+)\p{Lu}[\p{L}'’-]+)?(?![\p{L}'’-]|\s+\p{Lu}))?)(?:" + _IN_PLACE + r")?)"
            r"(?![\w-])",
            0.85,
        ),
        # "a granite quarry in Rafalivka", "the old cemetery near the Nur mosque", "a pharmacy on vul. Shkilna": a
        # burial place, place of worship, shop or workplace is one institution when the town, street or landmark it
        # stands at is named. Schools, hospitals, plants and offices "in Kyiv" or "in Avdiivka" are war geography
        # as often as a home: they need a number or a name.
        compile_pattern(
            "anchored",
            # its street and then its town: "the gym on Ataleva street in Kedrovsk"
            rf"(?<![\w-])(?P<v>(?:(?:old|new|main)\s+)?(?:(?:{_KIND}|{_MOD})\s+){{0,2}}{_SITE}{_IN_PLACE}(?:{_IN_PLACE})?)(?![\w-])",
            0.8,
        ),
        # The army's numbered hospitals, morgues and the centres that receive the dead, by their ordinal: "the
        # 522nd centre for receiving, processing and dispatching the dead", "the 522nd Center for the Reception,
        # Processing and Dispatch of the Dead", "the 1602nd military clinical hospital", "the 111th forensic
        # laboratory". A military or clinical word before a hospital ("his 2nd hospital" counts), the dead at the end
        # of a centre's purpose.
        compile_pattern(
            "ordinal_institution",
            r"(?<![\w-])(?P<v>(?:\d{1,4}(?:st|nd|rd|th)\s+(?:"
            r"(?:(?:[Dd]istrict|[Cc]entral|[Mm]ain|[Nn]aval|[Mm]ilitary|[Cc]linical|[Gg]arrison|[Ff]ield|[Mm]obile|[Ss]tate"
            r"|[Ff]orensic|[Mm]edical)\s+){1,4}(?:[Hh]ospital|[Mm]orgue|[Ll]aborator(?:y|ies)|[Cc]linic)"
            # a city's numbered cemetery in Title case: "the 18th Cemetery" (lower case counts: "the 3rd cemetery")
            r"|(?-i:(?:City\s+|Military\s+)?Cemetery)"
            r"|(?:[Ss]pecial\s+|[Mm]ilitary\s+)?[Cc]ent(?:re|er)\s+(?:for|of)\s+(?:the\s+)?(?:\p{L}+(?:,\s+|\s+and\s+|\s+)){1,6}?"
            r"(?:(?:of|for)\s+)?(?:the\s+)?(?:[Dd]ead|[Dd]eceased|[Ff]allen|[Bb]odies|[Rr]emains)(?:\s+(?:soldiers|servicemen))?)"
            # the number as Russian names write it, without the ordinal's ending, before a Title-case name: "the 1602
            # Military Clinical Hospital" (1602 ВКГ), "the 354 District Military Hospital"
            r"|(?-i:\d{3,4}\s+(?:(?:District|Central|Main|Naval|Military|Clinical|Garrison)\s+){1,4}Hospital))"
            rf"(?:{_IN_PLACE})?)(?![\w-])",
            0.86,
        ),
        # The same "of" its town, as translations of the genitive put it (ЦРБ города X, средняя школа X): "the Central
        # District Hospital of Kedrovsk", "the secondary school of Kedrovka", "the agricultural college of Kedrovsk".
        # A level or a school's kind must stand before the noun: "the city hospital of Kherson" and "the hospital of
        # Kherson" stay war geography; a council or administration "of" a town is the local authority.
        compile_pattern(
            "local_of",
            r"(?<![\w-])(?P<v>(?:[Cc]entral\s+)?(?:[Dd]istrict|[Vv]illage|[Rr]ural|[Ss]ettlement|[Tt]own|[Rr]aion|[Ss]econdary"
            r"|[Cc]omprehensive|[Bb]asic|[Pp]rimary|[Vv]ocational|[Aa]gricultural|[Tt]echnical|[Pp]edagogical|[Mm]edical)\s+"
            rf"(?:(?:{_KIND}|{_MOD})\s+){{0,2}}(?!(?:{_COUNCIL}|[Dd]uma|[Ss]tarostat)\b){_NOUN}{_TOWN_OF})(?![\w-])",
            0.86,  # above a place finding inside it: the whole is the institution
        ),
        # A burial place or place of worship "of" its village, as translations of Russian and Ukrainian names put it
        # (кладбище села X, мечеть аула X): "the cemetery of Staroye Kamyshnoye", "the old mosque of the village of
        # Kedrovo". In lower case: "the Church of England" and "Cathedral of Christ the Saviour" are public, a saint
        # after "church of" is a dedication (its own pattern).
        compile_pattern(
            "site_of",
            rf"(?<![\w-])(?P<v>(?:(?:old|new|main)\s+)?(?:(?:{_KIND}|{_MOD})\s+){{0,2}}"
            r"(?-i:cemetery|graveyard|Cemetery|Graveyard|mosque|church|chapel|prayer\s+house)\s+of\s+"
            r"(?:the\s+(?:village|town|city|settlement|aul|stanitsa|khutor)\s+of\s+)?"
            r"(?!(?:Russia|Ukraine|St|Saint|Holy|Our|Christ|England|Scotland|God)\b)"
            rf"{_PLACE_WORDS})(?![\w-])",
            0.86,
        ),
        # A district's or village's own school, hospital or office with its town after "in": "the district hospital in
        # Nikolsk", "the village school in Kedrovka", "the central district hospital in Velikiye Luki". The level word
        # makes it the one of that town; "the hospital in Belgorod", "a school in Kramatorsk", "the regional hospital in
        # Kursk" stay war geography, and a region after the place ("a village school in Kharkiv region") names no one.
        compile_pattern(
            "local_in",
            r"(?<![\w-])(?P<v>(?:[Cc]entral\s+)?(?:[Dd]istrict|[Vv]illage|[Rr]ural|[Ss]ettlement|[Tt]own|[Rr]aion)\s+"
            # not the local authority itself: "the district administration in Kedrovka said the road was closed"
            rf"(?:(?:{_KIND}|{_MOD})\s+){{0,2}}(?!(?:{_COUNCIL}|[Dd]uma|[Ss]tarostat)\b){_NOUN}{_IN_PLACE})(?![\w-])"
            r"(?!\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Kk]ray|[Rr]epublic|[Pp]rovince|[Tt]erritory)\b)",
            0.86,
        ),
        # A part of a cemetery by its honour name, with the cemetery or town: "the Alley of Heroes of the Kedrivka
        # town cemetery", "Heroes' Alley at Kedrove Cemetery", "the Field of Honour in Kedrivka". The honour name
        # alone is in every town: without the cemetery or town it names nothing.
        compile_pattern(
            "burial_plot",
            rf"(?<![\w-])(?P<v>{_PLOT}(?:\s+(?:of|at|in|on)\s+(?:the\s+)?(?:{_PROPER}\s+){{1,2}}(?:{_MODS}\s+){{0,2}}"
            rf"(?:[Cc]emetery|[Gg]raveyard)|\s+(?:of|at|in|on)\s+(?:the\s+)?(?:[Cc]emetery|[Gg]raveyard)"
            rf"(?:{_IN_PLACE}|{_PLACE_TAIL})|{_IN_PLACE}))(?![\w-])",
            0.85,
        ),
        # An employer named, then told in an apposition: "Kedr Trans, a trucking company operating in Rivne", "Lisova
        # Hata, a family bakery in Sambir". The noun ends the apposition ("a company commander" is a person's post).
        compile_pattern(
            "apposition",
            rf"(?<![\w-])(?P<v>(?!{_NOT_PROPER}\b)\p{{Lu}}[\p{{L}}'’&-]+(?:\s+(?:\p{{Lu}}[\p{{L}}'’&-]+|&)){{0,3}})"
            r",\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:company|firm|business|enterprise|plant|factory|farm|manufacturer"
            r"|cooperative|agency|shop|store|bakery|caf[eé]|restaurant|workshop|sawmill|mill|holding|startup|contractor"
            r"|supplier|producer|distributor|retailer|chain|agrofirm|agroholding)"
            r"(?=\s*[,.;:)]|\s+(?:in|operating|based|that|which|owned|near|from|with|where|run|founded|specializing"
            r"|specialising|outside|on)\b)",
            0.8,
        ),
        compile_pattern(
            "branch",
            rf"(?<![\w-])(?P<v>{_PROPER}\s+(?:(?:city|district|regional|town)\s+)?{_BRANCH}\s+of\s+(?:the\s+)?"
            # a national company's or academy's town branch is local ("the Kedrovsk branch of Russian Railways", "of the
            # Russian Presidential Academy of National Economy"); not the army's, the state's or the Red Cross's
            r"(?!(?:Russia|Ukraine|Red\s+Cross|Red\s+Crescent)\b|(?:Russian|Ukrainian)\s+(?:Armed|Army|Navy|Air"
            r"|Defen[cs]e|Federation|Government|Parliament|Orthodox|Security|Red|Helsinki)\b)"
            # its name in up to five words: "of the Russian State Social University"
            r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?)"
            r"(?![\w-])",
            0.86,
        ),
        compile_pattern("spoken school number", SPOKEN_SCHOOL, 0.8),
        compile_pattern("spoken school elided", SPOKEN_SCHOOL_ELIDED, 0.8),
        # the same with its town: "school number twelve in Kedrovsk"
        compile_pattern(
            "spoken school in town",
            rf"(?<![\w-])(?P<v>{_NUMBERED_KIND}\s+(?:number|No\.?)\s+{_SPOKEN_CARD}{_IN_PLACE})(?![\w-])",
            0.82,
        ),
        # A lower-case noun with the person it is named after, as obituaries translate "школа имени X": "the school
        # named after Hero of the Soviet Union Ivan Kedrov", "the mine named after Zasyadko in Donetsk".
        compile_pattern(
            "noun_named_after",
            rf"(?<![\w-])(?P<v>(?:{_KIND}\s+){{0,3}}{_NOUN}{_NAMED_AFTER}(?:{_IN_PLACE})?)(?![\w-])",
            0.84,
        ),
        # The village's culture house where a farewell is held, its village named before: "a farewell at the village
        # House of Culture", "the rural House of Culture". Capitalised, as the one house of that village; "a house of
        # culture" in lower case is any.
        compile_pattern(
            "village venue",
            r"(?<![\w-])(?P<v>(?:[Vv]illage|[Rr]ural|[Ss]ettlement)\s+(?-i:House|Palace)\s+of\s+(?-i:Culture))(?![\w-])",
            0.8,
        ),
        compile_pattern("compound", rf"(?<![\p{{L}}'’-])(?P<v>{_COMPOUND})", 0.86),
        compile_pattern("own institution", OWN_INSTITUTION, 0.86),
        # "the enlistment office on Volkhovskaya", "the school on Shevchenka", "the enlistment office on Lenin Street"
        compile_pattern(
            "on_street",
            rf"(?<![\w-])(?P<v>(?:(?:{_KIND}|{_MOD})\s+){{0,2}}{_NOUN}\s+on\s+{_BARE_STREET}"
            rf"|(?:(?:{_KIND})\s+){{0,2}}(?:{_DRAFT_NOUN}|{_DRAFT_OFFICE})\s+on\s+{_NAMED_STREET})",
            0.86,
        ),
        compile_pattern("saint's church", SAINT_CHURCH, 0.8),
        compile_pattern("hashtag", rf"(?P<v>{_HASHTAG})", 0.85),
        compile_pattern("cued brand", CUED_BRAND, 0.85),
        compile_pattern("convict's colony", CONVICT_COLONY, 0.86),
        compile_pattern("colony by its quoted number", QUOTED_COLONY_NUMBER, 0.8),
        compile_pattern("workplace_in", WORKPLACE_IN, 0.86),
        # A burial place with its honour section after a comma, as records list the grave: "Buried: Kedrove town
        # cemetery, Alley of Heroes", "Kedrivka cemetery, the Alley of Glory".
        compile_pattern(
            "cemetery_plot",
            rf"(?<![\w-])(?P<v>(?:{_PROPER}\s+){{1,2}}(?:{_MODS}\s+){{0,2}}(?:[Cc]emetery|[Gg]raveyard)(?:{_IN_PLACE})?"
            rf",\s+(?:the\s+)?{_PLOT})(?![\w-])",
            0.87,
        ),
        # A council or administration "of" its village or town, as translations turn it round: "the Rural Council of
        # Hostomel", "the Village Council of Kedrivka", "the Administration of the village of Kedrove". Not a council
        # of a country or of ministers ("Council of Europe", "Security Council of Ukraine", "Council of Ministers").
        compile_pattern(
            "council_of",
            r"(?<![\w-])(?P<v>(?:(?:[Rr]ural|[Vv]illage|[Tt]own|[Cc]ity|[Ss]ettlement|[Dd]istrict|[Mm]unicipal)\s+)"
            r"(?:[Cc]ouncil|[Aa]dministration|[Mm]ilitary\s+[Aa]dministration)\s+of\s+(?:the\s+(?:village|town|city|settlement)"
            rf"\s+of\s+)?(?!(?:Russia|Ukraine|Europe|Ministers|Kyiv|Moscow)\b){_PROPER})(?![\w-])",
            0.85,
        ),
        # An enlistment office "in" its town is that town's one, whatever happens there: "the enlistment office in
        # Kedrovsk", "set fire to the military commissariat in Kedrovsk" (the convention's whole designation: the
        # office and its attached place). Not a capital's ("the enlistment office in Moscow": one of dozens), a
        # month's or a country's; "local" before it stays a plain word.
        compile_pattern(
            "office_in",
            rf"(?<![\w-])(?P<v>(?:(?:city|district|town|military|regional|[Cc]ity|[Dd]istrict)\s+){{0,2}}{_DRAFT_OFFICE}{_IN_TOWN})"
            r"(?![\w-])(?!\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Kk]ray|[Rr]epublic|[Pp]rovince|[Tt]erritory)\b)",
            0.86,
        ),
        # "the military enlistment office of Kandalaksha", "the district military commissariat of Velikiye Luki".
        compile_pattern(
            "office_of",
            rf"(?<![\w-])(?P<v>(?:{_KIND}\s+){{0,3}}{_DRAFT_OFFICE}{_TOWN_OF})(?![\w-])",
            0.86,
        ),
        # "the secondary school of the village of Sosnivka", "Hospital of Kirovsky District".
        compile_pattern(
            "place_of",
            rf"(?<![\w-])(?P<v>(?:{_KIND}\s+){{0,4}}{_NOUN}{_PLACE_OF})",
            0.86,  # above a place finding inside it: the whole is the office, not a district
        ),
    )

    def spans(self, text: str) -> Iterable[tuple[int, int, NamePattern]]:
        """Candidates only around an institution noun: the patterns are run on a window before and after each."""
        seen: set[tuple[int, int, str]] = set()
        last_hi = -1
        for hit in _NOUN_RE.finditer(text):
            lo, hi = max(0, hit.start() - 160), min(len(text), hit.end() + 80)
            if hi <= last_hi:
                continue
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1  # never start a window inside a word
            window = text[lo:hi]
            last_hi = hi
            for start, end, pat in super().spans(window):
                if pat.name in _TRIMMED and (after := _possessive_place(window, start, end)) is not None:
                    if not regex.search(r"\s", window[after:end]):
                        continue  # "Zvyahel's School": the noun alone is no institution
                    start = after
                trimmed = _without_region(window, start, end)
                if trimmed != end and regex.fullmatch(r"\p{Ll}+", window[start:trimmed]):
                    continue  # "the mine in Donetsk Oblast": without the region the noun alone names nothing
                end = trimmed
                key = (lo + start, lo + end, pat.name)
                if key not in seen:
                    seen.add(key)
                    yield lo + start, lo + end, pat

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Keep a named institution only when its first proper word does not open the sentence by itself, and its
        noun is no verb ("Rasul Abdulaev works as a driver", "Mum still works at the bakery")."""
        if regex.search(r"(?:^|\s)(?:\p{Lu}[\p{L}'’-]*|" + _ADVERBS + r")\s+works$", text[start:end]):
            return False  # "Halyna works", "Mum still works": a person's verb, not "Kolomyia brick works"
        if pattern.name == "compound":
            from redact.recognizers.nlp.gazetteer import place_gazetteer

            return not place_gazetteer().get(text[start:end])  # "Elektrostal" is a town
        if pattern.name == "apposition":
            # a person told by their work ("Petro Koval, a farm owner" fails the noun's end; "Petro, a farm ..."
            # opens on a given name) or a public company the register keeps
            from redact.recognizers.given_name import given_names

            first = text[start:end].split()[0]
            return not given_names().get(first) and not is_not_name(first)
        if pattern.name in ("office_in", "convict's colony", "workplace_in"):
            return not _city_after_in(text[start:end])
        if pattern.name == "on_street":
            from redact.recognizers.nlp.gazetteer import place_gazetteer

            street = text[start:end].rsplit(" on ", 1)[-1]
            # a city is no street ("the plant on Moscow" is no English); villages share the streets' names
            # (Sovetskaya, Shevchenka, Sadova are villages too), and a city's name in the genitive is a street named
            # after a man ("the office on Kirova" is улица Кирова, not Kirov)
            return not any(e.kind == "city" and e.canonical + "a" != street for e in place_gazetteer().get(street))
        if pattern.name not in ("named", "named_number"):
            return True
        before = text[max(0, start - 3) : start].rstrip()
        first = text[start:end].split()[0]
        # A sentence-initial Title-case word is only a proper word when it is not an ordinary English word.
        if (not before or before[-1] in ".!?:\n") and first.lower() in _COMMON_INITIAL:
            return False
        words = text[start:end].split()
        if (
            (not before or before[-1] in ".!?:\n")
            and len(words) > 2
            and regex.fullmatch(r"\p{Lu}\p{Ll}+[^'’s]s", words[0])
            and regex.fullmatch(r"\p{Ll}{3,}ed", words[1])
        ):
            return False  # "Recruiters visited penal colony ...": a plural subject and its verb, no name
        return True


# Adverbs before "works" that make it a verb.
_ADVERBS = r"(?:still|also|now|only|just|usually|never|always|often|already|currently|mostly|even)"


# The place after "in"/"near" at the end of a designation, and the administrative noun that may follow it.
_TAIL_IN = regex.compile(
    r"\s+(?:in|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*(?:\s+\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*){0,2})$"
)
_ADMIN_AFTER = regex.compile(
    r"\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Kk]ray|[Rr]epublic|[Tt]erritory|[Pp]rovince|[Oo]krug|[Aa]utonomous)(?![\w-])"
)


def _without_region(text: str, start: int, end: int) -> int:
    """Where a designation ends once a region after "in" is left out: "the village library in Tver Oblast", "Colony
    No. 2 in Chuvashia" name the institution by what comes before; the region is context (its own finding, or public)
    and "in" is a plain word. A town, village or district after "in" stays ("Holy Trinity Church in Kolomyia")."""
    m = _TAIL_IN.search(text, start, end)
    if m is None:
        return end
    if _ADMIN_AFTER.match(text, end) is None:
        from redact.recognizers.nlp.gazetteer import place_gazetteer

        entries = place_gazetteer().get(m.group(1))
        if not entries or not all(e.kind.startswith("region:") for e in entries):
            return end
    return int(m.start())


def _city_after_in(designation: str) -> bool:
    """Whether the place after the last "in" of a designation is a city of the gazetteer: a city's enlistment office is
    one of several, where draftees from anywhere pass ("a summons at the enlistment office in Rostov"); a town's is the
    one of its men ("the enlistment office in Shadrinsk")."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    town = designation.rsplit(" in ", 1)[-1].removeprefix("the ")
    town = regex.sub(r"^(?:village|town|city|settlement)\s+of\s+", "", town)
    town = regex.sub(r"\s+(?:[Dd]istrict|[Rr]aion)$", "", town)
    return any(e.kind == "city" for e in place_gazetteer().get(town))


def _possessive_place(text: str, start: int, end: int) -> int | None:
    """Where an institution with a proper name of its own starts after a town's possessive ("Kremenchuk's Avtokraz
    plant" -> "Avtokraz plant"), or None.

    Only a gazetteer place, which the place recognizers find on their own, and only before a proper name: in
    "Rostov's Morgue No. 1522" the town is what tells the morgue apart and stays in the designation, as does a
    possessor that may be a person ("Petrenko's Kedr farm")."""
    m = regex.match(r"(\p{Lu}[\p{L}-]+)['’]s\s+(?=" + _PROPER + r"\s)", text[start:end])
    if not m or _NOUN_AT.match(text, start + m.end()):
        return None
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    return start + m.end() if place_gazetteer().get(m.group(1)) else None


_COMMON_INITIAL = frozenset(
    "new old big small good bad our the this that every some many most few both all any another other "
    "village town city district school local private public nearby".split()
)
