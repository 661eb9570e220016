"""Fit to window leaves room for the legend card floating over the canvas's
bottom-left corner: after a fit no step is hidden under it (issue 3, item 3)."""

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame

from mapper.model import Step, SystemMap
from mapper.ui.canvas.items import StepItem
from tests.conftest import CORPUS
from tests.ui.test_canvas import make_canvas  # noqa: F401
from tests.ui.test_window_fixtures import answers, data_dir, make_window  # noqa: F401



def steps_under(canvas, widget) -> list[str]:
    """Steps whose shape, as shown, lies (partly) under ``widget``."""
    vp = canvas.viewport()
    top_left = vp.mapFromGlobal(widget.mapToGlobal(widget.rect().topLeft()))
    area = QRect(top_left, widget.size())
    out = []
    for sid, item in canvas.map_scene.step_items.items():
        shown = canvas.mapFromScene(item.scene_rect()).boundingRect()
        if shown.intersects(area) and vp.rect().intersects(shown):
            out.append(sid)
    return out


def grid_map(cols: int, rows: int) -> SystemMap:
    steps = [Step(id=f"s{c}_{r}", kind="activity", text=f"Step {c} {r}", x=c * 240.0, y=r * 140.0)
             for c in range(cols) for r in range(rows)]
    return SystemMap(steps=steps)


@pytest.mark.parametrize("cols, rows", [(5, 5), (8, 9), (4, 4), (6, 4)])  # shaped like the window: fills it
def test_fit_keeps_every_step_out_from_under_an_overlay(make_canvas, cols, rows):
    canvas = make_canvas(grid_map(cols, rows))
    card = QFrame(canvas)
    card.setGeometry(12, canvas.viewport().height() - 190 - 12, 180, 190)
    card.show()
    canvas.add_overlay(card)
    canvas.zoom_to_fit()
    assert steps_under(canvas, card) == []
    # ...and the whole map still shows.
    vp = canvas.viewport().rect()
    for item in canvas.map_scene.step_items.values():
        assert vp.contains(canvas.mapFromScene(item.scene_rect()).boundingRect())


def test_fit_uses_the_whole_window_when_nothing_is_under_the_overlay(make_canvas):
    canvas = make_canvas(grid_map(6, 1))   # one row: the corner below it is empty
    card = QFrame(canvas)
    card.setGeometry(12, canvas.viewport().height() - 120 - 12, 150, 120)
    card.show()
    canvas.add_overlay(card)
    canvas.zoom_to_fit()
    with_card = canvas.zoom()
    card.hide()
    canvas.zoom_to_fit()
    assert canvas.zoom() == pytest.approx(with_card)


def test_ctrl_shift_f_in_the_window_hides_no_step_under_the_legend(make_window, answers, qtbot):
    path = CORPUS / "drawio" / "jgraph-project-material-flowchart.xml"
    w = make_window()
    w.resize(1200, 800)
    answers.script("warnings", None, None)
    answers.script("page", 0)
    assert w.open_any(str(path), ask=False)
    qtbot.wait(50)
    w.set_legend_visible(True)
    assert w.legend.isVisible()
    w.canvas.setFocus()
    QTest.keyClick(w.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(20)
    assert w.canvas.map_scene.step_items
    assert steps_under(w.canvas, w.legend) == []
