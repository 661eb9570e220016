"""The file around a draw.io diagram, and its pages.

A diagram comes as an ``<mxfile>`` with one or more ``<diagram>`` pages, a bare
``<mxGraphModel>``, or inside a picture or web page draw.io exported: an editable
``.drawio.svg`` (the SVG's ``content``), ``.drawio.png`` (a PNG text chunk) or an
HTML page (``data-mxgraph``). A page's model is plain XML or compressed (base64 of
raw deflate of URL-encoded XML) and is inflated only when the page is read.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import urllib.parse
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from mapper.i18n import translate
from mapper.i18n.formatting import format_number
from mapper.model import MapFileError
from mapper.model.fileformat import line_place

from ..building import MAX_INPUT_BYTES
from ..safexml import local_name, parse_xml


@dataclass
class _Page:
    name: str
    element: Element | None       # the <diagram> (None for a bare <mxGraphModel>)
    model: Element | None = None  # parsed lazily: compressed pages are inflated on demand


def _root(data: bytes | str, name: str) -> Element:
    if isinstance(data, bytes) and len(data) > MAX_INPUT_BYTES:
        raise MapFileError(name, translate("Import", "the file is too large for a diagram ({size} MB)").format(
            size=format_number(len(data) // (1024 * 1024))))
    if not (data.strip() if isinstance(data, (bytes, str)) else data):
        raise MapFileError(name, translate("MapFile", "the file is empty"))
    embedded = _diagram_in_png(data, name)
    if embedded is None:
        embedded = _diagram_in_html(data, name)
    if embedded is not None:
        data = embedded
    root = parse_xml(data, name)
    if local_name(root.tag) == "svg" and root.get("content"):
        # An editable ".drawio.svg": the diagram travels in the picture's content attribute.
        root = parse_xml(root.get("content"), name, translate("Import", "the diagram inside the SVG"))
    return root


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<\s*(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_MXGRAPH_ATTR = re.compile(rb"""\bdata-mxgraph\s*=\s*(?:"([^"]*)"|'([^']*)')""")


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _diagram_in_png(data: bytes | str, name: str) -> str | None:
    """The diagram inside an editable ``.drawio.png`` (None for anything that is not a PNG).

    draw.io keeps the diagram in a text chunk of the picture: ``tEXt`` (or ``zTXt``,
    ``iTXt``) under the keyword "mxfile" (older versions: "mxGraphModel"), URL-encoded.
    """
    if not isinstance(data, bytes) or not data.startswith(_PNG_SIGNATURE):
        return None
    i = len(_PNG_SIGNATURE)
    while i + 8 <= len(data):
        length = int.from_bytes(data[i:i + 4], "big")
        kind, body = data[i + 4:i + 8], data[i + 8:i + 8 + length]
        if len(body) < length:
            break
        i += 12 + length
        if kind not in (b"tEXt", b"zTXt", b"iTXt") or b"\0" not in body:
            if kind == b"IEND":
                break
            continue
        keyword, rest = body.split(b"\0", 1)
        if keyword not in (b"mxfile", b"mxGraphModel"):
            continue
        try:
            if kind == b"zTXt":
                rest = _inflate_chunk(rest[1:])
            elif kind == b"iTXt":
                compressed, rest = rest[0], rest[2:]
                rest = rest.split(b"\0", 2)[2]  # language tag, translated keyword
                if compressed:
                    rest = _inflate_chunk(rest)
            text = rest.decode("utf-8" if kind == b"iTXt" else "latin-1")
        except (zlib.error, IndexError, UnicodeDecodeError):
            raise MapFileError(name, translate("Import", "the draw.io diagram inside this picture is damaged")) from None
        text = text.strip()
        return urllib.parse.unquote(text) if text.startswith("%") else text
    raise MapFileError(name, translate("Import", "this picture holds no draw.io diagram (save it from draw.io as an "
                                                 "editable PNG, \"Include a copy of my diagram\")"))


def _inflate_chunk(raw: bytes) -> bytes:
    inflater = zlib.decompressobj()
    out = inflater.decompress(raw, MAX_INPUT_BYTES)
    if inflater.unconsumed_tail:
        raise zlib.error("too large")
    return out


def _diagram_in_html(data: bytes | str, name: str) -> str | None:
    """The diagram of a page draw.io exported as HTML ("File > Export as > HTML").

    The page is HTML, not XML, so it is not parsed: the diagram travels as JSON in the
    ``data-mxgraph`` attribute of a ``<div class="mxgraph">``, under "xml".
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if not _HTML_START.match(raw[:4096]):
        return None
    m = _MXGRAPH_ATTR.search(raw)
    if m is None:
        raise MapFileError(name, translate("Import", "this web page holds no draw.io diagram (no data-mxgraph in it)"))
    text = (m.group(1) if m.group(1) is not None else m.group(2)).decode("utf-8", "replace")
    try:
        payload = json.loads(html.unescape(text))
    except ValueError:
        raise MapFileError(name, translate("Import", "the draw.io diagram in this web page is damaged (data-mxgraph "
                                                     "is not JSON)")) from None
    xml = payload.get("xml") if isinstance(payload, dict) else None
    if not isinstance(xml, str) or not xml.strip():
        raise MapFileError(name, translate("Import", "this web page's draw.io viewer has no diagram inside (no "
                                                     "\"xml\" in it)"))
    return xml


def _pages(root: Element, name: str) -> list[_Page]:
    tag = local_name(root.tag)
    if tag == "mxGraphModel":
        return [_Page("Page-1", None, root)]
    if tag == "diagram":
        return [_Page(root.get("name") or "Page-1", root)]
    if tag != "mxfile":
        raise MapFileError(name, translate("Import", "this is not a draw.io diagram (the XML starts with <{tag}>, "
                                                     "expected <mxfile> or <mxGraphModel>)").format(tag=tag),
                           line_place(1))
    pages = [_Page(d.get("name") or f"Page-{i}", d) for i, d in enumerate(root.iter("diagram"), 1)]
    if not pages:
        raise MapFileError(name, translate("Import", "the draw.io file has no pages (no <diagram> inside <mxfile>)"))
    return pages


def list_pages(data: bytes, name: str = "<drawio>") -> list[str]:
    """The names of the diagram's pages, in order (page 1 first).

    XML that is not a draw.io diagram at all (a BPMN model saved as ``.xml``) has
    no pages: ``[]``, so a caller can go on to ``import_file``, which knows it.
    Unreadable XML raises ``MapFileError``.
    """
    root = _root(data, name)
    if local_name(root.tag) not in ("mxfile", "mxGraphModel", "diagram"):
        return []
    return [p.name for p in _pages(root, name)]


def _inflate(text: str, name: str, place: str) -> str:
    """draw.io's compressed page: base64 of raw deflate of URL-encoded XML."""
    compact = re.sub(r"\s+", "", text)
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise MapFileError(name, translate("Import", "the compressed diagram is damaged (not valid base64)"),
                           place) from None
    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(raw, MAX_INPUT_BYTES)
    except zlib.error:
        raise MapFileError(name, translate("Import", "the compressed diagram is damaged (it does not inflate)"),
                           place) from None
    if inflater.unconsumed_tail:
        raise MapFileError(name, translate("Import", "the compressed diagram unpacks to more than {size} MB; mapper "
                                                     "refuses it").format(size=format_number(MAX_INPUT_BYTES // (1024 * 1024))),
                           place)
    if not inflater.eof:
        raise MapFileError(name, translate("Import", "the compressed diagram is cut off (it ends too early)"), place)
    try:
        decoded = out.decode("utf-8")
    except UnicodeDecodeError:
        raise MapFileError(name, translate("Import", "the compressed diagram is damaged (it is not text)"),
                           place) from None
    return urllib.parse.unquote(decoded) if decoded.lstrip().startswith("%") else decoded


def _page_model(page: _Page, number: int, name: str) -> Element:
    if page.model is not None:
        return page.model
    place = translate("Import", 'page {number} "{name}"').format(number=number, name=page.name)
    model = next((c for c in page.element if local_name(c.tag) == "mxGraphModel"), None)
    if model is None:
        text = (page.element.text or "").strip()
        if not text:
            raise MapFileError(name, translate("Import", "the page is empty"), place)
        if text.startswith("<"):
            model = parse_xml(text, name, place)
        else:
            model = parse_xml(_inflate(text, name, place), name, place)
    if local_name(model.tag) != "mxGraphModel":
        raise MapFileError(name, translate("Import", "the page holds <{tag}>, not a diagram").format(
            tag=local_name(model.tag)), place)
    page.model = model
    return model
