"""The canvas's structure as the owner meets it: one key table behind both the keys
and Help > Keyboard shortcuts, one function picking the gesture a press starts,
and space-pan as a gesture that lasts while Space is held."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest

from mapper.model import dumps_map
from mapper.ui.canvas import canvas_key_help
from mapper.ui.canvas.interactions import (MoveGesture, NewArrowGesture, PanGesture, RubberBandGesture,
                                           SelectClick, gesture_for_press)
from mapper.ui.canvas.keys import key_table

from test_canvas import LEFT, NO, SHIFT, centre, chain, grip, hover, make_canvas, vp  # noqa: F401  (fixture)


def test_every_key_the_canvas_runs_is_listed_in_the_shortcuts():
    rows = canvas_key_help()
    listed = [b for b in key_table() if b.keys]
    assert all((b.keys, b.what) in rows for b in listed)
    assert len(set(rows)) == len(rows) and all(k and w for k, w in rows)
    # Every behaviour is reachable from a listed row (typing over the selection is
    # the "start typing" of the F2 row).
    silent = [b for b in key_table() if b.run is not None and not b.keys]
    assert len(silent) == 1 and any("start typing" in k for k, _ in rows)


def press(canvas, scene_point, button=LEFT, mods=NO) -> QMouseEvent:
    at = QPointF(vp(canvas, scene_point))
    return QMouseEvent(QEvent.Type.MouseButtonPress, at, canvas.viewport().mapToGlobal(at),
                       button, button, mods)


def test_one_function_picks_the_gesture_by_what_is_under_the_press(make_canvas):
    canvas = make_canvas(chain())
    a = centre(canvas, "a")
    on_step = gesture_for_press(canvas, press(canvas, a), a)
    on_step.cancel()
    assert isinstance(on_step, MoveGesture) and canvas.selected_step_ids() == ["a"]
    picks = {
        "shift on a step": gesture_for_press(canvas, press(canvas, a, mods=SHIFT), a),
        "empty": gesture_for_press(canvas, press(canvas, QPointF(300, 400)), QPointF(300, 400)),
        "middle": gesture_for_press(canvas, press(canvas, a, Qt.MouseButton.MiddleButton), a),
        "right": gesture_for_press(canvas, press(canvas, a, Qt.MouseButton.RightButton), a),
    }
    for g in picks.values():
        if g is not None:
            g.cancel()
    assert type(picks["shift on a step"]) is SelectClick and canvas.selected_step_ids() == []
    assert isinstance(picks["empty"], RubberBandGesture)
    assert type(picks["middle"]) is PanGesture and picks["right"] is None
    hover(canvas, a)
    side = grip(canvas, "a", "bottom")
    hover(canvas, side)
    picked = gesture_for_press(canvas, press(canvas, side), side)
    picked.cancel()
    assert isinstance(picked, NewArrowGesture)


def test_space_pans_every_drag_while_held_then_dragging_selects_again(make_canvas):
    canvas = make_canvas(chain())
    viewport = canvas.viewport()
    before = canvas.mapToScene(viewport.rect().center())
    QTest.keyPress(canvas, Qt.Key.Key_Space)
    assert canvas.space_held
    for _ in range(2):   # two drags, one Space
        QTest.mousePress(viewport, LEFT, NO, QPoint(300, 300))
        QTest.mouseMove(viewport, QPoint(320, 300))
        QTest.mouseMove(viewport, QPoint(340, 300))
        QTest.mouseRelease(viewport, LEFT, NO, QPoint(340, 300))
    QTest.keyRelease(canvas, Qt.Key.Key_Space)
    assert not canvas.space_held
    after = canvas.mapToScene(viewport.rect().center())
    assert before.x() - after.x() == pytest.approx(80, abs=2)
    assert dumps_map(canvas.document.map) == dumps_map(chain())
    # Space let go: a drag on empty canvas is a rubber band again, and the view stays.
    a, b = canvas.map_scene.step_items["a"].scene_rect(), canvas.map_scene.step_items["b"].scene_rect()
    start, end = QPointF(a.left() - 30, a.top() - 30), QPointF(b.right() + 10, b.bottom() + 10)
    QTest.mousePress(viewport, LEFT, NO, vp(canvas, start))
    for i in range(1, 5):
        QTest.mouseMove(viewport, vp(canvas, start + (end - start) * (i / 4)))
    QTest.mouseRelease(viewport, LEFT, NO, vp(canvas, end))
    assert canvas.selected_step_ids() == ["a", "b"]
    assert canvas.mapToScene(viewport.rect().center()).x() == pytest.approx(after.x(), abs=1)


def test_typing_is_a_gesture_that_a_press_elsewhere_ends_keeping_the_text(make_canvas):
    canvas = make_canvas(chain())
    canvas.select(["a"])
    QTest.keyClicks(canvas, "Quote")
    assert canvas.editing() is not None
    QTest.mouseClick(canvas.viewport(), LEFT, NO, vp(canvas, QPointF(300, 400)))
    assert canvas.editing() is None and canvas.document.map.step("a").text == "Quote"
    assert canvas.document.undo_stack.undoText().endswith("Edit Text")
