"""Reading XML from other tools without the dangers of XML (bombs, outside files).

All of mapper's XML input goes through ``parse_xml``: defusedxml refuses entity
declarations (the "billion laughs" bomb) and external references, and every
failure becomes a ``MapFileError`` naming the file and the line.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml import ElementTree as SafeElementTree

from mapper.i18n import translate
from mapper.model import MapFileError
from mapper.model.fileformat import line_place


def parse_xml(data: bytes | str, name: str, place: str = "") -> Element:
    """Parse XML safely. ``place`` (e.g. "page 2") prefixes the line in error messages."""
    def where(line: int | None = None) -> str:
        parts = [p for p in (place, line_place(line) if line else "") if p]
        return ", ".join(parts)

    try:
        return SafeElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise MapFileError(name, translate("Import", "the file declares its own XML entities; mapper refuses those "
                                                     "for safety (that is how \"XML bomb\" files work)"), where()) from None
    except ExternalReferenceForbidden:
        raise MapFileError(name, translate("Import", "the file refers to outside files or web addresses (external "
                                                     "entities); mapper refuses those for safety"), where()) from None
    except DTDForbidden:  # pragma: no cover - DTDs are allowed above, kept for completeness
        raise MapFileError(name, translate("Import", "the file has a document type declaration, which mapper "
                                                     "refuses"), where()) from None
    except DefusedXmlException as e:
        raise MapFileError(name, translate("Import", "the XML was refused for safety ({reason})").format(reason=e),
                           where()) from None
    except ParseError as e:
        line = e.position[0] if getattr(e, "position", None) else None
        msg = re.sub(r":\s*line \d+, column \d+$", "", str(e))
        if msg.startswith("no element found"):
            words = translate("Import", "the XML ends too early (the file may be cut off or empty)")
        elif msg.startswith("unclosed token"):
            words = translate("Import", "the XML ends in the middle of a tag (the file may be cut off)")
        else:
            words = translate("Import", "the XML is broken ({reason})").format(reason=msg)
        raise MapFileError(name, words, where(line)) from None
    except (ValueError, LookupError) as e:  # unknown encodings, NUL bytes in str input
        raise MapFileError(name, translate("Import", "the XML could not be read ({reason})").format(reason=e),
                           where()) from None


def local_name(tag: object) -> str:
    """A tag without its namespace: ``{http://...}task`` -> ``task``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
