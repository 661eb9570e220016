"""The Properties page of one step: shape, text, stage, owner, outcome, the owner's
decisions on critical and automation (with mapper's own verdicts beside them),
the metric, the checklist and the details."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from mapper.i18n.formatting import format_number
from mapper.i18n.stages import kind_name, stage_name
from mapper.model import STAGES, STEP_KINDS, Metric, SetStepFields

from .widgets import (ChecklistEditor, Page, PanelCombo, TriState, parse_number, set_combo, set_line, set_text,
                      show_number)


class StepPage(Page):
    def __init__(self, panel) -> None:
        super().__init__()
        self.panel = panel
        self.heading = self.header(self.tr("Step"))
        self.kind = PanelCombo()
        for kind in STEP_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.activated.connect(lambda i: self.commit("kind", self.kind.itemData(i)))
        self.add("kind", self.tr("Shape"), self.kind)
        self.text = self.line(lambda: self.commit("text", self.text.text()), self.tr("What happens here?"))
        self.add("text", self.tr("Text"), self.text)
        self.stage = PanelCombo()
        self.stage.addItem(self.tr("No stage"), None)
        for stage in STAGES:
            self.stage.addItem(stage_name(stage), stage)
        self.stage.activated.connect(lambda i: self.commit("stage", self.stage.itemData(i)))
        self.add("stage", self.tr("Hourglass stage"), self.stage)
        commit_owner = lambda: self.commit("owner", self.owner.text().strip())  # noqa: E731
        self.owner = self.line(commit_owner, self.tr("Who is accountable? (role or person)"))
        panel.owner_names.attach(self.owner, commit_owner)
        self.add("owner", self.tr("Owner"), self.owner)
        self.goal = QCheckBox(self.tr("A successful outcome (a goal)"))
        self.goal.clicked.connect(lambda on: self.commit("goal", bool(on)))
        self.add("goal", self.tr("Outcome"), self.goal)
        self.value = self.line(lambda: self.commit_number("value", self.value, self.tr("Value")),
                               self.tr("e.g. 1200"))
        self.add("value", self.tr("Value of this outcome"), self.value)

        self.section(self.tr("Critical and automation"))
        self.critical = TriState()
        self.critical.changed.connect(lambda v: self.commit("critical", v))
        self.add("critical", self.tr("Critical step"), self.critical, " ")
        self.automate = TriState()
        self.automate.changed.connect(lambda v: self.commit("automate", v))
        self.add("automate", self.tr("Automate"), self.automate, " ")

        self.section(self.tr("Metric"))
        self.metric_name = self.line(self.commit_metric, self.tr("e.g. Consultations booked"))
        self.add("metric_name", self.tr("Name"), self.metric_name, " ")
        self.metric_unit = self.line(self.commit_metric, self.tr("per week"))
        self.metric_target = self.line(self.commit_metric, self.tr("target"))
        self.add("metric_unit", self.tr("Unit and weekly target"),
                 self.pair(self.metric_unit, self.metric_target, (3, 2)))
        self.metric_owner = self.line(self.commit_metric, self.tr("the step's owner"))
        panel.owner_names.attach(self.metric_owner, self.commit_metric)
        self.add("metric_owner", self.tr("Who answers for it"), self.metric_owner)

        self.section(self.tr("Checklist"))
        self.checklist = ChecklistEditor()
        self.checklist.edited.connect(lambda items: self.commit("checklist", items))
        self.add("checklist", "", self.checklist)

        self.section(self.tr("Details"))
        self.notes = self.text_field(lambda: self.commit("notes", self.notes.toPlainText()),
                                     self.tr("How is it done? What to watch out for?"))
        self.add("notes", self.tr("Notes"), self.notes)
        self.duration = self.line(
            lambda: self.commit_number("duration_min", self.duration, self.tr("Duration"), 0), self.tr("minutes"))
        self.cost = self.line(lambda: self.commit_number("cost", self.cost, self.tr("Cost")), self.tr("cost"))
        self.add("duration", self.tr("Duration (min) and cost"), self.pair(self.duration, self.cost))

    # -- showing -------------------------------------------------------------------
    def load(self) -> None:
        m = self.panel.document.map
        s = m.step(self.panel.step_id)
        self.heading.setText(kind_name(s.kind))
        set_combo(self.kind, s.kind)
        set_line(self.text, s.text)
        set_combo(self.stage, s.stage)
        self.panel.owner_names.load(m)
        set_line(self.owner, s.owner)
        self.goal.setChecked(s.goal)
        set_line(self.value, show_number(s.value))
        self.critical.set_value(s.critical)
        self.automate.set_value(s.automate)
        metric = s.metric or Metric()
        set_line(self.metric_name, metric.name)
        set_line(self.metric_unit, metric.unit)
        set_line(self.metric_target, show_number(metric.target))
        set_line(self.metric_owner, metric.owner)
        self.metric_owner.setPlaceholderText(
            self.tr("{0} (the step's owner)").format(" ".join(s.owner.split())) if s.owner.strip()
            else self.tr("nobody yet"))
        self.checklist.set_items(list(s.checklist))
        set_text(self.notes, s.notes)
        set_line(self.duration, show_number(s.duration_min))
        set_line(self.cost, show_number(s.cost))
        cur = m.currency  # money shows its currency (set in the Funnel panel)
        self.value.setPlaceholderText(self.tr("e.g. 1200 {0}").format(cur).rstrip())
        self.cost.setPlaceholderText(self.tr("cost in {0}").format(cur) if cur else self.tr("cost"))
        for w in (self.value, self.cost):
            w.setToolTip(self.tr("Money in {0}").format(cur) if cur else "")
        is_note = s.kind == "note"
        for key in ("stage", "owner", "critical", "automate", "metric_name", "metric_unit", "metric_owner",
                    "checklist", "duration"):
            self.rows[key].setVisible(not is_note)
        for key in ("goal", "value"):
            self.rows[key].setVisible(s.kind == "terminator")
        self.load_verdicts()

    def load_verdicts(self) -> None:
        """Under Auto, say what mapper decided (so the owner knows what Yes/No would change)."""
        p = self.panel
        s = p.document.map.step(p.step_id) if p.step_id else None
        if s is None:
            return
        report = p.report
        if report is None:
            crit = auto = self.tr("mapper will decide once it has checked the map.")
        else:
            c = {c.step: c for c in report.critical}.get(s.id)
            if c is None:
                crit = self.tr("mapper: not critical")
            elif c.reasons:
                crit = self.tr("mapper: critical — {0}").format(c.reasons[0])
            else:
                crit = self.tr("mapper: critical")
            a = {a.step: a for a in report.automation}.get(s.id)
            if a is None:
                auto = self.tr("mapper: not a candidate")
            elif a.reasons:
                auto = self.tr("mapper: a candidate (score {0}) — {1}").format(format_number(a.score, 2), a.reasons[0])
            else:
                auto = self.tr("mapper: a candidate (score {0})").format(format_number(a.score, 2))
        yours = self.tr("Your decision (mapper's is ignored).")
        self.rows["critical"].hint.setText(crit if s.critical is None else yours)
        self.rows["automate"].hint.setText(auto if s.automate is None else yours)
        # The canvas shows a "Measure here" badge on steps mapper suggests; say what to count.
        point = None if report is None or s.metric is not None else next(
            (pt for pt in report.metric_points if pt.step == s.id), None)
        hint = self.rows["metric_name"].hint
        hint.setText(self.tr("mapper suggests counting “{0}” here — {1}").format(point.name, point.reason)
                     if point else "")
        hint.setVisible(point is not None)
        self.metric_name.setPlaceholderText(point.name if point else self.tr("e.g. Consultations booked"))

    # -- committing ----------------------------------------------------------------
    def commit(self, field: str, value) -> None:
        p = self.panel
        if p.loading or p.step_id is None:
            return
        s = p.document.map.step(p.step_id)
        if s is None or getattr(s, field) == value:
            return
        p.apply(SetStepFields(p.step_id, {field: value}))

    def commit_number(self, field: str, widget: QLineEdit, what: str, minimum: float | None = None) -> None:
        p = self.panel
        if p.loading or p.step_id is None:
            return
        try:
            value = parse_number(widget.text(), what, minimum)
        except ValueError as e:
            p.show_error(str(e))
            p.reload()
            return
        self.commit(field, value)

    def commit_metric(self) -> None:
        p = self.panel
        if p.loading or p.step_id is None:
            return
        name, unit = self.metric_name.text().strip(), self.metric_unit.text().strip()
        try:
            target = parse_number(self.metric_target.text(), self.tr("Target"))
        except ValueError as e:
            p.show_error(str(e))
            p.reload()
            return
        owner = self.metric_owner.text().strip()
        # The metric's other fields (which way is good...) stay as they are.
        old = p.document.map.step(p.step_id).metric or Metric()
        metric = (old.model_copy(update={"name": name, "unit": unit, "target": target, "owner": owner})
                  if (name or unit or target is not None or owner) else None)
        self.commit("metric", metric)
