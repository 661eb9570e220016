"""The Properties panel: every field of the selected step, arrow, or the map.

Each change is ONE undoable operation (``SetStepFields``, ``SetArrowFields``,
``SetMapFields``) committed when a field is finished (Enter, focus leaving),
never per keystroke. The panel shows what the model says: after undo/redo it
reloads the object it shows.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QButtonGroup, QCheckBox, QCompleter,
                               QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QScrollArea, QSizePolicy, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from mapper.model import (STAGES, STEP_KINDS, Batch, EditError, Metric, SetArrowFields, SetMapFields,
                          SetStepFields)
from mapper.model.counting import counts_phrase

KIND_LABELS = {"terminator": "Start / end", "activity": "Activity", "decision": "Decision", "note": "Note"}
KIND_PLURALS = {"terminator": "Starts / ends", "activity": "Activities", "decision": "Decisions", "note": "Notes"}
STAGE_LABELS = {"know": "Know", "like": "Like", "trust": "Trust", "try": "Try", "buy": "Buy",
                "repeat": "Repeat", "refer": "Refer"}
SYSTEM_LABELS = {None: "Not set", "marketing": "Marketing (getting customers)",
                 "operating": "Operating (delivering the work)"}


# -- parsing what people type ---------------------------------------------------

def parse_number(text: str, what: str, minimum: float | None = None) -> float | None:
    """'' -> None; '1,250.50', '$ 40', '12,5' -> numbers. Raises ValueError with a readable message."""
    t = re.sub(r"[\s$€£¥]", "", text)
    if not t:
        return None
    if "," in t and "." not in t and t.count(",") == 1 and len(t.split(",")[1]) != 3:
        t = t.replace(",", ".")   # a decimal comma: 12,5
    else:
        t = t.replace(",", "")    # thousands separators: 1,250.50
    try:
        value = float(t)
    except ValueError:
        raise ValueError(f"{what}: type a number, like 25 or 12.50") from None
    if not math.isfinite(value):
        raise ValueError(f"{what}: type a number, like 25 or 12.50")
    if minimum is not None and value < minimum:
        raise ValueError(f"{what} cannot be less than {minimum:g}")
    return value


def parse_probability(text: str) -> float | None:
    """'' -> None; '0.2', '20%', '20' -> 0.2."""
    t = text.strip()
    if not t:
        return None
    percent = t.endswith("%")
    try:
        value = parse_number(t.rstrip("%"), "Probability")
    except ValueError:
        # "like 25 or 12.50" is an amount; a chance reads as a percentage.
        raise ValueError("Probability: type a chance, like 20% or 0.2") from None
    if value is None:
        return None
    if percent or value > 1:
        value /= 100.0
    if not 0.0 <= value <= 1.0:
        raise ValueError("Probability: type a chance between 0 and 1, or a percentage like 20%")
    return round(value, 6)


def show_number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def show_probability(value: float | None) -> str:
    return "" if value is None else f"{value * 100:g}%"


# -- small widgets ---------------------------------------------------------------

class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that commits when focus leaves it (Enter makes new lines)."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PanelCombo(QComboBox):
    """A combo box that leaves the mouse wheel to the panel until it is clicked.

    The panel scrolls with the wheel; a plain QComboBox under the pointer took the
    wheel instead and silently changed the step's stage or shape (an edit the owner
    never meant) while they were only scrolling down to the checklist.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
            return
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        # Hand the wheel to the panel's scroll bar ourselves: Qt passes an ignored wheel on
        # to the parents only for events straight from the device.
        QApplication.sendEvent(area.verticalScrollBar(), event)
        event.accept()


class TriState(QWidget):
    """Auto / Yes / No: the owner's decision wins over mapper's, or mapper decides."""

    changed = Signal(object)   # None, True or False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TriState")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.group = QButtonGroup(self)
        self.buttons: dict[Any, QToolButton] = {}
        for value, text, tip in ((None, "Auto", "Let mapper decide"), (True, "Yes", "Always"),
                                 (False, "No", "Never")):
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setObjectName({None: "segLeft", True: "segMid", False: "segRight"}[value])
            self.group.addButton(b)
            row.addWidget(b)
            self.buttons[value] = b
            b.clicked.connect(lambda _=False, v=value: self.changed.emit(v))

    def set_value(self, value: bool | None) -> None:
        self.buttons[value].setChecked(True)

    def value(self) -> bool | None:
        for v, b in self.buttons.items():
            if b.isChecked():
                return v
        return None


#: The checklist box grows with its items up to this many rows.
MAX_LIST_ROWS = 8


class ChecklistEditor(QWidget):
    """The checklist of a step: add, edit (double-click), remove and reorder items."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setObjectName("checklist")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        col.addWidget(self.list)
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText("Add an item and press Enter")
        col.addWidget(self.new_item)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.remove_button = self._button("Remove", "Remove the selected item", buttons)
        self.up_button = self._button("Up", "Move the selected item up", buttons)
        self.down_button = self._button("Down", "Move the selected item down", buttons)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self._loading = False
        self._fit_list()
        self.new_item.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(lambda *a: self._emit())

    def _button(self, text: str, tip: str, row: QHBoxLayout) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        row.addWidget(b)
        return b

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: list[str]) -> None:
        if items == self.items():
            return
        self._loading = True
        row = self.list.currentRow()
        self.list.clear()
        for text in items:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._loading = False
        self._fit_list()

    def _fit_list(self) -> None:
        """As tall as its items (up to MAX_LIST_ROWS, then it scrolls); with no items only
        the "Add an item" field shows, not an empty white box and three idle buttons."""
        count = self.list.count()
        self.list.setVisible(count > 0)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setVisible(count > 0)
        if count:
            row = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
            frame = 2 * self.list.frameWidth() + 12   # the style sheet's padding
            self.list.setFixedHeight(min(count, MAX_LIST_ROWS) * row + frame)

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.items())

    def _add(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self.new_item.clear()
        self.edited.emit(self.items() + [text])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        items = self.items()
        del items[row]
        self.edited.emit(items)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        dest = row + delta
        if row < 0 or not 0 <= dest < self.list.count():
            return
        items = self.items()
        items[row], items[dest] = items[dest], items[row]
        self.list.setCurrentRow(dest)
        self.edited.emit(items)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        items = [t for t in self.items()]
        if not item.text().strip():   # emptied: remove it
            items = [t for t in items if t.strip()]
        self.edited.emit(items)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    return label


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class _Page(QWidget):
    """A column of captioned fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 12, 14, 14)
        self.column.setSpacing(4)
        self.rows: dict[str, QWidget] = {}

    def header(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("panelHeader")
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def add(self, key: str, caption: str, widget: QWidget, hint: str = "") -> QWidget:
        row = QWidget(self)
        col = QVBoxLayout(row)
        col.setContentsMargins(0, 6, 0, 0)
        col.setSpacing(3)
        if caption:
            col.addWidget(_caption(caption))
        col.addWidget(widget)
        if hint:
            h = QLabel(hint)
            h.setObjectName("fieldHint")
            h.setWordWrap(True)
            col.addWidget(h)
            row.hint = h
        self.column.addWidget(row)
        self.rows[key] = row
        return row

    def section(self, text: str) -> None:
        line = QFrame(self)
        line.setObjectName("sectionRule")
        line.setFrameShape(QFrame.Shape.HLine)
        self.column.addSpacing(8)
        self.column.addWidget(line)
        self.column.addWidget(_section(text))


# -- the panel -------------------------------------------------------------------

class PropertiesPanel(QWidget):
    """Shows and edits the selection (or the map when nothing is selected)."""

    message = Signal(str)   # short feedback for the status bar

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PropertiesPanel")
        self.document = document
        self.report = None
        self.step_id: str | None = None
        self.arrow_id: str | None = None
        self.multi_ids: list[str] = []
        self._commits: dict[QWidget, Callable[[], None]] = {}
        self._loading = False

        self.stack = QStackedWidget(self)
        self.map_page = self._build_map_page()
        self.step_page = self._build_step_page()
        self.arrow_page = self._build_arrow_page()
        self.multi_page = self._build_multi_page()
        for page in (self.map_page, self.step_page, self.arrow_page, self.multi_page):
            page.column.addStretch(1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.error_label)
        outer.addWidget(self.stack)

        document.changed.connect(self._on_changed)
        # After a reset the old ids mean nothing: never commit a half-typed field into another map.
        document.reset.connect(lambda: self.show_selection([], [], flush=False))
        self.show_selection([], [], flush=False)

    # -- building ------------------------------------------------------------------
    def _line(self, commit: Callable[[], None], prompt: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setPlaceholderText(prompt)
        w.editingFinished.connect(commit)
        self._commits[w] = commit
        return w

    def _suggest_owners(self, line: QLineEdit) -> QCompleter:
        """Suggest the owners already in the map while typing (one model for every owner field):
        the same "Office" need not be typed three times, nor spelt three ways."""
        if not hasattr(self, "owner_names"):
            self.owner_names = QStringListModel(self)
        completer = QCompleter(self.owner_names, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setCompleter(completer)
        # Taking a suggestion (click or Enter in the list) commits it at once.
        completer.activated.connect(lambda _text, w=line: self._commits[w]())
        return completer

    def _load_owner_names(self) -> None:
        from mapper.analysis.accountability import owner_spellings
        names = sorted(owner_spellings(self.document.map).values(), key=str.casefold)
        if names != self.owner_names.stringList():
            self.owner_names.setStringList(names)

    def _text(self, commit: Callable[[], None], prompt: str = "", height: int = 90) -> CommitTextEdit:
        w = CommitTextEdit()
        w.setPlaceholderText(prompt)
        w.setTabChangesFocus(True)
        w.setFixedHeight(height)
        w.editingFinished.connect(commit)
        self._commits[w] = commit
        return w

    def _build_map_page(self) -> _Page:
        page = _Page()
        self.map_header = page.header("Map")
        self.map_stats = QLabel()
        self.map_stats.setObjectName("fieldHint")
        page.column.addWidget(self.map_stats)
        self.map_title = self._line(lambda: self._commit_map("title", self.map_title.text()),
                                    "What is this system called?")
        page.add("title", "Title", self.map_title)
        self.map_system = PanelCombo()
        for value, label in SYSTEM_LABELS.items():
            self.map_system.addItem(label, value)
        self.map_system.activated.connect(
            lambda i: self._commit_map("system", self.map_system.itemData(i)))
        page.add("system", "System", self.map_system)
        self.map_description = self._text(
            lambda: self._commit_map("description", self.map_description.toPlainText()),
            "Where does it start and stop? What does it deliver?", 120)
        page.add("description", "Description", self.map_description)
        tip = QLabel("Select a step or an arrow to edit it.")
        tip.setObjectName("fieldHint")
        tip.setWordWrap(True)
        page.column.addSpacing(10)
        page.column.addWidget(tip)
        return page

    def _build_step_page(self) -> _Page:
        page = _Page()
        self.step_header = page.header("Step")
        self.step_kind = PanelCombo()
        for kind in STEP_KINDS:
            self.step_kind.addItem(KIND_LABELS[kind], kind)
        self.step_kind.activated.connect(
            lambda i: self._commit_step("kind", self.step_kind.itemData(i)))
        page.add("kind", "Shape", self.step_kind)
        self.step_text = self._line(lambda: self._commit_step("text", self.step_text.text()),
                                    "What happens here?")
        page.add("text", "Text", self.step_text)
        self.step_stage = PanelCombo()
        self.step_stage.addItem("No stage", None)
        for stage in STAGES:
            self.step_stage.addItem(STAGE_LABELS[stage], stage)
        self.step_stage.activated.connect(
            lambda i: self._commit_step("stage", self.step_stage.itemData(i)))
        page.add("stage", "Hourglass stage", self.step_stage)
        self.step_owner = self._line(lambda: self._commit_step("owner", self.step_owner.text().strip()),
                                     "Who is accountable? (role or person)")
        self._suggest_owners(self.step_owner)
        page.add("owner", "Owner", self.step_owner)
        self.step_goal = QCheckBox("A successful outcome (a goal)")
        self.step_goal.clicked.connect(lambda on: self._commit_step("goal", bool(on)))
        page.add("goal", "Outcome", self.step_goal)
        self.step_value = self._line(lambda: self._commit_number("value", self.step_value, "Value"),
                                     "e.g. 1200")
        page.add("value", "Value of this outcome", self.step_value)

        page.section("Critical and automation")
        self.step_critical = TriState()
        self.step_critical.changed.connect(lambda v: self._commit_step("critical", v))
        page.add("critical", "Critical step", self.step_critical, " ")
        self.step_automate = TriState()
        self.step_automate.changed.connect(lambda v: self._commit_step("automate", v))
        page.add("automate", "Automate", self.step_automate, " ")

        page.section("Metric")
        self.metric_name = self._line(self._commit_metric, "e.g. Consultations booked")
        page.add("metric_name", "Name", self.metric_name, " ")
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.metric_unit = self._line(self._commit_metric, "per week")
        self.metric_target = self._line(self._commit_metric, "target")
        row.addWidget(self.metric_unit, 3)
        row.addWidget(self.metric_target, 2)
        page.add("metric_unit", "Unit and weekly target", pair)
        self.metric_owner = self._line(self._commit_metric, "the step's owner")
        self._suggest_owners(self.metric_owner)
        page.add("metric_owner", "Who answers for it", self.metric_owner)

        page.section("Checklist")
        self.step_checklist = ChecklistEditor()
        self.step_checklist.edited.connect(lambda items: self._commit_step("checklist", items))
        page.add("checklist", "", self.step_checklist)

        page.section("Details")
        self.step_notes = self._text(lambda: self._commit_step("notes", self.step_notes.toPlainText()),
                                     "How is it done? What to watch out for?")
        page.add("notes", "Notes", self.step_notes)
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.step_duration = self._line(
            lambda: self._commit_number("duration_min", self.step_duration, "Duration", 0), "minutes")
        self.step_cost = self._line(lambda: self._commit_number("cost", self.step_cost, "Cost"), "cost")
        row.addWidget(self.step_duration)
        row.addWidget(self.step_cost)
        page.add("duration", "Duration (min) and cost", pair)
        return page

    def _build_arrow_page(self) -> _Page:
        page = _Page()
        self.arrow_header = page.header("Arrow")
        self.arrow_ends = QLabel()
        self.arrow_ends.setObjectName("fieldHint")
        self.arrow_ends.setWordWrap(True)
        page.column.addWidget(self.arrow_ends)
        self.arrow_label = self._line(lambda: self._commit_arrow("label", self.arrow_label.text()),
                                      "e.g. Yes / No")
        page.add("label", "Label", self.arrow_label)
        self.arrow_probability = self._line(self._commit_probability, "e.g. 20% (empty: unknown)")
        page.add("probability", "Probability", self.arrow_probability,
                 "How often the flow takes this arrow. Give every branch of a decision one "
                 "to see the funnel.")
        return page

    def _build_multi_page(self) -> _Page:
        page = _Page()
        self.multi_header = page.header("Several steps")
        self.multi_summary = QLabel()
        self.multi_summary.setObjectName("fieldHint")
        self.multi_summary.setWordWrap(True)
        page.column.addWidget(self.multi_summary)
        self.multi_stage = PanelCombo()
        self.multi_stage.addItem("(mixed)", "mixed")
        self.multi_stage.addItem("No stage", None)
        for stage in STAGES:
            self.multi_stage.addItem(STAGE_LABELS[stage], stage)
        self.multi_stage.activated.connect(self._commit_multi_stage)
        page.add("stage", "Hourglass stage of all", self.multi_stage)
        self.multi_owner = self._line(self._commit_multi_owner, "(mixed)")
        self._suggest_owners(self.multi_owner)
        page.add("owner", "Owner of all", self.multi_owner)
        return page

    # -- showing -------------------------------------------------------------------
    def show_selection(self, step_ids: list[str], arrow_ids: list[str], flush: bool = True) -> None:
        """Show the selection: one step, one arrow, several steps, or the map. ``flush`` first
        commits the field being typed in to the object it belongs to."""
        if flush:
            self.flush()
        m = self.document.map
        step_ids = [s for s in step_ids if m.step(s) is not None]
        arrow_ids = [a for a in arrow_ids if m.arrow(a) is not None]
        before = (self.step_id, self.arrow_id, tuple(self.multi_ids))
        self.step_id = self.arrow_id = None
        self.multi_ids = []
        self._clear_error()
        # Steps matter more than arrows caught in the same rubber band.
        if len(step_ids) == 1:
            self.step_id = step_ids[0]
            self.stack.setCurrentIndex(1)
        elif len(step_ids) >= 2:
            self.multi_ids = step_ids
            self.stack.setCurrentIndex(3)
        elif len(arrow_ids) == 1:
            self.arrow_id = arrow_ids[0]
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(0)
        self.reload()
        if (self.step_id, self.arrow_id, tuple(self.multi_ids)) != before:
            self._scroll_to_top()

    def _scroll_to_top(self) -> None:
        """A new selection starts at the top: a click must not land in a field the
        previous step's scroll offset put under the pointer."""
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if isinstance(page, QScrollArea):
                page.verticalScrollBar().setValue(0)

    def set_report(self, report) -> None:
        self.report = report
        if self.step_id is not None:
            self._load_verdicts()

    def reload(self) -> None:
        """Put the model's values in the fields."""
        self._loading = True
        try:
            if self.step_id is not None:
                self._load_step()
            elif self.arrow_id is not None:
                self._load_arrow()
            elif self.multi_ids:
                self._load_multi()
            else:
                self._load_map()
        finally:
            self._loading = False

    def _on_changed(self, change) -> None:
        if self.step_id is not None and self.step_id in change.steps_removed:
            self.show_selection([], [], flush=False)
        elif self.arrow_id is not None and self.arrow_id in change.arrows_removed:
            self.show_selection([], [], flush=False)
        elif self.step_id is not None and self.step_id in change.steps_changed and not change.geometry_only:
            self.reload()
        elif self.arrow_id is not None and (self.arrow_id in change.arrows_changed
                                            or change.steps_changed) and not change.geometry_only:
            self.reload()
        elif self.multi_ids and (set(change.steps_changed) | set(change.steps_removed)) & set(self.multi_ids):
            self.show_selection(self.multi_ids, [], flush=False)
        elif self.step_id is None and self.arrow_id is None and not self.multi_ids and (
                change.map_changed or change.steps_added or change.steps_removed
                or change.arrows_added or change.arrows_removed):
            self.reload()

    @staticmethod
    def _set_line(w: QLineEdit, text: str) -> None:
        if w.text() != text:
            w.setText(text)
            w.setCursorPosition(0)

    @staticmethod
    def _set_text(w: QPlainTextEdit, text: str) -> None:
        if w.toPlainText() != text:
            w.setPlainText(text)

    @staticmethod
    def _set_combo(w: QComboBox, value) -> None:
        i = w.findData(value)
        w.setCurrentIndex(max(i, 0))

    def _load_map(self) -> None:
        m = self.document.map
        self.map_header.setText(m.title or "Untitled map")
        self.map_stats.setText(counts_phrase(m))
        self._set_line(self.map_title, m.title)
        self._set_combo(self.map_system, m.system)
        self._set_text(self.map_description, m.description)

    def _load_step(self) -> None:
        s = self.document.map.step(self.step_id)
        self.step_header.setText(f"{KIND_LABELS[s.kind]}")
        self._set_combo(self.step_kind, s.kind)
        self._set_line(self.step_text, s.text)
        self._set_combo(self.step_stage, s.stage)
        self._load_owner_names()
        self._set_line(self.step_owner, s.owner)
        self.step_goal.setChecked(s.goal)
        self._set_line(self.step_value, show_number(s.value))
        self.step_critical.set_value(s.critical)
        self.step_automate.set_value(s.automate)
        metric = s.metric or Metric()
        self._set_line(self.metric_name, metric.name)
        self._set_line(self.metric_unit, metric.unit)
        self._set_line(self.metric_target, show_number(metric.target))
        self._set_line(self.metric_owner, metric.owner)
        self.metric_owner.setPlaceholderText(f"{' '.join(s.owner.split())} (the step's owner)" if s.owner.strip()
                                             else "nobody yet")
        self.step_checklist.set_items(list(s.checklist))
        self._set_text(self.step_notes, s.notes)
        self._set_line(self.step_duration, show_number(s.duration_min))
        self._set_line(self.step_cost, show_number(s.cost))
        cur = self.document.map.currency  # money shows its currency (set in the Funnel panel)
        self.step_value.setPlaceholderText(self.tr("e.g. 1200 {0}").format(cur).rstrip())
        self.step_cost.setPlaceholderText(self.tr("cost in {0}").format(cur) if cur else self.tr("cost"))
        for w in (self.step_value, self.step_cost):
            w.setToolTip(self.tr("Money in {0}").format(cur) if cur else "")
        rows = self.step_page.rows
        is_note = s.kind == "note"
        for key in ("stage", "owner", "critical", "automate", "metric_name", "metric_unit", "metric_owner",
                    "checklist", "duration"):
            rows[key].setVisible(not is_note)
        for key in ("goal", "value"):
            rows[key].setVisible(s.kind == "terminator")
        self._load_verdicts()

    def _load_verdicts(self) -> None:
        """Under Auto, say what mapper decided (so the owner knows what Yes/No would change)."""
        s = self.document.map.step(self.step_id) if self.step_id else None
        if s is None:
            return
        rows = self.step_page.rows
        if self.report is None:
            crit = auto = "mapper will decide once it has checked the map."
        else:
            critical = {c.step: c for c in self.report.critical}
            automation = {a.step: a for a in self.report.automation}
            c = critical.get(s.id)
            crit = (f"mapper: critical — {c.reasons[0]}" if c and c.reasons else
                    "mapper: critical" if c else "mapper: not critical")
            a = automation.get(s.id)
            auto = (f"mapper: a candidate (score {a.score:.2f})" + (f" — {a.reasons[0]}" if a.reasons else "")
                    if a else "mapper: not a candidate")
        rows["critical"].hint.setText(crit if s.critical is None else "Your decision (mapper's is ignored).")
        rows["automate"].hint.setText(auto if s.automate is None else "Your decision (mapper's is ignored).")
        # The canvas shows a "Measure here" badge on steps mapper suggests; say what to count.
        point = None if self.report is None or s.metric is not None else next(
            (p for p in self.report.metric_points if p.step == s.id), None)
        hint = rows["metric_name"].hint
        hint.setText(f"mapper suggests counting “{point.name}” here — {point.reason}" if point else "")
        hint.setVisible(point is not None)
        self.metric_name.setPlaceholderText(point.name if point else "e.g. Consultations booked")

    def _load_arrow(self) -> None:
        m = self.document.map
        a = m.arrow(self.arrow_id)
        src, dst = m.step(a.source), m.step(a.target)
        self.arrow_ends.setText(f"From “{(src.text or src.id) if src else a.source}” "
                                f"to “{(dst.text or dst.id) if dst else a.target}”")
        self._set_line(self.arrow_label, a.label)
        self._set_line(self.arrow_probability, show_probability(a.probability))

    def _load_multi(self) -> None:
        m = self.document.map
        steps = [m.step(s) for s in self.multi_ids]
        kinds: dict[str, int] = {}
        for s in steps:
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
        self.multi_header.setText(f"{len(steps)} steps selected")
        self.multi_summary.setText(", ".join(f"{n} {(KIND_LABELS if n == 1 else KIND_PLURALS)[k].lower()}"
                                             for k, n in kinds.items())
                                   + ". Changes here apply to all of them.")
        stages = {s.stage for s in steps}
        self._set_combo(self.multi_stage, stages.pop() if len(stages) == 1 else "mixed")
        owners = {s.owner for s in steps}
        self._load_owner_names()
        self._set_line(self.multi_owner, owners.pop() if len(owners) == 1 else "")

    # -- committing ----------------------------------------------------------------
    def flush(self) -> None:
        """Commit the field being typed in (before the shown object changes)."""
        focus = QApplication.focusWidget()
        while focus is not None and focus not in self._commits:
            focus = focus.parentWidget() if focus is not self else None
        if focus is not None:
            self._commits[focus]()

    def _apply(self, op) -> bool:
        try:
            self.document.apply(op)
        except (EditError, ValueError) as e:
            self._show_error(str(e))
            self.reload()
            return False
        self._clear_error()
        return True

    def _show_error(self, text: str) -> None:
        text = text.splitlines()[0] if text else "That value cannot be used here."
        self.error_label.setText(text)
        self.error_label.show()
        self.message.emit(text)

    def _clear_error(self) -> None:
        self.error_label.hide()

    def _commit_step(self, field: str, value) -> None:
        if self._loading or self.step_id is None:
            return
        s = self.document.map.step(self.step_id)
        if s is None or getattr(s, field) == value:
            return
        self._apply(SetStepFields(self.step_id, {field: value}))

    def _commit_number(self, field: str, widget: QLineEdit, what: str, minimum: float | None = None) -> None:
        if self._loading or self.step_id is None:
            return
        try:
            value = parse_number(widget.text(), what, minimum)
        except ValueError as e:
            self._show_error(str(e))
            self.reload()
            return
        self._commit_step(field, value)

    def _commit_metric(self) -> None:
        if self._loading or self.step_id is None:
            return
        name, unit = self.metric_name.text().strip(), self.metric_unit.text().strip()
        try:
            target = parse_number(self.metric_target.text(), "Target")
        except ValueError as e:
            self._show_error(str(e))
            self.reload()
            return
        owner = self.metric_owner.text().strip()
        # The metric's other fields (which way is good...) stay as they are.
        old = self.document.map.step(self.step_id).metric or Metric()
        metric = (old.model_copy(update={"name": name, "unit": unit, "target": target, "owner": owner})
                  if (name or unit or target is not None or owner) else None)
        self._commit_step("metric", metric)

    def _commit_arrow(self, field: str, value) -> None:
        if self._loading or self.arrow_id is None:
            return
        a = self.document.map.arrow(self.arrow_id)
        if a is None or getattr(a, field) == value:
            return
        self._apply(SetArrowFields(self.arrow_id, {field: value}))

    def _commit_probability(self) -> None:
        if self._loading or self.arrow_id is None:
            return
        try:
            value = parse_probability(self.arrow_probability.text())
        except ValueError as e:
            self._show_error(str(e))
            self.reload()
            return
        # The other branches of the step share the rest, in one undo step: no "adds up to 110%".
        from mapper.analysis.measured import branch_edit
        a = self.document.map.arrow(self.arrow_id)
        if a is not None and a.probability != value:
            op = branch_edit(self.document.map, self.arrow_id, value)
            if op is not None:
                self._apply(op)

    def _commit_map(self, field: str, value) -> None:
        if self._loading or self.step_id is not None or self.arrow_id is not None or self.multi_ids:
            return
        if getattr(self.document.map, field) == value:
            return
        self._apply(SetMapFields({field: value}))

    def _commit_multi(self, field: str, value, text: str) -> None:
        m = self.document.map
        ops = [SetStepFields(s, {field: value}) for s in self.multi_ids
               if m.step(s) is not None and getattr(m.step(s), field) != value]
        if ops:
            self._apply(Batch(ops, text))

    def _commit_multi_stage(self, index: int) -> None:
        value = self.multi_stage.itemData(index)
        if self._loading or not self.multi_ids or value == "mixed":
            return
        self._commit_multi("stage", value, "Change Stage")

    def _commit_multi_owner(self) -> None:
        if self._loading or not self.multi_ids:
            return
        owner = self.multi_owner.text().strip()
        owners = {self.document.map.step(s).owner for s in self.multi_ids}
        if not owner and len(owners) > 1:
            return   # left empty over mixed owners: nothing typed, nothing changed
        self._commit_multi("owner", owner, "Change Owner")
