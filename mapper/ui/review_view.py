"""View > Quarterly review: where does each half of the hourglass leak?

A window over the open map with a quarter picker: the leaks said in words,
stage volumes against the previous quarter, the conversion between stages as a
chart across the hourglass, the scorecard's weeks on and off track, the three
largest levers, and the priorities of this quarter and the next, which can be
added and edited here (text, owner, linked steps, status), each edit one undo
step. It prints (one or two pages) and exports to PDF, HTML and Markdown with
the same document code as ``mapper review``. The numbers come from
``mapper.analysis.review``; this window only shows them.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame,
                               QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mapper.analysis.flow import flow_order
from mapper.analysis.review import coverage_words, leak_words, quarterly_review
from mapper.i18n.formatting import format_number
from mapper.i18n.stages import stage_name
from mapper.formats.review_doc import build_review_doc, to_html, to_markdown
from mapper.model import EditError, MapFileError, Priority, SetMapFields, write_atomic
from mapper.model.weeks import quarter_of_week, shift_quarter, this_quarter

THIS_COLOUR = QColor("#2f6fde")
PREVIOUS_COLOUR = QColor("#b8bec9")
STATUSES = ("on-track", "off-track", "done")


def status_word(status: str) -> str:
    """A priority's status as the owner reads it."""
    return {"on-track": QCoreApplication.translate("ReviewView", "On track"),
            "off-track": QCoreApplication.translate("ReviewView", "Off track"),
            "done": QCoreApplication.translate("ReviewView", "Done")}[status]


def _count(x: float | None) -> str:
    return "—" if x is None else format_number(x, 0 if float(x).is_integer() else 1)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return t


def _fit_height(t: QTableWidget) -> None:
    h = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount())) + 4
    t.setFixedHeight(h)


def _heading(text: str) -> str:
    """A panel's heading as rich text (the text is already translated)."""
    return f"<b style='font-size:14px'>{text}</b>"


class StepPicker(QDialog):
    """Which steps a priority is about: a checkable list in flow order."""

    def __init__(self, m, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linked steps"))
        self.list = QListWidget()
        for sid in flow_order(m):
            s = m.step(sid)
            item = QListWidgetItem(" ".join(s.text.split()) or sid)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sid in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class PrioritiesTable(QWidget):
    """One quarter's priorities, editable in place; every edit is one undoable step."""


    def __init__(self, view: "ReviewView") -> None:
        super().__init__()
        self.view = view
        self.quarter = ""
        self.ids: list[str] = []
        self.table = _table([QCoreApplication.translate("ReviewView", "Priority"), QCoreApplication.translate("ReviewView", "Owner"), QCoreApplication.translate("ReviewView", "Steps"), QCoreApplication.translate("ReviewView", "Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(QCoreApplication.translate("ReviewView", "Add priority"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(QCoreApplication.translate("ReviewView", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.empty = QLabel(QCoreApplication.translate("ReviewView", "None set yet."))
        self.empty.setObjectName("fieldHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def show_quarter(self, m, quarter: str) -> None:
        self.quarter = quarter
        mine = [p for p in m.priorities if p.quarter == quarter]
        self.ids = [p.id for p in mine]
        names = {s.id: " ".join(s.text.split()) or s.id for s in m.steps}
        self.table.blockSignals(True)
        self.table.setRowCount(len(mine))
        for r, p in enumerate(mine):
            self.table.setItem(r, 0, QTableWidgetItem(p.text))
            self.table.setItem(r, 1, QTableWidgetItem(p.owner))
            steps = QTableWidgetItem(", ".join(names.get(s, s) for s in p.steps) or "—")
            steps.setFlags(steps.flags() & ~Qt.ItemFlag.ItemIsEditable)
            steps.setToolTip(QCoreApplication.translate("ReviewView", "Double-click to choose the steps"))
            self.table.setItem(r, 2, steps)
            combo = self.table.cellWidget(r, 3)
            if not isinstance(combo, QComboBox):  # made once per row, then reused
                combo = QComboBox()
                for status in STATUSES:
                    combo.addItem(status_word(status), status)
                combo.activated.connect(lambda i, c=combo: self.view.edit_priority(c.property("priority"),
                                                                                   status=c.itemData(i)))
                self.table.setCellWidget(r, 3, combo)
            combo.setProperty("priority", p.id)
            combo.setCurrentIndex(STATUSES.index(p.status))
        self.table.blockSignals(False)
        self.table.setVisible(bool(mine))
        self.empty.setVisible(not mine)
        self.remove_button.setEnabled(bool(mine))
        _fit_height(self.table)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        pid = self.ids[item.row()]
        field = {0: "text", 1: "owner"}.get(item.column())
        if field:
            self.view.edit_priority(pid, **{field: item.text().strip()})

    def _double_clicked(self, row: int, col: int) -> None:
        if col == 2:
            self.pick_steps(self.ids[row])

    def pick_steps(self, pid: str) -> None:
        m = self.view.document.map
        p = next(p for p in m.priorities if p.id == pid)
        picker = StepPicker(m, p.steps, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.view.edit_priority(pid, steps=picker.chosen())

    def add(self) -> None:
        self.view.add_priority(self.quarter)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.view.remove_priority(self.ids[row])
        elif self.ids:
            self.view.remove_priority(self.ids[-1])


class ReviewView(QDialog):
    """The quarterly review window (not modal: the map stays editable beside it)."""

    message = Signal(str)

    def __init__(self, document, parent: QWidget | None = None, report_of=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        # The window's one analysis (AnalysisRunner.current_report); alone, the view analyses itself.
        if report_of is None:
            from mapper.analysis import analyse
            report_of = lambda: analyse(self.document.map)  # noqa: E731
        self.report_of = report_of
        self.setWindowTitle(self.tr("Quarterly review"))
        self.document = document
        self.review = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(lambda change: None if change.geometry_only or not self.isVisible()
                                 else self._timer.start())
        document.reset.connect(self._on_reset)
        self._build()
        self.fill_quarters()
        self.resize(980, 860)

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter")))
        self.quarter_picker = QComboBox()
        self.quarter_picker.currentIndexChanged.connect(lambda _: self.refresh())
        top.addWidget(self.quarter_picker)
        self.weeks_label = QLabel()
        self.weeks_label.setObjectName("fieldHint")
        top.addWidget(self.weeks_label)
        top.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_review)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export_review())
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        outer.addLayout(top)

        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        def heading(text: str) -> QLabel:
            label = QLabel(f"<b style='font-size:14px'>{text}</b>")
            self.column.addSpacing(6)
            self.column.addWidget(label)
            return label

        self.method_label = QLabel()
        self.method_label.setObjectName("fieldHint")
        self.method_label.setWordWrap(True)
        self.column.addWidget(self.method_label)
        heading(self.tr("Where it leaks"))
        self.leak_labels = {half: QLabel() for half in ("marketing", "operating")}
        for label in self.leak_labels.values():
            label.setWordWrap(True)
            self.column.addWidget(label)

        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(_heading(self.tr("Stage volumes"))))
        self.stages_table = _table([self.tr("Stage"), self.tr("Counted at"), self.tr("This quarter"),
                                    self.tr("Previous"), self.tr("Change")])
        for col in (0, 2, 3, 4):
            self.stages_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.stages_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("fieldHint")
        self.coverage_label.setWordWrap(True)
        left.addWidget(self.coverage_label)
        left.addWidget(self.stages_table)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(_heading(self.tr("Conversion between stages"))))
        self.chart = pg.PlotWidget(background="w")
        self.chart.setObjectName("conversionChart")
        self.chart.setMinimumHeight(220)
        self.chart.setMaximumHeight(320)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()
        self.chart.setMenuEnabled(False)
        plot = self.chart.getPlotItem()
        plot.setLabel("left", "%")
        plot.showGrid(y=True, alpha=0.25)
        plot.addLegend(offset=(-4, 4))
        plot.getAxis("bottom").setHeight(40)  # two lines per label: "trust →" over "try"
        self.previous_bars = pg.BarGraphItem(x=[], height=[], width=0.36, brush=PREVIOUS_COLOUR, pen=None,
                                             name=self.tr("previous quarter"))
        self.this_bars = pg.BarGraphItem(x=[], height=[], width=0.36, brush=THIS_COLOUR, pen=None,
                                         name=self.tr("this quarter"))
        plot.addItem(self.previous_bars)
        plot.addItem(self.this_bars)
        right.addWidget(self.chart)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.column.addLayout(row)

        row2 = QHBoxLayout()
        left2 = QVBoxLayout()
        left2.addWidget(QLabel(_heading(self.tr("Scorecard"))))
        self.scorecard_table = _table([self.tr("Metric"), self.tr("On track"), self.tr("Off track"),
                                       self.tr("Logged")])
        self.scorecard_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.scorecard_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        left2.addWidget(self.scorecard_table)
        left2.addStretch(1)
        right2 = QVBoxLayout()
        right2.addWidget(QLabel(_heading(self.tr("Largest levers"))))
        self.levers_label = QLabel()
        self.levers_label.setWordWrap(True)
        self.levers_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right2.addWidget(self.levers_label)
        right2.addStretch(1)
        row2.addLayout(left2, 1)
        row2.addLayout(right2, 1)
        self.column.addLayout(row2)

        self.this_heading = heading("")
        self.this_priorities = PrioritiesTable(self)
        self.column.addWidget(self.this_priorities)
        self.next_heading = heading("")
        self.next_priorities = PrioritiesTable(self)
        self.column.addWidget(self.next_priorities)
        self.column.addStretch(1)

    # -- quarters --------------------------------------------------------------------
    def fill_quarters(self) -> None:
        """The quarters with numbers or priorities, through the next quarter; picks this
        quarter when it has numbers, else the latest one that has."""
        m = self.document.map
        now = this_quarter()
        logged = sorted({quarter_of_week(e.week) for e in m.metrics_log})
        planned = {p.quarter for p in m.priorities}
        first = min([now, *logged, *planned])
        last = max([shift_quarter(now, 1), *logged, *planned])
        quarters, q = [], first
        while q <= last:
            quarters.append(q)
            q = shift_quarter(q, 1)
        pick = now if now in logged or not logged else logged[-1]
        self.quarter_picker.blockSignals(True)
        self.quarter_picker.clear()
        for q in reversed(quarters):
            self.quarter_picker.addItem(q, q)
        self.quarter_picker.setCurrentIndex(self.quarter_picker.findData(pick))
        self.quarter_picker.blockSignals(False)
        self.refresh()

    def quarter(self) -> str:
        return self.quarter_picker.currentData() or this_quarter()

    def set_quarter(self, quarter: str) -> None:
        i = self.quarter_picker.findData(quarter)
        if i < 0:
            self.quarter_picker.addItem(quarter, quarter)
            i = self.quarter_picker.count() - 1
        self.quarter_picker.setCurrentIndex(i)

    def _on_reset(self) -> None:
        self.fill_quarters()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # edits made while it was closed

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        m = self.document.map
        quarter = self.quarter()
        r = self.review = quarterly_review(m, quarter)
        self.weeks_label.setText(self.tr("weeks {0} to {1}, against {2}").format(r.weeks[0], r.weeks[-1], r.previous))
        self.coverage_label.setText(coverage_words(r))
        from mapper.analysis.method import method_progress
        progress = method_progress(m, self.report_of())
        current = progress.current
        self.method_label.setText(self.tr("The method: {0} of 7 steps done.").format(progress.done_count)
                                  + (self.tr(" Next: {0}.").format(progress.steps[current - 1].title)
                                     if current else ""))
        for half, title in (("marketing", self.tr("Marketing half")), ("operating", self.tr("Operating half"))):
            words = leak_words(r, half) or self.tr("no two consecutive stages with numbers yet.")
            self.leak_labels[half].setText(f"<b>{title}:</b> {words}")
        self._fill(self.stages_table, [[stage_name(s.stage), self._name(s.step), _count(s.volume), _count(s.previous),
                                        "—" if s.change is None else ("+" if s.change > 0 else "") + format_number(s.change, 1) + "%"] for s in r.stages])
        self._fill(self.scorecard_table, [[c.name, str(c.on_track), str(c.off_track), str(c.logged)]
                                          for c in r.scorecard])
        self._draw_chart()
        source = {"measured": self.tr("measured from this quarter's numbers"),
                  "assumed": self.tr("from the probabilities on the map")}
        if r.levers:
            lines = [self.tr("The funnel {0}:").format(source[r.levers_from])]
            lines += [self.tr("{0}. <b>{1}</b>: +{2} goal outcomes per 100 entrants per point moved "
                              "from its worst branch to its best").format(i, self._name(lv.step), format_number(lv.gain, 2))
                      for i, lv in enumerate(r.levers, 1)]
            self.levers_label.setText("<br>".join(lines))
        else:
            self.levers_label.setText(self.tr("No funnel yet: give the branches probabilities or log their numbers."))
        following = shift_quarter(quarter, 1)
        self.this_heading.setText(_heading(self.tr("Priorities for {0}").format(quarter)))
        self.next_heading.setText(_heading(self.tr("Priorities for {0}").format(following)))
        self.this_priorities.show_quarter(m, quarter)
        self.next_priorities.show_quarter(m, following)

    def _name(self, sid: str | None) -> str:
        if sid is None:
            return self.tr("(no step with numbers)")
        s = self.document.map.step(sid)
        return (" ".join(s.text.split()) or sid) if s is not None else sid

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0 and text[:1] in "0123456789—+-":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        _fit_height(table)

    def _draw_chart(self) -> None:
        convs = self.review.conversions
        xs = list(range(len(convs)))
        self.this_bars.setOpts(x=[x + 0.19 for x in xs], height=[c.rate * 100 for c in convs])
        self.previous_bars.setOpts(x=[x - 0.19 for x in xs],
                                   height=[(c.previous or 0.0) * 100 for c in convs])
        axis = self.chart.getPlotItem().getAxis("bottom")
        axis.setTicks([[(x, f"{stage_name(c.source)} →\n{stage_name(c.target)}") for x, c in zip(xs, convs)]])
        top = max([c.rate * 100 for c in convs] + [(c.previous or 0) * 100 for c in convs] + [10.0])
        self.chart.getPlotItem().setRange(xRange=(-0.6, max(0, len(xs) - 1) + 0.6), yRange=(0, top * 1.12),
                                          padding=0)

    # -- priorities (each edit one undo step) ---------------------------------------
    def _apply_priorities(self, priorities: list[Priority], text: str) -> None:
        op = SetMapFields({"priorities": priorities})
        op.text = text
        try:
            self.document.apply(op)
        except (EditError, ValueError) as e:
            self.message.emit(str(e).splitlines()[0])
        self.refresh()

    def add_priority(self, quarter: str) -> str:
        m = self.document.map
        pid = m.unused_priority_id()
        new = Priority(id=pid, quarter=quarter, text=self.tr("New priority"))
        self._apply_priorities([*m.priorities, new], self.tr("Add Priority"))
        return pid

    def edit_priority(self, pid: str, **fields) -> None:
        m = self.document.map
        old = next((p for p in m.priorities if p.id == pid), None)
        if old is None or all(getattr(old, k) == v for k, v in fields.items()):
            return
        self._apply_priorities([p.model_copy(update=fields) if p.id == pid else p for p in m.priorities],
                               self.tr("Edit Priority"))

    def remove_priority(self, pid: str) -> None:
        m = self.document.map
        self._apply_priorities([p for p in m.priorities if p.id != pid], self.tr("Remove Priority"))

    # -- paper -----------------------------------------------------------------------
    def document_of_review(self):
        from mapper.analysis.method import method_progress
        from mapper.analysis.review import review_words
        m, report = self.document.map, self.report_of()
        return build_review_doc(m, self.review, report, method_progress(m, report), review_words(self.review))

    def export_review(self, path: str | None = None) -> bool:
        """Export as PDF, HTML or Markdown (by the extension chosen)."""
        if path is None:
            stem = (self.document.map.title or "review").replace("/", "-")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Quarterly Review"), f"{stem} {self.quarter()}.pdf",
                self.tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"))
            if not path:
                return False
        doc = self.document_of_review()
        try:
            if path.lower().endswith(".md"):
                write_atomic(path, to_markdown(doc).encode("utf-8"), keep_backup=False)
            elif path.lower().endswith((".html", ".htm")):
                write_atomic(path, to_html(doc).encode("utf-8"), keep_backup=False)
            else:
                from mapper.render.review_pdf import write_review_pdf
                write_review_pdf(doc, path if path.lower().endswith(".pdf") else path + ".pdf")
        except (MapFileError, OSError) as e:
            from mapper.ui import messages
            messages.show_error(self, self.tr("Export failed"), str(e))
            return False
        self.message.emit(self.tr("Exported the review to {0}").format(path))
        return True

    def print_review(self) -> bool:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mapper.render.review_pdf import paint_review
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Quarterly Review"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            paint_review(printer, self.document_of_review())
        except OSError as e:
            from mapper.ui import messages
            messages.show_error(self, self.tr("Printing failed"), str(e))
            return False
        return True
