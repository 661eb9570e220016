"""Critical steps and the funnel on small maps worked out by hand.

Visits are per entrant unless said otherwise; the funnel reports per 100.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.analysis import analyse
from mapper.analysis.report import report_to_json
from mapper.model import loads_map

from tests.conftest import design_example_document

from .helpers import act, build, dec, end, start

DESIGN_WEBINAR = design_example_document()


def approx(x):
    return pytest.approx(x, rel=1e-9, abs=1e-9)


def test_design_webinar_example():
    # nurture is visited n = 1 + 0.8 n times -> n = 5, and so is booked; the only
    # way out is "Yes", so all 100 entrants become clients. Both branches reach the
    # goal for sure, so moving probability between them gains nothing.
    m = loads_map(json.dumps(DESIGN_WEBINAR))
    r = analyse(m)
    # Only "webinar" has an owner: the two critical steps get owner-missing, nothing else is wrong.
    assert [(f.rule, f.steps) for f in r.findings] == [("owner-missing", ("nurture",)), ("owner-missing", ("booked",))]
    assert [(c.step, c.reasons) for c in r.critical] == [
        ("nurture", ("every customer passes here, and right after it they decide 'Books a consultation?'",))]
    f = r.funnel
    assert f.entrants == 100
    assert f.outcomes == {"client": approx(100)}
    assert f.visits == {"webinar": approx(100), "nurture": approx(500), "booked": approx(500)}
    assert f.value_per_entrant == approx(0)
    assert [(lv.step, lv.gain) for lv in f.levers] == [("booked", approx(0))]
    out = report_to_json(r, m, "webinar.json")["funnel"]
    assert out == {"entrants": 100, "outcomes": {"client": 100}, "visits": {"webinar": 100, "nurture": 500,
                   "booked": 500}, "value_per_entrant": 0, "levers": [{"step": "booked", "gain": 0.0}]}


def webinar_with_a_way_out():
    return build(
        [start("webinar", "Free webinar"), act("nurture", "Email nurture campaign", cost=2),
         dec("booked", "Books a consultation?"), dec("still", "Still opening our emails?"),
         end("client", "New client", goal=True, value=1000), end("cold", "Lead goes cold")],
        [("webinar", "nurture"), ("nurture", "booked"), ("booked", "client", "Yes", 0.2),
         ("booked", "still", "No", 0.8), ("still", "nurture", "Yes", 0.75), ("still", "cold", "No", 0.25)])


def test_nurture_loop_with_a_way_out():
    # n = visits of nurture = 1 + 0.8 * 0.75 n = 1 + 0.6 n -> n = 2.5 (booked too);
    # still = 0.8 * 2.5 = 2; client = 0.2 * 2.5 = 0.5; cold = 0.25 * 2 = 0.5.
    # Value: 0.5 * 1000 - 2.5 visits * cost 2 = 495 per entrant.
    r = analyse(webinar_with_a_way_out())
    f = r.funnel
    assert f.outcomes == {"client": approx(50), "cold": approx(50)}
    assert f.visits == {"webinar": approx(100), "nurture": approx(250), "booked": approx(250), "still": approx(200)}
    assert f.value_per_entrant == approx(495)
    # Chance of a goal: h(booked) = 0.2 + 0.8 h(still), h(still) = 0.75 h(booked)
    # -> h = 0.5, h(still) = 0.375.
    # booked: move 1 point from "No" (0.375) to "Yes" (1): h' = 0.21 / (1 - 0.79 * 0.75)
    #   = 0.21 / 0.4075, gain = 100 (0.21 / 0.4075 - 0.5) = 1.53374...
    # still: move 1 point from "No" (cold, 0) to "Yes" (0.5): h' = 0.2 / (1 - 0.8 * 0.76)
    #   = 0.2 / 0.392, gain = 100 (0.2 / 0.392 - 0.5) = 1.02040...
    assert [lv.step for lv in f.levers] == ["booked", "still"]
    assert f.levers[0].gain == approx(100 * (0.21 / 0.4075 - 0.5))
    assert f.levers[1].gain == approx(100 * (0.2 / 0.392 - 0.5))
    assert r.critical_ids() == {"nurture"}
    rounded = report_to_json(r, webinar_with_a_way_out(), "w.json")["funnel"]["levers"]
    assert rounded == [{"step": "booked", "gain": 1.534}, {"step": "still", "gain": 1.02}]


def test_several_starts_split_the_entrants_evenly():
    # 50 enter at each start; ad goes through "qualify" first, referrals go straight
    # to the decision, so only the decision is on every path, and decisions are never
    # critical (they are metric points): no step is. Decision: 100 visits,
    # half win. Lever: 100 visits * 0.01 * (1 - 0) = 1.
    m = build([start("ad", "Google ad"), start("ref", "Referral"), act("qualify", "Qualify the lead"),
               dec("buy", "Buys?"), end("won", "New client", goal=True), end("lost", "Lost")],
              [("ad", "qualify"), ("qualify", "buy"), ("ref", "buy"),
               ("buy", "won", "Yes", 0.5), ("buy", "lost", "No", 0.5)])
    r = analyse(m)
    assert r.critical_ids() == set()
    f = r.funnel
    assert f.visits == {"ad": approx(50), "ref": approx(50), "qualify": approx(50), "buy": approx(100)}
    assert f.outcomes == {"won": approx(50), "lost": approx(50)}
    assert [(lv.step, lv.gain) for lv in f.levers] == [("buy", approx(1.0))]


def nested_loops():
    return build(
        [start(), act("a", "Send the newsletter"), act("b", "Draft the proposal"), dec("d1", "Proposal ready?"),
         act("c", "Email the proposal"), dec("d2", "Signs?"), end("won", "Signed client", goal=True),
         end("lost", "Lost")],
        [("start", "a"), ("a", "b"), ("b", "d1"), ("d1", "c", "Yes", 0.5), ("d1", "b", "No", 0.5),
         ("c", "d2"), ("d2", "won", "Yes", 0.6), ("d2", "a", "Not yet", 0.3), ("d2", "lost", "No", 0.1)])


def test_loops_inside_loops():
    # Inner loop b -> d1 -> b inside the outer loop a -> ... -> d2 -> a.
    # a = 1 + 0.3 d2; b = a + 0.5 d1; d1 = b -> b = 2a; c = 0.5 d1 = a; d2 = c = a
    # -> a = 1 / 0.7 = 10/7. won = 0.6 a = 6/7, lost = 0.1 a = 1/7.
    r = analyse(nested_loops())
    f = r.funnel
    a = 10 / 7
    assert f.visits == {"start": approx(100), "a": approx(100 * a), "b": approx(200 * a), "d1": approx(200 * a),
                        "c": approx(100 * a), "d2": approx(100 * a)}
    assert f.outcomes == {"won": approx(600 / 7), "lost": approx(100 / 7)}
    assert sum(f.outcomes.values()) == approx(100)
    # Every step before d2 reaches a goal with h = 0.6 + 0.3 h = 6/7, so d1's branches
    # are equal (gain 0). d2: 1 point from "No" (0) to "Yes" (1): 100 * 0.61 / 0.7 -
    # 100 * 0.6 / 0.7 = 1/0.7 = 1.428571...
    assert [(lv.step, lv.gain) for lv in f.levers] == [("d2", approx(1 / 0.7)), ("d1", approx(0))]
    # d1 loops back ("not yet") and d2 can lose the customer: b and c come right before them.
    assert [c.step for c in r.critical] == ["b", "c"]


def test_no_goal_marked_means_every_end_counts():
    m = build([start(), act("quote", "Send the quote"), dec("d", "Accepts?"), end("yes", "Job booked"),
               end("no", "Declined")],
              [("start", "quote"), ("quote", "d"), ("d", "yes", "Yes", 0.7), ("d", "no", "No", 0.3)])
    r = analyse(m)
    assert [(c.step, c.reasons) for c in r.critical] == [
        ("quote", ("every customer passes here on the way to 'Job booked' or 'Declined'",))]
    assert r.funnel.outcomes == {"yes": approx(70), "no": approx(30)}
    assert [lv.gain for lv in r.funnel.levers] == [approx(0)]


def test_goal_and_non_goal_ends_and_branch_that_skips_a_step():
    # quote is skipped by the "Repeat customer" branch, so it is not critical;
    # decisions never are; "Send invoice" is on every way to "Won" but leads to no
    # decision, so it is critical only by the fallback.
    m = build([start(), dec("repeat", "Repeat customer?"), act("quote", "Send the quote"),
               dec("ok", "Accepts?"), act("invoice", "Send invoice"), end("won", "Won", goal=True, value=500),
               end("lost", "Lost", value=0)],
              [("start", "repeat"), ("repeat", "ok", "Yes", 0.4), ("repeat", "quote", "No", 0.6),
               ("quote", "ok"), ("ok", "invoice", "Yes", 0.5), ("ok", "lost", "No", 0.5), ("invoice", "won")])
    r = analyse(m)
    assert [(c.step, c.reasons) for c in r.critical] == [
        ("invoice", ("every customer passes here on the way to 'Won'",))]
    f = r.funnel
    assert f.outcomes == {"won": approx(50), "lost": approx(50)}
    assert f.visits["quote"] == approx(60)
    assert f.value_per_entrant == approx(250)
    # "repeat": both branches reach "ok" with the same chance 0.5 -> 0; "ok": 100 * 0.01 * 1 = 1.
    assert [(lv.step, lv.gain) for lv in f.levers] == [("ok", approx(1.0)), ("repeat", approx(0))]


def test_unreachable_island_has_no_funnel_and_does_not_change_critical_steps():
    m = build([start(), act("job", "Do the job"), end(goal=True), act("island", "Send invoice"),
               end("paid", "Paid")],
              [("start", "job"), ("job", "end"), ("island", "paid")])
    r = analyse(m)
    assert [(f.rule, f.steps) for f in r.findings] == [("unreachable", ("island",)), ("unreachable", ("paid",))]
    assert r.funnel is None
    assert r.critical_ids() == {"job"}


@pytest.mark.parametrize("breakage", ["missing probability", "dead end", "trap loop", "no start"])
def test_funnel_is_null_unless_the_map_is_an_absorbing_chain(breakage):
    steps = [start(), dec("d", "Paid?"), end("won", "Paid", goal=True), act("chase", "Chase")]
    arrows = [("start", "d"), ("d", "won", "Yes", 0.5), ("d", "chase", "No", 0.5), ("chase", "d")]
    if breakage == "missing probability":
        arrows[1:3] = [("d", "won", "Yes"), ("d", "chase", "No")]
    elif breakage == "dead end":
        arrows = arrows[:3]
    elif breakage == "trap loop":
        steps.append(act("wait", "Wait"))
        arrows[3:] = [("chase", "wait"), ("wait", "chase")]
    elif breakage == "no start":
        arrows = arrows[1:]
    assert analyse(build(steps, arrows)).funnel is None
    assert analyse(build(steps, [("start", "d"), ("d", "won", "Yes", 0.5), ("d", "chase", "No", 0.5),
                                 ("chase", "d")])).funnel is not None


def test_a_loop_that_probability_zero_makes_inescapable_has_no_funnel():
    # d -> chase always (the exit has probability 0): people would go round for ever.
    m = build([start(), dec("d", "Paid?"), end("won", "Paid", goal=True), act("chase", "Chase")],
              [("start", "d"), ("d", "won", "Yes", 0.0), ("d", "chase", "No", 1.0), ("chase", "d")])
    r = analyse(m)
    assert r.findings == () and r.funnel is None


def test_decision_without_a_way_to_the_goal_is_not_critical_and_owner_flags_win():
    m = webinar_with_a_way_out()
    m.step("booked").critical = False
    m.step("still").critical = True
    r = analyse(m)
    assert [(c.step, c.reasons) for c in r.critical] == [
        ("nurture", ("every customer passes here, and right after it they decide 'Books a consultation?'",)),
        ("still", ("you marked it as critical",))]


def test_probabilities_a_hair_off_one_are_rescaled_so_outcomes_still_add_up():
    m = build([start(), dec("d", "Paid?"), end("a", "A", goal=True), end("b", "B"), end("c", "C")],
              [("start", "d"), ("d", "a", "1", 0.333), ("d", "b", "2", 0.333), ("d", "c", "3", 0.333)])
    f = analyse(m).funnel
    assert f.outcomes == {"a": approx(100 / 3), "b": approx(100 / 3), "c": approx(100 / 3)}


def test_sample_maps_all_have_a_funnel_that_adds_up():
    from tests.conftest import SAMPLE_MAPS
    from mapper.model import load_map
    for path in sorted(Path(SAMPLE_MAPS).glob("*.json")):
        r = analyse(load_map(path))
        if r.funnel is not None:
            assert sum(r.funnel.outcomes.values()) == approx(100), path.name


def test_big_loops_use_a_sparse_solve_with_the_same_levers(monkeypatch):
    import mapper.analysis.funnel as funnel_module
    dense = analyse(nested_loops()).funnel.levers
    monkeypatch.setattr(funnel_module, "_DENSE_LIMIT", 0)
    sparse = analyse(nested_loops()).funnel.levers
    assert [lv.step for lv in sparse] == [lv.step for lv in dense]
    for a, b in zip(sparse, dense):
        assert a.gain == approx(b.gain)
    m = webinar_with_a_way_out()
    assert analyse(m).funnel.levers[0].gain == approx(100 * (0.21 / 0.4075 - 0.5))


def test_synthetic_maps_look_real_and_have_a_funnel():
    from benchmarks.synthetic import synthetic_map
    m = synthetic_map(300, seed=3)
    assert len(m.steps) == 300 and all(s.placed for s in m.steps)
    r = analyse(m)
    # Like real maps, some steps have no owner yet: the flow itself is clean.
    assert [f for f in r.findings if f.rule != "owner-missing"] == []
    kinds = [s.kind for s in m.steps]
    assert kinds.count("decision") >= 300 // 8
    assert any(s.goal for s in m.steps) and any(s.kind == "terminator" and not s.goal and s.value == 0
                                                for s in m.steps)
    assert r.funnel is not None and sum(r.funnel.outcomes.values()) == approx(100)
    # Loops send people round again: a step that a loop comes back to is visited
    # more often than the activity before it.
    visits = r.funnel.visits
    back = [a for a in m.arrows if m.step_index(a.target) < m.step_index(a.source)]
    assert back
    assert any(visits[a.target] > visits[b.source] + 1e-9 for a in back for b in m.arrows
               if b.target == a.target and b is not a and m.step(b.source).kind == "activity")
    assert len(r.funnel.levers) == kinds.count("decision")


def test_every_decision_gets_a_lever_and_every_other_step_a_visit_count():
    # "odd" is a decision with one way out (an error, but not one that stops the
    # funnel): its lever is 0. "lonely" has no arrows: visited 0 times.
    m = build([start(), dec("odd", "Ready?"), dec("d", "Buys?"), end("won", "Won", goal=True), end("lost", "Lost"),
               act("lonely", "Tidy the van")],
              [("start", "odd"), ("odd", "d", "Yes"), ("d", "won", "Yes", 0.25), ("d", "lost", "No", 0.75)])
    r = analyse(m)
    assert {f.rule for f in r.findings} == {"decision-branches", "disconnected"}
    f = r.funnel
    assert f.visits == {"start": approx(100), "odd": approx(100), "d": approx(100), "lonely": 0.0}
    assert [(lv.step, lv.gain) for lv in f.levers] == [("d", approx(1.0)), ("odd", 0.0)]


def test_plumbing_job_marks_only_the_work_right_before_the_customer_decides():
    # A plumbing job: the old rule marked every step on the main path. Now only the
    # work right before a decision that can lose the customer ("Emergency?" leads on
    # to "No job") or hold them back (the "Paid?" reminder loop) is critical.
    m = build([start("call", "Customer calls"), act("book", "Book a visit"), dec("emergency", "Emergency?"),
               act("oncall", "Dispatch on-call plumber"), act("estimate", "Give the estimate"),
               dec("accepts", "Accepts the quote?"), act("job", "Do the job"), act("invoice", "Send the invoice"),
               dec("paid", "Paid?"), act("remind", "Send a reminder"), end("happy", "Happy customer", goal=True),
               end("lost", "No job")],
              [("call", "book"), ("book", "emergency"), ("emergency", "oncall", "Yes"),
               ("emergency", "estimate", "No"), ("oncall", "job"), ("estimate", "accepts"),
               ("accepts", "job", "Yes"), ("accepts", "lost", "No"), ("job", "invoice"), ("invoice", "paid"),
               ("paid", "happy", "Yes"), ("paid", "remind", "No"), ("remind", "paid")])
    r = analyse(m)
    assert [(c.step, c.reasons) for c in r.critical] == [
        ("book", ("every customer passes here, and right after it they decide 'Emergency?'",)),
        ("invoice", ("every customer passes here, and right after it they decide 'Paid?'",))]
    # "Give the estimate" is skipped by emergencies, so it is no dominator.
    m.step("estimate").critical = True
    assert analyse(m).critical_ids() == {"book", "estimate", "invoice"}
