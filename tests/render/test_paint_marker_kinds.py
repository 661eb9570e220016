"""Per-kind marker visibility in export and print: only the badge kinds the
canvas shows are drawn, and the legend lists only those (issue 4, item 6)."""

import pytest
from PySide6.QtGui import QColor, QImage

from mapper.analysis import analyse
from mapper.model import load_map
from mapper.render import EXPORT
from mapper.render.export import ExportOptions, export_map
from mapper.render.paint import MapPicture, legend_size, paint_extent
from tests.conftest import SAMPLE_MAPS


@pytest.fixture(autouse=True, scope="module")
def _app(qapp):
    return qapp


@pytest.fixture(scope="module")
def webinar():
    m = load_map(SAMPLE_MAPS / "webinar-marketing.json")
    return m, analyse(m)


def kinds_drawn(pic: MapPicture) -> set[str]:
    return {mk.kind for ms in pic.markers.values() for mk in ms}


def test_all_kinds_by_default_and_only_the_chosen_ones_otherwise(webinar):
    m, report = webinar
    everything = MapPicture(m, report)
    assert {"critical", "automate", "metric"} <= kinds_drawn(everything)
    only = MapPicture(m, report, marker_kinds={"metric"})
    assert kinds_drawn(only) == {"metric"}
    assert only.marker_kinds == {"metric"}          # what the legend lists
    assert MapPicture(m, report, marker_kinds=frozenset()).markers == {}


def test_the_legend_shrinks_to_the_kinds_shown(webinar):
    m, report = webinar
    full = paint_extent(m, report)
    one = paint_extent(m, report, marker_kinds={"critical", "owner"})  # the owner chips are no legend row
    rows_full = legend_size(MapPicture(m, report).marker_kinds, EXPORT)[1]
    rows_one = legend_size({"critical"}, EXPORT)[1]
    assert full.height() - one.height() == pytest.approx(rows_full - rows_one, abs=1.0)


def _has_colour(path, colour: QColor, tolerance: int = 12) -> bool:
    img = QImage(str(path))
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            c = QColor(img.pixel(x, y))
            if (abs(c.red() - colour.red()) < tolerance and abs(c.green() - colour.green()) < tolerance
                    and abs(c.blue() - colour.blue()) < tolerance):
                return True
    return False


def test_an_export_leaves_out_the_kinds_switched_off(webinar, tmp_path):
    m, report = webinar
    critical = EXPORT.markers["critical"]
    all_png, some_png = tmp_path / "all.png", tmp_path / "some.png"
    export_map(m, str(all_png), ExportOptions(scale=1.0), report)
    export_map(m, str(some_png), ExportOptions(scale=1.0, marker_kinds=frozenset({"metric", "automate"})), report)
    assert _has_colour(all_png, critical)
    assert not _has_colour(some_png, critical)
    assert _has_colour(some_png, EXPORT.markers["metric"])


def test_no_markers_still_leaves_them_all_out(webinar):
    m, report = webinar
    pic = MapPicture(m, report, markers=False, marker_kinds={"critical"})
    assert pic.markers == {} and not pic.marker_kinds
