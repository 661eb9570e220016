"""The canvas's edits without a window: each intent becomes the operations it
should, and applying them (and undoing them) leaves a valid map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.editing import edits
from mapper.editing.edits import GRID, Box, EditRefused
from mapper.formats.brainstorm import parse_tasks
from mapper.model import Arrow, Step, SystemMap, map_to_document


def chain() -> SystemMap:
    steps = [Step(id="start", kind="terminator", text="Customer calls", x=0, y=0),
             Step(id="ask", kind="decision", text="Emergency?", x=240, y=0),
             Step(id="go", kind="activity", text="Send the plumber", x=480, y=0),
             Step(id="note", kind="note", text="Fridays: paperwork", x=0, y=300)]
    arrows = [Arrow(id="a1", source="start", target="ask"),
              Arrow(id="a2", source="ask", target="go", label="Yes", waypoints=[(360, -40)])]
    return SystemMap(steps=steps, arrows=arrows)


def box(m: SystemMap, sid: str) -> Box:
    s = m.step(sid)
    w, h = s.size()
    return Box.around(s.x, s.y, w, h)


def free_of(m: SystemMap):
    """``is_free`` over the steps' default boxes, as the scene would answer it."""
    boxes = [box(m, s.id) for s in m.steps]
    return lambda b: not any(b.intersects(o) for o in boxes)


def roundtrip(m: SystemMap, op) -> None:
    """The operation applies and undoes exactly."""
    before = map_to_document(m)
    op.apply(m)
    after = map_to_document(m)
    op.undo(m)
    assert map_to_document(m) == before
    op.apply(m)
    assert map_to_document(m) == after


# -- adding the next step -------------------------------------------------------------------
def test_quick_add_and_a_drop_make_the_same_edit_and_label_yes_then_no():
    m = chain()
    op, sid = edits.add_connected(m, "ask", "activity", 240, 200)
    roundtrip(m, op)
    assert m.step(sid).kind == "activity" and (m.step(sid).x, m.step(sid).y) == (240, 200)
    new = [a for a in m.arrows if a.target == sid]
    assert len(new) == 1 and new[0].source == "ask" and new[0].label == "No"   # Yes is taken
    op, other = edits.add_connected(m, "go", "decision", 700, 0)
    roundtrip(m, op)
    assert [a.label for a in m.arrows if a.target == other] == [""]


def test_nothing_follows_a_note():
    with pytest.raises(EditRefused, match="Notes"):
        edits.add_connected(chain(), "note", "activity", 0, 0)


def test_the_next_place_is_beside_the_step_and_off_other_shapes():
    m = chain()
    x, y = edits.next_place(box(m, "go"), "activity", "right", free_of(m), snap=True)
    assert y == 0 and x > box(m, "go").right and x % GRID == 0
    # To the left of "go" stands "ask": the new step moves down, out of its way.
    x, y = edits.next_place(box(m, "ask"), "activity", "left", free_of(m), snap=True)
    assert y > 0 and free_of(m)(Box.around(x, y, 160, 70))


def test_the_flow_goes_on_the_way_it_came():
    m = chain()
    assert edits.flow_direction(m, "go") == "right"
    m.step("go").x, m.step("go").y = 240, 200
    assert edits.flow_direction(m, "go") == "down"
    assert edits.flow_direction(m, "start") == "right" and edits.flow_direction(m, None) == "right"


def test_connect_labels_branches_and_refuses_notes():
    m = chain()
    op = edits.connect(m, "ask", "start")
    assert op.arrow.label == "No" and op.text == "Connect"
    with pytest.raises(EditRefused):
        edits.connect(m, "go", "note")


# -- moving -----------------------------------------------------------------------------------
def test_moving_a_step_drops_the_waypoints_of_its_arrows():
    m = chain()
    op = edits.move(m, {"go": (500, 20)})
    roundtrip(m, op)
    assert m.arrow("a2").waypoints == [] and (m.step("go").x, m.step("go").y) == (500, 20)


def test_nudge_lands_on_the_next_grid_line_and_keeps_distances():
    m = chain()
    m.step("ask").x = 247
    op = edits.nudge(m, ["ask", "go"], "right", big=False, snap=True)
    assert op.positions == {"ask": (260, 0), "go": (493, 0)}
    op = edits.nudge(m, ["go"], "down", big=True, snap=False)
    assert op.positions == {"go": (480, 5)}
    assert edits.nudge(m, [], "up", big=False, snap=True) is None


def test_align_and_distribute():
    m = chain()
    boxes = {"start": Box(0, 0, 100, 40), "ask": Box(300, 50, 100, 80), "go": Box(1000, 20, 200, 40)}
    op = edits.align(m, boxes, "top")
    assert {sid: y for sid, (_, y) in op.positions.items()} == {"start": 20, "ask": 40, "go": 20}
    op = edits.align(m, boxes, "left")
    assert {sid: x for sid, (x, _) in op.positions.items()} == {"start": 50, "ask": 50, "go": 100}
    op = edits.distribute(m, boxes, "h")
    # 1200 wide, 400 of shapes: two gaps of 400.
    assert op.positions["ask"][0] == 100 + 400 + 50
    assert edits.distribute(m, dict(list(boxes.items())[:2]), "h") is None
    with pytest.raises(ValueError):
        edits.align(m, boxes, "diagonal")


def test_set_kind_changes_only_what_differs():
    m = chain()
    op = edits.set_kind(m, ["ask", "go"], "activity")
    assert len(op.operations) == 1 and op.text == "Make Activity"
    assert edits.set_kind(m, ["go"], "activity") is None


# -- typing -----------------------------------------------------------------------------------
def test_a_fresh_question_becomes_a_decision():
    m = chain()
    op = edits.keep_text(m, "go", "Paid?", fresh=True)
    assert op.values == {"text": "Paid?", "kind": "decision"}
    op = edits.keep_text(m, "go", "Paid?", fresh=False)
    assert op.values == {"text": "Paid?"}
    assert edits.keep_text(m, "go", "Send the plumber", fresh=False) is None
    assert edits.keep_label(m, "a2", "Yes") is None and edits.keep_label(m, "a2", "Sure").values == {"label": "Sure"}


# -- the clipboard ------------------------------------------------------------------------------
def test_a_copied_piece_pastes_with_fresh_ids_and_its_inner_arrows():
    m = chain()
    data, text = edits.fragment(m, ["ask", "go", "note"])
    assert text.splitlines() == ["Emergency?", "Send the plumber", "Fridays: paperwork"]
    piece = edits.read_fragment(data)
    assert [a.id for a in piece.arrows] == ["a2"]          # a1 comes from outside the piece
    op, ids = edits.paste_piece(m, piece, 0, 200)
    roundtrip(m, op)
    assert ids == ["ask1", "go1", "note1"]
    new = m.arrows[-1]
    assert (new.source, new.target, new.id) == ("ask1", "go1", "a3") and new.waypoints == [(360, 160)]
    assert m.step("go1").y == 200


def test_what_is_not_a_fragment_is_refused():
    with pytest.raises(EditRefused, match="clipboard"):
        edits.read_fragment(b"not json")


def test_a_duplicate_goes_below_to_the_first_free_spot():
    m = chain()
    boxes = [box(m, "ask"), box(m, "go")]
    dx, dy = edits.free_offset(boxes, in_place=False, is_free=free_of(m), snap=True)
    assert dx == 0 and dy == 160          # the diamond is 100 high, + a 60 gap, on the grid
    assert edits.free_offset(boxes, in_place=True, is_free=lambda b: True, snap=True) == (0, 0)
    # Its own spot taken and the first one below too: the next.
    taken = free_of(m)
    dx, dy = edits.free_offset(boxes, True, lambda b: taken(b) and not b.top < 200, snap=True)
    assert dy == 320


def test_pasted_text_is_a_chain_and_a_question_says_yes():
    m = chain()
    tasks = parse_tasks("Take the call\nUrgent?\n  Check the address\nSend the plumber")
    op, ids = edits.paste_tasks(m, tasks, 0, 500, width_of=lambda s: 100)
    roundtrip(m, op)
    assert ids == ["activity", "decision", "activity1"]
    assert [m.step(i).x for i in ids] == [0, 180, 360]
    assert m.step("decision").checklist == ["Check the address"]
    labels = [(a.source, a.target, a.label) for a in m.arrows[-2:]]
    assert labels == [("activity", "decision", ""), ("decision", "activity1", "Yes")]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["start", "ask", "go", "note"]), min_size=1, unique=True),
       st.integers(-400, 400), st.integers(-400, 400))
def test_any_paste_keeps_the_map_valid_and_undoes(ids, dx, dy):
    m = chain()
    piece = edits.read_fragment(edits.fragment(m, ids)[0])
    op, new_ids = edits.paste_piece(m, piece, dx, dy)
    roundtrip(m, op)
    assert len({s.id for s in m.steps}) == len(m.steps) == 4 + len(ids)
    assert len({a.id for a in m.arrows}) == len(m.arrows)
    assert set(new_ids) <= {s.id for s in m.steps}
    SystemMap.model_validate(map_to_document(m))
