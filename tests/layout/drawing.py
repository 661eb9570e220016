"""Checks on a laid-out drawing: overlaps, orthogonal routes, routes through shapes."""

from __future__ import annotations

from collections import defaultdict

from mapper.layout import LayoutResult, estimate_size
from mapper.model import SystemMap

Rect = tuple[float, float, float, float]  # left, top, right, bottom
CELL = 250.0


def rects(m: SystemMap, r: LayoutResult, sizes=None) -> dict[str, Rect]:
    """Every step's rectangle where the layout puts it, or where it is when the
    layout leaves it (notes, steps outside a selection)."""
    sizes = sizes or {}
    out = {}
    for s in m.steps:
        if s.id in r.positions:
            x, y = r.positions[s.id]
        elif s.placed:
            x, y = s.x, s.y
        else:
            continue
        w, h = sizes.get(s.id) or estimate_size(s)
        out[s.id] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return out


def _cells(box: Rect):
    for i in range(int(box[0] // CELL), int(box[2] // CELL) + 1):
        for j in range(int(box[1] // CELL), int(box[3] // CELL) + 1):
            yield i, j


def _grid(boxes: dict[str, Rect]):
    grid = defaultdict(list)
    for sid, b in boxes.items():
        for c in _cells(b):
            grid[c].append(sid)
    return grid


def overlaps(boxes: dict[str, Rect]) -> list[tuple[str, str]]:
    """Pairs of rectangles that overlap (touching edges do not count)."""
    grid = _grid(boxes)
    found = set()
    for ids in grid.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                ra, rb = boxes[a], boxes[b]
                if ra[0] < rb[2] and rb[0] < ra[2] and ra[1] < rb[3] and rb[1] < ra[3]:
                    found.add(tuple(sorted((a, b))))
    return sorted(found)


def route(m: SystemMap, r: LayoutResult, arrow) -> list[tuple[float, float]]:
    """The drawn polyline: source centre, waypoints, target centre."""
    return [r.positions[arrow.source]] + [tuple(p) for p in r.waypoints.get(arrow.id, [])] + [r.positions[arrow.target]]


def not_orthogonal(m: SystemMap, r: LayoutResult) -> list[str]:
    """Arrows whose drawn polyline has a slanted segment."""
    bad = []
    for a in m.arrows:
        pts = route(m, r, a)
        if any(p[0] != q[0] and p[1] != q[1] for p, q in zip(pts, pts[1:])):
            bad.append(a.id)
    return bad


def _hits(p, q, box: Rect, inset: float = 1.0) -> bool:
    """An axis-parallel segment passes through the inside of a rectangle."""
    l, t, rr, b = box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset
    if p[1] == q[1]:
        lo, hi = sorted((p[0], q[0]))
        return t < p[1] < b and lo < rr and l < hi
    lo, hi = sorted((p[1], q[1]))
    return l < p[0] < rr and lo < b and t < hi


def routes_through_shapes(m: SystemMap, r: LayoutResult, boxes: dict[str, Rect]) -> list[tuple[str, str]]:
    """(arrow, step) pairs where an arrow's route runs through a shape: any other
    step or note, or its own ends anywhere but the first (last) segment."""
    grid = _grid(boxes)
    found = []
    for a in m.arrows:
        pts = route(m, r, a)
        n = len(pts) - 1
        for i, (p, q) in enumerate(zip(pts, pts[1:])):
            seg_box = (min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]))
            near = {sid for c in _cells(seg_box) for sid in grid.get(c, ())}
            for sid in near:
                if sid == a.source and i == 0 or sid == a.target and i == n - 1:
                    continue
                if a.source == a.target == sid and i in (0, n - 1):
                    continue
                if _hits(p, q, boxes[sid]):
                    found.append((a.id, sid))
    return found
