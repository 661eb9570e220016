"""The canvas, driven with the mouse and keyboard as an owner would."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.model import Arrow, Step, SystemMap, dumps_map, loads_map
from mapper.render import geometry as g
from mapper.ui.canvas import FRAGMENT_MIME, STEP_KIND_MIME, Canvas, Palette, canvas_key_help
from mapper.ui.document import Document

LEFT = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def make_canvas(qtbot):
    documents = []

    def make(m: SystemMap | None = None) -> Canvas:
        documents.append(Document(m or SystemMap()))
        canvas = Canvas(documents[-1])
        canvas.resize(1100, 700)
        qtbot.addWidget(canvas)
        canvas.show()
        qtbot.waitExposed(canvas)
        with qtbot.waitActive(canvas, timeout=1000):
            canvas.activateWindow()
        canvas.setFocus()
        canvas.zoom_reset()
        canvas.centerOn(QPointF(300, 100))
        return canvas
    yield make
    for doc in documents:  # the undo stack outlives its document's signals at teardown
        doc.undo_stack.blockSignals(True)


def vp(canvas, x, y=None) -> QPoint:
    p = x if y is None else QPointF(x, y)
    return canvas.mapFromScene(p)


def hover(canvas, p):
    QTest.mouseMove(canvas.viewport(), vp(canvas, QPointF(p.x() + 3, p.y() + 3)))
    QTest.mouseMove(canvas.viewport(), vp(canvas, p))


def drag(canvas, a: QPointF, b: QPointF, mods=NO, steps=4):
    viewport = canvas.viewport()
    QTest.mouseMove(viewport, vp(canvas, a))
    QTest.mousePress(viewport, LEFT, mods, vp(canvas, a))
    for i in range(1, steps + 1):
        p = QPointF(a.x() + (b.x() - a.x()) * i / steps, a.y() + (b.y() - a.y()) * i / steps)
        QTest.mouseMove(viewport, vp(canvas, p))
    QTest.mouseRelease(viewport, LEFT, mods, vp(canvas, b))


def type_text(canvas, text, enter=True):
    QTest.keyClicks(canvas, text)
    if enter:
        QTest.keyClick(canvas, Qt.Key.Key_Return)
    QApplication.processEvents()


def centre(canvas, sid) -> QPointF:
    return canvas.map_scene.step_items[sid].scene_rect().center()


def handle(canvas, sid, side) -> QPointF:
    return g.side_point(canvas.map_scene.step_items[sid].scene_rect(), side)


def grip(canvas, sid, side) -> QPointF:
    """Where the connection handle on that side is drawn (just outside the shape)."""
    from mapper.ui.canvas.items import handle_points
    return handle_points(canvas.map_scene.step_items[sid].scene_rect())[side]


def connect_by_drag(canvas, source, target):
    hover(canvas, centre(canvas, source))
    start = grip(canvas, source, "bottom")
    hover(canvas, start)
    assert canvas.map_scene.handle_at(start)[:2] == (source, "bottom")
    drag(canvas, start, centre(canvas, target))


def two_steps(kind_b="activity"):
    return SystemMap(steps=[Step(id="a", kind="activity", text="Quote", x=100, y=100),
                            Step(id="b", kind=kind_b, text="Invoice", x=400, y=100)])


def test_build_the_webinar_map_with_quick_add_and_typing(make_canvas):
    canvas = make_canvas()
    doc = canvas.document
    QTest.keyClick(canvas, Qt.Key.Key_T)           # a terminator, ready for its text
    type_text(canvas, "Free webinar")
    QTest.keyClick(canvas, Qt.Key.Key_Right, CTRL)  # what happens next?
    type_text(canvas, "Email nurture campaign")
    QTest.keyClick(canvas, Qt.Key.Key_Right, CTRL)
    type_text(canvas, "Books a consultation?")     # a question becomes a decision
    QTest.keyClick(canvas, Qt.Key.Key_Right, CTRL)
    type_text(canvas, "New client")
    QTest.keyClick(canvas, Qt.Key.Key_1, CTRL)     # make it an end terminator
    m = doc.map
    ids = [s.id for s in m.steps]
    decision, nurture = ids[2], ids[1]
    connect_by_drag(canvas, decision, nurture)      # "No": back to nurturing
    assert [(s.kind, s.text) for s in m.steps] == [
        ("terminator", "Free webinar"), ("activity", "Email nurture campaign"),
        ("decision", "Books a consultation?"), ("terminator", "New client")]
    assert [(a.source, a.target, a.label) for a in m.arrows] == [
        (ids[0], ids[1], ""), (ids[1], ids[2], ""), (ids[2], ids[3], "Yes"), (ids[2], ids[1], "No")]
    # Laid out left to right without overlaps.
    xs = [s.x for s in m.steps]
    assert xs == sorted(xs) and len({s.y for s in m.steps}) == 1
    rects = [g.step_rect(s) for s in m.steps]
    assert all(not r1.intersects(r2) for r1, r2 in zip(rects, rects[1:]))
    # The scene mirrors the model.
    assert set(canvas.map_scene.step_items) == set(ids) and len(canvas.map_scene.arrow_items) == 4


def test_each_text_edit_is_one_undo_step_and_escape_cancels(make_canvas):
    canvas = make_canvas(two_steps())
    stack = canvas.document.undo_stack
    canvas.select(["a"])
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    assert canvas.editing() is not None
    type_text(canvas, "Send quote")
    assert canvas.document.map.step("a").text == "Send quote" and stack.count() == 1
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    type_text(canvas, "Nothing", enter=False)
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.document.map.step("a").text == "Send quote" and stack.count() == 1
    # Typing with one step selected replaces its text; Shift+Enter makes a new line.
    QTest.keyClicks(canvas, "Line one")
    QTest.keyClick(canvas, Qt.Key.Key_Return, SHIFT)
    type_text(canvas, "line two")
    assert canvas.document.map.step("a").text == "Line one\nline two"
    stack.undo()
    assert canvas.document.map.step("a").text == "Send quote"


def test_double_click_on_empty_canvas_adds_an_activity_being_edited(make_canvas):
    canvas = make_canvas()
    QTest.mouseDClick(canvas.viewport(), LEFT, NO, vp(canvas, 200, 200))
    assert canvas.editing() is not None
    type_text(canvas, "Call the customer")
    (s,) = canvas.document.map.steps
    assert (s.kind, s.text, s.x, s.y) == ("activity", "Call the customer", 200, 200)


def test_connect_by_dragging_from_a_handle_is_one_undo_step(make_canvas):
    canvas = make_canvas(two_steps())
    connect_by_drag(canvas, "a", "b")
    m = canvas.document.map
    assert [(a.source, a.target) for a in m.arrows] == [("a", "b")]
    assert canvas.document.undo_stack.count() == 1
    geo = canvas.map_scene.arrow_items[m.arrows[0].id].geometry
    # The head stops exactly at the target's outline.
    assert geo.points[-1] == handle(canvas, "b", "left")
    canvas.document.undo_stack.undo()
    assert m.arrows == [] and canvas.map_scene.arrow_items == {}


def test_arrows_may_not_touch_notes(make_canvas):
    canvas = make_canvas(two_steps("note"))
    messages = []
    canvas.status_message.connect(messages.append)
    hover(canvas, centre(canvas, "a"))
    drag(canvas, grip(canvas, "a", "right"), centre(canvas, "b"))
    assert canvas.document.map.arrows == [] and messages and "note" in messages[0].lower()
    assert canvas.map_scene.handle_at(grip(canvas, "b", "left")) is None  # a note has no handles


def test_label_an_arrow_by_double_clicking_it(make_canvas):
    m = two_steps()
    m.arrows.append(Arrow(id="a1", source="a", target="b"))
    canvas = make_canvas(m)
    mid = canvas.map_scene.arrow_items["a1"].geometry.label_point
    QTest.mouseDClick(canvas.viewport(), LEFT, NO, vp(canvas, mid))
    assert canvas.editing() is not None
    type_text(canvas, "Yes")
    assert canvas.document.map.arrow("a1").label == "Yes"
    item = canvas.map_scene.arrow_items["a1"]
    # The label stays on its arrow when a shape moves.
    canvas.select(["b"])
    QTest.keyClick(canvas, Qt.Key.Key_Down, SHIFT)
    geo = item.geometry
    assert g.fraction_at(geo.points, geo.label_point) == pytest.approx(0.5, abs=0.01)
    assert item.boundingRect().contains(g.label_rect("Yes", geo.label_point))


def test_moving_with_the_mouse_is_one_undo_step_and_reroutes_arrows(make_canvas):
    m = two_steps()
    m.arrows.append(Arrow(id="a1", source="a", target="b", waypoints=[(250, 100), (250, 100)]))
    canvas = make_canvas(m)
    stack = canvas.document.undo_stack
    before = dumps_map(canvas.document.map)
    drag(canvas, centre(canvas, "b"), QPointF(400 + 93, 100 + 138), steps=6)
    s = canvas.document.map.step("b")
    assert (s.x, s.y) == (500, 240)           # snapped to the grid
    assert canvas.document.map.arrow("a1").waypoints == []   # re-routed
    assert stack.count() == 1
    geo = canvas.map_scene.arrow_items["a1"].geometry
    assert geo.points[-1] == handle(canvas, "b", "left") or geo.points[-1] == handle(canvas, "b", "top")
    stack.undo()
    assert dumps_map(canvas.document.map) == before


def test_rubber_band_and_shift_click_select(make_canvas):
    canvas = make_canvas(two_steps())
    drag(canvas, QPointF(-20, 20), QPointF(600, 180))
    assert canvas.selected_step_ids() == ["a", "b"]
    QTest.mouseClick(canvas.viewport(), LEFT, NO, vp(canvas, centre(canvas, "a")))
    assert canvas.selected_step_ids() == ["a"]
    QTest.mouseClick(canvas.viewport(), LEFT, SHIFT, vp(canvas, centre(canvas, "b")))
    assert canvas.selected_step_ids() == ["a", "b"]
    canvas.select_all()
    assert canvas.selected_step_ids() == ["a", "b"]


def chain():
    m = SystemMap(steps=[Step(id=i, kind="activity", text=i.upper(), x=200 * n, y=0)
                         for n, i in enumerate("abcd")])
    m.arrows += [Arrow(id="a1", source="a", target="b", label="go"), Arrow(id="a2", source="b", target="c"),
                 Arrow(id="a3", source="c", target="d")]
    return m


def test_copy_paste_keeps_the_arrows_among_copied_steps_with_fresh_ids(make_canvas):
    canvas = make_canvas(chain())
    canvas.select(["a", "b", "c"])
    canvas.copy()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(FRAGMENT_MIME) and mime.text() == "A\nB\nC"
    canvas.paste()
    m = canvas.document.map
    new = canvas.selected_step_ids()
    assert len(new) == 3 and not set(new) & {"a", "b", "c", "d"}
    assert [m.step(s).text for s in new] == ["A", "B", "C"]
    # The originals are still there: the copy goes below them, clear of every shape.
    assert [(m.step(s).x, m.step(s).y) for s in new] == [(0, 140), (200, 140), (400, 140)]
    pasted = [a for a in m.arrows if a.source in new]
    assert [(a.source, a.target, a.label) for a in pasted] == [(new[0], new[1], "go"), (new[1], new[2], "")]
    assert len({a.id for a in m.arrows}) == 5 and canvas.document.undo_stack.count() == 1
    canvas.duplicate()
    assert len(m.steps) == 10 and len(m.arrows) == 7


def test_cut_and_delete_take_the_steps_arrows_with_them(make_canvas):
    canvas = make_canvas(chain())
    canvas.select(["b"])
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    m = canvas.document.map
    assert [s.id for s in m.steps] == ["a", "c", "d"] and [a.id for a in m.arrows] == ["a3"]
    assert set(canvas.map_scene.arrow_items) == {"a3"}
    canvas.document.undo_stack.undo()
    assert dumps_map(m) == dumps_map(chain())
    canvas.select(["c", "d"])
    canvas.cut()
    assert [s.id for s in m.steps] == ["a", "b"]
    canvas.paste()
    assert len(m.steps) == 4 and len(m.arrows) == 2


def test_pasting_a_brainstormed_list_makes_a_chain_by_the_lists_rules(make_canvas):
    canvas = make_canvas()
    mime = QMimeData()
    mime.setText("Take the call\n  Note the address\n\tAsk about the leak\nQuote accepted?\nBook the job\n\n"
                 "Notes for later\n")
    QApplication.clipboard().setMimeData(mime)
    canvas.paste()
    m = canvas.document.map
    # An indented line is a checklist item of the task above; "?" makes a decision;
    # the empty line ends the list.
    assert [(s.kind, s.text, s.checklist) for s in m.steps] == [
        ("activity", "Take the call", ["Note the address", "Ask about the leak"]),
        ("decision", "Quote accepted?", []), ("activity", "Book the job", [])]
    assert [(a.source, a.target, a.label) for a in m.arrows] == [
        (m.steps[0].id, m.steps[1].id, ""), (m.steps[1].id, m.steps[2].id, "Yes")]
    assert canvas.selected_step_ids() == [s.id for s in m.steps]
    assert canvas.document.undo_stack.count() == 1


def test_undo_everything_back_to_empty_and_redo_it_all(make_canvas):
    canvas = make_canvas()
    empty = dumps_map(canvas.document.map)
    QTest.keyClick(canvas, Qt.Key.Key_A)
    type_text(canvas, "Answer the phone")
    QTest.keyClick(canvas, Qt.Key.Key_Right, CTRL)
    type_text(canvas, "Qualified?")
    QTest.keyClick(canvas, Qt.Key.Key_Down, CTRL)
    type_text(canvas, "Book a visit")
    canvas.select_all()
    canvas.copy()
    canvas.paste()
    QTest.keyClick(canvas, Qt.Key.Key_Right, SHIFT)
    canvas.select([canvas.document.map.steps[0].id])
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    full = dumps_map(canvas.document.map)
    stack = canvas.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert dumps_map(canvas.document.map) == empty
    assert not canvas.map_scene.step_items and not canvas.map_scene.arrow_items
    while stack.canRedo():
        stack.redo()
    assert dumps_map(canvas.document.map) == full
    assert set(canvas.map_scene.step_items) == {s.id for s in canvas.document.map.steps}


def test_align_and_distribute_with_equal_gaps(make_canvas):
    m = SystemMap(steps=[Step(id="a", kind="activity", text="A", x=0, y=0),
                         Step(id="b", kind="decision", text="B?", x=230, y=37),
                         Step(id="c", kind="terminator", text="C", x=600, y=-20)])
    canvas = make_canvas(m)
    canvas.select(["a", "b", "c"])
    canvas.align("top")
    rects = [g.step_rect(s) for s in m.steps]
    assert len({r.top() for r in rects}) == 1
    canvas.align("vcenter")
    assert len({s.y for s in m.steps}) == 1
    canvas.distribute("h")
    rects = sorted((g.step_rect(s) for s in m.steps), key=lambda r: r.left())
    gaps = [b.left() - a.right() for a, b in zip(rects, rects[1:])]
    assert gaps[0] == pytest.approx(gaps[1])
    assert canvas.document.undo_stack.count() == 3


def test_dragging_an_arrow_into_empty_space_offers_the_next_shape(make_canvas, qtbot):
    canvas = make_canvas(two_steps())
    def choose_decision():
        menu = QApplication.activePopupWidget()
        assert menu is not None
        action = [a for a in menu.actions() if a.text() == "Decision"][0]
        menu.setActiveAction(action)
        action.trigger()
        menu.close()
    QTimer.singleShot(100, choose_decision)
    hover(canvas, centre(canvas, "a"))
    drag(canvas, grip(canvas, "a", "bottom"), QPointF(100, 300))
    m = canvas.document.map
    assert [s.kind for s in m.steps] == ["activity", "activity", "decision"]
    new = m.steps[-1]
    assert (new.x, new.y) == (100, 300)
    assert [(a.source, a.target) for a in m.arrows] == [("a", new.id)]
    assert canvas.document.undo_stack.count() == 1
    if canvas.editing():
        QTest.keyClick(canvas, Qt.Key.Key_Escape)


def test_palette_shapes_drop_onto_the_canvas(make_canvas, qtbot):
    canvas = make_canvas()
    palette = Palette()
    qtbot.addWidget(palette)
    mime = palette.buttons["decision"].mime_data()
    assert mime.hasFormat(STEP_KIND_MIME)
    at = vp(canvas, 300, 200)
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, LEFT, NO)
    canvas.dropEvent(drop)
    (s,) = canvas.document.map.steps
    assert (s.kind, s.x, s.y) == ("decision", 300, 200)


def test_quick_add_avoids_an_occupied_spot_and_tab_follows_the_flow(make_canvas):
    canvas = make_canvas(chain())
    canvas.select(["a"])
    QTest.keyClick(canvas, Qt.Key.Key_Right, CTRL)   # "b" is already to the right
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    m = canvas.document.map
    new = m.steps[-1]
    rects = [g.step_rect(s) for s in m.steps[:-1]]
    assert not any(r.intersects(g.step_rect(new)) for r in rects)
    canvas.select(["d"])
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert m.steps[-1].x > m.step("d").x and m.steps[-1].y == m.step("d").y


def test_zoom(make_canvas):
    canvas = make_canvas(chain())
    canvas.zoom_in()
    assert canvas.zoom() == pytest.approx(1.25)
    canvas.zoom_out()
    canvas.zoom_out()
    assert canvas.zoom() == pytest.approx(0.8)
    canvas.zoom_reset()
    assert canvas.zoom() == 1
    canvas.zoom_to_fit()
    view = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert all(view.contains(it.scene_rect()) for it in canvas.map_scene.step_items.values())


class _C:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def test_markers_show_the_reasons_and_can_be_hidden(make_canvas):
    canvas = make_canvas(chain())
    report = _C(critical=(_C(step="b", reasons=("every path from a start to a goal passes here",)),),
                automation=(_C(step="c", score=0.8, reasons=("it sends an email",)),),
                metric_points=(), findings=(_C(rule="dead-end", severity="error", steps=("d",), arrows=(),
                                                message="nothing follows this step"),))
    canvas.set_report(report)
    scene = canvas.map_scene
    from mapper.render.paint import marker_rects
    badge = marker_rects(scene.step_items["b"].scene_rect(), 1)[0].center()
    assert "every path from a start to a goal passes here" in scene.tooltip_at(badge)
    assert "it sends an email" in scene.tooltip_at(centre(canvas, "c"))
    assert scene.in_error("d") and "nothing follows" in scene.tooltip_at(centre(canvas, "d"))
    canvas.set_marker_visible("critical", False)
    assert scene.visible_markers("b") == [] and scene.tooltip_at(badge) == ""
    canvas.set_marker_visible("error", False)
    assert not scene.in_error("d")
    canvas.set_marker_visible("critical", True)
    assert [mk.kind for mk in scene.visible_markers("b")] == ["critical"]


def test_measured_sizes_and_shortcuts_list(make_canvas):
    m = chain()
    m.step("a").text = "A much longer text that has to wrap over several lines in the shape"
    canvas = make_canvas(m)
    sizes = canvas.measured_sizes()
    assert sizes["a"][1] > sizes["b"][1] and sizes["b"] == (160, 70)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in canvas_key_help())


def test_reset_rebuilds_the_scene(make_canvas):
    canvas = make_canvas(chain())
    canvas.select(["a"])
    canvas.document.replace(two_steps())
    assert set(canvas.map_scene.step_items) == {"a", "b"} and not canvas.map_scene.arrow_items
    assert canvas.selected_step_ids() == []


def test_tab_while_typing_keeps_the_text_and_goes_on_to_the_next_step(make_canvas):
    canvas = make_canvas()
    QTest.keyClick(canvas, Qt.Key.Key_A)
    QTest.keyClicks(canvas, "Send invoice")
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    QApplication.processEvents()
    QTest.keyClicks(canvas, "Paid?")
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    QApplication.processEvents()
    type_text(canvas, "Thank the customer")
    m = canvas.document.map
    assert [(s.kind, s.text) for s in m.steps] == [("activity", "Send invoice"), ("decision", "Paid?"),
                                                  ("activity", "Thank the customer")]
    assert [a.label for a in m.arrows] == ["", "Yes"]
    assert len({s.y for s in m.steps}) == 1


def test_drag_an_arrow_end_onto_another_step_to_reconnect_it(make_canvas):
    m = chain()
    m.steps.append(Step(id="e", kind="activity", text="E", x=200, y=250))
    canvas = make_canvas(m)
    canvas.select([], ["a1"])
    tip = canvas.map_scene.arrow_items["a1"].geometry.points[-1]
    drag(canvas, tip, centre(canvas, "e"))
    assert (m.arrow("a1").source, m.arrow("a1").target) == ("a", "e")
    assert canvas.map_scene.arrow_items["a1"].ends == ("a", "e")
    canvas.document.undo_stack.undo()
    assert m.arrow("a1").target == "b"


def test_space_drag_and_middle_drag_pan_and_ctrl_wheel_zooms(make_canvas):
    canvas = make_canvas(chain())
    before = canvas.mapToScene(canvas.viewport().rect().center())
    from PySide6.QtCore import QPoint
    viewport = canvas.viewport()
    QTest.keyPress(canvas, Qt.Key.Key_Space)
    QTest.mousePress(viewport, LEFT, NO, QPoint(300, 300))
    for i in range(1, 5):
        QTest.mouseMove(viewport, QPoint(300 + 25 * i, 300 + 12 * i))
    QTest.mouseRelease(viewport, LEFT, NO, QPoint(400, 348))
    QTest.keyRelease(canvas, Qt.Key.Key_Space)
    after = canvas.mapToScene(canvas.viewport().rect().center())
    assert (before.x() - after.x(), before.y() - after.y()) == pytest.approx((100, 48), abs=2)
    assert dumps_map(canvas.document.map) == dumps_map(chain())  # panning never edits
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NO, QPoint(300, 300))
    QTest.mouseMove(viewport, QPoint(280, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NO, QPoint(280, 300))
    assert canvas.mapToScene(viewport.rect().center()).x() == pytest.approx(after.x() + 20, abs=2)
    from PySide6.QtGui import QWheelEvent
    at = QPointF(vp(canvas, centre(canvas, "b")))
    wheel = QWheelEvent(at, QPointF(canvas.viewport().mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.zoom() == pytest.approx(1.25)
    # Zoom is about the cursor: the step under it stays under it.
    assert (QPointF(canvas.mapFromScene(centre(canvas, "b"))) - at).manhattanLength() <= 3


def test_a_big_map_zoomed_far_out_shows_an_overview_and_stays_clickable(make_canvas):
    m = SystemMap(steps=[Step(id=f"s{i}", kind="activity", text=f"Step {i}", x=(i % 40) * 240, y=(i // 40) * 150)
                         for i in range(800)])
    canvas = make_canvas(m)
    canvas.zoom_to_fit()
    assert canvas.zoom() < 0.2 and canvas._overview_on
    canvas.viewport().repaint()
    QTest.mouseClick(canvas.viewport(), LEFT, NO, vp(canvas, centre(canvas, "s41")))
    assert canvas.selected_step_ids() == ["s41"]
    canvas.zoom_reset()
    assert not canvas._overview_on


def test_unplaced_steps_appear_when_a_layout_places_them(make_canvas):
    from mapper.model import set_layout
    m = SystemMap(steps=[Step(id="a", kind="terminator", text="Start"), Step(id="b", kind="activity", text="Work")],
                  arrows=[Arrow(id="a1", source="a", target="b")])
    canvas = make_canvas(m)
    scene = canvas.map_scene
    assert not scene.step_items["a"].isVisible() and not scene.arrow_items["a1"].isVisible()
    canvas.document.apply(set_layout(m, {"a": (0, 0), "b": (260, 0)}, {"a1": [(130, 0)]}))
    assert scene.step_items["a"].isVisible() and scene.arrow_items["a1"].isVisible()
    pts = scene.arrow_items["a1"].geometry.points
    assert (pts[0].x(), pts[-1].x()) == (80, 180)


def test_while_typing_edit_keys_stay_in_the_text_and_other_shortcuts_keep_it_first(make_canvas):
    from PySide6.QtGui import QAction, QKeySequence
    canvas = make_canvas(two_steps())
    saved = []
    delete = QAction("Delete", canvas)
    delete.setShortcut(QKeySequence.StandardKey.Delete)
    delete.triggered.connect(canvas.delete_selection)
    save = QAction("Save", canvas)
    save.setShortcut(QKeySequence("Ctrl+S"))
    save.triggered.connect(lambda: saved.append(canvas.document.map.step("a").text))
    canvas.addActions([delete, save])
    canvas.select(["a"])
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    QTest.keyClick(canvas, Qt.Key.Key_End)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)      # deletes a character, not the step
    QTest.keyClicks(canvas, "s")
    QTest.keyClick(canvas, Qt.Key.Key_S, CTRL)
    assert canvas.editing() is None and saved == ["Quotes"]
    assert [s.id for s in canvas.document.map.steps] == ["a", "b"]


def test_drag_a_label_along_its_arrow_one_undo_step(make_canvas):
    m = two_steps()
    m.arrows.append(Arrow(id="a1", source="a", target="b", label="Yes"))
    canvas = make_canvas(m)
    item = canvas.map_scene.arrow_items["a1"]
    start = item.geometry.label_point             # about half-way, clear of the head
    assert 235 < start.x() < 255
    drag(canvas, start, QPointF(start.x() + 40, start.y() + 25))
    # The arrow runs x = 180..320.
    assert m.arrow("a1").label_pos == pytest.approx((start.x() + 40 - 180) / 140, abs=0.01)
    assert item.geometry.label_point.y() == start.y()  # stays on the arrow
    assert canvas.document.undo_stack.count() == 1
    # A click on a label just selects its arrow.
    QTest.mouseClick(canvas.viewport(), LEFT, NO, vp(canvas, item.geometry.label_point))
    assert canvas.selected_arrow_ids() == ["a1"] and canvas.document.undo_stack.count() == 1


def test_the_shape_grows_while_typing_and_shrinks_back_on_escape(make_canvas):
    canvas = make_canvas(two_steps())
    item = canvas.map_scene.step_items["a"]
    canvas.select(["a"])
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    QTest.keyClicks(canvas, "Send the signed proposal and the invoice and the welcome pack to the new client")
    assert item.scene_rect().height() > 70
    assert canvas.document.map.step("a").text == "Quote"   # nothing changes until Enter
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert item.scene_rect().height() == 70
