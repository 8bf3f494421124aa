"""The one hook between the pipeline and the public register / type discipline.

The pipeline asks :meth:`Screen.entity` about every finding that passed the threshold and the allow list:
None drops it (not a name, or kept as public), otherwise it gets the entity type it is withheld as (a known
place typed PERSON becomes LOCATION). :meth:`Screen.keep_propagated` does the same for name propagation's
findings and refuses a token of a known multi-word name. Kept mentions are counted per entity type
(:attr:`Screen.kept`), without text.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from redact.discipline import known_name_around, location_verdict, person_verdict, role_before_name, town_quoted_name
from redact.home import home_context
from redact.officials import public_official, titled_surnames
from redact.public import PublicRegister, PublicSpec, public_register, word_keys
from redact.public_phones import public_phone

if TYPE_CHECKING:
    from redact.policy import Policy
    from redact.resolve import Finding

__all__ = ["REGISTER_TYPES", "Screen"]

_LABEL = regex.compile(r"[ \t]*\p{Lu}[\p{Lu}\p{M}'’ʼ .-]{0,30}:[ \t]*")

_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ.-]*")
# A house number after a comma or a space closing a street's name: "Героев Украины, 17", "Шевченка 41".
_HOUSE_NUMBER = regex.compile(r"\p{L}[,\s]+\d{1,4}(?!\d)")

# The words of a unit's name (numbers with their endings too: "36-й"), and the "of the" that joins a unit to its fleet.
_UNIT_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’ʼ.-]*")
_OF_THE_END = regex.compile(r"(?i)[ \t,]*(?:(?:of|in)[ \t]+(?:the[ \t]+)?)?$")
# A unit below an army a finding's head must hold for its formation to be cut off: a brigade, regiment, battalion...
_HEAD_UNIT = regex.compile(
    r"(?i)батальон|батальйон|бригад|полк|(?<!\p{L})рот[аыуеіо]|взвод|отряд|загін|загон|дивизи|дивізі|battalion"
    r"|brigade|regiment|company|platoon|detachment|division|в/ч|\d{4,}"
)

# Detected types the register may keep (the others are numbers and addresses, never public names).
REGISTER_TYPES = frozenset({"PERSON", "CALL_SIGN", "LOCATION", "MILITARY_UNIT", "ORGANIZATION"})


_PREVIOUS_WORD = regex.compile(r"(\p{Lu}[\p{Ll}'’]+)[ \t]+$")


def _after_given_name(text: str, start: int, language: str) -> bool:
    """Whether the finding at ``start`` follows a capitalised given name ("Сергей [Меликов]")."""
    from redact.recognizers.nlp.gazetteer import is_given_name

    m = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return m is not None and is_given_name(m.group(1), language if language in {"ru", "uk"} else "ru")


def _official_surname(text: str, start: int, end: int, language: str) -> bool:
    """Whether a place finding is the surname of an official the text introduces with a public office, a surname
    that is also a town ("Мэр Белгорода Валентин [Демидов]", later "[Гусев] добавил" after "глава региона
    Александр Гусев"): right after a given name, or alone as a surname the text titled. A place after an office
    without a given name ("мэр [Новоселовки]") is no surname and keeps the place rules."""
    if _after_given_name(text, start, language):
        return public_official(text, start, end, language)
    ws = _NAME_WORD.findall(text, start, end)
    if len(ws) != 1 or home_context(text, start, end, language):
        return False
    return bool(word_keys(ws[0], language, names_only=True) & titled_surnames(text, language))


class Screen:
    """Type discipline for every policy; the public register only for policies that name one."""

    _made: dict[int, tuple[Policy, Screen]] = {}

    def __init__(self, policy: Policy) -> None:
        self.public: PublicRegister | None = public_register(policy.public) if policy.public is not None else None
        # Type decisions (is "Meduza" a person?) use the shipped register even under a policy that keeps nothing.
        self.known: PublicRegister = self.public or public_register(PublicSpec())
        self.kept: Counter[str] = Counter()

    @classmethod
    def for_policy(cls, policy: Policy) -> Screen:
        """The screen of ``policy``, built once per process."""
        made = cls._made.get(id(policy))
        if made is None or made[0] is not policy:
            made = (policy, cls(policy))
            cls._made[id(policy)] = made
        return made[1]

    def entity(self, text: str, start: int, end: int, entity: str, language: str) -> str | None:
        """The type ``text[start:end]`` is withheld as, or None when it is not withheld (not a name, or public)."""
        if entity == "PHONE_NUMBER":
            # a hotline or toll-free line of a public office (redact/public_phones.py), where the policy keeps bodies
            if (
                self.public is not None
                and self.public.spec.treatment("body") != "withhold"
                and public_phone(text, start, end)
            ):
                self.kept[entity] += 1
                return None
            return entity
        if entity in {"PERSON", "CALL_SIGN", "LOCATION", "ORGANIZATION"}:
            # A word of a public figure's name is dropped only where the policy keeps public figures.
            people = self.public is not None and self.public.spec.treatment("person") != "withhold"
            around = known_name_around(text, start, end, language, self.known, people=people)
            known = around[0] if around is not None else None
            if around is not None and self.public is not None and known != "person":
                # One word of a public name around it ("Білому" of Білому домі, "Часового" of Часового Яру):
                # the whole name decides, home context included.
                as_type = "LOCATION" if known == "place" else "ORGANIZATION"
                whole = self.public.verdict(text, around[1], around[2], as_type, language)
                if whole is not None and not (
                    # a region the policy keeps even as a home ("a resident of the Orenburg region") stays whole
                    known == "place"
                    and self.public.spec.treatment(whole.kind) != "keep"
                    and home_context(text, start, end, language)
                ):
                    self.kept[entity] += 1
                    return None
            if entity == "ORGANIZATION":
                pass  # an institution inside a known name keeps its type ("a school in Kyiv" is still withheld)
            elif known == "place":
                entity = "LOCATION"  # "Біла" of Біла Церква: still withheld, as the place it is part of
            elif known is not None:
                return None  # "Liberty" of Radio Liberty, "Федерации" of Российской Федерации, "Vladimir" of Putin's
        if entity in {"PERSON", "CALL_SIGN", "LOCATION"}:
            # "донецкий «Шахтёр»", "на Новомосковском «Азоте»": a town's adjective before a quoted name, or the name,
            # is part of a club (public, kept) or an employer (withheld as one), never a person or a place
            town_thing = town_quoted_name(text, start, end, language)
            if town_thing == "drop":
                return None
            if town_thing is not None:
                entity = town_thing
        called = False
        if entity == "LOCATION":
            verdict_l = location_verdict(text, start, end, language, self.known)
            if verdict_l == "drop":
                return None
            if verdict_l is not None:
                entity = verdict_l
                called = (
                    verdict_l == "PERSON" or verdict_l == "CALL_SIGN"
                )  # the text's own reading decides  # a place name called out ("Samson!"): a proper name, never a word
        if entity in {"PERSON", "CALL_SIGN"} and not called:
            verdict = person_verdict(text, start, end, language, self.known, call_sign=entity == "CALL_SIGN")
            if verdict == "drop":
                return None
            if verdict in {"LOCATION", "ORGANIZATION", "CALL_SIGN"}:
                entity = verdict
        if self.public is not None and entity in REGISTER_TYPES:
            if (
                self.public.verdict(text, start, end, entity, language, front=True) is not None
                or (
                    # several words a recognizer ran together; one word is the register's own match above,
                    # which keeps home context ("my girl is in krasnoyarsk" is withheld)
                    entity in {"PERSON", "CALL_SIGN", "LOCATION", "ORGANIZATION"}
                    and len(text[start:end].split()) > 1
                    # a street and its house number is an address, whatever public name the street bears
                    # ("на Героев Украины, 17")
                    and not (entity == "LOCATION" and _HOUSE_NUMBER.search(text, start, end))
                    and self.public.composite(text, start, end, language, joiners_only=entity == "ORGANIZATION")
                )
                or self.public.regional_body(text, start, end, language)
                or (
                    # An official the text introduces with a public office ("Governor Oleh Kiper", "голова
                    # Вінницької ОВА Сергій Борзов"): kept as register people are (redact/officials.py). A surname
                    # some recognizer took for a call sign after a given name is the official's too ("Глава
                    # Дагестана Сергей Меликов"); a call sign alone after an office is a soldier's ("начальник
                    # штаба Кедр").
                    (entity == "PERSON" or (entity == "CALL_SIGN" and _after_given_name(text, start, language)))
                    and self.public.spec.treatment("person") != "withhold"
                    and public_official(text, start, end, language)
                )
                or (entity == "LOCATION" and self._region_and_official(text, start, end, language))
                or (
                    entity == "LOCATION"
                    and self.public.spec.treatment("person") != "withhold"
                    and _official_surname(text, start, end, language)
                )
            ):
                self.kept[entity] += 1
                return None
        return entity

    def _region_and_official(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether a place finding is a public region run together with the official its office names ("Governor of
        [Altai Krai Viktor Tomenko]", "Глава [Республики Дагестан Сергей] Меликов"): both are kept."""
        assert self.public is not None
        if self.public.spec.treatment("person") == "withhold":
            return False
        spans = list(_NAME_WORD.finditer(text, start, end))
        for k in range(1, len(spans)):
            rest = spans[k:]
            if len(rest) > 3 or not all(w.group(0)[:1].isupper() for w in rest):
                continue
            head = self.public.verdict(text, start, spans[k - 1].end(), "LOCATION", language)
            if head is None or head.kind != "region":
                continue
            # the name may go on past the finding ("Сергей| Меликов")
            tail = regex.match(r"(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+){1,2}", text[end : end + 60])
            name_end = end + (tail.end() if tail is not None and len(rest) == 1 else 0)
            if public_official(text, rest[0].start(), name_end, language):
                return True
        return False

    def unit_end(self, text: str, start: int, end: int, entity: str) -> int:
        """Where a soldier's unit ends when a recognizer ran the army, corps or fleet it belongs to into it ("155-й
        бригады морской пехоты| Тихоокеанского флота", "2-го батальона| 36-й армии", "the 155th marine brigade| of the
        Pacific Fleet"): before the formation, kept as written where the policy keeps public bodies (an army or fleet
        is tens of thousands of men, :func:`redact.public.army`); else ``end``. The unit stays withheld whole."""
        if self.public is None or entity != "MILITARY_UNIT" or self.public.spec.treatment("body") == "withhold":
            return end
        from redact.public import army

        spans = list(_UNIT_WORD.finditer(text, start, end))
        for k in range(max(1, len(spans) - 6), len(spans)):
            # the longest formation name that holds no unit below it, starting with its number or a capital ("морской
            # пехоты" is the brigade's, "Arms Army" is part of "20th Combined Arms Army")
            tail = spans[k].start()
            if not (text[tail].isupper() or text[tail].isdigit()) or not army(text, tail, end):
                continue
            head = _OF_THE_END.search(text, start, tail)
            head_end: int = head.start() if head is not None else tail
            if head_end > start and _HEAD_UNIT.search(text, start, head_end) is not None:
                return head_end
        return end

    def person_start(self, text: str, start: int, end: int, entity: str, language: str) -> int:
        """Where the person of a PERSON finding starts when a recognizer ran a public body, outlet or country before
        the name into it ("Росгвардії Андрія Пермякова", "ЗСУ Івана Петренка"): right after the public words, kept as
        written, when two or more capitalised words of a name follow; else ``start``."""
        if entity != "PERSON":
            return start
        # a kinship or role word opening the finding ("Дружина Віра Степанівна"): the name starts after it
        start = role_before_name(text, start, end, language)
        if self.public is None:
            return start
        spans = list(_NAME_WORD.finditer(text, start, end))
        if len(spans) < 3:
            return start
        for k in range(min(3, len(spans) - 2), 0, -1):
            head_end = spans[k - 1].end()
            rest = spans[k:]
            if not all(w.group(0)[:1].isupper() for w in rest) or len(rest) > 3:
                continue
            m = self.public.match(text[start:head_end], language, "ORGANIZATION")
            if (
                m is not None
                and m.kind in {"body", "media", "country"}
                and self.public.spec.treatment(m.kind) == "keep"
            ):
                return int(rest[0].start())
        return start

    def keep_propagated(self, text: str, finding: Finding, language: str) -> bool:
        """Whether a finding made by name propagation stands (not inside a known name, not public, a person)."""
        return self.entity(text, finding.start, finding.end, finding.entity_type, language) == finding.entity_type
