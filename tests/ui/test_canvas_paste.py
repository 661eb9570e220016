"""Duplicates and pastes land clear of the shapes already there, so they never
raise an "overlap" finding (issue 3, item 4)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.analysis import analyse
from mapper.model import Arrow, Step, SystemMap
from mapper.render import geometry as g
from tests.ui.test_canvas import make_canvas  # noqa: F401
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy  # noqa: F401


def overlapping(m: SystemMap) -> list[tuple[str, str]]:
    rects = [(s.id, g.step_rect(s)) for s in m.steps if s.placed]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:] if ra.intersects(rb)]


def overlap_findings(m: SystemMap) -> list:
    return [f for f in analyse(m).findings if f.rule == "overlap"]


def crowded() -> SystemMap:
    """A step with another one just below it, where a plain "below" copy would land."""
    m = SystemMap(steps=[Step(id="a", kind="activity", text="Quote the job", x=0, y=0),
                         Step(id="b", kind="activity", text="Send the invoice", x=200, y=0),
                         Step(id="c", kind="activity", text="Chase payment", x=0, y=140)])
    m.arrows += [Arrow(id="a1", source="a", target="b")]
    return m


def test_duplicate_puts_the_copy_clear_of_every_shape(make_canvas):
    canvas = make_canvas(crowded())
    m = canvas.document.map
    canvas.select(["a"])
    canvas.duplicate()
    (new,) = canvas.selected_step_ids()
    assert new not in {"a", "b", "c"}
    assert overlapping(m) == [] and overlap_findings(m) == []
    assert m.step(new).x == 0 and m.step(new).y > 140   # below, past the step in the way


def test_duplicating_steps_with_their_arrow_keeps_the_copy_clear(make_canvas):
    canvas = make_canvas(crowded())
    m = canvas.document.map
    for _ in range(3):
        canvas.select(["a", "b"])
        canvas.duplicate()
    assert len(m.steps) == 9 and len(m.arrows) == 4
    assert overlapping(m) == [] and overlap_findings(m) == []


def test_pasting_a_copy_again_and_again_never_piles_up(make_canvas):
    canvas = make_canvas(crowded())
    m = canvas.document.map
    canvas.select(["a", "b", "c"])
    canvas.copy()
    for _ in range(3):
        canvas.paste()
    assert len(m.steps) == 12
    assert overlapping(m) == [] and overlap_findings(m) == []


def test_cut_then_paste_puts_the_steps_back_where_they_were(make_canvas):
    canvas = make_canvas(crowded())
    m = canvas.document.map
    canvas.select(["c"])
    canvas.cut()
    canvas.paste()
    (new,) = canvas.selected_step_ids()
    assert (m.step(new).x, m.step(new).y) == (0, 140)


def test_ctrl_d_in_the_window_raises_no_overlap(make_window, sample_copy, qtbot):
    window = make_window()
    assert window.open_path(str(sample_copy()))
    m = window.document.map
    before = {f.steps for f in overlap_findings(m)}
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.canvas.setFocus()
    window.canvas.select(["host"])
    QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    (new,) = window.canvas.selected_step_ids()
    assert new != "host"
    assert {f.steps for f in overlap_findings(m)} == before
    assert not any(new in f.steps for f in overlap_findings(m))
