"""Properties of the layout on random flowcharts: loops, several starts,
decisions, loose steps, notes, steps placed anywhere (or not at all)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.layout import layout_map
from mapper.model import Arrow, Step, SystemMap, set_layout

from .drawing import arrows_met, not_orthogonal, overlaps, rects, routes_through_shapes

WORDS = ["Call", "the", "customer", "Send", "invoice", "Paid?", "Book a visit", "follow up", "again"]


@st.composite
def flowcharts(draw, acyclic: bool = False):
    n = draw(st.integers(1, 14))
    steps = []
    for i in range(n):
        kind = draw(st.sampled_from(["terminator", "activity", "activity", "decision"]))
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=8)))
        step = Step(id=f"s{i}", kind=kind, text=text)
        if draw(st.booleans()):
            step.x = float(draw(st.integers(-500, 2000)))
            step.y = float(draw(st.integers(-500, 2000)))
        steps.append(step)
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(["", "Yes", "No"]))
    arrows = []
    for k, (a, b, label) in enumerate(draw(st.lists(pairs, max_size=2 * n))):
        if acyclic:
            if a == b:
                continue
            a, b = min(a, b), max(a, b)
        arrows.append(Arrow(id=f"a{k}", source=f"s{a}", target=f"s{b}", label=label))
    for j in range(draw(st.integers(0, 2))):
        steps.append(Step(id=f"note{j}", kind="note", text="A note",
                          x=float(draw(st.integers(-300, 1500))), y=float(draw(st.integers(-300, 1500)))))
    order = draw(st.permutations(range(len(steps))))
    return SystemMap(steps=[steps[i] for i in order], arrows=arrows)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(flowcharts(), st.sampled_from(["LR", "TB"]))
def test_random_flowcharts_lay_out_cleanly_and_stay_put_on_a_second_tidy_up(m, direction):
    notes_before = {s.id: (s.x, s.y) for s in m.steps if s.kind == "note"}
    r = layout_map(m, direction=direction)
    assert set(r.positions) == {s.id for s in m.steps if s.kind != "note"}
    assert set(r.waypoints) == {a.id for a in m.arrows}
    boxes = rects(m, r)
    # Notes the owner put on top of each other stay so; nothing else overlaps.
    assert [p for p in overlaps(boxes) if not all(sid.startswith("note") for sid in p)] == []
    assert not_orthogonal(m, r) == []
    flow_boxes = {sid: b for sid, b in boxes.items() if not sid.startswith("note")}
    assert routes_through_shapes(m, r, flow_boxes) == []
    set_layout(m, r.positions, r.waypoints).apply(m)
    assert {s.id: (s.x, s.y) for s in m.steps if s.kind == "note"} == notes_before
    again = layout_map(m, direction=direction)
    assert again.positions == r.positions
    assert again.waypoints == r.waypoints


@SETTINGS
@given(flowcharts(acyclic=True))
def test_without_loops_every_arrow_points_forward(m):
    lr = layout_map(m)
    tb = layout_map(m, direction="TB")
    for a in m.arrows:
        assert lr.positions[a.source][0] < lr.positions[a.target][0]
        assert tb.positions[a.source][1] < tb.positions[a.target][1]


@SETTINGS
@given(flowcharts(), st.data())
def test_a_selection_is_laid_out_alone(m, data):
    ids = [s.id for s in m.steps if s.kind != "note"]
    chosen = set(data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True)))
    r = layout_map(m, only=chosen)
    assert set(r.positions) == chosen
    inside = {a.id for a in m.arrows if a.source in chosen and a.target in chosen}
    touching = {a.id for a in m.arrows if (a.source in chosen) != (a.target in chosen)}
    assert set(r.waypoints) == inside | touching
    assert all(r.waypoints[a] == [] for a in touching)
    assert overlaps({sid: b for sid, b in rects(m, r).items() if sid in chosen}) == []


@SETTINGS
@given(flowcharts(), st.data(), st.sampled_from(["LR", "TB"]))
def test_measured_sizes_of_any_shape_are_kept_apart(m, data, direction):
    dims = st.tuples(st.floats(30, 420), st.floats(20, 300))
    sizes = {s.id: data.draw(dims) for s in m.steps}
    r = layout_map(m, direction=direction, sizes=sizes)
    boxes = rects(m, r, sizes)
    assert [p for p in overlaps(boxes) if not all(sid.startswith("note") for sid in p)] == []
    assert not_orthogonal(m, r) == []
    flow_boxes = {sid: b for sid, b in boxes.items() if not sid.startswith("note")}
    assert routes_through_shapes(m, r, flow_boxes) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flowcharts(), st.sampled_from(["LR", "TB"]))
def test_a_branch_out_of_a_diamonds_vertex_crosses_no_other_arrow(m, direction):
    # A side branch that drops out of a decision's bottom (top, or side in TB)
    # vertex does so only where its way to the next column is clear.
    r = layout_map(m, direction=direction)
    boxes = rects(m, r)
    i = 0 if direction == "LR" else 1  # along the flow
    for a in m.arrows:
        if m.step(a.source).kind != "decision" or a.source == a.target or not r.waypoints[a.id]:
            continue
        src, dst, first = r.positions[a.source], r.positions[a.target], r.waypoints[a.id][0]
        if dst[i] > src[i] and first[i] == src[i] and first[1 - i] != src[1 - i]:
            next_column = min(p[i] for p in r.positions.values() if p[i] > src[i])
            big = 1e9
            within = (-big, -big, next_column, big) if i == 0 else (-big, -big, big, next_column)
            assert arrows_met(m, r, a, boxes, first=2, within=within) == []
