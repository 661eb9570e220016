"""Print, preview, export and checklists use the analysis of the map as it is.

The analysis runs after edits settle (a debounce); an export right after an
edit must not use the report from before it. A big map is analysed on a worker
while a progress dialog shows, rather than freezing the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from mapper.model import SetStepFields
from mapper.ui import analysis_runner
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def settled(window, qtbot):
    window.runner.run_now()
    qtbot.waitUntil(lambda: window.runner.up_to_date, timeout=10000)


def test_a_checklist_exported_right_after_an_edit_contains_that_edit(window, sample_copy, qtbot, monkeypatch,
                                                                       tmp_path):
    assert window.open_path(str(sample_copy()))
    settled(window, qtbot)
    m = window.document.map
    step = next(s for s in m.steps if s.kind == "activity" and s.id not in window.report.critical_ids())
    window.document.apply(SetStepFields(step.id, {"critical": True, "text": "Freshly made critical"}))
    assert window.runner.pending   # the debounce has not run: the window's report is the old one
    out = tmp_path / "card.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "Web page critical-steps card (*.html)")))
    window.export_checklist()
    assert "Freshly made critical" in out.read_text(encoding="utf-8")


def test_print_preview_and_image_export_get_the_report_of_the_map_as_it_is(window, sample_copy, qtbot, monkeypatch):
    import mapper.ui.export_dialog as export_dialog
    import mapper.ui.printing as printing
    assert window.open_path(str(sample_copy()))
    settled(window, qtbot)
    got = []
    monkeypatch.setattr(export_dialog, "export_map_dialog", lambda parent, doc, report, *a: got.append(report))
    monkeypatch.setattr(printing, "preview_map", lambda parent, doc, report, *a: got.append(report))
    monkeypatch.setattr(printing, "print_checklist", lambda parent, doc, report: got.append(report))
    for action in (window.export_image, window.preview_map, window.print_checklist):
        sid = window.document.map.steps[1].id
        window.document.apply(SetStepFields(sid, {"text": ""}))   # an empty label: a new finding
        action()
        assert any(f.rule == "empty-label" and sid in f.steps for f in got[-1].findings)
        window.document.undo_stack.undo()


def test_a_big_map_is_checked_on_the_worker_with_progress_not_a_frozen_window(window, sample_copy, qtbot,
                                                                             monkeypatch):
    monkeypatch.setattr(analysis_runner, "THREAD_THRESHOLD", 3)   # the sample map counts as big
    assert window.open_path(str(sample_copy()))
    window.document.apply(SetStepFields(window.document.map.steps[1].id, {"text": ""}))
    report = window.runner.fresh_report(window)
    assert report is not None and window.runner.up_to_date
    assert any(f.rule == "empty-label" for f in report.findings)
