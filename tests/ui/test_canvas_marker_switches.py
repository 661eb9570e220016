"""The canvas's badge switches carry over to export and print: a kind switched
off on the canvas starts switched off in the export dialog and is left out of
the printout (issue 4, item 6)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from mapper.ui import export_dialog, printing
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def switch_off_in_the_legend(window, kind):
    box = window.legend.boxes[kind]
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()


def test_export_dialog_starts_from_the_canvas_switches(window, sample_copy, monkeypatch):
    assert window.open_path(str(sample_copy()))
    window.runner.run_now()
    switch_off_in_the_legend(window, "critical")
    assert "critical" not in window.canvas.visible_marker_kinds()
    seen = {}

    def look(dialog):
        seen["kinds"] = {k: b.isChecked() for k, b in dialog.kind_checks.items()}
        seen["options"] = dialog.options()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", look)
    window.export_image_action.trigger()
    assert seen["kinds"] == {"critical": False, "automate": True, "metric": True, "error": True, "warning": True,
                             "owner": True}
    assert "critical" not in seen["options"].marker_kinds and "metric" in seen["options"].marker_kinds


def test_print_leaves_out_the_kinds_switched_off(window, sample_copy, monkeypatch):
    assert window.open_path(str(sample_copy()))
    window.runner.run_now()
    switch_off_in_the_legend(window, "metric")
    switch_off_in_the_legend(window, "automate")
    printed = []

    class Accepting:
        DialogCode = QDialog.DialogCode

        def __init__(self, printer, parent=None):
            pass

        def setWindowTitle(self, title):
            pass

        def setOption(self, *a):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", Accepting)
    monkeypatch.setattr(printing, "_print_map_on", lambda parent, printer, doc, report, options: printed.append(options))
    window.print_action.trigger()
    (options,) = printed
    assert options.marker_kinds is not None
    assert not {"metric", "automate"} & options.marker_kinds and "critical" in options.marker_kinds


def test_the_owner_chips_switch_like_the_badges(window, sample_copy, monkeypatch):
    assert window.open_path(str(sample_copy()))
    assert "owner" in window.canvas.visible_marker_kinds()
    switch_off_in_the_legend(window, "owner")
    assert "owner" not in window.canvas.visible_marker_kinds()
    assert not window.marker_actions["owner"].isChecked()
    seen = {}

    def look(dialog):
        seen["options"] = dialog.options()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", look)
    window.export_image_action.trigger()
    assert "owner" not in seen["options"].marker_kinds
