"""The constructs real files use, each in a committed file of tests/corpus, come in as drawn.

Counts were read from each file by hand (see tests/corpus/SOURCES.md). Every construct
mapper changes or leaves out is named in the warnings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.analysis import analyse
from mapper.formats.drawio import import_drawio
from mapper.formats.importers import import_file
from mapper.formats.mermaid import import_mermaid

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def imported(name: str):
    return import_file(CORPUS / name)


def kinds(m) -> dict[str, str]:
    return {s.text: s.kind for s in m.steps}


def flows(m) -> set[tuple[str, str, str]]:
    text = {s.id: s.text for s in m.steps}
    return {(text[a.source], text[a.target], a.label) for a in m.arrows}


def warned(result, *parts: str) -> bool:
    return any(all(p in w for p in parts) for w in result.warnings)


# -- 1, 2, 3: draw.io text over shapes, markers, arrows that stop short ---------------------

def test_drawio_texts_name_the_shapes_they_lie_on_markers_are_left_out_and_short_arrows_join():
    r = imported("drawio/help-desk-labels-callouts-short-arrows.drawio")
    assert kinds(r.map) == {
        "Customer": "activity", "Log the ticket": "activity", "Search the\nknowledge base": "activity",
        "Solved?": "decision", "Close the ticket": "activity", "Escalate to\nsecond line": "activity",
        "Customer told": "terminator", "Needs a team lead": "note", "Help desk: one ticket": "note"}
    assert flows(r.map) == {
        ("Customer", "Log the ticket", ""), ("Log the ticket", "Search the\nknowledge base", ""),
        ("Search the\nknowledge base", "Solved?", ""), ("Solved?", "Close the ticket", "Yes"),
        ("Solved?", "Escalate to\nsecond line", "No"), ("Escalate to\nsecond line", "Close the ticket", ""),
        ("Close the ticket", "Customer told", "")}
    assert warned(r, "4 texts laid over or under a shape became their names", '"Customer"')
    assert warned(r, "left out 4 small markers", '"1", "2", "3", "A"')
    assert warned(r, "joined 2 arrows that stop just short")
    assert warned(r, "left out 2 arrows not attached", "e6b", "e8")
    assert warned(r, "1 start/end shape in the middle of the flow became an activity", "knowledge base")


def _page(cells: str) -> bytes:
    return (f'<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel>').encode()


def _box(cid: str, text: str, x: float, y: float, w: float = 100, h: float = 60, style: str = "rounded=0;") -> str:
    return (f'<mxCell id="{cid}" value="{text}" style="{style}" vertex="1" parent="1">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>')


def _loose(cid: str, source: str, tx: float, ty: float, style: str = "edgeStyle=none;") -> str:
    return (f'<mxCell id="{cid}" style="{style}" edge="1" parent="1" source="{source}">'
            f'<mxGeometry relative="1" as="geometry"><mxPoint x="{tx}" y="{ty}" as="targetPoint"/>'
            f'</mxGeometry></mxCell>')


def test_a_short_arrow_joins_the_shape_it_points_at_not_the_nearest_one():
    # The loose end at (350, 30) is 20 px from "Near" (below it) but points right, at "Far",
    # 50 px ahead: it means "Far".
    cells = (_box("a", "From", 0, 0) + _box("far", "Far", 400, 0) + _box("near", "Near", 300, 50)
             + _loose("e", "a", 350, 30))
    m = import_drawio(_page(cells), "t.drawio").map
    assert flows(m) == {("From", "Far", "")}


def test_a_short_arrow_in_a_dense_spot_joins_nothing_when_it_points_between_shapes():
    # Pointing right into the gap between two boxes, or at a box more than 60 px on: dropped, with a warning.
    cells = (_box("a", "From", 0, 0) + _box("up", "Up", 400, -62) + _box("down", "Down", 400, 62)
             + _box("b", "Other", 0, 200) + _box("far", "Far away", 500, 200)
             + _loose("e", "a", 350, 30) + _loose("e2", "b", 420, 230))
    r = import_drawio(_page(cells), "t.drawio")
    assert r.map.arrows == []
    assert warned(r, "left out 2 arrows not attached", "e, e2")


def test_an_orthogonal_short_arrow_must_point_the_same_way_across_and_down():
    # No bends stored: draw.io may arrive across or down. "Right" is ahead across, "Below" ahead down.
    cells = (_box("a", "From", 0, 0) + _box("right", "Right", 320, 60) + _box("below", "Below", 240, 130)
             + _loose("e", "a", 280, 100, "edgeStyle=orthogonalEdgeStyle;"))
    assert import_drawio(_page(cells), "t.drawio").map.arrows == []


# -- 4, 5, 6: Mermaid chains across lines, start/end shapes mid-flow, boxes as decisions -----

def test_mermaid_chains_across_lines_round_shapes_mid_flow_and_boxes_that_ask():
    r = imported("mermaid/repair-shop-chains-and-shapes.mmd")
    m = r.map
    assert {s.id: s.kind for s in m.steps} == {
        "call": "terminator", "book": "activity", "fetch": "activity", "quote": "decision", "parts": "activity",
        "lost": "terminator", "wait": "activity", "fix": "activity", "test": "decision", "bill": "activity",
        "paid": "terminator"}
    assert [(a.source, a.target, a.label) for a in m.arrows] == [
        ("call", "book", ""), ("book", "fetch", ""), ("fetch", "quote", ""), ("quote", "parts", "accepted"),
        ("quote", "lost", "declined"), ("parts", "wait", ""), ("wait", "fix", ""), ("fix", "test", ""),
        ("test", "bill", "passes"), ("test", "fix", "fails"), ("bill", "paid", "")]
    assert {s.id: s.owner for s in m.steps if s.owner} == {"test": "Workshop", "bill": "Workshop"}
    assert not any("could not read" in w for w in r.warnings)
    assert warned(r, "2 database shapes [(..)] that store data became activities")
    assert warned(r, "2 rounded boxes (..) in the middle of the flow became activities")
    assert warned(r, "1 circle ((..)) in the middle of the flow became an activity")
    assert warned(r, "2 boxes with two or more labelled arrows out became decisions", '"Test it"')


def test_mermaid_subgraph_with_an_empty_title_and_a_direction_gives_no_owner():
    m = import_mermaid('flowchart LR\n subgraph "" direction LR\n  a --> b\n end\n', "t.mmd").map
    assert [s.owner for s in m.steps] == ["", ""]


def test_a_box_with_one_labelled_arrow_out_stays_a_box():
    m = import_mermaid("flowchart LR\n a[Check] -->|ok| b\n a --> c\n", "t.mmd").map
    assert m.step("a").kind == "activity"


# -- 7: BPMN gateways and events keep their meaning -----------------------------------------

def test_bpmn_one_way_gateway_parallel_section_timer_on_a_subprocess_and_a_true_merge():
    r = imported("bpmn/quote-approval-parallel-and-timers.bpmn")
    m = r.map
    assert [(s.id, s.kind, s.text) for s in m.steps] == [
        ("request", "terminator", "Request for a quote"), ("draft", "activity", "Draft the quote"),
        ("approved", "decision", "Approved?"), ("split", "activity", "Do all of the next steps"),
        ("order", "activity", "Order the materials"), ("schedule", "activity", "Schedule the crew"),
        ("join", "activity", "Wait until all are done"), ("send", "activity", "Send the quote"),
        ("reply", "activity", "Get the client's yes"), ("late", "decision", "No reply in 3 days?"),
        ("chase", "activity", "Phone the client"), ("start-job", "activity", "Start the job"),
        ("booked", "terminator", "Job booked")]
    assert {(a.source, a.target, a.label) for a in m.arrows} == {
        ("request", "draft", ""), ("draft", "approved", ""), ("approved", "split", "yes"),
        ("split", "order", ""), ("split", "schedule", ""), ("order", "join", ""), ("schedule", "join", ""),
        ("join", "send", ""), ("send", "reply", ""), ("reply", "late", ""), ("late", "start-job", "No"),
        ("late", "chase", "Yes"), ("chase", "start-job", ""), ("start-job", "booked", "")}
    assert warned(r, "dissolved 1 merging gateway")
    assert warned(r, "1 boundary event", '"No reply in 3 days?"')
    assert warned(r, "2 parallel gateways now say")
    assert warned(r, 'flattened sub-process "Confirm with the client"')
    report = analyse(m)
    rules = {(f.rule, f.steps) for f in report.findings}
    # The one-way question is kept, so mapper says it has one way out (bpmnlint: superfluous-gateway).
    assert ("decision-branches", ("approved",)) in rules
    assert not [f for f in report.findings if f.rule == "implicit-split"]


def test_miwg_c3_boundary_events_on_tasks_are_questions_after_them():
    r = imported("bpmn/miwg-C3-fridge-repair-boundary-timer.bpmn")
    m = r.map
    counts = {k: sum(1 for s in m.steps if s.kind == k) for k in ("terminator", "activity", "decision", "note")}
    assert counts == {"terminator": 4, "activity": 5, "decision": 5, "note": 0}
    assert len(m.arrows) == 17 and sum(1 for a in m.arrows if a.label) == 11
    f = flows(m)
    assert {("Perform repair (premium level)", "2 hours?", ""), ("2 hours?", "Perform emergency repair", "Yes"),
            ("2 hours?", "Repair completed", "No"),
            ("Perform repair (standard level)", "Did a message come?", ""),
            ("Did a message come?", "Perform repair (premium level)", "Yes"),
            ("Did a message come?", "Repair completed", "No")} <= f
    assert warned(r, "2 boundary events", '"2 hours?"')
    assert not [x for x in analyse(m).findings if x.rule == "implicit-split"]


def test_miwg_b1_parallel_split_keeps_its_name_and_says_what_it_means():
    r = imported("bpmn/miwg-B1-parallel-and-subprocesses.bpmn")
    m = r.map
    counts = {k: sum(1 for s in m.steps if s.kind == k) for k in ("terminator", "activity", "decision", "note")}
    assert counts == {"terminator": 5, "activity": 11, "decision": 2, "note": 1}
    assert len(m.arrows) == 18
    split = next(s for s in m.steps if s.text.startswith("Parallel Gateway Divergence"))
    assert split.text == "Parallel Gateway Divergence\nDo all of the next steps"
    assert sorted(m.step(a.target).text for a in m.arrows if a.source == split.id) == [
        "Exclusive Gateway Divergence 1", "User Task 5"]
    assert warned(r, "dissolved 2 merging gateways")
    assert warned(r, 'kept sub-process "Collapsed Sub-Process" as one activity')
    assert not [x for x in analyse(m).findings if x.rule == "implicit-split"]


# -- 8: files people attach -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["drawio/returns-picture.drawio.png", "drawio/returns-picture.drawio.svg"])
def test_drawio_pictures_with_the_diagram_inside_import(name):
    r = imported(name)
    assert [(s.id, s.kind, s.text) for s in r.map.steps] == [
        ("in", "terminator", "Return requested"), ("check", "decision", "Within 30 days?"),
        ("label", "activity", "Print a return label"), ("refund", "activity", "Refund on arrival"),
        ("done", "terminator", "Refunded"), ("no", "activity", "Explain the policy"),
        ("closed", "terminator", "Closed")]
    assert [(a.source, a.target, a.label) for a in r.map.arrows] == [
        ("in", "check", ""), ("check", "label", "Yes"), ("label", "refund", ""), ("refund", "done", ""),
        ("check", "no", "No"), ("no", "closed", "")]
    assert r.warnings == []


def test_a_plain_picture_is_refused_in_one_line(tmp_path):
    from mapper.model import MapFileError
    png = (CORPUS / "drawio/returns-picture.drawio.png").read_bytes()
    # Drop the diagram's text chunk (it follows the header chunk): a picture with no diagram inside.
    length = int.from_bytes(png[33:37], "big")
    plain = tmp_path / "photo.png"
    plain.write_bytes(png[:33] + png[33 + 12 + length:])
    with pytest.raises(MapFileError, match="holds no draw.io diagram"):
        import_file(plain)
