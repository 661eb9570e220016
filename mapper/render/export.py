"""Export a map as PNG, SVG or PDF, drawn by the same ``paint_map`` as the canvas.

What you export is what you see: there is no second renderer here, only the
choice of device (image, SVG generator, PDF writer or printer), the scale and the
page arithmetic. Files and paper always use the light ``EXPORT`` theme.

Every file is written to a temporary name in the target folder and moved into
place when complete, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from mapper.model import MapFileError, SystemMap

Progress = Callable[[int, int], bool]

FORMATS = ("png", "svg", "pdf")
#: Images past either limit would take gigabytes of memory; PDF and SVG have no such limit.
MAX_SIDE_PX = 16_384
MAX_PIXELS = 250_000_000
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
              "Letter": QPageSize.PageSizeId.Letter, "Legal": QPageSize.PageSizeId.Legal,
              "Tabloid": QPageSize.PageSizeId.Tabloid}
#: White space around the map on paper, in millimetres.
PAGE_MARGIN_MM = 10.0
#: On tiled pages neighbours repeat this much of each other, for cutting and taping.
TILE_OVERLAP_MM = 6.0
PDF_RESOLUTION = 300


@dataclass
class ExportOptions:
    """What to export and how (docs/CONTRACTS.md).

    ``scale``: pixels per scene unit for PNG (2 = sharp on high-density screens
    and in print), a size factor for SVG; for PDF and print the map is fitted to
    the page (``pages="fit"``) or drawn at ``scale`` / 2 of its on-screen size
    (96 dpi) across several pages (``pages="tile"``). ``margin`` is in scene units.
    ``only``: step ids to export (and the arrows between them); None for all.
    """
    scale: float = 2.0
    transparent: bool = False
    margin: float = 24.0
    markers: bool = True
    legend: bool = True
    only: frozenset[str] | set[str] | None = None
    page_size: str = "A4"
    landscape: bool = True
    pages: str = "fit"


def page_size_id(name: str) -> QPageSize.PageSizeId:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; choose one of {', '.join(PAGE_SIZES)}") from None


# -- writing files safely ------------------------------------------------------

class _TempOutput:
    def __init__(self, path: str) -> None:
        self.path = path
        self.cancelled = False

    def cancel(self) -> None:
        """Throw the output away instead of moving it into place."""
        self.cancelled = True


@contextmanager
def atomic_output(path, suffixes: tuple[str, ...]) -> Iterator[_TempOutput]:
    """A temporary file next to ``path`` that replaces it only when complete.

    Raises MapFileError naming ``path`` for an unknown extension, a missing or
    unwritable folder, or a failed write; the temporary file never survives.
    """
    name = str(path)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in suffixes:
        shown = ", ".join(suffixes)
        raise MapFileError(name, f"unknown file type {suffix or '(no extension)'}; use one of {shown}")
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise MapFileError(name, "this is a folder; choose a file name")
    if not folder.is_dir():
        raise MapFileError(name, f"the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise MapFileError(name, "permission denied: mapper may not write here")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
        os.close(fd)
    except PermissionError:
        raise MapFileError(name, "permission denied: mapper may not write here") from None
    except OSError as e:
        raise MapFileError(name, f"could not be written ({e.strerror or e})") from None
    tmp = _TempOutput(tmp_name)
    try:
        yield tmp
        if not tmp.cancelled:
            if os.path.getsize(tmp_name) == 0:
                raise MapFileError(name, "could not be written (the disk may be full)")
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)  # mkstemp's 0600 is wrong for a picture to share
            os.replace(tmp_name, target)
    except MapFileError:
        raise
    except PermissionError:
        raise MapFileError(name, "permission denied: mapper may not write here") from None
    except OSError as e:
        raise MapFileError(name, f"could not be written ({e.strerror or e})") from None
    finally:
        if os.path.exists(tmp_name):
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
