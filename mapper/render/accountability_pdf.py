"""The accountability chart on paper: PDF files and printers, with the checklist's paginator.

Each seat is a heading with a rule, a one-line summary, then its lists (steps
by stage, metrics, priorities) as bulleted lines; a heading never ends a page
and every page has the checklist's footer ("Page 2 of 3"). Black on white.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QPaintDevice, QPdfWriter

from mapper.formats.accountability_doc import AccountabilityDoc
from mapper.render.checklist_pdf import (paint_pages, BODY_PT, FOOTER_MM, PDF_RESOLUTION, Block, ChecklistLayout, Progress,
                                         _paginate, _set_margins, _Typesetter)


def _blocks(doc: AccountabilityDoc, ts: _Typesetter) -> list[Block]:
    mm = ts.mm
    out: list[Block] = []
    text_block = ts.text_block

    out.append(text_block("title", doc.title, 21, bold=True, keep=True))
    out.append(text_block("text", doc.subtitle(), BODY_PT, keep=True, space=mm(1)))
    for card in doc.cards:
        out.append(text_block("heading", card.owner, 16, bold=True, keep=True, space=mm(7), rule=True))
        out.append(text_block("text", card.summary(), BODY_PT - 1, italic=True, keep=True, space=mm(0.5)))
        for sec in card.sections:
            out.append(text_block("heading", sec.heading, 12, bold=True, keep=True, space=mm(3)))
            for e in sec.entries:
                out.append(text_block("item", "•  " + e.text, BODY_PT - 0.5, indent=mm(4), space=mm(0.8)))
    return out


def layout_accountability(doc: AccountabilityDoc, device: QPaintDevice) -> ChecklistLayout:
    """Measure and place the chart for ``device`` (its margins must be set)."""
    ts = _Typesetter(device)
    text_height = float(device.height()) - ts.mm(FOOTER_MM)
    pages = _paginate(_blocks(doc, ts), text_height)
    return ChecklistLayout(pages, ts.width, text_height, [f"{doc.title} — accountability"] * len(pages))


def paint_accountability(device: QPaintDevice, doc: AccountabilityDoc,
                         progress: Progress | None = None) -> ChecklistLayout | None:
    """Typeset the chart onto a PDF writer or printer; None when ``progress`` cancelled."""
    _set_margins(device)
    layout = layout_accountability(doc, device)
    ts = _Typesetter(device)
    return paint_pages(device, layout, ts, progress)


def write_accountability_pdf(doc: AccountabilityDoc, path, progress: Progress | None = None,
                             page_size: str = "A4") -> ChecklistLayout | None:
    """Write the chart as a PDF at ``path``, atomically; None (and no file) when cancelled."""
    from mapper.render.export import atomic_output, page_size_id

    with atomic_output(path, (".pdf",)) as tmp:
        writer = QPdfWriter(tmp.path)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(page_size_id(page_size)))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(QCoreApplication.translate("AccountabilityPdf", "{title} — accountability chart").format(title=doc.title))
        writer.setCreator("mapper")
        result = paint_accountability(writer, doc, progress)
        del writer
        if result is None:
            tmp.cancel()
        return result

