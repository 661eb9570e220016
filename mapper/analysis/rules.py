"""The checks on the flow (docs/analysis.md, "The rules").

One function per rule, each taking the shared ``Flow`` and returning findings
whose message says what is wrong and how to fix it, in the owner's words.
Rule ids and severities are part of the public interface.
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from mapper.i18n import plural, translate
from mapper.i18n.formatting import format_percent
from mapper.layout.sizes import estimate_size
from mapper.model import Arrow
from mapper.model.parallel import says_do_all

from .accountability import nobody_owns
from .flow import Flow, loops, reachable_from_starts, step_name
from .results import Finding

#: rule id -> severity, in the order findings are reported.
RULES: dict[str, str] = {
    "start-required": "error",
    "end-required": "error",
    "terminator-in-middle": "error",
    "disconnected": "warning",
    "unreachable": "error",
    "dead-end": "error",
    "trap-loop": "error",
    "decision-branches": "error",
    "branch-labels": "warning",
    "implicit-split": "warning",
    "duplicate-arrow": "warning",
    "self-loop": "warning",
    "empty-label": "warning",
    "probabilities": "error",
    "overlap": "info",
    "owner-missing": "warning",
}

#: How far a step's branch probabilities may be from summing to 1.
PROBABILITY_TOLERANCE = 0.005


#: A map with fewer flow steps than this is still being started: its missing start
#: or end is a hint (severity info), not an error, while the owner types.
FIRST_STEPS = 2


def _finding(rule: str, steps: Iterable[str], message: str, arrows: Iterable[str] = (),
             severity: str | None = None) -> Finding:
    # Every message is a sentence: a step name ("a step with no text") may open it.
    message = message[:1].upper() + message[1:]
    return Finding(rule, severity or RULES[rule], tuple(steps), tuple(arrows), message)


def _starting(flow: Flow) -> str | None:
    """Severity for the start/end rules: a hint while the map has fewer than two steps."""
    return "info" if len(flow.steps) < FIRST_STEPS else None


def _name(flow: Flow, sid: str) -> str:
    return step_name(flow.steps[sid])


def _kind_name(flow: Flow, sid: str) -> str:
    """'the decision "Paid?"', 'the activity "Send invoice"'..."""
    s = flow.steps[sid]
    if not " ".join(s.text.split()):
        return step_name(s)
    if s.kind == "terminator":
        named = translate("Rules", "the start/end point {step}")
    elif s.kind == "decision":
        named = translate("Rules", "the decision {step}")
    elif s.kind == "note":
        named = translate("Rules", "the note {step}")
    else:
        named = translate("Rules", "the activity {step}")
    return named.format(step=step_name(s))


def _names(flow: Flow, sids: list[str], most: int = 6) -> str:
    shown = [_name(flow, s) for s in sids[:most]]
    if len(sids) > most:
        shown.append(translate("Rules", "{n} more").format(n=len(sids) - most))
    if len(shown) < 2:
        return shown[0]
    return translate("Rules", "{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])


# -- the rules -------------------------------------------------------------------

def start_required(flow: Flow) -> list[Finding]:
    if not flow.steps or flow.starts:
        return []
    return [_finding("start-required", (),
                     translate("Rules", "The map has no start. Add a start/end point (pill shape) such as "
                               "\"New enquiry\" and draw an arrow from it to the first step, so it is clear "
                               "where the system begins."),
                     severity=_starting(flow))]


def end_required(flow: Flow) -> list[Finding]:
    if not flow.steps or flow.ends:
        return []
    return [_finding("end-required", (),
                     translate("Rules", "The map has no end. Add a start/end point (pill shape) such as "
                               "\"New client\" and draw an arrow into it from the last step, so it is clear "
                               "where the system stops."),
                     severity=_starting(flow))]


def terminator_in_middle(flow: Flow) -> list[Finding]:
    out = []
    for sid, s in flow.steps.items():
        if s.kind == "terminator" and flow.in_arrows[sid] and flow.out_arrows[sid]:
            out.append(_finding("terminator-in-middle", [sid],
                                translate("Rules", "{step} is a start/end point but has arrows both in and "
                                          "out. Make it an activity, or split it into an end and a separate "
                                          "start.").format(step=_name(flow, sid))))
    return out


def disconnected(flow: Flow) -> list[Finding]:
    return [_finding("disconnected", [sid],
                     translate("Rules", "{step} is not connected to anything. Draw arrows to and from it, "
                               "or delete it if it is not part of the system.").format(step=_name(flow, sid)))
            for sid in flow.disconnected]


def unreachable(flow: Flow, reached: set[str]) -> list[Finding]:
    if not flow.starts:
        return []
    lonely = set(flow.disconnected)
    return [_finding("unreachable", [sid],
                     translate("Rules", "No start leads to {step}, so it never happens. Draw an arrow into "
                               "it from the step that comes before it, or delete it.").format(step=_name(flow, sid)))
            for sid in flow.steps if sid not in reached and sid not in lonely]


def dead_end(flow: Flow) -> list[Finding]:
    out = []
    for sid, s in flow.steps.items():
        if s.kind in ("activity", "decision") and flow.in_arrows[sid] and not flow.out_arrows[sid]:
            out.append(_finding("dead-end", [sid],
                                translate("Rules", "The flow stops at {step}: nothing happens after it. "
                                          "Draw an arrow to what happens next, or end it with an end point "
                                          "(for example \"Job done\").").format(step=_kind_name(flow, sid))))
    return out


def trap_loop(flow: Flow, cycles: list[list[str]]) -> list[Finding]:
    out = []
    succ = flow.succ
    for comp in cycles:
        inside = set(comp)
        if any(nxt not in inside for sid in comp for nxt in succ[sid]):
            continue
        out.append(_finding("trap-loop", comp,
                            translate("Rules", "The loop through {steps} has no way out: whoever enters it "
                                      "goes round for ever. Add a decision with a branch that leaves the loop "
                                      "(for example \"Not interested\" to an end).").format(steps=_names(flow, comp))))
    return out


def decision_branches(flow: Flow) -> list[Finding]:
    out = []
    for sid, s in flow.steps.items():
        arrows = flow.out_arrows[sid]
        if s.kind == "decision" and len(arrows) == 1:
            out.append(_finding("decision-branches", [sid],
                                translate("Rules", "The decision {step} has only one way out. Add a second "
                                          "arrow (for example \"No\") or make it an activity.").format(
                                              step=_name(flow, sid)), [arrows[0].id]))
    return out


def _label_key(a: Arrow) -> str:
    return " ".join(a.label.split()).casefold()


def branch_labels(flow: Flow) -> list[Finding]:
    out = []
    for sid, s in flow.steps.items():
        arrows = flow.out_arrows[sid]
        if s.kind != "decision" or len(arrows) < 2:
            continue
        unlabelled = [a for a in arrows if not _label_key(a)]
        seen: dict[str, list[Arrow]] = {}
        for a in arrows:
            if _label_key(a):
                seen.setdefault(_label_key(a), []).append(a)
        shared = [a for group in seen.values() if len(group) > 1 for a in group]
        if not unlabelled and not shared:
            continue
        problems = []
        if unlabelled:
            problems.append(plural(len(unlabelled), translate("Rules", "{n} of its arrows has no label"),
                                   translate("Rules", "{n} of its arrows have no label")).format(n=len(unlabelled)))
        if shared:
            labels = ", ".join(f'"{group[0].label.strip()}"' for group in seen.values() if len(group) > 1)
            problems.append(translate("Rules", "several arrows say {labels}").format(labels=labels))
        problem = problems[0] if len(problems) == 1 else translate("Rules", "{names} and {last}").format(
            names=problems[0], last=problems[1])
        bad = {a.id for a in unlabelled + shared}
        out.append(_finding("branch-labels", [sid],
                            translate("Rules", "{step}: {problems}. Label each way out with a different answer "
                                      "(for example \"Yes\" and \"No\") so people know which way to go.").format(
                                          step=_capital(_kind_name(flow, sid)), problems=problem),
                            [a.id for a in arrows if a.id in bad]))
    return out


def implicit_split(flow: Flow) -> list[Finding]:
    out = []
    succ = flow.succ
    for sid, s in flow.steps.items():
        if s.kind in ("activity", "terminator") and len(succ[sid]) > 1 and not says_do_all(s.text):
            # (a step that says "do all of the next steps" is a parallel split: no choice to make)
            out.append(_finding("implicit-split", [sid],
                                translate("Rules", "{step} leads to {n} different steps, so it is not "
                                          "clear which comes next. Put a decision (diamond) after it that asks "
                                          "which way to go, with one labelled arrow per answer.").format(
                                              step=_name(flow, sid), n=len(succ[sid])),
                                [a.id for a in flow.out_arrows[sid]]))
    return out


def duplicate_arrow(flow: Flow) -> list[Finding]:
    out = []
    for sid in flow.steps:
        seen: set[str] = set()
        for a in flow.out_arrows[sid]:
            if a.target in seen:
                out.append(_finding("duplicate-arrow", dict.fromkeys([a.source, a.target]),
                                    translate("Rules", "There are two arrows from {source} to {target}. "
                                              "Delete one of them.").format(source=_name(flow, a.source),
                                                                            target=_name(flow, a.target)),
                                    [a.id]))
            seen.add(a.target)
    return out


def self_loop(flow: Flow) -> list[Finding]:
    return [_finding("self-loop", [a.source],
                     translate("Rules", "An arrow goes from {step} back to itself. Point it at the step "
                               "that should happen again (for example the step before it), or delete it.").format(
                                   step=_name(flow, a.source)), [a.id])
            for sid in flow.steps for a in flow.out_arrows[sid] if a.target == sid]


def _write_what(kind: str) -> str:
    """What to write in a step that has no text, by kind: a decision asks, an activity does."""
    if kind == "decision":
        return translate("Rules", "Write the question it asks (for example \"Paid in full?\").")
    if kind == "terminator":
        return translate("Rules", "Write where the system starts or ends here (for example \"New enquiry\").")
    return translate("Rules", "Write what happens here, starting with a verb (for example \"Send the quote\").")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def empty_label(flow: Flow) -> list[Finding]:
    return [_finding("empty-label", [sid],
                     translate("Rules", "{step} has no text. {what}").format(step=_capital(step_name(s)),
                                                                            what=_write_what(s.kind)))
            for sid, s in flow.steps.items() if not s.text.strip()]


def probabilities(flow: Flow) -> list[Finding]:
    out = []
    for sid in flow.steps:
        arrows = flow.out_arrows[sid]
        given = [a for a in arrows if a.probability is not None]
        if not given:
            continue
        if len(given) < len(arrows):
            missing = [a for a in arrows if a.probability is None]
            out.append(_finding("probabilities", [sid],
                                translate("Rules", "Only some arrows out of {step} have a probability. Give every "
                                          "arrow out of it a probability (they must add up to 100%), or none.").format(
                                              step=_name(flow, sid)),
                                [a.id for a in missing]))
            continue
        total = sum(a.probability for a in given)
        if abs(total - 1.0) > PROBABILITY_TOLERANCE:
            out.append(_finding("probabilities", [sid],
                                translate("Rules", "The probabilities on the arrows out of {step} add up to "
                                          "{total}, not {whole}. Change them so they add up to {whole}.").format(
                                              step=_name(flow, sid), total=format_percent(total, 1),
                                              whole=format_percent(1.0)),
                                [a.id for a in given]))
    return out


def overlapping_pairs(boxes: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs (i < j) of rectangles (rows of x0, y0, x1, y1) whose insides
    overlap; touching edges do not count.

    Each rectangle goes in the grid cell of its top-left corner, cells as large
    as the largest rectangle, so overlapping rectangles sit in the same or a
    neighbouring cell; pairs are found with sorted keys and binary search in
    numpy. O(n log n) for maps that look like real ones (few shapes per cell).
    """
    n = len(boxes)
    if n < 2:
        return []
    x0, y0, x1, y1 = boxes.T
    # Cells as large as the largest box, but never more than 2**20 a side: the keys
    # stay far inside int64 whatever the coordinates (no overflow, no warning).
    span = max(float(x1.max() - x0.min()), float(y1.max() - y0.min()))
    cell = max(float((x1 - x0).max()), float((y1 - y0).max()), span / 2**20, 1e-9)
    cx = np.floor(x0 / cell).astype(np.int64)
    cy = np.floor(y0 / cell).astype(np.int64)
    cy -= cy.min() - 1
    width = int(cy.max()) + 2
    keys = cx * width + cy
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    found_i, found_j = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        wanted = keys + dx * width + dy
        lo = np.searchsorted(sorted_keys, wanted, "left")
        hi = np.searchsorted(sorted_keys, wanted, "right")
        counts = hi - lo
        total = int(counts.sum())
        if not total:
            continue
        i = np.repeat(np.arange(n), counts)
        starts = np.repeat(lo - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        j = order[starts + np.arange(total)]
        keep = (i < j) if (dx, dy) == (0, 0) else (i != j)
        i, j = i[keep], j[keep]
        hit = (x0[i] < x1[j]) & (x0[j] < x1[i]) & (y0[i] < y1[j]) & (y0[j] < y1[i])
        found_i.append(i[hit])
        found_j.append(j[hit])
    if not found_i:
        return []
    a, b = np.concatenate(found_i), np.concatenate(found_j)
    lo_, hi_ = np.minimum(a, b), np.maximum(a, b)
    return sorted(set(zip(lo_.tolist(), hi_.tolist())))


def overlap(flow: Flow) -> list[Finding]:
    """Pairs of placed shapes (notes included) whose rectangles overlap as drawn:
    a shape grows to fit its text, so its size is ``estimate_size`` (the size the
    renderer and layout give it), not the kind's default."""
    placed = [s for s in flow.map.steps if s.placed]
    if len(placed) < 2:
        return []
    sizes = np.array([estimate_size(s) for s in placed])
    centres = np.array([(s.x, s.y) for s in placed])
    boxes = np.hstack([centres - sizes / 2, centres + sizes / 2])
    out = []
    for i, j in overlapping_pairs(boxes):
        a, b = placed[i], placed[j]
        out.append(_finding("overlap", [a.id, b.id],
                            translate("Rules", "{step} and {other} overlap on the canvas. Drag one of them "
                                      "apart so both can be read.").format(step=_capital(step_name(a)),
                                                                           other=step_name(b))))
    return out


def owner_missing(flow: Flow, critical_ids: Iterable[str]) -> list[Finding]:
    """Critical steps, and steps with a metric, that nobody owns (no owner on the
    step and none on its metric), in document order. Needs the critical steps,
    so ``analyse`` runs it after them; the accountability chart lists the same steps."""
    critical = set(critical_ids)
    out = []
    for sid, s in flow.steps.items():
        if (sid not in critical and s.metric is None) or not nobody_owns(s):
            continue  # (the cheap test first: most steps are neither critical nor measured)
        if sid in critical:
            why = translate("Rules", "a critical step")
        else:
            why = (translate("Rules", "a step with the metric \"{metric}\"").format(metric=s.metric.name)
                   if s.metric.name.strip() else translate("Rules", "a step with a metric"))
        out.append(_finding("owner-missing", [sid],
                            translate("Rules", "Nobody owns {step}, {why}. Who answers for this? Set an owner. "
                                      "Give it a role such as \"Sales\", or a person's name, in its "
                                      "properties.").format(step=_kind_name(flow, sid), why=why)))
    return out


def find_problems(flow: Flow, reached: set[str] | None = None,
                  cycles: list[list[str]] | None = None) -> list[Finding]:
    """Every rule's findings, grouped by rule in the order of ``RULES``."""
    reached = reachable_from_starts(flow) if reached is None else reached
    cycles = loops(flow) if cycles is None else cycles
    checks: list[Callable[[], list[Finding]]] = [
        lambda: start_required(flow), lambda: end_required(flow), lambda: terminator_in_middle(flow),
        lambda: disconnected(flow), lambda: unreachable(flow, reached), lambda: dead_end(flow),
        lambda: trap_loop(flow, cycles), lambda: decision_branches(flow), lambda: branch_labels(flow),
        lambda: implicit_split(flow), lambda: duplicate_arrow(flow), lambda: self_loop(flow),
        lambda: empty_label(flow), lambda: probabilities(flow), lambda: overlap(flow),
    ]
    findings: list[Finding] = []
    for check in checks:
        findings.extend(check())
    return findings
