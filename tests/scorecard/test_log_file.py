"""The metrics log in the file: it survives save and load byte for byte; the CSV round trip; printouts."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from mapper.analysis.scorecard import log_columns
from mapper.formats.scorecard_csv import log_to_csv, read_log_csv
from mapper.model import SetLogValues, load_map, save_map

from .maps import webinar_half_quarter

KEYS = ["signup", "booked", "consult", "nurture", "client", "a6", "a7", "host"]
WEEKS = ["2020-W53", "2025-W52", "2026-W01", "2026-W27", "2026-W53", "2027-W01", "2027-W52"]
numbers = st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(-1e9, 1e9, allow_nan=False),
                    st.floats(-1, 1, allow_nan=False, allow_subnormal=True))
edits = st.dictionaries(st.sampled_from(WEEKS), st.dictionaries(st.sampled_from(KEYS), numbers, max_size=4),
                        min_size=1, max_size=4)


@settings(max_examples=40, deadline=None)
@given(st.lists(edits, min_size=1, max_size=5))
def test_the_log_survives_save_and_load_byte_for_byte(tmp_path_factory, batches):
    m = webinar_half_quarter()
    for values in batches:
        SetLogValues(values).apply(m)
    path = tmp_path_factory.mktemp("log") / "m.json"
    save_map(m, path)
    first = path.read_bytes()
    again = load_map(path)
    assert [(e.week, e.values) for e in again.metrics_log] == [(e.week, e.values) for e in m.metrics_log]
    save_map(again, path)
    assert path.read_bytes() == first
    weeks = [e.week for e in again.metrics_log]
    assert weeks == sorted(set(weeks)) and all(e.values for e in again.metrics_log)


@settings(max_examples=25, deadline=None)
@given(st.lists(edits, min_size=1, max_size=4))
def test_exported_csv_imports_back_to_the_same_log(batches):
    m = webinar_half_quarter()
    for values in batches:
        SetLogValues(values).apply(m)
    text = log_to_csv(m, log_columns(m))
    fresh = webinar_half_quarter()
    fresh.metrics_log = []
    SetLogValues(read_log_csv(text, fresh)).apply(fresh)
    assert {e.week: e.values for e in fresh.metrics_log} == {e.week: e.values for e in m.metrics_log}


def test_printed_scorecard_is_one_landscape_page_and_the_blank_sheet_has_a_box_per_metric(tmp_path, qapp):
    from mapper.analysis.scorecard import scorecard
    from mapper.render.scorecard_pdf import write_scorecard
    m = webinar_half_quarter()
    card = scorecard(m, until="2026-W49")
    layout = write_scorecard(m, card, tmp_path / "card.pdf")
    assert len(layout.pages) == 1 and layout.point_size >= 9
    cells = [r.cells for r in layout.pages[0]]
    assert any(c[0] == "Unsubscribes" and c[-3].startswith("✗") for c in cells)   # W49 is off track
    assert any(c[0].startswith("↳ ") for c in cells)   # branch counts were logged
    sheet = write_scorecard(m, card, tmp_path / "sheet.pdf", blank=True)
    rows = [r for page in sheet.pages for r in page]
    assert [r.cells[0] for r in rows if not r.branch] == [r.name for r in card.rows]
    assert all(r.cells[-1] == "" for r in rows)
    png = write_scorecard(m, card, tmp_path / "card.png")
    assert len(png.pages) == 1 and (tmp_path / "card.png").stat().st_size > 5000


def test_two_hundred_metrics_carry_on_over_pages_with_the_header_repeated(tmp_path, qapp):
    from mapper.analysis.scorecard import scorecard
    from mapper.render.scorecard_pdf import write_scorecard
    from .maps import metric_map
    m = metric_map(200, 13)
    layout = write_scorecard(m, scorecard(m, until="2026-W49"), tmp_path / "big.png")
    assert len(layout.pages) > 1 and sum(len(p) for p in layout.pages) == 200
