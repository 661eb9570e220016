"""Swimlanes: Tidy up lays every step into its owner's or stage's lane, the
bands read back from the positions say the same, in the chart's order."""

import pytest

from benchmarks.synthetic import synthetic_map
from mapper.analysis import analyse
from mapper.analysis.accountability import accountability_chart
from mapper.layout import layout_map
from mapper.layout.lanes import band_at, lane_bands, lane_key, map_lanes
from mapper.model import load_map, set_layout
from tests.conftest import SAMPLE_MAPS


def laid_out(m, by, direction="LR"):
    m.lanes, m.direction = by, direction
    r = layout_map(m, direction)
    set_layout(m, r.positions, r.waypoints).apply(m)
    return m


def assert_every_step_in_its_lane(m):
    bands = lane_bands(m)
    lr = m.direction == "LR"
    for s in m.steps:
        if s.kind == "note":
            continue
        band = band_at(bands, s.y if lr else s.x)
        assert band is not None and band.lane.key == lane_key(s, m.lanes), s.id
    # Bands tile the map across the flow, each after the one before.
    assert all(a.hi == b.lo for a, b in zip(bands, bands[1:]))
    return bands


@pytest.mark.parametrize("direction", ["LR", "TB"])
def test_hourglass_by_owner_follows_the_chart_order_then_nobody(direction):
    m = laid_out(load_map(SAMPLE_MAPS / "marketing-hourglass.json"), "owner", direction)
    bands = assert_every_step_in_its_lane(m)
    chart = [c.owner for c in accountability_chart(m).owners if c.steps]
    assert [b.lane.title for b in bands] == chart + ["Nobody"]
    assert not [f for f in analyse(m).findings if f.rule == "overlap"]


@pytest.mark.parametrize("direction", ["LR", "TB"])
def test_hourglass_by_stage_reads_know_to_refer(direction):
    m = laid_out(load_map(SAMPLE_MAPS / "marketing-hourglass.json"), "stage", direction)
    bands = assert_every_step_in_its_lane(m)
    assert [b.lane.key for b in bands] == ["know", "like", "trust", "try", "buy", "repeat", "refer"]
    assert not [f for f in analyse(m).findings if f.rule == "overlap"]


@pytest.mark.parametrize("by", ["owner", "stage"])
def test_a_big_map_keeps_every_step_in_its_lane_without_overlaps(by):
    m = laid_out(synthetic_map(400, seed=2), by)
    assert_every_step_in_its_lane(m)
    assert not [f for f in analyse(m).findings if f.rule == "overlap"]
    assert {lane.key for lane in map_lanes(m)} == {lane_key(s, by) for s in m.steps if s.kind != "note"}


def test_owner_spellings_share_a_lane_and_tidying_a_selection_ignores_lanes():
    m = load_map(SAMPLE_MAPS / "marketing-hourglass.json")
    m.step("replies").owner = "  OFFICE "
    laid_out(m, "owner")
    assert band_at(lane_bands(m), m.step("replies").y).lane.title == "Office"
    before = {s.id: (s.x, s.y) for s in m.steps}
    r = layout_map(m, only=["job", "invoice"])
    assert set(r.positions) == {"job", "invoice"} and before["calls"] == (m.step("calls").x, m.step("calls").y)
