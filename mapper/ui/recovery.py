"""The autosave journal: unsaved work kept apart from the user's file.

Each editing session (one window of one process) writes its own journal,
``session-<pid>-<time>-<n>.json`` in ``<data folder>/journal/``, a few seconds
after edits settle. It holds the map and the path of the file it belongs to.
It never touches the user's file (draw.io's autosave overwrote users' maps;
we don't). A clean save, a clean close or discarding the changes removes it.

Whether a journal is orphaned (its session crashed or was killed) is decided
by a ``QLockFile`` next to it: the live session holds the lock, and Qt knows
a lock whose process is gone is stale, across platforms and pid reuse. So
several windows and several running mappers never offer or clobber each
other's work.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from mapper.model import MapFileError, SystemMap, map_from_document, map_to_document, write_atomic

JOURNAL_FORMAT = "mapper/journal"
DATA_DIR_ENV = "MAPPER_DATA_DIR"

_session_numbers = itertools.count(1)


def data_dir() -> Path:
    """Where mapper keeps its own files: ``$MAPPER_DATA_DIR`` or the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_data_dir("mapper", appauthor=False))


def journal_dir() -> Path:
    return data_dir() / "journal"


def _lock_for(journal: Path) -> QLockFile:
    lock = QLockFile(str(journal.with_suffix(".lock")))
    # Long-lived lock: never stale by age, only when its process is gone.
    lock.setStaleLockTime(0)
    return lock


class Journal:
    """The journal of one editing session. Create it, ``write`` often, ``remove`` when clean."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else journal_dir()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        name = f"session-{os.getpid()}-{stamp}-{next(_session_numbers)}"
        self.path = self.folder / f"{name}.json"
        self._lock: QLockFile | None = None

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = _lock_for(self.path)
            self._lock.tryLock(0)

    def write(self, m: SystemMap, original_path: str | None, base_digest: str | None = None) -> None:
        """Save the unsaved map (atomically). Raises ``MapFileError`` when the folder cannot be written.

        ``base_digest``: the hash of the file's content the work started from, so
        recovery can tell whether the file changed after the crash."""
        try:
            self._ensure_lock()
        except OSError as e:
            raise MapFileError(str(self.folder), QCoreApplication.translate("Recovery", "could not be created ({reason})").format(
                reason=e.strerror or e)) from None
        doc = {
            "format": JOURNAL_FORMAT,
            "original_path": original_path,
            "base_digest": base_digest,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "map": map_to_document(m),
        }
        data = json.dumps(doc, ensure_ascii=False, allow_nan=False).encode("utf-8")
        write_atomic(self.path, data, keep_backup=False)

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def remove(self) -> None:
        """Forget the unsaved work (after a clean save, or when changes were discarded)."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a journal that cannot be removed is offered again, never lost

    def close(self) -> None:
        """End the session cleanly: journal removed, lock released."""
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


@dataclass
class OrphanedJournal:
    """Unsaved work of a session that ended without closing (crash, kill, power cut)."""

    path: Path
    original_path: str | None
    saved_at: str
    map: SystemMap | None          # None when the journal itself is unreadable
    problem: str
    _lock: QLockFile | None = None
    base_digest: str | None = None

    def file_changed_since(self) -> bool:
        """True when the map's file now holds something other than what the lost work
        started from (someone saved it after the crash): recovering must not go over it."""
        if not self.original_path or not self.base_digest:
            return False
        from mapper.ui.file_watch import read_state
        now = read_state(self.original_path)
        return now is not None and now.digest != self.base_digest

    @property
    def title(self) -> str:
        if self.original_path:
            return Path(self.original_path).name
        if self.map is not None and self.map.title:
            return self.map.title
        return QCoreApplication.translate("Recovery", "Untitled map")

    def discard(self) -> None:
        """Delete the journal for good."""
        try:
            self.path.unlink()
        except OSError:
            pass
        self.release()

    def set_aside(self) -> Path:
        """Rename an unreadable journal so it is never offered again but nothing is deleted."""
        target = self.path.with_suffix(".unreadable")
        try:
            os.replace(self.path, target)
        except OSError:
            target = self.path
        self.release()
        return target

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def orphaned_journals(folder: Path | None = None) -> list[OrphanedJournal]:
    """Journals whose session is gone, oldest first. Each comes locked, so two
    windows starting together never both offer the same one; call ``discard``
    (after recovering or when the user declines) or ``release``."""
    folder = Path(folder) if folder is not None else journal_dir()
    if not folder.is_dir():
        return []
    found: list[OrphanedJournal] = []
    for journal in sorted(folder.glob("session-*.json"), key=lambda p: p.stat().st_mtime):
        lock = _lock_for(journal)
        if not lock.tryLock(0):
            continue  # a live session (this process or another) owns it
        found.append(_read(journal, lock))
    return found


def _read(journal: Path, lock: QLockFile) -> OrphanedJournal:
    try:
        doc = json.loads(journal.read_bytes().decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != JOURNAL_FORMAT:
            raise ValueError("not a mapper journal")
        m = map_from_document(doc.get("map"), str(journal))
        original = doc.get("original_path")
        base = doc.get("base_digest")
        return OrphanedJournal(journal, original if isinstance(original, str) else None,
                               str(doc.get("saved_at", "")), m, "", lock, base if isinstance(base, str) else None)
    except (OSError, ValueError, MapFileError) as e:
        return OrphanedJournal(journal, None, "", None, str(e), lock)
