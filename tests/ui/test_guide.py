"""The "Your system" guide: the method's seven steps for the open map, live,
and a click on an open step takes the owner to what is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.model import SetStepFields
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def _settle(window, qtbot):
    window.runner.run_now()
    qtbot.waitUntil(lambda: not window.runner.pending, timeout=5000)


def test_guide_shows_progress_and_a_click_selects_what_is_left(window, sample_copy, qtbot):
    window.open_path(str(sample_copy()))
    _settle(window, qtbot)
    guide = window.guide
    rows = guide.rows
    assert rows[0].step.done and rows[0].mark.text() == "✓"
    second = rows[1]
    assert not second.step.done and second.mark.text() == "2" and "automated" in second.todo.text()
    window.guide_dock.show()
    window.guide_dock.raise_()
    qtbot.waitExposed(second)
    QTest.mouseClick(second, Qt.MouseButton.LeftButton)
    assert set(window.canvas.selected_step_ids()) == set(second.step.left)

    # Deciding every candidate turns step 2 done, live; undo opens it again.
    left = list(second.step.left)
    for sid in left:
        window.document.apply(SetStepFields(sid, {"automate": False}))
    _settle(window, qtbot)
    assert guide.rows[1].step.done and guide.rows[1].mark.text() == "✓"
    for _ in left:
        window.document.undo_stack.undo()
    _settle(window, qtbot)
    assert not guide.rows[1].step.done


def test_a_blank_map_starts_on_step_one(window, qtbot):
    _settle(window, qtbot)
    assert window.guide.progress.current == 1 and window.guide.progress.done_count == 0
    assert window.guide.rows[0].property("state") == "current"
