"""Home-place demonyms in Russian and Ukrainian (тернополянин, омич, вологжанка, тихоречане): the settlement a word
names its people after, read back through the shared place gazetteer. Shared by the municipal recognizer and the
type discipline (:mod:`redact.discipline`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.recognizers.nlp import morph
from redact.recognizers.nlp.gazetteer import place_gazetteer

__all__ = ["COUNTRIES", "demonym_of_named", "demonym_place", "place_from_stem"]

# Demonym suffixes on the lemma (masculine singular or feminine), longest first.
_DEMONYM_SUFFIXES = (
    "чанин",
    "чанка",
    "лянин",
    "лянка",
    "янин",
    "янка",
    "анин",
    "анка",
    "енка",
    "єнка",
    "ичка",
    "итка",
    "ани",
    "яни",
    "ич",
    "ит",
    "єць",
    "ець",
    "ец",
)
# Countries (lower case, ru and uk): a word derived from one is a nationality, which identifies no one.
COUNTRIES = frozenset(
    """
    россия росія украина україна беларусь білорусь белоруссия китай грузия грузія казахстан америка германия
    німеччина польша польща молдова молдавия армения вірменія азербайджан узбекистан таджикистан киргизия
    киргизстан туркмения литва латвия латвія эстония естонія финляндия фінляндія франция франція англия англія
    италия італія турция туреччина израиль ізраїль сирия сирія корея япония японія индия індія чехия чехія
    словакия румыния румунія венгрия угорщина болгария болгарія сербия сербія канада австрия австрія
    """.split()
)
# Nouns that end like demonyms but name people by trade, kin or role.
_NOT_DEMONYM = frozenset(
    """
    боец братец отец молодец конец купец певец гонец образец хитрец наглец мертвец храбрец удалец кузнец продавец
    покупатель жилец близнец делец пловец борец гребец беглец старец скупец творец вдовец стрелец иноземец
    иностранец чужестранец земляк землячка односельчанин односельчанка горожанин горожанка селянин селянка
    крестьянин крестьянка мещанин мещанка гражданин гражданка христианин христианка славянин славянка
    дворянин дворянка россиянин россиянка киянка-молоток египтянин парижанин англичанин датчанин
    боєць батько кінець молодець купець співець кравець жнець мрець різник
    українець росіянин росіянка білорус земляк землячка односельчанин односельчанка громадянин громадянка
    селянин селянка міщанин міщанка слов'янин християнин сельчанин сельчанка односельчанин односельчанка
    однополчанин однополчанка северянин северянка южанин южанка горец горянка сибиряк сибирячка
    донечка доченька дочечка
    """.split()
)


@lru_cache(maxsize=50_000)
def demonym_place(word: str, language: str, towns_only: bool = False) -> str:
    """The settlement a demonym comes from ("омичка" → "Омск"), or "" when ``word`` is not one."""
    if morph.has_tag(word, language, "Patr") or morph.tag_share(word, language) > 0.5:
        return ""  # a patronymic or a name ("Іванович", "Ковалец"), not a demonym
    parses = morph.parses(word, language)[:3]
    # A word of the dictionary is first an ordinary noun (монашенка, выселенец, коленка): only a town or a city
    # makes it a demonym; an unknown word (гадячанин, таганроженка) may come from a village too.
    known = morph.is_known(word, language)
    towns_only = towns_only or known
    # "українською" (in Ukrainian) also reads as a noun in -ка, but a word with an adjective reading in the same
    # form is a language or a quality, never a bare feminine demonym ("полтавка" has no adjective reading).
    adjectival = any(p.tag.POS == "ADJF" for p in parses)
    for p in parses:
        if p.tag.POS != "NOUN":
            continue
        lem = str(p.normal_form).replace("'", "").replace("’", "").replace("ʼ", "")
        if lem in _NOT_DEMONYM or word.lower() in _NOT_DEMONYM:
            return ""
        if _ADJECTIVE_LEMMA.search(lem):
            return ""  # "українську", "російська": an adjective's form, never a demonym
        if lem.endswith("ка") and _masculine_noun(lem[:-2], language) and not demonym_place(lem[:-2], language):
            return ""  # "партизанка" is a partisan, "полтавка" has no common noun "полтав"
        for suffix in _DEMONYM_SUFFIXES:
            short_ok = suffix in (
                "ич",
                "ичка",
                "ичи",
                "янин",
                "янка",
                "яни",
            )  # "омич" ← Омск: a two-letter stem only before -ск
            # Every suffix the lemma ends in is tried: "гадячанин" is Гадяч + -анин, not гадя- + -чанин.
            shortest = 2 if short_ok else (4 if known else 3)  # неж-енка, кол-енка: a dictionary noun's short stem
            if lem.endswith(suffix) and len(lem) - len(suffix) >= shortest:
                found = place_from_stem(lem[: -len(suffix)], suffix, towns_only)
                if found:
                    return found
        found = _compound_town(lem)
        if found:
            return found
        # "полтавка" ← Полтава: a bare feminine -ка only from a town or city, on a stem of five letters or more.
        if lem.endswith("ка") and len(lem) >= 7 and lem not in _NOT_DEMONYM and not adjectival:
            found = place_from_stem(lem[:-2], "ка", towns_only=True)
            if found:
                return found
    return ""


# The suffixes a demonym of a compound town name takes on its first part: анжер-ец, анжер-ка, анжер-цы.
_ADJECTIVE_LEMMA = regex.compile(r"(?:[сц]ька|[сц]кая|[сц]ький|[сц]кий)$")
_COMPOUND_SUFFIXES = ("ец", "цы", "ка", "ки", "ичка", "ич", "янин", "янка", "анин", "анка", "яне", "ане")


def _compound_town(lemma: str) -> str:
    """The compound town a demonym is made from by its first part alone ("анжерка" ← Анжеро-Судженск, "наровец" ←
    Наро-Фоминск), or ""."""
    lemma = lemma.replace("ё", "е")  # the dictionary guesses "анжёрка"
    for suffix in _COMPOUND_SUFFIXES:
        if lemma.endswith(suffix):
            found = _compound_first_parts().get(lemma[: -len(suffix)], "")
            if found:
                return found
    return ""


@lru_cache(maxsize=1)
def _compound_first_parts() -> dict[str, str]:
    """First parts of hyphenated town and city names, without their linking vowel ("анжер" → "Анжеро-Судженск"). Only
    a stem that is no word or name of its own: "Северо-", "Южно-", "Ивано-", "Петрово-" would turn northerners,
    southerners and people named Ivan into townspeople.

    Cached on disk (:mod:`redact.recognizers.nlp.cache`, keyed by the gazetteer, this module, the morphology module
    and the dictionaries' versions): reading the whole gazetteer for these few stems took a tenth to a fifth of a
    second of every run's start."""
    from importlib.metadata import version
    from pathlib import Path

    from redact.recognizers.nlp import cache as _cache
    from redact.recognizers.nlp.gazetteer import DATA

    versions = [f"{d}=={version(d)}" for d in ("pymorphy3", "pymorphy3-dicts-ru")]
    name = _cache.key(
        "compound-first-parts-1",
        versions,
        [Path(__file__), Path(morph.__file__), DATA / "places.tsv", DATA / "places.tsv.gz"],
    )
    data = _cache.load(name)
    if isinstance(data, dict) and all(type(k) is str and type(v) is str for k, v in data.items()):
        return data
    out = _build_compound_first_parts()
    _cache.store(name, out)
    return out


def _build_compound_first_parts() -> dict[str, str]:
    from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

    out: dict[str, str] = {}
    for row in read_tsv("places.tsv"):
        if row.get("kind") not in {"city", "town"}:
            continue
        for variant in split_cell(row.get("variants")):
            first, dash, _ = variant.partition("-")
            if not dash or first[-1:] not in ("о", "е") or not regex.fullmatch(r"\p{Lu}\p{Ll}{4,}", first):
                continue
            stem = first[:-1].lower()
            if morph.is_known(stem, "ru") or morph.tag_share(stem.title(), "ru") > 0:
                continue
            out.setdefault(stem, variant)
    return out


def demonym_of_named(word: str, language: str, text: str) -> str:
    """A lowercase demonym of a small town whose name is also a word (flagged ambiguous in the gazetteer), when
    ``text`` names the town too: "гаец" ← Гай beside "Гая", "Гаю". Without the town in the text it is no evidence."""
    for town in _ambiguous_towns(word, language):
        root = town[:-1] if town[-1] in "йаьоя" else town
        if regex.search(rf"(?<![\p{{L}}-]){regex.escape(root)}\p{{Ll}}{{0,3}}(?![\p{{L}}-])", text):
            return town
    return ""


@lru_cache(maxsize=50_000)
def _ambiguous_towns(word: str, language: str) -> tuple[str, ...]:
    """The towns and cities a lowercase word unknown to the dictionary may be the demonym of, ambiguous names too."""
    if not word.islower() or morph.is_known(word, language) or morph.tag_share(word, language) > 0:
        return ()
    gaz = place_gazetteer()
    out: list[str] = []
    for p in morph.parses(word, language)[:2]:
        if p.tag.POS != "NOUN":
            continue
        lem = str(p.normal_form).replace("ё", "е")
        for suffix in _DEMONYM_SUFFIXES:
            stem = lem[: -len(suffix)]
            if not lem.endswith(suffix) or len(stem) < 2:
                continue
            # "га-ец" ← Гай: the stem's й drops before a vowel ending
            for cand in (stem + "й", stem, stem + "а", stem + "ь", stem + "о") if stem[-1] in "аоуеи" else (stem,):
                title = cand[:1].upper() + cand[1:]
                if len(title) >= 3 and any(e.kind in {"city", "town"} for e in gaz.get(title)):
                    out.append(title)
    return tuple(dict.fromkeys(out))


def _masculine_noun(word: str, language: str) -> bool:
    """Whether ``word`` is a common noun in its own dictionary form (the masculine of a feminine in -ка)."""
    return morph.is_known(word, language) and any(
        p.tag.POS == "NOUN" and str(p.normal_form) == word and not {"Name", "Surn", "Geox"} & set(p.tag.grammemes)
        for p in morph.parses(word, language)
    )


_ADJ_SUFFIXES = frozenset({"ский", "ський", "цкий", "цький"})
_VOWELS = frozenset("аеёиоуыэюяіїє")


def place_from_stem(stem: str, suffix: str, towns_only: bool = False) -> str:
    """The gazetteer settlement a derived word's stem comes from ("тернопол" → "Тернопіль"), or ""."""
    bases = {stem}
    if stem.endswith("й") and len(stem) > 3:
        bases.add(stem[:-1])  # коломий- → Коломия
    for tail in ("ян", "ан", "л", "ч", "ь", "ц"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 2:
            bases.add(stem[: -len(tail)])
    # Guessed stems — a linking syllable dropped (сарн-ен-чанин ← Сарни, челн-ин-ец ← Челны) or a consonant
    # alternation undone (таганрож-енка ← Таганрог, тихореч-ане ← Тихорецк) — name a town or a city only:
    # ordinary nouns (беженец, монашенка, выселенец) read back to villages that way.
    guessed: set[str] = set()
    for tail in ("ен", "ин", "ін"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 4:
            guessed.add(stem[: -len(tail)])
    for alt, orig in (("ж", "г"), ("ж", "з"), ("ж", "д"), ("ч", "к"), ("ч", "ц"), ("ш", "х"), ("ш", "с"), ("щ", "ск")):
        for b in bases | guessed:
            if b.endswith(alt) and len(b) >= 4:
                guessed.add(b[: -len(alt)] + orig)
    if suffix in _ADJ_SUFFIXES and len(stem) >= 5 and stem[-2] in "еоё" and stem[-3] not in _VOWELS:
        guessed.add(stem[:-2] + stem[-1])  # a fleeting vowel of the adjective: кинешем-ский ← Кинешма
    guessed -= bases
    if len(stem) >= 5:
        guessed.add(stem)  # for the -цк/-ецк endings below (тихоре- ← Тихорецк)
    found = _place_from_bases(bases, stem, suffix, towns_only)
    if found or not guessed:
        return found
    return _place_from_bases(guessed, stem, suffix, towns_only=True, guessed=True)


def _place_from_bases(bases: set[str], stem: str, suffix: str, towns_only: bool, guessed: bool = False) -> str:
    cands: list[str] = []
    if len(stem) == 2:
        cands = [stem + "ск", stem + "їв", stem + "ев"]  # омич ← Омск, киянин ← Київ
        bases = set()
    for b in sorted(bases, key=len, reverse=True):
        cands += [
            b,
            b + "а",
            b + "я",
            b + "ь",
            b + "й",
            b + "и",
            b + "е",
            b + "о",
            b + "ы",
            b + "ів",
            b + "їв",
            b + "ев",
        ]
        cands += [b + "ов", b + "ин", b + "ино", b + "ск", b + "ськ", b + "ка", b + "і", b + "к", b + "ль", b + "ки"]
        cands.append(b + "ой")  # a town named by a stressed adjective: стрежев-ской ← Стрежевой
        if guessed:
            cands += [b + "цк", b + "цьк", b + "ецк", b + "ецьк"]  # тихоре- ← Тихорецк
        # Regions: a doubled last consonant + -я (прикарпат- → Прикарпаття, поділ- → Поділля), or -щина
        # (слобожан- → Слобожанщина).
        cands += [b + b[-1] + "я", b + "щина"]
        if suffix in ("ич", "ичка"):
            cands += [b + "ск", b + "ськ"]
        if suffix in ("ский", "ський"):
            cands += [b + "ское", b + "ське"]  # агинский ← Агинское, ивановский ← Ивановское
        i = b.rfind("о")
        if i > 0:
            alt = b[:i] + "і" + b[i + 1 :]
            cands += [alt + "ь", alt, alt + "ль"]  # тернопол- → Тернопіль
    if COUNTRIES & {c for b in bases for c in (b, b + "а", b + "я", b + "й", b + "ия", b + "ія", b + "ь", *cands)}:
        return ""  # a nationality (украинцы ← Украина, китаец ← Китай), not a home place
    gaz = place_gazetteer()
    for c in cands:
        if len(c) < 4:
            continue
        title = c[:1].upper() + c[1:]
        entries = gaz.get(title)
        # A city whose name is also a surname (Энгельс, Киров) is still the home of its adjective: "энгельсский".
        city = suffix in _ADJ_SUFFIXES and any(e.kind == "city" for e in entries or ())
        if entries and (city or not all("ambiguous" in e.flags for e in entries)):
            # A town, a city, or (not from a guessed stem) a region: закарпатець ← Закарпаття.
            if any(e.kind in {"city", "town"} or (not guessed and e.kind.startswith("region")) for e in entries) or (
                len(c) >= 6 and not towns_only
            ):
                return title
    return ""
