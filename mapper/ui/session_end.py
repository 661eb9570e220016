"""Ending when the system asks: SIGTERM (a logout, ``kill``, a service manager) or SIGHUP.

By default such a signal ends Python on the spot: no ``atexit``, so the lock
beside an open map stayed behind and colleagues were told the map was still
open. Here each window keeps its unsaved work in the recovery journal (offered
at the next start, as after a crash), lets go of its map's lock, and the app
exits without asking (nobody is there to answer a "Save changes?" prompt).

Python runs a signal handler only when it next gets control, which in Qt's
event loop may be never; so the signal also writes a byte to a socket
(``signal.set_wakeup_fd``) that a ``QSocketNotifier`` reads, which wakes the loop.
"""

from __future__ import annotations

import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier

#: The signals that mean "the session ends" (those this platform has).
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class SessionEnd(QObject):
    """Calls ``on_end`` in the event loop when the process is asked to end."""

    def __init__(self, on_end: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_end = on_end
        self._reader, self._writer = socket.socketpair()
        for s in (self._reader, self._writer):
            s.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._pending = False
        signal.set_wakeup_fd(self._writer.fileno())
        for sig in ENDING_SIGNALS:
            signal.signal(sig, self._received)

    def _received(self, signum, frame) -> None:
        # Runs in Python's handler: only note it; the notifier does the work in the loop.
        self._pending = True

    def _woken(self) -> None:
        try:
            self._reader.recv(64)
        except OSError:
            pass
        if self._pending:
            self._pending = False
            self._on_end()


def end_all_windows(app) -> None:
    """Keep every window's unsaved work for recovery, free every lock, and leave the loop."""
    from mapper.ui.main_window import open_windows
    for window in open_windows():
        window.end_session()
    app.exit(0)   # not quit(): that would ask each window to close, and prompt


def end_on_signals(app) -> SessionEnd:
    """Install the handler for the app's lifetime."""
    return SessionEnd(lambda: end_all_windows(app), app)
