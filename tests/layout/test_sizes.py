"""estimate_size (no Qt) is the renderer's size, and the text drawn in it fits,
on every sample map and a synthetic one."""

from __future__ import annotations

import sys

from mapper.layout import estimate_size
from mapper.model import load_map
from tests.conftest import ROOT, SAMPLE_MAPS

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import synthetic_map  # noqa: E402


def test_the_layout_size_is_the_drawn_size_and_its_lines_fit(qapp):
    from PySide6.QtGui import QFontInfo

    from mapper.render import geometry as g
    from mapper.render.theme import LIGHT
    # The glyph table was measured in Liberation Sans; another font may need squeezing.
    table_font = QFontInfo(LIGHT.font()).family() == "Liberation Sans"
    steps = [s for p in sorted(SAMPLE_MAPS.glob("*.json")) for s in load_map(p).steps]
    steps += synthetic_map(250).steps
    for s in steps:
        assert estimate_size(s) == g.step_size(s), (s.kind, s.text)
        box = g.text_box(s.kind, g.step_rect(s))
        # With the font the layout was measured in, no line needs squeezing.
        for line, rect, squeeze in g.line_boxes(g.step_fit(s), box):
            assert rect.width() <= box.width() and (squeeze == 1.0 or not table_font), (s.kind, line)
