"""Identifying places in English by their shape and cue, beyond what spaCy tags.

* settlements after a type word: "the village of Sosnovy Log", "stanitsa of X", and a transliterated type
  word before the name ("stanitsa Veshenskaya", "smt Kedrivka", "s. Lisove");
* administrative units: "Irkutsk region", "Zabaykalsky Krai", "Aginsky district";
* the town of a wire story's dateline ("GAI, Russia, March 9 (Reuters) -");
* origins and homes after a cue: "back home in X", "I'm from X", "born in X",
  "his mother in X", "garrison is in X", and a Title-case place after a bare
  "from" (low score); "a native of X" (the cue outside the span) and "an X native" (the noun phrase whole);
* (street addresses are :mod:`redact.recognizers.street_address`, the one address grammar);
* penal colonies and remand prisons that identify convicted recruits: "IK-3", "SIZO-1".

Places named only as places of fighting are kept by the policy allow list, not here.
Known false positive: "from Monday"-style phrases are skipped by a stop list,
but a brand or organisation after "from" ("from Gazprom") is tagged LOCATION.
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._names import TITLE_WORD, NamePattern, RegexRecognizer, compile_pattern, is_not_name

# A Title-case word that is not a sentence-initial function word; places may have up to three words.
_STOPCAP = (
    r"(?:The|A|An|In|At|On|From|To|Of|And|Or|But|Our|My|His|Her|Their|Your|This|That|It|He|She|We|They|I|"
    r"Military|Southern|Northern|Eastern|Western|Central|Federal|Special|Operational|Every|Each|Which|What)"
)
_W = rf"(?!{_STOPCAP}\b){TITLE_WORD}"
# The words of one place name stand on one line: "village of Stepove\nEducation: ..." is Stepove and a field label.
# A possessive only ends one, and its "'s" stays outside ("born in Kopeisk's old town"): in "Russia's Orenburg
# region", "Buryatia's Mukhorshibirsky District" the owner is context, not a word of the place's name.
_W_INNER = rf"(?!\p{{Lu}}\p{{Ll}}+['’]s\b){_W}"
# A numbered name is one name: the closed towns and garrisons "Krasnoyarsk-26", "Tomsk-7", "Bogashevo-2".
_NUMBERED = r"(?:-\d{1,3}(?![\d\p{L}]|[.,]\d))"
PLACE = rf"(?:{_W_INNER}[ \t]){{0,2}}(?:(?!{_STOPCAP}\b)\p{{Lu}}\p{{Ll}}+(?=['’]s\b)|{_W}{_NUMBERED}?)"
_ADMIN = (
    r"(?:[Rr]egion|[Oo]blast|[Kk]rai|[Kk]ray|[Dd]istrict|[Rr]aion|[Rr]ayon|[Rr]epublic|[Tt]erritory|[Pp]rovince|"
    # Tuva's districts and rural units (kozhuun, sumon) and Yakutia's (nasleg) as English keeps them
    r"[Oo]krug|[Aa]utonomous\s+[Oo]kr?ug|[Uu]lus|[Mm]unicipality|[Kk]ozhuun|[Kk]ozhun|[Ss]umon|[Nn]asleg)"
)
_ADMIN_PLURAL = r"(?:[Rr]egions|[Oo]blasts|[Dd]istricts|[Rr]aions|[Rr]ayons|[Pp]rovinces|[Kk]rais)"
_SETTLEMENT = (
    r"(?:village|town|city|settlement|hamlet|stanitsa|stanitsa|khutor|aul|ulus|township|farmstead|"
    r"urban-type\s+settlement|posyolok|selo|district|region|republic|oblast|krai)"
)
_CUE = (
    r"(?:home\s+(?:in|to)|(?:i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|we'?re|they'?re|was|were|is|are|"
    r"comes?|came|hails?|originally|guys?|lads?|boys?|one|man|men|friend|someone|everyone|people|all)\s+from|"
    r"native\s+of|born\s+in|(?:lives?|lived|living|live)\s+in|grew\s+up\s+in|buried\s+in|garrison(?:ed)?\s+(?:is\s+)?in|"
    r"(?:based|stationed|registered|deployed\s+from|recruited)\s+in|moved\s+to|(?:family|mother|mom|mum|mama|father|dad|"
    r"parents|wife|husband|relatives|sister|brother|kids|children|grandmother|grandma|granny)\s+(?:is\s+|are\s+|still\s+)?in|"
    r"(?:greetings|hello|regards)\s+to\s+(?:\w+\s+){0,3}in)"
)
# Words after "from" that are not places.
_NOT_PLACES = frozenset(
    """
    telegram whatsapp viber signal vk vkontakte instagram facebook twitter youtube tiktok odnoklassniki
    sber sberbank tinkoff google yandex avito ozon wildberries gosuslugi mir visa mastercard
    wagner akhmat storm wikipedia reuters tass ria bbc cnn rosgvardia rosgvardiya
    """.split()
)


class LocationPatternRecognizer(RegexRecognizer):
    """Settlements, regions, origins and penal colonies by pattern."""

    ENTITIES: ClassVar[list[str]] = ["LOCATION"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("settlement_of", rf"(?i:\b{_SETTLEMENT}\s+of\s+)(?P<v>{PLACE})", 0.75),
        # A transliterated settlement type before the name: "stanitsa Veshenskaya", "smt Kedrivka", "s. Lisove".
        compile_pattern(
            "settlement_type",
            rf"(?<![\w.'’])(?:[Ss]tanitsa|[Ss]tanytsia|[Kk]hutor|[Aa]ul|[Uu]lus|[Ss]elo|[Ss]elyshche|smt|SMT|pgt|PGT|"
            rf"[Pp]os[yi]?olok|[Pp]oselok|[Dd]erevnya|s\.|smt\.|pgt\.|pos\.|vil\.)\s+(?P<v>{PLACE})",
            0.75,
        ),
        compile_pattern("admin_unit", rf"\b(?P<v>{PLACE}\s+{_ADMIN})\b", 0.7),
        # A list of units sharing one plural noun: "the Solomianskyi and Darnytskyi districts", "Kyiv's Holosiivskyi,
        # Dniprovskyi, and Shevchenkivskyi districts", "Kherson and Zaporizhzhia oblasts"; each name is a place, the
        # commas, the "and" and the plural noun stay outside.
        compile_pattern(
            "admin_list", rf"\b(?P<v>{_W})(?=(?:,[ \t]+{_W})*,?[ \t]+and[ \t]+{_W}[ \t]+{_ADMIN_PLURAL}\b)", 0.7
        ),
        compile_pattern("admin_list_last", rf"\b{_W},?[ \t]+and[ \t]+(?P<v>{_W})(?=[ \t]+{_ADMIN_PLURAL}\b)", 0.7),
        compile_pattern("admin_of", rf"(?i:\b(?:republic|region|oblast)\s+of\s+)(?P<v>{PLACE})", 0.7),
        compile_pattern("cued_origin", rf"(?i:\b{_CUE}\s+(?:the\s+)?)(?P<v>{PLACE})", 0.6),
        # "a native of Irpin": the cue stays outside, as "born in" does; "the Kolomyia native" is one noun phrase,
        # withheld whole (the place word alone would leave "a <LOCATION> native").
        compile_pattern("native_of", rf"\b(?i:natives?\s+of)\s+(?:the\s+)?(?P<v>{PLACE})", 0.7),
        compile_pattern("place_native", rf"\b(?P<v>{PLACE}[\s-](?:born\s+)?natives?)\b", 0.65),
        compile_pattern("from_place", rf"\b[Ff]rom\s+(?:the\s+)?(?P<v>{PLACE})(?=[\s,.;:!?)\"”—–-]|$)", 0.45),
        # A Russian or Ukrainian street in translit with no street word, house and flat after it: "Gagarina 14-52",
        # "Sadovaya 3/17", "Shevchenka 21-4" (the genitive or adjective ending of a street name, and the flat, say it).
        compile_pattern(
            "street_house_flat",
            r"(?-i:(?<![\p{L}\d.-])(?P<v>\p{Lu}\p{Ll}{2,}(?:ina|yna|ova|eva|ogo|oho|aya|ska|ka|na|ya|ia|oy)"
            r"\s\d{1,3}[A-Za-z]?[-/]\d{1,4})(?![\d/-]|\.\d))",
            0.7,
        ),
        # A wire story's dateline, where the reporter filed from: "GAI, Russia, March 9 (Reuters) -", "KOPEISK, Russia
        # (AP) —", "BILOZERKA, Ukraine —", "YEMANZHELINSK (AFP) -". The town in capitals at a line's start, then its
        # country or the agency, then the dash; a heading in capitals ("BOOK OF MEMORY — ...") has neither.
        compile_pattern(
            "dateline",
            r"^[ \t]*(?P<v>\p{Lu}[\p{Lu}'’.]+(?:[ -]\p{Lu}[\p{Lu}'’.]+){0,2})"
            r"(?:,[ \t]+(?:Russia|Ukraine|Belarus|Kazakhstan|Crimea|Moldova|Georgia)"
            r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
            r"(?:[ \t]+\((?:Reuters|AP|AFP|dpa|Interfax|RFE/RL|Bloomberg)\))?"
            r"|(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]+\((?:Reuters|AP|AFP|dpa|Interfax|RFE/RL|Bloomberg)\))"
            r"[ \t]*[-—–]",
            0.6,
        ),
        compile_pattern("penal_colony", r"\b(?P<v>(?:IK|SIZO|LIU|LIK|KP|IK-\d+/)\s?-\s?\d{1,3})\b", 0.75),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject kinship, function and brand words after a cue."""
        words = text[start:end].split()
        if pattern.name in {"native_of", "place_native"}:
            words = [w for w in words if w.lower() not in {"native", "natives", "of", "the", "born"}]
            if not words:
                return False
        if pattern.name == "settlement_type" and is_not_name(words[0]):
            return False  # "he's alive, s. Write ...": an order or a function word opening a sentence is no village
        if pattern.name in {"cued_origin", "from_place", "native_of", "place_native"}:
            first = words[0].casefold().rstrip("'’s")
            if first in _NOT_PLACES or is_not_name(words[0]):
                return False
            # "translated from Russian": languages and demonyms, not places.
            if len(words) == 1 and first.endswith(("ian", "ish", "ese", "ic", "ican", "ean")):
                return False
        if pattern.name == "admin_unit" and len(words) == 2 and words[1].islower():
            from redact.recognizers.spacy_ner import is_demonym

            if is_demonym(words[0]):
                return False  # "on Ukrainian territory", "a Russian region": a country's adjective, no unit's name
        return bool(words)
