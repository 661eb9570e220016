"""The overlap rule measures shapes as they are drawn: grown to fit their text.

Two activities 100 apart with one long text overlap on screen (the renderer
grows the first one to hold its text); the rule must say so, although their
default sizes (160 x 70) would leave a gap.
"""

from __future__ import annotations

import itertools

import pytest

from mapper.analysis import analyse
from mapper.layout.sizes import estimate_size
from mapper.model import Step, SystemMap, load_map
from tests.conftest import SAMPLE_MAPS

LONG = ("Call the customer back within one working day, confirm the date, the address, the access code "
        "for the gate, and who will be at home to let the team in")


def two_steps(text: str) -> SystemMap:
    return SystemMap(steps=[Step(id="long", kind="activity", text=text, x=0, y=0),
                            Step(id="next", kind="activity", text="Send the quote", x=0, y=100)])


def overlap_pairs(m: SystemMap) -> set[frozenset]:
    return {frozenset(f.steps) for f in analyse(m).findings if f.rule == "overlap"}


def test_a_long_text_that_grows_its_shape_over_the_next_one_is_an_overlap():
    m = two_steps(LONG)
    w, h = m.steps[0].size()
    assert h / 2 + 70 / 2 < 100    # by the default size there is a gap...
    assert estimate_size(m.steps[0])[1] / 2 + 70 / 2 > 100   # ...but the drawn shape reaches the next one
    assert overlap_pairs(m) == {frozenset({"long", "next"})}
    assert overlap_pairs(two_steps("Short")) == set()


@pytest.fixture(scope="module")
def qt():
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


def test_the_rule_and_the_renderer_agree_on_the_long_text(qt):
    from mapper.render.geometry import step_rect
    m = two_steps(LONG)
    assert step_rect(m.steps[0]).intersects(step_rect(m.steps[1]))
    drawn = step_rect(m.steps[0])
    # The Qt-free size is the drawn size: one layout of the text serves both.
    assert estimate_size(m.steps[0]) == (drawn.width(), drawn.height())


@pytest.mark.parametrize("path", sorted(SAMPLE_MAPS.glob("*.json")), ids=lambda p: p.stem)
def test_on_every_sample_map_the_rule_finds_exactly_the_shapes_drawn_overlapping(qt, path):
    from mapper.render.geometry import step_rect
    m = load_map(path)
    placed = [s for s in m.steps if s.placed]
    drawn = {frozenset({a.id, b.id}) for a, b in itertools.combinations(placed, 2)
             if step_rect(a).intersected(step_rect(b)).width() > 0
             and step_rect(a).intersected(step_rect(b)).height() > 0}
    assert overlap_pairs(m) == drawn
