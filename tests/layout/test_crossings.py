"""The layout against the reference, on the benchmarks' synthetic maps."""

from __future__ import annotations

import sys

import pytest

from mapper.layout import layout_map
from mapper.model import set_layout
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from layout_vs_dot import (column_crossings, drawn_crossings, mapper_drawing, mapper_drawn,  # noqa: E402
                           shared_channels)
from synthetic import synthetic_map  # noqa: E402

from .drawing import not_orthogonal, overlaps, rects, routes_through_shapes  # noqa: E402

#: Graphviz dot's crossings on synthetic_map(1000), counted the same way
#: (benchmarks/layout_vs_dot.py, dot 2.43.0, 2026-11-22; benchmarks/README.md).
#: mapper must never draw more.
DOT_CROSSINGS_1000 = 5
#: dot's crossings counted on what is drawn (its splines, against mapper's rendered routes;
#: arrows that share a step never count), benchmarks/layout_vs_dot.py on 2026-12-06:
#: synthetic_map(1000) and synthetic_map(1000, long_loops=True).
DOT_DRAWN_CROSSINGS_1000 = {False: 5, True: 10}


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


@pytest.mark.parametrize("long_loops", [False, True], ids=["synthetic", "long loops"])
def test_no_more_drawn_crossings_than_dot_on_1000_steps_and_no_shared_channels(qapp, long_loops):
    m = synthetic_map(1000, long_loops=long_loops)
    r = layout_map(m)
    drawn = mapper_drawn(m, r.positions, r.waypoints)
    assert drawn_crossings(drawn) <= DOT_DRAWN_CROSSINGS_1000[long_loops]
    assert shared_channels(drawn) == 0


def test_the_drawn_count_sees_crossings_and_shared_channels():
    # A plus sign crosses once; arrows that share a step never count; a run along another is an overlap.
    plus = [("a", "b", [(0, 50), (100, 50)]), ("c", "d", [(50, 0), (50, 100)])]
    assert drawn_crossings(plus) == 1 and shared_channels(plus) == 0
    assert drawn_crossings([("a", "b", [(0, 50), (100, 50)]), ("a", "d", [(50, 0), (50, 100)])]) == 0
    along = [("a", "b", [(0, 50), (100, 50)]), ("c", "d", [(40, 50), (200, 50)])]
    assert shared_channels(along) == 1 and drawn_crossings(along) == 0
    # Touching end to end is neither.
    assert shared_channels([("a", "b", [(0, 50), (100, 50)]), ("c", "d", [(100, 50), (200, 50)])]) == 0



def test_interleaving_return_loops_flip_to_the_other_side(qapp):
    # One lane of long nurture loops, several reaching back past each other's start: with
    # single-loop moves only, it drew 7 crossings; flipping a loop together with the loops it
    # interleaves with draws 4.
    m = synthetic_map(250, seed=1, long_loops=True)
    r = layout_map(m)
    assert drawn_crossings(mapper_drawn(m, r.positions, r.waypoints)) <= 4
