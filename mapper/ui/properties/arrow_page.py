"""The Properties page of one arrow: its label and how often the flow takes it."""

from __future__ import annotations

from mapper.model import SetArrowFields

from .widgets import Page, parse_probability, set_line, show_probability


class ArrowPage(Page):
    def __init__(self, panel) -> None:
        super().__init__()
        self.panel = panel
        self.heading = self.header(self.tr("Arrow"))
        self.ends = self.hint()
        self.label = self.line(lambda: self.commit("label", self.label.text()), self.tr("e.g. Yes / No"))
        self.add("label", self.tr("Label"), self.label)
        self.probability = self.line(self.commit_probability, self.tr("e.g. 20% (empty: unknown)"))
        self.add("probability", self.tr("Probability"), self.probability,
                 self.tr("How often the flow takes this arrow. Give every branch of a decision one "
                         "to see the funnel."))

    def load(self) -> None:
        m = self.panel.document.map
        a = m.arrow(self.panel.arrow_id)
        src, dst = m.step(a.source), m.step(a.target)
        self.ends.setText(self.tr("From “{0}” to “{1}”").format(
            (src.text or src.id) if src else a.source, (dst.text or dst.id) if dst else a.target))
        set_line(self.label, a.label)
        set_line(self.probability, show_probability(a.probability))

    def commit(self, field: str, value) -> None:
        p = self.panel
        if p.loading or p.arrow_id is None:
            return
        a = p.document.map.arrow(p.arrow_id)
        if a is None or getattr(a, field) == value:
            return
        p.apply(SetArrowFields(p.arrow_id, {field: value}))

    def commit_probability(self) -> None:
        p = self.panel
        if p.loading or p.arrow_id is None:
            return
        try:
            value = parse_probability(self.probability.text())
        except ValueError as e:
            p.show_error(str(e))
            p.reload()
            return
        # The other branches of the step share the rest, in one undo step: no "adds up to 110%".
        from mapper.analysis.measured import branch_edit
        a = p.document.map.arrow(p.arrow_id)
        if a is not None and a.probability != value:
            op = branch_edit(p.document.map, p.arrow_id, value)
            if op is not None:
                p.apply(op)
