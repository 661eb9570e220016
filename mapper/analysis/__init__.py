"""What mapper says about a map: problems with the flow, critical steps,
automation candidates, metric points and the funnel. Pure functions, no Qt.

``analyse(m)`` is the one entry point; it builds the flow graph once and hands
it to every part.
"""

from __future__ import annotations

import gc

from mapper.model import SystemMap

from .automation import automation_candidates
from .critical import critical_steps, dominating_steps
from .flow import build_flow, loops, reachable_from_starts
from .funnel import solve_funnel
from .metrics import metric_points
from .results import (AutomationCandidate, CriticalStep, Finding, Funnel, Lever, MetricPoint,
                      Report)
from .rules import RULES, find_problems, owner_missing

__all__ = ["analyse", "RULES", "AutomationCandidate", "CriticalStep", "Finding", "Funnel", "Lever",
           "MetricPoint", "Report"]


def analyse(m: SystemMap) -> Report:
    """Analyse a map: findings, critical steps, automation candidates, metric
    points and the funnel. Never raises for a valid ``SystemMap``; linear in the
    map's size except the sparse solve (near-linear for maps that look like real ones).
    """
    # The analysis makes many small objects and no reference cycles; left on, the
    # cyclic garbage collector rescans the whole map again and again (40% of the
    # time on 20,000 steps). Pause it, and leave it as it was found.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyse(m)
    finally:
        if collecting:
            gc.enable()


def _analyse(m: SystemMap) -> Report:
    flow = build_flow(m)
    reached = reachable_from_starts(flow)
    cycles = loops(flow)
    findings = find_problems(flow, reached, cycles)
    main_path = set(dominating_steps(flow.succ, flow.starts, flow.goals))
    critical = critical_steps(flow, main_path, cycles)
    findings += owner_missing(flow, critical)  # last in RULES: it needs the critical steps
    solved = solve_funnel(flow, findings, cycles)
    funnel, goal_chance = solved if solved is not None else (None, None)
    in_loops = {sid for comp in cycles for sid in comp}
    automation = automation_candidates(flow, main_path, in_loops, funnel.visits if funnel else None)
    points = metric_points(flow, set(critical), goal_chance)
    return Report(
        findings=tuple(findings),
        critical=tuple(CriticalStep(sid, tuple(r)) for sid, r in critical.items()),
        automation=tuple(AutomationCandidate(sid, score, tuple(r)) for sid, score, r in automation),
        metric_points=tuple(MetricPoint(sid, name, reason) for sid, name, reason in points),
        funnel=funnel,
    )
