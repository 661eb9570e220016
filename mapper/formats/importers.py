"""One entry point for every file mapper can import: ``import_file(path, page=None)``.

The kind of file is decided by its extension and, for ``.xml`` and unknown
extensions, by looking at its first bytes. Reading problems (missing file,
folder, no permission, not UTF-8, too large) become ``MapFileError``s naming
the file, like every other bad input.
"""

from __future__ import annotations

import os
import re

from mapper.i18n import translate
from mapper.model import MapFileError, loads_map
from mapper.model.fileformat import line_place, read_file

from .bpmn import import_bpmn
from .building import MAX_INPUT_BYTES, ImportResult
from .drawio import import_drawio
from .mermaid import import_mermaid

__all__ = ["import_file", "ImportResult", "file_kind"]

#: "xml" means: look inside to tell draw.io from BPMN.
_BY_EXTENSION = [
    (".bpmn20.xml", "bpmn"), (".drawio.xml", "drawio"), (".drawio.svg", "drawio"), (".drawio.png", "drawio"),
    (".drawio", "drawio"), (".png", "drawio"),
    (".dio", "drawio"), (".svg", "xml"), (".html", "xml"), (".htm", "xml"),
    (".bpmn", "bpmn"), (".mmd", "mermaid"), (".mermaid", "mermaid"), (".md", "mermaid"),
    (".markdown", "mermaid"), (".json", "json"), (".xml", "xml"),
]


def _sniff_xml(data: bytes) -> str | None:
    head = data[:8192]
    if re.search(rb"<\s*(mxfile|mxGraphModel)\b", head):
        return "drawio"
    if re.search(rb"<svg\b[^>]*\bcontent=\"[^\"]*mxfile", data[:65536]):
        return "drawio"  # an editable draw.io SVG carries its diagram in "content"
    if re.search(rb"<\s*(!doctype\s+html|html)\b", head, re.IGNORECASE) and b"data-mxgraph" in data:
        return "drawio"  # draw.io's "Export as HTML": the diagram sits in a data-mxgraph attribute
    if re.search(rb"<\s*(\w+:)?definitions\b", head) and b"BPMN" in head.upper():
        return "bpmn"
    return None


def file_kind(name: str, data: bytes) -> str:
    """'mermaid', 'drawio', 'bpmn' or 'json', from the extension and then the content."""
    low = name.lower()
    kind = next((k for ext, k in _BY_EXTENSION if low.endswith(ext)), None)
    if kind not in (None, "xml"):
        return kind
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "drawio"  # an editable draw.io picture; one without a diagram is refused there
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        sniffed = _sniff_xml(text)
        if sniffed:
            return sniffed
        raise MapFileError(name, translate("Import", "this file is neither a draw.io diagram (<mxfile>, an editable "
                                                     "draw.io SVG or HTML page) nor a BPMN model (<definitions>)"),
                           line_place(1))
    if kind == "xml":
        raise MapFileError(name, translate("Import", "this .xml file does not hold XML"), line_place(1))
    if text.startswith(b"{"):
        return "json"
    if re.search(rb"^\s*(flowchart|graph)\b|```\s*mermaid", text[:65536], re.MULTILINE | re.IGNORECASE):
        return "mermaid"
    raise MapFileError(name, translate("Import", "mapper cannot tell what kind of file this is; it imports Mermaid "
                                                 "(.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) and mapper maps "
                                                 "(.json)"))


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is allowed); anything else is a clear error with the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:65536]:
        raise MapFileError(name, translate("Import", "this is a binary file, not text"), line_place(1))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        raise MapFileError(name, translate("Import", "the file is not UTF-8 text (save it as UTF-8 and try again)"),
                           line_place(line)) from None


def import_file(path: str | os.PathLike, page: int | None = None) -> ImportResult:
    """Import a Mermaid, draw.io, BPMN or mapper file. ``page`` (1-based) picks a draw.io page."""
    name = str(path)
    data = read_file(path, MAX_INPUT_BYTES, "a file mapper can import")
    if not data.strip():
        raise MapFileError(name, translate("MapFile", "the file is empty"))
    kind = file_kind(name, data)
    warnings: list[str] = []
    if page is not None and kind != "drawio":
        warnings.append(translate("Import", "--page only applies to draw.io files; ignored it"))
    if kind == "json":
        result = ImportResult(loads_map(data, name), [])
    elif kind == "mermaid":
        result = import_mermaid(decode_text(data, name), name)
    elif kind == "drawio":
        result = import_drawio(data, name, page)
    else:
        result = import_bpmn(data, name)
    result.warnings[:0] = warnings
    return result
