"""Arrow labels: their text, their pill and where they go on (or beside) their arrow.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from mapper.model import Arrow

from .routes import ELBOW_RADIUS, HEAD_LENGTH, HEAD_WIDTH, ArrowGeometry, _segment_hits_rect, point_along
from .theme import LIGHT

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
    """(centre x, centre y, distance along the arrow, clean) for positions along the arrow
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
            yield (a.x() + ux * d, a.y() + uy * d, walked + d,
                   start - 1e-6 <= d <= end + 1e-6)
        walked += seg
    if total <= 1e-6:
        yield points[0].x(), points[0].y(), 0.0, False


def _beside_candidates(points: list[QPointF], w: float, h: float):
    """(centre x, centre y, distance along the arrow, extra cost) for a label beside each
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
                    yield px + sx * off, py + sy * off, walked + d, _COST_OTHER_SIDE * i + extra
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
    # as soon as no remaining candidate can beat the best one found. Candidates
    # come in three groups, each with a lowest possible cost: on the line (0),
    # beside it (_COST_BESIDE) and stacked on the line (_COST_STACKED). A group
    # is only made when the search gets that far (most labels stop in the
    # first); the order is the same as sorting all of them by (cost, group, index).

    def on_line(rank, variant, is_stacked, extra):
        w, h = _label_size(variant)
        return [(extra + _COST_OFF_MIDDLE * abs(along / total - 0.5) * 2 + (0.0 if fits else _COST_ELBOW),
                 rank, i, cx, cy, w, h, is_stacked, False)
                for i, (cx, cy, along, fits) in enumerate(_label_candidates(points, w, h))]

    def beside_line():
        w, h = _label_size(text)
        return [(_COST_BESIDE + extra + _COST_OFF_MIDDLE * abs(along / total - 0.5) * 2,
                 2, i, cx, cy, w, h, False, True)
                for i, (cx, cy, along, extra) in enumerate(_beside_candidates(points, w, h))]

    pending = [(0.0, lambda: on_line(0, text, False, 0.0)), (_COST_BESIDE, beside_line)]
    if stacked is not None:
        pending.append((_COST_STACKED, lambda: on_line(1, stacked, True, _COST_STACKED)))
    pending.sort(key=lambda t: t[0])
    own = [(p.x(), p.y(), q.x(), q.y()) for p, q in zip(points, points[1:])]
    best, best_cost = (point_along(points, DEFAULT_LABEL_POS), False), math.inf
    pool: list = []
    at = 0
    while True:
        while pending and (at >= len(pool) or pending[0][0] <= pool[at][0]):
            if pending[0][0] >= best_cost - 1e-9:
                pending = []   # nothing in this group or after it can do better
                pool = pool[:at]
                break
            pool = sorted(pool[at:] + pending.pop(0)[1]())
            at = 0
        if at >= len(pool):
            break
        base, _, _, cx, cy, w, h, is_stacked, beside = pool[at]
        at += 1
        if base >= best_cost - 1e-9:
            break
        x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
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
            best, best_cost = (QPointF(cx, cy), is_stacked), cost
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


def shape_grid(rects: dict[str, QRectF], kinds: dict[str, str]):
    """The shapes in a ``ShapeGrid``, each filed with ``(rect, kind)``: what ``place_labels``
    looks in, and (``near``) what routes step around."""
    from .geometry import ShapeGrid  # the spatial grid stays in geometry until it has one home

    shapes = ShapeGrid()
    for sid, r in rects.items():
        shapes.add(r, (r, kinds.get(sid, "activity")))
    return shapes


def place_labels(arrows, rects: dict[str, QRectF], kinds: dict[str, str], shapes=None) -> None:
    """Place every automatically placed label of a map (export, print, and the
    canvas when it opens a map).

    ``arrows`` is ``[(arrow, geometry), ...]`` in the map's order; ``rects`` the
    shape rectangles and ``kinds`` the shapes' kinds by step id; ``shapes``: their
    ``shape_grid``, when the caller made it already. Steps are done in the order of their first
    arrow; each avoids the labels placed before it."""
    from .geometry import ShapeGrid

    if shapes is None:
        shapes = shape_grid(rects, kinds)
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
