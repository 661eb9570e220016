"""Weekly review budgets: 200 metrics x 13 weeks opens and paints under 100 ms; typing a
value updates its row and the chart under 16 ms; a log of 5 years x 200 keys loads
and validates under 200 ms."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # the test maps live in tests/

from harness import Case, budgets  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.model import dumps_map, loads_map  # noqa: E402
from mapper.ui.document import Document  # noqa: E402
from mapper.ui.scorecard_view import FIRST_WEEK, ScorecardView  # noqa: E402
from tests.scorecard.maps import metric_map  # noqa: E402

app = QApplication.instance() or QApplication([])
_keep: list = []   # documents and views stay alive: their undo stacks still signal


_views: dict = {}


def _view():
    """One shown Weekly review, as the window keeps one in its dock."""
    if "view" not in _views:
        doc = Document()
        view = ScorecardView(doc)
        view.resize(1400, 700)
        view.show()
        app.processEvents()
        _views["view"] = view
        _keep.append(doc)
    return _views["view"]


def _open_setup(size: int):
    view = _view()
    view.document.replace(metric_map(1, 1))
    view.set_week("2026-W49")
    app.processEvents()
    return view, metric_map(size, 13)


def _open_run(state) -> None:
    view, m = state
    view.document.replace(m)
    view.repaint()   # the whole view: grid, sparklines, "to discuss" and the chart


def _build_run(size) -> None:
    doc = Document()
    view = ScorecardView(doc)
    view.resize(1400, 700)
    view.show()
    app.processEvents()
    _keep.extend([doc, view])


def _type_setup(size: int):
    doc = Document(metric_map(size, 13))
    view = ScorecardView(doc)
    view.set_week("2026-W49")
    view.resize(1400, 700)
    view.show()
    app.processEvents()
    _keep.extend([doc, view])
    row = size // 2
    view.grid.setCurrentIndex(view.model.index(row, FIRST_WEEK + 12))
    app.processEvents()
    return view, row, [0]


def _type_run(state) -> None:
    view, row, counter = state
    counter[0] += 1
    view.model.setData(view.model.index(row, FIRST_WEEK + 12), str(counter[0] % 40))
    app.processEvents()   # Qt paints what changed: the row, the "to discuss" line and the chart


def _load_setup(size: int) -> str:
    return dumps_map(metric_map(size, 5 * 52))


CASES = [
    Case("scorecard", "open a map in the Weekly review and paint it (N metrics x 13 weeks)", (15, 200),
         _open_setup, _open_run, budgets({200: 0.1}), fresh=True),
    Case("scorecard", "build the Weekly review itself (once per window, with its pyqtgraph chart)", (1,),
         lambda size: size, _build_run, repeat=3),
    Case("scorecard", "type a value: row and chart updated (N metrics)", (15, 200),
         _type_setup, _type_run, budgets({200: 0.016}), repeat=15),
    Case("scorecard", "load + validate a map with 5 years x N keys logged", (200,),
         _load_setup, lambda text: loads_map(text, "log.json"), budgets({200: 0.2})),
]
