"""Where each step sits across the flow (y when the map reads left to right).

Keeps the main path straight and lets branches step aside:
1. Alignment: each node is lined up with at most one neighbour in the next
   layer, chosen by priority (the inside of long arrows, then the main arrow:
   the branch the flow first follows, "Yes" before "No", then the shortest),
   never two line-ups that cross. Lined-up nodes form blocks drawn as one
   straight line (the idea of Brandes and Köpf's vertical alignment, with the
   priorities of a flowchart instead of medians).
2. Blocks are packed with the separation their sizes need, then pulled a few
   rounds towards the median of their neighbours inside the room their
   neighbours in the layer leave them, so branches sit next to where they
   branch off, never overlapping. A loop's lane is pulled level with where
   the loop leaves its source beside the shape, so it runs back in one line.
"""

from __future__ import annotations

from bisect import bisect_left

from .layering import LayeredGraph


def align(g: LayeredGraph, layers: list[list[int]], pos: list[int],
          edge_rank: list[int]) -> list[int]:
    """``root[v]``: the first node of the straight block ``v`` belongs to.

    ``edge_rank[k]`` ranks arrow ``k`` for straightness (0 = the main arrow out
    of its step, higher = less important)."""
    n, n_real = g.n, g.n_real
    root = list(range(n))
    upper_of = [-1] * n  # the node in the previous layer v is lined up with
    # Which arrow a segment belongs to: from each chain.
    seg_edge: dict[tuple[int, int], int] = {}
    for k, chain in enumerate(g.chains):
        for a, b in zip(chain, chain[1:]):
            if g.back[k] and (a < n_real or b < n_real):
                continue  # a loop leaves and enters beside its steps, never level with them
            prev = seg_edge.get((a, b))
            if prev is None or edge_rank[k] < edge_rank[prev]:
                seg_edge[(a, b)] = k
    by_layer: list[list[tuple]] = [[] for _ in range(len(layers))]
    for (a, b), k in seg_edge.items():
        if a >= n_real and b >= n_real:
            cls = 0
        else:
            cls = 1 + edge_rank[k]
        by_layer[g.layer[a]].append((cls, abs(pos[a] - pos[b]), k, pos[a], a, b))
    for l in range(len(layers) - 1):
        cands = by_layer[l]
        cands.sort()
        taken_down = set()
        accepted_u: list[int] = []  # positions in layer l, sorted
        accepted_v: list[int] = []  # matching positions in layer l+1
        for _, _, _, pu, a, b in cands:
            if a in taken_down or upper_of[b] != -1:
                continue
            pv = pos[b]
            i = bisect_left(accepted_u, pu)
            if i > 0 and accepted_v[i - 1] >= pv:
                continue
            if i < len(accepted_u) and accepted_v[i] <= pv:
                continue
            accepted_u.insert(i, pu)
            accepted_v.insert(i, pv)
            taken_down.add(a)
            upper_of[b] = a
    for layer in layers:
        for v in layer:
            u = upper_of[v]
            if u != -1:
                root[v] = root[u]
    return root


def place_across(g: LayeredGraph, layers: list[list[int]], sizes: list[float],
                 gaps: dict[tuple[bool, bool], float], edge_rank: list[int],
                 loop_stub: float = 12.0, rounds: int = 6) -> list[float]:
    """Centre coordinate of every node across the layers.

    ``sizes[v]``: extent across the flow (0 for dummy points);
    ``gaps[(a_is_step, b_is_step)]``: free space kept between neighbours;
    ``loop_stub``: how far beside a step a loop runs when it leaves or enters it.
    """
    n = g.n
    pos = [0] * n
    for layer in layers:
        for i, v in enumerate(layer):
            pos[v] = i
    root = align(g, layers, pos, edge_rank)
    packed = _constraints(g, layers, sizes, gaps, root)
    if packed is None:
        # Cannot happen with non-crossing line-ups; if it did, place unaligned.
        root = list(range(n))
        packed = _constraints(g, layers, sizes, gaps, root)
    blocks, preds, succs, topo = packed
    y: dict[int, float] = {}
    for r in topo:
        y[r] = max((y[a] + s for a, s in preds[r]), default=0.0)
    # Neighbours outside each block pull it.
    pulls: dict[int, list[int]] = {r: [] for r in blocks}
    for v in range(n):
        rv = root[v]
        for u in g.up[v]:
            ru = root[u]
            if ru != rv:
                pulls[rv].append(ru)
                pulls[ru].append(rv)
    # A loop's lane is pulled level with where the loop leaves and enters its
    # steps (beside them, not at their centres), the farther of the two, so
    # the loop runs back in one straight line.
    lane_ends: dict[int, list[tuple[int, float]]] = {}
    for k, chain in enumerate(g.chains):
        if g.back[k] and len(chain) > 2:
            r = root[chain[1]]
            if all(root[d] == r for d in chain[1:-1]) and pulls[r] and all(p in (root[chain[0]], root[chain[-1]]) for p in pulls[r]):
                lane_ends[r] = [(root[chain[0]], sizes[chain[0]] / 2 + loop_stub),
                                (root[chain[-1]], sizes[chain[-1]] / 2 + loop_stub)]
    for it in range(rounds):
        order = topo if it % 2 else reversed(topo)
        for r in order:
            ps = pulls[r]
            if not ps:
                continue
            ends = lane_ends.get(r)
            lo = max((y[a] + s for a, s in preds[r]), default=-1e18)
            hi = min((y[b] - s for b, s in succs[r]), default=1e18)
            if ends:
                want = _lane_level(y[r], [(y[p], e) for p, e in ends], lo, hi)
            else:
                vals = sorted(y[p] for p in ps)
                m = len(vals)
                want = vals[m // 2] if m % 2 else (vals[m // 2 - 1] + vals[m // 2]) / 2
            if want < lo:
                want = lo
            elif want > hi:
                want = hi
            y[r] = want
    return [y[root[v]] for v in range(n)]


def _lane_level(current: float, ends: list[tuple[float, float]], lo: float, hi: float) -> float:
    """Where a loop's lane should run, given its two ends (centre, distance
    from the centre at which the loop runs beside the shape) and the room
    [lo, hi] its layers leave it.

    Best: level with where it leaves one end and enters the other, beside both
    shapes, so it is one straight run with no jog; of such levels in the room,
    the one nearest the two steps. Otherwise level with where it leaves its
    source (``ends[1]``), on the side the lane is on now.
    """
    levels = sorted({c + d for c, e in ends for d in (-e, e)})
    clear = [v for v in levels if lo <= v <= hi and all(v <= c - e or v >= c + e for c, e in ends)]
    if clear:
        middle = sum(c for c, _ in ends) / len(ends)
        return min(clear, key=lambda v: (abs(v - middle), v))
    above = [c - e for c, e in ends if current < c]
    below = [c + e for c, e in ends if current >= c]
    if not below:
        return min(above)
    if not above:
        return max(below)
    c, e = ends[1]
    return c - e if current < c else c + e


def _constraints(g, layers, sizes, gaps, root):
    """Separation constraints between blocks (lower >= upper + sep) and the
    blocks in an order that respects them; None if they form a cycle."""
    n_real = g.n_real
    sep: dict[tuple[int, int], float] = {}
    for layer in layers:
        for a, b in zip(layer, layer[1:]):
            ra, rb = root[a], root[b]
            s = (sizes[a] + sizes[b]) / 2 + gaps[(a < n_real, b < n_real)]
            key = (ra, rb)
            if sep.get(key, -1.0) < s:
                sep[key] = s
    blocks = sorted(set(root))
    preds: dict[int, list[tuple[int, float]]] = {r: [] for r in blocks}
    succs: dict[int, list[tuple[int, float]]] = {r: [] for r in blocks}
    indeg = {r: 0 for r in blocks}
    for (ra, rb), s in sep.items():
        succs[ra].append((rb, s))
        preds[rb].append((ra, s))
        indeg[rb] += 1
    queue = [r for r in blocks if indeg[r] == 0]
    i = 0
    while i < len(queue):
        r = queue[i]
        i += 1
        for rb, _ in succs[r]:
            indeg[rb] -= 1
            if indeg[rb] == 0:
                queue.append(rb)
    if len(queue) != len(blocks):
        return None
    return blocks, preds, succs, queue
