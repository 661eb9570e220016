"""The legend: what each badge on the canvas means, and a switch to hide it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from mapper.ui.icons import marker_icon

#: (kind, name, what it means), in the order the legend lists them.
MARKER_KINDS: tuple[tuple[str, str, str], ...] = (
    ("critical", "Critical", "right before the customer decides"),
    ("automate", "Automate", "a machine could do it"),
    ("metric", "Measure", "count it every week"),
    ("error", "Error", "the flow breaks here"),
    ("warning", "Warning", "worth a second look"),
    ("owner", "Owner", "who answers for it"),
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
        for row, (kind, name, meaning) in enumerate(MARKER_KINDS):
            box = QCheckBox()
            box.setChecked(True)
            box.setToolTip(f"Show or hide the {name.lower()} badges on the canvas")
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
