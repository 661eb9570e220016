"""Arrow labels on the canvas: placed as export places them, and placed again
(only near the edit) when steps move."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

from mapper.model import load_map
from mapper.render import geometry as g
from mapper.render.paint import MapPicture

from test_canvas import centre, drag, make_canvas  # noqa: F401  (fixture)

SAMPLES = Path(__file__).resolve().parents[2] / "sample_maps"


def _labels(scene):
    return {aid: (item.geometry.label_point, item.label_box()) for aid, item in scene.arrow_items.items()
            if item.label_box() is not None}


def _export_labels(m):
    pic = MapPicture(m)
    return {a.id: (geo.label_point, g.label_rect(g.drawn_label_text(a, geo), geo.label_point))
            for a, geo in pic.arrows if g.arrow_label_text(a)}


def test_after_a_move_the_canvas_places_labels_as_export_does(make_canvas):
    m = load_map(SAMPLES / "life-of-a-lead.json")
    canvas = make_canvas(m)
    scene = canvas.map_scene
    assert _labels(scene) == _export_labels(m)
    # Drag "Scrolls past" down and right: the "No" branch re-routes, both labels follow.
    start = centre(canvas, "scrolls")
    canvas.centerOn(start)
    drag(canvas, start, QPointF(start.x() + 60, start.y() + 70))
    assert m.step("scrolls").y > 45
    assert _labels(scene) == _export_labels(m)
    for aid in ("a2", "a3"):
        geo = scene.arrow_items[aid].geometry
        on_arrow = g.point_along(geo.points, g.fraction_at(geo.points, geo.label_point))
        assert abs(on_arrow.x() - geo.label_point.x()) < 0.01 and abs(on_arrow.y() - geo.label_point.y()) < 0.01
    canvas.document.undo_stack.undo()
    assert _labels(scene) == _export_labels(m)


def test_moving_a_step_places_only_the_labels_around_it(make_canvas, monkeypatch):
    m = load_map(SAMPLES / "life-of-a-lead.json")
    canvas = make_canvas(m)
    placed = []
    original = g.place_step_labels

    def spy(group, *args, **kwargs):
        placed.extend(a.id for a, _ in group)
        return original(group, *args, **kwargs)

    monkeypatch.setattr(g, "place_step_labels", spy)
    canvas.move_steps({"scrolls": (500.0, 80.0)})
    # "Scrolls past" has one arrow in, from "Clicks the ad?": only that decision's labels.
    assert set(placed) == {"a2", "a3"}
