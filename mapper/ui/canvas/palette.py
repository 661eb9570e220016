"""The shapes an owner drags onto the canvas, drawn by the same renderer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from mapper.i18n.stages import kind_name
from mapper.model import Step
from mapper.render import LIGHT, shape_path
from mapper.render.paint import paint_step

from .view import STEP_KIND_MIME


def shapes() -> tuple[tuple[str, str, str], ...]:
    """Palette entries, in the owner's language: kind, title, tooltip."""
    return (
        ("terminator", kind_name("terminator"),
         QCoreApplication.translate("Palette", "Terminator: where the system starts or stops (T)")),
        ("activity", kind_name("activity"),
         QCoreApplication.translate("Palette", "Activity: something someone does (A)")),
        ("decision", kind_name("decision"),
         QCoreApplication.translate("Palette", "Decision: a question with Yes / No branches (D)")),
        ("note", kind_name("note"),
         QCoreApplication.translate("Palette", "Note: a remark; takes no part in the flow (N)")),
    )


def shape_pixmap(kind: str, size: QSize, device_ratio: float = 1.0, text: str = "") -> QPixmap:
    """A small picture of one shape, for the palette and drag cursors."""
    pix = QPixmap(int(size.width() * device_ratio), int(size.height() * device_ratio))
    pix.setDevicePixelRatio(device_ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    w, h = size.width() - 4, size.height() - 4
    if kind == "decision":
        w = min(w, h * 1.5)
    elif kind == "terminator":
        h = min(h, w / 2.4)
    rect = QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h)
    paint_step(p, Step(id="palette", kind=kind, text=text), rect, LIGHT, path=shape_path(kind, rect))
    p.end()
    return pix


class ShapeButton(QToolButton):
    """One draggable shape; a click adds it in the middle of the canvas."""

    def __init__(self, kind: str, title: str, tip: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setText(title)
        self.setToolTip(tip)
        self.setIcon(shape_pixmap(kind, QSize(56, 36), self.devicePixelRatioF()))
        self.setIconSize(QSize(56, 36))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setAutoRaise(True)
        self._press: QPoint | None = None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 6:
            self._press = None
            self.setDown(False)
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mime_data(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(STEP_KIND_MIME, self.kind.encode("ascii"))
        return mime

    def start_drag(self) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        pix = shape_pixmap(self.kind, QSize(100, 60), self.devicePixelRatioF())
        drag.setPixmap(pix)
        drag.setHotSpot(QPoint(50, 30))
        drag.exec(Qt.DropAction.CopyAction)


class Palette(QWidget):
    """The four shapes. Drag one onto the canvas, or click to add it to the middle."""

    #: A shape was clicked (not dragged): the window adds it with ``Canvas.add_step``.
    shape_clicked = Signal(str)

    def __init__(self, parent=None, vertical: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.buttons: dict[str, ShapeButton] = {}
        for kind, title, tip in shapes():
            button = ShapeButton(kind, title, tip, self)
            button.clicked.connect(lambda _=False, k=kind: self.shape_clicked.emit(k))
            layout.addWidget(button)
            self.buttons[kind] = button
        layout.addStretch(1)
