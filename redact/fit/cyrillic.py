"""Russian and Ukrainian rendering of a fitted replacement: a place's, unit's or institution's label in the case the
words before it govern, with the kind word of the text taken in ("в селе Ивановка" → "в [селе, ...]") or kept as an
abbreviation ("с. [название скрыто]"); "на" before a region's label turned into "в"/"у"; a preposition's form
following the new word's sound ("с Коброй" → "со Стрелой"); a person's pseudonym in the case of a kinship word or
preposition before it, in the vocative when it calls someone, and in the sex the words around it show (Саша,
Женя); and a date of birth generalised to its year ("родился в 1995 году").

:func:`place_label`, :func:`person_name`, :func:`prepositions` and :func:`birth_year` are what
:func:`redact.fit.fit` asks of this module; :func:`sexes_shown` reads the sex of shared names once per document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import regex

from redact.fit.bounds import SENTENCE_END, Relabel, line_language, region_follows, sentence_start

if TYPE_CHECKING:
    from redact.resolve import Replacement, Span

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

# Labels of a place one is in, not on: "на Волині", "на Кубани", "на Лівобережному" → "у [регіоні]", "в [регионе]".
_IN_LABEL = regex.compile(r"\[(?:регион|регіон|сел|город|міст|населен|населён|крупн|велик|деревн|поселк|селищ)")
# A genitive area after a place ("Зелений Гай Тарасівської громади", "Ивановка Петровского района").
_AREA_OF = regex.compile(r"(?i)(?:област|район|громад|округ|сільрад|сельсовет|волост)\p{L}*$")
_REGION_LABEL = regex.compile(r"\[(?:регион|регіон)\p{L}*[,\]]")

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
    choice) is left alone. A label in square brackets is read as the words it holds: "я во второй" → "я в [воинской
    части]", never "во [воинской части]"; an entity tag in angle brackets is no word.
    """
    if new.startswith("<") or not new[:1].isalpha() and new[:1] not in '«"“„[':
        return None
    if _prep_for(prep, orig, lang) != prep.lower() and not orig[:1].isdigit():
        return None  # (a number is read aloud: "во 2-й роте" is "во второй", the writer's form fits it)
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


def sexes_shown(text: str, reps: Sequence[Replacement], language: str, sexes: Sexes) -> dict[int, bool]:
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
        lang = line_language(text[lo : s.start] + " " + text[s.end : hi], language)
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


def birth_year(year: str, orig: str, before: str, after: str, lang: str) -> tuple[str, int, int]:
    """A date of birth generalised to ``year`` as a Russian or Ukrainian phrase: (text, characters taken before,
    after)."""
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
    if spelt and (not before.strip() or SENTENCE_END.search(before)):  # "14 марта 1992 года родилась ..."
        return f"{'у' if lang == 'uk' else 'в'} {year} {word}", 0, took
    return year, 0, 0


def place_label(
    text: str,
    s: Span,
    lo: int,
    line_lo: int,
    start: int,
    end: int,
    before: str,
    after: str,
    orig: str,
    out: list[Replacement],
    prev_end: int,
    language: str,
    lang: str,
    relabel: Relabel,
) -> tuple[int, int, str, str]:
    """A place's, unit's or institution's label (``relabel``) fitted to the words before it: (start, end, text, the
    words the label was made from, the text's kind word included).

    ``lo`` is how far back it may reach and ``line_lo`` where its line starts (``before``: the text from ``lo`` to
    the finding, ``after``: from the finding to where it may reach); ``out`` the replacements already fitted, the
    last of which ends at ``prev_end``.
    """
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
    new = relabel(s.entity_type, orig, lang, text[max(line_lo, start - 80) : start])  # the line's own language
    if (
        s.entity_type == "LOCATION"
        and "," in new
        and new.endswith("]")
        and region_follows(text, end, s.end + len(after)) is not None
    ):
        # "уроженец Торжка Тверской области" → "уроженец [города] Тверской области": the text says the region (or
        # the country) right after the place, so the label does not say it again
        new = new.partition(",")[0] + "]"
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
    return start, end, new, orig


def person_name(
    orig: str,
    before: str,
    after: str,
    lang: str,
    new: str,
    sex: bool | None,
    possessive: Callable[[str, str, str], str | None] | None,
    in_case: Callable[[str, str, tuple[str, ...], bool | None], str] | None,
    address: Callable[[str, bool | None], str] | None,
    sexes: Sexes | None,
) -> str:
    """A person's pseudonym (``new``) in the form the words around the name call for: a possessive adjective, the
    case of a kinship word or preposition before it, the vocative, or the sex ``sex`` the context shows (see
    :func:`redact.fit.fit` for the callables)."""
    noun = regex.match(r"[ \t]+(\p{Ll}+)(?![\p{L}-])", after)
    owner = possessive(orig, lang, noun.group(1)) if possessive is not None and noun else None
    kin = _KIN_BEFORE.search(before) if in_case is not None else None
    kin_case = _kin_case(kin.group(1), lang) if kin else None
    if owner is not None:  # "Андріїву маму" → "Тарасову маму": an adjective stays an adjective
        new = owner
    elif kin_case is not None and in_case is not None:  # "тітці Раї": the name stands in the kinship word's case
        new = in_case(orig, lang, kin_case[0], kin_case[1] if kin_case[1] is not None else sex)
    elif (
        lang == "uk"
        and address is not None
        and regex.match(r"[ \t]*[,!?]", after)
        and (sentence_start(before) or regex.search(r",[ \t]+$", before))
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
    return new


def prepositions(
    text: str, r: Replacement, lo: int, start: int, before: str, orig: str, new: str, lang: str
) -> tuple[int, str]:
    """The replacement's (start, text) with the preposition before it fitted: "на" before a label of a place one is
    in becomes "в"/"у" ("на Волині" → "у [регіоні]"), and a preposition that fitted the original's sound takes the
    form the new word's calls for ("с Коброй" → "со Стрелой")."""
    s = r.span
    if r.operator == "generalize" and s.entity_type == "LOCATION" and new.startswith("["):
        na = regex.search(r"(?i)(?<![\p{L}-])(на)([ \t]+)$", text[lo:start])
        if na and _IN_LABEL.match(new):  # "на Волині" → "у [регіоні]", never "на [регіоні]"
            prep = {"uk": "у", "ru": "в"}[lang]
            start, new = (
                lo + na.start(),
                (prep.capitalize() if na.group(1)[0].isupper() else prep) + na.group(2) + new,
            )
    if r.operator in {"pseudonym", "generalize"} and start == s.start:
        prep = _PREP_BEFORE.search(before)
        if prep and (form := _euphonic(prep.group(1), orig, new, lang)) is not None:
            start, new = lo + prep.start(), form + prep.group(2) + new  # "с Коброй" → "со Стрелой"
    return start, new
