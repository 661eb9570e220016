"""Export a map as PNG, SVG or PDF, drawn by the same ``paint_map`` as the canvas.

What you export is what you see: there is no second renderer here, only the
choice of device (image, SVG generator, PDF writer or printer), the scale and the
page arithmetic. Files and paper always use the light ``EXPORT`` theme.

Every file is written to a temporary name in the target folder and moved into
place when complete, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from mapper.i18n.formatting import format_number
from mapper.model import MapFileError, SystemMap
from mapper.model.fileformat import CancelWrite, atomic_file

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
    ``marker_kinds``: the badge kinds to draw (those switched on on the canvas);
    None for all. ``markers=False`` leaves them all out (``--no-markers``).
    ``title``: the map's title above the drawing (``--no-title`` leaves it out).
    """
    scale: float = 2.0
    transparent: bool = False
    margin: float = 24.0
    markers: bool = True
    legend: bool = True
    only: frozenset[str] | set[str] | None = None
    marker_kinds: frozenset[str] | None = None
    page_size: str = "A4"
    landscape: bool = True
    pages: str = "fit"
    title: bool = True

    def title_text(self, m: SystemMap) -> str:
        return " ".join(m.title.split()) if self.title else ""


def page_size_id(name: str) -> QPageSize.PageSizeId:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(QCoreApplication.translate("Export", "unknown page size {0}; choose one of {1}").format(
            repr(name), ", ".join(PAGE_SIZES))) from None


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
        raise MapFileError(name, _unknown_type(suffix, shown))
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise MapFileError(name, QCoreApplication.translate("Export", "this is a folder; choose a file name"))
    if not folder.is_dir():
        raise MapFileError(name, QCoreApplication.translate("Export", "the folder {0} does not exist").format(repr(str(folder))))
    if not os.access(folder, os.W_OK):
        raise MapFileError(name, QCoreApplication.translate("Export", "permission denied: mapper may not write here"))
    # One way to write a file (model.atomic_file): honest modes, no leftovers.
    with atomic_file(path) as tmp_name:
        tmp = _TempOutput(tmp_name)
        yield tmp
        if tmp.cancelled:
            raise CancelWrite()
        if os.path.getsize(tmp_name) == 0:
            raise MapFileError(name, QCoreApplication.translate("Export", "could not be written (the disk may be full)"))


# -- what gets drawn where -----------------------------------------------------

def map_picture(m: SystemMap, options: ExportOptions, report=None):
    """What an export of ``m`` with ``options`` draws (``MapPicture``: routes, labels,
    badges). Routing and placing the labels of a big map is most of an export's
    work, so one export computes it once and hands it to ``export_extent``,
    ``image_size`` and the drawing."""
    from mapper.render.paint import MapPicture
    return MapPicture(m, report if options.markers else None, options.markers, options.only,
                      options.marker_kinds)


def export_extent(m: SystemMap, options: ExportOptions, report=None, picture=None) -> QRectF:
    """The scene rectangle an export shows: the drawing (and legend) plus the margin.
    ``picture``: ``map_picture`` of the same arguments, when the caller has it."""
    from mapper.render.paint import paint_extent
    r = paint_extent(m, report, options.markers, options.legend, options.only, options.marker_kinds,
                     options.title_text(m), picture=picture)
    if r.isEmpty():
        return QRectF()
    mg = max(0.0, float(options.margin))
    return r.adjusted(-mg, -mg, mg, mg)


def image_size(m: SystemMap, options: ExportOptions, report=None, picture=None) -> QSize:
    """Pixel size of the PNG: (drawing + 2 x margin) x scale, rounded up."""
    r = export_extent(m, options, report, picture)
    return QSize(max(1, _ceil(r.width() * options.scale)), max(1, _ceil(r.height() * options.scale)))


def _ceil(v: float) -> int:
    i = int(v)
    return i if i >= v - 1e-6 else i + 1


def _draw(painter: QPainter, m: SystemMap, options: ExportOptions, report, picture=None) -> None:
    from mapper.render.paint import paint_map
    from mapper.render.theme import EXPORT
    paint_map(painter, m, EXPORT, report=report if options.markers else None,
              markers=options.markers, legend=options.legend, only=options.only,
              marker_kinds=options.marker_kinds, title=options.title_text(m), picture=picture)


def _nothing_to_export(name: str, options: ExportOptions) -> MapFileError:
    if options.only is not None:
        return MapFileError(name, QCoreApplication.translate("Export", "nothing to export: the selection has no placed steps"))
    return MapFileError(name, QCoreApplication.translate("Export", "nothing to export: the map has no placed steps"))


def _unknown_type(suffix: str, shown: str) -> str:
    return QCoreApplication.translate("Export", "unknown file type {0}; use one of {1}").format(
        suffix or QCoreApplication.translate("Export", "(no extension)"), shown)


def export_map(m: SystemMap, path, options: ExportOptions | None = None, report=None,
               progress: Progress | None = None) -> bool:
    """Write the map to ``path`` as PNG, SVG or PDF (by extension), drawn by ``paint_map``.

    ``report`` (from ``mapper.analysis.analyse``) supplies the markers; without it
    none are drawn. ``progress(done, total)`` is called as the work goes on; when
    it returns False the export stops and no file is left. Returns False when
    cancelled, True when written. Raises MapFileError naming the file when the
    type is unknown, the folder is missing or unwritable, or the image would be
    too big.
    """
    options = options or ExportOptions()
    name = str(path)
    suffix = Path(path).suffix.lower()
    if suffix.lstrip(".") not in FORMATS:
        raise MapFileError(name, _unknown_type(suffix, ".png, .svg, .pdf"))
    if not (0 < options.scale <= 20):
        raise MapFileError(name, QCoreApplication.translate("Export", "scale {0} is out of range; choose between 0.1 and 20").format(
            f"{options.scale:g}"))
    picture = map_picture(m, options, report)
    extent = export_extent(m, options, report, picture)
    if extent.isEmpty():
        raise _nothing_to_export(name, options)
    if suffix == ".png":
        size = image_size(m, options, report, picture)
        check_image_size(name, size, extent, options.scale)
    with atomic_output(path, (suffix,)) as tmp:
        if suffix == ".png":
            ok = _write_png(tmp.path, m, options, report, extent, size, progress, picture)
        elif suffix == ".svg":
            ok = _write_svg(tmp.path, m, options, report, extent, progress, picture)
        else:
            writer = QPdfWriter(tmp.path)
            writer.setResolution(PDF_RESOLUTION)
            writer.setCreator("mapper")
            writer.setTitle(m.title or Path(name).stem)
            writer.setPageSize(QPageSize(page_size_id(options.page_size)))
            writer.setPageOrientation(QPageLayout.Orientation.Landscape if options.landscape
                                      else QPageLayout.Orientation.Portrait)
            ok = paint_pages(writer, m, options, report, progress, picture) is not None
            del writer  # flushes and closes the PDF before it is moved into place
        if not ok:
            tmp.cancel()
    return ok


def check_image_size(name: str, size: QSize, extent: QRectF, scale: float) -> None:
    """Refuse images too big to hold in memory, saying what would work instead."""
    w, h = size.width(), size.height()
    if w <= MAX_SIDE_PX and h <= MAX_SIDE_PX and w * h <= MAX_PIXELS:
        return
    fit = min(MAX_SIDE_PX / extent.width(), MAX_SIDE_PX / extent.height(),
              (MAX_PIXELS / (extent.width() * extent.height())) ** 0.5)
    hint = (QCoreApplication.translate("Export", "choose a scale of {0} or less, or export a PDF or SVG").format(f"{int(fit * 10) / 10:g}")
            if fit >= 0.1 else QCoreApplication.translate("Export", "export a PDF or SVG instead"))
    raise MapFileError(name, QCoreApplication.translate("Export", "the image would be {0} x {1} pixels, too big to make "
                                                        "(the limit is {2} pixels a side and {3} megapixels); {4}").format(
        format_number(w), format_number(h), format_number(MAX_SIDE_PX), MAX_PIXELS // 1_000_000, hint))


def _write_png(tmp: str, m, options: ExportOptions, report, extent: QRectF, size: QSize, progress,
               picture=None) -> bool:
    if progress is not None and progress(0, 3) is False:
        return False
    # Paint straight into the byte layout PNG stores (RGB, or RGBA when transparent),
    # so the encoder below needs no conversion pass over a 150-megapixel picture.
    fmt = QImage.Format.Format_RGBA8888_Premultiplied if options.transparent else QImage.Format.Format_RGB888
    image = QImage(size, fmt)
    if image.isNull():
        raise OSError(QCoreApplication.translate("Export", "not enough memory for an image this size; choose a smaller scale"))
    from mapper.render.theme import EXPORT
    image.fill(QColor(0, 0, 0, 0) if options.transparent else EXPORT.background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.scale(options.scale, options.scale)
        painter.translate(-extent.left(), -extent.top())
        _draw(painter, m, options, report, picture)
    finally:
        painter.end()
    if progress is not None and progress(1, 3) is False:
        return False
    if options.transparent:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)  # PNG wants straight alpha
    # At scale 2 the picture is 192 dpi: a word processor then places it at its
    # on-screen size, twice as sharp.
    write_png(image, tmp, dots_per_metre=round(96 * options.scale / 0.0254))
    if progress is not None:
        progress(3, 3)
    return True


def write_png(image: QImage, path: str, dots_per_metre: int = 3780) -> None:
    """Encode an RGB888 or RGBA8888 image as PNG, compressing bands of rows on all cores.

    Qt's own PNG writer takes ~4 s for a 150-megapixel export on one core; this
    one compresses row bands in parallel (zlib releases the GIL) into one deflate
    stream: each band but the last ends with a sync flush, which keeps the
    concatenation valid. Level 1: maps are mostly flat colour, so the files stay
    small anyway.
    """
    rgba = image.format() == QImage.Format.Format_RGBA8888
    if not rgba and image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    row_bytes = w * (4 if rgba else 3)
    stride = image.bytesPerLine()
    bits = memoryview(image.constBits()).cast("B")
    rows = [bits[y * stride: y * stride + row_bytes] for y in range(h)]
    workers = max(1, min(os.cpu_count() or 1, 4, h // 64))
    bands = [(i * h // workers, (i + 1) * h // workers) for i in range(workers)]
    no_filter = b"\x00"

    def deflate(i: int) -> bytes:
        first, last = bands[i]
        z = zlib.compressobj(1, zlib.DEFLATED, -15, 9)
        out = []
        for y in range(first, last):
            out.append(z.compress(no_filter))
            out.append(z.compress(rows[y]))
        out.append(z.flush(zlib.Z_FINISH if i == workers - 1 else zlib.Z_SYNC_FLUSH))
        return b"".join(out)

    def checksum() -> int:
        a = 1
        for row in rows:
            a = zlib.adler32(row, zlib.adler32(no_filter, a))
        return a

    with ThreadPoolExecutor(workers + 1) as pool:
        adler = pool.submit(checksum)
        parts = list(pool.map(deflate, range(workers)))
        stream = b"\x78\x01" + b"".join(parts) + struct.pack(">I", adler.result() & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6 if rgba else 2, 0, 0, 0)))
        f.write(_png_chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)))
        for at in range(0, len(stream), 1 << 24):
            f.write(_png_chunk(b"IDAT", stream[at: at + (1 << 24)]))
        f.write(_png_chunk(b"IEND", b""))
        f.flush()
        os.fsync(f.fileno())


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _write_svg(tmp: str, m, options: ExportOptions, report, extent: QRectF, progress, picture=None) -> bool:
    if progress is not None and progress(0, 2) is False:
        return False
    w, h = extent.width() * options.scale, extent.height() * options.scale
    gen = QSvgGenerator()
    gen.setFileName(tmp)
    gen.setSize(QSize(_ceil(w), _ceil(h)))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setResolution(96)
    gen.setTitle(m.title or QCoreApplication.translate("Export", "mapper map"))
    gen.setDescription(QCoreApplication.translate("Export", "Made with mapper"))
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(QCoreApplication.translate("Export", "the SVG could not be started"))
    try:
        if not options.transparent:
            from mapper.render.theme import EXPORT
            painter.fillRect(QRectF(0, 0, w, h), EXPORT.background)
        painter.scale(options.scale, options.scale)
        painter.translate(-extent.left(), -extent.top())
        _draw(painter, m, options, report, picture)
    finally:
        painter.end()
    if progress is not None:
        progress(2, 2)
    return True


# -- pages: PDF files and printers share this -----------------------------------

@dataclass
class PagePlan:
    """How a map lands on paper: ``tiles[i]`` is the scene rectangle drawn on page
    i at ``scale`` device pixels per scene unit, its top-left at ``offsets[i]``
    (device pixels from the paint area's top-left)."""
    extent: QRectF
    scale: float
    tiles: list[QRectF]
    offsets: list[QPointF]
    columns: int
    rows: int

    @property
    def page_count(self) -> int:
        return len(self.tiles)


def set_page_margins(device: QPagedPaintDevice) -> None:
    mg = PAGE_MARGIN_MM
    device.setPageMargins(QMarginsF(mg, mg, mg, mg), QPageLayout.Unit.Millimeter)


def plan_pages(m: SystemMap, options: ExportOptions, report, device: QPagedPaintDevice,
               picture=None) -> PagePlan:
    """Fit the map on one page (centred, never blown up past 1.5 x its screen size)
    or tile it across pages at ``options.scale / 2`` x its screen size (96 dpi).
    ``picture``: ``map_picture`` of the same arguments, when the caller has it."""
    extent = export_extent(m, options, report, picture)
    page_w, page_h = float(device.width()), float(device.height())
    natural = device.logicalDpiX() / 96.0  # device pixels per scene unit at the on-screen size
    if extent.isEmpty():
        return PagePlan(extent, natural, [], [], 0, 0)
    if options.pages != "tile":
        scale = min(page_w / extent.width(), page_h / extent.height(), natural * 1.5)
        off = QPointF((page_w - extent.width() * scale) / 2, (page_h - extent.height() * scale) / 2)
        return PagePlan(extent, scale, [QRectF(extent)], [off], 1, 1)
    scale = natural * options.scale / 2.0
    overlap = TILE_OVERLAP_MM / 25.4 * device.logicalDpiX() / scale  # in scene units
    tile_w, tile_h = page_w / scale, page_h / scale
    step_w, step_h = max(1.0, tile_w - overlap), max(1.0, tile_h - overlap)
    cols = max(1, _ceil((extent.width() - overlap) / step_w)) if extent.width() > tile_w else 1
    rows = max(1, _ceil((extent.height() - overlap) / step_h)) if extent.height() > tile_h else 1
    tiles, offsets = [], []
    for r in range(rows):
        for c in range(cols):
            tiles.append(QRectF(extent.left() + c * step_w, extent.top() + r * step_h, tile_w, tile_h))
            offsets.append(QPointF(0, 0))
    return PagePlan(extent, scale, tiles, offsets, cols, rows)


def _draw_tile(painter: QPainter, m: SystemMap, options: ExportOptions, report, tile: QRectF, picture) -> None:
    """One page of a tiled map: ``paint_map`` of just the steps and arrows that
    reach into the tile (a PDF keeps everything drawn, even where clipped, so
    drawing the whole map on each of 50 pages made files 50 times too big and
    slow), then the legend where the whole map has it."""
    from mapper.render.paint import LEGEND_GAP, paint_legend, paint_map, paint_title
    from mapper.render.theme import EXPORT
    near = tile.adjusted(-80, -80, 80, 80)  # badges and arrow labels stick out of their shapes
    ids = {sid for sid, rect in picture.rects.items() if rect.intersects(near)}
    for a, geo in picture.arrows:
        if geo.bounding_rect().intersects(near):
            ids.update((a.source, a.target))
    if ids:
        paint_map(painter, m, EXPORT, report=report if options.markers else None,
                  markers=options.markers, legend=False, only=ids, marker_kinds=options.marker_kinds)
    bounds = picture.bounds()
    if options.legend and options.markers and picture.marker_kinds:
        paint_legend(painter, QPointF(bounds.left(), bounds.bottom() + LEGEND_GAP), EXPORT, picture.marker_kinds)
    if options.title_text(m):
        paint_title(painter, options.title_text(m), bounds, EXPORT)


def paint_pages(device: QPagedPaintDevice, m: SystemMap, options: ExportOptions, report=None,
                progress: Progress | None = None, picture=None) -> PagePlan | None:
    """Draw the map on a PDF writer or printer, one tile per page (``plan_pages``).

    The page size and orientation are the device's (the print dialog's choice);
    the margins are set here. ``picture``: ``map_picture`` of the same arguments,
    when the caller has it. Returns the plan, or None when cancelled.
    """
    set_page_margins(device)
    if picture is None:
        picture = map_picture(m, options, report)
    plan = plan_pages(m, options, report, device, picture)
    if not plan.tiles:
        raise ValueError(QCoreApplication.translate("Export", "nothing to print: the map has no placed steps"))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Export", "the printer or file could not be opened for drawing"))
    try:
        for i, (tile, off) in enumerate(zip(plan.tiles, plan.offsets)):
            if progress is not None and progress(i, plan.page_count) is False:
                return None
            if i:
                device.newPage()
            painter.save()
            painter.setClipRect(QRectF(off.x(), off.y(), tile.width() * plan.scale, tile.height() * plan.scale))
            painter.translate(off)
            painter.scale(plan.scale, plan.scale)
            painter.translate(-tile.left(), -tile.top())
            if plan.page_count == 1:
                _draw(painter, m, options, report, picture)
            else:
                _draw_tile(painter, m, options, report, tile, picture)
            painter.restore()
        if progress is not None:
            progress(plan.page_count, plan.page_count)
    finally:
        painter.end()
    return plan
