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


def _decision_with_branches_right_and_below():
    return SystemMap(steps=[Step(id="d", kind="decision", text="Paid?", x=0, y=0),
                            Step(id="yes", kind="activity", text="Thank them", x=300, y=0),
                            Step(id="no", kind="activity", text="Send a reminder", x=0, y=220),
                            Step(id="late", kind="activity", text="Chase by phone", x=300, y=220),
                            Step(id="before", kind="activity", text="Send the invoice", x=-300, y=0)],
                     arrows=[Arrow(id="a0", source="before", target="d"),
                             Arrow(id="y", source="d", target="yes", label="Yes"),
                             Arrow(id="n", source="d", target="no", label="No"),
                             Arrow(id="back", source="late", target="d")])


def test_an_arrow_into_a_decision_never_enters_where_a_branch_leaves(make_canvas):
    m = _decision_with_branches_right_and_below()
    rect = g.step_rect(m.step("d"))
    canvas = make_canvas(m)
    scene = canvas.map_scene
    tips = {a: g.side_of(rect, scene.arrow_items[a].geometry.points[0]) for a in ("y", "n")}
    assert tips == {"y": "right", "n": "bottom"}
    entry = g.side_of(rect, scene.arrow_items["back"].geometry.points[-1])
    # "Chase by phone" lies right and below: its straight route would take a branch's tip.
    assert entry in ("top", "left")
    assert g.side_of(rect, scene.arrow_items["a0"].geometry.points[-1]) == "left"
    export = dict((a.id, geo) for a, geo in MapPicture(m).arrows)
    for aid in ("back", "a0", "y", "n"):
        assert [(p.x(), p.y()) for p in scene.arrow_items[aid].geometry.points] == \
            [(p.x(), p.y()) for p in export[aid].points]
    # Moving the "No" branch's step above frees the bottom tip and takes the top one: the
    # arrow into the decision follows.
    drag(canvas, centre(canvas, "no"), QPointF(0, -220))
    assert g.side_of(rect, scene.arrow_items["n"].geometry.points[0]) == "top"
    entry = g.side_of(rect, scene.arrow_items["back"].geometry.points[-1])
    assert entry in ("bottom", "left") and entry != "top"


def _two_pass_routes(m: SystemMap) -> tuple[dict, dict]:
    """The routes as opening a map used to make them, in two passes: every arrow
    routed, then the arrows into each decision routed again knowing the tips its
    branches leave from. Returns (first pass, final) polylines by arrow id."""
    rects = {s.id: g.step_rect(s) for s in m.steps}
    grid = g.ShapeGrid(rects[s.id] for s in m.steps if s.placed)
    pairs = {(a.source, a.target) for a in m.arrows}

    def route(a, avoid=()):
        s, t = m.step(a.source), m.step(a.target)
        geo = g.arrow_geometry(a, rects[s.id], rects[t.id], s.kind, t.kind, g.is_loop_back(a, s, t, pairs),
                               grid.near, avoid)
        return [(p.x(), p.y()) for p in geo.points]

    first = {a.id: route(a) for a in m.arrows}
    final = dict(first)
    for a in m.arrows:
        t = m.step(a.target)
        if t.kind == "decision" and a.source != a.target:
            branches = [(b, rects[b.target], m.step(b.target).kind,
                         g.is_loop_back(b, t, m.step(b.target), pairs)) for b in m.arrows if b.source == t.id]
            final[a.id] = route(a, g.branch_sides(rects[t.id], branches))
    return first, final


def _sample_maps():
    from mapper.model import load_map

    from tests.conftest import SAMPLE_MAPS
    return [load_map(p) for p in sorted(SAMPLE_MAPS.glob("*.json"))]


def test_opening_a_map_routes_each_arrow_once_as_the_two_passes_did(qapp):
    """Opening a map routes every arrow once, knowing each decision's branch tips
    beforehand; the routes are exactly those of routing everything and then the
    arrows into decisions again."""
    from mapper.ui.canvas.scene import MapScene
    from mapper.ui.document import Document
    maps = [_decision_with_branches_right_and_below()] + _sample_maps()
    second_pass_mattered = False
    for m in maps:
        scene = MapScene(Document(m))
        first, final = _two_pass_routes(m)
        second_pass_mattered |= first != final
        for aid, points in final.items():
            assert [(p.x(), p.y()) for p in scene.arrow_items[aid].geometry.points] == points, (m.title, aid)
    assert second_pass_mattered   # the maps have arrows the second pass moved off a branch's tip
