"""Edit > Connect To… (Ctrl+L): a searchable list of the map's steps; choosing one
draws an arrow to it from the selected step. What is listed comes from
``mapper.editing.flow_keys.connect_choices``; this is only the window around it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from mapper.editing.flow_keys import connect_choices
from mapper.model import SystemMap


class ConnectDialog(QDialog):
    """Type to narrow the list, Up/Down to move, Enter to connect, Escape to cancel."""

    chosen = Signal(str)  # the target step's id

    def __init__(self, m: SystemMap, source_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.map, self.source_id = m, source_id
        source = m.step(source_id)
        self.setWindowTitle(self.tr("Connect To"))
        intro = QLabel(self.tr("Draw an arrow from “{0}” to:").format(" ".join(source.text.split()) or source_id))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the steps"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.search)
        col.addWidget(self.list)
        col.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.search.installEventFilter(self)
        self._fill("")
        self.resize(420, 420)
        self.search.setFocus()

    def _fill(self, query: str) -> None:
        self.list.clear()
        for sid, text in connect_choices(self.map, self.source_id, query):
            item = QListWidgetItem(text or self.tr("(untitled step)"))
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setToolTip(sid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj, event) -> bool:
        # Up/Down in the search field move through the list, so the hands stay on the keys.
        if obj is self.search and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(obj, event)

    def choices(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.accept()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
