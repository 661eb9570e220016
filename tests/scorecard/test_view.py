"""The Weekly review driven as an owner would: typing into the real grid, pasting a column, undoing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapper.model import dumps_map, loads_map
from mapper.ui.document import Document
from mapper.ui.scorecard_view import FIRST_WEEK, ScorecardView

from .maps import webinar_half_quarter

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot):
    doc = Document(webinar_half_quarter(until="2026-W49"))
    v = ScorecardView(doc)
    v.set_week("2026-W49")
    v.resize(1200, 420)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.grid.setFocus()
    yield v
    doc.undo_stack.clear()


def logged(view, week, key):
    entry = view.document.map.log_entry(week)
    return None if entry is None else entry.values.get(key)


def type_in(view, text):
    """Keys as a person types them: each goes where the focus is (the cell's editor once it opened)."""
    for ch in text:
        QTest.keyClicks(view.grid.focusWidget() or view.grid, ch)


def go(view, key, week):
    m = view.model
    view.grid.setCurrentIndex(m.index(m.row_of(key), FIRST_WEEK + list(m.card.weeks).index(week)))


def test_rows_follow_the_flow_and_off_track_rows_are_listed_to_discuss(view):
    steps = [g.step for g in view.model.rows]
    assert steps == ["signup", "nurture", "booked", "consult", "client"]
    assert view.model.card.weeks[-1] == "2026-W49" and len(view.model.card.weeks) == 13
    off = [r.name for r in view.model.card.to_discuss()]
    assert off and all(f"✗ {name}" in view.discuss.text() for name in off)
    # Every cell reads without colour: a symbol besides the tint.
    for g in view.model.rows:
        for c, s in enumerate(g.status):
            text = view.model.index(view.model.row_of(g.key), FIRST_WEEK + c).data()
            assert text.startswith({"on": "✓", "off": "✗", None: ""}[s]) or (s is None)


def test_typing_tab_and_enter_move_like_a_spreadsheet_and_each_edit_is_one_undo(view, qtbot):
    before = dumps_map(view.document.map)
    go(view, "signup", "2026-W40")
    type_in(view, "55")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Return)
    assert logged(view, "2026-W40", "signup") == 55
    # Enter went down a row: the next number lands under it.
    type_in(view, "4")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Tab)
    assert logged(view, "2026-W40", "nurture") == 4
    # Tab went right, to the next week.
    type_in(view, "6")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Return)
    assert logged(view, "2026-W41", "nurture") == 6
    row = view.model.rows[view.model.row_of("nurture")]
    assert row.row.values[4] == 6 and row.row.status[4] == "off"   # lower is better, goal 5
    assert view.model.index(view.model.row_of("nurture"), FIRST_WEEK + 4).data() == "✗ 6"
    # Typing over a number replaces it, as in a spreadsheet.
    assert logged(view, "2026-W49", "signup") == 60
    go(view, "signup", "2026-W49")
    type_in(view, "72")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Return)
    assert logged(view, "2026-W49", "signup") == 72
    assert view.document.undo_stack.count() == 4
    for _ in range(4):
        view.document.undo_stack.undo()
    assert dumps_map(view.document.map) == before


def test_a_word_is_refused_and_changes_nothing(view):
    before = dumps_map(view.document.map)
    messages = []
    view.message.connect(messages.append)
    go(view, "signup", "2026-W40")
    type_in(view, "lots")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Return)
    assert dumps_map(view.document.map) == before and view.document.undo_stack.count() == 0
    assert messages and "not a number" in messages[-1]


def test_a_pasted_column_fills_down_as_one_undo_step(view):
    before = dumps_map(view.document.map)
    go(view, "signup", "2026-W38")
    QApplication.clipboard().setText("61\n3\n\n9\n2\n")
    QTest.keyClick(view.grid, Qt.Key.Key_V, CTRL)
    assert [logged(view, "2026-W38", k) for k in ("signup", "nurture", "booked", "consult", "client")] == \
        [61, 3, None, 9, 2]   # an empty line leaves that cell as it was
    assert view.document.undo_stack.count() == 1
    # Delete clears the selected cells, also one step.
    view.grid.selectRow(view.model.row_of("signup"))
    QTest.keyClick(view.grid, Qt.Key.Key_Delete)
    assert all(v is None for v in view.model.rows[0].values)
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert dumps_map(view.document.map) == before


def test_a_decision_opens_into_its_branches_keyed_by_arrow_id(view, qtbot):
    m = view.model
    booked = m.row_of("booked")
    assert m.rows[booked].expandable and "▸" in m.index(booked, 0).data()
    view.grid.setCurrentIndex(m.index(booked, 0))
    QTest.keyClick(view.grid, Qt.Key.Key_Plus)
    assert [g.key for g in m.rows[booked + 1:booked + 3]] == ["a6", "a7"]
    assert "Yes" in m.index(booked + 1, 0).data()
    tip = m.index(booked, m.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Yes 18 / No 47" in tip
    go(view, "a7", "2026-W40")
    type_in(view, "30")
    QTest.keyClick(view.grid.focusWidget(), Qt.Key.Key_Return)
    assert logged(view, "2026-W40", "a7") == 30


def test_clicking_a_row_asks_the_canvas_to_select_its_step(view):
    asked = []
    view.show_steps.connect(lambda steps, arrows: asked.append((steps, arrows)))
    rect = view.grid.visualRect(view.model.index(view.model.row_of("consult"), 1))
    QTest.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, NO, rect.center())
    assert asked[-1] == (["consult"], [])
    assert view.chart.shown_key == "consult"


def test_track_this_adds_the_suggested_metric_in_one_undoable_step(view):
    from mapper.analysis import analyse
    view.set_report(analyse(view.document.map))
    assert view.track.isVisible() and "Track this" in view.track.text()
    point = view.untracked[0]
    view.track_this(point.step)
    m = view.document.map
    assert m.step(point.step).metric.name == point.name
    assert point.step in [g.step for g in view.model.rows]
    view.document.undo_stack.undo()
    assert m.step(point.step).metric is None


def test_the_week_picker_moves_the_window(view):
    view.prev_button.click()
    assert view.model.card.weeks[-1] == "2026-W48"
    view.set_week("2027-W01")
    assert view.model.card.weeks[-3:] == ("2026-W52", "2026-W53", "2027-W01")
    box = view.week_box
    assert box.currentData() == "2027-W01" and box.currentText().startswith("2027-W01 · 4 Jan to 10 Jan")
    i = box.findData("2026-W53")   # ISO 2026 has a week 53
    assert i >= 0 and box.findData("2025-W53") == -1
    box.activated.emit(i)
    assert view.model.card.weeks[-1] == "2026-W53"


def test_undo_of_any_sequence_of_grid_edits_is_exact(qtbot):
    """Hypothesis drives cell edits and pastes through the grid's model; undoing them all gives the map back."""
    from hypothesis import given, settings, strategies as st

    doc = Document(webinar_half_quarter(until="2026-W49"))
    v = ScorecardView(doc)
    v.set_week("2026-W49")
    qtbot.addWidget(v)
    v.show()
    v.model.toggle("booked")   # branch rows too
    rows, cols = len(v.model.rows), v.model.columnCount()
    text = st.one_of(st.just(""), st.integers(-50, 500).map(str), st.floats(0, 99, allow_nan=False).map(repr))
    edit = st.dictionaries(st.tuples(st.integers(0, rows - 1), st.integers(FIRST_WEEK, cols - 1)), text,
                           min_size=1, max_size=6)

    @settings(max_examples=20, deadline=None)
    @given(st.lists(edit, min_size=1, max_size=8))
    def check(edits):
        start = dumps_map(doc.map)
        states = [start]
        for cells in edits:
            v.model.set_cells(cells)
            states.append(dumps_map(doc.map))
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        assert dumps_map(doc.map) == start
        while doc.undo_stack.canRedo():
            doc.undo_stack.redo()
        assert dumps_map(doc.map) == states[-1]
        doc.undo_stack.clear()
        doc.replace(loads_map(start, "again.json"))
        v.set_week("2026-W49")

    check()
    doc.undo_stack.clear()


def test_a_hidden_review_catches_up_when_shown_and_never_moves_the_canvas_selection(qtbot):
    doc = Document(webinar_half_quarter(until="2026-W49"))
    v = ScorecardView(doc)
    qtbot.addWidget(v)
    v.set_week("2026-W49")
    asked = []
    v.show_steps.connect(lambda *a: asked.append(a))
    from mapper.model import Metric, SetStepFields
    doc.apply(SetStepFields("host", {"metric": Metric(name="Attendees", target=40)}))
    assert "host" not in [g.step for g in v.model.rows]   # hidden: not recomputed yet
    v.show()
    qtbot.waitExposed(v)
    assert "host" in [g.step for g in v.model.rows] and asked == []
    doc.undo_stack.clear()


def test_numbers_go_out_and_come_back_in_as_csv_from_the_app(view, tmp_path, monkeypatch):
    out = tmp_path / "numbers.csv"
    monkeypatch.setattr(view, "_ask_path", lambda *a, **k: str(out))
    view._export_log_csv()
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "week,signup,nurture,booked,consult,client,a6,a7"
    # A spreadsheet adds a week; importing it is one undoable step.
    out.write_text(text + "2026-W50,70,,,,,,\n", encoding="utf-8")
    before = dumps_map(view.document.map)
    view._import_csv()
    assert logged(view, "2026-W50", "signup") == 70 and view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert dumps_map(view.document.map) == before
    # A bad file changes nothing and says where the problem is.
    shown = []
    monkeypatch.setattr("mapper.ui.messages.show_error", lambda parent, title, text, *a: shown.append(text))
    out.write_text("week,signup\n2026-W50,lots\n", encoding="utf-8")
    view._import_csv()
    assert dumps_map(view.document.map) == before and 'row 2, column "signup"' in shown[-1]
    # The scorecard itself, by extension.
    for ext in ("pdf", "png", "html", "md", "csv"):
        target = tmp_path / f"card.{ext}"
        monkeypatch.setattr(view, "_ask_path", lambda *a, t=target, **k: str(t))
        view._export_scorecard(ext)
        assert target.stat().st_size > 100
