"""The Funnel panel's what-if and "Use measured", the Properties panel's branch
edit, and the Quarterly review window, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.model import MetricsLogEntry, Priority
from mapper.model.weeks import weeks_of_quarter
from tests.ui.test_properties import open_sample, retype
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def show_funnel(window):
    window.show()
    window.funnel_dock.show()
    window.funnel_dock.raise_()
    window.funnel.refresh()
    return window.funnel


def test_moving_a_slider_changes_the_outcomes_then_use_measured_is_one_undo_step(window, sample_copy, qtbot):
    m = open_sample(window, sample_copy)
    m_booked = [a for a in m.arrows if a.source == "booked"]   # Yes 25% / No 75%
    panel = show_funnel(window)
    yes = panel.rows[m_booked[0].id]
    before = panel.figures()
    assert before["goal_outcomes"][0] == pytest.approx(before["goal_outcomes"][1])
    assert yes.slider.value() == 250

    # drag the "Yes" slider to 40%: the "No" branch follows, the funnel is solved again
    yes.slider.setFocus()
    for _ in range(15):
        QTest.keyClick(yes.slider, Qt.Key.Key_PageUp)   # page step of a QSlider: 10 of 1000
    assert yes.slider.value() == 400
    assert panel.rows[m_booked[1].id].slider.value() == 600
    after = panel.figures()
    assert after["goal_outcomes"][1] > after["goal_outcomes"][0] + 1
    assert after["value_per_entrant"][1] > after["value_per_entrant"][0]
    assert "→" in panel.goals_label.text() and f"{after['goal_outcomes'][1]:.1f}" in panel.goals_label.text()
    assert [a.probability for a in m_booked] == [0.25, 0.75]   # a what-if: the map is untouched

    # log two weeks of arrow counts for "booked": 1 of 5 books
    window.document.map.metrics_log = [MetricsLogEntry(week="2026-W10", values={m_booked[0].id: 10,
                                                                                 m_booked[1].id: 40})]
    panel.refresh()
    assert panel.rows[m_booked[0].id].measured.text() == "20.0%"
    assert panel.use_measured_button.isEnabled()
    saved = window.document.undo_stack.count()
    QTest.mouseClick(panel.use_measured_button, Qt.MouseButton.LeftButton)
    assert [a.probability for a in m_booked] == [0.2, 0.8]
    assert window.document.undo_stack.count() == saved + 1
    assert panel.figures()["goal_outcomes"][0] == pytest.approx(panel.figures()["goal_outcomes"][1])
    window.document.undo_stack.undo()
    assert [a.probability for a in m_booked] == [0.25, 0.75]


def test_keep_writes_the_what_if_and_shows_the_currency(window, sample_copy):
    m = open_sample(window, sample_copy)
    panel = show_funnel(window)
    retype(panel.currency, "eur")
    assert m.currency == "EUR"
    panel.refresh()
    assert "€" in panel.value_label.text()
    arrow = next(a for a in m.arrows if a.source == "buys")
    panel.rows[arrow.id].spin.setValue(70.0)
    QTest.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert sorted(a.probability for a in m.arrows if a.source == "buys") == [0.3, 0.7]
    window.document.undo_stack.undo()
    assert sorted(a.probability for a in m.arrows if a.source == "buys") == [0.5, 0.5]


def test_editing_one_branch_in_properties_rescales_its_siblings_in_one_step(window, sample_copy):
    m = open_sample(window, sample_copy)
    yes, no = [a for a in m.arrows if a.source == "booked"]
    window.canvas.select([], [yes.id])
    saved = window.document.undo_stack.count()
    retype(window.properties.arrow_page.probability, "40%")
    assert (yes.probability, no.probability) == (0.4, 0.6)
    assert window.document.undo_stack.count() == saved + 1
    window.document.undo_stack.undo()
    assert (yes.probability, no.probability) == (0.25, 0.75)


def test_quarterly_review_window_edits_priorities_as_undoable_steps(window, sample_copy, qtbot):
    m = open_sample(window, sample_copy)
    m.metrics_log = [MetricsLogEntry(week=w, values={"webinar": 100, "booked": 30, "buys": 8})
                     for w in weeks_of_quarter("2026-Q3")]
    m.priorities = [Priority(id="p1", quarter="2026-Q3", text="Fix the follow-up", owner="Ann")]
    window.show_review()
    view = window.review_view
    view.fill_quarters()
    view.set_quarter("2026-Q3")
    assert "try and buy" in view.leak_labels["marketing"].text()
    assert view.stages_table.rowCount() >= 4
    assert view.this_priorities.table.item(0, 0).text() == "Fix the follow-up"
    saved = window.document.undo_stack.count()
    view.this_priorities.table.item(0, 1).setText("Bo")   # what typing in the cell does
    assert m.priorities[0].owner == "Bo"
    QTest.mouseClick(view.next_priorities.add_button, Qt.MouseButton.LeftButton)
    assert [p.quarter for p in m.priorities] == ["2026-Q3", "2026-Q4"]
    view.edit_priority("p1", steps=["booked"], status="done")
    assert (m.priorities[0].steps, m.priorities[0].status) == (["booked"], "done")
    assert window.document.undo_stack.count() == saved + 3
    for _ in range(3):
        window.document.undo_stack.undo()
    assert [(p.owner, p.status) for p in m.priorities] == [("Ann", "on-track")]


def test_review_exports_markdown_html_and_pdf(window, sample_copy, tmp_path):
    open_sample(window, sample_copy)
    window.show_review()
    for ext in ("md", "html", "pdf"):
        out = tmp_path / f"review.{ext}"
        assert window.review_view.export_review(str(out))
        assert out.stat().st_size > 200
