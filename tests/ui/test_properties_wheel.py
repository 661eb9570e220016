"""Scrolling the Properties panel with the mouse wheel scrolls it: it never changes
the field that happens to be under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from mapper.model import dumps_map
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def wheel_down(widget, notches: int = 3) -> None:
    """What a mouse wheel sends to the widget under the pointer."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(notches):
        event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


def test_wheel_over_the_stage_box_scrolls_the_panel_and_changes_nothing(window, sample_copy):
    assert window.open_path(str(sample_copy()))
    window.canvas.setFocus()
    window.canvas.select(["host"])
    panel = window.properties
    window.resize(1000, 560)   # short: the step's fields need scrolling
    QApplication.processEvents()
    before = dumps_map(window.document.map)
    depth = window.document.undo_stack.count()
    scroll = panel.step_page.stage.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll.verticalScrollBar().maximum() > 0
    top = scroll.verticalScrollBar().value()
    for combo in (panel.step_page.stage, panel.step_page.kind):
        wheel_down(combo)
    assert dumps_map(window.document.map) == before       # no stage or shape changed
    assert window.document.undo_stack.count() == depth
    assert scroll.verticalScrollBar().value() > top        # the panel scrolled instead


def test_a_clicked_stage_box_still_takes_the_wheel(window, sample_copy):
    """Once the owner has clicked into the box (it has focus) the wheel picks values, as usual."""
    assert window.open_path(str(sample_copy()))
    window.canvas.select(["host"])
    panel = window.properties
    panel.step_page.stage.setFocus()
    QApplication.processEvents()
    assert panel.step_page.stage.hasFocus()
    old = window.document.map.step("host").stage
    wheel_down(panel.step_page.stage, 1)
    assert window.document.map.step("host").stage != old
