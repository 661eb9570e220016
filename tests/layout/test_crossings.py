"""The layout against the reference, on the benchmarks' synthetic maps."""

from __future__ import annotations

import sys

import pytest

from mapper.layout import layout_map
from mapper.model import set_layout
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from layout_vs_dot import column_crossings, mapper_drawing  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from .drawing import not_orthogonal, overlaps, rects, routes_through_shapes  # noqa: E402

#: Graphviz dot's crossings on synthetic_map(1000), counted the same way
#: (benchmarks/layout_vs_dot.py, dot 2.43.0, 2026-11-22; benchmarks/README.md).
#: mapper must never draw more.
DOT_CROSSINGS_1000 = 5


@pytest.fixture(scope="module")
def thousand():
    m = synthetic_map(1000)
    return m, layout_map(m)


def test_no_more_crossings_than_dot_on_1000_steps(thousand):
    m, r = thousand
    assert column_crossings(*mapper_drawing(m, r.positions, r.waypoints)) <= DOT_CROSSINGS_1000


def test_1000_steps_without_overlaps_or_arrows_through_shapes(thousand):
    m, r = thousand
    boxes = rects(m, r)
    assert [p for p in overlaps(boxes) if not all(m.step(s).kind == "note" for s in p)] == []
    assert not_orthogonal(m, r) == []
    flow = {sid: b for sid, b in boxes.items() if m.step(sid).kind != "note"}
    assert routes_through_shapes(m, r, flow) == []


def test_1000_steps_laid_out_twice_is_laid_out_once(thousand):
    m, r = thousand
    m = m.model_copy(deep=True)
    set_layout(m, r.positions, r.waypoints).apply(m)
    again = layout_map(m)
    assert again.positions == r.positions and again.waypoints == r.waypoints


def test_the_crossing_count_sees_crossings():
    # Two arrows swapping rows between two columns cross once; sharing an end does not.
    centres = {"a": (0, 0), "b": (0, 100), "c": (200, 0), "d": (200, 100)}
    assert column_crossings(centres, [("a", "d", []), ("b", "c", [])]) == 1
    assert column_crossings(centres, [("a", "c", []), ("a", "d", [])]) == 0
