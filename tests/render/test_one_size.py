"""One size for a shape: the overlap rule, layout and the renderer agree on a
shape's drawn size, and the renderer draws the text in exactly the lines that
size was made for (issue 9, "One size for a shape").

The texts are the ones an average-width guess gets wrong: capitals, Chinese
(one em a character), a long web address, a question in a diamond, a pill.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage, QPainter

from mapper.analysis import analyse
from mapper.layout import estimate_size, layout_map
from mapper.layout.text_fit import SPACES, fit_text, text_box, text_width
from mapper.model import Arrow, Step, SystemMap
from mapper.model.schema import MAX_AUTO_WIDTH
from mapper.render import geometry as g
from mapper.render.paint import paint_step
from mapper.render.theme import EXPORT, Theme

LONG_TEXTS = [
    ("activity", "CALL THE CUSTOMER BACK WITHIN ONE WORKING DAY AND CONFIRM THE DATE, THE ADDRESS AND WHO WILL "
                 "BE AT HOME"),
    ("activity", "给新客户发送欢迎邮件并安排第一次电话会议，确认付款方式、开始日期和上门服务的地址"),
    ("activity", "Send https://www.example.org/customers/onboarding/welcome-pack/checklist?ref=newsletter&utm=mail"),
    ("decision", "HAS THE CUSTOMER PAID THE DEPOSIT AND SIGNED THE CONTRACT?"),
    ("terminator", "ORDER SHIPPED WITH TRACKING NUMBER AND INVOICE SENT TO THE CUSTOMER"),
    ("note", "备注：客户要求周末上门，WEEKEND VISITS COST EXTRA"),
]


@pytest.fixture(autouse=True, scope="module")
def _app(qapp):
    return qapp


def overlap_pairs(m: SystemMap) -> set[frozenset]:
    return {frozenset(f.steps) for f in analyse(m).findings if f.rule == "overlap"}


def assert_lines_fit(step: Step) -> None:
    """Every line, as Qt draws it (squeezed if need be), lies in the text box;
    by the layout's own widths it fits without squeezing."""
    r = g.step_rect(step)
    box = g.text_box(step.kind, r)
    fit = g.step_fit(step)
    _, _, wrap, _ = text_box(step.kind, r.width(), r.height())
    assert all(text_width(line) <= wrap + 1e-6 for line in fit.lines), fit
    assert fit.text_height <= box.height() + 0.5 or step.kind == "decision"
    for line, rect, squeeze in g.line_boxes(fit, box):
        inside = (box.left() - 0.5 <= rect.left() <= rect.right() <= box.right() + 0.5
                  and box.top() - 0.5 <= rect.top() <= rect.bottom() <= box.bottom() + 0.5)
        assert inside or step.kind == "decision", (line, rect, box)
        assert rect.width() <= box.width() + 1e-6 and 0 < squeeze <= 1.0
        for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()):
            assert g.shape_path(step.kind, r).contains(corner), (step.kind, line, rect, r)


@pytest.mark.parametrize("kind, text", LONG_TEXTS, ids=["capitals", "chinese", "url", "decision", "pill", "note"])
def test_the_rule_layout_and_drawing_give_a_long_text_one_size(kind, text):
    s = Step(id="long", kind=kind, text=text, x=0, y=0)
    rect = g.step_rect(s)
    assert estimate_size(s) == g.step_size(s) == (rect.width(), rect.height())
    assert rect.width() <= MAX_AUTO_WIDTH
    assert_lines_fit(s)
    # The rule sees exactly the drawn rectangle: a neighbour 1 px into it
    # overlaps, one 1 px clear of it does not.
    for axis in ("x", "y"):
        for gap, overlaps in ((-1.0, True), (1.0, False)):
            other = Step(id="next", kind="activity", text="Send the quote", x=0, y=0)
            ow, oh = g.step_size(other)
            offset = (rect.width() + ow) / 2 + gap if axis == "x" else (rect.height() + oh) / 2 + gap
            setattr(other, axis, offset)
            m = SystemMap(steps=[s.model_copy(), other])
            assert g.step_rect(m.steps[0]).intersects(g.step_rect(other)) == overlaps
            assert (overlap_pairs(m) == {frozenset({"long", "next"})}) == overlaps, (axis, gap)


def test_layout_keeps_long_texts_apart_by_their_drawn_size():
    """Five long texts side by side after one decision: layout's slots are the
    drawn sizes, so no two drawn shapes come closer than its 40 px gap."""
    texts = [(kind, text) for kind, text in LONG_TEXTS if kind != "note"]  # notes are not laid out
    steps = [Step(id="q", kind="decision", text="Which kind?")]
    steps += [Step(id=f"s{i}", kind=kind, text=text) for i, (kind, text) in enumerate(texts)]
    arrows = [Arrow(id=f"a{i}", source="q", target=f"s{i}") for i in range(len(texts))]
    for direction in ("LR", "TB"):
        m = SystemMap(steps=[s.model_copy() for s in steps], arrows=arrows)
        result = layout_map(m, direction=direction)
        for s in m.steps:
            s.x, s.y = result.positions[s.id]
        rects = [g.step_rect(s) for s in m.steps if s.id != "q"]
        for a, b in itertools.combinations(rects, 2):
            gap = max(b.left() - a.right(), a.left() - b.right(), b.top() - a.bottom(), a.top() - b.bottom())
            assert gap >= 40.0 - 0.5, (direction, a, b)
        assert not overlap_pairs(m)


def test_a_wider_system_font_is_squeezed_into_the_box_not_spilled():
    """A system font far wider than the one the layout was measured in (DejaVu
    Sans, and larger): the painter squeezes each line it draws wider than its box."""
    wide = Theme(**{**EXPORT.__dict__, "font_families": ("DejaVu Sans",), "font_pixel_size": 17})
    s = Step(id="w", kind="activity", text="Call the customer back and confirm the date of the visit", x=0, y=0)
    r = g.step_rect(s)
    box = g.text_box(s.kind, r)
    assert any(sq < 1.0 for _, _, sq in g.line_boxes(g.step_fit(s), box, wide.font()))
    img = QImage(800, 300, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(400 - r.center().x(), 150 - r.center().y())
    paint_step(p, s, r, wide)
    p.end()
    left, right = int(400 - box.width() / 2) - 2, int(400 + box.width() / 2) + 2
    dark = [x for x in range(800) for y in range(100, 200, 2)
            if QColor(img.pixel(x, y)).lightness() < 100 and not left <= x <= right]
    assert not dark


WORDS = st.one_of(
    st.sampled_from(["Call", "the", "CUSTOMER", "licensing?", "«Неподдерживаемый»", "中文字符测试", "确认。",
                     "Donaudampfschifffahrtsgesellschaftskapitän", "naïve", "e\u0301te\u0301", "🙂", "שלום",
                     "https://www.example.org/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z?x=1&y=2",
                     "\n", "  ", "ÆØÅ€£¥", "\u00a0?", "\u200b", "W" * 60, "日本語のテキスト", "한국어", "ภาษาไทย"]),
    st.text(min_size=1, max_size=30))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["terminator", "activity", "decision", "note"]),
       words=st.lists(WORDS, min_size=1, max_size=16),
       width=st.one_of(st.none(), st.sampled_from([28.0, 60.0, 160.0, 420.0])),
       height=st.one_of(st.none(), st.sampled_from([20.0, 60.0, 160.0])))
def test_any_text_one_size_on_both_sides_fitting_lines_and_no_character_lost(kind, words, width, height):
    text = " ".join(words)
    s = Step(id="s", kind=kind, text=text, x=0, y=0, width=width, height=height)
    assert estimate_size(s) == g.step_size(s)
    fit = fit_text(kind, text, *s.size())
    if text.strip():
        spaces = re.compile(f"[\\s{SPACES}]")   # what a line may break at
        assert spaces.sub("", "".join(fit.lines)) == spaces.sub("", text)
        assert len(fit.lines) == len(fit.line_heights)
        assert_lines_fit(s)


def test_a_no_break_space_holds_its_neighbours_together():
    # French puts a no-break space before "?" and ":"; the line never breaks there.
    lines = fit_text("decision", "Signe la proposition\u00a0?", 150.0, 100.0).lines
    assert lines[-1] == "proposition\u00a0?"
    assert fit_text("activity", "a\u200bb", 160.0, 70.0).lines == ("a\u200bb",)  # a zero-width space may break
