"""Automatic layered layout of a map (no Qt).

``layout_map(m, direction="LR", sizes=None, only=None) -> LayoutResult`` with
the steps' new centres and their arrows' waypoints; apply it with
``mapper.model.set_layout`` (one undo step). ``estimate_size(step)`` is how
big the renderer draws a step (``text_fit`` lays its text out for both).
"""

from .flowchart import LayoutResult, layout_map
from .sizes import estimate_size

__all__ = ["LayoutResult", "layout_map", "estimate_size"]
