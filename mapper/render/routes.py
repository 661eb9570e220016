"""Arrow routes: the polyline from outline to outline (orthogonal lanes, loops
back, free decision tips), its rounded path and head, and points along it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from mapper.model import Arrow, Step, SystemMap

from .shapes import outline_point, shape_path, side_point, step_rect

#: Arrow head: length along the arrow and width across it.
HEAD_LENGTH = 10.0
HEAD_WIDTH = 9.0
#: Radius of the rounded elbows of orthogonal arrows.
ELBOW_RADIUS = 6.0
#: How far an arrow runs straight out of a shape before its first elbow.
STUB = 18.0
#: Shapes in one row further apart than this probably have others between them.
LONG_GAP = 200.0

@dataclass
class ArrowGeometry:
    """An arrow as drawn: its polyline (first point on the source outline, last
    on the target outline), the stroked path (ending at the head's base), the
    label's centre and the head triangle."""
    points: list[QPointF]
    path: QPainterPath
    label_point: QPointF
    head: QPolygonF
    #: The label is written on two lines ("Yes" over "25%") to fit a short stretch.
    label_stacked: bool = False

    def bounding_rect(self) -> QRectF:
        return self.path.boundingRect().united(self.head.boundingRect())


def _auto_route(s: QRectF, t: QRectF, loop_back: bool, obstacles=None) -> list[QPointF]:
    sc, tc = s.center(), t.center()
    if loop_back:
        # The return arrow of a pair (e.g. "No" back to an earlier step) goes
        # around underneath (or to the right, in a vertical flow) so it does not
        # run on top of the forward arrow.
        if abs(tc.y() - sc.y()) <= abs(tc.x() - sc.x()):
            y = max(s.bottom(), t.bottom()) + 2 * STUB
            return [side_point(s, "bottom"), QPointF(sc.x(), y), QPointF(tc.x(), y), side_point(t, "bottom")]
        x = max(s.right(), t.right()) + 2 * STUB
        return [side_point(s, "right"), QPointF(x, sc.y()), QPointF(x, tc.y()), side_point(t, "right")]
    h_gap = t.left() - s.right() if tc.x() >= sc.x() else s.left() - t.right()
    v_gap = t.top() - s.bottom() if tc.y() >= sc.y() else s.top() - t.bottom()
    same_row = t.top() <= sc.y() <= t.bottom() and s.top() <= tc.y() <= s.bottom()
    same_column = t.left() <= sc.x() <= t.right() and s.left() <= tc.x() <= s.right()
    if same_row and h_gap > LONG_GAP:
        # A straight line might run through the steps in between: go around,
        # underneath when going back (a loop), above when skipping ahead; when
        # the shapes around are known, straight if nothing is in the way, and
        # the other way round if the preferred side is blocked.
        below = tc.x() < sc.x()
        return _around(s, t, _across(s, t), [_lane_route(s, t, below, False), _lane_route(s, t, not below, False)],
                       obstacles)
    if same_column and v_gap > LONG_GAP:
        right = tc.y() < sc.y()
        return _around(s, t, _down(s, t), [_lane_route(s, t, right, True), _lane_route(s, t, not right, True)],
                       obstacles)
    if h_gap > 0 and v_gap > 0:
        return _diagonal(s, t, h_gap >= v_gap, obstacles)
    if h_gap >= 2 * STUB and (h_gap >= v_gap or v_gap < 2 * STUB):
        return _across(s, t)
    if v_gap >= 2 * STUB:
        return _down(s, t)
    if h_gap > 0:
        return _across(s, t)
    if v_gap > 0:
        return _down(s, t)
    # Overlapping shapes: the straight line between centres, clipped later.
    return [sc, tc]


def _lane_route(s: QRectF, t: QRectF, far_side: bool, vertical: bool) -> list[QPointF]:
    """Out of one side of both shapes, along a lane just beyond them, back in:
    below (right of) them when ``far_side``, else above (left of) them."""
    sc, tc = s.center(), t.center()
    if not vertical:
        y = (max(s.bottom(), t.bottom()) + 2 * STUB) if far_side else (min(s.top(), t.top()) - 2 * STUB)
        side = "bottom" if far_side else "top"
        return [side_point(s, side), QPointF(sc.x(), y), QPointF(tc.x(), y), side_point(t, side)]
    x = (max(s.right(), t.right()) + 2 * STUB) if far_side else (min(s.left(), t.left()) - 2 * STUB)
    side = "right" if far_side else "left"
    return [side_point(s, side), QPointF(x, sc.y()), QPointF(x, tc.y()), side_point(t, side)]


def _around(s: QRectF, t: QRectF, straight: list[QPointF], lanes: list[list[QPointF]], obstacles) -> list[QPointF]:
    """Straight when nothing is in the way, else the first lane that is clear."""
    if obstacles is None:
        return lanes[0]
    if not _route_blocked(straight, s, t, obstacles):
        return straight
    for lane in lanes:
        if not _route_blocked(lane, s, t, obstacles):
            return lane
    return lanes[0]


def _diagonal(s: QRectF, t: QRectF, sideways: bool, obstacles) -> list[QPointF]:
    """Diagonal neighbours: one elbow (an L) where it leaves room for the head to
    come in square to the side, else two (a Z). Of routes with as few elbows,
    the first that runs through no other shape."""
    sc, tc = s.center(), t.center()
    right, down = tc.x() >= sc.x(), tc.y() >= sc.y()
    ells, zeds = [], []
    # Out of the side facing the target, along, then into its top or bottom.
    a = side_point(s, "right" if right else "left")
    b = side_point(t, "top" if down else "bottom")
    if abs(b.x() - a.x()) >= STUB and abs(b.y() - a.y()) >= STUB:
        ells.append([a, QPointF(b.x(), a.y()), b])
    # Out of the bottom or top, down, then into its facing side.
    a2 = side_point(s, "bottom" if down else "top")
    b2 = side_point(t, "left" if right else "right")
    if abs(b2.y() - a2.y()) >= STUB and abs(b2.x() - a2.x()) >= STUB:
        ells.append([a2, QPointF(a2.x(), b2.y()), b2])
    h_gap = t.left() - s.right() if right else s.left() - t.right()
    v_gap = t.top() - s.bottom() if down else s.top() - t.bottom()
    if h_gap >= 2 * STUB:
        zeds.append(_across(s, t))
    if v_gap >= 2 * STUB:
        zeds.append(_down(s, t))
    if not sideways:
        ells.reverse()
        zeds.reverse()
    routes = ells + zeds
    if not routes:
        a = side_point(s, "right" if right else "left")
        b = side_point(t, "top" if down else "bottom")
        return [a, QPointF(b.x(), a.y()), b]
    if obstacles is not None:
        for group in (ells, zeds):
            for route in group:
                if not _route_blocked(route, s, t, obstacles):
                    return route
    return routes[0]


def _route_blocked(route: list[QPointF], s: QRectF, t: QRectF, obstacles) -> bool:
    """Whether the route runs through a shape other than its two ends
    (``obstacles(rect)`` gives the shape rectangles near a rectangle)."""
    for p, q in zip(route, route[1:]):
        box = QRectF(p, q).normalized().adjusted(-1, -1, 1, 1)
        for r in obstacles(box):
            if r == s or r == t:
                continue
            if _segment_hits_rect(p, q, r.adjusted(2, 2, -2, -2)):
                return True
    return False


def _across(s: QRectF, t: QRectF) -> list[QPointF]:
    """Out of the side facing the target, into its facing side, elbows half-way."""
    sc, tc = s.center(), t.center()
    right = tc.x() >= sc.x()
    a = side_point(s, "right" if right else "left")
    b = side_point(t, "left" if right else "right")
    if abs(a.y() - b.y()) < 0.5:
        return [a, b]
    if t.top() <= sc.y() <= t.bottom() and s.top() <= tc.y() <= s.bottom():
        # Rows overlap: a straight line at the shared height.
        y = _shared_line(s.top(), s.bottom(), t.top(), t.bottom(), tc.y())
        return [QPointF(a.x(), y), QPointF(b.x(), y)]
    mid = (a.x() + b.x()) / 2
    return [a, QPointF(mid, a.y()), QPointF(mid, b.y()), b]


def _shared_line(s_lo: float, s_hi: float, t_lo: float, t_hi: float, t_mid: float) -> float:
    """Where a straight arrow between two overlapping rows (columns) runs: into
    the middle of the target's side when the source reaches that far, so it
    meets the other arrows entering that side in one point; else the middle of
    the overlap."""
    if s_lo + ELBOW_RADIUS <= t_mid <= s_hi - ELBOW_RADIUS:
        return t_mid
    return (max(s_lo, t_lo) + min(s_hi, t_hi)) / 2


def _down(s: QRectF, t: QRectF) -> list[QPointF]:
    """The vertical counterpart of ``_across``."""
    sc, tc = s.center(), t.center()
    down = tc.y() >= sc.y()
    a = side_point(s, "bottom" if down else "top")
    b = side_point(t, "top" if down else "bottom")
    if abs(a.x() - b.x()) < 0.5:
        return [a, b]
    if t.left() <= sc.x() <= t.right() and s.left() <= tc.x() <= s.right():
        x = _shared_line(s.left(), s.right(), t.left(), t.right(), tc.x())
        return [QPointF(x, a.y()), QPointF(x, b.y())]
    mid = (a.y() + b.y()) / 2
    return [a, QPointF(a.x(), mid), QPointF(b.x(), mid), b]


def _self_loop(s: QRectF) -> list[QPointF]:
    a = QPointF(s.right(), s.center().y())
    b = QPointF(s.center().x(), s.top())
    x = s.right() + 2 * STUB
    y = s.top() - 2 * STUB
    return [a, QPointF(x, a.y()), QPointF(x, y), QPointF(b.x(), y), b]


def arrow_geometry(arrow: Arrow, source_rect: QRectF, target_rect: QRectF,
                   source_kind: str = "activity", target_kind: str = "activity",
                   loop_back: bool = False, obstacles=None, avoid_sides=()) -> ArrowGeometry:
    """Route an arrow between two shapes.

    With ``waypoints``: source centre -> waypoints -> target centre, the first and
    last segments clipped at the shapes' outlines. Without: an orthogonal route
    leaving the side that faces the target and entering the side facing the
    source, with up to two elbows. ``loop_back`` routes the return arrow of a
    pair around the shapes (see ``loop_back_arrows``). ``obstacles(rect)``, the
    shape rectangles near a rectangle, lets a diagonal route pick the L (or Z)
    that runs through no other shape. ``avoid_sides``: the tips of a target
    decision where its branches leave (``branch_sides``); an automatic route
    never enters there, so an arrow in is never mistaken for a branch out.
    """
    points = _route_points(arrow, source_rect, target_rect, source_kind, target_kind, loop_back, obstacles,
                           avoid_sides)
    return _finish(points, arrow.label_pos)


def _route_points(arrow: Arrow, source_rect: QRectF, target_rect: QRectF, source_kind: str, target_kind: str,
                  loop_back: bool, obstacles, avoid_sides) -> list[QPointF]:
    """The polyline of ``arrow_geometry`` before it is drawn (no path, head or label point)."""
    if arrow.source == arrow.target and not arrow.waypoints:
        points = _self_loop(source_rect)
    elif arrow.waypoints:
        inner = [QPointF(x, y) for x, y in arrow.waypoints]
        # A waypoint inside one of the two shapes would fold the arrow back on itself.
        inner = [p for p in inner if not source_rect.contains(p) and not target_rect.contains(p)]
        sc, tc = source_rect.center(), target_rect.center()
        first = inner[0] if inner else tc
        last = inner[-1] if inner else sc
        points = [outline_point(source_kind, source_rect, first), *inner,
                  outline_point(target_kind, target_rect, last)]
    else:
        points = _auto_route(source_rect, target_rect, loop_back, obstacles)
        if len(points) == 2 and points[0] == source_rect.center():
            points = [outline_point(source_kind, source_rect, points[1]),
                      outline_point(target_kind, target_rect, points[0])]
        else:
            points = _snap_ends_to_outline(points, source_rect, target_rect, source_kind, target_kind)
        if avoid_sides and target_kind == "decision" and side_of(target_rect, points[-1]) in avoid_sides:
            points = _enter_free_tip(source_rect, target_rect, source_kind, avoid_sides, obstacles)
    return points


def side_of(rect: QRectF, point: QPointF) -> str | None:
    """The side ("left", "right", "top", "bottom") whose middle ``point`` is, or None."""
    for side in ("left", "right", "top", "bottom"):
        p = side_point(rect, side)
        if abs(p.x() - point.x()) < 0.5 and abs(p.y() - point.y()) < 0.5:
            return side
    return None


def branch_sides(decision_rect: QRectF, branches) -> set[str]:
    """The tips of a decision where its branches leave: ``branches`` is
    (arrow, target rect, target kind, loop_back) for each arrow out of it."""
    sides = set()
    for arrow, target_rect, target_kind, loop_back in branches:
        if arrow.source == arrow.target:
            continue
        # The first point of the route as drawn (drawing it only de-duplicates later points).
        first = _route_points(arrow, decision_rect, target_rect, "decision", target_kind, loop_back, None, ())[0]
        side = side_of(decision_rect, first)
        if side is not None:
            sides.add(side)
    return sides


_OPPOSITE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}


def _enter_free_tip(s: QRectF, t: QRectF, source_kind: str, taken, obstacles) -> list[QPointF]:
    """A route into a tip of decision ``t`` that no branch leaves from: the free tip
    nearest the source, reached with one elbow when the source lies beyond that
    tip, else around through a lane just outside both shapes."""
    sc = s.center()
    free = [side for side in ("top", "left", "bottom", "right") if side not in taken] or ["top"]

    def cost(side):
        p = side_point(t, side)
        return math.hypot(p.x() - sc.x(), p.y() - sc.y())

    side = min(free, key=cost)
    b = side_point(t, side)
    vertical = side in ("top", "bottom")
    sign = -1.0 if side in ("top", "left") else 1.0   # outward from the tip
    if vertical:
        beyond = (b.y() - s.bottom() >= STUB) if sign < 0 else (s.top() - b.y() >= STUB)
        if beyond and not (s.left() - 1 <= b.x() <= s.right() + 1):
            a = side_point(s, "right" if b.x() > sc.x() else "left")
            return [a, QPointF(b.x(), a.y()), b]
        if beyond:
            a = side_point(s, "bottom" if sign < 0 else "top")
            return [a, QPointF(a.x(), (a.y() + b.y()) / 2), QPointF(b.x(), (a.y() + b.y()) / 2), b]
        lane = (min(s.top(), t.top()) - 2 * STUB) if sign < 0 else (max(s.bottom(), t.bottom()) + 2 * STUB)
        a = side_point(s, "top" if sign < 0 else "bottom")
        return [a, QPointF(a.x(), lane), QPointF(b.x(), lane), b]
    beyond = (b.x() - s.right() >= STUB) if sign < 0 else (s.left() - b.x() >= STUB)
    if beyond and not (s.top() - 1 <= b.y() <= s.bottom() + 1):
        a = side_point(s, "bottom" if b.y() > sc.y() else "top")
        return [a, QPointF(a.x(), b.y()), b]
    if beyond:
        a = side_point(s, "right" if sign < 0 else "left")
        return [a, QPointF((a.x() + b.x()) / 2, a.y()), QPointF((a.x() + b.x()) / 2, b.y()), b]
    lane = (min(s.left(), t.left()) - 2 * STUB) if sign < 0 else (max(s.right(), t.right()) + 2 * STUB)
    a = side_point(s, "left" if sign < 0 else "right")
    return [a, QPointF(lane, a.y()), QPointF(lane, b.y()), b]


def _snap_ends_to_outline(points, s, t, sk, tk):
    """Ends of an automatic route that do not sit at a side's middle (rows that
    only overlap) move along their segment onto the real outline."""
    out = list(points)
    out[0] = _along_to_outline(sk, s, out[0], out[1])
    out[-1] = _along_to_outline(tk, t, out[-1], out[-2])
    return out


def _along_to_outline(kind: str, rect: QRectF, end: QPointF, nxt: QPointF) -> QPointF:
    c = rect.center()
    if abs(end.x() - c.x()) < 0.5 or abs(end.y() - c.y()) < 0.5:
        return end  # a side's middle: already on the outline
    # Walk from ``end`` toward the shape along the segment's axis until the outline.
    horizontal = abs(nxt.y() - end.y()) < 0.5
    path = shape_path(kind, rect)
    # ``end`` is on the bounding box; the outline lies between it and the centre line.
    lo, hi = 0.0, (rect.width() if horizontal else rect.height()) / 2
    # Step into the shape: away from the next point of the route.
    sign = 1.0 if (nxt.x() > end.x() if horizontal else nxt.y() > end.y()) else -1.0
    for _ in range(14):
        mid = (lo + hi) / 2
        p = QPointF(end.x() - sign * mid, end.y()) if horizontal else QPointF(end.x(), end.y() - sign * mid)
        if path.contains(p):
            hi = mid
        else:
            lo = mid
    return QPointF(end.x() - sign * hi, end.y()) if horizontal else QPointF(end.x(), end.y() - sign * hi)


def _finish(points: list[QPointF], label_pos: float) -> ArrowGeometry:
    points, xy = _dedupe(points)   # xy: plain numbers, one x()/y() call per point
    if len(points) < 2:
        points = [points[0], QPointF(points[0].x() + 0.01, points[0].y())] if points else [QPointF(), QPointF(0.01, 0)]
        xy = [(p.x(), p.y()) for p in points]
    tx, ty = xy[-1]
    px, py = xy[-2]
    dx, dy = tx - px, ty - py
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    head_len = min(HEAD_LENGTH, length)
    bx, by = tx - ux * head_len, ty - uy * head_len
    nx, ny = -uy * HEAD_WIDTH / 2, ux * HEAD_WIDTH / 2
    head = QPolygonF([points[-1], QPointF(bx + nx, by + ny), QPointF(bx - nx, by - ny)])
    stroke = xy[:-1] + [(bx, by)]
    return ArrowGeometry(points, _rounded_polyline(stroke), _point_along(xy, label_pos), head)


def _dedupe(points: list[QPointF]) -> tuple[list[QPointF], list[tuple[float, float]]]:
    """The points without repeats, and their coordinates."""
    out: list[QPointF] = []
    xy: list[tuple[float, float]] = []
    for p in points:
        x, y = p.x(), p.y()
        if not xy or abs(x - xy[-1][0]) > 1e-6 or abs(y - xy[-1][1]) > 1e-6:
            out.append(p)
            xy.append((x, y))
    return out, xy


def _rounded_polyline(xy: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath(QPointF(*xy[0]))
    for i in range(1, len(xy) - 1):
        (x0, y0), (x1, y1), (x2, y2) = xy[i - 1], xy[i], xy[i + 1]
        d1 = math.hypot(x1 - x0, y1 - y0)
        d2 = math.hypot(x2 - x1, y2 - y1)
        r = min(ELBOW_RADIUS, d1 / 2, d2 / 2)
        if r < 0.5:
            path.lineTo(x1, y1)
            continue
        path.lineTo(x1 + (x0 - x1) * r / d1, y1 + (y0 - y1) * r / d1)
        path.quadTo(x1, y1, x1 + (x2 - x1) * r / d2, y1 + (y2 - y1) * r / d2)
    path.lineTo(*xy[-1])
    return path


def point_along(points: list[QPointF], fraction: float) -> QPointF:
    """The point at ``fraction`` (0..1) of the polyline's length."""
    return _point_along([(p.x(), p.y()) for p in points], fraction)


def _point_along(xy: list[tuple[float, float]], fraction: float) -> QPointF:
    lengths = [math.hypot(bx - ax, by - ay) for (ax, ay), (bx, by) in zip(xy, xy[1:])]
    total = sum(lengths)
    if total <= 0:
        return QPointF(*xy[0])
    goal = max(0.0, min(1.0, fraction)) * total
    for ((ax, ay), (bx, by)), seg in zip(zip(xy, xy[1:]), lengths):
        if goal <= seg and seg > 0:
            t = goal / seg
            return QPointF(ax + (bx - ax) * t, ay + (by - ay) * t)
        goal -= seg
    return QPointF(*xy[-1])


def fraction_at(points: list[QPointF], point: QPointF) -> float:
    """The 0..1 position along the polyline nearest to ``point`` (for dragging a label)."""
    best, best_d, walked = 0.0, math.inf, 0.0
    lengths = [math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in zip(points, points[1:])]
    total = sum(lengths) or 1.0
    for (a, b), seg in zip(zip(points, points[1:]), lengths):
        if seg > 0:
            t = ((point.x() - a.x()) * (b.x() - a.x()) + (point.y() - a.y()) * (b.y() - a.y())) / (seg * seg)
            t = max(0.0, min(1.0, t))
            qx, qy = a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t
            d = math.hypot(point.x() - qx, point.y() - qy)
            if d < best_d:
                best_d, best = d, (walked + t * seg) / total
        walked += seg
    return best


def is_loop_back(arrow: Arrow, source: Step, target: Step, pairs: set[tuple[str, str]]) -> bool:
    """True for the return arrow of a pair A->B, B->A: the one going left (or up)."""
    if (arrow.target, arrow.source) not in pairs or arrow.source == arrow.target:
        return False
    sx, sy = source.x or 0.0, source.y or 0.0
    tx, ty = target.x or 0.0, target.y or 0.0
    if abs(tx - sx) >= abs(ty - sy):
        return tx < sx
    return ty < sy


def loop_back_arrows(m: SystemMap) -> set[str]:
    """Ids of the arrows that ``arrow_geometry`` should route around (``is_loop_back``)."""
    pairs = {(a.source, a.target) for a in m.arrows}
    out = set()
    for a in m.arrows:
        if (a.target, a.source) in pairs:
            s, t = m.step(a.source), m.step(a.target)
            if s is not None and t is not None and is_loop_back(a, s, t, pairs):
                out.add(a.id)
    return out


def map_bounds(m: SystemMap) -> QRectF:
    """The rectangle holding every placed shape and arrow (empty for an empty map)."""
    rects = {s.id: step_rect(s) for s in m.steps if s.placed}
    bounds = QRectF()
    for r in rects.values():
        bounds = bounds.united(r)
    for a in m.arrows:
        for x, y in a.waypoints:
            bounds = bounds.united(QRectF(x - 1, y - 1, 2, 2))
        if a.source == a.target and a.source in rects:
            bounds = bounds.united(rects[a.source].adjusted(0, -2 * STUB - 2, 2 * STUB + 2, 0))
    loops = loop_back_arrows(m)
    for aid in loops:
        a = m.arrow(aid)
        if a.source in rects and a.target in rects:
            r = rects[a.source].united(rects[a.target])
            bounds = bounds.united(r.adjusted(0, 0, 2 * STUB + 2, 2 * STUB + 2))
    return bounds


def _segment_hits_rect(a: QPointF, b: QPointF, r: QRectF) -> bool:
    """Whether the segment a-b passes through the rectangle (Liang-Barsky clipping)."""
    x0, y0, dx, dy = a.x(), a.y(), b.x() - a.x(), b.y() - a.y()
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - r.left()), (dx, r.right() - x0), (-dy, y0 - r.top()), (dy, r.bottom() - y0)):
        if abs(p) < 1e-12:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True
