"""File format version 2: the fields of "Running the system", their validation,
and the migration of version-1 files (one test per old version)."""

import json

import pytest
from hypothesis import given, strategies as st

from mapper.model import MapFileError, dumps_map, loads_map
from mapper.model import weeks


def _doc(**top):
    doc = {"format": "mapper/system-map", "schema_version": 2,
           "steps": [{"id": "s", "kind": "terminator", "text": "Start"},
                     {"id": "d", "kind": "decision", "text": "Buys?",
                      "metric": {"name": "Sales", "target": 5, "better": "lower", "owner": "Ann"}},
                     {"id": "e", "kind": "terminator", "text": "End"}],
           "arrows": [{"id": "a1", "source": "s", "target": "d"},
                      {"id": "a2", "source": "d", "target": "e", "label": "Yes"}]}
    doc.update(top)
    return json.dumps(doc)


def test_version_1_file_migrates_and_saves_as_version_2():
    v1 = json.dumps({"format": "mapper/system-map", "schema_version": 1, "title": "Old",
                     "steps": [{"id": "s", "kind": "terminator", "metric": {"name": "In", "unit": "", "target": 3}}],
                     "arrows": [], "metrics_log": [{"week": "2026-W47", "values": {"s": 7}}]})
    m = loads_map(v1, "old.json")
    assert m.schema_version == 2
    assert m.currency == "" and m.direction == "LR" and m.lanes is None and m.priorities == []
    assert m.steps[0].metric.better == "higher" and m.steps[0].metric.owner == ""
    out = json.loads(dumps_map(m))
    assert out["schema_version"] == 2
    # The metric keeps exactly the version-1 fields: defaults are not written.
    assert out["steps"][0]["metric"] == {"name": "In", "unit": "", "target": 3}
    assert out["metrics_log"] == [{"week": "2026-W47", "values": {"s": 7}}]


def test_version_0_file_migrates_through_1_to_2():
    v0 = json.dumps({"schema_version": 0, "steps": [{"id": "s", "kind": "terminator"}], "links": []})
    m = loads_map(v0, "older.json")
    assert m.schema_version == 2 and m.arrows == []


def test_version_2_fields_round_trip():
    text = _doc(currency="EUR", direction="TB", lanes="owner",
                priorities=[{"id": "p1", "quarter": "2026-Q4", "text": "Fix follow-up", "owner": "Ann",
                             "steps": ["d"], "status": "off-track"}],
                metrics_log=[{"week": "2026-W53", "values": {"d": 3, "a2": 1.5}},
                             {"week": "2026-W01", "values": {"s": 10}}])
    m = loads_map(text, "v2.json")
    once = dumps_map(m)
    assert dumps_map(loads_map(once, "again.json")) == once
    doc = json.loads(once)
    assert [e["week"] for e in doc["metrics_log"]] == ["2026-W01", "2026-W53"], "sorted on save"
    assert doc["priorities"][0]["status"] == "off-track"
    assert doc["steps"][1]["metric"]["better"] == "lower"


def test_empty_weeks_are_dropped_on_save():
    m = loads_map(_doc(metrics_log=[{"week": "2026-W02", "values": {}}]), "x.json")
    assert json.loads(dumps_map(m))["metrics_log"] == []


@pytest.mark.parametrize("top, words, place", [
    ({"currency": "euro"}, "", "currency"),
    ({"direction": "up"}, "must be one of", "direction"),
    ({"lanes": "team"}, "must be one of", "lanes"),
    ({"metrics_log": [{"week": "2025-W53", "values": {}}]}, "not a week that exists", "2025-W53"),
    ({"metrics_log": [{"week": "2027-W53", "values": {}}]}, "not a week that exists", "2027-W53"),
    ({"metrics_log": [{"week": "2026-W00", "values": {}}]}, "not a week that exists", "2026-W00"),
    ({"metrics_log": [{"week": "2026-W1", "values": {}}]}, "", "metrics_log"),
    ({"metrics_log": [{"week": "2026-W03", "values": {"s": 1}},
                      {"week": "2026-W03", "values": {"d": 1}}]}, "logged twice", "metrics_log[1]"),
    ({"metrics_log": [{"week": "2026-W03", "values": {"ghost": 1}}]}, '"ghost" names no step or arrow', "metrics_log[0]"),
    ({"priorities": [{"id": "p1", "quarter": "2026-Q5"}]}, "", "priorities"),
    ({"priorities": [{"id": "p1", "quarter": "2026-Q1", "steps": ["nope"]}]}, "names no step", "priority \"p1\""),
    ({"priorities": [{"id": "p1", "quarter": "2026-Q1"}, {"id": "p1", "quarter": "2026-Q2"}]}, "used twice", "priorities[1]"),
    ({"priorities": [{"id": "p1", "quarter": "2026-Q1", "status": "late"}]}, "must be one of", "priorities"),
])
def test_bad_version_2_fields_are_located_load_errors(top, words, place):
    with pytest.raises(MapFileError) as e:
        loads_map(_doc(**top), "bad.json")
    assert words in str(e.value) and place in str(e.value)
    assert str(e.value).startswith("bad.json")


@pytest.mark.parametrize("field, value", [("x", 1e308), ("y", -10_000_001), ("width", 100_001), ("height", 0)])
def test_absurd_coordinates_and_sizes_are_refused(field, value):
    doc = json.loads(_doc())
    doc["steps"][0][field] = value
    if field in ("x", "y"):
        doc["steps"][0]["x" if field == "y" else "y"] = 0
    with pytest.raises(MapFileError) as e:
        loads_map(json.dumps(doc), "far.json")
    assert 'step "s"' in str(e.value)


def test_iso_years_with_and_without_week_53():
    assert weeks.weeks_in_year(2026) == 53 and weeks.weeks_in_year(2020) == 53
    assert weeks.weeks_in_year(2025) == 52 and weeks.weeks_in_year(2027) == 52
    assert weeks.shift_week("2026-W53", 1) == "2027-W01"
    assert weeks.weeks_ending("2027-W02", 3) == ["2026-W53", "2027-W01", "2027-W02"]


def test_a_week_belongs_to_the_quarter_of_its_thursday():
    # 2026-W53 runs Mon 28 Dec 2026 to Sun 3 Jan 2027; its Thursday is 31 Dec.
    assert weeks.quarter_of_week("2026-W53") == "2026-Q4"
    # 2025-W01 starts Mon 30 Dec 2024; its Thursday, 2 Jan 2025, is in Q1.
    assert weeks.quarter_of_week("2025-W01") == "2025-Q1"
    q4 = weeks.weeks_of_quarter("2026-Q4")
    assert q4[0] == "2026-W40" and q4[-1] == "2026-W53" and len(q4) == 14
    assert weeks.shift_quarter("2026-Q1", -1) == "2025-Q4"


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2100, 12, 31)))
def test_every_week_is_in_exactly_one_quarter(day):
    week = weeks.week_of(day)
    assert weeks.is_week(week)
    assert week in weeks.weeks_of_quarter(weeks.quarter_of_week(week))
