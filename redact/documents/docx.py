"""Word (.docx): body, tables, headers, footers, notes, comments and metadata, via python-docx.

python-docx opens the package; text is read at the WordprocessingML level so
that nothing the object model does not expose is missed: every paragraph in
the main document (tables and text boxes included), in every header and
footer, in footnotes, endnotes and comments. A paragraph is cut at tabs and
line breaks; each stretch is a segment (``word/document.xml p12``) made of the
``w:t`` text nodes of its runs. Metadata is a classic leak, so core properties
(author, title, subject, keywords, comments, last modified by, category, ...),
the extended properties Company and Manager and every custom text property are
segments too, written as ``title: value`` lines.

An entity split across formatting runs (``<b>Ser</b>gei``) is replaced by
putting the replacement in the run where it starts and removing the rest of
it from the following runs; every run keeps its formatting.

Reading never keeps the opened package: the writer re-opens the original
bytes, walks them in the same order and changes only the redacted text
nodes. With nothing to replace the output is the input, byte for byte.
Outside the runs, field codes (``w:instrText``), tracked deletions
(``w:delText``), revision and comment authors, image alt text and external
hyperlink addresses are segments too, each on its own labelled line. Not
handled: embedded objects (charts, OLE), SmartArt text and text in images.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx as docxlib
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from redact.documents import MAX_BYTES, Document, read_source
from redact.documents._layout import Edit, Layout, edits_by_segment, redact_slice
from redact.errors import DocumentTooLargeError, MalformedDocumentError

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "docx"

# Bounds checked from the zip directory before any part is inflated (a 1 MB zip bomb must not reach GBs).
DOCX_MAX_PARTS = 1000  # Word writes 10-50 parts; images add one each
DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all parts together, images included
DOCX_MAX_XML = 64 * 1024 * 1024  # XML parts together: parsed into trees ~10x their size
DOCX_MAX_RATIO = 200  # uncompressed:compressed for any part larger than DOCX_RATIO_FLOOR
DOCX_RATIO_FLOOR = 1024 * 1024
_MB = 1024 * 1024

# Parts whose paragraphs are text, in the order they are read.
_STORY_TYPES = (CT.WML_DOCUMENT_MAIN, CT.WML_HEADER, CT.WML_FOOTER, CT.WML_FOOTNOTES, CT.WML_ENDNOTES, CT.WML_COMMENTS)
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCT = "http://purl.org/dc/terms/"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CORE = {
    f"{{{_DC}}}title": "title",
    f"{{{_DC}}}subject": "subject",
    f"{{{_DC}}}creator": "author",
    f"{{{_CP}}}keywords": "keywords",
    f"{{{_DC}}}description": "comments",
    f"{{{_CP}}}lastModifiedBy": "last modified by",
    f"{{{_CP}}}category": "category",
    f"{{{_CP}}}contentStatus": "content status",
    f"{{{_DC}}}identifier": "identifier",
    f"{{{_CP}}}version": "version",
}
_EXTENDED = {f"{{{_EP}}}Company": "company", f"{{{_EP}}}Manager": "manager"}
_T = qn("w:t")
_P = qn("w:p")
_BREAKS = {qn("w:tab"): " ", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:ptab"): " "}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_INSTR = qn("w:instrText")
_DEL = qn("w:delText")
_WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# Attributes that hold names or descriptions: revision and comment authors, image alt text.
_ATTRS: dict[str, tuple[tuple[str, str], ...]] = {
    qn("w:ins"): ((qn("w:author"), "revision author"),),
    qn("w:del"): ((qn("w:author"), "revision author"),),
    qn("w:comment"): ((qn("w:author"), "comment author"), (qn("w:initials"), "comment initials")),
    _WP_DOCPR: (("descr", "alt text"), ("title", "alt text")),
}


@dataclass
class _Stretch:
    """One segment: a label (for metadata), its text nodes and where each sits in the text."""

    locator: str
    label: str | None
    nodes: list[tuple[Any, int, int]]  # (element, start, end) within the stretch text
    text: str
    sep: str = "\n"  # what separates it from the stretch before (a tab reads as a space)


def _check_directory(path: Path | str, zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Refuse a package by its zip directory alone, before any member is inflated.

    The declared sizes bound what can be inflated: zipfile never returns more than a
    member's ``file_size`` (and fails the CRC check if the data disagrees).
    """
    infos = zf.infolist()
    if len(infos) > DOCX_MAX_PARTS:
        raise DocumentTooLargeError(path, f".docx has more than {DOCX_MAX_PARTS} parts", where="zip")
    total = sum(i.file_size for i in infos)
    if total > DOCX_MAX_UNCOMPRESSED:
        raise DocumentTooLargeError(path, f".docx unpacks to more than {DOCX_MAX_UNCOMPRESSED // _MB} MB", where="zip")
    xml = sum(i.file_size for i in infos if _is_xml_name(i.filename))
    if xml > DOCX_MAX_XML:
        raise DocumentTooLargeError(path, f".docx holds more than {DOCX_MAX_XML // _MB} MB of XML", where="zip")
    for n, i in enumerate(infos, start=1):
        if i.file_size > DOCX_RATIO_FLOOR and i.file_size > DOCX_MAX_RATIO * max(i.compress_size, 1):
            raise DocumentTooLargeError(
                path, f".docx part {n} is compressed more than {DOCX_MAX_RATIO}:1 (a zip bomb?)", where="zip"
            )
    return infos


def _is_xml_name(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


_HARDENED = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)


def _check_parts(path: Path | str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Every XML part parses with a hardened parser and carries no DOCTYPE.

    An internal DTD can declare entities whose text python-docx would neither
    expand nor analyse, and would write back without their declaration: refused.
    """
    for n, info in enumerate(infos, start=1):
        if info.is_dir():
            continue
        with zf.open(info) as fh:  # images are not inflated whole just to be skipped
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not (_is_xml_name(info.filename) or head.startswith(b"<")):
            continue
        blob = zf.read(info)
        try:
            tree = etree.fromstring(blob, _HARDENED).getroottree()
        except etree.XMLSyntaxError:
            raise MalformedDocumentError(
                path, f"broken XML in .docx part {n}", where="zip", hint="re-save it from Word"
            ) from None
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or b"<!ENTITY" in blob:
            raise MalformedDocumentError(
                path,
                f".docx part {n} declares a DTD (entities), which Word never writes",
                where="zip",
                hint="re-save it from Word",
            )


def _open(path: Path | str, data: bytes) -> Any:
    if len(data) > MAX_BYTES:
        raise DocumentTooLargeError(path, f"file is larger than {MAX_BYTES // _MB} MB")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise MalformedDocumentError(path, "not a .docx file (not a zip archive)", where="byte 0")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_parts(path, zf, _check_directory(path, zf))
        return docxlib.Document(io.BytesIO(data))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        EOFError,
        zlib.error,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        raise MalformedDocumentError(
            path, f"broken .docx package ({type(exc).__name__})", where="zip", hint="re-save it from Word"
        ) from None


def _paragraph_stretches(p: Any, locator: str) -> Iterator[_Stretch]:
    """A paragraph cut at tabs and breaks; nested paragraphs (text boxes) are walked on their own."""
    nodes: list[tuple[Any, int, int]] = []
    text = ""
    k = 0
    sep = "\n"
    for el in p.iter(_T, *_BREAKS):
        if next(el.iterancestors(_P), None) is not p:
            continue
        if el.tag == _T:
            value = el.text or ""
            nodes.append((el, len(text), len(text) + len(value)))
            text += value
        elif text:
            yield _Stretch(f"{locator}.{k}" if k else locator, None, nodes, text, sep)
            nodes, text, k, sep = [], "", k + 1, _BREAKS[el.tag]
    if text:
        yield _Stretch(f"{locator}.{k}" if k else locator, None, nodes, text, sep)


class _Attr:
    """An attribute that can carry a name (an author, an image's alt text), edited like a text node."""

    tag = None

    def __init__(self, el: Any, name: str) -> None:
        self.el, self.name = el, name

    @property
    def text(self) -> str:
        return str(self.el.get(self.name, ""))

    @text.setter
    def text(self, value: str) -> None:
        self.el.set(self.name, value)


class _LinkTarget:
    """An external hyperlink's address (``mailto:…``, a profile URL), kept in the part's relationships."""

    tag = None

    def __init__(self, rel: Any) -> None:
        self.rel = rel

    @property
    def text(self) -> str:
        return str(self.rel._target)

    @text.setter
    def text(self, value: str) -> None:
        self.rel._target = value


def _extras(part: Any, root: Any, name: str) -> Iterator[_Stretch]:
    """Text outside paragraph runs that still leaks: field codes, tracked deletions, authors, alt text, links."""
    for tag, label in ((_INSTR, "field code"), (_DEL, "deleted text")):
        for n, el in enumerate(root.iter(tag), start=1):
            if el.text and el.text.strip():
                yield _Stretch(f"{name} {label} {n}", label, [(el, 0, len(el.text))], el.text)
    for n, el in enumerate(root.iter(), start=1):
        if not isinstance(el.tag, str):
            continue
        for attr, label in _ATTRS.get(el.tag, ()):
            value = el.get(attr)
            if value and value.strip():
                node = _Attr(el, attr)
                yield _Stretch(f"{name} @{etree.QName(attr).localname} {n}", label, [(node, 0, len(value))], value)
    if isinstance(part, XmlPart):
        for rel in sorted(part.rels.values(), key=lambda r: r.rId):
            if rel.is_external and rel.reltype == RT.HYPERLINK and rel.target_ref.strip():
                target = rel.target_ref
                yield _Stretch(f"{name} link {rel.rId}", "link", [(_LinkTarget(rel), 0, len(target))], target)


def _element_of(part: Any) -> tuple[Any, bool]:
    """The part's XML root, and whether it was parsed from the blob (and must be written back)."""
    if isinstance(part, XmlPart):
        return part.element, False
    return parse_xml(part.blob), True


def _walk(document: Any) -> tuple[list[_Stretch], list[tuple[Any, Any]]]:
    """Every text stretch in reading order, and the blob parts that need re-serialising."""
    stretches: list[_Stretch] = []
    blob_parts: list[tuple[Any, Any]] = []
    parts = list(document.part.package.iter_parts())
    order = {ct: i for i, ct in enumerate(_STORY_TYPES)}
    stories = sorted(
        (p for p in parts if p.content_type in order), key=lambda p: (order[p.content_type], str(p.partname))
    )
    for part in stories:
        root, from_blob = _element_of(part)
        if from_blob:
            blob_parts.append((part, root))
        name = str(part.partname).lstrip("/")
        for n, p in enumerate(root.iter(_P), start=1):
            stretches.extend(_paragraph_stretches(p, f"{name} p{n}"))
        stretches.extend(_extras(part, root, name))
    for part in parts:
        if part.content_type == CT.OPC_CORE_PROPERTIES:
            labels = _CORE
        elif part.content_type == CT.OFC_EXTENDED_PROPERTIES:
            labels = _EXTENDED
        elif part.content_type == CT.OFC_CUSTOM_PROPERTIES:
            labels = {}
        else:
            continue
        root, from_blob = _element_of(part)
        if from_blob:
            blob_parts.append((part, root))
        name = str(part.partname).lstrip("/")
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.text or not el.text.strip():
                continue
            if labels:
                label = labels.get(el.tag)
            elif el.tag == f"{{{_VT}}}lpwstr":
                parent = el.getparent()
                label = str(parent.get("name", "property")) if parent is not None else "property"
            else:
                label = None
            if label is not None:
                stretches.append(
                    _Stretch(f"{name} {etree.QName(el).localname}", label, [(el, 0, len(el.text))], el.text)
                )
    return stretches, blob_parts


def read(path: Path) -> Document:
    """Read a .docx into one line per paragraph stretch, then its metadata as ``label: value`` lines."""
    data = read_source(path)
    try:
        stretches, _ = _walk(_open(path, data))
    except etree.XMLSyntaxError:
        raise MalformedDocumentError(
            path, "broken XML in a .docx part", where="zip", hint="re-save it from Word"
        ) from None
    layout = Layout()
    stretch_of: list[int] = []  # segment index -> stretch index (blank stretches make no segment)
    for k, st in enumerate(stretches):
        if layout.segments:
            layout.sep(st.sep)
        if st.label:
            layout.sep(f"{st.label}: ")
        if layout.add(st.text, st.locator) >= 0:
            stretch_of.append(k)
    if not layout.segments:
        raise MalformedDocumentError(path, "the document holds no text", hint="nothing to redact")
    return layout.document(str(path), FORMAT, data=data, stretch_of=tuple(stretch_of))


def _set_text(el: Any, value: str) -> None:
    el.text = value
    if getattr(el, "tag", None) == _T and value != value.strip():
        el.set(_XML_SPACE, "preserve")


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The original package with redacted text nodes; formatting and everything else kept."""
    data: bytes = doc.source["data"]
    if not replacements:
        return data
    document = _open(doc.path, data)
    stretches, blob_parts = _walk(document)
    stretch_of: Sequence[int] = doc.source["stretch_of"]
    if [stretches[k].text.strip() for k in stretch_of] != [doc.text[s.start : s.end] for s in doc.segments]:
        raise ValueError("the .docx changed between reading and writing")
    for i, seg_edits in edits_by_segment(doc, replacements).items():
        st = stretches[stretch_of[i]]
        lead = doc.source["leads"][i]
        edits = [Edit(e.start + lead, e.end + lead, e.new_text) for e in seg_edits]
        for el, a, b in st.nodes:
            new = redact_slice(st.text, edits, a, b)
            if new != st.text[a:b]:
                _set_text(el, new)
    for part, root in blob_parts:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buf = io.BytesIO()
    document.save(buf)
    return _stable_zip(data, buf.getvalue())


def _stable_zip(original: bytes, saved: bytes) -> bytes:
    """``saved`` with each member's timestamp taken from ``original`` (python-docx stamps "now").

    The same input and policy then give the same bytes, so audit hashes and parallel
    runs agree.
    """
    with zipfile.ZipFile(io.BytesIO(original)) as zin:
        stamps = {i.filename: i.date_time for i in zin.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(saved)) as zsrc, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zdst:
        for info in zsrc.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=stamps.get(info.filename, (1980, 1, 1, 0, 0, 0)))
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            zdst.writestr(new, zsrc.read(info.filename))
    return out.getvalue()
