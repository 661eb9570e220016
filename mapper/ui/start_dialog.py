"""The start dialog: a blank map, a ready-made template, or a recent map.

Owners rarely start from nothing: the templates are systems other owners run
(webinar marketing, client onboarding...), each shown with a small picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from mapper.model import SystemMap

THUMB = QSize(220, 120)
RECENT_ROW_HEIGHT = 28
CARD_COLUMNS = 3


def map_thumbnail(m: SystemMap | None, size: QSize = THUMB) -> QPixmap:
    """A small picture of a map (blank card for None), drawn by the same renderer as the canvas."""
    pix = QPixmap(size * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(QColor("#f7f8fa"))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        if m is None or not m.steps:
            pen = painter.pen()
            pen.setColor(QColor("#b8bfca"))
            pen.setWidthF(1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            r = QRectF(size.width() / 2 - 22, size.height() / 2 - 22, 44, 44)
            painter.drawRoundedRect(r, 10, 10)
            painter.drawLine(r.center().x(), r.top() + 12, r.center().x(), r.bottom() - 12)
            painter.drawLine(r.left() + 12, r.center().y(), r.right() - 12, r.center().y())
        else:
            _paint_small_map(painter, m, QRectF(8, 8, size.width() - 16, size.height() - 16))
    finally:
        painter.end()
    return pix


def _paint_small_map(painter: QPainter, m: SystemMap, target: QRectF) -> None:
    from mapper.render.geometry import map_bounds
    from mapper.render.paint import paint_map
    from mapper.render.theme import EXPORT
    bounds = map_bounds(m)
    if bounds.isEmpty():
        return
    scale = min(target.width() / bounds.width(), target.height() / bounds.height())
    painter.translate(target.center().x(), target.center().y())
    painter.scale(scale, scale)
    painter.translate(-bounds.center().x(), -bounds.center().y())
    paint_map(painter, m, EXPORT, report=None, markers=False, legend=False)


class TemplateCard(QFrame):
    """One choice: a picture, a title and what it is for."""

    chosen = Signal(object)      # template name, or None for a blank map
    confirmed = Signal(object)

    def __init__(self, name: str | None, title: str, description: str, thumbnail: QPixmap,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("templateCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Cards take the keyboard focus: the highlighted card is the one Enter creates.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("selected", False)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 12)
        col.setSpacing(6)
        picture = QLabel()
        picture.setPixmap(thumbnail)
        picture.setObjectName("templatePicture")
        col.addWidget(picture)
        heading = QLabel(title)
        heading.setObjectName("templateTitle")
        heading.setWordWrap(True)
        col.addWidget(heading)
        about = QLabel(description)
        about.setObjectName("fieldHint")
        about.setWordWrap(True)
        about.setMaximumWidth(THUMB.width())
        about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col.addWidget(about, 1)
        self.setToolTip(description or title)

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.chosen.emit(self.name)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.chosen.emit(self.name)

    def mouseDoubleClickEvent(self, event) -> None:
        self.confirmed.emit(self.name)


class StartDialog(QDialog):
    """After ``exec()``: ``choice`` is ("blank", None), ("template", name), ("open", path),
    ("brainstorm", map) or None."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartDialog")
        self.setWindowTitle(self.tr("Start a map — mapper"))
        self.choice: tuple[str, object] | None = None
        self._selected: str | None = None
        self._recent_active = False   # the recent list, not a card, is what Enter does
        self.cards: dict[str | None, TemplateCard] = {}

        heading = QLabel(self.tr("Map your most profitable system"))
        heading.setObjectName("startHeading")
        sub = QLabel(self.tr("Start from a blank page or from a system other owners run, then make it yours."))
        sub.setObjectName("fieldHint")
        self.brainstorm_button = QPushButton(self.tr("Map your most profitable system: its start, its stop, "
                                                     "the tasks between…"))
        self.brainstorm_button.setObjectName("primaryButton")
        self.brainstorm_button.setToolTip(self.tr("Answer four questions; mapper draws the chain for you"))
        self.brainstorm_button.clicked.connect(self._brainstorm)

        grid_host = QWidget()
        grid_host.setObjectName("startGrid")
        grid = QGridLayout(grid_host)
        grid.setSpacing(14)
        grid.setContentsMargins(0, 0, 0, 0)
        entries = [(None, self.tr("Blank map"), self.tr("An empty canvas: draw your system step by step."), None)]
        entries += self._templates()
        for i, (name, title, description, m) in enumerate(entries):
            card = TemplateCard(name, title, description, map_thumbnail(m))
            card.chosen.connect(self._select)
            card.confirmed.connect(self._confirm)
            card.installEventFilter(self)
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)   # cards of a row share its height
            self.cards[name] = card
        self._order = list(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.card_scroll = scroll

        side = QVBoxLayout()
        side.setSpacing(8)
        recent_title = QLabel(self.tr("Recent maps"))
        recent_title.setObjectName("sectionTitle")
        side.addWidget(recent_title)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        # A long file name is shortened in the middle (its end tells maps apart), with the
        # whole path in the tooltip, instead of a sideways scroll bar under a cut-off name.
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setSpacing(2)
        for path in recent:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setSizeHint(QSize(0, RECENT_ROW_HEIGHT))
            self.recent_list.addItem(item)
        if not recent:
            empty = QListWidgetItem(self.tr("Maps you open appear here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(empty)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.recent_list.itemClicked.connect(self._open_recent)
        self.recent_list.installEventFilter(self)
        side.addWidget(self.recent_list, 1)
        self.open_button = QPushButton(self.tr("Open a map…"))
        self.open_button.clicked.connect(self._open_other)
        side.addWidget(self.open_button)
        side_host = QWidget()
        side_host.setObjectName("startSide")
        side_host.setLayout(side)
        side_host.setFixedWidth(220)

        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._activate)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)

        main = QVBoxLayout()
        main.setSpacing(10)
        main.addWidget(heading)
        main.addWidget(sub)
        main.addWidget(self.brainstorm_button)
        main.addSpacing(6)
        main.addWidget(scroll, 1)
        main.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(22, 20, 22, 18)
        outer.setSpacing(22)
        outer.addWidget(side_host)
        outer.addLayout(main, 1)
        self._select(None)
        self.resize(1080, 700)
        # Start on the card that looks selected, not in the recent list: Enter must
        # create the blank map it shows, never open (and let keys edit) a recent map.
        self.cards[None].setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or focused is self.recent_list and self.recent_list.currentRow() < 0:
            self.cards[self._selected].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keys: the highlighted choice is what Enter does --------------------------
    def _recent_paths(self) -> bool:
        return any(self.recent_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.recent_list.count()))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and obj is self.recent_list:
            self._enter_recent()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if obj is self.recent_list:
            if key == Qt.Key.Key_Right:
                self._focus_card(self._selected)
                return True
            return False
        if isinstance(obj, TemplateCard):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self._confirm(obj.name)
                return True
            i = self._order.index(obj.name)
            column = i % CARD_COLUMNS
            target = {Qt.Key.Key_Left: i - 1 if column else None, Qt.Key.Key_Right: i + 1,
                      Qt.Key.Key_Up: i - CARD_COLUMNS, Qt.Key.Key_Down: i + CARD_COLUMNS}.get(key, -1)
            if target == -1:
                return False
            if target is None:
                if self._recent_paths():
                    self.recent_list.setFocus(Qt.FocusReason.TabFocusReason)
                    self._enter_recent()
                return True
            if 0 <= target < len(self._order):
                self._focus_card(self._order[target])
            return True
        return False

    def _focus_card(self, name: str | None) -> None:
        self.cards[name].setFocus(Qt.FocusReason.TabFocusReason)
        self._select(name)

    def _enter_recent(self) -> None:
        """The recent list takes the highlight: its current map is what Enter opens."""
        if not self._recent_paths() or self._recent_active:
            return
        if self.recent_list.currentRow() < 0:
            self.recent_list.setCurrentRow(0)
        self.recent_list.currentItem().setSelected(True)
        for card in self.cards.values():
            card.set_selected(False)
        self.create_button.setText(self.tr("Open"))
        self._recent_active = True

    @staticmethod
    def _templates() -> list[tuple[str, str, str, SystemMap | None]]:
        from mapper.layout.placing import ensure_placed
        from mapper.model import MapFileError
        from mapper.templates import describe_templates, load_template
        out = []
        try:
            described = describe_templates()
        except (FileNotFoundError, MapFileError):
            return out
        for name, title, description in described:
            try:
                m = load_template(name)
                ensure_placed(m)
            except MapFileError:
                m = None
            out.append((name, title or name.replace("-", " ").capitalize(), description, m))
        return out

    def _select(self, name: str | None) -> None:
        self._selected = name
        for key, card in self.cards.items():
            card.set_selected(key == name)
        self.recent_list.clearSelection()
        self.create_button.setText(self.tr("Create"))
        self._recent_active = False
        card = self.cards.get(name)
        if card is not None and self.isVisible():
            self.card_scroll.ensureWidgetVisible(card)

    def _activate(self) -> None:
        """Enter or Create: open the highlighted recent map, or create the selected card."""
        item = self.recent_list.currentItem()
        if self._recent_active and item is not None:
            self._open_recent(item)
        else:
            self._confirm(self._selected)

    def _confirm(self, name: str | None) -> None:
        self.choice = ("blank", None) if name is None else ("template", name)
        self.accept()

    def _brainstorm(self) -> None:
        from mapper.ui.brainstorm_dialog import BrainstormDialog
        dialog = BrainstormDialog(self)
        if dialog.exec():
            self.choice = ("brainstorm", dialog.result_map())
            self.accept()

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.choice = ("open", path)
            self.accept()

    def _open_other(self) -> None:
        self.choice = ("open", None)   # the window asks for the file
        self.accept()
