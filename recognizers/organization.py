"""Local institutions that identify a person: schools, employers, councils, enlistment offices, hospitals, cemeteries.

An institution is a grammar, not a list of names: an **institution noun** (any case form, found through its
pymorphy3 lemma: школа/школі/школу, ліцей/ліцеї, военкомат/военкомате, кладовище/цвинтарі ...) or an
**abbreviation** (СШ, ЗОШ, НВК, ПТУ, ЦРБ, ТЦК, ООО, ТОВ, КП, ФГ ...) together with what makes it *one*
institution rather than the common word:

* a **number**: "школа № 14", "ліцею №127", "28-й школы", "ИК-7", "кладбище № 2";
* a **proper adjective** before it: "Кутинському ліцеї", "Попаснянского лицея", "Металлургическом заводе"
  (capitalised inside a sentence, or a word the dictionary does not know);
* a **quoted name** or an honorific: ТОВ «Агро-Світ», "школа имени ..." / "імені ...";
* a **place tail**: "школа села Сосновка", "ліцей Локницької громади", "больница Шегарского района".

* a **local branch** of a national body: "ОМВД России по Чегемскому району", "отдел военного комиссариата по
  г. Н, Злынковскому и Климовскому районам", "отделе полиции № 4" (a regional directorate, "УМВД России по
  Курской области", is public like the region's administration, and stays);
* a **town anchor**: "пункте отбора ... в г. Электросталь", "Центре занятости населения г. Тихорецка",
  "бюро судебно-медицинской экспертизы г. Минусинска"; after a name or number also a bare town ("ООО «Агроторг»
  в Валуйках"), and a burial place or church by its village alone ("кладовищі в Залісцях").

* an **apposition**: a head noun with a legal form and its name ("на молочной ферме ООО «Кедр»");
* a **legal form with its region's capitals** and a quoted name ("ГБУЗ СК «Кедровская РБ»", "ГУП РК «...»");
* a **branch by its town's adjective** ("в Кедровском отделении банка", "Кедровском филиале"; Russian);
* a **spelled number**: "в сорок второй школе", "у двадцять п'ятій школі" (not "первой": as often "the first");
* a **street** for a village's cemetery, church or school ("сельское кладбище на ул. Заречной"; the street itself
  is the street recogniser's span; "на" and the street's name join the institution's, as most development corpora
  write a named place with its street: "храме Святой Троицы на ул. Первомайской").

* an **office's towns**: "военкомата Ревды и Дегтярска" (two towns it serves), "пункте отбора в Архангельске", "ТЦК в
  Лубнах" (the town it stands in, a bare locative: an enlistment office serves one town);
* a **road or village for a small workplace**: a service or filling station (СТО, АЗС, автосервис) on its road ("СТО на
  вул. Кедровій", the road inside the span), a shop, office or school on a street named after a person with its type
  word left out ("магазине на Кирова", "ТЦК на Лесі Українки": "на" never takes a genitive), a sawmill or farm by its
  village ("пилорамі в Кедрівці");
* a **funeral house** (a hall, agency, bureau or service after ритуальный/траурный/прощальный/похоронный, or "зал
  прощания") with its quoted name or town: "в ритуальном зале «Память»", "прощальном зале Краснотурьинска";
* a **society** by its place adjective ("Оренбургском казачьем обществе"; not a national or quoted one);
* a **street by its adjective** or a **numbered quarter** after a named place ("СТО «Кедр» на Соснівському бульварі",
  "кафе «Лагуна» на Садовой улице", "супермаркету «Кедр» на 95 кварталі");
* a **chain of containers** with their lowercase fields before a named council or institution ("управлінні
  соціального захисту населення Кедрівської РДА", "відділі освіти управління гуманітарної політики ... ради");
* a colony-settlement's **penal service and region** ("КП-5 УФСИН по Кедровской области"), a settlement abbreviated
  "п." / "пос." ("кладбище п. Кедровый") and **two eponyms** sharing a name ("СОШ им. П.Н. и Н.Е. Кедровых").

* a **bracketed qualifier** among the adjectives or before the number ("вечерней (сменной) общеобразовательной
  школе", "закладі дошкільної освіти (ясла-садок) № 5"), a **compound head** typeset with a dash ("интерната–лицея
  «Сокол»"), and **named institutions sharing one plural noun** ("на Кедровском и Сосновском элеваторах");
* a **military hospital or centre** by its number without an ending ("1062 окружном военном клиническом госпитале",
  "1602 ВКГ", "522-й центр приема, обработки и отправки погибших"), a municipality's administration by its form and
  quoted name ("администрацию МО «Кедровский улус»").

* **where it stands**: the part of town after "на" for a named place ("храмі святого Миколая на Кедрівці",
  "поликлинику № 6 на Сортировке"; not a land, region, country, compass point or feast: "на Донбассе", "на Пасху"), the
  microdistrict ("кладовищі у мікрорайоні Кедровому"), and the village or town of a plant or club ("цукровому заводі
  в Кедрівці"; not a city, region or country, and not a hospital: the town of a hospital is news);
* a **district's police** by its place ("полицию Кедровского округа"; a region's and the nation's are public), a
  **railway unit** by its code ("депо ТЧ-5", "дистанции пути ПЧ-14"), a **customs post** by its name, the kind or
  legal form in **brackets** before a quoted name ("СПК (колхоз) «Победа»", "колхозе (СПК) «Рассвет»"), a department
  whose field is a **prepositional phrase** ("отдела по делам ГО и ЧС администрации Кедровского округа", "відділі у
  справах сім'ї та молоді ... ради"), and a **plant by its compound quoted name** in speech, an industry's stem ending
  it ("Палычу с «Автодизеля»", "з «Автоагрегату»"; a national company stays through the public register).

Not one institution: a plural head with only a region after it ("в колониях Мордовии"), and a surname with a given
name after the head ("выпускник школы Кедров Иван": the person, not the school's name).

A registry office (ЗАГС, РАЦС, "загсе") is named like any head; a newspaper only as a district or town paper (a
local adjective or a district after its name: "районной газеты «Вестник»"), never a national one. Courts are not
matched: the corpora keep a district court as written more often than not.

Heads also come as **legal forms** (МБДОУ, ГБПОУ, ГБУЗ, ФКУ: read by their letters, not listed one by one), as
abbreviations with a case ending ("Гайском ГОКе"), as compounds ("горадминистрации", "онкодиспансері"), and as
generic heads that need their field ("центр занятости", "пункт отбора", "установа виконання покарань", "бюро СМЭ").
Lowercase adjectives between (загальноосвітня, средняя, районная, центральная) and a Roman-numeral stage
("І-ІІІ ступенів") join the span, so the whole designation is withheld as one. English: "School No. 3",
"Secondary School No. 14", "Penal Colony No. 11", "Sosnivka Village Council", "the Kirovsky district
military enlistment office", "Hospital #2".

Not institutions: the noun alone ("в школе", "the council said"), national bodies ("Государственная дума",
"Верховна Рада", "Русская православная церковь", "the State Duma"): a national adjective blocks the match.
Known false positive: a capitalised company or church name that is a national brand ("Уральский завод" of a
national holding) is still withheld.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers._unit_grammar_ru import CARD_WORD_RU, ORD_STEM_RU
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.institutions import ABBREVIATIONS, INSTITUTION_LEMMAS, category
from redact.recognizers.nlp.sentences import sport_around
from redact.recognizers.street_address import institution_streets

__all__ = ["OrganizationRecognizer", "INSTITUTION_LEMMAS", "ABBREVIATIONS"]


# National or generic adjectives: an institution they qualify is not a local one.
_NATIONAL = frozenset(
    """
    государственный державний федеральный федеральний верховный верховний национальный національний
    русский российский російський український украинский советский радянський православный православний
    католический католицький греко-католицький всероссийский всеукраинский всеукраїнський международный
    міжнародний европейский європейський московский московський киевский київський патриарший
    """.split()
)
# A country's own adjective: a university it opens is the country's, not a town's.
_COUNTRY_ADJ = frozenset(
    "русский российский російський український украинский всероссийский всеукраинский всеукраїнський".split()
)
# A funeral house: a hall, agency, bureau or service that a funeral adjective (or "прощания" after it) makes one.
_FUNERAL_HEAD = regex.compile(
    r"(?i)(?:зал|зала|зале|залу|залом|агентств\p{Ll}*|бюро|служб\p{Ll}*|салон\p{Ll}*|компани\p{Ll}*)"
)
_FUNERAL_ADJ = regex.compile(r"(?i)(?:ритуальн|траурн|прощальн|похоронн|поминальн)\p{Ll}*")
# A fire station: "часть"/"частина" after a fire adjective (a military "часть" takes none of these).
_FIRE_UNIT = regex.compile(r"(?i)(?:част(?:ь|и|ью|ей|ям|ях)|частин(?:а|и|і|у|ою))")
_FIRE_ADJ = regex.compile(r"(?i)(?:пожарн|пожежн|пожарно-спасательн|пожежно-рятувальн|аварийно-спасательн)\p{Ll}{1,3}")
_FAREWELL_AFTER = regex.compile(r"\G\s+(?:прощания|прощання)(?![\p{L}])")


def _funeral_house(text: str, words: list[Any], i: int) -> bool:
    """Whether ``words[i]`` heads a funeral house ("ритуальном зале", "зал прощания", "похоронное бюро"): read as a
    local office, so a quoted name or the town after it names one ("ритуальном зале «Память»"); alone it is none."""
    head = words[i]
    if not _FUNERAL_HEAD.fullmatch(head.group()):
        return False
    if _FAREWELL_AFTER.match(text, head.end()):
        return True
    if i == 0:
        return False
    prev = words[i - 1]
    return bool(_FUNERAL_ADJ.fullmatch(prev.group())) and not text[prev.end() : head.start()].strip()


# Pronouns and common words that are adjectives but never name the institution.
_SKIP_ADJ = frozenset(
    "наш ваш мой мій твой твій свой свій его её їх этот этот цей той тот такой такий весь увесь каждый кожний "
    "один одна новый новий старый старий бывший колишній другой інший родной рідний".split()
)
_WORD = regex.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*")
_NUMBER_AFTER = regex.compile(
    # A number that goes on past a slash or a full stop is a document's or a date ("извещению военкомата № 3/1187",
    # "Кирово-Чепецким военкоматом 29.09.22"), not the institution's.
    r"\G(?:\s*(?:[-–]\s?)?(?:№|N|No\.?|номер)\s*\d{1,4}(?:[-/]?[а-яА-ЯA-Za-z](?![\p{L}]))?(?!\d|[/.]\d)"
    r"|-\s?\d{1,4}(?!\d)"
    r"|\s+\d{1,4}(?![\d.,:/]\d)(?=\s*(?:[,.;:)!?»\"]|\s+(?:(?:им|ім)\w*|[а-яіїєґ]+ого|[а-яіїєґ]+ої|(?:села|міста|города|г\.|м\.|с\.|смт|пгт)\s)|$)))"
)
# The kind written after a legal form, before its number: "МБДОУ д/с № 72", "МБОУ с/ш № 3".
# The kind or shift in brackets before the number: "закладі дошкільної освіти (ясла-садок) № 5", "школа (интернат)
# № 3" (a qualifier between the adjectives is read in the adjective loop: "вечерней (сменной) школе").
# The same before a quoted name, or the legal form in brackets after the kind: "СПК (колхоз) «Победа»", "ТОВ
# (агрофірма) «Кедр»", "колхоз (СПК) «Победа»".
_BRACKET_KIND = regex.compile(
    r"\G\s*\((?:\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}|[А-ЯЁІЇЄҐ]{2,6})\)(?=\s*(?:№|N\s?\d|[«\"“„]\p{Lu}))",
    regex.V1,
)
# A railway depot's or district's code and number after its noun: "депо ТЧ-5", "дистанции пути ПЧ-14".
_RAIL_CODE = regex.compile(r"\G\s+(?:ТЧ|ТЧЭ|ТЧР|ПЧ|ШЧ|ЭЧ|ВЧД|ВЧДЭ|НГЧ)\s?[-–]?\s?\d{1,3}(?![\d\p{L}])", regex.V1)
# A border or customs post (the noun) and the adjectives that make it one.
_POST = regex.compile(r"(?i)пост(?:а|у|е|ом|і)?")
_CUSTOMS = regex.compile(r"(?i)(?:таможенн|митн|пограничн|прикордонн)\p{Ll}{1,3}")
_SUBKIND = regex.compile(r"\G\s+(?:д/с|д/сад|д\.\s?с\.|с/ш|ДС|ЦРР)(?=\s*(?:№|N\s?\d))")
_STAGE = regex.compile(
    r"\G\s*(?:[IІ]{1,3}|[IІ]{1,3}\s?[-–]\s?[IІ]{1,3})\s+(?:ступен\w*|рівн\w*|ступ\.|ст\.)", regex.IGNORECASE
)
_QUOTED = regex.compile(r"\G\s*[«\"“„]([^«»\"“”„\n]{2,60})[»\"”“]")
_QUOTED_NAME = regex.compile(r"\G\s*[«\"“„](?=[\p{Lu}\d])([^«»\"“”„\n]{2,60})[»\"”“]", regex.V1)
# A workplace noun, then its owner's legal form and name: "лісопилці ТОВ «...»", "фермі ФГ «...»".
_FORM_QUOTED = regex.compile(
    r"\G\s+(?:ТОВ|ТзОВ|ПП|ФГ|СФГ|ПрАТ|ПАТ|АТ|СТОВ|ДП|КП|ООО|ОАО|ЗАО|АО|ПАО|ИП|ЧП|КФХ)\s*[«\"“„][^«»\"“”„\n]{2,60}[»\"”“]"
)
_NAME_UNIT = r"(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]+){0,3}"
# An eponym, or two sharing the name ("им. П.Н. и Н.Е. Кедровых", "им. А. В. Кедрова и Б. С. Соснова", "імені Петра та
# Павла Кедрових"): the second is a person by its initials or by two capitalised words, not "и Сосновский район".
_HONORIFIC = regex.compile(
    rf"\G\s+(?:им\.|имени|ім\.|імені)\s+(?:(?:\p{{Lu}}\.\s?){{1,2}}\s*(?:и|і|та|й)\s+)?{_NAME_UNIT}"
    rf"(?:\s*(?:,|и|і|та|й)\s+(?:(?:\p{{Lu}}\.\s?){{1,2}}\p{{Lu}}[\p{{L}}'’-]+|\p{{Lu}}[\p{{L}}'’-]+\s+{_NAME_UNIT}))?"
)
_PLACE_MARKER = (
    r"(?:села|селі|селища|селища|міста|місті|смт|города|городе|посёлка|поселка|деревни|станицы|хутора|"
    r"улуса|аула|аала|кишлака|станиці|хутору|селе|посёлке|поселке|деревне|станице|хуторе|ауле|улусе|селищі|"
    # the rural municipalities of Tuva and Yakutia: "СДК сумона Ак-Чыраа", "школа наслега Кедр"
    r"сумона|сумоне|наслега|наслеге|"
    # a settlement abbreviated "п." / "пос." / "н.п." ("кладбище п. Кедровый", "МБОУ СОШ пос. Кедровый")
    r"г\.|м\.|с\.|ст\.|пгт\.?|рп\.?|д\.|ст-ці|ст-цы|с-ща|п\.|пос\.|н\.\s?п\.)"
)
_CAP = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"
_PLACE_TAIL = regex.compile(
    rf"\G\s+(?:{_PLACE_MARKER}\s*{_CAP}(?:[ \t]+{_CAP})?"
    rf"|{_CAP}(?:ої|ого|ой|ої|ского|ського|цкого|цького)\s+(?:(?:міськ|сільськ|селищн|городск|сельск|"
    r"муниципальн|територіальн)\w*\s+)?(?:громади|ради|района|району|области|області|обл\.|округа|округу|"
    r"поселения|сельсовета|сільради|старостинського\s+округу))"
)
_TCC_TAIL = regex.compile(
    r"\G(?:\s+(?:комплектування|комплектования)(?:\s+(?:та|і|и)\s+соціальної\s+підтримки)?)?(?:\s+(?:та|і|и)\s+СП)?"
)
# A spelled ordinal before a numbered kind: a compound ("сорок второй", "двадцять п'ятої") or one word from
# "second" up ("пятой школы"); "первой" alone is as often "the first" as a number, and stays out.
_SPELLED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:(?:{CARD_WORD_RU})\s+(?:{CARD_WORD_RU}\s+)?(?P<last>{ORD_STEM_RU})"
    rf"|(?P<last>(?!перв|перш|последн|останн){ORD_STEM_RU}))(?:\s+\p{{Ll}}{{4,}}(?:ой|ей|ий|ый|ую|ого|ому|ом|ій|ої|ому|ім)){{0,2}}\s+$",
    regex.V1 | regex.IGNORECASE,
)
_NUMBERED_KINDS = frozenset({"school", "hospital", "colony", "morgue", "college", "cemetery"})
# A feminine ordinal after a preposition, spelled or in digits ("в шестую", "в сорок пятой", "у 45-й", "в двадцять
# першій"): the school's number when the school was just named (OrganizationRecognizer._understood_schools).
_ELIDED_ORDINAL = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:в|во|из|с|со|у|з|зі|до)\s+(?P<v>(?:(?:{CARD_WORD_RU})\s+(?:{CARD_WORD_RU}\s+)?)?{ORD_STEM_RU}"
    r"|\d{1,3}\s?-\s?(?:ю|й|ой|ую|ая|я|ї|ій|у))(?![\p{L}\d'’-])",
    regex.V1 | regex.IGNORECASE,
)
# A hospital by its number and its town's or district's word, the noun said a moment before ("Мама в больнице, в
# третьей городской", "лежить у другій міській"; OrganizationRecognizer._understood_schools).
_ELIDED_HOSPITAL = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:в|во|из|с|со|у|з|зі|до)\s+(?P<v>(?:{ORD_STEM_RU}|\d{{1,3}}\s?-\s?(?:й|ой|ей|ій|ї))\s+"
    r"(?:городск|міськ|районн|областн|обласн)\p{Ll}{2,3})(?![\p{L}\d'’-])",
    regex.V1 | regex.IGNORECASE,
)
_HOSPITAL_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:больниц|лікарн|госпитал|шпитал|поликлиник|поліклінік|реанимаци|реанімаці|лежит|лежал|лежить"
    r"|лежав|положили|поклали)\p{L}*"
)
_SCHOOL_REACH = 90
_SCHOOL_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:школ|шкіл|гимнази|гімназі|лице[йяюе]|ліце[йїюя]|первоклас|першоклас)\p{L}*"
)
_UNIT_WORD = regex.compile(r"(?i)бригад|полк|батальй?он|\bрот[аыуеі]\b|дивизи|дивізі|\bчаст[ьи]|частин|взвод|служ")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
# A municipality's form before its quoted name, after its council or administration: муниципальное образование,
# муниципальный район, городской округ, сельское / городское поселение.
_MUNICIPAL_FORMS = frozenset("МО МР ГО СП ГП МОГО".split())
# A school as a teaching complex, its kind written out: "навчально-виховний комплекс", "учебно-воспитательный комплекс".
_SCHOOL_COMPLEX = regex.compile(r"(?i)комплекс(?:а|у|ом|е|і|ові)?")
_EDUCATIONAL = regex.compile(r"(?i)(?:навчально|учебно|освітньо)-(?:вихов|воспит|реабіліт)\p{Ll}+")
# (not the digits of a plate: "АХ 4417 ВК" is a car's)
_BARE_NUMBER_BEFORE = regex.compile(r"(?<![\d\w.,:/№-])(?<!\p{Lu}{1,3}\s)(?!(?:19|20)\d\d\s)[1-9]\d{2,3}\s+$", regex.V1)
_ORDINAL_BEFORE = regex.compile(r"(?<![\d\w])\d{1,4}\s?-\s?(?:й|я|ю|ой|ая|ую|го|му|м|ї|ій|та|ту|тої|ша|га|ма|ої)\s+$")
# A numbered branch of a post or parcel service where a person works or collects mail: "отделении «Почты России»
# № 427530", "відділення № 14" (after the company was named), "отделение связи № 12", "поштове відділення № 3".
# The "№" sign makes it a branch: a military "2 відділення" puts its number before the noun, without "№".
_BRANCH = regex.compile(
    r"(?<![\p{L}\d])(?:(?:почтов|поштов)\p{L}*\s+)?(?:отделени|відділенн|филиал|філі)\p{L}{0,3}"
    r"(?:\s+(?:связи|зв['’]язку|почты|пошти|[«\"“„][^«»\"“”„\n]{2,30}[»\"”“]))?\s*№\s?\d{1,6}(?!\d)",
    regex.IGNORECASE,
)
# A branch by its town's adjective: "в Мензелинском отделении", "Кедровском филиале" (checked in code).
_TOWN_BRANCH = regex.compile(
    r"(?<![\p{L}-])(?P<a>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:отделени|филиал)(?:е|и|я|ю|ем|ом|а|у)?(?![\p{L}])",
    regex.V1,
)
# The employer or school right after a verb of working or studying: "работал на НЛМК", "учился в НГТ",
# "працювала в «Агроспецбуді»". An all-capitals Cyrillic abbreviation or a quoted name there is the place of work.
_WORK_VERB = (
    r"(?:работал\p{L}{0,2}|работает|работаю|трудил\p{L}{0,3}|трудится|устроил\p{L}{0,3}|учил\p{L}{0,3}|училась"
    r"|окончил\p{L}{0,1}|закончил\p{L}{0,1}|поступил\p{L}{0,1}|працював\p{L}{0,1}|працює|працюю|навчав\p{L}{0,3}"
    r"|закінчив\p{L}{0,1}|вступив\p{L}{0,1}|влаштував\p{L}{0,3})"
)
_EMPLOYER_CUED = regex.compile(
    r"(?<![\p{L}])" + _WORK_VERB + r"(?:\s+(?:\p{Ll}+\s+){0,2}?(?:потом|затем|потім|там|ещё|ще|до\s+войны))?"
    r"(?:,?\s+\p{Ll}+,?)?(?:\?\s*[—–-])?\s+(?:на|в|во|у)\s+(?P<v>(?-i:[А-ЯЁІЇЄҐ]{2,6}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])"
    r"(?:\s+[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])?|[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])"
    r"|[;,]\s+(?:потом|затем|потім|после|після)\s+(?:в|у|на)\s+(?P<v>(?-i:[А-ЯЁІЇЄҐ]{2,6})(?![\p{L}\d-]))"
    # Speech puts the place first: "на «Уралхиммаше» работал", "в «Магните» кассиром работает".
    r"|(?<![\p{L}])(?:на|в|во|у)\s+(?P<v>[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])(?:\s+\p{Ll}+)?\s+"
    + _WORK_VERB
    # and a caller from work names it after "с работы": "Денис с работы искал, с «Уралхиммаша»".
    + r"|(?<![\p{L}])(?:с|з|із|со)\s+(?:работы|роботи)(?:,?\s+\p{Ll}+){0,2},?\s+(?:с|з|із|со)\s+"
    r"(?P<v>[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])",
    regex.IGNORECASE,
)
# The trade a man worked at, in the instrumental, and a quoted name after на/в: an interview's answer to "Кем работали?"
# ("— Оператором на «Нижнекамскнефтехиме»", "Водієм на «Агроспецбуді»"); the noun must be an animate one (checked in
# code), so "дроном на «Азовстали»" is no employer.
_TRADE_EMPLOYER = regex.compile(
    r"(?<![\p{L}-])(?P<t>\p{L}+(?:ом|ем|ём|єм))\s+(?:на|в|во|у)\s+(?P<v>[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])",
    regex.V1,
)
# A quoted one-word name after a preposition: "с «Автодизеля»", "з «Автоагрегату»", "на «Башмедь»".
_QUOTED_WORKS = regex.compile(
    r"(?<![\p{L}])(?:с|со|з|із|зі|на|в|во|у|до|от|від|из)\s+(?P<q>[«\"“„](?P<n>\p{Lu}[\p{Ll}-]{4,30})[»\"”“])",
    regex.V1 | regex.IGNORECASE,
)
# The stem of an industry that ends a plant's compound name, after a first part of three letters or more (the head of
# a Russian compound is its last stem): Уралхиммаш, Автодизель, Башмедь, Полимет, Агроспецбуд, Нижнекамскнефтехим,
# Кедрцемент, Сосновуголь; not Агроторг (trade), Согаз (an insurer: "со-" is no first part), «Газель» (a minibus).
_INDUSTRIAL = regex.compile(
    r"^\p{L}{3,}(?:маш|агрегат|дизел|химм?|хім|нефть?|нафта?|газ|строй|буд|пром|энерго|енерго|металл?|мета?|стал|"
    r"сталь|медь|кабель|прибор|прилад|стекло|скло|завод|комбинат|комбінат|цемент|бетон|уголь|угол|вугілля|вугіль|"
    r"руда|шахта|хлеб|хліб|молоко|сахар|цукор|трактор|вагон|мотор|локомотив|тепло|кирпич|цегла|прокат)ь?$"
)
# A plant by its town's adjective and its industry's, the noun (завод, комбинат) understood as speech and profiles leave
# it: "на Кедровском металлургическом", "на Кедровском стекольном", "на Кедрівському цукровому" (checked in code: a
# place adjective mid-sentence, no noun after the pair).
_PLANT_UNDERSTOOD = regex.compile(
    r"(?<![\p{L}-])(?i:на|в|во|у)\s+(?P<v>(?P<a>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?P<i>(?:"
    r"металлургическ|металургійн|стекольн|склян|химическ|хімічн|коксохимическ|коксохімічн|механическ|механічн|"
    r"машиностроительн|машинобудівн|трубн|цементн|кирпичн|цегельн|сахарн|цукров|молочн|мясоперерабатывающ|м['’]ясн|"
    r"литейн|ливарн|тракторн|вагоностроительн|вагонобудівн|вагоноремонтн|шинн|фарфоров|кожевенн|текстильн|швейн|"
    r"мебельн|меблев|пивоваренн|пивоварн|консервн|судостроительн|суднобудівн|нефтеперерабатывающ|"
    r"нафтопереробн|азотн|алюминиев|алюмінієв|ферросплавн|феросплавн|огнеупорн|вогнетривк|электромеханическ|"
    r"електромеханічн|авторемонтн|ремонтно-механическ|ремонтно-механічн|лесопильн|деревообрабатывающ|"
    r"деревообробн|хлебн|хлібн|маслодельн|маслосирн|спиртов|ликеро-водочн|лікеро-горілчан|сыродельн|сироварн|"
    r"сталепрокатн|метизн|горно-обогатительн|гірничо-збагачувальн)\p{Ll}{1,4}))(?![\p{L}'’-])",
    regex.V1,
)
# A quoted name with its town's adjective directly before it: "на Новомосковском «Азоте»", "на кедровском «Рассвете»",
# "на Кедрівському «Титані»". The adjective is part of the name (the town's plant, farm or shop), so the pair is one
# employer; checked in code: a place adjective (capitalised, or lowercase from a town the gazetteer knows), no national
# one, and no sport around (a club by its town is public: "донецкий «Шахтёр»", "ростовский «СКА»").
_TOWN_QUOTED = regex.compile(
    r"(?<![\p{L}-])(?P<a>\p{L}+(?:-\p{Lu}\p{Ll}+)?)\s+(?P<q>[«\"“„]\p{Lu}[^«»\"“”„\n]{1,40}[»\"”“])",
    regex.V1,
)
# Nationwide bodies and forces a person "works in" without it naming a local employer.
_NATIONWIDE = frozenset(
    "МЧС МВД ФСБ ФСО ФСИН ФНС СК СБУ ДСНС МВС НПУ ЗСУ ВСУ ВСУ РФ США ООН ГИБДД ДПС ГАИ ДАІ РЖД УЗ ПФР ПФУ "
    "ОВД ВС ГУР МО СВР ДБР НАБУ ЦВК МОЗ".split()
)
_ABBREVIATED_PREFIX = regex.compile(r"(?:^|[,;:(]\s*|\s(?:в|во|на|у|із|из|с|з|до|від|от)\s)(?P<v>\p{Lu}\.\s?)$")
_SENTENCE_END = set(".!?…\n:")
_LEFT_ADJ_MAX = 4


_COORDINATOR = regex.compile(r"\s*,\s*|\s+(?:и|і|й|та)\s+|\s*,\s+(?:и|і|й|та)\s+")


def _named_adjective(text: str, word: Any, language: str) -> bool:
    """A capitalised adjective inside a sentence that is no national one ("Кедровском", "Ферросплавном")."""
    adj = _adjective_lemma(word.group(), language)
    return (
        adj is not None
        and word.group()[:1].isupper()
        and adj not in _NATIONAL
        and adj not in _SKIP_ADJ
        and not _sentence_initial(text, word.start())
    )


def _coordinated_names(text: str, words: list[Any], i: int, language: str) -> int | None:
    """Where two or three named institutions sharing one plural noun begin: "на Кедровском и Сосновском элеваторах",
    "на Металлургическом, Ферросплавном заводах", "у Кедрівській та Соснівській школах". Each capitalised adjective
    names one, so it stands in the singular before the plural noun, in its case; the adjectives agree with each other.
    None when the noun is not plural or the words before it are not such a list."""
    head = words[i]
    if i < 3 or not _plural_noun(head.group(), language):
        return None
    last = words[i - 1]
    if text[last.end() : head.start()] != " " or not _named_adjective(text, last, language):
        return None
    if not _cases(last.group(), language) & _cases(head.group(), language):
        return None
    start, right, j = None, last, i - 2
    while j >= 0:
        w = words[j]
        if w.group() in {"и", "і", "й", "та"}:
            j -= 1
            continue
        gap = text[w.end() : right.start()]
        if not _COORDINATOR.fullmatch(gap) or not _named_adjective(text, w, language):
            break
        if not _agrees(w.group(), right.group(), language):
            break
        start, right, j = w.start(), w, j - 1
        if i - j > 7:
            break
    return start


def _bracket_gap(text: str, gap: str, left: Any, right: Any) -> bool:
    """Whether ``gap`` between two adjectives of a name only opens or closes a bracketed qualifier among them: the
    official "Вечерняя (сменная) общеобразовательная школа", "вечірній (змінній) школі" (one word in brackets)."""
    mark = gap.strip(" \t-")
    if mark == ")":
        return text[left.start() - 1 : left.start()] == "(" and text[left.end() : left.end() + 1] == ")"
    if mark == "(":
        return text[right.start() - 1 : right.start()] == "(" and text[right.end() : right.end() + 1] == ")"
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t«\"'„“(—–-")
    return not before or before[-1] in _SENTENCE_END


def _adjective_lemma(word: str, language: str) -> str | None:
    """The adjective lemma of ``word`` (full or participle form), or None when it is not an adjective."""
    for p in morph.parses(word, language)[:3]:
        if p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag.grammemes:
            return str(p.normal_form)
    if "-" in word and regex.search(r"(?:ий|ый|ой|ая|ого|ому|ом|ій|ої|ому|ім|ою|ую|ної|ному|ного)$", word):
        return word.lower()  # "лікеро-горілчаному", "мясо-молочного"
    if word[:1].isupper() and regex.search(
        r"(?:ий|ый|ой|ая|яя|ое|ее|ого|ому|ом|ым|ій|ої|ому|ім|ою|ую|ої|а|е|у)$", word
    ):
        if not morph.is_known(word, language):
            return word.lower()
        if _PLACE_ADJECTIVE.search(word):
            return word.lower()  # "Разуменской": the dictionary reads a surname, the form is a place adjective
    return None


# The endings of an adjective made from a place name (-ский / -цкий / -ський / -зький in any case).
_PLACE_ADJECTIVE = regex.compile(
    r"(?:[сц]к|[сцз]ьк)(?:ий|ой|ая|ое|ого|ому|им|ом|ую|ою|ей|ие|их|ій|ої|ім|а|е|у|і|ої|ого|ому|ими|их)$"
)


_CASE_TAGS = {"nomn": "nomn", "gent": "gent", "datv": "datv", "accs": "accs", "ablt": "ablt", "loct": "loct"}
_CASE_TAGS |= {"voct": "voct", "gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}


def _cases(word: str, language: str) -> frozenset[str]:
    return frozenset(_CASE_TAGS[g] for p in morph.parses(word, language) for g in p.tag.grammemes if g in _CASE_TAGS)


def _agrees(adjective: str, right: str, language: str) -> bool:
    """Whether an adjective can stand in the case of the word after it ("Гайсинським РТЦК", not "Мобілізований
    Гайсинським"); an abbreviation or a word without case readings agrees with anything."""
    if right in ABBREVIATIONS or right.isupper():
        return True
    if "-" in adjective.strip("-"):
        adjective = adjective.rsplit("-", 1)[1]  # "Свято-Покровському": the last part carries the ending
    if language == "ru" and _STRESSED_MASC.search(adjective.lower()) and _masculine_direct(right, language):
        return True  # "стрежевской военкомат": a stressed -ской is masculine nominative, not only feminine oblique
    left, right_cases = _cases(adjective, language), _cases(right, language)
    if not left or not right_cases:
        return True
    # Case, number and (both singular) gender of one reading each: "Донецьку" (feminine) does not qualify
    # "госпіталі" (plural, or a masculine locative): "в Донецьку госпіталі переповнені" is a town and a plural.
    lefts = morph.parses(adjective, language)
    adjectives = tuple(a for a in lefts if a.tag.POS in ("ADJF", "PRTF", "NUMR"))
    # A village named by a neuter adjective ("Бабанське", "Зелене") reads as a noun of its own gender, but its
    # dative and locative are the masculine adjective's too ("Бабанському ліцеї"): case decides, not gender.
    place_shaped = not adjectives and _PLACE_ADJECTIVE.search(adjective.lower()) is not None
    lefts = adjectives or lefts
    for a in lefts:
        for n in morph.parses(right, language):
            ca = {_CASE_TAGS[g] for g in a.tag.grammemes if g in _CASE_TAGS}
            cn = {_CASE_TAGS[g] for g in n.tag.grammemes if g in _CASE_TAGS}
            if not ca & cn or ("plur" in a.tag.grammemes) != ("plur" in n.tag.grammemes):
                continue
            ga, gn = _genders(a.tag.grammemes), _genders(n.tag.grammemes)
            if "plur" in a.tag.grammemes or not ga or not gn or ga & gn or place_shaped:
                return True
    return False


# A Russian place adjective with a stressed ending ("стрежевской", "донской", "Луховской"): the dictionary reads the
# form as a feminine oblique case, but before a masculine noun it is the masculine nominative or accusative.
_STRESSED_MASC = regex.compile(r"(?:[сц]к|[жчшщ])ой$")


def _masculine_direct(word: str, language: str) -> bool:
    return any(
        {"masc", "sing"} <= set(p.tag.grammemes) and {"nomn", "accs"} & set(p.tag.grammemes)
        for p in morph.parses(word, language)
    )


def _genders(grammemes: Any) -> set[str]:
    g = set(grammemes) & {"masc", "femn", "neut"}
    return g | {"masc", "femn"} if "ms-f" in grammemes else g


class OrganizationRecognizer(SingleEntityRecognizer):
    """ORGANIZATION in Russian and Ukrainian: an institution noun or abbreviation with a number, name or place."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["ORGANIZATION"]
    SCORE = 0.92  # equal to a municipal unit inside it ("ОМВД России по X району"): the longer span wins
    WEAK_SCORE = 0.86

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every local institution the grammar above finds."""
        if "ORGANIZATION" not in entities:
            return []
        lang = self.supported_language
        words = list(_WORD.finditer(text))
        out: list[RecognizerResult] = []
        for i, m in enumerate(words):
            word = m.group()
            cat = category(word, lang, text[m.end() : m.end() + 24])
            if (
                cat is None
                and word.lower().startswith("центр")
                and _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                cat = "agency"  # "в 522-й центр", "124-го центра": a numbered centre is one, its field said or not
            if cat is None and i > 0 and _SCHOOL_COMPLEX.match(word) and _EDUCATIONAL.match(words[i - 1].group()):
                cat = "school"  # "навчально-виховному комплексі", "учебно-воспитательного комплекса" (НВК, УВК)
            if cat is None and i > 0 and _POST.fullmatch(word) and _CUSTOMS.fullmatch(words[i - 1].group()):
                cat = "agency"  # "на таможенном посту «Ташанта»", "митному посту «Ягодин»": a border post by its name
            if cat is None and i > 0 and _FIRE_UNIT.fullmatch(word) and _FIRE_ADJ.fullmatch(words[i - 1].group()):
                cat = "agency"  # "пожарной части № 12", "пожежно-рятувальній частині м. Кедрів": a town's fire station
            if cat is None and _funeral_house(text, words, i):
                cat = "agency"  # "в ритуальном зале «Память»", "ритуальное агентство «Харон»", "зал прощания «Реквием»"
            if cat is None:
                continue
            found = self._expand(text, words, i, cat, lang)
            if found is not None:
                start, end, why, score = found
                out.append(self._result(start, end, score, why))
        for m in _EMPLOYER_CUED.finditer(text):
            name = m.group("v")
            if name in ABBREVIATIONS or name.strip('«»"“”„').upper().split("-")[0] in _NATIONWIDE:
                # "в ПТУ", "у ЗОШ": the kind alone is a common word; the grammar above names it with a number.
                continue
            why = "employer or school named after a verb of working or studying"
            out.append(self._result(m.start("v"), m.end("v"), self.WEAK_SCORE, why))
        for m in _QUOTED_WORKS.finditer(text):
            name = m.group("n")
            if _INDUSTRIAL.search(morph.lemma(name, lang)) and (
                not morph.is_known(name, lang) or morph.has_tag(name, "ru", "Orgn")
            ):
                # "Скажи Палычу с «Автодизеля»", "всім мобілізованим з «Автоагрегату»", "на «Башмедь» справку": a
                # plant or works by its compound name (an industry's stem inside a word no dictionary holds, or one the
                # Russian dictionary tags an organisation), wherever speech puts it; a national company is in the
                # public register and stays as written ("Газпром")
                why = "plant or works by its compound name"
                out.append(self._result(m.start("q"), m.end("q"), self.WEAK_SCORE, why))
        for m in _TRADE_EMPLOYER.finditer(text):
            trade = m.group("t").lower()
            if any(p.tag.POS == "NOUN" and {"anim", "ablt"} <= p.tag.grammemes for p in morph.parses(trade, lang)[:2]):
                why = "employer named after the trade a man worked at"
                out.append(self._result(m.start("v"), m.end("v"), self.WEAK_SCORE, why))
        for m in _TRADER.finditer(text):
            initials = m.group().rstrip()[-1:] == "."
            if initials or not morph.is_known(m.group("s"), lang) or morph.has_tag(m.group("s"), lang, "Surn"):
                out.append(self._result(m.start(), m.end(), self.SCORE, "sole trader by his surname"))
        for m in _BRANCH.finditer(text):
            out.append(self._result(m.start(), m.end(), self.SCORE, "numbered branch of a post or delivery service"))
        if lang == "ru":
            for m in _TOWN_BRANCH.finditer(text):
                adjective = m.group("a")
                national = _adjective_lemma(adjective, lang) in _NATIONAL  # "Московском отделении": a capital's
                if _PLACE_ADJECTIVE.search(adjective) and not national and not _sentence_initial(text, m.start()):
                    # "кредит в Мензелинском отделении банка", "в Кедровском филиале": a bank's or company's branch
                    # by its town's adjective (a capital mid-sentence; "хирургическом отделении" stays a ward)
                    out.append(self._result(m.start(), m.end(), self.SCORE, "branch by its town's adjective"))
        for m in _PLANT_UNDERSTOOD.finditer(text):
            adjective, industry = m.group("a"), m.group("i")
            if (
                _PLACE_ADJECTIVE.search(adjective)
                and _adjective_lemma(adjective, lang) not in _NATIONAL
                and not _sentence_initial(text, m.start("a"))
                and industry.islower()
                and _agrees(adjective, industry, lang)
                and not _noun_follows(text, m.end(), lang)  # "на Кедровском металлургическом заводе": the grammar above
            ):
                why = "plant by its town's and its industry's adjectives"
                out.append(self._result(m.start("v"), m.end("v"), self.SCORE, why))
        for m in _TOWN_QUOTED.finditer(text):
            adjective = m.group("a")
            lemma = _adjective_lemma(adjective, lang)
            if (
                lemma is None
                or not _PLACE_ADJECTIVE.search(adjective.lower())
                or lemma in _NATIONAL
                or (
                    adjective.islower()
                    and not (_town_adjective(adjective, lemma, lang) and _home_adjective(lemma, lang))
                )
                or sport_around(text, m.start(), m.end())
            ):
                continue
            # "работал на Новомосковском «Азоте»", "на кедровском «Рассвете»": the town's plant or farm by its name
            why = "quoted name with its town's adjective"
            out.append(self._result(m.start(), m.end("q"), self.SCORE, why))
        out.extend(self._understood_schools(text, lang))
        for r in out:
            r.start = _workplace_before(text, r.start, r.end, lang)
            r.end = _plant_after(text, r.start, r.end, lang)
        return out

    def _understood_schools(self, text: str, lang: str) -> list[RecognizerResult]:
        """A school by its number alone, the noun said a moment before ("в школу пошёл? — Пошёл, в шестую", "в какой
        школе учится? — в 45-й"): a feminine ordinal after a preposition, no noun after it, a word of school just
        before it and no unit word between."""
        out: list[RecognizerResult] = []
        for m in _ELIDED_ORDINAL.finditer(text):
            before = text[max(0, m.start() - _SCHOOL_REACH) : m.start()]
            schools = list(_SCHOOL_WORD.finditer(before))
            if not schools or _UNIT_WORD.search(before, schools[-1].end()):
                continue
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is not None and any(p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(nxt.group(1), lang)[:1]):
                continue  # "в первую очередь", "в шестую смену": the ordinal has its own noun
            last = m.group("v").split()[-1]
            if not m.group("v")[:1].isdigit() and not any(
                "femn" in p.tag and p.tag.POS == "ADJF" for p in morph.parses(last, lang)[:2]
            ):
                continue  # (an ordinal, not a noun of its stem: "у п'ятницю", "в десятки тысяч")
            out.append(self._result(m.start("v"), m.end("v"), self.WEAK_SCORE, "school by its number, noun understood"))
        for m in _ELIDED_HOSPITAL.finditer(text):
            if not _HOSPITAL_WORD.search(text, max(0, m.start() - _SCHOOL_REACH), m.start()):
                continue
            if _noun_follows(text, m.end(), lang):
                continue  # "в третьей городской школе": the noun is said, the grammar of the head reads it
            words_in = m.group("v").split()
            if not all(
                any("femn" in p.tag and p.tag.POS == "ADJF" for p in morph.parses(w, lang)[:3])
                for w in words_in
                if not w[:1].isdigit()
            ):
                continue  # a hospital (больница, лікарня) is feminine: "в третьем городском" is no hospital
            why = "hospital by its number, noun understood"
            out.append(self._result(m.start("v"), m.end("v"), self.WEAK_SCORE, why))
        return out

    def _expand(self, text: str, words: list[Any], i: int, cat: str, lang: str) -> tuple[int, int, str, float] | None:
        head = words[i]
        start, end = head.start(), head.end()
        reasons: list[str] = []
        mid_sentence = False
        # Left: adjectives directly before the noun ("Кутинському ліцеї", "загальноосвітня школа").
        j = i - 1
        taken = 0
        agree_head = head
        while j >= 0 and taken < _LEFT_ADJ_MAX:
            w = words[j]
            gap = text[w.end() : start]
            if gap in {"–", "—"} and category(w.group(), lang) is not None:
                # "интерната–лицея «Сокол»", "школи–ліцею": a compound head typeset with a dash, one institution
                start, agree_head = w.start(), w  # the adjectives before agree with the first noun
                j -= 1
                continue
            if (gap.strip(" \t-") and not _bracket_gap(text, gap, w, words[j + 1])) or "\n" in gap:
                break
            adj = _adjective_lemma(w.group(), lang)
            named = w.group()[:1].isupper() and not _sentence_initial(text, w.start())  # "на Новом кладбище"
            if adj is None or (adj in _SKIP_ADJ and not named) or not _agrees(w.group(), words[j + 1].group(), lang):
                break
            if not _agrees(w.group(), agree_head.group(), lang):
                break  # "по данным районной газеты": the participle agrees with its neighbour, not with the head
            if not named and any(
                (p.tag.POS == "PRTF" and "Subx" in p.tag.grammemes)
                or ("proper adjective" in reasons and (p.tag.POS == "PRTF" or "pssv" in p.tag.grammemes))
                for p in morph.parses(w.group(), lang)[:2]
            ):
                # ("призваним Кедрівським РТЦК", "призванный Кедровским военкоматом": a participle before the place's
                # adjective is the clause's, the man's; after it, it is the institution's: "Кедрівському
                # спеціалізованому ЗЗСО")
                break  # "осужденный ИК-6", "заключённый ИК-17": a participle used as a noun, the man, not the colony
            if (
                adj in _NATIONAL
                and (cat in {"council", "church", "enlistment", "colony", "police"} or _society(head.group(), lang))
                and not (adj in _STATE and cat == "council" and _district_before(words, j, lang))
            ):
                # ("Кедрівській районній державній адміністрації": a district's state administration is local)
                return None  # "Государственная дума", "Верховна Рада", "Русская православная церковь"
            if cat == "university" and adj in _COUNTRY_ADJ:
                return None  # "Российский университет спецназа", "Український католицький університет": a country's
            abbreviated = None
            if w.group()[:1].isupper():
                initial = _sentence_initial(text, w.start())
                # "Б. Мурашкинская школа", "у В. Сорочинській гімназії": a one-letter abbreviation of Большая /
                # Велика / Нижняя ... opens the place name; at the head of a list item or after a preposition it
                # is no sentence end and no person's initial.
                abbreviated = _ABBREVIATED_PREFIX.search(text, max(0, w.start() - 12), w.start())
                if (
                    not initial
                    or abbreviated
                    or not morph.is_known(w.group(), lang)
                    or _from_place(adj)
                    or head.group().isupper()  # "Дрогобицький РТЦК вручив": a capitalised adjective names it
                    or regex.search(r"\p{L}-\p{Lu}", w.group()) is not None  # "Івано-Франківський фаховий коледж"
                    or _label_place_adjective(text, w.start(), w.group(), adj)
                ):
                    reasons.append("proper adjective")
                    mid_sentence = mid_sentence or not initial
            elif (
                (cat in _LOWER_TOWN_KINDS or (cat in _LOWER_NAMED_KINDS and _place_in_text(text, adj, w.start())))
                and adj not in _NATIONAL
                and adj not in _COMMON_PLACE_SHAPED
                and _town_adjective(w.group(), adj, lang)
                and (
                    _from_place(adj)
                    or (cat == "cemetery" and _home_adjective(adj, lang))
                    or (cat == "enlistment" and _town_of_adjective(adj))
                    or _place_in_text(text, adj, w.start())
                )
                and not _plural_noun(head.group(), lang)  # "курских школах": many
                and not all("plur" in p.tag.grammemes for p in morph.parses(w.group(), lang)[:2])  # "курские школы"
            ):
                # a chat writes the town's adjective in lower case: "звонила в кимрский военкомат", "лубенська
                # лікарня", "козівське кладовище"; not a quality or a war grave ("братское кладбище")
                reasons.append("proper adjective")
            start = abbreviated.start("v") if abbreviated else w.start()
            taken += 1
            j -= 1
        if taken == 0 and (shared := _coordinated_names(text, words, i, lang)) is not None:
            start = shared  # "на Кедровском и Сосновском заводах": two named plants, the plural noun said once
            reasons.append("proper adjective")
            mid_sentence = True
        ordinal = _ORDINAL_BEFORE.search(text[max(0, start - 12) : start])
        if (
            ordinal is None
            and cat in {"hospital", "morgue"}
            and not _plural_noun(head.group(), lang)  # "в 150 больницах", "300 госпиталей": a count
        ):
            # "1062 окружном военном клиническом госпитале", "1602 ВКГ", "522 ЦПООП": a military hospital's or
            # centre's number of three or four digits, written without its ending (not a year: "2023 ВКГ" is none)
            ordinal = _BARE_NUMBER_BEFORE.search(text[max(0, start - 12) : start])
        if ordinal:
            start -= len(ordinal.group())
            reasons.append("number")
        elif cat in _NUMBERED_KINDS:
            # "в сорок второй школе", "у двадцять першій лікарні": the number spelled out, as people say it (the
            # adjective loop may have taken its last word already)
            spelled = _SPELLED_BEFORE.search(text, max(0, head.start() - 48), head.start())
            if spelled and spelled.start() <= start and _agrees(spelled.group("last"), head.group(), lang):
                start = spelled.start()
                reasons.append("number")
        # Right: number, stage, quoted name, honorific, place tail, in that order, each at most once.
        pos = end
        for pat, why in (
            (_STAGE, "stage"),
            (_SUBKIND, "stage"),
            (_BRACKET_KIND, "stage"),
            (_NUMBER_AFTER, "number"),
            (_RAIL_CODE, "number"),
            (_STAGE, "stage"),
            (_LEGAL_NAMED, "quoted name"),
            (_QUOTED, "quoted name"),
            (_FORM_QUOTED, "quoted name"),
            (_HONORIFIC, "honorific name"),
            (_TCC_TAIL, "stage"),
            (_PLACE_TAIL, "place"),
        ):
            mm = pat.match(text, pos)
            if mm:
                pos = mm.end()
                if why != "stage":
                    reasons.append(why)
        if cat == "church" and (body := _CHURCH_BODY.match(text, pos)) is not None:
            pos = body.end()  # "Свято-Миколаївському храмі ПЦУ села Кедрівка": the church body inside the name
        if "quoted name" in reasons and text[head.end() : pos].lstrip()[:1] not in '«"“„':
            legal = _LEGAL_NAMED.match(text, head.end())
            municipal = cat == "council" and legal is not None and legal.group("a") in _MUNICIPAL_FORMS
            if (
                legal is not None
                and category(legal.group("a"), lang) is None
                and not head.group().isupper()
                and not municipal  # "администрацию МО «Кедровский улус»", "администрации СП «Село Кедровка»"
            ):
                # "ферме ДНР «...»": only a legal form or institution abbreviation stands in apposition to a noun;
                # after a legal form the capitals are its region ("ГБУЗ СК «...»", "ГУП РК «...»", "ГБПОУ РД «...»")
                return None
        end = pos
        tail_end, proper = _genitive_tail(text, end, lang, cat, end == head.end(), "place" in reasons)
        if proper and cat in {"police", "agency"} and not _names_a_place(text[end:tail_end], lang):
            proper = False  # "УМВД России", "управление Росгвардии": a national body, not a local branch
        # "в морге Ростова", "больницы Харькова": a big city has many hospitals and morgues; its name alone picks none
        city_only = (
            cat in {"hospital", "morgue"}
            and not reasons
            and len(tail := text[end:tail_end].split()) == 1
            and _big(tail[0].strip(",."))
        )
        if tail_end > end:
            end = tail_end
            if proper:
                reasons.append("name or place after it")
        end = self._after_tail(text, end, cat, reasons)
        if cat == "school":
            end = _deepened_study(text, end, lang)
        if (family := _FAMILY_MEDICINE.match(text, end)) is not None:
            end = family.end()  # "амбулаторії загальної практики – сімейної медицини": the dash is inside the name
        if cat == "hospital" and (family_abbr := _FAMILY_ABBR.match(text, end)) is not None:
            end = family_abbr.end()
        before_container = start
        start = _container_before(text, words[max(0, i - 16) : i], start, lang)
        if start < before_container:
            # "Кедровском филиале ПАО «...»", "Кедровском филиале Томского ... университета": the branch's own town
            prev = _LEFT_PROPER_ADJ.search(text, max(0, start - 40), start)
            if prev and _adjective_lemma(prev.group("a"), lang) and not _sentence_initial(text, prev.start("a")):
                start = prev.start("a")
                reasons.append("proper adjective")
        if text[start:end].count("«") > text[start:end].count("»") and text[end : end + 1] == "»":
            end += 1  # "ГБПОУ РД «Буйнакский аграрный колледж»": the closing quote of a name the span opened
        if cat == "cemetery":
            street = _STREET_TAIL.match(text, end)
            if street:
                end = street.end()  # "кладовищі по вул. Лубенській", "кладбище на ул. Кедровой"
                reasons.append("place")
        site = cat in {"cemetery", "church"}
        if not reasons and not site and _SITE.match(head.group().lower()):
            # "пилорамі в Семенові", "ферме в Кедровке", "магазине у Сосонці": a small workplace is named by its
            # village; the village must be a place in the locative (not "в понедельник", not a region)
            anchor = _ANCHOR.match(text, end)
            site = anchor is not None and _loct_place(anchor.group("p"), lang)
            owner = _OWNER.match(text, end) if lang == "ru" else None
            if not site and owner is not None and not _sentence_initial(text, owner.start("p")):
                # "на лесопилке у Дубровина", "на ферме у Захарченко": a small workplace by its owner's surname
                end = owner.end()
                reasons.append("owner")
        if not reasons and site:
            # "кладовищі в Залісцях", "погосте у Кедровки": a burial place or church is named by its village.
            anchor = _ANCHOR.match(text, end)
            if anchor and not _sentence_initial(text, anchor.start("p")):
                end = anchor.end()
                reasons.append("place")
        if not reasons and cat in {"enlistment", "school", "colony"}:
            # "пункте отбора в Архангельске", "військкоматі у Лубнах": an enlistment office or selection point serves
            # one town, so the town it is in names it (any place in the locative, not a big city). So does a school in
            # a village or small town ("в подвале школы в Гуево"); a big city's schools are many. A town has one
            # remand prison or lockup ("в СИЗО в Таганроге", "ИВС в Кимрах", "у СІЗО в Старобільську").
            anchor = _ANCHOR.match(text, end)
            # "школу в Київському районі": an adjective of its noun, a district, not the village
            if not (cat == "school" and anchor and _noun_follows(text, anchor.end(), lang)):
                town_end = _office_town(text, end, lambda town: _loct_place(town, lang) and not _big(town))
                if town_end is not None:
                    end = town_end
                    reasons.append("place")
            if not reasons and cat == "enlistment":
                # speech names the enlistment office by its town's adjective after it, "our" perhaps between
                # ("в военкомат наш ефремовский", "до військкомату нашого кимрського"), or by the part of town it
                # stands in, after "на" ("в военкомате на Отке", "у військкоматі на Сортуванні"): one office a town
                post = _POST_TOWN_ADJ.match(text, end)
                if post is not None and (
                    (a := _adjective_lemma(post.group("a"), lang)) is not None
                    and _agrees(post.group("a"), head.group(), lang)
                    and a not in _NATIONAL
                    and _town_adjective(post.group("a"), a, lang)
                    and (_from_place(a) or _town_of_adjective(a))
                ):
                    end = post.end()
                    reasons.append("proper adjective")
                elif (quarter := _QUARTER.match(text, end)) is not None and _quarter(text, quarter, lang):
                    end = quarter.end()
                    reasons.append("place")
        if not reasons and cat in {"enlistment", "agency"}:
            # "в соцзащиту в Заводском", "до ТЦК у Шевченківському": a city district by its adjective, "район" left
            # out as speech leaves it; a district has one such office
            district = _DISTRICT_LOCT.match(text, end)
            if (
                district is not None
                and not _sentence_initial(text, district.start("p"))
                and not _noun_follows(text, district.end(), lang)
                and any("loct" in p.tag.grammemes for p in morph.parses(district.group("p"), lang)[:3])
            ):
                end = district.end()
                reasons.append("place")
        village_clinic = cat == "hospital" and _VILLAGE_CLINIC.fullmatch(head.group()) is not None
        if not reasons and (cat in _TOWN_SITE_KINDS or village_clinic) and not _plural_noun(head.group(), lang):
            # (and a village's outpatient clinic or medical post: "амбулаторію в Кедрівці", "ФАП в Кедровке"; a town's
            # hospital stays out, its town is news)
            # "на цементному заводі в Гуменцях", "в доме культуры в Кедровке", "на молокозаводе в Кимрах": a village or
            # small town has one plant or club of a kind, so the settlement it stands in names it; a city, a region or a
            # country does not ("на заводе в Польше", "нефтебазы в Новороссийске")
            anchor = _ANCHOR.match(text, end)
            if anchor is not None and not _noun_follows(text, anchor.end(), lang):
                town_end = _office_town(text, end, lambda town: _settlement(town, lang))
                if town_end is not None:
                    end = town_end
                    reasons.append("place")
        if not reasons and cat == "church":
            # "храм Святого Николая", "церква Покрови": a church is named by the capitalised genitive after it.
            nxt = regex.match(rf"\s+(?:{_CAP})(?:\s+{_CAP})?", text[end:])
            if nxt and not _sentence_initial(text, end + 1):
                end += nxt.end()
                reasons.append("dedication")
        if not reasons and _DEPOT.fullmatch(head.group()) and (station := _STATION.match(text, end)) is not None:
            # "локомотивному депо Фастів", "в депо Лиман": a railway depot takes its station's name in the nominative
            if not _sentence_initial(text, station.start("p")) and _known_town(station.group("p")):
                end = station.end()
                reasons.append("place")
        if _ROADSIDE.fullmatch(head.group()) and (street := _STREET_ANY.match(text, end)):
            # "СТО на вул. Кедровій", "АЗС «Кедр-Ойл» на проспекті Миру": a service or filling station is known by
            # the road it stands on, so the road is part of its designation (one span, "на" inside it)
            end = street.end()
            reasons.append("street")
        if cat in _BY_STREET | _BY_BARE_STREET or _ROADSIDE.fullmatch(head.group()):
            # "магазине на Кирова", "ТЦК на Лесі Українки": a street named after a person, its type word left out; "на"
            # never takes a genitive, so a genitive name after it is the street the shop or office stands on
            bare = _BARE_STREET.match(text, end)
            if (
                bare
                and bare.group("n").endswith(("ком", "кому", "кім", "ой", "ій"))
                and _noun_follows(text, bare.end(), lang)
            ):
                bare = None  # "на Донецком направлении": the adjective's own noun follows, a front, no street
            if bare and not _sentence_initial(text, bare.start("n")):
                end = bare.end()
                reasons.append("street")
        if not reasons and cat in _BY_STREET and _STREET_TAIL.match(text, end):
            # "сельское кладбище на ул. Заречной", "школа на улице Мира, 5": the address makes it one place. The
            # address itself is the street recogniser's; the block below joins "на ул. ..." to the span.
            reasons.append("street")
        if reasons and cat in _JOINS_STREET and (street := _STREET_TAIL.match(text, end)) is not None:
            # "храме Святой Троицы на ул. Первомайской", "ритуальном зале «Память» на ул. Беднякова, 6", "кав'ярню
            # «Зерно» на вул. Велика Перспективна": a named place and the street it stands on are written as one
            # designation in most of the development corpora (the house number is the street recogniser's)
            end = street.end()
            words_in = text[street.start() : end].split()
            if len(words_in) > 3 and _given_name(words_in[-1], lang):
                # "на вул. Електрометалургів Олена Б.": a given name in the nominative opens the next clause
                end = len(text[: street.start() + text[street.start() : end].rindex(words_in[-1])].rstrip())
        if (
            reasons
            and (cat in _JOINS_STREET or _ROADSIDE.fullmatch(head.group()))
            and (street := _STREET_AFTER_NAME.match(text, end)) is not None
            and not _sentence_initial(text, street.start("w"))
        ):
            # "СТО «Автодок» на Чоколівському бульварі", "кафе «Лагуна» на Садовой улице", "супермаркету «Варус» на
            # 95 кварталі": the street by its adjective before the type word, or a numbered quarter, joins a named
            # place like "на вул. ..." above
            end = street.end()
        if reasons and (quarter := _QUARTER.match(text, end)) is not None and _quarter(text, quarter, lang):
            # "у храмі святого Миколая на Затишші", "поликлинику № 6 на Стрелке", "Свято-Троїцькому храмі на Тополі": a
            # named place and the part of town it stands in (a neighbourhood by its own name, in the locative after
            # "на") are one designation, like its street
            end = quarter.end()
        if cat == "cemetery":
            # "Аллее Героев Северного кладбища", "Алеї Слави Шполянського міського кладовища": the plot of a named
            # cemetery joins it ("Слави" in it is no person); a cemetery named by its village has one too ("Аллее
            # Героев кладбища в Борщовой"), or by its street ("Алеї Героїв кладовища на Кедровій"). So does the town
            # cemetery's ("на Алеї Героїв міського кладовища", "Аллее Славы городского кладбища"): a notice about one
            # man names his town, and the heroes' plot of its cemetery is his grave (the sets written blind, c, l and
            # p, withhold it); the alley alone ("на Алеї Героїв") or the town's cemetery alone stays a common phrase.
            alley = _ALLEY.search(text, max(0, start - 40), start)
            if alley and (reasons or _TOWN_CEMETERY.search(text, start, head.start())):
                start = alley.start()
                if not reasons:
                    reasons.append("alley of the town's cemetery")
        if (
            cat == "police"
            and not head.group().isupper()
            and _REGION_WORD.search(text[head.end() : end])
            and not _LOCAL_WORD.search(text[head.end() : end])
        ):
            return None  # "полиция Курской области", "поліції Київщини": a region's police is public
        if cat == "registry" and set(reasons) <= {"place"} and not _LOCAL_WORD.search(text[head.end() : end]):
            return None  # "управление ЗАГС Кедровской области": the region's office is public, like its government
        if cat == "media" and "place" not in reasons and not _local_paper(text[start : head.start()], lang):
            return None  # "газеты «Коммерсантъ»": a national paper is public; a district paper names the place
        if city_only and set(reasons) <= {"name or place after it"}:
            return None
        if not reasons and head.group() in _CENTRAL_HOSPITALS:
            # "её в ЦРБ положили": the central hospital of the district or town the speaker lives in, one of its kind
            reasons.append("the district's own")
        if not reasons:
            return None
        if "proper adjective" not in reasons and _society(head.group(), lang):
            return None  # "общество «Знание»", "общества Кедровых": only a place adjective makes a society local
        if set(reasons) <= {"name or place after it", "place"} and _plural_noun(head.group(), lang):
            return None  # "в колониях Мордовии", "школах района": many institutions of a region, not one
        # One line holds the whole name: a record's next line ("кладовище с. Кам'янське\nДодала: сестра ...")
        # opens with a field label, never with the institution's tail.
        line_end = text.find("\n", head.end(), end)
        if line_end >= 0:
            end = len(text[:line_end].rstrip(" \t,;:"))
        if head.group() == "БК" and not {"place", "quoted name", "name or place after it"} & set(reasons):
            return (
                None  # "БК" is as often the ammunition load ("БК закінчився", "БК-2"): a house of culture by its place
            )
        if cat == "employer" and head.group() in ABBREVIATIONS and "quoted name" not in reasons:
            if not {"proper adjective", "number", "street"} & set(reasons):
                return None  # "ООО" alone, "КП" without a name ("street": only a roadside station takes one)
        # A capitalised adjective inside a sentence names the institution as surely as a number: a person recognizer
        # that reads "Буйнакской" or "Шполянського" as a surname loses to it (equal score, longer span).
        score = self.SCORE if set(reasons) - {"proper adjective"} or mid_sentence else self.WEAK_SCORE
        return start, end, f"institution ({cat}) with " + ", ".join(dict.fromkeys(reasons)), score

    @staticmethod
    def _after_tail(text: str, end: int, cat: str, reasons: list[str]) -> int:
        """What may follow an institution's genitive tail: "на военную службу по контракту", a number ("установі
        виконання покарань № 23"), a quoted name ("администрация муниципального образования «Город Кедровый»"), the
        district a national body's branch serves ("ОМВД России по Чегемскому району"), and the town it is in ("в г.
        Электросталь"; after a name or number also a bare town: "ООО «Агроторг» в Валуйках")."""
        if cat == "church" and (body := _CHURCH_BODY.match(text, end)) is not None:
            end = body.end()  # "храмі Різдва Богородиці УПЦ МП у Кедрівці"
        if (stage := _STAGE.match(text, end)) is not None:
            end = stage.end()  # "закладі загальної середньої освіти І-ІІІ ступенів": the stage after the field
        if text[end - 1 : end] == "»":
            abbr = _ABBR_AFTER_QUOTE.match(text, end)
            if abbr and abbr.group("a") not in _NATIONWIDE and abbr.group("a") not in {"РФ", "РК", "РБ"}:
                end = abbr.end()  # "ОАО «Томскнефть» ВНК": the holding's abbreviation after the name
        if cat == "police":
            m = _MVD_TAIL.match(text, end)
            if m and _QUOTED.match(text, m.end()):
                end = m.end()  # "МО МВД России «Кедровский»", "отдел МВД России «Заречный»": the name follows
        if cat == "enlistment":
            m = _CONTRACT_TAIL.match(text, end)
            if m:
                end = m.end()
        if (kind := _BRACKET_KIND.match(text, end)) is not None:
            end = kind.end()  # "закладі дошкільної освіти (ясла-садок) № 5": the kind in brackets, then the number
        # (a quoted name opens with a capital or a digit: "военкомате Судиславля «ничего не говорят»" quotes speech)
        for pat, why in ((_NUMBER_SIGN, "number"), (_RAIL_CODE, "number"), (_QUOTED_NAME, "quoted name")):
            m = pat.match(text, end)
            if m:
                end = m.end()
                reasons.append(why)
        if cat in _PO_CATEGORIES:
            m = _TAIL_PO.match(text, end)
            if m and _local_po(m.group(), cat):
                end = m.end()
                reasons.append("place")
        m = _ANCHOR_MARKED.match(text, end) or _BRACKET_PLACE.match(text, end)
        if m is None and cat == "colony" and reasons:
            m = _COMMA_TOWN.match(text, end)
        if m:
            reasons.append("place")
            return int(m.end())
        if reasons:
            m = _ANCHOR.match(text, end)
            # (not a big city: "522-й центр приема погибших в Ростове", "університет в Одесі": the city is news)
            if m and not _sentence_initial(text, m.start("p")) and not _big(m.group("p")):
                end = m.end()
        elif cat == "enlistment":
            town_end = _office_town(text, end, _known_town)  # "в военкомате в Кимрах": a known town only
            if town_end is not None:
                end = town_end
                reasons.append("place")
        return end


# Heads a village or small town has one of, named by the settlement after them ("заводі в Гуменцях"); not a hospital
# (the wounded are treated "в госпитале в Луганске": the town is news, the hospital names no one).
_TOWN_SITE_KINDS = frozenset({"employer", "culture", "library", "museum", "college", "stadium"})
# A village's outpatient clinic or medical post (a village has one; a hospital's town is news).
_VILLAGE_CLINIC = regex.compile(r"(?i:амбулатори\p{Ll}{0,3}|амбулаторі\p{Ll}{0,3})|ФАП|ФП|АЗПСМ", regex.V1)


def _settlement(word: str, language: str) -> bool:
    """A village or town in the locative ("Гуменцях", "Кимрах"): a place the gazetteer lists as a village or town (or
    a word the dictionary does not know), not a region, a country or a city ("Подмосковье", "Польщі", "Новороссийске":
    a city has many plants, and the news names it)."""
    if not _loct_place(word, language) or _big(word):
        return False
    from redact.recognizers.nlp.demonyms import COUNTRIES
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    lemmas = {word, *(morph.match_case(lem, word) for lem in morph.lemmas(word, language))}
    if {lem.lower() for lem in lemmas} & COUNTRIES:
        return False
    kinds = {e.kind for lem in lemmas for e in place_gazetteer().get(lem)}
    if any(k.startswith("region") for k in kinds):
        return False
    if "city" in kinds:
        return False
    if kinds & {"village", "town"} or not morph.is_known(word, language):
        return True
    # a village the gazetteer lacks, by the shape of its name (the Ukrainian dictionary guesses every word): "Кедрівці"
    # ← Кедрівка, "Гуменцях" ← Гуменці, "Сосновому" ← Соснове
    return any(lem.lower().endswith(_VILLAGE_ENDINGS) and len(lem) > 5 for lem in lemmas)


_VILLAGE_ENDINGS = (
    "івка",
    "ївка",
    "овка",
    "евка",
    "ёвка",
    "инка",
    "івці",
    "ївці",
    "инці",
    "енці",
    "анці",
    "ичі",
    "ове",
    "еве",
    "ине",
    "ське",
    "цьке",
    "ское",
    "цкое",
    "ино",
    "ово",
    "ево",
)


# The part of town a named place stands in, by its own name after "на": "на Затишші", "на Тополі-2", "на Стрелке",
# "на Крюкові", "на Оболоні" (a locative; an adjective's noun after it is a street or front: see _quarter).
_QUARTER = regex.compile(
    r"\G,?\s+на\s+(?P<p>\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*(?:-\d{1,2})?)(?![\p{L}\d'’-])", regex.V1
)
# Lands, macro-regions, compass points and feasts that take "на" as a neighbourhood does ("на Донбасі", "на Урале",
# "на Севере", "на Пасхе"): no part of a town.
_NOT_QUARTER = frozenset(
    """
    донбасс донбас урал кавказ поділля полісся слобожанщина сахалин украина україна русь крым крим кубань ямал алтай
    север юг восток запад схід захід південь північ родина батьківщина фронт передок донщина дон волга днепр дніпро
    пасха великдень рождество різдво троица трійця покров покрова масленица
    """.split()
)


def _quarter(text: str, m: Any, language: str) -> bool:
    """Whether the word after "на" names a part of town: capitalised inside the sentence, read as a locative noun (or
    unknown to the dictionary), and no region, country, land or feast ("на Кубані", "на Украине", "на Пасхе")."""
    word = m.group("p").split("-")[0] if m.group("p")[-1:].isdigit() else m.group("p")
    if _sentence_initial(text, m.start("p")) or _noun_follows(text, m.end(), language):
        return False
    parses = morph.parses(word, language)[:4]
    if parses and parses[0].tag.POS != "NOUN":
        return False  # "на Донецком направлении", "на Первом канале"
    if morph.is_known(word, language) and not any({"loct", "loc2"} & set(p.tag.grammemes) for p in parses):
        return False  # "на Пасху", "на Покрову": an accusative, a time
    lemmas = {word.lower(), *(lem.lower() for lem in morph.lemmas(word, language))}
    if lemmas & _NOT_QUARTER or word.lower().endswith(("щині", "щине", "чині", "чине")):
        return False  # "на Харківщині", "на Белгородчине": a region
    from redact.recognizers.nlp.demonyms import COUNTRIES
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    if lemmas & COUNTRIES or _big(word):
        return False
    kinds = {e.kind for lem in lemmas for e in place_gazetteer().get(morph.match_case(lem, word))}
    return not any(k.startswith("region") for k in kinds)


def _office_town(text: str, end: int, town: Callable[[str], bool]) -> int | None:
    """Where the town an enlistment office or selection point stands in ends, when it follows the office ("в
    пункте отбора в Архангельске", "в военкомате в Кимрах", "військкоматі у Лубнах"), else None. A town has one
    such office, so the bare town names it; ``town`` says which words count as one (a region after "в" is
    context: _ANCHOR leaves it out). Both places that ask (the tail after the office's name, and the office with
    no other reason) ask here, each with its own test of the town."""
    m = _ANCHOR.match(text, end)
    if m and not _sentence_initial(text, m.start("p")) and town(m.group("p")):
        return int(m.end())
    return None


# A legal form or an institution abbreviation with a quoted name, in apposition to a head noun: "на молочной
# ферме ООО «Агрофирма Кедр»", "на заводе АО «...»", "в магазине ИП «...»".
_FAMILY_MEDICINE = regex.compile(r"(?<=практики)\s*[–—-]\s*сімейн\p{L}*\s+медицин\p{L}*", regex.V1)
# the kind of a village clinic in capitals after its noun: "Кедрівської амбулаторії ЗПСМ" (загальної практики - сімейної
# медицини), "амбулаторії ЗП-СМ"
_FAMILY_ABBR = regex.compile(r"\G\s+(?:ЗПСМ|ЗП\s?[-–]\s?СМ)(?![\p{L}\d-])", regex.V1)
_LEGAL_NAMED = regex.compile(r"\G\s+(?P<a>[А-ЯЁІЇЄҐ]{2,6})\s*[«\"“„][^«»\"“”„\n]{2,60}[»\"”“]", regex.V1)
# The street an institution stands on: "на ул. Заречной", "по улице Мира", "на проспекте Ленина", "на 2-й Садовой".
# The type words are the street table's column on_street (recognizers/data/street_types.tsv).
_STREET_ANY = regex.compile(
    rf"\G,?\s+(?:на|по|у|в|біля)\s+{institution_streets()[0]}\s*(?:\d{{1,3}}-?(?:й|я|го|ой|ий|ій)?\s+)?{_CAP}",
    regex.V1,
)
# The street a named place stands on, its adjective before the type word ("на Чоколівському бульварі", "на Садовой
# улице", "на Харківському шосе"), or the numbered quarter or microdistrict of a town ("на 95 кварталі", "в 5-м
# микрорайоне").
_STREET_AFTER_NAME = regex.compile(
    r"\G,?\s+(?:на|в|у)\s+(?P<w>\p{Lu}[\p{Ll}'’-]+(?:ом|ому|ім|ой|ій|ей)\s+(?:улице|вулиці|проспекте|проспекті|"
    r"бульваре|бульварі|переулке|провулку|площади|площі|шоссе|шосе|набережной|набережній|майдані)"
    r"|\d{1,3}(?:\s?-\s?(?:м|му|ом|й))?\s+(?:кварталі|квартале|мікрорайоні|микрорайоне))(?![\p{L}\d])",
    regex.V1,
)
# A railway depot and its station's name, undeclined: "депо Фастів", "депо Лиман", "депо Кедровка-Сортировочная".
_DEPOT = regex.compile(r"(?i)депо")
_STATION = regex.compile(rf"\G[ \t]+(?P<p>{_CAP}(?:-{_CAP})?)(?![\p{{L}}'’-])", regex.V1)
_ROADSIDE = regex.compile(r"СТО|АЗС|АГЗС|(?i:автосервіс|автосервис|шиномонтаж|автомойк|автомийк)\p{Ll}{0,3}", regex.V1)
# Small workplaces a village has one of (the shape of the English recogniser's sites): "пилорама", "ферма", "карьер".
_SITE = regex.compile(
    r"пилорам|лесопил|лісопил|ферм|кар['’]?[єь]?ер|пекарн|млин|мельниц|шиномонтаж|автосервіс|автосервис"
)
# The owner after a small workplace, in Russian ("у" + the genitive: "на пилораме у Сидорова"): a surname, not a
# pronoun or a common noun ("у него", "у нас", "у соседа").
_OWNER = regex.compile(r"\G\s+у\s+(?P<p>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])", regex.V1)
# A sole trader by his surname: "у ИП Галимов", "ИП Кедрова А. А.", "ФОП Липенко" (the employer a verdict names); a
# farm by its head's surname the same way: "КФХ Кедрова А. В.", "ИП глава КФХ Кедров", "ФГ Кедренка".
_TRADER = regex.compile(
    r"(?<![\p{L}])(?:ИП|ФОП|ЧП|СПД|КФХ|(?:ИП\s+)?(?:глава|главы|главе)\s+КФХ|ФГ)\s+(?P<s>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)?(?![\p{L}'’-])",
    regex.V1,
)
# A street by its genitive name alone after "на": "на Кирова", "на Острякова", "на Лесі Українки", "на Івана Франка".
_BARE_STREET = regex.compile(
    r"\G\s+на\s+(?P<n>(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:а|я|ки|[сц]кого|[сц]ького|[сц]кой|[сц]ької"
    # a highway or avenue by its adjective, in the locative, its noun left out: "военкомате на Мысхакском"
    r"|[сц]ком|[сц]ькому|[сц]ькім"
    # a street named by a plural genitive ("на Строителей", "на Космонавтов") or by its adjective in the feminine
    # locative, "улица" left out as speech leaves it ("на Садовой", "на Вічевій", "на Соборній")
    r"|ей|ов|[ндвт]ой|[ндвт]ій|[сц]ькій"
    # a street named after a man whose Ukrainian surname does not decline: "на Шевченко", "на Короленко"
    r"|енко))"
    r"(?![\p{L}'’-])",
    regex.V1,
)
_FOLLOWING_WORD = regex.compile(r"\G[ \t]+(?P<w>\p{L}[\p{L}'’-]*)", regex.V1)


def _noun_follows(text: str, pos: int, language: str) -> bool:
    """Whether the word after ``pos`` reads first as a noun ("направлении", "участке", "фронте")."""
    m = _FOLLOWING_WORD.match(text, pos)
    if m is None:
        return False
    readings = morph.parses(m.group("w"), language)[:1]
    return bool(readings) and readings[0].tag.POS == "NOUN"


_BY_BARE_STREET = frozenset({"shop", "restaurant", "enlistment", "police", "employer", "agency", "library", "culture"})
# Heads whose street joins their span once they are named ("на ул. ..." inside): a cemetery does so on its own above.
_JOINS_STREET = frozenset(
    {
        "church",
        "culture",
        "shop",
        "restaurant",
        "agency",
        "school",
        "hospital",
        "morgue",
        "library",
        "museum",
        "employer",
        "college",  # "колишнього ВПУ № 37 на вул. Гагаріна"
    }
)
# Heads that a street alone makes one place: a village's cemetery, church or school on its street.
_BY_STREET = frozenset({"cemetery", "church", "school", "culture", "hospital", "library", "museum"})
# A newspaper of a district or town (with its name), not a national one: "районной газеты «Вестник»".
_LOCAL_PAPER = frozenset(
    "районный городской местный сельский поселковый многотиражный заводской муниципальный межрайонный окружной "
    "районний міський місцевий сільський селищний багатотиражний заводський".split()
)


def _local_paper(before: str, language: str) -> bool:
    for w in _WORD.findall(before):
        lemma = _adjective_lemma(w, language)
        if lemma is not None and (lemma in _LOCAL_PAPER or (w[:1].isupper() and _PLACE_ADJECTIVE.search(w))):
            return True
    return False


_TAIL_MARKER = regex.compile(
    rf"\G\s+(?:{_PLACE_MARKER}|г\.о\.|м\.\s?р\.|м\.о\.|городов|городу|місто|город)\s*{_CAP}(?:(?:-|[ \t]){_CAP})?",
    regex.V1,
)
# An office serving two or more towns named in the nominative after a plural marker: "военным комиссариатом городов
# Сызрань и Октябрьск", "комісаріату міст Кедрів та Сосниця" (the towns stay undeclined after "городов").
_TAIL_TOWNS = regex.compile(
    rf"\G\s+(?:городов|міст|сёл|сел|сіл|посёлков|поселков|селищ)\s+{_CAP}(?:\s*,\s*{_CAP})*\s+(?:и|і|та|й)\s+{_CAP}"
    rf"(?![\p{{L}}'’-])",
    regex.V1,
)
# A municipality by its kind and its own name in the nominative: "Администрация городского округа Сызрань",
# "администрации муниципального района Кедровый", "сельского поселения Кедровка" (the kind with an adjective of the
# place, "Кедровского сельского поселения", is _PLACE_TAIL's).
_TAIL_MUNICIPALITY = regex.compile(
    rf"\G\s+(?:городского|муниципального|сельского|городского|внутригородского)\s+"
    rf"(?:округа|района|поселения|образования)\s+(?:город\s+|село\s+|посёлок\s+|поселок\s+)?{_CAP}"
    rf"(?:-{_CAP})?(?![\p{{L}}'’-])",
    regex.V1,
)
# A saint's title shortened before the dedication of a church: "Св.", "св.", "Свв.", "свт.", "прп.", "вмч.", "Пресв."
_SAINT_ABBR = regex.compile(r"\G\s+(?i:свв?|свт|прп|вмч|блж|пресв)\.(?=\s?\p{Lu})", regex.V1)
_TAIL_WORD = regex.compile(
    r"\G(?:\s+(?:(?:и|та|і|й|and)\s+)?"
    # a field listed with commas, closed by a conjunction: "центр приема, обработки и отправки погибших"
    r"|,\s+(?=\p{Ll}+(?:,\s+\p{Ll}+)*\s+(?:и|та|і|й)\s+\p{Ll}))(?P<w>[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*)",
    regex.V1,
)
_TAIL_HONORIFIC = regex.compile(
    r"\G\s+(?:им\.|имени|ім\.|імені)(?:\s+(?:\p{Ll}+(?=\s+\p{Lu})|(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]+)){1,4}",
    regex.V1,
)
_PO_ITEM = rf"(?:(?:г\.|м\.|городу|місту|міста)\s*{_CAP}|{_CAP})"
# "по Чегемскому району", "по г. Новозыбков, Злынковскому и Климовскому районам", "в Київській області".
_TAIL_PO = regex.compile(
    rf"\G\s+(?:Г?УФСИН|УИН|ГУИН|УВД|МВД|ГУНП)?(?:\s*(?:России|РФ|України))?\s*"
    rf"(?:по\s+{_PO_ITEM}(?:(?:\s*,\s*|\s+(?:и|та|і|й)\s+){_PO_ITEM})+\s+(?:район|округ|област|муниципальн)\w*"
    # a city district by its own name after its noun: "ОМВД по району Хамовники", "ОВД по району Кедровое-Южное"
    rf"|по\s+(?:району|округу)\s+{_CAP}(?:-{_CAP})?(?![\p{{L}}'’-])"
    rf"|по\s+(?:(?:г\.|м\.|городу|місту)\s*{_CAP}|{_CAP}(?:\s+(?:{_CAP}|област\w*|кра\w*|республик\w*|район\w*"
    rf"|городск\w+\s+округ\w*|муниципальн\w+\s+округ\w*))?)"
    rf"|(?:в|у)\s+{_CAP}\s+район\w*)",
    regex.V1,
)
# A named alley or plot of a cemetery before it: "Аллея Славы", "Алеї Героїв", "аллее Почёта".
_TOWN_CEMETERY = regex.compile(r"(?i)(?:міськ|городск)\p{Ll}+\s+$")
_ALLEY = regex.compile(r"(?<![\p{L}])[Аа]лл?е\p{Ll}{0,3}\s+\p{Lu}\p{Ll}+\s+$")
# The type words are the street table's column by_street (recognizers/data/street_types.tsv).
_STREET_TAIL = regex.compile(
    rf"\G\s+(?:по|на|біля|возле|у|в)\s+{institution_streets()[1]}\s*\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+\p{{Lu}}[\p{{Ll}}'’-]+)?",
    regex.V1,
)
_LEFT_PROPER_ADJ = regex.compile(r"(?<![\p{L}])(?P<a>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)\s+$")
_PO_CATEGORIES = frozenset({"colony", "enlistment", "council", "police", "agency"})
_REGION_WORD = regex.compile(r"област|обл\.|кра[йюяе]|республик", regex.IGNORECASE)
_LOCAL_WORD = regex.compile(r"район|округ|г\.|м\.|город|міст", regex.IGNORECASE)


def _local_po(tail: str, cat: str) -> bool:
    """Whether "по ..." names a district or town (a local branch), not a region: "УМВД России по Кедровской области"
    and "управление ... по области" are regional bodies that sign press releases, public like the ОВА; a colony
    or an enlistment office with a number or a town is named by its region as well."""
    if cat not in {"police", "agency"}:
        return True
    return not (_REGION_WORD.search(tail) and not _LOCAL_WORD.search(tail))


_MVD_TAIL = regex.compile(r"\G\s+МВД(?:\s+(?:России|РФ))?", regex.V1)
_NUMBER_SIGN = regex.compile(r"\G\s*(?:№|N|No\.?)\s*\d{1,4}(?!\d|[/.]\d)")
_CONTRACT_TAIL = regex.compile(
    r"\G(?:(?:\s+(?:на|для)\s+(?:военную|військову)\s+службу)?\s+(?:по\s+контракту|за\s+контрактом)"
    r"|\s+(?:на|для)\s+(?:контракт|контрактников|контрактників)(?![\p{L}]))",
    regex.V1,
)
_ABBR_AFTER_QUOTE = regex.compile(r"\G\s+(?P<a>[А-ЯЁІЇЄҐ]{2,5})(?![\p{L}\d-])", regex.V1)
# The town an institution is in: "в г. Электросталь", "у с. Кедрове" (marked: a reason by itself), "в Залісцях".
# (a microdistrict too: "на кладовищі у мікрорайоні Ракове", "кладбище в микрорайоне Кедровый", "в мкр. Кедровый")
_ANCHOR_MARKED = regex.compile(
    rf"\G\s+(?:в|во|у|біля|возле|около|под|поблизу)\s+(?:{_PLACE_MARKER}|мікрорайоні|микрорайоне|мкрн?\.)\s*{_CAP}"
    rf"(?:-{_CAP})?",
    regex.V1,
)
# A region after "в"/"у" is context, not the institution's name ("колонии № 6 в Оренбургской области"): its own finding.
_ANCHOR = regex.compile(
    rf"\G\s+(?:в|во|у|біля|возле|около|поблизу)\s+(?P<p>{_CAP}(?:-{_CAP})?)(?![\p{{L}}'’-])(?!\s+(?:област|обл\.|кра[йяюеє]|республік|республик))",
    regex.V1,
)
# The settlement in brackets after the institution, as lists and verdicts write it: "ИК-11 (с. Кедровское)", "школа № 2
# (м. Кедрів)", "ФАП (д. Кедровка)".
# A colony's town after a comma, as the penal service writes its address: "ФКУ ИК-4 УФСИН России по Кедровской области,
# г. Кедровск", "ИК-6, пос. Кедровый".
_COMMA_TOWN = regex.compile(
    rf"\G\s*,\s*(?:г\.|пос\.|п\.|с\.|м\.|смт|пгт|рп)\s*{_CAP}(?:-{_CAP})?(?![\p{{L}}'’-])", regex.V1
)
_BRACKET_PLACE = regex.compile(rf"\G\s*\(\s*{_PLACE_MARKER}\s*{_CAP}(?:[- ]{_CAP})?\s*\)", regex.V1)
_ABBR_TAIL = regex.compile(r"\G\s+(?:Г?УФСИН|УИН|ГУИН)(?:\s+России)?", regex.V1)
_TAIL_ABBR_WORD = regex.compile(r"\G\s+(?:р-н(?:а|е|у|ом)?|р-ну|обл\.|р\.|м-на)(?![\p{L}])", regex.V1)
_TAIL_MAX = 8
_CONTAINERS = frozenset(
    "отдел відділ филиал філія отделение відділення цех участок дільниця кафедра факультет корпус "
    # a directorate, service, sector or department of a council or administration ("управлінні соціального захисту
    # населення Кедрівської РДА", "службы заказчика администрации ...", "секторі молоді Кедрівської ради")
    "управление управління служба сектор департамент".split()
)
_STATE = frozenset({"державний", "государственный"})
_DISTRICT_ADJ = regex.compile(r"(?:районн|міськ|городск|районн)\p{Ll}*")


def _district_before(words: list[Any], j: int, language: str) -> bool:
    """Whether the adjective before ``words[j]`` is a district's or town's ("районній державній адміністрації")."""
    return j > 0 and bool(_DISTRICT_ADJ.fullmatch(words[j - 1].group().lower()))


# A numbered department of an enlistment office or police station before it: "1 відділ Кедрівського РТЦК та СП",
# "2-й отдел военного комиссариата".
_DEPARTMENT_NUMBER = regex.compile(r"(?<![\p{L}\d])\d{1,2}(?:\s?-\s?(?:й|го|му|м|ий|ого|ому|им))?\s+$", regex.V1)
# A church body between a church's name and its village: "храмі ПЦУ села Кедрівка", "церкви УПЦ МП".
_CHURCH_BODY = regex.compile(r"\G\s+(?:ПЦУ|ОЦУ|УГКЦ|РПЦ|УПЦ(?:\s+(?:МП|КП))?)(?![\p{L}\d-])", regex.V1)
# A school's profile in its name: "средняя школа № 2 с углублённым изучением отдельных предметов", "ліцей № 5 з
# поглибленим вивченням англійської мови"; the subject is one to three genitive words.
# Also a school with a strengthened training: "ліцей з посиленою військово-фізичною підготовкою", "кадетская школа с
# усиленной физической подготовкой" (the field is the adjectives before the noun).
_DEEPENED = regex.compile(
    r"\G\s+(?:с|со|з|із)\s+(?:(?:углубл[её]нн\p{Ll}+|поглиблен\p{Ll}+|профильн\p{Ll}+)\s+(?:изучением|вивченням)"
    r"|(?P<training>(?:посилен|усиленн|углубл[её]нн|поглиблен)\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]+){1,2}?\s+"
    r"(?:підготовкою|подготовкой)))",
    regex.V1,
)


def _deepened_study(text: str, end: int, language: str) -> int:
    """Where a school's profile ends when one follows its name ("с углублённым изучением английского языка"), else
    ``end``."""
    m = _DEEPENED.match(text, end)
    if m is None:
        return end
    pos, taken, after_adj = m.end(), 0, False
    if m.group("training"):
        taken = 3  # the training's field is inside the match
    while taken < 3 and (w := _TAIL_WORD.match(text, pos)) is not None:
        word = w.group("w")
        if len(word) < 3 or not word.islower() or not _gent_word(word, language):
            break
        if _function_word(word, language) and not after_adj:
            break  # "мов" after "іноземних" is the noun, not the conjunction
        pos, taken = w.end(), taken + 1
        after_adj = _adjective_lemma(word, language) is not None
    if not taken:
        return end
    if (number := _NUMBER_SIGN.match(text, pos)) is not None:
        pos = number.end()  # "СОШ с углублённым изучением отдельных предметов № 5": the number after the profile
    place = _TAIL_MARKER.match(text, pos)  # "... отдельных предметов г. Кедровска"
    return int(place.end()) if place else pos


# Adjectives that end like a place's but are common words: "Міський ліцей" opening a line names no town.
_COMMON_PLACE_SHAPED = frozenset(
    "міський сільський селищний громадський козацький людський братський панський селянський військовий "
    "городской сельский поселковый казачий".split()
)


def _label_place_adjective(text: str, start: int, word: str, lemma: str) -> bool:
    """A place adjective opening a field after its label ("Освіта: Старосинявський професійний аграрний ліцей"): the
    label, not a sentence, puts the capital there."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if not before.endswith(":") or not _PLACE_ADJECTIVE.search(word.lower()):
        return False
    return lemma not in _COMMON_PLACE_SHAPED and lemma not in _NATIONAL


_CENTRAL_HOSPITALS = frozenset({"ЦРБ", "ЦРЛ", "ЦГБ", "ЦМЛ", "ЦРКБ"})
# A cemetery too: a hromada's notice writes its town's graveyard in lower case ("на козівському кладовищі"); a war
# grave or a soldiers' plot takes a common adjective ("братське", "військове"), never a town's.
_LOWER_TOWN_KINDS = frozenset(
    {"enlistment", "hospital", "morgue", "college", "school", "employer", "police", "cemetery"}
)


# Kinds a lower-case adjective names only when the text names its place too: "вербівської тимчасової адміністрації"
# (Вербівка above), "ліщинівському храмі".
_LOWER_NAMED_KINDS = frozenset({"council", "church", "culture"})
_PLACE_SUFFIXES = ("ського", "ський", "цький", "ский", "цкий")
_PLACE_STEM_MIN = 5


def _place_in_text(text: str, adjective_lemma: str, start: int) -> bool:
    """Whether a lower-case place adjective's village is named with a capital elsewhere in the same text, not opening
    a sentence ("на ліщинівському кладовищі" in a notice about a man from Ліщинівка, "вербівської адміністрації" with
    Вербівка named above): a village no gazetteer holds is still the place the adjective is made from."""
    for suffix in _PLACE_SUFFIXES:
        if adjective_lemma.endswith(suffix):
            stem = adjective_lemma[: -len(suffix)]
            break
    else:
        return False
    if len(stem) < _PLACE_STEM_MIN or adjective_lemma in _COMMON_PLACE_SHAPED:
        return False
    # the village in any case form ("Ліщинівка", "Ліщинівці", "Вербівку"), never the adjective itself capitalised
    pattern = regex.compile(
        rf"(?<![\p{{L}}'’-]){regex.escape(stem[:1].upper() + stem[1:])}\p{{Ll}}{{0,3}}(?![\p{{L}}'’-])"
    )
    for m in pattern.finditer(text):
        marked = _MARKED_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None  # "с. Кедрівка"
        if m.start() != start and (marked or not _sentence_initial(text, m.start())):
            return True
    return False


_MARKED_BEFORE = regex.compile(rf"(?<![\p{{L}}]){_PLACE_MARKER}\s*$", regex.V1)


# The workplace a firm's legal form and name stand in apposition to ("лесопилке ИП Кедрова", "офисе ООО «Кедр»"), or
# the numbered team or shop of it ("бригадой № 4 СХП «Кедровое»", "цеху № 5 ТОВ «Кедр»").
_LEGAL_OPENING = regex.compile(r"(?P<a>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-я]{1,5})(?=\s)", regex.V1)
_HEAD_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?P<h>\p{Ll}[\p{Ll}'’-]+)(?P<n>\s*(?:№|N)\s*\d{1,4})?\s+$", regex.V1)
_OFFICE = regex.compile(r"(?:офис|офіс)(?:а|е|у|ом|і|ові)?")
_TEAM = regex.compile(
    r"(?:бригад|цех|участ(?:ок|к)|дільниц|ланк|смен|зміни|зміна|змін|отделени|відділенн|ферм)\p{Ll}{0,4}", regex.V1
)


def _workplace_before(text: str, start: int, end: int, language: str) -> int:
    """Where a firm found by its legal form starts once the workplace before it joins: a workplace noun ("лесопилке ИП
    Кедрова", "офісі ТОВ «Кедр»"), or a numbered team or shop ("бригадой № 4 СХП «Кедровое»")."""
    legal = _LEGAL_OPENING.match(text, start, end)
    if legal is None or category(legal.group("a"), language) != "employer":
        return start
    head = _HEAD_BEFORE.search(text, max(0, start - 48), start)
    if head is None:
        return start
    word = head.group("h")
    numbered = head.group("n") is not None
    if _OFFICE.fullmatch(word) or (numbered and _TEAM.fullmatch(word)):
        return int(head.start())
    if not numbered and noun_category_of(word, language) in {"employer", "shop", "restaurant"}:
        return int(head.start())
    return start


# The plant a numbered shop belongs to, by its capitals after the number: "цеху № 480 УВЗ", "шахті № 9 ДТЕК".
_PLANT_ABBR = regex.compile(r"\G\s+(?P<a>[А-ЯЁІЇЄҐ]{2,5})(?![\p{L}\d'’-])", regex.V1)
_NOT_PLANT = frozenset("РФ РБ РК ДНР ЛНР СВО ЗСУ ВСУ США ЕС ЄС АТО ООС ЧВК ПВК".split())
_NUMBER_END = regex.compile(r"(?:№|N)\s*\d{1,4}$")


def _plant_after(text: str, start: int, end: int, language: str) -> int:
    """Where a numbered shop or pit ends once the plant it belongs to joins ("цеху № 480 УВЗ")."""
    if not _NUMBER_END.search(text, start, end):
        return end
    head = _WORD.match(text, start)
    if head is None or noun_category_of(head.group(), language) != "employer":
        return end
    m = _PLANT_ABBR.match(text, end)
    if m is None or m.group("a") in _NOT_PLANT or m.group("a") in _NATIONWIDE:
        return end
    return int(m.end())


def noun_category_of(word: str, language: str) -> str | None:
    """The institution category of a lower-case noun, None for an abbreviation or any other word."""
    return category(word, language) if word[:1].islower() else None


def _given_name(word: str, language: str) -> bool:
    """Whether ``word`` reads as a given name in the nominative ("Олена", "Иван"): a subject, no street's name."""
    return any({"Name", "nomn"} <= set(p.tag.grammemes) for p in morph.parses(word, language)[:3])


def _town_adjective(word: str, adjective_lemma: str, language: str) -> bool:
    """A lower-case adjective of a town that is nothing else: not a quality ("мирный"), not a word of the Soviet
    state or of brotherhood that a town also took ("советский", "братский")."""
    return (
        word.islower()
        and adjective_lemma not in _COMMON_TOWN_ADJ
        and not morph.tag_share(word, language, frozenset({"Qual"}))
    )


_COMMON_TOWN_ADJ = frozenset({"советский", "братский", "радянський", "братський", "мирный", "мирний"})


def _home_adjective(adjective_lemma: str, language: str) -> bool:
    """An adjective the home-town reading of the location recogniser takes ("тисменицький" ← Тисмениця)."""
    from redact.recognizers.ru_location import _derived_from_place

    return _derived_from_place(adjective_lemma, language)


def _from_place(adjective_lemma: str) -> bool:
    """Whether an adjective is made from a place name ("котласский" ← Котлас, "гайсинський" ← Гайсин)."""
    from redact.recognizers.municipal import place_from_stem
    from redact.recognizers.nlp.places import is_known_place

    if "-" in adjective_lemma:
        # a town whose name is itself a compound adjective, written in lower case: "ленинск-кузнецкий военкомат"
        first = adjective_lemma.split("-")[0]
        if any(morph.is_known(first, lg) and not morph.has_tag(first.title(), lg, "Geox") for lg in ("ru", "uk")):
            return False  # "военно-морской", "військово-морський": a compound of common words
        title = "-".join(part[:1].upper() + part[1:] for part in adjective_lemma.split("-"))
        return is_known_place(title, "ru") or is_known_place(title, "uk")
    for suffix in ("ський", "цький", "ский", "цкий"):
        if adjective_lemma.endswith(suffix) and len(adjective_lemma) > len(suffix) + 1:
            return bool(place_from_stem(adjective_lemma[: -len(suffix)], suffix, towns_only=True))
    return False


# A city district by its adjective in the locative, its noun left out: "в Заводском", "у Шевченківському".
_DISTRICT_LOCT = regex.compile(
    r"\G[ \t]+(?:в|во|у)[ \t]+(?P<p>\p{Lu}\p{Ll}+(?:[сц]ком|[сц]ькому|[сц]ькім|[нв]ском|ом|ому))(?![\p{L}'’-])",
    regex.V1,
)
# A town's adjective after an enlistment office, "our" perhaps between: "военкомат наш ефремовский".
_POST_TOWN_ADJ = regex.compile(
    r"\G[ \t]+(?:(?:наш|ваш|свой|свій|местн|місцев)\p{Ll}{0,3}[ \t]+)?(?P<a>\p{Ll}{2,}(?:ск|цк|ськ|цьк)\p{Ll}{1,3})"
    r"(?![\p{L}'’-])",
    regex.V1,
)


def _town_of_adjective(adjective_lemma: str) -> bool:
    """Whether an adjective in -ский/-ський is made from a town the derivation of :func:`_from_place` leaves out: one
    of three letters ("буйский" ← Буй) or one that is also a surname ("ефремовский" ← Ефремов, "кимовский" ← Кимовск
    is found already). Asked for an enlistment office only, which every town has one of and speech names so."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    for suffix in ("ський", "цький", "ский", "цкий"):
        if adjective_lemma.endswith(suffix) and len(adjective_lemma) > len(suffix) + 2:
            stem = adjective_lemma[: -len(suffix)]
            for cand in (stem, stem + "а", stem + "ь", stem + "и"):
                title = cand[:1].upper() + cand[1:]
                if any(e.kind in {"town", "city"} for e in place_gazetteer().get(title) or ()):
                    return True
    return False


def _function_word(word: str, language: str) -> bool:
    """A preposition, conjunction, particle or pronoun in its first reading ("про", "для", "что")."""
    parses = morph.parses(word, language)
    if word.islower() and any(p.tag.POS in {"PREP", "CONJ"} for p in parses[:2]):
        return True  # "понад" (a rare noun "понада" first, the preposition second)
    return bool(parses) and parses[0].tag.POS in {"PREP", "CONJ", "PRCL", "NPRO", "ADVB"}


def _gent_word(word: str, language: str, names: bool = False) -> bool:
    """A noun, adjective or participle that can be genitive (a tail word of an institution's name)."""
    blocked = {"Apro"} if names else {"Apro", "Name", "Surn", "Patr"}
    for p in morph.parses(word, language)[:4]:
        g = p.tag.grammemes
        if p.tag.POS in ("NOUN", "ADJF", "PRTF") and ("gent" in g or "gen2" in g) and not blocked & set(g):
            return True
    return False


def _genitive_tail(
    text: str, pos: int, language: str, cat: str, first: bool, after_place: bool = False
) -> tuple[int, bool]:
    """How far an institution's genitive tail runs ("техникум железнодорожного транспорта", "военкомата
    Октябрьского района г. Кирова", "колледжа имени академика И. П. Бардина") and whether it names a place or
    person (a capitalised word that is not a given name)."""
    proper = False
    steps = 0
    in_tail = False
    prev_adj = after_place  # "комиссариатом г. Бийска и Бийского района": a place may be joined by "и"
    after_town = False  # "военкомата Ревды и Дегтярска": an office serving two towns names both
    penal = False  # after "УФСИН": its region follows ("по Кедровской области")
    after_saint = False  # after "Св.": the dedication follows
    base_language = language
    adjectives_from: int | None = None  # where a run of lower-case adjectives in the tail began
    while steps < _TAIL_MAX:
        steps += 1
        marker = False
        if cat == "church" and (saint := _SAINT_ABBR.match(text, pos)) is not None:
            pos = saint.end()  # "храмі Св. Покрови с. Кедрівка", "церкви св. Николая": the saint's title, shortened
            after_saint = True  # its period ends no sentence
            continue
        for pat in (_TAIL_TOWNS, _TAIL_MUNICIPALITY, _TAIL_MARKER, _TAIL_HONORIFIC, _ABBR_TAIL, _TAIL_ABBR_WORD):
            mm = pat.match(text, pos)
            if mm:
                pos, proper = mm.end(), proper or pat is not _TAIL_ABBR_WORD
                marker = pat in (_TAIL_TOWNS, _TAIL_MUNICIPALITY, _TAIL_MARKER)
                penal = penal or pat is _ABBR_TAIL
                break
        else:
            if cat in _PO_CATEGORIES or penal:
                # ("КП-5 УФСИН по Кедровской области": the penal service makes КП a colony, not a company)
                mm = _TAIL_PO.match(text, pos)
                if mm and _local_po(mm.group(), cat):
                    pos, proper = mm.end(), True
                    continue
            mm = _TAIL_WORD.match(text, pos)
            if not mm:
                break
            w = mm.group("w")
            cap = w[:1].isupper()
            # a Russian village in a Ukrainian text is read by the Russian dictionary ("будинку культури Кырлыка")
            language = "ru" if base_language == "uk" and cap and _RUSSIAN_LETTERS.search(w) else base_language
            if base_language == "uk" and not cap and not morph.is_known(w, "uk") and morph.is_known(w, "ru"):
                language = "ru"  # a Russian word quoted in a Ukrainian text ("ТЕЦ слесарем"): its own dictionary
            if not cap and morph.lemma(w, language) in _PERSON_NOUNS:
                # "агрофирмы «Кедр» местного жителя", "ради цивільних осіб": the people it acts on, no field (and the
                # adjectives before the noun are theirs)
                pos = adjectives_from if adjectives_from is not None else pos
                break
            # "военкомата Ревды и Дегтярска", "военкомат Ишимбая и Ишимбайского района": a second town or the district
            joined_town = (
                after_town
                and cap
                and cat in _PO_CATEGORIES
                and (
                    _gent_place(w, language)
                    or (language == "ru" and w.endswith("ого") and _adjective_lemma(w, language) is not None)
                )
            )
            if (
                mm.group().split()[0] != w
                and not prev_adj
                and not joined_town
                and not (cat == "church" and cap and proper)
            ):
                # ("храме Кирилла и Мефодия", "церкви Петра и Павла": a dedication to two saints is one name)
                # "школы № 41 и Вологодского техникума": two institutions, not one name; but a lowercase field
                # joined to a lowercase tail is one name ("коледж ресторанного сервісу і туризму").
                if not (in_tail and not cap and _gent_word(w, language) and category(w, language) is None):
                    break
            if len(w) < 3 or _function_word(w, language) or _verb_first(w, language):
                break  # "школе про тебя": a preposition is no part of a name, whatever else it might parse as
            if (
                cap
                and cat in _PO_CATEGORIES
                and _gent_place(w, language)
                and not _sentence_initial(text, mm.start("w"))
            ):
                # "военкомата Губкина": the town it serves (no field after it: "и полиции" stays out)
                pos, proper = mm.end(), True
                first = False
                prev_adj = False
                after_town = True
                continue
            if _SETTLEMENT_PREFIX.match(w) and not _sentence_initial(text, mm.start("w")):
                # "Доме культуры Усть-Курдюма": a compound village name, whatever the dictionary reads its stem as
                pos, proper = mm.end(), True
                first = prev_adj = False
                continue
            if cap and cat != "church" and morph.tag_share(w, language) >= 0.5 and not _adjective_lemma(w, language):
                break  # a person's name after the institution is a person, not its name
            if cap and cat != "church" and _SURNAME_NOMN.search(w) and _name_follows(text, mm.end(), language):
                break  # "выпускник школы Кедров Иван Петрович": a surname the dictionary does not know, then a name
            if _TOWN_NOUN.fullmatch(w) and not _NAME_AFTER.match(text, mm.end()):
                break  # "у соборі міста", "на кладбище села": "of the town", no name of its own follows
            bare = mm.group().split()[0] == w  # no conjunction before it
            if first and bare and cap and _adjective_lemma(w, language) and not _sentence_initial(text, mm.start("w")):
                pos, proper = mm.end(), True  # "депо Входная", "шахта Распадская"
            elif _gent_word(w, language, names=cat == "church") and not w.isupper():
                if cap and _sentence_initial(text, mm.start("w")) and not after_saint:
                    break
                lower_adjective = not cap and _adjective_lemma(w, language) is not None
                if not lower_adjective:
                    adjectives_from = None
                elif adjectives_from is None:
                    adjectives_from = pos
                pos = mm.end()
                proper = proper or cap
                in_tail = in_tail or not cap
            elif w in ABBREVIATIONS and (not first or cat in {"agency", "morgue"}):
                # "морге Ливенской ЦРБ"; a generic head takes an abbreviation at once: "бюро СМЭ", "управлінні ЖКГ"
                pos, proper = mm.end(), True  # "морге Ливенской ЦРБ"
            else:
                break
        first = False
        after_town = after_saint = False
        prev_adj = marker or (
            bool(mm) and _adjective_lemma(text[pos - len(mm.group().split()[-1]) : pos], language) is not None
        )
    return pos, proper


_RUSSIAN_LETTERS = regex.compile(r"[ыэъёЫЭЪЁ]")
# Nouns of a person or people: never an institution's field, the object of the clause ("местного жителя", "цивільних
# осіб", "мирных людей").
_PERSON_NOUNS = frozenset(
    "житель жительница мешканець мешканка особа человек людина люди лицо гражданин громадянин".split()
)
# The nominative of a surname ("Кедров", "Кедровська", "Кедренко"); a town's genitive ("Кедровки", "Ревды") has none.
_SURNAME_NOMN = regex.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ський|цький|енко|чук|юк|ук|ич|ян|ова|ева|ёва|ина|ына|ская|цкая|ська|цька)$"
)
_NEXT_CAP = regex.compile(r"[ \t]+(?P<w>\p{Lu}\p{Ll}+)(?![\p{L}'’-])", regex.V1)


def _name_follows(text: str, pos: int, language: str) -> bool:
    """Whether a capitalised given name comes next ("Кедров Иван"): the word before it is a surname, not a town."""
    m = _NEXT_CAP.match(text, pos)
    return (
        m is not None
        and morph.has_tag(m.group("w"), language, "Name")
        and morph.tag_share(m.group("w"), language) >= 0.5
    )


# The first part of a compound settlement name: "Усть-Курдюм", "Верх-Исеть", "Ново-Кедровка" (no surname has one).
_SETTLEMENT_PREFIX = regex.compile(r"(?:Усть|Верх|Верхне|Нижне|Ново|Старо|Мало|Больше)-\p{Lu}")
_TOWN_NOUN = regex.compile(r"(?i)міста|містечка|города|села|селища|посёлка|поселка|станицы|станиці|хутора|деревни")
_NAME_AFTER = regex.compile(r"[ \t]+(?:«|\p{Lu})")
_COUNTRY = frozenset("россии российской федерации рф украины україни беларуси білорусі".split())


def _names_a_place(tail: str, language: str) -> bool:
    """Whether a genitive tail names a town or district ("г. Минусинска", "Кедровского района", "Губкина"), not
    only the country or a national service ("России", "Росгвардии")."""
    if regex.search(rf"(?<![\p{{L}}]){_PLACE_MARKER}|район|округ|громад|област|обл\.|р-н", tail):
        return True
    for w in _WORD.findall(tail):
        if w[:1].isupper() and w.lower() not in _COUNTRY and w.upper() not in _NATIONWIDE and _gent_place(w, language):
            return True
    return False


def _big(word: str) -> bool:
    """A city of half a million or more: it has many offices of a kind, and its name is public ("в Москве")."""
    from redact.recognizers.nlp.places import big_city

    return big_city(word)


def _known_town(word: str) -> bool:
    """A capitalised word the gazetteer or the dictionary knows as a place, in Russian or Ukrainian spelling, and no
    city of half a million or more (a big city has many such offices, and its name is public)."""
    from redact.recognizers.nlp.places import is_known_place

    if not (is_known_place(word, "ru") or is_known_place(word, "uk")):
        return False
    return not _big(word)


# Russian place names speech and the press leave undeclined after a noun ("из Кемерово", "военкомата Енакиево").
_UNDECLINED_ENDINGS = ("ово", "ево", "ёво", "ино", "ыно")


def _gent_place(word: str, language: str) -> bool:
    """A capitalised genitive the dictionary or the gazetteer knows as a place ("Губкина" ← Губкин, "Твери",
    "Губкіна" in Ukrainian, whose dictionary has no place tag)."""
    parses = morph.parses(word, language)[:4]
    if any("Geox" in p.tag.grammemes and ("gent" in p.tag.grammemes or "gen2" in p.tag.grammemes) for p in parses):
        return True
    if language == "ru" and word.endswith(_UNDECLINED_ENDINGS) and any("Geox" in p.tag.grammemes for p in parses):
        return True  # "военкомата Енакиево", "больницы Иваново": speech leaves a place in -ово/-ино undeclined
    if not any("gent" in p.tag.grammemes for p in parses):
        return False
    from redact.recognizers.nlp.places import is_known_place

    return is_known_place(word, language)


def _verb_first(word: str, language: str) -> bool:
    """Whether a lowercase word reads first as a verb ("забрал", "сказали"): it ends a name, never continues it."""
    parses = morph.parses(word, language)
    if not word.islower() or not parses or parses[0].tag.POS not in {"VERB", "INFN"}:
        return False
    # "війни": an imperative the dictionary lists first, as likely the genitive noun it also is
    return not any(p.tag.POS == "NOUN" and "gent" in p.tag.grammemes and p.score >= 0.3 for p in parses)


def _society(word: str, language: str) -> bool:
    """Whether ``word`` is a society ("обществе", "товариства"): local only by its place adjective."""
    return morph.lemma(word, language) in {"общество", "товариство"}


def _plural_noun(word: str, language: str) -> bool:
    """Whether every noun reading of ``word`` is plural ("колониях", "школах"; not "школы", also a singular)."""
    if word.isupper():
        return False
    nouns = [p for p in morph.parses(word, language)[:4] if p.tag.POS == "NOUN"]
    return bool(nouns) and all("plur" in p.tag.grammemes for p in nouns)


def _loct_place(word: str, language: str) -> bool:
    """A capitalised locative the dictionary or the gazetteer knows as a place ("Архангельске", "Лубнах")."""
    parses = morph.parses(word, language)[:4]
    if any("Geox" in p.tag.grammemes and ("loct" in p.tag.grammemes or "loc2" in p.tag.grammemes) for p in parses):
        return True
    if not morph.is_known(word, language) and word.endswith(("ово", "ево", "ёво", "ино", "ыно")):
        return True  # a village left undeclined as speech leaves it: "в Гуево", "в Кедрино"
    if parses and not any("loct" in p.tag.grammemes or "loc2" in p.tag.grammemes for p in parses):
        return False
    if not morph.is_known(word, language) or (language == "uk" and morph.tag_share(word, language) < 0.5):
        return True  # a village the dictionary does not know (the Ukrainian one tags no places): "в Кедрівці"
    from redact.recognizers.nlp.places import is_known_place

    return is_known_place(word, language)


def _field_container(text: str, words: list[Any], start: int, language: str) -> int | None:
    """Where a container noun with its lowercase genitive field ends right before ``start`` begins ("відділенні
    анестезіології", "управлінні соціального захисту населення"), or None."""
    prepositional = _PREP_FIELD.search(text, max(0, start - 140), start)
    if prepositional is not None and morph.lemma(prepositional.group("c"), language) in _CONTAINERS:
        return int(prepositional.start("c"))  # "отдела по делам ГО и ЧС", "відділу у справах сім'ї та молоді"
    before = [w for w in words if w.end() <= start][-(_FIELD_MAX + 1) :]
    cur, fields = start, 0
    for w in reversed(before):
        gap, word = text[w.end() : cur], w.group()
        if gap.strip() or "\n" in gap or not word.islower():
            return None
        if fields and morph.lemma(word, language) in _CONTAINERS:
            return int(w.start())
        if fields == _FIELD_MAX or not _gent_word(word, language) or category(word, language) is not None:
            return None
        if _function_word(word, language):
            # "службу по мобилизации военным комиссариатом": a preposition (that the dictionary also reads as the
            # indeclinable noun "ПО") opens a phrase of the clause, not a container's genitive field
            return None
        fields, cur = fields + 1, w.start()
    return None


_FIELD_MAX = 4
# A container whose field is a prepositional phrase of lowercase words and abbreviations: "отдел по делам ГО и ЧС",
# "департамента по вопросам экологии, охраны труда и гражданской безопасности", "відділ у справах сім'ї та молоді",
# "сектор з питань надзвичайних ситуацій".
_PREP_FIELD = regex.compile(
    r"(?<![\p{L}])(?P<c>\p{Ll}+)\s+(?:по\s+делам|по\s+вопросам|по\s+работе\s+с|у\s+справах|в\s+справах|з\s+питань|із\s+питань)"
    r"(?:,?\s+(?:\p{Ll}[\p{Ll}'’-]*|[А-ЯЁІЇЄҐ]{2,5})){1,10}\s+$",
    regex.V1,
)


def _container_before(text: str, words: list[Any], start: int, language: str) -> int:
    """Extend left over a container noun ("отдел военного комиссариата", "відділенні анестезіології Черкаської
    обласної лікарні") and over leading abbreviations ("ГБУЗ РБ Аскинская ЦРБ", "ФКУ ИК-6")."""
    # a container with its own lowercase genitive field: "відділенні анестезіології", "отделе кадров", and a chain
    # of them ("відділі освіти управління гуманітарної політики Кедрівської міської ради", "управлінні соціального
    # захисту населення Кедрівської РДА"): each container and its field of up to four words joins the span
    chained = _field_container(text, words, start, language)
    if chained is not None:
        while (further := _field_container(text, words, chained, language)) is not None:
            chained = further
        return chained
    before = [w for w in words if w.end() <= start][-3:]
    for w in reversed(before):
        gap = text[w.end() : start]
        if gap.strip(' «"„“') or "\n" in gap:
            break
        word = w.group()
        if word.isupper() and 2 <= len(word) <= 6 and (len(word) <= 3 or category(word, language) is not None):
            start = w.start()
            continue
        if word.islower() and morph.lemma(word, language) in _CONTAINERS:
            start = w.start()
            if (number := _DEPARTMENT_NUMBER.search(text, max(0, start - 8), start)) is not None:
                start = number.start()  # "1 відділом Кедрівського РТЦК та СП"
        break
    return start
