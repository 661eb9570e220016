"""What you export is what you see: export and the canvas share one geometry."""

from __future__ import annotations

import pytest

from mapper.model import load_map
from mapper.render.geometry import step_rect
from mapper.render.paint import MapPicture

from ..conftest import SAMPLE_MAPS
from .maps import quote_map


def _maps():
    maps = [("quote", quote_map())]
    for path in sorted(SAMPLE_MAPS.glob("*.json"))[:2]:
        maps.append((path.stem, load_map(path)))
    return maps


@pytest.mark.parametrize("name,m", _maps(), ids=lambda v: v if isinstance(v, str) else "")
def test_canvas_items_sit_where_export_draws(qapp, name, m):
    from mapper.ui.canvas.scene import MapScene
    from mapper.ui.document import Document
    scene = MapScene(Document(m))
    export = MapPicture(m)  # what paint_map (and so every export) draws
    assert set(scene.step_items) == {s.id for s in m.steps}
    for s in m.steps:
        assert scene.step_items[s.id].scene_rect() == export.rects[s.id] == step_rect(s), s.id
    drawn = {a.id: geo for a, geo in export.arrows}
    assert set(scene.arrow_items) == set(drawn)
    for aid, geo in drawn.items():
        canvas = scene.arrow_items[aid].geometry
        assert [(p.x(), p.y()) for p in canvas.points] == [(p.x(), p.y()) for p in geo.points], aid
        assert canvas.label_point == geo.label_point
