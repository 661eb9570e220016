"""The scorecard's arithmetic (docs/analysis.md, "Scorecard") and the metrics-log edit operation."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from mapper.analysis.scorecard import cell_status, scorecard, trend
from mapper.model import EditError, SetLogValues, dumps_map, loads_map


def _map(log=()):
    return loads_map(json.dumps({
        "format": "mapper/system-map", "schema_version": 2,
        "steps": [{"id": "calls", "kind": "terminator", "text": "Customer calls", "owner": "Office",
                   "metric": {"name": "Calls taken", "target": 20}},
                  {"id": "late", "kind": "activity", "text": "Invoice", "owner": "Office",
                   "metric": {"name": "Days to pay", "target": 14, "better": "lower", "owner": "Ann"}},
                  {"id": "none", "kind": "activity", "text": "Clean up", "metric": {"name": "Tidy"}},
                  {"id": "end", "kind": "terminator", "text": "Paid"}],
        "arrows": [{"id": "a1", "source": "calls", "target": "late"},
                   {"id": "a2", "source": "late", "target": "none"},
                   {"id": "a3", "source": "none", "target": "end"}],
        "metrics_log": list(log)}), "sc.json")


def test_rows_in_flow_order_with_owner_target_and_status():
    m = _map([{"week": "2026-W50", "values": {"calls": 20, "late": 15, "none": 3}},
              {"week": "2026-W52", "values": {"calls": 19, "late": 14}},
              {"week": "2026-W53", "values": {"calls": 25}}])
    card = scorecard(m, weeks=4, until="2026-W53")
    assert card.weeks == ("2026-W50", "2026-W51", "2026-W52", "2026-W53")
    calls, late, none = card.rows
    assert (calls.step, late.step, none.step) == ("calls", "late", "none")
    assert calls.values == (20, None, 19, 25) and calls.status == ("on", None, "off", "on")
    assert (calls.on_track, calls.off_track) == (2, 1)
    assert late.owner == "Ann" and calls.owner == "Office" and late.better == "lower"
    assert late.status == ("off", None, "on", None)
    assert none.target is None and none.status == (None, None, None, None)
    assert calls.average == pytest.approx(64 / 3)
    assert late.trend is None  # two values only
    assert [r.step for r in card.to_discuss()] == []


def test_trend_is_the_least_squares_slope_over_positions():
    assert trend([1, None, 3, 4]) == pytest.approx(1.0)
    assert trend([2, 1, None, 4]) == pytest.approx(11 / 14)
    assert trend([5, 5, 5]) == 0
    assert trend([1, None, None]) is None


def test_equal_to_target_is_on_either_direction():
    assert cell_status(10, 10, "higher") == "on" and cell_status(10, 10, "lower") == "on"
    assert cell_status(9, 10, "higher") == "off" and cell_status(11, 10, "lower") == "off"
    assert cell_status(None, 10, "higher") is None and cell_status(3, None, "lower") is None


def test_log_operation_refuses_bad_input_and_changes_nothing():
    m = _map()
    before = dumps_map(m)
    for values in ({"2025-W53": {"calls": 1}}, {"2026-W01": {"ghost": 1}}, {"2026-W01": {"calls": float("nan")}}):
        with pytest.raises(EditError):
            SetLogValues(values).apply(m)
        assert dumps_map(m) == before


keys = st.sampled_from(["calls", "late", "none", "a1", "a2"])
weeks = st.sampled_from(["2026-W01", "2026-W02", "2026-W52", "2026-W53", "2027-W01"])
cells = st.dictionaries(weeks, st.dictionaries(keys, st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)),
                                               max_size=3), min_size=1, max_size=3)


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, min_size=1, max_size=6))
def test_undo_of_any_sequence_of_cell_edits_is_exact(edits):
    m = _map([{"week": "2026-W02", "values": {"late": 3, "calls": 1}}])
    states = [dumps_map(m)]
    ops = []
    for e in edits:
        op = SetLogValues(e)
        op.apply(m)
        ops.append(op)
        states.append(dumps_map(m))
        assert dumps_map(loads_map(states[-1], "again.json")) == states[-1]
    for op, state in zip(reversed(ops), reversed(states[:-1])):
        op.undo(m)
        assert dumps_map(m) == state
    for op, state in zip(ops, states[1:]):
        op.apply(m)
        assert dumps_map(m) == state
