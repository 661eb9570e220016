"""What mapper says about a map: problems with the flow, critical steps,
automation candidates, metric points and the funnel. Pure functions, no Qt.

``analyse(m)`` is the one entry point; it builds the flow graph once and hands
it to every part.
"""

from __future__ import annotations

from mapper.model import SystemMap

from .critical import critical_steps
from .flow import build_flow, loops, reachable_from_starts
from .results import (AutomationCandidate, CriticalStep, Finding, Funnel, Lever, MetricPoint,
                      Report)
from .rules import RULES, find_problems

__all__ = ["analyse", "RULES", "AutomationCandidate", "CriticalStep", "Finding", "Funnel", "Lever",
           "MetricPoint", "Report"]


def analyse(m: SystemMap) -> Report:
    """Analyse a map. Never raises for any valid ``SystemMap``."""
    flow = build_flow(m)
    reached = reachable_from_starts(flow)
    cycles = loops(flow)
    findings = find_problems(flow, reached, cycles)
    critical = critical_steps(flow)
    return Report(
        findings=tuple(findings),
        critical=tuple(CriticalStep(sid, tuple(r)) for sid, r in critical.items()),
    )
