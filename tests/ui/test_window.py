"""The main window around the canvas: files, unsaved-changes questions, the
title, open recent, live findings, tidy up and the shortcuts list. Each test
drives the real MainWindow (offscreen) the way a user would."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapper.model import SetStepFields, dumps_map, load_map
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def edit_something(window) -> None:
    m = window.document.map
    window.document.apply(SetStepFields(m.steps[0].id, {"text": m.steps[0].text + " (edited)"}))


def write_map(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


BROKEN_FLOW = {
    "format": "mapper/system-map", "schema_version": 1, "title": "Broken",
    "steps": [
        {"id": "start", "kind": "terminator", "text": "Enquiry", "x": 0, "y": 0},
        {"id": "quote", "kind": "activity", "text": "Send a quote", "x": 220, "y": 0},
        {"id": "yes", "kind": "decision", "text": "Accepted?", "x": 440, "y": 0},
        {"id": "job", "kind": "activity", "text": "Do the job", "x": 660, "y": 0},
        {"id": "end", "kind": "terminator", "text": "Paid", "x": 880, "y": 0, "goal": True},
    ],
    "arrows": [
        {"id": "a1", "source": "start", "target": "quote"},
        {"id": "a2", "source": "quote", "target": "yes"},
        {"id": "a3", "source": "yes", "target": "job", "label": "Yes"},
    ],
}


# -- title ---------------------------------------------------------------------

def test_title_shows_file_name_and_unsaved_mark(window, sample_copy):
    path = sample_copy()
    assert window.open_path(str(path))
    assert window.windowTitle().startswith(path.name)
    assert "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    edit_something(window)
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_new_window_is_untitled(window):
    assert window.windowTitle().startswith("Untitled")


# -- unsaved changes -----------------------------------------------------------

def test_closing_a_clean_map_asks_nothing(window, answers, sample_copy):
    window.open_path(str(sample_copy()))
    assert window.close()
    assert answers.count("save_changes") == 0


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, answers, sample_copy):
    window.open_path(str(sample_copy()))
    edit_something(window)
    answers.script("save_changes", "cancel")
    assert not window.close()
    assert window.isVisible()
    assert answers.count("save_changes") == 1
    assert window.document.is_dirty


def test_closing_and_choosing_save_saves_the_file(window, answers, sample_copy):
    path = sample_copy()
    window.open_path(str(path))
    edit_something(window)
    expected = dumps_map(window.document.map)
    answers.script("save_changes", "save")
    assert window.close()
    assert path.read_text(encoding="utf-8") == expected


def test_closing_and_discarding_leaves_the_file_alone(window, answers, sample_copy):
    path = sample_copy()
    before = path.read_bytes()
    window.open_path(str(path))
    edit_something(window)
    answers.script("save_changes", "discard")
    assert window.close()
    assert path.read_bytes() == before


def test_opening_another_map_asks_first_and_cancel_keeps_the_current_one(window, answers, sample_copy):
    first, second = sample_copy("webinar-marketing"), sample_copy("client-onboarding")
    window.open_path(str(first))
    edit_something(window)
    edited = dumps_map(window.document.map)
    answers.script("save_changes", "cancel")
    assert not window.open_path(str(second))
    assert dumps_map(window.document.map) == edited
    assert window.document.path == str(first.resolve())
    answers.script("save_changes", "discard")
    assert window.open_path(str(second))
    assert window.document.path == str(second.resolve())
    assert answers.count("save_changes") == 2


def test_open_of_a_clean_map_asks_nothing(window, answers, sample_copy):
    window.open_path(str(sample_copy("webinar-marketing")))
    assert window.open_path(str(sample_copy("client-onboarding")))
    assert answers.count("save_changes") == 0


def test_new_asks_about_unsaved_changes(window, answers, sample_copy, monkeypatch):
    window.open_path(str(sample_copy()))
    edit_something(window)
    shown = []
    monkeypatch.setattr(window, "show_start", lambda already_asked=False: shown.append(already_asked))
    answers.script("save_changes", "cancel")
    window.new_action.trigger()
    assert shown == []                       # cancelled: no start dialog, map kept
    answers.script("save_changes", "discard")
    window.new_action.trigger()
    assert shown == [True]
    assert answers.count("save_changes") == 2


# -- save / open ---------------------------------------------------------------

def test_ctrl_s_saves_and_reopening_gives_the_same_bytes(window, answers, sample_copy, make_window):
    path = sample_copy()
    window.open_path(str(path))
    edit_something(window)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.is_dirty
    saved = path.read_bytes()
    assert saved == dumps_map(window.document.map).encode("utf-8")
    assert path.with_name(path.name + ".bak").exists()
    other = make_window()
    assert other.open_path(str(path))
    assert dumps_map(other.document.map).encode("utf-8") == saved


def test_save_as_an_untitled_map_asks_for_a_name_and_adds_json(window, answers, tmp_path):
    window.document.apply(_add_step_op(window))
    answers.script("save_path", str(tmp_path / "my system"))
    assert window.save()
    target = tmp_path / "my system.json"
    assert target.exists()
    assert window.document.path == str(target)
    assert window.windowTitle().startswith("my system.json")
    assert load_map(target).steps[0].text == "Call the customer back"


def _add_step_op(window):
    from mapper.model import AddStep, Step
    return AddStep(Step(id="call", kind="activity", text="Call the customer back", x=0, y=0))


def test_a_save_that_fails_shows_the_file_and_the_problem_and_keeps_the_map_dirty(window, answers, tmp_path):
    window.document.apply(_add_step_op(window))
    answers.script("save_path", str(tmp_path / "no such folder" / "map.json"))
    answers.script("error", None)
    assert not window.save()
    (_, text, detail), = [a for a in answers.asked if a[0] == "error"]
    assert "map.json" in text and "map.json" in detail and "does not exist" in detail
    assert window.document.is_dirty
    assert window.document.map.step("call") is not None


def test_a_broken_file_shows_the_error_and_leaves_the_open_map_untouched(window, answers, sample_copy, tmp_path):
    window.open_path(str(sample_copy()))
    edit_something(window)
    before = dumps_map(window.document.map)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "mapper/system-map", "schema_version": 1, "steps": [{"id": "a", "kind": "activity",'
                      ' "text": 5}]}', encoding="utf-8")
    answers.script("save_changes", "discard")
    answers.script("error", None)
    assert not window.open_path(str(broken))
    (_, text, detail), = [a for a in answers.asked if a[0] == "error"]
    assert "broken.json" in detail and "text" in detail     # the file and the place
    assert dumps_map(window.document.map) == before
    assert window.document.is_dirty


def test_bad_json_is_reported_with_its_place(window, answers, tmp_path):
    broken = tmp_path / "half.json"
    broken.write_text('{"format": "mapper/system-map", "schema_version": 1, "steps": [', encoding="utf-8")
    answers.script("error", None)
    assert not window.open_path(str(broken))
    (_, _, detail), = [a for a in answers.asked if a[0] == "error"]
    assert detail.startswith(str(broken)) and "line" in detail


def test_open_recent_lists_the_maps_opened_and_saved(window, sample_copy):
    a, b = sample_copy("webinar-marketing"), sample_copy("client-onboarding")
    window.open_path(str(a))
    window.open_path(str(b))
    window._fill_recent_menu()
    entries = [act.data() for act in window.recent_menu.actions() if act.data()]
    assert entries == [str(b.resolve()), str(a.resolve())]
    # and the recent action opens the map
    window.recent_menu.actions()[1].trigger()
    assert window.document.path == str(a.resolve())


def test_a_map_without_positions_is_laid_out_on_open(window, tmp_path):
    path = write_map(tmp_path / "unplaced.json", {
        "format": "mapper/system-map", "schema_version": 1,
        "steps": [{"id": "s", "kind": "terminator", "text": "Start"},
                  {"id": "t", "kind": "activity", "text": "Work"},
                  {"id": "e", "kind": "terminator", "text": "End"}],
        "arrows": [{"id": "a1", "source": "s", "target": "t"}, {"id": "a2", "source": "t", "target": "e"}]})
    assert window.open_path(str(path))
    steps = window.document.map.steps
    assert all(s.placed for s in steps)
    assert len({(s.x, s.y) for s in steps}) == 3


def test_importing_mermaid_shows_the_map_as_unsaved_and_laid_out(window, answers, tmp_path):
    src = tmp_path / "flow.mmd"
    src.write_text("flowchart LR\n  A([Enquiry]) --> B[Send quote]\n  B --> C{Accepted?}\n"
                   "  C -->|Yes| D([Job booked])\n  C -->|No| E([Lost])\n", encoding="utf-8")
    answers.script("warnings", None)   # only used when the importer has notes
    assert window.import_diagram(str(src))
    m = window.document.map
    assert {s.kind for s in m.steps} == {"terminator", "activity", "decision"}
    assert all(s.placed for s in m.steps)
    assert window.document.path is None and window.document.is_dirty


# -- live analysis and findings ------------------------------------------------

def test_findings_for_a_known_map_and_the_status_bar_counts(window, tmp_path, qtbot):
    window.open_path(str(write_map(tmp_path / "broken-flow.json", BROKEN_FLOW)))
    with qtbot.waitSignal(window.runner.report_ready, timeout=3000):
        pass
    rules = {f.rule: f for f in window.report.findings}
    assert "dead-end" in rules and rules["dead-end"].steps == ("job",)
    assert "decision-branches" in rules and "yes" in rules["decision-branches"].steps
    counts = window.report.counts()
    label = window.counts_label.text()
    assert f"{counts['error']} error" in label
    tree = window.findings.problems
    errors = tree.topLevelItem(0)
    assert errors.text(0) == f"Errors ({counts['error']})"
    messages_shown = [errors.child(i).text(0) for i in range(errors.childCount())]
    assert rules["dead-end"].message in messages_shown


def test_analysis_follows_edits_after_they_settle(window, tmp_path, qtbot):
    from mapper.model import AddArrow, Arrow
    window.open_path(str(write_map(tmp_path / "broken-flow.json", BROKEN_FLOW)))
    qtbot.waitUntil(lambda: window.report is not None, timeout=3000)
    window.document.apply(AddArrow(Arrow(id="fix", source="job", target="end")))
    with qtbot.waitSignal(window.runner.report_ready, timeout=3000):
        pass
    assert "dead-end" not in {f.rule for f in window.report.findings}


def test_clicking_a_finding_selects_and_centres_its_steps(window, tmp_path, qtbot, monkeypatch):
    window.open_path(str(write_map(tmp_path / "broken-flow.json", BROKEN_FLOW)))
    window.runner.run_now()
    centred = []
    real_center_on = window.canvas.center_on
    monkeypatch.setattr(window.canvas, "center_on", lambda ids: (centred.append(list(ids)), real_center_on(ids)))
    tree = window.findings.problems
    window.findings.tabs.setCurrentIndex(0)
    errors = tree.topLevelItem(0)
    row = next(errors.child(i) for i in range(errors.childCount())
               if "job" in errors.child(i).data(0, Qt.ItemDataRole.UserRole))
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.canvas.selected_step_ids() == ["job"]
    assert centred == [["job"]]
    # and the properties panel follows the canvas selection
    assert window.properties.step_id == "job"


# -- arrange, view, help --------------------------------------------------------

def test_tidy_up_is_one_undo_step(window, sample_copy):
    window.open_path(str(sample_copy()))
    before = dumps_map(window.document.map)
    window.document.apply(_move_everything_op(window))
    window.tidy_action.trigger()
    assert window.document.undo_stack.undoText() == "Tidy Up"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert dumps_map(window.document.map) == before


def _move_everything_op(window):
    from mapper.model import MoveSteps
    return MoveSteps({s.id: (i * 7.0, i * 3.0) for i, s in enumerate(window.document.map.steps)})


def test_badge_toggles_reach_the_canvas_from_the_legend_and_the_view_menu(window, monkeypatch):
    calls = []
    real = window.canvas.set_marker_visible
    monkeypatch.setattr(window.canvas, "set_marker_visible", lambda k, on: (calls.append((k, on)), real(k, on)))
    window.legend.boxes["critical"].click()
    assert calls[-1] == ("critical", False)
    assert not window.marker_actions["critical"].isChecked()
    window.marker_actions["critical"].trigger()
    assert calls[-1] == ("critical", True)
    assert window.legend.boxes["critical"].isChecked()


def test_keyboard_shortcuts_window_lists_every_shortcut(window):
    from mapper.ui.canvas import canvas_key_help
    from mapper.ui.shortcuts_dialog import ShortcutsDialog
    dialog = ShortcutsDialog(window.shortcut_sections(), window)
    rows = dialog.rows()
    texts = {what for what, _ in rows}
    for action in (window.save_action, window.undo_action, window.redo_action, window.fit_action,
                   window.zoom_in_action, window.duplicate_action, window.tidy_action):
        assert action.text().replace("&", "") in texts
    keys = {what: k for what, k in rows}
    assert "Ctrl+Y" in keys["Redo"] and "Ctrl+Shift+Z" in keys["Redo"]
    assert "Ctrl+D" in keys["Duplicate"]
    assert len(rows) >= len([a for m in window.menus for a in m.actions() if not a.shortcut().isEmpty()]) \
        + len(canvas_key_help())


def test_standard_shortcuts_are_wired(window):
    from PySide6.QtGui import QKeySequence
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(window.redo_action.shortcuts())
    assert QKeySequence("Ctrl+S") in window.save_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+S") in window.save_as_action.shortcuts()
    assert {QKeySequence("Ctrl+="), QKeySequence("Ctrl++")} <= set(window.zoom_in_action.shortcuts())
    assert QKeySequence("Ctrl+0") in window.zoom_reset_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+F") in window.fit_action.shortcuts()


def test_undo_shortcut_undoes_a_document_edit(window, sample_copy):
    window.open_path(str(sample_copy()))
    before = dumps_map(window.document.map)
    edit_something(window)
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps_map(window.document.map) == before
    QTest.keyClick(window.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dumps_map(window.document.map) != before


def test_edit_keys_act_on_the_canvas_but_not_while_typing_in_a_panel(window, sample_copy):
    window.open_path(str(sample_copy()))
    m = window.document.map
    window.canvas.select(["host"])
    field = window.properties.step_page.text
    field.setFocus()
    field.setCursorPosition(0)
    QTest.keyClick(field, Qt.Key.Key_Delete)          # deletes a character, not the step
    assert m.step("host") is not None
    window.canvas.setFocus()
    window.canvas.select(["host"])
    count = len(m.steps)
    QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(m.steps) == count + 1                   # Ctrl+D duplicated it
    window.canvas.select(["host"])
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert m.step("host") is None


def test_tidy_up_with_two_or_more_selected_moves_only_those(window, sample_copy):
    window.open_path(str(sample_copy()))
    m = window.document.map
    chosen = ["host", "nurture"]
    window.document.apply(_move_everything_op(window))
    others = {s.id: (s.x, s.y) for s in m.steps if s.id not in chosen}
    window.canvas.select(chosen)
    window.tidy_action.trigger()
    assert {s.id: (s.x, s.y) for s in m.steps if s.id not in chosen} == others
    assert window.document.undo_stack.undoText() == "Tidy Up"


def test_an_empty_map_shows_how_to_start_until_the_first_step(window):
    from mapper.model import AddStep, Step
    window.runner.run_now()
    assert window.empty_hint.isVisible()
    assert window.counts_label.text() == "Empty map"
    window.document.apply(AddStep(Step(id="s", kind="terminator", text="Enquiry", x=0, y=0)))
    assert not window.empty_hint.isVisible()


def test_clicking_the_counts_in_the_status_bar_shows_the_problems(window):
    window.findings_dock.hide()
    window.findings.tabs.setCurrentIndex(1)
    QTest.mouseClick(window.counts_label, Qt.MouseButton.LeftButton)
    assert window.findings_dock.isVisible()
    assert window.findings.tabs.currentIndex() == 0


def test_file_menu_outputs_reach_the_export_and_print_code(window, sample_copy, monkeypatch):
    from mapper.ui import export_dialog, printing
    window.open_path(str(sample_copy()))
    window.runner.run_now()
    window.canvas.select(["host"])
    calls = []
    monkeypatch.setattr(export_dialog, "export_map_dialog", lambda *a: calls.append(("export", a[1:])))
    for name in ("print_map", "preview_map", "print_checklist", "preview_checklist", "export_checklist_dialog"):
        monkeypatch.setattr(printing, name, lambda *a, n=name: calls.append((n, a[1:])))
    for action in (window.export_image_action, window.print_action, window.preview_action,
                   window.export_checklist_action, window.print_checklist_action, window.preview_checklist_action):
        action.trigger()
    doc, report = window.document, window.report
    kinds = window.canvas.visible_marker_kinds()   # the canvas's badge switches go along
    assert calls == [("export", (doc, report, ["host"], kinds)), ("print_map", (doc, report, ["host"], kinds)),
                     ("preview_map", (doc, report, ["host"], kinds)), ("export_checklist_dialog", (doc, report)),
                     ("print_checklist", (doc, report)), ("preview_checklist", (doc, report))]


def test_outputs_take_the_report_of_the_map_as_it_is_now(window, sample_copy, monkeypatch):
    """Printing or exporting right after an edit does not wait for, nor miss, the
    analysis the edit started: the window analyses the current map at once."""
    from mapper.analysis import analyse
    from mapper.ui import printing
    window.open_path(str(sample_copy()))
    window.runner.run_now()
    before = window.report
    step = next(s for s in window.document.map.steps if s.kind == "activity")
    window.document.apply(SetStepFields(step.id, {"text": ""}))    # an empty label is a finding
    assert window.runner.pending
    seen = []
    monkeypatch.setattr(printing, "print_checklist", lambda parent, doc, report: seen.append(report))
    window.print_checklist_action.trigger()
    assert not window.runner.pending and seen == [window.report] and window.report is not before
    assert seen[0].findings == analyse(window.document.map).findings


def test_tidy_up_top_to_bottom_is_remembered_with_the_map(window, sample_copy, tmp_path):
    window.open_path(str(sample_copy()))
    m = window.document.map
    assert m.direction == "LR"
    window.tidy_direction_actions["TB"].trigger()
    assert m.direction == "TB"
    starts = [s for s in m.steps if s.id == "webinar"]
    xs, ys = [s.x for s in m.steps if s.kind != "note"], [s.y for s in m.steps if s.kind != "note"]
    assert max(ys) - min(ys) > max(xs) - min(xs)          # it reads downwards now
    assert starts[0].y == min(ys)
    # The plain Tidy Up keeps the map's way; one undo gives back both the layout and the way.
    window.tidy_action.trigger()
    assert m.direction == "TB"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert m.direction == "LR"
    window.tidy_direction_actions["TB"].trigger()
    out = tmp_path / "tb.json"
    window.document.save(str(out))
    assert '"direction": "TB"' in out.read_text(encoding="utf-8")
