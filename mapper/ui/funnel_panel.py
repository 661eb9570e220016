"""The Funnel panel: guessed against measured, and the what-if.

For every decision (every step with two or more ways out) each branch shows
the probability written on the map, the one measured from the metrics log
over the chosen weeks, and a slider with a spin box for the what-if. Moving
one branch rescales its siblings (``analysis.measured.set_branches``), the
funnel is solved again at once, and the goal outcomes per 100 entrants and the
value per entrant are shown before against after, with a bar chart of every
outcome. "Use measured" writes the measured probabilities into the map and
"Keep" writes the what-if, each as one undoable step. The maths is in
``mapper.analysis.measured``; this panel only shows it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDoubleSpinBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSizePolicy, QSlider, QSpinBox, QVBoxLayout, QWidget)

from mapper.analysis.flow import flow_order
from mapper.analysis.measured import (DEFAULT_WEEKS, FunnelSolver, goal_outcomes, measure_probabilities,
                                      measurement_window, probability_edit, set_branches, split_steps,
                                      used_probabilities)
from mapper.formats.money import money
from mapper.i18n.formatting import format_number, format_percent
from mapper.model import EditError, SetMapFields

#: Slider positions per 100%: tenths of a percent.
STEPS = 1000
BEFORE_COLOUR = QColor("#b8bec9")
AFTER_COLOUR = QColor("#2f6fde")


def _pct(p: float | None) -> str:
    return "—" if p is None else format_percent(p, 1)


def _short(text: str, most: int = 22) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


class _BranchRow:
    """The widgets of one branch: name, guessed, measured, slider, spin box."""

    def __init__(self, panel: "FunnelPanel", grid: QGridLayout, row: int, arrow, name: str) -> None:
        self.arrow_id = arrow.id
        self.name = QLabel(name)
        self.name.setWordWrap(True)
        self.guessed = QLabel()
        self.measured = QLabel()
        for w in (self.guessed, self.measured):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            w.setMinimumWidth(46)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setObjectName(f"whatIf:{arrow.id}")
        self.slider.setMinimumWidth(80)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix("%")
        self.spin.setKeyboardTracking(False)
        for col, w in enumerate((self.name, self.guessed, self.measured, self.slider, self.spin)):
            grid.addWidget(w, row, col)
        self.slider.valueChanged.connect(lambda v: panel.set_branch(self.arrow_id, v / STEPS))
        self.spin.valueChanged.connect(lambda v: panel.set_branch(self.arrow_id, v / 100.0))

    def show(self, p: float) -> None:
        for w in (self.slider, self.spin):
            w.blockSignals(True)
        self.slider.setValue(round(p * STEPS))
        self.spin.setValue(p * 100.0)
        for w in (self.slider, self.spin):
            w.blockSignals(False)


class FunnelPanel(QWidget):
    """The dock's widget. ``refresh()`` reads the map again (after edits, debounced)."""

    message = Signal(str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelPanel")
        self.document = document
        self.rows: dict[str, _BranchRow] = {}
        self.what_if: dict[str, float] = {}
        self.measured: dict[str, float] = {}
        self.window_weeks: list[str] = []
        self.solver: FunnelSolver | None = None
        self.before = None
        self.after = None
        self._stale = True
        self._moved: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh_if_shown)
        # Moving steps changes nothing the funnel reads.
        document.changed.connect(lambda change: None if change.geometry_only else self._timer.start())
        document.reset.connect(lambda: self._timer.start())
        self._build()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Measure over the last")))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 520)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(lambda _: self.refresh())
        top.addWidget(self.weeks)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Currency")))
        self.currency = QLineEdit()
        self.currency.setPlaceholderText(self.tr("EUR"))
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(48)
        self.currency.setToolTip(self.tr("The ISO code of the money on this map (EUR, USD, GBP...)"))
        self.currency.editingFinished.connect(self._commit_currency)
        top.addWidget(self.currency)
        outer.addLayout(top)

        self.window_label = QLabel()
        self.window_label.setObjectName("fieldHint")
        self.window_label.setWordWrap(True)
        outer.addWidget(self.window_label)

        self.goals_label = QLabel()
        self.goals_label.setObjectName("funnelGoals")
        self.goals_label.setWordWrap(True)
        self.value_label = QLabel()
        self.value_label.setObjectName("funnelValue")
        self.value_label.setWordWrap(True)
        outer.addWidget(self.goals_label)
        outer.addWidget(self.value_label)

        pg.setConfigOptions(antialias=True)
        self.chart = pg.PlotWidget(background="w")
        self.chart.setObjectName("funnelChart")
        self.chart.setMinimumHeight(150)
        self.chart.setMaximumHeight(220)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()
        self.chart.setMenuEnabled(False)
        plot = self.chart.getPlotItem()
        plot.setLabel("left", self.tr("per 100 entrants"))
        plot.showGrid(y=True, alpha=0.25)
        self.legend = plot.addLegend(offset=(-4, 4))
        self.before_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=BEFORE_COLOUR, pen=None,
                                           name=self.tr("before"))
        self.after_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=AFTER_COLOUR, pen=None,
                                          name=self.tr("after"))
        plot.addItem(self.before_bars)
        plot.addItem(self.after_bars)
        outer.addWidget(self.chart)

        buttons = QHBoxLayout()
        self.use_measured_button = QPushButton(self.tr("Use measured"))
        self.use_measured_button.setToolTip(self.tr("Write the measured probabilities into the map (one undo step)"))
        self.use_measured_button.clicked.connect(self.use_measured)
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Write the what-if into the map (one undo step)"))
        self.keep_button.clicked.connect(self.keep)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the probabilities on the map"))
        self.reset_button.clicked.connect(self.reset_what_if)
        for b in (self.use_measured_button, self.keep_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("fieldHint")
        outer.addWidget(self.empty)

    # -- reading the map -------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the map and its log again: measurements, rows, the funnel before."""
        self._stale = False
        m = self.document.map
        self.currency.setText(m.currency)
        self.window_weeks = measurement_window(m, self.weeks.value())
        self.measured = measure_probabilities(m, self.window_weeks)
        logged = {e.week for e in m.metrics_log}
        used_weeks = [w for w in self.window_weeks if w in logged]
        if m.metrics_log:
            self.window_label.setText(self.tr("Measured over {0} to {1}: {2} of {3} weeks have numbers.").format(
                self.window_weeks[0], self.window_weeks[-1], len(used_weeks), len(self.window_weeks)))
        else:
            self.window_label.setText(self.tr("No numbers logged yet: the funnel uses the probabilities "
                                              "on the map. Log counts per week to measure them."))
        self.solver = FunnelSolver(m)
        splits = split_steps(m)
        own = {a.id: a.probability for arrows in splits.values() for a in arrows}
        self.what_if = {}
        self._moved: set[str] = set()   # arrows the what-if changed: what "Keep" writes
        for sid, arrows in splits.items():
            ps = [a.probability for a in arrows]
            if any(p is None for p in ps) or sum(ps) <= 0:
                ps = [1.0 / len(arrows)] * len(arrows)  # a starting point for the sliders
            self.what_if.update((a.id, p) for a, p in zip(arrows, ps))
        self.before = self.solver.solve(own)
        if self.measured:
            on_numbers = self.solver.solve(used_probabilities(m, self.measured))
            if on_numbers is not None:
                self.window_label.setText(self.window_label.text() + " " + self.tr(
                    "On the measured probabilities: {0} goal outcomes per 100, {1} per entrant.").format(
                    format_number(goal_outcomes(on_numbers, self.solver.goals), 1), money(on_numbers.value_per_entrant, m.currency)))
        self._build_rows(m, splits)
        self.recompute()

    def _build_rows(self, m, splits) -> None:
        names = {s.id: " ".join(s.text.split()) or s.id for s in m.steps}
        structure = tuple((sid, names[sid], tuple((a.id, a.label, a.target) for a in arrows))
                          for sid, arrows in splits.items())
        if structure == getattr(self, "_structure", None) and self.rows:
            self._update_rows(m, splits)  # same decisions and branches: keep the widgets
            return
        self._structure = structure
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.rows = {}
        for sid in (s for s in flow_order(m) if s in splits):
            box = QGroupBox(names[sid])
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            for col, text in enumerate((self.tr("Branch"), self.tr("Guessed"), self.tr("Measured"),
                                        self.tr("What if"))):
                head = QLabel(f"<b>{text}</b>")
                grid.addWidget(head, 0, col, 1, 2 if col == 3 else 1)
            for i, a in enumerate(splits[sid], 1):
                branch = a.label or f"→ {names.get(a.target, a.target)}"
                row = _BranchRow(self, grid, i, a, branch)
                row.guessed.setText(_pct(a.probability))
                row.measured.setText(_pct(self.measured.get(a.id)))
                if a.id in self.measured:
                    row.measured.setToolTip(self.tr("Measured over {0} to {1}").format(
                        self.window_weeks[0], self.window_weeks[-1]))
                row.show(self.what_if[a.id])
                self.rows[a.id] = row
            grid.setColumnStretch(3, 1)
            column.addWidget(box)
        column.addStretch(1)
        self.scroll.setWidget(body)
        self.empty.setVisible(not self.rows)
        self.empty.setText(self.tr("No decision on this map yet: add one with two or more branches to see "
                                   "what changing it would bring."))

    def _update_rows(self, m, splits) -> None:
        tip = self.tr("Measured over {0} to {1}").format(self.window_weeks[0], self.window_weeks[-1])
        for arrows in splits.values():
            for a in arrows:
                row = self.rows[a.id]
                row.guessed.setText(_pct(a.probability))
                row.measured.setText(_pct(self.measured.get(a.id)))
                row.measured.setToolTip(tip if a.id in self.measured else "")
                row.show(self.what_if[a.id])

    # -- the what-if -----------------------------------------------------------------
    def set_branch(self, arrow_id: str, p: float) -> None:
        """The what-if: this branch gets ``p``, its siblings share the rest."""
        m = self.document.map
        changed = set_branches(m, self.what_if, {arrow_id: p})
        self.what_if.update(changed)
        self._moved.update(changed)
        for aid, value in changed.items():
            row = self.rows.get(aid)
            if row is not None:
                row.show(value)
        self.recompute()

    def recompute(self) -> None:
        """Solve the what-if and show before against after."""
        m = self.document.map
        self.after = self.solver.solve(self.what_if) if self.solver is not None else None
        goals = self.solver.goals if self.solver is not None else ()
        before, after = self.before, self.after
        if before is None and after is None:
            self.goals_label.setText(self.tr("No funnel yet: give every branch of every decision a probability "
                                             "and fix the errors in Findings."))
            self.value_label.setText("")
        else:
            g0 = goal_outcomes(before, goals) if before is not None else None
            g1 = goal_outcomes(after, goals) if after is not None else None
            v0 = before.value_per_entrant if before is not None else None
            v1 = after.value_per_entrant if after is not None else None
            self.goals_label.setText(self.tr("<b>Goal outcomes per 100 entrants:</b> {0} → {1}{2}").format(
                "—" if g0 is None else format_number(g0, 1), "—" if g1 is None else format_number(g1, 1),
                " ({0}{1})".format("+" if g1 - g0 >= 0 else "", format_number(g1 - g0, 1))
                if g0 is not None and g1 is not None else ""))
            self.value_label.setText(self.tr("<b>Value per entrant:</b> {0} → {1}{2}").format(
                money(v0, m.currency), money(v1, m.currency),
                f" ({money(v1 - v0, m.currency, signed=True)})" if v0 is not None and v1 is not None else ""))
        self._draw_chart(m)
        self.use_measured_button.setEnabled(bool(self.measured))
        differs = any(m.arrow(aid) is not None and (m.arrow(aid).probability is None or
                                                   abs(m.arrow(aid).probability - self.what_if[aid]) > 5e-5)
                      for aid in self._moved)
        self.keep_button.setEnabled(differs)
        self.reset_button.setEnabled(differs)

    def _draw_chart(self, m) -> None:
        ends = list(self.solver.flow.ends) if self.solver is not None else []
        names = {s.id: " ".join(s.text.split()) or s.id for s in m.steps}
        xs = list(range(len(ends)))
        before = [self.before.outcomes.get(e, 0.0) if self.before is not None else 0.0 for e in ends]
        after = [self.after.outcomes.get(e, 0.0) if self.after is not None else 0.0 for e in ends]
        self.before_bars.setOpts(x=[x - 0.2 for x in xs], height=before)
        self.after_bars.setOpts(x=[x + 0.2 for x in xs], height=after)
        goals = set(self.solver.goals) if self.solver is not None else set()
        ticks = [(x, ("★ " if e in goals else "") + _short(names.get(e, e), 18)) for x, e in zip(xs, ends)]
        axis = self.chart.getPlotItem().getAxis("bottom")
        axis.setTicks([ticks])
        top = max(before + after + [1.0])
        self.chart.getPlotItem().setRange(xRange=(-0.6, max(0, len(xs) - 1) + 0.6), yRange=(0, top * 1.12),
                                          padding=0)

    def figures(self) -> dict:
        """What the panel shows, as numbers (for tests and the benchmark)."""
        goals = self.solver.goals if self.solver is not None else ()
        return {
            "goal_outcomes": (None if self.before is None else goal_outcomes(self.before, goals),
                              None if self.after is None else goal_outcomes(self.after, goals)),
            "value_per_entrant": (None if self.before is None else self.before.value_per_entrant,
                                  None if self.after is None else self.after.value_per_entrant),
        }

    # -- writing ---------------------------------------------------------------------
    def _apply(self, op) -> None:
        if op is None:
            return
        try:
            self.document.apply(op)
        except (EditError, ValueError) as e:
            self.message.emit(str(e).splitlines()[0])
            return
        self.refresh()

    def use_measured(self) -> None:
        """Write the measured probabilities into the map: one undoable step."""
        m = self.document.map
        used = used_probabilities(m, self.measured)
        splits = split_steps(m)
        touched = {sid for sid, arrows in splits.items() if any(a.id in self.measured for a in arrows)}
        values = {a.id: used[a.id] for sid in touched for a in splits[sid]}
        self._apply(probability_edit(m, values, self.tr("Use Measured Probabilities")))

    def keep(self) -> None:
        """Write the what-if into the map: one undoable step."""
        values = {aid: self.what_if[aid] for aid in self._moved}
        self._apply(probability_edit(self.document.map, values, self.tr("Keep What-if")))

    def reset_what_if(self) -> None:
        self.refresh()

    def _commit_currency(self) -> None:
        code = self.currency.text().strip().upper()
        if code == self.document.map.currency:
            self.currency.setText(code)
            return
        if code and (len(code) != 3 or not code.isalpha() or not code.isascii()):
            self.message.emit(self.tr("A currency is a three-letter ISO code such as EUR, USD or GBP."))
            self.currency.setText(self.document.map.currency)
            return
        try:
            self.document.apply(SetMapFields({"currency": code}))
        except (EditError, ValueError) as e:
            self.message.emit(str(e).splitlines()[0])
