"""Step text as drawn: where it goes in a shape and how it is painted.

The lines and the shape's size come from ``mapper.layout.text_fit`` (no Qt),
the one home of both: the renderer draws exactly those lines, one per row,
centred, so the size layout and the ``overlap`` rule use is the size drawn.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from mapper.layout.text_fit import (  # noqa: F401
    PILL_TEXT_MARGIN, TextFit, fit_text, terminator_inset)
from mapper.layout.text_fit import text_box as _text_box

from .theme import LIGHT

#: One line of step text: centred in its row. Never clipped: a row is as tall as
#: the layout's line pitch, a hair less than Qt's own line height.
LINE_FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextDontClip)

_metrics: QFontMetricsF | None = None


def _font_metrics() -> QFontMetricsF:
    global _metrics
    if _metrics is None:
        _metrics = QFontMetricsF(LIGHT.font())
    return _metrics


def text_box(kind: str, rect: QRectF) -> QRectF:
    """The area inside a shape where its text is laid out."""
    x, y, w, h = _text_box(kind, rect.width(), rect.height())
    return QRectF(rect.left() + x, rect.top() + y, w, h)


def measure(kind: str, text: str, width: float, height: float) -> tuple[float, float]:
    """(width, height) a shape needs to hold its text (see ``fit_text``): the
    given size, grown. Cached: the same text in the same shape is laid out once."""
    fit = fit_text(kind, text, width, height)
    return fit.width, fit.height


#: Clearing ``measure``'s cache (a cold start in the benchmarks) clears the shared one.
measure.cache_clear = fit_text.cache_clear  # type: ignore[attr-defined]


_font_widths: dict[str, QFontMetricsF] = {}


@lru_cache(maxsize=50_000)
def drawn_width(line: str, font_key: str = "") -> float:
    """Width Qt gives one line of step text in the font ``font_key`` names
    (one a painter has had; the step font by default)."""
    fm = _font_widths.get(font_key) or _font_metrics()
    return fm.horizontalAdvance(line)


_last_font: list = [None, ""]   # the font last asked for and its key


def _font_key(font: QFont) -> str:
    """``font.key()``, its metrics registered for ``drawn_width``. Every step is painted
    in the same font, and comparing fonts is far cheaper than building the key, so the
    last font's key is kept (this runs for every step of every paint)."""
    last, key = _last_font
    if last is not None and font == last:
        return key
    key = font.key()
    if key not in _font_widths:
        _font_widths[key] = QFontMetricsF(font)
    _last_font[:] = [QFont(font), key]
    return key


def line_boxes(fit: TextFit, box: QRectF, font: QFont | None = None) -> list[tuple[str, QRectF, float]]:
    """Where each line of ``fit`` is drawn in ``box`` (in ``font``, by default
    the step font): (line, its rectangle as drawn, its squeeze). Lines are
    centred one per row, the block centred in the box. A line the font draws
    wider than the box (a system font wider than the one the layout was
    measured in) is squeezed to the box's width (squeeze < 1), so text never
    spills out of its shape. Blank lines take their row only."""
    key = _font_key(font) if font is not None else ""
    out = []
    y = box.center().y() - fit.text_height / 2
    cx = box.center().x()
    for line, h in zip(fit.lines, fit.line_heights):
        if line:
            qw = drawn_width(line, key)
            w = min(qw, box.width())
            out.append((line, QRectF(cx - w / 2, y, w, h), w / qw if qw > w else 1.0))
        y += h
    return out


def paint_lines(painter: QPainter, fit: TextFit, box: QRectF) -> None:
    """Draw ``fit``'s lines in ``box``, in the painter's font, where ``line_boxes`` says."""
    for line, rect, squeeze in line_boxes(fit, box, painter.font()):
        if squeeze == 1.0:
            painter.drawText(rect, LINE_FLAGS, line)
        else:
            cx = rect.center().x()
            painter.save()
            painter.translate(cx, 0.0)
            painter.scale(squeeze, 1.0)
            painter.drawText(QRectF(-rect.width() / squeeze / 2, rect.top(), rect.width() / squeeze, rect.height()),
                             LINE_FLAGS, line)
            painter.restore()
