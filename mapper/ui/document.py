"""The open map: the model, its file, and the undo stack that wraps every edit.

The scene and panels listen to ``changed`` and update only what an operation
touched; nothing edits the model except ``Document.apply`` (and undo/redo).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mapper.model import Change, MoveSteps, Operation, SystemMap, save_map

_MOVE_ID = 4711
_merge_keys = itertools.count(1)


def new_drag_key() -> int:
    """A fresh key: moves carrying the same key merge into one undo step."""
    return next(_merge_keys)


def undo_text(text: str) -> str:
    """The Edit menu's name for an operation ("Undo Move") in the app's language: the model's
    operations are named in English, Qt-free; a name the app gave already translated passes as it is."""
    known = {
        "Edit": QCoreApplication.translate("Operations", "Edit"),
        "Add Step": QCoreApplication.translate("Operations", "Add Step"),
        "Connect": QCoreApplication.translate("Operations", "Connect"),
        "Disconnect": QCoreApplication.translate("Operations", "Disconnect"),
        "Delete": QCoreApplication.translate("Operations", "Delete"),
        "Move": QCoreApplication.translate("Operations", "Move"),
        "Change Step": QCoreApplication.translate("Operations", "Change Step"),
        "Change Arrow": QCoreApplication.translate("Operations", "Change Arrow"),
        "Change Map": QCoreApplication.translate("Operations", "Change Map"),
        "Record Numbers": QCoreApplication.translate("Operations", "Record Numbers"),
        "Tidy Up": QCoreApplication.translate("Operations", "Tidy Up"),
        "Reload from Disk": QCoreApplication.translate("Operations", "Reload from Disk"),
        "Change Probabilities": QCoreApplication.translate("Operations", "Change Probabilities"),
    }
    return known.get(text, text)


class OperationCommand(QUndoCommand):
    """A model operation on the undo stack."""

    def __init__(self, document: "Document", op: Operation) -> None:
        super().__init__(undo_text(op.text))
        self.document = document
        self.op = op
        self._first = True

    def redo(self) -> None:
        if self._first:  # Document.apply already ran it, to catch errors before pushing
            self._first = False
            return
        self.document._emit(self.op.apply(self.document.map))

    def undo(self) -> None:
        self.document._emit(self.op.undo(self.document.map))

    def id(self) -> int:
        return _MOVE_ID if isinstance(self.op, MoveSteps) and self.op.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationCommand) or not isinstance(other.op, MoveSteps):
            return False
        return isinstance(self.op, MoveSteps) and self.op.merge(other.op)


class Document(QObject):
    """The map being edited. Emits ``changed(Change)`` after every edit, undo or redo."""

    changed = Signal(object)          # Change
    reset = Signal()                  # the whole map was replaced (new, open, recover)
    dirty_changed = Signal(bool)
    path_changed = Signal(str)

    def __init__(self, system_map: SystemMap | None = None, path: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map = system_map if system_map is not None else SystemMap()
        self.path = path
        self.undo_stack = QUndoStack(self)
        # A bound slot, not a lambda: Qt drops it with the Document instead of
        # calling into a deleted object after garbage collection.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # -- editing ----------------------------------------------------------------
    def apply(self, op: Operation) -> Change:
        """Run an operation and put it on the undo stack. Raises ``EditError``
        (with the map unchanged) when the edit is refused."""
        change = op.apply(self.map)
        self.undo_stack.push(OperationCommand(self, op))
        self._emit(change)
        return change

    def _emit(self, change: Change) -> None:
        self.changed.emit(change)

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # -- whole-map changes ------------------------------------------------------
    def replace(self, system_map: SystemMap, path: str | None = None, dirty: bool = False) -> None:
        """Show another map (new, open, recovered). Clears undo history."""
        self.map = system_map
        self.undo_stack.clear()
        self.set_path(path)
        if dirty:
            # A recovered journal is unsaved work: mark it so closing asks.
            self.undo_stack.resetClean()
        self.reset.emit()
        self.dirty_changed.emit(self.is_dirty)

    def set_path(self, path: str | None) -> None:
        self.path = path
        self.path_changed.emit(path or "")

    def save(self, path: str | None = None) -> None:
        """Save to ``path`` (or the current file). Raises ``MapFileError``."""
        target = path or self.path
        if not target:
            raise ValueError("no file name to save to")
        save_map(self.map, target)
        self.set_path(target)
        self.undo_stack.setClean()
