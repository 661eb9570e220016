"""The "Your system" guide: the seven steps of the method as this map's checklist.

Each step shows done or open, and an open step says what is left in the
owner's words; clicking it takes the owner there (selects those steps, or
opens the scorecard or the quarterly review). The progress itself is computed
in ``mapper.analysis.method``; this panel only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mapper.analysis.method import MethodProgress, MethodStep


class _StepRow(QFrame):
    """One step of the method: a mark, its title, and what is left. Clickable when open."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideStep")
        self.step: MethodStep | None = None
        self.mark = QLabel()
        self.mark.setObjectName("guideMark")
        self.mark.setFixedWidth(26)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.todo = QLabel()
        self.todo.setObjectName("guideTodo")
        self.todo.setWordWrap(True)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.todo)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.mark)
        row.addLayout(text, 1)

    def show_step(self, step: MethodStep, current: bool) -> None:
        self.step = step
        # A mark that reads without colour: a tick for done, the number for open.
        self.mark.setText("✓" if step.done else str(step.number))
        self.title.setText(step.title if step.done else f"<b>{step.title}</b>" if current else step.title)
        self.todo.setText(step.todo)
        self.todo.setVisible(not step.done and bool(step.todo))
        self.setProperty("state", "done" if step.done else "current" if current else "open")
        self.setCursor(Qt.CursorShape.ArrowCursor if step.done else Qt.CursorShape.PointingHandCursor)
        self.setToolTip("" if step.done else self.tr("Show me"))
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event) -> None:
        if self.step is not None and not self.step.done and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.step)
        super().mousePressEvent(event)


class GuidePanel(QWidget):
    """The seven steps and how far this map is. ``show_steps`` asks to select steps on the
    canvas; ``open_view`` asks for the "scorecard" or the "review"."""

    show_steps = Signal(list)
    open_view = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self.summary = QLabel()
        self.summary.setObjectName("guideSummary")
        self.summary.setWordWrap(True)
        self.rows = [_StepRow() for _ in range(7)]
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        column.addWidget(self.summary)
        for row in self.rows:
            row.clicked.connect(self._go)
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.progress: MethodProgress | None = None

    def set_progress(self, progress: MethodProgress) -> None:
        self.progress = progress
        current = progress.current
        if current is None:
            self.summary.setText(self.tr("All seven steps are done. Keep reviewing the numbers every week."))
        else:
            self.summary.setText(self.tr("%n of 7 steps of the method done. Next: step %1.", "",
                                         progress.done_count).replace("%1", str(current)))
        for row, step in zip(self.rows, progress.steps):
            row.show_step(step, step.number == current)

    def _go(self, step: MethodStep) -> None:
        if step.go_to in ("scorecard", "review"):
            self.open_view.emit(step.go_to)
        elif step.left:
            self.show_steps.emit(list(step.left))
