"""Automatic layout as the owner sees it: a tidy flowchart that reads left to
right (or top to bottom), loops drawn as loops, nothing on top of anything,
and a second tidy-up that changes nothing."""

from __future__ import annotations

import json

import pytest

from mapper.cli import main
from mapper.layout import estimate_size, layout_map
from mapper.model import Step, load_map, save_map, set_layout
from tests.conftest import SAMPLE_MAPS

from .drawing import arrows_met, not_orthogonal, overlaps, rects, route, routes_through_shapes
from .maps import flow, recycle_funnel, two_branches, webinar_loop

SAMPLES = sorted(SAMPLE_MAPS.glob("*.json"))


def laid_out(m, **kw):
    r = layout_map(m, **kw)
    set_layout(m, r.positions, r.waypoints).apply(m)
    return r


def check_drawing(m, r, sizes=None):
    boxes = rects(m, r, sizes)
    assert overlaps(boxes) == []
    assert not_orthogonal(m, r) == []
    assert routes_through_shapes(m, r, boxes) == []


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
@pytest.mark.parametrize("direction", ["LR", "TB"])
def test_sample_maps_lay_out_cleanly_and_a_second_tidy_up_changes_nothing(path, direction):
    m = load_map(path)
    first = laid_out(m, direction=direction)
    check_drawing(m, first)
    second = layout_map(m, direction=direction)
    assert second.positions == first.positions
    assert second.waypoints == first.waypoints


@pytest.mark.parametrize("m", [webinar_loop(), two_branches(), recycle_funnel()], ids=["loop", "branches", "funnel"])
def test_small_flows_lay_out_cleanly(m):
    check_drawing(m, layout_map(m))
    check_drawing(m, layout_map(m, direction="TB"))


def test_every_arrow_gets_a_route_that_starts_and_ends_level_with_its_steps():
    m = recycle_funnel()
    r = layout_map(m)
    assert set(r.positions) == {s.id for s in m.steps}
    assert set(r.waypoints) == {a.id for a in m.arrows}
    for a in m.arrows:
        pts = route(m, r, a)
        if r.waypoints[a.id]:
            first, last = r.waypoints[a.id][0], r.waypoints[a.id][-1]
            src, dst = r.positions[a.source], r.positions[a.target]
            assert first[0] == src[0] or first[1] == src[1]
            assert last[0] == dst[0] or last[1] == dst[1]
        else:
            assert pts[0][1] == pts[-1][1] or pts[0][0] == pts[-1][0], "a straight arrow is level"


def test_the_main_path_reads_left_to_right_and_a_loop_goes_back():
    m = webinar_loop()
    r = layout_map(m)
    x = {sid: p[0] for sid, p in r.positions.items()}
    assert x["webinar"] < x["nurture"] < x["booked"] < x["client"]
    # The "No" arrow is drawn back to nurture as a loop beside the main line,
    # not through it: it leaves booked downwards or upwards.
    y = {sid: p[1] for sid, p in r.positions.items()}
    loop = r.waypoints["a4"]
    assert loop, "a loop needs bends"
    assert loop[0][0] == x["booked"] and loop[0][1] != y["booked"]
    assert loop[-1][0] == x["nurture"] and loop[-1][1] != y["nurture"]
    assert all(p[1] > max(y.values()) for p in loop) or all(p[1] < min(y.values()) for p in loop)


def test_top_to_bottom_flows_downwards():
    m = recycle_funnel()
    r = layout_map(m, direction="TB")
    y = {sid: p[1] for sid, p in r.positions.items()}
    for a, b in [("lead", "score"), ("score", "ready"), ("ready", "call"), ("call", "quote"),
                 ("quote", "accepts"), ("accepts", "job"), ("job", "paid"), ("paid", "client")]:
        assert y[a] < y[b], (a, b)
    # Loops go back up.
    assert y["score"] < y["ready"] and y["call"] < y["accepts"]


def test_decisions_go_straight_on_yes_and_branch_aside_otherwise():
    m = two_branches()
    r = layout_map(m)
    y = {sid: p[1] for sid, p in r.positions.items()}
    assert y["start"] == y["fit"] == y["call"] == y["won"]
    assert y["email"] != y["fit"] and y["later"] == y["email"]


def test_a_decisions_side_branch_leaves_from_the_vertex_facing_its_target_and_turns_once():
    # As drawn by hand: "No" drops straight out of the diamond's bottom vertex
    # and turns into its target; "Yes" runs straight on from the right vertex,
    # alone in the gap after the diamond, so its label fits on one line.
    m = two_branches()
    r = layout_map(m)
    p = r.positions
    assert p["email"][1] > p["fit"][1]
    assert r.waypoints["a4"] == [(p["fit"][0], p["email"][1])]  # fit -> email, "No"
    assert all(y == p["fit"][1] for _, y in r.waypoints["a2"])  # fit -> call, "Yes": straight
    boxes = rects(m, r)
    assert arrows_met(m, r, m.arrows[3], boxes) == []


def test_a_branch_above_leaves_from_the_top_vertex():
    m = two_branches()
    laid_out(m)
    # The owner puts the "No" branch on top.
    for a, b in (("call", "email"), ("won", "later")):
        m.step(a).y, m.step(b).y = m.step(b).y, m.step(a).y
    r = layout_map(m)
    p = r.positions
    assert p["email"][1] < p["fit"][1] == p["call"][1]
    assert r.waypoints["a4"] == [(p["fit"][0], p["email"][1])]


def test_top_to_bottom_a_side_branch_leaves_from_the_side_vertex():
    m = two_branches()
    r = layout_map(m, direction="TB")
    p = r.positions
    assert p["email"][0] != p["fit"][0] and p["call"][0] == p["fit"][0]
    assert r.waypoints["a4"] == [(p["email"][0], p["fit"][1])]
    assert all(x == p["fit"][0] for x, _ in r.waypoints["a2"])


def test_a_branch_keeps_its_bend_after_the_diamond_when_the_vertex_way_is_blocked():
    # A step under the decision: dropping from the vertex would run through it.
    m = flow([("lead", "terminator"), ("other", "terminator"), ("fits", "decision"), ("check", "activity"),
              ("call", "activity"), ("won", "terminator"), ("later", "terminator")],
             [("lead", "fits"), ("fits", "call", "Yes"), ("call", "won"), ("other", "check"), ("check", "later"),
              ("fits", "later", "No")])
    r = layout_map(m)
    p = r.positions
    assert p["fits"][0] == p["check"][0] and p["fits"][1] < p["check"][1] <= p["later"][1]
    first = r.waypoints["a6"][0]
    assert first[1] == p["fits"][1] and first[0] > p["fits"][0]  # out of the right vertex
    check_drawing(m, r)
    # A loop back into the decision enters by the bottom vertex: the "No" branch leaves by the right one.
    m = flow([("start", "terminator"), ("complete", "decision"), ("go", "activity"), ("done", "terminator"),
              ("chase", "activity")],
             [("start", "complete"), ("complete", "go", "Yes"), ("go", "done"), ("complete", "chase", "No"),
              ("chase", "complete")])
    r = layout_map(m)
    p = r.positions
    loop = r.waypoints["a5"]
    assert loop[-1] == (p["complete"][0], loop[-1][1]) and loop[-1][1] > p["complete"][1]
    first = r.waypoints["a4"][0]
    assert first[1] == p["complete"][1] and first[0] > p["complete"][0]
    boxes = rects(m, r)
    assert arrows_met(m, r, m.arrows[3], boxes) == [] and arrows_met(m, r, m.arrows[4], boxes) == []


def test_top_to_bottom_the_retargeting_loop_crosses_no_branch():
    m = load_map(SAMPLE_MAPS / "life-of-a-lead.json")
    r = layout_map(m, direction="TB")
    boxes = rects(m, r)
    loop = next(a for a in m.arrows if a.source == "retarget" and a.target == "clicks")
    assert arrows_met(m, r, loop, boxes) == []
    # Its way back runs outside the "No" branch's end, not between it and the main line.
    x = {sid: p[0] for sid, p in r.positions.items()}
    assert min(p[0] for p in r.waypoints[loop.id]) < x["scrolls"] < x["clicks"]


def test_an_end_sits_right_after_its_branch_not_at_the_far_right():
    m = flow([("start", "terminator"), ("fit", "decision"), ("lost", "terminator"), ("a", "activity"),
              ("b", "activity"), ("c", "activity"), ("won", "terminator")],
             [("start", "fit"), ("fit", "a", "Yes"), ("fit", "lost", "No"), ("a", "b"), ("b", "c"), ("c", "won")])
    x = {sid: p[0] for sid, p in layout_map(m).positions.items()}
    assert x["lost"] == x["a"] < x["won"]


def test_a_second_start_joins_where_it_feeds_in():
    m = recycle_funnel()
    x = {sid: p[0] for sid, p in layout_map(m).positions.items()}
    assert x["referral"] > x["lead"]
    columns = sorted(set(x.values()))
    assert columns.index(x["call"]) - columns.index(x["referral"]) == 1


def test_the_given_sizes_are_respected():
    m = recycle_funnel()
    sizes = {s.id: (300.0, 140.0) if s.kind == "decision" else (220.0, 90.0) for s in m.steps}
    r = layout_map(m, sizes=sizes)
    check_drawing(m, r, sizes)
    r_small = layout_map(m)
    span = lambda res: max(p[0] for p in res.positions.values()) - min(p[0] for p in res.positions.values())
    assert span(r) > span(r_small)


def test_loose_steps_go_in_a_row_below_the_flow_and_parts_are_stacked():
    m = webinar_loop()
    other = two_branches()
    for s in other.steps:
        s.id = "o_" + s.id
        m.steps.append(s)
    for a in other.arrows:
        a.id, a.source, a.target = "o_" + a.id, "o_" + a.source, "o_" + a.target
        m.arrows.append(a)
    m.steps += [Step(id="idea1", kind="activity", text="Loose idea"), Step(id="idea2", kind="decision", text="Maybe?")]
    r = layout_map(m)
    boxes = rects(m, r)
    assert overlaps(boxes) == []
    first_bottom = max(boxes[s][3] for s in ("webinar", "nurture", "booked", "client"))
    second_top = min(boxes[s.id][1] for s in other.steps)
    assert second_top > first_bottom
    flow_bottom = max(b[3] for sid, b in boxes.items() if not sid.startswith("idea"))
    assert boxes["idea1"][1] > flow_bottom and boxes["idea2"][1] > flow_bottom
    assert r.positions["idea1"][1] == r.positions["idea2"][1] - (estimate_size(m.step("idea2"))[1]
                                                                - estimate_size(m.step("idea1"))[1]) / 2
    assert r.positions["idea1"][0] < r.positions["idea2"][0]


def test_notes_never_move_and_the_flow_keeps_clear_of_them():
    m = webinar_loop()
    m.steps.append(Step(id="memo", kind="note", text="Webinars run on Tuesdays", x=100.0, y=40.0))
    r = laid_out(m)
    assert "memo" not in r.positions
    assert (m.step("memo").x, m.step("memo").y) == (100.0, 40.0)
    assert overlaps(rects(m, r)) == []
    assert routes_through_shapes(m, r, rects(m, r)) == []


def test_moving_clear_of_a_note_of_odd_size_is_stable_on_a_second_tidy_up():
    # The flow moves to just below the note (bottom 10.5): a whole-number top,
    # the same place a second tidy-up starts from.
    m = webinar_loop()
    m.steps.append(Step(id="memo", kind="note", text="A note", x=0.0, y=0.0))
    sizes = {s.id: (30.0, 21.0) if s.kind == "note" else (160.0, 70.0) for s in m.steps}
    first = layout_map(m, sizes=sizes)
    set_layout(m, first.positions, first.waypoints).apply(m)
    again = layout_map(m, sizes=sizes)
    assert again.positions == first.positions and again.waypoints == first.waypoints
    assert overlaps(rects(m, first, sizes)) == []


def test_tidy_up_stays_where_the_map_was():
    m = webinar_loop()
    for i, s in enumerate(m.steps):
        s.x, s.y = 5000.0 + 300 * i, -2000.0 + 37 * i
    old_left = min(s.x - estimate_size(s)[0] / 2 for s in m.steps)
    old_top = min(s.y - estimate_size(s)[1] / 2 for s in m.steps)
    boxes = rects(m, layout_map(m))
    assert min(b[0] for b in boxes.values()) == pytest.approx(round(old_left), abs=0.01)
    assert min(b[1] for b in boxes.values()) == pytest.approx(round(old_top), abs=0.01)


def test_laying_out_only_a_selection_leaves_the_rest_alone():
    m = recycle_funnel()
    laid_out(m)
    before = {s.id: (s.x, s.y) for s in m.steps}
    chosen = {"job", "paid", "remind", "client"}
    # Scramble the selection, then tidy just it.
    for i, sid in enumerate(sorted(chosen)):
        s = m.step(sid)
        s.x, s.y = 3000.0 + 50 * i, 900.0 - 60 * i
    sel_left = min(m.step(s).x - estimate_size(m.step(s))[0] / 2 for s in chosen)
    sel_top = min(m.step(s).y - estimate_size(m.step(s))[1] / 2 for s in chosen)
    r = layout_map(m, only=chosen)
    assert set(r.positions) == chosen
    # Arrows inside the selection are routed; arrows to the rest are left to the renderer.
    assert {"a10", "a11", "a12", "a13"} <= set(r.waypoints)  # job -> paid -> client, the reminder loop
    assert r.waypoints["a7"] == []  # accepts -> job: accepts stays where it is
    assert "a1" not in r.waypoints
    set_layout(m, r.positions, r.waypoints).apply(m)
    for s in m.steps:
        if s.id not in chosen:
            assert (s.x, s.y) == before[s.id]
    # Tidying the tidied selection again changes nothing.
    again = layout_map(m, only=chosen)
    assert again.positions == r.positions and again.waypoints == r.waypoints
    boxes = {sid: b for sid, b in rects(m, layout_map(m, only=chosen)).items() if sid in chosen}
    assert min(b[0] for b in boxes.values()) == pytest.approx(round(sel_left), abs=0.01)
    assert min(b[1] for b in boxes.values()) == pytest.approx(round(sel_top), abs=0.01)
    assert overlaps(boxes) == []


def test_an_owners_order_within_a_column_survives_a_tidy_up():
    m = two_branches()
    laid_out(m)
    y = {s.id: s.y for s in m.steps}
    assert y["call"] < y["email"]
    # The owner prefers the "No" branch on top: swap the two branches (no crossing either way).
    for a, b in (("call", "email"), ("won", "later")):
        m.step(a).y, m.step(b).y = y[b], y[a]
    r = layout_map(m)
    assert r.positions["email"][1] < r.positions["call"][1]
    assert r.positions["later"][1] < r.positions["won"][1]
    # ...and the Yes branch still goes straight on.
    assert r.positions["call"][1] == r.positions["fit"][1]


def test_an_order_with_crossings_is_untangled():
    m = two_branches()
    laid_out(m)
    y = {s.id: s.y for s in m.steps}
    # Swap only the middle steps: now the branches cross.
    m.step("call").y, m.step("email").y = y["email"], y["call"]
    r = layout_map(m)
    p = r.positions
    assert (p["call"][1] < p["email"][1]) == (p["won"][1] < p["later"][1])


def test_unplaced_and_placed_steps_mix():
    m = webinar_loop()
    laid_out(m)
    m.steps.append(Step(id="reminder", kind="activity", text="Send a reminder"))
    m.arrows[-1].target = "reminder"
    from mapper.model import Arrow
    m.arrows.append(Arrow(id="a5", source="reminder", target="nurture"))
    r = layout_map(m)
    check_drawing(m, r)
    assert r.positions["reminder"][0] > r.positions["booked"][0] or r.positions["reminder"][1] != r.positions["booked"][1]


def test_self_loops_and_duplicate_arrows_are_drawn_without_crossing_shapes():
    m = flow([("s", "terminator"), ("retry", "activity"), ("e", "terminator")],
             [("s", "retry"), ("retry", "retry", "again"), ("retry", "e"), ("retry", "e")])
    r = layout_map(m)
    check_drawing(m, r)
    loop = r.waypoints["a2"]
    assert len(loop) >= 3


def test_an_empty_map_and_a_map_of_notes_lay_out_to_nothing():
    from mapper.model import SystemMap
    assert layout_map(SystemMap()).positions == {}
    m = SystemMap(steps=[Step(id="n", kind="note", text="hi", x=1.0, y=2.0)])
    r = layout_map(m)
    assert r.positions == {} and r.waypoints == {}


def test_a_bad_direction_is_refused():
    with pytest.raises(ValueError, match="LR"):
        layout_map(webinar_loop(), direction="RL")


def test_estimated_sizes_grow_with_the_text_and_never_shrink_a_shape():
    short = estimate_size(Step(id="a", kind="activity", text="Call"))
    long = estimate_size(Step(id="a", kind="activity",
                              text="Call the customer back and agree on a date and a time for the visit"))
    assert short == (160.0, 70.0)
    assert long[0] == 160.0 and long[1] > short[1]
    assert estimate_size(Step(id="d", kind="decision", text="Paid?")) == (150.0, 100.0)
    tall = estimate_size(Step(id="d", kind="decision", text="Did the customer reply to the second reminder?"))
    assert tall[1] > 100.0
    big = estimate_size(Step(id="b", kind="activity", text="x", width=400.0, height=200.0))
    assert big == (400.0, 200.0)
    word = estimate_size(Step(id="w", kind="activity", text="Rechnungsstellungsbestätigungsschreiben"))
    assert 160.0 < word[0] <= 360.0


def test_mapper_layout_command(tmp_path, capsys):
    m = recycle_funnel()
    path = tmp_path / "funnel.json"
    save_map(m, path)
    out = tmp_path / "tidy.json"
    assert main(["layout", str(path), "-o", str(out), "--direction", "TB"]) == 0
    tidy = load_map(out)
    assert all(s.placed for s in tidy.steps)
    expected = layout_map(m, direction="TB")
    assert {s.id: (s.x, s.y) for s in tidy.steps} == expected.positions
    assert {a.id: [tuple(p) for p in a.waypoints] for a in tidy.arrows} == expected.waypoints
    assert json.loads(path.read_text())["steps"][0].get("x") is None  # the input is untouched
    assert main(["layout", str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err
