"""Hostile and broken files against the format readers (issue 16): every string a format can carry is
analysed or the file is refused with a one-line error (exit 3); sizes are bounded before reading.

Reader-level tests run without the model; the few end-to-end ones run ``redact run``/``check`` with the
real model on synthetic files (the canary names and numbers are invented).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import docx as docxlib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact import documents
from redact.anonymize import Replacement
from redact.cli import app
from redact.documents import MAX_BYTES, read, render
from redact.documents import docx as docx_fmt
from redact.documents import md as md_fmt
from redact.errors import DecodeError, DocumentError, DocumentTooLargeError, MalformedDocumentError
from redact.resolve import Span, clip_to_segments

runner = CliRunner()
NAME = "Gennady Shlykov"
PHONE = "+7 914 265 37 08"


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def refused(path: Path, kind: type[DocumentError] = DocumentError) -> DocumentError:
    """``read`` refuses ``path`` with a one-line, text-free error of type ``kind``."""
    with pytest.raises(kind) as info:
        read(path)
    msg = str(info.value)
    assert "\n" not in msg and "Gennady" not in msg and "Shlykov" not in msg and "914" not in msg
    return info.value


def rep(start: int, end: int, new: str = "<PERSON>", entity: str = "PERSON") -> Replacement:
    return Replacement(Span(start, end, entity, 1.0, "test"), "label", new)


def at(text: str, needle: str, new: str = "<PERSON>") -> Replacement:
    pos = text.index(needle)
    return rep(pos, pos + len(needle), new)


def make_docx(
    tmp_path: Path, name: str = "a.docx", text: str = f"{NAME} called.", parts: dict[str, bytes] | None = None
) -> Path:
    """A .docx made by python-docx, with members in ``parts`` (zip name -> bytes) replaced or added."""
    d = docxlib.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    extra = dict(parts or {})
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, extra.pop(info.filename, zin.read(info.filename)))
        for k, v in extra.items():
            zout.writestr(k, v)
    return write(tmp_path, name, out.getvalue())


# --- sizes, NULs, encodings (#9, #13, #15) ---------------------------------------------------------------------


def test_size_is_checked_by_stat_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:  # sparse: 200 MiB + 1 byte on disk without writing them
        fh.truncate(MAX_BYTES + 1)
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *a: object, **k: object) -> object:
        opened.append(str(self))
        return real_open(self, *a, **k)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "open", spy)
        mp.setattr(Path, "read_bytes", lambda self: pytest.fail("the whole file was read"))
        with pytest.raises(DocumentTooLargeError):
            documents.read_source(p)
        with pytest.raises(DocumentTooLargeError):
            read(p)
    assert opened == []


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    refused(fifo, DecodeError)  # would block forever if opened


def test_nul_byte_after_8_kib_makes_the_file_binary(tmp_path: Path) -> None:
    data = ("word " * 2000 + "\n").encode() + b"\x00" + f" {NAME} {PHONE}\n".encode()
    assert len(data) > 8192
    err = refused(write(tmp_path, "late-nul.txt", data), DecodeError)
    assert "binary" in err.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_is_refused_by_name_not_called_binary(tmp_path: Path, encoding: str) -> None:
    data = f"{NAME} called {PHONE} about the parcel.\n".encode(encoding)
    err = refused(write(tmp_path, "wide.txt", data), DecodeError)
    assert "is not supported, save as UTF-8" in err.reason and "binary" not in err.reason


# --- .docx: DTDs, zip bombs, broken parts (#4, #9, #13) -------------------------------------------------------


def _with_dtd(xml: bytes) -> bytes:
    head, rest = xml.split(b"?>", 1)
    dtd = f'<!DOCTYPE w:document [<!ENTITY n "{NAME} {PHONE}">]>'.encode()
    rest = rest.replace(b"called.</w:t>", b"called &n;.</w:t>", 1)
    return head + b"?>" + dtd + rest


def test_docx_with_internal_dtd_entity_is_refused(tmp_path: Path) -> None:
    plain = make_docx(tmp_path, "plain.docx")
    with zipfile.ZipFile(plain) as z:
        xml = z.read("word/document.xml")
    p = make_docx(tmp_path, "dtd.docx", parts={"word/document.xml": _with_dtd(xml)})
    err = refused(p, MalformedDocumentError)
    assert "DTD" in err.reason


def test_docx_doctype_in_any_part_is_refused(tmp_path: Path) -> None:
    core = b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>'
    p = make_docx(tmp_path, "doctype.docx", parts={"customXml/item9.xml": core})
    refused(p, MalformedDocumentError)


def test_docx_malformed_custom_properties_is_a_one_line_error(tmp_path: Path) -> None:
    ct = (
        '<Override PartName="/docProps/custom.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    )
    plain = make_docx(tmp_path, "plain.docx")
    with zipfile.ZipFile(plain) as z:
        types = z.read("[Content_Types].xml").replace(b"</Types>", ct.encode() + b"</Types>")
        rels = z.read("_rels/.rels").replace(
            b"</Relationships>",
            b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'custom-properties" Target="docProps/custom.xml"/></Relationships>',
        )
    broken = f"<Properties><property name='x'><vt:lpwstr>{NAME}</vt:lpwstr>".encode()  # unbound prefix, unclosed
    p = make_docx(
        tmp_path,
        "custom.docx",
        parts={"[Content_Types].xml": types, "_rels/.rels": rels, "docProps/custom.xml": broken},
    )
    refused(p, MalformedDocumentError)


def _bomb(tmp_path: Path, name: str, members: dict[str, int]) -> Path:
    """A zip whose members are runs of one byte: tiny compressed, huge inflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for member, size in members.items():
            with z.open(member, "w", force_zip64=True) as fh:
                chunk = b" " * (1024 * 1024)
                for _ in range(size // len(chunk)):
                    fh.write(chunk)
    return write(tmp_path, name, out.getvalue())


def test_docx_zip_bomb_is_refused_from_the_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = _bomb(tmp_path, "bomb.docx", {"[Content_Types].xml": 4 * 1024 * 1024, "word/document.xml": 300 * 1024 * 1024})
    assert p.stat().st_size < 2 * 1024 * 1024
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *a, **k: pytest.fail("a member was inflated"))
    err = refused(p, DocumentTooLargeError)
    assert err.where == "zip"


def test_docx_ratio_and_part_count_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = _bomb(tmp_path, "ratio.docx", {"word/document.xml": 8 * 1024 * 1024})
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *a, **k: pytest.fail("a member was inflated"))
    assert "compressed more than" in refused(p, DocumentTooLargeError).reason
    monkeypatch.undo()
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        for k in range(getattr(docx_fmt, "DOCX_MAX_PARTS", 1000) + 1):
            z.writestr(f"p/{k}.xml", b"<a/>")
    assert "parts" in refused(write(tmp_path, "many.docx", many.getvalue()), DocumentTooLargeError).reason


# --- JSON: keys are text too (#2), lone surrogates (#13) ----------------------------------------------------


def test_json_key_is_a_segment_and_no_locator_names_it(tmp_path: Path) -> None:
    raw = json.dumps({"notes": {NAME: f"call {PHONE}"}, "segments": [{"text": "hi", "start": 0, "end": 1}]})
    doc = read(write(tmp_path, "k.json", raw))
    texts = [doc.text[s.start : s.end] for s in doc.segments]
    assert NAME in texts, "the key is analysed as its own segment"
    assert f"{NAME}: call {PHONE}" in doc.text, "read as 'key: value', so the key is context for its value"
    assert not any("Gennady" in s.locator or "Shlykov" in s.locator for s in doc.segments)
    out = json.loads(render(doc, [at(doc.text, NAME), at(doc.text, PHONE, "<PHONE>")]))
    assert out["notes"] == {"<PERSON>": "call <PHONE>"}


def test_json_keys_redacted_alike_are_kept_apart(tmp_path: Path) -> None:
    raw = json.dumps({"Gennady Shlykov": "brother", "Oleg Shlykov": "cousin", "<PERSON> #2": 7}, indent=2)
    doc = read(write(tmp_path, "k2.json", raw))
    out_raw = render(doc, [at(doc.text, "Gennady Shlykov"), at(doc.text, "Oleg Shlykov")]).decode()
    out = json.loads(out_raw)
    assert list(out.values()) == ["brother", "cousin", 7], "no value is lost to a merged key"
    assert list(out) == ["<PERSON>", "<PERSON> #3", "<PERSON> #2"]
    assert "Shlykov" not in out_raw


def test_json_duplicate_key_with_a_non_string_value_is_refused(tmp_path: Path) -> None:
    refused(write(tmp_path, "dup.json", '{"a": 1, "a": {"x": "Gennady Shlykov"}}'), MalformedDocumentError)


@pytest.mark.parametrize("raw", ['{"text": "Gennady \\ud800 Shlykov"}', '{"\\udfff Gennady Shlykov": 1}'])
def test_json_lone_surrogate_is_a_one_line_error(tmp_path: Path, raw: str) -> None:
    err = refused(write(tmp_path, "s.json", raw), MalformedDocumentError)
    assert err.where == "line 1"


# --- SRT: voice tags and tag text (#3), broken blocks (#15) --------------------------------------------------


def test_srt_voice_tag_name_is_read_and_written_as_text(tmp_path: Path) -> None:
    data = f"1\n00:00:01,000 --> 00:00:02,000\n<v {NAME}>Hello, call me.\n\n2\n00:00:02,000 --> 00:00:03,000\nBye.\n"
    doc = read(write(tmp_path, "v.srt", data))
    assert doc.text.startswith(f"{NAME}: Hello, call me.")
    assert any(doc.text[s.start : s.end] == NAME for s in doc.segments)
    out = render(doc, [at(doc.text, NAME)]).decode()
    assert out == data.replace(f"<v {NAME}>", "<v [PERSON]>")
    assert read(write(tmp_path, "v2.srt", out)).text.startswith("[PERSON]: Hello")


def test_srt_attribute_and_class_words_are_read(tmp_path: Path) -> None:
    data = f'1\n00:00:01,000 --> 00:00:02,000\n<font face="{NAME}">Hi</font> <c.Shlykova>there</c>\n'
    doc = read(write(tmp_path, "f.srt", data))
    segs = [doc.text[s.start : s.end] for s in doc.segments]
    assert segs == ["Hi", "there", NAME, "Shlykova"]
    out = render(doc, [at(doc.text, NAME, '<"PERSON">'), at(doc.text, "Shlykova")]).decode()
    assert out == '1\n00:00:01,000 --> 00:00:02,000\n<font face="[PERSON]">Hi</font> <c.[PERSON]>there</c>\n'


def test_srt_block_without_timing_is_refused_not_absorbed(tmp_path: Path) -> None:
    data = (
        f"1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n{NAME} {PHONE}\n\n2\n00:00:03,000 --> 00:00:04,000\nBye.\n"
    )
    err = refused(write(tmp_path, "b.srt", data), MalformedDocumentError)
    assert err.where == "line 5"
    # Trailing blank lines at the end of the file are fine.
    assert read(write(tmp_path, "ok.srt", "1\n00:00:01,000 --> 00:00:02,000\nBye.\n\n\n\n")).text == "Bye."


# --- Markdown: code spans at a line end, emphasis, escaping (#11) --------------------------------------------


def test_md_span_clipped_after_a_code_span_never_joins_lines(tmp_path: Path) -> None:
    src = f"Run `ls`\n{NAME} said hello.\n"
    doc = read(write(tmp_path, "c.md", src))
    # An entity that runs from the code span into the next line is clipped to the prose: not to its newline.
    start = src.index("`ls`")
    spans = clip_to_segments([Span(start, src.index(" said"), "PERSON", 0.9, "test")], doc.bounds())
    out = render(doc, [Replacement(s, "label", "<PERSON>") for s in spans]).decode()
    assert out == "Run `ls`\n\\<PERSON> said hello.\n"


def test_md_emphasis_delimiters_are_never_in_a_segment(tmp_path: Path) -> None:
    src = "We met **Oleg Walker** and __Irina Cook__ and ~~Pavel~~ but not snake_case or * bullets.\n"
    doc = read(write(tmp_path, "e.md", src))
    texts = [doc.text[s.start : s.end] for s in doc.segments]
    assert "Oleg Walker" in texts and "Irina Cook" in texts and "Pavel" in texts
    assert "but not snake_case or * bullets." in texts, "an underscore inside a word and a lone star are text"
    assert all(t.strip("*_~") == t for t in texts)
    assert len(doc.text) == len(src), "offsets are the file's"


def test_md_emphasised_full_name_is_replaced_whole(strict_redactor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = read(write(tmp_path, "n.md", "**Pavel Hill**, a driver, said so.\n"))
    out = strict_redactor.redact(doc).output.decode()
    assert "Hill" not in out and "Pavel" not in out
    assert out.startswith("**") and "**," in out


MD_TEXT = st.text(st.sampled_from(list("ab Z\n`*_~[]()<>\\#-+1.:!|&")), max_size=60)
# Replacements as operators make them: not empty, no blank at either end (a blank would unmake a delimiter).
REPLACEMENT = st.text(st.sampled_from(list("aZ <>[]*_`\\~|&#-+1.\n")), min_size=1, max_size=8).filter(
    lambda r: r == r.strip()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(MD_TEXT, st.data())
def test_md_replacements_read_back_as_the_same_markup(tmp_path: Path, src: str, data: st.DataObject) -> None:
    """Whatever a replacement holds, the output has the same code, addresses and emphasis as the input."""
    if not src.strip():
        return
    p = write(tmp_path, "p.md", src)
    doc = read(p)
    reps = []
    for s in doc.segments:
        if data.draw(st.booleans()):
            a = data.draw(st.integers(s.start, s.end - 1))
            b = data.draw(st.integers(a + 1, s.end))
            if src[a].isalnum() and src[b - 1].isalnum():  # as entities are: names and numbers
                reps.append(rep(a, b, data.draw(REPLACEMENT)))
    out = render(doc, reps).decode()
    before, after = md_fmt.excluded_ranges(src), md_fmt.excluded_ranges(out)
    assert [src[a:b] for a, b in before] == [out[a:b] for a, b in after]
    stars = [src[a:b] for a, b in md_fmt.delimiters(src, before) if src[a] != "_"]
    assert stars == [out[a:b] for a, b in md_fmt.delimiters(out, after) if out[a] != "_"]
    assert src.count("\n") == out.count("\n")


# --- end to end: run and check with the real model ------------------------------------------------------------

E2E = {
    "key.json": json.dumps({"notes": {NAME: f"call {PHONE}"}}),
    "voice.srt": f"1\n00:00:01,000 --> 00:00:02,000\n<v {NAME}>Hello, call me tomorrow.\n",
    "voice.vtt": f"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v {NAME}>Hello, call me <c.{NAME.split()[1]}>now</c>.\n",
    "bold.md": "Run `ls`\nPavel Hill said hello.\n\n**Pavel Hill**, a driver, called.\n",
}
BAD = {
    "broken.srt": f"1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n{NAME} {PHONE}\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\nOk\n",
    "late-nul.txt": ("word " * 2000).encode() + b"\x00" + f" {NAME}\n".encode(),
    "wide.txt": f"{NAME} called {PHONE}.\n".encode("utf-16"),
    "surrogate.json": '{"text": "' + NAME + ' \\ud800"}',
}


def test_run_and_check_see_keys_tags_and_refuse_bad_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, data in {**E2E, **BAD}.items():
        write(src, name, data)
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--policy", "strict", "--quiet"])
    assert res.exit_code == 3, res.output
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before, "originals untouched"
    for name in BAD:
        assert not (out / name).exists(), f"{name}: no output for a refused file"
        lines = [ln for ln in res.output.splitlines() if name in ln]
        assert len(lines) == 1, f"{name}: one line"
        assert "Shlykov" not in lines[0] and "internal error" not in lines[0]
    for name in E2E:
        text = (out / name).read_text(encoding="utf-8")
        assert "Shlykov" not in text and "Gennady" not in text and "Hill" not in text, name
    assert "Run `ls`\n" in (out / "bold.md").read_text() and "**\\<PERSON>**," in (out / "bold.md").read_text()
    assert "<v [PERSON]>" in (out / "voice.srt").read_text()
    # check finds the key and the voice in the originals (with locators that do not name them) and passes the outputs.
    found = runner.invoke(app, ["check", *(str(src / n) for n in E2E), "--policy", "strict", "--format", "json"])
    assert found.exit_code == 1, found.output
    report = json.loads(found.stdout[found.stdout.index("{") :])
    hit = {(Path(f["file"]).name, f["line"]) for f in report["findings"] if f["entity_type"] == "PERSON"}
    assert ("key.json", 1) in hit and ("voice.srt", 3) in hit and ("voice.vtt", 4) in hit
    assert "Shlykov" not in found.stdout and "Gennady" not in found.stdout
    clean = runner.invoke(app, ["check", *(str(out / n) for n in E2E), "--policy", "strict"])
    assert clean.exit_code == 0, clean.output


def test_vtt_text_before_a_tag_with_a_stray_angle_bracket_is_read(tmp_path: Path) -> None:
    # Found by the fuzz test: "<Zorbekova<i>" was one tag whose "name" was never read.
    from redact.documents import read

    path = tmp_path / "a.vtt"
    path.write_bytes(b"WEBVTT\n\n00:01.000 --> 00:02.000\n<Zorbekova<i>hi</i>\n<Zorbekova>\n")
    doc = read(path)
    assert doc.text.count("Zorbekova") == 2


def test_md_an_escaped_star_or_tilde_does_not_hide_the_delimiter_after_it() -> None:
    # Found by the property test above: a replacement "~" before the file's "~" wrote "\~~".
    assert md_fmt.delimiters("1\\~~", []) == [(3, 4)]
    assert md_fmt.delimiters("\\**Ivan**", []) == [(2, 3), (7, 9)]
