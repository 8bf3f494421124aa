"""Telephone numbers, validated by phonenumbers over the regions the calls involve.

Matches numbers phonenumbers accepts as *valid* (leniency 1) for any of
:data:`REGIONS`, international forms for every country. Known false positive:
none at VALID in tests; at POSSIBLE it would match unit and passport numbers,
which is why leniency stays at 1.
"""

from __future__ import annotations

import bisect
import re
import re._constants as sre_constants
import re._parser as sre_parse
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, NumberParseException, PhoneMetadata
from phonenumbers.phonenumbermatcher import _PATTERN, PhoneNumberMatch, PhoneNumberMatcher
from phonenumbers.phonenumberutil import _PLUS_CHARS as PLUS_CHARS
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from redact.recognizers.nlp import cache as _cache

# Russia, Ukraine, Belarus, Kazakhstan first; then where families and diaspora call from.
REGIONS = ("RU", "UA", "BY", "KZ", "GE", "AM", "MD", "PL", "DE", "GB", "US", "FR", "IL", "TR")

# The shortest national number of any region (DE: 4 digits); international forms are longer.
MIN_DIGITS = 4
_DIGIT_LINE = re.compile(rf"^(?:[^\d\n]*\d){{{MIN_DIGITS}}}[^\n]*", re.MULTILINE)

# A literal digit in a national-prefix transform rule ("1481\\1" turns a 6-digit Guernsey number into 10).
_RULE_REF = re.compile(r"\\\d|\$\d|\\g<\d+>")


def _metadata(cc: int, region: str) -> Any:
    if region == "001":
        return PhoneMetadata.metadata_for_nongeo_region(cc, None)
    return PhoneMetadata.metadata_for_region(region, None)


def _added_digits(meta: Any) -> int:
    """How many digits national-prefix stripping with ``meta`` can add (its transform rule's literal digits)."""
    rule = getattr(meta, "national_prefix_transform_rule", None) if meta is not None else None
    return sum(c.isdigit() for c in _RULE_REF.sub("", rule)) if rule else 0


def _shortest_valid(cc: int) -> int:
    """The fewest digits a valid national significant number under calling code ``cc`` has (any region).

    ``is_valid_number`` first requires the number's length among its region's general possible lengths.
    A region without listed lengths could be valid at any length: 0.
    """
    lengths = []
    for region in COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
        meta = _metadata(cc, region)
        if meta is None:
            continue
        possible = list(meta.general_desc.possible_length or ()) if meta.general_desc is not None else []
        lengths.append(min(possible) if possible else 0)
    return min(lengths) if lengths else 0


@cache
def _international_floor() -> int:
    """Fewest digits of a valid number written with its country code: len(cc) + shortest valid number under cc.

    Stripping uses the country's main region's rule (``parse`` switches to it once a code is read).
    Reading it loads the metadata of every region (~0.1 s), so the figure is kept in the on-disk cache
    under the phonenumbers version and this file's digest.
    """
    key = _cache.key("phone-floor", (phonenumbers.__version__,), (Path(__file__),))
    cached = _cache.load(key)
    if type(cached) is int:  # the cache holds plain JSON data
        return cached
    floor = _compute_international_floor()
    _cache.store(key, floor)
    return floor


def _compute_international_floor() -> int:
    return min(
        len(str(cc)) + _shortest_valid(cc) - _added_digits(_metadata(cc, regions[0]))
        for cc, regions in COUNTRY_CODE_TO_REGION_CODE.items()
        if regions
    )


@cache
def min_symbols(region: str, plus: bool = True) -> int:
    """Fewer digits and letters than this, and no text ``phonenumbers`` parses with default ``region`` is valid.

    ``parse`` never adds digits except through a national-prefix transform rule (counted) and reads
    letters as digits only in vanity numbers (so letters count as digits here). A number read with a
    country code has that code's digits in the text (:func:`_international_floor`); without a plus sign
    (``plus=False``) the code can only follow the region's international dialling prefix (its digits
    too) or be the region's own. A national number is at least the shortest valid number under the
    region's own code, stripped with the region's or its main region's rule. Computed from the
    installed metadata, so an upgrade of phonenumbers keeps the bound sound.
    """
    international = _international_floor()
    own = phonenumbers.country_code_for_region(region)
    if not own:
        return 0
    main = phonenumbers.region_code_for_country_code(own)
    added = max(_added_digits(_metadata(own, region)), _added_digits(_metadata(own, main)))
    floor = min(international, _shortest_valid(own) - added)
    if not plus:
        idd = getattr(_metadata(own, region), "international_prefix", None)
        idd_digits = sre_parse.parse(idd).getwidth()[0] if idd else 0
        floor = min(idd_digits + international, _shortest_valid(own) - added)
    return max(0, floor)


_PLUS = frozenset(PLUS_CHARS)


def _symbols(candidate: str) -> int:
    return sum(1 for c in candidate if c.isdigit() or c.isalpha())


class _ShortCutMatcher(PhoneNumberMatcher):
    """phonenumbers' matcher that does not parse candidates too short to be valid in its region.

    The matcher tries every digit run of the text ("2", "1998", "20th" ...) under every region and
    nearly all fail; parsing them was most of the phone recognizer's time. A candidate with fewer
    digits and letters than :func:`min_symbols` cannot parse to a valid number, so answering "no
    match" without parsing changes nothing: the search, its retry counting and inner-match
    splitting run exactly as before.
    """

    def __init__(self, text: str, region: str, leniency: int) -> None:
        super().__init__(text, region, leniency=leniency)
        valid = leniency >= phonenumbers.Leniency.VALID
        self._floor_plus = min_symbols(region, True) if valid else 0
        self._floor_bare = min_symbols(region, False) if valid else 0

    def _parse_and_verify(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        floor = self._floor_plus if _PLUS.intersection(candidate) else self._floor_bare
        if floor and _symbols(candidate) < floor:
            return None
        return super()._parse_and_verify(candidate, offset)


class _Scout(PhoneNumberMatcher):
    """The matcher's walk over a text when nothing matches, noting every piece it would parse.

    Which candidates and inner groups the matcher tries does not depend on the region until one of
    them parses; so where every piece a line offers is below a region's floor, that region's matcher
    finds nothing on that line and need not see it.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text, "ZZ", leniency=phonenumbers.Leniency.VALID)
        self.pieces: list[tuple[int, bool, int]] = []  # (offset, has a plus sign, digits and letters)

    def _parse_and_verify(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        self.pieces.append((offset, bool(_PLUS.intersection(candidate)), _symbols(candidate)))
        return None

    def tries(self) -> int:
        """How many failed tries the walk used of phonenumbers' budget."""
        return _MAX_TRIES - int(self._max_tries)


_MAX_TRIES = 65535  # PhoneNumberMatcher's default budget of failed tries
# Walks using more than this fall back to every line for every region: far below the budget, so
# dropping lines (and their failed tries) cannot let a region's matcher find what it would have
# missed by running out of tries.
_SCOUT_LIMIT = 8192


CONTEXT = {
    "en": ["phone", "number", "call", "mobile", "cell", "dial", "whatsapp", "telegram", "sim"],
    "ru": ["телефон", "тел", "номер", "мобильн", "сотов", "звон", "набер", "симк", "ватсап"],
    "uk": ["телефон", "тел", "номер", "мобільн", "дзвон", "набери", "симк"],
}


class PhoneNumberRecognizer(PhoneRecognizer):
    """Phone numbers in national and international formats of the calls' regions."""

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES = ["PHONE_NUMBER"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=CONTEXT.get(supported_language, CONTEXT["en"]),
            supported_language=supported_language,
            supported_regions=REGIONS,
            leniency=1,
            name="PhoneNumberRecognizer",
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Presidio's phonenumbers matching, run only on the lines that have enough digits.

        phonenumbers scans the whole text once per region (14 here) and tries to parse every digit
        run; that was a quarter of all analysis time. No candidate crosses a line break (its
        pattern has no newline), and a line with fewer than :data:`MIN_DIGITS` digits cannot hold
        a valid number of any region, so the same matches are found on the digit-bearing lines
        joined by newlines, offsets mapped back.
        """
        starts: list[int] = []
        parts: list[str] = []
        for m in _DIGIT_LINE.finditer(text):
            starts.append(m.start())
            parts.append(m.group())
        if not parts:
            return []
        joined = "\n".join(parts)
        offsets = []  # start of each part inside ``joined``
        pos = 0
        for part in parts:
            offsets.append(pos)
            pos += len(part) + 1
        results = self._match(joined)
        for r in results:
            i = bisect.bisect_right(offsets, r.start) - 1
            shift = starts[i] - offsets[i]
            r.start += shift
            r.end += shift
        return drop_amounts(text, drop_dates(text, results))

    def _match(self, text: str) -> list[RecognizerResult]:
        """Presidio's ``PhoneRecognizer.analyze`` (2.2.366) with the short-cut matcher; results unchanged.

        Each region's matcher sees only the runs (:func:`_runs`) where some piece reaches that
        region's floor (:class:`_Scout`), each with the character on either side of it; runs are
        independent, so the matches and their order are the same as over the whole text.
        """
        scout = _Scout(text)
        for _ in scout:  # pragma: no cover - the scout never matches
            pass
        runs = _runs(text)
        run_starts = [a for a, _ in runs]
        best_plus = [0] * len(runs)
        best_bare = [0] * len(runs)
        for offset, plus, symbols in scout.pieces:
            i = bisect.bisect_right(run_starts, offset) - 1
            if plus:
                best_plus[i] = max(best_plus[i], symbols)
            else:
                best_bare[i] = max(best_bare[i], symbols)
        everything = scout.tries() > _SCOUT_LIMIT
        tried = sorted({bisect.bisect_right(run_starts, offset) - 1 for offset, _, _ in scout.pieces})
        results: list[RecognizerResult] = []
        for region in self.supported_regions:
            if everything:
                segments = [(0, len(text))]
            else:
                fp, fb = min_symbols(region, True), min_symbols(region, False)
                segments = [
                    (max(0, runs[i][0] - 1), min(len(text), runs[i][1] + 1))
                    for i in tried
                    if best_plus[i] >= fp or best_bare[i] >= fb
                ]
            if not segments:
                continue
            starts: list[int] = []  # where each segment starts in ``text``
            offsets: list[int] = []  # and in ``sub``
            pos = 0
            for a, b in segments:
                starts.append(a)
                offsets.append(pos)
                pos += b - a + 1
            # Newline between segments: outside the pattern, neither a Latin letter nor a currency sign,
            # so the matcher's look at the character before and after a number sees what it saw before.
            sub = "\n".join(text[a:b] for a, b in segments)
            # Presidio reassigns its loop variable here, so a number that fails to parse without a region
            # is explained with the region of the previous match: kept, for identical explanations.
            label = region
            for match in _ShortCutMatcher(sub, region, int(self.leniency or 0)):
                try:
                    parsed = phonenumbers.parse(sub[match.start : match.end])
                    label = phonenumbers.region_code_for_number(parsed)
                except NumberParseException:
                    pass
                result = self._get_recognizer_result(match, sub, label, None)  # type: ignore[no-untyped-call]
                j = bisect.bisect_right(offsets, match.start) - 1
                result.start += starts[j] - offsets[j]
                result.end += starts[j] - offsets[j]
                results.append(result)
        return EntityRecognizer.remove_duplicates(results)


_DATE = re.compile(r"(?<!\d)[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d)")


def drop_dates(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop matches holding a dd.mm.yyyy date: "(02.11.1988 – 19.07.2023)" is a life span, not a number."""
    return [r for r in results if not _DATE.search(text, r.start, r.end)]


# A sum of money grouped in thousands: round thousands ("Собрано 214 000 из 390 000", "raised 150 000"), or any grouped
# figure with its currency after it ("12 500 грн", "48 300 руб.", "7 500 ₽"). A phone number is grouped in twos and
# threes by its own plan, and none is written as a round thousand.
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
# (up to six figures: a nine-digit national number may end in "000")
_ROUND_THOUSANDS = re.compile(r"\d{1,3}[ \u00a0\u202f\u2009]000")
_CURRENCY_AFTER = re.compile(
    r"\s?(?:руб|грн|гривен|гривень|гривн|тыс|тис|₽|₴|\$|€|USD|UAH|RUB|rub|hryvn|dollars|euros)", re.IGNORECASE
)


def drop_amounts(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop matches that are sums of money: round thousands, or a figure grouped in thousands before its currency."""
    kept = []
    for r in results:
        value = text[r.start : r.end]
        if _ROUND_THOUSANDS.fullmatch(value) or (re.fullmatch(_GROUPED, value) and _CURRENCY_AFTER.match(text, r.end)):
            continue
        kept.append(r)
    return kept


def _pattern_alphabet() -> re.Pattern[str]:
    """One character the matcher's candidate pattern can consume (its literals and classes, same flags).

    The pattern (phonenumbers' ``_PATTERN``) has only literals, classes, ``\\d``, groups and repeats: no
    anchors, look-arounds or ``.``, which :func:`_runs` relies on (checked here, so an upgrade that
    changes it fails loudly instead of silently changing results).
    """
    literals: set[str] = set()
    ranges: list[tuple[int, int]] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is sre_constants.LITERAL:
                literals.add(chr(av))
            elif op is sre_constants.IN:
                for o, a in av:
                    if o is sre_constants.LITERAL:
                        literals.add(chr(a))
                    elif o is sre_constants.RANGE:
                        ranges.append(a)
                    elif not (o is sre_constants.CATEGORY and a is sre_constants.CATEGORY_DIGIT):
                        raise RuntimeError("unexpected class item in phonenumbers' pattern")
            elif op is sre_constants.MAX_REPEAT:
                walk(av[2])
            elif op is sre_constants.SUBPATTERN:
                walk(av[3])
            elif op is sre_constants.BRANCH:
                for branch in av[1]:
                    walk(branch)
            else:
                raise RuntimeError("unexpected construct in phonenumbers' pattern")

    walk(sre_parse.parse(_PATTERN.pattern, _PATTERN.flags))
    cls = "".join(re.escape(c) for c in sorted(literals))
    cls += "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges)
    return re.compile(rf"(?:[{cls}]|\d)+", _PATTERN.flags)


_ALPHABET_RUN = _pattern_alphabet()


def _runs(text: str) -> list[tuple[int, int]]:
    """Maximal stretches of characters the candidate pattern can consume, as [start, end).

    No candidate, inner group or time-stamp suffix crosses a character outside them, and the
    matcher reads at most the one character before and after a candidate: so each run is searched
    the same way alone (with its neighbours) as inside the whole text.
    """
    return [m.span() for m in _ALPHABET_RUN.finditer(text)]
