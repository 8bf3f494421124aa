"""Street addresses, withheld whole: one grammar for Russian, Ukrainian and their Latin transliteration.

The street-type words are data (``data/street_types.tsv``): every Russian and Ukrainian type word in every
case form (pymorphy3 inflects the lemmas), its abbreviations (ул., пр-т, пр., пер., ш., б-р, алл., наб., пл.,
туп., пр-д, мкр., кв-л, вул., просп., пров., ж/м), and the Latin transliterations (ul., vul., pr-t, prospekt,
sh., bul., all., naberezhnaya, maidan, mkr., kv-l ...) with any case ending. The grammar over them:

* **type + name**: a street type, then a name — Title-case words, initials ("Т. Шевченка", "T.G. Shevchenka"),
  a number phrase ("8 Марта", "50-летия Октября", "1-й Садовый", "40-річчя Перемоги"), "имени/імені" + name,
  a name in quotes, or a genitive name with one lowercase word when a house number follows ("наб. Обводного
  канала, 118", "Naberezhnaya Obvodnogo kanala 118");
* **name + type** when the name is an adjective ("Садовая ул., д. 5", "Ленинградский пр-т, 12",
  "Sadovaya ul., 5");
* then optionally the **house** (", 5", "д. 5", "дом 5а", "буд. 12/2", "№ 7", " 14-22", "52-114" for house and
  flat), **building** (корп., к., стр., строение, секция, korp., bldg), **flat** or office (кв., квартира, оф.,
  kv., apt, flat), **plot** (уч., участок, ділянка) and a **quarter** (кв-л 2) — in any order, repeated;
* a **district** (мкр./микрорайон/квартал/ж/м/mkr./kv-l) with a name or a number;
* a **garden or garage cooperative** (СНТ, ДНТ, с/т, ГСК, садовое товарищество ...) or a residential complex (ЖК,
  житловий комплекс) with its name in quotes or capitalised, and its plot, house and flat;
* a capitalised name and a house after "на/по" or the word for address ("на Садовую, дом пять", "по адресу:
  Садовая, 12, кв. 3"), and a bare "д. 5, кв. 12";
* an address with a house starts at the settlement an address line names before its street, type abbreviation
  included, in both languages ("г. Абакан, ул. Партизанская, д. 17", "пгт Агинское, ул. ...", "м. Бердичів,
  вул. Житомирська, 5", "с. Озерці, вул. Лесі Українки, 19");
* a dotted type abbreviation may touch its name, as typed records write it ("г.Кедрогорск, ул.Лесная, д.2");
* a capitalised name, a house and a flat anywhere ("адрес скинь: Советская, 112, квартира 5");
* English order: "12 Sadovaya Street, apt 4", "14 Sovetskaya, apt 33", "Chistopolskaya Street 61, apt 118";
* a funeral **route**: every street named after a plural type word ("вулицями Соборною, Шевченка та Незалежності",
  "по улицам Советской и Мира") or after one street's type word, dash by dash ("вул. Луцька – Костюшка – Соборності,
  40"), each its own span; a route stops at a nominative given name ("— Олег Кедрук підтвердив") and a city's streets
  ("по улицам Москвы") are no route.

A street type with no name and no number ("на улице", "по проспекту", "the street") is not an address; a
weak abbreviation ("пр." also means "прочее") needs a house number; "Wall Street" needs a number or a
Russian-shaped name. An address is a place: it outranks a person reading of its name ("ул. Винокурова").

Known false positives: a famous square or avenue named with its type but without a house number ("на
Красной площади") is withheld like any street; "pl."/"al." before a Title-case word in a bibliography.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import compiled, morph
from redact.recognizers.nlp.gazetteer import given_name_forms
from redact.recognizers.nlp.places import big_city, street_type_rows
from redact.recognizers.nlp.sentences import sentence_initial

__all__ = ["StreetAddressRecognizer", "StreetTypes", "institution_streets", "street_types"]


@dataclass(frozen=True)
class StreetTypes:
    """The street-type alternations built from ``data/street_types.tsv``, per script and strength."""

    cyr: str  # every Cyrillic type (full forms and abbreviations), strong ones only
    cyr_weak: str  # abbreviations that need a house number ("пр.")
    cyr_full: str  # full words only (a capitalised one may be a memorial: "Алея Героїв")
    cyr_district: str
    cyr_estate: str
    lat: str
    lat_weak: str
    lat_district: str
    lat_full: str
    lat_estate: str


def _forms(lemma: str) -> set[str]:
    """Every case form of a Cyrillic type lemma, from both dictionaries (a multi-word type inflects word by word)."""
    words = lemma.split()
    if len(words) > 1:
        return {r"\s+".join(_alt(_forms(w)) for w in words)}
    out = {lemma}
    for lang in ("ru", "uk"):
        for p in morph.analyzer(lang).parse(lemma):
            # an adjective's lemma is its masculine form: "садовое" is a form of "садовый"
            if (str(p.normal_form) == lemma and p.tag.POS == "NOUN") or (p.word == lemma and p.tag.POS == "ADJF"):
                out |= {str(f.word) for f in p.lexeme}
    return {"['’ʼ]".join(regex.escape(part) for part in f.replace("’", "'").split("'")) for f in out}


def _plain_forms(lemma: str) -> set[str]:
    """Every case form of a one-word Cyrillic type lemma, as literal text."""
    out = {lemma}
    for lang in ("ru", "uk"):
        for p in morph.analyzer(lang).parse(lemma):
            if (str(p.normal_form) == lemma and p.tag.POS == "NOUN") or (p.word == lemma and p.tag.POS == "ADJF"):
                out |= {str(f.word) for f in p.lexeme}
    return out


def _alt(items: set[str] | list[str]) -> str:
    # A set is put in order first: forms of equal length then come out the same in every process (a set's order
    # follows the string hash, which changes per process), so the pattern is the same text and compiles once
    # per machine (recognizers/nlp/compiled.py). Equal-length literal forms never both match at one place.
    ordered = sorted(items) if isinstance(items, set) else items
    return "(?:" + "|".join(sorted(ordered, key=len, reverse=True)) + ")"


def _trie(words: list[str]) -> str:
    """One regex for many literal words, factored by common prefixes (a flat alternation of a few thousand case
    forms scans several times slower)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [str(regex.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        if end:
            body = body + "?" if len(branches) == 1 and body.startswith("(?:") else f"(?:{'|'.join(branches)})?"
        return body

    return build(root)


def _latin(word: str) -> str:
    stem = word.rstrip("aeiouy'") if len(word.rstrip("aeiouy'")) >= 4 else word
    return str(regex.escape(stem)) + r"\p{Ll}{0,4}"


def _abbr(a: str, cased: bool) -> str:
    core = regex.escape(a)
    if not a.endswith((".", "-")) and a.islower():
        core += r"(?=\s)" if a.isalpha() else ""  # "ул Ленина": an undotted abbreviation before a space
    return core if cased or not a.islower() else f"(?i:{core})"


@cache
def institution_streets() -> tuple[str, str]:
    """The institution grammar's street types (recognizers/organization.py), as two alternations of the exact
    forms in the table's columns on_street and by_street (no inflection: the forms are written out)."""
    on = [
        str(regex.escape(f)) for row in street_type_rows() for f in filter(None, (x.strip() for x in row[5].split(",")))
    ]
    by = [
        str(regex.escape(f)) for row in street_type_rows() for f in filter(None, (x.strip() for x in row[6].split(",")))
    ]
    return _alt(on), _alt(by)


@cache
def street_types() -> StreetTypes:
    """The alternations of the grammar, read once from the data file."""
    rows: dict[tuple[str, str, str], list[str]] = {}
    plain: set[str] = set()  # one-word Cyrillic forms, kept literal for the prefix trie
    for kind, script, words, abbrs, flags, _, _ in street_type_rows():
        weak, cased = "weak" in flags, "cased" in flags
        full: list[str] = []
        for w in filter(None, (x.strip() for x in words.split(","))):
            if script == "cyr" and " " not in w and "'" not in w:
                forms = _plain_forms(w)
                plain.update(forms)
                full += sorted(forms)
            else:
                full += sorted(_forms(w)) if script == "cyr" else [_latin(w)]
        short = [_abbr(a, cased) for a in filter(None, (x.strip() for x in abbrs.split(",")))]
        strength = "weak" if weak else "strong"
        rows.setdefault((script, kind, strength), []).extend(short)
        rows.setdefault((script, kind, "full"), []).extend(full)

    def pick(script: str, kinds: tuple[str, ...], strengths: tuple[str, ...]) -> str:
        # Full words match in any letter case, as one group (one case-insensitive group is much faster to scan
        # than one per word); abbreviations carry their own case rule.
        parts = []
        for st in strengths:
            items = [x for k in kinds for x in rows.get((script, k, st), [])]
            if items and st == "full" and script == "cyr":
                literal = sorted({x for x in items if x in plain})
                other = [x for x in items if x not in plain]
                alts = ([_trie(literal)] if literal else []) + other
                parts.append(f"(?i:{_alt(alts)})")
            elif items:
                parts.append(f"(?i:{_alt(items)})" if st == "full" else _alt(items))
        return "(?:" + "|".join(parts) + ")" if parts else "(?!)"

    return StreetTypes(
        cyr=pick("cyr", ("street", "district"), ("strong", "full")),
        cyr_weak=pick("cyr", ("street",), ("weak",)),
        cyr_full=pick("cyr", ("street", "district"), ("full",)),
        cyr_district=pick("cyr", ("district",), ("strong", "full")),
        cyr_estate=pick("cyr", ("estate",), ("strong", "full")),
        lat=pick("lat", ("street", "district"), ("strong", "full")),
        lat_weak=pick("lat", ("street",), ("weak",)),
        lat_district=pick("lat", ("district",), ("strong", "full")),
        lat_full=pick("lat", ("street", "district"), ("full",)),
        lat_estate=pick("lat", ("estate",), ("strong", "full")),
    )


# --- the script-independent parts of the grammar ---------------------------------------------------------------
_CAP = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*"
_INITIALS = r"(?:\p{Lu}\.\s?){1,2}"
_QUOTED = r"[«\"“„][^«»\"“”„\n]{2,40}[»\"”“]"
_NUMWORD = (
    r"\d{1,3}(?:\s?-\s?(?:го|я|й|ї|ий|ої|ого|летия|річчя|ліття|лет|років|go|ya|y|iy|oy|a|letiya|richchia|"
    r"richchya|rokiv))?\s+(?:лет\s+)?"
)
_NAME = (
    rf"(?:(?:им\.|имени|ім\.|імені|im\.|imeni|imeny)\s+)?(?:{_NUMWORD})?(?:{_INITIALS})?{_CAP}"
    rf"(?:\s+(?:{_INITIALS})?(?:{_CAP}|\p{{Lu}}{{2,5}}(?![\p{{L}}-])(?=,?\s*\d))){{0,2}}"
    rf"|\d{{1,3}}\s?-?\s?(?:я|й|а|ая|ий|ый|ша|га|тя|ма|та|ya|y|iy|yy|aya)\s+{_CAP}(?:\s+{_CAP})?"
    rf"|{_QUOTED}"
)
# A genitive name with one lowercase word ("Обводного канала", "реки Фонтанки"): only before a house number.
_NAME_LOOSE = rf"(?:{_CAP}\s+\p{{Ll}}{{4,}}|\p{{Ll}}{{4,}}\s+{_CAP})"
# A settlement's type abbreviation before its name in an address line (shared by the town-before join below).
_VILLAGE_TYPE = r"(?:(?:г|гор|с|п|пос|д|дер|пгт|рп|р\.\s?п|х|ст-ца|сл|м|смт|с-ще)\.?|сел\.)"
_NUM = (
    r"\d{1,4}(?:-?[а-яА-ЯіІєЄA-Za-z](?![\p{L}]))?(?:\s?/\s?\d{1,4}[а-яА-ЯA-Za-z]?)?"
    r"(?:\s?-\s?\d{1,4}(?!\d))?"
)
_HOUSE_WORD = r"(?:д\.|дом(?:а|е)?|буд\.|будинок|будинку|б\.|№|d\.|dom|bud\.|budynok|house|number|No\.?|no\.|#)"
_HOUSE = rf"(?:,?\s*{_HOUSE_WORD}\s*(?:№\s*)?{_NUM}|,\s*{_NUM}(?![\d.,]\d)|\s+{_NUM}(?=[,.;:)\s]|$))"
_PART_WORD = (
    r"(?:корп\.|корпус|к\.|стр\.|строение|секц\.|секция|кв\.|квартира|квартиры|кв|оф\.|офис|под\.|подъезд|п-д|під['’ʼ]їзд|"
    r"эт\.|этаж|пов\.|поверх|літ\.|лит\.|уч\.|участок|участка|діл\.|ділянка|ділянки|гараж|бокс|кв-л\.?|квартал|"
    r"д\.|дом|буд\.|будинок|"
    r"korp\.|korpus|k\.|bldg\.?|[Bb]uilding|str\.|stroenie|[Ee]ntrance|pod\.|kv\.|kv|[Aa]pt\.?|[Aa]partment|"
    r"[Ff]lat|[Oo]ffice|of\.|[Rr]oom|[Bb]lock|[Ff]loor|[Kk]vartira|[Kk]v-ra|[Dd]om|d\.|bud\.|uch\.|kv-l\.?|[Pp]lot)"
)
_PART = rf"(?:,?\s*{_PART_WORD}\s*(?:№\s*)?{_NUM})"
# An adjective-shaped street name before its type: "Садовая ул.", "Ленинградский пр-т", "Sadovaya ul.".
_ADJ_NAME = (
    r"(?:\d{1,3}\s?-\s?(?:я|й|а|ий|ый|ша|га|тя|ма|та|ya|y|iy)\s+)?\p{Lu}[\p{Ll}'’-]+(?:ая|яя|ый|ий|ой|ое|ее|ую|ом|"
    r"ому|ого|ої|ою|ім|им|ым|ей|ка|на|ва|ська|цька|ський|цький|ій|а|е|aya|yaya|iy|yy|oy|oye|oe|aia|ska|tska|skyi|"
    r"skyy|o|y)"
)
# A house or flat number said in words, as an address is dictated ("сорок один", "двадцать два", "сто пятнадцать"):
# tens (or a hundred) with an optional unit, or a number below twenty.
# Ukrainian the same ("сорок два", "двадцять сім", "дванадцять").
_SPOKEN_UNIT = (
    r"(?:один|одна|два|две|дві|три|четыре|чотири|пять|п['’ʼ]ять|шесть|шість|семь|сім|восемь|вісім|девять"
    r"|дев['’ʼ]ять)"
)
_SPOKEN = (
    r"(?:(?:сто|двести|триста|двісті)\s+)?(?:(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|"
    r"девяносто|двадцять|тридцять|п['’ʼ]ятдесят|шістдесят|сімдесят|вісімдесят|дев['’ʼ]яносто)"
    rf"(?:\s+{_SPOKEN_UNIT})?|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцать"
    r"|(?:один|два|три|чотир|п['’ʼ]ят|шіст|сім|вісім|дев['’ʼ]ят)надцять|десять|"
    rf"{_SPOKEN_UNIT})(?![\p{{L}}])|(?:сто|двести|триста|двісті)(?![\p{{L}}])"
)
# A flat said after a dictated house: ", квартира двенадцать", ", кв. 7".
_SPOKEN_FLAT = rf"(?:,?\s*(?:кв\.|квартира|квартиру)\s*(?:\d{{1,4}}(?!\d)|{_SPOKEN}))"
_ENGLISH = (
    # "St" and "Sq" without a full stop (British style: "14 Shevchenko St"), never before a name ("St Michael's").
    r"(?:Street|St\.|st\.|Str\.|(?:St|Sq|Ave|Str)(?![\p{L}.])(?![ \t]+\p{Lu})|"
    r"Avenue|Ave\.?|Prospekt|Prospect|Lane|Boulevard|Blvd\.?|Square|Sq\.|Embankment|"
    r"Highway|Road|Rd\.?|Alley|Passage|Drive|Dr\.|Descent|Microdistrict|Micro-district|Quarter|Driveway|"
    r"street|avenue|lane|boulevard|embankment|highway|alley|passage|descent|microdistrict)"
)
_EN_UNIT = r"(?:,?\s*(?:apartment|apt\.?|flat|kv\.?|room|korpus|bldg\.?|building|block|entrance)\s*\d{1,4}[A-Za-z]?)"
_RU_SHAPED = r"\p{Lu}\p{Ll}+(?:aya|naya|skaya|ovaya|evaya|ina|ova|eva|skogo|ogo)\b"
_EN_STOP = r"(?:The|A|An|In|At|On|From|To|Of|And|Or|But|Our|My|His|Her|Their|Your|This|That|It|He|She|We|They|I)"
_EN_W = rf"(?!{_EN_STOP}\b)\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?[\p{{Ll}}'’]+)*"


@cache
def _patterns(cyrillic: bool = True, latin: bool = True) -> list[tuple[str, Any, float]]:
    """The grammar's rules over the type words of the scripts the text holds (a Latin-only text skips the
    Cyrillic case forms, and the other way round)."""
    t = street_types()
    none = "(?!)"

    def of(cyr: str, lat: str) -> str:
        return "(?:" + "|".join([cyr if cyrillic else none, lat if latin else none]) + ")"

    # A dotted abbreviation may touch its name, as records typed without spaces write it ("ул.Лесная, д.2"); a full
    # word or an undotted abbreviation ends at a non-letter.
    typ = of(t.cyr, t.lat) + r"(?:(?<=\.)(?=\p{Lu})|(?![\p{L}-]))"
    weak = of(t.cyr_weak, t.lat_weak)
    dist = of(t.cyr_district, t.lat_district)
    estate = of(t.cyr_estate, t.lat_estate)
    b = r"(?<![\w.-])"
    rules = [
        ("type-name", rf"{b}(?P<v>{typ}\s*(?:{_NAME})(?:{_HOUSE})?{_PART}*)", 0.85),
        ("type-name-house", rf"{b}(?P<v>{typ}\s*(?:{_NAME_LOOSE}){_HOUSE}{_PART}*)", 0.9),
        # the house first, the street after it: "у дома № 14 по улице Садовой", "возле дома 7 на проспекте Мира"
        (
            "house-on-street",
            rf"(?<![\w.-])(?P<v>(?:дом(?:а|е|у|ом)?|будинк(?:у|ом)|будинок|д\.)\s*(?:№\s*)?{_NUM}(?:{_PART})*"
            rf"\s+(?:по|на|в|во|у|з|на\s+розі)\s+{typ}\s*(?:{_NAME}))",
            0.9,
        ),
        ("weak-type-name", rf"{b}(?P<v>{weak}\s*(?:{_NAME}){_HOUSE}{_PART}*)", 0.85),
        ("name-type", rf"(?<![\w-])(?P<v>{_ADJ_NAME}\s+{typ}(?:{_HOUSE})?{_PART}*)", 0.8),
        ("highway-capital", rf"{b}(?P<v>Ш\.\s*{_CAP}{_HOUSE}{_PART}*)", 0.8),
        # "мкр. 12", "мкр. 3-й, д. 12": a district's number, its ordinal ending too
        (
            "district-number",
            rf"{b}(?P<v>{dist}\s*\d{{1,3}}(?!\d)(?:-(?:й|я|го|м|ий|ый|ій)(?![\p{{L}}])|[а-яa-z]?)(?:{_HOUSE})?{_PART}*)",
            0.75,
        ),
        # The number first: "6-й микрорайон, д. 14, кв. 88", "в 3-м мкр.", "12 мкр., д. 5" (a bare number needs a
        # house; "3-й квартал" alone is a quarter of the year).
        (
            "number-district",
            rf"(?<![\w.,/-])(?P<v>\d{{1,3}}(?:\s?-\s?(?:й|м|го|ом|му|ий|ый|ій|ого|ому|ym|iy|y|i)(?![\p{{L}}])\s*(?!квартал|кв-л|ж/м|kvartal|kv-l)"
            rf"{dist}"
            rf"(?![\p{{L}}-])(?:{_HOUSE})?{_PART}*|\s+(?!квартал|кв-л|kvartal|kv-l){dist}(?![\p{{L}}-])(?:{_HOUSE}|{_PART}){_PART}*))",
            0.8,
        ),
        (
            "estate",
            rf"{b}(?P<v>{estate}(?![\p{{L}}-])\s*(?:{_QUOTED}|{_CAP}(?:[\s-]{_CAP})?)(?:,?\s*№\s*\d{{1,4}})?"
            rf"{_PART}*)",
            0.85,
        ),
        (
            "bare-after-preposition",  # "на Садовую, дом пять", "по Лесной, 5", "по адресу: Садовая, 12"
            rf"(?<=(?<!\w)(?i:на|по|с|со|на улице|на вулиці|по адресу:?|за адресою:?|адрес:|адреса:)\s)"
            rf"(?P<v>{_CAP}(?:\s+{_CAP})?,"
            rf"\s*(?:(?:д\.|дом|буд\.|будинок)\s*)?(?:\d+[а-я]?(?:/\d+)?(?![\w]){_PART}*"
            # a house in words closes the phrase or a flat follows: "на Пасху, пять человек" is no address
            rf"|(?:{_SPOKEN})(?:{_SPOKEN_FLAT}|(?=[ \t]*(?:[.,!?;:)»\"”—–]|$)))))",
            0.8,
        ),
        (
            # the same without the comma ("несіть на Шевченка 41, кв. 12", "живёт по Садовой 5."): the house must
            # close the phrase or a flat must follow, so "на Пасху 5 человек" is no address
            "bare-after-preposition-house",
            rf"(?<=(?<!\w)(?:на|по|с|со|на улице|на вулиці)\s)(?P<v>{_CAP}[ \t]+\d{{1,4}}[а-яі]?(?:/\d+)?"
            # or the town follows a street named in the genitive or by an adjective ("на Ленина 114 в Зернограде")
            rf"(?![:.,]?\d)(?:{_PART}+|(?=[ \t]*(?:[.!?;:)»\"”]|$))"
            rf"|(?<=(?:а|я|ой|ей|ого|его|ої)[ \t]+\d{{1,4}}[а-яі]?(?:/\d+)?)"
            rf"(?=[ \t]+(?:в|во|у|г\.|м\.)[ \t]+\p{{Lu}})))",
            0.8,
        ),
        (
            # a street named alone, its house and its flat, as an address is said or sent in a chat ("адрес скинь:
            # Советская, 112, квартира 5", "Лесная, 4, кв. 9"): the flat makes it an address wherever it stands
            "name-house-flat",
            rf"(?<![\w.-])(?P<v>{_CAP}(?:\s+{_CAP})?,\s*(?:(?:д\.|дом|буд\.|будинок)\s*)?\d{{1,4}}[а-яі]?(?:/\d+)?"
            rf",?\s*(?:кв\.|квартира|квартиру|кв|квартира\s+№)\s*\d{{1,4}}(?!\d))",
            0.85,
        ),
        (
            # a street named alone and its house, in figures or words, where the sentence says someone lives or is
            # registered there ("спрашивали адрес, мы сказали — Пролетарская, 41", "прописан у меня, в Лев Толстом,
            # Станционная, двенадцать", "мешкає в Ізюмі, Соборна, 7"): the house closes the phrase (see _HOME_CUE)
            "home-cue-name-house",
            rf"(?<![\w.,-])(?=\p{{Lu}})(?P<v>{_CAP}(?:\s+{_CAP})?,[ \t]*(?:(?:д\.|дом|буд\.|будинок)[ \t]*)?"
            rf"(?:\d{{1,3}}[а-яі]?(?:/\d+)?(?:-\d{{1,4}})?(?![:.,]?\d)|(?:{_SPOKEN}))(?:{_SPOKEN_FLAT}|{_PART})*)"
            rf"(?=[ \t]*(?:[.,!?;:)»\"”—–]|$))",
            0.75,
        ),
        (
            "house-flat",  # "д. 5, корп. 2, кв. 12" with no street before it
            r"(?<!\w)(?P<v>(?:д\.|дом|буд\.)\s*\d+[а-я]?(?:,\s*(?:корп\.|к\.)\s*\d+)?,\s*(?:кв\.|квартира)\s*\d+)",
            0.85,
        ),
        (
            # a village with no streets, its house after its name ("д. Кедровка, д. 12", "с. Кедрівка, буд. 5, кв. 2"):
            # the settlement's abbreviation, its name and the house, one span as a street address is
            "village-house",
            rf"(?<![\w.-])(?P<v>{_VILLAGE_TYPE}[ \t]*{_CAP}(?:[ \t]{_CAP})?,"
            rf"[ \t]*(?:д\.|дом|буд\.|будинок)[ \t]*(?:№[ \t]*)?{_NUM}(?![\d.,]\d){_PART}*)",
            0.85,
        ),
        # English order: "12 Sadovaya Street, apt 4", "14 Sovetskaya, apt 33", "Chistopolskaya Street 61, apt 118".
        (
            "english",
            rf"(?<![\w.,-])(?P<v>(?:{_NUM},?\s+)?(?:{_INITIALS})?{_CAP}(?:\s+{_CAP})?\s+{_ENGLISH}(?:{_HOUSE})?{_PART}*)",
            0.75,
        ),
        ("english-ru-number", rf"(?<![\d.,])(?P<v>{_NUM}\s+{_RU_SHAPED}{_EN_UNIT}*)", 0.65),
        ("english-number-unit", rf"(?<![\d.,])(?P<v>\d{{1,4}}[A-Za-z]?\s+{_EN_W}{_EN_UNIT}+)", 0.7),
        # not the hour of a chat line's time: "Olga Rybakova 21:16" is a name and a message's time
        (
            "english-ru-house",
            rf"\b(?P<v>{_RU_SHAPED}\s+\d{{1,4}}[A-Za-z]?(?!\d){_EN_UNIT}*)(?![:.]\d)(?=[\s,.;:!?)]|$)",
            0.5,
        ),
        # a comma between ("we live on the same landing, Lenina, 7!"): the house must close the phrase or a flat
        # follow, and a given name before it ("Marina, 34, a nurse") is someone's age, not an address
        (
            "english-ru-comma-house",
            rf"\b(?P<v>{_RU_SHAPED},[ \t]+\d{{1,4}}[A-Za-z]?(?![:.,]?\d)(?:{_EN_UNIT}+|(?=[ \t]*(?:[.!?;)]|$))))",
            0.5,
        ),
        # the house word of a translated address between ("On Sovetskaya, house 40", "Lesnaya, dom 3, kv. 7"): an
        # address by that word alone, wherever the phrase goes on
        (
            "english-ru-comma-house-word",
            rf"\b(?P<v>{_RU_SHAPED},?[ \t]+(?:house|dom|d\.)[ \t]*(?:No\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![:.,]?\d)"
            rf"{_EN_UNIT}*)",
            0.6,
        ),
    ]
    return [(name, compiled.pattern(p, regex.V1), score) for name, p, score in rules]


# Words that look like adjective street names but are not ("Каждая улица", "Главная площадь").
_NOT_STREET_NAME = frozenset(
    "каждая каждый эта этот та тот наша наш ваша ваш моя мой своя свой вся весь любая любой другая другой "
    "главная главный центральная центральний центральна головна головний нова новая новый стара старая "
    "кожна кожний ця цей наша та this that every the".split()
)
_EN_HOME_CUE = regex.compile(
    r"(?i)(?:\b(?:on|at|to|from)\s+$|\b(?:liv(?:e|es|ed|ing)|address|registered|moved|landing|flat|apartment|house"
    r"|building|street|yard|entrance|neighbou?rs?)\b[^.!?\n]*$)"
)
# Where a sentence says someone lives, is registered or was sent, before a street named alone with its house.
_HOME_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:адрес\p{L}*|прописан\p{L}*|прописк\p{L}*|прописаний|прописана|зарегистрирован\p{L}*"
    r"|зареєстрован\p{L}*|прожива\p{L}*|живу|живут|живёт|живет|жив[её]м|жил[аи]?|живе|живуть|живемо|жив|жила"
    r"|мешка\p{L}*)(?![\p{L}])[^.!?\n]{0,60}\Z"
)
_REQUIRES_HOUSE_CAPITAL = regex.compile(r"^\p{Lu}\p{Ll}")  # "Алея Героїв": a capitalised full word needs a number
_DIGIT = regex.compile(r"\d")
_LINE = regex.compile(r"(?i)(?:лини|ліні)\p{L}*\s")
_LINE_QUOTED = regex.compile(r"(?i)(?:лини|ліні)\p{L}*\s*[«\"“„]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"[A-Za-z]")
# The settlement an address line names before its street, with its type abbreviation ("г. Абакан, ",
# "пгт Агинское, ", "с. Малая Малышевка, "): a verdict's or a notice's address is one span from the town on.
_TOWN_BEFORE = regex.compile(
    rf"(?<![\w.-])(?P<v>{_VILLAGE_TYPE}[ \t]*(?P<n>\p{{Lu}}[\p{{Ll}}'’ʼ-]+"
    r"(?:[ \t]\p{Lu}\p{Ll}+|-\p{Lu}?\p{Ll}+){0,2})),[ \t]*\Z",
    regex.V1,
)
_PLURAL_TYPE = regex.compile(r"(\p{Ll}{5,})[ \t]+(?=\p{Lu})")


def _plural_only(word: str, language: str) -> bool:
    """Every reading of a known Cyrillic type word is plural ("вулицями", "улицах"): a route through several
    streets ("Кортеж пройде вулицями Миру, Шевченка"), whose names are withheld and whose type word is not."""
    if language not in ("ru", "uk") or not morph.is_known(word, language):
        return False
    ps = morph.parses(word, language)
    return bool(ps) and all(p.tag.POS == "NOUN" and "plur" in p.tag.grammemes for p in ps)


# The next street of a route after a plural type word ("вулицями Соборною, Шевченка та Незалежності", "по улицам
# Советской – Гагарина и Мира"): a comma, a dash or "and", then a street's name, each name its own span.
_ROUTE_NEXT = regex.compile(
    rf"(?:[ \t]*[,–—][ \t]*|[ \t]+-[ \t]+|[ \t]+(?:и|і|й|та|да)[ \t]+)(?P<n>(?:{_NAME}))", regex.V1
)
# After one street with its type word, only a dash goes on to the next street of a route (a comma goes on to the town
# or the house): "вул. Луцька – Костюшка – Княгині Ольги – Соборності, 40".
_ROUTE_DASH = regex.compile(
    rf"(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]+)(?P<n>(?:{_NAME})(?:,[ \t]*{_NUM}(?![\d.,]\d))?)", regex.V1
)


def _route_rest(text: str, end: int, step: Any = _ROUTE_NEXT) -> list[tuple[int, int]]:
    """The spans of the streets listed after a route's first street, which ends at ``end`` (not after a city's
    streets: "по улицам Москвы и Петербурга")."""
    out: list[tuple[int, int]] = []
    while (m := step.match(text, end)) is not None and len(out) < 8:
        if _named_person(m.group("n").split()[0]):
            break  # "вул. Шевченка — Олег Петренко підтвердив": a person speaks after the dash
        out.append(m.span("n"))
        end = m.end("n")
    return out


def _named_person(word: str) -> bool:
    """A given name in the nominative ("Олег", "Ирина"): a person, where a street named after one is a genitive
    ("Івана Гаврилюка", "Княгині Ольги")."""
    if word.casefold() not in given_name_forms():
        return False
    return any(
        "Name" in p.tag.grammemes and "nomn" in p.tag.grammemes
        for lang in ("ru", "uk")
        for p in morph.parses(word, lang)[:1]
    )


# A house number makes the match an address beyond doubt: it outranks a person reading of the street's name (so does a
# plural type word before a list of names: "вулицями Соборною, Шевченка").
SURE_SCORE = 0.95


class StreetAddressRecognizer(SingleEntityRecognizer):
    """LOCATION: street addresses in Cyrillic and Latin script — type + name + house + building + flat, one span."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["LOCATION"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every address the grammar above finds."""
        if "LOCATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        full_cap = _full_cap()
        for name, pat, score in _patterns(bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))):
            for m in pat.finditer(text):
                start, end = m.span("v")
                value = m.group("v").rstrip(" ,")
                end = start + len(value)
                if not self._accept(text, name, value, start, full_cap):
                    continue
                if name == "home-cue-name-house" and any(r.start <= start and end <= r.end for r in out):
                    continue  # "на линии Садовой, дом 14": the street already found with its type word
                if (plural := _PLURAL_TYPE.match(value)) is not None and _plural_only(
                    plural.group(1), self.supported_language
                ):
                    start += plural.end()  # "вулицями Миру, Шевченка": the route's type word names no one street
                    value = value[plural.end() :]
                    for s, e in [] if big_city(value.split()[0]) else _route_rest(text, start + len(value)):
                        out.append(self._result(s, e, SURE_SCORE, "street address (route)"))
                elif _CYRILLIC.search(value):
                    # "вул. Луцька – Костюшка – Соборності, 40": a route's streets after one type word, dash by dash
                    for s, e in _route_rest(text, start + len(value), _ROUTE_DASH):
                        out.append(self._result(s, e, SURE_SCORE, "street address (route)"))
                sure = bool(_DIGIT.search(value[value.find(" ") :])) and name not in {
                    "english-ru-house",
                    "english-ru-comma-house",
                    "english-ru-comma-house-word",
                    "english-ru-number",
                }
                if sure and (town := _TOWN_BEFORE.search(text, max(0, start - 60), start)):
                    # "г. Абакан, ул. Партизанская, д. 17", "м. Бердичів, вул. Житомирська, 5": the town with its type
                    # abbreviation and its street, one span, in either language. Writers split on the abbreviation of
                    # a Ukrainian address ("м. [Миргород], [вул. Гоголя, 12]" and "[м. Стерлітамак, вул. ..., кв. 47]"):
                    # the whole line withholds more, and a strict reader fails an address whose town type is in clear.
                    start = town.start("v")
                out.append(self._result(start, end, SURE_SCORE if sure else score, f"street address ({name})"))
        return out

    @staticmethod
    def _accept(text: str, name: str, value: str, start: int, full_cap: Any) -> bool:
        words = value.split()
        has_number = bool(_DIGIT.search(value))
        if text[max(0, start - 3) : start].endswith("et "):
            return False  # "et al. Jones"
        if name == "type-name" and _REQUIRES_HOUSE_CAPITAL.match(value) and full_cap.match(value) and not has_number:
            return False  # "біля Алеї Героїв", "Prospekt Mira": a memorial or a landmark, not an address
        if name == "type-name" and _LINE.match(value) and (not has_number or _LINE_QUOTED.match(value)):
            # "горячая линия Минобороны", "лінія фронту", "линия Суровикина": a line is a street only as "5-я линия"
            # or with a house number after its name ("Кадетская линия, 3" is the name-type rule); a quoted name after
            # it is a project's line, never a street ("на лінію «Хочу жить» 1648")
            return False
        if _LINE.match(value) and (
            _HOTLINE_BEFORE.search(text, max(0, start - 24), start) or _PHONE_GROUPS.match(text, start + len(value))
        ):
            # "на гарячу лінію Коордштабу, 0 800 300 529": a hotline, its number a phone's first digit, not a house
            return False
        if name == "name-type":
            if words[0].lower() in _NOT_STREET_NAME:
                return False
            if not has_number and (sentence_initial(text, start) or value[:1].isdigit()):
                return False  # "Садовая улица ..." opening a sentence without a number: too weak
        if name in {"english-ru-comma-house", "english-ru-comma-house-word"}:
            # A street's genitive has a surname's shape ("Lenina", "Ivanova"): only where someone lives or is
            # sent, never a given name ("Marina, 7.": a child's age); the house word alone says it is an address.
            if words[0].rstrip(",").lower() in given_name_forms():
                return False
            return name == "english-ru-comma-house-word" or bool(_EN_HOME_CUE.search(text[max(0, start - 40) : start]))
        if name == "home-cue-name-house":
            # "живёт с матерью, Марией, 62 года" names a person and an age, "адрес: Москва, 12" a city: no given name,
            # no big city, and the cue before it
            if words[0].rstrip(",").lower() in given_name_forms() or big_city(words[0].rstrip(",")):
                return False
            return bool(_HOME_CUE.search(text, max(0, start - 80), start))
        if name == "english":
            first = words[0]
            return has_number or first.endswith(("aya", "aia", "ya", "ogo", "ina", "ova", "eva", "skogo", "ka"))
        return True


_HOTLINE_BEFORE = regex.compile(r"(?i)(?:гаряч|горяч|телефонн|довір|довер)\p{L}*[ \t]+\Z")
_PHONE_GROUPS = regex.compile(r"[ \t\u00a0-]?\d{2,3}[ \t\u00a0-]\d{2,3}")


@cache
def _full_cap() -> Any:
    t = street_types()
    return compiled.pattern(rf"^(?:{t.cyr_full}|{t.lat_full})(?![\p{{L}}-])", regex.V1)
