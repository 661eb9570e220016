"""The quarterly review typeset for paper, with the checklist's block paginator
(``checklist_pdf``): the same type, tables, footer and page rules, so the two
documents look like one family. Meant to fit one or two A4 pages.
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QPaintDevice, QPdfWriter

from mapper.formats.review_doc import ReviewDoc
from mapper.i18n import translate

from .checklist_pdf import (paint_pages, BODY_PT, FOOTER_MM, PDF_RESOLUTION, Block, ChecklistLayout, _paginate, _Piece, _set_margins, _Typesetter)


def _blocks(doc: ReviewDoc, ts: _Typesetter) -> list[Block]:
    mm = ts.mm
    body = BODY_PT - 1.0
    out: list[Block] = []
    text = ts.text_block

    def table(headers: list[str], rows: list[list[str]]) -> list[Block]:
        pad = mm(1.3)
        # Columns as wide as their longest text wants (within limits), sharing the page width.
        want = [min(40, max(8, len(h), *(len(r[i]) for r in rows))) + 2 for i, h in enumerate(headers)]
        widths = [w / sum(want) for w in want]

        def row(cells, bold) -> Block:
            x, laid, h = 0.0, [], 0.0
            for frac, cell in zip(widths, cells):
                w = ts.width * frac
                tl, th = ts.layout(cell, ts.font(body - 0.5, bold), w - 2 * pad)
                laid.append((x, w, tl))
                h, x = max(h, th), x + w
            return Block("review-header" if bold else "review-row", " | ".join(cells), bold,
                         [_Piece(None, 0.0, 0.0, h + 2 * pad, cells=laid, shade=bold)], h + 2 * pad)

        blocks = [row(headers, True)] + [row(r, False) for r in rows]
        blocks[0].space_before = mm(1.2)
        return blocks

    out.append(text("title", doc.title, 19, bold=True, keep=True))
    out.append(text("text", doc.subtitle, body, keep=True, space=mm(1)))
    out.append(text("heading", translate("Review", "Your system: the method"), 13.5, bold=True, keep=True, space=mm(5), rule=True))
    for line in doc.method:
        out.append(text("text", line, body, space=mm(0.6)))
    for sec in doc.sections:
        out.append(text("heading", sec.heading, 13.5, bold=True, keep=True, space=mm(5), rule=True))
        for p in sec.paragraphs:
            out.append(text("text", p, body, space=mm(1)))
        if sec.table is not None and sec.table.rows:
            out.extend(table(sec.table.headers, sec.table.rows))
        elif sec.empty:
            out.append(text("text", sec.empty, body, italic=True, space=mm(1)))
    return out


def layout_review(doc: ReviewDoc, device: QPaintDevice) -> ChecklistLayout:
    """Measure and place the review for ``device`` (margins set); the type shrinks a
    little when that keeps it to two pages."""
    best = None
    for scale in (1.0, 0.92, 0.85):
        ts = _Typesetter(device, scale)
        text_height = float(device.height()) - ts.mm(FOOTER_MM)
        pages = _paginate(_blocks(doc, ts), text_height)
        best = ChecklistLayout(pages, ts.width, text_height, [f"{doc.title} · {doc.subtitle.split(' · ')[0]}"]
                               * len(pages), scale)
        if len(pages) <= 2:
            break
    return best


def paint_review(device: QPaintDevice, doc: ReviewDoc) -> ChecklistLayout:
    """Typeset the review onto a PDF writer or printer."""
    _set_margins(device)
    layout = layout_review(doc, device)
    ts = _Typesetter(device, layout.scale)
    return paint_pages(device, layout, ts)


def write_review_pdf(doc: ReviewDoc, path, page_size: str = "A4") -> ChecklistLayout:
    """Write the review as a PDF at ``path``, atomically. Raises MapFileError naming the file."""
    from mapper.render.export import atomic_output, page_size_id

    with atomic_output(path, (".pdf",)) as tmp:
        writer = QPdfWriter(tmp.path)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(page_size_id(page_size)))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(f"{doc.title}: {doc.subtitle.split(' · ')[0]}")
        writer.setCreator("mapper")
        result = paint_review(writer, doc)
        del writer
        return result
