"""The legend: what each badge on the canvas means, and a switch to hide it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from mapper.ui.icons import marker_icon

#: (kind, name, what it means), in the order the legend lists them.
MARKER_KINDS: tuple[tuple[str, str, str], ...] = (
    ("critical", "Critical", "the system cannot do without this step"),
    ("automate", "Automate", "a machine could do this step"),
    ("metric", "Measure", "count something here every week"),
    ("error", "Error", "the flow is broken here"),
    ("warning", "Warning", "worth a second look"),
)


class LegendPanel(QWidget):
    """Emits ``marker_toggled(kind, visible)`` when a box is ticked or cleared."""

    marker_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LegendPanel")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 12)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for row, (kind, name, meaning) in enumerate(MARKER_KINDS):
            box = QCheckBox(name)
            box.setChecked(True)
            box.setToolTip(f"Show or hide the {name.lower()} badges")
            box.toggled.connect(lambda on, k=kind: self.marker_toggled.emit(k, on))
            icon = QLabel()
            icon.setPixmap(marker_icon(kind).pixmap(QSize(16, 16)))
            text = QLabel(meaning)
            text.setObjectName("fieldHint")
            text.setWordWrap(True)
            grid.addWidget(icon, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(text, row, 2)
            self.boxes[kind] = box
        grid.setColumnStretch(2, 1)

    def set_visible_marker(self, kind: str, on: bool) -> None:
        """Follow a change made elsewhere (the View menu) without echoing it back."""
        box = self.boxes.get(kind)
        if box is not None and box.isChecked() != on:
            box.setChecked(on)
