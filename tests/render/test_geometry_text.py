"""A step's text always stays inside its shape: pills widen for their round
ends as they grow taller, words too long for the widest shape break inside,
and sizes an imported file gave grow to fit (issue 3, items 1 and 2)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from mapper.model import Step, SystemMap
from mapper.model.schema import MAX_AUTO_WIDTH
from mapper.render import geometry as g
from mapper.render.paint import paint_map
from mapper.render.theme import EXPORT


@pytest.fixture(autouse=True, scope="module")
def _app(qapp):
    return qapp


def drawn_text_rect(step: Step) -> QRectF:
    """Where the text lands, as the painter draws it: each line measured by Qt."""
    r = g.step_rect(step)
    out = QRectF()
    for _, rect, _ in g.line_boxes(g.step_fit(step), g.text_box(step.kind, r)):
        out = out.united(rect)
    return out


def assert_text_inside(step: Step) -> None:
    r = g.step_rect(step)
    path = g.shape_path(step.kind, r)
    br = drawn_text_rect(step)
    for corner in (br.topLeft(), br.topRight(), br.bottomLeft(), br.bottomRight()):
        assert path.contains(corner), (step.kind, step.text, r, br)
    if step.kind != "decision":
        assert g.text_box(step.kind, r).adjusted(-1, -1, 1, 1).contains(br), (step.kind, step.text, r, br)


def test_a_long_question_in_a_pill_is_not_cut_by_its_round_ends():
    # rse-software-license-decision.mmd: was cut at the top and bottom.
    s = Step(id="q", kind="terminator", text="Was open source licensing specified in the funding application?",
             x=0, y=0)
    assert_text_inside(s)
    assert g.step_rect(s).height() > 60


def test_a_taller_pill_is_wider_so_its_text_box_keeps_its_width():
    text = " ".join(["Does the commercial opportunity preclude open source licensing?"] * 2)
    r = g.step_rect(Step(id="t", kind="terminator", text=text, x=0, y=0))
    assert r.width() >= r.height()
    assert g.text_box("terminator", r).width() >= g.text_box("terminator", QRectF(0, 0, 160, 60)).width() - 0.5


def test_a_word_wider_than_the_widest_shape_breaks_inside_it_and_other_words_stay_whole():
    word = "Неподдерживаемыйформатфайла" * 3
    s = Step(id="w", kind="activity", text=f"Показать ошибку: «{word}» формат", x=0, y=0)
    r = g.step_rect(s)
    assert r.width() <= MAX_AUTO_WIDTH
    assert_text_inside(s)
    lines = g.step_lines(s)
    assert "".join(lines).replace(" ", "") == s.text.replace(" ", "")
    # Only the long word breaks; "ошибку:" and "формат" stay whole.
    assert lines[0].startswith("Показать ошибку: ") and lines[-1].endswith("» формат")


def test_a_web_address_breaks_at_its_slashes_first():
    url = "https://www.example.org/" + "/".join(["commercialisation"] * 12) + "/ice-form"
    s = Step(id="u", kind="activity", text=url, x=0, y=0)
    lines = g.step_lines(s)
    assert len(lines) > 1 and all(line.endswith("/") for line in lines[:-1])  # broken at slashes
    assert "".join(lines) == url
    assert_text_inside(s)


def test_an_imported_box_with_a_fixed_size_grows_to_hold_its_text():
    # yume-reader-book-import-ru.drawio: 180 x 60 boxes with a long word.
    s = Step(id="e", kind="activity", text="Показать ошибку:\n«Неподдерживаемый формат»\n" + "слово " * 30,
             x=0, y=0, width=180, height=60)
    r = g.step_rect(s)
    assert r.height() > 60
    assert_text_inside(s)


WORDS = st.sampled_from(["a", "Call", "the", "licensing?", "«Неподдерживаемый", "中文字符测试中文字符测试",
                         "Donaudampfschifffahrtsgesellschaftskapitän" * 2,
                         "https://www.sheffield.ac.uk/rs/commercialisation/ice-form", "re-licensing"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["terminator", "activity", "decision", "note"]),
       words=st.lists(WORDS, min_size=1, max_size=14),
       width=st.one_of(st.none(), st.sampled_from([28.0, 60.0, 120.0, 180.0, 420.0])),
       height=st.one_of(st.none(), st.sampled_from([20.0, 40.0, 60.0, 160.0])))
def test_any_text_in_any_shape_stays_inside_it(kind, words, width, height):
    s = Step(id="s", kind=kind, text=" ".join(words), x=0, y=0, width=width, height=height)
    assert_text_inside(s)


def test_exported_long_word_paints_no_text_outside_its_box():
    """The painter draws the broken text too (export and canvas share paint_step)."""
    s = Step(id="w", kind="activity", text="X" + "Неподдерживаемыйформат" * 4, x=0, y=0)
    m = SystemMap(title="t", steps=[s])
    r = g.step_rect(s)
    img = QImage(1000, 400, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(500 - r.center().x(), 200 - r.center().y())
    paint_map(p, m, EXPORT, legend=False)
    p.end()
    right = int(500 + r.width() / 2) + 4
    dark = [(x, y) for x in range(right, 1000) for y in range(0, 400, 2)
            if QColor(img.pixel(x, y)).lightness() < 160]
    assert not dark
