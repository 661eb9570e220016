"""The checklist typeset for paper: PDF files and printers share this code.

A small block paginator: the checklist becomes blocks (title, headings, one block
per step, table rows), each measured with QTextLayout for the device it goes to,
then placed on pages so that a step is never split, a heading is never the last
thing on a page (keep-with-next), and every page has a footer with the map title
and "Page 2 of 3". It reads in black and white: critical steps are marked by a
bold "★ CRITICAL" and a bar in the margin, boxes are drawn squares, decisions
drawn diamonds; nothing relies on colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QPainterPath, QPaintDevice, QPdfWriter, QPen, QTextCharFormat, QTextLayout,
                           QTextOption)

from mapper.formats.checklist import Checklist, ChecklistStep, number_list
from mapper.i18n import translate
from mapper.render.theme import FONT_FAMILIES

#: Page margins in millimetres (left, top, right, bottom); the footer sits in the
#: bottom band of the text area.
MARGINS_MM = (18.0, 18.0, 18.0, 12.0)
FOOTER_MM = 9.0
BODY_PT = 11.5
PDF_RESOLUTION = 300

Progress = Callable[[int, int], bool]


@dataclass
class _Piece:
    """One paragraph of a block, laid out: drawn at (indent, y) inside the block."""
    layout: QTextLayout | None
    indent: float
    y: float
    height: float
    mark: str = ""            # "box", "small-box", "diamond", "start", "end" or ""
    number: str = ""          # drawn right-aligned in the number column
    number_font: QFont | None = None
    cells: list = field(default_factory=list)  # table rows: [(x, width, layout)]
    shade: bool = False


@dataclass
class Block:
    """A unit the paginator places whole: a heading, a step, a table row..."""
    kind: str                 # "title", "heading", "item", "text", "table-header", "table-row", "rule"
    text: str                 # plain text, for tests and the progress label
    keep_with_next: bool = False
    pieces: list[_Piece] = field(default_factory=list)
    height: float = 0.0
    space_before: float = 0.0
    step_number: int | None = None
    critical: bool = False
    rule_below: bool = False


@dataclass
class PlacedBlock:
    block: Block
    page: int                 # 0-based
    top: float                # device pixels from the top of the text area
    pieces: list[_Piece]      # the pieces drawn on this page (a split block keeps its rest for the next)

    @property
    def kind(self) -> str:
        return self.block.kind

    @property
    def text(self) -> str:
        return self.block.text


@dataclass
class ChecklistLayout:
    """Where every block landed: ``pages[i]`` lists page i's blocks top to bottom."""
    pages: list[list[PlacedBlock]]
    page_width: float
    text_height: float
    footer_texts: list[str]
    scale: float = 1.0

    @property
    def page_count(self) -> int:
        return len(self.pages)


# -- measuring -----------------------------------------------------------------

class _Typesetter:
    def __init__(self, device: QPaintDevice, scale: float = 1.0) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        self.scale = scale
        self.width = float(device.width())

    def mm(self, v: float) -> float:
        return v / 25.4 * self.dpi

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(["Noto Sans", "Segoe UI", "Helvetica Neue", "Helvetica", *FONT_FAMILIES])
        f.setPointSizeF(pt * self.scale)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def layout(self, text: str, font: QFont, width: float, spans=(), align=Qt.AlignmentFlag.AlignLeft) -> tuple[QTextLayout, float]:
        """Wrap ``text`` to ``width``; ``spans`` are (start, length, bold, italic) runs."""
        tl = QTextLayout(text, font, self.device)
        opt = QTextOption(align)
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        tl.setTextOption(opt)
        ranges = []
        for start, length, bold, italic in spans:
            r = QTextLayout.FormatRange()
            r.start, r.length = start, length
            fmt = QTextCharFormat()
            f = QFont(font)
            f.setBold(bold)
            f.setItalic(italic)
            fmt.setFont(f)
            r.format = fmt
            ranges.append(r)
        if ranges:
            tl.setFormats(ranges)
        tl.beginLayout()
        y = 0.0
        while True:
            line = tl.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        tl.endLayout()
        return tl, y

    def para(self, text: str, pt: float, indent: float, y: float, bold=False, italic=False, spans=(),
             mark="", number="", number_font=None) -> _Piece:
        tl, h = self.layout(text, self.font(pt, bold, italic), self.width - indent, spans)
        return _Piece(tl, indent, y, h, mark, number, number_font)

    def text_block(self, kind: str, text: str, pt: float, indent: float = 0.0, bold=False, italic=False,
                   keep=False, space=0.0, rule=False) -> Block:
        """One paragraph as a block (a title, a heading, a line of text); ``rule``
        draws a line under it. The checklist, the chart and the review share it."""
        p = self.para(text, pt, indent, 0.0, bold, italic)
        b = Block(kind, text, keep, [p], p.height, space, rule_below=rule)
        if rule:
            b.height += self.mm(1.8)
        return b


def _blocks(checklist: Checklist, ts: _Typesetter) -> list[Block]:
    body = BODY_PT
    mm = ts.mm
    out: list[Block] = []
    text_block = ts.text_block

    out.append(text_block("title", checklist.title, 21, bold=True, keep=True))
    out.append(text_block("text", checklist.subtitle(), body, keep=True, space=mm(1)))
    if checklist.description:
        out.append(text_block("text", checklist.description, body, space=mm(3)))
    if checklist.critical_only:
        out.append(text_block("text", translate("Checklist", "Step numbers are those of the full checklist."), body - 1.5,
                              italic=True, space=mm(1)))
    if checklist.method:
        out.append(text_block("heading", translate("Checklist", "Where you are in the method"), 13, bold=True, keep=True, space=mm(4.5)))
        for n, title, done, todo in checklist.method:
            line = f"{'☑' if done else '☐'}  {n}. {title}" + (f" — {todo}" if todo and not done else "")
            out.append(text_block("text", line, body - 0.5, space=mm(0.8)))
    for sec in checklist.sections:
        if sec.level == 1:
            out.append(text_block("heading", sec.heading, 16, bold=True, keep=True, space=mm(7), rule=True))
        else:
            out.append(text_block("heading", sec.heading, 13, bold=True, keep=True, space=mm(4.5)))
        for s in sec.steps:
            out.append(_item_block(s, ts))
    if checklist.accountability:
        out.append(text_block("heading", translate("Checklist", "Who does what"), 16, bold=True, keep=True, space=mm(8), rule=True))
        out.extend(_table(checklist, ts))
    if checklist.map_notes:
        out.append(text_block("heading", translate("Checklist", "Notes on the map"), 16, bold=True, keep=True, space=mm(8), rule=True))
        for n in checklist.map_notes:
            out.append(text_block("text", " ".join(n.split()), body, space=mm(1.2)))
    return out


def _item_block(s: ChecklistStep, ts: _Typesetter) -> Block:
    mm = ts.mm
    body = BODY_PT
    # A lettered sub-step ("3a") sits indented under its decision.
    text_x = mm(15) + (mm(8) if s.inline else 0.0)
    sub_x = text_x + mm(6.5)
    pieces: list[_Piece] = []
    # The step's line: "★ CRITICAL Run the consultation call — Sales"
    tag = f"{s.critical_tag()}  " if s.critical else ""
    # An end is drawn as a pill, the shape it has on the map, instead of the text arrow.
    head = s.headline().removeprefix("→ ") if s.is_end else s.headline()
    text = tag + head
    spans = []
    if tag:
        spans.append((0, len(tag), True, False))
    if s.critical or s.kind == "decision" or s.is_end or s.is_start:
        spans.append((len(tag), len(head), True, False))
    if s.owner_shown():
        text += f"  — {s.owner_shown()}"
    mark = ("box" if s.checkbox else "diamond" if s.kind == "decision" else "start" if s.is_start
            else "end" if s.is_end else "")
    y = 0.0
    p = ts.para(text, body, text_x, y, spans=spans, mark=mark, number=f"{s.label}.",
                number_font=ts.font(body, bold=True))
    pieces.append(p)
    y += p.height
    gap = mm(0.6)

    def line(text, pt=body - 0.5, indent=text_x, italic=False, mark="", spans=()):
        nonlocal y
        y += gap
        piece = ts.para(text, pt, indent, y, italic=italic, mark=mark, spans=spans)
        pieces.append(piece)
        y += piece.height

    routing = s.routing()
    if routing:
        line(routing, italic=True)
    for it in s.items:
        line(it, indent=sub_x, mark="small-box")
    if s.critical:
        for d in s.detail_lines():
            line(d)
        for why in s.why_critical():
            line(why, italic=True)
    if s.automation_hint:
        line(s.automation_hint, italic=True)
    return Block("item", f"{s.label}. {text}", False, pieces, y, mm(2.2), s.number, s.critical)


def _table(checklist: Checklist, ts: _Typesetter) -> list[Block]:
    mm = ts.mm
    widths = [0.32, 0.22, 0.46]
    pad = mm(1.6)

    def row(kind, cells, bold) -> Block:
        x = 0.0
        laid = []
        h = 0.0
        for frac, text in zip(widths, cells):
            w = ts.width * frac
            tl, th = ts.layout(text, ts.font(BODY_PT - 0.5, bold), w - 2 * pad)
            laid.append((x, w, tl))
            h = max(h, th)
            x += w
        piece = _Piece(None, 0.0, 0.0, h + 2 * pad, cells=laid, shade=bold)
        return Block(kind, " | ".join(cells), kind == "table-header", [piece], h + 2 * pad, 0.0)

    out = [row("table-header", [translate("Checklist", "Owner"), translate("Checklist", "Steps"),
                                translate("Checklist", "Metrics")], True)]
    for r in checklist.accountability:
        out.append(row("table-row", [r.owner, number_list(r.steps), ", ".join(r.metrics) or "—"], False))
    out[0].space_before = mm(1.5)
    return out


# -- placing -------------------------------------------------------------------

def _paginate(blocks: list[Block], page_height: float) -> list[list[PlacedBlock]]:
    pages: list[list[PlacedBlock]] = [[]]
    y = 0.0
    header = next((b for b in blocks if b.kind == "table-header"), None)

    def new_page():
        nonlocal y
        pages.append([])
        y = 0.0

    def chain_height(i: int) -> float:
        """A heading with what must stay with it: the following headings and the first step."""
        h = 0.0
        j = i
        while j < len(blocks):
            b = blocks[j]
            h += (b.space_before if j > i else 0.0) + (b.height if b.height <= page_height else b.pieces[0].height)
            if not b.keep_with_next:
                break
            j += 1
        return h

    for i, b in enumerate(blocks):
        space = b.space_before if pages[-1] else 0.0
        need = chain_height(i) if b.keep_with_next else b.height
        if pages[-1] and y + space + min(need, page_height) > page_height:
            new_page()
            space = 0.0
            if b.kind == "table-row" and header is not None:  # the table's header again on the new page
                pages[-1].append(PlacedBlock(header, len(pages) - 1, 0.0, header.pieces))
                y = header.height
        y += space
        if y + b.height <= page_height or b.height <= page_height:
            pages[-1].append(PlacedBlock(b, len(pages) - 1, y, b.pieces))
            y += b.height
            continue
        # Taller than a whole page (a step with a very long checklist): split between paragraphs.
        rest = list(b.pieces)
        while rest:
            base = rest[0].y
            here = []
            while rest and (rest[0].y - base + rest[0].height <= page_height - y or not here):
                here.append(rest.pop(0))
            shifted = [_Piece(p.layout, p.indent, p.y - base, p.height, p.mark, p.number, p.number_font,
                              p.cells, p.shade) for p in here]
            pages[-1].append(PlacedBlock(b, len(pages) - 1, y, shifted))
            y += shifted[-1].y + shifted[-1].height
            if rest:
                new_page()
    return pages


def layout_checklist(checklist: Checklist, device: QPaintDevice) -> ChecklistLayout:
    """Measure and place the checklist for ``device`` (its margins must be set)."""
    best = None
    # A critical-steps card is meant to be one page: shrink the type a little if it helps.
    for scale in ((1.0, 0.92, 0.85, 0.78) if checklist.critical_only else (1.0,)):
        ts = _Typesetter(device, scale)
        text_height = float(device.height()) - ts.mm(FOOTER_MM)
        pages = _paginate(_blocks(checklist, ts), text_height)
        best = ChecklistLayout(pages, ts.width, text_height,
                               [checklist.title] * len(pages), scale)
        if len(pages) == 1:
            break
    return best


# -- drawing -------------------------------------------------------------------

def _set_margins(device: QPaintDevice) -> None:
    if isinstance(device, QPagedPaintDevice):
        left, top, right, bottom = MARGINS_MM
        device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def paint_checklist(device: QPaintDevice, checklist: Checklist, progress: Progress | None = None) -> ChecklistLayout | None:
    """Typeset ``checklist`` onto a PDF writer or printer, page by page.

    Returns the layout (for tests and previews), or None when ``progress``
    returned False (cancelled; the caller discards the output).
    """
    _set_margins(device)
    layout = layout_checklist(checklist, device)
    ts = _Typesetter(device, layout.scale)
    return paint_pages(device, layout, ts, progress)


def begin_painter(device: QPaintDevice) -> QPainter:
    """A painter started on ``device`` with smooth lines and text, for the paper
    documents (checklist, chart, review, scorecard); OSError when it cannot start."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for drawing")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    return painter


def paint_pages(device: QPaintDevice, layout, ts: "_Typesetter", progress: Progress | None = None):
    """Paint a paginated layout's blocks and footers, page by page: the one press for the
    checklist, the accountability chart and the quarterly review. Returns the layout, or
    None when ``progress`` returned False (cancelled; the caller discards the output)."""
    total = sum(len(p) for p in layout.pages)
    done = 0
    painter = begin_painter(device)
    try:
        for index, page in enumerate(layout.pages):
            if index:
                device.newPage()
            for placed in page:
                _paint_block(painter, placed, ts)
                done += 1
                if progress is not None and progress(done, total) is False:
                    return None
            _paint_footer(painter, ts, layout, index)
    finally:
        painter.end()
    return layout


def _paint_block(painter: QPainter, placed: PlacedBlock, ts: _Typesetter) -> None:
    mm = ts.mm
    black = QColor("#000000")
    top = placed.top
    b = placed.block
    if b.critical and placed.pieces:  # a bar in the margin: visible in black and white
        last = placed.pieces[-1]
        painter.fillRect(QRectF(-mm(4), top + placed.pieces[0].y + mm(0.6), mm(1.1),
                                last.y + last.height - placed.pieces[0].y - mm(1.2)), black)
    for p in placed.pieces:
        y = top + p.y
        if p.cells:
            _paint_row(painter, p, y, ts)
            continue
        first = p.layout.lineAt(0) if p.layout.lineCount() else None
        # Numbers and marks sit on the first line's baseline, which a taller (CJK) font moves down.
        baseline = y + (first.ascent() if first is not None else mm(3))
        cap = QFontMetricsF(p.layout.font(), ts.device).capHeight()
        if p.number:
            painter.setFont(p.number_font)
            painter.setPen(black)
            width = QFontMetricsF(p.number_font, ts.device).horizontalAdvance(p.number)
            painter.drawText(QPointF(p.indent - mm(7.5) - width, baseline), p.number)
        if p.mark:
            _paint_mark(painter, p.mark, p.indent, baseline - cap / 2, cap, ts)
        p.layout.draw(painter, QPointF(p.indent, y))
    if b.rule_below:
        pen = QPen(black, mm(0.35))
        painter.setPen(pen)
        y = top + b.height - mm(0.9)
        painter.drawLine(QPointF(0, y), QPointF(ts.width, y))


def _paint_mark(painter: QPainter, mark: str, indent: float, cy: float, cap: float, ts: _Typesetter) -> None:
    """A drawn symbol centred on height ``cy``, sized from the text's capital height."""
    mm = ts.mm
    painter.setPen(QPen(QColor("#000000"), mm(0.3)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    side = cap * (1.1 if mark != "small-box" else 0.95)
    x = indent - mm(2.2) - side
    if mark in ("box", "small-box"):
        painter.drawRect(QRectF(x, cy - side / 2, side, side))
    elif mark == "diamond":
        path = QPainterPath()
        cx = x + side / 2
        r = side * 0.62
        path.moveTo(cx, cy - r)
        path.lineTo(cx + r, cy)
        path.lineTo(cx, cy + r)
        path.lineTo(cx - r, cy)
        path.closeSubpath()
        painter.drawPath(path)
    elif mark == "end":
        h = side * 0.8
        painter.drawRoundedRect(QRectF(x - side * 0.25, cy - h / 2, side * 1.25, h), h / 2, h / 2)
    elif mark == "start":
        path = QPainterPath()
        path.moveTo(x + side * 0.15, cy - side / 2)
        path.lineTo(x + side, cy)
        path.lineTo(x + side * 0.15, cy + side / 2)
        path.closeSubpath()
        painter.setBrush(QColor("#000000"))
        painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_row(painter: QPainter, p: _Piece, y: float, ts: _Typesetter) -> None:
    pad = ts.mm(1.6)
    painter.setPen(QPen(QColor("#000000"), ts.mm(0.25)))
    for x, w, tl in p.cells:
        rect = QRectF(x, y, w, p.height)
        if p.shade:
            painter.fillRect(rect, QColor("#e4e4e4"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        tl.draw(painter, QPointF(x + pad, y + pad))


def _paint_footer(painter: QPainter, ts: _Typesetter, layout: ChecklistLayout, index: int) -> None:
    mm = ts.mm
    bottom = float(ts.device.height())
    font = ts.font(9)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#000000"), mm(0.2)))
    line_y = bottom - mm(5.5)
    painter.drawLine(QPointF(0, line_y), QPointF(ts.width, line_y))
    rect = QRectF(0, line_y + mm(1), ts.width, mm(4.5))
    page_text = translate("Checklist", "Page {page} of {pages}").format(page=index + 1, pages=layout.page_count)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop), page_text)
    title_rect = QRectF(0, line_y + mm(1), ts.width * 0.7, mm(4.5))
    title = painter.fontMetrics().elidedText(layout.footer_texts[index], Qt.TextElideMode.ElideRight,
                                             int(title_rect.width()))
    painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop), title)


# -- the file ------------------------------------------------------------------

def write_checklist_pdf(checklist: Checklist, path, progress: Progress | None = None,
                        page_size: str = "A4") -> ChecklistLayout | None:
    """Write the checklist as a PDF at ``path`` (atomically: the whole file or nothing).

    Returns the layout, or None when cancelled through ``progress`` (no file is left).
    Raises MapFileError naming the file when it cannot be written.
    """
    from mapper.render.export import atomic_output, page_size_id

    with atomic_output(path, (".pdf",)) as tmp:
        writer = QPdfWriter(tmp.path)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(page_size_id(page_size)))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(checklist.title)
        writer.setCreator("mapper")
        result = paint_checklist(writer, checklist, progress)
        del writer  # closes the file before it is moved into place
        if result is None:
            tmp.cancel()
        return result
