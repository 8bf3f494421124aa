"""The linker: every mention of one person, call sign, unit or place maps to one identity and one pseudonym.

People are handled *part by part* (:mod:`redact.names.parts`): a pseudonym is chosen for each part from a keyed
HMAC of that part's key (:mod:`redact.names.choose`) and rendered in the original's form
(:mod:`redact.names.render`). Whole-person identities (for ``[PERSON 3]`` numbering) are the surname plus given
name, linked within one document (a lone "Nikita" joins the only full name with that given name) and through
the case registry.

Nothing here logs or raises with mention text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from redact.names.choose import choose, digest, keyed_digits, pools, uk_form
from redact.names.keys import TOKEN, grammemes, is_cyrillic, latin, lemma, name_parses, skeleton
from redact.names.parts import NamePart, person_identity, split_person
from redact.names.render import (
    fix_ordinals,
    inflect,
    match_case,
    surname_form,
    to_ukrainian,
    uk_patronymic_form,
    uk_surname_form,
)

__all__ = ["Linker"]


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
                if p.kind in tags and any("voct" in x.tag.grammemes for x in name_parses(p.text, lang, tags[p.kind]))
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
