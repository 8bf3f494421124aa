"""Name parts: a person mention split into given name, surname, patronymic, initials and titles.

Each part gets its own identity key (the skeleton of its nominative, masculine for a surname or patronymic),
so "Никита", "Никитушка", "Nikita" and the "Nikita" of "Burtsev Nikita Andreyevich" share one key. The split
reads the gazetteer, the morphology and the shape of the words; a whole-person identity is the surname plus
the given name (:func:`person_identity`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

import regex

from redact.names.given import GivenName, cyrillic_guess, diminutive_stem, gender_of, given_names, shared_forms
from redact.names.keys import GRAM_KEEP, TOKEN, grammemes, is_cyrillic, lemma, name_parse, name_parses, skeleton

__all__ = [
    "PartKind",
    "TITLES",
    "NamePart",
    "ADJ_SURN",
    "SURN_CYR",
    "given_name_for",
    "surname_key",
    "patronymic_key",
    "split_person",
    "person_identity",
]

PartKind = Literal["given", "surname", "patronymic", "initial", "title", "unknown"]

# Kinship words and forms of address kept beside a name ("бабе Вале", "Uncle Misha"): not part of the name.
TITLES = frozenset(
    "баба бабушка бабуля дед деда дедушка тётя тетя тёть теть дядя дядь мама мать папа отец брат братан сестра "
    "товарищ командир кум кума тёща свекровь "
    "тітка дядько бабця дідусь "
    "aunt auntie uncle grandma granny grandpa grandfather grandmother baba babushka dyadya tyotya mom mum dad "
    "brother sister comrade commander mr mrs ms miss".split()
)


@dataclass(frozen=True)
class NamePart:
    """One word of a person mention, classified, with the key its pseudonym is derived from."""

    start: int
    end: int
    text: str
    kind: PartKind
    key: str  # skeleton identity of this part ("" for initials)
    female: bool | None = None
    gram: frozenset[str] = field(default_factory=frozenset)


_PATR_LAT = regex.compile(r"(?i)(?:ovich|evich|yevich|ievich|ich|ych|ovna|evna|yevna|ichna|ivna|yivna|ovych|yovych)$")
_SURN_LAT = regex.compile(
    r"(?i)(?:ov|ev|yov|in|yn|sky|skiy|skii|ski|enko|uk|chuk|iuk|ova|eva|ina|yna|skaya|ska|ikh|ykh|ets)$"
)
_SURN_FEM = regex.compile(r"(?i)(?:ova|eva|yova|ina|yna)$")
SURN_CYR = regex.compile(r"(?i)^(.*?(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ых|ы|им|ыми|ою|ої|ій|ові)?$")
ADJ_SURN = regex.compile(
    r"(?i)^(.*?)(ский|ская|ского|ской|скому|ским|ском|скую|ские|ских|скими|цкий|цкая|цкого|цкой|цкому|цким|цком|цкую)$"
)


def _possessive(token: str) -> tuple[str, str]:
    for suf in ("'s", "’s", "s'", "s’"):
        if token.endswith(suf) and len(token) > len(suf) + 1:
            return token[: -len(suf)] + ("s" if suf.startswith("s") else ""), suf[1:] if suf.startswith("s") else suf
    return token, ""


def _family_plural(word: str) -> bool:
    """A Latin surname in the plural that names a family ("Gorbunovs", "Petrenkos", "Kovalchuks"), not a given name."""
    return (
        not is_cyrillic(word)
        and len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        and _SURN_LAT.search(word[:-1]) is not None
        and not _SURN_FEM.search(word[:-1])
        and given_name_for(word[:-1], "en") is None
    )


_CASE_ENDINGS = {
    "и": "gent",
    "і": "datv",
    "ы": "gent",
    "е": "datv",
    "у": "accs",
    "ю": "accs",
    "ой": "ablt",
    "ей": "ablt",
    "ою": "ablt",
    "ею": "ablt",
    "о": "voct",
}


def _ending_swaps(word: str) -> list[tuple[str, str]]:
    """Nominative guesses for a case form the dictionary lacks (Жеки → Жека), with the case it implies."""
    low = word.lower()
    out = []
    for end, case in sorted(_CASE_ENDINGS.items(), key=lambda kv: -len(kv[0])):
        if low.endswith(end) and len(low) - len(end) >= 2:
            for nom in ("а", "я"):
                out.append((low[: -len(end)] + nom, case))
    return out


def _uk_oblique(word: str, lang: str, hit: GivenName) -> bool:
    """A Ukrainian-spelt form the dictionary reads first as an oblique case of the same name (Даниїла: of Даниїл).

    Діна, read first as a genitive of a man's Дін, is not: the name is a woman's.
    """
    if not any(c in word.lower() for c in "іїєґ"):
        return False
    parses = name_parses(word, lang, "Name")
    if not parses or "nomn" in parses[0].tag.grammemes or hit.female is None:
        return False
    known = given_names().get(skeleton(str(parses[0].normal_form)))
    same_gender = ("femn" in parses[0].tag.grammemes) == hit.female
    return same_gender and known is not None and known.canonical == hit.canonical


def _given_hit(word: str, lang: str) -> tuple[GivenName, frozenset[str] | None] | None:
    """The given name ``word`` refers to, and the case it implies when only an ending swap found it."""
    table = given_names()
    cyr = is_cyrillic(word)
    if cyr and skeleton(word) not in table and regex.search(r"(?i)[бвгджзклмнпрстфхцчшщ]$", word):
        readings = name_parses(word, lang, "Name")
        if readings and all("plur" in r.tag.grammemes and "femn" in r.tag.grammemes for r in readings):
            # "Ильнар", "Ильназ": read only as a genitive plural of a woman's name (Ильнара), which no one person is;
            # a man's name of that form in the nominative
            return GivenName(skeleton(word), False), frozenset({"nomn", "sing"})
    if cyr:
        # The surface form first: "Александра" is more often Alexandra herself than Alexander's genitive,
        # and reading it so keeps it linked to "Alexandra" in a translation.
        cands = [word] + [str(p.normal_form) for p in name_parses(word, lang, "Name")] + [lemma(word, lang)]
    else:
        cands = [word]
    for c in cands:
        hit = table.get(skeleton(c))
        if hit is not None:
            if cyr and c is word and not _uk_oblique(word, lang, hit):
                # "Тьоми", "Сашку": a case ending on a listed form of the same name (Тьома, Сашка) is that case.
                for nom, case in _ending_swaps(word):
                    swapped = table.get(skeleton(nom)) if case != "voct" and nom != word.lower() else None
                    if swapped is not None and swapped.canonical == hit.canonical:
                        return hit, frozenset({case, "sing"})
                # The gazetteer lists nominatives and vocatives (Алинка, Серёг): a form found as it stands is
                # one, whatever case the dictionary guesses for it.
                return hit, frozenset({"nomn", "sing"})
            parses = name_parses(word, lang, "Name")
            if cyr and (not parses or {"plur", "loct"} & set(parses[0].tag.grammemes)):
                # "Жеки" reads as a plural and "Жеке" as a prepositional of the vocative "Жек"; one person,
                # usually addressed or given something, is meant: the genitive or dative of Жека. "Тьоми", which
                # the dictionary has no name reading for, is the genitive of Тьома likewise.
                for nom, case in _ending_swaps(word):
                    swapped = table.get(skeleton(nom))
                    if swapped is not None and swapped.canonical == hit.canonical:
                        return hit, frozenset({case, "sing"})
            return hit, None
    if cyr:
        for nom, case in _ending_swaps(word):
            hit = table.get(skeleton(nom))
            if hit is not None:
                return hit, frozenset({case, "sing"})
        p = name_parse(word, lang, "Name")
        if p is not None:
            return GivenName(skeleton(str(p.normal_form)), gender_of(p)), None
        d = diminutive_stem(word, lang)
        return (d, None) if d is not None else None
    guess = cyrillic_guess(word)
    p = name_parse(guess, "ru", "Name")
    if p is not None and str(p.normal_form) == guess.lower():
        return GivenName(skeleton(str(p.normal_form)), gender_of(p)), None
    d = diminutive_stem(guess, "ru")
    return (d, None) if d is not None else None


_UK_SURN_SHAPE = regex.compile(r"(?i)\p{L}{2,}енк(?:о|а|у|ові|ом|ою)$")


def _surname_not_given(word: str, lang: str) -> bool:
    """A surname form that the dictionary also reads as a given name in a reading no one means.

    "Иванов" (and "Мухаметов", which the dictionary lacks) is a surname before it is the genitive plural of Иван or
    Мухамет (a person is one); "Коваленка" is the genitive
    of Коваленко (the -енко shape says so) before it is a guessed woman's name. A form the gazetteer lists as a
    given name is never one.
    """
    if skeleton(word) in given_names():
        return False
    surn = name_parses(word, lang, "Surn")
    shaped = SURN_CYR.match(word) is not None and not word.lower().endswith(("ина", "ину", "ине", "иной"))
    if not surn and not shaped:
        return False
    if _UK_SURN_SHAPE.search(word):
        return True
    names = name_parses(word, lang, "Name")
    single = not surn or "plur" not in surn[0].tag.grammemes
    return bool(names) and all("plur" in p.tag.grammemes for p in names) and single


def _shared(word: str, lang: str) -> bool:
    """A given name a man and a woman both bear (Саша, Женя, Валя, Шура, in any case): it says nothing of the sex."""
    shared = shared_forms()
    forms = {word} | {str(p.normal_form) for p in name_parses(word, lang, "Name")} if is_cyrillic(word) else {word}
    forms |= {nom for nom, case in _ending_swaps(word) if case != "voct"} if is_cyrillic(word) else set()
    if any(f.lower().replace("ё", "е") in shared for f in forms):
        return True
    return is_cyrillic(word) and any("ms-f" in p.tag.grammemes for p in name_parses(word, lang, "Name"))


def given_name_for(word: str, lang: str) -> GivenName | None:
    """The given name ``word`` refers to (any form: full, diminutive, case form, another script), or None."""
    hit = _given_hit(word, lang)
    return hit[0] if hit else None


def surname_key(word: str, lang: str) -> tuple[str, bool | None]:
    """Skeleton of the masculine nominative surname and whether this form is feminine."""
    if is_cyrillic(word):
        p = name_parse(word, lang, "Surn")
        if p is not None:
            female = True if "femn" in p.tag else (False if "masc" in p.tag else None)
            norm = str(p.normal_form)
            m = SURN_CYR.match(norm)
            if female and m and (m.group(2) or "").lower() == "а":
                norm = m.group(1)  # "Мамедовою" (Ukrainian, hers): the family's key is Мамедов, as for "Мамедова"
            return skeleton(norm), female
        m = ADJ_SURN.match(word)
        if m:
            return skeleton(m.group(1) + "ский"), m.group(2).lower() in {"ская", "скую", "цкая", "цкую"}
        m = SURN_CYR.match(word)
        if m:
            ending = (m.group(2) or "").lower()
            # Ukrainian forms too: Хайруллиною, Іванової, Івановій are hers; Іванові, Івановим his
            return skeleton(m.group(1)), (
                True if ending in {"ой", "ою", "ої", "ій"} else None if ending == "а" else False
            )
        return skeleton(word), None
    if _SURN_FEM.search(word):
        return skeleton(word[:-1]), True
    if regex.search(r"(?i)(?:skaya|skaia)$", word):
        return skeleton(word[:-4] + "sky"), True
    # A man's ending says a man; Kovalchuk, Shevchenko, Bondar are anyone's: the given name beside them decides.
    masc = regex.search(r"(?i)(?:ov|ev|yov|in|yn|sky|skiy|skii|ski|ych|ich)$", word)
    return skeleton(word), (False if masc else None)


_PATR_FEM_LAT = [
    ("yevna", "yevich"),
    ("ievna", "ievich"),
    ("ovna", "ovich"),
    ("evna", "evich"),
    ("ichna", "ich"),
    ("yivna", "yovych"),
    ("ivna", "ovych"),
]
_PATR_FEM_CYR = [
    ("ьевна", "ьевич"),
    ("овна", "ович"),
    ("евна", "евич"),
    ("ична", "ич"),
    ("ївна", "йович"),
    ("івна", "ович"),
]


def patronymic_key(word: str, lang: str) -> tuple[str, bool | None]:
    """Skeleton of the masculine nominative patronymic (the father's name) and whether this form is feminine."""
    if is_cyrillic(word):
        p = name_parse(word, lang, "Patr")
        if p is not None:
            female = "femn" in p.tag
            if "Infr" in p.tag:  # Михалыч: keep the informal form, it is what the English spells
                nom = p.inflect({"nomn", "sing"})
                return skeleton(str(nom.word if nom else p.normal_form)), female
            return skeleton(str(p.normal_form)), female
        low = regex.sub(
            r"(?<=ич)(?:а|у|ем|е|ом)$|(?<=вн)(?:ы|е|у|ой)$|(?<=чн)(?:ы|е|у|ой)$", lambda m: "", word.lower()
        )
        low = regex.sub(r"(?<=вн|чн)$", "а", low) if low.endswith(("вн", "чн")) else low
        for fem, masc in _PATR_FEM_CYR:
            if low.endswith(fem):
                return skeleton(low[: -len(fem)] + masc), True
        return skeleton(low), False
    low = word.lower()
    for fem, masc in _PATR_FEM_LAT:
        if low.endswith(fem):
            return skeleton(low[: -len(fem)] + masc), True
    return skeleton(low), False


def split_person(text: str, lang: str) -> list[NamePart]:
    """Split a PERSON mention into classified parts using the gazetteer, morphology and shape rules."""
    return list(_split_person(text, lang))


@lru_cache(maxsize=16384)
def _split_person(text: str, lang: str) -> tuple[NamePart, ...]:
    tokens: list[tuple[int, int, str]] = []
    for m in TOKEN.finditer(text):
        word, suffix = _possessive(m.group(0))
        tokens.append((m.start(), m.start() + len(word), word))
    parts: list[NamePart] = []
    provisional: list[tuple[int, int, str, str]] = []
    for start, end, word in tokens:
        bare = word.rstrip(".")
        if bare.lower() in TITLES or (len(tokens) > 1 and lemma(bare, lang).lower() in TITLES):
            provisional.append((start, end, word, "title"))
            continue
        if len(bare) == 1 or (word.endswith(".") and len(bare) <= 2):
            provisional.append((start, end, word, "initial"))
            continue
        cyr = is_cyrillic(bare)
        if (
            (cyr and name_parse(bare, lang, "Patr") is not None)
            or (not cyr and _PATR_LAT.search(bare))
            or (cyr and regex.search(r"(?i)(?:ович|евич|овна|евна|ична|івна|ївна)\w{0,3}$", bare))
        ):
            provisional.append((start, end, bare, "patronymic"))
        elif _family_plural(bare):
            provisional.append((start, end, bare, "surname"))  # "the Gorbunovs", "the Petrenkos' boy": a family
        elif cyr and _surname_not_given(bare, lang):
            provisional.append((start, end, bare, "surname"))  # "Иванов", "Коваленка": not Иван's genitive plural
        elif given_name_for(bare, lang) is not None:
            provisional.append((start, end, bare, "given"))
        elif (
            (cyr and name_parse(bare, lang, "Surn") is not None)
            or (not cyr and (_SURN_LAT.search(bare) or name_parse(cyrillic_guess(bare), "ru", "Surn") is not None))
            or (cyr and (SURN_CYR.match(bare) or ADJ_SURN.match(bare)))
        ):
            provisional.append((start, end, bare, "surname"))
        else:
            provisional.append((start, end, bare, "unknown"))
    words = [p for p in provisional if p[3] not in {"initial", "title"}]
    initials = [p for p in provisional if p[3] == "initial"]
    if (
        len(words) == 1
        and words[0][3] in {"given", "unknown"}
        and (len(initials) >= 2 or (initials and initials[0][0] < words[0][0]))
    ):
        # "Гарифуллиной Л.М.", "Л. М. Гарифуллина", "Korovin D. O.": one word beside the initials of a given name and
        # patronymic is the surname, whatever a guessed given-name reading says ("Мухаметшиной" is no man's name).
        # One initial after a given name ("Лилия Г.") is the surname's initial, as anonymised verdicts write it.
        provisional = [(s, e, w, "surname" if (s, e) == words[0][:2] else k) for s, e, w, k in provisional]
        words = [p for p in provisional if p[3] not in {"initial", "title"}]
    # Shape rules: in a multi-word name, an unknown word is the surname; if two words both read as
    # given names ("Роман Денис"), the one that is not first in a "Given Patronymic" pair is the surname.
    if len(words) >= 2:
        kinds = [w[3] for w in words]
        for j in range(len(kinds) - 1):
            if kinds[j] == "unknown" and kinds[j + 1] == "patronymic" and "given" not in kinds:
                kinds[j] = "given"  # "Доїна Василівна": the word before a patronymic is the given name it goes with
        if "surname" not in kinds:
            if "unknown" in kinds:
                kinds = ["surname" if k == "unknown" else k for k in kinds]
            elif kinds.count("given") >= 2:
                gi = [i for i, k in enumerate(kinds) if k == "given"]
                # "Surname Given Patronymic" when a patronymic follows the second given; else "Given Surname".
                if "patronymic" in kinds and kinds.index("patronymic") > gi[1]:
                    kinds[gi[0]] = "surname"
                else:
                    kinds[gi[-1]] = "surname"
        it = iter(kinds)
        provisional = [(s, e, w, k if k in {"initial", "title"} else next(it)) for s, e, w, k in provisional]
    for start, end, word, kind in provisional:
        gram = grammemes(word, lang, {"given": "Name", "surname": "Surn", "patronymic": "Patr"}.get(kind))
        if kind in {"initial", "title"}:
            parts.append(NamePart(start, end, word, kind, "", None, gram))  # type: ignore[arg-type]
        elif kind == "patronymic":
            key, female = patronymic_key(word, lang)
            parts.append(NamePart(start, end, word, "patronymic", key, female, gram))
        elif kind == "given":
            # a word only its place before a patronymic makes a given name ("Доїна") has no gazetteer entry
            hit = _given_hit(word, lang) or (GivenName(skeleton(lemma(word, lang)), None), None)
            g, implied = hit
            if implied is not None and is_cyrillic(word):
                gram = implied
            # Where the dative and the prepositional look alike (Жеке, Тёме), speech means the dative far
            # more often ("передай Жеке"), so the prepositional reading goes last.
            readings = sorted(name_parses(word, lang, "Name"), key=lambda r: "loct" in r.tag.grammemes)
            for parse in readings if implied is None else ():
                known = given_names().get(skeleton(str(parse.normal_form)))
                if skeleton(str(parse.normal_form)) == g.canonical or (
                    known is not None and known.canonical == g.canonical
                ):  # Петра: the parse of Пётр, not of a woman's Петра
                    gram = frozenset(str(x) for x in parse.tag.grammemes if str(x) in GRAM_KEEP)
                    break
            if "plur" in gram:  # "Серёг" (truncated vocative) reads as a genitive plural: a person is one
                gram = frozenset({"nomn", "sing"})
            parts.append(
                NamePart(start, end, word, "given", g.canonical, None if _shared(word, lang) else g.female, gram)
            )
        elif kind == "surname" and _family_plural(word):
            key, _ = surname_key(word[:-1], lang)  # the family of the man the surname names: one identity
            parts.append(NamePart(start, end, word, "surname", key, None, frozenset({"plur"})))
        elif kind == "surname":
            key, female = surname_key(word, lang)
            parts.append(NamePart(start, end, word, "surname", key, female, gram))
        else:
            u = given_name_for(word, lang)
            key = u.canonical if u is not None else skeleton(lemma(word, lang))
            parts.append(NamePart(start, end, word, "unknown", key, u.female if u else None, gram))
    # A patronymic whose ending says the sex settles a given name whose form is also the other sex's case form
    # ("Евгения Андреевича": Евгений's genitive, not the woman's Евгения; "Александры Петровны": hers).
    patr = next((p for p in parts if p.kind == "patronymic" and p.female is not None), None)
    if patr is not None:
        parts = [
            _given_of_sex(p, patr, lang)
            if p.kind == "given" and p.female is not None and p.female != patr.female
            else p
            for p in parts
        ]
    # A woman's name makes the surname and patronymic beside it feminine when their form is ambiguous.
    female = next((p.female for p in parts if p.kind == "given" and p.female is not None), None)
    # The words of one name stand in one case: the given name's (or the patronymic's) case settles the surname's
    # ("Ковальчук Іван Петрович" is a nominative, whatever the dictionary guesses first for "Ковальчук").
    anchor = next((c for p in parts if p.kind in {"given", "patronymic"} for c in _NAME_CASES if c in p.gram), None)
    if female is not None:
        parts = [_agree(p, female, lang, anchor) if p.kind in {"surname", "patronymic"} else p for p in parts]
    elif anchor is not None:
        parts = [_in_case(p, anchor, lang) if p.kind == "surname" else p for p in parts]
    # The patronymic's case, which the dictionary reads surely (Маадыровичу: a dative), is the case of the words
    # beside it that the dictionary only guesses at: a given name it does not know ("Айдису") and a surname with no
    # reading in that case ("Бачо", read as a vocative plural) stand in it too.
    said = [c for p in parts if p.kind == "patronymic" and is_cyrillic(p.text) for c in _NAME_CASES if c in p.gram]
    if len(said) == 1:
        parts = [_in_patronymic_case(p, said[0], lang) for p in parts]
    return tuple(parts)


def _in_patronymic_case(p: NamePart, case: str, lang: str) -> NamePart:
    """A given name the gazetteer does not list, or a surname, read in the patronymic's ``case`` (see
    :func:`_split_person`)."""
    if case in p.gram or not is_cyrillic(p.text):
        return p
    if p.kind == "given" and skeleton(p.text) in given_names():
        return p
    if p.kind not in {"given", "surname"}:
        return p
    return replace(
        p, gram=frozenset({case, "sing"} | ({"femn"} if p.female else {"masc"} if p.female is False else set()))
    )


_NAME_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


def _given_of_sex(p: NamePart, patr: NamePart, lang: str) -> NamePart:
    """A given name re-read as a case form of a name of the patronymic's sex, in a case the patronymic can be in."""
    cases = {c for c in _NAME_CASES if c in patr.gram}
    for x in name_parses(p.text, lang, "Name"):
        grams = set(x.tag.grammemes)
        if ("femn" in grams) == patr.female and (not cases or cases & grams) and "plur" not in grams:
            known = given_names().get(skeleton(str(x.normal_form)))
            key = known.canonical if known is not None else skeleton(str(x.normal_form))
            gram = frozenset(str(g) for g in grams if str(g) in GRAM_KEEP)
            return NamePart(p.start, p.end, p.text, "given", key, patr.female, gram)
    return p


def _in_case(p: NamePart, case: str, lang: str) -> NamePart:
    """A surname read in ``case`` when the dictionary allows it (see :func:`_agree`)."""
    if not is_cyrillic(p.text) or case in p.gram:
        return p
    for parse in name_parses(p.text, lang, "Surn"):
        if case in parse.tag.grammemes and (p.female is None or ("femn" in parse.tag) == p.female):
            gram = frozenset(str(g) for g in parse.tag.grammemes if str(g) in GRAM_KEEP)
            return NamePart(p.start, p.end, p.text, p.kind, p.key, p.female, gram)
    for parse in name_parses(p.text, lang, "Surn"):
        # "Саша Иванова": beside a name either sex bears, a surname read in the name's case says the sex (hers)
        if case in parse.tag.grammemes and {"masc", "femn"} & set(parse.tag.grammemes):
            gram = frozenset(str(g) for g in parse.tag.grammemes if str(g) in GRAM_KEEP)
            return NamePart(p.start, p.end, p.text, p.kind, p.key, "femn" in parse.tag, gram)
    return p


def _agree(p: NamePart, female: bool, lang: str, case: str | None = None) -> NamePart:
    """Read an ambiguous surname form in the gender of the given name beside it (Бурцева Алёна is hers), and in
    its case when the dictionary allows it."""
    if p.kind == "surname" and is_cyrillic(p.text):
        readings = name_parses(p.text, lang, "Surn")
        for parse in sorted(readings, key=lambda r: case is not None and case not in r.tag.grammemes):
            if ("femn" in parse.tag) == female:
                gram = frozenset(str(g) for g in parse.tag.grammemes if str(g) in GRAM_KEEP)
                return NamePart(p.start, p.end, p.text, p.kind, p.key, female, gram)
    return NamePart(p.start, p.end, p.text, p.kind, p.key, female if p.female is None else p.female, p.gram)


def person_identity(parts: Sequence[NamePart]) -> tuple[str, str]:
    """(surname key, given key) of a mention; either may be empty."""
    surname = next((p.key for p in parts if p.kind == "surname"), "")
    given = next((p.key for p in parts if p.kind in {"given", "unknown"}), "")
    return surname, given
