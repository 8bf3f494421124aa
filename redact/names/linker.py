"""The linker: every mention of one person, call sign, unit or place maps to one identity and one pseudonym.

People are handled *part by part* (:mod:`redact.names.parts`): a pseudonym is chosen for each part from a keyed
HMAC of that part's key (:mod:`redact.names.choose`) and rendered in the original's form
(:mod:`redact.names.render`). Whole-person identities (for ``[PERSON 3]`` numbering) are the surname plus given
name, linked within one document (a lone "Nikita" joins the only full name with that given name) and through
the case registry.

Nothing here logs or raises with mention text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import regex

from redact.names.choose import choose, digest, glosses, keyed_digits, pools, uk_form, uk_pools
from redact.names.keys import (
    TOKEN,
    grammemes,
    is_cyrillic,
    latin,
    lemma,
    name_parses,
    sign_adjective,
    sign_lemma,
    sign_parse,
    skeleton,
)
from redact.names.parts import ADJ_SURN, SURN_CYR, NamePart, person_identity, split_person
from redact.names.possessive import possessive_of, read_possessive
from redact.names.render import (
    fix_ordinals,
    inflect,
    match_case,
    surname_form,
    to_ukrainian,
    uk_patronymic_form,
    uk_spelling,
    uk_surname_form,
)
from redact.recognizers.nlp import morph

__all__ = ["Linker"]

# A surname of the -енко kind in any of its forms (Коваленка, Коваленкові, the Kovalenkos), and the pool entries
# whose Ukrainian form is one spelt alike in Russian (no і, ї, є, ґ).
_INDECLINABLE = regex.compile(r"(?i)\p{L}{2,}(?:енк(?:о|а|у|ові|ом|ою)|enko|enka|enkos)$")
_PLAIN_ENKO = regex.compile(r"^[^іїєґІЇЄҐʼ'’]+енко$")
_A_ENDINGS = (
    ("ою", "ablt"),
    ("ею", "ablt"),
    ("ой", "ablt"),
    ("ей", "ablt"),
    ("а", "nomn"),
    ("я", "nomn"),
    ("у", "accs"),
    ("ю", "accs"),
    ("ы", "gent"),
    ("и", "gent"),
    ("і", "datv"),
    ("е", "datv"),
)
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


# Surnames no case changes (Кавтарадзе, Гелашвили, Церетели, Гулия, Дурново): they get an -енко surname, which Russian
# does not decline either, so no case ending is wrong whatever case the sentence puts them in.
_FIXED_SURNAME = regex.compile(r"(?i)\p{L}{2,}(?:дзе|дзэ|швили|шили|ели|иа|уа|ия|аго|яго|ово|ных)$")


def _fixed_surname(p: NamePart, lang: str) -> bool:
    """A Cyrillic surname that does not decline: a fixed ending, a woman's surname ending in a consonant (Карапетян,
    Ковальчук, Бойко's kind), or a vowel-final one the dictionary reads as fixed."""
    low = p.text.lower()
    if not is_cyrillic(low) or low.endswith(("их", "ых")):
        return False
    if _FIXED_SURNAME.search(low):
        return True
    readings = name_parses(p.text, lang, "Surn")
    base = str(readings[0].normal_form) if readings else low
    if (
        base[-1:] in "бвгджзклмнпрстфхцчшщь"
        and not (SURN_CYR.match(base) or ADJ_SURN.match(base))
        and not base.endswith(("єв", "ів", "їв", "ін", "їн"))  # Ukrainian Алієв, Гнатів, Ковалів decline, he and she
    ):
        # Ковальчук, Карапетян, Мельник: a woman's does not decline, a man's does; one -енко surname serves both,
        # so husband and wife, mother and son, keep one family name in the output as in the text.
        return True
    if low[-1:] in "оеиуэюі" and not SURN_CYR.match(low):
        return bool(readings) and all("Fixd" in r.tag.grammemes for r in readings)
    return False


# The letters a pseudonym's initials are drawn from: Ukrainian names begin with І and Є, never with И.
_INITIALS = {"ru": "АБВГДЕЗИКЛМНОПРСТ", "uk": "АБВГДЄЗІКЛМНОПРСТ", "en": "ABDEGKLMNOPRSTVZ"}

_CAMEL = regex.compile(r"(#)((?:\p{Lu}[\p{Ll}ʼ'’]+){2,3})")


def _close(a: str, b: str) -> bool:
    """Whether two surname keys differ by two letters or fewer (Ковиленко, Коваленко): a pseudonym so near the name
    it replaces lets a reader guess the name back."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _uk_shaped(surname: str) -> str:
    """A Russian -ов/-ин pool surname as Ukrainian writes such a name: Іволгін, Брусникін (Иволгин, Брусникин)."""
    out = "І" + surname[1:] if surname.startswith("И") else surname
    return out[:-2] + "ін" if out.endswith("ин") else out


def _undeclined(parts: list[NamePart]) -> bool:
    """Whether the mention's surname is one a man's would decline (Ткачук, Гриценко) standing in its nominative."""
    sur = [p for p in parts if p.kind == "surname"]
    if len(sur) != 1 or not is_cyrillic(sur[0].text):
        return False
    return regex.search(r"(?:енко|ук|юк|чук|ак|як|ик|ець|ич|ар|ян|ун)$", sur[0].text.lower()) is not None


def _declined_his(p: NamePart) -> bool:
    """A surname a woman's would not decline, in a declined form (Гриценком, Ткачуку): a man's."""
    low = p.text.lower()
    if not is_cyrillic(low) or SURN_CYR.match(low) or ADJ_SURN.match(low):
        return False
    if _INDECLINABLE.search(low):
        return not low.endswith("о")
    return bool(
        regex.search(r"(?:[бвгджзклмнпрстфхцчшщ](?:а|у|ові|еві|ом|ем|ові|ою)|[бвгджзклмнпрстфхцчшщ]ові)$", low)
    ) and (regex.search(r"(?:ук|юк|чук|ак|як|ик|ець|ич|ар|ян|ун)(?:а|у|ові|еві|ом|ем)$", low) is not None)


def _sexed(parts: list[NamePart], female: bool | None) -> list[NamePart]:
    """Name parts of no known sex given one: ``female`` when the context tells it, else the sex a gender-marked
    surname or patronymic of the same mention says (Саша Иванова: hers; Коваленко tells nothing)."""
    if female is None:
        marked = [
            p.female
            for p in parts
            if p.female is not None
            and (p.kind == "patronymic" or p.kind == "surname" and (SURN_CYR.match(p.text) or ADJ_SURN.match(p.text)))
        ] + [False for p in parts if p.kind == "surname" and _declined_his(p)]
        female = marked[0] if marked and len(set(marked)) == 1 else None
    if female is None or all(p.female is not None for p in parts if p.kind in {"given", "surname", "patronymic"}):
        return parts
    return [
        replace(p, female=female) if p.female is None and p.kind in {"given", "surname", "patronymic"} else p
        for p in parts
    ]


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
            return "u:" + " ".join(skeleton(lemma(w, lang)) for w in TOKEN.findall(text) if w[:1].isupper())
        if entity in {"CALL_SIGN", "LOCATION"}:
            words = [w for w in TOKEN.findall(text)]
            lem = sign_lemma if entity == "CALL_SIGN" else lemma  # «Сова», «Сове»: one bird, not a surname Сов
            key = " ".join(skeleton(lem(w, lang)) for w in words)
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

    def pseudonym(
        self, entity: str, text: str, lang: str, links: dict[str, str] | None = None, given: str | None = None
    ) -> str:
        """A readable replacement of the same kind, consistent for the same identity under the same key.

        ``links`` (the document's, :func:`redact.anonymize._doc_links`) join initials to the full name they abbreviate;
        ``given``, for a person named by surname and initials ("Korovin D. O."), is the document's mention of the same
        person by given name ("Denis Olegovich Korovin"): each initial becomes that of its part's pseudonym.
        """
        key = self._key()
        camel = _CAMEL.fullmatch(text) if entity == "PERSON" else None
        if camel is not None:
            # "#СашаИванов", "#МельничукАндрій": a name run together in a hashtag is a name of two words, run together
            words = regex.findall(r"\p{Lu}[\p{Ll}ʼ'’]+", camel.group(2))
            out = str(camel.group(1)) + self._person(key, " ".join(words), lang, links=links).replace(" ", "")
        elif entity == "PERSON":
            out = self._person(key, text, lang, links=links, given=given)
        elif entity == "CALL_SIGN":
            out = self._call_sign(key, text, lang)
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

    def sign_gloss(self, sign: str, gloss: str, lang: str) -> str | None:
        """The English gloss of the pseudonym of the call sign ``sign`` (written in Latin letters), written like
        ``gloss``, the original's own translation: '"Yastreb". Hawk.' → '"Ekho". Echo.'. None when ``sign`` is not
        one this can gloss (a Cyrillic call sign, an entry with no gloss)."""
        words = TOKEN.findall(sign)
        if not words or is_cyrillic(sign):
            return None
        ident = self.identity("CALL_SIGN", sign, lang)
        avoid = [sign, *words, *(lemma(w, lang) for w in words)]
        chosen = choose(self._key(), "call_sign", ident, pools()["call_signs"], avoid=avoid)
        word = glosses().get(chosen)
        if word is None or skeleton(word) == skeleton(gloss):
            return None
        return match_case(TOKEN.findall(gloss)[0], word) if TOKEN.findall(gloss) else word

    def addressed(self, text: str, lang: str, female: bool | None = None) -> str:
        """The pseudonym of a person mention that addresses them ("Тарасику, де ти?"): vocative where the original
        can be one, so a Ukrainian form the dictionary reads first as a dative still calls the person."""
        return self._person(self._key(), text, lang, case="voct", female=female)

    def in_case(self, text: str, lang: str, cases: tuple[str, ...], female: bool | None = None) -> str:
        """The pseudonym of a person mention read in ``case`` where its words can be in it: a name beside a kinship
        word stands in the kinship word's case ("тітці Раї": Раї is the dative the dictionary reads second) and is
        of its sex ("у дядька Богдана": Богдан's genitive, not the woman's name Богдана)."""
        parts = [p for p in self.parts(text, lang) if p.kind in {"given", "patronymic"}]
        tags = {"given": "Name", "patronymic": "Patr"}
        for case in cases:
            if all(
                case in p.gram or any(case in x.tag.grammemes for x in name_parses(p.text, lang, tags[p.kind]))
                for p in parts
            ):
                return self._person(self._key(), text, lang, case=case, female=female)
        return self._person(self._key(), text, lang)

    def _as_sex(self, p: NamePart, lang: str, case: str, female: bool) -> NamePart:
        """A given name re-read as the case form of a name of the other sex the context requires (Богдана, Олександра
        after дядька: the genitive of Богдан, Олександр), when the dictionary has that reading."""
        from redact.names.given import given_names

        if p.female is None or p.female == female:
            return p
        for x in name_parses(p.text, lang, "Name"):
            if case in x.tag.grammemes and ("femn" in x.tag) == female:
                known = given_names().get(skeleton(str(x.normal_form)))
                key = known.canonical if known is not None else skeleton(str(x.normal_form))
                return replace(p, key=key, female=female, gram=frozenset({case, "sing"}))
        return p

    def shared_name(self, text: str, lang: str) -> tuple[str, frozenset[str]] | None:
        """(key, case grammemes) of the given name of a person mention when a man and a woman both bear it (Саша,
        Женя) and nothing else in the mention tells the sex (a surname's ending); None otherwise."""
        parts = _sexed(self.parts(text, lang), None)
        shared = next((p for p in parts if p.kind == "given" and p.female is None), None)
        return (shared.key, shared.gram) if shared is not None else None

    def caseless(self, text: str, lang: str) -> bool:
        """Whether no word of a person mention shows its case: a given name that never changes (Анаит, Нино, Гиви)
        and, beside it, at most a surname that never changes. Its pseudonym takes the case of the words before it."""
        parts = [p for p in self.parts(text, lang) if p.kind in {"given", "surname", "patronymic", "unknown"}]
        given = [p for p in parts if p.kind in {"given", "unknown"}]
        if not given or not is_cyrillic(text):
            return False
        for p in parts:
            if p.kind == "surname":
                if not (_fixed_surname(p, lang) or _INDECLINABLE.search(p.text)):
                    return False
                continue
            if p.female and p.text[-1:].lower() in "бвгджзклмнпрстфхцчшщ":
                continue  # Анаит, Гульназ, Рахель: a woman's name ending in a hard consonant does not change
            readings = name_parses(p.text, lang, "Name")
            if not readings or not all("Fixd" in r.tag.grammemes for r in readings):
                return False
        return True

    def of_sex(self, text: str, lang: str, female: bool) -> str:
        """The pseudonym of a person mention whose shared given name (Саша) the words around it show is a woman's
        (``female``) or a man's: a name of that sex, so "Саша сказала" becomes "Ольга сказала", never "Олег"."""
        return self._person(self._key(), text, lang, female=female, forced=True)

    def _as_woman(self, p: NamePart, lang: str, first: str) -> NamePart:
        """A given name re-read as a woman's, in the first case of hers its form can be (Ярославі: dative)."""
        if p.female is True:
            return p
        for case in (first, "datv", "gent", "ablt", "accs", "loct"):
            q = self._as_sex(p, lang, case, True)
            if q is not p:
                return q
        return p

    def possessive(self, text: str, lang: str, noun: str) -> str | None:
        """The pseudonym of a possessive adjective of a given name, before ``noun`` ("Андріїву маму" → "Тарасову
        маму"), or None when ``text`` is not one (:func:`redact.names.possessive.read_possessive`)."""
        if lang not in {"ru", "uk"}:
            return None
        read = read_possessive(text, noun, lang)
        if read is None:
            return None
        part = NamePart(0, len(read.base), read.base, "given", read.name.canonical, read.name.female, frozenset())
        key = self._key()
        nominative = self.person_part(key, part, lang)
        genitive = self.person_part(key, replace(part, gram=frozenset({"gent", "sing"})), lang)
        return match_case(text, possessive_of(nominative, genitive, read.ending, lang))

    def _person(
        self,
        key: bytes,
        text: str,
        lang: str,
        case: str | None = None,
        female: bool | None = None,
        links: dict[str, str] | None = None,
        given: str | None = None,
        forced: bool = False,
    ) -> str:
        parts = self.parts(text, lang)
        if forced and female is not None:
            # the words around the name show its sex ("his mother, Saida", "Ruslana, his sister"): a Latin name the
            # dictionary reads as a man's case form (Ruslana: of Ruslan) is hers all the same
            parts = [replace(p, female=female) if p.kind in {"given", "unknown"} else p for p in parts]
        if parts and all(p.kind == "title" for p in parts):
            # A kin word or form of address found alone ("Dyadya", «Дядька»): kept as it is it would equal the input,
            # which the safety net of :meth:`pseudonym` writes as a raw "<PERSON>"; it is the name it stands for.
            parts = [replace(p, kind="unknown", key=skeleton(lemma(p.text, lang))) for p in parts]
        if not parts:
            return "<PERSON>"
        initials = (
            self._initials(key, parts, text, lang, links, given) if any(p.kind == "initial" for p in parts) else {}
        )
        parts = _sexed(parts, female)
        # A surname that does not decline stands in the case of the name beside it ("з Давидом Кавтарадзе": the
        # Ukrainian pseudonym is "з Тарасом Петренком").
        anchor = next((c for p in parts if p.kind in {"given", "patronymic"} for c in _CASE_ORDER if c in p.gram), None)
        if anchor is not None and anchor not in {"nomn", "voct"} and female is None and _undeclined(parts):
            # "Ярославі Ткачук": beside a name in another case, a surname a man's would decline stands as it is; she
            # is a woman (Ярослава's dative, not Ярослав's locative), and so is her pseudonym.
            parts = _sexed([replace(p, female=None) if p.kind == "surname" else p for p in parts], True)
            parts = [self._as_woman(p, lang, anchor) if p.kind == "given" else p for p in parts]
            anchor = next((c for p in parts if p.kind == "given" for c in _CASE_ORDER if c in p.gram), anchor)
        if anchor is not None:
            parts = [
                replace(p, gram=frozenset({anchor, "sing"})) if p.kind == "surname" and _fixed_surname(p, lang) else p
                for p in parts
            ]
        if case is not None and female is not None:
            parts = [self._as_sex(p, lang, case, female) if p.kind == "given" else p for p in parts]
        if case is not None:
            tags = {"given": "Name", "surname": "Surn", "patronymic": "Patr"}

            def can_be(p: NamePart) -> bool:  # a reading in ``case`` of the person's own gender
                if case == "voct" and lang == "uk" and p.kind == "given" and p.text[-1:].lower() in "еоую":
                    return True  # Дениску, Тарасику, Олесю: a name that calls someone ends so in Ukrainian
                return any(
                    case in x.tag.grammemes and (p.female is None or ("femn" in x.tag) == p.female)
                    for x in name_parses(p.text, lang, tags[p.kind])
                )

            # "Ковальчук Іван Петрович, 1991 року народження": a name whose given name or patronymic cannot call
            # anyone is a nominative, and so are the words beside it.
            if all(can_be(p) for p in parts if p.kind in {"given", "patronymic"}):
                parts = [replace(p, gram=frozenset({case})) if p.kind in tags and can_be(p) else p for p in parts]
        chunks: list[str] = []
        pos = 0
        for p in parts:
            chunks.append(text[pos : p.start])
            chunks.append(initials[p.start] if p.start in initials else self.person_part(key, p, lang))
            pos = p.end
        chunks.append(text[pos:])
        return "".join(chunks)

    def _initials(
        self,
        key: bytes,
        parts: list[NamePart],
        text: str,
        lang: str,
        links: dict[str, str] | None,
        given: str | None = None,
    ) -> dict[int, str]:
        """The pseudonym's initials (start of each initial → its replacement), those of the person's pseudonym.

        "Коваленко П. І." beside "Петро Коваленко" is one man: his first initial is that of Петро's pseudonym (Л. for
        Леонід), never the original's, and the others are drawn from the person's identity, so no letter maps to the
        same letter for everyone (which would let a reader decode every initial of the text). With ``given`` (the
        same person named in full elsewhere: "Denis Olegovich Korovin" for "Korovin D. O.") the first and second
        initials are those of the given name's and the patronymic's pseudonyms.
        """
        ident = self.person_key(text, lang, links)
        given_key = ident.partition("|")[2] if ident.startswith("p:") else ""
        has_given = any(p.kind in {"given", "unknown"} for p in parts)
        named: list[NamePart | None] = []
        if given is not None and not has_given:
            full = self.parts(given, lang)
            named = [
                next((p for p in full if p.kind in {"given", "unknown"}), None),
                next((p for p in full if p.kind == "patronymic"), None),
            ]
        out: dict[int, str] = {}
        for n, p in enumerate(q for q in parts if q.kind == "initial"):
            cyr = is_cyrillic(p.text)
            letter = ""
            stands_for = named[n] if n < len(named) else None
            if stands_for is not None:
                letter = self.person_part(key, stands_for, lang)[:1].upper()
                if is_cyrillic(letter) != cyr:
                    letter = ""
            if not letter and n == 0 and not has_given and given_key:
                from redact.names.given import given_names

                known = given_names().get(given_key)
                own = NamePart(0, 1, p.text[:1], "given", given_key, known.female if known else None, frozenset())
                letter = self.person_part(key, own, lang)[:1].upper()
                if is_cyrillic(letter) != cyr:
                    letter = ""
            if not letter:
                letters = _INITIALS["uk" if cyr and lang == "uk" else "ru" if cyr else "en"]
                h = int.from_bytes(digest(key, "initial", ident, str(n)), "big")
                letter = letters[h % len(letters)]
                if letter == p.text[:1].upper():
                    letter = letters[(h + 1) % len(letters)]
            out[p.start] = letter + p.text[1:]
        return out

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
            letters = _INITIALS["uk" if cyr and lang == "uk" else "ru" if cyr else "en"]
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
        elif p.kind == "surname" and uk and not _INDECLINABLE.search(p.text) and (shaped := SURN_CYR.match(p.text)):
            # Ковальова, Хайруллиною, Іванової, Петровим in Ukrainian: an -ов/-ін surname gets one of its own kind with
            # the original's ending, so the sex and case it shows stay as they were, even where the form is both
            # (Ковальова: hers in the nominative, his in the genitive; an -енко or -ук one would have to choose).
            near = tuple(e for e in pool["surnames"] if not _close(skeleton(e), p.key))
            chosen = choose(key, "surname", p.key, near or pool["surnames"], avoid=[p.text, lemma(p.text, lang)])
            out = _uk_shaped(to_ukrainian(chosen)) + (shaped.group(2) or "").lower()
        elif p.kind == "surname" and (_INDECLINABLE.search(p.text) or _fixed_surname(p, lang)):
            # Шевченко, Коваленко, Shevchenko: a surname Russian does not decline and a woman keeps as it is gets
            # one of the same kind, so no case or gender ending is wrong ("свидетель Шевченко показала").
            plain = tuple(
                e
                for e in pool["surnames"]
                if _PLAIN_ENKO.search(uk_form("surnames", e)) and not _close(skeleton(uk_form("surnames", e)), p.key)
            )
            chosen = uk_form("surnames", choose(key, "surname", p.key, plain, avoid=[p.text, lemma(p.text, lang)]))
            if not cyr:
                out = latin(chosen) + ("s" if "plur" in p.gram else "")
            else:
                out = uk_surname_form(chosen, p) if lang == "uk" else chosen
        elif p.kind == "surname":
            near = tuple(e for e in pool["surnames"] if not _close(skeleton(e), p.key))
            chosen = choose(key, "surname", p.key, near or pool["surnames"], avoid=[p.text, lemma(p.text, lang)])
            out = uk_surname_form(uk_form("surnames", chosen), p) if uk else surname_form(chosen, p, lang)
        else:
            chosen = choose(key, "patronymic", p.key, pool["patronymics"], avoid=[p.text, lemma(p.text, lang)])
            informal = regex.search(r"(?i)(?:ыч|ыча|ычу|ычем|ыче)$", p.text) if cyr else None
            if not cyr and not p.female and regex.search(r"(?i)[^v]ych$", p.text):
                # Mikhalych, Palych in English: a spoken one (Yaroslavych), not Yaroslavovich
                spoken = regex.sub(r"(?:ович|евич|ьевич)$", lambda m: "ич" if m.group(0) != "ович" else "ыч", chosen)
                out = latin(spoken)
            elif informal and not p.female:
                # Михалыч, Палычу: a spoken patronymic gets a spoken one (Германыч, Германычу), not Германович
                spoken = regex.sub(r"(?:ович|евич|ьевич)$", lambda m: "ич" if m.group(0) != "ович" else "ыч", chosen)
                ending = regex.search(r"(?i)ыч(\p{L}*)$", p.text)
                out = spoken + (ending.group(1).lower() if ending else "")
            elif uk:
                out = uk_patronymic_form(uk_form("patronymics", chosen), p)
            else:
                if p.female:
                    chosen = chosen[:-2] + "на"
                out = inflect(chosen, p.gram, "Patr", p.female) if cyr else latin(chosen)
        return match_case(p.text, to_ukrainian(out) if lang == "uk" and cyr and not uk else out)

    def _word(self, key: bytes, ns: str, pool_name: str, text: str, lang: str, entity: str) -> str:
        ident = self.identity(entity, text, lang)
        words = TOKEN.findall(text)
        chosen = choose(key, ns, ident, pools()[pool_name], avoid=[text, *words, *(lemma(w, lang) for w in words)])
        if is_cyrillic(text) and words:
            tag = "Geox" if entity == "LOCATION" else None
            # A quoted call sign («Лелека») stays in the nominative whatever the sentence around it.
            gram = frozenset({"nomn", "sing"}) if text.lstrip()[:1] in '«"“„' else grammemes(words[-1], lang, tag)
            out = inflect(chosen, gram, None)
            out = to_ukrainian(out) if lang == "uk" else out
        else:
            out = latin(chosen)
        m = TOKEN.search(text)
        lead = text[: m.start()] if m else ""
        tail = text[m.start() + len(" ".join(words)) :] if m and text[m.start() :].startswith(" ".join(words)) else ""
        return lead + match_case(words[0] if words else text, out) + tail

    def _call_sign(self, key: bytes, text: str, lang: str) -> str:
        """A call sign of the original's declension, in its case: «Лелека» → «Гроза», Лелеку → Грозу, Кедру → Бризу.

        An a-stem call sign (Сова, Лелека, Борода), whatever the gender of the man who bears it, gets an a-stem
        one, and any other gets a consonant stem, so every ending and every word agreeing with it reads as it did.
        Ukrainian text gets the Ukrainian counterpart, inflected by the Ukrainian dictionary.
        """
        words = TOKEN.findall(text)
        if not (is_cyrillic(text) and words):
            return self._word(key, "call_sign", "call_signs", text, lang, "CALL_SIGN")
        ident = self.identity("CALL_SIGN", text, lang)
        last = words[-1]
        adj = sign_adjective(last, lang) if len(words) == 1 else None
        if adj is not None:
            return self._adjective_sign(key, ident, text, last, adj, lang)
        noun = sign_parse(last, lang)
        a_stem = sign_lemma(last, lang).endswith(("а", "я"))
        pool_name = "call_signs_a" if a_stem else "call_signs"
        pool = tuple(p for p in pools()[pool_name] if p.endswith(("а", "я")) == a_stem)
        chosen = choose(key, "call_sign", ident, pool, avoid=[text, *words, *(sign_lemma(w, lang) for w in words)])
        if noun is not None:
            gram = frozenset(str(g) for g in noun.tag.grammemes if str(g) in {*_CASES, "sing", "plur"})
        elif text.lstrip()[:1] in '«"“„':  # a quoted word the dictionary does not know stays in the nominative
            gram = frozenset({"nomn", "sing"})
        elif a_stem or regex.search(r"(?i)(?:у|ю|ой|ей|ою|ею|ы|і|е)$", last):
            # «Харанга», Харангу, Харангой: a word the dictionary does not know is read by its a-stem ending
            end = next((c for e, c in _A_ENDINGS if last.lower().endswith(e)), "nomn")
            gram = frozenset({end, "sing"})
        else:
            gram = grammemes(last, lang)
            if "voct" in gram:  # a guess at a word the dictionary does not know: no call by name is read into it
                gram = frozenset({"nomn", "sing"})
        if lang == "uk":
            # The Ukrainian counterpart (or the entry respelt: Гранит → Граніт), in Ukrainian forms: Граніте, Гранітові.
            word = uk_pools().get(pool_name, {}).get(chosen) or uk_spelling(chosen)
            out = inflect(word, gram, None, None, "uk")
            if "gent" in gram and last.lower().endswith(("а", "я")) and out.endswith(("у", "ю")) and not a_stem:
                out = out[:-1] + {"у": "а", "ю": "я"}[out[-1]]  # a man called Граніт: "у Граніта", not "у граніту"
        else:
            out = inflect(chosen, gram, None)
        m = TOKEN.search(text)
        lead = text[: m.start()] if m else ""
        tail = text[m.start() + len(" ".join(words)) :] if m and text[m.start() :].startswith(" ".join(words)) else ""
        return lead + match_case(words[0], out) + tail

    def _adjective_sign(self, key: bytes, ident: str, text: str, word: str, adj: Any, lang: str) -> str:
        """An adjective call sign (Серый, Серого, Малому) gets an adjective, in the original's gender, number and
        case: Серого → Седого, not a noun in the genitive."""
        pool = pools()["call_signs_adj"]
        chosen = choose(key, "call_sign", ident, pool, avoid=[word, str(adj.normal_form)])
        morph_lang = "uk" if lang == "uk" else "ru"
        target = uk_pools().get("call_signs_adj", {}).get(chosen, chosen) if lang == "uk" else chosen
        want = {str(g) for g in adj.tag.grammemes if str(g) in {*_CASES, "sing", "plur", "masc", "femn", "neut"}}
        if "accs" in want and {"anim", "inan"} & set(adj.tag.grammemes):
            want |= {str(g) for g in adj.tag.grammemes if str(g) in {"anim", "inan"}}
        base = next((p for p in morph.parses(target, morph_lang) if p.tag.POS == "ADJF" and "nomn" in p.tag), None)
        form = None
        if base is not None:
            form = base.inflect(want) or base.inflect(want - {"anim", "inan"}) or base.inflect(want & set(_CASES))
        out = str(form.word) if form is not None else target
        m = TOKEN.search(text)
        lead = text[: m.start()] if m else ""
        return lead + match_case(word, out) + text[m.end() :] if m else match_case(word, out)

    def _unit(self, key: bytes, text: str, lang: str) -> str:
        ident = self.identity("MILITARY_UNIT", text, lang)
        if regex.search(r"\d", text):
            return self._shape(key, "MILITARY_UNIT:" + ident, text, letters=False)
        chosen = choose(key, "unit", ident, pools()["unit_names"], avoid=TOKEN.findall(text))
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
        out = fix_ordinals(out)
        if letters and not regex.search(r"\d", text):
            out = "<" + ns.split("#")[0].split(":")[0] + ">"
        return out
