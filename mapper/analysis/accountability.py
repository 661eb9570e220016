"""The accountability chart (step 5 of the method): who answers for what.

One card per owner, with the steps they own (flow order), the metrics they
answer for (a metric's own ``owner``, else its step's) and their priorities;
then what nobody owns, which is exactly what the ``owner-missing`` rule
reports, split in two (``critical`` and ``metrics``), plus every other
activity or decision without an owner (``steps``).

Owner names are grouped by ``mapper.model.owners.owner_key`` (trimmed, inner
spaces collapsed, case ignored) and shown with the first spelling met: the
steps in flow order (each step's owner, then its metric's), then the
priorities in document order. Cards sort by the number of steps owned, most
first, then by name. Pure: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from mapper.model import Step, SystemMap
from mapper.model.owners import owner_key, owner_name

from .flow import flow_order


@dataclass(frozen=True)
class OwnerCard:
    """One seat: the owner as shown, and the ids of what they answer for."""
    owner: str
    steps: tuple[str, ...] = ()
    #: Ids of the steps whose metric this owner answers for.
    metrics: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unowned:
    """What nobody owns: ``critical`` and ``metrics`` are the ``owner-missing`` findings."""
    critical: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.critical or self.metrics or self.steps)


@dataclass(frozen=True)
class AccountabilityChart:
    owners: tuple[OwnerCard, ...] = ()
    unowned: Unowned = field(default_factory=Unowned)

    def card(self, name: str) -> OwnerCard | None:
        """The card of an owner, whatever the spelling (``owner_key``)."""
        key = owner_key(name)
        return next((c for c in self.owners if owner_key(c.owner) == key), None)


def metric_owner(step: Step) -> str:
    """Who answers for a step's metric as written: its own owner, else the step's ("" for nobody)."""
    if step.metric is None:
        return ""
    return step.metric.owner if owner_key(step.metric.owner) else step.owner


def nobody_owns(step: Step) -> bool:
    """No owner on the step and none on its metric: what ``owner-missing`` looks for."""
    return not owner_key(step.owner) and not (step.metric is not None and owner_key(step.metric.owner))


def unowned(m: SystemMap, critical_ids: Iterable[str], order: list[str] | None = None) -> Unowned:
    """What nobody owns, each list in flow order. O(steps + arrows)."""
    order = flow_order(m) if order is None else order
    critical = set(critical_ids)
    out_critical, out_metrics, out_steps = [], [], []
    for sid in order:
        s = m.step(sid)
        if sid in critical and nobody_owns(s):
            out_critical.append(sid)
        elif s.metric is not None and nobody_owns(s):
            out_metrics.append(sid)
        elif s.kind in ("activity", "decision") and not owner_key(s.owner):
            out_steps.append(sid)
    return Unowned(tuple(out_critical), tuple(out_metrics), tuple(out_steps))


def owner_spellings(m: SystemMap, order: list[str] | None = None) -> dict[str, str]:
    """owner key -> the name shown (its first spelling), in the order first met."""
    order = flow_order(m) if order is None else order
    by_id = {s.id: s for s in m.steps}
    shown: dict[str, str] = {}

    def meet(text: str) -> None:
        key = owner_key(text)
        if key and key not in shown:
            shown[key] = owner_name(text)

    for sid in order:
        s = by_id[sid]
        meet(s.owner)
        if s.metric is not None:
            meet(s.metric.owner)
    for p in m.priorities:
        meet(p.owner)
    return shown


def accountability_chart(m: SystemMap, critical_ids: Iterable[str] | None = None) -> AccountabilityChart:
    """The chart of a map. ``critical_ids``: the report's critical steps (analysed here when None).

    >>> from mapper.model import Step
    >>> m = SystemMap(steps=[Step(id="a", kind="activity", owner="Office"),
    ...                      Step(id="b", kind="activity", owner=" office ")])
    >>> [(c.owner, c.steps) for c in accountability_chart(m, []).owners]
    [('Office', ('a', 'b'))]
    """
    if critical_ids is None:
        from . import analyse
        critical_ids = analyse(m).critical_ids()
    order = flow_order(m)
    shown = owner_spellings(m, order)
    steps: dict[str, list[str]] = {k: [] for k in shown}
    metrics: dict[str, list[str]] = {k: [] for k in shown}
    priorities: dict[str, list[str]] = {k: [] for k in shown}
    for sid in order:
        s = m.step(sid)
        if key := owner_key(s.owner):
            steps[key].append(sid)
        if s.metric is not None and (key := owner_key(metric_owner(s))):
            metrics[key].append(sid)
    for p in m.priorities:
        if key := owner_key(p.owner):
            priorities[key].append(p.id)
    cards = [OwnerCard(shown[k], tuple(steps[k]), tuple(metrics[k]), tuple(priorities[k])) for k in shown]
    cards.sort(key=lambda c: (-len(c.steps), owner_key(c.owner), c.owner))
    return AccountabilityChart(tuple(cards), unowned(m, critical_ids, order))


def chart_to_json(chart: AccountabilityChart) -> dict:
    """``mapper accountability --json``: owners with lists of ids, then what nobody owns."""
    return {
        "owners": [{"owner": c.owner, "steps": list(c.steps), "metrics": list(c.metrics),
                    "priorities": list(c.priorities)} for c in chart.owners],
        "unowned": {"critical": list(chart.unowned.critical), "metrics": list(chart.unowned.metrics),
                    "steps": list(chart.unowned.steps)},
    }


def lane_order(m: SystemMap) -> list[tuple[str, str]]:
    """(owner key, name shown) in the chart's order (most steps first, then by name), for swimlanes.

    Only owners of at least one step: a lane with no step in it would be empty.
    Needs no analysis (the unowned split does not matter here). O(steps + arrows)."""
    order = flow_order(m)
    shown = owner_spellings(m, order)
    by_id = {s.id: s for s in m.steps}
    counts: dict[str, int] = {}
    for sid in order:
        if key := owner_key(by_id[sid].owner):
            counts[key] = counts.get(key, 0) + 1
    return [(k, shown[k]) for k in sorted(counts, key=lambda k: (-counts[k], k, shown[k]))]
