"""Gestures on the canvas, one small object each (orange-canvas-core's pattern):
the view hands press/move/release/key to the active gesture instead of one big
mousePressEvent with modes, and ``gesture_for_press`` alone decides which
gesture a press starts. Every change goes through the document; what a change
means on the map comes from ``mapper.editing``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsView

from mapper.editing import edits

from mapper.model import SetArrowFields
from mapper.render import geometry as g

from ..document import new_drag_key
from .editor import InlineEditor
from .items import OVERLAY_Z, ArrowItem, StepItem

if TYPE_CHECKING:
    from .view import Canvas

#: Pixels the mouse must travel before a press becomes a drag.
DRAG_START = 3


class Gesture:
    """One gesture in progress. The view calls ``press`` (a further press while it
    is active: True if the gesture takes it), ``move``, ``release`` (True if the
    gesture goes on after it), ``key`` (True if it took the key) and ``cancel``."""

    #: The view also hands the mouse to QGraphicsView (Qt draws the rubber band).
    qt_mouse = False

    def __init__(self, canvas: "Canvas") -> None:
        self.canvas = canvas

    def press(self, scene_pos: QPointF, event) -> bool:
        return False

    def move(self, scene_pos: QPointF, event) -> None:
        pass

    def release(self, scene_pos: QPointF, event) -> bool:
        return False

    def key(self, event) -> bool:
        return False

    def cancel(self) -> None:
        pass


class PanGesture(Gesture):
    """Middle-drag: move the view, not the map."""

    def __init__(self, canvas: "Canvas", view_pos) -> None:
        super().__init__(canvas)
        self.last = view_pos
        canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, scene_pos, event) -> None:
        if self.last is None:
            return
        pos = event.position()
        delta = pos - self.last
        self.last = pos
        h, v = self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar()
        h.setValue(h.value() - int(round(delta.x())))
        v.setValue(v.value() - int(round(delta.y())))

    def release(self, scene_pos, event) -> bool:
        self.cancel()
        return False

    def cancel(self) -> None:
        self.canvas.viewport().setCursor(Qt.CursorShape.ArrowCursor)


class SpacePanGesture(PanGesture):
    """Space held: the hand is open, and every drag (left or middle) pans until Space is let go."""

    def __init__(self, canvas: "Canvas") -> None:
        Gesture.__init__(self, canvas)
        self.last = None
        canvas.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def press(self, scene_pos, event) -> bool:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            return False
        self.last = event.position()
        self.canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def release(self, scene_pos, event) -> bool:
        self.last = None
        self.canvas.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        return True   # still held

    def key(self, event) -> bool:
        if event.type() == event.Type.KeyRelease and event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.canvas.end_gesture()
            return True
        return event.key() == Qt.Key.Key_Space   # its auto-repeat


class SelectClick(Gesture):
    """Shift/Ctrl-click on a step or arrow toggles it; a plain click on an arrow selects just it."""

    def __init__(self, canvas: "Canvas", item, toggle: bool) -> None:
        super().__init__(canvas)
        if toggle:
            item.setSelected(not item.isSelected())
        else:
            canvas.select([], [item.arrow_id])


class RubberBandGesture(Gesture):
    """Drag on empty canvas: select with a rubber band (Shift/Ctrl add to the selection).
    Qt draws the band and selects; in the overview, where the items are transparent
    and Qt finds none, the gesture selects what the band covers itself."""

    qt_mouse = True

    def __init__(self, canvas: "Canvas", view_pos, toggle: bool) -> None:
        super().__init__(canvas)
        self.press_at = view_pos.toPoint()
        self.base = list(canvas.map_scene.selectedItems()) if toggle else []
        canvas.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def move(self, scene_pos, event) -> None:
        if self.canvas.map_scene.layers_transparent:
            self._select_in_band(event.position().toPoint())

    def _select_in_band(self, corner) -> None:
        canvas = self.canvas
        area = canvas.mapToScene(QRect(self.press_at, corner).normalized()).boundingRect()
        scene = canvas.map_scene
        found = [item for item in scene.items_in(area)
                 if (isinstance(item, StepItem) and item.isVisible() and item.scene_rect().intersects(area))
                 or (isinstance(item, ArrowItem) and item.isVisible() and item.geometry is not None
                     and item.geometry.path.intersects(area))]
        scene.blockSignals(True)
        try:
            scene.clearSelection()
            for item in self.base + found:
                item.setSelected(True)
        finally:
            scene.blockSignals(False)
        canvas.selection_changed.emit()

    def release(self, scene_pos, event) -> bool:
        self.cancel()
        return False

    def cancel(self) -> None:
        self.canvas.setDragMode(QGraphicsView.DragMode.NoDrag)


def gesture_for_press(canvas: "Canvas", event, scene_pos: QPointF) -> Gesture | None:
    """The gesture a mouse press starts, by what is under it (None: Qt's own handling)."""
    button = event.button()
    if button == Qt.MouseButton.MiddleButton:
        return PanGesture(canvas, event.position())
    if button != Qt.MouseButton.LeftButton:
        return None
    toggle = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
    scene = canvas.map_scene
    if not toggle:
        # A selected arrow's end grip wins over the handle it sits on.
        grip = arrow_end_at(canvas, scene_pos)
        if grip is not None:
            return ArrowEndGesture(canvas, grip[0], grip[1], grip[2])
        handle = scene.handle_at(scene_pos)
        if handle is not None:
            return NewArrowGesture(canvas, handle[0], handle[2])
        label = scene.label_at(scene_pos)
        if label is not None:
            return LabelGesture(canvas, label.arrow_id, event.position())
    step = scene.step_at(scene_pos)
    if step is not None:
        if toggle:
            return SelectClick(canvas, step, True)
        if not step.isSelected():
            canvas.select([step.step_id])
        return MoveGesture(canvas, scene_pos, step.step_id, event.position())
    arrow = scene.arrow_at(scene_pos)
    if arrow is not None:
        return SelectClick(canvas, arrow, toggle)
    return RubberBandGesture(canvas, event.position(), toggle)


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

    def release(self, scene_pos, event) -> bool:
        self.canvas.map_scene.bands_frozen = False
        if not self.started and len(self.ids) > 1:
            # A click (no drag) on one of several selected steps selects just it.
            self.canvas.select([self.anchor_id])
        if self.started and self.lanes:
            self._into_lane()
        self.canvas.map_scene.update_bands()
        return False

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
            op.text = QCoreApplication.translate("LabelGesture", "Move Label")
            self.canvas.apply_or_tell(op)

    def cancel(self) -> None:
        self.canvas.map_scene.reroute(self.arrow_id)


class TextEditGesture(Gesture):
    """Typing over a step's text or an arrow's label in place (an ``InlineEditor``
    on the shape). Enter keeps the text (one undo step), Escape drops it, Tab keeps
    it and adds the next step; a press outside, another map or any other shortcut
    keeps it first. The view hands it presses and keys while it lasts."""

    def __init__(self, canvas: "Canvas", editor: InlineEditor) -> None:
        super().__init__(canvas)
        self.editor = editor
        editor.on_done = self._done
        if editor.target == "step":
            editor.document().contentsChanged.connect(self._grow_while_typing)
        canvas.map_scene.addItem(editor)
        canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if editor.target == "step":
            self._grow_while_typing()

    def press(self, scene_pos, event) -> bool:
        """True when the press is in the editor (it places the cursor); else the text is kept."""
        if self.editor.sceneBoundingRect().contains(scene_pos):
            return True
        self.editor.finish(True)
        return False

    def shortcut_override(self, event) -> bool:
        """True when the key belongs to the text (Delete, Ctrl+Z, Ctrl+A...); any
        other shortcut (Ctrl+S, Ctrl+P...) keeps the text first, then runs."""
        if is_text_editing_key(event):
            return True
        self.editor.finish(True)
        return False

    def key(self, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            # The scene would move focus between items; Tab means "keep it, next step".
            self.editor.then_next = self.editor.target == "step"
            self.editor.finish(True)
            return True
        return False

    def cancel(self) -> None:
        self.editor.finish(False)

    def _grow_while_typing(self) -> None:
        """The shape grows (or shrinks back) as the text is typed, like it will on Enter.
        A preview of the item only: the model changes when the edit is kept."""
        editor, canvas = self.editor, self.canvas
        if editor.finished:
            return
        item = canvas.map_scene.step_items.get(editor.target_id)
        step = canvas.document.map.step(editor.target_id)
        if item is None or step is None:
            return
        w, h = step.size()
        w, h = g.measure(step.kind, editor.toPlainText(), w, h)
        x, y = step.x or 0.0, step.y or 0.0
        rect = QRectF(x - w / 2, y - h / 2, w, h)
        if rect != item.scene_rect():
            canvas.map_scene.refresh_step(step.id, rect)
            editor.set_box(editor_box(step.kind, rect))

    def _done(self, editor: InlineEditor, accepted: bool) -> None:
        canvas = self.canvas
        canvas.typing_ended(self)
        if editor.target == "step":
            # Drop the typing preview; the model (changed below or not) says the size.
            canvas.map_scene.refresh_step(editor.target_id)
        # Removing the item later: we may be inside its own event handler.
        QTimer.singleShot(0, lambda: editor.scene() and editor.scene().removeItem(editor))
        editor.setVisible(False)
        canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        if not accepted:
            return
        m = canvas.document.map
        if editor.target == "step":
            op = edits.keep_text(m, editor.target_id, editor.text(), editor.fresh)
            if op is not None:
                canvas.apply_or_tell(op)
            if editor.then_next and m.step(editor.target_id) is not None:
                canvas.select([editor.target_id])
                canvas.quick_add(canvas.flow_direction())
        else:
            op = edits.keep_label(m, editor.target_id, editor.text())
            if op is not None:
                canvas.apply_or_tell(op)


def editor_box(kind: str, rect: QRectF) -> QRectF:
    """Where the inline editor sits over a shape: its text box, a little wider
    (the editor has margins, and a diamond's text box is narrow)."""
    box = g.text_box(kind, rect)
    grow = max(12.0, (110.0 - box.width()) / 2)
    return box.adjusted(-grow, 0, grow, 0)


_TEXT_CTRL_KEYS = {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y,
                   Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                   Qt.Key.Key_End, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


def is_text_editing_key(event) -> bool:
    """Keys an inline editor needs for itself: plain typing and the usual Ctrl edits."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    if mods == Qt.KeyboardModifier.NoModifier:
        return True
    return mods == Qt.KeyboardModifier.ControlModifier and event.key() in _TEXT_CTRL_KEYS


def pointer_help() -> list[tuple[str, str]]:
    """What the mouse does on the canvas, as (keys, what) rows for Help > Keyboard shortcuts."""
    return [
        (QCoreApplication.translate("CanvasPointer", "Double-click"),
         QCoreApplication.translate("CanvasPointer", "Edit a step or arrow label; on empty canvas, add an activity there")),
        (QCoreApplication.translate("CanvasPointer", "Drag from a side handle"),
         QCoreApplication.translate("CanvasPointer", "Connect to another step; drop in empty space to pick the next shape")),
        (QCoreApplication.translate("CanvasPointer", "Drag an arrow's end"), QCoreApplication.translate("CanvasPointer", "Reconnect the selected arrow to another step")),
        (QCoreApplication.translate("CanvasPointer", "Drag an arrow's label"), QCoreApplication.translate("CanvasPointer", "Slide the label along its arrow")),
        (QCoreApplication.translate("CanvasPointer", "Shift+click / Ctrl+click"), QCoreApplication.translate("CanvasPointer", "Add to or remove from the selection")),
        (QCoreApplication.translate("CanvasPointer", "Drag on empty canvas"), QCoreApplication.translate("CanvasPointer", "Select with a rubber band")),
        (QCoreApplication.translate("CanvasPointer", "Ctrl+wheel"), QCoreApplication.translate("CanvasPointer", "Zoom about the mouse")),
        (QCoreApplication.translate("CanvasPointer", "Wheel / Shift+wheel"), QCoreApplication.translate("CanvasPointer", "Scroll up and down / left and right")),
    ]
