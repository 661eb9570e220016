"""How big a step will be drawn, guessed without Qt.

The renderer (``mapper.render.geometry.measure``) keeps a shape's width and
grows its height until the word-wrapped text fits, widening only for a word
longer than the shape. Layout must not import Qt, so this mirrors that rule
with average glyph widths of the 14 px sans font. The guess errs a little on
the large side: a shape drawn smaller than its slot costs nothing, one drawn
larger would overlap its neighbour. The canvas passes measured sizes instead
when it has them.
"""

from __future__ import annotations

import math
from functools import lru_cache

from mapper.model import Step
from mapper.model.schema import MAX_AUTO_WIDTH, NOTE_FOLD, TEXT_PADDING

#: Average advance of one character (measured: 6.4 px for lower-case text,
#: 9.5 px for capitals); a little above the lower-case figure.
CHAR_WIDTH = 7.0
#: Line spacing of the 14 px font (measured 15.6 px).
LINE_HEIGHT = 15.7
#: A decision's text sits in a centred box of this share of the diamond.
DECISION_TEXT_SHARE = 0.62


def _text_width(kind: str, w: float, h: float) -> float:
    px, _ = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    if kind == "decision":
        return w * DECISION_TEXT_SHARE - 2 * px
    if kind == "terminator":
        px = max(px, h * 0.3)
    return w - 2 * px


def _wrap(text: str, width: float) -> tuple[int, float, float]:
    """(lines, widest line, widest word) of ``text`` wrapped at ``width`` pixels."""
    lines = 0
    widest = 0.0
    widest_word = 0.0
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines += 1
            continue
        line = 0.0
        lines += 1
        for word in words:
            ww = len(word) * CHAR_WIDTH
            widest_word = max(widest_word, ww)
            if ww > width:
                # Broken anywhere: as many full lines as it takes.
                extra = math.ceil(ww / max(width, 1.0))
                lines += extra if line else extra - 1
                line = ww - (extra - 1) * width
            elif line == 0.0:
                line = ww
            elif line + CHAR_WIDTH + ww <= width:
                line += CHAR_WIDTH + ww
            else:
                lines += 1
                widest = max(widest, line)
                line = ww
            widest = max(widest, min(line, width))
    return lines, widest, widest_word


def estimate_size(step: Step) -> tuple[float, float]:
    """Width and height the renderer will give ``step``: its size (or its kind's
    default) grown to hold its word-wrapped text. No Qt needed.

    >>> estimate_size(Step(id="a", kind="activity", text="Send invoice"))
    (160.0, 70.0)
    """
    w, h = step.size()
    return _estimate(step.kind, step.text, float(w), float(h))


@lru_cache(maxsize=50_000)
def _estimate(kind: str, text: str, w: float, h: float) -> tuple[float, float]:
    # Cached: the analysis measures every shape after each edit (the overlap rule),
    # and texts rarely change between two runs.
    if not text.strip():
        return float(w), float(h)
    px, py = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    wrap = _text_width(kind, w, h)
    _, _, widest_word = _wrap(text, wrap)
    if widest_word > wrap:
        grow = widest_word - wrap
        if kind == "decision":
            grow /= DECISION_TEXT_SHARE
        w = min(MAX_AUTO_WIDTH, math.ceil(w + grow + 1))
        wrap = _text_width(kind, w, h)
    lines, widest, _ = _wrap(text, wrap)
    th = lines * LINE_HEIGHT
    if kind == "decision":
        tw = min(widest, wrap) + 2 * px
        need = (th + 2 * py) / max(0.2, 1.0 - tw / w)
    else:
        box = h - 2 * py - (NOTE_FOLD * 0.4 if kind == "note" else 0.0)
        need = h + (th - box)
    if need > h:
        h = math.ceil(need)
    return float(w), float(h)
