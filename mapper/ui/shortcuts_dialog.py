"""Help > Keyboard shortcuts: every shortcut, read from the actions themselves
(so the list can never drift from what the keys do) plus the canvas's own."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)


def _native(keys) -> str:
    if isinstance(keys, QKeySequence):
        return keys.toString(QKeySequence.SequenceFormat.NativeText)
    if isinstance(keys, (list, tuple)):
        return ", ".join(_native(k) for k in keys)
    text = str(keys)
    seq = QKeySequence(text)
    native = seq.toString(QKeySequence.SequenceFormat.NativeText)
    return native or text


def _plain(text: str) -> str:
    """A menu text without its accelerator: "&File" and Chinese "文件(&F)" become "File", "文件"."""
    return re.sub(r"\(&\w\)", "", str(text)).replace("&", "")


def menu_shortcuts(menus) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, keys)]) for every action with a shortcut."""
    out = []
    for menu in menus:
        rows = []
        for action in _actions(menu):
            keys = [k for k in action.shortcuts() if not k.isEmpty() and _typeable(k)]
            if keys:
                label = action.property("shortcut_label") or action.text()
                rows.append((_plain(label).rstrip("…").rstrip("."),
                             ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)))
        if rows:
            out.append((_plain(menu.title()), rows))
    return out


def _typeable(seq: QKeySequence) -> bool:
    """False for dedicated media/office keys ("Save", "Copy", "Zoom In" keys on some keyboards)."""
    text = seq.toString(QKeySequence.SequenceFormat.PortableText)
    key = text.split("+")[-1] if not text.endswith("++") else "+"
    # F13-F35 exist only on old Sun keyboards (Qt maps Copy to F16): F1-F12 are real keys.
    return len(key) <= 1 or key in _NAMED_KEYS or (key.startswith("F") and key[1:].isdigit()
                                                   and 1 <= int(key[1:]) <= 12)


_NAMED_KEYS = {"Del", "Backspace", "Ins", "Esc", "Tab", "Space", "Return", "Enter", "Home", "End",
               "PgUp", "PgDown", "Left", "Right", "Up", "Down"}


def _actions(menu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def canvas_shortcuts(entries) -> list[tuple[str, str]]:
    """The canvas's CANVAS_SHORTCUTS, pairs of (keys, what it does), as (what, keys) rows.
    The canvas writes its keys for people ("F2, Enter or start typing"): shown as written."""
    return [(str(what), keys if isinstance(keys, str) else _native(keys)) for keys, what in entries]


class ShortcutsDialog(QDialog):
    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts — mapper"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for title, rows in sections:
            group = QTreeWidgetItem(self.tree, [title, ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, keys in rows:
                row = QTreeWidgetItem(group, [keys, what])
                row.setToolTip(1, what)
            group.setExpanded(True)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.filter)
        col.addWidget(self.tree)
        col.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(860, 680)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out += [(group.child(j).text(1), group.child(j).text(0)) for j in range(group.childCount())]
        return out

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hit = needle in child.text(0).lower() or needle in child.text(1).lower()
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
