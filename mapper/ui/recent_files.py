"""The app's settings (recent files, window layout) and the Open Recent list.

With ``$MAPPER_DATA_DIR`` set (tests, portable use) settings live in an INI
file there, so nothing touches the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from mapper.ui.recovery import DATA_DIR_ENV, data_dir

MAX_RECENT = 10
_KEY = "recent_files"


def app_settings() -> QSettings:
    if os.environ.get(DATA_DIR_ENV):
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("mapper", "mapper")


def recent_files() -> list[str]:
    """Recently opened or saved maps, newest first (missing files left out)."""
    value = app_settings().value(_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone entry as a plain string
        value = [value]
    return [p for p in (value or []) if isinstance(p, str) and Path(p).exists() and _is_map_name(p)]


def _is_map_name(path: str) -> bool:
    """Lock files and a save's temporary files are never maps, whatever put them in the list."""
    from mapper.model import is_temporary_file
    from mapper.model.lockfile import is_lock_file
    return not is_lock_file(path) and not is_temporary_file(path)


def add_recent_file(path: str) -> None:
    path = str(Path(path).resolve())
    if not _is_map_name(path):
        return
    files = [p for p in recent_files() if p != path]
    settings = app_settings()
    settings.setValue(_KEY, [path] + files[:MAX_RECENT - 1])
    settings.sync()


def clear_recent_files() -> None:
    settings = app_settings()
    settings.setValue(_KEY, [])
    settings.sync()
