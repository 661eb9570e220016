"""The one renderer draws the map where geometry says, offscreen."""

import json

import pytest

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from mapper.model import loads_map
from mapper.render import EXPORT, LIGHT, markers_for, paint_extent, paint_map, step_rect
from mapper.render.markers import Marker
from mapper.render.paint import marker_rects
from tests.conftest import design_example_document



@pytest.fixture(autouse=True, scope="module")
def _app(qapp):
    """Fonts need a (widget) application; pytest-qt's is shared with the canvas tests."""
    return qapp

DESIGN_EXAMPLE = design_example_document()


def design_map():
    return loads_map(json.dumps(DESIGN_EXAMPLE))


def render(m, theme=EXPORT, **kw):
    extent = paint_extent(m, **kw).adjusted(-10, -10, 10, 10)
    img = QImage(int(extent.width()) + 1, int(extent.height()) + 1, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(-extent.left(), -extent.top())
    paint_map(p, m, theme, **kw)
    p.end()
    return img, extent


def pixel(img, extent, x, y):
    return img.pixelColor(int(x - extent.left()), int(y - extent.top()))


def test_paint_map_draws_every_shape_where_step_rect_says():
    m = design_map()
    img, extent = render(m)
    for s in m.steps:
        r = step_rect(s)
        fill = EXPORT.shape(s.kind).fill
        # Near the bottom edge on the centre line: inside every kind's shape, away from its text
        # and above the owner chip that sits on the edge.
        inside = pixel(img, extent, r.center().x(), r.bottom() - 12)
        assert inside == fill, (s.id, inside.name(), fill.name())
    # Far outside any shape stays white.
    assert pixel(img, extent, 110, -60) == QColor("white")


def test_arrows_are_drawn_between_the_shapes_with_their_labels():
    m = design_map()
    img, extent = render(m)
    gap = (step_rect(m.step("webinar")).right() + step_rect(m.step("nurture")).left()) / 2
    c = pixel(img, extent, gap, 0)
    assert c.red() < 140 and c.green() < 140 and c.blue() < 160  # the dark grey arrow line
    # The "No" arrow loops back underneath: something is drawn below the row.
    below = step_rect(m.step("booked")).bottom() + 36
    row = [pixel(img, extent, x, below) for x in range(230, 430, 4)]
    assert any(c.lightness() < 160 for c in row)


class _Report:
    """The duck-typed shape of mapper.analysis.Report that markers_for reads."""
    class _C:
        def __init__(self, **kw):
            self.__dict__.update(kw)

    def __init__(self):
        C = self._C
        self.critical = (C(step="booked", reasons=("every path from a start to a goal passes here",)),)
        self.automation = (C(step="nurture", score=0.9, reasons=("sends email",)),)
        self.metric_points = (C(step="booked", name="Consultations booked", reason="a decision"),)
        self.findings = (C(rule="dead-end", severity="error", steps=("client",), arrows=(),
                           message="nothing follows"),)


def test_markers_for_a_report_carry_the_reasons():
    ms = markers_for(_Report())
    assert [mk.kind for mk in ms["booked"]] == ["critical", "metric"]
    assert "every path from a start to a goal passes here" in ms["booked"][0].tooltip
    assert "Consultations booked" in ms["booked"][1].tooltip
    assert ms["nurture"] == [Marker("automate", ms["nurture"][0].tooltip)] and "90%" in ms["nurture"][0].tooltip
    assert ms["client"][0].kind == "error" and "nothing follows" in ms["client"][0].tooltip


def test_badges_and_legend_are_painted_only_with_markers_on():
    m = design_map()
    report = _Report()
    img, extent = render(m, report=report)
    badge = marker_rects(step_rect(m.step("booked")), 1, "decision")[0].center()
    assert pixel(img, extent, badge.x() + 4, badge.y() + 5).name() == EXPORT.markers["critical"].name()
    with_legend = paint_extent(m, report=report)
    without = paint_extent(m, report=report, legend=False)
    assert with_legend.height() > without.height() + 40
    img2, extent2 = render(m, report=report, markers=False)
    assert pixel(img2, extent2, badge.x() + 4, badge.y() + 5) != EXPORT.markers["critical"]


def test_only_paints_the_chosen_steps_and_the_arrows_among_them():
    m = design_map()
    extent = paint_extent(m, only={"webinar", "nurture"}, legend=False)
    assert extent.right() < step_rect(m.step("booked")).left()


def test_chinese_and_accented_text_render_as_glyphs():
    m = design_map()
    m.step("nurture").text = "发送欢迎邮件 — café crème"
    img, extent = render(m)
    r = step_rect(m.step("nurture"))
    dark = sum(1 for x in range(int(r.left()), int(r.right()))
               for y in range(int(r.top()) + 8, int(r.bottom()) - 8)
               if pixel(img, extent, x, y).lightness() < 100)
    assert dark > 150


def test_light_theme_for_the_canvas_export_theme_is_white():
    assert EXPORT.background == QColor("#ffffff")
    assert LIGHT.shape("decision").fill != LIGHT.shape("activity").fill


def test_a_decisions_badges_spread_along_its_edge_and_leave_the_top_tip_free():
    import math
    from mapper.model import Step
    rect = step_rect(Step(id="d", kind="decision", text="Books a consultation?", x=0, y=0))
    boxes = marker_rects(rect, 3, "decision")
    tip = QPointF(rect.center().x(), rect.top())
    for box in boxes:
        c = box.center()
        assert math.hypot(c.x() - tip.x(), c.y() - tip.y()) > 15   # clear of the top tip
        assert c.x() > rect.center().x()                             # on the upper-right edge
    centres = [b.center() for b in boxes]
    for i, a in enumerate(centres):                                  # side by side, not piled
        assert all(math.hypot(a.x() - b.x(), a.y() - b.y()) >= 2 * 9.0 for b in centres[i + 1:])


@pytest.mark.parametrize("direction", ["as drawn", "LR", "TB"])
def test_no_template_has_an_arrow_entering_a_decision_where_a_branch_leaves(direction):
    from mapper.layout import layout_map
    from mapper.model import load_map, set_layout
    from mapper.render import geometry as g
    from mapper.render.paint import MapPicture
    from tests.conftest import SAMPLE_MAPS
    for path in sorted(SAMPLE_MAPS.glob("*.json")):
        m = load_map(path)
        if direction != "as drawn":
            result = layout_map(m, direction=direction)
            set_layout(m, result.positions, result.waypoints).apply(m)
        pic = MapPicture(m)
        kinds = {s.id: s.kind for s in m.steps}
        exits, entries = {}, []
        for a, geo in pic.arrows:
            if kinds[a.source] == "decision":
                exits.setdefault(a.source, set()).add(g.side_of(pic.rects[a.source], geo.points[0]))
            if kinds[a.target] == "decision" and a.source != a.target:
                entries.append((a.id, a.target, g.side_of(pic.rects[a.target], geo.points[-1])))
        assert entries, path.name
        for aid, target, side in entries:
            assert side is None or side not in exits.get(target, set()), (path.name, aid, side)
