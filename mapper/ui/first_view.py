"""How a map first shows in the window: whole, at a size whose text can be read.

Fitting a long map into the window can make its text too small to read (under
about 8 px). A template, laid out left to right, then turns top to bottom when
that reads bigger; any other map keeps its layout and opens at a readable zoom,
scrolled to its start step.
"""

from __future__ import annotations

from mapper.layout import estimate_size, layout_map
from mapper.model import SystemMap, set_layout

#: Steps' text is drawn 14 px high at 100 %; 0.6 keeps it at about 8 px or more
#: (the canvas hides texts below 0.4).
READABLE_ZOOM = 0.6
#: Room fit to window leaves around the map, in scene units.
FIT_MARGIN = 40.0


def fit_zoom(positions: dict[str, tuple[float, float]], sizes: dict[str, tuple[float, float]],
             width: float, height: float) -> float:
    """The zoom at which steps at ``positions`` (centres) fit a ``width`` x ``height``
    window with the margin, never past 100 %."""
    if not positions:
        return 1.0
    left = min(x - sizes[sid][0] / 2 for sid, (x, y) in positions.items())
    right = max(x + sizes[sid][0] / 2 for sid, (x, y) in positions.items())
    top = min(y - sizes[sid][1] / 2 for sid, (x, y) in positions.items())
    bottom = max(y + sizes[sid][1] / 2 for sid, (x, y) in positions.items())
    w, h = right - left + 2 * FIT_MARGIN, bottom - top + 2 * FIT_MARGIN
    return min(1.0, width / max(1.0, w), height / max(1.0, h))


def taller_layout(m: SystemMap, width: float, height: float,
                  sizes: dict[str, tuple[float, float]] | None = None):
    """The map laid out top to bottom when, fitted to a ``width`` x ``height`` window,
    it reads too small as it is but bigger that way; else None (keep it)."""
    steps = [s for s in m.steps if s.kind != "note" and s.placed]
    if not steps or (m.direction or "LR") == "TB":
        return None
    sizes = {s.id: (sizes or {}).get(s.id) or estimate_size(s) for s in m.steps}
    now = fit_zoom({s.id: (s.x, s.y) for s in steps}, sizes, width, height)
    if now >= READABLE_ZOOM:
        return None
    result = layout_map(m, direction="TB", sizes=sizes)
    tall = {sid: p for sid, p in result.positions.items() if sid in sizes}
    return result if fit_zoom(tall, sizes, width, height) > now * 1.15 else None


def turn_to_read(m: SystemMap, width: float, height: float,
                 sizes: dict[str, tuple[float, float]] | None = None) -> bool:
    """Lay a (template) map out top to bottom, in place, when that reads bigger in
    the window (``taller_layout``). True when it did."""
    result = taller_layout(m, width, height, sizes)
    if result is None:
        return False
    set_layout(m, result.positions, result.waypoints).apply(m)
    m.direction = "TB"
    return True


def start_point(m: SystemMap) -> tuple[float, float] | None:
    """Where reading starts: the first start step's centre (a terminator with no
    arrow in), else the top-left-most step's."""
    targets = {a.target for a in m.arrows}
    placed = [s for s in m.steps if s.placed and s.kind != "note"]
    starts = [s for s in placed if s.kind == "terminator" and s.id not in targets]
    if starts:
        return starts[0].x, starts[0].y
    if placed:
        first = min(placed, key=lambda s: (s.x + s.y))
        return first.x, first.y
    return None
