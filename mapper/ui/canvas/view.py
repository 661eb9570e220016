"""The canvas: a QGraphicsView on the map's scene, where owners draw.

Every edit goes through ``Document.apply`` with model operations; the scene
follows the document. The view owns only view state: zoom, selection, the
gesture in progress and the inline editor.
"""

from __future__ import annotations

import json
import math

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu

from mapper.formats.brainstorm import parse_tasks
from mapper.model import (AddArrow, AddStep, Arrow, Batch, EditError, MoveSteps, SetArrowFields,
                          SetStepFields, Step, SystemMap, map_from_document, map_to_document, remove_steps)
from mapper.model.ids import fresh_id
from mapper.model.schema import DEFAULT_SIZE
from mapper.render import geometry as g
from mapper.render.markers import MARKER_KINDS
from mapper.render.swimlanes import paint_lanes

from ..document import Document
from .connect_dialog import ConnectDialog
from .editor import InlineEditor
from .flow_keys import connect_arrow, neighbour_along_arrows, next_branch_label
from .interactions import (ArrowEndGesture, Gesture, LabelGesture, MoveGesture, NewArrowGesture,
                           PanGesture, arrow_end_at)
from .items import ArrowItem, StepItem
from .scene import MapScene

#: Mime type of a shape dragged from the palette (its data is the kind).
STEP_KIND_MIME = "application/x-mapper-step-kind"
#: Mime type of copied steps and arrows: a mapper JSON fragment.
FRAGMENT_MIME = "application/x-mapper-fragment+json"

GRID = 20.0
#: Space between a step and the next one quick-add creates.
GAP_X = 80.0
GAP_Y = 60.0
#: Room kept between a pasted or duplicated shape and the shapes already there.
PASTE_CLEARANCE = 10.0
MIN_ZOOM, MAX_ZOOM = 0.02, 4.0
ZOOM_STEP = 1.25
#: Below this zoom a big map is shown as one cached overview picture.
OVERVIEW_ZOOM = 0.2
OVERVIEW_MIN_STEPS = 600
#: The grid is drawn only when its dots are at least this far apart on screen.
GRID_MIN_ZOOM = 0.5

#: Air kept between an overlay (the legend card) and the steps fit to window shows.
OVERLAY_GAP = 8


def _fit_zoom(rect: QRectF, area: QRectF) -> float:
    """The zoom that fits ``rect`` into ``area``, never past 100 % (a small map is not blown up)."""
    z = min(area.width() / max(1.0, rect.width()), area.height() / max(1.0, rect.height()))
    return max(MIN_ZOOM, min(1.0, z))


_KIND_KEYS = {Qt.Key.Key_T: "terminator", Qt.Key.Key_A: "activity", Qt.Key.Key_D: "decision",
              Qt.Key.Key_N: "note"}
_KIND_DIGITS = {Qt.Key.Key_1: "terminator", Qt.Key.Key_2: "activity", Qt.Key.Key_3: "decision",
                Qt.Key.Key_4: "note"}
_DIRECTIONS = {Qt.Key.Key_Right: "right", Qt.Key.Key_Left: "left", Qt.Key.Key_Up: "up",
               Qt.Key.Key_Down: "down"}


class Canvas(QGraphicsView):
    """The map editor widget (docs/CONTRACTS.md, "mapper.ui canvas/")."""

    selection_changed = Signal()
    #: A short message for the status bar (e.g. why an edit was refused).
    status_message = Signal(str)

    def __init__(self, document: Document, parent=None) -> None:
        self.document = document
        self.map_scene = MapScene(document)
        super().__init__(self.map_scene, parent)
        self.map_scene.setParent(self)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.snap = True
        self.space_held = False
        self._gesture: Gesture | None = None
        self._rubber = False
        self._rubber_press = QPoint()
        self._rubber_base: list = []
        self._editor: InlineEditor | None = None
        self.connect_dialog: ConnectDialog | None = None  # the open "Connect To" list, if any
        self._overview: tuple | None = None
        self._overview_on = False
        self._overlays: list = []
        self._grid_brush = self._make_grid_brush()
        self._scene_rect_timer = QTimer(self)
        self._scene_rect_timer.setSingleShot(True)
        self._scene_rect_timer.setInterval(150)
        self._scene_rect_timer.timeout.connect(self._update_scene_rect)
        self.map_scene.selectionChanged.connect(self.selection_changed)
        self.map_scene.content_changed.connect(self._content_changed)
        document.reset.connect(self._after_reset)
        self._update_scene_rect(fresh=True)

    # -- selection ----------------------------------------------------------------
    def selected_step_ids(self) -> list[str]:
        """Selected steps, in document order."""
        ids = {it.step_id for it in self.map_scene.selectedItems() if isinstance(it, StepItem)}
        if not ids:
            return []
        return [s.id for s in self.document.map.steps if s.id in ids]

    def selected_arrow_ids(self) -> list[str]:
        ids = {it.arrow_id for it in self.map_scene.selectedItems() if isinstance(it, ArrowItem)}
        if not ids:
            return []
        return [a.id for a in self.document.map.arrows if a.id in ids]

    def select(self, step_ids, arrow_ids=()) -> None:
        """Select exactly these steps and arrows (one ``selection_changed``)."""
        scene = self.map_scene
        scene.blockSignals(True)
        try:
            scene.clearSelection()
            for sid in step_ids:
                item = scene.step_items.get(sid)
                if item is not None:
                    item.setSelected(True)
            for aid in arrow_ids:
                item = scene.arrow_items.get(aid)
                if item is not None:
                    item.setSelected(True)
        finally:
            scene.blockSignals(False)
        self.selection_changed.emit()

    def select_all(self) -> None:
        self.select(list(self.map_scene.step_items), list(self.map_scene.arrow_items))

    def center_on(self, step_ids) -> None:
        """Scroll so these steps are in view (zooming out if they do not fit)."""
        rect = QRectF()
        for sid in step_ids:
            item = self.map_scene.step_items.get(sid)
            if item is not None:
                rect = rect.united(item.scene_rect())
        if rect.isEmpty():
            return
        view = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.width() > view.width() * 0.9 or rect.height() > view.height() * 0.9:
            self._fit(rect.adjusted(-60, -60, 60, 60))
        else:
            self.centerOn(rect.center())

    # -- zoom and pan ---------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, z: float, anchor: QPointF | None = None) -> None:
        z = max(MIN_ZOOM, min(MAX_ZOOM, z))
        factor = z / self.zoom()
        if abs(factor - 1) < 1e-9:
            return
        old = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
        else:
            # Keep the scene point under ``anchor`` (the wheel's position) where it is.
            fixed = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            moved = QPointF(self.mapFromScene(fixed)) - anchor
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() + round(moved.x()))
            v.setValue(v.value() + round(moved.y()))
        self.setTransformationAnchor(old)
        self._zoom_changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        bounds = self.map_scene.steps_bounds().united(self.map_scene.lanes_rect())
        if bounds.isEmpty():
            self.zoom_reset()
            return
        self._fit(bounds.adjusted(-40, -40, 40, 40))

    def add_overlay(self, widget) -> None:
        """A widget floating over the canvas (the legend card in its corner):
        while it shows, fit to window keeps the steps out from under it."""
        self._overlays.append(widget)

    def _overlay_rects(self) -> list[QRect]:
        """The visible overlays, in viewport coordinates, with a little air around them."""
        out = []
        vp = self.viewport()
        for w in self._overlays:
            try:
                if not w.isVisible():
                    continue
                top_left = vp.mapFromGlobal(w.mapToGlobal(QPoint(0, 0)))
            except RuntimeError:  # the widget is gone
                continue
            r = QRect(top_left, w.size()).adjusted(-OVERLAY_GAP, -OVERLAY_GAP, OVERLAY_GAP, OVERLAY_GAP)
            if r.intersects(vp.rect()):
                out.append(r)
        return out

    def _fit(self, rect: QRectF) -> None:
        vp = QRectF(self.viewport().rect())
        area, z = vp, _fit_zoom(rect, vp)
        overlays = self._overlay_rects()
        if overlays and self._steps_under(rect, z, vp, overlays):
            # Steps would hide under the legend: fit into the largest band of the
            # window beside or above it instead (the one giving the biggest zoom).
            bands = []
            for o in overlays:
                o = QRectF(o)
                bands += [QRectF(vp.left(), vp.top(), vp.width(), o.top() - vp.top()),
                          QRectF(vp.left(), o.bottom(), vp.width(), vp.bottom() - o.bottom()),
                          QRectF(vp.left(), vp.top(), o.left() - vp.left(), vp.height()),
                          QRectF(o.right(), vp.top(), vp.right() - o.right(), vp.height())]
            bands = [b for b in bands if b.width() > 40 and b.height() > 40
                     and not any(b.intersects(QRectF(o)) for o in overlays)]
            if bands:
                area = max(bands, key=lambda b: _fit_zoom(rect, b))
                z = _fit_zoom(rect, area)
        self._update_scene_rect(rect)
        self.setTransform(QTransform.fromScale(z, z))
        # The map's centre goes to the centre of the area it was fitted into.
        shift = area.center() - vp.center()
        self.centerOn(rect.center() - QPointF(shift.x() / z, shift.y() / z))
        self._zoom_changed()

    def _steps_under(self, rect: QRectF, z: float, vp: QRectF, overlays: list[QRect]) -> bool:
        """Whether a step would lie under an overlay with ``rect`` fitted at zoom ``z``."""
        c = rect.center()
        for o in overlays:
            o = QRectF(o)
            scene = QRectF(c.x() + (o.left() - vp.center().x()) / z, c.y() + (o.top() - vp.center().y()) / z,
                           o.width() / z, o.height() / z)
            if any(isinstance(it, StepItem) for it in self.map_scene.items(scene)):
                return True
        return False

    def _zoom_changed(self) -> None:
        big = len(self.map_scene.step_items) >= OVERVIEW_MIN_STEPS
        overview = big and self.zoom() < OVERVIEW_ZOOM
        self._overview_on = overview
        if self.map_scene.layers_transparent != overview:
            self.map_scene.set_layers_visible(not overview)
        self.viewport().update()

    def wheelEvent(self, event) -> None:
        mods = event.modifiers()
        delta = event.angleDelta()
        if mods & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), anchor=event.position())
            event.accept()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta.y())
            event.accept()
            return
        super().wheelEvent(event)

    # -- scene size, background and the overview ------------------------------------
    def _content_changed(self) -> None:
        self._overview = None
        if not self._scene_rect_timer.isActive():
            self._scene_rect_timer.start()

    def _after_reset(self) -> None:
        # Another map: whatever was being typed or dragged belonged to the old one.
        if self._editor is not None:
            self._editor.finish(False)
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        self._overview = None
        self._update_scene_rect(fresh=True)
        self._zoom_changed()

    def _update_scene_rect(self, extra: QRectF | None = None, fresh: bool = False) -> None:
        """Room around the map to scroll into. It only grows while editing (so the
        scroll bars do not jump under a drag); another map starts it afresh."""
        bounds = self.map_scene.steps_bounds().united(self.map_scene.lanes_rect())
        if extra is not None:
            bounds = bounds.united(extra)
        if bounds.isEmpty():
            bounds = QRectF(-400, -300, 800, 600)
        # Room to pan past the edges and to add steps around the map.
        z = max(self.zoom(), 0.05)
        mx = max(1500.0, self.viewport().width() / z)
        my = max(1000.0, self.viewport().height() / z)
        rect = bounds.adjusted(-mx, -my, mx, my)
        if not fresh:
            rect = rect.united(self.sceneRect())
        self.setSceneRect(rect)

    def _make_grid_brush(self) -> QBrush:
        pix = QPixmap(int(GRID), int(GRID))
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.map_scene.theme.grid)
        p.drawRect(QRectF(0, 0, 1.6, 1.6))
        p.end()
        return QBrush(pix)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        theme = self.map_scene.theme
        painter.fillRect(rect, theme.background)
        if self._overview_on:
            if self._overview is None:
                self._overview = self.map_scene.overview()
            if self._overview is not None:
                img, bounds = self._overview
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(bounds, img)
            return
        if self.map_scene.bands:
            paint_lanes(painter, self.map_scene.bands, theme, self.document.map.direction != "TB")
        if self.snap and self.zoom() >= GRID_MIN_ZOOM:
            painter.fillRect(rect, self._grid_brush)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self._overview_on:
            return
        # Items are transparent in the overview: outline the selected steps on top.
        pen = QPen(self.map_scene.theme.selection, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in self.map_scene.selectedItems()[:5000]:
            if isinstance(item, StepItem):
                painter.drawRect(item.scene_rect())

    # -- mouse ------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        button = event.button()
        if self._editor is not None:
            if self._editor.sceneBoundingRect().contains(pos):
                super().mousePressEvent(event)
                return
            self._editor.finish(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self.space_held):
            self._gesture = PanGesture(self, event.position())
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        mods = event.modifiers()
        toggle = bool(mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
        scene = self.map_scene
        # A selected arrow's end grip wins over the handle it sits on.
        grip = arrow_end_at(self, pos)
        if grip is not None and not toggle:
            self._gesture = ArrowEndGesture(self, grip[0], grip[1], grip[2])
            return
        on_handle = scene.handle_at(pos)
        if on_handle is not None and not toggle:
            self._gesture = NewArrowGesture(self, on_handle[0], on_handle[2])
            return
        label = scene.label_at(pos) if not toggle else None
        if label is not None:
            self._gesture = LabelGesture(self, label.arrow_id, event.position())
            return
        step = scene.step_at(pos)
        if step is not None:
            if toggle:
                step.setSelected(not step.isSelected())
                return
            if not step.isSelected():
                self.select([step.step_id])
            self._gesture = MoveGesture(self, pos, step.step_id, event.position())
            return
        arrow = scene.arrow_at(pos)
        if arrow is not None:
            if toggle:
                arrow.setSelected(not arrow.isSelected())
            else:
                self.select([], [arrow.arrow_id])
            return
        # Empty space: rubber-band selection (Ctrl adds to the selection).
        self._rubber = True
        self._rubber_press = event.position().toPoint()
        self._rubber_base = list(scene.selectedItems()) if toggle else []
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._gesture is not None:
            self._gesture.move(self.mapToScene(event.position().toPoint()), event)
            return
        super().mouseMoveEvent(event)
        if self._rubber and self.map_scene.layers_transparent:
            self._select_in_band(event.position().toPoint())
        if not self.space_held and not self._rubber and event.buttons() == Qt.MouseButton.NoButton:
            # Say what a press would do here: connect from a handle, slide a label.
            pos = self.mapToScene(event.position().toPoint())
            scene = self.map_scene
            scene.pointer_moved(pos)
            if scene.handles.side_at(pos) is not None:
                cursor = Qt.CursorShape.CrossCursor
            elif scene.label_at(pos) is not None:
                cursor = Qt.CursorShape.SizeAllCursor
            else:
                cursor = Qt.CursorShape.ArrowCursor
            if self.viewport().cursor().shape() != cursor:
                self.viewport().setCursor(cursor)

    def _select_in_band(self, corner) -> None:
        """Rubber band in the overview: Qt's own band finds nothing there (the
        items are transparent), so select what the band covers from the scene."""
        area = self.mapToScene(QRect(self._rubber_press, corner).normalized()).boundingRect()
        scene = self.map_scene
        found = [item for item in scene.items_in(area)
                 if (isinstance(item, StepItem) and item.isVisible() and item.scene_rect().intersects(area))
                 or (isinstance(item, ArrowItem) and item.isVisible() and item.geometry is not None
                     and item.geometry.path.intersects(area))]
        scene.blockSignals(True)
        try:
            scene.clearSelection()
            for item in self._rubber_base + found:
                item.setSelected(True)
        finally:
            scene.blockSignals(False)
        self.selection_changed.emit()

    def mouseReleaseEvent(self, event) -> None:
        if self._gesture is not None:
            gesture, self._gesture = self._gesture, None
            gesture.release(self.mapToScene(event.position().toPoint()), event)
            return
        super().mouseReleaseEvent(event)
        if self._rubber:
            self._rubber = False
            self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        if self._editor is not None and self._editor.sceneBoundingRect().contains(pos):
            super().mouseDoubleClickEvent(event)
            return
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        step = self.map_scene.step_at(pos)
        if step is not None:
            self.select([step.step_id])
            self.edit_text(step.step_id)
            return
        arrow = self.map_scene.arrow_at(pos)
        if arrow is not None:
            self.select([], [arrow.arrow_id])
            self.edit_label(arrow.arrow_id)
            return
        sid = self.add_step("activity", pos)
        if sid is not None:
            self.edit_text(sid, fresh=True)

    # -- keyboard ---------------------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Leave and self._gesture is None:
            # The mouse went to a panel or the toolbar: no step is hovered any more.
            self.map_scene.handles.show_for(None, None)
        return super().viewportEvent(event)

    def event(self, event) -> bool:
        etype = event.type()
        if etype == QEvent.Type.ShortcutOverride:
            if self._editor is not None:
                if _is_text_editing_key(event):
                    # While typing, these belong to the text (Delete, Ctrl+Z, Ctrl+A...).
                    event.accept()
                    return True
                # Anything else (Ctrl+S, Ctrl+P...) keeps the text first, then runs.
                self._editor.finish(True)
                return super().event(event)
            if event.key() in _DIRECTIONS or (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)):
                event.accept()
                return True
        if etype == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab and self._editor is not None:
            # The scene would move focus between items; Tab means "keep it, next step".
            editor = self._editor
            editor.then_next = editor.target == "step"
            editor.finish(True)
            return True
        if etype == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab and self._editor is None \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.quick_add(self.flow_direction())
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self._editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self._gesture.cancel()
                self._gesture = None
            else:
                self.select([])
            return
        if key in _DIRECTIONS:
            if mods & Qt.KeyboardModifier.AltModifier:
                self.go_along_arrows(_DIRECTIONS[key])
            elif ctrl:
                self.quick_add(_DIRECTIONS[key])
            else:
                self.nudge(_DIRECTIONS[key], big=shift)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not ctrl:
            self._edit_selection()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            self.delete_selection()
            return
        if ctrl and key in _KIND_DIGITS:
            self.set_kind(_KIND_DIGITS[key])
            return
        text = event.text()
        if not ctrl and not (mods & Qt.KeyboardModifier.AltModifier) and text and text.isprintable() \
                and not text.isspace():
            steps, arrows = self.selected_step_ids(), self.selected_arrow_ids()
            if len(steps) == 1 and not arrows:
                self.edit_text(steps[0], initial=text)
                return
            if len(arrows) == 1 and not steps:
                self.edit_label(arrows[0], initial=text)
                return
            if not steps and not arrows and key in _KIND_KEYS and not shift:
                sid = self.add_step(_KIND_KEYS[key])
                if sid is not None:
                    self.edit_text(sid, fresh=True)
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab is quick-add on the canvas, not focus navigation.
        return False

    # -- editing operations -------------------------------------------------------------
    def apply_or_tell(self, op) -> bool:
        """Apply an edit; a refused one becomes a status message, never a crash."""
        try:
            self.document.apply(op)
        except EditError as e:
            self.status_message.emit(_sentence(str(e)))
            return False
        return True

    def snap_point(self, x: float, y: float) -> tuple[float, float]:
        if not self.snap:
            return x, y
        return round(x / GRID) * GRID, round(y / GRID) * GRID

    def set_snap(self, on: bool) -> None:
        self.snap = bool(on)
        self.viewport().update()

    def move_steps(self, positions: dict[str, tuple[float, float]], merge_key=None, text: str = "Move") -> None:
        """Move steps; their arrows drop their waypoints in the same operation so they re-route."""
        m = self.document.map
        waypoints = {}
        for sid in positions:
            for aid in self.map_scene.arrows_by_step.get(sid, ()):
                a = m.arrow(aid)
                if a is not None and a.waypoints:
                    waypoints[aid] = []
        op = MoveSteps(positions, merge_key=merge_key, waypoints=waypoints)
        op.text = text
        self.apply_or_tell(op)

    def nudge(self, direction: str, big: bool = False) -> None:
        ids = self.selected_step_ids()
        if not ids:
            return
        step = (GRID if self.snap else 1.0) * (5 if big else 1)
        dx, dy = {"right": (step, 0), "left": (-step, 0), "up": (0, -step), "down": (0, step)}[direction]
        m = self.document.map
        if self.snap:
            # Onto the next grid line that way (a step off the grid lands on it),
            # the others keeping their distance to the first.
            first = m.step(ids[0])
            x, y = first.x or 0.0, first.y or 0.0
            if dx:
                lines = math.floor(x / GRID + 1e-9) if dx > 0 else math.ceil(x / GRID - 1e-9)
                dx = (lines + dx / GRID) * GRID - x
            if dy:
                lines = math.floor(y / GRID + 1e-9) if dy > 0 else math.ceil(y / GRID - 1e-9)
                dy = (lines + dy / GRID) * GRID - y
        self.move_steps({sid: ((m.step(sid).x or 0) + dx, (m.step(sid).y or 0) + dy) for sid in ids},
                        text="Nudge")

    def mouse_scene_pos(self) -> QPointF | None:
        local = self.viewport().mapFromGlobal(QCursor.pos())
        if self.viewport().rect().contains(local):
            return self.mapToScene(local)
        return None

    def add_step(self, kind: str, pos: QPointF | None = None) -> str | None:
        """Create a step of ``kind`` at ``pos`` (default: under the mouse, else the
        middle of the view), select it and return its id."""
        if pos is None:
            pos = self.mouse_scene_pos() or self.mapToScene(self.viewport().rect().center())
        x, y = self.snap_point(pos.x(), pos.y())
        m = self.document.map
        sid = m.unused_step_id(kind)
        if not self.apply_or_tell(AddStep(Step(id=sid, kind=kind, x=x, y=y))):
            return None
        self.select([sid])
        return sid

    def set_kind(self, kind: str) -> None:
        ops = [SetStepFields(sid, {"kind": kind}) for sid in self.selected_step_ids()
               if self.document.map.step(sid).kind != kind]
        if ops:
            self.apply_or_tell(Batch(ops, f"Make {kind.title()}"))

    def _auto_label(self, source_id: str) -> str:
        """Arrows out of a decision are labelled Yes, then No, as they are drawn."""
        return next_branch_label(self.document.map, source_id)

    def go_along_arrows(self, direction: str) -> str | None:
        """Alt+Arrow: select the next (Right/Down) or previous (Left/Up) connected step,
        the branch lying that way when there are several."""
        ids = self.selected_step_ids()
        if len(ids) != 1:
            return None
        target = neighbour_along_arrows(self.document.map, ids[0], direction)
        if target is None:
            return None
        self.select([target])
        self.ensureVisible(self.map_scene.step_items[target].scene_rect(), 40, 40)
        return target

    def connect_to(self) -> None:
        """Edit > Connect To… (Ctrl+L): pick a step from a searchable list; an arrow is
        drawn to it from the selected step, which stays selected for the next one."""
        ids = self.selected_step_ids()
        if len(ids) != 1 or self.document.map.step(ids[0]).kind == "note":
            self.status_message.emit(self.tr("Select one step to connect from, then choose where it leads."))
            return
        dialog = ConnectDialog(self.document.map, ids[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda target, source=ids[0]: self._connect_chosen(source, target))
        dialog.finished.connect(self._connect_dialog_closed)
        self.connect_dialog = dialog
        dialog.open()

    def _connect_dialog_closed(self) -> None:
        self.connect_dialog = None
        # Back to the canvas, so the next key (Ctrl+Down, Alt+Left...) acts on the map.
        self.window().activateWindow()
        self.setFocus()

    def _connect_chosen(self, source_id: str, target_id: str) -> None:
        op = connect_arrow(self.document.map, source_id, target_id)
        if op is None:
            self.status_message.emit(self.tr("Notes take no part in the flow, so arrows cannot touch them."))
            return
        op.text = self.tr("Connect")
        if self.apply_or_tell(op):
            self.select([source_id])

    def connect_steps(self, source_id: str, target_id: str) -> str | None:
        """Draw an arrow (one undo step). Notes are refused with a status message."""
        m = self.document.map
        for sid in (source_id, target_id):
            s = m.step(sid)
            if s is not None and s.kind == "note":
                self.status_message.emit("Notes take no part in the flow, so arrows cannot touch them.")
                return None
        aid = m.unused_arrow_id()
        arrow = Arrow(id=aid, source=source_id, target=target_id, label=self._auto_label(source_id))
        if self.apply_or_tell(AddArrow(arrow)):
            self.select([], [aid])
            return aid
        return None

    def flow_direction(self) -> str:
        """Where "next" is for the selected step: onward from the arrow that led to it."""
        ids = self.selected_step_ids()
        if len(ids) != 1:
            return "right"
        m = self.document.map
        s = m.step(ids[0])
        for aid in self.map_scene.arrows_by_step.get(ids[0], ()):
            a = m.arrow(aid)
            if a is not None and a.target == s.id and a.source != s.id:
                p = m.step(a.source)
                dx, dy = (s.x or 0) - (p.x or 0), (s.y or 0) - (p.y or 0)
                if abs(dx) >= abs(dy):
                    return "right" if dx >= 0 else "left"
                return "down" if dy > 0 else "up"
        return "right"

    def _free_spot(self, kind: str, x: float, y: float, direction: str) -> tuple[float, float]:
        """Move a new shape's centre sideways until it overlaps no other shape."""
        w, h = DEFAULT_SIZE[kind]
        for _ in range(30):
            rect = QRectF(x - w / 2 - 10, y - h / 2 - 10, w + 20, h + 20)
            if not any(isinstance(it, StepItem) for it in self.map_scene.items(rect)):
                break
            if direction in ("right", "left"):
                y += h + GAP_Y / 2
            else:
                x += w + GAP_X / 2
        return self.snap_point(x, y) if self.snap else (x, y)

    def quick_add(self, direction: str, kind: str = "activity") -> str | None:
        """"What happens next?": a connected step beside the selected one, selected
        and ready for typing (one undo step)."""
        ids = self.selected_step_ids()
        if len(ids) != 1:
            return None
        m = self.document.map
        s = m.step(ids[0])
        if s.kind == "note":
            self.status_message.emit("Notes take no part in the flow; select a step to add the next one.")
            return None
        r = g.step_rect(s)
        w, h = DEFAULT_SIZE[kind]
        cx, cy = r.center().x(), r.center().y()
        if direction == "right":
            cx = r.right() + GAP_X + w / 2
        elif direction == "left":
            cx = r.left() - GAP_X - w / 2
        elif direction == "down":
            cy = r.bottom() + GAP_Y + h / 2
        else:
            cy = r.top() - GAP_Y - h / 2
        x, y = self._free_spot(kind, cx, cy, direction)
        if direction in ("right", "left"):
            y = cy if abs(y - cy) < GRID else y
        else:
            x = cx if abs(x - cx) < GRID else x
        sid = m.unused_step_id(kind)
        aid = m.unused_arrow_id()
        ops = [AddStep(Step(id=sid, kind=kind, x=x, y=y)),
               AddArrow(Arrow(id=aid, source=s.id, target=sid, label=self._auto_label(s.id)))]
        if not self.apply_or_tell(Batch(ops, "Add Next Step")):
            return None
        self.select([sid])
        self.ensureVisible(self.map_scene.step_items[sid].scene_rect(), 40, 40)
        self.edit_text(sid, fresh=True)
        return sid

    def quick_menu(self, source_id: str, scene_pos: QPointF) -> str | None:
        """After dragging an arrow into empty space: which shape comes next?"""
        menu = QMenu(self)
        menu.setObjectName("quick_menu")
        chosen: list[str] = []
        for kind, title in (("activity", "Activity"), ("decision", "Decision"), ("terminator", "Start / end")):
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: chosen.append(k))
        menu.exec(self.viewport().mapToGlobal(self.mapFromScene(scene_pos)))
        menu.deleteLater()
        if not chosen:
            return None
        return self.add_connected(source_id, chosen[0], scene_pos)

    def add_connected(self, source_id: str, kind: str, scene_pos: QPointF) -> str | None:
        m = self.document.map
        x, y = self.snap_point(scene_pos.x(), scene_pos.y())
        sid = m.unused_step_id(kind)
        aid = m.unused_arrow_id()
        ops = [AddStep(Step(id=sid, kind=kind, x=x, y=y)),
               AddArrow(Arrow(id=aid, source=source_id, target=sid, label=self._auto_label(source_id)))]
        if not self.apply_or_tell(Batch(ops, "Add Next Step")):
            return None
        self.select([sid])
        self.edit_text(sid, fresh=True)
        return sid

    def delete_selection(self) -> None:
        steps, arrows = self.selected_step_ids(), self.selected_arrow_ids()
        if steps or arrows:
            self.apply_or_tell(remove_steps(self.document.map, steps, arrows))

    # -- align and distribute -------------------------------------------------------------
    def align(self, edge: str) -> None:
        """Line the selected steps up on a common edge or centre line (one undo step)."""
        m = self.document.map
        ids = self.selected_step_ids()
        if len(ids) < 2:
            return
        rects = {sid: self.map_scene.step_items[sid].scene_rect() for sid in ids}
        union = QRectF()
        for r in rects.values():
            union = union.united(r)
        positions = {}
        for sid, r in rects.items():
            x, y = m.step(sid).x or 0.0, m.step(sid).y or 0.0
            if edge == "left":
                x = union.left() + r.width() / 2
            elif edge == "right":
                x = union.right() - r.width() / 2
            elif edge == "top":
                y = union.top() + r.height() / 2
            elif edge == "bottom":
                y = union.bottom() - r.height() / 2
            elif edge == "hcenter":
                x = union.center().x()
            elif edge == "vcenter":
                y = union.center().y()
            else:
                raise ValueError(f"unknown edge {edge!r}")
            positions[sid] = (x, y)
        self.move_steps(positions, text="Align")

    def distribute(self, axis: str) -> None:
        """Space the selected steps with equal gaps between their shapes, "h" or "v"."""
        ids = self.selected_step_ids()
        if len(ids) < 3:
            return
        m = self.document.map
        rects = {sid: self.map_scene.step_items[sid].scene_rect() for sid in ids}
        horizontal = axis == "h"
        order = sorted(ids, key=lambda s: rects[s].center().x() if horizontal else rects[s].center().y())
        size = (lambda r: r.width()) if horizontal else (lambda r: r.height())
        first, last = rects[order[0]], rects[order[-1]]
        span = (last.right() - first.left()) if horizontal else (last.bottom() - first.top())
        gap = (span - sum(size(rects[s]) for s in order)) / (len(order) - 1)
        at = first.left() if horizontal else first.top()
        positions = {}
        for sid in order:
            r = rects[sid]
            c = at + size(r) / 2
            s = m.step(sid)
            positions[sid] = (c, s.y or 0.0) if horizontal else (s.x or 0.0, c)
            at += size(r) + gap
        self.move_steps(positions, text="Distribute")

    # -- clipboard ------------------------------------------------------------------------
    def _fragment(self) -> tuple[bytes, str] | None:
        """The selected steps and the arrows among them, as mapper JSON, plus their texts."""
        ids = set(self.selected_step_ids())
        if not ids:
            return None
        m = self.document.map
        steps = [s for s in m.steps if s.id in ids]
        arrows = [a for a in m.arrows if a.source in ids and a.target in ids]
        doc = map_to_document(SystemMap(steps=steps, arrows=arrows))
        data = json.dumps({"steps": doc["steps"], "arrows": doc["arrows"]}, ensure_ascii=False).encode("utf-8")
        return data, "\n".join(s.text for s in steps if s.text)

    def copy(self) -> None:
        fragment = self._fragment()
        if fragment is None:
            return
        mime = QMimeData()
        mime.setData(FRAGMENT_MIME, fragment[0])
        mime.setText(fragment[1])
        QApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        """Paste copied steps (fresh ids, offset, arrows among them kept), or plain
        text lines as a chain of connected activities."""
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasFormat(FRAGMENT_MIME):
            self._paste_fragment(bytes(mime.data(FRAGMENT_MIME).data()), in_place=True)
        elif mime.hasText():
            self.paste_text(mime.text())

    def duplicate(self) -> None:
        fragment = self._fragment()
        if fragment is not None:
            self._paste_fragment(fragment[0], in_place=False)

    def _paste_fragment(self, data: bytes, in_place: bool) -> list[str]:
        """Add a copied piece with fresh ids where it covers no shape (``free_offset``)."""
        try:
            doc = json.loads(data.decode("utf-8"))
            piece = map_from_document({"format": "mapper/system-map", "schema_version": 1,
                                       "steps": doc.get("steps", []), "arrows": doc.get("arrows", [])},
                                      "clipboard")
        except Exception:  # anything on the clipboard that is not a mapper fragment
            self.status_message.emit("The clipboard does not hold mapper steps.")
            return []
        m = self.document.map
        taken_steps = {s.id for s in m.steps}
        taken_arrows = {a.id for a in m.arrows}
        new_ids: dict[str, str] = {}
        ops = []
        dx, dy = self.free_offset(piece, in_place)
        for s in piece.steps:
            nid = _fresh(s.id, taken_steps)
            new_ids[s.id] = nid
            x = None if s.x is None else s.x + dx
            y = None if s.y is None else s.y + dy
            ops.append(AddStep(s.model_copy(update={"id": nid, "x": x, "y": y})))
        for a in piece.arrows:
            aid = _fresh("a", taken_arrows, always_number=True)
            wps = [(px + dx, py + dy) for px, py in a.waypoints]
            ops.append(AddArrow(a.model_copy(update={"id": aid, "source": new_ids[a.source],
                                                     "target": new_ids[a.target], "waypoints": wps})))
        if ops and self.apply_or_tell(Batch(ops, "Paste")):
            self.select(list(new_ids.values()))
        return list(new_ids.values())

    def free_offset(self, piece: SystemMap, in_place: bool) -> tuple[float, float]:
        """How far to move a pasted or duplicated piece so that none of its shapes
        covers one already there: not at all when its own spot is free (``in_place``:
        a paste after a cut, or into another map), else straight down by its height
        and a gap, again and again, to the first free spot. A copy 40 px off its
        original overlapped it (and the check then reported an overlap)."""
        rects = [g.step_rect(s) for s in piece.steps if s.placed]
        if not rects:
            return 0.0, 0.0
        box = QRectF()
        for r in rects:
            box = box.united(r)
        step = box.height() + GAP_Y
        if self.snap:
            step = math.ceil(step / GRID) * GRID
        k = 0 if in_place else 1
        while k < 1000 and not self._spot_is_free(rects, k * step):
            k += 1
        return 0.0, k * step

    def _spot_is_free(self, rects: list[QRectF], dy: float) -> bool:
        margin = PASTE_CLEARANCE
        for r in rects:
            spot = r.translated(0.0, dy).adjusted(-margin, -margin, margin, margin)
            if any(isinstance(it, StepItem) for it in self.map_scene.items(spot)):
                return False
        return True

    def paste_text(self, text: str) -> list[str]:
        """A brainstormed list becomes steps chained left to right with arrows, by the
        list's rules (``formats.brainstorm``): a line ending in "?" is a decision (its
        arrow on is "Yes"), an indented line a checklist item of the task above, an
        empty line ends the list."""
        tasks = parse_tasks(text)
        if not tasks:
            return []
        m = self.document.map
        pos = self.mouse_scene_pos() or self.mapToScene(self.viewport().rect().center())
        x, y = self.snap_point(pos.x(), pos.y())
        taken_steps = {s.id for s in m.steps}
        taken_arrows = {a.id for a in m.arrows}
        ops, ids = [], []
        prev_right = None
        for task in tasks:
            sid = _fresh(task.kind, taken_steps)
            probe = Step(id=sid, kind=task.kind, text=task.text, checklist=task.checklist, x=0, y=0)
            w = g.step_size(probe)[0]
            if prev_right is not None:
                x = prev_right + GAP_X + w / 2
            step = probe.model_copy(update={"x": x, "y": y})
            ops.append(AddStep(step))
            if ids:
                label = "Yes" if tasks[len(ids) - 1].kind == "decision" else ""
                ops.append(AddArrow(Arrow(id=_fresh("a", taken_arrows, always_number=True),
                                          source=ids[-1], target=sid, label=label)))
            ids.append(sid)
            prev_right = x + w / 2
        if self.apply_or_tell(Batch(ops, "Paste")):
            self.select(ids)
        return ids

    # -- inline text editing ----------------------------------------------------------------
    def _edit_selection(self) -> None:
        steps, arrows = self.selected_step_ids(), self.selected_arrow_ids()
        if len(steps) == 1:
            self.edit_text(steps[0])
        elif len(arrows) == 1 and not steps:
            self.edit_label(arrows[0])

    def editing(self) -> InlineEditor | None:
        return self._editor

    def edit_text(self, step_id: str, initial: str | None = None, fresh: bool = False) -> None:
        """Type over a step's text: Enter keeps it (one undo step), Escape drops it."""
        item = self.map_scene.step_items.get(step_id)
        step = self.document.map.step(step_id)
        if item is None or step is None:
            return
        if self._editor is not None:
            self._editor.finish(True)
        text = step.text if initial is None else initial
        fresh = fresh or (not step.text and step.kind == "activity")
        editor = InlineEditor("step", step_id, text, _editor_box(step.kind, item.scene_rect()),
                              self.map_scene.theme.font(), self.map_scene.theme.shape(step.kind).fill,
                              self._edit_done, fresh, select_all=initial is None)
        editor.document().contentsChanged.connect(lambda: self._grow_while_typing(editor))
        self._open_editor(editor)
        self._grow_while_typing(editor)

    def _grow_while_typing(self, editor: InlineEditor) -> None:
        """The shape grows (or shrinks back) as the text is typed, like it will on Enter.
        A preview of the item only: the model changes when the edit is kept."""
        if editor.finished:
            return
        item = self.map_scene.step_items.get(editor.target_id)
        step = self.document.map.step(editor.target_id)
        if item is None or step is None:
            return
        w, h = step.size()
        w, h, _ = g.measure(step.kind, editor.toPlainText(), w, h)
        x, y = step.x or 0.0, step.y or 0.0
        rect = QRectF(x - w / 2, y - h / 2, w, h)
        if rect != item.scene_rect():
            self.map_scene.refresh_step(step.id, rect)
            editor.set_box(_editor_box(step.kind, rect))

    def edit_label(self, arrow_id: str, initial: str | None = None) -> None:
        item = self.map_scene.arrow_items.get(arrow_id)
        arrow = self.document.map.arrow(arrow_id)
        if item is None or arrow is None or item.geometry is None:
            return
        if self._editor is not None:
            self._editor.finish(True)
        c = item.geometry.label_point
        box = QRectF(c.x() - 50, c.y() - 10, 100, 20)
        text = arrow.label if initial is None else initial
        theme = self.map_scene.theme
        editor = InlineEditor("arrow", arrow_id, text, box, theme.font(theme.label_pixel_size),
                              QColor("#ffffff"), self._edit_done, select_all=initial is None)
        self._open_editor(editor)

    def _open_editor(self, editor: InlineEditor) -> None:
        self._editor = editor
        self.map_scene.addItem(editor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_done(self, editor: InlineEditor, accepted: bool) -> None:
        if self._editor is editor:
            self._editor = None
        if editor.target == "step":
            # Drop the typing preview; the model (changed below or not) says the size.
            self.map_scene.refresh_step(editor.target_id)
        # Removing the item later: we may be inside its own event handler.
        QTimer.singleShot(0, lambda: editor.scene() and editor.scene().removeItem(editor))
        editor.setVisible(False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if not accepted:
            return
        text = editor.text()
        m = self.document.map
        if editor.target == "step":
            step = m.step(editor.target_id)
            if step is None:
                return
            values = {}
            if text != step.text:
                values["text"] = text
            if editor.fresh and step.kind == "activity" and text.endswith("?"):
                values["kind"] = "decision"   # a question is a decision
            if values:
                op = SetStepFields(editor.target_id, values)
                op.text = "Edit Text"
                self.apply_or_tell(op)
            if editor.then_next:
                self.select([editor.target_id])
                self.quick_add(self.flow_direction())
        else:
            arrow = m.arrow(editor.target_id)
            if arrow is not None and text != arrow.label:
                op = SetArrowFields(editor.target_id, {"label": text})
                op.text = "Edit Label"
                self.apply_or_tell(op)

    # -- palette drops ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            kind = bytes(event.mimeData().data(STEP_KIND_MIME).data()).decode("ascii", "replace")
            if kind in DEFAULT_SIZE:
                sid = self.add_step(kind, self.mapToScene(event.position().toPoint()))
                event.acceptProposedAction()
                if sid is not None:
                    self.edit_text(sid, fresh=True)
            return
        super().dropEvent(event)

    # -- for the window and layout ------------------------------------------------------------
    def set_report(self, report) -> None:
        """Show an analysis Report as badges (with the reasons as tooltips)."""
        self.map_scene.set_report(report)

    def set_marker_visible(self, kind: str, visible: bool) -> None:
        self.map_scene.set_marker_visible(kind, visible)

    def visible_marker_kinds(self) -> frozenset[str]:
        """The badge kinds switched on (export and print start from these)."""
        return frozenset(k for k in MARKER_KINDS if k not in self.map_scene.hidden_markers)

    def measured_sizes(self) -> dict[str, tuple[float, float]]:
        """Each step's size as drawn (grown to fit its text), for the layout."""
        return {sid: (it.rect.width(), it.rect.height()) for sid, it in self.map_scene.step_items.items()}


def _editor_box(kind: str, rect: QRectF) -> QRectF:
    """Where the inline editor sits over a shape: its text box, a little wider
    (the editor has margins, and a diamond's text box is narrow)."""
    box = g.text_box(kind, rect)
    grow = max(12.0, (110.0 - box.width()) / 2)
    return box.adjusted(-grow, 0, grow, 0)


_TEXT_CTRL_KEYS = {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y,
                   Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                   Qt.Key.Key_End, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


def _is_text_editing_key(event) -> bool:
    """Keys an inline editor needs for itself: plain typing and the usual Ctrl edits."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    if mods == Qt.KeyboardModifier.NoModifier:
        return True
    return mods == Qt.KeyboardModifier.ControlModifier and event.key() in _TEXT_CTRL_KEYS


def _fresh(base: str, taken: set[str], always_number: bool = False) -> str:
    """An id not in ``taken`` (which it joins), derived from ``base``."""
    return fresh_id(base, taken, always_number=always_number, renumber=True)


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text
