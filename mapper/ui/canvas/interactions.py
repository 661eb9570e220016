"""Mouse gestures on the canvas, one small object each (orange-canvas-core's
pattern): the view hands press/move/release to the active gesture instead of
one big mousePressEvent with modes. Every change goes through the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from mapper.model import SetArrowFields
from mapper.render import geometry as g

from ..document import new_drag_key
from .items import OVERLAY_Z

if TYPE_CHECKING:
    from .view import Canvas

#: Pixels the mouse must travel before a press becomes a drag.
DRAG_START = 3


class Gesture:
    def __init__(self, canvas: "Canvas") -> None:
        self.canvas = canvas

    def move(self, scene_pos: QPointF, event) -> None:
        pass

    def release(self, scene_pos: QPointF, event) -> None:
        pass

    def cancel(self) -> None:
        pass


class PanGesture(Gesture):
    """Middle-drag or space-drag: move the view, not the map."""

    def __init__(self, canvas: "Canvas", view_pos) -> None:
        super().__init__(canvas)
        self.last = view_pos
        canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, scene_pos, event) -> None:
        pos = event.position()
        delta = pos - self.last
        self.last = pos
        h, v = self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar()
        h.setValue(h.value() - int(round(delta.x())))
        v.setValue(v.value() - int(round(delta.y())))

    def release(self, scene_pos, event) -> None:
        self.cancel()

    def cancel(self) -> None:
        self.canvas.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self.canvas.space_held
                                         else Qt.CursorShape.ArrowCursor)


class MoveGesture(Gesture):
    """Drag the selected steps. Each mouse move is a ``MoveSteps`` with one merge
    key, so the whole drag is one undo step; the steps' arrows re-route live."""

    def __init__(self, canvas: "Canvas", press: QPointF, anchor_id: str, view_pos) -> None:
        super().__init__(canvas)
        self.press = press
        self.view_press = view_pos
        m = canvas.document.map
        self.ids = canvas.selected_step_ids()
        self.start = {sid: (m.step(sid).x or 0.0, m.step(sid).y or 0.0) for sid in self.ids}
        self.anchor = self.start.get(anchor_id)
        self.key = new_drag_key()
        self.started = False
        self.anchor_id = anchor_id
        # In swimlanes the bands stay as they were while dragging: dropping in one
        # of them puts the steps in that lane.
        scene = canvas.map_scene
        self.lanes = m.lanes if scene.bands else None
        self.bands = list(scene.bands)
        scene.bands_frozen = bool(self.lanes)

    def release(self, scene_pos, event) -> None:
        self.canvas.map_scene.bands_frozen = False
        if not self.started and len(self.ids) > 1:
            # A click (no drag) on one of several selected steps selects just it.
            self.canvas.select([self.anchor_id])
        if self.started and self.lanes:
            self._into_lane()
        self.canvas.map_scene.update_bands()

    def cancel(self) -> None:
        self.canvas.map_scene.bands_frozen = False
        self.canvas.map_scene.update_bands()

    def _into_lane(self) -> None:
        """Dropped in another lane: the steps take its owner or stage, in the same undo step as the move."""
        from mapper.layout.lanes import band_at, in_lane, lane_value
        from mapper.model import Batch, MoveSteps, SetStepFields
        doc = self.canvas.document
        m = doc.map
        anchor = m.step(self.anchor_id)
        if anchor is None or not anchor.placed:
            return
        band = band_at(self.bands, anchor.y if m.direction != "TB" else anchor.x)
        if band is None:
            return
        moved = [sid for sid in self.ids if (s := m.step(sid)) is not None and s.kind != "note"
                 and not in_lane(s, band.lane, self.lanes)]
        if not moved:
            return
        stack = doc.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        drag = getattr(top, "op", None)
        if not isinstance(drag, MoveSteps) or drag.merge_key != self.key:
            return
        positions, waypoints = dict(drag.positions), dict(drag.waypoints)
        stack.undo()   # the drag's move comes back as part of one step with the new lane
        fields = lane_value(band.lane, self.lanes)
        ops = [MoveSteps(positions, waypoints=waypoints)] + [SetStepFields(sid, fields) for sid in moved]
        text = QCoreApplication.translate("MoveGesture", "Move to lane {0}").format(band.lane.title)
        doc.apply(Batch(ops, text))

    def move(self, scene_pos, event) -> None:
        if not self.started:
            if (event.position() - self.view_press).manhattanLength() < DRAG_START:
                return
            self.started = True
        dx, dy = scene_pos.x() - self.press.x(), scene_pos.y() - self.press.y()
        if self.canvas.snap and self.anchor is not None:
            # Snap the grabbed step's centre; the others keep their distance to it.
            ax, ay = self.canvas.snap_point(self.anchor[0] + dx, self.anchor[1] + dy)
            dx, dy = ax - self.anchor[0], ay - self.anchor[1]
        positions = {sid: (x + dx, y + dy) for sid, (x, y) in self.start.items()}
        self.canvas.move_steps(positions, merge_key=self.key)


class NewArrowGesture(Gesture):
    """Drag from a step's handle: onto a step connects them; into empty space
    offers a menu of shapes and creates the chosen one there, connected."""

    def __init__(self, canvas: "Canvas", source_id: str, start: QPointF) -> None:
        super().__init__(canvas)
        self.source_id = source_id
        self.start = start
        self.line = QGraphicsPathItem()
        pen = QPen(canvas.map_scene.theme.selection, 1.5, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(OVERLAY_Z)
        canvas.map_scene.addItem(self.line)

    def move(self, scene_pos, event) -> None:
        # Show the handles of the step under the mouse: "drop here to connect".
        scene = self.canvas.map_scene
        target = scene.step_at(scene_pos)
        scene.hover_step(target if target is not None and target.step_id != self.source_id else None)
        path = QPainterPath(self.start)
        # Orthogonal preview: along the handle's axis first, like the final arrow.
        path.lineTo(QPointF(scene_pos.x(), self.start.y()))
        path.lineTo(scene_pos)
        self.line.setPath(path)

    def release(self, scene_pos, event) -> None:
        target = self.canvas.map_scene.step_at(scene_pos)
        if target is not None:
            self.cancel()
            if target.step_id != self.source_id:
                self.canvas.connect_steps(self.source_id, target.step_id)
            return
        try:
            if (scene_pos - self.start).manhattanLength() > 20:
                # The dashed arrow stays while the menu asks what comes there.
                self.canvas.quick_menu(self.source_id, scene_pos)
        finally:
            self.cancel()

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.line.scene().removeItem(self.line)


class ArrowEndGesture(Gesture):
    """Drag one end of a selected arrow onto another step to reconnect it."""

    def __init__(self, canvas: "Canvas", arrow_id: str, end: str, start: QPointF) -> None:
        super().__init__(canvas)
        self.arrow_id = arrow_id
        self.end = end          # "source" or "target"
        self.fixed = start
        arrow = canvas.document.map.arrow(arrow_id)
        other = canvas.map_scene.step_items.get(arrow.target if end == "source" else arrow.source)
        self.anchor = other.scene_rect().center() if other is not None else start
        self.line = QGraphicsPathItem()
        self.line.setPen(QPen(QColor(canvas.map_scene.theme.selection), 1.5, Qt.PenStyle.DashLine))
        self.line.setZValue(OVERLAY_Z)
        canvas.map_scene.addItem(self.line)

    def move(self, scene_pos, event) -> None:
        path = QPainterPath(self.anchor)
        path.lineTo(scene_pos)
        self.line.setPath(path)

    def release(self, scene_pos, event) -> None:
        self.cancel()
        target = self.canvas.map_scene.step_at(scene_pos)
        if target is None:
            return
        arrow = self.canvas.document.map.arrow(self.arrow_id)
        if arrow is None or getattr(arrow, self.end) == target.step_id:
            return
        self.canvas.apply_or_tell(SetArrowFields(self.arrow_id, {self.end: target.step_id, "waypoints": []}))

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.line.scene().removeItem(self.line)


def arrow_end_at(canvas: "Canvas", scene_pos: QPointF) -> tuple[str, str, QPointF] | None:
    """(arrow id, "source"|"target", point) when the press is on a grip of a selected arrow."""
    for aid in canvas.selected_arrow_ids():
        item = canvas.map_scene.arrow_items.get(aid)
        if item is None or item.geometry is None:
            continue
        for end, p in (("source", item.geometry.points[0]), ("target", item.geometry.points[-1])):
            if (p - scene_pos).manhattanLength() <= 9:
                return aid, end, p
    return None




class LabelGesture(Gesture):
    """Slide an arrow's label along its arrow (its ``label_pos``); one undo step."""

    def __init__(self, canvas: "Canvas", arrow_id: str, view_pos) -> None:
        super().__init__(canvas)
        self.arrow_id = arrow_id
        self.view_press = view_pos
        self.started = False
        self.fraction: float | None = None

    def move(self, scene_pos, event) -> None:
        if not self.started:
            if (event.position() - self.view_press).manhattanLength() < DRAG_START:
                return
            self.started = True
        item = self.canvas.map_scene.arrow_items.get(self.arrow_id)
        if item is None or item.geometry is None:
            return
        # A preview only: the item shows the label there until the release applies it.
        self.fraction = round(g.fraction_at(item.geometry.points, scene_pos), 3)
        if self.fraction == g.DEFAULT_LABEL_POS:
            # 0.5 means "not placed by the user": keep the user's place a hair off it.
            self.fraction = g.DEFAULT_LABEL_POS + 0.001
        item.preview_label(g.point_along(item.geometry.points, self.fraction))

    def release(self, scene_pos, event) -> None:
        if not self.started or self.fraction is None:
            self.canvas.select([], [self.arrow_id])
            return
        arrow = self.canvas.document.map.arrow(self.arrow_id)
        if arrow is not None and arrow.label_pos != self.fraction:
            op = SetArrowFields(self.arrow_id, {"label_pos": self.fraction})
            op.text = "Move Label"
            self.canvas.apply_or_tell(op)

    def cancel(self) -> None:
        self.canvas.map_scene.reroute(self.arrow_id)
