"""Russian and Ukrainian personal names in every case and form, from pymorphy3 tags plus context.

A capitalised word is a name part when pymorphy3 offers a Name, Surn or Patr
parse for it — *any* parse, weighted, not ``parse()[0]`` ("Лапин" ranks
first as a plural of "лапина"). How much weight decides how much context is
needed:

* **strong** (name parses ≥ half the weight: Андреем, Серёжа, Лёха, Саш,
  Михалыч, Миколу, Петренка): a name wherever it is capitalised;
* **weak** (a common noun ranks first: Слава, Вера, Надежда, Роман, Лев,
  Тема): only beside another name part ("Вера Ивановна"), in the middle of
  a sentence, or as a vocative at its start ("Вера, ты где?") — so "Слава
  богу" and «Роман» (a title in quotes) stay;
* **surname shape** (unknown to the dictionary, -ов/-ев/-ин/-ский/-енко/-ук
  with case endings: Маковлевым): beside a name part, or capitalised inside
  a sentence.

Adjacent name parts and initials ("А. В. Петров", "Артём Х.") merge into
one span; a patronymic alone ("Михалыч") is a name. A word that is a known
place (``redact.cyrillic_nlp.place_beats_name``: gazetteer first, then
pymorphy3 Geox), or has a Geox parse after a place preposition ("под
Бахмутом"), is not a person unless it sits inside a longer name. ALL-CAPS
words are read in title case, so speaker labels ("МИКОЛА:", "ЛЁХА:") are
found while role labels ("МАТЬ:", "СОЛДАТ:") have no name parse and stay.
Every surname found is then looked for again in all its case forms, so a
bare later "Маковлева" is found too.

Register, list and obituary shapes: a surname in capitals before any given
name, initials or patronymic ("ШАРИПОВ Фаррух Бахтиёрович", "ГУСЕВ Д. Д.",
"Алексей ПЕТРОВ"); Turkic patronymics ("Эльчин Гусейн оглы", "Рашид кызы");
a word before a given name and patronymic, a word beside two initials, a
word the dictionary lacks before a given name, a capitalised word after a
given name ("Хвостика Алексея Валентиновича", "Хвостика А.В.", "Грицак
Любомир", "Николай Полторак", "Пётр Загородний"); a capitalised word after a
rank ("сержант Вовк"); short forms opening a sentence when the common reading
is an oblique case ("Гена" / gen. of "ген"). Places stay places: a word in the
case its preposition gives a place ("у Копейську", "з Кірово-Чепецька"), a
place adjective of an office or municipal noun ("Казанского гарнизонного
военного суда", "Тетіївської МТГ"), the words after "с." / "вул." / "пр-д".

A Muslim funeral notice's words that parse as names are not names: the formula "Инна лиллахи ва инна илайхи
раджиун", "джаназа(-намаз)", a daily prayer after "после/до" ("после зухра"; the name Зухра's genitive is
"Зухры").

Speech names the gazetteer and the dictionaries do not tag: a given name's possessive adjective ("Сашин брат",
"Катину маму": the Russian dictionary's Poss reading, in Ukrainian documents quoting Russian speech too), a capitalised
clipped vocative of a listed name ("Мариш,", "Тань!"), a Turkic kin honorific written onto the name ("Айдар-абый",
inside the span).

Known false positive: a capitalised common word that is also a rare name in
mid-sentence ("в Надежде на лучшее" with a stray capital) is tagged PERSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.demonyms import COUNTRIES
from redact.recognizers.nlp.gazetteer import find_forms, given_name_forms, given_name_with, is_given_name
from redact.recognizers.nlp.institutions import category
from redact.recognizers.nlp.places import given_name_and_surname, is_known_place, place_beats_name, resident_lemmas
from redact.recognizers.nlp.ranks import HONORIFIC_PERSON_LEMMAS, MOTHERLAND_LEMMAS, forms_for, stems_for
from redact.recognizers.nlp.sentences import sentence_initial

__all__ = ["RuPersonRecognizer"]

_TOKEN = regex.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_INITIAL = regex.compile(r"^[А-ЯЁІЇЄҐ]\.$")
_SURNAME_SHAPE = {
    "ru": regex.compile(
        r"^[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын|ский|цкий|ской|енко|ук|юк|чук|ых|их)"
        r"(?:а|у|ым|ой|ою|е|ы|ых|им|ими|ыми|ого|ому|ая|ую|ий)?$"
    ),
    "uk": regex.compile(
        r"^[А-ЯІЇЄҐ][а-яіїєґ'’]{2,}(?:енк|ук|юк|чук|ськ|цьк|ов|ев|єв|ін|ин)"
        r"(?:о|а|у|ові|ом|ою|ої|і|ий|ого|ому|им|их|а)?$"
    ),
}
# Capitalised words that carry a Name/Surn parse but, in these transcripts, are address words or interjections.
_NOT_NAMES = frozenset(
    """
    мам мама пап папа бать батя брат братан братишка сынок сын дед бабушка баба ба кум зай господи бог боже
    господь алло ало привет мамо тату синку бабуся брате друже слава мир мира роза тема надежда вера любовь
    вона він воно вони она он оно они громадянин громадянка гражданин гражданка пан пані пане бабусю діду мати
    тато дядя дяди дяде дядю дядей дядь тётя тёти тёте тётю тётей тёть тетя тети тете тетю тетей теть дядько
    дядька дядьку дядьком тітка тітки тітці тітку тітко
    """.split()
)
# Parts of speech that never begin a name: a capitalised verb, conjunction or particle before a surname
# ("Передай Макаренко привет", "Як Макар?") is the start of a sentence, not a given name.
_NOT_NAME_POS = frozenset({"VERB", "INFN", "GRND", "CONJ", "PRCL", "PREP", "ADVB", "NPRO", "INTJ", "PRED", "COMP"})
# Weak names whose common reading is so dominant that only a neighbouring name part makes them a name.
_NEEDS_NEIGHBOUR = frozenset({"слава", "мир", "мира", "тема", "любовь", "надежда", "вера", "роза", "лев", "роман"})
# Fixed phrases in which a weak name is a common word even in mid-sentence («Слава Україні», "слава богу").
_FIXED_AFTER = regex.compile(r"\s+(?:[Бб]огу|Україні|Украине|героям|Героям|КПСС|Господу)\b")
# A Muslim funeral notice's words that pymorphy3 reads as names: the formula "Инна лиллахи ва инна илайхи
# раджиун" (any spelling), the funeral prayer (джаназа, джаназа-намаз) and a daily prayer after "после/до"
# ("после зухра": the name Зухра's genitive is "Зухры").
_RITE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:инн[аяю]\s+лил+[яа]хи(?:\s+ва\s+инн[аяю]\s+ил[яеа]й?хи\s+р[ао]джи[ъ'’]?ун)?|"
    r"джаназ\p{Ll}*(?:-намаз\p{Ll}*)?|(?<=(?:после|до)\s+)(?:зухр|аср|магриб)[ау]?)(?![\p{L}-])",
    regex.V1,
)
_UK_ONLY = regex.compile(r"[іїєґІЇЄҐ]")
_PLACE_PREPOSITIONS = frozenset(
    {"в", "во", "под", "из", "из-под", "до", "около", "возле", "близ", "через", "над", "у", "біля", "під", "з-під"}
    | {"з", "зі", "із", "від", "поблизу", "поблиз", "от"}
)
# Prepositions that take a place, hardly a person ("у Иванова" is at Ivanov's, "зі Львова" from Lviv).
_PLACE_ONLY_PREPOSITIONS = frozenset(
    {"в", "во", "под", "під", "из", "з", "зі", "із", "из-под", "з-під", "біля", "возле", "около", "поблизу", "близ"}
)
# A case that a preposition gives a place, not a person: в/у/на + locative, під/под/за + instrumental,
# з/із/від/из/от + genitive (with no instrumental reading: "з Петренком" is "with").
_PLACE_CASE = {
    "в": "loct", "во": "loct", "у": "loct", "на": "loct",
    "під": "ablt", "под": "ablt", "за": "ablt",
    "з": "gent", "із": "gent", "зі": "gent", "від": "gent", "из": "gent", "от": "gent",
}  # fmt: skip
_GEOX = frozenset({"Geox"})
_PATR_END = regex.compile(r"(?:ович|евич|йович|ьович|івна|ївна|овна|евна|ична|ічна|инична)$")
NAME_TAGS_SET = frozenset({"Name", "Surn", "Patr"})
# Settlement and street words: the capitalised words after them name a place ("в селі Зелена Балка").
_PLACE_MARKERS = frozenset(
    """
    село села селе селу селом селі деревня деревни деревне деревню посёлок поселок посёлке поселке посёлка поселка
    пгт смт город города городе городом місто міста місті станица станицы станице хутор хуторе хутора аул улус
    улица улице улицы улицу вулиця вулиці вулицю селище селища селищі переулок переулке провулок провулку
    проспект проспекте проспекту бульвар бульваре бульвару набережная набережной площадь площади площа площі
    тупик шоссе проезд проїзд майдан майдані узвіз микрорайон мікрорайон
    """.split()
)
# A verb of living, growing up or being buried, then "в": an adjective-shaped word after it is the place (a
# stanitsa in -ская, a village in -ское), never a woman or man of that surname ("вырос в Платнировской").
_LIVED_IN = regex.compile(
    r"(?i)(?<![\p{L}-])(?:жил[аи]?|живу|живут|живёт|живет|проживал\p{L}*|проживает|вырос\p{L}*|родил\p{L}*"
    r"|похоронен\p{L}*)\s+(?:в|во)\s+$",
    regex.V1,
)
_ADJ_PLACE_END = regex.compile(r"(?:ской|цкой|ском|цком)$")
_CYRILLIC_WORD = regex.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ'’-]+$")
_PLACE_ABBREVIATION = regex.compile(
    r"(?<![\w-])(?:(?:г|с|д|м|х|ул|вул|пос|пр|смт|пгт|пер|пров|просп|наб|пл|туп|ш|бул|мкр|мкрн|дер|сел|ст|пгт)\."
    r"|(?:пр-д|пр-т|пр-кт|б-р|кв-л|ст-ца|р-н|м-н)\.?)\s*$"
)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    form: str  # title-cased form for ALL-CAPS words
    kind: str  # "strong" | "weak" | "shape" | "patr" | "initial" | ""
    initial_pos: bool


def _given_name_word(form: str, language: str) -> bool:
    """A given name by the dictionary's Name tag or by the gazetteer, in any case form: the Ukrainian dictionary reads
    some of the commonest as plain nouns (Богдан, Володимир), and the surname after them is still a surname
    ("Богдан Лотвець")."""
    return morph.has_tag(form, language, "Name") or is_given_name(form, language)


def _function_word(form: str, language: str) -> bool:
    """Whether a dictionary word can be a verb, conjunction, particle, adverb or pronoun (any parse)."""
    return morph.is_known(form.lower(), language) and any(
        p.tag.POS in _NOT_NAME_POS for p in morph.parses(form, language)
    )


def _personal_pronoun(form: str, language: str) -> bool:
    """A personal pronoun opening a sentence ("Тобі посилку передати?", "Тебе", "Мне") is never a name, though the
    dictionary also knows a rare given name in the same form (Тобі)."""
    return any(p.tag.POS == "NPRO" and "pers" in p.tag.grammemes for p in morph.parses(form, language))


def _role_word(form: str, language: str) -> bool:
    """A capitalised participle or substantivised adjective before a name is a role ("Обвинувачений Коваленко")."""
    if not morph.is_known(form.lower(), language):
        return False
    ps = [p for p in morph.parses(form, language) if not (NAME_TAGS_SET & p.tag.grammemes)]
    # A participle, or an adjective also used as a noun (Ukrainian "Засуджений", "Потерпілий"); a plain adjective
    # ("Серый", "Малой") is a nickname and stays a name part.
    return any(p.tag.POS == "PRTF" for p in ps) or (
        any(p.tag.POS == "ADJF" for p in ps) and any(p.tag.POS == "NOUN" for p in ps)
    )


# Patterns of the scans below, compiled once (a pattern string is looked up in the regex module's cache at every call).
_PREV_WORD = regex.compile(r"([\w-]+)\W*$")
_ONE_SPACE = regex.compile(r" ?")
_GAP_0_2 = regex.compile(r"[ \t\u00a0]{0,2}")
_GAP_1_2 = regex.compile(r"[ \t\u00a0]{1,2}")
_DASH_AFTER = regex.compile(r" [—–] ")
_LOWER_NEXT = regex.compile(r" (\p{Ll}+)")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _after_resident_noun(text: str, start: int, language: str) -> bool:
    """The word follows a noun of home or residence ("уродженець Львова Андрій ...", "мешканка Дніпра Олена ...",
    "жителя Новочеркасска Даниила ...": :func:`resident_lemmas`, either language): it is the place."""
    prev = _prev_word(text, start)
    return bool(prev) and bool(morph.lemmas(prev, language) & resident_lemmas())


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


# Surnames shaped like adjectives (Ковальський, Гайсинского) read as adjectives when an institution or a
# municipal unit follows: "Гайсинським РТЦК та СП", "мешканці Вербівської громади", "Шегарского района".
_ADJ_SURNAME_END = regex.compile(
    r"(?:ськ|цьк|зьк|ск|цк|зк|ів|ин|ов|ев)(?:ий|ого|ому|им|ім|ої|ій|ою|ую|ая|ой|ых|их|ого|ем|ом|а|у|ої)$"
)
_MUNICIPAL_NEXT = regex.compile(
    r"(?:\s{1,2}(?:міськ|сільськ|селищн|територіальн|районн|обласн|городск|сельск|поселков|муниципальн|районн)\p{L}*)*"
    r"\s{1,2}(?:громад\p{L}*|[МСО]?ТГ|СМТГ|район\p{L}*|округ\p{L}*|област\p{L}*|обл\.|сільрад\p{L}*|сельсовет\p{L}*"
    r"|рад[аиіу]|радою|старостат\p{L}*|поселени\p{L}*|муніципалітет\p{L}*|кра[йюяїі]|краем|краєм|респ\p{L}*)(?![\p{L}])"
)
_ABBREVIATION = regex.compile(r"^[А-ЯЁІЇЄҐ]{2,6}[а-яёіїєґ]{0,2}$")
_OFFICE_TAILS = (
    "суд", "прокуратура", "бібліотека", "библиотека", "управління", "управление", "установа", "учреждение",
    "адміністрація", "администрация", "відділ", "отдел", "відділення", "отделение", "інспекція", "инспекция",
)  # fmt: skip
_NEXT_WORD = regex.compile(r"\s{1,2}([\p{L}][\p{L}'’]*)")


# The rest of a list of capitalised adjectives sharing one plural noun, and the list's start before a word:
# "Екатеринбургским, Оренбургским, Самарским и Казанским гарнизонными военными судами".
_ADJ_LIST_REST = regex.compile(
    r"\G(?:[ \t]*,[ \t]*\p{Lu}[\p{Ll}-]+)*(?:[ \t]*,)?[ \t]+(?:и|или|та|і|й)[ \t]+\p{Lu}[\p{Ll}-]+"
)
_ADJ_LIST_BEFORE = regex.compile(r"\p{Lu}[\p{Ll}-]+(?:[ \t]*,|[ \t]+(?:и|или|та|і|й))[ \t]+\Z")


def _qualifies_next(text: str, end: int, language: str) -> bool:
    """Whether the word after ``end`` is an institution or a municipal unit the word before it qualifies; in a list
    of place adjectives the last one's noun, in the plural, is every one's ("Оренбургским и Казанским гарнизонными
    военными судами": each adjective singular, the noun plural)."""
    rest = _ADJ_LIST_REST.match(text, end)
    in_list = rest is not None
    if rest is not None:
        end = rest.end()
    else:
        start = end - len(text[:end].rsplit(None, 1)[-1]) if text[:end].strip() else end
        in_list = _ADJ_LIST_BEFORE.search(text, max(0, start - 40), start) is not None
    if _MUNICIPAL_NEXT.match(text, end):
        return True
    nxt = _NEXT_WORD.match(text, end)
    between = 0
    for _ in range(2):  # "Олександрійського міського кладовища": adjectives between the place word and its noun
        if nxt is None or nxt.group(1)[:1].isupper() or category(nxt.group(1), language, "") is not None:
            break
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(nxt.group(1), language)[:2]):
            break
        between += 1
        nxt = _NEXT_WORD.match(text, nxt.end())
    if nxt is None:
        return False
    noun = nxt.group(1)
    adjective = text[:end].rsplit(None, 1)[-1]
    if _ABBREVIATION.match(noun):
        return True  # "Бурятскую ГСХА", "Лебединского ГОКа"
    if category(noun, language, text[nxt.end() : nxt.end() + 16]) is None:
        # Any inanimate noun the adjective agrees with, when adjectives stand between them or the noun names an
        # office ("Казанского гарнизонного военного суда", "Буйнакской горадминистрации"); a lone agreeing noun
        # ("Ковальський автомат взяв") is no evidence.
        lemmas = {str(p.normal_form) for p in morph.parses(noun, language) if p.tag.POS == "NOUN"}
        office = any(lem.endswith(_OFFICE_TAILS) for lem in lemmas)
        inanimate = any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in morph.parses(noun, language))
        agrees = _agree(adjective, noun, language) or (in_list and _list_agrees(adjective, noun, language))
        return noun[:1].islower() and inanimate and (between > 0 or office) and agrees
    return noun.isupper() or _agree(adjective, noun, language)


def _list_agrees(adjective: str, noun: str, language: str) -> bool:
    """A singular adjective of a list and the plural noun all of them share, in one case."""
    left, right = _features(adjective, language), _features(noun, language, best=1)
    return any(a[0] == b[0] and a[1] == "sing" and b[1] == "plur" for a in left for b in right)


_GENDERS = frozenset({"masc", "femn", "neut"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _features(word: str, language: str, best: int = 99) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for p in morph.parses(word, language)[:best]:
        g = p.tag.grammemes
        case = next(iter(g & _CASES), "")
        number = "plur" if "plur" in g else "sing"
        gender = "" if number == "plur" else next(iter(g & _GENDERS), "")
        if case:
            out.add((case, number, gender))
    return out


def _agree(adjective: str, noun: str, language: str) -> bool:
    """Case, number and (in the singular) gender agree: "Вербівської громади", not "Ковальський школу"."""
    left, right = _features(adjective, language), _features(noun, language, best=1)
    return any(
        a[0] == b[0] and a[1] == b[1] and (a[1] == "plur" or not a[2] or not b[2] or a[2] == b[2])
        for a in left
        for b in right
    )


# The word after a father's name in Turkic patronymics: "Гусейн оглы", "Рашид кызы", "Абдулла угли", "Асан уулу".
_TURKIC_PATRONYMIC = frozenset("оглы огли оглу огъл кызы кизи гызы кыз угли ўғли улы ули уулу қызы кзы".split())
# Ranks and unit roles (lemmas, ru and uk; data/ranks.tsv, read_by "person"): the capitalised word right after one
# is a surname ("сержант Вовк").
_RANKS = frozenset(f.form for f in forms_for("person", "lemma"))
_VOWELS = regex.compile(r"[АЕЁИОУЫЭЮЯІЇЄ]")


def _common_word(form: str, language: str) -> bool:
    """A dictionary noun (or other word) with no name or adjective reading: "Вирок", "Сержант", "Приговор"."""
    if not morph.is_known(form.lower(), language):
        return False
    ps = morph.parses(form, language)
    if any(NAME_TAGS_SET & p.tag.grammemes or p.tag.POS in ("ADJF", "PRTF") for p in ps):
        return False
    # A reading as a singular nominative ("Вирок", "Приговор"); "Толик" (only a plural genitive of "толика") is not.
    return any("plur" not in p.tag.grammemes and "nomn" in p.tag.grammemes for p in ps)


def _person_noun(form: str, language: str) -> bool:
    """A dictionary noun for a person with no name reading: "Герою", "Воїну", "Захиснику" before a name."""
    if not morph.is_known(form.lower(), language):
        return False
    ps = morph.parses(form, language)
    name_lemmas = {str(p.normal_form) for p in ps if NAME_TAGS_SET & p.tag.grammemes}
    return not any("Name" in p.tag.grammemes for p in ps) and any(
        p.tag.POS == "NOUN"
        and "anim" in p.tag.grammemes
        and not NAME_TAGS_SET & p.tag.grammemes
        and str(p.normal_form) not in name_lemmas  # "Коваль" (коваль, the smith, is its own surname) stays
        for p in ps
    )


def _cases(parses: list[Any]) -> set[str]:
    return {c for p in parses for c in p.tag.grammemes & _CASES}


def _apposition(word: str, name: str, language: str) -> bool:
    """``word`` is a common person noun agreeing in case with the name after it, and its name readings do not."""
    ps = morph.parses(word, language)
    name_lemmas = {str(p.normal_form) for p in ps if NAME_TAGS_SET & p.tag.grammemes}
    nouns = [
        p
        for p in ps
        if p.tag.POS == "NOUN"
        and "anim" in p.tag.grammemes
        and not NAME_TAGS_SET & p.tag.grammemes
        and str(p.normal_form) not in name_lemmas
    ]
    named = [p for p in ps if NAME_TAGS_SET & p.tag.grammemes]
    target = _cases([p for p in morph.parses(name, language) if NAME_TAGS_SET & p.tag.grammemes])
    return bool(nouns) and bool(_cases(nouns) & target) and not _cases(named) & target


def _place_case_after_preposition(form: str, prev: str, language: str) -> bool:
    """After a place preposition the word reads only in that preposition's place case (and is not a name form
    of it): "у Копейську" (locative), "з Кірово-Чепецька" (genitive, no instrumental reading)."""
    case = _PLACE_CASE.get(prev)
    if case is None:
        return False
    ps = morph.parses(form, language)
    if not any(case in p.tag.grammemes for p in ps):
        return False
    if case == "gent" and any("ablt" in p.tag.grammemes for p in ps):
        return False
    # A datival reading after "у/в" is a person's ("у Петренку"? no; "передав у руки"); a locative only is a place.
    return not any({"datv", "accs"} & p.tag.grammemes for p in ps if NAME_TAGS_SET & p.tag.grammemes) or case != "loct"


def _after_place_marker(text: str, start: int) -> bool:
    """The word follows "село", "с.", "вул." and the like: it names the place."""
    return _prev_word(text, start) in _PLACE_MARKERS or bool(
        _PLACE_ABBREVIATION.search(text[max(0, start - 6) : start])
    )


def _caps_surname(form: str, language: str) -> bool:
    """Whether a word written in capitals (title-cased here) can be a surname heading a register entry."""
    low = form.lower()
    if low in _NOT_NAMES or place_beats_name(form, language) or _function_word(form, language):
        return False
    if morph.has_tag(form, language, "Surn") or _SURNAME_SHAPE[language].match(form):
        return True
    if morph.is_known(low, language):
        return False
    return len(form) >= 4 and len(_VOWELS.findall(form.upper())) >= 1 and len(_VOWELS.findall(form.upper())) < len(form)


def _caps_given_name(form: str, language: str) -> bool:
    """A word in capitals (title-cased here) the dictionary reads mostly as a given name: "ОЛЕКСАНДР", "ОЛЬГА"."""
    low = form.lower()
    if low in _NOT_NAMES or low in _NEEDS_NEIGHBOUR or place_beats_name(form, language):
        return False
    return morph.has_tag(form, language, "Name") and morph.tag_share(form, language) >= 0.5


# A list item's opening ("— ", "2. ", "• " at a line start) and what follows a name there (", 47 лет", ", 1990 г.р.").
_ITEM_OPEN = regex.compile(r"(?:^|\n)[ \t]*(?:[—–•*-]|\d{1,3}[.)])?[ \t]*$")
_ITEM_AFTER = regex.compile(r"[ \t]*,[ \t]*(?:\d|\(?\d)")


def _surname_first_full_name(text: str, g: list[_Tok], language: str) -> bool:
    """A place-shaped word opening a register's full name: "Кедров Семён Ильич (1991–2023)", "Кременчук Андрій
    Іванович": no place stands before a given name and patronymic without a preposition or a resident noun."""
    if len(g) < 3 or g[2].kind != "patr" or not morph.has_tag(g[1].form, language, "Name"):
        return False
    if _prev_word(text, g[0].start) in _PLACE_PREPOSITIONS or _after_resident_noun(text, g[0].start, language):
        return False
    return not g[0].text.isupper() and g[0].text[:1].isupper()


def _list_item_surname(text: str, t: _Tok, nxt: _Tok, language: str) -> bool:
    """A capitalised word opening a list line before a given name and ", <number>" ("— Малых Игорь, 47 лет",
    "3. Черных Олег, 1990 г.р."): the surname, even when the dictionary knows it as a word, so long as it does
    not agree with the given name as a rank or role would ("— Рядовой Игорь, 23 года")."""
    if not _ITEM_OPEN.search(text, max(0, t.start - 8), t.start) or not _ITEM_AFTER.match(text, nxt.end):
        return False
    if not morph.has_tag(nxt.form, language, "Name") or t.form.lower() in _NOT_NAMES:
        return False
    given = {(p.tag.case, p.tag.number) for p in morph.parses(nxt.form, language) if "Name" in p.tag.grammemes}
    return not any((p.tag.case, p.tag.number) in given for p in morph.parses(t.form, language))


def _plural_only(form: str, language: str) -> bool:
    """Every reading is a plural, one a nominative ("Військові", "Жители"): no name part. ("Лапин", a genitive
    plural of "лапина", is a surname.)"""
    ps = morph.parses(form, language)
    return (
        morph.is_known(form.lower(), language)
        and bool(ps)
        and all("plur" in p.tag.grammemes for p in ps)
        and any("nomn" in p.tag.grammemes for p in ps)
    )


_NEXT_CAPITALISED = regex.compile(r"[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(?![\w-])")


def _given_then_surname(text: str, form: str, end: int, language: str) -> bool:
    """Whether a word after a place word is a given name followed by a surname, not a two-word village."""
    m = _NEXT_CAPITALISED.match(text, end)
    return m is not None and given_name_and_surname(form, m.group(1), language)


def _bare_surname(form: str, language: str) -> bool:
    """Whether a capitalised word, given a name-like neighbour, can be a surname: no place, institution, function
    word, kinship or role word."""
    low = form.lower()
    if low in _NOT_NAMES or low in _TURKIC_PATRONYMIC or _function_word(form, language) or _role_word(form, language):
        return False
    if place_beats_name(form, language) or morph.has_tag(form, language, "Geox"):
        return False
    if morph.lemma(form, language) in _RANKS or category(form, language, "") is not None:
        return False
    return not any({"Apro", "Anum"} & p.tag.grammemes for p in morph.parses(form, language)[:2])


def _adjectival_surname(given: str, word: str, language: str) -> bool:
    """An adjective-shaped word agreeing with the given name before it is a surname: "Пётр Загородний"."""
    if morph.has_tag(word, language, "Geox") or place_beats_name(word, language):
        return False
    name_feats = {
        (c, g)
        for p in morph.parses(given, language)
        if "Name" in p.tag.grammemes
        for c in p.tag.grammemes & _CASES
        for g in (p.tag.grammemes & _GENDERS) | {"ms-f"} & p.tag.grammemes
    }
    for p in morph.parses(word, language):
        g = p.tag.grammemes
        if p.tag.POS != "ADJF" or {"Apro", "Anum", "Subx"} & g or "plur" in g:
            continue
        for c, gen in name_feats:
            if c in g and (gen in g or gen == "ms-f"):
                return True
    return False


# "С-к", "Т-ка", "Б-ку", "К-ко", "Ш-на": a capital, a hyphen and a short lowercase ending.
_ABBR_SURNAME = regex.compile(r"(?<![\p{L}\d-])\p{Lu}-\p{Ll}{1,3}(?![\p{L}\d-])")
_SP = r"[ \t\u00a0]"
_CYR_INITIAL = r"[А-ЯЁІЇЄҐ]\."
# A cut surname with initials and no name word at all, as verdicts and prosecutors' releases write a person they
# withhold: "Д-к О. М.", "К-ну Л.П.", "О. М. Д-ка".
_CUT_WITH_INITIALS = regex.compile(
    rf"(?<![\p{{L}}\d.-])(?:\p{{Lu}}-\p{{Ll}}{{1,3}}{_SP}{{1,2}}{_CYR_INITIAL}(?:{_SP}?{_CYR_INITIAL})?"
    rf"|{_CYR_INITIAL}(?:{_SP}?{_CYR_INITIAL})?{_SP}{{1,2}}\p{{Lu}}-\p{{Ll}}{{1,3}}(?![\p{{L}}\d-]))"
)
# A role, an age or a rank that prosecutors' and court releases put before the one initial they leave of a
# surname ("23-річний Ж.", "обвинуваченому К.", "военнослужащего Н.", "майор Ю. І."), in any case form.
_ROLE_CUE = (
    r"(?:\d{1,3}-?(?:річн|летн)\p{L}*|(?:підозрюван|подозреваем|обвинувачен|обвиняем|засуджен|осужденн|громадян"
    r"|гражданин|гражданк|військовослужбов|военнослужащ|мешкан|жител|фігурант|фигурант|затриман|задержанн|потерпіл"
    r"|потерпевш|свідк|свідок|свидетел|"
    + stems_for("initial", "")  # ranks: data/ranks.tsv, read_by "initial"
    + r"|зловмисник|злоумышленник|коригувальник|корректировщик"
    r"|колаборант|коллаборант|дезертир|чоловік|мужчин|жінк|женщин|пенсіонер|пенсионер|підсудн|подсудим"
    # kin, whom a release names by one initial too: "убедил его мать К.", "дружині Л."
    r"|дружин|сестр|брат|доч|донь|вдов|удов|бабус|бабушк|онук|внук)\p{L}*"
    r"|(?:мать|матери|матерью|мати|матері|матір|мама|мами|мамі|маму|жена|жены|жене|жену|женой|отец|отца|отцу|отцом"
    r"|батько|батька|батькові|сын|сына|сыну|сином|син|сину|синові)(?!\p{L})|гр\.)"
)
_CUED_INITIAL = regex.compile(
    rf"(?i:(?<![\p{{L}}\d-]){_ROLE_CUE}),?{_SP}+(?P<v>{_CYR_INITIAL}(?:{_SP}?{_CYR_INITIAL})?)"
    rf"(?!{_SP}?[А-ЯЁІЇЄҐ](?:\.|\p{{Ll}}))"
)


def _compact(initials: str) -> str:
    return "".join(initials.split())


# The same initials later in the text, standing alone: "Ж. перебуває ...", "(К.)".
_LONE_INITIAL = regex.compile(
    r"(?<![\p{L}\d.\-])[А-ЯЁІЇЄҐ]\.(?:[ \t\u00a0]?[А-ЯЁІЇЄҐ]\.)?(?![\p{L}\d])(?![ \t\u00a0]?[А-ЯЁІЇЄҐ](?:\.|\p{Ll}))"
)


class RuPersonRecognizer(SingleEntityRecognizer):
    """PERSON in Russian/Ukrainian: pymorphy3 Name/Surn/Patr parses with capitalisation and neighbour context."""

    LANGUAGES = ("ru", "uk")
    ENTITIES = ["PERSON"]
    STRONG_SCORE = 0.85
    MULTI_SCORE = 0.9
    WEAK_SCORE = 0.7
    SHAPE_SCORE = 0.6

    def _classify(self, text: str, m: Any) -> _Tok:
        raw = m.group()
        start, end = m.start(), m.end()
        lang = self.supported_language
        head, sep, tail = raw.partition("-")
        if sep and tail[:1].islower() and head[:1].isupper() and not morph.has_tag(raw, lang, "Geox"):
            raw, end = head, start + len(head)  # "Максим-старший", "Саня-танкист": the name is the first part
        if _INITIAL.match(raw):
            return _Tok(start, end, raw, raw, "initial", sentence_initial(text, start))
        if raw.endswith("."):
            raw = raw[:-1]
            end -= 1
        initial_pos = sentence_initial(text, start)
        if raw[:1].islower() and (
            (
                (
                    _chat_address(text, start, end)
                    or _clause_address(text, start, end, lang)
                    or _chat_label(text, start, end)
                    or _beside_imperative(text, start, end, lang)
                )
                and _lowercase_name(raw, lang)
            )
            # an author's label reads the name the dictionary ranks first ("лена из зернограда:", the river second)
            or (_chat_label(text, start, end) and _first_reading_name(raw, lang))
            # a word the dictionary reads only as a name is one wherever it stands ("мы с сашкой", "мам это тёма",
            # "звонил вовка"); after a preposition or a possessive also a listed diminutive ("у лены")
            or (lang == "ru" and _only_a_name(raw, lang, _after_governor(text, start)))
        ):
            return _Tok(start, end, raw, _title(raw), "strong", initial_pos)  # "— лёшенька, ты поел?"
        if not raw[:1].isupper() or len(raw) < 2:
            return _Tok(start, end, raw, raw, "", initial_pos)
        caps = raw.isupper()
        form = _title(raw) if caps else raw
        low = form.lower()
        if (low in _NOT_NAMES and low not in _NEEDS_NEIGHBOUR) or _personal_pronoun(form, lang):
            return _Tok(start, end, raw, form, "", initial_pos)
        if low in _GLORY and _MEMORIAL_BEFORE.search(text, max(0, start - 12), start):
            return _Tok(start, end, raw, form, "", initial_pos)  # "на Алеї Слави", "Площа Слави": a memorial's name
        if _only_hero(form, lang):
            return _Tok(start, end, raw, form, "", initial_pos)  # "Вічна пам'ять Героєві!": the honorific capital
        share = morph.tag_share(form, lang)
        if lang == "uk" and share < 0.5 and not _UK_ONLY.search(form) and not morph.is_known(low, "uk"):
            # Russian soldiers' names in Ukrainian reporting ("Монгуш", "Цыренов") and Russian chat lines quoted in
            # it ("Ирина:", which the Ukrainian dictionary only guesses at) are in the Russian dictionary.
            share = max(share, morph.tag_share(form, "ru"))
        if lang == "uk" and share == 0 and not caps:
            share = _russian_hypocoristic(form) or _uk_case_of_russian_name(form) or _uk_untagged_name(form)
        kind = ""
        if morph.has_tag(form, lang, "Patr") and share >= 0.5:
            kind = "patr"
        elif share >= 0.5 and low not in _NEEDS_NEIGHBOUR:
            kind = "strong"
        elif share > 0:
            kind = "weak"
        elif not caps and _SURNAME_SHAPE[lang].match(form) and not _plural_only(form, lang):
            kind = "shape"
        if not kind and not caps and len(form) >= 7 and _PATR_END.search(form):
            kind = "patr"  # "Володимирович", "Бахтиёрович": a patronymic the dictionary lacks or tags as a plain noun
        if not kind and not caps and _diminutive_of_name(form, lang):
            kind = "strong"  # "Санёк", "Тимурка", "Ромке": unknown to the dictionary, built on a known name
        if not kind and not caps and text[end : end + 1] in (",", "!") and _clipped_title_vocative(form):
            kind = "strong"  # "Мариш, держись", "Тань!": a name in -а/-я called, its vowel dropped
        if kind in ("", "shape") and not caps and morph.possessive_of_given_name(form, lang):
            kind = "strong"  # "Сашин брат", "Катину маму": a given name's possessive adjective names its bearer
        listed = not kind and not caps and _gazetteer_name(form, lang)
        if not kind and not listed and not caps and not initial_pos and _gazetteer_case_form(form):
            listed = True  # "это ж Толика машины", "к Коляну": an oblique case of a listed diminutive inside a sentence
        if listed or (kind == "weak" and not caps and _endearing_of_name(form, lang)):
            kind = "strong"  # "Светке", "Любаня": a listed diminutive the dictionary reads as a common noun
        if (
            kind
            and (
                _prev_word(text, start) in _PLACE_MARKERS or _PLACE_ABBREVIATION.search(text[max(0, start - 6) : start])
            )
            and not _given_then_surname(text, form, end, lang)
        ):
            kind = "placemark"  # the whole name after "село" is the village's ("староста села Богдан Кравець" is not)
        elif kind and kind != "patr" and not (lang == "uk" and given_name_with(text, start, form)):
            if place_beats_name(form, lang):
                kind = "place-" + kind
            elif morph.has_tag(form, lang, "Geox") and _prev_word(text, start) in _PLACE_PREPOSITIONS:
                kind = "place-" + kind
            elif _place_case_after_preposition(form, _prev_word(text, start), lang) and not (
                kind == "strong" and _prev_word(text, start) in ("від", "от")
            ):
                kind = "place-" + kind  # "у Копейську", "під Тихорецьком", "з Кірово-Чепецька": a town by its case
            elif is_known_place(form, lang) and _prev_word(text, start) in _PLACE_ONLY_PREPOSITIONS:
                kind = "place-" + kind  # "зі Львова" (also Лев's genitive): a known place after a place preposition
            elif lang == "ru" and _ADJ_PLACE_END.search(form) and _LIVED_IN.search(text, max(0, start - 32), start):
                kind = "place-" + kind  # "вырос в Платнировской", "жил в Кедровском": a stanitsa or village, no woman
        if kind in ("strong", "weak", "shape") and _ADJ_SURNAME_END.search(form) and _qualifies_next(text, end, lang):
            kind = ""  # "Гайсинським РТЦК", "Вербівської громади": a place adjective of the noun after it
        if (
            kind == "weak"
            and initial_pos
            and not any(p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(form, lang)[:1])
        ):
            kind = ""  # "Передай", "Значит" first in a sentence: a verb or adverb that also reads as a rare name
        if (
            kind == "strong"
            and initial_pos
            and not listed
            and form.casefold() not in _gazetteer_forms()  # "Дашка": a listed diminutive in its own form
            and _oblique_homonym(form, lang)
            and not _called_by_vocative(text, end, form)
        ):
            kind = ""  # "Родом із Кнежі": an oblique case of a common noun, not a name, opens the sentence
        if caps and (kind not in ("strong", "patr") or len(raw) < 3 or not self._label_like(text, end)):
            kind = ""  # acronyms and shouted words: only clear names in label or heading position
        return _Tok(start, end, raw, form, kind, initial_pos)

    def _context(self, text: str, toks: list[_Tok]) -> None:
        """Give a kind to words that are name parts only by their neighbours (in place, left to right)."""
        lang = self.supported_language

        def joined(a: _Tok, b: _Tok) -> bool:
            return text[a.end : b.start] == " "

        def mark(i: int, kind: str) -> None:
            t = toks[i]
            toks[i] = _Tok(t.start, t.end, t.text, t.form, kind, t.initial_pos)

        # A person noun in apposition before a name: "Герою Олександру" (герой, datv, agrees; the rare name Гера,
        # ablt, does not).
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if t.kind == "weak" and nxt.kind == "strong" and joined(t, nxt) and _apposition(t.form, nxt.form, lang):
                mark(i, "")
        # Turkic patronymics: the father's name and "оглы/кызы/угли/улы" ("Эльчин Гусейн оглы", "Рашид кызы").
        for i in range(1, len(toks)):
            t, prev = toks[i], toks[i - 1]
            if t.text.lower() in _TURKIC_PATRONYMIC and prev.text[:1].isupper() and joined(prev, t):
                mark(i - 1, "patr")
                mark(i, "patr")
        # A capitalised word right before a surname or patronymic is a given name or nickname ("Толик Корнеев").
        for i in range(len(toks) - 2, -1, -1):
            t, nxt = toks[i], toks[i + 1]
            full_name_after = (
                nxt.kind == "strong"
                and i + 2 < len(toks)
                and toks[i + 2].kind == "patr"
                and joined(nxt, toks[i + 2])
                and morph.has_tag(nxt.form, lang, "Name")
            )
            if (
                not t.kind
                and t.text[:1].isupper()
                and not t.text.isupper()
                and nxt.kind == "strong"
                and joined(t, nxt)
                and _list_item_surname(text, t, nxt, lang)
            ):
                mark(i, "weak")  # "— Малых Игорь, 47 лет": a list line opens with the surname
                continue
            if (
                not t.kind
                and t.text[:1].isupper()
                and not t.text.isupper()
                and not t.initial_pos
                and nxt.kind == "strong"
                and joined(t, nxt)
                and morph.has_tag(nxt.form, lang, "Surn")
                and _name_stem_diminutive(t.form, lang)
                and _agree_case(t.form, nxt.form, lang)
            ):
                mark(i, "strong")  # "вспоминает Мишку Гарина": a common noun's form is a given name before a surname
                continue
            if (
                not t.kind
                and t.text[:1].isupper()
                and not t.text.isupper()
                and nxt.kind in ("strong", "patr", "shape")
                and joined(t, nxt)
                and (
                    nxt.kind != "strong"
                    or morph.has_tag(nxt.form, lang, "Surn")
                    or morph.has_tag(nxt.form, lang, "Patr")
                    # Surname first: "Хвостика Алексея Валентиновича" (хвостик is also a noun).
                    or full_name_after
                    # A word the dictionary lacks before a given name: "Грицак Любомир, 1971 р.н."
                    or (
                        nxt.kind == "strong"
                        and morph.has_tag(nxt.form, lang, "Name")
                        and not morph.is_known(t.form.lower(), lang)
                        and not is_known_place(t.form, lang)
                        and _CYRILLIC_WORD.match(t.form) is not None
                    )
                )
                and not _plural_only(t.form, lang)
                and t.form.lower() not in _NOT_NAMES
                and (
                    morph.tag_share(t.form, lang, frozenset({"Geox", "Orgn", "Trad"})) == 0  # "Минобороны"
                    # a place the dictionary only guesses from the ending, before a given name and patronymic
                    or (
                        full_name_after
                        and not morph.is_known(t.form.lower(), lang)
                        and _prev_word(text, t.start) not in _PLACE_PREPOSITIONS
                    )
                )
                and not _function_word(t.form, lang)
                and not _role_word(t.form, lang)
                and not (_common_word(t.form, lang) and (t.initial_pos or not full_name_after))
                and not _person_noun(t.form, lang)
                and not _after_place_marker(text, t.start)
                and not (_after_resident_noun(text, t.start, lang) and is_known_place(t.form, lang))
            ):
                mark(i, "weak")
        for i, t in enumerate(toks):
            if i + 1 >= len(toks) or not joined(t, toks[i + 1]):
                continue
            nxt = toks[i + 1]
            after = toks[i + 2] if i + 2 < len(toks) and joined(nxt, toks[i + 2]) else None
            if (
                not t.kind
                and t.text.isupper()
                and len(t.text) >= 3
                and (
                    _caps_surname(t.form, lang)
                    or (
                        nxt.kind == "initial"
                        and morph.has_tag(t.form, lang, "Surn")
                        and t.form.lower() not in _NOT_NAMES
                    )
                )
            ):
                # Register style, surname in capitals first: "ЛИТВИНЕНКО Андрій Степанович", "ШАРИПОВ Фаррух",
                # "НИМАЕВ Аюр Баторович", "ГУСЕВ Д. Д.".
                given = nxt.kind in ("strong", "weak") and morph.has_tag(nxt.form, lang, "Name")
                patr = after is not None and (after.kind == "patr" or _PATR_END.search(after.form) is not None)
                initials = nxt.kind == "initial"
                unknown_given = nxt.text[:1].isupper() and not nxt.text.isupper() and not morph.is_known(nxt.form, lang)
                if given or initials or (patr and nxt.text[:1].isupper()) or (unknown_given and after is None):
                    mark(i, "shape")
                    if not nxt.kind:
                        mark(i + 1, "weak")
            elif (
                t.kind in ("strong", "weak")
                and not t.text.isupper()
                and morph.has_tag(t.form, lang, "Name")
                and not nxt.kind
                and nxt.text.isupper()
                and (
                    _caps_surname(nxt.form, lang)
                    or (
                        len(nxt.text) >= 4
                        and _VOWELS.search(nxt.text) is not None
                        and not any("Abbr" in p.tag.grammemes for p in morph.parses(nxt.form, lang))
                        and _bare_surname(nxt.form, lang)
                    )
                )
            ):
                mark(i + 1, "shape")  # "Алексей ПЕТРОВ": the surname in capitals after the given name
            elif (
                t.kind == "strong"
                and _given_name_word(t.form, lang)
                and not nxt.kind
                and not nxt.initial_pos
                and nxt.text[:1].isupper()
                and not nxt.text.isupper()
                and _adjectival_surname(t.form, nxt.form, lang)
                and not _qualifies_next(text, nxt.end, lang)
            ):
                mark(i + 1, "shape")  # "Пётр Загородний", "Богдан Гладкий": an adjective-shaped surname
            elif (
                t.kind in ("strong", "weak")
                and _given_name_word(t.form, lang)
                and not nxt.kind
                and not nxt.initial_pos
                and nxt.text[:1].isupper()
                and not nxt.text.isupper()
                and (t.kind == "strong" or not morph.is_known(nxt.form.lower(), lang))
                and _bare_surname(nxt.form, lang)
                and not _qualifies_next(text, nxt.end, lang)
            ):
                mark(i + 1, "shape")  # "Николай Полторак", "Роман Букало": a capitalised word after a given name
            elif (
                t.kind in ("shape", "strong")
                and (morph.has_tag(t.form, lang, "Surn") or t.kind == "shape")
                and not nxt.kind
                and nxt.text[:1].isupper()
                and not nxt.text.isupper()
                and _CYRILLIC_WORD.match(nxt.form) is not None
                and not morph.is_known(nxt.form.lower(), lang)
                and not is_known_place(nxt.form, lang)
                and (after is None or after.kind == "patr")
            ):
                mark(i + 1, "weak")  # "Намжилов Аюр, 1985 г.р.": a given name the dictionary lacks after a surname
        # A capitalised word right before a patronymic is the given name, even one the dictionary files only as a
        # common noun ("Богдан", "Любов"): "Богдан Миколайович Середа" opening a list line. A person noun needs
        # the surname after the patronymic too, or a given-name reading in the other language's dictionary.
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if t.kind or nxt.kind != "patr" or not joined(t, nxt) or t.text.isupper() or not t.text[:1].isupper():
                continue
            if _PATR_END.search(nxt.form) is None or len(t.text) < 3 or _CYRILLIC_WORD.match(t.form) is None:
                continue
            surname_after = (
                i + 2 < len(toks)
                and toks[i + 2].kind in ("strong", "weak", "shape", "place-weak")
                and joined(nxt, toks[i + 2])
            )
            other = "ru" if lang == "uk" else "uk"
            if (
                t.form.lower() in _NOT_NAMES
                or morph.lemma(t.form, lang) in _RANKS
                or _function_word(t.form, lang)
                or _role_word(t.form, lang)
                or _after_place_marker(text, t.start)
                or morph.tag_share(t.form, lang, _GEOX) > 0
            ):
                continue
            if (
                (_person_noun(t.form, lang) or _common_word(t.form, lang))
                and not surname_after
                and not morph.has_tag(t.form, other, "Name")
            ):
                continue
            mark(i, "weak")
        # A capitalised word right after a given name and patronymic is the surname, even one that does not decline
        # (Moldovan, Georgian, Turkic): "солдата Івана Георгійовича Лунгу", "Василь Олексійович Гоншу".
        for i in range(len(toks) - 2):
            g, p, s = toks[i], toks[i + 1], toks[i + 2]
            if (
                g.kind in ("strong", "weak")
                and p.kind == "patr"
                and not s.kind
                and joined(g, p)
                and joined(p, s)
                and s.text[:1].isupper()
                and not s.text.isupper()
                and len(s.text) >= 3
                and _CYRILLIC_WORD.match(s.form) is not None
                and _bare_surname(s.form, lang)
            ):
                mark(i + 2, "shape")
        # A full name in capitals heading a notice: "ОЛЕКСАНДР КОЛОМІЄЦЬ", "КОЛОМІЄЦЬ ОЛЕКСАНДР ПЕТРОВИЧ". A given
        # name the dictionary is sure of beside a word that can be a surname (or a patronymic), all in capitals.
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if t.kind or nxt.kind or not (t.text.isupper() and nxt.text.isupper()) or not joined(t, nxt):
                continue
            if len(t.text) < 3 or len(nxt.text) < 3:
                continue
            for name_i, other_i in ((i, i + 1), (i + 1, i)):
                g_form, o_form = toks[name_i].form, toks[other_i].form
                if not _caps_given_name(g_form, lang):
                    continue
                patr = other_i > name_i and _PATR_END.search(o_form) is not None
                if patr or (_caps_surname(o_form, lang) and not _caps_given_name(o_form, lang)):
                    mark(name_i, "strong")
                    mark(other_i, "patr" if patr else "shape")
                    third = i + 2
                    if (
                        third < len(toks)
                        and not toks[third].kind
                        and toks[third].text.isupper()
                        and joined(toks[i + 1], toks[third])
                        and (
                            _PATR_END.search(toks[third].form) is not None
                            or (patr and _caps_surname(toks[third].form, lang))
                        )
                    ):
                        mark(third, "shape")
                    break
        # Two initials beside a capitalised word make it a surname: "Хвостика А.В.", "А. В. Хвостика".
        for i, t in enumerate(toks):
            if t.kind or not t.text[:1].isupper() or t.text.isupper() or len(t.text) < 3:
                continue
            after_ok = (
                i + 2 < len(toks)
                and toks[i + 1].kind == toks[i + 2].kind == "initial"
                and _ONE_SPACE.fullmatch(text[t.end : toks[i + 1].start])
            )
            before_ok = (
                i >= 2
                and toks[i - 1].kind == toks[i - 2].kind == "initial"
                and _ONE_SPACE.fullmatch(text[toks[i - 1].end : t.start])
            )
            if (
                (after_ok or before_ok)
                and _bare_surname(t.form, lang)
                and not (t.initial_pos and _common_word(t.form, lang))
            ):
                mark(i, "shape")
        for i, t in enumerate(toks):
            if (
                not t.kind
                and i > 0
                and t.text[:1].isupper()
                and not t.text.isupper()
                and len(t.text) >= 3
                and joined(toks[i - 1], t)
                and morph.lemma(toks[i - 1].text, lang) in _RANKS
                and not place_beats_name(t.form, lang)
                and not _function_word(t.form, lang)
                and morph.lemma(t.form, lang) not in _RANKS
                and not (morph.has_tag(t.form, lang, "Geox") or category(t.form, lang, "") is not None)
                # "захиснику України Миколі", "Захиснику Вітчизни": the country he defended
                and not morph.lemmas(t.form, lang) & (COUNTRIES | MOTHERLAND_LEMMAS)
                and not (
                    morph.tag_share(t.form, lang) == 0
                    and _heads_genitive(text, t.end, _common_readings(t.form, lang), lang)
                )  # "бійці Сил оборони": a body's name after a plural rank
            ):
                mark(i, "ranked")  # "сержант Вовк", "рядовой Коваль": a rank names the person after it

    @staticmethod
    def _label_like(text: str, end: int) -> bool:
        """An ALL-CAPS word is a name when it labels a line (followed by ':' or line end) or sits in caps text."""
        after = text[end : end + 3]
        return after[:1] in (":", "\n", "") or after.lstrip()[:1] in (":", "(") or text[end : end + 2].strip() == ","

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Find name spans; merge adjacent parts; then look for every case form of the surnames found."""
        if "PERSON" not in entities:
            return []
        toks = [self._classify(text, m) for m in _TOKEN.finditer(text)]
        toks = self._lowercase_surnames(text, toks)
        self._context(text, toks)
        # Name lemmas of weak names used as names inside a sentence ("Телефон Славы"): the same name opening a
        # sentence before a comma ("Слава, кстати, ...") is that person too.
        named_here = frozenset(
            lem
            for t in toks
            if t.kind == "weak" and not t.initial_pos and not _FIXED_AFTER.match(text, t.end)
            for lem in morph.name_lemmas(t.form, self.supported_language, ("Name",))
        )
        groups: list[list[_Tok]] = []
        current: list[_Tok] = []
        for t in toks:
            if t.kind and current and _GAP_0_2.fullmatch(text[current[-1].end : t.start]):
                current.append(t)
                continue
            if current:
                groups.append(current)
            current = [t] if t.kind else []
        if current:
            groups.append(current)
        results: list[RecognizerResult] = []
        surnames: set[str] = set()
        for g in groups:
            span = self._accept(text, g, named_here)
            if span is None:
                continue
            start, end, score = span
            results.append(self._result(start, end, score, "name parts"))
            named = [t for t in g if t.kind in ("strong", "shape", "weak", "patr") and start <= t.start < end]
            if len(named) > 1:
                # Every part of a full name is a name in this document: "Лева Аркадійовича" ... "Лев у нас".
                surnames.update(t.form for t in named if t.kind != "patr")
        results.extend(self._repeats(text, surnames, results))
        for r in results:
            honorific = _HONORIFIC_AFTER.match(text, r.end)
            if honorific is not None:
                r.end = honorific.end()  # "Айдар-абый": the kin honorific is how he is called
        rites = [m.span() for m in _RITE.finditer(text)]
        if rites:
            results = [r for r in results if not any(a <= r.start and r.end <= b for a, b in rites)]
        return self._court_initials(text, self._abbreviated_surnames(text, results))

    def _court_initials(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """What a court or prosecutor leaves of a name: a cut surname with initials ("Д-к О. М."), the same cut
        surname alone once the text has named it so ("Д-к визнав вину"), and one initial after a role or an age
        ("23-річний Ж.") with its later mentions ("Ж. перебуває ...")."""
        out = list(results)

        def covered(start: int, end: int) -> bool:
            return any(r.start <= start and end <= r.end for r in out)

        for m in _CUT_WITH_INITIALS.finditer(text):
            if not covered(m.start(), m.end()):
                out.append(self._result(m.start(), m.end(), self.MULTI_SCORE, "a cut surname with initials"))
        # A cut surname is a name in this text once one of them stands in a name span: then the others with its
        # first letter are the same person ("Ш-ко Людмилу Вікторівну" ... "Суд призначив Ш-ко").
        cut = list(_ABBR_SURNAME.finditer(text))
        letters = {m.group()[0] for m in cut if covered(m.start(), m.end())}
        for m in cut:
            if m.group()[0] in letters and not covered(m.start(), m.end()):
                out.append(self._result(m.start(), m.end(), self.STRONG_SCORE, "a cut surname named in this text"))
        cued = [m for m in _CUED_INITIAL.finditer(text) if not covered(*m.span("v"))]
        initials = {_compact(m.group("v")) for m in cued}
        for m in cued:
            start, end = m.span("v")
            out.append(self._result(start, end, self.STRONG_SCORE, "one initial after a role or an age"))
        if initials:
            for m in _LONE_INITIAL.finditer(text):
                if _compact(m.group()) in initials and not covered(m.start(), m.end()):
                    out.append(self._result(m.start(), m.end(), self.WEAK_SCORE, "a lone initial named in this text"))
        return out

    def _lowercase_surnames(self, text: str, toks: list[_Tok]) -> list[_Tok]:
        """A chat writes the whole name in lower case ("передай серёге калинину", "тарасу бондаренку"): a lower-case
        word right after a lower-case given name is its surname when the dictionary reads it as a surname in a case
        the name is in, and not first as a common word."""
        lang = self.supported_language
        out = list(toks)
        for i in range(1, len(out)):
            prev, tok = out[i - 1], out[i]
            if tok.kind or prev.kind != "strong" or not prev.text[:1].islower() or not tok.text[:1].islower():
                continue
            if text[prev.end : tok.start] != " " or len(tok.text) < 4:
                continue
            readings = morph.parses(tok.text, lang)[:4]
            if not readings or not ({"Surn", "Geox"} & readings[0].tag.grammemes or not morph.is_known(tok.text, lang)):
                continue  # "передай серёге спасибо": the first reading is a common word
            cases = {
                c
                for p in morph.parses(prev.text, lang)[:4]
                if "Name" in p.tag.grammemes
                for c in _CASES & p.tag.grammemes
            }
            if any("Surn" in p.tag.grammemes and _CASES & p.tag.grammemes & cases for p in readings):
                out[i] = _Tok(tok.start, tok.end, tok.text, _title(tok.text), "strong", tok.initial_pos)
        return out

    def _abbreviated_surnames(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Court releases shorten the surname to its first letter and case ending: "С-к Юрій Іванович",
        "щодо Т-ка Андрія", "Олегу Б-ку". Such a token joins the name found right beside it."""
        out = list(results)
        for m in _ABBR_SURNAME.finditer(text):
            for k, r in enumerate(out):
                after = r.start > m.end() and _GAP_1_2.fullmatch(text[m.end() : r.start])
                before = r.end < m.start() and _GAP_1_2.fullmatch(text[r.end : m.start()])
                if after or before:
                    start, end = min(r.start, m.start()), max(r.end, m.end())
                    out[k] = self._result(start, end, r.score, "name parts with an abbreviated surname")
                    break
        return out

    def _accept(
        self, text: str, g: list[_Tok], named_here: frozenset[str] = frozenset()
    ) -> tuple[int, int, float] | None:
        lang = self.supported_language
        # A place with no name reading at either edge is not part of the name: "Андрей Украины не видел".
        while g and g[-1].kind.startswith("place-") and morph.tag_share(g[-1].form, lang) == 0:
            g = g[:-1]
        while (
            g
            and g[0].kind.startswith("place-")
            and not _surname_first_full_name(text, g, lang)
            and (
                morph.tag_share(g[0].form, lang) == 0
                or _prev_word(text, g[0].start) in _PLACE_PREPOSITIONS
                or _after_resident_noun(text, g[0].start, lang)
            )
        ):
            g = g[1:]  # "зі Львова Андрій Мельничук", "уродженець Львова Андрій ...": the town, then the man
        while len(g) >= 2 and _leading_common(text, g, lang):
            g = g[1:]  # "Рядовой Сергей Литвиненков", "Тернополянин Ігор Савчук", "Заяву Пєскова": not a name part
        if not g:
            return None
        if len(g) == 1 and g[0].kind in ("strong", "weak") and _label_or_head(text, g[0], lang):
            return None  # "Школа: ...", "Староста округу оголосив": a field label or a title governing a noun
        # Trim initials/place words at the edges that do not attach to a name.
        if sum(1 for t in g if t.kind == "initial") >= 2 and g[-1].kind.startswith("place-") and g[0].kind == "initial":
            return g[0].start, g[-1].end, self.MULTI_SCORE  # "Т. М. Ярошенка": two initials make the word a name
        initials = [t for t in g if t.kind == "initial"]
        places = [t for t in g if t.kind.startswith("place-")]
        if (
            initials
            and len(places) == 1
            and len(g) == len(initials) + 1
            and (g[0] is places[0] or len(initials) >= 2)
            and (morph.has_tag(places[0].form, self.supported_language, "Surn") or places[0].kind == "place-shape")
        ):
            return g[0].start, g[-1].end, self.MULTI_SCORE  # "Гусев Д. Д.": initials make the town a surname
        if len(g) == 1 and g[0].kind == "ranked":
            return g[0].start, g[0].end, self.SHAPE_SCORE
        core = [t for t in g if t.kind in ("strong", "weak", "shape", "patr", "ranked")]
        if not core and len(g) >= 3 and all(t.kind == "initial" for t in g):
            return g[0].start, g[-1].end, self.WEAK_SCORE  # three initials alone: "К. П. І." in a verdict
        if not core or g[0].kind == "placemark":
            return None
        kinds = [t.kind for t in g]
        named = [t for t in g if t.kind != "initial"]
        if len(named) >= 2 and any(k in ("strong", "patr", "weak", "shape") for k in kinds):
            # Two adjacent name parts, e.g. "Вера Ивановна", "Сергеем Маковлевым", "Бахмут Андрей"? need one strong.
            if any(k in ("strong", "patr") for k in kinds) or kinds.count("shape") + kinds.count("weak") >= 2:
                return g[0].start, g[-1].end, self.MULTI_SCORE
        first = core[0]
        # Attach initials on either side of a single name part ("А. В. Петров", "Артём Х.").
        has_initial = any(t.kind == "initial" for t in g)
        if first.kind in ("strong", "patr"):
            return (
                g[0].start if has_initial else first.start,
                g[-1].end if has_initial else first.end,
                self.STRONG_SCORE,
            )
        nxt = text[first.end : first.end + 2]
        if first.kind == "weak":
            if has_initial:
                return g[0].start, g[-1].end, self.WEAK_SCORE
            if _FIXED_AFTER.match(text, first.end):
                return None
            before = text[max(0, first.start - 1) : first.start]
            if before and before in '«"„“':
                return None
            if (
                first.initial_pos
                and nxt.startswith(",")
                and morph.name_lemmas(first.form, self.supported_language, ("Name",)) & named_here
            ):
                return first.start, first.end, self.WEAK_SCORE  # "Телефон Славы: ... Слава, кстати, ..."
            if first.initial_pos and first.form.lower() in _NEEDS_NEIGHBOUR:
                return None  # "Слава богу", "Надежда есть": a sentence-initial capital says nothing
            if not first.initial_pos or nxt.startswith(",") or _nominative_name(first.form, self.supported_language):
                return first.start, first.end, self.WEAK_SCORE
            return None
        if first.kind in ("shape", "ranked"):
            if has_initial:
                return g[0].start, g[-1].end, self.MULTI_SCORE
            if not first.initial_pos:
                return first.start, first.end, self.SHAPE_SCORE
        return None

    def _repeats(self, text: str, surnames: set[str], found: list[RecognizerResult]) -> list[RecognizerResult]:
        if not surnames:
            return []
        forms: set[str] = set()
        for s in surnames:
            forms |= morph.variants(s, self.supported_language, ("Surn",))
        covered = bytearray(len(text) + 1)  # 1 where a name span already covers the character
        for r in found:
            covered[r.start : r.end] = b"\x01" * (r.end - r.start)
        out: list[RecognizerResult] = []
        for start, end in find_forms(text, forms):  # one automaton pass, no per-document regex to compile
            if all(covered[start:end]):
                continue
            out.append(self._result(start, end, self.STRONG_SCORE, "surname repeat"))
        return out


def _common_readings(form: str, language: str) -> list[Any]:
    """The parses of a known word that carry no name tag (the common noun "староста", not the surname)."""
    if not morph.is_known(form.lower(), language):
        return []
    return [p for p in morph.parses(form, language) if not NAME_TAGS_SET & p.tag.grammemes]


def _leading_common(text: str, g: list[_Tok], language: str) -> bool:
    """Whether the first word of a group is a title, demonym or common word before the name, not a name part.

    A rank or title never joins the name ("Рядовой Сергей Литвиненков"); an animate common noun with no name
    reading is a role or demonym ("Речник", "Тернополянин"), unless a patronymic makes it a surname-first full
    name; a word with no given-name reading before a given name and a surname ("Староста Петро Коваль") cannot
    be a surname (no surname precedes a given name and another surname); a sentence-opening common word whose
    surname readings do not agree in case with the name after it ("Мені Лариса Петрівна", "Заяву Пєскова").
    """
    t0, t1 = g[0], g[1]
    if t0.kind.removeprefix("place-") not in ("strong", "weak", "shape") or t1.kind not in (
        "strong",
        "weak",
        "shape",
        "patr",
    ):
        return False
    if text[t0.end : t1.start] != " ":
        return False
    common = _common_readings(t0.form, language)
    if not common or _list_item_surname(text, t0, t1, language):
        return False
    if t0.kind == "strong" and not t0.initial_pos and _name_stem_diminutive(t0.form, language):
        return False  # "Мишку Гарина": marked a given name before its surname
    ps = morph.parses(t0.form, language)
    share = morph.tag_share(t0.form, language)
    if language == "uk" and share == 0 and not t0.text.isupper():
        share = _uk_untagged_name(t0.form)  # "Богдан Кузьмич": a given name the dictionary files as a noun
    patr_after = len(g) > 2 and g[2].kind == "patr"
    if {str(p.normal_form) for p in common} & _RANKS:
        return True
    if t1.kind == "patr" and _PATR_END.search(t1.form) is not None:
        return False  # a word right before a patronymic is the given name: "Богдан Миколайович", "Любов Іванівна"
    surname_cases = {c for p in ps if NAME_TAGS_SET & p.tag.grammemes for c in p.tag.grammemes & (_CASES | {"voct"})}
    name_cases = {
        c for p in morph.parses(t1.form, language) if NAME_TAGS_SET & p.tag.grammemes for c in p.tag.grammemes & _CASES
    }
    if patr_after:
        # "Мені Лариса Петрівна": a surname-first full name agrees in case; a word that only disagrees is no surname.
        return t0.initial_pos and 0 < share < 0.5 and not surname_cases & name_cases
    anim = any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in common)
    if share == 0 and anim and not patr_after:
        return True
    if (
        len(g) > 2
        and not morph.has_tag(t0.form, language, "Name")
        and morph.has_tag(t1.form, language, "Name")
        and g[2].kind in ("strong", "shape", "weak")
        and morph.has_tag(g[2].form, language, "Surn") | (g[2].kind == "shape")
        and anim
    ):
        return True
    if not t0.initial_pos or share >= 0.5 or NAME_TAGS_SET & ps[0].tag.grammemes:
        return False
    if all("plur" in p.tag.grammemes for p in common):
        return False  # "Толик Корнеев": only an odd plural form of a common word ("толика"), a name in use
    if language == "ru" and ps[0].score >= 0.9:
        return True  # "Машина Валеркина": the common reading dominates
    return not surname_cases & name_cases


# "Слава" in the name of a memorial alley or square ("похований на Алеї Слави", "біля Площі Слави"), no one's name.
_GLORY = frozenset({"слава", "слави", "славі", "славу", "славы", "славе"})
_MEMORIAL_BEFORE = regex.compile(r"(?i:але[яїюєі]\p{L}*|алле[яиеюй]\p{L}*|площ\p{L}*)[ \t]+\Z")


def _only_hero(form: str, language: str) -> bool:
    """Every dictionary reading is an honorific person noun ("Героєві", "Героєм", "Захисникові"): memorial notices
    capitalise it for the fallen, but it is no name part. ("Герою" is also the rare name Гера: see _label_or_head.)"""
    ps = morph.parses(form, language)
    return (
        morph.is_known(form.lower(), language)
        and bool(ps)
        and all(str(p.normal_form) in HONORIFIC_PERSON_LEMMAS for p in ps)
    )


def _label_or_head(text: str, t: _Tok, language: str) -> bool:
    """A lone sentence-opening word with a common reading that labels a field ("Школа:") or, with no given-name
    reading, governs a lower-case genitive noun ("Староста округу оголосив"); or, anywhere, the honorific capital
    of "герой" ("Вічна пам'ять Герою!")."""
    common = _common_readings(t.form, language)
    if any(str(p.normal_form) == "герой" for p in common) and morph.tag_share(t.form, language) < 0.5:
        return True  # the rare name "Гера" in the instrumental does not outweigh the honorific
    if not common or morph.has_tag(t.form, language, "Name"):
        return False  # "Саша: Під Херсоном": a speaker label is a name
    if not t.initial_pos:
        return False
    top = morph.parses(t.form, language)[0]
    if text[t.end : t.end + 1] == ":":
        return not NAME_TAGS_SET & top.tag.grammemes
    if _DASH_AFTER.match(text[t.end : t.end + 3]) and not NAME_TAGS_SET & top.tag.grammemes:
        return "inan" in top.tag.grammemes  # "Школа — його друга домівка"; "Вовк — мій командир" stays a name
    return _heads_genitive(text, t.end, common, language)


def _heads_genitive(text: str, end: int, common: list[Any], language: str) -> bool:
    """A common noun followed by a lower-case inanimate genitive noun it governs ("Сил оборони", "округу")."""
    nxt = _LOWER_NEXT.match(text[end : end + 40])
    if nxt is None or not any(p.tag.POS == "NOUN" for p in common):
        return False
    follow = morph.parses(nxt.group(1), language)[:3]
    return (
        bool(follow)
        and all(p.tag.POS == "NOUN" for p in follow)
        and any("gent" in p.tag.grammemes and "anim" not in p.tag.grammemes for p in follow)
    )


def _name_cases(form: str, language: str) -> tuple[set[str], set[str]]:
    """(cases of the name readings, cases of the other readings) of ``form``."""
    named: set[str] = set()
    other: set[str] = set()
    ps = morph.parses(form, language)
    name_lemmas = {str(p.normal_form) for p in ps if NAME_TAGS_SET & p.tag.grammemes}
    for p in ps:
        cases = set(p.tag.grammemes & (_CASES | {"voct"})) or {"nomn"}
        if NAME_TAGS_SET & p.tag.grammemes:
            named.update(cases)
        elif str(p.normal_form) not in name_lemmas and p.tag.POS == "NOUN":
            other.update(cases)  # a real homonym ("рід" for "Родом"), not the name's own lemma tagged plainly
    return named, other


def _nominative_name(form: str, language: str) -> bool:
    """A name in the nominative whose common-word readings are all oblique cases: "Гена" (or the genitive of
    "ген"), "Рома" ("ром"), "Толя" ("толь"). Opening a sentence, the nominative reading is the subject."""
    if form.lower() in _NEEDS_NEIGHBOUR:
        return False
    named, other = _name_cases(form, language)
    return (
        bool(named & {"nomn", "voct"})
        and not other & {"nomn", "voct"}
        and not any(
            p.tag.POS not in ("NOUN",) for p in morph.parses(form, language) if not NAME_TAGS_SET & p.tag.grammemes
        )
    )


@lru_cache(maxsize=1)
def _vocatives() -> frozenset[str]:
    """The spoken vocatives the given-names gazetteer lists ("Серёг", "Вер", "Лёх"), lower case."""
    return given_name_forms(("vocatives",))


def _called_by_vocative(text: str, end: int, form: str) -> bool:
    """A listed vocative of a name set off by a comma or "!" ("Серёг, позвони маме"): someone called, though the
    dictionary also reads the word as an oblique plural of a common noun ("серёг" of серьга)."""
    return text[end : end + 1] in {",", "!"} and form.lower() in _vocatives()


def _oblique_homonym(form: str, language: str) -> bool:
    """Every name reading of ``form`` is an oblique case and a common noun shares it: "Родом" (рід / Род)."""
    if not morph.is_known(form.lower(), language):
        return False
    named, other = _name_cases(form, language)
    return bool(other) and not named & {"nomn", "voct"} and bool(named & other)


# є after a consonant: the Ukrainian spelling of a Russian ё/е ("Лєха", "Сєрьога").
_UK_YE = regex.compile(r"[бвгджзклмнпрстфхцчшщ][єЄ]", regex.IGNORECASE)
_UK_YO = regex.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ьо|(?<![бвгджзклмнпрстфхцчшщ])йо", regex.IGNORECASE)


def _russian_hypocoristic(form: str) -> float:
    """Name weight of a Ukrainian spelling of a Russian short name: "Тьоми" → "Тёмы", "Сьома" → "Сёма", and the
    chat spelling with є for the Russian ё or е after a consonant: "Лєха" → "Лёха", "Сєрий" → "Серый"."""
    if _UK_YE.search(form) and not _UK_ONLY.search(_UK_YE.sub("", form)):
        for vowel in ("ё", "е"):
            cand = form.replace("є", vowel).replace("Є", vowel.upper())  # every є follows a consonant here
            if morph.is_known(cand, "ru") and morph.tag_share(cand, "ru", frozenset({"Name"})) >= 0.5:
                return morph.tag_share(cand, "ru", frozenset({"Name"}))
        return 0.0
    if not _UK_YO.search(form) or _UK_ONLY.search(form):
        return 0.0
    ru = _UK_YO.sub("ё", form)
    for cand in (ru, ru[:-1] + "ы" if ru.endswith("и") else ru):
        if morph.is_known(cand, "ru") and morph.tag_share(cand, "ru", frozenset({"Name"})) > 0:
            return morph.tag_share(cand, "ru", frozenset({"Name"}))
    return 0.0


def _uk_untagged_name(form: str) -> float:
    """Name weight of a given name the Ukrainian dictionary files only as a person noun with no name tag
    ("Богдан"): an animate noun of its own lemma there, a given name in the Russian dictionary."""
    if _UK_ONLY.search(form) or form.lower() in _NEEDS_NEIGHBOUR:
        return 0.0
    uk = morph.parses(form, "uk")
    if not any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and str(p.normal_form) == form.lower() for p in uk):
        return 0.0
    if any(p.tag.POS != "NOUN" for p in uk):
        return 0.0
    if not morph.is_known(form, "ru") or morph.tag_share(form, "ru", frozenset({"Name"})) < 0.5:
        return 0.0
    return morph.tag_share(form, "ru", frozenset({"Name"}))


_UK_CASE_ENDINGS = ("ові", "еві", "єві", "ом", "ем", "єм", "ою", "ею", "ів", "і")


def _uk_case_of_russian_name(form: str) -> float:
    """Name weight of a Ukrainian case form of a name only the Russian dictionary has: "Айдарові" ← "Айдар"."""
    if morph.is_known(form.lower(), "uk"):
        return 0.0
    for ending in _UK_CASE_ENDINGS:
        stem = form[: -len(ending)]
        if form.endswith(ending) and len(stem) >= 3 and not _UK_ONLY.search(stem):
            for cand in (stem, stem + "а", stem + "я"):
                if morph.is_known(cand, "ru") and morph.tag_share(cand, "ru", frozenset({"Name"})) >= 0.5:
                    return morph.tag_share(cand, "ru", frozenset({"Name"}))
    return 0.0


_DIMINUTIVE = regex.compile(
    r"^(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ]{1,})(?:ёк|ек|ок|ка|ке|ку|кой|ки|чик|чика|чику|ушк[аиеуой]|юшк[аиеуой]|ух[аиеуой]|юх[аиеуой]|ян|ян[аеу]|ёк[ау]|ька|ьке|ьку|ько)$"
)
# Endearing suffixes that only names and a few kin words take ("Лёшенька", "Танечка", "Янусь", "Сашуня"): the
# dictionary lists some of these forms as stray common nouns ("лёшенька"), so a known word may still be one.
_ENDEARING = regex.compile(
    r"^(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ]{1,})(?:(?:еньк|оньк|ечк|очк|ічк|ус|ун|ул|уньк|ульк)(?:а|и|е|у|ой|ою|о|і|ь|я|ю|ей)?"
    # the Ukrainian masculine -ічок / -ечок with its case endings ("Толічок", "Толічку", "Василечка")
    r"|(?:ічок|ечок|ічк(?:а|у|ом|ові))"
    # "Любаня", "Любане": -ан- only with a soft ending ("роман", "стакан" are no names)
    r"|ан(?:я|е|ю|ей|ею))$"
)
_KIN_STEMS = frozenset("мам пап баб дед дяд тёт тет бат сын доч дочер брат сестр дружин чоловік".split())


def _endearing_of_name(form: str, language: str) -> bool:
    """Whether ``form`` is a given name with an endearing suffix (Лёш-енька ← Лёша, Ян-усь ← Яна)."""
    m = _ENDEARING.match(form)
    if m is None:
        return False
    stem = m.group("stem")
    if stem.lower() in _KIN_STEMS or len(stem) < 2:
        return False
    for lang in dict.fromkeys((language, "ru")):
        for cand in (stem + "а", stem + "я", stem):
            if morph.is_known(cand, lang) and morph.tag_share(cand, lang, frozenset({"Name"})) >= 0.5:
                return True
    return False


@lru_cache(maxsize=1)
def _gazetteer_forms() -> frozenset[str]:
    """Cyrillic given names and their diminutives from the given-name gazetteer, lower-cased, without the forms it
    marks ambiguous ("Вера", "Роман", "Рома" are also words): "светка", "тёма", "ромка", "любаня"."""
    return frozenset(f for f in given_name_forms(("name", "uk", "diminutives"), ambiguous=False) if len(f) >= 4)


def _gazetteer_name(form: str, language: str) -> bool:
    """Whether a word is a case form of a given name or diminutive the gazetteer lists, though the dictionary reads
    it as a common noun ("Светке" ← светка, "Тёмке" ← Тёмка)."""
    forms = _gazetteer_forms()
    if form.casefold() in forms:
        return True
    return any(
        p.tag.POS == "NOUN" and "Geox" not in p.tag.grammemes and str(p.normal_form) in forms
        for p in morph.parses(form.lower(), language)[:3]
    )


# Case endings a masculine given name or diminutive ending in a consonant takes (Толик: Толика, Толику, Толиком,
# Толике; Ukrainian Толикові, Толиком).
_MASCULINE_CASE_END = regex.compile(r"(?:ові|еві|ом|ем|а|у|е|ю|і)$")
_CONSONANT_END = regex.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def _gazetteer_case_form(form: str) -> bool:
    """Whether a capitalised word is an oblique case of a listed masculine name or diminutive ending in a consonant,
    though the dictionary reads it as a common word ("Толика" ← Толик, not the noun толика; "Коляну" ← Колян)."""
    low = form.lower()
    for m in _MASCULINE_CASE_END.finditer(low):
        stem = low[: m.start()]
        if len(stem) >= 4 and _CONSONANT_END.search(stem) and stem in _gazetteer_forms():
            return True
    return False


def _lowercase_name(raw: str, language: str) -> bool:
    """A lowercase word of a chat that is a given name or its diminutive ("лёшенька", "саня", "тарасику"), not a
    word that is also a common noun ("вера", "роман", "слава")."""
    if len(raw) < 4:
        return len(raw) == 3 and _clipped_vocative(raw, language)  # "оль", "саш", "лёш"
    form = _title(raw)
    if _endearing_of_name(form, language) or _diminutive_of_name(form, language) or _gazetteer_name(raw, language):
        return True
    if morph.tag_share(form, language, frozenset({"Name"})) < 0.5:
        return False
    return not any("Name" not in p.tag.grammemes and p.tag.POS == "NOUN" for p in morph.parses(raw, language)[:3])


_ADDRESS_BEFORE = regex.compile(
    r"(?:^|[\n—–-]|[,!?]|\b(?:привет|здравствуй|пока|слушай|скажи|передай|привіт|слухай|"
    r"скажи|передай|ну|ой|ах|мой|моя|мій|моя|милый|милая|любимый|коханий|кохана|родной|рідний)"
    r")\s*$",
    regex.IGNORECASE,
)


def _chat_address(text: str, start: int, end: int) -> bool:
    """A word in address position: at the start of a turn or after a greeting, and followed by , ! ? or the
    line's end ("— лёшенька, ты поел?", "привет саня!")."""
    after = text[end : end + 2]
    if not (after[:1] in {",", "!", "?", ")"} or after[:1] in {"", "\n"} or after.startswith(" —")):
        return False
    return bool(_ADDRESS_BEFORE.search(text[max(0, start - 25) : start]))


_CLAUSE_START = regex.compile(r"(?:^|[\n.!?:;—–])\s*$")
_NEXT_WORD = regex.compile(r"\s+(\w+)")
# Closed-class words a vocative opens into: a second-person pronoun or a question word ("лёшенька когда домой",
# "саня ты где", "тарасику чому мовчиш").
_AFTER_VOCATIVE = frozenset(
    "ты вы ти ви тебя тебе вас тобі тебе когда где куда откуда как почему зачем что чего коли де куди звідки як "
    "чому навіщо що чого ну а спасибо спс благодарю дякую привет привіт пожалуйста держись тримайся".split()
)


def _clause_address(text: str, start: int, end: int, language: str) -> bool:
    """A lower-case word opening a clause of a chat and followed by a second-person pronoun, a question word or an
    imperative: the addressee of an unpunctuated message ("убрала. лёшенька когда домой", "саня позвони")."""
    if not _CLAUSE_START.search(text[max(0, start - 3) : start]):
        return False
    parses = morph.parses(text[start:end], language)
    if _clipped_vocative(text[start:end], language):
        return True  # the clipped vocative opens a reply whatever follows ("наташ мой тоже молчит", "серёж тут")
    if parses and not any({"nomn", "voct"} & p.tag.grammemes for p in parses):
        return False  # an addressee is in the nominative or vocative ("галочку поставь" is an object)
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    nxt = m.group(1).lower()
    if nxt in _AFTER_VOCATIVE:
        return True
    return any({"impr", "Ques"} & p.tag.grammemes or "2per" in p.tag.grammemes for p in morph.parses(nxt, language)[:2])


# The author's name opening a line of a chat export, before a colon, maybe with a place or a note ("галина: скинула",
# "лена из зернограда: у меня носки"): a label line, the name is its first word.
_LABEL_AFTER = regex.compile(r"(?:[ \t]+[^\s:.!?][^\n:.!?]{0,30})?[ \t]*(?:\p{So}[ \t]*)*:[ \t]")
_LINE_START = regex.compile(r"(?:^|\n)(?:[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?)?[ \t]*$")


_GOVERNORS = frozenset(
    "с со у к ко от для про без за о об при перед мой моя моего моему моим моей наш наша нашего нашему нашим нашей "
    "твой твоя твоего твоему твоим твоей".split()
)


def _after_governor(text: str, start: int) -> bool:
    """The word before is a preposition or a possessive that governs a noun phrase in a chat's lower case."""
    before = _PREV_BESIDE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in _GOVERNORS


def _only_a_name(raw: str, language: str, governed: bool) -> bool:
    """A lower-case word the dictionary knows, every reading of which is a given name ("сашкой", "вадиком", "тёма"),
    or, after a preposition or possessive, a diminutive the gazetteer lists that the dictionary reads only as nouns
    ("у лены"); no verb ("вали", "кати"), conjunction ("коли") or common noun ("верой", "надеждой") among its
    readings. A word the dictionary only guesses at is a name only as the gazetteer writes it ("санёк"; the guesser
    reads "бригади" as one)."""
    readings = morph.parses(raw, language)
    if len(raw) < 4 or not readings:
        return False
    if not morph.is_known(raw, language):
        # unknown to the dictionary: a nickname form the gazetteer lists as written ("витёк", "санёк", "колян")
        return raw.casefold() in _gazetteer_forms()
    if all("Name" in p.tag.grammemes for p in readings):
        return True
    return (
        governed
        and all(p.tag.POS == "NOUN" for p in readings)
        and _gazetteer_name(raw, language)
        and morph.tag_share(_title(raw), language, frozenset({"Name"})) >= 0.5
    )


def _first_reading_name(raw: str, language: str) -> bool:
    """Whether the dictionary's first reading of a word is a given name, and the name most of its readings."""
    readings = morph.parses(raw, language)
    return (
        len(raw) >= 3
        and bool(readings)
        and "Name" in readings[0].tag.grammemes
        and morph.tag_share(_title(raw), language, frozenset({"Name"})) >= 0.5
    )


# Turkic and Caucasian kin honorifics written onto a name with a hyphen ("Айдар-абый", "Гульшат-апа", "Рустам-ака"):
# how that man or woman is called, so part of the name, unlike a nickname's word after it ("Саня-танкист").
_HONORIFIC_AFTER = regex.compile(r"-(?i:абый|абзый|агай|ага|апа|апай|ака|джан|жан|эне|әби|бабай)(?![\p{L}-])")


def _clipped_title_vocative(form: str) -> bool:
    """A capitalised spoken vocative of a name in -а/-я, its vowel dropped ("Мариш" ← Мариша, "Тань" ← Таня, "Серёж"
    ← Серёжа), in a text of either language (Ukrainian documents quote Russian speech): a name the gazetteer lists,
    and the word itself no interjection or function word ("Ага", "Как": the dictionary holds odd names "Агая")."""
    low = form.lower()
    if len(low) < 3 or low in _NOT_NAMES:
        return False
    for lang in ("ru", "uk"):
        if any(p.tag.POS in _FUNCTION_POS for p in morph.parses(low, lang)[:2] if morph.is_known(low, lang)):
            return False  # "Ага,", "Как,", "Так,": an interjection or a function word opening a turn
    stem = low[:-1] if low.endswith("ь") else low
    return any(cand in _gazetteer_forms() for cand in ((stem + "я",) if low.endswith("ь") else (low + "а", low + "я")))


_FUNCTION_POS = frozenset({"INTJ", "CONJ", "PRCL", "ADVB", "NPRO", "PREP", "PRED", "COMP"})


def _clipped_vocative(raw: str, language: str) -> bool:
    """The spoken vocative of a name in -а/-я, its last vowel dropped ("наташ", "серёж", "оль", "тань"): every reading
    of the word is that name's, the word the name less its ending (the dictionary reads it as a genitive plural)."""
    readings = morph.parses(raw.lower(), language)
    return (
        bool(readings)
        and all("Name" in p.tag.grammemes for p in readings)
        and any(
            str(p.normal_form)[-1:] in "ая" and raw.lower() in (p.normal_form[:-1], p.normal_form[:-1] + "ь")
            for p in readings
        )
    )


def _chat_label(text: str, start: int, end: int) -> bool:
    """A lower-case word opening a line and labelling it as its author's, up to a colon on the same line."""
    return bool(_LINE_START.search(text[max(0, start - 12) : start])) and bool(_LABEL_AFTER.match(text, end))


_SPEECH_IMPERATIVES = frozenset(
    "скажи скажите передай передайте позвони позвоните напиши напишите набери наберите спроси спросите "
    "покажи поцелуй обними дай отдай скажіть подзвони подзвоніть напишіть спитай поцілуй обійми".split()
)
_PREV_BESIDE = regex.compile(r"([\p{L}-]+)[ \t]+$")
_NEXT_BESIDE = regex.compile(r"[ \t]+([\p{L}-]+)")


def _beside_imperative(text: str, start: int, end: int, language: str) -> bool:
    """A lower-case name in the dative or accusative right before or after an imperative of speaking or giving:
    someone the caller sends word to ("ты ромке скажи", "передай сашке", "позвони наташе")."""
    before = _PREV_BESIDE.search(text, max(0, start - 20), start)
    after = _NEXT_BESIDE.match(text, end)
    words = [m.group(1).lower() for m in (before, after) if m is not None]
    if not any(w in _SPEECH_IMPERATIVES for w in words):
        return False
    readings = morph.parses(text[start:end], language)
    return not readings or any({"datv", "accs"} & p.tag.grammemes for p in readings[:3])


def _name_stem_diminutive(form: str, language: str) -> bool:
    """A -ка/-ька form built on a given name even when the dictionary knows the word as a common noun (Мишку ←
    Миша, Ваньку ← Ваня): only as a name beside a surname."""
    m = _DIMINUTIVE.match(form)
    if m is None or not regex.search(r"ь?к(?:а|и|е|у|ой|ою)$", form):
        return False
    stem = regex.sub(r"ь?к(?:а|и|е|у|ой|ою)$", "", form)
    for cand in (stem + "а", stem + "я"):
        if morph.is_known(cand, language) and morph.tag_share(cand, language, frozenset({"Name"})) >= 0.5:
            return True
    return False


def _agree_case(a: str, b: str, language: str) -> bool:
    """Whether two words share a case reading."""
    cases = {p.tag.case for p in morph.parses(b, language)}
    return any(p.tag.case in cases for p in morph.parses(a, language))


def _diminutive_of_name(form: str, language: str) -> bool:
    """Whether an unknown capitalised word is a suffixed form of a known given name (Санёк ← Саня, Тимурка ← Тимур)."""
    if _endearing_of_name(form, language):
        return True
    if morph.is_known(form, language):
        return False
    m = _DIMINUTIVE.match(form)
    if m is None:
        return False
    stem = m.group("stem").replace("ьк", "")
    for cand in (
        stem,
        stem + "а",
        stem + "я",
        stem + "ий",
        stem + "ей",
        stem[:-1] + "я" if stem.endswith("н") else stem,
    ):
        if morph.tag_share(cand, language, frozenset({"Name"})) >= 0.5 and morph.is_known(cand, language):
            return True
    return False
