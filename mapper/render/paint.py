"""Drawing a map with QPainter: one renderer for the canvas, export and print.

Every function draws from geometry computed beforehand (``geometry.py``); none
of them computes layout or changes anything.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from mapper.model import Arrow, Step, SystemMap
from mapper.model.schema import NOTE_FOLD

from . import geometry as g
from .markers import MARKER_KINDS, Marker, marker_title, markers_for
from .swimlanes import bands_bounds, map_bands, paint_lanes
from .theme import Theme, make_font

#: Badge radius and the distance between badge centres.
BADGE_RADIUS = 9.0
BADGE_STEP = 21.0

_NO_PEN = QPen(Qt.PenStyle.NoPen)
_SHADOW = QColor(20, 30, 50, 22)


def paint_step(painter: QPainter, step: Step, rect: QRectF, theme: Theme, selected: bool = False,
               detail: bool = True, error: bool = False, path: QPainterPath | None = None) -> None:
    """One shape with its wrapped, centred text. ``detail=False`` leaves the text
    out (zoomed far out); ``error`` gives the outline a subtle red."""
    style = theme.shape(step.kind)
    if path is None:
        path = g.shape_path(step.kind, rect)
    if detail:
        # A soft shadow one pixel down lifts the shape off the page, Whimsical-style.
        painter.setPen(_NO_PEN)
        painter.setBrush(_SHADOW)
        painter.drawPath(path.translated(0, 1.5))
    outline = theme.error_outline if error else style.outline
    pen = QPen(outline, theme.outline_width * (1.3 if error else 1.0))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(style.fill)
    painter.drawPath(path)
    if step.kind == "note":
        f = min(NOTE_FOLD, rect.width() / 3, rect.height() / 3)
        fold = QPolygonF([QPointF(rect.right() - f, rect.top()), QPointF(rect.right() - f, rect.top() + f),
                          QPointF(rect.right(), rect.top() + f)])
        painter.setBrush(style.outline.lighter(135))
        painter.drawPolygon(fold)
    if selected:
        halo = QColor(theme.selection)
        halo.setAlpha(55)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(halo, 6.0))
        painter.drawPath(path)
        painter.setPen(QPen(theme.selection, 1.75))
        painter.drawPath(path)
    if detail and step.text:
        painter.setPen(style.text)
        painter.setFont(theme.font())
        g.paint_lines(painter, g.step_fit(step), g.text_box(step.kind, rect))


def paint_arrow(painter: QPainter, arrow: Arrow, geometry: g.ArrowGeometry, theme: Theme,
                selected: bool = False, detail: bool = True) -> None:
    """An orthogonal arrow with rounded elbows, a filled head at the target's
    outline, and its label on a white pill sitting on the arrow."""
    color = theme.selection if selected else theme.arrow
    pen = QPen(color, theme.arrow_width + (0.5 if selected else 0.0))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(geometry.path)
    text = g.drawn_label_text(arrow, geometry)
    if detail and text:
        box = g.label_rect(text, geometry.label_point)
        painter.setPen(QPen(theme.legend_outline, 1.0))
        painter.setBrush(theme.arrow_label_fill)
        r = min(box.height(), box.width()) / 2 if "\n" not in text else 7.0
        painter.drawRoundedRect(box, r, r)
        painter.setPen(theme.arrow_label_text)
        painter.setFont(theme.font(theme.label_pixel_size))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    # The head last: on a short arrow the label must not hide where it points.
    painter.setBrush(color)
    pen.setWidthF(1.0)
    painter.setPen(pen)
    painter.drawPolygon(geometry.head)


#: The owner chip's height and the widest it may be, as a share of its shape's width.
CHIP_HEIGHT = 18.0
CHIP_MAX_SHARE = 0.9


def owner_chip_rect(rect: QRectF, owner: str, theme: Theme) -> tuple[QRectF, str]:
    """Where a shape's owner chip goes (centred on its bottom edge) and its text, elided to fit."""
    text, w = _chip_text(owner, rect.width(), theme.label_pixel_size - 1, theme.font_families)
    return QRectF(rect.center().x() - w / 2, rect.bottom() - CHIP_HEIGHT / 2, w, CHIP_HEIGHT), text


@lru_cache(maxsize=20_000)
def _chip_text(owner: str, shape_width: float, pixel_size: int, families: tuple[str, ...]) -> tuple[str, float]:
    """A chip's text, elided to fit a shape of ``shape_width``, and the chip's width. Cached:
    a map has few owners and shape widths, and every paint of every step asks again."""
    fm = QFontMetricsF(make_font(pixel_size, False, families))
    widest = max(40.0, shape_width * CHIP_MAX_SHARE) - 14
    text = fm.elidedText(owner, Qt.TextElideMode.ElideRight, widest)
    return text, fm.horizontalAdvance(text) + 14


def paint_owner_chip(painter: QPainter, rect: QRectF, owner: str, theme: Theme) -> None:
    """A small pill with the owner's name on the shape's bottom edge."""
    owner = " ".join(owner.split())
    if not owner:
        return
    box, text = owner_chip_rect(rect, owner, theme)
    painter.setPen(QPen(theme.legend_outline.darker(115), 1.0))
    painter.setBrush(theme.legend_fill)
    painter.drawRoundedRect(box, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
    painter.setPen(theme.legend_text)
    painter.setFont(theme.font(theme.label_pixel_size - 1))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def marker_rects(rect: QRectF, count: int, kind: str = "activity") -> list[QRectF]:
    """Where the badges of a shape go: a row leftwards from its top-right corner.
    On a diamond they sit along the middle of its upper-right edge (the first in
    the middle, the next either side of it), so none piles up on the top tip where
    arrows come in and go out."""
    out = []
    if kind == "decision":
        cx, cy = rect.center().x() + rect.width() / 4 + 6.0, rect.top() + rect.height() / 4 - 4.0
        ex, ey = rect.width() / 2, rect.height() / 2
        length = math.hypot(ex, ey) or 1.0
        ux, uy = ex / length, ey / length   # down the edge, toward the right tip
        for i in range(count):
            k = (i + 1) // 2 * (1 if i % 2 else -1)   # 0, +1, -1, +2, -2...
            x, y = cx + k * BADGE_STEP * ux, cy + k * BADGE_STEP * uy
            out.append(QRectF(x - BADGE_RADIUS, y - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS))
        return out
    if kind == "terminator":
        cx, cy = rect.right() - rect.height() * 0.22, rect.top() + 2.0
    else:
        cx, cy = rect.right() - 2.0, rect.top() + 2.0
    for i in range(count):
        x = cx - i * BADGE_STEP
        out.append(QRectF(x - BADGE_RADIUS, cy - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS))
    return out


def paint_markers(painter: QPainter, rect: QRectF, markers: list[Marker], theme: Theme,
                  kind: str = "activity") -> None:
    """Small round badges at the shape's top-right corner, one per marker."""
    for box, marker in zip(marker_rects(rect, len(markers), kind), markers):
        paint_badge(painter, box, marker.kind, theme)


def paint_badge(painter: QPainter, box: QRectF, kind: str, theme: Theme) -> None:
    """One badge: a coloured disc with a white ring and a white glyph."""
    color = theme.markers.get(kind, theme.markers["info"])
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(color)
    painter.drawEllipse(box)
    _paint_glyph(painter, kind, box.center(), box.width() / 2 - 1.5)


def _paint_glyph(painter: QPainter, kind: str, c: QPointF, r: float) -> None:
    white = QColor("#ffffff")
    x, y = c.x(), c.y()
    if kind == "critical":
        # A five-pointed star.
        pts = []
        for i in range(10):
            rad = r * (0.72 if i % 2 == 0 else 0.3)
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(QPointF(x + rad * math.cos(a), y + rad * math.sin(a)))
        painter.setPen(_NO_PEN)
        painter.setBrush(white)
        painter.drawPolygon(QPolygonF(pts))
    elif kind == "automate":
        # A lightning bolt.
        s = r * 0.75
        pts = [(0.15, -1.0), (-0.55, 0.15), (-0.05, 0.15), (-0.2, 1.0), (0.55, -0.2), (0.05, -0.2)]
        painter.setPen(_NO_PEN)
        painter.setBrush(white)
        painter.drawPolygon(QPolygonF([QPointF(x + px * s, y + py * s) for px, py in pts]))
    elif kind == "metric":
        # Three rising bars: something to count.
        s = r * 0.62
        painter.setPen(_NO_PEN)
        painter.setBrush(white)
        w = s * 0.48
        for i, h in enumerate((0.7, 1.2, 1.7)):
            left = x - s + i * (w + s * 0.28)
            painter.drawRect(QRectF(left, y + s * 0.85 - h * s, w, h * s))
    elif kind == "owner":
        # A person: head and shoulders.
        painter.setPen(_NO_PEN)
        painter.setBrush(white)
        painter.drawEllipse(QPointF(x, y - r * 0.28), r * 0.28, r * 0.28)
        shoulders = QPainterPath()
        shoulders.moveTo(x - r * 0.55, y + r * 0.6)
        shoulders.quadTo(x - r * 0.5, y + r * 0.02, x, y + r * 0.05)
        shoulders.quadTo(x + r * 0.5, y + r * 0.02, x + r * 0.55, y + r * 0.6)
        shoulders.closeSubpath()
        painter.drawPath(shoulders)
    elif kind == "info":
        pen = QPen(white, max(1.2, r * 0.26))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y - r * 0.05), QPointF(x, y + r * 0.5))
        painter.drawPoint(QPointF(x, y - r * 0.45))
    else:
        # "!" for errors and warnings.
        pen = QPen(white, max(1.2, r * 0.28))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y - r * 0.5), QPointF(x, y + r * 0.1))
        painter.drawPoint(QPointF(x, y + r * 0.5))


LEGEND_ROW = 22.0
LEGEND_PADDING = 10.0


def legend_size(kinds: Iterable[str], theme: Theme) -> tuple[float, float]:
    kinds = [k for k in MARKER_KINDS if k in set(kinds)]
    fm = QFontMetricsF(theme.font(theme.label_pixel_size))
    w = max((fm.horizontalAdvance(marker_title(k)) for k in kinds), default=0.0)
    return (2 * LEGEND_PADDING + 2 * BADGE_RADIUS + 8 + w,
            2 * LEGEND_PADDING + LEGEND_ROW * len(kinds) - (LEGEND_ROW - 2 * BADGE_RADIUS if kinds else 0))


def paint_legend(painter: QPainter, top_left: QPointF, theme: Theme, kinds: Iterable[str]) -> QRectF:
    """A small key of the badges in ``kinds``; returns the rectangle it took."""
    kinds = [k for k in MARKER_KINDS if k in set(kinds)]
    if not kinds:
        return QRectF(top_left, top_left)
    w, h = legend_size(kinds, theme)
    box = QRectF(top_left.x(), top_left.y(), w, h)
    painter.setPen(QPen(theme.legend_outline, 1.0))
    painter.setBrush(theme.legend_fill)
    painter.drawRoundedRect(box, 8, 8)
    painter.setFont(theme.font(theme.label_pixel_size))
    for i, kind in enumerate(kinds):
        y = box.top() + LEGEND_PADDING + i * LEGEND_ROW
        badge = QRectF(box.left() + LEGEND_PADDING, y, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS)
        paint_badge(painter, badge, kind, theme)
        painter.setPen(theme.legend_text)
        painter.drawText(QRectF(badge.right() + 8, y, w, 2 * BADGE_RADIUS),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), marker_title(kind))
    return box


# -- the whole map ---------------------------------------------------------------

class MapPicture:
    """A map's drawable geometry, computed once: step rectangles, arrow routes and badges."""

    def __init__(self, m: SystemMap, report=None, markers: bool = True, only: Iterable[str] | None = None,
                 marker_kinds: Iterable[str] | None = None):
        keep = None if only is None else set(only)
        self.steps = [s for s in m.steps if s.placed and (keep is None or s.id in keep)]
        self.rects = {s.id: g.step_rect(s) for s in self.steps}
        by_id = {s.id: s for s in self.steps}
        pairs = {(a.source, a.target) for a in m.arrows}
        self.arrows: list[tuple[Arrow, g.ArrowGeometry]] = []
        kinds = {s.id: s.kind for s in self.steps}
        shapes = g.shape_grid(self.rects, kinds)   # routes step around them, labels keep off them
        # Where each decision's branches leave, so arrows into it enter elsewhere.
        branches: dict[str, list] = {}
        for a in m.arrows:
            s, t = by_id.get(a.source), by_id.get(a.target)
            if s is not None and t is not None and s.kind == "decision":
                branches.setdefault(s.id, []).append((a, self.rects[t.id], t.kind, g.is_loop_back(a, s, t, pairs)))
        taken = {sid: g.branch_sides(self.rects[sid], out) for sid, out in branches.items()}
        for a in m.arrows:
            s, t = by_id.get(a.source), by_id.get(a.target)
            if s is None or t is None:
                continue
            geo = g.arrow_geometry(a, self.rects[s.id], self.rects[t.id], s.kind, t.kind,
                                   g.is_loop_back(a, s, t, pairs), shapes.near, taken.get(t.id, ()))
            self.arrows.append((a, geo))
        g.place_labels(self.arrows, self.rects, kinds, shapes)
        self.markers = markers_for(report) if (markers and report is not None) else {}
        if marker_kinds is not None:
            # Only the kinds shown (the canvas's badge switches); the legend lists just these.
            shown = set(marker_kinds)
            self.markers = {sid: kept for sid, ms in self.markers.items()
                            if (kept := [mk for mk in ms if mk.kind in shown])}
        self.errors = {sid for sid, ms in self.markers.items() if any(mk.kind == "error" for mk in ms)}
        self.marker_kinds = {mk.kind for sid, ms in self.markers.items() if sid in by_id for mk in ms}
        #: Owner chips, switched like the badges ("owner" among the kinds shown).
        self.chips = markers and (marker_kinds is None or "owner" in set(marker_kinds))
        self.lr = m.direction != "TB"
        self.bands = map_bands(m, self.rects) if keep is None else []

    def bounds(self) -> QRectF:
        r = QRectF()
        for rect in self.rects.values():
            r = r.united(rect)
        for a, geo in self.arrows:
            r = r.united(geo.bounding_rect())
            text = g.drawn_label_text(a, geo)
            if text:
                r = r.united(g.label_rect(text, geo.label_point))
        if self.markers:
            r = r.adjusted(0, -BADGE_RADIUS - 2, BADGE_RADIUS + 2, 0)
        if self.chips:
            r = r.adjusted(0, 0, 0, CHIP_HEIGHT / 2 + 1)
        if self.bands:
            r = r.united(bands_bounds(self.bands, self.lr))
        return r


LEGEND_GAP = 24.0
#: The map's title above an exported drawing: its pixel size and its gap to the map.
TITLE_PIXEL_SIZE = 26
TITLE_GAP = 22.0


def title_rect(title: str, bounds: QRectF, theme: Theme) -> QRectF:
    """Where the title goes: above the drawing, from its left edge."""
    fm = QFontMetricsF(theme.font(TITLE_PIXEL_SIZE, bold=True))
    w, h = fm.horizontalAdvance(title), fm.height()
    return QRectF(bounds.left(), bounds.top() - TITLE_GAP - h, w, h)


def paint_title(painter: QPainter, title: str, bounds: QRectF, theme: Theme) -> QRectF:
    box = title_rect(title, bounds, theme)
    painter.setFont(theme.font(TITLE_PIXEL_SIZE, bold=True))
    painter.setPen(theme.legend_text)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
    return box


def paint_extent(m: SystemMap, report=None, markers: bool = True, legend: bool = True,
                 only: Iterable[str] | None = None, marker_kinds: Iterable[str] | None = None,
                 title: str = "", picture: MapPicture | None = None) -> QRectF:
    """The scene rectangle ``paint_map`` draws into with these options (title, map and legend).
    ``picture``: the ``MapPicture`` of these options when the caller already has it
    (routing and placing the labels of a big map is most of the work)."""
    pic = picture if picture is not None else MapPicture(m, report, markers, only, marker_kinds)
    r = bounds = pic.bounds()
    if legend and pic.marker_kinds:
        w, h = legend_size(pic.marker_kinds, _legend_theme())
        r = r.united(QRectF(r.left(), r.bottom() + LEGEND_GAP, w, h))
    if title.strip() and not bounds.isEmpty():
        r = r.united(title_rect(title.strip(), bounds, _legend_theme()))
    return r


def _legend_theme() -> Theme:
    from .theme import EXPORT
    return EXPORT


def paint_map(painter: QPainter, m: SystemMap, theme: Theme, report=None, markers: bool = True,
              legend: bool = True, only: Iterable[str] | None = None,
              marker_kinds: Iterable[str] | None = None, title: str = "",
              picture: MapPicture | None = None) -> QRectF:
    """Draw the whole map (or the steps in ``only`` and the arrows among them) in
    scene coordinates: ``title`` above, arrows, shapes, badges, then the legend under the map.
    ``marker_kinds``: the badge kinds to draw (None: all), as switched on the canvas.
    ``picture``: the ``MapPicture`` of these options, when the caller already made it
    (for ``paint_extent``). The caller sets up the painter's transform
    (``paint_extent`` says where it all lands). Returns the rectangle drawn into."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    pic = picture if picture is not None else MapPicture(m, report, markers, only, marker_kinds)
    paint_lanes(painter, pic.bands, theme, pic.lr)
    for a, geo in pic.arrows:
        paint_arrow(painter, a, geo, theme)
    for s in pic.steps:
        paint_step(painter, s, pic.rects[s.id], theme, error=s.id in pic.errors)
        if pic.chips and s.owner.strip():
            paint_owner_chip(painter, pic.rects[s.id], s.owner, theme)
    for s in pic.steps:
        ms = pic.markers.get(s.id)
        if ms:
            paint_markers(painter, pic.rects[s.id], ms, theme, s.kind)
    extent = bounds = pic.bounds()
    if legend and pic.marker_kinds:
        box = paint_legend(painter, QPointF(extent.left(), extent.bottom() + LEGEND_GAP), theme, pic.marker_kinds)
        extent = extent.united(box)
    if title.strip() and not bounds.isEmpty():
        extent = extent.united(paint_title(painter, title.strip(), bounds, theme))
    return extent
