"""The one grid that answers "what is near here" without a scan of the whole map (no Qt).

The importers use it to find the shapes near an arrow's loose end or a free text;
the renderer (``mapper.render.geometry.ShapeGrid``) to find the shapes, labels and
arrow segments near a label it is placing.
"""

from __future__ import annotations

import math
from math import floor
from typing import Any


class SpatialGrid:
    """Finds the boxes near a point or a box. Its memory grows with the number of boxes,
    never with how far apart they are: a box spanning more than ``MAX_CELLS`` cells is
    kept in a short list that every look-up checks, instead of in millions of cells."""

    MAX_CELLS = 64

    def __init__(self, cell: float) -> None:
        self.cell = float(cell)
        self.cells: dict[tuple[int, int], list[Any]] = {}
        self.wide: list[Any] = []

    def _index(self, v: float) -> int | None:
        q = v / self.cell
        return int(math.floor(q)) if math.isfinite(q) else None

    def _span(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int] | None:
        """``_index`` of the four edges (gx0, gx1, gy0, gy1), or None when one is not finite.
        One call per box: the grid is asked tens of thousands of times per map."""
        c = self.cell
        try:
            return floor(x0 / c), floor(x1 / c), floor(y0 / c), floor(y1 / c)
        except (OverflowError, ValueError):   # an infinite or NaN coordinate
            return None

    def add(self, x0: float, y0: float, x1: float, y1: float, item: Any) -> None:
        """File ``item`` under every cell the box from (x0, y0) to (x1, y1) touches."""
        span = self._span(x0, y0, x1, y1)
        if span is None:
            self.wide.append(item)
            return
        gx0, gx1, gy0, gy1 = span
        if (gx1 - gx0 + 1) * (gy1 - gy0 + 1) > self.MAX_CELLS:
            self.wide.append(item)
            return
        cells = self.cells
        for gx in range(gx0, gx1 + 1):
            for gy in range(gy0, gy1 + 1):
                found = cells.get((gx, gy))
                if found is None:
                    cells[(gx, gy)] = [item]
                else:
                    found.append(item)

    def near(self, x: float, y: float) -> list[Any]:
        """The items filed in the cell of the point (x, y), and the wide ones."""
        gx, gy = self._index(x), self._index(y)
        found = self.cells.get((gx, gy), []) if gx is not None and gy is not None else []
        return found + self.wide if self.wide else found

    def near_box(self, x0: float, y0: float, x1: float, y1: float) -> list[Any]:
        """The items filed in any cell the box touches, each once, in the order first met
        (cells column by column), then the wide ones. The caller tests the real overlap."""
        span = self._span(x0, y0, x1, y1)
        if span is None:
            found = [item for items in self.cells.values() for item in items]
        else:
            gx0, gx1, gy0, gy1 = span
            cells = self.cells
            if gx0 == gx1 and gy0 == gy1:
                found = cells.get((gx0, gy0), [])
                if not self.wide and len(found) < 2:
                    return list(found)
            else:
                found = [item for gx in range(gx0, gx1 + 1) for gy in range(gy0, gy1 + 1)
                         for item in cells.get((gx, gy), ())]
        once = {id(item): item for item in found + self.wide}
        return list(once.values())
