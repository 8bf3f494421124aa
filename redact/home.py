"""Home beats size: is a place named as someone's home ("born in Kharkiv", "родом из Курска", "мешканець Львова")?

A grammar over cue lemmas within a window, in English, Russian and Ukrainian. Walking back from the place
through at most :data:`MAX_FILLER` filler words (articles, prepositions, "city of", "селе", "рідному"), the
next word must be a home cue:

* a cue lemma: born, raised, grow (up), live, reside, native, resident, hometown, home; родом, уроженец,
  житель, земляк, жить, проживать, родиться, вырасти, прописать; родом, уродженець, мешканець, житель,
  жити, проживати, народитися, вирости; or
* "from" / "из" / "з" after a word saying who is from there: a form of *be* or *come*, "originally", a
  personal pronoun, a person noun ("a soldier from Buryatia", "парень из Читы", "хлопець зі Львова").

After the place, "native", "-born", "resident", "man", "woman", "family" ("a Kursk man", "Kharkiv-born")
also make it a home. The window never crosses a sentence end or a line break. A place in home context is
withheld whatever its size; everywhere else the public register may keep it.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["MAX_FILLER", "home_context"]

MAX_FILLER = 4
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ-]*\.?")
_STOP = regex.compile(r"[.!?;:\n]\s|[\n\r]")

# English: inflected form -> lemma, for the few verbs the grammar needs.
_EN_FORMS = {
    "born": "bear",
    "raised": "raise",
    "grew": "grow",
    "grown": "grow",
    "growing": "grow",
    "lived": "live",
    "lives": "live",
    "living": "live",
    "resides": "reside",
    "resided": "reside",
    "residing": "reside",
    "natives": "native",
    "residents": "resident",
    "hometowns": "hometown",
    "comes": "come",
    "came": "come",
    "coming": "come",
    "hails": "hail",
    "hailed": "hail",
    "is": "be",
    "was": "be",
    "are": "be",
    "were": "be",
    "am": "be",
    "'s": "be",
    "’s": "be",
    "'m": "be",
    "’m": "be",
    "'re": "be",
    "’re": "be",
    "been": "be",
    "being": "be",
    "men": "man",
    "women": "woman",
    "families": "family",
    "soldiers": "soldier",
    "boys": "boy",
    "girls": "girl",
}
_EN_CUES = frozenset("bear raise grow live reside native resident hometown home".split())
_EN_FILLER = frozenset(
    """
    in at of near outside up the a an his her their my our your its small tiny little native city town village
    hamlet settlement district region oblast province county area suburb suburbs countryside nearby
    """.split()
)
_EN_FROM = frozenset({"from"})
_EN_WHO = frozenset(
    """
    be come hail originally i he she we they you man woman boy girl guy soldier conscript recruit volunteer
    family people student teacher mother father son daughter wife husband brother sister fighter serviceman
    """.split()
)
_EN_AFTER = frozenset("native born resident man woman boy girl family couple local".split())

_RU_CUES = frozenset(
    """
    родом уроженец уроженка житель жительница земляк землячка жить проживать родиться вырасти прописать
    прописанный родной уродженець уродженка мешканець мешканка жителька жити проживати народитися
    вирости прописаний рідний
    """.split()
)
_RU_FILLER = frozenset(
    """
    в во на под у около возле близ город село посёлок поселок деревня станица хутор пгт г с д п ст небольшой
    маленький родной район область край областной районный республика
    місто село селище смт м невеликий маленький рідний район область край під біля
    """.split()
)
_RU_FROM = frozenset({"из", "изо", "с", "з", "із", "зі"})
_RU_WHO = frozenset(
    """
    я он она мы они ты вы сам сама сами родом быть парень мужчина женщина девушка солдат боец военный
    мобилизованный призывник контрактник семья сын дочь муж жена
    він вона ми вони ти ви хлопець чоловік жінка дівчина боєць військовий мобілізований родина
    """.split()
)


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, language: str) -> frozenset[str]:
    w = word.lower().rstrip(".")
    if language == "en" or not regex.search(r"\p{Cyrillic}", w):
        return frozenset({_EN_FORMS.get(w, w)})
    from recognizers import _morph

    out = set(_morph.lemmas(w, language if language in {"ru", "uk"} else "ru"))
    if language in {"ru", "uk"}:
        out |= _morph.lemmas(w, "uk" if language == "ru" else "ru")
    return frozenset(out | {w})


def _sentence_before(text: str, start: int) -> str:
    lo = max(0, start - 160)
    before = text[lo:start]
    stops = list(_STOP.finditer(before))
    return before[stops[-1].end() :] if stops else before


def _sentence_after(text: str, end: int) -> str:
    after = text[end : end + 60]
    m = _STOP.search(after)
    return after[: m.start()] if m else after


def home_context(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place ``text[start:end]`` is named as someone's home (birthplace, residence, origin)."""
    cyrillic = bool(regex.search(r"\p{Cyrillic}", text[start:end])) or language in {"ru", "uk"}
    lang = language if language in {"ru", "uk"} else ("ru" if cyrillic else "en")
    cues, filler, froms, who = (
        (_RU_CUES, _RU_FILLER, _RU_FROM, _RU_WHO) if lang != "en" else (_EN_CUES, _EN_FILLER, _EN_FROM, _EN_WHO)
    )
    before = [m.group(0) for m in _WORD.finditer(_sentence_before(text, start))]
    skipped = 0
    for i in range(len(before) - 1, -1, -1):
        lem = _lemmas(before[i], lang)
        if lem & cues:
            return True
        if lem & froms and before[i].lower() in froms:
            prev = before[max(0, i - 2) : i]
            return any(_lemmas(w, lang) & who for w in prev)
        if lem & filler or before[i].lower().rstrip(".") in filler:
            skipped += 1
            if skipped > MAX_FILLER:
                return False
            continue
        break
    after = _sentence_after(text, end)
    if lang == "en":
        m = regex.match(r"(?:\s+|-)(\p{L}+)", after)
        if m is not None and _lemmas(m.group(1), "en") & _EN_AFTER:
            return True
    return False
