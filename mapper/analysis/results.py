"""What an analysis finds, as plain frozen data (docs/CONTRACTS.md).

The canvas, the command line, checklists and exports all read these; nothing in
here knows how the results were computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One problem with the flow: which rule, how bad, where, and how to fix it."""
    rule: str
    severity: str
    steps: tuple[str, ...]
    arrows: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class CriticalStep:
    """A step the system cannot do without, and why."""
    step: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class AutomationCandidate:
    """A step a machine could do; ``score`` is 0..1 (higher: more worth automating)."""
    step: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MetricPoint:
    """A place to count something every week, with a suggested name."""
    step: str
    name: str
    reason: str


@dataclass(frozen=True)
class Lever:
    """Goal outcomes per 100 entrants gained by moving one point of probability
    at a decision from its worst branch to its best."""
    step: str
    gain: float


@dataclass(frozen=True)
class Funnel:
    """The map as an absorbing Markov chain, per ``entrants`` people entering."""
    entrants: int
    outcomes: dict[str, float]
    visits: dict[str, float]
    value_per_entrant: float
    levers: tuple[Lever, ...]


@dataclass(frozen=True)
class Report:
    """Everything ``analyse`` says about a map."""
    findings: tuple[Finding, ...] = ()
    critical: tuple[CriticalStep, ...] = ()
    automation: tuple[AutomationCandidate, ...] = ()
    metric_points: tuple[MetricPoint, ...] = ()
    funnel: Funnel | None = None
    _by_step: dict = field(default=None, init=False, repr=False, compare=False)

    def critical_ids(self) -> set[str]:
        return {c.step for c in self.critical}

    def automation_ids(self) -> set[str]:
        return {a.step for a in self.automation}

    def metric_ids(self) -> set[str]:
        return {p.step for p in self.metric_points}

    def findings_for(self, step_id: str) -> list[Finding]:
        """Findings that name the step, in report order (indexed once, so the
        canvas can ask for every step of a big map cheaply)."""
        if self._by_step is None:
            index: dict[str, list[Finding]] = {}
            for f in self.findings:
                for s in dict.fromkeys(f.steps):
                    index.setdefault(s, []).append(f)
            object.__setattr__(self, "_by_step", index)
        return list(self._by_step.get(step_id, ()))

    def counts(self) -> dict[str, int]:
        """Number of findings per severity: {"error": n, "warning": n, "info": n}."""
        out = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out
