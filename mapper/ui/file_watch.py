"""Noticing that the open map's file changed on disk.

A colleague on a shared drive, or a sync tool (Dropbox, OneDrive), may save
the file while it is open here. ``FileWatch`` tells by what is in the file, not
by its date: a file's size, modification time and inode are compared first
(cheap), and only when they moved is the content hashed, so a sync tool that
rewrites the same bytes is no change at all. Sync tools replace files rather
than write into them, which makes ``QFileSystemWatcher`` forget the path; it
is watched again after every change, and a slow poll catches what the watcher
misses (network drives often send no notice at all).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

#: How often the file is looked at without a notice from the system.
POLL_MS = 2000
#: A change is read once the file has been quiet this long (a sync tool writes in bursts).
SETTLE_MS = 250


@dataclass(frozen=True)
class DiskState:
    """What a file held at one moment: its stat signature and the hash of its bytes."""

    size: int
    mtime_ns: int
    inode: int
    digest: str

    @property
    def signature(self) -> tuple[int, int, int]:
        return (self.size, self.mtime_ns, self.inode)


def _signature(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def read_state(path: str) -> DiskState | None:
    """The file's state now, or None when it is gone or unreadable."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            digest = hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None
    return DiskState(st.st_size, st.st_mtime_ns, st.st_ino, digest)


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileWatch(QObject):
    """Watches one file. ``base`` is the version the open map was loaded from or
    last saved as; ``changed`` is emitted once per new version that differs
    from it, ``removed`` when the file is gone."""

    changed = Signal()
    removed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: str | None = None
        self.base: DiskState | None = None
        self._seen: tuple | None = None      # the last signature looked at
        self._reported: str | None = None    # the digest last reported as changed
        self._gone_reported = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._notice)
        self._watcher.directoryChanged.connect(self._notice)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check)

    # -- what is watched -----------------------------------------------------------
    def track(self, path: str | None, base: DiskState | None = None) -> None:
        """Watch ``path``, whose current content is what the open map holds (or ``base``)."""
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self.path = path
        self._reported = None
        self._gone_reported = False
        if not path:
            self.base = None
            self._seen = None
            self._poll.stop()
            return
        self.base = base if base is not None else read_state(path)
        self._seen = self.base.signature if base is None and self.base is not None else _signature(path)
        self._rewatch()
        self._poll.start()

    def _rewatch(self) -> None:
        if not self.path:
            return
        folder = os.path.dirname(os.path.abspath(self.path))
        wanted = [p for p in (self.path, folder) if os.path.exists(p)
                  and p not in self._watcher.files() + self._watcher.directories()]
        if wanted:
            self._watcher.addPaths(wanted)

    def _notice(self, *_args) -> None:
        self._settle.start()

    # -- comparing -----------------------------------------------------------------
    def disk_state(self) -> DiskState | None:
        return read_state(self.path) if self.path else None

    def differs_from_base(self) -> bool:
        """True when the file now holds something other than ``base`` (or is gone while
        a base existed). Reads the file only when its stat signature moved."""
        if not self.path:
            return False
        sig = _signature(self.path)
        if self.base is None:
            return sig is not None
        if sig is None:
            return True
        if sig == self.base.signature:
            return False
        now = read_state(self.path)
        return now is None or now.digest != self.base.digest

    def check(self) -> None:
        """Look at the file now; emit ``changed`` or ``removed`` for a new version."""
        if not self.path:
            return
        self._rewatch()   # a replaced file is a new inode the watcher no longer follows
        sig = _signature(self.path)
        if sig is None:
            if not self._gone_reported and self.base is not None:
                self._gone_reported = True
                self.removed.emit()
            return
        self._gone_reported = False
        if sig == self._seen:
            return
        self._seen = sig
        now = read_state(self.path)
        if now is None:
            return
        if self.base is not None and now.digest == self.base.digest:
            # Same bytes (a sync tool rewrote them, or our own save): nothing changed.
            self.base = now
            self._reported = None
            return
        if now.digest == self._reported:
            return
        self._reported = now.digest
        self.changed.emit()
