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
* a front-line region itself in any form the region list knows ("Херсонщина", "Донецкой Народной Республики").

A name several regions share counts when one of them is front-line. Whether the mention is a place of events
or someone's home is not decided here: the register's ``unless-home`` treatment and :mod:`redact.home` do that.
"""

from __future__ import annotations

import functools
import itertools

import regex

__all__ = ["front_kind", "war_context"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ]*(?:-\p{L}[\p{L}\p{M}'’ʼ]*)*")
_CYR = regex.compile(r"\p{Script=Cyrillic}")
# Words naming a kind of place before the name ("село Антонівка", "the village of Tonenke", "населённый пункт").
_KIND_BEFORE = frozenset(
    """
    village town city settlement hamlet of the
    село села селе селі селом селу селище селища селищі смт пгт посёлок поселок посёлка поселка посёлке поселке
    місто міста місті містом город города городе деревня деревни деревне хутор хутора хуторе станица станицы
    станице населённый населенный населённого населенного населённом населенном пункт пункта пункте пункту
    населений населеного населеному пункті
    """.split()
)
# A district, hromada or community named after its centre ("Бериславський район", "Pokrovsk district").
_AREA_NOUN = regex.compile(
    r"(?i)район\p{L}*|district|raion|rayon|громад\p{L}*|hromada|community|ТГ|ОТГ|округ\p{L}*|municipality"
)
# Adjective endings of a centre's name: Бериславський → Берислав, Покровський → Покровськ, Kupianskyi → Kupiansk.
_ADJ_END = regex.compile(r"(?i)(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|ой|а|ая|е|ое|ого|ому|ої|ій|ої|ую|у|им|ом|их|их)$")
_LAT_ADJ_END = regex.compile(r"(?i)(?:skyi|skyy|skiy|sky|ski|ska|skoye|ske|ckyi|tskyi)$")


# Case endings of a masculine consonant-stem place name (Торецьк-ом, Бахмут-і, Покровськ-а, Купянск-у).
_CASE_END = regex.compile(r"(?i)(?<=[бвгдзклмнпрстфхцчшщ])(?:ом|ем|ові|і|у|а|е)$")


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
    return tuple(dict.fromkeys(_fold(f) for f in forms))


def _lookup(ws: list[str], language: str, regions: frozenset[str]) -> str | None:
    """``"front"`` when the words name a settlement of one of ``regions`` (any case form: a village elsewhere
    spelt like one of its case forms does not count, "Антонівці" is also a village in the west) and no town or
    city of that name lies elsewhere (the town is what the name brings to mind: "Львів" is no village near
    Kherson); ``"elsewhere"`` when they name only places elsewhere or such a town; None when no settlement."""
    table = _settlements()
    options = [_word_forms(w, language) for w in ws]
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
        else:
            out += [stem, stem + "sk", stem + "a", stem + "e", stem + "y"]
    return out


def front_kind(surface: str, language: str, regions: frozenset[str]) -> str | None:
    """``"settlement"``, ``"area"`` (district or hromada) or ``"region"`` when ``surface`` names a place of one
    of the front-line ``regions``; None otherwise (an unknown name, or a place only of other regions)."""
    if not regions:
        return None
    ws = _WORD.findall(surface)
    while len(ws) > 1 and ws[0].casefold() in _KIND_BEFORE:
        ws = ws[1:]
    if not ws or len(ws) > 4 or not ws[0][:1].isupper():
        return None
    region = _regions().get(_fold(" ".join(ws)))
    if region is not None:
        return "region" if region in regions else None
    if len(ws) >= 2 and _AREA_NOUN.fullmatch(ws[-1]):
        heads = ws[:-1]
        if len(heads) == 1:
            hits = {_lookup([name], language, regions) for name in _centre_names(heads[0])}
            return "area" if hits == {"front"} or hits == {"front", None} else None
        return "area" if _lookup(heads, language, regions) == "front" else None
    return "settlement" if _lookup(ws, language, regions) == "front" else None


# --- is the place named as a place of the fighting? --------------------------------------------------------

# Right before the place: near it, around it, on its outskirts, towards it ("під Торецьком", "поблизу Зеленого
# Гаю", "в районе Купянска", "near Tonenke", "on the outskirts of", "на підступах до").
_NEAR_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:під|под|біля|поблизу|неподалік|неподалеку|около|возле|вблизи|близ|near|outside|around|towards?|"
    r"(?:в|у|на)\s+(?:район\p{L}*|околиц\p{L}*|окраин\p{L}*|підступ\p{L}*\s+до|подступ\p{L}*\s+к)|"
    r"(?:in|on)\s+the\s+(?:area|outskirts|direction|approaches)\s+(?:of|to)|"
    r"населен\p{L}*\s+пункт\p{L}*|населённ\p{L}*\s+пункт\p{L}*)"
    r"(?:\s+(?:the|села|селища|міста|города|села|посёлка|поселка|village\s+of|town\s+of|населен\p{L}*\s+пункт\p{L}*))?"
    r"\s+$"
)
# Words of the fighting in the sentence: shelling, strikes, assaults, advances, captures, the front, drones and
# missiles, evacuation (stems, Ukrainian, Russian and English; matched at a word start). A person's death or wound
# (загинув, погиб, поранений, killed, wounded) is no such word: an obituary names the dead man's own village in
# the same sentence ("загинув захисник з Антонівки"), and a place of death is kept only after a word of nearness
# ("загинув поблизу Антонівки").
_WAR_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:обстр|атак|удар|вдар|авіаудар|авиаудар|штурм|наступ|контрнаступ|оборон|бо[їийяюе]\p{L}*|бій|"
    r"боєзіткн|боестолкн|бойов|боев|звільн|освобо|окуп|захоп|зайня|заня|відбил|отбил|відбит|отбит|прорв|прорив|"
    r"оточ|окруж|фронт|напрям|направлени|позиці|позици|евакуац|эвакуац|дрон|безпілот|беспилот|ракет|КАБ|"
    r"артил|вогн|огн|обстріл|уламк|обломк|вибух|взрыв|ППО|ПВО|збит|сбит|знищ|уничтож|"
    r"ЗСУ|ВСУ|ЗС\s+РФ|окупант|ворог|ворож|противник|враг|вражеск|військ|войск|угрупован|группировк|переправ|"
    r"плацдарм|ДРГ|диверс|зведенн|сводк|полон|плен|мін|мин[ау]|"
    r"shell|attack|strik|struck|fight|battle|assault|offensive|counteroffensive|advanc|captur|liberat|seiz|occup|"
    r"recaptur|front|direction|axis|position|evacuat|drone|missile|rocket|artillery|bomb|airstrike|air\s+strike|"
    r"debris|explosion|blast|shot\s+down|troops|forces|army|surround|encircl|retreat|withdr|clash|raid|"
    r"pushed|defen[cs]|siege|besieg|trench|minefield|prisoner)"
)
# Words of a life, a burial or a home in the sentence: the place is where someone lived or lies, not the front.
_LIFE_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:похова|похорон|поховал|прощан|прощал|попрощ|простил|простились|проводили|жалоб|панахид|"
    r"кладовищ|кладбищ|buried|funeral|farewell|mourn|cemetery|grave|навчав|учил|школ|school|працюв|работал|"
    r"worked|studied|жив[еу]|жил[аи]?|мешка|прожива|lived|lives)"
)
_STOP = regex.compile(r"[.!?]\s|\n")


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
_LIST_BEFORE = regex.compile(r"(?:" + _NAME + _JOIN + r")+$")
_LIST_AFTER = regex.compile(r"^(?:" + _JOIN + _NAME + r")+")
# Right before the place: where someone comes from ("a marine from", "з міста", "из села"), or a record line's
# year ("Denis Zuyev, 1993, "): never the front.
_FROM_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:from|з|із|зі|из|изо|с|со|родом|native\s+of)"
    r"(?:\s+(?:the\s+)?(?:village|town|city|міста|села|селища|громади|города|посёлка|поселка|деревни|of))*\s+$"
    r"|(?:19|20)\d\d\s*,\s*$"
)
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’ʼ/-]*")
WINDOW_BEFORE = 6
WINDOW_AFTER = 5


def war_context(text: str, start: int, end: int, language: str, also: regex.Pattern[str] | None = None) -> bool:
    """Whether the place ``text[start:end]`` is named as a place of the fighting: right after a word of
    nearness ("під", "поблизу", "near", "в районе"), or with a word of the fighting (shelled, обстріл, штурм,
    освободили, drones) among the few words before or after it (or the list it stands in), and no word of a
    life or a burial in the sentence (поховали, funeral, lived) nor "from" right before it. ``also``: more words of
    events that count as the fighting's for this caller (a city's detentions and courts, :mod:`redact.public`)."""
    before, after = _sentence(text, start, end)
    if _LIFE_WORD.search(before + text[start:end] + after):
        return False
    m = _LIST_BEFORE.search(before)
    head = before[: m.start()] if m else before
    m = _LIST_AFTER.match(after)
    tail = after[m.end() :] if m else after
    if _FROM_BEFORE.search(head) or _FROM_BEFORE.search(before):
        return False
    if _NEAR_BEFORE.search(head) or _NEAR_BEFORE.search(before):
        return True
    near = " ".join(_TOKEN.findall(head)[-WINDOW_BEFORE:]) + " " + " ".join(_TOKEN.findall(tail)[:WINDOW_AFTER])
    return _WAR_WORD.search(near) is not None or (also is not None and also.search(near) is not None)
