"""Where a sentence starts: the one test the Cyrillic name, place and address recognizers share.

A capitalised word at a sentence start is weak evidence of a name (every sentence starts with a capital), so the
recognizers ask whether a word opens a sentence before they trust its capital. A line opens a sentence whatever
decorates it first: hromada and brigade posts open lines with emoji ("🕯 Громада схиляє голови", "⚡️СУМНА ЗВІСТКА",
"💔 Сьогодні ми попрощалися", "🇺🇦 Слава Героям"), quotation marks, brackets and dialogue dashes.
"""

from __future__ import annotations

import regex

__all__ = ["after_time_stamp", "sentence_initial", "sport_around", "SENTENCE_END"]

SENTENCE_END = frozenset(".!?…\n:‼⁉")
_PICTOGRAPH = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]")
# What may stand between a sentence end (or the start of the text) and its first word: spaces, quotation marks,
# brackets, dashes, and pictographs with their variation selectors, joiners and skin-tone or flag parts.
_OPENERS = regex.compile(
    r"[ \t\u00a0«\"'„“(—–\-\p{Sk}\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0E\uFE0F\u200D]+\Z"
)


# A live blog's or a log's time stamp opening a line: "14:22 – Уламки влучили", "[05:42] Росіяни".
_TIME_STAMP = regex.compile(r"(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*[—–\-]?[ \t]*\Z")


def sentence_initial(text: str, start: int, reach: int = 40) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing but openers between it and a sentence end, a line
    break, a pictograph or the start of the text (looking back ``reach`` characters)."""
    before = text[max(0, start - reach) : start]
    m = _OPENERS.search(before)
    if m is not None:
        if _PICTOGRAPH.search(m.group()):
            return True  # "поповнилось ще одним Героєм 💔 У боях": a pictograph ends the sentence before it
        before = before[: m.start()]
    return not before or before[-1] in SENTENCE_END


def after_time_stamp(text: str, start: int, reach: int = 40) -> bool:
    """Whether the word at ``start`` follows a time stamp opening its line ("14:22 – Уламки влучили", "[05:42]
    Росіяни"): a live blog's entry opens a sentence there. A chat's speaker label after its stamp ("[19:03] Рита:")
    is a name all the same, so the name recognizers do not ask this; the common-word grammars do."""
    stamp = _TIME_STAMP.search(text[max(0, start - reach) : start])
    return stamp is not None and (stamp.group().startswith("\n") or start <= reach)


_CLAUSE_END = ".!?;,\n"
# Words of sport in the sentence of a club by its town's adjective: the club is public, its name stays as written.
_SPORT = regex.compile(
    r"(?i)(?<![\p{L}])(?:футбол\p{L}*|хокке\p{L}*|хоккей\p{L}*|баскетбол\p{L}*|волейбол\p{L}*|гандбол\p{L}*|клуб\p{L}*"
    r"|матч\p{L}*|сыграл\p{L}*|зіграл\p{L}*|зіграв|обыграл\p{L}*|обіграл\p{L}*|обіграв|болел\p{L}*|болеет|болею"
    r"|болельщик\p{L}*|вболіва\p{L}*|уболіва\p{L}*|фанат\p{L}*|ультрас|чемпионат\p{L}*|чемпіонат\p{L}*|турнир\p{L}*"
    r"|турнір\p{L}*|кубк?\p{L}{0,3}|тура|туре|туру|стадион\p{L}*|стадіон\p{L}*|команд(?:а|ы|е|у|ой|ою|і)|тренер\p{L}*"
    r"|игрок\p{L}*|гравц\p{L}*|гравець|голкипер\p{L}*|вратар\p{L}*|воротар\p{L}*|форвард\p{L}*|нападающ\p{L}*"
    r"|играл\p{L}{0,2}\s+за|грав\p{L}{0,2}\s+за|выступал\p{L}{0,2}\s+за|виступав\p{L}{0,2}\s+за|премьер-лиг\p{L}*"
    r"|прем['’]єр-ліг\p{L}*|сезон\p{L}*|гол|голы|голів|счётом|счетом|рахунком)(?![\p{L}])"
)


def sport_around(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of sport (a club, a match, a fan): "болел за донецкий
    «Шахтёр»", "перешёл в казанский «Рубин» перед началом сезона"; a clause of its own after a comma does not carry
    it ("працював на Кедрівському «Титані», а вболівав за ...")."""
    lo = max(0, start - 160)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_END)
    hi = min(len(text), end + 160)
    stops = [i for i in (text.find(c, end, hi) for c in _CLAUSE_END) if i >= 0]
    return _SPORT.search(text, max(lo, cut + 1), min(stops) if stops else hi) is not None
