"""Bugs found using the canvas as an owner would (issue 3's user pass), each
driven through the real widget."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest

from test_canvas import centre, grip, hover, make_canvas, two_steps, vp  # noqa: F401  (fixture)


def test_handles_go_away_when_the_mouse_leaves_the_step(make_canvas):
    canvas = make_canvas(two_steps())
    handles = canvas.map_scene.handles
    hover(canvas, centre(canvas, "a"))
    assert handles.isVisible() and handles.step_id == "a"
    # On to a handle just outside the shape: they stay, so the drag can start.
    hover(canvas, grip(canvas, "a", "right"))
    assert handles.isVisible() and handles.step_id == "a"
    # Far away into empty canvas: gone.
    QTest.mouseMove(canvas.viewport(), vp(canvas, QPointF(250, 300)))
    assert not handles.isVisible()


def test_fit_to_window_of_a_sample_map_still_shows_text_and_labels(make_canvas):
    from pathlib import Path

    from mapper.model import load_map
    from mapper.ui.canvas.items import DETAIL_ZOOM

    m = load_map(Path(__file__).resolve().parents[2] / "sample_maps" / "marketing-hourglass.json")
    canvas = make_canvas(m)
    canvas.zoom_to_fit()
    # A 17-step row fitted into the window: small, but shapes keep their words.
    assert canvas.zoom() < 0.4
    assert canvas.zoom() >= DETAIL_ZOOM


def test_handles_do_not_sit_on_the_heads_of_arrows_coming_in(make_canvas):
    from PySide6.QtCore import QRectF

    from mapper.model import Arrow
    from mapper.ui.canvas.items import HandleOverlay

    m = two_steps()
    m.arrows.append(Arrow(id="a1", source="a", target="b"))
    canvas = make_canvas(m)
    hover(canvas, centre(canvas, "b"))
    handles = canvas.map_scene.handles
    assert handles.step_id == "b"
    head = canvas.map_scene.arrow_items["a1"].geometry.head.boundingRect()
    r = HandleOverlay.RADIUS
    circle = QRectF(handles.points()["left"].x() - r, handles.points()["left"].y() - r, 2 * r, 2 * r)
    assert not circle.intersects(head)


def test_the_dragged_arrow_stays_visible_while_the_next_shape_menu_is_open(make_canvas):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsPathItem

    from test_canvas import drag

    canvas = make_canvas(two_steps())
    seen = []

    def look_then_close():
        menu = QApplication.activePopupWidget()
        seen.append([it for it in canvas.map_scene.items() if isinstance(it, QGraphicsPathItem)])
        menu.close()

    QTimer.singleShot(100, look_then_close)
    hover(canvas, centre(canvas, "a"))
    drag(canvas, grip(canvas, "a", "bottom"), QPointF(100, 300))
    assert len(seen) == 1 and len(seen[0]) == 1, "the dashed arrow shows where the new shape will hang"
    path = seen[0][0].path()
    assert path.currentPosition() == QPointF(100, 300)
    # Closed without a choice: nothing added, the preview gone.
    assert len(canvas.document.map.steps) == 2
    assert not [it for it in canvas.map_scene.items() if isinstance(it, QGraphicsPathItem)]


def test_handles_go_away_when_the_mouse_leaves_the_canvas(make_canvas):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    canvas = make_canvas(two_steps())
    hover(canvas, centre(canvas, "a"))
    assert canvas.map_scene.handles.isVisible()
    # Straight from the step to the toolbar: the canvas only gets a Leave.
    QApplication.sendEvent(canvas.viewport(), QEvent(QEvent.Type.Leave))
    assert not canvas.map_scene.handles.isVisible()


def test_arrow_keys_nudge_onto_the_grid_one_undo_step_each(make_canvas):
    from PySide6.QtCore import Qt

    from mapper.model import Step, SystemMap

    canvas = make_canvas(SystemMap(steps=[Step(id="a", kind="activity", text="Quote", x=105, y=93),
                                          Step(id="b", kind="activity", text="Invoice", x=405, y=93)]))
    canvas.select(["a", "b"])
    m = canvas.document.map
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert (m.step("a").x, m.step("b").x) == (120, 420)     # onto the grid, together
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert m.step("a").x == 140
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert m.step("a").y == 80
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert m.step("a").y == 180                                 # five grid lines
    assert canvas.document.undo_stack.count() == 4
    canvas.set_snap(False)
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    assert m.step("a").x == 139                                 # one pixel without the grid
