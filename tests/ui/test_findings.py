"""The Findings panel and live analysis: grouped findings with counts, the
insights (critical, automation with scores, metric points, funnel), clicking
an insight, and analysis of big maps off the GUI thread with stale results
dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.analysis import analyse
from mapper.analysis.results import Finding, Funnel, Lever, MetricPoint, Report
from mapper.model import SetStepFields
from mapper.ui import analysis_runner
from mapper.ui.findings_panel import counts_text
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def texts(item) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_counts_text_reads_like_a_person_wrote_it():
    assert counts_text({"error": 2, "warning": 1, "info": 0}) == "2 errors · 1 warning"
    assert counts_text({"error": 1, "warning": 0, "info": 3}) == "1 error · 3 info"
    assert counts_text({"error": 0, "warning": 0, "info": 0}) == "No problems found"


def test_findings_are_grouped_by_severity_errors_first(window, sample_copy):
    window.open_path(str(sample_copy()))
    report = Report(findings=(
        Finding("branch-labels", "warning", ("d",), (), "Label the branches"),
        Finding("dead-end", "error", ("x",), (), "The flow stops at x"),
        Finding("overlap", "info", ("a", "b"), (), "a and b overlap"),
        Finding("unreachable", "error", ("y",), (), "Nothing reaches y"),
    ))
    window.findings.set_report(report)
    tree = window.findings.problems
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Errors (2)", "Warnings (1)", "Info (1)"]
    assert texts(tree.topLevelItem(0)) == ["The flow stops at x", "Nothing reaches y"]
    assert window.findings.tabs.tabText(0) == "Problems (4)"
    assert window.findings.summary.text() == "2 errors · 1 warning · 1 info"


def test_insights_list_critical_steps_automation_scores_metrics_and_the_funnel(window, sample_copy):
    window.open_path(str(sample_copy("webinar-marketing")))
    window.runner.run_now()
    report = window.report
    tree = window.findings.insights
    groups = {tree.topLevelItem(i).text(0).split(" (")[0]: tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert set(groups) == {"Critical steps", "Could be automated", "Measure here", "Funnel"}
    assert groups["Critical steps"].childCount() == len(report.critical)
    if report.automation:
        best = max(report.automation, key=lambda a: a.score)
        assert texts(groups["Could be automated"])[0].endswith(f"{best.score:.0%}")
    assert groups["Measure here"].childCount() == len(report.metric_points)
    funnel_rows = texts(groups["Funnel"])
    if report.funnel is not None:
        assert funnel_rows[0] == f"Per {report.funnel.entrants} people who enter:"
        assert any(r.startswith("Value per person who enters:") for r in funnel_rows)
    else:
        assert "probability" in funnel_rows[0]


def test_funnel_summary_shows_outcomes_value_and_top_levers(window, sample_copy):
    window.open_path(str(sample_copy("webinar-marketing")))
    m = window.document.map
    ends = [s.id for s in m.steps if s.kind == "terminator"][-2:]
    report = Report(funnel=Funnel(entrants=100, outcomes={ends[0]: 12.5, ends[1]: 87.5}, visits={},
                                  value_per_entrant=386.5,
                                  levers=(Lever("booked", 1.115), Lever("engaged", 0.5))))
    window.findings.set_report(report)
    tree = window.findings.insights
    funnel = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).text(0) == "Funnel")
    rows = texts(funnel)
    assert rows[1].startswith("87.5 reach") and rows[2].startswith("12.5 reach")
    assert "Value per person who enters: 386.50" in rows
    assert any(r.startswith("Lever:") and "+1.11" in r for r in rows)


def test_clicking_an_insight_selects_its_step(window, sample_copy):
    window.open_path(str(sample_copy("webinar-marketing")))
    window.runner.run_now()
    window.findings.tabs.setCurrentIndex(1)
    tree = window.findings.insights
    critical = tree.topLevelItem(0)
    row = critical.child(0)
    step_id = row.data(0, Qt.ItemDataRole.UserRole)[0]
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tree.visualItemRect(row).center())
    assert window.canvas.selected_step_ids() == [step_id]


def test_big_maps_are_analysed_off_the_gui_thread_and_stale_results_are_dropped(window, sample_copy, qtbot,
                                                                               monkeypatch):
    monkeypatch.setattr(analysis_runner, "THREAD_THRESHOLD", 0)   # treat every map as big
    window.open_path(str(sample_copy("webinar-marketing")))
    threads = []
    real = analysis_runner.analyse

    def slow_analyse(m):
        import threading
        import time
        threads.append(threading.current_thread().name)
        time.sleep(0.2)     # an edit lands while this runs
        return real(m)

    monkeypatch.setattr(analysis_runner, "analyse", slow_analyse)
    reports = []
    window.runner.report_ready.connect(reports.append)
    window.runner.run_now()
    window.document.apply(SetStepFields("host", {"text": ""}))   # makes an empty-label warning
    qtbot.waitUntil(lambda: not window.runner.pending and bool(reports), timeout=5000)
    assert set(threads) == {"mapper-analysis"}
    # the only report delivered is about the map as it is now, not as it was
    assert reports[-1] == analyse(window.document.map)
    assert all(any(f.rule == "empty-label" for f in r.findings) for r in reports)


def test_the_snapshot_for_the_worker_is_not_changed_by_later_edits(window, sample_copy):
    from mapper.model import AddStep, MoveSteps, RemoveStep, Step, dumps_map
    window.open_path(str(sample_copy("webinar-marketing")))
    m = window.document.map
    snap = analysis_runner.snapshot(m)
    before = dumps_map(snap)
    assert before == dumps_map(m)
    window.document.apply(SetStepFields("host", {"text": "Changed", "checklist": ["new"],
                                                 "metric": None, "critical": True}))
    window.document.apply(MoveSteps({"host": (5.0, 5.0)}, waypoints={m.arrows[0].id: [(1.0, 2.0)]}))
    window.document.apply(AddStep(Step(id="extra", kind="activity", text="Extra", x=0, y=0)))
    window.document.apply(RemoveStep("remind"))
    assert dumps_map(snap) == before


def test_badges_keep_their_colour_on_a_selected_finding(qapp):
    """Qt tints icons of selected rows with the highlight: the red error badge turned purple."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from mapper.ui.icons import marker_icon
    for kind in ("error", "warning", "critical"):
        icon = marker_icon(kind)
        size = QSize(16, 16)
        normal = icon.pixmap(size, QIcon.Mode.Normal).toImage()
        selected = icon.pixmap(size, QIcon.Mode.Selected).toImage()
        assert normal == selected, kind


def test_a_selected_finding_is_one_calm_row(window, sample_copy):
    """The indent in front of a selected finding took the palette's strong blue: a
    separate blue square beside the light-blue row."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication
    from mapper.ui.app import style_sheet
    window.open_path(str(sample_copy()))
    panel = window.findings
    panel.setStyleSheet(style_sheet())
    panel.set_report(Report(findings=(Finding("dead-end", "error", ("host",), (), "The flow stops at host"),)))
    tree = panel.problems
    child = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(child)
    child.setSelected(True)
    QApplication.processEvents()
    rect = tree.visualItemRect(child)
    image = tree.viewport().grab().toImage()
    indent = image.pixelColor(max(1, rect.left() - tree.indentation() // 2), rect.center().y())
    strong = QColor("#2f7cf6")
    assert abs(indent.red() - strong.red()) + abs(indent.green() - strong.green()) > 120, indent.name()


def test_a_metric_that_names_its_step_does_not_repeat_it(window, sample_copy):
    """"Times done: Host the live webinar — at “Host the live webinar”" said it twice."""
    window.open_path(str(sample_copy("webinar-marketing")))
    window.findings.set_report(Report(metric_points=(
        MetricPoint("host", "Times done: Host the live webinar", "a critical step"),
        MetricPoint("booked", "Consultations booked", "the decision's Yes rate"),
    )))
    tree = window.findings.insights
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0).startswith("Measure here"))
    assert texts(group) == ["Times done: Host the live webinar",
                            "Consultations booked — at “Books a consultation?”"]
