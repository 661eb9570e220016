"""Where things are drawn: shape rectangles, outlines and arrow routes.

Pure geometry, no painting: the canvas computes these once per change (never in
``paint()``), export and print compute them for the whole map. Sizes depend on
the wrapped step text, so text is measured here, once per distinct
(kind, text, width, height), and cached: a 5,000-step map must open fast.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainterPath, QPolygonF

from mapper.layout.spatial import SpatialGrid
from mapper.model import Arrow, Step, SystemMap
from mapper.model.schema import DEFAULT_SIZE, MAX_AUTO_WIDTH, NOTE_FOLD, TEXT_PADDING

from .theme import LIGHT

#: Corner radius of an activity's rounded rectangle.
ACTIVITY_RADIUS = 10.0
#: Arrow head: length along the arrow and width across it.
HEAD_LENGTH = 10.0
HEAD_WIDTH = 9.0
#: Radius of the rounded elbows of orthogonal arrows.
ELBOW_RADIUS = 6.0
#: How far an arrow runs straight out of a shape before its first elbow.
STUB = 18.0
#: Shapes in one row further apart than this probably have others between them.
LONG_GAP = 200.0

TEXT_FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)

_metrics: QFontMetricsF | None = None


def _font_metrics() -> QFontMetricsF:
    global _metrics
    if _metrics is None:
        _metrics = QFontMetricsF(LIGHT.font())
    return _metrics


def text_box(kind: str, rect: QRectF) -> QRectF:
    """The area inside a shape where its text is laid out."""
    px, py = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    if kind == "decision":
        # Centred box of 62 % of the width; the height check in measure keeps it inside the diamond.
        w = rect.width() * 0.62
        h = rect.height() * 0.62
        return QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h).adjusted(px, py, -px, -py)
    if kind == "terminator":
        px = max(px, terminator_inset(rect.width(), rect.height()))
    if kind == "note":
        return rect.adjusted(px, py + NOTE_FOLD * 0.4, -px, -py)
    return rect.adjusted(px, py, -px, -py)


#: Room between the text and a pill's round end.
PILL_TEXT_MARGIN = 4.0


def terminator_inset(width: float, height: float) -> float:
    """How far a pill's text box stays in from its sides so that the box's
    corners (text lines run up to ``py`` from the top and bottom) are inside
    the round ends, not cut by them."""
    py = TEXT_PADDING["terminator"][1]
    ry = height / 2
    rx = min(ry, width / 2)  # a pill narrower than tall is an ellipse
    dy = max(0.0, ry - py)
    return rx - rx * math.sqrt(max(0.0, 1.0 - (dy / ry) ** 2)) + PILL_TEXT_MARGIN if ry > 0 else 0.0


#: Where an over-long word may break (after these) before it breaks anywhere:
#: a web address breaks at its slashes and dots.
_BREAK_AFTER = "/-._?&=:;,\\)]}"
#: An invisible break opportunity for Qt's word wrap.
ZERO_WIDTH_SPACE = "\u200b"


def _break_long_words(text: str, wrap: float, fm: QFontMetricsF) -> str:
    """The text with break opportunities inside each word wider than ``wrap``:
    after punctuation where the pieces then fit, else between any two letters.
    Word wrap breaks there only when it must, so the other words stay whole."""
    out = []
    for part in re.split(r"(\s+)", text):
        if not part or part.isspace() or fm.horizontalAdvance(part) <= wrap:
            out.append(part)
            continue
        pieces = re.findall(r"[^" + re.escape(_BREAK_AFTER) + r"]*[" + re.escape(_BREAK_AFTER) + r"]*", part)
        fixed = []
        for piece in pieces:
            if not piece:
                continue
            if fm.horizontalAdvance(piece) <= wrap:
                fixed.append(piece)
            else:
                # Anywhere, but never before a combining mark (it belongs to the letter before).
                chars = []
                for ch in piece:
                    if chars and not unicodedata.combining(ch):
                        chars.append(ZERO_WIDTH_SPACE)
                    chars.append(ch)
                fixed.append("".join(chars))
        out.append(ZERO_WIDTH_SPACE.join(fixed))
    return "".join(out)


def measure(kind: str, text: str, width: float, height: float) -> tuple[float, float, int]:
    """(width, height, text flags) a shape needs to hold its wrapped text.

    Starts from the given size and only ever grows it: wider (up to
    ``MAX_AUTO_WIDTH``) for a word that does not fit, then taller; a size
    given by the user or an imported file grows the same way. Past the widest
    width a long word breaks inside (see ``drawn_text``). Cached: the same text
    in the same shape is measured once per session.
    """
    w, h, _ = _measure(kind, text, width, height)
    return w, h, TEXT_FLAGS


def drawn_text(kind: str, text: str, width: float, height: float) -> str:
    """The text as laid out in the shape ``measure`` gives: with invisible
    break opportunities inside words too long for it."""
    return _measure(kind, text, width, height)[2]


@lru_cache(maxsize=50_000)
def _measure(kind: str, text: str, width: float, height: float) -> tuple[float, float, str]:
    if not text.strip():
        return width, height, text
    fm = _font_metrics()
    px, py = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    limit = max(width, MAX_AUTO_WIDTH)
    drawn = text
    # Each round only grows the shape; a pill's text box narrows as it grows
    # taller (its round ends get bigger), so a pill also widens by as much.
    for _ in range(8):
        box = text_box(kind, QRectF(0, 0, width, height))
        wrap = box.width()
        br = fm.boundingRect(QRectF(0, 0, wrap, 1e6), TEXT_FLAGS, drawn)
        if br.width() > wrap + 0.5:
            # One word is wider than the shape: widen up to the limit, then break it.
            extra = br.width() - wrap
            grow = extra / 0.62 if kind == "decision" else extra
            if width < limit:
                width = min(limit, math.ceil(width + grow + 1))
                continue
            drawn = _break_long_words(text, wrap, fm)
            br = fm.boundingRect(QRectF(0, 0, wrap, 1e6), TEXT_FLAGS, drawn)
        th = br.height()
        if kind == "decision":
            # Text box corners (tw/2, th/2) must satisfy |x|/(w/2) + |y|/(h/2) <= 1.
            tw = min(br.width(), wrap) + 2 * px
            need = (th + 2 * py) / max(0.2, 1.0 - tw / width)
        else:
            need = height + (th - box.height())
        if need <= height + 1e-6:
            break
        height = math.ceil(need)
        if kind == "terminator":
            # Keep the text box as wide as the text was measured in (a grown
            # pill is at least as wide as tall, so its ends stay half-circles).
            width = max(width, height, math.ceil(wrap + 2 * max(px, terminator_inset(height, height))))
    return width, height, drawn


#: Clearing ``measure``'s cache (a cold start in the benchmarks) clears the shared one.
measure.cache_clear = lambda: _measure.cache_clear()  # type: ignore[attr-defined]


def step_size(step: Step) -> tuple[float, float]:
    """Width and height as drawn: the step's size (or its kind's default), grown to fit its text."""
    w, h = step.size()
    mw, mh, _ = measure(step.kind, step.text, w, h)
    return mw, mh


def text_flags(step: Step) -> int:
    return TEXT_FLAGS


def step_text(step: Step) -> str:
    """A step's text as drawn in its shape (see ``drawn_text``)."""
    w, h = step.size()
    return drawn_text(step.kind, step.text, w, h)


def step_rect(step: Step) -> QRectF:
    """The shape's bounding rectangle, centred on the step's (x, y)."""
    w, h = step_size(step)
    x = step.x or 0.0
    y = step.y or 0.0
    return QRectF(x - w / 2, y - h / 2, w, h)


def shape_path(kind: str, rect: QRectF) -> QPainterPath:
    """The outline of a step: pill, rounded rectangle, diamond or folded note."""
    path = QPainterPath()
    if kind == "terminator":
        r = rect.height() / 2
        path.addRoundedRect(rect, r, r)
    elif kind == "decision":
        c = rect.center()
        path.addPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                   QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y()),
                                   QPointF(c.x(), rect.top())]))
        path.closeSubpath()
    elif kind == "note":
        f = min(NOTE_FOLD, rect.width() / 3, rect.height() / 3)
        path.addPolygon(QPolygonF([rect.topLeft(), QPointF(rect.right() - f, rect.top()),
                                   QPointF(rect.right(), rect.top() + f), rect.bottomRight(),
                                   rect.bottomLeft(), rect.topLeft()]))
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, ACTIVITY_RADIUS, ACTIVITY_RADIUS)
    return path


def outline_point(kind: str, rect: QRectF, toward: QPointF) -> QPointF:
    """Where the ray from the shape's centre toward ``toward`` crosses its outline
    (the real pill, diamond or rounded outline, not the bounding box)."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return QPointF(c)
    a, b = rect.width() / 2, rect.height() / 2
    if kind == "decision":
        t = 1.0 / (abs(dx) / a + abs(dy) / b)
        return QPointF(c.x() + t * dx, c.y() + t * dy)
    t = min(a / abs(dx) if dx else math.inf, b / abs(dy) if dy else math.inf)
    px, py = t * dx, t * dy
    r = b if kind == "terminator" else (ACTIVITY_RADIUS if kind == "activity" else 0.0)
    r = min(r, a, b)
    if r > 0 and abs(px) > a - r + 1e-9 and abs(py) > b - r + 1e-9:
        # In a rounded corner: intersect the ray with the corner's circle.
        cx, cy = math.copysign(a - r, px), math.copysign(b - r, py)
        qa = dx * dx + dy * dy
        qb = -2 * (dx * cx + dy * cy)
        qc = cx * cx + cy * cy - r * r
        disc = max(0.0, qb * qb - 4 * qa * qc)
        t = (-qb + math.sqrt(disc)) / (2 * qa)
        px, py = t * dx, t * dy
    return QPointF(c.x() + px, c.y() + py)


def side_point(rect: QRectF, side: str) -> QPointF:
    """Middle of one side of a shape; it lies on every kind's outline."""
    c = rect.center()
    if side == "left":
        return QPointF(rect.left(), c.y())
    if side == "right":
        return QPointF(rect.right(), c.y())
    if side == "top":
        return QPointF(c.x(), rect.top())
    return QPointF(c.x(), rect.bottom())


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
    return _finish(points, arrow.label_pos)


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
        first = arrow_geometry(arrow, decision_rect, target_rect, "decision", target_kind, loop_back).points[0]
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
    points = _dedupe(points)
    if len(points) < 2:
        points = [points[0], QPointF(points[0].x() + 0.01, points[0].y())] if points else [QPointF(), QPointF(0.01, 0)]
    tip = points[-1]
    prev = points[-2]
    dx, dy = tip.x() - prev.x(), tip.y() - prev.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    head_len = min(HEAD_LENGTH, length)
    base = QPointF(tip.x() - ux * head_len, tip.y() - uy * head_len)
    nx, ny = -uy * HEAD_WIDTH / 2, ux * HEAD_WIDTH / 2
    head = QPolygonF([tip, QPointF(base.x() + nx, base.y() + ny), QPointF(base.x() - nx, base.y() - ny)])
    stroke = points[:-1] + [base]
    return ArrowGeometry(points, _rounded_polyline(stroke), point_along(points, label_pos), head)


def _dedupe(points: list[QPointF]) -> list[QPointF]:
    out: list[QPointF] = []
    for p in points:
        if not out or abs(p.x() - out[-1].x()) > 1e-6 or abs(p.y() - out[-1].y()) > 1e-6:
            out.append(p)
    return out


def _rounded_polyline(points: list[QPointF]) -> QPainterPath:
    path = QPainterPath(points[0])
    for i in range(1, len(points) - 1):
        p0, p1, p2 = points[i - 1], points[i], points[i + 1]
        d1 = math.hypot(p1.x() - p0.x(), p1.y() - p0.y())
        d2 = math.hypot(p2.x() - p1.x(), p2.y() - p1.y())
        r = min(ELBOW_RADIUS, d1 / 2, d2 / 2)
        if r < 0.5:
            path.lineTo(p1)
            continue
        a = QPointF(p1.x() + (p0.x() - p1.x()) * r / d1, p1.y() + (p0.y() - p1.y()) * r / d1)
        b = QPointF(p1.x() + (p2.x() - p1.x()) * r / d2, p1.y() + (p2.y() - p1.y()) * r / d2)
        path.lineTo(a)
        path.quadTo(p1, b)
    path.lineTo(points[-1])
    return path


def point_along(points: list[QPointF], fraction: float) -> QPointF:
    """The point at ``fraction`` (0..1) of the polyline's length."""
    lengths = [math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in zip(points, points[1:])]
    total = sum(lengths)
    if total <= 0:
        return QPointF(points[0])
    goal = max(0.0, min(1.0, fraction)) * total
    for (a, b), seg in zip(zip(points, points[1:]), lengths):
        if goal <= seg and seg > 0:
            t = goal / seg
            return QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
        goal -= seg
    return QPointF(points[-1])


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


def default_size(kind: str) -> tuple[float, float]:
    return DEFAULT_SIZE[kind]


# -- arrow labels ------------------------------------------------------------------

LABEL_PADDING = (7.0, 3.0)
STACKED_LABEL_PADDING = (4.0, 2.0)
_label_metrics: QFontMetricsF | None = None


def arrow_label_text(arrow: Arrow) -> str:
    """What is written on an arrow: its label, and its probability when it has one."""
    text = arrow.label.strip()
    if arrow.probability is not None:
        pct = f"{arrow.probability * 100:.0f}%"
        text = f"{text} · {pct}" if text else pct
    return text


def drawn_label_text(arrow: Arrow, geometry: "ArrowGeometry") -> str:
    """The label as drawn with this geometry: stacked on two lines when placed so."""
    text = arrow_label_text(arrow)
    return (_stacked(text) or text) if geometry.label_stacked else text


def _stacked(text: str) -> str | None:
    """The label on two lines: the label over its probability ("Yes" over
    "25%"), else broken at the space nearest its middle; None for one word."""
    if "\n" in text:
        return None
    if " · " in text:
        return text.replace(" · ", "\n", 1)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return None
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


@lru_cache(maxsize=20_000)
def _label_size(text: str) -> tuple[float, float]:
    global _label_metrics
    if _label_metrics is None:
        _label_metrics = QFontMetricsF(LIGHT.font(LIGHT.label_pixel_size))
    lines = text.split("\n")
    w = max(_label_metrics.horizontalAdvance(line) for line in lines)
    h = _label_metrics.height() * len(lines)
    # A stacked label is there because room is short: a snugger pill.
    px, py = LABEL_PADDING if len(lines) == 1 else STACKED_LABEL_PADDING
    return w + 2 * px, h + 2 * py


def label_rect(text: str, centre: QPointF) -> QRectF:
    """The white pill behind an arrow's label, centred on ``centre``."""
    w, h = _label_size(text)
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)


# -- where arrow labels go ------------------------------------------------------------
#
# A label left at the default position (``label_pos`` 0.5) is placed smartly: on
# a stretch of its own arrow long enough to hold it, clear of its head, of the
# shapes, of the bends and runs of the other arrows at its two ends and of the
# labels already placed there. When no stretch holds it (a short arrow), it goes
# BESIDE its arrow, touching it (above a level stretch, right of an upright
# one), rather than over the arrow and its head; only when that is blocked too
# is it written on two lines on the arrow. It always touches its arrow (it moves
# with it). A label the user dragged keeps its ``label_pos``. Canvas and export both call
# ``place_step_labels`` so they draw labels in the same places.

#: The ``label_pos`` a label has until the user drags it.
DEFAULT_LABEL_POS = 0.5
#: Room kept free between a label and the arrow head, shapes, other labels and lines.
LABEL_CLEARANCE = 3.0

_COST_SHAPE = 1000.0
_COST_LABEL = 900.0
_COST_HEAD = 800.0
_COST_LINE = 500.0
_COST_CROSSING = 200.0
_COST_BESIDE = 50.0
_COST_OTHER_SIDE = 6.0
_COST_STACKED = 100.0
#: How far a label beside its arrow sits from the arrow's centre line: its pill touches the line.
LABEL_BESIDE_GAP = 1.0
_COST_OFF_LINE = 10.0
_COST_SHARED = 150.0
_COST_ELBOW = 120.0
_COST_OFF_MIDDLE = 40.0


def label_is_placed_automatically(arrow: Arrow) -> bool:
    return arrow.label_pos == DEFAULT_LABEL_POS


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


def _covers_shape(box: QRectF, rect: QRectF, kind: str) -> bool:
    """Whether a label box covers a shape (a diamond's empty corners do not count)."""
    if not box.intersects(rect):
        return False
    if kind != "decision":
        return True
    c = rect.center()
    dx = max(box.left() - c.x(), c.x() - box.right(), 0.0)
    dy = max(box.top() - c.y(), c.y() - box.bottom(), 0.0)
    return dx / (rect.width() / 2) + dy / (rect.height() / 2) < 1.0


def _hits(seg: tuple[float, float, float, float], left: float, top: float, right: float, bottom: float) -> bool:
    """``_segment_hits_rect`` on plain numbers, with a fast path for the
    horizontal and vertical segments that nearly all arrows are made of."""
    ax, ay, bx, by = seg
    if ay == by:
        return top <= ay <= bottom and min(ax, bx) <= right and max(ax, bx) >= left
    if ax == bx:
        return left <= ax <= right and min(ay, by) <= bottom and max(ay, by) >= top
    return _segment_hits_rect(QPointF(ax, ay), QPointF(bx, by), QRectF(left, top, right - left, bottom - top))


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


def _minus_shared(seg: tuple[QPointF, QPointF], own: list[QPointF]) -> list[tuple[QPointF, QPointF]]:
    """The parts of a sibling's segment that do not run along the arrow's own
    polyline (two branches of a decision share their first stretch)."""
    a, b = seg
    pieces = [(a, b)]
    for p, q in zip(own, own[1:]):
        out = []
        for u, v in pieces:
            if abs(u.y() - v.y()) < 0.5 and abs(p.y() - q.y()) < 0.5 and abs(u.y() - p.y()) < 0.5:
                lo, hi = sorted((u.x(), v.x()))
                olo, ohi = sorted((p.x(), q.x()))
                keep = [(lo, min(hi, olo)), (max(lo, ohi), hi)]
                out += [(QPointF(x0, u.y()), QPointF(x1, u.y())) for x0, x1 in keep if x1 - x0 > 0.5]
            elif abs(u.x() - v.x()) < 0.5 and abs(p.x() - q.x()) < 0.5 and abs(u.x() - p.x()) < 0.5:
                lo, hi = sorted((u.y(), v.y()))
                olo, ohi = sorted((p.y(), q.y()))
                keep = [(lo, min(hi, olo)), (max(lo, ohi), hi)]
                out += [(QPointF(u.x(), y0), QPointF(u.x(), y1)) for y0, y1 in keep if y1 - y0 > 0.5]
            else:
                out.append((u, v))
        pieces = out
    return pieces


def _shared_stretches(points: list[QPointF], others: list[list[QPointF]]) -> list[tuple[QPointF, QPointF]]:
    """The stretches of ``points`` that a sibling runs along too (axis-aligned overlaps)."""
    out = []
    for p, q in zip(points, points[1:]):
        for other in others:
            for u, v in zip(other, other[1:]):
                if abs(p.y() - q.y()) < 0.5 and abs(u.y() - v.y()) < 0.5 and abs(p.y() - u.y()) < 0.5:
                    lo = max(min(p.x(), q.x()), min(u.x(), v.x()))
                    hi = min(max(p.x(), q.x()), max(u.x(), v.x()))
                    if hi - lo > 0.5:
                        out.append((QPointF(lo, p.y()), QPointF(hi, p.y())))
                elif abs(p.x() - q.x()) < 0.5 and abs(u.x() - v.x()) < 0.5 and abs(p.x() - u.x()) < 0.5:
                    lo = max(min(p.y(), q.y()), min(u.y(), v.y()))
                    hi = min(max(p.y(), q.y()), max(u.y(), v.y()))
                    if hi - lo > 0.5:
                        out.append((QPointF(p.x(), lo), QPointF(p.x(), hi)))
    return out


def _label_candidates(points: list[QPointF], w: float, h: float):
    """(centre, distance along the arrow, clean) for positions along the arrow
    every few pixels; "clean" ones hold the whole label on one straight stretch,
    clear of elbows, the source's outline and the head."""
    lengths = [math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in zip(points, points[1:])]
    total = sum(lengths)
    walked = 0.0
    last = len(lengths) - 1
    for i, ((a, b), seg) in enumerate(zip(zip(points, points[1:]), lengths)):
        if seg <= 1e-6:
            continue
        ux, uy = (b.x() - a.x()) / seg, (b.y() - a.y()) / seg
        half = abs(ux) * w / 2 + abs(uy) * h / 2
        start = half + (ELBOW_RADIUS if i > 0 else LABEL_CLEARANCE)
        end = seg - half - (HEAD_LENGTH + LABEL_CLEARANCE if i == last else ELBOW_RADIUS)
        lo, hi = (half, seg - half) if seg >= 2 * half else (0.0, seg)
        n = max(1, min(16, int((hi - lo) / 6)))
        offsets = {lo + (hi - lo) * k / n for k in range(n + 1)}
        if end >= start:
            offsets |= {start, end, (start + end) / 2}
        for d in sorted(offsets):
            yield (QPointF(a.x() + ux * d, a.y() + uy * d), walked + d,
                   start - 1e-6 <= d <= end + 1e-6)
        walked += seg
    if total <= 1e-6:
        yield QPointF(points[0]), 0.0, False


def _beside_candidates(points: list[QPointF], w: float, h: float):
    """(centre, distance along the arrow, extra cost) for a label beside each
    stretch of the arrow, its pill touching the line: above (then below) a
    level stretch, right (then left) of an upright one."""
    walked = 0.0
    for a, b in zip(points, points[1:]):
        seg = math.hypot(b.x() - a.x(), b.y() - a.y())
        if seg <= 1e-6:
            continue
        ux, uy = (b.x() - a.x()) / seg, (b.y() - a.y()) / seg
        # Perpendicular offsets that put the box's near edge against the line,
        # or (a short arrow) against the side of its head, so it may run alongside it.
        nx, ny = -uy, ux
        half = abs(nx) * w / 2 + abs(ny) * h / 2
        offsets = ((half + LABEL_BESIDE_GAP, 0.0), (half + HEAD_WIDTH / 2 + LABEL_BESIDE_GAP, _COST_OFF_LINE))
        sides = [(nx, ny), (-nx, -ny)]
        # Above a level stretch and right of an upright one first.
        sides.sort(key=lambda n: (n[1], -n[0]))
        n_pos = max(1, min(16, int(seg / 6)))
        for k in range(n_pos + 1):
            d = seg * k / n_pos
            px, py = a.x() + ux * d, a.y() + uy * d
            for i, (sx, sy) in enumerate(sides):
                for off, extra in offsets:
                    yield QPointF(px + sx * off, py + sy * off), walked + d, _COST_OTHER_SIDE * i + extra
        walked += seg


def best_label_point(text: str, geometry: ArrowGeometry, siblings: list[list[QPointF]],
                     shapes_near, labels_near, lines_near=None) -> tuple[QPointF, bool]:
    """The best place for the label on (or beside) its arrow, and whether to write it on
    two lines there (see the comment above).

    ``siblings`` are the polylines of the other arrows at this arrow's two steps.
    ``shapes_near(rect)`` returns ``(rect, kind)`` of the shapes near a rectangle,
    ``labels_near(rect)`` the label rectangles there and ``lines_near(rect)``
    the segments of unrelated arrows there (crossing one is allowed but avoided)."""
    points = geometry.points
    lines = [piece for other in siblings for seg in zip(other, other[1:])
             for piece in _minus_shared(seg, points)]
    shared = _shared_stretches(points, siblings) if siblings else []
    head = geometry.head.boundingRect().adjusted(-LABEL_CLEARANCE, -LABEL_CLEARANCE,
                                                 LABEL_CLEARANCE, LABEL_CLEARANCE)
    # A label beside the arrow may run alongside its head, never over it.
    head_beside = geometry.head.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
    total = sum(math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in zip(points, points[1:])) or 1.0
    c = LABEL_CLEARANCE
    variants = [(text, False, 0.0)]
    stacked = _stacked(text)
    if stacked is not None:
        variants.append((stacked, True, _COST_STACKED))
    w0 = max(_label_size(v[0])[0] for v in variants)
    h0 = max(_label_size(v[0])[1] for v in variants)
    area = QRectF()
    for p in points:
        area = area.united(QRectF(p.x() - 2 * w0, p.y() - 2 * h0, 4 * w0, 4 * h0))
    shapes = list(shapes_near(area))
    labels = list(labels_near(area))
    crossing = list(lines_near(area)) if lines_near is not None else []
    lines = [(p.x(), p.y(), q.x(), q.y()) for p, q in lines]
    crossing = [(p.x(), p.y(), q.x(), q.y()) for p, q in crossing]
    shared = [(p.x(), p.y(), q.x(), q.y()) for p, q in shared]
    # Cheapest first (near the middle, on a straight stretch): the search stops
    # as soon as no remaining candidate can beat the best one found.
    candidates = []
    for variant, is_stacked, extra in variants:
        w, h = _label_size(variant)
        for centre, along, fits in _label_candidates(points, w, h):
            base = extra + _COST_OFF_MIDDLE * abs(along / total - 0.5) * 2 + (0.0 if fits else _COST_ELBOW)
            candidates.append((base, len(candidates), centre, w, h, is_stacked, False))
    w, h = _label_size(text)
    for centre, along, extra in _beside_candidates(points, w, h):
        base = _COST_BESIDE + extra + _COST_OFF_MIDDLE * abs(along / total - 0.5) * 2
        candidates.append((base, len(candidates), centre, w, h, False, True))
    own = [(p.x(), p.y(), q.x(), q.y()) for p, q in zip(points, points[1:])]
    candidates.sort(key=lambda t: (t[0], t[1]))
    best, best_cost = (point_along(points, DEFAULT_LABEL_POS), False), math.inf
    for base, _, centre, w, h, is_stacked, beside in candidates:
        if base >= best_cost - 1e-9:
            break
        x0, y0, x1, y1 = centre.x() - w / 2, centre.y() - h / 2, centre.x() + w / 2, centre.y() + h / 2
        box = QRectF(x0, y0, w, h)
        cost = base
        cost += _COST_SHAPE * sum(1 for r, kind in shapes if _covers_shape(box, r, kind))
        cost += _COST_LABEL * sum(1 for lb in labels if lb.intersects(box.adjusted(-c, -c, c, c)))
        if (head_beside if beside else head).intersects(box):
            cost += _COST_HEAD
        if cost >= best_cost:
            continue
        cost += _COST_LINE * sum(1 for seg in lines if _hits(seg, x0 - c, y0 - c, x1 + c, y1 + c))
        if beside:
            # Beside its arrow, it must not lie across the arrow's other stretches.
            cost += _COST_LINE * sum(1 for seg in own if _hits(seg, x0 + 0.25, y0 + 0.25, x1 - 0.25, y1 - 0.25))
        cost += _COST_CROSSING * sum(1 for seg in crossing if _hits(seg, x0, y0, x1, y1))
        if any(_hits(seg, x0, y0, x1, y1) for seg in shared):
            cost += _COST_SHARED
        if cost < best_cost - 1e-9:
            best, best_cost = (centre, is_stacked), cost
    return best


def place_step_labels(group, siblings_of, shapes_near, labels_near=None, lines_near=None) -> list[QRectF]:
    """Place the labels of the arrows leaving one step, in order; returns their rectangles.

    ``group`` is ``[(arrow, geometry), ...]``; the geometries' ``label_point`` is
    set for each arrow whose label is placed automatically. ``siblings_of(arrow)``
    gives the polylines of the other arrows at its source and target;
    ``shapes_near(rect)`` the ``(rect, kind)`` of the shapes near a rectangle,
    ``labels_near(rect)`` the labels of other steps' arrows there and
    ``lines_near(arrow, rect)`` the segments of unrelated arrows there.
    """
    placed: list[QRectF] = []
    for arrow, geo in group:
        text = arrow_label_text(arrow)
        if not text:
            continue
        if label_is_placed_automatically(arrow):
            def labels(r, placed=placed):
                return placed + (list(labels_near(r)) if labels_near is not None else [])
            lines = (lambda r, arrow=arrow: lines_near(arrow, r)) if lines_near is not None else None
            geo.label_point, geo.label_stacked = best_label_point(
                text, geo, siblings_of(arrow), shapes_near, labels, lines)
        placed.append(label_rect(drawn_label_text(arrow, geo), geo.label_point))
    return placed


def place_labels(arrows, rects: dict[str, QRectF], kinds: dict[str, str]) -> None:
    """Place every automatically placed label of a map (export, print, and the
    canvas when it opens a map).

    ``arrows`` is ``[(arrow, geometry), ...]`` in the map's order; ``rects`` the
    shape rectangles and ``kinds`` the shapes' kinds by step id. Steps are done in the order of their first
    arrow; each avoids the labels placed before it."""
    shapes = ShapeGrid()
    for sid, r in rects.items():
        shapes.add(r, (r, kinds.get(sid, "activity")))
    labels = ShapeGrid(())
    segments = ShapeGrid((), cell=1024.0)  # long loop lanes would fill many small cells
    by_step: dict[str, list[tuple[Arrow, ArrowGeometry]]] = {}
    for a, geo in arrows:
        by_step.setdefault(a.source, []).append((a, geo))
        if a.target != a.source:
            by_step.setdefault(a.target, []).append((a, geo))
        for p, q in zip(geo.points, geo.points[1:]):
            segments.add(QRectF(p, q).normalized().adjusted(-0.5, -0.5, 0.5, 0.5), (a, p, q))

    def siblings_of(arrow: Arrow) -> list[list[QPointF]]:
        seen = {}
        for sid in (arrow.source, arrow.target):
            for other, geo in by_step.get(sid, ()):
                if other.id != arrow.id:
                    seen[other.id] = geo.points
        return list(seen.values())

    def lines_near(arrow: Arrow, r: QRectF):
        ends = {arrow.source, arrow.target}
        return [(p, q) for other, p, q in segments.near_items(r)
                if other.source not in ends and other.target not in ends]

    groups: dict[str, list[tuple[Arrow, ArrowGeometry]]] = {}
    for a, geo in arrows:
        if arrow_label_text(a):
            groups.setdefault(a.source, []).append((a, geo))
    for group in groups.values():
        for box in place_step_labels(group, siblings_of, shapes.near_items, labels.near, lines_near):
            labels.add(box)
