"""Decide a text's language from its script: English, Russian or Ukrainian.

Cyrillic letters above :data:`CYRILLIC_SHARE` of all letters mean Cyrillic
text; Ukrainian-only letters (і ї є ґ) above :data:`UK_SHARE` of the Cyrillic
letters, or at least :data:`UK_MIN` of them, mean Ukrainian.
"""

from __future__ import annotations

from typing import Any

import regex

__all__ = ["detect_language", "language_runs", "CYRILLIC_SHARE", "UK_SHARE", "UK_MIN", "MIN_RUN_LETTERS"]

CYRILLIC_SHARE = 0.3
UK_SHARE = 0.01
UK_MIN = 3
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")
# A line with fewer letters than this ("12:03", "OK", "—") takes its neighbours' language.
MIN_RUN_LETTERS = 12


def detect_language(text: str) -> str:
    """Return ``"en"``, ``"ru"`` or ``"uk"`` for ``text``."""
    latin = cyr = uk = ru = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyr += 1
            if ch in _UK_ONLY:
                uk += 1
            elif ch in _RU_ONLY:
                ru += 1
        elif ch.isascii():
            latin += 1
    letters = latin + cyr
    if letters == 0 or cyr / letters < CYRILLIC_SHARE:
        return "en"
    if uk >= UK_MIN and uk / cyr >= UK_SHARE and uk > ru:
        return "uk"
    return "ru"


# A stretch of Cyrillic words (with the spaces, digits and punctuation between them) inside a Latin line.
# A house or school number right after the last Cyrillic word belongs to it ("на Московском пр-те, 143",
# "в школу № 9"): the address or the institution is read whole in the stretch's language.
# Slashes, number signs and the hash of a tag are inside such a stretch too: "в/ч А7021", "1-кп/752/24", "#Гайсин" cut
# there left a word in two pieces, each read on its own.
_CYRILLIC_STRETCH = regex.compile(
    r"\p{Cyrillic}[\p{Cyrillic}\d\s,.!?…«»\"'’ʼ:;()/№#\u2014\u2013-]*\p{Cyrillic}"
    r"(?:,?\s?(?:№\s?)?\d{1,5}(?:\s?[-/]\s?\d{1,4})?(?:\s?\p{Cyrillic}(?!\p{L}))?(?!\d))?\.?"
)
# Links, addresses of mail and social handles are not English prose: their Latin letters do not make a Russian
# line "mixed" ("… по позывному «Кабан»: vk.com/ira_k74" is one Russian line).
_NOT_PROSE = regex.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|@\w+|(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:com|ru|ua|org|net|info|me|by|kz|su"
    r"|рф|укр)(?:/\S*)?|\b\w*[_\d]\w*\b",
    regex.IGNORECASE,
)


def _prose_latin_letters(text: str) -> int:
    """Latin letters of ``text`` outside links, mail addresses, handles and word-digit codes."""
    return sum(ch.isascii() and ch.isalpha() for ch in _NOT_PROSE.sub(" ", text))


def _cyrillic_letters(text: str, start: int, end: int) -> int:
    return sum(ch.isalpha() and "\u0400" <= ch <= "\u04ff" for ch in text[start:end])


def _split_scripts(text: str, start: int, end: int, cyr_lang: str) -> list[tuple[int, int, str | None]]:
    """One line as pieces: a Russian/Ukrainian quote inside an English sentence is analysed on its own.

    Only when both the Cyrillic stretches and the Latin rest have at least :data:`MIN_RUN_LETTERS` letters;
    otherwise the line stays whole, in the language of its majority script.
    """
    stretches = [
        m
        for m in _CYRILLIC_STRETCH.finditer(text, start, end)
        if sum(ch.isalpha() for ch in m.group()) >= MIN_RUN_LETTERS
    ]
    cyr_letters = sum(sum(ch.isalpha() for ch in m.group()) for m in stretches)
    latin_letters = _prose_latin_letters(text[start:end])
    if not stretches or latin_letters < MIN_RUN_LETTERS:
        line_lang = detect_language(text[start:end])
        if (
            line_lang != "en"
            and latin_letters >= MIN_RUN_LETTERS
            and latin_letters >= _cyrillic_letters(text, start, end)
        ):
            # An English line of dialogue with a short Russian gloss ("(R): Vitalik (Виталик) is gone."): more Latin
            # prose than Cyrillic is English, or its Latin names go to a Russian pipeline that cannot read them.
            return [(start, end, "en")]
        return [(start, end, cyr_lang if line_lang != "en" else "en")]
    if cyr_letters == 0:
        return [(start, end, "en")]
    pieces: list[tuple[int, int, str | None]] = []
    pos = start
    for m in stretches:
        if m.start() > pos:
            pieces.append((pos, m.start(), "en"))
        lang = detect_language(m.group())
        if lang == "en" or (lang == "ru" and cyr_lang == "uk" and not any(c in _RU_ONLY for c in m.group())):
            lang = cyr_lang  # a Ukrainian line's stretch with too few і/ї/є of its own to tell, and no ы/э/ъ/ё
        pieces.append((m.start(), m.end(), lang))
        pos = m.end()
    if pos < end:
        pieces.append((pos, end, "en"))
    return _absorb_short_latin(text, pieces)


def _absorb_short_latin(text: str, pieces: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """A short Latin gap between two Cyrillic stretches ("«Шторм Z» прямо") stays with the text around it."""
    out: list[tuple[int, int, str | None]] = []
    for i, (a, b, lang) in enumerate(pieces):
        between = 0 < i < len(pieces) - 1 and pieces[i - 1][2] != "en" and pieces[i + 1][2] != "en"
        short_gap = lang == "en" and between and sum(ch.isalpha() for ch in text[a:b]) < MIN_RUN_LETTERS
        if out and (short_gap or (lang != "en" and out[-1][2] == lang and out[-1][1] == a)):
            out[-1] = (out[-1][0], b, out[-1][2])
        else:
            out.append((a, b, lang))
    return out


def language_runs(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into (start, end, language) runs of consecutive lines in one language.

    Files that mix languages (an English translation quoting the Russian
    original line by line or paragraph by paragraph) are analysed with the
    right pipeline for each part. Paragraphs are blank-line blocks; inside a
    block each line is classed Latin or Cyrillic, and the Cyrillic lines of
    the block together decide Russian or Ukrainian (one line has too few
    і/ї/є to tell). Short lines (fewer than :data:`MIN_RUN_LETTERS` letters)
    join the run around them, so a time code or "OK" does not cut a passage
    in two. The runs cover ``text`` exactly, in order; a single-language text
    is one run.
    """
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line), line))
        pos += len(line)
    if not lines:
        return [(0, len(text), detect_language(text))]
    # Blocks of lines separated by blank lines; the blank lines stay with the block before them.
    blocks: list[list[tuple[int, int, str]]] = [[]]
    for ln in lines:
        if not ln[2].strip() and blocks[-1] and blocks[-1][-1][2].strip():
            blocks[-1].append(ln)
            blocks.append([])
        else:
            blocks[-1].append(ln)
    labelled: list[tuple[int, int, str | None]] = []
    for block in blocks:
        scripts = [
            (
                a,
                b,
                ("cyr" if detect_language(t) != "en" else "en")
                if sum(c.isalpha() for c in t) >= MIN_RUN_LETTERS
                else None,
            )
            for a, b, t in block
        ]
        cyr_text = "".join(t for (_, _, t), (_, _, sc) in zip(block, scripts, strict=True) if sc != "en")
        cyr_lang = detect_language(cyr_text) if cyr_text.strip() else "ru"
        cyr_lang = "ru" if cyr_lang == "en" else cyr_lang
        if cyr_lang == "ru" and any(c in _UK_ONLY for c in cyr_text) and not any(c in _RU_ONLY for c in cyr_text):
            cyr_lang = "uk"  # a short Ukrainian paragraph: too few і/ї/є for the file-level rule, but no ы/э/ъ/ё
        for a, b, sc in scripts:
            label = cyr_lang if sc == "cyr" else sc
            labelled.extend(_split_scripts(text, a, b, cyr_lang) if sc is not None else [(a, b, label)])
    decided = [lang for _, _, lang in labelled if lang is not None]
    if not decided:
        return [(0, len(text), detect_language(text))]
    runs: list[list[Any]] = []
    current = decided[0]
    for start, end, maybe in labelled:
        lang = maybe or current
        current = lang
        if runs and runs[-1][2] == lang:
            runs[-1][1] = end
        else:
            runs.append([start, end, lang])
    runs[0][0] = 0
    runs[-1][1] = len(text)
    return [(int(a), int(b), str(c)) for a, b, c in runs]
