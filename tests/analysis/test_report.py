"""``mapper check`` output: the JSON object of docs/command-line.md exactly, and the report for people."""

from __future__ import annotations

import json
import re

from mapper.analysis import analyse
from mapper.analysis.report import format_report, report_to_json
from mapper.model import load_map, loads_map

from .helpers import act, build, dec, end, start
from .test_funnel_and_critical import DESIGN_WEBINAR, webinar_with_a_way_out
from .test_rules import FIXTURES


def test_json_has_exactly_the_design_shape():
    m = loads_map(json.dumps(DESIGN_WEBINAR))
    out = report_to_json(analyse(m), m, "webinar.json")
    # docs/command-line.md's keys in order, then the method's progress (one entry per step of the method).
    assert list(out) == ["file", "steps", "arrows", "findings", "critical", "automation", "metric_points", "funnel",
                         "method"]
    assert [s["number"] for s in out["method"]["steps"]] == [1, 2, 3, 4, 5, 6, 7]
    assert all(list(s) == ["number", "id", "done", "left", "todo"] for s in out["method"]["steps"])
    assert out["file"] == "webinar.json" and out["steps"] == 4 and out["arrows"] == 4
    assert out["critical"][0] == {"step": "nurture", "reasons": [
        "every customer passes here, and right after it they decide 'Books a consultation?'"]}
    for a in out["automation"]:
        assert list(a) == ["step", "score", "reasons"] and isinstance(a["score"], float) and 0 <= a["score"] <= 1
        assert all(isinstance(r, str) for r in a["reasons"])
    for p in out["metric_points"]:
        assert list(p) == ["step", "name", "reason"]
    assert out["metric_points"][2] == {"step": "booked", "name": "Consultations booked",
                                       "reason": out["metric_points"][2]["reason"]}
    assert list(out["funnel"]) == ["entrants", "outcomes", "visits", "value_per_entrant", "levers"]
    assert json.loads(json.dumps(out)) == out


def test_json_findings_entries_and_null_funnel():
    m = load_map(FIXTURES / "dead-end" / "invalid.json")
    out = report_to_json(analyse(m), m, "x.json")
    assert out["funnel"] is None
    f = out["findings"][0]
    assert list(f) == ["rule", "severity", "steps", "arrows", "message"]
    assert f["rule"] == "dead-end" and f["severity"] == "error" and f["steps"] == ["refer"] and f["arrows"] == []
    assert isinstance(f["message"], str) and "Refer elsewhere" in f["message"]


def test_json_rounds_counts_to_one_decimal_money_to_two_gains_to_three():
    m = build([start(), dec("d", "Buys?"), end("a", "A", goal=True, value=100), end("b", "B")],
              [("start", "d"), ("d", "a", "Yes", 1 / 3), ("d", "b", "No", 2 / 3)])
    funnel = report_to_json(analyse(m), m, "f.json")["funnel"]
    assert funnel["outcomes"] == {"a": 33.3, "b": 66.7}
    assert funnel["value_per_entrant"] == 33.33
    assert funnel["levers"] == [{"step": "d", "gain": 1.0}]


def test_report_for_people_names_steps_by_text_and_groups_by_severity():
    m = load_map(FIXTURES / "branch-labels" / "invalid.json")
    m.steps.append(m.steps[0].model_copy(update={"id": "twin", "x": m.steps[0].x + 10}))  # overlaps start
    text = format_report(analyse(m), m, "shop.json")
    assert "Problems: 0 errors, 3 warnings, 1 note" in text
    assert text.index("Warnings") < text.index("Notes (tidy-ups)")
    assert '"Paid?"' in text and "[branch-labels]" in text
    assert "Funnel: not worked out" in text


def test_report_for_people_shows_critical_automation_metrics_and_funnel():
    m = webinar_with_a_way_out()
    text = format_report(analyse(m), m, "webinar.json")
    assert "No problems found" in text
    for heading in ("Critical steps", "Could be automated", "Where to measure", "Funnel (out of every 100"):
        assert heading in text
    assert '"Email nurture campaign": every customer passes here, and right after it they decide' in text
    assert re.search(r'"New client" +50\.0  \(goal\)', text)
    assert "In all, 50.0 of every 100 reach a goal." in text
    assert "Value per person who enters: 495.00" in text
    levers = text[text.index("Levers"):]
    assert levers.index('"Books a consultation?": +1.534') < levers.index('"Still opening our emails?": +1.020')
    assert "nurture" not in text.replace("nurture campaign", "")  # ids are not shown to people


def test_long_sections_are_cut_with_a_pointer_to_json():
    steps = [start()] + [act(f"x{i}", f"Lonely {i}") for i in range(300)] + [end()]
    m = build(steps, [("start", "end")])
    text = format_report(analyse(m), m, "big.json")
    assert "... and 100 more (mapper check --json lists them all)" in text


def test_a_big_map_shows_its_largest_outcomes_and_the_rest_in_one_line():
    from benchmarks.synthetic import synthetic_map
    m = synthetic_map(2000)
    r = analyse(m)
    text = format_report(r, m, "big.json")
    funnel = text[text.index("Funnel"):]
    assert funnel.count("\n  \"") == 20
    assert f"... and {len(r.funnel.outcomes) - 20} more ends" in funnel
