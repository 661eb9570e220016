"""Colours and fonts of a drawn map.

``LIGHT`` is what the canvas shows; ``EXPORT`` is what files and paper get. Export
never follows a dark desktop theme (a PNG pasted into a proposal must look the
same everywhere), so it is its own, always light, theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

#: The app's own text (menus, panels, documents). Tried in order per character: a
#: Latin face first, then a CJK face so that Chinese, Japanese and Korean render
#: instead of boxes.
FONT_FAMILIES: tuple[str, ...] = (
    "Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "Liberation Sans", "Arial",
    "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Droid Sans Fallback",
)

#: The map's text. Shapes are sized from a table of Liberation Sans's glyph widths
#: (``mapper.layout.glyph_table``), so the map asks first for it or a face with the
#: same widths: Arial on Windows and macOS, Arimo, Helvetica. Then a shape's text
#: is drawn as it was measured on every computer, and the same map looks the same
#: on a colleague's machine; another face is only a fallback (squeezed if wider).
MAP_FONT_FAMILIES: tuple[str, ...] = (
    "Liberation Sans", "Arial", "Arimo", "Helvetica", "Helvetica Neue", "Noto Sans", "DejaVu Sans",
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Droid Sans Fallback",
)


@dataclass(frozen=True)
class ShapeStyle:
    """How one kind of step is filled and outlined."""
    fill: QColor
    outline: QColor
    text: QColor


def _c(hex_code: str, alpha: int = 255) -> QColor:
    color = QColor(hex_code)
    color.setAlpha(alpha)
    return color


@dataclass(frozen=True, eq=False)
class Theme:
    """Everything a painter needs to know about colour and type."""
    name: str
    background: QColor
    grid: QColor
    shapes: dict[str, ShapeStyle]
    arrow: QColor
    arrow_label_fill: QColor
    arrow_label_text: QColor
    selection: QColor
    handle: QColor
    error_outline: QColor
    #: Badge colours, keyed by marker kind (see markers.py).
    markers: dict[str, QColor]
    legend_fill: QColor
    legend_outline: QColor
    legend_text: QColor
    font_families: tuple[str, ...] = MAP_FONT_FAMILIES
    #: Step text size in scene pixels (13-14 px reads well at 100 % zoom).
    font_pixel_size: int = 14
    label_pixel_size: int = 12
    outline_width: float = 1.25
    arrow_width: float = 1.5

    def font(self, pixel_size: int | None = None, bold: bool = False) -> QFont:
        return make_font(pixel_size or self.font_pixel_size, bold, self.font_families)

    def shape(self, kind: str) -> ShapeStyle:
        return self.shapes.get(kind) or self.shapes["activity"]


def make_font(pixel_size: int, bold: bool = False, families: tuple[str, ...] = MAP_FONT_FAMILIES) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    # Unhinted metrics scale linearly, so text measured once wraps the same on
    # screen, in a 2x PNG and on paper.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


_MARKERS = {
    "critical": _c("#e0475b"),   # rose red: the system cannot do without it
    "automate": _c("#7c5cd6"),   # violet: a machine could do it
    "metric": _c("#139a8f"),     # teal: count here every week
    "error": _c("#d93b3b"),
    "warning": _c("#e09a1a"),
    "info": _c("#8a94a3"),
    "owner": _c("#4a6fa5"),      # slate blue: who answers for it
}

LIGHT = Theme(
    name="light",
    background=_c("#fbfbfd"),
    grid=_c("#d5d9e0"),
    shapes={
        "terminator": ShapeStyle(_c("#dff3e6"), _c("#5aa877"), _c("#1f2a24")),
        "activity": ShapeStyle(_c("#e8f0fd"), _c("#6c8ebf"), _c("#1d2533")),
        "decision": ShapeStyle(_c("#fdf0d5"), _c("#d19a35"), _c("#2e2412")),
        "note": ShapeStyle(_c("#fff6b8"), _c("#d7c45a"), _c("#3a3418")),
    },
    arrow=_c("#5b6270"),
    arrow_label_fill=_c("#ffffff"),
    arrow_label_text=_c("#2d3340"),
    selection=_c("#2f7cf6"),
    handle=_c("#2f7cf6"),
    error_outline=_c("#e05252"),
    markers=_MARKERS,
    legend_fill=_c("#ffffff"),
    legend_outline=_c("#d9dde4"),
    legend_text=_c("#2d3340"),
)

#: Files and print: the same look on white, whatever the desktop theme.
EXPORT = Theme(
    name="export",
    background=_c("#ffffff"),
    grid=_c("#ffffff", 0),
    shapes=LIGHT.shapes,
    arrow=LIGHT.arrow,
    arrow_label_fill=LIGHT.arrow_label_fill,
    arrow_label_text=LIGHT.arrow_label_text,
    selection=LIGHT.selection,
    handle=LIGHT.handle,
    error_outline=LIGHT.error_outline,
    markers=_MARKERS,
    legend_fill=LIGHT.legend_fill,
    legend_outline=LIGHT.legend_outline,
    legend_text=LIGHT.legend_text,
)
