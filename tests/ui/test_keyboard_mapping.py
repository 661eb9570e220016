"""Mapping a whole system without the mouse: the plumbing job from "Customer calls"
to "Happy customer", with an emergency branch that merges into "Do the job" and a
payment reminder loop, drawn by keys alone in the real window and saved."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.analysis import analyse
from mapper.model import load_map
from tests.ui.test_window_fixtures import answers, data_dir, make_window, window  # noqa: F401

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _settle():
    QApplication.processEvents()


def _type(canvas, text, then=Qt.Key.Key_Return):
    QTest.keyClicks(canvas, text)
    QTest.keyClick(canvas, then)
    _settle()


def _selected_text(window):
    (sid,) = window.canvas.selected_step_ids()
    return window.document.map.step(sid).text


def _connect_to(window, qtbot, search):
    QTest.keyClick(window.canvas, Qt.Key.Key_L, CTRL)
    dialog = window.canvas.connect_dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.search, search)
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    _settle()
    assert window.canvas.connect_dialog is None   # closed


def test_the_plumbing_job_is_drawn_by_keys_alone(make_window, qtbot, tmp_path):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    canvas = window.canvas
    canvas.setFocus()
    key = lambda k, mods=Qt.KeyboardModifier.NoModifier: (QTest.keyClick(canvas, k, mods), _settle())  # noqa: E731

    # The main path: T makes a start; Tab goes on to the next step while typing;
    # a text ending in "?" makes a decision, whose first branch is "Yes".
    key(Qt.Key.Key_T)
    _type(canvas, "Customer calls", Qt.Key.Key_Tab)
    _type(canvas, "Book a visit", Qt.Key.Key_Tab)
    _type(canvas, "Emergency?", Qt.Key.Key_Tab)
    _type(canvas, "Dispatch on-call plumber", Qt.Key.Key_Tab)
    _type(canvas, "Do the job", Qt.Key.Key_Tab)
    _type(canvas, "Send the invoice", Qt.Key.Key_Tab)
    _type(canvas, "Paid?", Qt.Key.Key_Tab)
    _type(canvas, "Happy customer")
    key(Qt.Key.Key_1, CTRL)                    # make it an end point
    # The reminder loop: back to "Paid?", its "No" branch below, then connect back.
    key(Qt.Key.Key_Left, ALT)
    assert _selected_text(window) == "Paid?"
    key(Qt.Key.Key_Down, CTRL)
    _type(canvas, "Send a reminder")
    _connect_to(window, qtbot, "paid")
    # Back along the arrows to the emergency question: the loop is not the way back.
    for expected in ("Paid?", "Send the invoice", "Do the job", "Dispatch on-call plumber", "Emergency?"):
        key(Qt.Key.Key_Left, ALT)
        assert _selected_text(window) == expected
    # Alt+Right follows the branch lying to the right: "Yes", the emergency.
    key(Qt.Key.Key_Right, ALT)
    assert _selected_text(window) == "Dispatch on-call plumber"
    key(Qt.Key.Key_Left, ALT)
    # The usual job: the "No" branch below, the estimate, the quote question.
    key(Qt.Key.Key_Down, CTRL)
    _type(canvas, "Give the estimate", Qt.Key.Key_Tab)
    _type(canvas, "Accepts the quote?")
    # Merge: "Yes" joins the emergency path at "Do the job"; "No" ends the job.
    _connect_to(window, qtbot, "do the")
    assert _selected_text(window) == "Accepts the quote?"
    key(Qt.Key.Key_Down, CTRL)
    _type(canvas, "No job")
    key(Qt.Key.Key_1, CTRL)

    path = tmp_path / "plumbing.json"
    window.document.save(str(path))
    saved = load_map(path)
    by_text = {s.text: s for s in saved.steps}
    arrows = {(by_text_of(saved, a.source), by_text_of(saved, a.target)): a.label for a in saved.arrows}
    assert arrows == {
        ("Customer calls", "Book a visit"): "",
        ("Book a visit", "Emergency?"): "",
        ("Emergency?", "Dispatch on-call plumber"): "Yes",
        ("Dispatch on-call plumber", "Do the job"): "",
        ("Do the job", "Send the invoice"): "",
        ("Send the invoice", "Paid?"): "",
        ("Paid?", "Happy customer"): "Yes",
        ("Paid?", "Send a reminder"): "No",
        ("Send a reminder", "Paid?"): "",                 # the loop
        ("Emergency?", "Give the estimate"): "No",
        ("Give the estimate", "Accepts the quote?"): "",
        ("Accepts the quote?", "Do the job"): "Yes",      # the merge
        ("Accepts the quote?", "No job"): "No",
    }
    kinds = {text: s.kind for text, s in by_text.items()}
    assert [t for t, k in kinds.items() if k == "decision"] == ["Emergency?", "Paid?", "Accepts the quote?"]
    assert {t for t, k in kinds.items() if k == "terminator"} == {"Customer calls", "Happy customer", "No job"}
    report = analyse(saved)
    assert [f.rule for f in report.findings if f.severity == "error"] == []
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "mapper/system-map"


def by_text_of(m, sid):
    return m.step(sid).text
