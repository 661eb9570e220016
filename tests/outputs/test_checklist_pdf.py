"""The typeset checklist: every step once and in order, page numbers, no stranded headings."""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest

from mapper.analysis import analyse
from mapper.formats.checklist import build_checklist
from mapper.render.checklist_pdf import write_checklist_pdf

from .maps import FLOW_ORDER, LABELS, quote_map


def _pdf_text(path) -> list[str]:
    # NFKC: the CJK font maps some ideographs to their look-alike Kangxi radicals.
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
            for p in pypdf.PdfReader(str(path)).pages]


def test_pdf_lists_every_step_once_in_flow_order_with_routing(qapp, tmp_path):
    m = quote_map()
    out = tmp_path / "quote.pdf"
    layout = write_checklist_pdf(build_checklist(m, analyse(m)), out)
    text = " ".join(_pdf_text(out))
    positions = []
    for number, sid in zip(LABELS, FLOW_ORDER):
        line = rf"(?<!\d){number}\. (★ CRITICAL )?(Start: )?{re.escape(m.step(sid).text)}"
        found = [x.start() for x in re.finditer(line, text)]
        assert len(found) == 1, (line, text)
        positions += found
    assert positions == sorted(positions)
    assert "Yes: go to step 4. No: go to step 8. Later: do 3a below." in text
    assert "Then go on at step 4." in text
    assert "No: back to step 2." in text
    assert f"Page 1 of {layout.page_count}" in text


def test_pdf_takes_chinese_text(qapp, tmp_path):
    # (Some CJK glyphs come back from text extraction as look-alike radicals; these do not.)
    m = quote_map()
    m.step("visit").text = "测量尺寸"
    m.title = "报价流程"
    out = tmp_path / "zh.pdf"
    write_checklist_pdf(build_checklist(m, analyse(m)), out)
    assert "测量尺寸" in " ".join(_pdf_text(out))


@pytest.fixture(scope="module")
def long_checklist():
    from benchmarks.synthetic import synthetic_map
    m = synthetic_map(300)
    return m, build_checklist(m, analyse(m))


def test_long_checklist_has_page_numbers_everywhere_and_no_stranded_heading(qapp, tmp_path, long_checklist):
    m, checklist = long_checklist
    out = tmp_path / "long.pdf"
    layout = write_checklist_pdf(checklist, out)
    pages = _pdf_text(out)
    n = len(pages)
    assert n == layout.page_count and n >= 5
    for i, text in enumerate(pages, 1):
        assert f"Page {i} of {n}" in text
    for page in layout.pages:
        assert page, "no empty pages"
        assert page[-1].kind not in ("heading", "title"), f"a heading is stranded: {page[-1].text!r}"
        bottom = max(p.top + p.pieces[-1].y + p.pieces[-1].height for p in page)
        assert bottom <= layout.text_height + 0.5
    # A step is never split across pages: each appears in exactly one placed block.
    placed = [p.block.text.split(". ", 1)[0] for page in layout.pages for p in page if p.kind == "item"]
    assert placed == [s.label for s in checklist.steps()]


def test_critical_card_is_one_page_with_only_critical_steps(qapp, tmp_path, long_checklist):
    m, _ = long_checklist
    card = build_checklist(m, analyse(m), critical_only=True)
    out = tmp_path / "card.pdf"
    layout = write_checklist_pdf(card, out)
    numbers = {p.block.step_number for page in layout.pages for p in page if p.kind == "item"}
    assert numbers == {s.number for s in card.steps()}
    if len(card.steps()) <= 12:
        assert layout.page_count == 1


def test_cancelled_checklist_leaves_no_file(qapp, tmp_path):
    m = quote_map()
    out = tmp_path / "c.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3

    assert write_checklist_pdf(build_checklist(m, analyse(m)), out, progress=progress) is None
    assert calls and not list(tmp_path.iterdir())
