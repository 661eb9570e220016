"""The Weekly review in the window: opened from the guide, Ctrl+Z undoes a typed number, a row selects its step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.model import dumps_map
from mapper.ui.scorecard_view import FIRST_WEEK
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def test_guide_opens_the_review_where_typing_is_undone_with_ctrl_z(window, sample_copy, qtbot):
    window.open_path(str(sample_copy()))
    assert not window.scorecard_dock.isVisible()
    window.open_method_view("scorecard")   # what the guide's step 6 asks for
    qtbot.waitExposed(window.scorecard)
    view = window.scorecard
    view.set_week("2026-W49")
    before = dumps_map(window.document.map)
    grid = view.grid
    row = view.model.row_of("booked")
    grid.setFocus()
    grid.setCurrentIndex(view.model.index(row, view.model.columnCount() - 1))
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     grid.visualRect(grid.currentIndex()).center())
    assert window.canvas.selected_step_ids() == ["booked"]   # the row's step, on the canvas
    for ch in "7":
        QTest.keyClicks(grid.focusWidget() or grid, ch)
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    assert window.document.map.log_entry("2026-W49").values == {"booked": 7}
    assert view.model.index(row, FIRST_WEEK + 12).data() == "✗ 7"   # goal 10 per week
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps_map(window.document.map) == before
