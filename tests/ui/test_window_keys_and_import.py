"""Keys that must work on every desktop, the shortcuts list that describes them, and
the notes shown after importing a page the owner picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.model import SetMapFields
from tests.ui.test_window_fixtures import (SAMPLES, answers, data_dir, make_window, sample_copy,  # noqa: F401
                                           window)


def _linux_scheme(monkeypatch):
    """Qt's KDE/GNOME key scheme (what `QT_QPA_PLATFORM=xcb` gives): Delete is Del *and*
    Ctrl+D, Copy also F16, Undo also F14. Offscreen tests otherwise get the Windows scheme."""
    from mapper.ui import main_window
    real = main_window.standard_keys
    extra = {QKeySequence.StandardKey.Delete: ["Del", "Ctrl+D"],
             QKeySequence.StandardKey.Copy: ["Ctrl+C", "Ctrl+Ins", "F16"],
             QKeySequence.StandardKey.Cut: ["Ctrl+X", "Shift+Del", "F20"],
             QKeySequence.StandardKey.Undo: ["Ctrl+Z", "F14"]}
    monkeypatch.setattr(main_window, "standard_keys",
                        lambda key: [QKeySequence(k) for k in extra[key]] if key in extra else real(key))


def test_no_key_is_claimed_by_two_actions_on_linux(monkeypatch, make_window):
    """Two actions on one key make Qt do nothing ("Ambiguous shortcut overload"): on
    Linux, Ctrl+D duplicated nothing because Delete also claimed it."""
    _linux_scheme(monkeypatch)
    window = make_window()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} belongs to both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert QKeySequence("Ctrl+D") in window.duplicate_action.shortcuts()
    assert QKeySequence("Ctrl+D") not in window.delete_action.shortcuts()


def test_ctrl_d_duplicates_the_selected_step_on_linux(monkeypatch, make_window, sample_copy, qtbot):
    _linux_scheme(monkeypatch)
    window = make_window()
    assert window.open_path(str(sample_copy()))
    before = len(window.document.map.steps)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.canvas.setFocus()
    window.canvas.select(["host"])
    QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.map.steps) == before + 1
    assert window.document.map.step("host") is not None   # duplicated, not deleted


def test_shortcuts_list_names_undo_and_leaves_out_sun_keys(monkeypatch, make_window):
    _linux_scheme(monkeypatch)
    window = make_window()
    window.document.apply(SetMapFields({"title": "X"}))
    assert window.undo_action.text() != "&Undo"   # the menu names what it undoes ...
    rows = {what: keys for _, section in window.shortcut_sections() for what, keys in section}
    assert "Undo" in rows and "Redo" in rows       # ... the shortcuts list names the action
    assert not any(what.startswith(("Undo ", "Redo ")) for what in rows)
    for what, keys in rows.items():
        for key in keys.split(", "):
            name = key.split("+")[-1]
            assert not (name.startswith("F") and name[1:].isdigit() and int(name[1:]) > 12), (what, keys)
    assert rows["Copy"].startswith("Ctrl+C")


def test_picking_a_page_does_not_repeat_the_command_line_hint(window, answers, tmp_path):
    """Importing a two-page draw.io file: the owner picks page 2 in the app; the note
    'took page 2 ... use --page N' is for the command line and is not shown."""
    from mapper.formats.drawio import export_drawio
    from mapper.model import load_map
    first = export_drawio(load_map(SAMPLES / "life-of-a-lead.json"))
    second = export_drawio(load_map(SAMPLES / "six-c-pipeline.json"))
    page_two = second[second.index("<diagram"): second.index("</diagram>") + len("</diagram>")]
    page_two = page_two.replace('id="', 'id="second-', 1)
    end = first.index("</diagram>") + len("</diagram>")
    path = tmp_path / "two-pages.drawio"
    path.write_text(first[:end] + page_two + first[end:], encoding="utf-8")
    answers.script("page", 1)
    answers.script("warnings", None)   # allowed, but must not carry the page note
    assert window.import_diagram(str(path), ask=False)
    assert window.document.map.title == "Six-C pipeline: consulting"
    shown = [a[1] for a in answers.asked if a[0] == "warnings"]
    assert not any("--page" in w or w.startswith("took page") for ws in shown for w in ws)
    assert answers.count("page") == 1


def test_an_unsaved_map_goes_by_its_title(window, answers):
    """A template or an imported diagram is not 'Untitled': the title bar and the
    unsaved-changes question use the map's title until it is saved as a file."""
    from mapper.model import load_map
    window.show_map(load_map(SAMPLES / "six-c-pipeline.json"), None, dirty=True)
    assert window.windowTitle().startswith("Six-C pipeline: consulting")
    window.document.apply(SetMapFields({"title": "Our consulting pipeline"}))
    assert window.windowTitle().startswith("Our consulting pipeline")
    window.document.undo_stack.undo()
    assert window.windowTitle().startswith("Six-C pipeline: consulting")
    answers.script("save_changes", "cancel")
    assert not window.close()
    assert answers.asked[-1] == ("save_changes", "Six-C pipeline: consulting")


def test_open_shows_maps_and_diagrams_together(window, monkeypatch):
    from mapper.ui import messages
    seen = {}
    monkeypatch.setattr(messages, "ask_open_path",
                        lambda parent, title, folder, filters: seen.setdefault("filters", filters) and "")
    window.open_map(ask=False)
    first = seen["filters"].split(";;")[0]
    for pattern in ("*.json", "*.drawio", "*.mmd", "*.bpmn"):
        assert pattern in first


def test_importing_a_diagram_with_no_steps_keeps_the_current_map(window, answers, sample_copy, tmp_path):
    from mapper.model import dumps_map
    assert window.open_path(str(sample_copy()))
    before = dumps_map(window.document.map)
    src = tmp_path / "broken.mmd"
    src.write_text("flowchart TD\n A[x] --> B{y\n", encoding="utf-8")
    answers.script("error", None)
    assert not window.import_diagram(str(src), ask=False)
    (error,) = [a for a in answers.asked if a[0] == "error"]
    assert "No steps" in error[1] and "broken.mmd" in error[1] and "unchanged" in error[1]
    assert dumps_map(window.document.map) == before
    assert window.document.path is not None


def test_the_legend_stays_in_the_canvas_corner_when_the_window_shrinks(window, sample_copy, qtbot):
    assert window.open_path(str(sample_copy()))
    window.resize(1400, 900)
    qtbot.wait(50)
    window.resize(1100, 620)
    qtbot.wait(50)
    legend, viewport = window.legend, window.canvas.viewport().geometry()
    assert legend.isVisible()
    assert legend.geometry().bottom() <= viewport.bottom()
    assert viewport.bottom() - legend.geometry().bottom() <= 20      # still in the corner
    assert legend.geometry().left() - viewport.left() <= 20
