"""English rendering of a fitted replacement: articles (a generalised replacement's own article takes the place of
the text's, "a"/"an" agree with what follows, a possessive drops it), a settlement rendered as the kind of place it
is in its slot ("the village of [name withheld]", "he's from a village"), a unit's name or number beside the noun
that says what it is, an institution's name after its kind noun, a place used before a noun ("a Donetsk Oblast
family") and a date of birth generalised to its year ("born in 1995").

:func:`render` is what :func:`redact.fit.fit` asks of this module for each English replacement; the rest are its
parts, and :func:`article_for` is also used by the generalisers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from redact.fit.bounds import CYR_LETTER, LAT_LETTER, YEAR, Relabel, region_follows
from redact.recognizers.nlp.numbers import DOB_MARKER_ABBREVIATION, DOB_MARKER_WORD

if TYPE_CHECKING:
    from redact.resolve import Replacement

_DET = regex.compile(r"(?i)(?<![\p{L}\p{N}'’ʼ-])(the|a|an)([ \t]+)$")
_POSS = regex.compile(
    r"(?i)(?:(?<![\p{L}'’-])(?:my|our|your|his|her|their|its|this|these|those|whose|every|each|any|no|another)"
    r"|\p{L}['’]s|\p{L}s['’])[ \t]+$"
)
_OF_PLACE = regex.compile(
    r"(?i)(?<![\p{L}'’-])(the|a)[ \t]+(?:village|town|city|settlement|hamlet|region|oblast|district)[ \t]+of[ \t]+$"
)
_OWN_ART = regex.compile(r"(the|a|an) ", regex.IGNORECASE)


def article_for(phrase: str) -> str:
    """ "a" or "an" before ``phrase``, by the sound of its first word (an hour, a unit, an 8, an MP)."""
    m = regex.match(r"[\p{L}\p{N}]+", phrase.lstrip("[<(\"'«“"))
    if not m:
        return "a"
    word = m.group(0)
    if word[0].isdigit():
        return "an" if regex.match(r"8|1[18](?!\d)|1[18]\d{3}(?!\d)", word) else "a"
    if len(word) > 1 and word.isupper():  # an acronym is read letter by letter: an MP, a UN report
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low.startswith(("hour", "honest", "honor", "honour", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe", "one", "once", "ukr", "ufa")):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


def _like(model: str, word: str) -> str:
    """``word`` with ``model``'s capitalisation (The → A, THE → A, the → a)."""
    if model[:1].isupper():
        return word.upper() if len(model) > 1 and model.isupper() and len(word) > 1 else word[:1].upper() + word[1:]
    return word.lower()


_PLACE_PHRASE = regex.compile(r"an? (?:village|town|city|large city|place|region) (?:in|of) (?:the )?(?P<where>.+)")


def _attributive(new: str, before: str, after: str) -> str:
    """ "a Kramatorsk family" → "a Donetsk Oblast family": a place used before a noun keeps only its region."""
    nxt = regex.match(r" (\p{Ll}+)", after)
    if not nxt or nxt.group(1) in _FUNCTION_WORDS:
        return new  # "in the Samara region and works": no noun follows, the place is no attribute
    if not (_DET.search(before) or _POSS.search(before)) and not (
        # a headline's or a sentence's first words: "Smolensk soldier's call shows ...", "Kursk mother writes"
        (not before.strip() or regex.search(r"(?:^|[:.!?…—–\"“'‘«]|--)[ \t]*$", before))
        and (regex.match(r" \p{Ll}+['’]s(?![\p{L}])", after) or _PEOPLE_NOUN.match(nxt.group(1)))
    ):
        return new
    m = _PLACE_PHRASE.fullmatch(new)
    where = m.group("where") if m else "local"
    where = _DEMONYM.get(where, where)  # "a Russia family" → "a Russian family"
    if not (_DET.search(before) or _POSS.search(before)) and _PLURAL_PEOPLE.match(nxt.group(1)):
        return where  # "Lipovka residents voted" → "Kurgan region residents voted": a plural takes no article
    return article_for(where) + " " + where


# People a place is said of before a verb, headline style ("Smolensk soldier says", "Kursk mother writes").
_PEOPLE_NOUN = regex.compile(
    r"(?:soldier|serviceman|servicemen|conscript|recruit|volunteer|man|men|woman|women|mother|father|wife|widow|"
    r"family|families|son|daughter|resident|residents|teacher|driver|prisoner|convict|fighter|veteran)s?$"
)
_PLURAL_PEOPLE = regex.compile(r"(?:men|women|people|\p{Ll}+[^s']s)$")
_FUNCTION_WORDS = frozenset(
    "and or but nor so yet where which who whom whose that when while as if than to in on at of for with from by "
    "into onto near after before since until about is was were are be been has had have said says did does do "
    "will would could should may might can must not".split()
)
_DEMONYM = {"Russia": "Russian", "Ukraine": "Ukrainian", "Belarus": "Belarusian", "Kazakhstan": "Kazakh"}


# A determiner and a modifier before the replacement ("the so-called", "the former", "its local"): the replacement's
# own article would stand inside the noun phrase, so it goes.
_PREMODIFIED = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:the|this|that|these|those|its|their|his|her|our|my|your)[ \t]+"
    r"(?:so-called|self-styled|self-proclaimed|former|then|now-defunct|same|new|old|local|nearby|neighbouring|"
    r"neighboring|notorious|infamous|aforementioned|above-mentioned|occupied|abandoned|captured|ruined|"
    r"\p{Ll}+-called)[ \t]+$"
)


def _english_article(text: str, lo: int, start: int, new: str) -> tuple[int, str]:
    """The replacement's start and text once the article before it and its own agree (see module docstring)."""
    before = text[lo:start]
    own = _OWN_ART.match(new)
    place = _OF_PLACE.search(before) if own else None
    if place:  # "the village of Ivanovka" → "a village in the Saratov region"
        return lo + place.start(), _like(place.group(1), own.group(1)) + new[len(own.group(1)) :]
    det = _DET.search(before)
    if own and _PREMODIFIED.search(before):  # "the so-called local council", never "the so-called a local council"
        return start, new[own.end() :]
    if det and own:  # the replacement's article replaces the text's
        return lo + det.start(), _like(det.group(1), own.group(1)) + new[len(own.group(1)) :]
    if det and det.group(1).lower() in {"a", "an"}:
        want = article_for(new)
        if want != det.group(1).lower():
            return lo + det.start(), _like(det.group(1), want) + det.group(2) + new
        return start, new
    if own and _POSS.search(before):  # "our 155th brigade" → "our brigade"
        return start, new[own.end() :]
    return start, new


# --- English: a generalised settlement reads as the kind of place it is, with the determiner of its slot ---------

_KINDS_EN = {
    "village": "village",
    "hamlet": "village",
    "town": "town",
    "township": "town",
    "city": "city",
    "settlement": "settlement",
}
_KIND_EN = r"(?:village|hamlet|town|township|city|settlement)"
# The kind noun before the name: "the village of Ivanovka", "village Ivanovka", "a town called Ivanovka".
_CUE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:(the|a)[ \t]+)?(?:(?:small|little|tiny|big|large|remote|nearby|neighbouring|"
    r"neighboring|native|home|same)[ \t]+)?(" + _KIND_EN + r")[ \t]+(?:(of|called|named)[ \t]+)?$"
)
# The kind noun after it: "Ivanovka village", "Ivanovka, a small town", "Ivanovka. It's a small town".
_CUE_AFTER = regex.compile(
    r"^(?:[ \t]+(" + _KIND_EN + r")\b|(?:,[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)?[,.;][ \t]+"
    r"(?:(?i:it|this|that)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+)?(?i:an?)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?("
    + _KIND_EN
    + r")\b)"
)  # lower-case kind nouns only: "Zolotonosha City Council" is an institution's name, not a cue
# A toponym suffix that makes a village of a place the gazetteer does not know: -ovka, -evka, -ivka, -yivka.
_VILLAGE_SHAPE = regex.compile(r"(?i)\p{L}{2,}(?:ovka|evka|ivka|yovka|ovki|ovke)$")
# And one that makes a town of it: -sk, -grad, -gorod (Severoozyorsk, Novograd).
_TOWN_SHAPE = regex.compile(r"(?i)^\p{Lu}\p{L}{3,}(?:sk|grad|gorod)$")
# The slots that take a definite place: a part of it, its people ("the whole of", "half of", "the outskirts of").
_PART_OF = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:whole|all|half|most|much|rest|part|parts|outskirts|centre|center|edge|middle|people|"
    r"residents|everyone|everybody)[ \t]+of[ \t]+$"
)
# Where someone comes from, said of them (a new place for the reader): "he's from", "Vitaly, from", "born in".
_ORIGIN = regex.compile(
    r"(?i)(?:(?<![\p{L}'’-])(?:is|was|are|were|be|been|am|come|comes|came|coming|hails?|originally)|['’]s|['’]m|['’]re"
    r"|,|(?-i:\p{Lu}\p{Ll}+))[ \t]+from[ \t]+$|(?<![\p{L}'’-])(?:born|raised|grew[ \t]+up)[ \t]+in[ \t]+$"
    r"|native[ \t]+of[ \t]+$"
)
# A transliterated kind-of-place abbreviation before the name (court records: "vul. Sadova, 17, s. Ternova Balka",
# "smt. Kalynivka"): it says the kind, the name alone goes. Lower case only ("S. Petrov" is an initial).
_KIND_ABBR_EN = regex.compile(r"(?<![\p{L}.])(?:s|smt|pgt|sel|selo|vil)\.[ \t]*$")
# An appositive right after a place that says what it is: "Roslavl, a town in Smolensk Oblast", "X, a small village".
_APPOSITIVE = regex.compile(r"^,[ \t]+(?:an?|the|one)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?" + _KIND_EN + r"(?![\p{L}])")
_LABEL_EN = regex.compile(r"an? (?P<kind>village|town|city|place|large city)(?: in (?P<where>.+))?")
_REGION_EN = regex.compile(r"an? region(?: of (?P<country>.+))?")
# A transliterated adjective that opens a place's name ("Zarechny Bor", "Novaya Shilka", "Verkhny Tsagan").
_PLACE_ADJ = regex.compile(r"(?i)^\p{Lu}\p{L}+(?:y|iy|yy|ij|yi|iy|aya|aja|oye|oe|ye|ie|ove|ovo|ino|yj)$")


class Places:
    """What the document says about its places: the kind a cue gives each name, and which were written in full.

    Cues are read only around the document's place findings (a few dozen characters each side), never by
    searching the whole text for a name: a 50 MB transcript must not be read once per place.
    """

    def __init__(self, text: str, reps: Sequence[Replacement]) -> None:
        self.text = text
        self.kinds: dict[str, str] = {}
        self.written: set[str] = set()
        self.at: dict[str, list[tuple[int, int]]] = {}
        for r in reps:
            if r.span.entity_type == "LOCATION":
                self.at.setdefault(self.key(text[r.span.start : r.span.end]), []).append((r.span.start, r.span.end))

    @staticmethod
    def key(orig: str) -> str:
        """One key for every mention of a name: "Ivanovka", "Ivanovka's", "IVANOVKA"."""
        return str(regex.sub(r"['’]s$", "", " ".join(orig.split()))).casefold()

    def kind(self, orig: str) -> str:
        """The kind of place the document calls ``orig`` at any of its mentions ("village of X", "X, a small
        town"), else the kind its toponym suffix gives, or ""."""
        k = self.key(orig)
        if k not in self.kinds:
            found = ""
            name = regex.sub(r"['’]s$", "", " ".join(orig.split()))
            for a, b in self.at.get(k, [(0, 0)]):
                cue = _CUE_BEFORE.search(self.text[max(0, a - 40) : a]) if b else None
                cue_after = _CUE_AFTER.match(self.text[b : b + 80]) if b else None
                word = cue.group(2) if cue else (cue_after.group(1) or cue_after.group(2)) if cue_after else ""
                if word:
                    found = _KINDS_EN[word.lower()]
                    break
            if not found and _VILLAGE_SHAPE.search(name):
                found = "village"
            elif not found and _TOWN_SHAPE.match(name):
                found = "town"
            self.kinds[k] = found
        return self.kinds[k]


def _english_place(
    text: str,
    lo: int,
    start: int,
    end: int,
    new: str,
    out: list[Replacement],
    prev_end: int,
    places: Places,
    hi: int,
) -> tuple[int, int, str] | None:
    """A generalised English place fitted to its slot, or None to leave it to the article rules.

    - a kind noun of the text stays and the name alone is withheld, with no second kind ("village of [name
      withheld]", "the [name withheld] district"); "the village of X" becomes "a village" (in its region where
      the gazetteer knows it) the first time and "the village" after;
    - the kind comes from the gazetteer, else from the document's own words about the same name, else from a
      village's toponym suffix; a place of no known kind is "[place withheld]" in every slot;
    - a part of the place or its people take it definite ("the whole of the village", "half of the town");
      where someone comes from takes it indefinite ("he's from a village"); anywhere else the first mention
      of a place the label locates is written in full ("a village in the Kurgan region") and every other
      mention is definite ("the bus from the village");
    - a region right after a generalised place says only the country ("a village in Russia"), or nothing when
      the place's label already locates it;
    - a region the text writes itself right after the place (``hi`` bounds where it may be, before the next
      replacement) is not said again by the label: "from Torzhok in Tver Oblast" → "from a town in Tver Oblast",
      "a native of Gai, Orenburg region" → "a native of a town in Orenburg region" (the comma read as "in");
    - an appositive that says what the place is keeps the text's words and the name alone goes ("in Roslavl, a town
      in Smolensk Oblast" → "in [name withheld], a town in Smolensk Oblast"), as after a kind noun; so does a
      transliterated kind abbreviation ("s. [name withheld]");
    - a first mention with no region known is indefinite ("born in 2000, a town"), never "the town" of nothing.
    """
    before = text[lo:start]
    orig = text[start:end]
    region = _REGION_EN.fullmatch(new)
    if region is not None:
        prev = out[-1] if out else None
        gap = text[prev_end:start]
        if (
            prev is not None
            and prev.span.entity_type == "LOCATION"
            and prev.operator == "generalize"
            and regex.fullmatch(r"[ \t]*(?:,|in|,[ \t]+in)[ \t]*", gap)
        ):
            country = region.group("country")
            if not country:
                return None
            if "in" in gap or " in " in prev.new_text or prev.new_text.startswith("["):
                # "from a village in Zabaykalsky Krai" → "from a village in Russia"; "a village in the Kurgan region,
                # Kurgan Oblast" → "…, Russia"; "village of [name withheld], Kurgan Oblast" → "…, Russia"
                return start, end, country
            if the := regex.match(r"(?i)the ", prev.new_text):
                # located now, a new place to the reader: "in the town, Kurgan Oblast" → "in a town in Russia"
                rest = prev.new_text[the.end() :]
                out[-1] = replace(prev, new_text=_like(prev.new_text, article_for(rest)) + " " + rest)
            return prev_end, end, " in " + country  # only the comma is taken in
        return None
    label = _LABEL_EN.fullmatch(new)
    if label is None:
        return None
    glued_before = start > 0 and not regex.match(r"[\s(\[\"“‘'«—–-]", text[start - 1])
    if orig.startswith("#") or glued_before or regex.match(r"[./_@-]?[\p{L}\p{N}]", text[end : end + 2]):
        return start, end, "[place withheld]"  # "#Ivanovka", "ivanovka.info/news/ivanovka-farewell": no phrase fits
    if start > 0 and text[start - 1] in "\"“‘'«" and regex.match(r"[\"”’'»]", text[end : end + 1]):
        # a quoted place is a name (a unit's, a call sign's: the 'Rubizh' brigade, just "Omsk"): the name goes
        return start - 1, end + 1, "[name withheld]"
    where = label.group("where") or ""
    kind = label.group("kind")
    if kind == "large city":
        kind = "city"
    cue_kind = places.kind(orig)
    if kind == "place":
        kind = cue_kind or ""
    elif cue_kind and cue_kind != kind and "village" in {cue_kind, kind}:
        # the text says "a small town" of a name the gazetteer knows as a village: another place of that name,
        # so neither its kind nor its region is this one's
        kind, where = cue_kind, ""
    key = places.key(orig)
    first = key not in places.written
    places.written.add(key)
    after = text[end : end + 40]
    if _APPOSITIVE.match(after):
        # "in Roslavl, a town in Smolensk Oblast": the text's own appositive says what and where it is; the name
        # alone goes ("in [name withheld], a town in Smolensk Oblast"), never "in a town in ..., a town in ..."
        return start, end, "[name withheld]"
    region_gap = region_follows(text, end, hi) if where else None
    if region_gap is not None:
        # "from Torzhok in Tver Oblast" → "from a town in Tver Oblast": the text says where, once; "a native of
        # Zhukovka, Bryansk Oblast" → "a native of a town in Bryansk Oblast", the comma read as the "in" it stood for
        where = ""
    comma = region_gap is not None and regex.fullmatch(r"[ \t]*,[ \t]*", region_gap) is not None
    if (
        _CUE_BEFORE.search(before)
        or _KIND_ABBR_EN.search(before)
        or regex.match(r"[ \t]+(?:" + _KIND_EN + r"|district)\b", after, flags=regex.IGNORECASE)
    ):
        # "the village of Talnikovka", "sign it: village Talnikovka", "the Talnikovka village council": the text's
        # kind noun stays where it is and the name alone goes, so nothing is said twice and no word of the text
        # is replaced
        return start, end, "[name withheld]"
    own = _own_kind(orig) if not kind else None
    if own is None and not kind and _ON_STREET.search(before):
        own = "[address withheld]" if regex.search(r"\d", orig) else "[street withheld]"  # "the house on Zarechnaya"
    if own is not None:
        # "the military commissariat of Sol-Iletsk urban district", "the Roslavl branch of Sovcombank", "Kupiansk
        # district": the finding's own head noun says what it is ("an enlistment office", "a bank branch", "a
        # district"), the reader's article before it included; never "[place withheld]" of a place a word names
        if own.startswith("["):
            return start, end, own
        det = _DET.search(before)
        if det is not None:
            return lo + det.start(), end, _like(det.group(1), article_for(own)) + " " + own
        return start, end, article_for(own) + " " + own
    if not kind:
        det = _DET.search(before)
        if det is not None and det.group(1).lower() == "the":  # "the Ivanovka" → "[place withheld]"
            return lo + det.start(), end, "[place withheld]"
        return None if det is not None else (start, end, "[place withheld]")
    if _DET.search(before) or _POSS.search(before):
        return None  # "a Kramatorsk", "our Ivanovka": the article rules decide
    if _PART_OF.search(before):
        return start, end, "the " + kind  # "the whole of the village came", "half of the town"
    if label.group("kind") == "place" and where:
        new = article_for(kind) + " " + kind + " in " + where  # "a place in Russia" of an -sk name: "a town in Russia"
    if not where:
        new = article_for(kind) + " " + kind
    if _ORIGIN.search(before):  # "he's from a village", "from a large city in Russia": new to the reader
        new = new if first else article_for(kind) + " " + kind
    elif not first:
        return start, end, "the " + ("city" if label.group("kind") == "large city" else kind)
    # a place new to the reader is indefinite ("born in 1973, a town"), never "the town" of nothing before it
    return (start, end + len(region_gap or ""), new + " in ") if comma else (start, end, new)


# What a place finding's own words say it is: a street or an address, an institution "of" a place, a branch, a
# district or hromada named after its centre.
_STREET_EN = regex.compile(
    r"(?i)^(?:the[ \t]+)?(?:ul\.|ulitsa|vul\.|vulytsia|prosp\.|prospekt|per\.|pereulok|prov\.|provulok)[ \t]"
    r"|[ \t](?:street|st\.|avenue|ave\.|lane|boulevard|prospekt)$"
)
# "her flat on X", "the enlistment office on X", "check on his mother on X": a name a home or office is "on" is a
# street's (a town is "in"; "the assault on X" is no home's and is not read so).
_ON_STREET = regex.compile(
    r"(?i)(?<![\p{L}])(?:house|home|flat|apartment|office|building|shop|store|mother|mum|mom|dad|father|granny|"
    r"grandma|grandmother|parents|lives?|lived|living|located)[ \t]+on[ \t]+$"
)
_HOUSE_EN = regex.compile(r"(?i)\d|(?<![\p{L}])(?:d|kv|bld|apt)\.")
_HEAD_OF_EN = regex.compile(
    r"(?i)^(?:the[ \t]+)?(?P<head>(?:[\p{Ll}-]+[ \t]+){0,2}?[\p{Ll}-]+)[ \t]+of[ \t]+(?P<rest>.+)$"
)
_BRANCH_EN = regex.compile(r"(?i)(?<![\p{L}])branch(?:es)?[ \t]+(?:of|in)[ \t]+(?P<of>.+)$|^(?P<pre>.+?)[ \t]+branch$")
_AREA_EN = regex.compile(r"(?i)(?<![\p{L}])(?:district|raion|rayon|okrug|kozhuun|municipality|hromada|community)$")


def _own_kind(orig: str) -> str | None:
    """The kind a place finding's own words give it, as an English phrase ("bank branch", "enlistment office",
    "district") or a bracketed label ("[street withheld]", "[address withheld]"); None when its words say none."""
    if _STREET_EN.search(orig):
        return "[address withheld]" if _HOUSE_EN.search(orig) else "[street withheld]"
    branch = _BRANCH_EN.search(orig)
    if branch is not None:
        named = branch.group("of") or branch.group("pre") or ""
        return "bank branch" if regex.search(r"(?i)bank", named) else "branch"
    head = _HEAD_OF_EN.match(orig)
    if head is not None:
        from redact.generalize import generalize_organization

        kind = generalize_organization(head.group("head"), "en")
        if kind != "an institution":
            return kind.partition(" ")[2]
    area = _AREA_EN.search(orig)
    if area is not None and regex.search(r"\p{Lu}", orig):
        # "Zianchurinsky District", "Sol-Iletsk urban district": the text's noun stays and the name alone goes, as
        # after "the village of", so it reads after a possessive too ("Bashkortostan's [name withheld] District")
        words = orig.split()
        noun = [words[-1]]
        while len(words) > len(noun) + 1 and words[-len(noun) - 1].islower():
            noun.insert(0, words[-len(noun) - 1])  # "urban district", "starosta district"
        lead = "the " if words[0] in {"the", "The"} and len(words) > len(noun) + 1 else ""
        return lead + "[name withheld] " + " ".join(noun)
    return None


def join_place_words(
    text: str, reps: Sequence[Replacement], language: str, relabel: Relabel
) -> tuple[list[Replacement], set[int]]:
    """English: two findings that are one place's name ("Novaya" + "Shilka", "Zarechny" + a "Bor" read as a name)
    are replaced as that one place: an adjective that opens a place's name, a space, then a capitalised word; two
    unit findings a space apart ("Storm-V" + "detachment of the 70th regiment") are one unit, with one label."""
    out: list[Replacement] = []
    leads: set[int] = set()
    for r in reps:
        prev = out[-1] if out else None
        if prev is not None and not prev.new_text and len(out) - 2 in leads:
            prev = None  # a finding already joined to the one before it joins nothing more
        if (
            prev is not None
            and prev.operator == "generalize"
            and prev.span.entity_type == "LOCATION"
            and r.operator in {"generalize", "pseudonym"}
            and r.span.entity_type in {"LOCATION", "PERSON"}
            and text[prev.span.end : r.span.start] == " "
            and LAT_LETTER.search(text[prev.span.start : r.span.end])
            and not CYR_LETTER.search(text[prev.span.start : r.span.end])
            and _PLACE_ADJ.match(text[prev.span.start : prev.span.end])
            and regex.fullmatch(r"\p{Lu}[\p{Ll}'’-]+", text[r.span.start : r.span.end])
        ) or (
            # "Storm-V" + "detachment of the 70th regiment", "the Crimean" + "1st Battalion", "the «Smolensk»" +
            # "assault battalion": one unit, one label (a quoted name takes its quotes with it)
            prev is not None
            and prev.operator == r.operator == "generalize"
            and prev.span.entity_type in {"MILITARY_UNIT", "LOCATION"}
            and r.span.entity_type == "MILITARY_UNIT"
            and (
                text[prev.span.end : r.span.start] == " "
                or (
                    prev.span.start > 0
                    and text[prev.span.start - 1] in "\"“‘'«"
                    and regex.fullmatch(r"[\"”’'»] ", text[prev.span.end : r.span.start]) is not None
                )
            )
            and not CYR_LETTER.search(text[prev.span.start : r.span.end])
            and LAT_LETTER.search(text[prev.span.start : r.span.end])
        ):
            entity = r.span.entity_type if r.span.entity_type == "MILITARY_UNIT" else prev.span.entity_type
            both = text[prev.span.start : r.span.end]
            # Each finding keeps its own span and type (the audit lists what was found): the first writes the
            # label of both, the second writes nothing and takes in the space between them.
            quoted = text[prev.span.end : r.span.start] != " "
            lead = replace(prev.span, start=prev.span.start - 1) if quoted else prev.span
            out[-1] = replace(prev, span=lead, new_text=relabel(entity, both, language, ""))
            leads.add(len(out) - 1)
            out.append(replace(r, span=replace(r.span, start=prev.span.end), new_text=""))
            continue
        out.append(r)
    return out, leads


# --- English: a unit's number or name beside the noun that says what it is -------------------------------------

_UNIT_NOUN_EN = (
    r"(?:unit|detachment|brigade|regiment|battalion|company|platoon|division|corps|army|group|formation|squad|battery)"
)
# The kind noun stays in the text before the number: "military unit 71348", "Military unit... seven, one, three".
_UNIT_CUE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:" + _UNIT_NOUN_EN + r"|v/ch|в/ч)(?:[ \t]*(?:no\.?|number|#|№))?[ \t]*[.…,:;-]*[ \t]*$"
)
_UNIT_NOUN_AFTER = regex.compile(r"(?i)^[ \t]+(" + _UNIT_NOUN_EN + r")s?(?![\p{L}])")
# A unit's name used of its men or its places ("the Storm-V guys", "a Wagner fighter", "the Akhmat base").
_UNIT_PEOPLE_AFTER = regex.compile(
    r"(?i)^[ \t]+((?:guy|man|men|boy|lad|fighter|soldier|trooper|troop|serviceman|servicemen|commander|veteran|"
    r"recruit|member|mercenar(?:y|ie)|volunteer|contractor|base|camp|chat|channel|headquarters|position)s?)(?![\p{L}])"
)
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)"
)
# A unit said as a number only (digits or number words, never an ordinal): "71348", "seven, one, three, four, eight".
_BARE_NUMBER = regex.compile(r"(?i)^(?:\d[\d \t-]*|" + _NUMBER_WORD + r"(?:[ \t,-]+" + _NUMBER_WORD + r")*)$")


def _english_unit(text: str, lo: int, start: int, end: int, new: str) -> tuple[int, int, str] | None:
    """An English unit label that would repeat a kind noun the text keeps, or give a kind to a bare number:

    - after its kind noun, a number is "[number withheld]" and a name "[name withheld]" ("military unit
      [number withheld]", "Military unit... [number withheld]"), never "Military unit... A military unit";
    - before its kind noun, the name goes and the noun stays with an article of its own ("with the BARS-45
      detachment" → "with a detachment", "our Kaskad battalion" → "our battalion");
    - a number said alone (a unit's number read back) is "[number withheld]": it says no more than that.
    """
    before, orig = text[lo:start], text[start:end]
    if start > 0 and text[start - 1] in "\"“‘'«" and regex.match(r"[\"”’'»]", text[end : end + 1]):
        return start - 1, end + 1, "[name withheld]"  # 'nicknamed the "Siverska"': a name, with its quotes
    kind_in_span = any(
        regex.search(r"(?i)\b" + t + r"s?\b", orig) for t in ("unit", "brigade", "regiment", "battalion", "detachment")
    )
    if kind_in_span or not orig.strip():
        return None
    bare = _BARE_NUMBER.match(orig.strip()) is not None
    if _UNIT_CUE_BEFORE.search(before):
        return start, end, "[number withheld]" if bare or regex.search(r"\d", orig) else "[name withheld]"
    noun = _UNIT_NOUN_AFTER.match(text[end : end + 40]) or _UNIT_PEOPLE_AFTER.match(text[end : end + 40])
    if noun is not None and noun.group(1).lower() != "unit":
        det = _DET.search(before)
        space = len(text[end:]) - len(text[end:].lstrip(" \t"))
        if (
            det is not None
            and det.group(1).lower() in {"a", "an"}
            and det.group(1).lower() != article_for(noun.group(1))
        ):
            return (
                lo + det.start(),
                end + space,
                _like(det.group(1), article_for(noun.group(1))) + " ",
            )  # an Akhmat fighter
        if det is not None or _POSS.search(before):
            # "the Storm-V guys" → "the guys", "our Kaskad battalion" → "our battalion": the text's own words stay
            return start, end + space, ""
        return start, end, "[name withheld]" if _UNIT_NOUN_AFTER.match(text[end : end + 40]) else "unit"
    if bare:
        return start, end, "[number withheld]"
    return None


def _english_institution_described(after: str) -> bool:
    """Whether an appositive right after an institution says what kind it is (", the farming company that ...",
    ", a local school")."""
    from redact.generalize import generalize_organization

    m = regex.match(r",[ \t]+(?:the|an?)[ \t]+((?:[\p{Ll}-]+[ \t]+){0,3}?)([\p{Ll}-]+)(?![\p{L}])", after)
    return m is not None and generalize_organization(m.group(2), "en") != "an institution"


def _english_institution(before: str, orig: str) -> str | None:
    """An English institution's name or number right after the noun that says what it is: the noun stays and
    the name alone goes ("penal colony [name withheld]", "the school [number withheld]"), never "penal colony a
    penal colony"; None when no such noun comes before."""
    from redact.generalize import generalize_organization

    word = regex.search(r"(?<![\p{L}'’-])([\p{L}'’-]+)[ \t]+(?:(?:no\.?|number|#|№)[ \t]*)?$", before, flags=regex.I)
    if word is None or word.group(1).lower() in _FUNCTION_WORDS:
        return None
    if generalize_organization(word.group(1), "en") == "an institution":
        return None  # no kind noun before: "at Lyceum No. 5" is named whole and its label says what it is
    digits_only = regex.search(r"\d", orig) and not regex.search(r"\p{L}{3,}", orig)
    return "[number withheld]" if digits_only else "[name withheld]"


def birth_year(year: str, before: str) -> tuple[str, int, int]:
    """A date of birth generalised to ``year`` as an English phrase: (text, characters taken before, after)."""
    on = regex.search(r"(?i)(?<![\p{L}])(on|in)[ \t]+(?:the[ \t]+)?$", before)
    if on:
        return _like(on.group(1), "in") + " " + year, len(before) - on.start(), 0
    if regex.search(r"(?i)(?<![\p{L}])born[ \t]+$", before):
        return "in " + year, 0, 0
    return year, 0, 0


def render(
    text: str,
    r: Replacement,
    lo: int,
    start: int,
    end: int,
    new: str,
    before: str,
    after: str,
    orig: str,
    out: list[Replacement],
    prev_end: int,
    places: Places,
    joined: bool,
) -> tuple[int, int, str]:
    """An English replacement's (start, end, text) fitted to the words before and after it.

    ``lo`` is how far back it may reach (``before`` is the text from there to the finding, ``after`` the text after
    it up to where it may reach), ``out`` the replacements already fitted before it (the one right before
    may change: "in the town, Kurgan Oblast" → "in a town in Russia"), ``joined`` whether it is one of two findings
    replaced as one (:func:`join_place_words`), whose label needs its article only.
    """
    s = r.span
    placed = False
    if r.operator == "generalize" and s.entity_type == "LOCATION" and r.new_text:
        attributive = _attributive(new, text[lo:start], after)
        if attributive != new:
            # "from the Selydove side" → "from the Donetsk Oblast side": the text's "the" stays
            the = _DET.search(text[lo:start])
            new = attributive
            if the is not None and the.group(1).lower() == "the" and (own := _OWN_ART.match(new)):
                new, placed = new[own.end() :], True
        elif (
            fitted := _english_place(text, lo, start, end, new, out, prev_end, places, s.end + len(after))
        ) is not None:
            start, end, new = fitted
            placed = True
    if r.operator == "generalize" and s.entity_type == "MILITARY_UNIT" and not joined:
        if (fitted_unit := _english_unit(text, lo, start, end, new)) is not None:
            start, end, new = fitted_unit
            placed = True
    if r.operator == "generalize" and s.entity_type == "MILITARY_UNIT" and new.endswith(" unit") and not placed:
        # "the Storm-Z units" → "the military units"; "a Wagner unit" → "a military unit", never "unit unit"
        det = _DET.search(before)
        if regex.match(r" units?\b", after):
            new = "military" if not det or det.group(1).lower() == "the" else new[:-5]
    if r.operator == "generalize" and s.entity_type == "ORGANIZATION":
        if (fitted_org := _english_institution(before, orig)) is not None:
            new, placed = fitted_org, True
        elif _english_institution_described(after):
            # "at TOV «Dibrova-Agro», the farming company that employs half the village": the appositive says what
            # it is, the name alone goes ("at [name withheld], the farming company"), never "at a company, the
            # farming company"
            new, placed = "[name withheld]", True
    if new[:1].isalnum() and new != "military" and not placed:
        start, new = _english_article(text, lo, start, new)
    if text[start:end].endswith(".") and not new.endswith(".") and regex.match(r"[ \t]+\p{Lu}", text[end : end + 3]):
        new += "."  # "her house at 7 Sadova St. Buried": the abbreviation's full stop also ended the sentence
    return start, end, new


# The compact English marker an English date of birth's span begins with ("born 1996", "b. 1990", "DOB 11.06.1985",
# "D.O.B. 1994"; recognizers/date_of_birth.py takes it in): the replacement writes it back so the sentence reads.
DOB_MARKER = regex.compile(rf"(?:{DOB_MARKER_WORD}|{DOB_MARKER_ABBREVIATION})[ \t]*(?=\S)", regex.VERSION1)


def marked_dob(marker: str, new: str) -> str:
    """A date of birth's replacement ``new`` with the span's ``marker`` written back.

    A year or a decade the default generalised to reads as a phrase ("born 1996" → "born in 1996", "DOB 11.06.1985"
    → "born in 1985", "born mid-1990s" → "born in the 1990s"; "b. 1990" stays "b. 1990"); a label or a placeholder
    keeps the marker as written ("born <DATE_OF_BIRTH>", "DOB [date withheld]").
    """
    word = marker.strip()
    if not new or not (YEAR.fullmatch(new) or new.startswith("the ")):
        return word + " " + new if new else new
    if word == "b." and YEAR.fullmatch(new):
        return "b. " + new
    return ("Born" if word == "Born" else "born") + " in " + new


# --- English: the sex a kin or role word beside a name shows ---------------------------------------------------

_FEMALE_KIN = (
    r"mother|mom|mum|mama|wife|daughter|sister|widow|grandmother|grandma|granny|aunt|auntie|niece|girlfriend|fianc[eé]e|"
    r"bride|stepmother|stepdaughter|stepsister|mother-in-law|daughter-in-law|sister-in-law|granddaughter|"
    r"godmother|woman|girl|lady|mrs|ms|miss"
)
_MALE_KIN = (
    r"father|dad|papa|son|husband|brother|widower|grandfather|grandpa|uncle|nephew|boyfriend|fianc[eé]|groom|"
    r"stepfather|stepson|stepbrother|father-in-law|son-in-law|brother-in-law|grandson|godfather|man|boy|mr"
)
_KIN = r"(?:(?P<f>" + _FEMALE_KIN + r")|(?P<m>" + _MALE_KIN + r"))"
# "his mother, X", "his wife X", "her son X", "sister Ruslana": the kin word names the person right after it; never
# "the wife of X" (X is the husband) nor "X's mother" (X is the child).
_KIN_BEFORE_EN = regex.compile(r"(?i)(?<![\p{L}'’-])" + _KIN + r"\.?(?:[ \t]*,)?[ \t]+$")
# "X, his wife, said", "Vlada, wife.", "X (mother)": the kin word after the name, in an appositive.
_KIN_AFTER_EN = regex.compile(
    r"(?i)^(?:[ \t]*,[ \t]+(?:(?:his|her|their|the|our|my|your|a)[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?|[ \t]*\([ \t]*)"
    + _KIN
    + r"(?![\p{L}'’-])(?![ \t]+of\b)"
)
_OF_BEFORE = regex.compile(r"(?i)(?<![\p{L}])of[ \t]+$")


def kin_sex(before: str, after: str) -> bool | None:
    """The sex a kin or role word right beside an English name shows ("his mother, X", "X, his wife,"), or None."""
    m = _KIN_BEFORE_EN.search(before)
    if m is None:
        m = _KIN_AFTER_EN.match(after)
    if m is None:
        return None
    return m.group("f") is not None


def sexes_shown(text: str, reps: Sequence[Replacement]) -> dict[int, bool]:
    """Index of each English person replacement → the sex a kin word beside it shows, or, with none beside it, the one
    sex shown beside another mention of the same given name in the document ("His mother, Saida ..." then "Saida
    said"): her pseudonym is a woman's name wherever she is named."""
    own: dict[int, bool | None] = {}
    names: dict[int, str] = {}
    for i, r in enumerate(reps):
        s = r.span
        if r.operator != "pseudonym" or s.entity_type != "PERSON" or not r.new_text:
            continue
        orig = text[s.start : s.end]
        first = regex.match(r"\p{Lu}[\p{L}'’-]+", orig)
        if first is None or CYR_LETTER.search(orig):
            continue
        names[i] = first.group(0).casefold()
        lo = max(text.rfind("\n", 0, s.start) + 1, s.start - 40)
        nl = text.find("\n", s.end)
        hi = min(nl if nl >= 0 else len(text), s.end + 40)
        own[i] = kin_sex(text[lo : s.start], text[s.end : hi])
    votes: dict[str, set[bool]] = {}
    for i, sex in own.items():
        if sex is not None:
            votes.setdefault(names[i], set()).add(sex)
    out: dict[int, bool] = {}
    for i, name in names.items():
        sex = own[i]
        if sex is None and len(votes.get(name, ())) == 1:
            sex = next(iter(votes[name]))
        if sex is not None:
            out[i] = sex
    return out
