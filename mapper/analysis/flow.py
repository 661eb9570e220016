"""The map's flow as a graph, built once per analysis and shared by every rule.

Notes take no part in the flow and are left out. Arrows whose ends are missing
(a map built by hand in code, never a loaded file) are ignored rather than
crashing the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from mapper.model import Arrow, Step, SystemMap


@dataclass
class Flow:
    """Look-ups every part of the analysis needs, computed in one pass.

    ``graph`` has one node per non-note step (in document order) and one edge per
    distinct (source, target) pair; ``out_arrows``/``in_arrows`` keep every arrow,
    duplicates included, in document order.
    """
    map: SystemMap
    steps: dict[str, Step]
    graph: nx.DiGraph
    out_arrows: dict[str, list[Arrow]]
    in_arrows: dict[str, list[Arrow]]
    starts: list[str]
    ends: list[str]
    goals: list[str]
    disconnected: list[str]

    def kind(self, step_id: str) -> str:
        return self.steps[step_id].kind


def build_flow(m: SystemMap) -> Flow:
    """Build the shared graph and the start/end/goal lists. O(steps + arrows)."""
    steps = {s.id: s for s in m.steps if s.kind != "note"}
    out_arrows: dict[str, list[Arrow]] = {sid: [] for sid in steps}
    in_arrows: dict[str, list[Arrow]] = {sid: [] for sid in steps}
    graph = nx.DiGraph()
    graph.add_nodes_from(steps)
    edges = []
    for a in m.arrows:
        if a.source in steps and a.target in steps:
            out_arrows[a.source].append(a)
            in_arrows[a.target].append(a)
            edges.append((a.source, a.target))
    graph.add_edges_from(edges)
    starts, ends, disconnected = [], [], []
    for sid, s in steps.items():
        has_in, has_out = bool(in_arrows[sid]), bool(out_arrows[sid])
        if not has_in and not has_out:
            disconnected.append(sid)
        elif s.kind == "terminator":
            if not has_in:
                starts.append(sid)
            elif not has_out:
                ends.append(sid)
    marked = [e for e in ends if steps[e].goal]
    return Flow(map=m, steps=steps, graph=graph, out_arrows=out_arrows, in_arrows=in_arrows,
                starts=starts, ends=ends, goals=marked or list(ends), disconnected=disconnected)


def goals_are_marked(flow: Flow) -> bool:
    """True when the owner marked at least one end as a goal (else every end counts)."""
    return any(flow.steps[e].goal for e in flow.ends)


def reachable_from_starts(flow: Flow) -> set[str]:
    """Every step some start reaches (starts included). O(steps + arrows)."""
    seen: set[str] = set(flow.starts)
    stack = list(flow.starts)
    succ = flow.graph._succ  # plain dict access: this runs on every edit of a 20,000-step map
    while stack:
        for nxt in succ[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def loops(flow: Flow) -> list[list[str]]:
    """Strongly connected sets of steps that form a loop (two or more steps, or one
    with an arrow to itself), each in document order."""
    order = {sid: i for i, sid in enumerate(flow.steps)}
    succ = flow.graph._succ
    out = []
    for comp in nx.strongly_connected_components(flow.graph):
        if len(comp) > 1 or any(sid in succ[sid] for sid in comp):
            out.append(sorted(comp, key=order.__getitem__))
    out.sort(key=lambda c: order[c[0]])
    return out


def step_name(step: Step) -> str:
    """How a message names a step: its text in quotes, or what it is when it has none."""
    text = " ".join(step.text.split())
    if text:
        if len(text) > 60:
            text = text[:57].rstrip() + "..."
        return f'"{text}"'
    return f"the unnamed {KIND_WORDS[step.kind]} ({step.id})"


KIND_WORDS = {"terminator": "start/end point", "activity": "activity", "decision": "decision", "note": "note"}
