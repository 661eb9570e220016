"""The weekly scorecard: every metric against its target, week by week.

EOS's scorecard is the anchor (a measurable per row, who answers for it, its
goal, 13 weeks across). Here the rows come from the map: every step with a
``metric``, in flow order. Pure functions over the map; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mapper.model import Step, SystemMap
from mapper.model.log_keys import plain_number  # noqa: F401  (callers read it from here too)
from mapper.model.owners import owner_name
from mapper.model.weeks import this_week, weeks_ending

from .flow import flow_order

#: Weeks shown when nobody says otherwise: a quarter.
DEFAULT_WEEKS = 13


@dataclass(frozen=True)
class ScorecardRow:
    step: str
    name: str
    unit: str
    owner: str
    target: float | None
    better: str
    values: tuple[float | None, ...]
    status: tuple[str | None, ...]
    on_track: int
    off_track: int
    average: float | None
    trend: float | None


@dataclass(frozen=True)
class Scorecard:
    weeks: tuple[str, ...]
    rows: tuple[ScorecardRow, ...]
    #: Per row's step, its branch rows when any branch has a number in the window (what paper shows).
    branches: dict = field(default_factory=dict, compare=False)

    def to_discuss(self) -> list[ScorecardRow]:
        """Rows off track in the last week of the window: the meeting starts with these."""
        return [r for r in self.rows if r.status and r.status[-1] == "off"]


def metric_owner(step: Step) -> str:
    """Who answers for a step's number: the metric's own owner, else the step's."""
    own = owner_name(step.metric.owner) if step.metric is not None else ""
    return own or owner_name(step.owner)


def cell_status(value: float | None, target: float | None, better: str) -> str | None:
    """"on" when the value meets the target in the ``better`` direction (equal is on),
    "off" when it misses, None with no value or no target."""
    if value is None or target is None:
        return None
    met = value >= target if better != "lower" else value <= target
    return "on" if met else "off"


def trend(values: list[float | None]) -> float | None:
    """Least-squares slope per week of the logged values against their position; None under 3 values."""
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(points) < 3:
        return None
    n = len(points)
    mx = sum(i for i, _ in points) / n
    my = sum(v for _, v in points) / n
    sxx = sum((i - mx) ** 2 for i, _ in points)
    sxy = sum((i - mx) * (v - my) for i, v in points)
    return sxy / sxx


def log_values(m: SystemMap, key: str, weeks: list[str] | tuple[str, ...]) -> list[float | None]:
    """The logged values of a step or arrow id over the given weeks (None where nothing was logged)."""
    by_week = {e.week: e.values for e in m.metrics_log}
    return [by_week.get(w, {}).get(key) for w in weeks]


def scorecard(m: SystemMap, weeks: int = DEFAULT_WEEKS, until: str | None = None,
              order: list[str] | None = None) -> Scorecard:
    """The scorecard of ``weeks`` weeks ending at ``until`` (default: this week), oldest first.

    O(rows x weeks) after one flow-order walk (``order``: ``flow_order(m)`` when the caller has it).
    """
    window = weeks_ending(until or this_week(), weeks)
    by_week = {e.week: e.values for e in m.metrics_log}
    columns = [by_week.get(w, {}) for w in window]
    rows = []
    steps = {s.id: s for s in m.steps}  # m.step() per row cost half a second on 20,000 steps
    # Notes take no part in the flow, but a metric on one is still a row: after the flow.
    for sid in (flow_order(m) if order is None else order) + [s.id for s in m.steps if s.kind == "note" and s.metric is not None]:
        step = steps.get(sid)
        if step is not None and step.metric is not None:
            rows.append(scorecard_row(step, [col.get(sid) for col in columns]))
    card = Scorecard(weeks=tuple(window), rows=tuple(rows))
    card.branches.update(branches_logged(m, card))
    return card


@dataclass(frozen=True)
class BranchRow:
    """How many went along one arrow out of a row's step, week by week (values keyed by arrow id)."""
    arrow: str
    label: str       # "Yes → Run the consultation call" (the arrow's label, then where it leads)
    values: tuple[float | None, ...]
    short: str = ""  # "Yes", or "→ <next step>" for an unlabelled arrow: for "Yes 9 / No 3"


def branch_rows(m: SystemMap, step_id: str, weeks: list[str] | tuple[str, ...],
                outs: list | None = None) -> list[BranchRow]:
    """One row per arrow out of a step with two or more (a decision's "Yes 9 / No 3"), in document order.

    ``outs``: the step's outgoing arrows when the caller has them (else O(arrows) to find them).
    """
    if outs is None:
        outs = [a for a in m.arrows if a.source == step_id]
    if len(outs) < 2:
        return []
    rows = []
    for a in outs:
        target = m.step(a.target)
        where = " ".join(target.text.split()) if target is not None and target.text.strip() else a.target
        short = " ".join(a.label.split())
        label = f"{short} → {where}" if short else f"→ {where}"
        rows.append(BranchRow(a.id, label, tuple(log_values(m, a.id, weeks)), short or label))
    return rows


def branch_summary(rows: list[BranchRow], column: int) -> str:
    """"Yes 9 / No 3" for one week ("" when no branch has a number)."""
    parts = [f"{r.short or r.label} {plain_number(r.values[column])}" for r in rows if r.values[column] is not None]
    return " / ".join(parts)


def scorecard_row(step: Step, values: list[float | None]) -> ScorecardRow:
    """One step's row from its values over the window (the step must have a metric)."""
    metric = step.metric
    status = [cell_status(v, metric.target, metric.better) for v in values]
    logged = [v for v in values if v is not None]
    return ScorecardRow(
        step=step.id, name=" ".join((metric.name or step.text).split()), unit=metric.unit,
        owner=metric_owner(step), target=metric.target, better=metric.better, values=tuple(values),
        status=tuple(status), on_track=status.count("on"), off_track=status.count("off"),
        average=(sum(logged) / len(logged)) if logged else None, trend=trend(values))


def scorecard_to_json(card: Scorecard, file: str) -> dict:
    """The JSON object of ``mapper scorecard --json`` (docs/command-line.md)."""
    return {
        "file": file,
        "weeks": list(card.weeks),
        "rows": [{"step": r.step, "name": r.name, "unit": r.unit, "owner": r.owner,
                  "target": plain_number(r.target), "better": r.better,
                  "values": [plain_number(v) for v in r.values], "status": list(r.status),
                  "on_track": r.on_track, "off_track": r.off_track, "average": r.average, "trend": r.trend}
                 for r in card.rows],
    }


def branches_logged(m: SystemMap, card: Scorecard) -> dict[str, list[BranchRow]]:
    """The branch rows worth printing: per row, its arrows' counts when any was logged in the window."""
    outs: dict[str, list] = {}
    for a in m.arrows:
        outs.setdefault(a.source, []).append(a)
    out = {}
    for r in card.rows:
        rows = branch_rows(m, r.step, card.weeks, outs.get(r.step, []))
        if any(v is not None for b in rows for v in b.values):
            out[r.step] = rows
    return out


def log_columns(m: SystemMap) -> list[str]:
    """The keys a log CSV lists: every step with a metric (flow order), then every
    other step or arrow that has a logged value (document order)."""
    keys = [sid for sid in flow_order(m) if (s := m.step(sid)) is not None and s.metric is not None]
    logged = {k for e in m.metrics_log for k in e.values}
    keys += [s.id for s in m.steps if s.id in logged and s.id not in keys]
    keys += [a.id for a in m.arrows if a.id in logged and a.id not in keys]
    return keys
