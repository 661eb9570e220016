"""Step text as drawn: where it goes in a shape, how it wraps and how big it is.

Text is measured once per distinct (kind, text, width, height) and cached: a
5,000-step map must open fast.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from mapper.model.schema import MAX_AUTO_WIDTH, NOTE_FOLD, TEXT_PADDING

from .theme import LIGHT

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
