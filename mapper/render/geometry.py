"""Where things are drawn, in one place for the callers: shape rectangles,
outlines, arrow routes and labels.

The work is done in four modules, one job each, and re-exported here:

- ``text``: where a step's text goes in its shape and how it is painted
  (its lines and size come from ``mapper.layout.text_fit``);
- ``shapes``: a step's size, rectangle and outline;
- ``routes``: arrow polylines from outline to outline, their path and head;
- ``labels``: arrow label text, pill and placement.

Pure geometry, no painting: the canvas computes these once per change (never in
``paint()``), export and print compute them for the whole map. ``ShapeGrid``
("what is near here") holds rectangles in the one spatial grid,
``mapper.layout.spatial``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from mapper.layout.spatial import SpatialGrid

from .text import (  # noqa: F401
    LINE_FLAGS, PILL_TEXT_MARGIN, _font_metrics, drawn_width, line_boxes, measure, paint_lines, terminator_inset,
    text_box)
from .shapes import (  # noqa: F401
    ACTIVITY_RADIUS, default_size, outline_point, shape_path, side_point, step_fit, step_lines, step_rect,
    step_size)
from .routes import (  # noqa: F401
    ELBOW_RADIUS, HEAD_LENGTH, HEAD_WIDTH, LONG_GAP, STUB, _segment_hits_rect, arrow_geometry,
    ArrowGeometry, branch_sides, fraction_at, is_loop_back, loop_back_arrows, map_bounds, point_along,
    side_of)
from .labels import (  # noqa: F401
    DEFAULT_LABEL_POS, LABEL_BESIDE_GAP, LABEL_CLEARANCE, LABEL_PADDING, STACKED_LABEL_PADDING,
    _covers_shape, _minus_shared, arrow_label_text, best_label_point, drawn_label_text,
    label_is_placed_automatically, label_rect, place_labels, place_step_labels, shape_grid)


class ShapeGrid:
    """Rectangles (each with an optional payload) in the one spatial grid
    (``mapper.layout.spatial``): "what is near here" without a scan of the whole map."""

    CELL = 256.0

    def __init__(self, rects=(), cell: float = CELL) -> None:
        self.grid = SpatialGrid(cell)
        for r in rects:
            self.add(r)

    def add(self, r: QRectF, payload=None) -> None:
        self.grid.add(r.left(), r.top(), r.right(), r.bottom(), (r, payload))

    def _near(self, r: QRectF) -> list[tuple[QRectF, object]]:
        return [entry for entry in self.grid.near_box(r.left(), r.top(), r.right(), r.bottom())
                if entry[0].intersects(r)]

    def near(self, r: QRectF) -> list[QRectF]:
        return [rect for rect, _ in self._near(r)]

    def near_items(self, r: QRectF) -> list:
        return [payload for _, payload in self._near(r)]
