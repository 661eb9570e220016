"""No lost work on a shared drive: the open map's file, watched and locked.

``SharedFileGuard`` sits beside a main window and does three things:

- It watches the file (``FileWatch``). When someone else's version arrives and
  nothing was changed here, the map reloads in place: the view stays, the
  selection stays where its steps still exist, and the reload is one undo
  step. When there are changes here, a banner over the canvas offers "Reload
  Theirs", "Keep Mine" and "Save Mine As…".
- Before a save over the file, it asks whenever the file changed since it was
  opened or last saved here: mapper never overwrites someone's work silently.
- It holds the map's lock file (``mapper.model.lockfile``) while the map is
  open, tells a second opener who has the map, and lets them open it
  read-only (Save then asks for a new name) or anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mapper.model import MapFileError, ReplaceContent, loads_map
from mapper.model.fileformat import MAX_FILE_BYTES, read_file
from mapper.model.lockfile import REFRESH_EVERY_S, read_lock, refresh_lock, release_lock, take_lock
from mapper.ui import messages
from mapper.ui.file_watch import DiskState, FileWatch, digest_of


class ChangedBanner(QFrame):
    """The bar across the top of the canvas: what happened to the file, and the choices."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changedBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#changedBanner { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 8px; }"
                           "#changedBanner QLabel { color: #4a3b10; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.setSpacing(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.reload_button = QPushButton(self.tr("Reload Theirs"), self)
        self.keep_button = QPushButton(self.tr("Keep Mine"), self)
        self.save_as_button = QPushButton(self.tr("Save Mine As…"), self)
        for b in (self.reload_button, self.keep_button, self.save_as_button):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(b)
        self.hide()

    def show_changed(self, name: str) -> None:
        self.label.setText(self.tr("“{name}” was changed on disk by someone else, and you have changes "
                                   "here that are not saved.").format(name=name))
        self.reload_button.show()
        self._show()

    def show_removed(self, name: str) -> None:
        self.label.setText(self.tr("“{name}” was deleted or moved on disk. Your map is still open here; "
                                   "save it to keep it.").format(name=name))
        self.reload_button.hide()
        self._show()

    def _show(self) -> None:
        self.show()
        self.raise_()
        self.place()

    def place(self) -> None:
        """Across the top of the canvas's visible area, above the drawing."""
        host = self.parentWidget()
        viewport = getattr(host, "viewport", lambda: host)()
        area = viewport.geometry()
        width = max(200, area.width() - 24)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(area.left() + 12, area.top() + 10)


class _Placer(QObject):
    def __init__(self, banner: ChangedBanner) -> None:
        super().__init__(banner)
        self.banner = banner

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self.banner.isVisible():
            self.banner.place()
        return False


class SharedFileGuard(QObject):
    """Watches, locks and protects the file of one window's map."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.watch = FileWatch(self)
        self.watch.changed.connect(self._on_disk_changed)
        self.watch.removed.connect(self._on_disk_removed)
        self.banner = ChangedBanner(window.canvas)
        self._placer = _Placer(self.banner)
        window.canvas.installEventFilter(self._placer)
        window.canvas.viewport().installEventFilter(self._placer)
        self.banner.reload_button.clicked.connect(self.reload_theirs)
        self.banner.keep_button.clicked.connect(self.keep_mine)
        self.banner.save_as_button.clicked.connect(self.save_mine_as)
        self.read_only = False
        self.locked_path: str | None = None
        self._claimed: tuple[str, bool] | None = None   # (path, read_only) decided before opening
        self._refresh = QTimer(self)
        self._refresh.setInterval(int(REFRESH_EVERY_S * 1000))
        self._refresh.timeout.connect(self._refresh_lock)
        self.document.reset.connect(self._on_reset)

    # -- opening and closing -------------------------------------------------------
    def claim(self, path: str) -> bool:
        """Before opening ``path``: ask if someone else has it open. False: do not open."""
        path = str(Path(path).resolve())
        holder = read_lock(path)
        read_only = False
        if holder is not None and not holder.is_this_process() and not holder.is_stale():
            answer = messages.ask_open_locked(self.window, Path(path).name, holder.user, holder.host,
                                              holder.since_local)
            if answer == "cancel":
                return False
            read_only = answer == "read_only"
            if not read_only:
                take_lock(path, force=True)
        self._claimed = (path, read_only)
        return True

    def _on_reset(self) -> None:
        """A map was shown (opened, new, recovered): watch and lock its file."""
        path = self.document.path
        claimed, self._claimed = self._claimed, None
        self.read_only = bool(claimed and path and claimed[0] == str(Path(path).resolve()) and claimed[1])
        self.banner.hide()
        self._lock(path)
        self.watch.track(path)
        self.window._update_title()

    def _lock(self, path: str | None) -> None:
        if self.locked_path and self.locked_path != path:
            release_lock(self.locked_path)
            self.locked_path = None
        if path and not self.read_only:
            if take_lock(path) is None or self.locked_path == path:
                self.locked_path = path
        if self.locked_path:
            self._refresh.start()
        else:
            self._refresh.stop()

    def _refresh_lock(self) -> None:
        if self.locked_path:
            refresh_lock(self.locked_path)

    def release(self) -> None:
        """The window closes: remove our lock, stop watching."""
        if self.locked_path:
            release_lock(self.locked_path)
            self.locked_path = None
        self._refresh.stop()
        self.watch.track(None)

    def base_digest(self) -> str | None:
        """The hash of the file's content the open map started from (for the recovery journal)."""
        return self.watch.base.digest if self.watch.base is not None else None

    def title_note(self) -> str:
        return self.tr(" (read-only)") if self.read_only else ""

    # -- saving --------------------------------------------------------------------
    def before_save(self, path: str) -> str:
        """'save', 'save_as' or 'cancel': read-only maps and files someone else changed ask first."""
        same_file = self.watch.path is not None and str(Path(path).resolve()) == str(Path(self.watch.path).resolve())
        if not same_file:
            return "save"
        if self.read_only:
            return "save_as"
        if self.watch.differs_from_base() and Path(path).exists():
            answer = messages.ask_overwrite_changed(self.window, Path(path).name)
            return "save" if answer == "overwrite" else answer
        return "save"

    def after_save(self, path: str, data: bytes | None = None) -> None:
        """The map was just written to ``path``: that is now the version it is based on."""
        self.read_only = False
        self.banner.hide()
        self._lock(str(path))
        self.watch.track(str(path))
        self.window._update_title()

    # -- someone else's version ----------------------------------------------------
    def _name(self) -> str:
        return Path(self.watch.path or "").name

    def _on_disk_changed(self) -> None:
        if self.document.is_dirty:
            self.banner.show_changed(self._name())
        else:
            self.reload_theirs()

    def _on_disk_removed(self) -> None:
        self.banner.show_removed(self._name())

    def reload_theirs(self) -> bool:
        """Show the version on disk in place: one undo step, view and selection kept."""
        path = self.watch.path
        if not path:
            return False
        self.window.properties.flush()
        try:
            data = read_file(path, MAX_FILE_BYTES, "a map")
            m = loads_map(data, path)
        except MapFileError as e:
            # Often a sync tool still writing: the next change is looked at again.
            self.window.statusBar().showMessage(
                self.tr("“{name}” changed on disk but cannot be read yet: {error}").format(
                    name=self._name(), error=e.reason), 8000)
            return False
        from mapper.layout.placing import ensure_placed
        ensure_placed(m)
        canvas = self.window.canvas
        steps, arrows = list(canvas.selected_step_ids()), list(canvas.selected_arrow_ids())
        self.document.apply(ReplaceContent(m, self.tr("Reload from Disk")))
        self.document.undo_stack.setClean()
        state = self.watch.disk_state()
        if state is not None and state.digest != digest_of(data):
            state = None   # changed again while we read: the watcher will say so
        self.watch.track(path, base=state or _state_of(path, data))
        canvas.select([s for s in steps if m.step(s) is not None], [a for a in arrows if m.arrow(a) is not None])
        self.banner.hide()
        self.window.statusBar().showMessage(
            self.tr("Reloaded “{name}”: it was changed on disk. Undo brings back the version before.").format(
                name=self._name()), 8000)
        return True

    def keep_mine(self) -> None:
        """Go on with the map as it is here; saving over their version will still ask."""
        self.banner.hide()

    def save_mine_as(self) -> None:
        self.banner.hide()
        if not self.window.save_as():
            self.banner.show()


def _state_of(path: str, data: bytes) -> DiskState:
    import os
    try:
        st = os.stat(path)
        return DiskState(st.st_size, st.st_mtime_ns, st.st_ino, digest_of(data))
    except OSError:
        return DiskState(len(data), 0, 0, digest_of(data))
