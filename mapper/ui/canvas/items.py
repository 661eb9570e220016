"""The scene's items. They keep an id and read the model; their geometry is
set by the scene (``MapScene``) when the model changes, never in ``paint()``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from mapper.render import geometry as g
from mapper.render.paint import (BADGE_RADIUS, CHIP_HEIGHT, marker_rects, paint_arrow, paint_markers, paint_owner_chip,
                                 paint_step)

if TYPE_CHECKING:
    from .scene import MapScene

#: Below this zoom, shapes are drawn without text, badges and labels (unreadable anyway).
#: Fitting a sample map of ~17 steps lands near 0.35: it must still read as a map.
DETAIL_ZOOM = 0.25

STEP_Z = 10.0
ARROW_Z = 5.0
OVERLAY_Z = 100.0


class Layer(QGraphicsItem):
    """An invisible parent for a few hundred items: fewer top-level items keep
    drags cheap, and hiding a few layers hides a whole big map at once."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.count = 0

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:  # has no contents
        return


class StepItem(QGraphicsItem):
    """One step. Positioned at the step's centre; its rect is centred on (0, 0)."""

    def __init__(self, step_id: str) -> None:
        super().__init__()
        self.step_id = step_id
        self.rect = QRectF()
        self.path = QPainterPath()
        self._bounds = QRectF()
        self._scene_rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(STEP_Z)

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def set_geometry(self, rect: QRectF, kind: str) -> None:
        """Scene rect of the shape (from ``step_rect``); called by the scene only."""
        local = QRectF(-rect.width() / 2, -rect.height() / 2, rect.width(), rect.height())
        if local != self.rect:
            self.prepareGeometryChange()
            self.rect = local
            # Room for the selection halo and for badges poking out at the top-right.
            m = BADGE_RADIUS + 4
            # ... and for the owner chip on the bottom edge.
            self._bounds = local.adjusted(-5, -m, m, max(5.0, CHIP_HEIGHT / 2 + 2))
        self.path = g.shape_path(kind, self.rect)
        c = rect.center()
        if self.pos() != c:
            self.setPos(c)
        # Kept: routing and labels ask for it tens of thousands of times when a map opens.
        self._scene_rect = self.rect.translated(self.pos())
        self.update()

    def scene_rect(self) -> QRectF:
        """The shape's rectangle in the scene (one object until the geometry changes: read it, do not change it)."""
        return self._scene_rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.map_scene()
        step = scene.document.map.step(self.step_id)
        if step is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        detail = lod >= DETAIL_ZOOM
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        markers = scene.visible_markers(self.step_id) if detail else []
        error = scene.in_error(self.step_id)
        paint_step(painter, step, self.rect, scene.theme, selected, detail, error, self.path)
        if detail and step.owner.strip() and "owner" not in scene.hidden_markers:
            paint_owner_chip(painter, self.rect, step.owner, scene.theme)
        if markers:
            paint_markers(painter, self.rect, markers, scene.theme, step.kind)

    def marker_at(self, local: QPointF):
        """The badge under a point in item coordinates, or None."""
        scene = self.map_scene()
        markers = scene.visible_markers(self.step_id)
        step = scene.document.map.step(self.step_id)
        if not markers or step is None:
            return None
        for box, marker in zip(marker_rects(self.rect, len(markers), step.kind), markers):
            if box.adjusted(-2, -2, 2, 2).contains(local):
                return marker
        return None

    def hoverEnterEvent(self, event) -> None:
        self.map_scene().hover_step(self)

    def hoverLeaveEvent(self, event) -> None:
        self.map_scene().hover_step(None, leaving=self)


class ArrowItem(QGraphicsItem):
    """One arrow, drawn from geometry the scene computed (``arrow_geometry``)."""

    def __init__(self, arrow_id: str) -> None:
        super().__init__()
        self.arrow_id = arrow_id
        self.geometry: g.ArrowGeometry | None = None
        self.ends: tuple[str, str] = ("", "")   # the step ids it is indexed under in the scene
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._label_box: QRectF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(ARROW_Z)

    def set_geometry(self, geometry: g.ArrowGeometry, label: str) -> None:
        self.prepareGeometryChange()
        self.geometry = geometry
        bounds = geometry.bounding_rect()
        self._label_box = g.label_rect(label, geometry.label_point) if label else None
        if self._label_box is not None:
            bounds = bounds.united(self._label_box)
        self._shape = None  # built on the first hit test: most arrows are never clicked
        self._bounds = bounds.adjusted(-6, -6, 6, 6)
        self.update()

    def label_box(self) -> QRectF | None:
        return self._label_box

    def preview_label(self, point: QPointF) -> None:
        """Show the label at ``point`` while it is being dragged (the model follows on release)."""
        if self.geometry is None or self._label_box is None:
            return
        self.prepareGeometryChange()
        self.geometry.label_point = point
        self._label_box.moveCenter(point)
        self._bounds = self._bounds.united(self._label_box.adjusted(-6, -6, 6, 6))
        self._shape = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = QPainterPath()
            if self.geometry is not None:
                stroker = QPainterPathStroker()
                stroker.setWidth(10)
                self._shape = stroker.createStroke(self.geometry.path)
                self._shape.addPolygon(self.geometry.head)
                if self._label_box is not None:
                    self._shape.addRect(self._label_box)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        arrow = scene.document.map.arrow(self.arrow_id)
        if arrow is None or self.geometry is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_arrow(painter, arrow, self.geometry, scene.theme, selected, lod >= DETAIL_ZOOM)
        if selected:
            # Grips at both ends: drag one onto another step to reconnect.
            painter.setPen(QPen(scene.theme.selection, 1.5))
            painter.setBrush(Qt.GlobalColor.white)
            for p in (self.geometry.points[0], self.geometry.points[-1]):
                painter.drawEllipse(p, 4.5, 4.5)


#: Handles sit this far outside the shape, clear of arrow heads and of the outline
#: (a press on the outline itself still moves the shape).
HANDLE_OFFSET = 17.0
_OUTWARD = {"right": (1, 0), "bottom": (0, 1), "left": (-1, 0), "top": (0, -1)}


def handle_points(rect: QRectF) -> dict[str, QPointF]:
    """Where a shape's four connection handles are drawn, by side."""
    out = {}
    for side, (dx, dy) in _OUTWARD.items():
        p = g.side_point(rect, side)
        out[side] = QPointF(p.x() + dx * HANDLE_OFFSET, p.y() + dy * HANDLE_OFFSET)
    return out


class HandleOverlay(QGraphicsItem):
    """Connection handles on the four sides of the step under the mouse."""

    RADIUS = 5.5
    HIT = 9.0

    def __init__(self) -> None:
        super().__init__()
        self.step_id: str | None = None
        self.rect = QRectF()
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_for(self, step_id: str | None, scene_rect: QRectF | None) -> None:
        self.prepareGeometryChange()
        self.step_id = step_id
        if step_id is None or scene_rect is None:
            self.setVisible(False)
            return
        self.rect = QRectF(scene_rect)
        self.setVisible(True)
        self.update()

    def points(self) -> dict[str, QPointF]:
        return handle_points(self.rect)

    def side_at(self, scene_pos: QPointF) -> str | None:
        if not self.isVisible():
            return None
        for side, p in self.points().items():
            if (p - scene_pos).manhattanLength() <= self.HIT * 1.4:
                return side
        return None

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 3 + HANDLE_OFFSET
        return self.rect.adjusted(-r, -r, r, r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        theme = self.scene().theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(theme.handle, 1.5))
        painter.setBrush(Qt.GlobalColor.white)
        for p in self.points().values():
            painter.drawEllipse(p, self.RADIUS, self.RADIUS)
