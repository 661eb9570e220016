"""The measured funnel: each rule on a map written for it, the what-if, and the
maths against a direct numpy solve."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.analysis.measured import (FunnelSolver, WhatIfError, measure_probabilities, measured_funnel,
                                      set_branches, used_probabilities)
from mapper.cli import main
from mapper.model import MetricsLogEntry, dumps_map
from tests.analysis.helpers import act, build, dec, end, start

WEEKS = ["2026-W10", "2026-W11", "2026-W12"]


def two_way(p_yes=0.2):
    """start -> call -> d -> won (a3) | lost (a4)."""
    return build([start("s"), act("call"), dec("d"), end("won", goal=True, value=1000), end("lost")],
                 [("s", "call"), ("call", "d"), ("d", "won", "Yes", p_yes), ("d", "lost", "No", 1 - p_yes)])


def three_way(p=(0.5, 0.3, 0.2)):
    """start -> d -> won (a2) | lost (a3) | later (a4)."""
    return build([start("s"), dec("d"), end("won", goal=True), end("lost"), end("later")],
                 [("s", "d"), ("d", "won", "Yes", p[0]), ("d", "lost", "No", p[1]), ("d", "later", "Later", p[2])])


def log(m, *weeks: dict):
    m.metrics_log = [MetricsLogEntry(week=w, values=v) for w, v in zip(WEEKS, weeks)]
    return m


def test_rule_1_arrow_counts_use_only_weeks_where_every_branch_has_a_value():
    m = log(two_way(), {"a3": 2, "a4": 8}, {"a3": 3, "a4": 7}, {"a3": 5})
    assert measure_probabilities(m, WEEKS) == pytest.approx({"a3": 0.25, "a4": 0.75})


def test_rule_2_step_counts_then_rule_3_the_last_branch_gets_the_rest():
    m = log(two_way(), {"d": 10, "won": 3}, {"d": 10, "won": 1}, {"won": 50})  # week 3: no d, not counted
    assert measure_probabilities(m, WEEKS) == pytest.approx({"a3": 0.2, "a4": 0.8})


def test_rule_4_every_branch_measured_but_not_summing_to_1_is_scaled():
    m = log(two_way(), {"d": 10, "won": 3, "lost": 5})
    assert measure_probabilities(m, WEEKS) == pytest.approx({"a3": 0.375, "a4": 0.625})


def test_a_ratio_over_1_stays_unmeasured_and_rule_5_shares_the_rest_by_the_guesses():
    m = log(three_way(), {"d": 10, "won": 12, "lost": 4})
    measured = measure_probabilities(m, WEEKS)
    assert measured == pytest.approx({"a3": 0.4})  # won (12 of 10) stays unmeasured
    used = used_probabilities(m, measured)
    # won and later share 0.6 as 0.5 : 0.2
    assert used == pytest.approx({"a2": 0.6 * 5 / 7, "a3": 0.4, "a4": 0.6 * 2 / 7})


def test_rule_5_shares_evenly_when_a_sibling_has_no_guess():
    m = log(three_way(), {"d": 10, "lost": 4})
    for a in m.arrows:
        a.probability = None
    assert used_probabilities(m, measure_probabilities(m, WEEKS)) == pytest.approx({"a2": 0.3, "a3": 0.4, "a4": 0.3})


def test_rule_6_measured_branches_over_1_with_some_unmeasured_count_as_none():
    m = log(three_way(), {"d": 10, "won": 7, "lost": 6})
    assert measure_probabilities(m, WEEKS) == {}
    assert used_probabilities(m, {}) == {"a2": 0.5, "a3": 0.3, "a4": 0.2}


def test_step_counts_need_the_arrow_to_be_the_only_way_in():
    m = two_way()
    m.arrows.append(m.arrows[2].model_copy(update={"id": "a5", "source": "call"}))  # a second way into "won"
    log(m, {"d": 10, "won": 3})
    assert measure_probabilities(m, WEEKS) == {}


def test_what_if_on_a_three_way_decision_scales_the_siblings_in_proportion():
    m = three_way()
    current = {a.id: a.probability for a in m.arrows}
    assert set_branches(m, current, {"a2": 0.6}) == pytest.approx({"a2": 0.6, "a3": 0.24, "a4": 0.16})
    assert set_branches(m, current, {"a2": 0.6, "a3": 0.1}) == pytest.approx({"a2": 0.6, "a3": 0.1, "a4": 0.3})
    zero = {"a2": 1.0, "a3": 0.0, "a4": 0.0}
    assert set_branches(m, zero, {"a2": 0.4}) == pytest.approx({"a2": 0.4, "a3": 0.3, "a4": 0.3})
    for bad in ({"zz": 0.5}, {"a1": 0.5}, {"a2": 1.5}, {"a2": 0.7, "a3": 0.4}, {"a2": 0.2, "a3": 0.2, "a4": 0.2}):
        with pytest.raises(WhatIfError):
            set_branches(m, current, bad)


def run_json(tmp_path, capsys, m, *args):
    path = tmp_path / "m.json"
    path.write_text(dumps_map(m), encoding="utf-8")
    code = main(["funnel", str(path), "--json", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else out.err)


def test_funnel_json_without_measured_is_the_guessed_funnel(tmp_path, capsys):
    code, data = run_json(tmp_path, capsys, two_way(0.2))
    assert code == 0
    assert data["weeks"] is None
    assert [r["arrow"] for r in data["probabilities"]] == ["a3", "a4"]
    assert all(r["measured"] is None for r in data["probabilities"])
    assert data["probabilities"][0] == {"arrow": "a3", "source": "d", "target": "won", "label": "Yes",
                                        "assumed": 0.2, "measured": None, "used": 0.2}
    assert data["funnel"]["outcomes"] == {"won": 20, "lost": 80}
    assert data["funnel"]["value_per_entrant"] == 200
    assert "baseline" not in data and "change" not in data


@pytest.mark.parametrize("values, expected", [
    ({"a3": 1, "a4": 3}, (0.25, 0.75)),               # arrow counts
    ({"d": 10, "won": 3}, (0.3, 0.7)),                 # step counts, the last gets the rest
    ({"d": 10, "won": 3, "lost": 5}, (0.375, 0.625)),  # scaling
])
def test_funnel_json_measured_per_rule(tmp_path, capsys, values, expected):
    m = two_way(0.2)
    m.metrics_log = [MetricsLogEntry(week="2026-W12", values=values)]
    code, data = run_json(tmp_path, capsys, m, "--measured", "--weeks", "2")
    assert code == 0
    assert data["weeks"] == ["2026-W11", "2026-W12"]  # ending at the latest logged week
    assert [r["measured"] for r in data["probabilities"]] == list(expected)
    assert [r["used"] for r in data["probabilities"]] == list(expected)
    assert data["funnel"]["outcomes"]["won"] == pytest.approx(expected[0] * 100)


def test_funnel_json_ratio_over_1_keeps_the_guess(tmp_path, capsys):
    m = two_way(0.2)
    m.metrics_log = [MetricsLogEntry(week="2026-W12", values={"d": 10, "won": 12})]
    code, data = run_json(tmp_path, capsys, m, "--measured")
    assert [(r["measured"], r["used"]) for r in data["probabilities"]] == [(None, 0.2), (None, 0.8)]
    assert len(data["weeks"]) == 13


def test_funnel_json_set_on_a_three_way_decision(tmp_path, capsys):
    code, data = run_json(tmp_path, capsys, three_way(), "--set", "a2=0.6")
    assert code == 0
    assert [r["used"] for r in data["probabilities"]] == [0.6, 0.24, 0.16]
    assert data["baseline"]["outcomes"] == {"won": 50, "lost": 30, "later": 20}
    assert data["funnel"]["outcomes"] == {"won": 60, "lost": 24, "later": 16}
    assert data["change"] == {"goal_outcomes": 10, "value_per_entrant": 0}


@pytest.mark.parametrize("arg, words", [
    ("zz=0.5", 'no arrow "zz"'), ("a2=abc", "not a number"), ("a2=nan", "not a number"),
    ("a2", "write ARROW=P"), ("a2=1.5", "from 0 to 1"), ("a1=0.5", "only way out"),
])
def test_bad_set_exits_2_with_one_line(tmp_path, capsys, arg, words):
    code, err = run_json(tmp_path, capsys, three_way(), "--set", arg)
    assert code == 2
    assert words in err and err.count("\n") == 1 and "m.json" in err


def test_more_than_1_in_total_on_one_step_exits_2(tmp_path, capsys):
    code, err = run_json(tmp_path, capsys, three_way(), "--set", "a2=0.7", "--set", "a3=0.4")
    assert code == 2 and "more than 100%" in err and err.count("\n") == 1


def test_funnel_for_people_shows_the_currency(tmp_path, capsys):
    m = two_way()
    m.currency = "EUR"
    path = tmp_path / "m.json"
    path.write_text(dumps_map(m), encoding="utf-8")
    assert main(["funnel", str(path), "--set", "a3=0.3"]) == 0
    out = capsys.readouterr().out
    assert "Value per entrant: €300.00" in out and "+€100.00" in out


# -- the maths against a direct solve ---------------------------------------------

def direct_outcomes(m, used):
    """The fundamental matrix N = (I - Q)^-1 formed outright with numpy."""
    ends = [s.id for s in m.steps if s.kind == "terminator" and not any(a.source == s.id for a in m.arrows)]
    starts = [s.id for s in m.steps if s.kind == "terminator" and not any(a.target == s.id for a in m.arrows)]
    transient = [s.id for s in m.steps if s.id not in ends]
    ti = {s: i for i, s in enumerate(transient)}
    ei = {s: i for i, s in enumerate(ends)}
    Q = np.zeros((len(transient), len(transient)))
    R = np.zeros((len(transient), len(ends)))
    for a in m.arrows:
        p = used.get(a.id, 1.0 if a.probability is None else a.probability)
        if a.target in ti:
            Q[ti[a.source], ti[a.target]] += p
        else:
            R[ti[a.source], ei[a.target]] += p
    N = np.linalg.inv(np.eye(len(transient)) - Q)
    s = np.zeros(len(transient))
    for st_ in starts:
        s[ti[st_]] = 100 / len(starts)
    return dict(zip(ends, (s @ N @ R).tolist()))


def chain_map(decisions):
    """s -> w0 -> d0 -> w1 -> d1 ... -> won; each d_k's "No" drops to "lost", or loops
    back ``back`` decisions. Arrow counts logged for every branch."""
    steps = [start("s")] + [x for k in range(len(decisions)) for x in (act(f"w{k}"), dec(f"d{k}"))]
    steps += [end("won", goal=True, value=100), end("lost")]
    arrows = [("s", "w0")] + [(f"w{k}", f"d{k}") for k in range(len(decisions))]
    for k, (p, back, _, _) in enumerate(decisions):
        arrows.append((f"d{k}", f"w{k + 1}" if k + 1 < len(decisions) else "won", "Yes", p))
        arrows.append((f"d{k}", f"w{k - back}" if back and k - back >= 0 else "lost", "No", 1 - p))
    m = build(steps, arrows)
    values = {}
    for k, (_, _, yes, no) in enumerate(decisions):
        out = [a.id for a in m.arrows if a.source == f"d{k}"]
        values[out[0]], values[out[1]] = float(yes), float(no)
    m.metrics_log = [MetricsLogEntry(week="2026-W12", values=values)]
    return m


def check_against_direct(m, result):
    used = {r.arrow: r.used for r in result.probabilities}
    try:
        direct = direct_outcomes(m, used)
    except np.linalg.LinAlgError:
        direct = None
    if result.funnel is None:
        # only when some people would go round for ever: no absorbing chain
        assert direct is None or not all(np.isfinite(v) and v >= -1e-9 for v in direct.values()) or \
            any(v == 1.0 for r in result.probabilities if r.label == "No" for v in [r.used])
        return
    assert direct is not None
    for e, count in direct.items():
        assert result.funnel.outcomes[e] == pytest.approx(count, rel=1e-6, abs=1e-6)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.floats(0.05, 0.95), st.integers(0, 3), st.integers(0, 50), st.integers(0, 50)),
                min_size=1, max_size=6),
       st.floats(0.0, 1.0))
def test_measured_and_what_if_funnel_match_a_direct_numpy_solve(decisions, what_if):
    m = chain_map(decisions)
    result = measured_funnel(m, measured=True)
    for r, (p, _, yes, no) in zip(result.probabilities[::2], decisions):
        assert r.measured == (pytest.approx(yes / (yes + no)) if yes + no else None)
        assert r.used == pytest.approx(yes / (yes + no) if yes + no else p)
    check_against_direct(m, result)
    first = result.probabilities[0].arrow
    after = measured_funnel(m, measured=True, fixed={first: what_if})
    assert after.probabilities[0].used == pytest.approx(what_if)
    assert after.probabilities[1].used == pytest.approx(1 - what_if)
    check_against_direct(m, after)


def test_the_solver_never_touches_the_map():
    m = three_way()
    before = dumps_map(m)
    FunnelSolver(m).solve({"a2": 1.0, "a3": 0.0, "a4": 0.0})
    assert dumps_map(m) == before


@pytest.mark.parametrize("args, words", [(["--until", "2025-W53"], "not an ISO week"),
                                         (["--weeks", "0"], "choose from 1 to 520")])
def test_bad_window_exits_2_with_one_line(tmp_path, capsys, args, words):
    code, err = run_json(tmp_path, capsys, two_way(), "--measured", *args)
    assert code == 2 and words in err and err.count("\n") == 1


def test_until_picks_the_window_and_weeks_outside_it_do_not_count(tmp_path, capsys):
    m = two_way(0.2)
    m.metrics_log = [MetricsLogEntry(week="2026-W10", values={"a3": 1, "a4": 1}),
                     MetricsLogEntry(week="2026-W20", values={"a3": 1, "a4": 9})]
    code, data = run_json(tmp_path, capsys, m, "--measured", "--weeks", "4", "--until", "2026-W11")
    assert data["weeks"] == ["2026-W08", "2026-W09", "2026-W10", "2026-W11"]
    assert [r["measured"] for r in data["probabilities"]] == [0.5, 0.5]
