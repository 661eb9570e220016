"""The keyboard's mapping decisions, without a window: where Alt+Arrow goes, what
"Connect to…" lists, and the label the next branch of a decision gets."""

from __future__ import annotations

from mapper.editing.flow_keys import connect_arrow, connect_choices, neighbour_along_arrows, next_branch_label
from mapper.model import Arrow, Step, SystemMap


def plumbing() -> SystemMap:
    steps = [Step(id="calls", kind="terminator", text="Customer calls", x=0, y=0),
             Step(id="emergency", kind="decision", text="Emergency?", x=200, y=0),
             Step(id="oncall", kind="activity", text="Dispatch on-call plumber", x=400, y=0),
             Step(id="estimate", kind="activity", text="Give the estimate", x=200, y=150),
             Step(id="job", kind="activity", text="Do the job", x=600, y=0),
             Step(id="note", kind="note", text="Do the paperwork on Fridays", x=0, y=300)]
    arrows = [Arrow(id="a1", source="calls", target="emergency"),
              Arrow(id="a2", source="emergency", target="oncall", label="Yes"),
              Arrow(id="a3", source="emergency", target="estimate", label="No"),
              Arrow(id="a4", source="oncall", target="job"),
              Arrow(id="a5", source="estimate", target="job")]
    return SystemMap(steps=steps, arrows=arrows)


def test_alt_arrows_go_forward_and_back_choosing_the_branch_lying_that_way():
    m = plumbing()
    assert neighbour_along_arrows(m, "calls", "right") == "emergency"
    assert neighbour_along_arrows(m, "calls", "down") == "emergency"   # the only way on
    assert neighbour_along_arrows(m, "emergency", "right") == "oncall"
    assert neighbour_along_arrows(m, "emergency", "down") == "estimate"
    # At a merge, going back picks the step lying that way.
    assert neighbour_along_arrows(m, "job", "left") == "oncall"
    assert neighbour_along_arrows(m, "job", "up") == "oncall"
    m.step("estimate").x, m.step("estimate").y = 600, -150      # now above "Do the job"
    assert neighbour_along_arrows(m, "job", "up") == "estimate"
    assert neighbour_along_arrows(m, "calls", "left") is None      # nothing before the start
    assert neighbour_along_arrows(m, "job", "right") is None


def test_the_next_branch_of_a_decision_is_yes_then_no():
    m = plumbing()
    assert next_branch_label(m, "emergency") == ""               # both taken
    m.arrows = [a for a in m.arrows if a.id != "a3"]
    assert next_branch_label(m, "emergency") == "No"
    assert next_branch_label(m, "oncall") == ""                   # not a decision
    op = connect_arrow(m, "emergency", "job")
    assert (op.arrow.source, op.arrow.target, op.arrow.label) == ("emergency", "job", "No")
    assert op.arrow.id not in {a.id for a in m.arrows}
    assert connect_arrow(m, "emergency", "note") is None          # notes take no part in the flow


def test_connect_to_lists_steps_by_what_they_say():
    m = plumbing()
    everything = [sid for sid, _ in connect_choices(m, "oncall")]
    assert "oncall" not in everything and "note" not in everything
    assert everything[-1] == "job"                                # already connected: last
    assert [sid for sid, _ in connect_choices(m, "oncall", "do the")] == ["job"]
    assert [sid for sid, _ in connect_choices(m, "calls", "THE")] == ["estimate", "job"]
    # Text that starts with the search comes first.
    assert [sid for sid, _ in connect_choices(m, "job", "e")][0] == "emergency"
