"""What every language's fitting shares: the lines and segments a replacement stays inside, speaker labels,
sentence starts, the language of the words around a finding, the placeholder a removal writes and hashtags.

:func:`split_at_lines` and :func:`lines_of` are also the pipeline's cut of a finding at line breaks
(:mod:`redact.pipeline`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import regex

from redact.abbreviations import alternation as _abbreviations
from redact.resolve import Span

# What a removal inside a sentence writes, per entity type: (English noun, Russian, Ukrainian).
# A year a date of birth generalises to ("1996"): the English and Cyrillic rendering both test for it.
YEAR = regex.compile(r"(?:19|20)\d\d")

WITHHELD: dict[str, tuple[str, str, str]] = {
    "PHONE_NUMBER": ("number withheld", "номер скрыт", "номер приховано"),
    "EMAIL_ADDRESS": ("e-mail withheld", "почта скрыта", "пошту приховано"),
    "SOCIAL_HANDLE": ("account withheld", "аккаунт скрыт", "акаунт приховано"),
    "ID_NUMBER": ("document number withheld", "номер документа скрыт", "номер документа приховано"),
    "VEHICLE_PLATE": ("plate withheld", "номер машины скрыт", "номер машини приховано"),
    "COORDINATES": ("coordinates withheld", "координаты скрыты", "координати приховано"),
    "CREDIT_CARD": ("card number withheld", "номер карты скрыт", "номер картки приховано"),
    "IMEI": ("IMEI withheld", "IMEI скрыт", "IMEI приховано"),
}
_WITHHELD_ANY = ("withheld", "скрыто", "приховано")


def placeholder(entity: str, lang: str) -> str:
    """The neutral placeholder a removal writes inside a sentence, in ``lang`` (en, ru, uk)."""
    words = WITHHELD.get(entity, _WITHHELD_ANY)
    return "[" + words[{"ru": 1, "uk": 2}.get(lang, 0)] + "]"


# A speaker label at the start of a line: "SOLDIER:", "МАТЬ:", "Speaker 2:", "SPEAKER_01:", "- MOTHER:".
_LABEL = regex.compile(
    r"^[ \t]*(?:[-–—][ \t]*)?(?:\[[^\]\n]{0,20}\][ \t]*)?[\p{L}\p{N}][\p{L}\p{N}_ .'’ʼ-]{0,30}:[ \t]*"
)
# An all-capitals label inside a finding ("SOLDIER: Ivan"): the finding is cut there.
CAPS_LABEL = regex.compile(r"^[\p{Lu}][\p{Lu}\p{N}_ .'’ʼ-]{0,30}:[ \t]*")

SENTENCE_END = regex.compile(r"[.!?…][\"'»”’)\]]*[ \t]+$")

# Abbreviations before a name or number (с. Зелений Гай, ул. Ленина, тел. 8-912...): their full stop ends no sentence.
# Any one lower-case letter, or the abbreviation table's column "fit" (redact/data/abbreviations.tsv).
ABBREV_END = regex.compile(rf"(?<![\p{{L}}])(?:\p{{Ll}}|{_abbreviations('fit')})\.[ \t]+$")

CYR_LETTER = regex.compile(r"[\u0400-\u04ff]")
LAT_LETTER = regex.compile(r"[A-Za-z]")
_UK_LETTER = regex.compile(r"[іїєґІЇЄҐ]")
# Letters and words only Russian writes (Ukrainian has its own: ти, це, його, де, як, що, ні, або).
_RU_SIGN = regex.compile(
    r"[ыэъёЫЭЪЁ]|(?<!\p{L})(?i:что|это|его|она|они|где|как|если|или|нет|сейчас|тоже|только|сказал|говорит|привет)(?!\p{L})"
)


# What may stand between a place and the region the text writes after it: "Torzhok in Tver Oblast", "Torzhok, Tver
# Oblast", "Engels (Saratov region)", "Торжка Тверской области".
_BEFORE_REGION = regex.compile(r"[ \t]*,[ \t]*(?:in[ \t]+)?|[ \t]+in[ \t]+|[ \t]*\([ \t]*|[ \t]+")


def region_follows(text: str, end: int, hi: int) -> str | None:
    """What stands between a place ending at ``end`` and the region the text names right after it ("", ", ",
    " in "), or None when no region follows before ``hi`` (where the next replacement or the line begins): with
    one, the place's label need not locate it."""
    from redact.generalize import region_at

    gap = _BEFORE_REGION.match(text, end, hi)
    if gap is None:
        return None
    after = text[gap.end() : hi]
    lang = "en" if LAT_LETTER.match(after) else ("uk" if _UK_LETTER.search(text[max(0, end - 200) : hi]) else "ru")
    return gap.group(0) if region_at(after, lang) > 0 else None


def line_language(line: str, language: str) -> str:
    """The language of the words around a finding (the finding itself left out): the script most letters use."""
    cyr = len(CYR_LETTER.findall(line))
    lat = len(LAT_LETTER.findall(line))
    if cyr > lat:
        if language == "uk" and not _UK_LETTER.search(line) and _RU_SIGN.search(line):
            return "ru"  # a Russian line in Ukrainian text ("Мы из Курска, его повезли"): its labels are Russian
        return "uk" if language == "uk" or _UK_LETTER.search(line) else "ru"
    if lat:
        return "en"
    return language if language in {"ru", "uk"} else "en"


def sentence_start(prefix: str) -> bool:
    """Whether a replacement after ``prefix`` (its line up to it) opens a sentence."""
    if not prefix.strip() or regex.fullmatch(r"[ \t]*[-–—][ \t]*", prefix):
        return True  # "— Military unit 41611, ...": a dialogue line opens with its dash
    if ABBREV_END.search(prefix[-16:]):
        return False  # "с. Зелений Гай", "ул. Ленина", "тел. ...": an abbreviation's full stop ends no sentence
    if SENTENCE_END.search(prefix[-16:]):
        return True
    m = _LABEL.match(prefix)
    return m is not None and m.end() == len(prefix)


def lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]``, each as its (start, end) in ``text`` without the line break.

    The one walk over a span's lines for both cuts: :func:`split_at_lines` (what is replaced) and
    :func:`redact.pipeline.line_pieces` (what is screened). Their label rules differ on purpose: a replacement keeps
    a label it swallowed as a piece of its own (still replaced); the screen drops the label and judges the rest."""
    lo = start
    for line in text[start:end].split("\n"):
        hi = lo + len(line)
        yield lo, hi
        lo = hi + 1


def stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` less the white space at either end of ``text[a:b]``."""
    chunk = text[a:b]
    return a + len(chunk) - len(chunk.lstrip()), b - (len(chunk) - len(chunk.rstrip()))


def split_at_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans cut at line breaks and after a capitals speaker label, so no replacement crosses either.

    Every piece keeps the finding's type and is still replaced: a finding that swallowed a label
    ("SOLDIER: Ivan") loses nothing to the cut.
    """
    out: list[Span] = []
    for s in spans:
        piece = text[s.start : s.end]
        if "\n" not in piece and not CAPS_LABEL.match(piece):
            out.append(s)
            continue
        for lo, hi in lines_of(text, s.start, s.end):
            label = CAPS_LABEL.match(text[lo:hi])
            cuts = [(lo, lo + label.end() - (len(label.group(0)) - len(label.group(0).rstrip())))] if label else []
            cuts.append((lo + label.end(), hi) if label else (lo, hi))
            for a, b in cuts:
                if text[a:b].strip():
                    a, b = stripped(text, a, b)
                    out.append(replace(s, start=a, end=b))
    return out


Relabel = Callable[[str, str, str, str], str]


def hashtag(
    text: str, start: int, orig: str, operator: str, new: str, entity: str, language: str, relabel: Relabel | None
) -> str | None:
    """What replaces a finding that is (or ends) a hashtag ("#Новоселівка", "#ЗеленийГай"), or None when it is none.

    A hashtag stays a hashtag of the replacement: one word after "#", no brackets, no spaces: a pseudonym run together
    ("#ПавлоКоваль"), a generalised place or unit its kind in the nominative ("#Село", "#Бригада").
    """
    inside = orig.startswith("#")
    if not inside and not (start > 0 and text[start - 1] == "#"):
        return None
    if operator not in {"pseudonym", "generalize", "label"} or not new:
        return None
    if operator == "generalize" and language == "en":
        return None  # English: "#Lipovka" is "[place withheld]", the English place rendering's (no "#Place")
    word = new
    if new.startswith(("[", "<")) or operator == "generalize":
        bare = orig.lstrip("#")
        if operator == "generalize" and relabel is not None and entity in {"LOCATION", "MILITARY_UNIT", "ORGANIZATION"}:
            word = relabel(entity, bare, language, "")
        word = word.strip("[]<>").split(",")[0]
        word = word.lstrip("#")
        if regex.match(r"(?i)(?:an?|the)\s", word):
            word = word.split(" ", 1)[1]
            word = regex.split(r"\s(?:in|of)\s", word)[0]
    pieces = [w for w in regex.split(r"[^\p{L}\p{N}_]+", word) if w]
    if not pieces:
        return None
    tagged = "".join(w[:1].upper() + w[1:] for w in pieces)
    if not orig.lstrip("#")[:1].isupper():
        tagged = tagged[:1].lower() + tagged[1:]
    return ("#" if inside else "") + tagged
