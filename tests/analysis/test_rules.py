"""Every rule of docs/analysis.md's table, bpmnlint style: for each rule a map that
breaks it (exactly where expected) and one that keeps it, plus the exclusions
the table states."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.analysis import RULES, analyse
from mapper.model import load_map

from .helpers import act, build, dec, end, start

FIXTURES = Path(__file__).parent / "fixtures"

#: rule -> (the steps of each of its findings on invalid.json, other rules that
#: necessarily come with it there).
EXPECTED: dict[str, tuple[list[tuple[str, ...]], set[str]]] = {
    "start-required": ([()], set()),
    # Without an end the flow has to stop somewhere else: at a dead end.
    "end-required": ([()], {"dead-end"}),
    "terminator-in-middle": ([("paid",)], set()),
    "disconnected": ([("lonely",)], set()),
    "unreachable": ([("invoice",), ("paid",)], set()),
    # "ready" is a decision with no arrow out: a dead end, not decision-branches.
    "dead-end": ([("refer",), ("ready",)], set()),
    "trap-loop": ([("chase", "wait")], set()),
    "decision-branches": ([("paid",)], set()),
    "branch-labels": ([("paid",), ("again",)], set()),
    "implicit-split": ([("quote",)], set()),
    "duplicate-arrow": ([("quote", "end")], set()),
    "self-loop": ([("paid",)], set()),
    "empty-label": ([("quote",)], set()),
    "probabilities": ([("ok",), ("later",)], set()),
    "overlap": ([("start", "quote")], set()),
    # The critical "Send the quote" with no owner, and "Do the job" whose owner is only spaces
    # and whose metric has none; "Invoice" is covered by its metric's owner.
    "owner-missing": ([("quote",), ("job",)], set()),
}

SEVERITIES = {
    "start-required": "error", "end-required": "error", "terminator-in-middle": "error",
    "disconnected": "warning", "unreachable": "error", "dead-end": "error", "trap-loop": "error",
    "decision-branches": "error", "branch-labels": "warning", "implicit-split": "warning",
    "duplicate-arrow": "warning", "self-loop": "warning", "empty-label": "warning",
    "probabilities": "error", "overlap": "info", "owner-missing": "warning",
}


def test_every_rule_of_the_design_has_its_id_and_severity_and_fixtures():
    assert RULES == SEVERITIES
    assert set(EXPECTED) == set(RULES)
    for rule in RULES:
        assert (FIXTURES / rule / "valid.json").is_file() and (FIXTURES / rule / "invalid.json").is_file()


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_invalid_map_breaks_exactly_that_rule_where_expected(rule):
    m = load_map(FIXTURES / rule / "invalid.json")
    findings = analyse(m).findings
    expected_steps, companions = EXPECTED[rule]
    mine = [f for f in findings if f.rule == rule]
    assert [f.steps for f in mine] == expected_steps
    assert {f.rule for f in findings} - {rule} == companions
    names = {s.id: s.text.strip() for s in m.steps}
    for f in mine:
        assert f.severity == SEVERITIES[rule]
        # Each message names the steps by their text and says what to do.
        for sid in f.steps:
            assert names[sid] in f.message if names[sid] else sid in f.message
        assert any(verb in f.message for verb in ("Add", "Draw", "Delete", "Drag", "Make", "Label",
                                                 "Put", "Change", "Give", "Write", "Point"))


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_valid_map_keeps_the_rule(rule):
    findings = analyse(load_map(FIXTURES / rule / "valid.json")).findings
    assert [f for f in findings if f.rule == rule] == []
    assert findings == ()


def test_decision_message_reads_like_advice():
    m = load_map(FIXTURES / "decision-branches" / "invalid.json")
    (f,) = analyse(m).findings
    assert f.message == ('The decision "Paid?" has only one way out. Add a second arrow (for example "No") '
                         'or make it an activity.')
    assert f.arrows == ("a2",)


def test_disconnected_steps_get_no_unreachable_or_dead_end_and_are_not_starts_or_ends():
    m = build([start(), act("job"), end(), act("lonely"), dec("odd"), end("spare", "Spare end")],
              [("start", "job"), ("job", "end")])
    findings = analyse(m).findings
    assert [(f.rule, f.steps) for f in findings] == [
        ("disconnected", ("lonely",)), ("disconnected", ("odd",)), ("disconnected", ("spare",))]


def test_lonely_terminator_is_not_a_start_so_the_map_still_needs_one():
    m = build([end("lonely", "Lonely"), act("job"), end()], [("job", "end")])
    rules = [f.rule for f in analyse(m).findings]
    assert rules == ["start-required", "disconnected"]


def test_unreachable_is_not_reported_when_there_is_no_start():
    m = build([act("a"), act("b"), end()], [("a", "b"), ("b", "end")])
    assert [f.rule for f in analyse(m).findings] == ["start-required"]


def test_trap_loop_of_one_step_with_a_self_loop():
    m = build([start(), dec("paid"), end(), act("stuck")],
              [("start", "paid"), ("paid", "end", "Yes"), ("paid", "stuck", "No"), ("stuck", "stuck")])
    findings = [(f.rule, f.steps) for f in analyse(m).findings]
    assert ("trap-loop", ("stuck",)) in findings and ("self-loop", ("stuck",)) in findings
    assert not any(r == "dead-end" for r, _ in findings)


def test_one_trap_loop_finding_lists_all_its_steps_in_map_order():
    m = build([start(), act("c"), act("a"), act("b"), dec("d"), end()],
              [("start", "d"), ("d", "end", "Yes"), ("d", "a", "No"), ("a", "b"), ("b", "c"), ("c", "a")])
    traps = [f for f in analyse(m).findings if f.rule == "trap-loop"]
    assert [f.steps for f in traps] == [("c", "a", "b")]


def test_a_loop_with_a_way_out_is_not_a_trap():
    m = build([start(), act("a"), dec("d"), end()],
              [("start", "a"), ("a", "d"), ("d", "a", "No"), ("d", "end", "Yes")])
    assert analyse(m).findings == ()


def test_probabilities_within_half_a_percent_pass_and_beyond_fail():
    def decision_with(p1, p2):
        return build([start(), dec("d"), end("x", "X"), end("y", "Y")],
                     [("start", "d"), ("d", "x", "Yes", p1), ("d", "y", "No", p2)])
    assert analyse(decision_with(0.3, 0.704)).findings == ()
    assert analyse(decision_with(0.3, 0.696)).findings == ()
    (f,) = analyse(decision_with(0.3, 0.69)).findings
    assert f.rule == "probabilities" and "99.0%" in f.message


def test_a_single_arrow_with_a_probability_must_be_one():
    m = build([start(), act("a"), end()], [("start", "a", "", 0.5), ("a", "end")])
    assert [(f.rule, f.steps) for f in analyse(m).findings] == [("probabilities", ("start",))]


def test_only_some_probabilities_names_the_arrows_without_one():
    m = load_map(FIXTURES / "probabilities" / "invalid.json")
    later = [f for f in analyse(m).findings if f.steps == ("later",)][0]
    assert "Only some" in later.message and later.arrows == ("a5",)


def test_unplaced_steps_never_overlap_and_notes_do():
    m = build([start(), act("a"), end()], [("start", "a"), ("a", "end")], placed=False)
    assert analyse(m).findings == ()
    m = build([start(x=0, y=0), ("n", "note", "Remember", {"x": 10, "y": 10}), end(x=600, y=0)],
              [("start", "end")])
    assert [(f.rule, f.steps) for f in analyse(m).findings] == [("overlap", ("start", "n"))]


def test_overlap_uses_each_shapes_own_size():
    # A wide activity reaches its neighbour; default sizes would not.
    m = build([start(x=0, y=0), act("a", x=300, y=0, width=500), end(x=600, y=0)],
              [("start", "a"), ("a", "end")])
    assert [(f.rule, f.steps) for f in analyse(m).findings] == [("overlap", ("start", "a")), ("overlap", ("a", "end"))]


def test_empty_map_has_no_findings():
    from mapper.model import SystemMap
    assert analyse(SystemMap()).findings == ()


def test_findings_for_and_counts():
    r = analyse(load_map(FIXTURES / "end-required" / "invalid.json"))
    assert r.counts() == {"error": 2, "warning": 0, "info": 0}
    assert [f.rule for f in r.findings_for("quote")] == ["dead-end"]
    assert r.findings_for("start") == []


def test_unnamed_steps_are_told_what_to_write_for_their_kind():
    # Imported BPMN gateways and draw.io shapes often come without text (seen in real files):
    # a decision needs a question, not "a verb", and no message may say "The decision the unnamed decision".
    m = build([start(), dec("q", ""), act("a"), act("b", ""), end()],
              [("start", "q"), ("q", "a"), ("q", "b", "No"), ("a", "end"), ("b", "end")])
    messages = {(f.rule, f.steps): f.message for f in analyse(m).findings}
    assert messages[("empty-label", ("q",))] == ('The unnamed decision (q) has no text. Write the question it '
                                                  'asks (for example "Paid in full?").')
    assert messages[("empty-label", ("b",))].endswith('starting with a verb (for example "Send the quote").')
    assert messages[("branch-labels", ("q",))].startswith("The unnamed decision (q): 1 of its arrows has no label.")
    named = build([start(), dec("q", "Paid?"), act("a"), act("b"), end()],
                  [("start", "q"), ("q", "a"), ("q", "b"), ("a", "end"), ("b", "end")])
    (f,) = [f for f in analyse(named).findings if f.rule == "branch-labels"]
    assert f.message.startswith('The decision "Paid?": 2 of its arrows have no label.')
