"""Map export draws what the canvas draws, at the size asked, and fails cleanly."""

from __future__ import annotations

import math
import os
import re

import pypdf
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

from mapper.analysis import analyse
from mapper.model import MapFileError
from mapper.render.export import (MAX_SIDE_PX, ExportOptions, export_extent, export_map, image_size)
from mapper.render.geometry import step_rect
from mapper.render.paint import marker_rects, paint_extent

from .maps import quote_map


def _pixel(image: QImage, scene: QPointF, extent: QRectF, scale: float) -> QColor:
    x = int((scene.x() - extent.left()) * scale)
    y = int((scene.y() - extent.top()) * scale)
    return image.pixelColor(x, y)


def test_png_size_is_drawing_plus_margins_times_scale(qapp, tmp_path):
    m = quote_map()
    report = analyse(m)
    for scale, margin in ((1.0, 24), (2.0, 10), (3.0, 0)):
        opts = ExportOptions(scale=scale, margin=margin)
        out = tmp_path / f"map{scale}.png"
        assert export_map(m, out, opts, report) is True
        drawn = paint_extent(m, report, True, True, title=m.title)   # the title sits above the map
        image = QImage(str(out))
        assert image.width() == math.ceil(round((drawn.width() + 2 * margin) * scale, 6))
        assert image.height() == math.ceil(round((drawn.height() + 2 * margin) * scale, 6))
        assert image.size() == image_size(m, opts, report)


def test_png_background_is_white_or_transparent(qapp, tmp_path):
    m = quote_map()
    export_map(m, tmp_path / "white.png", ExportOptions(scale=1))
    export_map(m, tmp_path / "clear.png", ExportOptions(scale=1, transparent=True))
    white, clear = QImage(str(tmp_path / "white.png")), QImage(str(tmp_path / "clear.png"))
    assert white.pixelColor(1, 1) == QColor("#ffffff")
    assert clear.pixelColor(1, 1).alpha() == 0
    assert clear.hasAlphaChannel()


def test_markers_can_be_left_out(qapp, tmp_path):
    m = quote_map()
    report = analyse(m)
    sid = "call"
    assert sid in report.critical_ids()
    step = m.step(sid)
    badge = marker_rects(step_rect(step), 1, step.kind)[0].center() + QPointF(0, 5)  # below the white star
    colours = {}
    for markers in (True, False):
        opts = ExportOptions(scale=2, markers=markers, legend=False)
        out = tmp_path / f"m{markers}.png"
        export_map(m, out, opts, report)
        colours[markers] = _pixel(QImage(str(out)), badge, export_extent(m, opts, report), 2)
    critical_red = QColor("#e0475b")
    on, off = colours[True], colours[False]
    assert abs(on.red() - critical_red.red()) < 40 and on.green() < 120, on.name()
    assert off.green() > 200, off.name()  # plain shape or paper where the badge would be


def test_export_draws_steps_where_geometry_puts_them(qapp, tmp_path):
    """The shape of a lone step lands exactly on step_rect (same code as the canvas)."""
    m = quote_map()
    m.arrows.clear()
    keep = "quote"
    opts = ExportOptions(scale=2, margin=0, markers=False, legend=False, only={keep})
    export_map(m, tmp_path / "one.png", opts)
    image = QImage(str(tmp_path / "one.png"))
    rect = step_rect(m.step(keep))
    extent = export_extent(m, opts)
    assert extent.contains(rect)
    # The outline is drawn on the rectangle's edges: dark pixels at the middle of each side.
    fill = _pixel(image, rect.center(), extent, 2)
    for pt in (QPointF(rect.left() + 0.5, rect.center().y()), QPointF(rect.right() - 0.5, rect.center().y()),
               QPointF(rect.center().x() + 30, rect.top() + 0.5)):
        edge = _pixel(image, pt, extent, 2)
        assert edge != fill and edge.lightness() < fill.lightness(), (pt, edge.name(), fill.name())


def test_svg_keeps_text_as_text(qapp, tmp_path):
    m = quote_map()
    out = tmp_path / "map.svg"
    export_map(m, out, ExportOptions(scale=1), analyse(m))
    svg = out.read_text(encoding="utf-8")
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    for s in m.steps:
        for word in s.text.split():
            assert word in texts, word
    assert "Yes" in texts  # arrow labels too


def test_pdf_fits_one_page_or_tiles_several(qapp, tmp_path):
    m = quote_map()
    export_map(m, tmp_path / "fit.pdf", ExportOptions(pages="fit"))
    assert len(pypdf.PdfReader(str(tmp_path / "fit.pdf")).pages) == 1
    export_map(m, tmp_path / "tile.pdf", ExportOptions(pages="tile", scale=4, landscape=False))
    reader = pypdf.PdfReader(str(tmp_path / "tile.pdf"))
    assert len(reader.pages) > 1
    page = reader.pages[0].mediabox
    assert float(page.width) < float(page.height)  # portrait A4
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Call the lead" in " ".join(text.split())


def test_selection_only_exports_a_smaller_picture(qapp, tmp_path):
    m = quote_map()
    whole = image_size(m, ExportOptions(scale=1))
    part = image_size(m, ExportOptions(scale=1, only={"call", "books"}))
    assert part.width() < whole.width()


def test_huge_image_is_refused_with_advice_and_no_file(qapp, tmp_path):
    m = quote_map()
    m.step("client").x = 60_000
    out = tmp_path / "huge.png"
    with pytest.raises(MapFileError) as e:
        export_map(m, out, ExportOptions(scale=2))
    msg = str(e.value)
    assert str(out) in msg and "too big" in msg and "PDF" in msg and f"{MAX_SIDE_PX:,}" in msg
    assert not list(tmp_path.iterdir())


def test_cancelled_export_leaves_no_file(qapp, tmp_path):
    m = quote_map()
    for name in ("a.png", "a.svg", "a.pdf"):
        assert export_map(m, tmp_path / name, ExportOptions(), progress=lambda done, total: False) is False
    assert not list(tmp_path.iterdir())


def test_bad_output_paths_name_the_file_and_leave_nothing(qapp, tmp_path):
    m = quote_map()
    (tmp_path / "pics.png").mkdir()
    for bad, words in ((tmp_path / "missing" / "map.png", "does not exist"),
                       (tmp_path / "map.bmp", "unknown file type .bmp"),
                       (tmp_path / "pics.png", "this is a folder")):
        with pytest.raises(MapFileError) as e:
            export_map(m, bad, ExportOptions())
        assert str(bad) in str(e.value) and words in str(e.value)
    assert [p.name for p in tmp_path.iterdir()] == ["pics.png"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder(qapp, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(MapFileError, match="permission denied"):
            export_map(quote_map(), locked / "map.png", ExportOptions())
        assert not list(locked.iterdir())
    finally:
        locked.chmod(0o700)


def test_existing_file_is_replaced_whole(qapp, tmp_path):
    out = tmp_path / "map.png"
    out.write_bytes(b"old")
    export_map(quote_map(), out, ExportOptions(scale=1))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_tiled_pages_draw_what_the_single_page_draws(qapp, tmp_path):
    """Tiles draw only what reaches into them, yet together show every step and the legend."""
    m = quote_map()
    report = analyse(m)
    export_map(m, tmp_path / "tile.pdf", ExportOptions(pages="tile", scale=6), report)
    reader = pypdf.PdfReader(str(tmp_path / "tile.pdf"))
    assert len(reader.pages) > 2
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for s in m.steps:
        for word in s.text.split():
            assert word in text, word
    assert "Critical step" in text  # the legend
