"""Drawing maps with QPainter: one renderer for the canvas, export and print.

Imports only the model and Qt (no widgets); works with the offscreen platform.
"""

from .geometry import ArrowGeometry, arrow_geometry, map_bounds, shape_path, step_rect
from .markers import MARKER_KINDS, Marker, marker_title, markers_for
from .paint import paint_arrow, paint_extent, paint_legend, paint_map, paint_markers, paint_step
from .theme import EXPORT, LIGHT, Theme

__all__ = [
    "ArrowGeometry", "arrow_geometry", "map_bounds", "shape_path", "step_rect",
    "MARKER_KINDS", "Marker", "marker_title", "markers_for",
    "paint_arrow", "paint_extent", "paint_legend", "paint_map", "paint_markers", "paint_step",
    "EXPORT", "LIGHT", "Theme",
]
