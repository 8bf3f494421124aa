"""Document numbers: Russian passports, military IDs, dog tags, SNILS, INN, Ukrainian RNTRC and ID cards.

Matches "паспорт 45 12 345678" / "passport 4512 345678" (needs a passport
word near: the series has no checksum), "серия 63 09, номер 148207", military
ID "АК 1234567", dog tag / personal number "АБ-123456" (also transliterated
"YuK-731208"), SNILS "123-456-789 64" (checksum), INN (``stdnum.ru.inn``),
РНОКПП (``stdnum.ua.rntrc``) and Ukrainian ID-card numbers after "ID-картка".
Known false positive: a two-letter code and seven digits that is not a
military ID (an invoice "АБ 1234567").

English retellings add their own forms (issue 15): a series and number after "series" whatever the document
("military ID series AB No. 123456", "death certificate, series II-MYu No. 512834"), a serviceman's document named
literally ("military ticket", "service card", "officer's ID"), transliterated case numbers ("51-1234km24",
"A40-123456/2023", "222-UD23-37-A6", an en dash or "#"), a court decision's register number, a KUSP entry, an act
record, a personal or search file, an insurance policy, a parcel's tracking number and a captive's list or ICRC
number, each behind its document's words; a law's, decree's, resolution's or warrant's number stays.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer, cascaded_context

__all__ = ["IdNumberRecognizer", "snils_ok"]

# The number sign may be the Latin "No" where "№" was not at hand ("серия 14 19 No 603427").
PASSPORT_RU = r"(?<![\d-])\b(?P<v>\d{2}\s?\d{2}\s?(?:(?:№|(?-i:No)\.?)\s?)?\d{6})\b(?![-\d])"
PASSPORT_SERIES = r"\b(?:сери[яиюей]|серія|series)\s*[:№]?\s*(?P<v>\d{2}\s?\d{2})\b(?!\s?\d{6})"
PASSPORT_NUMBER = r"\b(?:номер|number|№|no\.)\s*[:№]?\s*(?P<v>\d{6})\b(?![-\d])"
# The letters of a document's series named on their own ("паспорт серии АВ", "військовий квиток серії ЖК"): the
# series narrows the document down; the number after it, when written, is the passport pattern's.
SERIES_LETTERS = (
    r"\b(?:паспорт\p{L}*|билет\p{L}*|удостоверени\p{L}*|свидетельств\p{L}*|посвідченн\p{L}*|квит\p{L}*"
    r"|свідоцтв\p{L}*)\s+(?:\p{Ll}+\s+){0,2}?(?:сери[яиюей]|серії|серію|серія|серией|серією)\s*[:№]?\s*"
    r"(?P<v>(?-i:[А-ЯЁІЇЄҐ]{2}|[A-Z]{2}))(?![\p{L}\d])"
)
UA_ID_CARD = (
    r"\b(?:ID-?\s?карт\p{L}*|ID\s?card|id-картк\p{L}*|паспорт\p{L}*)\s*(?:[:№,]|No\.?|number)?\s*(?P<v>\d{9})\b"
)
# A bank account in IBAN form ("UA21 3223 1300 0002 6007 2335 6600 1"): the country, two check digits and the account;
# the mod-97 check must hold.
IBAN = r"(?-i:(?<![\p{L}\d])(?P<v>[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30})(?![\p{L}\d]))"
UA_OLD_PASSPORT = r"(?-i:\b[А-ЯІЇЄҐ]{2}\s?№?\s?\d{6}\b)"
# Dog tag / personal number: one to three letters (a transliterated "Ю" is "Yu"), a hyphen, six digits.
# A Cyrillic series letter transliterated as a digraph keeps its lower-case second letter: "Zh-482910", "Shch-1234567".
_TRANSLIT_LETTER = r"(?:Zh|Kh|Ch|Sh|Shch|Ts|Ya|Yu|Ye|Yo)"
DOG_TAG = r"(?-i:\b(?:[А-ЯЁ]{1,2}|[A-Z](?:[a-z]?[A-Z])?|" + _TRANSLIT_LETTER + r")\s?-\s?\d{6}\b)(?![-\d])"
# "жетон АБ 123456": without the hyphen the shape is common, so only beside a document word.
DOG_TAG_SPACED = r"(?-i:\b(?:[А-ЯЁ]{1,2}|[A-Z]{1,2})\s\d{6}\b)(?![-\d])"
MILITARY_ID = r"(?-i:\b(?:[А-ЯЁІЇЄҐ]{2}|[A-Z]{2})\s?№?\s?\d{7}\b)(?![-\d])"
SNILS_FORMATTED = r"(?<![\d-])\b\d{3}[-\s]\d{3}[-\s]\d{3}[-\s]\d{2}\b(?![-\d])"
# Ukrainian register number (УНЗР): the birth date YYYYMMDD, a hyphen and five digits; the date is checked.
# A prisoner's number in the camp, as a captive reads it out on a call home or a list gives it: "my number here is
# RU-0417-2289", "my number in the camp is UA-PoW 41177", "POW number 27714". The cue says whose number it is; the
# value is a code of letters and digits or a run of four to eight digits.
POW_NUMBER = (
    r"\b(?:(?:POW|PoW|P\.O\.W\.|prisoner(?:[-\s]of[-\s]war)?(?:['’]s)?|camp|captive(?:['’]s)?|exchange)\s+(?:number|No\.?|#)"
    # the number a list or the Red Cross gives a captive: "on the exchange list under No. 217", "ICRC registration
    # number 00412-37", "the POW list gives him as number 4417"
    r"|(?:(?-i:ICRC)|Red\s+Cross)(?:\s+(?:registration|ID|card))?\s+(?:number|No\.?|#)"
    r"|(?:POW|PoW|prisoners?|exchange|captives?)['’]?\s+lists?(?:\s+\p{Ll}+){0,3}?\s+(?:under|as)\s+(?:number|No\.?|#)"
    r"|my\s+number\s+(?:here|in\s+(?:the\s+)?(?:camp|colony|prison|captivity|detention\s+cent(?:er|re)|list|register)))"
    r"(?:\s+(?:here|is|was))*\s*[:—–-]?\s*"
    r"(?P<v>(?:(?-i:[A-Z]{2,3})[-\s]?(?:(?-i:P[Oo]W|POW)[-\s]?)?)?\d{2,6}(?:[-\s]\d{2,6})?|\d{4,8})(?![\d-])"
)
UNZR = r"(?<![\d-])\b(?P<v>(?:19|20)\d{6}-\d{5})\b(?![-\d])"
# A criminal proceeding in the Ukrainian pre-trial register (ЄРДР): 17 digits.
ERDR = r"(?<![\d-])\b\d{17}\b(?![-\d])"
# The ЄРДР number opens with the registering body's code and the four-digit year it was entered (2012 on):
# "12023100040001177", "№32016100000000003". Seventeen digits are no phone number: found with no cue.
ERDR_SHAPE = r"(?<![\d-])(?P<v>[1-7]20(?:1[2-9]|2\d)\d{12})(?![-\d])"
# Court case and proceeding numbers: "справа № 757/12345/23-к", "№ 1-кп/123/4567/24", "дело № 2-345/2023",
# "№ 33-9550", a Russian case UID "64RS0004-01-2019-001917-53". The case word or "№" is outside the span.
_CASE_NO = (
    r"(?:\d{1,4}(?:-\p{L}{1,3})?/\d{1,5}/\d{1,6}(?:/\d{2,4})?(?:-\p{L}{1,3})?"
    # the hyphen may be an en dash, as a translation's typography sets it: "Case No. 1–203/2024"
    r"|\d{1,3}[-–]\p{L}{0,3}\d{1,6}/\d{2,4}(?:-\p{L}{1,3})?|\d{1,3}\p{L}{1,3}[-–]\d{1,6}/\d{2,4}|\d{1,3}[-–]\d{2,6}(?:/\d{2,4})?"
    r"|\d{1,3}/\d{1,3}-\d{1,6}/\d{2,4}|\d{2}(?:RS|GV|MS|OS)\d{4}-\d{2}-\d{4}-\d{6}-\d{2}|\d{6}-\d{2}-\d{4}-\d{6}-\d{2}"
    # the Supreme Court of Ukraine's cassation proceeding: "провадження № 61-3814св22", "№ 51-1234км23"
    r"|\d{1,3}-\d{1,6}(?-i:св|км|кс|ск|ц|а)\d{2}"
    # ... and the same code transliterated in an English retelling: "proceedings No. 51-1234km24", "61-3814sv22"
    r"|\d{1,3}-\d{1,6}(?-i:sv|km|ks|sk|ts|kp)\d{2}"
    # a Russian arbitration case or a court's file on a claim, a capital letter first: "А40-123456/2023",
    # "M-567/2024", "9-1180/2024"; the Russian Supreme Court's "5-УД24-12-К2" / "222-UD23-37-A6"
    r"|(?-i:[A-ZА-ЯЁ])\d{0,3}-\d{1,6}/\d{2,4}"
    r"|\d{1,3}-(?-i:[A-ZА-ЯЁ]{1,3})\d{2}-\d{1,5}(?:-(?-i:[A-ZА-ЯЁ]{1,2})\d{0,2})?"
    # a Russian investigative-committee criminal case: eleven to twenty digits with no separator after "дело №"
    r"|[1-9]\d{10,19})"
)
_CASE_CUE = (
    # "ЄУН 757/12345/23": a Ukrainian case's unified unique number; "Материал № 4/17-45/2024": a Russian court's file
    r"(?:справ[аиіуо]?|дел[оау]|провадженн\p{L}*|производств\p{L}*|case|proceedings?|file|ЄРДР|ЕРДР|ERDR|УИД|ЄУН"
    r"|материал[аеу]?|material"
    r"|вирок\p{L}*|приговор\p{L}*|ухвал\p{L}*|постанов\p{L}*|рішенн\p{L}*|решени\p{L}*)"
)
_SLASHED = (
    r"(?:\d{1,4}(?:-\p{L}{1,3})?/\d{1,5}/\d{1,6}(?:/\d{2,4})?(?:-\p{L}{1,3})?"
    r"|\d{1,3}[-–]\p{L}{0,3}\d{1,6}/\d{2,4}(?:-\p{L}{1,3})?|\d{1,3}\p{L}{1,3}[-–]\d{1,6}/\d{2,4}(?:-\p{L}{1,3})?"
    r"|\d{1,3}/\d{1,3}-\d{1,6}/\d{2,4})"
)
CASE_NUMBER = (
    # "the case, No. 653/2147/24", "Моё дело — 1-1843/2019": a comma or a dash may stand before the number
    r"\b" + _CASE_CUE + r"(?:\s+\p{Ll}+){0,3},?\s*(?:(?:№|N|No\.?|number|номер|#)\s*[:.]?\s*(?P<v>" + _CASE_NO + r")"
    r"|[:.—–]?\s*(?P<v>"
    + _SLASHED
    + r"|\d{2}(?:RS|GV|MS|OS)\d{4}-\d{2}-\d{4}-\d{6}-\d{2}|\d{6}-\d{2}-\d{4}-\d{6}-\d{2}))(?![\d/\p{L}-])"
)
# A Russian court case's unique identifier has a shape no other number has (region, court kind RS/GV/MS/OS, court
# code, instance, year, serial, check pair): "UID 52GV0003-01-2023-000117-08", "(УИД 64RS0004-01-2019-001917-53)".
CASE_UID_SHAPE = r"(?<![\p{L}\d-])(?P<v>\d{2}(?-i:RS|GV|MS|OS)\d{4}-\d{2}-(?:19|20)\d{2}-\d{6}-\d{2})(?![\p{L}\d-])"
# A fundraising jar's link names the person who collects ("send.monobank.ua/jar/7Xq2Rm4Ka9"): its key, the host outside.
JAR_LINK = r"(?<![\w.])(?:https?://)?(?:send\.)?monobank\.ua/jar/(?P<v>[A-Za-z0-9]{6,16})(?![\w])"
# "The case number listed by the court is 2-18/2024", "Номер дела — 1-214/2025": the number a few words after.
CASE_NUMBER_LOOSE = (
    r"\b(?:case\s+(?:number|No\.?)|номер\p{L}*\s+(?:(?:уголовного|кримінальної|судової|судового)\s+)?"
    r"(?:дела|справи|провадження)|(?:дело|справа|провадження)\s+(?:№|номер))(?:\s+\p{L}+){0,7}?\s*[:—–-]?\s*"
    r"(?P<v>" + _CASE_NO + r")(?![\d/\p{L}-])"
)
# "(№ 2-1809/2019)" after a case was named: "№" and the slashed shape, near a case word.
CASE_NUMBER_NO = r"№\s*(?P<v>" + _SLASHED + r")(?![\d/\p{L}-])"
# "№ 1-кп/752/1107/24" with no case word: the shape with two slashes and a procedure code is a case number.
CASE_NUMBER_SHAPE = r"(?<![\d/])(?P<v>\d{1,3}-(?:кп|кс|к|п|а|ап|в|кт|о|kp|ks)/\d{2,5}/\d{1,6}/(?:\d{4}|\d{2}))(?![\d/])"
# A number right after the name of its document ("РНОКПП 2432118793", "ИНН: 772812345678", "tax number …",
# "СНИЛС 123-456-789 64", "УНЗР 19930517-01234", "військовий квиток АА № 123456", "жетон Р-123456") needs no
# other context; where the document has a check (SNILS, INN / RNTRC, the UNZR date) the number must pass it.
_DOC_NO = r"(?:\s*(?:[:№#]|No\.?|N\b|number|номер|серії|серии|series)){0,3}\s*"
TAX_CUED = (
    r"\b(?:(?-i:РНОКПП|ІПН|ИПН|ИНН|INN|RNOKPP|IPN|ITN|TIN|ЄДРПОУ)|tax\s+(?:ID|identification|payer|number|code)"
    r"(?:\s+(?:number|code))?|taxpayer\s+(?:ID|number)|ідентифікаційн\p{L}*\s+(?:код|номер)"
    r"|идентификационн\p{L}*\s+(?:код|номер)|податков\p{L}*\s+номер\p{L}*|налогов\p{L}*\s+номер\p{L}*"
    r"|облікової\s+картки\s+платника\s+податків|реєстраційн\p{L}*\s+номер\p{L}*\s+облікової\s+картки\p{L}*)"
    + _DOC_NO
    + r"(?P<v>\d{12}|\d{10})(?![-\d])"
    r"|\b(?-i:СНИЛС|SNILS)" + _DOC_NO + r"(?P<v>\d{3}[-\s]?\d{3}[-\s]?\d{3}[-\s]?\d{2})(?![-\d])"
    r"|\b(?-i:УНЗР|UNZR)" + _DOC_NO + r"(?P<v>(?:19|20)\d{6}-?\d{5})(?![-\d])"
)
# The letters of a Cyrillic series as written or transliterated, a Roman numeral first on a civil-registry
# certificate: "АБ", "YuA", "MYu", "II-МЮ", "I-DN", "III-ZhK".
_SERIES_LETTERS = r"(?-i:(?:[IVX]{1,4}-?)?(?:[А-ЯЁІЇЄҐ]{1,3}|(?:Shch|Zh|Kh|Ch|Sh|Ts|Ya|Yu|Ye|Yo|[A-Z]){1,3}))"
# The word "series" and what follows it are the document's series and number, whatever the document is called
# ("military ID series AB No. 123456", "a death certificate, series II-MYu No. 512834", "passport series KV
# No. 123456", "серії ЖК № 4410372"): the series letters are as identifying as the number.
SERIES_AND_NUMBER = (
    r"\b(?:series|сери[яиюей]|серії|серію|серія)\s*[:№]?\s*(?P<v>"
    + _SERIES_LETTERS
    + r"\s*,?\s*(?:(?:№|(?-i:No)\.?|number|номер)\s*)?\d{6,7})(?![-\d])"
)
# A serviceman's identity document as English renders it, literally too: "military ID card", "military ticket" (военный
# билет, військовий квиток word for word), "military card", "service ID", "officer's ID", "the serviceman's ID card",
# "identity card of a serviceman", "combatant ID".
_MIL_DOC_EN = (
    r"military\s+(?:ID|ticket|card|book)(?:\s+card)?|service\s+(?:ID|card)(?:\s+card)?|(?:officer|serviceman|soldier)['’]?s\s+"
    r"(?:ID|identity)(?:\s+card)?|identity\s+card\s+of\s+(?:a|the)\s+(?:serviceman|officer)|combatant['’]?s?\s+ID(?:\s+card)?"
)
MILITARY_CUED = (
    r"\b(?:военн\p{L}*\s+билет\p{L}*|військов\p{L}*\s+квит\p{L}*|военник\p{L}*|"
    + _MIL_DOC_EN
    + r"|жетон\p{L}*|dog\s+tags?|(?:личн|особист)\p{L}*\s+(?:номер|знак)\p{L}*|personal\s+(?:number|token)"
    r"|token(?:\s+number)?)"
    + _DOC_NO
    + r"(?P<v>(?-i:[А-ЯЁІЇЄҐ]{1,2}|[A-Z]{1,2}|"
    + _TRANSLIT_LETTER
    + r")[\s-]?(?:(?:№|(?-i:No)\.?)\s?)?\d{6,7})(?![-\d])"
    # Certificates and licences: "посвідчення УБД серії АБ № 123456", "удостоверение ветерана боевых действий
    # БК № 1234567", "посвідчення водія ВХЕ 123456", a foreign passport "FA123456" / "75 1234567".
    # A civil-registry certificate carries a Roman numeral before its letters: "death certificate I-DN No. 731104";
    # a driving licence may carry a passport-like "77 12 345678".
    r"|\b(?:посвідчен\p{L}*|удостоверени\p{L}*|свидетельств\p{L}*|свідоцтв\p{L}*|(?:загран)?паспорт\p{L}*"
    r"|licen[cs]e|passport|certificate)(?:\s+\p{L}+){0,4}?"
    + _DOC_NO
    + r"(?P<v>"
    + _SERIES_LETTERS
    + r"[\s-]?(?:(?:№|(?-i:No)\.?)\s?)?\d{6,7}|\d{2}\s?№?\s?\d{7}|\d{2}\s?\d{2}\s?\d{6})(?![-\d])"
    # "військовий квиток № 381442": the number alone after the document's name.
    r"|\b(?:военн\p{L}*\s+билет\p{L}*|військов\p{L}*\s+квит\p{L}*|военник\p{L}*|"
    + _MIL_DOC_EN
    + r")"
    + _DOC_NO
    + r"(?P<v>\d{6,7})(?![-\d])"
    # A Ukrainian token carries the holder's tax number: "жетон № 3318204417".
    r"|\b(?:жетон\p{L}*|token(?:\s+number)?|dog\s+tags?)" + _DOC_NO + r"(?P<v>\d{10})(?![-\d])"
)
# The register of court decisions numbers each decision, and the number finds the decision and whom it names:
# "entered in the Unified State Register of Court Decisions under No. 118234567", "(ЄДРСР № 119453382)",
# "verdict No. 118234567", "reg. No. 119453382". A law's, decree's or resolution's number is short or slashed.
DECISION_REGISTER = (
    r"\b(?:(?:(?-i:ЄДРСР|ЕГРСР|EDRSR|USRCD)|Register\s+of\s+Court\s+Decisions|реєстр\p{L}*\s+судових\s+рішень)"
    r"(?:\s+\p{Ll}+){0,3}?\s*[:(]?\s*(?:(?:(?-i:No)\.?|№|number|номер|#)\s*)?"
    r"|(?:reg\.|(?:decision|verdict|ruling|judg(?:e)?ment|sentence)(?:\s+\p{Ll}+){0,2}?\s*[:(]?\s*"
    r"(?:reg(?:ister|istration)?\.?\s*)?)\s*(?:(?-i:No)\.?|№|number|номер|#)\s*)"
    r"(?P<v>[1-9]\d{7,8})(?![\d/-])"
)
# A civil-registry act record of a death or birth, by its number in the office's book or the register's 21 digits:
# "the death record No. 170 of 12.03.2024", "запись акта о смерти № 170249670001500358008", "актовий запис № 1704".
ACT_RECORD = (
    r"\b(?:(?:death|birth|marriage|divorce|civil[-\s]status|civil\s+registry|act)\s+records?|records?\s+of\s+(?:the\s+)?"
    r"(?:death|birth)|запис\p{L}*\s+акта(?:\s+о\s+\p{L}+)?|актов\p{L}*\s+запис\p{L}*(?:\s+(?:о|про)\s+\p{L}+)?)"
    + _DOC_NO
    # not a year: "death records 2023 show"
    + r"(?!(?:19|20)\d\d(?!\d))(?P<v>\d{1,6}|\d{21})(?![\d/-])"
)
# A file the police, the army or the investigators keep on the man: "search file No. 4512", "personal file No. 45312",
# "розыскное дело № 4512", "особова справа № 45312".
PERSONAL_FILE = (
    r"\b(?:(?:personal|search|wanted|operational(?:[-\s]search)?)\s+(?:file|case|record)|розыскн\p{L}*\s+дел\p{L}*"
    r"|личн\p{L}*\s+дел\p{L}*|особов\p{L}*\s+справ\p{L}*|розшуков\p{L}*\s+справ\p{L}*)"
    r"\s*(?:(?-i:No)\.?|№|#|number|номер)\s*(?P<v>\d{1,8}(?:[/-]\d{1,6})?)(?![\d/-])"
)
# A Russian police station's register of crime reports (КУСП): "registered in KUSP under No. 4512", "КУСП № 11873".
KUSP = r"\b(?-i:KUSP|КУСП)(?:\s+\p{Ll}+){0,2}?\s*(?:(?-i:No)\.?|№|number|номер|#)?\s*(?P<v>\d{1,6})(?![\d/-])"
# A medical insurance policy's sixteen digits: "OMS policy No. 5097800830004215", "полис ОМС 7751230987654321".
INSURANCE_POLICY = (
    r"\b(?:(?-i:OMS|ОМС)|insurance|polic(?:y|ies)|полис\p{L}*)(?:\s+(?:polic(?:y|ies)|(?-i:OMS|ОМС)))?"
    + _DOC_NO
    + r"(?P<v>\d{16})(?![\d-])"
)
# A parcel's tracking number leads to its sender and addressee: "Write down the tracking number, 1048 2277 3310",
# "трек-номер RA123456785RU", "CDEK order No. 10482277331". Ten to twenty digits, grouped or not, or the postal
# union's two letters, nine digits and the country.
TRACKING = (
    r"\b(?:track(?:ing)?[-\s]*(?:number|code|No\.?)|трек[-\s]*(?:номер\p{L}*|код\p{L}*)?|(?-i:CDEK|СДЭК)\s+(?:order|заказ\p{L}*))"
    r"(?:\s*[,:—–-])?" + _DOC_NO + r"(?P<v>(?-i:[A-Z]{2}\d{9}[A-Z]{2})|\d{2,5}(?:[ -]?\d{2,5}){2,5}|\d{10,20})(?![\d-])"
)
DIGITS_10_12 = r"(?<![\d-])\b(?:\d{12}|\d{11}|\d{10})\b(?![-\d])"

_ID_STEMS_EN = [
    "passport",
    "id",
    "document",
    "dog",
    "tag",
    "personal",
    "military",
    "snils",
    "inn",
    "tax",
    "series",
    "serial",
    "identity",
    "card",
    "number",
    "case",
    "proceeding",
    "register",
    "erdr",
    "rnokpp",
    "ipn",
    "unzr",
    "taxpayer",
    "criminal",
]
_ID_STEMS_RU = [
    "паспорт",
    "серия",
    "серии",
    "жетон",
    "военн",
    "билет",
    "военник",
    "личн",
    "снилс",
    "инн",
    "документ",
    "удостовер",
    "ипн",
    "рнокпп",
    "номер",
    "дело",
    "уид",
]
_ID_STEMS_UK = [
    "паспорт",
    "серія",
    "жетон",
    "військов",
    "квиток",
    "особист",
    "рнокпп",
    "іпн",
    "документ",
    "посвідч",
    "картк",
    "номер",
    "провадж",
    "єрдр",
    "реєстр",
    "справ",
    "унзр",
]


def snils_ok(digits: str) -> bool:
    """The SNILS check number: Σ dᵢ·(9−i) over the first nine digits, folded modulo 101."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101)
    return (0 if check == 100 else check) == int(digits[9:])


def _date_ok(yyyymmdd: str) -> bool:
    import datetime

    try:
        datetime.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return True


def _inn_ok(digits: str) -> bool:
    from stdnum.ru import inn
    from stdnum.ua import rntrc

    return bool(inn.is_valid(digits) or (len(digits) == 10 and rntrc.is_valid(digits)))


class IdNumberRecognizer(CuedPatternRecognizer):
    """Passport, military-ID, dog-tag, SNILS, INN and RNTRC numbers (Russian and Ukrainian documents).

    Known false positive: an invoice or order code shaped like a military ID ("АБ 1234567").
    """

    ENTITY = "ID_NUMBER"
    ENTITIES: ClassVar[list[str]] = ["ID_NUMBER"]
    LANGUAGES = ("en", "ru", "uk")
    CONTEXT_BEFORE = 8
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("passport (ru)", PASSPORT_RU, 0.65, needs_context=True),
        CuedPattern("passport series", PASSPORT_SERIES, 0.65, needs_context=True),
        CuedPattern("passport number", PASSPORT_NUMBER, 0.65, needs_context=True),
        CuedPattern("ID card (ua)", UA_ID_CARD, 0.7),
        CuedPattern("old passport (ua)", UA_OLD_PASSPORT, 0.4, needs_context=True),
        CuedPattern("dog tag / personal number", DOG_TAG, 0.5),
        CuedPattern("military ID", MILITARY_ID, 0.5),
        CuedPattern("dog tag without hyphen", DOG_TAG_SPACED, 0.6, needs_context=True),
        CuedPattern("SNILS", SNILS_FORMATTED, 0.5),
        CuedPattern("register number (UNZR)", UNZR, 0.8),
        CuedPattern("prisoner's number in a camp", POW_NUMBER, 0.8),
        CuedPattern("pre-trial register number (ERDR)", ERDR, 0.5, needs_context=True),
        CuedPattern("pre-trial register number shape (ERDR)", ERDR_SHAPE, 0.6),
        CuedPattern("court case number", CASE_NUMBER, 0.8),
        CuedPattern("document series letters", SERIES_LETTERS, 0.7),
        CuedPattern("court case number shape", CASE_NUMBER_SHAPE, 0.75),
        CuedPattern("court case UID shape (ru)", CASE_UID_SHAPE, 0.8),
        CuedPattern("fundraising jar link (ua)", JAR_LINK, 0.8),
        CuedPattern("bank account (IBAN)", IBAN, 0.85),
        CuedPattern("court case number a few words after its name", CASE_NUMBER_LOOSE, 0.75),
        CuedPattern("№ and a slashed case number", CASE_NUMBER_NO, 0.6, needs_context=True),
        CuedPattern("SNILS / INN / RNTRC digits", DIGITS_10_12, 0.4, needs_context=True),
        CuedPattern("number after its document's name", TAX_CUED, 0.85),
        CuedPattern("military ID or token after its name", MILITARY_CUED, 0.85),
        CuedPattern("a document's series and number after 'series'", SERIES_AND_NUMBER, 0.85),
        CuedPattern("court decision register number", DECISION_REGISTER, 0.8),
        CuedPattern("crime report register number (KUSP)", KUSP, 0.8),
        CuedPattern("medical insurance policy number", INSURANCE_POLICY, 0.8),
        CuedPattern("parcel tracking number", TRACKING, 0.8),
        CuedPattern("civil-registry act record number", ACT_RECORD, 0.8),
        CuedPattern("personal or search file number", PERSONAL_FILE, 0.8),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = cascaded_context(_ID_STEMS_EN, _ID_STEMS_RU, _ID_STEMS_UK)

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """Checksums where the document has one: SNILS, INN, RNTRC."""
        digits = regex.sub(r"\D", "", value)
        if pattern.regex == SNILS_FORMATTED:
            return snils_ok(digits)
        if pattern.regex == IBAN:
            return _iban_ok(value)
        if pattern.regex == UNZR:
            return _date_ok(digits[:8])
        if pattern.regex == ERDR:
            # The registering body's code comes first (1 police, 2 SBU, 4 prosecutor, 5 NABU, 6 SBI...).
            return digits[0] in "1234567"
        if pattern.regex == DIGITS_10_12:
            return snils_ok(digits) if len(digits) == 11 else _inn_ok(digits)
        if pattern.regex == TAX_CUED or (pattern.regex == MILITARY_CUED and len(digits) == 10 == len(value)):
            # After its name a number still has to pass its document's check: SNILS, INN / RNTRC, the UNZR date.
            if len(digits) == 13:
                return _date_ok(digits[:8])
            if len(digits) == 11:
                return snils_ok(digits)
            if len(digits) in (10, 12):
                return _inn_ok(digits)
        return None


def _iban_ok(value: str) -> bool:
    """The ISO 13616 check: the country and check digits moved to the end, letters as numbers, mod 97 is 1."""
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
