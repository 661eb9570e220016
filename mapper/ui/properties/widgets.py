"""The reusable pieces of the Properties panel: reading numbers and chances as
people type them, fields that commit when finished, the owner field's
suggestions, and a page of captioned fields.

None of them edits the map: a page says what a finished field means.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QButtonGroup, QComboBox,
                               QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget)

# -- numbers as people type them ----------------------------------------------------


def parse_number(text: str, what: str, minimum: float | None = None) -> float | None:
    """'' -> None; '1,250.50', '$ 40', '12,5' -> numbers. Raises ValueError with a readable
    message that starts with ``what`` (the field's name, already translated)."""
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
        value = math.nan
    if not math.isfinite(value):
        raise ValueError(QCoreApplication.translate(
            "PropertiesPanel", "{what}: type a number, like 25 or 12.50").format(what=what))
    if minimum is not None and value < minimum:
        raise ValueError(QCoreApplication.translate(
            "PropertiesPanel", "{what} cannot be less than {minimum}").format(what=what, minimum=f"{minimum:g}"))
    return value


def parse_probability(text: str) -> float | None:
    """'' -> None; '0.2', '20%', '20' -> 0.2."""
    t = text.strip()
    if not t:
        return None
    percent = t.endswith("%")
    try:
        value = parse_number(t.rstrip("%"), "")
    except ValueError:
        # "like 25 or 12.50" is an amount; a chance reads as a percentage.
        raise ValueError(QCoreApplication.translate(
            "PropertiesPanel", "Probability: type a chance, like 20% or 0.2")) from None
    if value is None:
        return None
    if percent or value > 1:
        value /= 100.0
    if not 0.0 <= value <= 1.0:
        raise ValueError(QCoreApplication.translate(
            "PropertiesPanel", "Probability: type a chance between 0 and 1, or a percentage like 20%"))
    return round(value, 6)


def show_number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def show_probability(value: float | None) -> str:
    return "" if value is None else f"{value * 100:g}%"


# -- showing a value without committing it ------------------------------------------

def set_line(w: QLineEdit, text: str) -> None:
    if w.text() != text:
        w.setText(text)
        w.setCursorPosition(0)


def set_text(w: QPlainTextEdit, text: str) -> None:
    if w.toPlainText() != text:
        w.setPlainText(text)


def set_combo(w: QComboBox, value) -> None:
    i = w.findData(value)
    w.setCurrentIndex(max(i, 0))


# -- fields ----------------------------------------------------------------------------

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
        for value, text, tip in ((None, self.tr("Auto"), self.tr("Let mapper decide")),
                                 (True, self.tr("Yes"), self.tr("Always")),
                                 (False, self.tr("No"), self.tr("Never"))):
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
        self.new_item.setPlaceholderText(self.tr("Add an item and press Enter"))
        col.addWidget(self.new_item)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the selected item"), buttons)
        self.up_button = self._button(self.tr("Up"), self.tr("Move the selected item up"), buttons)
        self.down_button = self._button(self.tr("Down"), self.tr("Move the selected item down"), buttons)
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


class OwnerNames(QStringListModel):
    """The owners already in the map, suggested while typing in every owner field
    (one list for all of them): the same "Office" need not be typed three times,
    nor spelt three ways."""

    def attach(self, line: QLineEdit, commit: Callable[[], None]) -> QCompleter:
        completer = QCompleter(self, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setCompleter(completer)
        # Taking a suggestion (click or Enter in the list) commits it at once.
        completer.activated.connect(lambda _text: commit())
        return completer

    def load(self, m) -> None:
        from mapper.analysis.accountability import owner_spellings
        names = sorted(owner_spellings(m).values(), key=str.casefold)
        if names != self.stringList():
            self.setStringList(names)


# -- a page of fields ---------------------------------------------------------------------

class Page(QWidget):
    """A column of captioned fields. ``commits`` maps each text field to what commits
    it, so the panel can commit the field being typed in before the page changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 12, 14, 14)
        self.column.setSpacing(4)
        self.rows: dict[str, QWidget] = {}
        self.commits: dict[QWidget, Callable[[], None]] = {}

    def header(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("panelHeader")
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def hint(self, text: str = "") -> QLabel:
        """A line of small text under the header (counts, an arrow's ends...)."""
        label = QLabel(text)
        label.setObjectName("fieldHint")
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def add(self, key: str, caption: str, widget: QWidget, hint: str = "") -> QWidget:
        row = QWidget(self)
        col = QVBoxLayout(row)
        col.setContentsMargins(0, 6, 0, 0)
        col.setSpacing(3)
        if caption:
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            col.addWidget(label)
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
        title = QLabel(text)
        title.setObjectName("sectionTitle")
        self.column.addWidget(title)

    def line(self, commit: Callable[[], None], prompt: str = "") -> QLineEdit:
        """A one-line field that commits when finished (Enter, focus leaving)."""
        w = QLineEdit()
        w.setPlaceholderText(prompt)
        w.editingFinished.connect(commit)
        self.commits[w] = commit
        return w

    def text_field(self, commit: Callable[[], None], prompt: str = "", height: int = 90) -> CommitTextEdit:
        """A multi-line field that commits when focus leaves it."""
        w = CommitTextEdit()
        w.setPlaceholderText(prompt)
        w.setTabChangesFocus(True)
        w.setFixedHeight(height)
        w.editingFinished.connect(commit)
        self.commits[w] = commit
        return w

    def pair(self, left: QWidget, right: QWidget, stretch: tuple[int, int] = (0, 0)) -> QWidget:
        """Two fields side by side in one row."""
        both = QWidget()
        row = QHBoxLayout(both)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(left, stretch[0])
        row.addWidget(right, stretch[1])
        return both
