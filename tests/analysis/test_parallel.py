"""A step that says "do all of the next steps" is a parallel split, not a choice to make."""

from __future__ import annotations

from mapper.analysis import analyse
from mapper.model import Arrow, Step, SystemMap
from mapper.model.parallel import says_do_all, says_wait_for_all


def parallel_map(split_text: str, join_text: str) -> SystemMap:
    steps = [Step(id="in", kind="terminator", text="Order in"), Step(id="split", kind="activity", text=split_text),
             Step(id="pack", kind="activity", text="Pack"), Step(id="bill", kind="activity", text="Invoice"),
             Step(id="join", kind="activity", text=join_text), Step(id="ship", kind="activity", text="Ship"),
             Step(id="out", kind="terminator", text="Sent", goal=True)]
    pairs = [("in", "split"), ("split", "pack"), ("split", "bill"), ("pack", "join"), ("bill", "join"),
             ("join", "ship"), ("ship", "out")]
    return SystemMap(steps=steps, arrows=[Arrow(id=f"a{i}", source=s, target=t) for i, (s, t) in enumerate(pairs, 1)])


def test_the_words_of_a_parallel_split_and_join():
    assert says_do_all("Do all of the next steps") and says_do_all("Ship and bill\nDo all of the next steps")
    assert says_do_all("Do these in parallel")
    assert not says_do_all("Do the next step") and not says_do_all("Call the client")
    assert says_wait_for_all("Wait until all are done") and not says_wait_for_all("Wait for payment")


def test_a_parallel_split_gets_no_put_a_decision_advice_and_the_funnel_takes_every_branch():
    report = analyse(parallel_map("Do all of the next steps", "Wait until all are done"))
    assert not [f for f in report.findings if f.rule == "implicit-split"]
    funnel = report.funnel
    assert funnel is not None
    # Everyone is packed AND invoiced; each person passes the join once and is shipped once.
    assert funnel.visits["pack"] == funnel.visits["bill"] == funnel.visits["join"] == funnel.visits["ship"] == 100
    assert funnel.outcomes["out"] == 100


def test_an_ordinary_step_with_two_ways_out_still_gets_the_advice():
    report = analyse(parallel_map("Check the order", "Wait until all are done"))
    assert [f.steps for f in report.findings if f.rule == "implicit-split"] == [("split",)]
