"""Critical steps: the ones every customer passes on the way to a goal.

A step is critical when every path from any start to any goal end passes
through it: a dominator of a virtual sink (fed by every goal end) seen from a
virtual source (feeding every start). The owner's ``critical`` flag adds or
removes steps.
"""

from __future__ import annotations

import networkx as nx

from .flow import Flow, goals_are_marked

_SOURCE = ("mapper", "source")  # tuples never collide with string step ids
_SINK = ("mapper", "sink")


def dominating_steps(graph: nx.DiGraph, starts: list[str], goals: list[str]) -> list[str]:
    """Steps on every path from any of ``starts`` to any of ``goals`` (starts and
    goals included when they qualify), nearest the goals first.

    O((steps + arrows) * alpha) with networkx's Cooper-Harvey-Kennedy dominators.

    >>> g = nx.DiGraph([("s", "a"), ("a", "b"), ("a", "c"), ("b", "g"), ("c", "g")])
    >>> dominating_steps(g, ["s"], ["g"])
    ['g', 'a', 's']
    """
    if not starts or not goals:
        return []
    g = graph.copy()
    g.add_edges_from((_SOURCE, s) for s in starts)
    g.add_edges_from((e, _SINK) for e in goals)
    idom = nx.immediate_dominators(g, _SOURCE)
    if _SINK not in idom:
        return []  # no goal can be reached: nothing is on the way to one
    out = []
    node = idom[_SINK]
    while node != _SOURCE:
        out.append(node)
        node = idom[node]
    return out


def critical_steps(flow: Flow, dominators: list[str] | set[str] | None = None) -> dict[str, list[str]]:
    """Critical step id -> reasons, in document order. ``dominators``: the result of
    ``dominating_steps`` when the caller already has it."""
    marked = goals_are_marked(flow)
    reasons: dict[str, list[str]] = {}
    if dominators is None:
        dominators = dominating_steps(flow.graph, flow.starts, flow.goals)
    for sid in dominators:
        if flow.kind(sid) in ("activity", "decision"):
            reasons[sid] = ["every path from a start to a goal passes here" if marked
                            else "every path from a start to an end passes here (no end is marked as a goal)"]
    for sid, s in flow.steps.items():
        if s.critical is True:
            reasons.setdefault(sid, []).append("you marked it as critical")
        elif s.critical is False:
            reasons.pop(sid, None)
    order = {sid: i for i, sid in enumerate(flow.steps)}
    return dict(sorted(reasons.items(), key=lambda kv: order[kv[0]]))
