"""Dates and years of birth — only where a birth cue says so, never every date.

Matches "born 14.03.1999", "born in 1999", "DOB 1999-03-14", "1999 г.р.",
"99-го года рождения", "14.03.1988 года рождения", "родился 14 марта 1999",
"народився 3 травня 1997 року", "1996 р.н.", "Год рождения? — Девяносто
девятый", and a full dd.mm.yyyy date with a pre-2011 year beside a name
(the "Смирнов Игорь Валерьевич, 14.03.1988" of wanted notices, scored low).
Also a decade after a cue ("born in the mid-1990s", "born in the early '80s") and news-style months ("Feb. 3, 1991").
A compact English marker written right before the date is inside the span, as a Cyrillic tail after it is
("[born 1996]", "[b. 1990]", "[DOB 11.06.1985]", "[1984 г.р.]"): the convention withholds the whole date with its
marker, and the renderer writes the marker back ("born in 1996", "b. <DATE_OF_BIRTH>"). A preposition ends the marker
("born in [1993]", "born on [May 3, 1991]"), and so does a field label's colon ("Born: [1996]"); other cue words and
the Cyrillic "н." stay outside too ("н. [1987]").
Known false positive: a historical date written dd.mm.yyyy ("09.05.1945").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._cued import DEFAULT_FLAGS, CuedPattern, CuedPatternRecognizer, matches_near
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.numbers import DOB_MARKER_ABBREVIATION, DOB_MARKER_WORD

__all__ = ["DateOfBirthRecognizer"]

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яйе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*"
    r"|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|січ\p{L}*|лют\p{L}*|берез\p{L}*|квіт\p{L}*|трав\p{L}*|черв\p{L}*"
    r"|лип\p{L}*|серп\p{L}*|верес\p{L}*|жовт\p{L}*|листопад\p{L}*|груд\p{L}*)"
)
# A day in figures ("3", "14th", "3-го") and an English month before its day ("March 4", "May 4th").
_DAY_NUMBER = r"[0-3]?\d(?:st|nd|rd|th|-го|-е|-ого)?"
_MONTH_DAY = r"(?-i:[A-Z][a-z]+)(?<=" + _MONTHS + r")\s+[0-3]?\d(?:st|nd|rd|th)?"


def _day_of_month(day: str) -> str:
    """A day, then its month: "3 March", "14th of May", "третьего марта" (``day`` is the day's pattern)."""
    return r"(?:" + day + r")\s+(?:of\s+)?" + _MONTHS


_YEAR = r"(?:19[3-9]\d|20[0-2]\d)"
# A year's own ending: "1999 года", "1999-го", "1996-м", "1995-му" (a case ending after a hyphen), "1999 г.".
_YEAR_SUFFIX = (
    r"(?:\s?-?(?:го\s+года|году|года|року|році|рік|ого|го|й|г\.|г\b|р\.|р\b)|-(?:му|м|ом|ым|им|ім)(?!\p{L}))?"
)
# The month in Roman figures as registers and old passports write it ("14.III.1991", Ukrainian "14.ІІІ.1991" with the
# Cyrillic І), abbreviated between hyphens ("14-Mar-1991"), or the year first ("1991-03-14", "1991.03.14").
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I|ХІІ|ХІ|ІХ|Х|VІІІ|VІІ|VІ|ІV|ІІІ|ІІ|І)"
_NUMERIC = (
    r"(?:[0-3]?\d[./-][0-3]?\d[./-]"
    + _YEAR
    + r"|"
    + _YEAR
    + r"[-.][01]\d[-.][0-3]\d(?!\d)"
    + r"|[0-3]?\d[./ ]"
    + _ROMAN_MONTH
    + r"[./ ]"
    + _YEAR
    + r"|[0-3]?\d-(?-i:[A-Z][a-z]{2})-"
    + _YEAR
    + r")"
)
_WORDY = (
    r"(?:"
    + _day_of_month(_DAY_NUMBER)
    + r"\.?,?\s+"
    + _YEAR
    + r"|"
    + _MONTHS
    # "Feb. 3, 1991": news style abbreviates the month with a full stop.
    + r"\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+"
    + _YEAR
    + r")"
)
DATE = r"(?:" + _NUMERIC + r"|" + _WORDY + r")"
# Days and years read aloud (interrogations, Q&A, memoirs): "четырнадцатого марта девяносто второго",
# "двадцять шостого лютого", "the first of November", "twenty-second".
_DAY_ORD = (
    r"(?:(?:двадцат\p{L}{0,2}|двадцят\p{L}{0,2}|тридцат\p{L}{0,2}|тридцят\p{L}{0,2})\s+)?"
    r"(?:перв|втор|трет|четв[её]рт|пят|п[\'’]ят|шест|шост|седьм|сьом|восьм|девят|дев[\'’]ят|десят"
    r"|одиннадцат|одинадцят|двенадцат|дванадцят|тринадцат|тринадцят|четырнадцат|чотирнадцят|пятнадцат"
    r"|п[\'’]ятнадцят|шестнадцат|шістнадцят|семнадцат|сімнадцят|восемнадцат|вісімнадцят|девятнадцат"
    r"|дев[\'’]ятнадцят|двадцат|двадцят|тридцат|тридцят|перш|друг|четверт)\p{L}{1,4}"
    r"|(?:(?:twenty|thirty)[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_YEAR_WORD = (
    # "тысяч"/"тисяч" with every ending: "две тысячи четвёртого", "дві тисячі третього"
    r"(?:тысяч|тисяч|дві|две|двух|двох|nineteen|two|thousand|oh|one|three|four|five|six|seven|eight|nine"
    r"|девятьсот|дев[\'’]ятсот|двотисячн|двухтысячн"
    r"|семьдесят|сімдесят|восемьдесят|вісімдесят|девяносто|дев[\'’]яносто|seventy|eighty|ninety)\p{L}*"
    r"|(?:семидесят|восьмидесят|девяност|сімдесят|вісімдесят|дев[\'’]яност|двотисячн|двухтысячн|перв|перш|втор|трет"
    r"|четв|пят|п[\'’]ят|шест|шост|седьм|сьом|восьм|девят|дев[\'’]ят|десят)\p{L}*|(?:seventy|eighty|ninety)-\p{L}+"
)
_YEAR_WORDS = r"(?:" + _YEAR_WORD + r")(?:[\s-]+(?:" + _YEAR_WORD + r")){0,3}"
# A day read aloud, its month and maybe its year: "the first of November", "першого листопада 1999 року".
# A date dictated as figures read aloud, the month an ordinal too: "второго двенадцатого две тысячи третьего"
# (02.12.2003), "п'ятого третього дев'яносто восьмого". Only with its year: two ordinals alone are no date.
_MONTH_ORD = (
    r"(?:перв|втор|трет|четв[её]рт|четверт|пят|п['’]ят|шест|шост|седьм|сьом|восьм|девят|дев['’]ят|десят"
    r"|одиннадцат|одинадцят|двенадцат|дванадцят|перш|друг)(?:ого|ього)(?![\p{L}])"
)
_YEAR_WORDS_START = (
    r"(?=тысяч|тисяч|две\s|дві\s|двух|двох|двухтысячн|двотисячн|семьдесят|восемьдесят|девяност|сімдесят|вісімдесят"
    r"|дев['’]яност|семидесят|восьмидесят)"
)
WORD_DATE = (
    r"(?:"
    + _day_of_month(_DAY_ORD)
    + r"\b(?:,?\s+(?:"
    + _YEAR
    + r"(?!\d)|\d{2}\b|"
    + _YEAR_WORDS
    + r")(?:\s+(?:года|году|року|році|рік|г\.|р\.)(?:\s+(?:рождения|народження))?)?)?"
    + r"|(?:"
    + _DAY_ORD
    + r")\s+"
    + _MONTH_ORD
    + r",?\s+(?:"
    + _YEAR
    + r"(?!\d)|"
    + _YEAR_WORDS_START
    + _YEAR_WORDS
    + r")(?:\s+(?:года|року)(?:\s+(?:рождения|народження))?)?)"
)
# "the 1st of May 1992": the article belongs to the date.
_THE_DATE = r"the\s+[0-3]?\d(?:st|nd|rd|th)\s+of\s+" + _MONTHS + r"(?:,?\s+" + _YEAR + r")?\b"
# A year said as a season: "spring of 1997", "весной 1997 года", "восени 1997-го".
_SEASON = (
    r"(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
    r"|(?:весн\p{L}*|летом|осен\p{L}*|зим\p{L}*|навесні|весною|влітку|улітку|літом|восени|взимку|узимку|зимою)\s+"
)
SEASON_YEAR = r"(?:" + _SEASON + r")(?:" + _YEAR + r"(?!\d)" + _YEAR_SUFFIX + r"|['’]\d{2}\b)"
# A birth on a feast or a named day: "Christmas Eve 1993", "feast of the Intercession", "на Трійцю, 7 червня
# 1998 року", "в день Святого Миколая", "in the year of the Olympics, 1980". The day names the date: withheld too.
_FEAST = (
    r"(?:(?:feast|day)\s+of\s+(?:the\s+|St\.?\s+|Saint\s+)?(?-i:\p{Lu})[\p{L}'’-]+"
    r"(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)?"
    r"|(?:Orthodox\s+)?Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|Easter(?:\s+(?:Sunday|Monday))?"
    r"|(?:St\.?|Saint)\s+(?-i:\p{Lu})\p{L}+['’]s\s+Day|(?-i:[A-Z]\p{L}+)\s+Day(?=,?\s+" + _YEAR + r")"
    r"|year\s+of\s+the\s+\p{L}+(?:\s+\p{L}+)?(?=,?\s+" + _YEAR + r")"
    r"|(?:д(?:ень|ня|ні)|свят\p{L}*|праздник\p{L}*)\s+(?:(?-i:\p{Lu})[\p{L}'’-]*\.?\s?){1,3}"
    # Feasts are capitalised ("на Покрову"); "покровителя" is no feast.
    r"|(?-i:Рождеств\p{L}*(?:\s+Христов\p{L}*)?|Різдв\p{L}*|Сочельник\p{L}*|Святвеч\p{L}*|Пасх\p{L}*|Великд\p{L}*"
    r"|Тро[иі]ц\p{L}*|Трійц\p{L}*|Покров[аиуіе]?(?!\p{L})|Благовещ\p{L}*|Благовіщ\p{L}*|Крещени\p{L}*|Хрещенн\p{L}*"
    r"|Водохрещ\p{L}*|(?:Івана\s+|Ивана\s+)?Купал\p{L}*|Нов(?:ый|ого)\s+год\p{L}*|Нов(?:ий|ого)\s+р(?:ік|оку)|Новогодн\p{L}*\s+ноч\p{L}*"
    r"|Новорічн\p{L}*\s+ноч\p{L}*))"
)
_FEAST_DATE = r"(?:" + _FEAST + r")(?:,?\s+(?:" + DATE + _YEAR_SUFFIX + r"|" + _YEAR + r"(?!\d)" + _YEAR_SUFFIX + r"))?"
# The Ukrainian birth verb in its forms ("народився", "народилася", "народились", "народитися", "народивши"), not a
# word that only starts so (the town "Народичі", "Народицької громади"; "народи" = peoples).
_NARODY = r"народи(?:в(?:ся|ши)?|л(?:а|о|и)(?:с[яь])?|лися|т(?:и|ися|ься)|ть(?:ся)?)(?![\p{L}])"
_CUE = (
    # a record's field "Birth: 1991" (with its colon: "birth" alone is any birth)
    r"(?:born|b\.|DOB|D\.O\.B\.|y\.\s?o\.\s?b\.|(?-i:YOB)|date\s+of\s+birth|birth\s?date|birth\s+year|birthday"
    r"|birth(?=\s*:)"
    r"|year\s+of\s+birth|came\s+into\s+the\s+world"
    r"|gave\s+birth\s+to\s+(?:him|her|a\s+(?:son|boy|daughter|girl))"
    r"|родил\p{L}*|родивш\p{L}*|рожд[её]н\p{L}*|дата\s+рождения|д\.\s?р\.|д/р|год\s+рождения|"
    + _NARODY
    + r"|народж\p{L}*"
    r"|дата\s+народження|рік\s+народження|род\.|нар\.|народ\.|рожд\.|появил\p{L}*\s+на\s+свет|з['’]яви\p{L}*\s+на\s+світ)"
)
# Day and month without a year ("5 июня", "9 травня", "March 4", "первого ноября"): a birthday only beside a cue.
DAY_MONTH = r"(?:" + _day_of_month(_DAY_NUMBER) + r"|" + _MONTH_DAY + r"|" + _day_of_month(_DAY_ORD) + r")(?![\d\p{L}])"
# Where a day-and-month can start: checked first, so the look-behinds run only there.
_DM_START = (
    r"\b(?:[0-3]?\d(?:st|nd|rd|th|-го|-е|-ого)?\s+(?:of\s+)?\p{L}|(?-i:[A-Z][a-z]{2,8}\s+[0-3]?\d)"
    r"|(?:двадцат|двадцят|тридцат|тридцят|перв|перш|втор|друг|трет|четв|пят|п['’]ят|шест|шост|седьм|сьом|восьм"
    r"|девят|дев['’]ят|десят|один|двен|двана|трина|четырн|чотирн|шестн|шістн|семн|сімн|восемн|вісімн"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|twent|thirt)\p{L}*[\s-])"
)
# A short year after a cue: "родился 11.07.02".
_SHORT_YEAR = r"[0-3]?\d[./][0-3]?\d[./]\d{2}(?![\d./])"
# A year of birth read aloud: "восемьдесят восьмого", "двухтысячного", "девяносто пятого".
# The units of a year read aloud are ordinals ("девяносто второго", not "девяносто километров").
_ORD_UNIT = (
    r"(?:перв|перш|втор|друг|трет|четв[её]рт|четверт|пят|п['’]ят|шест|шост|седьм|сьом|восьм|девят|дев['’]ят)\p{L}{1,4}"
)
_ORD_WORDS = (
    r"(?:(?:тысяча\s+девятьсот\s+|тисяча\s+дев['’]ятсот\s+|двухтысячн\p{L}*\s+|дві\s+тисячі\s+|две\s+тысячи\s+)?"
    r"(?:семьдесят|восемьдесят|девяносто|сімдесят|вісімдесят|дев['’]яносто)\s+"
    + _ORD_UNIT
    + r"|(?:дві\s+тисячі|две\s+тысячи)\s+"
    + _ORD_UNIT
    + r"|(?:тысяча\s+девятьсот\s+|тисяча\s+дев['’]ятсот\s+)?"
    r"(?:семидесят|восьмидесят|девяност|сімдесят|вісімдесят|дев['’]яност|двухтысячн|двотисячн|двохтисячн)"
    r"(?:ого|ому|ом|ый|ий|ій|ой|им|ім|ая|ої|ою)(?!\p{L}))"
)
# Between a birth cue and its date a few words may stand ("родился в ночь на", "born in Kazan on", "народилася
# в с. Мошни"), not a new clause: no death word, no conjunction or clause verb, no sentence end, no number.
_DEATH = (
    r"(?:погиб|загин|помер|умер|скончал|died|killed|death|dead|похорон|поховал|похоронен|убит|вбит|загибел|смерт"
    r"|прощан|buried|funeral|зник|пропал|missing|captured|полон)"
)
_BREAK = (
    r"(?:and|but|then|after|before|since|until|till|from|when|while|joined|served|worked|moved|graduated|went"
    r"|enlisted|signed|mobili[sz]ed|и|а|но|затем|потом|после|с|со|до|когда|пока|і|й|та|але|потім|після|з|із|від"
    r"|коли|поки|служил\p{L}*|работал\p{L}*|окончил\p{L}*|переехал\p{L}*|ушел|ушёл|ушл\p{L}*|призван\p{L}*"
    r"|мобилизован\p{L}*|подписал\p{L}*|проход\p{L}*|воевал\p{L}*|воював\p{L}*|учил\p{L}*|навчал\p{L}*"
    r"|fought|studied|lived|служи\p{L}*|працював\p{L}*|закінчи\p{L}*|переїха\p{L}*|пішо\p{L}*"
    r"|пішл\p{L}*|призва\p{L}*|мобілізова\p{L}*|підписа\p{L}*|вступи\p{L}*)(?![\p{L}'’.-])|" + _DEATH
)
_GAP = (
    r"(?:[\s:,—–-]+(?!" + _BREAK + r")(?:\p{L}[\p{L}'’-]*|(?-i:\p{Ll}{1,3}\.))){0,8}?"
    # a question and its answer: "Year of birth? — 1995", "Date of birth? A: 12.03.1998", "Год рождения? — 1995"
    # an interrogation's transcript puts the answer on the next line: "— Год рождения?\n— 1995."
    # a date quoted as written ("дата народження доньки \"14.06.2019\"", "дата рождения «12.03.1998»")
    r"(?:[\s:,—–-]+[\"«„“]?|(?<=\.)\s*"
    r"|\?[ \t]*\n?[ \t]*(?:[—–-][ \t]*|(?-i:[AОВ])[ \t]*:[ \t]*)?(?!\d{2,4}[ \t]+\p{Ll}))"
)
_EN_YEAR_WORDS = (
    r"(?:(?:nineteen[\s-]+)?(?:seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?)\b"
)
# A year with its century dropped, as speech says it: tens with a unit ("ninety-three", "eighty one"); the tens alone
# ("ninety") are an age or a count as often as a year.
_EN_TENS_UNIT = r"(?:seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"
# What may follow such a year: its clause's end or a preposition, a conjunction, "year" ("ninety-three days" counts).
_EN_YEAR_CLOSE = r"(?=\s*(?:[,.;:!?)—–]|$|(?:in|on|at|and|to|when|where|year|but|so)(?![\p{L}])))"
# A decade, as obituaries and profiles give a birth they only know roughly: "born in the mid-1990s", "born in the
# early '80s", "born in the late nineties". Before the year, which would take "1990" of "1990s" alone.
_DECADE = (
    r"(?:(?:early|mid|late)[-\s]+)?(?:(?:19[3-9]|20[0-2])0['’]?s|['’][3-9]0s"
    r"|(?:thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\d])"
    r"|(?<=\bthe\s)(?:(?:early|mid|late)[-\s]+)?[3-9]0['’]?s(?![\p{L}\d])"
    # "родился в начале 1990-х", "народився в 90-х", "в конце восьмидесятых", "на початку дев'яностих": the decade in
    # its plural case, figures with the hyphen or words
    r"|(?:(?:19[3-9]|20[0-2])0|[3-9]0)-(?:х|е|ых|ые|их|ті|ти)(?![\p{L}\d])"
    r"|(?:семидесят|восьмидесят|девяност|сімдесят|вісімдесят|дев['’]яност)(?:ых|ые|их|і)(?![\p{L}])"
)
CUED_DATE = (
    # A cue right after a year is that year's tail ("1994 year of birth, called up in 2022"), no cue for what follows.
    r"(?<!(?<!\d)"
    + _YEAR
    + r"\s?)\b"
    + _CUE
    # a cue cut short with its full stop: "рік народж. 1991", "дата рожд. 14.03.1991"
    + r"(?:(?<=народж|рожд|рожден)\.)?"
    + _GAP
    + r"(?:(?:as|is|was|given\s+as|listed\s+as|—)\s+)?(?P<v>"
    + _FEAST_DATE
    + r"|"
    + WORD_DATE
    + r"|"
    + _THE_DATE
    + r"|"
    + SEASON_YEAR
    + r"|"
    + _DECADE
    + r"|"
    + DATE
    + _YEAR_SUFFIX
    + r"|"
    + _YEAR
    + r"(?!\d)"
    + _YEAR_SUFFIX
    + r"|"
    + _SHORT_YEAR
    + r"|['’]\d{2}\b"
    # A year read aloud: "родился в девяносто шестом году", "born in nineteen ninety-six".
    + r"|(?:"
    + _ORD_WORDS
    # "born in nineteen ninety-one", and as speech drops the century, "born in ninety-three" (tens with a unit only:
    # "born ninety days ago" is no year), where nothing it counts follows ("born in Kazan, he spent ninety-three days")
    + r")(?:\s+(?:году|года|року|році|рік))?|(?=nineteen|two\s+thousand)"
    + _EN_YEAR_WORDS
    + r"|(?="
    + _EN_TENS_UNIT
    + r")"
    + _EN_YEAR_WORDS
    + _EN_YEAR_CLOSE
    # "born in March 1996", "родился в марте 1996 года", "народився у березні 1996-го"
    + r"|"
    + _MONTHS
    + r"\.?,?\s+(?:of\s+)?"
    + _YEAR
    + r"(?!\d)"
    + _YEAR_SUFFIX
    # "родился в 96-м", "народився в 88-му": a two-digit year in its case (a day up to 31 is not one)
    + r"|(?:[04-9]\d|3[2-9])-(?:го|му|м|ом)(?!\p{L})"
    + r"|"
    + DAY_MONTH
    + r")"
)
# Birthday cues. A date of death or burial is never a birthday: no death word may stand between cue and date.
_AGE_WORD = (
    r"(?:двадцат|тридцат|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|двадцят|тридцят"
    r"|п['’]ятдесят|шістдесят|сімдесят|вісімдесят|дев['’]яносто|восемнадцат|девятнадцат|вісімнадцят"
    r"|дев['’]ятнадцят|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\p{L}*"
)
_BDAY_AFTER = (
    r"(?:д(?:ень|нём|нем|ня|ню)\s+(?:его\s+|її\s+|його\s+|ее\s+)?(?:рождени|народженн)\p{L}*|днюх\p{L}*|birthday"
    r"|исполнил\p{L}*(?:\s+бы)?\s+(?:\d|\p{L}+\s+(?:лет|год)|" + _AGE_WORD + r")"
    r"|(?:исполнит|исполня|виповнюєт|виповню)\p{L}*\s+(?:бы\s+)?(?:\d|\p{L}+\s+(?:лет|год)|" + _AGE_WORD + r")"
    r"|виповн\p{L}*(?:\s+б[и]?)?\s+(?:\d|\p{L}+\s+рок|" + _AGE_WORD + r")"
    r"|turn(?:ed|s)\s+(?:\d|" + _AGE_WORD + r")|would(?:['’]ve|\s+have)\s+(?:turned|been)\s+(?:\d|" + _AGE_WORD + r")"
    r"|celebrat\p{L}*\s+(?:\p{L}+['’]s|his|her|their|our|my)\s+\d{1,3}(?:st|nd|rd|th)\b(?!\s+anniversary)"
    r"|(?:его|её|ее|свой|своё|свое|мой|моё|мое|його|її|свій|своє|мій|моє)\s+(?:\d{1,3}[-\s]?(?:лети|річч|літт)\p{L}*"
    r"|юбиле\p{L}*|ювіле\p{L}*))"
    # "9 травня виповнилося 80 років від дня Перемоги" counts years since an event, not an age.
    r"(?![^.!?\n]{0,20}?\b(?:со\s+дня|с\s+момента|з\s+дня|з\s+моменту|від|since|годовщин|річниц))"
)
BIRTHDAY_BEFORE_CUE = (
    r"(?="
    + _DM_START
    + r")(?<!"
    + _DEATH
    + r"\p{L}*[^.!?\n]{0,25})\b(?P<v>"
    + DAY_MONTH
    + r")(?!\s*,?\s*(?:\d|"
    + _YEAR
    + r"))"
    r"(?=(?:(?!" + _DEATH + r")[^.!?\n\d]){0,80}?" + _BDAY_AFTER + r")"
)
_BDAY_BEFORE = (
    r"(?:д(?:ень|нём|нем|ня)\s+(?:его\s+|її\s+|його\s+|ее\s+)?(?:рождени|народженн)\p{L}*|днюх\p{L}*|birthday"
    r"|turn(?:ed|s)\s+\d{1,3}(?:\s+years?\s+old)?|would(?:['’]ve|\s+have)\s+(?:turned|been)\s+\d{1,3}"
    r"|исполнилось\s+(?:бы\s+)?\d{1,3}(?:\s+(?:лет|года?|років|роки|рік|years?))?|виповнилося\s+(?:б\s+)?\d{1,3}(?:\s+(?:лет|года?|років|роки|рік|years?))?"
    r"|было\s+бы\s+\d{1,3}|було\s+б[и]?\s+\d{1,3}|исполнилось\s+бы\s+\d{1,3}"
    r"|(?:виповнит|исполнит)\p{L}*\s+\d{1,3}(?:\s+(?:лет|года?|років|роки|рік|years?))?)"
)
# The date and the age at once: "17 жовтня тобі 25", "12 October you'd be 30".
_AGE_AFTER = (
    r"(?:тобі|тебе|йому|їй|ему|ей|you|he|she)(?:['’]d)?\s+(?:б[иы]?\s+)?(?:було\s+|было\s+|be\s+|would\s+be\s+)?"
    r"\d{1,3}\b"
)
BIRTHDAY_AGE = r"(?=" + _DM_START + r")\b(?P<v>" + DAY_MONTH + r")(?!\s*,?\s*\d)\s*[,—–-]?\s*" + _AGE_AFTER
BIRTHDAY_AFTER_CUE = (
    r"\b(?:turned|turns|will\s+turn|will\s+be|would(?:['’]ve|\s+have)\s+(?:turned|been))\s+(?:\d{1,3}|"
    + _AGE_WORD
    + r")\s+on\s+(?:(?P<v>the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+"
    + _MONTHS
    + r")?)|(?:the\s+)?(?P<v>(?:"
    + _DAY_ORD
    + r")(?:\s+of\s+"
    + _MONTHS
    + r")?))\b|"
    r"\b" + _BDAY_BEFORE + r"(?:(?!" + _DEATH + r")[^.!?\n\d]){0,30}?\b(?P<v>" + DAY_MONTH + r")"
    r"(?!\s*,?\s*" + _YEAR + r")"
)
# "Бойко Тарас Іванович, 1997, 36 ОБрМП": a bare year right after a full name with patronymic.
_PATR_END = r"(?:ович|евич|йович|ьович|ьич|івна|ївна|овна|евна|ична|ічна|ovich|evich|ovych|ovna|evna|ivna)"
# A person's name as registers and lists write it: with a patronymic, surname and initials ("Нестеренко В. В.",
# "Бочкарёв Н. В."), or two capitalised words.
_LIST_NAME = (
    r"(?-i:\p{Lu}\p{Ll}+" + _PATR_END + r"|\p{Lu}[\p{L}'’-]+\s\p{Lu}\.\s?(?:\p{Lu}\.)?"
    r"|\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
)
# A month and its year ("March 1991"), and a date's year of birth checked from its end: a date just matched holds a
# year before 2009 within its last characters ("5 December 1991", "1991-12-05").
_MONTH_YEAR = _MONTHS + r"\.?\s+(?:19[3-9]\d|200[0-8])(?!\d)"
_BIRTH_YEAR_IN = r"(?<=(?:19[3-9]\d|200[0-8])[^\s,;|()]{0,6})"
# Life spans in lists and memory books: "Мельник Василь Петрович (1979–2022)"; the first year is the birth.
LIFE_SPAN = (
    # The world wars are spans too ("Друга світова війна (1939–1945)"), not lives.
    # A memorial gives the months when it has no days: "Ivan Lis (March 1991 – July 2023)".
    r"(?<=(?:(?-i:\p{Lu}[\p{L}'’-]+)|(?-i:\p{Lu}\.)),?\s?)\((?!(?:1914|1939|1941)\s?[–—-]\s?(?:1918|1945)\))(?P<v>(?:"
    + DATE
    + r"|"
    + _MONTH_YEAR
    + r"|"
    + _YEAR
    + r")(?:\s?(?:р|г)\.)?)\s?[–—-]\s?"
    r"(?:" + DATE + r"|" + _MONTHS + r"\.?\s+" + _YEAR + r"|" + _YEAR + r")(?:\s?(?:рр?|гг?)\.)?\)"
    # "Чернов Олег Андреевич (2002 г.)": one year in brackets after a name.
    r"|(?<=" + _LIST_NAME + r"\s?)\((?P<v>(?:" + DATE + r"|" + _YEAR + r")(?:\s?(?:р|г)\.)?)\)"
    # "Ковальчук Андрій (1988), с. Заборознівці": a list name of two words, a birth year before 2009.
    r"|(?<=(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\s\p{Lu}\p{Ll}+)\s?)\((?P<v>(?:19[3-9]\d|200[0-8])(?:\s?(?:р|г)\.)?)\)"
    # "Oleh Kit (5 December 1991)", "Ivan Lis (05.12.1991)": a whole date after such a name, a birth before 2009
    r"|(?<=(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\s\p{Lu}\p{Ll}+)\s?)\((?P<v>" + DATE + _BIRTH_YEAR_IN + r")\)"
    # "Іван Питель, верховинець, 1979–2024,": a bare span between commas, a birth before 2010 and a death in
    # this war; a span of years "у 1991–2022 роках" has no comma before it.
    # (the sentence may end there: "Andrii Koval, 1979–2023.")
    r"|(?<=,\s?)(?P<v>(?:19[3-9]\d|200\d))\s?[–—-]\s?20(?:1[4-9]|2\d)(?=\s*(?:[,;)]|\.(?!\d)|$))"
    # "Іван Питель 1979–2024" as a heading or a caption: right after a name of two capitalised words.
    # A memory book's card writes full dates ("КУЗЬМИНЫХ Денис Олегович\n12.04.1986 – 27.08.2023") and a plaque
    # the name in capitals ("ОЛЕГ МАРЧУК 1991 — 2024").
    r"|(?<=(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\s(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}))\s)(?P<v>(?:[0-3]?\d[./][01]?\d[./])?"
    r"(?:19[3-9]\d|200\d))(?:\s?(?-i:р|г)\.)?\s?[–—-]\s?(?:[0-3]?\d[./][01]?\d[./])?20(?:1[4-9]|2\d)(?:\s?(?-i:р|г)\.)?"
    r"(?=\s*(?:[,;.)]|$))"
)
YEAR_AFTER_NAME = (
    # "Бойко Тарас Іванович, 1997," / "Бойко Тарас Іванович — 1997;": a full name with patronymic, then a year.
    r"(?<=(?-i:\p{Lu}\p{Ll}+" + _PATR_END + r")\s*[,;|\t—–]\s*)(?P<v>" + _YEAR + r"(?!\d)" + _YEAR_SUFFIX + r")"
    r"(?=\s*(?:[,;|\t.)]|$))"
    # "Запиши: Головин Александр Сергеевич, 2 марта 2003, в/ч ...", "Ищу племянника, Макаров Даниил Александрович,
    # 08.03.01 г., без вести ...": a full name dictated or posted with its date, a birth before 2011 (a two-digit
    # year written so only after the name).
    r"|(?<=(?-i:\p{Lu}\p{Ll}+"
    + _PATR_END
    + r")\s*[,—–]\s*)(?P<v>(?:[0-3]?\d\.[01]?\d\.\d{2}(?!\d)|"
    + DATE
    + r"(?<=(?:19[3-9]\d|200\d|2010)))"
    + _YEAR_SUFFIX
    + r")(?=\s*(?:[,;.)]|$))"
    # "Нестеренко В. В., 1973 р.,": a surname with initials, then a year.
    r"|(?<=" + _LIST_NAME + r"\s*[,—–]\s*)(?P<v>(?:19[3-9]\d|200\d|2010)(?!\d)" + _YEAR_SUFFIX + r")(?=\s*(?:[,;.)]|$))"
    # "Vasily Orlov, 1986, Belgorod": two capitalised words, then a year before 2009 between commas.
    # "ПЕТРЕНКО Іван, 1985,": the surname in capitals, as registers write it.
    # A list's fields may be parted by semicolons, bars or tabs too ("| Lis Ivan | 1991 |", "Lis Ivan; 1991; Omsk").
    r"|(?<=(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}[\p{Lu}'’-]*)\s\p{Lu}\p{Ll}+)\s*[,;|\t]\s*)(?P<v>(?:19[3-9]\d|200[0-8])"
    + _YEAR_SUFFIX
    + r")(?=\s*[,;|\t])"
    # "Ivan Lis, 5 December 1991, Omsk", "Lis Ivan Petrovich | 05/12/1991 |": a whole date in any of its written forms
    # after a name of two or three capitalised words, a birth before 2009, the field closed after it
    r"|(?<=(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}[\p{Lu}'’-]*)(?:\s\p{Lu}\p{Ll}+){1,2})\s*[,;|\t]\s*)(?P<v>"
    + DATE
    + _BIRTH_YEAR_IN
    + r")(?=\s*(?:[,;|\t)]|\.(?!\d)|$))"
    # "Кедров Семён, рядовой, стрелок, 1991, Омск": a list line's role fields (lower-case words) between the name
    # and the year
    r"|(?<=(?:^|\n)[ \t]*(?:[—–•*-]|\d{1,3}[.)])?[ \t]*(?-i:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?:\s\p{Lu}\p{Ll}+){1,2})"
    r"(?:\s*,\s*(?-i:\p{Ll}[\p{Ll} -]{2,40})){1,3}\s*,\s*)(?P<v>(?:19[4-9]\d|200[0-8])(?!\d)"
    + _YEAR_SUFFIX
    + r")(?=\s*(?:[,;.)]|$))"
)
# The same list shape with the date read aloud: "— Кто вы? — Горбунов Матвей, четырнадцатого марта девяносто
# второго.", "Юрий Беспалов, восемьдесят восьмого, станица ...".
WORDS_AFTER_NAME = (
    # a prisoner dictating his particulars may say what comes next: "Ерохин Дмитрий Сергеевич, дата двадцать первое
    # апреля двухтысячного" (a full date read aloud; the word stays outside)
    r"(?<=(?:(?-i:\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)|"
    + _LIST_NAME
    + r")\s*[,.]\s*(?:(?i:дата|число)\s*[:—–-]?\s*(?=[\p{L}\d][^,.;\n]*?(?:тысяч|тисяч|сот)))?)(?P<v>"
    + WORD_DATE
    + r"|(?:"
    + _ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?"
    + r")(?=\s*(?:[,.;)!?]|$))"
)
# Register and list markers before a year: "Богдан, н. 1993", "Звягинцев О. И., р. 1996", "ДР 1980", "(н. 1968,".
# Every marker stays outside the span, the one-letter "н." as "р." / "род." / "ДР": a cue, not the date.
LIST_MARKER = (
    r"(?<=(?:^|[(\[,;—–])\s?)(?-i:н\.\s?(?P<v>"
    + DATE
    + r"|"
    + _YEAR
    + r"(?!\d)|['’]\d{2}\b|"
    + _SHORT_YEAR
    + r")|(?:р|род|нар|ДР|Д\.Р|г\.\s?р|р\.\s?н)\.?(?:(?<=ДР|Р\.):)?\s?(?P<v>"
    + DATE
    + r"|"
    + _YEAR
    + r"(?!\d)|"
    + _SHORT_YEAR
    + r"))(?![\d.]\d)"
)
# Spoken dates of birth in interrogations and Q&A: "Дата народження? — Двадцять третього серпня дев'яносто
# восьмого", "Date of birth? A: Eleventh of July, 2002", "born on the ninth of February".
SPOKEN_DATE = r"(?:рожд|народ|родил|birth|born|DOB)\p{L}*(?:[^.!\n]|(?<=\?[ \t]*)\n){0,40}?\b(?P<v>" + WORD_DATE + r")"
# A day and month said right after a birthday greeting and its addressee (two words at most), across its
# exclamation: "з днем народження тебе!
# Двадцять восьмого листопада, я ж пам'ятаю", "Happy birthday, son! The 3rd of May, 1999".
BIRTHDAY_GREETING = (
    r"(?:з\s+дн(?:ем|ём)\s+народження|с\s+дн[её]м\s+рождения|happy\s+birthday)(?:,?\s+[\p{L}'’]+){0,2}\s*[!.,]?\s*(?:the\s+)?"
    r"(?=" + _DM_START + r")\b(?P<v>" + DAY_MONTH + r"(?:,?\s+(?:" + _YEAR + r"))?)"
)
_TAIL = (
    r"(?:г\.\s?р\.|гр\.|г\.\s?рожд\.|года\s+рожд\.|года\s+рождения|г\.\s+рождения|р\.\s?н\.|року\s+народження|р\.\s+народження"
    r"|р\.\s?народж\.|року\s+народж\.|р\.\s?нар\.|року\s+нар\.|years?\s+of\s+birth|birth\s+year|g\.\s?r\.|r\.\s?n\."
    r"|y\.\s?o\.\s?b\.|(?-i:YOB)(?![\p{L}])"
    r"|(?-i:г\.\s?р|р\.\s?н|гр|рн)(?![\p{L}.])"
    # with a slash, as informal lists write it: "1990 г/р", "1993 р/н"
    r"|(?-i:г/р|р/н)\.?(?![\p{L}]))"
)
# Two digits are a year only before the tail ("95 г.р.", "01 р.н.").
# Starts at a digit: trying every month name at every position is what made this pattern slow.
TAILED = (
    r"(?<![\d.])(?=\d)(?:"
    + DATE
    + r"|"
    + _YEAR
    # a full date with a two-digit year only before the tail: "12.03.90 р.н."
    + r"|[0-3]?\d\.[01]?\d\.\d{2}(?=\s?(?:г\.\s?р\.|р\.\s?н\.|г/р|р/н))"
    + r"|\d{2}(?=\s?-?го|\s?(?:г\.\s?р\.|р\.\s?н\.)))\s?(?:-?го|-?й)?\s*"
    + _TAIL
)
# The day and month said after the year of birth: "Хабибуллин Айдар, девяносто восьмого года, тридцатого мая",
# "1998 г.р., 30 мая" (an interrogation's or a wanted notice's order); no year of its own after it.
DAY_AFTER_BIRTH_YEAR = (
    r"(?<=(?:(?:"
    + _ORD_WORDS
    + r")\s+(?:года|року)(?:\s+(?:рождения|народження))?|(?<![\d.])"
    + _YEAR
    + r"\s?(?:г\.\s?р\.|р\.\s?н\.|года\s+рождения|року\s+народження|g\.\s?r\.|r\.\s?n\.|year\s+of\s+birth)"
    # English gives the year after its cue, the birthday after a comma: "born in '92, July 9", "b. 1990, 3 March"
    + r"|(?<![\p{L}])(?:born|b\.)\s?(?:in\s+)?(?:"
    + _YEAR
    + r"|['’]\d{2}))\s*,\s*)(?P<v>"
    + _day_of_month(_DAY_ORD + r"|[0-3]?\d")
    + r"|"
    + _MONTH_DAY
    + r")(?![\p{L}\d])(?!\s*,?\s*(?:\d|(?:тысяча|двух|две|дві|тисяча|семьдесят|восемьдесят|девяносто)))"
)
# A year read aloud with the tail: "девяносто пятого года рождения", "двохтисячного року народження".
WORDS_TAILED = r"\b(?P<v>" + _ORD_WORDS + r"\s+" + _TAIL + r")"
# Spelled-out year after "год рождения?" ("Девяносто девятый"), as interrogations read.
# The birthday an answer goes on with after the year: "— Двухтысячный, восемнадцатое апреля.", "— Two thousand and
# three, the twenty-sixth of July", "ninety-nine, May 4".
_BIRTHDAY_AFTER_YEAR = (
    r"(?:,?\s+(?:the\s+)?(?:"
    + _day_of_month(_DAY_ORD + r"|[0-3]?\d(?:st|nd|rd|th)?")
    + r"|"
    + _MONTH_DAY
    + r")(?![\p{L}\d]))?"
)
SPOKEN_YEAR = (
    r"\b(?:год|рік)\s+(?:рождения|народження)\s*[?:]*\s*[—–-]?\s*(?P<v>(?:"
    + _ORD_WORDS
    + r")"
    + _BIRTHDAY_AFTER_YEAR
    + r")"
    r"|\byear\s+of\s+birth\s*[?:]*\s*(?:[—–-]|(?-i:A):|answer:)?\s*(?P<v>"
    + _EN_YEAR_WORDS
    + _BIRTHDAY_AFTER_YEAR
    + r")"
)
# A year of birth said as Russian and Ukrainian speech says it ("девяносто девятого года"), translated word for word:
# "He was twenty-three. Ninety-ninth year.", "my son is eighty-seventh year of birth". The ordinal of tens with a unit
# (or a round tens) before "year", not an age or a count: no article or possessive before it ("in his ninetieth year",
# "the seventy-first year of the republic"), nothing but "of birth" after "year".
EN_ORDINAL_YEAR = (
    r"(?<![\p{L}'’-])(?<!(?:the|his|her|its|their|my|your|our|this|that|a)\s)(?P<v>(?:seventy|eighty|ninety)[-\s]"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|seventieth|eightieth|ninetieth)"
    r"(?=\s+year(?![\p{L}])(?:\s+of\s+birth|(?!\s+(?:of|since|after|before|in|anniversary|old)(?![\p{L}]))))"
)
# The year asked of a person and its answer: "— Ты какого года? — Девяносто восьмого.", "— С какого ты года? — С
# девяносто пятого.", "— З якого ти року? — З дев'яносто п'ятого." A pronoun in the question ("машина какого года?" asks
# a thing's); a pattern of its own, so that it is tried only where its question word stands.
YEAR_ASKED = (
    r"(?<![\p{L}])(?:какого|якого)\s+(?:(?:ты|вы|он|она|ти|ви|він|вона)\s+)?(?:года|року)"
    # the pronoun before the question word, inside it or after "года" ("Он какого года?", "какого ты года?")
    r"(?:\s+(?:ты|вы|он|она|ти|ви|він|вона))?(?<=(?:ты|вы|он|она|ти|ви|він|вона)(?:\s+\p{L}+){0,2})"
    r"\s*\?\s*[—–-]?\s*(?:(?:с|з|із)\s+)?(?P<v>(?:"
    + _ORD_WORDS
    + r")(?:\s+(?:года|року))?"
    + _BIRTHDAY_AFTER_YEAR
    + r"|\d{2}-го|(?:19[4-9]\d|200\d)(?:-го)?(?:\s+(?:года|року))?)(?![\p{L}\d])"
)
# The answer to a question that asks for the name and the birth at once: "— Name, year of birth?\n— Ivanov Petr
# Sergeevich, ninety-eight.", "— ФИО, год рождения? — Лосев Игнат Петрович, восемьдесят седьмой." The name comes
# first, then the year said or written; a bare number after a name is an age anywhere else.
_BIRTH_QUESTION = (
    r"(?:(?:year|date)\s+of\s+birth|DOB|(?:год|дата)\s+рождения|(?:рік|дата)\s+народження)[^?\n]{0,20}\?"
    r"[ \t]*\n?[ \t]*(?:[—–-]|(?-i:[AОВ])[ \t]*:)?[ \t]*"
)
# A date of birth as a speaker says or writes it, alone: a day read aloud with its month ("the fourth of March"), a
# written date or year, a year read aloud ("девяносто седьмого года", "ninety-three"). The alternatives open on
# different words (a day's ordinal, a digit, a year's tens or thousands), so at any one place at most one of them can
# match, and their order decides nothing: the answer after a name and a correction share it.
_SAID_DATE = (
    r"(?:"
    + WORD_DATE
    + r"|"
    + DATE
    + _YEAR_SUFFIX
    + r"|"
    + _YEAR
    + r"(?!\d)"
    + _YEAR_SUFFIX
    + r"|(?:"
    + _ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?|"
    + _EN_YEAR_WORDS
    + r")"
)
ANSWER_AFTER_NAME = (
    r"(?<="
    + _BIRTH_QUESTION
    + r"(?-i:\p{Lu}[\p{L}'’-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’-]+)){0,3}\s*,\s*)(?P<v>"
    + _SAID_DATE
    + r")"
)
# A speaker who corrects the date of birth just given says the right one after it: "ninety-eight... I mean 1998",
# "Девяносто первый… третье ноября девяносто первого", "восемьдесят седьмой, то есть восьмой". The correction is
# a date of birth too.
_CORRECTION = regex.compile(
    r"[ \t]*(?:\.\.\.|…|,|—|–|-)?[ \t]*(?:I\s+mean|sorry|no|or\s+rather|то\s+есть|точнее|вернее|ой|нет|тобто"
    r"|точніше|вірніше|ні)(?![\p{L}])[,.…]?[ \t]*",
    regex.IGNORECASE | regex.VERSION1,
)
_CORRECTED = regex.compile(_SAID_DATE, regex.IGNORECASE | regex.VERSION1)
# A bare full date with a birth-plausible year: wanted notices list "name, date of birth" with no cue.
# "b. 1984", "b. 8 July 1979", "b. '88": the abbreviated marker is a cue before the date and stays outside the span
# (a tail after the date, "1984 г.р.", is inside), so the output reads "b. 1984" / "b. <DATE_OF_BIRTH>". Only where a
# list or a bracket opens the marker ("Oleh Lis, b. 1984", "(b. 8 July 1979)"), not "plan b. 2000".
ABBREVIATED_CUE = (
    r"(?<=(?:^|[(,;—–]\s?|[(,;—–]\s{2}))(?-i:b)\.\s?(?P<v>" + DATE + r"|" + _YEAR + r"(?![\d.]\d)|['’]\d{2}\b)"
    # the genealogists' star, inside a bracket or after a list's comma: "Ivan Lis (*1991)", "Oleh Kit, * 5.03.1990"
    r"|(?<=(?:\(|[,;]\s?))\*\s?(?P<v>" + DATE + r"|" + _YEAR + r"(?![\d.]\d))"
)
# The date before its birth verb: "В 1996 году в Омске родился ...", "14 марта 1992 года родился", "In 1999 his son
# was born", "у 1995-му в родині Петренків народилася донька". A few words between, no clause break.
_BIRTH_VERB = r"(?:родил\p{L}*|родивш\p{L}*|" + _NARODY + r"|(?:was|were)\s+born|born)(?![\p{L}])"
# From a date to its birth verb: a few words, no clause break and no relative clause ("в Омске, где родился его
# отец" is the father's place, not this date's birth).
_RELATIVE = r"(?:где|де|куда|куди|котор\p{L}*|як(?:ий|а|е|ому|ій|ого|ої)|where|who|which)(?![\p{L}'’-])"
_TO_BIRTH_VERB = (
    r"(?=(?:[\s,]+(?!"
    + _BREAK
    + r"|"
    + _RELATIVE
    + r")(?:\p{L}[\p{L}'’-]*|(?-i:\p{Ll}{1,3}\.))){0,4}?\s+"
    + _BIRTH_VERB
    # "от 17.06.2024 рядовой Ефимов, родившийся 06.03.2002": a participle after a comma, or a verb with its own
    # date after it, is not this date's.
    + r"(?!\s+(?:\p{L}+\s+){0,2}\d))"
)
DATE_BEFORE_CUE = (
    # The second date of a life span is the death ("1979 – 2024", "12.04.1986 – 27.08.2023 Родился в ..."), and a
    # date that ends its line is a heading's, not the birth the next line starts telling ("Born in the village ...").
    r"(?<![\d.])(?<!(?:\d|(?-i:[гр])\.)\s?[–—-]\s?)(?=\d|(?-i:[JFMASOND][a-z]))(?P<v>(?:"
    + DATE
    + r"|"
    + _YEAR
    + r"(?!\d))"
    + _YEAR_SUFFIX
    + r")(?![ \t]*\n\s*(?-i:\p{Lu}))"
    + _TO_BIRTH_VERB
)
# The same said in words, as mothers and captives speak: "Он девяносто седьмого, первого сентября родился", "В
# девяносто пятом году у нас родился сын", "дев'яносто шостого року, шістнадцятого квітня народився", "первого
# сентября девяносто седьмого родился". A year read aloud is an ordinal ("девяносто седьмого", not "девяносто
# человек"); the day read aloud has its month.
WORDS_BEFORE_CUE = (
    r"(?<![\p{L}'’-])(?P<v>(?:"
    + _ORD_WORDS
    + r")(?:\s+(?:году|года|року|році|рік))?"
    + _BIRTHDAY_AFTER_YEAR
    + r"|"
    + WORD_DATE
    + r")"
    + _TO_BIRTH_VERB
)
# A year of birth in speech after the person it is said of, with no birth word: "Он у меня девяносто седьмого
# года.", "Я сам восемьдесят девятого, из Тулы", "Він з дев'яносто п'ятого, з Лозової", "Андрійко в мене
# дев'яносто шостого, шістнадцятого квітня". The year is a genitive ordinal ("седьмого", not "седьмом": a year
# something happened in), and the clause ends with it: "с девяносто седьмого года служил" / "года выпуска" are not.
_SUBJECT = (
    r"(?:я|он|она|ты|вы|він|вона|ти|ви|сын|брат|муж|син|чоловік|сынок|синок"
    r"|(?-i:\p{Lu}\p{Ll}+)(?=\s+(?:у|в)\s+(?:меня|нас|мене)(?![\p{L}])))"
)
_PARTICLE = (
    r"(?:у\s+меня|у\s+нас|в\s+мене|у\s+мене|в\s+нас|сам|сама|же|ж|вроде|ведь|тоже|теж|вообще|взагалі|был|была"
    r"|був|була)(?![\p{L}])"
)
PRONOUN_YEAR = (
    # Tried where a year's first word starts; the person before it is a look-behind.
    r"(?<![\p{L}'’-])(?=семьдесят|восемьдесят|девяност|сімдесят|вісімдесят|дев['’]яност|семидесят|восьмидесят"
    r"|тысяча|тисяча|двухтысячн|двотисячн|двохтисячн|дві|две)(?<=(?<![\p{L}'’-])"
    + _SUBJECT
    + r"(?:\s+"
    + _PARTICLE
    + r"){0,2}\s+(?:(?-i:з|с|із)\s+)?)(?P<v>(?:"
    + _ORD_WORDS
    + r")(?<=го)(?:\s+(?:года|року))?"
    + _BIRTHDAY_AFTER_YEAR
    # "з дев'яносто п'ятого року, коли пішов на завод" is a since: the clause that goes on with a when is not a birth
    + r")(?=\s*(?:[,.;!?…—–)]|$))(?!\s*[,—–]\s*(?:коли|когда|как|як|відколи|тоді|тогда|с\s+тех|з\s+тих)(?![\p{L}]))"
)
# A year read aloud in English after a full name, as a captive introduces himself: "Kuzmin Vadim Sergeyevich.
# Ninety-three, fourth of March." After a surname, a name and a patronymic that open an answer the year alone (tens
# with a unit: "ninety" alone may be an age); elsewhere only with the birthday after it ("Maria Ivanova, ninety-three,
# said" and "Lidia Petrovna, eighty-two, lives alone" are ages).
_EN_SAID_YEAR = r"(?:(?=nineteen|two\s+thousand|" + _EN_TENS_UNIT + r")" + _EN_YEAR_WORDS + r")"
EN_WORDS_AFTER_NAME = (
    # where a year word starts, so that the look-behinds run only there
    r"(?=nineteen|two|seventy|eighty|ninety)"
    r"(?:(?<=(?:^|\n)[ \t]*(?:[—–-]|\p{L}{1,12}:)?[ \t]*(?-i:\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+"
    + _PATR_END
    + r")\s*[,.]\s*)(?P<v>"
    + _EN_SAID_YEAR
    + _BIRTHDAY_AFTER_YEAR
    + r")(?=\s*(?:[,.;)!?]|$))"
    r"|(?<=(?-i:\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)\s*[,.]\s*)(?P<v>"
    + _EN_SAID_YEAR
    + r",?\s+(?:the\s+)?(?:"
    + _day_of_month(_DAY_ORD + r"|[0-3]?\d(?:st|nd|rd|th)?")
    + r"|"
    + _MONTH_DAY
    + r"))(?=\s*(?:[,.;)!?]|$)))"
)
# The compact marker right before an English date of birth, with no preposition or colon between: "born 1996",
# "Born 12 May 1991", "b. 1990", "b.'88", "DOB 11.06.1985", "D.O.B. 1994"; "b." only where a list or a bracket opens
# it, as ABBREVIATED_CUE has it ("Oleh Lis, b. 1984", never "plan b. 2000"). The span takes it in (see the module note)
# and redact/fit/english.py writes the same markers back in front of the replacement.
MARKER_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}\d.'’-]){DOB_MARKER_WORD}|(?<=(?:^|[\n(\[,;—–])[ \t]{{0,2}}){DOB_MARKER_ABBREVIATION})"
    r"[ \t]*(?<=[ \t.])$",
    regex.VERSION1,
)
# "the" before a day said as an ordinal belongs to the date when no preposition governs it ("born the 1st of May",
# "His birthday was just now, the ninth of March"); after one it stays outside ("on the first of November").
_THE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?<!(?:on|in|of|by|at|to|from|since|until|till|before|after)\s)the\s+$")
_ORDINAL_DAY_START = regex.compile(
    r"(?i)[0-3]?\d(?:st|nd|rd|th)\b|(?:twenty|thirty)?[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)\b|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth)\b"
)
# "a 1990-born resident": the year and its marker joined as one English adjective.
YEAR_BORN = r"(?<![\d.-])(?P<v>" + _YEAR + r"-born)(?![\p{L}-])"
BARE_OLD_DATE = r"(?<![\d.])(?P<v>[0-3]\d\.[01]\d\.(?:19[3-9]\d|200\d|2010))(?![\d.]\d)"


class DateOfBirthRecognizer(CuedPatternRecognizer):
    """Birth dates and years next to a birth cue (born, г.р., года рождения, р.н., народився).

    Known false positive: a pre-2011 historical date in dd.mm.yyyy form with no cue (low score).
    """

    ENTITY = "DATE_OF_BIRTH"
    ENTITIES: ClassVar[list[str]] = ["DATE_OF_BIRTH"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("date after a birth cue", CUED_DATE, 0.85),
        CuedPattern("date after an abbreviated birth marker", ABBREVIATED_CUE, 0.85),
        CuedPattern("date with a birth tail", TAILED, 0.9),
        CuedPattern("spoken year of birth", SPOKEN_YEAR, 0.7),
        CuedPattern("year of birth asked of a person", YEAR_ASKED, 0.7),
        CuedPattern("birthday before its cue", BIRTHDAY_BEFORE_CUE, 0.8),
        CuedPattern("birthday after its cue", BIRTHDAY_AFTER_CUE, 0.8),
        CuedPattern("first year of a life span", LIFE_SPAN, 0.8, starts=r"[(\d]"),
        CuedPattern("year after a full name", YEAR_AFTER_NAME, 0.7, starts=r"[,;|\t—–]\s*\K"),
        CuedPattern("spoken date of birth", SPOKEN_DATE, 0.8),
        CuedPattern("day and month after a birthday greeting", BIRTHDAY_GREETING, 0.8),
        CuedPattern("date read aloud after a name", WORDS_AFTER_NAME, 0.6),
        CuedPattern("year read aloud with a birth tail", WORDS_TAILED, 0.85),
        CuedPattern("day and month after the year of birth", DAY_AFTER_BIRTH_YEAR, 0.75),
        CuedPattern("year after a list marker", LIST_MARKER, 0.75),
        CuedPattern("day and month with the age", BIRTHDAY_AGE, 0.7),
        # Just above the plain phone recognizer's 0.4, which also reads "14.03.1988" as a number.
        CuedPattern("date before its birth verb", DATE_BEFORE_CUE, 0.8),
        CuedPattern("date read aloud before its birth verb", WORDS_BEFORE_CUE, 0.8),
        CuedPattern("year read aloud after the person it is said of", PRONOUN_YEAR, 0.75),
        CuedPattern("English year read aloud after a full name", EN_WORDS_AFTER_NAME, 0.7),
        CuedPattern("old full date", BARE_OLD_DATE, 0.45),
        CuedPattern("year joined to 'born'", YEAR_BORN, 0.85),
        CuedPattern("English year said as an ordinal before 'year'", EN_ORDINAL_YEAR, 0.7),
        CuedPattern("year of birth answering a name-and-birth question", ANSWER_AFTER_NAME, 0.8, starts=r",\s*\K"),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["born", "birth", "dob", "age", "aged", "years", "old"],
        "ru": ["родил", "рожд", "лет", "год", "возраст"],
        "uk": ["народ", "років", "рік", "вік"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The dates found, an English one with the compact marker right before it ("born 1996", "b. 1990")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [r for r in results if not self._next_clause(text, r)]
        results += self._corrections(text, results)
        results += self._restated(text, results)
        results += self._read_back(text, results)
        # The markers are English words, so a Cyrillic date is never widened; an English line in a Russian document is.
        for r in results:
            marker = MARKER_BEFORE.search(text, max(0, r.start - 12), r.start)
            if marker is not None:
                r.start = marker.start()
            elif _ORDINAL_DAY_START.match(text, r.start, r.end):
                the = _THE_BEFORE.search(text, max(0, r.start - 20), r.start)
                if the is not None:
                    r.start = the.start()
        return results

    def _next_clause(self, text: str, r: RecognizerResult) -> bool:
        """Whether a date found after a birth cue belongs to the next clause, past a comma: "Born in Bryansk, he was
        called up on 21 September 2022", "Родился в Омске, в 2022 году был призван", "Народився в Ізюмі, 24 лютого
        2022 року став на захист". A clause of its own has its subject ("he") before the date or its verb right after
        it; a date the comma only sets off ("Родился в Омске, в 1995 году.") is the birth's."""
        explanation = r.analysis_explanation
        if explanation is None or explanation.pattern_name != "date after a birth cue":
            return False
        cues = list(_CUE_RE.finditer(text, max(0, r.start - 160), r.start))
        if not cues or "," not in text[cues[-1].end() : r.start]:
            return False
        if _SUBJECT_AFTER_COMMA.search(text, cues[-1].end(), r.start):
            return True
        after = _WORD_AFTER_DATE.match(text, r.end)
        if after is None or self.supported_language not in ("ru", "uk"):
            return False
        word = after.group("w")
        return any(
            p.tag.POS in ("VERB", "PRTS") and not _BIRTH_LEMMA.match(str(p.normal_form))
            for p in morph.parses(word, self.supported_language)
        )

    def _corrections(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The date a speaker gives right after correcting a date of birth ("ninety-eight... I mean 1998")."""
        found: list[RecognizerResult] = []
        for r in results:
            cue = _CORRECTION.match(text, r.end)
            value = _CORRECTED.match(text, cue.end()) if cue is not None else None
            if value is not None and not any(x.start <= value.start() < x.end for x in results):
                found.append(self._cued_result(value.start(), value.end(), r.score, r.analysis_explanation))
        return found

    def _restated(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A full date that restates a year of birth just found ("1978 р.н. (повна дата – 4 травня 1978 року)", "born
        in 1991 — on 3 March 1991, to be exact"): the same year within a few words after it, no death word between."""
        found: list[RecognizerResult] = []
        for r in results:
            year = _YEAR_IN.search(text, r.start, r.end)
            if year is None:
                continue
            for m in _RESTATED_DATE.finditer(text, r.end, min(len(text), r.end + _RESTATE_REACH)):
                if m.group("y") != year.group() or _DEATH_RE.search(text, r.end, m.start()):
                    continue
                if not any(x.start <= m.start() < x.end for x in results + found):
                    found.append(self._cued_result(m.start(), m.end(), r.score, r.analysis_explanation))
                break
        return found

    def _read_back(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The day of a date of birth read aloud, said back as the listener writes it down ("двадцать пятое ноября
        двухтысячного ... — Записываю… двадцать пятое… да."): the same day words, alone, a few lines on."""
        found: list[RecognizerResult] = []
        for r in results:
            day = _DAY_READ_ALOUD.match(text, r.start, r.end)
            if day is None or day.end() >= r.end:
                continue
            said = regex.compile(r"(?<![\p{L}])" + regex.escape(day.group()) + r"(?![\p{L}])", DEFAULT_FLAGS)
            month = _NEXT_WORD.match(text, day.end())
            for m in said.finditer(text, r.end, min(len(text), r.end + _READ_BACK_REACH)):
                after = _NEXT_WORD.match(text, m.end())
                if (
                    after is not None
                    and _MONTH_WORD.fullmatch(after.group("w"))
                    and (month is None or after.group("w").lower() != month.group("w").lower())
                ):
                    continue  # "Двадцать пятое мая мы уехали": another date
                if not any(x.start <= m.start() < x.end for x in results + found):
                    found.append(self._cued_result(m.start(), m.end(), r.score, r.analysis_explanation))
        return found

    def matches(self, pattern: CuedPattern, compiled: regex.Pattern[str], text: str) -> Iterable[regex.Match[str]]:
        """A birthday with no year is looked for only before its cue ("исполнилось 30", "тобі 25"): tried at
        every word, a day read aloud costs more than the rest of the recogniser."""
        anchor = _ANCHORS.get(pattern.regex)
        if anchor is None:
            return super().matches(pattern, compiled, text)
        return matches_near(compiled, text, anchor, _REACH_BEFORE, _REACH_AFTER)


# A birth cue, a subject pronoun that opens the next clause after a comma, the word right after a date (past its
# "года"/"року"), and the birth verbs' lemmas: what tells a date of the next clause from the birth's (_next_clause).
_CUE_RE = regex.compile(r"(?<![\p{L}])" + _CUE, DEFAULT_FLAGS)
_SUBJECT_AFTER_COMMA = regex.compile(
    r",\s*(?:he|she|they|we|I|он|она|они|мы|я|він|вона|вони|ми)(?![\p{L}'’-])"
    # not a speaker's aside: "He was born, he says, in 1993"
    r"(?!\s+(?:says|said|recalls|recalled|говорит|рассказывает|вспоминает|каже|розповідає|згадує)(?![\p{L}]))",
    DEFAULT_FLAGS,
)
_WORD_AFTER_DATE = regex.compile(r"(?:\s+(?:года|году|року|році|г\.|р\.))?\s+(?P<w>\p{L}[\p{L}'’-]*)", DEFAULT_FLAGS)
_BIRTH_LEMMA = regex.compile(r"(?:родить|народити|родиться|народитися)")
# The day of a date read aloud, two words at least ("двадцать пятое", "тридцять першого"), repeated back (_read_back).
_DAY_READ_ALOUD = regex.compile(
    r"(?:двадцат|двадцят|тридцат|тридцят)\p{L}{0,2}\s+(?:" + _DAY_ORD + r")(?=\s)", DEFAULT_FLAGS
)
_READ_BACK_REACH = 200
_NEXT_WORD = regex.compile(r"\s+(?P<w>\p{L}+)", DEFAULT_FLAGS)
_MONTH_WORD = regex.compile(
    r"(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|травн"
    r"|червн|липн|серпн|вересн|жовтн|листопад|грудн)\p{L}*",
    DEFAULT_FLAGS,
)
# A year inside a date of birth found, and a full date of the same year restating it a few words on (_restated).
_YEAR_IN = regex.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_RESTATED_DATE = regex.compile(
    r"(?<![\d.])(?:"
    + _day_of_month(_DAY_NUMBER)
    + r"\.?,?\s+|"
    + _MONTH_DAY
    + r",?\s+|[0-3]?\d[./][01]?\d[./])(?P<y>"
    + _YEAR
    + r")(?!\d)"
    + _YEAR_SUFFIX,
    DEFAULT_FLAGS,
)
_DEATH_RE = regex.compile(_DEATH, DEFAULT_FLAGS)
_RESTATE_REACH = 60
# The cue a pattern cannot match without, and how far around it the date and its look-arounds reach.
_ANCHORS: dict[str, regex.Pattern[str]] = {
    BIRTHDAY_BEFORE_CUE: regex.compile(_BDAY_AFTER, DEFAULT_FLAGS),
    BIRTHDAY_AGE: regex.compile(_AGE_AFTER, DEFAULT_FLAGS),
    DATE_BEFORE_CUE: regex.compile(_BIRTH_VERB, DEFAULT_FLAGS),
    WORDS_BEFORE_CUE: regex.compile(_BIRTH_VERB, DEFAULT_FLAGS),
    DAY_AFTER_BIRTH_YEAR: regex.compile(
        r"(?:года|року|г\.\s?р\.|р\.\s?н\.|рождения|народження|g\.\s?r\.|r\.\s?n\.|birth"
        r"|(?<![\p{L}])(?:born|b\.)\s?(?:in\s+)?(?:\d{4}|['’]\d{2}))\s*,",
        DEFAULT_FLAGS,
    ),
}
_REACH_BEFORE = 160
_REACH_AFTER = 80
