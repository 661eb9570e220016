"""A new map stays quiet while its first step is typed; the Properties panel starts
at the top for each new selection."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from mapper.model import AddStep, Step
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def test_the_first_step_of_a_new_map_shows_hints_not_errors(window, qtbot):
    window.document.apply(AddStep(Step(id="first", kind="activity", text="", x=0, y=0)))
    window.runner.run_now()
    report = window.report
    assert report.counts()["error"] == 0
    assert {f.rule for f in report.findings if f.severity == "info"} >= {"start-required", "end-required"}
    assert "error" not in window.counts_label.text()
    assert all(not f.message[0].islower() for f in report.findings)
    window.document.apply(AddStep(Step(id="second", kind="activity", text="Send", x=300, y=0)))
    window.runner.run_now()
    assert window.report.counts()["error"] >= 2   # two steps: a map that needs its start and end


def test_properties_start_at_the_top_for_each_new_selection(window, sample_copy, qtbot):
    assert window.open_path(str(sample_copy()))
    window.resize(1200, 500)   # short enough that the step page scrolls
    m = window.document.map
    first, second = m.steps[1].id, m.steps[2].id
    window.canvas.select([first])
    qtbot.wait(20)
    scroll = window.properties.stack.currentWidget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.canvas.select([second])
    qtbot.wait(20)
    assert window.properties.stack.currentWidget().verticalScrollBar().value() == 0
