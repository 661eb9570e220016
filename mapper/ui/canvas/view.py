"""The canvas: a QGraphicsView on the map's scene, where owners draw.

The view shows (zoom, fit, the grid, lanes, the overview, overlays) and routes
input: a press starts the gesture ``interactions.gesture_for_press`` picks, a
key runs the binding of ``keys.key_table``. What an edit means on the map comes
from ``mapper.editing.edits`` (Qt-free); the view measures the shapes for it,
applies the operations through ``Document.apply`` and selects what is new. The
scene follows the document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu

from mapper.editing import edits
from mapper.editing.edits import GRID, Box, EditRefused
from mapper.editing.flow_keys import neighbour_along_arrows
from mapper.formats.brainstorm import parse_tasks
from mapper.model import EditError, SystemMap, remove_steps
from mapper.model.schema import DEFAULT_SIZE
from mapper.render import geometry as g
from mapper.render.markers import MARKER_KINDS
from mapper.render.swimlanes import paint_lanes

from ..document import Document
from .connect_dialog import ConnectDialog
from .editor import InlineEditor
from .interactions import Gesture, SpacePanGesture, TextEditGesture, editor_box, gesture_for_press
from .items import ArrowItem, StepItem
from .keys import binding_for, key_table
from .scene import MapScene

#: Mime type of a shape dragged from the palette (its data is the kind).
STEP_KIND_MIME = "application/x-mapper-step-kind"
#: Mime type of copied steps and arrows: a mapper JSON fragment.
FRAGMENT_MIME = "application/x-mapper-fragment+json"

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
        self._gesture: Gesture | None = None          # the mouse gesture in progress
        self._typing: TextEditGesture | None = None   # the inline text edit, if any
        self._keys = key_table(self)
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
        if self._typing is not None:
            self._typing.cancel()
        self.end_gesture()
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

    # -- mouse: gestures ------------------------------------------------------------------
    def end_gesture(self) -> None:
        """Cancel the gesture in progress, if any."""
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.cancel()

    @property
    def space_held(self) -> bool:
        return isinstance(self._gesture, SpacePanGesture)

    def hold_space(self) -> None:
        if self._gesture is None:
            self._gesture = SpacePanGesture(self)

    def escape(self) -> None:
        """Escape: cancel the drag in progress, else clear the selection."""
        if self._gesture is not None:
            self.end_gesture()
        else:
            self.select([])

    def mousePressEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        if self._typing is not None and self._typing.press(pos, event):
            super().mousePressEvent(event)   # placing the cursor in the text
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._gesture is not None and self._gesture.press(pos, event):
            return
        gesture = gesture_for_press(self, event, pos)
        if gesture is None:
            super().mousePressEvent(event)
            return
        if self._gesture is not None:
            self._gesture.cancel()
        self._gesture = gesture
        if gesture.qt_mouse:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        gesture = self._gesture
        if gesture is not None:
            if gesture.qt_mouse:
                super().mouseMoveEvent(event)
            gesture.move(self.mapToScene(event.position().toPoint()), event)
            return
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
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

    def mouseReleaseEvent(self, event) -> None:
        gesture = self._gesture
        if gesture is None:
            super().mouseReleaseEvent(event)
            return
        if gesture.qt_mouse:
            super().mouseReleaseEvent(event)
        if not gesture.release(self.mapToScene(event.position().toPoint()), event) and self._gesture is gesture:
            self._gesture = None

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        if self._typing is not None and self._typing.editor.sceneBoundingRect().contains(pos):
            super().mouseDoubleClickEvent(event)
            return
        self.end_gesture()
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

    # -- keyboard: the key table ---------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Leave and self._gesture is None:
            # The mouse went to a panel or the toolbar: no step is hovered any more.
            self.map_scene.handles.show_for(None, None)
        return super().viewportEvent(event)

    def event(self, event) -> bool:
        etype = event.type()
        if etype == QEvent.Type.ShortcutOverride:
            if self._typing is not None:
                if self._typing.shortcut_override(event):
                    event.accept()
                    return True
                return super().event(event)
            if any(b.claims and b.matches(event) for b in self._keys):
                event.accept()
                return True
        if etype == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            # The scene would move focus between items: Tab is the next step.
            if self._typing is not None:
                if self._typing.key(event):
                    return True
            else:
                binding = binding_for(self._keys, event)
                if binding is not None:
                    binding.run(self, event)
                    return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self._typing is not None:
            super().keyPressEvent(event)
            return
        if self._gesture is not None and self._gesture.key(event):
            return
        binding = binding_for(self._keys, event)
        if binding is not None:
            binding.run(self, event)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if self._gesture is not None and self._gesture.key(event):
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab is quick-add on the canvas, not focus navigation.
        return False

    # -- edits: intents measured here, made into operations by mapper.editing.edits --------
    def apply_or_tell(self, op) -> bool:
        """Apply an edit; a refused one becomes a status message, never a crash."""
        try:
            self.document.apply(op)
        except EditError as e:
            self.status_message.emit(_sentence(str(e)))
            return False
        return True

    def _refused(self, e: EditRefused) -> None:
        self.status_message.emit(str(e))

    def snap_point(self, x: float, y: float) -> tuple[float, float]:
        return edits.snap_point(x, y, self.snap)

    def set_snap(self, on: bool) -> None:
        self.snap = bool(on)
        self.viewport().update()

    def _box(self, sid: str) -> Box:
        r = self.map_scene.step_items[sid].scene_rect()
        return Box(r.left(), r.top(), r.width(), r.height())

    def _is_free(self, box: Box) -> bool:
        """No shape in this box (as the scene draws them)."""
        rect = QRectF(box.left, box.top, box.width, box.height)
        return not any(isinstance(it, StepItem) for it in self.map_scene.items(rect))

    def move_steps(self, positions: dict[str, tuple[float, float]], merge_key=None, text: str = "") -> None:
        """Move steps; their arrows drop their waypoints in the same operation so they re-route."""
        self.apply_or_tell(edits.move(self.document.map, positions, merge_key, text))

    def nudge(self, direction: str, big: bool = False) -> None:
        op = edits.nudge(self.document.map, self.selected_step_ids(), direction, big, self.snap)
        if op is not None:
            self.apply_or_tell(op)

    def align(self, edge: str) -> None:
        """Line the selected steps up on a common edge or centre line (one undo step)."""
        op = edits.align(self.document.map, {sid: self._box(sid) for sid in self.selected_step_ids()}, edge)
        if op is not None:
            self.apply_or_tell(op)

    def distribute(self, axis: str) -> None:
        """Space the selected steps with equal gaps between their shapes, "h" or "v"."""
        op = edits.distribute(self.document.map, {sid: self._box(sid) for sid in self.selected_step_ids()}, axis)
        if op is not None:
            self.apply_or_tell(op)

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
        op, sid = edits.add_step(self.document.map, kind, x, y)
        if not self.apply_or_tell(op):
            return None
        self.select([sid])
        return sid

    def set_kind(self, kind: str) -> None:
        op = edits.set_kind(self.document.map, self.selected_step_ids(), kind)
        if op is not None:
            self.apply_or_tell(op)

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
        try:
            op = edits.connect(self.document.map, source_id, target_id)
        except EditRefused as e:
            self._refused(e)
            return
        if self.apply_or_tell(op):
            self.select([source_id])

    def connect_steps(self, source_id: str, target_id: str) -> str | None:
        """Draw an arrow (one undo step). Notes are refused with a status message."""
        try:
            op = edits.connect(self.document.map, source_id, target_id)
        except EditRefused as e:
            self._refused(e)
            return None
        if self.apply_or_tell(op):
            self.select([], [op.arrow.id])
            return op.arrow.id
        return None

    def flow_direction(self) -> str:
        """Where "next" is for the selected step: onward from the arrow that led to it."""
        ids = self.selected_step_ids()
        return edits.flow_direction(self.document.map, ids[0] if len(ids) == 1 else None)

    def quick_add(self, direction: str, kind: str = "activity") -> str | None:
        """"What happens next?": a connected step beside the selected one, selected
        and ready for typing (one undo step)."""
        ids = self.selected_step_ids()
        if len(ids) != 1:
            return None
        m = self.document.map
        if m.step(ids[0]).kind != "note":
            x, y = edits.next_place(self._box(ids[0]), kind, direction, self._is_free, self.snap)
        else:
            x = y = 0.0   # refused below
        return self._add_connected(ids[0], kind, x, y, show=True)

    def quick_menu(self, source_id: str, scene_pos: QPointF) -> str | None:
        """After dragging an arrow into empty space: which shape comes next?"""
        menu = QMenu(self)
        menu.setObjectName("quick_menu")
        chosen: list[str] = []
        for kind, title in (("activity", self.tr("Activity")), ("decision", self.tr("Decision")),
                            ("terminator", self.tr("Start / end"))):
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: chosen.append(k))
        menu.exec(self.viewport().mapToGlobal(self.mapFromScene(scene_pos)))
        menu.deleteLater()
        if not chosen:
            return None
        return self.add_connected(source_id, chosen[0], scene_pos)

    def add_connected(self, source_id: str, kind: str, scene_pos: QPointF) -> str | None:
        x, y = self.snap_point(scene_pos.x(), scene_pos.y())
        return self._add_connected(source_id, kind, x, y, show=False)

    def _add_connected(self, source_id: str, kind: str, x: float, y: float, show: bool) -> str | None:
        try:
            op, sid = edits.add_connected(self.document.map, source_id, kind, x, y)
        except EditRefused as e:
            self._refused(e)
            return None
        if not self.apply_or_tell(op):
            return None
        self.select([sid])
        if show:
            self.ensureVisible(self.map_scene.step_items[sid].scene_rect(), 40, 40)
        self.edit_text(sid, fresh=True)
        return sid

    def delete_selection(self) -> None:
        steps, arrows = self.selected_step_ids(), self.selected_arrow_ids()
        if steps or arrows:
            self.apply_or_tell(remove_steps(self.document.map, steps, arrows))

    # -- clipboard ------------------------------------------------------------------------
    def copy(self) -> None:
        fragment = edits.fragment(self.document.map, self.selected_step_ids())
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
        fragment = edits.fragment(self.document.map, self.selected_step_ids())
        if fragment is not None:
            self._paste_fragment(fragment[0], in_place=False)

    def _paste_fragment(self, data: bytes, in_place: bool) -> list[str]:
        """Add a copied piece with fresh ids where it covers no shape (``free_offset``)."""
        try:
            piece = edits.read_fragment(data)
        except EditRefused as e:
            self._refused(e)
            return []
        dx, dy = self.free_offset(piece, in_place)
        op, ids = edits.paste_piece(self.document.map, piece, dx, dy)
        if op.operations and self.apply_or_tell(op):
            self.select(ids)
        return ids

    def free_offset(self, piece: SystemMap, in_place: bool) -> tuple[float, float]:
        """How far to move a pasted or duplicated piece so that none of its shapes
        covers one already there (``edits.free_offset``)."""
        boxes = []
        for s in piece.steps:
            if s.placed:
                r = g.step_rect(s)
                boxes.append(Box(r.left(), r.top(), r.width(), r.height()))
        return edits.free_offset(boxes, in_place, self._is_free, self.snap)

    def paste_text(self, text: str) -> list[str]:
        """A brainstormed list becomes steps chained left to right with arrows, by the
        list's rules (``formats.brainstorm``): a line ending in "?" is a decision (its
        arrow on is "Yes"), an indented line a checklist item of the task above, an
        empty line ends the list."""
        tasks = parse_tasks(text)
        if not tasks:
            return []
        pos = self.mouse_scene_pos() or self.mapToScene(self.viewport().rect().center())
        x, y = self.snap_point(pos.x(), pos.y())
        op, ids = edits.paste_tasks(self.document.map, tasks, x, y, lambda s: g.step_size(s)[0])
        if self.apply_or_tell(op):
            self.select(ids)
        return ids

    # -- inline text editing: a TextEditGesture -----------------------------------------------
    def edit_selection(self) -> None:
        steps, arrows = self.selected_step_ids(), self.selected_arrow_ids()
        if len(steps) == 1:
            self.edit_text(steps[0])
        elif len(arrows) == 1 and not steps:
            self.edit_label(arrows[0])

    def editing(self) -> InlineEditor | None:
        return self._typing.editor if self._typing is not None else None

    def edit_text(self, step_id: str, initial: str | None = None, fresh: bool = False) -> None:
        """Type over a step's text: Enter keeps it (one undo step), Escape drops it."""
        item = self.map_scene.step_items.get(step_id)
        step = self.document.map.step(step_id)
        if item is None or step is None:
            return
        if self._typing is not None:
            self._typing.editor.finish(True)
        text = step.text if initial is None else initial
        fresh = fresh or (not step.text and step.kind == "activity")
        editor = InlineEditor("step", step_id, text, editor_box(step.kind, item.scene_rect()),
                              self.map_scene.theme.font(), self.map_scene.theme.shape(step.kind).fill,
                              fresh=fresh, select_all=initial is None)
        self._typing = TextEditGesture(self, editor)

    def edit_label(self, arrow_id: str, initial: str | None = None) -> None:
        item = self.map_scene.arrow_items.get(arrow_id)
        arrow = self.document.map.arrow(arrow_id)
        if item is None or arrow is None or item.geometry is None:
            return
        if self._typing is not None:
            self._typing.editor.finish(True)
        c = item.geometry.label_point
        box = QRectF(c.x() - 50, c.y() - 10, 100, 20)
        text = arrow.label if initial is None else initial
        theme = self.map_scene.theme
        editor = InlineEditor("arrow", arrow_id, text, box, theme.font(theme.label_pixel_size),
                              QColor("#ffffff"), select_all=initial is None)
        self._typing = TextEditGesture(self, editor)

    def typing_ended(self, gesture: TextEditGesture) -> None:
        if self._typing is gesture:
            self._typing = None

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


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text
