"""BPMN import: what each kind of BPMN element becomes in an owner's map."""

from __future__ import annotations

import pytest

from mapper.formats.bpmn import import_bpmn
from mapper.model import MapFileError

NS = 'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'


def bpmn(body: str, extra: str = "") -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><definitions {NS}>{extra}{body}</definitions>'.encode()


def flow(fid, s, t, name="", cond=""):
    c = f"<conditionExpression>{cond}</conditionExpression>" if cond else ""
    return f'<sequenceFlow id="{fid}" sourceRef="{s}" targetRef="{t}" name="{name}">{c}</sequenceFlow>'


def by_text(m):
    return {s.text: s for s in m.steps}


def test_every_task_type_is_an_activity_and_events_are_terminators():
    tasks = ["task", "userTask", "serviceTask", "sendTask", "manualTask", "scriptTask", "businessRuleTask",
             "receiveTask", "callActivity"]
    body = '<startEvent id="s" name="Order in"/>'
    body += "".join(f'<{t} id="t{i}" name="{t}"/>' for i, t in enumerate(tasks))
    body += '<endEvent id="e" name="Shipped"/>'
    chain = ["s"] + [f"t{i}" for i in range(len(tasks))] + ["e"]
    body += "".join(flow(f"f{i}", a, b) for i, (a, b) in enumerate(zip(chain, chain[1:])))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    kinds = [s.kind for s in r.map.steps]
    assert kinds == ["terminator"] + ["activity"] * len(tasks) + ["terminator"]
    assert not any(s.goal for s in r.map.steps)
    assert len(r.map.arrows) == len(chain) - 1
    assert r.warnings == []


def test_gateways_decisions_and_warnings():
    body = ('<startEvent id="s"/><exclusiveGateway id="x" name="Paid?"/><inclusiveGateway id="i" name="Which?"/>'
            '<parallelGateway id="p" name="All"/><task id="a" name="A"/><task id="b" name="B"/>'
            '<task id="c" name="C"/><endEvent id="e"/>'
            + flow("1", "s", "x") + flow("2", "x", "i", "yes") + flow("3", "x", "p", cond="${amount &gt; 5}")
            + flow("4", "i", "a") + flow("5", "i", "b") + flow("6", "p", "c") + flow("7", "p", "a")
            + flow("8", "a", "e") + flow("9", "b", "e") + flow("10", "c", "e"))
    r = import_bpmn(bpmn(f'<process id="p1">{body}</process>'), "p.bpmn")
    steps = by_text(r.map)
    assert steps["Paid?"].kind == "decision" and steps["Which?"].kind == "decision"
    # A named parallel gateway keeps its name and says what it means, for people and the analysis.
    assert steps["All\nDo all of the next steps"].kind == "activity"
    assert sorted(a.label for a in r.map.arrows if a.source == steps["Paid?"].id) == ["${amount > 5}", "yes"]
    assert any("inclusiveGateway" in w for w in r.warnings)
    assert any("parallel gateway" in w for w in r.warnings)
    assert steps["Start"].kind == "terminator" and steps["End"].kind == "terminator"


def test_merging_gateways_are_dissolved():
    body = ('<startEvent id="s"/><exclusiveGateway id="x" name="Ok?"/><task id="a" name="A"/><task id="b" name="B"/>'
            '<exclusiveGateway id="m"/><endEvent id="e"/>'
            + flow("1", "s", "x") + flow("2", "x", "a", "yes") + flow("3", "x", "b", "no")
            + flow("4", "a", "m") + flow("5", "b", "m") + flow("6", "m", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    texts = {s.id: s.text for s in r.map.steps}
    assert sorted((texts[a.source], texts[a.target]) for a in r.map.arrows) == [
        ("A", "End"), ("B", "End"), ("Ok?", "A"), ("Ok?", "B"), ("Start", "Ok?")]
    assert any("dissolved 1 merging gateway" in w for w in r.warnings)


def test_intermediate_events_become_activities_and_a_boundary_event_a_decision_after_its_task():
    body = ('<startEvent id="s"/><task id="a" name="Wait for payment"/>'
            '<intermediateCatchEvent id="t" name="3 days"/><boundaryEvent id="b" name="Timeout" attachedToRef="a"/>'
            '<task id="r" name="Remind"/><endEvent id="e"/>'
            + flow("1", "s", "a") + flow("2", "a", "t") + flow("3", "t", "e") + flow("4", "b", "r") + flow("5", "r", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    steps = by_text(r.map)
    assert steps["3 days"].kind == "activity" and steps["Timeout?"].kind == "decision"
    arrows = {(r.map.step(a.source).text, r.map.step(a.target).text, a.label) for a in r.map.arrows}
    assert {("Wait for payment", "Timeout?", ""), ("Timeout?", "Remind", "Yes"), ("Timeout?", "3 days", "No")} <= arrows
    assert not any(a.source == steps["Wait for payment"].id and a.target != steps["Timeout?"].id
                   for a in r.map.arrows)
    assert any("intermediate event" in w for w in r.warnings)
    assert any('1 boundary event' in w and '"Timeout?"' in w for w in r.warnings)
    from mapper.analysis import analyse
    assert not [f for f in analyse(r.map).findings if f.rule == "implicit-split"]


def test_subprocess_with_two_start_events_stays_one_activity():
    body = ('<startEvent id="s"/><subProcess id="sp" name="Pack order"><startEvent id="a1"/><startEvent id="a2"/>'
            '<task id="i1" name="Box"/><task id="i2" name="Label"/>' + flow("i", "a1", "i1") + flow("j", "a2", "i2")
            + '</subProcess><endEvent id="e"/>' + flow("1", "s", "sp") + flow("2", "sp", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    assert [s.text for s in r.map.steps] == ["Start", "Pack order", "End"]
    assert any('kept sub-process "Pack order" as one activity' in w for w in r.warnings)


def test_subprocess_without_start_and_end_events_keeps_its_steps():
    body = ('<startEvent id="s"/><subProcess id="sp" name="Pack order"><task id="i1" name="Box"/>'
            '<task id="i2" name="Label"/>' + flow("i", "i1", "i2") + '</subProcess><endEvent id="e"/>'
            + flow("1", "s", "sp") + flow("2", "sp", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    assert [s.text for s in r.map.steps] == ["Start", "Box", "Label", "End"]
    texts = {s.id: s.text for s in r.map.steps}
    assert sorted((texts[a.source], texts[a.target]) for a in r.map.arrows) == [
        ("Box", "Label"), ("Label", "End"), ("Start", "Box")]
    assert any('flattened sub-process "Pack order"' in w for w in r.warnings)


def test_nested_subprocesses_are_flattened():
    inner = ('<subProcess id="in" name="Inner"><startEvent id="is"/><task id="x" name="X"/><endEvent id="ie"/>'
             + flow("i1", "is", "x") + flow("i2", "x", "ie") + "</subProcess>")
    outer = ('<subProcess id="out" name="Outer"><startEvent id="os"/>' + inner + '<endEvent id="oe"/>'
             + flow("o1", "os", "in") + flow("o2", "in", "oe") + "</subProcess>")
    body = '<startEvent id="s"/>' + outer + '<endEvent id="e"/>' + flow("1", "s", "out") + flow("2", "out", "e")
    m = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn").map
    texts = {s.id: s.text for s in m.steps}
    assert [s.text for s in m.steps] == ["Start", "X", "End"]
    assert sorted((texts[a.source], texts[a.target]) for a in m.arrows) == [("Start", "X"), ("X", "End")]


def test_pools_and_lanes_are_owners_and_message_flows_are_reported():
    collab = ('<collaboration id="c"><participant id="P1" name="Shop" processRef="p1"/>'
              '<participant id="P2" name="Customer" processRef="p2"/>'
              '<messageFlow id="m" sourceRef="a" targetRef="b"/></collaboration>')
    p1 = ('<process id="p1"><laneSet><lane id="L" name="Till"><flowNodeRef>a</flowNodeRef>'
          '<childLaneSet><lane id="L2" name="Manager"><flowNodeRef>a2</flowNodeRef></lane></childLaneSet>'
          '</lane></laneSet><task id="a" name="Sell"/><task id="a2" name="Approve"/>' + flow("f", "a", "a2") + "</process>")
    p2 = '<process id="p2"><task id="b" name="Pay"/></process>'
    r = import_bpmn(bpmn(p1 + p2, collab), "c.bpmn")
    owners = {s.text: s.owner for s in r.map.steps}
    assert owners == {"Sell": "Till", "Approve": "Manager", "Pay": "Customer"}
    assert any("2 processes" in w for w in r.warnings)
    assert any("1 message flow" in w for w in r.warnings)


def test_annotations_are_notes_and_diagram_positions_are_used():
    body = ('<task id="a" name="A"/><task id="b" name="B"/><textAnnotation id="n"><text>Ask twice</text></textAnnotation>'
            '<association id="as" sourceRef="a" targetRef="n"/>' + flow("f", "a", "b"))
    di = ('<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
          'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"><bpmndi:BPMNPlane bpmnElement="p">'
          '<bpmndi:BPMNShape bpmnElement="a"><dc:Bounds x="100" y="100" width="100" height="80"/></bpmndi:BPMNShape>'
          '<bpmndi:BPMNShape bpmnElement="b"><dc:Bounds x="300" y="100" width="100" height="80"/></bpmndi:BPMNShape>'
          '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>' + di), "p.bpmn")
    a, b, n = r.map.steps
    assert (a.x, a.y, a.width, a.height) == (150, 140, 100, 80)
    assert (b.x, b.y) == (350, 140)
    assert (n.kind, n.text) == ("note", "Ask twice")
    assert any("left out 1 annotation link (" in w for w in r.warnings)


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"<definitions/>", "no process"),
    (b"<mxfile/>", "not a BPMN 2.0 file"),
    (b"<definitions><process", "cut off"),
])
def test_bad_bpmn_is_a_clear_error(data, words):
    with pytest.raises(MapFileError) as e:
        import_bpmn(data, "x.bpmn")
    assert words in str(e.value) and str(e.value).startswith("x.bpmn")


def test_absurdly_deep_subprocess_nesting_is_refused_not_a_crash():
    body = '<subProcess id="s{0}" name="Level {0}">'
    deep = "".join(body.format(i) for i in range(3000)) + '<task id="t"/>' + "</subProcess>" * 3000
    with pytest.raises(MapFileError) as e:
        import_bpmn(bpmn(f'<process id="p">{deep}</process>'), "deep.bpmn")
    assert "nested more than 50 deep" in str(e.value) and 'element "s50"' in str(e.value)


def test_a_gateways_unnamed_default_flow_reads_otherwise():
    body = ('<startEvent id="s"/><exclusiveGateway id="x" name="Big order?" default="f3"/><task id="a" name="Call"/>'
            '<task id="b" name="Ship"/><endEvent id="e"/>' + flow("f1", "s", "x") + flow("f2", "x", "a", "yes")
            + flow("f3", "x", "b") + flow("f4", "a", "e") + flow("f5", "b", "e"))
    m = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn").map
    assert sorted(a.label for a in m.arrows if a.label) == ["otherwise", "yes"]


CALLED = ('<process id="checks"><startEvent id="cs"/><task id="c1" name="Check ID"/>'
          '<task id="c2" name="Check address"/><endEvent id="ce"/>'
          + flow("k1", "cs", "c1") + flow("k2", "c1", "c2") + flow("k3", "c2", "ce") + "</process>")
CALLER = ('<process id="main"><startEvent id="s" name="New client"/>'
          '<callActivity id="call" name="Run the checks" calledElement="checks"/>'
          '<task id="t" name="Open account"/><endEvent id="e" name="Done"/>'
          + flow("f1", "s", "call") + flow("f2", "call", "t") + flow("f3", "t", "e") + "</process>")


def test_a_called_process_without_a_pool_becomes_the_inside_of_its_call():
    # bpmn-miwg B.1.0 (Trisotech): the called process is a top-level <process> with no pool;
    # importing it as a second flow would leave a stray start and end in the map.
    r = import_bpmn(bpmn(CALLER + CALLED), "p.bpmn")
    assert [s.text for s in r.map.steps] == ["New client", "Open account", "Done", "Check ID", "Check address"]
    names = {s.id: s.text for s in r.map.steps}
    assert {(names[a.source], names[a.target]) for a in r.map.arrows} == {
        ("New client", "Check ID"), ("Check ID", "Check address"), ("Check address", "Open account"),
        ("Open account", "Done")}
    assert any('process called by "Run the checks"' in w for w in r.warnings)
    assert not any("2 processes" in w for w in r.warnings)


def test_a_call_drawn_collapsed_stays_one_step():
    di = ('<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
          'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"><bpmndi:BPMNPlane bpmnElement="main">'
          + "".join(f'<bpmndi:BPMNShape bpmnElement="{k}" isExpanded="false"><dc:Bounds x="{i * 150}" y="0" '
                    'width="100" height="80"/></bpmndi:BPMNShape>' for i, k in enumerate(["s", "call", "t", "e"]))
          + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>")
    r = import_bpmn(bpmn(CALLER + CALLED + di), "p.bpmn")
    assert [s.text for s in r.map.steps] == ["New client", "Run the checks", "Open account", "Done"]
    assert all(s.x is not None for s in r.map.steps)
    assert any('kept call activity "Run the checks" as one step' in w for w in r.warnings)


def test_a_process_in_a_pool_is_its_own_flow_even_when_called():
    collab = ('<collaboration id="c"><participant id="p1" processRef="main" name="Office"/>'
              '<participant id="p2" processRef="checks" name="Bank"/></collaboration>')
    r = import_bpmn(bpmn(CALLER + CALLED, extra=collab), "p.bpmn")
    assert "Run the checks" in [s.text for s in r.map.steps]
    assert {s.owner for s in r.map.steps} == {"Office", "Bank"}


def test_unnamed_parallel_gateways_say_what_they_mean():
    body = ('<startEvent id="s" name="Order in"/><parallelGateway id="split"/>'
            '<task id="a" name="Pack"/><task id="b" name="Invoice"/><parallelGateway id="join"/>'
            '<task id="c" name="Ship"/><endEvent id="e" name="Sent"/>'
            + flow("1", "s", "split") + flow("2", "split", "a") + flow("3", "split", "b")
            + flow("4", "a", "join") + flow("5", "b", "join") + flow("6", "join", "c") + flow("7", "c", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    assert by_text(r.map)["Do all of the next steps"].kind == "activity"
    assert by_text(r.map)["Wait until all are done"].kind == "activity"
    assert any('2 parallel gateways now say "Do all of the next steps"' in w for w in r.warnings)


def test_an_event_based_gateways_answers_are_the_events_it_waits_for():
    body = ('<startEvent id="s" name="Quote sent"/><eventBasedGateway id="g"/>'
            '<intermediateCatchEvent id="yes" name="Client accepts"><messageEventDefinition/></intermediateCatchEvent>'
            '<intermediateCatchEvent id="late" name="2 weeks pass"><timerEventDefinition/></intermediateCatchEvent>'
            '<task id="book" name="Book the job"/><task id="chase" name="Phone the client"/><endEvent id="e" name="Done"/>'
            + flow("1", "s", "g") + flow("2", "g", "yes") + flow("3", "g", "late", name="timeout")
            + flow("4", "yes", "book") + flow("5", "late", "chase") + flow("6", "book", "e") + flow("7", "chase", "e"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    g = by_text(r.map)["Which happens first?"]
    assert g.kind == "decision"
    assert sorted(a.label for a in r.map.arrows if a.source == g.id) == ["Client accepts", "timeout"]
    assert any("event-based gateway are labelled" in w for w in r.warnings)


def test_an_event_on_a_flattened_subprocess_border_is_a_question_after_it():
    body = ('<startEvent id="s" name="Order"/>'
            '<subProcess id="sp" name="Make it"><startEvent id="ss"/><task id="t1" name="Cut"/>'
            '<task id="t2" name="Glue"/><endEvent id="se"/>'
            + flow("a", "ss", "t1") + flow("b", "t1", "t2") + flow("c", "t2", "se") + '</subProcess>'
            '<boundaryEvent id="late" name="Takes too long" attachedToRef="sp"><timerEventDefinition/></boundaryEvent>'
            '<task id="tell" name="Tell the client"/><task id="ship" name="Ship"/><endEvent id="e" name="Done"/>'
            '<endEvent id="e2" name="Apologised"/>'
            + flow("1", "s", "sp") + flow("2", "sp", "ship") + flow("3", "ship", "e") + flow("4", "late", "tell")
            + flow("5", "tell", "e2"))
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>'), "p.bpmn")
    names = {s.id: s.text for s in r.map.steps}
    assert {(names[a.source], names[a.target], a.label) for a in r.map.arrows} == {
        ("Order", "Cut", ""), ("Cut", "Glue", ""), ("Glue", "Takes too long?", ""),
        ("Takes too long?", "Ship", "No"), ("Takes too long?", "Tell the client", "Yes"),
        ("Ship", "Done", ""), ("Tell the client", "Apologised", "")}
    assert r.map.step(next(k for k, v in names.items() if v == "Takes too long?")).kind == "decision"
    from mapper.analysis import analyse
    assert not [f for f in analyse(r.map).findings if f.rule == "unreachable"]


def test_a_subprocess_drawn_closed_stays_one_step_and_keeps_the_positions():
    # bpmn.io draws a collapsed sub-process's insides on a drawing of their own.
    body = ('<startEvent id="s" name="Order"/><subProcess id="sp" name="Make it"><startEvent id="ss"/>'
            '<task id="t1" name="Cut"/><endEvent id="se"/>' + flow("a", "ss", "t1") + flow("b", "t1", "se")
            + '</subProcess><endEvent id="e" name="Done"/>' + flow("1", "s", "sp") + flow("2", "sp", "e"))

    def shape(k, x):
        return (f'<bpmndi:BPMNShape bpmnElement="{k}"><dc:Bounds x="{x}" y="0" width="100" height="80"/>'
                '</bpmndi:BPMNShape>')
    di = ('<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
          'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"><bpmndi:BPMNPlane bpmnElement="p">'
          + shape("s", 0) + shape("sp", 150) + shape("e", 300) + '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>'
          '<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
          'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"><bpmndi:BPMNPlane bpmnElement="sp">'
          + shape("ss", 0) + shape("t1", 150) + shape("se", 300) + '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>' + di), "p.bpmn")
    assert [s.text for s in r.map.steps] == ["Order", "Make it", "Done"]
    assert [s.x for s in r.map.steps] == [50, 200, 350]
    assert any('kept sub-process "Make it" as one activity: the diagram shows it closed' in w for w in r.warnings)


def test_annotations_on_the_collaboration_become_notes():
    # bpmn.io keeps a note drawn on a pool in <collaboration>, not in the process.
    collab = ('<collaboration id="c"><participant id="p1" processRef="p" name="Shop"/>'
              '<textAnnotation id="n1"><text>Call within 2 hours</text></textAnnotation>'
              '<association id="as1" sourceRef="t" targetRef="n1"/></collaboration>')
    body = '<startEvent id="s" name="Lead in"/><task id="t" name="Call back"/>' + flow("1", "s", "t")
    r = import_bpmn(bpmn(f'<process id="p">{body}</process>', extra=collab), "p.bpmn")
    assert [(s.kind, s.text) for s in r.map.steps if s.kind == "note"] == [("note", "Call within 2 hours")]
    assert any("1 annotation link" in w for w in r.warnings)
