"""View > Accountability: the accountability chart of the open map, live.

One card per owner (a seat, and the one name in it) with the steps they own
grouped by stage, the metrics they answer for and their priorities, then a
"Nobody" card with what no one owns yet. Clicking a line selects and centres
its steps on the canvas; editing a card's name renames that owner everywhere
(steps, metrics, priorities) as one undoable step. It prints and exports (PDF,
HTML, Markdown) in the light export colours, from the same cards.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget)

from mapper.analysis.accountability import accountability_chart
from mapper.formats.accountability_doc import AccountabilityDoc, Card, build_accountability, to_html, to_markdown
from mapper.model import EditError, MapFileError, write_atomic
from mapper.model.owners import owner_key, owner_name, rename_owner

#: A card is about this wide; the chart puts as many side by side as fit.
CARD_WIDTH = 270
#: Edits settle this long before the chart is rebuilt.
REFRESH_MS = 250

def export_filters() -> dict[str, str]:
    """The save dialog's filters, in the app's language, and the type each one writes."""
    return {QCoreApplication.translate("AccountabilityView", "PDF document") + " (*.pdf)": "pdf",
            QCoreApplication.translate("AccountabilityView", "Web page") + " (*.html)": "html",
            "Markdown (*.md)": "md"}


class ChartEntry(QLabel):
    """One line of a card (wrapped to the card's width); clicking it shows its steps."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setObjectName("chartEntry")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(QCoreApplication.translate("AccountabilityView", "Select it on the map"))

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SeatCard(QFrame):
    """One seat. Its name is an editable line: a new name renames the owner everywhere."""

    def __init__(self, card: Card, view: "AccountabilityView") -> None:
        super().__init__()
        self.card = card
        self.setObjectName("nobodyCard" if card.nobody else "ownerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#ownerCard, QFrame#nobodyCard { background: #ffffff; border: 1px solid #d3d8e0; border-radius: 8px; }"
            "QFrame#nobodyCard { border-style: dashed; border-color: #d7a04a; }"
            "QLineEdit#ownerName { border: none; background: transparent; font-size: 15px; font-weight: 600; }"
            "QLineEdit#ownerName:focus { border-bottom: 1px solid #2f7cf6; }"
            "QLabel#cardHeading { color: #6b7280; font-size: 11px; font-weight: 600; margin-top: 6px; }"
            "QLabel#chartEntry { padding: 1px 2px; color: #1d2533; }"
            "QLabel#chartEntry:hover { background: #eef3fd; color: #2f7cf6; }")
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(1)
        if card.nobody:
            self.name = QLabel(QCoreApplication.translate("AccountabilityView", "Nobody"))
            self.name.setObjectName("nobodyName")
            self.name.setStyleSheet("font-size: 15px; font-weight: 600; color: #9a5b00;")
        else:
            self.name = QLineEdit(card.owner)
            self.name.setObjectName("ownerName")
            self.name.setToolTip(QCoreApplication.translate("AccountabilityView", "Type a new name to rename this owner on every step, metric and priority"))
            self.name.editingFinished.connect(lambda: view.rename(card.owner, self.name.text()))
        col.addWidget(self.name)
        summary = QLabel(card.summary())
        summary.setStyleSheet("color: #6b7280;")
        col.addWidget(summary)
        self.entries: list[ChartEntry] = []
        for sec in card.sections:
            heading = QLabel(sec.heading.upper())
            heading.setObjectName("cardHeading")
            col.addWidget(heading)
            for entry in sec.entries:
                button = ChartEntry(entry.text)
                button.clicked.connect(lambda ids=entry.steps: view.show_steps.emit(list(ids)))
                col.addWidget(button)
                self.entries.append(button)
        col.addStretch(1)


class AccountabilityView(QWidget):
    """The chart. Emits ``show_steps(ids)`` when a line is clicked."""

    show_steps = Signal(list)

    def __init__(self, document, parent: QWidget | None = None, report=None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountabilityView")
        self.document = document
        self.report = report
        self.doc: AccountabilityDoc | None = None
        self.cards: list[SeatCard] = []
        self._columns = 0
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_shown)

        bar = QHBoxLayout()
        bar.setContentsMargins(10, 8, 10, 4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        bar.addWidget(self.title, 1)
        self.print_button = QPushButton(QCoreApplication.translate("AccountabilityView", "Print…"))
        self.print_button.clicked.connect(self.print_chart)
        bar.addWidget(self.print_button)
        self.export_button = QToolButton()
        self.export_button.setText(QCoreApplication.translate("AccountabilityView", "Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(QCoreApplication.translate("AccountabilityView", "PDF…"), lambda: self.export_chart("pdf"))
        menu.addAction(QCoreApplication.translate("AccountabilityView", "Web page (HTML)…"), lambda: self.export_chart("html"))
        menu.addAction(QCoreApplication.translate("AccountabilityView", "Markdown…"), lambda: self.export_chart("md"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("chartCards")
        self.grid_host.setStyleSheet("QWidget#chartCards { background: #f4f6f9; }")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(10, 10, 10, 10)
        self.grid.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)
        self.scroll.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(bar)
        outer.addWidget(self.scroll, 1)

        # Moving steps changes nothing the chart shows.
        document.changed.connect(lambda change: None if change.geometry_only else self._schedule())
        document.reset.connect(self._schedule)
        self.refresh()

    # -- content --------------------------------------------------------------------
    def set_report(self, report) -> None:
        """The analysis supplies the critical steps (what "Nobody" lists first)."""
        self.report = report
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        # A closed or tabbed-away chart costs the editor nothing; it catches up when shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Build the cards again from the map."""
        self._timer.stop()
        self._stale = False
        m = self.document.map
        critical = self.report.critical_ids() if self.report is not None else None
        self.doc = build_accountability(m, accountability_chart(m, critical))
        self.title.setText(self.doc.subtitle())
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = [SeatCard(card, self) for card in self.doc.cards]
        if not self.cards:
            self.title.setText(QCoreApplication.translate("AccountabilityView", "No owners yet: give each step an owner in its properties "
                                   "(a role such as \u201cSales\u201d, or a name)."))
        self._columns = 0
        self._place_cards()

    def _place_cards(self) -> None:
        columns = max(1, self.scroll.viewport().width() // CARD_WIDTH)
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)
        self.grid.setRowStretch(len(self.cards) // columns + 1, 1)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place_cards()
        return False

    def card(self, owner: str) -> SeatCard | None:
        """The card of an owner ("Nobody" for what nobody owns)."""
        for c in self.cards:
            if (c.card.nobody and owner == QCoreApplication.translate("AccountabilityView", "Nobody")) or (not c.card.nobody and owner_key(c.card.owner) == owner_key(owner)):
                return c
        return None

    # -- editing --------------------------------------------------------------------
    def rename(self, old: str, new: str) -> bool:
        """Rename an owner everywhere, one undo step. An empty name is refused (the card keeps its name)."""
        if not owner_name(new):
            card = self.card(old)
            if card is not None:
                card.name.setText(old)
            return False
        if owner_name(new) == owner_name(old):
            return False
        op = rename_owner(self.document.map, old, new)
        if not op.operations:
            return False
        try:
            self.document.apply(op)
        except EditError:
            return False
        return True

    # -- paper and files ------------------------------------------------------------
    def print_chart(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mapper.render.accountability_pdf import paint_accountability
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("AccountabilityView", "Print Accountability Chart"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            return paint_accountability(printer, self._current_doc()) is not None
        except OSError as e:
            from mapper.ui import messages
            messages.show_error(self, QCoreApplication.translate("AccountabilityView", "Printing failed"), str(e))
            return False

    def catch_up(self) -> None:
        """Refresh only when the cards are behind the map (an edit or report not shown yet)."""
        if self._stale or self._timer.isActive() or self.doc is None:
            self.refresh()

    def _current_doc(self) -> AccountabilityDoc:
        self.catch_up()
        return self.doc

    def export_chart(self, ext: str = "pdf", path: str | None = None) -> bool:
        """Save the chart as PDF, HTML or Markdown (asks where when ``path`` is None)."""
        if path is None:
            stem = Path(self.document.path).stem if self.document.path else "map"
            folder = str(Path(self.document.path).parent) if self.document.path else os.path.expanduser("~")
            filters = export_filters()
            chosen = next(f for f, e in filters.items() if e == ext)
            path, chosen = QFileDialog.getSaveFileName(self, QCoreApplication.translate("AccountabilityView", "Export Accountability Chart"),
                                                       os.path.join(folder, f"{stem}-accountability.{ext}"),
                                                       ";;".join(filters), chosen)
            if not path:
                return False
            ext = filters.get(chosen, ext)
            if not Path(path).suffix:
                path += "." + ext
        doc = self._current_doc()
        try:
            if ext == "pdf":
                from mapper.render.accountability_pdf import write_accountability_pdf
                write_accountability_pdf(doc, path)
            else:
                text = to_html(doc) if ext == "html" else to_markdown(doc)
                write_atomic(path, text.encode("utf-8"), keep_backup=False)
        except MapFileError as e:
            from mapper.ui import messages
            messages.show_error(self, QCoreApplication.translate("AccountabilityView", "Export failed"), str(e))
            return False
        return True
