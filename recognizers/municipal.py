"""Municipal units and home-place demonyms in Russian and Ukrainian, as LOCATION.

* **Municipal units**: a place adjective (or name) + the unit noun in any case, with the lowercase words that
  qualify it — Ukrainian громада / територіальна громада / ОТГ / ТГ / старостинський округ / сільрада /
  селищна рада / старостат, Russian сельское поселение / городское поселение / муниципальный округ /
  городской округ / сельсовет / поссовет / волость: "Гайсинська громада", "Локницької громади", "Серовского
  городского округа", "Кутинського старостинського округу", "Гайсинської ОТГ". The noun alone ("громада
  вирішила", "в нашем поселении") is not a place.
* **Demonyms** made from a home place, any case and gender: тернополянин, омич, одессит, киянка, попаснянцам,
  переяславця, харьковчанка. The word's lemma, stripped of a demonym suffix (-анин/-янин/-чанин/-ич/-ит/-ец/
  -ець and their feminine and plural forms), must give back a settlement of the shared gazetteer
  (Тернопіль, Омск, Одесса, Київ, Попасна ...), so occupational nouns (боец, продавец, кузнец) stay.

Known false positive: a capitalised surname-shaped adjective before "округ" in a military context ("Южного
округа") is excluded by a national/military list, but an unfamiliar one may still be read as a place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.gazetteer import place_gazetteer
from redact.recognizers.nlp.places import is_known_place

__all__ = ["MunicipalRecognizer", "demonym_place", "place_from_stem"]

_CAP_ADJ = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*"
_QUAL = (
    r"(?:(?:сільськ|селищн|міськ|територіальн|об['’ʼ]єднан|сельск|городск|муниципальн|поселков|"
    r"старостинськ|міжселищн)\p{Ll}*\s+){0,2}"
)
_UNIT = (
    r"(?:громад(?:а|и|і|у|ою|о|е|ой)|ОТГ|ТГ|МТГ|СТГ|СелТГ|округ(?:а|у|е|ом|і)?|поселени(?:е|я|ю|ем|и)|"
    r"сільрад(?:а|и|і|у|ою)|селищрад(?:а|и|і|у|ою)|сельсовет(?:а|е|у|ом)?|поссовет(?:а|е|у|ом)?|"
    r"район(?:а|у|і|е|ом|ах)?|волост(?:ь|и|ью)|старостат(?:у|і|ом)?|рад(?:а|и|і|у|ою))(?![\p{L}])"
)
_UNIT_NAME = regex.compile(
    r"(?<![\p{L}-])(?P<v>(?:старостинськ\p{Ll}*\s+округ\p{Ll}*|(?:територіальн\p{Ll}*\s+)?громад(?:а|и|і|у|ою|о|е|ой)(?!\p{L})|"
    r"сельск\p{Ll}*\s+поселени\p{Ll}*|городск\p{Ll}*\s+поселени\p{Ll}*|муниципальн\p{Ll}*\s+(?:образовани|округ)\p{Ll}*|"
    rf"сільськ\p{{Ll}}*\s+рад\p{{Ll}}*|сельсовет\p{{Ll}}*)\s+[«\"]?(?:Город\s+|Село\s+)?{_CAP_ADJ}(?:[-\s]{_CAP_ADJ})?[»\"]?)",
    regex.V1,
)
_MUNICIPAL = regex.compile(rf"(?<![\p{{L}}-])(?P<v>{_CAP_ADJ}(?:\s+{_CAP_ADJ})?\s+{_QUAL}{_UNIT})", regex.V1)
# Place adjectives in a list sharing one plural unit noun: "з Коростишівської, Черняхівської та Вербівської громад".
_MUNICIPAL_LIST = regex.compile(
    rf"(?<![\p{{L}}-])(?P<v>{_CAP_ADJ}(?:(?:,\s*|\s+(?:і|й|та|и|или|або|чи)\s+){_CAP_ADJ}){{1,6}}\s+{_QUAL}"
    r"(?:громад|громадах|громадами|ОТГ|ТГ|МТГ|поселений|поселениях|округів|округов|округах|сільрад|сельсоветов|"
    r"районів|районов|районах|районами)(?![\p{L}]))",
    regex.V1,
)
_COUNCIL = regex.compile(r"(?:рад|совет|сільрад|селищрад)\p{Ll}*(?:\s|$)")
# "Рада" and "округ" alone are too common: they need a qualifier ("сільська рада", "городской округ").
_NEEDS_QUAL = regex.compile(r"(?:^|\s)(?:рад\p{Ll}*|округ\p{Ll}*)$")
_NOT_PLACE_ADJ = frozenset(
    """
    верховний верховный державний государственный федеральный національний национальный
    центральний центральный южный северный западный восточный южный південний північний західний східний
    московский московський київський киевский український украинский російський русский российский
    оперативний оперативный военный військовий
    """.split()
)
_WORD = regex.compile(r"(?<![\p{L}-])\p{L}[\p{Ll}'’ʼ]{3,}(?![\p{L}-])")
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
_COUNTRIES = frozenset(
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
    боец отец молодец конец купец певец гонец образец хитрец наглец мертвец храбрец удалец кузнец продавец
    покупатель жилец близнец делец пловец борец гребец беглец старец скупец творец вдовец стрелец иноземец
    иностранец чужестранец земляк землячка односельчанин односельчанка горожанин горожанка селянин селянка
    крестьянин крестьянка мещанин мещанка гражданин гражданка христианин христианка славянин славянка
    дворянин дворянка россиянин россиянка киянка-молоток египтянин парижанин англичанин датчанин
    боєць батько кінець молодець купець співець кравець жнець мрець різник
    українець росіянин росіянка білорус земляк землячка односельчанин односельчанка громадянин громадянка
    селянин селянка міщанин міщанка слов'янин християнин сельчанин сельчанка односельчанин односельчанка
    однополчанин однополчанка
    """.split()
)


class MunicipalRecognizer(SingleEntityRecognizer):
    """LOCATION in Russian and Ukrainian: municipal units with their place adjective, and home-place demonyms."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("ru", "uk")
    ENTITIES = ["LOCATION"]
    # A unit noun with its place adjective is a place beyond doubt: it outranks a person or call-sign reading of the
    # adjective ("з Народицької ТГ").
    UNIT_SCORE = 0.92
    # A council (сільська рада, сельсовет) is also the institution: the organisation reading may win.
    COUNCIL_SCORE = 0.85
    DEMONYM_SCORE = 0.7

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Municipal units and demonyms in ``text``."""
        if "LOCATION" not in entities:
            return []
        lang = self.supported_language
        out: list[RecognizerResult] = []
        for m in _MUNICIPAL.finditer(text):
            start = m.start("v")
            value = m.group("v")
            words = value.split()
            if len(words) > 2 and not _is_adjective(words[0], lang):
                # "Житель Кутинського старостинського округу": the unit starts at its adjective.
                start += value.index(words[1], len(words[0]))
                value = text[start : m.end("v")]
                words = words[1:]
            if morph.lemma(words[0], lang) in _NOT_PLACE_ADJ:
                continue
            if not _is_adjective(words[0], lang):
                continue
            if _NEEDS_QUAL.search(value) and len(words) < 3:
                continue  # "Гайсинська рада" is ambiguous; "Гайсинська сільська рада" is a place
            score = self.COUNCIL_SCORE if _COUNCIL.search(value) else self.UNIT_SCORE
            out.append(self._result(start, m.end("v"), score, "municipal unit"))
        for m in _MUNICIPAL_LIST.finditer(text):
            adjectives = regex.findall(rf"{_CAP_ADJ}", m.group("v"))
            if all(_is_adjective(a, lang) and morph.lemma(a, lang) not in _NOT_PLACE_ADJ for a in adjectives):
                out.append(self._result(m.start("v"), m.end("v"), self.UNIT_SCORE, "municipal units in a list"))
        for m in _UNIT_NAME.finditer(text):
            name = m.group("v").split()[-1].strip('«»"')
            person = morph.tag_share(name, lang) > 0.5 and not is_known_place(name, lang)
            if name.startswith(("Україн", "Украин", "Росі", "Росси")):
                continue  # "громадянка України": a country, not a unit
            if _sentence_initial(text, m.start("v") + m.group("v").rfind(name)) or person:
                continue  # "громада Іван ..." is a person after the word, not the unit's name
            score = self.COUNCIL_SCORE if _COUNCIL.search(m.group("v")) else self.UNIT_SCORE
            out.append(self._result(m.start("v"), m.end("v"), score, "municipal unit and its name"))
        for m in _WORD.finditer(text):
            word = m.group()
            # A capitalised word inside a sentence is more often a surname (Ковалец): only towns and cities.
            towns_only = word[:1].isupper() and not _sentence_initial(text, m.start())
            if demonym_place(word, lang, towns_only):
                out.append(self._result(m.start(), m.end(), self.DEMONYM_SCORE, "demonym of a home place"))
        return out


def _is_adjective(word: str, language: str) -> bool:
    if any(p.tag.POS == "ADJF" for p in morph.parses(word, language)[:3]):
        return True
    if morph.is_known(word, language) and morph.parses(word, language)[0].tag.POS in {"NOUN", "VERB", "NPRO"}:
        return False  # "Посадовцю громади": a dictionary noun, whatever its ending looks like
    return bool(regex.search(r"(?:ськ|цьк|ск|цк|ов|ев|ин)\p{Ll}{1,3}$", word))


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
        if regex.search(r"(?:[сц]ька|[сц]кая|[сц]ький|[сц]кий)$", lem):
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
        # "полтавка" ← Полтава: a bare feminine -ка only from a town or city, on a stem of five letters or more.
        if lem.endswith("ка") and len(lem) >= 7 and lem not in _NOT_DEMONYM and not adjectival:
            found = place_from_stem(lem[:-2], "ка", towns_only=True)
            if found:
                return found
    return ""


def _masculine_noun(word: str, language: str) -> bool:
    """Whether ``word`` is a common noun in its own dictionary form (the masculine of a feminine in -ка)."""
    return morph.is_known(word, language) and any(
        p.tag.POS == "NOUN" and str(p.normal_form) == word and not {"Name", "Surn", "Geox"} & set(p.tag.grammemes)
        for p in morph.parses(word, language)
    )


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].rstrip(" \t«\"'„“(—–-")
    return not before or before[-1] in ".!?…\n:"


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
        if guessed:
            cands += [b + "цк", b + "цьк", b + "ецк", b + "ецьк"]  # тихоре- ← Тихорецк
        # Regions: a doubled last consonant + -я (прикарпат- → Прикарпаття, поділ- → Поділля), or -щина
        # (слобожан- → Слобожанщина).
        cands += [b + b[-1] + "я", b + "щина"]
        if suffix in ("ич", "ичка"):
            cands += [b + "ск", b + "ськ"]
        i = b.rfind("о")
        if i > 0:
            alt = b[:i] + "і" + b[i + 1 :]
            cands += [alt + "ь", alt, alt + "ль"]  # тернопол- → Тернопіль
    if _COUNTRIES & {c for b in bases for c in (b, b + "а", b + "я", b + "й", b + "ия", b + "ія", b + "ь", *cands)}:
        return ""  # a nationality (украинцы ← Украина, китаец ← Китай), not a home place
    gaz = place_gazetteer()
    for c in cands:
        if len(c) < 4:
            continue
        title = c[:1].upper() + c[1:]
        entries = gaz.get(title)
        if entries and not all("ambiguous" in e.flags for e in entries):
            # A town, a city, or (not from a guessed stem) a region: закарпатець ← Закарпаття.
            if any(e.kind in {"city", "town"} or (not guessed and e.kind.startswith("region")) for e in entries) or (
                len(c) >= 6 and not towns_only
            ):
                return title
    return ""
