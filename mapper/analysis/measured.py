"""Branch probabilities from the owner's own numbers, and the what-if.

The funnel (``funnel.py``) solves the map on the probabilities written on its
arrows: the owner's guesses. Here the guesses meet the metrics log. Over a
window of logged weeks, a step u with two or more arrows out gets measured
probabilities by these rules, in this order:

1. arrow counts: the weeks in which every arrow out of u has a value count;
   p(a) = the sum of a's values / the sum of all of u's arrows' values;
2. otherwise step counts: for an arrow a = u -> v where a is v's only incoming
   arrow, the weeks in which both u and v have a value count;
   p(a) = sum(v) / sum(u), measured only when that is at most 1;
3. exactly one arrow still unmeasured, the measured ones summing to at most 1:
   it gets the rest;
4. every arrow measured but not summing to 1 (within 0.005): scaled to 1;
5. two or more still unmeasured: they keep no measured value, but the funnel
   shares 1 minus the measured sum among them in proportion to their own
   probability (evenly when any of them has none);
6. measured arrows summing to more than 1 while some are unmeasured: none of
   u's arrows counts as measured.

The what-if (``set_branches``) gives some arrows a new probability and scales
their siblings to share the rest in their current proportions (evenly when
they are all 0). The Properties panel, the Funnel panel and ``mapper funnel
--set`` all use it, so "adds up to 110%" cannot come from an edit.

Pure functions; no Qt.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from math import isfinite

from mapper.i18n import translate
from mapper.i18n.formatting import format_percent
from mapper.model import Batch, SetArrowFields, SystemMap
from mapper.model.weeks import weeks_ending

from .flow import Flow, build_flow, loops, reachable_from_starts
from .funnel import solve_funnel
from .results import Funnel
from .rules import PROBABILITY_TOLERANCE, dead_end, trap_loop, unreachable

#: The window when nobody says otherwise: a quarter of weeks.
DEFAULT_WEEKS = 13
#: Measured sums closer to 1 than this count as 1 (the probabilities rule's tolerance).
TOLERANCE = PROBABILITY_TOLERANCE
_EPS = 1e-9


class WhatIfError(ValueError):
    """A what-if that cannot be: an unknown arrow, a value outside 0..1, more than 1 on one step."""


@dataclass(frozen=True)
class BranchProbability:
    """One arrow out of a step with two or more: the guess, the measurement, what the funnel used."""
    arrow: str
    source: str
    target: str
    label: str
    assumed: float | None
    measured: float | None
    used: float | None


@dataclass(frozen=True)
class MeasuredFunnel:
    """What ``mapper funnel`` reports: the window, every branch's probabilities,
    the funnel, and with a what-if the funnel before it."""
    weeks: tuple[str, ...] | None
    probabilities: tuple[BranchProbability, ...]
    funnel: Funnel | None
    baseline: Funnel | None = None
    goals: tuple[str, ...] = ()
    #: True when a what-if was asked for (then ``baseline`` is the funnel before it, or None).
    what_if: bool = False

    def goal_outcomes(self, funnel: Funnel | None = None) -> float | None:
        """Goal outcomes per 100 entrants of ``funnel`` (default: the one reported)."""
        f = self.funnel if funnel is None else funnel
        return None if f is None else goal_outcomes(f, self.goals)


def goal_outcomes(funnel: Funnel, goals) -> float:
    return float(sum(funnel.outcomes.get(g, 0.0) for g in goals))


# -- the window ----------------------------------------------------------------

def measurement_window(m: SystemMap, weeks: int = DEFAULT_WEEKS, until: str | None = None) -> list[str]:
    """The ``weeks`` weeks ending at ``until``, else at the latest logged week
    (else this week, when nothing is logged), oldest first."""
    if until is None:
        logged = [e.week for e in m.metrics_log]
        if logged:
            until = max(logged)
        else:
            from mapper.model.weeks import this_week
            until = this_week()
    return weeks_ending(until, weeks)


# -- measuring -----------------------------------------------------------------

def split_steps(m: SystemMap) -> dict[str, list]:
    """Every step with two or more arrows out -> those arrows, in document order."""
    out: dict[str, list] = {}
    for a in m.arrows:
        out.setdefault(a.source, []).append(a)
    return {sid: arrows for sid, arrows in out.items() if len(arrows) >= 2}


def _sums(columns: list[dict[str, float]], keys: list[str]) -> list[float] | None:
    """Per key, the sum over the weeks (``columns``) in which every key has a value;
    None when no week has them all."""
    sums = [0.0] * len(keys)
    counted = False
    for values in columns:
        try:
            got = [values[k] for k in keys]
        except KeyError:
            continue
        counted = True
        for i, v in enumerate(got):
            sums[i] += v
    return sums if counted else None


def measure_probabilities(m: SystemMap, weeks: list[str] | tuple[str, ...]) -> dict[str, float]:
    """Arrow id -> measured probability over ``weeks`` (rules 1 to 4 and 6 above).

    Arrows with no measurement are absent. O(weeks in the window x arrows out of
    steps with two or more): only the keys the rules ask for are looked up.
    """
    window = set(weeks)
    columns = [e.values for e in m.metrics_log if e.week in window and e.values]
    incoming: dict[str, int] = {}
    for a in m.arrows:
        incoming[a.target] = incoming.get(a.target, 0) + 1
    measured: dict[str, float] = {}
    if not columns:
        return measured
    logged: set[str] = set()
    for values in columns:
        logged.update(values)  # in C; lets steps with nothing logged skip the week loop
    for sid, arrows in split_steps(m).items():
        measured.update(_measure_step(sid, arrows, columns, logged, incoming))
    return measured


def _measure_step(sid: str, arrows: list, columns: list, logged: set[str],
                  incoming: dict[str, int]) -> dict[str, float]:
    ids = [a.id for a in arrows]
    # 1. arrow counts
    sums = _sums(columns, ids) if all(k in logged for k in ids) else None
    if sums is not None and sum(sums) > 0:
        total = sum(sums)
        return {aid: s / total for aid, s in zip(ids, sums)}
    # 2. step counts
    got: dict[str, float] = {}
    if sid in logged:
        for a in arrows:
            if incoming.get(a.target) != 1 or a.target not in logged:
                continue
            pair = _sums(columns, [sid, a.target])
            if pair is None or pair[0] <= 0:
                continue
            ratio = pair[1] / pair[0]
            if 0 <= ratio <= 1 + _EPS:
                got[a.id] = min(ratio, 1.0)
    if not got:
        return {}
    measured_sum = sum(got.values())
    missing = [aid for aid in ids if aid not in got]
    if missing and measured_sum > 1 + _EPS:
        return {}  # 6.
    if len(missing) == 1:
        got[missing[0]] = max(0.0, 1.0 - measured_sum)  # 3.
        return {aid: got[aid] for aid in ids}
    if not missing and abs(measured_sum - 1.0) > TOLERANCE:
        if measured_sum <= 0:
            return {}  # nothing to scale: every branch measured at 0
        return {aid: got[aid] / measured_sum for aid in ids}  # 4.
    return {aid: got[aid] for aid in ids if aid in got}


def used_probabilities(m: SystemMap, measured: dict[str, float] | None) -> dict[str, float | None]:
    """Arrow id -> the probability the funnel uses, for every arrow out of a step
    with two or more: measured where there is a measurement, rule 5 for the
    unmeasured siblings of measured arrows, the arrow's own probability elsewhere."""
    used: dict[str, float | None] = {}
    for sid, arrows in split_steps(m).items():
        if not measured or not any(a.id in measured for a in arrows):
            used.update((a.id, a.probability) for a in arrows)
            continue
        rest = [a for a in arrows if a.id not in measured]
        share = max(0.0, 1.0 - sum(measured[a.id] for a in arrows if a.id in measured))
        own = [a.probability for a in rest]
        even = any(p is None for p in own) or sum(own) <= 0
        for a in arrows:
            if a.id in measured:
                used[a.id] = measured[a.id]
            elif even:
                used[a.id] = share / len(rest)
            else:
                used[a.id] = share * a.probability / sum(own)
    return used


# -- the what-if ---------------------------------------------------------------

def set_branches(m: SystemMap, current: dict[str, float | None], fixed: dict[str, float]) -> dict[str, float]:
    """Probabilities after fixing some arrows: each fixed arrow gets its value, the
    other arrows out of the same step share what is left in proportion to their
    ``current`` probability (evenly when they are all 0 or some have none).

    Returns arrow id -> probability for every arrow out of every step touched.
    Raises WhatIfError for an unknown arrow, an arrow that is its step's only way
    out, a value that is not a number in 0..1, or fixed values on one step that
    add up to more than 1 (or, fixing every arrow, to other than 1).
    """
    splits = split_steps(m)
    source_of: dict[str, str] = {}
    for sid, arrows in splits.items():
        for a in arrows:
            source_of[a.id] = sid
    by_step: dict[str, dict[str, float]] = {}
    for aid, p in fixed.items():
        if m.arrow(aid) is None:
            raise WhatIfError(translate("WhatIf", 'there is no arrow "{id}"').format(id=aid))
        if aid not in source_of:
            raise WhatIfError(translate("WhatIf", 'arrow "{id}" is the only way out of its step: there is nothing to share')
                              .format(id=aid))
        if isinstance(p, bool) or not isinstance(p, (int, float)) or not isfinite(p) or not 0 <= p <= 1:
            raise WhatIfError(translate("WhatIf", 'the probability of arrow "{id}" must be a number from 0 to 1, not {value}')
                              .format(id=aid, value=repr(p)))
        by_step.setdefault(source_of[aid], {})[aid] = float(p)
    out: dict[str, float] = {}
    for sid, values in by_step.items():
        total = sum(values.values())
        if total > 1 + _EPS:
            raise WhatIfError(translate("WhatIf", 'the probabilities set on the arrows out of "{step}" add up to {total}, '
                                        'more than 100%').format(step=sid, total=format_percent(total, 1)))
        rest = [a.id for a in splits[sid] if a.id not in values]
        if not rest and abs(total - 1) > TOLERANCE:
            raise WhatIfError(translate("WhatIf", 'the probabilities set on every arrow out of "{step}" add up to {total}, '
                                        'not 100%').format(step=sid, total=format_percent(total, 1)))
        left = max(0.0, 1.0 - total)
        own = [current.get(aid) for aid in rest]
        even = any(p is None for p in own) or sum(own) <= 0
        for a in splits[sid]:
            if a.id in values:
                out[a.id] = values[a.id]
            elif even:
                out[a.id] = left / len(rest)
            else:
                out[a.id] = left * current[a.id] / sum(own)
    return out


# -- the funnel on other probabilities ----------------------------------------

@dataclass(slots=True)
class _Branch:
    """What the flow and the funnel read of an arrow, with a probability of our own."""
    id: str
    source: str
    target: str
    label: str
    probability: float | None


@contextmanager
def paused_collector():
    """Pause the cyclic garbage collector (as ``analyse`` does): years of log are
    hundreds of thousands of small objects it would rescan again and again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class FunnelSolver:
    """The funnel of one map's shape on any branch probabilities.

    The flow, its loops and the structural findings are worked out once; each
    ``solve`` only puts the probabilities on private copies of the arrows and
    solves the chain again (a slider move in the Funnel panel is one solve).
    The map itself is never touched.
    """

    def __init__(self, m: SystemMap) -> None:
        # Plain stand-ins for the arrows: copying 20,000 pydantic models took a second.
        self._arrows = [_Branch(a.id, a.source, a.target, a.label, a.probability) for a in m.arrows]
        self._own = {a.id: a.probability for a in m.arrows}
        shadow = m.model_copy(update={"arrows": self._arrows})
        self.flow: Flow = build_flow(shadow)
        self.cycles = loops(self.flow)
        reached = reachable_from_starts(self.flow)
        self._findings = dead_end(self.flow) + unreachable(self.flow, reached) + trap_loop(self.flow, self.cycles)

    @property
    def goals(self) -> tuple[str, ...]:
        return tuple(self.flow.goals)

    def solve(self, used: dict[str, float | None]) -> Funnel | None:
        """The funnel with ``used`` (arrow id -> probability) on the arrows it names and
        the arrows' own probability elsewhere; None when that is no absorbing chain
        (a missing probability, a step whose branches do not add up to 1, ...)."""
        for a in self._arrows:
            a.probability = used[a.id] if a.id in used else self._own[a.id]
        for sid, arrows in self.flow.out_arrows.items():
            given = [a.probability for a in arrows if a.probability is not None]
            if given and (len(given) < len(arrows) or abs(sum(given) - 1.0) > TOLERANCE):
                return None  # what the probabilities rule would report
        solved = solve_funnel(self.flow, self._findings, self.cycles)
        return None if solved is None else solved[0]


def measured_funnel(m: SystemMap, measured: bool = False, weeks: int = DEFAULT_WEEKS,
                    until: str | None = None, fixed: dict[str, float] | None = None) -> MeasuredFunnel:
    """``mapper funnel``: the funnel on the arrows' own probabilities, or with
    ``measured`` on the numbers of the window; with ``fixed`` (the what-if) the
    funnel after it and the one before as ``baseline``. Raises WhatIfError for a
    bad what-if."""
    with paused_collector():
        return _measured_funnel(m, measured, weeks, until, fixed)


def _measured_funnel(m: SystemMap, measured: bool, weeks: int, until: str | None,
                     fixed: dict[str, float] | None) -> MeasuredFunnel:
    window = measurement_window(m, weeks, until) if measured else None
    found = measure_probabilities(m, window) if measured else {}
    used = used_probabilities(m, found)
    solver = FunnelSolver(m)
    baseline = None
    if fixed:
        after = dict(used)
        after.update(set_branches(m, used, fixed))
        baseline = solver.solve(used)
        funnel = solver.solve(after)
        used = after
    else:
        funnel = solver.solve(used)
    rows = tuple(BranchProbability(a.id, a.source, a.target, a.label, a.probability,
                                   found.get(a.id) if measured else None, used[a.id])
                 for a in m.arrows if a.id in used)  # document order
    return MeasuredFunnel(tuple(window) if window is not None else None, rows, funnel, baseline, solver.goals,
                          bool(fixed))


def _round(x: float | None, digits: int) -> float | None:
    return None if x is None else round(float(x), digits) + 0.0


def measured_funnel_to_json(result: MeasuredFunnel, file: str) -> dict:
    """DESIGN's object for ``mapper funnel --json``; probabilities to 4 decimals."""
    from .report import funnel_to_json
    out = {
        "file": str(file),
        "weeks": list(result.weeks) if result.weeks is not None else None,
        "probabilities": [{"arrow": r.arrow, "source": r.source, "target": r.target, "label": r.label,
                           "assumed": r.assumed, "measured": _round(r.measured, 4), "used": _round(r.used, 4)}
                          for r in result.probabilities],
        "funnel": funnel_to_json(result.funnel),
    }
    if result.what_if:
        out["baseline"] = funnel_to_json(result.baseline)
        out["change"] = funnel_change(result)
    return out


def funnel_change(result: MeasuredFunnel) -> dict:
    """Goal outcomes per 100 and value per entrant, after the what-if less before (null when either is)."""
    before, after = result.baseline, result.funnel
    if before is None or after is None:
        return {"goal_outcomes": None, "value_per_entrant": None}
    return {"goal_outcomes": _round(goal_outcomes(after, result.goals) - goal_outcomes(before, result.goals), 1),
            "value_per_entrant": _round(after.value_per_entrant - before.value_per_entrant, 2)}


# -- writing probabilities into the map -----------------------------------------

def probability_edit(m: SystemMap, values: dict[str, float | None], text: str = "Change Probabilities"):
    """One undoable operation writing ``values`` (arrow id -> probability, to 4
    decimals) onto the arrows whose probability differs; None when none does."""
    ops = []
    for aid, p in values.items():
        a = m.arrow(aid)
        p = None if p is None else round(float(p), 4) + 0.0
        if a is not None and a.probability != p:
            ops.append(SetArrowFields(aid, {"probability": p}))
    return Batch(ops, text) if ops else None


def branch_edit(m: SystemMap, arrow_id: str, p: float | None):
    """The edit of one branch's probability: the arrow gets ``p`` and the other
    arrows out of its step share the rest in their current proportions, as one
    undoable operation (so the branches always add up to 100%). An arrow that is
    its step's only way out, or ``p`` None, changes alone. Raises WhatIfError."""
    a = m.arrow(arrow_id)
    if a is None:
        raise WhatIfError(translate("WhatIf", 'there is no arrow "{id}"').format(id=arrow_id))
    if p is None or arrow_id not in {x.id for x in split_steps(m).get(a.source, ())}:
        return probability_edit(m, {arrow_id: p}, translate("WhatIf", "Change Probability"))
    current = {x.id: x.probability for x in split_steps(m)[a.source]}
    return probability_edit(m, set_branches(m, current, {arrow_id: p}), translate("WhatIf", "Change Probability"))
