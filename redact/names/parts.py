"""Identity linking: every mention of one person, call sign, unit or place maps to one identity.

A mention is normalised to a *skeleton*: Cyrillic is lemmatised (pymorphy3,
taking the Name/Surn/Patr/Geox parse, not ``parse()[0]``), transliterated
(iuliia, Wikipedia schema) and folded so that the usual spelling variants meet
(Artyom/Artem/Artiom, Yury/Iurii, Alexei/Aleksey, Бурцева/Burtseva/Бурцеву).
Diminutives map to their full name through the given-names gazetteer.

People are handled *part by part*: a given name, a surname and a patronymic
each have their own identity key, and a pseudonym is chosen for each part
from a keyed HMAC-SHA256 of that key. So "Никита", "Никитушка", "Nikita" and
the "Nikita" of "Burtsev Nikita Andreyevich" all get the same pseudonymous
given name in any file, in any run with the same key, in any worker: nothing
depends on the order in which files are processed. Whole-person identities
(for ``[PERSON 3]`` numbering) are the surname plus given name, linked within
one document (a lone "Nikita" joins the only full name with that given name)
and through the case registry.

Nothing here logs or raises with mention text.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import regex
import yaml

__all__ = [
    "NamePart",
    "Linker",
    "skeleton",
    "is_cyrillic",
    "latin",
    "split_person",
    "morph",
    "PartKind",
    "DATA_DIR",
    "uk_form",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_DIR = Path(__file__).resolve().parent.parent.parent / "recognizers" / "data"

PartKind = Literal["given", "surname", "patronymic", "initial", "title", "unknown"]

# Kinship words and forms of address kept beside a name ("бабе Вале", "Uncle Misha"): not part of the name.
TITLES = frozenset(
    "баба бабушка бабуля дед деда дедушка тётя тетя тёть теть дядя дядь мама мать папа отец брат братан сестра "
    "товарищ командир кум кума тёща свекровь "
    "тітка дядько бабця дідусь "
    "aunt auntie uncle grandma granny grandpa grandfather grandmother baba babushka dyadya tyotya mom mum dad "
    "brother sister comrade commander mr mrs ms miss".split()
)

_CYR = regex.compile(r"\p{Script=Cyrillic}")
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ]*(?:-\p{L}[\p{L}\p{M}'’ʼ]*)*\.?")
_UK_TO_RU = str.maketrans(
    {"і": "и", "ї": "йи", "є": "е", "ґ": "г", "І": "И", "Ї": "Йи", "Є": "Е", "Ґ": "Г", "'": "", "’": "", "ʼ": ""}
)


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` contains Cyrillic letters."""
    return bool(_CYR.search(text))


@lru_cache(maxsize=1)
def _schema() -> Any:
    import iuliia

    return iuliia.WIKIPEDIA


@lru_cache(maxsize=65536)
def latin(text: str) -> str:
    """A readable Latin spelling of ``text`` (iuliia's Wikipedia schema; Ukrainian letters folded first)."""
    if not is_cyrillic(text):
        return text
    return str(_schema().translate(text.translate(_UK_TO_RU)))


_FOLD = [
    ("shch", "Q"),
    ("sch", "Q"),
    ("zh", "Z"),
    ("kh", "H"),
    ("ch", "C"),
    ("sh", "S"),
    ("tz", "T"),
    ("ts", "T"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ck", "k"),
    ("h", "g"),
    ("H", "g"),
    ("j", "i"),
    ("y", "i"),
]


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A spelling-insensitive key: transliterated, lower-cased, variants folded, doubles collapsed."""
    s = latin(text).lower()
    s = "".join(c for c in s if "a" <= c <= "z")
    for a, b in _FOLD:
        s = s.replace(a, b)
    for a, b in (("ii", "i"), ("ie", "e"), ("io", "e")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


# --- morphology ------------------------------------------------------------------------------


def morph(lang: str) -> Any:
    """The pymorphy3 analyzer for ``ru`` or ``uk``: the recognizers' own (one dictionary load per process)."""
    from recognizers.nlp.morph import analyzer

    return analyzer("uk" if lang == "uk" else "ru")


def _langs_for(word: str, lang: str) -> tuple[str, ...]:
    if any(c in word.lower() for c in "іїєґ"):
        return ("uk",)
    return ("uk", "ru") if lang == "uk" else ("ru", "uk")


@lru_cache(maxsize=65536)
def _parses(word: str, lang: str, tag: str) -> tuple[Any, ...]:
    out: list[Any] = []
    for lg in _langs_for(word, lang):
        out.extend(p for p in morph(lg).parse(word) if tag in p.tag.grammemes)
        if out:
            break
    return tuple(out)


def name_parse(word: str, lang: str, tag: str) -> Any | None:
    """The best pymorphy3 parse of ``word`` carrying ``tag`` (Name, Surn, Patr, Geox), or None."""
    found = _parses(word, lang, tag)
    return found[0] if found else None


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str = "ru") -> str:
    """The dictionary form of a Cyrillic word (first parse); Latin words come back unchanged."""
    if not is_cyrillic(word):
        return word
    for tag in ("Name", "Surn", "Patr", "Geox"):
        p = name_parse(word, lang, tag)
        if p is not None:
            return str(p.normal_form)
    parses = morph(lang if lang in {"ru", "uk"} else "ru").parse(word)
    return str(parses[0].normal_form) if parses else word.lower()


def grammemes(word: str, lang: str, tag: str | None = None) -> frozenset[str]:
    """Case, number and gender grammemes of ``word`` (from the ``tag`` parse when there is one)."""
    if not is_cyrillic(word):
        return frozenset()
    p = name_parse(word, lang, tag) if tag else None
    if p is None:
        parses = morph(lang if lang in {"ru", "uk"} else "ru").parse(word)
        p = parses[0] if parses else None
    if p is None:
        return frozenset()
    return frozenset(str(g) for g in p.tag.grammemes if str(g) in _GRAM_KEEP)


_GRAM_KEEP = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "sing", "plur", "masc", "femn"})


# --- the given-names gazetteer -----------------------------------------------------------------


@dataclass(frozen=True)
class GivenName:
    """A full given name, its gender (None: either, like Валя) and every spelling that refers to it."""

    canonical: str  # skeleton of the Russian full form
    female: bool | None


def _gender(parse: Any) -> bool | None:
    """True for a woman's name, False for a man's, None when morphology says either (ms-f: Валя, Женя)."""
    if "ms-f" in parse.tag.grammemes:
        return None
    return "femn" in parse.tag


@lru_cache(maxsize=1)
def given_names() -> dict[str, GivenName]:
    """Skeleton of every known form (full, diminutive, Ukrainian, English) → its full given name."""
    table: dict[str, GivenName] = {}

    def add(full: str, forms: Iterable[str], female: bool) -> None:
        entry = GivenName(skeleton(full), female)
        for f in [full, *forms]:
            if f and f.strip():
                table.setdefault(skeleton(f.strip()), entry)

    data = yaml.safe_load((DATA_DIR / "given_names.yaml").read_text(encoding="utf-8")) or {}
    for full, spec in data.items():
        if isinstance(spec, dict):
            add(full, spec.get("forms", []), bool(spec.get("f", False)))
        else:
            add(full, spec or [], False)
    _load_gazetteer(add)
    return table


def _load_gazetteer(add: Any) -> None:
    """Merge recognizers/data/given_names.tsv when the gazetteer ships it (columns read by header)."""
    path = GAZETTEER_DIR / "given_names.tsv"
    if not path.is_file():
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    if not rows:
        return
    header = [h.strip().lower() for h in rows[0]]

    def col(*names: str) -> int | None:
        for n in names:
            for i, h in enumerate(header):
                if n in h:
                    return i
        return None

    i_name = col("canonical", "name", "full")
    i_gender = col("gender", "sex")
    others = [
        i
        for i, h in enumerate(header)
        if h in {"uk", "be", "en", "latin"} or any(k in h for k in ("dimin", "vocativ", "variant", "translit", "form"))
    ]
    if i_name is None:
        return
    for row in rows[1:]:
        if len(row) <= i_name:
            continue
        full = row[i_name].strip()
        female = i_gender is not None and len(row) > i_gender and row[i_gender].strip().lower()[:1] in {"f", "ж"}
        forms: list[str] = []
        for i in others:
            if i < len(row) and i != i_name:
                forms.extend(x for x in re.split(r"[|;,]", row[i]) if x.strip())
        add(full, forms, female)


def _diminutive_stem(word: str, lang: str) -> GivenName | None:
    """Affectionate forms the table misses: Никитушка → Никита, Алёнка → Алёна (stem + а/я is a Name)."""
    low = word.lower()
    for suffix in ("ушка", "юшка", "онька", "енька", "очка", "ечка", "уся", "ка", "ик"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            for ending in ("а", "я", "") if suffix != "ик" else ("", "ий"):
                cand = stem + ending
                hit = given_names().get(skeleton(cand))
                if hit is not None:
                    return hit
                p = name_parse(cand.capitalize(), lang, "Name") if is_cyrillic(cand) else None
                if p is not None:
                    return GivenName(skeleton(str(p.normal_form)), _gender(p))
    return None


_BACK = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yo", "ё"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ye", "е"),
    ("iy", "ий"),
    ("yi", "ый"),
    ("y", "ы"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("j", "й"),
    ("c", "к"),
    ("x", "кс"),
    ("w", "в"),
    ("q", "к"),
]


@lru_cache(maxsize=65536)
def cyrillic_guess(word: str) -> str:
    """A rough Cyrillic spelling of a Latin name, only to ask the morphology dictionary about it."""
    s = word.lower()
    out = []
    i = 0
    while i < len(s):
        for a, b in _BACK:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            i += 1
    res = "".join(out)
    if res.endswith("ы") and len(res) > 3:  # Yury → Юрий, not Юры
        res = res[:-1] + "ий"
    return res.capitalize()


# --- name parts ------------------------------------------------------------------------------


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
_SURN_CYR = regex.compile(r"(?i)^(.*?(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ых|ы|им|ыми)?$")
_ADJ_SURN = regex.compile(
    r"(?i)^(.*?)(ский|ская|ского|ской|скому|ским|ском|скую|ские|ских|скими|цкий|цкая|цкого|цкой|цкому|цким|цком|цкую)$"
)


def _possessive(token: str) -> tuple[str, str]:
    for suf in ("'s", "’s", "s'", "s’"):
        if token.endswith(suf) and len(token) > len(suf) + 1:
            return token[: -len(suf)] + ("s" if suf.startswith("s") else ""), suf[1:] if suf.startswith("s") else suf
    return token, ""


_CASE_ENDINGS = {
    "и": "gent",
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
    parses = _parses(word, lang, "Name")
    if not parses or "nomn" in parses[0].tag.grammemes or hit.female is None:
        return False
    known = given_names().get(skeleton(str(parses[0].normal_form)))
    same_gender = ("femn" in parses[0].tag.grammemes) == hit.female
    return same_gender and known is not None and known.canonical == hit.canonical


def _given_hit(word: str, lang: str) -> tuple[GivenName, frozenset[str] | None] | None:
    """The given name ``word`` refers to, and the case it implies when only an ending swap found it."""
    table = given_names()
    cyr = is_cyrillic(word)
    if cyr:
        # The surface form first: "Александра" is more often Alexandra herself than Alexander's genitive,
        # and reading it so keeps it linked to "Alexandra" in a translation.
        cands = [word] + [str(p.normal_form) for p in _parses(word, lang, "Name")] + [lemma(word, lang)]
    else:
        cands = [word]
    for c in cands:
        hit = table.get(skeleton(c))
        if hit is not None:
            if cyr and c is word and not _uk_oblique(word, lang, hit):
                # The gazetteer lists nominatives and vocatives (Алинка, Серёг): a form found as it stands is
                # one, whatever case the dictionary guesses for it.
                return hit, frozenset({"nomn", "sing"})
            parses = _parses(word, lang, "Name")
            if cyr and parses and {"plur", "loct"} & set(parses[0].tag.grammemes):
                # "Жеки" reads as a plural and "Жеке" as a prepositional of the vocative "Жек"; one person,
                # usually addressed or given something, is meant: the genitive or dative of Жека.
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
            return GivenName(skeleton(str(p.normal_form)), _gender(p)), None
        d = _diminutive_stem(word, lang)
        return (d, None) if d is not None else None
    guess = cyrillic_guess(word)
    p = name_parse(guess, "ru", "Name")
    if p is not None and str(p.normal_form) == guess.lower():
        return GivenName(skeleton(str(p.normal_form)), _gender(p)), None
    d = _diminutive_stem(guess, "ru")
    return (d, None) if d is not None else None


def _given(word: str, lang: str) -> GivenName | None:
    hit = _given_hit(word, lang)
    return hit[0] if hit else None


def _surname_key(word: str, lang: str) -> tuple[str, bool | None]:
    """Skeleton of the masculine nominative surname and whether this form is feminine."""
    if is_cyrillic(word):
        p = name_parse(word, lang, "Surn")
        if p is not None:
            female = True if "femn" in p.tag else (False if "masc" in p.tag else None)
            return skeleton(str(p.normal_form)), female
        m = _ADJ_SURN.match(word)
        if m:
            return skeleton(m.group(1) + "ский"), m.group(2).lower() in {"ская", "скую", "цкая", "цкую"}
        m = _SURN_CYR.match(word)
        if m:
            ending = (m.group(2) or "").lower()
            return skeleton(m.group(1)), (True if ending == "ой" else None if ending == "а" else False)
        return skeleton(word), None
    if _SURN_FEM.search(word):
        return skeleton(word[:-1]), True
    if regex.search(r"(?i)(?:skaya|skaia)$", word):
        return skeleton(word[:-4] + "sky"), True
    return skeleton(word), False


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


def _patronymic_key(word: str, lang: str) -> tuple[str, bool | None]:
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
    for m in _TOKEN.finditer(text):
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
        elif _given(bare, lang) is not None:
            provisional.append((start, end, bare, "given"))
        elif (
            (cyr and name_parse(bare, lang, "Surn") is not None)
            or (not cyr and (_SURN_LAT.search(bare) or name_parse(cyrillic_guess(bare), "ru", "Surn") is not None))
            or (cyr and (_SURN_CYR.match(bare) or _ADJ_SURN.match(bare)))
        ):
            provisional.append((start, end, bare, "surname"))
        else:
            provisional.append((start, end, bare, "unknown"))
    words = [p for p in provisional if p[3] not in {"initial", "title"}]
    # Shape rules: in a multi-word name, an unknown word is the surname; if two words both read as
    # given names ("Роман Денис"), the one that is not first in a "Given Patronymic" pair is the surname.
    if len(words) >= 2:
        kinds = [w[3] for w in words]
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
            key, female = _patronymic_key(word, lang)
            parts.append(NamePart(start, end, word, "patronymic", key, female, gram))
        elif kind == "given":
            hit = _given_hit(word, lang)
            assert hit is not None
            g, implied = hit
            if implied is not None and is_cyrillic(word):
                gram = implied
            # Where the dative and the prepositional look alike (Жеке, Тёме), speech means the dative far
            # more often ("передай Жеке"), so the prepositional reading goes last.
            readings = sorted(_parses(word, lang, "Name"), key=lambda r: "loct" in r.tag.grammemes)
            for parse in readings if implied is None else ():
                known = given_names().get(skeleton(str(parse.normal_form)))
                if skeleton(str(parse.normal_form)) == g.canonical or (
                    known is not None and known.canonical == g.canonical
                ):  # Петра: the parse of Пётр, not of a woman's Петра
                    gram = frozenset(str(x) for x in parse.tag.grammemes if str(x) in _GRAM_KEEP)
                    break
            if "plur" in gram:  # "Серёг" (truncated vocative) reads as a genitive plural: a person is one
                gram = frozenset({"nomn", "sing"})
            parts.append(NamePart(start, end, word, "given", g.canonical, g.female, gram))
        elif kind == "surname":
            key, female = _surname_key(word, lang)
            parts.append(NamePart(start, end, word, "surname", key, female, gram))
        else:
            u = _given(word, lang)
            key = u.canonical if u is not None else skeleton(lemma(word, lang))
            parts.append(NamePart(start, end, word, "unknown", key, u.female if u else None, gram))
    # A woman's name makes the surname and patronymic beside it feminine when their form is ambiguous.
    female = next((p.female for p in parts if p.kind == "given" and p.female is not None), None)
    if female is not None:
        parts = [_agree(p, female, lang) if p.kind in {"surname", "patronymic"} else p for p in parts]
    return tuple(parts)


def _agree(p: NamePart, female: bool, lang: str) -> NamePart:
    """Read an ambiguous surname form in the gender of the given name beside it (Бурцева Алёна is hers)."""
    if p.kind == "surname" and is_cyrillic(p.text):
        for parse in _parses(p.text, lang, "Surn"):
            if ("femn" in parse.tag) == female:
                gram = frozenset(str(g) for g in parse.tag.grammemes if str(g) in _GRAM_KEEP)
                return NamePart(p.start, p.end, p.text, p.kind, p.key, female, gram)
    return NamePart(p.start, p.end, p.text, p.kind, p.key, female if p.female is None else p.female, p.gram)


def person_identity(parts: Sequence[NamePart]) -> tuple[str, str]:
    """(surname key, given key) of a mention; either may be empty."""
    surname = next((p.key for p in parts if p.kind == "surname"), "")
    given = next((p.key for p in parts if p.kind in {"given", "unknown"}), "")
    return surname, given


# --- pools and keyed choice ------------------------------------------------------------------


@lru_cache(maxsize=1)
def pools() -> dict[str, tuple[str, ...]]:
    """The pseudonym pools shipped in redact/data/pseudonyms.yaml."""
    data = yaml.safe_load((DATA_DIR / "pseudonyms.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in data.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def uk_pools() -> dict[str, dict[str, str]]:
    """Ukrainian counterparts of the Russian pool entries (pool → Russian entry → Ukrainian form).

    The choice is made in the Russian pool, so the same identity gets the same entry in every language;
    Ukrainian text then shows that entry's Ukrainian counterpart (Павел → Павло).
    """
    data = yaml.safe_load((DATA_DIR / "pseudonyms.yaml").read_text(encoding="utf-8"))
    uk = data.get("uk") or {}
    return {k: {str(a): str(b) for a, b in v.items()} for k, v in uk.items()}


def uk_form(pool: str, entry: str) -> str:
    """The Ukrainian counterpart of a Russian pool entry (respelt by :func:`to_ukrainian` when not listed)."""
    return uk_pools().get(pool, {}).get(entry) or to_ukrainian(entry)


def digest(key: bytes, *parts: str) -> bytes:
    """HMAC-SHA256 of the parts joined with a separator no text contains."""
    return hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).digest()


def choose(key: bytes, namespace: str, identity: str, pool: Sequence[str], avoid: Iterable[str] = ()) -> str:
    """A pool entry chosen by HMAC(key, namespace, identity), never one whose skeleton is in ``avoid``.

    The identity itself is always avoided too, so a pseudonym never equals the name it replaces.
    """
    banned = {skeleton(a) for a in avoid if a} | {identity}
    start = int.from_bytes(digest(key, namespace, identity)[:8], "big")
    for i in range(len(pool)):
        cand = pool[(start + i) % len(pool)]
        if skeleton(cand) not in banned:
            return cand
    return pool[start % len(pool)] + "ов"  # pragma: no cover - every pool has more than one entry


def keyed_digits(key: bytes, namespace: str, identity: str, original: str) -> str:
    """Digits of the same length as ``original``, derived from the key, never equal to it."""
    n = len(original)
    for attempt in range(16):
        d = digest(key, namespace, identity, str(attempt))
        num = int.from_bytes(d, "big")
        if n == 1:
            out = str(1 + num % 9)
        else:
            out = str(1 + num % 9) + str(num // 9).zfill(n - 1)[-(n - 1) :]
        if out != original:
            return out
    return "".join("1" if c != "1" else "2" for c in original)  # pragma: no cover


# --- rendering -------------------------------------------------------------------------------

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@lru_cache(maxsize=65536)
def inflect(lemma_: str, gram: frozenset[str], tag: str | None, female: bool | None = None, lang: str = "ru") -> str:
    """``lemma_`` in the case and number of ``gram`` (pymorphy3), or unchanged when it cannot be inflected.

    Russian has no vocative, so a Russian vocative reading is rendered as the nominative; Ukrainian keeps
    it (Тарасе → Павле), through the Ukrainian dictionary.
    """
    uk = lang == "uk"
    want = {g for g in gram if g in _CASES or g in {"sing", "plur"}}
    if female is True and tag in {"Surn", "Patr"}:
        want.add("femn")
    if "voct" in want and not uk:
        want = (want - {"voct"}) | {"nomn"}
    if not want or want <= {"nomn", "sing"} and not (female and tag in {"Surn", "Patr"}):
        return lemma_
    parses = morph("uk" if uk else "ru").parse(lemma_)
    low = lemma_.lower()
    exact = [p for p in parses if str(p.word) == low and "nomn" in p.tag]
    if female is not None and tag == "Name":  # Павло is also the vocative of a woman's Павла
        exact = [p for p in exact if ("femn" in p.tag) == female] or exact
    chosen = [p for p in exact if tag and tag in p.tag.grammemes] or exact
    chosen = chosen or [p for p in parses if tag and tag in p.tag.grammemes] or list(parses)
    if not chosen:
        return lemma_
    res = chosen[0].inflect(want) or chosen[0].inflect(want & set(_CASES))
    if res is None:
        return lemma_
    word = str(res.word)
    return word[:1].upper() + word[1:] if lemma_[:1].isupper() else word


_UK_FOLD = str.maketrans({"ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ъ": "ʼ", "Ъ": "ʼ"})


def to_ukrainian(word: str) -> str:
    """Respell a Russian-spelled pseudonym with Ukrainian letters: ы, э, ё, ъ (not и → і, which needs a dictionary)."""
    word = regex.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])ё", "ьо", word)
    word = regex.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])Ё", "ЬО", word)
    return word.replace("ё", "йо").replace("Ё", "Йо").translate(_UK_FOLD)


def match_case(original: str, replacement: str) -> str:
    """Copy the original's capitalisation style (UPPER, Title, lower) onto the replacement."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].islower():
        return replacement.lower()
    return replacement


def surname_form(pseudo: str, part: NamePart, lang: str) -> str:
    """A masculine -ов/-ев/-ин pool surname in the form of the original (gender, case, number)."""
    if is_cyrillic(part.text):
        word = part.text.lower()
        m = _ADJ_SURN.match(word)
        if m:
            ending = {
                "ский": "",
                "ская": "а",
                "ского": "а",
                "ской": "ой",
                "скому": "у",
                "ским": "ым",
                "ском": "е",
                "скую": "у",
                "ские": "ы",
                "ских": "ых",
                "скими": "ыми",
                "цкий": "",
                "цкая": "а",
                "цкого": "а",
                "цкой": "ой",
                "цкому": "у",
                "цким": "ым",
                "цком": "е",
                "цкую": "у",
            }[m.group(2)]
            return pseudo + ending
        m = _SURN_CYR.match(word)
        if m:
            return pseudo + (m.group(2) or "")
        p = name_parse(part.text, lang, "Surn")
        if p is not None:
            return inflect(pseudo, part.gram, "Surn", part.female)
        return pseudo + ("а" if part.female else "")
    lat = latin(pseudo)
    if part.female:
        return lat + "a"
    if part.text.lower().endswith(("ykh", "ikh")):
        return lat + "ykh"
    return lat


# Case endings of a man's Ukrainian surname in -ко or a consonant (Петренко, Ковальчук); a woman's do not change.
_UK_SURN_ENDINGS = {"gent": "а", "datv": "ові", "accs": "а", "ablt": "ом", "loct": "ові", "voct": "у"}


def _case_of(gram: frozenset[str]) -> str:
    return next((c for c in _CASES if c in gram), "nomn")


def uk_surname_form(pseudo: str, part: NamePart) -> str:
    """A Ukrainian pool surname (-енко, -ук, -чук) in the case of the original; a woman's stays as it is."""
    case = _case_of(part.gram)
    if part.female or case == "nomn":
        return pseudo
    stem = pseudo[:-1] if pseudo.endswith("о") else pseudo
    return stem + _UK_SURN_ENDINGS[case]


_UK_PATR_ENDINGS = {
    "masc": {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "у", "voct": "у"},
    "femn": {"gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"},
}


def uk_patronymic_form(pseudo: str, part: NamePart) -> str:
    """A Ukrainian patronymic (Павлович, Павлівна) in the gender and case of the original."""
    case = _case_of(part.gram)
    if part.female:
        base = pseudo[:-5] + "ївна" if pseudo.endswith("йович") else pseudo[:-4] + "івна"
        return base if case == "nomn" else base[:-1] + _UK_PATR_ENDINGS["femn"][case]
    return pseudo if case == "nomn" else pseudo + _UK_PATR_ENDINGS["masc"][case]


@dataclass
class Linker:
    """Keyed identities and pseudonyms for one run; cheap to build, shared by every file of the run."""

    key: bytes | None
    # From the case registry: (entity, variant key) → canonical key, so a nickname or spelling the
    # gazetteer does not know still gets the protected person's pseudonym; and canonical part key →
    # registry person, so every part of that person shares one number.
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)

    def _key(self) -> bytes:
        if self.key is None:
            from redact.errors import KeyRequiredError

            raise KeyRequiredError(
                "this policy uses keyed operators (pseudonym, numbered) but no key was given",
                hint="pass --key-file FILE or set REDACT_KEY; --ephemeral-key for a throw-away run",
            )
        return self.key

    # identities -----------------------------------------------------------------------------

    def person_key(self, text: str, lang: str, doc_links: dict[str, str] | None = None) -> str:
        """The whole-person identity of a mention (surname + given name, linked within the document)."""
        parts = self.parts(text, lang)
        for p in parts:
            if p.key in self.persons:
                return self.persons[p.key]
        surname, given = person_identity(parts)
        if doc_links:
            if not surname and given and ("g:" + given) in doc_links:
                return doc_links["g:" + given]
            if surname and not given and ("s:" + surname) in doc_links:
                return doc_links["s:" + surname]
        if not surname and not given:
            patr = next((p.key for p in parts if p.kind == "patronymic"), "")
            return "r:" + patr if patr else "x:" + skeleton(text)
        return f"p:{surname}|{given}"

    def simple_key(self, entity: str, text: str, lang: str) -> str:
        """The identity of a call sign, place, unit or number mention."""
        if entity == "MILITARY_UNIT":
            digits = regex.findall(r"\d+", text)
            if digits:
                return "u:" + "-".join(digits)
            return "u:" + " ".join(skeleton(lemma(w, lang)) for w in _TOKEN.findall(text) if w[:1].isupper())
        if entity in {"CALL_SIGN", "LOCATION"}:
            words = [w for w in _TOKEN.findall(text)]
            key = " ".join(skeleton(lemma(w, lang)) for w in words)
            alias = self.aliases.get((entity, key))
            return alias or key
        digits = "".join(regex.findall(r"\d", text))
        if digits:
            return "d:" + digits[-10:]
        return "t:" + skeleton(text)

    def identity(self, entity: str, text: str, lang: str, doc_links: dict[str, str] | None = None) -> str:
        """The identity of a mention of ``entity``."""
        if entity == "PERSON":
            return self.person_key(text, lang, doc_links)
        key = self.simple_key(entity, text, lang)
        return self.aliases.get((entity, key), key)

    def number(self, entity: str, identity: str, digits: int = 4) -> int:
        """A number for an identity derived from the key: the same in every file, run and worker."""
        space = int(10**digits) - 1
        value: int = int.from_bytes(digest(self._key(), "number", entity, identity)[:8], "big")
        return 1 + value % space

    # pseudonyms -----------------------------------------------------------------------------

    def pseudonym(self, entity: str, text: str, lang: str) -> str:
        """A readable replacement of the same kind, consistent for the same identity under the same key."""
        key = self._key()
        if entity == "PERSON":
            out = self._person(key, text, lang)
        elif entity == "CALL_SIGN":
            out = self._word(key, "call_sign", "call_signs", text, lang, entity)
        elif entity == "LOCATION":
            out = self._word(key, "place", "places", text, lang, entity)
        elif entity == "MILITARY_UNIT":
            out = self._unit(key, text, lang)
        elif entity in {"EMAIL_ADDRESS", "SOCIAL_HANDLE"}:
            out = self._handle(key, entity, text)
        else:
            out = self._shape(key, entity, text)
        if out == text or skeleton(out) == skeleton(text) and skeleton(text):
            out = self._shape(key, entity + "#2", text) if regex.search(r"\d", text) else "<" + entity + ">"
        return out

    def addressed(self, text: str, lang: str) -> str:
        """The pseudonym of a person mention that addresses them ("Тарасику, де ти?"): vocative where the original
        can be one, so a Ukrainian form the dictionary reads first as a dative still calls the person."""
        return self._person(self._key(), text, lang, vocative=True)

    def _person(self, key: bytes, text: str, lang: str, vocative: bool = False) -> str:
        parts = self.parts(text, lang)
        if not parts:
            return "<PERSON>"
        if vocative:
            tags = {"given": "Name", "surname": "Surn", "patronymic": "Patr"}
            parts = [
                NamePart(p.start, p.end, p.text, p.kind, p.key, p.female, frozenset({"voct"}))
                if p.kind in tags and any("voct" in x.tag.grammemes for x in _parses(p.text, lang, tags[p.kind]))
                else p
                for p in parts
            ]
        chunks: list[str] = []
        pos = 0
        for p in parts:
            chunks.append(text[pos : p.start])
            chunks.append(self.person_part(key, p, lang))
            pos = p.end
        chunks.append(text[pos:])
        return "".join(chunks)

    def parts(self, text: str, lang: str) -> list[NamePart]:
        """:func:`split_person`, with part keys mapped through the case registry's aliases."""
        out = []
        for p in split_person(text, lang):
            canon = self.aliases.get(("PERSON", p.key))
            if canon is not None:
                kind, _, ckey = canon.partition(":")
                p = NamePart(p.start, p.end, p.text, kind if p.kind == "unknown" else p.kind, ckey, p.female, p.gram)  # type: ignore[arg-type]
            out.append(p)
        return out

    def person_part(self, key: bytes, p: NamePart, lang: str) -> str:
        """The pseudonym of one name part, rendered in the original's script, case and gender."""
        pool = pools()
        cyr = is_cyrillic(p.text)
        if p.kind == "title":
            return p.text
        if p.kind == "initial":
            letters = "АБВГДЕЗИКЛМНОПРСТ" if cyr else "ABDEGKLMNOPRSTVZ"
            h = int.from_bytes(digest(key, "initial", p.text.upper()), "big")
            letter = letters[h % len(letters)]
            if letter == p.text[:1].upper():
                letter = letters[(h + 1) % len(letters)]
            return letter + p.text[1:]
        # Ukrainian text gets the Ukrainian counterpart of the chosen entry, in Ukrainian case forms.
        uk = cyr and lang == "uk"
        if p.kind in {"given", "unknown"}:
            if p.female is None and p.kind == "given":
                pool_name, ns = "given_unisex", "given-u"
            else:
                pool_name, ns = ("given_female", "given-f") if p.female else ("given_male", "given-m")
            chosen = choose(key, ns, p.key, pool[pool_name], avoid=[p.text, lemma(p.text, lang)])
            if uk:
                out = inflect(uk_form(pool_name, chosen), p.gram, "Name", p.female, "uk")
            else:
                out = inflect(chosen, p.gram, "Name") if cyr else latin(chosen)
        elif p.kind == "surname":
            chosen = choose(key, "surname", p.key, pool["surnames"], avoid=[p.text, lemma(p.text, lang)])
            out = uk_surname_form(uk_form("surnames", chosen), p) if uk else surname_form(chosen, p, lang)
        else:
            chosen = choose(key, "patronymic", p.key, pool["patronymics"], avoid=[p.text, lemma(p.text, lang)])
            if uk:
                out = uk_patronymic_form(uk_form("patronymics", chosen), p)
            else:
                if p.female:
                    chosen = chosen[:-2] + "на"
                out = inflect(chosen, p.gram, "Patr", p.female) if cyr else latin(chosen)
        return match_case(p.text, to_ukrainian(out) if lang == "uk" and cyr and not uk else out)

    def _word(self, key: bytes, ns: str, pool_name: str, text: str, lang: str, entity: str) -> str:
        ident = self.identity(entity, text, lang)
        words = _TOKEN.findall(text)
        chosen = choose(key, ns, ident, pools()[pool_name], avoid=[text, *words, *(lemma(w, lang) for w in words)])
        if is_cyrillic(text) and words:
            tag = "Geox" if entity == "LOCATION" else None
            # A quoted call sign («Лелека») stays in the nominative whatever the sentence around it.
            gram = frozenset({"nomn", "sing"}) if text.lstrip()[:1] in '«"“„' else grammemes(words[-1], lang, tag)
            out = inflect(chosen, gram, None)
            out = to_ukrainian(out) if lang == "uk" else out
        else:
            out = latin(chosen)
        m = _TOKEN.search(text)
        lead = text[: m.start()] if m else ""
        tail = text[m.start() + len(" ".join(words)) :] if m and text[m.start() :].startswith(" ".join(words)) else ""
        return lead + match_case(words[0] if words else text, out) + tail

    def _unit(self, key: bytes, text: str, lang: str) -> str:
        ident = self.identity("MILITARY_UNIT", text, lang)
        if regex.search(r"\d", text):
            return self._shape(key, "MILITARY_UNIT:" + ident, text, letters=False)
        chosen = choose(key, "unit", ident, pools()["unit_names"], avoid=_TOKEN.findall(text))
        return f"«{chosen}»" if is_cyrillic(text) else f"the {latin(chosen)} unit"

    def _handle(self, key: bytes, entity: str, text: str) -> str:
        h = digest(key, entity, text.lower()).hex()[:8]
        if entity == "EMAIL_ADDRESS":
            return f"user{h}@example.org"
        return ("@" if text.startswith("@") else "") + f"user_{h}"

    def _shape(self, key: bytes, ns: str, text: str, letters: bool = True) -> str:
        """Keep the shape, replace each digit run with keyed digits (and letters, for IDs and plates)."""
        ident = "".join(regex.findall(r"\d", text)) or text.lower()

        def digits(m: Any) -> str:
            return keyed_digits(key, ns, ident + ":" + str(m.start()), m.group(0))

        out = regex.sub(r"\d+", digits, text)
        out = _fix_ordinals(out)
        if letters and not regex.search(r"\d", text):
            out = "<" + ns.split("#")[0].split(":")[0] + ">"
        return out


def _fix_ordinals(text: str) -> str:
    """After digits changed, make English ordinal suffixes agree again (723rd, not 723th)."""

    def fix(m: Any) -> str:
        n = int(m.group(1))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return str(m.group(1)) + (suffix.upper() if m.group(2).isupper() else suffix)

    return str(regex.sub(r"\b(\d+)(st|nd|rd|th|ST|ND|RD|TH)\b", fix, text))
