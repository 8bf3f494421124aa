"""Municipal units and home-place demonyms in Russian and Ukrainian, as LOCATION.

* **Municipal units**: a place adjective (or name) + the unit noun in any case, with the lowercase words that
  qualify it — Ukrainian громада / територіальна громада / ОТГ / ТГ / старостинський округ / сільрада /
  селищна рада / старостат, Russian сельское поселение / городское поселение / муниципальный округ /
  городской округ / сельсовет / поссовет / волость: "Гайсинська громада", "Локницької громади", "Серовского
  городского округа", "Кутинського старостинського округу", "Гайсинської ОТГ". The noun alone ("громада
  вирішила", "в нашем поселении") is not a place. Russian abbreviations МО, ГО, МР, СП, ГП and "р-н" take a
  place-shaped adjective (-ского/-цкого ...: "Михайловского МО", "Североуральского ГО"; not "Совместное СП");
  the slash abbreviations с/р, с/рада, с/с, с/п, с/о take any place adjective ("Вербівської с/р", "Кедровского с/с");
  a list of adjectives may follow a town ("ВК г. Чернушка, Чернушинского и Куединского р-нов"), and a hashtag
  may glue the noun on ("#Дигорскийрайон").
* **Demonyms** made from a home place, any case and gender: тернополянин, омич, одессит, киянка, попаснянцам,
  переяславця, харьковчанка. The word's lemma, stripped of a demonym suffix (-анин/-янин/-чанин/-ич/-ит/-ец/
  -ець and their feminine and plural forms), must give back a settlement of the shared gazetteer
  (Тернопіль, Омск, Одесса, Київ, Попасна ...), so occupational nouns (боец, продавец, кузнец) stay.

Known false positive: a capitalised surname-shaped adjective before "округ" in a military context ("Южного
округа") is excluded by a national/military list, but an unfamiliar one may still be read as a place.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.demonyms import demonym_of_named, demonym_place, place_from_stem
from redact.recognizers.nlp.places import is_known_place
from redact.recognizers.nlp.sentences import sentence_initial

__all__ = ["MunicipalRecognizer", "demonym_place", "place_from_stem"]

_CAP_ADJ = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*"
_QUAL_WORD = (
    r"(?:сільськ|селищн|міськ|територіальн|об['’ʼ]єднан|сельск|городск|муниципальн|поселков|"
    r"старостинськ|міжселищн)\p{Ll}*"
)
_QUAL = rf"(?:{_QUAL_WORD}\s+){{0,2}}"
_QUALIFIER = regex.compile(_QUAL_WORD)
_UNIT = (
    r"(?:громад(?:а|ы|и|і|у|ою|о|е|ой)|ОТГ|ТГ|МТГ|СТГ|СелТГ|округ(?:а|у|е|ом|і)?|окрузі|поселени(?:е|я|ю|ем|и)|"
    r"сільрад(?:а|и|і|у|ою)|селищрад(?:а|и|і|у|ою)|сельсовет(?:а|е|у|ом)?|поссовет(?:а|е|у|ом)?|"
    r"район(?:а|у|і|е|ом|ах)?|кожуун(?:а|е|у|ом|і)?|улус(?:а|е|у|ом|і)?|волост(?:ь|и|ью)|старостат(?:у|і|ом)?|"
    r"рад(?:а|и|і|у|ою)|"
    # Russian municipal abbreviations: муниципальный округ/образование, городской округ, муниципальный район,
    # сельское/городское поселение ("Михайловского МО", "Североуральского ГО", "Кизильского МР"), "р-н"
    r"МО|ГО|МР|СП|ГП|р-н(?:а|е|у|ом)?|"
    # a council's or a rural settlement's slash abbreviation: "Кедрівської с/р", "Кедровского с/с", "Кедровского с/п"
    r"с/р(?:ади)?|с/рад[аиі]|с/с|с/п|с/о)(?![\p{L}])"
)
_UNIT_NAME = regex.compile(
    r"(?<![\p{L}-])(?P<v>(?:старостинськ\p{Ll}*\s+округ\p{Ll}*|(?:територіальн\p{Ll}*\s+)?громад(?:а|ы|и|і|у|ою|о|е|ой)(?!\p{L})|"
    # the kind of a unit opening a line in capitals too: "Сельское поселение Кутлушкинское"
    r"[сС]ельск\p{Ll}*\s+поселени\p{Ll}*|[гГ]ородск\p{Ll}*\s+поселени\p{Ll}*|"
    r"[мМ]униципальн\p{Ll}*\s+(?:образовани|округ)\p{Ll}*|"
    rf"[сС]ільськ\p{{Ll}}*\s+рад\p{{Ll}}*|сельсовет\p{{Ll}}*)\s+[«\"]?(?:Город\s+|Село\s+)?{_CAP_ADJ}(?:[-\s]{_CAP_ADJ})?[»\"]?)",
    regex.V1,
)
_MUNICIPAL = regex.compile(rf"(?<![\p{{L}}-])(?P<v>{_CAP_ADJ}(?:\s+{_CAP_ADJ})?\s+{_QUAL}{_UNIT})", regex.V1)
# Place adjectives in a list sharing one plural unit noun: "з Коростишівської, Черняхівської та Вербівської громад".
_MUNICIPAL_LIST = regex.compile(
    rf"(?<![\p{{L}}-])(?P<v>{_CAP_ADJ}(?:(?:,\s*|\s+(?:і|й|та|и|или|або|чи)\s+){_CAP_ADJ}){{1,6}}\s+{_QUAL}"
    r"(?:громад|громадах|громадами|ОТГ|ТГ|МТГ|поселений|поселениях|округів|округов|округах|сільрад|сельсоветов|"
    r"районів|районов|районах|районами|р-нов|р-нах|кожуунов|кожуунах|улусов|улусах)(?![\p{L}]))",
    regex.V1,
)
_ABBR_UNIT = regex.compile(r"\s(?:МО|ГО|МР|СП|ГП)$")
# A lowercase word after a unit's name, and the nouns of a wider area an adjective there qualifies instead.
_NEXT_LOWER = regex.compile(r"[ \t]+(\p{Ll}+)")
_AREA_NOUN = regex.compile(r"(?:област|район|округ|кра[юяйї]|краї)\p{Ll}*$")
# An abbreviation's dot before a word ("с. Озерне", "м. Вільне", "пгт. Новое") ends no sentence.
_ABBREVIATION_BEFORE = regex.compile(r"(?<![\p{L}])\p{L}{1,4}\.[ \t]*\Z")
# The suffix of an adjective made from a place name, any ending: "Гайсинська", "Криворізької", "Серовского".
_PLACE_SUFFIX = regex.compile(r"(?:ськ|цьк|зьк|ск|цк)\p{Ll}{1,3}$")
_PLACE_ADJ_SHAPE = regex.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ое)$")
_COUNCIL = regex.compile(r"(?:рад|совет|сільрад|селищрад|с/р|с/с)\p{Ll}*(?:\s|$)")
# "Рада" and "округ" alone are too common: they need a qualifier ("сільська рада", "городской округ").
_NEEDS_QUAL = regex.compile(r"(?:^|\s)(?:рад\p{Ll}*|окру[гз]\p{Ll}*)$")
_NOT_PLACE_ADJ = frozenset(
    """
    верховний верховный державний государственный федеральный національний национальный
    центральний центральный южный северный западный восточный южный південний північний західний східний
    московский московський київський киевский український украинский російський русский российский
    оперативний оперативный военный військовий
    """.split()
)
_WORD = regex.compile(r"(?<![\p{L}-])\p{L}[\p{Ll}'’ʼ]{3,}(?![\p{L}-])")


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
        out = self._units(text, lang)
        readable = _title_capitals(_HASHTAG.sub(lambda m: m.group().replace("_", " "), text))
        if readable != text:
            # "КНИГА ПАМЯТИ КЕДРОВСКОГО РАЙОНА" (a heading in capitals), "#Кедровский_район" (a hashtag)
            out += self._units(readable, lang)
        for m in _GLUED_TAG.finditer(text):
            if _is_adjective(m.group("adj"), lang) and morph.lemma(m.group("adj"), lang) not in _NOT_PLACE_ADJ:
                out.append(self._result(m.start("v"), m.end("v"), self.UNIT_SCORE, "municipal unit in a hashtag"))
        for m in _MUNICIPAL_LIST.finditer(text, overlapped=True):  # "г. Чернушка, Чернушинского и ..."
            adjectives = regex.findall(rf"{_CAP_ADJ}", m.group("v"))
            if all(_is_adjective(a, lang) and morph.lemma(a, lang) not in _NOT_PLACE_ADJ for a in adjectives):
                out.append(self._result(m.start("v"), m.end("v"), self.UNIT_SCORE, "municipal units in a list"))
        for m in _UNIT_NAME.finditer(text):
            name = m.group("v").split()[-1].strip('«»"')
            person = morph.tag_share(name, lang) > 0.5 and not is_known_place(name, lang)
            if name.startswith(("Україн", "Украин", "Росі", "Росси")):
                continue  # "громадянка України": a country, not a unit
            if sentence_initial(text, m.start("v") + m.group("v").rfind(name)) or person:
                continue  # "громада Іван ..." is a person after the word, not the unit's name
            nxt = _NEXT_LOWER.match(text, m.end("v"))
            if nxt is not None and _is_adjective(name, lang) and _AREA_NOUN.match(nxt.group(1)):
                continue  # "громади Сумської області": the adjective names the region after it, not the unit
            score = self.COUNCIL_SCORE if _COUNCIL.search(m.group("v")) else self.UNIT_SCORE
            out.append(self._result(m.start("v"), m.end("v"), score, "municipal unit and its name"))
        for m in _PEOPLE_OF.finditer(text):
            # "как там наши агинские?", "привет вашим курским": a place adjective standing for its people
            if place_from_stem(m.group("stem").lower(), "ский", towns_only=True):
                out.append(self._result(m.start("v"), m.end("v"), self.DEMONYM_SCORE, "people named by their place"))
        for m in _WORD.finditer(text):
            word = m.group()
            # A capitalised word inside a sentence is more often a surname (Ковалец): only towns and cities.
            towns_only = word[:1].isupper() and not sentence_initial(text, m.start())
            if _inanimate_word(word, lang):
                continue  # "на лівій лопатці": the dictionary's inanimate noun, no people of a place
            if demonym_place(word, lang, towns_only) or demonym_of_named(word, lang, text):
                out.append(self._result(m.start(), m.end(), self.DEMONYM_SCORE, "demonym of a home place"))
        return out

    def _units(self, text: str, lang: str) -> list[RecognizerResult]:
        """A place adjective (or two) and its unit noun: "Серовского городского округа", "Гайсинська громада"."""
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
            if (
                len(words) > 2
                and morph.lemma(words[0], lang) in _NOT_PLACE_ADJ
                and _is_adjective(words[1], lang)
                and not _QUALIFIER.fullmatch(words[1].lower())
            ):
                # "п. Южный Березовского МО": a village whose name is a plain adjective, then its unit
                start += value.index(words[1], len(words[0]))
                value = text[start : m.end("v")]
                words = words[1:]
            if morph.lemma(words[0], lang) in _NOT_PLACE_ADJ or _QUALIFIER.fullmatch(words[0].lower()):
                continue  # "Администрация сельского поселения": a unit's kind with no name of its own is no place
            if not _is_adjective(words[0], lang):
                continue
            if (
                sentence_initial(text, start)
                and _ABBREVIATION_BEFORE.search(text, max(0, start - 12), start) is None
                and not _PLACE_SUFFIX.search(words[0])
            ):
                # "Прикордонні громади ...", "Прифронтовые поселения ...": a common adjective capitalised only by
                # the sentence it opens; a unit's place adjective is made from its town (-ськ-, -цьк-, -ск-)
                continue
            if _ABBR_UNIT.search(value) and not _PLACE_ADJ_SHAPE.search(words[-2]):
                continue  # "Совместное СП", "Наш МО": an abbreviation names a unit only after a place adjective
            if _NEEDS_QUAL.search(value) and len(words) < 3:
                continue  # "Гайсинська рада" is ambiguous; "Гайсинська сільська рада" is a place
            score = self.COUNCIL_SCORE if _COUNCIL.search(value) else self.UNIT_SCORE
            out.append(self._result(start, m.end("v"), score, "municipal unit"))
        return out


# A plural place adjective used as a noun after a possessive: "наши агинские", "вашим курским" (no noun after it).
_PEOPLE_OF = regex.compile(
    r"(?<![\p{L}-])(?:наши|ваши|мои|твои|свои|наших|ваших|моих|своих|нашим|вашим|нашими|вашими)\s+"
    r"(?P<v>(?P<stem>\p{Ll}{3,})(?:с|ц)к(?:ие|их|им|ими))(?=\s*(?:[?!.,;:—–)]|$))",
    regex.V1,
)
_HASHTAG = regex.compile(r"(?<![\w#])#\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+")
# A hashtag that glues the unit noun to its place adjective: "#Дигорскийрайон", "#КизильскийРайон".
_GLUED_TAG = regex.compile(
    r"(?<![\w#])#(?P<v>(?P<adj>\p{Lu}\p{Ll}+(?:ий|ый|ой|ая|ое))(?:[Рр]айон|[Оо]круг|[Уу]лус|[Кк]ожуун))(?![\p{L}\d_])",
    regex.V1,
)
# Two or more words in capitals (a memory book's heading, a list's title): read as ordinary case, letter for letter.
_CAPITALS_RUN = regex.compile(r"(?<![\p{L}-])\p{Lu}{3,}(?:-\p{Lu}{2,})*(?:\s+\p{Lu}{3,}(?:-\p{Lu}{2,})*)+(?![\p{L}-])")
_LOWER_UNIT = regex.compile(rf"{_UNIT}|{_QUAL_WORD}", regex.V1)


def _title_capitals(text: str) -> str:
    """``text`` with every run of capitalised words written as a sentence would ("КЕДРОВСКОГО РАЙОНА" → "Кедровского
    района"): a unit noun in lower case, other words with a capital (the same length, so offsets stay)."""
    if _CAPITALS_RUN.search(text) is None:
        return text

    def title(run: regex.Match[str]) -> str:
        def word(w: regex.Match[str]) -> str:
            found: str = w.group()
            if _LOWER_UNIT.fullmatch(found.lower()):
                return found.lower()
            return "-".join(part[:1] + part[1:].lower() for part in found.split("-"))

        titled: str = regex.sub(r"[\p{L}-]+", word, run.group())
        return titled

    out: str = _CAPITALS_RUN.sub(title, text)
    return out


_PROPER = frozenset({"Surn", "Name", "Geox", "Patr"})
_SURNAME_ADJ = regex.compile(r"(?:[сц]к|[сцз]ьк)(?:ий|ой|ая|ого|ому|ом|ую|ою|ій|ої|ою|ім|а|у|і)$")


def _is_adjective(word: str, language: str) -> bool:
    if any("Apro" in p.tag.grammemes for p in morph.parses(word, language)[:1]):
        return False  # a pronoun's adjective names no place: "Наш район", "Весь район", "Цей округ"
    if any(p.tag.POS == "ADJF" for p in morph.parses(word, language)[:3]):
        return True
    if (
        "-" not in word
        and morph.is_known(word, language)
        and morph.parses(word, language)[0].tag.POS in {"VERB", "NPRO"}
    ):
        return False
    if _SURNAME_ADJ.search(word) and any("Surn" in p.tag.grammemes for p in morph.parses(word, language)):
        return True  # "Маяковской сельской громады": a surname-shaped adjective before the unit noun is its place
    if "-" not in word and morph.is_known(word, language) and "anim" in morph.parses(word, language)[0].tag:
        return False  # "Посадовцю громади": a person's noun, whatever its ending looks like
    if (
        "-" not in word
        and morph.is_known(word, language)
        and all(p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes for p in morph.parses(word, language))
    ):
        return False  # "Новини Бурштинської громади": a common noun, whatever its ending looks like
    return bool(regex.search(r"(?:ськ|цьк|ск|цк|ов|ев|ин)\p{Ll}{1,3}$", word))


def _inanimate_word(word: str, language: str) -> bool:
    """A word the dictionary knows only as inanimate nouns ("лопатці" ← лопатка): a demonym names people."""
    if not morph.is_known(word.lower(), language):
        return False
    ps = morph.parses(word.lower(), language)
    return bool(ps) and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in ps)
