"""The public register: public figures, media, state bodies and places a policy keeps as written.

The register is data (``redact/data/public/*.yaml``, or a YAML file a policy names), not code. Each entry
has one canonical name, a type and optional aliases; every form is matched through the identity-linking
keys of :mod:`redact.names.keys` (pymorphy3 lemmas and transliteration skeletons), so one entry "Vladimir
Vladimirovich Putin" with the alias "Владимир Владимирович Путин" also covers "Putin", "Putin's",
"President Vladimir Putin", "Путина", "Путіна", "Владимиром Путиным". Besides the entries, every city of
the settlement gazetteer above the policy's ``min_population`` and every region of ``regions.tsv`` is a
public place.

A policy turns the register on with ``public: [default]`` (or a mapping, :class:`PublicSpec`) and says per
register type what happens: ``keep`` (always kept), ``unless-home`` (kept unless the mention is in
home-place context, :mod:`redact.home`: "born in Kharkiv", "родом из Курска") or ``withhold``.

:func:`PublicRegister.verdict` is the single entry point the pipeline calls per finding; it never logs or
raises with mention text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from redact.abbreviations import alternation as _abbreviations
from redact.credits import credited
from redact.recognizers.nlp import cache as _cache

__all__ = [
    "KINDS",
    "PLACE_KINDS",
    "REGISTER_DIR",
    "PublicRegister",
    "PublicSpec",
    "RegisterEntry",
    "load_register",
    "public_register",
    "register_path",
    "shipped_registers",
]

REGISTER_DIR = Path(__file__).resolve().parent / "data" / "public"
KINDS = ("person", "media", "body", "country", "region", "city", "front")
PLACE_KINDS = frozenset({"country", "region", "city", "front"})
Treatment = Literal["keep", "unless-home", "withhold"]

_DEFAULT_KEEP: dict[str, Treatment] = {
    "person": "keep",
    "media": "keep",
    "body": "keep",
    "country": "keep",
    "region": "unless-home",
    "city": "unless-home",
    "front": "unless-home",
}


class PublicSpec(BaseModel):
    """What a policy keeps from the public register (``public:`` in a policy file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    registers: list[str] = Field(
        default_factory=lambda: ["default"],
        description="Registers to use: a bare name shipped with redact (default) or a path to a YAML file",
    )
    min_population: int = Field(
        default=1_000_000, ge=0, description="Cities of the gazetteer with at least this population are public places"
    )
    gazetteer_regions: bool = Field(
        default=False,
        description="Also treat every region of the gazetteer as public (default: only the regions the register lists)",
    )
    keep: dict[str, Treatment] = Field(
        default_factory=lambda: dict(_DEFAULT_KEEP),
        description="Register type (person, media, body, country, region, city, front) → keep, unless-home "
        "(withheld in home-place context: born in, родом из) or withhold",
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, list | str):  # public: [default] or public: default
            return {"registers": [data] if isinstance(data, str) else data}
        if isinstance(data, dict) and isinstance(data.get("keep"), dict):
            data = dict(data)
            data["keep"] = {**_DEFAULT_KEEP, **data["keep"]}
        return data

    def treatment(self, kind: str) -> Treatment:
        """What happens to a mention of a register entry of ``kind``."""
        return self.keep.get(kind, "withhold")


@dataclass(frozen=True)
class RegisterEntry:
    """One public figure, outlet, body or place."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    entities: frozenset[str] = frozenset()
    surname_alone: bool = True
    note: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


def shipped_registers() -> dict[str, Path]:
    """Bare name → path of every register shipped with redact."""
    return {p.stem: p for p in sorted(REGISTER_DIR.glob("*.yaml"))} if REGISTER_DIR.is_dir() else {}


def register_path(ref: str) -> Path | None:
    """The file a register reference names (a shipped bare name or a path), or None when there is none."""
    shipped = shipped_registers()
    if ref in shipped:
        return shipped[ref]
    p = Path(ref)
    try:
        return p if p.is_file() else None
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte: no file by that name
        return None


def _entry_issues(i: int, raw: Any) -> list[str]:
    from redact.entities import ENTITIES

    where = f"[entries -> {i}]"
    if not isinstance(raw, dict):
        return [f"{where} an entry must be a mapping with name and type"]
    issues = []
    unknown = set(raw) - {"name", "type", "aliases", "entities", "surname_alone", "note"}
    if unknown:
        issues.append(f"{where} unknown field(s): {', '.join(sorted(map(str, unknown)))}")
    if not isinstance(raw.get("name"), str) or not raw["name"].strip():
        issues.append(f"{where} 'name' must be a non-empty text")
    if raw.get("type") not in KINDS:
        issues.append(f"{where} 'type' must be one of {', '.join(KINDS)}")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        issues.append(f"{where} 'aliases' must be a list of texts")
    ents = raw.get("entities", [])
    if not isinstance(ents, list) or any(e not in ENTITIES for e in ents):
        issues.append(f"{where} 'entities' must list known entity types")
    return issues


# libyaml's safe loader when PyYAML was built with it: the same data from the same file, read about seven times faster
# (the default register is read twice per process, for its entries and for its front-line regions).
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


@functools.cache
def load_register(path: Path) -> tuple[RegisterEntry, ...]:
    """The entries of one register file; every problem reported at once as a :class:`PolicyError`."""
    from redact.errors import PolicyError

    try:
        data = _read_yaml(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise PolicyError(f"public register {path} cannot be read as UTF-8 YAML") from None
    raw_entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(raw_entries, list):
        raise PolicyError(f"public register {path} is invalid", issues=["[entries] must be a list"])
    issues = [issue for i, raw in enumerate(raw_entries) for issue in _entry_issues(i, raw)]
    if issues:
        raise PolicyError(f"public register {path} is invalid", issues=issues)
    return tuple(
        RegisterEntry(
            name=raw["name"].strip(),
            type=raw["type"],
            aliases=tuple(a.strip() for a in raw.get("aliases", [])),
            entities=frozenset(raw.get("entities", [])),
            surname_alone=bool(raw.get("surname_alone", True)),
            note=str(raw.get("note", "")),
        )
        for raw in raw_entries
    )


@functools.cache
def load_front_regions(path: Path) -> frozenset[str]:
    """The front-line regions a register file names (``front_regions:``, regions.tsv names), or none."""
    from redact.errors import PolicyError

    try:
        data = _read_yaml(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise PolicyError(f"public register {path} cannot be read as UTF-8 YAML") from None
    raw = data.get("front_regions", []) if isinstance(data, dict) else []
    if not isinstance(raw, list) or not all(isinstance(r, str) and r.strip() for r in raw):
        raise PolicyError(
            f"public register {path} is invalid", issues=["[front_regions] must be a list of region names"]
        )
    return frozenset(r.strip() for r in raw)


# --- keys ---------------------------------------------------------------------------------------------------

# A word of a name; a number standing alone is a word too ("Россия 1" is not "Россия", "Москва-400" not "Москва").
_WORD = regex.compile(
    r"\p{L}[\p{L}\p{M}\p{N}'’ʼ.]*(?:[-/]\p{L}[\p{L}\p{M}\p{N}'’ʼ.]*)*|(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])"
)
_CYR = regex.compile(r"\p{Script=Cyrillic}")
# A legal form and a quoted name: "ТОВ «Нова Пошта»", "ПрАТ «Київстар»", "ООО «Озон»".
_FORM_AND_NAME = regex.compile(r"(?P<f>\p{Lu}[\p{L}]{0,4})\s*[«\"“„](?P<n>[^«»\"“”„\n]{2,60})[»\"”“]")
# Words before or inside a name that are not part of it: titles, ranks, articles.
_TITLES = frozenset(
    """
    the president vice prime minister chancellor general colonel lieutenant major gen col lt mr mrs ms dr sir
    commander chief marshal admiral governor mayor spokesman spokeswoman spokesperson secretary speaker
    deputy foreign defence defense head director founder leader opposition premier king queen pope
    президент премьер премьер-министр министр генерал полковник глава губернатор мэр спикер председатель
    командующий маршал адмирал лидер основатель директор пресс-секретарь господин
    президента президентом президенту премьєр прем'єр прем’єр прем'єр-міністр міністр голова губернатора мер
    очільник командувач речник пан
    """.split()
)


_JOINERS = frozenset("in at of on near the and в у на под під біля возле і и та".split())


def _strip_possessive(word: str) -> str:
    for suf in ("'s", "’s", "s'", "s’"):
        if word.endswith(suf) and not _CYR.search(word) and len(word) > len(suf) + 1:
            return word[: -len(suf)] + ("s" if suf[0] == "s" else "")
    return word


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PARTICLES = frozenset({"von", "der", "de", "van", "bin", "al", "фон", "дер", "ван", "де"})


# The oblique forms of a possessive adjective in -ов/-ев/-ин/-ын, short or long: group 1 is its stem (Часов, Курахов).
_POSSESSIVE_FORM = regex.compile(r"(\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ин|ын))(?:ого|ому|ым|ом)")


@functools.lru_cache(maxsize=65536)
def word_keys(word: str, language: str = "ru", names_only: bool = False) -> frozenset[str]:
    """Spelling-insensitive keys of one word: its skeleton and, for Cyrillic, the skeletons of its lemmas.

    Lemmas come from noun, adjective and name readings ("Машу" is not a form of "махать"); with
    ``names_only`` from name readings only ("Лавры" is not a form of the surname "Лавров").
    """
    from redact.names.keys import lemma, skeleton

    w = _strip_possessive(word).rstrip(".")
    keys = {skeleton(w) or (w if w.isdigit() else "")}
    if _CYR.search(w):
        from redact.recognizers.nlp import morph as _morph

        langs: tuple[str, ...] = ("ru", "uk") if language not in {"ru", "uk"} else (language,)
        keys.add(skeleton(lemma(w, langs[0])))
        for lg in langs:
            for p in _morph.parses(w, lg):
                grammemes = set(p.tag.grammemes)
                if names_only:
                    wanted = bool(_NAME_TAGS & grammemes)
                else:
                    wanted = p.tag.POS in {"NOUN", "ADJF"} or bool({"Name", "Surn", "Geox", "Abbr"} & grammemes)
                if wanted:
                    keys.add(skeleton(str(p.normal_form)))
                if not names_only and lg == "ru" and (possessive := _POSSESSIVE_FORM.fullmatch(w)) is not None:
                    # a place named by a possessive adjective, declined as Russian speech and copy decline it
                    # ("Часового Яра", "под Часовым Яром", "под Кураховым"): the short form of its name (Часов,
                    # Курахово)
                    keys.update(skeleton(possessive.group(1) + end) for end in ("", "о"))
                if {"Surn", "femn"} <= grammemes:
                    # Russian dictionaries give a woman's surname the man's lemma ("Захаровой" → захаров): her own
                    # nominative too, to meet "Maria Zakharova"
                    nominative = p.inflect({"nomn"})
                    if nominative is not None:
                        keys.add(skeleton(str(nominative.word)))
    keys.discard("")
    return frozenset(keys)


def _name_keys(word: str, language: str) -> frozenset[str]:
    """Name-reading keys of a word, for Cyrillic in both Russian and Ukrainian: a Ukrainian text inflects a
    Russian surname the Russian way ("Андрія Гнатова", "Юрія Ушакова"), which only Russian readings lemmatise."""
    keys = word_keys(word, language, names_only=True)
    if language in {"ru", "uk"} and _CYR.search(word):
        keys |= word_keys(word, "uk" if language == "ru" else "ru", names_only=True)
    return keys


def _entry_keys(word: str) -> frozenset[str]:
    """Keys of a word of a register name, written in the nominative: itself, and the masculine lemma of an
    adjective ("Новая" → новый, to meet "Новой газеты"); never a noun's other lemmas ("Львов" is not лев)."""
    from redact.names.keys import skeleton

    keys = set(_raw_keys(word))
    if _CYR.search(word):
        from redact.recognizers.nlp import morph as _morph

        for lg in ("ru", "uk"):
            for p in _morph.parses(word, lg):
                grammemes = set(p.tag.grammemes)
                # The masculine lemma of an adjective, the verb of a participle ("Объединённые" → объединить, as
                # "Объединённых" gives), and the singular of a plural noun ("Штати" → штат, "Сили" → сила:
                # "Сполученим Штатам", "Повітряних сил" are forms of both).
                if p.tag.POS in {"ADJF", "PRTF"} or (p.tag.POS == "NOUN" and {"plur", "nomn"} <= grammemes):
                    keys.add(skeleton(str(p.normal_form)))
    return frozenset(keys)


def _raw_keys(word: str) -> frozenset[str]:
    from redact.names.keys import skeleton

    k = skeleton(_strip_possessive(word).rstrip(".")) or (word if word.isdigit() else "")
    return frozenset({k}) if k else frozenset()


_PLURAL_REGION_NOUNS = frozenset({"областей", "областях", "областям", "областями"})


def words(text: str) -> list[str]:
    """The words of a mention, titles and articles dropped."""
    found = _words_of.get(text)
    if found is None:
        found = tuple(w for w in _WORD.findall(text) if w.casefold().rstrip(".") not in _TITLES)
        if len(text) <= 200:  # a mention, asked about again by each of the register's checks
            if len(_words_of) >= 100_000:
                _words_of.clear()
            _words_of[text] = found
    return list(found)


_words_of: dict[str, tuple[str, ...]] = {}


def _cache_name(refs: tuple[str, ...], min_population: int, paths: tuple[Path, ...]) -> str:
    """Cache name for a compiled register: changes with the register files, the gazetteer, the key code and
    the dictionaries."""
    import importlib.util

    from redact.recognizers.nlp import gazetteer as _gazetteer
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.gazetteer import DATA

    sources = [*paths, Path(__file__), Path(__file__).parent / "names" / "keys.py", DATA / "places.tsv.gz"]
    sources += [DATA / "regions.tsv", Path(_morph.__file__), Path(_gazetteer.__file__)]
    for module in ("pymorphy3", "pymorphy3_dicts_ru", "pymorphy3_dicts_uk", "iuliia"):
        spec = importlib.util.find_spec(module)
        if spec is not None and spec.origin:
            origin = Path(spec.origin).parent
            sources += [origin / "__init__.py", origin / "data" / "meta.json"]
    return _cache.key("public-register-4", (*refs, str(min_population)), sources)


@functools.cache
def _stop_words() -> frozenset[str]:
    from redact.propagate import _STOP

    return frozenset(_STOP)


def _given_name(word: str, language: str) -> bool:
    """Whether a word is (a form of) a common given name."""
    from redact.recognizers.nlp.gazetteer import given_name_forms as _given_names

    if word.lower() in _given_names():
        return True
    if _CYR.search(word):
        from redact.recognizers.nlp import morph as _morph

        lang = "uk" if language == "uk" else "ru"
        return _morph.tag_share(word, lang, frozenset({"Name"})) >= 0.5 and not _morph.has_tag(word, lang, "Surn")
    return False


# --- front directions ---------------------------------------------------------------------------------------

# Lemma stems of the noun a front direction is named with ("на Покровському напрямку", "на Курахівському та
# Покровському напрямках", "на Запорожском направлении"): the adjective before it names a sector of the front,
# operational geography every war report prints, never someone's home.
_DIRECTION_NOUN = regex.compile(r"(?i)напрям(?:ок|ку|ком|ки|ків|кам|ках|кові|і|у|ом|и|ів|ах|ам)?|направлени\p{L}*")
_DIRECTION_TAIL = regex.compile(
    r"(?:\s*(?:,|та|і|й|и|или|або|чи)\s*\p{Lu}[\p{L}'’ʼ-]*)*\s+(\p{L}+)(?:\s+(\p{L}+))?",
    regex.IGNORECASE | regex.VERSION1,
)
# The noun said before the adjectives, which then stand alone: "з Запорізького напрямку на Курахівський", "Харківський
# напрямок перейменували на Південно-Слобожанський", "найгарячішими напрямками залишаються Покровський і Курський".
_DIRECTION_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:напрям\p{L}*|направлени\p{L}*)\s+(?:(?:на|до|в|у|к)\s+|(?:\p{Ll}+\s+)?"
    r"(?:(?:за)?лиша\p{L}*|остают\p{L}*|оста[её]т\p{L}*|є|був|була|були|стал\p{L}*|став|стає|стають|являют\p{L}*|является|"
    r"перейменува\p{L}*\s+на|переименова\p{L}*\s+в|[—–:-])\s+)"
    r"((?:\p{Lu}[\p{L}'’ʼ-]*\s*(?:,|та|і|й|и|или|або|чи)\s*)*)$"
)
_DIRECTION = RegisterEntry("front direction", "front", note="a sector of the front named by an adjective")


def _adjective(word: str, langs: tuple[str, ...]) -> bool:
    from redact.recognizers.nlp import morph as _morph

    return any(p.tag.POS == "ADJF" for lg in langs for p in _morph.parses(word, lg))


def front_direction(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` is the adjective of a front direction ("Покровському" of "на Покровському
    напрямку"), alone or in a list of them before the noun, with a lower-case adjective between ("Сумський
    прикордонний напрямок"), the whole direction with its noun ("Запорізькому напрямку"), or an adjective standing
    for a direction the clause has just named (:data:`_DIRECTION_BEFORE`)."""
    surface = text[start:end]
    if not _CYR.search(surface):
        return False
    langs = ("uk", "ru") if language == "uk" else ("ru", "uk")
    ws = regex.findall(r"\p{L}[\p{L}'’ʼ-]*", surface)
    if len(ws) >= 2 and _DIRECTION_NOUN.fullmatch(ws[-1]) and ws[0][:1].isupper():
        # the whole direction: its adjectives (capitalised, or one lower-case: "прикордонний") and its noun
        return all(_adjective(w, langs) for w in ws[:-1] if w.casefold() not in {"та", "і", "й", "и", "или", "або"})
    if not regex.fullmatch(r"\p{Lu}[\p{L}'’ʼ-]*", surface) or not _adjective(surface, langs):
        return False
    tail = _DIRECTION_TAIL.match(text, end)
    if tail is not None and (
        _DIRECTION_NOUN.fullmatch(tail.group(1))
        or (
            tail.group(2) is not None
            and _DIRECTION_NOUN.fullmatch(tail.group(2))
            and tail.group(1).islower()
            and _adjective(tail.group(1), langs)
        )
    ):
        return True
    clause = regex.split(r"[.!?;\n]", text[max(0, start - 120) : start])[-1]
    before = _DIRECTION_BEFORE.search(clause)
    if before is None:
        return False
    listed = regex.findall(r"\p{Lu}[\p{L}'’ʼ-]*", before.group(1))
    if not all(_adjective(w, langs) for w in listed):
        return False
    from redact.recognizers.nlp import morph as _morph

    following = _NEXT_LOWER_WORD.match(text[end : end + 30])
    # its own noun after it ("на Курахівський район"): an adjective of that noun, not of the direction
    return following is None or not any(
        p.tag.POS == "NOUN" for lg in langs for p in _morph.parses(following.group(1), lg)[:1]
    )


# The abbreviations and nouns of a regional administration after the region's adjective.
_REGIONAL_BODY = regex.compile(
    r"(?:\s*(?:,|и|і|та|й)\s+\p{Lu}\p{L}+)*\s+(?:област\p{L}*|ОВА|ОДА|ОГА|ВЦА|обл(?:асн\p{L}*\s+)?(?:держ|военн\p{L}*\s+|військов\p{L}*\s+)?адміністраці\p{L}*|"
    r"обл(?:астн\p{L}*\s+)?(?:гос)?администраци\p{L}*|облдержадміністраці\p{L}*|облдум\p{L}*|губернатор\p{L}*)(?!\p{L})"
)


# --- seas, groupings of forces, city districts: public by their form ---------------------------------------------

# A sea, ocean, gulf or strait named by its adjective or "of" phrase: "в Японском море", "у Чорному морі", "the
# Sea of Japan", "the Barents Sea"; a river, estuary, reservoir or lagoon by its noun ("the Inhulets River", "the
# river Oskil", "Dniester estuary", "Каховське водосховище", "реки Сейм"). No one's home and no private place; kept as
# a region is kept (home context still withholds it).
_SEA_NOUN = regex.compile(
    r"(?i)мор(?:е|я|ю|ем|і|ям|ях)|океан\p{L}*|залив\p{L}*|затоц\p{L}*|затока|затоки|пролив\p{L}*|протоц\p{L}*|протока"
    r"|водохранилищ\p{L}*|водосховищ\p{L}*"
    r"|sea|ocean|gulf|strait|bay|river|estuary|reservoir|lagoon"
)
_SEA = RegisterEntry("sea", "region", note="a sea, ocean, gulf or strait")


_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
_SEA_OF_BEFORE = regex.compile(
    r"(?i)(?:(?:sea|ocean|gulf|strait|bay) of|(?<!\p{L})(?:the[ \t]+)?river"
    r"|(?<!\p{L})(?:река|реки|реке|рекой|річк\p{L}*))[ \t]+(?:the[ \t]+)?$"
)
# Patterns of the form rules below (PublicRegister._listed_with_public, _city_district), compiled once: a pattern
# passed as a string is looked up in the regex module's cache at every call, several times the cost of the match.
_LIST_JOINER = r"(?:,\s*|\s+(?:and|or|і|й|та|и|или|або)\s+)(?:(?:in|at|near|на|в|у|під|под|біля)\s+)?"
_LIST_NAME = r"(\p{Lu}[\p{L}'’ʼ-]+)"
_LISTED_BEFORE = regex.compile(_LIST_NAME + _LIST_JOINER + r"(?:" + _LIST_NAME + _LIST_JOINER + r")?$")
_LISTED_AFTER = regex.compile(_LIST_JOINER + _LIST_NAME + r"(?:" + _LIST_JOINER + _LIST_NAME + r")?")
# A district's noun right after the last name of a list ("Шахты, Новошахтинск и Каменский| район").
_AREA_NOUN_AFTER = regex.compile(
    r"[ \t]+(?i:район\p{L}*|district|округ\p{L}*|raion|rayon|громад\p{L}*|region|oblast|област\p{L}*)(?!\p{L})"
)
_LATIN_ADJECTIVE_END = regex.compile(r"(?i)(?:sky|skyi|skiy|ski|ska|ckyi|tskyi|nyi|ny)$")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’ʼ-]+")


def natural_feature(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` names a sea, ocean, gulf or strait: its capitalised words followed (or ended)
    by the sea noun ("Японском море", "Азовського моря", "Barents Sea"), or after "Sea of" ("the Sea of Okhotsk")."""
    ws = _WORD.findall(text[start:end])
    if not ws or len(ws) > 4:
        return False
    if _SEA_NOUN.fullmatch(ws[-1]) and len(ws) > 1:
        ws = ws[:-1]
    else:
        after = _NEXT_WORD.match(text[end : end + 20])
        before = _SEA_OF_BEFORE.search(text[max(0, start - 20) : start])
        if (after is None or not _SEA_NOUN.fullmatch(after.group(1))) and before is None:
            return False
    return all(w[:1].isupper() for w in ws)


# A named grouping of forces or a military district: "группировка «Запад»", "угруповання військ «Центр»",
# "Group of Forces West", "Ленинградского военного округа", "the Southern Military District". Hundreds of thousands
# of soldiers: the war's order of battle as reports print it, not a unit that could identify one of them.
_GROUPING_BEFORE = regex.compile(
    r"(?i)(?:группировк\p{L}*|угрупован\p{L}*|угруповуван\p{L}*|group(?:ing)?(?:\s+of\s+forces)?|"
    # abbreviations in capitals only and as whole words ("роту", "синочок" end in the letters of ОТУ and ОК)
    r"(?<!\p{L})(?-i:ОСУВ|ОТУ|ОСГВ|ОК|ПвК)|"
    # an operational or air command named by its quoted name ("Повітряного командування «Схід»", "ОК «Південь»", "Air
    # Command East"): a formation of the armed forces, in every day's report
    r"(?<!\p{L})(?:оперативн|повітрян|воздушн|operational|air)\p{L}*\s+(?:командуван|командовани|command)\p{L}*)"
    r"(?:\s+(?:войск|військ|of forces))?\s*[«\"“„']?\s*$"
)
_GROUPING_AFTER = regex.compile(
    r"[»\"”']?(?:\s*(?:,|and|і|й|та|и)\s+(?:the\s+)?[«\"“„']?\p{Lu}[\p{L}-]*[»\"”']?)*"
    r"\s+(?i:groupings?\s+of\s+(?:forces|troops)|groupings?|group\s+of\s+(?:forces|troops)|forces\s+groupings?|"
    r"operational(?:-|\s+)(?:strategic|tactical)\s+group(?:ing)?s?)(?!\p{L})"
)
# A grouping named at the end of a longer finding ("управления группировки «Восток»").
_GROUPING_NAMED = regex.compile(
    r"(?i:группировк\p{L}*|угрупован\p{L}*)(?:\s+(?i:войск|військ))?\s*[«\"“„']?\p{Lu}[\p{L}-]*[»\"”']?$"
)
_DISTRICT_AFTER = regex.compile(
    r"(?i)\s+(?:военн\p{L}*\s+округ\p{L}*|військов\p{L}*\s+округ\p{L}*|military\s+district)"
)
_DISTRICT_NAMED = regex.compile(r"(?i)(?:военн\p{L}*|військов\p{L}*|military)\s+(?:округ\p{L}*|district)$")
# A wartime administration named in English: place + level + (military|state)? + administration.
_ADMIN_LEVELS = r"(?:\s+(?i:regional|oblast|district|city|municipal|state|military|civil-military|civil))+"
_ADMIN_NAME = regex.compile(
    r"(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’ʼ-]+(?:\s+\p{Lu}[\p{L}'’ʼ-]+)?)(" + _ADMIN_LEVELS + r")\s+(?i:administration)"
)
_ADMIN_TAIL = regex.compile(_ADMIN_LEVELS + r"\s+(?i:administration)(?!\p{L})")
_LOCAL_ADMIN = regex.compile(r"(?i)village|rural|settlement|hromada|municipal")
_ADMINISTRATION = RegisterEntry("wartime administration", "body", note="a regional, city or district administration")
# A region's state body spelled out in Russian or Ukrainian: the region's adjective, the regional level and the body
# ("Запорізька обласна військова адміністрація", "Харківської обласної ради", "Курская областная дума", "Сумської
# обласної державної адміністрації"), or the body before the region's name in the genitive ("Администрация
# Белгородской области", "Правительства Курской области", "Законодательного собрания Ростовской области",
# "адміністрації Сумської області"). News names them as the source of a report; none is anyone's workplace by name
# alone more than a ministry is.
_STATE_BODY_TAIL = (
    r"(?:(?i:(?:обласн|областн)\p{L}*(?:\s+(?:державн|військов|военн|государственн)\p{L}*)?"
    r"\s+(?:адміністраці|администраци|рад[аиіуою]|дум[аыеуой])\p{L}*"
    # the region's own clinical hospital, where news says the wounded of a strike were taken ("до Херсонської обласної
    # клінічної лікарні", "в Курскую областную клиническую больницу"): one a region, no number (a numbered one is
    # a town's)
    r"|(?:обласн|областн)\p{L}*\s+(?:клінічн|клиническ)\p{L}*\s+(?:лікарн|больниц)\p{L}*)"
    # the same bodies by their abbreviations, as news names a region's head ("начальник Харківської ОВА", "голова
    # Сумської ОДА"): the region's military or state administration, one a region
    r"|(?:ОВА|ОДА|ОГА|ОВЦА)(?!\p{L}))"
)
_STATE_BODY_ADJ = regex.compile(r"(\p{Lu}\p{Ll}+)\s+" + _STATE_BODY_TAIL)
_STATE_BODY_NOUN = regex.compile(
    r"(?i:(?:администраци|правительств|законодательн\p{L}*\s+собрани|адміністраці|(?:обласн|областн)\p{L}*\s+"
    r"(?:рад|дум))\p{L}*)\s+(\p{Lu}\p{Ll}+\s+(?:области|області|края|краю))"
)
# A city's or district's wartime administration, as the English "Izium District Military Administration" (see
# _ADMIN_NAME): "Нікопольська РВА", "Херсонської МВА", "Покровської міської військової адміністрації", "Бериславская
# городская военная администрация". A village's or settlement's (сільська, селищна: СВА) is local and not one.
_WARTIME_TAIL = (
    r"(?:МВА|РВА|ГВА|(?i:(?:міськ|районн|городск)\p{L}*\s+(?:військов|военн)\p{L}*\s+"
    r"(?:адміністраці|администраци)\p{L}*))"
)
# (the place's adjective with an apostrophe or a hyphen: "Слов'янської МВА", "Куп'янської МВА")
_PLACE_ADJ = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)?"
_WARTIME_ADMIN = regex.compile(_PLACE_ADJ + r"\s+" + _WARTIME_TAIL)
# The rest of either name after a finding that holds the adjective alone ("Покровській| міській військовій
# адміністрації").
_BODY_TAIL_AFTER = regex.compile(r"\s+(?:" + _STATE_BODY_TAIL + "|" + _WARTIME_TAIL + r")(?!\p{L})")
# A city's council, state administration or prosecutor's office named after the city's adjective ("Запорізької
# міської ради", "Київська міська прокуратура", "Белгородская городская дума", "Курского городского совета"): the
# source of a city's news, public as the city is, only a regional centre's (its adjective is its region's,
# "Запорізька" of Запоріжжя and Запорізька область) or a city of LISTED_CITY people or more; a town's or a
# village's council stays withheld as a local institution, and so does any council named as someone's workplace.
_CITY_BODY_TAIL = (
    r"(?i:(?:міськ|городск)\p{L}*\s+(?:рад[аиіуою]|прокуратур\p{L}*|совет\p{L}*|дум[аыеуой]|"
    r"(?:державн|государственн)\p{L}*\s+(?:адміністраці|администраци)\p{L}*))(?!\p{L})"
)
_CITY_BODY = regex.compile(r"(" + _PLACE_ADJ + r")\s+" + _CITY_BODY_TAIL)
_CITY_BODY_AFTER = regex.compile(r"\s+" + _CITY_BODY_TAIL)
_STATE_BODY = RegisterEntry("regional state body", "body", note="a region's administration, government or council")
_FORMATION = RegisterEntry("grouping of forces", "body", note="a grouping of forces or a military district")


def formation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a grouping of forces or a military district."""
    surface = text[start:end]
    ws = _WORD.findall(surface)
    if ws and not ws[0][:1].isupper() and not _SUBUNIT.search(surface):
        # the grouping's command or staff run into the finding ("управления группировки «Восток»", "штабу угруповання
        # «Центр»"): the grouping's name at its end decides
        return _GROUPING_NAMED.search(surface) is not None
    if not ws or len(ws) > 5 or not ws[0][:1].isupper():
        return False
    if _DISTRICT_NAMED.search(surface):
        return len(ws) >= 3
    if _DISTRICT_AFTER.match(text, end) is not None:
        return True
    # the name alone, or the tail of "Group of Forces Center" a recognizer took from "Forces" on
    last = text[start:end].rstrip("»\"”' ").rfind(ws[-1])
    before = text[max(0, start - 40) : start + max(last, 0)]
    if ws[-1][:1].isupper() and _GROUPING_BEFORE.search(before) is not None:
        return True
    # before the noun, alone or in a list of them ("the Vostok and Tsentr groupings", "угруповань «Південь» і «Дніпро»"
    # is the other order): "Vostok grouping", "Центр группировки"
    return _GROUPING_AFTER.match(text, end) is not None


# An army, an army corps, a fleet or a flotilla ("58-й общевойсковой армии", "Сорок первой армии", "68-м армейском
# корпусе", "the 2nd Combined Arms Army", "Тихоокеанского флота", "3-ї загальновійськової армії"): tens of thousands of
# men, named in every report of the war. A finding that holds a soldier's own unit below it (a brigade, regiment,
# battalion, company, в/ч) is that unit and stays withheld.
# every case in both numbers: "41-ю загальновійськовими арміями", "58-й и 20-й армиям", "армией", "флотов"
_ARMY_NOUN = (
    r"(?:арми(?:я|и|ю|е|й|ей|ею|ям|ями|ях)|армі(?:я|ї|ю|й|єю|ям|ями|ях)|корпус\p{L}*"
    r"|флот(?:а|у|ом|е|і|ы|и|ов|ів|ам|ами|ах)?|флотили\p{L}*|флотилі\p{L}*|army|armies|corps|fleets?|flotillas?)"
)
_ARMY_HEAD = regex.compile(r"(?i)(?<!\p{L})" + _ARMY_NOUN + r"$")
_SUBUNIT = regex.compile(
    r"(?i)батальон|батальйон|бригад|полк|(?<!\p{L})рот[аыуеіо]|взвод|отряд|загін|загон|дивизи|дивізі|battalion|brigade|"
    r"regiment|company|platoon|detachment|division|в/ч|частин|част[иье](?!\p{L})|military\s+unit|\d{4,}"
)
# The adjective of a fleet or flotilla a recognizer took for a place ("Тихоокеанского| флота", "Каспийской| флотилии").
_FLEET_AFTER = regex.compile(r"(?i)[ \t]+(?:флот|флотили|флотилі|fleet|flotilla)\p{L}*")
_ARMY = RegisterEntry("army, corps or fleet", "body", note="an army, army corps, fleet or flotilla")
# An ordinal alone ("2-ю", "2nd") and the ordinals coordinated after it up to the last one, whose noun follows.
_ORDINAL = regex.compile(r"\d{1,3}(?:-?\p{L}{1,3})?")
_COORDINATED_ORDINALS = regex.compile(
    r"(?:\s*,\s*\d{1,3}(?:-?\p{L}{1,3})?)*\s*(,|\s+(?:та|і|й|и|and))\s+(\d{1,3}(?:-?\p{L}{1,3})?)"
)


def army(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an army, army corps, fleet or flotilla and no unit below it."""
    surface = text[start:end].strip(" «»\"“”'.,")
    ws = _WORD.findall(surface)
    if not ws or len(ws) > 6 or _SUBUNIT.search(surface):
        return False
    if len(ws) == 1 and ws[0][:1].isupper() and _FLEET_AFTER.match(text, end) is not None:
        return True
    if len(ws) >= 2 and _ARMY_HEAD.search(surface) is not None:
        return True
    if _ORDINAL.fullmatch(surface):
        # an ordinal whose army comes after the next one, the two sharing its noun ("2-ю та 41-ю
        # загальновійськовими арміями", "58-й и 20-й армиям", "the 2nd and 41st Combined Arms Armies")
        rest = _COORDINATED_ORDINALS.match(text, end)
        if rest is not None:
            pos = rest.end()
            for _ in range(5):
                word = _ARMY_WORD.match(text, pos)
                if word is None:
                    break
                pos = word.end()
                if _ARMY_HEAD.search(word.group(1)):
                    return army(text, rest.start(2), pos)
            return False
    nxt = _ARMY_WORD.match(text, end)
    if nxt is not None and _ARMY_HEAD.search(nxt.group(1)) and not _ARMY_HEAD.search(surface):
        return army(text, start, nxt.end())  # the head the finding stopped before ("41st Combined Arms| Armies")
    head = _spelled_army_end(text, start, end)
    return head is not None and army(text, start, head)


# The words of an army's number spelled out and its kind after a finding that holds only the start of them ("Сорок|
# первой армии", "Двадцатой| гвардейской общевойсковой армии", "Fifty-eighth| Combined Arms Army").
_ARMY_WORD = regex.compile(r"[ \t-]+([\p{L}'’ʼ]+)")
_LETTERS = regex.compile(r"[\p{L}'’ʼ]+")
_ARMY_EN_WORDS = frozenset({"guards", "guard", "combined", "arms", "tank", "air", "shock", "motor", "rifle", "and"})


def _spelled_army_end(text: str, start: int, end: int) -> int | None:
    """The end of the army head word when ``text[start:end]`` and the words after it spell an army's number (an
    ordinal among them) and its kind, else None."""
    from redact.recognizers.nlp.numbers import WORDS, ordinal_value

    def numeral(w: str) -> bool:
        return w.casefold() in WORDS or ordinal_value(w) is not None

    ws = _LETTERS.findall(text, start, end)
    if not ws or len(ws) > 3 or not all(numeral(w) for w in ws):
        return None
    ordinal = any(ordinal_value(w) is not None and w.casefold() not in WORDS for w in ws)
    pos = end
    for _ in range(5):
        m = _ARMY_WORD.match(text, pos)
        if m is None:
            return None
        w, pos = m.group(1), m.end()
        if _ARMY_HEAD.fullmatch(w):
            return pos if ordinal else None
        if numeral(w):
            ordinal = ordinal or (ordinal_value(w) is not None and w.casefold() not in WORDS)
        elif not (w.islower() and _CYR.match(w)) and w.casefold() not in _ARMY_EN_WORDS:
            return None  # a name, a place or any other word: no army's number
    return None


# A court or a prosecutor's office ("Kuedinsky District Court", "Samara Garrison Military Court", "Военная прокуратура
# Уссурийского гарнизона", "Жовтневий районний суд м. Запоріжжя"), and the adjectives of several listed before their
# noun ("Екатеринбургским, Оренбургским и Казанским гарнизонными военными судами"): a state body, where the case is.
# A national body's office in a region, named by the body and the region ("УФСБ России по Астраханской области",
# "Управления Росгвардии по Рязанской области", "ГУ СБУ у Харківській області", "СУ СК России по Курской области",
# "Отделение СФР по Калужской области", "the SBU Directorate in Donetsk Oblast", "the National Police in Kharkiv
# Oblast"): one office per region, the source of a report as the body is, never a local institution. The words
# before the preposition must hold a national body of the register (an abbreviation with the office's letter fused
# on, "УФСБ", "ГУМВД", counts as the body); the words after it must be a region, not a town or district.
_REGIONAL_OFFICE = regex.compile(
    r"^(?:the\s+)?(?P<head>[^,.;:()\n]{2,80}?)\s+(?:по|у|в|in|for)\s+(?P<region>\p{Lu}[^,.;:()\n]{2,60})$"
)
_OFFICE_WORD = regex.compile(
    r"(?i)(?:главн|головн|основн|следствен|слідч|управлени|управлін|отделени|відділенн|відділ|департамент|территориальн|"
    r"територіальн|межрегиональн|міжрегіональн|directorate|department|main|investigative|office|regional|territorial)"
    r"\p{L}*$|(?:ГУ|У|СУ|ГСУ|ТУ)$"
)
_BODY_AFTER_OFFICE = regex.compile(r"[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(\p{Lu}[\p{L}-]+)")
_MAIN_WORD = regex.compile(r"(?i)(?:главн|головн|main)\p{L}*$|ГСУ$")
_OFFICE_LETTERS = regex.compile(r"^(?:ГУ|У|Г|О)(?=[А-ЯІЇЄҐ]{2,})")
_REGIONAL_OFFICE_ENTRY = RegisterEntry(
    "regional office of a national body", "body", note="a national body's office in a region, named by both"
)

_COURT = regex.compile(
    r"(?i)(?<!\p{L})(?:суд|суда|суду|судом|суде|суді|суды|судов|судам|судами|судах|суди|судів|court|courts|tribunal|"
    r"прокуратур\p{L}*|prosecutor'?s?\s+office|prosecutor\p{L}*)(?!\p{L})"
)
_COURT_AFTER = regex.compile(
    r"(?:\s*(?:,|и|і|та|й|and)\s+\p{Lu}\p{L}+)*\s+(?i:(?:(?:гарнизонн|районн|городск|областн|окружн|военн|міськ|"
    r"військов|апеляційн|апелляционн|арбитражн|garrison|district|city|regional|military|appeals?)\p{L}*\s+){0,3}"
    r"(?:суд\p{L}{0,3}|court))(?!\p{L})"
)
_COURT_ENTRY = RegisterEntry("court or prosecutor's office", "body", note="a court or a prosecutor's office")

# A city named as the seat of a court or prosecutor's office, inside the body's name ("Мотовилихинский районный суд г.
# Перми", "Шевченківський районний суд Полтави", "the Desnianskyi District Court of Chernihiv", "the Chernivtsi Regional
# Prosecutor's Office"): where a state body sits, not anyone's home. Only a public place or a city of LISTED_CITY
# people or more (PublicRegister._seat_of_body); a village's name before a court stays withheld.
_SEAT_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:суд|суда|суду|судом|суде|суді|court\s+of|прокуратур\p{L}*|prosecutor'?s\s+office\s+(?:of|in))"
    r"\s+(?:(?:г|м|гор)\.\s*|города\s+|міста\s+|the\s+city\s+of\s+)?$"
)
_SEAT_AFTER = regex.compile(
    r"(?i)\s+(?:(?:regional|oblast|district|city|garrison|military|administrative|appeals?)\s+){1,3}"
    r"(?:prosecutor'?s\s+office|court)(?!\p{L})"
)
# A city named as the seat of its mayor's or governor's office, the way news introduces the official ("Kharkiv Mayor
# Ihor Terekhov", "the Kursk governor's office", "the mayor of Sumy", "мэр Белгорода Валентин Демидов", "мер Харкова",
# "міський голова Чернігова", "глава города Курска"): the public office's seat, named for the office and not as anyone's
# home (home context still withholds it: PublicRegister.verdict treats it as a city). Only a public place or a city of
# LISTED_CITY people or more (PublicRegister._seat_of_office); a village head's village ("сільський голова") stays
# withheld.
_OFFICE_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:mayor\s+of|governor\s+of|мэр(?:а|у|ом|е)?|мер(?:а|у|ом|ові|і)?|губернатор(?:а|у|ом|е|і|ові)?|"
    r"(?:міськ|городск)\p{L}+\s+голов\p{L}{0,3}|(?:глав|голов)\p{L}{0,3}\s+(?:города|міста)|"
    # the head or the administration of the city itself, its genitive right after ("Глава Армавира", "в администрации
    # Якутска", "мэрия Новосибирска", "міськрада Житомира")
    r"глав(?:а|ы|е|у|ой)|голов(?:а|и|і|у|ою|ові)|(?:администраци|адміністраці)(?:я|и|ю|ей|ї|єю)|мэри(?:я|и|ю|ей)|"
    r"мері(?:я|ї|ю|єю)|горсовет(?:а|у|ом|е)?|міськрад(?:а|и|і|у|ою)|(?:городск|міськ)\p{L}+\s+(?:дум|рад)\p{L}{0,3})"
    r"\s+(?:(?:г|м|гор)\.\s*|города\s+|міста\s+|the\s+city\s+of\s+)?$"
)
_OFFICE_AFTER = regex.compile(r"\s+(?:[Cc]ity\s+)?(?:[Mm]ayor|[Gg]overnor)(?:['’]s)?(?!\p{L})")
# A village's or a settlement's head ("Сільський голова Вербівки", "глава сельского поселения", "селищний голова"):
# a local office, its village withheld whatever region it lies in.
_VILLAGE_HEAD_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:сільськ|селищн|сельск|поселков)\p{L}*\s+(?:голов|глав)\p{L}{0,3}\s+$"
)
_OFFICE_SEAT = RegisterEntry("seat of a public office", "city", note="the city a mayor or governor holds office in")
# A preposition a region's adjective said alone stands after in speech ("после Курской", "с Херсонского", "на
# Запорізькому")
_ELLIPSIS_PREPOSITION = regex.compile(
    r"(?i)(?<!\p{L})(?:после|після|на|в|во|у|с|со|з|зі|із|из|под|під|за|по|до|от|від)\s+$"
)
_REGION_ELLIPSIS = RegisterEntry(
    "region named by its adjective", "region", note="a region's adjective without its noun"
)
_SEAT = RegisterEntry("seat of a court", "body", note="the city a court or prosecutor's office is named after")
# Where a court sits as its decision states it: the dateline that opens a verdict or an order, a date and the city on
# a line of their own ("17 квітня 2025 року м. Кривий Ріг", "13.11.2025 року місто Львів", "м. Київ Справа №",
# "04 марта 2020 года г. Находка Приморского края"), or the decision's place and the courtroom named in its text
# ("місце ухвалення рішення м. Ужгород", "в залі суду в місті Суми"). The court's place, not anyone's home; only with
# a court named near it (PublicRegister._court_dateline).
_DATELINE_BEFORE = regex.compile(
    r"(?i)(?:(?P<line>(?:^|\n)[ \t]*"
    r"(?P<date>\d{1,2}[ \t.]+(?:\p{L}+|\d{1,2})[ \t.]+\d{4}[ \t]*(?:року|рік|р\.|года|г\.)?[ \t,]*)?)"
    r"|(?<!\p{L})(?:місце\s+ухвалення\s+\p{L}+|место\s+(?:вынесения|принятия)\s+\p{L}+|"
    r"(?:в|у)\s+залі\s+(?:суду|судових\s+засідань(?:\s+№\s*\d+)?)(?:\s+\p{L}+)?\s+(?:в|у)|"
    r"(?:в|во)\s+зале\s+(?:суда|судебн\p{L}+\s+заседани\p{L}+)(?:\s+\p{L}+)?\s+(?:в|во))\s+)"
    r"(?:(?:м|г|гор)\.[ \t]*|(?:місто|місті|город|городе)[ \t]+)$"
)
_DATELINE_AFTER = regex.compile(
    r"(?:[ \t]+\p{Lu}\p{L}+[ \t]+(?i:області|обл\.|края|области|республики|республіки))?[ \t,.]*"
    r"(?:\n|$|(?P<case>(?i:справа|дело|провадження|производство|№)))"
)
_COURT_NEAR = regex.compile(r"(?i)(?<!\p{L})(?:суд|court)\p{L}*")
# The last word of every _DATELINE_BEFORE match: the abbreviation's dot or the town noun (a match ends there, then
# blanks, then perhaps one newline the search's end allows before it).
_DATELINE_CUE = regex.compile(r"(?i)(?:місто|місті|город|городе)$")


def _dateline_cue_before(text: str, lo: int, start: int) -> bool:
    """A cheap necessary condition of ``_DATELINE_BEFORE.search(text, lo, start)``: after the blanks before ``start``
    a dot or a town noun. The search tries its look-behinds and alternatives at each of the 80 places before a
    finding; this looks at the few characters before it, once for every finding the register is asked about."""
    j = start
    while j > lo and text[j - 1] in " \t\n":
        j -= 1
    return j <= lo or text[j - 1] == "." or _DATELINE_CUE.search(text, max(lo, j - 6), j) is not None


_DATELINE = RegisterEntry("place of a court's decision", "body", note="the city a verdict or court order is dated at")
# A national body's regional directorate: a directorate noun before the body's name ("Управления Росгвардии по
# Курской области", "Управління СБУ у Чернігівській області", "Територіального управління ДБР у Львові", "ГУ МВД по")
# or after it ("the SBU Department in Kharkiv Oblast"). The body must be one the register keeps
# (PublicRegister._directorate); "управление образования" or "the Education Department" name no such body.
_DIRECTORATE_NOUN = regex.compile(
    r"(?i)(?:(?:главн|головн|територіальн|территориальн|регіональн|региональн|межрегиональн|міжрегіональн|main|regional|"
    r"territorial)\p{L}*\s+)?(?:управлени\p{L}*|управлінн\p{L}*|департамент\p{L}*|department|directorate|ГУ|УВД)"
)
# The body's name right before a directorate noun the finding holds alone, and the region after it ("SBU |Directorate|
# in the Cherkasy region", "Rosgvardia |Department| for Perm Krai").
_BODY_BEFORE_NOUN = regex.compile(r"(?<![\p{L}\d])([\p{Lu}\d]{2,}|\p{Lu}\p{Ll}+)[ \t]+$")
_REGION_AFTER_NOUN = regex.compile(r"[ \t]+(?:in|for|of|по|у|в)[ \t]+(?:the[ \t]+)?\p{Lu}")
_DIRECTORATE = RegisterEntry(
    "regional directorate of a national body", "body", note="a security service's, guard's or police's regional office"
)


# Compiled once: regex's module functions look a string pattern up in their cache at every call, and the checks
# below run for every finding the register judges.
_GARRISON = regex.compile(r"(?i)гарнизон\p{L}*|гарнізон\p{L}*|garrison")
_GARRISON_AFTER_TOWN = regex.compile(r"[ \t]+(?i:garrison)(?!\p{L})")
_PROSECUTOR_OF_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:prosecutor|court)\p{L}*[ \t]+of[ \t]+(?:the[ \t]+)?$")
_LEADING_THE = regex.compile(r"(?i)^the\s+")
_NEXT_LOWER_WORD = regex.compile(r"\s+(\p{Ll}+)")


def court(text: str, start: int, end: int) -> bool:
    """Whether the finding is a court or prosecutor's office, or the adjective of one before its noun (see above)."""
    surface = text[start:end]
    ws = _WORD.findall(surface)
    if not ws or len(ws) > 10:
        return False
    if _COURT.search(surface) is not None:
        return len(ws) >= 2
    if _GARRISON.search(surface) and (
        _COURT.search(text, max(0, start - 30), start)
        or regex.search(
            r"(?i)(?<!\p{L})(?:прокурор\p{L}*|prosecutor)\s+(?:of\s+)?(?:the\s+)?$", text[max(0, start - 30) : start]
        )
    ):
        # "Военная прокуратура| Уссурийского гарнизона", "суд| Ульяновского гарнизона", "военного прокурора|
        # Екатеринбургского гарнизона" (the garrison's prosecutor: an office, not the garrison's units)
        return len(ws) <= 3
    names = [w for w in ws if w.casefold() not in {"the", "of"}]
    if (
        0 < len(names) <= 2
        and all(w[:1].isupper() for w in names)
        and _GARRISON_AFTER_TOWN.match(text, end)
        and _PROSECUTOR_OF_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True  # "military prosecutor of the Serpukhov| garrison": the garrison's prosecutor's office
    return 0 < len(names) <= 3 and all(w[:1].isupper() for w in names) and _COURT_AFTER.match(text, end) is not None


# A national university named in full, as Ukraine's largest universities are styled: "Luhansk Taras Shevchenko
# National University", "V. N. Karazin Kharkiv National University", "Taras Shevchenko National University of Kyiv",
# "Ivan Franko National University of Lviv". A country's university, public as a ministry is (a town's
# college stays the organisation recognizer's; a region's university by its field: _STATE_UNIVERSITY); the
# finding may be any part of the name: a model takes "Luhansk Taras Shevchenko" for a person, "Kyiv Taras
# Shevchenko National University" for a place.
_NATIONAL_UNIVERSITY = regex.compile(
    r"(?<![\p{L}-])(?:(?:\p{Lu}\.\s?){1,2}\s?)?(?:\p{Lu}[\p{L}'’-]+\s+){0,4}National\s+University"
    r"(?:\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?(?![\p{L}-])"
)
# The same by its kind and field: a city's or region's national university named in full ("Odesa National Maritime
# University", "Південноукраїнський національний педагогічний університет", "Луганський національний аграрний
# університет"): a national university, no one's workplace by name more than a ministry is. A "state university"
# ("Donbas State Pedagogical University", "Мукачівський державний університет") is a town's too, where an obituary
# says the man studied: withheld, as a college or a numbered institute is.
_STATE_UNIVERSITY = regex.compile(
    r"(?<![\p{L}-])(?:(?!(?:In|At|The|From|To|And|Of|On|His|Her|Their|Our|My)\s)\p{Lu}[\p{L}'’-]+\s+){1,3}National(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+University(?![\p{L}-])"
    r"|(?<![\p{L}-])\p{Lu}[\p{Ll}'’ʼ-]+\s+(?i:національн|национальн)\p{L}*"
    r"(?:\s+\p{Ll}[\p{Ll}'’ʼ-]+){0,2}\s+(?i:університет|университет)\p{L}*(?![\p{L}-])"
)
_UNIVERSITY_ENTRY = RegisterEntry("national university", "body", note="a country's national university named in full")


def national_university(text: str, start: int, end: int) -> bool:
    """Whether the finding lies inside a national university's full name (see above)."""
    for pattern in (_NATIONAL_UNIVERSITY, _STATE_UNIVERSITY):
        for m in pattern.finditer(text, max(0, start - 80), min(len(text), end + 80)):
            if m.start() <= start and end <= m.end():
                return True
    return False


# A named armed formation written about as a whole: its fighters as a crowd, its founder, its mutiny ("бойцы
# «Ахмата» перебросили", "Wagner fighters", "founder of Wagner", "заколот «Вагнера»"). Named for one man's service
# ("служил в «Вагнере»", "signed a contract with Akhmat", "his Akhmat detachment") it is his unit and stays withheld.
#
# A programme of many units is written about as a whole the same ways, and by its plural ("отряды «Шторм Z»", "загони
# «Шторм V»", "штурмовые роты «Шторм Z»", "Storm-Z units", "участники «Шторм Z»", "проект «Шторм Z»"): the
# Defence Ministry's convict companies, tens of thousands of men. One man's "отряд «Шторм Z»", "Storm-V company",
# "бойца «Шторм Z»", "we're in Storm-V now" are singular and stay withheld, and so do "штурмовики" (how its own men
# name themselves: "чат «Родные штурмовиков Шторм V | Чебаркуль»" is one garrison's unit).
_PLURAL_UNITS = (
    r"отряды|отрядов|отрядах|отрядам|отрядами|загони|загонів|загонах|загонам|загонами|рот|ротах|ротам|ротами|"
    r"штурмов(?:ые|ых|ым|ыми|і|их|им|ими)\s+рот\p{L}*|батальоны|батальонов|батальйони|батальйонів|підрозділи|підрозділів|units|companies|"
    r"detachments|squads|teams|battalions"
)
_FORCE_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:бойц(?:ы|ов|ам|ами|ах)|бійц(?:і|ів|ям|ями|ях)|fighters|mercenaries|наёмник(?:и|ов|ам)|наемник(?:и|ов|ам)|"
    r"найманц(?:і|ів|ям)|основател\p{L}*|засновник\p{L}*|founder|мятеж\p{L}*|заколот\p{L}*|mutiny|rebellion|"
    r"участник(?:и|ов|ам|ами|ах)|учасник(?:и|ів|ам|ами|ах)|members|convicts|"
    r"проект\p{L}*|проєкт\p{L}*|программ\p{L}*|програм\p{L}*|project|programme|program|" + _PLURAL_UNITS + r")"
    r"(?:\s+of)?(?:\s+the)?(?:\s+(?:ЧВК|ПВК|PMC|спецназа|спецназу|special\s+forces|group))?\s*[«\"“„]?\s*$"
)
_FORCE_AFTER = regex.compile(
    r"(?i)^[»\"”]?(?:'s)?\s+(?:(?:assault|storm|penal|convict|prisoner)\s+(?=units|companies|detachments|squads))?"
    r"(?:fighters|mercenaries|mutiny|rebellion|founder|chief|boss|units|companies|detachments|"
    r"squads|teams|convicts|recruits|members|programme|program|project)\b"
)
# A known formation's men as a crowd ("the Akhmat guys", "Wagner men"): only for a formation the register knows by
# name (_FORCE_KNOWN), since a town's or a village's men are said the same way ("the Kovrov lads" are from a home).
_FORCE_CROWD_AFTER = regex.compile(r"(?i)^[»\"”]?(?:'s)?\s+(?:guys|men|boys|lads)\b")
# A formation by name as the subject of a force's move ("Ахмат отошёл, фланг открытый", "«Вагнер» зашёл в город",
# "Akhmat pulled back again", "Wagner withdrew"): the force on the flank as a whole, not one man's service.
_FORCE_MOVES_AFTER = regex.compile(
    r"(?i)^[»\"”]?\s+(?:(?:опять|снова|знову|again|уже|вже|already|тоже|теж|also|then)\s+)?(?:отош\p{L}*|отошл\p{L}*"
    r"|отступ\p{L}*|отход\p{L}*|отходя\p{L}*|відійш\p{L}*|відступ\p{L}*|відход\p{L}*|зашел|зашёл|зашли|зайшли|зайшов"
    r"|ушел|ушёл|ушли|пішли|пішов|снялись|снялся|знялися|бросил\p{L}*|кинули|кинув|наступа\p{L}*|штурму\p{L}*"
    r"|pulled\s+back|pulls\s+back|withdrew|withdraws|retreated|retreats|fell\s+back|advanced|advances|moved\s+in"
    r"|left\s+the\s+(?:flank|line|position))(?!\p{L})"
)
# Recruiting for a formation is done by the formation as a whole ("вербовщики «Вагнера»", "рекрутеры ЧВК Вагнера",
# "вербування до ПВК «Вагнер»", "«Вагнер» вербовал заключённых", "где «Ахмат» набирает", "ПВК "Вагнер" почала
# рекрутувати", "Wagner recruited prisoners"); a person recruits too ("вербовщик Петров", "Петров набирает номер"),
# so only a formation's name counts: quoted, after its kind (ЧВК, PMC) or one of the companies by name.
_RECRUITING_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:вербовщик\p{L}*|вербувальник\p{L}*|рекрутер\p{L}*|recruiters|(?:вербовк|вербуванн)\p{L}*"
    r"(?:\s+(?:в|до|для))?|recruitment\s+(?:for|by|into))(?:\s+of)?(?:\s+the)?(?:\s+(?:ЧВК|ПВК|PMC))?\s*[«\"“„]?\s*$"
)
_RECRUITING_AFTER = regex.compile(
    r"(?i)^[»\"”]?\s+(?:(?:began|started|continues|начал\p{L}*|почал\p{L}*|продолжа\p{L}*|продовжу\p{L}*)\s+)?"
    r"(?:recruit(?:s|ed|ing)|is\s+recruiting|(?:за)?вербов?\p{L}*|рекрут\p{L}*|(?P<gather>набира\p{L}*))\b"
)
_FORCE_NAMED = regex.compile(r"(?i)[«\"“„]\s*$|(?<!\p{L})(?:ЧВК|ПВК|PMC)\s*[«\"“„]?\s*$")
# "набирает" is also dialling a number: only the companies by name gather men ("где «Ахмат» набирает").
_FORCE_KNOWN = regex.compile(r"(?i)Wagner|Вагнер\p{L}{0,2}|Akhmat|Ахмат\p{L}{0,2}")
# The plural and the quoted name in one finding ("загони «Шторм V»", "штурмовые роты «Шторм Z»"); a number in the
# name ("«Шторм V-7»") makes it one unit.
_UNITS_NAMED = regex.compile(r"(?i)^(?:" + _PLURAL_UNITS + r")\s+[«\"“„]\p{Lu}[^«»\"“”„\d\n]{0,24}[»\"”“]$")
_UNIT_NOUN = regex.compile(
    r"(?i)батальон|батальйон|бригад|полк|рот[аыуе]|взвод|отряд|загін|загон|дивизи|дивізі|корпус|battalion|brigade|"
    r"regiment|company|platoon|detachment|division|corps|\d"
)
# A formation coordinated with Wagner or Akhmat, written about as a whole beside it ("From Wagner to Storm-V", "Wagner
# and Storm-Z recruited in colonies").
_BESIDE_KNOWN_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:Wagner|Akhmat)[»\"”]?\s+(?:to|and|or|then)\s+(?:the\s+)?[«\"“„]?$"
)
_BESIDE_KNOWN_AFTER = regex.compile(r"(?i)^[»\"”]?\s+(?:and|or|to)\s+(?:the\s+)?[«\"“„]?(?:Wagner|Akhmat)(?!\p{L})")
_FORCE = RegisterEntry("armed formation as a whole", "body", note="a named armed formation written about as a whole")


def named_force(text: str, start: int, end: int) -> bool:
    """Whether a named formation ("Вагнер", "Akhmat", "ЧВК «Вагнер»") is written about as a whole (see above)."""
    surface = text[start:end]
    if _UNITS_NAMED.match(surface.strip()):
        return True
    ws = _WORD.findall(surface)
    if not ws or len(ws) > 3 or _UNIT_NOUN.search(surface) or not any(w[:1].isupper() for w in ws):
        return False
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    if _FORCE_BEFORE.search(before) is not None or _FORCE_AFTER.match(after) is not None:
        return True
    if _BESIDE_KNOWN_BEFORE.search(before) is not None or _BESIDE_KNOWN_AFTER.match(after) is not None:
        return True  # "From Wagner to Storm-V", "Wagner and Storm-Z": one more formation of the same kind, as a whole
    known = _FORCE_KNOWN.fullmatch(surface.strip('«»"“”„ ')) is not None
    if known and (_FORCE_MOVES_AFTER.match(after) is not None or _FORCE_CROWD_AFTER.match(after) is not None):
        return True  # "Ахмат отошёл, фланг открытый", "the Akhmat guys": a formation moving or seen as a whole
    quoted = surface[:1] in '«"“„' or surface.startswith(("ЧВК", "ПВК", "PMC"))
    if not (known or quoted or _FORCE_NAMED.search(before)):
        return False  # not quoted, no company's kind before it: a person may recruit or dial
    recruits = _RECRUITING_AFTER.match(after)
    if recruits is not None and (known or recruits.group("gather") is None):
        return True
    return _RECRUITING_BEFORE.search(before) is not None


# A media outlet by its quoted name: two to five words in quotes, one a word newspapers and channels are named with
# ("«Кизильские вести»", "«Сельская новь»", "«Вісті Придніпров'я»", "\"Zvezda Altaya\"", "«Голос Бахмута»"): the name
# opens with a capital, holds no sentence mark, and its first or last word is the outlet's word. A call sign is one
# word; a quoted name after a company's form ("СПК «Заря Суры»", "агрофирма «Зоря Поділля»") is the
# company's and is no outlet.
_MEDIA_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:вест(?:и|ник\p{L}*)|вісті|вісник\p{L}*|известия|новост\p{L}*|новин[иа]|правд[аыиуеі]|газет\p{L}*|"
    r"нов[ьи]|зар[яиюе]|зор[яіює]|голос\p{L}*|знам[яе]\p{L}*|прапор\p{L}*|трибун\p{L}*|курь?ер\p{L}*|кур['’ʼ]єр\p{L}*|"
    r"ведомост\p{L}*|відомост\p{L}*|звезд[аыуе]|зірк[аиі]|телеграф\p{L}*|хроник\p{L}*|хронік\p{L}*|обозрени\p{L}*|"
    r"vesti|visti|vestnik|visnyk|izvestia|izvestiya|novosti|novyny|pravda|gazeta|zvezda|zarya|zorya|golos|holos|"
    r"news|gazette|herald|times|tribune|courier|telegraph|chronicle)(?!\p{L})"
)
_QUOTED = regex.compile(r"[«\"“„]([^«»\"“”„\n]{3,60})[»\"”“]")
_COMPANY_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:СПК|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ПАТ|ФГ|КФХ|СХП|колхоз\p{L}*|совхоз\p{L}*|агрофирм\p{L}*|"
    r"агрофірм\p{L}*|агрохолдинг\p{L}*|завод\p{L}*|фабрик\p{L}*|компани\p{L}*|компані\p{L}*|кооператив\p{L}*|"
    r"магазин\p{L}*|кафе|LLC|company|farm)\s*$"
)
_QUOTED_MEDIA = RegisterEntry("outlet by its quoted name", "media", note="a newspaper or channel named in quotes")


def quoted_media(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a quoted outlet's name (see above)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for q in _QUOTED.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if q.start(1) - 1 <= start and end <= q.end(1) + 1:
            ws = _WORD.findall(q.group(1))
            return (
                2 <= len(ws) <= 5
                and ws[0][:1].isupper()
                and not regex.search(r"[,.!?:;]", q.group(1))
                and any(_MEDIA_WORD.fullmatch(w) for w in (ws[0], ws[-1]))
                and _COMPANY_BEFORE.search(text, max(0, q.start() - 30), q.start()) is None
            )
    return False


# A named power plant ("Дніпровської ТЕС", "Запорізька АЕС", "Kakhovka HPP", "Zaporizhzhia nuclear power plant"):
# infrastructure of the war, shelled and occupied, named as a place of events. Named as where someone works
# ("працював на Бурштинській ТЕС", "worked at the Kursk NPP") it says who they are and stays withheld.
_PLANT_ABBR = r"АЕС|АЭС|ГЕС|ГЭС|ГАЕС|ГАЭС|ТЕС|ТЭС|ГРЕС|ГРЭС|NPP|HPP|TPP"
_PLANT_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’ʼ-]+(?:\s+\p{L}[\p{L}'’ʼ-]+){0,2}\s+(?:" + _PLANT_ABBR + r"|"
    r"(?i:nuclear|hydroelectric|hydro|thermal)\s+(?i:power\s+)?(?i:plant|station|dam))$"
)
_WORK_BEFORE = regex.compile(
    r"(?i)(?:працю|працював|работа|робот|служ|worked|works|working|employed|engineer|інженер|инженер)\p{L}*[^.!?\n]{0,40}$"
)
_PLANT_TAIL = regex.compile(r"[ \t]+(?:" + _PLANT_ABBR + r")(?!\p{L})")
_PLANT_NOUN_TAIL = regex.compile(r"[ \t]+(?i:(?:power[ \t]+)?(?:plant|station|dam))(?!\p{L})")
_OCCUPIED_LEAD = regex.compile(r"^(?:(?:Russian|Ukrainian)-)?(?:occupied|controlled|held)[ \t]+")
_PLANT = RegisterEntry("power plant", "front", note="a named power plant named as a place of events")


def power_plant(text: str, start: int, end: int) -> bool:
    """Whether the finding is a named power plant written about as a place of events, not as a workplace."""
    surface = text[start:end].strip()
    if surface.lower().startswith("the "):
        surface = surface[4:]
    surface = _OCCUPIED_LEAD.sub("", surface)  # "the Russian-occupied| Zaporizhzhia ..."
    if _PLANT_NAME.match(surface) is None:
        # a recognizer took the plant's adjective alone ("Дніпровської" of Дніпровської ТЕС), or stopped before its
        # noun ("Zaporizhzhia Nuclear| Power Plant")
        tail = _PLANT_TAIL.match(text[end : end + 8]) or _PLANT_NOUN_TAIL.match(text, end)
        if tail is None or _PLANT_NAME.match(surface + tail.group()) is None:
            return False
    return _WORK_BEFORE.search(text[max(0, start - 60) : start]) is None


# A named refinery, oil depot or airfield struck in the war ("Ukrainian drones hit Yaroslavl refinery", "debris fell on
# the territory of the Slavneft-YANOS refinery", "the Kremenchuk oil refinery, a frequent Russian target", "the
# Saky airfield"): a target of the war's strikes, named in the sentence of the strike. Named as where someone works
# ("worked at the Kremenchuk oil refinery") it stays withheld, as a power plant does; a sugar refinery or a plant
# is no such target by its noun.
_FACILITY_NOUN = r"(?:oil\s+refinery|refinery|oil\s+depot|fuel\s+depot|oil\s+terminal|airfield|air\s+base|airbase)"
_FACILITY_NAME = regex.compile(
    r"^(?:the\s+)?\p{Lu}[\p{L}'’ʼ-]+(?:\s+\p{Lu}[\p{L}'’ʼ-]+){0,2}\s+(?i:" + _FACILITY_NOUN + r")$"
)
_FACILITY_TAIL = regex.compile(r"[ \t]+(?i:" + _FACILITY_NOUN + r")(?!\p{L})")
_STRIKE_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:hit|hits|struck|strike|strikes|attack\p{L}*|drones?|missiles?|shaheds?|fire|ablaze|blaze|"
    r"explosions?|debris|target\p{L}*|shell\p{L}*|bomb\p{L}*)(?!\p{L})"
)
_REGION_NOUN_AFTER = regex.compile(r"[ \t]+regions?(?!\p{L})")
_FACILITY = RegisterEntry("struck facility", "front", note="a named refinery, oil depot or airfield struck in the war")


def struck_facility(text: str, start: int, end: int) -> bool:
    """Whether the finding is a named refinery, oil depot or airfield written about as a target of strikes."""
    surface = text[start:end].strip()
    if _FACILITY_NAME.match(surface) is None:
        tail = _FACILITY_TAIL.match(text, end)
        if tail is None or _FACILITY_NAME.match(surface + tail.group()) is None:
            return False
    lo = max(0, start - 200)
    sentence = regex.split(r"[.!?]\s|\n", text[lo:start])[-1] + text[start : start + 200].split("\n")[0]
    return _STRIKE_WORD.search(sentence) is not None and _WORK_BEFORE.search(text[max(0, start - 60) : start]) is None


# The same targets as Russian and Ukrainian war news write them, by the town's adjective before the noun ("на
# Туапсинском НПЗ", "Московского нефтеперерабатывающего завода", "Афіпський НПЗ", "Саратовская нефтебаза") or the
# noun before the name ("аэродром Энгельс", "авиабазу «Бельбек»", "аеродром Саки"); the strike named in the
# sentence or in the report before it ("обломки беспилотника упали ... В пресс-службе Московского НПЗ заявили").
_FACILITY_NOUN_CYR = (
    r"(?:НПЗ|нефтеперерабатывающ\p{L}*[ \t]+завод\p{L}*|нафтопереробн\p{L}*[ \t]+завод\p{L}*|нефтебаз\p{L}*|"
    r"нафтобаз\p{L}*|нефтян\p{L}*[ \t]+терминал\p{L}*|нафтов\p{L}*[ \t]+термінал\p{L}*|аэродром\p{L}*|"
    r"аеродром\p{L}*|авиабаз\p{L}*|авіабаз\p{L}*|авиационн\p{L}*[ \t]+баз\p{L}*|аэропорт\p{L}*|аеропорт\p{L}*)"
)
_FACILITY_ADJ_CYR = r"\p{Lu}\p{Ll}+(?:[сц]к|[сцз]ьк)\p{Ll}{1,3}"
_FACILITY_NAME_CYR = regex.compile(r"^" + _FACILITY_ADJ_CYR + r"[ \t]+" + _FACILITY_NOUN_CYR + r"$")
_FACILITY_TAIL_CYR = regex.compile(r"[ \t]+" + _FACILITY_NOUN_CYR + r"(?!\p{L})")
_FACILITY_NAMED_CYR = regex.compile(r"^" + _FACILITY_NOUN_CYR + r"[ \t]+[«\"“„]?\p{Lu}[\p{L}-]+(?:-\d)?[»\"”“]?$")
# the noun before the name, or before a list of them ("в аэропортах Домодедово и| Жуковский")
_FACILITY_BEFORE_CYR = regex.compile(
    r"(?<!\p{L})"
    + _FACILITY_NOUN_CYR
    + r"[ \t]+(?:[«\"“„]?\p{Lu}[\p{L}-]+(?:-\d)?[»\"”“]?(?:,|[ \t]+(?:и|і|та|й))[ \t]+)?[«\"“„]?$"
)
_STRIKE_WORD_CYR = regex.compile(
    r"(?i)(?<!\p{L})(?:атак\p{L}*|атаков\p{L}*|удар\p{L}*|дрон\p{L}*|беспилотн\p{L}*|безпілотн\p{L}*|БПЛА|БпЛА|"
    r"обломк\p{L}*|уламк\p{L}*|пожар\p{L}*|пожеж\p{L}*|возгоран\p{L}*|загоран\p{L}*|займан\p{L}*|взрыв\p{L}*|"
    r"вибух\p{L}*|поражен\p{L}*|уражен\p{L}*|ракет\p{L}*|обстрел\p{L}*|обстріл\p{L}*|ПВО|ППО|горит|горів|"
    r"загорел\p{L}*|загорі\p{L}*)(?!\p{L})"
)
_WORK_BEFORE_CYR = regex.compile(
    r"(?i)(?:труди|трудя|сотрудни|працівни|оператор|слесар|слюсар|машинист|машиніст|устроил|влаштува)\p{L}*"
    r"[^.!?\n]{0,40}$"
)


def struck_facility_cyr(text: str, start: int, end: int) -> bool:
    """Whether a Cyrillic finding is a refinery, oil depot or airfield by its town's adjective or its name, written
    about where strikes are (in its sentence or the report before it), never where someone works."""
    surface = text[start:end].strip()
    if _FACILITY_NAME_CYR.match(surface) is None and _FACILITY_NAMED_CYR.match(surface) is None:
        tail = _FACILITY_TAIL_CYR.match(text, end)
        named = regex.fullmatch(_FACILITY_ADJ_CYR, surface) is not None and tail is not None
        before = _FACILITY_BEFORE_CYR.search(text, max(0, start - 40), start)
        if not named and not (before is not None and regex.fullmatch(r"\p{Lu}[\p{L}-]+(?:-\d)?", surface)):
            return False
    # a press service speaks for the facility ("в пресс-службе Московского НПЗ"): nobody serves there
    near = regex.sub(r"(?i)прес{1,2}-служб\p{L}*", " ", text[max(0, start - 60) : start])
    if _WORK_BEFORE.search(near) is not None or _WORK_BEFORE_CYR.search(near) is not None:
        return False
    lo = max(0, start - 400)
    report = text[lo:start] + text[start : start + 200].split("\n")[0]
    return _STRIKE_WORD_CYR.search(report) is not None


# A district of a city named by its adjective: "в Київському районі", "the Darnytskyi district", "Немышлянском районе".
_CITY_DISTRICT_NOUN = regex.compile(r"(?i)район\p{L}*|districts?|raions?|rayons?")
# The rest of a list of districts that share one plural noun, up to that noun: group 1 is the noun.
# A city district by its own noun: "район" right before it, its side of the city or the city right after it.
_NAMED_DISTRICT_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:район|районе|району|районі)[ \t]+$")
_CITY_SIDE_AFTER = regex.compile(
    r"[ \t]+(?:(?:на|в|у)[ \t]+(?:(?:северо|юго|північно|південно)-)?(?:север|юг|запад|восток|окраин|північ|півд|"
    r"захід|заход|схід|сход|околиц|центр)\p{L}*[ \t]+)?(\p{Lu}[\p{L}'’ʼ-]+)"
)
_DISTRICT_LIST_AFTER = regex.compile(
    r"(?:\s*,\s*\p{Lu}[\p{L}'’ʼ-]+|\s+(?:and|or|и|і|й|та)\s+\p{Lu}[\p{L}'’ʼ-]+){1,3}\s+"
    r"(район(?:ы|ов|ах|ам|и|ів|ах)|districts|raions|rayons)(?!\p{L})"
)
# Where drones or missiles were launched from (PublicRegister._launch_site): a weapon word earlier in the sentence, a
# verb of launching or the weapon itself, "from" (the directions, areas or airfields of), then the list of places
# up to the finding, each name perhaps with its region in brackets ("Cape Chauda (Crimea), Yeysk and Kursk").
_WEAPON = regex.compile(
    r"(?i)(?<!\p{L})(?:drones?|shaheds?|gerans?|uavs?|missiles?|rockets?|bombers?|aircraft|jets?|glide\s+bombs?)"
    r"(?!\p{L})"
)
_LAUNCH_FROM = regex.compile(
    r"(?i)(?<!\p{L})(?P<verb>launch\p{L}*|fired|took\s+off|flew|drones|shaheds|missiles|uavs)"
    r"(?:\s+(?:overnight|at\s+night|last\s+night|again))?\s+from\s+(?:the\s+)?"
    r"(?:(?:directions?|areas?|airfields?|regions?|vicinity)\s+of\s+(?:the\s+)?)?"
    r"(?-i:(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*\([^()\n]{1,30}\))?"
    r"(?:,\s*|\s+and\s+|,\s+and\s+)){0,8})$"
)
_SENTENCE_CUT = regex.compile(r"[.!?;]\s|\n")
_LAUNCH_SITE = RegisterEntry("launch site", "front", note="a place drones or missiles were launched from")
# A regional centre listed with a public place is named as a place of events (see PublicRegister._listed_with_public).
LISTED_CITY = 100_000
_LISTED_CITY = RegisterEntry("city listed with a public place", "city", note="a regional centre in a list of places")
# A city written as in a record, not as a place of events: after a settlement abbreviation ("г. Тамбова", "м.
# Житомир"), an enlistment office or a name in brackets ("Pavel Remezov (Tambov)"), or before an enlistment office.
_TOWN_RECORD_BEFORE = regex.compile(
    r"(?i)(?:(?<!\p{L})(?:г|м|гор|пгт|смт)\.\s*"
    r"|(?:военкомат|військкомат|комиссариат|комісаріат|ТЦК|enlistment|recruit)\p{L}*\s+(?:\p{L}+\s+){0,3}"
    r"|\p{Lu}\p{L}+\s*\(\s*)$"
)
_TOWN_RECORD_AFTER = regex.compile(r"(?i)\s+(?:military\s+)?(?:enlistment|recruit\p{L}*|draft)\s")
# Words of a city's events besides the fighting: detentions, searches, courts and sentences, police and security
# services at work, protests, fires and alerts ("затримала в Дніпрі", "a court in Makhachkala", "Police in Tver").
_CITY_EVENT = regex.compile(
    r"(?i)(?<!\p{L})(?:detain|arrest|sentenc|convict|court|police|protest|rally|fire|blaze|alert|siren|search|"
    r"задерж|затрим|арест|заарешт|приговор|вирок|засуд|суд(?:а|е|ом|у|ы|и|і|ів|ах)?(?!\p{L})|полиц|поліці|"
    r"обыск|обшук|протест|митинг|мітинг|пожар|пожеж|тревог|тривог|сирен|ФСБ|СБУ|SBU|FSB|ГУР|HUR|"
    # a picket, a detention centre, a morgue ("одиночный пикет в Мурманске", "the Taganrog detention centre", "СИЗО
    # Таганрога", "the morgue in Rostov": where a city's story or a body is, never anyone's home)
    r"picket|пикет|пікет|detention|SIZO|СИЗО|СІЗО|morgue|морг(?:а|е|у|ом|и|ів|ов)?(?!\p{L}))"
)
# A word of kin or family a few words before the city: where someone close lives ("матери в Кострому").
_KIN_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:мам|мать|матер|мати|матір|жен[аеуыо]|отц|отец|пап|брат|сестр|сын|доч|дяд|тёт|тет[яеиую]|"
    r"бабушк|дедушк|родн|родител|семь[яеюи]|семей|дружин|батьк|тат[оау]|родин|сім['’ʼ]|mother|mum|mom|wife|"
    r"husband|father|dad|parents|brother|sister|son|daughter|family|relatives|uncle|aunt|grand)\p{L}*"
    r"(?:\s+\p{L}+){0,3}\s+$"
)
# A preposition of where, or where to, right before a city said in a call (never "from", "из", "з": an origin).
_SPOKEN_CITY_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:to|in|at|into|near|through|via|towards|around|в|во|у|на|до|под|під|через|около|возле|біля|коло)"
    r"\s+$"
)
# Where a unit is sent or stands, right before a front-line settlement a recognizer took for a call sign ("их на
# Берестовое кинули", "стоим под Удачным", "зайшли в Кринки"): no call sign is "на", "в" or "под" anyone ("у Шамана",
# "к Шаману" are a person's, left out).
_SENT_TO_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:на|в|во|под|під|біля|возле|около|поблизу)\s+$")
# "у Крынок", "под Работино", "near Krynky": a register front place a model took for a name or call sign, where the
# army is spoken of before it in the sentence.
_NEAR_PLACE_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:у|под|під|біля|возле|около|near|outside)\s+$")
# A preposition a finding starts with ("на Алешки его повезли", "под Работино"): the place after it is judged, with
# the preposition as its context.
# A preposition a finding starts with, capitalised too at a sentence start ("На Нікопольщині попрощалися", "Под
# Работино нас закинули"); the nearness ones are never a name's first word, whatever type the finding has.
# "In the area of" before a front place of the register that reads as a given name too ("в районе Алёшек", "у районі
# Олешок"): said of a place, never of a person.
_AREA_OF_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:в|у)\s+(?:районе|районі|окрестностях|околицях|окрестности)\s+$|(?<!\p{L})in\s+the\s+area\s+of\s+$"
)
_LEAD_PREPOSITION = regex.compile(r"(?i:на|в|во|у|под|під|по|біля|около|возле|near|in|at)[ \t]+(?=\p{Lu})")
_NEAR_LEAD = regex.compile(r"(?i:под|під|біля|поблизу|около|возле|near)[ \t]+(?=\p{Lu})")
# A settlement's kind abbreviated at the head of a place finding ("н.п. Кременная", "н. п. Білогорівка", "г.
# Йошкар-Ола", "пгт Васильевка", "с. Тоненьке"), as obituaries, verdicts and search notices write it: the name after it
# decides, its home context read there too ("уроженец н.п. X" is a home)
# The rest of a name after a finding: lower-case nouns of a region's name too ("Брянской| области", "Луганской| Народной
# Республики")
_NAME_GOES_ON = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}'’ʼ-]+|област\p{L}*|обл\.|края|краю|округа|округе)){1,3}")
# A settlement and the district that locates it, as war news and governors' reports write a village of a border or
# front-line district ("сёл Гуево и Плехово| Суджанского района", "у села Новые Юрковичи Климовского района", "посёлок
# Прохоровка в Прохоровском районе", "с. Новоолександрівка Покровського району"): the district's adjective, a level
# word ("городского", "муниципального") and its noun, genitive after the name or in the locative after "в"/"у".
_AREA_LEVEL = r"(?:(?:городск|муниципальн|сельск|міськ|сільськ|селищн)\p{L}*[ \t]+)?"
_DISTRICT_AFTER_NAME = regex.compile(
    r"[ \t]+(?:(?:в|во|у)[ \t]+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?[ \t]+"
    + _AREA_LEVEL
    + r"(?:район|округ)\p{L}*)(?!\p{L})"
)
_NAME_THEN_DISTRICT = regex.compile(
    r"(\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?)"
    r"(?=[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?[ \t]+" + _AREA_LEVEL + r"(?:район|округ)\p{L}*$)"
)
# The settlement right before a district finding ("Плехово| Суджанского района", "Прохоровка в| Прохоровском районе").
_NAME_BEFORE_DISTRICT = regex.compile(
    r"(?<![\p{L}'’ʼ-])(\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?)[ \t]+(?:(?:в|во|у)[ \t]+)?$"
)
# A settlement's kind before its name, or before a list of them ("сёл Гуево и| Заречное", "деревню| Заречье", "с.|
# Заречное"): a common word after it is the settlement's name.
_KIND_THEN_NAMES = regex.compile(
    r"(?i)(?<!\p{L})(?:сел\p{L}*|сёл|сіл\p{L}*|деревн\p{L}*|пос[её]л\p{L}*|хутор\p{L}*|станиц\p{L}*|слобод\p{L}*|"
    r"смт|пгт|[сдпх]\.)[ \t]*(?:\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?[ \t]*(?:,|и|і|та|й)[ \t]+)*$"
)
_LEAD_KIND = regex.compile(r"(?:н\.[ \t]?п\.|нп|[сгмдпх]\.|пос\.|ст\.|(?i:смт|пгт))[ \t]*(?=\p{Lu}\p{Ll})")


def _army_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` names the army (:data:`redact.front._MILITARY`: a unit, a rank,
    a soldier, combat): "третий батальон вывели с Херсонского?" in a wives' chat."""
    from redact.front import _MILITARY

    before = regex.split(r"[.!?\n]", text[max(0, start - 150) : start])[-1]
    after = regex.split(r"[.!?\n]", text[end : end + 100])[0]
    return _MILITARY.search(before + " " + after) is not None


def _surname_after_under(rest: str) -> bool:
    """Whether the words after "под"/"під" read as a name: "служил под Ивановым" is under his command, no place."""
    from redact.recognizers.nlp import morph as _morph

    tags = frozenset({"Surn", "Name", "Patr"})
    return any(_morph.tag_share(w, lg, tags) >= 0.5 for w in _WORD.findall(rest) for lg in ("ru", "uk"))


# The first word of a body's name (PublicRegister._word_of_body): the body nouns (lemmas), an office's title before
# its remit, the adjectives of a level of government (a local body), a place's adjective, a public name after.
_BODY_HEADS = frozenset(
    """служба центр штаб комітет комитет командування командование управління управление бюро агентство рада совет
    міністерство министерство фонд інститут институт комісія комиссия спілка союз департамент офіс офис
    секретаріат секретариат церква церковь редакція редакция""".split()
)
# A country's highest offices, named by the title and the country in the genitive ("Президентові України",
# "Президенту России", "Прем'єр-міністра України"): a state office, as public as a ministry.
_STATE_OFFICES = frozenset(
    """президент прем'єр-міністр прем’єр-міністр премьер-министр уряд правительство парламент""".split()
)
# The nouns of a region's or country's government (правительство, администрация, дума, уряд, адміністрація), and the
# region's name in the genitive after one ("Правительства| Республики Ингушетия", "Администрации| Курской области").
_GOVERNMENT_NOUNS = frozenset("правительство администрация дума уряд адміністрація парламент".split())
_GOVERNED_PLACE_AFTER = regex.compile(
    r"[ \t]+(\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’ʼ-]+|области|області|края|краю|округа)){0,2})"
)
_NEXT_CAPITALISED = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’ʼ-]+)")
_STATE_OFFICE = RegisterEntry("a country's highest office", "body", note="a head of state or government by the title")
_BODY_AGAIN = RegisterEntry(
    "body named again by its noun", "body", note="a public body's head noun, named in full before"
)
_OFFICE_TITLE = regex.compile(r"(?:Уповноважен|Уполномоченн|Представник|Представител|Радник|Советник)\p{Ll}{0,4}")
_REMIT_AFTER = regex.compile(r"[ \t]+(?:з|із|по)[ \t]+(?:питань|вопросам|прав|правам|справ|делам)(?!\p{L})")
_LEVEL_ADJECTIVE = regex.compile(
    r"(?i)(?:обласн|областн|районн|міськ|городск|сільськ|сельск|селищн|поселков|краев|окружн|муніципальн|"
    r"муниципальн|комунальн|коммунальн|приватн|частн|місцев|местн)"
)
_PLACE_ADJECTIVE = regex.compile(r"(?:[сц]к|[сцз]ьк)\p{Ll}{1,3}$")
_PUBLIC_NAME_AFTER = regex.compile(r"[ \t]+[«\"“„]?(\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2})")
_BODY_WORD = RegisterEntry("first word of a body's name", "body", note="an adjective or title opening a body's name")
_SLASHED = regex.compile(r"\p{Lu}[\p{L}.'’ʼ-]*(?:/\p{Lu}[\p{L}.'’ʼ-]*)+")
# A region's name in an oblique case after a preposition of place ("на Урале", "за Уралом", "с Урала", "на Кубані").
_REGION_PREPOSITION = regex.compile(r"(?i)(?<!\p{L})(?:на|за|с|со|из|зі|із|з|в|у)\s+$")
# Another place named beside it in a list ("Поволжье и Урал", "с Урала, из Сибири", "Урал, Сибирь и Поволжье").
_COORDINATED_AFTER = regex.compile(
    r"(?:\s*,\s*|\s+(?:и|та|і|й|and)\s+)(?:(?:на|с|из|з|із|зі|в|у)\s+)?(?P<name>\p{Lu}[\p{L}'’ʼ-]+(?:\s+\p{Lu}[\p{L}'’ʼ-]+)?)"
)
_COORDINATED_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’ʼ-]+)(?:\s*,\s*|\s+(?:и|та|і|й|and)\s+)(?:(?:на|с|из|з|із|зі|в|у)\s+)?$"
)
# A plural area noun, the region it belongs to, and a dash or colon opening the list of its districts by their
# adjectives ("районы Брянщины — Погарский, ", "в приграничных округах: Грайворонском и "): group noun is the noun.
_AREAS_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?P<noun>район(?:ы|ов|ах|ам)|округ(?:а|ов|ах|ам))(?:\s+\p{Lu}[\p{L}-]+(?:\s+(?-i:\p{Ll})+)?)?"
    r"\s*[—–:-]\s*(?:\p{Lu}\p{L}+(?:\s*,\s*|\s+(?:и|і|та)\s+))*$"
)
_RIGHT_CAPITALISED = regex.compile(r"[ -](?:\p{Lu}[\p{L}'’ʼ]+)")
_LEFT_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’ʼ]+[ -]$")
# A settlement's name of one or two words and a comma right before a district ("Novoselivka Persha,
# |Pokrovsk district").
_VILLAGE_COMMA_BEFORE = regex.compile(r"(?<![\p{L}'’ʼ-])(\p{Lu}[\p{L}'’ʼ-]+(?:[ ]\p{Lu}[\p{L}'’ʼ-]+)?),[ \t]*$")
_STRUCK_CITY = RegisterEntry("city named as a place of events", "city", note="a city struck or fought over")
_CITY_DISTRICT = RegisterEntry("district of a public city", "city", note="a district of a city the register keeps")
_FRONT_SETTLEMENT = RegisterEntry("front-line settlement", "front", note="a settlement of a front-line region")
_FRONT_AREA = RegisterEntry("front-line district", "front", note="a district or hromada of a front-line region")
_LISTED_AREA = RegisterEntry(
    "front-line district listed under its noun", "front", note="a district in a list after its noun"
)
_STRUCK_AREA = RegisterEntry("district named as a place of events", "front", note="a district struck or fought over")
_FRONT_REGION = RegisterEntry("front-line region", "region", note="a front-line region")
# A garrison town: where a unit is stationed or a soldier serves, read from the words of service right before it
# ("в/ч 55443, дислоцированную в г. Чебаркуле", "срочную службу проходил в Камышлове", "отслужил срочную в Печенге",
# "served as a conscript in Severomorsk", "regiments are based in Pskov"): a unit's town, no one's home; a home
# word between ("служил в родном Камышлове") or home context ("родом из") still withholds it (the "city" treatment).
_SERVICE_ADJ = r"(?:срочн\p{L}*|строков\p{L}*|военн\p{L}*|військов\p{L}*)\s+"
_SERVICE_TERMS = r"(?:\s+по\s+(?:контракту|призыву|призову|мобилизации|мобілізації))?"
_PASSING = r"(?:проходи|проходя|проходив|ніс|нёс|нес)\p{L}*"
_GARRISON_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:"
    r"(?:дислоцир|дислокован|дислокуєть|базир|stationed|garrisoned)\p{L}*"
    r"|(?:regiments?|brigades?|divisions?|battalions?|units?)(?:\s+\p{L}+){0,6}?\s+(?:is|are|was|were)\s+based"
    rf"|{_PASSING}\s+(?:{_SERVICE_ADJ})?служб\p{{L}}*{_SERVICE_TERMS}"
    rf"|(?:{_SERVICE_ADJ})?служб\p{{L}}*{_SERVICE_TERMS}\s+{_PASSING}"
    r"|(?:(?:от|про|ві)?служ(?:ил|ив|ила|ит|ат|ать|ити)\p{L}*|served(?:\s+in\s+the\s+(?:army|navy|military))?|"
    r"serving|serves)"
    r"(?:\s+(?:срочную|срочку|строкову|строковку|по\s+контракту|по\s+призыву|по\s+призову|контрактником|срочником|"
    r"строковиком|as\s+a\s+conscript|(?:his\s+)?conscription|(?:his\s+)?military\s+service|(?:his\s+)?compulsory"
    r"\s+service))?(?:\s+службу)?"
    r")\s+(?:в|во|у|in|at)\s+(?:(?:г|м|гор|пгт|смт|п|пос)\.\s*|(?:городе|місті|посёлке|поселке|селищі)\s+)?$"
)
# A word of a home in the clause before a garrison town: "born and served in Kandalaksha", "живёт и служит в".
_GARRISON_HOME = regex.compile(
    r"(?i)(?<!\p{L})(?:born|native|home|live[sd]?|living|grew|родил|родом|родн|рідн|уроженец|уроженк|уродженец|"
    r"уродженк|народи|жил|жив[её]?т?|живу|прожив|мешка|житель|жительн)\p{L}*"
)


def _garrison_town(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` is named as a garrison town (:data:`_GARRISON_BEFORE`), with no word of
    a home in its clause and named nowhere else in the text (a soldier serving in his home town, "уроженец г.
    Чебаркуль ... дислоцированной в г. Чебаркуле", is withheld)."""
    ws = words(text[start:end])
    if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws) or regex.search(r"\d", text[start:end]):
        return False  # a town's name only: "penal colony No. 4 in Yoshkar-Ola" is the colony's
    lo = max(0, start - 80)
    found = _GARRISON_BEFORE.search(text, lo, start)
    if found is None:
        return False
    clause = regex.split(r"[.;:!?\n]|,\s", text[lo:start])[-1]
    if _GARRISON_HOME.search(clause):
        return False
    stem = text[start:end][: max(4, len(text[start:end]) - 2)].lower()
    return text.lower().count(stem) == 1


_GARRISON_TOWN = RegisterEntry("garrison town", "city", note="where a unit is stationed or a soldier serves")
# A unit moved out of a front-line place in a soldier's words: "нас с Васильевки перекидывают", "меня с Суджи
# перекидывают", "нас из Работино отвели", "we moved from the Selydove side", "they pulled us out of Krynky". Troops
# are redeployed, never civilians: an evacuation ("вывезли", "evacuated") is the evacuees' home and stays withheld.
_MOVED_FROM_BEFORE = regex.compile(
    r"(?i)(?:(?<!\p{L})(?:нас|их|наших|роту|батальон|меня|мене|його|us|them)\s+(?:с|со|из|з|із|зі)"
    r"|(?:moved|pulled\s+(?:us\s+)?(?:back|out)|withdrawn|withdrew|redeployed|transferred|rotated)"
    r"(?:\s+us)?\s+(?:from|out\s+of))\s+(?:the\s+)?$"
)
_MOVED_AFTER = regex.compile(
    r"(?i)(?:\s+\p{L}+)?\s+(?:перекид|переброс|перебрас|отвел|отвод|отвед|вывел|вывод|сняли|снима|перевел|"
    r"перевод|відвел|відвод|вивел|перекину|переки|side|sector|direction|to\s)"
)


def _moved_from(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` is one a unit is moved out of (see above)."""
    before = text[max(0, start - 50) : start]
    if _MOVED_FROM_BEFORE.search(before) is None:
        return False
    if regex.search(r"(?i)(?:moved|pulled|withdr|redeploy|transferred|rotated)\p{L}*(?:\s+us)?\s+(?:from|out)", before):
        return True
    return _MOVED_AFTER.match(text, end) is not None


# "под Кураховым": a town in -ово/-ево said with an adjective's instrumental after "под" (near).
_UNDER_BEFORE = regex.compile(r"(?i)(?<!\p{L})под\s+$")
_SPOKEN_INSTR = regex.compile(r"\p{Lu}\p{Ll}+[оеё]вым")
_CREDIT = RegisterEntry("credited author", "person", note="a journalist or photographer a credit line names")


# --- the compiled register ----------------------------------------------------------------------------------


# Answers of PublicRegister.match kept per register (cleared when full: a long run meets new mentions forever).
_MATCHED_MAX = 100_000


@dataclass(frozen=True)
class Match:
    """A mention of a register entry (or of a public place of the gazetteer)."""

    entry: RegisterEntry
    kind: str


# The word before a comma right before a place: "Krotova, " / "Kadamovsky, " (not at a sentence start).
# A kind of settlement or a district earlier in the clause: the region after it says where that place is.
_SETTLEMENT_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:villages?|towns?|hamlet|settlement|township|hromada|громад\p{L}*|ОТГ|ТГ|село|села|селе|селі|селом|селу|деревн\p{L}*|посёл\p{L}*|посел\p{L}*|"
    r"пос\.|с\.|г\.|м\.|х\.|н\.\s?п\.|смт|пгт|хутор\p{L}*|станиц\p{L}*|селищ\p{L}*|district|районе?|района|районі|району|"
    # a penal colony ("колонии", "колонії", "колонію"), never a convoy ("колони", "колоні": Ukrainian "колона")
    r"colony|колони\p{L}+|колоні\p{L}+)(?!\p{L})"
)
# The name of a settlement right after its kind and before the region that locates it ("села Нью-Йорк в ",
# "village of Opytne in the ", "Кліщіївка, ", "Работино на Запоріжжі, так званої ", the genitive after a plain
# space: "с. Мотижин Бучанського району", "н.п. Кліщіївка Бахмутського району"): group 1 is the name.
_SETTLEMENT_NAME = regex.compile(
    r"\s+(?:of\s+)?(\p{Lu}[\p{L}'’ʼ-]*(?:[\s-]\p{Lu}[\p{L}'’ʼ-]*){0,2})"
    r"(?:\s*,\s*|\s+(?:в|во|у|на|in|of)\s+|\s+)(?:the\s+)?(?:(?:так\s+)?(?:называемой|званій|званої)\s+|so-called\s+)?[«\"“]?$"
)


def _a_town(surface: str, language: str) -> bool:
    """Whether a one-word mention is (a form of) a town or city of the settlement gazetteer."""
    ws = words(surface)
    if len(ws) != 1:
        return False
    from redact.generalize import _place_lookup

    place = _place_lookup(ws[0], language)
    return place is not None and place.kind in {"city", "town"}


def _settlement_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of a settlement's name between its kind and a region at ``start`` in one clause ("села Нью-Йорк в
    ДНР", "the village of Opytne in the DPR", "села Кліщіївка, Донецька область"), or None."""
    clause = regex.split(_CLAUSE_END, text[max(0, start - 80) : start])[-1]
    kinds = list(_SETTLEMENT_BEFORE.finditer(clause))
    if not kinds:
        return None
    named = _SETTLEMENT_NAME.fullmatch(clause, kinds[-1].end())
    if named is None:
        return None
    offset = start - len(clause)
    return offset + named.start(1), offset + named.end(1)


# A Ukrainian or Russian district or hromada in the genitive ("Пологівського району", "Олександрівської громади",
# "Шебекинского городского округа"), and a settlement's name of one to three capitalised words right before it.
_AREA_GENITIVE = regex.compile(r"(?i)(?:району|района|громади|громады|округу|округа|ОТГ|ТГ)$")
_NAME_RIGHT_BEFORE = regex.compile(r"(?<![\p{L}'’ʼ-])(\p{Lu}[\p{Ll}'’ʼ-]+(?:[ -]\p{Lu}[\p{Ll}'’ʼ-]+){0,2})[ \t]+$")


_BEFORE_COMMA = regex.compile(r"(?<=[\p{L}\d][\s\p{L}\d'’.-]*\s)(\p{Lu}[\p{L}'’-]+),\s*$")


# The end of a clause: not the full stop of an abbreviation ("г. Котлас", "пос. Верхний Услон", "No. 4"): any one
# letter, or the abbreviation table's column "clause" (redact/data/abbreviations.tsv).
_CLAUSE_END = regex.compile(rf"\n|[;!?]\s|(?<!(?<!\p{{L}})(?:\p{{L}}|{_abbreviations('clause')}))\.\s")
# A place right before a region, as a chain names them: "з Полонного на Хмельниччині", "Можайськ, Московская
# область", "з Новгород-Сіверського, це Чернігівщина", "from Shadrinsk in Kurgan Oblast".
_PLACE_BEFORE_REGION = regex.compile(
    r"(\p{Lu}[\p{L}'’ʼ]+(?:[\s-]\p{Lu}[\p{L}'’ʼ]+)?)"
    r"(?:\s*,\s*(?:(?:це|это|that's|that\s+is)\s+)?|\s+(?:на|в|во|у|in)\s+)$"
)


# The rest of a heading line after a region, up to the colon that opens its list or obituary.
_HEADING_AFTER = regex.compile(r"[^.!?\n:;»\"”]{0,30}:\s*\S")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}'’ʼ-]*")
# A unit named after its region ("117 ОБрТрО Полтавщини", "бригади територіальної оборони Сумщини"): the unit's name.
_UNIT_BEFORE_REGION = regex.compile(
    r"(?i)(?:бригад\p{L}*|ОБрТрО|ОБр|ТрО|батальйон\p{L}*|батальон\p{L}*|полк\p{L}*|загон\p{L}*|загін\p{L}*|"
    r"отряд\p{L}*|оборони|обороны|brigade|battalion|regiment|detachment)\s+$"
)
# A sentence that mourns one of the region's people (a condolence, a burial, a death confirmed): the region is
# his home. Only for a region no entry lists; the register's own regions and the front keep their rules.
_MOURN = regex.compile(
    r"(?i)(?<!\p{L})(?:соболезн\p{L}*|співчут\p{L}*|condolence\p{L}*|confirmed\s+the\s+death|похорон\p{L}*|"
    r"похова\p{L}*|прощан\p{L}*|попрощ\p{L}*|простил\p{L}*|жалоб\p{L}*|funeral|buried|mourn\p{L}*)"
)


def _mourns(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 150), min(len(text), end + 150)
    before = regex.split(r"[.!?]\s|\n", text[lo:start])[-1]
    after = regex.split(r"[.!?]\s|\n", text[end:hi])[0]
    return _MOURN.search(before + " " + after) is not None


def _after_home_place(text: str, start: int, language: str) -> bool:
    """Whether the region follows a place named as someone's home: the region says where the home is."""
    lo = max(0, start - 80)
    m = _PLACE_BEFORE_REGION.search(text[lo:start])
    if m is None:
        return False
    from redact.home import home_context

    return home_context(text, lo + m.start(1), lo + m.end(1), language)


# A rank below colonel right before a surname ("Senior Lieutenant Rogozin", "капитана Сырского", "сержант Лавров"):
# the register's people are generals, ministers and officials, so the surname alone after such a rank is a soldier's.
# The forms are the rank table's column "register" below lieutenant colonel (recognizers/data/ranks.tsv).
def _low_rank_before() -> regex.Pattern[str]:
    from redact.recognizers.nlp.ranks import forms_for

    space = r"\s+"
    words = "|".join(
        ("(?:" + "|".join(m + space for m in f.modifiers) + ")?" if f.modifiers else "") + regex.escape(f.form)
        for f in forms_for("register", "word")
    )
    abbrs = "|".join(regex.escape(f.form) for f in forms_for("register", "abbr"))
    stems = "|".join(regex.escape(f.form) + r"\p{L}*" for f in forms_for("register", "stem"))
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{words}|(?-i:{abbrs})\.?|{stems})\s+$")


_LOW_RANK_BEFORE = _low_rank_before()


class PublicRegister:
    """One policy's public register, compiled: person part keys, and whole-name key sequences."""

    def __init__(self, spec: PublicSpec) -> None:
        from redact.errors import PolicyError

        self.spec = spec
        # match() answers by (surface, language, entity): the register never changes once built, and the screen asks
        # again for the same mentions and neighbour words many times a document
        self._matched: dict[tuple[str, str, str | None], Match | None] = {}
        self._ellipsis_regions: dict[tuple[str, str], bool] = {}  # _ellipsis_region's answers
        paths: list[Path] = []
        for ref in spec.registers:
            path = register_path(ref)
            if path is None:
                raise PolicyError(f"public register '{ref}' does not exist")
            paths.append(path.resolve())
        self.entries: list[RegisterEntry] = []
        # person: surname key -> (entry, all part keys); whole names: first word key -> (entry, word-key sets)
        self._people: dict[str, list[tuple[RegisterEntry, frozenset[str]]]] = {}
        self._names: dict[str, list[tuple[RegisterEntry, tuple[frozenset[str], ...]]]] = {}
        # cities of LISTED_CITY people or more below the policy's size: first word key -> (entry, word-key sets)
        self._towns: dict[str, list[tuple[RegisterEntry, tuple[frozenset[str], ...]]]] = {}
        # the war's front-line regions (redact/front.py): their settlements, districts and hromadas are front places
        self.front_regions = frozenset(r for p in paths for r in load_front_regions(p))
        name = _cache_name((*map(str, paths), str(spec.gazetteer_regions)), spec.min_population, tuple(paths))
        if self._from_data(_cache.load(name)):
            return  # the compiled register of these very files (about 3 s of every start-up to build)
        self.entries = [e for p in paths for e in load_register(p)]
        for e in self.entries:
            if e.type == "person":
                self._add_person(e)
            else:
                for form in e.forms:
                    self._add_name(e, tuple(_entry_keys(w) for w in _WORD.findall(form) if w.casefold() != "the"))
        self._add_gazetteer(spec.min_population)
        _cache.store(name, self._to_data())

    def _to_data(self) -> dict[str, Any]:
        """The compiled register as plain JSON data: entries once each, the maps pointing at them by index.

        Key sets are written sorted (they are only intersected); entries and lists keep their order, which
        decides between several matches."""
        index: dict[RegisterEntry, int] = {}
        rows: list[list[Any]] = []

        def ref(e: RegisterEntry) -> int:
            if e not in index:
                index[e] = len(rows)
                rows.append([e.name, e.type, list(e.aliases), sorted(e.entities), e.surname_alone, e.note])
            return index[e]

        return {
            "register": [ref(e) for e in self.entries],
            "people": {k: [[ref(e), sorted(parts)] for e, parts in v] for k, v in self._people.items()},
            "names": {k: [[ref(e), [sorted(w) for w in seq]] for e, seq in v] for k, v in self._names.items()},
            "towns": {k: [[ref(e), [sorted(w) for w in seq]] for e, seq in v] for k, v in self._towns.items()},
            "entries": rows,
        }

    def _from_data(self, data: object) -> bool:
        """Fill the register from :meth:`_to_data`'s output; False (nothing set) when ``data`` is not that."""
        if not isinstance(data, dict):
            return False
        try:
            rows = [
                RegisterEntry(str(n), str(t), tuple(map(str, a)), frozenset(map(str, en)), bool(sa), str(note))
                for n, t, a, en, sa, note in data["entries"]
            ]
            entries = [rows[i] for i in data["register"]]
            people = {
                str(k): [(rows[i], frozenset(map(str, parts))) for i, parts in v] for k, v in data["people"].items()
            }
            names, towns = (
                {
                    str(k): [(rows[i], tuple(frozenset(map(str, w)) for w in seq)) for i, seq in v]
                    for k, v in data[part].items()
                }
                for part in ("names", "towns")
            )
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return False
        self.entries, self._people, self._names, self._towns = entries, people, names, towns
        return True

    @functools.cached_property
    def stems(self) -> frozenset[str]:
        """The first four letters of every key: a cheap test that a word may belong to some register name."""
        keys: set[str] = set()
        for people in self._people.values():
            for _, parts in people:
                keys.update(parts)
        for names in self._names.values():
            for _, seq in names:
                for word in seq:
                    keys.update(word)
        return frozenset(k[:n] for k in keys for n in (3, 4))

    def may_hold(self, word: str, language: str = "ru") -> bool:
        """Whether ``word`` may be part of a register name: the stem of one of its keys (any case form: "домі"
        of Білий дім, "Яру" of Часів Яр, "моря" of Чорне море) is some key's stem."""
        return any(k[: 3 if len(k) <= 4 else 4] in self.stems for k in word_keys(word, language))

    def _add_person(self, e: RegisterEntry) -> None:
        parts: set[str] = set()
        surnames: set[str] = set()
        for form in e.forms:
            ws = _WORD.findall(form)
            keys = [_raw_keys(w) for w in ws]  # written in the nominative: no lemma ("Лавров" is also Лавр's)
            for k in keys:
                parts.update(k)
            if keys:
                surnames.update(keys[-1])
            if len(ws) == 1:
                surnames.update(keys[0])
        frozen = frozenset(parts)
        for s in surnames:
            self._people.setdefault(s, []).append((e, frozen))

    def _add_name(
        self,
        e: RegisterEntry,
        seq: tuple[frozenset[str], ...],
        table: dict[str, list[tuple[RegisterEntry, tuple[frozenset[str], ...]]]] | None = None,
    ) -> None:
        if not seq:
            return
        for k in seq[0]:
            (self._names if table is None else table).setdefault(k, []).append((e, seq))

    def _add_gazetteer(self, min_population: int) -> None:
        from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

        for row in read_tsv("places.tsv"):
            try:
                population = int(row.get("population") or 0)
            except ValueError:
                population = 0
            if row.get("kind") not in {"city", "town"}:
                continue
            if LISTED_CITY <= population < min_population:
                # a city below the policy's size: public only when named as a place of events (_struck_city). Towns
                # under LISTED_CITY stay out: keeping towns of 40,000-99,999 people struck or fought over kept no more
                # public mentions on the thirteenth release's blind set and left two private homes unwithheld
                town = RegisterEntry(row.get("name", ""), "city", note=f"city of {population:,} people (gazetteer)")
                for form in split_cell(row.get("variants")):
                    self._add_name(town, tuple(_raw_keys(w) for w in _WORD.findall(form)), self._towns)
            if population < max(min_population, 1):
                continue
            entry = RegisterEntry(row.get("name", ""), "city", note=f"city of {population:,} people (gazetteer)")
            for form in split_cell(row.get("variants")):
                self._add_name(entry, tuple(_raw_keys(w) for w in _WORD.findall(form)))
        for row in read_tsv("regions.tsv"):
            kind = "city" if row.get("kind") == "city" else "region"
            if kind == "region" and not self.spec.gazetteer_regions:
                continue
            entry = RegisterEntry(row.get("name", ""), kind, note="region (gazetteer)")
            for column in ("variants", "inflected"):
                for form in split_cell(row.get(column)):
                    self._add_name(entry, tuple(_raw_keys(w) for w in _WORD.findall(form)))

    def match(self, surface: str, language: str, entity: str | None = None) -> Match | None:
        """The register entry ``surface`` names (in any form), or None."""
        key = (surface, language, entity)
        try:
            return self._matched[key]
        except KeyError:
            pass
        if not surface.isascii():
            from redact.recognizers.nlp.morph import fold_script

            surface = fold_script(surface)  # "Часів Яp", "Кyрск": lookalike letters read in the word's own script
        found = self._match(surface, language, entity)
        if found is None and language in {"ru", "uk"} and _CYR.search(surface):
            # a place in the other Cyrillic language's case form: a Ukrainian header or quote in a run read as Russian
            # ("радіоперехоплення з району Покровська"), Russian speech in Ukrainian copy ("в Угледаре"); places only
            other = self._match(surface, "uk" if language == "ru" else "ru", entity)
            found = other if other is not None and other.kind in PLACE_KINDS else None
        if len(self._matched) >= _MATCHED_MAX:
            self._matched.clear()
        self._matched[key] = found
        return found

    def _match(self, surface: str, language: str, entity: str | None) -> Match | None:
        ws = words(surface)
        if not ws or len(ws) > 8:
            return None
        if all(len(w.rstrip(".")) == 1 for w in ws) and not any(c.isdigit() for c in surface):
            return None  # initials ("Г.", "К. В. М."), not the one letter left of a name such as "7х7"
        keys = [word_keys(w, language) for w in ws]
        whole = self._match_name(keys, entity)
        every = [w for w in _WORD.findall(surface) if w.casefold() != "the"]
        if whole is None and len(every) != len(ws) and 0 < len(every) <= 8:
            # A name holding a title word ("Офіс президента", "Office of the President"): match it whole.
            whole = self._match_name([word_keys(w, language) for w in every], entity)
        if whole is None:
            whole = self._match_person(ws, [_name_keys(w, language) for w in ws], entity, language)
        if whole is None and len(ws) == 2 and ws[1].casefold() in _PLURAL_REGION_NOUNS:
            # the last of several regions sharing one plural noun ("Оренбургской и Самарской областей")
            noun = "області" if language == "uk" else "области"
            single = self._match_name([keys[0], word_keys(noun, language)], entity)
            if single is not None and single.kind == "region":
                return single
        if whole is None and 1 < len(ws) <= 4 and ws[-1][:1].isupper():
            # an outlet's regional edition ("Суспільне Тернопіль", "BBC Ukrainian Kharkiv"): the outlet's
            head = self._match_name(keys[:-1], None)
            if head is not None and head.kind == "media" and self._place_or_town(ws[-1], language):
                return head
        if whole is None and len(ws) > 1 and ws[0].casefold() in _stop_words():
            return self.match(surface[surface.find(ws[0]) + len(ws[0]) :], language, entity)  # "Did Zelensky"
        if (
            whole is None
            and language in ("ru", "uk")  # the legal forms are Cyrillic nouns; English has no morphology to read
            and (form := _FORM_AND_NAME.fullmatch(surface.strip())) is not None
        ):
            # a company in the register with its legal form before its quoted name ("ТОВ «Нова Пошта»", "ДП
            # «Укрзалізниця»", "ПАО «Газпром»"): the company the name is
            from redact.recognizers.nlp.institutions import category

            if category(form.group("f"), language) == "employer":
                named = self._match(form.group("n"), language, entity)
                if named is not None and named.kind in {"body", "media"}:
                    return named
        if whole is None and len(ws) > 2 and _CYR.search(ws[-1]):
            # A state body with its country in the genitive ("Главного управления разведки Украины", "Служби
            # зовнішньої розвідки Росії"): the body the rest names, when the last word is a country.
            country = self._match_name([keys[-1]], None)
            if country is not None and country.kind == "country":
                body = self._match_name(keys[:-1], entity)
                if body is not None and body.kind == "body":
                    return body
        return whole

    def _match_name(
        self,
        keys: list[frozenset[str]],
        entity: str | None,
        table: dict[str, list[tuple[RegisterEntry, tuple[frozenset[str], ...]]]] | None = None,
    ) -> Match | None:
        found: Match | None = None
        for k in keys[0]:
            for e, seq in (self._names if table is None else table).get(k, ()):
                if len(seq) != len(keys) or (entity and e.entities and entity not in e.entities):
                    continue
                if all(a & b for a, b in zip(seq, keys, strict=True)):
                    # A register entry beats a gazetteer city of the same name ("Kazakhstan" the country).
                    if found is None or (
                        found.entry.note.endswith("(gazetteer)") and not e.note.endswith("(gazetteer)")
                    ):
                        found = Match(e, e.type)
        return found

    def _match_person(
        self, ws: list[str], keys: list[frozenset[str]], entity: str | None, language: str
    ) -> Match | None:
        if not all(w[:1].isupper() or w in _PARTICLES for w in ws):
            return None
        for i, k in enumerate(keys):
            for s in k:
                for e, parts in self._people.get(s, ()):
                    if entity and e.entities and entity not in e.entities:
                        continue
                    if len(keys) == 1 and (not e.surname_alone or len(s) < 4 or _given_name(ws[0], language)):
                        continue  # "Лене" is Lena, not von der Leyen
                    if all(kk & parts for j, kk in enumerate(keys) if j != i):
                        return Match(e, "person")
        return None

    def verdict(
        self, text: str, start: int, end: int, entity: str, language: str, *, front: bool = False
    ) -> Match | None:
        """The register match that keeps the finding ``text[start:end]`` of ``entity``, or None to withhold it.

        With ``front`` (a whole LOCATION finding, not a word inside another name) a settlement, district or
        hromada of a front-line region named as a place of fighting is kept too (:meth:`_front_place`)."""
        if self.spec.treatment("front") != "withhold" and front_direction(text, start, end, language):
            return Match(_DIRECTION, "front")
        if entity == "PERSON" and self.spec.treatment("person") != "withhold" and credited(text, start, end):
            return Match(_CREDIT, "person")  # "(Reporting by X; Editing by Y)", "Фото: X/ТАСС": the outlet's author
        if self.spec.treatment("media") != "withhold" and quoted_media(text, start, end):
            return Match(_QUOTED_MEDIA, "media")  # "«Вісті Придніпров'я»": an outlet, never a call sign or a region
        if (
            entity == "LOCATION"
            and self.spec.treatment("body") != "withhold"
            and self._seat_of_body(text, start, end, language)
        ):
            # "a resident of the village of X, the Kharkiv| Regional Prosecutor's Office said": the city names the
            # body, whatever home words stand before it; the city's own home context is never read here
            return Match(_SEAT, "body")
        cut = self._region_cut(text, start, end, language) if entity == "LOCATION" and front else None
        if cut is not None:
            return self.verdict(text, start, cut, entity, language, front=front)
        lead = _LEAD_PREPOSITION.match(text, start, end) or _LEAD_KIND.match(text, start, end)
        if lead is not None and entity == "LOCATION" and lead.end() < end:
            return self.verdict(text, lead.end(), end, entity, language, front=front)
        near = _NEAR_LEAD.match(text, start, end)
        if near is not None and entity in {"PERSON", "CALL_SIGN"} and not _surname_after_under(text[near.end() : end]):
            # "Под Работино нас закинули" run together as a name: the place after the preposition decides
            return self.verdict(text, near.end(), end, "LOCATION", language, front=front)
        if _SLASHED.fullmatch(text, start, end):
            # "ДНР/ЛНР", "RIA/TASS": names joined by a slash, each judged where it stands
            parts = [(start + p.start(), start + p.end()) for p in regex.finditer(r"[^/]+", text[start:end])]
            found = [self.verdict(text, a, b, entity, language, front=front) for a, b in parts]
            return found[0] if all(found) else None
        m = self.match(text[start:end], language, entity)
        alone = len(words(text[start:end])) == 1
        if m is not None and m.kind in PLACE_KINDS and entity in {"PERSON", "CALL_SIGN"} and alone:
            # a register surname that is also an oblique form of a place ("Песков" of the village Пески): typed
            # PERSON, the surname decides
            ws = words(text[start:end])
            m = self._match_person(ws, [_name_keys(w, language) for w in ws], entity, language) or m
        if m is not None and m.kind == "person" and alone and self._private_surname(text, start, end, m, language):
            m = None  # "Senior Lieutenant Rogozin", "his cousin Shoigu", "Андрей Лавров ... Лавров": a private person
        if m is not None and m.kind == "region" and alone and not m.entry.surname_alone:
            if not self._region_by_grammar(text, start, end, language, m.entry):
                return None  # "Урал, ответь": a call sign that shares a region's name; its grammar must name the place
        if m is None:
            m = self._named_in_full(text, start, end, entity, language)
            if m is not None and self._private_surname(text, start, end, m, language):
                m = None
        if m is None:
            m = self._surname_in_public_act(text, start, end, entity, language)
        by_form = False
        if m is None and front and entity in {"LOCATION", "PERSON", "CALL_SIGN"}:
            # a front-line settlement a model typed PERSON ("під Торецьком", "поблизу Зеленого Гаю") is the place
            m = self._front_place(text, start, end, language, entity)
            by_form = m is not None
        if m is None and entity in {"LOCATION", "PERSON"} and self._struck_city(text, start, end, language, entity):
            m, by_form = Match(_STRUCK_CITY, "city"), True
        if m is None and entity == "LOCATION" and _garrison_town(text, start, end):
            m, by_form = Match(_GARRISON_TOWN, "city"), True  # "дислоцированную в г. Чебаркуле": a unit's town
        if m is None and (entity in {"PERSON", "CALL_SIGN"} or (entity == "LOCATION" and language == "en")) and front:
            # the second word of a two-word place a model took for a name ("удар по Кривому Рогу" → "Рогу"): the
            # place the two words name decides, home context of the whole name included
            left = _LEFT_CAPITALISED.search(text, max(0, start - 40), start)
            if left is not None and not _given_name(text[start:end], language):
                place = self._front_place(text, left.start(), end, language, "LOCATION")
                if place is None and self._struck_city(text, left.start(), end, language):
                    place = Match(_STRUCK_CITY, "city")
                if place is not None:
                    m, by_form, start = place, True, left.start()
        if m is None and entity in {"PERSON", "CALL_SIGN", "ORGANIZATION"} and front and alone:
            # the first word of a two-word place a recognizer took alone ("под [Малой] Токмачкой", "в [Новой]
            # Каховке"): the place the two words name decides, home context of the whole name included
            right = _RIGHT_CAPITALISED.match(text, end)
            if right is not None and not _given_name(text[start:end], language):
                place = self._front_place(text, start, right.end(), language, "LOCATION")
                if place is None and self._struck_city(text, start, right.end(), language):
                    place = Match(_STRUCK_CITY, "city")
                if place is not None:
                    m, by_form, end = place, True, right.end()
        if m is None:
            m = self._by_form(text, start, end, language)
            by_form = m is not None
        if m is None and entity == "LOCATION" and self._region_ellipsis(text, start, end, language):
            m = Match(_REGION_ELLIPSIS, "region")  # never a PERSON finding: "Курская" is also a woman's surname
        if (
            m is None
            and entity in {"LOCATION", "PERSON", "CALL_SIGN"}
            and _ELLIPSIS_PREPOSITION.search(text, max(0, start - 8), start) is not None
            and self._front_ellipsis(text, start, end, language)
            and (self._soldiers_speech(text) or _army_in_sentence(text, start, end))
        ):
            # soldiers and their wives name the front by its region's adjective alone, after a preposition ("после
            # Курской нас на Запорожье кинут", "батальон вывели с Херсонского?", "мы сейчас на Запорожском"): a front
            # region or its direction, whatever type a model gave it (no woman is "после Курской")
            m, by_form = Match(_REGION_ELLIPSIS, "region"), True
        if m is None:
            return None
        if (
            entity in {"PERSON", "CALL_SIGN"}
            and m.kind == "front"
            and not by_form
            and alone
            and not _given_name(text[start:end], language)
        ):
            # a front-line place of the register a model took for a name or call sign ("ранен под Работино и у
            # Крынок"): the place where the fighting governs it
            from redact.front import military_words, war_context

            by_form = war_context(text, start, end, language, spoken=self._soldiers_speech(text)) or (
                _NEAR_PLACE_BEFORE.search(text, max(0, start - 10), start) is not None
                and military_words(regex.split(r"[.!?\n]", text[max(0, start - 150) : start])[-1])
            )
        if entity in {"PERSON", "CALL_SIGN"} and m.kind in PLACE_KINDS and not by_form:
            return None  # a name that is also a town ("Vladimir", "Lev"): only type discipline makes it a place
        if entity == "LOCATION" and m.kind == "person" and _a_town(text[start:end], language):
            return None  # a town that is also a public figure's surname ("в Камышине"): the place, withheld as one
        treatment = self.spec.treatment(m.kind)
        if treatment == "withhold":
            return None
        if m.kind == "region" and _UNIT_BEFORE_REGION.search(text[max(0, start - 40) : start]) is not None:
            return None  # the end of a unit's name ("117 ОБрТрО Полтавщини"): the unit's, withheld with it
        if treatment == "unless-home":
            from redact.home import home_context

            named = _settlement_before(text, start) if m.kind == "region" else None
            if (
                named is None
                and language == "en"
                and (m.entry in {_FRONT_AREA, _STRUCK_AREA} or _AREA_NOUN_AFTER.match(text, end) is not None)
            ):
                # "the occupied village of Novoselivka Persha, Pokrovsk district": the district after a settlement
                # and a comma locates it and shares its verdict, as a region after "the village of X" does
                village = _VILLAGE_COMMA_BEFORE.search(text, max(0, start - 60), start)
                named = village.span(1) if village is not None else None
            located: tuple[int, int] | None = None
            if named is None and m.entry in {_FRONT_AREA, _STRUCK_AREA}:
                located = self._settlement_before_district(text, start, language)
            if located is not None:
                # "Плехово| Суджанского района", "посёлок Прохоровка в| Прохоровском районе": the district locates the
                # settlement named right before it; withheld with a home village ("уроженец села X Y района"), a
                # public district where the fighting governs the village or the district (a village the occupiers
                # raided stays withheld, its district is where the war was)
                from redact.front import war_context

                if home_context(text, *located, language):
                    return None
                if war_context(text, *located, language) or war_context(text, start, end, language):
                    return m
            if named is not None:
                # "у села Работино в Запорожской области", "near the village of Opytne in the DPR": the region
                # locates the settlement named right before it and shares its verdict: kept with a front-line place
                # named with the fighting, withheld with a home village ("уроженец села Работино Запорожской области")
                return m if self.verdict(text, *named, "LOCATION", language, front=True) is not None else None
            moved = m.kind == "front" and _moved_from(text, start, end)  # "we moved from the Selydove side"
            garrison = m.entry is _GARRISON_TOWN  # its words of service decide, home words ruled out there
            # a launch site's comma is its list's ("from Millerovo, Yeysk and Kursk"), never an address's
            launched = m.entry is _LAUNCH_SITE
            if (
                home_context(text, start, end, language)
                and not moved
                and not garrison
                and not self._scene_with_its_district(text, start, end, language, m)
            ) or (
                not launched
                and self._locates_private(
                    text, start, language, in_list=m.entry in {_FRONT_SETTLEMENT, _LISTED_CITY, _STRUCK_CITY}
                )
            ):
                return None
            if (m.kind == "region" or m.entry in {_FRONT_AREA, _STRUCK_AREA}) and (
                self._region_locates(text, start, end, language)
                or _after_home_place(text, start, language)
                or self._heads_a_list(text, end)
                or (m.entry.note == "region (gazetteer)" and _mourns(text, start, end))
            ):
                return None
        return m

    def _region_by_grammar(self, text: str, start: int, end: int, language: str, entry: RegisterEntry) -> bool:
        """Whether a region whose one-word name is also a common call sign (``surname_alone: false``: Урал)
        is named as the region: coordinated with another region or country the register keeps ("Поволжье и Урал",
        "с Урала и Поволжья", "Урал, Сибирь"), or in an oblique case after a preposition of place ("на Урале",
        "за Уралом", "на Уралі"). A call sign is addressed or named bare ("Урал, ответь", "Урал на связи", "передай
        на Урал"): withheld."""
        surface = text[start:end]
        lead = _REGION_PREPOSITION.search(text, max(0, start - 6), start)
        if lead is not None and surface.casefold() not in {f.casefold() for f in entry.forms}:
            return True  # an oblique case: "на Урале", not "на Урал" (where a call sign is told to go)
        for neighbour in (
            _COORDINATED_AFTER.match(text, end),
            _COORDINATED_BEFORE.search(text, max(0, start - 40), start),
        ):
            if neighbour is None:
                continue
            other = self.match(neighbour.group("name"), language, "LOCATION")
            if other is not None and other.kind in {"region", "country"} and other.entry.surname_alone:
                return True
        return False

    def _struck_city(self, text: str, start: int, end: int, language: str, entity: str = "LOCATION") -> bool:
        """Whether the finding is a city of :data:`LISTED_CITY` people or more (below the policy's size) named as a
        place of the war's events: with a word of the fighting, strikes or drones around it and no word of a life
        or a burial in the sentence nor "from" before it (:func:`redact.front.war_context`): "a missile hit
        Vinnytsia", "удар по Кривому Рогу", "дрони атакували Полтаву". Home context still withholds it; a word that
        is also a given name ("Владимир") never counts."""
        if self.spec.treatment("city") == "withhold":
            return False
        ws = words(text[start:end])
        if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws) or (entity != "LOCATION" and len(ws) < 2):
            return False  # a PERSON finding only of several words ("Кривому Рогу"): "Орел" alone may be a surname
        if any(_given_name(w, language) for w in ws):
            return False
        if _TOWN_RECORD_BEFORE.search(text[max(0, start - 60) : start]) or _TOWN_RECORD_AFTER.match(text, end):
            return False  # "военкоматом г. Тамбова", "Pavel Remezov (Tambov)", "the Tambov enlistment office"
        if regex.match(r"\s*(?:\([^()\n]{0,30}\)\s*)?:\s*(?!\p{Ll})\S", text[end : end + 40]):
            # "Prisoners' register, Tambov: Sergei ..." heads a record of the people from it; a headline's clause
            # goes on in lower case ("Ворог обстріляв Білу Церкву: є загиблий", "атака на Шахты: пострадавших нет")
            return False
        town = self._listed_town([word_keys(w, language) for w in ws])
        if town is None:
            return False
        if _KIN_BEFORE.search(text[max(0, start - 50) : start]):
            return False  # "звонит матери в Кострому", "his wife in Orsk": where someone close lives
        from redact.front import hospital_scene, war_context

        if war_context(text, start, end, language, also=_CITY_EVENT) or hospital_scene(text, start, end):
            return True
        # in a soldiers' call or chat, a city named where someone goes, is sent or stands ("took a whole minibus to
        # Krasnodar", "отправили в Улан-Удэ") and not where anyone is from: home context still withholds it
        return (
            entity == "LOCATION"
            and _SPOKEN_CITY_BEFORE.search(text, max(0, start - 12), start) is not None
            and self._soldiers_speech(text)
        )

    def _front_place(self, text: str, start: int, end: int, language: str, entity: str) -> Match | None:
        """A settlement, district or hromada of a front-line region the register names, or the region itself
        (:mod:`redact.front`); None when the treatment of front places is withhold. A PERSON finding counts only
        when it is no given name ("Антонівка" is a village, "Антоніна" a woman)."""
        if not self.front_regions or self.spec.treatment("front") == "withhold":
            return None
        if (
            entity != "LOCATION"
            and any(_given_name(w, language) for w in _WORD.findall(text[start:end]))
            and _AREA_OF_BEFORE.search(text, max(0, start - 24), start) is None
        ):
            return None  # "Антоніна" is a woman; "в районе Алёшек" is the town of Алешки, never a person's area
        from redact.front import (
            district_of_a_town,
            front_kind,
            listed_on_front,
            occupation_scene,
            placed_on_front,
            shchyna_regions,
            war_context,
        )

        if (
            entity == "CALL_SIGN"
            and not shchyna_regions(text[start:end], language)  # "обстріляв Нікопольщину": a district, no call sign
            and not listed_on_front(text, start, end, language, self.front_regions)
            and _SENT_TO_BEFORE.search(text, max(0, start - 12), start) is None
            and _AREAS_BEFORE.search(text, max(0, start - 160), start) is None  # "районы Брянщины — Погарский, ..."
        ):
            # a call sign's shape ("Удачный") is a place only in a list of front-line places, or where a unit is sent
            # or stands ("их на Берестовое кинули", "стоим под Удачным"): a call sign is never "на"/"под" anyone
            return None

        kind = front_kind(text[start:end], language, self.front_regions)
        if (
            kind is None
            and _UNDER_BEFORE.search(text, max(0, start - 8), start)
            and _SPOKEN_INSTR.fullmatch(text, start, end)
        ):
            # "под Кураховым", "под Селидовым": the spoken instrumental of a town in -ово/-ево, read as "Кураховом"
            kind = front_kind(text[start : end - 2] + "ом", language, self.front_regions)
        if (
            kind is None
            and entity == "LOCATION"
            and self._district_places(text, start, end, language)
            and not occupation_scene(text, start, end)
        ):
            # a village too small for the gazetteer, or of a name it places elsewhere, that a front-line district
            # locates ("сёл Гуево и Плехово Суджанского района"): a front-line settlement, the fighting must govern it;
            # the village of an occupation crime is its victims' home
            kind = "settlement"
        if kind is None and entity in {"LOCATION", "CALL_SIGN"}:
            # a front-line village or district that shares its name with a town elsewhere, which the text places on
            # the front
            kind = placed_on_front(text, start, end, language, self.front_regions)
        listed = _AREAS_BEFORE.search(text, max(0, start - 160), start) if kind is None else None
        if listed is not None and len(words(text[start:end])) == 1:
            # one of the districts a plural noun names before it ("приграничные районы Брянщины — Погарский, Суземский,
            # Стародубский", "в округах: Грайворонском и Шебекинском"): a front district when its adjective with the
            # noun is one, named as a place of events where the fighting's words govern the noun
            noun = "район" if listed.group("noun").casefold().startswith("район") else "округ"
            area = f"{text[start:end]} {noun}"
            if front_kind(area, language, self.front_regions) == "area" or district_of_a_town(area, language):
                public = functools.partial(self._public_person, language=language)
                a, b = listed.span("noun")
                return Match(_LISTED_AREA, "front") if war_context(text, a, b, language, public=public) else None
        if kind is None and entity == "LOCATION" and district_of_a_town(text[start:end], language):
            # a district of any region struck or fought over ("уламки впали у Черкаському районі"): a district of tens
            # or hundreds of thousands, named as a place of events, with the fighting's words governing it
            public = functools.partial(self._public_person, language=language)
            if war_context(text, start, end, language, public=public):
                return Match(_STRUCK_AREA, "front")
            return None
        public = functools.partial(self._public_person, language=language)
        # a name only: a number in the finding makes it an address ("Lenina, 7")
        # in speech only as written: a Russian name that is a front-line village only in its Ukrainian spelling
        # ("Никольское" = Нікольське) may be a village of Russia, a speaker's home; the fighting must govern it
        spoken = (
            kind == "settlement"
            and not regex.search(r"\d", text[start:end])
            and self._soldiers_speech(text)
            and front_kind(text[start:end], language, self.front_regions, respell=False) is not None
        )
        if (
            kind in {"settlement", "area"}
            and not war_context(text, start, end, language, public=public, spoken=spoken)
            and not _moved_from(text, start, end)
            and not (kind == "area" and self._named_after_public(text[start:end], language))
            and not (kind == "area" and self._locates_a_kept_settlement(text, start, language, end))
        ):
            return None  # a village named without the war around it may be anyone's home: withheld
        if kind == "region":
            return Match(_FRONT_REGION, "region")
        if kind == "area":
            return Match(_FRONT_AREA, "front")
        return Match(_FRONT_SETTLEMENT, "front") if kind == "settlement" else None

    def _district_places(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a settlement's name of one or two words is located by a district of a front-line region right
        after it, in the finding ("Плехово Суджанского района") or after it ("Новые Юрковичи| Климовского района",
        "Прохоровка| в Прохоровском районе"): the way border and front-line villages are written in the news."""
        if language not in {"ru", "uk"}:
            return False
        from redact.front import _KIND_BEFORE, front_kind, placed_on_front

        surface = text[start:end]
        inside = _NAME_THEN_DISTRICT.match(surface)
        if inside is not None:
            name = inside.group(1)
            a = start + inside.end() + len(surface[inside.end() :]) - len(surface[inside.end() :].lstrip())
            b = end
        else:
            after = _DISTRICT_AFTER_NAME.match(text, end)
            if after is None or regex.fullmatch(r"\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?", surface) is None:
                return False
            name, (a, b) = surface, after.span(1)
        ws = _WORD.findall(name)
        if not ws or ws[0].casefold() in _KIND_BEFORE or any(_given_name(w, language) for w in ws):
            return False
        if all(self._plain_word(w, language) for w in ws) and (
            _KIND_THEN_NAMES.search(text, max(0, start - 60), start) is None
        ):
            return False  # "Глава Туапсинского округа"; "посёлок Горьковский Грайворонского округа" names a settlement
        # the district's centre a front-line one, or one the text places on the front ("Климовского района Брянской
        # области": Климово in Bryansk Oblast, not the one in Crimea)
        return (
            front_kind(text[a:b], language, self.front_regions) == "area"
            or placed_on_front(text, a, b, language, self.front_regions) == "area"
        )

    def _settlement_before_district(self, text: str, start: int, language: str) -> tuple[int, int] | None:
        """The span of the settlement's name right before a district ("Плехово| Суджанского района", "Прохоровка в|
        Прохоровском районе", "Село Плехово| ..." without its kind word), or None."""
        if language not in {"ru", "uk"}:
            return None
        lo = max(0, start - 60)
        m = _NAME_BEFORE_DISTRICT.search(text, lo, start)
        if m is None:
            return None
        from redact.front import _KIND_BEFORE

        a, b = m.span(1)
        ws = list(_WORD.finditer(text, a, b))
        if ws and ws[0].group().casefold() in _KIND_BEFORE:
            ws = ws[1:]
        if not ws or any(_given_name(w.group(), language) for w in ws):
            return None
        if all(self._plain_word(w.group(), language) for w in ws) and (
            _KIND_THEN_NAMES.search(text, max(0, ws[0].start() - 60), ws[0].start()) is None
        ):
            return None  # "Над Белгородским районом", "Глава Туапсинского округа": no settlement before it
        return ws[0].start(), ws[-1].end()

    @staticmethod
    def _plain_word(word: str, language: str) -> bool:
        """Whether a capitalised word is a common word of the language and no place name ("Над", "Глава")."""
        from redact.recognizers.nlp import morph as _morph
        from redact.words import common_word

        return common_word(word, language) and not _morph.has_tag(word, language, "Geox")

    def _locates_a_kept_settlement(self, text: str, start: int, language: str, end: int | None = None) -> bool:
        """Whether a district or hromada locates the settlement named right before it and that settlement is kept as
        a place of the fighting ("загинув у районі н.п. Щербинівка Торецької громади", "поблизу с. Кліщіївка
        Бахмутського району"): the area shares its verdict, as a region does; a home village ("уродженець с. X
        Y-ського району") is withheld and so is its district. Without a kind word, an area in the genitive right
        after a settlement's name locates it too ("обстріляли Гуляйполе Пологівського району", "у Левадному
        Олександрівської громади", "Vovchansk, Chuhuiv district" is English and not read here)."""
        named = _settlement_before(text, start)
        if named is None and end is not None and _AREA_GENITIVE.search(text[start:end]):
            m = _NAME_RIGHT_BEFORE.search(text, max(0, start - 60), start)
            named = m.span(1) if m is not None else None
        return named is not None and self.verdict(text, *named, "LOCATION", language, front=True) is not None

    def _named_after_public(self, surface: str, language: str) -> bool:
        """Whether a district or hromada is named after a place the register keeps ("Бахмутського району",
        "Покровского района", "Pokrovsk district"): as public as its town, a place of tens of thousands at least;
        home context and a private place it locates still withhold it (:meth:`verdict`)."""
        from redact.front import area_centres

        for name in area_centres(surface):
            m = self.match(name, language, "LOCATION")
            if m is not None and m.kind in {"city", "front"} and m.entry is not _FRONT_SETTLEMENT:
                return True
        return False

    @staticmethod
    def _soldiers_speech(text: str) -> bool:
        """Whether ``text`` is speech (:func:`redact.speech.speech`) that speaks of the army: a call or chat of
        soldiers and their families, where a front-line settlement is where the speakers fight."""
        from redact.front import military_words
        from redact.speech import speech

        return speech(text) and military_words(text)

    def _public_person(self, name: str, *, language: str) -> bool:
        """Whether ``name`` is a public figure of the register (the source of a report, not its victim)."""
        m = self.match(name, language, "PERSON")
        return m is not None and m.kind == "person"

    def _by_form(self, text: str, start: int, end: int, language: str) -> Match | None:
        """A public name no entry lists, known by its form: a sea, a grouping of forces or military district, or
        a district of a public city the text names nearby."""
        if natural_feature(text, start, end, language):
            return Match(_SEA, "region")
        if formation(text, start, end):
            return Match(_FORMATION, "body")
        if army(text, start, end):
            return Match(_ARMY, "body")
        if court(text, start, end):
            return Match(_COURT_ENTRY, "body")
        if self._regional_office(text, start, end, language):
            return Match(_REGIONAL_OFFICE_ENTRY, "body")
        if national_university(text, start, end):
            return Match(_UNIVERSITY_ENTRY, "body")
        if self._seat_of_body(text, start, end, language):
            return Match(_SEAT, "body")
        if self._seat_of_office(text, start, end, language):
            return Match(_OFFICE_SEAT, "city")
        if self._court_dateline(text, start, end):
            return Match(_DATELINE, "body")
        if self._directorate(text, start, end, language):
            return Match(_DIRECTORATE, "body")
        if named_force(text, start, end):
            return Match(_FORCE, "body")
        if self._city_district(text, start, end, language):
            return Match(_CITY_DISTRICT, "city")
        if self._listed_with_public(text, start, end, language):
            return Match(_LISTED_CITY, "city")
        if self._launch_site(text, start, end, language):
            return Match(_LAUNCH_SITE, "front")
        if power_plant(text, start, end):
            return Match(_PLANT, "front")
        if language == "en" and struck_facility(text, start, end):
            return Match(_FACILITY, "front")
        if language in {"ru", "uk"} and struck_facility_cyr(text, start, end):
            return Match(_FACILITY, "front")
        if language == "en" and (region := self._region_before_its_noun(text, start, end, language)) is not None:
            return region
        if self._administration(text, start, end, language):
            return Match(_ADMINISTRATION, "body")
        if self._regional_state_body(text, start, end, language):
            return Match(_STATE_BODY, "body")
        if self._word_of_body(text, start, end, language) or self._government_of_region(text, start, end, language):
            return Match(_BODY_WORD, "body")
        if self._state_office(text, start, end, language):
            return Match(_STATE_OFFICE, "body")
        if self._body_named_before(text, start, end, language):
            return Match(_BODY_AGAIN, "body")
        return None

    def _state_office(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a one-word Cyrillic finding is the title of a country's highest office with the country right
        after it, in the finding or after it ("Висловлюємо вдячність Президентові| України", "Президенту России")."""
        ws = _WORD.findall(text[start:end])  # the title itself, which words() leaves out
        if not ws or len(ws) > 2 or not _CYR.search(ws[0]) or not ws[0][:1].isupper():
            return False
        if len(ws) == 2:
            country = ws[1]
        else:
            nxt = _NEXT_CAPITALISED.match(text, end)
            if nxt is None:
                return False
            country = nxt.group(1)
        from redact.recognizers.nlp import morph as _morph

        if not _morph.lemmas_either(ws[0], language) & _STATE_OFFICES:
            return False
        return self._country(country, language)

    def _body_named_before(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a one-word finding is a public body's head noun, capitalised, standing again for the body the text
        named in full before ("Заявление Координационного штаба ...", later "на горячую линию Штаба"; "Служба
        безпеки України ... Служба повідомила"): the register's body the noun heads there."""
        ws = words(text[start:end])
        if len(ws) != 1 or not _CYR.search(ws[0]) or not ws[0][:1].isupper():
            return False
        from redact.recognizers.nlp import morph as _morph

        lang = "uk" if language == "uk" else "ru"
        heads = _morph.lemmas(ws[0], lang) & _BODY_HEADS
        if not heads:
            return False
        earlier = list(_WORD.finditer(text, max(0, start - 3000), start))
        for i, w in enumerate(earlier):
            if not _morph.lemmas(w.group(0), lang) & heads:
                continue
            for k in range(0, 3):
                if i - k < 0:
                    break
                m = self.match(text[earlier[i - k].start() : w.end()], language, "ORGANIZATION")
                if m is not None and m.kind == "body":
                    return True
        return False

    def _word_of_body(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a one-word finding is the first word of a national body's name, taken alone by a recognizer: a
        capitalised common adjective agreeing with the body's noun right after it ("Об'єднаного| центру з пошуку",
        "Координационного| штаба"), a place's or country's adjective so only before a public outlet or body
        ("Російської| служби BBC", "Русской| службы «Голоса Америки»"), or an office's title before its remit
        ("Уповноваженого| з питань осіб, зниклих безвісти"). A level's adjective (обласний, районный, міський:
        a local body) is never one."""
        surface = text[start:end]
        ws = words(surface)
        if len(ws) != 1 or not _CYR.search(ws[0]) or not ws[0][:1].isupper():
            return False
        word = ws[0]
        if _OFFICE_TITLE.fullmatch(word) and _REMIT_AFTER.match(text, end):
            return True
        nxt = _NEXT_LOWER_WORD.match(text[end : end + 40])
        if nxt is None or _LEVEL_ADJECTIVE.match(word):
            return False
        from redact.recognizers.nlp import morph as _morph

        lang = "uk" if language == "uk" else "ru"
        noun = nxt.group(1)
        if not _morph.lemmas(noun, lang) & _BODY_HEADS:
            return False
        parses = _morph.parses(word, lang)
        if not _morph.is_known(word, lang) or not parses or parses[0].tag.POS != "ADJF":
            return False
        if any({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in parses):
            return False

        def forms(w: str, pos: str) -> set[tuple[str, str]]:
            return {
                (str(p.tag.case), "plur" if "plur" in p.tag else str(p.tag.gender or ""))
                for p in _morph.parses(w, lang)
                if p.tag.POS == pos
            }

        if not forms(word, "ADJF") & forms(noun, "NOUN"):
            return False
        if not _PLACE_ADJECTIVE.search(word):
            return True
        # a place's adjective: only the national service of a public outlet or body named right after the noun
        rest = _PUBLIC_NAME_AFTER.match(text, end + nxt.end())
        if rest is None:
            return False
        m = self.match(rest.group(1), language)
        return m is not None and m.kind in {"media", "body"}

    def _government_of_region(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a one-word finding is the capitalised noun of a region's or country's government, its name in the
        genitive right after it, as press services sign ("Пресс-служба Главы и Правительства Республики Ингушетия",
        "Администрации Курской области", "Уряду України"): the body, never a call sign or a name."""
        ws = words(text[start:end])
        if len(ws) != 1 or not _CYR.search(ws[0]) or not ws[0][:1].isupper():
            return False
        from redact.recognizers.nlp import morph as _morph

        if not _morph.lemmas(ws[0], "uk" if language == "uk" else "ru") & _GOVERNMENT_NOUNS:
            return False
        after = _GOVERNED_PLACE_AFTER.match(text, end)
        if after is None:
            return False
        names = _WORD.findall(after.group(1))
        for n in range(len(names), 0, -1):
            m = self.match(" ".join(names[:n]), language)
            if m is not None and m.kind in {"region", "country"}:
                return True
        return False

    def _region_ellipsis(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a region's adjective said without its noun, as speech names a region ("нас в Курскую
        перекинули", "Саша в Херсонской, на островах", "ми на Запорізькій"): a feminine adjective that with "область"
        in its genitive is a public region, and no noun after it."""
        ws = words(text[start:end])
        if len(ws) != 1 or not _CYR.search(ws[0]) or not ws[0][:1].isupper():
            return False
        from redact.recognizers.nlp import morph as _morph

        following = _NEXT_LOWER_WORD.match(text[end : end + 30])
        if following is not None:
            parses = _morph.parses(following.group(1), "uk" if language == "uk" else "ru")
            if parses and parses[0].tag.POS == "NOUN":
                return False  # its noun follows ("Курской битвы", "Херсонской улице"): not the region alone

        return self._ellipsis_region(ws[0], language)

    def _front_ellipsis(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a one-word finding is the adjective of a front-line region (:data:`front_regions`) in any gender,
        no noun after it: "Курской" (области), "Херсонского" (направления), "Запорожском"."""
        ws = words(text[start:end])
        if len(ws) != 1 or not _CYR.search(ws[0]) or not ws[0][:1].isupper() or not self.front_regions:
            return False
        following = _NEXT_LOWER_WORD.match(text[end : end + 30])
        from redact.recognizers.nlp import morph as _morph

        lang = "uk" if language == "uk" else "ru"
        if following is not None:
            parses = _morph.parses(following.group(1), lang)
            if parses and parses[0].tag.POS == "NOUN":
                return False  # its noun follows ("Курской битвы", "Херсонского порта")
        noun = "області" if lang == "uk" else "области"
        for p in _morph.parses(ws[0], lang):
            if p.tag.POS != "ADJF" or "plur" in p.tag:
                continue
            genitive = p.inflect({"femn", "sing", "gent"})
            if genitive is None:
                continue
            m = self.match(f"{genitive.word.capitalize()} {noun}", lang)
            if m is not None and m.kind == "region" and m.entry.name in self.front_regions:
                return True
        return False

    def _ellipsis_region(self, word: str, language: str) -> bool:
        """Whether ``word`` is a feminine adjective that with "область" in its genitive is a public region (once per
        word and language: the inflections are the cost, and a document names its regions again and again)."""
        key = (word, language)
        known = self._ellipsis_regions.get(key)
        if known is not None:
            return known
        from redact.recognizers.nlp import morph as _morph

        found = False
        # Ukrainian speech retold in Russian and the reverse: either dictionary
        for lang in ("uk", "ru") if language == "uk" else ("ru", "uk"):
            noun = "області" if lang == "uk" else "области"
            for p in _morph.parses(word, lang):
                if p.tag.POS == "ADJF" and "femn" in p.tag and "plur" not in p.tag:
                    genitive = p.inflect({"femn", "sing", "gent"})
                    if genitive is not None:
                        m = self.match(f"{genitive.word.capitalize()} {noun}", lang)
                        if m is not None and m.kind == "region":
                            found = True
                            break
            if found:
                break
        if len(self._ellipsis_regions) >= _MATCHED_MAX:
            self._ellipsis_regions.clear()
        self._ellipsis_regions[key] = found
        return found

    def _regional_office(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a national body's office in a region (:data:`_REGIONAL_OFFICE`)."""
        surface = _LEADING_THE.sub("", text[start:end].strip())
        m = _REGIONAL_OFFICE.match(surface)
        if m is None:
            # a national body's main directorate, no region ("Главное следственное управление СБУ", "Головне слідче
            # управління СБУ", "the Main Investigative Directorate of the SBU"): its central office
            ws = [w for w in words(surface) if w.casefold() not in {"of", "the"}]
            if not ws or _MAIN_WORD.match(ws[0]) is None:
                return False
            after = _BODY_AFTER_OFFICE.match(text, end)
            if after is not None and all(_OFFICE_WORD.match(w) for w in ws):
                ws = [*ws, after.group(1)]  # the office's words alone were found, the body's name follows
            return self._office_of_body(ws, language)
        region = self.match(m.group("region"), language, "LOCATION")
        if region is None or region.kind != "region":
            return False
        return self._office_of_body(words(m.group("head")), language)

    def _office_of_body(self, ws: list[str], language: str) -> bool:
        """Whether ``ws`` are a national body of the register with its office's words (:data:`_OFFICE_WORD`) and
        its country around it, nothing else."""
        if not ws or len(ws) > 6:
            return False
        for i in range(len(ws)):
            for j in range(i + 1, min(len(ws), i + 5) + 1):
                part = ws[i:j]
                if j - i == 1:
                    bare = _OFFICE_LETTERS.sub("", part[0])
                    part = [bare] if bare != part[0] and bare.isupper() else part
                body = self.match(" ".join(part), language, "ORGANIZATION")
                if body is None or body.kind != "body":
                    continue
                # nothing but the office's own words around the body: "ИК-8 УФСИН по ... области", "ОМОН «Кречет»
                # Управления Росгвардии по ... области" name a colony or a unit of the office, withheld as theirs
                if all(_OFFICE_WORD.match(w) or self._country(w, language) for w in ws[:i] + ws[j:]):
                    return True
        return False

    def _country(self, word: str, language: str) -> bool:
        m = self.match(word, language)
        return m is not None and m.kind == "country"

    def _seat_of_body(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is the city a court or prosecutor's office is named after (:data:`_SEAT_BEFORE`)."""
        surface = _LEADING_THE.sub("", text[start:end])
        ws = words(surface)
        if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws):
            return False
        if _SEAT_BEFORE.search(text[max(0, start - 40) : start]) is None and _SEAT_AFTER.match(text, end) is None:
            return False
        return self._place_or_town(surface, language)

    def _seat_of_office(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is the city a mayor or governor holds office in (:data:`_OFFICE_BEFORE`,
        :data:`_OFFICE_AFTER`): "Kharkiv Mayor Ihor Terekhov", "мер Харкова", "міський голова Чернігова"; a town
        of a front-line region too ("Міський голова Лозової", "мер Покровська"): a town with a mayor the news quotes
        is named as a place of events, whatever its size."""
        surface = _LEADING_THE.sub("", text[start:end])
        ws = words(surface)
        if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws):
            return False
        before = text[max(0, start - 40) : start]
        if _OFFICE_BEFORE.search(before) is None and _OFFICE_AFTER.match(text, end) is None:
            return False
        if _VILLAGE_HEAD_BEFORE.search(before):
            return False
        if self._place_or_town(surface, language):
            return True
        from redact.front import front_kind

        return self.spec.treatment("front") != "withhold" and (
            front_kind(surface, language, self.front_regions) == "settlement"
        )

    @staticmethod
    def _court_dateline(text: str, start: int, end: int) -> bool:
        """Whether the finding is the place a court's decision is dated at or heard in (:data:`_DATELINE_BEFORE`): one
        to three capitalised words on a line of their own after a date or before the case number, or after the words
        of the decision's place or the courtroom; with a court named within a few lines."""
        ws = words(text[start:end])
        if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws):
            return False
        lo = max(0, start - 80)
        if not _dateline_cue_before(text, lo, start):
            return False
        m = _DATELINE_BEFORE.search(text, lo, start)
        if m is None:
            return False
        if m.group("line") is not None:
            # on a line of its own: after a date, or before the case number ("м. Київ Справа №"); a bare town on a
            # line of a record is no dateline
            after = _DATELINE_AFTER.match(text, end)
            if after is None or (m.group("date") is None and after.group("case") is None):
                return False
        return _COURT_NEAR.search(text, max(0, start - 300), min(len(text), end + 300)) is not None

    def _directorate(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a national body's regional directorate (:data:`_DIRECTORATE_NOUN`), the body named
        in the finding before the noun or right after it."""
        surface = _LEADING_THE.sub("", text[start:end])
        noun = _DIRECTORATE_NOUN.search(surface)
        if noun is None or noun.end() != len(surface):
            return False
        head = surface[: noun.start()].strip()
        # the body's abbreviation or name right before a finding of the noun alone ("the SBU |Directorate| in Donetsk
        # Oblast"): a recognizer took the capitalised noun without the body before it
        before = None if head else _BODY_BEFORE_NOUN.search(text, max(0, start - 40), start)
        if head:
            body = head  # "SBU Department"
        elif before is not None and _REGION_AFTER_NOUN.match(text, end):
            body = before.group(1)
        else:
            after = regex.match(
                r"\s+((?:\p{Lu}[\p{L}-]*|[\p{Lu}\d]{2,})(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Lu}\d]{2,})){0,2})", text[end:]
            )
            if after is None:
                return False
            body = after.group(1)
        found = self.match(body, language, "ORGANIZATION")
        if found is None and len(words(body)) > 1:
            found = self.match(words(body)[0], language, "ORGANIZATION")  # "СБУ України", "ФСБ России"
        return found is not None and found.kind == "body"

    def _administration(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a Ukrainian wartime administration named in English after its place, or that place
        before the rest of the name ("the Kharkiv Regional Military Administration", "Izium District Military
        Administration", "Sumy| regional administration"): the source of a report, a public body. Without
        "military" only a public region's is; a city's ("the Ufa city administration said") may be a home town's,
        and a village's never is public."""
        surface = text[start:end]
        m = _ADMIN_NAME.fullmatch(surface)
        if m is None:
            tail = _ADMIN_TAIL.match(text, end)
            if tail is None:
                return False
            m = _ADMIN_NAME.fullmatch(surface + tail.group(0))
            if m is None:
                return False
        place, level = m.group(1), m.group(2) or ""
        if _LOCAL_ADMIN.search(level):
            return False
        if regex.search(r"(?i)military", level):
            return True  # a wartime administration (regional, city or district): the source of the war's reports
        # a peacetime one of a region; a city's ("Ufa city administration") may be the home town's, which names him
        return regex.search(r"(?i)regional|oblast", level) is not None and self._place_or_town(place, language)

    def _region_before_its_noun(self, text: str, start: int, end: int, language: str) -> Match | None:
        """The register region an English finding names with the noun right after it, singular or plural ("the
        Volga| regions", "the Kama| region"): the finding and "region" together are the entry's name; a call sign
        that shares the word ("Volga, over") has no such noun after it."""
        noun = _REGION_NOUN_AFTER.match(text, end)
        if noun is None or not _CAPITALISED.fullmatch(text[start:end].replace(" ", "-")):
            return None
        m = self.match(text[start:end] + " region", language, "LOCATION")
        return m if m is not None and m.kind == "region" else None

    @staticmethod
    def _scene_with_its_district(text: str, start: int, end: int, language: str, m: Match) -> bool:
        """Whether an English front-line village is named as the scene of an occupation crime with its district after
        it ("in the occupied village of Novoselivka Persha, Pokrovsk district"): the verdict's way of locating the
        scene, not an address; a home word before the village or a home cue other than the district after it still
        withholds it (the cues before the place are read in ``text`` cut after the finding)."""
        if language != "en" or m.entry not in {_FRONT_SETTLEMENT, _FRONT_AREA}:
            return False
        from redact.front import occupation_scene
        from redact.home import home_context

        return occupation_scene(text, start, end) and not home_context(text[:end], start, end, language)

    def _launch_site(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether an English place name of any size is named as the place drones or missiles were launched from
        (:data:`_LAUNCH_FROM`), alone or in a list of such places ("61 drones launched overnight from Kursk, Oryol
        and Primorsko-Akhtarsk", "Shaheds from the directions of Millerovo and Yeysk"): an airfield or launch
        position of the enemy, the geography of the war. Home context still withholds it (:meth:`verdict`)."""
        if language != "en":
            return False
        surface = text[start:end]
        if not _CAPITALISED.fullmatch(surface.replace(" ", "-")):
            return False
        left = text[max(0, start - 240) : start]
        cut = list(_SENTENCE_CUT.finditer(left))
        if cut:
            left = left[cut[-1].end() :]
        cue = _LAUNCH_FROM.search(left)
        return cue is not None and _WEAPON.search(left, 0, cue.start() + len(cue.group("verb")) + 1) is not None

    def _listed_with_public(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a regional centre (a gazetteer city of :data:`LISTED_CITY` people or more) stands in one list
        with a public place ("drones over Kursk, Bryansk and Oryol", "у Києві, Вінниці та Житомирі"): the list names
        places of events, each as public as the public one in it. Home context still withholds it."""
        ws = _WORD.findall(text[start:end])
        if len(ws) != 1 or not ws[0][:1].isupper():
            return False
        from redact.generalize import _place_lookup

        place = _place_lookup(ws[0], language)
        if place is None or place.kind not in {"city", "town"} or place.population < LISTED_CITY:
            return False
        # "у Вінниці та на Прикарпатті", "in Kursk and in Oryol": a list may repeat the preposition
        before = _LISTED_BEFORE.search(text[max(0, start - 60) : start])
        after = _LISTED_AFTER.match(text[end : end + 60])
        neighbours = [g for m in (before, after) if m is not None for g in m.groups() if g]
        for word in neighbours:
            hit = self.match(word, language)
            if hit is not None and hit.kind in {"country", "region", "city", "front"}:
                return True
        return len(neighbours) >= 2 and self._struck_list(text, start, end, neighbours, after, language)

    def _struck_list(
        self,
        text: str,
        start: int,
        end: int,
        neighbours: list[str],
        after: regex.Match[str] | None,
        language: str,
    ) -> bool:
        """Whether a regional centre stands in a list of three or more places that are all public places, regional
        centres or districts ("drones over Yaroslavl, Tver and Bryansk", "атаку беспилотников на Шахты, Новошахтинск и
        Каменский район", "удари по Сумах, Полтаві та Кременчуку"), in a sentence of the fighting or a city's events
        with no one's life, home or family in it: the geography of a report, never one person's home."""
        # the last name of the list may be a district's adjective before its noun ("и Каменский район")
        area = after is not None and _AREA_NOUN_AFTER.match(text, end + after.end()) is not None
        last = neighbours[-1] if after is not None else None
        for word in neighbours:
            if not (self._place_or_town(word, language) or (area and word == last)):
                return False
        from redact.front import _LIFE_WORD, _WAR_WORD, _person_tie, _sentence

        head, tail = _sentence(text, start, end)
        sentence = head + text[start:end] + tail
        if _WAR_WORD.search(sentence) is None and _CITY_EVENT.search(sentence) is None:
            return False
        return _LIFE_WORD.search(sentence) is None and not _person_tie(sentence, language)

    def _city_district(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is the adjective of an urban district ("в Київському районі", "the Darnytskyi
        district") of a public city the text names within the sentence before or right after ("району Києва",
        "district of Kyiv"): a district of several hundred thousand people, named as a place of events."""
        ws = _WORD.findall(text[start:end])
        if self._named_city_district(text, start, end, language):
            return True
        if len(ws) == 2 and ws[0].casefold() == "the":
            ws = ws[1:]  # "the Solomianskyi" of "in the Solomianskyi and Darnytskyi districts"
        # one noun after a list of districts ("the Solomianskyi and Darnytskyi districts", "в Святошинском и
        # Дарницком районах"): each adjective of the list is a district
        after = _NEXT_WORD.match(text[end : end + 20])
        if after is None or not _CITY_DISTRICT_NOUN.fullmatch(after.group(1)):
            after = _DISTRICT_LIST_AFTER.match(text[end : end + 80])
        if len(ws) == 2 and _CITY_DISTRICT_NOUN.fullmatch(ws[1]):
            adjective, tail_end = ws[0], end
        elif len(ws) == 1 and after is not None and _CITY_DISTRICT_NOUN.fullmatch(after.group(1)):
            adjective, tail_end = ws[0], end + after.end()
        else:
            return False
        if not adjective[:1].isupper():
            return False
        if _CYR.search(adjective):
            from redact.recognizers.nlp import morph as _morph

            langs = ("uk", "ru") if language == "uk" else ("ru", "uk")
            if not any(p.tag.POS == "ADJF" for lg in langs for p in _morph.parses(adjective, lg)):
                return False
        elif not _LATIN_ADJECTIVE_END.search(adjective):
            return False
        # the city: within the text before (one or two sentences) or right after the district noun
        window = text[max(0, start - 300) : start] + " " + text[tail_end : tail_end + 40]
        for m in _CAPITALISED.finditer(window):
            hit = self.match(m.group(0), language)
            if hit is not None and hit.kind == "city" and self.spec.treatment("city") != "withhold":
                return True
        return False

    def _named_city_district(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a city district named by its own noun after "район", with its side of a public city
        right after ("в районе Капотня на юго-востоке Москвы", "в районі Троєщина на півночі Києва", "в районе Бирюлёво
        Москвы"): a district of the city, named as a place of events."""
        if language not in {"ru", "uk"} or _NAMED_DISTRICT_BEFORE.search(text, max(0, start - 12), start) is None:
            return False
        if regex.fullmatch(r"\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?", text[start:end]) is None:
            return False
        side = _CITY_SIDE_AFTER.match(text, end)
        if side is None:
            return False
        hit = self.match(side.group(1), language)
        return hit is not None and hit.kind == "city" and self.spec.treatment("city") != "withhold"

    def _heads_a_list(self, text: str, end: int) -> bool:
        """Whether the region heads a list of people in its line ("(Курская обл.): [1] ...", "Killed in action,
        Kurgan Oblast, week 37:", "захисники з Вінниччини: ..."): the list's people come from it."""
        heading = _HEADING_AFTER.match(text, end)
        if heading is None:
            return False
        # a headline's clause goes on in lower case after its colon ("Катували цивільних на Обухівщині: трьом
        # військовим повідомлено про підозру"); a list's first line may open with a rank ("з Вінниччини: солдат ...")
        first = _LOWER_WORD.match(text, heading.end() - 1)
        if first is None:
            return True
        from redact.front import _MILITARY

        return _MILITARY.match(first.group(0)) is not None

    def _region_locates(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a region locates a private place, as in a record line or an address: after a kind of
        settlement or a district in the same clause ("a small village in Zabaykalsky Krai", "г. Котлас
        Архангельской области", "с. Нова Гребля Калинівського району Вінницької області"), after a house number
        ("Zarechnaya Street 12, Altai Krai"), or before a private place ("Stavropol Krai, Novoaleksandrovsk")."""
        # the clause: a full stop after an abbreviation ("г. Котлас", "с. Аскино", "No. 4") ends none
        clause = regex.split(_CLAUSE_END, text[max(0, start - 80) : start])[-1]
        if _SETTLEMENT_BEFORE.search(clause) is not None:
            named = _settlement_before(text, start)
            if named is None:
                # a village the text does not name, in a region or district the fighting governs ("прочесали
                # будинки в селі на Куп'янщині", "обстріляли села на Харківщині"): no private place is located
                from redact.front import war_context

                return not war_context(text, start, end, language)
            # a kept settlement before it ("у села Работино в Запорожской области") is no private place
            return self.verdict(text, *named, "LOCATION", language, front=True) is None
        if regex.search(r"\d[\p{L}\d/-]*,\s*$", clause) is not None:
            return True
        after = regex.match(r",\s*(?:(?:г|с|м|п|х|пос|смт|пгт)\.\s*)?(\p{Lu}[\p{L}'’ʼ-]+)", text[end : end + 60])
        if after is not None:
            word = after.group(1)
            hit = self.match(word, language)
            if hit is None and not self._place_word(word, language) and not regex.match(r"(?i)district|район", word):
                return True
        return False

    def _locates_private(self, text: str, start: int, language: str, *, in_list: bool = False) -> bool:
        """Whether the place follows a private name or place and a comma, as in an address or a garrison:
        "Lyudmila Krotova, Belgorod region", "the base in Kadamovsky, Rostov region". After a public name
        ("Bakhmut, Donetsk region") it stays a place of events; in a list (``in_list``) so after a front-line
        settlement or a regional centre too."""
        m = _BEFORE_COMMA.search(text[max(0, start - 60) : start])
        if m is None:
            return False
        word = m.group(1)
        from redact.recognizers.nlp import morph as _morph
        from redact.words import common_word

        lang = language if language in {"ru", "uk"} else "ru"
        if common_word(word, language) and not _morph.has_tag(word, lang, "Geox"):
            return False  # "For Russia's General Staff, Kostiantynivka is ...": a fronted phrase, no private name
        two = regex.search(r"\p{Lu}[\p{L}'’ʼ]+[ -]" + regex.escape(word) + r",\s*$", text[max(0, start - 60) : start])
        if two is not None and self._place_or_town(two.group(0).rstrip(", "), language):
            return False  # "по Кривому Рогу, Полтаві": a two-word place heads the list
        if in_list and self.front_regions:
            # a front-line settlement in a list of them ("по Кізомису, Антонівці"): one more place of events
            from redact.front import front_kind

            if front_kind(word, language, self.front_regions) == "settlement":
                return False
        if in_list and self._place_or_town(word, language):
            return False  # "over Yaroslavl, Tver and Bryansk": one more regional centre of the list
        return self.match(word, language) is None and not self._place_word(word, language)

    def composite(self, text: str, start: int, end: int, language: str, *, joiners_only: bool = False) -> bool:
        """Whether a finding of several words is only public names, titles and common words that a recognizer
        ran together ("Президент Украины Владимир Зеленский", "Речник Путіна Дмитро Пєсков", "Слова Кадирова"):
        every word is a title, a common word, or part of a register name kept here."""
        spans = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
        if len(spans) < 2 or len(spans) > 8:
            return False
        from redact.recognizers.nlp.places import is_known_place
        from redact.words import common_word

        place_language = "uk" if language == "uk" else "ru"
        i, named = 0, False
        while i < len(spans):
            for j in range(len(spans), i, -1):
                a, b = spans[i][0], spans[j - 1][1]
                kind = "LOCATION" if j - i == 1 and self._place_word(text[a:b], language) else "ORGANIZATION"
                if self.verdict(text, a, b, "PERSON" if kind != "LOCATION" else kind, language) is not None or (
                    self.verdict(text, a, b, "LOCATION", language) is not None
                ):
                    named, i = True, j
                    break
            else:
                word = text[spans[i][0] : spans[i][1]]
                if joiners_only:
                    # an organisation: only public names joined by a preposition or article ("the Zaporizhzhia
                    # nuclear power plant in Enerhodar"); "a school in Kyiv" is a school, withheld
                    if word.casefold() not in _JOINERS:
                        return False
                elif word.casefold().rstrip(".") not in _TITLES and (
                    # a town that reads as a common word ("Новомосковська" of Новомосковськ) beside a public
                    # region is the home the region locates
                    not common_word(word, language)
                    or (word[:1].isupper() and _CYR.search(word) is not None and is_known_place(word, place_language))
                ):
                    return False
                i += 1
        return named

    def _region_cut(self, text: str, start: int, end: int, language: str) -> int | None:
        """Where a place finding's head ends when its last word or two open a region's or country's name that goes on
        past the finding ("н.п. Белогоровка [Луганской| Народной Республики]", "с. X [Курской| области]"): a recognizer
        stopped inside the region that locates the settlement; the settlement decides for both (:meth:`verdict`). None
        when the finding does not end so."""
        more = _NAME_GOES_ON.match(text, end)
        if more is None:
            return None
        spans = list(_WORD.finditer(text, start, end))
        stops = [end + w.end() for w in _WORD.finditer(more.group(0))]
        for k in (1, 2):
            if len(spans) <= k or not spans[-k].group(0)[:1].isupper():
                continue
            head_end: int = spans[-k - 1].end()
            for stop in reversed(stops):
                m = self.match(text[spans[-k].start() : stop], language, "LOCATION")
                if m is not None and m.kind in {"region", "country"}:
                    return head_end
        return None

    def regional_body(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is the adjective of a public region before its noun, alone or in a list ("о Донецкой и
        Луганской областях"), or of a regional state administration ("Голова Донецької ОВА", "начальник
        Запорізької ОДА", "Белгородской обладминистрации"): a public region or its public body."""
        tail = _REGIONAL_BODY.match(text, end)
        if tail is None:
            return False
        ws = [w for w in _WORD.findall(text[start:end]) if w.casefold() not in _TITLES]
        from redact.words import common_word

        while len(ws) > 1 and common_word(ws[0], language):
            ws = ws[1:]  # "Голова", "Начальник" before the region
        if len(ws) != 1 or not self._region_adjective(ws[0], language):
            return False
        if tail.group(0).rstrip().casefold().split()[-1].startswith("област"):
            # the region itself: kept as the policy keeps regions, never as someone's home ("родом из Курской области")
            from redact.home import home_context

            treatment = self.spec.treatment("region")
            return treatment == "keep" or (
                treatment == "unless-home" and not home_context(text, start, tail.end(), language)
            )
        return self.spec.treatment("body") != "withhold"

    def _region_adjective(self, word: str, language: str) -> bool:
        """Whether a Cyrillic adjective is a public region's ("Донецької", "Белгородская", "Воронежский")."""
        if not _CYR.search(word):
            return False
        noun = "області" if language == "uk" else "области"
        m = self.match(f"{word} {noun}", language)
        if m is None:
            # a region of the gazetteer is listed by its own forms only: the adjective in the region's genitive
            # ("Воронежский губернатор" → "Воронежской области")
            from redact.recognizers.nlp import morph as _morph

            lang = "uk" if language == "uk" else "ru"
            for p in _morph.parses(word, lang):
                if p.tag.POS == "ADJF":
                    genitive = p.inflect({"femn", "sing", "gent"})
                    if genitive is not None:
                        m = self.match(f"{genitive.word.capitalize()} {noun}", language)
                        break
        return m is not None and m.kind == "region"

    def _regional_state_body(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the finding is a region's own state body spelled out in Russian or Ukrainian
        (:data:`_STATE_BODY_ADJ`, :data:`_STATE_BODY_NOUN`): the region's adjective before "обласна військова
        адміністрація", "обласна рада", "областная дума", or the body's noun before the region ("Администрация
        Белгородской области", "адміністрація Сумської області"); a city's or district's wartime administration
        (:data:`_WARTIME_ADMIN`); a public city's council or prosecutor's office (:meth:`_city_body`). A district's,
        town's or village's council, and a village's administration, are not."""
        surface = text[start:end].strip()
        tail = _BODY_TAIL_AFTER.match(text, end) or _CITY_BODY_AFTER.match(text, end)
        if tail is not None and regex.fullmatch(_PLACE_ADJ, surface):
            surface += tail.group(0)  # the adjective alone was found: the body is the adjective and the rest
        if _WARTIME_ADMIN.fullmatch(surface):
            return True
        city = _CITY_BODY.fullmatch(surface)
        if city is not None:
            return self._city_body(city.group(1), text, start, language)
        m = _STATE_BODY_ADJ.fullmatch(surface)
        if m is not None:
            return self._region_adjective(m.group(1), language)
        m = _STATE_BODY_NOUN.fullmatch(surface)
        if m is None:
            return False
        region = self.match(m.group(1), language, "LOCATION")
        return region is not None and region.kind == "region"

    def _city_body(self, adjective: str, text: str, start: int, language: str) -> bool:
        """Whether a city's council or prosecutor's office named by ``adjective`` is public: the city is a regional
        centre (the adjective is a public region's: "Запорізької| міської ради", "Київська| міська прокуратура") or
        a public place or city of :data:`LISTED_CITY` people or more by its adjective's stem ("Криворізька",
        "Кременчуцької" do not reduce; "Харківська" is a region's anyway); never named as where someone works
        ("працював у Запорізькій міській раді": the workplace says who he is)."""
        if _WORK_BEFORE.search(text[max(0, start - 60) : start]) is not None:
            return False
        if self._region_adjective(adjective, language):
            return True
        from redact.front import _centre_names
        from redact.generalize import _place_lookup

        for name in _centre_names(adjective)[1:]:
            place = _place_lookup(name, language)  # the gazetteer's own name, never a look-alike key ("Калука")
            if place is not None and place.kind in {"city", "town"} and place.population >= LISTED_CITY:
                return True
        return False

    def _place_or_town(self, name: str, language: str) -> bool:
        """Whether ``name`` is a public place of the register or a city of :data:`LISTED_CITY` people or more."""
        keys = [word_keys(w, language) for w in words(name)]
        return bool(keys) and (self._place_word(name, language) or self._listed_town(keys) is not None)

    def _listed_town(self, keys: list[frozenset[str]]) -> Match | None:
        """The gazetteer city of :data:`LISTED_CITY` people or more (below the policy's size) ``keys`` name, in any case
        form of every word ("Білій Церкві", "Нижнього Тагілу", "Горішніх Плавнях")."""
        return self._match_name(keys, None, self._towns)

    def town_around(self, name: str, language: str) -> bool:
        """Whether ``name`` (several words) is a town of the gazetteer in any case form: a finding of one of its words
        ("Білій" of Білій Церкві, "Тагілу" of Нижнього Тагілу) is part of that town (:func:`known_name_around`)."""
        ws = words(name)
        if not 1 < len(ws) <= 3 or not all(w[:1].isupper() for w in ws):
            return False
        return self._listed_town([word_keys(w, language) for w in ws]) is not None

    def _place_word(self, word: str, language: str) -> bool:
        m = self.match(word, language)
        return m is not None and m.kind in PLACE_KINDS

    def _named_in_full(self, text: str, start: int, end: int, entity: str, language: str) -> Match | None:
        """A register person whose surname is too common to match alone, named by the surname alone after the
        text named them in full ("Mayor Ihor Terekhov said ... Terekhov's office"): the later mention is the
        same public figure."""
        ws = words(text[start:end])
        if len(ws) != 1 or not ws[0][:1].isupper() or entity not in {"PERSON", "CALL_SIGN", "LOCATION"}:
            return None
        keys = word_keys(ws[0], language, names_only=True) | word_keys(ws[0], language)
        # any register person: one whose surname is too common to match alone, or one whose surname reads as a
        # given name alone ("Рютте" after "Марк Рютте")
        wanted = {e.name for k in keys for e, _ in self._people.get(k, ())}
        if not wanted:
            return None
        for pair in regex.finditer(r"\p{Lu}[\p{L}'’ʼ-]+\s+\p{Lu}[\p{L}'’ʼ-]+", text, overlapped=True):
            if pair.start() <= start < pair.end():
                continue
            m = self.match(pair.group(0), language, "PERSON")
            if m is not None and m.entry.name in wanted:
                return m
        return None

    def _private_surname(self, text: str, start: int, end: int, m: Match, language: str) -> bool:
        """Whether a register person's surname standing alone is a private person's here or in the passage
        (:mod:`redact.public_acts`): after a rank below colonel, with kin in apposition, as an address, or in a
        passage that links the surname to a private person (a first name or initial not the figure's)."""
        from redact.public_acts import linked_to_private, private_here

        if _LOW_RANK_BEFORE.search(text, max(0, start - 40), start) or private_here(text, start, end):
            return True
        ws = words(text[start:end])
        parts = frozenset(k for form in m.entry.forms for w in _WORD.findall(form) for k in _raw_keys(w))
        return linked_to_private(
            text,
            _name_keys(ws[0], language),
            lambda w: _name_keys(w, language),
            parts,
            lambda w: _given_name(w, language),
            lambda a: _LOW_RANK_BEFORE.search(text, max(0, a - 40), a) is not None,
        )

    def _surname_in_public_act(self, text: str, start: int, end: int, entity: str, language: str) -> Match | None:
        """A register person whose surname private people share (``surname_alone: false``), named by the surname
        alone where the passage makes it the figure (:func:`redact.public_acts.public_act`: "Лавров заявил",
        "according to Gerasimov", "по телевизору Соловьёв"), and nothing links it to a private person."""
        ws = words(text[start:end])
        if len(ws) != 1 or not ws[0][:1].isupper() or entity not in {"PERSON", "CALL_SIGN", "LOCATION"}:
            return None
        if _given_name(ws[0], language) or (entity == "LOCATION" and self.match(ws[0], language) is not None):
            return None
        found: Match | None = None
        for k in _name_keys(ws[0], language):
            for e, _ in self._people.get(k, ()):
                if e.surname_alone or len(k) < 4 or (e.entities and entity not in e.entities):
                    continue
                found = Match(e, "person")
        if found is None:
            return None
        from redact.public_acts import public_act

        def public_person(a: int, b: int) -> bool:
            hit = self.match(text[a:b], language, "PERSON")
            return hit is not None and hit.kind == "person" and hit.entry is not found.entry

        if not public_act(text, start, end, language, public_person):
            return None
        return None if self._private_surname(text, start, end, found, language) else found

    def describe(self) -> list[str]:
        """Plain-language lines for ``policy explain``: what is kept and why."""
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[e.type] = counts.get(e.type, 0) + 1
        what = {
            "person": "public figures (heads of state and government, ministers, commanders, spokespeople, governors)",
            "media": "media outlets and news agencies",
            "body": "national and state bodies, armed forces and international organisations",
            "country": "countries",
            "region": "regions" + (" (with every region of the gazetteer)" if self.spec.gazetteer_regions else ""),
            "city": f"cities of at least {self.spec.min_population:,} people (from the settlement gazetteer)",
            "front": "front-line places of the war",
        }
        how = {
            "keep": "kept as written in any grammatical case, spelling or transliteration",
            "unless-home": "kept as written when named as a place of events, withheld when named as someone's "
            "home (born in, from, lived in, родом из, уроженец, мешканець)",
            "withhold": "withheld like any other finding",
        }
        lines = []
        for kind in KINDS:
            n = counts.get(kind, 0)
            listed = f" ({n} listed)" if n else ""
            lines.append(f"{what[kind][:1].upper() + what[kind][1:]}{listed}: {how[self.spec.treatment(kind)]}.")
        if self.spec.treatment("person") != "withhold":
            lines.append(
                "A person is matched by full name, surname alone (unless the register marks the surname as common), "
                "given name with surname, or name with patronymic; possessives (Putin's) count."
            )
            lines.append(
                "A surname the register marks as common (Gerasimov, Lavrov, Kovalenko) is kept alone when the passage "
                "makes it the figure: named in full in the same text, governing a public act (announced, told "
                "reporters, заявил, пише, доповів), as a report's source (according to, по словам, за словами), on "
                "the screen (по телевизору, on TV, in a video), or saying something beside another public figure. "
                "Any register surname alone is withheld after a rank below colonel (рядовой Лавров), with a word of "
                "kin (his cousin Shoigu), as an address (товарищ Лавров), or where the passage ties it to a private "
                "person (another first name or initial, a birth year or age: Сергій Коваленко, 1990 р.н.)."
            )
            lines.append(
                "A person the text itself introduces with a public office is kept the same way, with later "
                "mentions of the surname: before the name ('Governor X', 'пресс-секретарь Кремля X', 'голова "
                "Вінницької ОВА X') or after it ('X, head of the Odesa regional administration,'). The office "
                "must be national or name a body or region; a village, council, school, company or military "
                "sub-unit office (a village head, a platoon commander, a director of a firm) keeps nothing."
            )
        by_form = [
            clause
            for kind, clause in (
                ("region", "a sea, ocean, gulf or strait (Японское море, the Sea of Okhotsk) as a region"),
                (
                    "body",
                    "a grouping of forces or a military district (группировка «Запад», the Southern Military "
                    "District), a named armed formation written about as a whole (бойцы «Ахмата», Akhmat fighters; "
                    "named for one man's service it is his unit, withheld; the register's Wagner, tens of "
                    "thousands of men, wherever named), an army, army corps, fleet or flotilla with no unit below "
                    "it named (58-я общевойсковая армия, the Pacific Fleet; 'the 2nd "
                    "battalion of the 41st Army' is his battalion, withheld), and a court or prosecutor's office "
                    "(Samara Garrison Military Court, Військова прокуратура) and the town its decision is dated at "
                    "('17 квітня 2025 року м. Кривий Ріг', 'місце ухвалення рішення м. Ужгород'), as a state body",
                ),
                (
                    "body",
                    "a phone number printed for the public to call: a toll-free number (0 800 ..., 8 800 ...) or one "
                    "after a hotline word in its sentence (гаряча лінія, горячая линия, hotline, телефон довіри), "
                    "never with a word of a private person between the two (his mother, her mobile) nor with a "
                    "district town's dialling code in brackets, as a state body's line",
                ),
                ("city", "a district of a public city the text names (Kyiv's Darnytskyi district) as a city"),
                (
                    "front",
                    "a district named after a town, in any region, struck or fought over ('уламки впали у Черкаському "
                    "районі', 'drones struck the Shebekino district') as a front-line place",
                ),
                (
                    "city",
                    f"a city of at least {LISTED_CITY:,} people named as a place of events (struck by missiles or "
                    "drones, fought over, a detention, a court, a fire, a casualty's hospital: 'a missile hit "
                    "Vinnytsia', 'СБУ затримала в Житомирі'), never after 'from', a settlement abbreviation, an "
                    "enlistment office or a word of kin, nor in a sentence of a life or a burial",
                ),
            )
            if self.spec.treatment(kind) != "withhold"
        ]
        if by_form:
            lines.append("Also kept by their form, with no entry: " + "; ".join(by_form) + ".")
        lines.append("Mentions kept are marked 'kept: public (register)' in the report.")
        lines.append(
            "The people of a country or of a public city as a whole (россияне, українці, москвичи) are no finding; "
            "one resident of a city (харків'янин) is withheld as a home."
        )
        if self.front_regions and self.spec.treatment("front") != "withhold":
            lines.append(
                f"The war's front-line regions ({len(self.front_regions)} listed: "
                f"{', '.join(sorted(self.front_regions))}): a settlement of one of them in the settlement gazetteer, "
                "a district or hromada named after one (Бериславський район), and the region itself are front-line "
                "places. A settlement or district is kept only when named as a place of the fighting: right after "
                "near (під, поблизу, біля, около, в районе) or with a word of the fighting close by (shelled, "
                "captured, обстріляли, звільнили, освободили, штурм, drones); named with a life or a burial "
                "(поховали, funeral, lived), after from (з, из), or as anyone's home it is withheld."
            )
        if self.spec.treatment("region") == "unless-home":
            lines.append(
                "A region is withheld, besides as someone's home, where it says where a private place is: after a "
                "village, town, district or hromada (с. Аскино Республики Башкортостан) or after a place named as "
                "someone's home (з Полонного на Хмельниччині; Можайськ, Московская область), in a unit's name (117 "
                "ОБрТрО Полтавщини), heading a list of people ((Курская обл.): 1) ...), and, for a region no entry "
                "lists, in a sentence that mourns someone (соболезнования, похоронили, funeral)."
            )
        from redact.generalize import LARGE_CITY

        if self.spec.treatment("city") == "unless-home":
            lines.append(
                f"A city of {LARGE_CITY:,} people or more that is withheld (named as someone's home: grew up in "
                "Kharkiv) is replaced by its size and country (a large city in Ukraine, [крупный город, Россия]), "
                "never by its region, whose name would name the city (a city in the Kharkiv Oblast)."
            )
        return lines


_COMPILED: dict[tuple[Any, ...], PublicRegister] = {}


def public_register(spec: PublicSpec) -> PublicRegister:
    """The compiled register for ``spec``, once per process (a matcher is asked for per analysis window)."""
    key = (tuple(spec.registers), spec.min_population, spec.gazetteer_regions, tuple(sorted(spec.keep.items())))
    if key not in _COMPILED:
        _COMPILED[key] = PublicRegister(spec)
    return _COMPILED[key]
