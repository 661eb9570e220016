"""Funnel budgets (issue 12): one what-if slider move on the Funnel panel, the
measured funnel and the quarterly review on years of log data.

- one what-if slider move on a 1,000-step map: recompute and repaint < 50 ms;
- the measured funnel of a 20,000-step map with 5 years of weekly log: < 1 s;
- the quarterly review of that map: < 1 s.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Case, budgets  # noqa: E402
from sample_log import add_sample_log  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.analysis.measured import measured_funnel, split_steps  # noqa: E402
from mapper.analysis.review import quarterly_review  # noqa: E402
from mapper.model.weeks import quarter_of_week  # noqa: E402

app = QApplication.instance() or QApplication([])
LAST_WEEK = "2026-W49"
YEARS_OF_LOG = 5
_logged: dict[int, object] = {}
_kept: list = []   # panels and documents stay alive across runs


def _logged_map(size: int):
    """A synthetic map with ``YEARS_OF_LOG`` years of weekly numbers (built once per size)."""
    if size not in _logged:
        _logged[size] = add_sample_log(synthetic_map(size), LAST_WEEK, weeks=52 * YEARS_OF_LOG, seed=3)
    return _logged[size]


# -- one slider move -----------------------------------------------------------------
def _slider_setup(size: int):
    from mapper.ui.document import Document
    from mapper.ui.funnel_panel import FunnelPanel
    document = Document(add_sample_log(synthetic_map(size), LAST_WEEK, weeks=26, seed=3))
    panel = FunnelPanel(document)
    panel.resize(460, 900)
    panel.show()
    panel.refresh()
    app.processEvents()
    _kept.append((document, panel))
    # the first decision's first branch: the slider a user would move first
    sid = next(iter(split_steps(document.map)))
    row = panel.rows[split_steps(document.map)[sid][0].id]
    return {"panel": panel, "slider": row.slider, "flip": [300, 600]}


def _slider_run(state) -> None:
    flip = state["flip"]
    flip.reverse()
    state["slider"].setValue(flip[0])   # recompute: what-if, solve, labels, chart
    state["panel"].repaint()            # and paint the panel now


# -- measured funnel and review ---------------------------------------------------------
def _measured_run(m) -> None:
    result = measured_funnel(m, measured=True)
    assert result.funnel is not None


def _review_run(m) -> None:
    quarterly_review(m, quarter_of_week(LAST_WEEK))


CASES = [
    Case("funnel", "what-if slider move (recompute + repaint)", (1_000,), _slider_setup, _slider_run,
         budgets({1_000: 0.05}), repeat=15),
    Case("funnel", f"measured funnel, {YEARS_OF_LOG} years of log", (1_000, 20_000), _logged_map, _measured_run,
         budgets({20_000: 1.0})),
    Case("funnel", f"quarterly review, {YEARS_OF_LOG} years of log", (1_000, 20_000), _logged_map, _review_run,
         budgets({20_000: 1.0})),
]
