"""Document-level propagation: once a name is found anywhere, find it everywhere in the document.

A recognizer may need a cue to find "Grom" ("call sign Grom") or a full name
to find "Volkov" ("Sergei Volkov"), but the bare repeats later in the same
document identify the same person. For every PERSON and CALL_SIGN finding,
each of its name tokens (given name, surname, call-sign word) is searched for
in the whole document in the forms :func:`variants` gives for the language,
and every occurrence becomes a finding of the same type from the recognizer
``DocumentPropagation``, scored :data:`SCORE_DROP` below its source.

Tokens that would spread noise are not propagated: shorter than
:data:`MIN_LETTERS`, stop words, kinship words, ranks and titles.

Languages plug in their own forms with :func:`register_variants`: English
uses the token as written, Title-case and ALL-CAPS ("Volkov", "VOLKOV", and
"Volkov's" through the word boundary); Russian and Ukrainian can add
inflected forms (Андрей → Андрея, Андрею, …).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import ahocorasick
import regex

from redact.resolve import Finding

__all__ = [
    "PROPAGATED",
    "whole_words",
    "RECOGNIZER",
    "SCORE_DROP",
    "MIN_LETTERS",
    "register_variants",
    "variants",
    "name_tokens",
    "propagate",
    "propagate_numbers",
    "NUMBERED",
]

PROPAGATED = frozenset({"PERSON", "CALL_SIGN"})
RECOGNIZER = "DocumentPropagation"
SCORE_DROP = 0.05
MIN_LETTERS = 3

VariantsFn = Callable[[str], Iterable[str]]
_VARIANTS: dict[str, VariantsFn] = {}

_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*\p{L}|\p{L}")
_GLUED = regex.compile(r"[_\p{N}]")
# A name of capitalised words joined by a lower-case word of origin, on one line: spread as written, whole.
_WHOLE_NAME = regex.compile(r"\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?[ \t](?:from|из|с|со|з|із|зі)[ \t]\p{Lu}\p{L}+")
# The number of a numbered station after its word: "Baikal-7", "Кедр-12".
_STATION_NUMBER = regex.compile(r"-\d{1,3}(?![\p{L}\p{N}_])")
# Words that are names only as part of a name: never spread on their own. English stop words come from
# spaCy; the rest are what transcripts put next to names (kinship, ranks, titles, address words).
_NEVER = frozenset(
    """
    mom mum mama mamma mommy mother mam dad daddy papa father batya son sonny synok daughter brother bro bratan
    sister wife husband grandma granny grandmother babushka babulya baba grandpa granddad grandfather ded dedushka
    uncle aunt auntie nephew niece cousin kum kuma darling honey dear love baby guys lads boys friend comrade
    private corporal sergeant junior senior staff lieutenant captain major colonel general commander commandant
    ensign praporshchik starshina officer soldier fighter medic gunner driver sniper scout chief deputy
    kombat komandir mr mrs ms miss dr doctor sir madam saint lord god old young little big small new
    call sign callsign nickname
    """.split()
)


def _english(token: str) -> Iterable[str]:
    yield token
    yield token.upper()
    yield token[:1].upper() + token[1:].lower()


def register_variants(language: str, fn: VariantsFn) -> None:
    """Use ``fn(token)`` for the surface forms of a name token in ``language`` (replaces any earlier one)."""
    _VARIANTS[language] = fn


def variants(token: str, language: str) -> set[str]:
    """Every surface form to search for ``token`` in ``language`` (the token itself included)."""
    fn = _VARIANTS.get(language, _english)
    return {v for v in fn(token) if v}


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return _NEVER
    return _NEVER | frozenset(STOP_WORDS)


_STOP = _stop_words()


def name_tokens(surface: str) -> list[str]:
    """The tokens of a name worth propagating (possessive stripped, stop words and short tokens dropped)."""
    out = []
    for m in _TOKEN.finditer(surface):
        tok = m.group(0)
        if _GLUED.match(surface, m.end()) or (m.start() > 0 and _GLUED.match(surface, m.start() - 1)):
            # Part of an identifier ("MILITARY_UNIT" in a label, "Ivan2024"): spreading "Military" would hit
            # every ordinary use of the word.
            continue
        if tok.endswith(("'s", "’s")):
            tok = tok[:-2]
        letters = sum(ch.isalpha() for ch in tok)
        if letters < MIN_LETTERS or tok.casefold() in _STOP:
            continue
        # A lone capital run inside a name ("D.A.") or an all-lower-case common word is not worth spreading.
        out.append(tok)
        numbered = _STATION_NUMBER.match(surface, m.end())
        if numbered and tok[:1].isupper():
            out.append(tok + numbered.group())  # "Baikal-7": the station with its number, the longer form wins
    return out


class _Cover:
    """Spans added one by one, and "is [start, end) inside one of them?" in about O(1).

    Spans are bucketed by start; a span can only lie inside one that starts at most ``longest``
    characters before it, so a query reads a few buckets. Scanning every span per match made
    propagation quadratic: a 0.5 MB transcript spent 31 s of 102 s there.
    """

    _BUCKET = 512

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._buckets.setdefault(start // self._BUCKET, []).append((start, end))
        self._longest = max(self._longest, end - start)

    def contains(self, start: int, end: int) -> bool:
        for bucket in range((start - self._longest) // self._BUCKET, start // self._BUCKET + 1):
            for s, e in self._buckets.get(bucket, ()):
                if s <= start and end <= e:
                    return True
        return False


def propagate(
    text: str,
    findings: Sequence[Finding],
    language: str,
    *,
    floor: Callable[[str], float] = lambda _entity: 0.0,
    allowed: Callable[[str, str], bool] = lambda _surface, _entity: False,
) -> list[Finding]:
    """``findings`` plus one finding per further occurrence of each PERSON/CALL_SIGN name token.

    ``floor(entity)`` is the lowest score a propagated finding may get (the policy threshold);
    ``allowed(surface, entity)`` drops forms the policy's allow list keeps.
    """
    best: dict[tuple[str, str], float] = {}
    for f in findings:
        if f.entity_type not in PROPAGATED:
            continue
        surface = text[f.start : f.end]
        for tok in name_tokens(surface):
            for form in variants(tok, language):
                key = (form, f.entity_type)
                best[key] = max(best.get(key, 0.0), f.score)
        if _WHOLE_NAME.fullmatch(surface):
            # a display name with a word no token carries ("Vera from Pogar", "Юля из Тамбова"): its repeats whole
            key = (surface, f.entity_type)
            best[key] = max(best.get(key, 0.0), f.score)
    if not best:
        return list(findings)
    existing = {(f.start, f.end, f.entity_type) for f in findings}
    covered = {entity: _Cover((f.start, f.end) for f in findings if f.entity_type == entity) for entity in PROPAGATED}
    out = list(findings)
    by_form: dict[str, list[tuple[str, float]]] = {}
    for (form, entity), score in best.items():
        by_form.setdefault(form, []).append((entity, score))
    for start, end in whole_words(text, by_form):
        surface = text[start:end]
        for entity, score in by_form[surface]:
            if (start, end, entity) in existing or allowed(surface, entity):
                continue
            if covered[entity].contains(start, end):
                continue  # already inside a finding of the same type
            new_score = round(max(floor(entity), score - SCORE_DROP), 4)
            out.append(Finding(start, end, entity, new_score, RECOGNIZER))
            existing.add((start, end, entity))
    return out


# The regex module's Unicode tables (newer than the interpreter's unicodedata: U+31350, a CJK letter since
# Unicode 15, is unassigned to Python 3.11's str.isalpha), so the Aho-Corasick path and the regex agree.
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}_]")


def _word_char(ch: str) -> bool:
    return _WORD_CHAR.match(ch) is not None


def whole_words(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    r"""(start, end) of every occurrence of one of ``forms`` not inside a longer word, left to right.

    At each start the longest form wins and matches do not overlap: what the regex
    ``(?<![\p{L}\p{N}_])(?:longest|...|shortest)(?![\p{L}\p{N}_])`` finds, but through one
    Aho-Corasick pass. Compiling that alternation anew for every document was a tenth of the
    time of a run over many small files.
    """
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for form in forms:
        if form:
            automaton.add_word(form)
    if not len(automaton):
        return []
    automaton.make_automaton()
    longest: dict[int, int] = {}
    size = len(text)
    for last, length in automaton.iter(text):
        start, end = last - length + 1, last + 1
        if start > 0 and _word_char(text[start - 1]):
            continue
        if end < size and _word_char(text[end]):
            continue
        if longest.get(start, -1) < end:
            longest[start] = end
    out: list[tuple[int, int]] = []
    reached = -1
    for start in sorted(longest):
        if start >= reached:
            out.append((start, longest[start]))
            reached = longest[start]
    return out


# --- numbers read back: a unit number or phone found once is withheld in every other form -----------------

NUMBERED: dict[str, int] = {"MILITARY_UNIT": 3, "PHONE_NUMBER": 4, "ID_NUMBER": 5}
"""Entity types whose numbers are propagated, with the fewest digits a number must have to spread."""

_DIGIT_GROUP = regex.compile(r"\d+")
# Ordinal endings a read-back unit number may carry: 611th, 155-й, 20-го, 93-тя, 47-ї.
_ORDINAL_TAIL = r"(?:st|nd|rd|th|\s?-\s?\p{L}{1,3})"
# What may follow a written number, with the ordinal ending required or optional (see _written).
_AFTER_NUMBER = {
    True: regex.compile(r"(?!\p{N})" + _ORDINAL_TAIL + r"(?!\p{L})"),
    False: regex.compile(r"(?!\p{N})" + _ORDINAL_TAIL + r"?(?!\p{L})"),
}
_LETTER_OR_NUMBER = regex.compile(r"[\p{N}\p{L}]")
_UPPER = regex.compile(r"\p{Lu}")


def _written(text: str, number: str, tail_required: bool) -> Iterator[tuple[int, int]]:
    """Where ``number`` is written in ``text``: the matches, in order and not overlapping, of
    ``(?<![\\p{N}\\p{L}])\\p{Lu}?NUMBER(?!\\p{N})TAIL(?!\\p{L})`` (a glued capital letter before it, an ordinal
    ending after it), found with ``str.find`` and two precompiled patterns instead of one pattern compiled per
    number and document."""
    after = _AFTER_NUMBER[tail_required]
    last_end = 0
    i = text.find(number)
    while i >= 0:
        start = i
        if i > 0 and _UPPER.match(text, i - 1) is not None:
            start = i - 1  # a capital glued on: the number starts a word only if nothing precedes the capital
            ok = start == 0 or _LETTER_OR_NUMBER.match(text, start - 1) is None
        else:
            ok = i == 0 or _LETTER_OR_NUMBER.match(text, i - 1) is None
        if ok and start >= last_end:
            m = after.match(text, i + len(number))
            if m is not None:
                last_end = m.end()
                yield start, last_end
        i = text.find(number, i + 1)


def _numbers(surface: str, entity: str) -> set[str]:
    digits = "".join(_DIGIT_GROUP.findall(surface))
    groups = {g for g in _DIGIT_GROUP.findall(surface) if len(g) >= NUMBERED[entity]}
    if entity != "MILITARY_UNIT" and len(digits) >= NUMBERED[entity]:
        groups.add(digits)
    return groups


def propagate_numbers(
    text: str,
    findings: Sequence[Finding],
    *,
    floor: Callable[[str], float] = lambda _entity: 0.0,
) -> list[Finding]:
    """``findings`` plus every other place the document repeats a found unit, phone or ID number.

    Transcripts read numbers back: "military unit 71348" is repeated as "seven, one, three,
    four, eight", "ends in 41-19" as "Forty-one nineteen", "в/ч 64217" as "Шестьдесят четыре
    двести семнадцать", "військова частина А4917" as a bare "А4917", the 611th Regiment as
    "the 611th". Each number of a finding is searched for written in digits (with a glued
    letter prefix or an ordinal ending; three-digit unit numbers only with an ordinal ending,
    so "155" alone stays) and spoken in English, Russian or Ukrainian number words.
    """
    # The spoken-phone recognizer's number-word reader: one reader for both keeps them agreeing.
    from redact.recognizers.nlp.numbers import number_runs, spoken_digits

    wanted: dict[str, tuple[str, float]] = {}
    for f in findings:
        if f.entity_type in NUMBERED:
            for number in _numbers(text[f.start : f.end], f.entity_type):
                if number not in wanted or wanted[number][1] < f.score:
                    wanted[number] = (f.entity_type, f.score)
    if not wanted:
        return list(findings)
    out = list(findings)
    taken = _Cover((f.start, f.end) for f in findings if f.entity_type in NUMBERED)

    def add(start: int, end: int, entity: str, score: float) -> None:
        if taken.contains(start, end):
            return
        out.append(Finding(start, end, entity, round(max(floor(entity), score - SCORE_DROP), 4), RECOGNIZER))
        taken.add(start, end)

    for number, (entity, score) in wanted.items():
        for start, end in _written(text, number, entity == "MILITARY_UNIT" and len(number) < 4):
            add(start, end, entity, score)
    for run in number_runs(text, min_len=2):
        # Try every sub-run, longest first, so "unit... seven, one, three, four, eight" is read whole.
        n = len(run)
        for length in range(n, 1, -1):
            for i in range(0, n - length + 1):
                part = run[i : i + length]
                digits = spoken_digits(part)
                if digits and digits.lstrip("+") in wanted:
                    entity, score = wanted[digits.lstrip("+")]
                    add(part[0].start, part[-1].end, entity, score)
    return out
