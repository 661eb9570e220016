"""Canvas budgets (benchmarks/README.md, "The budgets"), on a real scene and view
(offscreen): open and paint, one panning frame, fit to window, one drag move."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Case, budgets  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.render import geometry  # noqa: E402
from mapper.ui.canvas import Canvas  # noqa: E402
from mapper.ui.document import Document  # noqa: E402

app = QApplication.instance() or QApplication([])
VIEW_SIZE = (1280, 800)
_maps: dict[int, object] = {}
_canvases: dict[int, Canvas] = {}
_opened: list[Canvas] = []
_documents: list[Document] = []   # kept alive: a dropped Document's undo stack still signals


def _document(m) -> Document:
    _documents.append(Document(m))
    return _documents[-1]


def _map(size: int):
    if size not in _maps:
        _maps[size] = synthetic_map(size)
    return _maps[size]


def _show(canvas: Canvas) -> Canvas:
    canvas.resize(*VIEW_SIZE)
    canvas.show()
    app.processEvents()
    return canvas


def _paint(canvas: Canvas) -> None:
    canvas.viewport().repaint()


def _canvas(size: int) -> Canvas:
    """One shown canvas per size, reused across cases (building 20,000 items takes a while)."""
    if size not in _canvases:
        _canvases[size] = _show(Canvas(_document(_map(size))))
    return _canvases[size]


# -- open a map and paint it -------------------------------------------------------
def _open_setup(size: int):
    while _opened:
        old = _opened.pop()
        old.hide()
        old.deleteLater()
    app.processEvents()
    geometry.measure.cache_clear()  # a cold start: every text is measured again
    return _map(size)


def _open_run(m) -> None:
    canvas = Canvas(_document(m))
    _opened.append(canvas)
    _show(canvas)
    canvas.zoom_to_fit()
    _paint(canvas)


# -- one panning frame at 100 % -----------------------------------------------------
def _pan_setup(size: int):
    canvas = _canvas(size)
    canvas.zoom_reset()
    canvas.centerOn(canvas.map_scene.step_items[_map(size).steps[size // 2].id].pos())
    _paint(canvas)
    return {"canvas": canvas, "sign": 1}


def _pan_run(state) -> None:
    canvas = state["canvas"]
    bar = canvas.horizontalScrollBar()
    bar.setValue(bar.value() + 40 * state["sign"])
    state["sign"] = -state["sign"]
    _paint(canvas)


# -- fit to window -------------------------------------------------------------------
def _fit_setup(size: int):
    canvas = _canvas(size)
    canvas.zoom_reset()
    _paint(canvas)
    return canvas


def _fit_run(canvas: Canvas) -> None:
    canvas.zoom_to_fit()
    _paint(canvas)


# -- dragging a step -----------------------------------------------------------------
def _drag_setup(size: int):
    canvas = _canvas(size)
    canvas.zoom_reset()
    step = _map(size).steps[size // 2]
    canvas.centerOn(canvas.map_scene.step_items[step.id].pos())
    canvas.select([])
    _paint(canvas)
    at = canvas.mapFromScene(canvas.map_scene.step_items[step.id].pos()) + QPoint(0, 15)
    viewport = canvas.viewport()
    QTest.mouseMove(viewport, at)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseMove(viewport, at + QPoint(10, 0))  # past the drag threshold
    _paint(canvas)
    return {"canvas": canvas, "at": at, "n": 0}


def _drag_run(state) -> None:
    canvas = state["canvas"]
    state["n"] += 1
    # Back and forth by a grid step, so every move really moves the step.
    dx = 30 if state["n"] % 2 else 10
    QTest.mouseMove(canvas.viewport(), state["at"] + QPoint(dx, 0))
    _paint(canvas)


CASES = [
    Case("canvas", "open a map, fit and paint it", (1_000, 5_000), setup=_open_setup, run=_open_run,
         budget=budgets({5_000: 1.5}), repeat=3, fresh=True),
    Case("canvas", "one panning frame at 100%", (1_000, 5_000, 20_000), setup=_pan_setup, run=_pan_run,
         budget=budgets({5_000: 0.016}), repeat=15),
    Case("canvas", "fit to window (from 100%)", (5_000, 20_000), setup=_fit_setup, run=_fit_run,
         budget=budgets({20_000: 0.100}), repeat=5, fresh=True),
    Case("canvas", "drag a step: one mouse move", (1_000, 5_000, 20_000), setup=_drag_setup, run=_drag_run,
         budget=budgets({5_000: 0.016}), repeat=15),
]
