"""The scorecard on paper: one landscape page of 13 weeks, and the blank
"this week's numbers" sheet for teams that collect on paper.

Both are tables drawn with QPainter for a PDF writer, a printer or an image,
in the export theme's type. They read in black and white: an on-track cell
says "✓ 12", an off-track one "✗ 7" in bold, so the pale green and red tints
are only a second cue. The scorecard shrinks its type to keep to one page as
long as it stays readable, then carries on over more pages with the header
repeated.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPagedPaintDevice,
                           QPainter, QPaintDevice, QPdfWriter, QPen)

from mapper.analysis.scorecard import Scorecard, branch_rows
from mapper.formats.scorecard_report import (cell_text, discuss_text, goal_text, number_text,
                                             trend_text, week_dates, week_label)
from mapper.model import SystemMap
from mapper.render.checklist_pdf import PDF_RESOLUTION, begin_painter
from mapper.render.theme import FONT_FAMILIES

MARGINS_MM = (12.0, 12.0, 12.0, 10.0)


ON_FILL = QColor("#dcf1e2")
OFF_FILL = QColor("#f8d7d5")
HEADER_FILL = QColor("#e4e4e4")
BLACK = QColor("#000000")
GREY = QColor("#555555")
#: Type sizes the scorecard tries, largest first, before it takes a second page.
SIZES_PT = (10.0, 9.0, 8.0, 7.0)


@dataclass
class _Column:
    header: str
    width: float            # a share of the page width
    align: str = "left"     # "left", "right" or "center"
    sub: str = ""           # a second header line (the week's Monday)
    strong: bool = False    # the chosen week: framed and bold
    natural: bool = False   # as wide as its widest text; the others share what is left
    px: float = 0.0         # the width given, in device pixels


@dataclass
class _Row:
    cells: list[str]
    fills: list[QColor | None] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    branch: bool = False    # a branch's counts under its step: smaller, grey


@dataclass
class SheetLayout:
    """What went where (for tests): rows per page and the type size used."""
    pages: list[list[_Row]]
    point_size: float


def _font(pt: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(["Noto Sans", *FONT_FAMILIES])
    f.setPointSizeF(pt)
    f.setBold(bold)
    f.setItalic(italic)
    return f


class _Page:
    """Millimetres to device pixels, and the text area of one page."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())

    def mm(self, v: float) -> float:
        return v / 25.4 * self.dpi

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def _scorecard_table(m: SystemMap, card: Scorecard) -> tuple[list[_Column], list[_Row]]:
    n = len(card.weeks)
    week_share = min(0.05, 0.47 / max(n, 1))
    cols = [_Column(QCoreApplication.translate("ScorecardSheet", "Metric"), 1.0 - week_share * n - 0.275), _Column(QCoreApplication.translate("ScorecardSheet", "Owner"), 0.08, natural=True),
            _Column(QCoreApplication.translate("ScorecardSheet", "Goal"), 0.08, natural=True)]
    cols += [_Column(week_label(w), week_share, "right", week_dates(w), strong=(i == n - 1), natural=True)
             for i, w in enumerate(card.weeks)]
    cols += [_Column(QCoreApplication.translate("ScorecardSheet", "Avg"), 0.045, "right", natural=True), _Column(QCoreApplication.translate("ScorecardSheet", "Trend"), 0.07, "right", natural=True)]
    rows: list[_Row] = []
    branches = card.branches
    for r in card.rows:
        cells = [r.name, r.owner, goal_text(r), *(cell_text(v, s) for v, s in zip(r.values, r.status)),
                 number_text(None if r.average is None else round(r.average, 1)),
                 trend_text(r.trend).replace(" a week", "/wk")]
        fills = [None, None, None, *(ON_FILL if s == "on" else OFF_FILL if s == "off" else None for s in r.status),
                 None, None]
        bold = [False, False, False, *(s == "off" for s in r.status), False, False]
        rows.append(_Row(cells, fills, bold))
        for b in branches.get(r.step, []):
            rows.append(_Row(["↳ " + b.label, "", "", *(number_text(v) for v in b.values), "", ""], branch=True))
    return cols, rows


def _sheet_table(m: SystemMap, card: Scorecard) -> tuple[list[_Column], list[_Row]]:
    cols = [_Column(QCoreApplication.translate("ScorecardSheet", "Metric"), 0.40), _Column(QCoreApplication.translate("ScorecardSheet", "Owner"), 0.17), _Column(QCoreApplication.translate("ScorecardSheet", "Goal"), 0.15),
            _Column(QCoreApplication.translate("ScorecardSheet", "This week"), 0.28, "center")]
    rows: list[_Row] = []
    for r in card.rows:
        rows.append(_Row([r.name, r.owner, goal_text(r), ""]))
        for b in branch_rows(m, r.step, card.weeks):
            rows.append(_Row(["↳ " + b.label, "", "", ""], branch=True))
    return cols, rows


def _set_margins(device: QPaintDevice) -> None:
    if isinstance(device, QPagedPaintDevice):
        left, top, right, bottom = MARGINS_MM
        device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def _row_height(page: _Page, pt: float, box: bool) -> float:
    h = page.metrics(_font(pt)).height() * 1.8
    return max(h, page.mm(11)) if box else h


def _paginate(rows: list[_Row], first_room: float, room: float, row_h: float, branch_h: float) -> list[list[_Row]]:
    pages: list[list[_Row]] = [[]]
    left = first_room
    for r in rows:
        h = branch_h if r.branch else row_h
        if h > left and pages[-1]:
            pages.append([])
            left = room
        pages[-1].append(r)
        left -= h
    return pages


def _paint(device: QPaintDevice, title: str, subtitle: str, intro: list[str], cols: list[_Column],
           rows: list[_Row], box: bool, sizes=SIZES_PT, new_page=None, page_height=None) -> SheetLayout:
    """Lay out and draw a titled table over as few pages as the sizes allow.

    ``new_page(painter)`` starts the next page (default: the device's ``newPage``);
    ``page_height`` is one page's height when the device is taller (a PNG of all pages).
    """
    page = _Page(device)
    if page_height is not None:
        page.height = page_height
    mm = page.mm
    footer_h = mm(7)
    header_pt = 16.0

    def head_height(pt: float) -> float:
        fm = page.metrics(_font(pt + 1))
        h = page.metrics(_font(header_pt, True)).height() + mm(1.5)
        h += fm.height() * (1 + len(_wrap(fm, intro, page.width))) + mm(3)
        return h

    chosen = None
    for pt in sizes:
        row_h = _row_height(page, pt, box)
        branch_h = _row_height(page, pt - 1, box) if box else page.metrics(_font(pt - 1)).height() * 1.45
        table_head = page.metrics(_font(pt, True)).height() * (2.4 if any(c.sub for c in cols) else 1.6)
        first_room = page.height - footer_h - head_height(pt) - table_head
        room = page.height - footer_h - table_head
        pages = _paginate(rows, first_room, room, row_h, branch_h)
        fits = _fit_columns(page, cols, rows, pt)
        chosen = (pt, row_h, branch_h, table_head, pages)
        if len(pages) == 1 and fits:
            break
    pt, row_h, branch_h, table_head, pages = chosen
    wrapped = _wrap(page.metrics(_font(pt + 1)), intro, page.width)
    painter = begin_painter(device)
    try:
        for index, page_rows in enumerate(pages):
            if index:
                if new_page is not None:
                    new_page(painter)
                else:
                    device.newPage()
            y = 0.0
            if index == 0:
                painter.setPen(BLACK)
                painter.setFont(_font(header_pt, True))
                fm = page.metrics(_font(header_pt, True))
                painter.drawText(QPointF(0, y + fm.ascent()), title)
                y += fm.height() + mm(1.5)
                small = _font(pt + 1)
                fm = page.metrics(small)
                painter.setFont(small)
                painter.setPen(GREY)
                painter.drawText(QPointF(0, y + fm.ascent()), subtitle)
                y += fm.height()
                painter.setPen(BLACK)
                for line in wrapped:
                    painter.drawText(QRectF(0, y, page.width, fm.height()),
                                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
                    y += fm.height()
                y += mm(3)
            y = _paint_header(painter, page, cols, y, table_head, pt)
            for r in page_rows:
                h = branch_h if r.branch else row_h
                _paint_row(painter, page, cols, r, y, h, pt)
                y += h
            _paint_footer(painter, page, title, index, len(pages))
    finally:
        painter.end()
    return SheetLayout(pages, pt)


def _fit_columns(page: _Page, cols: list[_Column], rows: list[_Row], pt: float) -> bool:
    """Give natural columns their widest text and the others their share of the rest.

    False when the rest would be too narrow (then every column keeps its share)."""
    total = sum(c.width for c in cols)
    for c in cols:
        c.px = page.width * c.width / total
    if not any(c.natural for c in cols):
        return True
    pad = page.mm(1.2) * 2 + page.mm(0.8)
    bold, sub = page.metrics(_font(pt, True)), page.metrics(_font(pt - 1.5))
    natural = {}
    for i, c in enumerate(cols):
        if c.natural:
            texts = [r.cells[i] for r in rows if i < len(r.cells)]
            natural[i] = max([bold.horizontalAdvance(c.header), sub.horizontalAdvance(c.sub),
                              *(bold.horizontalAdvance(t) for t in texts)]) + pad
    rest = page.width - sum(natural.values())
    flexible = [c for c in cols if not c.natural]
    if rest < page.width * 0.15 * len(flexible):
        return False
    share = sum(c.width for c in flexible)
    for i, c in enumerate(cols):
        c.px = natural[i] if c.natural else rest * c.width / share
    return True


def _wrap(fm: QFontMetricsF, paragraphs: list[str], width: float, max_lines: int = 4) -> list[str]:
    """The paragraphs broken at spaces to fit ``width``; the last line kept is elided."""
    lines: list[str] = []
    for text in paragraphs:
        line = ""
        for word in text.split(" "):
            trial = f"{line} {word}" if line else word
            if line and fm.horizontalAdvance(trial) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fm.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return [fm.elidedText(x, Qt.TextElideMode.ElideRight, width) for x in lines]


def _x_positions(page: _Page, cols: list[_Column]) -> list[tuple[float, float]]:
    x, out = 0.0, []
    for c in cols:
        out.append((x, c.px))
        x += c.px
    return out


def _align(c: _Column) -> int:
    h = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
         "center": Qt.AlignmentFlag.AlignHCenter}[c.align]
    return int(h | Qt.AlignmentFlag.AlignVCenter)


def _paint_header(painter: QPainter, page: _Page, cols: list[_Column], y: float, h: float, pt: float) -> float:
    pad = page.mm(1.2)
    bold = _font(pt, True)
    sub = _font(pt - 1.5)
    for c, (x, w) in zip(cols, _x_positions(page, cols)):
        rect = QRectF(x, y, w, h)
        painter.fillRect(rect, HEADER_FILL)
        painter.setPen(QPen(BLACK, page.mm(0.6 if c.strong else 0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        inner = rect.adjusted(pad, pad / 2, -pad, -pad / 2)
        painter.setFont(bold)
        if c.sub:
            top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.55)
            bottom = QRectF(inner.left(), top.bottom(), inner.width(), inner.height() * 0.45)
            painter.drawText(top, _align(c), c.header)
            painter.setFont(sub)
            painter.setPen(GREY)
            painter.drawText(bottom, _align(c), c.sub)
        else:
            painter.drawText(inner, _align(c), c.header)
    return y + h


def _paint_row(painter: QPainter, page: _Page, cols: list[_Column], r: _Row, y: float, h: float, pt: float) -> None:
    pad = page.mm(1.2)
    for i, (c, (x, w)) in enumerate(zip(cols, _x_positions(page, cols))):
        rect = QRectF(x, y, w, h)
        fill = r.fills[i] if i < len(r.fills) else None
        if fill is not None:
            painter.fillRect(rect, fill)
        painter.setPen(QPen(BLACK, page.mm(0.6 if c.strong else 0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        text = r.cells[i] if i < len(r.cells) else ""
        if not text:
            continue
        bold = r.bold[i] if i < len(r.bold) else False
        font = _font(pt - 1 if r.branch else pt, bold)
        painter.setFont(font)
        painter.setPen(GREY if r.branch else BLACK)
        inner = rect.adjusted(pad + (page.mm(3) if r.branch and i == 0 else 0), 0, -pad, 0)
        shown = page.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, _align(c), shown)


def _paint_footer(painter: QPainter, page: _Page, title: str, index: int, count: int) -> None:
    mm = page.mm
    font = _font(8)
    painter.setFont(font)
    painter.setPen(QPen(BLACK, mm(0.2)))
    line_y = page.height - mm(5)
    painter.drawLine(QPointF(0, line_y), QPointF(page.width, line_y))
    rect = QRectF(0, line_y + mm(0.8), page.width, mm(4))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                     QCoreApplication.translate("ScorecardSheet", "Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count)))
    painter.drawText(QRectF(0, line_y + mm(0.8), page.width * 0.7, mm(4)),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     page.metrics(font).elidedText(title, Qt.TextElideMode.ElideRight, page.width * 0.7))


def _title(m: SystemMap) -> str:
    return m.title.strip() or QCoreApplication.translate("ScorecardSheet", "Untitled map")


# -- the two sheets --------------------------------------------------------------

def paint_scorecard(device: QPaintDevice, m: SystemMap, card: Scorecard, new_page=None, page_height=None,
                    today: _dt.date | None = None) -> SheetLayout:
    """The scorecard on ``device`` (landscape pages): "to discuss" first, then every metric."""
    _set_margins(device)
    cols, rows = _scorecard_table(m, card)
    discuss = card.to_discuss()
    intro = [QCoreApplication.translate("ScorecardSheet", "To discuss (%1): ").replace("%1", card.weeks[-1])
             + ("; ".join("✗ " + discuss_text(r) for r in discuss) if discuss
                else QCoreApplication.translate("ScorecardSheet", "nothing is off track this week."))]
    if not rows:
        intro.append(QCoreApplication.translate("ScorecardSheet", "No step has a metric yet: give the critical steps a metric in the Properties panel."))
    subtitle = QCoreApplication.translate("ScorecardSheet", "%1 to %2 · ✓ on track, ✗ off track · printed %3").replace("%1", card.weeks[0]).replace(
        "%2", card.weeks[-1]).replace("%3", (today or _dt.date.today()).isoformat())
    return _paint(device, QCoreApplication.translate("ScorecardSheet", "Scorecard: %1").replace("%1", _title(m)), subtitle, intro, cols, rows, box=False, new_page=new_page,
                  page_height=page_height)


def paint_numbers_sheet(device: QPaintDevice, m: SystemMap, card: Scorecard, new_page=None,
                        page_height=None) -> SheetLayout:
    """A blank sheet for the week's numbers: each metric, its owner and goal, and an empty box."""
    _set_margins(device)
    cols, rows = _sheet_table(m, card)
    week = card.weeks[-1]
    intro = [QCoreApplication.translate("ScorecardSheet", "Write each number in its box; then type them into the Weekly review, "
                 "or record them with: mapper log FILE --week %1 KEY=VALUE...").replace("%1", week)]
    return _paint(device, QCoreApplication.translate("ScorecardSheet", "This week's numbers: %1").replace("%1", _title(m)),
                  QCoreApplication.translate("ScorecardSheet", "Week %1 of %2 (%3), starting Monday %4").replace("%1", week_label(week)[1:]).replace(
                      "%2", week[:4]).replace("%3", week).replace("%4", week_dates(week)),
                  intro, cols, rows, box=True, sizes=(11.0, 10.0, 9.0), new_page=new_page, page_height=page_height)


def write_scorecard(m: SystemMap, card: Scorecard, path, blank: bool = False, page_size: str = "A4") -> SheetLayout:
    """Write the scorecard (or the blank sheet) as PDF or PNG, atomically.

    The scorecard is landscape; the blank sheet portrait. A PNG holds every page,
    one under the other. Raises MapFileError naming the file when it cannot be written.
    """
    from mapper.render.export import atomic_output, page_size_id

    orientation = QPageLayout.Orientation.Portrait if blank else QPageLayout.Orientation.Landscape
    painter_of = paint_numbers_sheet if blank else paint_scorecard
    with atomic_output(path, (".pdf", ".png")) as tmp:
        if str(path).lower().endswith(".pdf"):
            writer = QPdfWriter(tmp.path)
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageSize(QPageSize(page_size_id(page_size)))
            writer.setPageOrientation(orientation)
            writer.setTitle((QCoreApplication.translate("ScorecardSheet", "This week's numbers: %1") if blank else QCoreApplication.translate("ScorecardSheet", "Scorecard: %1")).replace("%1", _title(m)))
            writer.setCreator("mapper")
            result = painter_of(writer, m, card)
            del writer
            return result
        return _write_png(tmp.path, m, card, painter_of, orientation, page_size_id(page_size))


def _write_png(path: str, m: SystemMap, card: Scorecard, painter_of, orientation, size_id) -> SheetLayout:
    """Every page at 150 dpi, one under the other, in one PNG on white."""
    dpi = 150
    size = QPageSize(size_id).size(QPageSize.Unit.Millimeter)
    w_mm, h_mm = (size.height(), size.width()) if orientation == QPageLayout.Orientation.Landscape \
        else (size.width(), size.height())
    left, top, right, bottom = MARGINS_MM
    px = lambda v: round(v / 25.4 * dpi)  # noqa: E731
    text_w, text_h = px(w_mm - left - right), px(h_mm - top - bottom)

    def image(height: int) -> QImage:
        img = QImage(text_w, height, QImage.Format.Format_RGB32)
        img.setDotsPerMeterX(round(dpi / 0.0254))
        img.setDotsPerMeterY(round(dpi / 0.0254))
        img.fill(QColor("#ffffff"))
        return img

    # How many pages, measured on one page; then all of them on a tall image.
    layout = painter_of(image(text_h), m, card, new_page=lambda painter: None)
    count = len(layout.pages)
    tall = image(text_h * count)
    gap = px(top + bottom)
    painter_of(tall, m, card, page_height=float(text_h),
               new_page=lambda painter: painter.translate(0, text_h))
    sheet = QImage(px(w_mm), px(h_mm) * count, QImage.Format.Format_RGB32)
    sheet.setDotsPerMeterX(round(dpi / 0.0254))
    sheet.setDotsPerMeterY(round(dpi / 0.0254))
    sheet.fill(QColor("#ffffff"))
    p = QPainter(sheet)
    for i in range(count):
        p.drawImage(QPointF(px(left), px(top) + i * (text_h + gap)), tall.copy(0, i * text_h, text_w, text_h))
    p.end()
    if not sheet.save(path, "PNG"):
        raise OSError("the image could not be written")
    return layout
