"""Street addresses in Latin script: Russian and Ukrainian street types transliterated, and English ones.

The same grammar as :mod:`redact.recognizers.street_address`, with the transliterated forms: a **street type**
(ul., ulitsa, vul., vulytsia, pr-t, pr-kt, prosp., prospekt, per., pereulok, prov., provulok, sh., shosse,
b-r, bul., bulv., bulvar, all., al., alleya, aleya, nab., naberezhnaya, pl., ploshchad, ploshcha, maidan,
uzviz, tup., tupik, proezd, proyizd, mkr., mikrorayon) before or after a **name** (Title-case words,
initials, "8 Marta", "50-letiya Oktyabrya"), then the **house** ("5", "d. 5", "bud. 12", "house 7",
"No. 3", "14-22"), **building** (korp., k., bldg, building, str.) and **flat** (kv., apt, apartment, flat,
office). English order is covered too: "12 Sadovaya Street, apt 4", "Sadovaya St. 5, Building 2, Apt 7".

A type word alone ("the street", "on the avenue") is not an address.
Known false positive: "pl." and "al." before a Title-case word in a bibliography ("al. Smith") are read as
street types; "et al." is excluded.
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern

__all__ = ["LatinStreetAddressRecognizer"]

_ABBR = (
    r"(?:[Uu]l\.|[Vv]ul\.|[Pp]r-k?t\.?|[Pp]rosp\.|[Pp]r\.|[Pp]er\.|[Pp]rov\.|[Ss]h\.|[Bb]-r\.?|[Bb]ul\.|[Bb]ulv\.|"
    r"[Aa]ll\.|[Aa]l\.|[Nn]ab\.|[Pp]l\.|[Tt]up\.|[Pp]r-d\.?|[Mm]kr\.|[Mm]krn\.|[Kk]v-l\.?)"
)
_WORDS = (
    r"(?:[Uu]litsa|[Uu]litsy|[Uu]litse|[Uu]litsu|[Vv]ulytsi?a|[Vv]ulytsya|[Vv]ulitsa|[Vv]ulytsi|[Pp]rospe[ck]t|"
    r"[Pp]ereulok|[Pp]rovulok|[Ss]hosse|[Ss]hose|[Bb]ul'?var|[Bb]ulvar|[Aa]lleya|[Aa]leya|[Nn]aberezhnaya|"
    r"[Nn]aberezhna|[Pp]loshchad|[Pp]loshcha|[Pp]loschad|[Mm]aid[ae]n|[Mm]ayd[ae]n|[Uu]zviz|[Tt]upik|[Tt]upyk|"
    r"[Pp]roezd|[Pp]royezd|[Pp]roizd|[Pp]roiizd|[Mm]ikrora[iy]on|[Mm]ikroraion|[Kk]vartal|[Tt]rakt)"
)
_ENGLISH = (
    r"(?:Street|St\.|st\.|Str\.|Avenue|Ave\.?|Prospekt|Prospect|Lane|Boulevard|Blvd\.?|Square|Sq\.|Embankment|"
    r"Highway|Road|Rd\.?|Alley|Passage|Drive|Dr\.|Descent|Microdistrict|Micro-district|Quarter|Driveway|"
    r"street|avenue|lane|boulevard|embankment|highway|alley|passage|descent|microdistrict)"
)
_TYPE = rf"(?:{_ABBR}|{_WORDS}(?![\w-]))"
_CAP = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"
_INITIALS = r"(?:\p{Lu}\.\s?){1,2}"
_NAME = (
    rf"(?:(?:im\.|imeni|imeny)\s+)?(?:\d{{1,3}}(?:-?(?:go|ya|y|iy|oy|a|letiya|richchia|richchya|rokiv))?\s+)?"
    rf"(?:{_INITIALS})?{_CAP}(?:\s+(?:{_INITIALS})?{_CAP}){{0,2}}"
)
_NUM = r"\d{1,4}(?:[A-Za-z](?![\p{L}]))?(?:\s?/\s?\d{1,4}[A-Za-z]?)?(?:\s?-\s?\d{1,4}(?!\d))?"
_HOUSE = (
    rf"(?:,?\s*(?:d\.|dom|bud\.|budynok|house|building|bldg\.?|No\.?|no\.|#|№)\s*{_NUM}"
    rf"|,\s*{_NUM}(?![\d.,]\d)|\s+{_NUM}(?=[,.;:)\s]|$))"
)
_PART = (
    rf"(?:,?\s*(?:korp\.|korpus|k\.|bldg\.?|[Bb]uilding|str\.|stroenie|[Ee]ntrance|pod\.|kv\.|kv|[Aa]pt\.?|"
    rf"[Aa]partment|[Ff]lat|[Oo]ffice|of\.|[Rr]oom|[Bb]lock|[Ff]loor|[Kk]vartira|[Kk]v-ra|[Dd]om)\s*{_NUM})"
)
_ADJ = (
    r"(?:\d{1,3}(?:-?(?:ya|y|iy|a))?\s+)?\p{Lu}[\p{Ll}'’-]+"
    r"(?:aya|yaya|iy|yy|y|oy|oye|oe|aia|ska|tska|skyi|skyy|ska|a|e|o)"
)


class LatinStreetAddressRecognizer(RegexRecognizer):
    """LOCATION: transliterated and English street addresses, type + name + house + building + flat."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["LOCATION"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        # "ul. Lenina 5", "vul. T. Shevchenka, 12, kv. 4", "pr-t 50-letiya Oktyabrya, 14-22", "all. Geroev 3".
        compile_pattern("type_name", rf"(?<![\w.-])(?P<v>{_TYPE}\s*(?:{_NAME})(?:{_HOUSE})?{_PART}*)", 0.8),
        # "Sadovaya ul., 5", "Leningradsky pr-t 12", "Moskovskoye sh. 22", "Pochtovy pereulok, 5/1".
        compile_pattern("name_type", rf"(?<![\w-])(?P<v>{_ADJ}\s+{_TYPE}(?:{_HOUSE})?{_PART}*)", 0.75),
        # "12 Sadovaya Street, apt 4", "Sadovaya Street 12, Building 2, Apt 7".
        compile_pattern(
            "english",
            rf"(?<![\w.,-])(?P<v>(?:{_NUM},?\s+)?(?:{_INITIALS})?{_CAP}(?:\s+{_CAP})?\s+{_ENGLISH}(?:{_HOUSE})?{_PART}*)",
            0.7,
        ),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """An English street needs a number or a Russian-shaped name; "et al." is not an alley."""
        value = text[start:end]
        if text[max(0, start - 3) : start].endswith("et "):
            return False
        if pattern.name == "english":
            has_number = any(ch.isdigit() for ch in value)
            first = value.split()[0]
            # "Wall Street", "Main Street" stay unless numbered or Russian-shaped ("Sadovaya", "Lenina").
            return has_number or first.endswith(("aya", "aia", "ya", "ogo", "ina", "ova", "eva", "skogo", "ka"))
        if pattern.name == "name_type":
            return any(ch.isdigit() for ch in value) or not value[:1].isdigit()
        return True
