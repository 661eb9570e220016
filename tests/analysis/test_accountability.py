"""The accountability chart and the owner-missing rule, on maps written for the edge cases."""

import json

from mapper.analysis import analyse
from mapper.analysis.accountability import accountability_chart, chart_to_json
from mapper.analysis.flow import flow_order
from mapper.cli import main
from mapper.model import loads_map


def _map(steps, arrows, priorities=()):
    return loads_map(json.dumps({"format": "mapper/system-map", "schema_version": 2, "steps": steps,
                                 "arrows": [{"id": f"a{i}", "source": s, "target": t}
                                            for i, (s, t) in enumerate(arrows, 1)],
                                 "priorities": list(priorities)}), "edge.json")


#: Owner spellings differing in case and spacing, a metric owned by someone other
#: than its step's owner, and steps owned by nobody.
EDGE = dict(
    steps=[
        {"id": "start", "kind": "terminator", "text": "Enquiry", "owner": "  front   desk "},
        {"id": "call", "kind": "activity", "text": "Consultation call", "owner": "Sales"},
        {"id": "buys", "kind": "decision", "text": "Buys?", "owner": "",
         "metric": {"name": "Sales made", "owner": "sales"}},
        {"id": "onboard", "kind": "activity", "text": "Onboard", "owner": "Front Desk",
         "metric": {"name": "Onboarded", "owner": "Office Manager"}},
        {"id": "survey", "kind": "activity", "text": "Send survey", "metric": {"name": "Replies"},
         "critical": False},
        {"id": "thanks", "kind": "activity", "text": "Thank-you note", "critical": False},
        {"id": "won", "kind": "terminator", "text": "New client", "goal": True},
        {"id": "lost", "kind": "terminator", "text": "Lost"},
        {"id": "memo", "kind": "note", "text": "a note", "owner": "Nobody really"},
    ],
    arrows=[("start", "call"), ("call", "buys"), ("buys", "onboard"), ("buys", "lost"),
            ("onboard", "survey"), ("survey", "thanks"), ("thanks", "won")],
    priorities=[{"id": "p1", "quarter": "2026-Q4", "text": "Faster onboarding", "owner": "OFFICE  manager",
                 "steps": ["onboard"]},
                {"id": "p2", "quarter": "2026-Q4", "text": "Unowned rock"}],
)


def test_chart_json_groups_spellings_and_splits_what_nobody_owns():
    m = _map(**EDGE)
    report = analyse(m)
    assert report.critical_ids() >= {"call"}
    chart = chart_to_json(accountability_chart(m, report.critical_ids()))
    assert chart == {
        "owners": [
            # Two steps each: "front desk" before "sales" by name; the first spelling met is shown, tidied.
            {"owner": "front desk", "steps": ["start", "onboard"], "metrics": [], "priorities": []},
            {"owner": "Sales", "steps": ["call"], "metrics": ["buys"], "priorities": []},
            {"owner": "Office Manager", "steps": [], "metrics": ["onboard"], "priorities": ["p1"]},
        ],
        "unowned": {"critical": [], "metrics": ["survey"], "steps": ["buys", "thanks"]},
    }


def test_owner_missing_reports_exactly_the_unowned_critical_and_metric_steps():
    m = _map(**EDGE)
    m.step("call").owner = "   "   # a critical step whose owner is only spaces: nobody
    report = analyse(m)
    found = [f for f in report.findings if f.rule == "owner-missing"]
    assert [f.steps for f in found] == [("call",), ("survey",)]
    assert all(f.severity == "warning" for f in found)
    assert "critical step" in found[0].message and "Set an owner" in found[0].message
    assert '"Replies"' in found[1].message
    chart = accountability_chart(m, report.critical_ids())
    assert chart.unowned.critical == ("call",) and chart.unowned.metrics == ("survey",)
    # A metric with its own owner covers an unowned step: no finding for "buys".
    assert not any("buys" in f.steps for f in report.findings if f.rule == "owner-missing")


def test_owners_sort_by_steps_owned_then_by_name():
    steps = [{"id": "s", "kind": "terminator", "owner": "zed"}]
    steps += [{"id": f"b{i}", "kind": "activity", "owner": "Bea"} for i in range(2)]
    steps += [{"id": f"a{i}", "kind": "activity", "owner": "al"} for i in range(2)]
    steps += [{"id": "c", "kind": "activity", "owner": "Cy"}, {"id": "e", "kind": "terminator"}]
    ids = [s["id"] for s in steps]
    m = _map(steps, list(zip(ids, ids[1:])))
    owners = [c.owner for c in accountability_chart(m, []).owners]
    assert owners == ["al", "Bea", "Cy", "zed"]


def test_a_lone_terminator_is_not_a_start_in_flow_order():
    m = _map([{"id": "lone", "kind": "terminator"}, {"id": "s", "kind": "terminator"},
              {"id": "x", "kind": "activity"}, {"id": "e", "kind": "terminator"}],
             [("s", "x"), ("x", "e")])
    assert flow_order(m) == ["s", "x", "e", "lone"]


def test_cli_json_and_documents(tmp_path, capsys):
    path = tmp_path / "edge.json"
    doc = {"format": "mapper/system-map", "schema_version": 2, "title": "Edge <cases>",
           "steps": EDGE["steps"],
           "arrows": [{"id": f"a{i}", "source": s, "target": t} for i, (s, t) in enumerate(EDGE["arrows"], 1)],
           "priorities": EDGE["priorities"]}
    path.write_text(json.dumps(doc))
    assert main(["accountability", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["owner"] for o in out["owners"]] == ["front desk", "Sales", "Office Manager"]
    assert main(["accountability", str(path), "-o", str(tmp_path / "c.md")]) == 0
    md = (tmp_path / "c.md").read_text()
    assert "## front desk" in md and "## Nobody" in md and "### Metrics nobody answers for" in md
    assert main(["accountability", str(path), "-o", str(tmp_path / "c.html")]) == 0
    html = (tmp_path / "c.html").read_text()
    assert "Edge &lt;cases&gt;" in html and 'class="card nobody"' in html
    capsys.readouterr()
    assert main(["accountability", str(path), "-o", str(tmp_path / "c.txt")]) == 2
    assert "unknown file type" in capsys.readouterr().err
    assert main(["accountability", str(tmp_path / "missing.json")]) == 2


def test_cli_pdf(tmp_path, qapp):
    src = "sample_maps/marketing-hourglass.json"
    out = tmp_path / "chart.pdf"
    assert main(["accountability", src, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
