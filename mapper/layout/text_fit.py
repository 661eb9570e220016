"""A step's text laid out in its shape, without Qt: the size the shape is drawn
at and the lines its text is drawn in.

This is the one home of both. Layout, the ``overlap`` rule and the renderer
(canvas, export, print) all take a shape's size from ``fit_text``, and the
renderer draws exactly its lines, one per row; so they agree by construction,
and a map looks the same on every machine.

Widths come from a table of the step font's glyph advances (``glyph_table``,
measured from the font Qt picks here, metric-compatible with Arial and
Helvetica), with a few per cent to spare so that wider system fonts (Segoe UI,
Inter, Noto Sans) still fit. East-Asian wide characters are one em, combining
marks nothing, anything else a generous average.

A shape keeps its width and grows taller until the text fits. A word wider
than the shape first widens it (up to ``MAX_AUTO_WIDTH``); past that the word
breaks after punctuation (a web address at its slashes and dots), else between
any two letters. Lines break at spaces, and before or after any East-Asian
character; explicit newlines are kept.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mapper.model.schema import MAX_AUTO_WIDTH, NOTE_FOLD, TEXT_PADDING

from . import glyph_table as table

#: Widths are the table's times this: room for a slightly wider system font.
SAFETY = 1.04
#: A decision's text sits in a centred box of this share of the diamond.
DECISION_TEXT_SHARE = 0.62
#: Room between the text and a pill's round end.
PILL_TEXT_MARGIN = 4.0
#: Where an over-long word may break (after these) before it breaks anywhere.
BREAK_AFTER = "/-._?&=:;,\\)]}"

_PIECES = re.compile(r"[^" + re.escape(BREAK_AFTER) + r"]*[" + re.escape(BREAK_AFTER) + r"]*")
#: Every way text says "new line" (Qt draws each as one).
_NEWLINES = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: Spaces a line may break at: not the no-break ones (U+00A0 before a French
#: "?", U+202F, U+2007), which hold their neighbours together as Qt does.
SPACES = " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u200b\u205f\u3000"
_WORDS = re.compile(f"([{SPACES}]*)([^{SPACES}]+)")


@dataclass(frozen=True)
class TextFit:
    """A shape's drawn size and its text's lines (top to bottom) with their heights."""
    width: float
    height: float
    lines: tuple[str, ...] = ()
    line_heights: tuple[float, ...] = ()

    @property
    def text_height(self) -> float:
        return sum(self.line_heights)


# -- glyphs --------------------------------------------------------------------------

_ADVANCE: dict[str, float] = {chr(cp): w * SAFETY for cp, w in table.ADVANCES.items()}
_IN_TABLE = frozenset(_ADVANCE)


def _zero_width(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def advance(ch: str) -> float:
    """Width of one character in the step font, safety included."""
    w = _ADVANCE.get(ch)
    if w is None:
        if _zero_width(ch):
            w = 0.0
        elif _wide(ch):
            emoji = unicodedata.category(ch) == "So" and ord(ch) >= 0x1F000
            w = (table.EMOJI_ADVANCE if emoji else table.WIDE_ADVANCE) * SAFETY
        else:
            w = table.OTHER_ADVANCE * SAFETY
        _ADVANCE[ch] = w
    return w


def text_width(text: str) -> float:
    """Width of one line of ``text`` in the step font, safety included."""
    try:
        return sum(map(_ADVANCE.__getitem__, text))
    except KeyError:  # a character met for the first time
        return sum(map(advance, text))


def line_height(line: str) -> float:
    """Height of one line: taller when it holds a character of a fallback font."""
    if line.isascii():
        return table.LINE_HEIGHT
    h = table.LINE_HEIGHT
    for ch in line:
        if ch in _IN_TABLE or _zero_width(ch):
            continue
        if _wide(ch):
            return max(table.WIDE_LINE_HEIGHT, table.OTHER_LINE_HEIGHT)
        h = table.OTHER_LINE_HEIGHT
    return h


# -- the text box ----------------------------------------------------------------------

def terminator_inset(width: float, height: float) -> float:
    """How far a pill's text box stays in from its sides so that the box's
    corners (text lines run up to ``py`` from the top and bottom) are inside
    the round ends, not cut by them."""
    py = TEXT_PADDING["terminator"][1]
    ry = height / 2
    rx = min(ry, width / 2)  # a pill narrower than tall is an ellipse
    dy = max(0.0, ry - py)
    return rx - rx * math.sqrt(max(0.0, 1.0 - (dy / ry) ** 2)) + PILL_TEXT_MARGIN if ry > 0 else 0.0


def text_box(kind: str, width: float, height: float) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the area inside a ``width`` x ``height``
    shape where its text is laid out, from the shape's top-left corner."""
    px, py = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    if kind == "decision":
        # A centred box; fit_text's height rule keeps its corners inside the diamond.
        w, h = width * DECISION_TEXT_SHARE, height * DECISION_TEXT_SHARE
        return (width - w) / 2 + px, (height - h) / 2 + py, w - 2 * px, h - 2 * py
    if kind == "terminator":
        px = max(px, terminator_inset(width, height))
    top = py + (NOTE_FOLD * 0.4 if kind == "note" else 0.0)
    return px, top, width - 2 * px, height - top - py


# -- breaking --------------------------------------------------------------------------

def _may_break_between(a: str, b: str) -> bool:
    """Before and after an East-Asian character a line may break (as Qt's does),
    but not before a closing mark (。」), nor after an opening one (「)."""
    if not (_wide(a) or _wide(b)) or _zero_width(b) or _zero_width(a):
        return False  # nor next to a combining mark or a joiner (an emoji sequence stays whole)
    return unicodedata.category(b) not in ("Pe", "Pf", "Po") and unicodedata.category(a) not in ("Ps", "Pi")


def _atoms(word: str) -> list[str]:
    """A word (no spaces) cut where a line may break inside it."""
    if word.isascii():
        return [word]
    out, start = [], 0
    for i in range(1, len(word)):
        if _may_break_between(word[i - 1], word[i]):
            out.append(word[start:i])
            start = i
    out.append(word[start:])
    return out


def _letters(piece: str) -> list[str]:
    """Each character with the combining marks that follow it (never split from it)."""
    out: list[str] = []
    for ch in piece:
        if out and _zero_width(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _break_long(atom: str, wrap: float) -> list[tuple[str, float]]:
    """An atom wider than ``wrap`` in pieces (with their widths): after
    punctuation where the pieces then fit, else between any two letters."""
    out: list[tuple[str, float]] = []
    for piece in _PIECES.findall(atom):
        if not piece:
            continue
        w = text_width(piece)
        if w <= wrap:
            out.append((piece, w))
        else:
            out.extend((letter, text_width(letter)) for letter in _letters(piece))
    return out


#: A paragraph: per word, the space before it (and its width) and its atoms (and theirs).
Paragraph = list[tuple[str, float, list[tuple[str, float]]]]


def _paragraphs(text: str) -> list[Paragraph]:
    out = []
    for p in _NEWLINES.split(text):
        words = []
        for m in _WORDS.finditer(p.strip(SPACES)):
            space = m.group(1).replace("\t", " ")
            words.append((space, text_width(space), [(a, text_width(a)) for a in _atoms(m.group(2))]))
        out.append(words)
    return out


def _wrap(paragraphs: list[Paragraph], wrap: float, break_long: bool) -> list[tuple[str, float]]:
    """Lines (text, width) of the paragraphs filled greedily up to ``wrap`` pixels wide."""
    lines: list[tuple[str, float]] = []
    limit = wrap + 1e-9
    for words in paragraphs:
        line, line_w = "", 0.0
        for glue, glue_w, atoms in words:
            if break_long:
                atoms = [p for a, w in atoms for p in (_break_long(a, wrap) if w > wrap else [(a, w)])]
            for atom, w in atoms:
                if not line:
                    line, line_w = atom, w
                elif line_w + glue_w + w <= limit:
                    line, line_w = line + glue + atom, line_w + glue_w + w
                else:
                    lines.append((line, line_w))
                    line, line_w = atom, w
                glue, glue_w = "", 0.0
        lines.append((line, line_w))
    return lines


# -- fitting ---------------------------------------------------------------------------

@lru_cache(maxsize=50_000)
def fit_text(kind: str, text: str, width: float, height: float) -> TextFit:
    """The size a ``kind`` shape of ``width`` x ``height`` is drawn at to hold
    ``text``, and the text's lines. Starts from the given size and only ever
    grows it: wider (up to ``MAX_AUTO_WIDTH``) for a word that does not fit,
    then taller; a pill widens with its round ends. Cached (a 5,000-step map
    opens fast; the analysis asks after each edit).

    >>> fit_text("activity", "Send invoice", 160.0, 70.0).lines
    ('Send invoice',)
    """
    width, height = float(width), float(height)
    if not text.strip():
        return TextFit(width, height)
    px, py = TEXT_PADDING.get(kind, TEXT_PADDING["activity"])
    limit = max(width, MAX_AUTO_WIDTH)
    paragraphs = _paragraphs(text)
    widest_atom = max((w for words in paragraphs for _, _, atoms in words for _, w in atoms), default=0.0)
    lines: list[tuple[str, float]] = []
    # Each round only grows the shape; a pill's text box narrows as it grows
    # taller (its round ends get bigger), so a pill also widens by as much.
    for _ in range(8):
        _, _, wrap, box_h = text_box(kind, width, height)
        break_long = widest_atom > wrap
        if break_long and width < limit:
            # One word is wider than the shape: widen up to the limit, then break it.
            extra = widest_atom - wrap
            grow = extra / DECISION_TEXT_SHARE if kind == "decision" else extra
            width = float(min(limit, math.ceil(width + grow + 1)))
            continue
        lines = _wrap(paragraphs, wrap, break_long)
        th = sum(line_height(t) for t, _ in lines)
        if kind == "decision":
            # Text box corners (tw/2, th/2) must satisfy |x|/(w/2) + |y|/(h/2) <= 1.
            tw = min(max(w for _, w in lines), wrap) + 2 * px
            need = (th + 2 * py) / max(0.2, 1.0 - tw / width)
        else:
            need = height + (th - box_h)
        if need <= height + 1e-6:
            break
        height = float(math.ceil(need))
        if kind == "terminator":
            # Keep the text box as wide as the text was laid out in (a grown
            # pill is at least as wide as tall, so its ends stay half-circles).
            width = float(max(width, height, math.ceil(wrap + 2 * max(px, terminator_inset(height, height)))))
    else:
        # Still growing after every round (a pill whose ends keep growing): lay
        # the text out in the last size and make it tall enough for it.
        _, _, wrap, box_h = text_box(kind, width, height)
        lines = _wrap(paragraphs, wrap, widest_atom > wrap)
        th = sum(line_height(t) for t, _ in lines)
        if kind == "decision":
            need = (th + 2 * py) / max(0.2, 1.0 - (min(max(w for _, w in lines), wrap) + 2 * px) / width)
        else:
            need = height + (th - box_h)
        height = max(height, float(math.ceil(need)))
    return TextFit(width, height, tuple(t for t, _ in lines), tuple(line_height(t) for t, _ in lines))
