"""Front-line places by their region: is a place mention a settlement, district or hromada of a front-line region?

The public register names the war's front-line regions as data (``front_regions:`` in
``redact/data/public/default.yaml``); this module says whether a mention belongs to one of them, from the
settlement gazetteer (``recognizers/data/places.tsv.gz`` has the admin-1 region of every settlement) and the
region list (``regions.tsv``):

* a settlement in any grammatical case: "Білозерка", "Зеленого Гаю" (зелений гай), "Новотроїцького"
  (новотроїцьке: an adjectival name is looked up in every gender), "Купянска-Узлового" (each part of a
  hyphenated name), "Kostiantynivka";
* a district, hromada or community named by the adjective of its centre: "Бериславський район",
  "Покровської громади", "Kupiansk district";
* a front-line region itself in any form the region list knows ("Херсонщина", "Донецкой Народной Республики");
* a Ukrainian settlement in Russian spelling ("Дачное" = Дачне, "Новоэкономическое" = Новоекономічне): the
  Russian nominative respelt by its endings and letters (:func:`_ukrainian_spellings`).

A name several regions share counts when one of them is front-line.

:func:`war_context` says whether the text names such a place as a place of the fighting, as a grammar: a word of
the fighting must govern the place (its object or subject within its clause, or a word of nearness right before
it), and nothing in the sentence may tie a person to it (a resident, native, age, birth year, family, own house,
street address, birth, school, burial or mourning; a named civilian casualty; a victim "in" the village; an
evacuee "from" it); a surname that shares its form with a village is a person. A place that opens its sentence
("In Kryvyi Rih, a drone hit", "В Мурманске в понедельник прошёл пикет") is the scene of the clause after it, unless
someone's family is in that clause. When unsure, the place is withheld. Home context proper ("born in", "родом
из") stays with :mod:`redact.home` and the register's ``unless-home`` treatment.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import regex

from redact.recognizers.nlp import compiled

__all__ = ["district_of_a_town", "front_kind", "listed_on_front", "placed_on_front", "war_context"]

_WORD = compiled.pattern(r"\p{L}[\p{L}\p{M}'’ʼ]*(?:-\p{L}[\p{L}\p{M}'’ʼ]*)*")
_CYR = compiled.pattern(r"\p{Script=Cyrillic}")
# Words naming a kind of place before the name ("село Антонівка", "the village of Tonenke", "населённый пункт").
_KIND_BEFORE = frozenset(
    """
    village town city settlement hamlet of the villages towns settlements hamlets
    село села селе селі селом селу селище селища селищі смт пгт посёлок поселок посёлка поселка посёлке поселке
    місто міста місті містом город города городе деревня деревни деревне хутор хутора хуторе станица станицы
    станице населённый населенный населённого населенного населённом населенном пункт пункта пункте пункту
    населений населеного населеному пункті
    centre center outskirts suburbs центр центре центра центру окраине окраины окраинах центрі центру околиці околицях
    """.split()
)
# A district, hromada or community named after its centre ("Бериславський район", "Pokrovsk district").
_AREA_NOUN = compiled.pattern(
    r"(?i)район\p{L}*|district|raion|rayon|громад\p{L}*|hromada|community|ТГ|ОТГ|округ\p{L}*|municipality"
)
# Adjective endings of a centre's name: Бериславський → Берислав, Покровський → Покровськ, Kupianskyi → Kupiansk.
_ADJ_END = compiled.pattern(r"(?i)(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|ой|а|ая|е|ое|ого|ому|ої|ій|ої|ую|у|им|ом|их|их)$")
_LAT_ADJ_END = compiled.pattern(r"(?i)(?:skyi|skyy|skiy|sky|ski|ska|skoye|ske|ckyi|tskyi)$")


# Case endings of a masculine consonant-stem place name (Торецьк-ом, Бахмут-і, Покровськ-а, Купянск-у).
_CASE_END = compiled.pattern(r"(?i)(?<=[бвгдзклмнпрстфхцчшщ])(?:ом|ем|ові|і|у|а|е)$")


# The instrumental of a possessive-adjective place name (Часов Яр, Курахово): "Часовым", "Кураховым", "Ясиноватым".
_POSSESSIVE_INSTR = compiled.pattern(r"(?i)(?<=\p{L}{2}(?:ов|ев|ёв|ин|ын))(ым|им)$")
# The genitive plural of a plural name in -ки: "Валуек" (Валуйки), "Алёшек" (Алёшки), "Крынок" (Крынки).
_PLURAL_GEN = compiled.pattern(r"(?i)(?<=\p{L}{2})(?:ек|ок)$")
# The other oblique cases of a plural name in -ки, -ги, -хи, which Russian dictionaries read as a feminine singular
# ("в Алёшках" → алёшка): "в Алёшках", "по Крынкам", "над Алёшками" (Алёшки, Крынки).
_PLURAL_OBLIQUE = compiled.pattern(r"(?i)(?<=\p{L}{3}[кгх])(?:ах|ам|ами)$")


def _common_word(word: str, langs: tuple[str, ...]) -> bool:
    """Whether the dictionary knows ``word`` and never as a name ("Песок", "Сорок"; not "Алёшек", a name's form)."""
    from redact.recognizers.nlp import morph as _morph

    return any(_morph.is_known(word, lg) for lg in langs) and all(
        _morph.tag_share(word, lg, frozenset({"Name", "Surn", "Patr", "Geox"})) == 0 for lg in langs
    )


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("’", "'").replace("ʼ", "'").split())


@functools.cache
def _settlements() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Folded variant of every settlement of the gazetteer → (the admin-1 regions that have one of that name, those
    where it is a town or city). Cached on disk: reading the gazetteer takes seconds."""
    from pathlib import Path

    from redact.recognizers.nlp import cache as _cache
    from redact.recognizers.nlp.gazetteer import DATA

    name = _cache.key("front-settlements-1", (), [Path(__file__), DATA / "places.tsv.gz"])
    data = _cache.load(name)
    if not (isinstance(data, dict) and {"admin1", "forms", "rows"} <= set(data)):
        data = _build_settlements()
        _cache.store(name, data)
    admin1 = [str(a) for a in data["admin1"]] if isinstance(data["admin1"], list) else []
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for form, row in zip(str(data["forms"]).split("\0"), str(data["rows"]).split("\0"), strict=True):
        every, _, towns = row.partition("|")
        out[form] = (
            frozenset(admin1[int(i)] for i in every.split(",") if i),
            frozenset(admin1[int(i)] for i in towns.split(",") if i),
        )
    return out


def _build_settlements() -> dict[str, object]:
    from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

    index: dict[str, int] = {}
    every: dict[str, set[int]] = {}
    towns: dict[str, set[int]] = {}
    for row in read_tsv("places.tsv"):
        if row.get("kind") not in {"city", "town", "village"}:
            continue
        i = index.setdefault(row.get("admin1", ""), len(index))
        for form in split_cell(row.get("variants")):
            key = _fold(form)
            every.setdefault(key, set()).add(i)
            if row.get("kind") in {"city", "town"}:
                towns.setdefault(key, set()).add(i)
    forms = sorted(every)
    rows = [",".join(map(str, sorted(every[f]))) + "|" + ",".join(map(str, sorted(towns.get(f, ())))) for f in forms]
    return {"admin1": list(index), "forms": "\0".join(forms), "rows": "\0".join(rows)}


@functools.cache
def _regions() -> dict[str, str]:
    """Folded form (nominative or inflected) of every region of regions.tsv → its name."""
    from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

    table: dict[str, str] = {}
    for row in read_tsv("regions.tsv"):
        if row.get("kind") == "city":
            continue
        for column in ("variants", "inflected", "ru", "uk"):
            for form in split_cell(row.get(column)):
                table.setdefault(_fold(form), row.get("name", ""))
    return table


@functools.lru_cache(maxsize=8192)
def _word_forms(word: str, language: str) -> tuple[str, ...]:
    """Nominative forms a word of a place name may stand for: itself, its noun and adjective lemmas, an
    adjective's lemma in every gender ("Новотроїцького" → новотроїцьке), each part of a hyphenated word."""
    w = word.removesuffix("'s").removesuffix("’s")
    if "-" in w and _CYR.search(w):
        parts = [_word_forms(p, language) for p in w.split("-") if p]
        return tuple(dict.fromkeys("-".join(c) for c in itertools.islice(itertools.product(*parts), 32)))
    forms = [w]
    if _CYR.search(w):
        from redact.recognizers.nlp import morph as _morph

        langs = ("uk", "ru") if language == "uk" else ("ru", "uk")
        for lg in langs:
            for p in _morph.parses(w, lg):
                if p.tag.POS not in {"NOUN", "ADJF"}:
                    continue
                forms.append(str(p.normal_form))
                if p.tag.POS == "ADJF":
                    for gender in ("neut", "femn", "plur"):
                        g = p.inflect({gender, "nomn"} if gender != "plur" else {"plur", "nomn"})
                        if g is not None:
                            forms.append(str(g.word))
        # a name the dictionaries do not know ("Торецком" read as an adjective): its stem without a case ending
        m = _CASE_END.search(w)
        if m is not None and len(w) - len(m.group(0)) >= 4:
            forms.append(w[: m.start()])
        # a possessive-adjective name in the instrumental ("под Часовым Яром", "под Кураховым"): Часов, Курахово
        m = _POSSESSIVE_INSTR.search(w)
        if m is not None:
            stem = w[: m.start(1)]
            forms += [stem, stem + "о", stem + "е"]
        m = _PLURAL_OBLIQUE.search(w)
        if m is not None:
            forms.append(w[: m.start()] + "и")
        # the genitive plural of a plural name in -ки ("из Валуек", "в районе Алёшек", "у Крынок"): Валуйки, Алёшки
        m = _PLURAL_GEN.search(w)
        if m is not None and len(w) >= 5 and not _common_word(w, langs):  # "Песок", "Сорок" are words
            stem = w[: m.start()]
            forms += [stem + "ки"] + ([stem + "йки"] if stem[-1:].casefold() in "аеёиоуыэюяіїє" else [])
    return tuple(dict.fromkeys(_fold(f) for f in forms))


# A Ukrainian settlement in Russian spelling, as Russian copy and Russian soldiers write the occupied places ("с.
# Дачное" = Дачне, "Новоэкономическое" = Новоекономічне, "Лукьяновка" = Лук'янівка, "под Старицей" = Стариця): most
# villages of the gazetteer have only their Ukrainian name. The Ukrainian spelling of a Russian nominative: its
# endings (-ское → -ське, -ное → -не, -ическое → -ічне, -овка → -івка, -ица → -иця), its letters (ы → и, э → е,
# ь before a vowel → '), and и → і before a consonant and a vowel tried too (Никольское → Нікольське). Forms are
# folded (ё is е).
_RU_UK_ENDINGS = (
    ("ическое", "ічне"),
    ("ское", "ське"),
    ("цкое", "цьке"),
    ("ное", "не"),
    ("кое", "ке"),
    ("ое", "е"),
    ("ый", "ий"),
    ("овка", "івка"),
    ("евка", "івка"),
    ("ица", "иця"),
    ("ино", "ине"),
)
_RU_UK_LETTERS = str.maketrans({"ы": "и", "э": "е", "ъ": "'"})


def _ukrainian_spellings(form: str) -> list[str]:
    """Ukrainian spellings a Russian nominative ``form`` of a settlement's name may stand for (folded)."""
    if not regex.fullmatch(r"[а-я' -]+", form) or not regex.search(r"[ыэъ]|ое$|овка$|евка$|ица$|ь[яюеи]|ино$", form):
        return []
    for old, new in _RU_UK_ENDINGS:
        if form.endswith(old) and len(form) > len(old) + 2:
            form = form[: -len(old)] + new
            break
    form = regex.sub(r"ь(?=[яюеи])", "'", form).translate(_RU_UK_LETTERS)
    closed = regex.sub(r"и(?=[^аеиоуяюєії' -]+[аеиоуяюєії])", "і", form)
    return [form] if closed == form else [form, closed]


def _lookup(ws: list[str], language: str, regions: frozenset[str], *, respell: bool = True) -> str | None:
    """``"front"`` when the words name a settlement of one of ``regions`` (any case form: a village elsewhere
    spelt like one of its case forms does not count, "Антонівці" is also a village in the west) and no town or
    city of that name lies elsewhere (the town is what the name brings to mind: "Львів" is no village near
    Kherson); ``"elsewhere"`` when they name only places elsewhere or such a town; None when no settlement."""
    table = _settlements()
    options = [_word_forms(w, language) for w in ws]
    if language == "ru" and respell:
        options = [(*o, *(u for f in o for u in _ukrainian_spellings(f) if u not in o)) for o in options]
    found: str | None = None
    for combo in itertools.islice(itertools.product(*options), 64):
        hit = table.get(" ".join(combo))
        if hit is None:
            continue
        if hit[1] - regions:
            return "elsewhere"
        found = "front" if hit[0] & regions or found == "front" else "elsewhere"
    return found


def _centre_names(adjective: str) -> list[str]:
    """The names a district's adjective may come from: Бериславський → Берислав, Покровська → Покровськ."""
    out = [adjective]
    m = _ADJ_END.search(adjective) if _CYR.search(adjective) else _LAT_ADJ_END.search(adjective)
    if m is not None:
        stem = adjective[: m.start()]
        if _CYR.search(adjective):
            out += [stem, stem + "ськ", stem + "ск", stem + "а", stem + "е", stem + "и", stem + "ка", stem + "ів"]
            if stem[-2:].casefold() in {"ов", "ев", "ин"}:
                out.append(stem + "о")  # Климовский → Климово, Кореневский → Коренево: a Russian centre in -ово/-ино
            if stem[-1:].casefold() in "аеиоуяіы":
                out += [stem + "си", stem + "сы", stem + "са"]  # Черкаський → Черкаси, Одеський → Одеса
            if stem[-2:].casefold() == "ан" and len(stem) > 4:
                out.append(stem[:-1])  # Бучанський → Буча, Суджанский → Суджа
        else:
            out += [stem, stem + "sk", stem + "a", stem + "e", stem + "y"]
    return out


# The first word of a compound adjective made of a two-word name ("Великобурлуцька громада" ← Велика Бурлука,
# "Малоданилівська" ← Мала Данилівка, "Старосалтівська" ← Старий Салтів, "Нижньосірогозька" ← Нижні Сірогози): the
# first word in each gender and the plural.
_COMPOUND_HEAD = {
    "велико": ("Велика", "Великий", "Велике", "Великі"),
    "мало": ("Мала", "Малий", "Мале", "Малі"),
    "старо": ("Стара", "Старий", "Старе", "Старі"),
    "ново": ("Нова", "Новий", "Нове", "Нові"),
    "верхньо": ("Верхня", "Верхній", "Верхнє", "Верхні"),
    "нижньо": ("Нижня", "Нижній", "Нижнє", "Нижні"),
    "червоно": ("Червона", "Червоний", "Червоне", "Червоні"),
    "біло": ("Біла", "Білий", "Біле", "Білі"),
    "кам'янсько": ("Кам'янське", "Кам'янка"),
}
_COMPOUND = compiled.pattern(r"(?i)^(" + "|".join(_COMPOUND_HEAD) + r")(\p{L}{3,})$")


def alternate_centres(adjective: str) -> list[str]:
    """More names a Ukrainian district's or hromada's adjective may come from, through the sound changes and
    compounds of its suffix, read only when :func:`_centre_names` finds no settlement: Марганецька → Марганець,
    Кременчуцький → Кременчук, Шосткинський → Шостка, Лозівський → Лозова, Борівська → Борова, Хотинська → Хотинь,
    and a compound of two words ("Великобурлуцька" → Велика Бурлука, "Старосалтівська" → Старий Салтів)."""
    m = _ADJ_END.search(adjective)
    if m is None or not _CYR.search(adjective):
        return []
    stem, suffix = adjective[: m.start()], m.group(0)[:2].casefold()

    def endings(base: str) -> list[str]:
        out = [base, base + "ь", base + "ка", base + "а", base + "е", base + "и"]  # Хотинь, Ірпінь
        if suffix == "ць":
            out += [base + "ць", base + "к", base + "ки"]  # Марганець, Кременчук, Великі Луки
        if suffix == "зь":
            out += [base + "зи", base + "з", base + "за"]  # Нижні Сірогози
        if base[-2:].casefold() == "ин" and len(base) > 4:
            out.append(base[:-2] + "а")  # Шосткинський → Шостка
        if base[-2:].casefold() == "ів" and len(base) > 3:
            out += [base[:-2] + "ова", base[:-2] + "ове"]  # Лозівський → Лозова, Борівська → Борова
        return out

    names = endings(stem)
    compound = _COMPOUND.match(stem)
    if compound is not None:
        heads = _COMPOUND_HEAD[compound.group(1).casefold()]
        tails = [t[:1].upper() + t[1:] for t in endings(compound.group(2))]
        names += [f"{head} {tail}" for head in heads for tail in tails]
    return names


# A district's whole area named by one noun in -щина/-чина after its centre, as Ukrainian news names it ("на
# Куп'янщині", "обстріляли Нікопольщину", "з Обухівщини", "Бахмутчина", "на Никопольщине"): Куп'ян|щина →
# Куп'янськ, Нікополь|щина, Обухів|щина, Бахмут|чина, Шосткин|щина → Шостка.
_SHCHYNA = compiled.pattern(r"(?P<stem>\p{Lu}[\p{L}'’ʼ-]{2,}?)(?:щин|чин)(?:а|и|і|у|ою|е|ой|ы)")


def _shchyna_centres(word: str) -> list[str]:
    """The names of the town a one-word area in -щина is named after, or [] when ``word`` is no such noun."""
    m = _SHCHYNA.fullmatch(word)
    if m is None:
        return []
    stem = m.group("stem")
    out = [stem, stem + "ськ", stem + "ск", stem + "а", stem + "и", stem + "е", stem + "о"]
    if stem[-2:].casefold() == "ин" and len(stem) > 4:
        out.append(stem[:-2] + "а")  # Шосткинщина → Шостка
    return out


@functools.lru_cache(maxsize=4096)
def shchyna_regions(word: str, language: str) -> frozenset[str]:
    """The admin-1 regions of the town (a town or city of the gazetteer, never a village) a one-word area in -щина
    is named after ("Куп'янщині" → Kharkiv Oblast, "Обухівщини" → Kyiv Oblast); empty when it is no such area. The
    dictionaries know these nouns as common ones, so only the town decides: "Батьківщина" (the motherland) is
    named after no town."""
    if not _shchyna_centres(word):
        return frozenset()
    table = _settlements()
    out: set[str] = set()
    for name in _shchyna_centres(word):
        hit = table.get(_fold(name))
        if hit is not None:
            out |= hit[1]
    return frozenset(out)


# The level of a Russian municipal area between its centre's adjective and its noun, since the municipal reform named
# districts "округа" ("Грайворонский городской округ", "Стародубского муниципального округа", "Шебекинском городском
# округе"), and the Ukrainian "міська/сільська територіальна громада"
_LEVEL_WORD = compiled.pattern(
    r"(?i)(?:городск|муниципальн|сельск|территориальн|міськ|муніципальн|сільськ|селищн|територіальн)\p{L}*"
)


def _area_words(ws: list[str]) -> list[str]:
    """The words of an area's name without the level words between its adjective and its noun ("Грайворонского
    городского округа" → Грайворонского округа)."""
    if len(ws) >= 3 and _AREA_NOUN.fullmatch(ws[-1]) and all(_LEVEL_WORD.fullmatch(w) for w in ws[1:-1]):
        return [ws[0], ws[-1]]
    return ws


def area_centres(surface: str) -> list[str]:
    """The names of the centre a district or hromada is named after ("Бахмутського району" → Бахмут, Бахмутськ, ...;
    "Pokrovsk district" → Pokrovsk; "Куп'янщині" → Куп'янськ, ...), or [] when ``surface`` is not one adjective or
    name and an area noun, nor one noun in -щина."""
    ws = _WORD.findall(surface)
    if len(ws) == 1 and _CYR.search(ws[0]):
        return _shchyna_centres(ws[0])
    ws = _area_words(ws)
    if len(ws) != 2 or not ws[0][:1].isupper() or not _AREA_NOUN.fullmatch(ws[1]):
        return []
    return _centre_names(ws[0])


_AND = frozenset({"та", "і", "й", "и", "або", "and", "or"})
_DISTRICT_NOUN = compiled.pattern(r"(?i)район\p{L}*|district|raion|rayon")


def _front_town_centre(adjective: str, language: str, regions: frozenset[str]) -> bool:
    """Whether exactly the towns and cities among the names a district's adjective may come from lie in the front
    ``regions`` (a district centre is a town; villages that share a derived name do not count)."""
    from redact.generalize import _place_lookup

    towns = set()
    for name in _centre_names(adjective)[1:]:
        place = _place_lookup(name, language)
        if place is not None and place.kind in {"city", "town"}:
            towns.add(_lookup([name], language, regions))
    return towns == {"front"}


def front_kind(surface: str, language: str, regions: frozenset[str], *, respell: bool = True) -> str | None:
    """``"settlement"``, ``"area"`` (district or hromada) or ``"region"`` when ``surface`` names a place of one
    of the front-line ``regions``; None otherwise (an unknown name, or a place only of other regions). Without
    ``respell``, a Russian name counts only as written, not through its Ukrainian spelling."""
    if not regions:
        return None
    ws = _WORD.findall(surface)
    while len(ws) > 1 and ws[0].casefold() in _KIND_BEFORE:
        ws = ws[1:]
    if not ws or not ws[0][:1].isupper():
        return None
    if 3 <= len(ws) <= 8 and _AREA_NOUN.fullmatch(ws[-1]) and any(w.casefold() in _AND for w in ws[1:-1]):
        # districts or hromadas coordinated under one plural noun ("у Куп'янському та Чугуївському районах",
        # "Глухівська, Хотинська й Середино-Будська громади"): an area when each adjective with the noun is one
        heads = [w for w in ws[:-1] if w.casefold() not in _AND]
        if all(h[:1].isupper() for h in heads):
            kinds = {front_kind(f"{h} {ws[-1]}", language, regions, respell=respell) for h in heads}
            return "area" if kinds == {"area"} else None
    if len(ws) > 4:
        return None
    ws = _area_words(ws)
    region = _regions().get(_fold(" ".join(ws)))
    if region is not None:
        return "region" if region in regions else None
    if len(ws) == 1 and (towns := shchyna_regions(ws[0], language)):
        return "area" if towns <= regions else None  # "на Куп'янщині": the district of a front-line town
    if len(ws) >= 2 and _AREA_NOUN.fullmatch(ws[-1]):
        heads = ws[:-1]
        if len(heads) == 1:
            hits = {_lookup([name], language, regions) for name in _centre_names(heads[0])}
            if hits == {None}:
                # no settlement by the plain suffix: the sound changes and compounds of Ukrainian names
                hits = {_lookup(name.split(), language, regions) for name in alternate_centres(heads[0])}
            if "front" in hits and "elsewhere" in hits and _DISTRICT_NOUN.fullmatch(ws[-1]):
                # a district is named after its town, not after a village elsewhere that shares a derived name
                # ("Богодухівського району": the town Богодухів, never a Богодухівка of another region)
                return "area" if _front_town_centre(heads[0], language, regions) else None
            return "area" if hits == {"front"} or hits == {"front", None} else None
        if _lookup(heads, language, regions) == "front":
            return "area"
        # a settlement with its district ("Мотижин Бучанського району", "Ягідне Чернігівського району"): the settlement
        return "settlement" if len(heads) >= 2 and _lookup(heads[:-1], language, regions) == "front" else None
    return "settlement" if _lookup(ws, language, regions, respell=respell) == "front" else None


# --- is the place named as a place of the fighting? --------------------------------------------------------

# Right before the place: near it, around it, on its outskirts, towards it ("під Торецьком", "поблизу Зеленого
# Гаю", "в районе Купянска", "near Tonenke", "on the outskirts of", "на підступах до").
_NEAR_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:під|под|біля|поблизу|неподалік|неподалеку|около|возле|вблизи|близ|near|outside|around|towards?|"
    # between two places, the stretch of road or front the event was on ("дорогою між селами Сварків та Заруцьке",
    # "бої між Кліщіївкою та Андріївкою", "between Robotyne and Verbove")
    r"між|между|between|"
    r"(?:в|у|на)\s+(?:район\p{L}*|околиц\p{L}*|окраин\p{L}*|підступ\p{L}*\s+до|подступ\p{L}*\s+к)|"
    # its outskirts or surroundings on one side, or reached ("на северной окраине", "вышли к окраинам", "в
    # окрестностях", "на південній околиці", "до околиць")
    r"(?:в|у|на|к|до)\s+(?:\p{L}+(?:ой|ей|ій|ым|им|ых|их|ні|ної)\s+)?(?:околиц|окраин|окрестност)\p{L}*|"
    # a side of it, with or without a distance ("к западу от", "в 7 км к юго-востоку от", "на північ від", "за 10 км
    # від", "в семи километрах от", "в северо-западном направлении от"), or a comparative of a side ("западнее",
    # "північніше")
    r"(?:(?:в|за|у)\s+(?:\d+(?:[,.–-]\d+)?|\p{L}+)\s+(?:км|километр\p{L}*|кілометр\p{L}*)\.?\s+)?"
    r"(?:(?:к|на|в|у)\s+)?(?:(?:северо|юго|північно|південно)-)?(?:север|юг|запад|восток|північ|півден|захід|заход|схід|"
    r"сход)\p{L}*(?:\s+(?:направлени|напрям)\p{L}*)?\s+(?:от|від)|"
    r"(?:в|за|у)\s+(?:\d+(?:[,.–-]\d+)?|\p{L}+)\s+(?:км|километр\p{L}*|кілометр\p{L}*)\.?\s+(?:от|від)|"
    r"(?:(?:северо|юго|північно|південно)-)?(?:север|юж|запад|восточ)нее|(?:північн|південн|західн|східн)іше|"
    r"(?:in|on)\s+the\s+(?:area|outskirts|direction|approaches)\s+(?:of|to)|"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
    r"(?:ward)?\s+of|\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+from|"
    r"on\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:outskirts|edge|approaches)\s+(?:of|to)|"
    r"населен\p{L}*\s+пункт\p{L}*|населённ\p{L}*\s+пункт\p{L}*)"
    r"(?:\s+(?:the|села|селища|міста|города|посёлка|поселка|деревни|хутора|village\s+of|town\s+of|с\.|смт|пгт|м\.|п\.|"
    r"селами|селищами|містами|сёлами|поселками|посёлками|городами|villages|towns|"
    # "н.п.", "н. п.": the settlement abbreviated, as obituaries write "поблизу н.п. Білогорівка"
    r"н\.\s?п\.|населен\p{L}*\s+пункт\p{L}*|населённ\p{L}*\s+пункт\p{L}*)){0,2}"
    r"\s+$"
)
# Words of the fighting in the sentence: shelling, strikes, assaults, advances, captures, the front, drones and
# missiles, evacuation (stems, Ukrainian, Russian and English; matched at a word start). A person's death or wound
# (загинув, погиб, поранений, killed, wounded) is no such word: an obituary names the dead man's own village in
# the same sentence ("загинув захисник з Антонівки"), and a place of death is kept only after a word of nearness
# ("загинув поблизу Антонівки").
_WAR_WORD = compiled.pattern(
    r"(?i)(?<!\p{L})(?:обстр|атак|удар|вдар|авіаудар|авиаудар|штурм|наступ|контрнаступ|оборон|бо[їийяюе]\p{L}*|бій|"
    r"боєзіткн|боестолкн|бойов|боев|звільн|освобо|окуп|захоп|зайня|заня|відбил|отбил|відбит|отбит|прорв|прорив|"
    # the taking of a place, the noun of claims and reports ("про взяття Степногірська", "о взятии Угледара")
    r"взятт|взяти[еяюи]|"
    # shelling and strikes by the artillery written as one word ("під час артобстрілу", "артудар по")
    r"артобстр|артудар|"
    r"оточ|окруж|фронт|напрям|направлени|позиці|позици|евакуац|эвакуац|дрон|безпілот|беспилот|ракет|КАБ|"
    r"артил|вогн|огн|обстріл|уламк|обломк|вибух|взрыв|ППО|ПВО|збит|сбит|знищ|уничтож|"
    # shooting at people or vehicles, and the occupation's executions ("стріляти по колоні", "стрельба по машинам",
    # "розстріляли цивільних у", "shooting at a convoy near"); never "стрілець", a rank
    r"стріля|стрілян|стрільб|стреля|стрельб|розстріл|расстрел|shooting|gunfire|"
    r"ЗСУ|ВСУ|ЗС\s+РФ|окупант|ворог|ворож|противник|враг|вражеск|військ|войск|угрупован|группировк|переправ|"
    r"плацдарм|ДРГ|диверс|зведенн|сводк|полон|плен|мін|мин[ау]|"
    # the drones by their names ("шахеди летіли на Павлоград", "атака «Геранями»")
    r"шахед|shahed|геран[ьиі]|geran|"
    # the rocket and tube artillery by its abbreviations and names ("били з РСЗВ «Смерч»", "обстрел из РСЗО «Град»",
    # "MLRS fire on", "гаубиці")
    r"РСЗВ|РСЗО|MLRS|HIMARS|хаймарс|гаубиц|howitzer|mortar|«(?:Смерч|Град|Ураган|Торнадо)|"
    r"shell|attack|strik|struck|fight|battle|assault|offensive|counteroffensive|advanc|captur|liberat|seiz|occup|"
    r"recaptur|front|direction|axis|position|evacuat|drone|missile|rocket|artillery|bomb|airstrike|air\s+strike|"
    r"debris|explosion|blast|shot\s+down|troops|forces|army|surround|encircl|retreat|withdr|clash|raid|"
    r"pushed|defen[cs]|siege|besieg|trench|minefield|prisoner|fire[ds]?(?!\p{L})|firing|shells?(?!\p{L})|control|контрол|enemy|russian|росіян|россиян|росій|российск|рашист|"
    r"destroy|damag|зруйн|разруш|пошкод|поврежд|влуч|попадан|прил[еі]т|"
    # the munitions an attack is told by, as regional administrations report them ("вдарили касетними боєприпасами
    # по смт", "скинули боєприпас з БпЛА на", "cluster munitions on")
    r"боєприпас|боеприпас|munition|касетн|кассетн|cluster|БпЛА|БПЛА|UAV|"
    # a hit as the armies' reports say it ("нанесли поражение ... в районе", "поразили нефтебазу в", "уразили склад
    # у"); their word for a capture is above
    r"пораж|ураж|поразил|пораз[яи]т|уразил|"
    # the occupation's crimes against the place's people: filtration, torture chambers, looting ("the filtration
    # camp in Olenivka", "пыточная в Изюме", "катівня у Балаклії", "looted a supermarket in Oleshky")
    r"filtrat|фильтрац|фільтрац|tortur|пыточн|пытк|пытали(?!сь)|катув|катівн|застенк|застінк|застенок|застінок|"
    r"концлагер|"
    r"loot|мароде|мародё|пограбув|разграб|розграб)"
)
# A place where the occupation holds people ("a basement in Vasylivka", "у підвалі в Ізюмі"): a scene of the war only
# when the sentence speaks of captives (detainees, hostages, prisoners, "утримували", "удерживали").
_DETENTION_SITE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:(?:basement|cellar|подвал|підвал)\p{L}*|(?:pits?|ям[аеуі])(?!\p{L}))"
)
_CAPTIVES = compiled.pattern(
    r"(?i)(?<!\p{L})(?:detain|captive|hostage|prisoner|held|задерж|затрим|заложн|заручн|пленн|полонен|удержива|"
    r"утримув|содержал)"
)
# Words of a life, a burial, a home or a mourning in the sentence: the place is where someone lived, was born or
# lies, not the front ("поховали в Антонівці", "загинув поблизу Антонівки, де народився", "громада сумує").
_LIFE_WORD = compiled.pattern(
    r"(?i)(?<!\p{L})(?:похова|похорон|поховал|прощан|прощал|попрощ|простил|простились|проводили|жалоб|панахид|"
    r"кладовищ|кладбищ|buried|burial|funeral|farewell|mourn|cemetery|grave|навчав|учил|школ|school|працюв|работал|"
    r"worked|studied|жив[еу]|жил[аи]?|мешка|прожива|lived|lives|"
    r"народи[вл]|народж|родил(?:ся|ась|ись)|родивш|вирос|виріс|вырос|born|raised|grew\s+up|hometown|"
    r"ліце|лицей|гімназ|гимназ|коледж|колледж|технікум|техникум|lyceum|college|випускни|выпускни|graduat|"
    r"вчител|учител|teacher|працівни|сотрудни|employee|"
    r"сумує|сумують|сумуємо|сумом|смутк|скорб|траур|співчутт|соболезн|condolence|memorial|меморіал|мемориал|"
    r"вшанув|увековеч|рідн|родн\p{L}*\s+(?:сел|город|дер|посёл|посел|край)|односельч|fellow\s+villager)"
)
# A unit or a gun "at work" is the army's idiom for fighting ("рота працювала на Запорізькому напрямку", "наша арта
# работала по посадке"), no one's job: not a word of a life.
# A day of mourning an authority declares after a strike ("Богомаз объявил день траура после удара по Брянску", "у
# місті оголошено день жалоби", "declared a day of mourning"): the city's or region's act, no one's burial or home.
_DECLARED_MOURNING = compiled.pattern(
    r"(?i)(?<!\p{L})(?:объяв|оголо[сш]|declar)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:(?:день|дни|дні|днів|днями|днём|днем|"
    r"a\s+day|days?)\s+(?:of\s+)?)?(?:траур|жалоб|mourning)\p{L}*"
)
_UNIT_AT_WORK = compiled.pattern(
    r"(?i)(?<!\p{L})(?:рот|батальйон|батальон|бригад|взвод|груп|арт|артилері|артиллери|розрахун|расч[её]т|екіпаж|"
    r"экипаж|підрозділ|подразделени|мінометник|минометчик)\p{L}*\s+(?:\p{L}+\s+)?(?:працюва|работа)\p{L}*"
)
# A school as a building struck, damaged or used by the occupiers ("shelling damaged a school building in", "the school
# building was hit", "пошкоджено будівлю школи", "утримував у підвалі школи", "повреждено здание школы"): a target,
# not anyone's schooling.
_DAMAGE = r"(?:damag|hit|struck|strike|shell|destroy|пошкод|зруйн|поврежд|разруш|влуч|попа[лв]|обстр)\p{L}*"
_SCHOOL_STRUCK = compiled.pattern(
    r"(?i)(?<!\p{L})(?:school\s+buildings?|(?:building|basement)\s+of\s+(?:the\s+)?school|"
    r"(?:будів|будин|приміщен|підвал|здани|подвал|корпус)\p{L}*\s+(?:\p{L}+\s+)?школ\p{L}*|"
    + _DAMAGE
    + r"(?:\s+\p{L}+){0,3}?\s+(?:schools?|школ\p{L}*)|"
    r"(?:schools?|школ\p{L}*)(?:\s+\p{L}+){0,3}?\s+(?:was\s+|were\s+)?" + _DAMAGE + r")"
)
# A person the sentence ties to the place, anywhere in it: a resident or native in the singular ("загинула
# мирна жителька", "a local woman", "уроженец"), an age or a year of birth ("54-річний", "aged 71", "Иван, 54
# года", "1965 року народження"), a family, a home of one's own ("у своєму будинку", "at her home", "во дворе").
# Residents in the plural ("жителі Антонівки", "residents were evacuated") are the town's people, no one's home.
_HOME_TIE = (
    r"(?i)(?<!\p{L})(?:житель|жителя|жителю|жителем|жителе|жительниц\p{L}*|жителька|жительку|жителькою|жительці|"
    r"жительки|уроджен\p{L}*|уроженец|уроженц\p{L}*|уроженк\p{L}*|земляк\p{L}*|землячк\p{L}*|родом|"
    r"resident(?!s|ial)|native|villager|local\s+(?:man|woman|boy|girl|resident)|a\s+local(?!\s+\p{L})|"
    r"родин[аиуоі]\p{L}*|сім['’ʼ]?[ея]\p{L}*|семь[яиюе]\p{L}*|family|relatives|"
    r"(?:сво|власн|собственн)\p{L}*\s+(?:\p{L}+\s+)?(?:будин|оселі|оселя|осел|хат|дом|домі|квартир|подвір|двор|сад)|"
    r"(?:his|her|their|own)\s+(?:\p{L}+\s+)?(?:house|home|apartment|flat|yard|garden)|at\s+home|вдома|удома|"
    r"(?:наш|мо[йєяеїю]|сво)\p{L}*\s+(?:сел|город|міст|селищ|посёл|посел|хутор|деревн|станиц)\p{L}*|"
    r"(?:our|my|his|her|their)\s+(?:home\s*|native\s+|own\s+)?(?:village|town|hamlet)|додому|домой|"
    r"у\s+себя\s+дома|подвір['’ʼ]?\p{L}*|во\s+двор\p{L}*|(?:in|on)\s+(?:the|her|his)\s+yard|"
    r"(?:вулиц|улиц)(?:я|і|ю|ею|а|е|у|ы|ей)?\s+(?-i:\p{Lu})|(?-i:\p{Lu}\p{L}+\s+(?:Street|Avenue|Lane))|(?-i:вул|ул|буд|кв|vul|ul|kv|"
    r"apt|St)\.)"
)
# An age or a year of birth in the sentence: ties a person to the sentence's places, except a soldier's to where he
# fell or went missing near a place (see war_context).
_AGE = (
    r"\d{1,3}\s*-?\s*(?:річн|летн|year-old|years?\s+old|yrs?\s+old)"
    r"|(?<!\p{L})(?:aged|age)\s+\d{1,3}(?!\d)"
    r"|(?<!\p{L})\p{L}{3,}(?<!багато|много|довго|долго|столько|стільки)(?:річн|летн)\p{L}*"
    r"|(?<!\p{L})(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty(?:-\p{L}+)?)"
    r"-year-old"
    r"|(?<!\p{L})(?:йому|їй|ему|ей|he\s+was|she\s+was)\s+(?:був|було|была|был|було\s+лише|было\s+всего|"
    r"виповнилося|исполнилось)?\s*\d{1,3}(?!\d)"
    r"|(?-i:\p{Lu}\p{Ll}+)\s*(?:,\s*|\(\s*)\d{1,3}\s*(?:\)|,|;|років|роки|рік|лет|года|год|р\.|y\.o\.)"
    r"|(?:19|20)\d\d\s*(?:р\.\s*н|г\.\s*р|року\s+народж|года\s+рождения|р\.н|г\.р)"
    r"|(?<!\p{L})(?:born|b\.|DOB|date\s+of\s+birth)\s*(?:in\s+)?\d"
)
_AGE_TIE = compiled.pattern(r"(?i)" + _AGE)
_PERSON_TIE = compiled.pattern(_HOME_TIE + "|" + _AGE)
# A casualty: someone killed, wounded or hurt. "Killed in Bilozerka" (in, not near) is where the victim was, as
# often as not their own village: withheld; after a word of nearness ("загинув поблизу") it stays a place of events.
_CASUALTY = compiled.pattern(
    r"(?i)(?<!\p{L})(?:загин|загибл|погиб|вбит|вбил|убит|убил|помер|умер|скончал|поран|ранен|травм|постражд|"
    r"пострада|госпитал|шпитал|killed|died|dead|wounded|injur|hurt|hospitali[sz]|"
    # missing in action, as search notices write it ("зник безвісти в районі Новогродівки", "пропал без вести под")
    r"зник\p{L}*\s+безвісти|безвісти\s+зник|пропа\p{L}*\s+без\s+вести|без\s+вести\s+пропа|пропав\s+безвісти|"
    r"missing\s+in\s+action|went\s+missing)"
)
# A soldier gone missing said without "безвісти", as search posts and families say it ("зник під Новоселівкою",
# "пропал под Авдеевкой", "зв'язок з ним обірвався під Бахмутом", "связь пропала в районе Кременной"): counts as a
# casualty only for :func:`_fell_near` (a word of the army in the sentence, a word of nearness before the place), never
# for a civilian, who may go missing near his own village.
_MISSING = compiled.pattern(
    r"(?i)(?<!\p{L})(?:зник(?:ла|ли)?|пропа(?:в|ла|ли|л)|"
    r"(?:зв['’ʼ]?яз(?:ок|ку)|связь|связи)\s+(?:(?:з|із|с|со)\s+\p{L}+\s+)?"
    r"(?:обірва\p{L}*|перерва\p{L}*|зник\p{L}*|пропа\p{L}*|оборва\p{L}*|прерва\p{L}*|не\s+було|не\s+было))(?!\p{L})"
)
# No casualty, as strike reports end ("минулося без постраждалих", "пострадавших нет", "no one was injured"): no victim
# is "in" the place struck.
_NO_CASUALTY = compiled.pattern(
    r"(?i)(?<!\p{L})(?:(?:без|обійшлося\s+без|обошлось\s+без|обошлось\s+без)\s+(?:\p{L}+\s+)?"
    r"(?:постраждал|пострадавш|жертв|загибл|поранен|ранен|травмован)\p{L}*|"
    r"(?:постраждал|пострадавш|загибл|поранен|ранен|жертв)\p{L}*\s+(?:немає|нема|нет|не\s+було|не\s+было)|"
    r"no\s+(?:one|casualties|injuries|victims|deaths)(?:\s+(?:was|were|has\s+been|have\s+been))?(?:\s+(?:reported|"
    r"hurt|injured|killed|wounded))?|nobody\s+was\s+(?:hurt|injured|killed)|without\s+casualties)"
)
# The scene of an occupation crime, as verdicts, suspicion notices and prosecutors' releases name it: the occupation
# right before the village ("під час окупації села Ягідне", "во время оккупации села", "в оккупированном с.", "in the
# occupied village of"), or the accused's presence there in the months of 2022 ("у березні 2022 року, перебуваючи у
# с. Мотижин", "в марте 2022 г. в с. Киселевка подозреваемый открыл огонь") in a sentence about the occupier's
# soldier or a suspect. The victims' house, street or family in the sentence is no tie of the village to a private
# person there; a residence, birth or burial beside the place still is (:data:`_RESIDENCE`).
_KIND = (
    r"(?:\s+(?:the\s+)?(?:села|селі|селища|селищі|міста|місті|с\.|смт|м\.|селе|посёлка|посёлке|поселка|поселке|"
    r"города|городе|г\.|пгт|village\s+of|town\s+of|village|town|території|территории|territory\s+of))*"
)
# the village's own name before its district ("с. Мотижин| Бучанського району"): the district shares the scene
_VILLAGE = r"(?:\s+\p{Lu}[\p{L}'’ʼ-]*(?:\s+\p{Lu}[\p{L}'’ʼ-]*)?)?"
_OCCUPIED_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:під\s+час\s+(?:тимчасової\s+)?окупації|у\s+період\s+окупації|во\s+время\s+оккупации|"
    r"в\s+период\s+оккупации|(?:в|у|на)\s+(?:тимчасово\s+|временно\s+)?(?:окупован|оккупированн)\p{L}*|"
    r"during\s+the\s+occupation\s+of|(?:in|of)\s+the\s+(?:temporarily\s+)?occupied)" + _KIND + _VILLAGE + r"\s+$"
)
_MONTHS_2022 = (
    r"(?:лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|"
    r"октябр|ноябр|february|march|april|may|june|july|august|september|october|november)\p{L}*\s+2022(?:-го)?"
)
_PRESENT_BEFORE = compiled.pattern(
    r"(?i)(?:(?<!\p{L})(?:перебуваючи|находясь|being|while\s+(?:being|staying))|"
    + _MONTHS_2022
    + r"(?:\s+(?:року|года|г\.|р\.))?,?)"
    # "на території с. Мала Рогань": on the territory of, as verdicts name the scene
    r"(?:\s+(?:\p{L}+|\d+)\.?){0,4}?\s+(?:в|у|во|in|at|на(?=\s+(?:території|территории)(?!\p{L})))"
    + _KIND
    + _VILLAGE
    + r"\s+$"
)
_OCCUPIER = compiled.pattern(
    r"(?i)(?<!\p{L})(?:в/ч|військовослужбов|военнослужащ|окупант|оккупант|рф|подозрева|підозрюван|обвинувачен|"
    r"обвиняем|засуджен|осужд|наказ|приказ|serviceman|servicemen|soldier|suspect|accused|convict|"
    # the crimes of the occupation as the notices name them: held captive, tortured, shot, looted, abducted
    r"утримув|катув|розстріл|застрел|пограбув|викра|удержива|пытал|расстрел|похити|ограбил|"
    # the looting as verdicts word it: "незаконно заволодів майном", "завладел имуществом"
    r"заволоді|завладе|"
    r"held\s+(?:\p{L}+\s+)?captive|tortur|abduct|loot|"
    # English copy of a verdict: the soldier's call sign, the civilian he detained or beat
    r"call\s+sign|detained|beat|beaten)"
)
_RESIDENCE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:прожива|мешка|живе|живёт|живет|жил|жив|житель|жительк|жительниц|уроджен|уроженец|уроженк|"
    r"родом|народи|родил|born|native|resident|lived|lives|похова|похорон|buried)"
)


def occupation_scene(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` is named as the scene of an occupation crime (see above)."""
    before, after = _sentence(text, start, end)
    if regex.search(_RESIDENCE, text[max(0, start - 60) : start]) or regex.search(_RESIDENCE, text[end : end + 60]):
        return False
    if _OCCUPIED_BEFORE.search(before):
        return True
    return _PRESENT_BEFORE.search(before) is not None and _OCCUPIER.search(before + " " + after) is not None


# A hospital where the wounded are treated or die ("у лікарні імені Мечникова у Дніпрі помер", "У Дніпрі в лікарні помер
# боєць", "в Днепре в больнице скончался", "died in a hospital in Dnipro"): the city of the ward, not anyone's home.
_HOSPITAL = compiled.pattern(
    r"(?i)(?<!\p{L})(?:лікарн|шпитал|госпітал|больниц|госпитал|медзаклад|медучрежден|реаніматолог|реаниматолог|"
    r"hospital|clinic|клінік|клиник)\p{L}*"
)
_TREATED = compiled.pattern(
    r"(?i)(?<!\p{L})(?:помер|помира|скончал|умер|died|dies|лікув|лечи|лечат|treated|доставил|доставлен|доправ|"
    r"привез|евакуюв|евакуйов|эвакуир|evacuated|рятува|спаса|борол|боротьб|operat|оперув|оперир)\p{L}*"
)
# The hospital's own people: a nurse or orderly dying there is where she worked (a "лікар" fighting for a soldier's
# life is no such tie).
_HOSPITAL_STAFF = compiled.pattern(r"(?i)(?<!\p{L})(?:медсестр|медбрат|санітар|nurse|orderly|медсестер)\p{L}*")
_HOME_TIE_RE = compiled.pattern(_HOME_TIE)


def hospital_scene(text: str, start: int, end: int) -> bool:
    """Whether the city ``text[start:end]`` is named as where a casualty is treated or dies in hospital: a hospital word
    governs it (:func:`_governed`: "у лікарні Дніпра", "у лікарні імені Мечникова у Дніпрі", "У Дніпрі в лікарні"),
    the sentence says someone died, was treated or brought there, and names a casualty or a soldier. Never with a
    word of a life, a burial or a mourning in the sentence, a resident, native or family (:data:`_HOME_TIE`), or the
    hospital's own staff: then the city may be someone's home or workplace. Home context still withholds it."""
    before, after = _sentence(text, start, end)
    sentence = before + text[start:end] + after
    if _HOSPITAL.search(sentence) is None or _TREATED.search(sentence) is None:
        return False
    if _CASUALTY.search(sentence) is None and _MILITARY.search(sentence) is None and _SOLDIER.search(sentence) is None:
        return False
    if _LIFE_WORD.search(sentence) or _HOME_TIE_RE.search(sentence) or _HOSPITAL_STAFF.search(sentence):
        return False
    m = _LIST_BEFORE.search(before)
    head = before[: m.start()] if m else before
    m = _LIST_AFTER.match(after)
    tail = after[m.end() :] if m else after
    return _governed(head, tail, _HOSPITAL)


# In a place (not near it): "в Антонівці", "у селі Кізомис", "in the village of", "at".
_IN_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:в|у|во|in|at)(?:\s+(?:the\s+)?(?:village|town|settlement|hamlet|селі|селищі|місті|селе|"
    r"посёлке|поселке|городе|деревне|хуторе|станице|с\.|смт|пгт|м\.|г\.|of))*(?:\s+the)?\s+$"
)


# A sentence end: not the full stop of an abbreviation ("с. Кізомис", "м. Берислав", "вул. Садова", "No. 4"), one of
# the abbreviation table's column "sentence" (redact/data/abbreviations.tsv).
def _stop() -> regex.Pattern[str]:
    from redact.abbreviations import alternation

    return compiled.pattern(rf"(?<!(?<!\p{{L}})(?:{alternation('sentence')}))[.!?]\s|\n")


_STOP = _stop()


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - 200) : start]
    stops = list(_STOP.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    after = text[end : end + 150]
    m = _STOP.search(after)
    return before, after[: m.start()] if m else after


# A list the place stands in ("Білозерка, Антонівка та Кізомис"): skipped to reach the words around the list.
_NAME = r"\p{Lu}[\p{L}'’ʼ-]*(?:\s+\p{Lu}[\p{L}'’ʼ-]*){0,2}"
_JOIN = r"(?:\s*,\s*|\s+(?:і|й|та|и|а|and|or|або|или)\s+|\s*,\s*(?:і|й|та|и|and|or)\s+)"
_LIST_BEFORE = compiled.pattern(r"(?:" + _NAME + _JOIN + r")+$")
_LIST_AFTER = compiled.pattern(r"^(?:" + _JOIN + _NAME + r")+")
# Right before the place: where someone comes from ("a marine from", "з міста", "из села"), or a record line's
# year ("Denis Zuyev, 1993, "): never the front.
_FROM_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:from|з|із|зі|из|изо|с|со|родом|native\s+of)"
    r"(?:\s+(?:the\s+)?(?:his|her|their|свого|своєї|своего|своей|рідного|рідної|родного|родной|village|town|city|"
    r"міста|села|селища|громади|города|посёлка|поселка|деревни|of))*\s+$"
    r"|(?:19|20)\d\d\s*,\s*$"
)
_TOKEN = compiled.pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’ʼ/-]*")
# The words of the fighting that govern the place: among the last few words of its clause before it ("обстріляли
# село", "shelling of the village of", "бої за", "звільнили") or the first few after it ("опинилася під обстрілом",
# "came under fire"). A war word farther off is another clause's, not this place's.
WINDOW_BEFORE = 3
WINDOW_AFTER = 4
WINDOW_OBJECT = 3
# A list's "including" after a comma: the places after it are some of those the clause before named. Cyrillic only:
# English "including Yaroslavl, Tver and Kashin" keeps its own test of a list's towns (test_public_office_seats.py).
_INCLUDING = compiled.pattern(
    r"(?i)\s*(?:зокрема|в\s+тому\s+числі|у\s+тому\s+числі|серед\s+них|в\s+том\s+числе|в\s+частности)(?!\p{L})"
)
# "на" is the locative of a region or a district's -щина ("обстріляли два села на Куп'янщині", "пошкоджено
# будинки на Харківщині"): the same "in" as "в"
_LOCATIVE = frozenset({"in", "at", "в", "у", "во", "на"})
_POSSESSIVE = frozenset(
    """
    her his their my our your її його їхній їхню їхнього їхні свою свій своє своїй свого її её его их мою мой свой
    своей
    """.split()
)
_CLAUSE = compiled.pattern(r"[,;:—–()«»\"]")


# One word in quotes, as copy distances itself from a claim ("о «взятии» села", "the «liberation» of").
_SCARE_QUOTED = compiled.pattern(r"[«\"“„](\p{L}[\p{L}'’ʼ-]*)[»\"”“]")
# A dash right after a place that opens its clause is a predicate's ("Кривий Ріг – без влучань", "Харків — під
# обстрілом"): the words after it are the place's own.
_PREDICATE_DASH = compiled.pattern(r"[ \t]+[—–-][ \t]+")


def _object_noun(word: str) -> bool:
    """Whether a lower-case Russian or Ukrainian word is a noun of the dictionary (the head a place's genitive
    follows: "инфраструктуре", "нефтебазы"), not a preposition, verb or adjective."""
    if not word[:1].islower() or not _CYR.search(word):
        return False
    from redact.recognizers.nlp import morph as _morph

    noun = frozenset({"NOUN"})
    return any(_morph.is_known(word, lg) and _morph.tag_share(word, lg, noun) >= 0.5 for lg in _morph.MORPH_LANGUAGES)


def _governed(head: str, tail: str, also: regex.Pattern[str] | None = None) -> bool:
    """Whether a word of the fighting (or of ``also``) governs the place: in its clause, among the last words before
    it (words naming a kind of place and numbers skipped) or the first words after it. A word in quotes is no clause
    of its own: "о «взятии» села", "the «liberation» of", "про «звільнення»"."""
    head = _SCARE_QUOTED.sub(r" \1 ", head)
    tail = _SCARE_QUOTED.sub(r" \1 ", tail)
    cut = list(_CLAUSE.finditer(head))
    if cut and _INCLUDING.match(head, cut[-1].end()):
        # a list the clause before it introduces ("завдали 612 ударів по населених пунктах області, зокрема по
        # Гуляйполю та Степногірську", "по регіонах, в тому числі по Дружківці"): that clause's verb governs it
        lead = head[cut[-2].end() if len(cut) > 1 else 0 : cut[-1].start()]
        if _WAR_WORD.search(lead) is not None or (also is not None and also.search(lead) is not None):
            return True
    before = [w for w in _TOKEN.findall(head[cut[-1].end() :] if cut else head)]
    while before and (before[-1].casefold() in _KIND_BEFORE or before[-1].isdigit()):
        before.pop()
    dash = _PREDICATE_DASH.match(tail)
    if dash is not None and not head.strip():
        # the place opens its line or sentence ("Кривий Ріг – без влучань", "Nikopol — shelled again"): the dash is
        # the verb's; after a record's name and year ("TKACHUK O., 1996, Verbivka — 92nd brigade") it is a list's
        tail = tail[dash.end() :]
    m = _CLAUSE.search(tail)
    after = _TOKEN.findall(tail[: m.start()] if m else tail)
    # "in" after the object the fighting struck ("shelling damaged a school building in", "struck an oil depot in",
    # "пошкоджено будівлю школи в"): the verb governs the place through its object, a few words farther back
    window = WINDOW_BEFORE
    if (
        before
        and before[-1].casefold() in _LOCATIVE
        and not any(w.casefold() in _POSSESSIVE for w in before[-(WINDOW_BEFORE + WINDOW_OBJECT) :])
    ):
        window += WINDOW_OBJECT  # never someone's own object: "a bomb hit her street in the village of" is her home
    elif before and _object_noun(before[-1]) and not any(w.casefold() in _POSSESSIVE for w in before[-4:]):
        # the place a genitive of the object struck ("удар по энергетической инфраструктуре Одессы", "поражение
        # нефтебазы Новороссийска"): the verb governs it through that noun, as through "in" above
        window += WINDOW_OBJECT
    near = " ".join(before[-window:]) + " " + " ".join(after[:WINDOW_AFTER])
    return _WAR_WORD.search(near) is not None or (also is not None and also.search(near) is not None)


# A place that opens its sentence as the scene of the whole clause: a locative preposition at the sentence start,
# after at most a time stamp, a date or a word of time ("In Kryvyi Rih, a drone hit", "09:40 — In Kharkiv,", "В
# Новороссийске в результате атаки повреждена нефтебаза", "11 марта в Мурманске прошёл митинг", "Overnight in
# Odesa,"). The clause that follows is all about the place: its verb may stand farther off than the window.
_TIME_WORD = (
    r"(?:\d{1,2}(?:[:.]\d{2})?|on|early|late|overnight|today|yesterday|earlier|later|meanwhile|also|"
    r"morning|evening|night|afternoon|\p{L}+day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"ночью|утром|вечером|дн[её]м|сегодня|вчера|позднее|ранее|также|тем\s+временем|"
    r"январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|"
    r"октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|вночі|вранці|ввечері|сьогодні|учора|вчора|"
    r"січн\p{L}*|лют\p{L}*|берез\p{L}*|квітн\p{L}*|травн\p{L}*|червн\p{L}*|липн\p{L}*|серпн\p{L}*|вересн\p{L}*|"
    r"жовтн\p{L}*|листопад\p{L}*|грудн\p{L}*)"
)
_FRONTED = compiled.pattern(
    r"(?i)^[\W\d_]*(?:" + _TIME_WORD + r"[\s,.:—–-]+){0,3}(?:in|at|в|во|у)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+|(?:городе|місті|г\.|м\.)\s*)?$"
)
# The words of the clause a fronted place heads, after a comma right after it ("In Kryvyi Rih, a drone hit").
WINDOW_FRONTED = 8
# Someone's family in that clause: the place is where they live, not a scene ("В Тамбове мать мобилизованного
# рассказала о штурме", "In Saratov his mother says the shelling never stops").
_KIN = compiled.pattern(
    r"(?i)(?<!\p{L})(?:мам|мать|матер|мати|матір|отец|отц|пап|батьк|тат[оау]|жен[аеуыо]|дружин|вдов|сестр|брат|"
    r"сын|син|доч|донь|бабушк|бабус|дедушк|дідус|родител|родн|семь|сім['’ʼ]|родин|"
    r"mother|mum|mom|father|dad|wife|widow|husband|sister|brother|son|daughter|parent|grand|family|relative)\p{L}*"
)


# A line of an emergency service's or administration's chronicle: a time or a span of time, the settlement (its kind
# abbreviated or not) and, after a comma, what happened there ("08:20-12:00 м. Нікополь, обстріли, ...", "12:05 с.
# Антонівка Херсонського району, артобстріл", "14:10 Куп'янськ — удар КАБ").
_CHRONICLE_HEAD = compiled.pattern(
    r"^[\W_]*\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?\s+"
    r"(?:(?:м|с|смт|с-ще|сщ|н\.\s?п|пгт|г|п|пос)\.?\s+|(?:місто|село|селище|город|посёлок|поселок)\s+)?$"
)
_CHRONICLE_TAIL = compiled.pattern(
    r"^(?:\s+\p{Lu}[\p{L}'’ʼ-]+\s+(?:району|района|громади|громады|області|области))*"
    r"(?:\s*,\s*|\s+[—–-]\s+)([\p{L}-]+)"
)


def _chronicle(head: str, tail: str) -> bool:
    """Whether the place heads a line of a chronicle of strikes (:data:`_CHRONICLE_HEAD`) and the first word after
    it is a word of the fighting: the line is about the place as a place of events."""
    if _CHRONICLE_HEAD.search(head) is None:
        return False
    m = _CHRONICLE_TAIL.match(tail)
    return m is not None and _WAR_WORD.match(m.group(1)) is not None


def _fronted(head: str, tail: str, also: regex.Pattern[str] | None = None) -> bool:
    """Whether the place opens its sentence as the scene of the clause (:data:`_FRONTED`) and a word of the fighting
    (or of ``also``) stands among that clause's first words: "In Kryvyi Rih, a drone hit a building", "В Мурманске в
    понедельник прошёл одиночный пикет". The clause ends at the next clause mark after the one right after the place."""
    if _FRONTED.search(head) is None:
        return False
    rest = regex.sub(r"^\s*,", " ", tail)
    m = _CLAUSE.search(rest)
    near = " ".join(_TOKEN.findall(rest[: m.start()] if m else rest)[:WINDOW_FRONTED])
    if _KIN.search(near):
        return False
    return _WAR_WORD.search(near) is not None or (also is not None and also.search(near) is not None)


def _person_tie(sentence: str, language: str) -> bool:
    """Whether the sentence ties a person to a place: a resident or native, an age or a birth year, a family or a
    home of one's own (:data:`_PERSON_TIE`); in Ukrainian also a family ("родина": a homeland in Russian)."""
    if _PERSON_TIE.search(sentence):
        return True
    return language == "uk" and regex.search(r"(?<!\p{L})родин[аиуоі]\p{L}*", sentence) is not None


# A person's rank, role or title right before a name ("сержанта Руденка", "рядовой Сорокин", "Private Rudenko"): the
# forms are the rank table's column "front" (recognizers/data/ranks.tsv).
def _rank_before() -> regex.Pattern[str]:
    from redact.recognizers.nlp.ranks import forms_for

    stems, words, abbrs = (
        "|".join(regex.escape(f.form) for f in forms_for("front", k)) for k in ("stem", "word", "abbr")
    )
    return compiled.pattern(
        rf"(?i)(?<!\p{{L}})(?:{stems})\p{{L}}{{0,4}}\s+(?:\p{{Lu}}\.\s*){{0,2}}$"
        rf"|(?i)(?<!\p{{L}})(?:{words}|(?-i:{abbrs})\.?)s?\s+(?:\p{{Lu}}\.\s*){{0,2}}$"
    )


_RANK_BEFORE = _rank_before()
# An initial beside the name ("Руденко О. П.", "О. Руденко"): a person.
_INITIAL_AFTER = compiled.pattern(r"^\s+\p{Lu}\.(?:\s*\p{Lu}\.)?(?!\p{L})")
_INITIAL_BEFORE = compiled.pattern(r"(?<!\p{L})\p{Lu}\.\s*(?:\p{Lu}\.\s*)?$")
# Surname endings of a Latin transliteration (Rudenko, Kovalchuk, Sorokin is left out: villages end so too).
_CYR_SURNAME = compiled.pattern(r"(?i)(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом)?|(?:енк|чук|юк)(?:о|а|у|ом|ові))$")
_LATIN_SURNAME = compiled.pattern(r"(?i)(?:enko|chuk|yuk|iuk|ovych|evych|ovich|evich|ov|ev|ova|eva)$")
# Prepositions of place and of the fighting's object ("бої за", "удар по", "в", "під"): a given name's form after one
# of them is a village ("бої за Станіслав"); "до", "для", "з" take people as often.
_PLACE_PREPOSITIONS = frozenset("за на по в у во під под біля возле около поблизу через над".split())
_SURNAME = frozenset({"Surn"})
_BARE_PREPOSITIONS = frozenset(
    """
    в во у на по під под за біля около возле поблизу до к із з зі с со из від от над при через для
    in on at of near to from by for into onto over under across
    """.split()
)
# Going out of a place under fire: withdrew, retreated, pushed out, knocked out (Ukrainian, Russian, English).
_OUT_OF = compiled.pattern(
    r"(?i)(?:вийшл|вийш|відступ|отступ|вибил|выбил|вибит|выбит|витісн|вытесн|відійшл|отошл|withdr|retreat|pull(?:ed)?\s+out|"
    r"drove|driven|pushed|expell)"
)
_EVACUATION = compiled.pattern(
    r"(?i)(?:евакуй|евакуац|евакуюв|эвакуир|эвакуац|evacu|виїха|выеха|втік|втекл|бежа|fled|flee)"
)
_UNDER_BEFORE = compiled.pattern(r"(?i)(?<!\p{L})(?:под|під)\s+$")
_FROM_AFTER = compiled.pattern(r"^\s+(?i:из|изо|с|со|з|із|зі|from)\s+(?:the\s+)?\p{Lu}(?!\p{Lu})")
_KIND_OR_NEAR = compiled.pattern(
    r"(?i)(?<!\p{L})(?:village|town|city|settlement|hamlet|of|село|села|селі|селом|селище|селища|селищі|смт|пгт|"
    r"посёлок|поселок|посёлка|поселка|посёлке|поселке|деревня|деревни|деревне|хутор|хутора|хуторе|місто|міста|місті|"
    r"город|города|городе|с|м|г|п|д)\.?\s+$"
)


def _names_a_person(
    text: str, start: int, end: int, before: str, after: str, language: str, *, among_places: bool = False
) -> bool:
    """Whether the words read as a person's name, not a village that shares its form: a surname by its
    morphology (pymorphy3 reads "Руденка", "Сорокин" as surnames before any place) or its Latin ending, unless a
    word for a kind of place or of nearness stands right before it ("село Сорока", "під Сорокиним"); a rank,
    role or initial beside it ("сержанта Руденка", "Руденко О. П."); or a casualty as its verb ("Сорокин погиб",
    "Руденка поранило", "загинув Марченко"). In a list of villages (``among_places``) a name-like one is one more
    village ("Білозерка, Антонівка, Станіслав")."""
    surface = text[start:end]
    if _RANK_BEFORE.search(before) or _INITIAL_AFTER.match(after) or _INITIAL_BEFORE.search(before):
        return True
    if _FROM_AFTER.match(after):
        return True  # "Комаров из Курска", "Sydorenko from Sumy": a man from a place, no village from one
    words = _WORD.findall(surface)
    if len(words) == 1 and not (among_places or _KIND_OR_NEAR.search(before) or _NEAR_BEFORE.search(before)):
        word = words[0]
        if _CYR.search(word):
            from redact.recognizers.nlp import morph as _morph

            lang = "uk" if language == "uk" else "ru"
            prep = _TOKEN.findall(before)[-1:]
            if prep and prep[0].casefold() in _PLACE_PREPOSITIONS and _morph.tag_share(word, lang, _SURNAME) < 0.5:
                pass  # "бої за Станіслав": a given name's form after a preposition of place is the village
            elif _morph.tag_share(word, lang, frozenset({"Geox"})) < 0.5 and (
                _morph.tag_share(word, lang, frozenset({"Surn", "Name", "Patr"})) >= 0.5
                or (_CYR_SURNAME.search(word) is not None and _morph.has_tag(word, lang, "Surn"))
            ):
                return True  # "Руденка", "Сорокин"; "Комаров" is a surname before it is "of mosquitoes"
        elif _LATIN_SURNAME.search(word.removesuffix("'s").removesuffix("’s")):
            return True
    # a casualty as the word's verb: the last word before it or one of the first two after it, the word bare (a
    # preposition before it makes it a place: "по Кізомису загинула людина")
    last = _TOKEN.findall(before)[-1:]
    if last and last[0].casefold() in _BARE_PREPOSITIONS:
        return False
    first = _TOKEN.findall(after[: m.start()] if (m := _CLAUSE.search(after)) else after)[:2]
    return any(_CASUALTY.match(w) for w in last + first)


# Words of the army in a sentence: a soldier's death is a place of the fighting ("Іван Коваль загинув у бою за").
# The ranks first: the rank table's read_by "military" (recognizers/data/ranks.tsv).
def _military_ranks() -> str:
    from redact.recognizers.nlp.ranks import stems_for

    return stems_for("military", "")


_MILITARY = compiled.pattern(
    r"(?i)(?<!\p{L})(?:"
    + _military_ranks()
    + r"|боєць|бійц|боец|бойц|воїн|воин|захисник|защитник|військов|военн|штурм|бригад|батальйон|батальон|полк|"
    r"рот[аиуіе]|взвод|бою|бій|бой|боях|боїв|позиці|позици|бойов|боев|завданн|задач|мобіліз|мобилиз|контракт|СВО|ЗСУ|ВСУ|"
    # a brigade's abbreviation ("25 ОПДБр", "47 ОМБр", "35 ОБрМП", "10 ОГШБр")
    r"(?-i:О\p{Lu}{0,4}Бр\p{Lu}{0,3})(?!\p{L})|"
    r"soldier|servicem|sergeant|lieutenant|captain|private|marine|brigade|battalion|regiment|platoon|combat|"
    r"battle|fighting|assault|mobili[sz]|troops|army|unit|"
    # the soldiers' own words on the phone and the radio: the wounded and the dead ("трёхсотый", "двухсотых"), the
    # drone ("птичка висит"), the artillery ("арта"), the enemy ("хохлы")
    r"тр[её]хсот|трьохсот|двухсот|двохсот|птичк|арт[аиуыі](?!\p{L})|хохл)"
)
# A house number right after a name: a street of an address ("Lenina, 7", "Sadova 12-4"), no place of fighting.
_HOUSE_NUMBER_AFTER = compiled.pattern(r"\s*,?\s*\d{1,3}[a-zA-Zа-яА-Я]?(?:\s*[-/]\s*\d{1,3})?(?![\d.:])")


def military_words(text: str) -> bool:
    """Whether ``text`` speaks of the army and the war: two or more words of them (:data:`_MILITARY`: ranks,
    soldiers, units, combat, mobilisation; :data:`_WAR_WORD`: the fighting, the front, drones, occupation), as
    soldiers' calls and their wives' chats do."""
    return len(_MILITARY.findall(text)) + len(_WAR_WORD.findall(text)) >= 2


# A full name: two or three capitalised words, one of them a given name ("Олена Коваль", "Hanna Levchuk").
_FULL_NAME = compiled.pattern(r"(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?!\p{L})")
# An office or a verb of saying beside a name: the source of the report, not its victim ("губернатор Вячеслав
# Гладков", "повідомила Олена Коваль", "Hanna Levchuk said").
_SOURCE_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:губернатор|глав[аыеу]|голов[аиу]|начальни|очільни|мер|мэр|керівни|руководител|речни|спикер|"
    r"представни|представител|прокурор|міністр|министр|президент|сообщ|повідом|заяв|написа|розпов|рассказ|"
    r"governor|head|chief|mayor|spokes|official|minister|president|said|says|wrote|told|according\s+to)\p{L}*"
    r"[\s,:«\"]+(?:\p{L}+\s+){0,2}$"
)
_SOURCE_AFTER = compiled.pattern(
    r"(?i)^[\s,]+(?:\p{L}+\s+){0,1}(?:сообщ|повідом|заяв|написа|розпов|рассказ|said|says|wrote|told|added)"
)


def _named_victim(sentence: str, place: tuple[int, int], language: str, public: Callable[[str], bool] | None) -> bool:
    """Whether the sentence names a private person by full name (a given name and a surname), not the public
    figure or the source who reports it (an office or a verb of saying beside the name)."""
    from redact.recognizers.nlp.gazetteer import given_name_forms

    given = given_name_forms()
    for m in _FULL_NAME.finditer(sentence):
        if m.start() < place[1] and place[0] < m.end():
            continue
        if not any(w.casefold() in given for w in m.group(0).split()):
            continue
        if public is not None and public(m.group(0)):
            continue
        if _SOURCE_BEFORE.search(sentence[: m.start()]) or _SOURCE_AFTER.match(sentence[m.end() :]):
            continue
        return True
    return False


def war_context(
    text: str,
    start: int,
    end: int,
    language: str,
    also: regex.Pattern[str] | None = None,
    *,
    public: Callable[[str], bool] | None = None,
    spoken: bool = False,
) -> bool:
    """Whether the place ``text[start:end]`` is named as a place of the fighting, and as nobody's home.

    Never when the sentence names a life, a birth, a burial or a mourning (поховали, народився, funeral), ties a
    person to a place (a resident, native, age, birth year, family, one's own house), or when "from" stands right
    before the place, or a casualty is "in" it (not near it: "загинула в Кізомисі"). Otherwise when a word of
    nearness stands right before it ("під", "поблизу", "near", "в районе") or a word of the fighting governs it
    (:func:`_governed`: "обстріляли Кізомис", "бої за", "came under fire"), around the list it stands in. A
    casualty named in full with no word of the army in the sentence is a civilian: his village is withheld even
    near the fighting (``public`` says whether a name is a public figure's, the source rather than the victim).
    ``also``: more words of events that count as the fighting's for this caller (a city's detentions and courts,
    :mod:`redact.public`). ``spoken``: the place is named in soldiers' speech (:func:`redact.speech.speech`), where a
    front-line place nobody is tied to is where the speakers fight ("Don't tell her about Marinka", "till we leave
    Kupiansk", "Kurakhove, Ukrainsk, all of it flattened"): no word of the fighting need govern it."""
    before, after = _sentence(text, start, end)
    sentence = before + text[start:end] + after
    scene = occupation_scene(text, start, end)
    tied = _LIFE_WORD.search(
        _DECLARED_MOURNING.sub(" ", _SCHOOL_STRUCK.sub(" ", _UNIT_AT_WORK.sub(" ", sentence)))
    ) or _person_tie(sentence, language)
    if tied and not scene and not _fell_near(sentence, before, language):
        return False
    m = _LIST_BEFORE.search(before)
    head = before[: m.start()] if m else before
    members = _WORD.findall(m.group(0)) if m else []
    m = _LIST_AFTER.match(after)
    tail = after[m.end() :] if m else after
    members += _WORD.findall(m.group(0)) if m else []
    if _names_a_person(text, start, end, before, after, language, among_places=_places_among(members, language)):
        return False
    if any(_EVACUATION.match(w) for w in _TOKEN.findall(head)[-2:]):
        return False  # "fled Tiahynka", "евакуйовані Білозерки": the evacuees' home
    m = _FROM_BEFORE.search(head) or _FROM_BEFORE.search(before)
    if m is not None:
        # out of a place the fighting left ("withdrew from", "вибили окупантів з", "отступили из"); never an
        # evacuation ("евакуювали з Білозерки": the evacuees' home)
        words = _TOKEN.findall((head if _FROM_BEFORE.search(head) else before)[: m.start()])[-2:]
        fought = any(_WAR_WORD.match(w) for w in words) or any(_OUT_OF.match(w) for w in words)
        return fought and not any(_EVACUATION.match(w) for w in words)
    if (
        _CASUALTY.search(sentence)
        and not _MILITARY.search(sentence)
        and not _SOLDIER_NOUN.search(sentence)  # "гранатометник Іван Сидор загинув": a soldier, no civilian
        and _named_victim(sentence, (len(before), len(before) + end - start), language, public)
    ):
        return False  # "Олена Коваль загинула від удару дрона по Кізомису": a civilian's village
    if _near(head, language) or _near(before, language):
        # near a village is the fighting only when the sentence speaks of it (a forest road near a village is not),
        # or in the soldiers' idiom "под Торецком", "під Бахмутом" (under: where a unit stands)
        return (
            spoken
            or any(r.search(sentence) for r in (_WAR_WORD, _MILITARY, _CASUALTY))
            or _UNDER_BEFORE.search(before) is not None
        )
    if (
        _CASUALTY.search(_NO_CASUALTY.sub(" ", sentence))
        and _in_place(head, language)
        and not _soldier_fell_in(sentence, head, tail)
    ):
        return False  # "загинула жінка в Кізомисі", "killed in Bilozerka": where the victim was, maybe home
    if spoken and _HOUSE_NUMBER_AFTER.match(after):
        return False  # "we live on the same landing, Lenina, 7": a street and house, someone's address
    return (
        spoken
        or scene
        or _governed(head, tail, also)
        or _fronted(head, tail, also)
        or _chronicle(head, tail)
        or (_CAPTIVES.search(sentence) is not None and _governed(head, tail, _DETENTION_SITE))
    )


# Russian "у" before a place is "at, by" ("пропал у Глушково", "ранен у Работино"); Ukrainian "у" is "in".
_RU_AT = compiled.pattern(r"(?i)(?<!\p{L})у\s+$")


def _near(before: str, language: str) -> bool:
    """Whether a word of nearness ends ``before`` (:data:`_NEAR_BEFORE`, and Russian "у")."""
    return _NEAR_BEFORE.search(before) is not None or (language == "ru" and _RU_AT.search(before) is not None)


# Soldiers and their formations beside the words of _MILITARY: officers, commanders, mercenaries, detachments.
_SOLDIER = compiled.pattern(
    r"(?i)(?<!\p{L})(?:офіцер|офицер|officer|командир|commander|найман|наемник|наёмник|mercenar|загін|загон|отряд|"
    r"detachment|штурмовик|stormtrooper|десантник|paratrooper|морпіх|морпех)\p{L}*"
)


# A soldier as the casualty: a rank (the rank table's read_by "military"), a soldier's noun or a fighter's trade; no
# unit, combat or army word (a civilian is killed "in" a village the army shells as well).
_SOLDIER_NOUN = compiled.pattern(
    r"(?i)(?<!\p{L})(?:"
    + _military_ranks()
    + r"|боєць|бійц|боец|бойц|воїн|воин|захисник|защитник|військовослужбов|военнослужащ|контрактник|мобілізован|"
    r"мобилизован|гранатометник|гранатомётчик|кулеметник|пулемётчик|пулеметчик|стрілець|стрільця|стрелок|"
    r"навідник|наводчик|мінометник|минометчик|снайпер|штурмовик|десантник|морпіх|морпех|"
    r"soldier|servicem|marine|paratrooper|gunner)\p{L}*"
)


def _soldier_fell_in(sentence: str, head: str, tail: str) -> bool:
    """Whether a soldier was killed, wounded or went missing in the place (not near it) and a word of the fighting
    governs it ("гранатометник загинув внаслідок удару дрона в селі Іванівське", "сержант загинув у бою в Кліщіївці",
    "a marine was killed in a drone strike in Krynky"): a front-line place where the soldier fought; a civilian killed
    "in" a village stays withheld (maybe her home), and so does a place no word of the fighting governs ("солдат
    загинув у селі X")."""
    return _SOLDIER_NOUN.search(sentence) is not None and _governed(head, tail)


def _fell_near(sentence: str, before: str, language: str) -> bool:
    """Whether a soldier fell, was wounded or went missing near the place, and only his age or year of birth ties
    anyone to the sentence ("Сергій Рудий, 1990 р.н., 47 ОМБр, зник безвісти в районі Новогродівки", "46-річний
    офіцер ... загинув від удару дрона біля Василівки", "a 23-year-old marine was killed near Robotyne"): a word of
    nearness right before the place, a casualty and a word of the army or the fighting in the sentence. The age is the
    soldier's, the place where the fighting was; a residence, a family, a street, a life or a burial in the sentence
    still withholds it."""
    if not _near(before, language) or _LIFE_WORD.search(sentence):
        return False
    if _CASUALTY.search(sentence) is None and _MISSING.search(sentence) is None:
        return False
    if _MILITARY.search(sentence) is None and _SOLDIER.search(sentence) is None:
        return False  # a civilian's age ("пенсіонерка 1950 р.н. загинула біля ..."): maybe her own village, withheld
    return not _person_tie(_AGE_TIE.sub(" ", sentence), language)


def _places_among(words: list[str], language: str) -> bool:
    """Whether a list the place stands in names another settlement of the gazetteer that no name shares
    ("Білозерка, Антонівка, Станіслав": Станіслав is a village there, not a man)."""
    table = _settlements()
    for word in words:
        if not word[:1].isupper() or not any(f in table for f in _word_forms(word, language)):
            continue
        if not _CYR.search(word):
            return True
        from redact.recognizers.nlp import morph as _morph

        if _morph.tag_share(word, "uk" if language == "uk" else "ru", frozenset({"Surn", "Name", "Patr"})) < 0.5:
            return True
    return False


def _in_place(head: str, language: str) -> bool:
    """Whether "in" (в, у, in, at) stands right before the place; Russian "у" is "at, by" (near), no "in"."""
    m = _IN_BEFORE.search(head)
    if m is None:
        return False
    return not (language == "ru" and regex.match(r"(?i)у(?!\p{L})", m.group(0)) is not None)


# --- a front-line settlement whose name a town elsewhere shares -------------------------------------------------

# The noun of a front direction ("на Авдіївському напрямку", "on the Pokrovsk direction") after its adjective.
_DIRECTION_AFTER = compiled.pattern(r"(?i)\s+(?:напрям\p{L}*|направлени\p{L}*|direction|axis|sector)(?!\p{L})")
# How far before the place the text's own geography is read (a heading or the sentence before), and after it.
PLACED_BEFORE = 400
_VILLAGE_BEFORE = compiled.pattern(r"(\p{Lu}[\p{L}'’ʼ-]*(?:\s+\p{Lu}[\p{L}'’ʼ-]*)?)\s+$")
PLACED_AFTER = 200


def _settlement_regions(ws: list[str], language: str) -> frozenset[str]:
    """Every admin-1 region with a settlement the words may name, in any case form."""
    table = _settlements()
    out: set[str] = set()
    for combo in itertools.islice(itertools.product(*[_word_forms(w, language) for w in ws]), 64):
        hit = table.get(" ".join(combo))
        if hit is not None:
            out |= hit[0]
    return frozenset(out)


def _regions_named(text: str, language: str, regions: frozenset[str]) -> frozenset[str]:
    """The front-line ``regions`` a stretch of text names: a region in any form the region list knows
    ("на Запоріжжі", "Харківської області", "Kharkiv Oblast"), or a direction of the front by its adjective,
    through the region or the town it is named after ("на Запорізькому напрямку", "на Авдіївському напрямку")."""
    table = _regions()
    ws = list(_WORD.finditer(text))
    found: set[str] = set()
    for i, w in enumerate(ws):
        for n in (1, 2, 3):
            if i + n > len(ws):
                break
            name = table.get(_fold(text[w.start() : ws[i + n - 1].end()]))
            if name is not None and name in regions:
                found.add(name)
        if _DIRECTION_AFTER.match(text, w.end()) and w.group()[:1].isupper():
            adjective = w.group()
            for form in _word_forms(adjective, language):
                for noun in (" область", " oblast"):
                    name = table.get(form + noun)
                    if name is not None and name in regions:
                        found.add(name)
            for centre in _centre_names(adjective)[1:]:
                found |= _settlement_regions([centre], language) & regions
    return frozenset(found)


def placed_on_front(text: str, start: int, end: int, language: str, regions: frozenset[str]) -> str | None:
    """``"settlement"`` (``"area"`` for a district or hromada) when a settlement's name that :func:`front_kind`
    leaves open because a town elsewhere bears it too ("Степногорск" in Kazakhstan, "Золочів" in Lviv Oblast,
    "Бердичів" the town and the genitive of Бердичі near Avdiivka, "Удачне" and a town in Yakutia, "Чугуевского
    района" and Чугуевка in Primorye) is placed on the front by the text itself: the text around it names a
    front-line region where a settlement of that name lies ("на Запоріжжі ... под Степногорском", "на Харківщині
    ... по Золочеву"), a direction of the front there ("на Авдіївському напрямку"), the list it stands in names a
    settlement of that region ("біля Мирнограда, Удачного та Котлиного"), or a district follows such a settlement
    ("с. Малая Рогань Чугуевского района"). The caller still asks :func:`war_context` whether it is named as a place
    of the fighting, and home context withholds it. None when the text does not place it there."""
    ws = _WORD.findall(text[start:end])
    while len(ws) > 1 and ws[0].casefold() in _KIND_BEFORE:
        ws = ws[1:]
    if not ws or len(ws) > 3 or not ws[0][:1].isupper():
        return None
    kind = "area" if len(ws) == 2 and _AREA_NOUN.fullmatch(ws[1]) else "settlement"
    if kind == "area":
        # a district named after a centre some of whose readings lie elsewhere ("Чугуевского района": Чугуев, and
        # Чугуевка in Primorye): the front-line centres' regions
        own = frozenset(r for name in _centre_names(ws[0])[1:] for r in _settlement_regions([name], language) & regions)
    else:
        own = _settlement_regions(ws, language) & regions
    if not own:
        return None
    around = text[max(0, start - PLACED_BEFORE) : start] + " \n " + text[end : end + PLACED_AFTER]
    if _regions_named(around, language, regions) & own:
        return kind
    return kind if _listed_with(text, start, end, kind, own, language, regions) else None


def _listed_with(
    text: str, start: int, end: int, kind: str, own: frozenset[str], language: str, regions: frozenset[str]
) -> bool:
    """Whether the list the place stands in names a settlement of the front-line regions ``own`` ("біля Мирнограда,
    Удачного та Котлиного"), or, for a district, such a settlement comes right before it ("с. Малая Рогань| Чугуевского
    района")."""
    before, after = _sentence(text, start, end)
    listed = _LIST_BEFORE.search(before)
    following = _LIST_AFTER.match(after)
    members = [(w,) for w in (_WORD.findall(listed.group(0)) if listed else [])]
    members += [(w,) for w in (_WORD.findall(following.group(0)) if following else [])]
    # the village a district follows ("с. Малая Рогань| Чугуевского района", "Новогродівки| Покровського району")
    village = _VILLAGE_BEFORE.search(before) if kind == "area" else None
    if village is not None:
        members.append(tuple(_WORD.findall(village.group(1))))
    return any(
        ws[0][:1].isupper()
        and _lookup(list(ws), language, regions) == "front"
        and _settlement_regions(list(ws), language) & own
        for ws in members
    )


def listed_on_front(text: str, start: int, end: int, language: str, regions: frozenset[str]) -> bool:
    """Whether a one-word settlement name (any reading: a call sign's shape too, "Удачного") stands in a list with a
    settlement of a front-line region where one of its name lies ("в направлении Мирнограда и Удачного")."""
    ws = _WORD.findall(text[start:end])
    if len(ws) != 1 or not ws[0][:1].isupper():
        return False
    own = _settlement_regions(ws, language) & regions
    return bool(own) and _listed_with(text, start, end, "settlement", own, language, regions)


def district_of_a_town(surface: str, language: str) -> bool:
    """Whether ``surface`` is a district named after a settlement of the gazetteer, in any region ("Черкаському
    районі", "Золотоніському районі", "Белгородском районе", "Shebekino district")."""
    ws = _WORD.findall(surface)
    if len(ws) == 1:
        return bool(shchyna_regions(ws[0], language))  # "на Обухівщині", "Білоцерківщина"
    return any(_settlement_regions([name], language) for name in area_centres(surface)[1:])
