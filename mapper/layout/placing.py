"""Lay out maps whose steps have no positions yet (imported Mermaid, hand-written JSON)."""

from __future__ import annotations

from mapper.model import SystemMap, set_layout

from .flowchart import layout_map


def ensure_placed(m: SystemMap) -> bool:
    """Lay out a map with unplaced steps, in place. True if it did.

    Notes may stay unplaced; a map whose every flow step has a position is left alone.
    """
    if all(s.placed for s in m.steps if s.kind != "note") or not m.steps:
        return False
    result = layout_map(m, direction=getattr(m, "direction", "LR") or "LR")
    set_layout(m, result.positions, result.waypoints).apply(m)
    return True
