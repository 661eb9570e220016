"""Who has a map open: a small lock file beside it, like LibreOffice's ``.~lock.NAME#``.

Owners keep maps in shared folders (a network drive, Dropbox, OneDrive). While
a map is open in mapper, ``.~lock.NAME.json#`` beside it says who (user and
computer), since when, and which process. A second person opening the map is
told; a lock whose process is gone (same computer) or that is far too old is
stale and taken over. The name never ends in ``.json``, so a lock is never
listed, opened, imported or exported as a map.

No Qt here: the app asks the owner (``mapper.ui.map_lock``); this module only
reads and writes the files.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from mapper.i18n.formatting import format_date

from .errors import MapFileError
from .fileformat import write_atomic

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
LOCK_FORMAT = "mapper/lock"
#: A lock not refreshed for this long is stale whoever holds it (a computer that
#: went away without closing); open maps refresh theirs every few minutes.
STALE_AFTER_S = 2 * 3600.0
#: How often an open map refreshes its lock (its modification time).
REFRESH_EVERY_S = 10 * 60.0

#: Maps whose lock this process wrote; released at exit even if a window never closed.
_held: set[str] = set()


@dataclass(frozen=True)
class LockHolder:
    """Who holds a map's lock."""

    user: str
    host: str
    pid: int
    since: str          # ISO 8601 time the map was opened
    age_s: float        # seconds since the lock was last written or refreshed

    @property
    def since_local(self) -> str:
        """'14:02' today, or '3 Dec 2026 14:02' on another day, in this computer's time."""
        try:
            when = datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return self.since
        today = datetime.now().astimezone().date()
        if when.date() == today:
            return when.strftime("%H:%M")
        return f"{format_date(when.date())} {when.strftime('%H:%M')}"   # the month in the owner's language

    def is_this_process(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """True when nobody is behind the lock any more: its process is gone
        (on this computer), or it was not refreshed for ``STALE_AFTER_S``."""
        if self.age_s > STALE_AFTER_S:
            return True
        if self.host == this_host():
            return not process_alive(self.pid)
        return False


def lock_path(map_path: str | os.PathLike) -> Path:
    """``folder/.~lock.NAME.json#`` for ``folder/NAME.json``."""
    p = Path(map_path)
    return p.with_name(f"{LOCK_PREFIX}{p.name}{LOCK_SUFFIX}")


def is_lock_file(path: str | os.PathLike) -> bool:
    """True for a map's lock file (never a map)."""
    name = Path(path).name
    return name.startswith(LOCK_PREFIX) and name.endswith(LOCK_SUFFIX)


def this_host() -> str:
    return socket.gethostname() or "this computer"


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no login name (a container, a service): still say something
        return os.environ.get("USER") or os.environ.get("USERNAME") or "someone"


def process_alive(pid: int) -> bool:
    """Whether a process of this computer still runs (True when it cannot be told)."""
    if pid <= 0:
        return False
    if os.name == "nt":   # os.kill would end the process there; the age rule decides instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True     # it exists, but belongs to someone else
    return True


def read_lock(map_path: str | os.PathLike) -> LockHolder | None:
    """Who holds the map's lock, or None when nobody does (or the lock is unreadable junk)."""
    path = lock_path(map_path)
    try:
        data = path.read_bytes()
        age = time.time() - path.stat().st_mtime
    except OSError:
        return None
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != LOCK_FORMAT:
            raise ValueError
        return LockHolder(str(doc.get("user") or "someone"), str(doc.get("host") or "?"),
                          int(doc.get("pid") or 0), str(doc.get("since") or ""), max(0.0, age))
    except (ValueError, TypeError, UnicodeDecodeError):
        # Another program's lock or a half-written one: nobody we can name; stale by age only.
        return LockHolder("someone", "?", 0, "", max(0.0, age)) if age <= STALE_AFTER_S else None


def _lock_bytes() -> bytes:
    doc = {"format": LOCK_FORMAT, "user": this_user(), "host": this_host(), "pid": os.getpid(),
           "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")


def take_lock(map_path: str | os.PathLike, force: bool = False) -> LockHolder | None:
    """Write this process's lock beside the map, unless someone else holds a live one.

    Returns the other holder (nothing written) when the map is taken and
    ``force`` is False; None when the lock is now ours. A folder that cannot
    be written (a read-only share) leaves no lock and is not an error.
    """
    path = lock_path(map_path)
    holder = read_lock(map_path)
    if holder is not None and not holder.is_this_process() and not holder.is_stale() and not force:
        return holder
    if holder is not None and holder.is_this_process():
        _held.add(str(map_path))
        return None   # ours already: keep its "since"
    try:
        if holder is None:
            # O_EXCL: of two people opening at the same moment, one wins.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with os.fdopen(fd, "wb") as f:
                f.write(_lock_bytes())
        else:
            write_atomic(path, _lock_bytes(), keep_backup=False)
    except FileExistsError:
        # Someone wrote theirs between our look and our write.
        again = read_lock(map_path)
        if again is not None and not again.is_this_process() and not again.is_stale() and not force:
            return again
        try:
            write_atomic(path, _lock_bytes(), keep_backup=False)
        except MapFileError:
            pass
    except (OSError, MapFileError):
        return None
    _held.add(str(map_path))
    return None


def refresh_lock(map_path: str | os.PathLike) -> bool:
    """Touch our lock so it does not go stale; False when it is no longer ours."""
    holder = read_lock(map_path)
    if holder is None or not holder.is_this_process():
        return False
    try:
        os.utime(lock_path(map_path))
    except OSError:
        return False
    return True


def release_lock(map_path: str | os.PathLike) -> None:
    """Remove the lock if it is still ours (someone who opened anyway may hold it now)."""
    _held.discard(str(map_path))
    holder = read_lock(map_path)
    if holder is not None and holder.is_this_process():
        try:
            lock_path(map_path).unlink()
        except OSError:
            pass


@atexit.register
def _release_all() -> None:
    for path in list(_held):
        release_lock(path)
