"""Critical steps: the few where things fall apart if not handled properly.

An activity is critical when every path from any start to any goal end passes
through it (a dominator of a virtual sink fed by every goal end, seen from a
virtual source feeding every start) and right after it the customer decides:
every arrow out of it leads into a conversion decision. When no activity is
both, every dominator activity is critical. The owner's ``critical`` flag adds
or removes steps.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

import networkx as nx

from mapper.i18n import translate

from .flow import Flow, loops

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


def conversion_decisions(flow: Flow, cycles: list[list[str]] | None = None) -> set[str]:
    """Decisions where customers can be lost or held back: at least one branch from
    which a non-goal end can be reached, or from which the decision itself can be
    reached again (a "not yet" loop). O(steps + arrows)."""
    goal_set = set(flow.goals)
    # Steps from which some non-goal end can be reached: walk back from those ends.
    pred: dict[str, list[str]] = {}
    for a, nexts in flow.succ.items():
        for b in nexts:
            pred.setdefault(b, []).append(a)
    losing = {e for e in flow.ends if e not in goal_set}
    stack = list(losing)
    while stack:
        for p in pred.get(stack.pop(), ()):
            if p not in losing:
                losing.add(p)
                stack.append(p)
    if cycles is None:
        cycles = loops(flow)
    component = {sid: i for i, comp in enumerate(cycles) for sid in comp}
    found = set()
    for sid, nexts in flow.succ.items():
        if flow.kind(sid) != "decision":
            continue
        here = component.get(sid)
        if any(b in losing or (here is not None and component.get(b) == here) for b in nexts):
            found.add(sid)
    return found


def critical_steps(flow: Flow, dominators: list[str] | set[str] | None = None,
                   cycles: list[list[str]] | None = None) -> dict[str, list[str]]:
    """Critical step id -> reasons in the owner's words, in document order.

    The few activities where things fall apart if not handled properly: on every
    customer's way to a goal (a dominator) and right before a conversion decision
    (every arrow out of it leads straight into one). When no activity is both, the
    dominator activities are critical instead. Decisions never are (they are metric
    points). Then the owner's ``critical`` flags add and remove steps.
    ``dominators``/``cycles``: ``dominating_steps`` and ``flow.loops`` when the caller has them.
    """
    if dominators is None:
        dominators = dominating_steps(flow.succ, flow.starts, flow.goals)
    main = [sid for sid in dominators if flow.kind(sid) == "activity"]
    conversions = conversion_decisions(flow, cycles) if main else set()
    reasons: dict[str, list[str]] = {}
    for sid in main:
        nexts = flow.succ[sid]
        if nexts and all(b in conversions for b in nexts):
            unnamed = translate("Critical", "the decision")
            asks = _either([f"'{_plain(flow.steps[b].text) or unnamed}'" for b in nexts])
            reasons[sid] = [translate("Critical", "every customer passes here, and right after it they "
                                                  "decide {decision}").format(decision=asks)]
    if not reasons:
        goals = [f"'{_plain(flow.steps[g].text)}'" for g in flow.goals if _plain(flow.steps[g].text)]
        for sid in main:
            reasons[sid] = [translate("Critical", "every customer passes here on the way to {goal}").format(
                goal=_either(goals[:2])) if goals else translate("Critical", "every customer passes here")]
    for sid, s in flow.steps.items():
        if s.critical is True:
            reasons.setdefault(sid, []).append(translate("Critical", "you marked it as critical"))
        elif s.critical is False:
            reasons.pop(sid, None)
    order = {sid: i for i, sid in enumerate(flow.steps)}
    return dict(sorted(reasons.items(), key=lambda kv: order[kv[0]]))


def _either(names: list[str]) -> str:
    """"'A' or 'B' or 'C'" in the owner's language."""
    out = names[0]
    for name in names[1:]:
        out = translate("Critical", "{one} or {other}").format(one=out, other=name)
    return out


def _plain(text: str) -> str:
    return " ".join(text.split())
