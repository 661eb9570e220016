"""The legend: what each badge on the canvas means, and a switch to hide it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from mapper.ui.icons import marker_icon

def marker_kinds() -> tuple[tuple[str, str, str], ...]:
    """(kind, name, what it means) in the app's language, in the order the legend lists them."""
    return (
        ("critical", QCoreApplication.translate("LegendPanel", "Critical"), QCoreApplication.translate("LegendPanel", "right before the customer decides")),
        ("automate", QCoreApplication.translate("LegendPanel", "Automate"), QCoreApplication.translate("LegendPanel", "a machine could do it")),
        ("metric", QCoreApplication.translate("LegendPanel", "Measure"), QCoreApplication.translate("LegendPanel", "count it every week")),
        ("error", QCoreApplication.translate("LegendPanel", "Error"), QCoreApplication.translate("LegendPanel", "the flow breaks here")),
        ("warning", QCoreApplication.translate("LegendPanel", "Warning"), QCoreApplication.translate("LegendPanel", "worth a second look")),
        ("owner", QCoreApplication.translate("LegendPanel", "Owner"), QCoreApplication.translate("LegendPanel", "who answers for it")),
    )


class LegendPanel(QWidget):
    """Emits ``marker_toggled(kind, visible)`` when a box is ticked or cleared."""

    marker_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LegendPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 14, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(7)
        self.boxes: dict[str, QCheckBox] = {}
        for row, (kind, name, meaning) in enumerate(marker_kinds()):
            box = QCheckBox()
            box.setChecked(True)
            box.setToolTip(self.tr("Show or hide the {name} badges on the canvas").format(name=name.lower()))
            box.toggled.connect(lambda on, k=kind: self.marker_toggled.emit(k, on))
            icon = QLabel()
            icon.setPixmap(marker_icon(kind).pixmap(QSize(16, 16)))
            text = QLabel(f"<b>{name}</b> <span style='color:#7a8291'>· {meaning}</span>")
            text.setObjectName("legendText")
            text.setBuddy(box)
            text.mousePressEvent = lambda event, b=box: b.toggle()   # the whole row toggles
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(icon, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 2)
            self.boxes[kind] = box
        grid.setColumnStretch(2, 1)

    def set_visible_marker(self, kind: str, on: bool) -> None:
        """Follow a change made elsewhere (the View menu) without echoing it back."""
        box = self.boxes.get(kind)
        if box is not None and box.isChecked() != on:
            box.setChecked(on)
