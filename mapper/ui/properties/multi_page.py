"""The Properties page of several steps at once: one stage and one owner for all."""

from __future__ import annotations

from mapper.i18n.stages import kind_count, stage_name
from mapper.model import STAGES, Batch, SetStepFields

from .widgets import Page, PanelCombo, set_combo, set_line


class MultiPage(Page):
    def __init__(self, panel) -> None:
        super().__init__()
        self.panel = panel
        self.heading = self.header(self.tr("Several steps"))
        self.summary = self.hint()
        self.stage = PanelCombo()
        self.stage.addItem(self.tr("(mixed)"), "mixed")
        self.stage.addItem(self.tr("No stage"), None)
        for stage in STAGES:
            self.stage.addItem(stage_name(stage), stage)
        self.stage.activated.connect(self.commit_stage)
        self.add("stage", self.tr("Hourglass stage of all"), self.stage)
        self.owner = self.line(self.commit_owner, self.tr("(mixed)"))
        panel.owner_names.attach(self.owner, self.commit_owner)
        self.add("owner", self.tr("Owner of all"), self.owner)

    def load(self) -> None:
        m = self.panel.document.map
        steps = [m.step(s) for s in self.panel.multi_ids]
        kinds: dict[str, int] = {}
        for s in steps:
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
        self.heading.setText(self.tr("{0} steps selected").format(len(steps)))
        self.summary.setText(self.tr("{0}. Changes here apply to all of them.").format(
            ", ".join(kind_count(k, n) for k, n in kinds.items())))
        stages = {s.stage for s in steps}
        set_combo(self.stage, stages.pop() if len(stages) == 1 else "mixed")
        owners = {s.owner for s in steps}
        self.panel.owner_names.load(m)
        set_line(self.owner, owners.pop() if len(owners) == 1 else "")

    def commit(self, field: str, value, text: str) -> None:
        p = self.panel
        m = p.document.map
        ops = [SetStepFields(s, {field: value}) for s in p.multi_ids
               if m.step(s) is not None and getattr(m.step(s), field) != value]
        if ops:
            p.apply(Batch(ops, text))

    def commit_stage(self, index: int) -> None:
        value = self.stage.itemData(index)
        if self.panel.loading or not self.panel.multi_ids or value == "mixed":
            return
        self.commit("stage", value, self.tr("Change Stage"))

    def commit_owner(self) -> None:
        p = self.panel
        if p.loading or not p.multi_ids:
            return
        owner = self.owner.text().strip()
        owners = {p.document.map.step(s).owner for s in p.multi_ids}
        if not owner and len(owners) > 1:
            return   # left empty over mixed owners: nothing typed, nothing changed
        self.commit("owner", owner, self.tr("Change Owner"))
