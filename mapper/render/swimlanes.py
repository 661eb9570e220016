"""Swimlane bands: drawn behind the map on the canvas, in exports and on paper.

The bands come from ``mapper.layout.lanes.lane_bands`` (where the steps stand);
this module only turns them into rectangles and paints them: a light band per
lane, every other one tinted, with a header cell holding the lane's name
(a column on the left when the map reads left to right, a row on top when it
reads top to bottom).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from mapper.layout.lanes import HEADER_SIZE, Band, lane_bands
from mapper.model import SystemMap

from .theme import Theme


def map_bands(m: SystemMap, rects: dict[str, QRectF] | None = None, lanes: list | None = None) -> list[Band]:
    """The map's bands, sized from the drawn rectangles when given (else the layout's estimates);
    ``lanes`` as in ``lane_bands``."""
    if not m.lanes:
        return []
    sizes = {sid: (r.width(), r.height()) for sid, r in (rects or {}).items()}
    return lane_bands(m, sizes, lanes=lanes)


def band_rect(band: Band, lr: bool) -> QRectF:
    if lr:
        return QRectF(band.start, band.lo, band.end - band.start, band.hi - band.lo)
    return QRectF(band.lo, band.start, band.hi - band.lo, band.end - band.start)


def header_rect(band: Band, lr: bool) -> QRectF:
    size = HEADER_SIZE["LR" if lr else "TB"]
    r = band_rect(band, lr)
    return QRectF(r.left(), r.top(), size, r.height()) if lr else QRectF(r.left(), r.top(), r.width(), size)


def bands_bounds(bands: list[Band], lr: bool) -> QRectF:
    out = QRectF()
    for b in bands:
        out = out.united(band_rect(b, lr))
    return out


def paint_lanes(painter: QPainter, bands: list[Band], theme: Theme, lr: bool = True) -> None:
    """The bands, their dividing lines and their named headers."""
    if not bands:
        return
    tint = QColor(theme.grid)
    tint.setAlpha(38)
    head = QColor(theme.grid)
    head.setAlpha(70)
    line = QPen(theme.legend_outline.darker(112), 1.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for i, band in enumerate(bands):
        r = band_rect(band, lr)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint if i % 2 else theme.background)
        painter.drawRect(r)
        painter.setBrush(head)
        painter.drawRect(header_rect(band, lr))
    painter.setPen(line)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for band in bands:
        painter.drawRect(band_rect(band, lr))
        painter.drawRect(header_rect(band, lr))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(theme.legend_text)
    painter.setFont(theme.font(theme.font_pixel_size, bold=True))
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for band in bands:
        painter.drawText(header_rect(band, lr).adjusted(8, 4, -8, -4), flags, band.lane.title)
    painter.restore()
