"""Mermaid import and export, as an owner pasting a chart from their docs would expect."""

from __future__ import annotations

import pytest

from mapper.formats.mermaid import export_mermaid, import_mermaid
from mapper.model import Arrow, MapFileError, Step, SystemMap


def kinds(m) -> dict[str, str]:
    return {s.id: s.kind for s in m.steps}


def edges(m) -> list[tuple[str, str, str]]:
    return [(a.source, a.target, a.label) for a in m.arrows]


def test_shapes_map_to_mapper_kinds():
    m = import_mermaid("""flowchart TD
    a([stadium]) --> b((circle)) --> c[(cylinder)] --> d(rounded) --> e(((double)))
    f[box] --> g[[sub]] --> h[/para/] --> i[\\alt\\] --> j>flag] --> k{{hex}} --> l[/trap\\]
    m{question} --> n
""", "t.mmd").map
    # b, c, d sit mid-flow: a round shape there is a step, not a start or end (the arrows say so).
    assert kinds(m) == {"a": "terminator", "b": "activity", "c": "activity", "d": "activity",
                        "e": "terminator", "f": "activity", "g": "activity", "h": "activity", "i": "activity",
                        "j": "activity", "k": "activity", "l": "activity", "m": "decision", "n": "activity"}
    assert m.step("n").text == "n"  # a node never given a shape shows its id
    assert all(not s.placed for s in m.steps)


def test_labels_in_both_syntaxes_and_every_arrow_style():
    m = import_mermaid("""graph LR
    A -->|Yes| B
    A -- No --> C
    A -.-> D
    A ==> E
    A ---> F
    A -.maybe.-> G
    A == sure ==> H
    A --- I
    A -->|"quoted | pipe"| J
    A -. "x" .-> K
""", "t.mmd").map
    assert edges(m) == [("A", "B", "Yes"), ("A", "C", "No"), ("A", "D", ""), ("A", "E", ""), ("A", "F", ""),
                        ("A", "G", "maybe"), ("A", "H", "sure"), ("A", "I", ""), ("A", "J", "quoted | pipe"),
                        ("A", "K", "x")]


def test_fan_out_fan_in_and_chains():
    m = import_mermaid("flowchart TD\n a & b --> c & d --> e\n", "t.mmd").map
    assert edges(m) == [("a", "c", ""), ("a", "d", ""), ("b", "c", ""), ("b", "d", ""), ("c", "e", ""),
                        ("d", "e", "")]


def test_quotes_breaks_entities_and_semicolons():
    m = import_mermaid('graph TD;\n  A["Say #quot;hi#quot; (now); ok"] --> B{"a<br>b<br/>c"};  B --> C[x &amp; y #35;1]\n',
                       "t.mmd").map
    assert m.step("A").text == 'Say "hi" (now); ok'
    assert m.step("B").text == "a\nb\nc"
    assert m.step("C").text == "x & y #1"
    assert len(m.arrows) == 2


def test_later_shape_wins_and_forward_references_work():
    m = import_mermaid("flowchart TD\n A --> B\n B{Is it?}\n", "t.mmd").map
    assert m.step("B").kind == "decision" and m.step("B").text == "Is it?"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending(newline):
    text = newline.join(["flowchart TD", "A[One] --> B[Two]", "B --> C([Done])", ""])
    m = import_mermaid(text, "t.mmd").map
    assert [s.text for s in m.steps] == ["One", "Two", "Done"]
    assert len(m.arrows) == 2


def test_mixed_line_endings_and_a_bom():
    m = import_mermaid("\ufeffflowchart TD\r\nA --> B\rB --> C\nC --> D", "t.mmd").map
    assert len(m.arrows) == 3


def test_styling_and_comments_are_skipped_and_listed():
    r = import_mermaid("""flowchart TD
    %% a comment
    A --> B
    classDef hot fill:#f00
    class A hot
    style B fill:#0f0
    style A fill:#00f
    linkStyle 0 stroke:#f00
    click A "https://example.com"
""", "t.mmd")
    assert len(r.map.steps) == 2
    w = " | ".join(r.warnings)
    assert "skipped 2 style lines (colours are not kept)" in w
    assert "1 classDef line" in w and "1 class line" in w and "1 linkStyle line" in w
    assert "1 click line" in w and "1 comment line" in w


def test_subgraphs_are_flattened_with_their_title_as_owner():
    r = import_mermaid("""flowchart LR
    subgraph sales [Sales team]
      a --> b
      subgraph inner["Back office"]
        c
      end
    end
    subgraph Shop floor
      d
    end
    b --> c --> d
""", "t.mmd")
    owners = {s.id: s.owner for s in r.map.steps}
    assert owners == {"a": "Sales team", "b": "Sales team", "c": "Back office", "d": "Shop floor"}
    assert any("owners" in w for w in r.warnings)


def test_arrows_to_a_whole_subgraph_join_the_steps_it_starts_and_ends_with():
    # "Order --> Packing" where Packing is a group: the work goes on with the group's first
    # step, and what follows the group comes after its last steps (said in the warnings).
    text = """flowchart LR
    Order --> Packing
    subgraph Packing [Packing]
        pick[Pick] --> box[Box it]
        subgraph Check [Check]
            weigh[Weigh]
        end
        box --> weigh
    end
    Packing -->|done| Ship
    Packing --> Empty
    subgraph Empty [Nothing yet]
    end
    """
    r = import_mermaid(text, "t.mmd")
    assert [s.id for s in r.map.steps] == ["Order", "pick", "box", "weigh", "Ship"]
    assert [(a.source, a.target, a.label) for a in r.map.arrows] == [
        ("Order", "pick", ""), ("pick", "box", ""), ("box", "weigh", ""), ("weigh", "Ship", "done")]
    assert any("2 arrows drawn to or from a whole subgraph now join" in w for w in r.warnings)
    assert any("left out 1 arrow drawn to or from a whole subgraph with no other step" in w for w in r.warnings)


def test_unclosed_subgraph_is_closed_at_the_end_with_a_warning():
    r = import_mermaid("flowchart TD\n subgraph one[Team]\n A --> B\n", "t.mmd")
    assert len(r.map.arrows) == 1
    assert any("line 2" in w and "never closed" in w for w in r.warnings)


def test_garbled_lines_are_named_and_skipped():
    r = import_mermaid("flowchart TD\n A --> B\n C[unclosed --> D\n E -->\n F --> G\n H -- no end\n", "t.mmd")
    # "E -->" goes on with the next line (the arrow takes the line break): E --> F --> G.
    assert [(a.source, a.target) for a in r.map.arrows] == [("A", "B"), ("E", "F"), ("F", "G")]
    assert any(w.startswith("line 3:") for w in r.warnings)
    assert any(w.startswith("line 6:") for w in r.warnings)
    assert not any(w.startswith("line 4:") for w in r.warnings)


def test_start_end_shapes_mid_flow_become_activities_with_a_warning():
    r = import_mermaid("flowchart TD\n A([Start]) --> B([Middle]) --> C[(Save order)] --> D((x)) --> E([End])\n"
                       " E2[(Orders table)]\n B --> E2\n", "t.mmd")
    # Only the arrows make a start or end point; a database shape stores data, wherever it sits.
    assert kinds(r.map) == {"A": "terminator", "B": "activity", "C": "activity", "D": "activity",
                            "E": "terminator", "E2": "activity"}
    assert any(w.startswith("1 pill ([..]) in the middle of the flow became an activity") and '"Middle"' in w
               for w in r.warnings)
    assert any(w.startswith("2 database shapes [(..)] that store data became activities") for w in r.warnings)
    assert any(w.startswith("1 circle ((..)) in the middle") for w in r.warnings)


def test_the_everyday_rounded_box_mid_flow_is_an_activity():
    # Real charts (ICRC's clubfoot visit: 19 of them) use (..) for ordinary steps; as
    # start/end points they would each be an error in the middle of the flow.
    r = import_mermaid("flowchart TD\n A(Patient arrives) --> B(Measure feet) --> C{Ok?}\n"
                       " C -->|yes| D(Book next visit)\n C -->|no| B\n", "t.mmd")
    assert kinds(r.map) == {"A": "terminator", "B": "activity", "C": "decision", "D": "terminator"}
    assert any("1 rounded box (..) in the middle of the flow became an activity" in w for w in r.warnings)


def test_markdown_with_a_fenced_chart():
    md = "# Process\n\nSome text.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\ngraph TD\nX-->Y\n```\n"
    r = import_mermaid(md, "notes.md")
    assert [s.id for s in r.map.steps] == ["A", "B"]
    assert any("2 Mermaid diagrams" in w for w in r.warnings)


def test_markdown_fence_line_numbers_are_the_files():
    md = "intro\n\n```mermaid\nflowchart LR\n  A --> B\n  C[oops\n```\n"
    r = import_mermaid(md, "notes.md")
    assert any(w.startswith("line 6:") for w in r.warnings)


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("   \n\n", "empty"),
    ("sequenceDiagram\n A->>B: hi\n", "sequenceDiagram, not a flowchart"),
    ("Just some notes\nA --> B\n", "not a Mermaid flowchart"),
    ("# Title\n\n```mermaid\npie\n\"a\": 1\n```\n", "pie, not a flowchart"),
])
def test_no_flowchart_at_all_is_a_clear_error(text, words):
    with pytest.raises(MapFileError) as e:
        import_mermaid(text, "chart.mmd")
    assert words in str(e.value)
    assert str(e.value).startswith("chart.mmd")


def test_front_matter_title_and_directives():
    r = import_mermaid("---\ntitle: Sales flow\n---\n%%{init: {'theme':'dark'}}%%\nflowchart LR\nA-->B\n", "t.mmd")
    assert r.map.title == "Sales flow"
    assert len(r.map.arrows) == 1


def test_new_shape_syntax():
    m = import_mermaid('flowchart LR\n A@{ shape: diamond, label: "Ok?" } --> B@{ shape: stadium, label: "Done" }\n',
                       "t.mmd").map
    assert (m.step("A").kind, m.step("A").text) == ("decision", "Ok?")
    assert (m.step("B").kind, m.step("B").text) == ("terminator", "Done")


# -- export ---------------------------------------------------------------------------

def sample_map() -> SystemMap:
    return SystemMap(title="Webinar to client", steps=[
        Step(id="webinar", kind="terminator", text="Free webinar", x=0, y=0, owner="Marketing"),
        Step(id="nurture", kind="activity", text='Email "nurture" [5 mails]\n#1 & <b>', x=200, y=0),
        Step(id="booked", kind="decision", text="Books a call? {y|n}", x=400, y=0),
        Step(id="client", kind="terminator", text="New client", x=600, y=0, goal=True),
        Step(id="end", kind="terminator", text="Lost", x=600, y=100),
        Step(id="tip", kind="note", text="Call within 24 h", x=0, y=200),
    ], arrows=[
        Arrow(id="a1", source="webinar", target="nurture"),
        Arrow(id="a2", source="nurture", target="booked"),
        Arrow(id="a3", source="booked", target="client", label="Yes"),
        Arrow(id="a4", source="booked", target="end", label='No | "later"'),
    ])


def test_export_uses_only_documented_flowchart_syntax():
    text = export_mermaid(sample_map())
    lines = text.splitlines()
    assert "flowchart LR" in lines
    assert '    webinar(["Free webinar"])' in lines
    assert '    booked{"Books a call? {y#124;n}"}' in lines
    assert '    nurture["Email #quot;nurture#quot; [5 mails]<br>#35;1 #amp; #lt;b#gt;"]' in lines
    assert '    booked -->|"No #124; #quot;later#quot;"| n_end' in lines
    assert "    class tip note" in lines
    assert not any(line.strip().startswith("end") and line.strip() != "end" for line in lines)


def test_export_imports_back_as_the_same_map():
    m = sample_map()
    back = import_mermaid(export_mermaid(m), "back.mmd").map
    ids = {"end": "n_end"}
    assert [(ids.get(s.id, s.id), s.kind, s.text, s.owner) for s in m.steps] == \
           [(s.id, s.kind, s.text, s.owner) for s in back.steps]
    assert [(ids.get(a.source, a.source), ids.get(a.target, a.target), a.label) for a in m.arrows] == \
           [(a.source, a.target, a.label) for a in back.arrows]


def test_lenient_about_spaces_circle_cross_edges_and_edge_ids():
    m = import_mermaid("flowchart LR\n A [text one] --> B\n B--oC\n C --x D\n D e1@--> E\n", "t.mmd").map
    assert m.step("A").text == "text one"
    assert edges(m) == [("A", "B", ""), ("B", "C", ""), ("C", "D", ""), ("D", "E", "")]


def test_two_way_and_invisible_links_are_reported():
    r = import_mermaid("flowchart LR\n A <--> B\n B ~~~ C\n", "t.mmd")
    assert edges(r.map) == [("A", "B", "")]
    assert any("two-way" in w for w in r.warnings) and any("invisible" in w for w in r.warnings)


def test_an_arrow_with_both_label_syntaxes_keeps_both_words():
    # "C -- Yes -->|Retrieve it| D" is refused by mermaid-js, but people (and chat tools) write it;
    # dropping the line would cut the flow at the decision.
    r = import_mermaid("graph TD;\n  C{Found?};\n  C -- Yes -->|Retrieve it| D[Send it];\n"
                       "  C -- No --> E[Say sorry]\n")
    assert [(a.source, a.target, a.label) for a in r.map.arrows] == [
        ("C", "D", "Yes: Retrieve it"), ("C", "E", "No")]
    assert r.map.step("D").text == "Send it"
    assert any("line 3" in w and "two labels" in w for w in r.warnings)


KONG = """flowchart LR
    A((fa:fa-user Consumers))
    B(<b>Gold</b>
    10 requests/second

    <i>fa:fa-user Consumer 1</i> )
    D(Rate limit)
    A--> B
    subgraph id1 [Kong Gateway]
    B --> D --> F[Service]
        subgraph id2 [Gold route]
        D
        end
    end
"""


@pytest.mark.parametrize("opening, closing", [
    ("{% mermaid %}", "{% endmermaid %}"),              # Jekyll (Kong's docs)
    ("{{< mermaid >}}", "{{< /mermaid >}}"),            # Hugo
    ("::: mermaid", ":::"),                             # Azure DevOps wiki
    ('<div class="mermaid">', "</div>"),                # mermaid.js in raw HTML
])
def test_charts_in_other_markdown_blocks_with_labels_over_several_lines(opening, closing):
    text = f"# Groups\n\nSome words.\n\n{opening}\n{KONG}{closing}\n\nMore words.\n"
    if opening.startswith("<div"):
        text = text.replace("-->", "--&gt;")            # HTML holds the chart as escaped text
    r = import_mermaid(text, "groups.md")
    m = r.map
    assert m.step("B").text == "Gold\n10 requests/second\n\nConsumer 1"   # one shape over 4 lines
    assert m.step("A").text == "Consumers"                               # icons are not text
    assert [(a.source, a.target) for a in m.arrows] == [("A", "B"), ("B", "D"), ("D", "F")]
    assert {s.id: s.owner for s in m.steps} == {"A": "", "B": "Kong Gateway", "D": "Gold route",
                                                "F": "Kong Gateway"}   # as mermaid-js assigns them
    assert not any("could not read" in w for w in r.warnings)


def test_a_shape_that_never_closes_is_reported_line_by_line():
    r = import_mermaid("flowchart TD\n  A[Start --> B\n  B --> C\n", "x.mmd")
    assert [(a.source, a.target) for a in r.map.arrows] == [("B", "C")]
    assert any("line 2" in w and "could not read" in w for w in r.warnings)


def test_boxes_saying_start_and_end_at_the_ends_of_the_flow_are_start_end_points():
    text = ("flowchart TD\n  S[Start] --> A[Take the call] --> E[End]\n  A --> D[done]\n"
            "  X[End] --> Y[Start]\n")           # "End" leading somewhere, "Start" reached: left alone
    r = import_mermaid(text, "t.mmd")
    kinds = {s.id: s.kind for s in r.map.steps}
    assert kinds == {"S": "terminator", "A": "activity", "E": "terminator", "D": "terminator",
                     "X": "activity", "Y": "activity"}
    assert any('3 boxes that say where the flow starts or ends' in w for w in r.warnings)
