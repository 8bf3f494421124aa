"""Labelled corpora: inline-markup passages with gold spans.

A corpus is a ``.jsonl`` file, one passage per line::

    {"id": "en-0001", "lang": "en", "kind": "call", "text": "Mom, it's [Sergei](PERSON)."}

Inside ``text`` an entity is written ``[surface](TYPE)``. A trailing ``~``
(``[Bakhmut](LOCATION~)``) marks a mention that is *not* identifying (war
geography, a public figure): it is neither required nor counted as a plain
word. Brackets that are not followed by ``(TYPE)`` stay literal text, so
transcript notes such as ``[inaudible]`` need no escaping.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

__all__ = ["GoldSpan", "Passage", "parse_markup", "load_corpus", "to_markup"]

_MARK = regex.compile(r"\[([^\[\]\n]+)\]\(([A-Z][A-Z_]*)(~?)\)")


@dataclass(frozen=True)
class GoldSpan:
    """One annotated entity mention in a passage's plain text."""

    start: int
    end: int
    entity_type: str
    identifying: bool = True


@dataclass(frozen=True)
class Passage:
    """A passage of plain text with its gold spans."""

    id: str
    lang: str
    text: str
    spans: tuple[GoldSpan, ...]
    kind: str = ""


def parse_markup(marked: str) -> tuple[str, tuple[GoldSpan, ...]]:
    """Strip inline markup and return the plain text and its gold spans."""
    out: list[str] = []
    spans: list[GoldSpan] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(1)
        spans.append(GoldSpan(length, length + len(surface), m.group(2), m.group(3) != "~"))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), tuple(spans)


def to_markup(text: str, spans: tuple[GoldSpan, ...] | list[GoldSpan]) -> str:
    """Inverse of :func:`parse_markup` for non-overlapping spans."""
    out: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: s.start):
        out.append(text[pos : s.start])
        out.append(f"[{text[s.start : s.end]}]({s.entity_type}{'' if s.identifying else '~'})")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def load_corpus(path: Path) -> Iterator[Passage]:
    """Yield the passages of one ``.jsonl`` corpus file or of every one in a folder."""
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        with file.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    text, spans = parse_markup(rec["text"])
                    yield Passage(
                        id=str(rec.get("id", f"{file.stem}-{lineno}")),
                        lang=str(rec.get("lang", "en")),
                        text=text,
                        spans=spans,
                        kind=str(rec.get("kind", "")),
                    )
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{file}:{lineno}: not a corpus record ({type(exc).__name__})") from None
