"""What the Properties panel tells the owner beyond the fields: the metric mapper
suggests where the canvas shows "Measure here", counts in plain English, and a
checklist box only as big as the checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mapper.analysis import analyse
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def open_with_report(window, sample_copy):
    assert window.open_path(str(sample_copy("webinar-marketing")))
    window.properties.set_report(analyse(window.document.map))   # what the runner delivers
    return window.document.map


def test_a_suggested_metric_is_named_where_the_badge_is(window, sample_copy):
    m = open_with_report(window, sample_copy)
    report = window.properties.report
    suggested = {p.step: p for p in report.metric_points}
    host = suggested["consult"]       # "Measure here" badge (a critical step), no metric of its own yet
    assert m.step("consult").metric is None
    window.canvas.select(["consult"])
    hint = window.properties.step_page.rows["metric_name"].hint
    assert not hint.isHidden()
    assert host.name in hint.text() and "suggests" in hint.text()
    assert window.properties.step_page.metric_name.placeholderText() == host.name
    # A step with its own metric needs no suggestion.
    window.canvas.select(["booked"])
    assert m.step("booked").metric is not None
    assert hint.isHidden()


def test_several_steps_are_counted_in_plain_english(window, sample_copy):
    open_with_report(window, sample_copy)
    window.canvas.select(["host", "nurture", "booked"])
    text = window.properties.multi_page.summary.text()
    assert text.startswith("2 activities, 1 decision")


def test_the_checklist_box_is_as_big_as_the_checklist(window, sample_copy):
    open_with_report(window, sample_copy)
    editor = window.properties.step_page.checklist
    window.canvas.select(["booked"])          # no checklist: only the "Add an item" field
    QApplication.processEvents()
    assert editor.list.isHidden() and editor.remove_button.isHidden()
    assert not editor.new_item.isHidden()
    window.canvas.select(["host"])            # three items: a box for three lines
    QApplication.processEvents()
    assert not editor.list.isHidden() and not editor.remove_button.isHidden()
    three = editor.list.height()
    assert three < 4 * editor.list.sizeHintForRow(0) + 30
    editor.new_item.setText("Send the replay")
    editor.new_item.returnPressed.emit()
    QApplication.processEvents()
    assert editor.list.height() > three       # it grew with the fourth item


def test_a_probability_that_is_not_a_number_asks_for_a_chance():
    """Not "type a number, like 25 or 12.50" (an amount of money) for a chance."""
    import pytest
    from mapper.ui.properties_panel import parse_probability
    with pytest.raises(ValueError, match="20%"):
        parse_probability("lots")
    with pytest.raises(ValueError, match="20%"):
        parse_probability("150%")
