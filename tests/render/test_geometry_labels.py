"""Arrow labels placed by default never collide: on every sample map, no label
covers another label, a shape, a sibling arrow's line or its own head, and each
touches its own arrow (on it, or beside it when the arrow is short). A label
the user dragged stays where they put it."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from mapper.model import Arrow, Step, SystemMap, load_map  # noqa: E402
from mapper.render import geometry as g  # noqa: E402
from mapper.render.paint import MapPicture  # noqa: E402

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_maps").glob("*.json"))


@pytest.fixture(scope="module", autouse=True)
def app():
    return QGuiApplication.instance() or QGuiApplication([])


def _on_polyline(p: QPointF, points: list[QPointF]) -> bool:
    for a, b in zip(points, points[1:]):
        seg = math.hypot(b.x() - a.x(), b.y() - a.y())
        if seg == 0:
            continue
        t = ((p.x() - a.x()) * (b.x() - a.x()) + (p.y() - a.y()) * (b.y() - a.y())) / (seg * seg)
        t = max(0.0, min(1.0, t))
        if math.hypot(a.x() + t * (b.x() - a.x()) - p.x(), a.y() + t * (b.y() - a.y()) - p.y()) < 0.01:
            return True
    return False


def _touches(box: QRectF, points: list[QPointF]) -> bool:
    """The label's pill touches its arrow: on it, or beside it no further than
    the side of the arrow's head (half its width) plus a pixel."""
    reach = g.HEAD_WIDTH / 2 + g.LABEL_BESIDE_GAP + 0.01
    near = box.adjusted(-reach, -reach, reach, reach)
    return any(g._segment_hits_rect(a, b, near) for a, b in zip(points, points[1:]))


def _labels(pic: MapPicture):
    return [(a, geo, g.label_rect(g.drawn_label_text(a, geo), geo.label_point))
            for a, geo in pic.arrows if g.arrow_label_text(a)]


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_map_labels_do_not_collide(path):
    m = load_map(path)
    pic = MapPicture(m)
    labels = _labels(pic)
    assert labels, "every sample map has labelled decisions"
    for i, (a, geo, box) in enumerate(labels):
        assert _touches(box, geo.points), f"{a.id}: label is off its arrow"
        for b, _, other in labels[i + 1:]:
            assert not box.intersects(other), f"labels of {a.id} and {b.id} overlap"
        for sid, rect in pic.rects.items():
            assert not g._covers_shape(box, rect, m.step(sid).kind), f"label of {a.id} covers step {sid}"
        assert not box.intersects(geo.head.boundingRect()), f"label of {a.id} covers its head"
        for b, bgeo in pic.arrows:
            if b.id == a.id or not ({b.source, b.target} & {a.source, a.target}):
                continue
            for p, q in zip(bgeo.points, bgeo.points[1:]):
                for u, v in g._minus_shared((p, q), geo.points):
                    assert not g._segment_hits_rect(u, v, box), \
                        f"label of {a.id} covers the line of sibling {b.id}"


def _decision_map(label_pos: float = 0.5) -> SystemMap:
    """A decision whose "No" branch leaves the same point as "Yes" and turns
    down half-way, as mapper's layout draws it."""
    return SystemMap(
        steps=[Step(id="d", kind="decision", text="Paid?", x=0, y=0),
               Step(id="y", kind="activity", text="Ship", x=235, y=0),
               Step(id="n", kind="activity", text="Chase", x=235, y=105)],
        arrows=[Arrow(id="yes", source="d", target="y", label="Yes", probability=0.25, label_pos=label_pos),
                Arrow(id="no", source="d", target="n", label="No", probability=0.75,
                      waypoints=[(115, 0), (115, 105)])])


def test_straight_branch_label_keeps_clear_of_the_other_branch_bend():
    pic = MapPicture(_decision_map())
    geos = {a.id: geo for a, geo in pic.arrows}
    arrows = {a.id: a for a, _ in pic.arrows}
    yes = g.label_rect(g.drawn_label_text(arrows["yes"], geos["yes"]), geos["yes"].label_point)
    # The plain midpoint would sit right on the bend where "No" turns down.
    naive = g.label_rect("Yes · 25%", g.point_along(geos["yes"].points, 0.5))
    bend = QRectF(114, -1, 2, 106)
    assert naive.intersects(bend)
    assert not yes.adjusted(-2, 0, 2, 0).intersects(bend)
    no = g.label_rect(g.drawn_label_text(arrows["no"], geos["no"]), geos["no"].label_point)
    assert not no.intersects(yes)
    assert abs(geos["no"].label_point.x() - 115) < 0.01, "the No label sits on the vertical run"


def test_a_dragged_label_stays_where_the_user_put_it():
    m = _decision_map(label_pos=0.9)
    pic = MapPicture(m)
    geo = {a.id: geo for a, geo in pic.arrows}["yes"]
    assert geo.label_point == g.point_along(geo.points, 0.9)


def test_short_arrow_label_does_not_cover_the_head():
    m = SystemMap(steps=[Step(id="a", kind="activity", text="A", x=0, y=0),
                         Step(id="b", kind="activity", text="B", x=260, y=0)],
                  arrows=[Arrow(id="x", source="a", target="b", label="Yes")])
    pic = MapPicture(m)
    a, geo = pic.arrows[0]
    box = g.label_rect(g.drawn_label_text(a, geo), geo.label_point)
    assert not box.intersects(geo.head.boundingRect())
    assert _on_polyline(geo.label_point, geo.points)


def test_a_long_label_on_a_short_arrow_goes_beside_it_clear_of_the_head():
    """Too long for the arrow: one line beside it, touching it, rather than two
    lines on top of the arrow and its head (QA: "Yes / 25%" hid short arrows)."""
    m = SystemMap(steps=[Step(id="a", kind="activity", text="Send the replay", x=0, y=0),
                         Step(id="b", kind="terminator", text="New client", x=255, y=0)],
                  arrows=[Arrow(id="x", source="a", target="b", label="Watches later")])
    pic = MapPicture(m)
    a, geo = pic.arrows[0]
    assert not geo.label_stacked and g.drawn_label_text(a, geo) == "Watches later"
    box = g.label_rect(g.drawn_label_text(a, geo), geo.label_point)
    assert not box.intersects(geo.head.boundingRect())
    for rect in pic.rects.values():
        assert not box.intersects(rect)
    assert _touches(box, geo.points)
    assert box.bottom() <= geo.points[0].y(), "above the level arrow, not over it"
    # With room to spare it sits on the arrow.
    m.step("b").x = 500
    a, geo = MapPicture(m).arrows[0]
    assert not geo.label_stacked and _on_polyline(geo.label_point, geo.points)


@pytest.mark.parametrize("name, label", [("six-c-pipeline", "Yes · 30%"), ("webinar-marketing", "Yes · 40%"),
                                         ("webinar-marketing", "No · 30%")])
def test_short_arrows_in_the_samples_keep_their_labels_on_one_line_off_the_head(name, label):
    m = load_map(Path(__file__).resolve().parents[2] / "sample_maps" / f"{name}.json")
    pic = MapPicture(m)
    (a, geo), = [(a, geo) for a, geo in pic.arrows if g.arrow_label_text(a) == label]
    assert not geo.label_stacked
    box = g.label_rect(g.drawn_label_text(a, geo), geo.label_point)
    assert not box.intersects(geo.head.boundingRect())
    assert _touches(box, geo.points)
