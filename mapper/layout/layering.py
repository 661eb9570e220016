"""Which column (layer) each step goes in, and which arrows are loops.

Works on integers: steps are ``0..n-1`` in document order, arrows are
``(source, target)`` pairs in the order the caller prefers to follow them
(the main branch of a decision first). No self-loops here; the caller draws
those on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def find_loops(n: int, edges: list[tuple[int, int]]) -> tuple[list[bool], list[int]]:
    """Arrows that go back (close a loop), and each step's main incoming arrow.

    A depth-first search from the starts (steps nothing points to, in
    document order), following each step's arrows in the given order: an arrow
    to a step still on the search path closes a loop. So the main flow reads
    forward and a "No, try again" arrow is the one drawn going back.
    Returns ``(back, tree_in)``: ``back[k]`` for every arrow, ``tree_in[v]``
    the arrow by which the search first reached ``v`` (-1 for roots).
    O(n + e).
    """
    out: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for k, (s, t) in enumerate(edges):
        out[s].append(k)
        indeg[t] += 1
    state = [0] * n  # 0 unseen, 1 on the search path, 2 done
    back = [False] * len(edges)
    tree_in = [-1] * n
    roots = [v for v in range(n) if indeg[v] == 0]
    roots.extend(range(n))  # loops nobody starts: enter at their first step
    for r in roots:
        if state[r]:
            continue
        state[r] = 1
        stack = [(r, 0)]
        while stack:
            v, i = stack[-1]
            arrows = out[v]
            if i < len(arrows):
                stack[-1] = (v, i + 1)
                k = arrows[i]
                t = edges[k][1]
                st = state[t]
                if st == 0:
                    state[t] = 1
                    tree_in[t] = k
                    stack.append((t, 0))
                elif st == 1:
                    back[k] = True
            else:
                state[v] = 2
                stack.pop()
    return back, tree_in


def assign_layers(n: int, edges: list[tuple[int, int]], back: list[bool]) -> list[int]:
    """Layer of every step: forward arrows always go to a later layer.

    Longest path from the starts (so an end sits just after the last step of
    its branch, not at the far right), then a pull: a step with more arrows on
    its right than on its left (a second start feeding the middle of the flow)
    moves right as far as its successors allow, which shortens arrows and so
    saves crossings and width. Empty layers are removed. O(n + e).
    """
    succ: list[list[int]] = [[] for _ in range(n)]
    pred: list[list[int]] = [[] for _ in range(n)]
    # Arrows whose length changes when a step moves right: longer (left side)
    # or shorter (right side); loops count on the side their other end is.
    left_n = [0] * n
    right_n = [0] * n
    back_sources: list[list[int]] = [[] for _ in range(n)]
    for k, (s, t) in enumerate(edges):
        if back[k]:
            back_sources[t].append(s)
            left_n[s] += 1
            right_n[t] += 1
        else:
            succ[s].append(t)
            pred[t].append(s)
            right_n[s] += 1
            left_n[t] += 1
    indeg = [len(p) for p in pred]
    queue = [v for v in range(n) if indeg[v] == 0]
    topo: list[int] = []
    layer = [0] * n
    i = 0
    while i < len(queue):
        v = queue[i]
        i += 1
        topo.append(v)
        lv = layer[v] + 1
        for w in succ[v]:
            if layer[w] < lv:
                layer[w] = lv
            indeg[w] -= 1
            if indeg[w] == 0:
                queue.append(w)
    for v in reversed(topo):
        if right_n[v] > left_n[v] and (succ[v] or back_sources[v]):
            limit = min([layer[w] for w in succ[v]] + [layer[w] for w in back_sources[v]]) - 1
            if limit > layer[v]:
                layer[v] = limit
    used = sorted(set(layer))
    if used and used[-1] != len(used) - 1:
        renumber = {l: i for i, l in enumerate(used)}
        layer = [renumber[l] for l in layer]
    return layer


@dataclass
class LayeredGraph:
    """Steps and the dummy points long arrows pass through, layer by layer.

    Nodes ``0..n_real-1`` are steps, the rest dummies. Every arrow becomes a
    ``chain`` of nodes in consecutive layers, left to right (a loop's chain
    runs from its target to its source). ``up``/``down`` list each node's
    neighbours in the previous/next layer, one entry per chain through it.
    """

    n_real: int
    layer: list[int]
    n_layers: int
    chains: list[list[int]]
    back: list[bool]
    up: list[list[int]] = field(default_factory=list)
    down: list[list[int]] = field(default_factory=list)
    #: For each dummy node (index - n_real), the arrow whose chain it is on.
    dummy_edge: list[int] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.layer)


def build_layered_graph(n: int, edges: list[tuple[int, int]], back: list[bool],
                        layer: list[int]) -> LayeredGraph:
    """Split arrows longer than one layer into chains through dummy nodes."""
    layer = list(layer)
    n_layers = (max(layer) + 1) if layer else 0
    up: list[list[int]] = [[] for _ in range(n)]
    down: list[list[int]] = [[] for _ in range(n)]
    chains: list[list[int]] = []
    dummy_edge: list[int] = []
    for k, (s, t) in enumerate(edges):
        a, b = (t, s) if back[k] else (s, t)
        chain = [a]
        for l in range(layer[a] + 1, layer[b]):
            d = len(layer)
            layer.append(l)
            up.append([])
            down.append([])
            dummy_edge.append(k)
            chain.append(d)
        chain.append(b)
        for x, y in zip(chain, chain[1:]):
            down[x].append(y)
            up[y].append(x)
        chains.append(chain)
    return LayeredGraph(n_real=n, layer=layer, n_layers=n_layers, chains=chains, back=list(back),
                        up=up, down=down, dummy_edge=dummy_edge)
