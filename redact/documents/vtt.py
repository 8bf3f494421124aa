"""WebVTT (.vtt): validated with ``webvtt-py``, text patched in place.

webvtt-py 0.6.0 parses cues, cue settings, NOTE, STYLE and REGION blocks, but
writing its model back does not reproduce the input byte for byte (it drops
the final newline and normalises line endings and blank lines). So the file
is parsed twice: webvtt-py is the parser of record (strict mode rejects
malformed cues; its cue count, timings and raw cue text must agree with
ours), and a line scanner that follows the same block rules records where
each cue's text lies. The writer replaces only redacted characters inside
cue text, NOTE blocks and the header line; timing lines, settings, STYLE and
REGION blocks and line endings are kept byte for byte.

In cue text, tags (``<i>``, ``<c.x>``, ``<00:01.000>``) are left out of the
flattened text and a voice span ``<v Artyom>`` becomes ``Artyom: `` with the
name as its own segment, so a speaker's name in a label and in the text are
seen by the same recognizers. The words of tag classes and annotations
(``<c.Artyom>``, ``<lang ru>``), cue identifiers and every word of a STYLE
block (CSS names voices and classes) are segments too, as ``tag:``, ``id:``
and ``style:`` lines after the cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError
from webvtt.vtt import WebVTTCueBlock

from redact.documents import Document, Segment, decode_text, read_source
from redact.documents._layout import Layout, joiner, patch_source
from redact.errors import MalformedDocumentError

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "vtt"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# A tag never holds "<": "<Name<i>" is the text "<Name" and the tag "<i>".
_TAG = re.compile(r"<[^<>]*>")
# WebVTT's own tag names; any other word at a tag's start (a typo, "<Name>") is read like a class.
_TAG_NAME = re.compile(r"</?(?:c|i|b|u|ruby|rt|v|lang)(?![A-Za-z])")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_HEADER_TEXT = re.compile(r"WEBVTT[ \t](.*)")
# Words in CSS and in cue tags' classes and annotations: runs between CSS/tag punctuation.
_WORDS = re.compile(r"[^\s\"'{}();:,\[\]=.#>*~+^$|\\/!@%<&]+(?:[ \t]+[^\s\"'{}();:,\[\]=.#>*~+^$|\\/!@%<&]+)*")
_QUOTED = re.compile(r"\"([^\"\n\\]*)\"|'([^'\n\\]*)'")
_TIMESTAMP_TAG = re.compile(r"<[\d:.]+>")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its terminator) for every line, split on CR, LF and CRLF."""
    out: list[tuple[int, str]] = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        raw = m.group(0)
        out.append((m.start(), raw.rstrip("\r\n")))
    return out


def _blocks(lines: list[tuple[int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """Blocks of (line number, offset, line), by webvtt-py's rules (``vtt._iter_blocks_of_lines``)."""
    block: list[tuple[int, int, str]] = []
    in_header = True
    for n, (off, line) in enumerate(lines, start=1):
        starts_new = bool(block and "-->" in line and (in_header or len(block) > 1 or "-->" in block[0][2]))
        if not line or starts_new:
            if block:
                yield block
                block = []
                in_header = False
        if line:
            block.append((n, off, line))
    if block:
        yield block


@dataclass
class _Flow:
    """Running state while cue text is added: the last text piece and the last voice."""

    prev: str = ""
    voice: str | None = None
    line_start: bool = True
    tags: list[tuple[int, str, str]] = field(default_factory=list)  # (origin, text, locator), read after the cues


def _add_payload(layout: Layout, flow: _Flow, n: int, ln: int, off: int, line: str) -> list[int]:
    """Add one cue text line; return the indexes of its spoken (timed) segments.

    Pieces between tags on one line are joined directly (tags are inline); lines
    and cues are joined by :func:`joiner`. A voice label that repeats the previous
    voice in the middle of a sentence is put after the line instead of before it,
    so a number or name running on from the previous cue stays in one stretch.
    """
    spoken: list[int] = []
    pos = 0
    pieces: list[tuple[int, str, bool]] = []  # (offset in line, text, is a voice name)
    for m in _TAG.finditer(line):
        if m.start() > pos:
            pieces.append((pos, line[pos : m.start()], False))
        voice = _VOICE.fullmatch(m.group(0))
        if voice and voice.group(1).strip():
            pieces.append((m.start() + voice.start(1), voice.group(1), True))
        if not _TIMESTAMP_TAG.fullmatch(m.group(0)):  # classes (<c.x>) and annotations (<lang x>) may name someone
            body = m.group(0)[: voice.start(1)] if voice else m.group(0)
            name = _TAG_NAME.match(body)
            for w in _WORDS.finditer(body, name.end() if name else 1):
                flow.tags.append((off + m.start() + w.start(), w.group(0), f"cue {n} line {ln} tag"))
        pos = m.end()
    if pos < len(line):
        pieces.append((pos, line[pos:], False))
    deferred: list[tuple[int, str]] = []
    first_text = next((p for _, p, v in pieces if not v and p.strip()), "")
    for start, piece, is_voice in pieces:
        if not piece.strip():
            continue
        if is_voice:
            if piece == flow.voice and first_text and joiner(flow.prev, first_text) == " ":
                deferred.append((start, piece))
                continue
            if layout.segments:
                layout.sep("\n")
            layout.add(piece, f"cue {n} line {ln} voice", off + start)
            layout.sep(": ")
            flow.prev, flow.voice, flow.line_start = ": ", piece, False
            continue
        if layout.segments and flow.line_start:
            layout.sep(joiner(flow.prev, piece))
        spoken.append(layout.add(piece, f"cue {n} line {ln}", off + start))
        flow.prev, flow.line_start = piece, False
    for start, piece in deferred:
        layout.sep("\n")
        layout.add(piece, f"cue {n} line {ln} voice", off + start)
        layout.sep(":")
        flow.prev = ":"
    flow.line_start = True
    return spoken


def read(path: Path) -> Document:
    """Read a WebVTT file into running text; cue text, NOTE text and the header line are segments."""
    text, bom = decode_text(path, read_source(path))
    lines = _lines(text)
    try:
        parsed = webvtt.from_string(text, strict=True)
    except (MalformedFileError, MalformedCaptionError, ValueError):
        raise _malformed(path, lines) from None
    kinds: list[tuple[str, list[tuple[int, int, str]]]] = []
    for b_no, block in enumerate(_blocks(lines)):
        texts = [line for _, _, line in block]
        if b_no == 0:
            kinds.append(("header", block))
        elif texts[0].startswith("NOTE"):
            kinds.append(("note", block))
        elif texts[0].startswith("STYLE"):
            kinds.append(("style", block))
        elif WebVTTCueBlock.is_valid(texts) and not texts[0].startswith(("STYLE", "REGION")):
            kinds.append(("cue", block))
        elif not texts[0].startswith("REGION"):
            # Neither a cue nor a NOTE/STYLE/REGION block: text no player shows and no reader reads.
            raise MalformedDocumentError(
                path,
                "text block without a timing line",
                where=f"line {block[0][0]}",
                hint="each cue needs a timing line 'HH:MM:SS.mmm --> HH:MM:SS.mmm'",
            )
    cues = [b for k, b in kinds if k == "cue"]
    if len(cues) != len(parsed.captions):
        where = f"cue {min(len(cues), len(parsed.captions)) + 1}"
        raise MalformedDocumentError(path, "WebVTT cues could not be located", where=where)
    if not cues:
        raise MalformedDocumentError(path, "no WebVTT cues found", where="line 1", hint="is this really a .vtt file?")
    captions = iter(parsed.captions)
    layout = Layout()
    flow = _Flow()
    n = 0
    for kind, block in kinds:
        if kind == "header":
            m = _HEADER_TEXT.match(block[0][2])
            if m and m.group(1).strip():
                layout.add(m.group(1), "header", block[0][1] + m.start(1))
            continue
        if kind == "note":
            for ln, (_, off, line) in enumerate(block):
                body, start = (line[4:], 4) if ln == 0 else (line, 0)
                if body.strip():
                    if layout.segments:
                        layout.sep("\n")
                    layout.add(body, f"note line {block[0][0] + ln}", off + start)
            flow.prev = ""
            continue
        if kind == "style":
            # CSS names voices and classes (::cue(v[voice="Yegor"]), ::cue(.Yegor)): quoted strings are
            # segments in place, every other word after the cues.
            for ln, (_, off, line) in enumerate(block):
                locator = f"style line {block[0][0] + ln}"
                pos = 5 if ln == 0 else 0
                for m in _QUOTED.finditer(line):
                    flow.tags.extend(
                        (off + w.start(), w.group(0), locator) for w in _WORDS.finditer(line, pos, m.start())
                    )
                    pos = m.end()
                    value, at = (m.group(1), m.start(1)) if m.group(1) is not None else (m.group(2), m.start(2))
                    if value.strip():
                        layout.sep("\nstyle: " if layout.segments else "style: ")
                        layout.add(value, locator, off + at)
                flow.tags.extend((off + w.start(), w.group(0), locator) for w in _WORDS.finditer(line, pos))
            flow.prev = ""
            continue
        n += 1
        cap = next(captions)
        timing_at = 0 if "-->" in block[0][2] else 1
        if timing_at:  # a cue identifier: read after the cues (CSS refers to it, so it may name someone)
            flow.tags.append((block[0][1], block[0][2], f"cue {n} id"))
        payload = block[timing_at + 1 :]
        if "\n".join(line for _, _, line in payload) != cap.raw_text:
            raise MalformedDocumentError(path, "WebVTT cue text could not be located", where=f"cue {n}")
        t0, t1 = cap.start_time.in_milliseconds() / 1000, cap.end_time.in_milliseconds() / 1000
        for ln, (_, off, line) in enumerate(payload, start=1):
            for idx in _add_payload(layout, flow, n, ln, off, line):
                layout.time(idx, t0, t1)
    # Cue identifiers, tag classes and annotations after all the speech: they never cut a running sentence.
    for origin, word, locator in flow.tags:
        if word.strip():
            label = "id: " if locator.endswith(" id") else "style: " if locator.startswith("style") else "tag: "
            layout.sep(("\n" if layout.segments else "") + label)
            layout.add(word, locator, origin)
    return layout.document(str(path), FORMAT, text=text, bom=bom)


def _malformed(path: Path, lines: list[tuple[int, str]]) -> MalformedDocumentError:
    """Where a file webvtt-py rejects goes wrong, without echoing its text."""
    if not lines or not lines[0][1].startswith("WEBVTT"):
        return MalformedDocumentError(
            path, "missing the WEBVTT header", where="line 1", hint="is this really a .vtt file?"
        )
    for block in list(_blocks(lines))[1:]:
        texts = [line for _, _, line in block]
        if any("-->" in t for t in texts) and not WebVTTCueBlock.is_valid(texts, strict=True):
            return MalformedDocumentError(
                path,
                "malformed WebVTT cue timing",
                where=f"line {block[0][0]}",
                hint="use 'HH:MM:SS.mmm --> HH:MM:SS.mmm'",
            )
    return MalformedDocumentError(path, "malformed WebVTT file", where="line 1")


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The source with replacements applied inside cue text, NOTE text and the header line."""
    out = patch_source(doc.source["text"], doc, replacements, _escape).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if doc.source["bom"] else out


def _escape(seg: Segment, new_text: str) -> str:
    """Fit a replacement where it lands: in cue text ``<PERSON>`` would be read as a tag and vanish."""
    one_line = " ".join(new_text.splitlines())  # a line break would end the cue or note early
    if not one_line and (seg.locator.startswith("style") or seg.locator.endswith((" tag", " id"))):
        one_line = "_"  # an emptied identifier or STYLE line would end its block: keep a placeholder
    if seg.locator.endswith(" id"):
        return one_line.replace("-->", "->")
    if seg.locator.startswith("style"):
        return re.sub(r"[\"'\\{}]", "", one_line).replace("-->", "->")  # stays inside its CSS string or word
    if seg.locator.endswith(" tag"):  # a class or an annotation inside a cue tag: no blank, dot, <, > or &
        return re.sub(r"[\s.&\"']", "_", one_line.replace("<", "[").replace(">", "]"))
    if not seg.locator.startswith("cue"):
        return one_line.replace("-->", "->")  # "-->" is not allowed in a NOTE or the header
    return one_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
