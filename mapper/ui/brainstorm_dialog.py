"""Start > "Map your most profitable system": four questions, then a connected
map to refine. The list's rules live in ``mapper.formats.brainstorm``; this is
only the window asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from mapper.formats.brainstorm import brainstormed_map, parse_tasks
from mapper.model import SystemMap


class BrainstormDialog(QDialog):
    """After ``exec()``: ``result_map()`` is the brainstormed map (not yet laid out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BrainstormDialog")
        self.setWindowTitle(QCoreApplication.translate("BrainstormDialog", "Map your most profitable system"))
        intro = QLabel(QCoreApplication.translate("BrainstormDialog", "Start with the product or service that earns you the most. Say where its system "
                           "starts and where it stops, then list every task between, in order."))
        intro.setWordWrap(True)
        self.product = QLineEdit()
        self.product.setPlaceholderText(QCoreApplication.translate("BrainstormDialog", "e.g. Emergency plumbing repairs"))
        self.start = QLineEdit()
        self.start.setPlaceholderText(QCoreApplication.translate("BrainstormDialog", "e.g. Customer calls"))
        self.stop = QLineEdit()
        self.stop.setPlaceholderText(QCoreApplication.translate("BrainstormDialog", "e.g. Happy customer"))
        self.tasks = QPlainTextEdit()
        self.tasks.setPlaceholderText(QCoreApplication.translate("BrainstormDialog", "Book a visit\n    Take the address\nEmergency?\nDo the job\n"
                                          "Send the invoice\nPaid?"))
        self.tasks.setTabChangesFocus(True)
        rules = QLabel(QCoreApplication.translate("BrainstormDialog", "One task per line. A line ending in “?” is a decision; an indented line is a "
                           "checklist item of the task above it; an empty line ends the list."))
        rules.setObjectName("fieldHint")
        rules.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("fieldHint")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BrainstormDialog", "Which product or service earns the most?"), self.product)
        form.addRow(QCoreApplication.translate("BrainstormDialog", "Where does its system start?"), self.start)
        form.addRow(QCoreApplication.translate("BrainstormDialog", "Where does it stop?"), self.stop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("BrainstormDialog", "Map it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addLayout(form)
        col.addWidget(QLabel(QCoreApplication.translate("BrainstormDialog", "The tasks between, in order:")))
        col.addWidget(self.tasks, 1)
        col.addWidget(rules)
        col.addWidget(self.count)
        col.addWidget(self.buttons)
        for field in (self.product, self.start, self.stop):
            field.textChanged.connect(self._update)
        self.tasks.textChanged.connect(self._update)
        self._update()
        self.resize(620, 560)

    def _update(self) -> None:
        tasks = parse_tasks(self.tasks.toPlainText())
        decisions = sum(t.kind == "decision" for t in tasks)
        self.count.setText(QCoreApplication.translate("BrainstormDialog", "{0} tasks, {1} of them decisions").format(len(tasks), decisions) if tasks else "")
        ready = bool(self.start.text().strip() and self.stop.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def result_map(self) -> SystemMap:
        return brainstormed_map(self.product.text(), self.start.text(), self.stop.text(), self.tasks.toPlainText())
