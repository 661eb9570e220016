"""Automatic routes on the canvas step around a shape dragged into their way,
exactly as export draws them."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapper.model import Arrow, Step, SystemMap
from mapper.render import geometry as g
from mapper.render.paint import MapPicture

from test_canvas import centre, drag, make_canvas  # noqa: F401  (fixture)


def _through(geo, r) -> bool:
    return any(g._segment_hits_rect(p, q, r.adjusted(2, 2, -2, -2)) for p, q in zip(geo.points, geo.points[1:]))


def test_dragging_a_step_into_an_arrows_way_reroutes_it(make_canvas):
    m = SystemMap(steps=[Step(id="s", kind="activity", text="Quote", x=0, y=0),
                         Step(id="t", kind="activity", text="Book", x=300, y=200),
                         Step(id="x", kind="activity", text="In the way", x=300, y=-200)],
                  arrows=[Arrow(id="a", source="s", target="t")])
    canvas = make_canvas(m)
    scene = canvas.map_scene
    first = [(p.x(), p.y()) for p in scene.arrow_items["a"].geometry.points]
    assert len(first) == 3 and first[0][1] == 0 and first[1] == (300, 0)  # right, then down into the top
    drag(canvas, centre(canvas, "x"), QPointF(300, 0))
    assert (m.step("x").x, m.step("x").y) == (300, 0)
    geo = scene.arrow_items["a"].geometry
    assert len(geo.points) == 3 and not _through(geo, scene.step_items["x"].scene_rect())
    export = dict((a.id, geo) for a, geo in MapPicture(m).arrows)["a"]
    assert [(p.x(), p.y()) for p in geo.points] == [(p.x(), p.y()) for p in export.points]
    canvas.document.undo_stack.undo()
    assert [(p.x(), p.y()) for p in scene.arrow_items["a"].geometry.points] == first


def test_moving_the_step_in_between_away_straightens_a_long_arrow(make_canvas):
    m = SystemMap(steps=[Step(id="s", kind="activity", text="Quote", x=0, y=0),
                         Step(id="mid", kind="activity", text="In between", x=600, y=0),
                         Step(id="t", kind="activity", text="Book", x=1200, y=0)],
                  arrows=[Arrow(id="a", source="s", target="t")])
    canvas = make_canvas(m)
    scene = canvas.map_scene
    assert len(scene.arrow_items["a"].geometry.points) == 4      # round "In between"
    canvas.move_steps({"mid": (600.0, 400.0)})
    geo = scene.arrow_items["a"].geometry
    assert len(geo.points) == 2                                  # nothing in the way now
    export = dict((a.id, geo) for a, geo in MapPicture(m).arrows)["a"]
    assert [(p.x(), p.y()) for p in geo.points] == [(p.x(), p.y()) for p in export.points]
