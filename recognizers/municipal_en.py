"""Municipal units and home-place words in English, as LOCATION: "Haisyn hromada", "a Tomsk native".

* **Municipal units**: a Title-case name + (urban / rural / settlement / territorial / amalgamated) +
  hromada, community, starosta district, starostynskyi okrug, rural settlement, urban settlement, municipal
  district, urban district, village council, selsoviet, OTG / ATC: "the Haisyn territorial community",
  "Lokachi OTG", "Serov urban district";
* **natives and demonyms**: "a Tomsk native", "Tomsk-born", "Omsk native", "natives of Kupiansk",
  "a Ternopil resident", "residents of Haisyn". The place word is withheld, not "native".

Not places: "native speaker", "Native American", "the community said", "a local resident".
Known false positive: a Title-case surname before "resident" ("a Smith resident") is read as a place.
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern

__all__ = ["EnglishMunicipalRecognizer"]

_NOT = (
    r"(?:The|A|An|This|That|Our|His|Her|Their|Local|Every|Each|Some|Native|Russian|Ukrainian|American|"
    r"European|Soviet|National|State|Federal|Military|English|Russia|Ukraine|Many|Most|Former|Other|Another)"
)
_PLACE = rf"(?!{_NOT}\b)\p{{Lu}}[\p{{Ll}}'’]+(?:-(?!born\b)\p{{Lu}}?[\p{{Ll}}'’]+)*"
_QUAL = r"(?:(?:urban|rural|settlement|territorial|amalgamated|united|village|city|town|municipal)\s+){0,2}"
_UNIT = (
    r"(?:[Hh]romada|[Hh]romadas|[Cc]ommunity|[Ss]tarosta\s+[Dd]istrict|[Ss]tarostynskyi\s+[Oo]krug|"
    r"[Ss]tarostat|[Ss]ettlement|[Dd]istrict|[Oo]krug|[Vv]illage\s+[Cc]ouncil|[Ss]elsoviet|[Ss]elsovet|"
    r"OTG|ATC|ATG|TG)"
)


_CAPS_NOT_PLACE = frozenset(
    "LOCAL OUR WHOLE ENTIRE GREEK JEWISH CHECHEN TATAR ROMA MUSLIM CHRISTIAN ORTHODOX CATHOLIC VETERAN VETERANS"
    " DIASPORA EXPAT BUSINESS SCIENTIFIC INTERNATIONAL NATIONAL".split()
)
_CAPS_QUAL = r"URBAN|RURAL|SETTLEMENT|TERRITORIAL|AMALGAMATED|UNITED|VILLAGE|CITY|TOWN|MUNICIPAL"


class EnglishMunicipalRecognizer(RegexRecognizer):
    """LOCATION in English: municipal units and natives or residents of a named place."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["LOCATION"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern(
            "municipal_unit",
            rf"(?<![\w-])(?P<v>{_PLACE}(?:\s{_PLACE})?\s+(?:(?i:urban|rural|settlement|territorial|amalgamated|"
            rf"united|village|city|town|municipal)\s+){{1,2}}{_UNIT}|{_PLACE}(?:\s{_PLACE})?\s+(?:[Hh]romada|OTG|ATC|"
            r"[Ss]tarosta\s+[Dd]istrict|[Ss]tarostynskyi\s+[Oo]krug|[Ss]elsoviet|[Ss]elsovet))(?![\w-])",
            0.9,  # a place with its unit noun outranks a person reading of the place ("Zhmerynka hromada")
        ),
        # A heading in capitals: "BOOK OF MEMORY OF THE KEDRIVKA SETTLEMENT HROMADA": the name only.
        compile_pattern(
            "municipal_unit_caps",
            r"(?<![\w-])(?!(?:" + _CAPS_QUAL + r"|THE|OF|AND|FOR|BOOK|MEMORY|HEROES|IN|ON)\b)"
            r"(?P<v>\p{Lu}{3,}(?:-\p{Lu}{2,})*)(?=\s+(?:(?:" + _CAPS_QUAL + r")\s+){0,2}"
            r"(?:HROMADA|COMMUNITY|VILLAGE\s+COUNCIL|STAROSTA\s+DISTRICT|OTG|ATC)\b)",
            0.85,
        ),
        # "a Tomsk native", "the Ternopil resident", "Tomsk-born".
        compile_pattern(
            "native",
            rf"(?:\b(?:a|an|the|one|two|three|\d+)\s+|[\w,]\s+)(?P<v>{_PLACE}(?:\s{_PLACE})?(?:\s+(?:native|natives|"
            r"resident|residents)\b|-born\b))",
            0.65,
        ),
        # "the Haisyn community", "Pryazovska community": a bare community after a gazetteer place or an
        # adjective-shaped Ukrainian name (checked in accept).
        compile_pattern(
            "community",
            rf"(?<![\w-])(?P<v>{_PLACE}\s+(?:[Cc]ommunity|[Hh]romada|[Mm]unicipality))(?![\w-])",
            0.9,
        ),
        # "a native of Tomsk", "residents of Haisyn", "hailing from Omsk".
        compile_pattern(
            "native_of",
            rf"\b(?:native|natives|resident|residents|inhabitant|inhabitants|hailing\s+from)\s+of\s+(?P<v>{_PLACE}"
            rf"(?:\s{_PLACE})?)",
            0.65,
        ),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Keep places; drop languages and nationalities ("a Russian native speaker", "Georgian-born")."""
        words = text[start:end].split()
        if not words:
            return False
        if pattern.name == "community":
            word = words[0]
            if word.endswith(("ska", "tska", "zka", "ivska", "ynska")):
                return True
            from redact.recognizers.nlp.gazetteer import place_gazetteer

            return bool(place_gazetteer().get(word))
        if pattern.name == "municipal_unit_caps":
            # "THE UKRAINIAN COMMUNITY", "OUR LOCAL COMMUNITY": a people or a word, not a place
            word = words[0]
            return not word.endswith(("IAN", "ISH", "ESE", "ICAN")) and word not in _CAPS_NOT_PLACE
        if pattern.name == "native":
            after = text[end : end + 24].lstrip()
            if after.startswith(("native speaker", "native-speaker", "native language", "native tongue")):
                return False
            # Nationalities and languages: "a Georgian native", "Belarusian-born".
            return not words[0].endswith(("ian", "ish", "ese", "ic"))
        return True
