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


def _drawn_segments(m: SystemMap, r: LayoutResult, arrow, boxes: dict[str, Rect]):
    """The arrow's segments as drawn: the first and last cut at the outlines of
    its steps (a straight run through a centre leaves a diamond at a vertex,
    which is on its bounding box)."""
    pts = [tuple(p) for p in route(m, r, arrow)]
    if len(pts) < 2 or arrow.source == arrow.target:
        return [(p, q) for p, q in zip(pts, pts[1:])]

    def cut(inside: Rect, p, q):  # move p, inside the box, to where p->q leaves it
        l, t, rr, b = inside
        if p[1] == q[1]:
            x = rr if q[0] > p[0] else l
            return (min(max(x, min(p[0], q[0])), max(p[0], q[0])), p[1])
        y = b if q[1] > p[1] else t
        return (p[0], min(max(y, min(p[1], q[1])), max(p[1], q[1])))

    pts[0] = cut(boxes[arrow.source], pts[0], pts[1])
    pts[-1] = cut(boxes[arrow.target], pts[-1], pts[-2])
    return [(p, q) for p, q in zip(pts, pts[1:]) if p != q]


def _meet(s, t, tol: float = 0.5) -> bool:
    """Two axis-parallel segments cross inside both, or run along each other."""
    (p, q), (u, v) = s, t
    sh, th = p[1] == q[1], u[1] == v[1]
    if sh != th:
        if not sh:
            (p, q), (u, v) = (u, v), (p, q)
        # p-q horizontal, u-v vertical: a crossing strictly inside both.
        x, y = u[0], p[1]
        return (min(p[0], q[0]) + tol < x < max(p[0], q[0]) - tol
                and min(u[1], v[1]) + tol < y < max(u[1], v[1]) - tol)
    axis = 1 if sh else 0  # the coordinate the two runs share, if on one line
    if abs(p[axis] - u[axis]) > tol:
        return False
    a0, a1 = sorted((p[1 - axis], q[1 - axis]))
    b0, b1 = sorted((u[1 - axis], v[1 - axis]))
    return min(a1, b1) - max(a0, b0) > tol


def arrows_met(m: SystemMap, r: LayoutResult, arrow, boxes: dict[str, Rect], first: int | None = None,
               within: Rect | None = None) -> list[str]:
    """The other arrows whose drawn route this arrow's route (its ``first``
    segments only, if given, cut to ``within``) crosses or runs along; arrows
    out of one step may share their first stretch, arrows into one step their
    last."""
    mine = _drawn_segments(m, r, arrow, boxes)[:first]
    if within is not None:
        l, t, rr, b = within
        mine = [((min(max(p[0], l), rr), min(max(p[1], t), b)), (min(max(q[0], l), rr), min(max(q[1], t), b)))
                for p, q in mine]
    met = []
    for other in m.arrows:
        if other.id == arrow.id or other.id not in r.waypoints and other.source not in r.positions:
            continue
        theirs = _drawn_segments(m, r, other, boxes)
        if other.target == arrow.target:
            theirs = theirs[:-1]
        if other.source == arrow.source:
            theirs = theirs[1:]
        if any(_meet(s, t) for s in mine for t in theirs):
            met.append(other.id)
    return met
