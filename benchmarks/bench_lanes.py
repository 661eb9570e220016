"""Layout in swimlanes (by owner and by stage) keeps the layout budgets:
1,000 steps under 0.2 s, 5,000 under 1 s. Crossings against Graphviz dot, which
gets the same lanes as clusters: benchmarks/lanes_vs_dot.py."""

from __future__ import annotations

from harness import Case, budgets
from synthetic import synthetic_map

from mapper.layout import layout_map

SIZES = (100, 1_000, 5_000)


def _in_lanes(by: str):
    def setup(size: int):
        m = synthetic_map(size)
        m.lanes = by
        return m
    return setup


CASES = [
    Case("lanes", "layout in lanes by owner", SIZES, setup=_in_lanes("owner"), run=layout_map,
         budget=budgets({1_000: 0.2, 5_000: 1.0})),
    Case("lanes", "layout in lanes by stage", SIZES, setup=_in_lanes("stage"), run=layout_map,
         budget=budgets({1_000: 0.2, 5_000: 1.0})),
]
