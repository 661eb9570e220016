"""Inline text editing of a step's text or an arrow's label, over the shape."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem

from .items import OVERLAY_Z


class InlineEditor(QGraphicsTextItem):
    """Enter commits, Shift+Enter starts a new line, Escape cancels; clicking
    elsewhere commits. ``on_done(editor, accepted)`` is called exactly once."""

    def __init__(self, target: str, target_id: str, text: str, box: QRectF, font, fill: QColor,
                 on_done: Callable[["InlineEditor", bool], None] | None = None, fresh: bool = False,
                 select_all: bool = True) -> None:
        super().__init__()
        self.target = target            # "step" or "arrow"
        self.target_id = target_id
        self.fresh = fresh              # a step created just now: "?" may make it a decision
        self.box = QRectF(box)
        self.fill = QColor(fill)
        self.on_done = on_done   # the gesture around it sets it
        self.finished = False
        self.then_next = False
        self.setFont(font)
        self.setZValue(OVERLAY_Z + 1)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(2)
        self.setTextWidth(max(40.0, box.width()))
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().contentsChanged.connect(self._recentre)
        self._recentre()
        cursor = self.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def set_box(self, box: QRectF) -> None:
        """Follow the shape as it grows while typing."""
        self.box = QRectF(box)
        if abs(self.textWidth() - max(40.0, box.width())) > 0.5:
            self.setTextWidth(max(40.0, box.width()))
        self._recentre()

    def _recentre(self) -> None:
        h = self.document().size().height()
        self.setPos(self.box.center().x() - self.textWidth() / 2, self.box.center().y() - h / 2)

    def text(self) -> str:
        return self.toPlainText().strip()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # Cover the shape's own text so only what is being typed shows.
        painter.setPen(QPen(QColor(47, 124, 246, 120), 1.0))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        super().paint(painter, option, widget)

    def sceneEvent(self, event) -> bool:
        # QGraphicsTextItem types Tab into the text before keyPressEvent sees it.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.textCursor().insertText("\n")
            return
        if key == Qt.Key.Key_Escape:
            self.finish(False)
            return
        if key == Qt.Key.Key_Tab:
            # Keep the text and go straight on to the next step (see TextEditGesture).
            self.then_next = True
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)

    def finish(self, accepted: bool) -> None:
        if self.finished:
            return
        self.finished = True
        if self.on_done is not None:
            self.on_done(self, accepted)
