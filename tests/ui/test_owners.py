"""Owners in the app, driven through the real widgets: the owner suggestions,
setting an owner on several steps at once, renaming an owner from the
accountability chart, and dragging a step from one swimlane into another."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.editing.edits import snap_point
from mapper.layout.lanes import band_at
from mapper.model import dumps_map
from tests.ui.test_canvas import drag
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def open_hourglass(window, sample_copy):
    assert window.open_path(str(sample_copy("marketing-hourglass")))
    return window.document.map


def test_typing_an_owner_and_taking_the_suggestion(window, sample_copy, qtbot):
    m = open_hourglass(window, sample_copy)
    assert m.step("replies").owner == ""
    window.canvas.select(["replies"])
    line = window.properties.step_page.owner
    line.setFocus()
    QTest.keyClicks(line, "off")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == ["Office"], "the owners already in the map, matched without case"
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: m.step("replies").owner == "Office", timeout=2000)
    window.document.undo_stack.undo()
    assert m.step("replies").owner == ""


def test_setting_an_owner_on_several_steps_is_one_undo_step(window, sample_copy):
    m = open_hourglass(window, sample_copy)
    before = dumps_map(m)
    window.canvas.select(["replies", "estimate", "job"])
    assert window.properties.multi_ids == ["replies", "estimate", "job"]
    line = window.properties.multi_page.owner
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "Crew")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert [m.step(s).owner for s in ("replies", "estimate", "job")] == ["Crew"] * 3
    window.document.undo_stack.undo()
    assert dumps_map(m) == before


def test_renaming_an_owner_from_the_chart_then_undo(window, sample_copy):
    m = open_hourglass(window, sample_copy)
    before = dumps_map(m)
    window.show_accountability()
    chart = window.accountability
    card = chart.card("Technician")
    assert card is not None and "Free on-site estimate" in [e.text() for e in card.entries]
    # The technician answers for a metric on a step nobody owns ("Accepts the quote?").
    assert m.step("accepts").metric.owner == "Technician" and m.step("accepts").owner == ""
    card.name.setFocus()
    card.name.selectAll()
    QTest.keyClicks(card.name, "Plumber")
    QTest.keyClick(card.name, Qt.Key.Key_Return)
    assert m.step("estimate").owner == m.step("job").owner == "Plumber"
    assert m.step("accepts").metric.owner == "Plumber"
    assert "Technician" not in dumps_map(m)
    chart.refresh()
    assert chart.card("Plumber") is not None and chart.card("Technician") is None
    window.document.undo_stack.undo()   # one step undoes the whole rename
    assert dumps_map(m) == before
    chart.refresh()
    assert chart.card("Technician") is not None


def test_clicking_a_chart_line_selects_its_step(window, sample_copy, qtbot):
    open_hourglass(window, sample_copy)
    window.show_accountability()
    card = window.accountability.card("Nobody")
    entry = next(e for e in card.entries if e.text() == "Replies to the reminder?")
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    assert window.canvas.selected_step_ids() == ["replies"]


def test_dragging_a_step_into_another_lane_changes_its_owner_in_one_undo_step(window, sample_copy, qtbot):
    m = open_hourglass(window, sample_copy)
    window.lane_actions["owner"].trigger()
    assert m.lanes == "owner"
    QApplication.processEvents()
    canvas = window.canvas
    bands = canvas.map_scene.bands
    assert [b.lane.title for b in bands] == ["Office", "Marketing", "Technician", "Nobody"]
    assert band_at(bands, m.step("estimate").y).lane.title == "Technician"
    office = next(b for b in bands if b.lane.title == "Office")
    before = dumps_map(m)
    canvas.zoom_reset()
    start = canvas.map_scene.step_items["estimate"].scene_rect().center()
    canvas.centerOn(QPointF(start.x(), (start.y() + office.lo) / 2))
    qtbot.wait(50)
    target = QPointF(start.x() + 10, (office.lo + office.hi) / 2)
    drag(canvas, start, target, steps=6)
    assert m.step("estimate").owner == "Office"
    assert m.step("estimate").y == snap_point(target.x(), target.y(), True)[1]   # dropped there, on the grid
    assert band_at(canvas.map_scene.bands, m.step("estimate").y).lane.title == "Office"
    stack = window.document.undo_stack
    assert stack.undoText().startswith("Move to lane")
    stack.undo()   # the move and the new owner go back together
    assert dumps_map(m) == before
    # A drag within its own lane is a plain move.
    start = canvas.map_scene.step_items["estimate"].scene_rect().center()
    drag(canvas, start, QPointF(start.x() + 30, start.y() + 5), steps=3)
    assert m.step("estimate").owner == "Technician" and stack.undoText() == "Move"


def test_the_tooltip_names_the_owner_and_the_metric_owner(window, sample_copy):
    m = open_hourglass(window, sample_copy)
    scene = window.canvas.map_scene
    assert scene.owner_tooltip("estimate") == "Owner: Technician"
    assert scene.owner_tooltip("accepts") == "Owner: nobody yet\nAnswers for the metric: Technician"
    assert scene.tooltip_at(scene.step_items["maps"].scene_rect().center()).startswith("Owner: Marketing")


def test_dragging_a_step_into_another_stage_lane_changes_its_stage(window, sample_copy, qtbot):
    m = open_hourglass(window, sample_copy)
    window.lane_actions["stage"].trigger()
    QApplication.processEvents()
    canvas = window.canvas
    buy = next(b for b in canvas.map_scene.bands if b.lane.key == "buy")
    assert m.step("job").stage == "buy"
    repeat = next(b for b in canvas.map_scene.bands if b.lane.key == "repeat")
    canvas.zoom_reset()
    start = canvas.map_scene.step_items["job"].scene_rect().center()
    target = QPointF(start.x(), (repeat.lo + repeat.hi) / 2)
    canvas.centerOn(QPointF(start.x(), (start.y() + target.y()) / 2))
    qtbot.wait(50)
    before = dumps_map(m)
    drag(canvas, start, target, steps=5)
    assert m.step("job").stage == "repeat" and buy.lane.key == "buy"
    window.document.undo_stack.undo()
    assert dumps_map(m) == before


def test_who_answers_for_a_metric_is_set_in_properties_and_editing_keeps_its_other_fields(window, sample_copy):
    m = open_hourglass(window, sample_copy)
    m.step("maps").metric.better = "lower"
    window.canvas.select(["maps"])
    line = window.properties.step_page.metric_owner
    assert line.text() == "" and "Marketing" in line.placeholderText()
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "Office")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert m.step("maps").metric.owner == "Office" and m.step("maps").owner == "Marketing"
    assert m.step("maps").metric.better == "lower", "editing the metric keeps which way is good"
    window.show_accountability()
    assert "at Finds us on Google Maps" in " ".join(e.text() for e in window.accountability.card("Office").entries)
    window.document.undo_stack.undo()
    assert m.step("maps").metric.owner == ""
