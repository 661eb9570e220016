"""The zoomed-out overview of a big map (600+ steps) still selects with a rubber band."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest

from mapper.model import Step, SystemMap

from test_canvas import CTRL, LEFT, NO, make_canvas, vp  # noqa: F401  (fixture)


def _grid_map(n_cols: int = 30, n_rows: int = 24) -> SystemMap:
    return SystemMap(steps=[Step(id=f"s{r}_{c}", kind="activity", text=f"Step {r}.{c}", x=c * 220.0, y=r * 140.0)
                            for r in range(n_rows) for c in range(n_cols)])


def _band(canvas, a: QPointF, b: QPointF, mods=NO):
    viewport = canvas.viewport()
    QTest.mouseMove(viewport, vp(canvas, a))
    QTest.mousePress(viewport, LEFT, mods, vp(canvas, a))
    for i in range(1, 6):
        QTest.mouseMove(viewport, vp(canvas, QPointF(a.x() + (b.x() - a.x()) * i / 5,
                                                     a.y() + (b.y() - a.y()) * i / 5)))
    QTest.mouseRelease(viewport, LEFT, mods, vp(canvas, b))


def test_rubber_band_selects_in_the_overview(make_canvas):
    canvas = make_canvas(_grid_map())
    canvas.zoom_to_fit()
    assert canvas.map_scene.layers_transparent, "720 steps fitted: the overview is on"
    # Around the top-left 3 x 2 steps (centres x 0..440, y 0..140), from empty space.
    _band(canvas, QPointF(-110, -60), QPointF(500, 190))
    assert set(canvas.selected_step_ids()) == {f"s{r}_{c}" for r in range(2) for c in range(3)}
    # Ctrl adds another band's steps.
    _band(canvas, QPointF(6260, 3150), QPointF(6500, 3400), CTRL)
    assert canvas.selected_step_ids()[6:] == ["s23_29"], canvas.selected_step_ids()
