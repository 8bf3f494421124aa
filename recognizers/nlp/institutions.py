"""Institution nouns and abbreviations with their kind (school, employer, council, enlistment office ...).

Shared by the ORGANIZATION recognizer (which decides whether a mention names *one* institution) and the
generalisation that writes an institution as its kind ("a school", "[школа]", "[лікарня]"). Nouns are
matched through their pymorphy3 lemma, so every case form counts; abbreviations are case-sensitive.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.recognizers.nlp import morph

__all__ = ["ABBREVIATIONS", "INSTITUTION_LEMMAS", "category", "institution_kind", "noun_category", "relatives_chat"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*")

# Lemmas of institution nouns (ru and uk; pymorphy3 normal forms). Categories feed generalisation.
INSTITUTION_LEMMAS: dict[str, str] = {
    **dict.fromkeys(
        "школа гимназия гімназія лицей ліцей интернат інтернат школа-интернат школа-інтернат детсад садок "
        "сад заклад колегиум колегіум коллегиум садик садочок дитсадок дитсадочок".split(),
        "school",
    ),
    **dict.fromkeys(
        "колледж коледж техникум технікум политехникум політехнікум училище профлицей профліцей".split(), "college"
    ),
    **dict.fromkeys(
        "университет університет институт інститут академия академія политехника політехніка политех політех "
        "консерватория консерваторія".split(),
        "university",
    ),
    **dict.fromkeys(
        "завод комбинат комбінат фабрика шахта рудник разрез ферма хозяйство господарство агрофирма агрофірма "
        "предприятие підприємство совхоз колхоз колгосп радгосп депо лесхоз лісгосп леспромхоз элеватор елеватор "
        # the hunting and reindeer enterprises of the North, and the family communities of its peoples
        # ("госпромхоза «Кедровский»", "в родовой общине «Кедрач»", "зверосовхоз", "оленеводческий совхоз")
        "госпромхоз промхоз коопзверопромхоз зверосовхоз зверопромхоз "
        "цех рынок ринок агрохолдинг холдинг универмаг універмаг "
        "птицефабрика птахофабрика птахофабрика маслозавод молокозавод цукрозавод сахзавод автобаза автопарк "
        "розріз карьер кар'єр кар’єр лесничество лісництво лесхоз рудоуправление рудоуправління "
        "нефтебаза нафтобаза нефтепромысел объединение об'єднання об’єднання кооператив трест артель "
        "водоканал теплосеть тепломережа горгаз міськгаз облгаз райгаз "
        # a motor convoy a driver works in, by its number: "в автоколонне № 1417", "автоколони №2"
        "автоколонна автоколона "
        # municipal utilities and small workplaces: "Коломийському міськводоканалі", "лісопилці ТОВ «...»"
        "міськводоканал райводоканал горводоканал теплокомуненерго міськтепломережа теплокомунэнерго "
        "лісопилка лісопильня пилорама лесопилка деревообробка "
        "автосервис автосервіс шиномонтаж автомойка автомийка "
        # a garage a man works at or keeps his things in: "в гараже на Липецкой" (not "склад": Ukrainian "у складі
        # загону" is "as part of the detachment")
        "гараж "
        # a railway's local units: a track or power-supply district ("Кандалакшской дистанции электроснабжения",
        # "дистанції колії ПЧ-14")
        "дистанция дистанція "
        # an oil or gas field and a gold mine a man works a shift at: "на Кедровском месторождении", "Кедрівському
        # нафтовому родовищі", "прииске «Кедровый»" (named only by a place adjective or name, like a mine)
        "месторождение родовище прииск".split(),
        "employer",
    ),
    **dict.fromkeys(
        "рада старостат администрация адміністрація райадминистрация райадміністрація дума совет сельсовет "
        "горсовет райсовет поссовет сільрада селищрада міськрада райрада мэрия мерія горисполком міськвиконком "
        "виконком исполком".split(),
        "council",
    ),
    **dict.fromkeys("военкомат військкомат комиссариат комісаріат райвоенкомат".split(), "enlistment"),
    **dict.fromkeys(
        "больница лікарня госпиталь госпіталь шпиталь поликлиника поліклініка медсанчасть санчасть амбулатория "
        "амбулаторія роддом пологовий диспансер "
        # the trauma unit as speech names it: "в травме на Артёма", "у травмпункті на Шевченка"
        "травма травмпункт травматология травматологія".split(),
        "hospital",
    ),
    **dict.fromkeys("морг".split(), "morgue"),
    **dict.fromkeys("библиотека бібліотека".split(), "library"),
    **dict.fromkeys("музей".split(), "museum"),
    **dict.fromkeys(
        "магазин супермаркет гипермаркет гіпермаркет минимаркет мінімаркет аптека гастроном".split(), "shop"
    ),
    **dict.fromkeys(
        "ресторан кафе кофейня кав'ярня кав’ярня столовая їдальня пиццерия піцерія закусочная".split(), "restaurant"
    ),
    # A local office of a public service: "управлении ЖКХ", "Бучанському управлінні ЖКГ", "бюро ... г. Минусинска".
    # Named only with a place adjective, a number or a place after it, like every other head.
    **dict.fromkeys("управление управління бюро".split(), "agency"),
    # a town's military commandant's office, as soldiers and their families name it by the town: "в комендатуре
    # Каховки", "у комендатурі Кедрівки" (a bare head names none). Not the post: "Новою поштою" is a national carrier.
    **dict.fromkeys("комендатура".split(), "agency"),
    # the social-security office as speech names it: "в соцзащиту на Ленина", "у соцзахисті на Шевченка"
    **dict.fromkeys("соцзащита соцзахист собес".split(), "agency"),
    # a local society a man joins or is recruited through: "Кедровском казачьем обществе" (only with its place
    # adjective: a quoted name is as often a national society's)
    **dict.fromkeys("общество товариство".split(), "agency"),
    # the police of a district or town, by the place after it: "в полицию Соль-Илецкого округа", "поліція Кедрівської
    # громади" (a region's is public, like its administration: organization.py)
    **dict.fromkeys("полиция поліція милиция міліція".split(), "police"),
    **dict.fromkeys("колония колонія изолятор ізолятор".split(), "colony"),
    **dict.fromkeys("кладбище кладовище цвинтар погост".split(), "cemetery"),
    **dict.fromkeys(
        "церковь церква храм собор монастырь монастир часовня каплиця мечеть приход парафія".split(), "church"
    ),
    **dict.fromkeys("сквер".split(), "square"),
    # a venue a farewell is held in or a man played for, named by its quoted name or place adjective: "в спорткомплексе
    # «Триумф» с. Кедровка", "на Кедрівському стадіоні"; a village club ("будівлю Кедрівського клубу", "в клубе
    # «Юность»")
    **dict.fromkeys("спорткомплекс стадион стадіон".split(), "stadium"),
    **dict.fromkeys("клуб".split(), "culture"),
    # A local newspaper (it needs a local adjective besides its name: see organization.py). Courts are left out: the
    # corpora's annotators keep a district court as written more often than not (it names the trial, not a home).
    **dict.fromkeys("газета".split(), "media"),
}
# Abbreviations, written in capitals (case-sensitive), with their category.
ABBREVIATIONS: dict[str, str] = {
    **dict.fromkeys(
        "СШ СОШ ООШ НОШ МОУ МБОУ МКОУ МАОУ ГБОУ ГОУ ЗОШ ОШ ЗСШ НВК УВК ЗЗСО ОЗЗСО ЗДО ДНЗ ЗНЗ СЗОШ ЗШ ДЮСШ".split(),
        "school",
    ),
    **dict.fromkeys("ПТУ ПТЛ ВПУ ПТК ПЛ ВПТУ ГПТУ СПТУ".split(), "college"),
    **dict.fromkeys(
        "ООО ОАО ЗАО АО ПАО ТОВ АТ ПАТ ПрАТ ПАТ ТДВ ФГ СФГ ПП ЧП ИП МУП ГУП КП ДП СПК СТОВ АПК ЖЭК ЖЕК".split(),
        "employer",
    ),
    **dict.fromkeys("ЦРБ ЦРЛ ЦМЛ КНП ЦПМСД ГБУЗ ГУЗ ОКБ".split(), "hospital"),
    **dict.fromkeys("ТЦК РТЦК МТЦК ОТЦК ОМТЦК ЦТЦК ТЦКтаСП".split(), "enlistment"),
    # Police of a district or town: "ОМВД России по Чегемскому району", "Бучанське РУП", "ВП № 2".
    **dict.fromkeys("ОМВД УМВД ОВД РОВД ГОВД ГУВД РУВД ОП РУП РВП ВП ГУНП".split(), "police"),
    **dict.fromkeys("ЖКХ ЖКГ КФХ ТзОВ ТЗОВ".split(), "employer"),
    # Ukrainian farms and old company forms: приватне (орендне) сільськогосподарське / агропромислове підприємство,
    # сільськогосподарський виробничий кооператив, колективне сільськогосподарське підприємство, ВАТ / ЗАТ
    **dict.fromkeys("ПСП ПОСП ПАП СГВК СВК КСП СГП ВАТ ЗАТ ТзДВ".split(), "employer"),
    # a sole trader (фізична особа-підприємець, суб'єкт підприємницької діяльності): "ФОП «Кедр»", "ФОП Кедренко"
    **dict.fromkeys("ФОП СПД".split(), "employer"),
    # Russian farms and firms: сельскохозяйственная артель / производственный кооператив, товарищество, federal
    # unitary enterprise, private security company ("СХА «Ононская»", "СХПК «Кедр»", "ЧОП «Барс»")
    **dict.fromkeys("СХА СХПК ТОО ФГУП ЧОП СХП".split(), "employer"),  # (and сельскохозяйственное предприятие)
    **dict.fromkeys("ТЦ ТРЦ ТРК".split(), "shop"),  # a shopping centre: "ТЦ «Кедр»"
    # a roadside workplace: a service or filling station, "СТО «Кедр-Авто»", "АЗС на проспекті ..."
    **dict.fromkeys("СТО АЗС АГЗС".split(), "employer"),
    # a railway's depots and districts by their code and number: "депо ТЧ-5" (локомотивное), "ПЧ-14" (дистанция
    # пути), "ШЧ-3" (сигнализации), "ЭЧ-2" (электроснабжения), "ВЧД-7" (вагонное депо), "НГЧ" (гражданских сооружений)
    **dict.fromkeys("ТЧ ТЧЭ ТЧР ПЧ ШЧ ЭЧ ВЧД ВЧДЭ НГЧ".split(), "employer"),
    # road, building and transport units of a town: "Череповецкое ДСУ N3", "ПМК-12", "АТП № 2"
    **dict.fromkeys("ДСУ ДРСУ СМУ ПМК ДЭП РСУ АТП ПАТП МП ПМС ДРСУ ШУ".split(), "employer"),
    # A town's or village's military administration (the regional ОВА is public, listed in the register).
    # an occupation authority's town or district administration too: "Кедрівської ВГА" (військово-гражданська)
    **dict.fromkeys("МВА СВА ВЦА ВГА".split(), "council"),
    # a district's state or military administration ("Кедрівська РДА", "Кедрівської РВА"; a regional ОДА is public)
    **dict.fromkeys("РДА РВА".split(), "council"),
    **dict.fromkeys("КЗ".split(), "agency"),  # комунальний заклад «...»
    # a town's fire station: "12 ДПРЧ", "ПСЧ № 5" (державна пожежно-рятувальна частина, пожарно-спасательная часть);
    # not a service centre (ЦНАП): a notice sends the public there ("зверніться до Кедрівського ЦНАП"), a public address
    **dict.fromkeys("ДПРЧ ДПРП СДПЧ ПСЧ".split(), "agency"),
    # a town's communal works and housing offices: "Кедрівському ККП", "ЖЕУ № 3"
    **dict.fromkeys("ККП ЖЕУ ЖЭУ".split(), "employer"),
    # (and the police's temporary lockup, where a man is held before the SIZO: "ИВС Кимр", "ІТТ у Кедрівці")
    **dict.fromkeys("ИК ІК ИТК ЛИУ СИЗО СІЗО ЛТП КП ВК ПКТ ИВС ІТТ".split(), "colony"),
    **dict.fromkeys("ДК СДК РДК ЦДК ГДК МДК СБК ЦКД ДДТ ЦДТ ЦДЮТ БДЮТ".split(), "culture"),
    # a Ukrainian house of culture, "БК станиці Кедрової" (named only by its place or name: organization.py)
    **dict.fromkeys("БК".split(), "culture"),
    **dict.fromkeys("ФК ФОК".split(), "sports"),  # a town's football club, sports centre: "ФК «Кедрівка»"
    **dict.fromkeys("ФАП ФП АЗПСМ".split(), "hospital"),
    **dict.fromkeys("ГРЭС ТЭЦ РЭС РЕМ ЛПК ГОК ЦБК ГЗК ЛПУ ДОК ДСК РМЗ МТС НПЗ ГЗК ТЕЦ ТЕС ЛГЗ".split(), "employer"),
    **dict.fromkeys("РВК МВК ОВК ОМВК РВК".split(), "enlistment"),
    **dict.fromkeys("ЦЛ МЛ ОКЛ БСМП ЦМКЛ".split(), "hospital"),
    # a military hospital and the centre that receives the dead, by their number: "1602 ВКГ", "522 ЦПООП"
    **dict.fromkeys("ВКГ ОВКГ ГВКГ".split(), "hospital"),
    **dict.fromkeys("ЦПООП".split(), "morgue"),
    **dict.fromkeys("СМЕ БСМЕ СМЭ БСМЭ".split(), "morgue"),
    **dict.fromkeys("ДПТНЗ ПТНЗ ДНЗ ЗВО".split(), "college"),
    **dict.fromkeys("ПУ".split(), "college"),
    # a registry office: "отдел ЗАГС Кедровского района", "Кедровський відділ ДРАЦС" ("загсе": see category)
    **dict.fromkeys("ЗАГС РАЦС ДРАЦС".split(), "registry"),
}
ABBREVIATIONS["КП"] = "employer"
ABBREVIATIONS["ВК"] = "enlistment"  # военный комиссариат; a juvenile colony (ВК) is rarer in these stories

_RECRUITMENT = regex.compile(r"\s+комплектуван|\s+комплектован")
_SELECTION = regex.compile(r"\s+(?:отбора|відбору|набора|набору|призыва|призову)\b")
_FORENSIC = regex.compile(r"\s+(?:судебно-медицин|судово-медичн|судмед|СМЭ|СМЕ)")
# (and the police's guard service: "отдел вневедомственной охраны", "відділ поліції охорони", "позавідомчої охорони")
_POLICE = regex.compile(
    r"\s+(?:полиции|поліції|милиции|міліції|МВД|УМВД|ОМВД|ГУВД|вневедомственной\s+охраны|позавідомчої\s+охорони)"
    r"(?![\p{L}-])"
)
_PENAL = regex.compile(r"\s+(?:виконання\s+покаран|исполнения\s+наказан|ИК|ІК|СИЗО|СІЗО)")
# Words after "центр" that make it a place in a town, not an institution: "в центре города", "центр внимания".
_CENTRE_NOT = frozenset(
    "город місто село селище поселок посёлок район область столица столиця деревня станица событие подія "
    "внимание увага страна країна мир світ площадь площа улица вулиця тяжесть тяжіння".split()
)
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}[\p{L}'’-]+)")


def _centre(follow: str, language: str) -> str | None:
    """ "центр" names an institution when a lowercase genitive names what it does ("Центре занятости населения",
    "центр соціальних служб"), not a place in a town ("в центре города")."""
    if _RECRUITMENT.match(follow):
        return "enlistment"  # "територіальний центр комплектування", "районного ТЦК"
    m = _NEXT_WORD.match(follow)
    if m is None:
        return None
    for p in morph.parses(m.group(1), language)[:3]:
        if p.tag.POS in ("NOUN", "ADJF") and ("gent" in p.tag.grammemes or "plur" in p.tag.grammemes):
            if str(p.normal_form) in _CENTRE_NOT:
                return None
            return "agency"
    return None


# Abbreviations shaped like a university's that name a weapon: "САУ «Мста-С»" (самохідна артилерійська установка).
_WEAPONS = frozenset({"САУ"})
_POWER_GRID = regex.compile(r"\s+(?:електричних\s+мереж|электрических\s+сетей)")
_REGISTRY = regex.compile(r"^(?:загс|рацс|драцс)(?:а|е|у|ом|і|ові)?$")
_CULTURE = regex.compile(r"\s+(?:культур|творчеств|школьник|детск|дитяч)")
_UNI_ABBR = regex.compile(
    r"^[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґ]{0,4}(?:НУ|ДУ|ТУ|ПУ|ГУ|НТУ|ДАУ|НАУ|АУ|СХА|ГМА|ГПА|МА|ГАУ|ГМУ|ГПИ|ГПІ)$"
)
# Russian state and municipal institutions by their legal form: МБОУ, МБДОУ, ГБПОУ, ФГБОУ, ГБУЗ, МКУК, ГКУ, ФКУ ...
# (Federal / State / Municipal / Private + Budget / Kazённое / Autonomous + Pre-school / Professional / General
# + Education + Institution, + a field: Health, Culture, Social service).
_LEGAL_FORM = regex.compile(
    r"^(?:ФГ|Г|М|Ч|Н|АН|ОГ|КГ|Ф)(?P<fund>Б|К|А)?(?P<field>ДО|ПО|О|СО|Д|П)?У(?P<sector>ДО|З|К|СО|СОН|СЗН|С)?$"
)
# An abbreviation with a case ending written on: "на Гайском ГОКе", "Лебединского ГОКа", "в СИЗО" stays as is.
_INFLECTED_ABBR = regex.compile(r"^(?P<a>[А-ЯЁІЇЄҐ]{2,6})(?:а|у|е|ом|ом|і|ові|ем|ой|ы)$")


def _legal_form(word: str) -> str | None:
    m = _LEGAL_FORM.match(word)
    if m is None or len(word) < 3:
        return None
    field, sector = m.group("field") or "", m.group("sector") or ""
    if sector == "З":
        return "hospital"
    if sector == "К":
        return "culture"
    if field == "ДО" or field == "Д":
        return "school"  # a kindergarten
    if field == "ПО" or field == "П":
        return "college"
    if field == "О" and sector != "ДО":
        return "school"
    return "agency"


def category(word: str, language: str, follow: str | None = None) -> str | None:
    """The institution category of ``word`` (an abbreviation or a noun lemma), or None."""
    if word == "МО" and follow is not None and follow.startswith(" МВД"):
        return "police"  # "МО МВД России «Кедровский»": a police department serving several districts
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if _UNI_ABBR.match(word) and word not in _WEAPONS:
        return "university"  # КрНУ, ХНУ, ДонНТУ, ЧДТУ, ГСХА
    legal = _legal_form(word) if word.isupper() else None
    if legal is not None:
        return legal
    inflected = _INFLECTED_ABBR.match(word)
    if inflected and inflected.group("a") in ABBREVIATIONS:
        return ABBREVIATIONS[inflected.group("a")]
    if not word[:1].islower() and not word[:1].isupper():
        return None
    if len(word) < 3:
        return None
    if follow is not None and word.lower().startswith(("дом", "будин", "палац")) and _CULTURE.match(follow):
        return "culture"
    low = word.lower()
    if low.startswith("пункт") and follow is not None and _SELECTION.match(follow):
        return "enlistment"  # "пункт отбора на военную службу по контракту", "пункт відбору"
    if low.startswith(("отдел", "відділ")) and follow is not None and _POLICE.match(follow):
        return "police"  # "отдел полиции № 3", "відділення поліції"
    if low.startswith(("учрежден", "установ")) and follow is not None and _PENAL.match(follow):
        return "colony"  # "установа виконання покарань № 23", "учреждение ИК-2"
    if _REGISTRY.match(low):
        return "registry"  # "в Кедровском загсе": the dictionary tags it an abbreviation, any case
    if low == "бюро" and follow is not None and _FORENSIC.match(follow):
        return "morgue"  # "бюро судебно-медицинской экспертизы", "бюро СМЭ"
    if low.startswith(("отделени", "відділенн")) and follow is not None and _FORENSIC.match(follow):
        return "morgue"  # "Кедровское районное отделение СМЭ", "відділення судово-медичної експертизи"
    if low.startswith("район") and follow is not None and _POWER_GRID.match(follow):
        return "employer"  # "району електричних мереж", "районе электрических сетей": a grid company's district (РЕМ)
    if low.startswith("центр") and follow is not None:
        return _centre(follow, language)
    cat = noun_category(word, language)
    if cat is None and "-" in word:
        first = word.split("-")[0]
        if len(first) >= 3:
            cat = noun_category(first, language)  # "ліцей-інтернат", "школа-гімназія", "завод-втуз"
    return cat


@lru_cache(maxsize=100_000)
def noun_category(word: str, language: str) -> str | None:
    """The institution category of a noun through its pymorphy3 lemmas (cached: called for every word); None in a
    language without a morphological dictionary."""
    if language not in morph.MORPH_LANGUAGES:
        return None
    for p in morph.parses(word, language):
        if p.tag.POS == "NOUN" and "Abbr" not in p.tag.grammemes:
            lem = str(p.normal_form)
            cat = INSTITUTION_LEMMAS.get(lem)
            if cat is not None:
                return cat
            for tail in _COMPOUND_TAILS:
                if lem.endswith(tail) and len(lem) > len(tail) + 2:
                    return INSTITUTION_LEMMAS[tail]  # пивзавод, райвоенкомат, птахофабрика
    return None


_COMPOUND_TAILS = (
    "завод",
    "комбинат",
    "фабрика",
    "военкомат",
    "військкомат",
    "больница",
    "лікарня",
    "хозяйство",
    "диспансер",  # онкодиспансер, тубдиспансер, наркодиспансер
    "администрация",  # горадминистрация, райадминистрация
    "адміністрація",
    "магазин",  # универмаг is listed; "автомагазин"
    "предприятие",  # агропредприятие, госпредприятие
    "исполком",  # райисполком, горисполком
    "виконком",  # райвиконком
    "підприємство",  # агропідприємство
    "водоканал",  # міськводоканал, райводоканал
    "комуненерго",  # теплокомуненерго
    "колледж",  # сельхозколледж, медколледж, педколледж
    "коледж",
    "техникум",  # сельхозтехникум, автотехникум
    "технікум",
    "училище",  # медучилище, педучилище
    "институт",  # пединститут, сельхозинститут
    "інститут",
)


def institution_kind(text: str, language: str) -> str:
    """The category of the institution named in ``text`` (its first institution word), "chat" for a relatives' chat
    by its name ("Жёны 1-го батальона | Кедровск"), or "" when none."""
    for m in _WORD.finditer(text):
        cat = category(m.group(), language, text[m.end() : m.end() + 24])
        if cat is not None:
            return cat
    return "chat" if relatives_chat(text) else ""


# The first word of a relatives' chat: who writes in it, or what they wait for.
_RELATIVES = frozenset(
    """
    жёны жены жена жінки жінка дружини дружина родные родня родственники родственницы рідні родичі мамы мамочки
    матери мами матусі матері сёстры сестры сестри семьи сім'ї сім’ї ждём ждем ждёмдомой чекаємо ждущие
    """.split()
)
_FIRST_WORD = regex.compile(r"[\p{L}][\p{L}'’]*")
# A unit inside the name: "в/ч 12721", "1231 полка", "1-го батальона", "252-го", "2 роти", "128 бригади", "1-го МСБ".
_UNIT_IN_NAME = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:в/ч\s*\d{3,5}"
    r"|\d{1,4}(?:\s?-\s?(?:го|й|ї|ої|ого|ий|ої))?\s+(?:[\p{Ll}-]+\s+)?"
    r"(?:(?:полк|батальон|батальйон|бригад|рот|дивизи|дивізі|отряд|загін|загон)\p{L}*"
    r"|(?-i:МСБ|МСП|ОМСБр|ОМСП|ОМСБ|ДШБ|ДШП|ОШБ|ОМБр|ОБр|ОМПБр|ОДШБр|БТГр|ТБ|ПДП|МСР)(?![\p{L}]))"
    r"|\d{1,4}\s?-\s?(?:го|ї|ої)(?![\p{L}\d]))",
    regex.V1,
)


# Words that make a chat a town's group of soldiers' families anywhere in its name ("Мобики Арзамас | родные",
# "Кедровск — наши в СВО"), and the first words of a town's gossip public ("Подслушано Ковров", "Типичный Кедровск").
_FAMILIES = _RELATIVES | frozenset(
    """мобики мобіки мобилизованные мобилизованных мобілізовані мобілізованих наши наші сво""".split()
)
_TOWN_PUBLIC = frozenset("подслушано підслухано подслушка типичный типичная типовий типовий інцидент инцидент".split())
_CALL_UP_DATE = regex.compile(r"(?<![\d.])\d{1,2}\.\d{2}(?:\.\d{2,4})?(?![\d.])")
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*")


def relatives_chat(name: str) -> bool:
    """Whether a quoted chat name says whose it is: a relatives' first word with a town or number after it ("Ждём
    наших 🙏 Кедровск"; not the nationwide "Жёны мобилизованных"), or a unit designation inside; or a town's own
    families' chat or gossip public, a families' or public's word anywhere and a town or village no big city
    ("Мобики Арзамас | родные", "Тверские жёны 27.09", "Кедровск — наши в СВО", "Подслушано Ковров"; not "Томск —
    поддержка семей СВО", a city's, nor "Жёны мобилизованных России")."""
    first = _FIRST_WORD.search(name)
    if first is not None and first.group().lower() in _RELATIVES:
        rest = name[first.end() :]
        if regex.search(r"\d|(?<![\p{L}'’-])\p{Lu}", rest):
            return True
    if _UNIT_IN_NAME.search(name) is not None:
        return True
    words = [m.group() for m in _NAME_WORD.finditer(name)]
    if not words:
        return False
    cue = words[0].lower() in _TOWN_PUBLIC or any(w.lower() in _FAMILIES for w in words)
    if cue and any(w.lower() in _FAMILIES for w in words) and _CALL_UP_DATE.search(name):
        return True  # "Тверские жёны 27.09": the day a town's men were called up
    return cue and any(_small_place(w) for w in words if w[:1].isupper() and w.lower() not in _FAMILIES | _TOWN_PUBLIC)


def _small_place(word: str) -> bool:
    """A town, village or its adjective in a chat's name, no big city, region or country ("Ковров", "Тверские";
    not "Томск", "России", "Курской")."""
    from redact.recognizers.nlp.demonyms import COUNTRIES
    from redact.recognizers.nlp.places import big_city, is_known_place, region_word

    if word.isupper() or big_city(word):
        return False
    lemmas = {word.lower(), *(lem.lower() for lem in morph.lemmas(word, "ru"))}
    if lemmas & COUNTRIES or any(region_word(lem) and not lem.endswith(("ие", "ия")) for lem in lemmas):
        return False
    if any(lem.endswith(("ский", "цкий", "ские", "цкие")) for lem in lemmas):
        from redact.recognizers.nlp.demonyms import place_from_stem

        return any(
            bool(place_from_stem(lem[:-4], "ский", towns_only=True)) for lem in lemmas if lem.endswith(("ский", "цкий"))
        )
    return is_known_place(word, "ru") or is_known_place(word, "uk") or not morph.is_known(word, "ru")
