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
from redact.names.parts import NamePart, person_identity, split_person
from redact.names.possessive import possessive_of, read_possessive
from redact.names.render import (
    fix_ordinals,
    inflect,
    match_case,
    surname_form,
    to_ukrainian,
    uk_patronymic_form,
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

    def pseudonym(self, entity: str, text: str, lang: str, given: str | None = None) -> str:
        """A readable replacement of the same kind, consistent for the same identity under the same key.

        ``given``: for a person named by surname and initials ("Korovin D. O."), the given name the document
        gives that person elsewhere ("Denis Korovin"): the first initial becomes its pseudonym's ("Nezabudkin U. P.").
        """
        key = self._key()
        if entity == "PERSON":
            out = self._person(key, text, lang, given=given)
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

    def addressed(self, text: str, lang: str) -> str:
        """The pseudonym of a person mention that addresses them ("Тарасику, де ти?"): vocative where the original
        can be one, so a Ukrainian form the dictionary reads first as a dative still calls the person."""
        return self._person(self._key(), text, lang, case="voct")

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
        given: str | None = None,
    ) -> str:
        parts = self.parts(text, lang)
        if not parts:
            return "<PERSON>"
        # "Korovin D. O." of a "Denis Olegovich Korovin": each initial is that of the part it stands for's pseudonym
        initials = [p for p in parts if p.kind == "initial"]
        stands_for: dict[int, NamePart] = {}
        if given is not None and initials:
            full = self.parts(given, lang)
            named = [
                next((p for p in full if p.kind in {"given", "unknown"}), None),
                next((p for p in full if p.kind == "patronymic"), None),
            ]
            stands_for = {id(i): n for i, n in zip(initials, named, strict=False) if n is not None}
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
            if id(p) in stands_for:
                letter = self.person_part(key, stands_for[id(p)], lang)[:1]
                chunks.append(letter.upper() + p.text[1:])
            else:
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
        elif p.kind == "surname" and _INDECLINABLE.search(p.text):
            # Шевченко, Коваленко, Shevchenko: a surname Russian does not decline and a woman keeps as it is gets
            # one of the same kind, so no case or gender ending is wrong ("свидетель Шевченко показала").
            plain = tuple(e for e in pool["surnames"] if _PLAIN_ENKO.search(uk_form("surnames", e)))
            chosen = uk_form("surnames", choose(key, "surname", p.key, plain, avoid=[p.text, lemma(p.text, lang)]))
            if not cyr:
                out = latin(chosen) + ("s" if "plur" in p.gram else "")
            else:
                out = uk_surname_form(chosen, p) if lang == "uk" else chosen
        elif p.kind == "surname":
            chosen = choose(key, "surname", p.key, pool["surnames"], avoid=[p.text, lemma(p.text, lang)])
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
        if lang == "uk" and chosen in uk_pools().get(pool_name, {}):
            out = inflect(uk_pools()[pool_name][chosen], gram, None, None, "uk")
        elif lang == "uk":  # no Ukrainian counterpart listed: the Russian forms, respelt
            out = to_ukrainian(inflect(chosen, gram, None))
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
