"""SubRip (.srt): cues parsed with the ``srt`` library, text patched in place.

Each line of a cue's text is a segment (locator ``cue N line L``); formatting
tags (``<i>``, ``<font color=…>``, ``{\\an8}``) are left out of the flattened
text, so ``<i>Sergei</i>`` reads as ``Sergei``. Text inside a tag is still
read: a voice tag ``<v Sergei Ivanov>`` becomes ``Sergei Ivanov: `` in front
of its line (as in WebVTT), and the words of any other tag's attributes or
classes (``<font face="…">``, ``<c.name>``) follow the cues as ``tag: …`` lines; a
replacement landing inside a tag is written without ``<>"'`` (``[PERSON]``).
A block without its index and timing line is refused (the library would
silently make it part of the cue before). Cues are
joined into running text (see :func:`redact.documents._layout.joiner`), so a
name or number split across two cues is seen whole. The writer replaces only
the redacted characters inside cue text: indexes, timings, blank lines, line
endings and a BOM are kept byte for byte, so the cue count and timings never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import srt as srtlib

from redact.documents import Document, Segment, decode_text, read_source
from redact.documents._layout import Layout, joiner, patch_source
from redact.errors import MalformedDocumentError

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "srt"
_CONTENT = 5  # group of the cue text in srt.SRT_REGEX
# Formatting players understand: HTML-like tags and ASS overrides. Left out of the text, kept in the file.
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|\{\\[^{}\n]*\}")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_TAG_NAME = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")
# Words inside a tag's attributes and classes: runs of word characters and blanks between quotes, = and dots.
_TAG_WORDS = re.compile(r"[^\s.\"'=<>/]+(?:[ \t]+[^\s.\"'=<>/]+)*")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def parse_cues(path: Path | str, text: str) -> list[tuple[srtlib.Subtitle, int, int]]:
    """Each cue with the start and end of its text in ``text``; raises on broken SRT."""
    try:
        subs = list(srtlib.parse(text))
    except srtlib.SRTParseError as exc:
        bad = exc.expected_start + len(exc.unmatched_content) - len(exc.unmatched_content.lstrip())
        cue = sum(1 for m in srtlib.SRT_REGEX.finditer(text) if m.end() <= exc.expected_start) + 1
        raise MalformedDocumentError(
            path,
            "malformed SRT cue (bad index or timing line)",
            where=f"line {_line_of(text, bad)} (cue {cue})",
            hint="each cue needs a timing line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'",
        ) from None
    except ValueError:
        raise MalformedDocumentError(path, "malformed SRT timestamp", hint="fix the cue timings") from None
    # The library's own pattern gives the same matches with their positions.
    matches = list(srtlib.SRT_REGEX.finditer(text))
    if len(matches) != len(subs):  # pragma: no cover - same regex, same input
        raise MalformedDocumentError(path, "SRT cues could not be located", where=f"cue {len(subs)}")
    if not subs:
        raise MalformedDocumentError(path, "no SRT cues found", where="line 1", hint="is this really a .srt file?")
    for n, m in enumerate(matches, start=1):
        gap = _BLANK_LINE.search(text, m.start(_CONTENT), m.start(_CONTENT) + len(m.group(_CONTENT).rstrip()))
        if gap:
            raise MalformedDocumentError(
                path,
                f"text block without an index and timing line after cue {n}",
                where=f"line {_line_of(text, gap.end())}",
                hint="each cue needs an index and a timing line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'",
            )
    return [(s, m.start(_CONTENT), m.end(_CONTENT)) for s, m in zip(subs, matches, strict=True)]


def read(path: Path) -> Document:
    """Read an SRT file into running text with segments per cue line (formatting tags left out, their text not)."""
    text, bom = decode_text(path, read_source(path))
    layout = Layout()
    prev = ""
    tag_words: list[tuple[int, str, str]] = []
    for n, (sub, c_start, c_end) in enumerate(parse_cues(path, text), start=1):
        pos = c_start
        t0, t1 = sub.start.total_seconds(), sub.end.total_seconds()
        for ln, raw in enumerate(text[c_start:c_end].split("\n"), start=1):
            line = raw[:-1] if raw.endswith("\r") else raw
            if line.strip():
                voices, words = _tag_text(line)
                for start, name in voices:
                    if layout.segments:
                        layout.sep("\n")
                    layout.add(name, f"cue {n} line {ln} voice", pos + start)
                    layout.sep(": ")
                    prev = ": "
                spoken = _TAG.sub("", line)
                if layout.segments and spoken.strip() and not voices:
                    layout.sep(joiner(prev, spoken))
                for start, piece in _pieces(line):
                    idx = layout.add(piece, f"cue {n} line {ln}", pos + start)
                    layout.time(idx, t0, t1)
                if spoken.strip():
                    prev = spoken
                tag_words.extend((pos + start, word, f"cue {n} line {ln} tag") for start, word in words)
            pos += len(raw) + 1
    # Tag attributes and classes after all the speech, so that they never cut a sentence running across cues.
    for origin, word, locator in tag_words:
        layout.sep("\ntag: " if layout.segments else "tag: ")
        layout.add(word, locator, origin)
    if not layout.segments:
        raise MalformedDocumentError(path, "no cue text found", where="line 1", hint="nothing to redact")
    return layout.document(str(path), FORMAT, text=text, bom=bom)


def _pieces(line: str) -> list[tuple[int, str]]:
    """The text between formatting tags (``<i>``, ``<font …>``, ``{\\an8}``), with offsets in the line."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _TAG.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return out


def _tag_text(line: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Voice names (``<v Name>``) and the words of other tags' attributes and classes, with offsets in the line."""
    voices: list[tuple[int, str]] = []
    words: list[tuple[int, str]] = []
    for m in _TAG.finditer(line):
        tag = m.group(0)
        if tag.startswith("{"):
            continue  # ASS override codes ({\an8}, {\pos(10,10)}): numbers and switches, no words
        voice = _VOICE.fullmatch(tag)
        if voice:
            if voice.group(1).strip():
                voices.append((m.start() + voice.start(1), voice.group(1)))
            body_start, body_end = len(_TAG_NAME.match(tag).group(0)), voice.start(1)  # type: ignore[union-attr]
        else:
            body_start, body_end = len(_TAG_NAME.match(tag).group(0)), len(tag) - 1  # type: ignore[union-attr]
        for w in _TAG_WORDS.finditer(tag, body_start, body_end):
            if not tag[w.end() :].lstrip().startswith("="):  # an attribute's name (color=, face=) names no one
                words.append((m.start() + w.start(), w.group(0)))
    return voices, words


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The source with replacements applied inside cue text only."""
    out = patch_source(doc.source["text"], doc, replacements, _one_line).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if doc.source["bom"] else out


def _one_line(seg: Segment, new_text: str) -> str:
    """A line break in a replacement would end the cue early: keep replacements on one line.

    Inside a tag (a voice name, an attribute) ``<>`` would end or open a tag and a quote would end
    the attribute: ``<PERSON>`` is written ``[PERSON]`` there.
    """
    one_line = " ".join(new_text.splitlines())
    if seg.locator.endswith((" voice", " tag")):
        return re.sub("[\"']", "", one_line.replace("<", "[").replace(">", "]"))
    return one_line
