"""Layout budgets (benchmarks/README.md, "The budgets"): 1,000 steps under 0.2 s,
5,000 under 1 s. Crossings against Graphviz dot: benchmarks/layout_vs_dot.py."""

from __future__ import annotations

from harness import Case, budgets
from synthetic import synthetic_map

from mapper.layout import layout_map

SIZES = (100, 1_000, 5_000)


def _unplaced(size: int):
    """The same map as imported from Mermaid: no positions at all."""
    m = synthetic_map(size)
    for s in m.steps:
        s.x = s.y = None
    return m


CASES = [
    # The map's own positions seed the order: the "Tidy up" case.
    Case("layout", "layout (placed map)", SIZES, setup=synthetic_map, run=layout_map,
         budget=budgets({1_000: 0.2, 5_000: 1.0})),
    # First layout of an imported map.
    Case("layout", "layout (unplaced map)", SIZES, setup=_unplaced, run=layout_map,
         budget=budgets({1_000: 0.2, 5_000: 1.0})),
    Case("layout", "layout top to bottom", SIZES, setup=synthetic_map,
         run=lambda m: layout_map(m, direction="TB"), budget=budgets({1_000: 0.2, 5_000: 1.0})),
    # Nurture loops reaching 10 to 40 steps back: long chains, nested and interleaved lanes.
    Case("layout", "layout (long return loops)", SIZES, setup=lambda n: synthetic_map(n, long_loops=True),
         run=layout_map, budget=budgets({1_000: 0.2, 5_000: 1.0})),
]
