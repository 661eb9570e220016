"""`mapper log` and `mapper scorecard` on maps written for the edge cases (README, "Command line")."""

from __future__ import annotations

import json

import pytest

from mapper.cli import main

EDGE_MAP = {
    "format": "mapper/system-map", "schema_version": 2, "title": "Plumbing job",
    "steps": [
        {"id": "call", "kind": "terminator", "text": "Customer calls", "owner": "Office",
         "metric": {"name": "Calls taken", "unit": "per week", "target": 20}},
        {"id": "quote", "kind": "activity", "text": "Send the quote", "owner": "Office",
         "metric": {"name": "Days to quote", "target": 2, "better": "lower", "owner": "Ann"}},
        {"id": "yes", "kind": "decision", "text": "Accepts the quote?", "owner": "Sales",
         "metric": {"name": "Quotes decided"}},
        {"id": "lonely", "kind": "terminator", "text": "Loose end", "metric": {"name": "Stray", "target": 1}},
        {"id": "job", "kind": "terminator", "text": "Job booked", "goal": True},
        {"id": "lost", "kind": "terminator", "text": "No job"},
        {"id": "memo", "kind": "note", "text": "Reviews", "metric": {"name": "Google reviews", "target": 2}},
    ],
    "arrows": [
        {"id": "a1", "source": "call", "target": "quote"},
        {"id": "a2", "source": "quote", "target": "yes"},
        {"id": "ok", "source": "yes", "target": "job", "label": "Yes"},
        {"id": "no", "source": "yes", "target": "lost", "label": "No"},
    ],
    "metrics_log": [],
}


@pytest.fixture
def edge(tmp_path):
    path = tmp_path / "job.json"
    path.write_text(json.dumps(EDGE_MAP), encoding="utf-8")
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_log_writes_the_weeks_sorted_with_step_and_arrow_keys(edge, capsys):
    assert run(capsys, "log", edge, "--week", "2026-W53", "call=25", "quote=3", "ok=9", "no=3")[0] == 0
    assert run(capsys, "log", edge, "--week", "2026-W01", "calls taken=18")[0] == 0   # a metric's name, any case
    code, out, _ = run(capsys, "log", edge, "--week", "2027-W01", "Days to quote=1.5", "yes=12")
    assert code == 0 and "2027-W01: quote 1.5, yes 12" in out
    doc = json.loads(edge.read_text(encoding="utf-8"))
    assert doc["metrics_log"] == [
        {"week": "2026-W01", "values": {"call": 18}},
        {"week": "2026-W53", "values": {"call": 25, "quote": 3, "ok": 9, "no": 3}},
        {"week": "2027-W01", "values": {"quote": 1.5, "yes": 12}},
    ]
    assert (edge.parent / "job.json.bak").exists()
    # KEY= removes a value; a week left empty is dropped.
    assert run(capsys, "log", edge, "--week", "2026-W01", "call=")[0] == 0
    assert [e["week"] for e in json.loads(edge.read_text())["metrics_log"]] == ["2026-W53", "2027-W01"]


@pytest.mark.parametrize("args, words", [
    (["--week", "2025-W53", "call=1"], "2025-W53"),     # 2025 has no week 53
    (["--week", "2027-W53", "call=1"], "2027-W53"),     # nor 2027
    (["--week", "2026-W54", "call=1"], "2026-W54"),
    (["--week", "2026-49", "call=1"], "2026-49"),
    (["--week", "2026-W49", "call=1", "ghost=2"], "ghost"),
    (["--week", "2026-W49", "call=nan"], "nan"),
    (["--week", "2026-W49", "call=inf"], "inf"),
    (["--week", "2026-W49", "call=1e400"], "1e400"),
    (["--week", "2026-W49", "call=seven"], "seven"),
    (["--week", "2026-W49", "call"], "call"),
    (["--week", "2026-W49", "call=1", "calls taken=2"], "give it once"),
])
def test_bad_input_refuses_everything_and_leaves_the_file_byte_for_byte(edge, capsys, args, words):
    run(capsys, "log", edge, "--week", "2026-W48", "call=3")
    before = edge.read_bytes()
    code, out, err = run(capsys, "log", edge, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err and str(edge) in err
    assert edge.read_bytes() == before


def test_a_metric_name_shared_by_two_metrics_is_refused(tmp_path, capsys):
    doc = json.loads(json.dumps(EDGE_MAP))
    doc["steps"][1]["metric"]["name"] = "Calls Taken"
    path = tmp_path / "two.json"
    path.write_text(json.dumps(doc))
    before = path.read_bytes()
    code, _, err = run(capsys, "log", path, "--week", "2026-W49", "calls taken=3")
    assert code == 2 and "2 metrics" in err and path.read_bytes() == before


def test_an_unreadable_map_is_refused(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_bytes(b"{not json")
    code, _, err = run(capsys, "log", path, "--week", "2026-W49", "call=1")
    assert code == 2 and "broken.json" in err and path.read_bytes() == b"{not json"


def test_csv_import_fills_weeks_and_empty_cells_leave_values(edge, tmp_path, capsys):
    run(capsys, "log", edge, "--week", "2026-W52", "call=10", "quote=4")
    csv = tmp_path / "in.csv"
    csv.write_bytes("\ufeffweek;call;Days to quote;ok\r\n2026-W52;12;;\r\n2026-W53;;2;7\r\n".encode())
    code, out, _ = run(capsys, "log", edge, "--csv", csv)
    assert code == 0 and "2026-W53: quote 2, ok 7" in out
    log = json.loads(edge.read_text())["metrics_log"]
    assert log == [{"week": "2026-W52", "values": {"call": 12, "quote": 4}},
                   {"week": "2026-W53", "values": {"quote": 2, "ok": 7}}]


@pytest.mark.parametrize("text, words", [
    ("week,call\n2025-W53,1\n", "row 2"),
    ("week,call\n2026-W01,x\n", 'row 2, column "call"'),
    ("week,ghost\n2026-W01,1\n", "row 1, column 2"),
    ("call,week\n1,2026-W01\n", "row 1, column 1"),
    ("week,call\n2026-W01,1\n2026-W01,2\n", "twice"),
    ("week,call,call\n2026-W01,1,2\n", "same metric"),
    ("", "empty"),
])
def test_a_bad_csv_refuses_everything(edge, tmp_path, capsys, text, words):
    run(capsys, "log", edge, "--week", "2026-W48", "call=3")
    before = edge.read_bytes()
    csv = tmp_path / "bad.csv"
    csv.write_text(text)
    code, _, err = run(capsys, "log", edge, "--csv", csv)
    assert code == 2 and words in err and "bad.csv" in err and len(err.strip().splitlines()) == 1
    assert edge.read_bytes() == before


def test_scorecard_json_matches_design_on_the_edge_cases(edge, capsys):
    run(capsys, "log", edge, "--week", "2026-W50", "call=20", "quote=3", "yes=12", "ok=9", "no=3", "lonely=1")
    run(capsys, "log", edge, "--week", "2026-W52", "call=19", "quote=2")
    run(capsys, "log", edge, "--week", "2026-W53", "call=26", "quote=1")
    run(capsys, "log", edge, "--week", "2027-W01", "call=30")
    code, out, _ = run(capsys, "scorecard", edge, "--weeks", "5", "--until", "2027-W01", "--json")
    assert code == 0
    card = json.loads(out)
    assert card["file"] == str(edge)
    assert card["weeks"] == ["2026-W50", "2026-W51", "2026-W52", "2026-W53", "2027-W01"]
    rows = {r["step"]: r for r in card["rows"]}
    # Flow order: the start, then along the arrows; a terminator with no arrows after them; a note last.
    assert [r["step"] for r in card["rows"]] == ["call", "quote", "yes", "lonely", "memo"]
    call, quote, decided = rows["call"], rows["quote"], rows["yes"]
    assert set(call) == {"step", "name", "unit", "owner", "target", "better", "values", "status",
                         "on_track", "off_track", "average", "trend"}
    assert call["values"] == [20, None, 19, 26, 30]
    assert call["status"] == ["on", None, "off", "on", "on"] and (call["on_track"], call["off_track"]) == (3, 1)
    assert call["average"] == pytest.approx(23.75)
    # slope of (0,20) (2,19) (3,26) (4,30)
    assert call["trend"] == pytest.approx(2.5429, abs=1e-3)
    assert quote["better"] == "lower" and quote["owner"] == "Ann" and call["owner"] == "Office"
    assert quote["status"] == ["off", None, "on", "on", None]   # equal to the target is on
    assert decided["target"] is None and decided["status"] == [None] * 5 and decided["on_track"] == 0
    assert decided["values"] == [12, None, None, None, None] and decided["trend"] is None
    assert decided["name"] == "Quotes decided" and decided["owner"] == "Sales"


def test_scorecard_refuses_bad_options_in_one_line(edge, capsys):
    for args in (["--weeks", "0"], ["--weeks", "x"], ["--until", "2025-W53"], ["-o", "out.txt"]):
        code, _, err = run(capsys, "scorecard", edge, *args)
        assert code == 2 and len(err.strip().splitlines()) == 1


def test_scorecard_files(edge, tmp_path, capsys):
    run(capsys, "log", edge, "--week", "2026-W50", "call=15", "ok=4", "no=2")
    for ext in ("csv", "md", "html", "pdf", "png"):
        out = tmp_path / f"card.{ext}"
        assert run(capsys, "scorecard", edge, "--until", "2026-W50", "-o", out)[0] == 0
        assert out.stat().st_size > 100
    md = (tmp_path / "card.md").read_text()
    assert "## To discuss (2026-W50)" in md and "✗ Calls taken: 15, goal ≥ 20 per week (Office)" in md
    assert "| ↳ Yes → Job booked |" in md   # the decision's branch counts follow its row
    csv = (tmp_path / "card.csv").read_text().splitlines()
    assert csv[0].startswith("step,metric,owner,unit,target,better,2026-W38")
    assert csv[1].startswith("call,Calls taken,Office,per week,20,higher,")
    html = (tmp_path / "card.html").read_text()
    assert '<td class="off">✗ 15</td>' in html
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
