"""Fitting replacements into their sentence, so the output reads as the language around it.

Operators see only their span's text; what reads right depends on the words around it. After the
operators ran, :func:`fit` looks at each replacement's line and adjusts what is written there:

- English articles: a generalised replacement brings its own article and takes the place of the one
  before it ("the 155th brigade" → "a brigade", never "the a brigade"); after a possessive it drops its
  own ("our brigade"); "a"/"an" before any replacement agrees with it ("an Olenevka" → "a Olenevka" is
  wrong, "a Ivanovka" → "an Ivanovka");
- a lower-case replacement at the start of a sentence or after a speaker label gets a capital;
- a date of birth generalised to its year becomes a phrase ("born on June 7, 1995" → "born in 1995",
  "родился 7 июня 1995 года" → "родился в 1995 году", "народився 7 червня 1995 року" → "народився в
  1995 році");
- Russian and Ukrainian labels take the case the preposition before them governs (в/из области);
- a removal inside a sentence writes a neutral placeholder ("[number withheld]", "[номер скрыт]",
  "[номер приховано]"; wording in :data:`WITHHELD`) instead of leaving "SOLDIER: . That's"; a removal
  in brackets takes its brackets with it.

A fitted replacement may cover a few more characters than its finding (the article it replaced, the
"on" of "on June 7", the brackets of a removed number): its span is widened to say so, so the audit
still lists exactly what was replaced. Widening never crosses a line, a segment or a neighbouring
replacement. :func:`split_at_lines` cuts a finding that crosses a line break or a speaker label into
pieces first, each replaced on its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

import regex

from redact.abbreviations import alternation as _abbreviations
from redact.resolve import Span

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = ["WITHHELD", "Sexes", "fit", "split_at_lines", "lines_of", "stripped", "article_for", "placeholder"]

# What a removal inside a sentence writes, per entity type: (English noun, Russian, Ukrainian).
WITHHELD: dict[str, tuple[str, str, str]] = {
    "PHONE_NUMBER": ("number withheld", "номер скрыт", "номер приховано"),
    "EMAIL_ADDRESS": ("e-mail withheld", "почта скрыта", "пошту приховано"),
    "SOCIAL_HANDLE": ("account withheld", "аккаунт скрыт", "акаунт приховано"),
    "ID_NUMBER": ("document number withheld", "номер документа скрыт", "номер документа приховано"),
    "VEHICLE_PLATE": ("plate withheld", "номер машины скрыт", "номер машини приховано"),
    "COORDINATES": ("coordinates withheld", "координаты скрыты", "координати приховано"),
    "CREDIT_CARD": ("card number withheld", "номер карты скрыт", "номер картки приховано"),
    "IMEI": ("IMEI withheld", "IMEI скрыт", "IMEI приховано"),
}
_WITHHELD_ANY = ("withheld", "скрыто", "приховано")


def placeholder(entity: str, lang: str) -> str:
    """The neutral placeholder a removal writes inside a sentence, in ``lang`` (en, ru, uk)."""
    words = WITHHELD.get(entity, _WITHHELD_ANY)
    return "[" + words[{"ru": 1, "uk": 2}.get(lang, 0)] + "]"


# A speaker label at the start of a line: "SOLDIER:", "МАТЬ:", "Speaker 2:", "SPEAKER_01:", "- MOTHER:".
_LABEL = regex.compile(
    r"^[ \t]*(?:[-–—][ \t]*)?(?:\[[^\]\n]{0,20}\][ \t]*)?[\p{L}\p{N}][\p{L}\p{N}_ .'’ʼ-]{0,30}:[ \t]*"
)
# An all-capitals label inside a finding ("SOLDIER: Ivan"): the finding is cut there.
_CAPS_LABEL = regex.compile(r"^[\p{Lu}][\p{Lu}\p{N}_ .'’ʼ-]{0,30}:[ \t]*")
_DET = regex.compile(r"(?i)(?<![\p{L}\p{N}'’ʼ-])(the|a|an)([ \t]+)$")
_POSS = regex.compile(
    r"(?i)(?:(?<![\p{L}'’-])(?:my|our|your|his|her|their|its|this|these|those|whose|every|each|any|no|another)"
    r"|\p{L}['’]s|\p{L}s['’])[ \t]+$"
)
_OF_PLACE = regex.compile(
    r"(?i)(?<![\p{L}'’-])(the|a)[ \t]+(?:village|town|city|settlement|hamlet|region|oblast|district)[ \t]+of[ \t]+$"
)
_OWN_ART = regex.compile(r"(the|a|an) ", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?…][\"'»”’)\]]*[ \t]+$")
_MONTHS = regex.compile(
    r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр"
    r"|октябр|ноябр|декабр|січ|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд"
)
_KIND_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:сел[оаеуі]|деревн[яиеюій]|город[аеуом]?|посёлк?[аеуом]*|поселк?[аеуом]*|хутор[аеуом]?"
    r"|станиц[аеуыі]|аул[аеуі]?|улус[аеуі]?|х\.|у\.|міст[оаіу]|селищ[еіау]|смт|пгт)[ \t]+$"
)
# The abbreviation of a kind of place before its name ("с. Липки", "г. Новозыбков", "м. Новоград"): it stays, and the
# label after it says only that the name is withheld ("с. [название скрыто, Тамбовская область]"), never
# "с. [населённый пункт]". Lower-case only: "С. Петров" is an initial. (Russian "м." is the metro, "ст." a station.)
_KIND_ABBR = {
    "ru": {
        "с": "село",
        "д": "деревня",
        "дер": "деревня",
        "г": "город",
        "п": "посёлок",
        "пос": "посёлок",
        "х": "хутор",
        "хут": "хутор",
        "ст-ца": "станица",
        "рп": "посёлок",
        "р.п": "посёлок",
    },
    "uk": {"с": "село", "м": "місто", "сел": "селище", "х": "хутір", "смт": "селище", "г": "місто"},
}
_NAME_WITHHELD = {"ru": "название скрыто", "uk": "назву приховано"}
_ABBR_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}.-])(?<!\d[ \t]{0,2})(с|д|дер|г|п|пос|х|хут|ст-ца|р\.п|рп|м|сел)\.[ \t]*$"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
# Abbreviations before a name or number (с. Зелений Гай, ул. Ленина, тел. 8-912...): their full stop ends no sentence.
# Any one lower-case letter, or the abbreviation table's column "fit" (redact/data/abbreviations.tsv).
_ABBREV_END = regex.compile(rf"(?<![\p{{L}}])(?:\p{{Ll}}|{_abbreviations('fit')})\.[ \t]+$")
# Labels of a place one is in, not on: "на Волині", "на Кубани", "на Лівобережному" → "у [регіоні]", "в [регионе]".
_IN_LABEL = regex.compile(r"\[(?:регион|регіон|сел|город|міст|населен|населён|крупн|велик|деревн|поселк|селищ)")
# A genitive area after a place ("Зелений Гай Тарасівської громади", "Ивановка Петровского района").
_AREA_OF = regex.compile(r"(?i)(?:област|район|громад|округ|сільрад|сельсовет|волост)\p{L}*$")
_REGION_LABEL = regex.compile(r"\[(?:регион|регіон)\p{L}*[,\]]")


_CYR_LETTER = regex.compile(r"[\u0400-\u04ff]")
_LAT_LETTER = regex.compile(r"[A-Za-z]")
_UK_LETTER = regex.compile(r"[іїєґІЇЄҐ]")


def _line_lang(line: str, language: str) -> str:
    """The language of the words around a finding (the finding itself left out): the script most letters use."""
    cyr = len(_CYR_LETTER.findall(line))
    lat = len(_LAT_LETTER.findall(line))
    if cyr > lat:
        return "uk" if language == "uk" or _UK_LETTER.search(line) else "ru"
    if lat:
        return "en"
    return language if language in {"ru", "uk"} else "en"


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


def _sentence_start(prefix: str) -> bool:
    """Whether a replacement after ``prefix`` (its line up to it) opens a sentence."""
    if not prefix.strip():
        return True
    if _ABBREV_END.search(prefix[-16:]):
        return False  # "с. Зелений Гай", "ул. Ленина", "тел. ...": an abbreviation's full stop ends no sentence
    if _SENTENCE_END.search(prefix[-16:]):
        return True
    m = _LABEL.match(prefix)
    return m is not None and m.end() == len(prefix)


def lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]``, each as its (start, end) in ``text`` without the line break.

    The one walk over a span's lines for both cuts: :func:`split_at_lines` (what is replaced) and
    :func:`redact.pipeline.line_pieces` (what is screened). Their label rules differ on purpose: a replacement keeps
    a label it swallowed as a piece of its own (still replaced); the screen drops the label and judges the rest."""
    lo = start
    for line in text[start:end].split("\n"):
        hi = lo + len(line)
        yield lo, hi
        lo = hi + 1


def stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` less the white space at either end of ``text[a:b]``."""
    chunk = text[a:b]
    return a + len(chunk) - len(chunk.lstrip()), b - (len(chunk) - len(chunk.rstrip()))


def split_at_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans cut at line breaks and after a capitals speaker label, so no replacement crosses either.

    Every piece keeps the finding's type and is still replaced: a finding that swallowed a label
    ("SOLDIER: Ivan") loses nothing to the cut.
    """
    out: list[Span] = []
    for s in spans:
        piece = text[s.start : s.end]
        if "\n" not in piece and not _CAPS_LABEL.match(piece):
            out.append(s)
            continue
        for lo, hi in lines_of(text, s.start, s.end):
            label = _CAPS_LABEL.match(text[lo:hi])
            cuts = [(lo, lo + label.end() - (len(label.group(0)) - len(label.group(0).rstrip())))] if label else []
            cuts.append((lo + label.end(), hi) if label else (lo, hi))
            for a, b in cuts:
                if text[a:b].strip():
                    a, b = stripped(text, a, b)
                    out.append(replace(s, start=a, end=b))
    return out


def _dob(year: str, orig: str, before: str, after: str, lang: str) -> tuple[str, int, int]:
    """A date of birth generalised to ``year`` as a phrase: (text, characters taken before, after)."""
    if lang == "en":
        on = regex.search(r"(?i)(?<![\p{L}])(on|in)[ \t]+(?:the[ \t]+)?$", before)
        if on:
            return _like(on.group(1), "in") + " " + year, len(before) - on.start(), 0
        if regex.search(r"(?i)(?<![\p{L}])born[ \t]+$", before):
            return "in " + year, 0, 0
        return year, 0, 0
    low = orig.lower()
    # "родился в ночь на 1 января 1984 года", "народився на Трійцю, 7 червня 1998 року": the preposition belonged to
    # the day, which the year replaces ("родился в 1984 году").
    day_prep = regex.search(
        r"(?i)(?<![\p{L}])(?:(?:в|у|во)[ \t]+(?:ночь|ніч)[ \t]+(?:на|под|проти)|на|под|під|перед|накануне"
        r"|напередодні)[ \t]+$",
        before,
    )
    if day_prep and (_MONTHS.search(low) or not low[:1].isdigit()):
        word = "році" if lang == "uk" else "году"
        return f"{'у' if lang == 'uk' else 'в'} {year} {word}", len(before) - day_prep.start(), 0
    if "рожд" in low:
        return f"{year} года рождения", 0, 0
    if "народж" in low:
        return f"{year} року народження", 0, 0
    if regex.search(r"г\.\s?р\.", low):
        return f"{year} г. р.", 0, 0
    if regex.search(r"р\.\s?н\.", low):
        return f"{year} р. н.", 0, 0
    tail = regex.match(r"[ \t]+(?:года|году|г\.|року|році|р\.)(?!\p{L})", after)
    took = tail.end() if tail else 0
    # "в 1996-м", "у 1995-му": a year in its case, or a date read in words, reads as "в 1996 году".
    spelt = bool(_MONTHS.search(low) or regex.search(r"год|рок|\bг\.|\bр\.|\d-(?:м|му|го|й)$|^\p{L}", low) or tail)
    word = "році" if lang == "uk" else "году"
    if regex.search(r"(?i)(?<![\p{L}])[ву][ \t]+$", before):  # "в 1995 году" already has its preposition
        return (f"{year} {word}" if spelt else year), 0, took if spelt else 0
    if spelt and regex.search(r"\p{L}[ \t]+$", before):  # "родился 7 июня 1995 года"
        return f"в {year} {word}", 0, took
    if regex.search(r"(?i)(?:родил|народил|рожд|народж)\p{L}*(?:[ \t]+\p{L}{2,3})?[ \t]+$", before):
        return f"{'у' if lang == 'uk' else 'в'} {year} {word}", 0, took  # "родился 14.01.1990" → "родился в 1990 году"
    if spelt and (not before.strip() or _SENTENCE_END.search(before)):  # "14 марта 1992 года родилась ..."
        return f"{'у' if lang == 'uk' else 'в'} {year} {word}", 0, took
    return year, 0, 0


# The compact English marker an English date of birth's span begins with ("born 1996", "b. 1990", "DOB 11.06.1985",
# "D.O.B. 1994"; recognizers/date_of_birth.py takes it in): the replacement writes it back so the sentence reads.
_DOB_MARKER = regex.compile(r"(?:(?i:born|DOB|D\.O\.B\.?)|b\.)[ \t]*(?=\S)", regex.VERSION1)


def _marked_dob(marker: str, new: str) -> str:
    """A date of birth's replacement ``new`` with the span's ``marker`` written back.

    A year or a decade the default generalised to reads as a phrase ("born 1996" → "born in 1996", "DOB 11.06.1985"
    → "born in 1985", "born mid-1990s" → "born in the 1990s"; "b. 1990" stays "b. 1990"); a label or a placeholder
    keeps the marker as written ("born <DATE_OF_BIRTH>", "DOB [date withheld]").
    """
    word = marker.strip()
    if not new or not (_YEAR.fullmatch(new) or new.startswith("the ")):
        return word + " " + new if new else new
    if word == "b." and _YEAR.fullmatch(new):
        return "b. " + new
    return ("Born" if word == "Born" else "born") + " in " + new


Relabel = Callable[[str, str, str, str], str]
_WINDOW = 400


def fit(
    text: str,
    reps: Sequence[Replacement],
    language: str,
    bounds: Sequence[tuple[int, int]] | None = None,
    relabel: Relabel | None = None,
    address: Callable[[str, bool | None], str] | None = None,
    possessive: Callable[[str, str, str], str | None] | None = None,
    in_case: Callable[[str, str, tuple[str, ...], bool | None], str] | None = None,
    sexes: Sexes | None = None,
) -> list[Replacement]:
    """``reps`` (in text order, not overlapping) adjusted to read in their sentences; see the module docstring.

    ``relabel(entity, text, language, before)`` regenerates a generalised label knowing the words before
    it (:func:`redact.generalize.generalize`); ``address(text)`` gives a Ukrainian name's pseudonym in the
    vocative, for a name that calls someone ("Тарасику, де ти?"; :meth:`redact.names.Linker.addressed`);
    ``possessive(text, language, noun)`` the pseudonym of a possessive adjective of a name before ``noun``
    ("Андріїву маму" → "Тарасову маму"; :meth:`redact.names.Linker.possessive`), or None when it is not one;
    ``in_case(text, language, case)`` a name's pseudonym in the case of the kinship word before it ("тітці Раї");
    ``sexes`` renders a name a man and a woman both bear (Саша, Женя) in the sex the words around it show
    (:class:`Sexes`; "Саша сказала" → "Ольга сказала"), or, with no sign near it, the sex shown for the same name
    elsewhere in the document.
    """
    bounds = sorted(bounds) if bounds else [(0, len(text))]
    starts = [b[0] for b in bounds]
    out: list[Replacement] = []
    prev_end = 0
    leads: set[int] = set()
    if relabel is not None:
        reps, leads = _join_place_words(text, reps, language, relabel)
    places = _Places(text, reps)
    shown = _sexes_shown(text, reps, language, sexes) if sexes is not None and language in {"ru", "uk"} else {}
    for i, r in enumerate(reps):
        s = r.span
        k = bisect.bisect_right(starts, s.start) - 1
        seg_lo, seg_hi = bounds[k] if k >= 0 and bounds[k][1] >= s.end else (s.start, s.end)
        next_start = reps[i + 1].span.start if i + 1 < len(reps) else len(text)
        # The line around the finding, at most _WINDOW characters each side: a transcript flattened to one
        # long line must not make every replacement read the whole text (quadratic on a 50 MB file).
        floor = max(0, s.start - _WINDOW)
        nl = text.rfind("\n", floor, s.start)
        line_lo = nl + 1 if nl >= 0 else floor
        nl = text.find("\n", s.end, s.end + _WINDOW)
        line_hi = nl if nl >= 0 else min(len(text), s.end + _WINDOW)
        lo = max(line_lo, seg_lo, prev_end, s.start - 80)  # what a fitted span may take in: a few words
        hi = min(line_hi, seg_hi, next_start)
        before, after = text[lo : s.start], text[s.end : hi]
        # The words next to the finding say its language (a Russian quote in an English line is Russian).
        # Only what may change a replacement needs it: a label in angle brackets is written as it is.
        if r.operator in {"remove", "generalize", "pseudonym"} or r.new_text[:1].isalnum():
            near = text[max(line_lo, s.start - 80) : s.start] + " " + text[s.end : min(line_hi, s.end + 80)]
            lang = _line_lang(near, language)
        else:
            lang = ""
        start, end, new = s.start, s.end, r.new_text
        orig = text[s.start : s.end]
        tag = _hashtag(text, s.start, orig, r.operator, new, s.entity_type, language, relabel)
        if tag is not None:  # "#Новоселівка" → "#Село": a hashtag stays one, and no preposition or label is fitted
            out.append(replace(r, new_text=tag))
            prev_end = end
            continue
        if r.operator == "remove":
            opened = regex.search(r"[ \t]*[(\[][ \t]*(?:[\p{L}.]{1,8}\.?[ \t]*:?[ \t]*)?$", before)
            closed = regex.match(r"[ \t]*[)\]]", after)
            if opened and closed:
                start, end, new = lo + opened.start(), s.end + closed.end(), ""
            elif (
                out
                and out[-1].new_text == placeholder(s.entity_type, lang)
                and not text[prev_end : s.start].strip(" \t")
            ):
                start, new = lo, ""  # one number found in two pieces ("8 912 | 345 67 89") is withheld once
            else:
                new = placeholder(s.entity_type, lang)
                if s.entity_type == "DATE_OF_BIRTH" and (mark := _DOB_MARKER.match(orig)):
                    new = _marked_dob(mark.group(), new)  # "born [date withheld]"
        elif s.entity_type == "DATE_OF_BIRTH" and r.operator != "keep" and (mark := _DOB_MARKER.match(orig)):
            new = _marked_dob(mark.group(), new)  # "born 1996" → "born in 1996" / "born <DATE_OF_BIRTH>"
        elif r.operator == "generalize" and s.entity_type == "DATE_OF_BIRTH" and _YEAR.fullmatch(new):
            new, took_before, took_after = _dob(new, orig, before, after, lang)
            start, end = start - took_before, end + took_after
        elif r.operator == "generalize" and s.entity_type == "DATE_OF_BIRTH" and lang == "en":
            the = regex.search(r"(?i)(?<![\p{L}])the[ \t]+$", before)  # "on the [date withheld]" → "on [date withheld]"
            if the:
                start = start - (len(before) - the.start())
        elif r.operator == "generalize" and lang in {"ru", "uk"} and relabel is not None:
            if s.entity_type in {"LOCATION", "MILITARY_UNIT", "ORGANIZATION"}:
                kind = _KIND_BEFORE.search(before) if s.entity_type == "LOCATION" else None
                abbr = _ABBR_BEFORE.search(before) if s.entity_type == "LOCATION" and not kind else None
                noun = _KIND_ABBR[lang].get(abbr.group(1)) if abbr else None
                if kind:  # "в селе Ивановка" → "в [селе, ...]", not "в селе [село, ...]"
                    start = lo + kind.start()
                    orig = text[start : s.end]
                elif abbr and noun:  # "из с. Липки": the label is read as the kind word's own name
                    orig = noun + " " + orig
                opened = regex.search(r"[«\"“„]$", text[lo:start])
                closed = regex.match(r"[»\"”“]", after)
                if opened and closed and not regex.search(r"[«»\"“”„]", orig):
                    # «Ахмате» → [військовій частині], never «[військова частина]»: a label is no name to quote
                    start, end = start - 1, end + 1
                new = relabel(s.entity_type, orig, language, text[max(line_lo, start - 80) : start])
                if abbr and noun and new.startswith("[") and new.endswith("]"):
                    # "из с. Липки" → "из с. [название скрыто]": the abbreviation stays and says the kind, so the label
                    # says only that the name is withheld (and the region, when known), never "с. [село]".
                    rest = new[1:-1].partition(",")[2]
                    new = "[" + _NAME_WITHHELD[lang] + ("," + rest if rest else "") + "]"
                gap = text[prev_end:start]
                if (
                    s.entity_type == "LOCATION"
                    and out
                    and out[-1].span.entity_type == "LOCATION"
                    and out[-1].new_text.startswith("[")
                    and (_REGION_LABEL.match(new) or _AREA_OF.search(orig))
                    and regex.fullmatch(r"[ \t]*,?[ \t]*", gap)
                ):
                    # "в селе Красный Яр Самарской области": the place's label already says where it is; a second
                    # label "[регионе, Россия]" beside it would only repeat it, in a case it cannot have.
                    start, new = prev_end, ""
        elif r.operator == "pseudonym" and s.entity_type == "PERSON" and lang in {"ru", "uk"}:
            noun = regex.match(r"[ \t]+(\p{Ll}+)(?![\p{L}-])", after)
            owner = possessive(orig, lang, noun.group(1)) if possessive is not None and noun else None
            kin = _KIN_BEFORE.search(before) if in_case is not None else None
            kin_case = _kin_case(kin.group(1), lang) if kin else None
            sex = shown.get(i)
            if owner is not None:  # "Андріїву маму" → "Тарасову маму": an adjective stays an adjective
                new = owner
            elif (
                kin_case is not None and in_case is not None
            ):  # "тітці Раї": the name stands in the kinship word's case
                new = in_case(orig, lang, kin_case[0], kin_case[1] if kin_case[1] is not None else sex)
            elif (
                lang == "uk"
                and address is not None
                and regex.match(r"[ \t]*[,!?]", after)
                and (_sentence_start(before) or regex.search(r",[ \t]+$", before))
            ):
                new = address(orig, sex)
            elif (
                in_case is not None
                and sexes is not None
                and (prep := _GOVERNS.search(before)) is not None
                and sexes.caseless(orig, lang)
            ):  # "с Анаит Карапетян" → "с Дарьей Щавленко": a name that never changes takes the preposition's case
                new = in_case(orig, lang, _governed(prep.group(1), lang), sex)
            elif sex is not None and sexes is not None:
                new = sexes.of_sex(orig, lang, sex)
        if lang in {"ru", "uk"} and r.operator == "generalize" and s.entity_type == "LOCATION" and new.startswith("["):
            na = regex.search(r"(?i)(?<![\p{L}-])(на)([ \t]+)$", text[lo:start])
            if na and _IN_LABEL.match(new):  # "на Волині" → "у [регіоні]", never "на [регіоні]"
                prep = {"uk": "у", "ru": "в"}[lang]
                start, new = (
                    lo + na.start(),
                    (prep.capitalize() if na.group(1)[0].isupper() else prep) + na.group(2) + new,
                )
        if lang in {"ru", "uk"} and r.operator in {"pseudonym", "generalize"} and start == s.start:
            prep = _PREP_BEFORE.search(before)
            if prep and (form := _euphonic(prep.group(1), orig, new, lang)) is not None:
                start, new = lo + prep.start(), form + prep.group(2) + new  # "с Коброй" → "со Стрелой"
        placed = False
        joined = i in leads or (i - 1 in leads and not r.new_text)  # a joined pair's label needs its article only
        if lang == "en" and r.operator == "generalize" and s.entity_type == "LOCATION" and r.new_text:
            attributive = _attributive(new, text[lo:start], after)
            if attributive != new:
                # "from the Selydove side" → "from the Donetsk Oblast side": the text's "the" stays
                the = _DET.search(text[lo:start])
                new = attributive
                if the is not None and the.group(1).lower() == "the" and (own := _OWN_ART.match(new)):
                    new, placed = new[own.end() :], True
            elif (fitted := _english_place(text, lo, start, end, new, out, prev_end, places)) is not None:
                start, end, new = fitted
                placed = True
        if lang == "en" and r.operator == "generalize" and s.entity_type == "MILITARY_UNIT" and not joined:
            if (fitted_unit := _english_unit(text, lo, start, end, new)) is not None:
                start, end, new = fitted_unit
                placed = True
        if (
            lang == "en"
            and r.operator == "generalize"
            and s.entity_type == "MILITARY_UNIT"
            and new.endswith(" unit")
            and not placed
        ):
            # "the Storm-Z units" → "the military units"; "a Wagner unit" → "a military unit", never "unit unit"
            det = _DET.search(before)
            if regex.match(r" units?\b", after):
                new = "military" if not det or det.group(1).lower() == "the" else new[:-5]
        if lang == "en" and r.operator == "generalize" and s.entity_type == "ORGANIZATION":
            if (fitted_org := _english_institution(before, orig)) is not None:
                new, placed = fitted_org, True
        if lang == "en" and new[:1].isalnum() and new != "military" and not placed:
            start, new = _english_article(text, lo, start, new)
        if (
            lang == "en"
            and text[start:end].endswith(".")
            and not new.endswith(".")
            and regex.match(r"[ \t]+\p{Lu}", text[end : end + 3])
        ):
            new += "."  # "her house at 7 Sadova St. Buried": the abbreviation's full stop also ended the sentence
        prefix = text[line_lo:start]
        if new[:1].islower() and new[:1].isalpha() and _sentence_start(prefix):
            new = new[:1].upper() + new[1:]
        elif (
            r.operator == "generalize"
            and new[:1] == "["
            and new[1:2].islower()
            and not new.endswith(" withheld]")  # "[number withheld]" reads as the removals' placeholder does
            and (not prefix.strip() or _SENTENCE_END.search(prefix[-16:]) or _CAPS_LABEL.fullmatch(prefix.lstrip()))
            and not _ABBREV_END.search(prefix[-16:])
        ):
            # "[Військова частина], 3 батальйон": a label opening a sentence opens it with a capital
            new = "[" + new[1:2].upper() + new[2:]
        span = s if (start, end) == (s.start, s.end) else replace(s, start=start, end=end)
        out.append(replace(r, span=span, new_text=new))
        prev_end = end
    return out


# A preposition whose form follows the sound of the next word: с/со, в/во, о/об (Russian), з/із/зі (Ukrainian).
_PREP_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{N}-])(с|со|в|во|о|об|з|із|зі)([ \t]+)$")
_CONS = "бвгджзйклмнпрстфхцчшщь"


def _prep_for(prep: str, word: str, lang: str) -> str:
    """The form of ``prep`` (any of its forms) that reads before ``word``."""
    w = word.lstrip("«\"“„'[(").lower()
    first, second = w[:1], w[1:2]
    p = prep.lower()
    if p in {"с", "со"} and lang == "ru":
        return "со" if first == "щ" or (first in "сзшж" and second and second in _CONS) else "с"
    if p in {"в", "во"} and lang == "ru":
        return "во" if first in "вф" and second and second in _CONS else "в"
    if p in {"о", "об"} and lang == "ru":
        return "об" if first in "аоуэи" else "о"
    if p in {"з", "із", "зі"} and lang == "uk":
        return "зі" if first in "зсшщжчц" and second and second in _CONS else p if p != "зі" else "з"
    return p


def _euphonic(prep: str, orig: str, new: str, lang: str) -> str | None:
    """The preposition before a replacement, when the one the text has fitted the original word and not the new one.

    "с «Коброй»" → "со «Стрелой»", "об Игоре" → "о Павле"; a form the original did not call for (a writer's
    choice) is left alone, and so is a replacement in brackets, which is read as a label.
    """
    if new.startswith(("[", "<")) or not new[:1].isalpha() and new[:1] not in '«"“„':
        return None
    if _prep_for(prep, orig, lang) != prep.lower():
        return None
    want = _prep_for(prep, new, lang)
    if want == prep.lower():
        return None
    return want.upper() if prep.isupper() and len(prep) > 1 else (want.capitalize() if prep[:1].isupper() else want)


# A kinship word or form of address right before a name: the name stands in its case (тітці Раї, у дяди Вани).
_KIN_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}-])(тёт\p{L}*|тет\p{L}*|тітк\p{L}*|тітц\p{L}*|дяд\p{L}*|бабушк\p{L}*|бабус\p{L}*|бабц\p{L}*|"
    r"дедушк\p{L}*|дідус\p{L}*|сестр\p{L}*|брат\p{L}*|кум\p{L}*)[ \t]+$"
)


def _kin_case(word: str, lang: str) -> tuple[tuple[str, ...], bool | None] | None:
    """The cases a kinship word may be in (тітці: dative; дяді: genitive or dative; тітка: none, a nominative) and
    the sex it names (тітці: a woman's name follows; дядька: a man's); the name takes the first it can be in."""
    from redact.recognizers.nlp import morph

    found = [p for p in morph.parses(word, lang) if p.tag.POS == "NOUN" and p.tag.case and "plur" not in p.tag]
    order = ("datv", "gent", "ablt", "accs", "loct")  # тітці, тёте: given or told, not spoken of
    cases = tuple(c for c in order if any(p.tag.case == c for p in found))
    if not cases or any(p.tag.case in {"nomn", "voct"} for p in found):
        return None
    low = word.lower()
    female = True if low.startswith(("т", "баб", "сестр", "кума")) else None
    female = False if low.startswith(("дяд", "дед", "дід", "брат")) else female
    return cases, female


_PLACE_PHRASE = regex.compile(r"an? (?:village|town|city|place|region) (?:in|of) (?:the )?(?P<where>.+)")


def _attributive(new: str, before: str, after: str) -> str:
    """ "a Kramatorsk family" → "a Donetsk Oblast family": a place used before a noun keeps only its region."""
    nxt = regex.match(r" (\p{Ll}+)", after)
    if not (_DET.search(before) or _POSS.search(before)) or not nxt or nxt.group(1) in _FUNCTION_WORDS:
        return new  # "in the Samara region and works": no noun follows, the place is no attribute
    m = _PLACE_PHRASE.fullmatch(new)
    where = m.group("where") if m else "local"
    where = _DEMONYM.get(where, where)  # "a Russia family" → "a Russian family"
    return article_for(where) + " " + where


_FUNCTION_WORDS = frozenset(
    "and or but nor so yet where which who whom whose that when while as if than to in on at of for with from by "
    "into onto near after before since until about is was were are be been has had have said says did does do "
    "will would could should may might can must not".split()
)
_DEMONYM = {"Russia": "Russian", "Ukraine": "Ukrainian", "Belarus": "Belarusian", "Kazakhstan": "Kazakh"}


def _english_article(text: str, lo: int, start: int, new: str) -> tuple[int, str]:
    """The replacement's start and text once the article before it and its own agree (see module docstring)."""
    before = text[lo:start]
    own = _OWN_ART.match(new)
    place = _OF_PLACE.search(before) if own else None
    if place:  # "the village of Ivanovka" → "a village in the Saratov region"
        return lo + place.start(), _like(place.group(1), own.group(1)) + new[len(own.group(1)) :]
    det = _DET.search(before)
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


class Sexes(Protocol):
    """What :func:`fit` asks of the linker about names a man and a woman both bear (:class:`redact.names.Linker`)."""

    def shared_name(self, text: str, lang: str) -> tuple[str, frozenset[str]] | None:
        """(key, case) of the mention's given name either sex bears, or None."""
        ...

    def of_sex(self, text: str, lang: str, female: bool) -> str:
        """The mention's pseudonym with that name given the sex ``female`` says."""
        ...

    def caseless(self, text: str, lang: str) -> bool:
        """Whether no word of the mention shows its case (Анаит, Нино Гелашвили)."""
        ...


_WORD = regex.compile(r"[\p{L}-]+|[.!?;:…—–()\[\]«»\"]|,")
_CLAUSE_END = frozenset('.!?;:…—–()[]«»"')


def _gender(parse: Any) -> bool | None:
    if "femn" in parse.tag.grammemes:
        return True
    if "masc" in parse.tag.grammemes:
        return False
    return None


def _sex_nearby(before: str, after: str, gram: frozenset[str], lang: str) -> bool | None:
    """The sex the words next to a person's name show, or None: a past-tense verb or short adjective the name is
    the subject of ("Саша сказала", "Женя был ранен"), or a noun or adjective beside it in its case ("её сестра
    Саша", "моя Валя", "брату Жене"). Read by the morphology, word by word; a clause boundary, a second name or a
    conjunction joining another subject ("Саша и Женя пришли") ends the search."""
    from redact.recognizers.nlp import morph

    case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct") if c in gram), None)
    if case in {"nomn", None}:
        for k, w in enumerate(_WORD.findall(after)[:6]):
            if w in _CLAUSE_END or (w == "," and k == 0):
                break
            if w == "," or w[:1].isupper():
                break
            found = morph.parses(w, lang)
            if not found:
                break
            first = found[0]
            pos = first.tag.POS
            if pos in {"CONJ"} or (pos in {"NOUN", "NPRO"} and "nomn" in first.tag.grammemes):
                break  # "Саша и Женя", "Саша, мама и я": another subject
            if pos == "ADJF" and "nomn" in first.tag.grammemes and "sing" in first.tag.grammemes:
                nxt = _WORD.findall(after)[k + 1 : k + 2]
                head = morph.parses(nxt[0], lang)[:1] if nxt and nxt[0][:1].isalpha() else []
                if head and head[0].tag.POS == "NOUN":
                    break  # "Саша новый телефон купил": the adjective is the noun's
                genders = {_gender(p) for p in found if p.tag.POS == "ADJF" and "nomn" in p.tag.grammemes}
                return genders.pop() if len(genders) == 1 else None  # "Саша трёхсотый", "Женя жива-здорова"
            if pos == "VERB" or pos in {"PRTS", "ADJS"}:
                if pos == "VERB" and "past" not in first.tag.grammemes:
                    break  # "Саша говорит": the present tense shows no sex
                if "plur" in first.tag.grammemes:
                    break
                genders = {_gender(p) for p in found if p.tag.POS == pos}
                return genders.pop() if len(genders) == 1 else None
    # The word right before the name, in its case: an adjective or possessive (моя, наша), or a noun in apposition
    # (сестра, подруга, брат), of one sex.
    m = regex.search(r"([\p{L}-]+)[ \t]+$", before)
    if m is None or case is None:
        return None
    readings = [p for p in morph.parses(m.group(1), lang) if case in p.tag.grammemes and "plur" not in p.tag.grammemes]
    if not readings or readings[0].tag.POS not in {"ADJF", "NOUN", "PRTF"}:
        return None
    first = readings[0]
    if first.tag.POS == "NOUN" and ("anim" not in first.tag.grammemes or "ms-f" in first.tag.grammemes):
        return None  # "в городе Саша", "коллега Саша": a thing, or a word of either sex
    if {"Name", "Surn", "Patr"} & set(first.tag.grammemes):
        return None
    genders = {_gender(p) for p in readings if p.tag.POS == first.tag.POS}
    return genders.pop() if len(genders) == 1 else None


def _sexes_shown(text: str, reps: Sequence[Replacement], language: str, sexes: Sexes) -> dict[int, bool]:
    """Index of each replacement of a name either sex bears → the sex its context shows, or, with no sign beside
    it, the one sex every other mention of the same name in the document shows."""
    own: dict[int, bool | None] = {}
    keys: dict[int, str] = {}
    for i, r in enumerate(reps):
        s = r.span
        if r.operator != "pseudonym" or s.entity_type != "PERSON":
            continue
        orig = text[s.start : s.end]
        lo = max(text.rfind("\n", 0, s.start) + 1, s.start - 80)
        nl = text.find("\n", s.end)
        hi = min(nl if nl >= 0 else len(text), s.end + 80)
        lang = _line_lang(text[lo : s.start] + " " + text[s.end : hi], language)
        if lang not in {"ru", "uk"}:
            continue
        shared = sexes.shared_name(orig, lang)
        if shared is None:
            continue
        keys[i] = shared[0]
        own[i] = _sex_nearby(text[lo : s.start], text[s.end : hi], shared[1], lang)
    votes: dict[str, set[bool]] = {}
    for i, sex in own.items():
        if sex is not None:
            votes.setdefault(keys[i], set()).add(sex)
    out: dict[int, bool] = {}
    for i, key in keys.items():
        sex = own[i]
        if sex is None and len(votes.get(key, ())) == 1:
            sex = next(iter(votes[key]))
        if sex is not None:
            out[i] = sex
    return out


# A preposition right before a name, and the cases it governs, the likelier first (с: with, not from).
_GOVERNS = regex.compile(
    r"(?i)(?<![\p{L}-])(с|со|з|із|зі|о|об|про|к|ко|до|для|без|у|в|во|от|від|для|при|по|за|перед|над|під|под|на)[ \t]+$"
)
_GOVERNED = {
    "с": ("ablt",),
    "со": ("ablt",),
    "з": ("ablt",),
    "із": ("ablt",),
    "зі": ("ablt",),
    "о": ("loct",),
    "об": ("loct",),
    "про": ("accs",),
    "к": ("datv",),
    "ко": ("datv",),
    "до": ("gent",),
    "для": ("gent",),
    "без": ("gent",),
    "от": ("gent",),
    "від": ("gent",),
    "при": ("loct",),
    "по": ("datv",),
    "за": ("accs", "ablt"),
    "перед": ("ablt",),
    "над": ("ablt",),
    "під": ("ablt",),
    "под": ("ablt",),
    "на": ("accs",),
    "у": ("gent",),
    "в": ("accs",),
    "во": ("accs",),
}


def _governed(prep: str, lang: str) -> tuple[str, ...]:
    p = prep.lower()
    if lang == "uk" and p == "про":
        return ("accs",)
    if lang == "uk" and p in {"у", "в"}:
        return ("gent", "accs", "loct")  # "у Анаїт" (at her place), "в Анаїт"
    return _GOVERNED.get(p, ("nomn",))


def _hashtag(
    text: str, start: int, orig: str, operator: str, new: str, entity: str, language: str, relabel: Relabel | None
) -> str | None:
    """What replaces a finding that is (or ends) a hashtag ("#Новоселівка", "#ЗеленийГай"), or None when it is none.

    A hashtag stays a hashtag of the replacement: one word after "#", no brackets, no spaces: a pseudonym run together
    ("#ПавлоКоваль"), a generalised place or unit its kind in the nominative ("#Село", "#Бригада").
    """
    inside = orig.startswith("#")
    if not inside and not (start > 0 and text[start - 1] == "#"):
        return None
    if operator not in {"pseudonym", "generalize", "label"} or not new:
        return None
    if operator == "generalize" and language == "en":
        return None  # English: "#Lipovka" is "[place withheld]", the English place rendering's (no "#Place")
    word = new
    if new.startswith(("[", "<")) or operator == "generalize":
        bare = orig.lstrip("#")
        if operator == "generalize" and relabel is not None and entity in {"LOCATION", "MILITARY_UNIT", "ORGANIZATION"}:
            word = relabel(entity, bare, language, "")
        word = word.strip("[]<>").split(",")[0]
        word = word.lstrip("#")
        if regex.match(r"(?i)(?:an?|the)\s", word):
            word = word.split(" ", 1)[1]
            word = regex.split(r"\s(?:in|of)\s", word)[0]
    pieces = [w for w in regex.split(r"[^\p{L}\p{N}_]+", word) if w]
    if not pieces:
        return None
    tagged = "".join(w[:1].upper() + w[1:] for w in pieces)
    if not orig.lstrip("#")[:1].isupper():
        tagged = tagged[:1].lower() + tagged[1:]
    return ("#" if inside else "") + tagged


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
_LABEL_EN = regex.compile(r"an? (?P<kind>village|town|city|place|large city)(?: in (?P<where>.+))?")
_REGION_EN = regex.compile(r"an? region(?: of (?P<country>.+))?")
# A transliterated adjective that opens a place's name ("Zarechny Bor", "Novaya Shilka", "Verkhny Tsagan").
_PLACE_ADJ = regex.compile(r"(?i)^\p{Lu}\p{L}+(?:y|iy|yy|ij|yi|iy|aya|aja|oye|oe|ye|ie|ove|ovo|ino|yj)$")


class _Places:
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
    text: str, lo: int, start: int, end: int, new: str, out: list[Replacement], prev_end: int, places: _Places
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
      the place's label already locates it.
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
    if _CUE_BEFORE.search(before) or regex.match(
        r"[ \t]+(?:" + _KIND_EN + r"|district)\b", after, flags=regex.IGNORECASE
    ):
        # "the village of Talnikovka", "sign it: village Talnikovka", "the Talnikovka village council": the text's
        # kind noun stays where it is and the name alone goes, so nothing is said twice and no word of the text
        # is replaced
        return start, end, "[name withheld]"
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
    if _ORIGIN.search(before):  # "he's from a village", "from a large city in Russia": new to the reader
        return start, end, new if where and first else ("an " if kind[0] in "aeiou" else "a ") + kind
    if where and first:
        return start, end, new
    return start, end, "the " + ("city" if label.group("kind") == "large city" else kind)


def _join_place_words(
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
            and _LAT_LETTER.search(text[prev.span.start : r.span.end])
            and not _CYR_LETTER.search(text[prev.span.start : r.span.end])
            and _PLACE_ADJ.match(text[prev.span.start : prev.span.end])
            and regex.fullmatch(r"\p{Lu}[\p{Ll}'’-]+", text[r.span.start : r.span.end])
        ) or (
            # "Storm-V" + "detachment of the 70th regiment", "the Crimean" + "1st Battalion": one unit, one label
            prev is not None
            and prev.operator == r.operator == "generalize"
            and prev.span.entity_type in {"MILITARY_UNIT", "LOCATION"}
            and r.span.entity_type == "MILITARY_UNIT"
            and text[prev.span.end : r.span.start] == " "
            and not _CYR_LETTER.search(text[prev.span.start : r.span.end])
            and _LAT_LETTER.search(text[prev.span.start : r.span.end])
        ):
            entity = r.span.entity_type if r.span.entity_type == "MILITARY_UNIT" else prev.span.entity_type
            both = text[prev.span.start : r.span.end]
            # Each finding keeps its own span and type (the audit lists what was found): the first writes the
            # label of both, the second writes nothing and takes in the space between them.
            out[-1] = replace(prev, new_text=relabel(entity, both, language, ""))
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
