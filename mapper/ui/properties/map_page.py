"""The Properties page of the map itself (nothing selected): title, system, description."""

from __future__ import annotations

from mapper.model import SetMapFields
from mapper.model.counting import counts_phrase

from .widgets import Page, PanelCombo, set_combo, set_line, set_text


class MapPage(Page):
    def __init__(self, panel) -> None:
        super().__init__()
        self.panel = panel
        self.heading = self.header(self.tr("Map"))
        self.stats = self.hint()
        self.stats.setWordWrap(False)
        self.title = self.line(lambda: self.commit("title", self.title.text()),
                               self.tr("What is this system called?"))
        self.add("title", self.tr("Title"), self.title)
        self.system = PanelCombo()
        for value, label in ((None, self.tr("Not set")),
                             ("marketing", self.tr("Marketing (getting customers)")),
                             ("operating", self.tr("Operating (delivering the work)"))):
            self.system.addItem(label, value)
        self.system.activated.connect(lambda i: self.commit("system", self.system.itemData(i)))
        self.add("system", self.tr("System"), self.system)
        self.description = self.text_field(
            lambda: self.commit("description", self.description.toPlainText()),
            self.tr("Where does it start and stop? What does it deliver?"), 120)
        self.add("description", self.tr("Description"), self.description)
        self.column.addSpacing(10)
        self.hint(self.tr("Select a step or an arrow to edit it."))

    def load(self) -> None:
        m = self.panel.document.map
        self.heading.setText(m.title or self.tr("Untitled map"))
        self.stats.setText(counts_phrase(m))
        set_line(self.title, m.title)
        set_combo(self.system, m.system)
        set_text(self.description, m.description)

    def commit(self, field: str, value) -> None:
        p = self.panel
        if p.loading or p.step_id is not None or p.arrow_id is not None or p.multi_ids:
            return
        if getattr(p.document.map, field) == value:
            return
        p.apply(SetMapFields({field: value}))
