"""Generalisation: a finding replaced by its category, in the text's language and the case it stands in.

A village becomes "a village in the Saratov region" ("[село, Саратовская область]"), a numbered unit "a motor
rifle brigade", a school "[школа]", a date of birth its year. What may be said about a place comes from the
gazetteer (``recognizers/data/places.tsv``, ``regions.tsv``); a name shared by places in different regions
says only what they have in common, so a label never names a region that might be wrong. Russian and Ukrainian
labels are inflected (pymorphy3, :mod:`redact.recognizers.nlp.morph`) into the case the replaced words had.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from redact.names.keys import TOKEN, is_cyrillic, lemma
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.numbers import spoken_year

__all__ = ["Place", "generalize", "generalize_organization", "inflect_label", "label_language", "region_at"]

_GAZ = Path(__file__).resolve().parent / "recognizers" / "data"


@dataclass(frozen=True)
class Place:
    """What generalisation may say about a place: its kind, admin-1 region and country."""

    kind: str  # village, town, city, district, region
    region: str  # English name of the admin-1 region ("Saratov Region"), "" when unknown or ambiguous
    region_ru: str  # its Russian name ("Саратовская область")
    country: str  # ISO code, "" when ambiguous
    region_uk: str = ""  # its Ukrainian name ("Саратовська область")
    population: int = 0  # people, 0 when unknown or ambiguous


# A city this big is the one city of its size in its region: "a city in the Kharkiv Oblast" would name it. Such a city
# generalises to its size and country ("a large city in Ukraine"), never to its region.
LARGE_CITY = 250_000


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a gazetteer TSV (plain or .gz) as dicts keyed by the header; empty when the file is absent."""
    import gzip

    for path in (_GAZ / name, _GAZ / (name + ".gz")):
        if path.is_file():
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            lines = raw.decode("utf-8").splitlines()
            header = lines[0].split("\t") if lines else []
            return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:] if ln.strip()]
    return []


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("’", "'").split())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Every name and variant in recognizers/data/{places,regions}.tsv → what may be said about it.

    A variant shared by places in different regions keeps only what they have in common
    (the country, or nothing), so generalisation never names a region that might be wrong.
    Cached on disk (plain JSON, :mod:`redact.recognizers.nlp.cache`): building it reads and folds some 166,000
    variants, about half a second of every run's start; the cached table loads in a tenth of that.
    """
    from redact.recognizers.nlp import cache as _cache

    files = [Path(__file__), *(_GAZ / f"{n}{gz}" for n in ("places.tsv", "regions.tsv") for gz in ("", ".gz"))]
    name = _cache.key("generalize-places-1", (), files)
    table = _table_from_data(_cache.load(name))
    if table is None:
        table = _build_gazetteer()
        _cache.store(name, _table_to_data(table))
    return table


def _table_to_data(table: dict[str, Place]) -> dict[str, object]:
    """The table as plain data: its keys joined by NUL, each key's index into the list of distinct places."""
    index: dict[Place, int] = {}
    for place in table.values():
        index.setdefault(place, len(index))
    return {
        "keys": "\0".join(table),
        "place": [index[p] for p in table.values()],
        "places": [[p.kind, p.region, p.region_ru, p.country, p.region_uk, p.population] for p in index],
    }


def _table_from_data(data: object) -> dict[str, Place] | None:
    """The table :func:`_table_to_data` wrote, or None when ``data`` is not exactly that shape (then it is rebuilt)."""
    if not isinstance(data, dict) or not isinstance(data.get("keys"), str):
        return None
    rows, ids = data.get("places"), data.get("place")
    if not isinstance(rows, list) or not isinstance(ids, list):
        return None
    places: list[Place] = []
    for row in rows:
        if not (
            isinstance(row, list) and len(row) == 6 and all(type(x) is str for x in row[:5]) and type(row[5]) is int
        ):
            return None
        places.append(Place(row[0], row[1], row[2], row[3], row[4], row[5]))
    keys = data["keys"].split("\0") if data["keys"] else []
    # the type test first (a bool is no index), then the range in C: 166,000 ids at every start
    if len(keys) != len(ids) or not all(type(i) is int for i in ids):
        return None
    if ids and (min(ids) < 0 or max(ids) >= len(places)):
        return None
    return dict(zip(keys, map(places.__getitem__, ids), strict=True))


def _build_gazetteer() -> dict[str, Place]:
    regions = {r.get("name", ""): r for r in _rows("regions.tsv")}
    table: dict[str, Place] = {}

    def add(variant: str, place: Place) -> None:
        key = _fold(variant)
        old = table.get(key)
        if old is None:
            table[key] = place
        elif old != place:
            same_region = old.region == place.region
            table[key] = Place(
                old.kind if old.kind == place.kind else "place",
                old.region if same_region else "",
                old.region_ru if same_region else "",
                old.country if old.country == place.country else "",
                old.region_uk if same_region else "",
                max(old.population, place.population) if old.kind == place.kind else 0,
            )

    for r in _rows("places.tsv"):
        region = r.get("admin1", "")
        reg = regions.get(region, {})
        try:
            population = int(r.get("population") or 0)
        except ValueError:
            population = 0
        place = Place(
            r.get("kind", "place") or "place",
            region,
            reg.get("ru", ""),
            r.get("country", ""),
            reg.get("uk", ""),
            population,
        )
        for v in [r.get("name", ""), *r.get("variants", "").split("|")]:
            if v.strip():
                add(v, place)
    for name, r in regions.items():
        place = Place("region", name, r.get("ru", ""), r.get("country", ""), r.get("uk", ""))
        for v in [
            name,
            r.get("ru", ""),
            r.get("uk", ""),
            *r.get("variants", "").split("|"),
            *r.get("inflected", "").split("|"),
        ]:
            if v.strip():
                add(v, place)
    return table


_COUNTRY = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus", "KZ": "Kazakhstan"}
# Labels in the text's language: country names, kinds of place, kinds of unit (nominative; inflected on use).
_COUNTRY_L = {
    "ru": {"RU": "Россия", "UA": "Украина", "BY": "Беларусь", "KZ": "Казахстан"},
    "uk": {"RU": "Росія", "UA": "Україна", "BY": "Білорусь", "KZ": "Казахстан"},
}
_KIND_L = {
    "ru": {"village": "село", "town": "город", "city": "город", "place": "населённый пункт", "region": "регион"},
    "uk": {"village": "село", "town": "місто", "city": "місто", "place": "населений пункт", "region": "регіон"},
}
_UNIT_TYPES_EN = (
    "volunteer formation",
    "army corps",
    "brigade",
    "regiment",
    "battalion",
    "company",
    "platoon",
    "division",
    "corps",
    "army",
    "detachment",
    "battery",
    "squad",
)
_UNIT_MODS_EN = (
    "motor rifle",
    "motorized rifle",
    "tank",
    "marine",
    "naval infantry",
    "airborne",
    "air assault",
    "artillery",
    "mechanized",
    "mechanised",
    "reconnaissance",
    "special forces",
    "assault",
    "engineer",
)
# Stem of a unit word in the text → the label's head noun, per language (either spelling of a stem maps to the
# label of the text's language: a Ukrainian text that says "батальон" still gets "[батальйон]").
_UNIT_TYPES_L = {
    "ru": {
        "бригад": "бригада",
        "полк": "полк",
        "батальон": "батальон",
        "батальйон": "батальон",
        "рот": "рота",
        "взвод": "взвод",
        "дивизи": "дивизия",
        "дивізі": "дивизия",
        "корпус": "корпус",
        "арми": "армия",
        "армі": "армия",
        "отряд": "отряд",
        "загін": "отряд",
        "загон": "отряд",
        "батаре": "батарея",
        "част": "воинская часть",
        "в/ч": "воинская часть",
        "формировани": "добровольческое формирование",
    },
    "uk": {
        "бригад": "бригада",
        "полк": "полк",
        "батальйон": "батальйон",
        "батальон": "батальйон",
        "рот": "рота",
        "взвод": "взвод",
        "дивізі": "дивізія",
        "дивизи": "дивізія",
        "корпус": "корпус",
        "армі": "армія",
        "арми": "армія",
        "загін": "загін",
        "загон": "загін",
        "отряд": "загін",
        "батаре": "батарея",
        "частин": "військова частина",
        "част": "військова частина",
        "в/ч": "військова частина",
        "формуванн": "добровольче формування",
        "дфтг": "добровольче формування",
    },
}
# Abbreviations of unit kinds (мсп: a motor rifle regiment), as whole words: (Russian label, Ukrainian label).
_UNIT_ABBR = {
    **dict.fromkeys(["мсп", "мп", "тп", "сп", "пдп", "дшп", "ап"], ("полк", "полк")),
    **dict.fromkeys(
        ["омсбр", "мсбр", "омбр", "обр", "дшбр", "одшбр", "ошбр", "ртбр", "абр", "огв", "обрмп", "обртро", "оабр"],
        ("бригада", "бригада"),
    ),
    **dict.fromkeys(["мсд", "тд", "вдд", "дшд"], ("дивизия", "дивізія")),
    **dict.fromkeys(["мсб", "дшб", "тб", "ошб", "омсб", "омпб", "опб", "обмп"], ("батальон", "батальйон")),
}
# The same abbreviations written in Latin letters in English text ("2nd MSB", "the 80th ODShBr").
_UNIT_ABBR_EN = {
    **dict.fromkeys(["msb", "omsb"], "a motor rifle battalion"),
    **dict.fromkeys(["msbr", "omsbr"], "a motor rifle brigade"),
    "msp": "a motor rifle regiment",
    "msd": "a motor rifle division",
    **dict.fromkeys(["dshb", "odshb"], "an air assault battalion"),
    **dict.fromkeys(["dshbr", "odshbr"], "an air assault brigade"),
    "dshp": "an air assault regiment",
    "ombr": "a mechanised brigade",
    "oshb": "an assault battalion",
    "oshbr": "an assault brigade",
}
# Prefixes of a sub-unit's compound name (разведвзвод, разведрота, медрота, ремрота, мінрота): the kind follows them.
_UNIT_PREFIX = regex.compile(
    r"(?i)^(?:развед|розвід|мед|рем|хоз|госп|мин|мін)(?=(?:взвод|рот|батальон|батальйон|батаре))"
)
_UNIT_DEFAULT = {"ru": "воинская часть", "uk": "військова частина"}


# A kind-of-place word before a place name ("в селе Ивановка", "у місті Ізюм"): fit() takes it into the label.
_KIND_WORD = (
    r"(?i)(?:сел[оаеуі]|сёл|деревн[яиеюій]|город[аеуом]*|посёл|посел|поселк|хутор|станиц|міст[оаіу]|мiст"
    r"|селищ|смт|пгт|улус|аул)\p{L}*$"
)


_ADDRESS = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:ул|пер|просп|пр-т|пр-кт|мкр|наб|б-р|ш|алл|туп|пл|вул|пров|бул|кв|корп)\."
    r"|(?:улиц|переул|проспект|микрорайон|набережн|бульвар|шоссе|тупик|вулиц|провулок|майдан)\p{L}*)"
    r"|\b(?:street|avenue|road|lane|prospekt)\b|\b(?:st|ave)\."
    r"|(?<![\p{L}])д\.[ \t]*\d|\p{L},?[ \t]+\d+\p{L}?(?:[,/-]|$)"
)
_LARGE_L = {"ru": "крупный город", "uk": "велике місто"}


def _large_city(place: Place) -> bool:
    """A city of :data:`LARGE_CITY` people or more: its region would name it ("Kharkiv" of the Kharkiv Oblast)."""
    return place.kind in {"city", "town"} and place.population >= LARGE_CITY


@lru_cache(maxsize=100_000)
def _place_lookup(text: str, language: str) -> Place | None:
    """The gazetteer's place for ``text`` (a name in any case form), or None; cached per process: the public
    register asks it about every capitalised word a recognizer found, and the answer depends on the text only."""
    words = [w.rstrip(".") for w in TOKEN.findall(text)]
    if len(words) > 1 and regex.match(_KIND_WORD, words[0]):
        words = words[1:]
        text = " ".join(words)
    lang = language if language in {"ru", "uk"} else "ru"
    cands = [text, " ".join(words), " ".join(lemma(w, lang) for w in words)]
    if len(words) == 1 and is_cyrillic(words[0]):
        # every noun reading's lemma, not the first only: "Харкові" reads first as the surname Харко's dative
        cands += sorted(str(p.normal_form) for p in morph.parses(words[0], lang) if p.tag.POS == "NOUN")
    table = _gazetteer()
    for c in cands:
        hit = table.get(_fold(c))
        if hit is not None:
            return hit
    return None


_REGION_WORDS = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2}")


def region_at(text: str, language: str) -> int:
    """The length of the region's name that opens ``text`` ("Tver Oblast, a driver", "Тверской области", "Yakutia's"),
    or 0: the text itself says where a place before it is, so its label need not say it again."""
    m = _REGION_WORDS.match(text)
    if m is None:
        return 0
    words = list(regex.finditer(r"[^ \t]+", m.group(0)))
    for n in range(len(words), 0, -1):
        end: int = words[n - 1].end()
        cand = regex.sub(r"['’]s$", "", text[:end])
        place = _place_lookup(cand, language)
        if place is not None and place.kind == "region":
            return end
        # "Калининградской обл.", "Тернопільської обл.": the region's noun abbreviated, read as the noun in the
        # adjective's case (a feminine -ой/-ої is the genitive "области"/"області", -ая/-а the nominative)
        abbr = _REGION_ABBR.match(text, words[n - 1].start())
        if n >= 2 and abbr is not None:
            adjective = words[n - 2].group(0)
            oblique = adjective.endswith(("ой", "ої", "ей", "ій"))
            noun = ("області" if oblique else "область") if language == "uk" else ("области" if oblique else "область")
            place = _place_lookup(f"{text[: words[n - 2].end()]} {noun}", language)
            if place is not None and place.kind == "region":
                return int(abbr.end())
    return 0


_REGION_ABBR = regex.compile(r"обл(?:\.|(?![\p{L}]))")


def label_language(text: str, language: str) -> str:
    """The language a label for ``text`` is written in: ``uk``, ``ru`` or ``en``.

    Cyrillic text in a Ukrainian document (or with letters only Ukrainian has) gets Ukrainian labels;
    other Cyrillic gets Russian ones; everything else follows the document, English by default.
    """
    if is_cyrillic(text):
        return "uk" if language == "uk" or regex.search(r"[іїєґІЇЄҐ]", text) else "ru"
    return language if language in {"ru", "uk"} else "en"


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE2 = {"loct": "loc2", "gent": "gen2"}


# Cases a preposition governs (Russian and Ukrainian together: the spellings barely overlap).
_PREP_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(["в", "во", "у", "на"], frozenset({"loct", "accs"})),
    **dict.fromkeys(["о", "об", "обо", "при", "по"], frozenset({"loct", "datv"})),
    **dict.fromkeys(
        ["из", "изо", "от", "ото", "до", "без", "для", "около", "возле", "из-под", "из-за", "вокруг", "близ", "кроме"],
        frozenset({"gent"}),
    ),
    **dict.fromkeys(
        ["з", "із", "зі", "від", "біля", "коло", "поблизу", "навколо", "серед", "край"], frozenset({"gent"})
    ),
    **dict.fromkeys(["к", "ко", "навстречу", "согласно", "завдяки"], frozenset({"datv"})),
    **dict.fromkeys(["с", "со"], frozenset({"gent", "ablt"})),
    **dict.fromkeys(["под", "над", "за", "перед", "между", "під", "між", "понад"], frozenset({"ablt", "accs"})),
    **dict.fromkeys(["через", "про", "сквозь", "крізь"], frozenset({"accs"})),
}


# Verbs of going, sending, calling and writing somewhere: "в/у/на" after them says where to (the accusative).
_TOWARD = regex.compile(
    r"(?i)(?<![\p{L}])(?:по|пере|от|від|при|за|на|в|у|с|з)?(?:звон|звоні|дзвон|пиш|писа|напиш|ех|еха|езж|їх|їзд|вез|віз"
    r"|везл|отправ|правл|посла|посил|пошл|надісл|надсил|иду|иди|ид[её]т|йди|йде|пойд|піш|пошё|пошел|пошл|верн|поверн"
    r"|перевод|перевел|перевед|переве|попа|потрап|забра|заб|мобилиз|мобіліз|призва|призив|запис|зачисл|зарахов"
    r"|направ|достав|завез|прибы|прибу|приб|перебрас|перекину|кину|кида)\p{L}*[ \t]+(?:в|во|у|на)[ \t]+$"
)


def _toward(before: str) -> bool:
    """Whether the preposition ending ``before`` follows a verb of going, sending or calling (звонила в, поїхав у)."""
    m = _TOWARD.search(before)
    if m is None:
        return False
    verb = regex.match(r"\p{L}+", m.group(0))
    lang_parses = morph.parses(verb.group(0), "ru") + morph.parses(verb.group(0), "uk") if verb else ()
    return any(p.tag.POS in {"VERB", "INFN", "GRND", "PRTF", "PRTS"} for p in lang_parses[:4])


# Verbs of finishing or heading an institution (окончил, закінчила, возглавлял, очолив): the institution after them is
# their object, so a label whose own case the original leaves open (ліцей, техникум: nominative or accusative) is
# in the accusative.
_FINISHED = regex.compile(r"(?i)(?:(?:о|за)конч|оканчива|закінч|возглав|очол)\p{L}*$")


def _abbreviation(word: str) -> bool:
    """ИК, СИЗО, ОМСБр, МУП: two capitals or more make an abbreviation, which has no case of its own."""
    return sum(1 for c in word if c.isupper()) >= 2


_NATIVE_BEFORE = regex.compile(
    r"(?i)(?:уроджен|уроженц|уроженк|уродженк|жител|житель|мешкан|мешканц|уроженец|жительниц)\p{L}{0,4}"
)


def _phrase_case(words: Sequence[str], lang: str, before: str = "", with_: bool = False) -> str:
    """The case of a Cyrillic phrase: the head (last) word's first reading every word and the preposition allow.

    "Дніпропетровській області": "області" alone reads first as a genitive, the adjective rules it out;
    "в ... области" rules out the genitive the noun alone would suggest.
    """
    morph_lang = "uk" if lang == "uk" else "ru"
    # An abbreviation (ИК-12, СИЗО, ТЦК) has no case of its own: the dictionary's guess for it is no reading.
    cyr = [w for w in words if is_cyrillic(w) and not _abbreviation(w) and morph.parses(w, morph_lang)]
    if regex.search(r"(?<![\p{L}])(?:с|д|п|г|х|м|пос|р\.п|ст|дер|смт|пгт)\.?[ \t]+$", before) and regex.search(
        r"(?<![\p{L}])\p{L}{1,3}\.[ \t]+$|(?:смт|пгт)[ \t]+$", before
    ):
        return "nomn"  # "д. Горицы", "с. Тюльган": a name beside its kind's abbreviation is a nominative
    prev = regex.search(r"(\p{L}+(?:-\p{L}+)?)\s+$", before)
    governed = _PREP_CASES.get(prev.group(1).lower()) if prev else None
    if lang == "ru" and prev and prev.group(1).lower() == "у":
        governed = frozenset({"gent"})  # Russian "у" is "at, by" (у [села]); the Ukrainian one is "in"
    order = ("ablt", *_CASES) if with_ and prev and prev.group(1).lower() in {"с", "со"} else _CASES
    finished = not governed and prev is not None and _FINISHED.match(prev.group(1)) is not None
    if not cyr and finished:
        return "accs"  # "окончил МБОУ «Белогорская СОШ»" → "окончил [школу]": what one finished is its object
    if not cyr:  # "у в/ч 64217", "в СИЗО": no word to read, the preposition says the case (where, not where to;
        # "связь с в/ч": with a unit, not from it)
        if (
            not governed
            and prev
            and any(p.tag.POS == "NOUN" and p.is_known for p in morph.parses(prev.group(1), morph_lang)[:1])
        ):
            return "gent"  # "водитель МУП «...»", "в составе мсп": a noun's attribute is its genitive
        if governed and "accs" in governed and _toward(before):
            return "accs"  # "звонила в в/ч 12345" → "звонила в [воинскую часть]": where the call went, not where from
        return next((c for c in order if governed and c in governed and c != "accs"), "nomn")
    if prev is not None and _NATIVE_BEFORE.fullmatch(prev.group(1)):
        # "уродженець Бердська Новосибірської області", "жителя Кедровки": where someone is from or lives is the
        # genitive of the noun before it, whatever case an unknown name's ending suggests ("Бердська" as an adjective)
        return "gent"
    # Singular readings first: one unit or place is meant ("бригады" of a brigade, not brigades).
    # "в 331-м полку": the second prepositional (loc2) and genitive (gen2) are the prepositional and genitive.
    readings = [
        [
            c
            for p in sorted(morph.parses(w, morph_lang), key=lambda p: "plur" in p.tag)
            for c in _CASES
            if c in p.tag.grammemes or _CASE2.get(c, "") in p.tag.grammemes
        ]
        for w in cyr
    ]
    allowed = set(_CASES)
    for r in readings:
        if r:
            allowed &= set(r)
    if governed and allowed & governed:
        allowed &= governed
    elif governed:  # "з Сосновки-на-Камі": a name the dictionary misreads; the preposition is surer
        return next(c for c in order if c in governed and (c != "accs" or governed == {"accs"}))
    if {"loct", "accs"} <= allowed:  # "у Новомосковську": where someone is, not where they go
        allowed.discard("loct" if _toward(before) else "accs")
    if finished and "accs" in allowed:
        return "accs"  # "закінчив Кіцманський ліцей" → "закінчив [школу]", never "закінчив [школа]"
    if (
        not governed
        and prev is not None
        and "gent" in allowed
        and any(p.tag.POS == "NOUN" and p.is_known for p in morph.parses(prev.group(1), morph_lang)[:1])
    ):
        return "gent"  # "уроженец Великих Лук", "житель Торжка": a noun's attribute is its genitive
    head = readings[-1]
    return next((c for c in head if c in allowed), head[0] if head else "nomn")


def inflect_label(phrase: str, case: str, lang: str, where: bool = False) -> str:
    """A nominative label phrase ("воинская часть", "місто") in ``case``, word by word (pymorphy3) up to its head noun.

    ``where``: the phrase follows в/на, so a Russian noun with a second prepositional takes it (в полку, в порту).
    """
    if case == "nomn":
        return phrase
    morph_lang = "uk" if lang == "uk" else "ru"
    words = phrase.split(" ")

    def nominatives(word: str) -> list[Any]:
        # The Ukrainian dictionary leaves some nominatives unmarked ("мечеть": NOUN,inan femn): no case is one
        return [
            p
            for p in morph.parses(word, morph_lang)
            if ("nomn" in p.tag or (p.tag.POS == "NOUN" and p.tag.case is None)) and str(p.word) == word.lower()
        ]

    # The head is the first noun ("отдел полиции", "воинская часть"); the words after it keep their own case.
    head = next((n for w in words if (n := nominatives(w)) and "NOUN" in n[0].tag), [])
    if case == "accs":  # an inanimate masculine or neuter noun's accusative is its nominative (adjective too)
        if head and "inan" in head[0].tag and "femn" not in head[0].tag:
            return phrase
    out = []
    for i, word in enumerate(words):
        parses = nominatives(word)
        if not parses or (len(word) > 1 and word.isupper()):
            out.append(word)  # an abbreviation (СИЗО, ТЦК) or a word the dictionary lacks stays as it is
            continue
        # The Ukrainian dictionary marks no number on singular forms: ask for the case alone when "sing" fails.
        base = {case} | ({str(parses[0].tag.gender)} if parses and parses[0].tag.gender else set())
        wants = [base | {"sing", "inan"}, base | {"inan"}] if case == "accs" else []
        wants += [base | {"sing"}, base, {case}]
        form = next((f for f in (parses[0].inflect(w) for w in wants) if f is not None), None) if parses else None
        word_out = str(form.word) if form is not None else word
        if lang == "uk" and case == "loct" and "ADJF" in parses[0].tag and word_out.endswith("ім"):
            word_out = word_out[:-2] + "ому"  # "у населеному пункті": the -ім form reads archaic
        if where and case == "loct" and "NOUN" in parses[0].tag and lang != "uk":
            loc2 = [f for f in parses[0].lexeme if "loc2" in str(f.tag) and "plur" not in str(f.tag)]
            word_out = str(loc2[0].word) if loc2 else word_out  # "в полку", not "в полке"
        elif lang == "uk" and case == "gent" and {"NOUN", "masc", "inan"} <= set(parses[0].tag.grammemes):
            # "загону", "полку", "батальйону": a Ukrainian unit's or place's genitive is -у where the dictionary has it
            forms = [str(f.word) for f in parses[0].lexeme if "gent" in f.tag and "plur" not in f.tag]
            word_out = next((f for f in forms if f.endswith(("у", "ю"))), word_out)
        elif lang == "uk" and case == "loct" and {"NOUN", "masc", "inan"} <= set(parses[0].tag.grammemes):
            # "у батальйоні", "у полку": a thing's place is -і or -у; the -ові form is a person's (at ranks -ові)
            forms = [str(f.word) for f in parses[0].lexeme if "loct" in f.tag and "plur" not in f.tag]
            plain = [f for f in forms if not f.endswith(("ові", "еві", "єві"))]
            word_out = next((f for end in ("і", "у") for f in plain if f.endswith(end)), word_out)
        out.append(word_out)
        if "NOUN" in parses[0].tag:  # "отдел полиции", "дом культуры": the words after the head keep their case
            out.extend(words[i + 1 :])
            break
    return " ".join(out)


def _has_loc2(word: str, lang: str) -> bool:
    """Whether the text's own word was a second prepositional (в полку): only then does the label take one."""
    return lang != "uk" and any("loc2" in str(p.tag) for p in morph.parses(word, "ru"))


def _label(head: str, case: str, lang: str, rest: str = "", before: str = "") -> str:
    where = regex.search(r"(?i)(?<!\p{L})(?:в|во|на)\s+$", before) is not None
    return "[" + inflect_label(head, case, lang, where) + (f", {rest}" if rest else "") + "]"


_SHORT_BIRTH_YEAR = regex.compile(
    r"['’](\d\d)(?!\d)|\d[./]\d{1,2}[./](\d\d)(?!\d)|^(\d\d)\s?-?(?:го|й|му|м)(?!\p{L})"
    r"(?!.*(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав"
    r"|черв|лип|серп|верес|жовт|листопад|груд))",
    regex.IGNORECASE | regex.DOTALL,
)


_DECADE_WORDS = {
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}


def _decade(text: str) -> int | None:
    """The decade an English birth date names ("mid-1990s", "early '80s", "the nineties"), or None."""
    m = regex.search(
        r"(?i)(?<![\d'’])(19[3-9]0|20[0-2]0)['’]?s\b|['’]?\b([3-9])0['’]?s\b|\b(" + "|".join(_DECADE_WORDS) + r")\b",
        text,
    )
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    if m.group(2):
        return 1900 + 10 * int(m.group(2))
    return _DECADE_WORDS[m.group(3).lower()]


def generalize(entity: str, text: str, language: str, before: str = "") -> str:
    """The category of a finding, in the document's language and (Russian, Ukrainian) in the case it replaces.

    A date of birth becomes its year here; :func:`fit` turns the year into a phrase that reads in its
    sentence ("born in 1995", "родился в 1995 году"). ``before`` is the text before the finding on its
    line, when known: its preposition settles a case the words alone leave open (в/из области).
    """
    lang = label_language(text, language)
    ru = lang in {"ru", "uk"}
    if entity == "DATE_OF_BIRTH":
        if lang == "en" and (decade := _decade(text)):  # "the mid-1990s" → "the 1990s", not a year it did not say
            return f"the {decade}s"
        year = regex.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text)
        if year:
            return str(year.group(1))
        # A two-digit year: "'88", "99-го", the last part of "11.07.02" (never the day of "13-го сентября").
        short = _SHORT_BIRTH_YEAR.search(text.strip())
        if short:
            digits = str(next(g for g in short.groups() if g))
            return ("19" if int(digits) > 30 else "20") + digits
        spoken = spoken_year(text)  # "четырнадцатого марта девяносто второго", "восемьдесят восьмого"
        if spoken is not None:
            return str(spoken)
        # A birthday with no year ("13 сентября", "the first of November", "feast of the Intercession").
        return {"ru": "[дата скрыта]", "uk": "[дату приховано]"}.get(lang, "[date withheld]")
    if entity == "MILITARY_UNIT":
        low = text.lower()
        if ru:
            words = TOKEN.findall(text)
            abbr = next((w for w in words if w.lower() in _UNIT_ABBR), None)
            if abbr is not None:  # "в составе мсп «Башкортостан»": an abbreviation names the unit's kind
                noun = _UNIT_ABBR[abbr.lower()][lang == "uk"]
                return _label(noun, _phrase_case([], lang, before, with_=True), lang, before=before)
            # "в разведвзводе", "у медроті": a sub-unit's compound names its kind after the prefix
            words = [_UNIT_PREFIX.sub("", w) if _UNIT_PREFIX.match(w) else w for w in words]
            stems = [st for st in _UNIT_TYPES_L[lang] if st != "в/ч"]
            # The phrase's head is its first unit word ("в 1-й роте 2-го батальона 1009-го полка": роте); the label
            # names the largest unit it finds, in the head's case.
            first = next((w for w in words if any(w.lower().startswith(st) for st in stems)), None)
            for stem, noun in _UNIT_TYPES_L[lang].items():
                word = next((w for w in words if w.lower().startswith(stem)), None)
                word = first if word is not None and first is not None else word
                if word is not None or (stem == "в/ч" and "в/ч" in low):
                    # The words up to the unit's noun agree with it ("другу штурмову роту"): together they settle a
                    # case the noun alone leaves open (роту: of рота, or of рот "mouth").
                    head = words[: words.index(word) + 1] if word else []
                    agree = [w for w in head if len(w) > 2 and not regex.search(r"\d", w)]
                    case = _phrase_case(agree, lang, before, with_=True)
                    return _label(noun, case, lang, before=before)  # a unit is "в полку", never "в полке"
            # The noun understood ("служив у сімнадцятій танковій", "из двести первого"): the unit in the case of
            # the ordinal or adjective that stood for it.
            morph_lang = "uk" if lang == "uk" else "ru"
            adjectives = [w for w in words if any("ADJF" in p.tag for p in morph.parses(w, morph_lang))]
            # "в семёрку", "с двушки": a unit named by a numeral noun is in that noun's case.
            said = adjectives[-1:] or [w for w in words if len(w) > 2][-1:]
            case = _phrase_case(said, lang, before, with_=True) if said else "nomn"
            return _label(_UNIT_DEFAULT[lang], case, lang)
        abbr_en = next((w for w in regex.findall(r"[\p{L}]+", low) if w in _UNIT_ABBR_EN), None)
        if abbr_en is not None and not any(regex.search(r"\b" + t + r"s?\b", low) for t in _UNIT_TYPES_EN):
            return _UNIT_ABBR_EN[abbr_en]  # "2nd MSB" → "a motor rifle battalion", never "a military unit"
        kind = next((t for t in _UNIT_TYPES_EN if regex.search(r"\b" + t + r"s?\b", low)), None)
        if kind is None:
            return "a military unit"
        mod = next((m for m in _UNIT_MODS_EN if m in low), None)
        phrase = f"{mod} {kind}" if mod else kind
        return ("an " if phrase[0] in "aeiou" else "a ") + phrase
    if entity == "LOCATION" and _ADDRESS.search(text):
        # "ул. Лесная, 3", "пер. Школьный", "вул. Шевченка 41": a street address is no settlement
        return {"ru": "[адрес скрыт]", "uk": "[адресу приховано]"}.get(lang, "[address withheld]")
    if entity == "LOCATION":
        place = _place_lookup(text, lang if ru else language)
        if ru:
            words = TOKEN.findall(text)
            # "Новомосковську Дніпропетровської області": the region is a genitive beside the place, whose
            # case is the phrase's; "в селе Ивановка": the kind word carries the case, the name stands beside.
            tail = next(
                (i for i, w in enumerate(words) if i and regex.match(r"(?i)област|район|кра[яюй]|округ", w)), None
            )
            head = words[: tail - 1] if tail is not None and tail >= 2 else words
            kind_word = head[0] if len(head) > 1 and regex.match(_KIND_WORD, head[0]) else None
            case = _phrase_case([kind_word] if kind_word else head, lang, before)
            kinds, countries = _KIND_L[lang], _COUNTRY_L[lang]
            if place is None:
                # "село Ивановка" of an unknown village: the text's own kind word says what it is, in its case.
                return f"[{kind_word.lower()}]" if kind_word else _label(kinds["place"], case, lang)
            if place.kind == "region":
                return _label(kinds["region"], case, lang, countries.get(place.country, ""))
            if _large_city(place):
                return _label(_LARGE_L[lang], case, lang, countries.get(place.country, ""))
            kind = place.kind if place.kind in {"village", "town", "city"} else "place"
            region = place.region_uk if lang == "uk" else place.region_ru
            return _label(kinds[kind], case, lang, region or countries.get(place.country, ""))
        if place is None:
            return "a place"
        country = _COUNTRY.get(place.country, "")
        if place.kind == "region":
            return f"a region of {country}" if country else "a region"
        if _large_city(place):
            return f"a large city in {country}" if country else "a large city"
        kind = place.kind if place.kind in {"village", "town", "city"} else "place"
        if place.region:
            region = place.region
            if region.endswith(" Region"):
                region = "the " + region[: -len(" Region")] + " region"
            elif region.endswith(("Oblast", "Krai", "Okrug", "Republic")) or region.startswith(
                ("Autonomous Republic", "Republic of")
            ):
                region = "the " + region  # "the Autonomous Republic of Crimea", never "in Autonomous Republic"
            return f"a {kind} in {region}"
        return f"a {kind} in {country}" if country else f"a {kind}"
    if entity == "PERSON":
        return {"ru": "[человек]", "uk": "[людина]"}.get(lang, "a person")
    if entity == "ORGANIZATION":
        label = generalize_organization(text, language)
        if ru and label.startswith("[") and label.endswith("]"):
            # "учился в школе № 3" → "в [школе]": the institution's word carries the case of the phrase
            # ("в сорок второй школе": the words up to the first noun that is no numeral, which agree with it).
            # A name in quotes ("ДК «Горняк»") is the institution's name, in the nominative whatever the case.
            unquoted = regex.sub(r"«[^»]*»?|\"[^\"]*\"?|“[^”]*”?|„[^“”]*[“”]?", " ", text)
            words = [w for w in TOKEN.findall(unquoted) if is_cyrillic(w)]
            morph_lang = "uk" if lang == "uk" else "ru"

            def is_noun(w: str) -> bool:
                found = morph.parses(w, morph_lang)
                # Кедровской, Полоцкой: an adjective of a place, whatever else the dictionary guesses, is no head
                return (
                    bool(found)
                    and found[0].tag.POS == "NOUN"
                    and not _abbreviation(w)
                    and not any(p.tag.POS == "ADJF" for p in found)
                    and not {"Name", "Surn", "Geox"} & set(found[0].tag.grammemes)
                )

            at = next((i for i, w in enumerate(words) if is_noun(w)), None)
            agree = words[: at + 1] if at is not None else words[:1]
            agree = [w for w in agree if not any(p.tag.POS == "NUMR" for p in morph.parses(w, morph_lang)[:1])]
            case = _phrase_case(agree, lang, before)
            return _label(
                label[1:-1], case, lang, before=before if at is not None and _has_loc2(words[at], lang) else ""
            )
        return label
    return f"<{entity}>"


# An institution's category in English, Russian and Ukrainian (recognizers.organization's categories).
_INSTITUTION_KINDS: dict[str, tuple[str, str, str]] = {
    "school": ("a school", "[школа]", "[школа]"),
    "college": ("a college", "[колледж]", "[коледж]"),
    "university": ("a university", "[вуз]", "[заклад вищої освіти]"),
    "employer": ("a company", "[предприятие]", "[підприємство]"),
    "council": ("a local council", "[местная администрация]", "[місцева рада]"),
    "enlistment": ("an enlistment office", "[военкомат]", "[ТЦК]"),
    "hospital": ("a hospital", "[больница]", "[лікарня]"),
    "morgue": ("a morgue", "[морг]", "[морг]"),
    "colony": ("a penal colony", "[колония]", "[колонія]"),
    "detention": ("a detention centre", "[СИЗО]", "[СІЗО]"),
    "court": ("a garrison military court", "[гарнизонный военный суд]", "[гарнізонний військовий суд]"),
    "orphanage": ("an orphanage", "[детский дом]", "[дитячий будинок]"),
    "cemetery": ("a cemetery", "[кладбище]", "[кладовище]"),
    "church": ("a church", "[церковь]", "[церква]"),
    "culture": ("a community centre", "[дом культуры]", "[будинок культури]"),
    "square": ("a square", "[сквер]", "[сквер]"),
    "police": ("a local police department", "[отдел полиции]", "[відділ поліції]"),
    "agency": ("a local office", "[учреждение]", "[установа]"),
    "library": ("a library", "[библиотека]", "[бібліотека]"),
    "shop": ("a shop", "[магазин]", "[магазин]"),
    "restaurant": ("a restaurant", "[кафе]", "[заклад харчування]"),
    "museum": ("a museum", "[музей]", "[музей]"),
    "registry": ("a registry office", "[ЗАГС]", "[РАЦС]"),
    "media": ("a local newspaper", "[газета]", "[газета]"),
    "stadium": ("a stadium", "[стадион]", "[стадіон]"),
    "sports": ("a sports club", "[спортивный клуб]", "[спортивний клуб]"),
    "chat": ("a relatives' chat", "[чат родственников]", "[чат рідних]"),
}
_INSTITUTION_EN = (
    ("court", r"garrison military court"),
    ("detention", r"\b(?:sizo|ivs)\b|pre-?trial|detention"),
    ("colony", r"colony|koloni|prison|\b(?:fku\s+)?ik\b"),
    ("registry", r"registry office|civil registry"),
    ("media", r"newspaper"),
    (
        "enlistment",
        r"enlistment|military registration|commissariat|recruit|vo[iy]?enkomat|vi[iy]s['’]?kkomat|selection point"
        r"|mobili[sz]ation|conscription|\br?tcc\b|\btcr\b|\btcrss\b|\btcsc\b|\b[rt]?tsk\b",
    ),
    ("police", r"police|\bgibdd\b|\bgai\b|rosgvard"),
    ("council", r"council|administration|starost|duma|sel['’]?sovet|sil['’]?rad"),
    ("orphanage", r"orphanage|children['’]s home"),
    ("hospital", r"hospital|clinic|bolnits|likarn|medsanchast"),
    ("morgue", r"morgue"),
    ("cemetery", r"cemetery|graveyard|kladbishch|tsvyntar"),
    # and a parish by its saint's possessive alone: "St. Elijah's"
    (
        "church",
        r"church|cathedral|monastery|chapel|mosque|parish|synagogue|datsan|khurul|temple|^(?:st\.?|saint)\s.*['’]s$",
    ),
    ("culture", r"house of culture|palace of culture|community cent"),
    ("university", r"university|academy|institute|polytechnic"),
    ("college", r"college|technical school|vocational|technikum|uchilishch|kol+edzh|\b(?:s?g?ptu|vpu|vptu|ptl)\b"),
    # and the Russian and Ukrainian words in Latin letters: "Gimnaziya No. 3", "Litsey No. 2", "Shkola No. 5"
    ("school", r"school|lyceum|gymnasium|kindergarten|gimnazi|hymnazi|\bshkol|\bl[iy]ts?e[yij]\b|detsad|dytsad"),
    ("library", r"library"),
    ("museum", r"museum"),
    ("restaurant", r"restaurant|caf[eé]|canteen"),
    ("shop", r"supermarket|hypermarket|store|shop|pharmacy|market"),
    ("stadium", r"stadium"),
    ("sports", r"\bgym\b|\bclub\b"),
    (
        "employer",
        r"plant|factory|works|mine|colliery|farm|enterprise|company|agrofirm|holding|depot|refinery|quarry|forestry|mill|vodokanal|utility|"
        r"firm|brewery|distillery|elevator|bakery|port\b|\byard\b|bank\b|\b(?:npp|hpp|tpp|chpp|gres)\b|"
        # the Russian words in Latin letters, a car plant by its acronym (AvtoVAZ, KamAZ)
        r"zavod|kombinat|fabrika|shakhta|[a-z]az$|"
        r"\b(?:llc|jsc|pjsc|ojsc|cjsc|prjsc|tov|ooo|pao|oao|zao|ao|spk|skhpk|kfkh|kfh|prat|tzov)\b",
    ),
    ("agency", r"bureau|employment cent|department|post office"),
)


# A place of worship keeps its kind: a mosque is never "a church" ("у мечети" → "у [мечети]", not "у [церкви]").
# Stems of the kind's words in the three languages, the first that matches wins; a word for any faith's house
# ("храм", "temple", "parish") is written as "храм"/"a place of worship" so no faith is named that the text did not.
_WORSHIP: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (r"мечет|мечеті|mosque|masjid|джами", ("a mosque", "[мечеть]", "[мечеть]")),
    (r"синагог|synagogue", ("a synagogue", "[синагога]", "[синагога]")),
    (r"дацан|datsan|хурул|khurul|buddhist temple|буддий|буддійськ", ("a Buddhist temple", "[дацан]", "[дацан]")),
    (r"монаст|monastery|convent|лавр|lavra", ("a monastery", "[монастырь]", "[монастир]")),
    (r"костел|костьол|kostel", ("a church", "[костёл]", "[костел]")),
    (r"храм|temple|parish|приход|парафі", ("a place of worship", "[храм]", "[храм]")),
)


def _worship(text: str) -> tuple[str, str, str] | None:
    """The label of a place of worship in en, ru, uk by its own kind (mosque, synagogue, datsan), or None."""
    low = text.lower()
    for stems, labels in _WORSHIP:
        if regex.search(r"(?<![\p{L}])(?:" + stems + ")", low):
            return labels
    return None


_QUOTED_EMPLOYER = regex.compile(r"(?:\p{L}+(?:-\p{L}+)?\s+)?[«\"“„][^«»\"“”„\n]+[»\"”“]")


def generalize_organization(text: str, language: str) -> str:
    """A local institution as its kind in the text's language: "a school", "[школа]", "[лікарня]"."""
    cyrillic = is_cyrillic(text)
    kind = ""
    if cyrillic:
        from redact.recognizers.nlp.institutions import institution_kind

        kind = institution_kind(text, "uk" if language == "uk" else "ru")
        if not kind and _QUOTED_EMPLOYER.fullmatch(text.strip()):
            # "на «Уралхиммаше»", "на Новомосковском «Азоте»": a quoted name with no institution's word, alone or
            # after its town's adjective, is a plant, a farm or a shop someone works at
            kind = "employer"
    else:
        low = text.lower()
        kind = next((k for k, pat in _INSTITUTION_EN if regex.search(pat, low)), "")
    en, ru, uk = _INSTITUTION_KINDS.get(kind, ("an institution", "[учреждение]", "[установа]"))
    if kind in {"church", ""}:
        en, ru, uk = _worship(text) or (en, ru, uk)
    if language == "uk" or (cyrillic and language != "ru" and regex.search(r"[іїєґІЇЄҐ]", text)):
        return uk
    return ru if cyrillic or language == "ru" else en
