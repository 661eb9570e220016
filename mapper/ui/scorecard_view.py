"""The Weekly review: every metric against its target, 13 weeks across, and this week's numbers typed in.

A grid like the scorecard a weekly meeting runs on (a measurable per row, who,
goal, the weeks ending at the chosen one), with the rows off track this week
listed on top as "to discuss". Typing a number is one undoable ``SetLogValues``;
Tab and Enter move like a spreadsheet; a pasted column fills down as one undo
step. A cell says "✓ 12" or "✗ 7" besides its tint, so it reads without colour.
Each row has a sparkline, and the selected row a larger pyqtgraph chart with its
target. A decision's row opens into one row per branch (values keyed by arrow
id). Metric points without a metric are offered with "Track this".

The arithmetic is ``mapper.analysis.scorecard``; this module only shows it and
turns typing into operations.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QSplitter,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from mapper.analysis.scorecard import DEFAULT_WEEKS, BranchRow, Scorecard, ScorecardRow, branch_rows, \
    branch_summary, scorecard, scorecard_row
from mapper.formats.scorecard_report import cell_text, goal_text, number_text, trend_text, week_dates, week_label
from mapper.model import EditError, Metric, SetLogValues, SetStepFields
from mapper.model.log_keys import LogInputError, parse_log_value
from mapper.model.weeks import monday, shift_week, this_week, weeks_ending

ON_FILL = QColor("#d7f0de")
OFF_FILL = QColor("#f7d4d2")
ON_INK = QColor("#1d7a3a")
OFF_INK = QColor("#b3261e")
NAME, OWNER, GOAL, SPARK = range(4)
#: "Track this" links shown inline; the rest open from "N more…".
SHOWN_POINTS = 4
#: Off-track rows named in "To discuss"; the grid marks the rest.
SHOWN_DISCUSS = 8
MORE = "#more"
FIRST_WEEK = 4


_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_LABEL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_R = Qt.ItemDataRole
_ROLES = frozenset(r.value for r in (_R.DisplayRole, _R.EditRole, _R.ToolTipRole, _R.FontRole, _R.TextAlignmentRole,
                                     _R.BackgroundRole, _R.ForegroundRole))


@dataclass
class GridRow:
    """One line of the grid: a metric (``row``) or one branch of its step (``branch``)."""
    step: str
    key: str                      # the log key its cells write: the step id or an arrow id
    row: ScorecardRow | None = None
    branch: BranchRow | None = None
    expandable: bool = False

    @property
    def values(self) -> tuple[float | None, ...]:
        return self.row.values if self.row is not None else self.branch.values

    @property
    def status(self) -> tuple[str | None, ...]:
        return self.row.status if self.row is not None else (None,) * len(self.branch.values)


class ScorecardModel(QAbstractTableModel):
    """The grid's rows and cells; editing a cell applies one ``SetLogValues`` to the document."""

    message = Signal(str)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.weeks_shown = DEFAULT_WEEKS
        self.until = this_week()
        self.card = Scorecard((), ())
        self.rows: list[GridRow] = []
        self.expanded: set[str] = set()
        self._branches: dict[str, list[BranchRow]] = {}
        #: The log keys of the edit being applied from the grid (only their rows need recomputing).
        self.edited_keys: set[str] | None = None

    # -- building -------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute from the document; a same-shaped grid only repaints (selection kept)."""
        m = self.document.map
        self.card = scorecard(m, self.weeks_shown, self.until)
        outs: dict[str, list] = {}
        for a in m.arrows:
            outs.setdefault(a.source, []).append(a)
        self._branches = {r.step: branch_rows(m, r.step, self.card.weeks, outs.get(r.step, []))
                          for r in self.card.rows}
        rows = []
        for r in self.card.rows:
            branches = self._branches[r.step]
            rows.append(GridRow(r.step, r.step, row=r, expandable=bool(branches)))
            if r.step in self.expanded:
                rows += [GridRow(r.step, b.arrow, branch=b) for b in branches]
        same = [(g.key, g.row is None) for g in rows] == [(g.key, g.row is None) for g in self.rows]
        if same and self.rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def refresh_keys(self, keys: set[str]) -> bool:
        """Recompute only the rows these log keys feed (a typed or pasted number).

        False when that is not enough (a key of a row not shown, a metric gone): refresh then."""
        m = self.document.map
        weeks = self.card.weeks
        by_week = {e.week: e.values for e in m.metrics_log}
        columns = [by_week.get(w, {}) for w in weeks]
        card_rows = list(self.card.rows)
        where = {r.step: i for i, r in enumerate(card_rows)}
        touched: set[str] = set()
        for key in keys:
            if key in where:
                step = m.step(key)
                if step is None or step.metric is None:
                    return False
                card_rows[where[key]] = scorecard_row(step, [c.get(key) for c in columns])
                touched.add(key)
            elif (arrow := m.arrow(key)) is not None and arrow.source in where:
                self._branches[arrow.source] = branch_rows(m, arrow.source, weeks)
                touched.add(arrow.source)
        self.card = Scorecard(weeks, tuple(card_rows))
        last = self.columnCount() - 1
        for i, g in enumerate(self.rows):
            if g.step not in touched:
                continue
            if g.row is not None:
                g.row = card_rows[where[g.step]]
            else:
                g.branch = next((b for b in self._branches[g.step] if b.arrow == g.key), g.branch)
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return True

    def toggle(self, step: str) -> None:
        if step in self.expanded:
            self.expanded.discard(step)
        else:
            self.expanded.add(step)
        self.rows = []   # a new shape
        self.refresh()

    def branch_summary(self, step: str, column: int) -> str:
        return branch_summary(self._branches.get(step, []), column)

    def row_of(self, key: str) -> int | None:
        return next((i for i, g in enumerate(self.rows) if g.key == key), None)

    # -- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIRST_WEEK + len(self.card.weeks)

    def week_of(self, column: int) -> str | None:
        i = column - FIRST_WEEK
        return self.card.weeks[i] if 0 <= i < len(self.card.weeks) else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        week = self.week_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if week is not None:
                return f"{week_label(week)}\n{week_dates(week)}"
            return [self.tr("Metric"), self.tr("Owner"), self.tr("Goal"), self.tr("Trend")][section]
        if role == Qt.ItemDataRole.ToolTipRole and week is not None:
            return self.tr("Week %1, starting Monday %2").replace("%1", week).replace(
                "%2", monday(week).isoformat())
        if role == Qt.ItemDataRole.FontRole and week == self.until:
            f = QFont()
            f.setBold(True)
            return f
        return None

    def flags(self, index):
        return _CELL_FLAGS if index.column() >= FIRST_WEEK else _LABEL_FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks a dozen roles of every visible cell: leave early on the ones not answered.
        if (role if type(role) is int else role.value) not in _ROLES or not index.isValid():
            return None
        g = self.rows[index.row()]
        col = index.column()
        week = self.card.weeks[col - FIRST_WEEK] if col >= FIRST_WEEK else None
        if week is not None:
            value = g.values[col - FIRST_WEEK]
            status = g.status[col - FIRST_WEEK]
            if role == Qt.ItemDataRole.DisplayRole:
                return cell_text(value, status)
            if role == Qt.ItemDataRole.EditRole:
                return number_text(value)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ON_FILL) if status == "on" else QBrush(OFF_FILL) if status == "off" else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OFF_INK) if status == "off" else QBrush(QColor("#666")) if g.row is None else None
            if role == Qt.ItemDataRole.FontRole and status == "off":
                f = QFont()
                f.setBold(True)
                return f
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._cell_tip(g, week, value, status, col - FIRST_WEEK)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if g.row is None:
                return ("    ↳ " + g.branch.label) if col == NAME else ""
            if col == NAME:
                mark = ("▾ " if g.step in self.expanded else "▸ ") if g.expandable else ""
                return mark + g.row.name
            if col == OWNER:
                return g.row.owner
            if col == GOAL:   # the unit is in the tooltip: the weeks need the room
                return goal_text(g.row).removesuffix(" " + g.row.unit.strip()) if g.row.unit.strip() \
                    else goal_text(g.row)
            return ""
        if role == Qt.ItemDataRole.ForegroundRole and g.row is None:
            return QBrush(QColor("#666"))
        if role == Qt.ItemDataRole.ToolTipRole and col == GOAL and g.row is not None:
            return goal_text(g.row) or self.tr("No target yet: set one in the Properties panel")
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME:
            if g.row is None:
                return self.tr("How many went this way (counted on arrow %1)").replace("%1", g.key)
            tip = g.row.name + (f"\n{trend_text(g.row.trend)}" if g.row.trend is not None else "")
            if g.expandable:
                tip += "\n" + self.tr("Click ▸ to count each branch")
            return tip
        return None

    def _cell_tip(self, g: GridRow, week: str, value, status, i: int) -> str:
        text = f"{week}: " + (number_text(value) if value is not None else self.tr("no number yet"))
        if g.row is not None and g.row.target is not None and value is not None:
            text += " — " + (self.tr("on track") if status == "on" else self.tr("off track")) + \
                " " + self.tr("(goal {goal})").format(goal=goal_text(g.row))
        summary = self.branch_summary(g.step, i) if g.row is not None else ""
        return text + (f"\n{summary}" if summary else "")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.week_of(index.column()) is None:
            return False
        return self.set_cells({(index.row(), index.column()): "" if value is None else str(value)})

    def set_cells(self, cells: dict[tuple[int, int], str], skip_empty: bool = False) -> bool:
        """Write typed or pasted texts into cells as ONE undoable edit. A text that is not a
        number refuses the whole edit (nothing changes) and says why."""
        values: dict[str, dict[str, float | None]] = {}
        try:
            for (r, c), text in cells.items():
                week = self.week_of(c)
                if week is None or not 0 <= r < len(self.rows):
                    continue
                if skip_empty and not text.strip():
                    continue
                parsed = parse_log_value(text)
                g = self.rows[r]
                if g.values[c - FIRST_WEEK] != parsed:
                    values.setdefault(week, {})[g.key] = parsed
        except LogInputError as e:
            self.message.emit(self.tr("Not recorded: %1").replace("%1", str(e)))
            return False
        if not values:
            return True
        self.edited_keys = {k for cells in values.values() for k in cells}
        try:
            self.document.apply(SetLogValues(values))
        except EditError as e:
            self.message.emit(str(e))
            return False
        finally:
            self.edited_keys = None
        return True


class _CellDelegate(QStyledItemDelegate):
    """Enter in an open cell saves and moves down (Shift+Enter: up), like a spreadsheet."""

    move = Signal(int)

    def paint(self, painter, option, index) -> None:
        if index.column() >= FIRST_WEEK:   # the first columns lie under the frozen ones: not painted twice
            super().paint(painter, option, index)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.move.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return True
        return super().eventFilter(editor, event)


class _SparkDelegate(QStyledItemDelegate):
    """A row's values as a small line (gaps where nothing was logged) over its dotted target."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        model: ScorecardModel = index.model()
        g = model.rows[index.row()]
        draw_sparkline(painter, QRectF(option.rect).adjusted(4, 4, -4, -4), g.values,
                       g.row.target if g.row is not None else None, g.status)


def draw_sparkline(painter: QPainter, rect: QRectF, values, target, status) -> None:
    ys = np.array([np.nan if v is None else v for v in values], dtype=float)
    finite = ys[np.isfinite(ys)]
    if finite.size == 0:
        return
    lo, hi = float(finite.min()), float(finite.max())
    if target is not None:
        lo, hi = min(lo, target), max(hi, target)
    span = (hi - lo) or 1.0
    n = max(len(ys) - 1, 1)
    xs = rect.left() + np.arange(len(ys)) * rect.width() / n
    py = rect.bottom() - (ys - lo) / span * rect.height()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if target is not None:
        ty = rect.bottom() - (target - lo) / span * rect.height()
        painter.setPen(QPen(QColor("#9aa0a6"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(rect.left(), ty), QPointF(rect.right(), ty))
    painter.setPen(QPen(QColor("#3b5bdb"), 1.4))
    painter.drawPath(pg.arrayToQPath(xs, py, connect="finite"))
    last = int(np.flatnonzero(np.isfinite(ys))[-1])
    colour = OFF_INK if status[last] == "off" else ON_INK if status[last] == "on" else QColor("#3b5bdb")
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(xs[last], py[last]), 2.5, 2.5)
    painter.restore()


class ScorecardGrid(QTableView):
    """The grid: spreadsheet keys, paste fills down, Delete clears, ▸ opens a decision's branches."""

    def __init__(self, model: ScorecardModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.cells = _CellDelegate(self)
        self.cells.move.connect(self.move_current)
        self.setItemDelegate(self.cells)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setMinimumHeight(40)
        # The metric, owner, goal and trend stay in view while the weeks scroll under them
        # (Qt's "frozen column" pattern: a second view over the left part, same model and selection).
        self.frozen = _FrozenColumns(self)
        header.sectionResized.connect(self._frozen_resized)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        model.modelReset.connect(self.frozen.hide_weeks)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(FIRST_WEEK))

    def _frozen_resized(self, column: int, old: int, new: int) -> None:
        if column < FIRST_WEEK:
            self.frozen.setColumnWidth(column, new)
        self.place_frozen()

    def place_frozen(self) -> None:
        if getattr(self, "frozen", None) is None:
            return   # still being built
        f = self.frameWidth()
        self.frozen.setGeometry(f, f, self.frozen_width(),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_frozen()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        super().scrollTo(index, hint)
        if index.isValid() and index.column() >= FIRST_WEEK:   # not under the frozen columns
            left = self.visualRect(index).left()
            if left < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (self.frozen_width() - left))

    def fit_columns(self) -> None:
        fm = self.fontMetrics()
        model: ScorecardModel = self.model()
        longest = max([fm.horizontalAdvance(str(model.index(i, NAME).data())) for i in range(len(model.rows))]
                      + [120])
        owners = [fm.horizontalAdvance(g.row.owner) for g in model.rows if g.row is not None]
        goals = [fm.horizontalAdvance(str(model.index(i, GOAL).data())) for i in range(len(model.rows))]
        header = self.horizontalHeader()

        def heading(column: int) -> int:
            # A column is never narrower than its heading as the style draws it:
            # "Responsabile" is longer than "Owner", "28 sept." than "30 Nov".
            return header.sectionSizeFromContents(column).width()

        self.setColumnWidth(NAME, max(heading(NAME), min(180, longest + 12)))
        self.setColumnWidth(OWNER, max(heading(OWNER), min(120, max(owners + [40]) + 14)))
        self.setColumnWidth(GOAL, max(heading(GOAL), min(130, max(goals + [40]) + 14)))
        self.setColumnWidth(SPARK, max(heading(SPARK), 64))
        weeks = range(FIRST_WEEK, model.columnCount())
        # One width for every week (the chosen one's heading is bold, so it counts too).
        week = max([40, fm.horizontalAdvance("✗ 888") + 8] + [heading(c) for c in weeks])
        for c in weeks:
            self.setColumnWidth(c, week)
        self.frozen.hide_weeks()

    def move_current(self, step: int) -> None:
        i = self.currentIndex()
        r = min(max(i.row() + step, 0), self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(r, i.column()))

    def mousePressEvent(self, event) -> None:
        if not self.press_toggle(self, event):
            super().mousePressEvent(event)

    def press_toggle(self, view: QTableView, event) -> bool:
        """A click on a decision row's ▸ opens or closes its branch rows."""
        index = view.indexAt(event.position().toPoint())
        model: ScorecardModel = self.model()
        if index.isValid() and index.column() == NAME:
            g = model.rows[index.row()]
            if g.expandable and event.position().x() - view.visualRect(index).left() < 22:
                model.toggle(g.step)
                self.setCurrentIndex(model.index(model.row_of(g.key), NAME))
                return True
        return False

    def keyPressEvent(self, event) -> None:
        model: ScorecardModel = self.model()
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.set_cells({(i.row(), i.column()): "" for i in self.selectedIndexes()})
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_current(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return
            i = self.currentIndex()
            if i.isValid() and i.column() == NAME and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
                g = model.rows[i.row()]
                if g.expandable and (event.key() == Qt.Key.Key_Plus) != (g.step in model.expanded):
                    model.toggle(g.step)
                    self.setCurrentIndex(model.index(model.row_of(g.key), NAME))
                return
        super().keyPressEvent(event)

    def paste(self) -> None:
        """Clipboard text from a spreadsheet, from the current cell on: lines go down, tabs go right.
        Empty cells leave their value; the whole paste is one undo step."""
        text = QGuiApplication.clipboard().text()
        start = self.currentIndex()
        if not text.strip() or not start.isValid():
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        cells = {}
        for dr, line in enumerate(lines):
            for dc, cell in enumerate(line.split("\t")):
                cells[(start.row() + dr, max(start.column(), FIRST_WEEK) + dc)] = cell
        self.model().set_cells(cells, skip_empty=True)

    def copy(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), {})[i.column()] = str(i.data(Qt.ItemDataRole.EditRole) or "")
        cols = sorted({c for r in rows.values() for c in r})
        QGuiApplication.clipboard().setText("\n".join("\t".join(r.get(c, "") for c in cols)
                                                      for _, r in sorted(rows.items())))


class _FrozenColumns(QTableView):
    """The grid's first columns, drawn over it; clicks select in the grid (shared selection), focus stays there."""

    def __init__(self, grid: ScorecardGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setModel(grid.model())
        self.setSelectionModel(grid.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setItemDelegateForColumn(SPARK, _SparkDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setMinimumHeight(grid.horizontalHeader().minimumHeight())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(grid.verticalScrollMode())
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView { border: none; border-right: 1px solid #b8bcc4; }")
        self.hide_weeks()
        self.show()

    def hide_weeks(self) -> None:
        for c in range(self.model().columnCount()):
            self.setColumnHidden(c, c >= FIRST_WEEK)
            if c < FIRST_WEEK:
                self.setColumnWidth(c, self.grid.columnWidth(c))
        self.grid.place_frozen()

    def mousePressEvent(self, event) -> None:
        self.grid.setFocus()   # typing goes on in the grid
        if not self.grid.press_toggle(self, event):
            super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        self.grid.wheelEvent(event)


_POINT_STYLE = {s: (pg.mkBrush(c), pg.mkPen(c)) for s, c in
                (("on", ON_INK), ("off", OFF_INK), (None, QColor("#3b5bdb")))}


class RowChart(pg.PlotWidget):
    """The selected row, larger: its weeks, a point per value (● on track, ✕ off), and the target line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumWidth(260)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        # No grid lines: they belong to the left axis, which then repaints on every typed number.
        self.curve = self.plot([], [], pen=pg.mkPen("#3b5bdb", width=2), connect="finite")
        self.points = pg.ScatterPlotItem(size=10)
        self.addItem(self.points)
        self.target_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#5f6368", width=1.2, style=Qt.PenStyle.DashLine),
                                           label="", labelOpts={"position": 0.08, "color": "#5f6368",
                                                                "anchors": [(0, 1), (0, 1)]})
        self.addItem(self.target_line)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setTextPen("#3b4250")
            self.getAxis(axis).setPen("#9aa0a6")
        self.setTitle("")
        self.shown_key: str | None = None
        self._weeks: tuple[str, ...] = ()
        self._y_range: tuple[float, float] | None = None
        self._title = ""

    def show_row(self, weeks, g: GridRow | None) -> None:
        self.shown_key = g.key if g is not None else None
        if g is None:
            self.curve.setData([], [])
            self.points.setData([])
            self.target_line.setVisible(False)
            self._title = ""
            self.setTitle(self.tr("Select a row to see its weeks"), color="#3b4250", size="10pt")
            return
        ys = np.array([np.nan if v is None else v for v in g.values], dtype=float)
        xs = np.arange(len(ys), dtype=float)
        self.curve.setData(xs, ys, connect="finite")
        shown = np.isfinite(ys)
        states = [s for s, ok in zip(g.status, shown) if ok]
        # The same brush and pen objects each time: pyqtgraph then reuses its rendered symbols.
        self.points.setData(x=xs[shown], y=ys[shown], symbol=["x" if s == "off" else "o" for s in states],
                            brush=[_POINT_STYLE[s][0] for s in states], pen=[_POINT_STYLE[s][1] for s in states])
        target = g.row.target if g.row is not None else None
        self.target_line.setVisible(target is not None)
        if target is not None:
            self.target_line.setValue(target)
            self.target_line.label.setFormat(self.tr("goal %1").replace("%1", goal_text(g.row)))
        # Axes are re-drawn only when their ticks or range change: typing a number keeps both.
        if tuple(weeks) != self._weeks:
            self._weeks = tuple(weeks)
            step = max(1, (len(weeks) + 5) // 6)
            self.getAxis("bottom").setTicks([[(i, week_label(w)) for i, w in enumerate(weeks)
                                              if i % step == 0 or i == len(weeks) - 1]])
            self.setXRange(-1.0, len(ys), padding=0)   # room for the first and last week's labels
        finite = ys[np.isfinite(ys)]
        values = list(finite) + ([target] if target is not None else [])
        if values:
            lo, hi = min(values), max(values)
            pad = (hi - lo) * 0.15 or 1
            y_range = (lo - pad, hi + pad)
            if y_range != self._y_range:
                self._y_range = y_range
                self.setYRange(*y_range, padding=0)
        title = g.row.name if g.row is not None else g.branch.label
        if g.row is not None and g.row.trend is not None:
            title += f"  ·  {trend_text(g.row.trend)}"
        if title != self._title:
            self._title = title
            self.setTitle(title, color="#1f2430", size="10pt")


def _day_and_month(day: _dt.date) -> str:
    """"30 Nov" in the app's language (the year is in the week's name); Chinese writes the whole date."""
    from mapper.i18n import language
    from mapper.i18n.formatting import format_date
    text = format_date(day)
    return text if language() == "zh_CN" else text.rsplit(" ", 1)[0]


class ScorecardView(QWidget):
    """The Weekly review. ``show_steps(step_ids, arrow_ids)`` asks the canvas to select a row's step."""

    show_steps = Signal(list, list)
    message = Signal(str)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardView")
        self.document = document
        self.report = None
        self.untracked = []
        self._sized = False
        self._quiet = False
        self._stale = False
        self.model = ScorecardModel(document, self)
        self.model.message.connect(self.message)
        self.grid = ScorecardGrid(self.model)
        self.chart = RowChart()

        self.prev_button = QToolButton(text="◀")
        self.prev_button.setToolTip(self.tr("The week before"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setToolTip(self.tr("The week after"))
        # Two years back to a few weeks ahead, newest first; the arrows step one week.
        self.week_box = QComboBox()
        self.week_box.setObjectName("scorecardWeek")
        self.week_box.setMaxVisibleItems(20)
        self.week_box.setToolTip(self.tr("The last week shown; the 12 before it are shown too"))
        self.week_box.activated.connect(lambda i: self.set_week(self.week_box.itemData(i)))
        self.today_button = QToolButton(text=self.tr("This week"))
        self.prev_button.clicked.connect(lambda: self.set_week(shift_week(self.model.until, -1)))
        self.next_button.clicked.connect(lambda: self.set_week(shift_week(self.model.until, 1)))
        self.today_button.clicked.connect(lambda: self.set_week(this_week()))
        self.export_button = QToolButton(text=self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self._export_menu())
        self.print_button = QToolButton(text=self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Print the scorecard…"), lambda: self._print(blank=False))
        menu.addAction(self.tr("Print a blank sheet for this week's numbers…"), lambda: self._print(blank=True))
        self.print_button.setMenu(menu)
        self.import_button = QToolButton(text=self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Numbers from a spreadsheet: a week column, then one column per metric"))
        self.import_button.clicked.connect(self._import_csv)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.week_box)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)

        self.discuss = QLabel()
        self.discuss.setObjectName("scorecardDiscuss")
        self.discuss.setWordWrap(True)
        self.discuss.linkActivated.connect(self.select_key)
        self.track = QLabel()
        self.track.setObjectName("scorecardTrack")
        self.track.setWordWrap(True)
        self.track.linkActivated.connect(self.track_this)
        self.empty = QLabel()
        self.empty.setObjectName("scorecardEmpty")
        self.empty.setWordWrap(True)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.discuss)
        column.addWidget(self.grid, 1)
        column.addWidget(self.empty)
        column.addWidget(self.track)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(bar)
        outer.addWidget(self.splitter, 1)

        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(1100, 330)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
        if not self._sized and self.width() > 600:
            self._sized = True   # the chart gets a third at most; the weeks need the room
            chart = min(300, self.width() // 3)
            self.splitter.setSizes([self.width() - chart, chart])

    # -- state -------------------------------------------------------------------------
    def set_week(self, week: str) -> None:
        """Show the weeks ending at ``week`` (the chosen week is the last column)."""
        self.model.until = week
        self.model.rows = []   # other columns: a new shape
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_side()

    def _on_changed(self, change) -> None:
        if change.geometry_only:
            return
        if not self.isVisible():
            self._stale = True   # a closed dock costs the editor nothing; it catches up when shown
            return
        keys = self.model.edited_keys
        if keys is not None and self.model.refresh_keys(keys):
            self._update_side()
        else:
            self.refresh()

    def _on_reset(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True   # another map under a closed dock: read when shown

    def set_report(self, report) -> None:
        """The analysis, for "Track this" (metric points without a metric)."""
        self.report = report
        self._update_track()

    def _after_reset(self) -> None:
        self.grid.fit_columns()
        if self.model.rows and not self.grid.currentIndex().isValid():
            # Ready to type this week's first number (the names stay in view, frozen on the left).
            self._quiet = True
            try:
                self.grid.setCurrentIndex(self.model.index(0, self.model.columnCount() - 1))
            finally:
                self._quiet = False
        self._stale = False
        self._update_side()

    def _update_side(self) -> None:
        until = self.model.until
        self._fill_weeks()
        card = self.model.card
        discuss = card.to_discuss()
        if discuss:
            links = " &nbsp; ".join(
                f'<a href="{r.step}" style="color:#b3261e">✗ {_esc(r.name)}</a> '
                + number_text(r.values[-1]) + " " + self.tr("(goal {goal})").format(goal=_esc(goal_text(r)))
                + (" · " + _esc(r.owner) if r.owner else "")
                for r in discuss[:SHOWN_DISCUSS])
            if len(discuss) > SHOWN_DISCUSS:
                links += " &nbsp; " + self.tr("and %n more (✗ in the grid)", "", len(discuss) - SHOWN_DISCUSS)
            _set_text(self.discuss, "<b>" + self.tr("To discuss") + f"</b> ({len(discuss)}): {links}")
        elif card.rows:
            _set_text(self.discuss, self.tr("<b>To discuss</b>: nothing is off track in %1.").replace("%1", until))
        else:
            self.discuss.setText("")
        self.discuss.setVisible(bool(card.rows))
        self.empty.setVisible(not card.rows)
        _set_text(self.empty, self.tr("No step has a metric yet. Give the critical steps a metric (with a target) "
                                   "in the Properties panel, or track one of the points below."))
        self._update_chart()

    def _fill_weeks(self) -> None:
        until = self.model.until
        if self.week_box.currentData() == until:
            return
        newest = max(shift_week(this_week(), 8), until)
        weeks = weeks_ending(newest, 114)
        if until not in weeks:
            weeks = weeks_ending(shift_week(until, 8), 114)
        self.week_box.blockSignals(True)
        self.week_box.clear()
        for week in reversed(weeks):
            self.week_box.addItem(self.week_text(week), week)
        self.week_box.setCurrentIndex(self.week_box.findData(until))
        self.week_box.blockSignals(False)

    def week_text(self, week: str) -> str:
        """"2026-W49 · 30 Nov to 6 Dec" (and "this week")."""
        first, last = monday(week), monday(week) + _dt.timedelta(days=6)
        text = self.tr("%1 · %2 to %3").replace("%1", week).replace(
            "%2", _day_and_month(first)).replace("%3", _day_and_month(last))
        return text + (self.tr(" (this week)") if week == this_week() else "")

    def _update_track(self) -> None:
        m = self.document.map
        points = [] if self.report is None else [
            p for p in self.report.metric_points if (s := m.step(p.step)) is not None and s.metric is None]
        if not points:
            self.track.setVisible(False)
            return
        self.untracked = points
        links = " &nbsp; ".join(f'<a href="{_esc(p.step)}">+ {_esc(p.name)}</a>' for p in points[:SHOWN_POINTS])
        more = (f' &nbsp; <a href="{MORE}">' + self.tr("%n more…", "", len(points) - SHOWN_POINTS) + "</a>"
                if len(points) > SHOWN_POINTS else "")
        self.track.setText("<b>" + self.tr("Track this") + f"</b>: {links}{more}")
        self.track.setToolTip(self.tr("Points where the analysis suggests counting; one click adds the metric"))
        self.track.setVisible(True)

    def _current_changed(self, current, previous) -> None:
        self._update_chart()
        # Only the owner moving in the grid selects on the canvas: a refresh moving the cursor
        # (the map changed under a hidden view) must not take the selection from the canvas.
        if self._quiet or not self.isVisible():
            return
        if current.isValid() and (not previous.isValid() or current.row() != previous.row()):
            g = self.model.rows[current.row()]
            if g.row is not None:
                self.show_steps.emit([g.step], [])
            else:
                self.show_steps.emit([], [g.key])

    def _update_chart(self) -> None:
        i = self.grid.currentIndex()
        g = self.model.rows[i.row()] if i.isValid() and i.row() < len(self.model.rows) else None
        self.chart.show_row(self.model.card.weeks, g)

    # -- actions -----------------------------------------------------------------------
    def select_key(self, key: str) -> None:
        """Put the cursor on a row's chosen-week cell (a "to discuss" link does this)."""
        r = self.model.row_of(key)
        if r is not None:
            self.grid.setCurrentIndex(self.model.index(r, self.model.columnCount() - 1))
            self.grid.setFocus()

    def track_this(self, step_id: str) -> None:
        """Give a metric point its metric, named as the analysis suggests: one undoable edit."""
        if step_id == MORE:
            menu = QMenu(self)
            for p in self.untracked[SHOWN_POINTS:]:
                menu.addAction("+ " + p.name, lambda sid=p.step: self.track_this(sid))
            menu.exec(self.track.mapToGlobal(self.track.rect().bottomLeft()))
            return
        m = self.document.map
        point = next((p for p in (self.report.metric_points if self.report else ()) if p.step == step_id), None)
        if point is None or m.step(step_id) is None or m.step(step_id).metric is not None:
            return
        self.document.apply(SetStepFields(step_id, {"metric": Metric(name=point.name)}))
        self._update_track()
        self.select_key(step_id)
        self.message.emit(self.tr("Now tracking “%1”; set its target in the Properties panel.").replace(
            "%1", point.name))

    def _export_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Numbers as CSV (for a spreadsheet)…"), self._export_log_csv)
        menu.addSeparator()
        for ext, label in (("pdf", self.tr("Scorecard as PDF…")), ("png", self.tr("Scorecard as PNG…")),
                           ("html", self.tr("Scorecard as HTML…")), ("md", self.tr("Scorecard as Markdown…")),
                           ("csv", self.tr("Scorecard as CSV…"))):
            menu.addAction(label, lambda e=ext: self._export_scorecard(e))
        menu.addSeparator()
        menu.addAction(self.tr("Blank sheet for this week's numbers (PDF)…"), self._export_blank)
        return menu

    def _ask_path(self, title: str, suffix: str, filt: str, save: bool = True) -> str:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog
        base = Path(self.document.path).with_suffix("") if self.document.path else Path("scorecard")
        default = f"{base}-{suffix}" if save else str(base.parent)
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title, default, filt)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, default, filt)
        return path

    def _export_log_csv(self) -> None:
        from mapper.analysis.scorecard import log_columns
        from mapper.formats.scorecard_csv import log_to_csv
        from mapper.model import write_atomic
        path = self._ask_path(self.tr("Export the numbers as CSV"), "numbers.csv", self.tr("CSV (*.csv)"))
        if path:
            self._write(path, lambda: write_atomic(path, log_to_csv(self.document.map, log_columns(self.document.map)).encode("utf-8"),
                                                   keep_backup=False))

    def _export_scorecard(self, ext: str) -> None:
        path = self._ask_path(self.tr("Export the scorecard"), f"scorecard.{ext}", f"*.{ext}")
        if path:
            self._write(path, lambda: write_card(self.document.map, self.model.card, path))

    def _export_blank(self) -> None:
        path = self._ask_path(self.tr("Blank sheet for this week's numbers"), "numbers-sheet.pdf", "PDF (*.pdf)")
        if path:
            from mapper.render.scorecard_pdf import write_scorecard
            self._write(path, lambda: write_scorecard(self.document.map, self.model.card, path, blank=True))

    def _write(self, path: str, produce) -> None:
        from mapper.model import MapFileError
        from mapper.ui.messages import show_error
        try:
            produce()
        except (MapFileError, OSError, ValueError) as e:
            show_error(self, self.tr("Could not export"), str(e))
            return
        self.message.emit(self.tr("Wrote %1").replace("%1", path))

    def _import_csv(self) -> None:
        from mapper.formats.scorecard_csv import LogCsvError, read_log_csv
        from mapper.model import MapFileError
        from mapper.model.fileformat import read_file
        from mapper.ui.messages import show_error
        path = self._ask_path(self.tr("Import numbers from a CSV"), "", self.tr("CSV (*.csv *.txt)"), save=False)
        if not path:
            return
        try:
            values = read_log_csv(read_file(path, 50 * 1024 * 1024, "a CSV file"), self.document.map)
            self.document.apply(SetLogValues(values))
        except LogCsvError as e:
            show_error(self, self.tr("Nothing was imported"), str(MapFileError(path, e.reason, e.place)))
            return
        except (MapFileError, EditError) as e:
            show_error(self, self.tr("Nothing was imported"), str(e))
            return
        self.message.emit(self.tr("Imported %n week(s) of numbers", "", len(values)))

    def _print(self, blank: bool) -> None:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mapper.render.scorecard_pdf import paint_numbers_sheet, paint_scorecard
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if blank else QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        (paint_numbers_sheet if blank else paint_scorecard)(printer, self.document.map, self.model.card)


def write_card(m, card: Scorecard, path: str) -> None:
    """The scorecard to a file, by extension (csv, md, html, pdf, png)."""
    from pathlib import Path

    from mapper.formats import scorecard_csv, scorecard_report
    from mapper.model import MapFileError, write_atomic
    ext = Path(path).suffix.lower().lstrip(".")
    if ext in ("pdf", "png"):
        from mapper.render.scorecard_pdf import write_scorecard
        write_scorecard(m, card, path)
        return
    produce = {"csv": lambda: scorecard_csv.scorecard_to_csv(card), "md": lambda: scorecard_report.to_markdown(m, card),
               "html": lambda: scorecard_report.to_html(m, card)}.get(ext)
    if produce is None:
        raise MapFileError(path, QCoreApplication.translate(
            "ScorecardView", "unknown file type; use .pdf, .png, .html, .md or .csv"))
    write_atomic(path, produce().encode("utf-8"), keep_backup=False)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:   # an unchanged label must not re-lay out the view
        label.setText(text)


def _esc(text: str) -> str:
    import html
    return html.escape(text, quote=True)
