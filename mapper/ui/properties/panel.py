"""The Properties panel: every field of the selected step, arrow, or the map.

Each change is ONE undoable operation (``SetStepFields``, ``SetArrowFields``,
``SetMapFields``) committed when a field is finished (Enter, focus leaving),
never per keystroke. The panel shows what the model says: after undo/redo it
reloads the object it shows. Each page (map, step, arrow, several steps) builds,
shows and commits its own fields; the panel picks the page and holds what they
share: the selection, the analysis report, the owners list and the error line.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from mapper.model import EditError

from .arrow_page import ArrowPage
from .map_page import MapPage
from .multi_page import MultiPage
from .step_page import StepPage
from .widgets import OwnerNames


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
        #: True while the fields are being filled from the model (nothing is committed then).
        self.loading = False
        self.owner_names = OwnerNames(self)

        self.stack = QStackedWidget(self)
        self.map_page = MapPage(self)
        self.step_page = StepPage(self)
        self.arrow_page = ArrowPage(self)
        self.multi_page = MultiPage(self)
        for page in self.pages():
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

    def pages(self) -> tuple:
        """The pages in the stack's order."""
        return self.map_page, self.step_page, self.arrow_page, self.multi_page

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
            self.step_page.load_verdicts()

    def reload(self) -> None:
        """Put the model's values in the fields."""
        self.loading = True
        try:
            if self.step_id is not None:
                self.step_page.load()
            elif self.arrow_id is not None:
                self.arrow_page.load()
            elif self.multi_ids:
                self.multi_page.load()
            else:
                self.map_page.load()
        finally:
            self.loading = False

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
        elif self.multi_ids and not change.geometry_only and (
                (set(change.steps_changed) | set(change.steps_removed)) & set(self.multi_ids)):
            self.show_selection(self.multi_ids, [], flush=False)
        elif self.step_id is None and self.arrow_id is None and not self.multi_ids and (
                change.map_changed or change.steps_added or change.steps_removed
                or change.arrows_added or change.arrows_removed):
            self.reload()

    # -- committing ----------------------------------------------------------------
    def flush(self) -> None:
        """Commit the field being typed in (before the shown object changes)."""
        commits = {w: c for page in self.pages() for w, c in page.commits.items()}
        focus = QApplication.focusWidget()
        while focus is not None and focus not in commits:
            focus = focus.parentWidget() if focus is not self else None
        if focus is not None:
            commits[focus]()

    def apply(self, op) -> bool:
        """Apply one edit; a refused one is said on the error line and the fields reload."""
        try:
            self.document.apply(op)
        except (EditError, ValueError) as e:
            self.show_error(str(e))
            self.reload()
            return False
        self._clear_error()
        return True

    def show_error(self, text: str) -> None:
        text = text.splitlines()[0] if text else self.tr("That value cannot be used here.")
        self.error_label.setText(text)
        self.error_label.show()
        self.message.emit(text)

    def _clear_error(self) -> None:
        self.error_label.hide()
