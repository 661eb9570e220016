"""The seven steps of the method: each turns done at the right moment, by the
same operations the app uses, and opens again when the edit is undone."""

import datetime as dt

from mapper.analysis import analyse
from mapper.analysis.method import method_progress, method_to_json
from mapper.model import (AddArrow, AddStep, Arrow, Metric, SetLogValues, SetMapFields, SetStepFields, Step,
                          SystemMap)
from mapper.model.schema import Priority

TODAY = dt.date(2026, 12, 3)  # ISO 2026-W49, quarter 2026-Q4


def progress(m):
    return method_progress(m, analyse(m), today=TODAY)


def done(m):
    return [s.done for s in progress(m).steps]


def apply_and_check(m, op, number, undo_check=True):
    """Apply ``op``; step ``number`` must turn done; undo must open it again."""
    before = done(m)
    assert not before[number - 1]
    op.apply(m)
    after = done(m)
    assert after[number - 1], progress(m).steps[number - 1]
    if undo_check:
        op.undo(m)
        assert done(m) == before
        op.apply(m)
    return op


def test_a_map_goes_through_all_seven_steps():
    m = SystemMap()
    assert progress(m).current == 1
    steps = [Step(id="call", kind="terminator", text="Customer calls", x=0, y=0),
             Step(id="quote", kind="activity", text="Send the quote by email", x=200, y=0),
             Step(id="visit", kind="activity", text="Visit and measure up", x=400, y=0),
             Step(id="buys", kind="decision", text="Accepts the quote?", x=600, y=0),
             Step(id="won", kind="terminator", text="Job booked", x=800, y=0, goal=True),
             Step(id="lost", kind="terminator", text="Goes elsewhere", x=600, y=200)]
    arrows = [Arrow(id="a1", source="call", target="quote"), Arrow(id="a2", source="quote", target="visit"),
              Arrow(id="a3", source="visit", target="buys"),
              Arrow(id="a4", source="buys", target="won", label="Yes"),
              Arrow(id="a5", source="buys", target="lost", label="No")]
    for s in steps[:-1]:
        AddStep(s).apply(m)
    for a in arrows[:-1]:
        AddArrow(a).apply(m)
    assert not done(m)[0], "a decision with one branch is an error: not mapped yet"
    AddStep(steps[-1]).apply(m)
    apply_and_check(m, AddArrow(arrows[-1]), 1)
    assert progress(m).current == 2

    # 2. The owner decides every automation candidate.
    left = progress(m).steps[1].left
    assert "quote" in left
    apply_and_check(m, _batch([SetStepFields(sid, {"automate": sid == "quote"}) for sid in left]), 2)

    # 3. Every critical step gets a checklist of two items (or notes).
    critical = [c.step for c in analyse(m).critical]
    assert critical and set(progress(m).steps[2].left) == set(critical)
    apply_and_check(m, _batch([SetStepFields(sid, {"checklist": ["Check the address", "Bring the laser"]})
                               for sid in critical]), 3)

    # 4. Critical steps and decisions get a metric with a target.
    to_measure = progress(m).steps[3].left
    assert "buys" in to_measure and set(critical) <= set(to_measure)
    ops = [SetStepFields(sid, {"metric": Metric(name=f"{sid} count", target=5)}) for sid in to_measure]
    apply_and_check(m, _batch(ops), 4)

    # 5. Every activity, and what owner-missing reports, has an owner.
    assert set(progress(m).steps[4].left) >= {"quote", "visit"}
    ops = [SetStepFields(s.id, {"owner": "Office"}) for s in m.steps if s.kind != "terminator" or s.metric]
    apply_and_check(m, _batch(ops), 5)

    # 6. Last week's numbers are in for every metric (W48 counts on 3 December, W47 does not).
    keys = [s.id for s in m.steps if s.metric]
    stale = SetLogValues({"2026-W47": {k: 1 for k in keys}})
    stale.apply(m)
    assert not done(m)[5] and progress(m).steps[5].go_to == "scorecard"
    apply_and_check(m, SetLogValues({"2026-W48": {k: 3 for k in keys}}), 6)

    # 7. A priority for this quarter, with an owner (one for next quarter does not count).
    SetMapFields({"priorities": [Priority(id="p1", quarter="2027-Q1", text="Later", owner="Ann")]}).apply(m)
    assert not done(m)[6]
    apply_and_check(m, SetMapFields({"priorities": [Priority(id="p1", quarter="2026-Q4", text="Faster quotes",
                                                             owner="Ann")]}), 7)
    assert progress(m).current is None and progress(m).done_count == 7
    out = method_to_json(progress(m))
    assert out["current"] is None and [s["id"] for s in out["steps"]] == [
        "mapped", "automation", "documented", "measured", "owned", "reviewed", "planned"]


def test_open_steps_say_what_is_left_in_words():
    m = SystemMap(steps=[Step(id="s", kind="terminator", text="Start")])
    first = progress(m).steps[0]
    assert not first.done and "start" in first.todo and first.todo[0].isupper()
    # Before the system is mapped, every later step is open and says so.
    assert all(not s.done and s.todo == "Map the system first (step 1)" for s in progress(m).steps[1:])


def test_a_blank_map_has_nothing_done():
    p = progress(SystemMap())
    assert p.current == 1 and p.done_count == 0


def _batch(ops):
    from mapper.model import Batch
    return Batch(ops, "test")
