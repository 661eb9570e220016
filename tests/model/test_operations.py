"""Edit operations: each refused edit changes nothing, and undo is exact."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.model import (AddArrow, AddStep, Arrow, Batch, EditError, MoveSteps, RemoveArrow, RemoveStep,
                          SetArrowFields, SetMapFields, SetStepFields, Step, dumps_map, load_map, remove_steps)
from tests.conftest import SAMPLE_MAPS

from .strategies import maps


def webinar():
    return load_map(SAMPLE_MAPS / "webinar-marketing.json")


def test_remove_step_takes_its_arrows_and_undo_restores_order():
    m = webinar()
    before = dumps_map(m)
    op = RemoveStep("booked")
    change = op.apply(m)
    assert m.step("booked") is None
    assert not [a for a in m.arrows if "booked" in (a.source, a.target)]
    assert set(change.arrows_removed) == {"a5", "a6", "a7"}
    op.undo(m)
    assert dumps_map(m) == before


def test_refused_edits_change_nothing():
    m = webinar()
    before = dumps_map(m)
    for op in [AddArrow(Arrow(id="z", source="note", target="signup")),
               AddArrow(Arrow(id="z", source="signup", target="ghost")),
               AddStep(Step(id="signup", kind="activity")),
               SetStepFields("booked", {"kind": "note"}),
               SetStepFields("booked", {"colour": "red"}),
               SetArrowFields("a1", {"probability": 3}),
               Batch([SetStepFields("signup", {"text": "x"}), RemoveStep("ghost")])]:
        with pytest.raises((EditError, ValueError)):
            op.apply(m)
        assert dumps_map(m) == before


def test_moves_of_one_drag_merge_into_one_undo():
    m = webinar()
    before = dumps_map(m)
    first = MoveSteps({"signup": (10, 10)}, merge_key=1)
    first.apply(m)
    later = MoveSteps({"signup": (30, 40)}, merge_key=1)
    later.apply(m)
    assert first.merge(later)
    assert (m.step("signup").x, m.step("signup").y) == (30, 40)
    first.undo(m)
    assert dumps_map(m) == before
    assert not MoveSteps({"signup": (1, 1)}, merge_key=2).merge(MoveSteps({"signup": (1, 1)}, merge_key=3))


def test_delete_selection_is_one_operation():
    m = webinar()
    before = dumps_map(m)
    op = remove_steps(m, ["booked", "consult"], ["a1"])
    op.apply(m)
    assert m.step("booked") is None and m.arrow("a1") is None
    op.undo(m)
    assert dumps_map(m) == before


def _random_operation(data, m):
    ids = [s.id for s in m.steps]
    flow = [s.id for s in m.steps if s.kind != "note"]
    arrows = [a.id for a in m.arrows]
    choices = ["add_step", "map"]
    if ids:
        choices += ["remove_step", "move", "text", "kind"]
    if flow:
        choices.append("connect")
    if arrows:
        choices += ["disconnect", "label"]
    what = data.draw(st.sampled_from(choices))
    if what == "add_step":
        return AddStep(Step(id=m.unused_step_id("n"), kind=data.draw(st.sampled_from(["activity", "decision", "note"])),
                            text=data.draw(st.text(max_size=5))), index=data.draw(st.integers(0, len(ids))))
    if what == "remove_step":
        return RemoveStep(data.draw(st.sampled_from(ids)))
    if what == "move":
        return MoveSteps({data.draw(st.sampled_from(ids)): (data.draw(st.integers(-500, 500)), 3.5)})
    if what == "text":
        return SetStepFields(data.draw(st.sampled_from(ids)), {"text": data.draw(st.text(max_size=5)), "owner": "Bo"})
    if what == "kind":
        return SetStepFields(data.draw(st.sampled_from(ids)), {"kind": data.draw(st.sampled_from(["activity", "note"]))})
    if what == "connect":
        return AddArrow(Arrow(id=m.unused_arrow_id(), source=data.draw(st.sampled_from(flow)),
                              target=data.draw(st.sampled_from(flow))))
    if what == "disconnect":
        return RemoveArrow(data.draw(st.sampled_from(arrows)))
    if what == "label":
        return SetArrowFields(data.draw(st.sampled_from(arrows)), {"label": "Yes", "probability": 0.5})
    return SetMapFields({"title": data.draw(st.text(max_size=5)), "system": "operating"})


@settings(max_examples=80, deadline=None)
@given(maps(), st.data())
def test_random_edit_sequences_undo_back_to_the_original(m, data):
    original = dumps_map(m)
    applied = []
    snapshots = [original]
    for _ in range(data.draw(st.integers(1, 25))):
        op = _random_operation(data, m)
        try:
            op.apply(m)
        except (EditError, ValueError):
            assert dumps_map(m) == snapshots[-1]  # refused: nothing changed
            continue
        applied.append(op)
        snapshots.append(dumps_map(m))
    # Undo step by step: each undo gives back exactly the previous state.
    for op in reversed(applied):
        snapshots.pop()
        op.undo(m)
        assert dumps_map(m) == snapshots[-1]
    assert dumps_map(m) == original
    # And redo replays to the same end state.
    for op in applied:
        op.apply(m)
