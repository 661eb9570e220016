"""draw.io import: what the pages, shapes, labels and geometry of a diagram become."""

from __future__ import annotations

import base64
import urllib.parse
import zlib

import pytest

from mapper.formats.drawio import import_drawio, label_text, list_pages
from mapper.model import MapFileError


def compress(xml: str) -> str:
    """draw.io's compressed page: base64(raw deflate(encodeURIComponent(xml)))."""
    quoted = urllib.parse.quote(xml, safe="~()*!.'")
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(quoted.encode()) + c.flush()).decode()


def model(cells: str) -> str:
    return f'<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel>'


def vertex(cid, value, style, x, y, w=120, h=60, parent="1"):
    return (f'<mxCell id="{cid}" value="{value}" style="{style}" vertex="1" parent="{parent}">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>')


def edge(cid, s, t, value="", style="edgeStyle=orthogonalEdgeStyle;", points=(), parent="1"):
    ends = (f' source="{s}"' if s else "") + (f' target="{t}"' if t else "")
    pts = "".join(f'<mxPoint x="{x}" y="{y}"/>' for x, y in points)
    arr = f'<Array as="points">{pts}</Array>' if points else ""
    return (f'<mxCell id="{cid}" value="{value}" style="{style}" edge="1" parent="{parent}"{ends}>'
            f'<mxGeometry relative="1" as="geometry">{arr}</mxGeometry></mxCell>')


FLOW = model(
    vertex("s", "Start", "ellipse;", 0, 0)
    + vertex("q", "Paid?", "rhombus;", 200, 0, 100, 80)
    + vertex("d", "Ship", "rounded=1;", 400, 0)
    + edge("e1", "s", "q") + edge("e2", "q", "d", "Yes"))


def test_plain_compressed_and_bare_models_read_the_same():
    plain = f'<mxfile><diagram name="P">{FLOW}</diagram></mxfile>'
    packed = f'<mxfile><diagram name="P">{compress(FLOW)}</diagram></mxfile>'
    results = [import_drawio(x.encode(), "f.drawio").map for x in (plain, packed, FLOW)]
    shapes = [[(s.kind, s.text, s.x, s.y) for s in m.steps] for m in results]
    assert shapes[0] == shapes[1] == shapes[2] == [
        ("terminator", "Start", 60, 30), ("decision", "Paid?", 250, 40), ("activity", "Ship", 460, 30)]
    assert [a.label for a in results[1].arrows] == ["", "Yes"]


def test_pages_are_listed_and_chosen():
    two = (f'<mxfile><diagram name="Sales">{FLOW}</diagram>'
           f'<diagram name="Delivery">{compress(model(vertex("x", "Only", "rounded=0;", 0, 0)))}</diagram></mxfile>')
    assert list_pages(two.encode(), "f.drawio") == ["Sales", "Delivery"]
    first = import_drawio(two.encode(), "f.drawio")
    assert len(first.map.steps) == 3
    assert any('took page 1 "Sales" of 2' in w and '2 "Delivery"' in w for w in first.warnings)
    second = import_drawio(two.encode(), "f.drawio", page=2)
    assert [s.text for s in second.map.steps] == ["Only"]
    with pytest.raises(MapFileError) as e:
        import_drawio(two.encode(), "f.drawio", page=3)
    assert "no page 3" in str(e.value) and '"Delivery"' in str(e.value)


def test_shape_styles():
    styles = {
        "rhombus;": "decision", "shape=mxgraph.flowchart.decision;": "decision",
        "shape=mxgraph.bpmn.shape;perimeter=rhombusPerimeter;background=gateway;symbol=exclusiveGw;": "decision",
        "shape=terminator;": "terminator", "shape=mxgraph.flowchart.terminator;": "terminator",
        "ellipse;": "terminator", "shape=mxgraph.flowchart.start_1;": "terminator",
        "shape=mxgraph.flowchart.start_2;": "terminator", "shape=mxgraph.bpmn.shape;outline=end;": "terminator",
        "rounded=1;whiteSpace=wrap;arcSize=50;": "terminator",
        "rounded=1;whiteSpace=wrap;": "activity", "shape=parallelogram;": "activity",
        "shape=document;": "activity", "shape=mxgraph.flowchart.predefined_process;": "activity",
        "shape=mxgraph.bpmn.shape;perimeter=rhombusPerimeter;background=gateway;symbol=parallelGw;": "activity",
    }
    cells = "".join(vertex(f"v{i}", f"T{i}", st, i * 200, 0) for i, st in enumerate(styles))
    # Every shape leads to one last box, so each shape starts a flow (a start/end shape with
    # arrows in and out would be read as a step in the middle of the flow).
    cells += vertex("last", "Last", "rounded=0;", 0, 400)
    cells += "".join(edge(f"e{i}", f"v{i}", "last") for i in range(len(styles)))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [s.kind for s in m.steps][:-1] == list(styles.values())


def test_notes_and_free_text():
    cells = (vertex("a", "Do", "rounded=0;", 0, 0) + vertex("b", "Done", "ellipse;", 300, 0)
             + edge("e", "a", "b")
             + vertex("n", "Remember the VAT", "shape=note;", 0, 300)
             + vertex("t", "Process owner: Ana", "text;strokeColor=none;fillColor=none;", 300, 300)
             + vertex("c", "Linked note", "shape=note;", 600, 0) + edge("e2", "b", "c")
             + vertex("z", "", "shape=cylinder3;", 600, 300))
    r = import_drawio(model(cells).encode(), "f.drawio")
    kinds = {s.text: s.kind for s in r.map.steps}
    # "Done" is drawn as an end, but the linked note's arrow puts it in the middle of the flow.
    assert kinds == {"Do": "activity", "Done": "activity", "Remember the VAT": "note",
                     "Process owner: Ana": "note", "Linked note": "activity"}
    assert any(w.startswith("1 start/end shape in the middle of the flow became an activity") for w in r.warnings)
    assert any("1 note with arrows became an activity" in w for w in r.warnings)
    assert any("1 shape with no text" in w for w in r.warnings)


def test_labels_lose_html_but_keep_lines():
    assert label_text("Determine need to&nbsp;<div>replenish&nbsp;</div><div>stock</div>", True) == \
        "Determine need to\nreplenish\nstock"
    assert label_text('<font style="x">a &lt; b</font><br/>c', True) == "a < b\nc"
    assert label_text("plain\ntext <b>", False) == "plain\ntext <b>"
    # mxText.replaceLinefeeds: draw.io draws a line feed in an HTML label as a line break.
    assert label_text("create\nmaterial<br>specification", True) == "create\nmaterial\nspecification"


def test_object_wrappers_and_edge_label_cells():
    cells = ('<UserObject label="Call &lt;b&gt;client&lt;/b&gt;" id="u" link="x">'
             '<mxCell style="rounded=1;html=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="100" height="40" as="geometry"/></mxCell></UserObject>'
             '<object label="Sent?" id="o"><mxCell style="rhombus;" vertex="1" parent="1"><mxGeometry x="200" y="0" width="80" height="80" as="geometry"/></mxCell></object>'
             + vertex("x", "Archive", "rounded=0;", 400, 0)
             + edge("e1", "u", "o") + edge("e2", "o", "x")
             + '<mxCell id="l" value="Yes" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="e2">'
               '<mxGeometry x="-0.2" relative="1" as="geometry"><mxPoint as="offset"/></mxGeometry></mxCell>')
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [s.text for s in m.steps] == ["Call client", "Sent?", "Archive"]
    assert [a.label for a in m.arrows] == ["", "Yes"]


def test_swimlanes_give_owners_and_offsets():
    cells = (vertex("lane", "Sales", "swimlane;", 100, 50, 600, 200)
             + vertex("a", "Call", "rounded=0;", 20, 40, parent="lane")
             + vertex("grp", "", "group;", 300, 20, 200, 100, parent="lane")
             + vertex("b", "Quote", "rounded=0;", 10, 10, parent="grp")
             + edge("e", "a", "b") + edge("e2", "a", "lane"))
    r = import_drawio(model(cells).encode(), "f.drawio")
    call, quote = r.map.steps
    assert (call.x, call.y, call.owner) == (100 + 20 + 60, 50 + 40 + 30, "Sales")
    assert (quote.x, quote.y, quote.owner) == (100 + 300 + 10 + 60, 50 + 20 + 10 + 30, "Sales")
    assert len(r.map.arrows) == 1
    assert any("swimlane or group" in w for w in r.warnings)
    assert any('owners' in w and '"Sales"' in w for w in r.warnings)


def test_dangling_arrows_are_reported_and_dropped():
    cells = vertex("a", "A", "rounded=0;", 0, 0) + edge("e1", "a", None) + edge("e2", None, None)
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert r.map.arrows == []
    assert any("2 arrows not attached" in w and "e1" in w for w in r.warnings)


def test_orthogonal_bends_are_kept_other_bends_dropped():
    cells = (vertex("a", "A", "rounded=0;", 0, 0) + vertex("b", "B", "rounded=0;", 300, 200)
             + edge("good", "a", "b", points=[(60, 230)])       # down from A's centre, across to B's
             + edge("bad", "b", "a", points=[(17, 99)]))
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert [a.waypoints for a in r.map.arrows] == [[(60.0, 230.0)], []]
    assert any("1 arrow lost bends" in w for w in r.warnings)


def test_free_yes_no_goes_to_the_nearest_decision_arrow():
    cells = (vertex("q", "Ok?", "rhombus;", 200, 0, 80, 80)
             + vertex("y", "Go", "rounded=0;", 400, 10) + vertex("n", "Park it", "rounded=0;", 180, 200)
             + edge("ey", "q", "y", style="exitX=1;exitY=0.5;") + edge("en", "q", "n", style="exitX=0.5;exitY=1;")
             + vertex("t1", "No", "text;", 245, 110, 30, 20) + vertex("t2", "Yes", "text;", 300, 20, 30, 20))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert {(a.target, a.label) for a in m.arrows} == {("y", "Yes"), ("n", "No")}
    assert [s.kind for s in m.steps] == ["decision", "activity", "activity"]


def test_an_arrowhead_at_the_start_reverses_the_arrow():
    cells = (vertex("a", "A", "rounded=0;", 0, 0) + vertex("b", "B", "rounded=0;", 300, 0)
             + edge("e", "a", "b", style="endArrow=none;startArrow=classic;"))
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert [(a.source, a.target) for a in r.map.arrows] == [("b", "a")]
    assert any("arrowhead at the start" in w for w in r.warnings)


def test_a_named_page_is_the_title_a_default_name_is_not():
    named = f'<mxfile><diagram name="Onboarding">{FLOW}</diagram></mxfile>'.encode()
    assert import_drawio(named, "/x/flow.drawio").map.title == "Onboarding"
    default = f'<mxfile><diagram name="Page-1">{FLOW}</diagram></mxfile>'.encode()
    assert import_drawio(default, "/x/flow.drawio").map.title == "flow"


@pytest.mark.parametrize("page", ["Страница — 1", "第 1 页", "Seite-2", "ページ1", "페이지-1", "Página-3"])
def test_draw_ios_default_page_names_in_other_languages_are_not_titles(page):
    # "Страница — 1" is what the Russian draw.io calls a new page (seen in a real file).
    default = f'<mxfile><diagram name="{page}">{FLOW}</diagram></mxfile>'.encode()
    assert import_drawio(default, "/x/flow.drawio").map.title == "flow"


def test_xml_that_is_not_drawio_has_no_pages():
    from tests.conftest import CORPUS
    assert list_pages((CORPUS / "bpmn/camunda-tweet-approval.bpmn").read_bytes(), "model.xml") == []
    with pytest.raises(MapFileError):
        list_pages(b"<mxfile><diagram", "cut.drawio")


def test_editable_drawio_svg(tmp_path):
    import html as html_lib

    from mapper.formats.importers import import_file
    mxfile = f'<mxfile><diagram name="P">{compress(FLOW)}</diagram></mxfile>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" content="{html_lib.escape(mxfile)}"><g/></svg>'
    for fname in ("flow.drawio.svg", "flow.svg"):
        (tmp_path / fname).write_text(svg)
        m = import_file(tmp_path / fname).map
        assert [s.text for s in m.steps] == ["Start", "Paid?", "Ship"]
    (tmp_path / "plain.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')
    with pytest.raises(MapFileError) as e:
        import_file(tmp_path / "plain.svg")
    assert "neither a draw.io diagram" in str(e.value)


def loose_edge(cid, s, t, source_point=None, target_point=None):
    ends = (f' source="{s}"' if s else "") + (f' target="{t}"' if t else "")
    pts = "".join(f'<mxPoint x="{p[0]}" y="{p[1]}" as="{name}"/>'
                  for name, p in (("sourcePoint", source_point), ("targetPoint", target_point)) if p)
    return (f'<mxCell id="{cid}" value="" style="edgeStyle=none;" edge="1" parent="1"{ends}>'
            f'<mxGeometry relative="1" as="geometry">{pts}</mxGeometry></mxCell>')


def test_a_loose_arrow_end_dropped_on_a_shape_joins_it():
    # draw.io draws these touching the shape, but did not glue them: the owner meant the shape.
    cells = (vertex("a", "A", "rounded=0;", 0, 0) + vertex("b", "B", "rounded=0;", 0, 200)
             + vertex("c", "C", "rounded=0;", 300, 200)
             + loose_edge("on-edge", "a", None, target_point=(60, 200))        # B's top border
             + loose_edge("near", None, "c", source_point=(130, 30))           # 10 px right of A
             + loose_edge("far", "a", None, target_point=(60, 400))            # nothing there
             + loose_edge("self", "b", None, target_point=(60, 230)))          # lands on its own source
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert [(x.source, x.target) for x in r.map.arrows] == [("a", "b"), ("a", "c")]
    assert any("joined 2 arrows" in w for w in r.warnings)
    assert any("2 arrows not attached" in w and "far" in w and "self" in w for w in r.warnings)


def test_a_loose_end_inside_a_swimlane_uses_the_lane_offset():
    cells = (vertex("lane", "Sales", "swimlane;", 100, 100, 400, 300)
             + vertex("a", "A", "rounded=0;", 20, 40, parent="lane")
             + vertex("b", "B", "rounded=0;", 20, 200, parent="lane")
             + loose_edge("e", "a", None, target_point=(80, 200)).replace('parent="1"', 'parent="lane"'))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [(x.source, x.target) for x in m.arrows] == [("a", "b")]


def test_a_page_exported_as_html_carries_its_diagram(tmp_path):
    # draw.io's "Export as > HTML" (jgraph's own templates ship like this as .xml): the diagram
    # is JSON in a data-mxgraph attribute, and the page itself is HTML, not XML.
    import html as html_lib
    import json

    from mapper.formats.importers import import_file
    mxfile = f'<mxfile><diagram name="Page-1">{compress(FLOW)}</diagram></mxfile>'
    viewer = json.dumps({"highlight": "#0000ff", "nav": True, "xml": mxfile})
    page = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8">\n'
            f'<title>Draw.io Diagram</title></head><body><div class="mxgraph" '
            f'data-mxgraph="{html_lib.escape(viewer)}"></div><br><img src=x></body></html>\n')
    for fname in ("cross_functional.xml", "flow.html"):
        (tmp_path / fname).write_text(page)
        assert [s.text for s in import_file(tmp_path / fname).map.steps] == ["Start", "Paid?", "Ship"]
    (tmp_path / "plain.html").write_text("<!DOCTYPE html><html><body><p>hello</body></html>")
    with pytest.raises(MapFileError):
        import_file(tmp_path / "plain.html")
    (tmp_path / "broken.html").write_text('<html><div data-mxgraph="{not json"></div></html>')
    with pytest.raises(MapFileError) as e:
        import_file(tmp_path / "broken.html")
    assert "data-mxgraph is not JSON" in str(e.value)


def test_an_unnamed_parallel_gateway_says_what_it_means():
    cells = (vertex("a", "Order in", "rounded=0;", 0, 0)
             + vertex("g", "", "shape=mxgraph.bpmn.shape;perimeter=rhombusPerimeter;background=gateway;"
                               "outline=none;symbol=parallelGw;", 200, 0, 50, 50)
             + vertex("b", "Pack", "rounded=0;", 400, 0) + vertex("c", "Invoice", "rounded=0;", 400, 200)
             + vertex("j", "", "shape=mxgraph.bpmn.gateway2;gwType=parallel;", 600, 100, 50, 50)
             + vertex("d", "Ship", "rounded=0;", 800, 100)
             + edge("e1", "a", "g") + edge("e2", "g", "b") + edge("e3", "g", "c")
             + edge("e4", "b", "j") + edge("e5", "c", "j") + edge("e6", "j", "d"))
    r = import_drawio(model(cells).encode(), "f.drawio")
    texts = {s.id: (s.kind, s.text) for s in r.map.steps}
    assert texts["g"] == ("activity", "Do all of the next steps")
    assert texts["j"] == ("activity", "Wait until all are done")
    assert any("2 parallel gateways" in w and "2 say \"Do all of the next steps\"" in w for w in r.warnings)


def test_a_pool_shape_with_lanes_is_a_container_not_a_step():
    # shape=pool is what draw.io's "Pool" (horizontal, with lanes stacked inside) is drawn with.
    cells = (vertex("pool", "Road repairs", "shape=pool;startSize=30;horizontal=1;childLayout=stackLayout;",
                    30, 30, 1000, 400)
             + vertex("l1", "Office", "swimlane;startSize=30;horizontal=0;", 0, 30, 1000, 200, parent="pool")
             + vertex("l2", "", "swimlane;startSize=30;horizontal=0;", 0, 230, 1000, 200, parent="pool")
             + vertex("a", "Log the request", "rounded=1;", 100, 60, parent="l1")
             + vertex("b", "Fix the road", "rounded=1;", 100, 60, parent="l2")
             + edge("e", "a", "b", parent="pool"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [(s.text, s.owner) for s in m.steps] == [("Log the request", "Office"), ("Fix the road", "Road repairs")]
    assert (m.step("b").x, m.step("b").y) == (30 + 0 + 100 + 60, 30 + 230 + 60 + 30)
    assert len(m.arrows) == 1


def test_a_shape_holding_other_shapes_is_a_container():
    cells = (vertex("box", "Phase 1: intake", "rounded=0;whiteSpace=wrap;container=1;", 0, 0, 400, 300)
             + vertex("plain", "Back office", "rounded=0;", 500, 0, 400, 300)    # no container=1, but holds one
             + vertex("a", "Take the call", "rounded=1;", 20, 40, parent="box")
             + vertex("b", "File it", "rounded=1;", 20, 40, parent="plain")
             + vertex("lbl", "a caption", "text;", 20, 200, 80, 20, parent="box")
             + edge("e", "a", "b"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    owners = {s.text: s.owner for s in m.steps}
    assert owners == {"Take the call": "Phase 1: intake", "File it": "Back office", "a caption": "Phase 1: intake"}


@pytest.mark.parametrize("style", ["shape=mxgraph.bpmn.shape;perimeter=ellipsePerimeter;symbol=general;outline=throwing;",
                                   "shape=mxgraph.bpmn.event;outline=catching;symbol=timer;"])
def test_a_bpmn_event_is_a_start_end_or_step_by_its_arrows(style):
    # A real file drew its "Mulai" (start) with a throwing outline; arrows tell what it is.
    cells = (vertex("s", "Mulai", style, 0, 0, 40, 40) + vertex("a", "Work", "rounded=1;", 100, 0)
             + vertex("w", "Wait a day", style, 300, 0, 40, 40) + vertex("b", "More work", "rounded=1;", 400, 0)
             + vertex("e", "Selesai", style, 600, 0, 40, 40)
             + edge("f1", "s", "a") + edge("f2", "a", "w") + edge("f3", "w", "b") + edge("f4", "b", "e"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert {s.text: s.kind for s in m.steps} == {"Mulai": "terminator", "Work": "activity", "Wait a day": "activity",
                                                 "More work": "activity", "Selesai": "terminator"}


def test_connectors_and_junction_points_become_the_arrows_through_them():
    # Flowcharts drawn by hand jump across the page with pairs of "A" circles and join
    # lines at small dots; neither is a step of the work.
    cells = (vertex("s", "Start", "ellipse;", 0, 0) + vertex("q", "Paid?", "rhombus;", 200, 0, 80, 80)
             + vertex("a1", "A", "shape=mxgraph.flowchart.on-page_reference;", 350, 10, 30, 30)
             + vertex("a2", "A", "shape=mxgraph.flowchart.on-page_reference;", 0, 300, 30, 30)
             + vertex("ship", "Ship", "rounded=0;", 100, 300)
             + vertex("dot", "", "shape=waypoint;size=6;", 300, 320, 20, 20)
             + vertex("ring", "", "ellipse;", 100, 450, 20, 20)
             + vertex("chase", "Chase", "rounded=0;", 200, 150)
             + vertex("e", "", "ellipse;", 500, 320, 30, 30)
             + edge("e1", "s", "q") + edge("e2", "q", "a1", value="Yes") + edge("e3", "a2", "ship")
             + edge("e4", "q", "chase", value="No") + edge("e5", "chase", "ring") + edge("e6", "ring", "dot")
             + edge("e7", "ship", "dot") + edge("e8", "dot", "e"))
    r = import_drawio(model(cells).encode(), "f.drawio")
    m = r.map
    assert [s.id for s in m.steps] == ["s", "q", "ship", "chase", "e"]
    assert {(a.source, a.target, a.label) for a in m.arrows} == {
        ("s", "q", ""), ("q", "ship", "Yes"), ("q", "chase", "No"), ("chase", "e", ""), ("ship", "e", "")}
    assert m.step("e").text == "End"
    assert any('connectors "A" and 2 junction points became the arrows' in w for w in r.warnings)


def test_a_lone_connector_stays_where_the_flow_stops():
    cells = (vertex("s", "Start", "ellipse;", 0, 0) + vertex("a", "Page 2", "shape=mxgraph.flowchart.on-page_reference;", 200, 0, 40, 40)
             + edge("e1", "s", "a"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [(s.id, s.kind) for s in m.steps] == [("s", "terminator"), ("a", "terminator")]


def test_uml_activity_diagram_start_end_and_fork_bars():
    cells = (vertex("i", "", "ellipse;html=1;fillColor=strokeColor;", 0, 0, 30, 30)
             + vertex("fork", "", "html=1;points=[];perimeter=orthogonalPerimeter;fillColor=strokeColor;", 100, 0, 200, 5)
             + vertex("a", "Cook", "rounded=1;", 0, 100) + vertex("b", "Lay the table", "rounded=1;", 300, 100)
             + vertex("join", "", "shape=line;html=1;fillColor=#000000;", 100, 200, 200, 6)
             + vertex("f", "", "ellipse;html=1;shape=endState;fillColor=strokeColor;", 0, 300, 30, 30)
             + vertex("far", "To billing", "shape=offPageConnector;", 300, 300, 40, 40)
             + edge("e1", "i", "fork") + edge("e2", "fork", "a") + edge("e3", "fork", "b") + edge("e4", "a", "join")
             + edge("e5", "b", "join") + edge("e6", "join", "f") + edge("e7", "join", "far"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert {s.id: (s.kind, s.text) for s in m.steps} == {
        "i": ("terminator", "Start"), "fork": ("activity", "Do all of the next steps"),
        "a": ("activity", "Cook"), "b": ("activity", "Lay the table"),
        "join": ("activity", "Do all of the next steps"), "f": ("terminator", "End"),
        "far": ("terminator", "To billing")}


def test_loose_lines_that_touch_each_other_carry_the_flow_from_step_to_steps():
    # A "bus": a plain line down from a step, one across, and arrowheads dropping onto each
    # step below - all drawn as separate lines glued to nothing (seen in a real file).
    cells = (vertex("home", "Admin home", "rounded=0;", 200, 0)                     # 200..320 x 0..60
             + vertex("add", "Add doctor", "rounded=0;", 100, 200) + vertex("rm", "Remove doctor", "rounded=0;", 300, 200)
             + vertex("far", "Unrelated", "rounded=0;", 700, 200)
             + loose_edge("down", "home", None, target_point=(260, 120)).replace("edgeStyle=none;", "endArrow=none;")
             + loose_edge("bus", None, None, (160, 120), (360, 120)).replace("edgeStyle=none;", "endArrow=none;")
             + loose_edge("d1", None, None, (160, 120), (160, 200))
             + loose_edge("d2", None, None, (360, 120), (360, 200))
             + loose_edge("stray", None, None, (600, 120), (760, 200)))
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert sorted((a.source, a.target) for a in r.map.arrows) == [("home", "add"), ("home", "rm")]
    assert any("followed 4 loose lines" in w and "2 arrows" in w for w in r.warnings)
    assert any("1 arrow not attached" in w and "stray" in w for w in r.warnings)


def test_object_labels_fill_in_their_placeholders():
    cells = ('<object label="&lt;b&gt;%task%&lt;/b&gt;&lt;br&gt;%owner% (%missing%)" placeholders="1" '
             'task="Check &lt;stock&gt;" owner="Ann" id="a"><mxCell style="rounded=0;html=1;" vertex="1" parent="1">'
             '<mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell></object>'
             '<object label="%task%" task="Not filled in" id="b"><mxCell style="rounded=0;" vertex="1" parent="1">'
             '<mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell></object>')
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [s.text for s in m.steps] == ["Check <stock>\nAnn (%missing%)", "%task%"]


def test_a_blank_first_page_gives_way_to_the_first_page_with_a_flow():
    blank = model("")
    doc = (f'<mxfile><diagram name="Cover">{compress(blank)}</diagram>'
           f'<diagram name="Ordering">{FLOW}</diagram><diagram name="Notes">{FLOW}</diagram></mxfile>').encode()
    r = import_drawio(doc, "f.drawio")
    assert r.map.title == "Ordering" and [s.text for s in r.map.steps] == ["Start", "Paid?", "Ship"]
    assert any('took page 2 "Ordering" of 3 (page 1 had no shapes)' in w for w in r.warnings)
    asked = import_drawio(doc, "f.drawio", page=1)          # asked for page 1: page 1 it is
    assert asked.map.steps == [] and any("has no shapes" in w for w in asked.warnings)


def test_many_loose_ends_and_junctions_stay_quick():
    # Each loose end is looked up near where it lies, not against every shape (was quadratic).
    import time
    n = 3000
    cells = [vertex(f"s{i}", f"Step {i}", "rounded=0;", (i % 50) * 200, (i // 50) * 200) for i in range(n)]
    cells += [loose_edge(f"e{i}", f"s{i}", None, target_point=(((i + 1) % 50) * 200 + 60, ((i + 1) // 50) * 200))
              for i in range(n - 1)]
    cells += [vertex(f"w{i}", "", "shape=waypoint;", 20000 + i * 10, 0, 6, 6) + edge(f"x{i}", f"s{i}", f"w{i}")
              + edge(f"y{i}", f"w{i}", f"s{i + 1}") for i in range(300)]
    started = time.perf_counter()
    r = import_drawio(model("".join(cells)).encode(), "big.drawio")
    assert time.perf_counter() - started < 4.0
    assert len(r.map.steps) == n and len(r.map.arrows) == n - 1 + 300


@pytest.mark.parametrize("yes, no", [("Sim", "Não"), ("Ya", "Tidak"), ("はい", "いいえ"), ("Pass", "Fail")])
def test_free_answers_in_other_languages_label_the_decisions_arrows(yes, no):
    cells = (vertex("q", "Ok?", "rhombus;", 200, 0, 80, 80)
             + vertex("y", "Go", "rounded=0;", 400, 10) + vertex("n", "Stop", "rounded=0;", 180, 200)
             + edge("ey", "q", "y", style="exitX=1;exitY=0.5;") + edge("en", "q", "n", style="exitX=0.5;exitY=1;")
             + vertex("t1", no, "text;", 245, 110, 30, 20) + vertex("t2", yes, "text;", 300, 20, 30, 20))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert {(a.target, a.label) for a in m.arrows} == {("y", yes), ("n", no)}


def test_a_black_box_saying_end_at_the_end_of_the_flow_is_an_end():
    # Seen in a real UML-ish file: a filled rounded box "End" closes the flow.
    cells = (vertex("s", "", "ellipse;fillColor=#000000;", 0, 0, 30, 30) + vertex("a", "Log in", "rounded=1;", 0, 100)
             + vertex("e", "End", "rounded=1;fillColor=#000000;fontColor=#ffffff;", 0, 200)
             + edge("e1", "s", "a") + edge("e2", "a", "e"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [(s.kind, s.text) for s in m.steps] == [("terminator", "Start"), ("activity", "Log in"), ("terminator", "End")]


def test_hidden_layers_and_cells_are_left_out():
    cells = ('<mxCell id="notes" value="Review notes" parent="0" visible="0"/>'
             + vertex("a", "Quote", "rounded=0;", 0, 0) + vertex("b", "Invoice", "rounded=0;", 200, 0)
             + vertex("c", "Draft idea", "rounded=0;", 0, 200, parent="notes")
             + vertex("d", "Old step", "rounded=0;", 200, 200).replace('vertex="1"', 'vertex="1" visible="0"')
             + edge("e1", "a", "b") + edge("e2", "c", "a", parent="notes"))
    r = import_drawio(model(cells).encode(), "f.drawio")
    assert [s.id for s in r.map.steps] == ["a", "b"]
    assert [(x.source, x.target) for x in r.map.arrows] == [("a", "b")]
    assert any("left out 3 shapes and arrows that draw.io hides" in w for w in r.warnings)


def test_an_icon_inside_a_box_does_not_make_the_box_a_container():
    cells = (vertex("box", "Send the invoice", "rounded=1;", 0, 0, 160, 60)
             + vertex("icon", "", "shape=image;image=data:image/png,xyz;", 5, 5, 16, 16, parent="box")
             + vertex("next", "Get paid", "rounded=1;", 300, 0) + edge("e", "box", "next"))
    m = import_drawio(model(cells).encode(), "f.drawio").map
    assert [(s.id, s.kind) for s in m.steps] == [("box", "activity"), ("next", "activity")]
    assert len(m.arrows) == 1


def test_lanes_export_as_draw_io_swimlanes_and_import_gives_the_same_owners_back():
    """A map in swimlanes (by owner, then by stage) travels to draw.io and back unchanged in
    owners, stages, positions and lanes, also when draw.io saved it (no longer mapper's host)."""
    import json as _json
    import xml.etree.ElementTree as ET

    from mapper.formats.drawio import export_drawio
    from mapper.layout import layout_map
    from mapper.model import load_map, set_layout
    from tests.conftest import SAMPLE_MAPS

    for by in ("owner", "stage"):
        m = load_map(SAMPLE_MAPS / "marketing-hourglass.json")
        m.lanes = by
        r = layout_map(m)
        set_layout(m, r.positions, r.waypoints).apply(m)
        text = export_drawio(m)
        lanes = [c for c in ET.fromstring(text).iter("UserObject") if "lane" in _json.loads(c.get("mapper"))]
        assert len(lanes) >= 3 and all("swimlane" in c.find("mxCell").get("style") for c in lanes)
        for saved_by in ("mapper", "Electron"):
            back = import_drawio(text.replace('host="mapper"', f'host="{saved_by}"').encode(), "lanes.drawio").map
            for s in m.steps:
                t = back.step(s.id)
                assert (t.owner, t.stage) == (s.owner, s.stage), (by, saved_by, s.id)
                assert (t.x, t.y) == pytest.approx((s.x, s.y), abs=0.01)
        assert import_drawio(text.encode(), "lanes.drawio").map.lanes == by
