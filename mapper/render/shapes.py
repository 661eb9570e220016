"""Shapes: each step's size and rectangle (grown to fit its text) and its outline.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from mapper.model import Step
from mapper.model.schema import DEFAULT_SIZE, NOTE_FOLD

from .text import TextFit, fit_text

#: Corner radius of an activity's rounded rectangle.
ACTIVITY_RADIUS = 10.0


def step_fit(step: Step) -> TextFit:
    """A step's drawn size and its text's lines (see ``mapper.layout.text_fit``)."""
    w, h = step.size()
    return fit_text(step.kind, step.text, w, h)


def step_size(step: Step) -> tuple[float, float]:
    """Width and height as drawn: the step's size (or its kind's default), grown to fit its text."""
    fit = step_fit(step)
    return fit.width, fit.height


def step_lines(step: Step) -> tuple[str, ...]:
    """A step's text as drawn in its shape, line by line."""
    return step_fit(step).lines


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


def default_size(kind: str) -> tuple[float, float]:
    return DEFAULT_SIZE[kind]
