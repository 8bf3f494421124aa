"""Transcript JSON (.json): Whisper, WhisperX and speaker-turn files, detected by shape.

One suffix, ``.json``, for every variant; the reader looks at the structure:

* **Whisper / WhisperX**: an object with ``segments: [{"text", ...}]``, optionally a
  top-level ``text``, ``segments[].words[].word`` and (WhisperX) ``speaker`` on
  segments and words, and ``word_segments``;
* **speaker turns**: a list of objects with ``text`` (and usually ``speaker``,
  ``start``, ``end``), or an object holding such a list under ``turns``/``utterances``;
* **anything else**: every string value is redacted as its own line.

The flattened text reads like a transcript: one line per segment or turn, with
the speaker label in front (``SPEAKER_00: text``), the label and the text being
separate segments. Every other string value (titles, file names, notes) follows
as ``key: value`` lines, so nothing that can carry PII is skipped. Object keys
carry names too (``{"notes": {"<name>": "call <phone>"}}``): every key outside
the transcript formats' own field names (``_SCHEMA_KEYS``) is a segment of its
own, in front of its value. A redacted key is written back in place; when two
keys of one object would come out the same, the later ones get `` #2``, `` #3``
so that no value is lost to a merged key. Locators never show such a key: it
is ``#`` (the key's place is still given by line and column). Numbers and
booleans are never touched. The top-level Whisper ``text`` is rebuilt
from the redacted segments when it is their concatenation (so both always
agree), and words are mapped onto their segment's text, so a redacted name is
redacted in its words too; words that cannot be placed are redacted on their own.

The writer patches only the string tokens whose value changed, in the original
bytes, keeping key order, indentation and escaping; with nothing to replace
the output is the input, byte for byte.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redact.documents import Document, decode_text, read_source
from redact.documents._layout import Edit, Layout, edits_by_segment, joiner, redact_slice
from redact.errors import MalformedDocumentError

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "json"

Path_ = tuple[str | int, ...]

# String values under these keys are times, never speech (ids, languages and titles are read: recall first).
_SKIP_KEYS = frozenset({"start", "end", "timestamp", "time"})
_TIME = re.compile(r"[\d:.,+\-TZ ]*")  # what a time under those keys looks like; anything else is read
# Field names of the transcript formats and common metadata: names of fields, never of people. Any other
# key is analysed like a value, and never shown in a locator (check's json/sarif output carries locators).
_SCHEMA_KEYS = frozenset(
    {
        "text", "segments", "words", "word", "speaker", "speakers", "start", "end", "id", "seek", "tokens",
        "temperature", "avg_logprob", "compression_ratio", "no_speech_prob", "language", "score", "probability",
        "turns", "utterances", "transcript", "word_segments", "timestamp", "time", "title", "notes", "note",
        "metadata", "meta", "duration", "confidence", "channel", "speaker_id", "name", "label", "source",
        "file", "filename", "date", "created", "version", "type", "description", "comment", "comments",
    }
)  # fmt: skip
KEY = -1  # last element of a token path for an object key (array indexes are never negative)
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_DIARIZATION = re.compile(r"(?:SPEAKER|Speaker|speaker|spk|SPK)[ _-]?\d{1,3}")
_WS_RUN = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class Token:
    """A JSON string value and where its quoted form lies in the source."""

    path: Path_
    value: str
    start: int
    end: int


class _DuplicateKey(Exception):
    """The same key twice in one object: json.loads keeps the last, a reader might show the first."""

    def __init__(self, pos: int) -> None:
        self.pos = pos


def _tokens(text: str) -> dict[Path_, Token]:
    """Every string value in ``text`` (already validated by ``json.loads``) with its position."""
    out: dict[Path_, Token] = {}

    def ws(i: int) -> int:
        return _WS_RUN.match(text, i).end()  # type: ignore[union-attr]  # always matches (maybe empty)

    def value(i: int, path: Path_) -> int:
        i = ws(i)
        c = text[i]
        if c == '"':
            s, end = scanstring(text, i + 1, True)
            if path in out:
                raise _DuplicateKey(i)
            out[path] = Token(path, s, i, end)
            return int(end)
        if c == "{":
            i = ws(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                k_start = ws(i)
                key, i = scanstring(text, k_start + 1, True)
                if (*path, key, KEY) in out:
                    raise _DuplicateKey(k_start)
                out[(*path, key, KEY)] = Token((*path, key, KEY), key, k_start, i)
                i = ws(i) + 1  # the colon
                i = ws(value(i, (*path, key)))
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if c == "[":
            i = ws(i + 1)
            if text[i] == "]":
                return i + 1
            k = 0
            while True:
                i = ws(value(i, (*path, k)))
                k += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        m = _NUMBER.match(text, i) if c in "-0123456789" else None
        if m:
            return m.end()
        for lit in ("true", "false", "null", "NaN", "Infinity", "-Infinity"):
            if text.startswith(lit, i):
                return i + len(lit)
        raise ValueError(f"unexpected character at {i}")  # pragma: no cover - json.loads accepted it

    value(0, ())
    return out


def pointer(path: Path_) -> str:
    """A JSON Pointer for ``path`` (a segment locator), with every key that may name someone shown as ``#``.

    An object key ends its path with :data:`KEY` and reads ``/notes/# (key)``.
    """
    if path and path[-1] == KEY:
        return pointer(path[:-1]) + " (key)"

    def part(p: str | int) -> str:
        if isinstance(p, str) and p not in _SCHEMA_KEYS:
            return "#"
        return str(p).replace("~", "~0").replace("/", "~1")

    return "/" + "/".join(part(p) for p in path) if path else ""


def _is_turns(data: Any) -> bool:
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(t, dict) and isinstance(t.get("text"), str) for t in data)
    )


def detect(data: Any) -> tuple[str, Path_]:
    """The variant (``whisper``, ``whisperx``, ``turns``, ``generic``) and where its list lives."""
    if isinstance(data, dict) and isinstance(data.get("segments"), list) and _is_turns(data["segments"]):
        speakers = any("speaker" in s for s in data["segments"])
        return ("whisperx" if speakers else "whisper"), ("segments",)
    if _is_turns(data):
        return "turns", ()
    if isinstance(data, dict):
        for key in ("turns", "utterances", "transcript"):
            if _is_turns(data.get(key)):
                return "turns", (key,)
    return "generic", ()


def _is_diarization(value: str) -> bool:
    """``SPEAKER_00``-style labels from diarization (pyannote, WhisperX): they name no one."""
    return _DIARIZATION.fullmatch(value.strip()) is not None


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


class _Reader:
    """Builds the layout for one JSON document."""

    def __init__(self, tokens: dict[Path_, Token]) -> None:
        self.tokens = tokens
        self.layout = Layout()
        self.used: set[Path_] = set()
        self.seg_path: dict[int, Path_] = {}  # segment index -> JSON path of its string
        self.words: list[tuple[Path_, int, int, int]] = []  # (word path, segment index, a, b) in segment offsets
        self.derived: dict[Path_, list[Path_]] = {}  # path -> paths whose redacted values it concatenates
        self.trim: dict[int, tuple[int, int]] = {}  # segment index -> (leading, trailing) blanks left out
        self.prev = ""

    def add(self, path: Path_, sep: str, locator: str | None = None) -> int:
        """Add the string at ``path`` as a segment, without its outer blanks.

        Whisper texts start with a space; leaving it out of the segment means a
        span clipped at a segment start never swallows it.
        """
        tok = self.tokens.get(path)
        if tok is None:
            return -1
        self.used.add(path)
        value = tok.value
        core = value.strip()
        if not core:
            return -1
        if self.layout.segments:
            self.layout.sep(sep)
        idx = self.layout.add(core, locator or pointer(path))
        lead = len(value) - len(value.lstrip())
        self.trim[idx] = (lead, len(value) - lead - len(core))
        self.seg_path[idx] = path
        self.prev = core
        return idx

    def segment_text(self, idx: int) -> str:
        """The text of segment ``idx`` (its string value without outer blanks)."""
        return self.tokens[self.seg_path[idx]].value.strip()

    def turns(self, items: list[Any], base: Path_, speaker_key: str = "speaker") -> None:
        for k, item in enumerate(items):
            p = (*base, k)
            speaker = item.get(speaker_key)
            label = -1
            if isinstance(speaker, str) and _is_diarization(speaker):
                # SPEAKER_00 names no one: context for the recognizers, not a segment.
                self.used.add((*p, speaker_key))
                self.layout.sep(("\n" if self.layout.segments else "") + speaker + ": ")
            elif isinstance(speaker, str):
                label = self.add((*p, speaker_key), "\n")
                if label >= 0:
                    self.layout.sep(": ")
            labelled = label >= 0 or (isinstance(speaker, str) and _is_diarization(speaker))
            text_tok = self.tokens.get((*p, "text"))
            sep = "" if labelled else joiner(self.prev, text_tok.value if text_tok else "")
            idx = self.add((*p, "text"), sep)
            t0, t1 = _number(item.get("start")), _number(item.get("end"))
            if idx >= 0 and t0 is not None and t1 is not None:
                self.layout.time(idx, t0, t1)
            if idx >= 0 and isinstance(item.get("words"), list):
                self._words(item["words"], (*p, "words"), idx, label)

    def _words(self, words: list[Any], base: Path_, idx: int, label: int) -> None:
        seg_text = self.segment_text(idx)
        cursor = 0
        label_value = self.tokens[self.seg_path[label]].value if label >= 0 else None
        for j, w in enumerate(words):
            if not isinstance(w, dict):
                continue
            wp = (*base, j)
            tok = self.tokens.get((*wp, "word")) or self.tokens.get((*wp, "text"))
            if tok is None:
                continue
            core = tok.value.strip()
            at = seg_text.find(core, cursor) if core else -1
            if at < 0:
                continue  # left for the catch-all: redacted on its own line
            self.used.add(tok.path)
            lead = len(tok.value) - len(tok.value.lstrip())
            self.words.append((tok.path, idx, at - lead, at + len(core)))
            cursor = at + len(core)
            t0, t1 = _number(w.get("start")), _number(w.get("end"))
            if t0 is not None and t1 is not None:
                self.layout.time(idx, t0, t1, "word", at, at + len(core))
            sp = self.tokens.get((*wp, "speaker"))
            if sp is not None and _is_diarization(sp.value):
                self.used.add(sp.path)
            elif sp is not None and label_value is not None and sp.value == label_value:
                self.derived[sp.path] = [self.seg_path[label]]
                self.used.add(sp.path)

    def rest(self) -> None:
        """Every string not placed yet, as ``key: value`` lines; a key that may name someone is a segment."""
        for path, tok in self.tokens.items():
            if path in self.used or path in self.derived:
                continue
            if path and path[-1] == KEY:
                self._key(path, tok)
                continue
            if path and isinstance(path[-1], str) and path[-1].lower() in _SKIP_KEYS and _TIME.fullmatch(tok.value):
                continue
            if path and path[-1] == "speaker" and _is_diarization(tok.value):
                continue
            if not tok.value.strip():
                continue
            # The nearest key as a label if it is a field name; a key that may name someone is a segment of
            # its own line already, and never separator text (where no replacement could reach it).
            key = next((p for p in reversed(path) if isinstance(p, str)), None)
            if self.layout.segments:
                self.layout.sep("\n")
            self.layout.sep(f"{key}: " if key in _SCHEMA_KEYS else "- ")
            self.add(path, "")

    def _key(self, path: Path_, tok: Token) -> None:
        """An object key outside the schema, followed by its string value (if not placed yet)."""
        self.used.add(path)
        if tok.value in _SCHEMA_KEYS or not tok.value.strip():
            return
        self.add(path, "\n")
        value = self.tokens.get(path[:-1])
        if value is None or path[:-1] in self.used or not value.value.strip():
            self.layout.sep(":")
            return
        self.layout.sep(": ")
        self.add(path[:-1], "")


def read(path: Path) -> Document:
    """Read a transcript JSON file; see the module docstring for the layout."""
    raw = read_source(path)
    text, bom = decode_text(path, raw)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedDocumentError(
            path, f"broken JSON ({exc.msg})", where=f"line {exc.lineno} column {exc.colno}", hint="check the export"
        ) from None
    except RecursionError:
        raise MalformedDocumentError(path, "JSON nested too deeply", where="line 1") from None
    try:
        tokens = _tokens(text)
    except RecursionError:
        raise MalformedDocumentError(path, "JSON nested too deeply", where="line 1") from None
    except _DuplicateKey as exc:
        line = text.count("\n", 0, exc.pos) + 1
        raise MalformedDocumentError(
            path, "duplicate key in a JSON object", where=f"line {line}", hint="remove the repeated key"
        ) from None
    for tok in tokens.values():
        if _SURROGATE.search(tok.value):
            line = text.count("\n", 0, tok.start) + 1
            raise MalformedDocumentError(
                path, "JSON string holds a lone surrogate (\\ud800-\\udfff), not text", where=f"line {line}"
            )
    variant, base = detect(data)
    r = _Reader(tokens)
    if variant != "generic":
        items = data
        for key in base:
            items = items[key]
        r.turns(items, base)
        if variant.startswith("whisper") and isinstance(data.get("text"), str):
            parts = [(*base, k, "text") for k in range(len(items))]
            if data["text"] == "".join(tokens[p].value for p in parts if p in tokens):
                r.derived[("text",)] = [p for p in parts if p in tokens]
        _map_word_segments(r, data)
    r.rest()
    if not r.layout.segments and not any(p and p[-1] != KEY for p in tokens):
        raise MalformedDocumentError(path, "JSON holds no text", where="line 1", hint="nothing to redact")
    return r.layout.document(
        str(path),
        FORMAT,
        text=text,
        bom=bom,
        variant=variant,
        tokens=tokens,
        seg_path=r.seg_path,
        trim=r.trim,
        words=tuple(r.words),
        derived=r.derived,
        ascii=text.isascii(),
    )


def _map_word_segments(r: _Reader, data: Any) -> None:
    """WhisperX ``word_segments`` repeat the segments' words: redact them the same way."""
    flat = data.get("word_segments") if isinstance(data, dict) else None
    if not isinstance(flat, list) or len(flat) != len(r.words):
        return
    for k, (wpath, _, _, _) in enumerate(r.words):
        tok = r.tokens.get(("word_segments", k, "word"))
        if tok is None or tok.value != r.tokens[wpath].value:
            return
    for k, (wpath, _, _, _) in enumerate(r.words):
        r.derived[("word_segments", k, "word")] = [wpath]
        sp = r.tokens.get(("word_segments", k, "speaker"))
        src = r.derived.get((*wpath[:-1], "speaker"))
        if sp is not None and src is not None:
            r.derived[sp.path] = src


def _distinct_keys(tokens: dict[Path_, Token], new: dict[Path_, str]) -> None:
    """Keys of one object that would come out the same get `` #2``, `` #3``: no value is lost to a merge."""
    changed = {p[:-2] for p in new if p and p[-1] == KEY}
    if not changed:
        return
    for obj in changed:
        keys = [p for p in tokens if p[-1] == KEY and p[:-2] == obj]
        taken: set[str] = set()
        for p in keys:
            key = new.get(p, tokens[p].value)
            if key in taken:
                n = 2
                while f"{key} #{n}" in taken or any(new.get(q, tokens[q].value) == f"{key} #{n}" for q in keys):
                    n += 1
                key = f"{key} #{n}"
                new[p] = key
            taken.add(key)


def _dump(value: str, ensure_ascii: bool) -> str:
    return json.dumps(value, ensure_ascii=ensure_ascii)


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The source with only the changed string values re-encoded in place."""
    src = doc.source
    text: str = src["text"]
    if not replacements:
        out = text.encode("utf-8")
        return (b"\xef\xbb\xbf" + out) if src["bom"] else out
    tokens: dict[Path_, Token] = src["tokens"]
    by_seg = edits_by_segment(doc, replacements)
    new: dict[Path_, str] = {}
    for i, seg_edits in by_seg.items():
        seg = doc.segments[i]
        path = src["seg_path"][i]
        lead, trail = src["trim"][i]
        old = tokens[path].value
        core = redact_slice(doc.text[seg.start : seg.end], seg_edits, 0, seg.end - seg.start)
        new[path] = old[:lead] + core + old[len(old) - trail :]
    for wpath, i, a, b in src["words"]:
        edits_i: list[Edit] = by_seg.get(i, [])
        if not edits_i:
            continue
        seg = doc.segments[i]
        seg_text = doc.text[seg.start : seg.end]
        old = tokens[wpath].value
        lead = len(old) - len(old.lstrip())
        core_start = a + lead
        word = redact_slice(seg_text, edits_i, core_start, b)
        if word != seg_text[core_start:b]:
            new[wpath] = old[:lead] + word + old[lead + (b - core_start) :]
    # Derived values, in dependency order: word speakers and word_segments follow their sources.
    for _ in range(3):
        for path, parts in src["derived"].items():
            if any(p in new for p in parts):
                new[path] = "".join(new.get(p, tokens[p].value) for p in parts)
    _distinct_keys(tokens, new)
    patches: list[tuple[int, int, str]] = []
    for path, value in new.items():
        tok = tokens[path]
        if value == tok.value:
            continue
        raw = text[tok.start : tok.end]
        ensure_ascii = raw.isascii() and (src["ascii"] or "\\u" in raw)
        patches.append((tok.start, tok.end, _dump(value, ensure_ascii)))
    out_parts: list[str] = []
    pos = 0
    for s, e, v in sorted(patches):
        out_parts.append(text[pos:s])
        out_parts.append(v)
        pos = e
    out_parts.append(text[pos:])
    out = "".join(out_parts).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if src["bom"] else out
