"""The Findings panel: what mapper says about the map, live.

"Problems" lists the findings grouped by severity (errors first) with counts;
"Insights" lists the critical steps, automation candidates with their scores,
the metric points and the funnel summary. Clicking a row that names steps asks
the window to select and centre them on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QLabel, QStyledItemDelegate, QStyleOptionViewItem, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from mapper.analysis.results import SEVERITIES, Report
from mapper.i18n import plural
from mapper.i18n.formatting import format_number, format_percent
from mapper.ui.icons import marker_icon, severity_icon

#: Rows per group: a 20,000-step map can have thousands of candidates; nobody reads past a few
#: hundred, and filling the tree must not stall the editor.
MAX_ROWS = 200
STEPS_ROLE = Qt.ItemDataRole.UserRole
ARROWS_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_title(severity: str) -> str:
    """The heading of a group of findings: Errors, Warnings, Info."""
    return {"error": QCoreApplication.translate("FindingsPanel", "Errors"),
            "warning": QCoreApplication.translate("FindingsPanel", "Warnings"),
            "info": QCoreApplication.translate("FindingsPanel", "Info")}[severity]


def counts_text(counts: dict[str, int]) -> str:
    """'2 errors · 1 warning' (info only when there is some); 'No problems found' when clean."""
    parts = []
    if counts.get("error"):
        parts.append(plural(counts["error"], QCoreApplication.translate("FindingsPanel", "{n} error"),
                            QCoreApplication.translate("FindingsPanel", "{n} errors")).format(n=counts["error"]))
    if counts.get("warning"):
        parts.append(plural(counts["warning"], QCoreApplication.translate("FindingsPanel", "{n} warning"),
                            QCoreApplication.translate("FindingsPanel", "{n} warnings")).format(n=counts["warning"]))
    if counts.get("info"):
        parts.append(QCoreApplication.translate("FindingsPanel", "{n} info").format(n=counts["info"]))
    return " · ".join(parts) if parts else QCoreApplication.translate("FindingsPanel", "No problems found")


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped message: a finding's advice is read, not elided."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        icon = opt.decorationSize.width() + 8 if not opt.icon.isNull() else 0
        # Less the text margins and the row padding of style.qss: better a spare line than elided advice.
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - icon - 14
        if width <= 40:
            return size
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(size.width(), max(size.height(), text.height() + 10))


class _Tree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()   # re-wrap the rows to the new width


class FindingsPanel(QWidget):
    """Emits ``activated(step_ids, arrow_ids)`` when a row naming steps or arrows is clicked."""

    activated = Signal(list, list)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindingsPanel")
        self.document = document
        self.report: Report | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.problems = _Tree()
        self.insights = _Tree()
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setObjectName("findingsSummary")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.summary)
        col.addWidget(self.tabs)
        for tree in (self.problems, self.insights):
            tree.itemClicked.connect(self._clicked)
            tree.itemActivated.connect(self._clicked)

    # -- filling -------------------------------------------------------------------
    def _metric_text(self, point) -> str:
        """"Visits booked — at “Books a visit?”"; a name that already says the step
        ("Times done: Host the live webinar") is not followed by the step a second time."""
        s = self.document.map.step(point.step)
        text = " ".join(s.text.split()) if s is not None else ""
        if text and text.lower() in point.name.lower():
            return point.name
        return self.tr("{metric} — at {step}").format(metric=point.name, step=self._name(point.step))

    def _name(self, step_id: str) -> str:
        s = self.document.map.step(step_id)
        if s is None:
            return step_id
        text = " ".join(s.text.split())
        return f"“{text}”" if text else step_id

    def _group(self, tree: QTreeWidget, title: str, icon=None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(tree, [title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if icon is not None:
            item.setIcon(0, icon)
        item.setExpanded(True)
        return item

    def _row(self, parent: QTreeWidgetItem, text: str, steps=(), arrows=(), icon=None,
             tip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, STEPS_ROLE, list(steps))
        item.setData(0, ARROWS_ROLE, list(arrows))
        item.setToolTip(0, tip or text)
        if icon is not None:
            item.setIcon(0, icon)
        if not steps and not arrows:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _more(self, group: QTreeWidgetItem, total: int) -> None:
        if total > MAX_ROWS:
            self._row(group, self.tr("… and {n} more").format(n=total - MAX_ROWS))

    def set_report(self, report: Report) -> None:
        self.report = report
        counts = report.counts()
        empty = not any(s.kind != "note" for s in self.document.map.steps)
        self.summary.setText(self.tr("Nothing to check yet") if empty else counts_text(counts))
        self.summary.setProperty("severity", "error" if counts.get("error") else
                                 "warning" if counts.get("warning") else "ok")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        problems = sum(counts.values())
        self.tabs.setTabText(0, self.tr("Problems ({n})").format(n=problems) if problems else self.tr("Problems"))
        self._fill_problems(report)
        self._fill_insights(report)

    def _fill_problems(self, report: Report) -> None:
        tree = self.problems
        tree.clear()
        by_severity = {s: [f for f in report.findings if f.severity == s] for s in SEVERITIES}
        if not report.findings:
            text = (self.tr("Nothing to fix: the flow hangs together.") if any(s.kind != "note" for s in self.document.map.steps)
                    else self.tr("Draw a start, the steps and an end: mapper checks the flow as you go."))
            empty = QTreeWidgetItem(tree, [text])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setForeground(0, QBrush(QColor("#6b7380")))
            return
        for severity in SEVERITIES:
            found = by_severity[severity]
            if not found:
                continue
            group = self._group(tree, "{0} ({1})".format(severity_title(severity), len(found)), severity_icon(severity))
            for f in found[:MAX_ROWS]:
                self._row(group, f.message, f.steps, f.arrows, severity_icon(severity),
                          tip=f.message + "\n\n" + self.tr("Rule: {rule}").format(rule=f.rule))
            self._more(group, len(found))
            group.setExpanded(True)

    def _fill_insights(self, report: Report) -> None:
        tree = self.insights
        tree.clear()
        group = self._group(tree, self.tr("Critical steps ({n})").format(n=len(report.critical)), marker_icon("critical"))
        for c in report.critical[:MAX_ROWS]:
            self._row(group, self._name(c.step), [c.step], icon=marker_icon("critical"),
                      tip="\n".join(c.reasons))
        self._more(group, len(report.critical))
        if not report.critical:
            self._row(group, self.tr("None yet: mark a start and a goal end."))
        ranked = sorted(report.automation, key=lambda a: -a.score)
        group = self._group(tree, self.tr("Could be automated ({n})").format(n=len(ranked)), marker_icon("automate"))
        for a in ranked[:MAX_ROWS]:
            self._row(group, "{0}  ·  {1}".format(self._name(a.step), format_percent(a.score)), [a.step],
                      icon=marker_icon("automate"), tip="\n".join(a.reasons))
        self._more(group, len(ranked))
        if not ranked:
            self._row(group, self.tr("No candidates found."))
        group = self._group(tree, self.tr("Measure here ({n})").format(n=len(report.metric_points)), marker_icon("metric"))
        for p in report.metric_points[:MAX_ROWS]:
            self._row(group, self._metric_text(p), [p.step], icon=marker_icon("metric"), tip=p.reason)
        self._more(group, len(report.metric_points))
        self._fill_funnel(tree, report)

    def _fill_funnel(self, tree: QTreeWidget, report: Report) -> None:
        funnel = report.funnel
        group = self._group(tree, self.tr("Funnel"))
        if funnel is None:
            self._row(group, self.tr("Give every branch a probability (and fix the errors) to see where "
                                     "100 people end up."))
            return
        self._row(group, self.tr("Per {n} people who enter:").format(n=funnel.entrants))
        m = self.document.map
        for end, count in sorted(funnel.outcomes.items(), key=lambda kv: -kv[1]):
            step = m.step(end)
            goal = " ✓" if step is not None and step.goal else ""
            self._row(group, self.tr("{count} reach {end}").format(count=format_number(count, 1), end=self._name(end)) + goal,
                      [end])
        self._row(group, self.tr("Value per person who enters: {value}").format(
            value=format_number(funnel.value_per_entrant, 2)))
        for lever in funnel.levers[:3]:
            self._row(group, self.tr("Lever: {step} — +{gain} goals per point").format(
                step=self._name(lever.step), gain=format_number(lever.gain, 2)),
                      [lever.step], tip=self.tr("Goal outcomes per 100 people gained by moving one percentage "
                                                "point of this decision from its worst branch to its best."))

    # -- clicking ------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, column: int = 0) -> None:
        steps = item.data(0, STEPS_ROLE) or []
        arrows = item.data(0, ARROWS_ROLE) or []
        if steps or arrows:
            self.activated.emit(list(steps), list(arrows))
