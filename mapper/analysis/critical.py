"""Critical steps: the ones every customer passes on the way to a goal.

A step is critical when every path from any start to any goal end passes
through it: a dominator of a virtual sink (fed by every goal end) seen from a
virtual source (feeding every start). The owner's ``critical`` flag adds or
removes steps.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

import networkx as nx

from .flow import Flow, goals_are_marked

_SOURCE = ("mapper", "source")  # tuples never collide with string step ids
_SINK = ("mapper", "sink")


def dominating_steps(graph: nx.DiGraph | Mapping[str, Iterable[str]], starts: list[str],
                     goals: list[str]) -> list[str]:
    """Steps on every path from any of ``starts`` to any of ``goals`` (starts and
    goals included when they qualify), nearest the goals first. ``graph`` is a
    networkx DiGraph or any mapping of step -> next steps.

    Dominators of a virtual sink (after every goal) seen from a virtual source
    (before every start) lie on any one source-sink path P, so: find P, then walk
    along it, exploring everything reachable from the part of P already passed
    without stepping onto P; a step of P is a dominator exactly when nothing
    explored so far reaches P beyond it. O(steps + arrows), one pass; the same
    answer as ``networkx.immediate_dominators`` (a property test checks this)
    at a fraction of its cost on 20,000 steps.

    >>> g = nx.DiGraph([("s", "a"), ("a", "b"), ("a", "c"), ("b", "g"), ("c", "g")])
    >>> dominating_steps(g, ["s"], ["g"])
    ['g', 'a', 's']
    """
    if not starts or not goals:
        return []
    succ = graph._succ if isinstance(graph, nx.DiGraph) else graph  # plain dicts: this runs after every edit
    goal_set = set(goals)

    def successors(node):
        if node is _SOURCE:
            return starts
        nxt = list(succ[node])
        if node in goal_set:
            nxt.append(_SINK)
        return nxt

    parent: dict = {_SOURCE: None}
    queue = deque([_SOURCE])
    while queue and _SINK not in parent:
        node = queue.popleft()
        for nxt in successors(node):
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    if _SINK not in parent:
        return []  # no goal can be reached: nothing is on the way to one
    path = [_SINK]
    while path[-1] is not _SOURCE:
        path.append(parent[path[-1]])
    path.reverse()
    index = {node: i for i, node in enumerate(path)}
    explored: set = set()
    furthest = 0
    found = []
    for i, node in enumerate(path[:-1]):
        if 0 < i and furthest <= i:
            found.append(node)
        stack = [node]
        while stack:
            for nxt in successors(stack.pop()):
                j = index.get(nxt)
                if j is not None:
                    if j > furthest:
                        furthest = j
                elif nxt not in explored:
                    explored.add(nxt)
                    stack.append(nxt)
    found.reverse()
    return found


def critical_steps(flow: Flow, dominators: list[str] | set[str] | None = None) -> dict[str, list[str]]:
    """Critical step id -> reasons, in document order. ``dominators``: the result of
    ``dominating_steps`` when the caller already has it."""
    marked = goals_are_marked(flow)
    reasons: dict[str, list[str]] = {}
    if dominators is None:
        dominators = dominating_steps(flow.succ, flow.starts, flow.goals)
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
