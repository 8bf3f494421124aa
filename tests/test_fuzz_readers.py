"""Fuzzing every reader (issue 16): arbitrary bytes and near-valid files holding a canary name.

For any input, ``read`` either returns a document or raises the project's :class:`DocumentError`
(exit 3) with a one-line message, never another exception. When it returns one, every occurrence of
the canary in the flattened text lies inside one segment (so the recognizers can replace it), and the
output with those occurrences replaced holds the canary nowhere (outside Markdown code and link
addresses, which are documented as kept). No model is needed: the canary stands in for a finding.

Bounded: the whole module runs in well under a minute on two cores (``REDACT_FUZZ_EXAMPLES`` for more).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import docx as docxlib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.anonymize import Replacement
from redact.documents import Document, read, render
from redact.documents import md as md_fmt
from redact.errors import DocumentError
from redact.resolve import Span

CANARY = "Zorbekova"
# The budget: REDACT_FUZZ_EXAMPLES raises it for a long local run (CI keeps the default).
BUDGET = int(os.environ.get("REDACT_FUZZ_EXAMPLES", "120"))
FAST = settings(max_examples=BUDGET, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=max(BUDGET // 5, 10), deadline=None, suppress_health_check=list(HealthCheck))

WORDS = st.sampled_from(["hello", "call", "me", "at", "+7 914 265 37 08", "Ivan", "-", ".", ",", "'", '"', CANARY])
LINE = st.lists(WORDS, max_size=6).map(" ".join)


def read_or_refuse(tmp_path: Path, name: str, data: bytes) -> Document | None:
    p = tmp_path / name
    p.write_bytes(data)
    try:
        return read(p)
    except DocumentError as exc:
        msg = str(exc)
        assert "\n" not in msg and "\r" not in msg, "one line"
        assert CANARY not in msg, "no text in errors"
        return None


def redact_canary(doc: Document) -> bytes:
    """Replace every canary in the flattened text; each must sit inside one segment (or Markdown code/address)."""
    kept = md_fmt.excluded_ranges(doc.source["text"]) if doc.format == "md" else []
    reps = []
    pos = doc.text.find(CANARY)
    while pos >= 0:
        end = pos + len(CANARY)
        if any(a <= pos < b for a, b in kept):
            pos = doc.text.find(CANARY, end)
            continue
        assert any(s.start <= pos and end <= s.end for s in doc.segments), f"canary at {pos} is in no segment"
        reps.append(Replacement(Span(pos, end, "PERSON", 1.0, "fuzz"), "label", "<PERSON>"))
        pos = doc.text.find(CANARY, end)
    return render(doc, reps)


def text_of(out: bytes) -> str:
    return out.decode("utf-8", errors="replace")


def check_text_format(tmp_path: Path, name: str, data: bytes) -> None:
    doc = read_or_refuse(tmp_path, name, data)
    if doc is None:
        return
    assert render(doc, []) == data, "nothing to replace: the input byte for byte"
    out = text_of(redact_canary(doc))
    if name.endswith(".md"):
        kept = md_fmt.excluded_ranges(out)
        pos = out.find(CANARY)
        while pos >= 0:
            assert any(a <= pos < b for a, b in kept), "canary left outside code and link addresses"
            pos = out.find(CANARY, pos + 1)
    elif name.endswith(".json"):
        assert CANARY not in json.dumps(json.loads(out), ensure_ascii=False), "canary left in a key or value"
    else:
        assert CANARY not in out


# --- arbitrary bytes ------------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.md", "a.srt", "a.vtt", "a.json"]))
def test_arbitrary_bytes(tmp_path: Path, data: bytes, name: str) -> None:
    check_text_format(tmp_path, name, data)


@SLOW
@given(st.binary(max_size=400))
def test_arbitrary_bytes_docx(tmp_path: Path, data: bytes) -> None:
    read_or_refuse(tmp_path, "a.docx", b"PK\x03\x04" + data)


# --- near-valid files with a canary ---------------------------------------------------------------------------

TAG = st.sampled_from(
    ["", "<i>", "</i>", "<b>", f"<v {CANARY}>", f"<v.loud {CANARY} Ivanov>", f'<font face="{CANARY}">', "</font>",
     f"<c.{CANARY}>", "</c>", "{\\an8}", "<lang ru>", "<00:00:01.500>", "&amp;", "<", ">"]
)  # fmt: skip
CUE_LINE = st.lists(st.one_of(LINE, TAG), min_size=1, max_size=5).map("".join)


@st.composite
def srt_files(draw: st.DrawFn) -> bytes:
    blocks = []
    for k in range(draw(st.integers(1, 4))):
        lines = draw(st.lists(CUE_LINE, min_size=1, max_size=3))
        timing = draw(st.sampled_from(["00:00:01,000 --> 00:00:02,000", "00:00:0x,000 --> 00:00:02,000", ""]))
        blocks.append("\n".join([str(k + 1), timing, *lines]) if timing else "\n".join(lines))
    sep = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\n\n\n"]))
    return sep.join(blocks).encode() + draw(st.sampled_from([b"", b"\n", b"\x00", b"\xff"]))


@st.composite
def vtt_files(draw: st.DrawFn) -> bytes:
    blocks = [draw(st.sampled_from(["WEBVTT", f"WEBVTT {CANARY}", "WEBVT"]))]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cue", "cue", "note", "style"]))
        if kind == "note":
            blocks.append("NOTE " + draw(LINE))
        elif kind == "style":
            blocks.append(f'STYLE\n::cue(v[voice="{draw(LINE)}"]) {{ color: red }}')
        else:
            ident = draw(st.sampled_from(["", "id1\n", f"{CANARY}\n"]))
            timing = draw(st.sampled_from(["00:01.000 --> 00:02.000", "00:01.000 --> 00:02.000 align:start", "0:1"]))
            blocks.append(ident + timing + "\n" + "\n".join(draw(st.lists(CUE_LINE, min_size=1, max_size=3))))
    return "\n\n".join(blocks).encode() + b"\n"


MD_PIECE = st.one_of(
    LINE,
    st.sampled_from(
        ["**", "*", "_", "__", "~~", "`", "`code`", "\n", "\n\n", "# ", "> ", "- ", "1. ", "[", "](", ")",
         f"[{CANARY}](https://x.invalid/{CANARY})", f"<https://x.invalid/{CANARY}>", f"<mailto:{CANARY}@x.invalid>",
         "\n```\n", "\\", f"**{CANARY} Ivanov**", f"_{CANARY}_", f"`{CANARY}`", "|", "<b>", "&amp;"]
    ),
)  # fmt: skip


@FAST
@given(st.lists(MD_PIECE, min_size=1, max_size=14).map("".join))
def test_markdown(tmp_path: Path, text: str) -> None:
    check_text_format(tmp_path, "a.md", text.encode())


@FAST
@given(srt_files())
def test_srt(tmp_path: Path, data: bytes) -> None:
    check_text_format(tmp_path, "a.srt", data)


@FAST
@given(vtt_files())
def test_vtt(tmp_path: Path, data: bytes) -> None:
    check_text_format(tmp_path, "a.vtt", data)


@FAST
@given(st.lists(st.one_of(LINE, st.sampled_from(["\n", "\r\n", "\t", "\x00", "\ufeff", "\u2028"])), max_size=10))
def test_txt(tmp_path: Path, parts: list[str]) -> None:
    check_text_format(tmp_path, "a.txt", "".join(parts).encode())


JSON_KEY = st.sampled_from(["text", "speaker", "start", "end", "notes", "segments", "words", "word", CANARY, "x"])
JSON_VALUE = st.recursive(
    st.one_of(LINE, st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.none()),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(JSON_KEY, c, max_size=4),
    max_leaves=10,
)


@FAST
@given(JSON_VALUE, st.sampled_from([None, 2]), st.booleans(), st.sampled_from(["", " ", "\x00", "\ud800", "}"]))
def test_json(tmp_path: Path, value: object, indent: int | None, ascii_: bool, tail: str) -> None:
    raw = json.dumps(value, indent=indent, ensure_ascii=ascii_)
    if tail == "\ud800":
        raw = raw.replace(CANARY, CANARY + "\\ud800", 1)
    else:
        raw += tail
    check_text_format(tmp_path, "a.json", raw.encode("utf-8"))


# --- .docx: made by python-docx, then mutated -----------------------------------------------------------------


def _docx(paragraphs: list[str], author: str) -> bytes:
    d = docxlib.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.core_properties.author = author
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


BASE_DOCX = _docx([f"{CANARY} called.", "Bye."], CANARY)


@SLOW
@given(st.lists(LINE, min_size=1, max_size=4), LINE, st.data())
def test_docx(tmp_path: Path, paragraphs: list[str], author: str, data: st.DataObject) -> None:
    raw = _docx(paragraphs, author) if data.draw(st.booleans()) else BASE_DOCX
    mutation = data.draw(st.sampled_from(["none", "flip", "truncate", "member"]))
    if mutation == "flip":
        buf = bytearray(raw)
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(buf) - 1))
            buf[i] = data.draw(st.integers(0, 255))
        raw = bytes(buf)
    elif mutation == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    elif mutation == "member":
        out = io.BytesIO()
        target = data.draw(st.sampled_from(["word/document.xml", "docProps/core.xml", "[Content_Types].xml"]))
        junk = data.draw(st.sampled_from([b"", b"<a>", b"<?xml version='1.0'?><!DOCTYPE a><a/>", b"\xff\xfe<\x00"]))
        with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info, junk if info.filename == target else zin.read(info.filename))
        raw = out.getvalue()
    doc = read_or_refuse(tmp_path, "a.docx", raw)
    if doc is None:
        return
    out_bytes = redact_canary(doc)
    with zipfile.ZipFile(io.BytesIO(out_bytes)) as z:
        for info in z.infolist():
            assert CANARY.encode() not in z.read(info.filename), f"canary left in a .docx part ({info.filename})"
