"""Write a corpus whose private surnames are respelled, to measure recall on surnames no list holds.

Usage: python scripts/perturb_surnames.py OUT_DIR CORPUS... [--seed N] [--places]

Real private people's surnames are as many as the people; a recogniser that finds a surname because a list, a
dictionary entry or one writer's habits know it will miss the next one. For every identifying PERSON span (and, with
``--places``, every identifying LOCATION span) each capitalised word that is no given name, patronymic or initial
gets its first three letters replaced by a random consonant-vowel-consonant start in the same script and letter
case ("Петренко" → "Лопренко", "Сидорову" → "Буморову", "Hrytsenko" → "Lobtsenko"); a PERSON span of one word
is respelled only when it ends as a surname does (-ов, -енко, -чук, -ський...), since a lone first name's nickname
or diminutive ("Юрик", "Валечка") is no surname.
The ending, and so the case, gender and suffix the grammar reads, is kept; one passage maps one three-letter start
to one new start, so every case form of a surname stays one surname. Public (``~``) spans are left as written.

Compare ``redact eval`` (or the per-type recall) of the original and the respelled files: a drop in PERSON recall
is recall that depended on knowing the name. Dev aid: reads and writes the synthetic corpora only.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import regex

from redact.recognizers.nlp.gazetteer import given_name_forms, is_given_name

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_MARK = regex.compile(r"\[([^\[\]\n]+)\]\(([A-Z][A-Z_]*)(~?)\)")
_WORD = regex.compile(r"\p{Lu}(?:[\p{Ll}'’ʼ]{3,}|\p{Lu}{3,})(?![\p{L}])")
_PATRONYMIC = regex.compile(
    r"(?i)(?:ович|евич|овна|евна|ична|івна|ївна|ич|ovich|evich|ovna|evna|ivna|ych|ich)\p{L}{0,3}$"
)
# Surname suffixes with room for a case ending (Russian, Ukrainian, Latin transliteration).
_SURNAME_END = regex.compile(
    r"(?i)(?:ов|ев|ёв|ин|ын|енк|ук|юк|чук|ськ|цьк|ишин|як|ак|ець|ич|ov|ev|in|enk|uk|yuk|chuk|sk|tsk|yak|ak|ets)"
    r"\p{L}{0,3}$"
)
_SHAPES = {
    "cyr": ("бвгдклмнпрстш", "аеиоу"),
    "uk": ("бвгдклмнпрстш", "аеиоу"),
    "lat": ("bdgklmnprstv", "aeiou"),
}


def _shape(lang: str, letter: str) -> tuple[str, str]:
    if regex.match(r"\p{Latin}", letter):
        return _SHAPES["lat"]
    return _SHAPES["uk"] if lang == "uk" else _SHAPES["cyr"]


def _respell(word: str, lang: str, table: dict[str, str], rng: random.Random) -> str:
    head = word[:3].lower()
    if head not in table:
        cons, vows = _shape(lang, head[0])
        # consonant, vowel, consonant: a start such surnames have ("Лоп", "Мир", "Kul"), never a cluster no
        # surname opens with; the three letters it replaces may be any
        table[head] = rng.choice(cons) + rng.choice(vows) + rng.choice(cons)
    new = table[head]
    return (new.upper() if word.isupper() else new[0].upper() + new[1:]) + word[3:]


def _given_form(word: str) -> bool:
    """A case form of a given name in either Cyrillic dictionary (a Russian name in a Ukrainian text: "Игоря")."""
    return bool(_CYRILLIC.search(word)) and any(is_given_name(word.capitalize(), lang) for lang in ("ru", "uk"))


def perturb_text(marked: str, lang: str, rng: random.Random, types: frozenset[str]) -> str:
    """The passage's markup with its private surnames (and places, if asked) respelled."""
    given = given_name_forms()
    table: dict[str, str] = {}

    def one(m: regex.Match[str]) -> str:
        surface, etype, public = m.group(1), m.group(2), m.group(3)
        if public or etype not in types:
            return m.group(0)

        several = len(surface.split()) > 1

        def word(w: regex.Match[str]) -> str:
            t = w.group(0)
            if t.casefold() in given or _PATRONYMIC.search(t) or _given_form(t):
                return t
            if etype == "PERSON" and not several and not _SURNAME_END.search(t):
                return t  # a lone word with no surname's suffix: a nickname or a diminutive ("Юрик", "Валечка")
            return _respell(t, lang, table, rng)

        return f"[{_WORD.sub(word, surface)}]({etype})"

    return _MARK.sub(one, marked)


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    types = frozenset({"PERSON", "LOCATION"} if "--places" in argv else {"PERSON"})
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--seed")]
    out_dir, files = Path(args[0]), [Path(a) for a in args[1:]]
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in files:
        rng = random.Random(f"{seed}:{path.name}")
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                d["text"] = perturb_text(d["text"], d["lang"], rng, types)
                lines.append(json.dumps(d, ensure_ascii=False))
        (out_dir / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
