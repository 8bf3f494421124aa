"""Russian and Ukrainian places in every case: settlements, regions, colonies, home-town words.

What it matches (each rule generalises over a word class, not over a list of sentences):

* **settlement markers** followed by capitalised words — г./город, село/с., р.п.,
  деревня/д., посёлок/пос./п., пгт, станица, хутор/х., аул, улус/у.; Ukrainian м.,
  місто, село, селище, смт — a village unknown to every gazetteer after
  "село" is still a place ("в селе Сосновый Лог"); a regional type word is part
  of the span ("станица Вёшенская"), a common one is not ("с. [Лісове]");
* **a village before its unit** with no type word, in the genitive chain of a record ("житель Кедрівки
  Кедрівського району", "уроженка Кедровки Кедровского сельсовета"), and a numbered village's ordinal
  ("д. Кедровка 2-я", "с. 1-е Кедровое");
* **regions**: "Саратовской области", "Забайкальского края", "Шегарского
  района", "Республика Бурятия", and the -щина/-чина forms (Тернопільщини,
  Белгородчина);
* (street addresses are :mod:`redact.recognizers.street_address`, the one address grammar);
* **penal colonies** and detention centres: ИК-6, СИЗО-1, колония № 3;
* **known places** — a capitalised word whose lemma is in the shared place
  gazetteer or is Geox-dominant in pymorphy3 (``is_known_place``), and
  **toponym-shaped** words (-овка, -ино, -ово, -ск, -град, -івка …) after a
  place preposition (в, из, с, под, до, у; з, під, біля): "из Кедровки";
* **home-town words**: adjectives and demonyms derived from a place
  (саратовский, уфимец, москвич) when the place they come from is known.

Never a place: a person's noun in -щина (Женщина, Мужчина), a country's adjective or people (Украинская,
россиян), a feast day after "на" (на Великдень), a dictionary noun after a preposition (на Родину).

Known false positive: a capitalised toponym-shaped surname after "у"
("у Петровки") is read as a place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.demonyms import COUNTRIES
from redact.recognizers.nlp.gazetteer import given_name_forms, given_name_with, is_given_name
from redact.recognizers.nlp.places import (
    MOURNING_COLLECTIVE,
    MOURNING_SUBJECT_AFTER,
    big_city,
    given_name_and_surname,
    is_known_place,
    listed_place,
    region_word,
    russian_spelling,
)
from redact.recognizers.nlp.ranks import HONORIFIC_PERSON_LEMMAS
from redact.recognizers.nlp.sentences import sentence_initial

__all__ = ["RuLocationRecognizer"]

_CAP = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-Яа-яЁёІіЇїЄєҐґ'’]+)*"
_NAME = rf"{_CAP}(?:\s+{_CAP})?"
_POSTCODE_TAIL = regex.compile(r"-\d")
# Town and city markers: the span is the name ("г. [Кедрогорск]"): a public city must stay recognisable to the register.
_MARKERS = (
    r"(?:н\.\s?п\.|г\.|гор\.|город(?:а|е|ом|у)?|м\.|міст(?:о|а|і|ом)|містечк(?:о|а|у|і)|райцентр(?:а|е)?|"
    r"районн(?:ый|ого|ом) центр(?:а|е)?)"
)
# Settlement-type words below the town stay outside the span, the common ones (село, с., деревня, посёлок, п., пгт,
# смт, селище: "с. [Кедрівка]") and the regional ones alike (станица, хутор, х., аул, улус, у., кишлак, заимка:
# "хуторе [Малая Грушевка]", "у. [Кижинга]"): a kind of place, a plain word of the sentence; the name is withheld.
_SETTLEMENT = (
    r"(?:сел(?:о|а|е|у|ом|і)|с\.|деревн(?:я|и|е|ю|ей)|сел[ауе]\s+(?:городского|міського)\s+типу|дер\.|д\.|"
    r"пос(?:[её]л(?:ок|ка|ке|ком|ку))?\.?|пгт\.?|рп\.?|р\.\s?п\.|селищ(?:е|а|і|у|ем)|смт\.?|с-ще|слобод(?:а|ы|е|у|і)|"
    r"поселок|посёлок|селени(?:е|я|и|ю)|выселк(?:и|ах|ов)|висілк(?:и|ах|ів)|урочищ(?:е|а|і))"
)
_SETTLEMENT_REGIONAL = (
    r"(?:станиц(?:а|ы|е|у|ей|і|ю|ею)|ст-ц[аеы]|ст-ці|ст\.|хутор(?:а|е|у|ом|і)?|х\.|аул(?:а|е|у|ом|і)?|"
    r"улус(?:а|е|у|ом|і)?|у\.|кишлак(?:а|е)?|заимк(?:а|и|е|у))"
)
_REGION_ADJ = (
    # a hyphenated name takes a capital after its hyphen too: "Бай-Тайгинского", "Мегино-Кангаласском"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*)?"
    r"(?<=[а-яёіїєґ'’])(?:ск|цк|ськ|цьк|ов|ин|ев)(?:ой|ая|ую|ий|ого|ому|ом|ым|ое|ої|а|у|ій|ої|ому|ім|ий|им|і)"
)
_REGION_NOUN = (
    r"(?:област(?:ь|и|ью|і|ю)|обл\.|кра(?:й|я|ю|ем|е)|район(?:а|е|у|ом)?|р-н(?:а|е)?|р-ну|округ(?:а|е|у)?|"
    r"автономн(?:ый|ого|ом) округ(?:а|е)?|республик(?:а|и|е|у|ой)|губерни(?:я|и|ю)"
    # Tuva's district, the кожуун ("Бай-Тайгинского кожууна"), and Yakutia's and Buryatia's улус
    r"|кожуун(?:а|е|у|ом)?|улус(?:а|е|у|ом)?)"
)
# A settlement's name: one or two capitalised words, the second not the adjective of a region after it
# ("с. Кнеже Хабаровського краю" is the village Кнеже in Хабаровский край).
_UNIT_AFTER = (
    rf"(?:{_REGION_NOUN}|громад\w*|ОТГ|ТГ|МТГ|СТГ|(?:міськ|сільськ|селищн|територіальн|городск|сельск)\w*)(?!\w)"
)
# The second word is never the region's own noun: "с. Кижинга Республіки Бурятія" is Кижинга in Buryatia.
_NOT_SECOND = rf"(?!(?i:{_REGION_NOUN}|республік\w*)(?![\w'’-]))"
_PLACE_NAME = rf"{_CAP}(?:\s+{_NOT_SECOND}{_CAP}(?![\w'’-])(?!\s+(?i:{_UNIT_AFTER})))?"
# A numbered village: the ordinal after its name or before it ("д. Кедровка 2-я", "с. 1-е Кедровое"), never an ordinal
# that opens a phrase of its own ("в д. Кедровка 5-й год": a lower-case word after it).
_ORDINAL = r"\d{1,2}-?(?:я|й|е|ая|ое|ий|ый|ой|а|ша|га|ге|гий)(?![\w-])"
_NUMBERED = rf"(?:{_ORDINAL}[ \t]+)?(?P<n>{_PLACE_NAME})(?:[ \t]+{_ORDINAL}(?![ \t]+\p{{Ll}}))?"
_PATTERNS: list[tuple[str, Any, float]] = [
    (
        "enlistment-office",
        regex.compile(rf"(?<!\w)(?P<v>{_REGION_ADJ})\s+(?:(?:районн|городск|областн)\w+\s+)?(?i:военкомат\w*|ТЦК)"),
        0.8,
    ),
    # "1990 г. Многие ...": г. after a number is the year, not a town.
    ("marker", regex.compile(rf"(?<![\w.])(?<!\d\s?)(?i:{_MARKERS})\s*(?P<v>(?P<n>{_PLACE_NAME}))"), 0.85),
    ("settlement", regex.compile(rf"(?<![\w.])(?i:{_SETTLEMENT})\s*(?P<v>{_NUMBERED})"), 0.92),
    ("settlement", regex.compile(rf"(?<![\w.])(?i:{_SETTLEMENT_REGIONAL})\s*(?P<v>{_NUMBERED})"), 0.92),
    # "п." is посёлок before a place name, but also пункт or (uk) пан: the name must not read as a person's.
    # "н. п." (населённый пункт) is the front-line report's word for a public place: a marker, name only.
    # A numbered one keeps its ordinal: "п. Бригадировка 2-я".
    (
        "settlement-p",
        regex.compile(rf"(?<![\w.])(?<!н\.\s?)[пП]\.\s*(?P<v>(?P<n>{_CAP})(?:[ \t]+{_ORDINAL}(?![ \t]+\p{{Ll}}))?)"),
        0.85,
    ),
    ("region", regex.compile(rf"(?<!\w)(?P<v>{_REGION_ADJ}(?:\s+{_REGION_ADJ})?\s+(?i:{_REGION_NOUN}))(?!\w)"), 0.85),
    ("republic", regex.compile(rf"(?<!\w)(?P<v>(?i:республик(?:а|и|е|у|ой))\s+{_NAME})"), 0.85),
    # The occupied "republics" are where a recruit was mobilised from, as identifying as an oblast.
    ("dnr", regex.compile(r"(?<![\w-])(?P<v>ДНР|ЛНР|ДНР-овск\w*|ЛНР-овск\w*)(?![\w-])"), 0.7),
    ("shchyna", regex.compile(r"(?<!\w)(?P<v>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:щин|чин)(?:а|и|е|у|ой|і|ою|ї))(?!\w)"), 0.8),
    (
        "colony",
        regex.compile(r"(?<!\w)(?P<v>(?:ИК|ІК|ИТК|ЛИУ|СИЗО|СІЗО|ЛТП|КП|ВК|ФКУ\s+ИК|ПКТ|ЛПУ)[-\s]?№?\s?\d{1,3})(?!\d)"),
        0.85,
    ),
    (
        "colony-word",
        regex.compile(r"(?<!\w)(?P<v>(?i:колони(?:я|и|ю|ей|ї)|исправительн\w+\s+колони\w+)\s*№\s*\d{1,3})"),
        0.85,
    ),
]
# The suffixes of a village's name in any case (Кедрівки, Кедрополя), whatever common word shares the form.
_VILLAGE_SUFFIX = regex.compile(
    r"(?:(?:овк|евк|ёвк|івк|ївк)(?:а|и|е|у|і|ой|ою|ці)|(?:град|поль|піль)\p{Ll}{0,3}|пол(?:я|ю|і|ем))$"
)
# A capitalised word right before a district's or a hromada's genitive: the settlement that lies in it.
_BEFORE_UNIT = regex.compile(
    rf"(?<![\w.-])(?P<v>{_CAP})[ \t]+(?={_REGION_ADJ}[ \t]+"
    r"(?:(?:сільськ|селищн|міськ|територіальн|об['’ʼ]єднан|сельск|городск|муниципальн|старостинськ)\w*[ \t]+){0,2}"
    r"(?:району|района|р-ну|р-на|громади|громады|ОТГ|ТГ|МТГ|сільради|сельсовета|ради|округу|округа|поселения|"
    r"кожууна|улуса)(?![\w-]))"
)
# Words that name a person's home place right after them (with a preposition or in the genitive).
_HOME_CUE = regex.compile(
    r"(?<![\p{L}-])(?:уроженц\p{L}*|уроженк\p{L}*|уроженец|выходц\p{L}*|выходец|жител\p{L}*|жительниц\p{L}*"
    r"|проживающ\p{L}*|проживавш\p{L}*|проживал\p{L}*|проживает|живущ\p{L}*|жил[аи]?|родом|родил\p{L}*"
    r"|вернул\p{L}*|переехал\p{L}*|похорон\p{L}*|уродженц\p{L}*|уродженець|уродженк\p{L}*|мешкан\p{L}*"
    r"|мешка\p{L}*|проживав\p{L}*|народи\p{L}*|повернув\p{L}*|переїха\p{L}*)"
    r"(?:\s+(?:домой|додому|в\s+родн\p{L}+|у\s+рідн\p{L}+))?(?:\s+(?:в|во|из|изо|с|со|у|з|із|зі|до))?\s+$",
    regex.V1 | regex.IGNORECASE,
)
# Prepositions that put a following capitalised word in place position.
_PLACE_PREP = regex.compile(
    r"(?<!\w)(?i:в|во|из|изо|с|со|под|подо|до|у|около|возле|близ|из-под|через|под|за|на|з|зі|із|під|біля|поблизу|коло)\s+$"
)
_PROPER = frozenset({"Geox", "Surn", "Name", "Patr"})
# The prepositions of home and origin before a lower-case town in a chat.
_LOWER_PLACE_PREP = regex.compile(r"(?<!\w)(?:в|во|из|изо|с|со|под|до|к|у|возле|около)\s+$")
_TOPONYM = regex.compile(
    r"^[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:овк|евк|ёвк|івк|ївк|инк|ск|цк|ськ|цьк|град|город|поль|піль|бург|горск|"
    r"ин|ын|ов|ев|ёв|ове|ине|ево|ово|ино|ыно|ное|ный|ная|ное|ище|иха|ець|ево|ичи|ка)"
    r"(?:а|и|е|у|ой|ою|ом|ым|ым|і|ої|ці|ку|ки|ке|кой|ого|ому|ем|ий|ій|о|ы|ах|ям|ів|я|ю|ой)?$"
)
# A whole word: a capitalised part of a camel-cased brand ("ТікТок", "КамАЗі", "ВКонтакте") is no place.
_TOKEN = regex.compile(r"(?<!\p{L})[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-Яа-яЁёІіЇїЄєҐґ'’]+)*(?!\p{L})")
_LOWER = regex.compile(r"(?<![\w-])[а-яёіїєґ][а-яёіїєґ'’]{4,}(?![\w-])")
# Adjectives that name a country, an army or nothing local.
_NOT_HOMETOWN = frozenset(
    """
    русский российский украинский советский белорусский московский английский американский немецкий польский
    европейский казахский грузинский армянский киевский донецкий луганский херсонский запорожский харьковский
    бахмутский курский белгородский военный городской сельский морской детский мужской женский вражеский
    братский человеческий отцовский материнский дружеский солдатский офицерский народный азовский крымский
    чеченский вагнеровский штурмовой донбасский московский питерский український російський київський
    харківський донецький луганський херсонський запорізький міський сільський військовий житель мешканець
    громадянин громадянка гражданин гражданка горожанин містянин селянин односельчанин
    уродженець уроженец немец росіянин українець украинец білорус белорус казах грузин боец отец молодец
    конец купец певец гонец образец хитрец наглец мертвец храбрец удалец кузнец
    """.split()
)


def _homonym_place(word: str, language: str) -> bool:
    """A settlement the gazetteer lists only under a name it flags as also an ordinary word (Ключи, Горки,
    Пески), in any case form: the surface or a lemma of the word, title-cased."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    gaz = place_gazetteer()
    if morph.tag_share(word, language, frozenset({"Name", "Patr"})) >= 0.5:
        return False  # "жил у Петра": a given name after the cue is a person
    forms = {word, *(morph.match_case(lem, word) for lem in morph.lemmas(word, language))}
    for p in morph.parses(word, language)[:4]:
        plural = p.inflect({"plur", "nomn"}) if p.tag.POS == "NOUN" else None
        if plural is not None:
            forms.add(morph.match_case(str(plural.word), word))  # "Ключей" → Ключи, "Песков" → Пески
    for form in forms:
        entries = gaz.get(form)
        if entries and any(e.kind in {"city", "town", "village"} for e in entries):
            return True
    return False


def _given_name_here(text: str, start: int, word: str) -> bool:
    """Whether a known place's word is a given name as written (Володимир, Богдан, Ярослав), with no home cue
    before it: the Ukrainian dictionary tags these names as plain nouns, so the gazetteer's town would win."""
    if word.casefold() not in given_name_forms():
        return False
    return not _HOME_CUE.search(text, max(0, start - 40), start)


_SURNAME_NEXT = regex.compile(
    r"[ \t]+\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ко|ук|юк|чук|ський|цький|ский|цкий|ая|ова|ева|ина)(?![\w-])"
)
_PATRONYMIC_NEXT = regex.compile(r"[ \t]+\p{Lu}\p{Ll}+(?:ович|евич|йович|івна|ївна|овна|евна|ична|ічна)(?![\w-])")


def _before_a_full_name(text: str, start: int, end: int) -> int:
    """Where a settlement's name ends when a man's given name and patronymic (or a surname-shaped word) follow it:
    "мешканець села Сокиринці Дмитро Андрійович Гончарук" names the village, then the man. The last word, a given
    name with a patronymic or surname after it, is his; the end otherwise stays where it was."""
    cut = text.rfind(" ", start, end)
    if cut <= start:
        return end
    last = text[cut + 1 : end]
    if is_given_name(last, "uk") and (_PATRONYMIC_NEXT.match(text, end) or _SURNAME_NEXT.match(text, end)):
        return cut  # "житель станицы Кедровской Владимир Ткачёв": the stanitsa, then the man
    return end


def _given_pair(name: str, language: str) -> bool:
    """A two-word name after a settlement word that is a given name and a surname ("Богдан Кравець")."""
    words = name.split()
    return len(words) == 2 and given_name_and_surname(words[0], words[1], language)


# Landform nouns that name settlements with an adjective before them (Осиновый Лог, Сухая Балка, Красный Лиман).
_LANDFORMS = frozenset(
    """лог балка яр лиман поляна роща брод ключ гора бор луг камень глина лука поле пруд озеро река курган овраг
    долина вода ручей колодец берег остров могила гай рог сопка дол затон кут байрак бугор горка криница
    ставок річка гора поле луг гай кут байрак горб долина""".split()
)
_NEXT_CAP = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}'’ʼ-]{2,})(?![\w-])")


def _agree(adjective: str, noun: str, language: str) -> bool:
    """Whether ``adjective`` (a full adjective reading) agrees in case and number with a noun reading of ``noun``
    that is no given name ("Осинового Лога", not "Осинового Петра")."""
    adj = [p.tag for p in morph.parses(adjective, language) if p.tag.POS == "ADJF"]
    nouns = [p.tag for p in morph.parses(noun, language) if p.tag.POS == "NOUN"]
    if not adj or not nouns or morph.tag_share(noun, language, frozenset({"Name", "Patr"})) > 0:
        return False
    # The noun names a landform or is itself a place ("Лог", "Балка", "Лиман", "Глина"), not an institution
    # or a thing ("в Красный Крест" is the Red Cross).
    if morph.is_known(noun.lower(), language) and not (
        morph.has_tag(noun, language, "Geox") or morph.lemmas(noun, language) & _LANDFORMS
    ):
        return False
    return any(a.case == n.case and a.number == n.number for a in adj for n in nouns)


class RuLocationRecognizer(SingleEntityRecognizer):
    """LOCATION in Russian/Ukrainian: markers, regions, addresses, colonies, known and toponym-shaped places."""

    LANGUAGES = ("ru", "uk")
    ENTITIES = ["LOCATION"]
    KNOWN_SCORE = 0.8
    SHAPE_SCORE = 0.65
    HOMETOWN_SCORE = 0.6
    AGAIN_SCORE = 0.88
    # A two-word gazetteer place outranks the given-name-plus-surname reading of the pair ("Малій Вільшанці").
    PHRASE_SCORE = 0.92

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every place the rules above find."""
        if "LOCATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        named: set[str] = set()
        for name, pat, score in _PATTERNS:
            for m in pat.finditer(text):
                if name == "settlement-p" and morph.tag_share(m.group("n"), self.supported_language) >= 0.5:
                    continue
                if name == "shchyna" and _person_noun(m.group("v"), self.supported_language):
                    continue  # "Женщина", "Мужчина": a person, not a region in -щина
                if "n" in pat.groupindex and not _name_shaped_phrase(m.group("n"), self.supported_language):
                    continue  # "с. Многие", "п. Передай": a pronoun or a verb after an abbreviation ends a sentence
                if name in {"settlement", "marker"} and _given_pair(m.group("n"), self.supported_language):
                    continue  # "староста села Богдан Кравець": the village was named before; this is its headman
                if name == "republic" and _given_pair(m.group("v").split(maxsplit=1)[1], self.supported_language):
                    continue  # "Глава республики Владислав Ховалыг": the republic was named before; this is its head
                if "v" in pat.groupindex and m.group("v"):
                    start, end = m.span("v")
                else:
                    start, end = m.span()
                if name in {"settlement", "marker"}:
                    end = _before_a_full_name(text, start, end)  # "мешканець села Сокиринці Дмитро Андрійович ..."
                out.append(self._result(start, end, score, name))
                if name in {"settlement", "settlement-p", "marker"} and " " not in m.group("n"):
                    named.add(m.group("n"))
        out.extend(self._named_again(text, named))
        out.extend(self._words(text))
        out.extend(self._phrases(text))
        out.extend(self._hometown(text))
        out.extend(self._lowercase_towns(text))
        out.extend(self._before_a_unit(text))
        return out

    def _before_a_unit(self, text: str) -> list[RecognizerResult]:
        """A settlement named with no type word before the district or hromada it lies in, in the genitive ("житель
        Кедрівки Кедрівського району", "уроженка Кедровки Кедровского сельсовета"): a toponym-shaped or known place
        word, no person's name and no common word ("Голова Кедрівської громади" is its head)."""
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _BEFORE_UNIT.finditer(text):
            word = m.group("v")
            if morph.tag_share(word, lang) >= 0.5 or _country_word(word, lang):
                continue
            if _common_word(word, lang) and not _VILLAGE_SUFFIX.search(word):
                continue  # "Голова Кедрівської громади"; a village in -івка stays one whatever bird shares its name
            if _TOPONYM.match(word) or _VILLAGE_SUFFIX.search(word) or is_known_place(word, lang):
                out.append(self._result(m.start("v"), m.end("v"), self.SHAPE_SCORE, "settlement before its unit"))
        return out

    def _lowercase_towns(self, text: str) -> list[RecognizerResult]:
        """A town written in lower case after a place preposition, as chats write it ("лена из зернограда", "мы с
        ульяновска", "в кирове"): every dictionary reading of the word is a proper name, one a place's, so no common
        word is taken ("в орле", "в мире")."""
        if self.supported_language != "ru":
            return []  # the Ukrainian dictionary tags no places
        out: list[RecognizerResult] = []
        for m in _LOWER.finditer(text):
            if not _LOWER_PLACE_PREP.search(text[max(0, m.start() - 8) : m.start()]):
                continue
            word = m.group()
            readings = morph.parses(word, "ru")
            proper = all(_PROPER & p.tag.grammemes for p in readings)
            if (
                readings
                and proper
                and any("Geox" in p.tag.grammemes for p in readings)
                and is_known_place(word, "ru")
                and not big_city(word)  # "с ульяновска": a big city written in passing is most often no one's home
                and not any(region_word(str(p.normal_form)) for p in readings)  # "из татарстанских": a region's
            ):
                out.append(self._result(m.start(), m.end(), self.SHAPE_SCORE, "lower-case town after a preposition"))
        return out

    def _words(self, text: str) -> list[RecognizerResult]:
        out = self._single_words(text)
        # A place adjective after a place preposition takes the capitalised noun that agrees with it: one place
        # of two words ("с Осинового Лога", "из Белой Глины", "під Красним Лиманом"), not a place and a name.
        lang = self.supported_language
        grown = []
        for r in out:
            m = _NEXT_CAP.match(text, r.end)
            if m is not None and r.end - r.start >= 3 and _agree(text[r.start : r.end], m.group(1), lang):
                grown.append(self._result(r.start, m.end(), self.PHRASE_SCORE, "adjective and noun of a place"))
        return out + grown

    def _single_words(self, text: str) -> list[RecognizerResult]:
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _TOKEN.finditer(text):
            word = m.group()
            if len(word) < 3 or _POSTCODE_TAIL.match(text[m.end() : m.end() + 2]):
                continue  # "Москва-400" is a postal code word, not a place
            after_prep = bool(_PLACE_PREP.search(text[max(0, m.start() - 12) : m.start()]))
            initial = sentence_initial(text, m.start())
            known = is_known_place(word, lang)
            # "Житомир попрощався з захисником", "Курган простился с земляком": a town mourning its own, whatever a
            # sentence start, a common noun or a surname reading of the word say
            mourning = (
                known
                and initial
                and not after_prep
                and MOURNING_SUBJECT_AFTER.match(text, m.end()) is not None
                and not MOURNING_COLLECTIVE.fullmatch(word)  # "Громада прощається з Героєм": the hromada itself
            )
            if known and initial and not after_prep and not mourning and _common_word(word, lang):
                known = False  # "Короче, ...", "Мені": a sentence-initial common word that some village is named after
            if _country_word(word, lang):
                continue  # "Украинская", "Российской": a country's adjective, whatever village shares the form
            if _feast(text, m.end(), word):
                continue  # "до Нового року", "після Різдва", "з Новим роком": a feast, a time, not a place
            if known and not after_prep and _given_name_here(text, m.start(), word):
                continue  # "До війни Володимир працював": a given name the dictionary reads as a town (Володимир)
            if known and given_name_with(text, m.start(), word):
                continue  # "Ми з Володимиром служили", "прощання з Богданом": "with" and a man, not "from" a town
            if mourning:
                out.append(self._result(m.start(), m.end(), self.KNOWN_SCORE, "town mourning its own"))
            elif known and (not initial or after_prep or morph.tag_share(word, lang) < 0.5):
                out.append(self._result(m.start(), m.end(), self.KNOWN_SCORE, "known place"))
            elif (
                not initial and _HOME_CUE.search(text, max(0, m.start() - 40), m.start()) and _homonym_place(word, lang)
            ):
                # "уроженец Ключей", "вернулся в Ключи", "проживал в Горках": a settlement the gazetteer holds under
                # a name that is also a common word, resolved by the home cue before it
                out.append(self._result(m.start(), m.end(), self.KNOWN_SCORE, "homonym place after a home cue"))
            elif after_prep and _temporal(text, m.start(), word, lang):
                continue  # "на Великдень", "на Різдво": a feast day in the accusative, a time, not a place
            elif lang == "uk" and after_prep and _named_thing(text, m.end(), word, lang):
                continue  # "на Алеї Героїв", "біля Площі Пам'яті": a common noun opening a monument's name
            elif lang == "uk" and after_prep and _honorific_person(word, lang):
                continue  # "прощання з Героєм", "шана Захисникові": an honorific capital of a person noun
            elif lang == "uk" and after_prep and not initial and morph.tag_share(word, lang) < 0.5:
                # The Ukrainian dictionary has no Geox: a capitalised non-name after a place preposition is a place.
                out.append(self._result(m.start(), m.end(), self.SHAPE_SCORE, "capitalised word after a preposition"))
            elif after_prep and _origin_after_name(text, m.start(), word, lang):
                out.append(self._result(m.start(), m.end(), self.SHAPE_SCORE, "home place after a man's name"))
            elif (
                after_prep
                and _TOPONYM.match(word)
                and morph.tag_share(word, lang) < 0.5
                and not morph.has_tag(word, lang, "Patr")
                and not (_common_word(word, lang) and "inan" in morph.parses(word, lang)[0].tag)
            ):
                out.append(self._result(m.start(), m.end(), self.SHAPE_SCORE, "toponym after a place preposition"))
        return out

    def _named_again(self, text: str, names: set[str]) -> list[RecognizerResult]:
        """A one-word settlement named once with its type word ("с. Кнеже") is the same place in any other case
        form elsewhere in the text ("родом з Кнежі"), not a person a name recognizer may take it for."""
        lang = self.supported_language
        forms: set[str] = set()
        for name in names:
            # A surname-shaped village (Стрехнино) is still the village; a given name after "с." is not taken.
            if len(name) >= 4 and not (morph.is_known(name, lang) and morph.tag_share(name, lang, _GIVEN) >= 0.5):
                forms |= {regex.escape(f) for f in morph.variants(name, lang, ("Geox",)) if f[:1].isupper()}
                stem = name.rstrip("аеёиоуыэюяіїє")
                if len(stem) >= 4 and stem != name:
                    forms.add(regex.escape(stem) + r"\p{Ll}{1,3}")  # an unknown name's case endings: Кнеже → Кнежі
        if not forms:
            return []
        pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![\w-])")
        return [
            self._result(m.start(), m.end(), self.AGAIN_SCORE, "settlement named again") for m in pattern.finditer(text)
        ]

    def _phrases(self, text: str) -> list[RecognizerResult]:
        """Two-word places in any case ("Білої Калитви", "Малій Вільшанці"): each word back to its nominative,
        agreeing in gender and number, then the phrase looked up in the gazetteer."""
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _PAIR.finditer(text):
            first, second = m.group(1), m.group(2)
            pairs = [(_nominatives(first, lang), _nominatives(second, lang))]
            if lang == "uk":
                # A Russian town in its Ukrainian spelling ("Набережних Челнів", "Великих Лук"): respelled as Russian
                # and put back in the Russian nominative, as the gazetteer holds it (Набережные Челны).
                for ru_first, ru_second in _russian_pairs(first, second):
                    pairs.append((_nominatives(ru_first, "ru"), _nominatives(ru_second, "ru")))
            if any(_known_pair(firsts, seconds) for firsts, seconds in pairs):
                out.append(self._result(m.start(), m.end(), self.PHRASE_SCORE, "known two-word place"))
        return out

    def _regions_many(self, text: str, end: int, parse: Any, lemma: str) -> bool:
        """Whether a region's adjective or people's noun speaks of the region, not of someone's home: its people as
        a whole ("погибших сахалинцев") or a thing of it ("в саратовском селе", "из татарстанских подразделений").
        One resident ("тамбовец") and an adjective on people ("тамбовский парень", "нас всех саратовских собрали")
        say where someone is from: a home."""
        if not region_word(lemma):
            return False
        if parse.tag.POS == "NOUN":
            return "plur" in parse.tag.grammemes
        return parse.tag.POS == "ADJF" and _of_thing(text, end, self.supported_language)

    def _hometown(self, text: str) -> list[RecognizerResult]:
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _LOWER.finditer(text):
            word = m.group()
            for p in morph.parses(word, lang)[:2]:
                lem = str(p.normal_form)
                if lem in _NOT_HOMETOWN or _country_word(word, lang) or self._regions_many(text, m.end(), p, lem):
                    break  # a country's word, or a region's on many or on a thing: no one's home town
                if _derived_from_place(lem, lang):
                    out.append(self._result(m.start(), m.end(), self.HOMETOWN_SCORE, "home-town adjective or demonym"))
                    break
                if (
                    p.tag.POS == "ADJF"
                    and _town_adjective(lem)
                    and (_of_people(text, m.end(), lang) or _people_standing(text, m.start(), m.end(), p, lang))
                ):
                    # "кинешемский парень", "двое энгельсских ребят": a town's adjective (its vowel changed, or the
                    # town sharing a surname) on the people it names
                    out.append(self._result(m.start(), m.end(), self.HOMETOWN_SCORE, "home-town adjective of people"))
                    break
        return out


_PAIR = regex.compile(
    r"(?<![\w-])(?=([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)\s([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-Яа-яЁёІіЇїЄєҐґ'’]+)?)(?![\w-]))"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+\s[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-Яа-яЁёІіЇїЄєҐґ'’]+)?"
)


_GIVEN = frozenset({"Name"})
_NOT_NAME_POS = frozenset({"VERB", "INFN", "NPRO", "ADVB", "CONJ", "PRCL", "PREP", "PRED", "INTJ", "GRND"})


def _name_shaped(word: str, language: str) -> bool:
    """Whether a capitalised word after a settlement abbreviation may be a place name (not a verb or a pronoun)."""
    ps = morph.parses(word, language)
    if not ps or not morph.is_known(word, language):
        return True
    top = ps[0]
    return top.tag.POS not in _NOT_NAME_POS and not {"Apro", "Anum"} & set(top.tag.grammemes)


def _name_shaped_phrase(name: str, language: str) -> bool:
    """Whether a settlement's one- or two-word name after its abbreviation may be a place: its first word is
    name-shaped, or an ordinal word opening a two-word name ("с. Вторая Пятилетка", "с. Первое Мая"; "с. Вторая"
    alone stays the ordinal of a sentence)."""
    words = name.split()
    if _name_shaped(words[0], language):
        return True
    return len(words) > 1 and any("Anum" in p.tag.grammemes for p in morph.parses(words[0], language)[:1])


_HARD_I = regex.compile(r"(?<=[бвгдзклмнпрстфхцжшч])и")


def _russian_pairs(first: str, second: str) -> list[tuple[str, str]]:
    """Russian spellings of a Ukrainian two-word name: respelled, and with "и" after a hard consonant as "ы"
    ("Набережних Челнів" → "Набережных Челнов")."""
    a, b = russian_spelling(first), russian_spelling(second)
    return [(a, b), (_HARD_I.sub("ы", a), _HARD_I.sub("ы", b))]


def _known_pair(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> bool:
    return any(listed_place(f"{a} {b}") for a in firsts for b in seconds)


@lru_cache(maxsize=100_000)
def _nominatives(word: str, language: str) -> tuple[str, ...]:
    """The word itself and its nominative in every noun or adjective reading, in the word's letter case (cached per
    word: pymorphy3's inflection is the costliest step of the two-word place lookup)."""
    out = [word]
    for p in morph.parses(word, language):
        if p.tag.POS not in {"NOUN", "ADJF"}:
            continue
        f = p.inflect({"nomn"})
        for form in (str(f.word) if f is not None else "", str(p.normal_form)):
            cased = morph.match_case(form, word) if form else ""
            if cased and cased not in out:
                out.append(cased)
    return tuple(out[:6])


def _person_noun(word: str, language: str) -> bool:
    """Whether pymorphy3 knows ``word`` and reads it first as an animate noun (a person, not a region)."""
    return morph.is_known(word, language) and "anim" in morph.parses(word, language)[0].tag


def _honorific_person(word: str, language: str) -> bool:
    """Whether every dictionary reading of ``word`` is an honorific person noun ("Героєм", "Захисника"): the fallen,
    written with the capital of memorial notices, never a place. (An animal's name is a town: "з Орла".)"""
    ps = morph.parses(word, language)
    return (
        morph.is_known(word.lower(), language)
        and bool(ps)
        and all(str(p.normal_form) in HONORIFIC_PERSON_LEMMAS for p in ps)
    )


def _country_stem(stem: str) -> bool:
    cands = {stem, stem + "а", stem + "я", stem + "ия", stem + "ія", stem + "ь"}
    if stem.endswith(("й", "і", "и")):
        cands |= {stem[:-1] + "я", stem[:-1] + "ия", stem[:-1] + "ія"}
    return bool(cands & COUNTRIES)


# A country's adjective or people's noun: the stem before -ск-/-ськ- or -янин/-ец (_country_word).
_COUNTRY_SUFFIX = regex.compile(
    r"(\p{L}{3,}?)(?:ск|ськ|цк|цьк)(?:ий|ый|ой)$|(\p{L}{3,}?)(?:янин|анин|янка|янки|ец|ець|ка)$"
)


@lru_cache(maxsize=100_000)
def _country_word(word: str, language: str) -> bool:
    """Whether a word is an adjective or a people's noun of a country ("Украинская", "російських", "россиян",
    "українці"): the stem before -ск-/-ськ-/-янин/-ец gives back a country's name."""
    for p in morph.parses(word, language)[:3]:
        lem = str(p.normal_form).replace("'", "").replace("’", "")
        m = _COUNTRY_SUFFIX.match(lem)
        if m and _country_stem(m.group(1) or m.group(2)):
            return True
    return False


# Feasts a soldier's leave, a call or an obituary is dated by, in every case: Christmas, Easter, Trinity, Epiphany.
_FEAST = regex.compile(
    r"(?:Різдв|Рождеств|Великодн|Великдн|Пасх|Паск|Трійц|Троиц|Водохрещ|Крещени)\p{Ll}{0,3}|Великдень",
)
# The New Year: "Новий рік", "до Нового року", "з Новим роком", "к Новому году".
_NEW_YEAR = regex.compile(r"Нов(?:ий|ого|ому|им|ім|ый|ым|ом)")
_YEAR_AFTER = regex.compile(r"[ \t]+(?:рік|року|роком|році|год|года|году|годом)(?!\p{L})")


def _feast(text: str, end: int, word: str) -> bool:
    """Whether a capitalised word is a feast day ("до Різдва", "на Паску", "Нового року"), a time, not a place."""
    if _FEAST.fullmatch(word):
        return True
    return _NEW_YEAR.fullmatch(word) is not None and _YEAR_AFTER.match(text, end) is not None


def _temporal(text: str, start: int, word: str, language: str) -> bool:
    """Whether "на"/"за"/"через" + a dictionary noun in the accusative and no locative is a time ("на Великдень",
    "на Рождество"), not a place ("на Донбасі" is locative)."""
    prep = regex.search(r"(\p{L}+)\s+$", text[max(0, start - 10) : start])
    if prep is None or prep.group(1).lower() not in {"на", "за", "через"} or not morph.is_known(word, language):
        return False
    ps = morph.parses(word, language)
    tags = [set(p.tag.grammemes) for p in ps]
    if any(t & {"Geox", "Name", "Surn", "Patr"} for t in tags):
        return False
    if "inan" not in tags[0] or "plur" in tags[0]:
        return False  # "на Ветеранов": a street of people, not a feast day
    return any("accs" in t for t in tags) and not any(t & {"loct", "loc2"} for t in tags)


def _common_word(word: str, language: str) -> bool:
    """Whether pymorphy3 knows ``word`` and its first reading is neither a place nor a name."""
    if not morph.is_known(word, language):
        return False
    top = morph.parses(word, language)[0]
    return not ({"Geox", "Name", "Surn", "Patr"} & set(top.tag.grammemes))


_ADJ_ENDINGS = ("ский", "цкий", "ской", "ський", "цький")
_DEMONYM_ENDINGS = ("чанин", "чанка", "чане", "ичи", "анин", "янин", "ец", "ець")


# "Айдар з Актаниша", "Ильдар из Кукмора", "Толик с Ключевого": a given name, "from", and a capitalised word in the
# genitive is where he comes from. After "з"/"с" the instrumental is company kept ("Сашка з Ромою") and stays out.
_FROM_AFTER_NAME = regex.compile(r"(?<![\w-])(?P<n>\p{Lu}\p{Ll}+)[ \t]+(?:з|із|зі|из|с|со)[ \t]+$")
_INSTRUMENTAL_END = ("ом", "ем", "ём", "ою", "ею", "ой", "ей", "им", "ым", "ами", "ями")


def _origin_after_name(text: str, start: int, word: str, language: str) -> bool:
    m = _FROM_AFTER_NAME.search(text, max(0, start - 30), start)
    if m is None or word.endswith(_INSTRUMENTAL_END) or len(word) < 4:
        return False
    name = m.group("n")
    if not any("Name" in p.tag.grammemes for lang in {language, "ru"} for p in morph.parses(name, lang)[:3]):
        return False
    readings = morph.parses(word, language)[:3]
    # not a man's given name, nor a common word ("Сашка з Києва" is known anyway; "Петя с Работы" is no place)
    if any("Name" in p.tag.grammemes for p in readings[:1]) or _common_word(word, language):
        return False
    return any("gent" in p.tag.grammemes for p in readings) or not readings


def _of_thing(text: str, end: int, language: str) -> bool:
    """Whether the noun after ``end``, past up to two adjectives, is an inanimate common noun ("селе",
    "добровольческих подразделений", "колхоза"): a thing, no person."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, end)
        if m is None or not m.group("w").islower():
            return False
        top = morph.parses(m.group("w"), language)[:1]
        if top and top[0].tag.POS == "ADJF":
            end = m.end()
            continue
        return any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in top)
    return False


def _of_people(text: str, end: int, language: str) -> bool:
    """Whether the word after ``end`` is an animate common noun (парень, ребята, земляк, мужики)."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group("w").islower():
        return False
    return any(
        p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in morph.parses(m.group("w"), language)[:2]
    )


# "Из наших, шадринских, я один остался", "нас, кинешемских, в одну роту", "мы щёкинские": a town's adjective in the
# plural with no noun after it stands for the town's people, after a pronoun of people or a collective numeral.
_PEOPLE_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:нас|наших|наши|нам|нами|мы|вас|ваших|ваши|своих|свои|ми|наші|двое|трое|четверо|пятеро|"
    r"двоє|троє|четверо|п'ятеро|п’ятеро)[ \t]*,?[ \t]*$"
)


def _people_standing(text: str, start: int, end: int, parse: Any, language: str) -> bool:
    """Whether a plural adjective stands for people (:data:`_PEOPLE_BEFORE`), with no noun it would qualify after it."""
    if "plur" not in parse.tag.grammemes or _PEOPLE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group("w").islower():
        return True  # "шадринских, я один", "мы щёкинские." : punctuation or a name after it
    return not any(p.tag.POS == "NOUN" for p in morph.parses(m.group("w"), language)[:1])


@lru_cache(maxsize=20_000)
def _town_adjective(lemma: str) -> bool:
    """A -ский/-цкий adjective made from a town or city of the gazetteer (the guessed stems of
    :func:`place_from_stem`: кинешем-ский ← Кинешма, энгельс-ский ← Энгельс)."""
    from redact.recognizers.nlp.demonyms import place_from_stem

    for suffix in ("ский", "цкий", "ський", "цький"):
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 3 and lemma not in _NOT_HOMETOWN:
            return bool(place_from_stem(lemma[: -len(suffix)], suffix, towns_only=True))
    return False


def _derived_from_place(lemma: str, language: str) -> bool:
    """Whether an adjective or demonym lemma comes from a place name ("саратовский" ← Саратов, "уфимец" ← Уфа)."""
    if "ё" in lemma:
        # the dictionaries spell places with "е" (Щекино): "щёкинские" as a chat writes it comes from the same place
        return _derived_from_place(lemma.replace("ё", "е"), language)
    stems: list[str] = []
    if lemma.endswith(_ADJ_ENDINGS):
        stems.append(lemma[:-4])
    else:
        for e in _DEMONYM_ENDINGS:
            if lemma.endswith(e) and len(lemma) - len(e) >= 3:
                stems.append(lemma[: -len(e)])
                break
    for stem in stems:
        bases = {stem, stem[:-1] if stem.endswith(("ь", "й")) else stem}
        # уфим-ец ← Уфа, мытищ-ин-ский ← Мытищи; a stem in -ов/-ев is the place itself (Тамбов), never shortened
        # (посадов-ець is an official, not someone from Посада).
        for tail in ("им", "ин"):
            if stem.endswith(tail) and len(stem) > 3:
                bases.add(stem[: -len(tail)])
        cands: set[str] = set()
        for b in bases:
            if len(b) < 2:
                continue
            cands |= {b, b + "а", b + "ь", b + "я", b + "и", b + "о", b + "ы"}
            if b.endswith("к"):
                cands |= {b[:-1] + "ка", b[:-1] + "к"}
            if b.endswith("ов") or b.endswith("ев"):
                cands.add(b)
        for c in cands:
            title = c[:1].upper() + c[1:]
            if language == "ru":
                geox = morph.tag_share(title, "ru", frozenset({"Geox"}))
                known = morph.is_known(c, "ru")  # pymorphy3 guesses Geox for made-up words
                if known and geox >= 0.5 and morph.lemma(title, "ru") == c and len(c) >= 3:
                    return True
            elif is_known_place(title, language) and not (c.endswith(("ов", "ев")) and morph.is_known(lemma, language)):
                # a Ukrainian place is written -ів: "посадов-ець" (an official) comes from no village Посадов
                return True
    return False


_NEXT_WORD = regex.compile(r"[ \t]+(?P<w>\p{L}[\p{L}'’ʼ]+)")


def _named_thing(text: str, end: int, word: str, language: str) -> bool:
    """Whether a capitalised common noun opens the name of a thing, a genitive after it ("Алеї Героїв", "Алеї
    пам'яті", "Площі Слави"): a memorial or square in every town, not the settlement the shape rule looks for."""
    parses = morph.parses(word, language)
    if not parses or not morph.is_known(word, language):
        return False
    if not all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses):
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    return any(p.tag.POS == "NOUN" and "gent" in p.tag.grammemes for p in morph.parses(m.group("w"), language))
