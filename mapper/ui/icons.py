"""The window's icons, drawn with QPainter (no image files to ship or download).

Marker and severity icons use the canvas theme's badge colours, so a finding in
the panel, its badge on the canvas and the legend all look alike.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from mapper.render.theme import LIGHT

INK = QColor("#3b4250")
_SIZE = 32  # drawn at 2x and scaled down by Qt: crisp on high-DPI screens


def _canvas() -> tuple[QPixmap, QPainter]:
    pix = QPixmap(_SIZE, _SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pix, p


@lru_cache(maxsize=None)
def marker_icon(kind: str) -> QIcon:
    """The badge of a marker kind (critical, automate, metric, error, warning, info),
    painted by the renderer itself so panel, legend and canvas badges are the same."""
    from mapper.render.paint import paint_badge
    pix, p = _canvas()
    paint_badge(p, QRectF(2, 2, _SIZE - 4, _SIZE - 4), kind, LIGHT)
    p.end()
    icon = QIcon(pix)
    # A badge keeps its colour on a selected row (Qt's selected mode tinted the red one purple).
    icon.addPixmap(pix, QIcon.Mode.Selected)
    return icon


def severity_icon(severity: str) -> QIcon:
    return marker_icon(severity)


def _stroke(draw) -> QIcon:
    pix, p = _canvas()
    pen = QPen(INK, 2.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw(p)
    p.end()
    return QIcon(pix)


def _new(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(9, 4)
    path.lineTo(19, 4)
    path.lineTo(25, 10)
    path.lineTo(25, 28)
    path.lineTo(9, 28)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(19, 4), QPointF(19, 10))
    p.drawLine(QPointF(19, 10), QPointF(25, 10))


def _open(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(4, 26)
    path.lineTo(4, 7)
    path.lineTo(12, 7)
    path.lineTo(15, 10)
    path.lineTo(26, 10)
    path.lineTo(26, 14)
    p.drawPath(path)
    body = QPainterPath()
    body.moveTo(4, 26)
    body.lineTo(9, 14)
    body.lineTo(29, 14)
    body.lineTo(24, 26)
    body.closeSubpath()
    p.drawPath(body)


def _save(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(5, 5, 22, 22), 3, 3)
    p.drawRect(QRectF(10, 5, 11, 7))
    p.drawRect(QRectF(10, 18, 12, 9))


def _arc_arrow(p: QPainter, mirrored: bool) -> None:
    if mirrored:
        p.translate(_SIZE, 0)
        p.scale(-1, 1)
    path = QPainterPath()
    path.moveTo(8, 12)
    path.lineTo(20, 12)
    path.cubicTo(29, 12, 29, 26, 20, 26)
    path.lineTo(12, 26)
    p.drawPath(path)
    p.drawPolyline(QPolygonF([QPointF(13, 7), QPointF(8, 12), QPointF(13, 17)]))


def _zoom(p: QPainter, plus: bool) -> None:
    p.drawEllipse(QRectF(5, 5, 17, 17))
    p.drawLine(QPointF(19, 19), QPointF(27, 27))
    p.drawLine(QPointF(9, 13.5), QPointF(18, 13.5))
    if plus:
        p.drawLine(QPointF(13.5, 9), QPointF(13.5, 18))


def _fit(p: QPainter) -> None:
    for (x, y, dx, dy) in ((5, 5, 1, 1), (27, 5, -1, 1), (5, 27, 1, -1), (27, 27, -1, -1)):
        p.drawPolyline(QPolygonF([QPointF(x, y + 7 * dy), QPointF(x, y), QPointF(x + 7 * dx, y)]))
    p.drawRoundedRect(QRectF(11, 12, 10, 8), 2, 2)


def _tidy(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 12, 8, 8), 2, 2)
    p.drawRoundedRect(QRectF(21, 5, 8, 8), 2, 2)
    p.drawRoundedRect(QRectF(21, 19, 8, 8), 2, 2)
    p.drawPolyline(QPolygonF([QPointF(11, 16), QPointF(16, 16), QPointF(16, 9), QPointF(21, 9)]))
    p.drawPolyline(QPolygonF([QPointF(16, 16), QPointF(16, 23), QPointF(21, 23)]))


def _check(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(5, 5, 22, 22), 4, 4)
    p.drawPolyline(QPolygonF([QPointF(10, 16), QPointF(14, 20), QPointF(22, 11)]))


def _print(p: QPainter) -> None:
    p.drawRect(QRectF(10, 4, 12, 8))
    p.drawRoundedRect(QRectF(4, 12, 24, 11), 3, 3)
    p.drawRect(QRectF(10, 19, 12, 9))


def _export(p: QPainter) -> None:
    p.drawPolyline(QPolygonF([QPointF(6, 18), QPointF(6, 27), QPointF(26, 27), QPointF(26, 18)]))
    p.drawLine(QPointF(16, 5), QPointF(16, 20))
    p.drawPolyline(QPolygonF([QPointF(10, 11), QPointF(16, 5), QPointF(22, 11)]))


_DRAWINGS = {
    "new": _new, "open": _open, "save": _save,
    "undo": lambda p: _arc_arrow(p, False), "redo": lambda p: _arc_arrow(p, True),
    "zoom-in": lambda p: _zoom(p, True), "zoom-out": lambda p: _zoom(p, False),
    "fit": _fit, "tidy": _tidy, "check": _check, "print": _print, "export": _export,
}


@lru_cache(maxsize=None)
def action_icon(name: str) -> QIcon:
    """A simple line icon for a toolbar action."""
    return _stroke(_DRAWINGS[name])
