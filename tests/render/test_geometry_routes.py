"""Automatic arrow routes: an L between diagonal neighbours, heads square to
the side they enter, and no route through a third shape when another with as
few elbows avoids it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from mapper.model import Arrow, Step, SystemMap  # noqa: E402
from mapper.render import geometry as g  # noqa: E402
from mapper.render.paint import MapPicture  # noqa: E402

ARROW = Arrow(id="a", source="s", target="t")


@pytest.fixture(scope="module", autouse=True)
def app():
    return QGuiApplication.instance() or QGuiApplication([])


def _pts(geo):
    return [(round(p.x(), 2), round(p.y(), 2)) for p in geo.points]


def _through(geo, r: QRectF) -> bool:
    return any(g._segment_hits_rect(p, q, r.adjusted(2, 2, -2, -2)) for p, q in zip(geo.points, geo.points[1:]))


S = QRectF(-60, -30, 120, 60)


@pytest.mark.parametrize("tx,ty", [(300, 200), (300, -200), (-300, 200), (-300, -200), (200, 300), (-200, -300)])
def test_diagonal_neighbours_get_one_elbow_and_a_square_head(tx, ty):
    t = QRectF(tx - 60, ty - 30, 120, 60)
    geo = g.arrow_geometry(ARROW, S, t)
    pts = _pts(geo)
    assert len(pts) == 3, pts
    (x0, y0), (x1, y1), (x2, y2) = pts
    # Orthogonal, leaves from the middle of a side and enters the middle of a side.
    assert (x0 == x1 or y0 == y1) and (x1 == x2 or y1 == y2)
    assert (x2, y2) in {(tx, t.top()), (tx, t.bottom()), (t.left(), ty), (t.right(), ty)}
    assert (x0, y0) in {(0, S.top()), (0, S.bottom()), (S.left(), 0), (S.right(), 0)}
    # Wider apart than high: out of the side, into the top or bottom (and the other way round).
    if abs(tx) >= abs(ty):
        assert y0 == 0 and x2 == tx
    else:
        assert x0 == 0 and y2 == ty


def test_an_l_blocked_by_a_third_shape_takes_the_other_l():
    t = QRectF(240, 170, 120, 60)
    corner = QRectF(260, -30, 80, 60)   # sits where "right, then down" turns
    geo = g.arrow_geometry(ARROW, S, t, obstacles=lambda r: [x for x in (S, t, corner) if x.intersects(r)])
    assert len(geo.points) == 3
    assert not _through(geo, corner)
    assert _pts(geo)[0] == (0, 30)       # out of the bottom instead
    plain = g.arrow_geometry(ARROW, S, t)
    assert _through(plain, corner)        # what it would have done


def test_both_ls_blocked_a_clear_z_is_used():
    t = QRectF(240, 170, 120, 60)
    blocks = [QRectF(260, -30, 80, 60), QRectF(-40, 170, 80, 60)]
    geo = g.arrow_geometry(ARROW, S, t, obstacles=lambda r: [x for x in [S, t, *blocks] if x.intersects(r)])
    assert not any(_through(geo, b) for b in blocks)
    assert len(geo.points) == 4


def test_export_routes_around_a_step_in_the_way():
    m = SystemMap(steps=[Step(id="s", kind="activity", text="Quote", x=0, y=0),
                         Step(id="t", kind="activity", text="Book", x=300, y=200),
                         Step(id="x", kind="activity", text="In the way", x=300, y=0)],
                  arrows=[Arrow(id="a", source="s", target="t")])
    pic = MapPicture(m)
    geo = dict((a.id, geo) for a, geo in pic.arrows)["a"]
    assert len(geo.points) == 3 and not _through(geo, pic.rects["x"])


def test_arrows_into_the_same_side_meet_at_its_middle():
    """A straight arrow from a step slightly off to one side and an L from
    elsewhere both end at the middle of the target's top: one point, not two
    heads side by side."""
    m = SystemMap(steps=[Step(id="live", kind="activity", text="Watch live", x=480, y=0),
                         Step(id="replay", kind="activity", text="Send the replay", x=240, y=140),
                         Step(id="client", kind="terminator", text="New client", x=500, y=260)],
                  arrows=[Arrow(id="a", source="live", target="client"),
                          Arrow(id="b", source="replay", target="client")])
    pic = MapPicture(m)
    ends = {(round(geo.points[-1].x(), 2), round(geo.points[-1].y(), 2)) for _, geo in pic.arrows}
    top = pic.rects["client"]
    assert ends == {(top.center().x(), top.top())}


def _row(*xs):
    return [QRectF(x - 60, -30, 120, 60) for x in xs]


def test_a_long_arrow_along_a_row_is_straight_when_nothing_is_in_between():
    s, t = _row(0, 600)
    geo = g.arrow_geometry(ARROW, s, t, obstacles=lambda r: [x for x in (s, t) if x.intersects(r)])
    assert _pts(geo) == [(60, 0), (540, 0)]


def test_a_long_arrow_goes_round_the_side_that_is_clear():
    s, mid, t = _row(0, 300, 600)
    above = QRectF(240, -100, 120, 60)       # a branch drawn just above the row
    shapes = [s, mid, t, above]
    geo = g.arrow_geometry(ARROW, s, t, obstacles=lambda r: [x for x in shapes if x.intersects(r)])
    assert len(geo.points) == 4
    assert not any(_through(geo, x) for x in (mid, above))
    assert geo.points[1].y() > 30             # underneath, since above is taken
    # Without that branch it goes over the top, as before.
    geo = g.arrow_geometry(ARROW, s, t, obstacles=lambda r: [x for x in (s, mid, t) if x.intersects(r)])
    assert geo.points[1].y() < -30
