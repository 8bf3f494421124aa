"""Is this Cyrillic word a place or a name? The gazetteer-first rule shared by the ru/uk recognizers.

natasha (slovnet) and pymorphy3 both guess from the word alone and both call "Бахмута" a person. A place
list is the better judge of what a single word refers to: :func:`is_known_place` asks the settlement and
region gazetteer (surface and every lemma) and falls back to pymorphy3's Geox weight;
:func:`place_beats_name` adds the exceptions for words that are also given names or surnames. The
recognizers (``ru_person``, ``ru_location``) and redact's natasha component (``redact/cyrillic_nlp.py``)
use the same two functions, so every source agrees on a word's type.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from redact.recognizers.nlp import morph
from redact.recognizers.nlp.gazetteer import given_name_forms, place_gazetteer, read_tsv, split_cell

__all__ = [
    "field_post_address",
    "MOURNING_COLLECTIVE",
    "MOURNING_SUBJECT_AFTER",
    "big_city",
    "given_name_and_surname",
    "is_known_place",
    "locative_after_preposition",
    "place_beats_name",
    "region_word",
    "resident_lemmas",
    "resident_nouns",
    "russian_spelling",
]


def _resident_rows() -> list[dict[str, str]]:
    rows = read_tsv("resident_nouns.tsv")
    if not rows:
        raise RuntimeError("data/resident_nouns.tsv is missing or empty")
    return rows


@cache
def street_type_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/street_types.tsv`` (the address grammar's street-type words: recognizers/street_address.py),
    seven stripped cells each, read once; the type-discipline rules read its Cyrillic street words too."""
    from importlib import resources

    text = resources.files("redact.recognizers").joinpath("data/street_types.tsv").read_text(encoding="utf-8")
    rows = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(tuple(c.strip() for c in [*line.split("\t"), "", "", "", "", "", ""][:7]) for line in rows)


@cache
def resident_lemmas() -> frozenset[str]:
    """The nouns of a resident or native ("мешканець", "уроженка", "выходец"), lemmas of ``data/resident_nouns.tsv``:
    the words that introduce a place ("мешканка Ізмаїла", "уроженец Рыльска"), never a place themselves."""
    return frozenset(row["lemma"].strip() for row in _resident_rows())


@cache
def resident_nouns() -> frozenset[str]:
    """Every singular case form of :func:`resident_lemmas`, from pymorphy3 in the table's languages, as written
    before a home place ("мешканки Ізмаїла", "уроженцем Рыльска") or opening a line ("Уроженец пос. Кедровый")."""
    forms: set[str] = set()
    for row in _resident_rows():
        lemma = row["lemma"].strip()
        for language in split_cell(row["languages"]):
            for p in morph.parses(lemma, language):
                if p.tag.POS == "NOUN" and str(p.normal_form) == lemma:
                    forms |= {str(f.word) for f in p.lexeme if "plur" not in f.tag.grammemes}
    return frozenset(forms)


_GEOX = frozenset({"Geox"})
_UK_LETTERS = regex.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def listed_place(name: str) -> bool:
    """Whether ``name``, as written, is a spelling of the shared settlement/region gazetteer (any script).

    Entries the gazetteer flags ``ambiguous`` (also an ordinary word or a name) do not count: they need the
    context the recognizers read.
    """
    entries = place_gazetteer().get(morph.fold_script(name))
    return bool(entries) and not all("ambiguous" in e.flags for e in entries)


def field_post_address(numbered: str) -> bool:
    """Whether a hyphen-numbered name is a field-post address: a listed city and a station of three digits or more
    ("Moscow-400", "Москва-400"), no radio name nor position."""
    base, _, number = numbered.partition("-")
    return len(number) >= 3 and listed_place(base)


def _in_gazetteer(word: str) -> bool:
    """Membership in the shared settlement/region gazetteer, Cyrillic forms only (see :func:`listed_place`)."""
    return bool(_CYRILLIC.search(word)) and listed_place(word)


# Case endings of a masculine town in -ськ/-цьк (uk) or -ск/-цк (ru) and the Ukrainian respelling of a Russian
# town's name ("з Тихорецька", "під Кірово-Чепецьком", "у Копейську": Тихорецк, Кирово-Чепецк, Копейск).
_OBLIQUE_ENDINGS = ("ові", "ом", "а", "у", "і", "е")
_TOWN_STEM = regex.compile(r"\p{L}{3,}[сц]ь?к$")
_GENITIVE_PLURAL_UK = regex.compile(r"ів$")
_TO_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "І": "И", "Ї": "И", "Є": "Е", "'": "", "’": "", "ʼ": ""})


def russian_spelling(word: str) -> str:
    """A Ukrainian spelling of a Russian name respelled as Russian (Тихорецьк → Тихорецк, Пушкін → Пушкин)."""
    word = _GENITIVE_PLURAL_UK.sub("ов", word)  # the genitive plural: Челнів → Челнов
    return word.replace("цьк", "цк").replace("ськ", "ск").translate(_TO_RUSSIAN)


def _oblique_town(word: str, language: str) -> bool:
    """Whether a word the dictionary lacks is a case form of a gazetteer town in -ськ/-цьк/-ск/-цк, as written or in
    its Russian spelling: pymorphy3 only guesses such words and guesses a woman's surname ("Тихорецька")."""
    if not _CYRILLIC.search(word):
        return False
    for ending in _OBLIQUE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and _TOWN_STEM.search(stem):
            return _in_gazetteer(stem) or _in_gazetteer(russian_spelling(stem))
    return False


# A town as the subject of its people's mourning, the words right after it: "Кам'янець-Подільський попрощався з
# десантником", "Ужгород попрощається із загиблими", "Конотоп у жалобі", "Курган простился с земляком", "Дубно
# провело в останню путь", "Старокостянтинів зустрів на колінах", "Zhytomyr mourns", "Uman bids farewell": the
# community a soldier came from, his home (obituary headlines and notices).
MOURNING_SUBJECT_AFTER = regex.compile(
    r"(?i)[ \t]+(?:(?:сьогодні|сегодня|вчора|вчера|знову|снова|навіки|навсегда)[ \t]+)?(?:"
    r"(?:по)?проща(?:вся|лася|лося|лися|ється|ються|ется|ются|ется|лся|лась|лось|лись)"
    r"|попроща(?:ється|ються|ется|ются)|простил(?:ся|ась|ось|ись)|простит(?:ся|ь)"
    r"|пров(?:ів|ела|ело|ели|одить|одив|одила|одило|оджає|одил|одит|ожает|ожал)"
    r"[ \t]+(?:в|у)[ \t]+(?:останн|последн)\p{L}*"
    r"|зустр(?:ів|іла|іло|іли|ічав|ічала|ічає)[ \t]+(?:на[ \t]+колінах|навколішки|кортеж)"
    r"|встрет(?:ил|ила|ило|или)[ \t]+(?:на[ \t]+коленях|кортеж)"
    r"|(?:у|в)[ \t]+(?:жалобі|скорботі|трауре|скорби)|оплаку(?:є|ють|ет|ют)|скорб(?:ить|ят|отить)"
    r"|mourns|mourned|bids?[ \t]+farewell|bade[ \t]+farewell|says?[ \t]+goodbye|said[ \t]+goodbye"
    r")(?!\p{L})"
)
# Collective nouns that mourn in their own right ("Громада прощається з Героєм", "Село провело в останню путь",
# "Школа у жалобі", "The family mourns"): the mourners are named by what they are, and a village that happens to
# share the noun ("Громада", "Село") is not meant. Nominative only: they are the subject.
MOURNING_COLLECTIVE = regex.compile(
    r"(?i)(?:громада|місто|село|селище|город|деревня|пос[её]лок|станиця|станица|район|область|край|країна|страна"
    r"|держава|родина|семья|сім['’ʼ]я|школа|ліцей|лицей|гімназія|гимназия|колектив|коллектив|університет"
    r"|университет|бригада|батальйон|батальон|полк|рота|громадськість|общественность|community|city|town|village"
    r"|family|school|district|region|country|nation|brigade|regiment)"
)


@lru_cache(maxsize=200_000)
def is_known_place(word: str, language: str) -> bool:
    """Whether ``word`` (any case form) is a place: a lemma in the gazetteer, or Geox-dominant in pymorphy3.

    The gazetteer is consulted on the surface and on every pymorphy3 lemma
    (title-cased), so "Бахмутом" finds "Бахмут". Cached per word: the recognizers and the type discipline ask
    about the same words many times per text. A word mixing Latin and Cyrillic lookalikes is read in its own script.
    """
    word = morph.fold_script(word)
    if _in_gazetteer(word) or _oblique_town(word, language):
        return True
    for lem in morph.lemmas(word, language):
        if _in_gazetteer(morph.match_case(lem, word)):
            return True
        if language == "uk" and _in_gazetteer(morph.match_case(russian_spelling(lem), word)):
            return True  # "з Пушкіна", "у Таганрозі": a Russian town in its Ukrainian spelling
    if (
        language == "uk"
        and not _UK_LETTERS.search(word)
        and not morph.is_known(word, "uk")
        and morph.is_known(word, "ru")  # pymorphy3 guesses Geox for unknown words
    ):
        language = "ru"  # Russian place names in Ukrainian text ("Дербент", "Кяхти"): the uk dictionary has no Geox
    if language == "ru" and morph.has_tag(word, language, "Geox"):
        geox = morph.tag_share(word, language, _GEOX)
        return geox >= 0.3 and geox >= morph.tag_share(word, language) - 1e-9
    return False


def place_beats_name(word: str, language: str) -> bool:
    """Whether a word that may be a name is read as a place (the gazetteer-first rule).

    The word must be a known place (gazetteer, or Geox-dominant). It is then a place unless one of its name
    readings is a common given name ("Артём" is also a town) or every noun reading is a name ("Иванов",
    "Шевченко": surnames that some village is named after). So "Бахмутом" (Name, or Geox) and "Харкові"
    (uk: surname "Харко", or the noun "харків") are places, whatever pymorphy3 ranks first.
    """
    if not is_known_place(word, language):
        return False
    ps = morph.parses(word, language)
    name_lemmas = {str(p.normal_form) for p in ps if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)}
    if name_lemmas & _common_given_names() or word.casefold() in _common_given_names():
        # "Артём" is also a town: a common given name stays a name; context (в Артёме) decides there. The form as
        # written counts too: the Ukrainian dictionary tags "Володимир" and "Богдан" as plain nouns.
        return False
    if _oblique_town(word, language) and not morph.is_known(word, language):
        return True  # "з Тихорецька": a town's case form; the name readings of an unknown word are guesses
    # A place reading: Geox, or a plain noun with another lemma (uk has no Geox: "Харкові" = Харко | харків).
    # A plain noun with the surname's own lemma ("шевченко", neut) is the dictionary's trace of a village name.
    place_reading = any(
        "Geox" in p.tag.grammemes
        or (
            p.tag.POS == "NOUN"
            and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
            and str(p.normal_form) not in name_lemmas
        )
        for p in ps
    )
    return place_reading or not name_lemmas


def given_name_and_surname(given: str, following: str, language: str) -> bool:
    """Whether a Cyrillic given name as written and the capitalised word after it read as a person, not as a
    two-word settlement: the second word is no place the gazetteer knows and the pair is no listed place. After a
    settlement noun this is the settlement's person ("староста села Богдан Кравець", "голова села Петро Мельник"),
    where "Нова Ушиця" or "Велика Олександрівка" stays the village."""
    return (
        _CYRILLIC.search(given) is not None
        and given.casefold() in given_name_forms()
        and not is_known_place(following, language)
        and not listed_place(f"{given} {following}")
    )


@lru_cache(maxsize=1)
def _common_given_names() -> frozenset[str]:
    """Lower-case given names, Ukrainian forms, diminutives and vocatives from the shared given-names list (its
    Latin forms left out: the words read here are Cyrillic)."""
    return given_name_forms(("name", "uk", "diminutives", "vocatives"))


_LOCATIVE_PREP = regex.compile(r"(?<![\w-])(?i:на|в|во|у|уві)\s+[«\"„“]?$")


def locative_after_preposition(text: str, start: int, word: str, language: str) -> bool:
    """Whether a capitalised word stands after на/в/у in a locative that no accusative (nor, after у, genitive)
    shares: "на Азовсталі", "в цеху на «Уралвагонзаводе»", "у «Вагнері»" name a place or a body. A person after
    these prepositions is in the accusative or genitive ("надеется на Бурого", "у Шамана")."""
    m = _LOCATIVE_PREP.search(text, max(0, start - 8), start)
    if m is None:
        return False
    prep = m.group().strip(' \t«"„“').lower()
    cases = {c for p in morph.parses(word, language) for c in p.tag.grammemes}
    if not cases & {"loct", "loc2"} or "accs" in cases or "acc2" in cases:
        return False
    return prep != "у" or not cases & {"gent", "gen2"} or not morph.is_known(word, language)


def big_city(word: str) -> bool:
    """Whether a word (any case form, Russian or Ukrainian) names a city of 500,000 people or more or a federal
    city: a name many people share a home with, public in most reporting."""
    big = _big_cities()
    return any(form.casefold() in big for lang in ("ru", "uk") for form in (word, *morph.lemmas(word, lang)))


@lru_cache(maxsize=1)
def _big_cities() -> frozenset[str]:
    """Every spelling of the gazetteer's cities of 500,000 people or more, and the federal cities, lower-cased."""
    out: set[str] = set()
    for row in read_tsv("places.tsv"):
        try:
            population = int(row.get("population") or 0)
        except ValueError:
            population = 0
        if population >= 500_000:
            out.update(v.casefold() for v in (row.get("name", ""), *split_cell(row.get("variants"))) if v)
    for row in read_tsv("regions.tsv"):
        if row.get("kind") == "city":
            out.update(v.casefold() for v in (row.get("name", ""), *split_cell(row.get("variants"))) if v)
    return frozenset(out)


# Endings of a region's adjective and of its people's noun, after the region's stem ("сахалин-ский",
# "сахалин-ец", "кур-янин", "татарстан-ец").
_REGION_ADJECTIVE = ("ский", "цкий", "ський", "цький")
_REGION_PEOPLE = ("чанин", "янин", "анин", "ець", "ец")


def region_word(lemma: str) -> bool:
    """Whether an adjective or people's noun lemma is a region's, not a town's ("саратовский", "сахалинец",
    "татарстанский", "сахалінський"): the stem before -ский/-ец is the stem of a region's adjective in regions.tsv
    ("Саратовская область") or a one-word region's name (Татарстан, Дагестан, Якутия). A region is public: its
    adjective or people ("в саратовском селе", "погибших сахалинцев") place no one; a town's stays withheld."""
    lemma = lemma.lower().replace("ё", "е")
    stems = _region_stems()
    for ending in (*_REGION_ADJECTIVE, *_REGION_PEOPLE):
        if lemma.endswith(ending) and lemma[: -len(ending)] in stems:
            return True
    return False


@lru_cache(maxsize=1)
def _region_stems() -> frozenset[str]:
    """The stems of every region's name in regions.tsv, Russian and Ukrainian: the adjective's before -ск-/-цк-/
    -ськ-/-цьк- ("Сахалинская область" → сахалин) or a one-word name less its -ия/-ія/-я ("Якутия" → якут)."""
    out: set[str] = set()
    for row in read_tsv("regions.tsv"):
        for name in (row.get("ru", ""), row.get("uk", "")):
            words = name.lower().replace("ё", "е").split()
            for word in words:
                m = regex.match(r"(\p{L}{3,}?)(?:ская|цкая|ська|цька|ский|цкий|ський|цький|ской|ський)$", word)
                if m:
                    out.add(m.group(1))
            if len(words) == 1 and len(words[0]) > 4:
                out.add(regex.sub(r"(?:ия|ія|я)$", "", words[0]))
    return frozenset(out)
