"""Fitting replacements into their sentence, so the output reads as the language around it.

Operators see only their span's text; what reads right depends on the words around it. After the
operators ran, :func:`fit` looks at each replacement's line and adjusts what is written there:

- English articles: a generalised replacement brings its own article and takes the place of the one
  before it ("the 155th brigade" → "a brigade", never "the a brigade"); after a possessive it drops its
  own ("our brigade"); "a"/"an" before any replacement agrees with it ("an Olenevka" → "a Olenevka" is
  wrong, "a Ivanovka" → "an Ivanovka");
- a lower-case replacement at the start of a sentence or after a speaker label gets a capital;
- a date of birth generalised to its year becomes a phrase ("born on June 7, 1995" → "born in 1995",
  "родился 7 июня 1995 года" → "родился в 1995 году", "народився 7 червня 1995 року" → "народився в
  1995 році");
- Russian and Ukrainian labels take the case the preposition before them governs (в/из области);
- a removal inside a sentence writes a neutral placeholder ("[number withheld]", "[номер скрыт]",
  "[номер приховано]"; wording in :data:`WITHHELD`) instead of leaving "SOLDIER: . That's"; a removal
  in brackets takes its brackets with it.

A fitted replacement may cover a few more characters than its finding (the article it replaced, the
"on" of "on June 7", the brackets of a removed number): its span is widened to say so, so the audit
still lists exactly what was replaced. Widening never crosses a line, a segment or a neighbouring
replacement. :func:`split_at_lines` cuts a finding that crosses a line break or a speaker label into
pieces first, each replaced on its own.

The package is split by language: :mod:`redact.fit.bounds` holds what every language shares (lines, segments,
speaker labels, sentence starts, placeholders, hashtags), :mod:`redact.fit.english` the English rendering (articles,
a/an, places, units, institutions) and :mod:`redact.fit.cyrillic` the Russian and Ukrainian one (case, gender,
labels, prepositions); :func:`fit` here walks the replacements and asks each what its language needs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from redact.fit import cyrillic, english
from redact.fit.bounds import (
    ABBREV_END,
    CAPS_LABEL,
    SENTENCE_END,
    WITHHELD,
    YEAR,
    Relabel,
    hashtag,
    line_language,
    lines_of,
    placeholder,
    sentence_start,
    split_at_lines,
    stripped,
)
from redact.fit.cyrillic import Sexes
from redact.fit.english import article_for

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = ["WITHHELD", "Sexes", "fit", "split_at_lines", "lines_of", "stripped", "article_for", "placeholder"]

_WINDOW = 400


def fit(
    text: str,
    reps: Sequence[Replacement],
    language: str,
    bounds: Sequence[tuple[int, int]] | None = None,
    relabel: Relabel | None = None,
    address: Callable[[str, bool | None], str] | None = None,
    possessive: Callable[[str, str, str], str | None] | None = None,
    in_case: Callable[[str, str, tuple[str, ...], bool | None], str] | None = None,
    sexes: Sexes | None = None,
) -> list[Replacement]:
    """``reps`` (in text order, not overlapping) adjusted to read in their sentences; see the module docstring.

    ``relabel(entity, text, language, before)`` regenerates a generalised label knowing the words before
    it (:func:`redact.generalize.generalize`); ``address(text)`` gives a Ukrainian name's pseudonym in the
    vocative, for a name that calls someone ("Тарасику, де ти?"; :meth:`redact.names.Linker.addressed`);
    ``possessive(text, language, noun)`` the pseudonym of a possessive adjective of a name before ``noun``
    ("Андріїву маму" → "Тарасову маму"; :meth:`redact.names.Linker.possessive`), or None when it is not one;
    ``in_case(text, language, case)`` a name's pseudonym in the case of the kinship word before it ("тітці Раї");
    ``sexes`` renders a name a man and a woman both bear (Саша, Женя) in the sex the words around it show
    (:class:`Sexes`; "Саша сказала" → "Ольга сказала"), or, with no sign near it, the sex shown for the same name
    elsewhere in the document.
    """
    bounds = sorted(bounds) if bounds else [(0, len(text))]
    starts = [b[0] for b in bounds]
    out: list[Replacement] = []
    prev_end = 0
    leads: set[int] = set()
    if relabel is not None:
        reps, leads = english.join_place_words(text, reps, language, relabel)
    places = english.Places(text, reps)
    shown = cyrillic.sexes_shown(text, reps, language, sexes) if sexes is not None and language in {"ru", "uk"} else {}
    shown_en = english.sexes_shown(text, reps) if sexes is not None and language == "en" else {}
    for i, r in enumerate(reps):
        s = r.span
        k = bisect.bisect_right(starts, s.start) - 1
        seg_lo, seg_hi = bounds[k] if k >= 0 and bounds[k][1] >= s.end else (s.start, s.end)
        next_start = reps[i + 1].span.start if i + 1 < len(reps) else len(text)
        # The line around the finding, at most _WINDOW characters each side: a transcript flattened to one
        # long line must not make every replacement read the whole text (quadratic on a 50 MB file).
        floor = max(0, s.start - _WINDOW)
        nl = text.rfind("\n", floor, s.start)
        line_lo = nl + 1 if nl >= 0 else floor
        nl = text.find("\n", s.end, s.end + _WINDOW)
        line_hi = nl if nl >= 0 else min(len(text), s.end + _WINDOW)
        lo = max(line_lo, seg_lo, prev_end, s.start - 80)  # what a fitted span may take in: a few words
        hi = min(line_hi, seg_hi, next_start)
        before, after = text[lo : s.start], text[s.end : hi]
        # The words next to the finding say its language (a Russian quote in an English line is Russian).
        # Only what may change a replacement needs it: a label in angle brackets is written as it is.
        if r.operator in {"remove", "generalize", "pseudonym"} or r.new_text[:1].isalnum():
            near = text[max(line_lo, s.start - 80) : s.start] + " " + text[s.end : min(line_hi, s.end + 80)]
            lang = line_language(near, language)
        else:
            lang = ""
        start, end, new = s.start, s.end, r.new_text
        orig = text[s.start : s.end]
        tag = hashtag(text, s.start, orig, r.operator, new, s.entity_type, language, relabel)
        if tag is not None:  # "#Новоселівка" → "#Село": a hashtag stays one, and no preposition or label is fitted
            out.append(replace(r, new_text=tag))
            prev_end = end
            continue
        if r.operator == "remove":
            opened = regex.search(r"[ \t]*[(\[][ \t]*(?:[\p{L}.]{1,8}\.?[ \t]*:?[ \t]*)?$", before)
            closed = regex.match(r"[ \t]*[)\]]", after)
            if opened and closed:
                start, end, new = lo + opened.start(), s.end + closed.end(), ""
            elif (
                out
                and out[-1].new_text == placeholder(s.entity_type, lang)
                and not text[prev_end : s.start].strip(" \t")
            ):
                start, new = lo, ""  # one number found in two pieces ("8 912 | 345 67 89") is withheld once
            else:
                new = placeholder(s.entity_type, lang)
                if s.entity_type == "DATE_OF_BIRTH" and (mark := english.DOB_MARKER.match(orig)):
                    new = english.marked_dob(mark.group(), new)  # "born [date withheld]"
        elif s.entity_type == "DATE_OF_BIRTH" and r.operator != "keep" and (mark := english.DOB_MARKER.match(orig)):
            new = english.marked_dob(mark.group(), new)  # "born 1996" → "born in 1996" / "born <DATE_OF_BIRTH>"
        elif r.operator == "generalize" and s.entity_type == "DATE_OF_BIRTH" and YEAR.fullmatch(new):
            new, took_before, took_after = (
                english.birth_year(new, before) if lang == "en" else cyrillic.birth_year(new, orig, before, after, lang)
            )
            start, end = start - took_before, end + took_after
        elif r.operator == "generalize" and s.entity_type == "DATE_OF_BIRTH" and lang == "en":
            the = regex.search(r"(?i)(?<![\p{L}])the[ \t]+$", before)  # "on the [date withheld]" → "on [date withheld]"
            if the:
                start = start - (len(before) - the.start())
        elif r.operator == "generalize" and lang in {"ru", "uk"} and relabel is not None:
            if s.entity_type in {"LOCATION", "MILITARY_UNIT", "ORGANIZATION"}:
                start, end, new, orig = cyrillic.place_label(
                    text, s, lo, line_lo, start, end, before, after, orig, out, prev_end, language, lang, relabel
                )
        elif r.operator == "pseudonym" and s.entity_type == "PERSON" and lang in {"ru", "uk"} and r.new_text:
            new = cyrillic.person_name(
                orig, before, after, lang, new, shown.get(i), possessive, in_case, address, sexes
            )
        elif r.operator == "pseudonym" and s.entity_type == "PERSON" and lang == "en" and i in shown_en and sexes:
            new = sexes.of_sex(orig, lang, shown_en[i])  # "His mother, Saida Oorzhak": a woman's pseudonym
        if lang in {"ru", "uk"}:
            start, new = cyrillic.prepositions(text, r, lo, start, before, orig, new, lang)
        if lang == "en":
            joined = i in leads or (i - 1 in leads and not r.new_text)  # a joined pair's label needs its article only
            start, end, new = english.render(
                text, r, lo, start, end, new, before, after, orig, out, prev_end, places, joined
            )
        prefix = text[line_lo:start]
        if new[:1].islower() and new[:1].isalpha() and sentence_start(prefix):
            new = new[:1].upper() + new[1:]
        elif (
            r.operator == "generalize"
            and new[:1] == "["
            and new[1:2].islower()
            and not new.endswith(" withheld]")  # "[number withheld]" reads as the removals' placeholder does
            and (not prefix.strip() or SENTENCE_END.search(prefix[-16:]) or CAPS_LABEL.fullmatch(prefix.lstrip()))
            and not ABBREV_END.search(prefix[-16:])
        ):
            # "[Військова частина], 3 батальйон": a label opening a sentence opens it with a capital
            new = "[" + new[1:2].upper() + new[2:]
        span = s if (start, end) == (s.start, s.end) else replace(s, start=start, end=end)
        out.append(replace(r, span=span, new_text=new))
        prev_end = end
    return out
