"""A plausible metrics log for any map, to look at the funnel panel and the
quarterly review, and to time them on years of numbers.

Each quarter has its own "true" branch probabilities (the owner's guesses,
nudged, moving a little from quarter to quarter, like seasons); each week a number of
people enter (growing slowly, with noise) and every logged count is the
expected count of that week under the quarter's truth, with noise. Logged:
every start and end, every step with a metric, every step with a stage, and
the arrows out of every decision (so most decisions are measured by arrow
counts, the others by step counts).
"""

from __future__ import annotations

import numpy as np

from mapper.analysis.measured import FunnelSolver, split_steps
from mapper.model import MetricsLogEntry, SystemMap
from mapper.model.weeks import quarter_of_week, weeks_ending


def _count(x: float) -> float:
    """Whole counts where they are large; deep in a long synthetic funnel expected
    counts fall below 1, and rounding them to 0 would measure exits of loops as
    never taken (a loop nobody leaves: no funnel at all)."""
    return float(round(x)) if x >= 10 else round(max(x, 0.0), 6)


def add_sample_log(m: SystemMap, until: str, weeks: int = 26, seed: int = 0, entrants: float = 120.0,
                   arrow_share: float = 0.7) -> SystemMap:
    """Fill ``m.metrics_log`` with ``weeks`` weeks ending at ``until``; returns ``m``.
    About ``entrants`` people a week enter at each start."""
    rng = np.random.default_rng(seed)
    solver = FunnelSolver(m)
    splits = split_steps(m)
    decisions = [sid for sid in splits if (s := m.step(sid)) is not None and s.kind == "decision"]
    # Arrow counts for most decisions, step counts (the branch targets) for the rest.
    by_arrows = {sid for sid in decisions if rng.random() < arrow_share}
    logged_steps = [s.id for s in m.steps if s.kind != "note" and (s.metric is not None or s.stage or
                                                                      s.id in solver.flow.starts or
                                                                      s.id in solver.flow.ends)]
    logged_steps += [a.target for sid in decisions if sid not in by_arrows for a in splits[sid]] + \
                    [sid for sid in decisions if sid not in by_arrows]
    logged_steps = list(dict.fromkeys(logged_steps))
    logged_arrows = [a for sid in by_arrows for a in splits[sid]]
    drift = {a.id: rng.normal(0, 0.25) for arrows in splits.values() for a in arrows}
    nudge = {a.id: rng.normal(0, 0.3) for arrows in splits.values() for a in arrows}

    truths: dict[str, tuple[dict, dict, dict]] = {}
    window = weeks_ending(until, weeks)
    entries = []
    for t, week in enumerate(window):
        quarter = quarter_of_week(week)
        if quarter not in truths:
            q = len(truths)
            used = {}
            for sid, arrows in splits.items():
                raw = [(a.probability if a.probability is not None else 1 / len(arrows))
                       * np.exp(nudge[a.id] + drift[a.id] * np.sin(1.3 * q)) for a in arrows]
                total = sum(raw) or 1.0
                used.update((a.id, r / total) for a, r in zip(arrows, raw))
            funnel = solver.solve(used)
            if funnel is None:
                truths[quarter] = ({}, {}, used)
            else:
                truths[quarter] = (funnel.visits, funnel.outcomes, used)
        visits, outcomes, used = truths[quarter]
        scale = entrants * len(solver.flow.starts) * (1 + 0.01 * t) * rng.lognormal(0, 0.08) / 100.0
        values: dict[str, float] = {}
        for sid in logged_steps:
            base = visits.get(sid, outcomes.get(sid))
            if base is None:
                base = 100.0 if sid in solver.flow.starts else 0.0
            values[sid] = _count(base * scale * rng.lognormal(0, 0.05))
        for a in logged_arrows:
            base = visits.get(a.source, 100.0 if a.source in solver.flow.starts else 0.0) * used[a.id]
            values[a.id] = _count(base * scale * rng.lognormal(0, 0.05))
        entries.append(MetricsLogEntry.model_construct(week=week, values=values))
    m.metrics_log = entries
    return m
