"""The Properties panel, driven through its real widgets: typing and Enter
commits ONE undo step, undo shows the old value again, three-state overrides,
arrows' probabilities, the map's own fields, the checklist and bad numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.model import Metric, dumps_map
from mapper.ui.properties_panel import parse_number, parse_probability
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def open_sample(window, sample_copy):
    assert window.open_path(str(sample_copy("webinar-marketing")))
    return window.document.map


def select_step(window, step_id):
    window.canvas.select([step_id])
    assert window.properties.step_id == step_id


def retype(widget, text):
    """Select all, type, press Enter: what a user does."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_typing_a_step_text_and_enter_is_one_undo_step(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    old = m.step("host").text
    stack = window.document.undo_stack
    depth = stack.count()
    retype(window.properties.step_page.text, "Run the live webinar")
    assert m.step("host").text == "Run the live webinar"
    assert stack.count() == depth + 1            # one step, not one per keystroke
    stack.undo()
    assert m.step("host").text == old
    assert window.properties.step_page.text.text() == old   # the panel shows the undone value
    stack.redo()
    assert window.properties.step_page.text.text() == "Run the live webinar"


def test_leaving_a_field_commits_it(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    owner = window.properties.step_page.owner
    owner.setFocus()
    owner.selectAll()
    QTest.keyClicks(owner, "Sam (host)")
    assert m.step("host").owner != "Sam (host)"        # not per keystroke
    window.properties.step_page.text.setFocus()            # focus leaves the field
    assert m.step("host").owner == "Sam (host)"


def test_pressing_enter_twice_changes_nothing_more(window, sample_copy):
    open_sample(window, sample_copy)
    select_step(window, "host")
    retype(window.properties.step_page.text, "Host it")
    depth = window.document.undo_stack.count()
    QTest.keyClick(window.properties.step_page.text, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == depth


def test_critical_and_automate_are_three_state_overrides(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "remind")
    panel = window.properties
    stack = window.document.undo_stack
    assert m.step("remind").critical is None and panel.step_page.critical.value() is None
    QTest.mouseClick(panel.step_page.critical.buttons[True], Qt.MouseButton.LeftButton)
    assert m.step("remind").critical is True
    QTest.mouseClick(panel.step_page.critical.buttons[False], Qt.MouseButton.LeftButton)
    assert m.step("remind").critical is False
    QTest.mouseClick(panel.step_page.automate.buttons[False], Qt.MouseButton.LeftButton)
    assert m.step("remind").automate is False
    QTest.mouseClick(panel.step_page.critical.buttons[None], Qt.MouseButton.LeftButton)
    assert m.step("remind").critical is None
    stack.undo()
    assert m.step("remind").critical is False and panel.step_page.critical.value() is False
    stack.undo()
    assert m.step("remind").automate is None and panel.step_page.automate.value() is None
    saved = dumps_map(m)
    assert '"critical": false' in saved


def test_auto_says_what_mapper_decided(window, sample_copy):
    open_sample(window, sample_copy)
    window.runner.run_now()
    critical = sorted(window.report.critical_ids())
    assert critical, "the webinar map has critical steps"
    select_step(window, critical[0])
    assert window.properties.step_page.rows["critical"].hint.text().startswith("mapper: critical")


def test_stage_kind_and_goal_fields(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    panel = window.properties
    panel.step_page.stage.activated.emit(panel.step_page.stage.findData("trust"))
    assert m.step("host").stage == "trust"
    end = next(s for s in m.steps if s.kind == "terminator" and s.goal)
    select_step(window, end.id)
    assert panel.step_page.rows["goal"].isVisibleTo(panel) and panel.step_page.rows["value"].isVisibleTo(panel)
    retype(panel.step_page.value, "2,500")
    assert m.step(end.id).value == 2500
    select_step(window, "host")
    assert not panel.step_page.rows["goal"].isVisibleTo(panel)


def test_metric_fields_make_one_metric(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    panel = window.properties
    retype(panel.step_page.metric_name, "Attendees")
    retype(panel.step_page.metric_unit, "per webinar")
    retype(panel.step_page.metric_target, "40")
    assert m.step("host").metric == Metric(name="Attendees", unit="per webinar", target=40)
    for w in (panel.step_page.metric_name, panel.step_page.metric_unit, panel.step_page.metric_target):
        retype(w, "")
        QTest.keyClick(w, Qt.Key.Key_Backspace)
        QTest.keyClick(w, Qt.Key.Key_Return)
    assert m.step("host").metric is None


def test_checklist_add_remove_reorder_each_one_undo_step(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "remind")
    editor = window.properties.step_page.checklist
    stack = window.document.undo_stack
    depth = stack.count()
    for item in ("Send 24h reminder", "Send 1h reminder"):
        editor.new_item.setFocus()
        QTest.keyClicks(editor.new_item, item)
        QTest.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert m.step("remind").checklist == ["Send 24h reminder", "Send 1h reminder"]
    editor.list.setCurrentRow(1)
    QTest.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert m.step("remind").checklist == ["Send 1h reminder", "Send 24h reminder"]
    editor.list.setCurrentRow(0)
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert m.step("remind").checklist == ["Send 24h reminder"]
    assert stack.count() == depth + 4
    stack.undo()
    assert editor.items() == ["Send 1h reminder", "Send 24h reminder"]


def test_arrow_label_and_probability(window, sample_copy):
    m = open_sample(window, sample_copy)
    arrow = next(a for a in m.arrows if a.probability is not None)
    window.canvas.select([], [arrow.id])
    panel = window.properties
    assert panel.arrow_id == arrow.id
    retype(panel.arrow_page.probability, "35%")
    assert m.arrow(arrow.id).probability == 0.35
    retype(panel.arrow_page.label, "Maybe later")
    assert m.arrow(arrow.id).label == "Maybe later"
    panel.arrow_page.probability.setFocus()
    panel.arrow_page.probability.clear()
    QTest.keyClick(panel.arrow_page.probability, Qt.Key.Key_Return)
    assert m.arrow(arrow.id).probability is None          # empty = none


def test_map_fields_when_nothing_is_selected(window, sample_copy):
    m = open_sample(window, sample_copy)
    window.canvas.select([])
    panel = window.properties
    assert panel.stack.currentIndex() == 0
    retype(panel.map_page.title, "Webinar system v2")
    assert m.title == "Webinar system v2"
    panel.map_page.system.activated.emit(panel.map_page.system.findData("operating"))
    assert m.system == "operating"
    window.document.undo_stack.undo()
    assert m.system == "marketing" and panel.map_page.system.currentData() == "marketing"


def test_a_bad_number_is_refused_with_a_message_and_the_map_unchanged(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    before = dumps_map(m)
    retype(window.properties.step_page.duration, "an hour")
    assert dumps_map(m) == before
    assert "number" in window.properties.error_label.text()
    retype(window.properties.step_page.duration, "-5")
    assert dumps_map(m) == before
    retype(window.properties.step_page.duration, "45")
    assert m.step("host").duration_min == 45
    assert window.properties.error_label.isHidden()


def test_several_selected_steps_share_an_owner_in_one_undo_step(window, sample_copy):
    m = open_sample(window, sample_copy)
    window.canvas.select(["host", "remind"])
    panel = window.properties
    assert panel.stack.currentIndex() == 3
    depth = window.document.undo_stack.count()
    retype(panel.multi_page.owner, "Alex")
    assert m.step("host").owner == m.step("remind").owner == "Alex"
    assert window.document.undo_stack.count() == depth + 1


def test_parsing_numbers_people_type():
    assert parse_number("1,250.50", "Cost") == 1250.5
    assert parse_number("$ 40", "Cost") == 40
    assert parse_number("12,5", "Cost") == 12.5
    assert parse_number("", "Cost") is None
    assert parse_probability("20%") == 0.2
    assert parse_probability("0.2") == 0.2
    assert parse_probability("20") == 0.2
    assert parse_probability("") is None


def test_a_half_typed_field_counts_when_closing(window, sample_copy, answers):
    path = sample_copy("webinar-marketing")
    open_sample(window, sample_copy)
    select_step(window, "host")
    field = window.properties.step_page.text
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "Typed but not confirmed")
    answers.script("save_changes", "save")
    assert window.close()
    from mapper.model import load_map
    assert load_map(path).step("host").text == "Typed but not confirmed"


def test_undo_of_a_removed_step_brings_its_fields_back(window, sample_copy):
    from mapper.model import RemoveStep
    m = open_sample(window, sample_copy)
    select_step(window, "host")
    window.document.apply(RemoveStep("host"))
    assert window.properties.step_id is None         # the panel let go of it
    window.document.undo_stack.undo()
    select_step(window, "host")
    assert window.properties.step_page.text.text() == m.step("host").text


def test_a_refused_edit_says_why_and_changes_nothing(window, sample_copy):
    m = open_sample(window, sample_copy)
    select_step(window, "host")          # it has arrows: it cannot become a note
    panel = window.properties
    before = dumps_map(m)
    depth = window.document.undo_stack.count()
    panel.step_page.kind.activated.emit(panel.step_page.kind.findData("note"))
    assert dumps_map(m) == before and window.document.undo_stack.count() == depth
    assert "arrows" in panel.error_label.text()
    assert panel.step_page.kind.currentData() == "activity"
