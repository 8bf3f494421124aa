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
# Function words of one language only, spelt without і/ї/є or ы/э/ъ/ё: what tells a short line's language when its
# letters do not ("наших из Копейска перекинули, может там связи нет").
_RU_WORDS = frozenset(
    "что чтобы как где кто из она оно они его ее если или когда только нет сейчас пока ничего меня мой мое "
    "моего твой твое свой тоже очень надо нужно будет был была было были говорит сказал щас чего почему потому "
    "здесь хорошо спасибо сынок да".split()
)
_UK_WORDS = frozenset(
    "що щоб як хто вона вони його або коли зараз мене мого свого теж дуже треба буде був була було були каже "
    "сказав чому добре синку з".split()
)
_WORD = regex.compile(r"\p{L}+")
# The speaker label that opens a transcript or chat line, with its time code: "ВІЙСЬКОВИЙ: ", "[00:00:12] МАТЬ: ",
# "05:42 «Кедр-3»: ", "Коля Ст. 18:02: ", "Оксана 🕊: ". A Ukrainian edition labels the Russian original in Ukrainian
# ("Окупант:", "МАТИ:"): the label's і/ї/є say nothing of the line's own language.
_LINE_LABEL = regex.compile(
    r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:[\p{L}«»\"'’.\p{So}-]+[ \t]*){1,3}"
    r"(?:\d{1,2}:\d{2})?[ \t]*:[ \t]+"
)


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


def _line_letters(line: str, *, labelled: bool = True) -> tuple[bool, bool]:
    """Whether the line, less its speaker label, is Ukrainian and Russian by its letters (і ї є ґ; ы э ъ ё) or,
    having neither, by its function words ("кто из", "мой" against "хто з", "що")."""
    label = _LINE_LABEL.match(line) if labelled else None
    said = line[label.end() :] if label is not None else line
    uk, ru = any(c in _UK_ONLY for c in said), any(c in _RU_ONLY for c in said)
    if uk or ru:
        return uk, ru
    words = [w.lower() for w in _WORD.findall(said)]
    uk_words = sum(w in _UK_WORDS for w in words)
    ru_words = sum(w in _RU_WORDS for w in words)
    return uk_words > ru_words, ru_words > uk_words


def _own_languages(text: str, scripts: list[tuple[int, int, str | None]], block_lang: str) -> list[str]:
    """The language of each Cyrillic line of a block: its own where its letters tell (Russian letters and no
    Ukrainian ones, or the reverse), else that of the nearest line that tells, else the block's.

    A Ukrainian publication quotes a Russian call or chat in the original under its own heading and labels
    ("Перехоплення СБУ. Мовою оригіналу.", "ВІЙСЬКОВИЙ: Мы с того берега..."): the block's letters make it
    Ukrainian, the quoted lines are Russian and are read by the Russian pipeline. A line with both kinds of letters
    (a Russian quote inside a Ukrainian sentence) keeps the block's language; a line with neither ("ДРУГ: Не, в
    марте.") takes its neighbours'. A lone line of the other language (one turn of a dialogue that alternates
    languages) keeps the block's: only two or more consecutive lines of the other language are read in their own.
    """
    told: list[str | None] = []
    mixed: set[int] = set()  # lines with both kinds of letters (a Russian quote and the editor's Ukrainian gloss)
    for i, (a, b, sc) in enumerate(scripts):
        if sc != "cyr":
            told.append(None)
            continue
        uk, ru = _line_letters(text[a:b])
        if uk and ru:
            mixed.add(i)
        told.append(block_lang if uk and ru else "ru" if ru else "uk" if uk else None)
    if block_lang not in {"ru", "uk"}:
        return [block_lang] * len(scripts)
    # A dialogue whose turns alternate languages line by line (a Ukrainian question, the Russian answer; a
    # Ukrainian-speaking mother, her Russian son) is one exchange: a single line of the other language between lines
    # of the block's keeps the block's, so the answer is read with its question (a date of birth after "Дата
    # народження?", a call sign after the radio call). Only two or more consecutive told lines of the other language
    # (short untold lines between them do not break the stretch) are read in their own.
    said = [i for i, t in enumerate(told) if t is not None]
    k = 0
    while k < len(said):
        j = k
        while j + 1 < len(said) and told[said[j + 1]] == told[said[k]]:
            j += 1
        if told[said[k]] != block_lang and j == k:
            told[said[k]] = block_lang
        k = j + 1
    # Stretches of the other language that lines of the block's own interrupt are the turns of one exchange (the
    # mother's two Ukrainian lines, the son's two Russian ones, and again): the block is read whole. A Ukrainian
    # edition's heading, the Russian transcript and a closing note have one stretch; a line with both kinds of letters
    # (the editor's gloss inside a quoted line) interrupts nothing.
    pure = [t for i, t in enumerate(told) if t is not None and i not in mixed]
    stretches = [t for n, t in enumerate(pure) if n == 0 or pure[n - 1] != t]
    if sum(t != block_lang for t in stretches) != 1:
        return [block_lang] * len(scripts)
    out: list[str] = []
    for i, t in enumerate(told):
        if t is None:
            before = next((x for x in reversed(told[:i]) if x is not None), None)
            after = next((x for x in told[i + 1 :] if x is not None), None)
            t = before or after or block_lang
        out.append(t)
    return out


# Words of a quotation said, not a name: "«Камышинские электросети»", "чат «Жёны 1468 полка»" are names.
_QUOTED_WORDS = 4
# A quotation inside a line, its marks outside the group: a Ukrainian sentence quoting the Russian original.
_QUOTATION = regex.compile(r"[«\"“„](?P<q>[^«»\"“”„\n]+)[»\"”“]")


# What a quotation said has and a quoted name has not: a clause's punctuation inside it.
_SAID_MARKS = regex.compile(r"[,.!?:;…—–]")


def _quoted_name(quote: str) -> bool:
    """Whether a quotation of four words or more reads as a name, not a sentence said: it opens with a capital and
    has no clause punctuation, function word or finite verb («Нижнекамский завод технического углерода», «Управление
    Федеральной службы исполнения наказаний» after "працював у"), where a sentence said has one of them («Тут нас
    как мясо кидают», «МАГАТЭ потом опять приедет») or opens in lowercase («подвоз только ночью и пешком»)."""
    from redact.recognizers.nlp.morph import parses

    words = _WORD.findall(quote)
    if not words or not words[0][0].isupper() or _SAID_MARKS.search(quote):
        return False
    if any(w.lower() in _RU_WORDS or w.lower() in _UK_WORDS for w in words):
        return False
    uk, ru = _line_letters(quote, labelled=False)
    language = "uk" if uk and not ru else "ru"
    return not any(any(t in p.tag.grammemes for t in ("VERB", "PRED")) for w in words for p in parses(w, language)[:1])


def _split_quotes(text: str, pieces: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Russian and Ukrainian pieces with a quotation in the other language cut around it: "Окупант скаржиться: «Лёха
    Сизов двухсотый, нас под Изюмом держат»" reads the quote with the Russian pipeline and the frame with the
    Ukrainian one. Only a quotation of :data:`MIN_RUN_LETTERS` letters and four words or more (a sentence, not a
    quoted name) whose own letters or function words tell its language."""
    out: list[tuple[int, int, str | None]] = []
    for a, b, lang in pieces:
        if lang not in {"ru", "uk"}:
            out.append((a, b, lang))
            continue
        quotes = list(_QUOTATION.finditer(text, a, b))
        if not quotes:
            out.append((a, b, lang))
            continue
        # the frame's own language, its quotations and speaker label left out ("Окупант скаржиться: «...»": Ukrainian)
        bounds = zip([a] + [q.end() for q in quotes], [q.start() for q in quotes] + [b], strict=True)
        frame = "".join(text[x:y] for x, y in bounds)
        uk, ru = _line_letters(frame)
        lang = "ru" if ru and not uk else "uk" if uk and not ru else lang
        pos = a
        for m in quotes:
            quote = m.group("q")
            if (
                sum(ch.isalpha() for ch in quote) < MIN_RUN_LETTERS
                or len(_WORD.findall(quote)) < _QUOTED_WORDS
                or _quoted_name(quote)
            ):
                continue  # a quoted name ("МУП «Камышинские электросети»") is read whole with its head
            uk, ru = _line_letters(quote, labelled=False)
            own = "ru" if ru and not uk else "uk" if uk and not ru else None
            if own is None or own == lang:
                continue
            if m.start("q") > pos:
                out.append((pos, m.start("q"), lang))
            out.append((m.start("q"), m.end("q"), own))
            pos = m.end("q")
        if pos < b:
            out.append((pos, b, lang))
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
        own = _own_languages(text, scripts, cyr_lang)
        for (a, b, sc), lang in zip(scripts, own, strict=True):
            label = lang if sc == "cyr" else sc
            labelled.extend(
                _split_quotes(text, _split_scripts(text, a, b, lang)) if sc is not None else [(a, b, label)]
            )
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
